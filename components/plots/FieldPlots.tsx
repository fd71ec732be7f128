'use client';
/**
 * The saved fields of one run at one saved time: ice thickness over a hillshade of the bed with
 * the ice outline, surface speed on a log scale, SMB on a diverging scale, surface elevation.
 */
import type { FrameRecord } from '../../lib/runs/record';
import { usePlot } from './usePlot';

type Field = 'thk' | 'velsurf_mag' | 'smb' | 'usurf';

const TITLES: Record<Field, string> = { thk: 'Ice thickness (m)', velsurf_mag: 'Surface speed (m/a, log scale)', smb: 'Surface mass balance (m ice/a)', usurf: 'Surface elevation (m)' };

/** Rows of a field for plotly; `map` gets each value with its row-major index. */
function grid(frame: FrameRecord, values: Float32Array, map: (v: number, k: number) => number | null = (v) => v): (number | null)[][] {
  const rows: (number | null)[][] = [];
  for (let j = 0; j < frame.ny; j++) {
    const row: (number | null)[] = [];
    for (let i = 0; i < frame.nx; i++) row.push(map(values[j * frame.nx + i]!, j * frame.nx + i));
    rows.push(row);
  }
  return rows;
}

const shades = new WeakMap<Float32Array, number[][]>();

/** Lambertian shading of the bed, lit from the north-west (computed once per bed). */
function hillshade(frame: FrameRecord, topg: Float32Array): number[][] {
  const known = shades.get(topg);
  if (known) return known;
  const { nx, ny, dx } = frame;
  const at = (i: number, j: number) => topg[Math.min(ny - 1, Math.max(0, j)) * nx + Math.min(nx - 1, Math.max(0, i))]!;
  const out: number[][] = [];
  for (let j = 0; j < ny; j++) {
    const row: number[] = [];
    for (let i = 0; i < nx; i++) {
      const gx = (at(i + 1, j) - at(i - 1, j)) / (2 * dx);
      const gy = (at(i, j + 1) - at(i, j - 1)) / (2 * dx);
      const n = Math.hypot(gx, gy, 1);
      row.push((-gx * -0.5 + -gy * 0.5 + 1 * 0.7) / n);
    }
    out.push(row);
  }
  shades.set(topg, out);
  return out;
}

function FieldPlot({ frame, bed, field }: { frame: FrameRecord; bed: Float32Array | undefined; field: Field }) {
  const host = usePlot(() => {
    const values = frame.fields[field];
    if (!values) return null;
    const x = Array.from({ length: frame.nx }, (_, i) => (i * frame.dx) / 1000);
    const y = Array.from({ length: frame.ny }, (_, j) => (j * frame.dx) / 1000);
    const thk = frame.fields.thk;
    const iceFree = (k: number) => thk !== undefined && thk[k]! <= 1;
    const data: object[] = [];
    const unit = { thk: 'm', velsurf_mag: 'm/a', smb: 'm/a', usurf: 'm' }[field];
    if (field === 'thk' && bed) data.push({ type: 'heatmap', x, y, z: hillshade(frame, bed), colorscale: 'Greys', showscale: false, hoverinfo: 'skip' });
    const z =
      field === 'velsurf_mag'
        ? grid(frame, values, (v, k) => (iceFree(k) || v <= 0 ? null : Math.log10(v)))
        : field === 'thk'
          ? grid(frame, values, (v) => (v <= 1 ? null : v))
          : grid(frame, values);
    const extent = field === 'smb' ? Math.max(1e-6, ...Array.from(values, Math.abs)) : undefined;
    data.push({
      type: 'heatmap',
      x,
      y,
      z,
      colorscale: field === 'smb' ? 'RdBu' : field === 'velsurf_mag' ? 'Viridis' : field === 'thk' ? 'Blues' : 'Earth',
      reversescale: field === 'thk',
      ...(extent ? { zmin: -extent, zmax: extent } : {}),
      ...(field === 'velsurf_mag' ? { colorbar: { tickvals: [-1, 0, 1, 2, 3], ticktext: ['0.1', '1', '10', '100', '1000'] } } : {}),
      hovertemplate: field === 'velsurf_mag' ? 'x %{x:.1f} km, y %{y:.1f} km<br>%{customdata:.1f} m/a<extra></extra>' : `x %{x:.1f} km, y %{y:.1f} km<br>%{z:.1f} ${unit}<extra></extra>`,
      ...(field === 'velsurf_mag' ? { customdata: grid(frame, values) } : {}),
    });
    if (thk && field !== 'thk') data.push({ type: 'contour', x, y, z: grid(frame, thk), contours: { start: 1, end: 1, size: 1, coloring: 'none' }, line: { color: '#222', width: 1 }, showscale: false, hoverinfo: 'skip' });
    return { data, layout: { title: { text: `${TITLES[field]} — year ${frame.t.toFixed(1)}` }, xaxis: { title: { text: 'x (km)' } }, yaxis: { title: { text: 'y (km)' }, scaleanchor: 'x' } } };
  }, [frame, field, bed]);
  return <div ref={host} className="plot" data-testid={`plot.${field}`} />;
}

export function FieldPlots({ frame, bed }: { frame: FrameRecord; bed: Float32Array | undefined }) {
  const fields = (['thk', 'velsurf_mag', 'smb', 'usurf'] as const).filter((f) => frame.fields[f]);
  return (
    <div className="plots-grid">
      {fields.map((f) => (
        <FieldPlot key={f} frame={frame} bed={bed} field={f} />
      ))}
    </div>
  );
}
