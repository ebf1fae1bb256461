import { describe, expect, it } from 'vitest';
import { readLeadInspector } from '../../../src/knowledge/pdf/read-lead-inspector.ts';

describe('readLeadInspector', () => {
  it.each([
    ['Lead inspector: Marcie Taylor', 'Marcie Taylor'],
    ['Lead inspector: Christine Kennet, His Majesty’s Inspector', 'Christine Kennet'],
    ["Lead inspector: Tracey Metcalfe Her Majesty's Inspector", 'Tracey Metcalfe'],
    ['Lead inspector: Neil Penswick HMI', 'Neil Penswick'],
    ['Reporting inspector Helen Cawston HMI', 'Helen Cawston'],
    ['Lead inspector on site: Pietro Battista', 'Pietro Battista'],
    ['Lead inspector: Anne Waterman', 'Anne Waterman'],
    [
      'Lead inspectors: Rebecca Quested, His Majesty’s Inspector, and Matthew Reed, His Majesty’s Inspector',
      'Rebecca Quested and Matthew Reed',
    ],
  ])('reads "%s"', (paragraph, name) => {
    expect(readLeadInspector(paragraph)).toBe(name);
  });

  it.each([
    'Deputy lead inspector: Linda Steele',
    'Lead inspectors met with the director of children’s services.',
    'Lead inspector:',
  ])('finds no lead inspector in "%s"', (paragraph) => {
    expect(readLeadInspector(paragraph)).toBeUndefined();
  });
});
