import { describe, expect, it } from 'vitest';
import { invalidFormBody } from './invalid-form-body.ts';
import { MESSAGE_LIMITS, messageDataSchema } from './message-data-schema.ts';

function errorsOf(data: unknown): unknown {
  const parsed = messageDataSchema.safeParse(data);
  return parsed.success ? null : invalidFormBody(parsed.error.issues, ['data']).errors;
}

const button = (customId: string) => ({ type: 2, style: 1, label: 'b', custom_id: customId });
const row = (...components: object[]) => ({ type: 1, components });

describe('messageDataSchema', () => {
  it('accepts a message at the limits', () => {
    const data = {
      content: 'x'.repeat(MESSAGE_LIMITS.content),
      embeds: [{ title: 't', description: 'd'.repeat(MESSAGE_LIMITS.embedDescription) }],
      components: [row(button('a'), button('b'))],
      allowed_mentions: { parse: [] },
    };
    expect(errorsOf(data)).toBeNull();
  });

  it('rejects content over 2000 characters where Discord does', () => {
    expect(errorsOf({ content: 'x'.repeat(2001) })).toEqual({
      data: {
        content: {
          _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }],
        },
      },
    });
  });

  it.each([
    [
      '11 embeds',
      { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) },
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a 4097-character description',
      { embeds: [{ description: 'd'.repeat(4097) }] },
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'embeds over 6000 characters in total',
      { embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] },
      'MAX_EMBED_SIZE_EXCEEDED',
    ],
    [
      '6 action rows',
      { components: Array.from({ length: 6 }, (_, i) => row(button(`b${i}`))) },
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a duplicate custom id',
      { components: [row(button('a'), button('a'))] },
      'COMPONENT_CUSTOM_ID_DUPLICATED',
    ],
    ['a bare button outside a row', { components: [button('a')] }, 'UNION_TYPE_CHOICES'],
    ['an unknown mention type', { allowed_mentions: { parse: ['here'] } }, 'INVALID_VALUE'],
  ])('rejects %s', (_, data, code) => {
    expect(JSON.stringify(errorsOf(data))).toContain(code);
  });
});
