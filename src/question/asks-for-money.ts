/**
 * The words that ask for a sum of money in a "how much / how many" question: "how much money",
 * "how much does it spend", "the budget", "overspend … how many million", "in £". The words
 * are what make a question about money, not a fit to particular questions; a question holding
 * none of them asks for a count or a share instead.
 */
const moneyWords =
  /£|\b(money|pounds?|budgets?|(over|under)?spen(d|ds|t|ding)|costs?|costing|funding|funded|millions?|billions?|salar(y|ies)|compensation|savings?|grants?)\b/i;

/** Whether a question that asks for a quantity asks for an amount of money. */
export function asksForMoney(question: string): boolean {
  return moneyWords.test(question);
}
