// Hand-written national entry points: official public services only (well-known national sites
// and numbers), each with its source URL and review date. No local address is written here.
import type { OperatorStructure } from '../model/operatorStructure.js';

export const NATIONAL_DIRECTORY_REVIEWED_AT = '2026-11-23';
const reviewed = NATIONAL_DIRECTORY_REVIEWED_AT;
const national = { kind: 'national' } as const;

export const NATIONAL_DIRECTORY: readonly OperatorStructure[] = [
  {
    id: 'national:france_travail',
    type: 'france_travail',
    name: 'France Travail (site national et 3949)',
    territory: national,
    phone: '3949',
    website: 'https://www.francetravail.fr',
    source: 'Site officiel France Travail https://www.francetravail.fr',
    verifiedAt: reviewed,
  },
  {
    id: 'national:apec',
    type: 'apec',
    name: 'Apec (Association pour l’emploi des cadres)',
    territory: national,
    website: 'https://www.apec.fr',
    source: 'Site officiel Apec https://www.apec.fr',
    verifiedAt: reviewed,
  },
  {
    id: 'national:cep_actifs_occupes',
    type: 'cep_actifs_occupes',
    name: 'Conseil en évolution professionnelle — trouver l’opérateur de votre région (mon-cep.org)',
    territory: national,
    website: 'https://mon-cep.org',
    source: 'Site national du CEP des actifs occupés (France compétences) https://mon-cep.org',
    verifiedAt: reviewed,
  },
  {
    id: 'national:cap_emploi',
    type: 'cap_emploi',
    name: 'Cap emploi — Mon parcours handicap (trouver le Cap emploi de votre département)',
    territory: national,
    website: 'https://www.monparcourshandicap.gouv.fr',
    source: 'Plateforme publique Mon parcours handicap https://www.monparcourshandicap.gouv.fr',
    verifiedAt: reviewed,
  },
  {
    id: 'national:mission_locale',
    type: 'mission_locale',
    name: 'Missions locales — trouver la Mission locale de votre commune (1jeune1solution)',
    territory: national,
    website: 'https://www.1jeune1solution.gouv.fr',
    source: 'Site public 1jeune1solution https://www.1jeune1solution.gouv.fr',
    verifiedAt: reviewed,
  },
  {
    id: 'national:cio_onisep',
    type: 'cio_onisep',
    name: 'Onisep — information sur les études et les métiers',
    territory: national,
    website: 'https://www.onisep.fr',
    source: 'Site officiel Onisep https://www.onisep.fr',
    verifiedAt: reviewed,
  },
  {
    id: 'national:creation_entreprise',
    type: 'creation_entreprise',
    name: 'Entreprendre — service public de la création d’entreprise',
    territory: national,
    website: 'https://entreprendre.service-public.fr',
    source: 'Site officiel https://entreprendre.service-public.fr',
    verifiedAt: reviewed,
  },
  {
    id: 'national:115',
    type: 'social_emergency',
    name: '115 — Samu social (hébergement d’urgence), gratuit, 24 h/24',
    territory: national,
    phone: '115',
    openingHours: '24 h/24, 7 j/7',
    source: 'Numéro national d’urgence sociale, Service-public.fr https://www.service-public.fr',
    verifiedAt: reviewed,
  },
  {
    id: 'national:3919',
    type: 'social_emergency',
    name: '3919 — Violences Femmes Info, gratuit et anonyme, 24 h/24',
    territory: national,
    phone: '3919',
    openingHours: '24 h/24, 7 j/7',
    source: 'Arrêtons les violences (gouvernement) https://arretonslesviolences.gouv.fr',
    verifiedAt: reviewed,
  },
];
