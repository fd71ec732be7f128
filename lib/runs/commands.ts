/**
 * The commands that run a studio experiment with real IGM: one run, or a sweep on a Slurm
 * cluster through Hydra's submitit launcher (`hydra-submitit-launcher`), with the same override
 * words the studio composed, so the jobs are the same jobs.
 */
import { joinCommandLine } from '../workspace/command-line';

export function igmRunCommand(experiment: string, overrides: readonly string[]): string {
  return joinCommandLine(['igm_run', `+experiment=${experiment}`, ...overrides]);
}

export interface SlurmOptions {
  partition?: string;
  timeoutMin?: number;
  gpusPerNode?: number;
  cpusPerTask?: number;
  memGb?: number;
}

export function slurmSweepCommand(experiment: string, overrides: readonly string[], o: SlurmOptions = {}): string {
  const launcher = [
    'hydra/launcher=submitit_slurm',
    `hydra.launcher.timeout_min=${o.timeoutMin ?? 240}`,
    `hydra.launcher.gpus_per_node=${o.gpusPerNode ?? 1}`,
    `hydra.launcher.cpus_per_task=${o.cpusPerTask ?? 4}`,
    `hydra.launcher.mem_gb=${o.memGb ?? 16}`,
    ...(o.partition ? [`hydra.launcher.partition=${o.partition}`] : []),
  ];
  return joinCommandLine(['igm_run', '-m', `+experiment=${experiment}`, ...overrides, ...launcher]);
}

/**
 * A sweep's override words back from its jobs' overrides (in job order): each key once, with its
 * values in first-seen order joined by commas — Hydra's sweep syntax, giving the same jobs.
 */
export function sweepOverrides(jobs: readonly (readonly string[])[]): string[] {
  const values = new Map<string, string[]>();
  for (const overrides of jobs)
    for (const o of overrides) {
      const at = o.indexOf('=');
      const [key, value] = [o.slice(0, at), o.slice(at + 1)];
      let seen = values.get(key);
      if (!seen) values.set(key, (seen = []));
      if (!seen.includes(value)) seen.push(value);
    }
  return [...values].map(([k, v]) => `${k}=${v.join(',')}`);
}

/** The time series as CSV, the columns IGM's write_ts and the studio's frames give. */
export function seriesCsv(rows: readonly { t: number; volKm3: number; areaKm2: number; maxSpeed?: number }[]): string {
  return ['time,vol_km3,area_km2,max_speed_m_per_a', ...rows.map((r) => [r.t, r.volKm3, r.areaKm2, r.maxSpeed ?? ''].join(','))].join('\n') + '\n';
}
