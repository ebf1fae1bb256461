import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import { answerLine } from '../../src/console/answer-line.ts';
import { formatAnswerText } from '../../src/console/format-answer-text.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { loadValidKnowledge } from '../fixtures/valid-knowledge.ts';

let api: QueryApi;
beforeAll(async () => {
  api = createQueryApi(buildKnowledgeLibrary(await loadValidKnowledge()));
});

describe('/check and /changes in the console', () => {
  it('prints the claim and the verdict above the cited judgements', () => {
    const text = formatAnswerText(answerLine(api, '/check claim:Exampleshire was good in 2017'));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Exampleshire: Checking a claim',
      'Claim: “Exampleshire was good in 2017”',
      'The official record differs.',
      'Ofsted’s 2017 (SIF) inspection judged overall effectiveness Inadequate, not Good.',
    ]);
    expect(text).toContain('1. Overall effectiveness: Inadequate');
  });

  it('says a silent verdict once', () => {
    const text = formatAnswerText(answerLine(api, '/check Exampleshire was inadequate in 2019'));
    expect(text.match(/No inspection of Exampleshire/g)).toHaveLength(1);
  });

  it('needs a claim', () => {
    expect(() => answerLine(api, '/check')).toThrow(/\/check needs a claim/);
  });

  it('prints one line per judgement area for /changes', () => {
    const text = formatAnswerText(answerLine(api, '/changes'));
    expect(text).toContain('Overall effectiveness: Adequate (2012) → ? Inadequate (2017)');
  });
});
