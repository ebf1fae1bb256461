import type { APIEmbed } from 'discord.js';
import { discordLimits as limit } from './discord-limits.ts';

/** The parts of a message payload Discord measures. */
export interface MeasuredMessage {
  content?: string | undefined;
  embeds?: readonly APIEmbed[] | undefined;
  components?: readonly { components: readonly object[] }[] | undefined;
}

/** Every way a message breaks Discord's limits; empty when it is valid to send. */
export function findLimitViolations(message: MeasuredMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters (limit ${max})`);
  };
  over('content', message.content?.length ?? 0, limit.content);
  const embeds = message.embeds ?? [];
  if (embeds.length > limit.embeds)
    problems.push(`${embeds.length} embeds (limit ${limit.embeds})`);
  let total = 0;
  embeds.forEach((embed, e) => {
    over(`embed ${e} title`, embed.title?.length ?? 0, limit.embedTitle);
    over(`embed ${e} description`, embed.description?.length ?? 0, limit.embedDescription);
    over(`embed ${e} footer`, embed.footer?.text.length ?? 0, limit.embedFooter);
    over(`embed ${e} author`, embed.author?.name.length ?? 0, limit.embedAuthor);
    const fields = embed.fields ?? [];
    if (fields.length > limit.embedFields) {
      problems.push(`embed ${e} has ${fields.length} fields (limit ${limit.embedFields})`);
    }
    fields.forEach((field, f) => {
      over(`embed ${e} field ${f} name`, field.name.length, limit.embedFieldName);
      over(`embed ${e} field ${f} value`, field.value.length, limit.embedFieldValue);
      if (field.name.length === 0 || field.value.length === 0) {
        problems.push(`embed ${e} field ${f} is empty`);
      }
      total += field.name.length + field.value.length;
    });
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0);
  });
  over('all embeds together', total, limit.embedTotal);
  const rows = message.components ?? [];
  if (rows.length > limit.actionRows)
    problems.push(`${rows.length} action rows (limit ${limit.actionRows})`);
  for (const row of rows) {
    if (row.components.length > limit.buttonsPerRow) {
      problems.push(`${row.components.length} buttons in a row (limit ${limit.buttonsPerRow})`);
    }
    for (const button of row.components as { custom_id?: unknown; label?: unknown }[]) {
      over('button custom id', String(button.custom_id ?? '').length, limit.customId);
      over('button label', String(button.label ?? '').length, limit.buttonLabel);
    }
  }
  if (!message.content && embeds.length === 0) problems.push('message is empty');
  return problems;
}
