// Transfers written before armsgraph recorded how their reports disagree (no `disagreements`):
// applySchema refreshes them once (write/refresh-transfers), so `disputed` follows the rule of
// write/refresh-transfers everywhere, also in a graph loaded by an older armsgraph.
MATCH (t:Transfer)
WHERE t.disagreements IS NULL
RETURN t.id AS id
ORDER BY id;
