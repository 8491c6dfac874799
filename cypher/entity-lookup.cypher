// Which entity does a name mean? Every name a user types goes through here: by id (the slug of
// the canonical English name) or by any alias key (nameKey(): lower-case, accents folded, so
// "Pjöngjang" → "pjongjang"). $labels limits the kinds (Actor, Person, Place, Item); one row per
// key that matches, the exact id winning over an alias.
// returns: key, entity
:param labels => ['Actor'];
:param keys => ['nordkorea', 'russland'];
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Actor|Person|Place|Item)
  WHERE any(label IN labels(n) WHERE label IN $labels)
    AND (n.id = replace(key, ' ', '-') OR key IN n.keys)
  RETURN n
  ORDER BY n.id = replace(key, ' ', '-') DESC, n.id
  LIMIT 1
}
RETURN key,
       n {.id, .name, .kind, .role, .category, .origin,
          aliases: coalesce(n.aliases, []),
          type: CASE WHEN n:Person THEN 'person' WHEN n:Place THEN 'place' WHEN n:Item THEN 'weapon' ELSE 'actor' END,
          latitude: n.location.latitude, longitude: n.location.longitude,
          affiliation: head([(n)-[:AFFILIATED_WITH]->(org:Actor) | org.id])} AS entity;
