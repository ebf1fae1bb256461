/**
 * The words inspectors judge practice with. Ofsted's grade descriptors and reports praise
 * practice as effective, strong, good, timely, skilled or improved; they criticise it with a
 * negation, a shortfall or a contrast ("not", "too few", "insufficient", "however"). A sentence
 * of a summary that praises and does not criticise is a strength as the report states it.
 * "Improve" and "strengthen" count only as done ("improved"): "the need to improve" and "an
 * improvement board" say what is still to do. These are the evaluative vocabulary of the
 * reports, not words of any question.
 */
const praise =
  /\b(good|better|best|strong(ly|er|est)?|strengths?|strengthened|effective(ly)?|well|improved|high[- ]quality|timely|skil(l|led|ful|fully)|committed|robust|positive(ly)?|excellent|outstanding|impressive(ly)?|benefit(s|ed|ing)?|success(ful|fully)?|thorough(ly)?|valued?|creative(ly)?|comprehensive(ly)?|swift(ly)?|prompt(ly)?|stable|ambitious|enjoy(s|ed)?|innovative|exceptional(ly)?|highly|purposeful(ly)?|sensitive(ly)?|tenacious|knowledgeable|caring|warm|confident(ly)?|clear(ly)?|sound)\b/i;

const criticism =
  /\b(not|no|n[o']t|never|nor|none|neither|without|too|insufficient(ly)?|lacks?|lacking|poor(ly|er)?|weak(er|ness|nesses)?|inadequate(ly)?|inconsistent(ly)?|inconsistency|variable|variability|vari(ed|es) in|delays?|delayed|drift|fail(s|ed|ing|ings|ure|ures)?|however|although|though|but|despite|yet|whil(e|st)|concerns?|concerning|deteriorat\w*|declin(e|ed|ing)|requires? improvement|unsafe|limited|slow(ly|ed|s)?|gaps?|shortfalls?|only|some|uneven|remains? (a|an)|challeng(e|es|ing)|ineffective(ly)?|unclear|overly|lapses?|should|could be (?:further |more )?(?:improved|strengthened|better)|more to do|needs? (?:to|better|more|further)|(?:improvements?|work|action|progress) (?:is|are) (?:still )?(?:needed|required)|(?:still|further) (?:needed|required))\b/i;

/**
 * A grade given at an inspection ("the local authority was judged to be good", "two were judged
 * good or outstanding at their most recent Ofsted inspection", "one is outstanding, four are
 * good" of children's homes), or the key to the grades ("Outstanding (Grade 1) A service that
 * significantly exceeds minimum requirements"): a record of a judgement, not practice praised.
 * The grades answer for it.
 */
const gradeRecord =
  /\b(?:was|were|is|are|been) judged (?:to be )?(?:good|outstanding)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|all|both|most) (?:is|are|was|were) (?:rated |judged )?(?:good|outstanding)\b|\(grade \d\)/i;

/** Whether a sentence praises practice and says nothing against it. */
export function praisesPractice(sentence: string): boolean {
  const words = sentence.replace(/[’‘]/g, "'");
  return praise.test(words) && !criticism.test(words) && !gradeRecord.test(words);
}

/**
 * Inspectors name a strength outright: "… is a real strength", "an area of exceptional
 * practice". Such a sentence is a strength wherever it stands in the report. 334 of the 493
 * national reports have at least one (801 in all), most outside their summary sections.
 */
const namedStrength =
  /\b(an? (clear |particular |real |notable |significant |key |considerable |major |exceptional |excellent |great )?strength(?!s?-)|(is|are) (a )?strengths?(?!-)\b|(areas?|examples?) of (excellent|exceptional|strong|outstanding|very good|highly effective) practice|(exceptional|excellent|outstanding) practice)/i;

/** Whether a sentence names something a strength and says nothing against it. */
export function namesAStrength(sentence: string): boolean {
  const words = sentence.replace(/[’‘]/g, "'");
  return namedStrength.test(words) && !criticism.test(words);
}

/**
 * The praise inspectors keep for the best practice ("impressive", "exceptional", "particularly
 * strong", "shine through"), above the plain "good" or "effective" of most summary sentences.
 */
const highPraise =
  /\b(impressive(ly)?|exceptional(ly)?|excellent|outstanding|highly (effective|skilled|valued)|particularly (strong|effective|good|well)|shines?|shone|very (good|strong|effective))\b/i;

/** Whether a sentence gives practice the inspectors' highest praise. */
export function praisesHighly(sentence: string): boolean {
  return highPraise.test(sentence);
}
