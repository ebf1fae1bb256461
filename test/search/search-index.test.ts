import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDocument } from '../../src/search/search-index.ts';
import { searchSettings } from '../../src/search/search-settings.ts';
import { testSynonyms } from '../fixtures/test-synonyms.ts';

const documents: SearchDocument[] = [
  {
    id: 'supervision',
    title: 'Inspection report',
    headings: 'Findings',
    text: 'Social workers receive regular supervision from their managers.',
  },
  {
    id: 'exploitation',
    title: 'Inspection report',
    headings: 'Findings',
    text: 'Child sexual exploitation is identified quickly by the missing team.',
  },
  {
    id: 'caseloads',
    title: 'Inspection report',
    headings: 'Findings',
    text: 'Caseloads are too high for newly qualified workers.',
  },
];

const index = buildSearchIndex(documents, testSynonyms());
const answered = (query: string) =>
  index.search(query).filter((hit) => hit.coverage >= searchSettings.minCoverage);

describe('buildSearchIndex', () => {
  it('counts the items it holds', () => {
    expect(index.size).toBe(3);
  });

  it('says what share of its items holds a word, by stem', () => {
    expect(index.share('workers')).toBeCloseTo(2 / 3);
    expect(index.share('supervised')).toBeCloseTo(1 / 3);
    expect(index.share('garden')).toBe(0);
  });

  it('finds an item by a word of its text, with full coverage', () => {
    const [hit, ...rest] = index.search('supervision');
    expect(hit?.id).toBe('supervision');
    expect(hit?.coverage).toBe(1);
    expect(hit?.matchedTerms).toContain('supervision');
    expect(rest).toEqual([]);
  });

  it('finds a word by its stem ("supervised" → "supervision")', () => {
    expect(answered('supervised').map((hit) => hit.id)).toEqual(['supervision']);
  });

  it('still finds the item through a typo ("supervison")', () => {
    expect(answered('supervison').map((hit) => hit.id)).toEqual(['supervision']);
  });

  it('forgives no typo when asked not to, still matching stems', () => {
    expect(index.search('supervison', { fuzzy: false })).toEqual([]);
    expect(index.search('supervised', { fuzzy: false }).map((hit) => hit.id)).toContain(
      'supervision',
    );
  });

  it('searches a word the items never use as its family\'s words they do ("violent" → "violence")', () => {
    const violence = buildSearchIndex([
      {
        id: 'dv',
        title: '',
        headings: '',
        text: 'On arrival, three children witnessed domestic violence.',
      },
    ]);
    expect(violence.relatives('violent')).toEqual(['violence']);
    expect(violence.search('violent').map((hit) => hit.id)).toEqual(['dv']);
    // Lancaster stems "arrive" and "arrival" to "ar": too short to tell a family.
    expect(violence.relatives('arrive')).toEqual([]);
    // It stems "threat" and "three" alike, but they part at their fourth letter.
    expect(violence.relatives('threat')).toEqual([]);
  });

  it('lets a prefix cover a word of its family, not another word starting the same', () => {
    const staff = buildSearchIndex([
      { id: 'turnover', title: '', headings: '', text: 'Staff turnover is high.' },
      { id: 'safeguarding', title: '', headings: '', text: 'Safeguarding is strong.' },
    ]);
    const coverage = (query: string, id: string) =>
      staff.search(query).find((hit) => hit.id === id)?.coverage ?? 0;
    // "turn things round" is no staff turnover.
    expect(coverage('turn', 'turnover')).toBe(0);
    expect(coverage('safeguard', 'safeguarding')).toBe(1);
  });

  it('finds "child sexual exploitation" through the synonym "CSE"', () => {
    const [hit] = answered('CSE');
    expect(hit?.id).toBe('exploitation');
    expect(hit?.coverage).toBe(1);
  });

  it('answers nothing for a question with one unknown content word ("pizza")', () => {
    expect(answered('pizza')).toEqual([]);
    expect(answered('what about pizza?')).toEqual([]);
  });

  it('weighs two unknown words as much as one known one', () => {
    // Coverage alone no longer turns this away (the bar is below a half); the question gate's
    // unknown-word share does (test/answer/structured-answers.test.ts).
    const hits = index.search('supervision pizza calzone');
    expect(hits.map((hit) => hit.id)).toEqual(['supervision']);
    expect(hits[0]?.coverage).toBeCloseTo(0.5);
  });

  it('lets one unknown word (phrasing, not topic) weigh half a known one', () => {
    const [hit] = index.search('supervision pizza');
    expect(hit?.coverage).toBeCloseTo(2 / 3, 5);
  });

  it('weighs a misspelt word like the word it is a typo of', () => {
    const [hit] = index.search('supervison pizza');
    expect(hit?.id).toBe('supervision');
    expect(hit?.coverage).toBeCloseTo(2 / 3, 5);
  });

  it('weighs a word rarer than rareWordShare of the passages as one that common', () => {
    // 40 passages: "neglect" in 4 (10%), "worries" in 1. Uncapped, the one rare word of the
    // asker's would outweigh the topic; capped, each is half the question.
    const filler = Array.from({ length: 36 }, (_, i) => ({
      id: `filler-${i}`,
      title: '',
      headings: '',
      text: `Plans are reviewed by managers in team ${i}.`,
    }));
    const neglect = Array.from({ length: 4 }, (_, i) => ({
      id: `neglect-${i}`,
      title: '',
      headings: '',
      text: i === 0 ? 'Parents shared their worries.' : `Neglect is identified early in area ${i}.`,
    }));
    expect(searchSettings.rareWordShare * 40).toBe(4);
    const hits = buildSearchIndex([...filler, ...neglect]).search('worries about neglect');
    const onNeglect = hits.find((hit) => hit.id === 'neglect-1');
    expect(onNeglect?.coverage).toBeCloseTo(0.5, 5);
  });

  it('returns nothing for a query of stop words only', () => {
    expect(index.search('what did they say about it')).toEqual([]);
  });

  it('applies filter, weigh and limit', () => {
    const query = 'supervision caseloads exploitation';
    expect(
      index.search(query, { filter: (id) => id !== 'caseloads' }).map((hit) => hit.id),
    ).not.toContain('caseloads');
    expect(index.search(query, { limit: 1 })).toHaveLength(1);
    const boosted = index.search(query, { weigh: (id) => (id === 'caseloads' ? 100 : 1) });
    expect(boosted[0]?.id).toBe('caseloads');
  });

  it('suggests phrasings made only of words the items contain', () => {
    const suggestions = index.suggest('supervison');
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      for (const word of suggestion.split(' ')) expect(index.vocabulary(word)).toContain(word);
    }
  });

  it('suggests a misspelt word whose stem is the word itself', () => {
    const careIndex = buildSearchIndex([{ id: 'a', title: '', headings: '', text: 'Care plans.' }]);
    expect(careIndex.suggest('cate')).toEqual(['care']);
  });

  // Regression test (was a bug): the index stores a word as both its stem and itself ("supervis", "supervision"), so MiniSearch's autoSuggest matches both terms and surfaceWord maps each back to the same word: suggest('supervison') gives "supervision supervision" (and "caseloeds" gives "caseloads caseloads"), which notFound then offers as a did-you-mean.
  it('suggests a real word for a misspelling, once', () => {
    expect(index.suggest('supervison')).toEqual(['supervision']);
  });

  it('lists indexed words by prefix for autocomplete', () => {
    expect(index.vocabulary('sup')).toEqual(['supervision']);
    expect(index.vocabulary('SUP')).toEqual(['supervision']);
    expect(index.vocabulary('zz')).toEqual([]);
  });

  it('knows a word the items contain, or its stem, and not one they do not', () => {
    expect(index.knows('supervision')).toBe(true);
    expect(index.knows('supervised')).toBe(true);
    expect(index.knows('pizza')).toBe(false);
  });

  it('ranks a heading match above the same word only in the text', () => {
    const boosted = buildSearchIndex([
      {
        id: 'in-text',
        title: 'Report',
        headings: 'Staffing',
        text: 'Managers give supervision monthly.',
      },
      {
        id: 'in-heading',
        title: 'Report',
        headings: 'Supervision',
        text: 'Managers meet staff monthly.',
      },
    ]);
    const hits = boosted.search('supervision');
    expect(hits.map((hit) => hit.id)).toEqual(['in-heading', 'in-text']);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY);
  });

  it('weighs a common spoken word less than the topic, however rare in the documents', () => {
    const spoken = buildSearchIndex([
      { id: 'records', title: '', headings: '', text: 'Managers keep records of visits.' },
      { id: 'payments', title: '', headings: '', text: 'Payments to care leavers arrive on time.' },
    ]);
    // "keep" and "payments" are each in one of the two items, but "keep" is how people talk.
    const hits = spoken.search('keep payments');
    expect(hits.map((hit) => hit.id)).toEqual(['payments', 'records']);
    expect(hits[0]?.coverage).toBeCloseTo(1 / (1 + searchSettings.spokenWordWeight), 5);
  });

  it('never discounts a sector word, however common in speech', () => {
    const spoken = buildSearchIndex([
      { id: 'payments', title: '', headings: '', text: 'Payments to care leavers arrive on time.' },
      { id: 'police', title: '', headings: '', text: 'The police share information quickly.' },
    ]);
    // "police" is common in speech and still the topic: it weighs as much as "payments".
    const hits = spoken.search('police payments');
    expect(hits.map((hit) => hit.coverage)).toEqual([0.5, 0.5]);
  });
});
