import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadYaml } from './yaml-load';
import { toYaml, toYamlLines } from './output';

test('each YAML line knows the key of the value it shows', () => {
  const node = loadYaml({ file: 'f.yaml', text: 'a:\n  b: 1\n  c: [1, {d: x}]\n  e: {}\nf: [[1]]\n' });
  const lines = toYamlLines(node);
  assert.equal(lines.map((l) => l.text).join('\n') + '\n', toYaml(node));
  assert.deepEqual(lines, [
    { text: 'a:', path: 'a' },
    { text: '  b: 1', path: 'a.b' },
    { text: '  c:', path: 'a.c' },
    { text: '  - 1', path: 'a.c.0' },
    { text: '  - d: x', path: 'a.c.1.d' },
    { text: '  e: {}', path: 'a.e' },
    { text: 'f:', path: 'f' },
    { text: '- - 1', path: 'f.0.0' },
  ]);
});
