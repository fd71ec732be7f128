/**
 * The overrides box speaks shell, as a terminal does: `igm_run +experiment=params a=1 'b=x y'`
 * reaches Hydra as the words `a=1` and `b=x y`. Splitting follows POSIX quoting (single quotes
 * literal, double quotes with backslash escapes), and quoting for display is its inverse, so an
 * exported command gives IGM exactly the overrides the studio composed.
 */
import { err, ok, type Result } from '../result';

export function splitCommandLine(text: string): Result<string[], { message: string; col: number }> {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return err({ message: 'a single quote is not closed', col: i + 1 });
      word += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length && '"\\$`'.includes(text[j + 1]!)) j++;
        word += text[j];
      }
      if (j >= text.length) return err({ message: 'a double quote is not closed', col: i + 1 });
      i = j + 1;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[i + 1];
      i += 2;
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) words.push(word);
  return ok(words);
}

/** One word as a POSIX shell reads it back unchanged. */
export function quoteWord(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function joinCommandLine(words: readonly string[]): string {
  return words.map(quoteWord).join(' ');
}
