import type { QuestionQuery } from '../question/question-query.ts';
import { stopWords } from '../search/stop-words.ts';
import { tokenize } from '../search/tokenize.ts';
import { foldText } from '../text/fold-text.ts';
import type { GradeFamily } from './grade-scale.ts';

/** A claim that states a grade, and which of an inspection's judgements it speaks of. */
export interface ClaimedGrade {
  family: GradeFamily;
  /** "no longer failing", "wasn't good": the claim denies the grade. */
  negated: boolean;
  /** Every graded judgement ("across the board"), one area's, or the overall one. */
  breadth: { kind: 'all' } | { kind: 'area'; area: string } | { kind: 'overall' };
}

/** How people say a grade, tested in order ("requires improvement to be good" is not "good"). */
const claimWords: ReadonlyArray<[GradeFamily, RegExp]> = [
  ['inadequate', /\b(inadequate|failing|failed)\b/],
  ['requires improvement', /\brequir(e|es|ed|ing) improvement\b/],
  ['outstanding', /\boutstanding\b/],
  ['good', /\bgood\b/],
  ['adequate', /\badequate\b/],
];
const negation = /\b(not|never|no longer|n't|nt)\s+(\w+\s+){0,2}$/;
const everything = /\b(across the board|every|all|each|everything|entirely|in every area)\b/;
/**
 * Words that name the service as a whole, a time, or the act of grading: what is left of a
 * grade claim once they go is the topic it is about ("supervision was good" is about
 * supervision, not the service's grade).
 */
const serviceWords = new Set(
  tokenize(
    "council council's children children's service services social care department authority local borough city county ofsted inspectors inspection inspected report rated rating judged judgement graded grade overall across board every all each everything entirely area areas still now currently today again remains remained found find finds called deemed say says said ever year time latest last first previous recent recently since then",
  ),
);

/**
 * Reads the grade a claim states and what it states it of: the whole service ("Croydon was
 * inadequate"), every judgement ("across the board") or one area ("care leavers were failed").
 * Undefined when the claim states no grade, or states one of a topic rather than a judgement.
 */
export function claimedGrade(
  claim: string,
  query: QuestionQuery,
  councilName: string,
): ClaimedGrade | undefined {
  const lower = foldText(claim).replace(/[’‘]/g, "'");
  const found = claimWords
    .map(([family, words]) => ({ family, match: words.exec(lower) }))
    .find((candidate) => candidate.match !== null);
  if (!found?.match) return undefined;
  const before = lower.slice(0, found.match.index);
  const negated = negation.test(before.replace(/n't\b/g, " n't"));
  const grading = new Set(tokenize(found.match[0]));
  const council = new Set(tokenize(councilName));
  const rest = tokenize(lower).filter(
    (word) =>
      !stopWords.has(word) &&
      !serviceWords.has(word) &&
      !grading.has(word) &&
      !council.has(word) &&
      !/^\d+$/.test(word) &&
      !/^(was|were|is|are|be|been|being|nt|not|no|longer|never)$/.test(word),
  );
  if (query.area) {
    const areaWords = new Set(tokenize(query.area.toLowerCase()));
    const other = rest.filter((word) => !areaWords.has(word) && !areaWordsExtra.has(word));
    if (other.length > 0) return undefined;
    return { family: found.family, negated, breadth: { kind: 'area', area: query.area } };
  }
  if (rest.length > 0) return undefined;
  return {
    family: found.family,
    negated,
    breadth: everything.test(lower) ? { kind: 'all' } : { kind: 'overall' },
  };
}

/** Words the judgement areas are named by that their own names do not contain. */
const areaWordsExtra = new Set(
  tokenize(
    'leavers leaving looked after permanence help protection adoption leadership leaders management governance safeguarding board lscb experiences progress need needing young people',
  ),
);
