// An actor by id or by any alias key (lower-case, accents folded: "pjongjang", "nordkorea").
:param id => 'north-korea';
:param key => 'nordkorea';
MATCH (a:Actor)
WHERE a.id = $id OR $key IN a.keys
RETURN a {.id, .name, .kind, .aliases} AS actor
ORDER BY a.id = $id DESC
LIMIT 1;
