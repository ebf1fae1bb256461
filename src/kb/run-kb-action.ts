import type { GapLog } from '../feedback/gap-log.ts';
import type { KnowledgeStore, RefreshOutcome } from '../live/knowledge-store.ts';
import type { Logger } from '../logger.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import { isUserError } from '../user-error.ts';
import { addDocument } from './add-document.ts';
import { type AuditEntry, writeAuditLine } from './audit-log.ts';
import { countKnowledge } from './count-knowledge.ts';
import { describeGaps } from './describe-gaps.ts';
import { describeProblemLine, describeRefresh } from './describe-refresh.ts';
import { describeStatus } from './describe-status.ts';
import { downloadAttachment } from './download-attachment.ts';
import type { KbAction, KbActionName, KbActor } from './kb-action.ts';
import type { KbReport } from './kb-report.ts';
import { removeDocument } from './remove-document.ts';
import { setDefaultCouncil } from './set-default-council.ts';
import { subscribeChannel } from './subscribe-channel.ts';
import { checkAttachmentInfo, validateAttachment } from './validate-attachment.ts';

/** A `/kb` request as a front end hands it over, before access is settled. */
export interface KbRequest {
  name: KbActionName;
  actor: KbActor;
  /** Whether the actor passed the run-time permission check. */
  allowed: boolean;
  /** Reads and validates the options; called only once access is granted. */
  readAction: () => KbAction;
}

export interface KbServices {
  store: KnowledgeStore;
  /** Where `/kb council` keeps each server's default council. */
  settings: ServerSettings;
  /** The unanswered questions `/kb gaps` lists; none where nothing is kept. */
  gaps?: GapLog;
  /** Where audit lines go. */
  logger: Logger;
  maxAttachmentBytes: number;
  /** Replaceable so tests can simulate a dead network. */
  download?: typeof downloadAttachment;
  now?: () => Date;
}

interface Performed {
  report: KbReport;
  outcome: string;
  details?: Record<string, unknown>;
}

/**
 * Runs one `/kb` action for any front end: refuses a member without access, performs the
 * action, describes the result in plain lines, and writes one audit line whatever happens.
 */
export async function runKbAction(request: KbRequest, services: KbServices): Promise<KbReport> {
  const audit = (outcome: string, details?: Record<string, unknown>) => {
    const entry: AuditEntry = {
      action: request.name,
      userId: request.actor.userId,
      guildId: request.actor.guildId,
      outcome,
      ...(details ? { details } : {}),
    };
    writeAuditLine(services.logger, entry);
  };
  if (!request.allowed) {
    audit('denied');
    return {
      title: 'Not allowed',
      lines: [
        'Changing or inspecting the knowledge needs the Manage Server permission or a knowledge-admin role (KB_ADMIN_ROLE_IDS). Nothing was changed.',
      ],
      ok: false,
    };
  }
  try {
    const performed = await perform(request.readAction(), request.actor, services);
    audit(performed.outcome, performed.details);
    return performed.report;
  } catch (error) {
    if (!isUserError(error)) {
      audit('error', { reason: (error as Error)?.message ?? String(error) });
      throw error;
    }
    audit('rejected', { code: error.code, reason: error.message });
    const lines = [error.message];
    if (request.name !== 'status') lines.push('Nothing was changed.');
    return { title: `/kb ${request.name} refused`, lines, ok: false };
  }
}

async function perform(action: KbAction, actor: KbActor, services: KbServices): Promise<Performed> {
  const { store } = services;
  const now = services.now ?? (() => new Date());
  switch (action.name) {
    case 'status':
      return {
        report: describeStatus(store.current(), store.refreshing()),
        outcome: 'shown',
        details: { contentHash: store.current().library.knowledgeBase.contentHash },
      };
    case 'refresh': {
      const outcome = await store.refresh(actor.label);
      return { report: describeRefresh(outcome), ...auditOutcome(outcome, 'refreshed') };
    }
    case 'add': {
      const { attachment } = action;
      const maxBytes = services.maxAttachmentBytes;
      checkAttachmentInfo(attachment, maxBytes);
      const download = services.download ?? downloadAttachment;
      const bytes = await download(attachment.url, attachment.filename, { maxBytes });
      const content = validateAttachment(attachment, bytes, maxBytes);
      const result = await addDocument(
        {
          filename: attachment.filename,
          content,
          details: action.details,
          replace: action.replace,
        },
        { store, by: actor.label, now },
      );
      const refresh = describeRefresh(result.outcome);
      const where = { id: result.id, file: result.file, attachment: attachment.filename };
      if (result.outcome.status !== 'refreshed') {
        return {
          report: {
            title: `Not added: ${result.file} was not kept`,
            lines: [
              ...(result.outcome.status === 'busy' ? [refresh.title] : []),
              ...refresh.lines,
              'The knowledge folder is exactly as it was.',
            ],
            ok: false,
          },
          ...auditOutcome(result.outcome, 'added', where),
        };
      }
      return {
        report: {
          title: `Added ${result.id}`,
          lines: [
            `Saved as ${result.file} in the knowledge folder; the bot answers from it now.`,
            ...refresh.lines,
            ...result.warnings.map((warning) => `Check: ${warning}`),
          ],
          ok: true,
        },
        ...auditOutcome(result.outcome, 'added', where),
      };
    }
    case 'council': {
      const { councilId, ...report } = await setDefaultCouncil(
        // Outside a server (the console) the default belongs to whoever runs it.
        { serverId: actor.guildId ?? actor.userId, council: action.council, clear: action.clear },
        { library: store.current().library, settings: services.settings },
      );
      return {
        report,
        outcome: action.council || action.clear ? 'set' : 'shown',
        details: { councilId },
      };
    }
    case 'subscribe': {
      const report = await subscribeChannel(
        { serverId: actor.guildId, channelId: action.channelId, clear: action.clear },
        { library: store.current().library, settings: services.settings },
      );
      return {
        report,
        outcome: action.clear ? 'cleared' : 'set',
        details: { channelId: action.channelId },
      };
    }
    case 'gaps': {
      const gaps = services.gaps ? await services.gaps.gaps(actor.guildId ?? actor.userId) : [];
      return { report: describeGaps(gaps), outcome: 'shown', details: { gaps: gaps.length } };
    }
    case 'remove': {
      const result = await removeDocument(action.id, { store, by: actor.label, now });
      const refresh = describeRefresh(result.outcome);
      const where = { id: result.id, file: result.file, movedTo: result.movedTo };
      if (result.outcome.status !== 'refreshed') {
        return {
          report: {
            title: `Not removed: ${result.id} is still loaded`,
            lines: [
              ...(result.outcome.status === 'busy' ? [refresh.title] : []),
              ...refresh.lines,
              `${result.file} stays where it was.`,
            ],
            ok: false,
          },
          ...auditOutcome(result.outcome, 'removed', where),
        };
      }
      return {
        report: {
          title: `Removed ${result.id}`,
          lines: [
            `Moved ${result.file} to ${result.movedTo}. To put it back, move it into the knowledge folder again and run /kb refresh.`,
            ...refresh.lines,
          ],
          ok: true,
        },
        ...auditOutcome(result.outcome, 'removed', where),
      };
    }
  }
}

/** The audit outcome and details of a refresh: `done` when it stood, else its status. */
function auditOutcome(
  outcome: RefreshOutcome,
  done: string,
  extra: Record<string, unknown> = {},
): Pick<Performed, 'outcome' | 'details'> {
  switch (outcome.status) {
    case 'refreshed':
      return {
        outcome: done,
        details: {
          ...extra,
          ...outcome.changes,
          ...countKnowledge(outcome.snapshot.library.knowledgeBase),
          contentHash: outcome.snapshot.library.knowledgeBase.contentHash,
          tookMs: outcome.tookMs,
        },
      };
    case 'invalid':
      return {
        outcome: 'invalid',
        details: { ...extra, problems: outcome.problems.map(describeProblemLine) },
      };
    case 'busy':
      return { outcome: 'busy', details: { ...extra, runningBy: outcome.by } };
  }
}
