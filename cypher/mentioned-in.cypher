// Which articles mention an entity (a place, actor, person or weapon, by id)? Newest first,
// at most $first per entity.
// returns: entity, article, title, publishedAt, mentions
// names: ids=entity
:param ids => ['kursk-oblast', 'john-kirby'];
:param first => 20;
UNWIND $ids AS id
CALL (id) {
  MATCH (:Place|Actor|Person|Item {id: id})<-[m:MENTIONS]-(a:Article)
  RETURN a, m.count AS mentions ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id LIMIT $first
}
RETURN id AS entity, a.id AS article, a.title AS title, toString(a.publishedAt) AS publishedAt, mentions;
