/**
 * Halfar's similarity solution for an isothermal dome on a flat bed without sliding (Bueler
 * et al. 2005, test B): H(t, r) = H0 (t/t0)^(−1/9) [1 − ((t/t0)^(−1/18) r/R0)^(4/3)]^(3/7).
 * A is in Pa⁻³ a⁻¹ (IGM's 100 MPa⁻³ a⁻¹ is 1e-16), n = 3.
 */
export interface HalfarDome {
  H0: number;
  R0: number;
  /** Rate factor in Pa⁻³ a⁻¹. */
  A: number;
  rho?: number;
  g?: number;
}

export function halfarT0({ H0, R0, A, rho = 910, g = 9.81 }: HalfarDome): number {
  const gamma = (2 * A * (rho * g) ** 3) / 5;
  return (1 / (18 * gamma)) * (7 / 4) ** 3 * (R0 ** 4 / H0 ** 7);
}

/** Thickness at Halfar time t (years since the similarity origin; t0 is the dome's own age). */
export function halfarThickness(dome: HalfarDome, t: number, r: number): number {
  const s = t / halfarT0(dome);
  const inner = 1 - (s ** (-1 / 18) * r / dome.R0) ** (4 / 3);
  return inner > 0 ? dome.H0 * s ** (-1 / 9) * inner ** (3 / 7) : 0;
}
