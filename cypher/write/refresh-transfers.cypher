// Recomputes what a transfer's claims say together: corroboration figures, first and last
// report, the span of dates the claims give, and the status. The status is the most advanced
// one any claim states (delivered > expected > negotiating > unconfirmed > denied), except that
// a halt (a party stopped, suspended, refused, vetoed, blocked or cancelled the supply) is the
// current status when no delivered, expected or negotiating claim is reported after the last
// halt (publication dates compared; an undated halt does not override a dated report, and
// against undated reports the halt stands). `statuses` keeps every status stated, in
// $statusOrder: no claim is dropped.
// `disagreements` says how the reports contradict each other, and `disputed` that they do:
//   status    a denial against a claim that it was delivered, is expected or negotiated, or a
//             halt against a claim that it was delivered or is expected (delivered beside
//             expected, or anything beside unconfirmed, is no contradiction);
//   quantity  claims of one status, unit and date (or both undated) whose amounts cannot both
//             be true: 'exact' is the number, 'about' within 20%, 'nearly' up to it, 'more
//             than' / 'at least' from it, 'up to' below it;
//   direction the same category is reported supplied the other way round (both transfers).
// INCLUDES links a transfer to the items its claims cite, so readers need not walk every claim.
// `name` ("North Korea → Russia · missile") is the caption Neo4j Browser shows for the transfer.
// Each transfer is write-locked before its claims are read (ids come sorted), so a concurrent
// batch adding claims to it waits and then counts them too: figures are never computed from a
// view another transaction is about to change (a dense node takes no lock when a claim attaches).
// It reads every claim of a transfer: the loader runs it only for transfers that lost claims (a
// replaced article's); transfers that only gain claims are brought up to date from the new ones
// by write/extend-transfers, from what this query also stores for it:
//   outletNames                            the distinct outlets, sorted (outletCount is their number)
//   lastHaltAt / lastAdvanceAt             the last publication of a halt / of a delivered,
//                                          expected or negotiating claim (absent: none dated)
//   quantityGroups, quantityLows, quantityHighs   per group of claims with an amount (status,
//                                          unit, date; sorted by key): the largest lower and the
//                                          smallest upper bound (Infinity: none)
UNWIND $transferIds AS id
MATCH (t:Transfer {id: id})
SET t._lock = true
REMOVE t._lock
WITH id, t
// Its reverse, found before t may go, so its direction is recomputed below.
OPTIONAL MATCH (t)-[:SUPPLIER]->(:Actor)<-[:RECIPIENT]-(reverse:Transfer {category: t.category})-[:SUPPLIER]->(:Actor)<-[:RECIPIENT]-(t)
WHERE reverse <> t
OPTIONAL MATCH (t)<-[:ASSERTS]-(c:Claim)-[:FROM_ARTICLE]->(a:Article)
WITH id, t, reverse.id AS reverseId, count(c) AS claimCount, count(DISTINCT a) AS articleCount, count(DISTINCT a.outlet) AS outletCount,
     min(a.publishedAt) AS firstReported, max(a.publishedAt) AS lastReported,
     min(c.when) AS whenFrom, max(c.when) AS whenTo, collect(DISTINCT c.status) AS stated,
     max(CASE WHEN c.status = 'halted' THEN a.publishedAt END) AS lastHalt,
     max(CASE WHEN c.status IN ['delivered', 'expected', 'negotiating'] THEN a.publishedAt END) AS lastAdvance,
     collect(DISTINCT a.outlet) AS outlets
CALL (t, claimCount) {
  WITH t WHERE claimCount = 0
  DETACH DELETE t
}
CALL (t, claimCount) {
  WITH t WHERE claimCount > 0
  MATCH (t)<-[:ASSERTS]-(c:Claim)
  WHERE c.quantityValue IS NOT NULL
  // The group key stands for (status, unit, date): U+0001 cannot occur in them, '=' marks a unit.
  WITH coalesce(c.status, '') + '\u0001' + coalesce('=' + c.quantityUnit, '') + '\u0001' + coalesce(c.when, '') AS group,
       c.quantityValue AS v, c.quantityApprox AS approx
  WITH group,
       CASE approx WHEN 'exact' THEN v WHEN 'about' THEN v * 0.8 WHEN 'nearly' THEN v * 0.8 WHEN 'up to' THEN 0 ELSE v END AS low,
       CASE approx WHEN 'exact' THEN v WHEN 'about' THEN v * 1.2 WHEN 'nearly' THEN v WHEN 'up to' THEN v END AS high
  WITH group, toFloat(max(low)) AS low, coalesce(toFloat(min(high)), 1.0 / 0.0) AS high
  ORDER BY group
  RETURN count(CASE WHEN low > high THEN 1 END) > 0 AS quantityDisagrees,
         collect(group) AS quantityGroups, collect(low) AS quantityLows, collect(high) AS quantityHighs
}
CALL (outlets) {
  UNWIND outlets AS outlet
  WITH outlet ORDER BY outlet
  RETURN collect(outlet) AS outletNames
}
WITH id, t, reverseId, claimCount, articleCount, outletCount, firstReported, lastReported, whenFrom, whenTo, quantityDisagrees,
     quantityGroups, quantityLows, quantityHighs, outletNames, lastHalt, lastAdvance,
     [s IN $statusOrder WHERE s IN stated] AS statuses,
     ('denied' IN stated AND any(s IN stated WHERE s IN ['delivered', 'expected', 'negotiating']))
       OR ('halted' IN stated AND any(s IN stated WHERE s IN ['delivered', 'expected'])) AS statusDisagrees,
     'halted' IN stated
       AND (lastAdvance IS NULL OR (lastHalt IS NOT NULL AND lastHalt >= lastAdvance)) AS haltStands
CALL (t, claimCount, articleCount, outletCount, firstReported, lastReported, whenFrom, whenTo, statuses, haltStands, statusDisagrees, quantityDisagrees,
      quantityGroups, quantityLows, quantityHighs, outletNames, lastHalt, lastAdvance) {
  WITH * WHERE claimCount > 0
  SET t.claimCount = claimCount, t.articleCount = articleCount, t.outletCount = outletCount,
      t.outletNames = outletNames, t.lastHaltAt = lastHalt, t.lastAdvanceAt = lastAdvance,
      t.quantityGroups = quantityGroups, t.quantityLows = quantityLows, t.quantityHighs = quantityHighs,
      t.firstReported = firstReported, t.lastReported = lastReported,
      t.whenFrom = whenFrom, t.whenTo = whenTo,
      t.statuses = statuses,
      t.status = CASE WHEN haltStands THEN 'halted' ELSE [s IN statuses WHERE s <> 'halted'][0] END,
      t.disagreements = CASE WHEN statusDisagrees THEN ['status'] ELSE [] END + CASE WHEN quantityDisagrees THEN ['quantity'] ELSE [] END
  WITH t
  CALL (t) {
    MATCH (s:Actor)<-[:SUPPLIER]-(t)-[:RECIPIENT]->(r:Actor)
    SET t.name = s.name + ' → ' + r.name + ' · ' + t.category
  }
  CALL (t) {
    MATCH (t)-[stale:INCLUDES]->(i:Item)
    WHERE NOT EXISTS { (t)<-[:ASSERTS]-(:Claim)-[:CITES]->(i) }
    DELETE stale
  }
  CALL (t) {
    MATCH (t)<-[:ASSERTS]-(:Claim)-[:CITES]->(i:Item)
    WITH DISTINCT i WHERE NOT EXISTS { (t)-[:INCLUDES]->(i) }
    CREATE (t)-[:INCLUDES]->(i)
  }
}
// Direction last, once every touched transfer is written or gone: for them and their reverses.
WITH collect(id) + collect(reverseId) AS ids
UNWIND ids AS id
WITH DISTINCT id
MATCH (t:Transfer {id: id})
WITH t, EXISTS {
  (t)-[:SUPPLIER]->(:Actor)<-[:RECIPIENT]-(r:Transfer {category: t.category})-[:SUPPLIER]->(:Actor)<-[:RECIPIENT]-(t)
  WHERE r <> t
} AS reversed
WITH t, [d IN coalesce(t.disagreements, []) WHERE d <> 'direction'] + CASE WHEN reversed THEN ['direction'] ELSE [] END AS disagreements
// A reverse is written (and locked) only when its direction changes: rarely, so concurrent loads seldom meet on it.
WHERE t.disagreements IS NULL OR t.disagreements <> disagreements OR t.disputed IS NULL OR t.disputed <> (size(disagreements) > 0)
SET t.disagreements = disagreements, t.disputed = size(disagreements) > 0;
