// Entities with this id, name, alias or CURIE; refs holds them lower-cased, and $ref arrives lower-cased.
OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (e:Entity {generation: g.number})
WHERE $ref IN e.refs
RETURN e
ORDER BY e.id
