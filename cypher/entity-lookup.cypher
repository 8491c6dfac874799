// Which entity does a name mean? Every name a user types goes through here: by id (the slug of
// the canonical English name) or by any alias key (nameKey(): lower-case, accents folded, so
// "Pjöngjang" → "pjongjang"); failing both, a single word that ends or begins the name of exactly
// one person, the surname in either order ("Lecornu" → Sébastien Lecornu; "Kim", which begins
// several Korean names, means none: the API suggests them). $labels limits
// the kinds (Actor, Person, Place, Item); one row per key that matches, the exact id winning
// over an alias, an alias over a surname.
// returns: key, entity
:param labels => ['Actor'];
:param keys => ['nordkorea', 'russland'];
UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (n:Actor|Person|Place|Item)
    WHERE any(label IN labels(n) WHERE label IN $labels)
      AND (n.id = replace(key, ' ', '-') OR key IN n.keys)
    RETURN n, CASE WHEN n.id = replace(key, ' ', '-') THEN 0 ELSE 1 END AS rank
    UNION
    MATCH (n:Person)
    WHERE 'Person' IN $labels AND NOT key CONTAINS ' ' AND any(k IN n.keys WHERE k ENDS WITH ' ' + key OR k STARTS WITH key + ' ')
    WITH collect(n) AS people
    WHERE size(people) = 1
    RETURN people[0] AS n, 2 AS rank
  }
  RETURN n
  ORDER BY rank, n.id
  LIMIT 1
}
RETURN key,
       n {.id, .name, .kind, .role, .category, .origin,
          aliases: coalesce(n.aliases, []),
          type: CASE WHEN n:Person THEN 'person' WHEN n:Place THEN 'place' WHEN n:Item THEN 'weapon' ELSE 'actor' END,
          latitude: n.location.latitude, longitude: n.location.longitude,
          affiliation: head([(n)-[:AFFILIATED_WITH]->(org:Actor) | org.id])} AS entity;
