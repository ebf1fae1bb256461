import type { Passage } from '../../knowledge/knowledge-document.ts';
import { analyseTerm } from '../analyse-term.ts';
import { phraseKey } from '../phrase-key.ts';
import { tokenize } from '../tokenize.ts';
import { findAbbreviationDefinitions } from './find-abbreviation-definitions.ts';
import { lowerCaseUsage } from './lower-case-usage.ts';

/** An abbreviation a council's documents spell out, and the phrasings they give for it. */
export interface LearnedAbbreviation {
  /** The form written most often: "MASH". */
  abbreviation: string;
  /** Distinct phrasings, first seen first: "multi-agency safeguarding hub". */
  phrases: string[];
  /** The first passage that spells it out, so the equivalence can be checked. */
  passageId: string;
}

/** A definition found but not learned, and why: a moderator can see what was left out. */
export interface RejectedAbbreviation {
  abbreviation: string;
  phrase: string;
  passageId: string;
  reason: string;
}

export interface AbbreviationLearning {
  learned: LearnedAbbreviation[];
  rejected: RejectedAbbreviation[];
}

/**
 * Learns "phrase (ABBR)" definitions from passages. Left out: a phrase that is a person's name
 * (from the facts) or reads as a proper name (every word capitalised and none of them ever
 * written in lower case in these documents: "Bournemouth, Christchurch and Poole"); and an
 * abbreviation the documents also use as an ordinary word, or that is a stop word, since a
 * question typing it could not mean the abbreviation.
 */
export function learnAbbreviations(
  passages: readonly Passage[],
  personNames: readonly string[],
): AbbreviationLearning {
  const inLowerCase = lowerCaseUsage(passages);
  const people = personNames.map(foldPhrase).filter((name) => name !== '');
  const byKey = new Map<
    string,
    { forms: Map<string, number>; phrases: Map<string, string>; passageId: string }
  >();
  const rejected: RejectedAbbreviation[] = [];
  for (const passage of passages) {
    for (const definition of findAbbreviationDefinitions(passage.text)) {
      const reason = rejection(definition, people, inLowerCase);
      if (reason) {
        rejected.push({ ...definition, passageId: passage.id, reason });
        continue;
      }
      const letters = definition.abbreviation.replace(/&/g, '').toUpperCase();
      const entry = byKey.get(letters) ?? {
        forms: new Map(),
        phrases: new Map(),
        passageId: passage.id,
      };
      entry.forms.set(definition.abbreviation, (entry.forms.get(definition.abbreviation) ?? 0) + 1);
      const key = phraseKey(definition.phrase);
      if (!entry.phrases.has(key)) entry.phrases.set(key, definition.phrase);
      byKey.set(letters, entry);
    }
  }
  const learned = [...byKey.values()].map((entry) => ({
    abbreviation: [...entry.forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
    phrases: [...entry.phrases.values()],
    passageId: entry.passageId,
  }));
  return { learned, rejected };
}

function rejection(
  definition: { abbreviation: string; phrase: string },
  people: readonly string[],
  inLowerCase: (word: string) => boolean,
): string | undefined {
  const phrase = foldPhrase(definition.phrase);
  if (people.some((name) => ` ${phrase} `.includes(` ${name} `))) return 'names a person';
  // Short lower-case words ("and", "of") are in any name; every other word must be capitalised
  // and never written in lower case for the phrase to read as a name.
  const words = definition.phrase.split(' ').filter((word) => !/^\p{Ll}{1,3}$/u.test(word));
  const properOnly = words.every(
    (word) =>
      /^\p{Lu}/u.test(word) && !word.split(/[-‐]/).some((part) => inLowerCase(plainWord(part))),
  );
  if (properOnly) return 'reads as a proper name (none of its words is ever written in lower case)';
  const folded = plainWord(definition.abbreviation);
  if (inLowerCase(folded)) return `"${folded}" is also an ordinary word in these documents`;
  if (analyseTerm(tokenize(definition.abbreviation).join('')) === null) return 'is a stop word';
  return undefined;
}

const foldPhrase = (text: string) => tokenize(text).join(' ');

/** A word in lower case without a possessive: "Children’s" → "children". */
const plainWord = (word: string) => word.toLowerCase().replace(/['’]s$/, '');
