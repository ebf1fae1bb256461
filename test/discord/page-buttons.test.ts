import { ButtonStyle, ComponentType } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLimitViolations } from '../../src/discord/message-limits.ts';
import { pageButtons, parsePageButton } from '../../src/discord/page-buttons.ts';

const sessionId = fc.stringMatching(/^[0-9a-f]{1,32}$/);
const position = fc
  .integer({ min: 1, max: 500 })
  .chain((total) => fc.tuple(fc.integer({ min: 0, max: total - 1 }), fc.constant(total)));

describe('pageButtons and parsePageButton', () => {
  it('round-trip: Previous and Next parse to their target pages, the counter to nothing', () => {
    fc.assert(
      fc.property(sessionId, position, (id, [current, total]) => {
        const row = pageButtons(id, current, total);
        expect(row.type).toBe(ComponentType.ActionRow);
        const [previous, counter, next] = row.components.map((button) => ({
          label: 'label' in button ? button.label : undefined,
          disabled: button.disabled,
          customId: 'custom_id' in button ? button.custom_id : '',
        }));
        expect(previous?.label).toBe('Previous');
        expect(counter?.label).toBe(`${current + 1} of ${total}`);
        expect(next?.label).toBe('Next');
        expect(previous?.disabled).toBe(current === 0);
        expect(counter?.disabled).toBe(true);
        expect(next?.disabled).toBe(current === total - 1);
        if (current > 0) {
          expect(parsePageButton(previous?.customId ?? '')).toEqual({
            sessionId: id,
            page: current - 1,
          });
        }
        if (current < total - 1) {
          expect(parsePageButton(next?.customId ?? '')).toEqual({
            sessionId: id,
            page: current + 1,
          });
        }
        expect(parsePageButton(counter?.customId ?? '')).toBeUndefined();
        // Discord refuses a row whose custom ids repeat, or are over 100 characters.
        const ids = row.components.map((button) => ('custom_id' in button ? button.custom_id : ''));
        expect(new Set(ids).size).toBe(3);
        expect(findLimitViolations({ content: 'x', components: [row] })).toEqual([]);
      }),
    );
  });

  it('styles Previous and Next as primary buttons', () => {
    const row = pageButtons('abc123', 1, 3);
    expect(row.components.map((button) => button.style)).toEqual([
      ButtonStyle.Primary,
      ButtonStyle.Secondary,
      ButtonStyle.Primary,
    ]);
  });

  it('ignores custom ids that are not page buttons', () => {
    for (const id of [
      '',
      'page',
      'page:abc123',
      'page:abc123:',
      'page:ABC123:1',
      'page:abc123:counter',
      'page:abc123:-1',
      'page:abc123:12345',
      'page:xyz:1',
      'kb:refresh:1',
      ' page:abc123:1',
    ]) {
      expect(parsePageButton(id), id).toBeUndefined();
    }
  });
});
