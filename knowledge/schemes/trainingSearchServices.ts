// Official public services to search training offers, shown when no catalogue is loaded (the
// built-in knowledge base ships none) or alongside the loaded offers.
export interface TrainingSearchService {
  id: string;
  label: string;
  /** One plain-French line saying what the person finds there. */
  description: string;
  url: string;
  reviewedAt: string;
}

export const TRAINING_SEARCH_SERVICES: readonly TrainingSearchService[] = [
  {
    id: 'mon-compte-formation',
    label: 'Mon Compte Formation',
    description: 'Toutes les formations finançables avec votre CPF, avec les dates, les lieux et les prix.',
    url: 'https://www.moncompteformation.gouv.fr',
    reviewedAt: '2026-11-23',
  },
  {
    id: 'carif-oref',
    label: 'Réseau des Carif-Oref (offre de formation en région)',
    description: 'Les catalogues régionaux de formation tenus par les Carif-Oref, y compris les formations financées par la Région.',
    url: 'https://www.intercariforef.org',
    reviewedAt: '2026-11-23',
  },
  {
    id: 'alternance',
    label: 'Portail de l’alternance',
    description: 'Les formations en apprentissage ou en contrat de professionnalisation, et les entreprises qui recrutent.',
    url: 'https://www.alternance.emploi.gouv.fr',
    reviewedAt: '2026-11-23',
  },
];
