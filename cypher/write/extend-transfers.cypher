// Brings transfers that only gained claims up to date from those claims alone: what
// write/refresh-transfers computes from all of a transfer's claims, here from the figures it
// stored (claimCount, articleCount, outletNames, firstReported … whenTo, statuses, lastHaltAt,
// lastAdvanceAt, the quantity groups) and the batch's new claims, so a batch's work does not grow
// with the transfer's history. $transfers: [{id, claimIds}] sorted by id, the claims new to the
// transfer and from articles that had none of its claims before (new articles, or replaced ones
// whose earlier version did not assert it): so every new claim counts once, and its article once.
// Transfers that lost claims (a replaced article's) go to write/refresh-transfers instead.
// Every figure below is a count, a union, a minimum or a maximum, so adding the new claims to
// the stored figures gives the figures of all the claims; tests/refresh.test.ts checks that it
// equals write/refresh-transfers over the whole graph.
// Each transfer is write-locked before its figures are read, so a concurrent batch adding claims
// to it waits and then adds to the figures this one committed.
UNWIND $transfers AS x
MATCH (t:Transfer {id: x.id})
SET t._lock = true
REMOVE t._lock
WITH x, t
CALL (x) {
  UNWIND x.claimIds AS claimId
  MATCH (c:Claim {id: claimId})-[:FROM_ARTICLE]->(a:Article)
  RETURN count(c) AS claims, count(DISTINCT a) AS articles, collect(DISTINCT a.outlet) AS outlets,
         min(a.publishedAt) AS firstReported, max(a.publishedAt) AS lastReported,
         min(c.when) AS whenFrom, max(c.when) AS whenTo, collect(DISTINCT c.status) AS stated,
         max(CASE WHEN c.status = 'halted' THEN a.publishedAt END) AS lastHalt,
         max(CASE WHEN c.status IN ['delivered', 'expected', 'negotiating'] THEN a.publishedAt END) AS lastAdvance
}
// The quantity groups: the stored bounds and the new claims' (as in write/refresh-transfers), per group.
CALL (x, t) {
  CALL (x, t) {
    UNWIND range(0, size(coalesce(t.quantityGroups, [])) - 1) AS i
    RETURN t.quantityGroups[i] AS group, t.quantityLows[i] AS low, t.quantityHighs[i] AS high
    UNION ALL
    UNWIND x.claimIds AS claimId
    MATCH (c:Claim {id: claimId})
    WHERE c.quantityValue IS NOT NULL
    WITH coalesce(c.status, '') + '\u0001' + coalesce('=' + c.quantityUnit, '') + '\u0001' + coalesce(c.when, '') AS group,
         c.quantityValue AS v, c.quantityApprox AS approx
    RETURN group,
           toFloat(CASE approx WHEN 'exact' THEN v WHEN 'about' THEN v * 0.8 WHEN 'nearly' THEN v * 0.8 WHEN 'up to' THEN 0 ELSE v END) AS low,
           coalesce(toFloat(CASE approx WHEN 'exact' THEN v WHEN 'about' THEN v * 1.2 WHEN 'nearly' THEN v WHEN 'up to' THEN v END), 1.0 / 0.0) AS high
  }
  WITH group, max(low) AS low, min(high) AS high
  ORDER BY group
  RETURN count(CASE WHEN low > high THEN 1 END) > 0 AS quantityDisagrees,
         collect(group) AS quantityGroups, collect(low) AS quantityLows, collect(high) AS quantityHighs
}
CALL (t, outlets) {
  UNWIND coalesce(t.outletNames, []) + outlets AS outlet
  WITH DISTINCT outlet ORDER BY outlet
  RETURN collect(outlet) AS outletNames
}
WITH x, t, quantityDisagrees, quantityGroups, quantityLows, quantityHighs, outletNames,
     coalesce(t.claimCount, 0) + claims AS claimCount,
     coalesce(t.articleCount, 0) + articles AS articleCount,
     CASE WHEN t.firstReported IS NULL OR firstReported < t.firstReported THEN firstReported ELSE t.firstReported END AS firstReported,
     CASE WHEN t.lastReported IS NULL OR lastReported > t.lastReported THEN lastReported ELSE t.lastReported END AS lastReported,
     CASE WHEN t.whenFrom IS NULL OR whenFrom < t.whenFrom THEN whenFrom ELSE t.whenFrom END AS whenFrom,
     CASE WHEN t.whenTo IS NULL OR whenTo > t.whenTo THEN whenTo ELSE t.whenTo END AS whenTo,
     CASE WHEN t.lastHaltAt IS NULL OR lastHalt > t.lastHaltAt THEN lastHalt ELSE t.lastHaltAt END AS lastHalt,
     CASE WHEN t.lastAdvanceAt IS NULL OR lastAdvance > t.lastAdvanceAt THEN lastAdvance ELSE t.lastAdvanceAt END AS lastAdvance,
     coalesce(t.statuses, []) + stated AS stated
WITH x, t, claimCount, articleCount, outletNames, firstReported, lastReported, whenFrom, whenTo, lastHalt, lastAdvance,
     quantityDisagrees, quantityGroups, quantityLows, quantityHighs,
     [s IN $statusOrder WHERE s IN stated] AS statuses,
     ('denied' IN stated AND any(s IN stated WHERE s IN ['delivered', 'expected', 'negotiating']))
       OR ('halted' IN stated AND any(s IN stated WHERE s IN ['delivered', 'expected'])) AS statusDisagrees,
     'halted' IN stated
       AND (lastAdvance IS NULL OR (lastHalt IS NOT NULL AND lastHalt >= lastAdvance)) AS haltStands
SET t.claimCount = claimCount, t.articleCount = articleCount, t.outletCount = size(outletNames),
    t.outletNames = outletNames, t.lastHaltAt = lastHalt, t.lastAdvanceAt = lastAdvance,
    t.quantityGroups = quantityGroups, t.quantityLows = quantityLows, t.quantityHighs = quantityHighs,
    t.firstReported = firstReported, t.lastReported = lastReported,
    t.whenFrom = whenFrom, t.whenTo = whenTo,
    t.statuses = statuses,
    t.status = CASE WHEN haltStands THEN 'halted' ELSE [s IN statuses WHERE s <> 'halted'][0] END,
    t.disagreements = CASE WHEN statusDisagrees THEN ['status'] ELSE [] END + CASE WHEN quantityDisagrees THEN ['quantity'] ELSE [] END
WITH x, t
CALL (t) {
  MATCH (s:Actor)<-[:SUPPLIER]-(t)-[:RECIPIENT]->(r:Actor)
  SET t.name = s.name + ' → ' + r.name + ' · ' + t.category
}
// INCLUDES: the items the new claims cite (no claim went, so no item goes).
CALL (x, t) {
  UNWIND x.claimIds AS claimId
  MATCH (:Claim {id: claimId})-[:CITES]->(i:Item)
  WITH DISTINCT i WHERE NOT EXISTS { (t)-[:INCLUDES]->(i) }
  CREATE (t)-[:INCLUDES]->(i)
}
// Direction last, as in write/refresh-transfers, for the transfers and their reverses; a reverse
// is found by its id (recipient->supplier:category, the identity merge-claims gives every
// transfer), not by walking the transfers of both parties, whose number grows with the graph.
OPTIONAL MATCH (s:Actor)<-[:SUPPLIER]-(t)-[:RECIPIENT]->(r:Actor)
OPTIONAL MATCH (reverse:Transfer {id: r.id + '->' + s.id + ':' + t.category})
WITH collect(t.id) + collect(reverse.id) AS ids
UNWIND ids AS id
WITH DISTINCT id
MATCH (s:Actor)<-[:SUPPLIER]-(t:Transfer {id: id})-[:RECIPIENT]->(r:Actor)
WITH t, EXISTS { MATCH (reverse:Transfer {id: r.id + '->' + s.id + ':' + t.category}) WHERE reverse <> t } AS reversed
WITH t, [d IN coalesce(t.disagreements, []) WHERE d <> 'direction'] + CASE WHEN reversed THEN ['direction'] ELSE [] END AS disagreements
WHERE t.disagreements IS NULL OR t.disagreements <> disagreements OR t.disputed IS NULL OR t.disputed <> (size(disagreements) > 0)
SET t.disagreements = disagreements, t.disputed = size(disagreements) > 0;
