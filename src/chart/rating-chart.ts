import type { RatingEntry } from '../answer/answer.ts';
import { ratingHistory } from '../answer/rating-history.ts';
import { ratingChartSvg } from './rating-chart-svg.ts';
import { renderPng } from './render-png.ts';

/** A rendered chart and the words that describe it to someone who cannot see it. */
export interface RatingChart {
  png: Uint8Array;
  altText: string;
}

/** Discord's limit on an attachment's description (its alt text). */
const altTextMax = 1024;

/** The chart of a /rating answer's judgements; undefined when there is nothing to draw. */
export function ratingChart(entries: readonly RatingEntry[]): RatingChart | undefined {
  if (entries.length === 0) return undefined;
  const councils = [...new Set(entries.map((entry) => entry.council.name))];
  const alt = `Chart of Ofsted judgements for ${councils.join(' and ')}, oldest inspection first. ${ratingHistory(entries).join('. ')}.`;
  return {
    png: renderPng(ratingChartSvg(entries)),
    altText: alt.length > altTextMax ? `${alt.slice(0, altTextMax - 1)}…` : alt,
  };
}
