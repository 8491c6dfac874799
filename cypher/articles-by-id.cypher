// Articles with their text, the ids of their claims in text order, and what they mention.
// returns: article
:param ids => ['f777d334ce5cced4', '6f08c5219e975ad8'];
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .outlet, .url, .language, .file, .text, publishedAt: toString(a.publishedAt),
          claimIds: COLLECT { MATCH (a)<-[:FROM_ARTICLE]-(c:Claim) RETURN c.id ORDER BY c.start, c.id },
          mentions: COLLECT {
            MATCH (a)-[m:MENTIONS]->(n)
            RETURN {id: n.id, name: n.name, count: m.count,
                    type: CASE WHEN n:Person THEN 'person' WHEN n:Place THEN 'place' WHEN n:Item THEN 'weapon' ELSE 'actor' END}
            ORDER BY m.count DESC, n.name
          }} AS article;
