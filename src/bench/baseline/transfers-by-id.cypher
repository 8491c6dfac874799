// Transfers with their parties, the items their claims cite and the ids of their first 100
// claims in order of publication. The API loads every transfer a request touches in one round trip.
// returns: transfer
:param ids => ['north-korea->russia:missile', 'north-korea->russia:ammunition'];
UNWIND $ids AS id
MATCH (s:Actor)<-[:SUPPLIER]-(t:Transfer {id: id})-[:RECIPIENT]->(r:Actor)
CALL (t) {
  MATCH (t)<-[:ASSERTS]-(c:Claim)
  WITH c ORDER BY c.reportedAt, c.id LIMIT 100
  RETURN collect(c.id) AS claimIds
}
CALL (t) {
  OPTIONAL MATCH (t)-[:INCLUDES]->(i:Item)
  WITH i ORDER BY i.name
  RETURN collect(i {.id, .name, .category, .kind, aliases: coalesce(i.aliases, [])}) AS items
}
RETURN t {.id, .category, .status, .statuses, .disputed, disagreements: coalesce(t.disagreements, []), .claimCount, .articleCount, .outletCount,
          .whenFrom, .whenTo,
          firstReported: toString(t.firstReported), lastReported: toString(t.lastReported),
          supplier: s {.id, .name, .kind, aliases: coalesce(s.aliases, [])},
          recipient: r {.id, .name, .kind, aliases: coalesce(r.aliases, [])},
          items: items, claimIds: claimIds} AS transfer;
