import type { FrameworkCode, Judgement } from '../facts-schema.ts';
import { gradePhrase, gradesAgree, gradeWords } from './grade-words.ts';
import { type JudgementKey, judgementKeyOf, judgementNames } from './judgement-names.ts';
import { coverLines, type ReportLine } from './report-lines.ts';

/** A judgement and grade read from one place in a report, with the words that say it. */
interface Evidence {
  key: JudgementKey;
  grade: string;
  quote: string;
  /** Lower is more trustworthy: a section heading beats a grade table that may be jumbled. */
  rank: number;
}

/** The judgements a report grades, each once, and what did not add up. */
export interface FoundJudgements {
  judgements: Judgement[];
  warnings: string[];
}

/**
 * Reads every judgement and grade a report prints (section headings, the grade table, the SIF
 * headline and sub-judgement headings, the LSCB review), in the framework's own words.
 */
export function findJudgements(
  docId: string,
  lines: readonly ReportLine[],
  framework: FrameworkCode | undefined,
): FoundJudgements {
  if (framework === 'pre-sif') return findGradedSections(docId, lines);
  const evidence = [
    ...lines.flatMap(headingEvidence),
    ...lines.flatMap(gradedJudgementEvidence),
    ...coverLines(lines).flatMap(tableEvidence),
    // The 2026 framework has no overall judgement, so a sentence calling services "good" there
    // is a summary, not a grade.
    ...(framework === 'ilacs-2026' ? [] : lines.flatMap(headlineEvidence).slice(0, 1)),
    ...lines.flatMap(lscbEvidence).slice(0, 1),
  ];
  const warnings: string[] = [];
  const judgements: Judgement[] = [];
  for (const [key, name] of judgementNames) {
    const found = evidence.filter((item) => item.key === key).sort((a, b) => a.rank - b.rank);
    const best = pickBest(found);
    if (!best) continue;
    const disagreeing = found.find((item) => !gradesAgree(item.grade, best.grade));
    if (disagreeing) {
      warnings.push(
        `${docId}: ${name}: the report prints “${best.quote}” but also “${disagreeing.quote}”; kept “${best.grade}”`,
      );
    }
    judgements.push({
      judgement: name,
      grade: best.grade,
      source: { doc: docId, quote: best.quote },
    });
  }
  return { judgements, warnings };
}

/** The most trustworthy evidence, unless another place prints the same grade in full. */
function pickBest(found: readonly Evidence[]): Evidence | undefined {
  const best = found[0];
  if (!best) return undefined;
  const fuller = found.find(
    (item) => item.grade.length > best.grade.length && item.grade.startsWith(best.grade),
  );
  return fuller ?? best;
}

/** ILACS section headings: "The experiences and progress of children in care: good". */
function headingEvidence(line: ReportLine): Evidence[] {
  if (line.kind !== 'heading') return [];
  const colon = line.text.lastIndexOf(':');
  if (colon < 0) return [];
  const key = judgementKeyOf(line.text.slice(0, colon));
  const grade = gradeWords(line.text.slice(colon + 1));
  return key && grade ? [{ key, grade, quote: line.text, rank: 0 }] : [];
}

/** SIF sub-judgements: "The graded judgement for adoption performance is that it is outstanding". */
function gradedJudgementEvidence(line: ReportLine): Evidence[] {
  const match = /^The graded judgement (?:for|about) (.+?) is that (?:it|they) (.+)$/i.exec(
    line.text,
  );
  if (!match) return [];
  const key = judgementKeyOf(match[1] ?? '');
  const grade = gradeWords(match[2] ?? '');
  return key && grade ? [{ key, grade, quote: line.text.replace(/[.\s]+$/, ''), rank: 1 }] : [];
}

/**
 * Grade table rows: a judgement's name and one grade, in whichever order the PDF's cells came
 * out ("Overall effectiveness Good", "2.1 Adoption performance Outstanding").
 */
function tableEvidence(line: ReportLine): Evidence[] {
  if (line.kind === 'heading') return [];
  const matches = [...line.text.matchAll(gradePhrase)];
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only || line.text.length > 160) return [];
  const grade = gradeWords(only[0]);
  const name = line.text.replace(only[0], ' ').replace(/\s+/g, ' ').trim();
  const key = judgementKeyOf(name);
  return key && grade ? [{ key, grade, quote: line.text, rank: 2 }] : [];
}

/** The SIF headline: "Children’s services in Croydon are inadequate". */
function headlineEvidence(line: ReportLine): Evidence[] {
  const match =
    /^(Children[’']s services in .+? (?:are|is|require|requires) (requires? (?:further )?improvements?(?: to be good)?|outstanding|good|inadequate))(?=$|[.,;\s])/i.exec(
      line.text,
    );
  const grade = gradeWords(match?.[2] ?? '');
  return match?.[1] && grade ? [{ key: 'overall', grade, quote: match[1], rank: 1 }] : [];
}

/** The LSCB review's judgement: "The Local Safeguarding Children Board is inadequate". */
function lscbEvidence(line: ReportLine): Evidence[] {
  const match =
    /^((?:The effectiveness of )?the (?:Local Safeguarding Children Board|LSCB|[A-Z]{1,3}SCB) (?:is (requires improvement|outstanding|good|inadequate)|(requires improvement)(?: to be good)?))(?=$|[.,;:\s])/i.exec(
      line.text,
    );
  if (!match?.[1]) return [];
  const grade = gradeWords(match[2] ?? match[3] ?? '');
  return grade ? [{ key: 'lscb', grade, quote: match[1], rank: 1 }] : [];
}

/**
 * The framework before SIF grades sections with a line of their own under the heading
 * ("# Capacity to improve" then "## Grade 2 (Good)"); the heading is the judgement's name.
 */
function findGradedSections(docId: string, lines: readonly ReportLine[]): FoundJudgements {
  const judgements: Judgement[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const match = next && /^Grade [1-4] \(([A-Za-z ]+)\)$/.exec(next.text.trim());
    const grade = gradeWords(match?.[1] ?? '');
    if (line.kind !== 'heading' || !grade || !next) return;
    judgements.push({
      judgement: line.text,
      grade,
      source: { doc: docId, quote: next.text.trim() },
    });
  });
  return { judgements, warnings: [] };
}
