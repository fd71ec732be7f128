import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useStudio } from './index';

test('the compute slice starts probing and records the worker report', () => {
  assert.deepEqual(useStudio.getState().compute, { state: 'probing' });
  useStudio.getState().setCompute({ state: 'failed', message: 'No compute backend could start.' });
  assert.equal(useStudio.getState().compute.state, 'failed');
});
