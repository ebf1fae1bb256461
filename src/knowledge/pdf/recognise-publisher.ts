/**
 * Signs that Ofsted issued a document, as its reports have printed them since 2013: its name in
 * full (with either apostrophe), its web and email addresses, and its inspectors' title.
 */
const OFSTED_NAME = /Office for Standards in Education/i;
const OFSTED_ADDRESS = /\bofsted\.gov\.uk\b/i;
const OFSTED_WORD = /\bOfsted\b/;
const INSPECTOR_TITLE = /\b(?:Her|His) Majesty[’']s Inspector|\bHMI\b/;

/**
 * The publisher a report's own text shows, if it shows one: Ofsted when it prints Ofsted's full
 * name or address, or names Ofsted and signs with an inspector's title (Her/His Majesty's
 * Inspector, HMI). The word "Ofsted" alone is not enough: a council's statement or a news article
 * about a report names Ofsted too, but does not carry its imprint.
 */
export function recognisePublisher(text: string): string | undefined {
  if (OFSTED_NAME.test(text) || OFSTED_ADDRESS.test(text)) return 'Ofsted';
  if (OFSTED_WORD.test(text) && INSPECTOR_TITLE.test(text)) return 'Ofsted';
  return undefined;
}
