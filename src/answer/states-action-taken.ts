/**
 * Whether a text tells of action taken in response to what was found: "senior managers took
 * immediate action", "leaders acted on inspectors' feedback", "an improvement board has been set
 * up", "reviewed all children living in these arrangements". What a council did about a
 * finding is said in these words, by the report or by the council; a finding alone ("private
 * fostering arrangements are not robust") says what was wrong, not what was done.
 */
export function statesActionTaken(text: string): boolean {
  return actionTaken.test(text);
}

const actionTaken =
  /\b(?<!not )(took|taken|take|taking) (swift |immediate |prompt |urgent |decisive )?action\b|\b(?<!not )acted (quickly|swiftly|promptly|decisively|on (inspectors|the inspection|feedback|these))|\bin response to (the |these |this )?(inspection|inspectors|findings|feedback|report)\b|\bresponded (quickly|swiftly|promptly)\b|\b(has|have|had) been (set up|created|appointed|established|introduced|launched|commissioned)\b|\bput in place\b|\b(reviewed|audited) all\b|\bimmediate action\b|\bas a result of (the )?inspection\b/i;
