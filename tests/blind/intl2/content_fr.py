"""French messages (France, Belgium, Switzerland, Québec; 18 rejections, 18 hard negatives). Wording is data."""

FOOT_WTTJ = """Cet e-mail vous a été envoyé via Welcome to the Jungle au nom de {co}. Merci de ne pas répondre directement à ce message.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : [[Gérer mes données]]

[[Se désabonner des notifications]]"""

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="ardoise-wttj-vous", day="2026-11-27", label="rejection", cat="ats-automated", style="ats",
     frm="Ardoise & Cie via Welcome to the Jungle <no-reply@welcometothejungle.com>",
     reply_to="Camille Fournier <camille.fournier@ardoise-cie.example>",
     subject="Votre candidature chez Ardoise & Cie – Responsable Marketing Produit",
     banner="Ardoise & Cie", enc="quoted-printable", colour="#2b2d42",
     body="""Bonjour Sam Taylor,

Nous vous remercions sincèrement pour l'intérêt que vous portez à Ardoise & Cie et pour le temps consacré à votre candidature au poste de Responsable Marketing Produit.

Après une étude attentive de votre parcours, nous ne sommes malheureusement pas en mesure d'y réserver une suite favorable : pour ce recrutement, nous privilégions des profils ayant déjà piloté des lancements dans l'univers de la maison et de la décoration.

Nous conservons néanmoins un excellent souvenir de votre dossier et vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Camille Fournier
Chargée de recrutement""",
     footer=FOOT_WTTJ.format(co="Ardoise & Cie"),
     lab=("camille.fournier@ardoise-cie.example", "Camille", "Ardoise & Cie", "Responsable Marketing Produit"),
     notes="Welcome to the Jungle; vous; Reply-To person; 'pas en mesure d'y réserver une suite favorable'"),

dict(slug="mistral-smartrecruiters-profil", label="rejection", cat="keep-on-file", style="ats",
     frm="Groupe Mistral Assurances <no-reply@smartrecruiters.com>",
     subject="Suite donnée à votre candidature – Chef de produit marketing IARD (H/F)",
     banner="Groupe Mistral · Carrières", enc="base64", colour="#0b3c5d",
     body="""Madame, Monsieur,

Nous avons bien reçu votre candidature pour le poste de Chef de produit marketing IARD et vous en remercions.

Après analyse, il apparaît que votre profil ne correspond pas tout à fait aux compétences recherchées pour ce poste, notamment en matière de tarification et de connaissance du réseau d'agents généraux. Nous ne pourrons donc pas retenir votre candidature.

Avec votre accord, nous conserverons votre CV dans notre vivier pendant deux ans afin de pouvoir vous recontacter si une opportunité plus en adéquation avec votre parcours se présentait.

Pour toute question, l'équipe Recrutement reste joignable à l'adresse recrutement@groupe-mistral.example.

L'équipe Recrutement du Groupe Mistral""",
     footer="""Ceci est un message automatique, merci de ne pas y répondre.

Groupe Mistral Assurances SA – 14 cours Mirabeau, 13100 Aix-en-Provence – RCS Aix-en-Provence 512 000 447 – Entreprise régie par le Code des assurances.
[[Politique de confidentialité]] · [[Mentions légales]]""",
     lab=("recrutement@groupe-mistral.example", "", "Groupe Mistral", "Chef de produit marketing IARD"),
     notes="SmartRecruiters; base64; 'votre profil ne correspond pas tout à fait'; CV kept (vivier); team address in body"),

dict(slug="banque-vauclair-taleo", label="rejection", cat="ats-automated", style="ats",
     frm="Banque Vauclair – Recrutement <ne-pas-repondre@taleo.net>",
     subject="Votre candidature – Réf. 2611-0883",
     banner="Banque Vauclair", enc="quoted-printable", colour="#7a0019", html_only=True,
     body="""Madame, Monsieur,

Vous avez manifesté votre intérêt pour le poste de Responsable communication de marque (Réf. 2611-0883) et nous vous en remercions.

Après examen attentif de votre dossier par nos équipes, nous sommes au regret de vous informer que celui-ci n'a pas été retenu.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Banque Vauclair""",
     footer="""Ce message a été généré automatiquement. Merci de ne pas y répondre : cette adresse n'est pas consultée.

Banque Vauclair SA au capital de 412 000 000 € – Siège social : 8 rue Laffitte, 75009 Paris – RCS Paris 552 001 334 – [[Protection des données]]""",
     lab=("", "", "Banque Vauclair", "Responsable communication de marque"),
     notes="Taleo; HTML-only QP; 'n'a pas été retenu'; formal closing; no contact"),

dict(slug="pistache-teamtailor-tu", label="rejection", cat="ats-automated", style="ats",
     frm="Pistache <no-reply@teamtailor-mail.com>",
     reply_to="Inès Benali <ines@pistache-app.example>",
     subject="On revient vers toi 🙂",
     banner="pistache", enc="quoted-printable", colour="#93c572",
     body="""Hello Sam,

Merci encore pour ton temps et pour l'échange avec Hugo la semaine dernière, on a beaucoup aimé ta vision sur l'acquisition organique.

On a pris le temps de réfléchir et on a décidé de poursuivre le process Growth Marketer avec d'autres profils, plus expérimentés sur le paid et l'app marketing. Ce n'est pas évident à écrire, d'autant que ton énergie a vraiment plu à l'équipe.

Si tu veux un retour plus détaillé, réponds simplement à ce mail, je t'appelle avec plaisir.

Belle continuation,
Inès
Talent @ Pistache""",
     footer="""Pistache SAS · 31 rue du Faubourg Saint-Antoine · 75011 Paris
[[Politique de confidentialité]] · [[Retirer ma candidature]]""",
     lab=("ines@pistache-app.example", "Inès", "Pistache", "Growth Marketer"),
     notes="Teamtailor; tu; emoji subject (RFC 2047); 'poursuivre le process avec d'autres profils'"),

dict(slug="lumiere-lever-etude-de-cas", day="2026-11-24", label="rejection", cat="after-assessment", style="ats",
     frm="Lumière Data <no-reply@hire.lever.co>",
     reply_to="Thomas Leclerc <thomas.leclerc@lumiere-data.example>",
     subject="Lumière Data – Suite à votre étude de cas",
     enc="quoted-printable",
     body="""Bonjour Sam,

Merci pour la présentation de votre étude de cas mardi dernier et pour la qualité des échanges avec le panel. Nous savons l'investissement que représente un tel exercice, et nous l'avons examiné avec le plus grand soin.

Le panel a particulièrement apprécié votre analyse des personas. En revanche, la partie consacrée au pricing et à la mise en marché auprès des grands comptes ne nous a pas semblé assez approfondie pour le niveau attendu sur ce poste de Senior Product Marketing Manager. C'est pourquoi nous avons choisi de ne pas poursuivre le processus avec vous.

Je reste à votre disposition si vous souhaitez en discuter.

Cordialement,
Thomas Leclerc
VP Marketing""",
     footer="""Lumière Data SAS · 5 place de la Bourse · 69002 Lyon · [[Données personnelles]]""",
     lab=("thomas.leclerc@lumiere-data.example", "Thomas", "Lumière Data", "Senior Product Marketing Manager"),
     notes="Lever; verdict after praise paragraph; 'choisi de ne pas poursuivre le processus avec vous'"),

dict(slug="ferroviaire-workday-gel", label="rejection", cat="role-cancelled", style="ats",
     frm="Alstrane Mobilités <alstrane@myworkday.com>",
     subject="Information concernant le poste JR-44120 Responsable Marketing B2B",
     banner="Alstrane Mobilités", enc="base64", colour="#e2001a",
     body="""Bonjour Sam Taylor,

Nous vous remercions de votre candidature au poste JR-44120 Responsable Marketing B2B.

Dans le cadre d'une réorganisation de la direction commerciale, ce poste a été gelé et ne sera pas pourvu dans les mois à venir. Par conséquent, nous clôturons l'ensemble des candidatures en cours, dont la vôtre.

Nous vous invitons à consulter régulièrement notre [[site carrières]] pour découvrir nos prochaines opportunités.

Bien cordialement,
L'équipe Talent Acquisition d'Alstrane Mobilités""",
     footer="""Merci de ne pas répondre à cet e-mail, cette boîte n'est pas surveillée.
Alstrane Mobilités SA · 48 rue Albert Dhalenne · 93400 Saint-Ouen-sur-Seine · [[Confidentialité]]""",
     lab=("", "", "Alstrane Mobilités", "Responsable Marketing B2B"),
     notes="Workday; base64; position frozen, all candidacies closed"),

dict(slug="geneve-icims-statut", label="rejection", cat="status-portal", style="ats",
     frm="Horlogerie Vermont SA <careers-noreply@icims.com>",
     subject="Mise à jour du statut de votre candidature",
     banner="Horlogerie Vermont · Portail candidats", enc="quoted-printable", colour="#3d3d3d",
     table=[("Poste", "Brand Manager Europe"), ("Lieu", "Genève"), ("Référence", "2026-1187"),
            ("Statut", "Candidature non retenue")],
     table_after=2,
     body="""Bonjour,

Le statut de votre candidature a été mis à jour dans notre portail :

Vous pouvez consulter votre dossier à tout moment depuis votre [[espace candidat]].

Avec nos meilleures salutations,
Ressources Humaines – Horlogerie Vermont SA""",
     footer="""Message automatique – merci de ne pas répondre.
Horlogerie Vermont SA · Rue du Rhône 88 · 1204 Genève · [[Protection des données]]""",
     lab=("", "", "Horlogerie Vermont", "Brand Manager Europe"),
     notes="Swiss; iCIMS; verdict only in a table cell ('Candidature non retenue'); no greeting name; no contact"),

dict(slug="quebec-recruitee-entrevue", label="rejection", cat="ats-automated", style="ats",
     frm="Érablière Numérique <emplois@erabliere.recruitee.com>",
     reply_to="Marie-Ève Gagnon <megagnon@erabliere-numerique.example>",
     subject="Votre candidature – Conseiller·ère principal·e, marketing de contenu",
     enc="quoted-printable",
     body="""Bonjour Sam,

Merci d'avoir pris le temps de passer en entrevue avec nous pour le poste de conseiller·ère principal·e, marketing de contenu.

Nous avons rencontré plusieurs personnes de grand talent, et la décision n'a pas été simple. Au terme du processus, nous avons arrêté notre choix sur une candidature qui correspond davantage à nos besoins actuels en rédaction bilingue.

N'hésitez pas à m'écrire par courriel si vous souhaitez obtenir des commentaires sur votre entrevue.

Au plaisir,
Marie-Ève Gagnon
Partenaire d'affaires RH""",
     footer="""Érablière Numérique inc. · 1250, boul. René-Lévesque Ouest · Montréal (Québec) H3B 4W8
[[Politique de confidentialité]] · Envoyé avec Recruitee""",
     lab=("megagnon@erabliere-numerique.example", "Marie-Ève", "Érablière Numérique", "Conseiller·ère principal·e, marketing de contenu"),
     notes="Québec (courriel, entrevue); inclusive writing; 'arrêté notre choix sur une candidature'"),

dict(slug="greenhouse-pourvu-interne", label="rejection", cat="internal-candidate", style="ats",
     frm="Kerlouan Énergies <no-reply@eu.greenhouse-mail.io>",
     subject="Kerlouan Énergies – Poste de Head of Brand",
     banner="KERLOUAN ÉNERGIES", enc="quoted-printable", colour="#005f73",
     body="""Bonjour Sam,

Merci pour votre intérêt pour Kerlouan Énergies et pour le poste de Head of Brand.

Nous souhaitions vous informer que ce poste vient d'être pourvu en interne : une collaboratrice de notre équipe communication rejoindra la fonction en janvier. Nous mettons donc fin au processus de recrutement externe.

Nous vous remercions pour les échanges et n'hésiterons pas à revenir vers vous si un poste correspondant à votre profil venait à s'ouvrir. Pour toute question : talents@kerlouan-energies.example.

L'équipe Talents de Kerlouan Énergies""",
     footer="""Kerlouan Énergies SAS · 2 quai de la Douane · 29200 Brest · [[Confidentialité]]
Ne répondez pas à ce message, il a été envoyé automatiquement.""",
     lab=("talents@kerlouan-energies.example", "", "Kerlouan Énergies", "Head of Brand"),
     notes="Greenhouse; role filled internally, external process ended"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="dg-choix-final-vous", label="rejection", cat="personal-after-interview", style="personal",
     frm="Hélène Marchetti <h.marchetti@cotentin-biscuits.example>",
     subject="Votre candidature – Directeur·rice marketing",
     enc="8bit",
     body="""Bonjour Sam Taylor,

Je tenais à vous écrire moi-même après nos trois rencontres. Votre connaissance de la grande distribution et la clarté de votre présentation au comité de direction nous ont réellement marqués.

Le choix a toutefois été très serré, et nous avons finalement décidé de confier le poste de directeur·rice marketing à une personne qui a déjà mené la transformation d'une marque familiale comme la nôtre. Je sais que cette issue est décevante après un processus aussi long, et j'en suis sincèrement désolée.

Si vous le souhaitez, je serais heureuse d'en parler avec vous de vive voix.

Bien à vous,
Hélène Marchetti
Présidente
Biscuiterie du Cotentin
02 33 55 51 20""",
     lab=("h.marchetti@cotentin-biscuits.example", "Hélène", "Biscuiterie du Cotentin", "directeur·rice marketing"),
     notes="vous; CEO writes personally; 'confier le poste à une personne qui'"),

dict(slug="fondateur-tu-direct", day="2026-11-20", label="rejection", cat="terse", style="personal",
     frm="Maxime Roussel <max@velocite.example>",
     subject="Re: Poste Brand & Content",
     reply=True, enc="quoted-printable",
     body="""Salut Sam,

Je vais être direct : on ne va pas aller plus loin ensemble sur le poste Brand & Content. Le timing et le profil ne collent pas tout à fait avec ce dont on a besoin là maintenant.

Merci pour ton temps, et bonne route !
Max""",
     quote=("Le jeu. 19 nov. 2026 à 10:02, Sam Taylor <sam.taylor@example.org> a écrit :",
            """Salut Max,

Merci pour l'appel de ce matin, c'était super intéressant. J'attends de vos nouvelles pour la suite !

Sam"""),
     lab=("max@velocite.example", "Max", "", "Brand & Content"),
     notes="tu; terse; In-Reply-To; company not stated (domain only); signed with short name"),

dict(slug="cabinet-client-pas-de-suite", label="rejection", cat="agency", style="personal",
     frm="Aurélie Moreau <aurelie.moreau@talentia-conseil.example>",
     subject="Retour de notre client – Responsable Marketing Digital",
     enc="quoted-printable",
     body="""Bonjour Sam,

J'espère que vous allez bien. Je reviens vers vous suite à votre entretien chez notre client, les Laboratoires Ondine, pour le poste de Responsable Marketing Digital.

Malgré un entretien jugé très agréable, le client n'a pas souhaité donner suite à votre candidature. Il recherche au final un profil plus orienté CRM pharmaceutique et relation avec les officines.

Je suis sincèrement navrée de ce retour. Je garde votre dossier en tête pour nos prochaines missions, qui arrivent nombreuses en début d'année.

Très belle journée,
Aurélie Moreau
Consultante senior – Talentia Conseil
06 55 51 22 84""",
     lab=("aurelie.moreau@talentia-conseil.example", "Aurélie", "Laboratoires Ondine", "Responsable Marketing Digital"),
     notes="agency relays the client; company = client; 'n'a pas souhaité donner suite'"),

dict(slug="quebec-autre-candidature", label="rejection", cat="personal-after-interview", style="personal",
     frm="Jean-François Tremblay <jf.tremblay@boreal-assurance.example>",
     subject="Suivi – poste de directeur, marketing numérique",
     enc="base64",
     body="""Bonjour Sam,

Je voulais faire un suivi suite à ton entrevue de jeudi avec Nathalie et moi.

On a eu beaucoup de plaisir à jaser avec toi, pis honnêtement le choix a été difficile. On a finalement retenu une autre candidature pour le poste de directeur, marketing numérique, quelqu'un qui connaît déjà très bien le marché de l'assurance au Québec.

Je te souhaite la meilleure des chances dans ta recherche, et n'hésite pas à me relancer dans quelques mois.

Bonne fin de semaine,
Jean-François Tremblay
Vice-président, Marketing
Boréal Assurance
514 555-0198""",
     lab=("jf.tremblay@boreal-assurance.example", "Jean-François", "Boréal Assurance", "directeur, marketing numérique"),
     notes="Québec tutoiement, colloquial ('jaser', 'pis'); base64; 'retenu une autre candidature'"),

dict(slug="recrutement-suspendu-relance", day="2026-12-01", label="rejection", cat="role-cancelled", style="personal",
     frm="Sophie Lambert <sophie.lambert@maison-orcel.example>",
     subject="RE: Relance candidature Chef de produit",
     reply=True, enc="quoted-printable",
     body="""Bonjour Sam,

Merci pour votre relance et pardon pour ce silence.

Je dois malheureusement vous annoncer que le recrutement du chef de produit a été suspendu jusqu'à nouvel ordre : la direction a décidé de revoir l'organisation de l'équipe marketing l'an prochain, et ce poste n'existera sans doute plus sous cette forme. Nous ne donnerons donc pas suite aux candidatures en cours, y compris la vôtre.

J'en suis vraiment désolée, d'autant que votre profil plaisait beaucoup.

Bien cordialement,
Sophie Lambert
Responsable RH – Maison Orcel
01 55 43 20 11""",
     quote=("-----Message d'origine-----\nDe : Sam Taylor <sam.taylor@example.org>\nEnvoyé : lundi 30 novembre 2026 09:14\nÀ : Sophie Lambert <sophie.lambert@maison-orcel.example>\nObjet : Relance candidature Chef de produit",
            """Bonjour Madame Lambert,

Je me permets de revenir vers vous au sujet de ma candidature au poste de chef de produit. Avez-vous une idée du calendrier ?

Bien à vous,
Sam Taylor"""),
     lab=("sophie.lambert@maison-orcel.example", "Sophie", "Maison Orcel", "chef de produit"),
     notes="Outlook quote; recruitment suspended in reply to the owner's follow-up"),

dict(slug="prefere-attendre-profil-data", label="rejection", cat="personal-after-interview", style="personal",
     frm="Nicolas Perrin <nicolas@hexagone-analytics.example>",
     subject="Après nos échanges",
     enc="8bit",
     body="""Bonjour Sam,

Merci encore pour les deux entretiens et pour le mini-audit de notre site, très pertinent.

Après en avoir discuté avec l'équipe, je ne pense pas que nous irons plus loin pour le poste de Product Marketing Manager : nous préférons attendre un profil plus orienté data et attribution, quitte à prolonger la recherche de quelques semaines. Cela n'enlève rien à la qualité de votre travail.

Je vous souhaite de trouver rapidement le bon poste.

Nicolas Perrin
CEO, Hexagone Analytics""",
     lab=("nicolas@hexagone-analytics.example", "Nicolas", "Hexagone Analytics", "Product Marketing Manager"),
     notes="indirect: 'je ne pense pas que nous irons plus loin', 'préférons attendre un profil'"),

dict(slug="cv-sous-le-coude", label="rejection", cat="keep-on-file", style="personal",
     frm="Claire Dubois-Reyes <claire.dubois@atelier-sable.example>",
     subject="Ta candidature chez Atelier Sable",
     enc="8bit",
     body="""Coucou Sam,

Merci d'avoir postulé chez Atelier Sable ! Ton portfolio m'a fait sourire, surtout la campagne pour la brasserie.

Pour ce poste de chargé·e de communication, on ne retiendra pas ta candidature : on cherche quelqu'un qui parle couramment italien pour gérer nos boutiques de Milan et Turin. Mais je garde ton CV sous le coude, on ouvre un poste brand l'an prochain.

À bientôt j'espère,
Claire
Atelier Sable · Marseille""",
     lab=("claire.dubois@atelier-sable.example", "Claire", "Atelier Sable", "chargé·e de communication"),
     notes="tu, warm; CV kept; 'on ne retiendra pas ta candidature'"),

dict(slug="bruxelles-pas-proposer", label="rejection", cat="personal-after-interview", style="personal",
     frm="Geoffrey Vandenbroucke <g.vandenbroucke@meridia-belgium.example>",
     subject="Votre candidature – Marketing Manager Benelux",
     enc="quoted-printable",
     body="""Bonjour Sam Taylor,

Je vous remercie pour votre venue à Bruxelles et pour l'entretien de mardi, ainsi que pour le cas pratique que vous nous avez renvoyé dès le lendemain.

Nous avons pris le temps de comparer les quatre candidatures finalistes. Nous avons décidé de ne pas vous proposer le poste de Marketing Manager Benelux, la maîtrise du néerlandais s'étant révélée indispensable pour les échanges avec nos distributeurs flamands.

Je vous souhaite le meilleur pour la suite de vos démarches.

Bien à vous,
Geoffrey Vandenbroucke
Country Manager
Meridia Belgium SRL
+32 2 555 14 90""",
     lab=("g.vandenbroucke@meridia-belgium.example", "Geoffrey", "Meridia Belgium", "Marketing Manager Benelux"),
     notes="Belgian; 'décidé de ne pas vous proposer le poste'"),

dict(slug="test-ne-permettent-pas", label="rejection", cat="after-assessment", style="personal",
     frm="Laetitia Garnier <laetitia.garnier@oceane-voyages.example>",
     subject="Résultats de votre test – Traffic Manager",
     enc="8bit",
     body="""Bonjour Sam,

Merci d'avoir réalisé le test technique pour le poste de Traffic Manager la semaine dernière.

Les résultats ne nous permettent malheureusement pas de poursuivre votre candidature : l'exercice sur Google Analytics 4 et la modélisation du budget n'a pas atteint le niveau que nous fixons pour l'étape suivante.

Vous pouvez retenter votre chance sur un prochain recrutement, le test n'étant valable que pour ce poste.

Bonne continuation,
Laetitia Garnier
Recrutement – Océane Voyages
04 91 55 77 02""",
     lab=("laetitia.garnier@oceane-voyages.example", "Laetitia", "Océane Voyages", "Traffic Manager"),
     notes="after a technical test; 'ne nous permettent pas de poursuivre votre candidature'"),

# ---------------------------------------------------------------- other, ATS
dict(slug="wttj-accuse-reception-hedge", label="other", cat="ack-hedging", style="ats",
     frm="Octave Paris via Welcome to the Jungle <no-reply@welcometothejungle.com>",
     subject="Votre candidature chez Octave Paris a bien été reçue",
     banner="Octave Paris", enc="quoted-printable", colour="#2b2d42",
     body="""Bonjour Sam,

Merci pour votre candidature au poste de Brand Marketing Manager ! Elle a bien été transmise à l'équipe d'Octave Paris.

L'équipe étudie chaque dossier avec attention. Si votre profil ne correspond pas aux besoins actuels, vous en serez informé·e par e-mail dans les meilleurs délais ; dans le cas contraire, un membre de l'équipe vous contactera pour fixer un premier échange.

Vous pouvez suivre l'avancement de votre candidature depuis votre [[espace personnel]].

À bientôt sur Welcome to the Jungle""",
     footer=FOOT_WTTJ.format(co="Octave Paris"),
     notes="acknowledgement that hedges ('Si votre profil ne correspond pas ... vous en serez informé·e')"),

dict(slug="taleo-toujours-en-cours", label="other", cat="status-update", style="ats",
     frm="Banque Vauclair – Recrutement <ne-pas-repondre@taleo.net>",
     subject="Votre candidature – Réf. 2610-0471 : point d'étape",
     banner="Banque Vauclair", enc="quoted-printable", colour="#7a0019",
     body="""Madame, Monsieur,

Nous revenons vers vous concernant votre candidature au poste de Chargé·e de marketing client (Réf. 2610-0471).

Votre dossier est toujours en cours d'étude par le service concerné. Compte tenu du nombre important de candidatures reçues, la phase de présélection se prolongera jusqu'à la fin du mois de décembre. Aucune décision n'a encore été prise.

Nous vous remercions de votre patience.

Direction des Ressources Humaines
Banque Vauclair""",
     footer="""Ce message a été généré automatiquement. Merci de ne pas y répondre.
Banque Vauclair SA – 8 rue Laffitte, 75009 Paris – [[Protection des données]]""",
     notes="status update: still under review; same sender as a rejection"),

dict(slug="workday-requisition-manager", label="other", cat="owner-is-hiring", style="ats",
     frm="Example Org RH <exampleorg@myworkday.com>",
     subject="Action requise : décision sur 4 candidat·es – REQ-3391 Chargé·e de marketing",
     banner="Workday · Example Org", enc="quoted-printable", colour="#005cb9",
     body="""Bonjour Sam Taylor,

Vous êtes responsable du recrutement pour la réquisition REQ-3391 Chargé·e de marketing. Quatre candidatures attendent votre décision à l'étape « Revue du responsable » :

– Julie Marchand : entretien RH favorable
– Romain Ferreira : entretien RH favorable
– Aïcha Diallo : entretien RH réservé
– Pierre Vasseur : ne remplit pas le critère de mobilité

Pour chaque candidature, sélectionnez « Faire avancer » ou « Refuser ». Les candidat·es refusé·es recevront automatiquement le courrier type de refus sous 48 heures.

[[Ouvrir la tâche dans Workday]]""",
     footer="""Notification Workday pour Example Org. Ne pas répondre à ce message.""",
     notes="owner is hiring: Workday task to accept/refuse candidates on Sam's requisition"),

dict(slug="smartrecruiters-invitation-entretien", label="other", cat="interview-invite", style="ats",
     frm="Saveurs d'Aubrac <no-reply@smartrecruiters.com>",
     reply_to="Pauline Rigal <pauline.rigal@saveurs-aubrac.example>",
     subject="Invitation à un entretien – Responsable Marketing",
     banner="Saveurs d'Aubrac", enc="base64", colour="#6a994e",
     body="""Bonjour Sam Taylor,

Votre candidature au poste de Responsable Marketing a retenu toute notre attention, et nous serions ravis de vous rencontrer.

Nous vous proposons un premier entretien en visioconférence de 45 minutes avec notre directrice commerciale. Merci de choisir le créneau qui vous convient : [[Choisir un créneau]]

Dans l'attente de cet échange, nous restons à votre disposition pour toute question.

Pauline Rigal
Responsable RH""",
     footer="""Saveurs d'Aubrac SAS · Route de Laguiole · 12210 Laguiole · [[Confidentialité]]""",
     notes="interview invitation"),

dict(slug="teamtailor-proposition-embauche", label="other", cat="offer", style="ats",
     frm="Nébuleuse Studio <no-reply@teamtailor-mail.com>",
     reply_to="Julien Faure <julien@nebuleuse.example>",
     subject="Ta proposition d'embauche chez Nébuleuse 🎉",
     banner="NÉBULEUSE", enc="quoted-printable", colour="#3a0ca3",
     body="""Hello Sam,

C'est officiel : on aimerait beaucoup que tu rejoignes Nébuleuse en tant que Head of Marketing !

Tu trouveras ta proposition (salaire, BSPCE, date de démarrage) en suivant ce lien : [[Voir ma proposition]]

Elle est valable jusqu'au 18 décembre. Si tu as la moindre question, ou si tu veux en discuter de vive voix, je suis dispo quand tu veux.

On croise les doigts !
Julien
CEO""",
     footer="""Nébuleuse Studio SAS · 12 rue Sainte-Catherine · 33000 Bordeaux · [[Confidentialité]]""",
     notes="offer; tu"),

dict(slug="newsletter-rebondir-refus", label="other", cat="newsletter", style="ats",
     frm="Le Bulletin Carrière <bonjour@bulletin-carriere.example>",
     subject="5 façons de rebondir après un refus (et la réponse qui change tout)",
     banner="Le Bulletin Carrière – n°112", enc="quoted-printable", colour="#ff7f50",
     headers={"List-Unsubscribe": "<https://click.example/u/bulletin-112>", "Precedence": "bulk"},
     body="""Bonjour à toutes et à tous,

« Nous ne sommes pas en mesure de donner une suite favorable à votre candidature. » Cette phrase, vous l'avez sans doute déjà lue. Cette semaine, on vous explique comment en faire un point de départ.

→ Répondre en trois lignes, sans amertume : [[nos modèles]]
→ Demander un retour concret sans mettre le recruteur mal à l'aise
→ Témoignage : « Un refus m'a valu une embauche six mois plus tard »

Et toujours : les 20 offres marketing de la semaine.

Bonne lecture,
L'équipe du Bulletin""",
     footer="""Vous recevez cet e-mail car vous êtes inscrit·e au Bulletin Carrière. [[Se désinscrire]] · [[Mentions légales]]""",
     notes="newsletter quoting a rejection formula"),

dict(slug="fondation-bourse-non-retenue", day="2026-11-30", label="other", cat="non-job-rejection", style="ats",
     frm="Fondation Lumen pour la Formation <bourses@fondation-lumen.example>",
     subject="Résultat de votre demande de bourse – session 2027",
     banner="Fondation Lumen", enc="base64", colour="#264653",
     body="""Madame, Monsieur,

Nous vous remercions pour votre demande de bourse au titre du programme « Reconversion et formation continue », session 2027.

Le jury s'est réuni le 26 novembre. Au vu du nombre de dossiers déposés et de l'enveloppe disponible, votre demande n'a pas pu être retenue cette année.

Vous pourrez déposer une nouvelle demande lors de la prochaine campagne, qui ouvrira en mars.

Le secrétariat de la Fondation Lumen""",
     footer="""Fondation Lumen, reconnue d'utilité publique · 22 avenue de Ségur, 75007 Paris · [[Politique de confidentialité]]""",
     notes="non-job: scholarship (bourse) not awarded"),

dict(slug="credit-immobilier-refuse", label="other", cat="non-job-rejection", style="ats",
     frm="Crédit Rhodanien <notifications@credit-rhodanien.example>",
     subject="Votre demande de prêt immobilier n° PI-558201",
     banner="Crédit Rhodanien", enc="quoted-printable", colour="#00457c",
     body="""Bonjour Sam Taylor,

Nous avons étudié avec attention votre demande de prêt immobilier d'un montant de 240 000 €.

Après analyse de votre dossier par notre comité d'engagement, nous ne sommes pas en mesure de donner une suite favorable à votre demande en l'état. Le taux d'endettement calculé dépasse en effet le seuil de 35 % fixé par la réglementation.

Votre conseiller, M. Da Silva, se tient à votre disposition pour étudier d'autres solutions de financement.

Cordialement,
Crédit Rhodanien – Service Crédits""",
     footer="""Crédit Rhodanien SA · 3 place Bellecour · 69002 Lyon · ORIAS 07 000 555 · [[Sécurité et confidentialité]]
Ne répondez pas à cet e-mail.""",
     notes="non-job: mortgage refused with a job-like formula"),

dict(slug="workday-transfert-poste", label="other", cat="requisition-transfer", style="ats",
     frm="Alstrane Mobilités <alstrane@myworkday.com>",
     subject="Votre candidature a été transférée vers un autre poste",
     banner="Alstrane Mobilités", enc="quoted-printable", colour="#e2001a",
     body="""Bonjour Sam Taylor,

Votre candidature au poste JR-43877 Chef de projet marketing a été transférée par notre équipe recrutement vers le poste JR-44302 Responsable Marketing Opérationnel, qui nous semble mieux correspondre à votre expérience.

Aucune démarche n'est nécessaire de votre part : votre dossier suit son cours et la recruteuse en charge vous contactera prochainement. Le poste initial apparaîtra comme « clôturé » dans votre espace candidat.

Bien cordialement,
L'équipe Talent Acquisition d'Alstrane Mobilités""",
     footer="""Merci de ne pas répondre à cet e-mail. Alstrane Mobilités SA · [[Confidentialité]]""",
     notes="application moved to another requisition; process continues"),

# ---------------------------------------------------------------- other, personal
dict(slug="collegue-refus-finalistes", label="other", cat="owner-is-hiring", style="personal",
     frm="Mathilde Caron <mathilde.caron@example.org>",
     subject="Refus des candidats non retenus – poste chargé de com",
     enc="8bit",
     body="""Salut Sam,

Suite au debrief d'hier : on part sur Élodie pour le poste de chargé·e de com. Est-ce que tu peux envoyer toi-même le refus aux deux autres finalistes (Karim et Léa) ? Ils t'ont eu en entretien final, ce sera plus humain venant de toi.

Je te propose ce texte, à adapter :
« Nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature. Le choix a été difficile… »

Merci !
Mathilde
RH – Example Org""",
     notes="owner is hiring: colleague asks Sam to send rejections to finalists (template quoted)"),

dict(slug="chasseur-poste-pourvu-nouveautes", label="other", cat="recruiter-pitch-filled", style="personal",
     frm="Benoît Charpentier <benoit@hunt-partners.example>",
     subject="Du nouveau depuis notre échange de septembre",
     enc="quoted-printable",
     body="""Bonjour Sam,

Vous vous souvenez peut-être de notre échange en septembre au sujet d'un poste de directeur marketing dans la cosmétique ; vous n'aviez pas souhaité donner suite à l'époque. Le poste a depuis été pourvu.

En revanche, deux nouvelles missions me font penser à vous :
– Head of Product Marketing pour une scale-up de la cybersécurité (Paris, hybride)
– Directeur·rice de la marque pour un groupe hôtelier (Lyon)

Seriez-vous disponible pour un appel de 20 minutes cette semaine ?

Bien cordialement,
Benoît Charpentier
Hunt Partners
07 55 12 34 98""",
     notes="recruiter: old role (owner declined) filled, pitching new ones"),

dict(slug="entretien-apres-question", day="2026-12-03", label="other", cat="interview-invite", style="personal",
     frm="Émilie Roux <emilie.roux@cap-horizon.example>",
     subject="RE: Point sur ma candidature",
     reply=True, enc="8bit",
     body="""Bonjour Sam,

Pas du tout, rassurez-vous ! Aucun candidat n'a été retenu à ce stade, et votre dossier fait partie de ceux que nous souhaitons approfondir.

Seriez-vous disponible pour un second entretien avec notre directeur général le mardi 15 décembre à 11 h, dans nos locaux de Nantes ?

Bien cordialement,
Émilie Roux
Chargée RH, Cap Horizon""",
     quote=("Le mer. 2 déc. 2026 à 08:47, Sam Taylor <sam.taylor@example.org> a écrit :",
            """Bonjour Madame Roux,

Sans nouvelles depuis notre entretien du 12 novembre, je me permets de vous demander si vous avez déjà retenu un autre candidat pour le poste de responsable marketing.

Bien cordialement,
Sam Taylor"""),
     notes="interview invitation answering the owner's 'have you chosen another candidate?'"),

dict(slug="logement-autre-dossier", label="other", cat="non-job-rejection", style="personal",
     frm="Agence Immobilière des Quais <location@agence-quais.example>",
     subject="Votre dossier pour l'appartement rue Paradis",
     enc="quoted-printable",
     body="""Bonjour,

Nous vous remercions pour la visite du T3 rue Paradis ainsi que pour votre dossier de location, très complet.

Le propriétaire a finalement retenu un autre dossier, dont les garanties correspondaient davantage à ses attentes. Nous ne pouvons donc malheureusement pas vous proposer ce logement.

Nous conservons vos coordonnées et vous transmettrons les prochaines annonces correspondant à votre recherche.

Cordialement,
Nadège Bonnet
Agence Immobilière des Quais
04 91 55 60 30""",
     notes="non-job: rental application ('dossier') not retained"),

dict(slug="amie-transfere-refus", day="2026-12-01", label="other", cat="forwarded", style="personal",
     frm="Chloé Martin <chloe.martin@laposte.example>",
     subject="TR: Votre candidature – Assistant chef de produit",
     enc="8bit",
     body="""Coucou Sam,

Regarde ce que j'ai reçu ce matin… Je suis dégoûtée, j'y croyais vraiment. Tu penses que ça vaut le coup de répondre pour demander un retour ? Tu sais mieux faire ça que moi.

Bises,
Chloé

-------- Message transféré --------
Sujet : Votre candidature – Assistant chef de produit
Date : Tue, 1 Dec 2026 15:12:40 +0100
De : Recrutement Fromageries Valtin <recrutement@valtin.example>
Pour : Chloé Martin <chloe.martin@laposte.example>

Madame,
Nous avons le regret de vous informer que votre candidature au poste d'assistant chef de produit n'a pas été retenue.
Cordialement,
Le service recrutement""",
     notes="a friend's rejection forwarded to the owner"),

dict(slug="report-entretien", label="other", cat="reschedule", style="personal",
     frm="Vincent Lefort <vincent.lefort@gravite-sport.example>",
     subject="Report de notre entretien de jeudi",
     enc="quoted-printable",
     body="""Bonjour Sam,

Je suis contraint d'annuler notre entretien de jeudi 14 h : un séminaire de direction a été fixé au même moment, à la dernière minute.

Le poste de Brand Manager reste bien ouvert et votre candidature est toujours d'actualité. Pourriez-vous me proposer deux ou trois créneaux la semaine prochaine ?

Toutes mes excuses pour ce contretemps.

Vincent Lefort
Directeur Marketing, Gravité Sport""",
     notes="interview cancelled and to be rescheduled; role still open"),

dict(slug="absence-bureau", label="other", cat="auto-reply", style="personal",
     frm="Anne-Sophie Girard <as.girard@pleiade-cosmetiques.example>",
     subject="Réponse automatique : Candidature – Chef de produit soin",
     headers={"Auto-Submitted": "auto-replied"},
     enc="quoted-printable",
     body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 14 décembre inclus, avec un accès limité à ma messagerie.

Pour toute question relative à un recrutement en cours, vous pouvez contacter recrutement@pleiade-cosmetiques.example.

Cordialement,
Anne-Sophie Girard""",
     notes="out-of-office auto-reply"),

dict(slug="sam-remercie-lumiere", day="2026-11-25", label="other", cat="owner-sent", style="personal",
     frm="Sam Taylor <sam.taylor@example.org>",
     to="Thomas Leclerc <thomas.leclerc@lumiere-data.example>",
     subject="Re: Lumière Data – Suite à votre étude de cas",
     reply=True, enc="8bit",
     body="""Bonjour Thomas,

Merci pour votre message et pour la franchise de votre retour sur l'étude de cas. Je comprends tout à fait la décision, et la remarque sur le pricing grands comptes m'est utile.

J'en discuterais volontiers quelques minutes si votre proposition tient toujours. Et si un poste s'ouvre à nouveau chez Lumière Data, cela m'intéresserait beaucoup d'en entendre parler.

Bien cordialement,
Sam Taylor""",
     quote=("Le 24/11/2026 à 17:03, Lumière Data a écrit :",
            """[...] C'est pourquoi nous avons choisi de ne pas poursuivre le processus avec vous. [...]"""),
     notes="owner's own sent thank-you (From Sam), quoting a rejection"),

dict(slug="reponse-au-merci", day="2026-12-04", label="other", cat="reply-to-followup", style="personal",
     frm="Camille Fournier <camille.fournier@ardoise-cie.example>",
     subject="Re: Votre candidature chez Ardoise & Cie – Responsable Marketing Produit",
     reply=True, deep=True, enc="quoted-printable",
     body="""Bonjour Sam,

Merci beaucoup pour votre message, c'est rare et très apprécié ! Je vous ajoute volontiers à notre liste de talents à suivre, et je vous écrirai dès que nous ouvrirons un poste en marketing.

Au plaisir d'échanger,
Camille""",
     quote=("Le 2 déc. 2026 à 19:30, Sam Taylor <sam.taylor@example.org> a écrit :",
            """Bonjour Camille,

Merci pour votre réponse, même si elle n'est pas celle que j'espérais. Ardoise & Cie reste une maison qui m'attire beaucoup : n'hésitez pas à penser à moi pour de futurs postes.

Sam

> Après une étude attentive de votre parcours, nous ne sommes malheureusement pas en mesure d'y réserver une suite favorable [...]"""),
     notes="recruiter answers the owner's thank-you; rejection only in the quote"),
]
