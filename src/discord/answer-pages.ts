import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, CitedResult } from '../answer/answer.ts';
import { excerptSegments } from '../answer/excerpt-segments.ts';
import { formatCitation, formatLater, formatPublished } from '../answer/format-citation.ts';
import { changesEmbed } from './changes-embed.ts';
import { discordLimits } from './discord-limits.ts';
import { escapeUserText, safeText, safeUrl, truncateAtWord } from './safe-text.ts';
import { verdictEmbed } from './verdict-embed.ts';

/** One screenful of an answer: the embeds a single message shows. */
export interface AnswerPage {
  embeds: APIEmbed[];
}

/** Results per page: enough to be useful, few enough to read on a phone. */
export const resultsPerPage = 4;
/** A list to scan (/timeline, /sources) shows as many entries as two embeds hold, budget allowing. */
export const listEntriesPerPage = 2 * discordLimits.embedFields;
/** The footer (page counter, note, licences) is cut to this, and room is kept for it. */
const footerMax = 600;
/** What fields may take of Discord's 6,000-character total once the footer has its room. */
const pageBudget = discordLimits.embedTotal - footerMax - 40;
/** An excerpt is at most 350 characters; anything longer is cut before it is escaped. */
const excerptMax = 700;
const colour = { primary: 0x2e7d32, secondary: 0xef6c00, neutral: 0x546e7a } as const;

/**
 * Lays an answer out as pages of embeds, every string escaped (documents are quoted as text,
 * never as Markdown or mentions) and cut to Discord's limits at word boundaries. Each page,
 * overview and footer included, stays within the 6,000-character total.
 */
export function renderAnswerPages(answer: Answer): AnswerPage[] {
  const header = describeAnswer(answer);
  const overview =
    answer.command === 'rating'
      ? sideBySide(answer)
      : answer.verdict
        ? verdictEmbed(answer.verdict)
        : answer.changes?.length
          ? changesEmbed(answer.changes)
          : undefined;
  // Lists (every event, every document) are read at a glance: one short field each, as many on
  // a page as Discord allows, rather than four quotations a page.
  const dense = denseCommands.has(answer.command);
  const perPage = dense ? listEntriesPerPage : resultsPerPage;
  const entries = answer.results.map((result, i) => ({
    result,
    field:
      answer.command === 'sources'
        ? sourceField(result)
        : dense
          ? eventField(result, i + 1)
          : resultField(result, i + 1),
  }));
  const pages: Array<typeof entries> = [];
  let page: typeof entries = [];
  let size = embedSize(header) + (overview ? embedSize(overview) : 0);
  for (const entry of entries) {
    const fieldSize = entry.field.name.length + entry.field.value.length;
    if (page.length > 0 && (page.length >= perPage || size + fieldSize > pageBudget)) {
      pages.push(page);
      page = [];
      size = embedSize(header);
    }
    page.push(entry);
    size += fieldSize;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);

  return pages.map((onPage, i) => {
    // An embed holds 25 fields; a list page carries on in further embeds of the same message.
    const chunks: Array<typeof onPage> = [];
    for (let at = 0; at < onPage.length || chunks.length === 0; at += discordLimits.embedFields) {
      chunks.push(onPage.slice(at, at + discordLimits.embedFields));
    }
    const colour = pageColour(answer.results);
    const embeds: APIEmbed[] = chunks.map((chunk, c) => ({
      ...(c === 0 ? header : {}),
      color: colour,
      fields: chunk.map((entry) => entry.field),
      ...(c === chunks.length - 1
        ? {
            footer: {
              text: footerText(
                answer,
                onPage.map((entry) => entry.result),
                i,
                pages.length,
              ),
            },
          }
        : {}),
    }));
    return { embeds: i === 0 && overview ? [overview, ...embeds] : embeds };
  });
}

function describeAnswer(answer: Answer): Pick<APIEmbed, 'title' | 'description'> {
  const lines = [answer.summary, answer.notice]
    .filter((line): line is string => Boolean(line))
    .map((line) => safeText(line, 1200));
  if (answer.suggestions.length > 0) {
    lines.push(
      `Did you mean: ${answer.suggestions.map((text) => safeText(text, 100)).join(' · ')}`,
    );
  }
  const description = truncateAtWord(lines.join('\n'), 1500);
  return {
    title: safeText(answer.title, discordLimits.embedTitle),
    ...(description ? { description } : {}),
  };
}

function resultField(result: CitedResult, position: number): APIEmbedField {
  const heading = result.statement ?? result.group ?? result.title;
  const name = truncateAtWord(
    `${position}. ${safeText(heading, 250)}`,
    discordLimits.embedFieldName,
  );
  const title = safeText(result.title, 120);
  const lines = [
    `> “${markedExcerpt(result)}”`,
    `— ${safeText(formatCitation(result), 200)} · *${safeText(result.kindLabel, 100)}*`,
    result.url ? `[${title}](${safeUrl(result.url)})` : title,
  ];
  if (result.later) {
    const later = safeText(formatLater(result.later), 120);
    lines.push(result.later.url ? `↪ [${later}](${safeUrl(result.later.url)})` : `↪ ${later}`);
  }
  if (result.caution) lines.push(`⚠️ ${safeText(result.caution, 300)}`);
  return { name, value: truncateAtWord(lines.join('\n'), discordLimits.embedFieldValue) };
}

/** Commands whose answer is a list to scan, shown densely. */
const denseCommands = new Set(['timeline', 'sources']);

/** One line for a dated event: what happened, then its citation, linked to the source. */
function eventField(result: CitedResult, position: number): APIEmbedField {
  const citation = safeText(formatCitation(result), 200);
  const cited = result.url ? `[${citation}](${safeUrl(result.url)})` : citation;
  // In a list the inspectors' own documents go unlabelled; every other kind says what it is.
  const lines = [
    result.kind === 'inspection-report' ? cited : `${cited} · *${safeText(result.kindLabel, 100)}*`,
  ];
  // The caution's gist; the full warning is under the fact in /ask and /rating.
  if (result.caution) lines.push(`⚠️ ${truncateAtWord(safeText(result.caution, 300), 110)}`);
  return {
    name: truncateAtWord(
      `${position}. ${safeText(result.statement || result.title, 250)}`,
      discordLimits.embedFieldName,
    ),
    value: truncateAtWord(lines.join('\n'), discordLimits.embedFieldValue),
  };
}

function sourceField(result: CitedResult): APIEmbedField {
  const lines = [
    `${safeText(result.publisher, 200)} · ${formatPublished(result.published, result.datePrecision)}`,
    `*${safeText(result.kindLabel, 100)}*`,
    result.url ? safeUrl(result.url) : 'No link known',
  ];
  if (result.licence) lines.push(safeText(result.licence, 300));
  return {
    name: safeText(result.title, discordLimits.embedFieldName),
    value: truncateAtWord(lines.join('\n'), discordLimits.embedFieldValue),
  };
}

/** The excerpt escaped, its matched words in bold, and "…" where it was cut mid-sentence. */
function markedExcerpt(result: CitedResult): string {
  let room = excerptMax;
  let cut = false;
  const parts: string[] = [];
  for (const segment of excerptSegments(result)) {
    if (room <= 0) {
      cut = true;
      break;
    }
    const text = segment.text.length > room ? truncateAtWord(segment.text, room) : segment.text;
    cut ||= text !== segment.text;
    room -= text.length;
    parts.push(segment.matched ? `**${escapeUserText(text)}**` : escapeUserText(text));
  }
  const after = result.truncatedAfter && !cut ? '…' : '';
  return `${result.truncatedBefore ? '…' : ''}${parts.join('').trim()}${after}`;
}

/** Room the side-by-side overview may take on the first page. */
const overviewMax = 3600;

/** For several inspections: one column per inspection (and council) listing its grades. */
function sideBySide(answer: Answer): APIEmbed | undefined {
  const ratings = answer.ratings ?? [];
  const councils = new Set(ratings.map((rating) => rating.council.id));
  const groups = new Map<string, string[]>();
  for (const rating of ratings) {
    const group =
      councils.size > 1 ? `${rating.council.name} · ${rating.inspection}` : rating.inspection;
    const lines = groups.get(group) ?? [];
    lines.push(`${safeText(rating.judgement, 200)}: **${safeText(rating.grade, 60)}**`);
    groups.set(group, lines);
  }
  if (groups.size < 2) return undefined;
  const fields: APIEmbedField[] = [];
  let size = 0;
  for (const [group, lines] of groups) {
    const field = {
      name: safeText(group, discordLimits.embedFieldName),
      value: truncateAtWord(lines.join('\n'), 600),
      inline: true,
    };
    size += field.name.length + field.value.length;
    if (size > overviewMax || fields.length >= discordLimits.embedFields) break;
    fields.push(field);
  }
  const shown = fields.length < groups.size ? ` (first ${fields.length} of ${groups.size})` : '';
  return { title: `Side by side${shown}`, color: colour.neutral, fields };
}

function footerText(answer: Answer, onPage: CitedResult[], page: number, pages: number): string {
  const parts: string[] = [];
  if (pages > 1) parts.push(`Page ${page + 1} of ${pages}`);
  if (onPage.length > 0 && answer.command !== 'sources') {
    parts.push('Quotes are verbatim; each is labelled with the kind of source it comes from');
  }
  const licences = [...new Set(onPage.map((result) => result.licence).filter(Boolean))];
  if (licences.length > 0)
    parts.push(licences.map((licence) => safeText(licence ?? '', 300)).join(' · '));
  return truncateAtWord(parts.join(' · ') || 'findings-bot', footerMax);
}

function pageColour(results: CitedResult[]): number {
  const first = results[0];
  if (!first) return colour.neutral;
  return first.kind === 'inspection-report' || first.kind === 'monitoring-letter'
    ? colour.primary
    : colour.secondary;
}

/** What an embed counts towards Discord's total, fields included. */
function embedSize(embed: Pick<APIEmbed, 'title' | 'description' | 'fields'>): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}
