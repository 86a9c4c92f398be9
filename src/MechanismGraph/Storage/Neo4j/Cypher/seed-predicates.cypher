// Upserts predicates; a row whose content hash is unchanged writes nothing, so a second seed reports no updates.
UNWIND $rows AS row
MERGE (p:Predicate {id: row.id})
WITH p, row
WHERE p.hash IS NULL OR p.hash <> row.hash
SET p += row.props, p.hash = row.hash
