import { describe, expect, it } from 'vitest';
import { recognisePublisher } from '../../../src/knowledge/pdf/recognise-publisher.ts';

describe('recognisePublisher', () => {
  it.each([
    [
      'its full name, curly apostrophe',
      'The Office for Standards in Education, Children’s Services and Skills (Ofsted) regulates',
    ],
    [
      'its full name, straight apostrophe',
      "The Office for Standards in Education, Children's Services and Skills (Ofsted)",
    ],
    ['its web address', 'Further copies are obtainable at www.ofsted.gov.uk'],
    ['its email address', 'or email enquiries@ofsted.gov.uk.'],
    [
      'its name and an inspector’s title',
      'Lead inspector: Jane Smith, His Majesty’s Inspector\nOfsted produces this report',
    ],
    ['its name and HMI', 'Reporting inspector Helen Cawston HMI. © Ofsted'],
    ['its name and Her Majesty’s Inspector', "Ofsted's team of Her Majesty's Inspectors"],
  ])('recognises Ofsted from %s', (_, text) => {
    expect(recognisePublisher(text)).toBe('Ofsted');
  });

  it.each([
    [
      'a council statement that names Ofsted',
      'The council welcomes the Ofsted report published today.',
    ],
    [
      'an inspector’s title without Ofsted',
      'HMI Constabulary found the force requires improvement.',
    ],
    ['nothing', ''],
  ])('does not take %s for Ofsted’s', (_, text) => {
    expect(recognisePublisher(text)).toBeUndefined();
  });
});
