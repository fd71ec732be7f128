import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAutosave } from './autosave';
import { createStudioStore } from './index';
import { memoryStorage } from './workspace-storage';

const P = 'experiment/params.yaml';
const settle = () => new Promise((r) => setTimeout(r, 30));

test('edits are saved and come back in a new session', async () => {
  const storage = memoryStorage();
  const tab = createStudioStore();
  const save = createAutosave(tab, storage, 'A', 5);
  await save.start();
  tab.getState().editFile(P, 'a: 1\n');
  assert.equal(tab.getState().saving.state, 'pending');
  await settle();
  await save.flush();
  assert.equal(tab.getState().saving.state, 'saved');
  save.stop();
  const reloaded = createStudioStore();
  await createAutosave(reloaded, storage, 'B', 5).start();
  assert.equal(reloaded.getState().workspace.files[P], 'a: 1\n');
});

test('a second tab with stale edits gets a conflict instead of overwriting', async () => {
  const storage = memoryStorage();
  const a = createStudioStore();
  const b = createStudioStore();
  const sa = createAutosave(a, storage, 'A', 5);
  const sb = createAutosave(b, storage, 'B', 5);
  await sa.start();
  await sb.start();
  a.getState().editFile(P, 'from: A\n');
  await sa.flush();
  b.getState().editFile(P, 'from: B\n');
  await settle();
  await sb.flush();
  assert.equal(b.getState().saving.state, 'conflict');
  assert.equal((await storage.load())!.workspace.files[P], 'from: A\n', "A's save stands");
  await sb.resolveConflict('mine');
  assert.equal((await storage.load())!.workspace.files[P], 'from: B\n', 'only when B says so');
  assert.equal(b.getState().saving.state, 'saved');
  // A learns of it: with nothing unsaved it shows B's version, with a notice.
  await sa.remoteSaved();
  assert.equal(a.getState().workspace.files[P], 'from: B\n');
  assert.match(a.getState().notice!.text, /another tab/);
  sa.stop();
  sb.stop();
});

test('taking the other tab\'s version replaces the local edits', async () => {
  const storage = memoryStorage();
  const a = createStudioStore();
  const b = createStudioStore();
  const sa = createAutosave(a, storage, 'A', 5);
  const sb = createAutosave(b, storage, 'B', 5);
  await sa.start();
  await sb.start();
  a.getState().editFile(P, 'from: A\n');
  await sa.flush();
  b.getState().editFile(P, 'from: B\n');
  await sb.remoteSaved();
  assert.equal(b.getState().saving.state, 'conflict');
  await sb.resolveConflict('theirs');
  assert.equal(b.getState().workspace.files[P], 'from: A\n');
  await settle();
  await sb.flush();
  assert.equal(b.getState().saving.state, 'saved');
  sa.stop();
  sb.stop();
});
