// The explorer's only way to the data: POST /graphql on the same origin.

const ENDPOINT = '/graphql';

/** A GraphQL error response: the first error's message, code, argument and suggestions. */
export class QueryError extends Error {
  constructor(errors) {
    super(errors[0].message);
    const ext = errors[0].extensions || {};
    this.code = ext.code;
    this.argument = ext.argument;
    this.suggestions = ext.suggestions || [];
  }
}

export async function query(text, variables = {}) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The server answered ${response.status} without a GraphQL response.`);
  }
  if (body.errors && body.errors.length) throw new QueryError(body.errors);
  return body.data;
}

const RELATION = `id predicate sign sentence indirect note inferred knowledgeLevel inferenceReason
  subject { id name kind } object { id name kind }
  evidence { quote start end document } provenance { primaryKnowledgeSource publications }`;

const PATHWAY = `length netEffect score summary indirectSteps evidenceCount mermaid dot
  entities { id name kind }
  steps { ${RELATION} }`;

export const Queries = {
  documents: `query Documents { documents { id title text } }`,

  entityOptions: `query EntityOptions($search: String, $first: Int) {
    entities(search: $search, first: $first) { nodes { id name kind aliases } } }`,

  predicates: `query Predicates { predicates { id causal group } }`,

  pathways: `query Pathways($from: String!, $to: String!, $limit: Int, $maxHops: Int, $predicates: [String!]) {
    cause: entity(ref: $from) { id name kind }
    effect: entity(ref: $to) { id name kind }
    pathwaySearch(from: $from, to: $to, limit: $limit, maxHops: $maxHops, predicates: $predicates) {
      searchComplete pathways { ${PATHWAY} } } }`,

  // Only whether any pathway exists: the probe behind "only associations connect them".
  pathwayProbe: `query PathwayProbe($from: String!, $to: String!, $maxHops: Int, $predicates: [String!]) {
    pathwaySearch(from: $from, to: $to, limit: 1, maxHops: $maxHops, predicates: $predicates) { searchComplete pathways { length } } }`,

  neighbourhood: `query Neighbourhood($of: String!, $reach: Reach, $maxHops: Int, $includeAssociations: Boolean,
      $kind: String, $sign: Effect, $source: String, $first: Int, $offset: Int) {
    neighbourhood(of: $of, reach: $reach, maxHops: $maxHops, includeAssociations: $includeAssociations,
        kind: $kind, sign: $sign, source: $source) {
      of { id name kind } reached complete matching
      byKind { name count } bySign { name count } byFamily { name count } bySource { name count }
      top(first: $first, offset: $offset) {
        netEffect hops entity { id name kind }
        pathway { summary evidenceCount entities { id name kind } steps { ${RELATION} } } } } }`,

  // Relations by page, not Entity.outgoing/incoming: a hub of a real graph has tens of thousands of them.
  entity: `query Entity($ref: String!, $first: Int!) {
    entity(ref: $ref) { id name kind aliases description xrefs }
    outgoing: relations(subject: $ref, first: $first) { totalCount nodes { ${RELATION} } }
    incoming: relations(object: $ref, first: $first) { totalCount nodes { ${RELATION} } } }`,
};
