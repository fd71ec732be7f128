/**
 * Composer benchmark: warm, in-process compose of IGM's aletsch-basic experiment with two
 * command-line overrides (what `igm_run +experiment=params a=.. b=..` composes). Prints the
 * median over many runs and its ratio to real Hydra's ~55 ms for the same compose here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { composeExperiment } from '../../lib/igm';
import { memoryFiles } from '../../lib/hydra';
import { readFileSync, readdirSync } from 'node:fs';

const HYDRA_MS = 55;
const dir = join(import.meta.dirname, '../../../shared/igm/examples/aletsch-basic');
if (!existsSync(dir)) {
  console.error(`bench:compose needs ${dir} (IGM's examples beside the project)`);
  process.exit(1);
}
// In memory, as in the browser: file reads are not what is measured.
const files: Record<string, string> = {};
for (const f of readdirSync(join(dir, 'experiment'))) files[`experiment/${f}`] = readFileSync(join(dir, 'experiment', f), 'utf8');
const experiment = memoryFiles(files);

const run = () => {
  const r = composeExperiment({ experiment, experimentName: 'params', overrides: ['processes.time.end=2050', 'processes.iceflow.physics.init_slidingco=0.03'], cwd: dir });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
for (let i = 0; i < 50; i++) run();
const times: number[] = [];
for (let i = 0; i < 500; i++) {
  const t = performance.now();
  run();
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const p90 = times[Math.floor(times.length * 0.9)]!;
console.log(`compose aletsch-basic + 2 overrides (warm, in-process): median ${median.toFixed(3)} ms, p90 ${p90.toFixed(3)} ms over ${times.length} runs`);
console.log(`ratio to Hydra (${HYDRA_MS} ms here): ${(HYDRA_MS / median).toFixed(0)}x faster`);
