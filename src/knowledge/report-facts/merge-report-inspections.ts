import type { FactsFile, Inspection, Judgement } from '../facts-schema.ts';
import type { KnowledgeDocument } from '../knowledge-document.ts';
import { extractReportFacts } from './extract-report-facts.ts';
import { gradesAgree } from './grade-words.ts';
import { linkPreviousInspections } from './link-previous-inspections.ts';

/** The facts with every loaded report's inspection in them, and what extraction could not do. */
export interface MergedFacts {
  facts: FactsFile;
  warnings: string[];
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Adds the inspection each loaded report describes to the curated facts. Where facts.yaml names
 * the same report, the report's judgements, dates, lead inspector, framework and publication
 * date win, and facts.yaml keeps its id, name, cautions and anything the report does not say.
 */
export function mergeReportInspections(
  facts: FactsFile,
  documents: ReadonlyMap<string, KnowledgeDocument>,
): MergedFacts {
  const warnings: string[] = [];
  const extracted = new Map<string, Inspection>();
  for (const document of documents.values()) {
    // Reading a report's facts is best effort: a report it cannot read still loads, as text.
    try {
      const result = extractReportFacts(document);
      warnings.push(...result.warnings);
      if (result.inspection) extracted.set(document.meta.id, result.inspection);
    } catch (error) {
      warnings.push(`${document.meta.id}: facts not read (${(error as Error).message})`);
    }
  }
  const curatedIds = new Set(facts.inspections.map((inspection) => inspection.id));
  const matched = new Set<string>();
  const inspections = facts.inspections.map((curated) => {
    const fromReport = curated.report ? extracted.get(curated.report) : undefined;
    if (!fromReport) return curated;
    matched.add(fromReport.id);
    return mergeInspection(curated, fromReport, warnings);
  });
  for (const [id, inspection] of extracted) {
    if (matched.has(id)) continue;
    if (curatedIds.has(id)) {
      warnings.push(
        `${id}: facts.yaml already has an inspection with this id; the report's was left out`,
      );
      continue;
    }
    inspections.push(inspection);
  }
  return { facts: { ...facts, inspections: linkPreviousInspections(inspections) }, warnings };
}

function mergeInspection(curated: Inspection, report: Inspection, warnings: string[]): Inspection {
  const published = report.published ?? curated.published;
  const merged: Inspection = {
    ...curated,
    framework: report.framework,
    derived_from: 'report',
    judgements: mergeJudgements(curated, report, warnings),
    improvements: [...report.improvements, ...curated.improvements],
    strengths: [...report.strengths, ...curated.strengths],
  };
  const optional = {
    framework_code: report.framework_code ?? curated.framework_code,
    council: report.council ?? curated.council,
    dates: report.dates ?? curated.dates,
    published,
    // A printed (quoted) date, the report's or facts.yaml's, makes the listing's date redundant.
    published_listing: published ? undefined : report.published_listing,
    lead_inspector: report.lead_inspector ?? curated.lead_inspector,
    // facts.yaml's link to an inspection it knows says more than the report's "in 2012".
    previous: curated.previous ?? report.previous,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
    else delete (merged as Record<string, unknown>)[key];
  }
  return merged;
}

/**
 * The report's judgements, each with facts.yaml's caution for the same judgement. Where both give
 * the same grade, facts.yaml's hand-picked quote is kept; where they differ, the report wins and a
 * warning says so. Judgements only facts.yaml knows are kept after the report's.
 */
function mergeJudgements(curated: Inspection, report: Inspection, warnings: string[]): Judgement[] {
  const used = new Set<Judgement>();
  const merged = report.judgements.map((judgement): Judgement => {
    const same = curated.judgements.find(
      (candidate) =>
        !used.has(candidate) && fold(candidate.judgement) === fold(judgement.judgement),
    );
    if (!same) return judgement;
    used.add(same);
    const caution = same.caution ? { caution: same.caution } : {};
    if (fold(same.grade) === fold(judgement.grade))
      return { ...judgement, ...caution, source: same.source };
    if (!gradesAgree(fold(same.grade), fold(judgement.grade))) {
      warnings.push(
        `${curated.id}: ${judgement.judgement}: facts.yaml says “${same.grade}”, the report “${judgement.grade}”; the report's grade is used`,
      );
    }
    return { ...judgement, ...caution };
  });
  return [...merged, ...curated.judgements.filter((judgement) => !used.has(judgement))];
}
