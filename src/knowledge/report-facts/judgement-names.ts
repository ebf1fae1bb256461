/** The judgements Ofsted's children's services frameworks grade, by a short key. */
export type JudgementKey =
  | 'overall'
  | 'leaders'
  | 'help'
  | 'looked-after'
  | 'adoption'
  | 'care-and-leavers'
  | 'care'
  | 'leavers'
  | 'leadership'
  | 'lscb';

/**
 * Each judgement's name as the frameworks print it in full, in the order reports (and /rating)
 * list them: the overall judgement first.
 */
export const judgementNames: ReadonlyArray<[JudgementKey, string]> = [
  ['overall', 'Overall effectiveness'],
  ['leaders', 'The impact of leaders on social work practice with children and families'],
  ['help', 'The experiences and progress of children who need help and protection'],
  [
    'looked-after',
    'The experiences and progress of children looked after and achieving permanence',
  ],
  ['adoption', 'Adoption performance'],
  ['care-and-leavers', 'The experiences and progress of children in care and care leavers'],
  ['care', 'The experiences and progress of children in care'],
  ['leavers', 'The experiences and progress of care leavers'],
  ['leadership', 'Leadership, management and governance'],
  ['lscb', 'Local Safeguarding Children Board (review)'],
];

// Most specific first: "children in care and care leavers" before "children in care".
const recognisers: ReadonlyArray<[JudgementKey, RegExp]> = [
  ['overall', /^overall effectiveness$/],
  ['leaders', /impact of leaders/],
  ['help', /help and protection/],
  ['looked-after', /looked after and achieving permanence/],
  ['adoption', /adoption performance/],
  ['care-and-leavers', /children in care and care leavers/],
  ['care', /progress of children in care$/],
  ['leavers', /(?:experiences? and progress of|^)\s*(?:children )?care leavers$/],
  ['leadership', /leadership, management and governance/],
];

/**
 * Which judgement a printed name is ("2.2 Experiences and progress of care leavers" → leavers),
 * or undefined for words that name none.
 */
export function judgementKeyOf(printed: string): JudgementKey | undefined {
  const name = printed
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+(?:is|are)$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return recognisers.find(([, pattern]) => pattern.test(name))?.[0];
}

/** The full name of a judgement. */
export function judgementName(key: JudgementKey): string {
  return judgementNames.find(([candidate]) => candidate === key)?.[1] ?? key;
}
