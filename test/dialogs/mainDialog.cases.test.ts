// Dialog case table (DialogTestClient, real KB, search, directory, territory and routing rules):
// every operator type and every hard case of docs/domain.md, with the orientation.decision payload.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { OperatorType } from '../../knowledge/model/operatorType.js';
import type { OrientationDecisionEvent } from '../../orientation/routing/routingDecision.js';
import { decisionEvent, newClient, realParts, texts, turn } from './dialogHarness.js';

interface Step {
  user: string;
  /** Every pattern must appear in the bot's messages for this turn. */
  says?: Array<string | RegExp>;
  /** None of these may appear. */
  never?: Array<string | RegExp>;
}

interface DialogCase {
  name: string;
  steps: Step[];
  /** Expected orientation.decision event (on the last step that emits one). */
  decision?: {
    operatorTypes: OperatorType[];
    chosen?: OperatorType;
    profile?: Record<string, unknown>;
    place?: Record<string, unknown>;
  };
  /** Follow-up questions the assistant may ask at most. */
  maxFollowUps?: number;
}

const SUMMARY = /Si je résume : .*C'est bien ça \?/;

const CASES: DialogCase[] = [
  {
    name: 'greeting, help at the open question, then only the missing fact is asked',
    steps: [
      { user: 'bonjour', says: ['Racontez-moi votre situation et ce que vous cherchez'] },
      { user: 'aide', says: ['recommencer', 'Racontez-moi'] },
      { user: 'Je suis salarié et je veux changer de métier', says: [/Dans quelle commune/], never: ['Quelle est votre situation'] },
    ],
  },
  {
    name: 'cadre job seeker (Lyon 3e arrondissement): France Travail and Apec',
    steps: [
      { user: 'bonjour', says: ['Racontez-moi votre situation et ce que vous cherchez'] },
      { user: "Je suis cadre au chômage depuis 3 mois, 52 ans, j'habite à Lyon 69003", says: [SUMMARY, 'cadre', '52 ans', 'Lyon'] },
      { user: 'oui', says: ['**France Travail**', '**Apec**'] },
    ],
    decision: { operatorTypes: ['france_travail', 'apec'], profile: { status: 'demandeur_emploi', cadre: true, age: 52 }, place: { communeInsee: '69383', departement: '69' } },
    maxFollowUps: 0,
  },
  {
    name: '22-year-old with RQTH (Paris 15e): Mission locale or Cap emploi, the person chooses; France Travail next to them',
    steps: [
      { user: "j'ai vingt-deux ans, la RQTH, je cherche du travail, j'habite Paris 15e", says: [SUMMARY, '22 ans', 'RQTH'] },
      { user: 'oui', says: ['Plusieurs interlocuteurs', 'Mission locale', 'Cap emploi', 'Lequel préférez-vous'] },
      { user: 'Cap emploi', says: ['Je vous propose de vous adresser à : **Cap emploi**', 'France Travail'] },
    ],
    decision: { operatorTypes: ['mission_locale', 'cap_emploi', 'france_travail'], chosen: 'cap_emploi', place: { communeInsee: '75115', departement: '75' } },
  },
  {
    name: 'interim worker between two missions (Marseille): France Travail and the regional CEP operator',
    steps: [
      { user: 'Je suis intérimaire, 35 ans, à Marseille 13001', says: ['entre deux missions'] },
      { user: 'je suis entre deux missions', says: [SUMMARY] },
      { user: 'oui', says: ['**France Travail**', 'opérateur régional'] },
    ],
    decision: { operatorTypes: ['france_travail', 'cep_actifs_occupes'], chosen: 'france_travail', profile: { status: 'interimaire', betweenContracts: true }, place: { departement: '13' } },
    maxFollowUps: 1,
  },
  {
    name: 'interim worker in a mission (button answer): regional CEP operator',
    steps: [
      { user: 'je bosse en intérim, 29 ans, à Rouen', says: ['entre deux missions'] },
      { user: "Non, j'ai un contrat en cours", says: [SUMMARY] },
      { user: 'oui', says: ['opérateur régional'] },
    ],
    decision: { operatorTypes: ['cep_actifs_occupes'], profile: { status: 'interimaire', betweenContracts: false } },
  },
  {
    name: 'seasonal worker off season, answer by free text: France Travail and the regional CEP operator',
    steps: [
      { user: "je fais les saisons, l'hiver je suis serveur, j'ai 28 ans, j'habite à Annecy, là c'est hors saison", says: [SUMMARY] },
      { user: "oui c'est ça", says: ['**France Travail**', 'opérateur régional'] },
    ],
    decision: { operatorTypes: ['france_travail', 'cep_actifs_occupes'], profile: { status: 'saisonnier', betweenContracts: true }, place: { departement: '74' } },
  },
  {
    name: 'pluri-active (employee and micro-entrepreneur): regional CEP operator',
    steps: [
      { user: 'Je suis salariée à mi-temps et auto-entrepreneuse, 40 ans, à Rennes', says: [SUMMARY, 'plusieurs activités'] },
      { user: 'oui', says: ['opérateur régional'] },
    ],
    decision: { operatorTypes: ['cep_actifs_occupes'], profile: { pluriActive: true }, place: { departement: '35' } },
  },
  {
    name: 'public servant in Corsica (Bastia, 2B): employer career advisers',
    steps: [
      // The workplace's town is offered, never taken as the home.
      { user: 'Je suis fonctionnaire territorial à la mairie de Bastia et je veux me reconvertir', says: ['Vous habitez près de Bastia, où vous travaillez ?'], never: [SUMMARY] },
      { user: 'oui', says: [SUMMARY, 'agent public', 'Bastia'] },
      { user: 'oui', says: ['employeur public'] },
    ],
    decision: { operatorTypes: ['employer_public'], profile: { status: 'agent_public' }, place: { departement: '2B' } },
  },
  {
    name: 'pupil overseas (Fort-de-France, 972): CIO / Onisep',
    steps: [
      { user: 'je suis en terminale au lycée à Fort-de-France et je sais pas quoi faire après le bac', says: ['Vous habitez près de Fort-de-France, où vous étudiez ?'] },
      { user: 'oui', says: [SUMMARY, 'élève'] },
      { user: 'oui', says: ['CIO'] },
    ],
    decision: { operatorTypes: ['cio_onisep'], profile: { status: 'eleve' }, place: { departement: '972' } },
  },
  {
    name: 'social emergency: 115 said first, then career routing',
    steps: [
      {
        user: "je dors dans ma voiture depuis une semaine, je suis au chômage, 40 ans, à Toulouse",
        says: [/^D'abord le plus important[^]*\*\*115\*\*/, SUMMARY],
      },
      { user: 'oui', says: ['**France Travail**'] },
    ],
    decision: { operatorTypes: ['social_emergency', 'france_travail'], chosen: 'france_travail', profile: { emergencies: ['sans_logement'] } },
  },
  {
    name: 'emergency only: the emergency lines are the decision, no career question asked',
    steps: [{ user: 'je suis à la rue ce soir, je sais pas où dormir', says: ['**115**', 'Si vous le souhaitez'], never: ['Quelle est votre situation'] }],
    decision: { operatorTypes: ['social_emergency'], chosen: 'social_emergency', profile: { emergencies: ['sans_logement'] } },
  },
  {
    name: 'violence: 3919 first and CIDFF alongside',
    steps: [
      { user: 'mon mari me frappe, je suis sans emploi, 34 ans, à Toulouse', says: ['**3919**', SUMMARY] },
      { user: 'oui', says: ['CIDFF', '**France Travail**'] },
    ],
    decision: { operatorTypes: ['social_emergency', 'france_travail'], profile: { emergencies: ['violence'] } },
  },
  {
    name: 'out of scope (dispute with the employer): redirected politely, no questions',
    steps: [{ user: "mon patron ne me paie pas mes heures sup, je veux aller aux prud'hommes", says: ['inspection du travail'], never: ['Quelle est votre situation'] }],
    decision: { operatorTypes: ['out_of_scope'], profile: { outOfScope: ['litige_employeur'] } },
    maxFollowUps: 0,
  },
  {
    name: 'employed cadre: Apec or the regional CEP operator, chosen by name',
    steps: [
      { user: 'Je suis salarié en CDI, cadre, 45 ans, à Nantes et je voudrais évoluer', says: [SUMMARY, 'cadre'] },
      { user: 'oui', says: ['Plusieurs interlocuteurs', 'Apec'] },
      { user: "plutôt l'Apec", says: ['**Apec**'] },
    ],
    decision: { operatorTypes: ['apec', 'cep_actifs_occupes'], chosen: 'apec' },
  },
  {
    name: 'young graduate looking for a first cadre job: Apec',
    steps: [
      { user: 'je suis étudiant en master 2, je cherche mon premier emploi de cadre, 24 ans, à Nantes', says: [SUMMARY] },
      { user: 'oui', says: ['**Apec**'] },
    ],
    decision: { operatorTypes: ['apec'] },
  },
  {
    name: '19-year-old without diploma looking for work: Mission locale and France Travail',
    steps: [
      { user: "j'ai 19 ans, je suis sorti du lycée sans diplôme, je cherche du travail à Lille", says: [SUMMARY, '19 ans'] },
      { user: 'oui', says: ['**Mission locale**', '**France Travail**'] },
    ],
    decision: { operatorTypes: ['mission_locale', 'france_travail'], place: { departement: '59' } },
  },
  {
    name: 'employee asking for a CIF: kind correction, trade and PTP information, Transitions Pro alongside',
    steps: [
      {
        user: 'Je suis salariée en CDI, 38 ans, à Bordeaux, je voudrais faire un CIF pour devenir infirmière',
        says: ['projet de transition professionnelle (PTP)', 'fiche ROME J1506', 'Source', SUMMARY],
      },
      { user: 'oui', says: ['**Transitions Pro**', 'opérateur régional'] },
    ],
    decision: { operatorTypes: ['cep_actifs_occupes', 'transitions_pro'], profile: { targetTrade: { romeCode: 'J1506' } } },
  },
  {
    name: 'job seeker creating a business: France Travail with the business-creation partners',
    steps: [
      { user: "je suis demandeur d'emploi, 45 ans, à Nantes, je veux créer mon entreprise", says: [SUMMARY, 'créer'] },
      { user: 'oui', says: ['**France Travail**', 'création'] },
    ],
    decision: { operatorTypes: ['france_travail'] },
  },
  {
    name: 'employee whose health puts the job at risk: Cap emploi (maintien dans l’emploi) and the regional CEP operator',
    steps: [
      { user: "je suis salarié, le médecin du travail m'a déclaré inapte, 50 ans, Dijon", says: [SUMMARY] },
      { user: 'oui', says: ['**Cap emploi**', 'opérateur régional'] },
    ],
    decision: { operatorTypes: ['cap_emploi', 'cep_actifs_occupes'], profile: { jobAtRiskForHealth: true } },
  },
  {
    name: 'self-employed: regional CEP operator',
    steps: [
      { user: 'je suis artisan plombier à mon compte, 47 ans, à Metz, je voudrais faire un bilan de compétences', says: [SUMMARY, 'bilan'] },
      { user: 'oui', says: ['opérateur régional'] },
    ],
    decision: { operatorTypes: ['cep_actifs_occupes'], profile: { status: 'independant' } },
  },
  {
    name: 'ambiguous town (Saint-Denis): the person picks La Réunion by its code',
    steps: [
      { user: "je suis demandeur d'emploi, 30 ans, j'habite à Saint-Denis", says: ['plusieurs communes', 'La Réunion, 974'] },
      { user: '974', says: [SUMMARY, 'Saint-Denis (974)'] },
      { user: 'oui', says: ['**France Travail**'] },
    ],
    decision: { operatorTypes: ['france_travail'], place: { departement: '974', communeInsee: '97411' } },
  },
  {
    name: 'Corsica (Ajaccio, 2A): employee asking for a VAE gets the VAE sheet and the regional CEP operator',
    steps: [
      { user: 'je suis vendeuse en CDI à Ajaccio, 41 ans, je veux faire une VAE', says: ['Validation des acquis', 'Vous habitez près d’Ajaccio, où vous travaillez ?'] },
      { user: 'oui', says: [SUMMARY, 'Ajaccio (2A)'] },
      { user: 'oui', says: ['opérateur régional'] },
    ],
    decision: { operatorTypes: ['cep_actifs_occupes'], place: { departement: '2A' } },
  },
  {
    name: 'overseas (Mamoudzou, 976): young job seeker to the Mission locale and France Travail',
    steps: [
      { user: "je cherche du travail, 24 ans, j'habite à Mamoudzou", says: [SUMMARY, 'Mamoudzou (976)'] },
      { user: 'oui', says: ['**Mission locale**', '**France Travail**'] },
    ],
    decision: { operatorTypes: ['mission_locale', 'france_travail'], place: { departement: '976' } },
  },
  {
    name: 'Marseille postcode shared by arrondissements (13013): the city is certain, no question',
    steps: [
      { user: "je suis demandeur d'emploi, 35 ans, 13013", says: [SUMMARY, 'Marseille'], never: ['Laquelle'] },
      { user: 'oui', says: ['**France Travail**'] },
    ],
    decision: { operatorTypes: ['france_travail'], place: { departement: '13' } },
    maxFollowUps: 0,
  },
  {
    name: 'facts asked one at a time, buttons and free text both accepted',
    steps: [
      { user: 'je voudrais changer de métier', says: ['Quelle est votre situation'] },
      { user: 'Salarié(e) du privé', says: ['Dans quelle commune'] },
      { user: 'Quimper', says: [SUMMARY, 'Quimper'] },
      { user: 'oui', says: ['opérateur régional'] },
    ],
    decision: { operatorTypes: ['cep_actifs_occupes'], place: { departement: '29' } },
    maxFollowUps: 2,
  },
  {
    name: 'the person corrects the summary',
    steps: [
      { user: 'Je suis salarié, 23 ans, à Brest', says: [SUMMARY, '23 ans'] },
      { user: 'non', says: ["Qu'est-ce qui n'est pas juste"] },
      { user: "j'ai 32 ans", says: [SUMMARY, '32 ans'], never: ['23 ans'] },
      { user: 'oui', says: ['opérateur régional'] },
    ],
    decision: { operatorTypes: ['cep_actifs_occupes'], profile: { age: 32 } },
  },
  {
    name: 'retiree: routed with a reason, never left without an answer',
    steps: [
      { user: 'je suis retraité depuis 2 ans, 64 ans, à Pau, je voudrais reprendre une petite activité', says: [SUMMARY] },
      { user: 'oui', says: ['Je vous propose'] },
    ],
    decision: { operatorTypes: ['france_travail'] },
  },
];

function check(pattern: string | RegExp, text: string): boolean {
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}

describe('MainDialog case table (DialogTestClient, real referentials)', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const client = await newClient();
    let lastEvent: Partial<Activity> | undefined;
    for (const step of c.steps) {
      const activities = await turn(client, step.user);
      const said = texts(activities);
      for (const p of step.says ?? []) expect(check(p, said), `"${step.user}" → expected ${p} in:\n${said}`).toBe(true);
      for (const p of step.never ?? []) expect(check(p, said), `"${step.user}" → did not expect ${p} in:\n${said}`).toBe(false);
      lastEvent = decisionEvent(activities) ?? lastEvent;
    }
    const session = (client.dialogContext.parent ?? client.dialogContext).stack?.[0]?.state?.orientation ?? client.dialogContext.stack[0]?.state?.orientation;
    const questions = session?.followUps ?? 0;
    if (c.maxFollowUps !== undefined) expect(questions).toBeLessThanOrEqual(c.maxFollowUps);
    if (c.decision) {
      expect(lastEvent, 'orientation.decision event').toBeDefined();
      const value = lastEvent!.value as OrientationDecisionEvent;
      expect(value.operatorTypes).toEqual(c.decision.operatorTypes);
      if (c.decision.chosen) expect(value.chosen).toBe(c.decision.chosen);
      expect(value.reasons).toBeTypeOf('object');
      for (const t of value.operatorTypes) if (t !== 'social_emergency') expect(value.reasons[t], `reason for ${t}`).toBeTruthy();
      if (c.decision.profile) expect(value.profile).toMatchObject(c.decision.profile);
      if (c.decision.place) expect(value.profile.place).toMatchObject(c.decision.place);
      // The payload never carries contact details of the person.
      expect(JSON.stringify(value.profile)).not.toMatch(/@|\b0\d{9}\b|email|phone|telephone/);
    }
  });
});
