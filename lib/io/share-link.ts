/**
 * A workspace in a URL fragment: JSON, deflated (fflate), base64url, behind `#share=v1.`.
 * The fragment never reaches a server. Opening a link is reading untrusted input: its size is
 * bounded before and after inflating, its structure and every file name are checked, and
 * nothing in it is evaluated — it only ever becomes file text and override strings.
 */
import { deflateSync, Inflate } from 'fflate';
import { err, ok, type Result } from '../result';
import { classifyPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';

export const SHARE_PREFIX = '#share=v1.';
/** Longest fragment accepted (characters); far above any experiment folder of YAML files. */
export const MAX_FRAGMENT_CHARS = 400_000;
/** Most bytes a link may inflate to (a bomb of zeros stops here). */
export const MAX_INFLATED_BYTES = 2_000_000;
export const MAX_FILES = 200;
export const MAX_OVERRIDES = 200;
/** Past this many characters some chat tools and mail clients cut or mangle links. */
export const LONG_LINK_CHARS = 2000;

export interface ShareError {
  code: 'not-a-share-link' | 'too-large' | 'corrupt' | 'bad-structure' | 'bad-file-name';
  message: string;
}

const fail = (code: ShareError['code'], message: string) => err<ShareError>({ code, message });

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** The fragment (with its `#`) that restores `ws`. */
export function encodeShareFragment(ws: Workspace): string {
  const json = JSON.stringify({ v: 1, experiment: ws.experiment, overrides: ws.overrides, files: ws.files });
  return SHARE_PREFIX + toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }));
}

export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

function inflateBounded(bytes: Uint8Array): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    // Feed in slices so a bomb is caught after a bounded amount of work.
    for (let i = 0; i < bytes.length && !tooLarge; i += 4096) inflater.push(bytes.subarray(i, i + 4096), i + 4096 >= bytes.length);
  } catch {
    return null;
  }
  if (tooLarge) return 'too-large';
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** The workspace a share fragment describes, or why it cannot be opened. */
export function decodeShareFragment(hash: string): Result<Workspace, ShareError> {
  if (!isShareFragment(hash)) return fail('not-a-share-link', 'This link does not hold an IGM Studio workspace.');
  const body = hash.slice(SHARE_PREFIX.length);
  if (body.length > MAX_FRAGMENT_CHARS) return fail('too-large', `The shared workspace is too large to open (${body.length} characters; the limit is ${MAX_FRAGMENT_CHARS}).`);
  const packed = fromBase64Url(body);
  if (!packed) return fail('corrupt', 'The link is damaged (it holds characters a share link never has). Was it cut or edited?');
  const raw = inflateBounded(packed);
  if (raw === 'too-large') return fail('too-large', `The shared workspace unpacks to more than ${MAX_INFLATED_BYTES / 1e6} MB; it was refused.`);
  if (!raw) return fail('corrupt', 'The link is damaged and cannot be unpacked. Was it cut short by a chat tool?');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return fail('corrupt', 'The link unpacks to something that is not a workspace.');
  }
  return validatePayload(data);
}

function validatePayload(data: unknown): Result<Workspace, ShareError> {
  const shape = (what: string) => fail('bad-structure', `The shared workspace is malformed: ${what}.`);
  if (!isPlainObject(data) || data.v !== 1) return shape('unknown format version');
  const { files, overrides, experiment } = data;
  if (!isPlainObject(files)) return shape('no file list');
  const entries = Object.entries(files);
  if (entries.length === 0 || entries.length > MAX_FILES) return shape(`it must hold 1 to ${MAX_FILES} files`);
  const clean: Record<string, string> = {};
  for (const [path, text] of entries) {
    const info = classifyPath(path);
    if (!info.ok) return fail('bad-file-name', `The shared workspace names a file it may not: ${info.error}.`);
    if (info.value.kind === 'data') return fail('bad-file-name', `Share links carry no data files (${path}).`);
    if (typeof text !== 'string') return shape(`${path} is not text`);
    clean[path] = text;
  }
  if (!Array.isArray(overrides) || overrides.length > MAX_OVERRIDES || !overrides.every((o) => typeof o === 'string' && o.length <= 2000)) {
    return shape('the overrides are not a list of strings');
  }
  if (typeof experiment !== 'string' || !(`experiment/${experiment}.yaml` in clean)) return shape('it does not say which experiment file to run');
  return ok({ files: clean, overrides: [...(overrides as string[])], experiment });
}
