"""French hard negatives: 15 ATS-style, 15 personal."""
from content_common import M

O = "other"
MESSAGES = [
# ---------------- ATS ----------------
M("fr-wttj-accuse-reception-hedge", O, "ack-received", "fr", "ats",
  "Maison Verveine via Welcome to the Jungle <no-reply@welcometothejungle.com>",
  "Candidature bien reçue 🌿",
  """Bonjour Sam,

Nous avons bien reçu votre candidature pour le poste de Chef de produit Soin (CDI) et nous vous en remercions.

Notre équipe va l'étudier avec attention dans les prochains jours. Que la réponse soit positive ou non, nous nous engageons à revenir vers vous dans un délai de 15 jours ouvrés.

À très vite,
L'équipe Talents de Maison Verveine""",
  vendor="wttj", brand="Maison Verveine", region="FR",
  notes="acknowledgement; 'positive ou non'"),
M("fr-apec-ar-sans-nouvelles", O, "ack-received", "fr", "ats",
  "Apec <ne-pas-repondre@apec.fr>",
  "Votre candidature a bien été transmise",
  """Bonjour Sam Taylor,

Votre candidature à l'offre « Responsable communication interne H/F » de Clinique des Tilleuls a bien été transmise au recruteur.

Message du recruteur : « En raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement à chacun. Les candidats présélectionnés seront contactés sous trois semaines. »

Suivez l'avancement de vos candidatures dans votre espace : [[Mes candidatures]]""",
  vendor="apec", brand="Apec", region="FR",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  notes="ack via job board; 'cannot reply to everyone' hedge"),
M("fr-lever-qc-invitation-entrevue", O, "interview-invite", "fr", "ats",
  "Nordique Numérique <no-reply@hire.lever.co>",
  "Invitation à une entrevue – Gestionnaire de produit, Données",
  """Bonjour Sam,

Bonne nouvelle! L'équipe aimerait te rencontrer pour une première entrevue de 30 minutes pour le poste de Gestionnaire de produit, Données.

Merci de choisir une plage horaire qui te convient (heure de l'Est) :

[[Choisir une plage horaire]]

Si aucune plage ne fonctionne, écris à Geneviève (genevieve.tremblay@nordiquenumerique.example) plutôt que de répondre à ce courriel.

Au plaisir!
L'équipe Talents, Nordique Numérique""",
  vendor="lever", brand="Nordique Numérique", region="QC", button="Choisir une plage horaire",
  notes="Québec interview invite from company that rejected Sam for another role"),
M("fr-smartrecruiters-test-personnalite", O, "assessment-invite", "fr", "ats",
  "Brasserie Van Damme-Lefèvre <vandammelefevre@smartrecruiters.com>",
  "Étape suivante : questionnaire en ligne",
  """Chère Sam,

Votre candidature au poste de Trade Marketing Manager a retenu notre attention !

Afin de poursuivre le processus, nous vous invitons à compléter un questionnaire de personnalité (environ 25 minutes) avant le 20 novembre :

[[Commencer le questionnaire]]

Il n'y a pas de bonnes ou de mauvaises réponses. Les résultats vous seront communiqués, que votre candidature soit retenue ou non.

Cordialement,
Le service Recrutement""",
  vendor="smartrecruiters", brand="Brasserie Van Damme-Lefèvre", region="BE",
  notes="assessment invite; 'retenue ou non'"),
M("fr-hellowork-alerte-emploi", O, "job-alert", "fr", "ats",
  "HelloWork Alertes <alertes@hellowork.com>",
  "8 nouvelles offres : Responsable marketing – Nantes",
  """Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte « Responsable marketing – Nantes » :

- Responsable marketing produit H/F – Océane Cosmétiques – Nantes – CDI
- Chargé(e) de marketing digital – Groupe Lemoine – Saint-Herblain – CDI
- Head of Marketing – Voilerie Atlantique – Nantes – CDI
- Responsable communication – Ville de Rezé-sur-Loire – Fonction publique

Une offre que vous aviez consultée n'est plus disponible : « Chef de projet marketing – Atelier Lumen ».

[[Voir toutes les offres]]""",
  vendor="hellowork", brand="HelloWork", region="FR",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  notes="job alert; a consulted offer 'plus disponible'"),
M("fr-workday-transfert-offre", O, "requisition-transfer", "fr", "ats",
  "Groupe Orsenne <orsenne@myworkday.com>",
  "Votre candidature a été rattachée à une autre offre",
  """Madame, Monsieur,

L'offre JR-55140 « Chargé(e) de marketing partenaires » à laquelle vous aviez postulé a été clôturée, le poste ayant été fusionné avec un autre.

Votre profil correspondant aux attentes du nouveau poste, votre candidature y a été transférée automatiquement :

{table}

Vous n'avez aucune action à effectuer. Un(e) chargé(e) de recrutement reviendra vers vous prochainement.

Direction des Ressources Humaines""",
  vendor="workday", brand="Groupe Orsenne", region="FR",
  table=[("Nouvelle offre", "Partner Marketing Lead (JR-55188)"), ("Statut", "Candidature en cours d'examen")],
  notes="requisition transfer; old offer closed"),
M("fr-teamtailor-vivier-bienvenue", O, "talent-pool", "fr", "ats",
  "Pépite <no-reply@teamtailor.com>",
  "Bienvenue dans la communauté Pépite 💛",
  """Hello Sam !

Merci d'avoir rejoint notre communauté de talents. Tu n'as postulé à aucun poste pour l'instant, et c'est très bien comme ça : on te préviendra dès qu'un job correspondant à ton profil (Marketing, Produit) sera publié.

[[Gérer mes préférences]]

À bientôt,
La team Pépite""",
  vendor="teamtailor", brand="Pépite", region="FR",
  notes="talent community welcome; no verdict"),
M("fr-icims-statut-en-cours", O, "status-update", "fr", "ats",
  "Carrières Vallauris Santé <do-not-reply@talent.icims.com>",
  "Mise à jour du statut de votre candidature",
  """Bonjour Sam Taylor,

Le statut de votre candidature a été mis à jour dans notre portail carrières.

{table}

Connectez-vous à votre espace candidat pour consulter le détail : [[Espace candidat]]

Merci de l'intérêt porté à Vallauris Santé.""",
  vendor="icims", brand="Vallauris Santé", region="FR", html_only=True,
  table=[("Poste", "Chef de projet communication digitale"), ("Numéro", "2026-8902"), ("Statut", "Entretien planifié")],
  notes="same template as a status rejection; status interview planned"),
M("fr-interne-offre-en-pause", O, "owner-hiring", "fr", "ats",
  "Flatchr – Calder Street Media <notifications@flatchr.example.org>",
  "[Calder Street Media] Votre offre « Stagiaire marketing » a été mise en pause",
  """Bonjour Sam,

L'offre « Stagiaire marketing (6 mois) » dont vous êtes le/la manager recruteur a été mise en pause par Élise Moreau (RH).

Motif : gel des recrutements de stagiaires jusqu'en janvier.

Les 14 candidats en cours ont reçu un message automatique les informant que le processus est suspendu. Vous pouvez rouvrir l'offre à tout moment.

[[Ouvrir l'offre]]""",
  vendor="internal", brand="Calder Street Media", region="FR",
  notes="Sam is hiring; own requisition paused"),
M("fr-banque-pret-refuse", O, "non-job-rejection", "fr", "ats",
  "Crédit Riverain <noreply@credit-riverain.example>",
  "Réponse à votre demande de crédit n° 2026-77812",
  """Bonjour Sam Taylor,

Nous avons étudié avec attention votre demande de prêt personnel d'un montant de 15 000 €.

Après analyse de votre dossier, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre demande. Cette décision repose notamment sur votre taux d'endettement actuel.

Conformément à la réglementation, vous pouvez obtenir des informations complémentaires auprès de votre conseiller.

Crédit Riverain – Service Crédits""",
  vendor="portal", brand="Crédit Riverain", region="FR",
  notes="loan declined; 'suite favorable' phrasing"),
M("fr-revue-article-refuse", O, "non-job-rejection", "fr", "ats",
  "Revue Médias & Société <noreply@revues-editorial.example>",
  "Décision concernant votre manuscrit MS-2026-0412",
  """Cher auteur, chère autrice,

Nous vous remercions d'avoir soumis votre article « Abonnements numériques et fidélité des lecteurs dans la presse régionale » à la revue Médias & Société.

Après évaluation par deux relecteurs anonymes, le comité de rédaction a décidé de ne pas retenir votre manuscrit pour publication. Vous trouverez les rapports des évaluateurs ci-dessous.

[[Consulter les rapports]]

Le secrétariat de rédaction""",
  vendor="portal", brand="Médias & Société", region="FR",
  notes="academic paper rejected; 'ne pas retenir votre manuscrit'"),
M("fr-immo-dossier-location", O, "non-job-rejection", "fr", "ats",
  "LocaParis <messages@locaparis.example>",
  "Réponse à votre dossier – T2 Paris 11e",
  """Bonjour Sam Taylor,

L'agence Foncia-Bastille (fictive) a répondu à votre dossier pour l'annonce « T2 lumineux 42 m² – Paris 11e – 1 390 € CC » :

« Nous vous remercions pour votre dossier complet. Le propriétaire a retenu une autre candidature. Nous vous souhaitons de trouver rapidement un logement. »

[[Voir des annonces similaires]]""",
  vendor="portal", brand="LocaParis", region="FR",
  headers={"List-Unsubscribe": "<{unsub}>"},
  notes="rental application; 'a retenu une autre candidature'"),
M("fr-linkedin-candidature-envoyee", O, "ack-received", "fr", "ats",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Sam, votre candidature a été envoyée à Rivage Assurances",
  """Votre candidature a été envoyée à Rivage Assurances

Chargé(e) de communication digitale
Rivage Assurances · Nantes (hybride)
Candidature envoyée le 4 nov. 2026

Vous pouvez suivre l'état de votre candidature dans Mes offres d'emploi. Si l'entreprise ne retient pas votre profil, vous en serez peut-être informé(e) ici.

[[Voir la candidature]]

Offres similaires : [[Responsable contenu – Nantes]] · [[Brand Manager – Rennes]]""",
  vendor="linkedin", brand="LinkedIn", region="FR",
  headers={"List-Unsubscribe": "<{unsub}>"},
  notes="LinkedIn application sent; hedging line"),
M("fr-promesse-embauche", O, "offer", "fr", "ats",
  "Ondine Énergies via Yousign <noreply@yousign.example>",
  "Promesse d'embauche à signer – Ondine Énergies",
  """Bonjour Sam Taylor,

Ondine Énergies vous invite à signer électroniquement le document suivant :

Promesse d'embauche – Responsable Communication Digitale (CDI)

Ce document expire le 28/11/2026. Passé ce délai, la proposition sera caduque.

[[Consulter et signer]]

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
  vendor="portal", brand="Ondine Énergies", region="FR",
  notes="offer e-signature; earlier role at same company was eliminated"),
M("fr-taleez-retrait-confirme", O, "withdrawal-confirmation", "fr", "ats",
  "Atelier Lumen <noreply@taleez.com>",
  "Confirmation du retrait de votre candidature",
  """Bonjour Sam,

Nous vous confirmons le retrait de votre candidature au poste de Responsable partenariats, effectué depuis votre espace candidat le 12/11/2026.

Votre candidature est désormais close et ne sera plus étudiée. Vous pouvez postuler de nouveau à tout moment.

L'équipe RH – Atelier Lumen""",
  vendor="taleez", brand="Atelier Lumen", region="FR",
  notes="Sam withdrew; 'candidature close'"),
# ---------------- personal ----------------
M("fr-perso-invitation-entretien", O, "interview-invite", "fr", "personal",
  "Isabelle Fontaine <isabelle.fontaine@groupe-aquilon.example>",
  "Invitation à un entretien – Responsable marketing client",
  """Bonjour Sam,

Votre candidature au poste de Responsable marketing client a retenu toute notre attention et je souhaiterais vous proposer un entretien avec moi-même et Fabien Caron, directeur marketing.

Seriez-vous disponible le mardi 24 novembre à 11h, dans nos locaux de La Défense (tour Aquilon, 18e étage) ? Sinon, le jeudi 26 en fin de journée est également possible.

Dans l'attente de votre retour, je vous souhaite une bonne journée.

Isabelle Fontaine
Chargée de recrutement – Groupe Aquilon
01 55 55 90 12""",
  region="FR", notes="interview invite; 'a retenu toute notre attention'"),
M("fr-perso-qc-deuxieme-tour", O, "progress", "fr", "personal",
  "Maxime Gagnon <maxime.gagnon@boreal-studios.example>",
  "Deuxième ronde!",
  """Salut Sam,

Bonne nouvelle : on a reçu plus de 150 candidatures pour le poste de directeur(trice) du marketing pis on a dû refuser beaucoup de monde, mais toi tu passes à la deuxième ronde!

Ce serait une rencontre d'une heure avec notre présidente, Karine. Es-tu dispo mardi ou mercredi prochain en après-midi?

Max""",
  region="QC", notes="Québec next round; 'on a dû refuser beaucoup de monde'"),
M("fr-perso-offre-lu", O, "offer", "fr", "personal",
  "Camille Schmit <camille.schmit@moselle-logistics.example>",
  "Proposition d'engagement – Communication Manager",
  """Bonjour Sam,

Suite à nos entretiens, j'ai le plaisir de vous proposer le poste de Communication Manager au sein de Moselle Logistics, en CDI, à compter du 1er février 2027.

Vous trouverez ci-joint notre proposition détaillée. Comme évoqué, nous ne sommes malheureusement pas en mesure d'aller au-delà de la rémunération indiquée, mais nous avons ajouté deux jours de télétravail par semaine.

Merci de nous faire part de votre décision d'ici le 27 novembre.

Meilleures salutations,
Camille Schmit
HR Business Partner""",
  region="LU", notes="offer with 'malheureusement pas en mesure' about salary; earlier rejection for another role by same person",
  attach=[("Proposition_Moselle_Logistics.pdf", "application/pdf", "%PDF-1.4\n% fictional offer letter\n%%EOF\n")]),
M("fr-perso-cabinet-nouvelles-missions", O, "recruiter-outreach", "fr", "personal",
  "Julien Fabre <j.fabre@talentis-conseil.example>",
  "Deux nouvelles missions qui pourraient vous plaire",
  """Bonjour Sam,

J'espère que vous allez bien depuis notre dernier échange. Comme vous le savez, la mission chez Mireval est restée en suspens, mais j'ai depuis été mandaté sur deux postes qui me font penser à vous :

- Head of Product Marketing pour une scale-up de la fintech (Paris, 90-100 k€)
- Directeur/trice marketing digital pour un groupe de médias régional (Bordeaux)

Seriez-vous disponible pour un appel cette semaine ?

Bien cordialement,
Julien Fabre
Talentis Conseil""",
  region="FR", notes="agency pitch; mentions earlier mission on hold"),
M("fr-perso-demande-reference", O, "reference-request", "fr", "personal",
  "Mathilde Roussel <mathilde.roussel@caravelle-media.example>",
  "Prise de références – Chloé Martin",
  """Bonjour Sam,

Chloé Martin, qui postule chez nous au poste de Responsable éditoriale, vous a cité(e) comme référence. Elle nous a indiqué que vous l'aviez encadrée chez Calder Street Media pendant deux ans.

Auriez-vous un créneau de 15 minutes cette semaine pour un échange téléphonique ? Vos retours resteront bien entendu confidentiels.

Merci par avance,
Mathilde Roussel
Talent Acquisition – Caravelle Média
06 55 55 48 33""",
  region="FR", notes="reference request"),
M("fr-perso-collegue-candidats", O, "owner-hiring", "fr", "personal",
  "Élise Moreau <elise.moreau@example.org>",
  "Re: Stagiaire marketing – short-list",
  """Salut Sam,

OK pour moi, j'envoie les refus aux candidats que tu as écartés (Bernard, Nguyen, Petit) demain matin avec le modèle standard. Pour Léa Girard, tu confirmes qu'on ne la retient pas non plus ? Elle avait fait un bon entretien avec Hugo.

Et on garde bien Maël pour le deuxième entretien jeudi ?

Élise
RH – Calder Street Media""",
  region="FR", parent=True, parent_domain="example.org",
  notes="colleague; Sam is hiring; rejections of candidates"),
M("fr-perso-sam-refus-candidat", O, "owner-sent", "fr", "personal",
  "Sam Taylor <sam.taylor@example.org>",
  "Votre candidature – Stagiaire marketing",
  """Bonjour Léa,

Merci beaucoup pour votre candidature et pour notre échange avec Hugo la semaine dernière.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour ce stage : nous cherchons quelqu'un avec un peu plus d'expérience en analyse de données. Ce n'était pas un choix facile, votre motivation nous a beaucoup plu.

Je vous souhaite une belle réussite dans vos recherches.

Bien cordialement,
Sam Taylor
Calder Street Media""",
  to="Léa Girard <lea.girard@etu-mail.example>", region="FR",
  notes="Sam's own sent rejection to a candidate"),
M("fr-perso-sam-remerciement-apres-refus", O, "owner-sent", "fr", "personal",
  "Sam Taylor <sam.taylor@example.org>",
  "RE: Suite à notre entretien",
  """Bonjour Claire,

Merci d'avoir pris le temps de m'annoncer la nouvelle vous-même, j'y suis sensible. Je reste très intéressé(e) par les Éditions Saint-Paul et serais ravi(e) d'être recontacté(e) si un poste en marketing se libère.

Bien à vous,
Sam

> Après de longues discussions avec la direction éditoriale, nous avons
> décidé de ne pas retenir votre candidature pour le poste de Responsable
> marketing éditorial.""",
  to="Claire Dumoulin <claire.dumoulin@editions-saintpaul.example>", region="FR", parent=True,
  parent_domain="editions-saintpaul.example", wrap=False,
  notes="Sam's own follow-up quoting a rejection"),
M("fr-perso-reponse-au-suivi", O, "reply-to-owner-followup", "fr", "personal",
  "Claire Dumoulin <claire.dumoulin@editions-saintpaul.example>",
  "RE: RE: Suite à notre entretien",
  """Bonjour Sam,

Merci pour votre très gentil message, aucune excuse à avoir ! Nous serions ravis de rester en contact et je n'hésiterai pas à revenir vers vous dès qu'une opportunité se présente.

Bien à vous,
Claire

De : Sam Taylor
Envoyé : mardi 17 novembre 2026 09:30
Objet : RE: Suite à notre entretien

Merci d'avoir pris le temps de m'annoncer la nouvelle vous-même, j'y suis sensible.

> ... nous avons décidé de ne pas retenir votre candidature pour le
> poste de Responsable marketing éditorial.""",
  region="FR", parent=True, parent_depth=2, wrap=False,
  notes="reply to Sam's follow-up; rejection only in quote"),
M("fr-perso-reponse-question-finaliste", O, "answer-to-owner-question", "fr", "personal",
  "Sophie Bertrand <sophie.bertrand@kermadec-voyages.example>",
  "RE: Question sur le poste de Responsable fidélisation",
  """Bonjour Sam,

Non, rassurez-vous, nous n'avons retenu personne pour l'instant ! Vous faites partie des deux finalistes et la directrice générale souhaiterait vous rencontrer pour un dernier échange.

Seriez-vous disponible vendredi 27 novembre à 15h ?

Bien cordialement,
Sophie Bertrand
Chargée de recrutement – Kermadec Voyages

> Bonjour Sophie, avez-vous déjà retenu un autre candidat pour le poste
> de Responsable fidélisation ? Bien cordialement, Sam""",
  region="FR", parent=True, wrap=False,
  notes="answer to Sam's question = final interview invite"),
M("fr-perso-en-attente-toujours-en-lice", O, "still-deciding", "fr", "personal",
  "Thomas Rivière <thomas.riviere@rivage-assurances.example>",
  "Point d'étape – Responsable relations presse",
  """Bonjour Sam,

Je voulais vous tenir informé(e) : notre décision pour le poste de Responsable relations presse prendra un peu plus de temps que prévu, le comité de direction devant d'abord valider le budget 2027.

Votre candidature reste bien entendu active et vous êtes toujours en lice. Nous reviendrons vers vous au plus tard mi-décembre.

Merci pour votre patience,
Thomas Rivière
Directeur de la communication
Rivage Assurances""",
  region="FR", notes="decision delayed; still in the running"),
M("fr-perso-reunion-refusee", O, "non-job-rejection", "fr", "personal",
  "Hugo Lambert <hugo.lambert@example.org>",
  "Refusé : Revue hebdo contenus",
  """Hugo Lambert a refusé cette invitation.

Quand : mercredi 18 novembre 2026 14:00–15:00 (UTC+01:00) Paris
Où : Salle Gutenberg

Désolé Sam, je suis en tournage toute l'après-midi. Je t'envoie mes points par écrit.""",
  region="FR", notes="declined meeting invite"),
M("fr-perso-conference-refus", O, "non-job-rejection", "fr", "personal",
  "Comité de programme Rencontres du Marketing <programme@rencontres-marketing.example>",
  "Votre proposition d'intervention",
  """Bonjour Sam,

Merci d'avoir proposé l'intervention « Mesurer la fidélité des lecteurs sans cookies » pour les Rencontres du Marketing de Lyon 2027.

Le comité a reçu plus de 200 propositions. Nous sommes au regret de vous annoncer que votre intervention n'a pas été sélectionnée cette année. Nous espérons vous compter parmi les participants !

Bien cordialement,
Le comité de programme""",
  region="FR", notes="conference talk not selected"),
M("fr-perso-amie-transfert", O, "forwarded", "fr", "personal",
  "Margaux Leroy <margaux.leroy@courriel.example>",
  "Tr: Votre candidature chez Groupe Aquilon",
  """Coucou Sam,

Regarde ce que je viens de recevoir... Tu crois que ça vaut le coup de leur demander un retour ? Je ne sais pas comment formuler ça sans paraître amère.

Bises,
Margaux

-------- Message transféré --------
De : Groupe Aquilon <recrutement@groupe-aquilon.example>
Date : 10/11/2026 17:45
Objet : Votre candidature chez Groupe Aquilon

Madame,
Nous sommes au regret de vous informer que votre candidature au poste de Chargée d'études marketing n'a pas été retenue.
Cordialement,
Le service Recrutement""",
  region="FR", wrap=False, notes="friend forwards her rejection"),
M("fr-perso-entretien-reporte", O, "reschedule", "fr", "personal",
  "Nathalie Lambert <nathalie.lambert@mutualite-wallonne.example>",
  "Report de l'épreuve orale – Chargé(e) de projets digitaux",
  """Bonjour,

En raison de l'indisponibilité d'un membre du jury, nous sommes contraints d'annuler l'épreuve orale prévue le 19 novembre pour la fonction de chargé(e) de projets digitaux.

Rassurez-vous, votre candidature reste retenue pour cette épreuve : elle est reportée au jeudi 3 décembre à 9h30, au même endroit. Merci de confirmer votre présence par retour de courriel.

Nathalie Lambert
Conseillère RH – Sélection
Mutualité Wallonne""",
  region="BE", notes="interview cancelled and rescheduled; candidacy kept"),
]
