import { type KnowledgeLoad, loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';

/** A load held open until the test lets it finish. */
export interface HeldLoad {
  /** True once a load has read the directory and is waiting. */
  readonly entered: boolean;
  release(): void;
}

/**
 * The real loader, which can be told to hold its next load after reading the directory: a
 * refresh that takes as long as the test needs, without sleeping.
 */
export function createSlowLoad(): {
  load: (directory: string) => Promise<KnowledgeLoad>;
  holdNext(): HeldLoad;
} {
  let held: { entered: boolean; promise: Promise<void>; release: () => void } | undefined;
  return {
    async load(directory) {
      const loaded = await loadKnowledgeBase(directory);
      const current = held;
      if (current) {
        held = undefined;
        current.entered = true;
        await current.promise;
      }
      return loaded;
    },
    holdNext() {
      let release = () => {};
      const promise = new Promise<void>((resolve) => {
        release = resolve;
      });
      const next = { entered: false, promise, release };
      held = next;
      return next;
    },
  };
}
