// Upserts documents into generation $generation, one batch per transaction; a row whose content hash is already there
// writes nothing, so a resumed import skips what it wrote before and a second seed reports no updates.
UNWIND $rows AS row
MERGE (d:Document {id: row.id, generation: $generation})
WITH d, row
WHERE d.hash IS NULL OR d.hash <> row.hash
SET d += row.props, d.hash = row.hash
