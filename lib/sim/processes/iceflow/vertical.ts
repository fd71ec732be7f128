/**
 * IGM's vertical discretisation (Lagrange basis): Nz levels at relative heights
 * (ζ/s)(1 + (s − 1)ζ) with ζ = 0…1, their spacings dζ, and the weights that give the
 * depth-averaged velocity.
 */
export function levels(nz: number, spacing: number): number[] {
  return Array.from({ length: nz }, (_, i) => {
    const z = nz === 1 ? 0 : Math.fround(i / (nz - 1));
    return Math.fround((z / spacing) * (1 + (spacing - 1) * z));
  });
}

/** Spacings between consecutive levels (IGM's dzeta); one level gives [1]. */
export function dzeta(nz: number, spacing: number): number[] {
  const l = levels(nz, spacing);
  if (nz === 1) return [1];
  return l.slice(1).map((v, i) => Math.fround(v - l[i]!));
}

/** Weights of each level in the depth average (IGM's define_vertical_weight); they sum to 1. */
export function verticalWeights(nz: number, spacing: number): number[] {
  const w = Array.from({ length: nz + 1 }, (_, i) => {
    const z = Math.fround(i / nz);
    return Math.fround((z / spacing) * (1 + (spacing - 1) * z));
  });
  return w.slice(1).map((v, i) => Math.fround(v - w[i]!));
}
