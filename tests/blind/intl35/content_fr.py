"""French messages (FR/BE/LU/CH/Québec). 16 rejections, 16 hard negatives; half ATS, half personal."""
NR = "Merci de ne pas répondre à cet e-mail, cette adresse n'est pas consultée."
RGPD = ("Conformément au RGPD, vos données sont conservées 24 mois. Vous pouvez exercer vos droits d'accès et "
        "de suppression à tout moment : https://click.example/t/rgpd-")


def I(slug, label, style, cat, frm, subject, body, fmt="plain", **kw):
    d = dict(slug=slug, label=label, style=style, cat=cat, lang="fr", subject=subject, body=body, fmt=fmt)
    d["from"] = frm
    d.update(kw)
    return d


ITEMS = [
# ---------------- rejections, ATS ----------------
I("banque-taleo-non-retenu", "rejection", "ats", "ats-automated",
  "Banque Mutualiste de l'Ouest <ne-pas-repondre@taleo.net>",
  "Votre candidature – Analyste Risque de Crédit H/F (Réf. 26-0457)",
  f"""Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez à la Banque Mutualiste de l'Ouest et de votre candidature au poste d'Analyste Risque de Crédit H/F.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous avons reçu de nombreuses candidatures de grande qualité pour ce poste.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines

{NR}
{RGPD}bmo
Oracle Taleo""", fmt="alt", vendor="Taleo", company="Banque Mutualiste de l'Ouest",
  role="Analyste Risque de Crédit H/F", tags="taleo; most ordinary wording; Madame, Monsieur"),
I("esn-flatchr-profil", "rejection", "ats", "ats-automated",
  "Nexalis Conseil <recrutement@nexalis.flatchr.example>",
  "Suite à votre candidature chez Nexalis",
  """Bonjour Sam,

Merci pour votre candidature au poste de Consultant Data Engineer Azure – CDI – Lyon.

Votre profil a retenu toute notre attention, mais il ne correspond pas suffisamment aux besoins actuels de nos clients sur ce poste. Nous ne donnerons donc pas suite à votre candidature pour le moment.

Nous conservons néanmoins votre CV dans notre CVthèque et n'hésiterons pas à revenir vers vous si une mission correspondant à votre profil se présente.

À bientôt peut-être,
L'équipe Talents Nexalis

Recrutement propulsé par Flatchr – Se désinscrire""", fmt="alt", vendor="Flatchr", company="Nexalis",
  role="Consultant Data Engineer Azure", tags="flatchr; ESN; profile doesn't match closely enough; CVthèque"),
I("wttj-startup-tu", "rejection", "ats", "ats-automated",
  "Welcome to the Jungle <no-reply@welcometothejungle.com>",
  "Pollen a mis à jour ta candidature",
  """[image: Welcome to the Jungle]

Salut Sam,

L'équipe de Pollen a fait le point sur ta candidature pour le poste de Product Manager Growth.

« Hello Sam ! Merci beaucoup pour ta candidature et pour l'énergie que tu y as mise. On a décidé de poursuivre avec d'autres profils dont l'expérience B2C est plus proche de ce qu'on cherche. On te souhaite le meilleur pour la suite ! Inès, Talent Acquisition »

Statut : Non retenu·e

Voir ma candidature → https://click.example/t/wttj-app-3301

Découvre d'autres offres qui pourraient te plaire :
Head of Product – Lumo – Paris https://click.example/t/wttj-j1
Product Owner – Kalisto – Nantes https://click.example/t/wttj-j2

Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle. Gérer mes notifications""", fmt="alt",
  vendor="Welcome to the Jungle", headers={"List-Unsubscribe": "<https://click.example/t/wttj-unsub>"},
  first="Inès", company="Pollen", role="Product Manager Growth", tags="wttj relay; tutoiement; inclusive writing; other jobs listed"),
I("apec-relay-assurance", "rejection", "ats", "job-board-relay",
  "Apec <ne-pas-repondre@apec.fr>",
  "Réponse à votre candidature : Contrôleur de gestion senior",
  """Bonjour,

Le recruteur Assurances Fortin & Associés a répondu à votre candidature pour l'offre « Contrôleur de gestion senior » (réf. 177045123W).

Réponse du recruteur :
Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.

Consultez vos candidatures dans votre espace : https://click.example/t/apec-espace

L'Apec vous accompagne : ateliers, coaching, conseils pour rebondir.

Vous recevez ce message car vous avez postulé via apec.fr. Se désabonner""", fmt="alt", vendor="Apec",
  headers={"List-Unsubscribe": "<https://click.example/t/apec-unsub>", "Precedence": "bulk"},
  company="Assurances Fortin & Associés", role="Contrôleur de gestion senior", tags="apec relay; bulk headers; short verdict"),
I("jobup-relay-geneve", "rejection", "ats", "job-board-relay",
  "jobup.ch <noreply@jobup.ch>",
  "Statut de votre candidature modifié",
  """jobup.ch
[image]

Bonjour Sam Taylor,

le statut de votre candidature a changé :

Entreprise : Banque Privée Rochat & Cie SA
Poste : Product Owner Digital Wealth (80-100%)
Nouveau statut : Refusée

Ce statut a été défini par l'entreprise. Pour toute question, veuillez contacter directement l'entreprise.

Voir toutes mes candidatures
https://click.example/t/jobup-apps

JobCloud SA, Zurich | Protection des données | Se désabonner""", fmt="html", vendor="jobup.ch",
  company="Banque Privée Rochat & Cie SA", role="Product Owner Digital Wealth (80-100%)",
  tags="jobup relay; CH; html-only; status only"),
I("workday-poste-annule", "rejection", "ats", "role-cancelled",
  "Groupe Vérane <verane@myworkday.com>",
  "Information concernant votre candidature – Chef de projet SI Finance",
  """Bonjour Sam,

Nous vous remercions pour votre candidature au poste de Chef de projet SI Finance (JR-88213).

Suite à une réorganisation interne, ce poste a été supprimé et l'offre a été clôturée. Nous ne sommes donc pas en mesure de poursuivre le processus de recrutement.

Nous vous invitons à consulter régulièrement nos offres sur notre site carrières.

Cordialement,
L'équipe Recrutement Groupe Vérane

Ce message a été envoyé depuis une adresse non surveillée.
--
Groupe Vérane is an equal opportunity employer. This e-mail and any attachments are confidential.""",
  fmt="alt", vendor="Workday", company="Groupe Vérane", role="Chef de projet SI Finance",
  tags="workday; role cancelled; fr with en legal footer"),
I("beetween-lux-bilingue", "rejection", "ats", "ats-automated",
  "Banque Européenne de Kirchberg <jobs@bek-lu.beetween.example>",
  "Votre candidature / Your application – Data Protection Officer",
  f"""(English version below)

Madame, Monsieur,

Nous vous remercions de votre candidature pour le poste de Data Protection Officer au sein de la Banque Européenne de Kirchberg.

Nous avons le regret de vous annoncer que nous avons retenu une autre candidature, dont le profil correspond davantage à nos attentes.

Avec nos salutations distinguées,
Human Resources – BEK Luxembourg

---

Dear Sam Taylor,

Thank you for applying for the Data Protection Officer position at Banque Européenne de Kirchberg. We regret to inform you that we have selected another candidate whose profile more closely matches our requirements.

Kind regards,
Human Resources

{NR}
Banque Européenne de Kirchberg S.A., R.C.S. Luxembourg B 12345
Beetween""", fmt="alt", vendor="Beetween", company="Banque Européenne de Kirchberg",
  role="Data Protection Officer", tags="beetween; LU; bilingual fr/en"),
I("hellowork-fonction-publique", "rejection", "ats", "job-board-relay",
  "HelloWork <candidature@hellowork.com>",
  "Métropole Val-de-Loire a répondu à votre candidature",
  """[image: HelloWork]

Bonjour Sam,

Métropole Val-de-Loire a consulté votre candidature pour l'offre :
Administrateur systèmes et réseaux (H/F) – Catégorie A – Contractuel

Message du recruteur :
« Après examen de l'ensemble des candidatures par le jury, nous vous informons que votre candidature n'a pas été retenue pour la suite de la procédure. »

Ces offres pourraient vous intéresser :
- Technicien informatique (H/F) – Tours
- Ingénieur DevOps (H/F) – Orléans

HelloWork – 2 rue de la Mabilais, 35000 Rennes | Se désabonner""", fmt="alt", vendor="HelloWork",
  headers={"List-Unsubscribe": "<https://click.example/t/hw-unsub>"},
  company="Métropole Val-de-Loire", role="Administrateur systèmes et réseaux (H/F)",
  tags="hellowork relay; fonction publique; jury"),
# ---------------- rejections, personal ----------------
I("cabinet-relay-client", "rejection", "personal", "agency-recruiter",
  "Claire Dumoulin <c.dumoulin@dumoulin-rh.example>",
  "Retour de notre client – DAF adjoint",
  """Bonjour Sam,

Je reviens vers vous comme promis suite à votre entretien avec le DAF de Lambert Industries vendredi dernier.

Notre client a finalement fait le choix d'un candidat issu du secteur industriel, qui connaît déjà les problématiques de consolidation multi-sites. Il a apprécié votre rigueur et votre aisance, mais ne donnera pas suite à votre candidature pour le poste de DAF adjoint.

Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle. Je garde votre profil en tête pour mes prochaines missions.

Bien à vous,
Claire Dumoulin
Associée – Dumoulin RH Conseil
06 55 55 18 42""", rt="c.dumoulin@dumoulin-rh.example", first="Claire", company="Lambert Industries",
  role="DAF adjoint", tags="cabinet relays client's decision"),
I("quebec-courriel-rh", "rejection", "personal", "personal-after-interview",
  "Geneviève Tremblay <genevieve.tremblay@caissepopulaire-laurentides.example>",
  "Suivi de votre entrevue – Analyste en intelligence d'affaires",
  """Bonjour Sam,

Merci encore d'avoir pris le temps de nous rencontrer la semaine passée pour le poste d'Analyste en intelligence d'affaires. On a vraiment apprécié la discussion.

Après mûre réflexion, le comité a décidé d'aller de l'avant avec une autre candidature. Ta candidature était solide, mais le choix s'est fait sur l'expérience avec Power BI en contexte coopératif.

Au plaisir de te recroiser!

Geneviève Tremblay
Conseillère en acquisition de talents
Caisse populaire des Laurentides
450 555-0192 poste 221""", rt="genevieve.tremblay@caissepopulaire-laurentides.example", first="Geneviève",
  company="Caisse populaire des Laurentides", role="Analyste en intelligence d'affaires",
  tags="Québec; entrevue; aller de l'avant avec une autre candidature; vous/tu switch"),
I("court-reponse-tu", "rejection", "personal", "terse",
  "Hugo Marchal <hugo@fintrack.example>",
  "Re: Candidature Data Analyst",
  """Salut Sam, désolé mais on ne va pas donner suite, on a trouvé quelqu'un en interne. Bonne continuation !

Hugo

Le lun. 9 nov. 2026 à 08:47, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Hugo, je me permets de relancer concernant ma candidature au poste de Data Analyst chez Fintrack. Bonne journée, Sam""",
  reply=True, rt="hugo@fintrack.example", first="Hugo", company="Fintrack", role="Data Analyst",
  tags="terse; tu; internal; reply to Sam's chaser; Gmail quote"),
I("belgique-manager-long", "rejection", "personal", "personal-after-interview",
  "Pieter Vandenbroucke <pieter.vandenbroucke@assurbel.example>",
  "Votre candidature – Head of Data Office",
  """Bonjour Sam,

Je tenais à vous écrire personnellement après nos deux entretiens et la présentation devant le comité de direction d'AssurBel. C'était un plaisir de discuter avec vous de la feuille de route data et de la migration vers le cloud ; vos questions sur la gouvernance des données clients ont d'ailleurs nourri nos discussions internes bien après votre départ.

Le processus a été long et je vous remercie pour votre patience. Nous avons finalement décidé de confier le poste de Head of Data Office à une personne déjà active dans le groupe, qui connaît nos systèmes legacy et le contexte réglementaire belge. Ce n'est en rien un reflet de la qualité de votre parcours.

Si vous le souhaitez, je serais heureux de vous donner un retour plus détaillé par téléphone. Et je serais ravi que nos chemins se recroisent.

Met vriendelijke groeten / Bien cordialement,
Pieter Vandenbroucke
Chief Operating Officer – AssurBel SA
Boulevard du Roi Albert II 1, 1000 Bruxelles
+32 2 555 40 10""", rt="pieter.vandenbroucke@assurbel.example", first="Pieter", company="AssurBel",
  role="Head of Data Office", tags="BE; long letter verdict in middle; internal; nl/fr signature"),
I("drh-transfere-avis-manager", "rejection", "personal", "hr-forward",
  "Sophie Garnier <sophie.garnier@groupe-orval.example>",
  "TR: Retour entretien M./Mme Taylor",
  """Bonjour Sam,

Je vous transfère le retour du manager, qui résume la décision mieux que je ne le ferais : nous n'irons malheureusement pas plus loin avec votre candidature. Je reste disponible si vous souhaitez en parler.

Cordialement,
Sophie Garnier
Chargée de recrutement – Groupe Orval
01 55 55 62 30

-------- Message transféré --------
De : Thomas Lebrun <thomas.lebrun@groupe-orval.example>
À : Sophie Garnier
Objet : Retour entretien M./Mme Taylor

Sophie,
Bon échange avec Sam, mais pour le poste de Responsable Contrôle de Gestion IT je cherche quelqu'un qui a déjà piloté un budget > 20 M€. Je ne souhaite pas le/la revoir. Tu peux lui faire un retour négatif stp.
Thomas""", rt="sophie.garnier@groupe-orval.example", first="Sophie", company="Groupe Orval",
  role="Responsable Contrôle de Gestion IT", tags="HR forwards manager's third-person note"),
I("assurance-suspendu", "rejection", "personal", "role-cancelled",
  "Nathalie Roux <n.roux@mutuelle-horizon.example>",
  "Recrutement Product Owner Espace Adhérent – suspension",
  """Bonjour Sam,

Je voulais vous prévenir directement : la direction a décidé de geler le recrutement du Product Owner Espace Adhérent jusqu'à nouvel ordre, dans le cadre du rapprochement avec une autre mutuelle. Le processus est donc interrompu pour l'ensemble des candidats, y compris vous, alors que vous faisiez partie des deux finalistes.

J'en suis vraiment navrée. Si le poste est rouvert, vous serez la première personne que j'appellerai.

Bien cordialement,
Nathalie Roux
Responsable RH – Mutuelle Horizon
04 55 55 31 08""", rt="n.roux@mutuelle-horizon.example", first="Nathalie", company="Mutuelle Horizon",
  role="Product Owner Espace Adhérent", tags="role frozen; process interrupted; finalist"),
I("suisse-romande-renvoi-coquille", "rejection", "personal", "forwarded-resent",
  "Raphaël Ducret <raphael.ducret@lemanic-data.example>",
  "Fwd: Votre candidature Data Scientist",
  """Bonjour Sam,

Je m'aperçois que mon message du 2 novembre est resté dans mes brouillons, toutes mes excuses. Le voici.

Raphaël

---------- Forwarded message ---------
From: Raphaël Ducret <raphael.ducret@lemanic-data.example>
Date: lun. 2 nov. 2026 à 17:20
Subject: Votre candidature Data Scientist

Bonjour Sam,
Merci pour le test technique et pour l'entretien. Nous avons décidé de ne pas poursuivre avec votre candidature pour le poste de Data Scientist : vos résultats au test étaient bons, mais en dessous d'autres candidats sur la partie séries temporelles.
Meilleures salutations,
Raphaël Ducret, Head of Analytics, Lemanic Data SA, Lausanne""", rt="raphael.ducret@lemanic-data.example",
  first="Raphaël", company="Lemanic Data SA", role="Data Scientist", tags="CH; re-sent from drafts; verdict only in forwarded block; after test"),
I("linkedin-inmail-recruteur", "rejection", "personal", "personal-after-interview",
  "Mehdi Benali via LinkedIn <messaging-digest-noreply@linkedin.com>",
  "Mehdi vous a envoyé un message",
  """Mehdi Benali
Talent Partner chez Quantiq

« Bonjour Sam, je voulais vous faire un retour après votre échange avec Julie. Pour le poste de Senior Product Analyst, nous allons privilégier un profil plus technique (SQL avancé / dbt). Je suis désolé que ça ne se concrétise pas cette fois-ci, et je vous souhaite bonne chance ! »

Répondre : https://click.example/t/li-msg-7781

Cet e-mail est destiné à Sam Taylor. Se désabonner. © 2026 LinkedIn Ireland Unlimited Company, Dublin""",
  headers={"List-Unsubscribe": "<https://click.example/t/li-unsub>"}, first="Mehdi", company="Quantiq",
  role="Senior Product Analyst", tags="linkedin message relay; personal recruiter; no reply address"),
# ---------------- others, ATS ----------------
I("taleo-accuse-reception", "other", "ats", "ack-received",
  "Banque Mutualiste de l'Ouest <ne-pas-repondre@taleo.net>",
  "Accusé de réception – Chargé d'études actuarielles H/F",
  f"""Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Chargé d'études actuarielles H/F et vous en remercions.

Compte tenu du nombre important de candidatures, nous ne serons pas en mesure de répondre individuellement à chacune d'entre elles. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

La Direction des Ressources Humaines

{NR}
{RGPD}bmo2""", fmt="alt", vendor="Taleo", tags="acknowledgement with 'sans nouvelles ... pas retenue' hedge"),
I("wttj-convocation", "other", "ats", "interview-invite",
  "Welcome to the Jungle <no-reply@welcometothejungle.com>",
  "Bonne nouvelle : Kalisto souhaite échanger avec toi",
  """[image: Welcome to the Jungle]

Salut Sam,

Bonne nouvelle ! Kalisto souhaite aller plus loin avec ta candidature pour le poste de Product Owner.

Choisis un créneau pour ton premier entretien (30 min, visio) : https://click.example/t/wttj-slot-88

Pas retenu·e pour un autre poste ? Ta candidature ici n'est pas concernée.

Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle.""", fmt="alt", vendor="Welcome to the Jungle",
  tags="wttj; interview invite; stray 'pas retenu·e' line"),
I("flatchr-test-technique", "other", "ats", "assessment",
  "Nexalis Conseil <recrutement@nexalis.flatchr.example>",
  "Test technique – Consultant BI Power BI",
  """Bonjour Sam,

Merci pour votre candidature au poste de Consultant BI Power BI. Pour la suite du processus, nous vous proposons un test technique en ligne (60 minutes) :
https://click.example/t/flatchr-test-221

Sans réalisation du test sous 5 jours, nous ne pourrons malheureusement pas donner suite à votre candidature.

L'équipe Talents Nexalis
Recrutement propulsé par Flatchr""", fmt="alt", vendor="Flatchr", tags="test invitation with conditional 'pas donner suite'"),
I("apec-alerte-offres", "other", "ats", "job-alert",
  "Apec <alertes@apec.fr>",
  "Vos nouvelles offres : Contrôleur de gestion (8)",
  """Votre alerte « Contrôleur de gestion – Île-de-France » : 8 nouvelles offres

Contrôleur de gestion industriel H/F – Lambert Industries – Cergy
Contrôleur financier – Assurances Fortin & Associés – Paris 9e
Analyste FP&A – Fintrack – Paris 2e

Voir toutes les offres : https://click.example/t/apec-al

Vous n'avez pas été retenu ? L'Apec vous aide à rebondir : webinaire « Transformer un refus en opportunité », jeudi 12h.

Se désabonner de cette alerte""", fmt="alt", vendor="Apec",
  headers={"List-Unsubscribe": "<https://click.example/t/apec-al-unsub>", "Precedence": "bulk"},
  tags="job alert; lists companies that rejected Sam; webinar on refusals"),
I("workday-promesse-embauche", "other", "ats", "offer",
  "Groupe Vérane <verane@myworkday.com>",
  "Votre proposition d'embauche – Data Product Manager",
  """Bonjour Sam,

Félicitations ! Nous avons le plaisir de vous adresser votre promesse d'embauche pour le poste de Data Product Manager.

Veuillez consulter et signer votre proposition dans l'espace candidat avant le 30/11/2026 : https://click.example/t/wd-offer-55
Passé ce délai, la proposition sera considérée comme refusée.

L'équipe Recrutement Groupe Vérane
Ce message a été envoyé depuis une adresse non surveillée.""", fmt="alt", vendor="Workday",
  tags="offer from a company that cancelled another role; expiry 'refusée'"),
I("vivier-sans-decision", "other", "ats", "talent-pool",
  "Assurances Fortin & Associés <talents@fortin-assurances.beetween.example>",
  "Rejoignez notre vivier de talents",
  f"""Bonjour Sam,

Votre candidature au poste d'Auditeur interne IT est toujours en cours d'étude et aucune décision n'a encore été prise.

En parallèle, nous vous proposons de rejoindre notre vivier de talents pour être informé·e de nos futures opportunités. Il vous suffit de cliquer ici : https://click.example/t/fortin-vivier

Si vous refusez, cela n'aura aucune incidence sur votre candidature actuelle.

L'équipe Talents
{RGPD}faa
Beetween""", fmt="html", vendor="Beetween", tags="talent pool invite, no decision; html-only"),
I("agenda-refus-invitation", "other", "ats", "non-job-rejection",
  "Agenda Calder Street Media <calendar-noreply@example.org>",
  "Refusé : Point hebdo data desk (Léa Fournier)",
  """Léa Fournier a refusé cette invitation.

Point hebdo data desk
jeudi 19 nov. 2026 10:00 – 10:30 (CET)
Salle Gutenberg / Teams

Message de Léa : « Désolée, je suis en entretien de recrutement à cette heure-là, on décale ? »

Invitation de Google Agenda. Vous recevez cet e-mail en tant qu'organisateur de l'événement.""", fmt="alt", vendor="Google Agenda",
  tags="declined meeting invite; mentions 'entretien de recrutement'"),
I("banque-pret-refuse", "other", "ats", "non-job-rejection",
  "Crédit Rhodanien <ne-pas-repondre@credit-rhodanien.example>",
  "Votre demande de prêt immobilier n° 2026-88431",
  f"""Bonjour Sam Taylor,

Nous avons bien étudié votre demande de prêt immobilier. Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, votre taux d'endettement dépassant 35 %.

Votre conseiller reste à votre disposition.

{NR}
Crédit Rhodanien – SA coopérative – ORIAS 07 000 000""", fmt="alt", vendor="Crédit Rhodanien", tags="non-job; loan refused; bank ATS-like wording"),
# ---------------- others, personal ----------------
I("reponse-relance-entretien", "other", "personal", "answer-to-owner-question",
  "Julie Perrin <julie.perrin@quantiq.example>",
  "RE: Relance – Lead Data Analyst",
  """Bonjour Sam,

Pas du tout, rien n'est décidé ! Nous avons été ralentis par les congés. L'équipe souhaite vous revoir pour un dernier entretien avec le CPO : seriez-vous disponible mardi 24 à 16h ?

Belle journée,
Julie Perrin
Head of Talent – Quantiq

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Objet : Relance – Lead Data Analyst

Bonjour Julie, je me permets de revenir vers vous : avez-vous retenu un autre candidat pour le poste de Lead Data Analyst ? Bien à vous, Sam""",
  reply=True, tags="answer to Sam's 'have you chosen someone else?' with a final interview"),
I("reponse-remerciement-apres-refus", "other", "personal", "reply-to-owner-followup",
  "Claire Dumoulin <c.dumoulin@dumoulin-rh.example>",
  "RE: Retour de notre client – DAF adjoint",
  """Bonjour Sam,

Aucun souci, et merci pour votre message très élégant. Restons en contact : je vous appelle début décembre pour faire le point sur vos recherches.

Bien à vous,
Claire

> Bonjour Claire, merci pour votre retour, même s'il n'est pas celui que j'espérais.
> > Il [...] ne donnera pas suite à votre candidature pour le poste de DAF adjoint.""",
  reply=True, tags="reply to Sam's thank-you after a rejection; verdict only in quotes"),
I("owner-sent-refus-candidat", "other", "personal", "owner-sent",
  "Sam Taylor <sam.taylor@example.org>",
  "Votre candidature – Stagiaire data journalisme",
  """Bonjour Camille,

Merci beaucoup pour votre candidature au stage en data journalisme chez Calder Street Media et pour le temps consacré à l'exercice.

Après réflexion, nous avons retenu un autre profil pour ce stage. Je vous souhaite une belle réussite dans vos recherches.

Bien cordialement,
Sam Taylor
Calder Street Media""", to="Camille Morel <camille.morel@etu-sciencespo.example>",
  tags="owner's own sent rejection to a candidate"),
I("ami-transfere-refus", "other", "personal", "forwarded",
  "Antoine Leclerc <antoine.leclerc@mailbox.example>",
  "Tr: Votre candidature chez Nexalis",
  """Salut Sam,

Tiens, regarde ce que j'ai reçu ce matin… Nexalis m'a refusé, comme toi le mois dernier ! On boit un verre jeudi pour se remonter le moral ?

Antoine

---------- Message transféré ---------
De : L'équipe Talents Nexalis <recrutement@nexalis.flatchr.example>
Objet : Votre candidature chez Nexalis

Bonjour Antoine, votre profil ne correspond pas suffisamment aux besoins actuels de nos clients. Nous ne donnerons donc pas suite à votre candidature.""",
  tags="friend forwards his own rejection"),
I("article-refuse-revue", "other", "personal", "non-job-rejection",
  "Prof. Marie-Hélène Caron <mh.caron@revue-stat-appliquee.example>",
  "Décision éditoriale – manuscrit RSA-2026-114",
  """Chère/Cher Sam Taylor,

Après examen par deux rapporteurs, le comité de rédaction a décidé de ne pas retenir votre manuscrit « Mesurer l'audience des contenus data » pour publication dans la Revue de statistique appliquée. Vous trouverez les rapports ci-dessous.

Nous vous remercions d'avoir pensé à notre revue.

Marie-Hélène Caron
Rédactrice en chef""", tags="non-job; declined paper; 'pas retenir'"),
I("recruteur-nouvelle-mission", "other", "personal", "recruiter-outreach",
  "Yasmine Haddad <yasmine.haddad@talentys-lux.example>",
  "Poste pourvu… mais deux nouvelles missions",
  """Bonjour Sam,

Vous vous souvenez du poste de Risk Data Manager dont nous avions parlé en juillet ? Il a été pourvu entre-temps (vous n'aviez finalement pas postulé). En revanche, j'ai deux nouvelles missions au Luxembourg qui pourraient vraiment vous plaire : Head of BI dans une banque dépositaire et Product Owner Reporting réglementaire.

Un appel rapide cette semaine ?

Yasmine Haddad
Talentys Luxembourg | +352 55 55 12 34""", tags="recruiter pitch; 'poste pourvu' for a role Sam did not apply to"),
I("collegue-candidats-refuses", "other", "personal", "owner-hiring",
  "Léa Fournier <lea.fournier@example.org>",
  "Candidats stage data – mon avis",
  """Coucou Sam,

J'ai relu les 6 dossiers pour le stage data. Pour moi, on refuse Karim et Élodie (pas assez de Python), et on convoque les quatre autres. Tu envoies les refus ou je m'en charge via Personio ?

Léa""", tags="owner is hiring; colleague about rejecting candidates"),
I("jury-entretien-deuxieme-tour", "other", "personal", "interview-invite",
  "Olivier Masson <olivier.masson@cnam-region.example>",
  "Concours – admissibilité et convocation à l'oral",
  """Madame, Monsieur,

J'ai le plaisir de vous informer que vous êtes déclaré·e admissible au recrutement d'ingénieur·e d'études en analyse de données. Contrairement à 60 % des candidats, votre dossier n'a pas été écarté.

Vous êtes convoqué·e à l'épreuve orale le 8 décembre 2026 à 9h30, salle B214.

Olivier Masson
Service RH – Conservatoire régional des métiers
02 55 55 44 10""", tags="fonction publique convocation; 'pas été écarté'"),
]
