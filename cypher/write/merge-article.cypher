// Writes the article node and its entities. Aliases accumulate across articles.
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
  SET n.name = e.name, n.kind = coalesce(e.kind, n.kind),
      n.aliases = reduce(acc = coalesce(n.aliases, []), x IN e.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      n.keys = reduce(acc = coalesce(n.keys, []), x IN e.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  MERGE (a)-[:MENTIONS {count: e.count}]->(n)
}
CALL (a) {
  UNWIND $people AS e
  MERGE (n:Person {id: e.id})
  SET n.name = e.name, n.role = coalesce(e.role, n.role),
      n.aliases = reduce(acc = coalesce(n.aliases, []), x IN e.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      n.keys = reduce(acc = coalesce(n.keys, []), x IN e.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  MERGE (a)-[:MENTIONS {count: e.count}]->(n)
  WITH n, e WHERE e.affiliation IS NOT NULL
  MERGE (org:Actor {id: e.affiliation}) ON CREATE SET org.name = e.affiliationName
  MERGE (n)-[:AFFILIATED_WITH]->(org)
}
CALL (a) {
  UNWIND $places AS e
  MERGE (n:Place {id: e.id})
  SET n.name = e.name, n.kind = coalesce(e.kind, n.kind),
      n.location = CASE WHEN e.lat IS NULL THEN n.location ELSE point({latitude: e.lat, longitude: e.lon}) END,
      n.aliases = reduce(acc = coalesce(n.aliases, []), x IN e.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      n.keys = reduce(acc = coalesce(n.keys, []), x IN e.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  MERGE (a)-[:MENTIONS {count: e.count}]->(n)
}
CALL (a) {
  UNWIND $weapons AS e
  MERGE (n:Item {id: e.id})
  SET n.name = e.name, n.kind = 'system', n.category = coalesce(e.category, n.category), n.origin = coalesce(e.origin, n.origin),
      n.aliases = reduce(acc = coalesce(n.aliases, []), x IN e.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      n.keys = reduce(acc = coalesce(n.keys, []), x IN e.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  MERGE (a)-[:MENTIONS {count: e.count}]->(n)
};
