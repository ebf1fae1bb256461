import { asksForMoney } from '../question/asks-for-money.ts';
import type { InspectionRef, QuestionQuery } from '../question/question-query.ts';
import { statesADuration } from './states-duration.ts';
import { statesMoney } from './states-money.ts';
import { statesAQuantity } from './states-quantity.ts';

/**
 * Whether a text holds the kind of thing a question asks for, where that can be read off the
 * text itself: a quantity for "how many …", a sum of money for "how much does it spend …", a
 * length of time for "how long …", a person's name for "what's the name of …", a year on the
 * right side of the one a date is asked relative to ("the one before 2025"). A
 * passage that shares the question's words but holds neither does not answer it, and the
 * honest reply is that the sources do not say. Other questions accept any text.
 */
export function holdsAskedType(
  query: Pick<QuestionQuery, 'asks' | 'wantsName' | 'text' | 'inspection'>,
  text: string,
  namesAPerson: (text: string) => boolean,
): boolean {
  if (query.asks === 'number') {
    return asksForMoney(query.text) ? statesMoney(text) : statesAQuantity(text);
  }
  if (query.asks === 'person' && query.wantsName) return namesAPerson(text);
  if (query.asks === 'span') return statesADuration(text);
  if (query.asks === 'date') return statesATimeFor(query.inspection, text);
  return true;
}

/**
 * "When was the one before 2025?" is answered by a year before 2025, "the one after 2017" by
 * one after it: the dates of 2025's own inspection do not answer it.
 */
function statesATimeFor(ref: InspectionRef, text: string): boolean {
  if (ref.kind !== 'before' && ref.kind !== 'after') return true;
  const years = (text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
  return years.some((year) => (ref.kind === 'before' ? year < ref.year : year > ref.year));
}
