/**
 * Where configs come from: an ordered search path of read-only file trees (IGM's module library,
 * the experiment folder), answering Hydra's questions — does this group or config exist, what
 * options does a group have, what does a config hold — with each file parsed once.
 */
import { fail } from './errors';
import type { ConfigNode, DictNode } from './node';
import { loadYaml, readHeader } from './yaml-load';

/** A read-only tree of files, in memory (browser) or on disk (Node). Paths use `/`, no leading `/`. */
export interface ConfigFiles {
  read(path: string): string | undefined;
  /** Names directly under a directory, or undefined when the directory does not exist. */
  list(dir: string): { files: string[]; dirs: string[] } | undefined;
}

export interface SearchPathEntry {
  /** How the source is named in messages, e.g. `igm` or `file:///home/me/exp`. */
  label: string;
  /** Prefix for file names in provenance (`''` for the experiment folder). */
  displayPrefix: string;
  files: ConfigFiles;
}

export interface LoadedConfig {
  /** The config without its `defaults` key. */
  node: ConfigNode;
  defaults: ConfigNode | undefined;
  header: { package: string | null };
  /** The file as named in provenance and errors, e.g. `experiment/params.yaml`. */
  file: string;
  source: SearchPathEntry;
}

export function normalizeConfigName(path: string): string {
  return path.endsWith('.yaml') || path.endsWith('.yml') ? path : `${path}.yaml`;
}

export class Repository {
  private cache = new Map<string, LoadedConfig | null>();

  constructor(readonly searchPath: readonly SearchPathEntry[]) {}

  configExists(path: string): boolean {
    return this.searchPath.some((s) => s.files.read(normalizeConfigName(path)) !== undefined);
  }

  groupExists(path: string): boolean {
    return this.searchPath.some((s) => s.files.list(path) !== undefined);
  }

  groupOptions(group: string): string[] {
    const names = new Set<string>();
    for (const s of this.searchPath) {
      for (const f of s.files.list(group)?.files ?? []) {
        if (f.endsWith('.yaml') || f.endsWith('.yml')) names.add(f.replace(/\.ya?ml$/, ''));
      }
    }
    return [...names].sort();
  }

  subGroups(group: string): string[] {
    const names = new Set<string>();
    for (const s of this.searchPath) for (const d of s.files.list(group)?.dirs ?? []) names.add(d);
    return [...names].sort();
  }

  load(path: string): LoadedConfig | null {
    const cached = this.cache.get(path);
    if (cached !== undefined) return cached;
    let result: LoadedConfig | null = null;
    const name = normalizeConfigName(path);
    for (const source of this.searchPath) {
      const text = source.files.read(name);
      if (text === undefined) continue;
      const file = `${source.displayPrefix}${name}`;
      const parsed = loadYaml({ file, text });
      let defaults: ConfigNode | undefined;
      let node = parsed;
      if (parsed.kind === 'dict' && parsed.map.has('defaults')) {
        defaults = parsed.map.get('defaults');
        const rest: DictNode = { ...parsed, map: new Map(parsed.map) };
        rest.map.delete('defaults');
        node = rest;
      }
      if (parsed.kind !== 'dict' && !(parsed.kind === 'value' && parsed.value === null)) {
        fail({ code: 'bad-defaults', message: `Config ${path} must be a mapping (key: value pairs), not a ${parsed.kind}`, file });
      }
      result = { node, defaults, header: readHeader(text), file, source };
      break;
    }
    this.cache.set(path, result);
    return result;
  }
}
