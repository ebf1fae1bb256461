import { kbActionNames } from '../kb/kb-action.ts';
import type { KbReport } from '../kb/kb-report.ts';
import type { KnowledgeStore } from '../live/knowledge-store.ts';
import { runKbAction } from '../kb/run-kb-action.ts';
import type { Logger } from '../logger.ts';
import { UserError } from '../user-error.ts';

/** Who console actions are recorded as: whoever runs the bot owns the machine and the folder. */
export const consoleActor = { userId: 'console', label: 'console', guildId: null } as const;

/**
 * Runs `/kb refresh` or `/kb status` typed at the console, through the same action as Discord.
 * Adding and removing need an attachment or a moderator's id, so they stay on Discord; on the
 * console the operator can edit the folder and refresh.
 */
export async function answerKbLine(
  argument: string,
  services: { store: KnowledgeStore; logger: Logger },
): Promise<KbReport> {
  const name = argument.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (name !== 'refresh' && name !== 'status') {
    const known = kbActionNames.join(', ');
    throw new UserError(
      'bad-input',
      name === 'add' || name === 'remove'
        ? `/kb ${name} is only available on Discord. Here, edit the knowledge folder and type /kb refresh.`
        : `Type /kb refresh or /kb status (on Discord: ${known}).`,
    );
  }
  return runKbAction(
    { name, actor: consoleActor, allowed: true, readAction: () => ({ name }) },
    { store: services.store, logger: services.logger, maxAttachmentBytes: 0 },
  );
}

/** A report as terminal text: the title, then one line each. */
export function formatKbReport(report: KbReport): string {
  return [report.title, ...report.lines.map((line) => `  ${line}`)].join('\n');
}
