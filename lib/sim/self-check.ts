/**
 * A start-up check that the chosen backend computes correctly: a matrix product whose exact
 * answer is known. Entries are small integers, so every partial sum is an integer below 2^24 and
 * float32 arithmetic — on any backend, fused or not — must reproduce it bit for bit.
 */
import type * as tfCore from '@tensorflow/tfjs-core';

export interface SelfCheck {
  size: number;
  /** Largest |computed − exact| over all entries; 0 on a correct backend. */
  maxAbsError: number;
  millis: number;
}

const entryA = (i: number, j: number) => ((i * 7 + j * 3) % 11) - 5;
const entryB = (i: number, j: number) => ((i * 5 + j * 2) % 13) - 6;

function filled(size: number, entry: (i: number, j: number) => number): Float32Array {
  const m = new Float32Array(size * size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) m[i * size + j] = entry(i, j);
  return m;
}

export function exactProduct(size: number): Float64Array {
  const c = new Float64Array(size * size);
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) {
      let s = 0;
      for (let k = 0; k < size; k++) s += entryA(i, k) * entryB(k, j);
      c[i * size + j] = s;
    }
  return c;
}

export async function matmulSelfCheck(
  tf: Pick<typeof tfCore, 'tensor2d' | 'matMul' | 'tidy'>,
  size = 64,
): Promise<SelfCheck> {
  const started = performance.now();
  const product = tf.tidy(() =>
    tf.matMul(tf.tensor2d(filled(size, entryA), [size, size]), tf.tensor2d(filled(size, entryB), [size, size])),
  );
  const computed = await product.data();
  product.dispose();
  const exact = exactProduct(size);
  let maxAbsError = 0;
  for (let i = 0; i < exact.length; i++) {
    maxAbsError = Math.max(maxAbsError, Math.abs((computed[i] ?? NaN) - (exact[i] ?? 0)));
  }
  if (Number.isNaN(maxAbsError)) maxAbsError = Infinity;
  return { size, maxAbsError, millis: performance.now() - started };
}
