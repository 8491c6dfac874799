// Writes one Claim per extracted transfer sentence of a batch's articles and merges the
// Transfer it asserts. A transfer's identity is (supplier, recipient, category): see README,
// "Graph model". Claims come sorted by transfer id, so concurrent batches lock transfers in order.
UNWIND $claims AS c
MATCH (a:Article {id: c.articleId})
MERGE (supplier:Actor {id: c.supplier.id}) ON CREATE SET supplier.name = c.supplier.name, supplier.aliases = [], supplier.keys = []
MERGE (recipient:Actor {id: c.recipient.id}) ON CREATE SET recipient.name = c.recipient.name, recipient.aliases = [], recipient.keys = []
MERGE (t:Transfer {id: c.transferId}) ON CREATE SET t.category = c.category
MERGE (t)-[:SUPPLIER]->(supplier)
MERGE (t)-[:RECIPIENT]->(recipient)
MERGE (claim:Claim {id: c.id})
SET claim.quote = c.quote, claim.start = c.start, claim.end = c.end, claim.status = c.status,
    claim.when = c.when, claim.attribution = c.attribution, claim.reportedAt = a.publishedAt,
    claim.quantityValue = c.quantity.value, claim.quantityApprox = c.quantity.approx, claim.quantityUnit = c.quantity.unit
MERGE (claim)-[:FROM_ARTICLE]->(a)
MERGE (claim)-[:ASSERTS]->(t)
WITH claim, c
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
};
