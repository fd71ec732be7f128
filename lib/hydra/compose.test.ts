import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeError, composeFiles, plainConfig } from './testing';
import { explain, leafProvenance } from './provenance';
import { toJson, toYaml } from './output';

const app = {
  'config.yaml': 'defaults:\n  - _self_\n  - db: mysql\n\nname: app\nlist: [1, 2, 3]\nnested:\n  a: 1\n  b: {c: 2}\n',
  'db/mysql.yaml': 'host: localhost\nport: 3306\n',
  'db/sqlite.yaml': 'file: db.sqlite\n',
};

test('configs merge in defaults order at their package', () => {
  assert.deepEqual(plainConfig(app), { name: 'app', list: [1, 2, 3], nested: { a: 1, b: { c: 2 } }, db: { host: 'localhost', port: 3306 } });
  assert.deepEqual(plainConfig(app, ['db=sqlite']), { name: 'app', list: [1, 2, 3], nested: { a: 1, b: { c: 2 } }, db: { file: 'db.sqlite' } });
});

test('merge: dicts deep, lists replaced, types may change, ??? keeps, null replaces a dict', () => {
  const files = {
    'config.yaml': 'defaults:\n  - base\n  - _self_\nd: {y: 20}\nl: [9]\ns: {now: dict}\nm: ???\nn: null\n',
    'base.yaml': 'd: {x: 1, y: 2}\nl: [1, 2, 3]\ns: 5\nm: kept\nn: {gone: true}\n',
  };
  assert.deepEqual(plainConfig(files), { d: { x: 1, y: 20 }, l: [9], s: { now: 'dict' }, m: 'kept', n: null });
});

test('command-line values: change, add, force-add, delete, dict merge, list index', () => {
  const c = (o: string[]) => plainConfig(app, o) as Record<string, unknown>;
  assert.equal(c(['name=other']).name, 'other');
  assert.deepEqual(c(['+extra.deep=1']).extra, { deep: 1 });
  assert.equal(c(['++name=forced']).name, 'forced');
  assert.equal(c(['++new=1']).new, 1);
  assert.equal('name' in c(['~name']), false);
  assert.equal('name' in c(['~name=app']), false);
  assert.deepEqual(c(['nested={a: 5}']).nested, { a: 5, b: { c: 2 } });
  assert.deepEqual(c(['list=[4]']).list, [4]);
  assert.deepEqual(c(['list.1=20']).list, [1, 20, 3]);
  assert.equal(c(['nested.a=null']).nested && (c(['nested.a=null']).nested as Record<string, unknown>).a, null);
});

test('command-line mistakes give Hydra’s messages and hints', () => {
  assert.equal(composeError(app, ['missing=1']).message, "Could not override 'missing'.\nTo append to your config use +missing=1");
  assert.equal(
    composeError(app, ['+name=x']).message,
    "Could not append to config. An item is already at 'name'.\nEither remove + prefix: 'name=x'\nOr add a second + to add or override 'name': '++name=x'",
  );
  assert.equal(composeError(app, ['~nothere']).message, "Could not delete from config. 'nothere' does not exist.");
  assert.equal(composeError(app, ['~name=zzz']).message, "Could not delete from config. The value of 'name' is app and not zzz.");
  assert.equal(composeError(app, ['nested={z: 1}']).code, 'key-missing');
  assert.match(composeError(app, ['nested=[1]']).message, /^Error merging override nested=\[1\]/);
  const missing = composeError(app, ['db=oracle']);
  assert.equal(missing.code, 'missing-config');
  assert.deepEqual(missing.options, ['mysql', 'sqlite']);
  assert.match(missing.message, /^In 'config': Could not find 'db\/oracle'\n\nAvailable options in 'db':\n\tmysql\n\tsqlite\nConfig search path:/);
  assert.equal(composeError(app, ['dbx=mysql']).message, "Could not override 'dbx'.\nTo append to your config use +dbx=mysql");
  assert.equal(composeError(app, ['+db=sqlite']).message, "Multiple values for db. To override a value use 'override db: sqlite'");
  assert.equal(composeError(app, ['+db=mysql']).message, 'db appears more than once in the final defaults list');
  assert.match(composeError(app, ['x@pkg=1']).message, /looks like a config group override, but config group 'x' does not exist/);
  assert.match(composeError(app, ['name=a,b']).message, /^Ambiguous value for argument 'name=a,b'/);
  assert.equal(composeError(app, ['name=range(3)']).message, "Sweep parameters 'name=range(3)' requires --multirun");
});

test('group choices: append, delete, override of a missing choice', () => {
  assert.deepEqual(plainConfig({ ...app, 'config.yaml': 'name: x\n' }, ['+db=sqlite']), { name: 'x', db: { file: 'db.sqlite' } });
  assert.deepEqual(plainConfig(app, ['~db']), { name: 'app', list: [1, 2, 3], nested: { a: 1, b: { c: 2 } } });
  assert.equal(composeError(app, ['~db=sqlite']).message, "Could not delete 'db=sqlite'. No match in the defaults list");
  const need = { 'config.yaml': 'defaults:\n  - db: ???\n', 'db/a.yaml': 'x: 1\n', 'db/b.yaml': 'x: 2\n' };
  assert.equal(composeError(need).message, "You must specify 'db', e.g, db=<OPTION>\nAvailable options:\n\ta\n\tb");
  assert.deepEqual(plainConfig(need, ['db=b']), { db: { x: 2 } });
});

test('interpolations resolve with the target’s type, strings concatenate with Python str()', () => {
  const files = {
    'config.yaml': [
      'a: 1.0', 'b: ${a}', 'c: run_${a}_${d.e}', 'd: {e: true, f: "${..a}", g: "${.e}"}', 'l: [x, "${a}"]',
      'h: ${oc.env:IGM_STUDIO_TEST_UNSET,fallback}', 'i: ${oc.select:nope,7}', 'j: \\${a}', 'k: ${oc.decode:"[1, 2.5]"}',
    ].join('\n'),
  };
  assert.deepEqual(plainConfig(files), {
    a: 1, b: 1, c: 'run_1.0_True', d: { e: true, f: 1, g: true }, l: ['x', 1], h: 'fallback', i: 7, j: '${a}', k: [1, 2.5],
  });
  const yaml = toYaml(composeFiles(files).config);
  assert.match(yaml, /^b: 1\.0$/m, 'a float read through an interpolation stays a float');
  assert.match(toJson(composeFiles(files).config), /"b": 1\.0,/);
});

test('interpolation errors name the key and what is wrong', () => {
  assert.match(composeError({ 'config.yaml': 'a: ${nope.x}\n' }).message, /Interpolation key 'nope.x' not found/);
  assert.equal(composeError({ 'config.yaml': 'a: ${nope.x}\n' }).key, 'a');
  assert.match(composeError({ 'config.yaml': 'a: ${b}\nb: ${a}\n' }).message, /Circular interpolation/);
  assert.match(composeError({ 'config.yaml': 'a: ${oc.env:IGM_STUDIO_TEST_UNSET}\n' }).message, /Environment variable 'IGM_STUDIO_TEST_UNSET' not found/);
  assert.match(composeError({ 'config.yaml': 'a: ${what:1}\n' }).message, /Unsupported interpolation type what/);
  assert.match(composeError({ 'config.yaml': 'a: ???\nb: ${a}\n' }).message, /missing value/);
});

test('provenance: file and line, what was replaced, overrides, interpolations', () => {
  const c = composeFiles(app, ['db.port=5432', '+extra=1']);
  const p = leafProvenance(c.config);
  assert.deepEqual(p.get('name')?.origin, { kind: 'file', file: 'config.yaml', line: 5, col: 7 });
  assert.deepEqual(p.get('db.port')?.origin, { kind: 'override', override: 'db.port=5432' });
  assert.deepEqual(p.get('db.port')?.replaced, [{ value: '3306', origin: { kind: 'file', file: 'db/mysql.yaml', line: 2, col: 7 } }]);
  assert.deepEqual(p.get('extra')?.origin, { kind: 'override', override: '+extra=1' });
  const interp = composeFiles({ 'config.yaml': 'a: 1\nb: ${a}\n' }, ['a=2']);
  assert.deepEqual(explain(interp.config, 'b'), [
    'b = 2',
    '  set by config.yaml:2',
    "  through ${a} (reads a, set by command line 'a=2')",
  ]);
});

test('the defaults tree is data the UI can show', () => {
  const tree = composeFiles(app).defaultsTree;
  const primary = tree.children.find((c) => c.configPath === 'config');
  assert.ok(primary);
  assert.deepEqual(primary.children.map((c) => c.label), ['_self_', 'db/mysql']);
  assert.equal(primary.children[1]?.written, 'db: mysql');
});

test('Hydra’s own groups can be chosen without touching the job config', () => {
  const c = composeFiles(app, ['hydra/launcher=submitit_slurm', 'hydra.launcher.partition=gpu']);
  assert.equal(c.choices['hydra/launcher'], 'submitit_slurm');
  assert.deepEqual(c.overrides.hydra, ['hydra/launcher=submitit_slurm', 'hydra.launcher.partition=gpu']);
  assert.equal(c.config.map.has('hydra'), false);
  assert.match(composeError(app, ['hydra/launcher=nope']).message, /Could not find 'hydra\/launcher\/nope'/);
});
