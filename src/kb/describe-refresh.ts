import type { KnowledgeProblem } from '../knowledge/knowledge-problem.ts';
import type { RefreshOutcome } from '../live/knowledge-store.ts';
import { countKnowledge, type KnowledgeCounts } from './count-knowledge.ts';
import { formatMoment, type KbReport } from './kb-report.ts';

/**
 * Says what a refresh did in plain lines: on success what changed, the new counts and the time
 * taken; when refused, every problem by file and field; when busy, who is refreshing.
 */
export function describeRefresh(outcome: RefreshOutcome): KbReport {
  switch (outcome.status) {
    case 'refreshed': {
      const { added, removed, changed, factsChanged, glossaryChanged } = outcome.changes;
      const lines = [
        ...listIds('Added', added),
        ...listIds('Removed', removed),
        ...listIds('Changed', changed),
      ];
      if (lines.length === 0) lines.push('No document was added, removed or changed.');
      if (factsChanged) lines.push('The curated facts (facts.yaml) changed.');
      if (glossaryChanged) lines.push('The glossary (glossary.yaml) changed.');
      const before = countKnowledge(outcome.previous.library.knowledgeBase);
      const after = countKnowledge(outcome.snapshot.library.knowledgeBase);
      lines.push(describeCounts(after, before));
      lines.push(
        `Took ${outcome.tookMs} ms (index build ${Math.round(outcome.snapshot.library.buildMs)} ms).`,
      );
      return { title: 'Knowledge refreshed', lines, ok: true };
    }
    case 'invalid':
      return {
        title: `Refresh refused: ${plural(outcome.problems.length, 'problem')}; still serving the previous knowledge`,
        lines: [...outcome.problems.map(describeProblemLine), `Checked in ${outcome.tookMs} ms.`],
        ok: false,
      };
    case 'busy':
      return {
        title: 'A refresh is already running',
        lines: [
          `Started by ${outcome.by} at ${formatMoment(outcome.since)}. Questions are still answered from the current knowledge; try again in a moment.`,
        ],
        ok: false,
      };
  }
}

/** `ofsted-2019.md · publisher: is required`, the form every problem is shown in. */
export function describeProblemLine(problem: KnowledgeProblem): string {
  return `${problem.file} · ${problem.field}: ${problem.reason}`;
}

/** `Documents 9 (+1) · passages 812 (+12) · facts 140`, with changes against `before`. */
export function describeCounts(after: KnowledgeCounts, before?: KnowledgeCounts): string {
  const show = (label: string, key: keyof KnowledgeCounts) => {
    const delta = before === undefined ? 0 : after[key] - before[key];
    return `${label} ${after[key]}${delta === 0 ? '' : ` (${delta > 0 ? '+' : ''}${delta})`}`;
  };
  return [
    show('Documents', 'documents'),
    show('passages', 'passages'),
    show('facts', 'facts'),
  ].join(' · ');
}

function listIds(label: string, ids: readonly string[]): string[] {
  return ids.length === 0 ? [] : [`${label} (${ids.length}): ${ids.join(', ')}`];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
