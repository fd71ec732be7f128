import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SIMULATION_SUPPORT } from '../igm';
import { SUPPORTED } from './registry';

test('the editor’s list of runnable modules is the simulation registry', () => {
  assert.deepEqual(SIMULATION_SUPPORT, SUPPORTED);
});
