import type { QueryApi } from '../src/answer/query-api.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';

/** Topics, questions and names asked of every council, as users ask them. */
const topics = [
  'supervision',
  'care leavers',
  'caseloads',
  'management oversight',
  'early help',
  'missing children',
  'fostering',
  'adoption',
];
const questions = [
  'were social workers supervised?',
  'how are care leavers supported?',
  'what did Ofsted say about leadership?',
  'best pizza in town',
];
const people = ['lead inspector', 'director of children’s services'];

/** Every command's answer times, in milliseconds, over `councils` councils of the set. */
export function timeQueries(
  api: QueryApi,
  knowledgeBase: KnowledgeBase,
  options: { councils: number; rounds: number },
): Map<string, number[]> {
  const councilIds = [
    ...new Set(knowledgeBase.documents.flatMap((document) => document.meta.council?.id ?? [])),
  ];
  // Spread over the set rather than the first few alphabetically.
  const step = Math.max(1, Math.floor(councilIds.length / options.councils));
  const councils = councilIds.filter((_, i) => i % step === 0).slice(0, options.councils);
  const calls: Record<string, (council: string) => (() => unknown)[]> = {
    finding: (council) => topics.map((topic) => () => api.findings(topic, { council })),
    ask: (council) => questions.map((question) => () => api.ask(question, { council })),
    rating: (council) => [() => api.ratings(undefined, { council })],
    timeline: (council) => [() => api.timeline({ council })],
    who: (council) => people.map((name) => () => api.person(name, { council })),
    consequences: (council) => [() => api.consequences({ council })],
    sources: (council) => [() => api.sources({ council })],
    autocomplete: (council) => [() => api.topicChoices('sup', { council })],
  };
  const times = new Map<string, number[]>();
  for (let round = 0; round < options.rounds; round += 1) {
    for (const council of councils) {
      for (const [command, callsOf] of Object.entries(calls)) {
        const list = times.get(command) ?? [];
        for (const call of callsOf(council)) {
          const started = performance.now();
          call();
          list.push(performance.now() - started);
        }
        times.set(command, list);
      }
    }
  }
  return times;
}
