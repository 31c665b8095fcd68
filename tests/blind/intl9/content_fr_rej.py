"""French rejections (12 ATS-style, 12 personal)."""
from content_common import A, P

R = "rejection"
RGPD = ("Conformément au RGPD, vos données seront conservées 24 mois dans notre vivier, sauf opposition de votre part "
        "à l'adresse dpo@{d}. Vous disposez d'un droit d'accès, de rectification et d'effacement.")

MESSAGES = [
A("fr-welcome-jungle-classique", R, "ats-automated", "fr", "welcome", "Maison Corbelle",
  "Maison Corbelle <no-reply@welcometothejungle.com>",
  "Votre candidature chez Maison Corbelle",
  """Bonjour Sam,

Merci pour l'intérêt que vous portez à Maison Corbelle et pour votre candidature au poste de Responsable Marketing Digital.

Après étude attentive de votre profil, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents de Maison Corbelle""",
  ("", "", "Maison Corbelle", "Responsable Marketing Digital"),
  "standard-wording", region="fr", about=RGPD.format(d="corbelle.example")),

A("fr-workday-autoplain-verdict-milieu", R, "ats-automated", "fr", "workday", "Groupe Vauclair",
  "Groupe Vauclair <vauclair@myworkday.com>",
  "Groupe Vauclair – Mise à jour de votre candidature (JR-88213)",
  """Bonjour Sam Taylor,

Nous vous remercions sincèrement pour votre candidature au poste de Chef de produit marketing H/F (JR-88213) ainsi que pour le temps consacré à notre processus de recrutement.

Leader européen des solutions d'emballage durable, le Groupe Vauclair compte plus de 12 000 collaborateurs dans 18 pays. Nous recevons chaque année un très grand nombre de candidatures de grande qualité.

Nous avons le regret de vous annoncer que votre candidature n'a pas été retenue pour la suite du processus. Cette décision ne remet pas en cause vos compétences ni votre parcours.

Nous vous invitons à consulter régulièrement nos [[offres d'emploi]] et à créer une [[alerte emploi]].

Cordialement,
La Direction des Ressources Humaines
Groupe Vauclair — Engagé pour la diversité et l'inclusion""",
  ("", "", "Groupe Vauclair", "Chef de produit marketing H/F"),
  "verdict-mid; html2text-plain; corporate-chrome", region="fr", autoplain=True),

A("fr-smartrecruiters-poste-pourvu", R, "role-filled", "fr", "smartrecruiters", "Lumisol Énergies",
  "Lumisol Énergies <noreply@smartrecruiters.com>",
  "Offre « Brand Manager » – information",
  """Bonjour Sam,

Nous vous remercions d'avoir postulé à l'offre Brand Manager.

Nous vous informons que le poste a été pourvu. Votre candidature est donc clôturée.

N'hésitez pas à postuler à nos autres offres.

Lumisol Énergies – Recrutement""",
  ("", "", "Lumisol Énergies", "Brand Manager"),
  "poste-pourvu; short", region="fr"),

A("fr-teamtailor-be-vivier", R, "keep-on-file", "fr", "teamtailor", "Brasserie Delvaux",
  "Brasserie Delvaux <delvaux@teamtailor-mail.com>",
  "Votre candidature – Marketing Manager Benelux",
  """Bonjour Sam,

Un grand merci d'avoir pris le temps de postuler pour le poste de Marketing Manager Benelux chez Brasserie Delvaux.

Nous avons reçu de nombreuses candidatures et, après réflexion, nous avons décidé de poursuivre avec des profils plus en adéquation avec nos besoins actuels.

Votre profil nous a néanmoins intéressés. Acceptez-vous que nous le conservions dans notre vivier de talents afin de vous recontacter pour de futures opportunités ?

Santé et à bientôt peut-être !
L'équipe RH – Brasserie Delvaux, Bruxelles""",
  ("", "", "Brasserie Delvaux", "Marketing Manager Benelux"),
  "belgian; retention-question", region="be", button="Oui, conservez mon profil"),

A("fr-greenhouse-qc-autres-candidats", R, "ats-automated", "fr", "greenhouse", "Boréal Numérique",
  "Boréal Numérique <no-reply@us.greenhouse-mail.io>",
  "Merci de votre intérêt pour Boréal Numérique",
  """Bonjour Sam,

Merci d'avoir soumis votre candidature pour le poste de Gestionnaire, marketing de produit. Nous avons été impressionnés par votre parcours.

Après mûre réflexion, nous avons décidé d'aller de l'avant avec d'autres candidats dont l'expérience correspond davantage aux exigences du poste.

Nous conserverons votre CV dans nos dossiers et n'hésiterons pas à communiquer avec vous si un poste correspondant à votre profil se libère.

Au plaisir,
L'équipe d'acquisition de talents
Boréal Numérique, Montréal

Boréal Numérique souscrit au principe de l'équité en matière d'emploi.""",
  ("", "", "Boréal Numérique", "Gestionnaire, marketing de produit"),
  "quebec; aller-de-l-avant; equity-footer", region="qc"),

A("fr-linkedin-easyapply-statut", R, "ats-automated", "fr", "linkedin", "Orféo Santé",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Votre candidature pour Responsable Communication chez Orféo Santé",
  """Sam, merci pour votre intérêt.

Votre candidature pour Responsable Communication chez Orféo Santé

Malheureusement, Orféo Santé a décidé de ne pas poursuivre avec votre candidature.

Voici quelques offres similaires :
- Chargé(e) de communication – Clinique des Tilleuls
- Content Manager Santé – Médiflux

[[Voir les offres]]""",
  ("", "", "Orféo Santé", "Responsable Communication"),
  "job-board-relay; linkedin; bulk-headers", region="fr",
  headers={"Precedence": "bulk", "List-Id": "<jobs.linkedin.com>"}),

A("fr-recruitee-ch-requisition-fermee", R, "role-cancelled", "fr", "recruitee", "Léman Analytics SA",
  "Léman Analytics SA <lemananalytics@mail.recruitee.com>",
  "Poste Growth Marketing Manager – clôture du recrutement",
  """Bonjour Sam,

Nous vous remercions de votre intérêt pour Léman Analytics.

Suite à une révision de nos priorités budgétaires pour 2027, nous avons fermé le poste de Growth Marketing Manager et arrêtons le processus de recrutement pour l'ensemble des candidat·e·s.

Nous sommes sincèrement désolés pour le temps investi et vous adressons nos meilleures salutations.

Léman Analytics SA, Lausanne""",
  ("", "", "Léman Analytics SA", "Growth Marketing Manager"),
  "swiss-french; requisition-closed; budget", region="ch"),

A("fr-indeed-relay-non-retenu", R, "ats-automated", "fr", "indeed", "Atelier Roussel",
  "Indeed <donotreply@indeed.com>",
  "Mise à jour de votre candidature : Atelier Roussel",
  """Mise à jour de votre candidature

Chargé(e) de marketing
Atelier Roussel – Lyon (69)

Statut : Non retenu

Message de l'employeur : « Merci pour votre candidature. Nous avons choisi un autre profil. »

[[Voir mes candidatures]]

Vous avez d'autres candidatures en cours. Continuez sur votre lancée !""",
  ("", "", "Atelier Roussel", "Chargé(e) de marketing"),
  "job-board-relay; indeed; status-line", region="fr",
  headers={"Precedence": "bulk"}),

A("fr-successfactors-lu-bilingue", R, "ats-automated", "fr", "successfactors", "Banque Pétrusse",
  "Banque Pétrusse <recrutement-noreply@petrusse.example>",
  "Votre candidature / Ihre Bewerbung – Product Marketing Officer",
  """Madame, Monsieur,

Nous accusons bonne réception de votre candidature pour le poste de Product Marketing Officer et vous en remercions. Nous sommes toutefois au regret de vous informer que votre profil n'a pas été sélectionné pour la suite du processus.

Sehr geehrte Damen und Herren,

wir danken Ihnen für Ihre Bewerbung als Product Marketing Officer. Leider wurde Ihr Profil für das weitere Verfahren nicht ausgewählt.

Banque Pétrusse S.A. – Human Resources
Société anonyme, R.C.S. Luxembourg B 000000""",
  ("", "", "Banque Pétrusse", "Product Marketing Officer"),
  "luxembourg; bilingual-fr-de; accuse-reception-then-no", region="lu"),

A("fr-workable-apres-test", R, "after-assessment", "fr", "workable", "Nomadéo",
  "Nomadéo <noreply@workablemail.com>",
  "Nomadéo – Résultat de l'étude de cas",
  """Bonjour Sam,

Merci d'avoir réalisé l'étude de cas pour le poste de Product Marketing Manager. L'équipe a pris le temps de lire attentivement votre rendu.

Nous ne pourrons malheureusement pas aller plus loin avec vous pour ce poste. Si vous souhaitez un retour détaillé, vous pouvez écrire à Inès Garnier : ines.garnier@nomadeo.example.

Belle continuation,
L'équipe Nomadéo""",
  ("ines.garnier@nomadeo.example", "Inès", "Nomadéo", "Product Marketing Manager"),
  "after-case-study; contact-in-body", region="fr"),

A("fr-icims-html-only-interne", R, "internal-candidate", "fr", "icims", "Transports Vallière",
  "Transports Vallière <vallière-careers@talent.icims.com>".replace("è", "e"),
  "Votre candidature : Responsable Marque Employeur (req. 7721)",
  """Bonjour,

Nous tenons à vous remercier pour votre candidature au poste de Responsable Marque Employeur.

Nous avons retenu une candidature interne pour ce poste. Par conséquent, nous clôturons votre dossier pour cette réquisition.

Bien cordialement,
Direction des Talents – Transports Vallière""",
  ("", "", "Transports Vallière", "Responsable Marque Employeur"),
  "internal-candidate; html-only; no-name-greeting", region="fr", html_only=True),

A("fr-jobsch-statut-portail", R, "ats-automated", "fr", "jobsch", "Horlogerie Jaquet & Fils",
  "jobs.ch <noreply@jobs.ch>",
  "Statut de votre candidature mis à jour",
  """Bonjour Sam Taylor,

Horlogerie Jaquet & Fils a mis à jour le statut de votre candidature :

{table}

Découvrez d'autres offres dans le marketing en Suisse romande : [[Voir les offres]]""",
  ("", "", "Horlogerie Jaquet & Fils", "Marketing Communication Manager"),
  "job-board-relay; status-table", region="ch", html_only=True, headers={"Precedence": "bulk"},
  table=[("Poste", "Marketing Communication Manager"), ("Lieu", "La Chaux-de-Fonds"), ("Statut", "Refusée")]),

# ---------------- personal ----------------
P("fr-personnel-apres-entretien", R, "personal-after-interview", "fr",
  "Claire Dumoulin <claire.dumoulin@atelier-lisiere.example>",
  "Suite à notre entretien – Responsable Marketing",
  """Bonjour Sam,

Je reviens vers vous suite à notre entretien de jeudi dernier avec Paul et moi-même. Nous avons beaucoup apprécié votre énergie et votre regard sur la marque.

Après réflexion, nous avons fait le choix d'un autre profil, plus expérimenté sur le retail physique, qui est au cœur de notre développement pour les deux prochaines années. Ce n'est pas une décision facile.

Je garde précieusement vos coordonnées et n'hésiterai pas à revenir vers vous.

Belle journée,
Claire Dumoulin
DRH – Atelier Lisière
06 00 00 41 27""",
  ("claire.dumoulin@atelier-lisiere.example", "Claire", "Atelier Lisière", "Responsable Marketing"),
  "after-interview; choix-d-un-autre-profil", region="fr"),

P("fr-cabinet-client-stand-by", R, "role-cancelled", "fr",
  "Julien Marchetti <j.marchetti@cabinet-orion.example>",
  "Mission Directeur Marketing – point",
  """Bonjour Sam,

Je voulais vous tenir informé : notre client, la Compagnie des Eaux de Sorgue, a mis le recrutement du Directeur Marketing en stand-by jusqu'à nouvel ordre suite au changement de président. En pratique, la mission est suspendue et je ne peux pas présenter votre candidature d'ici là.

Je suis vraiment désolé, vous étiez en très bonne position. Je reviens vers vous si le client relance le recrutement.

Bien à vous,
Julien Marchetti
Associé – Cabinet Orion
+33 4 00 00 12 12""",
  ("j.marchetti@cabinet-orion.example", "Julien", "Compagnie des Eaux de Sorgue", "Directeur Marketing"),
  "agency; client-stand-by; mission-suspended", region="fr"),

P("fr-court-mobile", R, "terse", "fr",
  "Hugo Lefèvre <hugo@lefevre-studio.example>",
  "Re: Candidature",
  """Bonjour Sam, on part sur quelqu'un d'autre finalement. Merci encore et bonne continuation !
Hugo

Envoyé de mon iPhone""",
  ("hugo@lefevre-studio.example", "Hugo", "", ""),
  "terse; mobile; no-company; no-role", region="fr", parent=True),

P("fr-be-long-verdict-milieu", R, "personal-after-interview", "fr",
  "Véronique Lambert <veronique.lambert@mutualis.example>",
  "Votre candidature – Responsable Communication Externe",
  """Chère Sam,

Permettez-moi tout d'abord de vous remercier chaleureusement pour votre participation aux différentes étapes de notre procédure de sélection : l'entretien avec le comité, l'exercice de rédaction et la rencontre avec notre Secrétaire générale à Namur.

Nous avons particulièrement apprécié la clarté de votre exercice et la pertinence de vos questions sur notre stratégie de proximité. Le comité a souligné votre aisance à l'oral.

Au terme de la procédure, le comité a toutefois décidé de ne pas retenir votre candidature. Le choix s'est porté sur une personne disposant d'une expérience approfondie du secteur mutualiste belge et d'une maîtrise du néerlandais, deux éléments que nous avions sous-estimés lors de la rédaction de l'offre.

Je reste à votre disposition pour un retour plus détaillé par téléphone si vous le souhaitez. Je vous souhaite beaucoup de succès dans la suite de votre parcours.

Bien cordialement,

Véronique Lambert
Responsable Sélection & Recrutement
Mutualis – Mutualité Solidaire
T +32 81 00 00 55

Dit bericht is vertrouwelijk. Ce message est confidentiel.""",
  ("veronique.lambert@mutualis.example", "Véronique", "Mutualis", "Responsable Communication Externe"),
  "belgian; long; verdict-middle; nl-fr-footer", region="be"),

P("fr-qc-reponse-relance", R, "personal-after-interview", "fr",
  "Marie-Ève Gagnon <megagnon@laurentides-media.example>",
  "RE: Suivi – poste de conseiller(ère) marketing",
  """Bonjour Sam,

Merci pour votre relance et désolée pour le délai. Malheureusement, nous avons comblé le poste de conseiller(ère) marketing à l'interne la semaine dernière.

Je vous souhaite bonne chance dans vos démarches!

Marie-Ève Gagnon
Conseillère principale, ressources humaines
Laurentides Média inc.
514 000-7788

De : Sam Taylor <sam.taylor@example.org>
Envoyé : 2 novembre 2026 09:12
À : Marie-Ève Gagnon
Objet : Suivi – poste de conseiller(ère) marketing

Bonjour Mme Gagnon,
Je me permets de faire un suivi concernant ma candidature. Le poste m'intéresse toujours beaucoup.
Cordialement, Sam Taylor""",
  ("megagnon@laurentides-media.example", "Marie-Ève", "Laurentides Média inc.", "conseiller(ère) marketing"),
  "quebec; poste-comble-interne; reply-above-owner-chaser", region="qc", parent=True),

P("fr-transfere-par-manager", R, "personal-after-interview", "fr",
  "Antoine Ribeiro <antoine.ribeiro@verdanne.example>",
  "TR: Décision – Head of Growth",
  """Sam,

Je préfère vous transférer directement le message de notre DRH plutôt que de le reformuler. Désolé, j'aurais aimé travailler avec vous.

Antoine

-------- Message transféré --------
De : Sophie Caron <sophie.caron@verdanne.example>
Date : 18/11/2026 16:40
À : Antoine Ribeiro
Objet : Décision – Head of Growth

Antoine,
Le comité a tranché : on fait une offre à Lucas Mercier. Pour Sam Taylor, c'est non, peux-tu le/la prévenir ?
Sophie""",
  ("antoine.ribeiro@verdanne.example", "Antoine", "Verdanne", "Head of Growth"),
  "forwarded-internal-decision; verdict-in-forward", region="fr"),

P("fr-ch-pas-cette-fois", R, "terse", "fr",
  "Nicolas Berset <nicolas.berset@fribourg-fromages.example>",
  "Votre dossier",
  """Bonjour Sam,

Merci pour votre dossier pour le poste de Category Manager. Ce ne sera pas pour cette fois-ci, nous avons trouvé la personne.

Meilleures salutations
Nicolas Berset
Fromagerie Berset SA""",
  ("nicolas.berset@fribourg-fromages.example", "Nicolas", "Fromagerie Berset SA", "Category Manager"),
  "swiss-french; indirect; short", region="ch"),

P("fr-mixte-anglais-francais", R, "personal-after-interview", "fr",
  "Emma Leroy <emma.leroy@kopia.example>",
  "Kopia – Product Marketing Lead",
  """Hello Sam,

Petit message pour faire suite à ton entretien avec Thomas (notre CPO). On a adoré la discussion, vraiment. Mais on a décidé de ne pas aller plus loin pour le rôle de Product Marketing Lead : Thomas cherche quelqu'un de plus hands-on sur la partie data/attribution.

Sorry again, et n'hésite pas à garder un œil sur notre page carrières.

Cheers,
Emma
Talent @ Kopia
—
Kopia SAS · 24 rue de l'Exemple · 75010 Paris""",
  ("emma.leroy@kopia.example", "Emma", "Kopia", "Product Marketing Lead"),
  "franglais; startup; tutoiement", region="fr"),

P("fr-reply-to-assistante", R, "personal-after-interview", "fr",
  "Philippe Moreau <philippe.moreau@moreau-associes.example>",
  "Votre candidature au poste de Responsable Marketing & Communication",
  """Madame, Monsieur,

Nous faisons suite à votre entretien du 6 novembre dernier.

Nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature au poste de Responsable Marketing & Communication.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Philippe Moreau
Associé gérant, Moreau & Associés
P.J. : néant
Pour toute question, merci de vous adresser à Mme Girard (en copie).""",
  ("nathalie.girard@moreau-associes.example", "Philippe", "Moreau & Associés", "Responsable Marketing & Communication"),
  "formal-letter; reply-to-assistant; suite-favorable", region="fr",
  reply_to="Nathalie Girard <nathalie.girard@moreau-associes.example>",
  cc="Nathalie Girard <nathalie.girard@moreau-associes.example>",
  headers={"Organization": "Moreau & Associés"}),

P("fr-lu-vivier-coordonnees", R, "keep-on-file", "fr",
  "Sandrine Weber <sandrine.weber@alzette-digital.example>",
  "Candidature – Digital Marketing Specialist",
  """Bonjour Sam,

Merci d'avoir échangé avec nous la semaine passée. Je ne vais pas tourner autour du pot : nous ne retenons pas votre candidature pour le poste de Digital Marketing Specialist, le poste demandant une maîtrise du luxembourgeois que vous n'avez pas encore.

Cela dit, votre profil me plaît beaucoup. Avec votre accord, je le garde dans notre vivier pour les postes où l'anglais et le français suffisent.

Bien à vous,
Sandrine Weber
Talent Partner – Alzette Digital S.à r.l.
+352 00 00 44""",
  ("sandrine.weber@alzette-digital.example", "Sandrine", "Alzette Digital", "Digital Marketing Specialist"),
  "luxembourg; keep-on-file; direct", region="lu"),

P("fr-qc-courriel-faute", R, "terse", "fr",
  "Kevin Tremblay <kevin@tremblaytraiteur.example>",
  "Re: poste coordonateur marketing",
  """Salut Sam,

merci de ton interet pour le poste de coordonateur marketing. malheureusment on a deja trouvé quelqu un pour ce poste là.

bonne chance dans ta recherche

Kevin
Tremblay Traiteur — Québec""",
  ("kevin@tremblaytraiteur.example", "Kevin", "Tremblay Traiteur", "coordonateur marketing"),
  "quebec; typos; casual; no-accents", region="qc", parent=True),
P("fr-be-gel-des-embauches", R, "role-cancelled", "fr",
  "Olivier Dewitte <olivier.dewitte@ardennes-tech.example>",
  "Re: Re: Deuxième entretien – Marketing Lead",
  """Bonjour Sam,

Je dois malheureusement revenir sur ce que je vous avais annoncé mardi. La direction a décrété ce matin un gel des embauches pour tout le premier semestre, et le poste de Marketing Lead en fait partie. Nous annulons donc le deuxième entretien et le recrutement s'arrête là pour le moment.

Je suis sincèrement navré, d'autant que vous étiez notre candidat(e) préféré(e).

Olivier Dewitte
Head of Sales & Marketing
Ardennes Tech SRL, Liège

> Le 24/11/2026 à 10:15, Sam Taylor a écrit :
> Merci Olivier, je confirme le deuxième entretien jeudi à 14h.
>
> > Le 24/11/2026 à 09:02, Olivier Dewitte a écrit :
> > Bonne nouvelle, nous souhaitons vous revoir pour un deuxième entretien !""",
  ("olivier.dewitte@ardennes-tech.example", "Olivier", "Ardennes Tech", "Marketing Lead"),
  "belgian; hiring-freeze; quoted-good-news-below", region="be", parent=True, parent_depth=2),
]
