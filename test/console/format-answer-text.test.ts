import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.ts';
import { formatAnswerText } from '../../src/console/format-answer-text.ts';
import { stripAnswerControls } from '../../src/console/strip-answer-controls.ts';
import { plainStyle, ttyStyle } from '../../src/console/terminal-style.ts';
import { citedResult } from '../fixtures/cited-result.ts';

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  command: 'finding',
  query: 'supervision',
  answered: true,
  title: 'Findings on “supervision”',
  summary: null,
  results: [
    citedResult({
      excerpt: 'Supervision is infrequent.',
      highlights: [[0, 11]],
      url: 'https://example.org/report',
    }),
  ],
  suggestions: [],
  notice: null,
  ...overrides,
});

describe('formatAnswerText', () => {
  it('writes matched words and links as a terminal shows them: bold, and a hyperlink', () => {
    const text = formatAnswerText(answer(), ttyStyle);
    expect(text).toContain('“\u001b[1mSupervision\u001b[22m is infrequent.”');
    expect(text).toContain('\u001b]8;;https://example.org/report\u001b\\Inspection of services');
    expect(text).not.toContain('**');
  });

  it('writes plain words when piped, with the address after the title', () => {
    const text = formatAnswerText(answer(), plainStyle);
    expect(text).toContain('“Supervision is infrequent.”');
    expect(text).toContain('Inspection of services <https://example.org/report>');
    expect(text).not.toContain('**');
    expect(text).not.toContain('\u001b');
  });

  it('strips controls a query brought in before its own codes are added', () => {
    const hostile = stripAnswerControls(answer({ title: 'Findings on “\u001b[2Jx\u202Eevil”' }));
    const text = formatAnswerText(hostile, ttyStyle);
    expect(text.split('\n')[0]).toBe('Findings on “[2Jxevil”');
    expect(text).toContain('\u001b[1m');
  });
});
