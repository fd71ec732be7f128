import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigException } from '../errors';
import { parseOverride } from './parse-override';
import { elementToString, withQuotes } from './to-string';

const value = (line: string) => parseOverride(line).value;

test('override kinds, keys and packages', () => {
  assert.deepEqual(
    ['a.b=1', '+a=1', '++a=1', '~a', '~a=1', 'db@pkg.x=mysql', 'hydra/launcher=joblib', 'group@=x'].map((l) => {
      const o = parseOverride(l);
      return [o.type, o.key, o.package];
    }),
    [
      ['change', 'a.b', null],
      ['add', 'a', null],
      ['force-add', 'a', null],
      ['delete', 'a', null],
      ['delete', 'a', null],
      ['change', 'db', 'pkg.x'],
      ['change', 'hydra/launcher', null],
      ['change', 'group', ''],
    ],
  );
  assert.equal(parseOverride('~a').value, undefined);
});

test('values are typed as Hydra types them', () => {
  assert.equal(value('a=1'), 1);
  assert.deepEqual(value('a=1.0'), { float: 1 });
  assert.deepEqual(value('a=1e3'), { float: 1000 });
  assert.deepEqual(value('a=.5'), { float: 0.5 });
  assert.equal(value('a=1_000'), 1000);
  assert.equal(value('a=TrUe'), true);
  assert.equal(value('a=NULL'), null);
  assert.equal(value('a='), '');
  assert.equal(value('a=foo.bar'), 'foo.bar');
  assert.equal(value('a=/data/in.nc'), '/data/in.nc');
  assert.equal(value('a=hello world'), 'hello world', 'inner whitespace is kept');
  assert.equal(value('a=${b.c}'), '${b.c}');
  assert.deepEqual(value("a='1,2'"), { quoted: '1,2', quote: "'" });
  assert.deepEqual(value('a="say \\"hi\\""'), { quoted: 'say "hi"', quote: '"' });
  assert.equal(value('a=\\(x\\,y\\)'), '(x,y)', 'escaped special characters');
});

test('lists and dicts nest', () => {
  assert.deepEqual(value('a=[1,[2,x],{k:v}]'), [1, [2, 'x'], { dict: [['k', 'v']] }]);
  assert.deepEqual(value('a={b:1, c:[x, y]}'), { dict: [['b', 1], ['c', ['x', 'y']]] });
  assert.deepEqual(value('a=[]'), []);
});

test('sweeps: simple choice, functions, casts', () => {
  assert.deepEqual(value('a=1,2,x'), { sweep: 'choice', items: [1, 2, 'x'], simple: true, shuffle: false, tags: [] });
  assert.deepEqual(value('a=range(3)'), { sweep: 'range', start: 0, stop: 3, step: 1, shuffle: false, tags: [] });
  assert.deepEqual(value('a=range(0,1,step=0.25)'), { sweep: 'range', start: 0, stop: 1, step: { float: 0.25 }, shuffle: false, tags: [] });
  assert.deepEqual(value('a=sort(3,1,2,reverse=true)'), { sweep: 'choice', items: [3, 2, 1], simple: true, shuffle: false, tags: [] });
  assert.deepEqual(value('a=int(1.9)'), 1);
  assert.deepEqual(value('a=str(true)'), 'true');
  assert.deepEqual(value('a=float(1,2)'), { sweep: 'choice', items: [{ float: 1 }, { float: 2 }], simple: true, shuffle: false, tags: [] });
  assert.deepEqual(value('a=glob(*,exclude=b*)'), { sweep: 'glob', include: ['*'], exclude: ['b*'], tags: [] });
  assert.deepEqual(value('a=interval(0,1)'), { sweep: 'interval', start: 0, end: 1, tags: [] });
});

test('parse errors name the override and the column', () => {
  const cases: [string, number, RegExp][] = [
    ['a=[1,2', 7, /expected '\]'/],
    ['a=1)', 4, /expected the end of the override/],
    ['a b=1', 2, /not a valid key/],
    ['a=x=y', 4, /found '='/],
    ['a', 2, /missing '='/],
    ['a=nope(1)', 3, /Unknown function 'nope'/],
    ['a=choice()', 3, /empty choice is not legal/],
  ];
  for (const [line, col, message] of cases) {
    assert.throws(
      () => parseOverride(line),
      (e: unknown) => e instanceof ConfigException && e.error.override === line && e.error.col === col && message.test(e.error.message),
      line,
    );
  }
});

test('values print back as Hydra writes them in job override lists', () => {
  assert.equal(elementToString(true), 'True');
  assert.equal(elementToString({ float: 1e-5 }), '1e-05');
  assert.equal(elementToString([1, 'a b', null]), '[1,a\\ b,null]');
  assert.equal(elementToString({ dict: [['k', { float: 2 }]] }), '{k:2.0}');
  assert.equal(withQuotes({ quoted: "it's", quote: "'" }), "'it\\'s'");
  assert.equal(withQuotes({ quoted: 'a\\', quote: "'" }), "'a\\\\'");
});
