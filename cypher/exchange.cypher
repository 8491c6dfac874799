// The headline question: what did one actor supply to another, and what is it expected to
// receive in return? Every transfer between the two, in both directions, with its section:
//   sent / expectedToSend             from → to, delivered / expected or negotiating
//   receivedInReturn / expectedInReturn  to → from, delivered / expected or negotiating
//   unconfirmed / denied / halted     either direction (halted: stopped, suspended, refused,
//                                     vetoed, blocked or cancelled after any delivery reported)
// Parameters are actor ids (lower-case slugs of the English name); npm run cypher takes any name.
// returns: section, transfer, category, status, claims, articles
// names: from=actor, to=actor
:param from => 'north-korea';
:param to => 'russia';
MATCH (x:Actor {id: $from}), (y:Actor {id: $to})
CALL (x, y) {
  MATCH (x)<-[:SUPPLIER]-(t:Transfer)-[:RECIPIENT]->(y)
  RETURN t, true AS outbound
  UNION
  MATCH (y)<-[:SUPPLIER]-(t:Transfer)-[:RECIPIENT]->(x)
  RETURN t, false AS outbound
}
RETURN CASE
         WHEN t.status IN ['unconfirmed', 'denied', 'halted'] THEN t.status
         WHEN outbound AND t.status = 'delivered' THEN 'sent'
         WHEN outbound THEN 'expectedToSend'
         WHEN t.status = 'delivered' THEN 'receivedInReturn'
         ELSE 'expectedInReturn'
       END AS section,
       t.id AS transfer, t.category AS category, t.status AS status,
       t.claimCount AS claims, t.articleCount AS articles
ORDER BY section, claims DESC, category;
