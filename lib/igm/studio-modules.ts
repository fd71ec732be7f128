/**
 * Modules the studio adds to IGM's library: inputs that need no data file. Their configs join
 * IGM's on the search path so experiments select them the IGM way (`override /inputs: [halfar]`).
 */
export const studioConfFiles: Readonly<Record<string, string>> = {
  'inputs/synthetic.yaml': 'synthetic: {}\n',
  'inputs/halfar.yaml': 'halfar:\n  H0: 3600.0\n  R0: 750000.0\n  arrhenius: 100.0\n  extent: 2000000.0\n  dx: 50000.0\n',
  'inputs/ismip_hom_a.yaml': 'ismip_hom_a:\n  L: 80000.0\n  cells_per_period: 20\n  periods: 3\n',
  'inputs/slab.yaml': 'slab:\n  nx: 40\n  ny: 40\n  dx: 1000.0\n  thk: 200.0\n  slope_deg: 2.0\n  margin: 10\n',
};

export const studioModuleDescriptions: Readonly<Record<string, string>> = {
  'inputs/synthetic': "IGM's synthetic valley: a 10 km × 20 km U-shaped bed rising along y at 100 m, with no ice (no data file needed).",
  'inputs/halfar': "A Halfar similarity dome on a flat bed (Bueler's test B), at the age where its height is H0 and its radius R0.",
  'inputs/ismip_hom_a': 'ISMIP-HOM experiment A: ice 1000 m thick over a sinusoidal bed on a 0.5° slope, its bumps repeated across the domain.',
  'inputs/slab': 'A slab of uniform thickness on a plane inclined along x, surrounded by an ice-free margin.',
};

export const studioParamDescriptions: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'inputs/synthetic': {},
  'inputs/halfar': {
    H0: 'Dome height at the start.',
    R0: 'Dome radius at the start.',
    arrhenius: 'Rate factor A the dome is built for (match processes.iceflow.physics.init_arrhenius).',
    extent: 'Width and length of the square domain.',
    dx: 'Grid spacing.',
  },
  'inputs/ismip_hom_a': {
    L: 'Wavelength of the bed bumps in x and y.',
    cells_per_period: 'Grid cells per wavelength.',
    periods: 'Number of wavelengths along each side of the domain.',
  },
  'inputs/slab': {
    nx: 'Number of cells along x.',
    ny: 'Number of cells along y.',
    dx: 'Grid spacing.',
    thk: 'Ice thickness of the slab.',
    slope_deg: 'Inclination of the bed along x.',
    margin: 'Width, in cells, of the ice-free border around the slab.',
  },
};

export const studioParamFacts: Readonly<Record<string, Readonly<Record<string, { type?: string; units?: string }>>>> = {
  'inputs/halfar': { H0: { units: 'm' }, R0: { units: 'm' }, arrhenius: { units: 'MPa^{-3} y^{-1}' }, extent: { units: 'm' }, dx: { units: 'm' } },
  'inputs/ismip_hom_a': { L: { units: 'm' } },
  'inputs/slab': { dx: { units: 'm' }, thk: { units: 'm' }, slope_deg: { units: 'degree' } },
};
