import { isEnglishWord } from '../text/english-words.ts';
import type { QuestionScope } from './question-query.ts';

/**
 * Reading a question for a specific child or family. Two signals, either enough: someone close
 * to the asker with a sign of harm ("my neighbour's kid is being hit"), or a request to
 * identify or reach a child, family or carer ("what's his name", "the address of the foster
 * carers"). Reports never name children, and the bot must not help anyone find one.
 */
const closePeople =
  "(neighbou?r'?s?( \\w+)?|son|daughter|grand(son|daughter|child|kid)s?|niece|nephew|cousin|kids?|child(ren)?|baby|brother|sister|step(son|daughter)|friend'?s? (kid|child|son|daughter))";
const someoneClose = new RegExp(
  `\\b(my|our|their|his|her|this|next door'?s?) ${closePeople}\\b|\\b(the|a) (kids?|child(ren)?|famil(y|ies)|boys?|girls?|baby) (next door|over the road|across the road|upstairs|downstairs)\\b`,
);
/**
 * "A child" or "the baby" is someone the asker knows ("the kid next door is being hit", "a kid
 * at school keeps getting hit"), except as a case a clause only supposes: "pre-birth assessments
 * when the baby might be at risk". A clause that states harm ("if a child is being hurt") may be
 * a report, and speaking of themselves the asker means someone they know: when in doubt, the
 * signpost, since missing a child at risk costs more than a question answered elsewhere.
 */
const someoneAny = new RegExp(`\\b(a|the) ${closePeople}\\b`);
const firstPerson = /\b(i|i'm|im|me|my|we|our|us)\b/;
const anyoneInGeneral = new RegExp(
  `\\b(when|whenever|if|where|whether|once|until|unless) (a|the) ${closePeople} (might|may|could|would)\\b|\\b(when|whenever|if|once) (a|the) ${closePeople}( in [\\w ]{1,30})? (is|are|gets?|becomes?) (at risk|in danger)\\b`,
);
/**
 * Harm the inspection found ("when ofsted found cases where nobody had spotted the kids were at
 * risk"): the children are the report's cases, not someone the asker knows. The inspection must
 * be named before the child: in "a child is being hit, they noticed bruises" it is someone's.
 */
const caseInReport =
  /\b(ofsted|inspectors?|the (report|inspection)) (had )?(found|said|saw|spotted|noticed|identified|flagged|picked up|mentioned|highlighted|came across)\b/;
const signOfHarm =
  /\b(taken abroad|to be cut|forced to marry|hit|hits|hitting|beaten|beat(s|ing)?|abus(e|ed|es|ing)|hurt(s|ing)?|neglect(ed|ing)?|starv\w*|locked (in|up|out)|bruis\w*|scared|unsafe|at risk|in danger|left alone|slapp\w*|shout\w* at)\b/;
/**
 * Asking for what identifies or finds someone: a name, a surname or "the family name", an
 * address, a school, which placement "he's in", where "the grandmother" lives, or who "Child E"
 * is (reviews anonymise children by letter); or a sign the asker knows the person ("i think i
 * know her", "my nephew is one of them") or means to reach them ("so I can visit him", "without
 * the sw knowing"), "which home is she in", "who is that", "tell me who they are", the
 * address of the homes used, "…, names?", "who she's living with", or who is looking after "the
 * one kid" a report mentions, "the names of the asylum seeking lads", "need the addresses to
 * check on my cousin" (someone close), or "who was the young person who died". "Where do the
 * foster carers live" may be a hunt for a child: it is signposted, though "where do the
 * children in care in Croydon live" asks about services and is not. A service named after the
 * people it serves ("the mother and baby unit", "the children's centre") is no person.
 * "Addresses" asked for at the end ("…, addresses please") is a hunt too; the verb ("does the
 * plan address") and the council's own address are not.
 */
const identifying =
  /\b((what'?s|what is|tell me|know) (his|her|their) names?|(name|names|address|addresses|phone number|contact details) of (the|a|this|that|my) ((?!(?:for|on|of|in|with|at|to|from|about|who|that)\b)\w+ ){0,3}?(lads|lasses|child|children|boy|girl|kid|kids|baby|family|foster|carer|grand|care leaver|young (person|people)|teenager|parent|mother|father|mum|dad)(?!(?:'s| and \w+)? (hubs?|centres?|services?|support|court|first|group|help|team|panel|board|unit|homes?|scheme|advocate))|which (foster )?(family|carer|carers)|which families (were|are) (they|those|these)\b(?! \w+ing\b)|which (foster )?(placement|home|house) (he|she|they)('?s|'?re| is| are| was| were)?\b|which (foster )?(placement|home|house|family) (is|was|are|were) (he|she|they) (in|at|with|living|staying)\b|so (i|we) can (visit|contact|reach|meet|find|see) (him|her)\b|get in touch with|track (him|her|them) down|find (him|her|them|me the)|surnames?|(what'?s|what is|what was|tell me) the family names?|i (think i |might |may )?know (him|her|one of them)\b|(my|our) (son|daughter|child|kid|nephew|niece|cousin|grandson|granddaughter|brother|sister|friend|neighbou?r)('?s)? (is|was|might be) one of them|without (the |my |his |her |their )?(sw|social workers?|social services|council|(foster )?carers?) (knowing|finding out)|how (do|can) (i|we) get (in )?to see (him|her)\b|names? and (schools?|address(es)?|ages?)|\bwho (was|is) the (young person|child|boy|girl|baby|kid|teenager|lad)\b(?=\s*(who|that|whose|mentioned|described|[,?]|$))|which school (does|do|did|is) (he|she|they|the \w+)|who(?:'s| is| was) (child|young person|family) [a-z])\b|\bwhere (does|do|is|are) (he|she|they|the \w+( \w+)?) (live|lives|living|staying)\b|\b(tell me|know|find out) (who (he|she|they) (is|are|was|were) and )?where (he|she|they) (live|lives|(is|are) (living|staying))\b|\b(tell me|know|find out) who (he|she|they)('s| is| are|'re) (living|staying) with\b|\bwhich (towns?|areas?|places?|streets?|addresses) (he|she|they)('s|'re| is| are|re)? (placed|living|staying|housed)( in)?\b|\bwho(?:'s| is| was) (looking after|caring for|fostering|housing) (him|her)\b|\bthe (one|only) (kid|child|boy|girl|baby|young person|teenager)\b[^?.!]*\bwho(?:'s| is| was| are) (looking after|caring for|fostering|housing|living with) (him|her|them)\b|\bwho(?:'s| is| was) (that|this)( (kid|child|boy|girl|baby|family))?\??\s*$|\baddress(es)? (of|for) (the |a |their )?(\w+ ){0,2}(homes?|placements?|foster|carers?|hostels?|b&bs?)\b|\baddresses\b(?=[^?.!]{0,25}$)|\baddress(es)? (please|pls|plz)\b|\bwhich (families|children|kids|parents|carers|foster carers)\b[^?.!]*[,:-] names?\??$|\bwhere (does|is) (the (\w+ )?(grandmother|grandfather|gran|nan|mother|mum|father|dad|boy|girl|child|kid|baby|family|carer|foster carer|grandson|granddaughter)\b[^?.!]*?) (live|lives|living|staying)\b/;
/**
 * Meaning to reach a relative or a friend's child ("i want to visit my cousin"): a child someone
 * knows. A parent's own child is left out: "i want to see my child more" asks about contact.
 */
const reachingSomeoneClose =
  /\b((want|need|trying|going|hoping|wanna|would like|'d like) to|how (can|do) (i|we)) (go and |go )?(visit|see|find|contact|reach|meet|track down) (my|our) (\w+ )?(cousins?|nieces?|nephews?|grand(son|daughter|child|kid)s?|(little |baby )?(brother|sister)s?|neighbou?r'?s? (kids?|child(ren)?|son|daughter)|friend'?s? (kids?|child(ren)?|son|daughter))\b/;
/** Knowing one of a report's young people ("which teenagers were sofa surfing, i think i know one of them"). */
const knowsOneOfThem = /\bi (think i |might |may )?know (one of them|him|her)\b/;
/** Young people spoken of as a group, whom "one of them" picks out. */
const youngPeopleGroup = /\b(teenagers|care leavers|young people|lads|girls|boys)\b/;
/** Where someone close is now ("the kids next door got taken, can u tell me where they are"). */
const whereaboutsAsked =
  /\bwhere (is|are|were|was) (he|she|they)( now)?\b|\bwhere (he|she|they) (is|are|went|were (taken|put|placed|moved))\b|\bwhere (have|has) (he|she|they) (gone|been (taken|put|placed|moved))\b|\bwhere (were|was) (he|she|they) (taken|put|placed|moved)\b/;
/** A request for names or addresses ("need the addresses"): a hunt when it is for someone close. */
const requestsWhereabouts =
  /\b(need|want|give me|get me|send me|list) (the |their |his |her )?(names|address(es)?|whereabouts)\b/;
const aboutAPerson =
  /\b(child(ren'?s?)?|kids?|lads|lasses|boys?|girls?|baby|family|famil(y|ies)|foster (carer|carers|family)|grand(son|daughter|child)|niece|nephew|cousin|care leaver|teenager|son|daughter|mother|father|grandmother|grandfather)\b/;
/**
 * A child or family placed where the asker lives ("is it the family on my street?"): the asker
 * is trying to tell who a report's case is.
 */
const onAskersStreet =
  /\b(famil(y|ies)|kids?|child(ren)?|boys?|girls?|baby|foster carers?)\b[^?.!]{0,20}\b(on|in|down|across|along|at the end of) (my|our) (street|road|estate|block|building|close|avenue|flats?)\b/;
/**
 * Young people are the ones a request to identify names ("who are the young people on the
 * change council, names and schools"); beside an official ("what has Mr Rowe done for young
 * people leaving care") they are whom a service is for.
 */
const youngPeople = /\byoung (person|people)\b/;
/**
 * Asking how to reach children's social care ("the phone number to make a referral", "where do
 * i actually go"): the reports hold no contact details, and the signpost says who to contact.
 */
const reachingServices =
  /\b(phone|telephone|contact) (number|details)\b.*\b(social (care|services|workers?)|referrals?|children'?s services|front door|mash)\b|\bhow (do|can|should) (i|we) make a referral\b|\bhow (do|can|should) (i|we) (contact|call|ring|email|reach) (children'?s )?(social (care|services)|a social worker)\b|\bwhere (do|can|should) (i|we) (actually )?go\b(?=.*\b(mash|front door|referrals?|concern|worried|social (care|services|workers?))\b)|\b(mash|front door|referrals?|concern|worried|social (care|services))\b.*\bwhere (do|can|should) (i|we) (actually )?go\b/;
const reportingConcern =
  /\bhow (do|can|should|would) (i|we|you) (report|tell someone about|raise a concern about)\b.*\b(child|kid|abuse|neglect|family|neighbou?r)\b|\bwhat (do|should|can) i do\b.*\b(child|kid|neighbou?r)\b/;

/**
 * A school named by its name ("Durham Johnston school", "Harris Academy"): its own inspection,
 * not the council's. The virtual school is the council's own service for children in care.
 */
const namedSchool = /\b(\p{Lu}\p{Ll}+) (school|School|academy|Academy)\b/gu;
const schoolSubject = 'a school’s, nursery’s or childminder’s own inspection';
const gradedSchool =
  /\b(?:grade|rating|rated) (?:did|does|for|of|at) (?:the |my |our )?(?:[a-z]+ ){0,2}([a-z]+) school\b/g;
/** In lower case, a school named before its kind whose inspection is asked: "st anthony's girls' catholic academy … get at its last ofsted". */
const schoolOwnOfsted =
  /\b([a-z]+)(?:['’]s)? (?:(?:catholic|c of e|ce|church of england|girls['’]?|boys['’]?|primary|secondary|high|junior|infant|community|grammar) )*(?:academy|school)\b(?! (?:staff|pupils|children|kids|attendance|places|admissions|exclusions?|nurses?|teachers?|age|readiness|run))[^?.!]{0,40}\b(?:ofsted|rated|rating|grade|graded)\b/g;

/**
 * Subjects next to the bot's own that it does not cover: other inspectorates and services, a
 * named school's or nursery's own grade, and council business unrelated to children's services.
 * Each names what the bot would otherwise answer from unrelated findings.
 */
const otherSubjects: ReadonlyArray<[string, RegExp]> = [
  [
    'health services and the CQC',
    // A hospital's own rating, not a finding that mentions one ("out of psychiatric hospital").
    /\b(cqc|care quality commission|a&e|ambulance|hospital'?s? (\w+ )?(rated|rating|ratings|grade|graded|inspection|inspected)|(rating|grade|inspection) (of|for) (the |my |our )?(\w+ ){0,3}hospital|the (\w+ ){1,3}hospital\b[^?.!,:]{0,25}\b(rating|rated|grade|graded|any good))\b/,
  ],
  [
    'policing, probation and youth justice inspections',
    // The police's own inspection, not the police as the reports' partner ("police and social care").
    /\b(probation|hmicfrs|hmip|police force|constabulary|youth offending|police'?s? (own |last |latest )?(inspection|rating|grade)\b(?! (of|for|by) )|police\b[^?.!]{0,25}\b(their|its) (own |last |latest )?inspection)\b/,
  ],
  [
    'adult social care',
    /\b(adult social care|(vulnerable|older) adults|adults?'? safeguarding|safeguarding (of )?(vulnerable )?adults|care homes? for|my (gran|grandad|nan|mum|dad)\b.*care home|elderly)\b/,
  ],
  [
    schoolSubject,
    /\b([a-z]+ (primary|secondary|high|grammar) schools?|(ofsted|rating|rated|grade|graded) (for|of|at) (the )?[a-z]+ grammar\b|(?<!virtual )school'?s? (own )?(ofsted|rating|grade|inspection)|nurser(y|ies)|childminders?|pre-?schools?|school admissions?|(free )?school meals|school places?|college'?s? (is |was )?(rated|rating|grade|graded|judged|ofsted)|academ(y|ies) trusts?|(grade|rating|rated) (did|does|for|of|at) (the |my |our )?([a-z]+ ){1,3}academy)\b/,
  ],
  [
    'SEND local area inspections and tribunals',
    /\b(send local area|local area send|send tribunal|ehcp|tribunal)\b/,
  ],
  [
    'council business outside children’s services',
    /\b(council tax|bins?|bin collections?|recycling|parking|potholes?|elections?|vot(e|ing)|librar(y|ies)|housing benefit|universal credit|planning permission|budget|section 114|councillors?'?\b[^?.!]*\bexpenses)\b/,
  ],
  [
    // What the council pays its staff: the reports speak of recruitment, never of pay.
    'jobs and pay at the council',
    /\b(salary|salaries|wages?|pay (scale|band|grade)s?|how much (do|does|would) (a |an )?\w+( \w+)? (earn|get paid))\b/,
  ],
  [
    'legal advice about your own case',
    /\b(legal aid|(get|need|find|hire|my|our) (a )?(solicitor|lawyer)s?|can (i|we) sue|sue (the|\w+) council|is (that|it|this) (legal|allowed|lawful)|(a|my|our) legal rights?|compensation|claim against)\b/,
  ],
  [
    // The reports say what inspectors found; they hold no view on where to foster or what comes next.
    'opinions, recommendations and predictions',
    /\b(would you (say|recommend|choose|pick|rather|go for|foster|work|move)|do you (think|reckon|recommend)|should (i|we)|in your (view|opinion)|your (view|opinion)|best (one|council|place|area|borough|authority) (to|for)|predict(ion|ions|ed)?|going to be (rated|judged|graded)|will (they|it|\w+) be (rated|judged|graded))\b/,
  ],
  [
    // A club is named after its town ("Hull City", "Bradford City"): the council's name is no
    // sign of the topic. Football itself is ("work with a premier league football club").
    'sport',
    /\b((city|united|town|rovers|wanderers|athletic|albion|fc)['’]?s? (score|scores|game|match|fixtures?|kick ?off|manager|striker|goalkeeper|stadium)|scores? (last night|on saturday|on sunday|saturday|sunday|tonight|yesterday|at the weekend))\b/,
  ],
  [
    'adopting or fostering from abroad or animals',
    /\b(from abroad|overseas adoption|(dogs?|cats?|pets?|animals?))\b/,
  ],
];

/**
 * A family named by its surname ("the Johnson children", "the Patel family"): a name written
 * with a capital before the family word, which no report uses, since reports never name children.
 * A possessive ("the Leeds children's services") names a service, not a family.
 */
const namedFamily =
  /\bthe (\p{Lu}\p{Ll}+) (children|kids|family|siblings|twins|boys|girls|brothers|sisters|baby)\b(?!['’]s\b)(?! (hubs?|centres?|services?|support|court|first|group|help))/u;
/**
 * A person named by title ("Mr and Mrs Patel"): with a child or family word, a family's case. The
 * children of "children's services" are no child: "Mr Smith, director of children's services".
 */
const titledPerson = /\b(Mr|Mrs|Ms|Miss)\.? (and (Mr|Mrs|Ms)\.? )?\p{Lu}\p{Ll}+/u;
const childrensServices = /\bchildren'?s (services|social care|trust)\b/g;

/** Whether the inspection is said to have found the harm before any child is spoken of. */
function foundByTheInspection(lower: string): boolean {
  const child = someoneAny.exec(lower);
  return child !== null && caseInReport.test(lower.slice(0, child.index));
}

/** Whether a question is one the bot should search at all, and if not, why not. */
export function questionScope(lower: string, text = lower): QuestionScope {
  const family = namedFamily.exec(text);
  if (family) return { kind: 'safeguarding', familyName: family[1] ?? '' };
  if (
    (titledPerson.test(text) && aboutAPerson.test(lower.replace(childrensServices, ' '))) ||
    ((someoneClose.test(lower) ||
      (someoneAny.test(lower) &&
        (firstPerson.test(lower) ||
          !(anyoneInGeneral.test(lower) || foundByTheInspection(lower))))) &&
      signOfHarm.test(lower)) ||
    // "children's services" is no child: "the surname of the director of children's services".
    (identifying.test(lower) &&
      (aboutAPerson.test(lower.replace(childrensServices, ' ')) || youngPeople.test(lower))) ||
    (requestsWhereabouts.test(lower) && someoneClose.test(lower)) ||
    reachingSomeoneClose.test(lower) ||
    (knowsOneOfThem.test(lower) && youngPeopleGroup.test(lower)) ||
    (whereaboutsAsked.test(lower) && someoneClose.test(lower)) ||
    onAskersStreet.test(lower) ||
    reportingConcern.test(lower) ||
    reachingServices.test(lower)
  ) {
    return { kind: 'safeguarding' };
  }
  // A school's name is no English word ("Durham Johnston school"): "Is school attendance good?",
  // "Which school do they go to?" and the Virtual School are not schools named.
  const schoolNames = [
    ...[...text.matchAll(namedSchool)].map((match) => match[1] ?? ''),
    // In lower case, a school is named where its grade is asked: "the grade for durham johnston school".
    ...[...lower.matchAll(gradedSchool)].map((match) => match[1] ?? ''),
    ...[...lower.matchAll(schoolOwnOfsted)].map((match) => match[1] ?? ''),
  ];
  if (schoolNames.some((name) => !isEnglishWord(name))) {
    return { kind: 'out-of-scope', subject: schoolSubject };
  }
  const other = otherSubjects.find(([, pattern]) => pattern.test(lower));
  if (other) return { kind: 'out-of-scope', subject: other[0] };
  return { kind: 'in-scope' };
}
