// Upserts kinds into generation $generation, one batch per transaction; a row whose content hash is already there
// writes nothing, so a resumed import skips what it wrote before and a second seed reports no updates.
UNWIND $rows AS row
MERGE (k:Kind {id: row.id, generation: $generation})
WITH k, row
WHERE k.hash IS NULL OR k.hash <> row.hash
SET k += row.props, k.hash = row.hash
