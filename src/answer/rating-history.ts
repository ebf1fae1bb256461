import type { RatingEntry } from './answer.ts';
import { areaOrder, judgementAreas } from './judgement-area.ts';

/** The year an entry's inspection speaks for: when inspectors were on site, else published. */
export function entryYear(entry: RatingEntry): string {
  return String(entry.year);
}

/**
 * One line per judgement area, its grades oldest first: "Children in care: Inadequate (2016) →
 * Good (2019)". With several councils each line compares them: "… Bromley Good (2024) · Lambeth
 * Requires improvement to be good (2022)".
 */
export function ratingHistory(entries: readonly RatingEntry[]): string[] {
  const byArea = new Map<string, RatingEntry[]>();
  for (const entry of entries) {
    // A judgement of children in care and care leavers together belongs to both histories.
    const areas = judgementAreas(entry.judgement);
    for (const area of areas.length > 0 ? areas : [entry.area]) {
      byArea.set(area, [...(byArea.get(area) ?? []), entry]);
    }
  }
  const councils = [...new Set(entries.map((entry) => entry.council.id))];
  return [...byArea.entries()]
    .sort((a, b) => areaOrder(a[0]) - areaOrder(b[0]))
    .map(([area, list]) => {
      const perCouncil = councils.flatMap((id) => {
        const own = list
          .filter((entry) => entry.council.id === id)
          .sort((a, b) => entryYear(a).localeCompare(entryYear(b)));
        if (own.length === 0) return [];
        const grades = own.map((entry) => `${entry.grade} (${entryYear(entry)})`).join(' → ');
        return [councils.length > 1 ? `${own[0]?.council.name} ${grades}` : grades];
      });
      return `${area}: ${perCouncil.join(' · ')}`;
    });
}
