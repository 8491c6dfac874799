// Removes what an earlier version of the article said (its claims and mentions) before the new
// version is written, and returns the transfers those claims asserted so their figures can be
// recomputed. Entities and transfers stay; transfers left without claims are removed later.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)<-[:FROM_ARTICLE]-(c:Claim)-[:ASSERTS]->(t:Transfer)
WITH a, collect(DISTINCT t.id) AS transferIds, collect(c) AS claims
FOREACH (c IN claims | DETACH DELETE c)
WITH a, transferIds
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m
RETURN DISTINCT transferIds;
