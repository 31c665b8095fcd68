"""French rejections: 15 ATS-style, 15 personal."""
from content_common import M

R = "rejection"
MESSAGES = [
# ---------------- ATS ----------------
M("fr-wttj-suite-defavorable", R, "ats-automated", "fr", "ats",
  "Maison Verveine via Welcome to the Jungle <no-reply@welcometothejungle.com>",
  "Votre candidature chez Maison Verveine",
  """Bonjour Sam,

Nous vous remercions pour l'intérêt que vous portez à Maison Verveine et pour votre candidature au poste de Responsable Marketing Digital (CDI).

Après étude attentive de votre profil, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents de Maison Verveine""",
  ("", "", "Maison Verveine", "Responsable Marketing Digital (CDI)"),
  vendor="wttj", brand="Maison Verveine", region="FR",
  about="Maison Verveine, c'est 120 passionnés qui réinventent la cosmétique bio depuis Grasse. Certifiée B Corp depuis 2023.",
  notes="ordinary 'suite favorable' wording"),
M("fr-apec-statut-non-retenue", R, "job-board-relay", "fr", "ats",
  "Apec <ne-pas-repondre@apec.fr>",
  "Du nouveau sur votre candidature",
  """Bonjour Sam Taylor,

Le recruteur a mis à jour le statut de votre candidature.

{table}

Retrouvez toutes vos candidatures dans votre espace Apec.

[[Accéder à mes candidatures]]

Besoin d'aide pour rebondir ? Un consultant Apec peut vous accompagner gratuitement : [[Prendre rendez-vous]]""",
  ("", "", "Groupe Hospitalier Saint-Aubin", "Chargé de communication H/F"),
  vendor="apec", brand="Apec", region="FR",
  table=[("Offre", "Chargé de communication H/F"), ("Entreprise", "Groupe Hospitalier Saint-Aubin"), ("Réf.", "172934851W"), ("Statut", "Candidature non retenue")],
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  notes="job-board status relay; verdict only in table"),
M("fr-taleez-poste-pourvu", R, "role-filled", "fr", "ats",
  "Atelier Lumen <noreply@taleez.com>",
  "Chef de projet marketing – Atelier Lumen",
  """Bonjour Sam,

Merci pour votre candidature au poste de Chef de projet marketing.

Nous vous informons que ce poste est désormais pourvu. Nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.

Bien cordialement,
Élodie Marchand
Responsable RH – Atelier Lumen""",
  ("", "Élodie", "Atelier Lumen", "Chef de projet marketing"),
  vendor="taleez", brand="Atelier Lumen", region="FR",
  notes="'poste désormais pourvu'; short"),
M("fr-workday-lumiere-longue", R, "ats-automated", "fr", "ats",
  "Groupe Orsenne <orsenne@myworkday.com>",
  "Groupe Orsenne – Mise à jour de votre candidature (JR-55102)",
  """Madame, Monsieur,

Nous vous remercions de l'intérêt que vous avez manifesté pour le Groupe Orsenne en postulant à l'offre Product Marketing Manager – Solutions Entreprises (JR-55102).

Le Groupe Orsenne, leader européen des services de paiement, accompagne plus de 40 000 commerçants dans 12 pays. Nous avons été élus Top Employer France 2026 et sommes engagés en faveur de la diversité et de l'inclusion : tous nos postes sont ouverts aux personnes en situation de handicap.

Nous avons reçu un grand nombre de candidatures de grande qualité. Après un examen approfondi, nous avons décidé de poursuivre le processus avec d'autres candidats dont le profil correspond plus étroitement à nos besoins actuels.

Vos données seront conservées pendant deux ans dans notre base de candidats, sauf opposition de votre part via votre espace candidat, conformément au Règlement général sur la protection des données (RGPD).

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Direction des Ressources Humaines""",
  ("", "", "Groupe Orsenne", "Product Marketing Manager – Solutions Entreprises"),
  vendor="workday", brand="Groupe Orsenne", region="FR",
  notes="verdict buried after corporate boilerplate; RGPD; en dash in role"),
M("fr-teamtailor-tu-startup", R, "ats-automated", "fr", "ats",
  "Pépite <no-reply@teamtailor.com>",
  "Ta candidature chez Pépite 💛",
  """Hello Sam !

Merci mille fois d'avoir postulé pour le job de Growth Manager chez Pépite. On a lu ta candidature avec attention (promis, on lit tout !).

On ne va malheureusement pas avancer ensemble sur ce poste : on cherche quelqu'un avec une expérience plus poussée en acquisition payante sur mobile.

On garde ton profil sous le coude si tu es d'accord – tu peux gérer ça ici : [[Mes données]]

Belle route à toi,
La team Pépite""",
  ("", "", "Pépite", "Growth Manager"),
  vendor="teamtailor", brand="Pépite", region="FR",
  notes="tutoiement; 'on ne va pas avancer ensemble'; keep profile question"),
M("fr-smartrecruiters-be-vivier", R, "keep-on-file", "fr", "ats",
  "Brasserie Van Damme-Lefèvre <vandammelefevre@smartrecruiters.com>",
  "Votre candidature – Brand Manager Bières Spéciales",
  """Chère Sam,

Merci pour votre candidature au poste de Brand Manager Bières Spéciales à Bruxelles.

Votre parcours a retenu toute notre attention. Toutefois, d'autres profils correspondaient davantage aux exigences du poste, notamment en ce qui concerne la connaissance du marché belge et le néerlandais courant. Nous ne retiendrons donc pas votre candidature pour cette fonction.

Avec votre accord, nous souhaitons conserver votre CV dans notre vivier de talents afin de vous recontacter pour de futures opportunités. [[J'accepte]] · [[Je refuse]]

Cordialement,
Le service Recrutement
Brasserie Van Damme-Lefèvre SA""",
  ("", "", "Brasserie Van Damme-Lefèvre", "Brand Manager Bières Spéciales"),
  vendor="smartrecruiters", brand="Brasserie Van Damme-Lefèvre", region="BE",
  notes="Belgium; 'ne retiendrons pas'; talent pool consent"),
M("fr-portail-fonction-publique", R, "public-sector", "fr", "ats",
  "Choisir le service public <ne-pas-repondre@place-emploi-public.example>",
  "Suite donnée à votre candidature – offre 2026-1184532",
  """Madame, Monsieur,

Vous avez candidaté sur l'offre « Chargé(e) de mission communication numérique – catégorie A » publiée par la Direction départementale des territoires du Val-de-Brenne.

Nous vous informons que le recrutement est désormais clos. Le jury n'a pas retenu votre candidature à l'issue de la phase de présélection sur dossier.

Nous vous remercions de l'intérêt porté au service public et vous invitons à consulter régulièrement les offres publiées sur la plateforme.

Le service des ressources humaines
DDT du Val-de-Brenne""",
  ("", "", "Direction départementale des territoires du Val-de-Brenne", "Chargé(e) de mission communication numérique"),
  vendor="portal", brand="Choisir le service public", region="FR",
  notes="fonction publique portal; jury; recruitment closed"),
M("fr-indeed-relais-court", R, "job-board-relay", "fr", "ats",
  "Indeed <noreply@indeed.com>",
  "Une mise à jour de Cabinet Rochambeau Conseil",
  """Mise à jour de votre candidature

Cabinet Rochambeau Conseil a examiné votre candidature pour le poste Consultant(e) Communication Corporate.

L'employeur a indiqué qu'il ne poursuivrait pas votre candidature.

Ne vous découragez pas : 34 nouveaux emplois correspondent à votre recherche « communication corporate Lyon ».

[[Voir les offres]]""",
  ("", "", "Cabinet Rochambeau Conseil", "Consultant(e) Communication Corporate"),
  vendor="indeed", brand="Indeed", region="FR",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  notes="Indeed status relay; short verdict; job suggestions"),
M("fr-jobsch-romandie-ss", R, "ats-automated", "fr", "ats",
  "Banque Cantonale du Léman <noreply@jobs.ch>",
  "Votre postulation – Responsable communication clients 80-100%",
  """Madame, Monsieur,

Nous accusons réception de votre dossier de candidature pour le poste de Responsable communication clients 80-100% et vous en remercions.

Après un examen attentif, nous sommes au regret de vous informer que votre profil ne correspond pas suffisamment aux exigences du poste. Nous ne sommes donc pas en mesure de donner suite à votre postulation.

Votre dossier sera détruit conformément à la loi fédérale sur la protection des données.

Avec nos meilleures salutations

Banque Cantonale du Léman
Ressources humaines""",
  ("", "", "Banque Cantonale du Léman", "Responsable communication clients 80-100%"),
  vendor="jobsch", brand="Banque Cantonale du Léman", region="CH",
  notes="Swiss French 'postulation'; ack+rejection in one; LPD"),
M("fr-lever-qc-courriel", R, "ats-automated", "fr", "ats",
  "Nordique Numérique <no-reply@hire.lever.co>",
  "Nordique Numérique – Gestionnaire de produit principal(e)",
  """Bonjour Sam,

Merci d'avoir pris le temps de rencontrer notre équipe pour le poste de Gestionnaire de produit principal(e). Nous avons vraiment apprécié nos échanges.

Après mûre réflexion, nous avons choisi d'aller de l'avant avec une autre candidature pour ce rôle. Cette décision n'a pas été facile.

N'hésitez pas à postuler à nouveau lors de prochains affichages de postes. Pour toute question, écrivez à Geneviève Tremblay : genevieve.tremblay@nordiquenumerique.example

Au plaisir,
L'équipe Talents, Nordique Numérique""",
  ("genevieve.tremblay@nordiquenumerique.example", "Geneviève", "Nordique Numérique", "Gestionnaire de produit principal(e)"),
  vendor="lever", brand="Nordique Numérique", region="QC",
  notes="Québec wording ('aller de l'avant avec une autre candidature', courriel); address in body"),
M("fr-recruitee-offre-fermee", R, "role-cancelled", "fr", "ats",
  "Ondine Énergies <noreply@mail.recruitee.com>",
  "Fermeture de l'offre Responsable Contenus & SEO",
  """Bonjour Sam,

Vous avez postulé à notre offre Responsable Contenus & SEO et nous vous en remercions.

Nous avons décidé de clôturer ce recrutement : le poste a été supprimé dans le cadre de la réorganisation de notre direction marketing. Votre candidature est donc close.

Toutes nos excuses pour ce contretemps, et merci encore pour votre intérêt.

L'équipe RH d'Ondine Énergies""",
  ("", "", "Ondine Énergies", "Responsable Contenus & SEO"),
  vendor="recruitee", brand="Ondine Énergies", region="FR",
  notes="position eliminated; requisition closed"),
M("fr-hellowork-test-non-concluant", R, "after-assessment", "fr", "ats",
  "HelloWork <noreply@hellowork.com>",
  "Résultat de votre test – Chargé de marketing B2B",
  """Bonjour Sam,

Vous avez réalisé le test en ligne proposé par Fonderies Marchal pour le poste de Chargé de marketing B2B (H/F).

Votre score ne permet pas de poursuivre le processus de recrutement pour ce poste. Le recruteur a été informé du résultat.

Continuez votre recherche : [[Voir les offres similaires]]

L'équipe HelloWork""",
  ("", "", "Fonderies Marchal", "Chargé de marketing B2B (H/F)"),
  vendor="hellowork", brand="HelloWork", region="FR",
  headers={"List-Unsubscribe": "<{unsub}>"},
  notes="after online test; 'score ne permet pas de poursuivre'"),
M("fr-successfactors-lu-interne", R, "internal-candidate", "fr", "ats",
  "Banque Ardennaise de Luxembourg <noreply@successfactors.eu>",
  "Votre candidature : Head of Brand & Communication (réf. 4471)",
  """Chère Madame, cher Monsieur,

Nous vous remercions de votre candidature pour le poste de Head of Brand & Communication (réf. 4471) au sein de la Banque Ardennaise de Luxembourg.

Nous souhaitons vous informer que le poste a été pourvu par une mobilité interne. Nous clôturons par conséquent l'ensemble des candidatures externes.

Nous vous remercions de votre compréhension et vous adressons nos meilleures salutations.

Talent Acquisition
Banque Ardennaise de Luxembourg S.A.""",
  ("", "", "Banque Ardennaise de Luxembourg", "Head of Brand & Communication"),
  vendor="successfactors", brand="Banque Ardennaise de Luxembourg", region="LU",
  notes="Luxembourg; filled by internal mobility; external candidates closed"),
M("fr-flatchr-pas-retenu-fin", R, "ats-automated", "fr", "ats",
  "Les Ateliers Berthier <no-reply@flatchr.io>",
  "Les Ateliers Berthier - votre candidature",
  """Bonjour Sam,

Toute l'équipe des Ateliers Berthier vous remercie pour votre candidature et pour le temps consacré à notre entretien téléphonique.

Nous avons eu le plaisir d'échanger avec de nombreux profils passionnés par l'artisanat et le design. Votre expérience dans les médias est riche et votre approche de la marque nous a beaucoup intéressés. Notre maison grandit vite, et nous espérons que vous continuerez à suivre nos collections.

Pour le poste de Responsable e-commerce, nous avons toutefois retenu un autre profil.

Belle continuation,
Aurélie, pour les Ateliers Berthier""",
  ("", "Aurélie", "Les Ateliers Berthier", "Responsable e-commerce"),
  vendor="flatchr", brand="Les Ateliers Berthier", region="FR",
  notes="verdict in last sentence after praise"),
M("fr-icims-statut-portail", R, "status-portal", "fr", "ats",
  "Carrières Vallauris Santé <do-not-reply@talent.icims.com>",
  "Mise à jour du statut de votre candidature",
  """Bonjour Sam Taylor,

Le statut de votre candidature a été mis à jour dans notre portail carrières.

{table}

Connectez-vous à votre espace candidat pour consulter le détail : [[Espace candidat]]

Merci de l'intérêt porté à Vallauris Santé.""",
  ("", "", "Vallauris Santé", "Responsable communication patients"),
  vendor="icims", brand="Vallauris Santé", region="FR", html_only=True,
  table=[("Poste", "Responsable communication patients"), ("Numéro", "2026-8841"), ("Statut", "Non sélectionné(e) – poste pourvu")],
  notes="status portal; HTML only; verdict in table"),
# ---------------- personal ----------------
M("fr-perso-apres-entretien-vous", R, "personal-after-interview", "fr", "personal",
  "Claire Dumoulin <claire.dumoulin@editions-saintpaul.example>",
  "Suite à notre entretien",
  """Bonjour Sam,

Je vous remercie encore pour notre entretien de jeudi dernier et pour la qualité de votre présentation sur la stratégie d'abonnement.

Après de longues discussions avec la direction éditoriale, nous avons décidé de ne pas retenir votre candidature pour le poste de Responsable marketing éditorial. Nous avons privilégié un profil ayant déjà une expérience dans l'édition jeunesse.

Je sais que ce n'est pas la réponse que vous espériez, et je tenais à vous l'annoncer moi-même.

Bien à vous,

Claire Dumoulin
Directrice des ressources humaines
Éditions Saint-Paul
01 55 55 42 18""",
  ("claire.dumoulin@editions-saintpaul.example", "Claire", "Éditions Saint-Paul", "Responsable marketing éditorial"),
  region="FR", notes="after interview; 'ne pas retenir votre candidature'"),
M("fr-perso-cabinet-client-stand-by", R, "agency-recruiter", "fr", "personal",
  "Julien Fabre <j.fabre@talentis-conseil.example>",
  "Point sur la mission Chef de produit digital",
  """Bonjour Sam,

Je reviens vers vous concernant la mission de Chef de produit digital chez notre client Groupe Mireval.

Malheureusement, le client vient de geler le recrutement : le poste est mis en stand-by jusqu'à nouvel ordre suite à un changement de direction. Je suis obligé de mettre fin au processus pour l'ensemble des candidats, vous compris.

Je suis sincèrement désolé, vous étiez très bien placé(e). Je garde évidemment votre dossier en tête pour mes prochaines missions.

Bien cordialement,
Julien Fabre
Consultant senior – Talentis Conseil
06 55 55 31 07""",
  ("j.fabre@talentis-conseil.example", "Julien", "Groupe Mireval", "Chef de produit digital"),
  region="FR", notes="agency; client freezes role 'stand-by'; process ended"),
M("fr-perso-tres-court", R, "terse", "fr", "personal",
  "Marc Olivier <marc@studio-orange-bleue.example>",
  "Re: Candidature Directeur artistique adjoint",
  """Bonjour,

Merci pour votre candidature, mais nous ne donnerons pas suite.

Cordialement,
Marc Olivier
Studio Orange Bleue""",
  ("marc@studio-orange-bleue.example", "Marc", "Studio Orange Bleue", "Directeur artistique adjoint"),
  region="FR", parent=True, notes="very short; reply to Sam's application; role only in subject"),
M("fr-perso-qc-tutoiement", R, "personal-after-interview", "fr", "personal",
  "Maxime Gagnon <maxime.gagnon@boreal-studios.example>",
  "Suivi – poste de gestionnaire de communauté",
  """Salut Sam,

Merci encore d'avoir pris le temps de jaser avec moi et Karine la semaine passée. On a vraiment aimé ton énergie pis tes idées pour le lancement.

Par contre, on a décidé d'aller de l'avant avec une personne qui connaît déjà bien le milieu du jeu vidéo à Montréal. C'est pas un reflet de tes compétences, vraiment.

Si jamais un poste en marketing s'ouvre au printemps, je vais penser à toi en premier.

Bonne continuation!
Max

Maxime Gagnon | Directeur marketing | Boréal Studios
514 555-0188""",
  ("maxime.gagnon@boreal-studios.example", "Maxime", "Boréal Studios", "gestionnaire de communauté"),
  region="QC", notes="Québec colloquial; tutoiement; 'aller de l'avant avec une personne'"),
M("fr-perso-be-lettre-formelle", R, "personal-after-interview", "fr", "personal",
  "Nathalie Lambert <nathalie.lambert@mutualite-wallonne.example>",
  "Procédure de sélection – Coordinateur/trice communication",
  """Madame, Monsieur,

Nous faisons suite à votre participation aux épreuves de sélection pour la fonction de coordinateur/trice communication au sein de la Mutualité Wallonne.

Le jury s'est réuni le 21 octobre dernier. Nous avons le regret de vous informer que votre candidature n'a pas été retenue au terme de l'épreuve orale. Un feed-back peut vous être communiqué sur simple demande par retour de courriel.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Nathalie Lambert
Conseillère RH – Sélection
Mutualité Wallonne
Tél. 081 55 52 40""",
  ("nathalie.lambert@mutualite-wallonne.example", "Nathalie", "Mutualité Wallonne", "coordinateur/trice communication"),
  region="BE", notes="Belgian public-ish body; jury; after oral test"),
M("fr-perso-reponse-relance", R, "personal-after-interview", "fr", "personal",
  "Sophie Bertrand <sophie.bertrand@kermadec-voyages.example>",
  "RE: Relance – candidature Responsable CRM",
  """Bonjour Sam,

Désolée pour ce silence, nous avons eu une fin de mois chargée.

Pour être transparente avec vous : nous avons finalisé le recrutement pour le poste de Responsable CRM la semaine dernière et la personne retenue a signé. Je suis navrée de ne pas vous avoir prévenu(e) plus tôt.

Je vous souhaite le meilleur pour la suite.

Sophie Bertrand
Chargée de recrutement – Kermadec Voyages

De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 2 novembre 2026 10:04
À : Sophie Bertrand
Objet : Relance – candidature Responsable CRM

Bonjour Sophie,
Je me permets de revenir vers vous au sujet de ma candidature au poste de Responsable CRM. Avez-vous des nouvelles ?
Bien cordialement,
Sam""",
  ("sophie.bertrand@kermadec-voyages.example", "Sophie", "Kermadec Voyages", "Responsable CRM"),
  region="FR", parent=True, wrap=False, notes="reply to Sam's chaser; 'la personne retenue a signé'"),
M("fr-perso-interim-mission-annulee", R, "role-cancelled", "fr", "personal",
  "Agence Intérim Plus Nantes <nantes@interimplus.example>",
  "Annulation mission Assistant(e) marketing – Biscuiterie Lemoine",
  """Bonjour Sam,

Je suis désolée de vous l'annoncer par mail : la Biscuiterie Lemoine vient d'annuler la mission d'Assistant(e) marketing qui devait démarrer lundi. Leur salariée en congé parental reprend finalement plus tôt que prévu.

Le contrat de mission ne sera donc pas établi. Je vous rappelle dès que j'ai une autre mission qui correspond à votre profil.

Bonne journée,
Amandine Roux
Chargée de recrutement
Intérim Plus – Agence de Nantes
02 55 55 60 10""",
  ("nantes@interimplus.example", "Amandine", "Biscuiterie Lemoine", "Assistant(e) marketing"),
  region="FR", notes="temp agency; client cancels mission; reply_to is agency branch From"),
M("fr-perso-fin-de-mail", R, "personal-after-interview", "fr", "personal",
  "Antoine Mercier <antoine@collectif-ressac.example>",
  "Merci pour ton temps",
  """Hello Sam,

Merci beaucoup pour ton temps vendredi, c'était un vrai plaisir d'échanger. On a bien ri sur les anecdotes de newsroom et j'ai noté ta reco de podcast, je l'écoute depuis.

On a fait le point avec Inès hier. On a beaucoup hésité, mais pour le poste de Head of Partnerships, on part sur un profil plus orienté vente pure. Désolé, je sais que tu y croyais.

Antoine
Collectif Ressac""",
  ("antoine@collectif-ressac.example", "Antoine", "Collectif Ressac", "Head of Partnerships"),
  region="FR", notes="verdict near end; 'on part sur un profil plus orienté vente'"),
M("fr-perso-ch-formel-romand", R, "personal-after-interview", "fr", "personal",
  "Pascal Rochat <pascal.rochat@horlogerie-vallotton.example>",
  "Votre candidature au poste de Responsable marketing produit",
  """Madame, Monsieur,

Nous revenons vers vous suite à l'entretien du 3 novembre et vous remercions pour l'intérêt que vous portez à la Manufacture Vallotton.

Malgré les qualités de votre dossier, nous avons le regret de vous faire part que notre choix s'est porté sur une autre personne, dont l'expérience dans le secteur horloger correspond davantage à nos attentes pour le poste de Responsable marketing produit.

Nous vous souhaitons plein succès pour la suite de votre parcours professionnel et vous présentons nos meilleures salutations.

Pascal Rochat
Directeur des ressources humaines
Manufacture Vallotton SA, Le Sentier
+41 21 555 84 00""",
  ("pascal.rochat@horlogerie-vallotton.example", "Pascal", "Manufacture Vallotton", "Responsable marketing produit"),
  region="CH", notes="Swiss Romand formal; 'notre choix s'est porté'"),
M("fr-perso-ecole-poste-supprime", R, "role-cancelled", "fr", "personal",
  "Hélène Garnier <helene.garnier@ecole-sup-commerce-atlantique.example>",
  "Poste de Directeur/trice de la communication",
  """Bonjour Sam,

Je tenais à vous écrire personnellement. Le conseil d'administration de l'École Supérieure de Commerce Atlantique a décidé, lors de sa séance du 12 novembre, de suspendre la création du poste de Directeur/trice de la communication pour l'année 2027, faute de financement.

Le processus de recrutement est donc interrompu, y compris pour vous qui étiez parmi les finalistes. J'en suis sincèrement désolée après tout le temps que vous nous avez consacré.

Bien cordialement,
Hélène Garnier
Secrétaire générale
06 55 55 77 41""",
  ("helene.garnier@ecole-sup-commerce-atlantique.example", "Hélène", "École Supérieure de Commerce Atlantique", "Directeur/trice de la communication"),
  region="FR", notes="grande école; post suspended for lack of funding; finalist"),
M("fr-perso-apres-etude-de-cas", R, "after-assessment", "fr", "personal",
  "Yasmine Haddad <yasmine.haddad@pivot-saas.example>",
  "Retour sur ton cas pratique",
  """Hello Sam,

Merci pour ton cas pratique, on a vu que tu y avais passé du temps.

On a eu un débrief avec l'équipe produit et malheureusement, on ne va pas pouvoir te proposer la suite du process pour le poste de Product Marketing Manager. Le principal point : la partie positionnement concurrentiel était un peu légère par rapport aux autres rendus.

Je te souhaite plein de bonnes choses, et n'hésite pas si tu veux plus de détails.

Yasmine
Talent Acquisition @ Pivot
+33 6 55 55 12 90""",
  ("yasmine.haddad@pivot-saas.example", "Yasmine", "Pivot", "Product Marketing Manager"),
  region="FR", notes="after case study; tu; feedback point"),
M("fr-perso-manager-deux-lignes", R, "terse", "fr", "personal",
  "Bruno Lefebvre <b.lefebvre@lefebvre-imprimerie.example>",
  "poste chargé de com",
  """Bonjour Sam, finalement on a trouvé quelqu'un pour le poste de chargé de com, désolé. Bonne chance pour la suite
B. Lefebvre
Imprimerie Lefebvre""",
  ("b.lefebvre@lefebvre-imprimerie.example", "Bruno", "Imprimerie Lefebvre", "chargé de com"),
  region="FR", wrap=False, notes="two lines, casual, no capital subject; 'on a trouvé quelqu'un'"),
M("fr-perso-cc-rh-interne", R, "internal-candidate", "fr", "personal",
  "Thomas Rivière <thomas.riviere@rivage-assurances.example>",
  "Votre candidature – Responsable marque employeur",
  """Bonjour Sam,

Merci pour les échanges de ces dernières semaines. Je vous informe que nous avons finalement choisi de confier le poste de Responsable marque employeur à une collaboratrice de l'équipe communication interne, qui a souhaité évoluer.

Ce choix n'enlève rien à la qualité de votre parcours. Je mets en copie Laure, notre responsable recrutement, qui conservera votre dossier si vous le souhaitez.

Cordialement,
Thomas Rivière
Directeur de la communication
Rivage Assurances""",
  ("thomas.riviere@rivage-assurances.example", "Thomas", "Rivage Assurances", "Responsable marque employeur"),
  cc="Laure Petitjean <laure.petitjean@rivage-assurances.example>", region="FR",
  notes="internal candidate; Cc HR"),
M("fr-perso-lu-multilingue", R, "personal-after-interview", "fr", "personal",
  "Camille Schmit <camille.schmit@moselle-logistics.example>",
  "Candidature Marketing Manager Benelux",
  """Bonjour Sam,

Merci encore pour votre disponibilité lors de l'entretien en visioconférence.

Je me permets de vous écrire pour vous informer que nous ne pourrons malheureusement pas poursuivre avec votre candidature pour le poste de Marketing Manager Benelux. La maîtrise du luxembourgeois et de l'allemand est devenue un critère déterminant pour ce poste.

Je reste volontiers à votre disposition pour tout échange.

Meilleures salutations,
Camille Schmit
HR Business Partner
Moselle Logistics S.à r.l. – Luxembourg
+352 55 55 67 20""",
  ("camille.schmit@moselle-logistics.example", "Camille", "Moselle Logistics", "Marketing Manager Benelux"),
  region="LU", notes="Luxembourg; language requirement"),
M("fr-perso-reponse-en-haut-gmail", R, "personal-after-interview", "fr", "personal",
  "Laurent Dubois <laurent.dubois@agence-cime.example>",
  "Re: Merci pour l'entretien",
  """Bonjour Sam,

Merci pour ton message, très sympa. Malheureusement je dois t'annoncer qu'on ne retient pas ta candidature pour le poste de Responsable stratégie social media, on a préféré un profil avec plus d'expérience agence.

Belle suite à toi,
Laurent
--
Laurent Dubois · Directeur associé · Agence Cime · 04 55 55 20 31

Le ven. 6 nov. 2026 à 18:22, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Laurent,
>
> Merci beaucoup pour l'entretien de cet après-midi, j'ai beaucoup
> apprécié la présentation de l'agence et des projets en cours.
> J'espère avoir de vos nouvelles bientôt !
>
> Sam""",
  ("laurent.dubois@agence-cime.example", "Laurent", "Agence Cime", "Responsable stratégie social media"),
  region="FR", parent=True, wrap=False, client_html=True, notes="reply to thank-you; Gmail quote; text+HTML client mail"),
]
