import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbackType, MessageFlag } from '../support/discord-stand-in/index.ts';
import {
  type BotHarness,
  buttonId,
  buttonsOf,
  fieldsOf,
  messageLimitViolations,
  startHarness,
} from './bot-harness.ts';

/** The edit that takes the buttons off an expired reply. */
const removeButtons = 'PATCH /webhooks/:app/:token/messages/@original';

describe('page buttons', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.stop());

  it('a multi-page answer shows Previous, the counter and Next; Next turns to page 2', async () => {
    const { standIn } = harness;
    const owner = standIn.user(undefined, 'owner');
    const command = await standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'supervision' }, user: owner })
      .waitForResponse();
    const first = structuredClone(command.finalMessage);
    const buttons = buttonsOf(first);
    // The page row, then the answer's own row.
    expect([...buttons.keys()]).toEqual([
      'Previous',
      expect.stringMatching(/^1 of \d+$/),
      'Next',
      'Helpful',
      'Not helpful',
      'Dismiss',
    ]);
    expect(buttons.get('Previous')?.disabled).toBe(true);
    expect(buttons.get('Next')?.disabled).toBe(false);
    const pageCount = Number(/of (\d+)/.exec([...buttons.keys()][1] ?? '')?.[1]);
    expect(pageCount).toBeGreaterThan(1);

    const press = await standIn
      .pressButton({ customId: buttonId(first, 'Next'), message: first, user: owner })
      .waitForResponse();
    expect(press.callbacks.map((callback) => callback.type)).toEqual([CallbackType.Update]);
    const second = command.finalMessage;
    expect(second.id).toBe(first.id);
    expect(second.embeds[0]?.footer?.text).toMatch(`Page 2 of ${pageCount}`);
    expect(buttonsOf(second).has(`2 of ${pageCount}`)).toBe(true);
    expect(buttonsOf(second).get('Previous')?.disabled).toBe(false);
    expect(buttonsOf(second).has('Dismiss')).toBe(true);
    // Page 2 continues the numbering where page 1 stopped.
    const lastOnFirst = Number(/^(\d+)\./.exec(fieldsOf(first).at(-1)?.name ?? '')?.[1]);
    expect(fieldsOf(second)[0]?.name).toMatch(new RegExp(`^${lastOnFirst + 1}\\. `));
    expect(second.allowed_mentions).toEqual({ parse: [] });
    expect(messageLimitViolations(second)).toEqual([]);

    const back = await standIn
      .pressButton({ customId: buttonId(second, 'Previous'), message: second, user: owner })
      .waitForResponse();
    expect(back.callbacks[0]?.type).toBe(CallbackType.Update);
    expect(command.finalMessage.embeds).toEqual(first.embeds);
  });

  it('someone else pressing gets a private refusal and the message stays as it was', async () => {
    const { standIn } = harness;
    const owner = standIn.user(undefined, 'owner');
    const command = await standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'supervision' }, user: owner })
      .waitForResponse();
    const before = structuredClone(command.finalMessage);
    const press = await standIn
      .pressButton({
        customId: buttonId(before, 'Next'),
        message: before,
        user: standIn.user(undefined, 'bystander'),
      })
      .waitForResponse();
    expect(press.callbacks[0]?.type).toBe(CallbackType.Reply);
    expect(press.isEphemeral).toBe(true);
    expect(press.finalMessage.id).not.toBe(before.id);
    expect(press.finalMessage.content).toMatch(/^Only the person who ran this command/);
    expect(command.finalMessage.embeds).toEqual(before.embeds);
    expect(command.finalMessage.components).toEqual(before.components);
    expect(command.finalMessage.edited_timestamp).toBeNull();
  });

  it('pages of a private reply turn too, and stay private', async () => {
    const { standIn } = harness;
    const command = await standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'supervision', private: true } })
      .waitForResponse();
    expect(command.isEphemeral).toBe(true);
    const first = structuredClone(command.finalMessage);
    await standIn
      .pressButton({ customId: buttonId(first, 'Next'), message: first })
      .waitForResponse();
    expect(command.finalMessage.embeds[0]?.footer?.text).toMatch(/^Page 2 of/);
    expect(command.isEphemeral).toBe(true);
  });
});

describe('page buttons after PAGE_EXPIRY_SECONDS', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness({ env: { PAGE_EXPIRY_SECONDS: '1' } });
  });
  afterAll(() => harness.stop());

  it('are taken off the message when the pages expire', async () => {
    const { standIn } = harness;
    const command = await standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'supervision' } })
      .waitForResponse();
    expect(buttonsOf(command.finalMessage).has('Next')).toBe(true);
    const embeds = structuredClone(command.finalMessage.embeds);
    await command.waitUntil((r) => r.finalMessage.components.length === 0, 'buttons removed', {
      timeoutMs: 3_000,
    });
    expect(command.finalMessage.embeds).toEqual(embeds);
    expect(command.actions.at(-1)).toMatchObject({ kind: 'edit', original: true });
  });

  it('remove the buttons with an edit that pings nobody (allowed_mentions parse [])', async () => {
    const { standIn } = harness;
    const command = await standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'supervision' } })
      .waitForResponse();
    await command.waitUntil((r) => r.finalMessage.components.length === 0, 'buttons removed', {
      timeoutMs: 3_000,
    });
    const edits = command.actions.filter((action) => action.kind === 'edit');
    expect(edits.length).toBeGreaterThan(0);
    for (const edit of edits) expect(edit.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('a press after expiry gets the "expired" notice and the buttons go', async () => {
    const { standIn } = harness;
    // Make the bot's own removal fail, as it would after a restart or a lost edit, so the
    // buttons are still there to press once the pages have expired.
    standIn.failNext(removeButtons, {
      status: 404,
      body: { message: 'Unknown Message', code: 10008 },
    });
    const command = await standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'supervision' } })
      .waitForResponse();
    const message = structuredClone(command.finalMessage);
    await command.waitUntil(
      (r) => r.requests.some((request) => request.method === 'PATCH' && request.status === 404),
      'the failed removal',
      { timeoutMs: 3_000 },
    );
    expect(buttonsOf(command.finalMessage).has('Next')).toBe(true);

    const press = standIn.pressButton({ customId: buttonId(message, 'Next'), message });
    await press.waitUntil((r) => r.followUps.length === 1, 'the expired notice');
    expect(press.callbacks).toEqual([
      expect.objectContaining({
        type: CallbackType.Update,
        data: expect.objectContaining({ components: [] }),
      }),
    ]);
    expect(command.finalMessage.components).toEqual([]);
    expect(command.finalMessage.embeds).toEqual(message.embeds);
    const [notice] = press.followUps;
    expect(notice?.content).toBe('These results have expired. Run the command again to see them.');
    expect((notice?.flags ?? 0) & MessageFlag.Ephemeral).toBe(MessageFlag.Ephemeral);
  });
});
