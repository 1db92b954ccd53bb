// answerQuestion with the real knowledge base and lexical search: the precise point first, doors for
// out-of-scope questions, operators described (never a card), cards only for a trade really asked
// about, and no internal provenance in what citizens read.
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, looksLikeQuestion, tradeAnswer } from '../../orientation/answers/informationAnswers.js';
import { citizenSource, publicSourceName } from '../../orientation/answers/citizenSource.js';
import { realParts, type RealParts } from '../dialogs/dialogHarness.js';

let parts: RealParts;
const ask = (text: string, question?: boolean) => answerQuestion(text, parts.knowledgeSearch, parts.knowledgeBase, question === undefined ? {} : { question });
const CARD = /fiche ROME [A-Z]\d{4}|\((RNCP|RS)\d+/;

describe('answerQuestion (real knowledge base and search)', () => {
  beforeAll(async () => {
    parts = await realParts();
  }, 120_000);

  it.each([
    ['combien de temps dure un bilan de compétences ?', /^Un bilan de compétences dure 24 heures au maximum/],
    ['jusqu’à quel âge on peut être apprenti ?', /^L’apprentissage est ouvert dès 16 ans et jusqu’à 29 ans/],
    ['qui délivre la RQTH ?', /^La RQTH est délivrée par la MDPH/],
    ['il faut combien d’ancienneté pour un PTP ?', /^Il faut 24 mois d’activité salariée, dont 12 mois/],
    ['est-ce que j’ai droit au CEJ à 27 ans ?', /^Le CEJ est ouvert aux jeunes de 16 à 25 ans \(jusqu’à 29 ans avec une RQTH\)/],
    ['c’est combien le plafond du CPF ?', /^Le CPF est crédité de 500 € par année de travail .* 5 000 €/],
  ])('« %s » gets that point first', async (question, first) => {
    const a = await ask(question);
    expect(a, question).toBeDefined();
    const body = a!.reply.text.split('\n\n')[1];
    expect(body).toMatch(first);
    expect(a!.reply.text).toMatch(/_Source : [^\n]+, vérifié le 06\/12\/2026\._$/);
    expect(a!.reply.text).not.toMatch(CARD);
  });

  it.each([
    ['Quelles sont les conditions pour démissionner et toucher le chômage pour une reconversion ?', /5 ans de travail salarié continu/],
    ['Le CEJ, c’est combien par mois ?', /allocation mensuelle/],
    ['Mon entreprise va licencier, est-ce que j’ai droit à une formation payée ?', /Transitions collectives/],
    ['Y a-t-il un âge maximum pour entrer en apprentissage ?', /29 ans révolus/],
  ])('a phrasing outside the evaluation set, « %s », gets the right sheet', async (question, fact) => {
    expect((await ask(question))?.reply.text).toMatch(fact);
  });

  it.each([
    ['combien je vais toucher de RSA ?', /CAF/],
    ['mon employeur refuse de me payer mes heures sup, je fais quoi', /inspection du travail/],
    ['quel est le montant de mon chômage ?', /3949/],
  ])('out of scope « %s » names the door', async (question, door) => {
    const a = await ask(question);
    expect(a?.reply.text).toMatch(door);
    expect(a?.given.type).toBe('door');
  });

  it.each([
    ['et Cap emploi c’est pas pour moi ?', /handicap/],
    ['c’est quoi l’Apec ?', /cadres/],
    ['la mission locale c’est pour qui ?', /16 à 25 ans/],
    ['pôle emploi ça existe encore ?', /France Travail depuis le 1er janvier 2024/],
    ['le CEP c’est gratuit ?', /gratuit/],
  ])('operator question « %s » says who it serves, never a card', async (question, serves) => {
    const a = await ask(question);
    expect(a?.reply.text).toMatch(serves);
    expect(a?.reply.text).not.toMatch(CARD);
  });

  it.each(['l’apprentissage c’est jusqu’à quel âge ?', 'je cuisine pour mes enfants, est-ce que je peux avoir un conseil ?', 'c’est quoi un accompagnement ?'])(
    '« %s » never shows a trade or certification card',
    async (question) => {
      const a = await ask(question);
      expect(a?.reply.text ?? '').not.toMatch(CARD);
      expect(a?.given.type ?? 'none').not.toMatch(/trade|certification/);
    },
  );

  it('a trade really asked about gets its card, with a citizen source', async () => {
    const a = await ask('c’est quoi le métier de plombier ?');
    expect(a?.given.type).toBe('trade');
    expect(a?.reply.text).toMatch(/Plombier/);
    expect(a?.reply.text).toMatch(/_Source : France Travail/);
  });

  it('no confident answer gives undefined (the policy says so honestly)', async () => {
    expect(await ask('quelle est la couleur du ciel ?')).toBeUndefined();
    expect(await ask('')).toBeUndefined();
    expect(await ask('je suis cadre au chômage depuis 3 mois, 52 ans, à Lyon', false)).toBeUndefined();
  });

  it('a statement is answered only for a need the sheet describes (« mon CPF ne suffit pas »)', async () => {
    expect((await ask('mon CPF suffit pas pour payer ma formation', false))?.reply.text).toMatch(/aide individuelle à la formation/);
    expect(await ask('je suis inscrit à France Travail depuis un an', false)).toBeUndefined();
    for (const answerToAStep of ['oui', 'par téléphone', '06 12 34 56 78', 'le matin', 'Lyon', "j'ai la RQTH", 'je suis en CDD']) {
      expect(await ask(answerToAStep), answerToAStep).toBeUndefined();
    }
  });

  it('questions without a question mark are recognised', () => {
    for (const q of ['est ce que le benevolat compte pour la vae', 'cej c combien dheure par semaine', 'jai 32 ans je peu faire un apprentissage', 'rupture conventionelle refusée que faire']) expect(looksLikeQuestion(q), q).toBe(true);
    expect(looksLikeQuestion('je suis salarié dans la vente à Nantes')).toBe(false);
  });
});

describe('What citizens read of a source', () => {
  it('internal provenance becomes the public body and a French date', () => {
    const provenance = 'Référentiels pass emploi / CEJ (SocialGouv/pass-emploi-api), agences_pe (2023-12-15) ; libellé d’origine « AGENCE PE LYON »';
    expect(citizenSource(provenance)).toBe('Source : France Travail, 15/12/2023');
    expect(citizenSource('ROME 4.0 v4.60 (France Travail), 2025-06-01')).toBe('Source : France Travail, 01/06/2025');
    expect(citizenSource('Kit apprentissage France Compétences/DEPP du 26/04/2024')).toBe('Source : France Compétences, 26/04/2024');
    expect(citizenSource('service-public.fr', '2026-12-06')).toBe('Source : service-public.fr, vérifié le 06/12/2026');
    expect(publicSourceName('https://www.example.org/page')).toBe('example.org');
    expect(citizenSource('Référentiels pass emploi / CEJ (SocialGouv/pass-emploi-api), referentiel_structures_milo (2023-09-18)')).toBe('Source : Missions locales, 18/09/2023');
    expect(citizenSource('Annuaire Transitions Pro par département (ministère du Travail, SocialGouv/transitions-collectives) (2022-07-31), à revalider')).toBe(
      'Source : ministère du Travail, 31/07/2022',
    );
    expect(citizenSource('Site officiel France Travail https://www.francetravail.fr', '2026-11-23')).toBe('Source : France Travail, vérifié le 23/11/2026');
    expect(citizenSource('Site national du CEP des actifs occupés (France compétences) https://mon-cep.org')).toBe('Source : mon-cep.org');
  });

  it('a trade card shows no dataset or repository name', () => {
    const a = tradeAnswer(parts.knowledgeBase, 'D1102');
    expect(a?.reply.text).toMatch(/_Source : France Travail/);
    expect(a?.reply.text).not.toMatch(/ROME 4\.0 v|SocialGouv|libellé d’origine|\d{4}-\d{2}-\d{2}/);
    expect(a?.given.source).toMatch(/ROME/);
  });
});
