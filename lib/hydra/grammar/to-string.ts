/**
 * Overrides back to text, as Hydra writes them into a job's override list (the basic sweeper's
 * `key=value` strings): Python's str() for numbers and bools, special characters escaped,
 * quoted strings re-quoted.
 */
import { pyFloatStr } from '../python';
import { isDictEl, isFloat, isQuoted, type Element, type QuotedEl } from './types';

const ESC_CHARS = '\\()[]{}:=, \t';

export function escapeSpecialCharacters(s: string): string {
  let out = '';
  for (const ch of s) out += ESC_CHARS.includes(ch) ? `\\${ch}` : ch;
  return out;
}

/** QuotedString.with_quotes: backslashes before a quote are doubled, then quotes escaped. */
export function withQuotes({ quoted, quote: qc }: QuotedEl): string {
  if (!quoted.includes('\\')) return `${qc}${quoted.replaceAll(qc, `\\${qc}`)}${qc}`;
  const text = quoted + qc;
  const re = new RegExp(`(\\\\)+${qc}`, 'g');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += text.slice(last, m.index).replaceAll(qc, `\\${qc}`);
    const isClosing = m.index + m[0].length === text.length;
    out += '\\'.repeat((m[0].length - 1) * 2) + (isClosing ? '' : `\\${qc}`);
    last = m.index + m[0].length;
  }
  out += text.slice(last, -1).replaceAll(qc, `\\${qc}`);
  return `${qc}${out}${qc}`;
}

export function elementToString(v: Element): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return escapeSpecialCharacters(v);
  if (isFloat(v)) return pyFloatStr(v.float);
  if (isQuoted(v)) return withQuotes(v);
  if (Array.isArray(v)) return `[${v.map(elementToString).join(',')}]`;
  if (isDictEl(v)) return `{${v.dict.map(([k, x]) => `${elementToString(k)}:${elementToString(x)}`).join(',')}}`;
  return String(v);
}
