// The stored hash of an article's record: equal means loading it again changes nothing.
MATCH (a:Article {id: $id})
RETURN a.recordHash AS recordHash;
