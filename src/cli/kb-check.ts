import { loadConfig } from '../config.ts';
import { describeProblem } from '../knowledge/knowledge-problem.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { runCli } from './run-cli.ts';

/**
 * `npm run kb:check`: validates KNOWLEDGE_DIR with the same loader the bot uses, printing each
 * problem; exits 1 if there is any, so CI and moderators catch a bad file before the bot does.
 */
runCli(async () => {
  const { knowledgeDir } = loadConfig();
  const { knowledgeBase, problems } = await loadKnowledgeBase(knowledgeDir);
  for (const problem of problems) process.stderr.write(`${describeProblem(problem)}\n`);
  const { documents, passages, facts } = knowledgeBase;
  const factCount =
    facts.inspections.length +
    facts.timeline.length +
    facts.people.length +
    facts.consequences.length;
  process.stdout.write(
    `${knowledgeDir}: ${documents.length} documents, ${passages.length} passages, ${factCount} facts; ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n`,
  );
  return problems.length === 0 ? 0 : 1;
});
