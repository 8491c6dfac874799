// Stored articles to extract again (npm run reextract), a page at a time in id order: those
// an older or other extractor produced, or every one with $all. Hand-made or corrected
// records (extractor "manual") are kept unless $all.
:param after => '';
:param name => 'armsgraph-rules';
:param version => '0.1.0';
:param all => false;
:param limit => 100;
MATCH (a:Article)
WHERE a.id > $after
  AND ($all OR (a.extractor <> 'manual' AND (a.extractor <> $name OR a.extractorVersion <> $version)))
RETURN a {.id, .text, .title, .url, .outlet, .language, .file, publishedAt: toString(a.publishedAt)} AS article
ORDER BY a.id
LIMIT $limit;
