// How much does the graph hold? Counts of every node kind, distinct outlets, disputed
// transfers, and transfers per status and per category.
// returns: articles, outlets, claims, transfers, disputedTransfers, actors, people, places, weapons, byStatus, byCategory
RETURN COUNT { (:Article) } AS articles,
       COUNT { MATCH (a:Article) WHERE a.outlet IS NOT NULL RETURN DISTINCT a.outlet } AS outlets,
       COUNT { (:Claim) } AS claims,
       COUNT { (:Transfer) } AS transfers,
       COUNT { (t:Transfer) WHERE t.disputed } AS disputedTransfers,
       COUNT { (:Actor) } AS actors,
       COUNT { (:Person) } AS people,
       COUNT { (:Place) } AS places,
       COUNT { (:Item) } AS weapons,
       COLLECT { MATCH (t:Transfer) WITH t.status AS status, count(*) AS transfers
                 RETURN {status: status, transfers: transfers} } AS byStatus,
       COLLECT { MATCH (t:Transfer) WITH t.category AS category, count(*) AS transfers
                 RETURN {category: category, transfers: transfers} ORDER BY transfers DESC, category } AS byCategory;
