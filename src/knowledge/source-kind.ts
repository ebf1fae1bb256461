import { z } from 'zod';

/** The kinds of source document the knowledge base accepts. */
export const sourceKinds = [
  'inspection-report',
  'monitoring-letter',
  'council-statement',
  'political-press-release',
  'news-article',
  'safeguarding-guidance',
] as const;

export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/**
 * What each kind is, said plainly to a reader, so opinion is never passed off as an
 * inspector's finding.
 */
export const sourceKindLabels: Record<SourceKind, string> = {
  'inspection-report': 'Ofsted inspection report (primary source)',
  'monitoring-letter': 'Ofsted monitoring visit letter (primary source)',
  'council-statement': "Council's own statement (the council's account of itself)",
  'political-press-release': 'Political party press release (partisan)',
  'news-article': 'News article (press coverage, not an inspection finding)',
  'safeguarding-guidance': 'Where to get help (safeguarding guidance, not an inspection finding)',
};

/**
 * How far a kind is from the inspectors' own words. Lower is closer; ranking uses it so a
 * secondary source never outranks the report it quotes.
 */
export const sourceKindDistance: Record<SourceKind, number> = {
  'inspection-report': 0,
  'monitoring-letter': 0,
  'news-article': 1,
  'council-statement': 2,
  'political-press-release': 2,
  'safeguarding-guidance': 3,
};

/** Whether a kind carries the inspectors' own findings. */
export function isInspectorsFinding(kind: SourceKind): boolean {
  return sourceKindDistance[kind] === 0;
}

/**
 * Whether a kind's passages answer questions. Safeguarding guidance is shown only as the reply
 * to a question about a specific child; searched, it would answer every topic about children.
 */
export function isSearchable(kind: SourceKind): boolean {
  return kind !== 'safeguarding-guidance';
}
