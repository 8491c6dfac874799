// Which transfers match a filter? Every parameter may be null (no filter); the page holds up to
// $first + 1 ids after the cursor $after, in id order (supplier->recipient:category), so pages
// stay stable while the graph grows. Actor and item parameters are ids; dates are ISO strings;
// $minCorroboration counts distinct articles.
// returns: totalCount, page
// names: supplier=actor, recipient=actor, item=weapon
:param supplier => 'north-korea';
:param recipient => null;
:param statuses => ['delivered', 'expected'];
:param categories => null;
:param item => null;
:param reportedAfter => '2023-01-01';
:param reportedBefore => null;
:param minCorroboration => 1;
:param after => null;
:param first => 20;
MATCH (t:Transfer)
WHERE ($statuses IS NULL OR t.status IN $statuses)
  AND ($categories IS NULL OR t.category IN $categories)
  AND ($minCorroboration IS NULL OR t.articleCount >= $minCorroboration)
  AND ($reportedAfter IS NULL OR t.lastReported >= date($reportedAfter))
  AND ($reportedBefore IS NULL OR t.firstReported <= date($reportedBefore))
  AND ($supplier IS NULL OR EXISTS { (t)-[:SUPPLIER]->(:Actor {id: $supplier}) })
  AND ($recipient IS NULL OR EXISTS { (t)-[:RECIPIENT]->(:Actor {id: $recipient}) })
  AND ($item IS NULL OR EXISTS { (t)-[:INCLUDES]->(:Item {id: $item}) })
WITH t.id AS id ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS totalCount, [id IN ids WHERE $after IS NULL OR id > $after][0..$first + 1] AS page;
