/**
 * Composition errors as values: a code to branch on, the message Hydra would give (with the same
 * information), and where it points — a file position or a command-line override and column.
 */
export type ErrorCode =
  | 'yaml-syntax'
  | 'override-syntax'
  | 'missing-config'
  | 'missing-group-choice'
  | 'bad-defaults'
  | 'override-unused'
  | 'override-order'
  | 'duplicate-choice'
  | 'delete-unused'
  | 'key-missing'
  | 'key-exists'
  | 'merge'
  | 'interpolation'
  | 'sweep'
  | 'bad-function';

export interface ConfigError {
  code: ErrorCode;
  message: string;
  /** The file (config path relative to its search-path root, with .yaml) the error is in. */
  file?: string;
  line?: number;
  col?: number;
  /** The command-line override the error comes from. */
  override?: string;
  /** Dotted config key involved, when there is one. */
  key?: string;
  /** Available options, when a config group choice was not found. */
  options?: string[];
}

/** Thrown inside the composer, caught at its public boundary and returned as a value. */
export class ConfigException extends Error {
  constructor(readonly error: ConfigError) {
    super(error.message);
    this.name = 'ConfigException';
  }
}

export function fail(error: ConfigError): never {
  throw new ConfigException(error);
}

/** One line for a terminal: where, then what. */
export function formatError(error: ConfigError): string {
  const where = error.file
    ? `${error.file}${error.line ? `:${error.line}${error.col ? `:${error.col}` : ''}` : ''}: `
    : error.override !== undefined
      ? `in override '${error.override}'${error.col ? ` (column ${error.col})` : ''}: `
      : '';
  return `${where}${error.message}`;
}
