/**
 * Hydra's command-line override grammar: `key=value`, `+key=value`, `++key=value`, `~key`,
 * `~key=value`, `group@pkg=option`, lists, dicts, quoted strings, escapes, simple choice sweeps
 * (`a=1,2`) and sweep functions. Parse errors carry the column they happened at.
 */
import { fail } from '../errors';
import { callFunction, type FunctionArgs } from './functions';
import { lexValue, type Tok, type TokType } from './lex';
import type { DictEl, Element, Override, OverrideType, Sweep } from './types';

const KEY_SPECIAL = '[A-Za-z_$][A-Za-z0-9_\\-$]*';
const DOT_PATH = `(?:${KEY_SPECIAL}|(?:0|[1-9][0-9]*))(?:\\.(?:${KEY_SPECIAL}|(?:0|[1-9][0-9]*)))+`;
const PACKAGE = `(?:${DOT_PATH}|${KEY_SPECIAL})?`;
const GROUP = '[A-Za-z_][A-Za-z0-9_\\-]*(?:/[A-Za-z_][A-Za-z0-9_\\-]*)+';
const KEY_RE = new RegExp(`^(${GROUP}|${PACKAGE})(?:@(${PACKAGE}))?$`);

export interface ParseContext {
  /** Shared Python random state for shuffle() of plain lists, which happens at parse time. */
  shuffle?: <T>(items: readonly T[]) => T[];
}

function syntaxError(input: string, pos: number, message: string): never {
  return fail({
    code: 'override-syntax',
    message: `Error parsing override '${input}': ${message} at column ${pos + 1}`,
    override: input,
    col: pos + 1,
  });
}

export function parseOverride(input: string, ctx: ParseContext = {}): Override {
  let pos = 0;
  let type: OverrideType = 'change';
  if (input.startsWith('++')) {
    type = 'force-add';
    pos = 2;
  } else if (input.startsWith('+')) {
    type = 'add';
    pos = 1;
  } else if (input.startsWith('~')) {
    type = 'delete';
    pos = 1;
  }
  const eq = input.indexOf('=', pos);
  const keyText = eq === -1 ? input.slice(pos) : input.slice(pos, eq);
  if (eq === -1 && type !== 'delete') {
    return syntaxError(input, input.length, `missing '=' (write ${keyText || 'key'}=VALUE, or ~${keyText || 'key'} to delete)`);
  }
  const m = KEY_RE.exec(keyText);
  if (keyText === '') return syntaxError(input, pos, 'missing the key before =');
  if (!m) {
    const bad = keyText.search(/[^A-Za-z0-9_\-$./@]/);
    return syntaxError(input, pos + Math.max(bad, 0), `'${keyText}' is not a valid key or config group`);
  }
  const key = m[1]!;
  const pkg = m[2] ?? (keyText.includes('@') ? '' : null);
  if (eq === -1) return { type, key, package: pkg, value: undefined, input };
  let valueText = input.slice(eq + 1);
  const lead = /^[ \t]*/.exec(valueText)![0].length;
  valueText = valueText.slice(lead);
  if (valueText.length === 0) return { type, key, package: pkg, value: '', input };
  const lexed = lexValue(valueText, eq + 1 + lead);
  if (!lexed.ok) return syntaxError(input, lexed.pos, `unexpected character '${lexed.char}'`);
  const p = new Parser(input, lexed.tokens, ctx);
  const value = p.value();
  p.expect('EOF');
  return { type, key, package: pkg, value, input };
}

const PRIMITIVE_TOKENS: ReadonlySet<TokType> = new Set([
  'QUOTED_VALUE', 'ID', 'NULL', 'INT', 'FLOAT', 'BOOL', 'INTERPOLATION', 'UNQUOTED_CHAR', 'COLON', 'ESC', 'WS',
]);
const DICT_KEY_TOKENS: ReadonlySet<TokType> = new Set(['ID', 'NULL', 'INT', 'FLOAT', 'BOOL', 'UNQUOTED_CHAR', 'ESC', 'WS']);

class Parser {
  private i = 0;
  constructor(
    private input: string,
    private toks: Tok[],
    private ctx: ParseContext,
  ) {}

  private get tok(): Tok {
    return this.toks[this.i]!;
  }

  expect(type: TokType): Tok {
    const t = this.tok;
    if (t.type !== type) {
      const what = t.type === 'EOF' ? 'the end' : `'${t.text.trim() || t.text}'`;
      const wanted = type === 'EOF' ? 'the end of the override' : `'${CLOSERS[type] ?? type}'`;
      syntaxError(this.input, t.pos, `expected ${wanted} but found ${what}`);
    }
    this.i++;
    return t;
  }

  value(): Element | Sweep {
    const first = this.element();
    if (this.tok.type !== 'COMMA') return first;
    const items: Element[] = [asElement(first, this)];
    while (this.tok.type === 'COMMA') {
      this.i++;
      items.push(asElement(this.element(), this));
    }
    return { sweep: 'choice', items, simple: true, shuffle: false, tags: [] };
  }

  element(): Element | Sweep {
    const t = this.tok;
    if (t.type === 'ID' && this.toks[this.i + 1]?.type === 'POPEN') return this.func();
    if (t.type === 'BRACKET_OPEN') return this.list();
    if (t.type === 'BRACE_OPEN') return this.dict();
    if (PRIMITIVE_TOKENS.has(t.type)) return this.primitive(PRIMITIVE_TOKENS);
    return syntaxError(this.input, t.pos, t.type === 'EOF' ? 'missing a value' : `unexpected '${t.text.trim() || t.text}'`);
  }

  private list(): Element[] {
    this.expect('BRACKET_OPEN');
    const items: Element[] = [];
    if (this.tok.type !== 'BRACKET_CLOSE') {
      items.push(asElement(this.element(), this));
      while (this.tok.type === 'COMMA') {
        this.i++;
        items.push(asElement(this.element(), this));
      }
    }
    this.expect('BRACKET_CLOSE');
    return items;
  }

  private dict(): DictEl {
    this.expect('BRACE_OPEN');
    const entries: [Element, Element][] = [];
    if (this.tok.type !== 'BRACE_CLOSE') {
      for (;;) {
        if (!DICT_KEY_TOKENS.has(this.tok.type)) syntaxError(this.input, this.tok.pos, 'expected a dict key');
        const key = this.primitive(DICT_KEY_TOKENS);
        this.expect('COLON');
        entries.push([key, asElement(this.element(), this)]);
        if (this.tok.type !== 'COMMA') break;
        this.i++;
      }
    }
    this.expect('BRACE_CLOSE');
    return { dict: entries };
  }

  private func(): Element | Sweep {
    const name = this.expect('ID');
    this.expect('POPEN');
    const args: FunctionArgs = { positional: [], named: {} };
    if (this.tok.type !== 'PCLOSE') {
      for (;;) {
        if (this.tok.type === 'ID' && this.toks[this.i + 1]?.type === 'EQUAL') {
          const argName = this.tok.text;
          this.i += 2;
          args.named[argName] = this.element();
        } else {
          if (Object.keys(args.named).length > 0) syntaxError(this.input, this.tok.pos, 'positional argument follows keyword argument');
          args.positional.push(this.element());
        }
        if (this.tok.type !== 'COMMA') break;
        this.i++;
      }
    }
    this.expect('PCLOSE');
    const result = callFunction(name.text, args, this.ctx);
    if (!result.ok) {
      const text = this.input.slice(name.pos, this.tok.pos).trim();
      return fail({
        code: 'bad-function',
        message: `${result.error} while evaluating '${text}'`,
        override: this.input,
        col: name.pos + 1,
      });
    }
    return result.value;
  }

  private primitive(allowed: ReadonlySet<TokType>): Element {
    const start = this.i;
    while (allowed.has(this.tok.type)) this.i++;
    let toks = this.toks.slice(start, this.i);
    if (toks.length && toks[0]!.type === 'WS') toks = toks.slice(1);
    if (toks.length && toks.at(-1)!.type === 'WS') toks = toks.slice(0, -1);
    if (toks.length === 0) return syntaxError(this.input, this.toks[start]!.pos, 'a value cannot be only whitespace');
    if (toks.length > 1) return toks.map((t) => (t.type === 'ESC' ? unescapePairs(t.text) : t.text)).join('');
    const t = toks[0]!;
    switch (t.type) {
      case 'QUOTED_VALUE':
        return { quoted: unescapeQuoted(t.text), quote: t.text[0] as "'" | '"' };
      case 'INT':
        return Number(t.text.replaceAll('_', ''));
      case 'FLOAT': {
        const v = t.text.replaceAll('_', '').toLowerCase();
        return { float: v.endsWith('inf') ? (v.startsWith('-') ? -Infinity : Infinity) : v.endsWith('nan') ? NaN : Number(v) };
      }
      case 'NULL':
        return null;
      case 'BOOL':
        return t.text.toLowerCase() === 'true';
      case 'ESC':
        return unescapePairs(t.text);
      default:
        return t.text;
    }
  }
}

const CLOSERS: Partial<Record<TokType, string>> = { BRACKET_CLOSE: ']', BRACE_CLOSE: '}', PCLOSE: ')', COLON: ':' };

function asElement(v: Element | Sweep, p: Parser): Element {
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'sweep' in v) {
    p.expect('EOF'); // a sweep nested in a list or another sweep is not legal
  }
  return v as Element;
}

function unescapePairs(text: string): string {
  let out = '';
  for (let i = 1; i < text.length; i += 2) out += text[i];
  return out;
}

/** Backslashes directly before a quote are escapes (halved); all others are literal. */
function unescapeQuoted(text: string): string {
  const q = text[0]!;
  const body = text.slice(1); // keeps the closing quote so a final run of backslashes is seen
  const re = new RegExp(`(\\\\)+${q === "'" ? "'" : '"'}`, 'g');
  const out = body.replace(re, (run) => {
    const n = run.length - 1;
    return '\\'.repeat(Math.floor(n / 2)) + q;
  });
  return out.slice(0, -1);
}
