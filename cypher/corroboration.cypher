// How well corroborated is a transfer? Per outlet that reports it: claims, distinct articles,
// the statuses its claims state (most advanced first) and its first and last report.
// Outlets with the most claims first; articles of unknown outlet count under null.
// returns: transfer, outlet, claims, articles, statuses, firstReported, lastReported
:param ids => ['north-korea->russia:missile'];
:param statusOrder => ['delivered', 'expected', 'negotiating', 'unconfirmed', 'denied', 'halted'];
UNWIND $ids AS id
MATCH (:Transfer {id: id})<-[:ASSERTS]-(c:Claim)-[:FROM_ARTICLE]->(a:Article)
WITH id, a.outlet AS outlet, count(c) AS claims, count(DISTINCT a) AS articles,
     collect(DISTINCT c.status) AS stated, min(a.publishedAt) AS firstReported, max(a.publishedAt) AS lastReported
RETURN id AS transfer, outlet, claims, articles, [s IN $statusOrder WHERE s IN stated] AS statuses,
       toString(firstReported) AS firstReported, toString(lastReported) AS lastReported
ORDER BY transfer, claims DESC, outlet;
