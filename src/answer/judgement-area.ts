import { foldText } from '../text/fold-text.ts';

/**
 * The areas Ofsted's frameworks judge, each with the words that name it in any framework's
 * wording: SIF's "Children looked after and achieving permanence" and ILACS's "The experiences
 * and progress of children in care" are one area, so a council's history reads across the
 * change of framework. Order matters: "care leavers" before "in care", "overall" first.
 */
const areas: ReadonlyArray<{ area: string; words: RegExp }> = [
  { area: 'Overall effectiveness', words: /\boverall\b/ },
  { area: 'Local Safeguarding Children Board', words: /safeguarding (children )?board|\blscb\b/ },
  { area: 'Care leavers', words: /care leavers?|leaving care/ },
  { area: 'Adoption', words: /\badoption\b/ },
  // People name the area by its core, child protection, and write "and" short.
  { area: 'Help and protection', words: /help (?:and|n|&) protection|child protection/ },
  { area: 'Children in care', words: /in care\b|looked after/ },
  { area: 'Leadership', words: /\blead(ers|ership)\b|management and governance/ },
];

/** The framework-independent area a judgement's printed name belongs to (else the name itself). */
export function judgementArea(judgement: string): string {
  const folded = foldText(judgement);
  return areas.find(({ words }) => words.test(folded))?.area ?? judgement;
}

/** Whether a judgement's printed name is the one that sums up its inspection ("Overall effectiveness"). */
export function isOverallJudgement(judgement: string): boolean {
  return judgementArea(judgement) === 'Overall effectiveness';
}

/** Every area a judgement covers: ILACS 2018–2022 judged children in care and care leavers together. */
export function judgementAreas(judgement: string): string[] {
  const folded = foldText(judgement);
  return areas.filter(({ words }) => words.test(folded)).map(({ area }) => area);
}

/** Areas in the order people read a report's grades: overall first, then as printed. */
export function areaOrder(area: string): number {
  const index = areas.findIndex((entry) => entry.area === area);
  return index === -1 ? areas.length : index;
}
