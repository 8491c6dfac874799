// Which claims and articles match these words? Full text (Lucene syntax, accents folded) over
// claim quotes and over article titles and texts, best Lucene score first; at most $first.
// returns: kind, id, article, score
:param text => 'Raketen Pjongjang';
:param first => 20;
CALL () {
  CALL db.index.fulltext.queryNodes('claim_quote', $text, {limit: $first}) YIELD node, score
  MATCH (node)-[:FROM_ARTICLE]->(a:Article)
  RETURN 'claim' AS kind, node.id AS id, a.id AS article, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_text', $text, {limit: $first}) YIELD node, score
  RETURN 'article' AS kind, node.id AS id, node.id AS article, score
}
RETURN kind, id, article, score
ORDER BY score DESC, kind, id
LIMIT $first;
