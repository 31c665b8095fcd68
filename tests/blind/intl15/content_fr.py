"""French-language messages (France, Belgium, Luxembourg, Switzerland, Québec) for intl15."""


def m(slug, label, cat, style, region, frm, subject, text, **kw):
    return dict(slug=slug, label=label, cat=cat, style=style, region=region, frm=frm, subject=subject,
                text=text, lang="fr", **kw)


R, O = "rejection", "other"

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS (12)
m("credit-loire-talentsoft-suite", R, "ats-automated", "ats", "fr",
  "Crédit de Loire – Recrutement <ne-pas-repondre@talentsoft-mail.example>",
  "Suite à votre candidature – Réf. 2026-4471",
  """Madame, Monsieur,

Nous avons bien reçu votre candidature au poste de Chargé(e) de marketing produit (H/F) – Réf. 2026-4471 et nous vous remercions de l'intérêt que vous portez au Crédit de Loire.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons néanmoins vos coordonnées dans notre base de données pendant une durée de deux ans, sauf opposition de votre part, afin de pouvoir vous proposer d'autres opportunités.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines""",
  vendor="talentsoft", brand="Crédit de Loire", rt="", first="", company="Crédit de Loire",
  role="Chargé(e) de marketing produit (H/F)", tags="talentsoft; bank; ordinary; RGPD"),

m("maison-lumen-wttj", R, "ats-automated", "ats", "fr",
  "Maison Lumen <no-reply@welcometothejungle.com>",
  "Votre candidature chez Maison Lumen",
  """Bonjour Sam,

Merci pour l'intérêt que vous portez à Maison Lumen et pour votre candidature au poste de Brand Manager Senior.

Nous avons reçu de nombreuses candidatures de grande qualité. Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour ce poste.

Nous vous encourageons à suivre nos prochaines offres sur notre page Welcome to the Jungle.

Belle journée,
Camille, Talent Acquisition @ Maison Lumen""",
  button="Voir les offres de Maison Lumen", vendor="wttj", brand="Maison Lumen", rt="", first="Camille",
  company="Maison Lumen", role="Brand Manager Senior", tags="wttj; ordinary; ne-pas-donner-suite"),

m("caisse-boreale-taleo-qc", R, "ats-automated", "ats", "qc",
  "Caisse Boréale <caisseboreale@taleo.net>",
  "Votre candidature – Conseiller(ère) principal(e), marketing numérique",
  """Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous portez à la Caisse Boréale et du temps consacré à votre candidature pour le poste de Conseiller(ère) principal(e), marketing numérique (numéro de réquisition 2600871).

Nous avons reçu un grand nombre de candidatures. Nous avons le regret de vous informer que nous avons retenu d'autres candidatures dont le profil correspond davantage aux exigences du poste.

Nous vous invitons à consulter régulièrement notre site carrières et à créer une alerte emploi.

Veuillez agréer nos salutations distinguées.

Acquisition de talents
Caisse Boréale""",
  vendor="taleo", brand="Caisse Boréale", rt="", first="", company="Caisse Boréale",
  role="Conseiller(ère) principal(e), marketing numérique", tags="taleo; quebec; courriel"),

m("sablon-workday-be-pourvu", R, "ats-automated", "ats", "be",
  "Groupe Sablon <sablon@myworkday.com>",
  "Mise à jour concernant votre candidature",
  """Bonjour Sam,

Nous vous remercions pour votre candidature au poste de Product Marketing Manager – Benelux (R0042215) à Bruxelles.

{table}

Nous vous informons que ce poste a été pourvu. Nous vous remercions de l'intérêt porté au Groupe Sablon et vous invitons à postuler à d'autres offres correspondant à votre profil.

Cordialement,
L'équipe Talent Acquisition""",
  table=[("Poste", "Product Marketing Manager – Benelux"), ("Référence", "R0042215"), ("Statut", "Poste pourvu")],
  vendor="workday_fr", brand="Groupe Sablon", rt="", first="", company="Groupe Sablon",
  role="Product Marketing Manager – Benelux", tags="workday; belgium; filled; status-table"),

m("lux-sf-bilingue", R, "ats-automated", "ats", "lu",
  "Banque Kirchberg <careers@successfactors.eu>",
  "Votre candidature / Your application – Marketing Communications Officer",
  """Bonjour Sam Taylor,

Nous vous remercions d'avoir postulé au poste de Marketing Communications Officer au sein de la Banque Kirchberg S.A.

Malgré l'intérêt que présente votre profil, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons plein succès dans vos recherches.

Dear Sam Taylor,

Thank you for applying for the Marketing Communications Officer position at Banque Kirchberg S.A. Despite the interest of your profile, we are unable to take your application further.

Ressources Humaines / Human Resources
Banque Kirchberg S.A. – 43, avenue J.F. Kennedy, L-1855 Luxembourg – R.C.S. Luxembourg B 000000""",
  vendor="successfactors_fr", brand="Banque Kirchberg S.A.", rt="", first="", company="Banque Kirchberg S.A.",
  role="Marketing Communications Officer", tags="successfactors; luxembourg; bilingual-fr-en; bank"),

m("indeed-fr-non-retenue", R, "ats-automated", "ats", "fr",
  "Indeed <donotreply@match.indeed.com>",
  "Mise à jour de votre candidature chez Optique Marsan",
  """Bonjour Sam,

Optique Marsan a mis à jour le statut de votre candidature :

Responsable marketing digital (H/F) – Bordeaux
Statut : Non retenue

Message de l'employeur : « Merci pour votre candidature. Nous avons choisi de poursuivre avec d'autres candidats. »

Offres similaires près de chez vous :
- Chef de produit marketing – Vinexpo Conseil – Bordeaux
- Responsable communication – Atlantique Habitat – Mérignac
- Traffic manager – Néoshop – Pessac""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  vendor="indeed_fr", brand="Optique Marsan", rt="", first="", company="Optique Marsan",
  role="Responsable marketing digital (H/F)", tags="indeed; job-board-relay; job-list-block; bulk-headers"),

m("hellowork-relay-autotext", R, "ats-automated", "ats", "fr",
  "HelloWork <candidatures@hellowork.example>",
  "Réponse à votre candidature : Chef de projet marketing (H/F)",
  """Bonjour Sam Taylor,

L'entreprise Brioche Dorine vous a répondu concernant votre candidature au poste de Chef de projet marketing (H/F) à Nantes.

« Bonjour, nous vous remercions de votre candidature. Malheureusement, votre profil ne correspond pas suffisamment aux attentes du poste. Nous vous souhaitons bonne chance dans vos recherches. »

[[Voir ma candidature]]

Ne baissez pas les bras ! 12 nouvelles offres correspondent à votre recherche « marketing Nantes ».
[[Voir les offres]]""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"}, autotext=True,
  vendor="hellowork", brand="HelloWork", rt="", first="", company="Brioche Dorine",
  role="Chef de projet marketing (H/F)", tags="hellowork; job-board-relay; autotext"),

m("linkedin-fr-statut", R, "terse", "ats", "fr",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Votre candidature pour Growth Manager chez Pixelune",
  """Votre candidature pour Growth Manager chez Pixelune

Sam, merci de votre intérêt. Malheureusement, Pixelune a décidé de ne pas aller plus loin avec votre candidature.

Postulé le 14/10/2026 · Paris, Île-de-France

[[Voir des offres similaires]]""",
  headers={"List-Unsubscribe": "<{unsub}>"},
  vendor="linkedin_fr", brand="LinkedIn", rt="", first="", company="Pixelune", role="Growth Manager",
  tags="linkedin; status-mail; terse"),

m("teamtailor-qc-tu", R, "ats-automated", "ats", "qc",
  "Érable Studio <no-reply@teamtailor.com>",
  "Merci pour ta candidature chez Érable Studio!",
  """Salut Sam!

Merci d'avoir pris le temps de postuler comme Spécialiste marketing de contenu chez Érable Studio. On a vraiment apprécié découvrir ton parcours.

Après mûre réflexion, on a choisi d'aller de l'avant avec d'autres candidatures pour ce poste-là. On sait que c'est jamais le fun à recevoir.

Si tu as des questions, écris à Maxime : maxime@erable-studio.example

Bonne continuation!
Maxime et toute la gang d'Érable""",
  vendor="teamtailor", brand="Érable Studio", rt="maxime@erable-studio.example", first="Maxime",
  company="Érable Studio", role="Spécialiste marketing de contenu", tags="teamtailor; quebec; tu; aller-de-lavant"),

m("ministere-public-suite", R, "ats-automated", "ats", "fr",
  "Choix-Emploi-Public <ne-pas-repondre@choix-emploi-public.example>",
  "Suite à votre candidature – Chargé de communication numérique",
  """Madame, Monsieur,

Vous avez fait acte de candidature sur le poste de Chargé de communication numérique (catégorie A, contractuel) au sein de la Direction régionale de la culture Grand Est, et je vous en remercie.

J'ai le regret de vous informer que votre candidature n'a pas été retenue à l'issue de la phase de présélection.

Je vous remercie de l'intérêt que vous avez porté à nos services et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour toute question : drh-recrutement@drac-grandest.example

Le chef du service des ressources humaines""",
  vendor="public_fr", brand="Direction régionale de la culture Grand Est", rt="drh-recrutement@drac-grandest.example",
  first="", company="Direction régionale de la culture Grand Est", role="Chargé de communication numérique",
  tags="public-sector; formal; reply-to-in-body"),

m("talentsoft-gel-recrutement", R, "role-cancelled", "ats", "fr",
  "Groupe Ardennes Assurances <recrutement-noreply@talentsoft-mail.example>",
  "Information sur votre candidature – Responsable marque",
  """Bonjour Sam Taylor,

Vous avez postulé à l'offre Responsable marque (H/F) et nous vous en remercions.

Nous vous informons que ce recrutement a été annulé suite à une réorganisation interne. Votre candidature est donc clôturée.

Nous vous remercions de votre compréhension et vous invitons à consulter nos autres offres.

Le service Recrutement
Groupe Ardennes Assurances""",
  vendor="talentsoft", brand="Groupe Ardennes Assurances", rt="", first="", company="Groupe Ardennes Assurances",
  role="Responsable marque (H/F)", tags="talentsoft; role-cancelled; insurance"),

m("leman-ch-vivier", R, "keep-on-file", "ats", "ch",
  "Léman Horlogerie SA <no-reply@teamtailor.com>",
  "Votre candidature – Responsable Marketing Digital 100%",
  """Bonjour Sam Taylor,

Nous vous remercions sincèrement pour l'intérêt porté à Léman Horlogerie et pour votre candidature au poste de Responsable Marketing Digital 100%.

Après examen attentif, nous devons malheureusement vous informer que nous ne pouvons pas retenir votre dossier : d'autres profils correspondent plus étroitement à nos besoins actuels.

Votre parcours nous a toutefois intéressés. Acceptez-vous que nous conservions votre dossier dans notre vivier de talents pendant 24 mois ?
[[Oui, j'accepte]]   [[Non, supprimer mes données]]

Meilleures salutations
L'équipe RH de Léman Horlogerie""",
  vendor="teamtailor", brand="Léman Horlogerie SA", autotext=True, rt="", first="", company="Léman Horlogerie",
  role="Responsable Marketing Digital 100%", tags="teamtailor; switzerland; autotext; talent-pool-consent"),

# ---------------------------------------------------------------- rejections, personal (8)
m("recruteuse-apres-entretien", R, "personal-after-interview", "personal", "fr",
  "Aurélie Ferrand <aurelie.ferrand@vertige-media.example>",
  "Votre entretien pour le poste de Head of Growth",
  """Bonjour Sam,

Je tenais à vous remercier pour le temps que vous nous avez consacré lors des entretiens avec Julien et l'équipe produit.

Malheureusement, nous ne donnerons pas suite à votre candidature : nous avons fait le choix d'un profil ayant davantage d'expérience en acquisition payante sur le marché français.

Je reste disponible si vous souhaitez un retour plus détaillé par téléphone.

Bien cordialement,

Aurélie Ferrand
Talent Acquisition Manager
Vertige Media – 12 rue du Faubourg Poissonnière, 75010 Paris
06 55 12 34 87""",
  client_html=True, rt="aurelie.ferrand@vertige-media.example", first="Aurélie", company="Vertige Media",
  role="Head of Growth", tags="recruiter; after-interview; vous"),

m("qc-gestionnaire-interne", R, "internal-candidate", "personal", "qc",
  "Geneviève Tremblay <gtremblay@fleuve-numerique.example>",
  "Re: Poste de gestionnaire de produit",
  """Bonjour Sam,

Merci encore pour ta disponibilité la semaine passée. Je voulais te revenir rapidement : finalement, on a comblé le poste de gestionnaire de produit à l'interne, une collègue de l'équipe ventes qui connaît bien nos clients.

Ça a été une décision serrée. Je garde ton CV sous la main si quelque chose s'ouvre au printemps.

Au plaisir,
Geneviève
Gestionnaire, Fleuve Numérique
514 555-0192""",
  parent=True, rt="gtremblay@fleuve-numerique.example", first="Geneviève", company="Fleuve Numérique",
  role="gestionnaire de produit", tags="quebec; tu; filled-internally; comble"),

m("agence-be-client-autre", R, "agency-recruiter", "personal", "be",
  "Thomas Dubois <thomas.dubois@schuman-talent.example>",
  "Retour client – Marketing Lead",
  """Bonjour Sam,

J'ai eu ce matin le retour de Brasserie Cantillac concernant le poste de Marketing Lead. Mon client a finalement retenu un autre candidat, qui parle couramment néerlandais – un critère qui a pesé plus lourd que prévu.

Je suis désolé, vous avez fait un très bon parcours. Je reviens vers vous dès que j'ai un mandat adapté.

Bien à vous,
Thomas Dubois
Senior Consultant – Schuman Talent
Rue Belliard 40, 1040 Bruxelles · +32 2 555 61 20

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Ce message est confidentiel.""",
  rt="thomas.dubois@schuman-talent.example", first="Thomas", company="Brasserie Cantillac",
  role="Marketing Lead", tags="agency; belgium; nl-footer"),

m("relance-poste-pourvu", R, "personal-after-interview", "personal", "fr",
  "Hélène Garnier <helene.garnier@azurine.example>",
  "RE: Relance – candidature Chef de produit senior",
  """Bonjour Sam,

Merci pour votre relance et toutes mes excuses pour ce silence. Le poste de Chef de produit senior a été pourvu fin octobre ; j'aurais dû vous en informer plus tôt.

Je vous souhaite le meilleur pour la suite.

Hélène Garnier
RH – Azurine

De : Sam Taylor <sam.taylor@example.org>
Envoyé : mardi 3 novembre 2026 10:22
À : Hélène Garnier <helene.garnier@azurine.example>
Objet : Relance – candidature Chef de produit senior

Bonjour Madame Garnier,

Je me permets de revenir vers vous au sujet de ma candidature au poste de Chef de produit senior, suite à notre entretien du 12 octobre. Auriez-vous des nouvelles ?

Bien cordialement,
Sam Taylor""",
  parent=True, rt="helene.garnier@azurine.example", first="Hélène", company="Azurine",
  role="Chef de produit senior", tags="reply-above-quote; outlook-quote; filled"),

m("tr-note-manager", R, "forwarded-by-recruiter", "personal", "fr",
  "Sophie Marchand <sophie.marchand@cassiopee-lab.example>",
  "TR: Décision – Responsable marketing produit",
  """Bonjour Sam,

Je vous transfère le retour de Marc après votre dernier entretien. Comme vous le verrez, la décision n'est pas en votre faveur cette fois-ci, j'en suis désolée.

N'hésitez pas si vous voulez en parler.

Sophie
--
Sophie Marchand | Recrutement | Cassiopée Lab | 01 55 43 21 09

________________________________
De : Marc Olivier <marc.olivier@cassiopee-lab.example>
Envoyé : jeudi 22 octobre 2026 18:05
À : Sophie Marchand
Objet : Décision – Responsable marketing produit

Sophie,
Pour le poste de Responsable marketing produit, on part sur Claire. Sam a un très bon profil mais moins d'expérience en santé. Tu peux lui faire un retour ?
Merci, Marc""",
  client_html=True, rt="sophie.marchand@cassiopee-lab.example", first="Sophie", company="Cassiopée Lab",
  role="Responsable marketing produit", tags="forwarded-by-recruiter; outlook-forward; TR"),

m("lyon-longue-lettre", R, "personal-after-interview", "personal", "fr",
  "Pierre-Antoine Roux <pa.roux@soierie-numerique.example>",
  "Suite à nos échanges",
  """Bonjour Sam,

Je voulais prendre le temps de vous écrire personnellement après ces trois semaines de processus. Vous avez rencontré une bonne partie de l'équipe, présenté votre étude de cas sur notre offre aux PME, et je sais que cela représente beaucoup d'investissement.

Votre présentation a marqué l'équipe : la segmentation proposée était claire et nous allons d'ailleurs en reprendre certaines idées. Nous avons aussi apprécié votre franchise sur ce que vous ne connaissiez pas encore de notre secteur.

Nous avons toutefois décidé de confier le poste de Directeur marketing à un candidat qui a déjà piloté une équipe de plus de dix personnes, ce qui est notre principal enjeu en 2027. C'est un choix qui tient davantage à notre contexte qu'à vos qualités.

Si vous le souhaitez, je serais ravi d'en discuter autour d'un café lors de votre prochain passage à Lyon. Et je ne manquerai pas de vous recommander si j'entends parler d'une opportunité.

Bien à vous,
Pierre-Antoine Roux
CEO – Soierie Numérique
04 72 55 10 10""",
  rt="pa.roux@soierie-numerique.example", first="Pierre-Antoine", company="Soierie Numérique",
  role="Directeur marketing", tags="long-letter; verdict-middle; ceo"),

m("tres-court-pas-cette-fois", R, "terse", "personal", "fr",
  "Inès Belkacem <ines@lafabrique-a-mots.example>",
  "Re: Candidature Content Lead",
  """Bonjour Sam,
Malheureusement ce ne sera pas pour cette fois. Merci et bonne continuation !
Inès
—
La Fabrique à Mots · studio éditorial""",
  parent=True, wrap=False, rt="ines@lafabrique-a-mots.example", first="Inès", company="La Fabrique à Mots",
  role="Content Lead", tags="terse; startup"),

m("lux-suspendu-cloture", R, "role-cancelled", "personal", "lu",
  "Marc Schmit <marc.schmit@belval-energies.example>",
  "Poste Brand & Communication Manager",
  """Bonjour Sam,

Je reviens vers vous concernant le poste de Brand & Communication Manager. La direction a décidé de suspendre ce recrutement jusqu'à nouvel ordre dans le cadre du gel des embauches annoncé ce mois-ci. Nous clôturons donc les candidatures en cours, dont la vôtre.

Je regrette sincèrement cette issue après nos deux échanges très positifs.

Cordialement,
Marc Schmit
Head of HR – Belval Énergies S.A.
T +352 26 55 48 00

This e-mail and any attachment are confidential. If you are not the intended recipient, please notify the sender and delete it.""",
  rt="marc.schmit@belval-energies.example", first="Marc", company="Belval Énergies S.A.",
  role="Brand & Communication Manager", tags="luxembourg; on-hold; en-disclaimer"),

# ---------------------------------------------------------------- others, ATS (12)
m("talentsoft-accuse-hedge", O, "ack-received", "ats", "fr",
  "Mutuelle Alizé <recrutement-noreply@talentsoft-mail.example>",
  "Accusé de réception de votre candidature",
  """Bonjour Sam Taylor,

Nous accusons bonne réception de votre candidature au poste de Responsable marketing relationnel (H/F).

En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune. Si votre candidature n'est pas retenue, vous en serez informé(e) par e-mail à l'issue du processus.

Cordialement,
L'équipe Recrutement – Mutuelle Alizé""",
  vendor="talentsoft", brand="Mutuelle Alizé", tags="talentsoft; hedging-ack"),

m("wttj-entretien-bonne-nouvelle", O, "interview-invite", "ats", "fr",
  "Papeterie Jaune <no-reply@welcometothejungle.com>",
  "Bonne nouvelle : Papeterie Jaune souhaite vous rencontrer",
  """Bonjour Sam,

Bonne nouvelle ! L'équipe de Papeterie Jaune a étudié votre candidature au poste de Marketing Manager et souhaite vous rencontrer.

Malheureusement, nos créneaux de la semaine prochaine sont déjà pris : nous vous proposons donc un premier échange en visio la semaine du 16 novembre.

Belle journée,
Léa, Papeterie Jaune""",
  button="Choisir un créneau", vendor="wttj", brand="Papeterie Jaune", tags="wttj; invite-with-malheureusement"),

m("workday-transfert-offre", O, "requisition-transfer", "ats", "fr",
  "Groupe Sablon <sablon@myworkday.com>",
  "Votre candidature a été transférée",
  """Bonjour Sam,

L'offre Chef de produit digital (R0041987) à laquelle vous avez postulé a été clôturée. Votre profil ayant retenu l'attention de notre équipe, votre candidature a été transférée vers l'offre Senior Product Marketing Manager (R0042300).

{table}

Aucune action de votre part n'est requise.

L'équipe Talent Acquisition""",
  table=[("Ancienne offre", "R0041987 – Clôturée"), ("Nouvelle offre", "R0042300 – En cours d'examen")],
  vendor="workday_fr", brand="Groupe Sablon", tags="workday; requisition-transfer; same-company-as-rejection"),

m("hellowork-alerte", O, "job-alert", "ats", "fr",
  "HelloWork <alertes@hellowork.example>",
  "8 nouvelles offres : marketing produit",
  """Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte « marketing produit – Paris » :

- Product Marketing Manager – Quantik SaaS – Paris 9e
- Chef de produit marketing – Labo Hélios – Boulogne
- Responsable marketing B2B – Nexa Logistique – Saint-Denis
- Brand Manager – Maison Orcel – Paris 2e

Rappel : l'offre « Growth Manager – Pixelune » n'est plus disponible.

[[Voir toutes les offres]]""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  vendor="hellowork", brand="HelloWork", tags="job-alert; no-longer-available"),

m("pret-refuse", O, "non-job-rejection", "ats", "fr",
  "Banque Vauban <service-client@banque-vauban.example>",
  "Réponse à votre demande de prêt personnel",
  """Madame, Monsieur,

Nous avons étudié avec attention votre demande de prêt personnel n° PP-2026-11873 d'un montant de 15 000 €.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre demande. Cette décision résulte de l'analyse de votre situation financière.

Votre conseiller reste à votre disposition.

Banque Vauban""",
  vendor="bank_fr", brand="Banque Vauban", tags="loan-declined; suite-favorable"),

m("dossier-location-refuse", O, "non-job-rejection", "ats", "be",
  "Immo Cambre <location@immo-cambre.example>",
  "Votre candidature pour l'appartement avenue Louise 212",
  """Bonjour,

Nous vous remercions pour votre candidature concernant l'appartement 2 chambres situé avenue Louise 212 à Ixelles.

Le propriétaire a retenu un autre dossier. Nous ne pouvons donc malheureusement pas donner suite à votre candidature pour ce bien.

N'hésitez pas à consulter nos autres biens disponibles : [[immo-cambre.example]]

Immo Cambre – Agence immobilière agréée IPI""",
  vendor="hellowork", brand="Immo Cambre", tags="rental; candidature-word; belgium"),

m("calder-teamtailor-fr-refus", O, "owner-hiring", "ats", "fr",
  "Calder Street Media Recrutement <no-reply@teamtailor.com>",
  "[Calder Street Media] Candidat refusé : Chargé·e de contenu (Paris)",
  """Bonjour Sam,

Vous êtes responsable du recrutement pour le poste Chargé·e de contenu (Paris).

Le candidat Hugo Lefèvre a été déplacé à l'étape « Refusé » par Sam Taylor. Le message de refus automatique sera envoyé dans 24 heures.

{table}

[[Ouvrir le poste dans Teamtailor]]""",
  table=[("Candidats actifs", "5"), ("Entretiens planifiés", "2")],
  vendor="teamtailor", brand="Calder Street Media", tags="owner-hiring; ats-notification"),

m("test-personnalite", O, "assessment-invite", "ats", "ch",
  "Pharma Jura SA <no-reply@successfactors.eu>",
  "Prochaine étape : questionnaire en ligne",
  """Bonjour Sam Taylor,

Nous vous remercions pour votre candidature au poste de Product Manager OTC. Nous avons le plaisir de vous inviter à compléter un questionnaire de personnalité en ligne (environ 30 minutes).

Veuillez noter que les candidatures dont le questionnaire n'est pas complété avant le 18.11.2026 ne pourront malheureusement pas être prises en compte.

[[Commencer le questionnaire]]

Meilleures salutations
Human Resources Pharma Jura SA""",
  vendor="successfactors_fr", brand="Pharma Jura SA", tags="assessment; hedge; switzerland"),

m("linkedin-candidature-vue", O, "status-update", "ats", "fr",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Votre candidature a été consultée par Quantik SaaS",
  """Sam, votre candidature a été consultée

Quantik SaaS a consulté votre candidature pour le poste de Product Marketing Manager.

Conseil : les recruteurs ne répondent pas toujours à chaque candidat. Continuez à postuler pour multiplier vos chances.

[[Voir la candidature]]""",
  headers={"List-Unsubscribe": "<{unsub}>"},
  vendor="linkedin_fr", brand="LinkedIn", tags="linkedin; status; viewed"),

m("indeed-fr-examen", O, "status-update", "ats", "qc",
  "Indeed <donotreply@match.indeed.com>",
  "Mise à jour de votre candidature chez Boréal Télécom",
  """Bonjour Sam,

Boréal Télécom a mis à jour le statut de votre candidature :

Conseiller principal, marketing produit – Montréal
Statut : En cours d'évaluation

L'employeur examine actuellement les candidatures. Vous serez informé de la suite, qu'elle soit positive ou négative.

[[Voir mes candidatures]]""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  vendor="indeed_fr", brand="Boréal Télécom", tags="indeed; status-same-template-as-rejection; either-outcome"),

m("article-refuse-revue", O, "non-job-rejection", "ats", "qc",
  "Revue québécoise de communication <ne-pas-repondre@rqc-revue.example>",
  "Décision éditoriale – manuscrit RQC-2026-088",
  """Bonjour Sam Taylor,

Le comité de rédaction a terminé l'évaluation de votre manuscrit « Les marques médias à l'ère des plateformes » (RQC-2026-088).

Nous avons le regret de vous informer que votre article n'a pas été retenu pour publication. Vous trouverez ci-dessous les commentaires des deux évaluateurs.

Avec nos salutations distinguées,
La rédaction""",
  vendor="public_fr", brand="Revue québécoise de communication", tags="paper-rejected; non-job; quebec"),

m("taleo-demande-references", O, "reference-request", "ats", "fr",
  "Groupe Hexalis <hexalis@taleo.net>",
  "Demande de références – poste de Directeur de la communication",
  """Bonjour Sam Taylor,

Votre candidature au poste de Directeur de la communication avance à l'étape finale. Afin de poursuivre, nous vous remercions de renseigner les coordonnées de deux références professionnelles avant le 20 novembre.

Sans ces informations, nous ne serons malheureusement pas en mesure de poursuivre le processus.

[[Renseigner mes références]]

Groupe Hexalis – Ressources Humaines""",
  vendor="taleo", brand="Groupe Hexalis", tags="taleo; reference-request; hedge"),

# ---------------------------------------------------------------- others, personal (8)
m("reponse-relance-toujours-course", O, "answer-to-owner-question", "personal", "fr",
  "Nathalie Perrin <nathalie.perrin@orcel.example>",
  "RE: Avez-vous retenu un autre candidat ?",
  """Bonjour Sam,

Pas du tout ! Aucune décision n'a encore été prise et votre candidature est toujours d'actualité. Nous aimerions d'ailleurs vous proposer un dernier entretien avec notre directrice générale. Seriez-vous disponible jeudi à 11h ?

Bien cordialement,
Nathalie Perrin
Maison Orcel

De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 9 novembre 2026 09:40
Objet : Avez-vous retenu un autre candidat ?

Bonjour Madame Perrin, sans nouvelles depuis notre entretien, je me demandais si vous aviez retenu un autre candidat pour le poste de Brand Manager.""",
  parent=True, tags="answer-to-owner-question; invite"),

m("reponse-merci-restons-contact", O, "reply-to-owner-followup", "personal", "be",
  "Julie Lambert <julie.lambert@meuse-digital.example>",
  "Re: Merci pour votre retour",
  """Bonjour Sam,

Aucun souci, et merci pour votre message très élégant. Nous serions ravis de rester en contact : je vous ai ajouté sur LinkedIn.

Julie

Le 5 nov. 2026 à 16:12, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Julie,
> Merci pour votre retour, même s'il n'est pas celui que j'espérais. N'hésitez pas à penser à moi pour de futurs postes.
>
> Le 4 nov. 2026 à 10:01, Julie Lambert a écrit :
>> Bonjour Sam, nous avons le regret de vous informer que nous avons retenu un autre profil pour le poste de Marketing Manager.""",
  parent=True, parent_depth=2, client_html=True, tags="reply-to-owner-followup; rejection-in-quote; apple-mail"),

m("collegue-paris-candidats", O, "owner-hiring", "personal", "fr",
  "Chloé Martin <chloe.martin@example.org>",
  "Chargé·e de contenu – point candidats",
  """Salut Sam,

Pour le poste de chargé·e de contenu : j'ai bien envoyé le refus à Hugo comme tu me l'as demandé. Il a répondu très gentiment. Pour les deux autres finalistes, on se cale un call jeudi ?

Bises,
Chloé""",
  tags="owner-hiring; colleague; tu"),

m("sam-refus-freelance", O, "owner-sent", "personal", "fr",
  "Sam Taylor <sam.taylor@example.org>",
  "Votre proposition de mission – rédaction",
  """Bonjour Monsieur Lefèvre,

Merci pour votre proposition et pour l'entretien de vendredi. Après réflexion, nous ne donnerons pas suite : nous avons retenu un autre candidat pour le poste de chargé·e de contenu.

Je vous souhaite une belle continuation.

Sam Taylor
Calder Street Media""",
  to="Hugo Lefèvre <hugo.lefevre@laposte.example>", tags="owner-sent; owner-rejects-candidate"),

m("promesse-embauche", O, "offer", "personal", "ch",
  "Valérie Chappuis <valerie.chappuis@lavaux-digital.example>",
  "Proposition d'engagement – Head of Marketing",
  """Bonjour Sam,

J'ai le grand plaisir de vous confirmer que nous souhaitons vous engager au poste de Head of Marketing ! Malheureusement, nous ne pourrons pas tenir la date de début du 1er décembre – nous vous proposons le 4 janvier 2027.

Vous trouverez le contrat en pièce jointe dans un second envoi. Merci de nous faire part de votre réponse d'ici le 20 novembre.

Meilleures salutations
Valérie Chappuis
Lavaux Digital SA""",
  tags="offer; malheureusement-in-offer; switzerland"),

m("invitation-refusee", O, "non-job-rejection", "personal", "fr",
  "Benoît Caron <benoit.caron@agence-mistral.example>",
  "Refusé : Atelier co-marketing Calder x Mistral",
  """Bonjour Sam,

Je ne pourrai malheureusement pas être présent mardi, je décline donc l'invitation. Peut-on décaler à la semaine suivante ?

Benoît""",
  tags="meeting-declined; refusé-subject"),

m("ami-transfere-refus", O, "forwarded", "personal", "qc",
  "Olivier Gagnon <olivier.gagnon@videotron.example>",
  "TR: Votre candidature chez Laurentide Assurances",
  """Salut Sam,

Encore un refus... tu penses que je devrais les relancer pour avoir du feedback?

Olivier

-------- Message transféré --------
De : Laurentide Assurances <carrieres@laurentide.example>
Objet : Votre candidature chez Laurentide Assurances

Bonjour Olivier, nous avons le regret de vous informer que votre candidature au poste d'analyste marketing n'a pas été retenue.""",
  tags="friend-forward; someone-elses-rejection; quebec"),

m("processus-pause-decision-pas-prise", O, "status-update", "personal", "fr",
  "Romain Lefort <romain.lefort@atelier-cobalt.example>",
  "Point sur votre candidature",
  """Bonjour Sam,

Je voulais vous tenir informé : notre processus pour le poste de Product Marketing Manager est en pause pendant deux à trois semaines, le temps que notre nouveau directeur commercial prenne ses fonctions. Aucune décision n'a été prise et votre candidature reste bien active ; vous faites partie des deux finalistes.

Je reviens vers vous d'ici fin novembre.

Bien à vous,
Romain Lefort
Atelier Cobalt""",
  tags="pause-still-deciding; finalist"),
]
