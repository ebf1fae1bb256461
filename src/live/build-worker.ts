import { parentPort, workerData } from 'node:worker_threads';
import { partitionByCouncil } from '../knowledge/councils/partition-by-council.ts';
import type { Passage } from '../knowledge/knowledge-document.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { serializeCouncilIndex } from '../search/index-snapshot.ts';
import { indexKnowledge } from '../search/knowledge-index.ts';
import type { BuildWorkerInput, BuildWorkerMessage } from './build-worker-messages.ts';

// The build worker: loads the knowledge directory and builds every council's indexes off the
// main thread, handing them over one message per pull (see build-in-worker.ts).

const encoder = new TextEncoder();

const withoutText = ({ text: _text, ...passage }: Passage): Omit<Passage, 'text'> => passage;

async function* build(input: BuildWorkerInput): AsyncGenerator<BuildWorkerMessage> {
  const started = performance.now();
  const load = await loadKnowledgeBase(input.directory);
  const loadMs = performance.now() - started;
  if (input.strict && load.problems.length > 0) {
    yield { type: 'invalid', problems: load.problems, loadMs };
    return;
  }
  const { knowledgeBase } = load;
  const passageOrder = [...new Set(knowledgeBase.passages.map((passage) => passage.docId))];
  yield {
    type: 'base',
    directory: knowledgeBase.directory,
    files: knowledgeBase.files,
    facts: knowledgeBase.facts,
    glossary: knowledgeBase.glossary,
    contentHash: knowledgeBase.contentHash,
    problems: load.problems,
    warnings: load.warnings ?? [],
    passageOrder,
    loadMs,
  };
  const passagesOf = new Map<string, Passage[]>();
  for (const passage of knowledgeBase.passages) {
    const list = passagesOf.get(passage.docId) ?? [];
    list.push(passage);
    passagesOf.set(passage.docId, list);
  }
  for (const document of knowledgeBase.documents) {
    const passages = (passagesOf.get(document.meta.id) ?? []).map(withoutText);
    yield { type: 'document', document, passages };
  }
  const building = performance.now();
  // Built lazily, a council per pull: the main thread revives one while the next is built.
  for (const part of partitionByCouncil(knowledgeBase)) {
    yield {
      type: 'council',
      council: part.council,
      documentIds: part.knowledgeBase.documents.map((document) => document.meta.id),
      facts: part.knowledgeBase.facts,
      // TextEncoder's array has a buffer of its own (Buffer.from may share a pooled one), so
      // it can be transferred.
      line: encoder.encode(
        serializeCouncilIndex(part.council.id, indexKnowledge(part.knowledgeBase)),
      ),
    };
  }
  yield { type: 'done', buildMs: performance.now() - building };
}

const port = parentPort;
if (port) {
  const messages = build(workerData as BuildWorkerInput);
  port.on('message', () => {
    messages.next().then(
      (next) => {
        if (next.done) return;
        const message = next.value;
        const bytes = message.type === 'council' ? message.line.buffer : undefined;
        port.postMessage(message, bytes instanceof ArrayBuffer ? [bytes] : []);
      },
      (error: unknown) => {
        port.postMessage({
          type: 'failed',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies BuildWorkerMessage);
      },
    );
  });
}
