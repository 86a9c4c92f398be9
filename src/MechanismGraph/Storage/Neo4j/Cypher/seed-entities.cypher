// Upserts entities into generation $generation, one batch per transaction; a row whose content hash is already there
// writes nothing, so a resumed import skips what it wrote before and a second seed reports no updates.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id, generation: $generation})
WITH e, row
WHERE e.hash IS NULL OR e.hash <> row.hash
SET e += row.props, e.hash = row.hash
