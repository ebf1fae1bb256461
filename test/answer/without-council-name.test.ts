import { describe, expect, it } from 'vitest';
import { councilNameWords, withoutCouncilName } from '../../src/answer/without-council-name.ts';
import { buildValidIndex } from '../fixtures/valid-knowledge.ts';

describe('withoutCouncilName', () => {
  it('drops the words of the council’s name, however written', () => {
    const words = new Set(['kingston', 'upon', 'hull']);
    expect(withoutCouncilName('How good is adoption in Hull’s services?', words)).toBe(
      'How good is adoption in services?',
    );
    expect(withoutCouncilName('Kingston upon Hull fostering', words)).toBe('fostering');
  });

  it('keeps a text that does not name the council', () => {
    expect(withoutCouncilName('supervision in 2017', new Set(['hull']))).toBe(
      'supervision in 2017',
    );
  });
});

describe('councilNameWords', () => {
  it('reads the name from the council’s documents', async () => {
    expect([...councilNameWords(await buildValidIndex())]).toEqual(['exampleshire']);
  });
});
