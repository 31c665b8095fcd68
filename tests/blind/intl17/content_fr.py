"""French messages (France, Belgium, Switzerland, Québec): 16 rejections, 16 hard negatives."""
from content_common import AUTO, AUTO_LU, OWNER, rej

R, O = "rejection", "other"

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS style
dict(slug="fr-valmonde-workday-retenue", label=R, cat="ats-automated", style="ats", variant="fr-FR",
     vendor="workday", brand="Groupe Valmonde",
     frm="Groupe Valmonde Recrutement <valmonde@myworkday.com>", headers=AUTO,
     subject="Votre candidature au poste de Chef de produit marketing (H/F) – R-10482",
     exp=rej("", "", "Groupe Valmonde", "Chef de produit marketing (H/F)"),
     notes="standard wording 'n'a pas été retenue'",
     text="""Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous portez au Groupe Valmonde et de votre candidature au poste de Chef de produit marketing (H/F).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous vous invitons à consulter régulièrement nos offres sur notre [[site carrières]] et vous souhaitons pleine réussite dans vos recherches.

Cordialement,
La Direction des Ressources Humaines
Groupe Valmonde""",
     about="Le Groupe Valmonde, 12 000 collaborateurs dans 18 pays, est signataire de la Charte de la diversité. Tous nos postes sont ouverts aux personnes en situation de handicap."),

dict(slug="fr-lumen-teamtailor-h2t-vivier", label=R, cat="keep-on-file", style="ats", variant="fr-FR",
     vendor="teamtailor", brand="Lumen & Co", h2t=True,
     frm="Lumen & Co <no-reply@teamtailor.com>", headers=AUTO_LU,
     subject="Suite à votre candidature – Growth Marketing Manager",
     exp=rej("", "", "Lumen & Co", "Growth Marketing Manager"),
     notes="html-to-text plain; talent-pool consent question after the verdict",
     button="Oui, rejoindre le vivier",
     text="""Bonjour Sam,

Merci d'avoir postulé au poste de Growth Marketing Manager chez Lumen & Co. Nous avons pris le temps de lire chaque candidature avec attention.

Après étude attentive, nous avons choisi de poursuivre avec d'autres profils dont l'expérience correspond plus étroitement à nos besoins actuels.

Votre parcours nous a néanmoins intéressés. Souhaitez-vous que nous conservions vos données dans notre vivier de talents pendant 24 mois afin de vous recontacter si un poste adapté s'ouvre ? Si oui, cliquez sur le bouton ci-dessous. Sans réponse de votre part, vos données seront supprimées dans 30 jours.

Belle continuation,
L'équipe Talent de Lumen & Co""",
     about="Lumen & Co conçoit des luminaires écoresponsables à Lyon depuis 2015. B Corp certifiée."),

dict(slug="fr-brabant-smartrecruiters-bilingue", label=R, cat="ats-automated", style="ats", variant="fr-BE",
     vendor="smartrecruiters", brand="Brabant Telecom",
     frm="Brabant Telecom <noreply@smartrecruiters.com>", headers=AUTO,
     subject="Votre candidature chez Brabant Telecom / Your application at Brabant Telecom",
     exp=rej("", "", "Brabant Telecom", "Product Marketing Manager Consumer"),
     notes="French letter with English version below; 'ne pas donner suite'",
     text="""Bonjour Sam,

Nous vous remercions pour votre candidature au poste de Product Marketing Manager Consumer.

Nous avons bien examiné votre profil et nous avons décidé de ne pas donner suite à votre candidature. Cette décision ne remet pas en cause vos qualités ; d'autres profils correspondaient davantage aux exigences du poste.

Nous vous souhaitons beaucoup de succès.
L'équipe Talent Acquisition de Brabant Telecom

— English version —

Dear Sam,

Thank you for applying for the Product Marketing Manager Consumer position. After reviewing your profile, we have decided not to proceed with your application.

Kind regards,
Brabant Telecom Talent Acquisition""",
     about="Brabant Telecom SA · Boulevard du Roi Albert II 27, 1030 Bruxelles · TVA BE 0455.123.987"),

dict(slug="fr-cartel-wttj-pourvu", label=R, cat="job-board-relay", style="ats", variant="fr-FR",
     vendor="welcome", brand="Cartel Studio",
     frm="Welcome to the Jungle <notifications@welcometothejungle.com>", headers=AUTO_LU,
     subject="Cartel Studio a mis à jour votre candidature",
     exp=rej("", "", "Cartel Studio", "Responsable Brand Content"),
     notes="job-board relay; 'le poste a été pourvu'; more jobs block",
     text="""Bonjour Sam,

Cartel Studio vous informe que le poste de Responsable Brand Content a été pourvu. Votre candidature a donc été clôturée.

Merci pour l'intérêt que vous avez porté à l'entreprise. Ne vous découragez pas : de nouvelles offres vous attendent.

Offres qui pourraient vous plaire :
- Brand Manager – Maison Pelleas, Paris 9e
- Content Lead – Oriel Games, Montpellier
- Head of Brand – Ferme du Vallon, Nantes (télétravail partiel)

[[Voir toutes les offres]]

L'équipe Welcome to the Jungle"""),

dict(slug="fr-boreal-recruitee-quebec-annule", label=R, cat="role-cancelled", style="ats", variant="fr-CA",
     vendor="recruitee", brand="Boréal Numérique",
     frm="Boréal Numérique <boreal@mail.recruitee.com>", headers=AUTO,
     subject="Mise à jour – affichage Directeur·rice marketing produit",
     exp=rej("genevieve.tremblay@borealnumerique.example", "Geneviève", "Boréal Numérique", "Directeur·rice marketing produit"),
     notes="Québec; posting cancelled; contact address in body",
     text="""Bonjour Sam,

Merci de l'intérêt que vous avez manifesté pour le poste de Directeur·rice marketing produit chez Boréal Numérique.

Nous tenons à vous informer que, suite à une révision de nos priorités pour 2027, nous avons fermé l'affichage de ce poste et annulé le processus de dotation. Nous ne poursuivrons donc pas l'étude des candidatures reçues, dont la vôtre.

Pour toute question, vous pouvez écrire directement à Geneviève Tremblay, conseillère en acquisition de talents, à genevieve.tremblay@borealnumerique.example.

Au plaisir,
L'équipe Boréal Numérique""",
     about="Boréal Numérique inc., 1200 avenue McGill College, Montréal (Québec). Nous souscrivons au principe d'équité en matière d'emploi."),

dict(slug="fr-linkedin-statut-non-retenue", label=R, cat="ats-automated", style="ats", variant="fr-FR",
     vendor="linkedin", brand="Océane Assurances",
     frm="LinkedIn <jobs-noreply@linkedin.com>", headers=AUTO_LU,
     subject="Votre candidature pour Responsable acquisition digitale chez Océane Assurances",
     exp=rej("", "", "Océane Assurances", "Responsable acquisition digitale"),
     notes="LinkedIn status notice; short company note; status line",
     table=[("Poste", "Responsable acquisition digitale"), ("Entreprise", "Océane Assurances · La Rochelle"), ("Statut", "Non retenue")],
     text="""Sam, voici une mise à jour de votre candidature

{table}

Message d'Océane Assurances : « Nous vous remercions pour votre candidature. Malheureusement, nous ne sommes pas en mesure de poursuivre avec votre profil pour ce poste. »

[[Voir des offres similaires]]"""),

# ---------------------------------------------------------------- rejections, personal
dict(slug="fr-cabinet-mandat-client", label=R, cat="agency-recruiter", style="personal", variant="fr-FR",
     frm="Aurélie Marchand <a.marchand@cabinet-ferrand.example>",
     subject="RE: Poste Directeur Marketing – Maison Dorval", parent=True, parent_domain="mail.example.org",
     exp=rej("a.marchand@cabinet-ferrand.example", "Aurélie", "Maison Dorval", "Directeur Marketing"),
     notes="cabinet de recrutement relays the client's decision; reply above quoted thread",
     text="""Bonjour Sam,

Je reviens vers vous comme promis. Mon client Maison Dorval a finalement retenu un autre candidat pour le poste de Directeur Marketing, dont le profil était plus proche de l'univers du luxe. Je sais que vous étiez très motivé(e) par ce projet et je suis sincèrement désolée.

Les retours sur votre entretien avec le DG étaient bons, notamment sur la partie data. Je garde votre dossier en tête pour d'autres missions et je ne manquerai pas de vous recontacter.

Bien cordialement,
Aurélie Marchand
Consultante senior – Cabinet Ferrand & Associés
06 55 41 28 90

De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 23 novembre 2026 17:45
À : Aurélie Marchand
Objet : Poste Directeur Marketing – Maison Dorval

Bonjour Aurélie,
Avez-vous eu un retour de Maison Dorval après mon entretien de jeudi ?
Merci et bonne soirée,
Sam"""),

dict(slug="fr-bruxelles-hm-finale-longue", label=R, cat="personal-after-interview", style="personal", variant="fr-BE",
     frm="Olivier Dupuis <olivier.dupuis@atelier-sablon.example>",
     subject="Suite à nos échanges – Head of Product Marketing",
     exp=rej("olivier.dupuis@atelier-sablon.example", "Olivier", "Atelier Sablon", "Head of Product Marketing"),
     notes="hiring manager after final round; long letter; verdict in the middle",
     text="""Bonjour Sam,

Je tenais à vous écrire personnellement après notre dernière rencontre à Bruxelles. Merci d'abord pour la qualité de votre présentation : votre lecture de nos données d'usage était sans doute la plus fine que nous ayons vue, et plusieurs membres du comité m'en reparlent encore.

Le choix a été très difficile. Nous avons toutefois décidé de ne pas poursuivre avec votre candidature pour le poste de Head of Product Marketing : le comité a privilégié un profil ayant déjà piloté des lancements sur le marché néerlandophone, ce qui est une priorité pour nous l'an prochain.

Si vous le souhaitez, je vous propose un appel de vingt minutes pour un retour plus détaillé. Et je serais heureux de garder le contact : Atelier Sablon grandit vite et d'autres occasions se présenteront.

Avec mes meilleures salutations,
Olivier Dupuis
CMO – Atelier Sablon SRL
Rue des Minimes 21, 1000 Bruxelles
+32 2 555 73 10"""),

dict(slug="fr-relance-reponse-interne", label=R, cat="internal-candidate", style="personal", variant="fr-FR",
     frm="Camille Leroy <camille.leroy@paprika-media.example>",
     subject="Re: Relance candidature Responsable CRM", parent=True, parent_domain="mail.example.org",
     exp=rej("camille.leroy@paprika-media.example", "Camille", "Paprika Média", "Responsable CRM"),
     notes="reply to Sam's relance; filled internally; Gmail quote",
     text="""Bonjour Sam,

Désolée pour ce long silence. Le poste de Responsable CRM a finalement été pourvu en interne, par une personne de l'équipe e-commerce. Nous ne pourrons donc pas donner suite à votre candidature.

Merci encore pour votre intérêt pour Paprika Média, et bonne continuation !

Camille

Camille Leroy | Chargée de recrutement | Paprika Média
01 55 82 40 17

Le mar. 1 déc. 2026 à 10:03, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Camille,
>
> Je me permets de revenir vers vous concernant ma candidature au poste de Responsable CRM, envoyée début novembre. Auriez-vous des nouvelles ?
>
> Bien à vous,
> Sam Taylor"""),

dict(slug="fr-quebec-courte-autre-candidat", label=R, cat="terse", style="personal", variant="fr-CA",
     frm="Maxime Gagnon <max@fleuvelab.example>",
     subject="Re: Poste Stratège marketing", parent=True, parent_domain="mail.example.org",
     exp=rej("max@fleuvelab.example", "Maxime", "FleuveLab", "Stratège marketing"),
     notes="very short; Québec tutoiement",
     text="""Salut Sam,

On a décidé d'aller avec un autre candidat pour le poste de Stratège marketing. Merci encore pour ton temps, c'était vraiment le fun de jaser avec toi. Bonne chance!

Max
FleuveLab | 514 555-2281"""),

dict(slug="fr-referrer-coralie", label=R, cat="referrer", style="personal", variant="fr-FR",
     frm="Coralie Bernard <coralie.bernard@ondine-app.example>",
     subject="Ta candidature chez Ondine",
     exp=rej("coralie.bernard@ondine-app.example", "Coralie", "Ondine", "Lead Product Marketing"),
     notes="referrer relays the decision; official mail still to come",
     text="""Coucou Sam,

Je préfère te le dire moi-même avant que tu reçoives le mail officiel : j'ai croisé Julie des RH ce matin, et ils ne vont pas donner suite pour toi sur le poste de Lead Product Marketing. Apparemment ils ont pris quelqu'un qui vient de la fintech, c'était leur critère numéro un.

Franchement dommage, j'étais sûre que ça collerait. Je te tiens au courant s'il y a autre chose qui s'ouvre chez Ondine. On se fait un déj bientôt ?

Bises,
Coralie"""),

dict(slug="fr-tr-retour-manager-suisse", label=R, cat="forwarded-note", style="personal", variant="fr-CH",
     frm="Nathalie Rochat <nathalie.rochat@leman-assurances.example>",
     subject="TR: Retour candidature Sam Taylor – Brand Manager",
     exp=rej("nathalie.rochat@leman-assurances.example", "Nathalie", "Léman Assurances", "Brand Manager"),
     notes="HR forwards the manager's internal verdict",
     text="""Bonjour Sam,

Je vous transfère ci-dessous le retour du manager, cela vous donnera plus de détails que notre lettre type. Je suis navrée que cela n'ait pas abouti cette fois-ci.

Meilleures salutations,
Nathalie Rochat
Spécialiste RH, Léman Assurances SA
+41 21 555 38 70

-----Message d'origine-----
De : Philippe Cuendet
Envoyé : mercredi, 25 novembre 2026 15:12
À : Nathalie Rochat
Objet : Retour candidature Sam Taylor – Brand Manager

Nathalie,

Merci pour l'organisation. Après l'entretien, nous ne retenons pas la candidature de Sam Taylor pour le poste de Brand Manager : bon profil analytique, mais pas assez d'expérience en gestion d'agences créatives. Peux-tu lui transmettre ?

Philippe"""),

dict(slug="fr-renvoi-message-retour", label=R, cat="re-sent", style="personal", variant="fr-FR",
     frm="Sophie Garnier <sophie.garnier@azur-voyages.example>",
     subject="TR: Votre candidature – Chef de projet marketing digital",
     exp=rej("sophie.garnier@azur-voyages.example", "Sophie", "Azur Voyages", "Chef de projet marketing digital"),
     notes="re-sent after the first mail bounced; rejection below Outlook French header",
     text="""Bonjour Sam,

Mon précédent message m'est revenu en erreur, je me permets donc de vous le renvoyer.

Bien cordialement,
Sophie Garnier

De : Sophie Garnier
Envoyé : jeudi 19 novembre 2026 14:22
À : Sam Taylor
Objet : Votre candidature – Chef de projet marketing digital

Bonjour Sam,

Nous vous remercions pour votre candidature au poste de Chef de projet marketing digital et pour le temps consacré à nos échanges.

Malgré l'intérêt de votre parcours, nous sommes au regret de vous annoncer que nous ne donnerons pas une suite favorable à votre candidature. Nous avons retenu un profil disposant d'une expérience plus directe dans le tourisme.

Nous vous souhaitons une belle réussite dans vos projets.

Sophie Garnier
Responsable RH – Azur Voyages
04 93 55 61 20"""),

dict(slug="fr-quebec-gel-embauche", label=R, cat="role-cancelled", style="personal", variant="fr-CA",
     frm="Isabelle Côté <isabelle.cote@caisse-riviere.example>",
     subject="Poste de Conseiller·ère principal·e, marketing – gel des embauches",
     exp=rej("isabelle.cote@caisse-riviere.example", "Isabelle", "Caisse Rivière", "Conseiller·ère principal·e, marketing"),
     notes="Québec; hiring freeze, role put on ice",
     text="""Bonjour Sam,

Je communique avec vous au sujet du poste de Conseiller·ère principal·e, marketing pour lequel vous avez passé deux entrevues avec nous.

Malheureusement, la direction vient d'annoncer un gel des embauches jusqu'à nouvel ordre, et ce poste est mis sur la glace. Nous devons donc mettre fin au processus, pour vous comme pour les autres personnes candidates. Croyez bien que j'en suis désolée.

Si le poste est rouvert, je vous écrirai en priorité.

Cordialement,
Isabelle Côté
Conseillère principale, acquisition de talents
Caisse Rivière | 418 555-0192"""),

dict(slug="fr-cas-pratique-formel", label=R, cat="after-assessment", style="personal", variant="fr-FR",
     frm="Service Recrutement Hexagone Energies <recrutement@hexagone-energies.example>",
     subject="Votre candidature – Responsable marketing B2B – cas pratique",
     exp=rej("recrutement@hexagone-energies.example", "Hélène", "Hexagone Energies", "Responsable marketing B2B"),
     notes="long formal letter after a case study; verdict after praise; signed by a person",
     text="""Bonjour Sam Taylor,

Nous vous remercions d'avoir réalisé le cas pratique qui vous a été soumis ainsi que pour votre présentation devant le comité le 26 novembre dernier. Votre restitution a été appréciée pour sa clarté et la pertinence de vos recommandations sur la segmentation.

Malgré l'intérêt de votre parcours, nous ne sommes pas en mesure de donner une suite favorable à votre candidature au poste de Responsable marketing B2B. Le comité a estimé que d'autres candidatures présentaient une connaissance plus approfondie du secteur industriel.

Conformément au RGPD, vos données seront conservées deux ans dans notre base, sauf opposition de votre part.

Nous vous prions d'agréer nos salutations distinguées.

Hélène Masson
Chargée de recrutement
Hexagone Energies – 18 rue de la Boétie, 75008 Paris"""),

dict(slug="fr-suisse-bilingue-allemand", label=R, cat="personal-after-interview", style="personal", variant="fr-CH",
     frm="Laure Favre <laure.favre@jura-horlogerie.example>",
     subject="Votre candidature / Ihre Bewerbung – Digital Marketing Lead",
     exp=rej("laure.favre@jura-horlogerie.example", "Laure", "Jura Horlogerie SA", "Digital Marketing Lead"),
     notes="French letter with German version below",
     text="""Bonjour Sam,

Nous vous remercions pour votre intérêt et pour l'entretien de la semaine passée. Nous avons le regret de vous informer que nous avons retenu une autre candidature pour le poste de Digital Marketing Lead.

Nous vous souhaitons plein succès pour la suite.

(Deutsche Version unten)

Guten Tag Sam

Wir danken Ihnen für Ihr Interesse und das Gespräch letzte Woche. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerbung entschieden haben.

Meilleures salutations / Freundliche Grüsse
Laure Favre
Ressources humaines – Jura Horlogerie SA
Rue du Marché 9, 2610 Saint-Imier | +41 32 555 44 80"""),

# ---------------------------------------------------------------- hard negatives, ATS style
dict(slug="fr-o-workday-accuse", label=O, cat="ack-received", style="ats", variant="fr-FR",
     vendor="workday", brand="Groupe Sérac",
     frm="Groupe Sérac Talents <serac@myworkday.com>", headers=AUTO,
     subject="Accusé de réception – Responsable Marketing Produit (H/F)",
     notes="hedging acknowledgement: if not selected we will tell you; volume disclaimer",
     text="""Bonjour Sam Taylor,

Nous accusons bonne réception de votre candidature au poste de Responsable Marketing Produit (H/F) et vous en remercions.

Notre équipe étudie actuellement l'ensemble des dossiers. Si votre profil n'est pas retenu pour la suite du processus, nous vous en informerons par e-mail. En raison du nombre important de candidatures, nous ne pouvons malheureusement pas répondre aux demandes individuelles par téléphone.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre [[espace candidat]].

Cordialement,
L'équipe Recrutement du Groupe Sérac"""),

dict(slug="fr-o-teamtailor-convocation", label=O, cat="interview-invite", style="ats", variant="fr-BE",
     vendor="teamtailor", brand="Mosane Foods", h2t=True,
     frm="Mosane Foods <no-reply@teamtailor.com>", headers=AUTO,
     subject="Convocation à un entretien – Brand Manager",
     button="Choisir un créneau",
     notes="interview invitation; html-to-text plain",
     text="""Bonjour Sam,

Bonne nouvelle ! Votre candidature au poste de Brand Manager a retenu notre attention et nous souhaitons vous rencontrer lors d'un premier entretien en visioconférence (45 minutes) avec Élodie Lambert, Marketing Director.

Merci de choisir un créneau via le bouton ci-dessous. Malheureusement, nous ne pouvons pas proposer d'entretiens le week-end.

À très bientôt,
L'équipe RH de Mosane Foods""",
     about="Mosane Foods SA, Liège. Nous sommes un employeur inclusif."),

dict(slug="fr-o-indeed-alerte", label=O, cat="job-alert", style="ats", variant="fr-BE",
     vendor="indeed", brand="Indeed",
     frm="Indeed <alert@indeed.com>", headers=AUTO_LU,
     subject="Marketing Manager à Bruxelles : 12 nouvelles offres",
     notes="job alert digest; 'ce poste n'accepte plus de candidatures' on one listing",
     text="""Bonjour Sam,

Voici les nouvelles offres correspondant à votre recherche « Marketing Manager » à Bruxelles :

- Marketing Manager Benelux – Kanaal Logistics – Bruxelles – Candidature simplifiée
- Product Marketing Manager – Sonian Health – Etterbeek – il y a 2 jours
- Senior Marketing Manager (FR/NL) – Gare du Midi Ventures – Saint-Gilles
- Marketing Manager – Brasserie Vandevelde – Anderlecht – Ce poste n'accepte plus de candidatures

[[Voir les 12 offres]]"""),

dict(slug="fr-o-subvention-refusee", label=O, cat="non-job-rejection", style="ats", variant="fr-FR",
     vendor="fonds", brand="Fonds Régional pour l'Innovation Média",
     frm="Fonds Régional pour l'Innovation Média <ne-pas-repondre@fondsmedia.example>", headers=AUTO,
     subject="Votre demande de subvention n° FRIM-2026-0318 – décision",
     notes="grant application declined; 'n'a pas été retenue', 'candidature'",
     text="""Bonjour Sam Taylor,

Le comité de sélection du Fonds Régional pour l'Innovation Média s'est réuni le 27 novembre 2026 pour examiner les candidatures à l'appel à projets « Médias de proximité ».

Nous avons le regret de vous informer que votre demande de subvention pour le projet « Quartiers en données » n'a pas été retenue. Le comité a reçu 146 dossiers pour 19 lauréats.

Vous pourrez déposer une nouvelle candidature lors du prochain appel, prévu en avril 2027. Le détail de l'évaluation est disponible dans votre [[espace porteur de projet]].

Le secrétariat du Fonds"""),

dict(slug="fr-o-smartrecruiters-test-retenue", label=O, cat="assessment-invite", style="ats", variant="fr-FR",
     vendor="smartrecruiters", brand="Nébuleuse Software",
     frm="Nébuleuse Software <noreply@smartrecruiters.com>", headers=AUTO,
     subject="Prochaine étape : test en ligne – Product Marketing Manager",
     button="Commencer le test",
     notes="assessment invitation; 'votre candidature a été retenue' (positive)",
     text="""Bonjour Sam,

Félicitations ! Votre candidature au poste de Product Marketing Manager a été retenue pour la prochaine étape de notre processus.

Nous vous invitons à passer un test en ligne d'environ 40 minutes (analyse de cas et rédaction). Le lien est valable 5 jours. Malheureusement, passé ce délai, nous ne pourrons pas rouvrir le test.

Bonne chance !
L'équipe Talent de Nébuleuse Software"""),

# ---------------------------------------------------------------- hard negatives, personal
dict(slug="fr-o-logement-dossier", label=O, cat="non-job-rejection", style="personal", variant="fr-FR",
     frm="Agence Immobilière du Canal <location@immo-canal.example>",
     subject="Votre dossier – T3 rue de Lancry",
     notes="rental application declined: 'dossier n'a pas été retenu', 'autre candidat'",
     text="""Bonjour,

Suite à la visite du T3 situé rue de Lancry, nous vous informons que votre dossier n'a malheureusement pas été retenu par le propriétaire, qui a choisi un autre candidat.

Nous conservons vos coordonnées et ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Romain Petit
Agence Immobilière du Canal
01 55 42 18 70"""),

dict(slug="fr-o-pret-refuse", label=O, cat="non-job-rejection", style="personal", variant="fr-BE",
     frm="Julien Peeters <julien.peeters@banque-meuse.example>",
     subject="Votre demande de prêt hypothécaire",
     notes="mortgage declined by a bank adviser",
     text="""Bonjour Sam,

Je reviens vers vous concernant votre demande de prêt hypothécaire pour l'appartement d'Ixelles.

Malheureusement, votre dossier n'a pas reçu un avis favorable de notre comité de crédit, principalement en raison de la durée de votre contrat actuel en Belgique. Je suis désolé de ne pas avoir de meilleure nouvelle.

Nous pourrions réexaminer la demande avec un apport plus important ou une caution. N'hésitez pas à m'appeler.

Bien à vous,
Julien Peeters
Conseiller crédit – Banque de la Meuse
+32 2 555 61 09"""),

dict(slug="fr-o-offre-quebec", label=O, cat="offer", style="personal", variant="fr-CA",
     frm="Marie-Ève Lavoie <me.lavoie@saintlaurent-media.example>",
     subject="Offre d'emploi – Directrice·teur, Insights et audiences",
     notes="offer; mentions other candidates refused",
     text="""Bonjour Sam,

C'est avec grand plaisir que je vous offre le poste de Directrice·teur, Insights et audiences chez Saint-Laurent Média! Le comité a rencontré plusieurs excellentes personnes et nous avons dû refuser des candidatures très solides, mais votre vision a fait l'unanimité.

Vous trouverez la lettre d'offre détaillée dans DocuSign d'ici la fin de la journée. Nous aimerions avoir votre réponse d'ici le 14 décembre.

Au plaisir de travailler avec vous,
Marie-Ève Lavoie
VP Talents et culture, Saint-Laurent Média
514 555-7740"""),

dict(slug="fr-o-chasseur-pitch", label=O, cat="recruiter-outreach", style="personal", variant="fr-FR",
     frm="Thibault Moreau <thibault@talentbridge-conseil.example>",
     subject="Opportunité confidentielle – Head of Growth",
     notes="headhunter pitch",
     text="""Bonjour Sam,

Je suis consultant chez TalentBridge Conseil et j'accompagne un éditeur SaaS parisien (Série B, 180 personnes) dans le recrutement de son Head of Growth.

Votre expérience chez Calder Street Media m'a semblé très pertinente. Le poste est rattaché au CEO, package 110-130 k€ + BSPCE.

Seriez-vous disponible pour un échange de 15 minutes cette semaine ? Si ce n'est pas le bon moment, aucun souci, dites-le-moi simplement.

Bien à vous,
Thibault Moreau
TalentBridge Conseil | 07 55 62 14 38"""),

dict(slug="fr-o-collegue-refus-candidate", label=O, cat="owner-hiring", style="personal", variant="fr-FR",
     frm="Léa Fontaine <lea.fontaine@example.org>",
     subject="Refus envoyé – Claire Dumas (chargée de contenu)",
     notes="Paris colleague at example.org reports sending Sam's refusal to a candidate",
     text="""Salut Sam,

C'est fait : j'ai envoyé le refus à Claire Dumas pour le poste de chargée de contenu, avec la formule qu'on avait validée (« nous ne donnerons pas suite à votre candidature »). Elle a répondu très gentiment et demande si elle peut repostuler au printemps.

On retient donc Hugo pour le second entretien jeudi. Je t'envoie l'invitation.

Léa"""),

dict(slug="fr-o-reponse-question-toujours", label=O, cat="answer-to-owner-question", style="personal", variant="fr-BE",
     frm="Sarah Janssens <sarah.janssens@horizon-mobilite.example>",
     subject="RE: Ma candidature – Marketing Lead", parent=True, parent_domain="mail.example.org",
     notes="answer to Sam's 'have you chosen someone else?': still in the running",
     text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Vous êtes toujours dans la course, avec un autre candidat. La décision finale sera prise la semaine prochaine après le retour de notre CEO, et je vous appellerai quoi qu'il arrive.

Bien à vous,
Sarah Janssens
Talent Partner – Horizon Mobilité
+32 472 55 39 10

De : Sam Taylor <sam.taylor@example.org>
Envoyé : mardi 1 décembre 2026 08:30
À : Sarah Janssens
Objet : Ma candidature – Marketing Lead

Bonjour Sarah,
N'ayant pas eu de nouvelles depuis l'entretien final, je me demandais si vous aviez retenu un autre candidat.
Merci d'avance,
Sam"""),

dict(slug="fr-o-reponse-remerciement", label=O, cat="reply-to-owner-followup", style="personal", variant="fr-FR",
     frm="Pauline Girard <pauline.girard@velours-cosmetiques.example>",
     subject="Re: Votre candidature – Brand Manager", parent=True, parent_domain="mail.example.org", parent_depth=2,
     notes="recruiter answers Sam's thank-you; the refusal is only in the quote",
     text="""Bonjour Sam,

Merci beaucoup pour votre gentil message, c'est rare et très apprécié ! Au plaisir de rester en contact, je n'hésiterai pas à revenir vers vous.

Belle journée,
Pauline

Le jeu. 3 déc. 2026 à 18:10, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Pauline,
>
> Merci pour votre retour, même s'il n'est pas celui que j'espérais. J'ai beaucoup apprécié nos échanges et serais ravi(e) d'être recontacté(e) pour de futures opportunités.
>
> Sam
>
> Le mer. 2 déc. 2026 à 11:45, Pauline Girard <pauline.girard@velours-cosmetiques.example> a écrit :
>> Bonjour Sam,
>> Nous sommes au regret de vous informer que nous n'avons pas retenu votre candidature.
>> Pauline Girard"""),

dict(slug="fr-o-decision-repoussee", label=O, cat="status-update", style="personal", variant="fr-CH",
     frm="Mathieu Perrin <mathieu.perrin@alpage-digital.example>",
     subject="Point d'étape – Product Marketing Manager",
     notes="decision postponed, Sam still shortlisted",
     text="""Bonjour Sam,

Un petit mot pour vous tenir au courant : nous n'avons malheureusement pas encore pu prendre de décision pour le poste de Product Marketing Manager, notre directeur étant en déplacement jusqu'au 11 décembre. Votre candidature est toujours en lice, et vous faites partie des deux derniers profils.

Je reviens vers vous au plus tard le 15 décembre.

Meilleures salutations,
Mathieu Perrin
RH – Alpage Digital SA, Lausanne"""),

dict(slug="fr-o-conference-proposition", label=O, cat="non-job-rejection", style="personal", variant="fr-CA",
     frm="Comité de programme Sommet Marketing Montréal <programme@sommetmtl.example>",
     subject="Votre proposition de conférence – Sommet 2027",
     notes="talk proposal declined: 'n'a pas été retenue'",
     text="""Bonjour Sam,

Merci d'avoir soumis votre proposition « Mesurer l'attention, pas les clics » au Sommet Marketing Montréal 2027.

Nous avons reçu plus de 300 propositions cette année. Malheureusement, la vôtre n'a pas été retenue pour le programme. Nous vous offrons toutefois un rabais de 30 % sur votre billet avec le code CONF30.

Cordialement,
Le comité de programme"""),

dict(slug="fr-o-amie-transfere-refus", label=O, cat="forwarded", style="personal", variant="fr-FR",
     frm="Inès Haddad <ines.haddad@mailbox.example>",
     subject="Fwd: Votre candidature chez Pixelune",
     notes="a friend forwards her own rejection for advice",
     text="""Coucou Sam,

Regarde ce que je viens de recevoir… Tu crois que ça vaut le coup de leur répondre pour demander un retour ? Tu as l'habitude de ce genre de mail maintenant, j'ai besoin de tes conseils !

Inès

---------- Forwarded message ---------
De : Pixelune Recrutement <jobs@pixelune.example>
Date: mer. 2 déc. 2026 à 16:02
Subject: Votre candidature chez Pixelune
To: <ines.haddad@mailbox.example>

Bonjour Inès,
Nous vous remercions pour votre candidature au poste de Community Manager. Nous avons le regret de vous informer que nous n'y donnerons pas suite.
L'équipe Pixelune"""),

dict(slug="fr-o-reunion-refusee", label=O, cat="non-job-rejection", style="personal", variant="fr-FR",
     frm="Antoine Mercier <antoine.mercier@example.org>",
     subject="Refusé : Point hebdo Insights – jeudi 10 déc.",
     notes="declined meeting invite from a colleague",
     text="""Antoine Mercier a refusé cette réunion.

Désolé Sam, je suis en déplacement à Lyon jeudi. Je t'envoie mes chiffres par mail avant.

Point hebdo Insights
Quand : jeudi 10 décembre 2026 10:00-10:30 (UTC+01:00) Paris
Où : Salle Garance / Teams"""),
]
