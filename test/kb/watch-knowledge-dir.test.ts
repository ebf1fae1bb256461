import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRelevant, watchKnowledgeDir } from '../../src/kb/watch-knowledge-dir.ts';
import type { RefreshOutcome } from '../../src/live/knowledge-store.ts';
import { createLogger } from '../../src/logger.ts';
import { copyKnowledge, type TempKnowledge } from './temp-knowledge.ts';

const logger = createLogger({ level: 'silent' });
const debounceMs = 150;

describe('watchKnowledgeDir', () => {
  let knowledge: TempKnowledge;
  let calls: string[];
  let answers: RefreshOutcome['status'][];
  let stop: () => void;

  beforeEach(async () => {
    knowledge = await copyKnowledge();
    calls = [];
    answers = [];
    const store = {
      async refresh(by: string): Promise<RefreshOutcome> {
        calls.push(by);
        const status = answers.shift() ?? 'invalid';
        return status === 'busy'
          ? { status, since: new Date(), by: 'someone' }
          : { status: 'invalid', problems: [], tookMs: 1 };
      },
    };
    stop = watchKnowledgeDir({ store, directory: knowledge.directory, logger, debounceMs });
  });
  afterEach(async () => {
    stop();
    await knowledge.remove();
  });

  it('turns a burst of writes into one refresh by the file watcher', async () => {
    for (let i = 0; i < 5; i += 1) {
      await writeFile(path.join(knowledge.directory, `doc-${i}.md`), `edit ${i}\n`);
      await sleep(20);
    }
    await sleep(debounceMs * 3);
    expect(calls).toEqual(['file watcher']);
  });

  it('ignores temporary files, .removed/ and originals/', async () => {
    await writeFile(path.join(knowledge.directory, '.doc.md.abc.tmp'), 'x');
    await mkdir(path.join(knowledge.directory, '.removed'), { recursive: true });
    await writeFile(path.join(knowledge.directory, '.removed', 'old.md'), 'x');
    await writeFile(path.join(knowledge.directory, 'originals', 'report.pdf'), 'x');
    await sleep(debounceMs * 3);
    expect(calls).toEqual([]);
  });

  it('tries again when another refresh is running', async () => {
    answers.push('busy');
    await writeFile(path.join(knowledge.directory, 'doc.md'), 'x');
    await expect.poll(() => calls.length, { timeout: debounceMs * 10 }).toBe(2);
  });

  it('stops refreshing once stopped', async () => {
    stop();
    await writeFile(path.join(knowledge.directory, 'doc.md'), 'x');
    await sleep(debounceMs * 3);
    expect(calls).toEqual([]);
  });
});

describe('isRelevant', () => {
  it.each([
    ['ofsted-2017.md', true],
    ['facts.yaml', true],
    [null, true],
    ['.removed', false],
    ['.ofsted-2017.md.1a2b.tmp', false],
    ['originals', false],
    ['ofsted-2017.md~', false],
  ])('%j → %s', (name, relevant) => {
    expect(isRelevant(name)).toBe(relevant);
  });
});
