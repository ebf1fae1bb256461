import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';

/** How much a knowledge set holds, as moderators see it reported. */
export interface KnowledgeCounts {
  documents: number;
  passages: number;
  /** Curated facts: inspections, timeline entries, people and consequences. */
  facts: number;
}

/** Counts documents, passages and curated facts, the same way `kb:check` reports them. */
export function countKnowledge(knowledgeBase: KnowledgeBase): KnowledgeCounts {
  const { facts } = knowledgeBase;
  return {
    documents: knowledgeBase.documents.length,
    passages: knowledgeBase.passages.length,
    facts:
      facts.inspections.length +
      facts.timeline.length +
      facts.people.length +
      facts.consequences.length,
  };
}
