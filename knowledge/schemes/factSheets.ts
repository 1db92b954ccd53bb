// Fact sheets: the figures people ask about at level 1, per scheme, operator, out-of-scope door and
// practical topic, in plain French. Every figure comes from ../shared/domain/FACTS.md (checked on
// 2026-12-06); every sheet names its source and check date. Amounts and conditions move: review each
// sheet within 12 months (a test fails beyond), and say « à vérifier » where the figure may have moved.
//
// Cues are regular expressions over the folded question (lower case, no accents, punctuation as
// spaces, a few SMS spellings folded: see foldQuestion). Sheets are listed from the most specific to
// the most general: the first sheet whose subject matches answers.
import type { FactSheet } from '../model/scheme.js';

export const FACT_SHEETS_CHECKED_AT = '2026-12-06';
const checkedAt = FACT_SHEETS_CHECKED_AT;

/** Question families reused by several sheets. */
const HOW_LONG = String.raw`combien de temps|dure|duree|\blong\b|longtemps|nombre d'heures|combien d'heures`;
const WHO_PAYS = String.raw`\bcout|coute|prix|tarif|\bpa(y|i)e?r?\b|payant|gratuit|financ|\bcher\b|rembours`;
// « 20 ans » alone states the person's age; « à 35 ans c'est possible ? » asks about it.
const AGE = String.raw`\bages?\b|(?<!\d )\bans\b|\b(a|avec|apres|passe|plus de|moins de) \d{2} ans\b|jusqu|limite|trop (vieux|vieille|age)|a partir de|mineur|quinze|seize`;
const CONDITIONS = String.raw`conditions?|droit|eligible|qui peut|pour qui|est ce que je peux|je peux|peut on|ai je`;
const HOW_TO = String.raw`comment|demarche|ou (faut il|dois je|je dois)?\s*(demander|faire|aller|s'inscrire)|s'inscrire|inscri|dossier|formulaire`;

export const FACT_SHEETS: readonly FactSheet[] = [
  // ——— Démission-reconversion before the doors: « toucher le chômage » there is its condition, not an amount.
  {
    id: 'demission-reconversion',
    kind: 'scheme',
    schemeId: 'demission-reconversion',
    title: 'Démission pour reconversion',
    subject: [String.raw`demission|demissionn|quitter (mon|son) (cdi|travail|emploi|poste).{0,40}(chomage|reconver)`],
    summary:
      'Un salarié en CDI qui démissionne pour un projet de reconversion peut toucher le chômage s’il a 5 ans de travail salarié continu et si son projet, construit avec un conseiller en évolution professionnelle (CEP), a été reconnu « réel et sérieux » par Transitions Pro avant la démission.',
    points: [
      {
        id: 'fixed-term',
        cues: [String.raw`\bcdd\b|interim|contrat court|saisonn`],
        answer:
          'Non : la démission-reconversion est réservée aux salariés en CDI. En CDD, le projet de transition professionnelle (PTP) peut convenir : un conseiller en évolution professionnelle vous aide à voir.',
      },
      {
        id: 'order',
        cues: [String.raw`\bavant\b|ordre|etapes?|attestation|accord|quand`],
        answer:
          'Oui : l’attestation de Transitions Pro qui reconnaît le projet « réel et sérieux » doit être obtenue avant de remettre votre démission, après un accompagnement obligatoire par un conseiller en évolution professionnelle (CEP). Ne démissionnez pas avant.',
      },
      {
        id: 'conditions',
        cues: [CONDITIONS, String.raw`chomage|anciennete|combien`],
        answer:
          'Les conditions : être en CDI, avoir 5 ans de travail salarié continu (1 300 jours sur les 60 derniers mois), construire le projet avec un conseiller en évolution professionnelle (CEP) avant de démissionner, et obtenir de Transitions Pro l’attestation « réel et sérieux » avant la démission. Ensuite, inscrivez-vous à France Travail dans les 6 mois.',
      },
    ],
    sourceName: 'demission-reconversion.gouv.fr',
    sourceUrl: 'https://www.demission-reconversion.gouv.fr',
    sourceDetail: 'Code du travail L5422-1 II ; demission-reconversion.gouv.fr',
    checkedAt,
  },
  // ——— Out-of-scope doors: said first, they are never a career question.
  {
    id: 'door-benefits',
    answersStatements: true,
    kind: 'door',
    title: 'Montant d’une prestation (CAF)',
    subject: [
      String.raw`(montant|combien|calcul|toucher|simul|droit (a|au)).{0,40}(prime d'activite|\brsa\b|\bapl\b|allocations? (familiales|logement)|aide au logement)|(prime d'activite|\brsa\b|\bapl\b|allocations? familiales|aide au logement).{0,40}(montant|combien|calcul)|\bcaf\b|\bmsa\b`,
    ],
    summary:
      'Le montant d’une prestation (prime d’activité, RSA, aide au logement) est calculé par la CAF, ou la MSA pour le régime agricole : faites une simulation sur caf.fr. Je ne peux pas calculer ce montant moi-même.',
    points: [],
    sourceName: 'caf.fr',
    sourceUrl: 'https://www.caf.fr',
    sourceDetail: 'CAF, simulateurs de droits (caf.fr) ; FACTS.md, portes de sortie',
    checkedAt,
  },
  {
    id: 'door-unemployment-amount',
    answersStatements: true,
    kind: 'door',
    title: 'Montant de l’allocation chômage',
    subject: [String.raw`(montant|combien|calcul|taux).{0,40}(chomage|\bare\b|allocation)|(chomage|allocation chomage).{0,30}(combien|montant)`],
    summary:
      'Le montant de votre allocation chômage est calculé par France Travail : consultez votre espace personnel sur francetravail.fr ou appelez le 3949. Je ne peux pas le calculer moi-même.',
    points: [],
    sourceName: 'France Travail',
    sourceUrl: 'https://www.francetravail.fr',
    sourceDetail: 'France Travail, francetravail.fr et 3949 ; FACTS.md, portes de sortie',
    checkedAt,
  },
  {
    id: 'door-dispute',
    answersStatements: true,
    kind: 'door',
    title: 'Litige avec l’employeur',
    subject: [
      String.raw`(patron|employeur|chef|boite|entreprise).{0,40}(pas|refuse|veut pas).{0,30}(pay|verse|donn)|heures sup|licenciement (abusif|injuste|sans motif)|contester (mon|le|un|son) licenciement|rupture conventionn?elle|prud'?hom|litige|conflit avec|harcel|avertissement|sanction disciplinaire`,
    ],
    summary:
      'Pour un litige avec votre employeur (salaire, heures, licenciement, rupture conventionnelle), adressez-vous à l’inspection du travail (DREETS de votre région), à un syndicat, à un avocat ou à une maison de justice et du droit. Je ne peux pas donner d’avis juridique.',
    points: [],
    sourceName: 'code.travail.gouv.fr',
    sourceUrl: 'https://code.travail.gouv.fr',
    sourceDetail: 'Ministère du Travail, code.travail.gouv.fr ; FACTS.md, portes de sortie',
    checkedAt,
  },
  {
    id: 'door-taxes',
    answersStatements: true,
    kind: 'door',
    title: 'Impôts',
    subject: [String.raw`\bimpots?\b|declaration de revenus|prelevement a la source`],
    summary: 'Les questions d’impôts se traitent sur impots.gouv.fr ou auprès de votre centre des finances publiques.',
    points: [],
    sourceName: 'impots.gouv.fr',
    sourceUrl: 'https://www.impots.gouv.fr',
    sourceDetail: 'impots.gouv.fr ; FACTS.md, portes de sortie',
    checkedAt,
  },
  {
    id: 'door-employer',
    answersStatements: true,
    kind: 'door',
    title: 'Besoins d’un employeur',
    subject: [String.raw`je suis (un |une )?employeur|(former|formation de|financer la formation de) mes salaries|(recruter|embaucher) (un|une|des|du) (salarie|personnel|apprenti|collaborateur)`],
    summary:
      'Pour un recrutement ou la formation de vos salariés, adressez-vous à France Travail entreprises ou à l’opérateur de compétences (OPCO) de votre branche. Ici, j’oriente les personnes pour leur propre parcours.',
    points: [],
    sourceName: 'France Travail',
    sourceUrl: 'https://www.francetravail.fr',
    sourceDetail: 'France Travail entreprises ; OPCO de branche ; FACTS.md, portes de sortie',
    checkedAt,
  },

  // ——— Schemes.
  {
    id: 'aif',
    answersStatements: true,
    kind: 'scheme',
    title: 'Aide individuelle à la formation (AIF)',
    subject: [String.raw`\baif\b|aide individuelle|cpf.{0,30}(suffit|suffisent|assez|manque)|(pas assez|manque).{0,30}cpf|complet(er|ement).{0,30}(cpf|formation)`],
    summary:
      'L’aide individuelle à la formation (AIF) permet à France Travail de financer ou de compléter la formation d’un demandeur d’emploi quand le CPF ne suffit pas, avec l’accord de son conseiller France Travail.',
    points: [],
    sourceName: 'France Travail',
    sourceUrl: 'https://www.francetravail.fr',
    sourceDetail: 'France Travail, aide individuelle à la formation (francetravail.fr)',
    checkedAt,
  },
  {
    id: 'ptp',
    kind: 'scheme',
    schemeId: 'ptp',
    title: 'Projet de transition professionnelle (PTP)',
    subject: [String.raw`\bptp\b|transition pro(fessionnelle)?\b|\bcif\b|conge individuel|fongecif|opacif|cpf (de )?transition`],
    summary:
      'Le projet de transition professionnelle (PTP, qui a remplacé le CIF en 2019) permet à un salarié de se former à un nouveau métier en gardant un salaire ; la formation et la rémunération sont payées par Transitions Pro de votre région si sa commission accepte le dossier, qu’un conseiller en évolution professionnelle (CEP) vous aide à monter.',
    points: [
      {
        id: 'former-cif',
        cues: [String.raw`\bcif\b|conge individuel`],
        answer: 'Le CIF (congé individuel de formation) a été remplacé le 1er janvier 2019 par le projet de transition professionnelle (PTP).',
      },
      {
        id: 'former-fongecif',
        cues: [String.raw`fongecif|opacif`],
        answer: 'Les Fongecif n’existent plus : depuis 2020, ce sont les associations Transitions Pro (une par région) qui financent le PTP et valident les projets.',
      },
      {
        id: 'notice',
        cues: [String.raw`prevenir|delai|combien de temps avant|\bavant\b|autorisation|absence|demander a (mon|l') ?employeur`],
        answer: 'Demandez le congé à votre employeur au moins 120 jours avant le début d’une formation de 6 mois ou plus, et 60 jours avant pour une formation plus courte.',
      },
      {
        id: 'job-seeker',
        cues: [String.raw`chomage|demandeur d'emploi|demandeuse d'emploi|sans emploi|sans travail|inscrite? (a|chez) (france travail|pole emploi)`],
        answer:
          'Le PTP est réservé aux salariés : il faut être en poste pour le demander. Si vous cherchez un emploi, votre CPF peut payer une formation certifiante, et France Travail peut compléter quand le CPF ne suffit pas (aide individuelle à la formation, AIF).',
      },
      {
        id: 'seniority',
        cues: [String.raw`anciennete|depuis combien|combien de temps (dans|en)|conditions?|eligible|qui peut|droit`],
        answer:
          'Il faut 24 mois d’activité salariée, dont 12 mois dans l’entreprise actuelle (règles différentes en CDD ; aucune ancienneté exigée avec une RQTH ou après un licenciement économique ou pour inaptitude sans formation depuis).',
      },
      {
        id: 'salary',
        cues: [String.raw`salaire|remunere|remuneration|paye|garde|argent|financ|qui pai`],
        answer: 'Pendant la formation, votre contrat est suspendu et vous gardez une rémunération : Transitions Pro de votre région la paie, avec la formation, si sa commission accepte votre dossier.',
      },
    ],
    sourceName: 'transitionspro.fr',
    sourceUrl: 'https://www.transitionspro.fr',
    sourceDetail: 'Code du travail L6323-17-1 et suivants ; transitionspro.fr',
    checkedAt,
  },
  {
    id: 'transitions-collectives',
    answersStatements: true,
    kind: 'scheme',
    schemeId: 'transitions-collectives',
    title: 'Transitions collectives',
    subject: [String.raw`transitions? collectives?|\btransco\b|(usine|entreprise|boite|site) .{0,30}(va fermer|ferme|menacee?|fragilisee?|va licencier|licencie|supprime des postes)|plan social|\bpse\b`],
    summary:
      'Transitions collectives permet aux salariés volontaires dont l’emploi est menacé de se former à un métier qui recrute dans leur région, en gardant leur salaire : la formation et la rémunération sont payées via Transitions Pro. C’est l’employeur qui engage d’abord l’entreprise (accord de gestion des emplois et des parcours professionnels) : parlez-en à votre employeur ou aux représentants du personnel.',
    points: [],
    sourceName: 'travail-emploi.gouv.fr',
    sourceUrl: 'https://travail-emploi.gouv.fr',
    sourceDetail: 'Ministère du Travail, « Transitions collectives » (travail-emploi.gouv.fr)',
    checkedAt,
    toCheck: 'Le dispositif a évolué depuis 2021 : à vérifier auprès de Transitions Pro de votre région qu’il est toujours ouvert.',
  },
  {
    id: 'rqth',
    kind: 'scheme',
    schemeId: 'rqth',
    title: 'Reconnaissance de la qualité de travailleur handicapé (RQTH)',
    subject: [String.raw`\brqth\b|travailleur handicape|reconnaissance (de la qualite de )?(travailleur )?handicap|\bmdph\b`],
    summary:
      'La RQTH est demandée à la MDPH de votre département et décidée par sa commission (la CDAPH), pour 1 à 10 ans ou à vie ; elle ouvre l’accompagnement par Cap emploi, l’aménagement du poste et l’apprentissage sans limite d’âge.',
    points: [
      {
        id: 'pending',
        cues: [String.raw`en cours|en attente|attend|cap emploi|pas encore`],
        answer: 'Oui : vous pouvez contacter Cap emploi pendant que votre demande de RQTH est en cours, sans attendre la décision.',
      },
      {
        id: 'who-grants',
        cues: [String.raw`qui (la )?(delivre|donne|accorde|decide|attribue|fait)|delivr|aupres de qui|quel organisme|ou (la )?demander|ou (faut il|dois je) (aller|la demander)`],
        answer: 'La RQTH est délivrée par la MDPH (maison départementale des personnes handicapées) de votre département : c’est sa commission, la CDAPH, qui décide.',
      },
      {
        id: 'how',
        cues: [HOW_TO, String.raw`demande|cerfa|papiers`],
        answer: 'La demande se fait auprès de la MDPH de votre département avec le formulaire Cerfa 15692 et un certificat médical récent ; la CDAPH décide. Vous n’êtes pas obligé d’en informer votre employeur.',
      },
      {
        id: 'validity',
        cues: [String.raw`combien de temps|valable|duree|validite|expire|renouvel|a vie|definitive`],
        answer: 'La RQTH est accordée pour 1 à 10 ans, ou à vie quand le handicap ne peut pas s’améliorer ; pensez au renouvellement quelques mois avant la fin.',
      },
    ],
    sourceName: 'service-public.fr',
    sourceUrl: 'https://www.service-public.fr/particuliers/vosdroits/F1650',
    sourceDetail: 'service-public.fr « RQTH » (F1650) ; Code du travail L5213-1 et suivants',
    checkedAt,
  },
  {
    id: 'cej',
    kind: 'scheme',
    schemeId: 'cej',
    title: 'Contrat d’engagement jeune (CEJ)',
    subject: [String.raw`\bcej\b|engagement jeunes?|garantie jeunes?`],
    summary:
      'Le contrat d’engagement jeune (CEJ) s’adresse aux jeunes de 16 à 25 ans (29 ans avec une RQTH) qui ne sont ni en études ni en formation : 15 à 20 heures d’activités par semaine avec un conseiller, et une allocation mensuelle selon l’âge et les ressources, par la Mission locale ou France Travail.',
    points: [
      {
        id: 'who',
        cues: [AGE, CONDITIONS],
        answer: 'Le CEJ est ouvert aux jeunes de 16 à 25 ans (jusqu’à 29 ans avec une RQTH) qui ne sont ni en études ni en formation.',
      },
      {
        id: 'hours',
        cues: [String.raw`heures?|semaine|rythme|activites|combien de temps`],
        answer: 'C’est un accompagnement intensif de 15 à 20 heures d’activités par semaine, avec un conseiller qui vous suit.',
      },
      {
        id: 'allowance',
        cues: [String.raw`paye|payer|allocation|argent|remunere|euros|combien (on touche|par mois|ca rapporte)|par mois|mensuel|toucher`],
        answer: 'Une allocation mensuelle peut vous être versée ; son montant dépend de votre âge et de vos ressources, votre conseiller vous le précise.',
      },
    ],
    sourceName: '1jeune1solution.gouv.fr',
    sourceUrl: 'https://www.1jeune1solution.gouv.fr/contrat-engagement-jeune',
    sourceDetail: '1jeune1solution.gouv.fr « Contrat d’engagement jeune »',
    checkedAt,
  },
  {
    id: 'apprentissage',
    kind: 'scheme',
    schemeId: 'apprentissage',
    title: 'Contrat d’apprentissage',
    subject: [String.raw`apprenti|apprentissage|alternance|\bcfa\b`],
    summary:
      'Le contrat d’apprentissage est ouvert dès 16 ans et jusqu’à 29 ans révolus, dès 15 ans après le collège, et sans limite d’âge avec une RQTH ; l’apprenti est salarié, payé un pourcentage du SMIC, et sa formation est gratuite.',
    points: [
      {
        id: 'age',
        cues: [AGE],
        answer:
          'L’apprentissage est ouvert dès 16 ans et jusqu’à 29 ans révolus (la veille des 30 ans), et dès 15 ans pour un jeune qui a terminé le collège (la 3e). Il n’y a pas de limite d’âge avec une RQTH (handicap reconnu), pour créer ou reprendre une entreprise qui demande le diplôme, ni pour les sportifs de haut niveau.',
      },
      {
        id: 'pay',
        cues: [String.raw`salaire|paye|remunere|gagne|smic|argent|combien`],
        answer: 'L’apprenti est salarié : il reçoit un pourcentage du SMIC qui dépend de son âge et de son année de formation ; la formation est gratuite pour lui.',
      },
      {
        id: 'find',
        cues: [String.raw`trouver|chercher|cherche|entreprise|employeur|comment`],
        answer: 'Cherchez une formation et une entreprise sur le portail de l’alternance (alternance.emploi.gouv.fr) ; le CFA peut aider à trouver l’employeur, et la Mission locale accompagne les 16–25 ans.',
      },
    ],
    sourceName: 'alternance.emploi.gouv.fr',
    sourceUrl: 'https://www.alternance.emploi.gouv.fr',
    sourceDetail: 'Code du travail L6222-1, L6222-2 ; alternance.emploi.gouv.fr',
    checkedAt,
  },
  {
    id: 'obligation-formation',
    answersStatements: true,
    kind: 'scheme',
    title: 'Obligation de formation de 16 à 18 ans',
    subject: [
      String.raw`obligation de formation|obligatoire jusqu|\b16 (a )?18 ans\b|(arrete|quitte|sorti|decroche|lache|plus) .{0,20}(l'ecole|le college|le lycee|les cours)|oblige.{0,40}(faire|ecole|formation|quelque chose)`,
    ],
    summary:
      'Depuis septembre 2020, tout jeune de 16 à 18 ans doit être en études, en formation, en emploi ou dans un dispositif d’accompagnement : c’est l’obligation de formation. La Mission locale repère et accompagne les jeunes qui n’ont rien : contactez celle de votre commune.',
    points: [],
    sourceName: 'service-public.fr',
    sourceUrl: 'https://www.service-public.fr',
    sourceDetail: 'Code de l’éducation L114-1 (obligation de formation des 16–18 ans)',
    checkedAt,
  },
  {
    id: 'bilan-de-competences',
    kind: 'scheme',
    schemeId: 'bilan-de-competences',
    title: 'Bilan de compétences',
    subject: [String.raw`bilan (de |des )?(competences?|pro)`],
    summary:
      'Le bilan de compétences (24 heures au maximum) vous aide à faire le point sur vos compétences et vos envies pour construire un projet ; il est finançable par le CPF, réalisé par un organisme certifié Qualiopi, et ses résultats vous appartiennent.',
    points: [
      {
        id: 'length',
        cues: [HOW_LONG, String.raw`combien d'heures|\bheures?\b|semaines?`],
        answer: 'Un bilan de compétences dure 24 heures au maximum, réparties en général sur plusieurs semaines, en trois phases : préliminaire, investigation, conclusion.',
      },
      {
        id: 'funding',
        cues: [WHO_PAYS, String.raw`combien (ca |il |ça )?coute|qui (le )?(paye|paie|finance)`],
        answer:
          'Il peut être payé avec votre CPF (le prix de chaque organisme est affiché sur moncompteformation.gouv.fr) ou par votre employeur ; si vous cherchez un emploi, parlez-en à votre conseiller France Travail, Apec ou Cap emploi.',
      },
      {
        id: 'confidential',
        cues: [String.raw`resultats?|confidenti|secret|(patron|employeur|chef).{0,30}(sait|savoir|saura|au courant|prevenir|voir)|prevenir`],
        answer: 'Les résultats vous appartiennent et restent confidentiels : ils ne sont transmis à personne, pas même à votre employeur, sans votre accord.',
      },
    ],
    sourceName: 'code.travail.gouv.fr',
    sourceUrl: 'https://code.travail.gouv.fr/fiche-ministere-travail/bilan-de-competences',
    sourceDetail: 'Code du travail L6313-4, R6313-4 et suivants',
    checkedAt,
  },
  {
    id: 'vae',
    kind: 'scheme',
    schemeId: 'vae',
    title: 'Validation des acquis de l’expérience (VAE)',
    subject: [String.raw`\bvae\b|validation des acquis|acquis de l'experience|diplome (par|avec|grace a) (l'|mon )?experience`],
    summary:
      'La VAE (validation des acquis de l’expérience) permet d’obtenir un diplôme, un titre ou un CQP grâce à votre expérience (travail, bénévolat, proche aidant…) ; tout commence sur le portail France VAE (vae.gouv.fr), et l’accompagnement est finançable par le CPF.',
    points: [
      {
        id: 'experience',
        cues: [String.raw`benevol|aidant|experience|compte|stage|combien d'annees|combien de temps`],
        answer: 'Toute expérience en lien avec la certification visée compte : travail salarié ou indépendant, bénévolat, proche aidant, sport de haut niveau…',
      },
      {
        id: 'how',
        cues: [HOW_TO, String.raw`commencer|par ou`],
        answer: 'Tout commence sur le portail national France VAE (vae.gouv.fr), où un architecte accompagnateur de parcours vous guide jusqu’au jury.',
      },
      {
        id: 'funding',
        cues: [WHO_PAYS],
        answer: 'L’accompagnement VAE est finançable par le CPF, et aussi, selon votre situation, par l’employeur, France Travail ou la Région.',
      },
    ],
    sourceName: 'vae.gouv.fr',
    sourceUrl: 'https://vae.gouv.fr',
    sourceDetail: 'vae.gouv.fr (France VAE) ; Code du travail L6411-1',
    checkedAt,
  },
  {
    id: 'cpf',
    kind: 'scheme',
    schemeId: 'cpf',
    title: 'Compte personnel de formation (CPF)',
    subject: [String.raw`\bcpf\b|compte (personnel de )?formation|comte formation|moncompteformation|mon compte formation|\bdif\b|droit individuel a la formation|participation forfaitaire|reste a charge`],
    summary:
      'Le compte personnel de formation (CPF) est crédité de 500 € par année de travail (plafond 5 000 €) et paie des formations certifiantes, un bilan de compétences, la VAE ou le permis ; votre solde est sur moncompteformation.gouv.fr.',
    points: [
      {
        id: 'job-seeker',
        cues: [String.raw`chomage|demandeur d'emploi|demandeuse d'emploi|sans emploi|sans travail|inscrite? (a|chez) (france travail|pole emploi)`],
        answer:
          'Oui : si vous êtes demandeur d’emploi, vous gardez les droits CPF acquis quand vous travailliez et vous pouvez les utiliser ; la participation forfaitaire d’environ 100 € n’est pas due pour vous. Si le CPF ne suffit pas, France Travail peut compléter avec l’aide individuelle à la formation (AIF), avec l’accord de votre conseiller.',
      },
      {
        id: 'former-dif',
        cues: [String.raw`\bdif\b|droit individuel`],
        answer:
          'Le DIF a été remplacé par le CPF en 2015. Les heures de DIF devaient être inscrites sur moncompteformation.gouv.fr avant le 30 juin 2021 : celles qui ne l’ont pas été sont perdues.',
      },
      {
        id: 'participation',
        cues: [String.raw`participation|reste a charge|(faut|dois je|doit on|il faut) (il )?payer|payer (quelque|qqch|kelke|quelquechose|un truc)|\b10[02] (euros|e)\b|frais|gratuit`],
        answer:
          'Depuis le 2 mai 2024, une participation forfaitaire d’environ 100 € par formation reste à votre charge (102,23 € en 2025 ; le montant est revalorisé chaque 1er janvier, à vérifier sur moncompteformation.gouv.fr). Elle n’est pas due si vous êtes demandeur d’emploi, ni quand un employeur ou un autre financeur paie une partie.',
      },
      {
        id: 'amounts',
        cues: [String.raw`combien|montant|plafond|par an|chaque annee|credit|solde|somme|euros|\bmax|j'ai plus|plus de droits|sans diplome.{0,40}plus|pas de diplome|combein`],
        answer:
          'Le CPF est crédité de 500 € par année de travail (à mi-temps au moins ; au prorata en dessous), jusqu’à un plafond de 5 000 €. Sans diplôme de niveau CAP/BEP (niveau 3), ou en ESAT, c’est 800 € par an jusqu’à 8 000 €. Votre solde est affiché sur moncompteformation.gouv.fr (connexion FranceConnect).',
      },
      {
        id: 'what-it-pays',
        cues: [String.raw`paye|payer|financ|permis|quelles? formations?|pour quoi|sans (diplome|certification)|qu'est ce qu'on peut|utiliser|servir`],
        answer:
          'Le CPF paie les formations qui mènent à une certification (inscrite au RNCP ou au Répertoire spécifique), l’accompagnement VAE, le bilan de compétences, le permis de conduire, CléA et l’aide à la création d’entreprise. Une formation sans certification à la clé n’est pas finançable par le CPF.',
      },
    ],
    sourceName: 'moncompteformation.gouv.fr',
    sourceUrl: 'https://www.moncompteformation.gouv.fr',
    sourceDetail: 'Code du travail L6323-11, R6323-1 et suivants ; décret 2024-394 ; moncompteformation.gouv.fr ; service-public.fr « Compte personnel de formation »',
    checkedAt,
    toCheck: 'Les montants sont revalorisés : vérifiez le chiffre de l’année sur moncompteformation.gouv.fr.',
  },
  {
    id: 'funding-training',
    kind: 'topic',
    title: 'Qui paie la formation ?',
    subject: [
      String.raw`formations? .{0,30}(payee?s?|financee?s?|prises? en charge|remboursee?s?) par qui|qui (paie|paye|finance|rembourse|prend en charge) (la|ma|une|cette|les|mes) formations?|(comment|qui peut) (payer|financer) (ma|une|la|cette) formation|financement (de|d'une|pour) (ma |une |la )?formation|financer (ma|une|la|cette) formation`,
      // « je voudrais faire une formation de … Comment la financer ? »: the pronoun is the formation.
      String.raw`formations?\b.{0,160}\b(comment|qui) (va |peut |pourrait )?(la |le |l'|me l')?(paie|paye|payer|finance|financer|prend en charge)\b`,
    ],
    summary:
      'Plusieurs financeurs sont possibles : votre compte personnel de formation (CPF), pour une formation certifiante ; si vous cherchez un emploi, France Travail peut compléter quand le CPF ne suffit pas (aide individuelle à la formation, AIF) ; si vous êtes salarié et voulez changer de métier, le projet de transition professionnelle (PTP) paie la formation et votre salaire via Transitions Pro. Un conseiller vous aide à monter le financement.',
    points: [
      {
        id: 'job-seeker',
        cues: [String.raw`chomage|demandeur d'emploi|demandeuse d'emploi|sans emploi|sans travail|inscrite? (a|chez) (france travail|pole emploi)`],
        answer:
          'Demandeur d’emploi : votre CPF d’abord (sans la participation forfaitaire d’environ 100 €), et France Travail peut financer ou compléter la formation quand le CPF ne suffit pas (aide individuelle à la formation, AIF), avec l’accord de votre conseiller France Travail.',
      },
      {
        id: 'employee',
        cues: [String.raw`\bsalarie|\bcdi\b|\bcdd\b|interim|en poste|mon employeur|mon patron`],
        answer:
          'Salarié : votre CPF (une participation forfaitaire d’environ 100 € reste à votre charge, sauf si votre employeur complète), votre employeur, ou pour changer de métier le projet de transition professionnelle (PTP), qui paie la formation et votre salaire via Transitions Pro si sa commission accepte le dossier.',
      },
    ],
    sourceName: 'moncompteformation.gouv.fr',
    sourceUrl: 'https://www.moncompteformation.gouv.fr',
    sourceDetail: 'moncompteformation.gouv.fr ; France Travail, aide individuelle à la formation (francetravail.fr) ; transitionspro.fr ; FACTS.md',
    checkedAt,
  },
  {
    id: 'finding-training',
    kind: 'topic',
    title: 'Trouver une session de formation',
    subject: [
      String.raw`(trouver|chercher|cherche|ou (y a|il y a|sont|se trouvent|trouve)|dates?|liste|catalogue|quelles?).{0,40}(formations?|sessions?|ecoles?|centres? de formation|organismes?)|(ecoles?|sessions?|centres? de formation) (d'|de |du |des |pour |en |a )|formations? (pres de|a cote|dans ma ville|dans mon coin|proches?)`,
      // « c ou qu on peut le faire le CAP ? »: where to prepare a diploma is where to find a training.
      String.raw`\b(ou|c ou|c'est ou)\b.{0,30}\b(faire|passer|preparer|apprendre)\b.{0,15}\b(cap|bac pro|bts|bp|diplome|titre pro)\b`,
    ],
    summary:
      'Pour trouver une session de formation : le catalogue national sur moncompteformation.gouv.fr, « La bonne formation » de France Travail (avec le taux de retour à l’emploi de chaque formation) et le portail Carif-Oref de votre région (par exemple Via Compétences en Auvergne-Rhône-Alpes, Défi métiers en Île-de-France, Cap Métiers en Nouvelle-Aquitaine, orientationpaca.fr en Provence-Alpes-Côte d’Azur). Je n’ai pas ici la liste des sessions de votre secteur : je préfère vous indiquer ces sites plutôt que d’inventer une date ou un lieu.',
    points: [],
    sourceName: 'moncompteformation.gouv.fr',
    sourceUrl: 'https://www.moncompteformation.gouv.fr',
    sourceDetail: 'moncompteformation.gouv.fr ; La bonne formation (France Travail) ; portails Carif-Oref régionaux',
    checkedAt,
  },

  // ——— Operators (docs/domain.md §2): who they serve.
  {
    id: 'cap-emploi',
    kind: 'operator',
    title: 'Cap emploi',
    subject: [String.raw`cap emploi|capemploi`],
    summary:
      'Cap emploi accompagne les personnes en situation de handicap (avec une RQTH, ou une demande en cours) qui cherchent un emploi, et les salariés dont le poste est menacé pour une raison de santé ou de handicap (maintien dans l’emploi). Sans RQTH ni problème de santé au travail, c’est plutôt France Travail, l’Apec, la Mission locale ou le conseil en évolution professionnelle.',
    points: [],
    sourceName: 'France Travail',
    sourceUrl: 'https://www.francetravail.fr',
    sourceDetail: 'Réseau Cap emploi (réseau France Travail) ; docs/domain.md §2',
    checkedAt,
  },
  {
    id: 'apec',
    kind: 'operator',
    title: 'Apec',
    subject: [String.raw`\bapec\b|l'apec`],
    summary: 'L’Apec accompagne les cadres, en poste ou en recherche d’emploi, et les jeunes diplômés (bac + 3 ou plus) qui cherchent un premier emploi de cadre. Son accompagnement est gratuit.',
    points: [],
    sourceName: 'apec.fr',
    sourceUrl: 'https://www.apec.fr',
    sourceDetail: 'Apec (apec.fr) ; docs/domain.md §2',
    checkedAt,
  },
  {
    id: 'mission-locale',
    kind: 'operator',
    title: 'Mission locale',
    subject: [String.raw`missions? locales?`],
    summary:
      'La Mission locale accompagne les jeunes de 16 à 25 ans sortis de l’école : emploi, formation, apprentissage, et aussi logement, santé ou mobilité ; c’est elle qui propose le contrat d’engagement jeune (CEJ).',
    points: [],
    sourceName: 'unml.info',
    sourceUrl: 'https://www.unml.info',
    sourceDetail: 'Union nationale des Missions locales ; docs/domain.md §2',
    checkedAt,
  },
  {
    id: 'france-travail',
    kind: 'operator',
    title: 'France Travail',
    // « inscrit à pôle emploi » tells the person's status, it does not ask about the operator.
    subject: [String.raw`(?<!inscrite? (a |chez |au )?)(france travail|pole emploi)|\banpe\b|l?assedic`],
    summary:
      'France Travail accompagne les demandeurs d’emploi, les personnes qui viennent de perdre leur emploi et les bénéficiaires du RSA qui cherchent un travail : inscription, indemnisation, recherche d’emploi et formation.',
    points: [
      {
        id: 'former-names',
        cues: [String.raw`pole emploi|\banpe\b|l?assedic`],
        answer: 'Pôle emploi s’appelle France Travail depuis le 1er janvier 2024 : ce sont les mêmes services. L’ANPE et les Assédic, plus anciennes, font aussi partie aujourd’hui de France Travail.',
      },
    ],
    sourceName: 'France Travail',
    sourceUrl: 'https://www.francetravail.fr',
    sourceDetail: 'France Travail (loi pour le plein emploi, 1er janvier 2024) ; docs/domain.md §2',
    checkedAt,
  },

  // ——— The CEP itself: last, it also answers « c'est gratuit ? » and general guidance questions.
  {
    id: 'cep',
    kind: 'scheme',
    schemeId: 'cep',
    title: 'Conseil en évolution professionnelle (CEP)',
    subject: [
      String.raw`\bcep\b|conseil(ler|lere)? en evolution|mon cep|orientation|c'est (gratuit|payant)|est ce (que c'est )?(gratuit|payant)|rendez vous.{0,20}(gratuit|payant|coute)|\brdv\b.{0,20}(gratuit|payant|coute)`,
    ],
    summary:
      'Le conseil en évolution professionnelle (CEP) est gratuit et confidentiel. Il est ouvert à toute personne qui travaille ou veut travailler (salariés, demandeurs d’emploi, indépendants, agents publics), à votre initiative et sans en informer votre employeur ; avant 26 ans, la Mission locale peut aussi vous accompagner.',
    points: [
      {
        id: 'free',
        cues: [String.raw`gratuit|payant|coute|prix|payer`],
        answer: 'Oui, c’est gratuit : le conseil en évolution professionnelle ne vous coûte rien, et il est confidentiel.',
      },
      {
        id: 'employer',
        cues: [String.raw`employeur|patron|prevenir|accord|au courant|savoir`],
        answer: 'Non : vous pouvez rencontrer un conseiller en évolution professionnelle sans prévenir votre employeur ni lui demander son accord ; c’est gratuit et confidentiel.',
      },
    ],
    sourceName: 'mon-cep.org',
    sourceUrl: 'https://mon-cep.org',
    sourceDetail: 'Code du travail L6111-6 ; mon-cep.org',
    checkedAt,
  },
];
