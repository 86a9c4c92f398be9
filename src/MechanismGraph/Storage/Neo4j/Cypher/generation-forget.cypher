// Forgets a generation once its nodes and relations are removed; never the active one.
MATCH (g:Generation {number: $generation})
WHERE g.state <> 'active'
  AND NOT EXISTS { (:Entity {generation: g.number}) }
  AND NOT EXISTS { ()-[:RELATES {generation: g.number}]->() }
DELETE g
RETURN count(*) AS forgotten
