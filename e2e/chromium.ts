/**
 * Where the end-to-end tests find Chromium and how they launch it. Tests never download a
 * browser: they use CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** A one-line explanation when no browser is there, or null when it is. */
export function missingChromium(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const path = chromiumPath(env);
  if (existsSync(path)) return null;
  return env.CHROMIUM_PATH
    ? `CHROMIUM_PATH points to ${path}, which does not exist; set it to a Chromium or Chrome executable.`
    : `No Chromium at ${DEFAULT_CHROMIUM}: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.`;
}

/** Flags for headless Chromium with WebGPU (SwiftShader when no GPU) and no calls home. */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-webgpu',
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
