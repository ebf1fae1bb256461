import type { KnowledgeDocument } from '../../../src/knowledge/knowledge-document.ts';
import { parseDocument } from '../../../src/knowledge/parse-document.ts';

/** A small inspection report document, as the importer writes one, for extraction tests. */
export function reportDocument(
  body: string,
  { id = 'x-2024', kind = 'inspection-report', published = '2024-12-03' } = {},
): KnowledgeDocument {
  const text = [
    '---',
    `id: ${id}`,
    'title: Inspection of X local authority children’s services',
    'publisher: Ofsted',
    `published: ${published}`,
    'date_precision: day',
    'url: null',
    `kind: ${kind}`,
    'council:',
    '  id: x',
    '  name: Exton',
    '  ofsted_urn: "80000"',
    '---',
    body,
  ].join('\n');
  const parsed = parseDocument(`${id}.md`, text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

/** An ILACS report body: cover, grade table, improvements and judgement headings. */
export const ilacsBody = [
  '# Inspection of X local authority children’s services',
  'Inspection dates: 14 to 25 October 2024',
  'Lead inspector: Jane Smith, His Majesty’s Inspector',
  '- The impact of leaders on social work practice with children and families Good',
  '- Overall effectiveness Good',
  'Since the last inspection in 2020, when services were judged to be inadequate, much improved.',
  '# What needs to improve?',
  '- The quality of plans.',
  '# The experiences and progress of children who need help and protection: requires improvement to be good',
  '1. Text.',
].join('\n\n');
