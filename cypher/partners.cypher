// Whom does an actor trade with? Per partner, the number of transfers in each direction and
// status (supplied: the actor supplied the partner); most transfers first, at most $first.
// returns: actor, partner, counts
// names: actors=actor
:param actors => ['russia'];
:param first => 50;
UNWIND $actors AS actor
CALL (actor) {
  MATCH (:Actor {id: actor})<-[side:SUPPLIER|RECIPIENT]-(t:Transfer)-[other:SUPPLIER|RECIPIENT]->(p:Actor)
  WHERE type(other) <> type(side)
  WITH p, type(side) = 'SUPPLIER' AS supplied, t.status AS status, count(*) AS transfers
  WITH p, collect({supplied: supplied, status: status, transfers: transfers}) AS counts,
       sum(transfers) AS total
  RETURN p, counts
  ORDER BY total DESC, p.name
  LIMIT $first
}
RETURN actor, p {.id, .name, .kind, aliases: coalesce(p.aliases, [])} AS partner, counts;
