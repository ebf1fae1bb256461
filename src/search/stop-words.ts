import { chatSpellingWords } from '../text/chat-spellings.ts';

/**
 * English function words (and their chat spellings: "wot", "wen", "didnt"), plus the words
 * people wrap around a question ("what did Ofsted say about …", "what was wrong with …", "is …
 * still a problem"), which say how the asker feels about a topic rather than what the topic is,
 * and would otherwise dilute matching.
 */
export const stopWords: ReadonlySet<string> = new Set([
  ...chatSpellingWords,
  ...`a about above after again against all also am an and any are aren't as at be because been
  before being below between both but by can can't cannot could couldn't did didn't do does
  doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
  having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm
  i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of
  off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
  she's should shouldn't so some such than that that's the their theirs them themselves then
  there there's these they they'd they'll they're they've this those through to too under until
  up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's
  which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've
  your yours yourself yourselves
  didnt dont doesnt isnt wasnt werent arent cant couldnt wouldnt shouldnt hasnt havent hadnt
  im ive youre theyre thats whats theres
  say says said tell told show shows showed find finds found think thought know please give
  anything something thing things any much many get got go going want
  wrong problem problems issue issues proper properly still really actually true like enough
  kind sort lot lots bit since well
  s t d ll m re ve`
    .split(/\s+/)
    .filter(Boolean),
]);
