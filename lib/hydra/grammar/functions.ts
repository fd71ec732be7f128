/**
 * The functions Hydra's override grammar offers: choice, range, interval, sort, shuffle, glob,
 * tag, and the int/float/str/bool casts. Behaviour (argument rules, error cases) follows
 * Hydra 1.3's documentation and source.
 */
import { err, ok, type Result } from '../../result';
import { pyFloatStr } from '../python';
import type { ParseContext } from './parse-override';
import { isDictEl, isFloat, isQuoted, numValue, type Element, type Num, type Sweep } from './types';

export interface FunctionArgs {
  positional: (Element | Sweep)[];
  named: Record<string, Element | Sweep>;
}

type Value = Element | Sweep;
type Fn = (args: FunctionArgs, ctx: ParseContext) => Value;

class FnError extends Error {}
const bad = (message: string): never => {
  throw new FnError(message);
};

const isSweepV = (v: Value): v is Sweep => typeof v === 'object' && v !== null && !Array.isArray(v) && 'sweep' in v;
const isNum = (v: Value): v is Num => typeof v === 'number' || isFloat(v);

function onlyArgs(args: FunctionArgs, allowed: string[], name: string): void {
  for (const k of Object.keys(args.named)) if (!allowed.includes(k)) bad(`TypeError: ${name}() got an unexpected keyword argument '${k}'`);
}

function simpleChoice(items: Value[]): Sweep {
  for (const i of items) if (isSweepV(i)) bad('TypeError: a sweep cannot be nested in a choice');
  return { sweep: 'choice', items: items as Element[], simple: true, shuffle: false, tags: [] };
}

// ---- casts ----

type Caster = (v: Element) => Element;

function castValue(v: Value, cast: Caster, name: string): Value {
  if (isSweepV(v)) {
    switch (v.sweep) {
      case 'choice':
        return { ...v, items: v.items.map((i) => castValue(i, cast, name) as Element) };
      case 'range':
        if (name !== 'int' && name !== 'float') bad('ValueError: Range can only be cast to int or float');
        return { ...v, start: cast(v.start) as Num, stop: cast(v.stop) as Num, step: cast(v.step) as Num, shuffle: false };
      case 'interval':
        if (name === 'str' || name === 'bool') bad(`ValueError: Intervals cannot be cast to ${name}`);
        return { ...v, start: numValue(cast({ float: v.start }) as Num), end: numValue(cast({ float: v.end }) as Num) };
      case 'glob':
        return bad(`TypeError: cannot cast a glob to ${name}`);
    }
  }
  if (Array.isArray(v)) return v.map((i) => castValue(i, cast, name) as Element);
  if (isDictEl(v)) return { dict: v.dict.map(([k, x]) => [k, castValue(x, cast, name) as Element]) };
  if (isQuoted(v)) return cast(v.quoted);
  return cast(v);
}

function pyInt(v: Element): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (isFloat(v)) {
    if (!Number.isFinite(v.float)) bad(`ValueError: cannot convert float ${pyFloatStr(v.float)} to integer`);
    return Math.trunc(v.float);
  }
  if (typeof v === 'string' && /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(v)) return Number(v.replaceAll('_', '').trim());
  return bad(`ValueError: invalid literal for int() with base 10: '${String(v)}'`);
}

function pyFloat(v: Element): Element {
  if (typeof v === 'boolean') return { float: v ? 1 : 0 };
  if (typeof v === 'number') return { float: v };
  if (isFloat(v)) return v;
  if (typeof v === 'string') {
    const t = v.trim().replaceAll('_', '').toLowerCase();
    if (/^[+-]?(?:inf|infinity)$/.test(t)) return { float: t.startsWith('-') ? -Infinity : Infinity };
    if (/^[+-]?nan$/.test(t)) return { float: NaN };
    if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/.test(t)) return { float: Number(t) };
  }
  return bad(`ValueError: could not convert string to float: '${String(v)}'`);
}

function pyStrCast(v: Element): Element {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  if (isFloat(v)) return pyFloatStr(v.float);
  if (v === null) return 'None';
  return v as string;
}

function pyBool(v: Element): Element {
  if (typeof v === 'string') {
    if (v.toLowerCase() === 'false') return false;
    if (v.toLowerCase() === 'true') return true;
    return bad(`ValueError: Cannot cast '${v}' to bool`);
  }
  if (typeof v === 'number') return v !== 0;
  if (isFloat(v)) return v.float !== 0;
  return Boolean(v);
}

function castFn(name: string, cast: Caster): Fn {
  return (args) => {
    onlyArgs(args, ['value'], name);
    const named = args.named.value;
    if (named !== undefined && args.positional.length > 0) bad('TypeError: cannot use both position and named arguments');
    let v: Value;
    if (named !== undefined) v = named;
    else if (args.positional.length === 0) return bad('TypeError: No positional args or value specified');
    else if (args.positional.length === 1) v = args.positional[0]!;
    else v = simpleChoice(args.positional);
    return castValue(v, cast, name);
  };
}

// ---- sweeps ----

function sortKey(items: Element[], reverse: boolean): Element[] {
  const kinds = new Set(items.map((i) => (typeof i === 'string' || isQuoted(i) ? 'str' : typeof i === 'number' || typeof i === 'boolean' || isFloat(i) ? 'num' : 'other')));
  if (kinds.has('other') || kinds.size > 1) bad("TypeError: '<' not supported between these values");
  const key = (i: Element) => (isQuoted(i) ? i.quoted : isFloat(i) ? i.float : typeof i === 'boolean' ? Number(i) : i) as string | number;
  const sorted = [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return reverse ? sorted.reverse() : sorted;
}

function sortSweep(s: Sweep, reverse: boolean): Sweep {
  if (s.sweep === 'choice') {
    // Python's sorted(reverse=True) is stable in reverse: equal items keep their order.
    const sorted = reverse ? sortKey([...s.items].reverse(), false).reverse() : sortKey(s.items, false);
    return { ...s, items: sorted };
  }
  if (s.sweep === 'range') {
    const start = numValue(s.start);
    const stop = numValue(s.stop);
    const step = Math.abs(numValue(s.step));
    const float = isFloat(s.start) || isFloat(s.stop) || isFloat(s.step);
    const num = (x: number): Num => (float ? { float: x } : x);
    if (!reverse && start > stop) return { ...s, start: num(stop + step), stop: num(start + step), step: num(-numValue(s.step)) };
    if (reverse && start < stop) return { ...s, start: num(stop - step), stop: num(start - step), step: num(-numValue(s.step)) };
    return s;
  }
  return bad('TypeError: only choice and range sweeps can be sorted');
}

const FUNCTIONS: Record<string, Fn> = {
  int: castFn('int', pyInt),
  float: castFn('float', pyFloat),
  str: castFn('str', pyStrCast),
  bool: castFn('bool', pyBool),
  choice(args) {
    onlyArgs(args, [], 'choice');
    const items = args.positional;
    if (items.length === 0) bad('ValueError: empty choice is not legal');
    if (items.length === 1 && isSweepV(items[0]!)) {
      const first = items[0] as Sweep;
      if (first.sweep === 'choice' && first.simple) return { ...first, simple: false };
      bad('ValueError: nesting choices is not supported');
    }
    for (const i of items) if (isSweepV(i)) bad('ValueError: nesting choices is not supported');
    return { sweep: 'choice', items: items as Element[], simple: false, shuffle: false, tags: [] };
  },
  range(args) {
    onlyArgs(args, ['start', 'stop', 'step'], 'range');
    const names = ['start', 'stop', 'step'];
    const vals: (Value | undefined)[] = [...args.positional];
    for (const [k, v] of Object.entries(args.named)) {
      const idx = names.indexOf(k);
      if (vals[idx] !== undefined) bad(`TypeError: range() got multiple values for argument '${k}'`);
      vals[idx] = v;
    }
    if (vals.length > 3) bad(`TypeError: range() takes from 1 to 3 positional arguments but ${vals.length} were given`);
    let [start, stop, step] = vals;
    if (start === undefined) return bad("TypeError: range() missing 1 required positional argument: 'start'");
    if (stop === undefined) {
      stop = start;
      start = 0;
    }
    step ??= 1;
    for (const v of [start, stop, step]) if (!isNum(v as Value)) bad(`TypeError: range() arguments must be numbers, got '${String(v)}'`);
    return { sweep: 'range', start: start as Num, stop: stop as Num, step: step as Num, shuffle: false, tags: [] };
  },
  interval(args) {
    onlyArgs(args, ['start', 'end'], 'interval');
    const start = args.positional[0] ?? args.named.start;
    const end = args.positional[1] ?? args.named.end;
    if (start === undefined || end === undefined || !isNum(start) || !isNum(end)) return bad('TypeError: interval() takes two numbers: interval(start, end)');
    return { sweep: 'interval', start: numValue(start), end: numValue(end), tags: [] };
  },
  tag(args) {
    onlyArgs(args, ['sweep'], 'tag');
    const all = args.named.sweep !== undefined ? [...args.positional, args.named.sweep] : args.positional;
    if (all.length < 1) bad('ValueError: Not enough arguments to tag, must take at least a sweep');
    const last = all.at(-1)!;
    if (!isSweepV(last)) return bad('ValueError: Last argument to tag() must be a choice(), range() or interval()');
    const tags = all.slice(0, -1).map((t) => (typeof t === 'string' ? t : isQuoted(t) ? t.quoted : bad('ValueError: tag arguments type must be string')));
    return { ...last, tags };
  },
  shuffle(args, ctx) {
    onlyArgs(args, ['sweep', 'list'], 'shuffle');
    const named = args.named.list ?? args.named.sweep;
    const items = named !== undefined ? [named] : args.positional;
    if (items.length === 1) {
      const arg = items[0]!;
      if (isSweepV(arg)) {
        if (arg.sweep !== 'choice' && arg.sweep !== 'range') bad('TypeError: only choice and range sweeps can be shuffled');
        return { ...arg, shuffle: true } as Sweep;
      }
      if (Array.isArray(arg)) return ctx.shuffle ? ctx.shuffle(arg) : [...arg];
      return [arg];
    }
    return { ...simpleChoice(items), shuffle: true };
  },
  sort(args) {
    onlyArgs(args, ['sweep', 'list', 'reverse'], 'sort');
    const reverse = args.named.reverse === true;
    if (args.named.list !== undefined) {
      const list = args.named.list;
      if (!Array.isArray(list)) return bad('TypeError: sort(list=...) needs a list');
      return sortKey(list, reverse);
    }
    if (args.named.sweep !== undefined) {
      const s = args.named.sweep;
      return isSweepV(s) ? sortSweep(s, reverse) : bad('TypeError: sort(sweep=...) needs a sweep');
    }
    const items = args.positional;
    if (items.length === 0) bad('ValueError: empty sort input');
    if (items.length === 1) {
      const arg = items[0]!;
      if (isSweepV(arg)) return sortSweep(arg, reverse);
      if (Array.isArray(arg)) return sortKey(arg, reverse);
      return arg;
    }
    for (const i of items) if (isSweepV(i) || Array.isArray(i) || isDictEl(i) || i === null) bad('TypeError: Invalid arguments to sort()');
    return sortSweep(simpleChoice(items), reverse);
  },
  glob(args) {
    onlyArgs(args, ['include', 'exclude'], 'glob');
    const strs = (v: Value | undefined): string[] =>
      v === undefined || v === null ? [] : Array.isArray(v) ? v.map((x) => (isQuoted(x) ? x.quoted : String(x))) : [isQuoted(v) ? v.quoted : String(v)];
    const include = args.positional[0] ?? args.named.include;
    if (include === undefined) bad("TypeError: glob() missing 1 required positional argument: 'include'");
    return { sweep: 'glob', include: strs(include), exclude: strs(args.positional[1] ?? args.named.exclude), tags: [] };
  },
};

export function callFunction(name: string, args: FunctionArgs, ctx: ParseContext): Result<Value, string> {
  const fn = FUNCTIONS[name];
  if (!fn) return err(`HydraException: Unknown function '${name}'. Available: ${Object.keys(FUNCTIONS).sort().join(', ')}`);
  try {
    return ok(fn(args, ctx));
  } catch (e) {
    if (e instanceof FnError) return err(e.message);
    throw e;
  }
}
