"""French-language messages (France, Belgium, Luxembourg, Switzerland, Québec): 20 rejections, 20 hard negatives."""

OWNER = "Sam Taylor <sam.taylor@example.org>"


def M(**kw):
    kw.setdefault("lang", "fr")
    return kw


MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS style
M(slug="valmont-talentsoft-non-retenue", label="rejection", cat="ats-automated", style="ats", vendor="talentsoft",
  brand="Groupe Valmont Assurances", autoplain=True,
  frm="Groupe Valmont - Recrutement <recrutement@valmont.talent-soft.example>",
  subject="Votre candidature - Responsable Marketing Produit H/F - Réf. 2026-3381",
  text="""Madame, Monsieur,

Nous avons bien reçu votre candidature au poste de Responsable Marketing Produit H/F et nous vous remercions de l'intérêt que vous portez au Groupe Valmont Assurances.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons néanmoins vos coordonnées dans notre base de données pendant une durée de deux ans, sauf opposition de votre part, afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,

La Direction des Ressources Humaines
Groupe Valmont Assurances""",
  about="Groupe Valmont Assurances est signataire de la Charte de la Diversité. Tous nos postes sont ouverts aux personnes en situation de handicap.",
  exp=("", "", "Groupe Valmont Assurances", "Responsable Marketing Produit H/F"),
  notes="FR; Talentsoft; the most ordinary French template ('au regret ... n'a pas été retenue'); html2text plain; RGPD retention"),

M(slug="pollen-wttj-tu", label="rejection", cat="ats-automated", style="ats", vendor="wttj",
  brand="Pollen & Co",
  frm="Pollen & Co via Welcome to the Jungle <no-reply@welcometothejungle.com>",
  subject="Ta candidature chez Pollen & Co",
  text="""Hello Sam,

Merci beaucoup pour ta candidature au poste de Growth Marketing Manager et pour le temps que tu nous as accordé !

On a reçu énormément de candidatures (plus de 300 !) et, après réflexion, on a décidé de ne pas donner suite à la tienne. On cherche quelqu'un avec une expérience plus poussée en acquisition payante sur mobile.

On sait que ce n'est pas la réponse que tu espérais. N'hésite pas à garder un œil sur nos [[offres]], on recrute souvent !

Belle continuation,
Inès, Talent Acquisition @ Pollen & Co""",
  exp=("", "Inès", "Pollen & Co", "Growth Marketing Manager"),
  notes="FR; Welcome to the Jungle; start-up tu-form; 'ne pas donner suite'; list headers"),

M(slug="ardent-hellowork-non-retenue", label="rejection", cat="job-board-relay", style="ats", vendor="hellowork",
  brand="Maison Ardent",
  frm="HelloWork <candidature@hellowork.com>",
  subject="Réponse à votre candidature : Chef de produit marketing (H/F) - Maison Ardent",
  table=[("Offre", "Chef de produit marketing (H/F)"), ("Entreprise", "Maison Ardent"), ("Lieu", "Lyon (69)"), ("Statut", "Candidature non retenue")],
  text="""Bonjour Sam,

Le recruteur a répondu à votre candidature :

{table}

Message du recruteur : « Bonjour, nous vous remercions pour votre candidature. Malheureusement, votre profil ne correspond pas à nos attentes pour ce poste. Nous vous souhaitons bonne chance dans vos recherches. »

Ne baissez pas les bras ! Ces offres pourraient vous intéresser :
- [[Chef de produit junior (H/F) - Villeurbanne]]
- [[Responsable marketing (H/F) - Lyon 3e]]

[[Voir toutes mes candidatures]]

L'équipe HelloWork""",
  exp=("", "", "Maison Ardent", "Chef de produit marketing (H/F)"),
  notes="FR; HelloWork relay; status table 'Candidature non retenue'; bulk/list headers; similar offers"),

M(slug="apec-recruteur-pas-de-suite", label="rejection", cat="job-board-relay", style="ats", vendor="apec",
  brand="Ferrandi Logistique", autoplain=True,
  frm="Apec <ne-pas-repondre@apec.fr>",
  subject="Suivi de votre candidature : Responsable communication et marque H/F",
  text="""Bonjour Sam Taylor,

Le recruteur Ferrandi Logistique a étudié votre candidature à l'offre « Responsable communication et marque H/F » (réf. 178245633W) et a décidé de ne pas y donner suite.

Vous pouvez suivre l'ensemble de vos candidatures depuis votre [[espace Apec]].

Besoin d'un coup de pouce ? Un consultant Apec peut vous accompagner gratuitement : [[Prendre rendez-vous]]

À bientôt sur apec.fr""",
  exp=("", "", "Ferrandi Logistique", "Responsable communication et marque H/F"),
  notes="FR; APEC relay; one-sentence verdict amid service pitches; html2text plain"),

M(slug="laurentide-taleo-quebec-bilingue", label="rejection", cat="ats-automated", style="ats", vendor="taleo",
  brand="Banque Laurentide-Nord", tz="ca",
  frm="Banque Laurentide-Nord - Carrières <carrieres@taleo.net>",
  subject="Votre candidature / Your application - Directeur(trice), Marketing numérique (26-0917)",
  text="""Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez à la Banque Laurentide-Nord et au poste de Directeur(trice), Marketing numérique.

Nous avons reçu un grand nombre de candidatures de grande qualité. Après analyse, nous avons choisi de poursuivre le processus avec d'autres personnes candidates dont le profil correspond davantage aux exigences du poste.

Nous conserverons votre curriculum vitæ dans notre banque de candidatures et vous invitons à consulter régulièrement notre site Carrières.

Veuillez agréer nos salutations distinguées.
L'équipe Acquisition de talents

---

Hello Sam,

Thank you for your interest in the Director, Digital Marketing position. After careful review, we have decided to pursue other candidates whose profiles more closely match the requirements of the role.

Kind regards,
Talent Acquisition Team""",
  about="La Banque Laurentide-Nord souscrit au principe d'équité en matière d'emploi et encourage les femmes, les Autochtones, les personnes handicapées et les membres des minorités visibles à postuler.",
  exp=("", "", "Banque Laurentide-Nord", "Directeur(trice), Marketing numérique"),
  notes="CA-QC; Taleo; French letter with an English second version; 'poursuivre le processus avec d'autres'; equity statement"),

M(slug="brabant-smartrecruiters-pourvu", label="rejection", cat="ats-automated", style="ats", vendor="smartrecruiters",
  brand="Brabant Foods SA",
  frm="Brabant Foods <noreply@smartrecruiters.com>",
  subject="Mise à jour concernant votre candidature - Brand Manager Biscuits",
  text="""Bonjour Sam,

Merci d'avoir postulé au poste de Brand Manager Biscuits chez Brabant Foods.

Nous tenions à vous informer que le poste a été pourvu. Par conséquent, nous clôturons le processus de recrutement pour cette offre et votre candidature ne sera pas poursuivie.

Nous vous remercions sincèrement pour le temps consacré à votre candidature et vous souhaitons plein succès.

Bien à vous,
L'équipe Talent de Brabant Foods
Bruxelles - Wavre""",
  about="Brabant Foods SA – des biscuits belges depuis 1921. Élue Top Employer Belgique 2026.",
  exp=("", "", "Brabant Foods SA", "Brand Manager Biscuits"),
  notes="BE; SmartRecruiters; 'le poste a été pourvu'; requisition closed"),

M(slug="lux-workday-profil-vivier", label="rejection", cat="keep-on-file", style="ats", vendor="workday",
  brand="Kirchberg Fund Services S.A.",
  frm="Kirchberg Fund Services <kfs@myworkday.com>",
  subject="Votre candidature pour le poste de Marketing & Communications Manager",
  text="""Chère candidate, cher candidat,

Nous vous remercions pour votre candidature au poste de Marketing & Communications Manager au sein de Kirchberg Fund Services S.A. à Luxembourg.

Nous avons examiné votre dossier avec beaucoup d'attention. Votre profil ne correspond toutefois pas suffisamment aux exigences spécifiques du poste, notamment en matière de communication réglementée dans le secteur des fonds d'investissement. Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.

Souhaitez-vous que nous conservions votre profil pour de futures opportunités ? Vous pouvez nous donner votre accord dans votre [[espace candidat]]. Sans réponse de votre part, vos données seront supprimées au bout de 12 mois.

Avec nos meilleures salutations,

Human Resources
Kirchberg Fund Services S.A. – 12, rue Eugène Ruppert, L-2453 Luxembourg""",
  exp=("", "", "Kirchberg Fund Services S.A.", "Marketing & Communications Manager"),
  notes="LU; Workday; 'profil ne correspond pas suffisamment'; 'donner une suite favorable'; retention consent"),

M(slug="oreade-linkedin-decision", label="rejection", cat="job-board-relay", style="ats", vendor="linkedin",
  brand="Oréade Cosmétiques", html_only=True,
  frm="LinkedIn <jobs-noreply@linkedin.com>",
  subject="Votre candidature pour Responsable Marketing Produit chez Oréade Cosmétiques",
  text="""Sam, nous avons une mise à jour concernant votre candidature.

Responsable Marketing Produit
Oréade Cosmétiques · Paris, Île-de-France (Hybride)

Malheureusement, Oréade Cosmétiques a décidé de ne pas poursuivre votre candidature.

Continuez sur votre lancée : [[Voir des offres similaires]]

Offres recommandées pour vous :
- [[Chef de produit skincare – Lumène Paris]]
- [[Product Marketing Manager – Beautyfy]]""",
  exp=("", "", "Oréade Cosmétiques", "Responsable Marketing Produit"),
  notes="FR; LinkedIn Easy Apply status; HTML-only; terse verdict between job cards"),

M(slug="coralis-teamtailor-recrutement-clos", label="rejection", cat="role-cancelled", style="ats", vendor="teamtailor",
  brand="Coralis",
  frm="Coralis <no-reply@teamtailor.com>",
  reply_to="Julien Morel <julien.morel@coralis.example>",
  subject="Point sur le recrutement Head of Marketing",
  text="""Bonjour Sam,

Je reviens vers vous concernant le poste de Head of Marketing pour lequel nous avions échangé ces dernières semaines.

Suite à une révision de notre feuille de route pour 2027 et à la décision de notre conseil d'administration de reporter notre levée de fonds, nous avons pris la décision de suspendre ce recrutement. Le poste n'est donc plus ouvert et nous clôturons le processus pour l'ensemble des candidats.

C'est une décision difficile, d'autant que nos échanges avec vous étaient vraiment enrichissants. Si le recrutement devait reprendre, je ne manquerai pas de vous recontacter.

Bien cordialement,
Julien Morel
CEO, Coralis""",
  exp=("julien.morel@coralis.example", "Julien", "Coralis", "Head of Marketing"),
  notes="FR; Teamtailor; recruitment suspended and process closed; Reply-To the CEO"),

M(slug="canton-sarrine-jury", label="rejection", cat="public-sector", style="ats", vendor="inhouse_fr",
  brand="République et canton de Sarrine",
  frm="Office du personnel de l'État <emploi@etat-sarrine.example>",
  subject="Procédure de recrutement - Chargé-e de communication à 80% (réf. OPE-26-412)",
  text="""Madame, Monsieur,

Nous accusons réception de votre dossier de candidature pour le poste de Chargé-e de communication à 80% au sein du Département de la mobilité et vous en remercions.

Au terme de l'examen des dossiers par la commission de sélection, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite de la procédure.

Conformément à la loi sur l'information du public et la protection des données, votre dossier sera détruit à l'issue de la procédure.

Nous vous remercions de l'intérêt porté à l'administration cantonale et vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Office du personnel de l'État
République et canton de Sarrine""",
  exp=("", "", "République et canton de Sarrine", "Chargé-e de communication à 80%"),
  notes="CH-romand; cantonal administration; opens like an acknowledgement ('Nous accusons réception'), verdict in the middle"),

# ---------------------------------------------------------------- rejections, personal
M(slug="cabinet-client-autre-candidat", label="rejection", cat="agency-recruiter", style="personal",
  frm="Aurélie Deschamps <a.deschamps@talents-et-cadres.example>",
  subject="Suite de votre entretien chez Loiret Industries",
  text="""Bonjour Sam,

Je reviens vers vous suite à votre entretien de jeudi dernier avec Monsieur Garnier chez Loiret Industries pour le poste de Responsable Marketing Opérationnel.

J'ai eu un retour ce matin. Malgré vos nombreuses qualités, que mon client a soulignées (votre aisance et votre vision digitale ont beaucoup plu), il a fait le choix d'un autre candidat, qui possède une expérience plus longue de l'industrie et du marketing B2B.

Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle. Je garde bien entendu votre profil en tête pour mes prochaines missions.

Très belle journée,

Aurélie Deschamps
Consultante Senior – Talents & Cadres
06 71 42 88 19 | 01 44 90 27 30
www.talents-et-cadres.example""",
  exp=("a.deschamps@talents-et-cadres.example", "Aurélie", "Loiret Industries", "Responsable Marketing Opérationnel"),
  notes="FR; cabinet de recrutement relays the client's choice; praise around the verdict"),

M(slug="montreal-gestionnaire-longue", label="rejection", cat="personal-after-interview", style="personal", tz="ca",
  frm="Geneviève Tremblay <genevieve.tremblay@editions-boreal-nord.example>",
  subject="Suivi - poste de Directeur(trice) de l'audience",
  client_html=True,
  text="""Bonjour Sam,

J'espère que vous allez bien. Je tenais à vous écrire personnellement plutôt que de laisser notre système vous envoyer un courriel automatisé.

D'abord, merci pour votre disponibilité tout au long du processus : trois entrevues, un exercice écrit et une présentation devant le comité de direction, c'est beaucoup, et vous l'avez fait avec beaucoup de rigueur et d'humour. Votre analyse de nos infolettres a d'ailleurs déjà inspiré des changements dans l'équipe.

Après mûre réflexion, nous avons décidé d'offrir le poste de Directeur(trice) de l'audience à une autre personne candidate, dont l'expérience du marché québécois et des subventions à la presse répondait plus directement à nos enjeux des 18 prochains mois. Ce fut une décision très serrée.

Je sais que ce n'est pas la nouvelle que vous espériez. Si vous le souhaitez, je serais heureuse de prendre une vingtaine de minutes au téléphone pour vous donner une rétroaction plus détaillée.

Au plaisir de se recroiser,

Geneviève Tremblay
Vice-présidente, Contenus numériques
Éditions Boréal-Nord inc. | 514 555-0182""",
  exp=("genevieve.tremblay@editions-boreal-nord.example", "Geneviève", "Éditions Boréal-Nord inc.", "Directeur(trice) de l'audience"),
  notes="CA-QC; hiring manager; long letter, verdict in the 3rd paragraph; Québec vocabulary (entrevues, courriel, rétroaction); text+html"),

M(slug="fondateur-tu-on-arrete", day="2026-10-14", label="rejection", cat="terse", style="personal",
  frm="Thomas Bénard <thomas@ouiboard.example>",
  subject="Re: Merci pour le call !",
  parent=True, parent_domain="example.org", wrap=False,
  text="""Salut Sam,

Je préfère te le dire directement : on ne va pas aller plus loin ensemble sur le poste. On part sur un profil plus "growth hacker". Mais vraiment merci, c'était top d'échanger avec toi.

Thomas

Le mar. 13 oct. 2026 à 18:02, Sam Taylor <sam.taylor@example.org> a écrit :
> Salut Thomas,
> Merci encore pour le call de cet après-midi, j'ai adoré la vision de Ouiboard !
> À bientôt,
> Sam""",
  exp=("thomas@ouiboard.example", "Thomas", "Ouiboard", ""),
  notes="FR; start-up founder tu; very short reply above quoted thanks; no role title"),

M(slug="relance-pourvu-interne", day="2026-10-21", label="rejection", cat="internal-candidate", style="personal",
  frm="Catherine Vasseur <c.vasseur@mutuelle-armor.example>",
  subject="RE: Relance - candidature Chargé(e) de marketing digital",
  parent=True, parent_domain="example.org",
  text="""Bonjour Sam,

Merci pour votre relance et toutes mes excuses pour ce long silence.

Le poste de Chargé(e) de marketing digital a finalement été pourvu en interne : une collaboratrice de notre service client a souhaité évoluer et sa candidature a été privilégiée dans le cadre de notre politique de mobilité interne.

Je vous souhaite une bonne continuation dans vos recherches.

Cordialement,

Catherine Vasseur
Chargée de recrutement
Mutuelle d'Armor – 2 quai Duguay-Trouin, 35000 Rennes
Tél. : 02 99 41 23 87

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 19 octobre 2026 09:14
À : Catherine Vasseur <c.vasseur@mutuelle-armor.example>
Objet : Relance - candidature Chargé(e) de marketing digital

Bonjour Madame Vasseur,

Je me permets de revenir vers vous concernant ma candidature au poste de Chargé(e) de marketing digital, envoyée le 15 septembre. Pourriez-vous m'indiquer où en est le processus ?

Bien cordialement,
Sam Taylor""",
  exp=("c.vasseur@mutuelle-armor.example", "Catherine", "Mutuelle d'Armor", "Chargé(e) de marketing digital"),
  notes="FR; reply above Outlook-quoted chaser; 'pourvu en interne'"),

M(slug="pme-service-rh-court", label="rejection", cat="terse", style="personal",
  frm="Service RH - Menuiseries Pradel <rh@menuiseries-pradel.example>",
  subject="Votre candidature",
  charset="windows-1252",
  text="""Bonjour,

Nous vous remercions pour votre candidature au poste d'assistant(e) marketing et communication. Elle n'a malheureusement pas été retenue.

Cordialement,
Le service RH
Menuiseries Pradel – ZA des Landes – 44470 Carquefou""",
  exp=("rh@menuiseries-pradel.example", "", "Menuiseries Pradel", "assistant(e) marketing et communication"),
  notes="FR; PME; team address; two lines; windows-1252"),

M(slug="fwd-rh-belge-avis-manager", day="2026-10-29", label="rejection", cat="forwarded-about-owner", style="personal",
  frm="Sarah Lambert <sarah.lambert@meuse-energies.example>",
  subject="TR: Candidature Sam Taylor - Marketing Manager B2B",
  text="""Bonjour Sam,

Comme promis, je reviens vers vous. Je vous transfère ci-dessous le retour de Pierre, notre directeur commercial, qui résume bien la décision de l'équipe. Nous ne poursuivrons malheureusement pas avec votre candidature pour le poste de Marketing Manager B2B.

N'hésitez pas si vous souhaitez en discuter.

Bien à vous,
Sarah Lambert
HR Business Partner – Meuse Énergies SA
Namur | +32 81 24 66 10

De : Pierre Dumont <pierre.dumont@meuse-energies.example>
Envoyé : mercredi 28 octobre 2026 17:46
À : Sarah Lambert <sarah.lambert@meuse-energies.example>
Objet : Candidature Sam Taylor - Marketing Manager B2B

Sarah,

Bon entretien avec Sam, très bonne communicante. Par contre je cherche quelqu'un qui connaisse déjà les appels d'offres publics et le marché de l'énergie, et on n'y est pas. Pour moi c'est non, tu peux lui faire un retour (avec mes remerciements).

Pierre""",
  exp=("sarah.lambert@meuse-energies.example", "Sarah", "Meuse Énergies SA", "Marketing Manager B2B"),
  notes="BE; HR forwards the manager's 'c'est non' with her own verdict line; Outlook TR: block"),

M(slug="lux-poste-gele", day="2026-11-12", label="rejection", cat="role-cancelled", style="personal",
  frm="Marc Hoffmann <marc.hoffmann@moselle-telecom.example>",
  subject="Poste Brand & Communication Lead",
  text="""Bonjour Sam,

Je vous avais promis un retour cette semaine, le voici, malheureusement pas celui que j'aurais voulu vous donner.

Suite à la réorganisation annoncée lundi en interne, la direction a décidé de geler le poste de Brand & Communication Lead jusqu'à nouvel ordre. Les missions seront reprises temporairement par l'équipe existante. Je suis donc contraint d'arrêter le processus de recrutement, y compris pour vous qui étiez en finale.

Je le regrette vraiment. Je vous propose de rester en contact, et si le poste est rouvert je vous appellerai en premier.

Bien à vous,
Marc Hoffmann
Head of Marketing
Moselle Télécom S.A. – Luxembourg
+352 27 86 41 02""",
  exp=("marc.hoffmann@moselle-telecom.example", "Marc", "Moselle Télécom S.A.", "Brand & Communication Lead"),
  notes="LU; role frozen after reorganisation; process stopped for the finalist"),

M(slug="etude-de-cas-pas-retenu", label="rejection", cat="after-assessment", style="personal",
  frm="Camille Roux <camille.roux@agence-levant.example>",
  subject="Retour sur votre étude de cas",
  client_html=True,
  text="""Bonjour Sam,

Merci encore pour la restitution de votre étude de cas lundi. Nous avons apprécié la clarté de votre diagnostic et la qualité de vos recommandations sur la partie CRM.

Nous avons toutefois décidé de ne pas retenir votre candidature pour le poste de Directeur·rice conseil. L'équipe attendait une proposition plus chiffrée sur le plan média, qui est au cœur du poste.

Je reste disponible si vous souhaitez un retour plus détaillé, par téléphone ou en visio.

Belle fin de semaine,
Camille Roux
Directrice associée – Agence Levant, Bordeaux
05 56 30 12 44""",
  exp=("camille.roux@agence-levant.example", "Camille", "Agence Levant", "Directeur·rice conseil"),
  notes="FR; after a case study; inclusive-writing role title (middle dot)"),

M(slug="vivier-profil-plus-senior", day="2026-10-27", label="rejection", cat="keep-on-file", style="personal",
  frm="Nathalie Perrin <nathalie.perrin@groupe-alizes.example>",
  subject="TR: Votre candidature - Responsable Contenus",
  text="""Bonjour Sam,

Je vous renvoie mon message ci-dessous : il semble que le premier envoi ne vous soit pas parvenu (nous avons reçu un message d'erreur de notre serveur). Toutes mes excuses pour ce délai.

Nathalie

De : Nathalie Perrin
Envoyé : mardi 20 octobre 2026 14:32
À : sam.taylor@example.org
Objet : Votre candidature - Responsable Contenus

Bonjour Sam,

Merci pour l'entretien téléphonique de mardi, c'était un plaisir d'échanger avec vous.

Je dois malheureusement vous annoncer que nous avons retenu un profil plus senior pour le poste de Responsable Contenus, davantage en phase avec la taille de l'équipe à encadrer.

Votre parcours m'a néanmoins beaucoup intéressée. Avec votre accord, je conserve votre CV dans notre vivier de talents afin de pouvoir vous recontacter pour un poste plus adapté. Un simple retour de votre part suffit.

Bonne journée,
Nathalie Perrin
Talent Acquisition Manager | Groupe Alizés
Marseille – 04 91 55 20 63""",
  exp=("nathalie.perrin@groupe-alizes.example", "Nathalie", "Groupe Alizés", "Responsable Contenus"),
  notes="FR; re-sent by the recruiter after a bounce, original below an Outlook header; after a phone screen; 'retenu un profil plus senior'; keep CV in the vivier"),

M(slug="bruxelles-bilingue-fr-nl", label="rejection", cat="personal-after-interview", style="personal",
  frm="Elise Vandenberghe <elise.vandenberghe@cantillon-media.example>",
  subject="Votre candidature / Uw sollicitatie - Audience Manager",
  text="""Bonjour Sam,

Merci pour votre venue à nos bureaux de Bruxelles et pour l'échange très agréable avec Koen et moi-même.

Nous avons finalement décidé de poursuivre avec une autre candidate pour le poste d'Audience Manager. Le fait que le poste exige une maîtrise du néerlandais à un niveau natif a été déterminant dans notre choix.

Je vous souhaite le meilleur pour la suite.

---

Beste Sam,

Bedankt voor uw bezoek. Helaas hebben wij beslist om verder te gaan met een andere kandidate voor de functie van Audience Manager.

Met vriendelijke groeten / Bien à vous,

Elise Vandenberghe
People & Culture – Cantillon Media SA/NV
Rue Royale 145, 1000 Bruxelles
+32 2 555 18 40""",
  exp=("elise.vandenberghe@cantillon-media.example", "Elise", "Cantillon Media SA/NV", "Audience Manager"),
  notes="BE; after interview; French letter with a Dutch second version"),

# ---------------------------------------------------------------- other, ATS style
M(slug="talentsoft-accuse-reception", label="other", cat="ack-received", style="ats", vendor="talentsoft",
  brand="Aéroports de l'Ouest", autoplain=True,
  frm="Aéroports de l'Ouest - Recrutement <recrutement@ado.talent-soft.example>",
  subject="Accusé de réception de votre candidature - Responsable Marketing B2C",
  text="""Madame, Monsieur,

Nous avons bien reçu votre candidature au poste de Responsable Marketing B2C et vous remercions de l'intérêt que vous portez à notre entreprise.

Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos attentes, nous vous contacterons dans les prochaines semaines pour un premier entretien. Dans le cas contraire, si votre candidature n'est pas retenue, nous vous en informerons par e-mail.

Vous pouvez suivre l'avancement de votre candidature dans votre [[espace candidat]].

Cordialement,
La Direction des Ressources Humaines""",
  notes="FR; acknowledgement that hedges ('si votre candidature n'est pas retenue, nous vous en informerons'); html2text plain"),

M(slug="wttj-entretien-bonne-nouvelle", label="other", cat="interview-invite", style="ats", vendor="wttj",
  brand="Maillon",
  frm="Maillon via Welcome to the Jungle <no-reply@welcometothejungle.com>",
  subject="Bonne nouvelle concernant ta candidature chez Maillon 🎉",
  text="""Hello Sam,

Merci pour ta candidature au poste de Product Marketing Manager ! On a eu un vrai coup de cœur pour ton profil et on aimerait beaucoup échanger avec toi.

Le premier échange durera 30 minutes avec Lucie, notre Head of Marketing. Malheureusement, nous ne pouvons pas proposer de créneaux le vendredi, mais tu trouveras plein d'autres disponibilités ici :

[[Choisir un créneau]]

À très vite,
L'équipe Maillon""",
  notes="FR; Welcome to the Jungle interview invitation; 'Malheureusement' about Friday slots; emoji in subject"),

M(slug="hellowork-alerte-offres", label="other", cat="job-alert", style="ats", vendor="hellowork",
  brand="HelloWork",
  frm="HelloWork <alertes@hellowork.com>",
  subject="12 nouvelles offres Chef de produit marketing à Paris",
  text="""Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte « Chef de produit marketing – Paris » :

- [[Chef de produit marketing H/F – Lessiva – Paris 8e – CDI]]
- [[Product Marketing Manager H/F – Kelio – Paris 2e – CDI]]
- [[Chef de produit digital H/F – Groupe Sorel – Levallois – CDI]]
- [[Responsable marketing produit H/F – Dunes Voyages – Paris 15e – CDI]]

L'offre « Chef de produit senior – Maison Tessier » que vous aviez sauvegardée a été pourvue et n'est plus disponible.

[[Modifier mon alerte]]""",
  notes="FR; job alert; a saved (not applied) offer 'a été pourvue'"),

M(slug="smartrecruiters-test-personnalite", day="2026-10-28", label="other", cat="assessment", style="ats", vendor="smartrecruiters",
  brand="Groupe Hexalis",
  frm="Groupe Hexalis <noreply@smartrecruiters.com>",
  subject="Étape suivante : questionnaire en ligne - Responsable Communication Interne",
  text="""Bonjour Sam,

Nous avons le plaisir de vous informer que votre candidature au poste de Responsable Communication Interne a retenu notre attention.

La prochaine étape consiste à compléter un questionnaire de personnalité en ligne (environ 25 minutes). Il n'y a pas de bonnes ou de mauvaises réponses.

[[Commencer le questionnaire]]

Merci de le compléter avant le 6 novembre. Passé ce délai, nous ne pourrons malheureusement plus prendre en compte votre candidature.

Cordialement,
L'équipe Recrutement Groupe Hexalis""",
  notes="FR; assessment invitation with a deadline-refusal clause"),

M(slug="taleo-transfert-autre-poste", label="other", cat="requisition-transfer", style="ats", vendor="taleo",
  brand="Société Générale des Eaux du Nord",
  frm="SGEN Recrutement <recrutement@taleo.net>",
  subject="Votre candidature a été transférée vers un autre poste",
  table=[("Offre initiale", "Chargé(e) de communication externe (réf. 2610) - Offre clôturée"), ("Nouvelle offre", "Responsable communication et relations presse (réf. 2655)"), ("Statut", "En cours d'évaluation")],
  text="""Bonjour Sam Taylor,

L'offre à laquelle vous aviez postulé a été clôturée suite à une évolution du périmètre du poste. Votre profil ayant retenu l'attention de notre équipe, votre candidature a été transférée vers l'offre suivante :

{table}

Aucune action n'est requise de votre part. Un membre de notre équipe reviendra vers vous prochainement.

Cordialement,
Direction des Ressources Humaines - SGEN""",
  notes="FR; application transferred; original offer 'clôturée'"),

M(slug="colis-refuse-retour", label="other", cat="non-job-rejection", style="ats", vendor="inhouse_fr",
  brand="ColiRapide",
  frm="ColiRapide <suivi@colirapide.example>",
  subject="Votre colis a été refusé et sera retourné à l'expéditeur",
  table=[("N° de suivi", "CR 8841 2270 9915"), ("Expéditeur", "Librairie Mollat-Web"), ("Statut", "Refusé par le destinataire – retour en cours")],
  text="""Bonjour Sam Taylor,

Votre colis n'a pas pu être livré :

{table}

Si ce refus est une erreur, contactez notre service client sous 48 h via [[ce formulaire]].

L'équipe ColiRapide""",
  notes="FR; parcel refused and returned"),

M(slug="location-dossier-refuse", label="other", cat="non-job-rejection", style="ats", vendor="inhouse_fr",
  brand="ImmoLyon Gestion",
  frm="ImmoLyon Gestion <locations@immolyon.example>",
  subject="Votre candidature pour le T2 - 14 rue Duguesclin",
  text="""Madame, Monsieur,

Nous vous remercions pour l'intérêt que vous portez au logement situé 14 rue Duguesclin, 69006 Lyon, et pour le dépôt de votre dossier.

Après étude de l'ensemble des dossiers, nous sommes au regret de vous informer que votre candidature n'a pas été retenue par le propriétaire.

Conformément à la réglementation, les pièces de votre dossier seront détruites sous 30 jours.

Nous restons à votre disposition pour d'autres biens : [[Voir nos annonces]]

Le service location
ImmoLyon Gestion""",
  notes="FR; rental application refused with job-rejection wording ('candidature n'a pas été retenue')"),

M(slug="promesse-embauche-docusign", day="2026-11-04", label="other", cat="offer", style="ats", vendor="inhouse_fr",
  brand="Lumen Éditions",
  frm="Lumen Éditions via DocuSign <dse@docusign.net>",
  subject="Veuillez signer : Promesse d'embauche - Sam Taylor - Responsable Marketing",
  text="""Nadia Fontaine vous a envoyé un document à signer.

Bonjour Sam,

Comme convenu par téléphone, voici votre promesse d'embauche pour le poste de Responsable Marketing chez Lumen Éditions. Toute l'équipe se réjouit de vous accueillir le 4 janvier !

Merci de la signer avant le 13 novembre ; passé ce délai, la proposition ne pourra malheureusement plus être maintenue.

[[Consulter le document]]

Ne partagez pas cet e-mail : il contient un lien d'accès sécurisé.""",
  notes="FR; offer for signature; expiry clause"),

M(slug="teamtailor-calder-candidats-refuses", label="other", cat="owner-hiring", style="ats", vendor="teamtailor",
  brand="Calder Street Media",
  frm="Teamtailor <notifications@teamtailor.com>",
  subject="3 candidats refusés pour Chargé(e) de communication (Paris)",
  text="""Bonjour Sam,

Voici le résumé de l'activité de votre offre Chargé(e) de communication (Paris) aujourd'hui :

- 3 candidats ont été déplacés vers l'étape « Refusé » par Sam Taylor
- 3 e-mails de refus ont été programmés (modèle : « Refus après étude du CV »)
- 2 candidats sont à l'étape « Entretien manager »

[[Ouvrir l'offre dans Teamtailor]]

Vous recevez ce résumé car vous êtes recruteur·se sur cette offre.""",
  notes="FR; owner is hiring; Teamtailor digest of candidates Sam refused"),

M(slug="processus-suspendu-fetes-actif", day="2026-11-30", label="other", cat="status-update", style="ats", vendor="talentsoft",
  brand="Groupe Ortalis",
  frm="Groupe Ortalis - Recrutement <recrutement@ortalis.talent-soft.example>",
  subject="Information sur votre candidature - Responsable Marque Employeur",
  text="""Bonjour Sam,

Nous vous informons que le processus de recrutement pour le poste de Responsable Marque Employeur est temporairement suspendu pendant la période des fêtes de fin d'année.

Votre candidature reste active et en cours d'évaluation : aucune décision n'a encore été prise. Les entretiens de deuxième tour reprendront à partir du 11 janvier et nous reviendrons vers vous à ce moment-là.

Merci pour votre patience.

L'équipe Recrutement du Groupe Ortalis""",
  notes="FR; process paused over holidays, application explicitly still active, no decision"),

# ---------------------------------------------------------------- other, personal
M(slug="sam-relance-autre-candidat", day="2026-11-09", label="other", cat="owner-sent", style="personal",
  frm=OWNER, to="Hugo Lemaire <hugo.lemaire@ateliers-sorbier.example>",
  subject="Relance - poste de Responsable Communication",
  text="""Bonjour Hugo,

J'espère que vous allez bien. Je me permets de revenir vers vous au sujet du poste de Responsable Communication, suite à notre entretien du 2 novembre.

Sans nouvelles de votre part, je me demandais si vous aviez déjà retenu un autre candidat. Si c'est le cas, je vous serais reconnaissant(e) de me le faire savoir, et je reste bien sûr très intéressé(e) par Les Ateliers Sorbier.

Bien cordialement,
Sam Taylor
Calder Street Media""",
  notes="FR; Sam's own chaser asking 'avez-vous retenu un autre candidat ?'"),

M(slug="reponse-pas-du-tout-deuxieme-entretien", day="2026-11-10", label="other", cat="answer-to-owner-question", style="personal",
  frm="Hugo Lemaire <hugo.lemaire@ateliers-sorbier.example>",
  subject="RE: Relance - poste de Responsable Communication",
  parent=True, parent_domain="example.org",
  text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Désolé pour le silence, nous avons eu une semaine chargée avec le salon Maison & Objet. Nous n'avons retenu personne pour l'instant et nous aimerions justement vous revoir pour un deuxième entretien avec notre directrice générale.

Seriez-vous disponible le 19 ou le 20 novembre en fin de matinée ?

Bien à vous,
Hugo Lemaire
Directeur artistique - Les Ateliers Sorbier

> De : Sam Taylor <sam.taylor@example.org>
> Je me demandais si vous aviez déjà retenu un autre candidat.""",
  notes="FR; answer to Sam's question: no one chosen, second interview"),

M(slug="reponse-merci-garder-contact", day="2026-11-05", label="other", cat="reply-to-owner-followup", style="personal",
  frm="Émilie Garnier <emilie.garnier@clairval.example>",
  subject="Re: Votre candidature - Chef de projet marketing",
  parent=True, parent_depth=2, parent_domain="clairval.example",
  text="""Bonjour Sam,

Merci beaucoup pour votre message, c'est très élégant de votre part. Nous garderons évidemment le contact et je n'hésiterai pas à revenir vers vous si une nouvelle opportunité se présente chez Clairval.

Belle continuation !
Émilie

Le jeu. 5 nov. 2026 à 09:41, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Émilie,
> Merci pour votre retour, même s'il n'est pas celui que j'espérais. J'ai beaucoup apprécié nos échanges et serais ravi(e) de rester en contact.
> Bien cordialement, Sam
>
> Le mar. 3 nov. 2026 à 16:20, Émilie Garnier <emilie.garnier@clairval.example> a écrit :
>> Bonjour Sam,
>> Nous sommes au regret de vous informer que nous avons retenu une autre candidature pour le poste de Chef de projet marketing.
>> Cordialement, Émilie Garnier""",
  notes="FR; recruiter replies to Sam's thank-you; rejection only in the quote"),

M(slug="conference-proposition-non-retenue", label="other", cat="non-job-rejection", style="personal",
  frm="Comité de programme Journées Médias Numériques <programme@jmn-lille.example>",
  subject="Journées Médias Numériques 2027 - votre proposition d'intervention",
  text="""Bonjour Sam Taylor,

Merci d'avoir soumis votre proposition « Mesurer l'engagement au-delà du clic » pour les Journées Médias Numériques 2027.

Nous avons reçu 210 propositions pour 40 créneaux. Nous avons le regret de vous informer que votre proposition n'a pas été retenue pour le programme de cette année. Le comité a toutefois apprécié son originalité et vous encourage à la soumettre à nouveau sous forme d'atelier.

Cordialement,
Le comité de programme""",
  notes="FR; conference talk proposal not retained"),

M(slug="chasseur-poste-pourvu-nouvelles-missions", label="other", cat="recruiter-outreach", style="personal",
  frm="Vincent Carré <vincent.carre@carre-executive.example>",
  subject="Nouvelles missions Direction Marketing",
  text="""Bonjour Sam,

Nous avions échangé en juin au sujet d'une direction marketing chez un éditeur de logiciels nantais ; ce poste a été pourvu entre-temps, mais je pense à vous pour deux nouvelles missions :

- Directeur·rice Marketing & Communication d'un groupe de presse régionale (Rennes)
- CMO d'une scale-up de la FoodTech (Paris, 120 personnes)

Auriez-vous 15 minutes cette semaine pour en parler ?

Bien à vous,
Vincent Carré
Associé – Carré Executive | 06 12 48 70 33""",
  notes="FR; headhunter pitch; a previously discussed role 'a été pourvu'"),

M(slug="collegue-stagiaire-refusee", label="other", cat="owner-hiring", style="personal",
  frm="Léa Martin <lea.martin@example.org>",
  subject="Candidature stage communication - réponse envoyée",
  text="""Hello Sam,

Pour info, j'ai envoyé ce matin la réponse négative à Chloé Bernard pour le stage communication, avec le modèle qu'on avait validé (« nous ne donnerons pas suite à votre candidature »). Elle m'a déjà répondu pour demander un retour plus détaillé, je te le transfère ?

Il nous reste donc Maxime et Inès pour les entretiens de jeudi.

Bises,
Léa""",
  notes="FR; colleague at example.org about an intern candidate refused; rejection template quoted"),

M(slug="ami-transfere-refus", day="2026-10-23", label="other", cat="forwarded", style="personal",
  frm="Julien Petit <julien.petit@mailbox.example>",
  subject="Fwd: Votre candidature chez Altura Conseil",
  text="""Regarde ça... troisième refus cette semaine. Tu crois que je devrais refaire mon CV ? On en parle samedi ?

Ju

---------- Forwarded message ---------
De : Altura Conseil <recrutement@altura-conseil.example>
Date: ven. 23 oct. 2026 à 11:05
Subject: Votre candidature chez Altura Conseil
To: Julien Petit <julien.petit@mailbox.example>

Bonjour Julien,

Nous vous remercions pour votre candidature au poste de Consultant Senior. Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable.

Cordialement,
Altura Conseil""",
  notes="FR; friend forwards his own rejection; mixed Gmail forward headers"),

M(slug="reunion-refusee-outlook", day="2026-11-09", label="other", cat="non-job-rejection", style="personal",
  frm="Baptiste Girard <baptiste.girard@example.org>",
  subject="Refusé : Point hebdo marketing",
  text="""Baptiste Girard a refusé cette réunion.

Désolé Sam, je suis en déplacement chez le client à Lyon jeudi. Je t'envoie mes points par écrit d'ici mercredi soir.

Quand : jeudi 12 novembre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
Où : Salle Canal / Teams""",
  notes="FR; declined meeting invite from a colleague"),

M(slug="references-phase-finale-quebec", label="other", cat="reference-request", style="personal", tz="ca",
  frm="Mélanie Gagnon <melanie.gagnon@groupe-fleuve.example>",
  subject="Prise de références - Directeur(trice) marketing",
  text="""Bonjour Sam,

Bonne nouvelle : vous faites partie des deux finalistes pour le poste de Directeur(trice) marketing au Groupe Fleuve! Avant de présenter notre recommandation au comité, nous aimerions procéder à la prise de références.

Pourriez-vous me transmettre les coordonnées de deux personnes (idéalement d'anciens gestionnaires) d'ici vendredi? Nous ne contacterons personne sans votre accord.

Merci et au plaisir,
Mélanie Gagnon
Conseillère principale, acquisition de talents
Groupe Fleuve | 418 555-0147""",
  notes="CA-QC; reference check as finalist"),

M(slug="reponse-auto-absence-recruteuse", day="2026-11-06", label="other", cat="auto-reply", style="personal",
  frm="Claire Dubois <claire.dubois@verano-groupe.example>",
  subject="Réponse automatique : Re: Votre candidature - Responsable Marketing Digital",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  text="""Bonjour,

Je suis absente du bureau jusqu'au 16 novembre inclus, avec un accès limité à mes e-mails.

Pour toute question urgente concernant un recrutement en cours, merci de contacter recrutement@verano-groupe.example.

Cordialement,
Claire Dubois
Chargée de recrutement – Groupe Verano""",
  notes="FR; out-of-office reply to Sam's mail; subject repeats a candidacy subject"),
]
