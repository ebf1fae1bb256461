/** What a question asks for: the kind of answer that would satisfy it. */
export type AnswerKind =
  | 'date'
  | 'span'
  | 'number'
  | 'person'
  | 'grade'
  | 'improvements'
  | 'strengths'
  | 'comparison'
  | 'consequence'
  | 'finding';

/** Which inspection a question means, as it says it. */
export type InspectionRef =
  | { kind: 'any' }
  | { kind: 'year'; year: number }
  | { kind: 'latest' }
  | { kind: 'first' }
  | { kind: 'previous' }
  | { kind: 'after'; year: number }
  | { kind: 'before'; year: number }
  /**
   * By its overall grade ("the inadequate report", "croydon's failed inspection"); `words` are
   * the question's words that name it, which say nothing of the topic.
   */
  | { kind: 'graded'; grade: OverallGrade; words: string };

/** An overall grade as a question names it, in Ofsted's words. */
export type OverallGrade = 'inadequate' | 'requires improvement' | 'good' | 'outstanding';

/** Whether the bot should search for an answer at all. */
export type QuestionScope =
  | { kind: 'in-scope' }
  /**
   * About a specific child or family: never searched, answered with where to get help. When it
   * is read from a capitalised name before a family word alone ("the Johnson children"), the
   * name, which the caller knowing the councils may find is a place ("the Kent children").
   */
  | { kind: 'safeguarding'; familyName?: string }
  /** About something the bot does not cover (another inspectorate, a school, council tax). */
  | { kind: 'out-of-scope'; subject: string };

/** A question analysed into what search and answers need, so neither re-reads the wording. */
export interface QuestionQuery {
  /** The question as read: as typed, with chat spellings written out ("wot" as "what"). */
  text: string;
  asks: AnswerKind;
  /** A yes/no question ("Is Croydon still inadequate?"): answered with the facts that settle it. */
  polar: boolean;
  /**
   * Asks what would or could happen ("what happens if they don't improve?", "could it be taken
   * over?"), not what did: what the rules allow answers it before what happened.
   */
  hypothetical: boolean;
  /** "Which judgement was not good / not outstanding": the grades to leave out. */
  notGrade: 'good' | 'outstanding' | undefined;
  inspection: InspectionRef;
  /** The question asks for someone's name ("what's the name of …", "whats their name"). */
  wantsName: boolean;
  /** It asks for a share ("what percentage", "as a %"), so a share answers "how many" too. */
  wantsShare: boolean;
  /** What "how many …" counts: the words after it ("social workers" in "how many social workers did Kent employ"). */
  counted: string | undefined;
  /**
   * The question without the words that only say what kind of answer is wanted ("anything
   * good about", "need to improve", "has … changed"): what to search for.
   */
  topic: string;
  /** The judgement area named ("care leavers", "help and protection"), framework-independent. */
  area: string | undefined;
  /**
   * A change of overall grade the question names ("go from inadequate to good"): the span it
   * took is between the inspection that gave the first grade and the next that gave the second.
   */
  gradeChange: { from: OverallGrade; to: OverallGrade } | undefined;
  /**
   * It speaks of grades ("rated", "the judgement"), whatever it asks for: "did the help and
   * protection judgement go up or down" compares grades, not findings.
   */
  aboutGrades: boolean;
  /**
   * The question names a grade or a judgement ("did Hull get inadequate for", "care leavers'
   * experiences and progress"), whatever it asks: grades may answer it.
   */
  namesGrade: boolean;
  /** The year of the report the question takes its findings from ("in the 2022 Somerset Ofsted"). */
  reportYear: number | undefined;
  /** It asks which is better or worse ("who's better for care leavers, Liverpool or Somerset?"). */
  weighsUp: boolean;
  /**
   * It asks for the month or day, not only the year ("what month in 2017 …", "what date"): an
   * account that gives only the year ("found to be inadequate in 2017") does not answer it.
   */
  asksMonth: boolean;
  /** The question is about every judgement at once ("inadequate across the board?"). */
  everyArea: boolean;
  /**
   * The question speaks of the inspection itself ("when were inspectors in Hull", "when did the
   * report come out"), so its dates answer "when" and "how long"; "when did the scheme start" does not.
   */
  aboutInspection: boolean;
  /**
   * It asks about the time from one inspection to the next ("the gap between the last two
   * inspections", "how long since they were last inspected"): both inspections' dates answer.
   */
  betweenInspections: boolean;
  scope: QuestionScope;
}
