import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { documentIdSchema } from '../knowledge/document-schema.ts';
import { UserError } from '../user-error.ts';

const evidenceSchema = z.strictObject({
  doc: documentIdSchema.optional(),
  contains: z.string().trim().min(2),
});

const questionSchema = z.strictObject({
  id: z.string().min(1),
  category: z.enum(['rating', 'date', 'person', 'consequence', 'topic', 'typo', 'off-topic']),
  line: z.string().trim().min(1),
  answered: z.boolean(),
  evidence: z.array(evidenceSchema).default([]),
});

/** A labelled question: what a user types and the evidence a correct answer must show. */
export type LabelledQuestion = z.infer<typeof questionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

const questionSetSchema = z
  .array(questionSchema)
  .refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, {
    message: 'question ids must be unique',
  })
  .refine((questions) => questions.every((q) => !q.answered || q.evidence.length > 0), {
    message: 'every answerable question needs evidence',
  });

/** Reads and validates a labelled question set (YAML list). */
export async function loadQuestionSet(path: string): Promise<LabelledQuestion[]> {
  const parsed = questionSetSchema.safeParse(parseYaml(await readFile(path, 'utf8')));
  if (!parsed.success) {
    throw new UserError('bad-input', `eval: ${path}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
