import { asksForMoney } from '../question/asks-for-money.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import { statesADuration } from './states-duration.ts';
import { statesMoney } from './states-money.ts';
import { statesAQuantity } from './states-quantity.ts';

/**
 * Whether a text holds the kind of thing a question asks for, where that can be read off the
 * text itself: a quantity for "how many …", a sum of money for "how much does it spend …", a
 * length of time for "how long …", a person's name for "what's the name of …". A
 * passage that shares the question's words but holds neither does not answer it, and the
 * honest reply is that the sources do not say. Other questions accept any text.
 */
export function holdsAskedType(
  query: Pick<QuestionQuery, 'asks' | 'wantsName' | 'text'>,
  text: string,
  namesAPerson: (text: string) => boolean,
): boolean {
  if (query.asks === 'number') {
    return asksForMoney(query.text) ? statesMoney(text) : statesAQuantity(text);
  }
  if (query.asks === 'person' && query.wantsName) return namesAPerson(text);
  if (query.asks === 'span') return statesADuration(text);
  return true;
}
