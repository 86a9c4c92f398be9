// How much the store holds; evidence is summed from each relation's evidenceCount.
OPTIONAL MATCH ()-[r:RELATES]->()
WITH count(r) AS relations, coalesce(sum(r.evidenceCount), 0) AS evidence
RETURN COUNT { (:Document) } AS documents, COUNT { (:Entity) } AS entities, relations, evidence, COUNT { (:Predicate) } AS predicates
