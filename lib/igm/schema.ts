/**
 * One schema entry per IGM parameter: its key, type, units, default, allowed values where IGM
 * has a fixed set, and a description. Types come from the default value (a fact), refined by
 * the type IGM declares when the default does not tell (null) or says int for a float.
 */
import { loadYaml } from '../hydra/yaml-load';
import type { ConfigNode } from '../hydra/node';
import { toPlain, type Plain } from '../hydra/output';
import { moduleDescriptions, paramDescriptions } from './descriptions';
import { igmModules, libraryFiles, type IgmGroup } from './library';
import { igmParamFacts } from './library.generated';
import { studioModuleDescriptions, studioParamDescriptions, studioParamFacts } from './studio-modules';
import { runsInBrowser } from './support';

export type ParamType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

export interface ParamSchema {
  /** Key inside the module, e.g. `physics.init_slidingco`. */
  key: string;
  /** Full key in a composed config, e.g. `processes.iceflow.physics.init_slidingco`. */
  path: string;
  module: string;
  type: ParamType;
  nullable: boolean;
  default: Plain;
  units: string;
  enum?: readonly string[];
  description: string;
}

export interface ModuleSchema {
  /** `core`, or `<group>/<name>`. */
  id: string;
  group: IgmGroup | 'core';
  name: string;
  description: string;
  /** Whether the in-browser simulation can run it. */
  simulation: boolean;
  params: ParamSchema[];
}

/** Values IGM accepts for parameters with a fixed set (checked against IGM's source). */
export const ENUMS: Readonly<Record<string, readonly string[]>> = {
  'processes/iceflow:method': ['emulated', 'solved', 'diagnostic'],
  'processes/iceflow:numerics.vert_basis': ['Lagrange', 'Legendre', 'SIA'],
  'processes/thk:slope_type': ['godunov', 'minmod', 'superbee'],
  'inputs/local:type': ['netcdf', 'tif'],
  'inputs/local:coarsening.boundary': ['exact', 'trim', 'pad'],
  'processes/data_assimilation:optimization.method': ['ADAM', 'L-BFGS'],
  'processes/iceflow:emulator.split_patch_method': ['sequential', 'parrallel'],
};

function declaredType(t: string | undefined): ParamType | undefined {
  switch ((t ?? '').toLowerCase()) {
    case 'float':
      return 'number';
    case 'int':
    case 'integer':
      return 'integer';
    case 'bool':
    case 'boolean':
      return 'boolean';
    case 'str':
    case 'string':
    case 'file path':
      return 'string';
    case 'list':
      return 'array';
    default:
      return undefined;
  }
}

function typeOf(node: ConfigNode, declared: ParamType | undefined): { type: ParamType; nullable: boolean } {
  if (node.kind === 'list') return { type: 'array', nullable: false };
  if (node.kind === 'dict') return { type: 'object', nullable: false };
  const v = node.value;
  if (v === null) return { type: declared ?? 'string', nullable: true };
  if (typeof v === 'boolean') return { type: 'boolean', nullable: false };
  if (typeof v === 'number') {
    if (node.float || declared === 'number') return { type: 'number', nullable: false };
    return { type: 'integer', nullable: false };
  }
  return { type: 'string', nullable: false };
}

function normalizeUnits(u: string | undefined): string {
  if (!u || /^(dimless|dimensionless|none|-)$/i.test(u)) return 'dimensionless';
  return u;
}

function leaves(node: ConfigNode, prefix: string[], out: [string, ConfigNode][]) {
  if (node.kind === 'dict' && node.map.size > 0) for (const [k, v] of node.map) leaves(v, [...prefix, k], out);
  else out.push([prefix.join('.'), node]);
}

function buildModule(id: string, group: IgmGroup | 'core', name: string, file: string): ModuleSchema {
  const root = loadYaml({ file, text: libraryFiles[file]! });
  const body = root.kind === 'dict' ? root.map.get(name) : undefined;
  const found: [string, ConfigNode][] = [];
  if (body?.kind === 'dict') for (const [k, v] of body.map) leaves(v, [k], found);
  const facts = igmParamFacts[id] ?? studioParamFacts[id] ?? {};
  const words = paramDescriptions[id] ?? studioParamDescriptions[id] ?? {};
  const params = found.map(([key, node]): ParamSchema => {
    const fact = facts[key];
    const { type, nullable } = typeOf(node, declaredType(fact?.type));
    const enumValues = ENUMS[`${id}:${key}`];
    return {
      key,
      path: group === 'core' ? `core.${key}` : `${group}.${name}.${key}`,
      module: id,
      type,
      nullable,
      default: toPlain(node),
      units: normalizeUnits(fact?.units),
      ...(enumValues ? { enum: enumValues } : {}),
      description: words[key] ?? '',
    };
  });
  return {
    id,
    group,
    name,
    description: moduleDescriptions[id] ?? studioModuleDescriptions[id] ?? '',
    simulation: group !== 'core' && runsInBrowser(group, name),
    params,
  };
}

let cached: ModuleSchema[] | undefined;

/** Every IGM module with its parameters: core first, then inputs, processes, outputs. */
export function igmSchema(): ModuleSchema[] {
  cached ??= [
    buildModule('core', 'core', 'core', 'core.yaml'),
    ...igmModules.map((m) => buildModule(`${m.group}/${m.name}`, m.group, m.name, m.file)),
  ];
  return cached;
}

/** The schema of one parameter by its full key (`processes.thk.slope_type`). */
export function findParam(path: string): ParamSchema | undefined {
  for (const m of igmSchema()) for (const p of m.params) if (p.path === path) return p;
  return undefined;
}
