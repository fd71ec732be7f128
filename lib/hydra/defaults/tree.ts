/**
 * Builds the defaults tree the way Hydra 1.3 does: each config's defaults list is walked in
 * reverse (so `override` entries later in a list, or in configs added later, reach the entries
 * before them), `_self_` is added where missing, optional configs that do not exist drop out,
 * option lists expand into one config each, and interpolated choices are resolved last from the
 * choices known by then. Then the tree is flattened depth-first into the list of configs to merge.
 */
import { fail } from '../errors';
import { parseText } from '../interpolate/parse';
import { resolveAll } from '../interpolate/resolve';
import { builtinResolvers } from '../resolvers';
import type { DictNode, ConfigNode } from '../node';
import type { Repository } from '../repository';
import {
  configDefault,
  configName,
  configPath,
  finalPackage,
  getPackage,
  groupPath,
  isInterpolated,
  isMissingChoice,
  isOverride,
  isSelf,
  overrideKey,
  setPackageHeader,
  updateParent,
  type AnyDefault,
  type GroupDefault,
  type InputDefault,
} from './element';
import { fileOf, type GroupOverrides } from './overrides';
import { parseDefaultsList } from './parse-defaults';

export interface TreeNode {
  node: AnyDefault;
  children?: (TreeNode | InputDefault)[];
  parent?: TreeNode;
}

export interface ResultDefault {
  configPath: string;
  package: string;
  parent: string | null;
  isSelf: boolean;
  primary: boolean;
  overrideKey?: string;
}

export interface TreeContext {
  repo: Repository;
  overrides: GroupOverrides;
  skipMissing: boolean;
}

function groupOptionsError(ctx: TreeContext, d: GroupDefault): never {
  const key = overrideKey(d);
  const options = ctx.repo.groupOptions(groupPath(d));
  return fail({
    code: 'missing-group-choice',
    message: `You must specify '${key}', e.g, ${key}=<OPTION>\nAvailable options:\n${options.map((o) => `\t${o}`).join('\n')}`,
    key,
    options,
    ...fileOf(d),
  });
}

export function configNotFound(ctx: TreeContext, tree: TreeNode): never {
  const el = tree.node as InputDefault;
  let options: string[] | undefined;
  let msg: string;
  if (el.kind === 'group') options = ctx.repo.groupOptions(groupPath(el));
  if (el.primary) {
    msg = `Cannot find primary config '${configPath(el)}'. Check that it's in your config search path.\n`;
  } else {
    msg = el.kind === 'group' ? `Could not find '${configPath(el)}'\n` : `Could not load '${configPath(el)}'.\n`;
    if (el.kind === 'group' && options && options.length > 0) {
      msg += `\nAvailable options in '${groupPath(el)}':\n${options.map((o) => `\t${o}`).join('\n')}`;
    }
    if (tree.parent) msg = `In '${configPath(tree.parent.node)}': ${msg}`;
  }
  msg += `\nConfig search path:\n${ctx.repo.searchPath.map((s) => `\t${s.label}`).join('\n')}`;
  return fail({ code: 'missing-config', message: msg, ...(options ? { options } : {}), ...fileOf(el) });
}

function validateSelf(containing: InputDefault, defaults: InputDefault[]): boolean {
  let hasSelf = false;
  let hasNonOverride = false;
  for (const d of defaults) {
    if (!isOverride(d)) hasNonOverride = true;
    if (isSelf(d)) {
      if (hasSelf) fail({ code: 'bad-defaults', message: `Duplicate _self_ defined in ${configPath(containing)}`, ...fileOf(d) });
      hasSelf = true;
    }
  }
  if ((!hasSelf && hasNonOverride) || defaults.length === 0) defaults.push(configDefault('_self_'));
  return !hasSelf;
}

function updateOverrides(ctx: TreeContext, defaults: InputDefault[], parent: InputDefault, interpolatedSubtree: boolean): void {
  let lastOverride: GroupDefault | null = null;
  for (const d of defaults) {
    if (isSelf(d)) continue;
    updateParent(d, groupPath(parent), finalPackage(parent));
    if (lastOverride && !(isOverride(d) || (d.kind === 'group' && d.externalAppend))) {
      fail({
        code: 'override-order',
        message: `In ${configPath(parent)}: Override '${overrideKey(lastOverride)} : ${configName(lastOverride)}' is defined before '${d.kind === 'group' ? overrideKey(d) : groupPath(d)}: ${configName(d)}'.\nOverrides must be at the end of the defaults list`,
        ...fileOf(d),
      });
    }
    if (d.kind === 'group' && d.override) {
      lastOverride = d;
      if (interpolatedSubtree) {
        fail({
          code: 'bad-defaults',
          message: `${configPath(parent)}: Default List Overrides are not allowed in the subtree\nof an in interpolated config group (override ${overrideKey(d)}=${configName(d)}).`,
          ...fileOf(d),
        });
      }
      ctx.overrides.addOverride(configPath(parent), d);
    }
  }
}

function updatePackageHeader(ctx: TreeContext, node: InputDefault): void {
  if (isMissingChoice(node)) return;
  const loaded = ctx.repo.load(configPath(node));
  if (loaded) setPackageHeader(node, loaded.header.package);
}

function expandVirtualRoot(ctx: TreeContext, root: TreeNode): TreeNode {
  const children: (TreeNode | InputDefault)[] = [];
  for (const d of [...(root.children ?? [])].reverse()) {
    const input = d as InputDefault;
    const sub: TreeNode = { node: input, parent: root };
    updateParent(input, '', '');
    const subtree = buildTree(ctx, sub, input.primary, false);
    children.push(subtree.children === undefined ? input : subtree);
  }
  if (children.length > 0) root.children = children.reverse();
  return root;
}

export function buildTree(ctx: TreeContext, root: TreeNode, isRootConfig: boolean, interpolatedSubtree: boolean): TreeNode {
  const parent = root.node;
  if (parent.kind === 'virtual') return isRootConfig ? expandVirtualRoot(ctx, root) : root;

  if (isRootConfig) {
    updateParent(parent, '', '');
    if (!ctx.repo.configExists(configPath(parent))) configNotFound(ctx, root);
  }
  updatePackageHeader(ctx, parent);

  if (ctx.overrides.isDeleted(parent)) {
    ctx.overrides.delete(parent);
    return root;
  }
  ctx.overrides.setKnownChoice(parent);
  if (configName(parent) === null) return root;
  if (isMissingChoice(parent)) {
    if (ctx.skipMissing) return root;
    if (parent.kind === 'group') groupOptionsError(ctx, parent);
    fail({ code: 'bad-defaults', message: `Missing ConfigDefault is not supported : ${configPath(parent)}` });
  }

  const path = configPath(parent);
  const loaded = ctx.repo.load(path);
  if (!loaded) {
    if (parent.optional) {
      parent.deleted = true;
      return root;
    }
    configNotFound(ctx, root);
  }

  const defaults = parseDefaultsList(path, loaded.defaults);
  let selfAdded = false;
  if (defaults.length > 0 || (isRootConfig && ctx.overrides.appends.length > 0)) selfAdded = validateSelf(parent, defaults);
  if (isRootConfig) defaults.push(...ctx.overrides.appends);

  updateOverrides(ctx, defaults, parent, interpolatedSubtree);

  const children: (TreeNode | InputDefault)[] = [];
  const addChild = (sub: TreeNode) => {
    const subtree = buildTree(ctx, sub, false, interpolatedSubtree);
    children.push(subtree.children === undefined ? sub.node as InputDefault : subtree);
  };

  for (const d of [...defaults].reverse()) {
    if (isSelf(d)) {
      // `_self_` stands for the containing config; its own package is never used.
      updateParent(d, parent.parentBaseDir ?? '', getPackage(parent) ?? '');
      children.push(d);
      continue;
    }
    if (isOverride(d)) continue;
    updateParent(d, groupPath(parent), finalPackage(parent));
    if (ctx.overrides.isOverridden(d)) ctx.overrides.applyOverride(d as GroupDefault);
    if (d.kind === 'group' && Array.isArray(d.value)) {
      for (const item of [...d.value].reverse()) {
        if (item.includes('${')) {
          fail({ code: 'bad-defaults', message: `In '${path}': Defaults List interpolation is not supported in options list items`, ...fileOf(d) });
        }
        const node = configDefault(`${d.group}/${item}`, d.package, { optional: d.optional, ...(d.origin ? { origin: d.origin } : {}) });
        updateParent(node, groupPath(parent), finalPackage(parent));
        addChild({ node, parent: root });
      }
      continue;
    }
    if (isInterpolated(d)) {
      children.push(d);
      continue;
    }
    addChild({ node: d, parent: root });
  }

  // Interpolated choices (`db: ${platform}`) are resolved once every other choice is known.
  const known = interpolationMap(ctx, defaults, selfAdded);
  children.forEach((dd, idx) => {
    if ('node' in dd || !isInterpolated(dd)) return;
    resolveDefaultInterpolation(dd, known);
    updateParent(dd, groupPath(parent), finalPackage(parent));
    const subtree = buildTree(ctx, { node: dd, parent: root }, false, true);
    if (subtree.children !== undefined) children[idx] = subtree;
  });

  if (children.length > 0) root.children = children.reverse();
  return root;
}

function interpolationMap(ctx: TreeContext, defaults: InputDefault[], selfAdded: boolean): DictNode {
  const origin = { kind: 'builtin' as const, what: 'defaults list choices' };
  const map = new Map<string, ConfigNode>();
  for (const [k, v] of ctx.overrides.knownChoices) map.set(k, { kind: 'value', value: v, origin });
  const items: ConfigNode[] = [];
  for (const d of defaults) {
    if (selfAdded && isSelf(d)) continue;
    if (d.kind === 'config') items.push({ kind: 'value', value: configPath(d), origin });
    else {
      const v: ConfigNode = Array.isArray(d.value)
        ? { kind: 'list', origin, items: d.value.map((x) => ({ kind: 'value' as const, value: x, origin })) }
        : { kind: 'value', value: d.value, origin };
      items.push({ kind: 'dict', origin, map: new Map([[overrideKey(d), v]]) });
    }
  }
  map.set('defaults', { kind: 'list', origin, items });
  return { kind: 'dict', origin, map };
}

function resolveDefaultInterpolation(d: InputDefault, known: DictNode): void {
  const text = d.kind === 'config' ? configPath(d) : (d.value as string);
  if (d.kind === 'group' && /\$\{defaults\.\d\./.test(text)) {
    fail({
      code: 'bad-defaults',
      message: `\nDefaults list element '${overrideKey(d)}=${text}' is using a deprecated interpolation form.\nSee http://hydra.cc/docs/1.1/upgrades/1.0_to_1.1/defaults_list_interpolation for migration information.`,
      ...fileOf(d),
    });
  }
  parseText(text);
  const probe: DictNode = { ...known, map: new Map(known.map) };
  probe.map.set('__value__', { kind: 'value', value: text, origin: known.origin });
  let resolved: ConfigNode | undefined;
  try {
    resolved = resolveAll(probe, { resolvers: builtinResolvers }).map.get('__value__');
  } catch {
    resolved = undefined;
  }
  if (!resolved || resolved.kind !== 'value' || typeof resolved.value !== 'string') {
    const options = [...known.map.keys()].filter((k) => k !== 'defaults');
    fail({
      code: 'bad-defaults',
      message: options.length > 0 ? `Error resolving interpolation '${text}', possible interpolation keys: ${options.join(', ')}` : `Error resolving interpolation '${text}'`,
      ...fileOf(d),
    });
  }
  if (d.kind === 'config') d.path = resolved.value as string;
  else d.value = resolved.value as string;
}

/** Depth-first flattening of the tree into the configs to merge, in order. */
export function treeToList(tree: TreeNode): ResultDefault[] {
  const out: ResultDefault[] = [];
  const visit = (owner: TreeNode | undefined, node: AnyDefault) => {
    if (node.kind === 'virtual' || node.deleted || isMissingChoice(node)) return;
    if (configName(node) === null) return;
    if (isSelf(node)) {
      const t = owner!;
      const container = t.node as InputDefault;
      out.push({
        configPath: configPath(container),
        package: finalPackage(container),
        parent: t.parent ? configPath(t.parent.node) : null,
        isSelf: true,
        primary: container.primary,
      });
      return;
    }
    out.push({
      configPath: configPath(node),
      package: finalPackage(node),
      parent: owner ? configPath(owner.node) : null,
      isSelf: false,
      primary: node.primary,
      ...(node.kind === 'group' ? { overrideKey: overrideKey(node) } : {}),
    });
  };
  const walk = (t: TreeNode) => {
    if (!t.children || t.children.length === 0) {
      visit(t.parent, t.node);
      return;
    }
    for (const c of t.children) {
      if ('node' in c) walk(c);
      else visit(t, c);
    }
  };
  walk(tree);
  const seen = new Set<string>();
  for (const r of out) {
    if (r.isSelf || r.overrideKey === undefined) continue;
    if (seen.has(r.overrideKey)) fail({ code: 'duplicate-choice', message: `${r.overrideKey} appears more than once in the final defaults list` });
    seen.add(r.overrideKey);
  }
  return out;
}
