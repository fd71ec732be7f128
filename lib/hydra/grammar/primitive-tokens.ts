/**
 * The primitive tokens Hydra's override grammar and OmegaConf's interpolation grammar share
 * (both are ANTLR lexers with the same rules for numbers, booleans, null, identifiers, escapes
 * and whitespace), as sticky regular expressions in the lexers' priority order.
 */
const INT_UNSIGNED = '(?:0|[1-9](?:_?[0-9])*)';
// Longer alternative first: JavaScript takes the first alternative that matches, not the longest.
const POINT_FLOAT = `(?:${INT_UNSIGNED}?\\.[0-9](?:_?[0-9])*|${INT_UNSIGNED}\\.)`;
const EXPONENT_FLOAT = `(?:(?:${POINT_FLOAT}|${INT_UNSIGNED})[eE][+-]?[0-9](?:_?[0-9])*)`;

export const PRIMITIVE_TOKENS = [
  ['FLOAT', new RegExp(`[+-]?(?:${EXPONENT_FLOAT}|${POINT_FLOAT}|[Ii][Nn][Ff]|[Nn][Aa][Nn])`, 'y')],
  ['INT', new RegExp(`[+-]?${INT_UNSIGNED}`, 'y')],
  ['BOOL', /(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])/y],
  ['NULL', /[Nn][Uu][Ll][Ll]/y],
  ['UNQUOTED_CHAR', /[/\-\\+.$%*@?|]/y],
  ['ID', /[A-Za-z_][A-Za-z0-9_-]*/y],
  ['ESC', /(?:\\\\|\\\(|\\\)|\\\[|\\\]|\\\{|\\\}|\\:|\\=|\\,|\\ |\\\t)+/y],
  ['WS', /[ \t]+/y],
] as const satisfies readonly (readonly [string, RegExp])[];
