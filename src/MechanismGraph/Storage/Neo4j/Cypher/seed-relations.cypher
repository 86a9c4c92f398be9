// Upserts relations between entities of generation $generation (each also keeps its ends' ids); unchanged rows (same
// content hash) write nothing. A relation whose subject or object was edited is first removed from its old ends.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject, generation: $generation})
MATCH (o:Entity {id: row.object, generation: $generation})
FOREACH (moved IN [(:Entity)-[x:RELATES {id: row.id, generation: $generation}]->(:Entity) WHERE x.subject <> row.subject OR x.object <> row.object | x] | DELETE moved)
MERGE (s)-[r:RELATES {id: row.id, generation: $generation}]->(o)
WITH r, row
WHERE r.hash IS NULL OR r.hash <> row.hash
SET r += row.props, r.hash = row.hash
