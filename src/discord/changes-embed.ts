import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type AreaChange, describeStep } from '../answer/grade-changes.ts';
import { discordLimits } from './discord-limits.ts';
import { safeText, truncateAtWord } from './safe-text.ts';

/** Room the overview may take on the first page, leaving the rest for cited results. */
const overviewMax = 3600;

/**
 * /changes above its cited grades: one column per judgement area, its grade at each inspection
 * oldest first, each marked ↑, ↓ or = against the one before.
 */
export function changesEmbed(changes: readonly AreaChange[]): APIEmbed {
  const fields: APIEmbedField[] = [];
  let size = 0;
  for (const change of changes) {
    const field = {
      name: safeText(change.area, discordLimits.embedFieldName),
      value: truncateAtWord(
        change.steps.map((step) => safeText(describeStep(step), 200)).join('\n'),
        600,
      ),
      inline: true,
    };
    size += field.name.length + field.value.length;
    if (size > overviewMax || fields.length >= discordLimits.embedFields) break;
    fields.push(field);
  }
  const shown =
    fields.length < changes.length ? ` (first ${fields.length} of ${changes.length})` : '';
  return {
    title: `Judgement by judgement, oldest first${shown}`,
    color: 0x546e7a,
    fields,
  };
}
