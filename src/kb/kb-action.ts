import type { DocumentDetails } from './document-details.ts';

/** The `/kb` sub-commands. */
export const kbActionNames = [
  'refresh',
  'status',
  'add',
  'remove',
  'council',
  'gaps',
  'subscribe',
] as const;
export type KbActionName = (typeof kbActionNames)[number];

/** An attachment as Discord hands it over: where to fetch it and what it claims to be. */
export interface AttachmentRef {
  filename: string;
  /** The size Discord reports, checked before downloading. */
  size: number;
  url: string;
}

/** One validated `/kb` request, whichever front end it came from. */
export type KbAction =
  | { name: 'refresh' }
  | { name: 'status' }
  | { name: 'add'; attachment: AttachmentRef; details: DocumentDetails; replace: boolean }
  | { name: 'remove'; id: string }
  /** Show (no `council`), set, or clear (`clear`) the server's default council. */
  | { name: 'council'; council: string | undefined; clear: boolean }
  /** What this server asked that nothing answered, most asked first. */
  | { name: 'gaps' }
  /** Announce new reports for the server's default council in a channel, or stop (`clear`). */
  | { name: 'subscribe'; channelId: string | undefined; clear: boolean };

/** Who asked, for the audit line and the "last refreshed by" record. */
export interface KbActor {
  userId: string;
  /** How the person is named in replies and the status: `ada (123…)`, or `console`. */
  label: string;
  guildId: string | null;
}
