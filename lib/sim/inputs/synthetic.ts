/**
 * Built-in inputs that need no data file: IGM's synthetic valley (100 m grid, 10 km × 20 km,
 * a U-shaped bed rising along y, no ice), a Halfar dome on a flat bed (Bueler's test B, taken
 * at the dome's own age t0 so it starts with height H0 and radius R0), and a uniform slab on an
 * inclined plane.
 */
import type { InputModule } from '../modules';
import type { Grid } from '../state';
import { halfarT0, halfarThickness } from '../analytic/halfar';

export function regularGrid(nx: number, ny: number, dx: number, x0 = 0, y0 = 0): Grid {
  return {
    nx,
    ny,
    dx,
    x: Float32Array.from({ length: nx }, (_, i) => x0 + i * dx),
    y: Float32Array.from({ length: ny }, (_, j) => y0 + j * dx),
  };
}

export function fieldFrom(grid: Grid, f: (x: number, y: number) => number): Float32Array {
  const out = new Float32Array(grid.nx * grid.ny);
  for (let j = 0; j < grid.ny; j++) for (let i = 0; i < grid.nx; i++) out[j * grid.nx + i] = f(grid.x[i]!, grid.y[j]!);
  return out;
}

export function createSynthetic(): InputModule {
  return {
    group: 'inputs',
    run({ state }) {
      const grid = regularGrid(100, 200, 100);
      state.setGrid(grid);
      state.setField('topg', fieldFrom(grid, (x, y) => 1000 + 0.15 * y + (x - 5000) ** 2 / 50000));
      state.setField('thk', new Float32Array(grid.nx * grid.ny));
    },
  };
}

export function createHalfar(): InputModule {
  return {
    group: 'inputs',
    run({ state, params }) {
      const dx = params.number('dx');
      const half = params.number('extent') / 2;
      const n = 2 * Math.round(half / dx) + 1;
      const grid = regularGrid(n, n, dx, -Math.round(half / dx) * dx, -Math.round(half / dx) * dx);
      const dome = { H0: params.number('H0'), R0: params.number('R0'), A: params.number('arrhenius') * 1e-18 };
      const t0 = halfarT0(dome);
      state.setGrid(grid);
      state.setField('topg', new Float32Array(n * n));
      state.setField('thk', fieldFrom(grid, (x, y) => halfarThickness(dome, t0, Math.hypot(x, y))));
    },
  };
}

export function createSlab(): InputModule {
  return {
    group: 'inputs',
    run({ state, params }) {
      const dx = params.number('dx');
      const grid = regularGrid(params.int('nx'), params.int('ny'), dx);
      const slope = Math.tan((params.number('slope_deg') * Math.PI) / 180);
      const margin = params.int('margin');
      const thk = params.number('thk');
      state.setGrid(grid);
      state.setField('topg', fieldFrom(grid, (x) => -x * slope));
      state.setField(
        'thk',
        fieldFrom(grid, (x, y) => {
          const i = Math.round(x / dx);
          const j = Math.round(y / dx);
          return i >= margin && j >= margin && i < grid.nx - margin && j < grid.ny - margin ? thk : 0;
        }),
      );
    },
  };
}

/**
 * ISMIP-HOM experiment A (Pattyn et al. 2008): surface s = −x tan 0.5°, bed
 * s − 1000 + 500 sin(ωx) sin(ωy), ω = 2π/L. The benchmark is periodic; the studio's grid has
 * edges, so the bumps are repeated `periods` times each way and the middle period, far from
 * the edges, stands for the periodic solution.
 */
export function createIsmipHomA(): InputModule {
  return {
    group: 'inputs',
    run({ state, params }) {
      const L = params.number('L');
      const perPeriod = params.int('cells_per_period');
      const periods = params.int('periods');
      const dx = L / perPeriod;
      const n = perPeriod * periods;
      const grid = regularGrid(n, n, dx, dx / 2, dx / 2);
      const w = (2 * Math.PI) / L;
      const surface = (x: number) => -x * Math.tan((0.5 * Math.PI) / 180);
      state.setGrid(grid);
      state.setField('topg', fieldFrom(grid, (x, y) => surface(x) - 1000 + 500 * Math.sin(w * x) * Math.sin(w * y)));
      state.setField('thk', fieldFrom(grid, (x, y) => 1000 - 500 * Math.sin(w * x) * Math.sin(w * y)));
    },
  };
}
