/**
 * The experiment folder as a zip in IGM's layout (experiment/, user/conf/, data/), so that
 * `igm_run +experiment=params` runs in the unzipped folder unchanged; and back. A zip from
 * elsewhere may wrap everything in one top folder (`aletsch-basic/...`): that folder is dropped.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { err, ok, type Result } from '../result';
import { classifyPath } from '../workspace/paths';
import type { DataFile, Workspace } from '../workspace/workspace';

export const MAX_ZIP_ENTRY_BYTES = 512 * 1024 * 1024;

export function zipExperiment(ws: Workspace, data: Readonly<Record<string, DataFile>> = {}, folder = ''): Uint8Array {
  const prefix = folder ? `${folder}/` : '';
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(ws.files)) entries[prefix + path] = strToU8(text);
  // NetCDF is already compressed internally; storing it saves time for nothing lost.
  for (const [path, file] of Object.entries(data)) entries[prefix + path] = file.bytes;
  return zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

export interface UnzippedExperiment {
  files: Record<string, string>;
  data: Record<string, DataFile>;
  /** Entries left out, with the reason (files IGM keeps beside the experiment, e.g. python code). */
  skipped: string[];
}

function commonTopFolder(names: string[]): string {
  const tops = new Set(names.map((n) => n.split('/')[0]));
  if (tops.size !== 1) return '';
  const top = [...tops][0]!;
  return ['experiment', 'user', 'data'].includes(top) ? '' : `${top}/`;
}

export function unzipExperiment(bytes: Uint8Array): Result<UnzippedExperiment, string> {
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') && f.originalSize <= MAX_ZIP_ENTRY_BYTES });
  } catch {
    return err('This file is not a readable zip archive.');
  }
  const names = Object.keys(entries).filter((n) => !n.startsWith('__MACOSX/') && !n.split('/').pop()!.startsWith('.'));
  const top = commonTopFolder(names);
  const out: UnzippedExperiment = { files: {}, data: {}, skipped: [] };
  for (const name of names) {
    const path = name.startsWith(top) ? name.slice(top.length) : name;
    const info = classifyPath(path);
    if (!info.ok) {
      out.skipped.push(`${name}: ${info.error}`);
      continue;
    }
    if (info.value.kind === 'data') out.data[path] = { bytes: entries[name]! };
    else out.files[path] = strFromU8(entries[name]!);
  }
  if (!Object.keys(out.files).some((p) => p.startsWith('experiment/'))) {
    return err('The zip holds no experiment/*.yaml file, so it is not an IGM experiment folder.');
  }
  return ok(out);
}
