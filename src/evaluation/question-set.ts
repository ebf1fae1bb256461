import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { documentIdSchema } from '../knowledge/document-schema.ts';
import { UserError } from '../user-error.ts';

const evidenceSchema = z
  .strictObject({
    /** The document the excerpt must come from, by id. */
    doc: documentIdSchema.optional(),
    /** Or by the PDF it was imported from (`source_file`), for reports imported at test time. */
    report: z.string().trim().min(1).optional(),
    contains: z.string().trim().min(2),
  })
  .refine((evidence) => !(evidence.doc && evidence.report), {
    message: 'name the document by doc or by report, not both',
  });

/** What a question asks for: the answer types and the kinds the bot must refuse. */
export const questionTypes = [
  'grade',
  'date',
  'span',
  'number',
  'person',
  'improvements',
  'strengths',
  'yes-no',
  'comparison',
  'consequence',
  'finding',
  'not-in-sources',
  'off-topic',
  'near-miss',
  'safeguarding',
] as const;

const questionSchema = z.strictObject({
  id: z.string().min(1),
  type: z.enum(questionTypes),
  /** `dev` questions may be tuned on; `test` questions are only ever reported. */
  split: z.enum(['dev', 'test']),
  /** The council the question is about, as the manifest names it; none for off-topic ones. */
  council: z.string().trim().min(1).optional(),
  line: z.string().trim().min(1),
  answered: z.boolean(),
  evidence: z.array(evidenceSchema).default([]),
});

/** A labelled question: what a user types and the evidence a correct answer must show. */
export type LabelledQuestion = z.infer<typeof questionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type QuestionType = LabelledQuestion['type'];

const questionSetSchema = z
  .array(questionSchema)
  .refine((questions) => questions.every((q) => !q.answered || q.evidence.length > 0), {
    message: 'every answerable question needs evidence',
  });

/** Reads and validates labelled question sets (YAML lists); ids must be unique across them. */
export async function loadQuestionSet(...paths: string[]): Promise<LabelledQuestion[]> {
  const questions: LabelledQuestion[] = [];
  for (const path of paths) {
    const parsed = questionSetSchema.safeParse(parseYaml(await readFile(path, 'utf8')));
    if (!parsed.success) {
      throw new UserError('bad-input', `eval: ${path}: ${z.prettifyError(parsed.error)}`);
    }
    questions.push(...parsed.data);
  }
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.id)) {
      throw new UserError('bad-input', `eval: question id "${question.id}" is used twice`);
    }
    seen.add(question.id);
  }
  return questions;
}
