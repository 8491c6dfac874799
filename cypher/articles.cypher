// Which articles does the graph hold? Newest first, undated last, then by id: up to $first + 1
// after the cursor ($afterDate, $afterId: the date, '' when undated, and id of the last
// article of the previous page; both null for the first page), with the total.
// returns: totalCount, page
:param afterDate => null;
:param afterId => null;
:param first => 20;
MATCH (a:Article)
WITH a, coalesce(toString(a.publishedAt), '') AS date
WHERE $afterId IS NULL OR date < $afterDate OR (date = $afterDate AND a.id > $afterId)
WITH a, date ORDER BY date DESC, a.id LIMIT $first + 1
RETURN COUNT { (:Article) } AS totalCount, collect({id: a.id, date: date}) AS page;
