/** lib/igm: IGM's module library, its parameter schema and the JSON Schema the editor uses. */
export { IGM_GROUPS, IGM_PRIMARY_CONFIG, igmLibrarySource, igmModules, igmResolvers, modulesOf, type IgmGroup, type IgmModule } from './library';
export { igmSchema, findParam, ENUMS, type ModuleSchema, type ParamSchema, type ParamType } from './schema';
export { experimentJsonSchema } from './json-schema';
export { SIMULATION_SUPPORT, runsInBrowser } from './support';
export { composeExperiment, composeExperimentMultirun, type ExperimentOptions } from './compose-experiment';
export { DEFAULT_EXPERIMENT_NAME, defaultExperimentFiles } from './default-experiment';
