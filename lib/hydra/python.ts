/**
 * Python behaviours the composer must reproduce bit for bit: how Python prints floats (str()),
 * how Hydra's float range() steps with decimal.Decimal, and random.shuffle under random.seed().
 */

/** Python's str(float): shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function pyFloatStr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const digits = mant.replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** Python's str() of a scalar as OmegaConf holds it. */
export function pyStr(value: string | number | boolean | null, float = false): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return float || !Number.isInteger(value) ? pyFloatStr(value) : String(value);
  return value;
}

// ---- decimal.Decimal with the default context (28 significant digits, half-even) ----

/** An exact decimal: coef × 10^exp. */
interface Dec {
  coef: bigint;
  exp: number;
}

const PRECISION = 28;

/** decimal.Decimal(float): the float's exact binary value written in decimal. */
export function decFromFloat(x: number): Dec {
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return { coef: BigInt(x), exp: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (e === 0) e2 = -1074;
  else {
    m |= 1n << 52n;
    e2 = e - 1075;
  }
  if (e2 >= 0) return { coef: sign * (m << BigInt(e2)), exp: 0 };
  // m / 2^k = m·5^k / 10^k
  const k = -e2;
  return { coef: sign * m * 5n ** BigInt(k), exp: -k };
}

function roundToPrecision(d: Dec): Dec {
  const neg = d.coef < 0n;
  let c = neg ? -d.coef : d.coef;
  const digits = c.toString().length;
  if (digits <= PRECISION) return d;
  const drop = digits - PRECISION;
  const p = 10n ** BigInt(drop);
  let q = c / p;
  const r = c % p;
  const half = p / 2n;
  if (r > half || (r === half && q % 2n === 1n)) q += 1n;
  c = q;
  return { coef: neg ? -c : c, exp: d.exp + drop };
}

export function decAdd(a: Dec, b: Dec): Dec {
  const exp = Math.min(a.exp, b.exp);
  const ca = a.coef * 10n ** BigInt(a.exp - exp);
  const cb = b.coef * 10n ** BigInt(b.exp - exp);
  return roundToPrecision({ coef: ca + cb, exp });
}

export function decCompare(a: Dec, b: Dec): number {
  const exp = Math.min(a.exp, b.exp);
  const ca = a.coef * 10n ** BigInt(a.exp - exp);
  const cb = b.coef * 10n ** BigInt(b.exp - exp);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/** float(Decimal): correctly rounded, as JavaScript's Number() of the decimal string is. */
export function decToFloat(d: Dec): number {
  return Number(`${d.coef}e${d.exp}`);
}

/** Hydra's FloatRange: start, start+step, … (Decimal arithmetic) while short of stop. */
export function floatRange(start: number, stop: number, step: number): number[] {
  if (step === 0) throw new RangeError(`Invalid range values (start:${start}, stop:${stop}, step:${step})`);
  let cur = decFromFloat(start);
  const end = decFromFloat(stop);
  const inc = decFromFloat(step);
  const out: number[] = [];
  const dir = step > 0 ? -1 : 1;
  while (decCompare(cur, end) === dir) {
    out.push(decToFloat(cur));
    cur = decAdd(cur, inc);
    if (out.length > 1_000_000) throw new RangeError('range() would produce more than a million values');
  }
  return out;
}

// ---- random.seed(n) / random.shuffle as CPython implements them (MT19937) ----

class Mt19937 {
  private mt = new Uint32Array(624);
  private index = 625;

  private initGenrand(s: number) {
    this.mt[0] = s >>> 0;
    for (let i = 1; i < 624; i++) {
      const prev = this.mt[i - 1]! ^ (this.mt[i - 1]! >>> 30);
      this.mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = 624;
  }

  /** CPython's init_by_array, which random.seed(int) uses with the int's 32-bit words. */
  seed(n: bigint) {
    let v = n < 0n ? -n : n;
    const key: number[] = [];
    do {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    } while (v > 0n);
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    for (let k = Math.max(624, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= 624) {
        mt[0] = mt[623]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = 623; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= 624) {
        mt[0] = mt[623]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private twist() {
    const mt = this.mt;
    for (let k = 0; k < 624; k++) {
      const y = (mt[k]! & 0x80000000) | (mt[(k + 1) % 624]! & 0x7fffffff);
      mt[k] = mt[(k + 397) % 624]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }

  uint32(): number {
    if (this.index >= 624) this.twist();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y = (y ^ ((y << 7) & 0x9d2c5680)) >>> 0;
    y = (y ^ ((y << 15) & 0xefc60000)) >>> 0;
    return (y ^ (y >>> 18)) >>> 0;
  }

  /** random._randbelow for n < 2^32 (getrandbits(k) draws the top k bits of one word). */
  below(n: number): number {
    const k = Math.floor(Math.log2(n)) + 1;
    for (;;) {
      const r = k === 0 ? 0 : this.uint32() >>> (32 - k);
      if (r < n) return r;
    }
  }
}

/** Python's `random` module state after `random.seed(seed)`; successive shuffles share it. */
export class PyRandom {
  private rng = new Mt19937();
  constructor(seed: number | bigint) {
    this.rng.seed(BigInt(seed));
  }
  /** random.shuffle, returning a shuffled copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.rng.below(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** The order Python gives: `random.seed(seed); random.shuffle(items)`. */
export function pyShuffle<T>(items: readonly T[], seed: number | bigint): T[] {
  return new PyRandom(seed).shuffle(items);
}
