// Writes the entities of a batch, one row per entity (what the batch's articles say about it,
// gathered by the loader), and each article's MENTIONS of it. Aliases accumulate across articles.
// Popular entities (Russia, Ukraine) appear in most articles: each is written only when the
// batch brings something new about it, so that loading articles does not lock them. Rows come
// sorted by id, so concurrent batches take their locks in the same order.
CALL () {
  UNWIND $actors AS e
  MERGE (n:Actor {id: e.id})
  WITH n, e, [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS aliases, [x IN e.keys WHERE NOT x IN coalesce(n.keys, [])] AS keys
  CALL (n, e, aliases, keys) {
    WITH * WHERE size(aliases) > 0 OR size(keys) > 0 OR n.name IS NULL OR n.name <> e.name
              OR (e.kind IS NOT NULL AND coalesce(n.kind, '') <> e.kind)
    SET n.name = e.name, n.kind = coalesce(e.kind, n.kind),
        n.aliases = coalesce(n.aliases, []) + aliases, n.keys = coalesce(n.keys, []) + keys
  }
  WITH n, e
  UNWIND e.mentions AS m
  MATCH (a:Article {id: m.article})
  MERGE (a)-[:MENTIONS {count: m.count}]->(n)
}
CALL () {
  UNWIND $people AS e
  MERGE (n:Person {id: e.id})
  WITH n, e, [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS aliases, [x IN e.keys WHERE NOT x IN coalesce(n.keys, [])] AS keys
  CALL (n, e, aliases, keys) {
    WITH * WHERE size(aliases) > 0 OR size(keys) > 0 OR n.name IS NULL OR n.name <> e.name
              OR (e.role IS NOT NULL AND coalesce(n.role, '') <> e.role)
    SET n.name = e.name, n.role = coalesce(e.role, n.role),
        n.aliases = coalesce(n.aliases, []) + aliases, n.keys = coalesce(n.keys, []) + keys
  }
  CALL (n, e) {
    UNWIND e.mentions AS m
    MATCH (a:Article {id: m.article})
    MERGE (a)-[:MENTIONS {count: m.count}]->(n)
  }
  WITH n, e
  UNWIND e.affiliations AS affiliation
  WITH n, affiliation WHERE NOT EXISTS { (n)-[:AFFILIATED_WITH]->(:Actor {id: affiliation.id}) }
  MERGE (org:Actor {id: affiliation.id}) ON CREATE SET org.name = affiliation.name
  MERGE (n)-[:AFFILIATED_WITH]->(org)
}
CALL () {
  UNWIND $places AS e
  MERGE (n:Place {id: e.id})
  WITH n, e, [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS aliases, [x IN e.keys WHERE NOT x IN coalesce(n.keys, [])] AS keys
  CALL (n, e, aliases, keys) {
    WITH * WHERE size(aliases) > 0 OR size(keys) > 0 OR n.name IS NULL OR n.name <> e.name
              OR (e.kind IS NOT NULL AND coalesce(n.kind, '') <> e.kind) OR (e.lat IS NOT NULL AND n.location IS NULL)
    SET n.name = e.name, n.kind = coalesce(e.kind, n.kind),
        n.location = CASE WHEN e.lat IS NULL THEN n.location ELSE point({latitude: e.lat, longitude: e.lon}) END,
        n.aliases = coalesce(n.aliases, []) + aliases, n.keys = coalesce(n.keys, []) + keys
  }
  WITH n, e
  UNWIND e.mentions AS m
  MATCH (a:Article {id: m.article})
  MERGE (a)-[:MENTIONS {count: m.count}]->(n)
}
CALL () {
  UNWIND $weapons AS e
  MERGE (n:Item {id: e.id})
  WITH n, e, [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS aliases, [x IN e.keys WHERE NOT x IN coalesce(n.keys, [])] AS keys
  CALL (n, e, aliases, keys) {
    WITH * WHERE size(aliases) > 0 OR size(keys) > 0 OR n.name IS NULL OR n.name <> e.name OR coalesce(n.kind, '') <> 'system'
              OR (e.category IS NOT NULL AND coalesce(n.category, '') <> e.category)
              OR (e.origin IS NOT NULL AND coalesce(n.origin, '') <> e.origin)
    SET n.name = e.name, n.kind = 'system', n.category = coalesce(e.category, n.category), n.origin = coalesce(e.origin, n.origin),
        n.aliases = coalesce(n.aliases, []) + aliases, n.keys = coalesce(n.keys, []) + keys
  }
  WITH n, e
  UNWIND e.mentions AS m
  MATCH (a:Article {id: m.article})
  MERGE (a)-[:MENTIONS {count: m.count}]->(n)
};
