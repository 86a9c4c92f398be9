OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (p:Predicate {generation: g.number})
RETURN p
ORDER BY p.id
