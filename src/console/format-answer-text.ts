import type { Answer, CitedResult } from '../answer/answer.ts';
import { excerptSegments } from '../answer/excerpt-segments.ts';
import { formatCitation, formatLater } from '../answer/format-citation.ts';
import { formatOverviewText } from './format-overview-text.ts';
import { plainStyle, type TerminalStyle } from './terminal-style.ts';

/**
 * Renders an answer as text for a terminal, matched words in bold and links as the terminal
 * shows them (`style`); piped, the words are plain, with no Markdown markers.
 */
export function formatAnswerText(answer: Answer, style: TerminalStyle = plainStyle): string {
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
    lines.push(...formatResult(result, i + 1, style));
  });
  return lines.join('\n');
}

function formatResult(result: CitedResult, position: number, style: TerminalStyle): string[] {
  const lines = [''];
  const indent = '    ';
  if (result.statement) lines.push(`${position}. ${result.statement}`);
  if (result.excerpt) {
    const quote = `“${result.truncatedBefore ? '…' : ''}${markTerms(result, style)}${result.truncatedAfter ? '…' : ''}”`;
    lines.push(result.statement ? `${indent}${quote}` : `${position}. ${quote}`);
  } else if (!result.statement) {
    lines.push(`${position}. ${result.title}`);
  }
  const where = result.excerpt ? `${formatCitation(result)} · ` : '';
  lines.push(`${indent}${where}${result.kindLabel}`);
  lines.push(
    `${indent}${result.url ? style.link(result.excerpt ? result.title : '', result.url).trim() : `${result.excerpt ? `${result.title} ` : ''}(no link known)`}`,
  );
  if (result.licence) lines.push(`${indent}${result.licence}`);
  if (result.later) lines.push(`${indent}${formatLater(result.later)}`);
  if (result.caution) lines.push(`${indent}Caution: ${result.caution}`);
  return lines;
}

function markTerms(result: CitedResult, style: TerminalStyle): string {
  return excerptSegments(result)
    .map((segment) => (segment.matched ? style.bold(segment.text) : segment.text))
    .join('')
    .trim();
}
