import type { KnowledgeSnapshot } from '../live/knowledge-store.ts';
import { countKnowledge } from './count-knowledge.ts';
import { describeCounts, describeProblemLine } from './describe-refresh.ts';
import { formatMoment, type KbReport } from './kb-report.ts';

/**
 * Describes the knowledge being served: counts, the glossary and what was learned, content
 * hash, when, by whom and how fast it was loaded, any refresh under way, and every file left
 * out with the reason.
 */
export function describeStatus(
  snapshot: KnowledgeSnapshot,
  refreshing?: { since: Date; by: string },
): KbReport {
  const { knowledgeBase, buildMs } = snapshot.library;
  const lines = [
    describeCounts(countKnowledge(knowledgeBase)),
    describeVocabulary(snapshot),
    `Content hash: ${knowledgeBase.contentHash}`,
    `Loaded ${formatMoment(snapshot.loadedAt)} by ${snapshot.loadedBy}, in ${snapshot.tookMs} ms (index build ${Math.round(buildMs)} ms).`,
  ];
  if (refreshing) {
    lines.push(
      `A refresh is running now, started by ${refreshing.by} at ${formatMoment(refreshing.since)}.`,
    );
  }
  if (snapshot.skipped.length === 0) lines.push('No documents were skipped.');
  else {
    lines.push(`Skipped at load (${snapshot.skipped.length}):`);
    lines.push(...snapshot.skipped.map(describeProblemLine));
  }
  return { title: 'Knowledge status', lines, ok: true };
}

/**
 * `Glossary: 34 entries · 25 abbreviations learned from Croydon's documents`. The count needs
 * the council's index open, so it is given only when one council is loaded: at national scale
 * adding them up would read every council's index from the snapshot on the event loop.
 */
function describeVocabulary(snapshot: KnowledgeSnapshot): string {
  const { library } = snapshot;
  const entries = `Glossary: ${library.knowledgeBase.glossary.length} entries`;
  const [only, ...others] = library.loaded.councils;
  const index = only && others.length === 0 ? library.indexFor(only.id) : undefined;
  const learned = index
    ? `${index.abbreviations.learned.length} abbreviations learned from ${only?.name}’s documents`
    : 'abbreviations are learned per council';
  return `${entries} · ${learned} (npm run kb:check -- --abbreviations lists them)`;
}
