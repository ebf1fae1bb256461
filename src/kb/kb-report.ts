/** What a `/kb` action says back, free of Discord: a title, plain lines, and whether it worked. */
export interface KbReport {
  title: string;
  lines: string[];
  ok: boolean;
}

/** A moment as moderators read it in a reply or the console: `2026-11-23 09:36:52 UTC`. */
export function formatMoment(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
