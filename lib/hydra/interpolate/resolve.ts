/**
 * Resolves interpolations the way OmegaConf does when a config is printed with resolve=True:
 * `${a.b}` from the root, `${.x}` from the enclosing node, a lone interpolation keeps the
 * target's type, a string with several parts becomes Python's str() of each part, and resolver
 * calls (`${oc.env:HOME}`) go through a registry. Returns a resolved copy; input is unchanged.
 */
import { fail, ConfigException } from '../errors';
import { cloneNode, isInterpolationString, MISSING, type ConfigNode, type DictNode, type Origin, type Scalar, type ValueNode } from '../node';
import { pyStr } from '../python';
import { parseText, type Arg, type Interpolation, type Part } from './parse';

export type Container = Extract<ConfigNode, { kind: 'dict' | 'list' }>;

/** A node together with the containers above it (root first): what relative paths need. */
export interface Located {
  node: ConfigNode;
  ancestors: Container[];
  path: string[];
}

export interface ResolverContext {
  root: DictNode;
  /** The container holding the value being resolved. */
  parent: Located;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  select: (key: string, from: Located) => Located | undefined;
  /** Parses a string as a single element of the grammar (oc.decode). */
  decode: (text: string) => ConfigNode;
}

export type ResolverResult = Scalar | ConfigNode;
export type Resolver = (args: ResolvedArg[], ctx: ResolverContext) => ResolverResult;
export type ResolvedArg = Scalar | ConfigNode;

export interface ResolveOptions {
  resolvers: ReadonlyMap<string, Resolver>;
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
}

const parseCache = new Map<string, Part[]>();
function parsed(text: string): Part[] {
  let parts = parseCache.get(text);
  if (!parts) {
    parts = parseText(text);
    if (parseCache.size > 5000) parseCache.clear();
    parseCache.set(text, parts);
  }
  return parts;
}

export function childOf(container: Container, key: string): ConfigNode | undefined {
  if (container.kind === 'dict') return container.map.get(key);
  if (!/^-?\d+$/.test(key)) return undefined;
  const i = Number(key);
  return container.items[i < 0 ? container.items.length + i : i];
}

export function selectFrom(root: DictNode, key: string, from?: Located): Located | undefined {
  let up = 0;
  while (key[up] === '.') up++;
  const segments = key
    .slice(up)
    .replace(/\[([^\]]*)\]/g, '.$1')
    .split('.')
    .filter((s) => s.length > 0);
  return walk(root, up, segments, from);
}

function walk(root: DictNode, up: number, keys: string[], from?: Located): Located | undefined {
  let current: Located;
  if (up === 0 || !from) current = { node: root, ancestors: [], path: [] };
  else {
    // `from` is the container holding the interpolation; each extra dot climbs one level.
    const chain = [...from.ancestors, from.node as Container];
    const idx = chain.length - up;
    if (idx < 0) return undefined;
    current = { node: chain[idx]!, ancestors: chain.slice(0, idx), path: from.path.slice(0, from.path.length - (up - 1)) };
  }
  for (const key of keys) {
    const node = current.node;
    if (node.kind === 'value') return undefined;
    const child = childOf(node, key);
    if (!child) return undefined;
    current = { node: child, ancestors: [...current.ancestors, node], path: [...current.path, key] };
  }
  return current;
}

class Resolution {
  private active = new Set<ConfigNode>();
  constructor(
    private root: DictNode,
    private options: ResolveOptions,
  ) {}

  /** A resolved deep copy of a container. */
  container(loc: Located): Container {
    const node = loc.node as Container;
    const ancestors = [...loc.ancestors, node];
    if (node.kind === 'dict') {
      const out: DictNode = { ...node, map: new Map() };
      for (const [k, child] of node.map) out.map.set(k, this.any({ node: child, ancestors, path: [...loc.path, k] }));
      return out;
    }
    return { ...node, items: node.items.map((child, i) => this.any({ node: child, ancestors, path: [...loc.path, String(i)] })) };
  }

  any(loc: Located): ConfigNode {
    const node = loc.node;
    if (node.kind !== 'value') return this.container(loc);
    if (!isInterpolationString(node.value)) return { ...node };
    const result = this.value(loc);
    if (result.kind !== 'value') return result;
    return result;
  }

  /** Resolves a value node that holds an interpolation string. */
  private value(loc: Located): ConfigNode {
    const node = loc.node as ValueNode;
    const text = node.value as string;
    if (this.active.has(node)) {
      fail({ code: 'interpolation', message: `Circular interpolation: '${loc.path.join('.')}' depends on itself through '${text}'`, key: loc.path.join('.') });
    }
    this.active.add(node);
    try {
      const parent: Located = {
        node: loc.ancestors.at(-1) ?? this.root,
        ancestors: loc.ancestors.slice(0, -1),
        path: loc.path.slice(0, -1),
      };
      const parts = parsed(text);
      if (parts.length === 1 && typeof parts[0] !== 'string') {
        const single = this.interpolation(parts[0]!, parent, loc);
        if ('located' in single) {
          const target = single.located;
          const resolved = this.any(target);
          if (resolved.kind === 'value') {
            return {
              kind: 'value',
              value: resolved.value,
              ...(resolved.float ? { float: true } : {}),
              origin: node.origin,
              ...(node.replaced ? { replaced: node.replaced } : {}),
              interpolated: { expression: text, source: resolved.interpolated?.source ?? resolved.origin, key: target.path.join('.') },
            };
          }
          return resolved;
        }
        if (typeof single.value === 'object' && single.value !== null) return single.value;
        return { kind: 'value', value: single.value, ...(single.float ? { float: true } : {}), origin: node.origin, interpolated: { expression: text } };
      }
      const str = parts.map((p) => (typeof p === 'string' ? p : this.stringOf(this.interpolation(p, parent, loc)))).join('');
      return { kind: 'value', value: str, origin: node.origin, interpolated: { expression: text } };
    } catch (e) {
      if (e instanceof ConfigException && e.error.code === 'interpolation' && !e.error.key) {
        fail({ ...e.error, key: loc.path.join('.'), message: `${e.error.message} (in '${loc.path.join('.')}: ${text}')` });
      }
      throw e;
    } finally {
      this.active.delete(node);
    }
  }

  private stringOf(r: { located: Located } | { value: ResolverResult; float?: boolean }): string {
    if ('located' in r) return pyRepr(this.any(r.located), true);
    const v = r.value;
    if (v !== null && typeof v === 'object') return pyRepr(this.any({ node: v, ancestors: [], path: [] }), true);
    return pyStr(v, r.float);
  }

  private interpolation(
    interp: Interpolation,
    parent: Located,
    at: Located,
  ): { located: Located } | { value: ResolverResult; float?: boolean } {
    if (interp.kind === 'node') {
      const keys = interp.keys.map((k) => (typeof k === 'string' ? k : this.keyString(k, parent, at)));
      const located = walk(this.root, interp.up, keys, parent);
      const shown = '.'.repeat(interp.up) + keys.join('.');
      if (!located) fail({ code: 'interpolation', message: `Interpolation key '${shown}' not found` });
      if (located.node.kind === 'value' && located.node.value === MISSING) {
        fail({ code: 'interpolation', message: `Interpolation to a missing value: '${shown}' is ??? (mandatory)` });
      }
      return { located };
    }
    const name = interp.name.map((n) => (typeof n === 'string' ? n : this.keyString(n, parent, at))).join('.');
    const resolver = this.options.resolvers.get(name);
    if (!resolver) fail({ code: 'interpolation', message: `Unsupported interpolation type ${name}` });
    const args = interp.args.map((a) => this.arg(a, parent, at));
    const ctx: ResolverContext = {
      root: this.root,
      parent,
      env: this.options.env ?? {},
      cwd: this.options.cwd ?? '/',
      select: (key, from) => selectFrom(this.root, key, from),
      decode: (text) => decodeElement(text),
    };
    let result: ResolverResult;
    try {
      result = resolver(args, ctx);
    } catch (e) {
      if (e instanceof ConfigException) throw e;
      fail({ code: 'interpolation', message: `${name}: ${e instanceof Error ? e.message : String(e)}` });
    }
    if (result !== null && typeof result === 'object') {
      if (result.kind === 'value') return { value: result.value, float: result.float };
      return { value: cloneNode(result) };
    }
    return { value: result, float: typeof result === 'number' && !Number.isInteger(result) };
  }

  private keyString(interp: Interpolation, parent: Located, at: Located): string {
    const r = this.interpolation(interp, parent, at);
    const v = 'located' in r ? this.any(r.located) : r.value;
    const s = v !== null && typeof v === 'object' ? (v.kind === 'value' ? v.value : null) : v;
    if (typeof s !== 'string') fail({ code: 'interpolation', message: 'An interpolation used as a key or resolver name must give a string' });
    return s;
  }

  private arg(arg: Arg, parent: Located, at: Located): ResolvedArg {
    switch (arg.kind) {
      case 'scalar':
        return arg.float ? { kind: 'value', value: arg.value, float: true, origin: BUILTIN } : arg.value;
      case 'interp': {
        const r = this.interpolation(arg.interp, parent, at);
        if ('located' in r) return this.any(r.located);
        return r.value;
      }
      case 'concat':
        return arg.parts.map((p) => (typeof p === 'string' ? p : this.stringOf(this.interpolation(p, parent, at)))).join('');
      case 'list':
        return { kind: 'list', origin: BUILTIN, items: arg.items.map((a) => asNode(this.arg(a, parent, at))) };
      case 'dict': {
        const map = new Map<string, ConfigNode>();
        for (const [k, v] of arg.entries) {
          const key = this.arg(k, parent, at);
          map.set(String(key !== null && typeof key === 'object' ? (key.kind === 'value' ? key.value : '') : key), asNode(this.arg(v, parent, at)));
        }
        return { kind: 'dict', origin: BUILTIN, map };
      }
    }
  }
}

const BUILTIN: Origin = { kind: 'builtin', what: 'resolver argument' };

export function asNode(v: ResolvedArg): ConfigNode {
  if (v !== null && typeof v === 'object') return v;
  return { kind: 'value', value: v, origin: BUILTIN };
}

/** `oc.decode`: a string read as one element of the grammar (typed scalar, list or dict). */
export function decodeElement(text: string): ConfigNode {
  const parts = parseText(`\${oc.__decode__:${text}}`);
  const only = parts[0];
  if (parts.length === 1 && only !== undefined && typeof only !== 'string' && only.kind === 'resolver' && only.args.length === 1) {
    return argToNode(only.args[0]!);
  }
  return fail({ code: 'interpolation', message: `oc.decode could not parse '${text}'` });
}

function argToNode(arg: Arg): ConfigNode {
  switch (arg.kind) {
    case 'scalar':
      return { kind: 'value', value: arg.value, ...(arg.float ? { float: true } : {}), origin: BUILTIN };
    case 'list':
      return { kind: 'list', origin: BUILTIN, items: arg.items.map(argToNode) };
    case 'dict':
      return { kind: 'dict', origin: BUILTIN, map: new Map(arg.entries.map(([k, v]) => [String((argToNode(k) as ValueNode).value), argToNode(v)])) };
    default:
      return { kind: 'value', value: arg.kind === 'concat' ? arg.parts.map((p) => (typeof p === 'string' ? p : '${…}')).join('') : null, origin: BUILTIN };
  }
}

/** Python's str() of a resolved node, as a string interpolation renders it. */
export function pyRepr(node: ConfigNode, top = false): string {
  switch (node.kind) {
    case 'value':
      if (top) return pyStr(node.value, node.float);
      if (typeof node.value === 'string') return `'${node.value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
      return pyStr(node.value, node.float);
    case 'list':
      return `[${node.items.map((i) => pyRepr(i)).join(', ')}]`;
    case 'dict':
      return `{${[...node.map].map(([k, v]) => `'${k}': ${pyRepr(v)}`).join(', ')}}`;
  }
}

export function resolveAll(root: DictNode, options: ResolveOptions): DictNode {
  return new Resolution(root, options).container({ node: root, ancestors: [], path: [] }) as DictNode;
}
