import type { DatePrecision } from '../knowledge/document-schema.ts';
import type { SourceKind } from '../knowledge/source-kind.ts';
import type { ClaimVerdict } from './claim-verdict.ts';
import type { AreaChange } from './grade-changes.ts';

/** One verbatim excerpt with everything needed to trace it to its source. */
export interface CitedResult {
  /** A verbatim substring of the source document. */
  excerpt: string;
  /** Offsets of the matched words inside `excerpt`. */
  highlights: Array<[number, number]>;
  /** True when the excerpt starts or ends mid-sentence, so a reader shows "…" there. */
  truncatedBefore: boolean;
  truncatedAfter: boolean;
  docId: string;
  passageId: string | null;
  /** The paragraph number printed in the source, when it has one. */
  paragraph: number | null;
  headingPath: string[];
  title: string;
  publisher: string;
  published: string;
  datePrecision: DatePrecision;
  kind: SourceKind;
  kindLabel: string;
  url: string | null;
  licence: string | null;
  score: number;
  /** For a curated fact: the fact this excerpt supports ("Overall effectiveness: Inadequate"). */
  statement: string | null;
  /** A warning a reader needs with this result (a paraphrase, an older framework). */
  caution: string | null;
  /** The section the result belongs in ("Ofsted inspection 2017", "Other sources"). */
  group: string | null;
  /** For a finding a later inspection of the same council has superseded: what came after. */
  later?: LaterInspection;
}

/** The latest inspection of a council, said beside an older finding so it is not read as today's. */
export interface LaterInspection {
  publisher: string;
  /** ISO date the later report was published. */
  published: string;
  /** Its overall grade; null under a framework without one. */
  overall: string | null;
  url: string | null;
}

/** What the bot says to one request, with no presentation in it. */
export interface Answer {
  command: string;
  query: string;
  answered: boolean;
  title: string;
  /** A line of context above the results (dates, lead inspector), when there is one. */
  summary: string | null;
  results: CitedResult[];
  suggestions: string[];
  /** Said instead of results, or as a warning with them. */
  notice: string | null;
  /**
   * Why nothing was searched, when that is the answer: a message about a specific child, a
   * subject the bot does not cover, a council not loaded, or no council chosen.
   */
  refusal?: 'safeguarding' | 'out-of-scope' | 'council-not-loaded' | 'which-council';
  /** The council the answer is about, once the request resolved to one. */
  council?: { id: string; name: string };
  /** For /rating: every judgement shown, as data (the JSON output's `ratings[]`). */
  ratings?: RatingEntry[];
  /** For /check: where the official record agrees with the claim, differs or is silent. */
  verdict?: ClaimVerdict;
  /** For /changes: each judgement area's grade at each inspection, oldest first. */
  changes?: AreaChange[];
}

/** One judgement of one inspection, with the verbatim words that give its grade. */
export interface RatingEntry {
  council: { id: string; name: string };
  inspection: string;
  /** The year the inspection speaks for (inspectors on site, else published), for ordering. */
  year: number;
  published: string | null;
  inspected: { from: string; to: string } | null;
  framework: string;
  judgement: string;
  /** The judgement area across frameworks ("Children in care"), to read one area's history. */
  area: string;
  grade: string;
  quote: string;
  docId: string;
  passageId: string | null;
}
