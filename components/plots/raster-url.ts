/** A painted raster as a PNG data URL: what a plotly layout image needs (and keeps in PNG exports). */
import type { ColorScale } from '../../lib/plots/colorscale';
import { colorBarRaster, type Raster } from '../../lib/plots/field-raster';

let canvas: HTMLCanvasElement | null = null;

export function rasterUrl(raster: Raster): string {
  canvas ??= document.createElement('canvas');
  canvas.width = raster.width;
  canvas.height = raster.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  ctx.putImageData(new ImageData(raster.data as Uint8ClampedArray<ArrayBuffer>, raster.width, raster.height), 0, 0);
  return canvas.toDataURL('image/png');
}

const colorBars = new Map<ColorScale, string>();

/** A colour scale's bar, encoded once per scale. */
export function colorBarUrl(scale: ColorScale): string {
  let url = colorBars.get(scale);
  if (url === undefined) colorBars.set(scale, (url = rasterUrl(colorBarRaster(scale))));
  return url;
}
