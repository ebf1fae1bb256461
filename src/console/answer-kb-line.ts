import { kbActionNames } from '../kb/kb-action.ts';
import type { KbReport } from '../kb/kb-report.ts';
import { runKbAction } from '../kb/run-kb-action.ts';
import type { KnowledgeStore } from '../live/knowledge-store.ts';
import type { Logger } from '../logger.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import { UserError } from '../user-error.ts';

/** Who console actions are recorded as: whoever runs the bot owns the machine and the folder. */
export const consoleActor = { userId: 'console', label: 'console', guildId: null } as const;

/**
 * Runs `/kb refresh`, `/kb status` or `/kb council [name|clear]` typed at the console, through
 * the same action as Discord (the console keeps a default council of its own). Adding and
 * removing need an attachment or a moderator's id, so they stay on Discord; on the console the
 * operator can edit the folder and refresh.
 */
export async function answerKbLine(
  argument: string,
  services: { store: KnowledgeStore; settings: ServerSettings; logger: Logger },
): Promise<KbReport> {
  const [first = '', ...rest] = argument.split(/\s+/);
  const name = first.toLowerCase();
  const kbServices = { ...services, maxAttachmentBytes: 0 };
  if (name === 'council') {
    const typed = rest.join(' ').trim();
    const clear = typed.toLowerCase() === 'clear';
    return runKbAction(
      {
        name,
        actor: consoleActor,
        allowed: true,
        readAction: () => ({ name, council: typed === '' || clear ? undefined : typed, clear }),
      },
      kbServices,
    );
  }
  if (name !== 'refresh' && name !== 'status') {
    const known = kbActionNames.join(', ');
    throw new UserError(
      'bad-input',
      name === 'add' || name === 'remove'
        ? `/kb ${name} is only available on Discord. Here, edit the knowledge folder and type /kb refresh.`
        : `Type /kb refresh, /kb status or /kb council (on Discord: ${known}).`,
    );
  }
  return runKbAction(
    { name, actor: consoleActor, allowed: true, readAction: () => ({ name }) },
    kbServices,
  );
}

/** A report as terminal text: the title, then one line each. */
export function formatKbReport(report: KbReport): string {
  return [report.title, ...report.lines.map((line) => `  ${line}`)].join('\n');
}
