// Lints every .cypher file under the given folders with Neo4j's own Cypher language support.
// A file holds statements separated by lines that end with ';'. Any error or warning fails the run
// (deprecations are warnings); unset $parameters are expected in parameterised scripts and are ignored.
// Usage: node tools/cypher-lint/lint.mjs cypher/ [more folders or files]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function cypherFiles(path) {
  if (statSync(path).isFile()) return path.endsWith('.cypher') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => cypherFiles(join(path, name)));
}

/** Splits a script into statements; each keeps the 0-based line it starts on. */
export function splitStatements(text) {
  const statements = [];
  let current = [];
  let startLine = 0;
  text.split(/\r?\n/).forEach((line, index) => {
    if (current.length === 0) startLine = index;
    current.push(line);
    if (line.trimEnd().endsWith(';')) {
      statements.push({ startLine, text: current.join('\n') });
      current = [];
    }
  });
  if (current.length > 0) statements.push({ startLine, text: current.join('\n') });
  return statements.filter((s) => hasCode(s.text));
}

function hasCode(statement) {
  return statement
    .split('\n')
    .some((line) => line.trim() !== '' && line.trim() !== ';' && !line.trim().startsWith('//'));
}

function lintFile(file) {
  const findings = [];
  for (const statement of splitStatements(readFileSync(file, 'utf8'))) {
    const { diagnostics } = lintCypherQuery(statement.text, {});
    for (const d of diagnostics.filter(isNotParamError)) {
      if (d.severity !== 1 && d.severity !== 2) continue;
      const line = statement.startLine + d.range.start.line + 1;
      const column = d.range.start.character + 1;
      findings.push(`${file}:${line}:${column}: ${SEVERITY[d.severity]}: ${d.message}`);
    }
  }
  return findings;
}

function main(args) {
  if (args.length === 0) {
    console.error('usage: node lint.mjs <folder-or-file> [...]');
    return 2;
  }
  const files = args.flatMap(cypherFiles);
  const findings = files.flatMap((file) => lintFile(relative(process.cwd(), file) || file));
  findings.forEach((f) => console.log(f));
  console.log(`cypher-lint: ${files.length} file(s), ${findings.length} finding(s)`);
  return findings.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
