"""French messages (FR, BE, LU, CH, QC): 16 rejections, 16 hard negatives, half ATS-style, half personal."""


def M(**kw):
    kw.setdefault("lang", "fr")
    kw.setdefault("country", "FR")
    return kw


NOREPLY_HDR = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK_HDR = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
            "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
M(slug="fr-verlaine-talentsoft-non-retenue", label="rejection", cat="ats-automated", style="ats", vendor="talentsoft",
  frm="Groupe Verlaine Assurances <recrutement-noreply@verlaine.talent-soft.com>", brand="Groupe Verlaine Assurances",
  subject="Votre candidature – Responsable Marketing Digital H/F (réf. 2026-3381)", headers=NOREPLY_HDR, html2text=True,
  text="""Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous portez au Groupe Verlaine Assurances et de votre candidature au poste de Responsable Marketing Digital H/F.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons néanmoins vos coordonnées dans notre base de données pendant une durée de deux ans, afin de pouvoir vous contacter si une opportunité correspondant à votre profil se présentait. Vous pouvez à tout moment demander la suppression de vos données depuis votre [[espace candidat]].

Nous vous souhaitons une pleine réussite dans vos recherches.

Bien cordialement,

La Direction des Ressources Humaines
Groupe Verlaine Assurances""",
  about="Groupe Verlaine Assurances – 6 200 collaborateurs, 2,4 millions de clients. Entreprise handi-accueillante, nous étudions à compétences égales toutes les candidatures, dont celles des personnes en situation de handicap.",
  exp=("", "", "Groupe Verlaine Assurances", "Responsable Marketing Digital H/F"),
  notes="talentsoft; most ordinary formula; html2text plain part; data retention"),

M(slug="fr-papillote-wttj-tu", label="rejection", cat="ats-automated", style="ats", vendor="wttj",
  frm="Papillote via Welcome to the Jungle <notifications@welcometothejungle.com>", reply_to="Clémence Faure <clemence@papillote.example>",
  brand="Papillote", headers=NOREPLY_HDR,
  subject="Ta candidature chez Papillote",
  text="""Hello Sam,

Merci pour ta candidature au poste de Head of Growth chez Papillote et pour le temps que tu nous as consacré !

On a reçu beaucoup de profils très intéressants et, après réflexion, on a décidé de ne pas donner suite à ta candidature. On recherche quelqu'un avec une expérience plus marquée en acquisition mobile (app stores, ASO), ce qui n'est pas encore assez présent dans ton parcours.

On te souhaite le meilleur pour la suite, et n'hésite pas à garder un œil sur nos offres !

Clémence, Talent Acquisition @ Papillote""",
  exp=("clemence@papillote.example", "Clémence", "Papillote", "Head of Growth"),
  notes="welcome to the jungle; start-up tutoiement; 'ne pas donner suite'; Reply-To recruiter"),

M(slug="fr-hellowork-decline", label="rejection", cat="job-board-relay", style="ats", vendor="hellowork",
  frm="HelloWork <candidatures@hellowork.example>", brand="HelloWork", headers=BULK_HDR, html2text=True,
  subject="Réponse à votre candidature : Chargé(e) de communication H/F",
  text="""Bonjour Sam,

Le recruteur a répondu à votre candidature.

Chargé(e) de communication H/F
Ardoises de Bretagne SAS – Rennes (35)

Malheureusement, votre candidature n'a pas été retenue pour ce poste.

Ne vous découragez pas ! Voici des offres qui pourraient vous intéresser :

- Chargé de communication interne H/F – Mutuelle Armor, Saint-Brieuc
- Responsable communication H/F – Ville de Vitré, Vitré
- Chef de projet marketing H/F – Biscuiterie Le Guen, Quimper

[[Voir toutes les offres]]

L'équipe HelloWork""",
  exp=("", "", "Ardoises de Bretagne SAS", "Chargé(e) de communication H/F"),
  notes="hellowork relay; bulk headers; job list under a one-line verdict"),

M(slug="fr-apec-statut-non-retenue", day="2026-10-15", label="rejection", cat="status-portal", style="ats", vendor="apec",
  frm="Apec <ne-pas-repondre@apec.example>", brand="Apec", headers=BULK_HDR, button="Suivre mes candidatures",
  table=[("Offre", "Chef de produit marketing senior H/F"), ("Entreprise", "Laboratoires Castelnau"),
         ("Référence", "173204558W"), ("Date de candidature", "28/09/2026"), ("Statut", "Non retenue")],
  subject="Le statut de votre candidature a évolué",
  text="""Bonjour Sam Taylor,

Le recruteur a mis à jour le statut de votre candidature.

{table}

Retrouvez le suivi de toutes vos candidatures dans votre espace Apec. Besoin d'un coup de pouce ? Nos consultants vous accompagnent gratuitement dans votre recherche.

L'équipe Apec""",
  exp=("", "", "Laboratoires Castelnau", "Chef de produit marketing senior H/F"),
  notes="apec portal notice; verdict only in status cell"),

M(slug="fr-qc-caisse-boreale-taleo", label="rejection", cat="ats-automated", style="ats", vendor="taleo",
  country="QC", frm="Caisse Boréale – Acquisition de talents <emplois@caisseboreale.taleo.net>", brand="Caisse Boréale",
  subject="Caisse Boréale – Suivi de votre candidature / Application follow-up", headers=NOREPLY_HDR,
  text="""Bonjour Sam Taylor,

Nous vous remercions de l'intérêt manifesté pour le poste de Conseiller(ère) principal(e), marketing relationnel (affichage 26-0912).

Nous avons reçu un grand nombre de candidatures de qualité. Après analyse, nous avons retenu des candidatures dont le profil correspond davantage aux exigences du poste. Nous ne pourrons donc pas donner suite à la vôtre pour cet affichage.

Nous vous invitons à consulter régulièrement notre site carrière et à postuler à nouveau.

L'équipe Acquisition de talents
Caisse Boréale

---

Hello Sam Taylor,

Thank you for your interest in the position of Senior Advisor, Relationship Marketing (posting 26-0912). After review, we have selected candidates whose profiles more closely match the requirements of the position.

Talent Acquisition Team""",
  about="La Caisse Boréale souscrit au principe d'équité en emploi et invite les femmes, les Autochtones, les membres des minorités visibles et ethniques et les personnes handicapées à présenter leur candidature.",
  exp=("", "", "Caisse Boréale", "Conseiller(ère) principal(e), marketing relationnel"),
  notes="taleo; Québec; bilingual French/English; equity statement"),

M(slug="fr-lu-banque-moselle-pourvu", label="rejection", cat="keep-on-file", style="ats", vendor="successfactors",
  country="LU", frm="Banque Moselle Luxembourg <careers@bml.successfactors.eu>", brand="Banque Moselle Luxembourg",
  subject="Votre candidature : Marketing & Communication Officer (Réf. 4471)", headers=NOREPLY_HDR,
  button="Oui, je souhaite rester dans votre vivier",
  extra_footer=["Banque Moselle Luxembourg S.A. – 12, boulevard Royal, L-2449 Luxembourg – R.C.S. Luxembourg B 18 274. This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it."],
  text="""Bonjour Sam Taylor,

Nous vous remercions sincèrement pour votre candidature au poste de Marketing & Communication Officer et pour l'intérêt que vous portez à notre établissement.

Nous vous informons que le poste a été pourvu. Votre profil a toutefois retenu notre attention et nous aimerions, avec votre accord, conserver votre dossier dans notre vivier de talents pour une durée de 24 mois.

Sans action de votre part, vos données seront supprimées à l'issue d'un délai de 6 mois, conformément au Règlement général sur la protection des données (RGPD).

Avec nos meilleures salutations,

Talent Acquisition
Banque Moselle Luxembourg""",
  exp=("", "", "Banque Moselle Luxembourg", "Marketing & Communication Officer"),
  notes="successfactors; Luxembourg; 'le poste a été pourvu'; talent pool consent; English legal footer"),

M(slug="fr-be-teamtailor-nl-footer", label="rejection", cat="ats-automated", style="ats", vendor="teamtailor",
  country="BE", frm="Brasserie Lambrecht <no-reply@teamtailor.com>", brand="Brasserie Lambrecht",
  subject="Ta candidature chez Brasserie Lambrecht", headers=NOREPLY_HDR,
  extra_footer=["NL – Je ontvangt deze e-mail omdat je gesolliciteerd hebt bij Brasserie Lambrecht. Beheer je gegevens via ons kandidatenportaal."],
  text="""Salut Sam,

Merci d'avoir postulé pour le poste de Brand Manager Export chez Brasserie Lambrecht.

Nous avons pris le temps de bien lire ta candidature. Malheureusement, nous ne poursuivrons pas le processus avec toi : pour ce poste, nous avons besoin de quelqu'un qui parle couramment néerlandais et allemand au quotidien avec nos distributeurs.

Si tu as des questions, n'hésite pas à écrire à Élodie (elodie.maes@lambrecht-brewery.example).

Santé et à bientôt peut-être,
L'équipe Brasserie Lambrecht""",
  exp=("elodie.maes@lambrecht-brewery.example", "", "Brasserie Lambrecht", "Brand Manager Export"),
  notes="teamtailor; Belgium; tu; Dutch footer line; person named in body but signed by team"),

M(slug="fr-ch-workday-poste-annule", html_only=True, cte="base64",  label="rejection", cat="role-cancelled", style="ats", vendor="workday",
  country="CH", frm="Léman Horlogerie SA <lemanhorlogerie@myworkday.com>", brand="Léman Horlogerie SA",
  subject="Mise à jour concernant votre candidature – Digital Marketing Manager (R-2026-0781)", headers=NOREPLY_HDR,
  text="""Bonjour Sam Taylor,

Nous vous remercions pour votre candidature au poste de Digital Marketing Manager (R-2026-0781) et pour l'intérêt que vous portez à Léman Horlogerie.

Nous souhaitons vous informer que ce poste a été annulé suite à une réorganisation interne de nos équipes marketing. Le processus de recrutement est donc clôturé et votre candidature ne pourra pas être poursuivie.

Nous vous encourageons à consulter régulièrement notre site carrière, de nouvelles opportunités y étant publiées fréquemment.

Meilleures salutations,

Talent Acquisition
Léman Horlogerie SA""",
  exp=("", "", "Léman Horlogerie SA", "Digital Marketing Manager"),
  notes="workday; Swiss Romandie; position cancelled"),

# ---------------------------------------------------------------- rejections, personal
M(slug="fr-cabinet-client-autre-profil", day="2026-10-22", label="rejection", cat="agency-recruiter", style="personal",
  frm="Guillaume Perrin <g.perrin@talentis-conseil.example>", client_html=True,
  subject="RE: Retour entretien Maison Delorme",
  parent=True, parent_domain="example.org",
  text="""Bonjour Sam,

Je reviens vers vous concernant le poste de Directeur Marketing & Communication chez Maison Delorme.

J'ai eu un long échange ce matin avec la DRH et le Président. Ils ont beaucoup apprécié votre vision de la marque et votre aisance lors de la présentation. Mon client a toutefois fait le choix d'un autre profil, issu du secteur du luxe, qu'il juge plus immédiatement opérationnel sur le réseau de boutiques.

Je suis sincèrement désolé de ne pas avoir de meilleure nouvelle. Je garde votre dossier en tête : j'ai deux missions qui démarrent en janvier et je vous appellerai si l'une d'elles correspond.

Bien à vous,

Guillaume Perrin
Associé | Talentis Conseil
Cabinet de recrutement – 14 rue de Castiglione, 75001 Paris
+33 1 84 60 22 17 | +33 6 12 88 40 51

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Envoyé : mardi 20 octobre 2026 18:05
À : Guillaume Perrin
Objet : Retour entretien Maison Delorme

Bonjour Guillaume, merci encore pour l'organisation. Avez-vous eu un retour ? Bien à vous, Sam""",
  exp=("g.perrin@talentis-conseil.example", "Guillaume", "Maison Delorme", "Directeur Marketing & Communication"),
  notes="cabinet de recrutement; client's choice relayed; Outlook quote"),

M(slug="fr-be-manager-long", day="2026-10-16", label="rejection", cat="personal-after-interview", style="personal",
  country="BE", frm="Véronique Dumont <veronique.dumont@meuse-energies.example>",
  subject="Suite à nos entretiens – Product Marketing Manager",
  text="""Bonjour Sam,

Je tenais à vous écrire personnellement plutôt que de passer par notre outil de recrutement.

Tout d'abord, merci pour la qualité de nos échanges lors des deux entretiens à Namur, et pour le cas pratique sur le lancement de notre offre de panneaux solaires, que toute l'équipe a lu avec intérêt. Votre approche de la segmentation nous a notamment donné plusieurs idées.

Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidate pour le poste de Product Marketing Manager. Elle connaît très bien le marché belge de l'énergie et pourra être opérationnelle dès janvier, ce qui a été déterminant dans un contexte de lancement très serré.

Ce choix a été difficile et je voulais vraiment vous le dire de vive voix… ou presque. Si vous le souhaitez, je serais ravie de vous faire un retour plus détaillé par téléphone.

Je vous souhaite beaucoup de succès pour la suite et j'espère que nos chemins se recroiseront.

Bien cordialement,

Véronique Dumont
Head of Marketing
Meuse Énergies SA
Rue des Carmes 22, 5000 Namur
+32 81 55 40 19""",
  exp=("veronique.dumont@meuse-energies.example", "Véronique", "Meuse Énergies SA", "Product Marketing Manager"),
  notes="hiring manager; Belgium; long, verdict in the middle"),

M(slug="fr-pourvu-interne-reponse-courte", day="2026-11-10", label="rejection", cat="internal-candidate", style="personal",
  frm="Aurélie Rousseau <aurelie.rousseau@oceane-editions.example>", subject="Re: Candidature Responsable éditoriale web",
  parent=True, parent_domain="example.org", client_html=True,
  text="""Bonjour Sam,

Désolée pour le silence radio, le poste a finalement été pourvu en interne. Bonne continuation et merci encore !

Aurélie

Le jeu. 5 nov. 2026 à 09:41, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Aurélie,
>
> Je me permets de revenir vers vous au sujet de ma candidature au poste de
> Responsable éditoriale web chez Océane Éditions. Avez-vous pu avancer ?
>
> Bien cordialement,
> Sam Taylor""",
  exp=("aurelie.rousseau@oceane-editions.example", "Aurélie", "Océane Éditions", "Responsable éditoriale web"),
  notes="very short reply above Gmail quote; filled internally"),

M(slug="fr-qc-salut-aller-de-lavant", label="rejection", cat="personal-after-interview", style="personal",
  country="QC", frm="Maxime Gagnon <maxime@bleuet-studio.example>", subject="Suivi – Gestionnaire marketing",
  text="""Salut Sam!

Merci encore d'être venu(e) nous rencontrer au bureau jeudi passé, c'était vraiment le fun de jaser de ta vision pour nos campagnes.

Malheureusement, on ne pourra pas aller de l'avant avec ta candidature pour le poste de gestionnaire marketing. On a choisi une personne qui a déjà une bonne expérience dans le jeu vidéo, c'est vraiment ce qui a fait pencher la balance.

Ça a été une décision difficile, sois-en certain(e). Je te souhaite bonne chance dans tes recherches!

Au plaisir,
Maxime Gagnon
Directeur marketing | Bleuet Studio
514 555-0147""",
  exp=("maxime@bleuet-studio.example", "Maxime", "Bleuet Studio", "gestionnaire marketing"),
  notes="Québec informal; 'aller de l'avant'"),

M(slug="fr-pme-lettre-accusons", label="rejection", cat="formal-letter", style="personal",
  frm="Secrétariat – Tissages Morel <contact@tissages-morel.example>", subject="Votre candidature",
  attach=[("Courrier_S_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Courrier de reponse (espace reserve)\n%%EOF\n")],
  text="""Madame, Monsieur,

Veuillez trouver ci-joint notre réponse à votre candidature au poste d'Assistant(e) Marketing et Export.

Nous accusons réception de votre candidature et vous remercions de l'intérêt que vous portez à notre entreprise. Après examen attentif de votre dossier, nous regrettons de ne pouvoir y donner une suite favorable.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Christine Morel
Direction des Ressources Humaines
Tissages Morel SAS – 18 rue des Canuts, 69004 Lyon – Tél. 04 78 55 21 09""",
  exp=("contact@tissages-morel.example", "Christine", "Tissages Morel SAS", "Assistant(e) Marketing et Export"),
  notes="PME formal letter; classic formula starting like an acknowledgement; PDF attached"),

M(slug="fr-transfert-retour-manager", day="2026-10-29", label="rejection", cat="forwarded-rejection", style="personal",
  frm="Inès Benali <ines.benali@cortexa.example>", subject="TR: Retour entretien Sam Taylor – PMM",
  client_html=True,
  text="""Bonjour Sam,

Je vous transfère le retour de Julien suite à votre entretien de mardi. Malheureusement ce n'est pas positif, j'en suis désolée. Je reste disponible si vous souhaitez en parler.

Inès
Talent Acquisition Partner – Cortexa

-------- Message transféré --------
Objet : Retour entretien Sam Taylor – PMM
Date : mer. 28 oct. 2026 17:20
De : Julien Marchand <julien.marchand@cortexa.example>
À : Inès Benali <ines.benali@cortexa.example>

Salut Inès,

Bon échange avec Sam, profil très solide côté contenu, mais on manque trop d'expérience SaaS B2B sur le poste de Product Marketing Manager pour le passer au tour suivant. On ne continue pas. Tu peux lui transmettre mon retour tel quel, il/elle mérite un feedback clair.

Julien""",
  exp=("ines.benali@cortexa.example", "Inès", "Cortexa", "Product Marketing Manager"),
  notes="recruiter forwards the hiring manager's internal verdict about Sam"),

M(slug="fr-lu-recrutement-suspendu", label="rejection", cat="role-cancelled", style="personal",
  country="LU", frm="Patrick Weber <patrick.weber@kirchberg-consulting.example>",
  subject="Poste de Marketing Lead – information importante",
  text="""Bonjour Sam,

Je vous remercie encore pour votre disponibilité lors de nos deux entretiens.

Je dois malheureusement vous annoncer que la direction a décidé de geler le recrutement pour le poste de Marketing Lead jusqu'à nouvel ordre, dans l'attente de l'intégration de notre nouvelle filiale belge. Nous mettons donc fin au processus en cours, pour vous comme pour les autres candidats.

Je suis conscient que cette nouvelle est décevante après l'investissement dont vous avez fait preuve. Si le poste devait être rouvert, je ne manquerai pas de vous recontacter en priorité.

Cordialement,

Patrick Weber
Managing Partner
Kirchberg Consulting S.à r.l.
+352 26 55 81 40""",
  exp=("patrick.weber@kirchberg-consulting.example", "Patrick", "Kirchberg Consulting S.à r.l.", "Marketing Lead"),
  notes="Luxembourg; recruitment frozen, process ended"),

M(slug="fr-fondateur-cas-pratique", label="rejection", cat="after-assessment", style="personal",
  frm="Hugo Lefèvre <hugo@vracette.example>", subject="Ton cas pratique",
  text="""Hello Sam,

Merci pour ton cas pratique, on voit que t'y as passé du temps !

On l'a regardé à trois avec Camille et Yanis. Honnêtement il y a de super idées sur la partie communauté, mais on attendait un plan plus chiffré sur l'acquisition payante, et c'est vraiment le cœur du job de Responsable Acquisition chez nous. Du coup on ne va pas continuer ensemble sur ce process.

Je sais que c'est frustrant, surtout après un cas pratique. Si tu veux un retour plus détaillé, on peut s'appeler 15 min cette semaine.

Belle suite à toi,
Hugo
Co-fondateur, Vracette
06 71 22 93 48""",
  exp=("hugo@vracette.example", "Hugo", "Vracette", "Responsable Acquisition"),
  notes="founder tu; after take-home case; indirect 'on ne va pas continuer ensemble'"),

# ---------------------------------------------------------------- hard negatives, ATS
M(slug="fr-verlaine-accuse-reception", label="other", cat="ack-received", style="ats", vendor="talentsoft",
  frm="Groupe Verlaine Assurances <recrutement-noreply@verlaine.talent-soft.com>", brand="Groupe Verlaine Assurances",
  subject="Accusé de réception – Chef de projet CRM H/F (réf. 2026-3417)", headers=NOREPLY_HDR,
  text="""Bonjour Sam Taylor,

Nous avons bien reçu votre candidature au poste de Chef de projet CRM H/F et vous remercions de l'intérêt que vous portez au Groupe Verlaine Assurances.

Votre dossier va être étudié avec la plus grande attention par nos équipes. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu, nous vous contacterons dans un délai de quatre semaines.

Vous pouvez suivre l'avancement de votre candidature depuis votre [[espace candidat]].

Bien cordialement,

La Direction des Ressources Humaines
Groupe Verlaine Assurances""",
  notes="talentsoft; same sender as a rejection; hedging acknowledgement ('pas en mesure de répondre individuellement')"),

M(slug="fr-wttj-entretien", label="other", cat="interview-invite", style="ats", vendor="wttj",
  frm="Kiosque Bleu via Welcome to the Jungle <notifications@welcometothejungle.com>", brand="Kiosque Bleu",
  subject="Bonne nouvelle : Kiosque Bleu souhaite échanger avec toi", headers=NOREPLY_HDR, button="Choisir un créneau",
  text="""Hello Sam,

Bonne nouvelle ! L'équipe de Kiosque Bleu a étudié ta candidature au poste de Content & Brand Manager et aimerait échanger avec toi lors d'un premier entretien visio de 30 minutes.

Malheureusement, les créneaux de cette semaine sont déjà pris : choisis un moment qui te convient la semaine prochaine en cliquant ci-dessous.

À très vite,
Lucie de Kiosque Bleu""",
  notes="WTTJ interview invitation with 'malheureusement' about slots"),

M(slug="fr-apec-alerte-offres", label="other", cat="job-alert", style="ats", vendor="apec",
  frm="Apec <alertes@apec.example>", brand="Apec", headers=BULK_HDR, html2text=True,
  subject="12 nouvelles offres correspondent à votre recherche « Responsable marketing »",
  text="""Bonjour Sam,

Voici les nouvelles offres qui correspondent à votre alerte « Responsable marketing – Île-de-France ».

- Responsable marketing produit H/F – Groupe Altimance – Paris 9e – 55-65 k€
- Responsable marketing digital H/F – Maison Perrault – Boulogne-Billancourt – 60 k€
- Head of Brand H/F – Néolis Santé – Levallois-Perret – selon profil
- Responsable marketing B2B H/F – Ferroplast – Nanterre – 58-62 k€

L'offre « Chef de produit marketing senior H/F » que vous aviez sauvegardée n'est plus disponible.

[[Voir les 12 offres]]

Conseil de la semaine : comment rebondir après un refus ? Nos consultants vous donnent leurs astuces pour transformer une réponse négative en opportunité. [[Lire l'article]]""",
  notes="apec job alert; saved (not applied) offer expired; advice article about refusals"),

M(slug="fr-smartrecruiters-test", label="other", cat="assessment", style="ats", vendor="smartrecruiters",
  frm="Orvane Cosmétiques <noreply@smartrecruiters.com>", brand="Orvane Cosmétiques", headers=NOREPLY_HDR,
  subject="Étape suivante : test en ligne – Chef de produit senior", button="Commencer le test",
  text="""Bonjour Sam,

Merci pour votre candidature au poste de Chef de produit senior. Nous avons le plaisir de vous inviter à la prochaine étape de notre processus : un test en ligne (raisonnement logique et anglais, environ 40 minutes).

Le lien est valable 5 jours. Sans réalisation du test dans ce délai, nous ne pourrons malheureusement pas poursuivre l'étude de votre candidature.

Bonne chance !
L'équipe Talent Acquisition d'Orvane""",
  notes="assessment invite with conditional 'ne pourrons pas poursuivre'"),

M(slug="fr-be-credit-refuse", label="other", cat="non-job-rejection", style="ats", vendor="bank",
  country="BE", frm="Banque Sambre & Meuse <info@bsm-banque.example>", brand="Banque Sambre & Meuse", headers=NOREPLY_HDR,
  subject="Votre demande de crédit à la consommation n° 88-21457",
  text="""Bonjour Sam Taylor,

Nous avons bien examiné votre demande de prêt personnel de 15 000 EUR.

Après analyse de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Cette décision repose notamment sur la durée de votre résidence en Belgique, inférieure à nos critères actuels.

Vous pouvez prendre rendez-vous avec un conseiller pour étudier d'autres solutions.

Banque Sambre & Meuse
Service Crédits""",
  notes="consumer loan refused with job-rejection formula"),

M(slug="fr-recruitee-interne-refus", day="2026-11-18", label="other", cat="owner-hiring", style="ats", vendor="recruitee",
  frm="Recruitee <notifications@mail.recruitee.com>", brand="Calder Street Media", headers=NOREPLY_HDR,
  subject="Candidat disqualifié : Clara Dubois – Chef(fe) de projet éditorial (Paris)",
  table=[("Offre", "Chef(fe) de projet éditorial (Paris)"), ("Candidat", "Clara Dubois"),
         ("Étape", "Disqualifié"), ("Motif", "Profil pas assez senior"), ("Par", "Sam Taylor"), ("E-mail de refus", "Programmé pour demain 09:00")],
  text="""Bonjour Sam,

Un candidat de votre offre a été déplacé.

{table}

[[Voir le profil dans Recruitee]]

Vous recevez cette notification car vous êtes membre de l'équipe de recrutement de cette offre.""",
  notes="Sam is hiring; ATS notice of a candidate Sam disqualified"),

M(slug="fr-greenhouse-transfert", label="other", cat="requisition-transfer", style="ats", vendor="greenhouse",
  country="CH", frm="Alpora SA <no-reply@us.greenhouse-mail.io>", brand="Alpora SA", headers=NOREPLY_HDR,
  subject="Votre candidature chez Alpora – mise à jour",
  text="""Bonjour Sam,

Merci pour votre candidature au poste de Growth Marketing Manager à Genève.

Ce poste a été clôturé, mais notre équipe estime que votre profil correspond très bien à notre nouveau poste de Lifecycle Marketing Manager à Lausanne. Nous avons donc transféré votre candidature vers ce recrutement ; vous n'avez rien à faire.

Sophie, de notre équipe Talent, vous contactera prochainement pour organiser un premier échange.

Meilleures salutations,
L'équipe Talent d'Alpora""",
  notes="greenhouse; first requisition closed, application transferred; still in process"),

M(slug="fr-indeed-vue", label="other", cat="status-update", style="ats", vendor="indeed",
  frm="Indeed <donotreply@match.indeed.com>", brand="Ville de Vitré", headers=BULK_HDR, html2text=True,
  subject="Votre candidature a été consultée par Ville de Vitré",
  text="""Bonjour Sam,

Bonne nouvelle : l'employeur a consulté votre candidature.

Responsable communication H/F
Ville de Vitré – Vitré (35)

Statut : En cours d'étude

Conseil : les recruteurs répondent en moyenne sous 12 jours. Sans réponse de leur part, cela ne signifie pas forcément un refus !

[[Suivre mes candidatures]]

L'équipe Indeed""",
  notes="indeed status 'consulted'; mentions refusal in a tip"),

# ---------------------------------------------------------------- hard negatives, personal
M(slug="fr-reponse-au-merci", day="2026-10-23", label="other", cat="reply-to-owner-followup", style="personal",
  frm="Véronique Dumont <veronique.dumont@meuse-energies.example>", country="BE",
  subject="RE: Suite à nos entretiens – Product Marketing Manager", parent=True, parent_depth=2, parent_domain="example.org",
  text="""Bonjour Sam,

Ne vous excusez surtout pas, au contraire ! Votre message m'a fait très plaisir. Nous serions ravis de rester en contact : je vous ajoute sur LinkedIn et je pense à vous dès qu'un poste marketing s'ouvre chez nous.

Belle journée,
Véronique

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Objet : RE: Suite à nos entretiens – Product Marketing Manager

Bonjour Véronique, merci pour votre message et désolé(e) pour ma réponse tardive. Je comprends tout à fait votre choix. Au plaisir de recroiser votre route.

> Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidate pour le poste de Product Marketing Manager.""",
  notes="reply to Sam's thank-you; rejection only in quoted text"),

M(slug="fr-cabinet-pas-encore-tranche", day="2026-11-24", label="other", cat="status-update", style="personal",
  frm="Sophie Garnier <sophie.garnier@adequa-rh.example>", subject="Point d'étape – poste Directeur Communication",
  text="""Bonjour Sam,

Un petit point pour ne pas vous laisser sans nouvelles.

Mon client n'a pas encore tranché entre les deux finalistes, dont vous faites partie. Le processus prend du retard car le comité de direction ne se réunit que le 8 décembre. Le poste n'est ni gelé ni pourvu : vous êtes toujours en lice.

Je reviens vers vous dès que j'ai une décision, dans un sens ou dans l'autre.

Bien cordialement,
Sophie Garnier
Consultante senior – Adéqua RH
01 70 38 44 12""",
  notes="agency; explicitly still deciding"),

M(slug="fr-proposition-embauche", label="other", cat="offer", style="personal",
  country="QC", frm="Émilie Tremblay <emilie.tremblay@nordcap-medias.example>", subject="Offre d'emploi – Directeur(trice) marketing",
  attach=[("Offre_emploi_S_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Offre (espace reserve)\n%%EOF\n")],
  text="""Bonjour Sam,

C'est avec grand plaisir que je te transmets, au nom de Nordcap Médias, une offre d'emploi pour le poste de directeur(trice) marketing. Tous les détails (salaire, vacances, assurances collectives) sont dans la lettre ci-jointe.

Petite précision : on n'a malheureusement pas pu accommoder la demande de télétravail à 100 %, mais on propose trois jours par semaine à la maison.

On aimerait avoir ta réponse d'ici vendredi. N'hésite pas si tu as des questions!

Émilie Tremblay
Conseillère principale, ressources humaines
Nordcap Médias | 418 555-0193""",
  notes="job offer (Québec) with 'malheureusement' about remote work"),

M(slug="fr-article-refuse", label="other", cat="non-job-rejection", style="personal",
  frm="Revue Communication & Sociétés <redaction@revue-comsoc.example>", subject="Votre proposition d'article n° CS-2026-118",
  text="""Madame, Monsieur,

Le comité de rédaction de la revue Communication & Sociétés a examiné votre proposition d'article intitulée « Marques médias et audiences fragmentées ».

Nous avons le regret de vous informer que votre proposition n'a pas été retenue pour le numéro 47. Les évaluateurs ont salué la qualité des données, mais estiment que le cadre théorique doit être davantage développé. Vous trouverez leurs commentaires ci-dessous.

Nous vous remercions de l'intérêt que vous portez à notre revue.

Pour le comité de rédaction,
Pr Anne-Laure Chevalier""",
  notes="academic article declined ('n'a pas été retenue')"),

M(slug="fr-dossier-location-refuse", label="other", cat="non-job-rejection", style="personal",
  frm="Julie Martin – Agence Saint-Germain Immobilier <j.martin@stgermain-immo.example>",
  subject="Votre dossier de location – 42 rue Daguerre",
  text="""Bonjour,

Je vous remercie pour votre dossier de candidature pour l'appartement du 42 rue Daguerre.

Malheureusement, le propriétaire a retenu un autre dossier. Je garde vos critères en tête et vous recontacte si un bien similaire se libère.

Bien cordialement,
Julie Martin
Agence Saint-Germain Immobilier – 01 43 20 55 18""",
  notes="rental application declined ('dossier de candidature', 'retenu un autre dossier')"),

M(slug="fr-sam-relance", day="2026-12-02", label="other", cat="owner-sent", style="personal",
  frm="Sam Taylor <sam.taylor@example.org>", to="Sophie Garnier <sophie.garnier@adequa-rh.example>",
  subject="Re: Point d'étape – poste Directeur Communication", parent=True, parent_domain="adequa-rh.example",
  text="""Bonjour Sophie,

Merci pour ce point. Je me permets de vous relancer : avez-vous eu un retour du comité ? Si votre client a retenu un autre candidat, n'hésitez pas à me le dire franchement, je préfère savoir.

Bien cordialement,
Sam Taylor
Calder Street Media""",
  notes="Sam's own follow-up asking if another candidate was chosen"),

M(slug="fr-invitation-refusee", day="2026-11-16", label="other", cat="non-job-rejection", style="personal",
  frm="Antoine Roux <antoine.roux@example.org>", wrap=False,
  subject="Refusé : Point hebdo partenariats – jeudi 14:00",
  text="""Antoine Roux a refusé cette invitation.

Point hebdo partenariats
jeudi 19 nov. 2026 14:00 – 14:30 (CET)
Salle Canal / Teams

Message : Désolé Sam, je suis en déplacement à Lyon ce jour-là, je ne pourrai pas être là. On décale à la semaine prochaine ?""",
  notes="declined calendar invite from a colleague (Outlook plain text)"),

M(slug="fr-collegue-candidate-refusee", day="2026-11-18", label="other", cat="owner-hiring", style="personal",
  frm="Nadia Cherif <nadia.cherif@example.org>", subject="Candidats chef de projet – ton avis ?",
  text="""Salut Sam,

J'ai vu que tu avais refusé Clara Dubois dans Recruitee – je suis d'accord, pas assez senior pour gérer l'équipe pigistes. Par contre Mehdi Amrani m'a vraiment convaincue, je propose qu'on lui fasse passer le cas pratique.

Et pour le candidat de vendredi, je pense qu'on peut lui dire non aussi, il n'a pas du tout préparé l'entretien. Tu valides et je lui envoie le mail de refus ?

Nadia""",
  notes="Sam is hiring; colleague discusses candidates Sam turned down"),
]
