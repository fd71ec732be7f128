/** An override's parsed value as a config node (Hydra's Override.value(): quotes dropped). */
import type { ConfigNode, Origin } from '../node';
import { pyFloatStr } from '../python';
import { isDictEl, isFloat, isQuoted, type Element } from './types';

export function elementToNode(v: Element, origin: Origin): ConfigNode {
  if (Array.isArray(v)) return { kind: 'list', items: v.map((i) => elementToNode(i, origin)), origin };
  if (isDictEl(v)) {
    return { kind: 'dict', origin, map: new Map(v.dict.map(([k, x]) => [keyString(k), elementToNode(x, origin)])) };
  }
  if (isFloat(v)) return { kind: 'value', value: v.float, float: true, origin };
  if (isQuoted(v)) return { kind: 'value', value: v.quoted, origin };
  return { kind: 'value', value: v, origin };
}

function keyString(k: Element): string {
  if (isQuoted(k)) return k.quoted;
  if (isFloat(k)) return pyFloatStr(k.float);
  if (k === null) return 'null';
  return String(k);
}

/** Hydra's view of a value for group choices: a string, a list of strings, or something else. */
export function elementPlain(v: Element): unknown {
  if (Array.isArray(v)) return v.map(elementPlain);
  if (isQuoted(v)) return v.quoted;
  if (isFloat(v)) return v.float;
  if (isDictEl(v)) return Object.fromEntries(v.dict.map(([k, x]) => [keyString(k), elementPlain(x)]));
  return v;
}
