import { z } from 'zod';
import { councilRefSchema, datePrecisionSchema, documentIdSchema } from './document-schema.ts';

/** Where a fact comes from: a document and words that must appear in it verbatim. */
export const factSourceSchema = z.strictObject({
  doc: documentIdSchema,
  quote: z.string().trim().min(8, 'a quote must be at least 8 characters'),
});
export type FactSource = z.infer<typeof factSourceSchema>;

/** A reader-facing caution on a fact: a paraphrase, an older framework, a disputed claim. */
const caution = z.string().trim().min(1).optional();

const judgementSchema = z.strictObject({
  judgement: z.string().trim().min(1),
  grade: z.string().trim().min(1),
  source: factSourceSchema,
  caution,
});

/** Which inspection framework a report was made under, as recognised from its content. */
export const frameworkCodeSchema = z.enum([
  'pre-sif',
  'sif',
  'sif-lscb',
  'lscb-review',
  'ilacs-standard',
  'ilacs-short',
  'ilacs-2026',
]);
export type FrameworkCode = z.infer<typeof frameworkCodeSchema>;

/**
 * The inspection before this one: a link to another inspection in the facts, or, when that
 * report is not loaded, what this report says about it (when, and the grade if it gives one).
 */
const previousSchema = z
  .strictObject({
    inspection: documentIdSchema.optional(),
    /** As the report prints it: "2017", "May 2018". */
    when: z.string().trim().min(1).optional(),
    grade: z.string().trim().min(1).optional(),
    source: factSourceSchema,
  })
  .refine(
    (previous) =>
      previous.inspection !== undefined ||
      previous.when !== undefined ||
      previous.grade !== undefined,
    { message: 'a previous inspection needs `inspection` (an inspection id), `when` or `grade`' },
  );

/** One thing the report says the council needs to improve, in the report's words. */
const improvementSchema = z.strictObject({
  text: z.string().trim().min(1),
  source: factSourceSchema,
});

/** A strength the report states in its own summary, in the report's words. */
const strengthSchema = z.strictObject({
  text: z.string().trim().min(1),
  source: factSourceSchema,
});

const inspectionSchema = z.strictObject({
  id: documentIdSchema,
  /** Short name a user picks from, e.g. "2017 (SIF)". */
  name: z.string().trim().min(1).max(80),
  inspectorate: z.string().trim().min(1),
  framework: z.string().trim().min(1),
  framework_code: frameworkCodeSchema.optional(),
  /** The council inspected, as the report document's front matter names it. */
  council: councilRefSchema.optional(),
  /** The report document, when the knowledge base holds it. */
  report: documentIdSchema.optional(),
  /** Set when the values come from reading the report itself rather than only from facts.yaml. */
  derived_from: z.literal('report').optional(),
  dates: z
    .strictObject({ from: z.iso.date(), to: z.iso.date(), source: factSourceSchema })
    .optional(),
  published: z.strictObject({ date: z.iso.date(), source: factSourceSchema }).optional(),
  /**
   * The publication date as Ofsted's listing gives it (the document's front matter), for a report
   * that does not print it: no quote supports it, so it is kept apart from `published`.
   */
  published_listing: z.iso.date().optional(),
  lead_inspector: z
    .strictObject({ name: z.string().trim().min(1), source: factSourceSchema })
    .optional(),
  previous: previousSchema.optional(),
  judgements: z.array(judgementSchema).default([]),
  improvements: z.array(improvementSchema).default([]),
  strengths: z.array(strengthSchema).default([]),
  caution,
});

const timelineEventSchema = z.strictObject({
  date: z.iso.date(),
  precision: datePrecisionSchema,
  event: z.string().trim().min(1),
  source: factSourceSchema,
  caution,
});

const personRoleSchema = z.strictObject({
  role: z.string().trim().min(1),
  organisation: z.string().trim().min(1),
  party: z.string().trim().min(1).optional(),
  period: z.string().trim().min(1).optional(),
  source: factSourceSchema,
});

const personStatementSchema = z.strictObject({
  summary: z.string().trim().min(1),
  source: factSourceSchema,
  caution,
});

const personSchema = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  roles: z.array(personRoleSchema).min(1, 'a person needs at least one sourced role'),
  said_or_did: z.array(personStatementSchema).default([]),
});

const consequenceSchema = z.strictObject({
  /** Whether this is what the rules allow or what actually happened here. */
  kind: z.enum(['what-the-law-allows', 'what-happened']),
  summary: z.string().trim().min(1),
  who_decides: z.string().trim().min(1).optional(),
  date: z.iso.date().optional(),
  source: factSourceSchema,
  caution,
});

/** `knowledge/facts.yaml`: curated facts, each tied to a verbatim quote in a document. */
export const factsFileSchema = z.strictObject({
  inspections: z.array(inspectionSchema).default([]),
  timeline: z.array(timelineEventSchema).default([]),
  people: z.array(personSchema).default([]),
  consequences: z.array(consequenceSchema).default([]),
});

export type FactsFile = z.infer<typeof factsFileSchema>;
export type Inspection = z.infer<typeof inspectionSchema>;
export type Judgement = z.infer<typeof judgementSchema>;
export type Improvement = z.infer<typeof improvementSchema>;
export type Strength = z.infer<typeof strengthSchema>;
export type PreviousInspection = z.infer<typeof previousSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Person = z.infer<typeof personSchema>;
export type Consequence = z.infer<typeof consequenceSchema>;
