import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { CitedResult } from '../src/answer/answer.ts';
import { renderAnswerPages } from '../src/discord/answer-pages.ts';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge-base.ts';
import { importPdfReport } from '../src/knowledge/pdf/import-pdf-report.ts';
import { readIndexSnapshot, snapshotFileFor } from '../src/live/index-snapshot-file.ts';
import { KnowledgeStore } from '../src/live/knowledge-store.ts';
import { openSnapshotLibrary } from '../src/live/library-build.ts';
import { createLogger } from '../src/logger.ts';
import {
  type BurstFigures,
  burstFixedReplyBot,
  burstRealBot,
  type OneAtATimeFigures,
  oneAtATimeFixedReplyBot,
  oneAtATimeRealBot,
} from './bench-burst.ts';
import { timeQueries } from './bench-queries.ts';
import { percentile } from './percentile.ts';

/**
 * `npm run bench [-- --knowledge DIR]`: measures what users wait for on this machine and prints
 * the figures: loading, building and reviving the indexes, answers by command, the event loop's
 * longest stall during a refresh, memory, and a burst of interactions through the local Discord
 * stand-in beside a bot that replies with a fixed message. It asserts nothing.
 */
const { values: args } = parseArgs({
  options: {
    knowledge: { type: 'string' },
    rounds: { type: 'string' },
    burst: { type: 'string', default: '1000' },
    users: { type: 'string', default: '50' },
    councils: { type: 'string', default: '20' },
    'skip-burst': { type: 'boolean', default: false },
    'in-process-refresh': { type: 'boolean' },
  },
});
const knowledgeDir = args.knowledge ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
const logger = createLogger({ level: 'silent' });

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const out = (line: string) => process.stdout.write(`${line}\n`);
const timeItSync = (fn: () => unknown): number => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};
const timeIt = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
};
/**
 * The longest event-loop stall while `fn` runs: the largest gap between ticks of a 5 ms interval
 * beyond its period, and monitorEventLoopDelay's p99 for the shape of the rest.
 */
const stallDuring = async <T>(
  fn: () => Promise<T>,
): Promise<[T, { maxMs: number; p99Ms: number }]> => {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 5);
    last = now;
  }, 5);
  try {
    const value = await fn();
    // A stall that ends in `fn` resolving is only seen by the next tick: wait for it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return [value, { maxMs: Math.max(longest, 0), p99Ms: histogram.percentile(99) / 1e6 }];
  } finally {
    clearInterval(ticker);
    histogram.disable();
  }
};

// --- load ---------------------------------------------------------------------------------
// Counted, then let go: a national set is too large to keep a spare copy of in the heap.
const { documentCount, passageCount, councilIds, contentHash, loadMs } = await (async () => {
  const [load, took] = await timeIt(() => loadKnowledgeBase(knowledgeDir));
  const { documents, passages } = load.knowledgeBase;
  return {
    documentCount: documents.length,
    passageCount: passages.length,
    councilIds: [...new Set(documents.flatMap((document) => document.meta.council?.id ?? []))],
    contentHash: load.knowledgeBase.contentHash,
    loadMs: took,
  };
})();
const small = passageCount < 5_000;
const rounds = Number(args.rounds ?? (small ? 5 : 1));
const loads = [loadMs];
for (let i = 1; i < rounds; i += 1)
  loads.push((await timeIt(() => loadKnowledgeBase(knowledgeDir)))[1]);
out(`findings-bot bench: ${knowledgeDir}, Node ${process.version}, ${rounds} round(s)`);
out(
  `knowledge            ${documentCount} documents, ${passageCount} passages, ${councilIds.length} councils`,
);
out(`load + validate      p50 ${ms(percentile(loads, 50))}  max ${ms(Math.max(...loads))}`);

// --- build, snapshot write, snapshot load -------------------------------------------------
const snapshotDirectory = await mkdtemp(path.join(tmpdir(), 'bench-snapshots-'));
/** The store as the bot opens it: snapshots in `snapshotDirectory`, refreshes in a worker. */
const openStore = () =>
  KnowledgeStore.open({
    directory: knowledgeDir,
    logger,
    snapshotDirectory,
    refreshInWorker: true,
  });
const builds: number[] = [];
const startUps: number[] = [];
let store: KnowledgeStore | undefined;
for (let i = 0; i < rounds; i += 1) {
  await rm(snapshotDirectory, { recursive: true, force: true });
  const [opened, took] = await timeIt(openStore);
  store = opened;
  startUps.push(took);
  builds.push(opened.current().library.buildMs);
}
if (!store) throw new Error('bench: no rounds');
const snapshotFile = snapshotFileFor(snapshotDirectory, knowledgeDir);
out(
  `build indexes        p50 ${ms(percentile(builds, 50))}  max ${ms(Math.max(...builds))}  (one council at a time, in this thread)`,
);
out(
  `start-up, no snapshot p50 ${ms(percentile(startUps, 50))}  (load + build + write snapshot, ${mib((await stat(snapshotFile)).size)})`,
);
const opens: number[] = [];
const revives: number[] = [];
const councilRevives: number[] = [];
const snapshotStartUps: number[] = [];
for (let i = 0; i < rounds; i += 1) {
  const [library, openMs] = await timeIt(async () => {
    const read = await readIndexSnapshot(snapshotFile, contentHash);
    if (read.status !== 'ok') throw new Error(`bench: snapshot ${read.status}`);
    const served = (store as KnowledgeStore).current().library.knowledgeBase;
    return openSnapshotLibrary(served, read.file, read.councils, { residentLimit: 1 });
  });
  opens.push(openMs);
  // Every council read back once, as its first question would: the whole file's worth.
  const [, all] = await timeIt(() => {
    for (const council of library.loaded.councils) {
      councilRevives.push(timeItSync(() => library.indexFor(council.id)));
    }
  });
  revives.push(all);
  store = undefined;
  const [opened, took] = await timeIt(openStore);
  if (opened.current().indexesFrom !== 'snapshot') throw new Error('bench: snapshot not used');
  store = opened;
  snapshotStartUps.push(took);
}
out(
  `snapshot read+check  p50 ${ms(percentile(opens, 50))}  max ${ms(Math.max(...opens))}  (councils are read when first asked for)`,
);
out(
  `revive every council p50 ${ms(percentile(revives, 50))}  (one council: p50 ${ms(percentile(councilRevives, 50))}, max ${ms(Math.max(...councilRevives))})`,
);
out(
  `start-up, snapshot   p50 ${ms(percentile(snapshotStartUps, 50))}  (load + read + check the snapshot)`,
);

// --- answers by command --------------------------------------------------------------------
const api = store.current().api;
const times = timeQueries(api, store.current().library.knowledgeBase, {
  councils: Number(args.councils),
  rounds: small ? 5 : 1,
});
for (const [command, list] of times) {
  out(
    `answer ${command.padEnd(13)} p50 ${ms(percentile(list, 50))}  p99 ${ms(percentile(list, 99))}  max ${ms(Math.max(...list))}  (${list.length})`,
  );
}

// --- refresh: how long the event loop stalls ----------------------------------------------
const [workerRefresh, workerStall] = await stallDuring(() =>
  (store as KnowledgeStore).refresh('bench'),
);
out(
  `refresh in worker    took ${ms(workerRefresh.status === 'refreshed' ? workerRefresh.tookMs : Number.NaN)}, longest event-loop stall ${ms(workerStall.maxMs)} (p99 ${ms(workerStall.p99Ms)})`,
);
if (args['in-process-refresh'] ?? small) {
  const here = await KnowledgeStore.open({ directory: knowledgeDir, logger });
  const [hereRefresh, hereStall] = await stallDuring(() => here.refresh('bench'));
  out(
    `refresh in thread    took ${ms(hereRefresh.status === 'refreshed' ? hereRefresh.tookMs : Number.NaN)}, longest event-loop stall ${ms(hereStall.maxMs)} (p99 ${ms(hereStall.p99Ms)})`,
  );
}
const memory = process.memoryUsage();
out(
  `memory               rss ${mib(memory.rss)}, heap ${mib(memory.heapUsed)}, peak rss ${mib(process.resourceUsage().maxRSS * 1024)}`,
);

// --- the older figures: hostile rendering and the PDF import --------------------------------
const found = api.findings('supervision').results[0] as CitedResult | undefined;
if (found) {
  // Hostile text: a 40,000-character passage once took seconds to escape and lay out.
  const hostile = {
    ...found,
    excerpt: `${'*_~ '.repeat(5_000)}\n${' '.repeat(20_000)}`,
    highlights: [] as Array<[number, number]>,
  };
  const renders: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    renders.push(
      (
        await timeIt(() =>
          renderAnswerPages({
            ...api.findings('supervision'),
            results: [hostile, hostile, hostile],
          }),
        )
      )[1],
    );
  }
  out(`render 3 × 40k-char  p50 ${ms(percentile(renders, 50))}  max ${ms(Math.max(...renders))}`);
}
const pdfFile = path.join(knowledgeDir, 'originals', 'croydon-ofsted-2017.pdf');
if (existsSync(pdfFile)) {
  const pdf = new Uint8Array(await readFile(pdfFile));
  const [, took] = await timeIt(() =>
    importPdfReport(pdf, { sourceFileName: 'croydon-ofsted-2017.pdf' }),
  );
  out(`import 39-page PDF   ${ms(took)}`);
}

// --- a burst through the stand-in ------------------------------------------------------------
if (!args['skip-burst']) {
  const councils = councilIds;
  const council = (i: number) =>
    councils.length > 1 ? { council: councils[i % councils.length] ?? '' } : {};
  const commands = Array.from({ length: 20 }, (_, i) => {
    const kinds = [
      { name: 'finding', options: { topic: 'supervision', ...council(i) } },
      { name: 'ask', options: { question: 'how are care leavers supported?', ...council(i) } },
      { name: 'rating', options: { ...council(i) } },
      { name: 'timeline', options: { ...council(i) } },
      { name: 'finding', options: { topic: 'early help', private: true, ...council(i) } },
    ];
    return kinds[i % kinds.length] ?? { name: 'help' };
  });
  const request = { interactions: Number(args.burst), users: Number(args.users), commands };
  const line = (label: string, f: BurstFigures) =>
    out(
      `${label.padEnd(21)}${f.sent} sent: ${f.answered} answered (${f.cooldown} cooldown), ${f.deferred} deferred, ${f.lost} lost; first callback p50 ${ms(f.firstCallbackP50Ms)} p99 ${ms(f.firstCallbackP99Ms)}; answer p99 ${ms(f.answerP99Ms)}; all in ${ms(f.tookMs)}`,
    );
  line('burst, cooldown off', await burstRealBot(store, request, 0));
  line('burst, cooldown 3 s', await burstRealBot(store, request, 3));
  line('burst, fixed reply', await burstFixedReplyBot(request));
  // One at a time, as a quiet server asks: the real bot beside the fixed-reply floor.
  const quiet = { ...request, interactions: 100 };
  const single = (label: string, f: OneAtATimeFigures) =>
    out(
      `${label.padEnd(21)}${f.sent} sent: ${f.answered} answered; answer p50 ${ms(f.answerP50Ms)} p99 ${ms(f.answerP99Ms)}`,
    );
  const real = await oneAtATimeRealBot(store, quiet);
  const fixed = await oneAtATimeFixedReplyBot(quiet);
  single('one at a time, bot', real);
  single('one at a time, fixed', fixed);
  out(`one at a time        p50 ratio ${(real.answerP50Ms / fixed.answerP50Ms).toFixed(2)}x`);
}
await rm(snapshotDirectory, { recursive: true, force: true });
// discord.js and the stand-in leave handles behind on purpose-built shutdowns; the figures are out.
process.exit(0);
