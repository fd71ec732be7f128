/**
 * A parallel-sided slab of ice, thickness H on a plane inclined at α, far from any edge: every
 * column is the same, so the Blatter–Pattyn flow reduces to simple shear over Weertman sliding.
 * Units as IGM's: A in MPa⁻³ a⁻¹ (n = 3), C in MPa m^(−1/3) a^(1/3) (m = 3), speeds in m/a.
 */
export interface Slab {
  H: number;
  slopeDeg: number;
  A: number;
  /** Sliding coefficient; leave out for a bed without sliding. */
  C?: number;
  rho?: number;
  g?: number;
}

export function slabSpeeds({ H, slopeDeg, A, C, rho = 910, g = 9.81 }: Slab): { base: number; shear: number; surface: number } {
  // Driving stress per metre of ice, in MPa/m (IGM's energies use the small-slope tan α).
  const rhoG = (rho * g * Math.tan((slopeDeg * Math.PI) / 180)) / 1e6;
  const base = C === undefined ? 0 : ((rhoG * H) / C) ** 3;
  const shear = ((2 * A) / 4) * rhoG ** 3 * H ** 4;
  return { base, shear, surface: base + shear };
}
