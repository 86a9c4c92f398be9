// Upserts relations between already-seeded entities (each also keeps its ends' ids); unchanged rows (same content hash) write nothing.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:RELATES {id: row.id}]->(o)
WITH r, row
WHERE r.hash IS NULL OR r.hash <> row.hash
SET r += row.props, r.hash = row.hash
