/**
 * The configuration tree the composer works on: OmegaConf's node model reduced to what YAML
 * configs use. Every node remembers where it came from, so the final config can explain itself.
 */

/** Where a value was written: a file position, a command-line override, or the composer itself. */
export type Origin =
  | { kind: 'file'; file: string; line: number; col: number }
  | { kind: 'override'; override: string }
  | { kind: 'builtin'; what: string };

/** A scalar as OmegaConf holds it. Python tells 1 from 1.0, so floats are flagged. */
export type Scalar = string | number | boolean | null;

export interface ValueNode {
  kind: 'value';
  value: Scalar;
  /** True when `value` is a Python float (1.0, 1e-3, .inf), so it prints as one. */
  float?: boolean;
  origin: Origin;
  /** Earlier values this one replaced during composition, most recent first. */
  replaced?: Replaced[];
  /** Set on resolved values that came from an interpolation: what was written and what it read. */
  interpolated?: { expression: string; source?: Origin; key?: string };
}

export interface DictNode {
  kind: 'dict';
  map: Map<string, ConfigNode>;
  origin: Origin;
  replaced?: Replaced[];
}

export interface ListNode {
  kind: 'list';
  items: ConfigNode[];
  origin: Origin;
  replaced?: Replaced[];
}

export type ConfigNode = ValueNode | DictNode | ListNode;

export interface Replaced {
  origin: Origin;
  /** A short rendering of the replaced value (scalars as written, containers as {…}/[…]). */
  value: string;
}

export const MISSING = '???';

export function isMissing(node: ConfigNode): boolean {
  return node.kind === 'value' && node.value === MISSING;
}

export function isInterpolationString(value: Scalar): value is string {
  return typeof value === 'string' && value.includes('${');
}

export function dict(origin: Origin, entries: Iterable<[string, ConfigNode]> = []): DictNode {
  return { kind: 'dict', map: new Map(entries), origin };
}

export function value(v: Scalar, origin: Origin, float = false): ValueNode {
  return float && typeof v === 'number' ? { kind: 'value', value: v, float: true, origin } : { kind: 'value', value: v, origin };
}

/** Deep copy, keeping origins (they are immutable and shared). */
export function cloneNode<T extends ConfigNode>(node: T): T {
  switch (node.kind) {
    case 'value':
      return { ...node };
    case 'list':
      return { ...node, items: node.items.map(cloneNode) } as T;
    case 'dict':
      return { ...node, map: new Map([...node.map].map(([k, v]) => [k, cloneNode(v)])) } as T;
  }
}

export function describeOrigin(origin: Origin): string {
  switch (origin.kind) {
    case 'file':
      return `${origin.file}:${origin.line}`;
    case 'override':
      return `command line '${origin.override}'`;
    case 'builtin':
      return origin.what;
  }
}
