/**
 * Which files an experiment folder holds, in IGM's layout: `experiment/<name>.yaml`,
 * `user/conf/{inputs,processes,outputs}/<name>.yaml` (the user's module configs) and binary
 * `data/<name>` files (NetCDF inputs). Everything that crosses a boundary (share links, zips,
 * uploads) is checked against these rules, so a payload cannot name `../x` or `/etc/passwd`.
 */
import { err, ok, type Result } from '../result';

export type FileKind = 'experiment' | 'user-conf' | 'data';

export interface PathInfo {
  kind: FileKind;
  /** `params` for experiment/params.yaml, `mysmb` for user/conf/processes/mysmb.yaml. */
  name: string;
  /** The IGM group of a user module config. */
  group?: 'inputs' | 'processes' | 'outputs';
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,79}$/;
const USER_GROUPS = ['inputs', 'processes', 'outputs'] as const;

function nameOk(name: string): boolean {
  return NAME.test(name) && !name.includes('..');
}

/** What a path is, or why it is not a file of an experiment folder. */
export function classifyPath(path: string): Result<PathInfo, string> {
  const parts = path.split('/');
  const bad = (why: string) => err(`'${path.slice(0, 120)}' ${why}`);
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return bad('is not a plain relative path');
  if (parts[0] === 'experiment' && parts.length === 2) {
    const m = /^(.+)\.yaml$/.exec(parts[1]!);
    if (!m || !nameOk(m[1]!)) return bad('must be experiment/<name>.yaml (letters, digits, _ . -)');
    return ok({ kind: 'experiment', name: m[1]! });
  }
  if (parts[0] === 'user' && parts[1] === 'conf' && parts.length === 4) {
    const group = parts[2] as (typeof USER_GROUPS)[number];
    const m = /^(.+)\.yaml$/.exec(parts[3]!);
    if (!USER_GROUPS.includes(group)) return bad('must be in user/conf/inputs, user/conf/processes or user/conf/outputs');
    if (!m || !nameOk(m[1]!)) return bad(`must be user/conf/${group}/<name>.yaml`);
    return ok({ kind: 'user-conf', name: m[1]!, group });
  }
  if (parts[0] === 'data' && parts.length === 2) {
    if (!nameOk(parts[1]!)) return bad('must be data/<name> (letters, digits, _ . -)');
    return ok({ kind: 'data', name: parts[1]! });
  }
  return bad('is outside the experiment layout (experiment/, user/conf/{inputs,processes,outputs}/, data/)');
}

export function isTextPath(path: string): boolean {
  const info = classifyPath(path);
  return info.ok && info.value.kind !== 'data';
}

/** Files in the order a file tree shows them: experiment, user modules, data; by name inside. */
export function sortPaths(paths: Iterable<string>): string[] {
  const rank = (p: string) => (p.startsWith('experiment/') ? 0 : p.startsWith('user/') ? 1 : 2);
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
