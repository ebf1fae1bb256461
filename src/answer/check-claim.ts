import type { Inspection } from '../knowledge/facts-schema.ts';
import { analyseQuestion } from '../question/analyse-question.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { Answer, CitedResult } from './answer.ts';
import { chooseInspectionsFor } from './choose-inspections.ts';
import { citeFact } from './cite-fact.ts';
import type { ClaimVerdict, VerdictKind } from './claim-verdict.ts';
import { type ClaimedGrade, claimedGrade } from './claimed-grade.ts';
import { compareClaimedGrade, type JudgementComparison } from './compare-claimed-grade.ts';
import { inspectionsInOrder } from './list-ratings.ts';
import { reportSaysGroup, strongestFindings } from './strongest-findings.ts';

/** A claim in the present tense speaks of today, so of the latest inspection. */
const presentTense = /\b(is|are|isn'?t|aren'?t|remains?|has been|have been|still|now|currently)\b/i;
/** How many findings one inspection gives a topic claim, when the claim names that inspection. */
const findingsForOneInspection = 3;

/**
 * Checks a claim against the official record of one council: a claimed grade against the grades
 * of the inspection it refers to (agrees only when every judgement it speaks of matches), a
 * claim about a topic with the inspectors' strongest findings on it. Never guesses agreement.
 */
export function checkClaim(
  index: KnowledgeIndex,
  councilName: string,
  claim: string,
  query: QuestionQuery = analyseQuestion(claim),
): Answer {
  const inspections = inspectionsInOrder(index);
  const grade = claimedGrade(claim, query, councilName);
  const chosen = inspectionsFor(inspections, query, grade, claim);
  const verdict = (
    kind: VerdictKind,
    says: string,
    compared: readonly Inspection[],
    judgements: JudgementComparison[] = [],
  ): ClaimVerdict => ({
    kind,
    claim,
    claimedGrade: grade ? { grade: gradeName(grade), negated: grade.negated } : null,
    inspections: compared.map((inspection) => inspection.name),
    judgements: judgements.map(({ recordId: _, ...judgement }) => judgement),
    says,
  });
  if (chosen.length === 0) {
    const known = inspections.map((inspection) => inspection.name).join(', ');
    const says =
      inspections.length === 0
        ? `No inspection of ${councilName} is recorded in the sources, so nothing speaks to this.`
        : `No inspection of ${councilName} the claim refers to is in the sources (inspections: ${known}).`;
    return answer(claim, verdict('silent', says, []), []);
  }
  if (grade) return checkGrade(index, claim, grade, chosen, verdict);

  const perInspection = chosen.length === 1 ? findingsForOneInspection : 1;
  const findings = index.onTopic(claim)
    ? strongestFindings(index, claim, chosen, perInspection)
    : [];
  if (findings.length === 0) {
    const says = `Nothing in ${names(chosen)} speaks to this claim.`;
    return answer(claim, verdict('silent', says, chosen), []);
  }
  // Only the inspections whose reports speak are named: one known only from a later report
  // (or silent on the topic) contributed nothing to read.
  const spoke = chosen.filter((inspection) =>
    findings.some((finding) => finding.group === reportSaysGroup(inspection)),
  );
  const says = `${capitalise(names(spoke))} ${spoke.length > 1 ? 'speak' : 'speaks'} to this; read the inspectors’ own words below rather than take a yes or no from me.`;
  return answer(claim, verdict('see-findings', says, spoke), findings);
}

function checkGrade(
  index: KnowledgeIndex,
  claim: string,
  grade: ClaimedGrade,
  chosen: Inspection[],
  verdict: (
    kind: VerdictKind,
    says: string,
    compared: readonly Inspection[],
    judgements?: JudgementComparison[],
  ) => ClaimVerdict,
): Answer {
  const compared = chosen.flatMap((inspection) => compareClaimedGrade(inspection, grade));
  const claimed = `${grade.negated ? 'not ' : ''}${gradeName(grade)}`;
  if (compared.length === 0) {
    const what = grade.breadth.kind === 'area' ? grade.breadth.area : 'any judgement';
    const says = `${capitalise(names(chosen))} gave no graded judgement of ${what.toLowerCase()}, so the record is silent on this claim.`;
    return answer(claim, verdict('silent', says, chosen), []);
  }
  const differing = compared.filter((judgement) => !judgement.matches);
  const cite = (list: JudgementComparison[]) => citeJudgements(index, chosen, list);
  if (differing.length === 0) {
    const says =
      compared.length === 1
        ? `${capitalise(names(chosen))} judged ${lowerFirst(compared[0]?.judgement ?? '')} ${compared[0]?.grade}, as the claim says.`
        : `Every one of the ${compared.length} graded judgements of ${names(chosen)} was ${claimed}, as the claim says.`;
    // A claim of the overall grade is borne out by the overall judgement alone; saying which
    // other judgements were graded otherwise keeps it from being read as "across the board".
    const others =
      grade.breadth.kind === 'overall'
        ? chosen
            .flatMap((inspection) =>
              compareClaimedGrade(inspection, { ...grade, breadth: { kind: 'all' } }),
            )
            .filter(
              (judgement) =>
                !judgement.matches &&
                !compared.some((shown) => shown.recordId === judgement.recordId),
            )
        : [];
    const not = others.length > 0 ? ` Not every judgement was: ${describe(others)}.` : '';
    return answer(claim, verdict('agrees', `${says}${not}`, chosen, compared), cite(compared));
  }
  const listed = describe(differing);
  const says =
    compared.length === 1
      ? `${capitalise(names(chosen))} judged ${lowerFirst(differing[0]?.judgement ?? '')} ${differing[0]?.grade}, not ${claimed}.`
      : `${differing.length} of the ${compared.length} graded judgements of ${names(chosen)} ${differing.length === 1 ? 'was' : 'were'} not ${claimed}: ${listed}.`;
  // The judgements that contradict the claim come first: they are the reason for the verdict.
  const agreeing = compared.filter((judgement) => judgement.matches);
  return answer(
    claim,
    verdict('differs', says, chosen, compared),
    cite([...differing, ...agreeing]),
  );
}

/**
 * The inspections a claim refers to: the one it names (a year, "the first"), the latest for
 * the present tense or no time at all, and for a past-tense claim of a grade with no time, the
 * most recent inspection that bears it out (else the latest), which the verdict names.
 */
function inspectionsFor(
  inspections: readonly Inspection[],
  query: QuestionQuery,
  grade: ClaimedGrade | undefined,
  claim: string,
): Inspection[] {
  if (query.inspection.kind !== 'any') {
    return chooseInspectionsFor(inspections, query.inspection, 'latest');
  }
  if (!grade) return presentTense.test(claim) ? inspections.slice(-1) : [...inspections];
  if (presentTense.test(claim)) return inspections.slice(-1);
  const bearsOut = inspections.filter((inspection) => {
    const compared = compareClaimedGrade(inspection, grade);
    return compared.length > 0 && compared.every((judgement) => judgement.matches);
  });
  return (bearsOut.length > 0 ? bearsOut : inspections).slice(-1);
}

/** Cites each judgement verbatim; an inspection-wide caution (a known paraphrase) is said once. */
function citeJudgements(
  index: KnowledgeIndex,
  inspections: readonly Inspection[],
  judgements: readonly JudgementComparison[],
): CitedResult[] {
  const said = new Set<string>();
  return judgements.flatMap((judgement) => {
    const record = index.factRecordsById.get(judgement.recordId);
    const inspection = inspections.find((candidate) => candidate.name === judgement.inspection);
    const cited = record && citeFact(index, record, { group: judgement.inspection });
    if (!cited) return [];
    if (cited.caution && cited.caution === inspection?.caution) {
      if (said.has(cited.caution)) return [{ ...cited, caution: null }];
      said.add(cited.caution);
    }
    return [cited];
  });
}

function answer(claim: string, verdict: ClaimVerdict, results: CitedResult[]): Answer {
  const silent = verdict.kind === 'silent';
  return {
    command: 'check',
    query: claim,
    answered: !silent,
    title: 'Checking a claim',
    summary: null,
    results,
    suggestions: [],
    notice: silent ? verdict.says : null,
    verdict,
  };
}

/** "Adoption performance: Requires improvement; …", as a verdict lists judgements. */
function describe(judgements: readonly JudgementComparison[]): string {
  return judgements.map((judgement) => `${judgement.judgement}: ${judgement.grade}`).join('; ');
}

/** "Ofsted's 2017 (SIF) inspection", or several joined, as a verdict names them. */
function names(inspections: readonly Inspection[]): string {
  const each = inspections.map(
    (inspection) => `${inspection.inspectorate}’s ${inspection.name} inspection`,
  );
  return each.length <= 2
    ? each.join(' and ')
    : `${each.slice(0, -1).join(', ')} and ${each.at(-1)}`;
}

function gradeName(grade: ClaimedGrade): string {
  return capitalise(grade.family);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
