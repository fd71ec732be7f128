/**
 * Parser for OmegaConf's interpolation grammar (`${a.b}`, `${.x}`, `${oc.env:HOME,/tmp}`,
 * `a_${b}_c`, `\${escaped}`), written by hand after the grammar's published rules: text at the
 * top level, a node path or a resolver call inside `${}`, and typed arguments for resolvers.
 */
import { fail } from '../errors';
import type { Scalar } from '../node';
import { PRIMITIVE_TOKENS } from '../grammar/primitive-tokens';

export type Part = string | Interpolation;

export type Interpolation =
  | { kind: 'node'; up: number; keys: KeyPart[] }
  | { kind: 'resolver'; name: NamePart[]; args: Arg[] };

/** A key in a node path: literal, or itself an interpolation that yields the key. */
export type KeyPart = string | Interpolation;
export type NamePart = string | Interpolation;

export type Arg =
  | { kind: 'scalar'; value: Scalar; float?: boolean }
  | { kind: 'concat'; parts: Part[] }
  | { kind: 'interp'; interp: Interpolation }
  | { kind: 'list'; items: Arg[] }
  | { kind: 'dict'; entries: [Arg, Arg][] };

class Cursor {
  constructor(
    readonly text: string,
    public pos = 0,
  ) {}
  get done() {
    return this.pos >= this.text.length;
  }
  peek(n = 0) {
    return this.text[this.pos + n] ?? '';
  }
  startsWith(s: string) {
    return this.text.startsWith(s, this.pos);
  }
  match(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    return m && m.index === this.pos ? m[0] : null;
  }
  skipWs() {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  error(message: string): never {
    return fail({ code: 'interpolation', message: `${message} in '${this.text}' at position ${this.pos + 1}` });
  }
}

/** Splits a config string into literal text and interpolations (top-level `text` rule). */
export function parseText(text: string): Part[] {
  const c = new Cursor(text);
  const parts: Part[] = [];
  let literal = '';
  while (!c.done) {
    if (c.startsWith('${')) {
      if (literal) parts.push(literal);
      literal = '';
      parts.push(parseInterpolation(c));
      continue;
    }
    if (c.peek() === '\\') {
      const run = c.match(/\\+/y)!;
      c.pos += run.length;
      if (c.startsWith('${')) {
        if (run.length % 2 === 1) {
          // `\${` escapes the interpolation; the backslash pairs before it are halved.
          literal += '\\'.repeat((run.length - 1) / 2) + '${';
          c.pos += 2;
        } else {
          literal += '\\'.repeat(run.length / 2);
        }
      } else {
        literal += run;
      }
      continue;
    }
    literal += c.peek();
    c.pos++;
  }
  if (literal) parts.push(literal);
  return parts;
}

const ID = /[A-Za-z_][A-Za-z0-9_-]*/y;
const INTER_KEY = /[^\\{}()[\]:. \t'"]+/y;

function parseInterpolation(c: Cursor): Interpolation {
  c.pos += 2; // ${
  c.skipWs();
  const start = c.pos;
  // A resolver: name parts (IDs or interpolations) joined by dots, then a colon.
  const name: NamePart[] = [];
  for (;;) {
    if (c.startsWith('${')) name.push(parseInterpolation(c));
    else {
      const id = c.match(ID);
      if (!id) break;
      name.push(id);
      c.pos += id.length;
    }
    if (c.peek() === '.' && (c.match(/\.[A-Za-z_]/y) || c.startsWith('.${'))) {
      c.pos++;
      continue;
    }
    break;
  }
  const colon = c.match(/[ \t]*:[ \t]*/y);
  if (name.length > 0 && colon) {
    c.pos += colon.length;
    const args = parseSequence(c, '}');
    c.skipWs();
    if (c.peek() !== '}') c.error("expected '}' to close the resolver call");
    c.pos++;
    return { kind: 'resolver', name, args };
  }
  c.pos = start;
  let up = 0;
  while (c.peek() === '.') {
    up++;
    c.pos++;
  }
  const keys: KeyPart[] = [];
  let first = true;
  for (;;) {
    if (c.peek() === '[') {
      c.pos++;
      keys.push(parseKey(c));
      if (c.peek() !== ']') c.error("expected ']'");
      c.pos++;
    } else if (first || c.peek() === '.') {
      if (!first) c.pos++;
      keys.push(parseKey(c));
    } else break;
    first = false;
  }
  c.skipWs();
  if (c.peek() !== '}') c.error(c.done ? "missing '}'" : `unexpected '${c.peek()}'`);
  c.pos++;
  return { kind: 'node', up, keys };
}

function parseKey(c: Cursor): KeyPart {
  if (c.startsWith('${')) return parseInterpolation(c);
  const key = c.match(INTER_KEY);
  if (!key) c.error('expected a key');
  c.pos += key.length;
  return key;
}

// ---- resolver arguments (VALUE_MODE) ----

type Tok = { type: string; text: string };

const VALUE_TOKENS = PRIMITIVE_TOKENS;

/** The longest token at the cursor; ties go to the rule listed first (as ANTLR lexers do). */
function valueToken(c: Cursor): Tok | null {
  let best: Tok | null = null;
  for (const [type, re] of VALUE_TOKENS) {
    const m = c.match(re);
    if (m && (!best || m.length > best.text.length)) best = { type, text: m };
  }
  return best;
}

function atDelimiter(c: Cursor, close: string): boolean {
  const m = c.match(/[ \t]*/y) ?? '';
  const next = c.text[c.pos + m.length] ?? '';
  return next === ',' || next === close || next === '';
}

function parseSequence(c: Cursor, close: string): Arg[] {
  const args: Arg[] = [];
  c.skipWs();
  if (c.peek() === close) return args;
  for (;;) {
    c.skipWs();
    if (c.peek() === ',' || c.peek() === close) args.push({ kind: 'scalar', value: '' });
    else args.push(parseElement(c, close));
    c.skipWs();
    if (c.peek() === ',') {
      c.pos++;
      continue;
    }
    return args;
  }
}

function parseElement(c: Cursor, close: string): Arg {
  c.skipWs();
  const ch = c.peek();
  if (ch === "'" || ch === '"') return parseQuoted(c);
  if (ch === '[') {
    c.pos++;
    const items = parseSequence(c, ']');
    c.skipWs();
    if (c.peek() !== ']') c.error("expected ']'");
    c.pos++;
    return { kind: 'list', items };
  }
  if (ch === '{' && !c.startsWith('${')) {
    c.pos++;
    const entries: [Arg, Arg][] = [];
    c.skipWs();
    while (c.peek() !== '}') {
      const key = parsePrimitive(c, ':', true);
      c.skipWs();
      if (c.peek() !== ':') c.error("expected ':' in a dict");
      c.pos++;
      entries.push([key, parseElement(c, '}')]);
      c.skipWs();
      if (c.peek() === ',') c.pos++;
      else if (c.peek() !== '}') c.error("expected ',' or '}'");
      c.skipWs();
    }
    c.pos++;
    return { kind: 'dict', entries };
  }
  return parsePrimitive(c, close, false);
}

function parsePrimitive(c: Cursor, close: string, isKey: boolean): Arg {
  const items: (Tok | Interpolation)[] = [];
  for (;;) {
    if (atDelimiter(c, close) || (isKey && c.match(/[ \t]*:/y))) break;
    if (c.startsWith('${')) {
      if (isKey) c.error('interpolations are not allowed in dict keys');
      items.push(parseInterpolation(c));
      continue;
    }
    if (!isKey && c.peek() === ':') {
      items.push({ type: 'COLON', text: ':' });
      c.pos++;
      continue;
    }
    const tok = valueToken(c);
    if (!tok) break;
    items.push(tok);
    c.pos += tok.text.length;
  }
  // Whitespace around a primitive belongs to the delimiters.
  while (items.length && !isInterp(items[0]!) && (items[0] as Tok).type === 'WS') items.shift();
  while (items.length && !isInterp(items.at(-1)!) && (items.at(-1) as Tok).type === 'WS') items.pop();
  if (items.length === 0) c.error(c.done ? 'unexpected end' : `unexpected '${c.peek()}'`);
  if (items.length === 1) {
    const only = items[0]!;
    if (isInterp(only)) return { kind: 'interp', interp: only };
    return typedToken(only);
  }
  const parts: Part[] = items.map((t) => (isInterp(t) ? t : t.type === 'ESC' ? unescapePairs(t.text) : t.text));
  return { kind: 'concat', parts };
}

function isInterp(x: Tok | Interpolation): x is Interpolation {
  return 'kind' in x;
}

function unescapePairs(text: string): string {
  let out = '';
  for (let i = 1; i < text.length; i += 2) out += text[i];
  return out;
}

function typedToken(tok: Tok): Arg {
  switch (tok.type) {
    case 'NULL':
      return { kind: 'scalar', value: null };
    case 'INT':
      return { kind: 'scalar', value: Number(tok.text.replaceAll('_', '')) };
    case 'FLOAT': {
      const t = tok.text.replaceAll('_', '').toLowerCase();
      const v = t.endsWith('inf') ? (t.startsWith('-') ? -Infinity : Infinity) : t.endsWith('nan') ? NaN : Number(t);
      return { kind: 'scalar', value: v, float: true };
    }
    case 'BOOL':
      return { kind: 'scalar', value: tok.text.toLowerCase() === 'true' };
    case 'ESC':
      return { kind: 'scalar', value: unescapePairs(tok.text) };
    default:
      return { kind: 'scalar', value: tok.text };
  }
}

function parseQuoted(c: Cursor): Arg {
  const q = c.peek();
  c.pos++;
  const parts: Part[] = [];
  let literal = '';
  for (;;) {
    if (c.done) c.error('unterminated quoted string');
    if (c.startsWith('${')) {
      if (literal) parts.push(literal);
      literal = '';
      parts.push(parseInterpolation(c));
      continue;
    }
    if (c.peek() === '\\') {
      const run = c.match(/\\+/y)!;
      c.pos += run.length;
      if (c.peek() === q && run.length % 2 === 1) {
        literal += '\\'.repeat((run.length - 1) / 2) + q;
        c.pos++;
      } else if (c.startsWith('${') && run.length % 2 === 1) {
        literal += '\\'.repeat((run.length - 1) / 2) + '${';
        c.pos += 2;
      } else if (c.peek() === q || c.startsWith('${')) {
        literal += '\\'.repeat(run.length / 2);
      } else literal += run;
      continue;
    }
    if (c.peek() === q) {
      c.pos++;
      break;
    }
    literal += c.peek();
    c.pos++;
  }
  if (literal) parts.push(literal);
  if (parts.length === 0) return { kind: 'scalar', value: '' };
  return { kind: 'concat', parts };
}
