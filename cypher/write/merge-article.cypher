// Writes the article node and its entities. Aliases accumulate across articles.
// Popular entities (Russia, Ukraine) appear in most articles: each is written only when this
// article brings something new about it, so that loading an article does not lock them.
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.file = $article.file,
    a.url = $article.url,
    a.outlet = $article.outlet,
    a.language = $article.language,
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END,
    a.text = $article.text,
    a.extractor = $extractor.name,
    a.extractorVersion = $extractor.version,
    a.recordHash = $recordHash,
    a.loadedAt = datetime()
WITH a
CALL (a) {
  UNWIND $actors AS e
  MERGE (n:Actor {id: e.id})
  WITH a, n, e, [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS aliases, [x IN e.keys WHERE NOT x IN coalesce(n.keys, [])] AS keys
  CALL (n, e, aliases, keys) {
    WITH * WHERE size(aliases) > 0 OR size(keys) > 0 OR n.name IS NULL OR n.name <> e.name
              OR (e.kind IS NOT NULL AND coalesce(n.kind, '') <> e.kind)
    SET n.name = e.name, n.kind = coalesce(e.kind, n.kind),
        n.aliases = coalesce(n.aliases, []) + aliases, n.keys = coalesce(n.keys, []) + keys
  }
  MERGE (a)-[:MENTIONS {count: e.count}]->(n)
}
CALL (a) {
  UNWIND $people AS e
  MERGE (n:Person {id: e.id})
  WITH a, n, e, [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS aliases, [x IN e.keys WHERE NOT x IN coalesce(n.keys, [])] AS keys
  CALL (n, e, aliases, keys) {
    WITH * WHERE size(aliases) > 0 OR size(keys) > 0 OR n.name IS NULL OR n.name <> e.name
              OR (e.role IS NOT NULL AND coalesce(n.role, '') <> e.role)
    SET n.name = e.name, n.role = coalesce(e.role, n.role),
        n.aliases = coalesce(n.aliases, []) + aliases, n.keys = coalesce(n.keys, []) + keys
  }
  MERGE (a)-[:MENTIONS {count: e.count}]->(n)
  WITH n, e WHERE e.affiliation IS NOT NULL AND NOT EXISTS { (n)-[:AFFILIATED_WITH]->(:Actor {id: e.affiliation}) }
  MERGE (org:Actor {id: e.affiliation}) ON CREATE SET org.name = e.affiliationName
  MERGE (n)-[:AFFILIATED_WITH]->(org)
}
CALL (a) {
  UNWIND $places AS e
  MERGE (n:Place {id: e.id})
  WITH a, n, e, [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS aliases, [x IN e.keys WHERE NOT x IN coalesce(n.keys, [])] AS keys
  CALL (n, e, aliases, keys) {
    WITH * WHERE size(aliases) > 0 OR size(keys) > 0 OR n.name IS NULL OR n.name <> e.name
              OR (e.kind IS NOT NULL AND coalesce(n.kind, '') <> e.kind) OR (e.lat IS NOT NULL AND n.location IS NULL)
    SET n.name = e.name, n.kind = coalesce(e.kind, n.kind),
        n.location = CASE WHEN e.lat IS NULL THEN n.location ELSE point({latitude: e.lat, longitude: e.lon}) END,
        n.aliases = coalesce(n.aliases, []) + aliases, n.keys = coalesce(n.keys, []) + keys
  }
  MERGE (a)-[:MENTIONS {count: e.count}]->(n)
}
CALL (a) {
  UNWIND $weapons AS e
  MERGE (n:Item {id: e.id})
  WITH a, n, e, [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS aliases, [x IN e.keys WHERE NOT x IN coalesce(n.keys, [])] AS keys
  CALL (n, e, aliases, keys) {
    WITH * WHERE size(aliases) > 0 OR size(keys) > 0 OR n.name IS NULL OR n.name <> e.name OR coalesce(n.kind, '') <> 'system'
              OR (e.category IS NOT NULL AND coalesce(n.category, '') <> e.category)
              OR (e.origin IS NOT NULL AND coalesce(n.origin, '') <> e.origin)
    SET n.name = e.name, n.kind = 'system', n.category = coalesce(e.category, n.category), n.origin = coalesce(e.origin, n.origin),
        n.aliases = coalesce(n.aliases, []) + aliases, n.keys = coalesce(n.keys, []) + keys
  }
  MERGE (a)-[:MENTIONS {count: e.count}]->(n)
};
