/**
 * Command-line overrides of config values, applied after composition with the root in struct
 * mode as Hydra does: `key=v` must hit an existing key, `+key=v` must not, `++key=v` sets
 * either way, `~key[=v]` deletes; a dict value merges into an existing dict.
 */
import { fail } from './errors';
import { elementToNode } from './grammar/to-node';
import { elementToString } from './grammar/to-string';
import type { Override } from './grammar/types';
import { mergeInto, replacing } from './merge';
import { cloneNode, type ConfigNode, type DictNode, type Origin } from './node';
import { pyStr } from './python';
import { childOf, type Container } from './interpolate/resolve';

class StructError extends Error {}
class MergeError extends Error {}

function segments(key: string): string[] {
  return key.split('.');
}

function setChild(container: Container, key: string, node: ConfigNode, struct: boolean): void {
  if (container.kind === 'dict') {
    const prev = container.map.get(key);
    if (prev === undefined && struct) throw new StructError(key);
    container.map.set(key, prev ? replacing(prev, node) : node);
    return;
  }
  const i = Number(key);
  if (!Number.isInteger(i) || i >= container.items.length || i < -container.items.length) throw new StructError(key);
  const idx = i < 0 ? container.items.length + i : i;
  container.items[idx] = replacing(container.items[idx]!, node);
}

/** Struct-aware merge: in struct mode, a key the destination lacks is an error. */
function mergeStrict(dest: DictNode, src: DictNode, struct: boolean): void {
  if (struct) for (const k of src.map.keys()) if (!dest.map.has(k)) throw new StructError(k);
  if (struct) {
    for (const [k, v] of src.map) {
      const d = dest.map.get(k)!;
      if (v.kind === 'dict' && d.kind === 'dict') mergeStrict(d, v, true);
      else mergeInto(dest, { ...src, map: new Map([[k, v]]) });
    }
    return;
  }
  mergeInto(dest, src);
}

function update(cfg: DictNode, key: string, value: ConfigNode, forceAdd: boolean): void {
  const parts = segments(key);
  let root: Container = cfg;
  const struct = !forceAdd;
  for (const k of parts.slice(0, -1)) {
    let next: ConfigNode | undefined = childOf(root, k);
    if (!next || next.kind === 'value') {
      const fresh: DictNode = { kind: 'dict', map: new Map(), origin: value.origin };
      setChild(root, k, fresh, struct && next === undefined);
      next = fresh;
    }
    root = next as Container;
  }
  const last = parts.at(-1)!;
  if (value.kind !== 'value') {
    const target = childOf(root, last);
    if (target && target.kind !== 'value') {
      if (target.kind === 'dict' && value.kind === 'dict') mergeStrict(target, value, struct);
      else if (target.kind === value.kind) setChild(root, last, value, struct);
      else throw new MergeError(`cannot merge a ${value.kind} into the ${target.kind} at '${key}'`);
      return;
    }
  }
  setChild(root, last, value, struct);
}

function select(cfg: DictNode, key: string): { node: ConfigNode; parent: Container; last: string } | undefined {
  let cur: ConfigNode = cfg;
  let parent: Container = cfg;
  const parts = segments(key);
  for (const k of parts) {
    if (cur.kind === 'value') return undefined;
    parent = cur;
    const next = childOf(cur, k);
    if (!next) return undefined;
    cur = next;
  }
  return { node: cur, parent, last: parts.at(-1)! };
}

function plain(node: ConfigNode): unknown {
  if (node.kind === 'value') return node.value;
  if (node.kind === 'list') return node.items.map(plain);
  return Object.fromEntries([...node.map].map(([k, v]) => [k, plain(v)]));
}

export function applyConfigOverrides(cfg: DictNode, overrides: readonly Override[]): void {
  for (const o of overrides) {
    if (o.package !== null) {
      fail({
        code: 'missing-config',
        message: `Override ${o.input} looks like a config group override, but config group '${o.key}' does not exist.`,
        override: o.input,
      });
    }
    const origin: Origin = { kind: 'override', override: o.input };
    const value = o.value === undefined ? undefined : elementToNode(o.value as never, origin);
    try {
      switch (o.type) {
        case 'delete': {
          const found = select(cfg, o.key);
          if (!found || (found.node.kind === 'value' && found.node.value === null)) {
            fail({ code: 'key-missing', message: `Could not delete from config. '${o.key}' does not exist.`, override: o.input, key: o.key });
          }
          if (value !== undefined && JSON.stringify(plain(value)) !== JSON.stringify(plain(found.node))) {
            const shown = found.node.kind === 'value' ? pyStr(found.node.value, found.node.float) : JSON.stringify(plain(found.node));
            fail({
              code: 'key-exists',
              message: `Could not delete from config. The value of '${o.key}' is ${shown} and not ${elementToString(o.value as never)}.`,
              override: o.input,
              key: o.key,
            });
          }
          if (found.parent.kind === 'dict') found.parent.map.delete(found.last);
          else found.parent.items.splice(Number(found.last), 1);
          break;
        }
        case 'add': {
          const found = select(cfg, o.key);
          const existing = found && !(found.node.kind === 'value' && found.node.value === null);
          if (existing && value!.kind === 'value') {
            const rest = o.input.slice(1);
            fail({
              code: 'key-exists',
              message: `Could not append to config. An item is already at '${o.key}'.\nEither remove + prefix: '${rest}'\nOr add a second + to add or override '${o.key}': '+${o.input}'`,
              override: o.input,
              key: o.key,
            });
          }
          update(cfg, o.key, cloneNode(value!), true);
          break;
        }
        case 'force-add':
          update(cfg, o.key, cloneNode(value!), true);
          break;
        case 'change':
          update(cfg, o.key, cloneNode(value!), false);
          break;
      }
    } catch (e) {
      if (e instanceof MergeError) {
        fail({ code: 'merge', message: `Error merging override ${o.input}: ${e.message}`, override: o.input, key: o.key });
      }
      if (e instanceof StructError) {
        fail({
          code: 'key-missing',
          message: `Could not override '${o.key}'.\nTo append to your config use +${o.input}`,
          override: o.input,
          key: o.key,
        });
      }
      throw e;
    }
  }
}
