/**
 * What the browser benchmarks share: the production build served by `next start` on a local
 * port, and Debian's (or CHROMIUM_PATH's) Chromium launched with WebGPU. Exits with a one-line
 * reason when the build or the browser is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, missingChromium } from '../../e2e/chromium';

export async function startStudio(bench: string, port: number): Promise<{ url: string; browser: Browser; stop: () => Promise<void> }> {
  const root = join(import.meta.dirname, '../..');
  if (!existsSync(join(root, '.next', 'BUILD_ID'))) {
    console.error(`${bench} needs a production build: run \`npm run build\` first.`);
    process.exit(1);
  }
  const missing = missingChromium();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const server = spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100 && !(await fetch(url).then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    stop: async () => {
      await browser.close();
      server.kill();
    },
  };
}
