OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (k:Kind {generation: g.number})
RETURN k
ORDER BY k.id
