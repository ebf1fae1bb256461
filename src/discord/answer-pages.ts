import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, CitedResult } from '../answer/answer.ts';
import { excerptSegments } from '../answer/excerpt-segments.ts';
import { formatCitation, formatPublished } from '../answer/format-citation.ts';
import { discordLimits } from './discord-limits.ts';
import { escapeUserText, truncateAtWord } from './safe-text.ts';

/** One screenful of an answer: the embeds a single message shows. */
export interface AnswerPage {
  embeds: APIEmbed[];
}

/** Results per page: enough to be useful, few enough to read on a phone. */
export const resultsPerPage = 4;
/** Room left under Discord's 6000-character total for the page counter and footer. */
const pageBudget = discordLimits.embedTotal - 300;
const colour = { primary: 0x2e7d32, secondary: 0xef6c00, neutral: 0x546e7a } as const;

/**
 * Lays an answer out as pages of embeds, every string escaped (documents are quoted as text,
 * never as Markdown or mentions) and cut to Discord's limits at word boundaries.
 */
export function renderAnswerPages(answer: Answer): AnswerPage[] {
  const header = describeAnswer(answer);
  const entries = answer.results.map((result, i) => ({
    result,
    field: answer.command === 'sources' ? sourceField(result) : resultField(result, i + 1),
  }));
  const pages: Array<typeof entries> = [];
  let page: typeof entries = [];
  let size = embedSize(header);
  for (const entry of entries) {
    const fieldSize = entry.field.name.length + entry.field.value.length;
    if (page.length > 0 && (page.length >= resultsPerPage || size + fieldSize > pageBudget)) {
      pages.push(page);
      page = [];
      size = embedSize(header);
    }
    page.push(entry);
    size += fieldSize;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);

  const overview = answer.command === 'rating' ? sideBySide(answer) : undefined;
  return pages.map((onPage, i) => {
    const embed: APIEmbed = {
      ...header,
      color: pageColour(answer.results),
      fields: onPage.map((entry) => entry.field),
      footer: {
        text: footerText(
          answer,
          onPage.map((entry) => entry.result),
          i,
          pages.length,
        ),
      },
    };
    return { embeds: i === 0 && overview ? [overview, embed] : [embed] };
  });
}

function describeAnswer(answer: Answer): Pick<APIEmbed, 'title' | 'description'> {
  const lines = [answer.summary, answer.notice]
    .filter((line): line is string => Boolean(line))
    .map(escapeUserText);
  if (answer.suggestions.length > 0) {
    lines.push(`Did you mean: ${answer.suggestions.map(escapeUserText).join(' · ')}`);
  }
  const description = truncateAtWord(lines.join('\n'), 1500);
  return {
    title: truncateAtWord(escapeUserText(answer.title), discordLimits.embedTitle),
    ...(description ? { description } : {}),
  };
}

function resultField(result: CitedResult, position: number): APIEmbedField {
  const heading = result.statement ?? result.group ?? result.title;
  const name = truncateAtWord(
    `${position}. ${escapeUserText(heading)}`,
    discordLimits.embedFieldName,
  );
  const source = result.url
    ? `[${escapeUserText(truncateAtWord(result.title, 120))}](${result.url})`
    : escapeUserText(truncateAtWord(result.title, 120));
  const lines = [
    `> “${markedExcerpt(result)}”`,
    `— ${escapeUserText(formatCitation(result))} · *${escapeUserText(result.kindLabel)}*`,
    source,
  ];
  if (result.caution) lines.push(`⚠️ ${escapeUserText(truncateAtWord(result.caution, 300))}`);
  return { name, value: truncateAtWord(lines.join('\n'), discordLimits.embedFieldValue) };
}

function sourceField(result: CitedResult): APIEmbedField {
  const lines = [
    `${escapeUserText(result.publisher)} · ${formatPublished(result.published, result.datePrecision)}`,
    `*${escapeUserText(result.kindLabel)}*`,
    result.url ? result.url : 'No link known',
  ];
  if (result.licence) lines.push(escapeUserText(result.licence));
  return {
    name: truncateAtWord(escapeUserText(result.title), discordLimits.embedFieldName),
    value: truncateAtWord(lines.join('\n'), discordLimits.embedFieldValue),
  };
}

/** The excerpt escaped, its matched words in bold, and "…" where it was cut mid-sentence. */
function markedExcerpt(result: CitedResult): string {
  const text = excerptSegments(result)
    .map((segment) =>
      segment.matched ? `**${escapeUserText(segment.text)}**` : escapeUserText(segment.text),
    )
    .join('');
  return `${result.truncatedBefore ? '…' : ''}${text.trim()}${result.truncatedAfter ? '…' : ''}`;
}

/** For several inspections: one column per inspection listing its grades. */
function sideBySide(answer: Answer): APIEmbed | undefined {
  const groups = new Map<string, string[]>();
  for (const result of answer.results) {
    if (!result.group || !result.statement || result.statement.includes('inspectors on site'))
      continue;
    const [judgement, grade] = splitStatement(result.statement);
    if (!grade) continue;
    const lines = groups.get(result.group) ?? [];
    lines.push(`${escapeUserText(judgement)}: **${escapeUserText(grade)}**`);
    groups.set(result.group, lines);
  }
  if (groups.size < 2) return undefined;
  return {
    title: 'Side by side',
    color: colour.neutral,
    fields: [...groups.entries()].slice(0, discordLimits.embedFields).map(([group, lines]) => ({
      name: truncateAtWord(escapeUserText(group), discordLimits.embedFieldName),
      value: truncateAtWord(lines.join('\n'), discordLimits.embedFieldValue),
      inline: true,
    })),
  };
}

function splitStatement(statement: string): [string, string | undefined] {
  const at = statement.lastIndexOf(': ');
  return at < 0 ? [statement, undefined] : [statement.slice(0, at), statement.slice(at + 2)];
}

function footerText(answer: Answer, onPage: CitedResult[], page: number, pages: number): string {
  const parts: string[] = [];
  if (pages > 1) parts.push(`Page ${page + 1} of ${pages}`);
  if (onPage.length > 0 && answer.command !== 'sources') {
    parts.push('Quotes are verbatim; each is labelled with the kind of source it comes from');
  }
  const licences = [...new Set(onPage.map((result) => result.licence).filter(Boolean))];
  if (licences.length > 0) parts.push(licences.join(' · '));
  return truncateAtWord(parts.join(' · ') || 'findings-bot', discordLimits.embedFooter);
}

function pageColour(results: CitedResult[]): number {
  const first = results[0];
  if (!first) return colour.neutral;
  return first.kind === 'inspection-report' || first.kind === 'monitoring-letter'
    ? colour.primary
    : colour.secondary;
}

function embedSize(embed: Pick<APIEmbed, 'title' | 'description'>): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + 300;
}
