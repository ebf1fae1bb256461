import { segmentSentences } from '../text/segment-sentences.ts';

/**
 * Whether a text tells of action taken in response to what was found: "senior managers took
 * immediate action", "leaders acted on inspectors' feedback", "an improvement board has been set
 * up", "reviewed all children living in these arrangements". What a council did about a
 * finding is said in these words, by the report or by the council; a finding alone ("private
 * fostering arrangements are not robust") says what was wrong, not what was done.
 */
export function statesActionTaken(text: string): boolean {
  return segmentSentences(text).some(({ start, end }) => {
    const sentence = text.slice(start, end);
    return actionTaken.test(sentence) && !stillToDo.test(sentence);
  });
}

/**
 * Action still to take or not taken: "need to take urgent action", "too slow to take action",
 * "plans have not yet been put in place", "there was no immediate action".
 */
const stillToDo =
  /\b(not|no|never|n't|need(s|ed)? to|should|must|fail(s|ed)? to|too slow|slow to|yet to|unable to|will take|intends? to|asked to)\b/i;

const actionTaken =
  /\b(took|taken|take|taking) (swift |immediate |prompt |urgent |decisive )?action\b|\b((has|have|had) (already )?taken|took) (\w+ )?steps\b|\bacted (quickly|swiftly|promptly|decisively|on (inspectors|the inspection|feedback|these))|\bin response to (the |these |this )?(inspection|inspectors|findings|feedback|report)\b|\bresponded (quickly|swiftly|promptly)\b|\b(has|have|had) (already )?(been )?(set up|created|appointed|established|introduced|launched|commissioned)\b|\bput in place\b|\b(reviewed|audited) all\b|\bimmediate action\b|\bas a result of (the )?inspection\b/i;
