import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import { UserError } from '../user-error.ts';
import type { KbReport } from './kb-report.ts';

/**
 * Subscribes a server's channel to announcements of new reports for its default council (or
 * clears it). The default council says which reports: a server without one is asked to set it.
 */
export async function subscribeChannel(
  request: { serverId: string | null; channelId: string | undefined; clear: boolean },
  { library, settings }: { library: KnowledgeLibrary; settings: ServerSettings },
): Promise<KbReport> {
  const { serverId } = request;
  if (serverId === null) {
    throw new UserError('bad-input', 'Announcements belong to a server: use /kb subscribe in one.');
  }
  if (request.clear) {
    await settings.setAnnounceChannel(serverId, undefined);
    return {
      title: 'Announcements stopped',
      lines: ['New reports will no longer be announced here.'],
      ok: true,
    };
  }
  const councilId = settings.defaultCouncil(serverId);
  const council = councilId ? library.known.byId(councilId) : undefined;
  if (!council) {
    throw new UserError(
      'bad-input',
      'Set this server’s default council first (/kb council): announcements are of its new reports.',
    );
  }
  if (!request.channelId) {
    throw new UserError('bad-input', 'Choose the channel to announce new reports in.');
  }
  await settings.setAnnounceChannel(serverId, request.channelId);
  return {
    title: `Announcing new reports for ${council.name}`,
    lines: [
      `When a refresh brings in a new ${council.name} inspection report, one message with its grades against the previous inspection's and a link to the report is posted in the chosen channel.`,
      'The bot needs permission to send messages there.',
    ],
    ok: true,
  };
}
