/**
 * Tokens of Hydra's override grammar in value position, matched as ANTLR does: the longest
 * match wins, ties go to the rule defined first.
 */
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

const INT_UNSIGNED = '(?:0|[1-9](?:_?[0-9])*)';
// Longer alternative first: JavaScript takes the first alternative that matches, not the longest.
const POINT_FLOAT = `(?:${INT_UNSIGNED}?\\.[0-9](?:_?[0-9])*|${INT_UNSIGNED}\\.)`;
const EXPONENT_FLOAT = `(?:(?:${POINT_FLOAT}|${INT_UNSIGNED})[eE][+-]?[0-9](?:_?[0-9])*)`;

const RULES: [TokType, RegExp][] = [
  ['POPEN', /[ \t]*\([ \t]*/y],
  ['COMMA', /[ \t]*,[ \t]*/y],
  ['PCLOSE', /[ \t]*\)/y],
  ['BRACKET_OPEN', /\[[ \t]*/y],
  ['BRACKET_CLOSE', /[ \t]*\]/y],
  ['BRACE_OPEN', /\{[ \t]*/y],
  ['BRACE_CLOSE', /[ \t]*\}/y],
  ['COLON', /[ \t]*:[ \t]*/y],
  ['EQUAL', /[ \t]*=[ \t]*/y],
  ['FLOAT', new RegExp(`[+-]?(?:${EXPONENT_FLOAT}|${POINT_FLOAT}|[Ii][Nn][Ff]|[Nn][Aa][Nn])`, 'y')],
  ['INT', new RegExp(`[+-]?${INT_UNSIGNED}`, 'y')],
  ['BOOL', /(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])/y],
  ['NULL', /[Nn][Uu][Ll][Ll]/y],
  ['UNQUOTED_CHAR', /[/\-\\+.$%*@?|]/y],
  ['ID', /[A-Za-z_][A-Za-z0-9_-]*/y],
  ['ESC', /(?:\\\\|\\\(|\\\)|\\\[|\\\]|\\\{|\\\}|\\:|\\=|\\,|\\ |\\\t)+/y],
  ['WS', /[ \t]+/y],
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
