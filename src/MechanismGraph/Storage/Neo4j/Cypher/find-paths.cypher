// The {{MAX_PATHS}} shortest simple paths of 1 to {{MAX_HOPS}} steps, over allowed predicates, avoiding entities.
// Both bounds are validated integers substituted by Neo4jStatements (Cypher accepts no parameter there).
MATCH p = SHORTEST {{MAX_PATHS}} (a:Entity {id: $from})(()-[r:RELATES WHERE r.predicate IN $predicates]->(n:Entity WHERE NOT n.id IN $avoid)){1,{{MAX_HOPS}}}(b:Entity {id: $to})
WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN [x IN relationships(p) | {relation: x, subject: startNode(x).id, object: endNode(x).id}] AS steps
ORDER BY length(p)
