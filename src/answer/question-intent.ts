import type { FactCategory } from '../knowledge/fact-records.ts';

const intents: Array<[FactCategory[], RegExp]> = [
  [
    ['rating'],
    /\b(rat(ed|ing|ings)|grades?|graded|judge(d|ment|ments)?|judgement|inadequate|outstanding|requires improvement|good|adequate|score)\b/i,
  ],
  [
    ['timeline', 'inspection'],
    /\b(when|dates?|dated|timeline|how long|since|until|deadline|published|publication)\b/i,
  ],
  [
    ['person', 'inspection'],
    /\b(who|whom|whose|named?|councillors?|cllr|leader|inspectors?|spokes(person|man|woman)|director|chief executive|cabinet member|lead member)\b/i,
  ],
  [
    ['consequence'],
    /\b(happens?|happened|consequences?|fail(s|ed|ing)? to improve|not improve|doesn'?t improve|don'?t improve|trust|commissioner|take ?over|taken over|intervention|direction|council control|improvement board)\b/i,
  ],
];

/**
 * Question openings that fix the kind of answer, whatever the rest mentions: "what happened
 * after the inadequate judgement" asks for consequences, not for the rating it names.
 */
const openings: Array<[FactCategory[], RegExp]> = [
  [
    ['consequence', 'timeline'],
    /^\s*what (happened|happens|will happen|would happen|could happen)\b/i,
  ],
  [['timeline', 'inspection'], /^\s*(when|how long|what date|on what date)\b/i],
  [['person', 'inspection'], /^\s*(who|whom|whose)\b/i],
];

/** Whether a question asks what someone said or did ("what did Jo Negrini say …"). */
export function asksWhatWasSaid(question: string): boolean {
  return /\b(say|said|says|saying|comment(s|ed)?|respond(ed)?|response|react(ed|ion)?|statement|apologi[sz]ed?|memo|claim(ed)?|call(ed)?)\b/i.test(
    question,
  );
}

/**
 * The kinds of curated fact a question asks for, from its wording: ratings, dates, people or
 * consequences (the four things users ask most). Empty for a plain topic question.
 */
export function questionIntent(question: string): Set<FactCategory> {
  const opening = openings.find(([, pattern]) => pattern.test(question));
  if (opening) return new Set(opening[0]);
  const wanted = new Set<FactCategory>();
  for (const [categories, pattern] of intents) {
    if (pattern.test(question)) for (const category of categories) wanted.add(category);
  }
  return wanted;
}
