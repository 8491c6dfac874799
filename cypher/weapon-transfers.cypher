// Which transfers cite a weapon system or item class? Most reported first, at most $first per item.
// returns: item, transfer, supplier, recipient, status
// names: items=weapon
:param items => ['ballistic-missile', 'kn-23'];
:param first => 50;
UNWIND $items AS item
CALL (item) {
  MATCH (:Item {id: item})<-[:INCLUDES]-(t:Transfer)
  RETURN t ORDER BY t.articleCount DESC, t.claimCount DESC, t.id LIMIT $first
}
RETURN item, t.id AS transfer, head([(t)-[:SUPPLIER]->(s) | s.name]) AS supplier,
       head([(t)-[:RECIPIENT]->(r) | r.name]) AS recipient, t.status AS status;
