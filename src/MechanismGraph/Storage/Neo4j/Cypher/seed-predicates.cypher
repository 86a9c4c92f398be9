// Upserts predicates into generation $generation, one batch per transaction; a row whose content hash is already there
// writes nothing, so a resumed import skips what it wrote before and a second seed reports no updates.
UNWIND $rows AS row
MERGE (p:Predicate {id: row.id, generation: $generation})
WITH p, row
WHERE p.hash IS NULL OR p.hash <> row.hash
SET p += row.props, p.hash = row.hash
