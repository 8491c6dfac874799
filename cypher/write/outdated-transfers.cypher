// Transfers written before armsgraph recorded how their reports disagree (no `disagreements`),
// or before it stored what write/extend-transfers adds new claims to (no `quantityGroups`):
// applySchema refreshes them once (write/refresh-transfers), so `disputed` follows the rule of
// write/refresh-transfers everywhere, also in a graph loaded by an older armsgraph, and a
// later batch can extend every transfer's figures.
MATCH (t:Transfer)
WHERE t.disagreements IS NULL OR t.quantityGroups IS NULL
RETURN t.id AS id
ORDER BY id;
