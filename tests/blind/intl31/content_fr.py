"""French-language messages (FR, BE, LU, CH, QC): 16 rejections, 16 hard negatives."""

BULK = {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

REJ = [
# ---------------------------------------------------------------- ATS-style rejections
dict(slug="fr-wttj-orfeo-mise-a-jour", cat="job-board-relay", country="FR", style="ats", vendor="wttj",
     brand="Welcome to the Jungle", frm="Welcome to the Jungle <notifications@welcometothejungle.example>", headers=BULK,
     subject="Orféo a mis à jour votre candidature",
     text="""Bonjour Sam,

Orféo a mis à jour le statut de votre candidature au poste de Product Marketing Manager (H/F).

Message de l'équipe recrutement :

« Bonjour Sam, merci pour l'intérêt que vous portez à Orféo et pour le temps consacré à votre candidature. Après étude de votre profil, l'équipe a décidé de ne pas donner suite. Nous vous souhaitons une belle réussite dans vos projets. L'équipe Orféo »

[[Voir ma candidature]]
[[Découvrir d'autres offres qui vous correspondent]]""",
     exp=("", "", "Orféo", "Product Marketing Manager (H/F)"),
     notes="wttj relay; employer message quoted; bulk headers"),

dict(slug="fr-hellowork-non-retenue", cat="status-portal", country="FR", style="ats", vendor="hellowork",
     brand="HelloWork", frm="HelloWork <candidature@hellowork.example>", headers=BULK, h2t=True,
     subject="Votre candidature : Chargé(e) de communication digitale",
     text="""Bonjour Sam,

Le recruteur a consulté votre candidature.

{table}

Ne vous découragez pas : 1 247 nouvelles offres correspondent à votre recherche cette semaine.

[[Voir les offres]]   [[Suivre mes candidatures]]""",
     table=[("Poste", "Chargé(e) de communication digitale"), ("Entreprise", "Groupe Vallaure"),
            ("Lieu", "Nantes (44)"), ("Statut", "Candidature non retenue")],
     exp=("", "", "Groupe Vallaure", "Chargé(e) de communication digitale"),
     notes="status value only; html2text plain; bulk headers"),

dict(slug="fr-apec-reponse-recruteur", cat="job-board-relay", country="FR", style="ats", vendor="apec",
     brand="Apec", frm="Apec <ne-pas-repondre@apec.example>", headers=BULK,
     subject="Réponse du recruteur à votre candidature – Responsable marketing B2B",
     text="""Bonjour Sam Taylor,

Le recruteur Ferronnerie Delacourt SAS a répondu à votre candidature pour l'offre « Responsable marketing B2B » (réf. 178542QWX).

Réponse : le recruteur a choisi de poursuivre le processus avec d'autres profils.

Pour booster vos prochaines candidatures, un consultant Apec peut vous accompagner gratuitement : [[Prendre rendez-vous]]

L'équipe Apec""",
     exp=("", "", "Ferronnerie Delacourt SAS", "Responsable marketing B2B"),
     notes="apec relay; verdict as 'continue with other profiles'"),

dict(slug="fr-linkedin-message-quebec", cat="platform-message", country="QC", style="ats", vendor="linkedin",
     brand="LinkedIn", frm="Maxime Gagnon via LinkedIn <messages-noreply@linkedin.example>", headers=BULK, h2t=True,
     subject="Maxime vous a envoyé un message",
     text="""Maxime Gagnon
Directeur marketing chez Boréal Numérique

Salut Sam! Merci encore d'être venu·e nous rencontrer jeudi, toute l'équipe a vraiment aimé jaser avec toi. On a pris le temps d'y penser comme il faut et on a décidé d'aller de l'avant avec une autre candidature pour le poste de gestionnaire de communauté. C'était serré, honnêtement. Si jamais un autre poste s'ouvre chez Boréal Numérique, je vais penser à toi en premier. Bonne chance dans tes recherches!

[[Répondre]]   [[Voir la conversation]]

Vous recevez des notifications de messages. [[Se désabonner]]""",
     exp=("", "Maxime", "Boréal Numérique", "gestionnaire de communauté"),
     notes="linkedin message notification; québec casual tutoiement; html2text plain; reply only via platform"),

dict(slug="fr-workday-quebec-bilingue", cat="bilingual", country="QC", style="ats", vendor="workday",
     brand="Hydro-Laurentides", frm="Hydro-Laurentides <hydrolaurentides@myworkday.example>", headers=AUTO,
     footer=["Ce message a été généré automatiquement. / This message was generated automatically. Please do not reply.",
             "Portail des candidats / Candidate portal : {unsub} · Confidentialité / Privacy : {privacy}"],
     subject="Votre candidature – Conseiller(ère) principal(e), marketing / Your application",
     text="""(English follows)

Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez à Hydro-Laurentides et au poste de Conseiller(ère) principal(e), marketing (R-2026-3381).

Nous avons reçu un grand nombre de candidatures de grande qualité. Après analyse, nous vous informons que nous ne retiendrons pas votre candidature pour la suite du processus. Votre profil demeure dans notre banque de candidatures et vous pouvez postuler à toute autre offre.

L'équipe Acquisition de talents

---

Hello Sam,

Thank you for your interest in Hydro-Laurentides and the Senior Advisor, Marketing position. After careful review, we will not be moving forward with your application.

Talent Acquisition Team

Hydro-Laurentides souscrit au principe d'équité en matière d'emploi. / Hydro-Laurentides is an equal opportunity employer.""",
     exp=("", "", "Hydro-Laurentides", "Conseiller(ère) principal(e), marketing"),
     notes="québec; French then English; Workday"),

dict(slug="fr-successfactors-luxembourg-pdf", cat="html-only-pdf", country="LU", style="ats", vendor="successfactors",
     brand="Banque Moselle Luxembourg", frm="Banque Moselle Luxembourg <careers@successfactors.example>",
     headers=AUTO, html_only=True,
     footer=["Ceci est un e-mail généré automatiquement. / Dies ist eine automatisch generierte E-Mail.",
             "Banque Moselle Luxembourg S.A. · R.C.S. Luxembourg B 12.345 · Protection des données : {privacy}"],
     subject="Votre candidature – réf. BML-0926",
     text="""Madame, Monsieur,

Nous faisons suite à votre candidature pour le poste de Marketing & Communication Officer (réf. BML-0926). Veuillez trouver ci-joint notre courrier de réponse au format PDF.

Nous sommes au regret de ne pouvoir y donner une suite favorable.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Human Resources
Banque Moselle Luxembourg

Unsere Antwort erhalten Sie auf Wunsch auch auf Deutsch. / Our reply is available in English on request.""",
     attach=[("Reponse_candidature_BML-0926.pdf", "application/pdf", PDF)],
     exp=("", "", "Banque Moselle Luxembourg", "Marketing & Communication Officer"),
     notes="luxembourg; HTML-only; PDF letter attached; trilingual lines"),

dict(slug="fr-selection-bruxelles-seuil", cat="after-assessment", country="BE", style="ats", vendor="plain_org",
     brand="Région de Bruxelles-Capitale – talent.brussels", frm="talent.brussels <noreply@talent-brussels.example>",
     headers=AUTO, h2t=True,
     footer=["Région de Bruxelles-Capitale · Mont des Arts 10-13 · 1000 Bruxelles",
             "Ce message est envoyé automatiquement. Dit bericht wordt automatisch verzonden. Vie privée / Privacy : {privacy}"],
     subject="Résultat de votre épreuve de sélection – Attaché communication (AFB26042)",
     text="""Madame, Monsieur,

Vous avez participé le 21 octobre 2026 à l'épreuve écrite de la sélection Attaché communication (AFB26042) organisée pour Bruxelles Environnement.

Nous avons le regret de vous informer que vous n'avez pas atteint le seuil de réussite requis (12/20). Votre résultat : 10,5/20. Vous ne pouvez dès lors plus participer à la suite de cette procédure de sélection.

Vous pouvez demander à consulter votre copie dans un délai de 30 jours via [[Mon compte]].

Le service Sélection""",
     exp=("", "", "Bruxelles Environnement", "Attaché communication"),
     notes="belgian public selection; failed threshold; Dutch line in footer"),

dict(slug="fr-teamtailor-geneve-vivier", cat="keep-on-file", country="CH", style="ats", vendor="teamtailor",
     brand="Maison Léman", frm="Maison Léman <carrieres@teamtailor.example>", headers=AUTO,
     subject="Maison Léman – votre candidature",
     text="""Bonjour Sam,

Merci beaucoup d'avoir pris le temps de postuler chez Maison Léman et de nous avoir présenté votre parcours.

Votre candidature pour le poste de Brand Manager Horlogerie a retenu toute notre attention. Nous avons toutefois décidé de poursuivre le processus avec d'autres candidat·e·s dont l'expérience correspond plus étroitement aux besoins actuels de l'équipe.

Souhaitez-vous que nous conservions votre profil dans notre vivier de talents pour de futures opportunités ? Si oui, il vous suffit de cliquer ci-dessous. Sans réponse de votre part, vos données seront supprimées dans 30 jours.

Belle journée,
L'équipe Talent de Maison Léman""",
     button="Oui, conservez mon profil",
     about="Maison Léman – horlogerie indépendante depuis 1887, Genève. Nous valorisons la diversité sous toutes ses formes.",
     exp=("", "", "Maison Léman", "Brand Manager Horlogerie"),
     notes="swiss; talent-pool consent after verdict; inclusive writing"),

# ---------------------------------------------------------------- personal rejections
dict(slug="fr-cabinet-retour-client", cat="headhunter", country="FR", style="personal",
     frm="Claire Dumont <claire.dumont@cabinet-arcane.example>",
     subject="Retour Maison Verdier",
     text="""Bonjour Sam,

J'ai eu ce matin le retour de notre client Maison Verdier suite à votre entretien avec la DRH et le directeur marketing.

Ils ont beaucoup apprécié votre approche data et votre aisance à l'oral. Malheureusement, ils ont retenu un autre profil pour le poste de Directeur·rice Marketing Retail, plus senior sur la distribution sélective et déjà en poste dans le secteur du luxe.

Je sais que vous y croyiez, et honnêtement moi aussi. Je garde votre dossier en tête pour les prochaines missions et vous appelle la semaine prochaine pour faire le point.

Bien à vous,

Claire Dumont
Consultante Senior – Cabinet Arcane
06 55 52 18 44 · 12 rue de la Paix, 75002 Paris""",
     exp=("claire.dumont@cabinet-arcane.example", "Claire", "Maison Verdier", "Directeur·rice Marketing Retail"),
     notes="cabinet de recrutement after client interview"),

dict(slug="fr-interim-mission-annulee", cat="role-cancelled", country="FR", style="personal",
     frm="Kevin Morel <kevin.morel@interplus-lyon.example>",
     subject="Mission Lumière Cosmétiques annulée",
     text="""Bonjour Sam,

Petit message rapide : le client Lumière Cosmétiques vient d'annuler la mission de Chef de produit marketing (remplacement congé maternité) que nous vous avions proposée – la salariée revient finalement plus tôt que prévu. Votre candidature ne peut donc pas aller plus loin sur ce poste, j'en suis désolé.

Je reste sur le coup pour vous trouver autre chose rapidement, j'ai deux pistes en cours.

Cordialement,
Kevin Morel
Chargé de recrutement – Interplus Intérim Lyon Part-Dieu
04 72 55 59 10""",
     exp=("kevin.morel@interplus-lyon.example", "Kevin", "Lumière Cosmétiques", "Chef de produit marketing"),
     notes="intérim; client cancelled the mission"),

dict(slug="fr-bruxelles-lettre-longue", cat="long-letter", country="BE", style="personal",
     frm="Isabelle Van den Broeck <isabelle.vandenbroeck@mutualite-solaris.example>",
     subject="Votre candidature – Responsable communication externe",
     text="""Bonjour Sam Taylor,

Je reviens vers vous au nom du comité de sélection de la Mutualité Solaris, que j'ai le plaisir de représenter, au sujet de votre candidature au poste de Responsable communication externe.

Permettez-moi tout d'abord de vous remercier pour la qualité de votre dossier et pour les deux entretiens, le premier en visioconférence, le second dans nos bureaux de Bruxelles, avec notre secrétaire générale. Le comité a particulièrement apprécié votre analyse de nos campagnes de prévention et vos propositions concernant la présence de la Mutualité sur les réseaux sociaux.

Après de longues délibérations, le comité a toutefois décidé de ne pas retenir votre candidature. Le choix s'est porté sur une personne parfaitement bilingue français-néerlandais, une exigence que nous avons renforcée en cours de procédure en raison de l'extension de nos activités en Flandre. Nous sommes conscients que ce critère n'était pas aussi explicite dans l'annonce initiale, et je tenais à vous en informer en toute transparence.

Je reste volontiers disponible pour un échange téléphonique si vous souhaitez un retour plus détaillé.

Avec mes salutations les meilleures,

Isabelle Van den Broeck
Directrice RH – Mutualité Solaris
Rue Royale 180, 1000 Bruxelles · +32 2 555 41 70

Disclaimer: dit bericht en eventuele bijlagen zijn vertrouwelijk. Ce message et ses annexes sont confidentiels.""",
     exp=("isabelle.vandenbroeck@mutualite-solaris.example", "Isabelle", "Mutualité Solaris", "Responsable communication externe"),
     notes="belgian; long letter; verdict in the middle; Dutch/French disclaimer"),

dict(slug="fr-court-pourvu-interne", cat="terse", country="FR", style="personal",
     frm="Léa Fontaine <lea@studio-kerbrat.example>",
     subject="Re: Relance – candidature Social Media Manager",
     parent=True, parent_domain="example.org", client_html=True,
     text="""Bonjour Sam, désolée pour le silence : le poste a été pourvu en interne. Bonne continuation !
Léa

Le lun. 16 nov. 2026 à 10:03, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Léa,
> Je me permets de revenir vers vous concernant ma candidature au poste de Social Media Manager chez Studio Kerbrat. Le processus avance-t-il ?
> Bien cordialement,
> Sam""",
     exp=("lea@studio-kerbrat.example", "Léa", "Studio Kerbrat", "Social Media Manager"),
     notes="very short reply above Gmail quote"),

dict(slug="fr-francetravail-conseillere-pourvu", cat="placement-agency", country="FR", style="personal",
     frm="Nadia Benali <nadia.benali@francetravail.example>",
     subject="Votre candidature à l'offre 184PLMK",
     text="""Bonjour Monsieur Taylor,

Je fais suite à la mise en relation du 2 novembre avec la Coopérative Laitière du Bocage pour le poste de Chef de projet marketing (H/F).

L'employeur m'a informée ce matin que le poste a été pourvu. Votre candidature ne pourra donc pas aboutir pour cette offre, je suis désolée.

Je vous propose que nous fassions le point lors de notre prochain entretien de suivi, le 8 décembre à 14h00 à l'agence de Vire. N'hésitez pas à me contacter d'ici là via votre espace personnel ou à cette adresse.

Cordialement,

Nadia Benali
Conseillère emploi – France Travail Vire Normandie""",
     exp=("nadia.benali@francetravail.example", "Nadia", "Coopérative Laitière du Bocage", "Chef de projet marketing (H/F)"),
     notes="public employment service adviser relays the employer's answer; 'Monsieur' assumed by the adviser"),

dict(slug="fr-chu-commission", cat="personal-after-interview", country="FR", style="personal",
     frm="Nathalie Perrin <nathalie.perrin@chu-garonne.example>",
     subject="Candidature - chargé(e) de communication interne",
     charset="iso-8859-1", cte="quoted-printable",
     text="""Madame, Monsieur,

Suite à votre entretien du 3 novembre devant la commission de recrutement, j'ai le regret de vous informer que votre candidature au poste de chargé(e) de communication interne n'a pas été retenue.

La commission a souligné la qualité de votre présentation mais a privilégié une candidature justifiant d'une expérience en établissement de santé.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Perrin
Attachée d'administration - Direction des ressources humaines
CHU Garonne - Site Purpan
Tél. : 05 61 55 77 20""",
     exp=("nathalie.perrin@chu-garonne.example", "Nathalie", "CHU Garonne", "chargé(e) de communication interne"),
     notes="hospital HR; formal; ISO-8859-1 quoted-printable"),

dict(slug="fr-mairie-poste-gele", cat="role-cancelled", country="FR", style="personal",
     frm="Thomas Lefebvre <t.lefebvre@ville-saint-arnoult.example>",
     subject="Recrutement directeur·rice de la communication – suspension",
     text="""Bonjour,

Je vous informe que la procédure de recrutement pour le poste de directeur·rice de la communication de la Ville de Saint-Arnoult, pour lequel vous aviez été reçu·e en entretien, est suspendue sine die. Suite aux arbitrages budgétaires du conseil municipal, le poste est gelé et ne sera pas pourvu en 2027.

Votre candidature est donc close. Nous vous remercions sincèrement pour votre investissement et regrettons ce contretemps indépendant de votre profil.

Cordialement,

Thomas Lefebvre
Responsable emploi et compétences – Direction des ressources humaines
Ville de Saint-Arnoult · Hôtel de Ville, place de la République
01 30 55 20 64""",
     exp=("t.lefebvre@ville-saint-arnoult.example", "Thomas", "Ville de Saint-Arnoult", "directeur·rice de la communication"),
     notes="collectivité; post frozen after budget vote; greeting names nobody"),

dict(slug="fr-transfert-retour-manager", cat="forwarded-by-recruiter", country="FR", style="personal",
     frm="Sophie Marchand <sophie.marchand@kinetik-saas.example>",
     subject="TR: Débrief Sam Taylor – Growth Manager",
     text="""Bonjour Sam,

Comme promis, je vous transfère le débrief de Julien après votre étude de cas, en toute transparence. Nous n'allons malheureusement pas poursuivre avec vous pour le poste de Growth Manager ; les points ci-dessous résument pourquoi.

N'hésitez pas si vous voulez en parler, je suis joignable au 06 55 31 08 77.

Sophie Marchand
Talent Acquisition – Kinetik

-------- Message transféré --------
De : Julien Roux <julien.roux@kinetik-saas.example>
Date : 18 novembre 2026 à 17:45
Objet : Débrief Sam Taylor – Growth Manager
À : Sophie Marchand <sophie.marchand@kinetik-saas.example>

Hello Sophie,
Bonne présentation, structurée. Par contre peu d'expérience en acquisition payante à grande échelle et pas de PLG. Je ne vois pas Sam en autonomie sur le poste. Pour moi c'est non.
Julien""",
     exp=("sophie.marchand@kinetik-saas.example", "Sophie", "Kinetik", "Growth Manager"),
     notes="recruiter forwards hiring manager's internal note; her own verdict on top"),
]

OTH = [
# ---------------------------------------------------------------- ATS-style hard negatives
dict(slug="fr-smartrecruiters-accuse-reserve", cat="ack-received", country="FR", style="ats", vendor="smartrecruiters",
     brand="Groupe Hexagone Assurances", frm="Groupe Hexagone Assurances <noreply@smartrecruiters.example>", headers=AUTO,
     subject="Accusé de réception de votre candidature",
     text="""Bonjour Sam,

Nous accusons bonne réception de votre candidature au poste de Responsable Marketing Digital et vous remercions de l'intérêt porté à notre groupe.

Votre dossier va être étudié avec attention par nos équipes. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
La Direction des Ressources Humaines""",
     notes="acknowledgement with the classic 'no answer in 4 weeks means not retained' hedge"),

dict(slug="fr-recruitee-convocation", cat="interview-invite", country="BE", style="ats", vendor="recruitee",
     brand="Brasserie des Fagnes", frm="Brasserie des Fagnes <jobs@mail.recruitee.example>", headers=AUTO,
     subject="Convocation à un entretien – Brand Manager",
     text="""Bonjour Sam,

Bonne nouvelle : votre candidature au poste de Brand Manager a été retenue pour la prochaine étape !

Malheureusement, les créneaux du mardi ne sont plus disponibles. Nous vous invitons donc à choisir un créneau le jeudi 3 ou le vendredi 4 décembre pour un entretien d'une heure dans nos bureaux de Namur :

[[Choisir mon créneau]]

À très bientôt,
Pauline, pour l'équipe de la Brasserie des Fagnes""",
     notes="interview invitation; 'retenue' positive; 'malheureusement' about slots"),

dict(slug="fr-workable-test-en-ligne", cat="assessment-invite", country="FR", style="ats", vendor="workable",
     brand="Nuage Bleu", frm="Nuage Bleu <noreply@workablemail.example>", headers=AUTO,
     subject="Étape suivante : test en ligne – Content Marketing Lead",
     text="""Bonjour Sam,

Merci pour votre candidature au poste de Content Marketing Lead chez Nuage Bleu. Nous souhaitons poursuivre avec vous !

La prochaine étape est un test en ligne (rédaction et analyse, 45 minutes) à compléter avant le 30 novembre :

[[Commencer le test]]

Attention : les candidatures dont le test n'est pas complété dans les délais ne pourront malheureusement pas être retenues.

L'équipe Nuage Bleu""",
     notes="online test invitation; conditional 'ne pourront pas être retenues'"),

dict(slug="fr-refus-credit", cat="non-job-rejection", country="FR", style="ats", vendor="bank",
     brand="Crédit Azur en ligne", frm="Crédit Azur en ligne <ne-pas-repondre@creditazur.example>", headers=AUTO,
     footer=["Merci de ne pas répondre à cet e-mail.", "Crédit Azur en ligne · ORIAS 07 000 000 · Données personnelles : {privacy}"],
     subject="Votre demande de prêt personnel n° 7712-0934",
     text="""Madame, Monsieur,

Nous avons bien étudié votre demande de prêt personnel d'un montant de 12 000 €.

Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Cette décision repose sur l'analyse de votre dossier, notamment de votre taux d'endettement.

Conformément à la réglementation, vous pouvez obtenir des explications sur cette décision en contactant notre service clients.

Nous vous prions d'agréer nos salutations distinguées.
Le service Crédit""",
     notes="loan refused; same formulas as job rejections"),

dict(slug="fr-refus-logement", cat="non-job-rejection", country="FR", style="ats", vendor="plain_org",
     brand="Habitat Loire Océan", frm="Habitat Loire Océan <attribution@habitat-loire.example>", headers=AUTO,
     subject="Décision de la commission d'attribution – votre candidature",
     text="""Madame, Monsieur,

La commission d'attribution des logements s'est réunie le 19 novembre 2026 et a examiné votre candidature pour le logement T3 situé 14 allée des Tilleuls à Saint-Herblain.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue, le logement ayant été attribué à un autre demandeur classé prioritaire.

Votre demande de logement social reste active et sera à nouveau examinée lors des prochaines commissions.

Le service Attribution""",
     notes="social-housing application refused: 'votre candidature n'a pas été retenue'"),

dict(slug="fr-refus-subvention", cat="non-job-rejection", country="QC", style="ats", vendor="plain_org",
     brand="Fonds culturel de la Capitale-Nationale", frm="Fonds culturel de la Capitale-Nationale <programmes@fonds-culturel.example>",
     headers=AUTO, h2t=True,
     subject="Résultat de votre demande – Programme Rayonnement numérique",
     text="""Bonjour Sam Taylor,

Nous vous remercions d'avoir déposé une demande de subvention dans le cadre du programme Rayonnement numérique pour le projet « Balados de quartier ».

Le comité d'évaluation a analysé 212 demandes pour une enveloppe limitée. Nous sommes au regret de vous informer que votre projet n'a pas été retenu pour ce cycle de financement.

Vous pouvez demander une rétroaction écrite d'ici le 15 janvier via votre [[dossier en ligne]].

L'équipe des programmes""",
     notes="grant refused; québec"),

dict(slug="fr-indeed-offres-similaires", cat="job-alert", country="FR", style="ats", vendor="indeed",
     brand="Indeed", frm="Indeed <alert@indeed.example>", headers=BULK, h2t=True,
     subject="Nouvelles offres similaires à vos candidatures",
     text="""Bonjour Sam,

D'après les postes auxquels vous avez postulé récemment, voici des offres qui pourraient vous intéresser :

- [[Responsable communication (H/F)]] – Ville de Montreuil – Montreuil (93)
- [[Product Marketing Manager]] – Quantix – Paris 10e
- [[Chargé de marketing CRM]] – Biocoop Rive Gauche – Bordeaux (33)

Pas encore de réponse ? [[5 conseils pour relancer un recruteur après un refus ou un silence]]

L'équipe Indeed""",
     notes="job alert; advice link mentions 'refus'"),

dict(slug="fr-lever-transfert-poste", cat="requisition-transfer", country="FR", style="ats", vendor="lever",
     brand="Papeterie Numérique", frm="Papeterie Numérique <no-reply@hire.lever.example>", headers=AUTO,
     subject="Votre candidature a été transférée",
     text="""Bonjour Sam,

Nous avons clôturé l'offre Responsable marketing produit – Paris, que nous avons finalement décidé de rattacher à notre bureau de Lyon.

Votre candidature n'est pas close pour autant : elle a été transférée vers le poste Responsable marketing produit – Lyon (télétravail 3 jours par semaine possible). Votre interlocutrice reste Amandine, qui vous proposera un entretien dans les prochains jours.

Si vous ne souhaitez pas être considéré·e pour ce poste, il vous suffit de nous le signaler.

L'équipe Talent de Papeterie Numérique""",
     notes="requisition closed but application transferred; still in process"),

# ---------------------------------------------------------------- personal hard negatives
dict(slug="fr-report-entretien", cat="reschedule", country="LU", style="personal",
     frm="Marc Weber <marc.weber@lux-fibre.example>",
     subject="Report de notre entretien de jeudi",
     text="""Bonjour Sam,

Je dois malheureusement décaler notre entretien de jeudi : notre directeur général est retenu à Francfort. Je suis désolé pour ce contretemps de dernière minute.

Votre candidature au poste de Head of Marketing reste évidemment en cours, et nous tenons à vous rencontrer. Seriez-vous disponible le mardi 8 décembre à 10 h ou le mercredi 9 à 15 h, toujours à Luxembourg-Kirchberg ?

Bien à vous,
Marc Weber
HR Manager · Lux Fibre S.A. · +352 55 44 12 30""",
     notes="interview postponed; candidacy explicitly still active"),

dict(slug="fr-sam-envoie-refus-candidat", cat="owner-sent", country="FR", style="personal",
     frm="Sam Taylor <sam.taylor@example.org>", to="Camille Bernard <camille.bernard@mail.example>",
     subject="Votre candidature – Chargé·e d'études Audience",
     text="""Bonjour Camille,

Merci pour votre candidature et pour l'entretien de mardi au poste de Chargé·e d'études Audience chez Calder Street Media.

Après réflexion, nous avons décidé de ne pas donner suite : nous recherchons un profil plus expérimenté en panels TV. Votre analyse du cas était pourtant très claire et je ne doute pas que vous trouverez rapidement.

Bien cordialement,
Sam Taylor
Head of Insights – Calder Street Media""",
     notes="Sam's own sent rejection to a candidate"),

dict(slug="fr-reponse-question-deuxieme-entretien", cat="answer-to-owner-question", country="CH", style="personal",
     frm="Aurélie Rochat <aurelie.rochat@chocolats-jura.example>",
     subject="RE: Avez-vous retenu un autre candidat ?",
     parent=True, parent_domain="example.org",
     text="""Bonjour Sam,

Pas du tout ! Désolée pour ce long silence, nous étions en plein inventaire. Nous souhaitons justement vous rencontrer pour un deuxième entretien pour le poste de Responsable Trade Marketing, avec notre directeur commercial. Seriez-vous disponible la semaine prochaine à Neuchâtel ?

Meilleures salutations
Aurélie Rochat
RH – Chocolats du Jura SA

De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 23 novembre 2026 09:14
À : Aurélie Rochat
Objet : Avez-vous retenu un autre candidat ?

Bonjour Madame Rochat,
Sans nouvelles depuis notre échange, je me permets de vous demander si vous avez retenu un autre candidat pour le poste.
Cordialement, Sam Taylor""",
     notes="answer to Sam's question: second interview"),

dict(slug="fr-reponse-remerciement", cat="reply-to-owner-followup", country="BE", style="personal",
     frm="Charlotte Dubois <charlotte.dubois@atelier-sablon.example>",
     subject="Re: Merci pour votre retour",
     parent=True, parent_domain="example.org", parent_depth=2,
     text="""Bonjour Sam,

Aucun souci, et merci à vous pour ce très joli message ! Ravie de garder le contact ; je vous ajoute sur LinkedIn et je penserai à vous dès qu'un poste s'ouvre.

Belle fin de semaine,
Charlotte

> Bonjour Charlotte,
> Merci beaucoup pour votre retour, même s'il n'est pas celui que j'espérais. N'hésitez pas à penser à moi pour de futures opportunités.
> Sam
>
>> Nous avons le regret de vous informer que nous avons retenu une autre candidature pour le poste de Chargée de marque.""",
     notes="reply to Sam's thank-you; rejection only in the quote"),

dict(slug="fr-refus-intervention-conference", cat="non-job-rejection", country="FR", style="personal",
     frm="Hugo Lambert <hugo@marketing-days-lyon.example>",
     subject="Votre proposition d'intervention – Marketing Days Lyon 2027",
     text="""Bonjour Sam,

Merci d'avoir soumis votre proposition « Mesurer l'attention : au-delà du clic » pour les Marketing Days Lyon 2027.

Nous avons reçu plus de 300 propositions pour 40 créneaux. Malgré la qualité de votre sujet, le comité de programme ne l'a malheureusement pas retenu cette année. Nous serions ravis de vous offrir une entrée pour l'événement, et de vous voir candidater à nouveau l'an prochain.

À bientôt,
Hugo Lambert
Programme – Marketing Days Lyon""",
     notes="conference talk proposal not retained"),

dict(slug="fr-proposition-embauche", cat="offer", country="BE", style="personal",
     frm="Jérôme Peeters <jerome.peeters@meuse-logistique.example>",
     subject="Proposition d'embauche – Marketing Manager",
     attach=[("Proposition_Sam_Taylor.pdf", "application/pdf", PDF)],
     text="""Bonjour Sam,

Je suis très heureux de vous confirmer que nous souhaitons vous proposer le poste de Marketing Manager au sein de Meuse Logistique. Malgré un processus un peu long, et je m'en excuse, votre candidature a fait l'unanimité.

Vous trouverez en pièce jointe notre proposition détaillée (rémunération, voiture de société, chèques-repas). Nous aurions besoin de votre réponse d'ici le 4 décembre.

Bien cordialement,
Jérôme Peeters
CEO – Meuse Logistique SRL · Liège · +32 4 555 33 12""",
     notes="offer with PDF attached"),

dict(slug="fr-interim-proposition-mission", cat="recruiter-outreach", country="FR", style="personal",
     frm="Samia Haddad <samia.haddad@randstadt-interim.example>",
     subject="Proposition de mission – Chargé de communication (6 mois)",
     text="""Bonjour Sam,

Je me permets de vous contacter car votre profil sur notre plateforme correspond à une mission que je dois pourvoir rapidement : chargé(e) de communication pour un groupe industriel à Villeurbanne, 6 mois, démarrage début janvier.

Je sais que vous aviez refusé la mission précédente pour des raisons de distance – celle-ci est à 10 minutes du métro.

Pas de souci si ce n'est pas le bon moment, dites-le-moi simplement.

Samia Haddad
Consultante – agence intérim Lyon Est
04 78 55 62 30""",
     notes="intérim pitch; mentions Sam refusing an earlier mission"),

dict(slug="fr-processus-suspendu-candidature-active", cat="status-update", country="QC", style="personal",
     frm="Geneviève Tremblay <genevieve.tremblay@caisse-fleuve.example>",
     subject="Mise à jour – processus Directeur(trice) marketing",
     text="""Bonjour Sam,

Je voulais te donner des nouvelles, par souci de transparence. Le processus pour le poste de Directeur(trice) marketing est en pause pour environ trois semaines, le temps que notre nouvelle présidente entre en fonction.

Le poste n'est pas annulé et ta candidature reste bien active : tu fais partie des deux personnes finalistes. On n'a encore rien décidé, et on reviendra vers toi dès la mi-décembre.

Merci pour ta patience!
Geneviève Tremblay
Conseillère principale, acquisition de talents
Caisse Fleuve · 418 555-0199""",
     notes="process paused but explicitly not cancelled; still finalist"),
]

MESSAGES = [dict(m, label="rejection", lang="fr") for m in REJ] + [dict(m, label="other", lang="fr") for m in OTH]
assert len(REJ) == 16 and len(OTH) == 16, (len(REJ), len(OTH))

# Days pinned where the text (a quoted mail, a deadline, an interview date) fixes when the mail was sent.
DAYS = {"fr-court-pourvu-interne": "2026-11-18", "fr-transfert-retour-manager": "2026-11-19",
        "fr-reponse-question-deuxieme-entretien": "2026-11-24", "fr-workable-test-en-ligne": "2026-11-21",
        "fr-recruitee-convocation": "2026-11-25", "fr-report-entretien": "2026-11-30",
        "fr-proposition-embauche": "2026-11-26", "fr-refus-logement": "2026-11-23", "fr-chu-commission": "2026-11-12",
        "fr-francetravail-conseillere-pourvu": "2026-11-20", "fr-selection-bruxelles-seuil": "2026-11-16",
        "fr-processus-suspendu-candidature-active": "2026-11-27", "fr-refus-subvention": "2026-12-01"}
for _m in MESSAGES:
    if _m["slug"] in DAYS:
        _m["day"] = DAYS[_m["slug"]]
