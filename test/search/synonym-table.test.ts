import { describe, expect, it } from 'vitest';
import { synonymTable } from '../../src/search/synonym-table.ts';

describe('synonymTable', () => {
  it('reads an abbreviation’s plural as people type it as the abbreviation', () => {
    const group = {
      terms: ['director of children’s services', 'DCS'],
      topicTerms: ['director of children’s services', 'DCS'],
    };
    const texts = synonymTable([group]).variants.map((variant) => variant.text);
    expect(texts).toContain('DCSs');
    // Words are not abbreviations: no plural is made of them.
    expect(texts).not.toContain('director of children’s servicess');
  });
});
