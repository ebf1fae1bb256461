import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import { UserError } from '../user-error.ts';
import type { KbReport } from './kb-report.ts';

/** What `/kb council` was asked: show, set to a council as typed, or clear. */
export interface DefaultCouncilRequest {
  serverId: string | null;
  council: string | undefined;
  clear: boolean;
}

/**
 * Shows, sets or clears a server's default council: the council its members' questions are
 * about when they name none. Only a loaded council can be the default, so the setting never
 * points at a council the bot cannot answer for.
 */
export async function setDefaultCouncil(
  request: DefaultCouncilRequest,
  { library, settings }: { library: KnowledgeLibrary; settings: ServerSettings },
): Promise<KbReport & { councilId: string | undefined }> {
  const { serverId } = request;
  if (serverId === null) {
    throw new UserError(
      'bad-input',
      'A default council belongs to a server: use /kb council in one.',
    );
  }
  const loaded = library.loaded.councils.map((council) => council.name);
  if (request.clear) {
    await settings.setDefaultCouncil(serverId, undefined);
    return {
      title: 'Default council cleared',
      lines: [
        'Questions that name no council now ask which one is meant (unless only one is loaded).',
      ],
      ok: true,
      councilId: undefined,
    };
  }
  if (request.council === undefined) {
    const id = settings.defaultCouncil(serverId);
    const current = id === undefined ? undefined : (library.known.byId(id)?.name ?? id);
    return {
      title: 'Default council',
      lines: [
        current
          ? `This server’s default council is ${current}.`
          : 'This server has no default council.',
        `Loaded: ${loaded.join(', ') || 'none'}.`,
      ],
      ok: true,
      councilId: id,
    };
  }
  const match = library.loaded.find(request.council);
  if (match.kind !== 'found') {
    const options =
      match.kind === 'ambiguous'
        ? ` It could be ${match.candidates.map((council) => council.name).join(' or ')}.`
        : '';
    throw new UserError(
      'not-found',
      `No loaded council matches “${request.council}”.${options} Loaded: ${loaded.join(', ') || 'none'}.`,
    );
  }
  await settings.setDefaultCouncil(serverId, match.council.id);
  return {
    title: `Default council: ${match.council.name}`,
    lines: [
      `Questions in this server that name no council are now about ${match.council.name}. A council named in a question, or in the council option, still wins.`,
    ],
    ok: true,
    councilId: match.council.id,
  };
}
