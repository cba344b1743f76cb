// Lints Cypher with Neo4j's own language support (@neo4j-cypher/language-support: the parser and
// semantic analysis Neo4j's tools use) under Cypher 5 and Cypher 25.
// Input: file paths as arguments (parameters declared by ":param NAME =>" comments, as cypher-shell
// takes them), or on stdin a JSON array of {"name": ..., "text": ..., "parameters": {name: sample value}}.
// Output: one line per diagnostic, "name [CYPHER n] severity line:column: message"; then a summary.
// Exit code: 0 when there is no error and no warning, 1 otherwise, 2 on bad input.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const versions = ['CYPHER 5', 'CYPHER 25'];
const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function readInput() {
  const files = process.argv.slice(2);
  if (files.length > 0)
    return files.map((name) => {
      const text = readFileSync(name, 'utf8');
      const declared = [...text.matchAll(/^\s*\/\/\s*:param\s+(\w+)\s*=>/gm)].map((m) => [m[1], '']);
      return { name, text, parameters: Object.fromEntries(declared) };
    });
  const items = JSON.parse(readFileSync(0, 'utf8'));
  if (!Array.isArray(items)) throw new Error('stdin must hold a JSON array of {name, text}');
  return items;
}

let items;
try {
  items = readInput();
} catch (error) {
  console.error(`cypher-lint: ${error.message}`);
  process.exit(2);
}

let problems = 0;
for (const { name, text, parameters } of items) {
  for (const version of versions) {
    const { diagnostics } = lintCypherQuery(text, { defaultLanguage: version, parameters: parameters ?? {} });
    for (const d of diagnostics) {
      const severity = severities[d.severity] ?? String(d.severity);
      if (severity === 'error' || severity === 'warning') problems++;
      const { line, character } = d.range.start;
      console.log(`${name} [${version}] ${severity} ${line + 1}:${character + 1}: ${d.message.replace(/\s+/g, ' ')}`);
    }
  }
}
console.log(`${items.length} statement(s) or file(s) checked under ${versions.join(' and ')}: ${problems} error(s) or warning(s)`);
process.exit(problems === 0 ? 0 : 1);
