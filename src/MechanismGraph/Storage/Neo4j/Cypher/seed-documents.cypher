// Upserts documents; a row whose content hash is unchanged writes nothing, so a second seed reports no updates.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
WITH d, row
WHERE d.hash IS NULL OR d.hash <> row.hash
SET d += row.props, d.hash = row.hash
