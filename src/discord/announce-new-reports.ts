import type { APIEmbed } from 'discord.js';
import { formatPublished } from '../answer/format-citation.ts';
import {
  type NewReportAnnouncement,
  newReportAnnouncement,
} from '../answer/new-report-announcement.ts';
import type { KnowledgeStore } from '../live/knowledge-store.ts';
import type { Logger } from '../logger.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import { discordLimits } from './discord-limits.ts';
import { safeText, safeUrl, truncateAtWord } from './safe-text.ts';

/** Posts one message to a channel; the bot's REST client in production, a fake in tests. */
export type PostToChannel = (channelId: string, body: { embeds: APIEmbed[] }) => Promise<void>;

/**
 * After every refresh, announces each newly added inspection report in the channels of the
 * servers whose default council it is about (/kb subscribe): one message each, its grades
 * against the previous inspection's, linked to the report. Returns the way to stop.
 */
export function announceNewReports(
  store: KnowledgeStore,
  settings: ServerSettings,
  post: PostToChannel,
  logger: Logger,
  /**
   * Whether this process answers for a server. Under the ShardingManager every shard refreshes,
   * and only the shard holding a server announces there, so each announcement is made once.
   */
  servesServer: (serverId: string) => boolean,
): () => void {
  return store.onRefreshed((outcome) => {
    for (const docId of outcome.changes.added) {
      const announcement = newReportAnnouncement(outcome.snapshot.library, docId);
      if (!announcement) continue;
      for (const subscription of settings.subscriptions()) {
        if (subscription.councilId !== announcement.council.id) continue;
        if (!servesServer(subscription.serverId)) continue;
        post(subscription.channelId, { embeds: [announcementEmbed(announcement)] }).catch(
          (err: unknown) =>
            logger.warn(
              { err, channelId: subscription.channelId, docId },
              'could not announce a new report (is the bot allowed to post there?)',
            ),
        );
      }
    }
  });
}

/** The announcement as an embed: every string escaped and cut to Discord's limits. */
export function announcementEmbed(announcement: NewReportAnnouncement): APIEmbed {
  const lines = announcement.grades.map(({ judgement, grade, previous }) => {
    const was = previous ? ` (was ${safeText(previous, 60)})` : '';
    return `${safeText(judgement, 200)}: **${safeText(grade, 60)}**${was}`;
  });
  const when = formatPublished(announcement.published, 'day');
  return {
    title: truncateAtWord(
      safeText(`New Ofsted report: ${announcement.council.name}`, 200),
      discordLimits.embedTitle,
    ),
    ...(announcement.url ? { url: safeUrl(announcement.url) } : {}),
    description: truncateAtWord(
      [
        `${safeText(announcement.title, 300)} · ${safeText(announcement.publisher, 100)}, ${when}`,
        '',
        ...lines,
      ].join('\n'),
      discordLimits.embedDescription,
    ),
    color: 0x2e7d32,
  };
}
