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
    ...lines.flatMap((line, i) => gradeBelowEvidence(line, lines[i + 1])),
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

/**
 * A judgement's heading: "The experiences and progress of children in care: good" (ILACS), or
 * with the grade after a verb ("… help and protection are inadequate.", SIF).
 */
function headingEvidence(line: ReportLine): Evidence[] {
  if (line.kind !== 'heading') return [];
  const colon = line.text.lastIndexOf(':');
  const split =
    colon >= 0 ? [line.text.slice(0, colon), line.text.slice(colon + 1)] : trailingGrade(line.text);
  const key = split && judgementKeyOf(split[0] ?? '');
  const grade = split && gradeWords(split[1] ?? '');
  return key && grade ? [{ key, grade, quote: line.text.replace(/[.\s]+$/, ''), rank: 0 }] : [];
}

const trailingGradePattern =
  /^(.+?)\s+(?:(?:is|are)(?: that (?:it|they)(?: is| are)?)?\s+|is that (?:it|they)\s+)?(requires? improvement(?: to be good)?|outstanding|good|inadequate)\.?$/i;

/** Splits "<name> <verb> <grade>" into name and grade; undefined when the line ends otherwise. */
function trailingGrade(text: string): [string, string] | undefined {
  const match = trailingGradePattern.exec(text.trim());
  return match?.[1] && match[2] ? [match[1], match[2]] : undefined;
}

/**
 * SIF section banners print the judgement's name and, on the next line, its grade alone
 * ("Leadership, management and governance" then "Good"); the quote spans both.
 */
function gradeBelowEvidence(line: ReportLine, next: ReportLine | undefined): Evidence[] {
  if (!next || next.kind === 'heading' || line.kind === 'item' || line.text.length > 120) return [];
  const key = judgementKeyOf(line.text);
  const grade = gradeWords(next.text);
  if (!key || !grade || next.text.length > 40) return [];
  return [{ key, grade, quote: `${line.text} ${next.text.replace(/[.\s]+$/, '')}`, rank: 1 }];
}

/** SIF sub-judgements: "The graded judgement for adoption performance is that it is outstanding". */
function gradedJudgementEvidence(line: ReportLine): Evidence[] {
  const match = /^The graded judge?ment (?:for|about) (.+)$/i.exec(line.text);
  const split = match?.[1] ? trailingGrade(match[1]) : undefined;
  const key = split && judgementKeyOf(split[0]);
  const grade = split && gradeWords(split[1]);
  return key && grade ? [{ key, grade, quote: line.text.replace(/[.\s]+$/, ''), rank: 1 }] : [];
}

/**
 * Grade table rows: a judgement's name and one grade, in whichever order the PDF's cells came
 * out ("Overall effectiveness Good", "2.1 Adoption performance Outstanding").
 */
function tableEvidence(line: ReportLine): Evidence[] {
  if (line.kind === 'heading' || line.text.length > 160) return [];
  // A jumbled row can split a grade around the name: "… help and Requires improvement
  // protection to be good".
  const split =
    /\brequires? improvement\b(?! to be good)/i.test(line.text) &&
    /\bto be good\b/i.test(line.text);
  const scanned = split ? line.text.replace(/\s*\bto be good\b/i, '') : line.text;
  const matches = [...scanned.matchAll(gradePhrase)];
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only) return [];
  const grade = gradeWords(split ? `${only[0]} to be good` : only[0]);
  const key = judgementKeyOf(scanned.replace(only[0], ' ').replace(/\s+/g, ' ').trim());
  return key && grade ? [{ key, grade, quote: line.text, rank: 2 }] : [];
}

/**
 * The SIF headline: "Children’s services in Croydon are inadequate", "The overall judgement is
 * that children’s services require improvement", "The overall judgement is inadequate".
 */
function headlineEvidence(line: ReportLine): Evidence[] {
  const match = headline.exec(line.text);
  const grade = gradeWords(match?.[2] ?? match?.[3] ?? '');
  // Below the grade table, which ILACS reports print the overall judgement in.
  return match?.[1] && grade ? [{ key: 'overall', grade, quote: match[1], rank: 3 }] : [];
}

// "require improvement" is its own verb; other grades follow "are" or "is", so "are no longer
// inadequate" is not read as a grade.
const headlineGrade =
  '(?:(?:are|is) )?(requires? (?:further )?improvements?(?: to be good)?)|(?:are|is) (outstanding|good|inadequate)';
const headline = new RegExp(
  `^((?:Children[’']s services in [^,.;]{1,60}?|The overall judgement(?: is that children[’']s services)?) (?:${headlineGrade}))(?=$|[.,;\\s])`,
  'i',
);

/** The LSCB review's judgement: "The Local Safeguarding Children Board is inadequate". */
function lscbEvidence(line: ReportLine): Evidence[] {
  const match =
    /^((?:The effectiveness of )?the (?:Local Safeguarding Children Board(?: \(LSCB\))?|LSCB|[A-Z]{1,3}SCB) (?:is (requires improvement|outstanding|good|inadequate)|(requires improvement)(?: to be good)?))(?=$|[.,;:\s])/i.exec(
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
