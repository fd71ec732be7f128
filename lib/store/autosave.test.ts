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
  const save = createAutosave(tab, storage, 'A', { delayMs: 5 });
  await save.start();
  tab.getState().editFile(P, 'a: 1\n');
  assert.equal(tab.getState().saving.state, 'pending');
  await settle();
  await save.flush();
  assert.equal(tab.getState().saving.state, 'saved');
  save.stop();
  const reloaded = createStudioStore();
  await createAutosave(reloaded, storage, 'B', { delayMs: 5 }).start();
  assert.equal(reloaded.getState().workspace.files[P], 'a: 1\n');
});

/** Tabs A and B on one storage: A's edit saved, then B edits the same file without knowing. */
async function twoTabsEditing() {
  const storage = memoryStorage();
  const a = createStudioStore();
  const b = createStudioStore();
  const sa = createAutosave(a, storage, 'A', { delayMs: 5 });
  const sb = createAutosave(b, storage, 'B', { delayMs: 5 });
  await sa.start();
  await sb.start();
  a.getState().editFile(P, 'from: A\n');
  await sa.flush();
  b.getState().editFile(P, 'from: B\n');
  return { storage, a, b, sa, sb };
}

test('a second tab with stale edits gets a conflict instead of overwriting', async () => {
  const { storage, a, b, sa, sb } = await twoTabsEditing();
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
  const { b, sa, sb } = await twoTabsEditing();
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

test('edits stashed as the page goes away come back on the next start, unless another tab saved since', async () => {
  const storage = memoryStorage();
  let text: string | null = null;
  const drafts = { read: () => text, write: (t: string) => void (text = t), clear: () => void (text = null) };
  const a = createStudioStore();
  const sa = createAutosave(a, storage, 'A', { delayMs: 10_000, drafts });
  await sa.start();
  a.getState().editFile(P, 'typed: just before reload\n');
  sa.stash();
  sa.stop();
  const again = createStudioStore();
  await createAutosave(again, storage, 'A2', { delayMs: 5, drafts }).start();
  assert.equal(again.getState().workspace.files[P], 'typed: just before reload\n');
  assert.equal(again.getState().saving.state, 'pending', 'and it is saved properly now');

  const b = createStudioStore();
  const sb = createAutosave(b, storage, 'B', { delayMs: 10_000, drafts });
  await sb.start();
  b.getState().editFile(P, 'stale: draft\n');
  sb.stash();
  sb.stop();
  await storage.save({ workspace: { ...b.getState().workspace, files: { [P]: 'other: tab\n' } }, active: P, tab: 'C', savedAt: 1 }, (await storage.load())?.rev ?? 0, true);
  const c = createStudioStore();
  await createAutosave(c, storage, 'C2', { delayMs: 5, drafts }).start();
  assert.equal(c.getState().workspace.files[P], 'other: tab\n');
  assert.equal(text, null);
});
