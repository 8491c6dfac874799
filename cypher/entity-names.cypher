// Every name of every entity of the given kinds: the API suggests close matches for a
// misspelt name from these ("Nordkoria" → North Korea).
// returns: name, keys
:param labels => ['Actor', 'Person'];
MATCH (n:Actor|Person|Place|Item)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN n.name AS name, coalesce(n.keys, []) AS keys;
