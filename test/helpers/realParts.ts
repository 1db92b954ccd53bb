// The real knowledge base, search (lexical only, fast) and operator directory, built once per worker,
// and the conversation policy's dependencies on top of them (real understanding, territory and
// routing rules). No botbuilder here: the policy tests stay pure.
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import { createKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import type { KnowledgeSearch } from '../../knowledge/search/knowledgeSearch.js';
import { createOperatorDirectory } from '../../knowledge/operators/createOperatorDirectory.js';
import { findPlaceInText, resolvePlace } from '../../knowledge/territory/index.js';
import type { PolicyDeps } from '../../orientation/conversation/nextStep.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import type { StructureDirectory } from '../../orientation/routing/structuresForDecision.js';
import { understandMessage } from '../../orientation/understanding/understandMessage.js';

export interface RealParts {
  knowledgeBase: KnowledgeBase;
  knowledgeSearch: KnowledgeSearch;
  directory: StructureDirectory;
}

let parts: Promise<RealParts> | undefined;

export function realParts(): Promise<RealParts> {
  parts ??= (async () => {
    const knowledgeBase = loadKnowledgeBase();
    const knowledgeSearch = await createKnowledgeSearch(knowledgeBase, { embeddings: 'none' });
    const { directory } = createOperatorDirectory(knowledgeBase);
    return { knowledgeBase, knowledgeSearch, directory };
  })();
  return parts;
}

/** The conversation policy on the real parts; `now` fixes the clock of the understanding (ages). */
export type RealPolicyDeps = PolicyDeps & RealParts;

export async function realPolicyDeps(options: { now?: () => Date } = {}): Promise<RealPolicyDeps> {
  const { knowledgeBase, knowledgeSearch, directory } = await realParts();
  const territory = { findPlaceInText, resolvePlace };
  return {
    route: (p) => routeProfile(p),
    understand: (text, expecting) => understandMessage(text, { territory, knowledgeSearch, knowledgeBase, now: options.now }, { expecting }),
    directory,
    knowledgeSearch,
    knowledgeBase,
    handoffAvailable: true,
  };
}
