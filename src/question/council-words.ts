/**
 * The words that make the name before them a council's: "council", "county council", "children's
 * services", "social care", "local authority" ("Cardiff Council", "telford council", "Glasgow
 * social services"). Whether a text (what follows a name) begins with one, in any case.
 */
export function beginsWithCouncilWord(text: string): boolean {
  return councilWord.test(text);
}

const councilWord =
  /^(?:['’]s)?\s+(?:(?:county|borough|city|district|metropolitan)\s+)?(?:council|children['’]?s\s+(?:services|social\s+care)|social\s+(?:services|care)|local\s+authority)\b/i;
