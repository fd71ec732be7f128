import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinCommandLine, splitCommandLine } from './command-line';

test('the overrides box splits words the way a shell does', () => {
  assert.deepEqual(splitCommandLine(`processes.time.end=2050  'core.url_data=a b' "x=\\"q\\"" y=it\\'s`), { ok: true, value: ['processes.time.end=2050', 'core.url_data=a b', 'x="q"', "y=it's"] });
  assert.deepEqual(splitCommandLine("a='1,2' b=[1,2]"), { ok: true, value: ['a=1,2', 'b=[1,2]'] });
  assert.deepEqual(splitCommandLine('   '), { ok: true, value: [] });
  assert.deepEqual(splitCommandLine("a='x"), { ok: false, error: { message: 'a single quote is not closed', col: 3 } });
});

test('quoting for display reads back to the same words', () => {
  const words = ['processes.time.end=2050', "core.url_data='a b'", 'x=${oc.env:HOME}', "it's", '', 'a=range(1,3)', 'b=[1,2]'];
  const line = joinCommandLine(words);
  assert.deepEqual(splitCommandLine(line), { ok: true, value: words });
  // zsh would glob brackets, so they are quoted.
  assert.equal(joinCommandLine(['a=1', 'b=[1,2]']), "a=1 'b=[1,2]'");
});
