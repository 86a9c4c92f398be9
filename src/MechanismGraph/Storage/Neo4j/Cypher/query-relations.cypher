// One page of relations in id order after $after (keyset), plus the total.
MATCH (s:Entity)-[r:RELATES]->(o:Entity)
WHERE ($subject IS NULL OR s.id = $subject)
  AND ($object IS NULL OR o.id = $object)
  AND ($predicate IS NULL OR r.predicate = $predicate)
WITH r, s.id AS subject, o.id AS object
ORDER BY r.id
WITH collect({relation: r, subject: subject, object: object}) AS matches
RETURN size(matches) AS total, [x IN matches WHERE $after IS NULL OR x.relation.id > $after][0..$take] AS page
