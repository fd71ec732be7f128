import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FrameRecord } from '../runs/record';
import { BLUES, colorTable, niceCeil, RED_BLUE } from './colorscale';
import { colorBarTicks, fieldFigure } from './field-figure';
import { fieldRaster, pixelsPerCell } from './field-raster';
import { fieldValueAt, fieldView, formatValue } from './field-view';
import { hillshade } from './hillshade';

test('colour tables run from the first stop to the last, through the middle stop', () => {
  const t = colorTable(RED_BLUE);
  assert.deepEqual([...t.slice(0, 3)], [0xb2, 0x18, 0x2b]);
  assert.deepEqual([...t.slice(255 * 3)], [0x21, 0x66, 0xac]);
  // u = 128/255 lies just past the white middle stop (#f7f7f7) towards #d1e5f0.
  const mid = [...t.slice(128 * 3, 128 * 3 + 3)];
  assert.ok(mid.every((c, q) => Math.abs(c - [0xf7, 0xf7, 0xf7][q]!) <= 1), String(mid));
});

test('niceCeil rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
  assert.deepEqual([0.03, 1, 1.2, 2.2, 3, 7, 420, 1e-9].map(niceCeil), [0.05, 1, 2, 2.5, 5, 10, 500, 1e-9]);
  assert.equal(niceCeil(0), 1);
});

test('hillshade: flat is cos 45°, slopes facing the north-west light are brighter than those facing away', () => {
  const nx = 5, ny = 5;
  const at = (s: Float32Array) => s[2 * nx + 2]!;
  assert.ok(Math.abs(at(hillshade(nx, ny, 100, new Float32Array(nx * ny))) - Math.SQRT1_2) < 1e-6);
  // Bed rising to the east (x): the slope faces west. Normal (−1, 0, 1)/√2 · light (−½, ½, √½) = (½ + √½)/√2.
  const towards = (0.5 + Math.SQRT1_2) / Math.SQRT2;
  const east = hillshade(nx, ny, 100, Float32Array.from({ length: nx * ny }, (_, k) => (k % nx) * 100));
  assert.ok(Math.abs(at(east) - towards) < 1e-6);
  // Facing east, away from the light's eastern component: (−½ + √½)/√2.
  const west = hillshade(nx, ny, 100, Float32Array.from({ length: nx * ny }, (_, k) => -(k % nx) * 100));
  assert.ok(Math.abs(at(west) - (Math.SQRT1_2 - 0.5) / Math.SQRT2) < 1e-6);
  // Rising to the south (−y): faces north, as much towards the light as the west-facing slope.
  const south = hillshade(nx, ny, 100, Float32Array.from({ length: nx * ny }, (_, k) => -Math.floor(k / nx) * 100));
  assert.ok(Math.abs(at(south) - towards) < 1e-6);
  // Border cells use one-sided differences: the same slope.
  assert.ok(Math.abs(east[0]! - towards) < 1e-6);
  // Exaggerating the relief threefold shades as a bed three times as steep.
  const steep = hillshade(nx, ny, 100, Float32Array.from({ length: nx * ny }, (_, k) => (k % nx) * 300));
  assert.ok(Math.abs(at(hillshade(nx, ny, 100, Float32Array.from({ length: nx * ny }, (_, k) => (k % nx) * 100), 3)) - at(steep)) < 1e-6);
  assert.ok(at(steep) < towards);
});

/** 4 × 3 grid, 500 m cells: two ice cells in the middle row (i = 1, 2), a thin one below. */
function frame(): FrameRecord {
  const nx = 4, ny = 3;
  const thk = Float32Array.from([0, 0.5, 0, 0, 0, 50, 120, 0, 0, 0, 0, 0]);
  const vel = Float32Array.from([0, 0, 0, 0, 0, 10, 100, 0, 0, 3, 0, 0]);
  const smb = Float32Array.from([-4, -2, 0, 1, -1, 0.5, 2, 0, 0, 0, 0, 0]);
  const usurf = Float32Array.from([2010, 2020, 2030, 2040, 2050, 2100, 2220, 2070, 2080, 2090, 2100, 2110]);
  return { seq: 3, t: 2012.5, nx, ny, dx: 500, fields: { thk, velsurf_mag: vel, smb, usurf, topg: new Float32Array(nx * ny) } };
}

test('field views: colour ranges from the values, rounded so they change seldom', () => {
  const f = frame();
  const thk = fieldView(f, 'thk')!;
  assert.deepEqual([thk.lo, thk.hi], [0, 200]);
  // 0.5 m is below the ice threshold: not shown, not ice.
  assert.deepEqual([0, 1, 5, 6].map(thk.shown), [false, false, true, true]);
  const vel = fieldView(f, 'velsurf_mag')!;
  // Off-ice speed (3 m/a under 0 m of ice) does not set the range: 0.1 … 100 m/a.
  assert.deepEqual([vel.lo, vel.hi, vel.log], [-1, 2, true]);
  const smb = fieldView(f, 'smb')!;
  assert.deepEqual([smb.lo, smb.hi], [-5, 5]);
  const usurf = fieldView(f, 'usurf')!;
  // 2010 … 2220 m in steps of niceCeil(210 / 8) = 50.
  assert.deepEqual([usurf.lo, usurf.hi], [2000, 2250]);
  assert.equal(fieldView({ ...f, fields: {} }, 'thk'), null);
});

test('a plot keeps its colour range while the values fit and fill a quarter of it', () => {
  const f = frame();
  // 120 m of ice fits in 0 … 250 m and spans more than a quarter of it: kept.
  assert.deepEqual(pick(fieldView(f, 'thk', { lo: 0, hi: 250 })!), [0, 250]);
  // Not in 0 … 100 m: a new range, rounded as without a previous one.
  assert.deepEqual(pick(fieldView(f, 'thk', { lo: 0, hi: 100 })!), [0, 200]);
  // Less than a quarter of 0 … 1000 m: shrinks.
  assert.deepEqual(pick(fieldView(f, 'thk', { lo: 0, hi: 1000 })!), [0, 200]);
  // Speeds up to 100 m/a in 0.1 … 10⁴ m/a (log units −1 … 4) span 3 of 5 decades: kept.
  assert.deepEqual(pick(fieldView(f, 'velsurf_mag', { lo: -1, hi: 4 })!), [-1, 4]);
  assert.deepEqual(pick(fieldView(f, 'usurf', { lo: 1900, hi: 2300 })!), [1900, 2300]);
  assert.deepEqual(pick(fieldView(f, 'usurf', { lo: 2050, hi: 2300 })!), [2000, 2250]);
});

const pick = (v: { lo: number; hi: number }) => [v.lo, v.hi];

test('hover reads the nearest cell with its unit, or says why there is no value', () => {
  const f = frame();
  assert.equal(fieldValueAt(fieldView(f, 'thk')!, f, 0.49, 0.6), 'x 0.5 km, y 0.5 km: 50.0 m');
  assert.equal(fieldValueAt(fieldView(f, 'velsurf_mag')!, f, 1.0, 0.5), 'x 1.0 km, y 0.5 km: 100 m/a');
  assert.equal(fieldValueAt(fieldView(f, 'velsurf_mag')!, f, 0, 0), 'x 0.0 km, y 0.0 km: no ice');
  assert.equal(fieldValueAt(fieldView(f, 'smb')!, f, 0.5, 0.5), 'x 0.5 km, y 0.5 km: 0.50 m ice/a');
  assert.equal(fieldValueAt(fieldView(f, 'smb')!, f, 2.0, 0), null);
  assert.equal(fieldValueAt(fieldView(f, 'smb')!, f, -0.3, 0), null);
  assert.deepEqual([1234.4, -12.34, 0.0123, 0].map(formatValue), ['1234', '-12.3', '0.012', '0']);
});

test('the raster: top row is the largest y, ice over hillshade, outline on the ice side of bare edges', () => {
  const f = frame();
  const s = pixelsPerCell(f.nx, f.ny);
  assert.equal(s, 4);
  const r = fieldRaster(fieldView(f, 'smb')!, f, undefined);
  assert.deepEqual([r.width, r.height, r.data.length], [16, 12, 16 * 12 * 4]);
  const px = (x: number, y: number) => [...r.data.slice((y * r.width + x) * 4, (y * r.width + x) * 4 + 4)];
  // Cell (0, 0), smb −4 of ±5, sits in the bottom rows: u = 0.1 → table index round(25.5) = 26.
  const table = colorTable(RED_BLUE);
  assert.deepEqual(px(1, 9), [...table.slice(26 * 3, 26 * 3 + 3), 255]);
  // Cell (3, 2) (smb 0, top right) is the white middle.
  assert.deepEqual(px(13, 1).slice(0, 3), [...table.slice(128 * 3, 128 * 3 + 3)]);
  // Cell (1, 1) is ice with bare ground west, north and south: the outline on its west column
  // and its top and bottom rows, not on its east side (the neighbour is ice).
  assert.deepEqual(px(4, 5), [34, 34, 34, 255]);
  assert.deepEqual(px(5, 4), [34, 34, 34, 255]);
  assert.deepEqual(px(5, 7), [34, 34, 34, 255]);
  assert.notDeepEqual(px(7, 5), [34, 34, 34, 255]);
  // Thickness over a flat bed: ice cells are 85% ice colour over the hillshade grey, bare ones grey.
  const t = fieldRaster(fieldView(f, 'thk')!, f, f.fields.topg);
  const grey = 70 + 150 * Math.SQRT1_2;
  assert.deepEqual([...t.data.slice(0, 3)].map((c) => Math.abs(c - grey) <= 1), [true, true, true]);
  const blue = colorTable(BLUES).slice(3 * Math.round(255 * 120 / 200), 3 * Math.round(255 * 120 / 200) + 3);
  const o = (5 * t.width + 10) * 4; // inside cell (2, 1), thickness 120 m
  for (let q = 0; q < 3; q++) assert.ok(Math.abs(t.data[o + q]! - (0.85 * blue[q]! + 0.15 * grey)) <= 1);
});

test('the figure: the raster as an image spanning the cells, the colour bar as an image with labelled ticks', () => {
  const f = frame();
  type Fig = {
    data: unknown[];
    layout: { title: { text: string }; xaxis: { range: number[] }; images: { source: string; x: number; y: number; sizex: number; sizey: number }[]; annotations: { text: string; y: number }[] };
  };
  const fig = fieldFigure(fieldView(f, 'velsurf_mag')!, f, 'data:image/png;base64,AAAA', 'data:bar') as Fig;
  // No traces: a new frame never goes through plotly's data pipeline.
  assert.deepEqual(fig.data, []);
  assert.match(fig.layout.title.text, /^Surface speed .* year 2012\.5$/);
  assert.deepEqual(fig.layout.xaxis.range, [-0.25, 1.75]);
  const img = fig.layout.images[0]!;
  assert.deepEqual([img.source, img.x, img.y, img.sizex, img.sizey], ['data:image/png;base64,AAAA', -0.25, 1.25, 2, 1.5]);
  assert.equal(fig.layout.images[1]!.source, 'data:bar');
  // Log scale −1 … 2: a label per power of ten, spread over the bar's height.
  assert.deepEqual(fig.layout.annotations.map((a) => [a.text, a.y]), [['0.1', 0], ['1', 1 / 3], ['10', 2 / 3], ['100', 1]]);
});

test('colour bar ticks are round steps inside the range, zero included on a diverging scale', () => {
  const f = frame();
  const labels = (field: 'thk' | 'smb' | 'usurf', previous?: { lo: number; hi: number }) => colorBarTicks(fieldView(f, field, previous)!).map((t) => t.label);
  assert.deepEqual(labels('smb'), ['-4', '-2', '0', '2', '4']);
  assert.deepEqual(labels('thk'), ['0', '50', '100', '150', '200']);
  assert.deepEqual(labels('usurf'), ['2000', '2050', '2100', '2150', '2200', '2250']);
  // ±6.25 (kept from an earlier frame) in steps of 2.5: one decimal on every label.
  assert.deepEqual(labels('smb', { lo: -6.25, hi: 6.25 }), ['-5.0', '-2.5', '0.0', '2.5', '5.0']);
});
