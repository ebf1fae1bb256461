import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/question/analyse-question.ts';

const asks = (text: string) => analyseQuestion(text).asks;

describe('analyseQuestion: what is asked', () => {
  it('reads the kind of answer from how the question is put', () => {
    expect(asks('When were inspectors in Hull?')).toBe('date');
    expect(asks('when did they inspect, what month?')).toBe('date');
    expect(asks('when ofsted last came, what month was that')).toBe('date');
    expect(asks('what month did ofsted come to hull')).toBe('date');
    expect(asks('which year was kent last inspected')).toBe('date');
    // "How many" inside "does it know how many" is part of a yes/no question, not a count asked.
    expect(asks('does the council even know how many children are missing education')).not.toBe(
      'number',
    );
    // Asking the bot, or anyone, whether they know how many is asking how many.
    expect(asks('do you know how many care leavers kent has')).toBe('number');
    expect(asks('does anyone know how many children kent looks after')).toBe('number');
    expect(asks('let me know how many looked after children kent has')).toBe('number');
    // An opening "when" clause sets the scene for the question after it.
    expect(asks('when ofsted found cases nobody had spotted, what happened next')).not.toBe('date');
    expect(asks('how long was the inspection in 2017')).toBe('span');
    expect(asks('how many children are in care in Kent?')).toBe('number');
    expect(asks('whats the actual average caseload number in croydon')).toBe('number');
    expect(asks('what was the percentage of care leavers in work?')).toBe('number');
    expect(asks('what’s the council’s caseload number?')).toBe('number');
    expect(asks('what was the social worker vacancy rate in kent in 2013')).toBe('number');
    expect(asks('staff turnover in hull, as a percentage')).toBe('number');
    expect(asks('staff turnover rate at the trust, as a %')).toBe('number');
    expect(asks('what % of care leavers are in education or work')).toBe('number');
    expect(asks('number of children on plans in kent at the time?')).toBe('number');
    expect(asks('private fostering in leeds, whats the actual figure')).toBe('number');
    expect(asks('caseloads in hull, i mean an actual number')).toBe('number');
    expect(asks('kent sw vacancies %')).toBe('number');
    expect(asks('what is the current rating')).toBe('grade');
    expect(asks('what is the ofsted rate for croydon')).toBe('grade');
    expect(asks('issues such as a number of children missing education?')).toBe('finding');
    expect(asks('what happens when families decline early help')).toBe('finding');
    // A number the question is about, not one it asks for.
    expect(asks('what were the reasons for the number of children in care')).toBe('finding');
    expect(asks("what's the number one priority")).toBe('finding');
    expect(asks('who was the lead inspector for Durham?')).toBe('person');
    expect(asks('what did ofsted tell bromley to fix in 2016')).toBe('improvements');
    expect(asks('leeds was outstanding but was there anything they had to do better')).toBe(
      'improvements',
    );
    expect(asks('was anything in hull any good in 2019')).toBe('strengths');
    // How good a council is at doing something asks what inspectors found, not its grades.
    expect(asks('how good is kent at dealing with teenagers being groomed')).toBe('finding');
    expect(asks('how good is kent')).toBe('grade');
    expect(asks('after ofsted found the problems did the council actually do anything')).toBe(
      'consequence',
    );
    expect(asks('what did the trust actually do after the report')).toBe('consequence');
    // What they do about a topic, or to help with it, asks for findings.
    expect(asks('what did they do about children missing education in kent')).not.toBe(
      'consequence',
    );
    expect(asks('did they do anything to help care leavers find housing')).not.toBe('consequence');
    expect(asks('what were the areas they were told to improve')).toBe('improvements');
    expect(asks('what is leeds good at')).toBe('strengths');
    expect(asks('is there anything bcp does well')).toBe('strengths');
    expect(asks('what are they best at?')).toBe('strengths');
    expect(asks('was there any good news in the report?')).toBe('strengths');
    expect(asks("what's telford and wrekin's standout good practice")).toBe('strengths');
    expect(asks('what stood out as really good in the 2023 inspection')).toBe('strengths');
    expect(asks('what are their best services for kids?')).toBe('strengths');
    expect(asks('it was inadequate but which bits were actually working')).toBe('strengths');
    expect(asks('which social workers are working with care leavers')).not.toBe('strengths');
    expect(asks('it was RI but what did the inspectors say was going well')).toBe('strengths');
    expect(asks('the main things ofsted told the council to put right in 2017')).toBe(
      'improvements',
    );
    expect(asks('workers had too many cases - what was the council doing about it?')).toBe(
      'consequence',
    );
    expect(asks('did derby actually act on what ofsted told them last time round')).toBe(
      'consequence',
    );
    expect(asks('has Bromley improved since 2016?')).toBe('comparison');
    expect(asks('Is Lambeth still rated the same as at its last inspection?')).toBe('comparison');
    expect(asks('are care leavers in bromley better off now than in 2016?')).toBe('comparison');
    expect(asks('are referrals dealt with quicker than they were?')).toBe('comparison');
    expect(asks('Bromley was inadequate in 2016. Is it better now?')).toBe('comparison');
    expect(asks('did it slip in 2024?')).toBe('comparison');
    expect(asks('has the out of hours service gone downhill since 2020?')).toBe('comparison');
    expect(
      asks('bromley went from inadequate to outstanding?? how different are the reports'),
    ).toBe('comparison');
    expect(asks('did the help and protection judgement go up or down from 2020 to 2024')).toBe(
      'comparison',
    );
    expect(asks('has the number of children in care gone up?')).toBe('comparison');
    expect(asks('what went down to the court?')).not.toBe('comparison');
    // A finding asked of two times asks how it changed between them; one year is one time.
    expect(asks('homeless 16 year olds - it was bad in 2017, had they sorted it by 2022?')).toBe(
      'comparison',
    );
    expect(asks('is bromley still using b&b like in the 2016 inspection?')).toBe('comparison');
    expect(asks('was staff turnover still an issue in 2024')).toBe('finding');
    expect(asks('when was the 2017 inspection and when was the 2020 one')).toBe('date');
    expect(asks('Which areas were rated less than good?')).toBe('grade');
    expect(asks('bromley 2016 ofsted - what was the verdict')).toBe('grade');
    expect(asks('sw caseloads in bromley then (2016) vs now')).toBe('comparison');
    expect(asks('did kent go up a grade')).toBe('comparison');
    expect(asks('what went down well with children')).toBe('finding');
    expect(asks("Was anything not good in Durham's report?")).toBe('grade');
    // "The rate of re-referrals" speaks of a rate, not of grades.
    expect(
      analyseQuestion('did the rate of re-referrals go up from 2016 to 2023').aboutGrades,
    ).toBe(false);
    // "Same old" says nothing changed: "old" is no topic ("16- and 17-year-old children").
    expect(analyseQuestion('has it got better since 2022 or same old').topic).not.toMatch(/old/);
    expect(asks('outstanding everywhere but is there anything left to improve')).toBe(
      'improvements',
    );
    expect(asks('the bad report - was anything actually good in it')).toBe('strengths');
    expect(analyseQuestion('the bad bromley report - was anything good').inspection).toEqual({
      kind: 'graded',
      grade: 'inadequate',
      words: 'the bad bromley report',
    });
    expect(analyseQuestion('how long to go from failing to good?').gradeChange).toEqual({
      from: 'inadequate',
      to: 'good',
    });
    expect(analyseQuestion('from good to good').gradeChange).toBeUndefined();
    for (const between of [
      'how long was the gap between the last two inspections',
      'how many years since they were last inspected',
      'how long since the previous ofsted',
      'they went from 2018 to the end of 2022 without an inspection, how long was that',
      'no full inspection for years? how long was the gap',
    ]) {
      expect(analyseQuestion(between).betweenInspections).toBe(true);
    }
    for (const notBetween of [
      'how long between a referral and a visit',
      'how long do children wait between visits from their social worker',
      'how long have care leavers waited for housing since the last inspection',
      'how long was the gap in support for care leavers',
    ]) {
      expect(analyseQuestion(notBetween).betweenInspections).toBe(false);
    }
    expect(asks('Did more than half of care leavers have a pathway plan?')).toBe('finding');
    expect(asks('Do children slip through the net?')).toBe('finding');
    expect(asks('what happens if a council fails to improve?')).toBe('consequence');
    expect(asks('what happened after the 2017 report?')).toBe('consequence');
    // A trust is a consequence where one is set up or handed the service, not where one runs it.
    expect(asks('could birmingham end up with a trust')).toBe('consequence');
    expect(asks('what is a children’s trust')).toBe('consequence');
    expect(asks('given to a trust after failing?')).toBe('consequence');
    expect(asks('is brum childrens trust good or bad now')).toBe('grade');
    expect(asks('what actually happens if they dont sort it out after the inadequate?')).toBe(
      'consequence',
    );
    expect(asks('what happens when a teenager goes missing?')).toBe('finding');
    expect(asks('would children in croydon trust their social workers?')).toBe('finding');
    expect(asks('what early help intervention would a family get?')).toBe('finding');
    expect(asks('How did Ofsted rate Lambeth?')).toBe('grade');
    expect(asks('bcp childrens services ofsted result?')).toBe('grade');
    expect(asks('what was the outcome of the last inspection')).toBe('grade');
    expect(asks("whats the result of sandwell's newest ofsted")).toBe('grade');
    expect(asks('how good are croydon’s children’s services')).toBe('grade');
    expect(asks("who's better for care leavers, liverpool or somerset?")).toBe('comparison');
    expect(asks('who is better for care leavers, liverpool or somerset?')).toBe('comparison');
    expect(asks('are caseloads v high in bradford')).toBe('finding');
    expect(asks('care leavers: wirral v tower hamlets, who treats them better')).toBe('comparison');
    // How good a team or a service's work is asks for the inspectors' words on it.
    expect(asks('how good is the referral team when you first report something')).toBe('finding');
    expect(asks('what did the judges think about the council’s lawyers?')).toBe('finding');
    expect(asks('were social workers supervised properly?')).toBe('finding');
  });

  it('reads whether a question speaks of the inspection itself', () => {
    expect(analyseQuestion('when were inspectors in Hull?').aboutInspection).toBe(true);
    expect(analyseQuestion('when did the report come out').aboutInspection).toBe(true);
    expect(analyseQuestion('when did the ambassadors scheme start').aboutInspection).toBe(false);
    expect(
      analyseQuestion('the 2022 report says court cases take too long - how many weeks now?')
        .aboutInspection,
    ).toBe(false);
    expect(
      analyseQuestion(
        'after the inspectors picked up problems with private fostering, what was done',
      ).aboutInspection,
    ).toBe(false);
    expect(analyseQuestion('which bit did Hull get inadequate for?').namesGrade).toBe(true);
    expect(analyseQuestion('were kids waiting ages to be adopted?').namesGrade).toBe(false);
    expect(analyseQuestion('in the 2022 somerset ofsted what did they say').reportYear).toBe(2022);
    expect(analyseQuestion('is it better now than in 2022?').reportYear).toBeUndefined();
    expect(
      analyseQuestion('what did ofsted find on the monitoring visit to hull in may 2021')
        .reportYear,
    ).toBe(2021);
    expect(analyseQuestion('has it improved since the visit in 2021?').reportYear).toBeUndefined();
    expect(
      analyseQuestion('what did ofsted find at the inspection that followed the 2015 one')
        .reportYear,
    ).toBeUndefined();
    expect(
      analyseQuestion('what did they find at the 2024 inspection about changes since 2017')
        .reportYear,
    ).toBe(2024);
    expect(analyseQuestion('When was Kent rated inadequate?').aboutInspection).toBe(true);
    expect(analyseQuestion('how long did ofsted spend in croydon').aboutInspection).toBe(true);
    expect(analyseQuestion('when did the report say the front door started?').aboutInspection).toBe(
      false,
    );
  });

  it('takes "how long" out of a span question’s topic', () => {
    expect(analyseQuestion('how long do kids in care wait for CAMHS').topic).toBe(
      'do kids in care wait for CAMHS',
    );
  });

  it('reads a question about every judgement at once', () => {
    expect(analyseQuestion('was it inadequate across the board in 2017?').everyArea).toBe(true);
    expect(analyseQuestion('were all the judgements good?').everyArea).toBe(true);
    expect(analyseQuestion('was it inadequate in 2017?').everyArea).toBe(false);
  });

  it('reads what "how many" counts, up to the verb or preposition after it', () => {
    const counted = (text: string) => analyseQuestion(text).counted;
    expect(counted('how many social workers did Kent employ in 2013?')).toBe('social workers');
    expect(counted('how many children are in care in Lambeth?')).toBe('children');
    expect(counted('how many care leavers')).toBe('care leavers');
    // "The number of …" counts as "how many …" does.
    expect(counted('number of children on CP plans in oldham?')).toBe('children');
    expect(counted('what is the total number of social workers in kent')).toBe('social workers');
    // "How many times" asks how often: "seven monitoring visits" answers it.
    expect(counted('how many times have ofsted done monitoring visits in bradford')).toBe(
      undefined,
    );
    expect(counted('how many children came into care in 2019')).toBe('children');
    expect(counted('how many social workers left Kent last year')).toBe('social workers');
    expect(counted('what percentage of care leavers are in work?')).toBeUndefined();
  });

  it('takes a count of days, weeks, months or years for a span of time', () => {
    expect(asks('how many weeks did the 2020 inspection take')).toBe('span');
    expect(asks('how many years was it inadequate?')).toBe('span');
    expect(asks('how many social workers are there?')).toBe('number');
  });

  it('reads a hypothetical where the question speaks of happening or losing the service', () => {
    const hypothetical = (text: string) => analyseQuestion(text).hypothetical;
    expect(hypothetical("what happens if croydon doesn't improve?")).toBe(true);
    expect(hypothetical('could the council lose control of children’s services?')).toBe(true);
    expect(hypothetical('can they lose it?')).toBe(true);
    expect(hypothetical('what happened after the 2017 report?')).toBe(false);
    expect(hypothetical('did ofsted say if supervision improved?')).toBe(false);
    expect(hypothetical('what will happen now they have been rated inadequate?')).toBe(true);
    expect(hypothetical('I would like to know what happened after the report')).toBe(false);
    expect(hypothetical('would children trust their social workers?')).toBe(false);
    expect(hypothetical('could you tell me what happened')).toBe(false);
  });

  it('reads whether a name is asked for outright', () => {
    expect(analyseQuestion("what's the name of the director?").wantsName).toBe(true);
    expect(analyseQuestion('who was the commissioner, whats their name').wantsName).toBe(true);
    // Who holds a role only a name answers; who does something may be answered by a team.
    expect(analyseQuestion('who was the director?').wantsName).toBe(true);
    expect(analyseQuestion("who is the trust's chief exec").wantsName).toBe(true);
    expect(analyseQuestion('what was the director actually called').wantsName).toBe(true);
    expect(analyseQuestion('which councillor leads on children in hull').wantsName).toBe(true);
    expect(analyseQuestion('who chairs the safeguarding partnership').wantsName).toBe(true);
    // A role may answer "which officer": no name is needed.
    expect(analyseQuestion('which officer reviews care plans').wantsName).toBe(false);
    expect(analyseQuestion('what was the director actually called').asks).toBe('person');
    expect(analyseQuestion('who decides what happens after a referral').wantsName).toBe(false);
    expect(analyseQuestion('what was the scheme called').asks).toBe('finding');
    expect(analyseQuestion("what is the director's improvement plan called").asks).toBe('finding');
    expect(analyseQuestion('was a strategy meeting called promptly').wantsName).toBe(false);
    expect(analyseQuestion('did the report name the school?').wantsName).toBe(false);
  });

  it('takes a yes/no question with a grade word as asking for a grade', () => {
    const query = analyseQuestion('Is Lambeth council inadequate for children’s services?');
    expect(query.polar).toBe(true);
    expect(query.asks).toBe('grade');
  });

  it('reads which grades a "which judgement was not …" question leaves out', () => {
    expect(analyseQuestion('which judgement was not good in 2020?').notGrade).toBe('good');
    expect(analyseQuestion("which part of durham's inspection wasnt outstanding?").notGrade).toBe(
      'outstanding',
    );
    expect(analyseQuestion('how was it rated?').notGrade).toBeUndefined();
  });

  it('names the judgement area across frameworks', () => {
    expect(analyseQuestion('what did they get for kids in care?').area).toBe('Children in care');
    expect(analyseQuestion('how was the local safeguarding board rated').area).toBe(
      'Local Safeguarding Children Board',
    );
    expect(analyseQuestion('were social workers supervised?').area).toBeUndefined();
  });
});

describe('analyseQuestion: which inspection', () => {
  it('reads a year, and the inspection relative to another', () => {
    expect(analyseQuestion('rating in 2017').inspection).toEqual({ kind: 'year', year: 2017 });
    expect(analyseQuestion('the one after 2017').inspection).toEqual({ kind: 'after', year: 2017 });
    expect(analyseQuestion('the inspection before 2020').inspection).toEqual({
      kind: 'before',
      year: 2020,
    });
    expect(analyseQuestion('what was found in the first one').inspection).toEqual({
      kind: 'first',
    });
    expect(analyseQuestion('and the previous inspection?').inspection).toEqual({
      kind: 'previous',
    });
    expect(analyseQuestion('what is the current rating').inspection).toEqual({ kind: 'latest' });
    // "Last time" is the one before only against now: "better than last time".
    expect(analyseQuestion('is it better than last time?').inspection).toEqual({
      kind: 'previous',
    });
    expect(
      analyseQuestion('what did oldham get for care leavers last time ofsted came round')
        .inspection,
    ).toEqual({ kind: 'latest' });
    expect(analyseQuestion('were care leavers worse off last time?').inspection).toEqual({
      kind: 'previous',
    });
    expect(analyseQuestion('supervision').inspection).toEqual({ kind: 'any' });
    expect(
      analyseQuestion('what day did the croydon inadequate report come out').inspection,
    ).toEqual({ kind: 'graded', grade: 'inadequate', words: 'the croydon inadequate report' });
    expect(analyseQuestion('who led the failed ofsted inspection?').inspection).toEqual({
      kind: 'graded',
      grade: 'inadequate',
      words: 'the failed ofsted inspection',
    });
    expect(analyseQuestion("when was croydon's failed inspection?").inspection).toMatchObject({
      kind: 'graded',
      grade: 'inadequate',
    });
    expect(
      analyseQuestion('what month did they inspect hull the year it was failed').inspection,
    ).toEqual({ kind: 'graded', grade: 'inadequate', words: 'the year it was failed' });
    expect(analyseQuestion('which year did croydon get rated inadequate').inspection).toMatchObject(
      { kind: 'graded', grade: 'inadequate' },
    );
    // "Now" against "when it was rated inadequate" compares; it names no one inspection.
    expect(
      analyseQuestion('how do services now compare to when it was rated inadequate').inspection,
    ).not.toMatchObject({ kind: 'graded' });
    expect(analyseQuestion('the outstanding work of the foster team').inspection).toEqual({
      kind: 'any',
    });
    expect(analyseQuestion('was there any good news in the report?').inspection).toEqual({
      kind: 'any',
    });
  });
});

describe('analyseQuestion: scope', () => {
  it('reads a message about a specific child or family as safeguarding', () => {
    for (const text of [
      "my neighbour's kid is being hit, what do I do",
      'can you tell me which foster family has the Smith children',
      'can you find me the address of the foster carers looking after my grandson',
      'how do I report a child I think is being neglected',
      'why were the Johnson children taken into care by Hull council?',
      'what happened to the Patel family in Leeds',
      'what is the phone number for a referral to children’s social care?',
      'how do I contact a social worker in Kent',
      'why did BCP take the foster kids off Mr and Mrs Patel in Poole',
      'a child on my street is being hit',
      "who is child E in the serious case review, what's the family's surname",
      'where does the grandmother with the autistic grandson from the article live?',
      'which child did they miss the risk of harm for - name and school please',
      'the kid next door is being hit',
      'inspectors found the kids were at risk and i think one of them is my nephew',
      'ofsted found a child was at risk, is that the kid we foster',
      'ofsted said some families keep getting rereferred - is it the family on my street?',
      'who is Child U in the review',
      'the baby upstairs is left alone every night and they said it’s not their problem',
      'a child at the school is being hit, they noticed bruises but did nothing',
      'where do i go to report a concern about a child',
      'who are the young people on the change council, names and schools pls',
      'my ex’s daughter is privately fostered, can you tell me who she’s living with',
      'the one kid in a private fostering placement in 2017 - who is looking after them',
      'list the unaccompanied asylum kids they have and which towns theyre placed in',
      'is the mash based in oldbury or west brom? where do i actually go',
      'a kid at school keeps getting hit at home in leeds',
      "there's a baby left alone in the flat upstairs",
      "who's child E's mum",
      'if the baby upstairs is left alone again what do i do',
      'which school do they go to, the kids in the report',
      'list the names of the asylum seeking lads in the report',
      'i need the addresses of the placements to check on my cousin',
      'who was the young person who died in the review',
      "what's the name of the care leaver they had in bed and breakfast? i think i know him",
      'who was the grandmother in the ombudsman case, whats the family name',
      'my cousin is in care here, can u tell me which foster placement hes in so i can visit',
      'some cases needed immediate action in 2017. which families were they, was ours on the list',
      'my son is in a secure home, how do i get in to see him without the sw knowing',
      'which home was it and which kids, i think my nephew is one of them',
      'which b&b was it and where did the girls go? i think i know one of them',
      'my niece was taken into care last month, which foster home is she in?',
      'the kid in the report who said it was the best day ever, can u tell me who they are and where they live',
      'whats the address of the unregistered childrens homes the council uses',
      'which families had their babies put in foster care instead, names?',
      'the kid whose adoption broke down and went back to the old foster carer - who is that',
      'the kids next door got taken away last week, can u tell me why and where they are',
      'which teenagers were the ones sofa surfing, i think i know one of them',
      'which homes are the kids in the unregistered placements living in, addresses please',
      'where do they place the asylum seeking boys, i want to visit my cousin',
      'my neighbours kids got taken, where were they placed?',
    ]) {
      expect(analyseQuestion(text).scope.kind).toBe('safeguarding');
    }
  });

  it('does not read a question about a role or a finding as safeguarding', () => {
    for (const text of [
      "what's the name of Hull's director of children's services?",
      'were children at risk seen quickly by social workers?',
      'how are disabled children supported',
      'what did the report say about the children in care council?',
      'how are the Leeds children’s services rated?',
      'are referrals to the front door handled quickly?',
      'When did Mr Smith become director of children’s services?',
      'Is it easy for schools to make a referral in Kent?',
      'pre birth assessments when the baby might be at risk',
      'are children in care placed on estates far from home?',
      'children in care - who is looking after them, foster carers or homes?',
      'what has Mr Rowe done for young people leaving care?',
      'where can i go to find out more about fostering',
      'where do i go to read the full report',
      'if a child in somerset is at risk of serious harm do police and sw get round the table',
      'when ofsted found cases where nobody had spotted the kids were at risk, what happened next',
      'where do care leavers live when they leave care?',
      'list the names of the inspectors',
      'who are the children in care council members in stoke',
      'who are the children who go missing in croydon?',
      'list the names of the managers for children in care in croydon',
      'i need the names of the councillors on the corporate parenting panel for children in care',
      'list the names of the independent reviewing officers for children in croydon',
      'where do the children in care in croydon live?',
      'where are the gaps in support for children living in poverty?',
      'where does the report say children living at home are at risk?',
      "what is the surname of the director of children's services in kent",
      'what is the name of the family support service in leeds?',
      'which families are eligible for early help in leeds',
      'how does bedford address the needs of care leavers?',
      'how easy is it for care leavers to get in touch with their personal adviser?',
      'do social workers always know where they are - children missing from care',
      'what needs of care leavers does the plan address?',
      'i want to see my child more, what does the report say about contact arrangements?',
      'do they tell care leavers where they are entitled to live?',
      'i want to see my social worker more often, is that normal?',
      'which placement types are used most for teenagers',
      'what does the report say about children so i can see if it got better',
      'do children get to see their social worker alone?',
      'where did the children go when the home closed?',
      'how are girls at risk of exploitation supported?',
      'where did they go wrong with children in care',
      'do children get to see them enough',
      'so we can meet other foster carers, are there support groups',
      'which families are they prioritising for early help',
      'our council is one of them - how are children in care doing?',
      'I know them, the family hubs: are they good?',
      'what did ofsted say about family names on records',
      "what's the name of the mother and baby unit",
      "what's the address of the nearest children's centre",
      'who is the chief exec of the childrens trust, name?',
      'do children understand who they are placed with',
      'the report on children in care - who is that written for?',
      'do children in care get a say in where they live?',
      'did the report address the problem of children placed in unregistered homes?',
      'how did the council address the shortage of foster carers for children',
      'the inspectors who looked at children in care, do you know who they were?',
      'the report mentions independent reviewing officers for children, can you tell me who they are',
      'who were the inspectors that looked at children in care, names?',
      'lead inspector of the 2017 childrens report - name?',
      'the inspectors praised a family support worker, who was it?',
    ]) {
      expect(analyseQuestion(text).scope).toEqual({ kind: 'in-scope' });
    }
  });

  it('turns away subjects next to its own: hospitals, a school’s own grade, council tax', () => {
    expect(
      analyseQuestion('is croydon university hospital rated good by the CQC?').scope.kind,
    ).toBe('out-of-scope');
    expect(analyseQuestion('what did ofsted rate whitgift primary school').scope.kind).toBe(
      'out-of-scope',
    );
    expect(analyseQuestion('how do I pay my council tax').scope.kind).toBe('out-of-scope');
    expect(analyseQuestion('ofsted rating for parkside grammar in kent').scope.kind).toBe(
      'out-of-scope',
    );
    expect(
      analyseQuestion('how did the met police do in their last inspection for the area').scope.kind,
    ).toBe('out-of-scope');
    for (const partners of [
      'do the police share information with social care?',
      'how do police perform in joint working with social care',
      'how did the police do in strategy meetings',
      "what was the police's rating of the mash",
    ]) {
      expect(analyseQuestion(partners).scope.kind).toBe('in-scope');
    }
    // Written in lower case, a school is named by what is asked of it: its grade.
    expect(analyseQuestion('whats the ofsted grade for lambeth academy').scope.kind).toBe(
      'out-of-scope',
    );
    expect(analyseQuestion('whats the ofsted grade for durham johnston school').scope.kind).toBe(
      'out-of-scope',
    );
    expect(
      analyseQuestion("what did st anthony's girls' catholic academy get at its last ofsted").scope
        .kind,
    ).toBe('out-of-scope');
    expect(
      analyseQuestion('do liverpool school staff get training on spotting neglect').scope.kind,
    ).toBe('in-scope');
    expect(analyseQuestion('what grade did the virtual school get').scope.kind).toBe('in-scope');
    expect(
      analyseQuestion('how do kids in care get on at school according to ofsted').scope.kind,
    ).toBe('in-scope');
    for (const text of [
      'what does the report for hull say about school attendance',
      'grade for school readiness in leeds',
      'children taken to the local hospital after self-harm: what grade for help and protection',
    ]) {
      expect(analyseQuestion(text).scope.kind).toBe('in-scope');
    }
    expect(
      analyseQuestion('is the royal united hospital in bath any good, whats its rating').scope.kind,
    ).toBe('out-of-scope');
    expect(analyseQuestion('what rating for children in care at school').scope.kind).toBe(
      'in-scope',
    );
    expect(
      analyseQuestion('how did ofsted rate the secondary schools in the delta academies trust?')
        .scope.kind,
    ).toBe('out-of-scope');
    expect(analyseQuestion('is croydon college rated good by ofsted?').scope.kind).toBe(
      'out-of-scope',
    );
    expect(analyseQuestion('how does the virtual school support children in care').scope.kind).toBe(
      'in-scope',
    );
    expect(analyseQuestion('do care leavers get help to go to college?').scope.kind).toBe(
      'in-scope',
    );
  });

  it('turns away requests for legal advice, opinions and predictions, naming what they are', () => {
    const subject = (text: string) => {
      const scope = analyseQuestion(text).scope;
      return scope.kind === 'out-of-scope' ? scope.subject : scope.kind;
    };
    expect(subject('can i sue lambeth council for what happened to me in care')).toBe(
      'legal advice about your own case',
    );
    expect(subject('do I get legal aid if they start care proceedings?')).toBe(
      'legal advice about your own case',
    );
    expect(subject('which council in england is the best one to foster for?')).toBe(
      'opinions, recommendations and predictions',
    );
    expect(subject('will Croydon be rated outstanding next time?')).toBe(
      'opinions, recommendations and predictions',
    );
    expect(subject('how good is legal planning in care proceedings?')).toBe('in-scope');
    expect(subject('what did the judges think of the council’s lawyers in care proceedings?')).toBe(
      'in-scope',
    );
    expect(subject('which inspection was better, 2017 or 2024?')).toBe('in-scope');
    expect(subject('Are care leavers told about their legal rights?')).toBe('in-scope');
    expect(subject('Would you tell me how Kent was rated?')).toBe('in-scope');
    expect(subject('Do foster carers get their expenses paid?')).toBe('in-scope');
    expect(subject('Which Kent councillors claimed the most expenses?')).toBe(
      'council business outside children’s services',
    );
    expect(subject('social worker jobs going at the council, whats the salary')).toBe(
      'jobs and pay at the council',
    );
    expect(subject('thinking of applying for a sw job there, are caseloads ok?')).toBe('in-scope');
    // A football club named after its town, not the town's council.
    expect(subject('hull city score last night?')).toBe('sport');
    expect(subject('did the report mention work with a premier league football club?')).toBe(
      'in-scope',
    );
  });

  it('turns away a hospital’s own rating, not a finding that mentions hospital', () => {
    expect(
      analyseQuestion('what is the rating of the Royal Hospital for children?').scope.kind,
    ).toBe('out-of-scope');
    expect(
      analyseQuestion('is there crisis support to keep children out of psychiatric hospital?').scope
        .kind,
    ).toBe('in-scope');
  });

  it('turns away a school named by its name, not the council’s Virtual School', () => {
    expect(analyseQuestion('latest ofsted grade for Durham Johnston school').scope).toEqual({
      kind: 'out-of-scope',
      subject: 'a school’s, nursery’s or childminder’s own inspection',
    });
    expect(analyseQuestion('is Harris Academy any good').scope.kind).toBe('out-of-scope');
    expect(
      analyseQuestion('What does the Virtual School do for children in care?').scope.kind,
    ).toBe('in-scope');
    expect(analyseQuestion('Is school attendance of children in care good?').scope.kind).toBe(
      'in-scope',
    );
  });
});
