// armsgraph schema: constraints, indexes and full-text indexes.
// Every statement is idempotent (IF NOT EXISTS); armsgraph applies this file on every start.
// Run by hand: cypher-shell -f cypher/schema.cypher

// Identity of every node kind.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR (n:Transfer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE;

// Filters of transfers(filter: …) and timeline(…).
CREATE INDEX transfer_status IF NOT EXISTS FOR (n:Transfer) ON (n.status);
CREATE INDEX transfer_category IF NOT EXISTS FOR (n:Transfer) ON (n.category);
CREATE INDEX transfer_last_reported IF NOT EXISTS FOR (n:Transfer) ON (n.lastReported);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);

// A transfer's claims in order without sorting them all (write/merge-claims sets both keys):
// reportKey orders them by publication (transfers-by-id: the first 100 claim ids), timelineKey
// by the timeline's date (timeline); each starts with the transfer id, so one range seek reads
// one transfer's claims already in order and stops at the page.
CREATE INDEX claim_report_key IF NOT EXISTS FOR (n:Claim) ON (n.reportKey);
CREATE INDEX claim_timeline_key IF NOT EXISTS FOR (n:Claim) ON (n.timelineKey);

// The graph version the API's response cache is keyed on (cypher/graph-version.cypher).
CREATE INDEX article_loaded IF NOT EXISTS FOR (n:Article) ON (n.loadedAt);
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;

// search(text): accents folded so that "Pjongjang" finds "Pjöngjang".
CREATE FULLTEXT INDEX claim_quote IF NOT EXISTS FOR (n:Claim) ON EACH [n.quote]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
