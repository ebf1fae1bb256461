import { describe, expect, it } from 'vitest';
import { residentCouncils } from '../../src/live/resident-councils.ts';
import type { KnowledgeIndex } from '../../src/search/knowledge-index.ts';

/** A stand-in index: residentCouncils only holds and hands back what `load` gives it. */
const fakeIndex = (councilId: string) => ({ councilId }) as unknown as KnowledgeIndex;

describe('residentCouncils', () => {
  const counting = () => {
    const loads: string[] = [];
    const councils = residentCouncils((councilId) => {
      if (councilId === 'none') return undefined;
      loads.push(councilId);
      return fakeIndex(councilId);
    }, 2);
    return { councils, loads };
  };

  it('loads a council once, on first use, and hands back the same index after', () => {
    const { councils, loads } = counting();
    const first = councils.indexFor('a');
    expect(councils.indexFor('a')).toBe(first);
    expect(loads).toEqual(['a']);
  });

  it('lets the least recently used council go past the limit, and loads it again later', () => {
    const { councils, loads } = counting();
    councils.indexFor('a');
    councils.indexFor('b');
    councils.indexFor('a');
    councils.indexFor('c');
    expect(councils.resident()).toEqual(['a', 'c']);
    councils.indexFor('b');
    expect(loads).toEqual(['a', 'b', 'c', 'b']);
    expect(councils.resident()).toEqual(['c', 'b']);
  });

  it('holds nothing for a council that does not load', () => {
    const { councils } = counting();
    expect(councils.indexFor('none')).toBeUndefined();
    expect(councils.resident()).toEqual([]);
  });
});
