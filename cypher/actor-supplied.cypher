// What did an actor supply, and to whom? Most reported first, at most $first per actor.
// With $role => 'recipient' the same for what it received (and from whom).
// returns: actor, transfer, partner, category, status, articles
// names: actors=actor
:param actors => ['north-korea', 'iran'];
:param role => 'supplier';
:param first => 50;
UNWIND $actors AS actor
CALL (actor) {
  MATCH (:Actor {id: actor})<-[side:SUPPLIER|RECIPIENT]-(t:Transfer)-[other:SUPPLIER|RECIPIENT]->(partner:Actor)
  WHERE toLower(type(side)) = $role AND type(other) <> type(side)
  RETURN t, partner
  ORDER BY t.articleCount DESC, t.claimCount DESC, t.id
  LIMIT $first
}
RETURN actor, t.id AS transfer, partner.name AS partner, t.category AS category, t.status AS status,
       t.articleCount AS articles;
