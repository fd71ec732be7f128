/**
 * The experiment being edited: its text files, the command-line overrides, which experiment
 * `+experiment=` selects, and the binary data files (kept apart: they never go into a link).
 * Operations return a new workspace or a message; nothing here mutates its argument.
 */
import { err, ok, type Result } from '../result';
import { classifyPath, isTextPath } from './paths';

export interface Workspace {
  files: Readonly<Record<string, string>>;
  /** One override per entry, as `igm_run` takes them (`processes.time.end=2050`). */
  overrides: readonly string[];
  /** `params` for `+experiment=params`. */
  experiment: string;
}

export interface DataFile {
  bytes: Uint8Array;
}

export type Change = Result<Workspace, string>;

export function experimentNames(ws: Workspace): string[] {
  return Object.keys(ws.files)
    .filter((p) => p.startsWith('experiment/'))
    .map((p) => p.slice('experiment/'.length, -'.yaml'.length))
    .sort();
}

export function createFile(ws: Workspace, path: string, text = ''): Change {
  if (!isTextPath(path)) {
    const info = classifyPath(path);
    return err(info.ok ? `${path} is a data file; upload it instead` : info.error);
  }
  if (path in ws.files) return err(`${path} already exists`);
  return ok({ ...ws, files: { ...ws.files, [path]: text } });
}

export function writeFile(ws: Workspace, path: string, text: string): Change {
  if (!(path in ws.files)) return err(`${path} does not exist`);
  if (ws.files[path] === text) return ok(ws);
  return ok({ ...ws, files: { ...ws.files, [path]: text } });
}

export function renameFile(ws: Workspace, from: string, to: string): Change {
  if (!(from in ws.files)) return err(`${from} does not exist`);
  if (from === to) return ok(ws);
  const created = createFile(ws, to, ws.files[from]);
  if (!created.ok) return created;
  const files = { ...created.value.files };
  delete files[from];
  const wasSelected = from === `experiment/${ws.experiment}.yaml`;
  const info = classifyPath(to);
  const experiment = wasSelected && info.ok && info.value.kind === 'experiment' ? info.value.name : ws.experiment;
  return ok({ ...ws, files, experiment });
}

export function deleteFile(ws: Workspace, path: string): Change {
  if (!(path in ws.files)) return err(`${path} does not exist`);
  const files = { ...ws.files };
  delete files[path];
  const left = experimentNames({ ...ws, files });
  if (left.length === 0) return err('an experiment folder needs at least one experiment/*.yaml');
  const experiment = left.includes(ws.experiment) ? ws.experiment : left[0]!;
  return ok({ ...ws, files, experiment });
}
