"""French-language messages (FR, BE, LU, CH, QC): 16 rejections, 16 hard negatives."""
from content_common import (WTTJ_FR, TEAMTAILOR_FR, SR_FR, WORKDAY_FR, LEVER_FR, WORKABLE_FR, SF_FR,
                            ICIMS_FR, HELLOWORK_FR, BAMBOO_FR)

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="fluvia-wttj-autres-profils", lang="fr", label="rejection", style="ats", cat="ats-automated",
     tags="FR; start-up; tu; welcome to the jungle; ordinary; signed first name, no address",
     vendor=WTTJ_FR, frm=("Fluvia", "no-reply@welcometothejungle.com"),
     subject="Ta candidature chez Fluvia",
     first="Inès", company="Fluvia", role="Chargé·e de communication",
     body="""Hello Sam,

Merci pour ta candidature au poste de Chargé·e de communication et pour l'intérêt que tu portes à Fluvia 🌊

Après avoir étudié ton profil avec attention, nous avons décidé de poursuivre avec d'autres profils dont l'expérience correspond davantage à nos besoins actuels.

On te souhaite plein de réussite pour la suite !

Inès, pour l'équipe Fluvia"""),

dict(slug="verannes-workday-statut-non-retenu", lang="fr", label="rejection", style="ats", cat="ats-automated",
     tags="FR; grand groupe; vous; workday; status portal; 'Non retenu'; bilingual footer",
     vendor=WORKDAY_FR, frm=("Groupe Verannes – Recrutement", "verannes@myworkday.com"),
     subject="Mise à jour de votre candidature – JR-104522",
     company="Groupe Verannes", role="Chef de projet marketing opérationnel (H/F)",
     body="""Bonjour Sam Taylor,

Le statut de votre candidature a été mis à jour.

<table cellpadding="6" style="border:1px solid #ddd;font-size:13px;"><tr><td><b>Poste</b></td><td>Chef de projet marketing opérationnel (H/F)</td></tr><tr><td><b>Référence</b></td><td>JR-104522</td></tr><tr><td><b>Lieu</b></td><td>Lyon – Part-Dieu</td></tr><tr><td><b>Statut</b></td><td>Non retenu</td></tr></table>

Nous vous remercions de l'intérêt porté au Groupe Verannes et vous invitons à consulter nos autres offres sur notre <a href="https://click.example/t/verannes-offres">site carrières</a>.

L'équipe Talent Acquisition<br>Groupe Verannes

<i>This message was generated automatically. Please do not reply. / Ce message a été généré automatiquement.</i>"""),

dict(slug="delvaux-smartrecruiters-nl-footer", lang="fr", label="rejection", style="ats", cat="ats-automated",
     tags="BE; grand groupe; vous; smartrecruiters; French letter with Dutch footer; mixed languages",
     vendor=SR_FR, frm=("Delvaux Brewing Group", "noreply@smartrecruiters.com"),
     subject="Votre candidature : Marketing Manager Benelux",
     company="Delvaux Brewing Group", role="Marketing Manager Benelux",
     body="""Bonjour Sam,

Nous vous remercions sincèrement pour votre candidature au poste de Marketing Manager Benelux à Bruxelles.

Nous avons reçu de nombreuses candidatures de grande qualité. Après un examen attentif, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous conservons vos données conformément à notre politique de confidentialité et vous souhaitons beaucoup de succès dans vos recherches.

Cordialement,<br>L'équipe Talent Acquisition – Delvaux Brewing Group

<small>Delvaux Brewing Group SA/NV · Boulevard du Souverain 280, 1160 Bruxelles · BTW/TVA BE 0455.555.210<br>Dit bericht werd automatisch verzonden. Gelieve niet te antwoorden. Bekijk onze <a href="https://click.example/t/delvaux-privacy-nl">privacyverklaring</a>.</small>"""),

dict(slug="kiosk-lever-poste-pourvu", lang="fr", label="rejection", style="ats", cat="ats-automated",
     tags="FR; start-up; vous; lever; position filled; reply-to a person",
     vendor=LEVER_FR, frm=("Kiosk Labs", "no-reply@hire.lever.co"),
     reply_to_hdr="Romain Garnier <romain@kiosklabs.example>",
     subject="Kiosk Labs – Responsable des opérations",
     rt="romain@kiosklabs.example", first="Romain", company="Kiosk Labs", role="Responsable des opérations",
     body="""Bonjour Sam,

Merci d'avoir pris le temps d'échanger avec nous au sujet du poste de Responsable des opérations.

Je voulais vous informer que le poste a été pourvu. Nous avons eu beaucoup de plaisir à découvrir votre parcours et nous aimerions beaucoup rester en contact pour de futures opportunités.

Belle journée,<br>Romain Garnier<br>COO, Kiosk Labs – Lyon"""),

dict(slug="arvelle-workable-lux-milieu", lang="fr", label="rejection", style="ats", cat="keep-on-file",
     tags="LU; Finance; vous; workable; long boilerplate; verdict in the middle; data-retention question; English legal footer",
     vendor=WORKABLE_FR, frm=("Arvelle Fund Services", "noreply@candidates.workablemail.com"),
     subject="Project Manager – Transformation | Arvelle Fund Services S.A.",
     company="Arvelle Fund Services S.A.", role="Project Manager – Transformation",
     body="""Bonjour Sam Taylor,

Au nom d'Arvelle Fund Services S.A., nous tenons à vous remercier pour votre candidature au poste de Project Manager – Transformation ainsi que pour le temps consacré à notre processus de sélection.

Arvelle Fund Services accompagne depuis plus de vingt ans des sociétés de gestion au Luxembourg et en Irlande. Nos 600 collaborateurs de 45 nationalités partagent une même exigence : qualité, intégrité et esprit d'équipe. Nous avons été élus « Best Workplace Luxembourg 2025 ».

Après une analyse approfondie, nous avons le regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature pour ce poste, d'autres profils correspondant plus étroitement aux exigences de la fonction.

Souhaitez-vous que nous conservions votre CV dans notre base de données pendant 24 mois afin de vous contacter pour de futures opportunités ? <a href="https://click.example/t/arvelle-consent">Oui, je donne mon accord</a>

Veuillez agréer nos salutations distinguées.<br>Human Resources – Arvelle Fund Services S.A.

<small>Arvelle Fund Services S.A. – 12, rue Eugène Ruppert, L-2453 Luxembourg – R.C.S. Luxembourg B 99.555. This e-mail may contain confidential information. If you are not the intended recipient, please delete it.</small>"""),

dict(slug="caisse-boreale-icims-bilingue", lang="fr", label="rejection", style="ats", cat="ats-automated",
     tags="QC; institution financière; vous; icims; Québec wording ('courriel'); English version below",
     vendor=ICIMS_FR, frm=("Caisse Boréale", "caisseboreale@talent.icims.com"),
     subject="Votre candidature – Conseiller(ère) en communication / Your application",
     company="Caisse Boréale", role="Conseiller(ère) en communication",
     body="""Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez à la Caisse Boréale et au poste de Conseiller(ère) en communication.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. Nous conserverons toutefois votre dossier et n'hésiterons pas à communiquer avec vous si une occasion correspondant à votre profil se présente.

Nous vous souhaitons bon succès dans vos démarches.

L'équipe Acquisition de talents – Caisse Boréale, Québec

<hr>

<i>Thank you for your interest in the Communications Advisor position. We regret to inform you that your application was not retained for the next steps.</i>"""),

dict(slug="garnier-hellowork-relay", lang="fr", label="rejection", style="ats", cat="job-board-relay",
     tags="FR; PME; vous; hellowork relay; bulk; 'ne pas donner suite'", bulk=True, wrap=66,
     vendor=HELLOWORK_FR, frm=("HelloWork", "candidature@hellowork.example"),
     subject="Réponse à votre candidature : Assistant(e) marketing H/F",
     company="Menuiseries Garnier", role="Assistant(e) marketing H/F",
     body="""Bonjour Sam,

Le recruteur <b>Menuiseries Garnier</b> a consulté votre candidature au poste <b>Assistant(e) marketing H/F</b> (Angers – CDI) et a décidé de ne pas y donner suite.

Ne vous découragez pas : <a href="https://click.example/t/hw-offres">328 offres similaires</a> vous attendent.

L'équipe HelloWork"""),

dict(slug="lumarel-sf-recrutement-suspendu", lang="fr", label="rejection", style="ats", cat="role-cancelled",
     tags="FR; grand groupe; vous; successfactors; HTML-only; recruitment suspended after reorganisation", mode="html",
     vendor=SF_FR, frm=("Lumarel Énergie – Carrières", "lumarel-noreply@successfactors.eu"),
     subject="Information concernant votre candidature – Réf. 55871",
     company="Lumarel Énergie", role="Chargé de mission RSE (F/H)",
     body="""Madame, Monsieur,

Vous avez postulé au poste de Chargé de mission RSE (F/H), réf. 55871, et nous vous en remercions.

Suite à une réorganisation interne de la Direction du Développement durable, ce recrutement a été suspendu et l'offre retirée de notre site. Votre candidature ne pourra donc pas être poursuivie.

Nous vous invitons à rester attentif(ve) à nos prochaines offres.

La Direction des Ressources Humaines<br>Lumarel Énergie"""),

# ---------------------------------------------------------------- rejections, personal
dict(slug="ferrand-cabinet-client-autre", lang="fr", label="rejection", style="personal", cat="agency-recruiter",
     tags="FR; cabinet de recrutement; vous; client named; after final interview",
     frm=("Claire Dumont", "c.dumont@dumont-associes.example"),
     subject="Responsable communication interne – retour des Laboratoires Ferrand",
     rt="c.dumont@dumont-associes.example", first="Claire", company="Laboratoires Ferrand", role="Responsable communication interne",
     body="""Bonjour Sam,

J'ai eu ce matin le retour des Laboratoires Ferrand suite à votre entretien final avec la DRH et le directeur de la communication.

Ils ont été sensibles à votre énergie et à votre vision de la communication interne, mais ont finalement retenu une autre candidature, plus expérimentée dans le secteur pharmaceutique, pour le poste de Responsable communication interne.

Je sais que c'est décevant après un processus aussi long. N'hésitez pas à m'appeler si vous souhaitez un débrief plus détaillé.

Bien à vous,
Claire Dumont
Consultante senior – Dumont & Associés
75008 Paris | +33 1 55 55 34 21 | +33 6 55 55 12 87"""),

dict(slug="nomad-bikes-salut-court", lang="fr", label="rejection", style="personal", cat="terse",
     tags="FR; start-up; tu; very short; reply above quote; Gmail quote",
     frm=("Hugo Lefèvre", "hugo@nomadbikes.example"), in_reply_to="sam-nomad-relance",
     subject="Re: Growth Manager – des nouvelles ?",
     rt="hugo@nomadbikes.example", first="Hugo", company="Nomad Bikes", role="Growth Manager",
     body="""Salut Sam,

désolé pour le délai ! On a finalement choisi quelqu'un d'autre. Merci encore pour ton temps et bonne continuation 🙏

Hugo""",
     quote="""Le mar. 17 nov. 2026 à 14:02, Sam Taylor <sam.taylor@example.org> a écrit :
> Salut Hugo,
> Je me permets de revenir vers toi au sujet du poste de Growth Manager chez Nomad Bikes.
> As-tu des nouvelles ?
> Sam"""),

dict(slug="val-arlette-jury-collectivite", lang="fr", label="rejection", style="personal", cat="personal-after-interview",
     tags="FR; secteur public; vous; jury de recrutement; formal administrative letter in the mail body",
     frm=("Nathalie Perrin", "n.perrin@agglo-valdarlette.example"),
     subject="Suite donnée à votre candidature – Chargé(e) de projet événementiel",
     rt="n.perrin@agglo-valdarlette.example", first="Nathalie", company="Communauté d'agglomération du Val d'Arlette", role="Chargé(e) de projet événementiel",
     body="""Madame, Monsieur,

Vous avez bien voulu faire acte de candidature pour le poste de Chargé(e) de projet événementiel (cadre d'emplois des attachés territoriaux) au sein de la Direction de la communication, et je vous en remercie.

Suite au jury de recrutement du 14 octobre, j'ai le regret de vous informer que votre candidature n'a pas été retenue.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour le Président et par délégation,
Nathalie Perrin
Directrice des Ressources Humaines
Communauté d'agglomération du Val d'Arlette
Tél. 02 55 55 40 10"""),

dict(slug="studio-boreal-quebec-aller-de-lavant", lang="fr", label="rejection", style="personal", cat="personal-after-interview",
     tags="QC; agence; tu; Québec French; 'aller de l'avant avec une autre personne'",
     frm=("Geneviève Tremblay", "genevieve@studioboreal.example"),
     subject="Suivi – Gestionnaire de projets marketing",
     rt="genevieve@studioboreal.example", first="Geneviève", company="Studio Boréal", role="Gestionnaire de projets marketing",
     body="""Bonjour Sam,

Merci encore pour ton temps jeudi passé, toute l'équipe a vraiment apprécié la rencontre.

Malheureusement, on a décidé d'aller de l'avant avec une autre personne pour le poste de Gestionnaire de projets marketing. Ç'a été une décision serrée, sincèrement.

On garde ton CV au chaud et je vais penser à toi si quelque chose s'ouvre au printemps.

Bonne fin de semaine!

Geneviève Tremblay
Directrice des opérations | Studio Boréal
Montréal | 514 555-0192"""),

dict(slug="sevrier-banque-lux-long", lang="fr", label="rejection", style="personal", cat="after-assessment",
     tags="LU; banque; vous; long letter after assessment day; verdict in the middle; English disclaimer",
     frm=("Marc Weber", "marc.weber@banque-sevrier.example"),
     subject="Votre candidature – Chef de projet communication digitale",
     rt="marc.weber@banque-sevrier.example", first="Marc", company="Banque Sévrier Luxembourg", role="Chef de projet communication digitale",
     body="""Bonjour Sam Taylor,

Je vous remercie encore d'avoir participé à notre journée d'évaluation du 20 novembre pour le poste de Chef de projet communication digitale. Les évaluateurs ont particulièrement apprécié votre exercice de mise en situation et la clarté de votre présentation orale.

Comme vous le savez, le poste requiert une expérience confirmée de la communication réglementée dans le secteur bancaire. Au terme de nos délibérations, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature. Ce choix s'est joué sur des détails, et il ne remet nullement en cause la qualité de votre parcours.

Vous trouverez ci-dessous quelques éléments de retour que le jury a souhaité vous transmettre :
- très bonne maîtrise des outils d'analyse d'audience ;
- proposition éditoriale jugée créative et pertinente ;
- connaissance du cadre CSSF à approfondir.

Je vous souhaite beaucoup de succès pour la suite et reste à votre disposition.

Bien cordialement,
Marc Weber
Talent Acquisition Partner
Banque Sévrier Luxembourg S.A.
T +352 55 55 41 20

The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee."""),

dict(slug="valcourt-geneve-transfert-retour", lang="fr", label="rejection", style="personal", cat="forwarded-about-owner",
     tags="CH-FR; maison de luxe; tu; recruiter forwards the hiring manager's note about Sam",
     frm=("Sophie Morel", "sophie.morel@valcourt.example"),
     subject="TR: Retour candidature Sam – Chef de projet digital",
     rt="sophie.morel@valcourt.example", first="Sophie", company="Maison Valcourt SA", role="Chef de projet digital",
     body="""Bonjour Sam,

Comme promis, je te transfère le retour de Marc ci-dessous. Malheureusement ce n'est pas la réponse qu'on espérait… Je reste dispo pour en parler si tu veux.

Belle journée,
Sophie

Sophie Morel | Talent Acquisition | Maison Valcourt SA | Genève | +41 22 555 18 30

-------- Message transféré --------
De : Marc Aubry <marc.aubry@valcourt.example>
Date : 24 novembre 2026 à 18:11
À : Sophie Morel <sophie.morel@valcourt.example>
Objet : Retour candidature Sam – Chef de projet digital

Sophie,
Merci pour l'organisation. Sam a un bon profil mais pour le poste de Chef de projet digital il nous faut quelqu'un qui a déjà piloté un site e-commerce luxe. On ne va pas poursuivre avec Sam. Tu peux le lui dire avec tous nos remerciements ?
Marc"""),

dict(slug="vandermeulen-gel-recrutement", lang="fr", label="rejection", style="personal", cat="role-cancelled",
     tags="BE; PME; vous; recruitment frozen; Sam's candidacy not continued",
     frm=("Pierre Vandermeulen", "pierre@atelier-vandermeulen.example"),
     subject="Poste de Responsable Opérations",
     rt="pierre@atelier-vandermeulen.example", first="Pierre", company="Atelier Vandermeulen", role="Responsable Opérations",
     body="""Bonjour Sam,

Je reviens vers vous après nos deux entretiens. Suite à la perte d'un client important, nous avons décidé de geler le recrutement du poste de Responsable Opérations jusqu'à nouvel ordre.

Nous ne pouvons donc malheureusement pas poursuivre votre candidature pour l'instant. Je suis sincèrement désolé, d'autant que votre profil nous plaisait beaucoup.

Bien à vous,
Pierre Vandermeulen
Gérant – Atelier Vandermeulen SRL
Rue de la Station 18, 5000 Namur
0475 55 32 19"""),

dict(slug="pivoine-etude-de-cas-senior", lang="fr", label="rejection", style="personal", cat="after-assessment",
     tags="FR; agence de com; tu; after case study; reply above Sam's mail",
     frm=("Julie Caron", "julie@agence-pivoine.example"), in_reply_to="sam-pivoine-cas",
     subject="Re: Étude de cas – Chef de projet événementiel",
     rt="julie@agence-pivoine.example", first="Julie", company="Agence Pivoine", role="Chef de projet événementiel",
     body="""Coucou Sam,

Merci pour ton étude de cas, elle était vraiment solide, surtout la partie budget. Mais on part finalement sur un profil plus senior, qui a déjà géré des salons de plus de 5 000 visiteurs.

Je suis sûre qu'on se recroisera !

Julie
Agence Pivoine – Nantes
06 55 55 48 31""",
     quote="""Le mer. 12 nov. 2026 à 10:14, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Julie,
> Voici mon étude de cas pour le poste de Chef de projet événementiel, en pièce jointe.
> Belle journée,
> Sam"""),

# ---------------------------------------------------------------- others, ATS
dict(slug="fluvia-wttj-accuse-hedge", lang="fr", label="other", style="ats", cat="ack-received",
     tags="FR; start-up; tu; welcome to the jungle; acknowledgement promising a reply even if negative; same sender as a rejection",
     vendor=WTTJ_FR, frm=("Fluvia", "no-reply@welcometothejungle.com"),
     subject="Fluvia a bien reçu ta candidature",
     body="""Hello Sam,

Merci pour ta candidature au poste de Community Manager ! Elle a bien été transmise à l'équipe Fluvia.

On revient vers toi sous 15 jours. Et si ta candidature n'est pas retenue, on te préviendra aussi – promis, pas de ghosting chez nous.

À très vite,<br>L'équipe Fluvia"""),

dict(slug="verannes-workday-en-cours", lang="fr", label="other", style="ats", cat="status-update",
     tags="FR; grand groupe; vous; workday; same status template as a rejection; 'En cours d'examen'",
     vendor=WORKDAY_FR, frm=("Groupe Verannes – Recrutement", "verannes@myworkday.com"),
     subject="Mise à jour de votre candidature – JR-104977",
     body="""Bonjour Sam Taylor,

Le statut de votre candidature a été mis à jour.

<table cellpadding="6" style="border:1px solid #ddd;font-size:13px;"><tr><td><b>Poste</b></td><td>Chef de projet communication RH (H/F)</td></tr><tr><td><b>Référence</b></td><td>JR-104977</td></tr><tr><td><b>Lieu</b></td><td>Paris – La Défense</td></tr><tr><td><b>Statut</b></td><td>En cours d'examen par le manager</td></tr></table>

Aucune action n'est requise de votre part. Vous serez informé(e) de la suite donnée à votre candidature, qu'elle soit positive ou négative.

L'équipe Talent Acquisition<br>Groupe Verannes"""),

dict(slug="delvaux-smartrecruiters-entretien", lang="fr", label="other", style="ats", cat="interview-invite",
     tags="BE; grand groupe; vous; smartrecruiters; interview scheduling; same sender as a rejection",
     vendor=SR_FR, frm=("Delvaux Brewing Group", "noreply@smartrecruiters.com"),
     subject="Invitation à un entretien : Trade Marketing Manager Wallonie",
     body="""Bonjour Sam,

Bonne nouvelle : votre candidature au poste de Trade Marketing Manager Wallonie a retenu notre attention ! Nous aimerions vous rencontrer pour un premier entretien de 30 minutes.

<a href="https://click.example/t/delvaux-schedule" style="background:#3b8ac4;color:#fff;padding:10px 18px;text-decoration:none;">Choisir un créneau</a>

Cordialement,<br>L'équipe Talent Acquisition – Delvaux Brewing Group"""),

dict(slug="caisse-boreale-icims-transfert", lang="fr", label="other", style="ats", cat="requisition-transfer",
     tags="QC; institution financière; vous; icims; posting closed, application transferred to another requisition",
     vendor=ICIMS_FR, frm=("Caisse Boréale", "caisseboreale@talent.icims.com"),
     subject="Votre candidature a été transférée",
     body="""Bonjour Sam,

L'affichage Conseiller(ère) principal(e), relations médias (réf. 2026-3310) a été fermé à la suite d'une révision de la structure de l'équipe.

Avec votre accord donné par téléphone, votre candidature a été transférée vers le poste Conseiller(ère) en communication interne (réf. 2026-3472). Vous n'avez rien à faire : une personne de notre équipe communiquera avec vous sous peu.

L'équipe Acquisition de talents – Caisse Boréale"""),

dict(slug="hellowork-alerte-offres", lang="fr", label="other", style="ats", cat="job-alert",
     tags="FR; hellowork; job alert; bulk; 'offre expirée' line", bulk=True, wrap=70,
     vendor=HELLOWORK_FR, frm=("HelloWork Alertes", "alertes@hellowork.example"),
     subject="12 nouvelles offres : chef de projet marketing – Pays de la Loire",
     body="""Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte « chef de projet marketing » :

<ul><li><a href="https://click.example/t/hw-1">Chef de projet marketing digital H/F</a> – Océane Mutuelle, Nantes – CDI</li><li><a href="https://click.example/t/hw-2">Responsable communication et événementiel</a> – Ville de Saint-Herblain – Titulaire/contractuel</li><li><a href="https://click.example/t/hw-3">Chargé de projet opérations H/F</a> – LoireFret, Angers – CDI</li></ul>

L'offre « Assistant(e) marketing H/F » que vous suiviez a expiré et n'est plus disponible.

<a href="https://click.example/t/hw-all">Voir les 12 offres</a>"""),

dict(slug="arvelle-workable-test-en-ligne", lang="fr", label="other", style="ats", cat="assessment",
     tags="LU; Finance; vous; workable; online test with conditional non-consideration",
     vendor=WORKABLE_FR, frm=("Arvelle Fund Services", "noreply@candidates.workablemail.com"),
     subject="Étape suivante : test en ligne – Operations Coordinator",
     body="""Bonjour Sam Taylor,

Merci pour votre candidature au poste d'Operations Coordinator. Nous avons le plaisir de vous inviter à passer un test de raisonnement en ligne (environ 25 minutes).

<a href="https://click.example/t/arvelle-test">Commencer le test</a>

Attention : si le test n'est pas complété avant le 4 décembre 2026, votre candidature ne pourra malheureusement pas être prise en compte.

Human Resources – Arvelle Fund Services S.A."""),

dict(slug="banque-carte-paiement-refuse", lang="fr", label="other", style="ats", cat="non-job-rejection",
     tags="FR; bank; card payment declined; 'refusé'",
     vendor=dict(name="Banque Ligérienne", color="#8a1538", logo="banque-ligerienne",
                 footer='Banque Ligérienne – SA au capital de 50 000 000 € – Ne répondez pas à ce message. <a href="https://click.example/t/bl-secu">Conseils sécurité</a>'),
     frm=("Banque Ligérienne", "alertes@banque-ligerienne.example"),
     subject="Paiement refusé sur votre carte ****4821",
     body="""Bonjour Sam Taylor,

Un paiement de 249,00 € auprès de SNCF CONNECT le 28/11/2026 à 19:42 a été <b>refusé</b> : plafond de paiement atteint.

Si vous êtes à l'origine de cette opération, vous pouvez augmenter temporairement votre plafond depuis votre <a href="https://click.example/t/bl-app">application</a>.

Votre conseiller Banque Ligérienne"""),

dict(slug="compub-congres-proposition-non-retenue", lang="fr", label="other", style="ats", cat="non-job-rejection",
     tags="FR; conference talk proposal not retained; submission system; 'candidature' wording",
     vendor=dict(name="Congrès Com'Pub", color="#5b2a86", logo="compub",
                 footer='Message envoyé automatiquement par la plateforme de soumission du Congrès Com\'Pub 2027.'),
     frm=("Congrès Com'Pub 2027", "soumissions@compub-congres.example"),
     subject="Décision concernant votre proposition #118",
     body="""Bonjour Sam Taylor,

Le comité scientifique a examiné votre proposition d'intervention n° 118 « Mesurer l'engagement au-delà du clic ».

Nous sommes au regret de vous informer que votre proposition n'a pas été retenue pour le programme 2027. Le taux d'acceptation cette année était de 22 %.

Nous espérons vous compter parmi les participants les 17 et 18 mars à Lille.

Le comité d'organisation"""),

# ---------------------------------------------------------------- others, personal
dict(slug="colleague-paris-refus-stagiaire", lang="fr", label="other", style="personal", cat="owner-hiring",
     tags="FR; Calder Street Media Paris colleague; Sam is hiring; candidates declined",
     frm=("Léa Fontaine", "lea.fontaine@example.org"),
     subject="Stage communication – refus envoyés",
     body="""Salut Sam,

Pour le stage communication : j'ai envoyé les refus aux 14 candidats qu'on n'a pas retenus après la présélection. Reste à trancher entre Mathis et Chloé pour le second entretien – tu peux me dire d'ici jeudi ?

Bises,
Léa

Léa Fontaine | Office Manager Paris | Calder Street Media"""),

dict(slug="sam-envoi-refus-candidat", lang="fr", label="other", style="personal", cat="owner-sent",
     tags="FR; Sam's own sent rejection to a candidate; rejection wording with Sam as sender",
     frm=("Sam Taylor", "sam.taylor@example.org"), to=("Mathis Roux", "mathis.roux@mailbox.example"),
     subject="Votre candidature – stage communication",
     body="""Bonjour Mathis,

Merci beaucoup pour votre candidature et pour l'entretien de la semaine dernière.

Après réflexion, nous avons décidé de poursuivre avec une autre candidate pour le stage communication. Ce n'était pas un choix facile, et je vous encourage vivement à postuler de nouveau chez Calder Street Media.

Bien cordialement,
Sam Taylor
Calder Street Media"""),

dict(slug="nomad-reponse-dernier-entretien", lang="fr", label="other", style="personal", cat="answer-to-owner-question",
     tags="FR; start-up; tu; answer to Sam's 'avez-vous retenu quelqu'un d'autre ?': final interview",
     frm=("Hugo Lefèvre", "hugo@nomadbikes.example"), in_reply_to="sam-nomad-question-ops",
     subject="Re: Ops Manager – avez-vous retenu quelqu'un ?",
     body="""Hello Sam,

Pas du tout, personne n'a été retenu ! On a juste pris du retard avec la levée de fonds. On aimerait te proposer un dernier entretien avec Clara (CEO) la semaine prochaine – mardi 15h ou mercredi 10h ?

Hugo""",
     quote="""Le lun. 30 nov. 2026 à 09:30, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Hugo,
> Sans nouvelles depuis notre échange sur le poste d'Ops Manager, je me demandais si vous aviez retenu quelqu'un d'autre ?
> Sam"""),

dict(slug="pivoine-reponse-remerciement", lang="fr", label="other", style="personal", cat="reply-to-owner-followup",
     tags="FR; agence; tu; reply to Sam's thank-you after a rejection; verdict only in the quote",
     frm=("Julie Caron", "julie@agence-pivoine.example"), in_reply_to="sam-pivoine-merci",
     subject="Re: Étude de cas – Chef de projet événementiel",
     body="""Merci à toi Sam, c'est super gentil ! Aucun souci, on garde le contact évidemment. Je t'ajoute sur LinkedIn.

Julie""",
     quote="""Le ven. 20 nov. 2026 à 17:48, Sam Taylor <sam.taylor@example.org> a écrit :
> Merci Julie pour ce retour rapide et honnête. Dommage, mais je comprends tout à fait !
> N'hésite pas à penser à moi pour de futurs projets.
>
> Le jeu. 19 nov. 2026, Julie Caron <julie@agence-pivoine.example> a écrit :
>> Mais on part finalement sur un profil plus senior, qui a déjà géré des salons."""),

dict(slug="erabliere-offre-quebec", lang="fr", label="other", style="personal", cat="offer",
     tags="QC; PME tech; vous; job offer with a 'malheureusement' about remote work",
     frm=("Mathieu Gagnon", "mgagnon@erabliere-tech.example"),
     subject="Offre d'emploi – Chef(fe) de projet marketing",
     body="""Bonjour Sam,

C'est avec grand plaisir que nous vous offrons le poste de Chef(fe) de projet marketing chez Érablière Technologies, à compter du 11 janvier 2027. Vous trouverez la lettre d'offre détaillée dans DocuSign.

Malheureusement, nous ne pouvons pas offrir le télétravail complet comme vous l'aviez demandé, mais nous proposons trois jours à la maison par semaine.

Au plaisir de vous compter dans l'équipe!

Mathieu Gagnon
Vice-président, Marketing
Érablière Technologies inc. | Sherbrooke | 819 555-0147"""),

dict(slug="agence-immo-dossier-location", lang="fr", label="other", style="personal", cat="non-job-rejection",
     tags="BE; rental application not retained; 'votre dossier n'a pas été retenu'",
     frm=("Olivier Lambert", "o.lambert@immo-sablon.example"),
     subject="Appartement rue de Flandre 42 – votre dossier",
     body="""Bonjour Sam Taylor,

Je vous remercie pour votre dossier de candidature pour l'appartement rue de Flandre 42 (2 chambres, 1 150 €/mois).

Le propriétaire a retenu un autre dossier. Je suis désolé de ne pas avoir de meilleure nouvelle ; je vous tiens au courant si un bien similaire se libère dans le quartier.

Cordialement,
Olivier Lambert
Immo Sablon – Agent immobilier agréé IPI
0496 55 21 70"""),

dict(slug="ondine-processus-en-pause-reste-active", lang="fr", label="other", style="personal", cat="status-update",
     tags="FR; PME cosmétique; vous; process paused two weeks; candidacy explicitly still active",
     frm=("Élodie Bernard", "elodie.bernard@ondine-cosmetiques.example"),
     subject="Point d'étape – Chef de produit communication",
     body="""Bonjour Sam,

Je voulais vous tenir informé(e) : le processus pour le poste de Chef de produit communication est mis en pause pendant deux semaines en raison de notre clôture budgétaire.

Votre candidature reste bien active et vous faites toujours partie des finalistes. Nous reviendrons vers vous au plus tard le 15 décembre pour organiser l'entretien final.

Merci pour votre patience,
Élodie Bernard
Responsable RH – Ondine Cosmétiques, Grasse
04 55 55 63 20"""),

dict(slug="amie-transfert-son-refus", lang="fr", label="other", style="personal", cat="forwarded",
     tags="FR; friend forwards her own rejection; rejection about someone else",
     frm=("Camille Roussel", "camille.roussel@mailbox.example"),
     subject="TR: Votre candidature chez Groupe Verannes",
     body="""Coucou Sam,

Regarde ce que je viens de recevoir… ils m'ont refusée en 48 h pour le poste de Chef de projet CRM 😩 Tu avais eu la même chose chez eux, non ? Un verre ce soir pour se remonter le moral ?

Camille

---------- Forwarded message ---------
De : Groupe Verannes – Recrutement <verannes@myworkday.com>
Date : lun. 23 nov. 2026 à 11:02
Objet : Votre candidature chez Groupe Verannes
À : <camille.roussel@mailbox.example>

Bonjour Camille Roussel,
Nous vous remercions de l'intérêt porté au Groupe Verannes. Nous sommes au regret de vous informer que votre candidature au poste de Chef de projet CRM (H/F) n'a pas été retenue.
L'équipe Talent Acquisition"""),
]

for _m in MESSAGES:
    _m.setdefault("tz", 1)
