/** Something wrong with one file of the knowledge set: which file, which field, and why. */
export interface KnowledgeProblem {
  file: string;
  field: string;
  reason: string;
}

/** One line a moderator can act on: `knowledge: facts.yaml: people[2].source.quote: …`. */
export function describeProblem(problem: KnowledgeProblem): string {
  return `knowledge: ${problem.file}: ${problem.field}: ${problem.reason}`;
}
