// Funding and guidance schemes, written by the project in plain French (users read them).
// Each entry cites its official source and the date it was last reviewed. Amounts and conditions
// change: keep the text general, point to the source for the details, review every year.
import type { Scheme } from '../model/scheme.js';

export const SCHEMES_REVIEWED_AT = '2026-11-23';
const reviewedAt = SCHEMES_REVIEWED_AT;

export const SCHEMES: readonly Scheme[] = [
  {
    id: 'cpf',
    title: 'Compte personnel de formation (CPF)',
    aliases: ['CPF', 'compte formation', 'mon compte formation', 'moncompteformation', 'DIF', 'droit individuel à la formation', 'heures DIF'],
    summary:
      'Le CPF est un compte en euros attaché à chaque personne qui travaille ou a travaillé. Il se remplit chaque année de travail et sert à payer une formation qui mène à une certification reconnue, un bilan de compétences, un accompagnement VAE ou le permis de conduire. Le compte vous suit toute votre vie, même si vous changez d’employeur ou perdez votre emploi.',
    whoFor: 'Les salariés du privé, les indépendants, les demandeurs d’emploi (pour les droits déjà acquis) et, avec des règles proches, les agents publics.',
    howTo:
      'Consultez vos droits et choisissez une formation sur le site ou l’application « Mon Compte Formation » (connexion avec FranceConnect+). Une participation forfaitaire peut vous être demandée, sauf exceptions (par exemple pour les demandeurs d’emploi). Si la formation a lieu sur votre temps de travail, demandez d’abord l’accord de votre employeur. Un conseiller en évolution professionnelle (CEP) peut vous aider gratuitement à choisir.',
    formerNames: 'Le CPF a remplacé le DIF (droit individuel à la formation) en 2015. Les heures de DIF non utilisées ont pu être reportées sur le CPF si elles avaient été déclarées.',
    operators: ['cep_actifs_occupes', 'france_travail', 'apec', 'mission_locale', 'cap_emploi'],
    sourceUrl: 'https://www.moncompteformation.gouv.fr',
    reviewedAt,
  },
  {
    id: 'ptp',
    title: 'Projet de transition professionnelle (PTP, ex-CIF)',
    aliases: ['PTP', 'projet de transition professionnelle', 'CPF de transition', 'CPF transition', 'CIF', 'congé individuel de formation', 'Fongecif', 'OPACIF', 'Transitions Pro'],
    summary:
      'Le projet de transition professionnelle permet à un salarié de suivre une formation certifiante pour changer de métier, en s’absentant de son poste. Pendant la formation, le contrat de travail est suspendu et une rémunération est maintenue sous conditions. La formation et le salaire sont pris en charge par Transitions Pro de votre région si votre dossier est accepté.',
    whoFor: 'Les salariés du privé qui veulent changer de métier, avec une ancienneté minimale (conditions différentes en CDI, CDD ou intérim).',
    howTo:
      'Commencez par un rendez-vous gratuit avec un conseiller en évolution professionnelle (CEP) pour construire le projet. Faites ensuite un « positionnement préalable » auprès de l’organisme de formation, demandez l’autorisation d’absence à votre employeur dans les délais, puis déposez le dossier auprès de Transitions Pro de votre région, qui décide du financement.',
    formerNames: 'Le PTP a remplacé le CIF (congé individuel de formation) en 2019. Les Fongecif (et OPACIF) qui géraient le CIF ont été remplacés par les associations Transitions Pro en 2020.',
    operators: ['transitions_pro', 'cep_actifs_occupes'],
    sourceUrl: 'https://www.francecompetences.fr/transition-professionnelle/',
    reviewedAt,
  },
  {
    id: 'vae',
    title: 'Validation des acquis de l’expérience (VAE)',
    aliases: ['VAE', 'validation des acquis', 'France VAE', 'faire reconnaître mon expérience', 'diplôme par l’expérience'],
    summary:
      'La VAE permet d’obtenir tout ou partie d’un diplôme, d’un titre ou d’un certificat professionnel grâce à votre expérience, sans refaire toute une formation. Vous décrivez ce que vous avez fait, puis un jury évalue votre expérience par rapport à la certification visée.',
    whoFor: 'Toute personne qui a une expérience en lien avec la certification visée : salariés, indépendants, demandeurs d’emploi, bénévoles, proches aidants, sportifs de haut niveau…',
    howTo:
      'Commencez sur le service public « France VAE » (vae.gouv.fr) : vous y trouvez les certifications accessibles par la VAE et un accompagnateur. L’accompagnement peut être financé par le CPF, l’employeur, France Travail ou la Région selon votre situation. Un conseiller en évolution professionnelle peut vous aider à choisir la certification.',
    operators: ['cep_actifs_occupes', 'france_travail', 'apec', 'cap_emploi', 'mission_locale'],
    sourceUrl: 'https://vae.gouv.fr',
    reviewedAt,
  },
  {
    id: 'bilan-de-competences',
    title: 'Bilan de compétences',
    aliases: ['bilan de compétences', 'bilan compétences', 'faire le point', 'bilan professionnel'],
    summary:
      'Le bilan de compétences vous aide à faire le point sur vos compétences, vos aptitudes et vos envies, pour construire un projet professionnel et, si besoin, un projet de formation. Il est réalisé par un organisme extérieur à votre entreprise. Les résultats vous appartiennent et restent confidentiels.',
    whoFor: 'Toute personne active : salariés du privé, agents publics, indépendants, demandeurs d’emploi.',
    howTo:
      'Choisissez un organisme sur « Mon Compte Formation » pour le financer avec votre CPF, ou demandez-le à votre employeur. Si vous êtes demandeur d’emploi, parlez-en à votre conseiller France Travail, Apec ou Cap emploi. S’il a lieu sur votre temps de travail, il faut l’accord de l’employeur. Avant de vous engager, un conseiller en évolution professionnelle (CEP) peut vous dire, gratuitement, si un bilan est la bonne étape pour vous.',
    operators: ['cep_actifs_occupes', 'france_travail', 'apec', 'cap_emploi'],
    sourceUrl: 'https://code.travail.gouv.fr/fiche-ministere-travail/bilan-de-competences',
    reviewedAt,
  },
  {
    id: 'cep',
    title: 'Conseil en évolution professionnelle (CEP)',
    aliases: ['CEP', 'conseil en évolution professionnelle', 'conseiller en évolution professionnelle', 'mon-cep', 'mon cep', 'accompagnement reconversion gratuit'],
    summary:
      'Le conseil en évolution professionnelle est un accompagnement gratuit et confidentiel, à votre initiative, pour faire le point sur votre situation, construire un projet (changer de métier, se former, évoluer, créer une activité) et trouver comment le financer. Vous n’avez pas besoin de l’accord de votre employeur.',
    whoFor:
      'Toute personne active. Selon votre situation : l’opérateur CEP de votre région (salariés du privé, indépendants), France Travail (demandeurs d’emploi), l’Apec (cadres), la Mission locale (16–25 ans), Cap emploi (personnes en situation de handicap).',
    howTo:
      'Si vous êtes salarié du privé ou indépendant, trouvez l’opérateur de votre région sur mon-cep.org et prenez rendez-vous (en personne, par téléphone ou en visio). Sinon, adressez-vous à l’opérateur qui correspond à votre situation.',
    formerNames: 'Avant 2020, le CEP des salariés était souvent assuré par les Fongecif, aujourd’hui disparus.',
    operators: ['cep_actifs_occupes', 'france_travail', 'apec', 'mission_locale', 'cap_emploi'],
    sourceUrl: 'https://mon-cep.org',
    reviewedAt,
  },
  {
    id: 'demission-reconversion',
    title: 'Démission pour reconversion (dispositif démission-reconversion)',
    aliases: ['démission reconversion', 'démissionner pour se reconvertir', 'démission chômage', 'dispositif démissionnaire', 'projet réel et sérieux', 'démission création entreprise'],
    summary:
      'Ce dispositif permet à un salarié en CDI qui démissionne pour un projet de reconversion (formation pour changer de métier, création ou reprise d’entreprise) de toucher l’allocation chômage, si son projet a été reconnu « réel et sérieux » avant la démission.',
    whoFor: 'Les salariés en CDI du privé qui ont travaillé de façon continue pendant au moins 5 ans (1 300 jours sur les 60 derniers mois).',
    howTo:
      'Attention à l’ordre des étapes : NE démissionnez PAS avant d’avoir l’attestation. 1) Rendez-vous avec un conseiller en évolution professionnelle (CEP), qui vous aide à formaliser le projet. 2) Déposez le dossier auprès de Transitions Pro de votre région, qui atteste ou non le caractère réel et sérieux du projet. 3) Ensuite seulement, démissionnez et inscrivez-vous à France Travail dans les délais prévus.',
    operators: ['cep_actifs_occupes', 'transitions_pro', 'france_travail'],
    sourceUrl: 'https://www.demission-reconversion.gouv.fr',
    reviewedAt,
  },
  {
    id: 'apprentissage',
    title: 'Contrat d’apprentissage',
    aliases: ['apprentissage', 'apprenti', 'alternance', 'contrat en alternance', 'CFA', 'contrat d’apprentissage'],
    summary:
      'Le contrat d’apprentissage est un contrat de travail qui alterne formation dans un centre (CFA) et travail en entreprise, pour obtenir un diplôme ou un titre professionnel. L’apprenti est salarié et payé ; la formation est gratuite pour lui.',
    whoFor: 'Les jeunes de 16 à 29 ans révolus (15 ans sous conditions), et sans limite d’âge notamment pour les personnes reconnues travailleurs handicapés ou les créateurs d’entreprise.',
    howTo:
      'Cherchez une formation et une entreprise sur le portail de l’alternance (alternance.emploi.gouv.fr). Le CFA peut vous aider à trouver un employeur. Si vous avez 16–25 ans, la Mission locale peut vous accompagner ; si vous êtes demandeur d’emploi, parlez-en à France Travail.',
    operators: ['mission_locale', 'france_travail', 'cap_emploi', 'cio_onisep'],
    sourceUrl: 'https://www.alternance.emploi.gouv.fr',
    reviewedAt,
  },
  {
    id: 'contrat-de-professionnalisation',
    title: 'Contrat de professionnalisation',
    aliases: ['contrat de professionnalisation', 'contrat pro', 'alternance adulte', 'professionnalisation'],
    summary:
      'Le contrat de professionnalisation est un contrat de travail en alternance (formation et travail en entreprise) pour obtenir une qualification reconnue par les entreprises ou l’État. Il est souvent utilisé pour une reconversion ou un retour à l’emploi.',
    whoFor: 'Les jeunes de 16 à 25 ans, les demandeurs d’emploi de 26 ans et plus, et les bénéficiaires de certains minima sociaux (RSA, ASS, AAH) ou d’un contrat aidé.',
    howTo:
      'Trouvez une entreprise qui recrute en contrat de professionnalisation et un organisme de formation, par exemple via le portail de l’alternance. France Travail, la Mission locale ou Cap emploi peuvent vous aider à monter le projet. La formation est financée par l’opérateur de compétences (OPCO) de l’entreprise.',
    operators: ['france_travail', 'mission_locale', 'cap_emploi'],
    sourceUrl: 'https://www.alternance.emploi.gouv.fr',
    reviewedAt,
  },
  {
    id: 'cej',
    title: 'Contrat d’engagement jeune (CEJ)',
    aliases: ['CEJ', 'contrat d’engagement jeune', 'contrat engagement jeune', 'garantie jeunes', 'allocation jeune', '1jeune1solution'],
    summary:
      'Le contrat d’engagement jeune est un accompagnement intensif et personnalisé, de 15 à 20 heures d’activités par semaine, pour trouver un emploi ou une formation. Un conseiller vous suit tout au long du parcours et une allocation peut vous être versée selon vos ressources.',
    whoFor: 'Les jeunes de 16 à 25 ans (29 ans pour les personnes reconnues travailleurs handicapés) sans emploi ni formation, qui ont des difficultés à accéder à un emploi durable.',
    howTo: 'Prenez contact avec la Mission locale de votre commune ou avec France Travail. Vous pouvez aussi faire une demande en ligne sur 1jeune1solution.gouv.fr.',
    formerNames: 'Le CEJ a remplacé la Garantie jeunes en mars 2022.',
    operators: ['mission_locale', 'france_travail'],
    sourceUrl: 'https://www.1jeune1solution.gouv.fr/contrat-engagement-jeune',
    reviewedAt,
  },
  {
    id: 'rqth',
    title: 'Reconnaissance de la qualité de travailleur handicapé (RQTH)',
    aliases: ['RQTH', 'travailleur handicapé', 'reconnaissance handicap', 'MDPH', 'handicap au travail', 'maintien dans l’emploi'],
    summary:
      'La RQTH est une décision administrative qui reconnaît qu’un problème de santé ou un handicap réduit vos possibilités de trouver ou de garder un emploi. Elle ne donne pas d’argent directement, mais elle ouvre l’accès à des aides : aménagement de poste, accompagnement par Cap emploi, aides de l’Agefiph ou du FIPHFP, apprentissage sans limite d’âge…',
    whoFor: 'Toute personne d’au moins 16 ans dont l’état de santé a des conséquences durables sur sa vie professionnelle, qu’elle travaille, cherche un emploi ou se forme.',
    howTo:
      'Faites la demande auprès de la Maison départementale des personnes handicapées (MDPH) de votre département, avec le formulaire unique et un certificat médical récent. Vous n’êtes pas obligé d’en informer votre employeur. Pour l’emploi ou le maintien dans l’emploi, Cap emploi peut vous accompagner, y compris pendant que la demande est en cours.',
    operators: ['cap_emploi', 'france_travail', 'mission_locale'],
    sourceUrl: 'https://www.monparcourshandicap.gouv.fr/aides/la-reconnaissance-de-la-qualite-de-travailleur-handicape-rqth',
    reviewedAt,
  },
  {
    id: 'transitions-collectives',
    title: 'Transitions collectives (Transco)',
    aliases: ['Transco', 'Transitions collectives', 'emploi fragilisé', 'emploi menacé', 'reconversion collective', 'congé de mobilité'],
    summary:
      'Transitions collectives permet à un salarié dont l’emploi est menacé dans son entreprise de se former à un métier qui recrute près de chez lui, en gardant son contrat de travail et sa rémunération pendant la formation. C’est l’employeur qui doit d’abord engager l’entreprise dans le dispositif.',
    whoFor: 'Les salariés volontaires dont l’emploi a été identifié comme fragilisé par leur entreprise (accord de gestion des emplois et des parcours professionnels, ou décision de l’employeur dans les entreprises de moins de 300 salariés).',
    howTo:
      'Renseignez-vous auprès de votre employeur ou des représentants du personnel. Un conseiller en évolution professionnelle (CEP) vous aide à construire le projet ; le dossier de financement est déposé auprès de Transitions Pro de votre région. Ce dispositif a évolué depuis sa création en 2021 : vérifiez auprès de Transitions Pro qu’il est toujours ouvert.',
    operators: ['transitions_pro', 'cep_actifs_occupes'],
    sourceUrl: 'https://centre-inffo.fr/chapitre/transitions-collectives',
    reviewedAt,
  },
  {
    id: 'pro-a',
    title: 'Reconversion ou promotion par alternance (Pro-A)',
    aliases: ['Pro-A', 'ProA', 'reconversion par alternance', 'promotion par alternance', 'période de professionnalisation', 'période de reconversion'],
    summary:
      'La Pro-A permettait à un salarié de se former en alternance, sans quitter son entreprise, pour changer de métier ou obtenir une promotion. Attention : depuis le 1er janvier 2026, la Pro-A est remplacée par la « période de reconversion » ; les informations ci-dessous servent à comprendre le dispositif dont on vous parle, mais vérifiez les règles actuelles.',
    whoFor: 'Les salariés en CDI (et certains contrats particuliers) dont la qualification est inférieure à la licence (bac + 3).',
    howTo:
      'Parlez-en à votre employeur : c’est lui qui organise la formation avec son opérateur de compétences (OPCO). Un conseiller en évolution professionnelle (CEP) peut vous aider à voir si la période de reconversion ou un autre dispositif (PTP, VAE) convient mieux à votre projet.',
    formerNames: 'La Pro-A avait remplacé la période de professionnalisation en 2019 ; elle est elle-même remplacée par la période de reconversion depuis le 1er janvier 2026.',
    operators: ['cep_actifs_occupes'],
    sourceUrl: 'https://www.service-public.fr/particuliers/vosdroits/F13516',
    reviewedAt,
  },
];
