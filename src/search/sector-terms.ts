import { isCommonSpokenWord } from '../text/common-spoken-words.ts';
import { planQuery } from './plan-query.ts';
import type { SearchIndex } from './search-index.ts';
import { searchSettings } from './search-settings.ts';
import { stopWords } from './stop-words.ts';
import type { SynonymTable } from './synonym-table.ts';
import { tokenize } from './tokenize.ts';

/**
 * Whether a question names a term of the sector's glossary, or an abbreviation its documents
 * spell out, that the documents use, but not everywhere: "SWs", "care leavers", "caseloads".
 * Such a question is about the documents however many of its other words they never use ("are
 * sws still drowning in cases or has it eased off"). A word in most passages ("children") says
 * nothing of the subject: "children's home" is in a question about a redress scheme too; nor
 * does a term made of everyday words only ("out of hours" of a tip's opening times).
 */
export function namesSectorTerm(
  index: SearchIndex,
  synonyms: SynonymTable,
  question: string,
): boolean {
  const topicTerms = topicTermsOf(synonyms);
  // A phrasing stands in at most as many passages as its rarest word; the term, in as many as
  // its commonest phrasing ("kids" is the documents' "children").
  const phrasingShare = (phrasing: string) =>
    Math.min(
      ...tokenize(phrasing)
        .filter((word) => !stopWords.has(word))
        .map((word) => index.share(word)),
    );
  return planQuery(question, synonyms).some((concept) => {
    if (concept.alternatives.length < 2 || !topicTerms.has(concept.label.toLowerCase())) {
      return false;
    }
    if (
      !tokenize(concept.label).some((word) => !stopWords.has(word) && !isCommonSpokenWord(word))
    ) {
      return false;
    }
    // Used, but not everywhere: a term the documents never use says nothing of them.
    const share = Math.max(...concept.alternatives.map(phrasingShare));
    return share > 0 && share < searchSettings.sectorTermShare;
  });
}

const topicTermsBySynonyms = new WeakMap<SynonymTable, ReadonlySet<string>>();

/** A council's topic terms, lower-cased, gathered once per synonym table rather than per question. */
function topicTermsOf(synonyms: SynonymTable): ReadonlySet<string> {
  let terms = topicTermsBySynonyms.get(synonyms);
  if (!terms) {
    terms = new Set(
      synonyms.groups.flatMap((group) => group.topicTerms.map((term) => term.toLowerCase())),
    );
    topicTermsBySynonyms.set(synonyms, terms);
  }
  return terms;
}
