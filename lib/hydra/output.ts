/**
 * The composed configuration as text: YAML as `OmegaConf.to_yaml` prints it (PyYAML block style,
 * strings that would read back as another type single-quoted, floats as Python writes them) and
 * JSON (floats keep their `.0`).
 */
import type { ConfigNode } from './node';
import { pyFloatStr } from './python';
import { resolvePlainScalar } from './yaml-load';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(node: ConfigNode): Plain {
  switch (node.kind) {
    case 'value':
      return node.value;
    case 'list':
      return node.items.map(toPlain);
    case 'dict': {
      const out: { [key: string]: Plain } = {};
      for (const [k, v] of node.map) out[k] = toPlain(v);
      return out;
    }
  }
}

function yamlFloat(x: number): string {
  if (Number.isNaN(x)) return '.nan';
  if (!Number.isFinite(x)) return x > 0 ? '.inf' : '-.inf';
  let s = pyFloatStr(x).toLowerCase();
  if (!s.includes('.') && s.includes('e')) s = s.replace('e', '.0e');
  return s;
}

// PyYAML refuses these as the first character of a plain scalar.
const INDICATORS = /^[[\]{},#&*!|>'"%@`]/;
// These start a plain scalar only when not followed by a space.
const SPACED_INDICATORS = /^[-?:](?:\s|$)/;

/** OmegaConf's dumper quotes strings Python's int() or float() would accept. */
function looksNumeric(s: string): boolean {
  const t = s.trim();
  return /^[+-]?\d+(?:_\d+)*$/.test(t) || /^[+-]?(?:\d+(?:_\d+)*\.?(?:\d+(?:_\d+)*)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+)?$/.test(t) || /^[+-]?(?:inf|infinity|nan)$/i.test(t);
}

function yamlString(s: string): string {
  if (s === '') return "''";
  if (/[\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(s)) return JSON.stringify(s);
  const needsQuotes =
    resolvePlainScalar(s).value !== s ||
    looksNumeric(s) ||
    INDICATORS.test(s) ||
    SPACED_INDICATORS.test(s) ||
    s === '=' ||
    s === '<<' ||
    /^\s|\s$/.test(s) ||
    s.includes(': ') ||
    s.includes(' #') ||
    s.endsWith(':') ||
    /^(?:---|\.\.\.)/.test(s);
  return needsQuotes ? `'${s.replaceAll("'", "''")}'` : s;
}

function scalar(node: Extract<ConfigNode, { kind: 'value' }>): string {
  const v = node.value;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return node.float || !Number.isInteger(v) ? yamlFloat(v) : String(v);
  return yamlString(v);
}

/** Appends the YAML lines of `node`; `paths` gets, line for line, the dotted key each line shows. */
function emit(node: ConfigNode, indent: string, out: string[], prefix: string, path = '', paths: string[] = []): void {
  const line = (text: string, at: string) => {
    out.push(text);
    paths.push(at);
  };
  if (node.kind === 'value') {
    line(`${prefix}${scalar(node)}`, path);
    return;
  }
  const child = (k: string) => (path ? `${path}.${k}` : k);
  if (node.kind === 'dict') {
    if (node.map.size === 0) {
      line(`${prefix}{}`, path);
      return;
    }
    let first = true;
    for (const [k, v] of node.map) {
      const head = first ? prefix : indent;
      first = false;
      const key = `${yamlString(k)}:`;
      if (v.kind === 'value' || (v.kind === 'dict' && v.map.size === 0) || (v.kind === 'list' && v.items.length === 0)) {
        emit(v, indent + '  ', out, `${head}${key} `, child(k), paths);
      } else {
        line(`${head}${key}`, child(k));
        emit(v, v.kind === 'list' ? indent : indent + '  ', out, v.kind === 'list' ? indent : indent + '  ', child(k), paths);
      }
    }
    return;
  }
  if (node.items.length === 0) {
    line(`${prefix}[]`, path);
    return;
  }
  let first = true;
  node.items.forEach((item, i) => {
    const head = first ? prefix : indent;
    first = false;
    emit(item, indent + '  ', out, `${head}- `, child(String(i)), paths);
  });
}

export function toYaml(node: ConfigNode): string {
  const out: string[] = [];
  emit(node, '', out, '');
  return `${out.join('\n')}\n`;
}

/** toYaml's lines, each with the dotted key of the value it shows (for provenance lookups). */
export function toYamlLines(node: ConfigNode): { text: string; path: string }[] {
  const out: string[] = [];
  const paths: string[] = [];
  emit(node, '', out, '', '', paths);
  return out.map((text, i) => ({ text, path: paths[i]! }));
}

function jsonValue(node: ConfigNode, indent: string): string {
  const inner = `${indent}  `;
  switch (node.kind) {
    case 'value': {
      const v = node.value;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
        return node.float || !Number.isInteger(v) ? pyFloatStr(v) : String(v);
      }
      return JSON.stringify(v);
    }
    case 'list':
      return node.items.length === 0 ? '[]' : `[\n${node.items.map((i) => inner + jsonValue(i, inner)).join(',\n')}\n${indent}]`;
    case 'dict':
      return node.map.size === 0
        ? '{}'
        : `{\n${[...node.map].map(([k, v]) => `${inner}${JSON.stringify(k)}: ${jsonValue(v, inner)}`).join(',\n')}\n${indent}}`;
  }
}

export function toJson(node: ConfigNode): string {
  return jsonValue(node, '');
}
