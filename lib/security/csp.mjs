// @ts-check
/**
 * The studio's Content-Security-Policy, built in one place so the page policy (with a
 * per-request nonce, set by proxy.ts) and the asset policy (next.config.mjs) cannot drift.
 * Plain JavaScript because next.config.mjs loads it without a TypeScript step.
 *
 * Why each relaxation exists:
 * - 'wasm-unsafe-eval': tfjs' wasm backend and h5wasm compile WebAssembly; it allows no JS eval.
 * - style-src 'unsafe-inline': Monaco and plotly inject <style> elements without a nonce.
 * - worker-src blob:: Monaco may start a language worker from a blob URL.
 * - 'unsafe-eval' in development only: React's dev build rebuilds server stacks with eval.
 */

/**
 * @param {{ nonce?: string, dev?: boolean }} [options]
 *   nonce: per-request nonce for Next's inline bootstrap scripts (omit for static assets).
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, dev = false } = {}) {
  const script = ["'self'", "'wasm-unsafe-eval'"];
  if (nonce) script.push(`'nonce-${nonce}'`, "'strict-dynamic'");
  if (dev) script.push("'unsafe-eval'");
  /** @type {Record<string, string[]>} */
  const directives = {
    'default-src': ["'self'"],
    'script-src': script,
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'blob:', 'data:'],
    'font-src': ["'self'", 'data:'],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': ["'self'", 'blob:', 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Headers that hold for every response, page or asset. */
export const baselineSecurityHeaders = Object.freeze([
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]);
