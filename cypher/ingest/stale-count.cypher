// How many stored articles npm run reextract would extract again (see stale-articles.cypher).
:param name => 'armsgraph-rules';
:param version => '0.1.0';
:param all => false;
MATCH (a:Article)
WHERE $all OR (a.extractor <> 'manual' AND (a.extractor <> $name OR a.extractorVersion <> $version))
RETURN count(a) AS articles;
