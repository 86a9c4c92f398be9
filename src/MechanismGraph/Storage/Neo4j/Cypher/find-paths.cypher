// The {{MAX_PATHS}} shortest simple paths of 1 to {{MAX_HOPS}} steps in the active generation, over allowed predicates,
// avoiding entities. Both bounds are validated integers substituted by Neo4jStatements (Cypher 5 takes no parameter there).
// The simple-path check sits inside the parenthesised path pattern: the Cypher manual (Patterns > Shortest paths,
// "pre-filters and post-filters") applies a WHERE there while paths are selected, so k simple paths come back even where
// shorter walks revisit a node; in the MATCH's own WHERE it would filter only after the k shortest were chosen.
// Both ends are anchored by the (id, generation) uniqueness index; relations never cross generations.
OPTIONAL MATCH (g:Generation {state: 'active'})
MATCH p = SHORTEST {{MAX_PATHS}} (
  (a:Entity {id: $from, generation: g.number})(()-[r:RELATES WHERE r.predicate IN $predicates]->(n:Entity WHERE NOT n.id IN $avoid)){1,{{MAX_HOPS}}}(b:Entity {id: $to, generation: g.number})
  WHERE NOT a IN n AND all(i IN range(0, size(n) - 2) WHERE NOT n[i] IN n[i + 1..])
)
RETURN [x IN relationships(p) | {relation: x, subject: startNode(x).id, object: endNode(x).id}] AS steps
ORDER BY length(p)
