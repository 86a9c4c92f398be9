#!/usr/bin/env node
// Offline Cypher checker: Neo4j's own parser and semantic analyser (via @neo4j-cypher/language-support)
// plus a check of every label, relationship type, property key, parameter and placeholder against a schema JSON.
// Usage: node lint.mjs --schema <schema.json> [--json] <dir-or-files...>   (see README.md)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = '@neo4j-cypher/language-support';
let lintCypherQuery, testData, createParsingResult;
try {
  ({ lintCypherQuery, testData } = await import(PKG));
  // Not exported from the package index; the version is pinned exactly, so this file is stable. We need it
  // because the public linter skips names in CREATE/MERGE/SET clauses and in schema commands (see README).
  ({ createParsingResult } = await import(new URL('./cypherLanguageService.js', import.meta.resolve(PKG))));
} catch (e) {
  console.error(`cypher-lint: cannot load ${PKG} (run "npm ci" in tools/cypher-lint): ${e.message}`);
  process.exit(2);
}
if (typeof createParsingResult !== 'function') throw new Error(`${PKG}: createParsingResult not found`);

const CYPHER_VERSION = 'CYPHER 5'; // Neo4j 5.26 LTS only runs Cypher 5
const SAMPLE_VALUE = '3'; // what {{NAME}} placeholders become; the C# code puts validated integers there
const PLACEHOLDER = /\{\{([A-Z][A-Z0-9_]*)\}\}/g;
const NOT_IN_DB = / is not present in the database\. Make sure you didn't misspell it.*$/s;

/** Reads and checks a schema JSON file (format: README.md). */
export function loadSchema(path) {
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  for (const key of ['labels', 'relationshipTypes', 'propertyKeys', 'parameters']) {
    if (!Array.isArray(raw[key]) || raw[key].some((x) => typeof x !== 'string'))
      throw new Error(`${path}: "${key}" must be an array of strings`);
  }
  if (raw.placeholders !== undefined && !Array.isArray(raw.placeholders))
    throw new Error(`${path}: "placeholders" must be an array of strings`);
  return raw;
}

// Neo4j's built-in functions and db./dbms./tx. procedures, from the catalogue the package ships (no plugins).
function builtIns() {
  const { functions, procedures } = testData.mockSchema;
  const fns = Object.entries(functions[CYPHER_VERSION]).filter(([, f]) => f.isBuiltIn && !f.name.startsWith('apoc.'));
  const procs = Object.entries(procedures[CYPHER_VERSION]).filter(([n]) => /^(db|dbms|tx)\./.test(n));
  return { functions: { [CYPHER_VERSION]: Object.fromEntries(fns) }, procedures: { [CYPHER_VERSION]: Object.fromEntries(procs) } };
}

/** The DbSchema given to lintCypherQuery. */
export function toDbSchema(schema) {
  return {
    labels: schema.labels,
    relationshipTypes: schema.relationshipTypes,
    propertyKeys: schema.propertyKeys,
    parameters: Object.fromEntries(schema.parameters.map((p) => [p, null])), // only the names are used
    defaultLanguage: CYPHER_VERSION,
    ...builtIns(),
  };
}

/** Replaces {{NAME}} with the sample integer padded with spaces, so every line and column stays where it was. */
export function substitutePlaceholders(text) {
  const used = [];
  const out = text.replace(PLACEHOLDER, (m, name, offset) => {
    used.push({ name, offset });
    return SAMPLE_VALUE.padEnd(m.length, ' ');
  });
  return { text: out, used };
}

const unquote = (s) => s.replace(/^`|`$/g, '').replace(/``/g, '`');
const kindOf = (ctx) => ctx.constructor.name;
function ancestor(ctx, names) {
  for (let p = ctx.parent; p; p = p.parent) if (names.includes(kindOf(p))) return kindOf(p);
  return undefined;
}
function* walk(ctx) {
  yield ctx;
  for (const c of ctx.children ?? []) yield* walk(c);
}

// The variable a `.key` belongs to: `v.key` (first property of the chain) or the `v {.key}` map projection.
function ownerVariable(propertyCtx) {
  const p = propertyCtx.parent;
  if (kindOf(p) === 'PropertyPostfixContext') {
    const e2 = p.parent;
    return e2.children[1] === p ? e2.children[0].children?.[0] : undefined;
  }
  if (kindOf(p) === 'MapProjectionElementContext') return p.parent.children[0];
  return undefined;
}
const isNodeOrRel = (sym) => sym?.types.length > 0 && sym.types.every((t) => t === 'Node' || t === 'Relationship');

/** Labels, relationship types and property keys used in one parsed statement, checked against the schema. */
function checkNames(stmt, symbols, schema) {
  const labels = new Set(schema.labels), types = new Set(schema.relationshipTypes);
  const keys = new Set(schema.propertyKeys);
  const problems = [];
  const at = (ctx, message) => problems.push({ line: ctx.start.line, column: ctx.start.column + 1, offset: ctx.start.start, message });
  for (const ctx of walk(stmt.ctx)) {
    const k = kindOf(ctx);
    if (['LabelNameContext', 'LabelTypeContext', 'RelTypeContext', 'LabelOrRelTypeContext'].includes(k)) {
      const nameCtx = k === 'LabelNameContext' ? ctx : ctx.children.at(-1);
      const name = unquote(nameCtx.getText());
      const where = ancestor(ctx, ['NodePatternContext', 'CommandNodePatternContext', 'RelationshipPatternContext', 'CommandRelPatternContext']);
      const kind = k === 'RelTypeContext' || where?.includes('Rel') ? 'rel' : k === 'LabelTypeContext' || where ? 'label' : 'any';
      if (kind === 'label' && !labels.has(name)) at(nameCtx, `unknown label '${name}': not in the schema's labels`);
      if (kind === 'rel' && !types.has(name)) at(nameCtx, `unknown relationship type '${name}': not in the schema's relationshipTypes`);
      if (kind === 'any' && !labels.has(name) && !types.has(name))
        at(nameCtx, `unknown label or relationship type '${name}': not in the schema`);
    } else if (k === 'PropertyKeyNameContext') {
      const p = ctx.parent, gp = p.parent;
      let isSchemaKey = kindOf(p) === 'MapContext' && kindOf(gp) === 'PropertiesContext'; // (n {key: ...})
      if (kindOf(p) === 'PropertyContext') {
        if (['PropertyListContext', 'EnclosedPropertyListContext'].includes(kindOf(gp))) isSchemaKey = true; // index/constraint
        const v = ownerVariable(p);
        if (v && kindOf(v) === 'VariableContext') {
          const sym = symbols.find((s) => s.references.includes(v.start.start) || s.definitionPosition === v.start.start);
          isSchemaKey ||= isNodeOrRel(sym);
        }
      }
      const name = unquote(ctx.getText());
      if (isSchemaKey && !keys.has(name)) at(ctx, `unknown property key '${name}': not in the schema's propertyKeys`);
    }
  }
  return problems;
}

// Rewords the analyser's "not present in the database" notices; those about schema names become errors.
function fromDiagnostic(d) {
  let { message } = d;
  let severity = d.severity === 1 ? 'error' : 'warning';
  const param = /^Parameter \$(.+) is not defined\.$/.exec(message);
  if (param) message = `parameter $${unquote(param[1])} is not in the schema's parameters`;
  else if (NOT_IN_DB.test(message)) {
    const head = message.replace(NOT_IN_DB, '');
    const m = /^(Label or relationship type|Label|Relationship type|Function|Procedure) (.+)$/.exec(head);
    const what = m ? m[1].toLowerCase() : 'property key';
    const name = m ? m[2] : head;
    const list = { label: "the schema's labels", 'relationship type': "the schema's relationshipTypes",
      'property key': "the schema's propertyKeys", 'label or relationship type': 'the schema' }[what];
    message = list ? `unknown ${what} '${unquote(name)}': not in ${list}` : `unknown ${what} '${name}': not a Neo4j built-in`;
    severity = 'error';
  }
  const { line, character } = d.range.start;
  return { line: line + 1, column: character + 1, offset: d.offsets.start, severity, message };
}

/** Lints the text of one .cypher file. Returns { statements, problems: [{line, column, severity, message}] }. */
export function lintText(original, schema, dbSchema = toDbSchema(schema)) {
  const { text, used } = substitutePlaceholders(original);
  const position = (offset) => {
    const before = original.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1).length + 1 };
  };
  const problems = [];
  const seenNames = new Set();
  for (const { name, offset } of used) {
    if (schema.placeholders && !schema.placeholders.includes(name))
      problems.push({ ...position(offset), severity: 'error', message: `placeholder {{${name}}} is not in the schema's placeholders` });
    else if (!seenNames.has(name))
      problems.push({ ...position(offset), severity: 'info', message: `placeholder {{${name}}} linted as ${SAMPLE_VALUE}` });
    seenNames.add(name);
  }
  const options = { consoleCommandsEnabled: false }; // the driver runs plain Cypher, not cypher-shell commands
  const { diagnostics, symbolTables } = lintCypherQuery(text, dbSchema, options);
  const found = diagnostics.map(fromDiagnostic);
  const statements = createParsingResult(text, options).statementsParsing;
  const cypher = statements.filter((s) => s.command.type === 'cypher' && s.command.statement.length > 0);
  // An empty file already has a syntax error; the driver runs one statement per call.
  if (cypher.length > 1 || (cypher.length === 0 && !found.some((p) => p.severity === 'error')))
    problems.push({ line: 1, column: 1, severity: 'error', message: `expected exactly one statement per file, found ${cypher.length}` });
  statements.forEach((stmt, i) => {
    if (stmt.cypherVersion && stmt.cypherVersion !== CYPHER_VERSION)
      problems.push({ ...position(stmt.command.start.start), severity: 'error', message: `${stmt.cypherVersion} is not available on Neo4j 5.26; write Cypher 5` });
    for (const p of checkNames(stmt, symbolTables[i] ?? [], schema))
      if (!found.some((f) => f.offset === p.offset && f.severity === 'error')) found.push({ ...p, severity: 'error' });
  });
  problems.push(...found.map(({ offset, ...p }) => p));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { statements: cypher.length, problems };
}

/** All *.cypher files under the given paths (directories recursively), sorted. */
export function collectFiles(paths) {
  const files = [];
  const visit = (p) => {
    if (!statSync(p).isDirectory()) return void files.push(p);
    for (const e of readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) {
      const child = join(p, e);
      if (statSync(child).isDirectory() || e.endsWith('.cypher')) visit(child);
    }
  };
  paths.forEach(visit);
  return [...new Set(files)].sort();
}

/** Lints files; returns { statements, problems: [{file, line, column, severity, message}] }. */
export function lintFiles(files, schema) {
  const dbSchema = toDbSchema(schema);
  let statements = 0;
  const problems = [];
  for (const file of files) {
    const r = lintText(readFileSync(file, 'utf8'), schema, dbSchema);
    statements += r.statements;
    problems.push(...r.problems.map((p) => ({ file, ...p })));
  }
  return { statements, problems };
}

function main(argv) {
  let schemaPath, json = false;
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--schema') schemaPath = argv[++i];
    else if (argv[i] === '--json') json = true;
    else paths.push(argv[i]);
  }
  if (!schemaPath || paths.length === 0) {
    console.error('usage: node tools/cypher-lint/lint.mjs --schema <schema.json> [--json] <dir-or-files...>');
    return 2;
  }
  let schema, files;
  try {
    schema = loadSchema(schemaPath);
    files = collectFiles(paths);
  } catch (e) {
    console.error(`cypher-lint: ${e.message}`);
    return 2;
  }
  const { statements, problems } = lintFiles(files, schema);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary = `${statements} statements checked, ${errors} errors`;
  if (json) {
    console.log(JSON.stringify(problems, null, 2));
    console.error(summary); // stdout stays pure JSON
  } else {
    for (const p of problems) console.log(`${relative('.', p.file) || p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`);
    console.log(summary);
  }
  return errors > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2));
