import { describe, expect, it } from 'vitest';
import { namesInCouncilPlace } from '../../src/question/unknown-council-names.ts';

describe('namesInCouncilPlace', () => {
  it('finds a capitalised name before a word for a council or its children’s services', () => {
    expect(namesInCouncilPlace("How did Cardiff's children's services do?")).toEqual(['Cardiff']);
    expect(namesInCouncilPlace('what did Springfield council get')).toEqual(['Springfield']);
    expect(namesInCouncilPlace('Glasgow social services inspection')).toEqual(['Glasgow']);
    expect(namesInCouncilPlace('How did Cardiff Council do?')).toEqual(['Cardiff']);
    expect(namesInCouncilPlace('Did Swansea County Council do well?')).toEqual(['Swansea']);
  });

  it('takes no English word and no name elsewhere in the question', () => {
    expect(namesInCouncilPlace('How did the County council do?')).toEqual([]);
    expect(namesInCouncilPlace('What did Cardiff say about supervision?')).toEqual([]);
  });
});
