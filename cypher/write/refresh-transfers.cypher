// Recomputes what a transfer's claims say together: corroboration figures, first and last
// report, the span of dates the claims give, and the status. The status is the most advanced
// one any claim states (delivered > expected > negotiating > unconfirmed > denied), except that
// a halt (a party stopped, suspended, refused, vetoed, blocked or cancelled the supply) is the
// current status when no delivered, expected or negotiating claim is reported after the last
// halt (publication dates compared; an undated halt does not override a dated report, and
// against undated reports the halt stands). `statuses` keeps every status stated, in
// $statusOrder, and `disputed` marks a denial standing against another claim: no claim is dropped.
// INCLUDES links a transfer to the items its claims cite, so readers need not walk every claim.
// Each transfer is write-locked before its claims are read (ids come sorted), so a concurrent
// batch adding claims to it waits and then counts them too: figures are never computed from a
// view another transaction is about to change (a dense node takes no lock when a claim attaches).
UNWIND $transferIds AS id
MATCH (t:Transfer {id: id})
SET t._lock = true
REMOVE t._lock
WITH t
OPTIONAL MATCH (t)<-[:ASSERTS]-(c:Claim)-[:FROM_ARTICLE]->(a:Article)
WITH t, count(c) AS claimCount, count(DISTINCT a) AS articleCount, count(DISTINCT a.outlet) AS outletCount,
     min(a.publishedAt) AS firstReported, max(a.publishedAt) AS lastReported,
     min(c.when) AS whenFrom, max(c.when) AS whenTo, collect(DISTINCT c.status) AS stated,
     max(CASE WHEN c.status = 'halted' THEN a.publishedAt END) AS lastHalt,
     max(CASE WHEN c.status IN ['delivered', 'expected', 'negotiating'] THEN a.publishedAt END) AS lastAdvance
CALL (t, claimCount) {
  WITH t WHERE claimCount = 0
  DETACH DELETE t
}
WITH t, claimCount, articleCount, outletCount, firstReported, lastReported, whenFrom, whenTo,
     [s IN $statusOrder WHERE s IN stated] AS statuses,
     'halted' IN stated
       AND (lastAdvance IS NULL OR (lastHalt IS NOT NULL AND lastHalt >= lastAdvance)) AS haltStands
WHERE claimCount > 0
SET t.claimCount = claimCount, t.articleCount = articleCount, t.outletCount = outletCount,
    t.firstReported = firstReported, t.lastReported = lastReported,
    t.whenFrom = whenFrom, t.whenTo = whenTo,
    t.statuses = statuses,
    t.status = CASE WHEN haltStands THEN 'halted' ELSE [s IN statuses WHERE s <> 'halted'][0] END,
    t.disputed = 'denied' IN statuses AND size(statuses) > 1
WITH t
CALL (t) {
  MATCH (t)-[stale:INCLUDES]->(i:Item)
  WHERE NOT EXISTS { (t)<-[:ASSERTS]-(:Claim)-[:CITES]->(i) }
  DELETE stale
}
CALL (t) {
  MATCH (t)<-[:ASSERTS]-(:Claim)-[:CITES]->(i:Item)
  WITH DISTINCT i WHERE NOT EXISTS { (t)-[:INCLUDES]->(i) }
  CREATE (t)-[:INCLUDES]->(i)
};
