import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { maxQueryLength } from '../../src/answer/command-catalogue.ts';
import { privateFlagSchema, queryTextSchema, readOptions } from '../../src/discord/read-options.ts';
import { UserError } from '../../src/user-error.ts';
import { chatInputInteraction } from './fake-interaction.ts';

const findingOptions = z.object({ topic: queryTextSchema, private: privateFlagSchema });
const topic = (value: string) => ({
  name: 'topic',
  type: ApplicationCommandOptionType.String as const,
  value,
});

describe('readOptions', () => {
  it('reads and trims a topic, private defaulting to false', () => {
    const interaction = chatInputInteraction('finding', [topic('  supervision  ')]);
    expect(readOptions(interaction, findingOptions)).toEqual({
      topic: 'supervision',
      private: false,
    });
  });

  it('reads private:true', () => {
    const interaction = chatInputInteraction('finding', [
      topic('caseloads'),
      { name: 'private', type: ApplicationCommandOptionType.Boolean, value: true },
    ]);
    expect(readOptions(interaction, findingOptions)).toEqual({ topic: 'caseloads', private: true });
  });

  it(`accepts a topic of ${maxQueryLength} characters`, () => {
    const interaction = chatInputInteraction('finding', [topic('a'.repeat(maxQueryLength))]);
    expect(readOptions(interaction, findingOptions).topic).toHaveLength(maxQueryLength);
  });

  it('rejects an over-long topic with a UserError saying which option and why', () => {
    const interaction = chatInputInteraction('finding', [topic('a'.repeat(maxQueryLength + 1))]);
    let error: unknown;
    try {
      readOptions(interaction, findingOptions);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({
      code: 'bad-input',
      message: `Please check the options: topic must be at most ${maxQueryLength} characters.`,
    });
  });

  it('rejects a blank topic and a missing one', () => {
    expect(() =>
      readOptions(chatInputInteraction('finding', [topic('   ')]), findingOptions),
    ).toThrow('Please check the options: topic cannot be empty.');
    expect(() => readOptions(chatInputInteraction('finding', []), findingOptions)).toThrow(
      UserError,
    );
  });

  it('puts a sub-command under `subcommand` with its own options', () => {
    const interaction = chatInputInteraction('kb', [
      {
        name: 'search',
        type: ApplicationCommandOptionType.Subcommand,
        options: [{ name: 'query', type: ApplicationCommandOptionType.String, value: 'x' }],
      },
    ]);
    expect(
      readOptions(interaction, z.object({ subcommand: z.string(), query: z.string() })),
    ).toEqual({
      subcommand: 'search',
      query: 'x',
    });
  });
});
