// Sets the ordering keys of claims loaded before armsgraph kept them (reportKey, timelineKey:
// see write/merge-claims, which sets them on every claim it writes, with the same text).
// applySchema runs it once on a graph of an older armsgraph; on any other graph it finds nothing.
// Runs in an implicit transaction (CALL … IN TRANSACTIONS), so that a large graph commits in steps.
MATCH (c:Claim)-[:ASSERTS]->(t:Transfer)
WHERE c.reportKey IS NULL OR c.timelineKey IS NULL
MATCH (c)-[:FROM_ARTICLE]->(a:Article)
CALL (c, t, a) {
  SET c.reportKey = t.id + '\u0001' + coalesce(toString(a.publishedAt), '\uffff') + '\u0001' + c.id,
      c.timelineKey = t.id + '\u0001' + coalesce(toString(a.publishedAt), c.when, '\uffff') + '\u0001' + a.id + '\u0001'
                      + coalesce(right('000000000' + toString(c.start), 10), '\uffff') + '\u0001' + c.id
} IN TRANSACTIONS OF 10000 ROWS;
