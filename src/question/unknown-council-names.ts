import { isEnglishWord } from '../text/english-words.ts';
import { beginsWithCouncilWord } from './council-words.ts';

/**
 * A name a question puts where a council goes ("How did Cardiff's children's services do?",
 * "Springfield Council", "Glasgow social services"): a capitalised word that is no English word,
 * before a word for a council or its children's services. The caller decides whether it is a
 * council it knows; one it does not is never answered from the default council's documents.
 */
export function namesInCouncilPlace(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\b(\p{Lu}\p{Ll}+)/gu)) {
    const name = match[1] ?? '';
    const after = text.slice(match.index + name.length);
    if (!isEnglishWord(name) && beginsWithCouncilWord(after) && !names.includes(name)) {
      names.push(name);
    }
  }
  return names;
}
