// The stored state of a batch's articles: the hash of each one's record (equal means loading it
// again changes nothing) and the extractor that made it ("manual" records are kept by ingest).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.recordHash AS recordHash, a.extractor AS extractor;
