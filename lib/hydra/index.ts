/**
 * lib/hydra: Hydra 1.3 / OmegaConf 2.3 composition in TypeScript, for the browser and Node.
 * Start at `compose()`; files come in through `ConfigFiles` (memoryFiles, or a disk adapter).
 */
export { compose, composeOrThrow, parseOverrides, type ComposeOptions, type Composition } from './compose';
export { composeMultirun, type MultirunJob, type MultirunOptions } from './multirun';
export { ConfigException, formatError, type ConfigError, type ErrorCode } from './errors';
export { Repository, type ConfigFiles, type SearchPathEntry } from './repository';
export { memoryFiles } from './memory-files';
export { parseOverride } from './grammar/parse-override';
export type { Override, Element, Sweep } from './grammar/types';
export { expandSweeps } from './sweep';
export { toPlain, toYaml, toYamlLines, toJson } from './output';
export { explain, leafProvenance, type Provenance } from './provenance';
export type { DefaultsView } from './defaults/view';
export type { ResultDefault } from './defaults/tree';
export type { ConfigNode, DictNode, Origin } from './node';
export { describeOrigin } from './node';
export type { Resolver } from './interpolate/resolve';
export { PyRandom } from './python';
