// Writes the article nodes of a batch (new or replaced articles only).
UNWIND $articles AS r
MERGE (a:Article {id: r.article.id})
SET a.title = r.article.title,
    a.file = r.article.file,
    a.url = r.article.url,
    a.outlet = r.article.outlet,
    a.language = r.article.language,
    a.publishedAt = CASE WHEN r.article.publishedAt IS NULL THEN null ELSE date(r.article.publishedAt) END,
    a.text = r.article.text,
    a.extractor = r.extractor.name,
    a.extractorVersion = r.extractor.version,
    a.recordHash = r.recordHash,
    a.loadedAt = datetime();
