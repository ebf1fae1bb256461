import { describe, expect, it } from 'vitest';
import { buildCouncilDirectory } from '../../../src/knowledge/councils/council-directory.ts';
import { loadCatalogue } from '../../../src/knowledge/councils/load-council-catalogue.ts';

describe('the bundled catalogue', () => {
  it('names councils by the short forms people write for their places', async () => {
    const { councils, shortForms } = await loadCatalogue();
    const directory = buildCouncilDirectory(councils, shortForms);
    const named = (typed: string) => {
      const match = directory.find(typed);
      return match.kind === 'found' ? match.council.name : match.kind;
    };
    expect(named('brum')).toBe('Birmingham');
    expect(named('scouse council')).toBe('Liverpool');
    expect(named('north northants')).toBe('North Northamptonshire');
    expect(named('notts')).toBe('Nottinghamshire');
  });
});
