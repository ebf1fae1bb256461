import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandCatalogue } from '../../src/answer/command-catalogue.ts';
import { escapeUserText } from '../../src/discord/safe-text.ts';
import { sourceKindLabels } from '../../src/knowledge/source-kind.ts';
import {
  CallbackType,
  type InteractionRecord,
  MessageFlag,
  type StandInMessage,
} from '../support/discord-stand-in/index.ts';
import { type BotHarness, buttonsOf, fieldsOf, startHarness, textOf } from './bot-harness.ts';

const inspectionReport = sourceKindLabels['inspection-report'];
const partisan = sourceKindLabels['political-press-release'];

describe('slash commands through the Discord stand-in', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.stop());

  const run = async (name: string, options: Record<string, string | boolean> = {}) =>
    harness.standIn
      .sendSlashCommand({ name, options, user: harness.standIn.user() })
      .waitForResponse();

  /** Presses Next until the last page, returning each page as it was shown. */
  const everyPage = async (record: InteractionRecord): Promise<StandInMessage[]> => {
    const pages = [structuredClone(record.finalMessage)];
    for (let next = buttonsOf(record.finalMessage).get('Next'); next && !next.disabled; ) {
      if (pages.length > 30) throw new Error('more than 30 pages: Next never disabled');
      const press = harness.standIn.pressButton({
        customId: next.id,
        message: record.finalMessage,
      });
      await press.waitForResponse();
      pages.push(structuredClone(record.finalMessage));
      next = buttonsOf(record.finalMessage).get('Next');
    }
    return pages;
  };

  it('/finding quotes inspectors, grouped by inspection oldest first, with citation and kind', async () => {
    const record = await run('finding', { topic: 'supervision' });
    expect(record.callbacks[0]?.type).toBe(CallbackType.Reply);
    const message = record.finalMessage;
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(record.isEphemeral).toBe(false);
    expect(message.flags & MessageFlag.Ephemeral).toBe(0);
    const [embed] = message.embeds;
    expect(embed?.title).toBe('Croydon: Findings on “supervision”');
    const fields = fieldsOf(message);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields[0]?.name).toMatch(/^1\. Ofsted inspection 2017/);
    for (const field of fields) {
      // Each result is a block quote of the inspectors' own words, matched words in bold.
      expect(field.value).toMatch(/^> “.+”/);
      expect(field.value).toMatch(/\*\*supervis/i);
      expect(field.value).toMatch(/— Ofsted, \d{1,2} \w{3} \d{4}, para \d+ · /);
      expect(field.value).toContain(`*${escapeUserText(inspectionReport)}*`);
    }
    expect(embed?.footer?.text).toMatch(/^Page 1 of \d+ · Quotes are verbatim/);
    expect(embed?.footer?.text).toContain('Open Government Licence v3.0');
  });

  it('/finding private:true replies ephemerally (flags 64)', async () => {
    const record = await run('finding', { topic: 'supervision', private: true });
    expect(record.callbacks[0]?.data).toMatchObject({ flags: 64 });
    expect(record.isEphemeral).toBe(true);
    expect(fieldsOf(record.finalMessage)[0]?.name).toMatch(/Ofsted inspection 2017/);
  });

  it('/finding on a topic the sources do not cover is an ephemeral "nothing" reply', async () => {
    const record = await run('finding', { topic: 'xylophone quantum chromodynamics' });
    expect(record.isEphemeral).toBe(true);
    expect(fieldsOf(record.finalMessage)).toEqual([]);
    expect(record.finalMessage.embeds[0]?.description).toMatch(/^Nothing in the sources answers/);
    expect(record.finalMessage.allowed_mentions).toEqual({ parse: [] });
  });

  it('/finding refuses an over-long topic with the option error, not a crash', async () => {
    // Discord enforces max_length itself; the stand-in does not, so this reaches readOptions.
    const record = await run('finding', { topic: 'supervision '.repeat(20) });
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.content).toBe(
      'Please check the options: topic must be at most 200 characters.',
    );
  });

  it('/rating with no option shows the latest inspection (2024)', async () => {
    const record = await run('rating');
    const [embed] = record.finalMessage.embeds;
    expect(embed?.title).toMatch(/^Croydon: Ratings: Ofsted inspection 2024/);
    expect(fieldsOf(record.finalMessage)[0]?.name).toMatch(/^1\. Overall effectiveness: Good/);
    expect(textOf(record.finalMessage)).not.toMatch(/2012|2017 \(SIF\)/);
  });

  it('/rating inspection:inspection-2017 shows the 2017 judgements, cited', async () => {
    const record = await run('rating', { inspection: 'inspection-2017' });
    const message = record.finalMessage;
    expect(message.embeds).toHaveLength(1);
    expect(message.embeds[0]?.title).toBe('Croydon: Ratings: Ofsted inspection 2017 (SIF)');
    expect(message.embeds[0]?.description).toContain('lead inspector Marcie Taylor');
    const first = fieldsOf(message)[0];
    expect(first?.name).toBe('1. Overall effectiveness: Inadequate');
    expect(first?.value).toContain('“Children’s services in Croydon are inadequate”');
    expect(first?.value).toContain(`*${escapeUserText(inspectionReport)}*`);
  });

  it('/rating inspection:all adds a side-by-side overview of every inspection', async () => {
    const record = await run('rating', { inspection: 'all' });
    const [overview, main] = record.finalMessage.embeds;
    expect(overview?.title).toBe('Side by side');
    const columns = overview?.fields ?? [];
    expect(columns.map((field) => field.name)).toEqual(
      expect.arrayContaining(['2017 (SIF)', '2020 (ILACS)', '2024 (ILACS)']),
    );
    expect(columns.every((field) => field.inline === true)).toBe(true);
    const column2017 = columns.find((field) => field.name === '2017 (SIF)');
    expect(column2017?.value).toContain('Overall effectiveness: **Inadequate**');
    expect(main?.title).toBe('Croydon: Ratings of every inspection');
  });

  it('/timeline lists events oldest first, starting in 2012', async () => {
    const record = await run('timeline');
    const fields = fieldsOf(record.finalMessage);
    expect(fields[0]?.name).toMatch(/^1\. .*2012/);
    const years = fields.map((field) => Number(/\b(20\d\d)\b/.exec(field.name)?.[1]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('/who finds a person by an alias and by a misspelling', async () => {
    const fleming = await run('who', { name: 'Alisa Fleming' });
    expect(fleming.finalMessage.embeds[0]?.title).toBe('Croydon: Alisa Flemming');
    expect(fieldsOf(fleming.finalMessage)[0]?.name).toMatch(/^1\. Alisa Flemming: Cabinet Member/);
    const pollard = await run('who', { name: 'Tim Polard' });
    expect(pollard.finalMessage.embeds[0]?.title).toBe('Croydon: Tim Pollard');
    expect(pollard.isEphemeral).toBe(false);
    expect(fieldsOf(pollard.finalMessage)[0]?.value).toContain(`*${escapeUserText(partisan)}*`);
  });

  it('/consequences labels partisan claims and shows their caution', async () => {
    const record = await run('consequences');
    const fields = fieldsOf(record.finalMessage);
    const partisanFields = fields.filter((field) => field.value.includes(escapeUserText(partisan)));
    expect(partisanFields.length).toBeGreaterThan(0);
    for (const field of partisanFields) expect(field.value).toMatch(/\n⚠️ .*partisan/i);
  });

  it('/ask answers a question with quotes', async () => {
    const record = await run('ask', { question: 'were social workers supervised?' });
    expect(record.isEphemeral).toBe(false);
    const fields = fieldsOf(record.finalMessage);
    expect(fields.length).toBeGreaterThan(0);
    // Every result quotes its source; a passage among the first marks the words asked about
    // (a curated fact, such as an improvement the report asks for, quotes without marks).
    for (const field of fields) expect(field.value).toMatch(/^(\*\*.*\*\*\n)?> “/);
    expect(
      fields.slice(0, 3).some((field) => /\*\*(supervision|social|workers)\*\*/i.test(field.value)),
    ).toBe(true);
  });

  it('/ask off topic says it has nothing to quote, privately', async () => {
    const record = await run('ask', { question: 'best pizza in Croydon' });
    expect(record.isEphemeral).toBe(true);
    expect(fieldsOf(record.finalMessage)).toEqual([]);
    expect(record.finalMessage.embeds[0]?.description).toMatch(/not .*nothing to quote/);
    expect(textOf(record.finalMessage)).not.toContain('> “');
  });

  it('/sources lists every document with its kind label and the Ofsted licence', async () => {
    const record = await run('sources');
    const pages = await everyPage(record);
    const fields = pages.flatMap(fieldsOf);
    const documents = harness.store.current().library.knowledgeBase.documents;
    expect(fields).toHaveLength(documents.length);
    for (const document of documents) {
      const field = fields.find(
        (candidate) => candidate.name === escapeUserText(document.meta.title),
      );
      expect(field, document.meta.id).toBeDefined();
      expect(field?.value).toContain(`*${escapeUserText(sourceKindLabels[document.meta.kind])}*`);
      if (document.meta.publisher === 'Ofsted') {
        expect(field?.value).toMatch(
          /Crown copyright \d{4}, Ofsted; Open Government Licence v3\.0/,
        );
      }
    }
  });

  it('/help lists every command, privately', async () => {
    const record = await run('help');
    expect(record.isEphemeral).toBe(true);
    const description = record.finalMessage.embeds[0]?.description ?? '';
    for (const entry of commandCatalogue) expect(description).toContain(`/${entry.name}`);
    expect(description).toMatch(/private:true/);
  });

  it('answers a command it does not have with a clear private message', async () => {
    const record = await run('frobnicate');
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.content).toMatch(/^I don't know \/frobnicate.*\/help/);
    expect(record.finalMessage.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('autocomplete through the Discord stand-in', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.stop());

  const complete = async (name: string, focused: string, typed: string) => {
    const record = await harness.standIn
      .sendAutocomplete({ name, focused, options: { [focused]: typed } })
      .waitForResponse();
    expect(record.callbacks.map((callback) => callback.type)).toEqual([
      CallbackType.AutocompleteResult,
    ]);
    const choices = record.choices;
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(String(choice.value).length).toBeLessThanOrEqual(100);
    }
    return choices;
  };

  it('/finding topic "sup" offers supervision', async () => {
    const choices = await complete('finding', 'topic', 'sup');
    expect(choices.map((choice) => choice.value)).toContain('supervision');
  });

  it('/who name "fle" offers Flemming and Fleming', async () => {
    const names = (await complete('who', 'name', 'fle')).map((choice) => choice.name);
    expect(names).toContain('Alisa Flemming');
    expect(names.some((name) => /\bFleming\b/.test(name))).toBe(true);
  });

  it('/who name "" stays within 25 choices', async () => {
    expect((await complete('who', 'name', '')).length).toBeGreaterThan(0);
  });

  it('/rating inspection "" offers every inspection, the latest marked, and "All inspections"', async () => {
    const choices = await complete('rating', 'inspection', '');
    expect(choices).toContainEqual({ name: 'All inspections, side by side', value: 'all' });
    expect(choices.find((choice) => choice.name.endsWith('(latest)'))?.value).toBe(
      'inspection-2024',
    );
  });
});
