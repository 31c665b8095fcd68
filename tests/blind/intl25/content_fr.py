"""French messages (France, Belgium, Switzerland romande, Québec): 16 rejections, 16 hard negatives."""


def M(**kw):
    kw.setdefault("lang", "fr")
    kw.setdefault("country", "FR")
    return kw


UNSUB = {"List-Unsubscribe": "<{unsub}>", "Auto-Submitted": "auto-generated", "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS style
    M(slug="marbeuf-smartrecruiters-non-retenue", label="rejection", cat="ats-automated", style="ats",
      vendor="smartrecruiters", brand="Groupe Marbeuf Distribution", plain_mode="h2t",
      frm="Groupe Marbeuf Distribution <noreply@smartrecruiters.com>",
      subject="Votre candidature au poste de Chef de produit marketing H/F",
      headers=AUTO,
      exp=("", "", "Groupe Marbeuf Distribution", "Chef de produit marketing H/F"),
      notes="grande distribution; SmartRecruiters; most ordinary wording 'n'a pas été retenue'; CVthèque retention with opt-out",
      text="""Bonjour Sam,

Nous vous remercions pour l'intérêt que vous portez au Groupe Marbeuf Distribution et pour votre candidature au poste de Chef de produit marketing H/F basé à notre siège de Massy.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Sauf opposition de votre part, nous conserverons votre CV dans notre CVthèque pendant une durée de deux ans afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait. Vous pouvez à tout moment demander la suppression de vos données via [[ce formulaire]].

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
L'équipe Recrutement
Groupe Marbeuf Distribution""",
      about="Groupe Marbeuf Distribution : 312 magasins de proximité et hypermarchés, 24 000 collaborateurs, engagés pour un commerce responsable. Nous recrutons sans discrimination et accueillons les personnes en situation de handicap."),

    M(slug="chu-valdrome-talentsoft-suite-favorable", label="rejection", cat="ats-automated", style="ats",
      vendor="talentsoft", brand="Centre hospitalier de Valdrôme", html_only=True, cte="base64",
      frm="Centre hospitalier de Valdrôme – Recrutement <recrutement-noreply@ch-valdrome.example>",
      subject="Réponse à votre candidature – Chargé(e) de communication (réf. CH-2026-311)",
      headers=AUTO,
      exp=("drh.recrutement@ch-valdrome.example", "", "Centre hospitalier de Valdrôme", "Chargé(e) de communication"),
      notes="hôpitaux; Talentsoft; HTML-only base64; 'pas en mesure de donner une suite favorable'; team address in body, signed by the DRH service",
      text="""Madame, Monsieur,

Vous avez bien voulu nous adresser votre candidature pour le poste de Chargé(e) de communication (réf. CH-2026-311) au sein de la Direction de la communication et des relations usagers, et nous vous en remercions.

Après examen attentif de votre dossier, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.

Nous vous remercions de l'intérêt que vous portez au Centre hospitalier de Valdrôme et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour toute question, vous pouvez écrire à drh.recrutement@ch-valdrome.example.

La Direction des ressources humaines
Centre hospitalier de Valdrôme"""),

    M(slug="sevigne-workday-bilingue", label="rejection", cat="ats-automated", style="ats", vendor="workday",
      brand="Banque Sévigné",
      frm="Banque Sévigné <sevigne@myworkday.com>",
      subject="Votre candidature / Your application – Responsable marketing digital (JR-11842)",
      headers=AUTO,
      exp=("", "", "Banque Sévigné", "Responsable marketing digital"),
      notes="banques; Workday; French then English version; 'poursuivre avec d'autres candidats'; EEO paragraph",
      text="""English version below

Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Responsable marketing digital (JR-11842) au sein de la Banque Sévigné.

Nous avons étudié votre candidature avec attention. Nous avons toutefois décidé de poursuivre le processus avec d'autres candidats dont le profil correspond davantage aux besoins du poste.

Nous vous invitons à consulter régulièrement nos [[offres d'emploi]] et à créer une alerte.

Bien cordialement,
Talent Acquisition – Banque Sévigné

---

Dear Sam Taylor,

Thank you for your interest in the Responsable marketing digital (JR-11842) position at Banque Sévigné. We have decided to move forward with other candidates whose profiles more closely match the needs of the role.

Best regards,
Talent Acquisition – Banque Sévigné

La Banque Sévigné s'engage en faveur de la diversité et de l'égalité des chances. Toutes nos offres sont ouvertes aux personnes en situation de handicap.""",
      footer=["Banque Sévigné SA au capital de 412 000 000 € · 8 rue de Sévigné, 75004 Paris · RCS Paris 552 000 118 · ORIAS 07 000 118"]),

    M(slug="ville-saint-aubrac-poste-pourvu", day="2026-11-09", label="rejection", cat="ats-automated", style="ats",
      vendor="flatchr", brand="Ville de Saint-Aubrac",
      frm="Ville de Saint-Aubrac – Recrutement <recrutement@saint-aubrac.flatchr.example>",
      reply_to="Service emploi et compétences <emploi@saint-aubrac.example>",
      subject="Votre candidature – Chargé de communication digitale (attaché territorial)",
      headers=AUTO,
      exp=("emploi@saint-aubrac.example", "Nadège", "Ville de Saint-Aubrac", "Chargé de communication digitale"),
      notes="collectivités; jury de recrutement; 'le poste a été pourvu'; Reply-To service address; signed by a named person",
      text="""Madame, Monsieur,

Vous avez présenté votre candidature au poste de Chargé de communication digitale (cadre d'emplois des attachés territoriaux, catégorie A) à la Direction de la communication de la Ville de Saint-Aubrac, et je vous en remercie.

Je vous informe que le jury de recrutement s'est réuni le 6 novembre 2026 et que le poste a été pourvu.

Je vous remercie de l'intérêt porté à notre collectivité et vous souhaite une bonne continuation dans vos démarches.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
Nadège Combes
Directrice des ressources humaines
Ville de Saint-Aubrac – Hôtel de Ville, place de la République, 12210 Saint-Aubrac"""),

    M(slug="delorme-greenhouse-apres-case", label="rejection", cat="after-assessment", style="ats",
      vendor="greenhouse", brand="Delorme & Associés",
      frm="Delorme & Associés <no-reply@eu.greenhouse-mail.io>",
      reply_to="Claire Vasseur <claire.vasseur@delorme-associes.example>",
      subject="Delorme & Associés – suite de votre processus (Manager Marketing & Expérience client)",
      headers=AUTO,
      exp=("claire.vasseur@delorme-associes.example", "Claire", "Delorme & Associés",
           "Manager Marketing & Expérience client"),
      notes="cabinets de conseil; Greenhouse; after the case interview; verdict wrapped in praise in the middle",
      text="""Bonjour Sam,

Merci encore pour le temps que vous avez consacré à notre processus de recrutement pour le poste de Manager Marketing & Expérience client, et en particulier pour l'étude de cas présentée à Julien et Sophie mardi dernier. Votre analyse de la fidélisation dans la grande distribution a été très appréciée, notamment la partie sur la donnée client.

Après une discussion approfondie avec l'ensemble des associés, nous avons décidé de ne pas donner suite à votre candidature à ce stade. Nous recherchons pour ce poste un profil ayant déjà mené des missions de conseil en tant que manager, ce qui a fait la différence.

Nous sommes convaincus que votre parcours vous ouvrira de belles portes et serions heureux de rester en contact. N'hésitez pas à me contacter si vous souhaitez un retour plus détaillé.

Bien à vous,
Claire Vasseur
Talent Acquisition Lead
Delorme & Associés – Conseil en stratégie et transformation""",
      about="Delorme & Associés accompagne depuis 1998 les entreprises de la distribution, de la banque et de la santé. Classé parmi les « Meilleurs cabinets de conseil 2026 »."),

    M(slug="mutualite-lever-fr-nl-cloture", label="rejection", cat="role-cancelled", style="ats", vendor="lever",
      country="BE", brand="Mutualité Horizon",
      frm="Mutualité Horizon <no-reply@hire.lever.co>",
      subject="Votre candidature – Marketing Manager Benelux / Uw sollicitatie",
      headers=AUTO,
      exp=("", "", "Mutualité Horizon", "Marketing Manager Benelux"),
      notes="assurances/mutuelle; Belgian; Lever; French then Dutch version; 'nous avons clôturé ce recrutement' (requisition closed)",
      text="""Nederlandse versie hieronder

Bonjour Sam,

Merci pour votre candidature au poste de Marketing Manager Benelux.

Nous souhaitons vous informer que nous avons clôturé ce recrutement : à la suite d'une réorganisation interne, les missions du poste seront réparties au sein de l'équipe existante. Votre candidature ne sera donc pas poursuivie.

Nous vous remercions sincèrement pour votre intérêt et vous souhaitons plein succès.

L'équipe Talent de la Mutualité Horizon

---

Beste Sam,

Bedankt voor uw sollicitatie voor de functie Marketing Manager Benelux.

Wij laten u weten dat wij deze vacature hebben afgesloten: na een interne reorganisatie worden de taken binnen het bestaande team verdeeld. Uw sollicitatie wordt daarom niet verder behandeld.

Met vriendelijke groeten,
Het Talent-team van Mutualité Horizon""",
      footer=["Mutualité Horizon · Rue Royale 150, 1000 Bruxelles · BCE 0411.222.333"]),

    M(slug="boreale-taleo-quebec", label="rejection", cat="ats-automated", style="ats", vendor="taleo",
      country="QC", brand="Coopérative financière Boréale", plain_mode="h2t",
      frm="Coopérative financière Boréale <carrieres@taleo.net>",
      subject="Votre candidature – Conseiller(ère) principal(e), marketing (affichage 26-4410)",
      headers=AUTO,
      exp=("", "", "Coopérative financière Boréale", "Conseiller(ère) principal(e), marketing"),
      notes="banques; Québec; Taleo; 'retenu des candidatures qui correspondent davantage'; courriel, affichage",
      text="""Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous portez à la Coopérative financière Boréale et du temps consacré à votre candidature pour le poste de Conseiller(ère) principal(e), marketing (affichage 26-4410).

Nous avons reçu un nombre important de candidatures de grande qualité. Malheureusement, nous avons retenu des candidatures qui correspondent davantage aux exigences du poste.

Votre dossier demeure actif dans notre banque de candidatures. Nous vous encourageons à consulter régulièrement nos [[affichages de postes]] et à créer une alerte-emploi.

Au plaisir,
L'équipe Acquisition de talents
Coopérative financière Boréale

Ceci est un courriel automatisé; veuillez ne pas y répondre."""),

    M(slug="indeed-statut-non-retenue", label="rejection", cat="status-portal", style="ats", vendor="indeed",
      brand="Indeed", plain_mode="h2t",
      frm="Indeed <candidatures@indeed.com>",
      subject="Mise à jour de votre candidature chez Pharmacie Grand Large",
      headers=UNSUB,
      exp=("", "", "Pharmacie Grand Large", "Responsable marketing et communication"),
      notes="grande distribution (parapharmacie chain); job-board relay; bulk headers; status 'Non retenue'; recommended jobs below",
      table=[("Poste", "Responsable marketing et communication"), ("Entreprise", "Pharmacie Grand Large"),
             ("Lieu", "Nantes (44)"), ("Statut", "Non retenue")],
      text="""Bonjour Sam,

L'employeur a mis à jour le statut de votre candidature :

{table}

L'employeur a indiqué qu'il ne donnerait pas suite à votre candidature pour ce poste. Ne vous découragez pas : de nouvelles offres sont publiées chaque jour.

# Offres qui pourraient vous intéresser

- [[Chargé de marketing – Océane Retail, Nantes]]
- [[Chef de projet communication – CHU Atlantique, Nantes]]
- [[Responsable CRM – Banque Loire Atlantique, Saint-Herblain]]

[[Voir toutes mes candidatures]]"""),

    # ------------------------------------------------------------------ rejections, personal
    M(slug="drh-hyper-apres-entretien-long", day="2026-11-05", label="rejection", cat="personal-after-interview", style="personal",
      frm="Sandrine Morel <sandrine.morel@groupe-alizes.example>",
      subject="Suite à nos entretiens – Responsable communication enseignes",
      exp=("sandrine.morel@groupe-alizes.example", "Sandrine", "Groupe Alizés", "Responsable communication enseignes"),
      notes="grande distribution; DRH after two interviews; long; verdict in the middle; vouvoiement; signature with phone",
      text="""Bonjour Sam,

Je tenais à revenir vers vous personnellement après les deux entretiens que vous avez eus avec Laurent Fabre, notre directeur marketing, puis avec moi-même, pour le poste de Responsable communication enseignes.

Je voulais d'abord vous remercier pour la qualité de nos échanges. Votre présentation sur la communication en magasin et votre regard « extérieur » sur nos enseignes ont vraiment nourri la réflexion de l'équipe, et Laurent m'a dit avoir rarement eu un entretien aussi vivant.

Nous avons cependant fait le choix d'un autre candidat, qui a passé plusieurs années chez un distributeur et connaît déjà très bien le fonctionnement avec les franchisés. C'est une décision qui s'est jouée à peu de choses, et je sais combien ce type de nouvelle est décevant après un processus aussi long.

Si vous le souhaitez, je serai ravie de prendre quinze minutes au téléphone pour vous faire un retour plus détaillé. Et je garde bien entendu votre profil en tête pour nos prochains recrutements au siège.

Très belle fin de semaine à vous,

Sandrine Morel
Directrice des ressources humaines – Siège
Groupe Alizés
Tél. : +33 4 72 55 61 40 · Port. : +33 6 55 12 34 87"""),

    M(slug="cabinet-recrutement-client-autre-profil", day="2026-11-17", label="rejection", cat="agency-recruiter", style="personal",
      frm="Mathieu Lenoir <m.lenoir@talentis-conseil.example>",
      subject="RE: Assurances Clairval – Responsable marque et communication",
      parent=True, parent_domain="example.org",
      exp=("m.lenoir@talentis-conseil.example", "Mathieu", "Assurances Clairval", "Responsable marque et communication"),
      notes="banques et assurances; cabinet de recrutement relays the client's no above Sam's message (Outlook quote)",
      text="""Bonjour Sam,

Merci pour votre message. J'ai eu le retour de mon client ce matin : Assurances Clairval a finalement retenu un autre profil pour le poste de Responsable marque et communication. Ils ont beaucoup apprécié votre entretien avec la directrice générale, mais ont privilégié une candidate ayant déjà travaillé dans l'assurance.

Je suis sincèrement désolé, je pensais vraiment que ça pouvait le faire. Je reviens vers vous dès que j'ai une mission qui correspond à votre profil – et il y en aura, j'en suis sûr.

Bien à vous,

Mathieu Lenoir
Consultant senior – Banque, Assurance, Services financiers
Talentis Conseil · 54 rue de la Victoire, 75009 Paris
+33 1 55 34 22 10 · +33 6 55 71 80 44

De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 16 novembre 2026 09:02
À : Mathieu Lenoir <m.lenoir@talentis-conseil.example>
Objet : Assurances Clairval – Responsable marque et communication

Bonjour Mathieu,

Avez-vous eu des nouvelles d'Assurances Clairval depuis mon entretien de mercredi ?

Merci d'avance,
Sam"""),

    M(slug="quebec-terse-comble-interne", label="rejection", cat="terse", style="personal", country="QC",
      frm="Geneviève Tremblay <gtremblay@epiceries-laurentides.example>",
      subject="Poste de gestionnaire marketing",
      exp=("gtremblay@epiceries-laurentides.example", "Geneviève", "Épiceries Laurentides", "gestionnaire marketing"),
      notes="grande distribution; Québec; tutoiement; three lines; 'on a comblé le poste à l'interne'",
      wrap=False,
      text="""Salut Sam,

Petit suivi rapide : on a finalement comblé le poste de gestionnaire marketing à l'interne. Merci encore pour ton temps et bonne chance pour la suite!

Geneviève
Épiceries Laurentides – Ressources humaines
450 555-0172"""),

    M(slug="relance-reponse-poste-pourvu", day="2026-11-16", label="rejection", cat="personal-after-interview", style="personal",
      country="FR", client_html=True,
      frm="Aurélie Garnier <aurelie.garnier@cabinet-vauban.example>",
      subject="Re: Relance – candidature Responsable marketing",
      parent=True, parent_domain="example.org",
      exp=("aurelie.garnier@cabinet-vauban.example", "Aurélie", "Cabinet Vauban", "Responsable marketing"),
      notes="cabinets de conseil; reply above Sam's relance (Gmail quote); apology for late answer; 'le poste a été pourvu'",
      text="""Bonjour Sam,

Merci pour votre relance et toutes mes excuses, j'aurais dû vous écrire bien plus tôt : le poste de Responsable marketing a été pourvu la semaine dernière. Nous n'allons donc pas pouvoir poursuivre avec vous.

Encore merci pour votre patience et votre intérêt pour le cabinet.

Bien cordialement,
Aurélie Garnier
Office manager & RH
Cabinet Vauban – Avocats & Conseils
01 55 20 84 12

Le jeu. 12 nov. 2026 à 10:41, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Madame Garnier,
>
> Je me permets de revenir vers vous concernant ma candidature au poste de
> Responsable marketing, suite à notre entretien du 22 octobre. Pourriez-vous
> me dire où en est le processus ?
>
> Bien cordialement,
> Sam Taylor"""),

    M(slug="hopital-recrutement-gele-ars", day="2026-11-04", label="rejection", cat="role-cancelled", style="personal",
      frm="Hélène Durand <helene.durand@ght-sud-loire.example>",
      subject="Poste de responsable de la communication – GHT Sud Loire",
      exp=("helene.durand@ght-sud-loire.example", "Hélène", "GHT Sud Loire", "responsable de la communication"),
      notes="hôpitaux; recruitment frozen after budget arbitration; post not reopened before 2027 at best",
      text="""Bonjour Sam Taylor,

Je reviens vers vous au sujet du poste de responsable de la communication du GHT Sud Loire, pour lequel nous nous étions rencontrés le 8 octobre.

Suite aux arbitrages budgétaires rendus par l'ARS la semaine dernière, la direction générale a décidé de geler l'ensemble des recrutements sur les fonctions support jusqu'à nouvel ordre. Le poste ne sera donc pas ouvert, au mieux, avant le second semestre 2027, et je ne peux malheureusement pas vous proposer de donner suite à votre candidature.

Je le regrette d'autant plus que votre profil avait fait l'unanimité auprès du comité. Si le poste venait à être réouvert, je ne manquerais pas de vous recontacter.

Bien cordialement,

Hélène Durand
Directrice de la communication et de la culture
Groupement hospitalier de territoire Sud Loire
Tél. 02 40 55 31 02"""),

    M(slug="be-recruteuse-transfert-feedback", day="2026-11-19", label="rejection", cat="forwarded-about-owner", style="personal",
      country="BE",
      frm="Sarah Claes <sarah.claes@bruxelloise-assurances.example>",
      subject="TR: Feedback entretien Sam Taylor – Brand Manager",
      exp=("sarah.claes@bruxelloise-assurances.example", "Sarah", "La Bruxelloise Assurances", "Brand Manager"),
      notes="assurances; Belgian; in-house recruiter forwards the manager's internal feedback; verdict inside the forward; NL signature line",
      text="""Bonjour Sam,

Comme promis, je vous transmets le retour de Pieter suite à votre entretien. Malheureusement ce n'est pas positif cette fois-ci – je préfère vous le transférer tel quel, il est plus parlant que ce que je pourrais en résumer.

Je reste à votre disposition si vous souhaitez en parler.

Bien à vous,
Sarah Claes
Talent Acquisition | La Bruxelloise Assurances
Boulevard du Régent 36, 1000 Bruxelles | +32 2 555 44 18
Deze e-mail is ook beschikbaar in het Nederlands op aanvraag.

-----Message d'origine-----
De : Pieter Janssens <pieter.janssens@bruxelloise-assurances.example>
Envoyé : mercredi 18 novembre 2026 18:12
À : Sarah Claes <sarah.claes@bruxelloise-assurances.example>
Objet : Feedback entretien Sam Taylor – Brand Manager

Sarah,

Bon entretien, Sam est clairement solide sur la stratégie de marque et le pilotage d'agences. Par contre, pour le poste de Brand Manager, je ne vais pas le/la retenir : il manque le néerlandais courant, indispensable pour la moitié du marché, et l'expérience assurance. Tu peux lui faire le retour ? Merci de le formuler gentiment, c'était un vrai bon échange.

Pieter"""),

    M(slug="conseil-associe-tutoiement", label="rejection", cat="personal-after-interview", style="personal",
      frm="Thibault Mercier <thibault@oriel-conseil.example>",
      subject="Ton process chez Oriel",
      exp=("thibault@oriel-conseil.example", "Thibault", "Oriel Conseil", "Senior Consultant Marketing & Growth"),
      notes="cabinets de conseil; partner, tutoiement, franglais; feedback first, verdict at the very end",
      text="""Hello Sam,

Je voulais te faire un retour direct plutôt qu'un mail RH tout fait.

D'abord, merci pour ton temps sur le case — le framework sur le pricing des abonnements était vraiment propre et ta restitution très claire. Côté fit avec l'équipe, les retours sont tous bons aussi. Là où on a eu plus de mal, c'est sur la partie « conseil pur » : la gestion d'un client exigeant, le staffing, la vente additionnelle. Ce sont des choses qu'on attend dès le premier jour sur ce poste de Senior Consultant Marketing & Growth, et on n'a pas senti assez de vécu là-dessus.

Du coup, après en avoir pas mal discuté avec Inès, on ne va pas aller plus loin ensemble sur ce process.

Thibault
Associé · Oriel Conseil
06 55 48 12 90"""),

    M(slug="banque-geneve-trilingue-footer", label="rejection", cat="personal-after-interview", style="personal",
      country="CH", client_html=True,
      frm="Valérie Rochat <valerie.rochat@rive-lac.example>",
      subject="Votre candidature – Responsable communication clientèle privée",
      exp=("valerie.rochat@rive-lac.example", "Valérie", "Banque Rive-Lac", "Responsable communication clientèle privée"),
      notes="banques; Swiss romande private bank; 'ne pas poursuivre votre candidature'; FR/EN/DE confidentiality footer",
      text="""Bonjour Monsieur, Madame Taylor,

Nous vous remercions d'avoir pris le temps de rencontrer Monsieur Favre et moi-même dans le cadre de votre candidature pour le poste de Responsable communication clientèle privée.

Nous sommes au regret de vous informer que nous avons décidé de ne pas poursuivre votre candidature. Le comité a retenu un profil disposant d'une expérience plus étendue de la banque privée et de la réglementation FINMA en matière de communication.

Nous vous souhaitons plein succès pour la suite de votre parcours professionnel.

Meilleures salutations,

Valérie Rochat
Ressources humaines
Banque Rive-Lac SA · Quai du Mont-Blanc 9 · 1201 Genève
T +41 22 555 20 40

Ce message est confidentiel. S'il ne vous est pas destiné, merci de le détruire et d'en informer l'expéditeur.
This message is confidential. If you are not the intended recipient, please delete it and notify the sender.
Diese Nachricht ist vertraulich. Wenn Sie nicht der vorgesehene Empfänger sind, löschen Sie sie bitte und benachrichtigen Sie den Absender."""),

    # ------------------------------------------------------------------ other, ATS style
    M(slug="marbeuf-smartrecruiters-accuse-hedge", label="other", cat="ack-received", style="ats",
      vendor="smartrecruiters", brand="Groupe Marbeuf Distribution", plain_mode="h2t",
      frm="Groupe Marbeuf Distribution <noreply@smartrecruiters.com>",
      subject="Nous avons bien reçu votre candidature – Responsable trade marketing H/F",
      headers=AUTO,
      notes="grande distribution; same sender as a rejection; hedge 'sans réponse de notre part sous 4 semaines, considérez que votre candidature n'a pas été retenue'",
      text="""Bonjour Sam,

Merci pour votre candidature au poste de Responsable trade marketing H/F. Nous avons bien reçu votre dossier et nous vous remercions de l'intérêt que vous portez au Groupe Marbeuf Distribution.

Notre équipe va étudier votre profil avec attention. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Vous pouvez suivre l'avancement de votre candidature depuis [[votre espace candidat]].

À très bientôt peut-être,
L'équipe Recrutement
Groupe Marbeuf Distribution""",
      about="Groupe Marbeuf Distribution : 312 magasins de proximité et hypermarchés, 24 000 collaborateurs, engagés pour un commerce responsable."),

    M(slug="chu-valdrome-talentsoft-convocation", day="2026-11-13", label="other", cat="interview-invite", style="ats",
      vendor="talentsoft", brand="Centre hospitalier de Valdrôme",
      frm="Centre hospitalier de Valdrôme – Recrutement <recrutement-noreply@ch-valdrome.example>",
      subject="Convocation à un entretien – Chargé(e) de projets communication interne (réf. CH-2026-329)",
      headers=AUTO,
      notes="hôpitaux; same sender as a rejection; interview summons; 'malheureusement' about parking; 'ne pas retenir' only about a date",
      text="""Madame, Monsieur,

Suite à l'examen de votre candidature pour le poste de Chargé(e) de projets communication interne (réf. CH-2026-329), nous avons le plaisir de vous convier à un entretien avec le jury de recrutement :

{table}

Merci de confirmer votre présence via [[votre espace candidat]]. Si ce créneau ne vous convient pas, indiquez-nous vos disponibilités ; nous ne pourrons malheureusement pas retenir de date postérieure au 4 décembre.

Le parking visiteurs étant malheureusement en travaux, nous vous conseillons de venir en transports en commun (tram T2, arrêt Hôpital).

La Direction des ressources humaines
Centre hospitalier de Valdrôme""",
      table=[("Date", "jeudi 26 novembre 2026, 14h30"), ("Lieu", "Bâtiment administratif, salle du conseil (2e étage)"),
             ("Durée", "45 minutes, dont 10 minutes de présentation")]),

    M(slug="sevigne-talent-community", label="other", cat="talent-pool-invite", style="ats", vendor="workday",
      brand="Banque Sévigné",
      frm="Banque Sévigné <sevigne@myworkday.com>",
      subject="Rejoignez la Communauté Talents de la Banque Sévigné",
      headers=UNSUB,
      notes="banques; same Workday sender as a rejection; talent-community invitation without any verdict",
      text="""Bonjour Sam Taylor,

Vous avez récemment consulté nos offres dans le domaine Marketing & Communication. Saviez-vous que vous pouvez rejoindre notre Communauté Talents ?

En quelques clics, recevez en avant-première nos opportunités, nos invitations à des événements de recrutement et des conseils de nos équipes. Vous pouvez vous désinscrire à tout moment.

[[Rejoindre la Communauté Talents]]

À bientôt,
Talent Acquisition – Banque Sévigné""",
      footer=["Banque Sévigné SA · 8 rue de Sévigné, 75004 Paris · RCS Paris 552 000 118"]),

    M(slug="wttj-alerte-offres", label="other", cat="job-alert", style="ats", vendor="wttj",
      brand="Welcome to the Jungle", plain_mode="h2t",
      frm="Welcome to the Jungle <alertes@welcometothejungle.com>",
      subject="8 nouvelles offres pour « responsable marketing »",
      headers=UNSUB,
      notes="job-board alert listing roles; 'offre pourvue' label on a saved offer",
      text="""Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte « responsable marketing – Paris » :

- [[Responsable marketing client – Fromageries Vernier · CDI · Paris 9e]]
- [[Head of Brand – Banque en ligne Néobanque Azur · CDI · Paris 2e]]
- [[Chargé·e de marketing en alternance – Maison Castel · Alternance · Levallois]]
- [[Responsable communication – Mairie de Montreuil-sur-Loire · Titulaire/Contractuel]]
- [[Stage – Assistant·e chef de produit – Biscuiterie du Nord · 6 mois · Lille]]

Une offre que vous aviez sauvegardée est désormais pourvue : « Growth Marketing Manager – Lumen Énergie ». Elle n'apparaîtra plus dans vos favoris.

[[Voir toutes les offres]]"""),

    M(slug="cfp-conference-proposition-refusee", label="other", cat="non-job-rejection", style="ats", vendor="company",
      brand="Salon Retail & Data 2027",
      frm="Retail & Data 2027 – Programme <programme@retail-data-salon.example>",
      subject="Votre proposition d'intervention n'a pas été retenue",
      headers=AUTO,
      notes="conference talk proposal declined; 'candidature', 'comité de sélection', 'pas été retenue'",
      text="""Bonjour Sam Taylor,

Merci d'avoir soumis votre proposition d'intervention « Mesurer l'impact des médias de proximité sur le drive-to-store » pour l'édition 2027 du Salon Retail & Data.

Nous avons reçu cette année 412 propositions pour 38 créneaux. Après délibération, le comité de sélection n'a malheureusement pas retenu votre candidature pour le programme des conférences.

Nous serions ravis de vous accueillir en tant que visiteur : voici un code d'invitation valable sur [[la billetterie]] : SPEAKER27-ST.

L'équipe Programme
Salon Retail & Data 2027""",
      footer=["Retail & Data Events SAS · 12 avenue de la Grande Armée, 75017 Paris",
              "Vous recevez cet e-mail car vous avez soumis une proposition. Se désinscrire : {unsub}"]),

    M(slug="marbeuf-drive-commande-annulee", day="2026-11-21", label="other", cat="non-job-rejection", style="ats", vendor="company",
      brand="Marbeuf Drive",
      frm="Marbeuf Drive <commandes@drive.marbeuf.example>",
      subject="Votre commande n° 48813207 a été annulée",
      headers=AUTO,
      notes="grande distribution; same group as a rejection; grocery order cancelled ('regret', 'pas pu être honorée')",
      text="""Bonjour Sam,

Nous sommes au regret de vous informer que votre commande n° 48813207 du 21/11/2026 n'a malheureusement pas pu être honorée par votre magasin Marbeuf Massy Centre, en raison d'un incident technique sur la chaîne du froid.

Le montant de 87,42 € ne vous sera pas débité. Votre bon de réduction de 5 € reste valable jusqu'au 31/12/2026.

Nous vous prions de nous excuser pour la gêne occasionnée.

[[Repasser ma commande]]

Le service clients Marbeuf Drive""",
      footer=["Marbeuf Drive SAS · Ceci est un message automatique, merci de ne pas y répondre.",
              "Gérer mes préférences de communication : {unsub}"]),

    M(slug="delorme-greenhouse-tests-en-ligne", label="other", cat="assessment-invite", style="ats",
      vendor="greenhouse", brand="Delorme & Associés",
      frm="Delorme & Associés <no-reply@eu.greenhouse-mail.io>",
      reply_to="Claire Vasseur <claire.vasseur@delorme-associes.example>",
      subject="Delorme & Associés – prochaine étape : tests en ligne",
      headers=AUTO,
      notes="cabinets de conseil; same Greenhouse sender as a rejection; online test invitation; hedge on what happens to unsuccessful candidates",
      text="""Bonjour Sam,

Merci pour votre candidature au poste de Consultant(e) senior Marketing Analytics. Nous avons le plaisir de vous inviter à l'étape suivante de notre processus : une série de tests en ligne (raisonnement numérique et verbal, environ 40 minutes).

[[Commencer les tests]]

Le lien est valable 5 jours. Les candidats dont les résultats ne correspondent pas aux attentes du poste en seront informés par e-mail dans un délai de deux semaines ; les autres seront contactés pour un entretien de cas.

Bonne chance !
Claire Vasseur
Talent Acquisition Lead"""),

    M(slug="ecole-alternance-admission-refusee", day="2026-11-10", label="other", cat="non-job-rejection", style="ats", vendor="company",
      brand="École Supérieure de Commerce de Rouen-Seine",
      frm="ESC Rouen-Seine – Admissions <admissions@esc-rouen-seine.example>",
      subject="Résultat d'admission – Executive Master Marketing digital (rythme alternance)",
      headers=AUTO,
      notes="alternance; school admission refused (not a job): 'candidature n'a pas été retenue par le jury d'admission'",
      text="""Bonjour Sam Taylor,

Nous vous remercions pour votre candidature à l'Executive Master Marketing digital, rentrée de janvier 2027 (rythme alternance : 1 semaine à l'école / 3 semaines en entreprise).

Après étude de votre dossier et de votre entretien de motivation, le jury d'admission n'a pas retenu votre candidature pour cette session. Le jury a notamment relevé l'absence de contrat d'apprentissage ou d'accord de votre employeur pour le rythme alterné.

Vous pouvez candidater à nouveau pour la session de septembre 2027 à partir du 1er février, via [[la plateforme d'admission]].

Le service des admissions
ESC Rouen-Seine"""),

    # ------------------------------------------------------------------ other, personal
    M(slug="owner-sent-relance-autre-candidat", day="2026-11-16", label="other", cat="owner-sent", style="personal",
      frm="Sam Taylor <sam.taylor@example.org>", to="Émilie Roux <emilie.roux@maison-castel.example>",
      subject="Candidature Responsable marketing client – où en êtes-vous ?",
      notes="Sam's own follow-up asking whether another candidate was chosen",
      text="""Bonjour Émilie,

J'espère que vous allez bien. Notre dernier échange date du 28 octobre et je me permets de revenir vers vous au sujet du poste de Responsable marketing client.

Avez-vous retenu un autre candidat ? Si c'est le cas, je comprendrais tout à fait, et je vous serais reconnaissant(e) de me le faire savoir, même en deux lignes. Si le processus est toujours en cours, je reste bien sûr très intéressé(e).

Bien cordialement,
Sam Taylor
Head of Insights · Calder Street Media
+44 20 5550 1188"""),

    M(slug="reponse-pas-du-tout-deuxieme-entretien", day="2026-11-17", label="other", cat="answer-to-owner-question",
      style="personal", parent=True, parent_domain="example.org",
      frm="Émilie Roux <emilie.roux@maison-castel.example>",
      subject="RE: Candidature Responsable marketing client – où en êtes-vous ?",
      notes="answer to Sam's 'avez-vous retenu un autre candidat ?': no, second interview invitation",
      text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Je suis désolée pour ce long silence, nous avons eu une fin d'octobre très chargée avec le lancement des collections de Noël.

Nous n'avons retenu personne pour l'instant et nous aimerions justement vous revoir pour un deuxième entretien avec notre directeur général, M. Castel. Seriez-vous disponible le mardi 24 novembre à 11h, dans nos bureaux de Levallois ?

Bien à vous,
Émilie Roux
Responsable RH · Maison Castel
01 55 63 40 20

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 16 novembre 2026 08:55
À : Émilie Roux <emilie.roux@maison-castel.example>
Objet : Candidature Responsable marketing client – où en êtes-vous ?

Avez-vous retenu un autre candidat ? Si c'est le cas, je comprendrais tout à fait, et je vous serais reconnaissant(e) de me le faire savoir, même en deux lignes."""),

    M(slug="reponse-merci-restons-en-contact", day="2026-11-12", label="other", cat="reply-to-owner-followup", style="personal",
      parent=True, parent_depth=2, parent_domain="example.org",
      frm="Sandrine Morel <sandrine.morel@groupe-alizes.example>",
      subject="RE: Suite à nos entretiens – Responsable communication enseignes",
      notes="grande distribution; recruiter answers Sam's thank-you after a rejection; rejection only in quoted text",
      text="""Bonjour Sam,

Merci beaucoup pour votre message, très élégant. Pas besoin de vous excuser pour le délai, voyons !

Restons en contact, avec plaisir. Je vous ai ajouté(e) sur LinkedIn et je n'hésiterai pas à vous solliciter si un poste se libère au siège dans les prochains mois.

Belle journée,
Sandrine

De : Sam Taylor <sam.taylor@example.org>
Envoyé : mardi 10 novembre 2026 18:20
À : Sandrine Morel <sandrine.morel@groupe-alizes.example>
Objet : RE: Suite à nos entretiens – Responsable communication enseignes

Bonjour Sandrine,

Merci pour votre retour, même si j'aurais aimé une autre issue. Désolé(e) de répondre si tard. Je serais ravi(e) que nous restions en contact.

Sam

De : Sandrine Morel
Envoyé : jeudi 5 novembre 2026 17:02
Objet : Suite à nos entretiens – Responsable communication enseignes

> Nous avons cependant fait le choix d'un autre candidat, qui a passé plusieurs années chez un distributeur [...]"""),

    M(slug="collegue-stagiaires-refus", label="other", cat="owner-hiring", style="personal",
      frm="Camille Perrin <camille.perrin@example.org>",
      subject="Stage communication S1 2027 – refus envoyés",
      notes="alternance et stages; colleague at example.org about interns Sam turned down; 'refus', 'pas retenu'",
      text="""Salut Sam,

Pour info, j'ai envoyé ce matin les refus aux candidats pour le stage communication du premier semestre qu'on n'a pas retenus après les entretiens (Hugo, Maëlle, Yanis). J'ai repris ton texte, juste raccourci.

Il reste Inès et Baptiste : tu me dis lequel on prend ? Inès peut commencer le 5 janvier, Baptiste seulement en février à cause de sa convention de stage.

Et l'école de Baptiste demande une attestation de tutorat, je te la mets en PJ dans la journée.

Bises,
Camille"""),

    M(slug="agence-immo-dossier-location", label="other", cat="non-job-rejection", style="personal",
      frm="Agence Saint-Michel Immobilier <location@stmichel-immo.example>",
      subject="Votre dossier de location – T3 rue des Carmes",
      notes="rental application refused by the landlord ('dossier n'a pas été retenu', 'autre candidat')",
      text="""Bonjour,

Nous vous remercions pour l'intérêt porté à l'appartement T3 situé 14 rue des Carmes et pour l'envoi de votre dossier complet.

Nous sommes au regret de vous informer que votre dossier n'a pas été retenu par le propriétaire, qui a choisi un autre candidat. Conformément à la réglementation, les pièces de votre dossier seront supprimées de nos fichiers.

N'hésitez pas à consulter nos autres biens disponibles à la location sur notre site.

Cordialement,
Le service location
Agence Saint-Michel Immobilier
02 99 55 14 60"""),

    M(slug="quebec-offre-malheureusement-salaire", day="2026-11-20", label="other", cat="offer", style="personal", country="QC",
      frm="Marc-André Gagnon <magagnon@coop-boreale-assurances.example>",
      subject="Offre d'emploi – Directeur(trice) marketing",
      attach=[("Offre_emploi_Taylor.pdf", "application/pdf", "%PDF-1.4\n% offre d'emploi (fictif)\n%%EOF\n")],
      notes="assurances; Québec; job offer whose counter-proposal starts with 'malheureusement'; PDF attached",
      text="""Bonjour Sam,

Suite à nos rencontres et à la vérification de vos références, j'ai le grand plaisir de vous présenter une offre d'emploi pour le poste de Directeur(trice) marketing chez Boréale Assurances. Vous trouverez l'offre détaillée en pièce jointe.

Concernant votre demande salariale : malheureusement, nous ne pouvons pas aller au-delà de 118 000 $ pour le salaire de base, mais nous avons ajouté une semaine de vacances supplémentaire et un boni cible de 12 %.

Pourriez-vous nous faire part de votre décision d'ici le vendredi 27 novembre?

Au plaisir de vous compter parmi nous,

Marc-André Gagnon
Vice-président, Personnes et culture
Boréale Assurances
514 555-0198"""),

    M(slug="be-collectivite-pas-encore-decide", day="2026-11-25", label="other", cat="status-update", style="personal", country="BE",
      frm="Isabelle Lambert <isabelle.lambert@namur-ville.example>",
      subject="Votre candidature – Chargé(e) de communication numérique",
      notes="collectivités; Belgian; jury not yet decided, candidacy still in the running; opens with 'malheureusement'",
      text="""Bonjour Sam Taylor,

Malheureusement, je n'ai pas encore de nouvelles définitives à vous annoncer concernant le poste de Chargé(e) de communication numérique, et je tenais à ne pas vous laisser sans nouvelles.

Le jury n'a pas encore pris de décision : deux de ses membres étaient absents lors de la dernière délibération, et le collège communal doit se réunir à nouveau le 3 décembre. Votre candidature est toujours en lice et fait partie des trois dossiers retenus pour la dernière étape.

Je reviendrai vers vous dès que la décision sera prise, au plus tard le 7 décembre.

Bien à vous,
Isabelle Lambert
Service du Personnel – Ville de Namur
Tél. +32 81 55 60 12"""),

    M(slug="prospect-refuse-proposition-agence", label="other", cat="non-job-rejection", style="personal",
      frm="Olivier Bernard <olivier.bernard@laiterie-bocage.example>",
      subject="Appel d'offres campagne 2027 – votre proposition",
      notes="a prospect declines Calder Street Media's pitch (Sam's employer); 'retenu une autre agence', 'ne pas donner suite'",
      text="""Bonjour Sam,

Merci à vous et à toute l'équipe de Calder Street Media pour la qualité de votre proposition et de la soutenance de jeudi.

Après délibération du comité, nous avons décidé de ne pas donner suite à votre proposition : nous avons retenu une autre agence, dont l'offre était plus adaptée à notre budget pour 2027. Le choix a été difficile, votre recommandation stratégique ayant été la plus appréciée par notre directeur commercial.

J'espère que nous aurons l'occasion de retravailler ensemble sur un prochain projet.

Bien cordialement,
Olivier Bernard
Directeur marketing
Laiterie du Bocage
02 33 55 70 41"""),
]
