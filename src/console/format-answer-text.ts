import type { Answer, CitedResult } from '../answer/answer.ts';
import { excerptSegments } from '../answer/excerpt-segments.ts';
import { formatCitation, formatLater } from '../answer/format-citation.ts';
import { formatOverviewText } from './format-overview-text.ts';

/** Renders an answer as plain text for a terminal, matched words in **bold** Markdown style. */
export function formatAnswerText(answer: Answer): string {
  const lines: string[] = [answer.title, ...formatOverviewText(answer)];
  if (answer.summary) lines.push(answer.summary);
  if (answer.notice) lines.push(answer.notice);
  if (answer.suggestions.length > 0) lines.push(`Did you mean: ${answer.suggestions.join(' · ')}`);
  let group: string | null = null;
  answer.results.forEach((result, i) => {
    if (result.group && result.group !== group) {
      group = result.group;
      lines.push('', `── ${group}`);
    }
    lines.push(...formatResult(result, i + 1));
  });
  return lines.join('\n');
}

function formatResult(result: CitedResult, position: number): string[] {
  const lines = [''];
  const indent = '    ';
  if (result.statement) lines.push(`${position}. ${result.statement}`);
  if (result.excerpt) {
    const quote = `“${result.truncatedBefore ? '…' : ''}${markTerms(result)}${result.truncatedAfter ? '…' : ''}”`;
    lines.push(result.statement ? `${indent}${quote}` : `${position}. ${quote}`);
  } else if (!result.statement) {
    lines.push(`${position}. ${result.title}`);
  }
  const where = result.excerpt ? `${formatCitation(result)} · ` : '';
  lines.push(`${indent}${where}${result.kindLabel}`);
  lines.push(
    `${indent}${result.excerpt ? `${result.title} ` : ''}${result.url ? `<${result.url}>` : '(no link known)'}`,
  );
  if (result.licence) lines.push(`${indent}${result.licence}`);
  if (result.later) lines.push(`${indent}${formatLater(result.later)}`);
  if (result.caution) lines.push(`${indent}Caution: ${result.caution}`);
  return lines;
}

function markTerms(result: CitedResult): string {
  return excerptSegments(result)
    .map((segment) => (segment.matched ? `**${segment.text}**` : segment.text))
    .join('')
    .trim();
}
