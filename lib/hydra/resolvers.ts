/** OmegaConf's built-in resolvers (oc.env, oc.select, oc.decode, oc.create, oc.dict.*) and `hydra:`. */
import { fail } from './errors';
import { asNode, selectFrom, type Resolver, type ResolvedArg } from './interpolate/resolve';
import { pyStr } from './python';
import type { ConfigNode } from './node';

function asString(a: ResolvedArg | undefined, what: string): string {
  const v = a !== null && typeof a === 'object' ? (a.kind === 'value' ? a.value : undefined) : a;
  if (typeof v !== 'string') return fail({ code: 'interpolation', message: `${what} must be a string` });
  return v;
}

function scalarOf(a: ResolvedArg): ResolvedArg {
  return a !== null && typeof a === 'object' && a.kind === 'value' ? a.value : a;
}

const env: Resolver = (args, ctx) => {
  const key = asString(args[0], 'oc.env: the variable name');
  const value = ctx.env[key];
  if (value !== undefined) return value;
  if (args.length > 1) {
    const d = args[1]!;
    if (d === null || (typeof d === 'object' && d.kind === 'value' && d.value === null)) return null;
    if (typeof d === 'object' && d !== null && d.kind === 'value') return pyStr(d.value, d.float);
    return typeof d === 'object' && d !== null ? fail({ code: 'interpolation', message: 'oc.env: the default must be a scalar' }) : pyStr(d);
  }
  return fail({ code: 'interpolation', message: `Environment variable '${key}' not found` });
};

const select: Resolver = (args, ctx) => {
  const key = asString(args[0], 'oc.select: the key');
  const found = selectFrom(ctx.root, key, ctx.parent);
  const missing = !found || (found.node.kind === 'value' && found.node.value === '???');
  if (missing) {
    if (args.length > 1) return scalarOf(args[1]!) as ConfigNode | string | number | boolean | null;
    return null;
  }
  return found.node;
};

const decode: Resolver = (args, ctx) => {
  const v = scalarOf(args[0] ?? null);
  if (v === null) return null;
  if (typeof v !== 'string') return fail({ code: 'interpolation', message: `oc.decode can only take strings or None as input, but got ${pyStr(v as never)}` });
  return ctx.decode(v);
};

const create: Resolver = (args) => asNode(args[0] ?? null);

function dictOf(args: ResolvedArg[], ctx: Parameters<Resolver>[1], name: string) {
  const a = args[0];
  const node = typeof a === 'string' ? selectFrom(ctx.root, a, ctx.parent)?.node : a !== null && typeof a === 'object' ? a : undefined;
  if (!node || node.kind !== 'dict') return fail({ code: 'interpolation', message: `${name}: expected a dict` });
  return node;
}

const origin = { kind: 'builtin' as const, what: 'resolver result' };
const dictKeys: Resolver = (args, ctx) => {
  const node = dictOf(args, ctx, 'oc.dict.keys');
  return { kind: 'list', origin, items: [...node.map.keys()].map((k) => ({ kind: 'value' as const, value: k, origin })) };
};
const dictValues: Resolver = (args, ctx) => {
  const node = dictOf(args, ctx, 'oc.dict.values');
  return { kind: 'list', origin, items: [...node.map.values()] };
};

const hydra: Resolver = (args, ctx) => {
  const key = asString(args[0], 'hydra: the key');
  const found = selectFrom(ctx.root, `hydra.${key}`);
  if (!found) return fail({ code: 'interpolation', message: `hydra: key '${key}' is not part of Hydra's runtime information` });
  return found.node;
};

export const builtinResolvers: ReadonlyMap<string, Resolver> = new Map([
  ['oc.env', env],
  ['oc.select', select],
  ['oc.decode', decode],
  ['oc.create', create],
  ['oc.dict.keys', dictKeys],
  ['oc.dict.values', dictValues],
  ['hydra', hydra],
]);
