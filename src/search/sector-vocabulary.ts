/**
 * Words that mark a question as being about children's services and their inspection. A free
 * question must use at least one (or a name from the facts) before the bot will quote anything:
 * "how do I pay my council tax" shares words with a report, but is not a question about it.
 * Schools and education are left out on purpose: they are the council's other services, and
 * "how do I get a school place" is not a question about children's social care.
 * Deliberately general to the sector, so it fits any council's knowledge base.
 */
const sectorWords = `
  ofsted inspection inspections inspect inspected inspector inspectors inspectorate
  report reports finding findings judgement judgements judged judge rating ratings rated grade
  graded inadequate outstanding adequate requires improvement improve improved improving
  monitoring visit framework ilacs sif recommendation recommendations
  child childs children young person youth teenager teenagers adolescent adolescents baby babies
  infant family families parent parents parenting carer carers foster fostering fostered adopt
  adoption adopter adopters adopted kinship guardianship permanence placement placements
  social worker workers work practice practitioner practitioners caseload caseloads workload
  workloads supervision supervised supervisor oversight manager managers management leadership
  leaders leader governance director directors executive commissioner commissioners trust
  councillor councillors cllr cabinet member members mayor minister politician politicians
  safeguard safeguarding protection protect protected risk risks harm harmed abuse abused neglect
  neglected exploitation exploited exploit sexual criminal gang gangs county lines missing
  runaway trafficked trafficking radicalisation
  care cared leaver leavers looked after residential home homes homeless homelessness
  accommodation housing hostel
  assessment assessments plan plans planning pathway review reviews conference conferences
  strategy threshold thresholds referral referrals contact contacts hub front door duty
  out-of-hours emergency court courts proceedings legal pre-proceedings plo
  early help intervention preventive prevention edge
  disabled disability disabilities send special educational needs sen ehcp autism autistic
  mental health wellbeing virtual attainment
  asylum unaccompanied refugee refugees uasc migrant migrants
  private privately fostering
  turnover recruitment retention agency staff staffing vacancy vacancies morale training
  audit audits quality assurance performance data
  partnership partners police health agencies multi-agency
  lscb cscb board boards corporate parenting panel
  advocate advocates advocacy independent visitor visitors reviewing iro participation voice
  improvement improvements action plan deterioration decline failure failing failed failings
  spending budget funding investment cuts austerity
  ombudsman complaint complaints apology apologise apologised
  practice week weeks
`;

/** Every sector word; the topic gate adds the phrasings of the council's on-topic synonyms. */
export const sectorVocabulary: readonly string[] = sectorWords.split(/\s+/).filter(Boolean);
