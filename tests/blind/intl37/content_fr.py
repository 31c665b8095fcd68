"""French messages of the intl37 blind set: 16 rejections, 16 hard negatives (half ATS-style, half personal)."""

BULK = {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}


def R(**kw):
    kw.setdefault("lang", "fr")
    kw["label"] = "rejection"
    return kw


def O(**kw):
    kw.setdefault("lang", "fr")
    kw["label"] = "other"
    return kw


MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS style
    R(slug="panierfrais-teamtailor-bizdev", style="ats", vendor="teamtailor", country="FR", cat="ats-automated",
      frm="Panier Frais <no-reply@panierfrais.teamtailor-mail.com>",
      subject="Votre candidature au poste de Business Developer Grands Comptes – Panier Frais",
      brand="Panier Frais SAS", headers=AUTO,
      text="""Bonjour Sam,

Merci pour l'intérêt que vous portez à Panier Frais et pour le temps consacré à votre candidature au poste de Business Developer Grands Comptes.

Après étude attentive de votre profil, nous avons décidé de poursuivre le processus avec d'autres candidats dont l'expérience correspond davantage à nos besoins actuels.

Nous conservons votre CV dans notre base pendant 24 mois afin de pouvoir vous recontacter si une opportunité se présente. Vous pouvez demander la suppression de vos données à tout moment : [[Gérer mes données]].

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent de Panier Frais""",
      about="Panier Frais livre des produits frais de producteurs locaux à 3 200 restaurants en France. Élue Great Place to Work® 2026.",
      exp=("", "", "Panier Frais", "Business Developer Grands Comptes"),
      notes="start-up Paris; ordinary 'poursuivre avec d'autres candidats'; RGPD retention"),

    R(slug="soleildor-hellowork-acheteur", style="ats", vendor="hellowork", country="FR", cat="job-board-relay",
      frm="HelloWork <candidature@hellowork.example>",
      subject="Réponse de Hypermarchés Soleil d'Or à votre candidature",
      brand="Hypermarchés Soleil d'Or", headers=BULK, h2t=True,
      text="""Bonjour Sam,

Le recruteur a répondu à votre candidature.

{table}

Message du recruteur :
« Bonjour, nous vous remercions pour votre candidature. Malheureusement, celle-ci n'a pas été retenue. Nous vous souhaitons bonne chance dans vos recherches. »

Ne baissez pas les bras ! 12 offres similaires vous attendent près de Toulouse.
[[Voir les offres similaires]]""",
      table=[("Offre", "Acheteur produits frais (H/F)"), ("Entreprise", "Hypermarchés Soleil d'Or"),
             ("Lieu", "Toulouse (31)"), ("Statut", "Candidature non retenue")],
      exp=("", "", "Hypermarchés Soleil d'Or", "Acheteur produits frais (H/F)"),
      notes="grande distribution via HelloWork relay; bulk headers; html2text plain"),

    R(slug="transalpes-apec-logistique", style="ats", vendor="apec", country="FR", cat="job-board-relay",
      frm="Apec <ne-pas-repondre@apec.example>",
      subject="Suivi de candidature : Responsable logistique entrepôt (H/F)",
      brand="TransAlpes Distribution", headers=BULK,
      text="""Bonjour Sam Taylor,

L'entreprise TransAlpes Distribution a mis à jour le statut de votre candidature.

{table}

Le recruteur n'a pas souhaité donner suite à votre candidature pour cette offre. Vos autres candidatures restent consultables dans votre [[espace cadre]].

Besoin d'un regard extérieur sur votre CV ? Un consultant Apec peut vous accompagner gratuitement : [[Prendre rendez-vous]]""",
      table=[("Offre", "Responsable logistique entrepôt (H/F)"), ("Référence", "178432561W"),
             ("Entreprise", "TransAlpes Distribution"), ("Statut", "Refusée")],
      exp=("", "", "TransAlpes Distribution", "Responsable logistique entrepôt (H/F)"),
      notes="Apec relay; status 'Refusée'; bulk headers"),

    R(slug="cliniques-azur-icims-achats", style="ats", vendor="icims", country="FR", cat="ats-automated",
      frm="Groupe Cliniques Azur <recrutement@talent.icims.example>",
      subject="Groupe Cliniques Azur – suite donnée à votre candidature (réf. 2026-4471)",
      brand="Groupe Cliniques Azur", headers=AUTO,
      text="""Madame, Monsieur,

Nous accusons réception de votre candidature pour le poste de Responsable des achats hospitaliers (réf. 2026-4471) au sein de notre siège de Nice, et nous vous remercions de la confiance que vous témoignez à notre groupe.

Le Groupe Cliniques Azur réunit 14 établissements de santé privés et plus de 4 000 collaborateurs. Chaque candidature fait l'objet d'un examen attentif par notre équipe de recrutement et par la direction concernée.

Après examen, nous sommes au regret de vous informer que votre profil ne correspond pas suffisamment aux exigences du poste. Nous ne donnerons donc pas suite à votre candidature.

Conformément au Règlement général sur la protection des données (RGPD), vos données seront conservées deux ans dans notre vivier, sauf opposition de votre part. Souhaitez-vous que nous conservions votre dossier ? [[Oui, conserver mon dossier]] · [[Non, supprimer mes données]]

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Direction des Ressources Humaines""",
      exp=("", "", "Groupe Cliniques Azur", "Responsable des achats hospitaliers"),
      notes="clinic group; verdict between company boilerplate and RGPD retention question"),

    R(slug="tilleuls-jobup-rh", style="ats", vendor="jobup", country="CH", cat="job-board-relay",
      frm="jobup.ch <noreply@jobup.example>",
      subject="Fondation Les Tilleuls a répondu à votre candidature",
      brand="Fondation Les Tilleuls", headers=BULK,
      text="""Bonjour Sam Taylor,

Fondation Les Tilleuls vous a envoyé un message concernant votre candidature « Assistant·e RH 80 % ».

« Madame, Monsieur, nous vous remercions de votre postulation. Nous vous informons que le poste a été pourvu. Nous vous adressons nos meilleures salutations. Service RH, Fondation Les Tilleuls, Lausanne »

[[Voir ma candidature]] · [[Trouver d'autres emplois en Suisse romande]]""",
      exp=("", "", "Fondation Les Tilleuls", "Assistant·e RH 80 %"),
      notes="Swiss foundation (santé/social) via jobup relay; 'poste a été pourvu'; Swiss 'postulation'"),

    R(slug="atlasmarket-smartrecruiters-maroc", style="ats", vendor="smartrecruiters", country="MA", cat="ats-automated",
      frm="AtlasMarket <noreply@smartrecruiters.example>",
      subject="Votre candidature – Key Account Manager Grande Distribution / Your application",
      brand="AtlasMarket SA", headers=AUTO,
      text="""Bonjour Sam,

Nous vous remercions pour l'intérêt porté à AtlasMarket et à l'offre Key Account Manager Grande Distribution basée à Casablanca.

Nous regrettons de ne pouvoir donner une suite favorable à votre candidature. Le poste requiert une connaissance approfondie du réseau de distribution marocain et la maîtrise de l'arabe, critères que nous avons dû privilégier.

Nous vous souhaitons beaucoup de succès dans vos projets professionnels.

Cordialement,
Direction du Capital Humain – AtlasMarket

---

Dear Sam, thank you for your interest in AtlasMarket. We regret that we are unable to move forward with your application for the Key Account Manager role.""",
      exp=("", "", "AtlasMarket", "Key Account Manager Grande Distribution"),
      notes="Morocco; French letter with English copy; reason given"),

    R(slug="kelp-wttj-recrutement-pause", style="ats", vendor="wttj", country="FR", cat="role-cancelled",
      frm="Kelp via Welcome to the Jungle <notifications@welcometothejungle.example>",
      subject="Kelp : mise à jour sur ta candidature Head of Sales",
      brand="Kelp", headers=AUTO,
      text="""Hello Sam,

On voulait te tenir au courant rapidement : on a décidé de mettre le recrutement du poste de Head of Sales en pause jusqu'à nouvel ordre. Notre levée de fonds a pris du retard et on préfère ne pas embaucher à ce niveau tant qu'elle n'est pas bouclée.

Concrètement, on clôture le processus pour toutes les candidatures en cours, dont la tienne. Si le poste rouvre, on te recontactera en priorité, promis.

Merci encore pour ton temps et tes idées lors de l'entretien avec Maxime.

La team Kelp 🌊""",
      exp=("", "", "Kelp", "Head of Sales"),
      notes="start-up; tu; role paused and process closed for Sam; emoji"),

    R(slug="cooperative-boreal-workable-qc", style="ats", vendor="workable", country="QC", cat="internal-candidate",
      frm="Coopérative Boréal <noreply@workablemail.example>",
      reply_to="Émilie Gagnon <emilie.gagnon@coopboreal.example>",
      subject="Poste de conseiller(ère) en ressources humaines – suivi",
      brand="Coopérative Boréal", headers=AUTO, h2t=True, h2t_width=58,
      text="""Bonjour Sam,

Nous vous remercions d'avoir soumis votre candidature pour le poste de conseiller(ère) en ressources humaines à notre siège social de Québec.

Nous tenons à vous informer que le poste a été comblé à l'interne. Nous ne donnerons donc pas suite à votre candidature pour le moment.

Nous conservons votre curriculum vitae dans notre banque de candidatures pour une période de six mois. Si vous avez des questions, n'hésitez pas à répondre à ce courriel.

Au plaisir,

Émilie Gagnon
Conseillère principale, acquisition de talents
Coopérative Boréal""",
      exp=("emilie.gagnon@coopboreal.example", "Émilie", "Coopérative Boréal", "conseiller(ère) en ressources humaines"),
      notes="Québec; 'comblé à l'interne'; courriel; Reply-To a person on a Workable mail; html2text plain"),

    # ------------------------------------------------------------------ rejections, personal
    R(slug="laiterie-cabinet-directeur-commercial", style="personal", country="FR", cat="agency-recruiter",
      frm="Hélène Marchetti <h.marchetti@cabinet-rhonerh.example>",
      subject="Directeur commercial régional – retour de la Laiterie des Monts",
      text="""Bonjour Sam,

Je reviens vers vous suite à votre second entretien à Annecy avec M. Favre et la DRH de la Laiterie des Monts.

Mon client m'a fait un retour très positif sur votre aisance relationnelle et votre vision de la grande distribution. Il a néanmoins fait le choix d'un autre profil pour le poste de Directeur commercial régional, une personne déjà implantée dans le réseau des GMS de la région Auvergne-Rhône-Alpes.

Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle. Je reste convaincue que votre profil intéressera d'autres entreprises de l'agroalimentaire et je ne manquerai pas de vous recontacter.

Bien cordialement,

Hélène Marchetti
Consultante senior – Cabinet RhôneRH
15 quai Jean Moulin, 69002 Lyon
Tél. : 04 55 50 12 87 / 06 55 50 44 19""",
      exp=("h.marchetti@cabinet-rhonerh.example", "Hélène", "Laiterie des Monts", "Directeur commercial régional"),
      notes="cabinet relays the client's decision; vous"),

    R(slug="interim-be-gestionnaire-stock", style="personal", country="BE", cat="agency-recruiter",
      frm="Julie Dubois <julie.dubois@intermission-interim.example>",
      subject="Mission gestionnaire de stock chez Frigolux",
      wrap=False,
      text="""Coucou Sam,

Petit mot rapide : la mission de gestionnaire de stock chez Frigolux à Nivelles est pourvue, le client a pris quelqu'un qui pouvait commencer lundi. Désolée, j'aurais aimé te donner une meilleure nouvelle !

Je te garde en tête pour les prochaines missions logistique dans le Brabant wallon.

Bonne journée,
Julie
InterMission Intérim – agence de Wavre
010 55 48 21""",
      exp=("julie.dubois@intermission-interim.example", "Julie", "Frigolux", "gestionnaire de stock"),
      notes="intérim (Belgium); tu; short; client's decision relayed"),

    R(slug="universite-garonne-drh-long", style="personal", country="FR", cat="personal-after-interview",
      frm="Catherine Lemaire <catherine.lemaire@univ-garonne.example>",
      subject="Votre candidature – Ingénieur·e d'études en pilotage administratif (BAP J)",
      text="""Madame, Monsieur,

Vous avez bien voulu vous présenter le 19 novembre dernier devant la commission chargée du recrutement sur le poste d'Ingénieur·e d'études en pilotage administratif (BAP J), affecté à la Direction des études et de la vie étudiante, et je vous en remercie.

La commission, composée de représentants de la direction générale des services, de la direction des ressources humaines et de la composante d'affectation, a entendu six candidats. Elle a apprécié la clarté de votre présentation, votre maîtrise des outils de pilotage et votre expérience de la conduite de projets transverses.

Au terme de ses délibérations, la commission n'a toutefois pas retenu votre candidature, lui préférant celle d'un candidat disposant d'une expérience approfondie du fonctionnement des établissements d'enseignement supérieur et de la réglementation budgétaire publique (GBCP).

Je tiens à souligner la qualité de votre dossier et vous encourage à suivre les offres publiées sur notre site, notamment dans le cadre de la campagne d'emplois contractuels du printemps.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Catherine Lemaire
Directrice adjointe des ressources humaines
Université de Garonne
05 55 61 20 40""",
      exp=("catherine.lemaire@univ-garonne.example", "Catherine", "Université de Garonne", "Ingénieur·e d'études en pilotage administratif (BAP J)"),
      notes="université; long formal letter, verdict in the third paragraph"),

    R(slug="luxfret-reply-above-quote", style="personal", country="LU", cat="personal-after-interview",
      frm="Marc Weber <marc.weber@luxfret.example>",
      subject="RE: Gestionnaire achats – suite de notre entretien",
      parent=True, parent_domain="example.org",
      text="""Bonjour Sam,

Merci pour votre message et votre relance, tout à fait légitime.

Malheureusement, nous sommes allés au bout du processus avec un autre candidat, qui a accepté notre proposition la semaine dernière. J'aurais dû vous prévenir plus tôt, toutes mes excuses.

Je vous souhaite beaucoup de réussite pour la suite.

Cordialement,
Marc Weber
Head of Procurement
LuxFret S.A. | Zone d'activités Bourmicht, L-8070 Bertrange
T +352 55 47 81

Ce message est confidentiel. Diese Nachricht ist vertraulich. This message is confidential.

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Tuesday, November 24, 2026 8:58 AM
To: Marc Weber <marc.weber@luxfret.example>
Subject: Gestionnaire achats – suite de notre entretien

Bonjour Monsieur Weber,
Je me permets de revenir vers vous concernant le poste de Gestionnaire achats, pour lequel nous avons échangé il y a trois semaines. Avez-vous une idée du calendrier ?
Bien cordialement,
Sam Taylor""",
      exp=("marc.weber@luxfret.example", "Marc", "LuxFret S.A.", "Gestionnaire achats"),
      notes="Luxembourg; reply above quoted owner follow-up (Outlook, English header); trilingual disclaimer"),

    R(slug="teranga-rh-note-manager", style="personal", country="SN", cat="personal-after-interview",
      frm="Aïssatou Ndiaye <a.ndiaye@teranga-distribution.example>",
      subject="Suite à votre entretien – Responsable commercial B2B",
      text="""Bonjour Sam,

Je vous remercie encore pour l'entretien de jeudi avec M. Diop, notre directeur commercial.

Il m'a fait part de son retour : il a apprécié l'échange et la qualité de la candidate, mais souhaite pour ce poste un profil plus orienté terrain, avec une expérience de la distribution en Afrique de l'Ouest. Il ne souhaite donc pas poursuivre avec Sam Taylor pour le poste de Responsable commercial B2B.

Je vous transmets sa décision avec regret, car j'avais beaucoup apprécié nos échanges. Je garde votre dossier pour nos futurs besoins à Dakar et à Abidjan.

Bien à vous,

Aïssatou Ndiaye
Chargée de recrutement
Teranga Distribution SA – Dakar
+221 33 555 12 40""",
      exp=("a.ndiaye@teranga-distribution.example", "Aïssatou", "Teranga Distribution SA", "Responsable commercial B2B"),
      notes="Senegal; HR passes the manager's note with the candidate in the third person"),

    R(slug="metropole-terse-interne", style="personal", country="FR", cat="terse",
      frm="Élodie Perrin <eperrin@metropole-valdeloire.example>",
      subject="Chargé de mission achats publics",
      wrap=False,
      text="""Bonjour Sam,

je reviens vers vous : c'est non pour cette fois, le poste de chargé de mission achats publics a été attribué à un agent en interne.

Bonne continuation,
Élodie Perrin
DRH – Métropole Val de Loire""",
      exp=("eperrin@metropole-valdeloire.example", "Élodie", "Métropole Val de Loire", "chargé de mission achats publics"),
      notes="collectivité; terse; attribué en interne"),

    R(slug="association-forward-directrice", style="personal", country="FR", cat="forwarded-note",
      frm="Claire Rousseau <claire.rousseau@asso-ensemble.example>",
      subject="TR: Candidature Sam Taylor – Responsable administratif et financier",
      text="""Bonjour Sam,

Comme convenu, je vous transfère la réponse de notre directrice générale, qui a tenu à ce que vous ayez son retour en direct. Je suis désolée que cela n'ait pas abouti.

Belle continuation,
Claire

Claire Rousseau
Assistante RH – Association Ensemble Solidaires
01 55 43 22 10

---------- Message transféré ---------
De : Nadia Benali <nadia.benali@asso-ensemble.example>
Date : mer. 25 nov. 2026 à 18:21
Objet : Candidature Sam Taylor – Responsable administratif et financier
À : Claire Rousseau <claire.rousseau@asso-ensemble.example>

Claire,

Merci pour l'organisation des entretiens. J'ai relu mes notes : Sam Taylor a un très bon sens de l'organisation, mais son expérience de la comptabilité associative et des financements publics est trop limitée pour le poste de Responsable administratif et financier. Nous ne retiendrons pas sa candidature ; je préfère que nous avancions avec la deuxième candidate.

Tu peux lui transmettre mon message, avec mes remerciements sincères.

Nadia""",
      exp=("claire.rousseau@asso-ensemble.example", "Claire", "Association Ensemble Solidaires", "Responsable administratif et financier"),
      notes="association; HR forwards the director's internal note about Sam (third person); Gmail forward block"),

    R(slug="haute-ecole-jury-be", style="personal", country="BE", cat="personal-after-interview",
      frm="Secrétariat des ressources humaines – HE Meuse-Sambre <rh@he-meusesambre.example>",
      subject="Appel à candidatures – Maître-assistant·e en logistique – Suite réservée",
      text="""Madame, Monsieur,

Nous faisons suite à votre candidature à la fonction de Maître-assistant·e en logistique (charge de 10/10e, département économique de Namur) et à votre audition du 13 novembre.

Nous vous informons qu'au terme de la procédure, le jury a classé d'autres candidats en ordre utile. Le Conseil d'administration de la Haute École a désigné la candidate classée en première position lors de sa séance du 30 novembre. Votre candidature n'a dès lors pas pu être retenue.

Nous vous remercions de l'intérêt porté à notre institution.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour la Direction-Présidence,
Le Secrétariat des ressources humaines
Haute École Meuse-Sambre

--
Hogeschool Meuse-Sambre – Dit bericht is uitsluitend bestemd voor de geadresseerde. / Ce message est destiné exclusivement à son destinataire.""",
      exp=("rh@he-meusesambre.example", "", "Haute École Meuse-Sambre", "Maître-assistant·e en logistique"),
      notes="enseignement (Belgium); Belgian admin wording 'classé en ordre utile'; FR/NL footer; team signature"),

    # ------------------------------------------------------------------ hard negatives, ATS style
    O(slug="panierfrais-teamtailor-accuse", style="ats", vendor="teamtailor", country="FR", cat="ack-received",
      frm="Panier Frais <no-reply@panierfrais.teamtailor-mail.com>",
      subject="Nous avons bien reçu votre candidature – Responsable Supply Chain",
      brand="Panier Frais SAS", headers=AUTO,
      text="""Bonjour Sam,

Merci pour votre candidature au poste de Responsable Supply Chain ! Elle a bien été transmise à notre équipe.

Nous recevons beaucoup de candidatures et les étudions toutes avec attention. Nous revenons vers vous sous trois semaines, que notre réponse soit positive ou négative. Si votre profil n'est pas retenu pour ce poste, nous vous proposerons de rejoindre notre vivier.

À très vite,
L'équipe Talent de Panier Frais""",
      notes="same sender as a rejection; acknowledgement that hedges ('si votre profil n'est pas retenu')"),

    O(slug="chu-laurentides-recruitee-convocation", style="ats", vendor="recruitee", country="QC", cat="interview-invite",
      frm="Centre hospitalier des Laurentides <noreply@mail.recruitee.example>",
      subject="Convocation à une entrevue – Agent(e) administratif(ve), classe 2",
      brand="Centre hospitalier des Laurentides", headers=AUTO, button="Confirmer ma présence",
      text="""Bonjour Sam,

À la suite de l'analyse de votre candidature pour le poste d'agent(e) administratif(ve), classe 2 (service des archives médicales), nous avons le plaisir de vous convoquer à une entrevue.

{table}

Veuillez prévoir une pièce d'identité avec photo. Malheureusement, aucun stationnement n'est réservé aux visiteurs; nous vous recommandons le stationnement payant P3.

Un test de français écrit (30 minutes) suivra l'entrevue. Un candidat absent sans avis préalable ne pourra malheureusement pas être reconvoqué.""",
      table=[("Date", "jeudi 10 décembre 2026"), ("Heure", "13 h 30"), ("Lieu", "Pavillon B, salle 2.14"),
             ("Durée", "environ 45 minutes")],
      notes="Québec hospital; interview convocation with 'malheureusement' twice"),

    O(slug="atlasmarket-smartrecruiters-test", style="ats", vendor="smartrecruiters", country="MA", cat="assessment",
      frm="AtlasMarket <noreply@smartrecruiters.example>",
      subject="Étape suivante : test en ligne – Chef de secteur Achats Épicerie",
      brand="AtlasMarket SA", headers=AUTO, button="Commencer le test",
      text="""Bonjour Sam,

Bonne nouvelle : votre candidature au poste de Chef de secteur Achats Épicerie passe à l'étape suivante.

Nous vous invitons à compléter un test d'aptitudes en ligne (raisonnement numérique et mise en situation, environ 40 minutes) avant le 9 décembre à minuit (heure de Casablanca).

Attention : les candidatures pour lesquelles le test n'est pas complété dans le délai ne pourront pas être retenues.

Cordialement,
Direction du Capital Humain – AtlasMarket""",
      notes="same sender as a rejection; online test with a conditional 'ne pourront pas être retenues'"),

    O(slug="cartel-greenhouse-promesse", style="ats", vendor="greenhouse", country="FR", cat="offer",
      frm="Cartel Logistique <no-reply@us.greenhouse-mail.io>",
      reply_to="Sophie Laurent <sophie.laurent@cartel-logistique.example>",
      subject="Votre promesse d'embauche – Responsable des opérations logistiques",
      brand="Cartel Logistique", headers=AUTO, button="Consulter et signer",
      text="""Bonjour Sam,

Suite à nos échanges, j'ai le plaisir de vous adresser votre promesse d'embauche pour le poste de Responsable des opérations logistiques, en CDI, basé à Roissy.

Le document est disponible pour signature électronique jusqu'au 14 décembre 2026. Passé ce délai, l'offre sera considérée comme caduque.

N'hésitez pas à me contacter pour toute question.

Sophie Laurent
Talent Acquisition Manager""",
      notes="offer (promesse d'embauche) with an expiry clause"),

    O(slug="kelp-wttj-vivier", style="ats", vendor="wttj", country="FR", cat="talent-pool-no-verdict",
      frm="Kelp via Welcome to the Jungle <notifications@welcometothejungle.example>",
      subject="Kelp : rejoins notre vivier de talents",
      brand="Kelp", headers=AUTO, button="Rejoindre le vivier",
      text="""Hello Sam,

Ta candidature pour le poste d'Account Manager est toujours en cours d'étude, on revient vers toi très vite.

En attendant, on construit un vivier de talents pour nos futurs recrutements commerciaux (on vise 12 embauches en 2027). Rejoindre le vivier ne change rien à ta candidature actuelle : c'est juste pour qu'on puisse te proposer d'autres postes plus tard.

La team Kelp 🌊""",
      notes="same sender as a rejection; talent pool invitation, candidacy still under review"),

    O(slug="apec-alerte-emploi", style="ats", vendor="apec", country="FR", cat="job-alert",
      frm="Apec <alertes@apec.example>",
      subject="Votre alerte « acheteur » : 9 nouvelles offres",
      brand="Apec", headers=BULK, h2t=True,
      text="""Bonjour Sam Taylor,

9 nouvelles offres correspondent à votre alerte « acheteur – Île-de-France ».

- Acheteur projet H/F – Valmonde Industrie – Cergy
- Acheteur hospitalier H/F – GHT Seine-Nord – Pontoise
- Acheteur famille frais H/F – Hypermarchés Soleil d'Or – Massy
- Responsable achats indirects H/F – TransAlpes Distribution – Paris
- Acheteur junior H/F – Cartel Logistique – Roissy

Offre expirée : « Acheteur international H/F – Mondiale Textile » n'est plus en ligne.

[[Voir les 9 offres]] · [[Modifier mon alerte]]""",
      notes="job alert listing employers Sam applied to; 'offre expirée' about a listing"),

    O(slug="cliniques-azur-icims-transfert", style="ats", vendor="icims", country="FR", cat="requisition-transfer",
      frm="Groupe Cliniques Azur <recrutement@talent.icims.example>",
      subject="Groupe Cliniques Azur – votre candidature a été transférée",
      brand="Groupe Cliniques Azur", headers=AUTO,
      text="""Bonjour Sam Taylor,

Vous avez postulé au poste d'Acheteur(se) dispositifs médicaux (réf. 2026-4388). Cette offre a été clôturée suite à une réorganisation du service achats.

Avec votre accord donné lors de notre échange téléphonique, votre candidature a été transférée vers l'offre Acheteur(se) senior – pôle santé (réf. 2026-4502), qui reprend l'essentiel des missions. Votre dossier est en cours d'examen par le responsable du recrutement.

Vous pouvez suivre votre candidature dans votre [[espace candidat]].

Direction des Ressources Humaines""",
      notes="same sender as a rejection; original requisition closed, application transferred and under review"),

    O(slug="banque-paiement-refuse", style="ats", vendor="inhouse", country="FR", cat="non-job-rejection",
      frm="Banque Horizon <alertes@banque-horizon.example>",
      subject="Alerte : paiement refusé sur votre carte ••4821",
      brand="Banque Horizon", headers=AUTO,
      text="""Bonjour,

Une opération par carte a été refusée.

{table}

Motif : plafond de paiement hebdomadaire atteint. Vous pouvez augmenter temporairement votre plafond depuis votre [[espace client]].

Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement notre service d'opposition au 09 55 55 55 55.

Banque Horizon ne vous demandera jamais vos codes par e-mail.""",
      table=[("Commerçant", "APEC FORMATION PARIS"), ("Montant", "149,00 EUR"), ("Date", "03/12/2026 11:42"),
             ("Statut", "Refusé")],
      notes="declined card payment (for a career coaching course); non-job, status table like a portal"),

    # ------------------------------------------------------------------ hard negatives, personal
    O(slug="collegue-paris-refus-candidate", style="personal", country="FR", cat="owner-hiring",
      frm="Baptiste Morel <baptiste.morel@example.org>",
      subject="Stagiaire partenariats – on tranche ?",
      wrap=False,
      text="""Salut Sam,

Après les entretiens d'hier, je pense qu'on ne retient pas Mme Lefèvre : trop junior pour gérer les annonceurs seule. Par contre Inès était top.

Tu lui envoies le mail de refus ou je m'en charge ? Et tu peux lancer la promesse pour Inès côté RH ?

Merci !
Baptiste
Calder Street Media – bureau de Paris""",
      notes="colleague at the owner's company about a candidate Sam is turning down"),

    O(slug="laiterie-reply-followup", style="personal", country="FR", cat="reply-to-owner-followup",
      frm="Hélène Marchetti <h.marchetti@cabinet-rhonerh.example>",
      subject="RE: Directeur commercial régional – retour de la Laiterie des Monts",
      parent=True, parent_domain="example.org", parent_depth=2,
      text="""Bonjour Sam,

Ne vous excusez surtout pas pour le délai de réponse ! Merci pour votre message, très élégant.

J'ai bien noté vos critères (grand Ouest ou Rhône-Alpes, secteur alimentaire ou santé). Je vous appelle début janvier, j'aurai sans doute de nouvelles missions à vous proposer.

Belles fêtes de fin d'année,
Hélène

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Envoyé : jeudi 3 décembre 2026 09:05
À : Hélène Marchetti
Objet : RE: Directeur commercial régional – retour de la Laiterie des Monts

Bonjour Hélène,
Pardon pour ma réponse tardive. Merci de m'avoir tenu au courant, même si la décision est décevante. Je serais ravi de rester en contact pour d'autres opportunités.
Sam

-----Message d'origine-----
De : Hélène Marchetti
Objet : Directeur commercial régional – retour de la Laiterie des Monts

Mon client [...] a néanmoins fait le choix d'un autre profil pour le poste de Directeur commercial régional.""",
      notes="reply to the owner's follow-up; the rejection only in the quote"),

    O(slug="valmonde-reponse-second-entretien", style="personal", country="FR", cat="answer-to-owner-question",
      frm="Thomas Girard <thomas.girard@valmonde.example>",
      subject="Re: Acheteur projet – avez-vous retenu un autre candidat ?",
      parent=True, parent_domain="example.org", client_html=True,
      text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Nous avons simplement pris du retard à cause des congés de la Toussaint.

Nous aimerions justement vous proposer un second entretien avec notre directeur industriel, le mardi 8 décembre à 10 h ou le jeudi 10 à 15 h, sur notre site de Cergy. Lequel vous conviendrait le mieux ?

Bien cordialement,
Thomas Girard
Responsable recrutement – Valmonde Industrie
01 55 30 44 82

Le lun. 30 nov. 2026 à 09:31, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Monsieur Girard,
> Je me permets de revenir vers vous au sujet du poste d'Acheteur projet.
> Avez-vous retenu un autre candidat ? Je reste très intéressé.
> Bien cordialement,
> Sam Taylor""",
      notes="answer to the owner's 'have you chosen another candidate?': second interview"),

    O(slug="colloque-communication-refusee", style="personal", country="QC", cat="non-job-rejection",
      frm="Comité scientifique – Colloque RH Québec 2027 <colloque@rhquebec-asso.example>",
      subject="Décision du comité – proposition de communication no 87",
      attach=[("evaluations_proposition_87.txt", "text/plain", "Réviseur 1 : sujet pertinent, angle trop local.\nRéviseur 2 : retour d'expérience intéressant, méthodologie peu détaillée.\n")],
      text="""Bonjour Sam Taylor,

Le comité scientifique du Colloque RH Québec 2027 vous remercie pour votre proposition de communication intitulée « Recruter dans les médias régionaux : retour d'expérience ».

Nous avons reçu 212 propositions pour 40 plages. Nous sommes au regret de vous informer que votre proposition n'a pas été retenue pour le programme de cette année. Les évaluations des deux réviseurs sont jointes au présent courriel.

Nous espérons vous compter parmi les participants en mai prochain.

Le comité scientifique""",
      notes="conference talk proposal declined; non-job; 'pas été retenue'"),

    O(slug="cabinet-pitch-teletravail", style="personal", country="FR", cat="recruiter-outreach",
      frm="Romain Lefort <r.lefort@talentsouest.example>",
      subject="Poste de Responsable achats – Nantes – échange rapide ?",
      text="""Bonjour Sam,

J'ai découvert votre profil sur LinkedIn et je pense qu'il pourrait correspondre à une mission que je mène pour un distributeur spécialisé (1 200 salariés, siège à Nantes).

Il s'agit d'un poste de Responsable achats non alimentaires, en CDI. Pour être transparent dès le départ : mon client n'a pas retenu l'option du télétravail complet, mais accepte deux jours par semaine.

Seriez-vous disponible cette semaine pour un échange de 20 minutes ?

Bien à vous,
Romain Lefort
Talents Ouest Conseil
06 55 12 88 03""",
      notes="cabinet cold pitch; 'n'a pas retenu' about remote work"),

    O(slug="reference-ancien-collegue", style="personal", country="BE", cat="reference-request",
      frm="Sarah Peeters <sarah.peeters@brusselsfood.example>",
      subject="Demande de référence – Julien Masson",
      text="""Bonjour Sam,

Julien Masson a postulé chez nous au poste de Responsable trade marketing et vous a indiqué comme référence. Nous avons retenu sa candidature pour l'étape finale.

Auriez-vous 15 minutes cette semaine pour un appel ? Je souhaiterais surtout comprendre comment il travaillait avec les équipes commerciales.

Merci d'avance,
Sarah Peeters
HR Business Partner – Brussels Food Group
+32 2 555 63 10""",
      notes="reference request about a former colleague's application"),

    O(slug="refus-reunion-calendrier", style="personal", country="FR", cat="declined-meeting",
      frm="Inès Haddad <ines.haddad@example.org>",
      subject="Refusé : Point recrutement – bilan des candidatures commerciales",
      wrap=False,
      text="""Inès Haddad a refusé cette invitation.

Point recrutement – bilan des candidatures commerciales
Quand : vendredi 4 décembre 2026 14:00 – 14:30 (UTC+01:00) Paris
Où : Salle Canal / Teams

Commentaire : Désolée Sam, je suis en rendez-vous annonceur à cette heure-là. On décale à lundi ?""",
      notes="declined meeting invitation from a colleague about the owner's own hiring"),

    O(slug="universite-garonne-attente", style="personal", country="FR", cat="status-update",
      frm="Catherine Lemaire <catherine.lemaire@univ-garonne.example>",
      subject="Votre candidature – Chargé·e de gestion RH (contractuel)",
      text="""Madame, Monsieur,

Je reviens vers vous au sujet de votre candidature au poste de Chargé·e de gestion RH. La commission de recrutement ne pourra se réunir que le 15 décembre, en raison de la période d'examens.

Aucune décision n'a donc encore été prise ; votre candidature reste pleinement à l'étude. Nous reviendrons vers vous dans tous les cas avant les congés de fin d'année.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Catherine Lemaire
Directrice adjointe des ressources humaines
Université de Garonne""",
      notes="same sender as a rejection; decision delayed, no decision yet"),
]

# Days pinned where the text or a quoted message fixes the date (others come from the slug's hash).
DAYS = {
    "luxfret-reply-above-quote": "2026-11-26", "laiterie-cabinet-directeur-commercial": "2026-11-30",
    "laiterie-reply-followup": "2026-12-04", "valmonde-reponse-second-entretien": "2026-12-01",
    "association-forward-directrice": "2026-11-26", "haute-ecole-jury-be": "2026-12-02",
    "refus-reunion-calendrier": "2026-12-02", "banque-paiement-refuse": "2026-12-03",
    "cartel-greenhouse-promesse": "2026-12-01", "atlasmarket-smartrecruiters-test": "2026-12-02",
    "chu-laurentides-recruitee-convocation": "2026-12-01", "universite-garonne-drh-long": "2026-11-27",
    "universite-garonne-attente": "2026-12-01", "collegue-paris-refus-candidate": "2026-11-24",
}
for _m in MESSAGES:
    _m.setdefault("day", DAYS.get(_m["slug"], ""))
