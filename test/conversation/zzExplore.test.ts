import { beforeAll, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/knowledgeBase.js';
import { createKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import { createOperatorDirectory } from '../../knowledge/operators/createOperatorDirectory.js';
import { findPlaceInText, resolvePlace } from '../../knowledge/territory/index.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { understandMessage } from '../../orientation/understanding/understandMessage.js';
import { nextStep, startConversation, type PolicyDeps } from '../../orientation/conversation/nextStep.js';
import { newSession } from '../../orientation/conversation/session.js';
let deps: PolicyDeps;
beforeAll(async () => {
  const knowledgeBase = loadKnowledgeBase();
  const knowledgeSearch = await createKnowledgeSearch(knowledgeBase, { embeddings: 'none' });
  const { directory } = createOperatorDirectory(knowledgeBase);
  const territory = { findPlaceInText, resolvePlace };
  deps = { route: (p) => routeProfile(p), understand: (text, expecting) => understandMessage(text, { territory, knowledgeSearch, knowledgeBase }, { expecting }), directory, knowledgeSearch, knowledgeBase, handoffAvailable: true };
});
const SCRIPTS: string[][] = JSON.parse(process.env.SCRIPTS ?? '[]');
it('explore', async () => {
  for (const script of SCRIPTS) {
    let s = newSession();
    console.log('=========');
    for (const [i, say] of script.entries()) {
      const st = i === 0 ? await startConversation(s, { text: say }, deps) : await nextStep(s, { text: say }, deps);
      console.log(`> ${say}\n  [${st.session.phase} ${st.session.pendingFact ?? ''}] ${st.replies.map((r) => r.text.slice(0, 300)).join('\n   | ')}\n  profile=${JSON.stringify(st.session.profile)}\n  reasons=${JSON.stringify(st.session.decision?.reasons ?? {})}`);
      s = st.session;
    }
  }
}, 120000);
