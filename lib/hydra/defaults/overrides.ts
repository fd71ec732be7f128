/**
 * The group-choice half of the command line, and the `override` entries met while walking the
 * defaults tree: which choice wins for each group, which were used, what to delete. Messages
 * follow Hydra's wording so users can search for them.
 */
import { fail } from '../errors';
import { elementPlain } from '../grammar/to-node';
import { isSweep, type Override } from '../grammar/types';
import type { Repository } from '../repository';
import { configName, configPath, describeDefault, groupDefault, groupPath, overrideKey, relativeOverrideKey, type GroupDefault, type InputDefault } from './element';

interface OverrideMeta {
  external: boolean;
  containingConfigPath?: string;
  used: boolean;
  relativeKey?: string;
  input?: string;
  origin?: InputDefault['origin'];
}

export class GroupOverrides {
  readonly choices = new Map<string, string | string[] | null>();
  readonly meta = new Map<string, OverrideMeta>();
  readonly appends: GroupDefault[] = [];
  /** Overrides that set config values rather than group choices. */
  readonly configOverrides: Override[] = [];
  readonly knownChoices = new Map<string, string | null>();
  readonly knownChoicesPerGroup = new Map<string, Set<string>>();
  readonly deletions = new Map<string, { name: string | null; used: boolean; input: string }>();

  constructor(repo: Repository, overrides: readonly Override[]) {
    for (const o of overrides) {
      if (isSweep(o.value)) continue;
      const isGroup = repo.groupExists(o.key);
      const value = o.value === undefined ? null : elementPlain(o.value);
      const isDict = value !== null && typeof value === 'object' && !Array.isArray(value);
      if (isDict || !isGroup) {
        this.configOverrides.push(o);
      } else if (o.type === 'force-add') {
        fail({ code: 'override-syntax', message: `force-add of config groups is not supported: '${o.input}'`, override: o.input });
      } else if (o.type === 'delete') {
        if (value !== null && typeof value !== 'string') {
          fail({ code: 'override-syntax', message: `Config group override deletion value must be a string : ${o.input}`, override: o.input });
        }
        this.deletions.set(o.key + (o.package === null ? '' : `@${o.package}`), { name: value, used: false, input: o.input });
      } else if (typeof value !== 'string' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
        const t = value === null ? 'NoneType' : typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'float') : typeof value === 'boolean' ? 'bool' : 'list';
        fail({ code: 'override-syntax', message: `Config group override must be a string or a list. Got ${t}`, override: o.input });
      } else if (o.type === 'add') {
        this.appends.push(groupDefault(o.key, value as string | string[], { package: o.package, externalAppend: true }));
      } else {
        const key = o.key + (o.package === null ? '' : `@${o.package}`);
        this.choices.set(key, value as string | string[]);
        this.meta.set(key, { external: true, used: false, input: o.input });
      }
    }
  }

  addOverride(parentConfigPath: string, d: GroupDefault): void {
    const key = overrideKey(d);
    if (this.choices.has(key)) return;
    this.choices.set(key, d.value);
    this.meta.set(key, { external: false, containingConfigPath: parentConfigPath, used: false, relativeKey: relativeOverrideKey(d), origin: d.origin });
  }

  isOverridden(d: InputDefault): boolean {
    return d.kind === 'group' && this.choices.has(overrideKey(d));
  }

  applyOverride(d: GroupDefault): void {
    const key = overrideKey(d);
    if (!this.choices.has(key)) return;
    d.value = this.choices.get(key)!;
    d.configNameOverridden = true;
    this.meta.get(key)!.used = true;
  }

  setKnownChoice(d: InputDefault): void {
    if (d.kind !== 'group') return;
    const key = overrideKey(d);
    const name = configName(d);
    if (!this.knownChoices.has(key)) this.knownChoices.set(key, name);
    else if (this.knownChoices.get(key) !== name) {
      const prev = this.knownChoices.get(key);
      fail({
        code: 'duplicate-choice',
        message: `Multiple values for ${key}. To override a value use 'override ${key}: ${prev}'`,
        ...fileOf(d),
      });
    }
    const group = groupPath(d);
    if (!this.knownChoicesPerGroup.has(group)) this.knownChoicesPerGroup.set(group, new Set());
    this.knownChoicesPerGroup.get(group)!.add(key);
  }

  isDeleted(d: InputDefault): boolean {
    if (d.kind !== 'group') return false;
    const del = this.deletions.get(overrideKey(d));
    if (!del) return false;
    return del.name === null || del.name === configName(d);
  }

  delete(d: InputDefault): void {
    d.deleted = true;
    this.deletions.get(overrideKey(d))!.used = true;
  }

  ensureOverridesUsed(): void {
    for (const [key, meta] of this.meta) {
      if (meta.used) continue;
      const group = key.split('@')[0]!;
      const choices = [...(this.knownChoicesPerGroup.get(group) ?? [])].sort();
      let msg =
        choices.length > 1
          ? `Could not override '${key}'.\nDid you mean to override one of ${choices.join(', ')}?`
          : choices.length === 1
            ? `Could not override '${key}'.\nDid you mean to override ${choices[0]}?`
            : `Could not override '${key}'. No match in the defaults list.`;
      if (meta.containingConfigPath !== undefined) msg = `In '${meta.containingConfigPath}': ${msg}`;
      const value = this.choices.get(key);
      if (meta.external) msg += `\nTo append to your default list use +${key}=${Array.isArray(value) ? `[${value.join(',')}]` : value}`;
      const o = meta.origin;
      fail({
        code: 'override-unused',
        message: msg,
        key,
        ...(meta.input !== undefined ? { override: meta.input } : {}),
        ...(o?.kind === 'file' ? { file: o.file, line: o.line, col: o.col } : {}),
      });
    }
  }

  ensureDeletionsUsed(): void {
    for (const [key, d] of this.deletions) {
      if (!d.used) {
        const desc = d.name !== null ? `${key}=${d.name}` : key;
        fail({ code: 'delete-unused', message: `Could not delete '${desc}'. No match in the defaults list`, override: d.input });
      }
    }
  }
}

export function fileOf(d: InputDefault): { file?: string; line?: number; col?: number } {
  const o = d.origin;
  return o?.kind === 'file' ? { file: o.file, line: o.line, col: o.col } : {};
}

export { configPath, describeDefault };
