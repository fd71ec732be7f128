// Fails `npm test` early, in one line, when the browser the end-to-end tests need is missing.
import { missingChromium } from './chromium';

const problem = missingChromium();
if (problem) {
  console.error(problem);
  process.exit(1);
}
