OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (e:Entity {generation: g.number})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases
ORDER BY id
