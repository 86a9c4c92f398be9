MATCH (p:Predicate)
RETURN p
ORDER BY p.id
