/**
 * What the studio shows beside the editor, recomputed on every edit: the workspace composed the
 * way `igm_run +experiment=NAME OVERRIDES` would compose it, the final YAML line by line with
 * where each value came from, the defaults tree, the sweep a multirun would launch, and every
 * problem mapped to the file and line (or the override) that causes it.
 */
import {
  composeExperiment,
  composeExperimentMultirun,
  experimentJsonSchema,
} from '../igm';
import { moduleDiagnostics, userModulesOf, type Diagnostic } from '../igm/module-diagnostics';
import { formatError, leafProvenance, memoryFiles, parseOverride, toYaml, toYamlLines, type Composition, type ConfigError, type DefaultsView, type Provenance } from '../hydra';
import { err, ok, type Result } from '../result';
import type { Workspace } from './workspace';

export interface YamlLine {
  text: string;
  /** Dotted key of the value the line shows. */
  path: string;
}

export interface OverrideProblem {
  /** Index in the overrides list. */
  index: number;
  message: string;
}

export interface WorkspaceComposition {
  /** The final configuration (of the first job, for a sweep), or null when composition failed. */
  yaml: string | null;
  lines: YamlLine[];
  provenance: Map<string, Provenance>;
  defaultsTree: DefaultsView | null;
  error: ConfigError | null;
  /** Editor markers by file path. */
  diagnostics: Record<string, Diagnostic[]>;
  overrideProblems: OverrideProblem[];
  /** Present when the overrides sweep: each job's override list, in Hydra's order. */
  sweep: string[][] | null;
}

/** The browser runs every job of a sweep; past this it is refused rather than queued blindly. */
export const MAX_SWEEP_JOBS = 256;

function errorDiagnostic(e: ConfigError): Diagnostic {
  const line = e.line ?? 1;
  const col = e.col ?? 1;
  return { code: 'composition', severity: 'error', message: e.message, line, col, endLine: line, endCol: e.line ? col + 1 : 1000 };
}

function checkOverrides(overrides: readonly string[]): OverrideProblem[] {
  const out: OverrideProblem[] = [];
  overrides.forEach((o, index) => {
    try {
      parseOverride(o);
    } catch (e) {
      out.push({ index, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return out;
}

function experimentOptions(ws: Workspace) {
  return { experiment: memoryFiles(ws.files), experimentLabel: 'workspace', experimentName: ws.experiment, overrides: ws.overrides };
}

/**
 * The jobs `igm_run -m +experiment=NAME OVERRIDES` would run (one when nothing sweeps), each
 * with the user's part of its overrides (without the `+experiment=` the studio adds).
 */
export function workspaceJobs(ws: Workspace): Result<{ overrides: string[]; composition: Composition }[], ConfigError> {
  const jobs = composeExperimentMultirun({ ...experimentOptions(ws), seed: 0 });
  if (!jobs.ok) return jobs;
  if (jobs.value.length > MAX_SWEEP_JOBS) {
    return err({ code: 'sweep', message: `The sweep has ${jobs.value.length} jobs; the studio runs at most ${MAX_SWEEP_JOBS}. Export it to run with IGM's launcher.` });
  }
  return ok(jobs.value.map((j) => ({ overrides: j.overrides.filter((o) => o !== `+experiment=${ws.experiment}`), composition: j.composition })));
}

export function composeWorkspace(ws: Workspace): WorkspaceComposition {
  const diagnostics: Record<string, Diagnostic[]> = {};
  const user = userModulesOf(Object.keys(ws.files));
  for (const [path, text] of Object.entries(ws.files)) {
    if (path.startsWith('experiment/')) diagnostics[path] = moduleDiagnostics(text, user);
  }
  const empty = { yaml: null, lines: [], provenance: new Map(), defaultsTree: null, diagnostics, sweep: null };
  const overrideProblems = checkOverrides(ws.overrides);
  if (overrideProblems.length > 0) return { ...empty, error: null, overrideProblems };
  let result = composeExperiment(experimentOptions(ws));
  let sweep: string[][] | null = null;
  if (!result.ok && result.error.code === 'sweep') {
    const jobs = workspaceJobs(ws);
    if (jobs.ok) {
      sweep = jobs.value.map((j) => j.overrides);
      result = { ok: true, value: jobs.value[0]!.composition };
    } else {
      result = jobs;
    }
  }
  if (!result.ok) {
    const e = result.error;
    const file = e.file && e.file in ws.files ? e.file : null;
    if (file) (diagnostics[file] ??= []).push(errorDiagnostic(e));
    const index = e.override === undefined ? -1 : ws.overrides.indexOf(e.override);
    return { ...empty, error: { ...e, message: file ? e.message : formatError(e) }, overrideProblems: index >= 0 ? [{ index, message: e.message }] : [] };
  }
  const config = result.value.config;
  return {
    yaml: toYaml(config),
    lines: toYamlLines(config),
    provenance: leafProvenance(config),
    defaultsTree: result.value.defaultsTree,
    error: null,
    diagnostics,
    overrideProblems: [],
    sweep,
  };
}

/** The JSON Schema for experiment files, knowing this workspace's own modules. */
export function workspaceSchema(ws: Workspace) {
  return experimentJsonSchema(userModulesOf(Object.keys(ws.files)));
}
