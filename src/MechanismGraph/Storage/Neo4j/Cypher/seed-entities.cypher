// Upserts entities; a row whose content hash is unchanged writes nothing, so a second seed reports no updates.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
WITH e, row
WHERE e.hash IS NULL OR e.hash <> row.hash
SET e += row.props, e.hash = row.hash
