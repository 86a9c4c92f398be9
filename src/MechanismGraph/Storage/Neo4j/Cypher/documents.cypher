// Reads only the active generation, like every read statement.
OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (d:Document {generation: g.number})
RETURN d
ORDER BY d.id
