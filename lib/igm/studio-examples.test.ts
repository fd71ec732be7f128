import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFiles, toPlain } from '../hydra';
import { composeExperiment } from './compose-experiment';
import { EXAMPLES } from './examples';
import { moduleDiagnostics, userModulesOf } from './module-diagnostics';
import { runsInBrowser } from './support';

test('every example in the menu composes, and uses only modules the browser runs', () => {
  for (const ex of EXAMPLES) {
    const r = composeExperiment({ experiment: memoryFiles(ex.files), experimentName: 'params' });
    assert.ok(r.ok, `${ex.id}: ${r.ok ? '' : r.error.message}`);
    for (const [group, name] of Object.entries(r.value.choices).filter(([g]) => !g.startsWith('hydra/') && g !== 'experiment')) assert.ok(name === null || runsInBrowser(group as never, name), `${ex.id}: ${group}/${name}`);
    const groups = toPlain(r.value.config) as Record<string, Record<string, unknown>>;
    for (const group of ['inputs', 'processes', 'outputs'] as const) for (const m of Object.keys(groups[group] ?? {})) assert.ok(runsInBrowser(group, m), `${ex.id}: ${group}.${m}`);
    assert.deepEqual(moduleDiagnostics(ex.files['experiment/params.yaml']!, userModulesOf(Object.keys(ex.files))), [], ex.id);
  }
  assert.deepEqual(EXAMPLES.filter((e) => e.needsData.length).map((e) => e.id), ['aletsch-basic']);
});
