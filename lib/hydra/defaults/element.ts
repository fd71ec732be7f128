/**
 * Entries of a defaults list, with Hydra 1.3's rules for their group path, config path, package
 * and override key. A `ConfigDefault` names one config (`db/mysql`, `_self_`); a `GroupDefault`
 * picks an option of a group (`db: mysql`, `override /inputs: [local]`).
 */
import type { Origin } from '../node';

interface Common {
  package: string | null;
  parentBaseDir: string | null;
  parentPackage: string | null;
  packageHeader: string | null;
  primary: boolean;
  deleted: boolean;
  /** Where the entry was written, for messages and the defaults tree view. */
  origin?: Origin;
}

export interface ConfigDefault extends Common {
  kind: 'config';
  path: string;
  optional: boolean;
}

export interface GroupDefault extends Common {
  kind: 'group';
  group: string;
  value: string | string[] | null;
  optional: boolean;
  override: boolean;
  externalAppend: boolean;
  configNameOverridden: boolean;
}

export interface VirtualRoot extends Common {
  kind: 'virtual';
}

export type InputDefault = ConfigDefault | GroupDefault;
export type AnyDefault = InputDefault | VirtualRoot;

const common = (pkg: string | null, primary = false): Common => ({
  package: pkg === '_here_' ? '' : pkg,
  parentBaseDir: null,
  parentPackage: null,
  packageHeader: null,
  primary,
  deleted: false,
});

export function configDefault(path: string, pkg: string | null = null, opts: { optional?: boolean; primary?: boolean; origin?: Origin } = {}): ConfigDefault {
  return { kind: 'config', path, optional: opts.optional ?? false, ...common(pkg, opts.primary), ...(opts.origin ? { origin: opts.origin } : {}) };
}

export function groupDefault(
  group: string,
  value: string | string[] | null,
  opts: { package?: string | null; optional?: boolean; override?: boolean; externalAppend?: boolean; origin?: Origin } = {},
): GroupDefault {
  return {
    kind: 'group',
    group,
    value,
    optional: opts.optional ?? false,
    override: opts.override ?? false,
    externalAppend: opts.externalAppend ?? false,
    configNameOverridden: false,
    ...common(opts.package ?? null),
    ...(opts.origin ? { origin: opts.origin } : {}),
  };
}

export const isSelf = (d: AnyDefault): boolean =>
  (d.kind === 'config' && d.path === '_self_') || (d.kind === 'group' && d.value === '_self_');

export const isOverride = (d: AnyDefault) => d.kind === 'group' && d.override;

export function updateParent(d: AnyDefault, baseDir: string, parentPackage: string): void {
  d.parentBaseDir = baseDir;
  d.parentPackage = parentPackage;
  if (d.kind !== 'virtual' && d.package !== null && d.package.includes('_group_')) {
    d.package = `_global_.${d.package.replace('_group_', defaultPackage(d))}`;
  }
}

function splitAbs(p: string): [string, boolean] {
  return p.startsWith('/') ? [p.slice(1), true] : [p, false];
}

export function groupPath(d: InputDefault): string {
  const base = d.parentBaseDir ?? '';
  if (d.kind === 'config') {
    const [path, absolute] = splitAbs(d.path);
    const idx = path.lastIndexOf('/');
    const group = idx === -1 ? '' : path.slice(0, idx);
    if (absolute || base === '') return group;
    return group === '' ? base : `${base}/${group}`;
  }
  const [group, absolute] = splitAbs(d.group);
  return absolute || base === '' ? group : `${base}/${group}`;
}

export function configName(d: InputDefault): string | null {
  if (d.kind === 'config') {
    const idx = d.path.lastIndexOf('/');
    return idx === -1 ? d.path : d.path.slice(idx + 1);
  }
  return typeof d.value === 'string' || d.value === null ? d.value : null;
}

export function configPath(d: AnyDefault): string {
  if (d.kind === 'virtual') return '<root>';
  if (d.kind === 'config') {
    const [path, absolute] = splitAbs(d.path);
    const base = d.parentBaseDir ?? '';
    return absolute || base === '' ? path : `${base}/${path}`;
  }
  return `${groupPath(d)}/${configName(d)}`;
}

export function defaultPackage(d: InputDefault): string {
  return groupPath(d).replaceAll('/', '.');
}

function relativeGroupPath(d: InputDefault): string {
  if (d.kind === 'config') {
    const [path] = splitAbs(d.path);
    const idx = path.lastIndexOf('/');
    return idx === -1 ? '' : path.slice(0, idx);
  }
  return splitAbs(d.group)[0];
}

export function getPackage(d: InputDefault, defaultToHeader = true): string | null {
  return d.package === null && defaultToHeader ? d.packageHeader : d.package;
}

export function finalPackage(d: InputDefault, defaultToHeader = true): string {
  const parent = d.parentPackage ?? '';
  const pkg = getPackage(d, defaultToHeader) ?? relativeGroupPath(d).replaceAll('/', '.');
  const joined = parent === '' ? pkg : pkg === '' ? parent : `${parent}.${pkg}`;
  const g = joined.lastIndexOf('_global_');
  return g === -1 ? joined : joined.slice(g + '_global_'.length + 1);
}

export function setPackageHeader(d: InputDefault, header: string | null): void {
  if (header === null) return;
  d.packageHeader = header === '_global_' || header.startsWith('_global_.') ? header : header === '' ? '_global_' : `_global_.${header}`;
}

export function overrideKey(d: InputDefault): string {
  const def = defaultPackage(d);
  let fin = finalPackage(d, false);
  const key = groupPath(d);
  if (def !== fin) {
    if (fin === '') fin = '_global_';
    return `${key}@${fin}`;
  }
  return key;
}

export function relativeOverrideKey(d: GroupDefault): string {
  const def = defaultPackage(d);
  return def !== getPackage(d) && d.package !== null ? `${d.group}@${d.package}` : d.group;
}

export function isMissingChoice(d: InputDefault): boolean {
  return configName(d) === '???';
}

export function isInterpolated(d: InputDefault): boolean {
  const text = d.kind === 'config' ? configPath(d) : typeof d.value === 'string' ? d.value : null;
  return text !== null && /\$\{/.test(text);
}

export function describeDefault(d: InputDefault): string {
  if (d.kind === 'config') return d.path;
  const v = Array.isArray(d.value) ? `[${d.value.join(', ')}]` : String(d.value);
  return `${d.override ? 'override ' : ''}${d.optional ? 'optional ' : ''}${d.group}${d.package !== null ? `@${d.package}` : ''}: ${v}`;
}
