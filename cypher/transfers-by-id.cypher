// Transfers with everything a reader needs: parties, items, and every claim with its article.
// Used by the API to load transfers in one round trip per request.
:param ids => ['north-korea->russia:missile'];
UNWIND $ids AS id
MATCH (s:Actor)<-[:SUPPLIER]-(t:Transfer {id: id})-[:RECIPIENT]->(r:Actor)
CALL (t) {
  MATCH (t)<-[:ASSERTS]-(c:Claim)-[:FROM_ARTICLE]->(a:Article)
  WITH c, a ORDER BY a.publishedAt, a.id, c.start
  RETURN collect(c {.id, .quote, .start, .end, .status, .when, .attribution,
                    quantity: CASE WHEN c.quantityApprox IS NULL AND c.quantityValue IS NULL THEN null
                                   ELSE {value: c.quantityValue, approx: c.quantityApprox, unit: c.quantityUnit} END,
                    article: a {.id, .title, .outlet, .url, .language, .file, publishedAt: toString(a.publishedAt)}}) AS claims
}
CALL (t) {
  OPTIONAL MATCH (t)<-[:ASSERTS]-(:Claim)-[:CITES]->(i:Item)
  WITH DISTINCT i ORDER BY i.name
  RETURN collect(i {.id, .name, .category, .kind}) AS items
}
RETURN t {.id, .category, .status, .statuses, .disputed, .claimCount, .articleCount, .outletCount,
          .whenFrom, .whenTo,
          firstReported: toString(t.firstReported), lastReported: toString(t.lastReported),
          supplier: s {.id, .name, .kind, .aliases}, recipient: r {.id, .name, .kind, .aliases},
          items: items, claims: claims} AS transfer;
