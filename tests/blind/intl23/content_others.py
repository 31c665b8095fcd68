"""The 32 hard negatives of intl23 (French): 16 ATS-style, 16 personal."""
from content_common import AUTO, BULK, SAM_SIG

O = "other"

MESSAGES = [
    # ---------------------------------------------------------------- ATS (16)
    dict(slug="corvel-workday-accuse-reception", label=O, cat="ack-received", style="ats", region="FR",
         vendor="workday", brand="Corvel Énergies",
         frm="Corvel Énergies <corvel@myworkday.com>", headers=AUTO,
         subject="Nous avons bien reçu votre candidature – Responsable marketing B2B (R-0091177)",
         text="""Bonjour Sam,

Nous vous remercions pour votre candidature au poste de Responsable marketing B2B (R-0091177). Elle a bien été enregistrée et sera étudiée avec attention par nos équipes.

En raison du nombre important de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chaque candidat. Si votre profil est retenu pour la suite du processus, un membre de l'équipe Recrutement vous contactera dans un délai de trois semaines. Dans le cas contraire, vous recevrez un e-mail vous informant que votre candidature n'a pas été retenue.

Vous pouvez suivre l'avancement de votre candidature depuis votre [[espace candidat]].

Bien cordialement,
L'équipe Recrutement Corvel Énergies""",
         notes="acknowledgement hedging on both outcomes ('n'a pas été retenue' as a future possibility)"),

    dict(slug="kirsch-sf-test-en-ligne", day="2026-11-17", label=O, cat="assessment-invite", style="ats", region="LU",
         vendor="successfactors", brand="Kirsch & Weber Luxembourg",
         frm="Kirsch & Weber Recruiting <noreply@successfactors.eu>", headers=AUTO,
         subject="Prochaine étape : évaluation en ligne – Digital Marketing Manager",
         text="""Bonjour Sam,

Merci pour votre candidature au poste de Digital Marketing Manager. Nous avons le plaisir de vous informer que votre candidature a été présélectionnée.

La prochaine étape consiste en une évaluation en ligne (raisonnement numérique et verbal, environ 45 minutes). Merci de la compléter avant le 24 novembre 2026 à 23h59.

[[Commencer l'évaluation]]

Important : les évaluations non complétées dans le délai imparti ne pourront pas être prises en compte et la candidature sera alors clôturée automatiquement.

Bonne chance !
Talent Acquisition – Kirsch & Weber Luxembourg""",
         notes="online test invitation; warns the application will be closed if not completed"),

    dict(slug="ombelle-teamtailor-entretien", label=O, cat="interview-invite", style="ats", region="FR",
         vendor="teamtailor", brand="Ombelle",
         frm="Ombelle <no-reply@teamtailor.com>", reply_to="Manon Leroy <manon@ombelle.example>",
         headers=AUTO,
         subject="On aimerait te rencontrer ! – Product Marketing Manager",
         text="""Hello Sam,

Bonne nouvelle : ta candidature pour le poste de Product Marketing Manager a retenu notre attention et on aimerait beaucoup te rencontrer.

Le premier échange dure 30 minutes en visio avec Manon, notre Head of Marketing. Tu peux choisir le créneau qui t'arrange ici :

[[Choisir un créneau]]

Si aucun créneau ne te convient, réponds simplement à ce mail.

À très vite,
L'équipe Ombelle""",
         notes="interview invitation with a booking link; tu"),

    dict(slug="wttj-newsletter-refus", label=O, cat="newsletter", style="ats", region="FR",
         vendor="wttj", brand="Welcome to the Jungle",
         frm="Welcome to the Jungle <hello@welcometothejungle.com>", headers=BULK,
         subject="Refus après un entretien : comment rebondir 💪 + 6 offres pour toi",
         text="""## Le Lundi de la Jungle

Salut Sam,

« Nous ne donnerons pas suite à votre candidature. » Qui n'a jamais reçu ce mail ? Cette semaine, on a demandé à trois recruteuses comment transformer un refus en opportunité : demander un feedback, garder le contact, relancer six mois plus tard.

[[Lire l'article : 5 réflexes après un refus]]

## Les offres de la semaine pour toi

- [[Product Marketing Manager – Lunette – Paris]]
- [[Brand Manager – Maison Carmin – Lyon]]
- [[Head of Growth – Tandem Bank – Remote]]
- [[Responsable communication – Fabrique Solaire – Nantes]]

Bonne semaine !
La team Welcome to the Jungle""",
         notes="newsletter quoting a typical rejection sentence as an article hook, plus job list"),

    dict(slug="indeed-alerte-emploi", label=O, cat="job-alert", style="ats", region="QC",
         vendor="indeed", brand="Indeed",
         frm="Indeed <alert@indeed.com>", headers=BULK,
         subject="12 nouveaux emplois : chef marketing – Montréal, QC",
         text="""Sam, voici les nouveaux emplois qui correspondent à votre alerte « chef marketing » à Montréal, QC.

- [[Chef(fe) marketing produit – Groupe Solstice – Montréal, QC – Candidature simplifiée]]
- [[Directeur(trice) marketing – Boulangeries Saint-Viateur – Laval, QC]]
- [[Chef marketing numérique – Caisse Ouest – Montréal, QC – Publié il y a 2 jours]]
- [[Conseiller(ère) marketing – Ville de Longueuil – Longueuil, QC]]

Vous n'avez pas été retenu(e) pour un poste? Ne lâchez pas : de nouveaux emplois sont publiés chaque jour.

[[Voir tous les emplois]]""",
         notes="job alert digest (Québec), with a 'pas été retenu(e)' encouragement line"),

    dict(slug="linkedin-candidature-consultee", label=O, cat="status-update", style="ats", region="FR",
         vendor="linkedin", brand="LinkedIn",
         frm="LinkedIn <jobs-noreply@linkedin.com>", headers=BULK,
         subject="Votre candidature a été consultée par Ardoise Group",
         text="""Sam, votre candidature a été consultée

Responsable marketing produit
Ardoise Group · Bordeaux, Nouvelle-Aquitaine (Sur site)

Bonne nouvelle ! Le recruteur d'Ardoise Group a consulté votre candidature. Les candidats dont la candidature est consultée ont plus de chances d'être contactés.

[[Voir la candidature]]

Offres similaires qui pourraient vous intéresser
- [[Chef de produit marketing · Océa Sports · Bordeaux]]""",
         notes="LinkedIn 'application viewed' from the same sender and template family as a rejection"),

    dict(slug="talentsoft-reorientation", label=O, cat="requisition-transfer", style="ats", region="FR",
         vendor="talentsoft", brand="Groupe Perlane",
         frm="Groupe Perlane – Recrutement <recrutement@perlane.talent-soft.com>", headers=AUTO,
         subject="Évolution de votre candidature – Chef de groupe marketing (F/H)",
         text="""Bonjour Sam,

Vous avez postulé à l'offre Chef de groupe marketing (F/H), référence 2026-1142. Cette offre est désormais clôturée.

Votre profil ayant retenu l'attention de nos équipes, nous avons toutefois le plaisir de vous informer que votre candidature a été réorientée vers l'offre Responsable marketing client (F/H), référence 2026-1207, pour laquelle elle est actuellement à l'étude.

Vous n'avez aucune démarche à effectuer. Vous serez informé(e) par e-mail des prochaines étapes.

Cordialement,
La Direction des Ressources Humaines – Groupe Perlane""",
         notes="application moved to another requisition; original offer 'clôturée'"),

    dict(slug="hellowork-candidature-envoyee", label=O, cat="ack-received", style="ats", region="FR",
         vendor="hellowork", brand="HelloWork",
         frm="HelloWork <candidature@hellowork.com>", headers=BULK,
         subject="Votre candidature a bien été envoyée à Maison Daguerre",
         text="""Bonjour Sam,

Votre candidature au poste de Responsable marketing digital H/F chez Maison Daguerre (Paris 9e) a bien été transmise au recruteur.

Et maintenant ? Le recruteur va étudier votre candidature. Il peut la retenir, la mettre de côté ou ne pas y donner suite : dans tous les cas, nous vous tiendrons informé(e) dès qu'il l'aura traitée.

[[Suivre mes candidatures]]

Augmentez vos chances : [[complétez votre profil]] (il est rempli à 70 %).""",
         notes="job-board sent confirmation listing possible outcomes including 'ne pas y donner suite'"),

    dict(slug="flatchr-vivier-talents", label=O, cat="talent-pool", style="ats", region="FR",
         vendor="flatchr", brand="Maison Colombe",
         frm="Maison Colombe <jobs@flatchr.io>", headers=AUTO,
         subject="Rejoignez le vivier de talents Maison Colombe",
         text="""Bonjour Sam,

Merci pour votre candidature spontanée adressée à Maison Colombe. Nous n'avons pas de poste ouvert en marketing en ce moment, mais nous recrutons régulièrement.

Pour être informé(e) en priorité de nos prochaines opportunités, nous vous invitons à rejoindre notre vivier de talents :

[[Rejoindre le vivier]]

À très bientôt peut-être,
L'équipe RH Maison Colombe""",
         notes="talent-pool invitation after a spontaneous application, no verdict on any role"),

    dict(slug="banque-paiement-refuse", day="2026-11-18", label=O, cat="non-job-rejection", style="ats", region="FR",
         vendor="bank", brand="Banque Orlanne",
         frm="Banque Orlanne <alertes@banque-orlanne.example>", headers=AUTO,
         subject="Alerte : paiement refusé sur votre carte se terminant par 4417",
         text="""Bonjour Sam Taylor,

Une opération a été refusée sur votre carte Visa se terminant par 4417.

{table}

Si vous êtes à l'origine de cette opération, vous pouvez relever temporairement votre plafond depuis votre [[espace client]]. Si vous ne reconnaissez pas cette opération, faites opposition immédiatement au 09 69 00 00 00 (numéro fictif).

Votre conseiller reste à votre disposition.""",
         table=[("Commerçant", "TRAIN EXPRESS PARIS"), ("Montant", "248,60 EUR"),
                ("Date", "18/11/2026"), ("Motif", "Plafond de paiement atteint"), ("Statut", "Refusé")],
         notes="card payment declined; status table 'Refusé'"),

    dict(slug="sessionize-talk-non-retenu", label=O, cat="non-job-rejection", style="ats", region="FR",
         vendor="sessionize", brand="Marketing Days Lyon 2027",
         frm="Marketing Days Lyon 2027 <noreply@sessionize.com>", headers=AUTO,
         subject="Marketing Days Lyon 2027 – Votre proposition de talk",
         text="""Bonjour Sam,

Merci d'avoir soumis votre proposition « Mesurer l'impact d'un lancement produit sans outil d'attribution » à l'appel à conférences des Marketing Days Lyon 2027.

Nous avons reçu plus de 420 propositions pour 38 créneaux. Après délibération du comité de programme, nous avons le regret de vous informer que votre proposition n'a pas été retenue cette année.

Nous espérons vous compter parmi le public, et vous proposons un code de réduction de 30 % sur votre billet : SPEAKER30.

L'équipe du programme – Marketing Days Lyon 2027""",
         notes="conference talk proposal not retained, in recruiting-style wording"),

    dict(slug="agence-dossier-location", label=O, cat="non-job-rejection", style="ats", region="BE",
         vendor="plain_corp", brand="Immo Cinquantenaire",
         frm="Immo Cinquantenaire <location@immo-cinquantenaire.example>", headers=AUTO,
         subject="Votre candidature pour l'appartement – Avenue de Tervueren (réf. LOC-3381)",
         text="""Bonjour Sam Taylor,

Nous vous remercions pour votre candidature à la location de l'appartement 2 chambres situé avenue de Tervueren à Etterbeek (réf. LOC-3381).

Le propriétaire a fait son choix parmi les dossiers reçus et nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous vous invitons à consulter nos autres biens disponibles sur notre [[site]] et à activer une alerte pour être averti(e) des nouvelles mises en location.

Bien à vous,
Le service Location – Immo Cinquantenaire""",
         notes="flat rental application refused with job-like wording ('votre candidature n'a pas été retenue')"),

    dict(slug="calder-workday-disposition", label=O, cat="owner-hiring", style="ats", region="FR",
         vendor="workday", brand="Calder Street Media",
         frm="Calder Street Media <calderstreet@myworkday.com>", to="Sam Taylor <sam.taylor@example.org>",
         headers=AUTO,
         subject="Action terminée : Refuser le candidat – Julien Caradec – Chargé(e) de communication (R-1043)",
         text="""Bonjour Sam,

L'action « Refuser le candidat » que vous avez lancée a été terminée.

{table}

Le message de refus standard a été envoyé au candidat. Vous pouvez consulter le dossier depuis votre [[boîte de réception Workday]].""",
         table=[("Candidat", "Julien Caradec"), ("Demande de poste", "R-1043 Chargé(e) de communication"),
                ("Étape", "Entretien manager"), ("Motif", "Autre candidat retenu"), ("Initiateur", "Sam Taylor")],
         notes="Sam is the hiring manager; own company's Workday confirms Sam rejected a candidate"),

    dict(slug="taleo-promesse-embauche", day="2026-11-27", label=O, cat="offer", style="ats", region="CH",
         vendor="taleo", brand="Sorélia SA",
         frm="Sorélia Carrières <sorelia@taleo.net>", headers=AUTO,
         subject="Votre proposition d'engagement – Head of Product Marketing",
         text="""Bonjour Sam Taylor,

Nous avons le plaisir de vous transmettre votre proposition d'engagement pour le poste de Head of Product Marketing à Genève.

Vous pouvez la consulter et l'accepter directement sur votre espace candidat. Cette offre est valable jusqu'au 4 décembre 2026 ; passé ce délai, elle sera considérée comme refusée et sera retirée.

[[Consulter mon offre]]

Nous nous réjouissons de vous accueillir bientôt parmi nous.

Sorélia SA – Ressources humaines""",
         notes="offer; 'considérée comme refusée et sera retirée' only as an expiry condition"),

    dict(slug="digitalrecruiters-retrait-confirme", label=O, cat="withdrawal-confirmation", style="ats", region="FR",
         vendor="digitalrecruiters", brand="Groupe Ferrandière",
         frm="Groupe Ferrandière <no-reply@digitalrecruiters.com>", headers=AUTO,
         subject="Confirmation du retrait de votre candidature",
         text="""Bonjour Sam,

Nous vous confirmons le retrait de votre candidature, effectué depuis votre espace candidat.

{table}

Nous prenons acte de votre décision et vous remercions de l'intérêt porté au Groupe Ferrandière. Vous pouvez postuler à nouveau à tout moment.

La Direction des talents""",
         table=[("Offre", "Responsable marketing omnicanal – Lyon"), ("Statut", "Candidature clôturée (retirée par le candidat)")],
         notes="Sam withdrew; status 'clôturée' in a table like a rejection portal"),

    dict(slug="greenhouse-rgpd-consentement", label=O, cat="talent-pool", style="ats", region="FR",
         vendor="greenhouse", brand="Nacelle",
         frm="Nacelle <no-reply@us.greenhouse-mail.io>", headers=AUTO,
         subject="Souhaitez-vous rester dans notre vivier de talents ?",
         text="""Bonjour Sam,

Il y a deux ans, vous nous aviez autorisés à conserver votre profil dans le vivier de talents de Nacelle. Conformément au RGPD, nous devons renouveler votre consentement.

Si vous souhaitez continuer à être contacté(e) pour nos futures offres en marketing, cliquez sur le bouton ci-dessous. Sans réponse de votre part d'ici 30 jours, vos données seront supprimées.

[[Oui, je souhaite rester dans le vivier]]

Merci et à bientôt,
L'équipe Talent de Nacelle""",
         notes="GDPR consent renewal for a talent pool; no verdict"),

    # ---------------------------------------------------------------- personal (16)
    dict(slug="chasseur-nouvelles-missions", label=O, cat="recruiter-outreach", style="personal", region="FR",
         frm="Bérénice Caron <berenice.caron@talents-et-marques.example>",
         subject="Deux missions marketing qui pourraient vous parler",
         text="""Bonjour Sam,

Nous avions échangé l'an dernier, à un moment où vous n'étiez pas en recherche. Je me permets de revenir vers vous car j'ai deux missions en cours qui pourraient correspondre à votre parcours :

- Head of Product Marketing pour une scale-up de la fintech (Paris, hybride, 90-105 K€)
- Directeur·rice marketing pour un groupe agroalimentaire familial (Rennes)

Je ne vous propose pas n'importe quoi : sur la première, le client a refusé tous les profils « pur brand » et cherche vraiment quelqu'un de produit. Auriez-vous 20 minutes cette semaine ?

Bien à vous,

Bérénice Caron
Consultante senior – Talents & Marques
06 48 12 77 30""",
         notes="cold outreach; 'le client a refusé tous les profils' about other candidates"),

    dict(slug="reponse-question-autre-candidat", day="2026-11-17", label=O, cat="answer-to-owner-question", style="personal", region="FR",
         frm="Vincent Arnaud <vincent.arnaud@soleo-solutions.example>",
         subject="Re: Poste Responsable marketing produit",
         parent=True, parent_domain="example.org",
         text="""Bonjour Sam,

Non, pas du tout, rassurez-vous ! Nous n'avons retenu personne pour l'instant. Le processus a pris du retard à cause des congés, mais votre candidature est toujours bien en course.

D'ailleurs nous aimerions vous proposer un second entretien avec notre directeur général. Seriez-vous disponible mardi 24 ou mercredi 25 novembre en fin de matinée ?

Bien cordialement,
Vincent Arnaud
Responsable RH – Soléo Solutions

Le lun. 16 nov. 2026 à 08:47, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Vincent,
>
> Je me permets de revenir vers vous concernant le poste de Responsable
> marketing produit. Sans nouvelles depuis notre entretien, je me demandais
> si vous aviez retenu un autre candidat ?
>
> Bien à vous,
> Sam""",
         notes="answer to Sam's 'avez-vous retenu un autre candidat ?': second-interview invitation"),

    dict(slug="reponse-remerciement-apres-refus", day="2026-11-20", label=O, cat="reply-to-owner-followup", style="personal", region="QC",
         frm="Mélanie Gagnon <melanie.gagnon@studio-cartier.example>",
         subject="RE: Votre candidature – Chef(fe) de marque",
         parent=True, parent_domain="example.org", parent_depth=2,
         text="""Bonjour Sam,

Merci beaucoup pour ton message, c'est très apprécié. Pas besoin de t'excuser de quoi que ce soit, au contraire! On aimerait vraiment rester en contact, et je t'ajoute à notre liste pour les prochains postes en marque.

Bonne fin de semaine,
Mélanie

De : Sam Taylor <sam.taylor@example.org>
Envoyé : 19 novembre 2026 14:02
À : Mélanie Gagnon
Objet : RE: Votre candidature – Chef(fe) de marque

Bonjour Mélanie,

Merci d'avoir pris le temps de m'annoncer la nouvelle, même si je suis déçu. Au plaisir de recroiser Studio Cartier.

Sam

De : Mélanie Gagnon
Envoyé : 18 novembre 2026 09:30
Objet : Votre candidature – Chef(fe) de marque

Bonjour Sam, malheureusement nous avons décidé de ne pas retenir ta candidature pour le poste de Chef(fe) de marque. Le poste a été offert à une candidate qui avait plus d'expérience en commerce de détail.""",
         notes="recruiter's reply to Sam's thank-you; the rejection is only in the quoted thread (unprefixed Outlook quote)"),

    dict(slug="sam-envoie-refus-candidat", label=O, cat="owner-sent", style="personal", region="FR",
         frm="Sam Taylor <sam.taylor@example.org>", to="Julien Caradec <julien.caradec@mailbox.example>",
         subject="Votre candidature – Chargé(e) de communication chez Calder Street Media",
         text="""Bonjour Julien,

Merci pour le temps que vous nous avez consacré lors de l'entretien de mardi.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste de Chargé(e) de communication : nous avons retenu un profil plus expérimenté sur les relations presse.

J'ai apprécié notre échange et vous souhaite une belle suite.

Bien cordialement,

""" + SAM_SIG,
         notes="Sam's own sent rejection to a candidate (From Sam)"),

    dict(slug="collegue-refus-candidat", label=O, cat="owner-hiring", style="personal", region="FR",
         frm="Nadia Benali <nadia.benali@example.org>",
         subject="Candidats chargé(e) de com – on ne retient pas Julien",
         text="""Salut Sam,

Débrief rapide après les entretiens d'hier : on est d'accord pour ne pas retenir Julien, trop junior sur la partie RP. Tu peux lui envoyer le refus ou tu préfères que je m'en charge ?

Pour Clémence, avis très positif de mon côté, on la fait passer en dernier tour avec Patrick ?

Nadia
Responsable RH – Calder Street Media""",
         notes="colleague at example.org about a candidate Sam's team rejects"),

    dict(slug="ami-transfere-son-refus", day="2026-10-28", label=O, cat="forwarded", style="personal", region="BE",
         frm="Maxime Dubois <maxime.dubois@courrier.example>",
         subject="Fwd: Votre candidature chez Lumibel",
         text="""Sam, regarde ce que je viens de recevoir... trois entretiens pour ça. Tu as 5 minutes ce soir pour m'aider à répondre un truc digne ?

Max

---------- Forwarded message ---------
De : Lumibel Recrutement <jobs@lumibel.example>
Date : mer. 28 oct. 2026 à 10:12
Subject: Votre candidature chez Lumibel
To: Maxime Dubois <maxime.dubois@courrier.example>

Bonjour Maxime,

Nous vous remercions pour votre participation à notre processus de recrutement pour le poste de Category Manager. Nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature.

Bien cordialement,
L'équipe Lumibel""",
         notes="a friend forwards his own rejection to Sam"),

    dict(slug="demande-reference", label=O, cat="reference-request", style="personal", region="CH",
         frm="Olivier Rochat <olivier.rochat@vaudaire.example>",
         subject="Demande de référence – Chloé Martin",
         text="""Bonjour Sam,

Chloé Martin, qui a travaillé sous votre responsabilité chez Calder Street Media, a postulé chez nous au poste de Responsable contenus et vous a indiqué comme référence.

Nous sommes dans la dernière ligne droite et avons déjà dû écarter plusieurs candidatures solides. Accepteriez-vous de nous accorder un échange téléphonique de 15 minutes cette semaine ?

Avec mes meilleures salutations,

Olivier Rochat
Responsable recrutement – Vaudaire SA
+41 21 555 48 10""",
         notes="reference request about a former report of Sam's; 'écarter plusieurs candidatures' about others"),

    dict(slug="offre-apres-silence", label=O, cat="offer", style="personal", region="FR",
         frm="Isabelle Morel <isabelle.morel@brisant.example>",
         subject="Proposition – Responsable marketing produit",
         client_html=True,
         text="""Bonjour Sam,

Je sais que notre silence de ces deux dernières semaines a pu vous laisser penser que nous avions fait un autre choix : ce n'est pas le cas, bien au contraire.

Suite à votre entretien avec notre comité de direction, j'ai le grand plaisir de vous proposer le poste de Responsable marketing produit chez Brisant, en CDI, sur la base d'une rémunération annuelle brute de 68 000 € plus variable.

Je vous envoie la promesse d'embauche dans la journée via Yousign. Pouvez-vous m'appeler quand vous avez un moment pour en discuter ?

Bien cordialement,

Isabelle Morel
Directrice des ressources humaines – Brisant
01 70 55 23 64""",
         notes="offer that opens by denying a rejection"),

    dict(slug="processus-retarde-toujours-en-lice", day="2026-11-20", label=O, cat="status-update", style="personal", region="LU",
         frm="Anne Reuter <anne.reuter@moselle-digital.example>",
         subject="Point d'étape – Marketing Manager",
         text="""Bonjour Sam,

Je voulais vous tenir informé(e) : nous n'avons pas encore pris de décision pour le poste de Marketing Manager. Deux personnes du comité étaient absentes et le processus a pris du retard.

Votre candidature reste pleinement d'actualité et nous reviendrons vers vous d'ici le 4 décembre, quelle que soit l'issue.

Merci pour votre patience,

Anne Reuter
Talent Acquisition – Moselle Digital S.à r.l.""",
         notes="explicit 'still deciding' status, hedged 'quelle que soit l'issue'"),

    dict(slug="entretien-annule-reporte", day="2026-11-10", label=O, cat="reschedule", style="personal", region="FR",
         frm="Thibault Renaud <thibault.renaud@verbena.example>",
         subject="Annulation de notre entretien de jeudi – à reprogrammer",
         text="""Bonjour Sam,

Je suis désolé, je dois malheureusement annuler notre entretien de jeudi 14h : notre directrice marketing est retenue par un comité imprévu.

Le poste est toujours ouvert et votre candidature nous intéresse beaucoup. Pourrions-nous décaler à lundi 16 ou mardi 17 novembre, même heure ?

Encore désolé pour ce contretemps,

Thibault Renaud
Chargé de recrutement – Verbena
07 81 55 30 92""",
         notes="interview cancelled and rescheduled; role still open"),

    dict(slug="prix-communication-candidature", day="2026-11-12", label=O, cat="non-job-rejection", style="personal", region="FR",
         frm="Secrétariat du jury – Trophées de la Com' Grand Ouest <jury@trophees-com-go.example>",
         subject="Trophées de la Com' 2026 – Votre candidature n'a pas été retenue",
         text="""Bonjour,

Le jury des Trophées de la Com' Grand Ouest s'est réuni le 9 novembre pour examiner les 214 dossiers déposés.

Nous avons le regret de vous informer que la candidature de Calder Street Media dans la catégorie « Meilleure campagne de lancement » n'a pas été retenue parmi les finalistes cette année.

Nous vous remercions pour la qualité de votre dossier et espérons vous retrouver lors de la cérémonie du 3 décembre.

Le secrétariat du jury""",
         notes="an award entry by Sam's employer not retained; 'candidature' and 'pas été retenue' in the subject"),

    dict(slug="mairie-place-creche", day="2026-10-15", label=O, cat="non-job-rejection", style="personal", region="FR",
         frm="Service Petite Enfance – Mairie de Saint-Aubin-sur-Orne <petite-enfance@saint-aubin-orne.example>",
         subject="Commission d'attribution des places en crèche – décision",
         text="""Madame, Monsieur,

La commission d'attribution des places en établissement d'accueil du jeune enfant s'est réunie le 13 octobre 2026.

Nous sommes au regret de vous informer qu'une suite favorable n'a pu être donnée à votre demande de place pour la rentrée de janvier 2027, faute de places disponibles dans la tranche d'âge demandée. Votre demande est maintenue sur liste d'attente.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le Service Petite Enfance""",
         notes="nursery place refused by a town hall committee"),

    dict(slug="absence-recruteuse-auto", day="2026-11-23", label=O, cat="auto-reply", style="personal", region="FR",
         frm="Camille Roussel <camille.roussel@lisiere-conseil.example>",
         subject="Réponse automatique : Re: Votre candidature – Responsable marketing (Lisière Conseil)",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         parent=True, parent_domain="example.org",
         text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 30 novembre inclus, avec un accès limité à mes e-mails.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter recrutement@lisiere-conseil.example.

Bien cordialement,
Camille Roussel""",
         notes="out-of-office from a recruiter who rejected Sam, subject repeating the rejection's"),

    dict(slug="startup-prochaine-etape-tu", day="2026-11-20", label=O, cat="interview-invite", style="personal", region="FR",
         frm="Yanis Haddad <yanis@kumquat.example>",
         subject="Prochaine étape chez Kumquat 🎉",
         text="""Hello Sam,

Bonne nouvelle : tu passes à l'étape suivante ! On a reçu plus de 300 candidatures pour le poste de Growth Lead et on a dû dire non à beaucoup de monde, mais pas à toi.

La suite : un cas pratique à préparer (2h max, je te l'envoie demain) puis une présentation devant Justine et moi la semaine du 30.

Hâte de voir ce que tu proposes,
Yanis
CEO – Kumquat""",
         notes="next-round notice from a founder, tu; 'dire non à beaucoup de monde' about others"),

    dict(slug="cabinet-client-pause-shortlist", label=O, cat="status-update", style="personal", region="CH",
         frm="Sandrine Blanc <sandrine.blanc@helvetia-search.example>",
         subject="Point sur le poste Marketing Director – mon client",
         text="""Bonjour Sam,

Un petit point transparent : mon client a mis le recrutement du Marketing Director en pause deux à trois semaines, le temps de finaliser son budget 2027.

Rien d'inquiétant pour vous : le poste n'est pas annulé, vous restez l'un des deux finalistes et le client m'a redit ce matin tout le bien qu'il pensait de votre présentation. Je reviens vers vous dès que j'ai une date pour la rencontre finale.

Belle journée,

Sandrine Blanc
Partner – Helvetia Search
+41 22 555 71 64""",
         notes="agency: client pauses but Sam stays a finalist, role explicitly not cancelled"),

    dict(slug="sam-retire-candidature", label=O, cat="owner-sent", style="personal", region="FR",
         frm="Sam Taylor <sam.taylor@example.org>", to="Julie Fontaine <julie.fontaine@ecume-group.example>",
         subject="Retrait de ma candidature – Responsable marketing produit",
         text="""Bonjour Julie,

Je vous remercie sincèrement pour nos échanges de ces dernières semaines. Après mûre réflexion, j'ai décidé de retirer ma candidature au poste de Responsable marketing produit : j'ai accepté une autre proposition qui correspond davantage à mon projet à ce stade.

Je garde un excellent souvenir de nos entretiens et espère que nos chemins se recroiseront.

Bien cordialement,

""" + SAM_SIG,
         notes="Sam's own mail withdrawing an application"),
]
