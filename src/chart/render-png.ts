import { Resvg } from '@resvg/resvg-js';

/** Renders an SVG to PNG bytes, with the machine's fonts for the labels. */
export function renderPng(svg: string): Uint8Array {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'sans-serif' } })
    .render()
    .asPng();
}
