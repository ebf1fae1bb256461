import type { Answer } from '../answer/answer.ts';
import { stripControls } from '../text/strip-controls.ts';

/**
 * The answer with control and bidi characters removed from every string in it (a query echoed
 * in the title, a document's text), before the console adds its own styling codes, which must
 * survive.
 */
export function stripAnswerControls(answer: Answer): Answer {
  return stripStrings(answer) as Answer;
}

function stripStrings(value: unknown): unknown {
  if (typeof value === 'string') return stripControls(value);
  if (Array.isArray(value)) return value.map(stripStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, stripStrings(inner)]),
    );
  }
  return value;
}
