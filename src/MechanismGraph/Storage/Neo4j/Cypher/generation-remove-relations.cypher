// Deletes one batch of a generation's relations; never the active generation's. Run until it deletes fewer than $limit.
MATCH (g:Generation {number: $generation})
WHERE g.state <> 'active'
MATCH ()-[r:RELATES {generation: g.number}]->()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
