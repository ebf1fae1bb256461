import { describe, expect, it } from 'vitest';
import { commandListSchema } from './command-definition-schema.ts';
import { invalidFormBody } from './invalid-form-body.ts';

const option = (name: string, extra: object = {}) => ({
  name,
  description: 'd',
  type: 3,
  ...extra,
});

/** The Discord error codes a command list earns, flattened with their paths. */
function errorsOf(body: unknown): string[] {
  const parsed = commandListSchema.safeParse(body);
  if (parsed.success) return [];
  return JSON.stringify(invalidFormBody(parsed.error.issues).errors).match(/[A-Z_]{6,}/g) ?? [];
}

describe('commandListSchema', () => {
  it('accepts valid chat-input and context-menu commands, filling defaults', () => {
    const parsed = commandListSchema.parse([
      { name: 'ask', description: 'Ask', options: [option('q', { required: true }), option('n')] },
      { name: 'Report Message', type: 3 },
    ]);
    expect(parsed.map((c) => [c.type, c.description])).toEqual([
      [1, 'Ask'],
      [3, ''],
    ]);
  });

  it.each([
    ['an uppercase name', [{ name: 'Ask', description: 'd' }], 'APPLICATION_COMMAND_INVALID_NAME'],
    ['a space in a name', [{ name: 'a b', description: 'd' }], 'APPLICATION_COMMAND_INVALID_NAME'],
    ['an empty description', [{ name: 'ask', description: '' }], 'BASE_TYPE_BAD_LENGTH'],
    ['a long description', [{ name: 'ask', description: 'x'.repeat(101) }], 'BASE_TYPE_MAX_LENGTH'],
    [
      'a duplicate name',
      [
        { name: 'a', description: 'd' },
        { name: 'a', description: 'd' },
      ],
      'APPLICATION_COMMANDS_DUPLICATE_NAME',
    ],
    [
      'required after optional',
      [{ name: 'a', description: 'd', options: [option('x'), option('y', { required: true })] }],
      'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
    ],
    [
      '26 options',
      [
        {
          name: 'a',
          description: 'd',
          options: Array.from({ length: 26 }, (_, i) => option(`o${i}`)),
        },
      ],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      '26 choices',
      [
        {
          name: 'a',
          description: 'd',
          options: [
            option('x', {
              choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` })),
            }),
          ],
        },
      ],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a non-decimal permission',
      [{ name: 'a', description: 'd', default_member_permissions: '0x20' }],
      'INVALID_FORMAT',
    ],
    [
      'sub-commands mixed with options',
      [{ name: 'a', description: 'd', options: [option('s', { type: 1 }), option('x')] }],
      'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
    ],
  ])('rejects %s', (_, body, code) => {
    expect(errorsOf(body)).toContain(code);
  });
});
