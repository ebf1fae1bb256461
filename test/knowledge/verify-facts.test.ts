import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type FactsFile, factsFileSchema } from '../../src/knowledge/facts-schema.ts';
import type { KnowledgeDocument } from '../../src/knowledge/knowledge-document.ts';
import { parseDocument } from '../../src/knowledge/parse-document.ts';
import { verifyFacts } from '../../src/knowledge/verify-facts.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';

/** The documents of the valid fixture, by id. */
function validDocuments(): Map<string, KnowledgeDocument> {
  const documents = new Map<string, KnowledgeDocument>();
  for (const file of ['ofsted-2012.md', 'ofsted-2017.md', 'party-2017-09-04.md']) {
    const parsed = parseDocument(
      file,
      readFileSync(fixturePath('knowledge', 'valid', file), 'utf8'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    documents.set(parsed.document.meta.id, parsed.document);
  }
  return documents;
}

const documents = validDocuments();
const lead = { doc: 'ofsted-2017', quote: 'The lead inspector was Jane Pollard.' };
const role = (source: { doc: string; quote: string }) => ({
  role: 'Lead inspector',
  organisation: 'Ofsted',
  source,
});
const facts = (data: unknown): FactsFile => factsFileSchema.parse(data);

describe('verifyFacts', () => {
  it('keeps every fact of the valid fixture and reports nothing', () => {
    const text = readFileSync(fixturePath('knowledge', 'valid', 'facts.yaml'), 'utf8');
    const parsed = facts(parseYaml(text));
    const verified = verifyFacts('facts.yaml', parsed, documents);
    expect(verified.problems).toEqual([]);
    expect(verified.facts).toEqual(parsed);
  });

  it('reports a fact citing an unknown document by its field path and drops it', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        people: [
          { name: 'Ghost', roles: [role({ doc: 'no-such-doc', quote: 'The lead inspector' })] },
          { name: 'Jane Pollard', roles: [role(lead)] },
        ],
      }),
      documents,
    );
    expect(verified.problems).toEqual([
      {
        file: 'facts.yaml',
        field: 'people[0].roles[0].source',
        reason: 'cites document "no-such-doc", which is not loaded',
      },
    ]);
    expect(verified.facts.people.map((person) => person.name)).toEqual(['Jane Pollard']);
  });

  it('drops a quote that differs from the document by one character (straight apostrophe)', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        timeline: [
          {
            date: '2017-09-04',
            precision: 'day',
            event: 'Report published',
            source: {
              doc: 'ofsted-2017',
              quote: "The overall effectiveness of children's services is inadequate.",
            },
          },
          {
            date: '2017-09-04',
            precision: 'day',
            event: 'Report published',
            source: {
              doc: 'ofsted-2017',
              quote: 'The overall effectiveness of children’s services is inadequate.',
            },
          },
        ],
      }),
      documents,
    );
    expect(verified.problems.map((problem) => problem.field)).toEqual(['timeline[0].source']);
    expect(verified.problems[0]?.reason).toMatch(/^quote not found verbatim in "ofsted-2017": "/);
    expect(verified.facts.timeline.map((event) => event.source.quote)).toEqual([
      'The overall effectiveness of children’s services is inadequate.',
    ]);
  });

  it('accepts a quote folded over lines in the facts file', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        people: [
          {
            name: 'Jane Pollard',
            roles: [role({ ...lead, quote: 'The lead\n  inspector was\tJane Pollard.' })],
          },
        ],
      }),
      documents,
    );
    expect(verified.problems).toEqual([]);
    expect(verified.facts.people).toHaveLength(1);
  });

  it('drops a person whose only role fails, but keeps a person with one good role', () => {
    const bad = { doc: 'ofsted-2017', quote: 'The lead inspector was John Smith.' };
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        people: [
          { name: 'John Smith', roles: [role(bad)] },
          { name: 'Jane Pollard', roles: [role(bad), role(lead)] },
        ],
      }),
      documents,
    );
    expect(verified.problems.map((problem) => problem.field)).toEqual([
      'people[0].roles[0].source',
      'people[1].roles[0].source',
    ]);
    expect(verified.facts.people).toEqual([
      { name: 'Jane Pollard', aliases: [], roles: [role(lead)], said_or_did: [] },
    ]);
  });

  it('drops a failing statement of a person but keeps the person', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        people: [
          {
            name: 'Jane Pollard',
            roles: [role(lead)],
            said_or_did: [
              {
                summary: 'Said nothing',
                source: { doc: 'ofsted-2017', quote: 'Not in it at all.' },
              },
            ],
          },
        ],
      }),
      documents,
    );
    expect(verified.problems.map((problem) => problem.field)).toEqual([
      'people[0].said_or_did[0].source',
    ]);
    expect(verified.facts.people[0]?.said_or_did).toEqual([]);
  });

  it('drops a failing judgement and failing dates but keeps the inspection', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        inspections: [
          {
            id: 'inspection-2017',
            name: '2017',
            inspectorate: 'Ofsted',
            framework: 'SIF',
            dates: {
              from: '2017-06-05',
              to: '2017-06-29',
              source: { doc: 'ofsted-2017', quote: 'on site in June' },
            },
            judgements: [
              {
                judgement: 'Overall',
                grade: 'Good',
                source: { doc: 'ofsted-2017', quote: 'services are good' },
              },
              {
                judgement: 'Overall',
                grade: 'Inadequate',
                source: { doc: 'ofsted-2017', quote: 'children’s services is inadequate' },
              },
            ],
          },
        ],
      }),
      documents,
    );
    expect(verified.problems.map((problem) => problem.field)).toEqual([
      'inspections[0].judgements[0].source',
      'inspections[0].dates.source',
    ]);
    const [inspection] = verified.facts.inspections;
    expect(inspection?.judgements.map((judgement) => judgement.grade)).toEqual(['Inadequate']);
    expect(inspection?.dates).toBeUndefined();
  });

  it('drops a failing consequence and keeps the good one', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        consequences: [
          {
            kind: 'what-happened',
            summary: 'Nothing',
            source: { doc: 'party-2017-09-04', quote: 'we praise the council' },
          },
          {
            kind: 'what-happened',
            summary: 'Blame',
            source: { doc: 'party-2017-09-04', quote: 'we blame the council' },
          },
        ],
      }),
      documents,
    );
    expect(verified.problems.map((problem) => problem.field)).toEqual(['consequences[0].source']);
    expect(verified.facts.consequences.map((consequence) => consequence.summary)).toEqual([
      'Blame',
    ]);
  });
});

describe('verifyFacts on links between inspections', () => {
  const inspection = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: id,
    inspectorate: 'Ofsted',
    framework: 'SIF',
    ...extra,
  });
  const previousSource = {
    doc: 'ofsted-2017',
    quote: 'The previous inspection, in May 2012, judged services adequate.',
  };

  it('accepts a report that is loaded and a previous inspection that exists', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        inspections: [
          inspection('inspection-2012', { report: 'ofsted-2012' }),
          inspection('inspection-2017', {
            report: 'ofsted-2017',
            previous: { inspection: 'inspection-2012', source: previousSource },
          }),
        ],
      }),
      documents,
    );
    expect(verified.problems).toEqual([]);
  });

  it('reports an inspection report naming a document that is not loaded', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({ inspections: [inspection('inspection-2020', { report: 'ofsted-2020' })] }),
      documents,
    );
    expect(verified.problems).toEqual([
      {
        file: 'facts.yaml',
        field: 'inspections[0].report',
        reason: 'names document "ofsted-2020", which is not loaded',
      },
    ]);
  });

  it('reports a previous inspection that is not in the facts', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        inspections: [
          inspection('inspection-2017', {
            previous: { inspection: 'inspection-2009', source: previousSource },
          }),
        ],
      }),
      documents,
    );
    expect(verified.problems).toEqual([
      {
        file: 'facts.yaml',
        field: 'inspections[0].previous.inspection',
        reason: 'names inspection "inspection-2009", which is not in the facts',
      },
    ]);
  });

  it('reports a duplicate inspection id on the second occurrence', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({ inspections: [inspection('inspection-2017'), inspection('inspection-2017')] }),
      documents,
    );
    expect(verified.problems).toEqual([
      {
        file: 'facts.yaml',
        field: 'inspections[1].id',
        reason: 'duplicate inspection id "inspection-2017"',
      },
    ]);
  });
});

describe('verifyFacts on what a report itself says', () => {
  const inspection = (extra: Record<string, unknown>) => ({
    id: 'inspection-2017',
    name: '2017',
    inspectorate: 'Ofsted',
    framework: 'SIF',
    ...extra,
  });
  const previousSource = {
    doc: 'ofsted-2017',
    quote: 'The previous inspection, in May 2012, judged services adequate.',
  };

  it('accepts a previous inspection known only by when it was, with its grade', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        inspections: [
          inspection({ previous: { when: 'May 2012', grade: 'Adequate', source: previousSource } }),
        ],
      }),
      documents,
    );
    expect(verified.problems).toEqual([]);
    expect(verified.facts.inspections[0]?.previous?.when).toBe('May 2012');
  });

  it('refuses a previous inspection with neither a link, a date nor a grade', () => {
    const parsed = factsFileSchema.safeParse({
      inspections: [inspection({ previous: { source: previousSource } })],
    });
    expect(parsed.success).toBe(false);
  });

  it('keeps an improvement found verbatim and drops one that is not', () => {
    const verified = verifyFacts(
      'facts.yaml',
      facts({
        inspections: [
          inspection({
            improvements: [
              { text: 'Lead', source: lead },
              {
                text: 'Made up',
                source: { doc: 'ofsted-2017', quote: 'Words not in the report.' },
              },
            ],
          }),
        ],
      }),
      documents,
    );
    expect(verified.facts.inspections[0]?.improvements.map((item) => item.text)).toEqual(['Lead']);
    expect(verified.problems.map((problem) => problem.field)).toEqual([
      'inspections[0].improvements[1].source',
    ]);
  });

  it('accepts a publication date from the listing, with no quote', () => {
    const parsed = factsFileSchema.parse({
      inspections: [inspection({ published_listing: '2017-09-04' })],
    });
    expect(parsed.inspections[0]?.published_listing).toBe('2017-09-04');
  });
});
