import type { Council, CouncilMatch } from '../knowledge/councils/council-directory.ts';
import { type CouncilMention, findCouncilMentions } from '../question/find-council-mentions.ts';
import { misspeltCouncilNames } from '../question/misspelt-council-names.ts';
import { namesInCouncilPlace } from '../question/unknown-council-names.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import type { Answer } from './answer.ts';

/** Which council a request is about, as far as the request itself says. */
export interface CouncilScope {
  /** A council as the user typed or picked it (the `council` option): wins over everything. */
  council?: string | undefined;
  /** The server's default council id, for when neither the option nor the question names one. */
  defaultCouncil?: string | undefined;
}

/** The council a request resolved to, or the answer that says why it could not be. */
export type CouncilResolution =
  | {
      kind: 'council';
      council: Council;
      index: KnowledgeIndex;
      /** Every loaded council the question names, in the order written, when it names more than one. */
      mentions: CouncilMention[];
    }
  | { kind: 'refused'; answer: Answer };

/** How many loaded councils a "which council?" reply names before it says "and N more". */
const namedInReply = 12;

/**
 * Resolves a request to one loaded council: the `council` option, else a council the question
 * names, else the server's default, else the only council loaded. A council that is named but
 * not loaded is refused by name; the bot never answers it from another council's documents.
 */
export function resolveCouncil(
  library: KnowledgeLibrary,
  command: string,
  query: string,
  scope: CouncilScope = {},
  text?: string,
): CouncilResolution {
  const refuse = (
    notice: string,
    suggestions: string[] = [],
    refusal: Answer['refusal'] = 'which-council',
  ): CouncilResolution => ({
    kind: 'refused',
    answer: {
      command,
      query,
      answered: false,
      refusal,
      title: 'Which council?',
      summary: null,
      results: [],
      suggestions,
      notice,
    },
  });
  const use = (council: Council, mentions: CouncilMention[] = []): CouncilResolution => {
    const index = library.indexFor(council.id);
    if (!index) return refuse(notLoaded(library, council.name), [], 'council-not-loaded');
    return { kind: 'council', council, index, mentions };
  };

  if (scope.council?.trim()) {
    const match = library.known.find(scope.council);
    if (match.kind === 'found') return use(match.council);
    return refuse(unmatched(library, scope.council, match), suggested(match));
  }
  if (text !== undefined) {
    // Initials of a council not loaded are more likely the sector's abbreviation ("CE").
    const mentions = findCouncilMentions(text, library.known).filter(
      (mention) => !mention.initials || library.indexFor(mention.council.id),
    );
    const missing = mentions.find(({ council }) => !library.indexFor(council.id));
    if (missing) {
      return refuse(notLoaded(library, missing.council.name), [], 'council-not-loaded');
    }
    const [first] = mentions;
    if (first) return use(first.council, mentions.length > 1 ? mentions : []);
  }
  // A place named as a council that is none the bot knows ("Cardiff's children's services")
  // is refused by name: answering it from the default council would be another's findings.
  const strange =
    text === undefined ? undefined : unknownCouncilName(library, text, scope.defaultCouncil);
  if (strange)
    return refuse(unmatched(library, strange.name, strange.match), suggested(strange.match));
  if (scope.defaultCouncil) {
    const council =
      library.loaded.byId(scope.defaultCouncil) ?? library.known.byId(scope.defaultCouncil);
    if (council) return use(council);
  }
  const [only, ...others] = library.loaded.councils;
  if (only && others.length === 0) return use(only);
  if (!only)
    return refuse('No council’s documents are loaded yet. A moderator can add some (see /help).');
  // A misspelt name is offered, never taken: a near miss must not answer for another council.
  const meant = text === undefined ? [] : misspeltCouncilNames(text, library.loaded);
  const didYouMean =
    meant.length > 0 ? ` Did you mean ${meant.map((council) => council.name).join(' or ')}?` : '';
  return refuse(
    `Which council do you mean?${didYouMean} Name one with the council option, or in the question. ${describeLoaded(library)} A moderator can set this server’s default with /kb council.`,
    meant.map((council) => council.name),
  );
}

/** The first name a question puts in a council's place that is no council the bot knows. */
function unknownCouncilName(
  library: KnowledgeLibrary,
  text: string,
  defaultCouncil: string | undefined,
): { name: string; match: CouncilMatch } | undefined {
  // The documents that would answer: the default council's, or (with none) every loaded one's.
  const answering = defaultCouncil
    ? [defaultCouncil]
    : library.loaded.councils.map((council) => council.id);
  for (const name of namesInCouncilPlace(text)) {
    // A word those documents use ("Ofsted's", a person's name) is not a stranger.
    const inDocuments = answering.some((id) => library.indexFor(id)?.passages.knows(name));
    if (inDocuments) continue;
    // The question's own words named no council, so a council this finds is a near miss
    // ("Lambth"): offered, never taken.
    const match = library.known.find(name);
    return {
      name,
      match: match.kind === 'found' ? { kind: 'none', suggestions: [match.council] } : match,
    };
  }
  return undefined;
}

function unmatched(library: KnowledgeLibrary, typed: string, match: CouncilMatch): string {
  if (match.kind === 'ambiguous') {
    return `“${typed}” could be ${match.candidates.map((council) => council.name).join(' or ')}: which one?`;
  }
  const near =
    match.kind === 'none' && match.suggestions.length > 0
      ? ` Did you mean ${match.suggestions.map((council) => council.name).join(', ')}?`
      : '';
  return `No council called “${typed}” is known.${near} ${describeLoaded(library)}`;
}

function notLoaded(library: KnowledgeLibrary, name: string): string {
  return `${name}’s reports are not loaded, so I can’t answer about ${name}. ${describeLoaded(library)} A moderator can add ${name} with \`npm run kb:fetch -- --council "${name}"\`.`;
}

function describeLoaded(library: KnowledgeLibrary): string {
  const names = library.loaded.councils.map((council) => council.name);
  if (names.length === 0) return 'No council is loaded yet.';
  const shown = names.slice(0, namedInReply).join(', ');
  const more = names.length > namedInReply ? ` and ${names.length - namedInReply} more` : '';
  return `Loaded: ${shown}${more}.`;
}

/** The councils a near miss could mean, offered as did-you-mean choices. */
function suggested(match: CouncilMatch): string[] {
  const councils =
    match.kind === 'ambiguous' ? match.candidates : match.kind === 'none' ? match.suggestions : [];
  return councils.map((council) => council.name);
}
