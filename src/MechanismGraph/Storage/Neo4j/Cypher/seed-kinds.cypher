// Upserts kinds; a row whose content hash is unchanged writes nothing, so a second seed reports no updates.
UNWIND $rows AS row
MERGE (k:Kind {id: row.id})
WITH k, row
WHERE k.hash IS NULL OR k.hash <> row.hash
SET k += row.props, k.hash = row.hash
