"""French hard negatives (12 ATS-style, 12 personal)."""
from content_common import A, P

O = "other"

MESSAGES = [
A("fr-welcome-accuse-reception-hedge", O, "ack-received", "fr", "welcome", "Maison Corbelle",
  "Maison Corbelle <no-reply@welcometothejungle.com>",
  "Nous avons bien reçu votre candidature",
  """Bonjour Sam,

Merci pour votre candidature au poste de Chef de projet CRM ! Elle a bien été transmise à l'équipe.

En raison du volume important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacun. Sans retour de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

À très vite peut-être,
L'équipe Talents de Maison Corbelle""",
  tags="hedging-ack; conditional-no", region="fr"),

A("fr-teamtailor-invitation-entretien", O, "interview-invite", "fr", "teamtailor", "Brasserie Delvaux",
  "Brasserie Delvaux <delvaux@teamtailor-mail.com>",
  "Invitation à un entretien – Trade Marketing Manager",
  """Bonjour Sam,

Bonne nouvelle : votre candidature pour le poste de Trade Marketing Manager a retenu toute notre attention ! Nous aimerions vous rencontrer pour un premier entretien visio de 30 minutes.

Choisissez votre créneau ici : [[Réserver un créneau]]

À bientôt,
L'équipe RH – Brasserie Delvaux""",
  tags="invite; retenu-word", region="be"),

A("fr-greenhouse-qc-prochaine-etape", O, "interview-invite", "fr", "greenhouse", "Boréal Numérique",
  "Boréal Numérique <no-reply@us.greenhouse-mail.io>",
  "Prochaine étape – Gestionnaire, croissance",
  """Bonjour Sam,

Merci pour votre entrevue avec Catherine. Nous n'avons pas l'habitude de faire attendre nos candidats, alors voici sans délai la suite : nous aimerions vous inviter à l'entrevue finale avec notre vice-présidente marketing.

Veuillez sélectionner une plage horaire : [[Choisir une plage]]

Au plaisir,
L'équipe d'acquisition de talents – Boréal Numérique""",
  tags="quebec; final-round; negation-opening", region="qc"),

A("fr-workable-test-technique", O, "assessment", "fr", "workable", "Nomadéo",
  "Nomadéo <noreply@workablemail.com>",
  "Nomadéo – Étude de cas à réaliser",
  """Bonjour Sam,

Suite à votre échange avec Inès, nous avons le plaisir de vous proposer l'étape suivante : une étude de cas à rendre sous 5 jours (environ 3 heures de travail).

Aucune candidature ne sera refusée sur la forme : ce qui nous intéresse, c'est votre raisonnement.

[[Accéder à l'étude de cas]]

L'équipe Nomadéo""",
  tags="assessment-invite; refusee-word", region="fr"),

A("fr-smartrecruiters-transfert", O, "requisition-transfer", "fr", "smartrecruiters", "Lumisol Énergies",
  "Lumisol Énergies <noreply@smartrecruiters.com>",
  "Votre candidature a été transférée",
  """Bonjour Sam,

L'offre Brand Manager Solaire à laquelle vous avez postulé a été clôturée suite à une réorganisation. Votre profil correspondant à notre nouvelle offre Brand Manager Mobilité Électrique, nous avons transféré votre candidature vers ce poste, comme convenu avec Lucie au téléphone.

Vous n'avez rien à faire ; l'équipe vous contactera prochainement.

Lumisol Énergies – Recrutement""",
  tags="requisition-closed-but-transferred", region="fr"),

A("fr-welcome-offre-embauche", O, "offer", "fr", "welcome", "Kopia",
  "Kopia <no-reply@welcometothejungle.com>",
  "Votre proposition d'embauche chez Kopia 🎉",
  """Bonjour Sam,

Nous sommes ravis de vous proposer le poste de Growth Marketing Manager chez Kopia ! Vous trouverez la promesse d'embauche en pièce jointe.

Merci de nous retourner votre réponse avant le 30 novembre. Sans réponse de votre part à cette date, la proposition sera considérée comme refusée.

Bienvenue (presque) à bord !
L'équipe Kopia""",
  tags="offer; refusee-in-expiry-clause", region="fr", button="Consulter la proposition"),

A("fr-indeed-alerte-emploi", O, "job-alert", "fr", "indeed", "Indeed",
  "Indeed <alert@indeed.com>",
  "12 nouveaux emplois : responsable marketing – Paris",
  """Nouveaux emplois correspondant à votre recherche « responsable marketing » à Paris :

- Responsable Marketing Digital – Maison Corbelle – Paris 3e
- Responsable Marketing B2B – Groupe Vauclair – La Défense
- Responsable Acquisition – Kopia – Paris 10e

Postulez facilement avec votre CV Indeed.

[[Voir tous les emplois]]""",
  tags="job-alert", region="fr", headers={"Precedence": "bulk"}),

A("fr-newsletter-conseils-refus", O, "newsletter", "fr", "inhouse", "Cadres Avenir",
  "Cadres Avenir – La Lettre <newsletter@cadres-avenir.example>",
  "Candidature refusée : comment rebondir ? | La Lettre n°142",
  """Au sommaire cette semaine :

- Refus après entretien : faut-il répondre au recruteur ? (oui, et voici un modèle)
- « Votre candidature n'a pas été retenue » : ce que cachent les réponses automatiques
- Salaires 2027 : les métiers du marketing en tête

[[Lire la lettre en ligne]]

Vous recevez cette lettre car vous êtes inscrit·e sur Cadres Avenir.""",
  tags="newsletter-about-rejection; quotes-rejection-phrase", region="fr", headers={"Precedence": "bulk"}),

A("fr-workable-retrait-confirme", O, "withdrawal-confirmation", "fr", "workable", "Atelier Roussel",
  "Atelier Roussel <noreply@workablemail.com>",
  "Confirmation du retrait de votre candidature",
  """Bonjour Sam,

Nous confirmons que vous avez retiré votre candidature au poste de Responsable Contenus. Votre dossier est désormais clôturé.

Nous regrettons votre décision et vous souhaitons une belle réussite dans votre nouveau poste.

Atelier Roussel""",
  tags="owner-withdrew; cloture-word", region="fr"),

A("fr-banque-credit-refuse", O, "non-job-rejection", "fr", "inhouse", "Banque du Léman",
  "Banque du Léman <ne-pas-repondre@banqueduleman.example>",
  "Votre demande de crédit n° 2026-55812",
  """Bonjour Sam Taylor,

Nous avons étudié avec attention votre demande de prêt personnel de 15 000 CHF.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre demande. Cette décision repose sur notre analyse de votre capacité de remboursement.

Votre conseiller reste à votre disposition.

Banque du Léman – Service Crédits""",
  tags="loan-declined; suite-favorable-wording", region="ch"),

A("fr-colis-refuse-retour", O, "non-job-rejection", "fr", "inhouse", "Colissimo",
  "Suivi Colis <suivi@colis-express.example>",
  "Votre colis 8R00012345678 a été refusé par le destinataire",
  """Bonjour,

Votre colis n° 8R00012345678 expédié le 10/11/2026 a été refusé par le destinataire et est en cours de retour vers l'expéditeur.

Suivre mon colis : [[Suivi en ligne]]

Colis Express – Service Clients""",
  tags="parcel-refused", region="fr"),

A("fr-systeme-rh-poste-de-sam", O, "owner-hiring", "fr", "recruitee", "Calder Street Media",
  "Calder Street Media <calderstreet@mail.recruitee.com>",
  "[Recruitee] 3 candidats disqualifiés – Chargé(e) d'études (votre offre)",
  """Bonjour Sam,

Résumé quotidien de votre offre Chargé(e) d'études – Paris :

{table}

Les e-mails de refus ont été envoyés automatiquement aux candidats disqualifiés.

[[Ouvrir le pipeline]]""",
  tags="owner-is-hiring-manager; hr-system-digest", region="fr",
  table=[("Nouveaux candidats", "7"), ("Disqualifiés", "3 (par Sam Taylor)"), ("Entretiens prévus", "2")]),

# ---------------- personal ----------------
P("fr-collegue-candidats-refuses", O, "owner-hiring", "fr",
  "Léa Fontaine <lea.fontaine@example.org>",
  "Chargé(e) d'études – refus envoyés",
  """Salut Sam,

C'est fait : j'ai envoyé les refus aux trois candidats qu'on a écartés hier. Une d'entre elles (Mme Haddad) demande un retour, je te laisse lui répondre ?

On garde donc Julien et Amandine pour le deuxième tour.

Bises,
Léa""",
  tags="owner-is-hiring-manager; colleague", region="fr"),

P("fr-reponse-a-remerciement", O, "reply-to-owner-followup", "fr",
  "Claire Dumoulin <claire.dumoulin@atelier-lisiere.example>",
  "RE: Suite à notre entretien – Responsable Marketing",
  """Bonjour Sam,

Merci beaucoup pour votre message, très élégant – et aucune excuse à avoir pour le délai ! Ce serait avec plaisir de rester en contact. Je vous ajoute sur LinkedIn.

Belle fin de semaine,
Claire

De : Sam Taylor
Envoyé : lundi 23 novembre 2026
Objet : RE: Suite à notre entretien – Responsable Marketing

Bonjour Claire, merci pour votre retour, même si j'aurais aimé une autre issue. Désolé(e) de répondre si tard.

> Après réflexion, nous avons fait le choix d'un autre profil, plus expérimenté sur le retail physique.""",
  tags="rejection-only-in-quote; keep-in-touch", region="fr", parent=True, parent_depth=2),

P("fr-reponse-question-autre-candidat", O, "answer-to-owner-question", "fr",
  "Mathieu Perrin <mathieu.perrin@cimes-outdoor.example>",
  "Re: Candidature Brand Manager – avez-vous retenu un autre candidat ?",
  """Bonjour Sam,

Non, pas du tout ! Nous n'avons retenu personne pour l'instant, et votre candidature est toujours en lice. Pardon pour le silence, nous étions sur le salon ISPO.

Seriez-vous disponible le 3 décembre pour un entretien avec notre directrice générale à Annecy ?

Bien à vous,
Mathieu Perrin
Cimes Outdoor

Le 25/11/2026, Sam Taylor a écrit :
> Bonjour M. Perrin, je me permets de vous demander si vous avez
> retenu un autre candidat pour le poste de Brand Manager ?""",
  tags="answer-to-owner-chaser; invitation; negation-opening", region="fr", parent=True),

P("fr-poste-en-suspens-encore-en-lice", O, "status-update", "fr",
  "Aurélie Masson <aurelie.masson@vignobles-masson.example>",
  "Point d'étape – Responsable Export Marketing",
  """Bonjour Sam,

Je vous donne des nouvelles : la décision sur le poste de Responsable Export Marketing est repoussée à janvier, le temps que nous bouclions les vendanges et le budget. Rien n'est tranché : vous faites partie des deux personnes que nous souhaitons revoir, et nous reviendrons vers vous début janvier pour fixer une date.

Bonnes fêtes d'avance,
Aurélie Masson
Vignobles Masson""",
  tags="delay; still-deciding; finalist", region="fr"),

P("fr-location-appartement-refus", O, "non-job-rejection", "fr",
  "Agence Immobilière du Parc <location@agence-du-parc.example>",
  "Votre dossier de location – T3 rue des Lilas",
  """Bonjour,

Nous vous remercions pour votre dossier de candidature concernant le T3 situé 14 rue des Lilas.

Le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Sandra – Agence Immobilière du Parc
01 00 00 22 33""",
  tags="rental-application; dossier-de-candidature", region="fr"),

P("fr-bourse-refusee", O, "non-job-rejection", "fr",
  "Fondation pour le Journalisme Local <bourses@fjl.example>",
  "Appel à projets 2027 – résultat",
  """Madame, Monsieur,

Le jury de la Fondation pour le Journalisme Local s'est réuni le 12 novembre. Votre projet « Carte des déserts d'information » n'a malheureusement pas été sélectionné pour un financement cette année.

Nous vous encourageons à candidater à nouveau lors de la prochaine session.

Le secrétariat de la Fondation""",
  tags="grant-declined; candidater-word", region="be"),

P("fr-recruteur-nouvelles-missions", O, "recruiter-outreach", "fr",
  "Julien Marchetti <j.marchetti@cabinet-orion.example>",
  "Deux nouvelles missions",
  """Bonjour Sam,

Comme vous le savez, la mission Directeur Marketing est toujours suspendue côté client. En attendant, j'ai deux nouvelles missions qui pourraient vous intéresser :

- Head of Brand, pure player e-commerce, Lyon
- Directeur Communication, ETI industrielle, Grenoble

Un appel rapide cette semaine ?

Julien Marchetti
Cabinet Orion""",
  tags="recruiter-pitch; mentions-suspended-role", region="fr"),

P("fr-ami-transfere-refus", O, "forwarded", "fr",
  "Bastien Roy <bastien.roy@courriel.example>",
  "Tr: Votre candidature chez Orféo Santé",
  """Sam, regarde ça… refusé sans même un entretien. Tu avais postulé là-bas aussi, non ? Tu as eu la même réponse ?

Bastien

-------- Message transféré --------
De : Orféo Santé <rh@orfeo-sante.example>
Objet : Votre candidature

Bonjour Bastien,
Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.""",
  tags="friend-forwards-own-rejection; same-company-as-sam-rejection", region="fr"),

P("fr-demande-reference-sam-referent", O, "reference-request", "fr",
  "Hélène Rousseau <helene.rousseau@editions-plume.example>",
  "Demande de référence – Camille Dubois",
  """Bonjour Sam,

Camille Dubois, que vous avez encadré(e) chez Calder Street Media, a postulé chez nous et vous a cité(e) comme référence. Auriez-vous 15 minutes cette semaine pour un appel ?

Nous hésitons encore entre deux finalistes, votre avis nous serait précieux.

Merci d'avance,
Hélène Rousseau
Éditions Plume""",
  tags="reference-request-sam-is-referee", region="fr"),

P("fr-reunion-refusee", O, "non-job-rejection", "fr",
  "Marc Delorme <marc.delorme@example.org>",
  "Refusé : Revue mensuelle audiences",
  """Marc Delorme a refusé cette invitation.

Désolé Sam, je suis en congé ce jour-là. Je regarderai l'enregistrement.""",
  tags="declined-meeting-invite; colleague", region="fr"),

P("fr-sam-decline-offre", O, "owner-sent", "fr",
  "Sam Taylor <sam.taylor@example.org>",
  "Re: Votre proposition d'embauche",
  """Bonjour Emma,

Merci infiniment pour la proposition et pour la qualité de tout le processus. Après beaucoup de réflexion, j'ai décidé de ne pas donner suite : j'ai accepté une autre offre plus proche de mon projet.

J'espère sincèrement que nos chemins se recroiseront.

Bien à vous,
Sam""",
  tags="owner-declines-offer; ne-pas-donner-suite", region="fr", to="Emma Leroy <emma.leroy@kopia.example>",
  parent=True, parent_domain="kopia.example"),

P("fr-proposition-conference-refusee", O, "non-job-rejection", "fr",
  "Comité de programme Marketing Days Bruxelles <cfp@marketingdays.example>",
  "Votre proposition d'intervention",
  """Bonjour Sam,

Merci pour votre proposition « Mesurer l'attention, pas les clics ». Le comité a reçu plus de 300 propositions et n'a malheureusement pas pu retenir la vôtre pour l'édition 2027.

Nous espérons vous compter parmi les participants !

Le comité de programme""",
  tags="talk-proposal-declined", region="be"),
]
