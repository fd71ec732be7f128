/**
 * Reads YAML as OmegaConf does (PyYAML's SafeLoader with YAML 1.1 scalars, OmegaConf's wider
 * float pattern, no timestamps), keeping each node's line and column for provenance.
 * The `yaml` package parses; plain scalars are typed here so that `yes`, `0o`-less octals,
 * `1e-3` and `1_000` mean what they mean to IGM under Python.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YNode } from 'yaml';
import { fail } from './errors';
import { dict, value, type ConfigNode, type DictNode, type Origin, type Scalar } from './node';

const NULL_RE = /^(?:~|null|Null|NULL|)$/;
const BOOL_RE = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const INT_RE = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PYYAML_FLOAT_RE = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const OMEGACONF_FLOAT_RE = /^(?:[-+]?[0-9]+(?:_[0-9]+)*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+)|\.[0-9]+(?:_[0-9]+)*(?:[eE][-+][0-9]+)?|[-+]?[0-9]+(?:_[0-9]+)*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function sexagesimal(digits: string): number {
  return digits.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

function constructInt(text: string): number {
  let v = text.replaceAll('_', '');
  let sign = 1;
  if (v[0] === '-' || v[0] === '+') {
    if (v[0] === '-') sign = -1;
    v = v.slice(1);
  }
  if (v === '0') return 0;
  if (v.startsWith('0b')) return sign * parseInt(v.slice(2), 2);
  if (v.startsWith('0x')) return sign * parseInt(v.slice(2), 16);
  if (v.startsWith('0')) return sign * parseInt(v, 8);
  if (v.includes(':')) return sign * sexagesimal(v);
  return sign * Number(v);
}

function constructFloat(text: string): number {
  let v = text.replaceAll('_', '').toLowerCase();
  let sign = 1;
  if (v[0] === '-' || v[0] === '+') {
    if (v[0] === '-') sign = -1;
    v = v.slice(1);
  }
  if (v === '.inf') return sign * Infinity;
  if (v === '.nan') return NaN;
  if (v.includes(':')) return sign * sexagesimal(v);
  return sign * Number(v);
}

/** Types a plain (unquoted) scalar the way PyYAML + OmegaConf's loader would. */
export function resolvePlainScalar(text: string): { value: Scalar; float: boolean } {
  if (NULL_RE.test(text)) return { value: null, float: false };
  if (BOOL_RE.test(text)) return { value: /^(?:yes|true|on)$/i.test(text), float: false };
  const first = text[0] ?? '';
  if ('-+0123456789.'.includes(first)) {
    // PyYAML tries its own float pattern, then int, then OmegaConf's float pattern.
    if (PYYAML_FLOAT_RE.test(text)) return { value: constructFloat(text), float: true };
    if (INT_RE.test(text)) return { value: constructInt(text), float: false };
    if (OMEGACONF_FLOAT_RE.test(text)) return { value: constructFloat(text), float: true };
  }
  return { value: text, float: false };
}

function resolveTagged(tag: string, text: string): { value: Scalar; float: boolean } {
  switch (tag) {
    case 'tag:yaml.org,2002:str':
      return { value: text, float: false };
    case 'tag:yaml.org,2002:int':
      return { value: constructInt(text), float: false };
    case 'tag:yaml.org,2002:float':
      return { value: constructFloat(text), float: true };
    case 'tag:yaml.org,2002:bool':
      return { value: /^(?:yes|true|on)$/i.test(text), float: false };
    case 'tag:yaml.org,2002:null':
      return { value: null, float: false };
    default:
      return resolvePlainScalar(text);
  }
}

export interface YamlSource {
  /** How errors and provenance name this file, e.g. `experiment/params.yaml`. */
  file: string;
  text: string;
}

const parsedFiles = new Map<string, ConfigNode>();

/**
 * Parses one config file. An empty file is an empty dict, as OmegaConf.load gives.
 * Syntax errors are thrown as `yaml-syntax` ConfigExceptions with the position.
 * Results are cached by name and content: the composer never mutates parsed nodes.
 */
export function loadYaml(source: YamlSource): ConfigNode {
  const key = `${source.file}\0${source.text}`;
  const hit = parsedFiles.get(key);
  if (hit) return hit;
  const node = parseYaml(source);
  if (parsedFiles.size > 500) parsedFiles.clear();
  parsedFiles.set(key, node);
  return node;
}

function parseYaml({ file, text }: YamlSource): ConfigNode {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = lines.linePos(first.pos[0]);
    fail({ code: 'yaml-syntax', message: first.message.split('\n')[0] ?? first.message, file, line: pos.line, col: pos.col });
  }
  const originAt = (n: YNode | null | undefined): Origin => {
    const offset = n?.range?.[0] ?? 0;
    const pos = lines.linePos(offset);
    return { kind: 'file', file, line: pos.line, col: pos.col };
  };
  if (doc.contents === null) return dict(originAt(null));
  return convert(doc, doc.contents as YNode, originAt, new Set());
}

function convert(doc: Document, n: YNode, originAt: (n: YNode) => Origin, seen: Set<YNode>): ConfigNode {
  if (isAlias(n)) {
    const target = n.resolve(doc);
    if (!target || seen.has(target)) return value(null, originAt(n));
    return convert(doc, target, originAt, new Set([...seen, target]));
  }
  if (isScalar(n)) {
    const text = String(n.value ?? '');
    const typed =
      n.tag !== undefined && n.tag !== '!'
        ? resolveTagged(n.tag, text)
        : n.type === 'PLAIN'
          ? resolvePlainScalar(text)
          : { value: text, float: false };
    return value(typed.value, originAt(n), typed.float);
  }
  if (isSeq(n)) {
    return { kind: 'list', items: n.items.map((item) => convert(doc, item as YNode, originAt, seen)), origin: originAt(n) };
  }
  if (isMap(n)) {
    const out: DictNode = dict(originAt(n));
    const merges: DictNode[] = [];
    for (const pair of n.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YNode | null;
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value ?? '') : String(keyNode ?? '');
      const valueNode = pair.value as YNode | null;
      const converted = valueNode ? convert(doc, valueNode, originAt, seen) : value(null, originAt(keyNode ?? n));
      if (key === '<<' && keyNode && isScalar(keyNode) && keyNode.type === 'PLAIN') {
        const sources = converted.kind === 'list' ? converted.items : [converted];
        for (const s of sources) if (s.kind === 'dict') merges.push(s);
        continue;
      }
      if (valueNode === null && converted.kind === 'value') converted.origin = originAt(keyNode ?? n);
      out.map.set(key, converted);
    }
    // YAML merge keys: explicit keys win, earlier merge sources win over later ones.
    for (const source of merges) for (const [k, v] of source.map) if (!out.map.has(k)) out.map.set(k, v);
    return out;
  }
  return value(null, originAt(n));
}

/**
 * Reads Hydra's header (`# @package foo`) from the first 512 characters: header lines are
 * `# @key value` comments before the first other non-blank line.
 */
export function readHeader(text: string): { package: string | null } {
  let pkg: string | null = null;
  for (const raw of text.slice(0, 512).split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (!/^\s*#\s*@/.test(line)) break;
    const parts = line.replace(/^#+/, '').trim().split(' ').filter((s) => s.length > 0);
    if (parts.length === 2 && parts[0] === '@package') pkg = parts[1]!;
  }
  return { package: pkg };
}
