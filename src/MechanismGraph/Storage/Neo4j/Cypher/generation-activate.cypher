// The flip, one small transaction: the written generation becomes the one every query reads, the previous one retires.
// It flips only when the generation holds exactly what the import sent, so a resume of different input cannot go live.
MATCH (next:Generation {number: $generation, state: 'writing'})
WHERE COUNT { (:Kind {generation: $generation}) } = $kinds
  AND COUNT { (:Predicate {generation: $generation}) } = $predicates
  AND COUNT { (:Document {generation: $generation}) } = $documents
  AND COUNT { (:Entity {generation: $generation}) } = $entities
  AND COUNT { ()-[:RELATES {generation: $generation}]->() } = $relations
OPTIONAL MATCH (old:Generation {state: 'active'})
SET old.state = 'retired'
SET next.state = 'active'
RETURN next.number AS active, collect(old.number) AS retired
