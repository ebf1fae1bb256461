import {
  type APIApplicationCommandStringOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** A valid chat-input command definition, changed by `overrides`. */
export function command(overrides: Partial<Definition> = {}): Definition {
  return { name: 'example', description: 'An example command', ...overrides };
}

/** A valid string option, changed by `overrides`. */
export function stringOption(
  overrides: Partial<APIApplicationCommandStringOption> = {},
): APIApplicationCommandStringOption {
  return {
    type: ApplicationCommandOptionType.String,
    name: 'text',
    description: 'Some text',
    ...overrides,
  };
}

/** Definitions that each break one of Discord's registration rules, with the problem reported. */
export const badDefinitions: Record<string, { definition: Definition; problem: RegExp }> = {
  'an uppercase name': {
    definition: command({ name: 'Finding' }),
    problem: /^\/Finding: name "Finding" must be lowercase$/,
  },
  'a 101-character description': {
    definition: command({ description: 'x'.repeat(101) }),
    problem: /^\/example: description is 101 characters \(1 to 100\)$/,
  },
  'an empty description': {
    definition: command({ description: '' }),
    problem: /^\/example: description is 0 characters/,
  },
  'a name with a space': {
    definition: command({ name: 'two words' }),
    problem: /^\/two words: name "two words" must match/,
  },
  'a required option after an optional one': {
    definition: command({
      options: [
        stringOption({ name: 'optional' }),
        stringOption({ name: 'needed', required: true }),
      ],
    }),
    problem: /^\/example needed: required options must come before optional ones$/,
  },
  '26 choices': {
    definition: command({
      options: [
        stringOption({
          choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `${i}` })),
        }),
      ],
    }),
    problem: /^\/example text: 26 choices \(limit 25\)$/,
  },
  '26 options': {
    definition: command({
      options: Array.from({ length: 26 }, (_, i) => stringOption({ name: `o${i}` })),
    }),
    problem: /^\/example: 26 options \(limit 25\)$/,
  },
  'an option with both choices and autocomplete': {
    definition: command({
      options: [
        {
          ...stringOption(),
          choices: [{ name: 'a', value: 'a' }],
          autocomplete: false,
        },
        // The API type forbids both at once; Discord receives JSON, where nothing stops it.
        JSON.parse(
          '{"type":3,"name":"both","description":"d","autocomplete":true,"choices":[{"name":"a","value":"a"}]}',
        ),
      ],
    }),
    problem: /^\/example both: an option cannot have both choices and autocomplete$/,
  },
  'a permissions value that is not a decimal bitfield': {
    definition: command({ default_member_permissions: '0x20' }),
    problem: /^\/example: default_member_permissions must be a decimal bitfield string$/,
  },
};
