/**
 * Problems in an experiment file's module lists that composition alone would hide. IGM's
 * primary config marks inputs, processes and outputs `optional`, so Hydra silently skips a module
 * it cannot find: a typo like `[smb_simpel]` composes fine and the run simply has no SMB. This
 * reads the `defaults:` list with positions and says which names are unknown, and which known
 * ones the in-browser simulation cannot run.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { IGM_GROUPS, modulesOf, type IgmGroup } from './library';
import { runsInBrowser } from './support';

export interface Diagnostic {
  /** What kind of problem: the editor leaves `unknown-module` to the schema, which flags it too. */
  code: 'unknown-module' | 'not-in-browser' | 'user-module' | 'composition';
  severity: 'error' | 'warning';
  message: string;
  /** 1-based, like editors count. */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type UserModules = Readonly<Record<IgmGroup, readonly string[]>>;

/** The IGM group a defaults-list key selects (`override /processes`, `processes`), if any. */
function groupOfKey(key: string): IgmGroup | null {
  const m = /^(?:override\s+)?(?:optional\s+)?\/?([A-Za-z_]+)$/.exec(key.trim());
  return m && (IGM_GROUPS as readonly string[]).includes(m[1]!) ? (m[1] as IgmGroup) : null;
}

export function moduleDiagnostics(text: string, user: UserModules): Diagnostic[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) return [];
  const defaults = doc.get('defaults', true) as YamlNode | undefined;
  if (!isSeq(defaults)) return [];
  const out: Diagnostic[] = [];
  const at = (node: YamlNode, code: Diagnostic['code'], severity: Diagnostic['severity'], message: string) => {
    const [start, end] = node.range ?? [0, 0];
    const a = lines.linePos(start);
    const b = lines.linePos(end);
    out.push({ code, severity, message, line: a.line, col: a.col, endLine: b.line, endCol: b.col });
  };
  for (const item of defaults.items) {
    if (!isMap(item) || item.items.length !== 1) continue;
    const pair = item.items[0]!;
    const group = isScalar(pair.key) ? groupOfKey(String(pair.key.value)) : null;
    if (!group) continue;
    const names = isSeq(pair.value) ? pair.value.items : pair.value ? [pair.value] : [];
    for (const node of names) {
      if (!isScalar(node) || node.value === null) continue;
      const name = String(node.value);
      const fromUser = user[group].includes(name);
      if (!fromUser && !modulesOf(group).includes(name)) {
        at(node as YamlNode, 'unknown-module', 'error', `Unknown ${group} module '${name}': IGM has no such module and there is no user/conf/${group}/${name}.yaml. Hydra would skip it without a word (IGM's module groups are optional), so the run would go on without it.`);
      } else if (fromUser) {
        at(node as YamlNode, 'user-module', 'warning', `'${name}' is your own module (user/conf/${group}/${name}.yaml); its Python code runs with IGM, not in the browser. Export the experiment to run it.`);
      } else if (!runsInBrowser(group, name)) {
        at(node as YamlNode, 'not-in-browser', 'warning', `IGM's ${group} module '${name}' cannot run in the browser; the experiment is still valid for IGM. Export it to run there.`);
      }
    }
  }
  return out;
}

/** The user's module configs in a workspace, by group (user/conf/<group>/<name>.yaml). */
export function userModulesOf(paths: Iterable<string>): UserModules {
  const out: Record<IgmGroup, string[]> = { inputs: [], processes: [], outputs: [] };
  for (const p of paths) {
    const m = /^user\/conf\/(inputs|processes|outputs)\/([^/]+)\.yaml$/.exec(p);
    if (m) out[m[1] as IgmGroup].push(m[2]!);
  }
  return out;
}
