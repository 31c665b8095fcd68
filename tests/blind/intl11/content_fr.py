"""French messages (fr-FR, fr-BE, fr-LU, fr-CH, fr-CA): 24 rejections and 24 hard negatives, half ATS-style, half personal."""


def M(**kw):
    kw.setdefault("lang", "fr")
    return kw


AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
        "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS-style (12)
    M(slug="fr-wttj-pas-retenue", label="rejection", cat="ats-automated", style="ats", country="fr-FR",
      vendor="wttj", brand="Maison Pavot",
      frm="Maison Pavot via Welcome to the Jungle <noreply@welcometothejungle.com.example>",
      subject="Votre candidature chez Maison Pavot", headers=AUTO,
      text="""Bonjour Sam,

Nous vous remercions pour l'intérêt que vous portez à Maison Pavot et pour votre candidature au poste de Responsable Marketing Produit (H/F).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous avons reçu de nombreuses candidatures de grande qualité et avons dû faire des choix difficiles.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent de Maison Pavot""",
      about="Maison Pavot, c'est 120 passionnés qui réinventent la cosmétique solide depuis Lyon. Certifiée B Corp depuis 2023.",
      exp=("", "", "Maison Pavot", "Responsable Marketing Produit (H/F)"),
      notes="most ordinary French template; B Corp boilerplate"),

    M(slug="fr-workday-suite-favorable", label="rejection", cat="ats-automated", style="ats", country="fr-FR",
      vendor="workday", brand="Groupe Castelroc",
      frm="Groupe Castelroc <castelroc@myworkday.com>",
      subject="Groupe Castelroc – Suite donnée à votre candidature (JR-20931)", headers=AUTO,
      text="""Madame, Monsieur,

Nous avons bien reçu votre candidature au poste de Chef de projet Études & Insights Clients (JR-20931) et vous remercions de l'intérêt que vous portez au Groupe Castelroc.

Après une étude attentive de votre dossier, nous sommes malheureusement dans l'obligation de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable.

Nous nous permettons de conserver vos coordonnées dans notre base de données afin de vous recontacter si un poste correspondant à votre profil venait à se libérer. Conformément au RGPD, vos données seront conservées deux ans ; vous pouvez à tout moment demander leur suppression depuis votre espace candidat.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines""",
      exp=("", "", "Groupe Castelroc", "Chef de projet Études & Insights Clients"),
      notes="classic 'ne pas donner une suite favorable'; formal closing; CV kept two years"),

    M(slug="fr-be-smartrecruiters-fr-nl-autres-candidats", label="rejection", cat="ats-automated", style="ats", country="fr-BE",
      vendor="smartrecruiters", brand="Brasserie des Trois Ponts",
      frm="Brasserie des Trois Ponts <noreply@smartrecruiters.com.example>",
      subject="Votre candidature / Uw sollicitatie – Brand Manager", headers=AUTO,
      text="""Bonjour Sam Taylor,

Merci pour votre candidature au poste de Brand Manager au sein de la Brasserie des Trois Ponts.

Après examen de l'ensemble des candidatures, nous avons décidé de poursuivre le processus avec d'autres candidats dont le profil correspond davantage à nos besoins actuels.

Nous vous souhaitons beaucoup de succès dans votre recherche.

Cordialement,
Le service RH

---

Beste Sam Taylor,

Bedankt voor uw sollicitatie voor de functie van Brand Manager bij Brasserie des Trois Ponts.

Na het bekijken van alle kandidaturen hebben we besloten om verder te gaan met andere kandidaten van wie het profiel beter aansluit bij onze huidige noden.

Veel succes met uw zoektocht.

Met vriendelijke groeten,
De HR-dienst""",
      exp=("", "", "Brasserie des Trois Ponts", "Brand Manager"),
      notes="bilingual French then Dutch (Belgium); 'poursuivre avec d'autres candidats'"),

    M(slug="fr-ca-taleo-prochaine-etape-bilingue", label="rejection", cat="ats-automated", style="ats", country="fr-CA",
      vendor="taleo", brand="Caisse Boréale",
      frm="Caisse Boréale – Carrières <carrieres-ne-pas-repondre@taleo.net.example>",
      subject="Votre candidature – Conseillère ou conseiller principal, intelligence marketing (2600487) / Your application", headers=AUTO,
      text="""(English follows)

Bonjour Sam Taylor,

Nous tenons à vous remercier de l'intérêt que vous portez à la Caisse Boréale et au poste de Conseillère ou conseiller principal, intelligence marketing (2600487).

Malheureusement, votre candidature n'a pas été retenue pour la prochaine étape du processus de sélection. Nous avons reçu un grand nombre de candidatures et le comité a dû faire des choix.

Nous vous invitons à consulter régulièrement notre site carrières et à postuler à d'autres offres qui pourraient vous intéresser.

L'équipe Acquisition de talents
Caisse Boréale

---

Hello Sam Taylor,

Thank you for your interest in Caisse Boréale and the position of Senior Advisor, Marketing Intelligence (2600487).

Unfortunately, your application was not selected for the next step of the selection process.

Talent Acquisition Team""",
      exp=("", "", "Caisse Boréale", "Conseillère ou conseiller principal, intelligence marketing"),
      notes="Québec bilingual FR then EN; 'pas été retenue pour la prochaine étape'; épicène role title"),

    M(slug="fr-lever-poste-pourvu-startup", label="rejection", cat="ats-automated", style="ats", country="fr-FR",
      vendor="lever", brand="Nuage Vert",
      frm="Nuage Vert <no-reply@hire.lever.co.example>", reply_to="Camille Rousseau <camille@nuagevert.example>",
      subject="Growth Marketing Lead chez Nuage Vert", headers=AUTO,
      text="""Hello Sam,

Merci encore pour le temps que tu as consacré à nos échanges ces dernières semaines.

Je voulais te tenir au courant : le poste de Growth Marketing Lead a été pourvu. Nous avons fait une proposition à une autre personne, qui l'a acceptée hier.

On a vraiment apprécié ton approche très data des sujets d'acquisition, et j'espère qu'on aura l'occasion de se recroiser.

Belle journée,
Camille
Talent Partner @ Nuage Vert""",
      exp=("camille@nuagevert.example", "Camille", "Nuage Vert", "Growth Marketing Lead"),
      notes="tutoiement; 'le poste a été pourvu'; Reply-To recruiter"),

    M(slug="fr-lu-successfactors-profil-ne-correspond-pas", label="rejection", cat="ats-automated", style="ats", country="fr-LU",
      vendor="successfactors", brand="Banque Mosellane Luxembourg S.A.", plain_mode="h2t",
      frm="Banque Mosellane Luxembourg <recrutement-noreply@banquemosellane.example>",
      subject="Votre candidature – Marketing Insights Analyst (réf. 26-311)", headers=AUTO,
      text="""Madame, Monsieur,

Nous accusons réception de votre candidature pour le poste de Marketing Insights Analyst (réf. 26-311) et vous en remercions.

Après une analyse approfondie, nous sommes au regret de vous informer que votre profil ne correspond pas suffisamment aux exigences du poste. Nous ne pouvons par conséquent pas donner suite à votre candidature.

Protection des données : conformément au Règlement (UE) 2016/679, vos données personnelles seront conservées pendant une durée de 12 mois à compter de la clôture du processus de recrutement, sauf opposition de votre part adressée à dpo@banquemosellane.example. Vous disposez d'un droit d'accès, de rectification et d'effacement, ainsi que du droit d'introduire une réclamation auprès de la Commission nationale pour la protection des données (CNPD).

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Banque Mosellane Luxembourg S.A.
Ressources Humaines""",
      about="Banque Mosellane Luxembourg S.A. · 14, boulevard Royal · L-2449 Luxembourg · R.C.S. Luxembourg B 00000 · Employeur garantissant l'égalité des chances.",
      exp=("", "", "Banque Mosellane Luxembourg S.A.", "Marketing Insights Analyst"),
      notes="'profil ne correspond pas suffisamment'; long GDPR paragraph; dpo address in body not a follow-up address; auto-generated plain part"),

    M(slug="fr-hellowork-relay-non-retenue", label="rejection", cat="job-board-relay", style="ats", country="fr-FR",
      vendor="hellowork", brand="HelloWork", plain_mode="h2t",
      frm="HelloWork <candidatures@hellowork.example>",
      subject="Mise à jour de votre candidature chez Transports Girardot", headers=BULK,
      text="""Bonjour Sam,

Le recruteur a mis à jour le statut de votre candidature :

{table}

Transports Girardot a décidé de ne pas poursuivre avec votre candidature. Ne vous découragez pas : de nouvelles offres correspondant à votre profil sont publiées chaque jour.

Offres similaires près de Lille :
- Chargé(e) d'études marketing – Lille
- Responsable CRM – Roubaix
- Data Analyst Marketing – Villeneuve-d'Ascq

[[Voir toutes les offres]]

À bientôt sur HelloWork""",
      table=[("Offre", "Responsable Marketing & Études (H/F)"), ("Entreprise", "Transports Girardot"), ("Statut", "Non retenue")],
      exp=("", "", "Transports Girardot", "Responsable Marketing & Études (H/F)"),
      notes="job-board relay; bulk headers; status table 'Non retenue'; similar offers"),

    M(slug="fr-ch-recruitee-recrutement-annule", label="rejection", cat="role-cancelled", style="ats", country="fr-CH",
      vendor="recruitee", brand="Horlogerie Vallée de Joux",
      frm="Horlogerie Vallée de Joux <hvdj@mail.recruitee.com>",
      subject="Information concernant le poste de Responsable Digital & CRM", headers=AUTO,
      text="""Bonjour Sam Taylor,

Nous vous remercions de votre candidature au poste de Responsable Digital & CRM.

Pour des raisons d'organisation interne, la Direction a décidé d'annuler ce recrutement. Le poste ne sera pas pourvu dans l'immédiat et nous clôturons l'ensemble des candidatures en cours.

Nous sommes conscients du temps que vous avez investi et vous prions de nous en excuser. Nous ne manquerons pas de publier une nouvelle annonce si le besoin devait se présenter à nouveau.

Meilleures salutations
Ressources humaines
Horlogerie Vallée de Joux SA""",
      exp=("", "", "Horlogerie Vallée de Joux", "Responsable Digital & CRM"),
      notes="recruitment cancelled; all applications closed; Swiss 'Meilleures salutations'"),

    M(slug="fr-teamtailor-resultats-test", label="rejection", cat="after-assessment", style="ats", country="fr-FR",
      vendor="teamtailor", brand="Atelier Nomade",
      frm="Atelier Nomade <no-reply@teamtailor.com.example>",
      subject="Suite à votre test en ligne", headers=AUTO,
      text="""Bonjour Sam,

Merci d'avoir pris le temps de passer notre test d'analyse de données pour le poste de Senior Data Marketing Manager.

Nous avons examiné vos résultats avec attention. Ceux-ci ne nous permettent malheureusement pas de poursuivre le processus avec vous pour ce poste : le niveau attendu sur la partie SQL était particulièrement élevé.

Nous vous remercions de l'intérêt porté à Atelier Nomade et vous souhaitons bonne continuation.

L'équipe recrutement""",
      exp=("", "", "Atelier Nomade", "Senior Data Marketing Manager"),
      notes="after online test; 'ne nous permettent pas de poursuivre'"),

    M(slug="fr-portail-statut-cloturee-htmlonly", day="2026-10-20", label="rejection", cat="ats-automated", style="ats", country="fr-FR",
      vendor="icims", brand="Assurances Rivage", html_only=True,
      frm="Assurances Rivage – Espace candidat <candidats-noreply@assurances-rivage.example>",
      subject="Changement de statut de votre candidature", headers=AUTO,
      text="""Bonjour,

Le statut de l'une de vos candidatures a changé. Vous trouverez le détail ci-dessous :

{table}

Pour toute question, connectez-vous à votre [[espace candidat]].

Cordialement,
Assurances Rivage – Recrutement""",
      table=[("Poste", "Responsable Connaissance Client"), ("Référence", "AR-2026-0877"), ("Date de candidature", "14/09/2026"),
             ("Statut", "Clôturée – candidature non retenue")],
      exp=("", "", "Assurances Rivage", "Responsable Connaissance Client"),
      notes="HTML-only portal status notice; verdict only in a table cell"),

    M(slug="fr-flatchr-une-ligne", label="rejection", cat="terse", style="ats", country="fr-FR",
      vendor="flatchr", brand="Les Éditions du Phare",
      frm="Les Éditions du Phare <ne-pas-repondre@flatchr.example>",
      subject="Candidature – Chargé(e) de marketing éditorial", headers=AUTO,
      text="""Bonjour,

Nous ne donnerons pas suite à votre candidature pour le poste de Chargé(e) de marketing éditorial.

Les Éditions du Phare""",
      exp=("", "", "Les Éditions du Phare", "Chargé(e) de marketing éditorial"),
      notes="one-line verdict, no apology"),

    M(slug="fr-be-icims-vivier-consentement", label="rejection", cat="keep-on-file", style="ats", country="fr-BE",
      vendor="icims", brand="Solvéa Chemicals",
      frm="Solvéa Chemicals Careers <careers-noreply@solvea.example>",
      subject="Votre candidature chez Solvéa – Market Intelligence Manager", headers=AUTO,
      text="""Chère Sam Taylor,

Merci pour votre candidature au poste de Market Intelligence Manager à Bruxelles. Nous avons été impressionnés par votre parcours.

Même si nous ne pouvons pas retenir votre candidature pour ce poste, nous aimerions conserver votre CV dans notre vivier de talents afin de vous proposer des opportunités futures correspondant à votre profil.

Acceptez-vous que nous conservions vos données pendant 24 mois ?

[[Oui, j'accepte]]   [[Non, supprimez mes données]]

Bien cordialement,
Talent Acquisition Team – Solvéa Chemicals""",
      exp=("", "", "Solvéa Chemicals", "Market Intelligence Manager"),
      notes="verdict in a concessive clause ('Même si nous ne pouvons pas retenir'); talent-pool consent buttons"),

    # ------------------------------------------------------------------ rejections, personal (12)
    M(slug="fr-longue-lettre-verdict-milieu", day="2026-11-03", label="rejection", cat="personal-after-interview", style="personal", country="fr-FR",
      frm="Hélène Marchand <helene.marchand@editions-lumiere.example>",
      subject="Suite à nos entretiens – Directeur/Directrice des études lecteurs",
      text="""Bonjour Sam,

Je tenais à vous écrire personnellement après ces trois entretiens, et d'abord à vous remercier pour la qualité de nos échanges. Votre présentation sur la segmentation de nos lecteurs numériques a beaucoup circulé en interne depuis, et plusieurs collègues m'en ont reparlé.

Le comité s'est réuni mardi. Après de longues discussions, nous avons décidé de confier le poste de Directeur/Directrice des études lecteurs à une candidate qui a déjà dirigé une équipe dans l'édition jeunesse, notre priorité pour 2027. Ce n'est donc pas la réponse que vous espériez, et je le regrette sincèrement.

Si cela peut vous être utile, je serais heureuse de prendre vingt minutes au téléphone pour vous faire un retour plus détaillé. Et si un poste en études ou en stratégie d'audience s'ouvre chez nous l'an prochain, je penserai à vous.

Bien à vous,

Hélène Marchand
Directrice des ressources humaines
Éditions Lumière
01 55 55 42 18""",
      exp=("helene.marchand@editions-lumiere.example", "Hélène", "Éditions Lumière", "Directeur/Directrice des études lecteurs"),
      notes="long letter; verdict in the middle ('confier le poste à une candidate'); offers feedback call"),

    M(slug="fr-ca-on-a-choisi-quelqu-un", label="rejection", cat="terse", style="personal", country="fr-CA",
      frm="Maxime Tremblay <maxime@pommeraie-numerique.example>",
      subject="Re: Poste de gestionnaire marketing", parent=True,
      text="""Salut Sam,

Merci pour ta patience. Malheureusement, on a choisi d'aller de l'avant avec quelqu'un d'autre pour le poste de gestionnaire marketing. C'était serré!

Bonne chance pour la suite,
Max

Maxime Tremblay | Cofondateur, La Pommeraie numérique
514 555-0173""",
      exp=("maxime@pommeraie-numerique.example", "Maxime", "La Pommeraie numérique", "gestionnaire marketing"),
      notes="Québec casual; 'aller de l'avant avec quelqu'un d'autre'; signed Max, first name Maxime"),

    M(slug="fr-cabinet-client-autre-profil", label="rejection", cat="agency-recruiter", style="personal", country="fr-FR",
      frm="Julien Lefèvre <j.lefevre@cabinet-arcane.example>",
      subject="Retour de notre client – Head of Consumer Insights",
      text="""Bonjour Sam,

J'ai eu ce matin le retour de la DRH de Fromageries Delattre concernant le poste de Head of Consumer Insights.

Je suis désolé de vous annoncer que mon client a retenu un autre profil, plus expérimenté sur la grande distribution. Ils ont beaucoup apprécié votre vision et votre aisance à l'oral ; la décision s'est jouée sur la connaissance des panels distributeurs.

Je reste évidemment à vos côtés pour la suite. Pouvons-nous nous appeler la semaine prochaine pour faire le point sur vos critères ?

Bien cordialement,

Julien Lefèvre
Consultant Senior – Marketing & Digital
Cabinet Arcane Recrutement
06 55 55 21 09""",
      exp=("j.lefevre@cabinet-arcane.example", "Julien", "Fromageries Delattre", "Head of Consumer Insights"),
      notes="agency relays the client's choice"),

    M(slug="fr-be-budget-gele-recrutement-pause", label="rejection", cat="role-cancelled", style="personal", country="fr-BE",
      frm="Nathalie Dubois <nathalie.dubois@wallonie-telecom.example>",
      subject="Poste de Lead Customer Analytics – information",
      text="""Bonjour Sam,

Je reviens vers vous comme promis, malheureusement pas avec la nouvelle attendue.

Le budget 2027 de notre département a été gelé la semaine dernière et la direction nous a demandé de mettre en pause tous les recrutements non urgents, dont celui de Lead Customer Analytics. Nous ne pouvons donc pas donner suite à votre candidature pour le moment, et je préfère vous le dire clairement plutôt que de vous laisser dans l'attente.

Sachez que vous faisiez partie des deux finalistes. Si le poste est rouvert, je vous recontacterai en priorité.

Bien à vous,
Nathalie Dubois
Talent Acquisition Manager
Wallonie Télécom SA
+32 81 55 67 12""",
      exp=("nathalie.dubois@wallonie-telecom.example", "Nathalie", "Wallonie Télécom SA", "Lead Customer Analytics"),
      notes="hiring paused after budget freeze; candidacy not pursued; finalist"),

    M(slug="fr-relance-pourvu-en-interne", day="2026-11-04", label="rejection", cat="internal-candidate", style="personal", country="fr-FR",
      frm="Sophie Garnier <sophie.garnier@laiterie-normande.example>",
      subject="RE: Relance – candidature Responsable études marché", parent=True,
      text="""Bonjour Sam,

Désolée pour ce long silence. Le poste de Responsable études marché a finalement été pourvu en interne : une collègue du contrôle de gestion a souhaité évoluer et la direction a validé sa mobilité.

Merci encore pour votre intérêt et bonne continuation dans vos recherches.

Sophie Garnier
Chargée de recrutement – Laiterie Normande
02 31 55 44 80

De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 2 novembre 2026 09:47
À : Sophie Garnier <sophie.garnier@laiterie-normande.example>
Objet : Relance – candidature Responsable études marché

Bonjour Madame Garnier,

Je me permets de revenir vers vous au sujet de ma candidature au poste de Responsable études marché, envoyée il y a cinq semaines. Pourriez-vous me dire où en est le processus ?

Bien cordialement,
Sam Taylor""",
      exp=("sophie.garnier@laiterie-normande.example", "Sophie", "Laiterie Normande", "Responsable études marché"),
      notes="reply above Sam's chaser (Outlook French header); filled internally"),

    M(slug="fr-transfert-retour-manager", day="2026-10-23", label="rejection", cat="forwarded-by-recruiter", style="personal", country="fr-FR",
      frm="Claire Fontaine <claire.fontaine@kaleido-apps.example>",
      subject="TR: Retour entretien Sam Taylor",
      text="""Hello Sam,

Je te transfère directement le retour de Romain, comme ça tu as tout en toute transparence. Désolée, ce n'est pas la réponse qu'on espérait ! Je reste dispo pour en parler.

Claire
--
Claire Fontaine · Talent Acquisition · Kaleido Apps

-------- Message transféré --------
Sujet : Retour entretien Sam Taylor
Date : Thu, 22 Oct 2026 18:05:11 +0200
De : Romain Perrin <romain.perrin@kaleido-apps.example>
Pour : Claire Fontaine <claire.fontaine@kaleido-apps.example>

Salut Claire,

Merci pour l'organisation. Sam a un super profil études, mais pour le poste de Product Marketing Manager on a besoin de quelqu'un qui a déjà lancé des produits B2B. On ne va pas aller plus loin avec Sam ; je préfère qu'on se concentre sur Léa et Karim pour le dernier tour.

Tu peux lui faire un retour sympa ?

Romain""",
      exp=("claire.fontaine@kaleido-apps.example", "Claire", "Kaleido Apps", "Product Marketing Manager"),
      notes="recruiter forwards the manager's internal verdict about Sam; TR: subject"),

    M(slug="fr-lu-confirmation-entretien-telephonique", label="rejection", cat="personal-after-interview", style="personal", country="fr-LU",
      frm="Marc Weber <marc.weber@luxcargo.example>",
      subject="Votre candidature – Responsable Market Intelligence",
      text="""Bonjour Sam Taylor,

Suite à notre entretien téléphonique de ce matin, je vous confirme par écrit que nous ne retiendrons pas votre candidature pour le poste de Responsable Market Intelligence.

Je vous remercie encore pour votre disponibilité et vous souhaite plein succès.

Cordialement,
Marc Weber
HR Business Partner
LuxCargo S.A. | 8, rue de l'Aéroport | L-1110 Luxembourg
T +352 55 42 31 1

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. / Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
      exp=("marc.weber@luxcargo.example", "Marc", "LuxCargo S.A.", "Responsable Market Intelligence"),
      notes="written confirmation of phone rejection; bilingual EN/FR confidentiality footer"),

    M(slug="fr-ch-eloges-profil-plus-senior", label="rejection", cat="personal-after-interview", style="personal", country="fr-CH",
      frm="Anne-Laure Perret <annelaure.perret@leman-sante.example>",
      subject="Poste de Head of Patient Insights",
      text="""Chère Sam,

Un grand merci pour votre venue à Lausanne et pour la présentation de vendredi. Toute l'équipe a été marquée par votre énergie, par la clarté de votre restitution et par les questions très pertinentes que vous avez posées sur notre stratégie patients. Franchement, c'était l'une des meilleures présentations que nous ayons vues.

Nous avons finalement opté pour un profil plus senior, qui a déjà piloté des études dans le secteur de la santé en Suisse et qui pourra prendre le poste de Head of Patient Insights sans période d'adaptation réglementaire.

J'aimerais beaucoup que nous restions en contact ; n'hésitez pas à m'ajouter sur LinkedIn.

Avec mes meilleures salutations,
Anne-Laure Perret
Directrice Marketing, Léman Santé SA
+41 21 555 80 14""",
      exp=("annelaure.perret@leman-sante.example", "Anne-Laure", "Léman Santé SA", "Head of Patient Insights"),
      notes="praise first; verdict 'avons finalement opté pour un profil plus senior'; hyphenated first name"),

    M(slug="fr-tres-court-iphone", day="2026-10-30", label="rejection", cat="terse", style="personal", country="fr-FR",
      frm="Thomas Bernard <thomas.bernard@studio-ricochet.example>",
      subject="Re: Entretien jeudi", parent=True,
      text="""Bonjour Sam, ce ne sera pas pour cette fois. Merci pour le temps passé et bonne continuation !

Thomas

Envoyé de mon iPhone

> Le 29 oct. 2026 à 18:20, Sam Taylor <sam.taylor@example.org> a écrit :
>
> Bonjour Thomas, merci encore pour l'entretien de jeudi pour le poste de
> responsable marketing chez Studio Ricochet. Je reste très motivé(e) !
> Sam""",
      exp=("thomas.bernard@studio-ricochet.example", "Thomas", "Studio Ricochet", "responsable marketing"),
      notes="very short from phone; Apple Mail quote; role only in quote"),

    M(slug="fr-etude-de-cas-jury", day="2026-10-14", label="rejection", cat="after-assessment", style="personal", country="fr-FR",
      frm="Isabelle Morel <isabelle.morel@ocean-mutuelle.example>",
      subject="Votre étude de cas – Responsable Insights & Stratégie",
      text="""Bonjour Sam,

Je vous remercie pour l'étude de cas que vous avez présentée lundi devant le jury pour le poste de Responsable Insights & Stratégie.

Le jury a salué votre rigueur méthodologique ; en revanche, vos recommandations sur la fidélisation des adhérents ne l'ont pas suffisamment convaincu. Nous avons donc décidé de ne pas poursuivre avec votre candidature.

Je vous joins les remarques détaillées du jury dans le corps de ce mail, si cela peut vous aider :
- analyse des données : très solide
- recommandations : trop génériques, pas assez chiffrées
- présentation orale : claire, dynamique

Avec mes remerciements renouvelés,
Isabelle Morel
Responsable recrutement, Océan Mutuelle
05 56 55 09 31""",
      exp=("isabelle.morel@ocean-mutuelle.example", "Isabelle", "Océan Mutuelle", "Responsable Insights & Stratégie"),
      notes="after case study; bulleted feedback after the verdict"),

    M(slug="fr-ca-poste-comble-signature-anglaise", label="rejection", cat="personal-after-interview", style="personal", country="fr-CA",
      frm="Geneviève Lavoie <genevieve.lavoie@erabliere-media.example>",
      subject="Suivi – Directeur(trice) recherche et audiences", client_html=True,
      text="""Bonjour Sam,

Merci encore d'avoir pris le temps de rencontrer l'équipe la semaine dernière. Je voulais vous informer que le poste de Directeur(trice) recherche et audiences a été comblé.

Nous avons été ravis de faire votre connaissance et nous conservons votre dossier pour de futures ouvertures.

Au plaisir,
Geneviève

Geneviève Lavoie | Conseillère principale, acquisition de talents
Érablière Média inc. | 1200, boul. René-Lévesque O., Montréal (QC)
T 514 555-0199

Please consider the environment before printing this email. / Pensez à l'environnement avant d'imprimer ce courriel.""",
      exp=("genevieve.lavoie@erabliere-media.example", "Geneviève", "Érablière Média inc.", "Directeur(trice) recherche et audiences"),
      notes="Québec 'poste comblé'; English/French signature line"),

    M(slug="fr-garde-profil-precieusement", label="rejection", cat="keep-on-file", style="personal", country="fr-FR",
      frm="Amandine Roux <amandine.roux@velocite-bikes.example>",
      subject="Votre candidature chez Vélocité",
      text="""Bonjour Sam,

Merci pour votre candidature spontanée et pour notre échange en visio mardi dernier.

Nous n'allons pas donner suite pour le poste de Brand & Community Manager, car nous cherchons quelqu'un de plus orienté terrain et événementiel. En revanche, je garde précieusement votre profil : nous allons structurer une équipe data marketing au printemps, et je pense que vous pourriez y avoir toute votre place.

Je me permets de revenir vers vous à ce moment-là.

Belle fin de semaine,
Amandine Roux
People Manager – Vélocité
06 55 55 78 44""",
      exp=("amandine.roux@velocite-bikes.example", "Amandine", "Vélocité", "Brand & Community Manager"),
      notes="'ne pas donner suite' + keep profile for a future team"),

    # ------------------------------------------------------------------ hard negatives, ATS-style (12)
    M(slug="fr-wttj-accuse-sans-nouvelle-3-semaines", label="other", cat="ack-received", style="ats", country="fr-FR",
      vendor="wttj", brand="Papeterie Clairefontaine du Sud",
      frm="Papeterie Clairefontaine du Sud via Welcome to the Jungle <noreply@welcometothejungle.com.example>",
      subject="Nous avons bien reçu votre candidature", headers=AUTO,
      text="""Bonjour Sam,

Merci pour votre candidature au poste de Responsable Marketing Digital. Nous l'avons bien reçue et elle va être étudiée avec attention par notre équipe.

Si votre profil correspond à nos attentes, nous vous recontacterons dans les prochains jours. Sans nouvelles de notre part sous trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Merci encore pour votre intérêt !
L'équipe RH""",
      notes="acknowledgement with conditional 'n'a pas été retenue'"),

    M(slug="fr-workday-invitation-entretien", label="other", cat="interview-invite", style="ats", country="fr-FR",
      vendor="workday", brand="Groupe Mistral",
      frm="Groupe Mistral <mistral@myworkday.com>",
      subject="Invitation à un entretien – Responsable Insights Consommateurs", headers=AUTO,
      text="""Bonjour Sam Taylor,

Nous avons le plaisir de vous informer que votre candidature au poste de Responsable Insights Consommateurs a retenu notre attention.

Nous souhaiterions vous rencontrer lors d'un premier entretien en visioconférence avec le manager du poste. Merci de sélectionner un créneau via votre espace candidat : [[Choisir un créneau]]

Malheureusement, les créneaux de la semaine prochaine sont limités ; nous vous recommandons de réserver rapidement.

Cordialement,
L'équipe Talent Acquisition – Groupe Mistral""",
      notes="invitation; 'a retenu notre attention'; 'malheureusement' about slots"),

    M(slug="fr-indeed-alerte-offres", label="other", cat="job-alert", style="ats", country="fr-FR",
      vendor="indeed", brand="Indeed", plain_mode="h2t",
      frm="Indeed <alert@indeed.com.example>",
      subject="Responsable études marketing : 9 nouvelles offres à Paris", headers=BULK,
      text="""9 nouvelles offres correspondent à votre recherche « responsable études marketing » à Paris (75)

- Responsable Études & Insights – Groupe Saint-Honoré – Paris 8e – Candidature simplifiée
- Chargé(e) d'études quantitatives senior – Panelia – Levallois-Perret
- Head of Consumer Research – Bleu Marine Cosmétiques – Paris
- Responsable connaissance client – Mutuelle Île-de-France – Paris 12e

Une offre que vous avez consultée a expiré : « Brand Insights Manager – Rivoli Luxe ». Elle n'accepte plus de candidatures.

[[Voir les 9 offres]]

Vous recevez cette alerte car vous l'avez créée sur Indeed. [[Gérer les alertes]]""",
      notes="job alert; an offer Sam viewed (not applied) has expired"),

    M(slug="fr-teamtailor-invitation-test-personnalite", day="2026-11-09", label="other", cat="assessment-invite", style="ats", country="fr-BE",
      vendor="teamtailor", brand="Meuse Logistique",
      frm="Meuse Logistique <no-reply@teamtailor.com.example>",
      subject="Étape suivante : questionnaire de personnalité", headers=AUTO,
      text="""Bonjour Sam,

Bonne nouvelle : votre candidature au poste de Marketing Analyst passe à l'étape suivante !

Avant l'entretien, nous vous invitons à compléter un questionnaire de personnalité (20 minutes environ). Il n'y a pas de bonnes ou de mauvaises réponses. Attention : sans réponse de votre part d'ici le 15 novembre, nous ne pourrons malheureusement pas poursuivre le processus.

[[Commencer le questionnaire]]

À très vite,
L'équipe RH de Meuse Logistique""",
      notes="assessment invitation with conditional 'ne pourrons pas poursuivre'"),

    M(slug="fr-banque-credit-non-accepte", label="other", cat="non-job-rejection", style="ats", country="fr-FR",
      vendor="none", brand="Banque Azur",
      footer=["Banque Azur – SA au capital de 120 000 000 € – RCS Paris 000 000 000 – Courriel automatique, merci de ne pas répondre.",
              "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.",
              "Confidentialité : {privacy}"],
      frm="Banque Azur <ne-pas-repondre@banqueazur.example>",
      subject="Réponse à votre demande de prêt personnel n° 88412", headers=AUTO,
      text="""Bonjour Sam Taylor,

Nous avons étudié avec attention votre demande de prêt personnel d'un montant de 15 000 €.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre demande. Cette décision résulte de l'analyse de votre dossier au regard de nos critères d'octroi.

Votre conseiller reste à votre disposition pour étudier d'autres solutions.

Banque Azur""",
      notes="loan refused with the same 'suite favorable' wording"),

    M(slug="fr-be-agence-dossier-location-refuse", label="other", cat="non-job-rejection", style="ats", country="fr-BE",
      vendor="none", brand="Immo Sablon",
      footer=["Immo Sablon SRL · Agent immobilier agréé IPI · Rue des Minimes 10, 1000 Bruxelles", "Se désinscrire : {unsub}"],
      frm="Immo Sablon <location@immosablon.example>",
      subject="Votre candidature pour l'appartement rue Américaine 42", headers=AUTO,
      text="""Bonjour,

Nous vous remercions pour votre candidature locative et votre visite de l'appartement situé rue Américaine 42 à Ixelles.

Le propriétaire a retenu un autre candidat. Votre dossier n'a donc pas été retenu pour ce bien. Nous vous invitons à consulter nos autres biens disponibles : [[Nos biens à louer]]

Bien à vous,
L'équipe location – Immo Sablon""",
      notes="rental application rejected with 'candidature ... pas été retenu'"),

    M(slug="fr-colloque-proposition-non-retenue", label="other", cat="non-job-rejection", style="ats", country="fr-FR",
      vendor="none", brand="Journées Françaises des Études Marketing",
      footer=["Comité scientifique JFEM 2027 · Message envoyé via la plateforme de soumission.", "Se désinscrire : {unsub}"],
      frm="Comité scientifique JFEM <comite@jfem.example>",
      subject="JFEM 2027 – Décision concernant votre proposition n° 137", headers=AUTO,
      text="""Chère Sam Taylor,

Nous vous remercions pour la soumission de votre proposition « Mesurer l'attention des lecteurs sans cookies » aux Journées Françaises des Études Marketing 2027.

Le comité a reçu 214 propositions pour 48 créneaux. Nous avons le regret de vous informer que votre proposition n'a pas été retenue. Les commentaires des relecteurs sont disponibles dans votre espace : [[Voir les évaluations]]

Nous espérons vous compter parmi les participants.

Le comité scientifique""",
      notes="conference talk not accepted with 'n'a pas été retenue'"),

    M(slug="fr-smartrecruiters-candidature-transferee", label="other", cat="requisition-transfer", style="ats", country="fr-FR",
      vendor="smartrecruiters", brand="Groupe Hexalys",
      frm="Groupe Hexalys <noreply@smartrecruiters.com.example>",
      subject="Votre candidature a été transférée vers un autre poste", headers=AUTO,
      text="""Bonjour Sam Taylor,

Merci pour votre candidature au poste de Chef de produit Marketing (Nantes).

Ce poste a été clôturé suite à une réorganisation, mais votre profil a retenu l'attention de notre équipe. Avec votre accord téléphonique, nous avons transféré votre candidature vers le poste de Product Marketing Manager (Paris / hybride), toujours ouvert.

{table}

Un recruteur vous contactera prochainement pour organiser un entretien.

L'équipe Recrutement Hexalys""",
      table=[("Poste initial", "Chef de produit Marketing – Clôturé"), ("Nouveau poste", "Product Marketing Manager – En cours"), ("Statut", "Présélectionné(e)")],
      notes="original role closed, application moved to another open role"),

    M(slug="fr-ca-portail-toujours-en-examen", label="other", cat="status-update", style="ats", country="fr-CA",
      vendor="taleo", brand="Hydro-Laurentides",
      frm="Hydro-Laurentides – Carrières <carrieres-ne-pas-repondre@taleo.net.example>",
      subject="Statut de votre candidature – Analyste principal(e), intelligence d'affaires", headers=AUTO,
      text="""Bonjour Sam Taylor,

Nous désirons vous informer que votre candidature pour le poste d'Analyste principal(e), intelligence d'affaires est toujours à l'étude.

{table}

En raison du nombre élevé de candidatures, le processus de sélection prendra plus de temps que prévu. Nous communiquerons uniquement avec les personnes retenues pour une entrevue ; vous recevrez toutefois un avis dans votre dossier en ligne à la fin du processus, quelle que soit la décision.

Merci de votre patience.
Acquisition de talents, Hydro-Laurentides""",
      table=[("Numéro de l'affichage", "HL-26-1142"), ("Statut", "En cours d'évaluation")],
      notes="still under review; hedge about only contacting selected candidates"),

    M(slug="fr-docusign-promesse-embauche", day="2026-11-18", label="other", cat="offer", style="ats", country="fr-FR",
      vendor="none", brand="Cerf-Volant Studio", colour="#ffc820",
      footer=["Ce message a été envoyé via un service de signature électronique pour le compte de Cerf-Volant Studio.",
              "Ne partagez pas ce lien. Si vous n'attendiez pas ce document, signalez-le : {privacy}"],
      frm="Cerf-Volant Studio via DocuSign <dse@docusign.net.example>",
      subject="Veuillez signer : Promesse d'embauche – Sam Taylor – Head of Audience Insights", headers=AUTO,
      text="""Valérie Lambert (Cerf-Volant Studio) vous a envoyé un document à consulter et à signer.

Bonjour Sam, comme convenu par téléphone, voici votre promesse d'embauche pour le poste de Head of Audience Insights. Sans retour signé de votre part avant le 27 novembre, cette proposition sera malheureusement caduque. Au plaisir de vous accueillir ! Valérie""",
      button="CONSULTER LE DOCUMENT",
      notes="offer via e-signature with lapse clause"),

    M(slug="fr-recruitee-communaute-talents", label="other", cat="talent-pool", style="ats", country="fr-CH",
      vendor="recruitee", brand="Genevoise de Médias",
      frm="Genevoise de Médias <gdm@mail.recruitee.com>",
      subject="Rejoignez notre communauté talents", headers=BULK,
      text="""Bonjour Sam,

Vous avez consulté plusieurs de nos offres récemment. Nous n'avons pas de poste ouvert en études d'audience en ce moment, mais nous recrutons régulièrement dans la data et le marketing.

Rejoignez notre communauté talents pour être informé(e) en priorité de nos prochaines opportunités et recevoir notre newsletter trimestrielle.

[[Rejoindre la communauté]]

À bientôt,
L'équipe Talents – Genevoise de Médias""",
      notes="talent-community invitation without any application or verdict"),

    M(slug="fr-owner-recruitee-requisition-en-attente", day="2026-11-19", label="other", cat="owner-hiring", style="ats", country="fr-BE",
      vendor="recruitee", brand="Calder Street Media",
      frm="Recruitee <notifications@mail.recruitee.com>",
      subject="Offre mise en attente : Chargé·e d'études audience (Bruxelles)", headers=AUTO,
      text="""Bonjour Sam,

L'offre « Chargé·e d'études audience (Bruxelles) », dont vous êtes responsable du recrutement chez Calder Street Media, a été mise en attente par Jeanne Leclercq (Finance).

Les 14 candidats actifs ont été déplacés dans l'étape « En attente ». Aucun e-mail n'a été envoyé aux candidats. Pour leur envoyer un message de refus, utilisez l'action groupée depuis le pipeline.

[[Ouvrir le pipeline]]""",
      notes="HR-system notice about Sam's own requisition put on hold"),

    # ------------------------------------------------------------------ hard negatives, personal (12)
    M(slug="fr-reponse-question-autre-candidat-entretien", day="2026-11-03", label="other", cat="answer-to-owner-question", style="personal", country="fr-FR",
      frm="Pauline Girard <pauline.girard@atelier-cassis.example>",
      subject="Re: Point sur ma candidature", parent=True, client_html=True,
      text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Nous n'avons retenu personne pour l'instant et votre candidature est toujours en lice. Nous avons simplement pris du retard avec les congés de la Toussaint.

D'ailleurs, seriez-vous disponible mardi 10 novembre à 11h pour un deuxième entretien avec notre directeur général ?

Bien à vous,
Pauline Girard
Responsable RH – Atelier Cassis

Le lun. 2 nov. 2026 à 08:55, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Madame Girard,
> N'ayant pas eu de nouvelles depuis notre entretien, je me permets de vous
> demander si vous avez retenu un autre candidat pour le poste de Responsable
> marketing & études.
> Bien cordialement,
> Sam Taylor""",
      notes="answer to Sam's 'have you chosen another candidate?': second interview"),

    M(slug="fr-reponse-remerciement-apres-refus", day="2026-11-05", label="other", cat="reply-to-owner-followup", style="personal", country="fr-FR",
      frm="Hélène Marchand <helene.marchand@editions-lumiere.example>",
      subject="Re: Suite à nos entretiens", parent=True, parent_depth=2,
      text="""Bonjour Sam,

Merci beaucoup pour votre message, et ne vous excusez surtout pas d'avoir insisté pour le retour détaillé : c'est tout à fait normal. Je vous appelle jeudi à 17h comme proposé.

Et oui, restons en contact, ce serait un plaisir.

Hélène

> Le 4 nov. 2026 à 19:12, Sam Taylor <sam.taylor@example.org> a écrit :
>
> Bonjour Hélène,
> Merci pour votre message et pour votre franchise. Je suis déçu(e), bien sûr,
> mais j'ai beaucoup apprécié nos échanges. J'accepte volontiers votre
> proposition de retour téléphonique. Pardon d'insister, jeudi serait-il possible ?
> Sam
>
>> Le 3 nov. 2026 à 10:02, Hélène Marchand a écrit :
>> nous avons décidé de confier le poste à une candidate qui a déjà dirigé une
>> équipe dans l'édition jeunesse.""",
      notes="reply to Sam's thank-you after a rejection; verdict only in the quote"),

    M(slug="fr-sam-demande-retour-apres-refus", day="2026-10-15", label="other", cat="owner-sent", style="personal", country="fr-FR",
      frm="Sam Taylor <sam.taylor@example.org>", to="Isabelle Morel <isabelle.morel@ocean-mutuelle.example>",
      subject="Re: Votre étude de cas – Responsable Insights & Stratégie", parent=True, parent_domain="ocean-mutuelle.example",
      text="""Bonjour Madame Morel,

Merci pour votre réponse et pour les remarques du jury, qui me sont très utiles. Je comprends la décision.

Serait-il possible d'échanger dix minutes par téléphone sur la partie recommandations ? Et si un poste similaire s'ouvrait chez Océan Mutuelle, je serais ravi(e) d'être recontacté(e).

Bien cordialement,
Sam Taylor

> Nous avons donc décidé de ne pas poursuivre avec votre candidature.""",
      notes="Sam's own follow-up to a rejection (From Sam), verdict quoted"),

    M(slug="fr-collegue-candidats-refuses", day="2026-11-20", label="other", cat="owner-hiring", style="personal", country="fr-BE",
      frm="Jeanne Leclercq <jeanne.leclercq@example.org>",
      subject="Chargé·e d'études – candidats à refuser", client_html=True,
      text="""Salut Sam,

J'ai vu que tu avais mis Pierre Dumont et Aïcha Benali en « non » après les entretiens. Tu veux que je leur envoie le mail de refus standard, ou tu préfères appeler Pierre puisqu'il était en finale ?

Pour info, la Finance a mis le poste en attente jusqu'en janvier, donc on ne fait de toute façon pas d'offre avant.

Bises,
Jeanne

--
Jeanne Leclercq | Finance & RH | Calder Street Media Bruxelles""",
      notes="colleague about candidates Sam rejected; Sam's own role on hold"),

    M(slug="fr-chasseur-nouveaux-postes", label="other", cat="recruiter-outreach", style="personal", country="fr-FR",
      frm="Yasmine Haddad <yasmine.haddad@talentis-search.example>",
      subject="Deux postes Insights qui pourraient vous plaire",
      text="""Bonjour Sam,

Je me permets de vous contacter car votre parcours chez Calder Street Media correspond à deux missions que je mène en ce moment :

- Directeur/Directrice Insights d'un groupe de presse régionale (Bordeaux ou remote partiel)
- Head of Research d'une scale-up de la mobilité (Paris)

Je sais que vous avez récemment été en process chez un de leurs concurrents et que cela n'a pas abouti – ce sont des environnements très différents, et je pense que votre profil y serait très apprécié.

Auriez-vous 15 minutes cette semaine ?

Bien cordialement,
Yasmine Haddad
Associate Partner – Talentis Search
07 55 55 12 90""",
      notes="recruiter pitch mentioning an earlier process that 'n'a pas abouti'"),

    M(slug="fr-amie-refus-transfere", day="2026-11-04", label="other", cat="forwarded", style="personal", country="fr-CA",
      frm="Émilie Côté <emilie.cote@courriel.example>",
      subject="TR: Votre candidature – Coordonnatrice marketing",
      text="""Ben voilà... encore un non. Tu m'avais aidée avec la lettre pourtant 😩 On se fait un café cette semaine?

Émilie

---------- Message transféré ---------
De : Recrutement Groupe Outaouais <recrutement@groupe-outaouais.example>
Date : 4 nov. 2026 à 10:14
Objet : Votre candidature – Coordonnatrice marketing
À : <emilie.cote@courriel.example>

Bonjour Émilie,

Nous vous remercions de l'intérêt porté au poste de coordonnatrice marketing. Nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Recrutement Groupe Outaouais""",
      notes="a friend forwards her own rejection"),

    M(slug="fr-outlook-reunion-refusee", day="2026-11-13", label="other", cat="declined-meeting", style="personal", country="fr-FR",
      frm="Olivier Renaud <olivier.renaud@example.org>",
      subject="Refusé : Point hebdo Audience & Rédaction",
      text="""Olivier Renaud a refusé cette réunion.

Point hebdo Audience & Rédaction
Quand : mardi 17 novembre 2026 09:30-10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
Où : Salle Montorgueil / Teams

Désolé Sam, je suis en déplacement à Lyon. Je t'envoie mes chiffres par écrit.""",
      notes="declined meeting invitation"),

    M(slug="fr-ch-pas-encore-decide-comite", day="2026-11-10", label="other", cat="status-update", style="personal", country="fr-CH",
      frm="Laurent Favre <laurent.favre@rhone-assurances.example>",
      subject="Votre candidature – point de situation",
      text="""Bonjour Sam Taylor,

Je souhaitais vous donner des nouvelles, même si nous n'avons pas encore pris de décision pour le poste de Responsable Études de marché.

Le comité de direction se réunit le 19 novembre et tranchera entre vous et une autre personne. Le poste reste ouvert et n'est en aucun cas remis en question. Je reviendrai vers vous dès le lendemain, quelle que soit l'issue.

Meilleures salutations
Laurent Favre
Responsable Talent Acquisition, Rhône Assurances SA
+41 22 555 73 00""",
      notes="still deciding; 'quelle que soit l'issue'"),

    M(slug="fr-references-demandees", label="other", cat="reference-request", style="personal", country="fr-LU",
      frm="Sarah Muller <sarah.muller@postlux-digital.example>",
      subject="Dernière étape – références",
      text="""Bonjour Sam,

Merci encore pour votre entretien avec notre CEO hier, le retour est très positif. Avant de pouvoir finaliser notre décision, nous aurions besoin des coordonnées de deux références professionnelles.

Pourriez-vous me les transmettre d'ici vendredi ? Nous ne contacterons pas votre employeur actuel sans votre accord.

Belle journée,
Sarah Muller
HR Manager – PostLux Digital
+352 55 66 77 88""",
      notes="reference request at final stage"),

    M(slug="fr-offre-orale-malheureusement-date", day="2026-11-17", label="other", cat="offer", style="personal", country="fr-FR",
      frm="Valérie Lambert <valerie.lambert@cerf-volant.example>",
      subject="Bonne nouvelle !",
      text="""Bonjour Sam,

Je suis ravie de vous annoncer que nous souhaitons vous proposer le poste de Head of Audience Insights chez Cerf-Volant Studio !

Malheureusement, nous ne pourrons pas décaler la date de démarrage au 1er mars comme vous le souhaitiez : nous avons besoin de vous au plus tard le 1er février. J'espère que cela reste envisageable de votre côté.

Je vous envoie la promesse d'embauche par DocuSign dans la journée.

Très belle journée,
Valérie Lambert
Directrice générale, Cerf-Volant Studio
06 55 55 33 21""",
      notes="offer with 'malheureusement' about the start date"),

    M(slug="fr-association-candidature-ca-non-retenue", label="other", cat="non-job-rejection", style="personal", country="fr-FR",
      frm="Bureau de l'association Data Pour Tous <bureau@datapourtous.example>",
      subject="Élection au conseil d'administration – résultats",
      text="""Chère Sam,

Merci d'avoir présenté ta candidature au conseil d'administration de Data Pour Tous. Les adhérents ont voté samedi lors de l'assemblée générale : avec 3 sièges pour 7 candidats, ta candidature n'a malheureusement pas été retenue cette année.

Nous espérons que tu continueras à animer l'atelier « Sondages responsables », qui a été très apprécié.

Amitiés,
Le bureau""",
      notes="candidacy to an association's board not elected (not a job)"),

    M(slug="fr-ooo-recruteuse-sujet-refus", day="2026-11-06", label="other", cat="auto-reply", style="personal", country="fr-FR",
      frm="Sophie Garnier <sophie.garnier@laiterie-normande.example>",
      subject="Réponse automatique : RE: Relance – candidature Responsable études marché",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      text="""Bonjour,

Je suis absente du bureau jusqu'au 16 novembre inclus, sans accès à ma messagerie. Pour toute question urgente concernant le recrutement, merci de contacter recrutement@laiterie-normande.example.

Cordialement,
Sophie Garnier""",
      notes="out-of-office from a recruiter; subject repeats an earlier thread"),
]
