"""French messages (France, Belgium, Switzerland, Québec)."""
from content_common import R, O, AUTO, LIST, SAM

LANG = "fr"

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("lorient-wttj-non-retenue", "ats", "ats-automated", "fr-FR",
  "Maison Lorient <no-reply@welcometothejungle.com>",
  "Votre candidature chez Maison Lorient",
  """Bonjour Sam,

Nous vous remercions pour l'intérêt que vous portez à Maison Lorient et pour votre candidature au poste de Chef de produit marketing H/F.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous conservons néanmoins votre CV dans notre base de données pendant deux ans, sauf opposition de votre part, afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent de Maison Lorient""",
  ("", "", "Maison Lorient", "Chef de produit marketing H/F"),
  vendor="welcome", brand="Maison Lorient", headers=AUTO,
  about="Maison Lorient, maison de cosmétiques bretonne fondée en 1961, certifiée B Corp.",
  notes="the most ordinary French template, CV kept two years"),

R("vauclair-talentsoft-suite-favorable", "ats", "ats-automated", "fr-FR",
  "Groupe Vauclair - Recrutement <recrutement@vauclair.talent-soft.com>",
  "Groupe Vauclair - Réf. MKT-2026-0419",
  """Madame, Monsieur,

Vous avez bien voulu nous adresser votre candidature pour le poste de Responsable Marketing Produit (réf. MKT-2026-0419) et nous vous en remercions.

Le Groupe Vauclair, acteur majeur de la distribution spécialisée avec plus de 9 000 collaborateurs en Europe, attache une grande importance à la qualité de son processus de recrutement. Chaque candidature fait l'objet d'un examen attentif par nos équipes RH et opérationnelles.

Vos données personnelles sont traitées par le Groupe Vauclair, responsable de traitement, aux seules fins de la gestion de votre candidature. Vous pouvez exercer vos droits en écrivant à dpo@vauclair.example.

Après une étude attentive de votre dossier, nous sommes toutefois au regret de ne pouvoir donner une suite favorable à votre candidature, d'autres profils correspondant plus précisément à nos attentes.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines""",
  ("", "", "Groupe Vauclair", "Responsable Marketing Produit"),
  vendor="talentsoft", brand="Groupe Vauclair", headers=AUTO,
  notes="formal letter, verdict at the end after company and GDPR paragraphs"),

R("cartalis-lever-autres-profils", "ats", "keep-on-file", "fr-FR",
  "Cartalis <no-reply@hire.lever.co>",
  "Ta candidature Product Marketing Manager chez Cartalis",
  """Hello Sam,

Merci beaucoup d'avoir pris le temps de postuler chez Cartalis et d'échanger avec Inès la semaine dernière !

Après pas mal de discussions en interne, on a décidé de poursuivre avec d'autres profils, plus en adéquation avec nos besoins actuels sur le poste de Product Marketing Manager (notamment une expérience SaaS B2B plus poussée).

Ce n'est qu'un au revoir : est-ce qu'on peut garder ton profil sous le coude pour de futures ouvertures ? Si oui, tu n'as rien à faire ; sinon, il suffit de répondre à ines.gautier@cartalis.example et on supprime tout.

Belle continuation,
Inès, Talent Acquisition @ Cartalis""",
  ("ines.gautier@cartalis.example", "Inès", "Cartalis", "Product Marketing Manager"),
  vendor="lever", brand="Cartalis", headers=AUTO,
  notes="startup tutoiement, franglais, keep-profile question, contact in body"),

R("boreale-workday-poste-comble", "ats", "role-filled", "fr-CA",
  "Caisse Boréale - Carrières <caisseboreale@myworkday.com>",
  "Suivi de votre candidature - Conseiller(ère) principal(e), marketing produit",
  """Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous avez manifesté envers la Caisse Boréale en postulant au poste de Conseiller(ère) principal(e), marketing produit (R-22841).

Nous tenons à vous informer que le poste a été comblé. Nous avons apprécié le temps que vous avez consacré à votre candidature et nous vous invitons à consulter régulièrement notre site Carrières pour connaître nos nouvelles offres d'emploi.

La Caisse Boréale souscrit au principe d'équité en matière d'emploi et encourage les femmes, les Autochtones, les membres des minorités visibles et ethniques et les personnes handicapées à poser leur candidature.

Au plaisir,
L'équipe Acquisition de talents""",
  ("", "", "Caisse Boréale", "Conseiller(ère) principal(e), marketing produit"),
  vendor="workday", brand="Caisse Boréale", headers=AUTO,
  notes="Québec wording 'poste comblé', equity statement"),

R("sablons-indeed-statut", "ats", "ats-automated", "fr-BE",
  "Indeed <notification@indeed.example>",
  "Mise à jour de votre candidature chez Brasserie des Sablons",
  """Bonjour Sam,

L'employeur a mis à jour le statut de votre candidature.

{table}

Ne vous découragez pas : de nouvelles offres sont publiées chaque jour.

[[Voir des emplois similaires]]

Conseil Indeed : en moyenne, les candidats qui postulent à plusieurs offres par semaine reçoivent davantage de réponses.""",
  ("", "", "Brasserie des Sablons", "Marketing Manager Benelux"),
  vendor="indeed", brand="Indeed", headers=LIST,
  footer=["Vous recevez cet e-mail car vous avez postulé via Indeed. Préférences de notification : {unsub}"],
  table=[("Poste", "Marketing Manager Benelux"), ("Entreprise", "Brasserie des Sablons"), ("Lieu", "Bruxelles"), ("Statut", "Non retenu")],
  notes="job-board status notice, verdict only in a table cell, encouragement"),

R("oxalide-teamtailor-suspendu", "ats", "role-cancelled", "fr-FR",
  "Oxalide Santé <oxalide@teamtailor-mail.com>",
  "Des nouvelles du poste Head of Growth",
  """Bonjour Sam,

Nous voulions revenir vers vous au sujet de votre candidature au poste de Head of Growth.

Suite à une révision de notre feuille de route pour 2027, la direction a pris la décision de suspendre ce recrutement et de ne pas pourvoir le poste dans les prochains mois. Nous clôturons donc l'ensemble des candidatures en cours, dont la vôtre.

Nous sommes conscients du temps que vous nous avez consacré et nous en sommes sincèrement désolés. Si le poste venait à rouvrir, nous ne manquerons pas de vous recontacter en priorité.

Bien cordialement,
Margaux Le Goff
Talent Acquisition Manager, Oxalide Santé""",
  ("", "Margaux", "Oxalide Santé", "Head of Growth"),
  vendor="teamtailor", brand="Oxalide Santé", headers=AUTO,
  notes="recruitment suspended, applications closed; signed by a person but no-reply sender"),

# ---------------- rejections, personal ----------------
R("villemur-rh-apres-entretien", "personal", "personal-after-interview", "fr-FR",
  "Claire Dumesnil <claire.dumesnil@villemur-editions.example>",
  "RE: Entretien - Responsable communication digitale",
  """Bonjour Sam,

Je reviens vers vous suite à votre entretien avec Jérôme Baudry et moi-même jeudi dernier.

Nous avons beaucoup apprécié votre parcours et la qualité de nos échanges. Toutefois, après réflexion, nous ne donnerons pas suite à votre candidature pour le poste de Responsable communication digitale : nous avons fait le choix d'un profil ayant une connaissance plus approfondie du secteur de l'édition jeunesse.

Je me tiens à votre disposition si vous souhaitez un retour plus détaillé par téléphone.

Je vous souhaite bonne continuation dans vos recherches.

Bien cordialement,

Claire Dumesnil
Chargée de recrutement
Villemur Éditions
12, rue de l'Abbaye - 75006 Paris
Tél. : 01 44 27 63 90""",
  ("claire.dumesnil@villemur-editions.example", "Claire", "Villemur Éditions", "Responsable communication digitale"),
  notes="after interview, 'ne donnerons pas suite', offers phone feedback"),

R("mercadier-cabinet-client", "personal", "agency-recruiter", "fr-FR",
  "Thibault Rousseau <t.rousseau@cabinet-alderan.example>",
  "Laboratoires Mercadier - retour",
  """Bonjour Sam,

J'ai eu ce matin le retour des Laboratoires Mercadier suite à votre second entretien.

Ils ont été très sensibles à votre énergie et à votre vision de la marque, mais mon client a finalement fait le choix d'un autre candidat pour le poste de Brand Manager Dermocosmétique, dont l'expérience en circuit pharmacie a fait la différence.

Je sais que vous y croyiez beaucoup, et moi aussi. Je vous propose qu'on s'appelle en début de semaine prochaine : j'ai deux missions en cours qui pourraient vous correspondre.

Bien à vous,

Thibault Rousseau
Consultant Senior – Marketing & Digital
Cabinet Alderan
06 12 48 77 31""",
  ("t.rousseau@cabinet-alderan.example", "Thibault", "Laboratoires Mercadier", "Brand Manager Dermocosmétique"),
  notes="recruitment agency relays the client's decision"),

R("pixelmoulin-on-part-sur-quelquun", "personal", "personal-after-interview", "fr-FR",
  "Hugo Marchetti <hugo@pixelmoulin.example>",
  "Re: Suite à notre échange",
  """Salut Sam,

Merci pour ta relance et désolé pour le silence radio, on a eu une fin de mois un peu folle.

Pour être transparent : on part sur quelqu'un d'autre pour le poste de Lead Product Marketing. C'est une personne qu'on connaissait déjà via notre réseau et qui pouvait démarrer tout de suite, ce qui a beaucoup pesé.

J'ai vraiment aimé ta présentation sur la segmentation, sincèrement. Si tu passes à Lyon, on prend un café ?

Hugo
CPO – Pixelmoulin

Le lun. 26 oct. 2026 à 09:15, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Hugo,
> Je me permets de revenir vers toi concernant le poste de Lead Product
> Marketing. As-tu des nouvelles de votre côté ?
> Belle journée,
> Sam""",
  ("hugo@pixelmoulin.example", "Hugo", "Pixelmoulin", "Lead Product Marketing"),
  parent=True, client_html=True, notes="reply to Sam's chaser, casual 'on part sur quelqu'un d'autre', Gmail quote"),

R("terse-poste-pourvu", "personal", "terse", "fr-FR",
  "Nathalie Perrin <n.perrin@perrin-associes.example>",
  "Re: Candidature chargé(e) de marketing",
  """Bonjour,

Le poste est pourvu. Merci pour votre candidature.

Cordialement,
N. Perrin
Envoyé de mon iPhone""",
  ("n.perrin@perrin-associes.example", "Nathalie", "Perrin & Associés", "chargé(e) de marketing"),
  parent=True, client_html=False,
  headers={"X-Mailer": "iPhone Mail (21A351)"},
  notes="terse two lines from iPhone; company only in the Cc display name",
  cc="Perrin & Associés <contact@perrin-associes.example>"),

R("horlogerie-mise-en-situation", "personal", "after-assessment", "fr-CH",
  "Sophie Rochat <sophie.rochat@atelier-joux.example>",
  "Votre mise en situation – Product Manager Montres connectées",
  """Bonjour Sam,

Merci encore pour le temps consacré à l'exercice de mise en situation et pour votre présentation devant notre comité mardi.

Le comité a relevé la clarté de votre analyse concurrentielle. En revanche, la partie consacrée au pricing et au lancement en Asie ne répondait pas suffisamment aux attentes du poste de Product Manager Montres connectées. Au vu de l'ensemble des résultats, nous avons décidé de ne pas poursuivre le processus avec vous.

Je reste volontiers à disposition pour en parler de vive voix.

Meilleures salutations
Sophie Rochat
Responsable RH
Atelier de Joux SA · Le Sentier
+41 21 845 30 12""",
  ("sophie.rochat@atelier-joux.example", "Sophie", "Atelier de Joux", "Product Manager Montres connectées"),
  notes="Swiss, after case presentation, feedback before verdict"),

R("meuse-candidature-interne", "personal", "internal-candidate", "fr-BE",
  "Didier Lambotte <didier.lambotte@meusenergie.example>",
  "Poste de Marketing Lead Wallonie",
  """Bonjour Sam,

Je voulais vous tenir informé(e) personnellement de l'issue de la procédure pour le poste de Marketing Lead Wallonie.

Nous avons reçu en dernière minute la candidature d'une collègue de notre siège de Liège, et la direction a finalement privilégié une candidature interne, conformément à notre politique de mobilité. Ce n'est donc pas votre profil qui est en cause.

Je vous remercie pour votre disponibilité et je vous souhaite plein succès pour la suite.

Bien à vous,
Didier Lambotte
Directeur Marketing – MeusEnergie
+32 4 229 81 60""",
  ("didier.lambotte@meusenergie.example", "Didier", "MeusEnergie", "Marketing Lead Wallonie"),
  notes="Belgian, internal candidate preferred, 'bien à vous'"),

# ---------------- others, ATS ----------------
O("garonne-accuse-reception", "ats", "ack-received", "fr-FR",
  "Garonne Assurances <ne-pas-repondre@garonne.talent-soft.com>",
  "Accusé de réception de votre candidature",
  """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de Chef de projet marketing client et vous remercions de l'intérêt que vous portez à Garonne Assurances.

Votre dossier va être étudié avec la plus grande attention par nos équipes. En raison du grand nombre de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles. En l'absence de réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le Service Recrutement""",
  vendor="talentsoft", brand="Garonne Assurances", headers=AUTO,
  notes="acknowledgement with 'absence of reply = not retained' hedge"),

O("quai-teamtailor-invitation", "ats", "interview-invite", "fr-FR",
  "Quai Numérique <quainumerique@teamtailor-mail.com>",
  "Invitation à un entretien - Product Marketing Manager",
  """Bonjour Sam,

Bonne nouvelle ! Votre candidature pour le poste de Product Marketing Manager a retenu toute notre attention et nous aimerions vous rencontrer.

Ce premier entretien de 30 minutes se déroulera en visio avec Baptiste, notre Head of Marketing. Merci de réserver le créneau qui vous convient :

[[Choisir un créneau]]

À très vite,
L'équipe Quai Numérique""",
  vendor="teamtailor", brand="Quai Numérique", headers=AUTO,
  notes="interview invitation with booking link"),

O("apec-alerte-offres", "ats", "job-alert", "fr-FR",
  "Alertes Emploi <alertes@cadresemploi.example>",
  "8 nouvelles offres : Responsable marketing produit - Île-de-France",
  """Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte "Responsable marketing produit - Île-de-France" :

- Responsable Marketing Produit H/F – Solvène, Paris 9e – 60-70 k€
- Product Marketing Lead – Kaïros Data, Levallois-Perret
- Chef de produit senior – Biscuiterie Daunay, Nanterre
- Responsable marketing offre – Mutuelle Arvor, Paris 15e

[[Voir les 8 offres]]

Candidature non retenue ? Découvrez nos conseils pour rebondir : [[Lire l'article]]

L'équipe Cadres Emploi""",
  vendor="inhouse", brand="Cadres Emploi", headers=LIST,
  footer=["Vous recevez cet e-mail car vous avez créé une alerte. Gérer mes alertes / me désabonner : {unsub}"],
  notes="job alert digest with a 'candidature non retenue ?' advice teaser"),

O("cevennes-workable-promesse", "ats", "offer", "fr-FR",
  "Cévennes Outdoor <noreply@workablemail.com>",
  "Votre proposition d'embauche - Responsable Marketing Produit",
  """Bonjour Sam,

Nous avons le plaisir de vous adresser notre proposition d'embauche pour le poste de Responsable Marketing Produit en CDI, basé à Montpellier.

Vous trouverez le détail de l'offre (rémunération, date de démarrage, avantages) dans le document accessible via le lien ci-dessous. Nous vous remercions de bien vouloir nous faire part de votre réponse avant le 20 novembre ; passé ce délai, la proposition sera considérée comme déclinée.

[[Consulter et signer la proposition]]

Toute l'équipe se réjouit à l'idée de vous accueillir !
Élodie Fabre, DRH""",
  vendor="workable", brand="Cévennes Outdoor", headers=AUTO,
  notes="job offer with expiry 'considérée comme déclinée'"),

O("banque-credit-refuse", "ats", "non-job-rejection", "fr-FR",
  "Banque Hexa <service-client@banquehexa.example>",
  "Réponse à votre demande de prêt personnel",
  """Madame, Monsieur,

Nous avons bien étudié votre demande de prêt personnel n° PP-2026-884120 d'un montant de 12 000 €.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre demande. Cette décision a été prise sur la base des éléments transmis et de nos critères d'octroi.

Conformément à la réglementation, vous pouvez obtenir des explications auprès de votre conseiller ou de notre service réclamations.

Banque Hexa – Service Crédit""",
  vendor="inhouse", brand="Banque Hexa", headers=AUTO,
  footer=["Banque Hexa SA · Société anonyme au capital de 120 000 000 € · ORIAS 07 000 000", "Ne répondez pas à ce message. Données personnelles : {privacy}"],
  notes="personal loan declined with job-style wording"),

O("lumen-communaute-talents", "ats", "talent-pool", "fr-FR",
  "Lumen Pharma Carrières <talents@lumenpharma.smartrecruiters.com>",
  "Sam, rejoignez la communauté talents Lumen Pharma",
  """Bonjour Sam,

Vous avez récemment postulé chez Lumen Pharma et nous vous en remercions.

Que votre candidature aboutisse ou non, nous aimerions rester en contact avec vous. En rejoignant notre communauté talents, vous recevrez en avant-première nos offres en marketing et communication, ainsi que des invitations à nos événements.

[[Rejoindre la communauté]]

Votre candidature actuelle continue de suivre son cours normal ; nous reviendrons vers vous dès que possible.

L'équipe Marque Employeur, Lumen Pharma""",
  vendor="smartrecruiters", brand="Lumen Pharma", headers=LIST,
  notes="talent community invitation, no verdict, application still in progress"),

# ---------------- others, personal ----------------
O("sam-envoie-refus-candidat", "personal", "owner-sent", "fr-FR",
  "Sam Taylor <sam.taylor@example.org>",
  "Votre candidature – Chargé(e) d'études audience",
  """Bonjour Mathilde,

Merci encore pour le temps que vous nous avez consacré lors de l'entretien de mardi.

Après mûre réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste de Chargé(e) d'études audience au sein de notre bureau parisien. Votre profil est très intéressant, mais nous avons retenu une personne dont l'expérience en mesure TV correspond davantage à nos besoins immédiats.

Je vous souhaite le meilleur pour la suite.

Bien cordialement,
Sam Taylor
Head of Insights – Calder Street Media""",
  to="Mathilde Rigaud <mathilde.rigaud@mailbox.example>",
  notes="Sam's own sent rejection to a candidate (Sam is hiring)"),

O("cabinet-pitch-nouveaux-postes", "personal", "recruiter-outreach", "fr-FR",
  "Amélie Vasseur <amelie.vasseur@hunters-conseil.example>",
  "Opportunité Directeur·rice Marketing Produit – scale-up Fintech",
  """Bonjour Sam,

Je me permets de vous contacter car votre parcours chez Calder Street Media a retenu mon attention.

J'accompagne actuellement une scale-up fintech parisienne (Série C, 280 personnes) dans le recrutement de son/sa Directeur·rice Marketing Produit. Package : 110-130 k€ + BSPCE.

Je comprends tout à fait si le timing n'est pas le bon, mais seriez-vous disponible pour un échange de 15 minutes cette semaine ?

Bien cordialement,
Amélie Vasseur
Hunters Conseil – Executive Search
07 81 22 40 19""",
  notes="cold recruiter outreach"),

O("ondine-reponse-relance", "personal", "reply-to-owner-followup", "fr-CA",
  "Geneviève Tremblay <gtremblay@ondine-media.example>",
  "RE: Merci pour votre retour",
  """Bonjour Sam,

Pas besoin de vous excuser pour le délai, voyons! Merci pour votre beau message, ça fait chaud au cœur.

Avec plaisir, restons en contact. Je vous ai ajouté(e) sur LinkedIn et je penserai à vous dès qu'un mandat en stratégie de contenu s'ouvrira chez nous.

Au plaisir,
Geneviève Tremblay
Conseillère principale, acquisition de talents
Ondine Média | Montréal
514 555-0142

De : Sam Taylor <sam.taylor@example.org>
Envoyé : 12 novembre 2026 10:14
À : Geneviève Tremblay
Objet : Merci pour votre retour

Bonjour Geneviève,
Désolé(e) pour ma réponse tardive. Merci de m'avoir informé(e) que ma candidature n'avait pas été retenue ; j'ai beaucoup apprécié nos échanges et j'aimerais rester en contact.
Sam""",
  parent=True, wrap=False,
  notes="Québec, answer to Sam's thank-you after a rejection; verdict only in quote"),

O("collegue-refus-reunion", "personal", "non-job-rejection", "fr-FR",
  "Julien Morel <julien.morel@example.org>",
  "Refusé : Point hebdo Audience & Growth",
  """Julien Morel a refusé cette invitation.

Point hebdo Audience & Growth
Quand : jeudi 19 novembre 2026 10:00-10:30 (UTC+01:00) Paris
Où : Salle Rivoli / Teams

Message : Désolé Sam, je suis en formation toute la journée. Je t'envoie mes chiffres par mail.""",
  headers={"X-MS-Exchange-Organization-AuthAs": "Internal"},
  notes="declined meeting invitation from a colleague"),

O("fluvia-etape-suivante", "personal", "interview-invite", "fr-CA",
  "Marc-André Gagnon <ma.gagnon@fluvia.example>",
  "Prochaine étape – Gestionnaire marketing produit",
  """Bonjour Sam,

Merci pour l'entrevue de mardi, l'équipe a vraiment apprécié la discussion!

J'ai le plaisir de vous annoncer que vous passez à l'étape suivante du processus pour le poste de Gestionnaire marketing produit. Il s'agira d'une rencontre avec notre VP Marketing, Isabelle, ainsi qu'un court exercice à préparer (je vous enverrai les consignes d'ici vendredi).

Seriez-vous disponible le 24 ou le 25 novembre en après-midi?

Au plaisir,
Marc-André Gagnon
Partenaire d'affaires RH, Fluvia
418 555-0177""",
  notes="next-round invitation, Québec"),

O("amie-transfere-refus", "personal", "forwarded", "fr-FR",
  "Camille Bertin <camille.bertin@mailbox.example>",
  "Fwd: Votre candidature chez Oriflamme",
  """Coucou Sam,

Bon, encore un refus… Tu peux me dire ce que tu en penses ? Je ne sais pas si ça vaut le coup de leur répondre pour demander un retour. Tu es toujours de bon conseil pour ça.

Bises,
Camille

---------- Forwarded message ---------
De : Oriflamme Recrutement <recrutement@oriflamme.example>
Date : mer. 4 nov. 2026 à 17:02
Objet : Votre candidature chez Oriflamme
À : <camille.bertin@mailbox.example>

Bonjour Camille,
Nous vous remercions pour votre candidature au poste de Chargée de communication. Malheureusement, nous ne pouvons pas y donner une suite favorable.
Cordialement,
L'équipe RH Oriflamme""",
  wrap=False, notes="a friend forwards her own rejection asking for advice"),
]
