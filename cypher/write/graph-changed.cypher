// The graph changed by other means than loading articles: counts one edit on the graph version,
// so the API's cached answers are not served again (cypher/graph-version.cypher). `npm run cypher
// -- --write` runs it after every write; after an edit in Neo4j Browser or cypher-shell, run it
// there too (or restart the API).
MERGE (v:GraphVersion {id: 'graph'})
SET v.edits = coalesce(v.edits, 0) + 1, v.changedAt = datetime()
RETURN v.edits AS edits;
