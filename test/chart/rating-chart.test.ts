import { describe, expect, it } from 'vitest';
import type { RatingEntry } from '../../src/answer/answer.ts';
import { ratingChart } from '../../src/chart/rating-chart.ts';
import { chartSize, ratingChartSvg } from '../../src/chart/rating-chart-svg.ts';

const entry = (overrides: Partial<RatingEntry>): RatingEntry => ({
  council: { id: 'bromley', name: 'Bromley' },
  inspection: '2016 (SIF)',
  year: 2016,
  published: '2016-06-27',
  inspected: { from: '2016-04-01', to: '2016-04-20' },
  framework: 'SIF',
  judgement: 'Overall effectiveness',
  area: 'Overall effectiveness',
  grade: 'Inadequate',
  quote: 'Overall effectiveness Inadequate',
  docId: 'bromley-2016',
  passageId: null,
  ...overrides,
});
const history = [
  entry({}),
  entry({
    inspection: '2023 (ILACS)',
    year: 2023,
    inspected: { from: '2023-11-13', to: '2023-11-17' },
    framework: 'ILACS',
    grade: 'Outstanding',
  }),
];

/** A PNG's width and height, read from its IHDR chunk. */
const dimensions = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('ratingChart', () => {
  it('draws one panel per council as a PNG, described in words', () => {
    const one = ratingChart(history);
    expect(one && dimensions(one.png)).toEqual({
      width: chartSize.panelWidth,
      height: chartSize.height,
    });
    expect(one?.altText).toContain('Bromley');
    expect(one?.altText).toContain('Overall effectiveness: Inadequate (2016) → Outstanding (2023)');
    const lambeth = history.map((e) => ({ ...e, council: { id: 'lambeth', name: 'Lambeth' } }));
    const two = ratingChart([...history, ...lambeth]);
    expect(two && dimensions(two.png)).toEqual({
      width: 2 * chartSize.panelWidth,
      height: chartSize.height,
    });
  });

  it('changes with the data, and marks a change of framework', () => {
    const better = history.map((e) => ({ ...e, grade: 'Good' }));
    expect(
      Buffer.from(ratingChart(better)?.png ?? []).equals(
        Buffer.from(ratingChart(history)?.png ?? []),
      ),
    ).toBe(false);
    expect(ratingChartSvg(history)).toContain('stroke-dasharray');
    const sameFramework = history.map((e) => ({ ...e, framework: 'ILACS' }));
    expect(ratingChartSvg(sameFramework)).not.toContain('stroke-dasharray');
  });

  it('draws nothing for no judgements, and leaves grades off today’s scale out', () => {
    expect(ratingChart([])).toBeUndefined();
    const adequate = ratingChartSvg([entry({ grade: 'Adequate' })]);
    expect(adequate).not.toContain('<circle');
  });
});
