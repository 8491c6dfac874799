// What the graph's content is at: the number of articles, when the last one was loaded, and how
// many edits other than loads were counted (cypher/write/graph-changed.cypher). Every load
// writes Article.loadedAt and every other write through armsgraph counts an edit, so a change of
// any means answers may have changed; the API keys its response cache on it. Index-backed:
// cheap on every request.
// returns: articles, lastLoadedAt, edits
MATCH (a:Article)
WITH count(a) AS articles
OPTIONAL CALL () {
  MATCH (a:Article) WHERE a.loadedAt IS NOT NULL
  RETURN a.loadedAt AS lastLoadedAt ORDER BY a.loadedAt DESC LIMIT 1
}
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN articles, toString(lastLoadedAt) AS lastLoadedAt, coalesce(v.edits, 0) AS edits;
