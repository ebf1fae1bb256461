import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRefresh } from '../../src/kb/describe-refresh.ts';
import { describeStatus } from '../../src/kb/describe-status.ts';
import { buildCouncilDirectory } from '../../src/knowledge/councils/council-directory.ts';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { createLogger } from '../../src/logger.ts';
import { copyKnowledge, type TempKnowledge } from './temp-knowledge.ts';

const logger = createLogger({ level: 'silent' });
const at = new Date('2026-01-02T03:04:05.678Z');

describe('describeRefresh', () => {
  let knowledge: TempKnowledge;
  let store: KnowledgeStore;
  beforeEach(async () => {
    knowledge = await copyKnowledge();
    store = await KnowledgeStore.open({ directory: knowledge.directory, logger, now: () => at });
  });
  afterEach(() => knowledge.remove());
  const file = (name: string) => path.join(knowledge.directory, name);

  it('lists what was added, removed and changed, the counts with their change, and the time', async () => {
    await rm(file('party-2017-09-04.md'));
    await writeFile(
      file('news-2018.md'),
      '---\nid: news-2018\ntitle: News\npublisher: Paper\npublished: 2018-01-01\ndate_precision: day\nurl: null\nkind: news-article\n---\nOne.\n\nTwo.\n',
    );
    const ofsted = await readFile(file('ofsted-2017.md'), 'utf8');
    await writeFile(file('ofsted-2017.md'), ofsted.replace('lacks reflection', 'lacks depth'));

    const outcome = await store.refresh('ada (1)');
    const report = describeRefresh(outcome);
    expect(report.title).toBe('Knowledge refreshed');
    expect(report.ok).toBe(true);
    expect(report.lines.slice(0, 4)).toEqual([
      'Added (1): news-2018',
      'Removed (1): party-2017-09-04',
      'Changed (1): ofsted-2017',
      'Documents 3 · passages 9 (+1) · facts 3',
    ]);
    expect(report.lines[4]).toMatch(/^Took \d+ ms \(index build \d+ ms\)\.$/);
  });

  it('says so when nothing changed', async () => {
    const report = describeRefresh(await store.refresh('ada (1)'));
    expect(report.lines[0]).toBe('No document was added, removed or changed.');
  });

  it('lists every problem by file and field when refused', () => {
    const report = describeRefresh({
      status: 'invalid',
      problems: [
        { file: 'a.md', field: 'publisher', reason: 'is required' },
        { file: 'facts.yaml', field: 'people[0].source.quote', reason: 'not found in ofsted-2017' },
      ],
      tookMs: 12,
    });
    expect(report).toEqual({
      title: 'Refresh refused: 2 problems; still serving the previous knowledge',
      lines: [
        'a.md · publisher: is required',
        'facts.yaml · people[0].source.quote: not found in ofsted-2017',
        'Checked in 12 ms.',
      ],
      ok: false,
    });
  });

  it('names who is refreshing when busy', () => {
    expect(describeRefresh({ status: 'busy', since: at, by: 'grace (2)' }).lines).toEqual([
      'Started by grace (2) at 2026-01-02 03:04:05 UTC. Questions are still answered from the current knowledge; try again in a moment.',
    ]);
  });
});

describe('describeStatus', () => {
  it('opens no council’s index to describe the glossary when several councils are loaded', async () => {
    const knowledge = await copyKnowledge();
    try {
      const store = await KnowledgeStore.open({ directory: knowledge.directory, logger });
      const real = store.current();
      const opened: string[] = [];
      // At national scale each index opened here would be read from the snapshot on the event loop.
      const snapshot = {
        ...real,
        library: {
          ...real.library,
          loaded: buildCouncilDirectory([
            { id: 'bromley', name: 'Bromley' },
            { id: 'lambeth', name: 'Lambeth' },
          ]),
          indexFor: (councilId: string) => {
            opened.push(councilId);
            return real.library.indexFor(councilId);
          },
        },
      };
      expect(describeStatus(snapshot).lines[1]).toBe(
        'Glossary: 5 entries · abbreviations are learned per council (npm run kb:check -- --abbreviations lists them)',
      );
      expect(opened).toEqual([]);
    } finally {
      await knowledge.remove();
    }
  });

  it('reports counts, hash, who loaded it and what was skipped', async () => {
    const knowledge = await copyKnowledge();
    try {
      await writeFile(path.join(knowledge.directory, 'broken.md'), 'no front matter\n');
      const store = await KnowledgeStore.open({
        directory: knowledge.directory,
        logger,
        now: () => at,
      });
      const snapshot = store.current();
      const report = describeStatus(snapshot, { since: at, by: 'ada (1)' });
      expect(report.lines).toEqual([
        'Documents 3 · passages 8 · facts 3',
        expect.stringMatching(
          /^Glossary: 5 entries · 0 abbreviations learned from \S.*’s documents \(npm run kb:check -- --abbreviations lists them\)$/,
        ),
        `Content hash: ${snapshot.library.knowledgeBase.contentHash}`,
        expect.stringMatching(
          /^Loaded 2026-01-02 03:04:05 UTC by start-up, in \d+ ms \(index build \d+ ms\)\.$/,
        ),
        'A refresh is running now, started by ada (1) at 2026-01-02 03:04:05 UTC.',
        'Skipped at load (1):',
        'broken.md · front matter: missing: the file must start with a --- block',
      ]);
    } finally {
      await knowledge.remove();
    }
  });
});
