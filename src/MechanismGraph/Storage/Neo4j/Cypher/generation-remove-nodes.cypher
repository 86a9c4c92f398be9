// Deletes one batch of a generation's nodes (its relations are already gone); never the active generation's.
MATCH (g:Generation {number: $generation})
WHERE g.state <> 'active'
CALL (g) {
  MATCH (n:Entity {generation: g.number}) RETURN n
  UNION
  MATCH (n:Document {generation: g.number}) RETURN n
  UNION
  MATCH (n:Predicate {generation: g.number}) RETURN n
  UNION
  MATCH (n:Kind {generation: g.number}) RETURN n
}
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
