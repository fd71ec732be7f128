import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOverride } from './grammar/parse-override';
import { composeMultirun } from './multirun';
import { memoryFiles } from './memory-files';
import { PyRandom } from './python';
import { expandSweeps, fnmatch } from './sweep';
import { toPlain } from './output';

const jobs = (lines: string[], random?: PyRandom) =>
  expandSweeps(lines.map((l) => parseOverride(l)), { groupOptions: () => ['mysql', 'postgresql', 'sqlite'], ...(random ? { random } : {}) });

test('the cartesian product follows override order, first varies slowest', () => {
  assert.deepEqual(jobs(['a=1,2', 'b=x,y', 'c=3']), [
    ['a=1', 'b=x', 'c=3'],
    ['a=1', 'b=y', 'c=3'],
    ['a=2', 'b=x', 'c=3'],
    ['a=2', 'b=y', 'c=3'],
  ]);
});

test('a later override of the same key takes the earlier one’s place', () => {
  assert.deepEqual(jobs(['a=1,2', 'b=5', 'a=7']), [['a=7', 'b=5']]);
});

test('range() uses Python range for ints and Decimal steps for floats', () => {
  assert.deepEqual(jobs(['n=range(1,10,3)']), [['n=1'], ['n=4'], ['n=7']]);
  assert.deepEqual(jobs(['x=range(0,0.5,0.1)']).flat(), ['x=0.0', 'x=0.1', 'x=0.2', 'x=0.3', 'x=0.4']);
  assert.deepEqual(jobs(['x=range(5,0,-2)']).flat(), ['x=5', 'x=3', 'x=1']);
  // Hydra sorts a descending range by rebuilding it as range(stop+|step|, start+|step|, |step|),
  // which here is range(2, 7, 2): not the same values. We reproduce Hydra, quirk included.
  assert.deepEqual(jobs(['x=sort(range(5,0,-2))']).flat(), ['x=2', 'x=4', 'x=6']);
});

test('values are written back as Hydra writes them', () => {
  assert.deepEqual(jobs(['a=true,false', 'b=1e-3,[1,2]', "c='x y',z"]).map((j) => j.join(' ')), [
    "a=True b=0.001 c='x y'",
    'a=True b=0.001 c=z',
    "a=True b=[1,2] c='x y'",
    'a=True b=[1,2] c=z',
    "a=False b=0.001 c='x y'",
    'a=False b=0.001 c=z',
    "a=False b=[1,2] c='x y'",
    'a=False b=[1,2] c=z',
  ]);
});

test('shuffle() is reproducible: the order Python gives after random.seed(seed)', () => {
  // python3 -c "import random; random.seed(3); l=[1,2,3,4,5]; random.shuffle(l); print(l)"
  assert.deepEqual(jobs(['a=shuffle(1,2,3,4,5)'], new PyRandom(3)).flat(), ['a=1', 'a=3', 'a=4', 'a=5', 'a=2']);
});

test('glob() selects group options with fnmatch patterns', () => {
  assert.deepEqual(jobs(['db=glob(*sql*,exclude=my*)']).flat(), ['db=postgresql', 'db=sqlite']);
  assert.equal(fnmatch('file1', 'file[0-9]'), true);
  assert.equal(fnmatch('file1', 'file[!0-9]'), false);
});

test('interval() is refused as the basic sweeper refuses it', () => {
  assert.throws(() => jobs(['a=interval(0,1)']), /BasicSweeper does not support sweep type : INTERVAL_SWEEP/);
});

test('a multirun composes one config per job', () => {
  const files = memoryFiles({ 'config.yaml': 'defaults:\n  - db: mysql\n  - _self_\nlr: 0.1\n', 'db/mysql.yaml': 'port: 3306\n', 'db/sqlite.yaml': 'port: 0\n' });
  const r = composeMultirun({ searchPath: [{ label: 't', displayPrefix: '', files }], configName: 'config', overrides: ['db=mysql,sqlite', 'lr=0.5,1.0'] });
  assert.ok(r.ok);
  assert.deepEqual(
    r.value.map((j) => [j.overrides, toPlain(j.composition.config)]),
    [
      [['db=mysql', 'lr=0.5'], { db: { port: 3306 }, lr: 0.5 }],
      [['db=mysql', 'lr=1.0'], { db: { port: 3306 }, lr: 1 }],
      [['db=sqlite', 'lr=0.5'], { db: { port: 0 }, lr: 0.5 }],
      [['db=sqlite', 'lr=1.0'], { db: { port: 0 }, lr: 1 }],
    ],
  );
});
