// Bundles the front end (ES modules + CSS) into the web app's wwwroot/dist with esbuild.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '../src/PolicyGraph.Web/wwwroot/dist');

await build({
  entryPoints: { app: path.join(here, 'src/main.js') },
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  outdir,
  logLevel: 'warning',
});
