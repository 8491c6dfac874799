// Removes what earlier versions of the batch's replaced articles said (their claims and
// mentions) before the new versions are written, and returns the transfers those claims
// asserted so their figures can be recomputed. Entities and transfers stay; transfers left
// without claims are removed by refresh-transfers.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  OPTIONAL MATCH (a)<-[:FROM_ARTICLE]-(c:Claim)-[:ASSERTS]->(t:Transfer)
  WITH collect(DISTINCT t.id) AS transferIds, collect(DISTINCT c) AS claims
  FOREACH (c IN claims | DETACH DELETE c)
  RETURN transferIds
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
UNWIND transferIds AS transferId
RETURN collect(DISTINCT transferId) AS transferIds;
