MATCH (s:Entity)-[r:RELATES]->(o:Entity)
WHERE s.id IN $ids AND ($predicates IS NULL OR r.predicate IN $predicates)
RETURN r AS relation, s.id AS subject, o.id AS object
