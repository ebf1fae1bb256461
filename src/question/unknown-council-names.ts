import { isEnglishWord } from '../text/english-words.ts';

/**
 * A name a question puts where a council goes ("How did Cardiff's children's services do?",
 * "Springfield council", "Glasgow social services"): a capitalised word that is no English word,
 * before a word for a council or its children's services. The caller decides whether it is a
 * council it knows; one it does not is never answered from the default council's documents.
 */
export function namesInCouncilPlace(text: string): string[] {
  const names = [...text.matchAll(councilPlace)].map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => name !== '' && !isEnglishWord(name)))];
}

const councilPlace =
  /\b(\p{Lu}\p{Ll}+)(?:['’]s)?\s+(?:(?:county|borough|city|district)\s+)?(?:council|children['’]?s\s+(?:services|social\s+care)|social\s+(?:services|care)|local\s+authority)\b/gu;
