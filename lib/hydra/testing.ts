/** Helpers shared by the composer's tests: compose from in-memory files, read results plainly. */
import { compose, type Composition } from './compose';
import type { ConfigError } from './errors';
import { memoryFiles } from './memory-files';
import { toPlain, type Plain } from './output';

export function composeFiles(files: Record<string, string>, overrides: string[] = [], configName = 'config'): Composition {
  const r = compose({ searchPath: [{ label: 'file://test', displayPrefix: '', files: memoryFiles(files) }], configName, overrides, cwd: '/work' });
  if (!r.ok) throw new Error(`expected success, got: ${r.error.message}`);
  return r.value;
}

export function composeError(files: Record<string, string>, overrides: string[] = [], configName = 'config'): ConfigError {
  const r = compose({ searchPath: [{ label: 'file://test', displayPrefix: '', files: memoryFiles(files) }], configName, overrides, cwd: '/work' });
  if (r.ok) throw new Error(`expected an error, got: ${JSON.stringify(toPlain(r.value.config))}`);
  return r.error;
}

export function plainConfig(files: Record<string, string>, overrides: string[] = [], configName = 'config'): Plain {
  return toPlain(composeFiles(files, overrides, configName).config);
}
