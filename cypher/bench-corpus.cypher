// How much of the database is the synthetic corpus of `npm run bench:api`? The bench loads only
// into a database that holds nothing else.
// returns: synthetic, other
RETURN COUNT { (a:Article) WHERE a.extractor = 'synthetic' } AS synthetic,
       COUNT { (a:Article) WHERE a.extractor <> 'synthetic' } AS other;
