// Run: node --test tools/cypher-lint/test/   (after "npm ci" in tools/cypher-lint)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadSchema, lintFiles, lintText, collectFiles } from '../lint.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const schemaPath = join(here, 'schema.json');
const schema = loadSchema(schemaPath);
const fixture = (name) => join(here, 'fixtures', name);
const errorsOf = (problems) => problems.filter((p) => p.severity === 'error');
const lintFixture = (name) => lintFiles([fixture(name)], schema).problems;
const lint = (cypher) => lintText(cypher, schema).problems;

test('every valid fixture passes', () => {
  const files = collectFiles([fixture('valid')]);
  assert.equal(files.length, 5);
  const { statements, problems } = lintFiles(files, schema);
  assert.equal(statements, 5);
  assert.deepEqual(errorsOf(problems), []);
});

test('a syntax error fails with its line and column', () => {
  const [first] = errorsOf(lintFixture('invalid/syntax-error.cypher'));
  assert.equal(first.line, 2);
  assert.equal(first.column, 1);
  assert.match(first.message, /Invalid input 'RETRN'/);
});

for (const [file, line, column, message] of [
  ['unknown-label', 1, 10, "unknown label 'Entiti'"],
  ['unknown-property', 2, 10, "unknown property key 'nme'"],
  ['unknown-reltype', 1, 30, "unknown relationship type 'RELATESS'"],
  ['undeclared-param', 1, 22, 'parameter $entityId is not in the schema'],
  ['two-statements', 1, 1, 'expected exactly one statement per file, found 2'],
  ['unknown-placeholder', 1, 47, 'placeholder {{MAX_DEPTH}} is not in the schema'],
]) {
  test(`${file} fails`, () => {
    const errors = errorsOf(lintFixture(`invalid/${file}.cypher`));
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.deepEqual([errors[0].line, errors[0].column], [line, column]);
    assert.ok(errors[0].message.startsWith(message), errors[0].message);
  });
}

test('names written by MERGE and SET are checked too', () => {
  const errors = errorsOf(lintFixture('invalid/unknown-names-in-writes.cypher'));
  assert.deepEqual(errors.map((e) => [e.line, e.column]), [[4, 10], [5, 14], [6, 7]]);
  assert.match(errors.map((e) => e.message).join('\n'), /'Entiti'[^]*'RELATESS'[^]*'confidance'/);
});

test('a {{MAX_HOPS}} placeholder is linted as 3 and reported', () => {
  const problems = lintFixture('valid/paths-qpp.cypher');
  assert.deepEqual(problems, [
    { file: fixture('valid/paths-qpp.cypher'), line: 2, column: 122, severity: 'info', message: 'placeholder {{MAX_HOPS}} linted as 3' },
  ]);
});

test('columns after a placeholder stay those of the original text', () => {
  const [error] = errorsOf(lint('MATCH (a:Entity)-[:RELATES*1..{{MAX_HOPS}}]->(b:Entiti) RETURN b'));
  assert.equal(error.column, 49);
});

test('names are checked in schema commands, anonymous patterns and map projections', () => {
  const messages = (q) => errorsOf(lint(q)).map((e) => e.message.split(':')[0]);
  assert.deepEqual(messages('CREATE INDEX p IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.predicat)'), ["unknown property key 'predicat'"]);
  assert.deepEqual(messages('CREATE CONSTRAINT c FOR (d:Doc) REQUIRE d.id IS UNIQUE'), ["unknown label 'Doc'"]);
  assert.deepEqual(messages('MATCH (:Entity {nam: $id})--(e) RETURN e'), ["unknown property key 'nam'"]);
  assert.deepEqual(messages('MATCH (e:Entity) RETURN e {.id, .nam}'), ["unknown property key 'nam'"]);
  assert.deepEqual(messages('MATCH (e:Entity) RETURN toLowr(e.name)'), ["unknown function 'toLowr'"]);
  // map keys of parameters and rows are not property keys
  assert.deepEqual(messages('UNWIND $rows AS row RETURN row.anything, {whatever: 1} AS m'), []);
});

// What the bundled Cypher 5 analyser accepts; this decides the path-search Cypher (see README).
const accepted = {
  'SHORTEST k': 'MATCH p = SHORTEST 10 (a:Entity {id: $from})-[:RELATES]-+(b:Entity {id: $to}) RETURN p',
  'SHORTEST k GROUPS': 'MATCH p = SHORTEST 2 GROUPS (a:Entity {id: $from})-[:RELATES]-+(b:Entity {id: $to}) RETURN p',
  'ALL SHORTEST': 'MATCH p = ALL SHORTEST (a:Entity {id: $from})-[:RELATES]-{1,3}(b:Entity {id: $to}) RETURN p',
  'QPP {1,3} with WHERE inside': 'MATCH p = (a:Entity {id: $from})(()-[r:RELATES WHERE r.predicate IN $predicates]->(n:Entity WHERE NOT n.id IN $avoid)){1,3}(b:Entity {id: $to}) RETURN p LIMIT $limit',
  'QPP with WHERE after the pattern': 'MATCH p = (a:Entity)((x)-[r:RELATES]->(y) WHERE r.predicate <> x.name){1,3}(b:Entity) RETURN p',
  'QPP + * {1,} and {0,3}': 'MATCH p = (a:Entity)(()-[:RELATES]->())+(b), q = (a)(()-[:RELATES]->())*(c), s = (a)(()-[:RELATES]->()){1,}(d), t = (a)(()-[:RELATES]->()){0,3}(f) RETURN p, q, s, t',
  'variable length *1..3': 'MATCH p = (a:Entity {id: $from})-[:RELATES*1..3]->(b:Entity {id: $to}) RETURN p',
  'shortestPath()': 'MATCH p = shortestPath((a:Entity {id: $from})-[:RELATES*..5]-(b:Entity {id: $to})) RETURN p',
  'UNWIND MERGE SET +=': 'UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row.props',
  'CREATE CONSTRAINT IF NOT EXISTS': 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CALL (row) {} IN TRANSACTIONS': 'UNWIND $rows AS row CALL (row) { MERGE (e:Entity {id: row.id}) } IN TRANSACTIONS OF 1000 ROWS ON ERROR CONTINUE',
  'CALL {} IN TRANSACTIONS (deprecated form)': 'UNWIND $rows AS row CALL { WITH row MERGE (e:Entity {id: row.id}) } IN TRANSACTIONS OF 1000 ROWS',
  'EXISTS, COUNT and COLLECT subqueries': 'MATCH (e:Entity) WHERE EXISTS { (e)-[:RELATES]->(:Entity) } RETURN COUNT { (e)--() } AS n, COLLECT { MATCH (e)-[:RELATES]->(x) RETURN x.id } AS ids',
};
const rejected = {
  'SHORTEST $k': 'MATCH p = SHORTEST $limit (a:Entity)-[:RELATES]-+(b:Entity) RETURN p',
  'QPP bound from a parameter': 'MATCH p = (a:Entity)(()-[:RELATES]->()){1,$limit}(b:Entity) RETURN p',
  'variable length bound from a parameter': 'MATCH p = (a:Entity)-[:RELATES*1..$limit]->(b:Entity) RETURN p',
  'QPP lower bound above upper bound': 'MATCH p = (a:Entity)(()-[:RELATES]->()){3,1}(b:Entity) RETURN p',
  'match mode (Cypher 25)': 'MATCH REPEATABLE ELEMENTS p = (a:Entity)-[:RELATES]->{1,3}(b) RETURN p',
  'LET (Cypher 25)': 'MATCH (e:Entity) LET x = 1 RETURN x',
  'CYPHER 25 prefix': 'CYPHER 25 MATCH (e:Entity) RETURN e',
};
for (const [name, cypher] of Object.entries(accepted))
  test(`accepted: ${name}`, () => assert.deepEqual(errorsOf(lint(cypher)), []));
for (const [name, cypher] of Object.entries(rejected))
  test(`rejected: ${name}`, () => assert.notDeepEqual(errorsOf(lint(cypher)), []));

test('the command line prints problems and a summary, and exits 1 on errors', () => {
  const cli = (...args) => spawnSync(process.execPath, [join(here, '..', 'lint.mjs'), '--schema', schemaPath, ...args], { encoding: 'utf8' });
  const bad = cli(fixture('invalid/unknown-label.cypher'));
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /unknown-label\.cypher:1:10: error: unknown label 'Entiti'/);
  assert.match(bad.stdout, /^1 statements checked, 1 errors$/m);

  const good = cli('--json', fixture('valid'));
  assert.equal(good.status, 0, good.stderr);
  const problems = JSON.parse(good.stdout);
  assert.deepEqual(problems.map((p) => Object.keys(p)), [['file', 'line', 'column', 'severity', 'message']]);
  assert.match(good.stderr, /5 statements checked, 0 errors/);
});
