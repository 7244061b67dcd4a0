// Bundles the front end (ES modules + CSS) into the web app's wwwroot/dist with esbuild.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '../src/PolicyGraph.Web/wwwroot/dist');
// Source maps only when asked for (the Debug build passes --sourcemap): a Release bundle neither has nor names one.
const sourcemap = process.argv.includes('--sourcemap');
// --no-minify keeps function names readable in CPU profiles (tools/web-bench/profile-summary.mjs).
const minify = !process.argv.includes('--no-minify');
if (!sourcemap && existsSync(outdir)) {
  for (const name of readdirSync(outdir, { recursive: true }).filter((file) => file.endsWith('.map'))) rmSync(path.join(outdir, name));
}

// Chunk names carry a content hash: drop the previous build's so stale chunks do not pile up.
rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });

await build({
  entryPoints: { app: path.join(here, 'src/main.js'), 'layout-worker': path.join(here, 'src/graph/layout-worker.js') },
  bundle: true,
  format: 'esm',
  // The Cypher editor is loaded when the console is first used (a dynamic import): its own chunk.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify,
  sourcemap,
  target: ['es2022'],
  outdir,
  logLevel: 'warning',
});

// How this bundle was made, from these flags: the web project rebuilds a bundle whose mode is not the one it wants (so a
// profiling bundle is not shipped unnoticed), and the rendering benchmark prints it.
writeFileSync(path.join(outdir, 'bundle-mode.txt'), `${minify ? 'minify' : 'nominify'} ${sourcemap ? 'sourcemap' : 'nosourcemap'}\n`);
