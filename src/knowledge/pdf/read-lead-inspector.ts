/** "Lead inspector: …", "Lead inspectors: …", "Lead inspector on site: …", "Reporting inspector …". */
const LEAD_INSPECTOR = /^(?:Lead inspectors?(?: on site)?:|Reporting inspector:?)\s*(.+)$/i;
/** An inspector's title as printed after the name: ", His Majesty’s Inspector", " HMI". */
const INSPECTOR_TITLE = /,?\s*(?:(?:Her|His) Majesty[’']s Inspectors?|(?:Senior )?HMI)\b/g;

/**
 * The lead inspector a paragraph names, if it is the lead inspector line, without the title
 * ("Christine Kennet, His Majesty’s Inspector" → "Christine Kennet"); a shared lead gives both
 * names ("A, His Majesty’s Inspector, and B, His Majesty’s Inspector" → "A and B").
 */
export function readLeadInspector(paragraph: string): string | undefined {
  const printed = LEAD_INSPECTOR.exec(paragraph)?.[1];
  if (printed === undefined) return undefined;
  const names = printed
    .replace(INSPECTOR_TITLE, '')
    .replace(/,?\s+and\s+/g, ' and ')
    .replace(/[\s,;.]+$/, '');
  const name = names.includes(' and ') ? names : names.split(',')[0]?.trim();
  return name === undefined || name === '' ? undefined : name;
}
