// What is a person or institution reported as saying? Claims attributed to it and, for an
// institution, to people affiliated with it; newest first, at most $first.
// returns: claim, source, publishedAt, outlet, quote
// names: source=source
:param source => 'john-kirby';
:param first => 50;
MATCH (src:Person|Actor {id: $source})
CALL (src) {
  MATCH (src)<-[:SAID_BY]-(c:Claim)
  RETURN c, src AS speaker
  UNION
  MATCH (src)<-[:AFFILIATED_WITH]-(speaker:Person)<-[:SAID_BY]-(c:Claim)
  RETURN c, speaker
}
MATCH (c)-[:FROM_ARTICLE]->(a:Article)
RETURN c.id AS claim, speaker.name AS source, toString(a.publishedAt) AS publishedAt, a.outlet AS outlet,
       c.quote AS quote
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, c.start
LIMIT $first;
