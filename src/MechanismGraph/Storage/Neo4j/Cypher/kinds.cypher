MATCH (k:Kind)
RETURN k
ORDER BY k.id
