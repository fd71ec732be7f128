/**
 * Colour scales shared by the field rasters (coloured here, pixel by pixel) and by plotly's
 * colour bars (given the same stops), so the bar always tells what the image shows. Stops are
 * ColorBrewer's sequential Blues and diverging RdBu, matplotlib's viridis, and a terrain ramp.
 */
export type ColorScale = readonly (readonly [number, string])[];

/** Thin ice pale, thick ice dark. */
export const BLUES: ColorScale = [[0, '#f7fbff'], [0.125, '#deebf7'], [0.25, '#c6dbef'], [0.375, '#9ecae1'], [0.5, '#6baed6'], [0.625, '#4292c6'], [0.75, '#2171b5'], [0.875, '#08519c'], [1, '#08306b']];
export const VIRIDIS: ColorScale = [[0, '#440154'], [0.125, '#472d7b'], [0.25, '#3b528b'], [0.375, '#2c728e'], [0.5, '#21918c'], [0.625, '#28ae80'], [0.75, '#5ec962'], [0.875, '#addc30'], [1, '#fde725']];
/** Ablation red, accumulation blue, zero white. */
export const RED_BLUE: ColorScale = [[0, '#b2182b'], [0.125, '#d6604d'], [0.25, '#f4a582'], [0.375, '#fddbc7'], [0.5, '#f7f7f7'], [0.625, '#d1e5f0'], [0.75, '#92c5de'], [0.875, '#4393c3'], [1, '#2166ac']];
/** Valley green to rock brown to snow white. */
export const TERRAIN: ColorScale = [[0, '#2f6b3a'], [0.25, '#8fb365'], [0.5, '#e3d69c'], [0.75, '#9c7a54'], [1, '#ffffff']];

const tables = new WeakMap<ColorScale, Uint8Array>();

/** 256 RGB triples sampled linearly (in RGB, as plotly interpolates its bars) between the stops. */
export function colorTable(scale: ColorScale): Uint8Array {
  let table = tables.get(scale);
  if (table) return table;
  table = new Uint8Array(256 * 3);
  const rgb = scale.map(([u, hex]) => [u, parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)] as const);
  for (let k = 0; k < 256; k++) {
    const u = k / 255;
    let s = 1;
    while (s < rgb.length - 1 && rgb[s]![0] < u) s++;
    const a = rgb[s - 1]!;
    const b = rgb[s]!;
    const w = b[0] === a[0] ? 0 : (u - a[0]) / (b[0] - a[0]);
    for (let c = 1; c <= 3; c++) table[k * 3 + c - 1] = Math.round(a[c]! + w * (b[c]! - a[c]!));
  }
  tables.set(scale, table);
  return table;
}

/** The smallest of 1, 2, 2.5, 5 × 10^k at or above v (v > 0): colour-bar ends that change seldom. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v * (1 - 1e-12)) return m * p;
  return 10 * p;
}
