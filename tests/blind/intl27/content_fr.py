"""French messages (FR, BE, LU, CH romande, Québec): 16 rejections, 16 hard negatives."""
from content_common import R


def M(**kw):
    kw.setdefault("lang", "fr")
    return kw


BULK = {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

FAKE_PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "trailer << /Root 1 0 R >>\n%%EOF\n")

REJ = [
M(slug="valmont-successfactors-non-retenue", label="rejection", cat="ats-automated", style="ats", country="FR",
  vendor="successfactors", brand="Groupe Valmont Énergies", plain_mode="html2text", headers=AUTO,
  frm="Groupe Valmont Énergies - Recrutement <noreply@successfactors.eu>",
  subject="Votre candidature au poste de Chef de produit marketing H/F (réf. 2026-11873)",
  text="""Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous portez au Groupe Valmont Énergies et de votre candidature au poste de Chef de produit marketing H/F.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons votre candidature dans notre base de données pendant une durée de deux ans afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait. Conformément au RGPD, vous pouvez à tout moment exercer vos droits d'accès, de rectification et de suppression depuis votre [[espace candidat]].

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,

La Direction des Ressources Humaines
Groupe Valmont Énergies""",
  about="Groupe Valmont Énergies - SA au capital de 412 000 000 € - Tour Horizon, 92800 Puteaux - RCS Nanterre 000 000 000. Engagé en faveur de la diversité et de l'inclusion, le Groupe Valmont Énergies étudie, à compétences égales, toutes les candidatures, dont celles de personnes en situation de handicap.",
  exp=R("", "", "Groupe Valmont Énergies", "Chef de produit marketing H/F"),
  notes="grand groupe; SuccessFactors; most ordinary wording 'n'a pas été retenue'; plain part generated from HTML; RGPD"),

M(slug="corbier-wttj-pas-de-suite", label="rejection", cat="ats-automated", style="ats", country="FR",
  vendor="wttj", brand="Maison Corbier",
  frm="Maison Corbier via Welcome to the Jungle <noreply@welcometothejungle.com>", headers=AUTO,
  subject="Votre candidature chez Maison Corbier",
  text="""Bonjour Sam,

Merci beaucoup pour l'intérêt que vous avez porté à Maison Corbier et pour le temps consacré à votre candidature au poste de Responsable marketing digital.

Nous avons reçu de nombreuses candidatures de grande qualité. Malheureusement, nous ne donnerons pas suite à votre candidature pour ce poste, d'autres profils correspondant davantage à nos besoins actuels.

N'hésitez pas à suivre notre page pour découvrir nos prochaines offres.

Belle journée,
Sophie, pour l'équipe Maison Corbier""",
  about="Maison Corbier - cosmétiques naturels fabriqués à Lyon depuis 1987. Entreprise à mission, certifiée B Corp.",
  exp=R("", "Sophie", "Maison Corbier", "Responsable marketing digital"),
  notes="PME lyonnaise; Welcome to the Jungle; 'ne donnerons pas suite'"),

M(slug="plumetis-teamtailor-tu", label="rejection", cat="ats-after-interview", style="ats", country="FR",
  vendor="teamtailor", brand="Plumetis",
  frm="Plumetis <noreply@teamtailor-mail.com>", reply_to="Thomas Garnier <thomas.garnier@plumetis.example>",
  subject="Ta candidature chez Plumetis 🪶",
  text="""Salut Sam,

Merci encore pour ton temps lors de nos échanges avec Inès et moi, et pour ton intérêt pour le poste de Growth Marketing Manager.

On a pris le temps de bien réfléchir, et on a décidé de ne pas poursuivre avec toi pour ce poste. On cherche quelqu'un qui a déjà piloté l'acquisition payante sur des budgets plus importants, et c'est ce qui a fait la différence.

On a vraiment apprécié ton énergie et ta vision de la marque. Si tu es d'accord, on aimerait garder ton profil sous le coude pour la suite : on recrute beaucoup en 2027.

Et si tu veux un retour plus détaillé, réponds simplement à ce mail.

Belle suite à toi !
Thomas
Head of Talent @ Plumetis""",
  exp=R("thomas.garnier@plumetis.example", "Thomas", "Plumetis", "Growth Marketing Manager"),
  notes="start-up parisienne; Teamtailor; tutoiement; emoji subject; English vendor footer; Reply-To recruiter"),

M(slug="delvaux-recruitee-fr-nl", label="rejection", cat="ats-automated", style="ats", country="BE",
  vendor="recruitee", brand="Biscuiterie Delvaux-Peeters",
  frm="Biscuiterie Delvaux-Peeters <jobs@delvaux-peeters.recruitee.com>", headers=AUTO,
  subject="Votre candidature / Uw sollicitatie - Brand Manager Benelux",
  text="""(Nederlandse versie hieronder)

Bonjour Sam Taylor,

Nous vous remercions pour votre candidature au poste de Brand Manager Benelux et pour l'intérêt que vous portez à la Biscuiterie Delvaux-Peeters.

Nous sommes au regret de vous annoncer que nous avons retenu un autre profil, dont l'expérience correspond plus étroitement aux exigences de la fonction.

Nous vous souhaitons beaucoup de succès dans la suite de vos démarches.

Bien cordialement,
Le service RH
Biscuiterie Delvaux-Peeters

----

Beste Sam Taylor,

Hartelijk dank voor uw sollicitatie voor de functie van Brand Manager Benelux en voor uw interesse in Biscuiterie Delvaux-Peeters.

Helaas moeten wij u meedelen dat wij gekozen hebben voor een ander profiel, waarvan de ervaring nauwer aansluit bij de vereisten van de functie.

Wij wensen u veel succes bij uw verdere zoektocht.

Met vriendelijke groeten,
De HR-dienst
Biscuiterie Delvaux-Peeters""",
  about="Biscuiterie Delvaux-Peeters SA/NV - Chaussée de Mons 000, 1070 Anderlecht - TVA/BTW BE 0000.000.000",
  exp=R("", "", "Biscuiterie Delvaux-Peeters", "Brand Manager Benelux"),
  notes="belgian food company; Recruitee; bilingual fr/nl letter; 'avons retenu un autre profil'"),

M(slug="mosellane-smartrecruiters-lu", label="rejection", cat="keep-on-file", style="ats", country="LU",
  vendor="smartrecruiters", brand="Banque Mosellane",
  frm="Banque Mosellane <noreply@smartrecruiters.com>", headers=AUTO,
  subject="Banque Mosellane - Suite donnée à votre candidature",
  text="""Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous avez manifesté pour la Banque Mosellane et pour le poste de Marketing & Communication Officer basé à Luxembourg-Kirchberg.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre profil ne correspond pas suffisamment aux exigences du poste, notamment en ce qui concerne l'expérience du secteur bancaire et la maîtrise de la langue luxembourgeoise.

Souhaitez-vous que nous conservions votre CV pour de futures opportunités ? Sans réponse de votre part, vos données seront supprimées dans un délai de 6 mois.

[[Oui, conservez mon CV]]   [[Non, supprimez mes données]]

Avec nos meilleures salutations,
Talent Acquisition
Banque Mosellane S.A.""",
  about="Banque Mosellane S.A. - 00, avenue J.F. Kennedy, L-1855 Luxembourg - R.C.S. Luxembourg B 000000. Banque Mosellane is an equal opportunity employer.",
  exp=R("", "", "Banque Mosellane", "Marketing & Communication Officer"),
  notes="luxembourg bank; SmartRecruiters; 'profil ne correspond pas suffisamment'; keep-CV question with buttons; English vendor footer"),

M(slug="quebec-portail-non-retenu", label="rejection", cat="status-portal", style="ats", country="QC",
  vendor="emploisquebec", brand="Régie des espaces publics du Québec", logo_alt="Québec",
  frm="Carrières - Fonction publique <ne-pas-repondre@carrieres.gouv.qc.ca>", headers=AUTO,
  subject="Résultat de votre candidature - Processus 10458RS931002026",
  text="""Bonjour Sam Taylor,

Vous avez soumis votre candidature à l'offre d'emploi suivante :

{table}

À la suite de l'analyse de votre candidature en fonction des critères d'admissibilité et de sélection, nous vous informons que celle-ci n'a pas été retenue pour la suite du processus.

Nous vous remercions de l'intérêt manifesté envers la fonction publique québécoise et vous invitons à consulter régulièrement les offres d'emploi sur le site Carrières.

Veuillez noter que ce courriel est généré automatiquement.""",
  table=[("Titre de l'emploi", "Conseillère ou conseiller en communication"),
         ("Organisation", "Régie des espaces publics du Québec"),
         ("Numéro de l'offre", "10458RS931002026"),
         ("Statut", "Non retenue")],
  exp=R("", "", "Régie des espaces publics du Québec", "Conseillère ou conseiller en communication"),
  notes="fonction publique québécoise; portal status 'Non retenue'"),

M(slug="hellowork-guerin-relay", label="rejection", cat="job-board-relay", style="ats", country="FR",
  vendor="hellowork", brand="HelloWork", logo_alt="HelloWork", headers=BULK, plain_mode="html2text", plain_width=78,
  frm="HelloWork <candidatures@hellowork.com>",
  subject="Mise à jour de votre candidature : Chargé(e) de communication H/F",
  text="""Bonjour Sam,

Le recruteur a mis à jour le statut de votre candidature :

{table}

Ne vous découragez pas : de nouvelles offres correspondant à votre profil sont publiées chaque jour.

Offres qui pourraient vous intéresser :
- Chargé(e) de marketing H/F - Cave du Val de Sèvre - Niort
- Responsable communication H/F - Groupe Hospitalier Atlantique - La Rochelle
- Chef de projet marketing digital H/F - Ameublement Rivaud - Cholet

[[Voir toutes les offres]]""",
  table=[("Poste", "Chargé(e) de communication H/F"), ("Entreprise", "Transports Guérin & Fils"),
         ("Lieu", "Niort (79)"), ("Statut", "Candidature non retenue")],
  exp=R("", "", "Transports Guérin & Fils", "Chargé(e) de communication H/F"),
  notes="job-board relay; bulk headers; status table 'Candidature non retenue' above job suggestions; plain part generated from HTML"),

M(slug="kerlann-lever-poste-ferme", label="rejection", cat="role-cancelled", style="ats", country="FR",
  vendor="lever", brand="Kerlann",
  frm="Kerlann <no-reply@hire.lever.co>",
  subject="Votre candidature - Head of Brand",
  text="""Bonjour Sam,

Je me permets de revenir vers vous concernant votre candidature au poste de Head of Brand chez Kerlann.

Suite à une révision de nos priorités budgétaires pour 2027, nous avons pris la décision de fermer ce poste. Nous clôturons donc l'ensemble des candidatures en cours, dont la vôtre. Cette décision n'a rien à voir avec la qualité de votre parcours, que nous avions beaucoup apprécié lors du premier entretien.

Je suis sincèrement désolée de ne pas pouvoir vous proposer la suite que nous avions envisagée. Si le poste devait être rouvert, je reviendrais vers vous en priorité. Vous pouvez me joindre directement à camille.roux@kerlann.example.

Bien à vous,
Camille Roux
Talent Acquisition Manager - Kerlann""",
  about="Kerlann - la mutuelle en ligne née à Nantes. Kerlann s'engage pour l'égalité des chances et la diversité.",
  exp=R("camille.roux@kerlann.example", "Camille", "Kerlann", "Head of Brand"),
  notes="nantes scale-up; Lever; role closed for budget; recruiter address only in body"),

# ---- personal ----
M(slug="cabinet-client-pas-donne-suite", label="rejection", cat="agency-recruiter", style="personal", country="FR",
  frm="Aurélie Bastide <a.bastide@bastide-conseil.example>", client_html=True,
  subject="Suite de votre candidature - Responsable Marketing Produit (Laboratoires Fabre-Aubin)",
  text="""Bonjour Sam,

Comme évoqué ce matin au téléphone, je vous confirme par écrit que notre client, les Laboratoires Fabre-Aubin, n'a pas souhaité donner suite à votre candidature pour le poste de Responsable Marketing Produit.

Le comité a beaucoup apprécié votre approche et votre aisance à l'oral, mais a finalement privilégié un profil issu de l'industrie pharmaceutique, avec une connaissance fine de la réglementation sur la publicité des médicaments.

Je garde évidemment votre dossier en tête pour mes prochaines missions - j'ai notamment un poste de directeur marketing en cours de validation dans la cosmétique, dont je vous reparle dès que possible.

Bien à vous,

Aurélie Bastide
Consultante Senior - Bastide Conseil
Cabinet de recrutement Marketing & Digital
06 00 00 41 27 | 01 00 00 88 10""",
  exp=R("a.bastide@bastide-conseil.example", "Aurélie", "Laboratoires Fabre-Aubin", "Responsable Marketing Produit"),
  notes="cabinet de recrutement; client named; confirmation after phone call; mentions another mission"),

M(slug="vinalis-long-courrier", label="rejection", cat="personal-after-interview", style="personal", country="FR",
  frm="Bertrand Lacaze <bertrand.lacaze@vinalis.example>", charset="iso-8859-1", cte="8bit",
  subject="Notre rencontre à Bordeaux",
  text="""Bonjour Sam,

Je tenais à vous écrire personnellement après nos deux rencontres, la première en visio et la seconde ici, aux Chartrons.

Toute l'équipe a beaucoup apprécié votre venue. Votre lecture de notre marque, et surtout votre idée de refondre le parcours des abonnés autour des visites de domaines, a nourri nos discussions pendant plusieurs jours. Julie, notre responsable CRM, m'a même demandé si elle pouvait reprendre certaines de vos suggestions pour la newsletter de Noël (je lui ai dit que ce serait à vous de voir !).

Nous avons dû faire un choix difficile pour le poste de Directeur/Directrice Marketing. Notre choix s'est finalement porté sur un autre candidat, qui connaît le monde du vin de l'intérieur et a déjà travaillé avec une partie de nos domaines partenaires. Dans la phase que traverse Vinalis, cela a pesé lourd.

Je sais que ce n'est pas la réponse que vous espériez, et je m'en excuse sincèrement, d'autant que le processus a été long.

Si vous le souhaitez, je serais ravi de prendre vingt minutes au téléphone pour vous faire un retour plus complet. Et si vous passez à Bordeaux, la porte reste ouverte pour un verre.

Bien cordialement,

Bertrand Lacaze
Fondateur & Directeur général
Vinalis - le caviste en ligne
05 00 00 12 40""",
  exp=R("bertrand.lacaze@vinalis.example", "Bertrand", "Vinalis", "Directeur/Directrice Marketing"),
  notes="bordeaux e-commerce founder; long warm letter, verdict in the middle; ISO-8859-1 8bit"),

M(slug="relance-reponse-courte-pourvu", label="rejection", cat="terse", style="personal", country="FR",
  frm="Claire Dumont <claire.dumont@editions-lumen.example>", parent="example.org", day="2026-11-24",
  subject="RE: Relance - candidature Chef de projet marketing éditorial",
  text="""Bonjour Sam,

Désolée pour le délai de réponse. Le poste a été pourvu début novembre.

Bonne continuation,
Claire

De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 23 novembre 2026 09:02
À : Claire Dumont <claire.dumont@editions-lumen.example>
Objet : Relance - candidature Chef de projet marketing éditorial

Bonjour Madame Dumont,

Je me permets de revenir vers vous au sujet de ma candidature au poste de Chef de projet marketing éditorial aux Éditions Lumen, envoyée le 12 octobre. Le poste m'intéresse toujours beaucoup et je reste disponible pour un échange.

Bien cordialement,
Sam Taylor""",
  exp=R("claire.dumont@editions-lumen.example", "Claire", "Éditions Lumen", "Chef de projet marketing éditorial"),
  notes="publisher; two-line reply above Sam's chaser; Outlook French quote header; 'le poste a été pourvu'"),

M(slug="interim-liege-stand-by", label="rejection", cat="role-cancelled", style="personal", country="BE",
  frm="Kevin Lambotte <kevin.lambotte@meuse-talents.example>",
  subject="Poste de Marketing Manager chez Verrerie Hennuyère",
  text="""Bonjour Sam,

Je reviens vers vous concernant le poste de Marketing Manager chez notre client Verrerie Hennuyère.

Le client vient de m'informer qu'il met le recrutement en stand-by pour une durée indéterminée, suite à la reprise du groupe par un investisseur. Nous clôturons donc votre candidature pour ce poste, comme pour les autres candidats encore en lice. C'est frustrant, d'autant que vous faisiez partie des deux profils présentés au directeur général.

Si la fonction venait à être réouverte, je ne manquerai pas de vous recontacter. En attendant, je vous tiens informé si une autre opportunité se présente en région liégeoise ou à Bruxelles.

Bien à vous,

Kevin Lambotte
Consultant en recrutement
Meuse Talents - Liège
+32 4 000 00 61""",
  exp=R("kevin.lambotte@meuse-talents.example", "Kevin", "Verrerie Hennuyère", "Marketing Manager"),
  notes="belgian agency; client puts the hire on stand-by and the candidacy is closed; 'clôturons votre candidature'"),

M(slug="leman-assurances-suite-favorable", label="rejection", cat="personal-after-interview", style="personal", country="CHF",
  frm="Nathalie Berset <nathalie.berset@leman-assurances.example>", client_html=True,
  subject="Votre candidature - Responsable communication digitale",
  text="""Madame, Monsieur,

Nous faisons suite à votre entretien du 3 novembre dernier et vous remercions du temps que vous nous avez consacré.

Après mûre réflexion, nous avons le regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature pour le poste de Responsable communication digitale. Notre choix s'est porté sur une personne disposant d'une expérience plus étendue du marché suisse de l'assurance.

Nous vous remercions de l'intérêt que vous portez à Léman Assurances et vous adressons nos meilleurs vœux pour votre avenir professionnel.

Meilleures salutations

Nathalie Berset
Spécialiste Ressources Humaines
Léman Assurances SA
Avenue de Rumine 00, 1005 Lausanne
+41 21 000 45 90""",
  exp=R("nathalie.berset@leman-assurances.example", "Nathalie", "Léman Assurances", "Responsable communication digitale"),
  notes="lausanne insurer; 'Madame, Monsieur'; 'ne pourrons pas donner une suite favorable'; Swiss sign-off"),

M(slug="boreal-quebec-aller-de-lavant", label="rejection", cat="personal-after-interview", style="personal", country="QC",
  frm="Maxime Tremblay <maxime@studioboreal.example>", client_html=True,
  subject="Suivi - Gestionnaire de produit",
  text="""Bonjour Sam,

Merci encore pour ton temps mardi passé, c'était vraiment le fun de jaser avec toi de notre app et de ta vision produit.

Je voulais te revenir rapidement : on a décidé d'aller de l'avant avec un autre candidat pour le poste de Gestionnaire de produit. Il a déjà bâti une app de billetterie et on a besoin de quelqu'un qui peut livrer dès janvier.

Ça a été une décision serrée, honnêtement. Si jamais tu veux un feedback plus détaillé, fais-moi signe, ça va me faire plaisir.

Bonne fin de journée!

Maxime Tremblay
Cofondateur & CPO | Studio Boréal
514 000-8841""",
  exp=R("maxime@studioboreal.example", "Maxime", "Studio Boréal", "Gestionnaire de produit"),
  notes="montréal start-up; québécois register; 'aller de l'avant avec un autre candidat'"),

M(slug="mairie-courrier-pdf-jury", label="rejection", cat="public-sector", style="personal", country="FR",
  frm="Service Ressources Humaines - Ville de Villeneuve-la-Rivière <recrutement@villeneuve-la-riviere.example>",
  subject="Réponse à votre candidature - Chargé(e) de communication numérique",
  text="""Madame, Monsieur,

Veuillez trouver ci-joint le courrier de Monsieur le Maire relatif à votre candidature au poste de chargé(e) de communication numérique (cadre d'emplois des attachés territoriaux).

Pour rappel, le jury réuni le 18 novembre a examiné l'ensemble des candidatures présentées. Je suis au regret de vous informer qu'il n'a pas retenu la vôtre.

Je vous remercie de l'intérêt que vous avez porté à notre collectivité et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
Isabelle Fournier
Gestionnaire emploi-compétences
Direction des Ressources Humaines
Ville de Villeneuve-la-Rivière
Hôtel de Ville - 1 place de la République
Tél. : 02 00 00 30 15

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  attach=[("Courrier_reponse_candidature_TAYLOR.pdf", "application/pdf", FAKE_PDF)],
  exp=R("recrutement@villeneuve-la-riviere.example", "Isabelle", "Ville de Villeneuve-la-Rivière", "chargé(e) de communication numérique"),
  notes="fonction publique territoriale; HR officer with the mayor's letter as PDF; jury; confidentiality footer"),

M(slug="transfert-manager-interne", label="rejection", cat="internal-candidate", style="personal", country="FR",
  frm="Julie Perrot <julie.perrot@mutuelle-armor.example>", day="2026-10-30",
  subject="TR: Candidature Sam Taylor - Chef de projet marketing",
  text="""Hello Sam,

Je te transfère la réponse de Marc, plus simple que de te la résumer. Je suis vraiment déçue pour toi, ton entretien s'était super bien passé.

On s'appelle la semaine prochaine si tu veux ?

Julie

Julie Perrot | Chargée de recrutement | Mutuelle Armor | 02 00 00 77 31

De : Marc Le Gall <marc.legall@mutuelle-armor.example>
Envoyé : jeudi 29 octobre 2026 18:47
À : Julie Perrot <julie.perrot@mutuelle-armor.example>
Objet : RE: Candidature Sam Taylor - Chef de projet marketing

Julie,

Merci pour l'organisation des entretiens. Finalement on a choisi une candidate en interne pour le poste de Chef de projet marketing : Solène, de l'équipe relation adhérents, a postulé en dernière minute et connaît parfaitement nos offres. On ne va donc pas continuer avec Sam, malgré un très bon entretien. Tu peux le lui dire de ma part et le remercier ?

Marc""",
  exp=R("julie.perrot@mutuelle-armor.example", "Julie", "Mutuelle Armor", "Chef de projet marketing"),
  notes="recruiter forwards the manager's reply; internal candidate; verdict only in the forwarded part"),
]

OTH = [
M(slug="lanvaux-accuse-reception-4-semaines", label="other", cat="ack-received", style="ats", country="FR",
  vendor="workday", brand="Groupe Lanvaux Distribution", headers=AUTO, plain_mode="html2text",
  frm="Groupe Lanvaux Carrières <lanvaux@myworkday.com>",
  subject="Accusé de réception de votre candidature - Chef de marché digital H/F",
  text="""Bonjour Sam Taylor,

Nous avons bien reçu votre candidature au poste de Chef de marché digital H/F et vous remercions de l'intérêt que vous portez au Groupe Lanvaux Distribution.

Nos équipes vont étudier votre dossier avec attention. Si votre profil correspond à nos attentes, nous vous contacterons pour convenir d'un premier entretien.

Sans réponse de notre part dans un délai de 4 semaines, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature. En raison du nombre important de candidatures reçues, nous ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles.

Vous pouvez suivre l'avancement de votre candidature depuis votre [[espace candidat]].

Cordialement,
L'équipe Recrutement
Groupe Lanvaux Distribution""",
  notes="acknowledgement with 'sans réponse sous 4 semaines... pas de suite favorable' clause; plain part from HTML"),

M(slug="ateliers-nomade-wttj-entretien", label="other", cat="interview-invite", style="ats", country="FR",
  vendor="wttj", brand="Les Ateliers Nomade", reply_to="Pauline Marchal <pauline@ateliers-nomade.example>",
  frm="Les Ateliers Nomade via Welcome to the Jungle <noreply@welcometothejungle.com>",
  subject="Bonne nouvelle : entretien pour le poste de Brand Content Manager",
  text="""Bonjour Sam,

Bonne nouvelle ! Votre candidature au poste de Brand Content Manager a retenu toute notre attention et nous aimerions beaucoup vous rencontrer.

Malheureusement, nous n'avons plus de créneaux disponibles cette semaine ; voici donc nos disponibilités pour la semaine prochaine. Choisissez celle qui vous convient le mieux : [[Choisir un créneau]]

L'entretien durera environ 45 minutes, avec Pauline (Head of Brand) et Hugo (Content Lead), dans nos locaux du 11e arrondissement.

À très vite,
Pauline, pour l'équipe des Ateliers Nomade""",
  notes="interview invitation with 'Malheureusement' about the calendar"),

M(slug="apec-alerte-offres-conseils", label="other", cat="job-alert", style="ats", country="FR",
  vendor="hellowork", brand="HelloWork", logo_alt="HelloWork", headers=BULK,
  frm="HelloWork Alertes <alertes@hellowork.com>",
  subject="7 nouvelles offres \"chef de produit marketing\" + Candidature non retenue : comment rebondir ?",
  text="""Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte "chef de produit marketing - Île-de-France" :

- Chef de produit marketing H/F - Laiterie du Vexin - Cergy
- Chef de produit senior H/F - Solvence Santé - Boulogne-Billancourt
- Product Marketing Manager H/F - Quantile SAS - Paris 9e
- Chef de produit digital H/F - Maisons Bellerive - Versailles
- Chef de groupe marketing H/F - Cafés Marceau - Rungis
- Chef de produit junior H/F - Librairies Orion - Paris 6e
- Responsable produit e-commerce H/F - Optiques Delmas - Créteil

Le conseil de la semaine : « Votre candidature n'a pas été retenue » ? Voici 5 façons de rebondir, dont le mail de remerciement qui peut tout changer. [[Lire l'article]]

[[Voir toutes les offres]]""",
  notes="job alert digest with an advice piece quoting rejection wording"),

M(slug="assessfirst-invitation-questionnaires", label="other", cat="assessment", style="ats", country="FR",
  vendor="assessfirst", brand="AssessFirst", logo_alt="AssessFirst", headers=AUTO,
  frm="AssessFirst pour Groupe Hélion <no-reply@assessfirst.com>",
  subject="Groupe Hélion vous invite à compléter votre profil AssessFirst",
  text="""Bonjour Sam,

Dans le cadre de votre candidature au poste de Responsable Marketing Client chez Groupe Hélion, nous vous invitons à compléter les questionnaires AssessFirst (SWIPE, DRIVE et BRAIN, environ 45 minutes au total).

Il n'y a pas de bonnes ou de mauvaises réponses : ces questionnaires permettent simplement de mieux comprendre votre façon de travailler.

Merci de les compléter avant le 2 octobre 2026. Passé ce délai, votre candidature ne pourra malheureusement pas être prise en compte pour la suite du processus.

[[Commencer]]""",
  notes="assessment invitation with deadline clause 'ne pourra malheureusement pas être prise en compte'"),

M(slug="quebec-admissible-examen", label="other", cat="status-update", style="ats", country="QC",
  vendor="emploisquebec", brand="Régie des espaces publics du Québec", logo_alt="Québec", headers=AUTO,
  frm="Carrières - Fonction publique <ne-pas-repondre@carrieres.gouv.qc.ca>",
  subject="Résultat de votre candidature - Processus 10458RS931007226",
  text="""Bonjour Sam Taylor,

Vous avez soumis votre candidature à l'offre d'emploi suivante :

{table}

À la suite de l'analyse de votre candidature en fonction des critères d'admissibilité, nous avons le plaisir de vous informer que celle-ci a été retenue pour la suite du processus. Vous êtes invité(e) à une épreuve écrite qui se tiendra en ligne le 12 novembre 2026. Les détails vous seront transmis dans les prochains jours.

Les personnes dont la candidature n'a pas été retenue en seront informées par courriel.

Veuillez noter que ce courriel est généré automatiquement.""",
  table=[("Titre de l'emploi", "Conseillère ou conseiller en stratégie numérique"),
         ("Organisation", "Régie des espaces publics du Québec"),
         ("Numéro de l'offre", "10458RS931007226"),
         ("Statut", "Admissible - épreuve écrite")],
  notes="same portal and template as a rejection; 'a été retenue'; mentions those not retained"),

M(slug="banque-paiement-refuse", label="other", cat="non-job-rejection", style="ats", country="FR",
  vendor="bank", brand="Banque Ardelle", logo_alt="Banque Ardelle", headers=AUTO,
  frm="Banque Ardelle <alertes@banque-ardelle.example>",
  subject="Paiement refusé sur votre carte **** 4417",
  text="""Bonjour Sam Taylor,

Un paiement de 289,00 EUR chez SNCF CONNECT le 14/10/2026 à 21h12 a été refusé.

Motif : plafond de paiement hebdomadaire atteint.

Si vous êtes à l'origine de cette opération, vous pouvez augmenter temporairement votre plafond depuis votre application. Si vous ne reconnaissez pas cette opération, faites opposition immédiatement : [[Faire opposition]]

Votre conseiller reste à votre disposition.""",
  notes="card payment refused"),

M(slug="flatchr-candidat-refuse-owner", label="other", cat="owner-hiring", style="ats", country="FR",
  vendor="flatchr", brand="Calder Street Media", logo_alt="Flatchr", headers=AUTO,
  frm="Flatchr <notifications@flatchr.io>",
  subject="Candidat refusé : Lucie Marchand - Chargé(e) de contenus (Paris)",
  text="""Bonjour Sam,

La candidature de Lucie Marchand pour l'annonce Chargé(e) de contenus (Paris) a été déplacée dans la colonne "Refusé" par Sam Taylor.

{table}

Le message de refus "Refus après entretien" a été envoyé à la candidate. Vous pouvez consulter l'historique des échanges dans la [[fiche candidat]].""",
  table=[("Annonce", "Chargé(e) de contenus (Paris)"), ("Entreprise", "Calder Street Media"),
         ("Candidat", "Lucie Marchand"), ("Étape précédente", "Entretien manager"), ("Nouvelle étape", "Refusé")],
  notes="Sam is hiring; ATS notice of Sam's own refusal of a candidate"),

M(slug="smartrecruiters-retrait-confirme", label="other", cat="withdrawal-confirmation", style="ats", country="FR",
  vendor="smartrecruiters", brand="Océanis Voyages", headers=AUTO,
  frm="Océanis Voyages <noreply@smartrecruiters.com>",
  subject="Confirmation du retrait de votre candidature",
  text="""Bonjour Sam,

Nous vous confirmons que votre candidature au poste de Responsable CRM & Fidélisation a été retirée à votre demande le 9 novembre 2026. Elle ne sera donc plus examinée par nos équipes et le processus est clôturé pour ce poste.

Nous respectons votre décision et vous remercions de l'intérêt porté à Océanis Voyages. Si vous changez d'avis, vous pourrez postuler à nouveau à nos futures offres.

Cordialement,
L'équipe Talent Acquisition
Océanis Voyages""",
  notes="Sam withdrew; 'processus est clôturé' at Sam's request"),

# ---- personal ----
M(slug="reponse-question-autre-candidat", label="other", cat="answer-to-owner-question", style="personal", country="FR",
  frm="Émilie Caron <emilie.caron@quantile.example>", parent="example.org", day="2026-10-08", wrap=False,
  subject="Re: Point sur ma candidature - Product Marketing Manager",
  text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Nous n'avons retenu personne pour l'instant : notre CEO était en déplacement aux États-Unis, ce qui a tout décalé.

Nous aimerions justement vous proposer le dernier entretien avec lui. Seriez-vous disponible jeudi 15 octobre à 11h ou vendredi 16 à 16h30 ?

Bien à vous,
Émilie

Émilie Caron
People Manager - Quantile

Le mer. 7 oct. 2026 à 17:22, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Émilie,
>
> Je me permets de vous relancer au sujet du poste de Product Marketing
> Manager. Avez-vous déjà retenu un autre candidat ? Je comprendrais tout à
> fait, mais j'aimerais savoir où en est le processus.
>
> Belle soirée,
> Sam""",
  notes="answer to 'avez-vous déjà retenu un autre candidat ?' with a final interview; Gmail quote"),

M(slug="reponse-remerciement-apres-refus", label="other", cat="reply-to-owner-followup", style="personal", country="BE",
  frm="Sarah Mertens <sarah.mertens@brasseries-sambre.example>", parent="example.org", parent_depth=2, day="2026-11-12", wrap=False,
  subject="RE: RE: Votre candidature - Trade Marketing Manager",
  text="""Bonjour Sam,

Merci beaucoup pour votre message, c'est très rare et ça fait plaisir ! Aucun besoin de vous excuser pour le délai, au contraire. Je serais ravie de rester en contact ; je vous ai ajouté(e) sur LinkedIn.

Belle fin de semaine,
Sarah

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Envoyé : mercredi 11 novembre 2026 20:14
À : Sarah Mertens
Objet : RE: Votre candidature - Trade Marketing Manager

Bonjour Sarah,

Merci pour votre retour, même s'il n'est pas celui que j'espérais. Pardon de ne
répondre que maintenant. Je serais heureux·se de rester en contact si une
autre opportunité se présente.

Bien cordialement,
Sam

-----Message d'origine-----
De : Sarah Mertens
Envoyé : vendredi 6 novembre 2026 10:05
À : Sam Taylor
Objet : Votre candidature - Trade Marketing Manager

Bonjour Sam,

Nous vous remercions pour votre intérêt. Malheureusement, nous avons décidé
de poursuivre avec un autre candidat pour le poste de Trade Marketing Manager.

Cordialement,
Sarah Mertens
HR Business Partner - Brasseries de la Sambre""",
  notes="recruiter answers Sam's thank-you; rejection only two quotes down"),

M(slug="collegue-refus-candidat-montreal", label="other", cat="owner-hiring", style="personal", country="QC",
  frm="Geneviève Roy <genevieve.roy@example.org>", parent="example.org", wrap=False,
  subject="Re: Candidats - Coordonnateur·trice marketing",
  text="""Salut Sam,

J'ai envoyé le refus à Thomas Lefebvre ce matin. Il a répondu super poliment et demande un retour sur son test, je peux lui envoyer tes notes?

Pour la suite on garde Amira et Félix pour l'entrevue finale la semaine prochaine. Je bloque ton agenda mercredi PM.

Merci!
Gen

Geneviève Roy
Partenaire RH | Calder Street Media - Bureau de Montréal""",
  notes="Sam is hiring; Montréal colleague sent a refusal to a candidate"),

M(slug="proposition-conference-non-retenue", label="other", cat="non-job-rejection", style="personal", country="FR",
  frm="Comité de programme - Rencontres du Marketing Digital <programme@rmd-nantes.example>",
  subject="Votre proposition d'intervention - Rencontres du Marketing Digital 2027",
  text="""Bonjour Sam Taylor,

Merci d'avoir proposé l'intervention « Mesurer la fidélité d'une audience quand on ne vend rien » pour l'édition 2027 des Rencontres du Marketing Digital.

Nous avons reçu cette année 312 propositions pour 40 créneaux. Malgré ses qualités, votre proposition n'a pas été retenue par le comité de programme. Les relecteurs ont salué la clarté du sujet, mais ont estimé qu'il recoupait trop une conférence plénière déjà programmée.

Pour vous remercier de votre participation, nous vous offrons une réduction de 30 % sur votre billet (code : MERCI-CFP27).

Au plaisir de vous croiser à Nantes en mars,

Hélène Guérin
pour le comité de programme""",
  notes="conference talk declined 'n'a pas été retenue'"),

M(slug="decision-repoussee-finaliste", label="other", cat="status-update", style="personal", country="CHF",
  frm="Olivier Favre <olivier.favre@jura-horlogerie.example>", client_html=True,
  subject="Point d'étape - poste de Responsable Marketing",
  text="""Bonjour Sam,

Je voulais vous tenir informé(e) : la décision finale pour le poste de Responsable Marketing est repoussée d'environ deux semaines, le conseil d'administration ne se réunissant que le 8 décembre.

Le recrutement n'est ni suspendu ni annulé, et vous êtes toujours en lice parmi les deux finalistes. Je reviens vers vous dès que j'en sais plus.

Merci pour votre patience, et meilleures salutations,

Olivier Favre
Directeur des ressources humaines
Jura Horlogerie SA, Le Sentier""",
  notes="decision postponed; 'ni suspendu ni annulé'; still a finalist"),

M(slug="offre-emploi-quebec", label="other", cat="offer", style="personal", country="QC",
  frm="Isabelle Gagnon <isabelle.gagnon@laurentides-media.example>", client_html=True,
  subject="Offre d'emploi - Directrice ou directeur produit numérique",
  text="""Bonjour Sam,

Suite à notre appel de ce midi, j'ai le grand plaisir de te confirmer par écrit notre offre pour le poste de directeur ou directrice produit numérique chez Médias Laurentides!

Tu trouveras la lettre d'offre dans DocuSign d'ici la fin de la journée : salaire annuel de 118 000 $, 4 semaines de vacances, mode hybride (2 jours au bureau à Montréal).

On a rencontré d'excellents candidats et on a dû en refuser plusieurs, mais ton profil s'est clairement démarqué. On aimerait avoir ta réponse d'ici vendredi le 11 décembre.

Au plaisir de travailler avec toi!

Isabelle Gagnon
Vice-présidente Talent et culture | Médias Laurentides""",
  notes="offer; mentions refusing other candidates"),

M(slug="demande-reference-ancien-collegue", label="other", cat="reference-request", style="personal", country="LU",
  frm="Paul Weber <paul.weber@ardennes-digital.example>", client_html=True,
  subject="Demande de référence - Julien Morel",
  text="""Bonjour Sam Taylor,

Julien Morel, qui a travaillé sous votre responsabilité chez Calder Street Media, vous a cité comme référence dans le cadre de sa candidature au poste de Content Lead chez Ardennes Digital, à Luxembourg.

Sa candidature est en phase finale. Accepteriez-vous un échange téléphonique d'une quinzaine de minutes cette semaine ? Si vous ne souhaitez pas donner de référence, un simple refus par retour de mail suffit, et cela n'aura évidemment aucune incidence sur sa candidature.

Avec mes remerciements,

Paul Weber
Head of People | Ardennes Digital S.à r.l.
+352 00 00 12 55""",
  notes="reference request about someone else's candidacy; 'un simple refus' about Sam's answer"),

M(slug="sam-envoie-refus-candidate", label="other", cat="owner-sent", style="personal", country="FR",
  frm="Sam Taylor <sam.taylor@example.org>", to="Camille Hervé <camille.herve@courriel.example>", parent="courriel.example",
  subject="Re: Candidature - Chargé(e) de contenus",
  text="""Bonjour Camille,

Merci encore pour le temps que vous nous avez accordé lors de l'entretien de jeudi, et pour le travail soigné sur l'exercice de rédaction.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste de Chargé(e) de contenus. Nous avons retenu un profil ayant davantage d'expérience en vidéo courte, qui est au cœur du poste.

Je serais heureux·se de vous faire un retour plus détaillé par téléphone si vous le souhaitez. Je vous souhaite beaucoup de réussite pour la suite.

Bien cordialement,

Sam Taylor
Head of Insights | Calder Street Media""",
  notes="Sam's own sent rejection to a candidate (From Sam)"),
]

MESSAGES = REJ + OTH
