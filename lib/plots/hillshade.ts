/**
 * Lambertian shading of a bed for the thickness plot's background: light from the north-west
 * (azimuth 315°) at about 45° elevation, so slopes facing it are bright and the ones facing away
 * are dark. `zFactor` exaggerates the relief (slopes steeper by that factor), as GIS hillshades
 * do so that valley walls of a few tens of percent still read. Returns row-major values in [−1, 1] (1: facing the light; a flat bed gives ≈ 0.71).
 */
export function hillshade(nx: number, ny: number, dx: number, bed: Float32Array, zFactor = 1): Float32Array {
  const at = (i: number, j: number) => bed[Math.min(ny - 1, Math.max(0, j)) * nx + Math.min(nx - 1, Math.max(0, i))]!;
  // Unit vector towards the light in (x east, y north, z up).
  const light = [-Math.SQRT1_2 * Math.SQRT1_2, Math.SQRT1_2 * Math.SQRT1_2, Math.SQRT1_2] as const;
  const out = new Float32Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      // Centred differences (one-sided at the border, through the clamped index).
      const gx = (zFactor * (at(i + 1, j) - at(i - 1, j))) / ((Math.min(nx - 1, i + 1) - Math.max(0, i - 1)) * dx || 1);
      const gy = (zFactor * (at(i, j + 1) - at(i, j - 1))) / ((Math.min(ny - 1, j + 1) - Math.max(0, j - 1)) * dx || 1);
      // The surface normal is (−gx, −gy, 1) normalised.
      out[j * nx + i] = (-gx * light[0] - gy * light[1] + light[2]) / Math.hypot(gx, gy, 1);
    }
  }
  return out;
}
