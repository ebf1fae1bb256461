import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startHarness } from '../discord/bot-harness.ts';
import { memberPermissions } from '../support/discord-stand-in/index.ts';

// A client with stale command definitions (an older deploy) can still send a subcommand the
// bot no longer has; that is the caller's mistake, not a bug (issue 11, fault 8).
describe('/kb with a subcommand the bot does not have', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    // Not deployed: the stand-in would refuse a subcommand its registered definition lacks.
    harness = await startHarness({ deploy: false });
  });
  afterAll(() => harness.stop());

  it('gets a private reply naming it and listing the subcommands, logged below error', async () => {
    const { standIn, log } = harness;
    const moderator = standIn.user(undefined, 'moderator');
    const record = await standIn
      .sendSlashCommand({
        name: 'kb',
        user: moderator,
        permissions: memberPermissions.manageServer,
        options: [{ name: 'purge', type: 1, options: [] }],
      })
      .waitForResponse();
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.content).toBe(
      'Unknown /kb subcommand "purge"; these are: refresh, status, add, remove, council, gaps, subscribe.',
    );
    const entries = log.entries().filter((entry) => entry.interactionId === record.id);
    expect(entries.filter((entry) => entry.level >= 50)).toEqual([]);
    expect(entries).toContainEqual(
      expect.objectContaining({ msg: 'request refused', code: 'bad-input' }),
    );
  });
});
