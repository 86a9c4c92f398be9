// One page of the active generation in id order after $after (keyset), plus the total; $text arrives lower-cased and matches inside refs.
OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH (e:Entity {generation: g.number})
WHERE ($kind IS NULL OR toLower(e.kind) = toLower($kind))
  AND ($text IS NULL OR any(ref IN e.refs WHERE ref CONTAINS $text))
WITH e
ORDER BY e.id
WITH collect(e) AS matches
RETURN size(matches) AS total, [x IN matches WHERE $after IS NULL OR x.id > $after][0..$take] AS page
