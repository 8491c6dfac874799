// Which transfers do the reports disagree on? Transfers whose claims state different statuses
// (say delivered against negotiating); those where a denial stands against another claim
// (disputed) first, then the most reported. Claims are kept, never dropped: see transfers-by-id.
// returns: transfer, disputed, statuses, claims, articles
:param first => 20;
MATCH (t:Transfer)
WHERE size(t.statuses) > 1
RETURN t.id AS transfer, t.disputed AS disputed, t.statuses AS statuses, t.claimCount AS claims,
       t.articleCount AS articles
ORDER BY disputed DESC, articles DESC, claims DESC, transfer
LIMIT $first;
