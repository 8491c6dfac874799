// What the graph's content is at: the number of articles and when the last one was loaded.
// Every load writes Article.loadedAt, so a change of either means answers may have changed;
// the API keys its response cache on it. Index-backed: cheap on every request.
// returns: articles, lastLoadedAt
MATCH (a:Article)
WITH count(a) AS articles
OPTIONAL CALL () {
  MATCH (a:Article) WHERE a.loadedAt IS NOT NULL
  RETURN a.loadedAt AS lastLoadedAt ORDER BY a.loadedAt DESC LIMIT 1
}
RETURN articles, toString(lastLoadedAt) AS lastLoadedAt;
