/**
 * Whether a text states an amount of money ("£185,000", "£2.3m", "3 million pounds",
 * "£1.2 billion"), which is what "how much does it spend" asks for. A budget named without a
 * sum ("a third of the SEND budget") or a count of anything else does not answer it.
 */
export function statesMoney(text: string): boolean {
  return sum.test(text);
}

const sum =
  /£\s?\d|\b\d[\d,.]*\s?(?:m|bn|k)?\s?(?:pounds|GBP)\b|\b\d[\d,.]*\s?(?:million|billion|bn)\b/i;
