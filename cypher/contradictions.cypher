// Which transfers do the reports contradict each other on? Disputed transfers (see
// write/refresh-transfers: a denial or halt against a delivery or expectation, amounts that
// cannot both be true, or the other direction reported), most reported first, with how they
// disagree. Claims are kept, never dropped: see transfers-by-id.
// returns: transfer, disagreements, statuses, claims, articles
:param first => 20;
MATCH (t:Transfer)
WHERE t.disputed
RETURN t.id AS transfer, t.disagreements AS disagreements, t.statuses AS statuses, t.claimCount AS claims,
       t.articleCount AS articles
ORDER BY articles DESC, claims DESC, transfer
LIMIT $first;
