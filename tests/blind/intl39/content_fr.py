"""French messages of intl39: 16 rejections, 16 hard negatives (FR, BE, CH, QC)."""
OWN = "Sam Taylor <sam.taylor@example.org>"

REJ = [
dict(slug="wttj-agence-chargee-com", label="rejection", cat="ats-automated", lang="fr", country="FR", style="ats",
     vendor="welcome", brand="Agence Belleville & Fils",
     frm="Agence Belleville & Fils <no-reply@welcometothejungle.com>",
     subject="Votre candidature chez Agence Belleville & Fils",
     headers={"List-Unsubscribe": "<{unsub}>"},
     exp=("", "", "Agence Belleville & Fils", "Chargé·e de communication"),
     text="""Bonjour Sam,

Merci pour l'intérêt que vous portez à Agence Belleville & Fils et pour votre candidature au poste de Chargé·e de communication.

Après étude attentive de votre profil, nous avons décidé de poursuivre le processus avec d'autres candidat·e·s dont l'expérience correspond davantage à nos besoins actuels.

Nous vous souhaitons une belle réussite dans vos recherches.

L'équipe Belleville & Fils""",
     about="Belleville & Fils, agence de communication culturelle indépendante, 35 personnes, Paris 11e. B Corp depuis 2024.",
     notes="ordinary; WTTJ chrome"),

dict(slug="flatchr-editeur-profil-ne-correspond-rgpd", label="rejection", cat="keep-on-file", lang="fr", country="FR", style="ats",
     vendor="flatchr", brand="Éditions du Pont-Neuf",
     frm="Éditions du Pont-Neuf <recrutement@flatchr.io>",
     subject="Candidature – Attaché·e de presse (CDI)",
     exp=("", "Camille", "Éditions du Pont-Neuf", "Attaché·e de presse (CDI)"),
     text="""Bonjour Sam Taylor,

Nous avons bien reçu votre candidature au poste d'Attaché·e de presse (CDI) et nous vous en remercions.

Votre parcours est intéressant, mais votre profil ne correspond pas suffisamment aux exigences du poste, notamment en matière de relations avec la presse littéraire. Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.

Souhaitez-vous que nous conservions votre CV dans notre vivier pendant 24 mois ? [[Oui, conserver mon CV]] · [[Non, supprimer mes données]]

Bien cordialement,
Camille Duret
Ressources humaines – Éditions du Pont-Neuf""",
     notes="profile doesn't match; GDPR keep-CV question"),

dict(slug="taleo-musee-montreal-poste-comble", label="rejection", cat="ats-automated", lang="fr", country="QC", style="ats",
     vendor="taleo", brand="Musée des Cultures du Saint-Laurent",
     frm="Musée des Cultures du Saint-Laurent <carrieres@taleo.net>",
     subject="Concours 2026-044 – Conseiller(ère) en communication",
     exp=("dotation@mcsl.example", "", "Musée des Cultures du Saint-Laurent", "Conseiller(ère) en communication"),
     text="""Bonjour Sam Taylor,

Nous vous remercions de l'intérêt manifesté pour le poste de Conseiller(ère) en communication (concours 2026-044) au Musée des Cultures du Saint-Laurent.

Nous vous informons que le poste a été comblé. Nous conserverons votre dossier dans notre banque de candidatures pour une période de six mois.

Pour toute question, écrivez à dotation@mcsl.example.

Veuillez agréer nos salutations distinguées.

Service de la dotation""",
     about="Le Musée des Cultures du Saint-Laurent souscrit au principe d'équité en matière d'emploi et invite les femmes, les Autochtones, les minorités visibles et ethniques et les personnes handicapées à présenter leur candidature.",
     notes="Québec; 'poste comblé'; courriel chrome; equity notice"),

dict(slug="workday-radio-bruxelles-statut-bilingue", label="rejection", cat="ats-automated", lang="fr", country="BE", style="ats",
     vendor="workday", brand="Radio Bruxelles Capitale",
     frm="Radio Bruxelles Capitale <rbc@myworkday.com>",
     subject="Mise à jour de votre candidature / Update van uw sollicitatie",
     exp=("", "", "Radio Bruxelles Capitale", "Journaliste web (H/F/X)"),
     text="""Bonjour Sam,

Le statut de votre candidature a été mis à jour.

{table}

Nous vous remercions pour votre intérêt envers Radio Bruxelles Capitale.

—

Beste Sam, de status van uw sollicitatie werd bijgewerkt. Bekijk het kandidatenportaal voor meer informatie.""",
     table=[("Poste", "Journaliste web (H/F/X)"), ("Réf.", "JR-1182"), ("Statut", "Candidature non retenue")],
     button="Accéder au portail", notes="Belgian; status only in table; Dutch second version"),

dict(slug="smartrecruiters-festival-recrutement-annule", label="rejection", cat="role-cancelled", lang="fr", country="FR", style="ats",
     vendor="smartrecruiters", brand="Festival des Remparts",
     frm="Festival des Remparts <jobs@smartrecruiters.com>",
     reply_to="Hugo Marchand <hugo.marchand@festival-remparts.example>",
     subject="Chargé·e de production événementielle – information importante",
     exp=("hugo.marchand@festival-remparts.example", "Hugo", "Festival des Remparts", "Chargé·e de production événementielle"),
     text="""Bonjour Sam,

Nous vous remercions pour votre candidature et pour l'échange téléphonique du 6 octobre.

Suite à la réduction de la subvention régionale pour l'édition 2027, le Festival des Remparts a dû revoir son organisation. Le poste de Chargé·e de production événementielle ne sera finalement pas ouvert et nous clôturons ce recrutement.

Nous sommes désolés de vous apporter cette nouvelle et vous remercions sincèrement pour le temps consacré.

Bien à vous,
Hugo Marchand
Administrateur, Festival des Remparts""",
     notes="role cancelled (budget); subsidy cut mentioned"),

dict(slug="workable-fondation-geneve-fin-lettre", label="rejection", cat="ats-automated", lang="fr", country="CH", style="ats",
     vendor="workable", brand="Fondation Léman Patrimoine",
     frm="Fondation Léman Patrimoine <noreply@candidates.workablemail.com>",
     subject="Votre candidature – Responsable communication digitale",
     exp=("", "Valérie", "Fondation Léman Patrimoine", "Responsable communication digitale"),
     text="""Madame, Monsieur,

Nous tenons à vous remercier chaleureusement pour l'intérêt que vous avez témoigné à la Fondation Léman Patrimoine. Nous avons reçu plus de 180 dossiers pour le poste de Responsable communication digitale, ce qui témoigne de l'attractivité de notre mission : préserver et faire vivre le patrimoine bâti des rives du Léman.

Votre dossier a retenu notre attention par la qualité de votre lettre et la diversité de vos expériences éditoriales. Le processus de sélection a toutefois été particulièrement exigeant, et nous avons dû faire des choix difficiles entre des profils de grande qualité.

C'est pourquoi nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous vous adressons, Madame, Monsieur, nos meilleures salutations.

Valérie Rochat
Secrétaire générale""",
     notes="Swiss; verdict at the end after long praise; 'Madame, Monsieur'"),

dict(slug="teamtailor-lyon-concepteur-test-h2t", label="rejection", cat="after-assessment", lang="fr", country="FR", style="ats",
     vendor="teamtailor", brand="Studio Traboule", h2t=True,
     frm="Studio Traboule <jobs@studio-traboule.teamtailor-mail.com>",
     subject="Suite de votre candidature – Concepteur·rice-rédacteur·rice",
     exp=("", "Maëlle", "Studio Traboule", "Concepteur·rice-rédacteur·rice"),
     text="""Salut Sam,

Merci d'avoir pris le temps de réaliser notre cas pratique pour le poste de Concepteur·rice-rédacteur·rice. On a lu toutes les copies avec beaucoup d'attention.

Malheureusement, ta candidature n'a pas été retenue pour la suite du processus. Ta proposition était solide, mais d'autres copies collaient davantage au ton de la marque cliente.

On te souhaite le meilleur pour la suite, et n'hésite pas à suivre nos offres sur [[notre page carrière]].

Maëlle, pour toute l'équipe Studio Traboule""",
     notes="tu; after writing test; html2text plain with [image] and link list"),

dict(slug="jobup-statut-refusee", label="rejection", cat="job-board-relay", lang="fr", country="CH", style="ats",
     vendor="jobsch", brand="jobup.ch",
     frm="jobup.ch <noreply@jobup.ch>",
     subject="Mise à jour de votre candidature : Chargé·e de médiation culturelle",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     exp=("", "", "Théâtre de Vidy-Lac", "Chargé·e de médiation culturelle"),
     text="""Bonjour Sam Taylor,

Le recruteur a mis à jour le statut de votre candidature.

{table}

Ne baissez pas les bras ! Voici des offres qui pourraient vous intéresser :
- Chargé·e de communication – Lausanne
- Coordinateur·rice événements – Genève

[[Voir mes candidatures]]""",
     table=[("Poste", "Chargé·e de médiation culturelle"), ("Entreprise", "Théâtre de Vidy-Lac"), ("Statut", "Refusée")],
     notes="job-board relay; bulk headers; status only"),

dict(slug="drh-apres-entretien-verdict-milieu", label="rejection", cat="personal-after-interview", lang="fr", country="FR", style="personal",
     frm="Sophie Lambert <sophie.lambert@groupe-horizon-medias.example>",
     subject="Suite à nos entretiens – Responsable éditorial·e",
     exp=("sophie.lambert@groupe-horizon-medias.example", "Sophie", "Groupe Horizon Médias", "Responsable éditorial·e"),
     text="""Bonjour Sam,

Je reviens vers vous à la suite des entretiens que vous avez eus avec Nicolas Perrin puis avec notre directrice des contenus, Agnès Morel.

Je tiens d'abord à vous dire combien vos échanges ont été appréciés. Votre analyse de nos newsletters et vos propositions pour le pôle vidéo ont fait l'objet d'une vraie discussion en comité de rédaction, ce qui n'est pas si fréquent.

Après de longues délibérations, nous avons toutefois retenu une candidature dont le parcours en presse quotidienne régionale correspond davantage à la feuille de route du poste de Responsable éditorial·e pour les deux prochaines années. Je sais que ce n'est pas la réponse que vous espériez.

Agnès m'a demandé de vous transmettre qu'elle serait ravie de rester en contact, et nous ne manquerons pas de penser à vous si un poste dans le pôle magazines se libère au printemps.

Je vous souhaite une très bonne fin d'année,

Sophie Lambert
Responsable recrutement & marque employeur
Groupe Horizon Médias – 12 rue de Châteaudun, 75009 Paris
01 55 55 42 18""",
     notes="vous; verdict in the middle of a long letter"),

dict(slug="cabinet-bruxelles-client-autre-profil-tu", label="rejection", cat="agency-recruiter", lang="fr", country="BE", style="personal",
     frm="Julien Dewit <julien.dewit@talents-et-sens.example>",
     subject="Re: Poste Head of PR – retour du client",
     parent=True,
     exp=("julien.dewit@talents-et-sens.example", "Julien", "Brasserie Coopérative Wallonne", "Head of PR"),
     text="""Salut Sam,

Je viens d'avoir le retour de la Brasserie Coopérative Wallonne : ils ont choisi un autre profil pour le poste de Head of PR, quelqu'un qui a déjà géré les relations presse d'un acteur coopératif. Franchement ça s'est joué à peu de choses, ton entretien avec la directrice s'est super bien passé.

Je suis déçu pour toi. Je garde ton dossier en tête, j'ai deux missions com qui devraient s'ouvrir en janvier.

À bientôt,
Julien

Julien Dewit | Consultant senior
Talents & Sens – Recrutement communication
Avenue Louise 120, 1050 Bruxelles | +32 2 555 18 44

Le jeu. 5 nov. 2026 à 10:12, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Julien,
> As-tu eu des nouvelles du client ? Merci !
> Sam""",
     notes="tu; Belgian agency relays client's no; Gmail quote of Sam's chaser"),

dict(slug="quebec-pourvu-interne-court", label="rejection", cat="terse", lang="fr", country="QC", style="personal",
     frm="Claire Tremblay <ctremblay@festival-neiges.example>",
     subject="RE: Relance – poste de coordonnatrice/coordonnateur aux communications",
     parent=True,
     exp=("ctremblay@festival-neiges.example", "Claire", "Festival des Neiges de Québec", "coordonnatrice/coordonnateur aux communications"),
     text="""Bonjour Sam,

Désolée du délai. Le poste a finalement été pourvu à l'interne. Merci de votre intérêt pour le Festival des Neiges de Québec et bonne continuation!

Claire

________________________________
De : Sam Taylor <sam.taylor@example.org>
Envoyé : 2 novembre 2026 09:40
À : Claire Tremblay
Objet : Relance – poste de coordonnatrice/coordonnateur aux communications

Bonjour Madame Tremblay,
Je me permets de vous relancer au sujet de ma candidature. Au plaisir de vous lire,
Sam Taylor""",
     notes="short; Québec; filled internally; Outlook mobile quote"),

dict(slug="transfert-rh-note-manager", label="rejection", cat="forwarded-about-owner", lang="fr", country="FR", style="personal",
     frm="Élodie Garnier <elodie.garnier@opera-rives.example>",
     subject="TR: Candidature Sam Taylor – Chargé·e des relations presse",
     exp=("elodie.garnier@opera-rives.example", "Élodie", "Opéra des Deux Rives", "Chargé·e des relations presse"),
     text="""Bonjour Sam,

Comme convenu, je vous transfère le retour de Marc Lefebvre, directeur de la communication. Je suis navrée que la réponse ne soit pas celle que vous attendiez.

Bien cordialement,
Élodie Garnier
Chargée RH – Opéra des Deux Rives
04 55 55 26 10

-------- Message transféré --------
Sujet : Candidature Sam Taylor – Chargé·e des relations presse
Date : Mon, 16 Nov 2026 18:05:12 +0100
De : Marc Lefebvre <marc.lefebvre@opera-rives.example>
Pour : Élodie Garnier <elodie.garnier@opera-rives.example>

Élodie,
Peux-tu informer Sam que nous ne retenons pas sa candidature, avec tous nos remerciements ? Très bon entretien, mais il nous faut quelqu'un qui connaît déjà le milieu lyrique. Je suis d'accord pour qu'on lui propose un retour oral.
Marc""",
     notes="HR forwards the manager's note about Sam; Thunderbird forward block"),

dict(slug="musee-gel-recrutements-poste-supprime", label="rejection", cat="role-cancelled", lang="fr", country="FR", style="personal",
     frm="Isabelle Roux <isabelle.roux@musee-arts-decoratifs-sud.example>",
     subject="Votre candidature – Chef·fe de projet expositions",
     exp=("isabelle.roux@musee-arts-decoratifs-sud.example", "Isabelle", "Musée des Arts décoratifs du Sud", "Chef·fe de projet expositions"),
     text="""Madame, Monsieur,

Je me permets de revenir vers vous concernant votre candidature au poste de Chef·fe de projet expositions au Musée des Arts décoratifs du Sud.

En raison du gel des recrutements décidé par notre collectivité de tutelle, ce poste est supprimé du budget 2027. Nous mettons donc fin au processus de recrutement, sans qu'aucun candidat ne soit retenu.

Je vous prie de bien vouloir nous en excuser et vous remercie pour la qualité de votre dossier.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Isabelle Roux
Secrétaire générale""",
     notes="role cancelled (hiring freeze); formal"),

dict(slug="fondation-bruxelles-bilingue-fr-en", label="rejection", cat="keep-on-file", lang="fr", country="BE", style="personal",
     frm="Anneleen Peeters <a.peeters@fondation-europe-culture.example>",
     subject="Votre candidature / Your application – Chargé·e de communication",
     client_html=True,
     exp=("a.peeters@fondation-europe-culture.example", "Anneleen", "Fondation Europe Culture", "Chargé·e de communication"),
     text="""Cher Sam,

(English below)

Merci pour votre candidature au poste de Chargé·e de communication à la Fondation Europe Culture et pour le temps consacré à notre entretien.

Nous avons le regret de vous annoncer que nous ne poursuivrons pas votre candidature. Avec votre accord, nous garderons votre CV pour nos prochains recrutements.

Dear Sam,

Thank you for your application and your time. We regret to let you know that we will not be taking your application further. With your consent, we will keep your CV on file.

Bien à vous / Kind regards,
Anneleen Peeters
HR Officer – Fondation Europe Culture
Rue Royale 55, 1000 Bruxelles – +32 2 555 09 71""",
     notes="French + English version; Belgian; keep CV"),

dict(slug="studio-podcast-casual-tu-fautes", label="rejection", cat="personal-after-interview", lang="fr", country="FR", style="personal",
     frm="Théo <theo@onde-courte.example>",
     subject="Re: Poste prod / éditorial",
     parent=True,
     exp=("theo@onde-courte.example", "Théo", "Onde Courte", "chargé·e de production éditoriale"),
     text="""Hello Sam,

merci encore pour le café mardi, c'était top. Bon je vais pas tourner autour du pot : pour le poste de chargé·e de production éditoriale on part sur qqn d'autre, qui a déja monté des podcasts natifs de A à Z. désolé vraiment, j'ai bcp hésité.

si jamais t'es dispo en freelance pour des piges on serait super preneurs, dis moi.

Théo
Onde Courte – studio de podcasts
06 55 55 31 07""",
     notes="tu; casual; typos; freelance offer"),

dict(slug="lausanne-editeur-mise-en-situation-vivier", label="rejection", cat="after-assessment", lang="fr", country="CH", style="personal",
     frm="Nathalie Favre <n.favre@editions-lavaux.example>",
     subject="Mise en situation – Responsable communication",
     exp=("n.favre@editions-lavaux.example", "Nathalie", "Éditions de Lavaux", "Responsable communication"),
     text="""Bonjour Sam Taylor,

Merci d'avoir participé à la mise en situation de jeudi dernier. Le jury a apprécié la clarté de votre plan média.

Malgré ces qualités, votre résultat n'a pas été suffisant pour que nous vous retenions pour le poste de Responsable communication. Nous avons décidé de poursuivre avec deux autres personnes.

Avec votre accord, nous gardons volontiers votre dossier pour un futur poste aux Éditions de Lavaux.

Meilleures salutations,
Nathalie Favre
Direction administrative
Éditions de Lavaux – Chemin de la Vigne 3, 1096 Cully
+41 21 555 40 12""",
     notes="Swiss; after assessment; keep dossier"),
]

OTH = [
dict(slug="wttj-accuse-reception-volume", label="other", cat="ack-received", lang="fr", country="FR", style="ats",
     vendor="welcome", brand="Maison Lumière Événements",
     frm="Maison Lumière Événements <no-reply@welcometothejungle.com>",
     subject="Votre candidature a bien été envoyée – Chef·fe de projet événementiel",
     headers={"List-Unsubscribe": "<{unsub}>"},
     text="""Bonjour Sam,

Votre candidature au poste de Chef·fe de projet événementiel chez Maison Lumière Événements a bien été transmise.

En raison du grand nombre de candidatures reçues, l'équipe ne pourra malheureusement pas répondre individuellement à chacun·e. Si votre profil est retenu, vous serez contacté·e sous trois semaines.

Bonne chance !
L'équipe Welcome to the Jungle""",
     notes="acknowledgement hedging (volume; no individual answers)"),

dict(slug="flatchr-invitation-test-redactionnel", label="other", cat="assessment", lang="fr", country="FR", style="ats",
     vendor="flatchr", brand="Le Quotidien des Régions",
     frm="Le Quotidien des Régions <recrutement@flatchr.io>",
     subject="Étape suivante : test rédactionnel – Secrétaire de rédaction",
     text="""Bonjour Sam Taylor,

Bonne nouvelle : votre candidature au poste de Secrétaire de rédaction a retenu notre attention.

Nous vous invitons à passer un test rédactionnel en ligne (durée 1 h, à réaliser avant le 25 novembre). Sans retour de votre part à cette date, nous ne pourrons malheureusement pas poursuivre le processus.

[[Commencer le test]]

Cordialement,
Service RH""",
     notes="test invitation with conditional no"),

dict(slug="taleo-quebec-transfert-affichage", label="other", cat="requisition-transfer", lang="fr", country="QC", style="ats",
     vendor="taleo", brand="Société de diffusion du Québec",
     frm="Société de diffusion du Québec <carrieres@taleo.net>",
     subject="Votre candidature a été transférée – affichage 26-311",
     text="""Bonjour Sam Taylor,

L'affichage 26-208 (Recherchiste, émissions culturelles) pour lequel vous avez postulé est maintenant fermé.

Votre candidature a été transférée à l'affichage 26-311 (Recherchiste principal(e), balados), dont le profil correspond mieux à votre expérience. Aucune action n'est requise de votre part; l'équipe de dotation communiquera avec vous pour la suite.

Merci de votre intérêt.
Service de la dotation""",
     notes="Québec; application transferred; old posting closed"),

dict(slug="newsletter-rebondir-apres-refus", label="other", cat="newsletter", lang="fr", country="FR", style="ats",
     vendor="mailer", brand="Médias & Emplois",
     frm="Médias & Emplois <lettre@medias-emplois.example>",
     subject="La lettre du jeudi : rebondir après un refus + 24 offres com & culture",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "List-Id": "<lettre.medias-emplois.example>"},
     text="""Bonjour Sam,

À la une : « Votre candidature n'a pas été retenue » — comment répondre avec élégance et garder le lien avec le recruteur. Trois DRH de groupes de presse nous livrent leurs conseils. [[Lire l'article]]

Les offres de la semaine :
- Chargé·e de communication – Musée de Bretagne (Rennes)
- Journaliste web – Radio régionale (Lille)
- Responsable mécénat – Fondation (Lyon)

[[Voir les 24 offres]]""",
     notes="newsletter quoting a rejection phrase; job list"),

dict(slug="subvention-refusee-region", label="other", cat="non-job-rejection", lang="fr", country="FR", style="ats",
     vendor="mailer", brand="Région Occitanie-Est (fictive)",
     frm="Portail des aides culturelles <ne-pas-repondre@aides-culture-region.example>",
     subject="Décision relative à votre demande de subvention n° CULT-26-0877",
     text="""Madame, Monsieur,

Votre demande de subvention pour le projet « Carnets sonores du littoral » a été examinée par la commission permanente du 12 novembre 2026.

Nous avons le regret de vous informer qu'elle n'a pas été retenue, l'enveloppe disponible ne permettant pas de soutenir l'ensemble des projets éligibles.

Vous pouvez consulter le détail de la décision dans votre espace usager.

Le service Culture et Patrimoine""",
     notes="grant refused; non-job"),

dict(slug="sirh-interne-candidat-refuse-paris", label="other", cat="owner-hiring", lang="fr", country="FR", style="ats",
     vendor="internal", brand="Calder Street Media",
     frm="Calder Street Media – SIRH <sirh@example.org>",
     subject="[Recrutement] Chargé·e de com junior (Paris) : 2 candidatures refusées",
     text="""Bonjour Sam,

Résumé des actions sur votre offre Chargé·e de com junior (Paris) :

{table}

Les courriels de refus ont été envoyés automatiquement. Il reste 5 candidatures à évaluer.

[[Ouvrir le tableau de bord]]""",
     table=[("Léa Marchetti", "Refusée par Sam Taylor"), ("Antoine Bouvier", "Refusée par Sam Taylor"), ("Inès Haddad", "Entretien planifié")],
     notes="Sam is hiring; internal HR notice"),

dict(slug="workday-decision-reportee", label="other", cat="status-update", lang="fr", country="BE", style="ats",
     vendor="workday", brand="Théâtre National de Namur",
     frm="Théâtre National de Namur <tnn@myworkday.com>",
     subject="Votre candidature – Responsable des publics",
     text="""Bonjour Sam,

Nous vous remercions pour votre patience. La décision concernant le poste de Responsable des publics est reportée : le jury final ne pourra se réunir qu'en janvier en raison de la programmation des fêtes.

Votre candidature reste active et nous reviendrons vers vous dès que possible, quelle que soit la décision.

L'équipe Ressources humaines""",
     notes="decision delayed; 'quelle que soit la décision'"),

dict(slug="linkedin-offres-recommandees", label="other", cat="job-alert", lang="fr", country="CH", style="ats",
     vendor="linkedin", brand="LinkedIn",
     frm="LinkedIn Emplois <jobalerts-noreply@linkedin.com>",
     subject="« responsable communication » : 9 nouvelles offres à Genève",
     headers={"List-Unsubscribe": "<{unsub}>"},
     text="""Sam, voici de nouvelles offres correspondant à votre alerte.

- Responsable communication – Fondation humanitaire · Genève
- Chargé·e de relations médias – Organisation internationale · Genève
- Rédacteur·rice web – Musée d'ethnographie · Neuchâtel

Le poste « Content Manager » chez Lacustre Média ne reçoit plus de candidatures. [[Voir des offres similaires]]

[[Voir toutes les offres]]""",
     notes="job alert; a posting Sam merely viewed no longer takes applications"),

dict(slug="promesse-embauche-agence-malheureusement", label="other", cat="offer", lang="fr", country="BE", style="personal",
     frm="Marie Dubois <marie.dubois@agence-brabant.example>",
     subject="Proposition d'embauche – Responsable événementiel",
     attach=[("Promesse_embauche_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Promesse d'embauche (exemple)\n")],
     text="""Bonjour Sam,

Suite à nos échanges, j'ai le plaisir de vous proposer le poste de Responsable événementiel au sein de l'Agence Brabant, en CDI, à partir du 1er février. Vous trouverez la promesse d'embauche en pièce jointe.

Malheureusement, je ne pourrai pas être présente la semaine prochaine, c'est donc Olivier qui vous accueillera si vous souhaitez passer signer. Nous ne pouvons pas retenir la date du 15 janvier que vous proposiez, le bureau étant fermé.

Merci de nous faire part de votre réponse avant le 4 décembre.

Bien à vous,
Marie Dubois
Directrice – Agence Brabant
+32 10 55 52 30""",
     notes="offer with 'malheureusement' and 'ne pouvons pas retenir' about dates"),

dict(slug="reponse-relance-deuxieme-entretien", label="other", cat="answer-to-owner-question", lang="fr", country="FR", style="personal",
     frm="Aurélie Masson <aurelie.masson@cite-du-livre.example>",
     subject="Re: Candidature chargé·e de programmation – avez-vous retenu quelqu'un ?",
     parent=True,
     text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Nous avons pris du retard avec le salon, mais nous aimerions justement vous revoir pour un second entretien avec la directrice. Seriez-vous disponible jeudi 26 à 10 h ?

Bien cordialement,
Aurélie Masson
Cité du Livre – Ressources humaines

Le 18/11/2026 à 08:55, Sam Taylor a écrit :
> Bonjour Madame Masson,
> Sans nouvelles depuis notre entretien, je me permets de vous demander si vous avez déjà retenu quelqu'un d'autre pour le poste. Si c'est le cas, un mot me suffira.
> Bien à vous,
> Sam Taylor""",
     notes="invitation answering Sam's chaser"),

dict(slug="logement-dossier-non-retenu-lyon", label="other", cat="non-job-rejection", lang="fr", country="FR", style="personal",
     frm="Cabinet Rhône Gestion <location@rhone-gestion.example>",
     subject="Votre dossier – T3 rue Sainte-Hélène",
     text="""Bonjour,

Nous vous remercions pour votre dossier de candidature pour l'appartement T3 situé rue Sainte-Hélène.

Après examen par le propriétaire, votre dossier n'a malheureusement pas été retenu. Nous conservons vos coordonnées et ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Service location – Cabinet Rhône Gestion
04 55 55 63 00""",
     notes="rental application ('dossier de candidature') refused"),

dict(slug="intervention-non-retenue-rencontres", label="other", cat="non-job-rejection", lang="fr", country="QC", style="personal",
     frm="Comité de programmation <programmation@rencontres-medias.example>",
     subject="Votre proposition d'intervention – Rencontres des médias 2027",
     text="""Bonjour Sam Taylor,

Merci d'avoir soumis votre proposition d'intervention « La rédaction augmentée : éthique et IA » aux Rencontres des médias 2027.

Le comité a reçu 340 propositions pour 45 places. Nous sommes au regret de vous informer que votre proposition n'a pas été retenue cette année. Nous espérons vous compter parmi les participant·e·s en avril à Montréal.

Cordialement,
Le comité de programmation""",
     notes="conference talk proposal refused; Québec"),

dict(slug="pitch-refuse-client-fr", label="other", cat="non-job-rejection", lang="fr", country="FR", style="personal",
     frm="Bertrand Colin <bertrand.colin@caisse-culture.example>",
     subject="Consultation agence – lancement de la saison 2027",
     text="""Bonjour Sam,

Merci à vous et à l'équipe de Calder Street Media pour votre proposition dans le cadre de notre consultation pour le lancement de la saison 2027.

Nous avons finalement retenu une autre agence, dont le budget s'inscrivait mieux dans notre enveloppe. Votre recommandation créative a néanmoins beaucoup plu au comité.

Au plaisir de retravailler ensemble sur un prochain projet,
Bertrand Colin
Directeur de la communication""",
     notes="agency pitch refused for Sam's employer"),

dict(slug="collegue-refus-candidate-tu", label="other", cat="owner-hiring", lang="fr", country="FR", style="personal",
     frm="Nina Perret <nina.perret@example.org>",
     subject="Re: Candidatures chargé·e de com junior",
     parent=True,
     text="""Salut Sam,

J'ai vu dans le SIRH que tu as refusé Léa Marchetti – je suis d'accord, son test était trop faible. Par contre je trouve qu'on devrait revoir Antoine, il n'avait pas démérité en entretien. Tu veux qu'on en parle demain au point hebdo ?

Nina

> Le 20 nov. 2026 à 17:02, Sam Taylor <sam.taylor@example.org> a écrit :
> Je passe Léa et Antoine en refus, on garde Inès pour le 2e tour.""",
     notes="colleague discussing candidates Sam rejected"),

dict(slug="chasseuse-ancien-poste-pourvu-nouveaux", label="other", cat="recruiter-outreach", lang="fr", country="CH", style="personal",
     frm="Céline Morand <celine.morand@morand-executive.example>",
     subject="Deux nouveaux postes en communication culturelle",
     text="""Bonjour Sam,

Je ne sais pas si vous vous souvenez de notre échange en mars au sujet du poste de directeur·rice de la communication à l'Orchestre du Jura : le poste a été pourvu à l'époque, vous l'aviez su par la presse je crois.

Je vous écris car j'ai deux nouveaux mandats qui me font penser à vous :
- Responsable communication et presse, Festival de jazz (Montreux)
- Head of Content, fondation philanthropique (Genève)

Auriez-vous 20 minutes cette semaine pour un appel ?

Meilleures salutations,
Céline Morand
Morand Executive Search – Lausanne
+41 21 555 88 30""",
     notes="old role filled plus new roles pitched; Swiss"),

dict(slug="reponse-a-remerciement-apres-refus", label="other", cat="reply-to-owner-followup", lang="fr", country="FR", style="personal",
     frm="Sophie Lambert <sophie.lambert@groupe-horizon-medias.example>",
     subject="Re: Suite à nos entretiens – Responsable éditorial·e",
     parent=True, parent_depth=2,
     text="""Bonjour Sam,

Merci beaucoup pour votre message, il n'y a vraiment pas de quoi vous excuser. Nous serions ravis de rester en contact, et je transmets vos amitiés à Agnès.

Très belle fin d'année,
Sophie

Le 27/11/2026 à 11:20, Sam Taylor a écrit :
> Bonjour Sophie,
> Merci pour votre retour et pour sa franchise. Je suis évidemment déçu·e de ne pas avoir été retenu·e, mais j'ai beaucoup apprécié nos échanges. Pardon pour ma réponse tardive.
> Au plaisir,
> Sam
>
>> Le 24/11/2026 à 09:12, Sophie Lambert a écrit :
>> Après de longues délibérations, nous avons toutefois retenu une candidature dont le parcours correspond davantage à la feuille de route du poste.""",
     notes="reply to Sam's follow-up; the rejection only in the quote"),
]

MESSAGES = REJ + OTH
