// Kuzu's side of `policygraph bench-kuzu`: loads a graph written by KuzuCsvExport and times queries on it.
//
//   node kuzu-bench.mjs load --layout DIR --db DIR           runs DIR/load.json (CREATE TABLE, COPY FROM) into a new database
//   node kuzu-bench.mjs run --db DIR --queries FILE --reps N --out FILE
//                           [--warmup-runs N --warmup-ms MS --warmup-budget-ms MS]
//                                                            opens the database in this fresh process, times each query
//
// Warm-up: at least --warmup-runs runs and --warmup-ms, at most --warmup-budget-ms once one run is done; bench-kuzu
// passes our engine's own warm-up policy so both sides warm up alike. A timed run is execute + getAll (the rows as
// Kuzu hands them over); turning the rows into JSON for the comparison happens after the clock stops, once.
//
// Both print one JSON object on stdout. The database runs with Kuzu's defaults: a connection uses as many threads
// as the machine has cores (the figure is read back with current_setting('threads') and reported).
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import kuzu from "kuzu";

// Used when bench-kuzu does not pass them; equal to our engine's default (WarmupPolicy.Default).
const DEFAULT_WARMUP = { runs: 50, ms: 200, budgetMs: 10_000 };

function parseArgs(argv) {
  const [mode, ...rest] = argv;
  const options = {};
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith("--") || rest[i + 1] === undefined) throw new Error(`expected --name value, found '${rest[i]}'`);
    options[rest[i].slice(2)] = rest[i + 1];
  }
  return { mode, options };
}

function required(options, name) {
  if (options[name] === undefined) throw new Error(`--${name} is required`);
  return options[name];
}

// Resident and peak resident memory as Linux reports them (VmRSS, VmHWM), and VmRSS split into anonymous and
// file-backed pages (RssAnon, RssFile; null where the kernel does not print them), in bytes.
function residentMemory() {
  const status = fs.readFileSync("/proc/self/status", "utf8");
  const kilobytes = (key) => {
    const match = status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) * 1024 : null;
  };
  return {
    residentBytes: kilobytes("VmRSS") ?? 0,
    peakResidentBytes: kilobytes("VmHWM") ?? 0,
    anonymousBytes: kilobytes("RssAnon"),
    fileBytes: kilobytes("RssFile"),
  };
}

async function load(options) {
  const layout = required(options, "layout");
  const { statements } = JSON.parse(fs.readFileSync(`${layout}/load.json`, "utf8"));
  const started = performance.now();
  const db = new kuzu.Database(required(options, "db"));
  const conn = new kuzu.Connection(db);
  for (const statement of statements) {
    try {
      await conn.query(statement);
    } catch (error) {
      throw new Error(`${layout}/load.json: ${statement}: ${error.message}`);
    }
  }
  const loadMs = performance.now() - started;
  await conn.close();
  await db.close();
  return { loadMs, ...residentMemory() };
}

// Each value as JSON: Kuzu gives INT64 as a number (or a BigInt past 2^53), strings and lists as they are.
function toJson(value) {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(toJson);
  return value;
}

// One timed run: the query and fetching all its rows; the result object is kept for conversion after timing.
async function runOnce(conn, prepared, params) {
  const result = await conn.execute(prepared, params);
  const rows = await result.getAll();
  return { result, rows };
}

async function toReport({ result, rows }) {
  const columns = await result.getColumnNames();
  result.close();
  return { columns, rows: rows.map((row) => columns.map((c) => toJson(row[c]))) };
}

function warmupOptions(options) {
  const number = (name, fallback) => {
    const value = Number(options[name] ?? fallback);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0, found '${options[name]}'`);
    return value;
  };
  return {
    runs: number("warmup-runs", DEFAULT_WARMUP.runs),
    ms: number("warmup-ms", DEFAULT_WARMUP.ms),
    budgetMs: number("warmup-budget-ms", DEFAULT_WARMUP.budgetMs),
  };
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function measure(conn, query, reps, warmup) {
  const prepared = await conn.prepare(query.cypher);
  if (!prepared.isSuccess()) return { name: query.name, error: prepared.getErrorMessage() };
  const params = query.params ?? {};
  let last;
  let warmupRuns = 0;
  const warmupStart = performance.now();
  for (;;) {
    const elapsed = performance.now() - warmupStart;
    if (warmupRuns > 0 && elapsed >= warmup.budgetMs) break;
    if (warmupRuns >= warmup.runs && elapsed >= warmup.ms) break;
    last?.result.close();
    last = await runOnce(conn, prepared, params);
    warmupRuns++;
  }
  const samples = [];
  for (let i = 0; i < reps; i++) {
    last?.result.close();
    const started = performance.now();
    last = await runOnce(conn, prepared, params);
    samples.push(performance.now() - started);
  }
  return { name: query.name, warmupRuns, medianMs: median(samples), ...(await toReport(last)) };
}

async function run(options) {
  const queries = JSON.parse(fs.readFileSync(required(options, "queries"), "utf8"));
  const reps = Number(options.reps ?? 10);
  const warmup = warmupOptions(options);
  const started = performance.now();
  const db = new kuzu.Database(required(options, "db"));
  const conn = new kuzu.Connection(db);
  await (await conn.query("MATCH (n) RETURN count(n)")).getAll();
  const openMs = performance.now() - started;
  const afterOpen = residentMemory();
  const threads = (await (await conn.query("CALL current_setting('threads') RETURN *")).getAll())[0];
  const measured = [];
  for (const query of queries) {
    try {
      measured.push(await measure(conn, query, reps, warmup));
    } catch (error) {
      measured.push({ name: query.name, error: String(error.message ?? error) });
    }
    process.stderr.write(`kuzu: ${query.name} done\n`);
  }
  const result = {
    engine: `kuzu ${kuzu.VERSION ?? ""}`.trim(),
    threads: Number(Object.values(threads)[0]),
    openMs,
    residentAfterOpenBytes: afterOpen.residentBytes,
    anonymousAfterOpenBytes: afterOpen.anonymousBytes,
    fileAfterOpenBytes: afterOpen.fileBytes,
    ...residentMemory(),
    queries: measured,
  };
  fs.writeFileSync(required(options, "out"), JSON.stringify(result));
  await conn.close();
  await db.close();
  return { openMs, threads: result.threads };
}

const { mode, options } = parseArgs(process.argv.slice(2));
try {
  const report = mode === "load" ? await load(options) : mode === "run" ? await run(options) : null;
  if (report === null) throw new Error(`unknown mode '${mode}': use 'load' or 'run'`);
  process.stdout.write(JSON.stringify(report) + "\n");
} catch (error) {
  process.stderr.write(`kuzu-bench: ${error.message}\n`);
  process.exit(1);
}
