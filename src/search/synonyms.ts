/**
 * Words and abbreviations that name the same thing in children's services. A query naming any
 * one also searches for the others, so "LAC" finds the reports' "children looked after".
 * Shared by every council's knowledge set: keep it to the sector's common vocabulary.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['looked after children', 'children looked after', 'children in care', 'LAC', 'CLA', 'CiC'],
  ['child sexual exploitation', 'sexual exploitation', 'CSE'],
  ['child criminal exploitation', 'criminal exploitation', 'CCE', 'county lines'],
  [
    'Local Safeguarding Children Board',
    'LSCB',
    'safeguarding children board',
    'safeguarding board',
    'CSCB',
  ],
  ['special educational needs and disabilities', 'special educational needs', 'SEND', 'SEN'],
  ['Public Law Outline', 'PLO', 'pre-proceedings'],
  ['Department for Education', 'DfE', 'education secretary', 'secretary of state'],
  ['multi-agency safeguarding hub', 'MASH', 'front door'],
  ['director of children’s services', 'DCS'],
  ['caseloads', 'caseload', 'workloads', 'workload'],
  ['unaccompanied asylum-seeking children', 'unaccompanied asylum seekers', 'UASC'],
  ['care leavers', 'leaving care', 'care leaver'],
  ['independent reviewing officer', 'IRO'],
  ['emergency duty team', 'out of hours', 'out-of-hours', 'EDT'],
  ['children in need', 'CIN'],
  ['child protection', 'CP'],
  ['education, health and care plan', 'EHCP', 'EHC plan'],
  ['Inspection of local authority children’s services', 'ILACS'],
  ['single inspection framework', 'SIF'],
  ['council', 'local authority'],
  ['councillor', 'Cllr', 'elected member', 'lead member', 'cabinet member'],
  ['social worker turnover', 'staff turnover', 'turnover of staff', 'turnover'],
  ['rating', 'judgement', 'grade', 'judged', 'rated'],
  ['missing children', 'children who go missing', 'missing from care', 'missing from home'],
  ['commissioner', 'children’s services commissioner'],
  ['trust', 'independent trust', 'children’s trust'],
  ['fostering', 'foster carers', 'foster care', 'foster placements'],
  // Plain English people use for the reports' terms.
  ['children', 'kids', 'youngsters'],
  ['judiciary', 'courts', 'the court', 'judges', 'family court'],
  ['female genital mutilation', 'FGM'],
  ['overloaded', 'too many cases', 'high caseloads', 'caseloads'],
  ['grooming', 'groomed', 'exploitation', 'exploited'],
  ['agency staff', 'agency workers', 'locum'],
  ['staying put', 'stay with their foster carers'],
];
