/**
 * JSON Schema (draft-07, as monaco-yaml reads it) for an IGM experiment file: the module names
 * allowed in each `override /group` list, and the keys, types, units and allowed values of
 * parameters under `core`, `inputs.*`, `processes.*`, `outputs.*`.
 */
import { IGM_GROUPS, modulesOf } from './library';
import { igmSchema, type ModuleSchema, type ParamSchema } from './schema';
import type { UserModules } from './module-diagnostics';

type Json = { [key: string]: unknown };

/** The default as it reads in IGM's YAML (a float stays `2100.0`). */
function shownDefault(p: ParamSchema): string {
  return p.type === 'number' && typeof p.default === 'number' && Number.isInteger(p.default) ? `${p.default}.0` : JSON.stringify(p.default);
}

function paramJson(p: ParamSchema): Json {
  const types: string[] = [p.type === 'integer' ? 'integer' : p.type];
  // Python accepts an int where a float is expected.
  if (p.nullable) types.push('null');
  const units = p.units === 'dimensionless' ? '' : ` [${p.units}]`;
  return {
    type: types.length === 1 ? types[0] : types,
    ...(p.enum ? { enum: p.nullable ? [...p.enum, null] : p.enum } : {}),
    default: p.default,
    description: `${p.description}${units}`.trim(),
    markdownDescription: `${p.description || '(no description)'}\n\n**Units:** ${p.units} · **Default:** \`${shownDefault(p)}\` · **Module:** ${p.module}`,
    'x-igm-units': p.units,
    'x-igm-module': p.module,
  };
}

/** Nested object schema from dotted parameter keys. */
function paramsObject(params: ParamSchema[], description: string): Json {
  const root: Json = { type: 'object', description, properties: {}, additionalProperties: false };
  for (const p of params) {
    const parts = p.key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const props = node.properties as Json;
      props[part] ??= { type: 'object', properties: {}, additionalProperties: false };
      node = props[part] as Json;
    }
    (node.properties as Json)[parts.at(-1)!] = paramJson(p);
  }
  return root;
}

function groupObject(modules: ModuleSchema[]): Json {
  return {
    type: 'object',
    properties: Object.fromEntries(modules.map((m) => [m.name, paramsObject(m.params, m.description)])),
    // User modules (user/conf/...) add sections the library does not know.
    additionalProperties: { type: 'object' },
  };
}

// The editor completes from `enum`; a name outside it is also reported by moduleDiagnostics,
// whose message (what Hydra would do with it) the editor shows instead of this one.
function overrideItem(group: (typeof IGM_GROUPS)[number], user: readonly string[]): Json {
  const name = { type: 'string', enum: [...modulesOf(group), ...user], errorMessage: `Not an IGM ${group} module, nor a user/conf/${group} file of this experiment. Hydra would skip it without a word (IGM's module groups are optional).` };
  return {
    type: 'object',
    properties: {
      [`override /${group}`]: { anyOf: [{ type: 'array', items: name }, name, { type: 'null' }], description: `The ${group} modules of this run, in order` },
    },
    additionalProperties: false,
    required: [`override /${group}`],
  };
}

export function experimentJsonSchema(user: UserModules = { inputs: [], processes: [], outputs: [] }): Json {
  const modules = igmSchema();
  const core = modules.find((m) => m.id === 'core')!;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://igm-studio.local/schema/experiment.json',
    title: 'IGM experiment (params.yaml)',
    type: 'object',
    properties: {
      defaults: {
        type: 'array',
        description: "Hydra defaults list: pick IGM's modules with `override /inputs|processes|outputs: [...]`.",
        items: {
          anyOf: [
            ...IGM_GROUPS.map((g) => overrideItem(g, user[g])),
            { type: 'string', description: 'A config to include, or _self_' },
            { type: 'object', minProperties: 1, maxProperties: 1, description: 'Another group choice (e.g. a user module: /user/conf/processes@processes.mysmb: mysmb)' },
          ],
        },
      },
      core: paramsObject(core.params, core.description),
      ...Object.fromEntries(IGM_GROUPS.map((g) => [g, groupObject(modules.filter((m) => m.group === g))])),
      hydra: { type: 'object', description: "Hydra's own settings (job, run dir, launcher)." },
    },
    additionalProperties: true,
  };
}
