// Relations connect entities of one generation, so anchoring the start entity in the active one is enough.
OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (s:Entity)-[r:RELATES]->(o:Entity)
WHERE s.id IN $ids AND s.generation = g.number AND ($predicates IS NULL OR r.predicate IN $predicates)
RETURN r AS relation, s.id AS subject, o.id AS object
