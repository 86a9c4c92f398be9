// How much the active generation holds; evidence is summed from each relation's evidenceCount. Zeros before any import.
OPTIONAL MATCH (g:Generation {state: 'active'})
OPTIONAL MATCH ()-[r:RELATES {generation: g.number}]->()
WITH g, count(r) AS relations, coalesce(sum(r.evidenceCount), 0) AS evidence
RETURN COUNT { (:Document {generation: g.number}) } AS documents, COUNT { (:Entity {generation: g.number}) } AS entities, relations, evidence, COUNT { (:Predicate {generation: g.number}) } AS predicates
