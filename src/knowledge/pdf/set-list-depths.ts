import type { PlacedBlock } from './report-block.ts';

/** Bullets whose glyphs stand this many points right of their list's first are nested. */
const NESTED_INDENT = 5;

/** Nested bullets (a smaller glyph set further right) become nested list items. */
export function setListDepths(body: readonly PlacedBlock[]): void {
  let list: PlacedBlock[] = [];
  const flush = () => {
    const left = Math.min(...list.map((placed) => placed.bulletX ?? 0));
    for (const placed of list) {
      if (placed.block.kind !== 'list-item') continue;
      const depth = (placed.bulletX ?? left) - left > NESTED_INDENT ? 1 : 0;
      placed.block = { ...placed.block, depth };
    }
    list = [];
  };
  for (const placed of body) {
    if (placed.block.kind === 'list-item') list.push(placed);
    else flush();
  }
  flush();
}
