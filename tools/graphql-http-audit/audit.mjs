// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints one line per audit that is not ok and a summary "N/M audits ok"; exits 1 when any audit is not ok.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:5600/graphql';
const results = await auditServer({ url });
let ok = 0;
for (const result of results) {
  if (result.status === 'ok') { ok++; continue; }
  console.log(`${result.status}: ${result.name}${result.reason ? ` — ${result.reason}` : ''}`);
}
console.log(`${ok}/${results.length} audits ok`);
process.exit(ok === results.length ? 0 : 1);
