// One page of the active generation's relations in id order after $after (keyset), plus the total.
OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (s:Entity)-[r:RELATES {generation: g.number}]->(o:Entity)
WHERE ($subject IS NULL OR s.id = $subject)
  AND ($object IS NULL OR o.id = $object)
  AND ($predicate IS NULL OR r.predicate = $predicate)
WITH r, s.id AS subject, o.id AS object
ORDER BY r.id
WITH collect({relation: r, subject: subject, object: object}) AS matches
RETURN size(matches) AS total, [x IN matches WHERE $after IS NULL OR x.relation.id > $after][0..$take] AS page
