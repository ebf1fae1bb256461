import { judgementArea } from '../answer/judgement-area.ts';
import { withStandardSpellings } from '../text/chat-spellings.ts';
import type { AnswerKind, InspectionRef, OverallGrade, QuestionQuery } from './question-query.ts';
import { questionScope } from './question-scope.ts';

/** "What was the director of children's services actually called": a role's holder by name. */
const roleCalled =
  /\bwhat (is|was) (the |their |its |[a-z]+'s )([\w']+ ){0,4}(director|dcs|inspector|councillor|chief exec\w*|ceo|chair|leader|head|manager|officer|member)( of (children'?s )?(services|social care|service))? (actually |really )?called\b/;

/** "Who's better for care leavers …" compares; it asks for no person. */
const notWhoIsBetter = String.raw`(?![^?.!]{0,30}\b(better|worse)\b)`;

/**
 * How questions open, and the kind of answer each opening asks for, first match wins. The
 * opening fixes the answer type whatever else the question mentions ("when was the
 * inadequate judgement published?" asks for a date, not a grade).
 */
const openings: ReadonlyArray<[AnswerKind, RegExp]> = [
  ['span', /\bhow long\b|\bhow many (days|weeks|months|years)\b/],
  [
    'number',
    /(?<!\b(?:does|do|did) (?!(?:you|u|anyone|anybody|someone|somebody)\b)(?:\w+ ){1,3}(?:even |actually |really )?(?:know|check|track|record|count) )\bhow (?:many|much)\b|\bwhat (number|percentage|proportion)\b|\bwhat ?(%|per ?cent\b)|\bwhat(?:['’]?s| is| was| are| were) the (?:(?!(?:of|for|on|in)\b)[\w'’-]+ ){0,3}(?:number|percentage|proportion|(?<!ofsted |inspection |overall )rate)s?\b(?! one\b)|(?<!such )\bas an? (?:(?:percentage|proportion|figure|number)\b(?! of\b)|%|per ?cent\b)|^\s*(?:the |an? )?(?:actual |exact |total )?(?:number|figure)s? (?:of|for)\b|(?:^|\s)%[\s?!.]*$|\bwhat(?:['’]?s| is| was) the (?:actual |exact |real )?(?:figure|total)\b|\b(?:an? )?(?:actual|exact) (?:number|figure)\b/,
  ],
  // An opening "when" clause followed by the question ("when ofsted found …, what happened
  // next") sets the scene; "when did …" asks for a date.
  [
    'date',
    /^\s*(?!when (?!(?:was|were|did|is|are|does|do|will|has|have|had)\b)[^?,]+,\s*(?!(?:what|which) (?:date|month|year|day|time)\b)(?:what|how|who|which|why|did|does|do|is|are|was|were|has|have|can|could|would|will)\b)(when|what date|on what date|(?:what|which) (?:day|month|year))\b|\bwhen (was|were|did|is)\b/,
  ],
  [
    'person',
    new RegExp(
      `^\\s*(who|whom|whose)\\b${notWhoIsBetter}|\\b(name of|who (was|is|led|leads)\\b${notWhoIsBetter}|which (councillor|inspector|director|officer))\\b|\\blead inspector\\b|${roleCalled.source}`,
    ),
  ],
  [
    'strengths',
    /\b((good|best|great|excellent|strong) at|(do|does|did|doing|done) (well|right)|strengths?|strong(est)? areas?|what works|(was|were|is|are|been) (going|working) well|(what|which) (\w+ ){0,2}(is|are|was|were) (actually |really )?working(?= well\b|\s*[?.!,]|\s*$)|best (bit|part)s?|best (\w+ )?(services?|things?|work|practice)|(stand|stands|stood) out|standout|good practice|positives?|good news|anything (actually |really |at all |else |that )?(good|nice|positive)|anything\b[^?.!]{0,25}\bany good|say anything (good|nice|positive)|prais(e|ed|es|ing))\b/,
  ],
  [
    'improvements',
    /\b(needs? to improve|(has|have|had) to improve|to get better|areas? (for|of) (development|improvement)|recommend(s|ed|ations?)?|(needs?|to) (fix|sort(ing)?( out)?|work on)|needs sorting|weak(ness|nesses)?|what (still )?(needs|must|should) (to )?(change|improve)|tell \w+( \w+)? to (improve|do|fix)|(told|asked) to (improve|fix|sort|work on|change)|(?<!done )to put right|(left|still) to (improve|fix|sort|work on)|anything to improve|room for improvement|(had|has|have|needs?|needed) to do better|could (do|be) better)\b/,
  ],
  [
    'comparison',
    /\b(compar(e|ed|ison)|(better|worse|more|less|fewer|quicker|faster|slower|higher|lower|stronger|weaker)( off)?\b[^?.!]*?\bthan\b(?! (\d|half|a (third|quarter)|good|outstanding|inadequate|requires|(the )?(national|england|average|expected)))|(the )?same as|chang(e|ed|es)|improved since|(any|got|get|getting) (better|worse)|better in|(better|worse|improved?) (now|these days|today|by (then|the next|(19|20)\d\d))|(is|are) (it|they|things) (any )?(better|worse)|(did|has|have) (it|that|this|they|things) (slip(ped)?|improved?)|(gone|going|go|went|got) (down ?hill|backwards)|since (the )?(last|previous)|between (the )?(19|20)\d\d and|from (19|20)\d\d to (19|20)\d\d|(go|goes|gone|going|went) (up or down|up|down)\b(?! well\b)(?! (to|by|the|a|an) (?!(a )?grade|inadequate|requires|good|outstanding))|up or down|over time|any different|how different|differences? between|(went|gone|moved|jumped|go) from (inadequate|requires improvement|good|outstanding) to|vs|versus|who(?:'s| is| was)?(?: \w+){0,2} (better|worse)|(better|worse) (for|at) [^?.!]{1,40}\b(or|vs|v)\b)\b/,
  ],
  [
    'consequence',
    // "What happens" asks for consequences when it is about failing ("what happens if they
    // don't improve"), not when it asks how a service works ("what happens when a child goes missing").
    // One word may stand between ("what actually happens", "what really happened").
    /\b(what ([a-z]+ )?(happens|happened|will happen|would happen|could happen)\b.*\b(fail\w*|inadequate|improve\w*|not good|bad (report|inspection|rating)|rated|judged|after (the )?((19|20)\d\d )?(report|inspection|judgement|ofsted))|consequences?|fail(s|ed|ing)? to improve|what did (the |their |its )?(council|trust|local authority|leaders|they) (actually |really )?do (after|about (it|that|this|them|the (report|inspection|findings?|judgement|rating)))\b|what (was|were|is|are|has|have) (the |their |its )?(council|trust|local authority|leaders|they) (been )?(actually |really )?doing about (it|that|this|them)\b|(did|have|has) (the |their |its )?(council|trust|local authority|leaders|they|[a-z]+) (actually |really |even )?act(ed)? on (what|the) (ofsted|inspectors?|report|recommendations?|findings?)|did (the |their |its )?(council|trust|local authority|leaders|they) (actually |really |even )?do anything(?= about (it|that|this)\b|\s*[?.!,]|\s*$)|commissioners?|taken over|take ?over|(government|dfe|ministerial|statutory) intervention|intervention notice|under intervention|(given|handed( over)?|moved|transferred|passed) to (a|an|an independent) (\w+ )?trust|(set|setting) up (a|an|an independent) (\w+ )?trust|(a|an|the) trust (was |were |being )?(set up|created|formed|brought in)|(get|gets|getting|end up with|ends up with) (a|an) (\w+ )?trust|what is a (children'?s )?trust)\b/,
  ],
  [
    'grade',
    /\b(rat(e|es|ed|ing|ings)|grades?|graded|judged?|judge?ments?|score(d)?|(ofsted|inspection) (results?|outcomes?)|verdict|(results?|outcomes?|verdict) of (the |their |its |[a-z]+'s )?(last |latest |newest |most recent |recent )?(ofsted|inspection)|how did .+ (do|come out|fare)|what did .+ get\b|get for\b|how (good|bad) (is|was|are|were)\b(?![^?.!]{0,40}\b(team|teams|hub|unit|front door|mash|support|offer|provision|practice|workers|carers|advisers|plans|assessments|supervision|at \w+ing)\b))\b/,
  ],
];

/** Speaking of grades by name, whatever is asked: "the rate of re-referrals" or "judged to be" does not. */
const gradeTalk = /\b(grades?|graded|judgements?|ratings?|rated|verdict)\b/;
/**
 * "In the 2022 Somerset Ofsted", "from the 2022 report", or what a year's visit found ("what
 * did ofsted find on their focused visit … in jan 2022"): a year's report named as the source.
 */
const yearsReport =
  /\b(?:in|from|of|at|by) (?:the |their |its )?((?:19|20)\d\d)(?:'s)? (?:[a-z]+ )?(?:ofsted|inspection|report|ilacs)\b|\bwhat did (?:ofsted|inspectors|they) (?:find|say)\b[^?.!]{0,40}\b(?:visit|inspection)(?: to [a-z]+(?: [a-z]+)?)? in (?:[a-z]+ )?((?:19|20)\d\d)\b/;
/** The grades and the judgements' own name, spoken of in a question that asks for neither. */
const gradeNames =
  /\b(inadequate|outstanding|requires? improvement|good or bad|experiences and progress)\b/;
/** Grade words: a yes/no question with one of them asks for a grade ("Is Lambeth inadequate?"). */
const gradeWords = /\b(inadequate|outstanding|requires? improvement|good|failing|failed)\b/;
/** Answer kinds whose cue words say only what kind of answer is wanted, never the topic. */
const cueOnly = new Set<AnswerKind>(['span', 'strengths', 'improvements', 'comparison']);

/**
 * Who said it: every answer is quoted from the reports, so "according to Ofsted", "did the
 * inspectors say" or "in the report" names the source, never what the question is about.
 */
const sourceAttribution =
  /\b(?:according to|did|does|do|in|from)\s+(?:the\s+)?(?:ofsted|inspectors?|inspections?|reports?)(?:\s+(?:say|said|says|tell|told|find|found|think))?\b/gi;

/**
 * The words that name the bot's whole subject (a council's children's services, their grades,
 * the report): every question is about them, so a list asked for ("what are they good at?") is
 * not narrowed by them ("Durham got outstanding, what are they best at?" asks for all strengths).
 */
const subjectWords =
  /\b(?:children'?s services|(?:children'?s )?social (?:care|services)|council|local authority|ofsted|inspections?|reports?|inadequate|fail(?:ed|ing|s)?|outstanding|requires? improvement(?: to be good)?|good|rated|judged|graded)\b/gi;

/**
 * The words a comparison is framed in ("did X get better since 2017", "is X still an issue"):
 * they say a change is asked about, never what changed, so they are not its topic.
 */
const comparisonWords =
  /\b(compar(e|ed|es|ing|ison)|better|worse|off|than|same( old)?|up|down|vs|versus|chang(e|ed|es|ing)|improv(e|ed|es|ing|ement)|slipp?(ed|s)?|declin(e|ed)|deteriorat(e|ed)|since|between|over time|different|still|now|these days|today|get|gets|got|getting|used to|issue|problem|down ?hill|backwards)\b/gi;

/**
 * The words that say which inspection is meant (inspectionRef reads them): they chose the
 * inspection, so they are not what the question is about ("foster carers in the first one", "since the 2015
 * inspection").
 */
const inspectionWords =
  /\b(?:(?:the|its|their)\s+)?(?:(?:first|earliest|original|previous|prior|latest|most recent|last)(?:\s+(?:one|inspection|report|time))?|(?:19|20)\d\d\s+(?:one|inspection|report))\b|\bthe one before\b/gi;

const polarOpening = /^\s*(is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b/;
/**
 * A question about what could happen, not what did: a happening under a condition or a modal
 * ("what happens if they don't improve", "what would happen", "what happens when a council
 * fails"), or a modal of possibility before losing the service ("could it be taken over", "can
 * they lose it"). The mood is read where the question speaks of happening or losing, not from
 * any "would" or "if" elsewhere ("I would like to know what happened", "would children trust
 * their social workers"), and "happened" always speaks of the past.
 */
const hypotheticalPattern =
  /\b(would|could|might|will) happen\b|\bhappens? (to [\w' ]{1,30}? )?(if|when|unless)\b|\bwhat if\b|\b(could|would|might|can)\b(?! you\b)[^?.!]{0,40}?\b(lose|be taken|taken (over|off|away)|be removed|removed from|be run by|run by|be handed|handed (over|to)|take (it )?over|be put under)\b/;
const pastHappening = /\bhappened\b/;
const sharePattern = /%|\bper ?cent|\bpercentage|\bproportion|\bshare\b/;
const notGradePattern =
  /\b(?:not|n'?t|isn'?t|wasn'?t|weren'?t|aren'?t) (?:rated |judged |graded |as )?(good|outstanding)\b|\b(below good|less than good|worst|weakest|fell short)\b/;
/**
 * Asking for a name outright, not "did the report name …": "what's the name of", "what was the
 * director called", who holds a role ("who was the director of children's services", "who is
 * the chief exec", "who chairs the board") or which one of a kind of official ("which
 * councillor"), which only a name answers.
 */
const namePattern = new RegExp(
  `${/\b(what(?:'?s| is| was| were| are)|give( me)?|tell me|know) (the |their |his |her |its )?names?\b|\bnames? of\b|\bwho(?:'s| is| was) (the|their|its|[a-z]+'s) ([\w']+ ){0,3}(director|dcs|chief exec\w*|ceo|chair|head|lead member|leader|mayor)\b|\bwhich (councillor|inspector|mp)\b|\bwho (chairs|chaired)\b/.source}|${roleCalled.source}`,
);
const everyAreaPattern =
  /\b(across the board|in (all|every) (areas?|respects?|judgements?)|all (the |of the |its |their )?(areas|judgements|grades|parts|services)|every (area|judgement|grade|part|service))\b/;
/**
 * The same words, to leave out of a topic: "inadequate across the board, but was anything
 * good?" asks for every strength, not for those on a board.
 */
const everyAreaWords = new RegExp(everyAreaPattern.source, 'gi');
/**
 * "Did the report say", "according to the inspectors", "the 2022 sandwell report says": a
 * source named with what it said.
 */
const saidBy =
  /\b(?:according to (?:the\s+)?(?:ofsted|inspectors?|reports?)|(?:did|does|do)\s+(?:the\s+)?(?:ofsted|inspectors?|reports?)\s+(?:say|said|says|tell|told|find|found|think)|(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:[a-z]+\s+)?(?:ofsted|inspectors?|report)\s+(?:says|said|found|finds|mentions|mentioned|flagged|picked up(?: on)?|noticed|spotted|identified|highlighted|raised))\b/g;
const inspectionPattern =
  /\b(ofste?a?d|inspect(ion|ions|ed|ors?|orate)?|(monitoring )?visits?|visited|report|published|publish|came out|come out|go into|went into|come in|came in|rated|judged|graded)\b/;
const yearPattern = /\b(19[5-9]\d|20\d\d)\b/;
/**
 * The time from one inspection to the next: "between inspections", "since it was last inspected",
 * "from 2018 to the end of 2022", "how long was the gap".
 */
const betweenInspections =
  /\bbetween\b[^?.]{0,40}\b(?:inspections|ofsteds)\b|\b(?:how long|how many (?:years|months)|gap)\b[^?.]{0,30}\bsince\b[^?.]{0,30}\b(?:last|previous|prior)\b[^?.]{0,10}\b(?:inspect\w*|ofsted|one)\b|\bsince\b[^?.]{0,30}\b(?:last|previously) inspected\b|\bsince ofsted last\b|\bfrom (?:19|20)\d\d to (?:the )?(?:(?:end|start|beginning|middle) of )?(?:19|20)\d\d\b|\bhow long (?:was|is) the gap\b(?! (?:in|for|between (?!(?:the )?(?:inspections|ofsteds))))/;
/**
 * The thing "how many" counts runs to the first word that starts the rest of the question: an
 * auxiliary or a common verb ("did Kent employ", "came into care", "left"), a preposition ("in
 * care"), a determiner ("last year") or the end. None of them names what is counted.
 */
const countedPhrase = String.raw`([\p{L}' -]+?)(?=\s+(?:did|do|does|are|were|is|was|have|has|had|will|would|can|could|get|got|went|go|came|come|left|leave|live|lived|stay|stayed|there|in|into|at|on|for|with|from|by|of|to|under|over|per|who|that|which|last|this|each|every|a|an|the)\b|\s*[?,.!]|\s*$)`;
const countedPattern = new RegExp(String.raw`\bhow many ${countedPhrase}`, 'u');
/** "The number of children on CP plans" counts as "how many children on CP plans" does. */
const numberOfPattern = new RegExp(
  String.raw`\b(?:number|numbers|total|figure) of (?!(?:the|a|an|times)\b)${countedPhrase}`,
  'u',
);

/**
 * Analyses a question into a typed query: what it asks for, which inspection, which judgement
 * area, and whether it is in scope at all. One module owns this reading; search and answers
 * consume the result.
 */
export function analyseQuestion(typed: string): QuestionQuery {
  const text = withStandardSpellings(typed);
  const lower = foldQuestion(text);
  const polar = polarOpening.test(lower);
  const found = openings
    .map(([kind, pattern]) => ({ kind, match: pattern.exec(lower) }))
    .find((candidate) => candidate.match !== null);
  const opening = found?.kind;
  const notGrade = notGradeOf(lower);
  // "Which part wasn't outstanding?" and "Is it inadequate?" ask for grades without saying "rated".
  const fallback = (polar && gradeWords.test(lower)) || notGrade ? 'grade' : 'finding';
  // A finding asked of two times ("it was weak in 2017, what did the 2020 report say about
  // that?", "is it still like in the 2016 inspection?") asks how it changed between them.
  const asks =
    opening ?? (fallback === 'finding' && speaksOfTwoTimes(lower) ? 'comparison' : fallback);
  // The cue is cut out by position: folding quotes keeps the lower-cased text aligned.
  const cue = found?.match;
  const framed =
    cue && cueOnly.has(found.kind)
      ? `${text.slice(0, cue.index)} ${text.slice(cue.index + cue[0].length)}`
      : asks === 'comparison'
        ? text
        : undefined;
  const topic =
    framed === undefined
      ? text
      : framed
          .replace(sourceAttribution, ' ')
          .replace(inspectionWords, ' ')
          .replace(everyAreaWords, ' ')
          .replace(subjectWords, ' ')
          .replace(asks === 'comparison' ? comparisonWords : /(?!)/, ' ')
          .replace(/\s+/g, ' ')
          .trim();
  const area = judgementArea(lower);
  return {
    text,
    asks,
    polar,
    hypothetical: hypotheticalPattern.test(lower) && !pastHappening.test(lower),
    notGrade,
    inspection: inspectionRef(lower),
    wantsName: namePattern.test(lower),
    wantsShare: sharePattern.test(lower),
    counted: countedOf(lower),
    topic,
    area: area === lower ? undefined : area,
    everyArea: everyAreaPattern.test(lower),
    aboutGrades: gradeTalk.test(lower),
    namesGrade: gradeNames.test(lower),
    reportYear: reportYearOf(lower),
    weighsUp: /\b(better|worse|best|worst)\b/.test(lower),
    asksMonth: /\b(what|which|exact) (month|date|day)\b/.test(lower),
    gradeChange: gradeChangeOf(lower),
    // Who said it is no sign of the inspection: "when did the report say the front door started?"
    aboutInspection: inspectionPattern.test(lower.replace(saidBy, ' ')),
    betweenInspections: betweenInspections.test(lower),
    scope: scopeAsTypedOrRead(typed, text),
  };
}

/**
 * Whether the question is in scope, read as written out ("wot is his name" asks a name) and as
 * typed: a request about a specific child in either reading is one.
 */
function scopeAsTypedOrRead(typed: string, read: string): QuestionQuery['scope'] {
  const asRead = questionScope(foldQuestion(read), read);
  if (asRead.kind === 'safeguarding' || typed === read) return asRead;
  const asTyped = questionScope(foldQuestion(typed), typed);
  return asTyped.kind === 'safeguarding' ? asTyped : asRead;
}

/**
 * "The inadequate report", "croydon's failed ofsted inspection", "the year it was failed": an
 * inspection named by its overall grade, in the reports' word or people's ("failed", "the bad
 * report", "the damning one"). "Good" is left out: "the good news in the report" names no
 * inspection.
 */
const gradedInspection =
  /\b(?:the|its|their|[a-z]+'s) (?:[a-z]+ ){0,2}?(inadequate|outstanding|requires improvement|failed|failing|bad|damning)(?: [a-z]+)? (?:report|inspection|one|judgement|rating|verdict)\b|\bthe (?:year|time) (?:it|they|[a-z]+) (?:was|were|got) (?:(?:rated|judged|found) )?(?:to be )?(inadequate|outstanding|failed)\b|^\s*(?:when|which year|what year|what month)\b[^?.!]*\b(?:get|got|was|were|been) (?:rated|judged|graded|found) (?:to be )?(inadequate|outstanding)\b/;
/** People's words for an overall grade, and the grade in Ofsted's words. */
const overallGrades: Record<string, OverallGrade> = {
  inadequate: 'inadequate',
  failed: 'inadequate',
  failing: 'inadequate',
  bad: 'inadequate',
  damning: 'inadequate',
  'require improvement': 'requires improvement',
  'requires improvement': 'requires improvement',
  good: 'good',
  outstanding: 'outstanding',
};

/**
 * A question as it is read: lower case, curly quotes straight. Offsets are kept, so words found
 * in it (the `words` of a graded inspection reference) can be found in the text again.
 */
export function foldQuestion(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/**
 * Two times a question sets against each other: two different years ("in 2017 … by 2020"), or
 * now against a year it was like ("is it still like in the 2016 inspection?"). A year with
 * "still" alone is the one time asked about ("was turnover still an issue in 2024?").
 */
function speaksOfTwoTimes(lower: string): boolean {
  const years = new Set(lower.match(new RegExp(yearPattern.source, 'g')) ?? []);
  return (
    years.size > 1 ||
    /\b(still|now|any ?more)\b[^?.!]*\b(like|as) (it was |they were |they did )?in (the )?(19|20)\d\d\b/.test(
      lower,
    )
  );
}

/** The inspection a question refers to, by year or relatively ("the latest", "the one after 2017"). */
export function inspectionRef(lower: string): InspectionRef {
  const after = /\b(after|since|following)\s+(?:the\s+)?(19[5-9]\d|20\d\d)\b/.exec(lower);
  if (after) return { kind: 'after', year: Number(after[2]) };
  const before = /\b(before|prior to|preceding)\s+(?:the\s+)?(19[5-9]\d|20\d\d)\b/.exec(lower);
  if (before) return { kind: 'before', year: Number(before[2]) };
  const year = yearPattern.exec(lower);
  if (year) return { kind: 'year', year: Number(year[1]) };
  const graded = gradedInspection.exec(lower);
  const word = graded?.[1] ?? graded?.[2] ?? graded?.[3];
  const grade = word ? overallGrades[word] : undefined;
  if (graded && grade) return { kind: 'graded', grade, words: graded[0] };
  if (/\b(first|earliest|original)\b/.test(lower)) return { kind: 'first' };
  // "Better than last time", "worse off last time" set it against now: the one before. "What did
  // they get last time ofsted came round" means the latest.
  if (
    /\b(previous|the one before|prior)\b/.test(lower) ||
    (/\blast time\b/.test(lower) &&
      /\b(than|since|vs|versus|compared?|better|worse|improved?|off)\b/.test(lower))
  ) {
    return { kind: 'previous' };
  }
  if (/\b(latest|current(ly)?|now|most recent|recent|last|today|still)\b/.test(lower)) {
    return { kind: 'latest' };
  }
  return { kind: 'any' };
}

/**
 * What "how many" counts. "How many times" asks how often something happened, so it counts no
 * thing of its own: "seven monitoring visits" answers "how many times did ofsted come back".
 */
function countedOf(lower: string): string | undefined {
  const counted = (countedPattern.exec(lower) ?? numberOfPattern.exec(lower))?.[1]?.trim();
  return counted && !/^(times|occasions)$/.test(counted) ? counted : undefined;
}

/** "From inadequate to good", "from failing to outstanding": the grades of a change. */
const gradeChangePattern =
  /\bfrom (inadequate|failing|failed|requires? improvement|good|outstanding) to (inadequate|requires? improvement|good|outstanding)\b/;
function gradeChangeOf(lower: string): QuestionQuery['gradeChange'] {
  const match = gradeChangePattern.exec(lower);
  const from = match?.[1] ? overallGrades[match[1]] : undefined;
  const to = match?.[2] ? overallGrades[match[2]] : undefined;
  return from && to && from !== to ? { from, to } : undefined;
}

/** Which grades a "which judgement was not …" question leaves out. */
function notGradeOf(lower: string): QuestionQuery['notGrade'] {
  const match = notGradePattern.exec(lower);
  if (!match) return undefined;
  return match[1] === 'outstanding' ? 'outstanding' : 'good';
}

/** The year of the report a question takes its findings from, if it names one. */
function reportYearOf(lower: string): number | undefined {
  const match = yearsReport.exec(lower);
  return Number(match?.[1] ?? match?.[2]) || undefined;
}
