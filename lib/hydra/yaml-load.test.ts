import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadYaml, readHeader, resolvePlainScalar } from './yaml-load';
import { toPlain } from './output';
import { ConfigException } from './errors';

const plain = (text: string) => toPlain(loadYaml({ file: 't.yaml', text }));

test('plain scalars are typed as PyYAML (YAML 1.1) with OmegaConf floats', () => {
  // Each expectation is what yaml.load(..., OmegaConf's loader) gives in Python.
  assert.deepEqual(plain('a: yes\nb: Off\nc: ~\nd: 0777\ne: 0x1F\nf: 1_000\ng: 1:30\nh: 1e-3\ni: .inf\nj: 2.\nk: y\nl: 0o17\nm: 2024-01-01\n'), {
    a: true, b: false, c: null, d: 511, e: 31, f: 1000, g: 90, h: 0.001, i: Infinity, j: 2, k: 'y', l: '0o17', m: '2024-01-01',
  });
  assert.equal(resolvePlainScalar('1.0').float, true);
  assert.equal(resolvePlainScalar('1').float, false);
  assert.equal(resolvePlainScalar('1e5').float, true, 'OmegaConf reads 1e5 as a float (PyYAML alone would not)');
});

test('quoted scalars stay strings, tags are honoured, empty file is an empty dict', () => {
  assert.deepEqual(plain('a: "yes"\nb: \'1\'\nc: !!str 5\nd: !!float 3\n'), { a: 'yes', b: '1', c: '5', d: 3 });
  assert.deepEqual(plain(''), {});
  assert.deepEqual(plain('# only a comment\n'), {});
});

test('merge keys and anchors work as in PyYAML', () => {
  assert.deepEqual(plain('base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n'), { base: { x: 1, y: 2 }, c: { x: 1, y: 3 } });
});

test('syntax errors and duplicate keys carry file, line and column', () => {
  for (const [text, line] of [['a: 1\nb: [1, 2\n', 3], ['a: 1\na: 2\n', 2]] as const) {
    try {
      loadYaml({ file: 'bad.yaml', text });
      assert.fail('expected a syntax error');
    } catch (e) {
      assert.ok(e instanceof ConfigException);
      assert.equal(e.error.code, 'yaml-syntax');
      assert.equal(e.error.file, 'bad.yaml');
      assert.equal(e.error.line, line);
    }
  }
});

test('values remember their line and column', () => {
  const node = loadYaml({ file: 'p.yaml', text: 'a:\n  b: 5\n' });
  assert.ok(node.kind === 'dict');
  const a = node.map.get('a');
  assert.ok(a?.kind === 'dict');
  assert.deepEqual(a.map.get('b')?.origin, { kind: 'file', file: 'p.yaml', line: 2, col: 6 });
});

test('the package header is read only before the first other line', () => {
  assert.deepEqual(readHeader('# @package _global_\na: 1\n'), { package: '_global_' });
  assert.deepEqual(readHeader('\n  # @package foo.bar\n'), { package: 'foo.bar' });
  assert.deepEqual(readHeader('# a comment\n# @package _global_\n'), { package: null }, 'Hydra stops at the first non-header line');
  assert.deepEqual(readHeader('a: 1\n# @package x\n'), { package: null });
});
