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

const RELATION = `id predicate sign sentence indirect note
  subject { id name kind } object { id name kind }
  evidence { quote start end document }`;

const PATHWAY = `length netEffect score summary indirectSteps evidenceCount mermaid dot
  entities { id name kind }
  steps { ${RELATION} }`;

export const Queries = {
  documents: `query Documents { documents { id title text } }`,

  entityOptions: `query EntityOptions($search: String, $first: Int) {
    entities(search: $search, first: $first) { nodes { id name kind aliases } } }`,

  pathways: `query Pathways($from: String!, $to: String!, $limit: Int) {
    pathwaySearch(from: $from, to: $to, limit: $limit) { searchComplete pathways { ${PATHWAY} } } }`,

  effects: `query Effects($of: String!, $maxHops: Int) {
    entity(ref: $of) { id name kind }
    effects(of: $of, maxHops: $maxHops) {
      netEffect hops entity { id name kind }
      pathway { summary entities { id name kind } steps { ${RELATION} } } } }`,

  entity: `query Entity($ref: String!) {
    entity(ref: $ref) { id name kind aliases description xrefs
      outgoing { ${RELATION} } incoming { ${RELATION} } } }`,
};
