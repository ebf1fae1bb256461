import { describe, expect, it } from 'vitest';
import {
  asksAboutFuture,
  datesTheFuture,
  namesMoreThanTheFuture,
} from '../../src/question/asks-about-future.ts';

describe('asksAboutFuture', () => {
  it('reads a question about what is still to happen', () => {
    expect(asksAboutFuture('When is Ofsted next due to inspect the council?')).toBe(true);
    expect(asksAboutFuture('when will the next inspection be?')).toBe(true);
  });

  it('leaves past events alone, "next" included', () => {
    expect(asksAboutFuture('When was the inspection before the 2017 one?')).toBe(false);
    expect(asksAboutFuture('when did the next inspection after 2017 take place?')).toBe(false);
    expect(asksAboutFuture('When were inspectors last on site?')).toBe(false);
  });
});

describe('datesTheFuture', () => {
  it('wants a word of the future and a time', () => {
    expect(datesTheFuture('The next monitoring visit will take place in March 2025.')).toBe(true);
  });

  it('rejects a past inspection’s dates and undated next steps', () => {
    expect(datesTheFuture('Inspection dates: 14 to 25 October 2024')).toBe(false);
    expect(datesTheFuture('clear recommendations about next steps to safeguard children')).toBe(
      false,
    );
  });
});

describe('namesMoreThanTheFuture', () => {
  it('wants a matched word that names the event, not only its time', () => {
    expect(namesMoreThanTheFuture(['next', 'inspection'])).toBe(true);
    expect(namesMoreThanTheFuture(['due'])).toBe(false);
    expect(namesMoreThanTheFuture([])).toBe(false);
  });
});
