// Recomputes what a transfer's claims say together: corroboration figures, first and last
// report, the span of dates the claims give, and the status. The status is the most advanced
// one any claim states (delivered > expected > negotiating > unconfirmed > denied > halted),
// except that a halt reported no earlier than the last delivery, expectation or talks is the
// current status; `statuses` keeps all of them and `disputed` marks a denial or a halt standing
// against another claim.
// INCLUDES links a transfer to the items its claims cite, so readers need not walk every claim.
UNWIND $transferIds AS id
MATCH (t:Transfer {id: id})
OPTIONAL MATCH (t)<-[:ASSERTS]-(c:Claim)-[:FROM_ARTICLE]->(a:Article)
WITH t, count(c) AS claimCount, count(DISTINCT a) AS articleCount, count(DISTINCT a.outlet) AS outletCount,
     min(a.publishedAt) AS firstReported, max(a.publishedAt) AS lastReported,
     min(c.when) AS whenFrom, max(c.when) AS whenTo, collect(DISTINCT c.status) AS stated,
     max(CASE WHEN c.status = 'halted' THEN coalesce(c.reportedAt, '') END) AS lastHalt,
     max(CASE WHEN c.status IN ['delivered', 'expected', 'negotiating'] THEN coalesce(c.reportedAt, '') END) AS lastActive
CALL (t, claimCount) {
  WITH t WHERE claimCount = 0
  DETACH DELETE t
}
WITH t, claimCount, articleCount, outletCount, firstReported, lastReported, whenFrom, whenTo,
     [s IN $statusOrder WHERE s IN stated] AS statuses, lastHalt IS NOT NULL AND (lastActive IS NULL OR lastHalt >= lastActive) AS haltedNow
WHERE claimCount > 0
SET t.claimCount = claimCount, t.articleCount = articleCount, t.outletCount = outletCount,
    t.firstReported = firstReported, t.lastReported = lastReported,
    t.whenFrom = whenFrom, t.whenTo = whenTo,
    t.statuses = statuses, t.status = CASE WHEN haltedNow THEN 'halted' ELSE statuses[0] END,
    t.disputed = ('denied' IN statuses OR 'halted' IN statuses) AND size(statuses) > 1
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
