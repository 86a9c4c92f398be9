// The (id, generation) uniqueness constraint's index finds each id of the active generation.
OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (e:Entity)
WHERE e.id IN $ids AND e.generation = g.number
RETURN e
