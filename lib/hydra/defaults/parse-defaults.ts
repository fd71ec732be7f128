/**
 * Reads a config's `defaults:` list into entries, as Hydra's repository does: strings are
 * configs (`db/mysql`, `_self_`, `file@pkg`), one-key mappings are group choices whose key may
 * carry the words `optional` / `override` and an `@package`.
 */
import { fail } from '../errors';
import type { ConfigNode, Origin } from '../node';
import { renderShort } from '../render';
import { configDefault, groupDefault, type InputDefault } from './element';

function splitPackage(text: string): [string, string | null] {
  const at = text.indexOf('@');
  if (at === -1) return [text, null];
  const pkg = text.slice(at + 1);
  const colon = pkg.indexOf(':'); // `group@pkg1:pkg2` renames were dropped in Hydra 1.1
  return [text.slice(0, at), colon === -1 ? pkg : pkg.slice(0, colon)];
}

function where(node: ConfigNode): { file?: string; line?: number; col?: number } {
  const o: Origin = node.origin;
  return o.kind === 'file' ? { file: o.file, line: o.line, col: o.col } : {};
}

export function parseDefaultsList(configPath: string, defaults: ConfigNode | undefined): InputDefault[] {
  if (defaults === undefined) return [];
  if (defaults.kind !== 'list') {
    const got = defaults.kind === 'dict' ? 'mapping' : typeof defaults.value === 'string' ? 'str' : defaults.value === null ? 'NoneType' : typeof defaults.value;
    return fail({ code: 'bad-defaults', message: `Invalid defaults list in '${configPath}', defaults must be a list (got ${got})`, ...where(defaults) });
  }
  return defaults.items.map((item) => parseItem(configPath, item));
}

function parseItem(configPath: string, item: ConfigNode): InputDefault {
  const origin = item.origin;
  if (item.kind === 'value' && typeof item.value === 'string') {
    const [path, pkg] = splitPackage(item.value);
    if (path === '_self_' && pkg !== null) fail({ code: 'bad-defaults', message: '_self_@PACKAGE is not supported', ...where(item) });
    return configDefault(path, pkg, { origin });
  }
  if (item.kind === 'dict') {
    const keys = [...item.map.keys()];
    if (keys.length > 1) fail({ code: 'bad-defaults', message: `In ${configPath}: Too many keys in default item ${renderShort(item)}`, ...where(item) });
    if (keys.length === 0) fail({ code: 'bad-defaults', message: `In ${configPath}: Missing group name in {}`, ...where(item) });
    const key = keys[0]!;
    const [groupWithKeywords, pkg] = splitPackage(key);
    const words = groupWithKeywords.split(' ');
    const group = words.pop()!;
    let optional = false;
    let override = false;
    for (const w of words) {
      if (w === 'optional') optional = true;
      else if (w === 'override') override = true;
      else break;
    }
    const v = item.map.get(key)!;
    let value: string | string[] | null;
    if (v.kind === 'value' && (v.value === null || typeof v.value === 'string')) value = v.value;
    else if (v.kind === 'list') {
      value = v.items.map((x) => {
        if (x.kind !== 'value' || typeof x.value !== 'string') {
          return fail({ code: 'bad-defaults', message: `Unsupported item value in defaults : ${pyTypeName(x)}, nested list items must be strings`, ...where(x) });
        }
        return x.value;
      });
    } else {
      return fail({ code: 'bad-defaults', message: `Unsupported item value in defaults : ${pyTypeName(v)}. Supported: string or list`, ...where(v) });
    }
    if (group === '') fail({ code: 'bad-defaults', message: `In ${configPath}: Missing group name in ${key}`, ...where(item) });
    return groupDefault(group, value, { package: pkg, optional, override, origin });
  }
  return fail({ code: 'bad-defaults', message: `Unsupported type in defaults : ${pyTypeName(item)}`, ...where(item) });
}

function pyTypeName(n: ConfigNode): string {
  if (n.kind === 'dict') return 'DictConfig';
  if (n.kind === 'list') return 'ListConfig';
  if (n.value === null) return 'NoneType';
  if (typeof n.value === 'boolean') return 'bool';
  if (typeof n.value === 'number') return n.float ? 'float' : 'int';
  return 'str';
}
