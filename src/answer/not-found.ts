import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { Answer } from './answer.ts';

/** An honest "not in the sources", with did-you-mean phrasings when the index has any. */
export function notFound(
  index: KnowledgeIndex,
  command: string,
  query: string,
  title: string,
): Answer {
  const suggestions = index.passages.suggest(query).filter((text) => text !== query.toLowerCase());
  return {
    command,
    query,
    answered: false,
    title,
    summary: null,
    results: [],
    suggestions,
    notice:
      `Nothing in the sources answers “${query}”.` +
      (suggestions.length > 0 ? ' Did you mean one of the suggestions?' : ''),
  };
}
