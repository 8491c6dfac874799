// Write-locks a batch's transfers in id order ($transferIds sorted) before their figures are
// read (write/refresh-transfers, write/extend-transfers), so two batches touching the same
// transfers take their locks in the same order.
UNWIND $transferIds AS id
MATCH (t:Transfer {id: id})
SET t._lock = true
REMOVE t._lock;
