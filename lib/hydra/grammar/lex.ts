/**
 * Tokens of Hydra's override grammar in value position, matched as ANTLR does: the longest
 * match wins, ties go to the rule defined first.
 */
import { PRIMITIVE_TOKENS } from './primitive-tokens';

export type TokType =
  | 'POPEN' | 'COMMA' | 'PCLOSE' | 'BRACKET_OPEN' | 'BRACKET_CLOSE' | 'BRACE_OPEN' | 'BRACE_CLOSE'
  | 'COLON' | 'EQUAL' | 'FLOAT' | 'INT' | 'BOOL' | 'NULL' | 'UNQUOTED_CHAR' | 'ID' | 'ESC' | 'WS'
  | 'QUOTED_VALUE' | 'INTERPOLATION' | 'EOF';

export interface Tok {
  type: TokType;
  text: string;
  /** 0-based offset in the whole override string. */
  pos: number;
}

const RULES: (readonly [TokType, RegExp])[] = [
  ['POPEN', /[ \t]*\([ \t]*/y],
  ['COMMA', /[ \t]*,[ \t]*/y],
  ['PCLOSE', /[ \t]*\)/y],
  ['BRACKET_OPEN', /\[[ \t]*/y],
  ['BRACKET_CLOSE', /[ \t]*\]/y],
  ['BRACE_OPEN', /\{[ \t]*/y],
  ['BRACE_CLOSE', /[ \t]*\}/y],
  ['COLON', /[ \t]*:[ \t]*/y],
  ['EQUAL', /[ \t]*=[ \t]*/y],
  ...PRIMITIVE_TOKENS,
  // A quote, then the shortest run up to a quote not escaped by an odd number of backslashes.
  ['QUOTED_VALUE', /"(?:(?:\\\\)*|.*?[^\\](?:\\\\)*)"|'(?:(?:\\\\)*|.*?[^\\](?:\\\\)*)'/sy],
  ['INTERPOLATION', /\$\{[^}]+\}/y],
];

export type LexResult = { ok: true; tokens: Tok[] } | { ok: false; pos: number; char: string };

export function lexValue(text: string, offset: number): LexResult {
  const tokens: Tok[] = [];
  let pos = 0;
  while (pos < text.length) {
    let best: Tok | null = null;
    for (const [type, re] of RULES) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m.index === pos && m[0].length > 0 && (!best || m[0].length > best.text.length)) {
        best = { type, text: m[0], pos: offset + pos };
      }
    }
    if (!best) return { ok: false, pos: offset + pos, char: text[pos]! };
    tokens.push(best);
    pos += best.text.length;
  }
  tokens.push({ type: 'EOF', text: '', pos: offset + text.length });
  return { ok: true, tokens };
}
