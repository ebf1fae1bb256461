/**
 * The labelled question files and the knowledge each was written for: the Croydon questions
 * for the bundled set alone (a Croydon server), the other councils' questions and the second
 * blind set of refusals (which name councils of both) for the bundled set plus the fixture
 * reports (a server with many councils and no default); the eighth round's questions for the
 * bundled set plus five reports of councils no code or earlier question was written against
 * (test/eval/reports/eighth-round), to show how the bot does on councils it was never tuned
 * on; the ninth, tenth and eleventh rounds' likewise, each with six or seven reports of five
 * more councils (test/eval/reports/ninth-round, tenth-round, eleventh-round). Each round has its
 * own suite, so adding one leaves the earlier rounds' figures as they were.
 */
export const evaluationSuites = [
  {
    files: [
      'test/eval/tuned.yaml',
      'test/eval/blind/croydon.yaml',
      'test/eval/blind/fifth-round-croydon.yaml',
      'test/eval/blind/sixth-round-croydon.yaml',
      'test/eval/blind/seventh-round-croydon.yaml',
    ],
    reports: undefined,
  },
  {
    files: [
      'test/eval/blind/councils.yaml',
      'test/eval/blind/refusals.yaml',
      'test/eval/blind/second-round.yaml',
      'test/eval/blind/third-round.yaml',
      'test/eval/blind/fourth-round.yaml',
      'test/eval/blind/fifth-round.yaml',
      'test/eval/blind/sixth-round.yaml',
      'test/eval/blind/seventh-round-a.yaml',
      'test/eval/blind/seventh-round-b.yaml',
    ],
    reports: 'test/fixtures/reports/manifest.csv',
  },
  {
    files: ['test/eval/blind/eighth-round-a.yaml', 'test/eval/blind/eighth-round-b.yaml'],
    reports: 'test/eval/reports/eighth-round/manifest.csv',
  },
  {
    files: ['test/eval/blind/ninth-round-a.yaml', 'test/eval/blind/ninth-round-b.yaml'],
    reports: 'test/eval/reports/ninth-round/manifest.csv',
  },
  {
    files: ['test/eval/blind/tenth-round-a.yaml', 'test/eval/blind/tenth-round-b.yaml'],
    reports: 'test/eval/reports/tenth-round/manifest.csv',
  },
  {
    files: ['test/eval/blind/eleventh-round-a.yaml', 'test/eval/blind/eleventh-round-b.yaml'],
    reports: 'test/eval/reports/eleventh-round/manifest.csv',
  },
] as const;
