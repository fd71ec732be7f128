import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--enable-unsafe-webgpu','--no-sandbox','--disable-gpu-sandbox'] });
const p = await b.newPage();
p.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0,300)); });
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:3200/');
await p.waitForSelector('.view-lines', { timeout: 30000 });
await p.getByTestId('overrides.input').fill(process.argv[2]);
await p.waitForTimeout(500);
const t0 = Date.now();
await p.getByTestId('run.start').click();
for (let i = 0; i < 100; i++) {
  await p.waitForTimeout(2000);
  const st = await p.getByTestId('run.view').getAttribute('data-run-status', { timeout: 1000 }).catch(() => null);
  const fr = await p.getByTestId('run.view').getAttribute('data-frames-received', { timeout: 1000 }).catch(() => null);
  const prog = await p.getByTestId('run.progress').innerText({ timeout: 1000 }).catch(() => '');
  console.log(((Date.now()-t0)/1000).toFixed(0), st, fr, prog);
  if (st === 'finished' || st === 'failed' || st === 'cancelled') break;
}
console.log(await p.getByTestId('run.error').innerText({ timeout: 1000 }).catch(() => 'no error'));
await p.screenshot({ path: '/tmp/run.png' });
await b.close();
