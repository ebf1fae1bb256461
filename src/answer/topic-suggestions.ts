import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * Topics people ask children's services inspections about. Offered in autocomplete only when
 * the loaded knowledge actually mentions them, so any council's documents get a fitting list.
 */
export const curatedTopics = [
  'supervision',
  'caseloads',
  'workloads',
  'staff turnover',
  'management oversight',
  'missing children',
  'child sexual exploitation',
  'care leavers',
  'children in care',
  'children looked after',
  'adoption',
  'fostering',
  'early help',
  'child protection',
  'multi-agency safeguarding hub',
  'out-of-hours service',
  'pre-proceedings',
  'unaccompanied asylum-seeking children',
  'disabled children',
  'private fostering',
  'homeless 16 and 17 year olds',
  'corporate parenting',
  'political oversight',
  'leadership',
  'quality assurance',
  'permanence',
  'placements',
  'direct work',
  'assessments',
  'recruitment',
  'Local Safeguarding Children Board',
  'practice week audits',
];

/** Topics for autocomplete: curated topics the index knows, then indexed words, by prefix. */
export function suggestTopics(index: KnowledgeIndex, typed: string, limit = 25): string[] {
  const folded = foldText(typed).trim();
  const curated = curatedTopics.filter(
    (topic) =>
      foldText(topic).includes(folded) &&
      topic.split(/\s+/).some((word) => word.length > 3 && index.passages.knows(word)),
  );
  const lastWord = folded.split(/\s+/).pop() ?? '';
  const head = folded.slice(0, folded.length - lastWord.length);
  const words =
    lastWord.length >= 2
      ? index.passages.vocabulary(lastWord, limit).map((word) => `${head}${word}`)
      : [];
  return [...new Set([...curated, ...words])].slice(0, limit);
}
