// Summarises a Chrome DevTools .cpuprofile (PG_WEB_BENCH_PROFILE): sampled time by function (self time), with the
// idle share (the page waiting, e.g. on the GPU process or raster) and garbage collection apart.
// Usage: node tools/web-bench/profile-summary.mjs <file.cpuprofile> [top (default 15)]
import { readFileSync } from 'node:fs';

const [file, top = '15'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node profile-summary.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
// Sample i lasted timeDeltas[i + 1] (the delta before the next sample); the last one is not known and counts 0.
const selfMs = new Map();
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
});
const byFunction = new Map();
for (const [id, ms] of selfMs) {
  const frame = byId.get(id).callFrame;
  const where = frame.url ? ` ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '';
  const key = `${frame.functionName || '(anonymous)'}${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
}
const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
console.log(`${file}: ${total.toFixed(0)} ms sampled`);
for (const [name, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${ms.toFixed(0).padStart(8)} ms ${(100 * ms / total).toFixed(1).padStart(5)} %  ${name}`);
}

// Total (self and callees) time under the functions named in PG_PROFILE_TOTALS (comma-separated), e.g. show,build,render.
const wanted = (process.env.PG_PROFILE_TOTALS ?? '').split(',').filter(Boolean);
if (wanted.length) {
  const parentOf = new Map();
  profile.nodes.forEach((node) => (node.children ?? []).forEach((child) => parentOf.set(child, node.id)));
  const totals = new Map(wanted.map((name) => [name, 0]));
  for (const [id, ms] of selfMs) {
    // Each sample counts once per name, however deep the recursion.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      // "render" matches a method as the bundle names it too (CRp$5.render).
      const own = byId.get(at).callFrame.functionName;
      const name = wanted.find((w) => own === w || own.endsWith(`.${w}`));
      if (name && !seen.has(name)) { seen.add(name); totals.set(name, totals.get(name) + ms); }
    }
  }
  for (const [name, ms] of totals) console.log(`${ms.toFixed(0).padStart(8)} ms total under ${name}`);
}
