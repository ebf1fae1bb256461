import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Answer, CitedResult } from './answer.ts';
import { citeExcerpt } from './cite-excerpt.ts';

/** What the bot covers, said whenever it turns a question away. */
const covers =
  'I answer from Ofsted’s inspection reports on councils’ children’s services (and, labelled, what others said about them): ratings, dates, inspectors, what needs to improve, and findings on a topic.';

/**
 * The reply to a message that reads like a report about a specific child or family: no search,
 * just where to get help, quoted from the safeguarding guidance in the knowledge folder.
 */
export function safeguardingAnswer(
  knowledgeBase: KnowledgeBase,
  command: string,
  query: string,
): Answer {
  const guidance = knowledgeBase.documents.filter(
    (document) => document.meta.kind === 'safeguarding-guidance',
  );
  const results: CitedResult[] = guidance.flatMap((document) =>
    knowledgeBase.passages
      .filter((passage) => passage.docId === document.meta.id)
      .map((passage) =>
        citeExcerpt(document, passage, {
          start: passage.start,
          end: passage.end,
          truncatedBefore: false,
          truncatedAfter: false,
        }),
      ),
  );
  return {
    command,
    query,
    answered: false,
    title: 'If you are worried about a child',
    refusal: 'safeguarding',
    summary: null,
    results,
    suggestions: [],
    notice:
      results.length > 0
        ? 'I can’t look into a particular child or family. If a child may be at risk, here is who to contact.'
        : 'I can’t look into a particular child or family. If a child is in danger, call 999; otherwise contact the children’s services of the council where the child lives, or the NSPCC on 0808 800 5000.',
  };
}

/** The reply to a question about something next to the bot's subject that it does not cover. */
export function outOfScopeAnswer(command: string, query: string, subject: string): Answer {
  return {
    command,
    query,
    answered: false,
    title: 'Not something I cover',
    refusal: 'out-of-scope',
    summary: null,
    results: [],
    suggestions: [],
    notice: `That looks like a question about ${subject}, which these sources do not cover. ${covers}`,
  };
}
