// Writes one Claim per extracted transfer sentence of a batch's articles and merges the
// Transfer it asserts. A transfer's identity is (supplier, recipient, category): see README,
// "Graph model". Claims come sorted by transfer id, so concurrent batches lock transfers in order.
// A claim's keys (the range indexes claim_report_key and claim_timeline_key) order it among its
// transfer's claims; U+0001 separates their parts (it sorts below every character of an id or a
// date, so a shorter part sorts first, as in a comparison of the parts one by one) and U+FFFF
// stands for a missing date or offset (it sorts after every date: nulls last, as ORDER BY does):
//   reportKey    transfer id, publication date, claim id: ORDER BY c.reportedAt, c.id
//   timelineKey  transfer id, publication date or else the date the sentence gives, article id,
//                offset (10 digits), claim id: the timeline's ORDER BY date, a.id, c.start, c.id
// write/claim-keys sets the same keys on claims loaded before they existed.
// Returns the ids of the claims this write created: only those are new to their transfers
// (write/extend-transfers). A claim another process wrote first (the same article in two inputs
// at once) is matched, not created, so its transfer does not count it twice.
UNWIND $claims AS c
MATCH (a:Article {id: c.articleId})
MERGE (supplier:Actor {id: c.supplier.id}) ON CREATE SET supplier.name = c.supplier.name, supplier.aliases = [], supplier.keys = []
MERGE (recipient:Actor {id: c.recipient.id}) ON CREATE SET recipient.name = c.recipient.name, recipient.aliases = [], recipient.keys = []
MERGE (t:Transfer {id: c.transferId}) ON CREATE SET t.category = c.category
MERGE (t)-[:SUPPLIER]->(supplier)
MERGE (t)-[:RECIPIENT]->(recipient)
MERGE (claim:Claim {id: c.id}) ON CREATE SET claim._created = true
WITH a, t, c, claim, claim._created IS NOT NULL AS created
REMOVE claim._created
SET claim.quote = c.quote, claim.start = c.start, claim.end = c.end, claim.status = c.status,
    claim.when = c.when, claim.attribution = c.attribution, claim.reportedAt = a.publishedAt,
    claim.quantityValue = c.quantity.value, claim.quantityApprox = c.quantity.approx, claim.quantityUnit = c.quantity.unit,
    claim.reportKey = c.transferId + '\u0001' + coalesce(toString(a.publishedAt), '\uffff') + '\u0001' + c.id,
    claim.timelineKey = c.transferId + '\u0001' + coalesce(toString(a.publishedAt), c.when, '\uffff') + '\u0001' + a.id + '\u0001'
                        + coalesce(right('000000000' + toString(c.start), 10), '\uffff') + '\u0001' + c.id
MERGE (claim)-[:FROM_ARTICLE]->(a)
MERGE (claim)-[:ASSERTS]->(t)
WITH claim, c, created
CALL (claim, c) {
  UNWIND c.items AS item
  MERGE (i:Item {id: item.id})
  ON CREATE SET i.name = item.name, i.kind = item.kind, i.category = item.category, i.aliases = [], i.keys = [item.key]
  MERGE (claim)-[:CITES]->(i)
}
CALL (claim, c) {
  OPTIONAL MATCH (source:Person|Actor {id: c.sourceId})
  WITH source WHERE source IS NOT NULL
  MERGE (claim)-[:SAID_BY]->(source)
}
RETURN collect(CASE WHEN created THEN c.id END) AS created;
