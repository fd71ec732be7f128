import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumPath, missingChromium } from './chromium';

test('CHROMIUM_PATH overrides the Debian default', () => {
  assert.equal(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' }), '/opt/chrome/chrome');
  assert.equal(chromiumPath({}), '/usr/bin/chromium');
});

test('a missing browser is explained in one line with the fix', () => {
  const message = missingChromium({ CHROMIUM_PATH: '/nowhere/chromium' });
  assert.ok(message);
  assert.match(message, /CHROMIUM_PATH points to \/nowhere\/chromium/);
  assert.equal(message.includes('\n'), false);
  assert.equal(missingChromium({ CHROMIUM_PATH: process.execPath }), null);
});
