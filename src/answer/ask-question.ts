import { inspectionSortKey } from '../knowledge/inspection-order.ts';
import { analyseQuestion, foldQuestion } from '../question/analyse-question.ts';
import {
  asksAboutFuture,
  datesTheFuture,
  namesMoreThanTheFuture,
} from '../question/asks-about-future.ts';
import { asksForMoney } from '../question/asks-for-money.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchSettings } from '../search/search-settings.ts';
import { namesSectorTerm } from '../search/sector-terms.ts';
import { extractTimeHints, resolveYearsBefore } from '../search/time-hints.ts';
import { unknownWordShare } from '../search/unknown-words.ts';
import type { Answer, CitedResult } from './answer.ts';
import { chooseInspectionsFor, inspectionYear } from './choose-inspections.ts';
import { citeFact } from './cite-fact.ts';
import { countedWord } from './counted-word.ts';
import { countsTheAskedThing, standsNearMatches } from './counts-the-asked-thing.ts';
import { findFindings } from './find-findings.ts';
import { holdsAskedType } from './holds-asked-type.ts';
import { judgementAreas } from './judgement-area.ts';
import { inspectionsInOrder } from './list-ratings.ts';
import { namedYearDocuments } from './named-years.ts';
import { personNamer, personSpanner } from './names-a-person.ts';
import { namesCountedKind } from './names-counted-kind.ts';
import { notFound } from './not-found.ts';
import { asksWhatWasSaid, questionIntent } from './question-intent.ts';
import { putQuotedSourcesFirst } from './quoted-sources.ts';
import {
  adviceFactWeight,
  diversify,
  kindWeight,
  rankPassages,
  withoutSourceNames,
} from './search-passages.ts';
import { statesActionTaken } from './states-action-taken.ts';
import { absentFromFacts, structuredAnswers } from './structured-answers.ts';
import { unheldInspection } from './unheld-inspection.ts';
import { councilNameWords, withoutCouncilName } from './without-council-name.ts';

/**
 * Above this share of unknown content words a question is about something else. Swept on the
 * dev split (page one / refused): 0.3 → 77.5% / 85.0%, 0.4 → 77.9% / 83.3%, 0.5 and 0.6 →
 * 77.9% / 81.7%.
 */
export const unknownShareLimit = 0.4;
/** How many results a free question gets. */
export const askLimit = 8;
/**
 * How many words may stand between a count and the question's words it counts. Swept on the dev
 * split (page one / refused): 0 → 80.4% / 92.5%, 1–4 → 80.4% / 91.7%, 6 → 80.9% / 91.7%, 10 →
 * 80.9% / 90.8%, no limit → 80.9% / 90.0% ("care leavers at the time of the inspection (705)"
 * needs 5).
 */
export const countReach = 6;
/**
 * How many words may stand between a name and the question's words about whom it names: the
 * count's reach. Swept on dev: 0–10 → 84.8% / 94.2%, 20 or none → 84.8% / 93.3%; no answerable
 * dev question asks for a name outright, so its cost to answers is not measured there.
 */
export const nameReach = countReach;
/**
 * How close to the best passage's score one telling of action taken must be to go first for
 * "what did the council do about it". Swept on dev: 0 and 0.25 alike, 0.5 loses Norfolk's
 * "leaders acted on inspectors' feedback", which scores below half the best; above 0 a weak
 * passage ("acted quickly to stop bullying") cannot take the topic's place.
 */
const actionScoreShare = 0.25;
/** Curated facts of the kind a question asks for ("who", "when", "rated") count this much more. */
const intentBoost = 1.5;
/** Among equally good rating facts, the overall judgement answers "how was it rated?". */
const headlineBoost = 1.2;

/**
 * Answers a free question from both the curated facts and the passages. Each result ranks by
 * how much of the question it covers, then by its score relative to the best of its list, and
 * facts of the kind the question asks for (a rating, a date, a person) are preferred.
 */
export function askQuestion(
  index: KnowledgeIndex,
  asked: string,
  query: QuestionQuery = analyseQuestion(asked),
): Answer {
  const title = `“${asked}”`;
  // What the question asks for, read from the reports' structure, comes first.
  // The reports' dates are past events: they do not say when the next one will be.
  const future = query.asks === 'date' && asksAboutFuture(asked);
  const structured = future ? [] : structuredAnswers(index, query);
  const absent = absentFromFacts(index, query);
  if (absent) return { ...notFound(index, 'ask', asked, title), suggestions: [], notice: absent };
  // An inspection or year the sources do not hold is not answered with other years' passages.
  const unheld = unheldInspection(index, query);
  if (unheld?.refuse) {
    return { ...notFound(index, 'ask', asked, title), suggestions: [], notice: unheld.notice };
  }
  const speaksOfYear = (text: string) => !unheld?.year || text.includes(String(unheld.year));
  if (structured.length === 0 && (!index.onTopic(asked) || mostlyUnknown(index, asked))) {
    return offTopic(index, asked, title);
  }
  // "How long" says what kind of answer is wanted: "long-term placements" do not answer it.
  // "The inadequate report" chose the inspection (referencedYears); its grade is no topic.
  const ref = query.inspection;
  const question = resolveYearsBefore(
    withoutWords(
      query.asks === 'span' ? query.topic : asked,
      ref.kind === 'graded' ? ref.words : '',
    ),
    inspectionYears(index),
  );
  const intent = questionIntent(question);
  const saying = asksWhatWasSaid(question);
  // A change in grades is answered from the grades; a change on a topic, like /finding.
  const topic = structured.length === 0 ? changeTopic(question) : undefined;
  if (topic) {
    const findings = findFindings(index, topic);
    if (findings.answered) return { ...findings, command: 'ask', query: asked, title };
  }
  const nameWords = councilNameWords(index);
  // "Who was the DCS in 2017", "were they spotting exploitation in 2019": the year dates what is
  // asked about, which the documents' years settle (speaksFor, below). As a search word it
  // matched every fact of that inspection, whose subject names the year: the lead inspector of
  // 2017, the 2019 report's list of what must improve. A date's year is what it asks about.
  const clause = intent.has('person') ? mainClause(question) : question;
  const factQuery =
    query.asks === 'date' || query.asks === 'span' ? clause : withoutTimeWords(clause);
  // A stated strength is a sentence of a passage that is searched already; it is given as a
  // fact only when strengths are asked for (structuredAnswers), so it never counts twice.
  const allFactHits = index.facts
    .search(withoutCouncilName(factQuery, nameWords))
    .filter((hit) => index.factRecordsById.get(hit.id)?.category !== 'strength');
  const bestFact = Math.max(0, ...allFactHits.map((hit) => hit.coverage));
  // A fact of the kind asked for ("who …" and a person) needs only the lower bar: the question's
  // other words often qualify it ("when the 2017 report came out") rather than name it.
  const wanted = (id: string) => {
    const category = index.factRecordsById.get(id)?.category;
    return category !== undefined && intent.has(category);
  };
  // A fact or passage must hold what is asked for (a figure, a name), not just share its words.
  const namesAPerson = personNamer(index);
  const holds = (text: string) =>
    holdsAskedType(query, text, namesAPerson) &&
    speaksOfYear(text) &&
    (!future || datesTheFuture(text));
  // A year the question names limits the facts to its documents, as it does the passages: a
  // director in post in 2016 does not answer who it was "at the time of the 2024 inspection".
  // "The first inspection" and "the previous one" limit them as a year does; a span does not:
  // what happened "after the 2017 report" may be told in a 2017 document.
  const referenced = referencedYears(index, query);
  const { kind } = query.inspection;
  const referred = kind === 'first' || kind === 'previous' ? referenced : [];
  const speaks = namedYearDocuments(
    index,
    question,
    referred.length > 0 ? referred : extractTimeHints(question).years,
    referred.length > 0,
  );
  const speaksFor = (id: string) =>
    !speaks || speaks(index.factRecordsById.get(id)?.source.doc ?? '');
  // The grades that answer a grade question are the structure's choice ("which were not good"
  // leaves the good ones out): no other rating is added by search. A yes/no question keeps them:
  // "was 2016 the first time it was judged inadequate?" is settled by other inspections' grades.
  const gradesChosen = query.asks === 'grade' && !query.polar && structured.length > 0;
  // A finding on a topic is not answered by when the inspection was, who led it or its grades:
  // they match "inspectors" and "2022", and nothing of the topic. A grade named ("did Hull get
  // inadequate for") or a judgement ("care leavers' experiences and progress") asks for grades,
  // and the topic's own area keeps its grade.
  // So is what was done about a finding ("did the council do anything about it").
  const aboutTopic =
    (query.asks === 'finding' || query.asks === 'consequence') &&
    !query.aboutInspection &&
    !query.aboutGrades;
  const inspectionDetail = (id: string) => {
    const record = index.factRecordsById.get(id);
    if (record?.category === 'inspection') return true;
    // "How are care leavers getting on" is answered by the care leavers' grade, among others.
    const ofArea =
      query.area !== undefined && judgementAreas(record?.judgement ?? '').includes(query.area);
    return record?.category === 'rating' && !query.namesGrade && !ofArea;
  };
  const factHits = allFactHits.filter(
    (hit) =>
      !(gradesChosen && index.factRecordsById.get(hit.id)?.category === 'rating') &&
      !(aboutTopic && inspectionDetail(hit.id)) &&
      hit.coverage >= searchSettings.minResultCoverage &&
      speaksFor(hit.id) &&
      holds(index.factRecordsById.get(hit.id)?.source.quote ?? '') &&
      // The facts record what has happened: none dates what is still to come.
      !future &&
      (bestFact >= searchSettings.minCoverage || wanted(hit.id)),
  );
  const topFact = factHits[0]?.score ?? 1;
  // Every fact is ranked, boosts included, before any is cut: a consequence that the question
  // asks for must not lose its place to ratings the question merely mentions.
  const facts = factHits
    .flatMap((hit) => {
      const record = index.factRecordsById.get(hit.id);
      if (!record) return [];
      // A partisan press release's claim must not come before the report it paraphrases.
      const kind = index.knowledgeBase.documentsById.get(record.source.doc)?.meta.kind;
      const boost =
        (kind ? kindWeight(kind) : 1) *
        (intent.has(record.category) ? intentBoost : 1) *
        adviceFactWeight(record.category, query.asks) *
        (record.headline ? headlineBoost : 1) *
        (record.said && saying ? intentBoost : 1);
      return [{ record, hit, rank: rank(hit.coverage, hit.score / topFact) * boost }];
    })
    .sort((a, b) => b.rank - a.rank)
    .slice(0, askLimit)
    .flatMap(({ record, hit, rank: factRank }) => {
      const cited = citeFact(index, record, { score: hit.score });
      return cited ? [{ result: cited, rank: factRank }] : [];
    });

  // "How many …" wants a figure next to the words it counts, not one elsewhere in the excerpt.
  const counts = query.asks === 'number' && !asksForMoney(query.text);
  // "What's the name of the commissioner" wants a name beside "commissioner", not anyone's.
  const named = query.asks === 'person' && query.wantsName;
  const nameSpans = personSpanner(index);
  const isCounted = countedWord(index, query.counted);
  const namesKind = namesCountedKind(index, query.counted);
  // "How many …" is answered by a count, unless it asks for one as a share ("as a %").
  const shares = query.counted === undefined || query.wantsShare;
  // "What did the council do after …" is answered by what was done: a passage's sentence telling
  // of action taken is the one quoted, and such passages come first.
  const response = query.asks === 'consequence' && !query.hypothetical;
  const passages = rankPassages(
    index,
    question,
    referenced,
    response ? statesActionTaken : undefined,
  ).filter(
    ({ result }) =>
      holds(result.excerpt) &&
      (!counts ||
        (countsTheAskedThing(result, countReach, isCounted, shares) &&
          namesKind(result.excerpt))) &&
      // A name is of whom the question asks only beside its words: an excerpt that matched by
      // its heading alone ("Lead inspector: …" under the report's title) names someone else.
      (!named ||
        (result.highlights.length > 0 &&
          standsNearMatches(result, nameSpans(result.excerpt), nameReach))) &&
      (!future || namesMoreThanTheFuture(matchedWords(result))),
  );
  const topPassage = Math.max(0, ...passages.map(({ result }) => result.score)) || 1;
  // A passage telling of action taken comes first if it is a strong match in its own right: a
  // weak one ("acted quickly to stop bullying") does not take the topic's place.
  if (response) {
    const promoted = new Set(
      passages.filter(
        ({ result }) =>
          result.score >= actionScoreShare * topPassage && statesActionTaken(result.excerpt),
      ),
    );
    passages.sort((a, b) => Number(promoted.has(b)) - Number(promoted.has(a)));
  }
  // Passages keep their order (their score already weighs coverage, year and kind; an action
  // taken may go first); the rank only decides where facts slot in between them.
  let ceiling = Number.POSITIVE_INFINITY;
  const passageRanks = passages.map(({ result, coverage }) => {
    ceiling = Math.min(ceiling, rank(coverage, result.score / topPassage));
    return { result, rank: ceiling };
  });
  const ranked = [...facts, ...passageRanks]
    .sort((a, b) => b.rank - a.rank)
    .map((entry) => entry.result);

  if (ranked.length === 0 && structured.length === 0) {
    const refusal = notFound(index, 'ask', asked, title);
    const notice = unheld?.notice ?? (future ? futureNotice(index) : undefined);
    return notice ? { ...refusal, suggestions: [], notice } : refusal;
  }
  const shown = new Set(structured.map((result) => `${result.docId}\0${result.excerpt}`));
  const rest = ranked.filter((result) => !shown.has(`${result.docId}\0${result.excerpt}`));
  return {
    command: 'ask',
    query: asked,
    answered: true,
    title,
    summary: null,
    results: [...structured, ...putQuotedSourcesFirst(index, diversify(rest))].slice(0, askLimit),
    suggestions: [],
    notice: null,
  };
}

const changeWords =
  /\b(chang(e|ed|es|ing)|got (better|worse)|better or worse|compared?|comparison|over time|between (the )?inspections|progress(ed)?|since|any different|improved)\b/gi;
/** "Improved" names a change only as a question about it ("has X improved?"); elsewhere it is a topic word. */
const changeQuestion =
  /\b(how (has|have|did)\b.*\bchang|chang(e|ed|es)\b|(has|have|did)\b.*\b(improved|got (better|worse))|better or worse|compared?|comparison|over time|between (the )?inspections|any different)/i;

/**
 * The topic of a question about change over time ("how has supervision changed since 2017?"),
 * which is best answered like /finding: each inspection's words, oldest first. Undefined for
 * any other question.
 */
export function changeTopic(question: string): string | undefined {
  if (!changeQuestion.test(question)) return undefined;
  const topic = extractTimeHints(question.replace(changeWords, ' '))
    .text.replace(/[?!.]+$/, '')
    .trim();
  return topic.length > 0 ? topic : undefined;
}

/**
 * A "who" question without its time clause: in "who was leader when the 2017 report came out"
 * the clause dates the question; the person is found by "who was leader".
 */
export function mainClause(question: string): string {
  const cut = question.search(/\s(when|while|at the time|after|before|during)\s/i);
  return cut > 0 ? question.slice(0, cut) : question;
}

/** The years the knowledge base has inspections for, from the curated facts. */
function inspectionYears(index: KnowledgeIndex): number[] {
  return index.knowledgeBase.facts.inspections.map((inspection) =>
    Number(inspectionSortKey(inspection).slice(0, 4)),
  );
}

/** The words of an excerpt that matched the question. */
function matchedWords(result: CitedResult): string[] {
  return result.highlights.map(([start, end]) => result.excerpt.slice(start, end));
}

/** Why a question about the future is not answered, and what the sources hold instead. */
function futureNotice(index: KnowledgeIndex): string {
  const latest = inspectionsInOrder(index).at(-1);
  return `None of the sources says when that will be: they report inspections that have happened${latest ? `, the latest ${latest.name}` : ''}.`;
}

function rank(coverage: number, relativeScore: number): number {
  return coverage * coverage * (0.6 + 0.4 * relativeScore);
}

function offTopic(index: KnowledgeIndex, question: string, title: string): Answer {
  return {
    ...notFound(index, 'ask', question, title),
    suggestions: [],
    notice: `“${question}” does not look like a question about children’s services or their inspections, so I have nothing to quote. Try /help for examples.`,
  };
}

/**
 * More than half a question's content words are words its council's documents never use: it
 * is about something else ("my garden", "restaurants"), unless it names one of the sector's
 * own terms ("SWs", "care leavers"). The council's own name is not a content word: every
 * question may name it.
 */
function mostlyUnknown(index: KnowledgeIndex, question: string): boolean {
  // Seen as search sees it: a report need not print its publisher ("Ofsted") in its text.
  const searched = withoutSourceNames(index, question);
  if (namesSectorTerm(index.passages, index.synonyms, searched)) return false;
  return unknownWordShare(index.passages, searched, councilNameWords(index)) > unknownShareLimit;
}

/**
 * The years of the inspections a question names relatively ("the first one", "the one after
 * 2017", "the previous inspection"); a plain year or "now" is read from the wording itself.
 */
function referencedYears(index: KnowledgeIndex, query: QuestionQuery): number[] {
  const { kind } = query.inspection;
  if (kind === 'any' || kind === 'year' || kind === 'latest') return [];
  // Counted among the reports a reader can see: "the first one" is the first report loaded.
  const reported = inspectionsInOrder(index).filter(
    (inspection) => inspection.report && index.knowledgeBase.documentsById.has(inspection.report),
  );
  return chooseInspectionsFor(reported, query.inspection, 'all').map(inspectionYear);
}

/**
 * The text without the years and time words it names ("in 2017", "now", "the latest"), as
 * extractTimeHints reads them, or as it is when it is nothing else.
 */
function withoutTimeWords(text: string): string {
  return extractTimeHints(text).text || text;
}

/** The text without a phrase the analysis read in it. */
function withoutWords(text: string, words: string): string {
  if (words === '') return text;
  const at = foldQuestion(text).indexOf(words);
  return at === -1 ? text : `${text.slice(0, at)} ${text.slice(at + words.length)}`.trim();
}
