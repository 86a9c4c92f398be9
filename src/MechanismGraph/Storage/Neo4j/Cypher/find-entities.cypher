// Entities with this id, name, alias or CURIE; refs holds them lower-cased, and $ref arrives lower-cased.
MATCH (e:Entity)
WHERE $ref IN e.refs
RETURN e
ORDER BY e.id
