import type { Council, CouncilDirectory } from '../knowledge/councils/council-directory.ts';
import { foldCouncilName } from '../knowledge/councils/fold-council-name.ts';

/** Shorter words are too often one letter from a council's name ("bury", "hull") by chance. */
const minLetters = 5;

/**
 * Councils a question may name with a typo ("lambth ofsted rating" → Lambeth): a word that is
 * no council's name but one slip from exactly one. These are only ever offered ("Did you mean
 * Lambeth?"), never answered from: an ordinary word one letter from a name ("leads", Leeds)
 * must not bring another council's findings.
 */
export function misspeltCouncilNames(text: string, directory: CouncilDirectory): Council[] {
  const found: Council[] = [];
  for (const word of text.split(/[^\p{L}]+/u)) {
    if (word.length < minLetters) continue;
    const folded = foldCouncilName(word);
    if (directory.lookup(folded).length > 0) continue;
    const match = directory.find(word);
    if (match.kind === 'found' && !found.includes(match.council)) found.push(match.council);
  }
  return found;
}
