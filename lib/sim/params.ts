/**
 * Typed reads of a module's section of the composed config. The composer already merged IGM's
 * defaults, so a missing or mistyped value is a user error, reported with the full key.
 */
import { simFail } from './errors';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };
export type Section = { readonly [key: string]: Plain };

export class Params {
  constructor(
    readonly prefix: string,
    private section: Section,
  ) {}

  private raw(key: string): Plain | undefined {
    let cur: Plain | undefined = this.section;
    for (const k of key.split('.')) {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
      cur = (cur as { [key: string]: Plain })[k];
    }
    return cur;
  }

  private bad(key: string, wanted: string, got: Plain | undefined): never {
    return simFail({
      code: 'bad-config',
      module: this.prefix,
      message: `${this.prefix}.${key} must be ${wanted}, but is ${got === undefined ? 'missing' : JSON.stringify(got)}`,
    });
  }

  number(key: string): number {
    const v = this.raw(key);
    return typeof v === 'number' ? v : this.bad(key, 'a number', v);
  }

  int(key: string): number {
    const v = this.raw(key);
    return typeof v === 'number' && Number.isInteger(v) ? v : this.bad(key, 'a whole number', v);
  }

  string(key: string): string {
    const v = this.raw(key);
    return typeof v === 'string' ? v : this.bad(key, 'text', v);
  }

  bool(key: string): boolean {
    const v = this.raw(key);
    return typeof v === 'boolean' ? v : this.bad(key, 'true or false', v);
  }

  optionalNumber(key: string): number | null {
    const v = this.raw(key);
    return v === null || v === undefined ? null : typeof v === 'number' ? v : this.bad(key, 'a number or null', v);
  }

  list(key: string): Plain[] {
    const v = this.raw(key);
    return Array.isArray(v) ? v : this.bad(key, 'a list', v);
  }

  strings(key: string): string[] {
    return this.list(key).map((x) => (typeof x === 'string' ? x : this.bad(key, 'a list of names', x)));
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.string(key);
    return (allowed as readonly string[]).includes(v) ? (v as T) : this.bad(key, `one of ${allowed.join(', ')}`, v);
  }
}
