/**
 * Where each final value came from — what Hydra does not tell: the file and line (or the
 * command-line override, or the interpolation) that set it, and what it replaced on the way.
 */
import { describeOrigin, type ConfigNode, type DictNode, type Origin } from './node';
import { renderShort } from './render';

export interface Provenance {
  key: string;
  value: string;
  origin: Origin;
  /** For values read through `${...}`: the expression and where the value it read was set. */
  interpolation?: { expression: string; key?: string; source?: Origin };
  /** Earlier values, most recent first. */
  replaced: { value: string; origin: Origin }[];
}

function provenanceOf(key: string, node: ConfigNode): Provenance {
  return {
    key,
    value: renderShort(node),
    origin: node.origin,
    ...(node.kind === 'value' && node.interpolated ? { interpolation: node.interpolated } : {}),
    replaced: node.replaced ?? [],
  };
}

/** Every leaf (scalars, empty containers, lists as a whole) with its provenance, keyed `a.b.c`. */
export function leafProvenance(root: DictNode): Map<string, Provenance> {
  const out = new Map<string, Provenance>();
  const visit = (node: ConfigNode, path: string[]) => {
    const key = path.join('.');
    if (node.kind === 'dict' && node.map.size > 0) {
      for (const [k, v] of node.map) visit(v, [...path, k]);
      return;
    }
    if (node.kind === 'list' && node.items.length > 0) {
      out.set(key, provenanceOf(key, node));
      node.items.forEach((item, i) => visit(item, [...path, String(i)]));
      return;
    }
    out.set(key, provenanceOf(key, node));
  };
  for (const [k, v] of root.map) visit(v, [k]);
  return out;
}

export function findNode(root: DictNode, key: string): ConfigNode | undefined {
  let cur: ConfigNode = root;
  for (const k of key.split('.')) {
    if (cur.kind === 'dict') cur = cur.map.get(k)!;
    else if (cur.kind === 'list') cur = cur.items[Number(k)]!;
    else return undefined;
    if (!cur) return undefined;
  }
  return cur;
}

/** The provenance chain of one key, as lines for a terminal. */
export function explain(root: DictNode, key: string): string[] | undefined {
  const node = findNode(root, key);
  if (!node) return undefined;
  const p = provenanceOf(key, node);
  const lines = [`${key} = ${p.value}`, `  set by ${describeOrigin(p.origin)}`];
  if (p.interpolation) {
    lines.push(`  through ${p.interpolation.expression}${p.interpolation.key ? ` (reads ${p.interpolation.key}` : ''}${p.interpolation.source ? `${p.interpolation.key ? ', ' : ' ('}set by ${describeOrigin(p.interpolation.source)})` : p.interpolation.key ? ')' : ''}`);
  }
  for (const r of p.replaced) lines.push(`  replacing ${r.value} from ${describeOrigin(r.origin)}`);
  return lines;
}
