import { loadConfig } from '../config.ts';
import { partitionByCouncil } from '../knowledge/councils/partition-by-council.ts';
import { describeProblem } from '../knowledge/knowledge-problem.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { councilSynonyms } from '../search/council-synonyms.ts';
import { runCli } from './run-cli.ts';

/**
 * `npm run kb:check`: validates KNOWLEDGE_DIR with the same loader the bot uses, printing each
 * problem; exits 1 if there is any, so CI and moderators catch a bad file before the bot does.
 * It also says how many abbreviations each council's documents spell out (learned, as the bot
 * learns them); `--abbreviations` lists them, and those left out with the reason.
 */
runCli(async () => {
  const listAbbreviations = process.argv.slice(2).includes('--abbreviations');
  const { knowledgeDir } = loadConfig();
  const { knowledgeBase, problems } = await loadKnowledgeBase(knowledgeDir);
  for (const problem of problems) process.stderr.write(`${describeProblem(problem)}\n`);
  const { documents, passages, facts, glossary } = knowledgeBase;
  const factCount =
    facts.inspections.length +
    facts.timeline.length +
    facts.people.length +
    facts.consequences.length;
  let learnedCount = 0;
  for (const part of partitionByCouncil(knowledgeBase)) {
    const { learned, rejected } = councilSynonyms(part.knowledgeBase).learning;
    learnedCount += learned.length;
    if (!listAbbreviations) continue;
    process.stdout.write(`${part.council.name}: ${learned.length} abbreviations learned\n`);
    for (const entry of learned) {
      process.stdout.write(
        `  ${entry.abbreviation} = ${entry.phrases.join(' | ')} (${entry.passageId})\n`,
      );
    }
    for (const entry of rejected) {
      process.stdout.write(
        `  left out: ${entry.abbreviation} = ${entry.phrase} (${entry.passageId}): ${entry.reason}\n`,
      );
    }
  }
  process.stdout.write(
    `${knowledgeDir}: ${documents.length} documents, ${passages.length} passages, ${factCount} facts, ${glossary.length} glossary entries, ${learnedCount} abbreviations learned from the documents; ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n`,
  );
  return problems.length === 0 ? 0 : 1;
});
