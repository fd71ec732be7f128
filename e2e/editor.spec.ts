import { test, expect } from './fixtures/studio';

const P = `# @package _global_
defaults:
  - override /inputs: [synthetic]
  - override /processes: [smb_simple, iceflow, time, thk]
processes:
  time:
    end: 2050.0
`;

test('completion in an override list offers IGM process modules', async ({ studio, page }) => {
  await studio.open();
  await studio.setEditorText(`# @package _global_\ndefaults:\n  - override /processes: [smb_simple, \n`);
  await studio.monaco().locator('.view-line').nth(2).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toBeVisible({ timeout: 15_000 });
  await expect(suggest).toContainText('iceflow');
  await expect(suggest).toContainText('avalanche');
  // Typing narrows the open list (the widget shows only the first dozen names).
  await page.keyboard.type('vert');
  await expect(suggest).toContainText('vert_flow');
  await expect(suggest).not.toContainText('iceflow');
  expect(studio.consoleErrors).toEqual([]);
});

test('hover on a parameter shows its units and owner; an unknown key gets a marker', async ({ studio, page }) => {
  await studio.open();
  await studio.setEditorText(P + '    ende: 3\n');
  await studio.monaco().locator('.view-line', { hasText: 'end: 2050.0' }).locator('span span', { hasText: /^end$/ }).hover();
  const hover = page.locator('.monaco-hover:visible');
  await expect(hover).toContainText(/Units: y\b/, { timeout: 15_000 });
  await expect(hover).toContainText('Default: 2100.0');
  await expect(hover).toContainText(/Module: \S*time/);
  // The YAML language server reports unknown keys as warnings.
  await expect(studio.monaco().locator('.squiggly-warning, .squiggly-error')).not.toHaveCount(0, { timeout: 15_000 });
  await studio.monaco().locator('.view-line', { hasText: 'ende' }).locator('span span', { hasText: /^ende$/ }).hover();
  await expect(hover).toContainText('Property ende is not allowed');
});

test('a command-line override changes the composed view and provenance names it', async ({ studio, page }) => {
  await studio.open();
  await expect(studio.configLine('processes.time.end')).toHaveText('    end: 2100.0');
  await studio.setOverrides('processes.time.end=2050');
  await expect(studio.configLine('processes.time.end')).toHaveText('    end: 2050');
  await studio.configLine('processes.time.end').click();
  await expect(page.getByTestId('provenance.origin').first()).toHaveText("command line 'processes.time.end=2050'");
  await expect(page.getByTestId('provenance.replaced')).toContainText('experiment/params.yaml:13');
  // Jump from a file origin to its line.
  await studio.setOverrides('processes.time.end=2050,2060 processes.thk.slope_type=godunov,superbee');
  await expect(page.getByTestId('overrides.sweep.count')).toHaveText('4');
  await studio.setOverrides('processes.time.end=[1,');
  await expect(page.getByTestId('overrides.error')).toBeVisible();
  await studio.setOverrides('');
  await studio.configLine('processes.time.start').click();
  await page.getByTestId('provenance.origin').first().click();
  await expect(studio.monaco().locator('.active-line-number')).toHaveText('12');
  expect(studio.consoleErrors).toEqual([]);
});

test('a reload keeps unsaved edits', async ({ studio, page }) => {
  await studio.open();
  await studio.cursorAfter('end: 2100.0');
  await page.keyboard.type('  # kept-across-reload');
  await page.reload();
  await studio.waitForEditor();
  await expect.poll(() => studio.editorText()).toContain('# kept-across-reload');
});

test('a share link reproduces the workspace in a fresh browser; a malformed one changes nothing', async ({ studio, page, browser }) => {
  await studio.open();
  await studio.setEditorText(P.replace('2050.0', '2077.0'));
  await studio.setOverrides('processes.thk.slope_type=godunov');
  await page.getByTestId('share.button').click();
  const link = await page.getByTestId('share.link').inputValue();
  expect(link).toContain('#share=v1.');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('editor.monaco')).toContainText('2077.0', { timeout: 30_000 });
  await expect(other.getByTestId('overrides.input')).toHaveValue('processes.thk.slope_type=godunov');
  expect(other.url()).not.toContain('#share');
  await fresh.close();

  await page.goto('/#share=v1.bm90LWEtd29ya3NwYWNl');
  await studio.waitForEditor();
  await expect(studio.notice()).toContainText(/damaged|not a workspace/);
  await expect.poll(() => studio.editorText()).toContain('2077.0');
});
