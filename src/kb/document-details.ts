import type { CouncilRef, DatePrecision } from '../knowledge/document-schema.ts';
import type { SourceKind } from '../knowledge/source-kind.ts';

/** What a moderator says about a document they add: the front matter they cannot leave out. */
export interface DocumentDetails {
  title: string;
  publisher: string;
  /** ISO date, YYYY-MM-DD. */
  published: string;
  kind: SourceKind;
  url: string | null;
  datePrecision: DatePrecision;
  /** The council it is about; without one it is general and serves every council. */
  council: CouncilRef | undefined;
}
