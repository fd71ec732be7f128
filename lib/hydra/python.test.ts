import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floatRange, pyFloatStr, pyShuffle, pyStr } from './python';

test('floats print as Python prints them', () => {
  assert.equal(pyFloatStr(1), '1.0');
  assert.equal(pyFloatStr(0.1), '0.1');
  assert.equal(pyFloatStr(1e-5), '1e-05');
  assert.equal(pyFloatStr(0.0001), '0.0001');
  assert.equal(pyFloatStr(1e16), '1e+16');
  assert.equal(pyFloatStr(1234567890123456.0), '1234567890123456.0');
  assert.equal(pyFloatStr(-2.5e-7), '-2.5e-07');
  assert.equal(pyFloatStr(Infinity), 'inf');
  assert.equal(pyFloatStr(0.1 + 0.2), '0.30000000000000004');
  assert.equal(pyStr(true), 'True');
  assert.equal(pyStr(null), 'None');
  assert.equal(pyStr(3, true), '3.0');
});

test('float range() steps in Decimal like Hydra, not in float', () => {
  // Decimal(0.0) += Decimal(0.1) while < 1, then float(), in Python 3.11.
  // Float arithmetic would give 0.30000000000000004 and 0.6000000000000001 here.
  assert.deepEqual(floatRange(0, 1, 0.1).map(pyFloatStr), [
    '0.0', '0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7000000000000001', '0.8', '0.9',
  ]);
  assert.deepEqual(floatRange(1, 0, -0.25), [1, 0.75, 0.5, 0.25]);
  assert.deepEqual(floatRange(0.5, 2, 0.5), [0.5, 1, 1.5]);
});

test('shuffle follows CPython random.seed + random.shuffle', () => {
  // python3 -c "import random; random.seed(0); l=list(range(10)); random.shuffle(l); print(l)"
  assert.deepEqual(pyShuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0), [7, 8, 1, 5, 3, 4, 2, 0, 9, 6]);
  // python3 -c "import random; random.seed(42); l=list('abcde'); random.shuffle(l); print(l)"
  assert.deepEqual(pyShuffle(['a', 'b', 'c', 'd', 'e'], 42), ['d', 'b', 'c', 'e', 'a']);
});
