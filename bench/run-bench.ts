import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { CitedResult } from '../src/answer/answer.ts';
import { createQueryApi } from '../src/answer/query-api.ts';
import { answerLine } from '../src/console/answer-line.ts';
import { renderAnswerPages } from '../src/discord/answer-pages.ts';
import { loadQuestionSet } from '../src/evaluation/question-set.ts';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge-base.ts';
import { importPdfReport } from '../src/knowledge/pdf/import-pdf-report.ts';
import { buildKnowledgeLibrary } from '../src/search/knowledge-library.ts';

/**
 * `npm run bench`: measures what users wait for (loading and indexing the knowledge, answering a
 * question, importing a PDF) on this machine, and prints the figures. It asserts nothing.
 */
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const knowledgeDir = process.env.KNOWLEDGE_DIR ?? 'knowledge';

const timeIt = async (fn: () => unknown | Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const lines: string[] = [`findings-bot bench (${rounds} rounds, Node ${process.version})`];

const loads: number[] = [];
const builds: number[] = [];
let loaded = await loadKnowledgeBase(knowledgeDir);
for (let i = 0; i < rounds; i += 1) {
  loads.push(await timeIt(async () => (loaded = await loadKnowledgeBase(knowledgeDir))));
  builds.push(await timeIt(() => buildKnowledgeLibrary(loaded.knowledgeBase)));
}
const { documents, passages } = loaded.knowledgeBase;
lines.push(
  `knowledge: ${documents.length} documents, ${passages.length} passages`,
  `load + validate     p50 ${ms(percentile(loads, 50))}  p95 ${ms(percentile(loads, 95))}`,
  `build index         p50 ${ms(percentile(builds, 50))}  p95 ${ms(percentile(builds, 95))}`,
);

const api = createQueryApi(buildKnowledgeLibrary(loaded.knowledgeBase));
const questions = await loadQuestionSet('test/eval/tuned.yaml', 'test/eval/blind/croydon.yaml');
const answers: number[] = [];
for (let i = 0; i < rounds; i += 1) {
  for (const question of questions)
    answers.push(await timeIt(() => answerLine(api, question.line)));
}
lines.push(
  `answer one line     p50 ${ms(percentile(answers, 50))}  p95 ${ms(percentile(answers, 95))}  max ${ms(Math.max(...answers))}  (${answers.length} answers)`,
);

// Hostile text: a 40,000-character passage once took seconds to escape and lay out.
const hostile = {
  ...(api.findings('supervision').results[0] as CitedResult),
  excerpt: `${'*_~ '.repeat(5_000)}\n${' '.repeat(20_000)}`,
  highlights: [] as Array<[number, number]>,
};
const renders: number[] = [];
for (let i = 0; i < rounds; i += 1) {
  renders.push(
    await timeIt(() =>
      renderAnswerPages({ ...api.findings('supervision'), results: [hostile, hostile, hostile] }),
    ),
  );
}
lines.push(
  `render 3 × 40k-char  p50 ${ms(percentile(renders, 50))}  max ${ms(Math.max(...renders))}`,
);

const pdf = new Uint8Array(await readFile(`${knowledgeDir}/originals/croydon-ofsted-2017.pdf`));
const imports: number[] = [];
for (let i = 0; i < Math.min(rounds, 5); i += 1) {
  imports.push(
    await timeIt(() => importPdfReport(pdf, { sourceFileName: 'croydon-ofsted-2017.pdf' })),
  );
}
lines.push(
  `import 39-page PDF  p50 ${ms(percentile(imports, 50))}  max ${ms(Math.max(...imports))}`,
);
const memory = process.memoryUsage();
lines.push(
  `memory              rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
process.stdout.write(`${lines.join('\n')}\n`);
