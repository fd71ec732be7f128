import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadYaml } from '../hydra/yaml-load';
import { toPlain } from '../hydra/output';
import { igmConfFiles } from './library.generated';
import { experimentJsonSchema } from './json-schema';
import { findParam, igmSchema } from './schema';

const CONF = join(import.meta.dirname, '../../../shared/igm/conf');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.yaml') ? [join(dir, f)] : []));
}

test('the built-in library holds exactly IGM’s module configs (names and defaults)', () => {
  const shipped = files(CONF).map((f) => relative(CONF, f)).sort();
  assert.deepEqual(Object.keys(igmConfFiles).sort(), shipped);
  for (const path of shipped) {
    const original = toPlain(loadYaml({ file: path, text: readFileSync(join(CONF, path), 'utf8') }));
    assert.deepEqual(toPlain(loadYaml({ file: path, text: igmConfFiles[path]! })), original, path);
  }
});

test('parameters carry IGM’s names, defaults, types and units', () => {
  const slope = findParam('processes.thk.slope_type');
  assert.deepEqual(
    slope && { type: slope.type, default: slope.default, enum: slope.enum, units: slope.units },
    { type: 'string', default: 'superbee', enum: ['godunov', 'minmod', 'superbee'], units: 'dimensionless' },
  );
  assert.deepEqual(findParam('processes.iceflow.method')?.enum, ['emulated', 'solved', 'diagnostic']);
  assert.deepEqual(findParam('processes.iceflow.numerics.vert_basis')?.enum, ['Lagrange', 'Legendre', 'SIA']);
  const a = findParam('processes.iceflow.physics.init_arrhenius');
  assert.equal(a?.default, 78);
  assert.equal(a?.type, 'number');
  assert.match(a?.units ?? '', /Mpa\^\{-n\} y\^\{-1\}/i);
  assert.equal(findParam('processes.iceflow.numerics.Nz')?.type, 'integer');
  assert.equal(findParam('processes.time.cfl')?.default, 0.3);
  assert.equal(findParam('inputs.local.crop.xmin')?.nullable, true);
  assert.equal(findParam('core.logging')?.type, 'boolean');
});

test('every parameter of every module has a description', () => {
  const missing = igmSchema().flatMap((m) => m.params.filter((p) => p.description.trim() === '').map((p) => p.path));
  assert.deepEqual(missing, []);
  assert.equal(igmSchema().filter((m) => m.description === '').length, 0);
});

test('the JSON Schema lists module names for override lists and typed parameters', () => {
  // The schema is plain JSON; walk it loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const s = experimentJsonSchema({ inputs: [], processes: ['clim_aletsch'], outputs: [] }) as any;
  const items: { properties?: Record<string, { anyOf: { items: { enum: string[] } }[] }> }[] = s.properties.defaults.items.anyOf;
  const processes = items.find((i) => i.properties?.['override /processes'])!;
  const names = processes.properties!['override /processes']!.anyOf[0]!.items.enum;
  assert.ok(names.includes('iceflow') && names.includes('smb_simple') && names.includes('thk'));
  assert.ok(names.includes('clim_aletsch'), "the workspace's own modules are offered too");
  const thk = s.properties.processes.properties.thk;
  assert.equal(thk.additionalProperties, false, 'unknown keys are flagged');
  assert.deepEqual(thk.properties.slope_type.enum, ['godunov', 'minmod', 'superbee']);
  assert.equal(s.properties.processes.properties.time.properties.end.type, 'number');
  assert.equal(s.properties.core.properties.logging_level.type, 'integer');
  assert.deepEqual(s.properties.inputs.properties.local.properties.crop.properties.xmin.type, ['number', 'null']);
});
