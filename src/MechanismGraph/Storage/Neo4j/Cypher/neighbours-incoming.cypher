// Relations connect entities of one generation, so anchoring the end entity in the active one is enough.
OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (s:Entity)-[r:RELATES]->(o:Entity)
WHERE o.id IN $ids AND o.generation = g.number AND ($predicates IS NULL OR r.predicate IN $predicates)
RETURN r AS relation, s.id AS subject, o.id AS object
