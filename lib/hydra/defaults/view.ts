/** The defaults tree as plain data for the UI and `--info defaults-tree`-like printing. */
import { configName, configPath, describeDefault, finalPackage, isSelf, type AnyDefault } from './element';
import type { TreeNode } from './tree';
import type { Origin } from '../node';

export interface DefaultsView {
  /** `config`, `inputs/local`, `_self_`, or the entry as written when it was not loaded. */
  label: string;
  configPath: string | null;
  package: string | null;
  /** What the entry looked like in its defaults list (`override /inputs: [local]`). */
  written: string | null;
  deleted: boolean;
  origin?: Origin;
  children: DefaultsView[];
}

function leaf(node: AnyDefault): DefaultsView {
  if (node.kind === 'virtual') return { label: '<root>', configPath: null, package: null, written: null, deleted: false, children: [] };
  const self = isSelf(node);
  const missing = configName(node) === null;
  return {
    label: self ? '_self_' : missing ? describeDefault(node) : configPath(node),
    configPath: self || missing ? null : configPath(node),
    package: self || missing ? null : finalPackage(node),
    written: self ? null : describeDefault(node),
    deleted: node.deleted,
    ...(node.origin ? { origin: node.origin } : {}),
    children: [],
  };
}

export function toDefaultsView(tree: TreeNode): DefaultsView {
  const view = leaf(tree.node);
  view.children = (tree.children ?? []).map((c) => ('node' in c ? toDefaultsView(c) : leaf(c)));
  return view;
}
