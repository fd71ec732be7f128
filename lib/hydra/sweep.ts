/**
 * Hydra's basic sweeper: each discrete sweep becomes a list of `key=value` strings, plain
 * overrides a list of one, later overrides of the same key take the earlier one's place, and
 * the jobs are the cartesian product in that order (the first override varies slowest).
 */
import { fail } from './errors';
import { floatRange, PyRandom } from './python';
import { elementToString } from './grammar/to-string';
import { isFloat, isSweep, keyElement, numValue, type Element, type Override, type Sweep } from './grammar/types';

export interface SweepOptions {
  /** Options of a config group, for glob(). */
  groupOptions: (group: string) => string[];
  /** Python's random state for shuffle(); seeded by the caller for reproducible sweeps. */
  random?: PyRandom;
}

export function sweepValues(o: Override, sweep: Sweep, options: SweepOptions): string[] {
  switch (sweep.sweep) {
    case 'choice': {
      const items = sweep.shuffle ? shuffled(sweep.items, options) : sweep.items;
      return items.map(elementToString);
    }
    case 'range': {
      const floats = isFloat(sweep.start) || isFloat(sweep.stop) || isFloat(sweep.step);
      let values: Element[];
      if (floats) values = floatRange(numValue(sweep.start), numValue(sweep.stop), numValue(sweep.step)).map((f) => ({ float: f }));
      else values = intRange(sweep.start as number, sweep.stop as number, sweep.step as number);
      if (sweep.shuffle) values = shuffled(values, options);
      return values.map(elementToString);
    }
    case 'glob':
      return options.groupOptions(o.key).filter((name) => sweep.include.some((g) => fnmatch(name, g)) && !sweep.exclude.some((g) => fnmatch(name, g)));
    case 'interval':
      return fail({ code: 'sweep', message: 'BasicSweeper does not support sweep type : INTERVAL_SWEEP', override: o.input });
  }
}

function shuffled<T>(items: readonly T[], options: SweepOptions): T[] {
  return (options.random ?? new PyRandom(Date.now())).shuffle(items);
}

function intRange(start: number, stop: number, step: number): number[] {
  if (step === 0) fail({ code: 'sweep', message: 'ValueError: range() arg 3 must not be zero' });
  const out: number[] = [];
  for (let v = start; step > 0 ? v < stop : v > stop; v += step) {
    out.push(v);
    if (out.length > 1_000_000) fail({ code: 'sweep', message: 'range() would produce more than a million values' });
  }
  return out;
}

/** Python's fnmatch (case-sensitive, as on POSIX). */
export function fnmatch(name: string, pattern: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replaceAll('\\', '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's').test(name);
}

/** The jobs of a multirun: each job's override strings, in Hydra's order. */
export function expandSweeps(overrides: Override[], options: SweepOptions): string[][] {
  const lists = new Map<string, string[]>();
  for (const o of overrides) {
    const key = keyElement(o);
    if (isSweep(o.value)) lists.set(key, sweepValues(o, o.value, options).map((v) => `${key}=${v}`));
    else lists.set(key, [`${key}=${o.value === undefined ? 'null' : elementToString(o.value)}`]);
  }
  let jobs: string[][] = [[]];
  for (const values of lists.values()) jobs = jobs.flatMap((job) => values.map((v) => [...job, v]));
  return jobs;
}
