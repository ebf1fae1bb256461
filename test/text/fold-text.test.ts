import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold-text.ts';

describe('foldText', () => {
  it('makes curly quotes straight', () => {
    expect(foldText('‘a’ “b” children’s')).toBe("'a' \"b\" children's");
  });

  it('makes dashes and the minus sign a hyphen', () => {
    expect(foldText('2017–2018 — well‑led −1')).toBe('2017-2018 - well-led -1');
  });

  it('removes accents', () => {
    expect(foldText('Café naïve rôle Zoë')).toBe('cafe naive role zoe');
  });

  it('turns non-breaking and narrow spaces into plain spaces', () => {
    expect(foldText('4\u00a0September\u202f2017')).toBe('4 september 2017');
  });

  it('spells out an ellipsis and lowers case', () => {
    expect(foldText('WAIT…')).toBe('wait...');
  });

  it('leaves plain lower-case text unchanged', () => {
    expect(foldText("children's services - 2017")).toBe("children's services - 2017");
  });

  // Regression test (was a bug): the fold table maps the acute accent ´ (U+00B4) to an apostrophe, but NFKD runs first and decomposes ´ into a space plus a combining accent, and the accent is then stripped, so "it´s" folds to "it s" and the table entry never applies.
  it('folds an acute accent used as an apostrophe to an apostrophe', () => {
    expect(foldText('it´s')).toBe("it's");
  });
});
