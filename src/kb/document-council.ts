import type { CouncilRef } from '../knowledge/document-schema.ts';
import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import { UserError } from '../user-error.ts';

/**
 * The council a document added with `/kb add` is about: the one typed (any council the bot
 * knows, loaded or not, since adding a document is how a council gets loaded), else the
 * server's default. A typed name that matches none is refused rather than guessed.
 */
export function documentCouncil(
  library: KnowledgeLibrary,
  typed: string | undefined,
  defaultCouncilId: string | undefined,
): CouncilRef | undefined {
  if (typed === undefined) {
    const council = defaultCouncilId ? library.known.byId(defaultCouncilId) : undefined;
    return council && toRef(council);
  }
  const match = library.known.find(typed);
  if (match.kind === 'found') return toRef(match.council);
  throw new UserError(
    'bad-input',
    `No council called “${typed}” is known; check the council option.`,
  );
}

function toRef(council: { id: string; name: string; ofstedUrn?: string }): CouncilRef {
  return {
    id: council.id,
    name: council.name,
    ...(council.ofstedUrn === undefined ? {} : { ofsted_urn: council.ofstedUrn }),
  };
}
