/** How a claim stands against the official record. */
export type VerdictKind = 'agrees' | 'differs' | 'silent' | 'see-findings';

/** One graded judgement a claim was compared with, and whether its grade bears the claim out. */
export interface ComparedJudgement {
  inspection: string;
  judgement: string;
  grade: string;
  matches: boolean;
}

/** What /check found, as data: the JSON output's `verdict`, rendered by each front end. */
export interface ClaimVerdict {
  kind: VerdictKind;
  claim: string;
  /** Who made the claim, as plain text (a message's author); never a mention. */
  claimant?: string;
  /** The grade the claim states ("Inadequate"), and whether it denies it ("no longer failing"). */
  claimedGrade: { grade: string; negated: boolean } | null;
  /** The inspections the claim was compared with, by name, oldest first. */
  inspections: string[];
  /** For a claim of a grade: every judgement compared. */
  judgements: ComparedJudgement[];
  /** The verdict in one plain sentence. */
  says: string;
}

/** How each verdict is headed wherever it is shown. */
export const verdictHeadings: Readonly<Record<VerdictKind, string>> = {
  agrees: 'The official record agrees',
  differs: 'The official record differs',
  silent: 'The sources are silent on this',
  'see-findings': 'The inspectors speak to this: read what they say',
};
