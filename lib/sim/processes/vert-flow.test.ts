import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { SimState } from '../state';
import { Params } from '../params';
import { regularGrid } from '../inputs/synthetic';
import { noFiles } from '../testing';
import { createVertFlow } from './vert-flow';
import { levels, verticalWeights } from './iceflow/vertical';

function stateWith(u: (k: number, i: number) => number, slope: number, thkOf: (i: number) => number) {
  const grid = regularGrid(8, 6, 100);
  const state = new SimState();
  state.setGrid(grid);
  const nz = 5;
  state.setField('topg', Float32Array.from({ length: 48 }, (_, c) => -(c % 8) * 100 * slope));
  state.setField('thk', Float32Array.from({ length: 48 }, (_, c) => thkOf(c % 8)));
  state.set('U', tf.tensor3d(Float32Array.from({ length: nz * 48 }, (_, c) => u(Math.floor(c / 48), c % 8)), [nz, 6, 8]));
  state.set('V', tf.zeros([nz, 6, 8]));
  state.set('levels', tf.tensor1d(levels(nz, 4)));
  state.set('vert_weight', tf.tensor1d(verticalWeights(nz, 4)));
  return state;
}

async function wAt(state: SimState, field: string, cell: number) {
  const vf = createVertFlow();
  const ctx = { state, params: new Params('processes.vert_flow', { version: 2, method: 'kinematic' }), core: new Params('core', {}), io: noFiles, log: () => {} };
  vf.initialize(ctx);
  await vf.update(ctx);
  return (await state.get(field).data())[cell]!;
}

test('ice sliding down a uniform slab follows its levels: w = −u tanα at every level', async () => {
  await tf.setBackend('cpu');
  const tan = 0.05;
  const state = stateWith((k) => 10 + 5 * k, tan, () => 300);
  assert.ok(Math.abs((await wAt(state, 'wvelsurf', 19)) + 30 * tan) < 1e-4);
  assert.ok(Math.abs((await state.get('wvelbase').data())[19]! + 10 * tan) < 1e-4);
  state.dispose();
});

test('plug flow along a thinning tongue keeps its surface: the flux and slope terms cancel', async () => {
  await tf.setBackend('cpu');
  // Flat bed, u = 20 m/a at every level, h falling 1 m per 100 m: w_surf = −u dh/dx + u dh/dx = 0.
  const state = stateWith(() => 20, 0, (i) => 300 - i);
  const ws = await wAt(state, 'wvelsurf', 19);
  const wb = (await state.get('wvelbase').data())[19]!;
  assert.ok(Math.abs(wb) < 1e-5, `w_base ${wb}`);
  assert.ok(Math.abs(ws) < 1e-4, `w_surf ${ws}`);
  state.dispose();
});

test('stretching flow thins the ice: w_surf = −H du/dx', async () => {
  await tf.setBackend('cpu');
  // u grows by 1 m/a per 100 m cell, H = 300 m on a flat bed: w_surf = −300 · 0.01 = −3 m/a.
  const state = stateWith((_, i) => 20 + i, 0, () => 300);
  assert.ok(Math.abs((await wAt(state, 'wvelsurf', 19)) + 3) < 1e-3);
  assert.ok(Math.abs((await state.get('wvelbase').data())[19]!) < 1e-5, 'the base stays on the bed');
  state.dispose();
});
