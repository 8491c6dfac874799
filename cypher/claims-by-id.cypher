// Claims with the article they come from, the transfer they assert and the person or
// institution they are attributed to. The API loads every claim a request touches in one round trip.
// Claim ids are "<article id>:<index of the transfer in the article's record>".
// returns: claim
:param ids => ['f777d334ce5cced4:0', '6f08c5219e975ad8:0'];
UNWIND $ids AS id
MATCH (t:Transfer)<-[:ASSERTS]-(c:Claim {id: id})-[:FROM_ARTICLE]->(a:Article)
RETURN c {.id, .quote, .start, .end, .status, .when, .attribution,
          quantity: CASE WHEN c.quantityApprox IS NULL AND c.quantityValue IS NULL THEN null
                         ELSE {value: c.quantityValue, approx: c.quantityApprox, unit: c.quantityUnit} END,
          transferId: t.id,
          article: a {.id, .title, .outlet, .url, .language, .file, publishedAt: toString(a.publishedAt)},
          saidBy: head([(c)-[:SAID_BY]->(src) |
                        src {.id, .name, .role, type: CASE WHEN src:Person THEN 'person' ELSE 'actor' END,
                             affiliation: head([(src)-[:AFFILIATED_WITH]->(org:Actor) |
                                                org {.id, .name, .kind, aliases: coalesce(org.aliases, [])}])}])} AS claim;
