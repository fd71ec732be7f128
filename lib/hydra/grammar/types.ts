/**
 * What Hydra's override parser produces: typed elements (Python distinguishes int from float
 * and remembers quoting), sweeps, and the override itself.
 */

export interface FloatEl {
  float: number;
}
export interface QuotedEl {
  quoted: string;
  quote: "'" | '"';
}
export interface DictEl {
  dict: [Element, Element][];
}
/** A parsed value: null, bool, int (number), float, string, quoted string, list or dict. */
export type Element = null | boolean | number | string | FloatEl | QuotedEl | DictEl | Element[];

export type Num = number | FloatEl;

export type Sweep =
  | { sweep: 'choice'; items: Element[]; simple: boolean; shuffle: boolean; tags: string[] }
  | { sweep: 'range'; start: Num; stop: Num; step: Num; shuffle: boolean; tags: string[] }
  | { sweep: 'interval'; start: number; end: number; tags: string[] }
  | { sweep: 'glob'; include: string[]; exclude: string[]; tags: string[] };

export type OverrideType = 'change' | 'add' | 'force-add' | 'delete';

export interface Override {
  type: OverrideType;
  /** The config key (`a.b`) or config group (`hydra/launcher`). */
  key: string;
  /** The part after `@`, when there is one (`''` for `group@=x`). */
  package: string | null;
  /** Undefined only for a delete without value (`~key`). */
  value: Element | Sweep | undefined;
  /** The override exactly as the user typed it. */
  input: string;
}

export function isSweep(v: Element | Sweep | undefined): v is Sweep {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'sweep' in v;
}
export function isFloat(v: unknown): v is FloatEl {
  return typeof v === 'object' && v !== null && 'float' in v;
}
export function isQuoted(v: unknown): v is QuotedEl {
  return typeof v === 'object' && v !== null && 'quoted' in v;
}
export function isDictEl(v: unknown): v is DictEl {
  return typeof v === 'object' && v !== null && 'dict' in v;
}
export function numValue(n: Num): number {
  return typeof n === 'number' ? n : n.float;
}

/** The `~`, `+`, `++` prefix and the key, as Hydra writes an override's key element. */
export function keyElement(o: Pick<Override, 'type' | 'key' | 'package'>): string {
  const prefix = o.type === 'delete' ? '~' : o.type === 'add' ? '+' : o.type === 'force-add' ? '++' : '';
  return `${prefix}${o.key}${o.package === null ? '' : `@${o.package}`}`;
}

export function isHydraOverride(o: Pick<Override, 'key'>): boolean {
  return o.key.startsWith('hydra.') || o.key.startsWith('hydra/');
}
