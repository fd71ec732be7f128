#!/usr/bin/env node
// `npm start`: build the studio when the production build is missing or older than the sources,
// then serve it on http://localhost:3000 (PORT overrides).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'workers', 'public', 'package.json', 'package-lock.json', 'next.config.mjs', 'proxy.ts'];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = join('node_modules', 'next', 'dist', 'bin', 'next');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

const buildId = join('.next', 'BUILD_ID');
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (builtAt < Math.max(...SOURCES.map(newestMtime))) {
  console.log(builtAt ? 'Sources changed since the last build: rebuilding…' : 'Building the studio (first start)…');
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}

const port = process.env.PORT ?? '3000';
console.log(`IGM Studio: http://localhost:${port}`);
const server = spawn(process.execPath, [next, 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
