import { describe, expect, it } from 'vitest';
import {
  buildShingleIndex,
  hashShingle,
  indexShingles,
  openShingleIndex,
  quoteRunWords,
  shinglesOf,
} from '../../src/search/quote-shingles.ts';

const report = 'Supervision is ineffective in the majority of cases seen by inspectors this year.';
const later = 'Inspectors found that supervision is ineffective in the majority of cases seen.';

describe('shinglesOf', () => {
  it('gives every run of eight folded words, and none for a shorter text', () => {
    expect(shinglesOf(report)[0]).toBe('supervision is ineffective in the majority of cases');
    expect(shinglesOf(report)).toHaveLength(13 - quoteRunWords + 1);
    expect(shinglesOf('too short to quote')).toEqual([]);
  });
});

describe('a shingle index', () => {
  const index = buildShingleIndex([
    { id: 'report#1', text: report },
    { id: 'report#2', text: later },
  ]);

  it('names the first text, in indexing order, that holds a run', () => {
    expect(index.firstHolding('supervision is ineffective in the majority of cases')).toBe(
      'report#1',
    );
    expect(index.firstHolding('inspectors found that supervision is ineffective in the')).toBe(
      'report#2',
    );
  });

  it('names nothing for a run no text holds', () => {
    expect(index.firstHolding('supervision is effective in the majority of cases')).toBeUndefined();
  });

  it('checks a proposed text, so a run that only shares a hash is not traced to it', () => {
    const data = indexShingles([{ id: 'report#1', text: report }]);
    const run = 'supervision is ineffective in the majority of cases';
    // Every stored hash made to equal the looked-up run's: the text must still hold the run.
    const clash = { ...data, hashes: data.hashes.map(() => hashShingle('no such run at all')) };
    const opened = openShingleIndex(clash, () => report);
    expect(opened.firstHolding('no such run at all')).toBeUndefined();
    expect(openShingleIndex(data, () => report).firstHolding(run)).toBe('report#1');
  });

  it('keeps hashes in ascending order, one entry per text and run', () => {
    const data = indexShingles([
      { id: 'a', text: `${report} ${report}` },
      { id: 'b', text: report },
    ]);
    const hashes = [...data.hashes];
    expect(hashes).toEqual([...hashes].sort((x, y) => x - y));
    const distinct = new Set(shinglesOf(`${report} ${report}`)).size;
    expect(data.hashes.length).toBe(distinct + shinglesOf(report).length);
  });
});
