// What happened around an actor, in date order? Every report of a transfer it supplied or
// received, dated by the article, or by the time the sentence gives when the article is undated.
// $from and $to are inclusive ISO dates or null; at most $first rows, in order of date (undated
// last), article, offset in it and claim id.
// Each of the actor's transfers contributes at most $first claims, read in that order from the
// index on timelineKey (transfer id, date, article id, offset, claim id; see write/merge-claims)
// by a range seek from $from to $to: the work is bounded by the transfers and $first, not by
// how many claims the transfers hold. Bounds of the seek: a date ≥ $from is a key ≥ id·$from;
// a date ≤ $to is a key < id·$to·U+0002; an undated claim's key (id·U+FFFF…) lies above every
// date, inside the range only when neither bound is given.
// returns: date, role, status, transfer, claim, quote
// names: actor=actor
:param actor => 'north-korea';
:param from => '2023-01-01';
:param to => null;
:param first => 100;
MATCH (:Actor {id: $actor})<-[side:SUPPLIER|RECIPIENT]-(t:Transfer)
CALL (t) {
  MATCH (c:Claim)
  WHERE c.timelineKey >= t.id + '\u0001' + coalesce($from, '')
    AND c.timelineKey < t.id + '\u0001' + CASE WHEN $to IS NOT NULL THEN $to + '\u0002' WHEN $from IS NOT NULL THEN '\uffff' ELSE '\uffff\uffff' END
  WITH c ORDER BY c.timelineKey LIMIT $first
  RETURN c
}
WITH t, side, c ORDER BY substring(c.timelineKey, size(t.id) + 1) LIMIT $first
MATCH (c)-[:FROM_ARTICLE]->(a:Article)
RETURN coalesce(toString(a.publishedAt), c.when) AS date, CASE type(side) WHEN 'SUPPLIER' THEN 'supplied' ELSE 'received' END AS role,
       c.status AS status, t.id AS transfer, c.id AS claim, c.quote AS quote
ORDER BY substring(c.timelineKey, size(t.id) + 1);
