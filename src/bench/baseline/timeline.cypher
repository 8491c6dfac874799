// What happened around an actor, in date order? Every report of a transfer it supplied or
// received, dated by the article, or by the time the sentence gives when the article is undated.
// $from and $to are inclusive ISO dates or null; at most $first rows.
// returns: date, role, status, transfer, claim, quote
// names: actor=actor
:param actor => 'north-korea';
:param from => '2023-01-01';
:param to => null;
:param first => 100;
MATCH (:Actor {id: $actor})<-[side:SUPPLIER|RECIPIENT]-(t:Transfer)<-[:ASSERTS]-(c:Claim)-[:FROM_ARTICLE]->(a:Article)
WITH t, c, a, side, coalesce(toString(a.publishedAt), c.when) AS date
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
RETURN date, CASE type(side) WHEN 'SUPPLIER' THEN 'supplied' ELSE 'received' END AS role,
       c.status AS status, t.id AS transfer, c.id AS claim, c.quote AS quote
ORDER BY date, a.id, c.start
LIMIT $first;
