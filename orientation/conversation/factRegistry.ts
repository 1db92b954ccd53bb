// The one registry of the facts the conversation may ask about: for each fact, its question (with
// the kind of answer expected, for the phone keypad), how a short answer or a button fills it, what
// the extractor should expect while it is pending, and how the summary says it. The dialog, the
// summary (« Si je résume… ») and the questions all read this table.
import type { Reply, ReplyChoice } from './reply.js';
import type { ExpectedFact } from '../understanding/extractProfile.js';
import { emptyProfile, type Need, type Profile, type Status } from '../routing/profile.js';
import type { WorkOrStudyPlace } from '../understanding/understandMessage.js';

const STATUSES_WITHOUT_A_JOB: ReadonlySet<Status> = new Set<Status>(['demandeur_emploi', 'inactif', 'etudiant', 'eleve', 'retraite']);

export const STATUS_LABELS: Record<Status, string> = {
  salarie_prive: 'salarié(e) du secteur privé',
  agent_public: 'agent public',
  demandeur_emploi: "demandeur(se) d'emploi",
  independant: 'indépendant(e)',
  interimaire: 'intérimaire',
  saisonnier: 'saisonnier(ère)',
  etudiant: 'étudiant(e)',
  eleve: 'élève',
  inactif: 'sans activité professionnelle',
  retraite: 'retraité(e)',
};

export const NEED_LABELS: Record<Need, string> = {
  information_metier: 'vous informer sur un métier',
  formation: 'vous former',
  financement: 'financer une formation',
  reconversion: 'changer de métier',
  vae: 'faire valider votre expérience (VAE)',
  bilan: 'faire un bilan de compétences',
  recherche_emploi: 'trouver un emploi',
  creation_entreprise: 'créer ou reprendre une entreprise',
  etudes: 'choisir vos études',
};

const STATUS_TITLES: Record<Status, string> = {
  salarie_prive: 'Salarié(e) du privé',
  agent_public: 'Agent public',
  demandeur_emploi: "Demandeur(se) d'emploi",
  independant: 'Indépendant(e)',
  interimaire: 'Intérimaire',
  saisonnier: 'Saisonnier(ère)',
  etudiant: 'Étudiant(e)',
  eleve: 'Élève',
  inactif: 'Sans activité',
  retraite: 'Retraité(e)',
};

const NEED_TITLES: Record<Need, string> = {
  information_metier: 'M’informer sur un métier',
  reconversion: 'Changer de métier',
  formation: 'Me former',
  recherche_emploi: 'Trouver un emploi',
  financement: 'Financer une formation',
  vae: 'Faire une VAE',
  bilan: 'Faire un bilan de compétences',
  creation_entreprise: 'Créer une entreprise',
  etudes: 'Choisir mes études',
};

export interface FactDefinition {
  /** The profile field this fact fills (also the name the routing rules use in `missing`). */
  name: string;
  /** The question, with its expected input kind. */
  question: Reply;
  /** What the extractor should expect while this fact is pending (reads « 22 », « oui », « 69003 »). */
  expects?: ExpectedFact;
  /** A button or short answer value → the facts it gives; undefined when it does not fit. */
  fromChoice?: (value: string) => Partial<Profile> | undefined;
  /** The summary fragment for this fact (« 52 ans », « cadre »), or undefined when unknown. */
  describe?: (profile: Profile) => string | undefined;
}

const yesNoChoices = (): ReplyChoice[] => [
  { value: 'oui', title: 'Oui' },
  { value: 'non', title: 'Non' },
];

const yesNoFact = (name: keyof Profile) => (value: string): Partial<Profile> | undefined =>
  value === 'oui' || value === 'non' ? { [name]: value === 'oui' } : undefined;

function placeLabel(place: Profile['place']): string | undefined {
  if (!place) return undefined;
  if (place.communeName) return `à ${place.communeName}${place.departement ? ` (${place.departement})` : ''}`;
  if (place.departement) return `dans le département ${place.departement}`;
  if (place.postcode) return `au code postal ${place.postcode}`;
  return undefined;
}

/** In summary order. */
export const FACTS: readonly FactDefinition[] = [
  {
    name: 'status',
    expects: 'status',
    question: {
      text: 'Quelle est votre situation aujourd’hui ?',
      simpleText: 'Vous faites quoi aujourd’hui ? Vous travaillez, vous cherchez un travail, vous étudiez ?',
      choices: (Object.keys(STATUS_LABELS) as Status[]).map((value) => ({ value, title: STATUS_TITLES[value] })),
      expectsAnswer: true,
      expectedInput: 'option',
    },
    fromChoice: (value) => (value in STATUS_LABELS ? { status: value as Status } : undefined),
    describe: (p) => (p.status ? `vous êtes ${STATUS_LABELS[p.status]}` : undefined),
  },
  {
    name: 'pluriActive',
    question: { text: 'Avez-vous plusieurs activités en même temps (par exemple salarié(e) et indépendant(e)) ?', simpleText: 'Avez-vous plusieurs activités ?', choices: yesNoChoices(), expectsAnswer: true, expectedInput: 'yes_no' },
    fromChoice: yesNoFact('pluriActive'),
    describe: (p) => (p.pluriActive ? 'avec plusieurs activités' : undefined),
  },
  {
    name: 'cadre',
    expects: 'cadre',
    question: { text: 'Êtes-vous cadre (ou l’étiez-vous dans votre dernier emploi) ?', simpleText: 'Êtes-vous cadre ?', choices: yesNoChoices(), expectsAnswer: true, expectedInput: 'yes_no' },
    fromChoice: yesNoFact('cadre'),
    describe: (p) => (p.cadre ? 'cadre' : undefined),
  },
  {
    name: 'age',
    expects: 'age',
    question: {
      text: 'Quel âge avez-vous ? (certains services sont réservés aux moins de 26 ans)',
      simpleText: 'Quel âge avez-vous ?',
      spokenText: 'Quel âge avez-vous ?',
      expectsAnswer: true,
      expectedInput: 'age',
    },
    describe: (p) => (p.age !== undefined ? `${p.age} ans` : p.ageBand === '16_25' ? 'moins de 26 ans' : undefined),
  },
  {
    name: 'ageBand',
    expects: 'age',
    question: { text: 'Quel âge avez-vous ?', simpleText: 'Quel âge avez-vous ?', expectsAnswer: true, expectedInput: 'age' },
  },
  {
    name: 'rqth',
    expects: 'rqth',
    question: {
      text: 'Avez-vous une reconnaissance de la qualité de travailleur handicapé (RQTH), ou une demande en cours ?',
      simpleText: 'Avez-vous une reconnaissance de handicap pour le travail (RQTH) ?',
      choices: [
        { value: 'oui', title: 'Oui' },
        { value: 'en_cours', title: 'Demande en cours' },
        { value: 'non', title: 'Non' },
      ],
      expectsAnswer: true,
      expectedInput: 'option',
    },
    fromChoice: (value) => (value === 'oui' || value === 'non' || value === 'en_cours' ? { rqth: value } : undefined),
    describe: (p) => (p.rqth === 'oui' ? 'avec une RQTH' : p.rqth === 'en_cours' ? 'avec une demande de RQTH en cours' : undefined),
  },
  {
    name: 'betweenContracts',
    expects: 'betweenContracts',
    question: {
      text: 'En ce moment, êtes-vous entre deux missions ou deux saisons (sans contrat) ?',
      simpleText: 'En ce moment, vous avez un contrat ?',
      choices: [
        { value: 'oui', title: 'Oui, entre deux contrats' },
        { value: 'non', title: "Non, j'ai un contrat en cours" },
      ],
      expectsAnswer: true,
      expectedInput: 'yes_no',
    },
    fromChoice: yesNoFact('betweenContracts'),
    describe: (p) => (p.betweenContracts ? 'entre deux contrats' : undefined),
  },
  {
    name: 'jobAtRiskForHealth',
    expects: 'jobAtRiskForHealth',
    question: { text: 'Votre santé rend-elle difficile votre emploi actuel ?', simpleText: 'Votre santé vous gêne pour votre travail ?', choices: yesNoChoices(), expectsAnswer: true, expectedInput: 'yes_no' },
    fromChoice: yesNoFact('jobAtRiskForHealth'),
    // A person without a job has no job at risk: the summary says what their health does to the search.
    describe: (p) => (!p.jobAtRiskForHealth ? undefined : p.status && STATUSES_WITHOUT_A_JOB.has(p.status) ? 'avec une santé qui limite le travail possible' : 'avec un emploi menacé par votre santé'),
  },
  {
    name: 'recentlyLostJob',
    question: { text: 'Avez-vous perdu votre emploi récemment ?', simpleText: 'Vous avez perdu votre travail ?', choices: yesNoChoices(), expectsAnswer: true, expectedInput: 'yes_no' },
    fromChoice: yesNoFact('recentlyLostJob'),
  },
  {
    name: 'place',
    expects: 'place',
    question: {
      text: 'Dans quelle commune habitez-vous ? Le code postal suffit.',
      simpleText: 'Vous habitez dans quelle ville ? Vous pouvez écrire le code postal.',
      spokenText: 'Dans quelle commune habitez-vous ? Vous pouvez dire le code postal.',
      expectsAnswer: true,
      expectedInput: 'postcode',
    },
    describe: (p) => placeLabel(p.place),
  },
  {
    name: 'diplomaLevel',
    expects: 'diplomaLevel',
    question: {
      text: 'Quel est votre diplôme le plus élevé ?',
      simpleText: 'Quel est votre plus haut diplôme ?',
      choices: [
        { value: '0', title: 'Aucun diplôme' },
        { value: '3', title: 'CAP ou BEP' },
        { value: '4', title: 'Bac' },
        { value: '5', title: 'Bac+2' },
        { value: '6', title: 'Bac+3 ou Bac+4' },
        { value: '7', title: 'Bac+5 ou plus' },
      ],
      expectsAnswer: true,
      expectedInput: 'option',
    },
    fromChoice: (value) => (/^[0-8]$/.test(value) ? { diplomaLevel: Number(value) } : undefined),
  },
  {
    name: 'needs',
    expects: 'needs',
    question: {
      text: 'Que cherchez-vous surtout ?',
      simpleText: 'Vous voulez quoi ?',
      choices: (['reconversion', 'formation', 'recherche_emploi', 'financement', 'vae', 'bilan', 'creation_entreprise', 'etudes'] as Need[]).map((value) => ({ value, title: NEED_TITLES[value] })),
      expectsAnswer: true,
      expectedInput: 'option',
    },
    fromChoice: (value) => (value in NEED_LABELS ? { needs: [value as Need] } : undefined),
  },
  {
    name: 'targetTrade',
    expects: 'targetTrade',
    question: { text: 'Quel métier vous intéresse ?', simpleText: 'Quel métier voulez-vous faire ?', expectsAnswer: true, expectedInput: 'text' },
  },
];

/** « près de Vannes », « près d’Ajaccio », « près du Havre », « près des Sables-d’Olonne ». */
function nearTown(name: string): string {
  const article = /^(Le|Les) (.+)$/.exec(name);
  if (article) return `près ${article[1] === 'Le' ? 'du' : 'des'} ${article[2]}`;
  return /^[AEIOUYÂÊÎÔÛÉÈaeiouy]/.test(name) ? `près d’${name}` : `près de ${name}`;
}

/** How the hint's town is told back, by what it is to the person (« Vous habitez près de Vannes, où vous travaillez ? »). */
const HINT_TOWN_WHERE: Record<WorkOrStudyPlace['activity'], string> = {
  work: ', où vous travaillez',
  study: ', où vous étudiez',
  training: ', où a lieu la formation',
  project: ', où se situe votre projet',
  institution: '',
};
/** The same for a département (« Vous habitez dans le même département que votre travail (Gers) ? »). */
const HINT_DEPARTEMENT_OF: Record<WorkOrStudyPlace['activity'], string> = {
  work: 'le même département que votre travail',
  study: 'le même département que votre lieu d’études',
  training: 'le même département que la formation',
  project: 'le même département que votre projet',
  institution: 'ce département',
};

/**
 * The place question when the person told only where they work or study: « oui » takes that place,
 * a town or a postcode gives theirs. The voice channel says the same words.
 */
export function placeHintQuestion(hint: WorkOrStudyPlace): Reply {
  const near = hint.place.communeInsee
    ? `Vous habitez ${nearTown(hint.name)}${HINT_TOWN_WHERE[hint.activity]} ?`
    : `Vous habitez dans ${HINT_DEPARTEMENT_OF[hint.activity]} (${hint.name}) ?`;
  const text = `${near} Sinon, indiquez votre ville ou votre code postal.`;
  return { text, simpleText: text, spokenText: text, expectsAnswer: true, expectedInput: 'postcode' };
}

const BY_NAME = new Map(FACTS.map((f) => [f.name, f]));

export function factDefinition(name: string | undefined): FactDefinition | undefined {
  return name ? BY_NAME.get(name) : undefined;
}

export function questionFor(fact: string): Reply | undefined {
  return BY_NAME.get(fact)?.question;
}

/** The facts a button or short answer gives for the pending fact, as a full profile to merge. */
export function profileFromChoice(fact: string, value: string): Profile | undefined {
  const part = BY_NAME.get(fact)?.fromChoice?.(value);
  return part ? { ...emptyProfile(), ...part } : undefined;
}

/** "vous êtes demandeur(se) d'emploi, cadre, 52 ans, à Lyon (69), et vous souhaitez trouver un emploi" */
export function describeProfile(profile: Profile): string {
  const parts = FACTS.map((f) => f.describe?.(profile)).filter((s): s is string => !!s);
  let sentence = parts.join(', ');
  const needs = profile.needs.map((n) => NEED_LABELS[n]).filter(Boolean).slice(0, 3);
  const trade = profile.targetTrade ? `le métier « ${profile.targetTrade.label} »` : undefined;
  let wish: string | undefined;
  if (needs.length > 0) wish = `vous souhaitez ${needs.join(', ')}${trade ? `, vers ${trade}` : ''}`;
  else if (trade) wish = `vous visez ${trade}`;
  if (wish) sentence += `${sentence ? ', et ' : ''}${wish}`;
  return sentence;
}
