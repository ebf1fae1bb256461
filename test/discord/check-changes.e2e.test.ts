import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/discord/safe-text.ts';
import type { InteractionRecord } from '../support/discord-stand-in/index.ts';
import {
  type BotHarness,
  fieldsOf,
  liveMentions,
  messageLimitViolations,
  startHarness,
} from './bot-harness.ts';

describe('/check, "Check with the reports" and /changes through the Discord stand-in', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.stop());

  const run = (name: string, options: Record<string, string | boolean> = {}) =>
    harness.standIn
      .sendSlashCommand({ name, options, user: harness.standIn.user() })
      .waitForResponse();

  /** Every reply obeys Discord's limits and pings nobody, whatever it quotes. */
  const expectSafe = (record: InteractionRecord) => {
    expect(messageLimitViolations(record.finalMessage)).toEqual([]);
    expect(liveMentions(record.finalMessage)).toEqual([]);
    expect(record.finalMessage.allowed_mentions).toEqual({ parse: [] });
  };

  it('/check says where a claimed grade differs, quoting the judgements that differ', async () => {
    const record = await run('check', {
      claim: 'Croydon was inadequate across the board in 2017',
    });
    expectSafe(record);
    expect(record.isEphemeral).toBe(false);
    const [verdict, main] = record.finalMessage.embeds;
    expect(verdict?.title).toBe('The official record differs');
    expect(verdict?.description).toContain('“Croydon was inadequate across the board in 2017”');
    expect(verdict?.description).toMatch(
      /2 of the 7 graded judgements .*2017 \(SIF\).* were not Inadequate: Adoption performance: Requires improvement; The experiences and progress of care leavers: Requires improvement/,
    );
    expect(main?.title).toBe('Croydon: Checking a claim');
    const fields = fieldsOf(record.finalMessage);
    expect(fields[0]?.name).toBe('1. Adoption performance: Requires improvement');
    expect(fields[0]?.value).toContain(
      '“The graded judgement for adoption performance is that it requires improvement”',
    );
    // The known paraphrase carries its caution from facts.yaml.
    expect(fields[0]?.value).toMatch(/⚠️ Not "inadequate across the board"/);
  });

  it('/check agrees only when the judgement the claim speaks of matches', async () => {
    const record = await run('check', { claim: 'Croydon was inadequate in 2017' });
    expectSafe(record);
    const [verdict] = record.finalMessage.embeds;
    expect(verdict?.title).toBe('The official record agrees');
    expect(fieldsOf(record.finalMessage)[0]?.name).toBe('1. Overall effectiveness: Inadequate');
  });

  it('/check of a claim nothing speaks to is a private "silent"', async () => {
    const record = await run('check', { claim: 'the best pizza is in Croydon' });
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.embeds[0]?.title).toBe('The sources are silent on this');
    expect(fieldsOf(record.finalMessage)).toEqual([]);
  });

  it('"Check with the reports" answers a message, naming its author as text, pinging nobody', async () => {
    const author = harness.standIn.user(undefined, 'sam');
    author.global_name = '@everyone Sam <@123456789012345678>';
    const record = await harness.standIn
      .sendMessageCommand({
        name: 'Check with the reports',
        message: {
          content: '<@123456789012345678> the service is still failing @everyone',
          author,
        },
        user: harness.standIn.user(),
      })
      .waitForResponse();
    expectSafe(record);
    expect(record.isEphemeral).toBe(false);
    const [verdict] = record.finalMessage.embeds;
    expect(verdict?.title).toBe('The official record differs');
    expect(verdict?.description).toContain(`— ${escapeUserText(author.global_name)}`);
    expect(verdict?.description).toMatch(
      /2024 \(ILACS\) inspection judged overall effectiveness Good, not Inadequate/,
    );
    // The mentions in the message address people; the claim checked and quoted is the rest.
    expect(verdict?.description).toContain('> “the service is still failing”');
    const [, main] = record.finalMessage.embeds;
    expect(main?.fields?.[0]?.name).toBe('1. Overall effectiveness: Good');
  });

  it('"Check with the reports" on a message with no text says so privately', async () => {
    const record = await harness.standIn
      .sendMessageCommand({
        name: 'Check with the reports',
        message: { content: '<@123456789012345678>', author: harness.standIn.user() },
      })
      .waitForResponse();
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.content).toMatch(/^That message has no text I can check/);
  });

  it('"Check with the reports" on a message too long to check says so privately', async () => {
    const record = await harness.standIn
      .sendMessageCommand({
        name: 'Check with the reports',
        message: { content: 'the service is failing '.repeat(20), author: harness.standIn.user() },
      })
      .waitForResponse();
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.content).toMatch(
      /^That message is \d+ characters; I check claims of at most 200\./,
    );
  });

  it('/changes sets each judgement area’s grades side by side, oldest first, marked up or down', async () => {
    const record = await run('changes');
    expectSafe(record);
    const [overview, main] = record.finalMessage.embeds;
    expect(overview?.title).toBe('Judgement by judgement, oldest first');
    const overall = overview?.fields?.find((field) => field.name === 'Overall effectiveness');
    expect(overall?.value).toBe('Inadequate (2017)\n↑ Good (2020)\n= Good (2024)');
    expect(main?.title).toBe('Croydon: What changed between inspections');
    expect(fieldsOf(record.finalMessage).some((field) => field.value.includes('para'))).toBe(false);
  });

  it('/changes topic:supervision puts each inspection’s strongest finding side by side', async () => {
    const record = await run('changes', { topic: 'supervision' });
    expectSafe(record);
    const [, main] = record.finalMessage.embeds;
    const names = (main?.fields ?? []).map((field) => field.name);
    expect(names.slice(0, 3)).toEqual([
      '1. What the report says: Ofsted 2017 (SIF)',
      '2. What the report says: Ofsted 2020 (ILACS)',
      '3. What the report says: Ofsted 2024 (ILACS)',
    ]);
  });
});
