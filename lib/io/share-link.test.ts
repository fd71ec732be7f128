import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'fflate';
import { decodeShareFragment, encodeShareFragment, MAX_INFLATED_BYTES, SHARE_PREFIX } from './share-link';
import { defaultExperimentFiles } from '../igm/default-experiment';
import type { Workspace } from '../workspace/workspace';

const ws: Workspace = {
  files: { ...defaultExperimentFiles, 'user/conf/processes/my_smb.yaml': 'ela: 2900 # métres, ünïcode\n' },
  overrides: ['processes.time.end=2050', "core.url_data='a b'"],
  experiment: 'params',
};

function pack(payload: unknown): string {
  const b = deflateSync(new TextEncoder().encode(JSON.stringify(payload)));
  return SHARE_PREFIX + Buffer.from(b).toString('base64url');
}

test('a workspace survives the round trip through a link exactly', () => {
  const fragment = encodeShareFragment(ws);
  assert.match(fragment, /^#share=v1\.[A-Za-z0-9_-]+$/);
  const back = decodeShareFragment(fragment);
  assert.ok(back.ok);
  assert.deepEqual(back.value, ws);
  // The default experiment compresses well below the length chat tools cut.
  assert.ok(encodeShareFragment({ files: defaultExperimentFiles, overrides: [], experiment: 'params' }).length < 1000);
});

test('a link cut short or edited is refused with a reason, never thrown', () => {
  const fragment = encodeShareFragment(ws);
  for (const bad of [fragment.slice(0, fragment.length / 2), fragment.slice(0, -3) + '!!!', SHARE_PREFIX, '#share=v1.%%%']) {
    const r = decodeShareFragment(bad);
    assert.equal(r.ok, false, bad.slice(0, 40));
    if (!r.ok) assert.match(r.error.code, /corrupt|bad-structure/);
  }
  const other = decodeShareFragment('#section-2');
  assert.equal(other.ok ? 'ok' : other.error.code, 'not-a-share-link');
});

test('file names outside the experiment layout are refused', () => {
  for (const path of ['../etc/passwd', '/abs.yaml', 'experiment/../../x.yaml', 'user/conf/hydra/x.yaml', 'experiment/a b.yaml', 'data/input.nc', '__proto__']) {
    const r = decodeShareFragment(pack({ v: 1, experiment: 'params', overrides: [], files: { 'experiment/params.yaml': 'a: 1', [path]: 'x' } }));
    assert.equal(r.ok ? 'ok' : r.error.code, 'bad-file-name', path);
  }
});

test('malformed structures are refused by name', () => {
  const cases: [unknown, RegExp][] = [
    [{ v: 2, files: {} }, /version/],
    [{ v: 1, experiment: 'params', overrides: [], files: [] }, /file list/],
    [{ v: 1, experiment: 'params', overrides: [], files: { 'experiment/params.yaml': 5 } }, /not text/],
    [{ v: 1, experiment: 'params', overrides: [1], files: { 'experiment/params.yaml': '' } }, /overrides/],
    [{ v: 1, experiment: 'other', overrides: [], files: { 'experiment/params.yaml': '' } }, /which experiment/],
    ['a string', /version/],
  ];
  for (const [payload, message] of cases) {
    const r = decodeShareFragment(pack(payload));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, message);
  }
});

test('a decompression bomb stops at the size limit', () => {
  const zeros = new Uint8Array(MAX_INFLATED_BYTES * 3);
  const bomb = SHARE_PREFIX + Buffer.from(deflateSync(zeros, { level: 9 })).toString('base64url');
  assert.ok(bomb.length < 20_000);
  const r = decodeShareFragment(bomb);
  assert.equal(r.ok ? 'ok' : r.error.code, 'too-large');
  const huge = decodeShareFragment(SHARE_PREFIX + 'A'.repeat(500_000));
  assert.equal(huge.ok ? 'ok' : huge.error.code, 'too-large');
});
