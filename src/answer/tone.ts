/** Whether a question wants praise (strengths) or criticism (what needs to improve). */
export type Tone = 'praise' | 'criticism';

/**
 * The words inspectors judge with. Reports praise and criticise in a small, stable vocabulary
 * ("a strength", "effective", "too long", "not consistently"), so counting it tells a strength
 * from a weakness on the same topic in any council's report.
 */
const toneWords: Record<Tone, RegExp> = {
  praise:
    /\b(strengths?|strong(ly)?|effective(ly)?|good|well|excellent|exceptional|outstanding|high[- ]quality|skilled|committed|benefit(s|ed)?|enjoy|valued|positive|improved|timely|thorough|creative|compassionate|sensitive|robust|impressive)\b/gi,
  criticism:
    /\b(weak(ness|nesses)?|not (always|consistently|yet|enough|sufficiently)|insufficient(ly)?|inconsistent(ly)?|too (long|slow|many|few|high|low)|delay(s|ed)?|poor|inadequate|lack(s|ing)?|variable|gaps?|limited|fail(s|ed|ing)?|concerns?|drift|ineffective)\b/gi,
};
/** Each tone word adds this much, up to `maxToneWords` of them (swept on dev with the eval). */
const perToneWord = 0.25;
const maxToneWords = 3;

/** How much a passage's tone matches the tone wanted: 1 for none of its words, up to 1.75. */
export function toneWeight(text: string, tone: Tone): number {
  const count = text.match(toneWords[tone])?.length ?? 0;
  return 1 + perToneWord * Math.min(count, maxToneWords);
}
