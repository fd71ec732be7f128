#!/usr/bin/env node
// Entry of `npx igm-studio`. Runs a bundle of bin/cli.ts, rebuilt with esbuild whenever the
// sources are newer, so a compose costs one Node start and no TypeScript compilation.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'node_modules', '.cache', 'igm-studio');
const bundle = join(outdir, 'cli.mjs');

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) if (!e.endsWith('.test.ts')) m = Math.max(m, newest(join(path, e)));
  return m;
}

const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newest(join(root, 'lib')), newest(join(root, 'bin')));
if (stale) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'bin', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    // `run` loads tfjs and h5wasm on demand, in their own chunks, so `compose` starts fast.
    splitting: true,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    external: ['h5wasm', '@tensorflow/*'],
    logLevel: 'error',
    // CommonJS dependencies (yaml) call require() for Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
