import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { Answer } from './answer.ts';
import { citeFacts } from './cite-fact.ts';
import { whatTheRulesAllow } from './what-the-rules-allow.ts';

/** What the rules allow when a council fails to improve, then what actually happened here. */
export function listConsequences(index: KnowledgeIndex): Answer {
  const rules = whatTheRulesAllow(index);
  const happened = index.factRecords
    .filter((record) => record.consequence === 'what-happened')
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const results = citeFacts(index, [...rules, ...happened], (record) => record.subject);
  return {
    command: 'consequences',
    query: '',
    answered: results.length > 0,
    title: 'What happens if children’s services fail to improve',
    summary:
      results.length > 0
        ? 'What the rules allow and who decides, then what happened here. Partisan claims are marked.'
        : null,
    results,
    suggestions: [],
    notice:
      results.length > 0
        ? null
        : 'This knowledge base has no curated consequences (knowledge/facts.yaml).',
  };
}
