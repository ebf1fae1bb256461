import type { RatingEntry } from '../answer/answer.ts';
import { gradeRank } from '../answer/grade-scale.ts';
import { areaOrder } from '../answer/judgement-area.ts';
import { entryYear } from '../answer/rating-history.ts';

/** The chart's size: wide enough for a dozen inspections, tall enough for four grades. */
export const chartSize = { panelWidth: 760, height: 460 } as const;
const margin = { left: 190, right: 20, top: 50, bottom: 120 };
const grades = ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'];
/** One colour per judgement area, chosen to stay apart for common colour blindness. */
const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'];

/**
 * A council's judgement history as an SVG line chart: inspections oldest first along the
 * bottom, the grade scale up the side, one line per judgement area, and a dashed line where the
 * framework changed. With two councils, one panel each, side by side on the same scale.
 * Grades off today's scale (the pre-2013 "adequate") are left out, not guessed.
 */
export function ratingChartSvg(entries: readonly RatingEntry[]): string {
  const councils = [...new Map(entries.map((entry) => [entry.council.id, entry.council])).values()];
  const width = chartSize.panelWidth * Math.max(1, councils.length);
  const panels = councils.map((council, i) =>
    panel(
      entries.filter((entry) => entry.council.id === council.id),
      council.name,
      i * chartSize.panelWidth,
    ),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${chartSize.height}" viewBox="0 0 ${width} ${chartSize.height}" font-family="sans-serif">`,
    `<rect width="${width}" height="${chartSize.height}" fill="#ffffff"/>`,
    ...panels,
    '</svg>',
  ].join('\n');
}

function panel(entries: readonly RatingEntry[], title: string, offset: number): string {
  const inspections = [
    ...new Set(entries.map((entry) => `${entryYear(entry)}\0${entry.inspection}`)),
  ].sort();
  const plotWidth = chartSize.panelWidth - margin.left - margin.right;
  const plotHeight = chartSize.height - margin.top - margin.bottom;
  const x = (i: number) =>
    offset +
    margin.left +
    (inspections.length === 1 ? plotWidth / 2 : (i * plotWidth) / (inspections.length - 1));
  const y = (rank: number) =>
    margin.top + plotHeight - ((rank - 1) * plotHeight) / (grades.length - 1);
  const parts: string[] = [
    `<text x="${offset + chartSize.panelWidth / 2}" y="28" font-size="20" text-anchor="middle">${escapeXml(title)}</text>`,
  ];
  grades.forEach((grade, g) => {
    parts.push(
      `<line x1="${offset + margin.left}" x2="${offset + margin.left + plotWidth}" y1="${y(g + 1)}" y2="${y(g + 1)}" stroke="#dddddd"/>`,
      `<text x="${offset + margin.left - 10}" y="${y(g + 1) + 5}" font-size="14" text-anchor="end">${grade}</text>`,
    );
  });
  const frameworks = inspections.map(
    (key) =>
      entries.find((entry) => `${entryYear(entry)}\0${entry.inspection}` === key)?.framework ?? '',
  );
  inspections.forEach((key, i) => {
    const [year] = key.split('\0');
    parts.push(
      `<text x="${x(i)}" y="${chartSize.height - margin.bottom + 24}" font-size="14" text-anchor="middle">${escapeXml(year ?? '')}</text>`,
    );
    if (i > 0 && frameworks[i] !== frameworks[i - 1]) {
      const between = (x(i) + x(i - 1)) / 2;
      parts.push(
        `<line x1="${between}" x2="${between}" y1="${margin.top - 10}" y2="${margin.top + plotHeight + 10}" stroke="#888888" stroke-dasharray="6 4"/>`,
      );
    }
  });
  const areas = [...new Set(entries.map((entry) => entry.area))].sort(
    (a, b) => areaOrder(a) - areaOrder(b),
  );
  areas.forEach((area, a) => {
    const colour = palette[a % palette.length] ?? '#000000';
    const points = inspections.flatMap((key, i) => {
      const entry = entries.find(
        (candidate) =>
          candidate.area === area && `${entryYear(candidate)}\0${candidate.inspection}` === key,
      );
      const rank = entry && gradeRank(entry.grade);
      return rank === undefined ? [] : [{ x: x(i), y: y(rank) }];
    });
    if (points.length === 0) return;
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="3" points="${points.map((p) => `${p.x},${p.y}`).join(' ')}"/>`,
      ...points.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="5" fill="${colour}"/>`),
      `<text x="${offset + margin.left + (a % 2) * 285}" y="${chartSize.height - 64 + Math.floor(a / 2) * 15}" font-size="12" fill="${colour}">■ ${escapeXml(area)}</text>`,
    );
  });
  return parts.join('\n');
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
