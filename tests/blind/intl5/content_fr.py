"""French-language messages (France, Belgium, Switzerland, Québec): 30 rejections, 30 hard negatives."""
from content_common import rej

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
LIST = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"}


def M(**kw):
    kw.setdefault("lang", "fr")
    kw.setdefault("variant", "fr-FR")
    return kw


R = "rejection"
O = "other"

MESSAGES = [
    # ------------------------------------------------------------------ rejections
    M(slug="taleo-groupe-pas-retenue", label=R, cat="ats-automated", style="ats", vendor="taleo",
      brand="Groupe Valmorel", frm="Groupe Valmorel Recrutement <recrutement@valmorel.taleo.net>", headers=AUTO,
      subject="Votre candidature – Responsable Marketing Digital H/F (réf. 2600417)",
      text="""Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez au Groupe Valmorel et de votre candidature au poste de Responsable Marketing Digital H/F.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons néanmoins vos coordonnées dans notre base de données, conformément à notre politique de confidentialité, et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines""",
      about="Groupe Valmorel – 38 000 collaborateurs dans 22 pays. Le Groupe Valmorel est signataire de la Charte de la diversité et s'engage en faveur de l'emploi des personnes en situation de handicap.",
      exp=rej("", "", "Groupe Valmorel", "Responsable Marketing Digital H/F"),
      notes="most ordinary wording; Madame, Monsieur; diversity charter"),

    M(slug="wttj-tu-pas-donner-suite", label=R, cat="ats-automated", style="ats", vendor="wttj",
      brand="Potager Club", frm="Potager Club via Welcome to the Jungle <no-reply@welcometothejungle.com>",
      reply_to="Inès Garnier <ines@potagerclub.example>", headers=AUTO,
      subject="Ta candidature chez Potager Club",
      text="""Hello Sam,

Merci pour ta candidature au poste de Head of Growth chez Potager Club et pour le temps que tu nous as accordé lors du premier échange.

On a pris le temps de bien regarder ton parcours, et on a décidé de ne pas donner suite pour cette fois. On recherche quelqu'un avec une expérience plus poussée en acquisition payante sur du D2C alimentaire.

On te souhaite plein de réussite pour la suite, et n'hésite pas à suivre nos aventures sur notre page Welcome to the Jungle !

Belle journée,
Inès – Talent & Culture""",
      exp=rej("ines@potagerclub.example", "Inès", "Potager Club", "Head of Growth"),
      notes="tu; Reply-To recruiter; startup"),

    M(slug="flatchr-profil-ne-correspond-pas", label=R, cat="ats-automated", style="ats", vendor="flatchr",
      brand="Armor Cosmétiques", frm="Armor Cosmétiques <candidatures@armor-cosmetiques.flatchr.io>", headers=AUTO,
      subject="Suite à votre candidature",
      text="""Bonjour Sam Taylor,

Nous avons bien étudié votre candidature pour le poste de Chef de produit marketing (CDI – Rennes).

Malheureusement, votre profil ne correspond pas à nos besoins actuels pour ce poste.

Nous vous souhaitons une bonne continuation dans vos recherches.

Cordialement,
L'équipe RH d'Armor Cosmétiques""",
      exp=rej("", "", "Armor Cosmétiques", "Chef de produit marketing"),
      notes="short; subject neutral"),

    M(slug="talentsoft-privilegie-conservation-cv", label=R, cat="keep-on-file", style="ats", vendor="talentsoft",
      brand="Banque Hérault & Associés", frm="Banque Hérault & Associés – Carrières <ne-pas-repondre@talent-soft.com>", headers=AUTO,
      subject="Votre candidature à l'offre « Responsable Études et Insights Clients »",
      text="""Bonjour,

Nous tenons tout d'abord à vous remercier pour l'intérêt que vous portez à la Banque Hérault & Associés et pour le soin apporté à votre candidature. Votre expérience au sein de Calder Street Media, notamment dans la mise en place de dispositifs de mesure d'audience, a retenu toute notre attention.

Fondée en 1872, la Banque Hérault & Associés accompagne aujourd'hui plus de 900 000 clients particuliers et professionnels dans le Sud de la France. Notre ambition : mettre la donnée au service d'une relation client plus humaine. Nous avons reçu un nombre très important de candidatures pour ce poste, de grande qualité.

Après une étude attentive de l'ensemble des dossiers, nous avons privilégié des candidatures dont l'expérience dans le secteur bancaire correspond davantage aux exigences du poste de Responsable Études et Insights Clients.

Souhaitez-vous que nous conservions votre CV dans notre vivier pendant 2 ans afin de vous proposer d'autres opportunités ? Si oui, il vous suffit de cliquer ici : [[J'accepte la conservation de mon CV]]. Sans action de votre part, vos données seront supprimées dans un délai de 3 mois, conformément au RGPD.

Nous vous souhaitons pleine réussite dans vos projets professionnels.

Bien cordialement,
Le service Recrutement""",
      exp=rej("", "", "Banque Hérault & Associés", "Responsable Études et Insights Clients"),
      notes="verdict buried after praise and boilerplate; CV retention question; RGPD"),

    M(slug="workday-bruxelles-statut-non-retenu", label=R, cat="status-portal", style="ats", vendor="workday",
      brand="Sablon Assurances", variant="fr-BE", frm="Sablon Assurances <sablon@myworkday.com>", headers=AUTO,
      subject="Mise à jour du statut de votre candidature",
      text="""Bonjour Sam Taylor,

Le statut de l'une de vos candidatures a été mis à jour.

{table}

Pour plus de détails, connectez-vous à votre [[espace candidat]].

Cordialement,
L'équipe Talent Acquisition""",
      table=[("Poste", "Brand & Communication Manager"), ("ID de l'offre", "JR-104552"), ("Lieu", "Bruxelles, Belgique"),
             ("Statut", "Non retenu"), ("Date", "19/10/2026")],
      exp=rej("", "", "Sablon Assurances", "Brand & Communication Manager"),
      notes="verdict only in a status table cell; Belgium"),

    M(slug="smartrecruiters-lausanne-poste-pourvu", label=R, cat="ats-automated", style="ats", vendor="smartrecruiters",
      brand="Léman Horlogerie", variant="fr-CH", frm="Léman Horlogerie SA <noreply@smartrecruiters.com>", headers=AUTO,
      subject="Léman Horlogerie SA – Chargé(e) de communication digitale",
      text="""Bonjour Sam Taylor,

Nous vous remercions de votre intérêt pour Léman Horlogerie SA.

Nous vous informons que le poste de Chargé(e) de communication digitale a été pourvu.

Nous vous encourageons à consulter régulièrement notre site carrières et à postuler à d'autres offres qui pourraient vous intéresser.

Meilleures salutations,
Ressources humaines
Léman Horlogerie SA, Lausanne""",
      exp=rej("", "", "Léman Horlogerie SA", "Chargé(e) de communication digitale"),
      notes="poste pourvu; Swiss 'Meilleures salutations'"),

    M(slug="cabinet-client-autre-candidat", label=R, cat="agency-recruiter", style="personal",
      frm="Aurélie Fontaine <a.fontaine@fontaine-conseil-rh.example>", client_html=True,
      subject="Retour de notre client – poste de Directeur Marketing",
      text="""Bonjour Sam,

Comme promis, je reviens vers vous suite à votre entretien de la semaine dernière avec la direction générale des Laboratoires Castelbrune.

J'ai eu leur retour ce matin : ils ont finalement retenu un autre candidat pour le poste de Directeur Marketing, dont le parcours dans la santé grand public correspondait davantage à leurs enjeux de lancement produit.

Je sais que ce n'est pas la nouvelle que vous attendiez, d'autant que les retours sur votre présentation étaient vraiment bons. Je garde précieusement votre dossier et je ne manquerai pas de vous recontacter pour d'autres missions.

Très belle journée,

Aurélie Fontaine
Consultante senior – Marketing & Digital
Fontaine Conseil RH · 12 rue Auber, 75009 Paris
06 71 42 88 19""",
      exp=rej("a.fontaine@fontaine-conseil-rh.example", "Aurélie", "Laboratoires Castelbrune", "Directeur Marketing"),
      notes="cabinet de recrutement relays client decision; company = client"),

    M(slug="quebec-conseillere-donner-suite", label=R, cat="personal-after-interview", style="personal", variant="fr-CA",
      frm="Marie-Ève Tremblay <marie-eve.tremblay@boreal-numerique.example>",
      subject="Votre candidature – Directeur(trice), stratégie de contenu",
      text="""Bonjour Sam,

Je vous remercie encore une fois pour l'entrevue de mardi et pour l'intérêt que vous portez à Boréal Numérique.

Après mûre réflexion, l'équipe a décidé d'aller de l'avant avec une autre candidature pour le poste de Directeur(trice), stratégie de contenu. Nous ne pourrons donc malheureusement pas donner suite à votre candidature.

Sachez que votre profil a été très apprécié, et je me permettrai de communiquer avec vous si un poste correspondant à votre expérience s'ouvre au cours des prochains mois.

Au plaisir,

Marie-Ève Tremblay, CRHA
Conseillère principale, acquisition de talents
Boréal Numérique inc.
514 555-0148, poste 212""",
      exp=rej("marie-eve.tremblay@boreal-numerique.example", "Marie-Ève", "Boréal Numérique", "Directeur(trice), stratégie de contenu"),
      notes="Québec; entrevue; aller de l'avant avec une autre candidature"),

    M(slug="mairie-commission-recrutement", label=R, cat="public-sector", style="personal",
      frm="Direction des Ressources Humaines – Ville de Montclar <drh-recrutement@ville-montclar.example>",
      subject="Votre candidature au poste de Chargé(e) de communication numérique – réf. 2026-COM-09",
      text="""Madame, Monsieur,

Vous avez fait acte de candidature au poste de Chargé(e) de communication numérique (cadre d'emplois des attachés territoriaux, catégorie A) au sein de la Direction de la communication de la Ville de Montclar, et nous vous en remercions.

La commission de recrutement s'est réunie le 15 octobre 2026. J'ai le regret de vous informer que votre candidature n'a pas été retenue à l'issue de cette commission.

Je vous rappelle que la Ville de Montclar applique une politique d'égalité professionnelle entre les femmes et les hommes et que tous ses postes sont ouverts aux personnes bénéficiaires de l'obligation d'emploi des travailleurs handicapés (BOETH).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
La Directrice des Ressources Humaines
Sylvie Marchetti""",
      exp=rej("drh-recrutement@ville-montclar.example", "Sylvie", "Ville de Montclar", "Chargé(e) de communication numérique"),
      notes="fonction publique territoriale; commission de recrutement; BOETH"),

    M(slug="hm-long-privilegie-b2b", label=R, cat="personal-after-interview", style="personal",
      frm="Julien Mercadier <julien.mercadier@orbis-data.example>",
      subject="Suite à nos échanges",
      text="""Bonjour Sam,

Je voulais d'abord vous remercier sincèrement pour les trois entretiens que nous avons eus ces dernières semaines, ainsi que pour le cas pratique très complet que vous nous avez remis. Toute l'équipe a apprécié votre approche, votre curiosité sur notre modèle et la clarté de votre restitution. Vos recommandations sur la segmentation de notre base clients nous ont même donné quelques idées que nous allons creuser.

Le choix a été difficile. Nous avons finalement privilégié un profil ayant davantage d'expérience en B2B industriel, ce qui nous semble indispensable pour le poste de Head of Product Marketing dans la phase où se trouve Orbis Data aujourd'hui.

Je serais ravi d'échanger avec vous par téléphone si vous souhaitez un retour plus détaillé. Et je suis convaincu que nos chemins se recroiseront.

Bien à vous,

Julien Mercadier
VP Marketing – Orbis Data
+33 6 12 58 74 03""",
      exp=rej("julien.mercadier@orbis-data.example", "Julien", "Orbis Data", "Head of Product Marketing"),
      notes="long praise; verdict in the middle; nous avons privilégié"),

    M(slug="founder-tu-quelquun-dautre", label=R, cat="personal-after-interview", style="personal",
      frm="Thibault Roux <thibault@velocargo.example>",
      subject="Re: Dernier entretien", parent=True,
      text="""Salut Sam,

Bon, je vais pas tourner autour du pot : on part sur quelqu'un d'autre pour le poste de Head of Marketing. C'était vraiment serré entre toi et une autre personne, et au final on a choisi quelqu'un qui connait deja bien le secteur de la logistique urbaine.

Désolé, je sais que t'avais mis beaucoup d'énergie dans le process. Si t'es partant on se fait un déj un de ces quatre, j'aimerais bien garder le contact.

A+
Thibault

--
Thibault Roux · CEO · Vélocargo
07 81 33 20 96

Le jeu. 22 oct. 2026 à 19:05, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Thibault,
> Merci encore pour l'échange de cet après-midi, j'ai hâte d'avoir
> ton retour !
> Sam""",
      exp=rej("thibault@velocargo.example", "Thibault", "Vélocargo", "Head of Marketing"),
      notes="tu; casual; missing accents (typos); Gmail quote"),

    M(slug="terse-poste-pourvu", label=R, cat="terse", style="personal",
      frm="Claire Dumas <claire.dumas@atelier-dumas.example>",
      subject="candidature",
      text="""Bonjour,

Le poste est pourvu. Merci pour votre candidature et bonne continuation.

Claire Dumas
Atelier Dumas Communication""",
      exp=rej("claire.dumas@atelier-dumas.example", "Claire", "Atelier Dumas Communication", ""),
      notes="one line; no role named"),

    M(slug="reponse-defavorable-objet-pdf", label=R, cat="terse", style="personal",
      frm="Service RH – Editions Lamarque <rh@editions-lamarque.example>",
      subject="Réponse défavorable – candidature Responsable éditorial numérique",
      attach=[("Courrier_Taylor.pdf", "application/pdf", "%PDF-1.4\n% courrier\n%%EOF\n")],
      text="""Bonjour,

Veuillez trouver ci-joint notre courrier relatif à votre candidature.

Cordialement,

Service des Ressources Humaines
Editions Lamarque
45 boulevard Raspail, 75006 Paris""",
      exp=rej("rh@editions-lamarque.example", "", "Editions Lamarque", "Responsable éditorial numérique"),
      notes="verdict only in the subject; letter as PDF"),

    M(slug="gel-embauches-recrutement-suspendu", label=R, cat="role-cancelled", style="personal",
      frm="Nathalie Perrin <nathalie.perrin@groupe-lumen.example>",
      subject="Poste de Responsable CRM – information importante",
      text="""Bonjour Sam,

Je reviens vers vous concernant le poste de Responsable CRM pour lequel vous étiez en dernière étape.

La direction du groupe vient d'annoncer un gel des embauches jusqu'à la fin du premier semestre 2027. Le recrutement est donc suspendu, et je ne suis malheureusement pas en mesure de poursuivre le processus avec vous. Je suis sincèrement désolée, d'autant que vous faisiez partie des deux finalistes.

Si le poste est réouvert, vous serez la première personne que je contacterai.

Bien cordialement,
Nathalie Perrin
Responsable Recrutement – Groupe Lumen
01 44 87 21 60""",
      exp=rej("nathalie.perrin@groupe-lumen.example", "Nathalie", "Groupe Lumen", "Responsable CRM"),
      notes="hiring freeze; process stopped for Sam"),

    M(slug="offre-annulee-ats", label=R, cat="role-cancelled", style="ats", vendor="smartrecruiters",
      brand="Marée Haute Voyages", frm="Marée Haute Voyages <noreply@smartrecruiters.com>", headers=AUTO,
      subject="Information concernant l'offre Responsable Acquisition",
      text="""Bonjour Sam,

Vous avez postulé à l'offre Responsable Acquisition chez Marée Haute Voyages.

Nous vous informons que cette offre a été annulée suite à une réorganisation interne. Votre candidature ne pourra donc pas être étudiée plus avant.

Nous vous remercions pour votre intérêt et espérons vous retrouver lors d'une prochaine opportunité.

L'équipe Recrutement""",
      exp=rej("", "", "Marée Haute Voyages", "Responsable Acquisition"),
      notes="offer cancelled"),

    M(slug="pourvu-en-interne-teamtailor", label=R, cat="internal-candidate", style="ats", vendor="teamtailor",
      brand="Maison Coriandre", frm="Maison Coriandre <no-reply@teamtailor.com>", headers=AUTO,
      subject="Ta candidature – Brand Content Manager",
      text="""Bonjour Sam,

Merci d'avoir postulé au poste de Brand Content Manager chez Maison Coriandre.

On voulait te tenir au courant : le poste a été pourvu en interne par une personne de notre équipe e-commerce qui souhaitait évoluer. Nous clôturons donc le recrutement.

Merci encore pour ton intérêt, et à bientôt peut-être !

L'équipe Maison Coriandre""",
      exp=rej("", "", "Maison Coriandre", "Brand Content Manager"),
      notes="tu; filled internally"),

    M(slug="tests-en-ligne-resultats", label=R, cat="after-assessment", style="ats", vendor="talentsoft",
      brand="Compagnie Ferroviaire de l'Ouest", frm="CFO Recrutement <ne-pas-repondre@talent-soft.com>", headers=AUTO,
      subject="Résultats de vos tests en ligne",
      text="""Madame, Monsieur,

Vous avez récemment passé les tests en ligne dans le cadre de votre candidature au poste de Chef de projet Marketing Voyageurs.

Nous vous remercions pour votre participation. Vos résultats ne nous permettent malheureusement pas de poursuivre le processus de recrutement avec vous pour ce poste.

Conformément à notre politique, vous pourrez de nouveau postuler à nos offres dans un délai de 6 mois.

Cordialement,
La Direction du Recrutement
Compagnie Ferroviaire de l'Ouest""",
      exp=rej("", "", "Compagnie Ferroviaire de l'Ouest", "Chef de projet Marketing Voyageurs"),
      notes="after online tests"),

    M(slug="cas-pratique-pas-retenu-suite", label=R, cat="after-assessment", style="personal",
      frm="Camille Berthier <camille.berthier@nuage-rouge.example>",
      subject="Retour sur ton cas pratique",
      text="""Hello Sam,

Merci beaucoup pour le cas pratique que tu nous as présenté jeudi. On a vraiment apprécié ta lecture des données de rétention, c'était très clair.

Par contre, sur la partie roadmap, on attendait une vision plus concrète des priorités à 6 mois, et c'est un point clé pour le poste de Lead Product Analyst. Du coup, tu n'es pas retenu(e) pour la suite du processus.

J'espère que ce retour te sera utile, et encore merci pour ton investissement !

Camille
Head of Data – Nuage Rouge""",
      exp=rej("camille.berthier@nuage-rouge.example", "Camille", "Nuage Rouge", "Lead Product Analyst"),
      notes="tu; after case study; verdict after feedback"),

    M(slug="relance-autre-candidate-retenue", label=R, cat="personal-after-interview", style="personal",
      frm="Sophie Lefèvre <sophie.lefevre@cap-hornier.example>",
      subject="RE: Point sur ma candidature", parent=True,
      text="""Bonjour Sam,

Toutes mes excuses pour ce délai de réponse, les dernières semaines ont été très chargées.

Nous avons retenu une autre candidate pour le poste de Responsable Communication Corporate, qui a pris ses fonctions lundi. J'aurais dû vous prévenir plus tôt, je suis désolée.

Merci pour votre patience et tous mes vœux de réussite.

Sophie Lefèvre
DRH – Cap Hornier

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 9 novembre 2026 08:47
À : Sophie Lefèvre <sophie.lefevre@cap-hornier.example>
Objet : Point sur ma candidature

Bonjour Madame Lefèvre,

Je me permets de revenir vers vous au sujet de ma candidature au poste de Responsable Communication Corporate. Auriez-vous des nouvelles ?

Bien cordialement,
Sam Taylor""",
      exp=rej("sophie.lefevre@cap-hornier.example", "Sophie", "Cap Hornier", "Responsable Communication Corporate"),
      notes="reply to Sam's chaser; Outlook quote"),

    M(slug="linkedin-fr-pas-plus-loin", label=R, cat="ats-automated", style="ats", vendor="linkedin",
      brand="LinkedIn", frm="LinkedIn <jobs-noreply@linkedin.com>", headers=LIST,
      subject="Votre candidature chez Octave Énergie",
      text="""Votre candidature chez Octave Énergie

Responsable Marketing B2C
Octave Énergie · Lyon (Hybride)

Merci de l'intérêt que vous portez à Octave Énergie. Malheureusement, Octave Énergie a décidé de ne pas aller plus loin avec votre candidature.

Ne vous découragez pas : [[Voir des offres similaires]]

Offres recommandées pour vous :
- Head of Brand · Lumio · Lyon
- Responsable Marketing · Vallée Verte Bio · Annecy""",
      exp=rej("", "", "Octave Énergie", "Responsable Marketing B2C"),
      notes="LinkedIn status notice with recommendations"),

    M(slug="indeed-statut-non-selectionne", label=R, cat="status-portal", style="ats", vendor="indeed",
      brand="Indeed", frm="Indeed <donotreply@match.indeed.com>", headers=LIST,
      subject="Mise à jour de votre candidature",
      text="""Bonjour Sam,

L'employeur a mis à jour le statut de votre candidature.

{table}

[[Voir mes candidatures]]

Conseil : mettez à jour votre CV Indeed pour être visible par plus de recruteurs.""",
      table=[("Poste", "Chargé(e) d'études marketing"), ("Entreprise", "Fromageries Vercorin"), ("Lieu", "Annecy (74)"),
             ("Statut", "Non sélectionné(e)")],
      exp=rej("", "", "Fromageries Vercorin", "Chargé(e) d'études marketing"),
      notes="status portal; verdict only in table"),

    M(slug="greenhouse-tu-ne-poursuivrons-pas", label=R, cat="ats-automated", style="ats", vendor="greenhouse",
      brand="Pollen", frm="Pollen <no-reply@eu.greenhouse-mail.io>", reply_to="Hugo Lemaire <hugo.lemaire@pollen-app.example>",
      headers=AUTO, subject="Ta candidature chez Pollen",
      text="""Salut Sam,

Merci d'avoir pris le temps d'échanger avec nous à propos du poste de Senior Product Marketing Manager.

Après réflexion, nous ne poursuivrons pas le processus avec toi. L'équipe a été impressionnée par ton expérience côté insights, mais nous cherchons quelqu'un ayant déjà piloté des lancements produits sur le marché allemand.

On te souhaite le meilleur pour la suite.

Hugo
Talent Partner, Pollen""",
      about="Chez Pollen, nous construisons une équipe diverse et inclusive. Nous étudions toutes les candidatures sans distinction d'origine, de genre, d'âge, d'orientation sexuelle ou de handicap.",
      exp=rej("hugo.lemaire@pollen-app.example", "Hugo", "Pollen", "Senior Product Marketing Manager"),
      notes="tu; Greenhouse; Reply-To recruiter"),

    M(slug="teamtailor-liege-vivier", label=R, cat="keep-on-file", style="ats", vendor="teamtailor",
      brand="Meuse Digital", variant="fr-BE", frm="Meuse Digital <no-reply@teamtailor.com>", headers=AUTO,
      html_only=True, cte="base64",
      subject="Merci pour ta candidature, Sam",
      text="""Bonjour Sam,

Un grand merci pour ton intérêt pour Meuse Digital et pour le poste de Marketing Lead.

Nous avons décidé de ne pas retenir ta candidature pour ce poste. Ce n'est jamais une décision facile quand on reçoit autant de beaux profils.

Nous aimerions toutefois te garder dans notre vivier de talents pour de futures opportunités. Clique sur le bouton ci-dessous pour rester en contact. Sans réponse de ta part, tes données seront supprimées après 6 mois.

À bientôt peut-être,
L'équipe Meuse Digital, Liège""",
      button="Rester dans le vivier",
      exp=rej("", "", "Meuse Digital", "Marketing Lead"),
      notes="HTML-only base64; Belgium; talent pool button"),

    M(slug="lever-poursuivre-autres-candidats", label=R, cat="ats-automated", style="ats", vendor="lever",
      brand="Kairn", frm="Kairn <no-reply@hire.lever.co>", headers=AUTO,
      subject="Kairn – Responsable Insights Audience",
      text="""Bonjour Sam,

Merci pour l'intérêt que vous portez à Kairn et pour votre candidature au poste de Responsable Insights Audience.

Nous avons pris la décision de poursuivre avec d'autres candidats dont le profil correspond plus étroitement aux besoins actuels de l'équipe.

Nous vous remercions pour le temps consacré à votre candidature et vous souhaitons bonne chance dans vos recherches.

L'équipe Talent de Kairn""",
      exp=rej("", "", "Kairn", "Responsable Insights Audience"),
      notes="Lever; subject only company and role"),

    M(slug="recruitee-geneve-suite-favorable", label=R, cat="ats-automated", style="ats", vendor="recruitee",
      brand="Rhône Private Banking", variant="fr-CH", frm="Rhône Private Banking <rhonepb@mail.recruitee.com>", headers=AUTO,
      subject="Votre dossier de candidature",
      text="""Madame, Monsieur,

Nous accusons réception de votre dossier de candidature pour le poste de Responsable Communication Digitale à 100 % et vous remercions de l'intérêt témoigné envers notre établissement.

Après un examen attentif, nous sommes malheureusement dans l'impossibilité de donner une suite favorable à votre dossier, d'autres candidatures correspondant davantage au profil recherché.

Votre dossier sera détruit conformément à la loi fédérale sur la protection des données.

Nous vous prions d'agréer, Madame, Monsieur, nos meilleures salutations.

Ressources Humaines
Rhône Private Banking SA, Genève""",
      exp=rej("", "", "Rhône Private Banking SA", "Responsable Communication Digitale"),
      notes="Swiss; opens like an acknowledgement; suite favorable"),

    M(slug="workable-pas-plus-loin", label=R, cat="ats-automated", style="ats", vendor="workable",
      brand="Sillon Studio", frm="Sillon Studio <noreply@candidates.workablemail.com>", headers=AUTO,
      subject="Ta candidature pour Content & Community Manager",
      text="""Bonjour Sam,

Merci d'avoir postulé chez Sillon Studio pour le poste de Content & Community Manager.

Nous avons reçu de nombreuses candidatures et, après les avoir toutes étudiées, nous n'irons pas plus loin avec la tienne cette fois-ci.

Pour toute question, tu peux écrire à jobs@sillon-studio.example.

Bonne continuation !
Sillon Studio""",
      exp=rej("jobs@sillon-studio.example", "", "Sillon Studio", "Content & Community Manager"),
      notes="tu; team address in body"),

    M(slug="quebec-gestionnaire-aller-de-lavant", label=R, cat="personal-after-interview", style="personal", variant="fr-CA",
      frm="Jean-François Gagnon <jf.gagnon@erabliere-media.example>",
      subject="Suivi – poste de Gestionnaire, marketing numérique",
      text="""Bonjour Sam,

Merci d'avoir pris le temps de nous rencontrer, ma collègue Geneviève et moi, la semaine dernière. On a vraiment eu du plaisir à jaser avec toi de tes projets chez Calder Street Media.

Je dois malheureusement t'annoncer qu'on a choisi d'aller de l'avant avec une autre personne pour le poste de Gestionnaire, marketing numérique. Sa connaissance du marché québécois a fait la différence.

Je te souhaite bonne chance dans tes démarches, et n'hésite pas à m'écrire si tu veux un retour plus détaillé.

Bonne journée,
Jean-François Gagnon
Directeur marketing, Érablière Média
418 555-0193""",
      exp=rej("jf.gagnon@erabliere-media.example", "Jean-François", "Érablière Média", "Gestionnaire, marketing numérique"),
      notes="Québec; tutoiement; aller de l'avant avec une autre personne"),

    M(slug="belgique-regret-ne-pouvons-retenir", label=R, cat="personal-after-interview", style="personal", variant="fr-BE",
      frm="Anne-Sophie Dewulf <as.dewulf@brabant-energie.example>",
      subject="Votre candidature Marketing Manager Residential",
      charset="windows-1252",
      text="""Chère Madame, cher Monsieur Taylor,

Nous vous remercions pour l'entretien du 6 octobre et pour l'intérêt manifesté pour Brabant Énergie.

Nous sommes au regret de devoir vous annoncer que nous ne pouvons pas retenir votre candidature pour la fonction de Marketing Manager Residential. Parmi les septante candidatures reçues, nous avons sélectionné un profil disposant d'une expérience plus longue dans le secteur de l'énergie.

Nous vous souhaitons beaucoup de succès dans vos recherches et vous prions d'agréer nos salutations distinguées.

Anne-Sophie Dewulf
HR Business Partner
Brabant Énergie SA – Wavre
+32 10 23 45 67""",
      exp=rej("as.dewulf@brabant-energie.example", "Anne-Sophie", "Brabant Énergie SA", "Marketing Manager Residential"),
      notes="Belgium; septante; windows-1252"),

    M(slug="cabinet-client-stand-by", label=R, cat="role-cancelled", style="personal",
      frm="Mehdi Benali <mehdi.benali@talentys-search.example>",
      subject="Mission Head of Data Marketing – point",
      text="""Bonjour Sam,

Petit point rapide sur la mission Head of Data Marketing chez Ostréa Retail.

Le client vient de m'informer qu'il met le recrutement en stand-by jusqu'à nouvel ordre (arbitrages budgétaires 2027). Je suis donc obligé de clôturer le process de mon côté, y compris pour vous, alors que vous étiez bien positionné(e).

Je reviens vers vous dès que j'ai du nouveau sur ce poste ou sur une autre mission qui vous correspond.

Bien à vous,
Mehdi Benali
Talentys Search – Cabinet de recrutement
06 58 21 44 90""",
      exp=rej("mehdi.benali@talentys-search.example", "Mehdi", "Ostréa Retail", "Head of Data Marketing"),
      notes="agency; client put the role on hold; process closed for Sam"),

    M(slug="etat-fribourg-non-retenue", label=R, cat="public-sector", style="ats", vendor="plain-hr",
      brand="État de Fribourg – Service du personnel et d'organisation", variant="fr-CH",
      frm="État de Fribourg – SPO <noreply-emploi@fr-etat.example>", headers=AUTO,
      subject="Mise au concours n° 4417 – Délégué-e à la communication",
      text="""Madame, Monsieur,

Nous vous remercions de votre postulation pour la fonction de Délégué-e à la communication (80–100 %) auprès de la Direction de l'économie.

Après analyse des dossiers reçus, nous vous informons que votre candidature n'a pas été retenue pour la suite de la procédure de sélection.

L'État de Fribourg encourage la diversité et l'égalité des chances et favorise l'inclusion des personnes en situation de handicap.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service du personnel et d'organisation (SPO)""",
      exp=rej("", "", "État de Fribourg", "Délégué-e à la communication"),
      notes="Swiss cantonal administration; postulation; mise au concours"),

    # ------------------------------------------------------------------ hard negatives
    M(slug="ack-taleo-sans-reponse-4-semaines", label=O, cat="ack-received", style="ats", vendor="taleo",
      brand="Groupe Cassiopée", frm="Groupe Cassiopée <recrutement@cassiopee.taleo.net>", headers=AUTO,
      subject="Accusé de réception de votre candidature",
      text="""Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de Responsable Communication Interne et vous remercions de l'intérêt que vous portez au Groupe Cassiopée.

Votre dossier va être étudié avec attention par nos équipes. En raison du nombre important de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles. Sans réponse de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

La Direction des Ressources Humaines""",
      notes="acknowledgement with conditional 'pas été retenue'"),

    M(slug="ack-wttj-tu-on-revient", label=O, cat="ack-received", style="ats", vendor="wttj",
      brand="Bobine", frm="Bobine via Welcome to the Jungle <no-reply@welcometothejungle.com>", headers=AUTO,
      subject="Ta candidature a bien été envoyée à Bobine",
      text="""Bonjour Sam,

Ta candidature pour le poste de Head of Audience chez Bobine a bien été transmise ! 🎉

L'équipe va l'étudier dans les prochains jours. Que la réponse soit positive ou non, on s'engage à te faire un retour sous 15 jours.

En attendant, découvre les coulisses de l'équipe sur [[la page entreprise de Bobine]].

L'équipe Welcome to the Jungle""",
      notes="acknowledgement; hedge 'positive ou non'"),

    M(slug="flatchr-invitation-entretien", label=O, cat="interview-invite", style="ats", vendor="flatchr",
      brand="Terres de Loire", frm="Terres de Loire <candidatures@terresdeloire.flatchr.io>", headers=AUTO,
      subject="Invitation à un entretien – Responsable marketing",
      text="""Bonjour Sam Taylor,

Votre candidature au poste de Responsable marketing a retenu notre attention et nous souhaiterions vous rencontrer.

Nous vous proposons un premier entretien en visioconférence d'environ 45 minutes avec Mme Rivière, Directrice commerciale. Merci de choisir un créneau via le lien ci-dessous :

[[Choisir un créneau]]

Au plaisir d'échanger avec vous,
L'équipe RH – Terres de Loire""",
      notes="interview invite; 'a retenu notre attention'"),

    M(slug="invitation-visio-tu", label=O, cat="interview-invite", style="personal",
      frm="Léa Moreau <lea@carrousel-app.example>",
      subject="On se cale un call ?",
      text="""Hello Sam,

Merci pour ta candidature, ton profil nous plaît beaucoup ! On aimerait te proposer un premier échange en visio de 30 min avec Antoine, notre CPO.

Tu serais dispo mardi 17 à 10h ou mercredi 18 à 16h ?

À très vite,
Léa
Talent Acquisition – Carrousel""",
      notes="tu; first call invitation"),

    M(slug="retenu-pour-la-suite-bonne-nouvelle", label=O, cat="interview-invite", style="ats", vendor="smartrecruiters",
      brand="Astrolabe Conseil", frm="Astrolabe Conseil <noreply@smartrecruiters.com>", headers=AUTO,
      subject="Bonne nouvelle concernant votre candidature",
      text="""Bonjour Sam,

Nous avons le plaisir de vous informer que vous êtes retenu(e) pour la suite du processus de recrutement pour le poste de Manager Études & Insights.

La prochaine étape consiste en un entretien avec deux associés du cabinet, à nos bureaux de La Défense. Notre équipe vous contactera sous 48 h pour convenir d'une date.

Malheureusement, nous ne pouvons pas prendre en charge les frais de déplacement.

Cordialement,
L'équipe Recrutement d'Astrolabe Conseil""",
      notes="progress notice with 'retenu pour la suite' positive and a 'malheureusement'"),

    M(slug="test-personnalite-invitation", label=O, cat="assessment-invite", style="ats", vendor="talentsoft",
      brand="Mutuelle Armorique", frm="Mutuelle Armorique Recrutement <ne-pas-repondre@talent-soft.com>", headers=AUTO,
      subject="Étape suivante : questionnaire de personnalité",
      text="""Bonjour,

Dans le cadre de votre candidature au poste de Responsable Marketing Relationnel, nous vous invitons à compléter un questionnaire de personnalité et un test de raisonnement (durée : 35 minutes environ).

[[Accéder aux tests]]

Attention : le lien est valable jusqu'au 6 novembre 2026. Au-delà de cette date, votre candidature ne pourra plus être prise en compte.

Cordialement,
Le service Recrutement""",
      notes="assessment invite with a deadline threat"),

    M(slug="promesse-embauche", label=O, cat="offer", style="personal",
      frm="Pauline Girard <pauline.girard@lumiere-editions.example>",
      subject="Proposition d'embauche – Head of Audience & Data",
      attach=[("Promesse_embauche_Taylor.pdf", "application/pdf", "%PDF-1.4\n% promesse\n%%EOF\n")],
      text="""Bonjour Sam,

Suite à nos différents échanges, j'ai le grand plaisir de vous confirmer que nous souhaitons vous accueillir au sein de Lumière Éditions en tant que Head of Audience & Data.

Vous trouverez ci-joint notre promesse d'embauche précisant la rémunération, la date de démarrage envisagée et les avantages. Nous vous remercions de nous faire part de votre réponse avant le 25 novembre.

Au plaisir de travailler ensemble,
Pauline Girard
Directrice Générale Déléguée, Lumière Éditions
+33 1 53 10 22 87""",
      notes="offer with PDF"),

    M(slug="hellowork-alerte-offres", label=O, cat="job-alert", style="ats", vendor="hellowork",
      brand="HelloWork", frm="HelloWork <alertes@hellowork.com>", headers=LIST,
      subject="8 nouvelles offres : Responsable marketing – Paris",
      text="""Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte « Responsable marketing – Paris » :

- Responsable marketing digital H/F · Saveurs de Provence · Paris 8e · CDI
- Head of Marketing H/F · Quai 36 · Paris 11e · CDI
- Responsable marketing produit H/F · Domotik · Boulogne-Billancourt · CDI

[[Voir les 8 offres]]

Une offre n'est plus disponible ? Elle a sans doute été pourvue : pensez à activer les alertes pour postuler plus vite.""",
      notes="job alert; 'pourvue' generic"),

    M(slug="newsletter-rebondir-refus", label=O, cat="newsletter", style="ats", vendor="wttj",
      brand="Welcome to the Jungle", frm="Welcome to the Jungle <newsletter@welcometothejungle.com>", headers=LIST,
      subject="Candidature refusée : comment rebondir ?",
      text="""Salut Sam,

Au programme cette semaine :

« Votre candidature n'a pas été retenue » : comment répondre à un refus et garder le contact avec le recruteur. [[Lire l'article]]

Salaires 2026 : combien gagnent les Head of Marketing en France ? [[Voir l'étude]]

Les entreprises qui recrutent : Bobine, Potager Club, Carrousel…

Bonne semaine,
La rédac' de Welcome to the Jungle""",
      notes="newsletter about rejections"),

    M(slug="chasseuse-nouvelle-mission", label=O, cat="recruiter-outreach", style="personal",
      frm="Valérie Dupré <valerie.dupre@dupre-executive.example>",
      subject="Opportunité Directeur(rice) Data & Audiences – confidentiel",
      text="""Bonjour Sam,

Je me permets de vous contacter dans le cadre d'une mission confidentielle pour un grand groupe de presse régionale, qui recherche son/sa Directeur(rice) Data & Audiences.

Votre parcours chez Calder Street Media m'a semblé particulièrement pertinent. Seriez-vous ouvert(e) à un échange téléphonique cette semaine ? Même si vous n'êtes pas en recherche active, je serais ravie de vous présenter le contexte.

Bien cordialement,
Valérie Dupré
Associée – Dupré Executive
+33 6 45 19 73 02""",
      notes="headhunter cold outreach"),

    M(slug="candidature-transferee", label=O, cat="requisition-transfer", style="ats", vendor="workday",
      brand="Groupe Aubrac", frm="Groupe Aubrac <aubrac@myworkday.com>", headers=AUTO,
      subject="Votre candidature a été transférée",
      text="""Bonjour Sam Taylor,

L'offre « Chef de projet Marketing » (JR-7741) à laquelle vous avez postulé a été clôturée suite à une réorganisation de l'équipe. Votre profil correspondant à un autre poste ouvert, votre candidature a été transférée :

{table}

Aucune action de votre part n'est nécessaire. Un recruteur reviendra vers vous prochainement.

Cordialement,
Talent Acquisition Groupe Aubrac""",
      table=[("Nouveau poste", "Chef de projet Marketing Senior"), ("Référence", "JR-7790"), ("Statut", "En cours d'examen")],
      notes="old requisition closed, application transferred"),

    M(slug="demande-references-ancien-collegue", label=O, cat="reference-request", style="personal",
      frm="Romain Carré <romain.carre@onde-courte.example>",
      subject="Demande de références – Julien Marchand",
      text="""Bonjour Sam,

Julien Marchand, avec qui vous avez travaillé chez Calder Street Media, est actuellement finaliste pour un poste de Data Analyst chez Onde Courte. Il nous a communiqué vos coordonnées en tant que référence.

Accepteriez-vous de nous accorder 15 minutes par téléphone cette semaine ?

Merci d'avance,
Romain Carré
Responsable RH – Onde Courte
01 70 38 92 11""",
      notes="reference request about a former colleague"),

    M(slug="pret-immobilier-refuse", label=O, cat="non-job-rejection", style="ats", vendor="plain-hr",
      brand="Crédit Maritime du Levant", frm="Crédit Maritime du Levant <ne-pas-repondre@cml-banque.example>", headers=AUTO,
      subject="Réponse à votre demande de financement",
      text="""Madame, Monsieur,

Nous avons étudié avec attention votre demande de prêt immobilier n° 2026-88431.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre demande, le taux d'endettement du projet dépassant les critères en vigueur.

Votre conseiller reste à votre disposition pour étudier d'autres solutions.

Cordialement,
Le service Crédits""",
      notes="mortgage declined"),

    M(slug="dossier-location-refuse", label=O, cat="non-job-rejection", style="personal",
      frm="Agence Bastide Immobilier <location@bastide-immo.example>",
      subject="Votre dossier – T3 rue des Martyrs",
      text="""Bonjour,

Nous vous remercions pour votre dossier de location concernant l'appartement T3 situé rue des Martyrs.

Le propriétaire a retenu un autre dossier. Nous ne pouvons donc malheureusement pas donner suite à votre demande.

Nous restons à votre disposition pour d'autres biens.

Cordialement,
Agence Bastide Immobilier""",
      notes="rental application declined with job-like wording"),

    M(slug="conference-proposition-non-retenue", label=O, cat="non-job-rejection", style="ats", vendor="plain-hr",
      brand="Rencontres Média & Data", frm="Comité de programme RMD <programme@rencontres-media-data.example>", headers=AUTO,
      subject="Votre proposition d'intervention",
      text="""Bonjour Sam,

Merci d'avoir soumis votre proposition « Mesurer l'engagement sans cookies » pour les Rencontres Média & Data 2027.

Nous avons reçu plus de 180 propositions. Après délibération du comité, votre proposition n'a pas été retenue pour cette édition.

Nous espérons vous compter parmi les participants : un code de réduction de 30 % vous est offert (RMD27-SPEAK).

Le comité de programme""",
      notes="talk proposal not selected"),

    M(slug="article-revue-refuse", label=O, cat="non-job-rejection", style="personal",
      frm="Revue Médias & Sociétés <redaction@revue-medias-societes.example>",
      subject="Décision éditoriale – manuscrit RMS-2026-051",
      text="""Chère Madame, cher Monsieur,

Le comité de lecture a examiné votre article « Les newsletters locales face aux plateformes ».

Nous regrettons de vous informer que votre manuscrit n'a pas été accepté pour publication. Vous trouverez ci-dessous les commentaires des deux évaluateurs anonymes.

Évaluateur 1 : le corpus est intéressant mais la méthode d'échantillonnage doit être justifiée.
Évaluateur 2 : la revue de littérature omet les travaux récents sur le sujet.

Bien cordialement,
Le secrétariat de rédaction""",
      notes="paper declined"),

    M(slug="colis-refuse-retour", label=O, cat="non-job-rejection", style="ats", vendor="plain-hr",
      brand="Colisprime", frm="Colisprime <suivi@colisprime.example>", headers=AUTO,
      subject="Votre colis a été refusé par le destinataire",
      text="""Bonjour,

Votre colis n° CP9910443872FR a été refusé par le destinataire. Il sera retourné à l'expéditeur sous 5 jours ouvrés.

[[Suivre mon colis]]

L'équipe Colisprime""",
      notes="parcel refused"),

    M(slug="invitation-refusee-point-hebdo", label=O, cat="non-job-rejection", style="personal",
      frm="Élodie Vasseur <elodie.vasseur@example.org>",
      subject="Refusé : Point hebdo Insights Paris",
      text="""Élodie Vasseur a refusé cette invitation.

Je suis en formation toute la journée, je t'envoie mes chiffres par écrit.

Quand : jeudi 12 novembre 2026 09:30–10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
Où : Teams""",
      notes="declined meeting invite from a colleague"),

    M(slug="collegue-stagiaire-pas-retenue", label=O, cat="owner-hiring", style="personal",
      frm="Maxime Renaud <maxime.renaud@example.org>",
      subject="Candidats stage Insights – mon avis",
      text="""Salut Sam,

J'ai vu les trois candidats pour le stage Insights au bureau de Paris.

- Chloé B. : très bien, je la vois bien en deuxième entretien avec toi.
- Nathan P. : bon profil technique mais pas dispo avant avril, je propose qu'on ne le retienne pas.
- Inès K. : pas retenue de mon côté, trop éloignée de la data.

Tu peux envoyer les refus depuis l'outil ou tu préfères que je m'en charge ?

Max""",
      notes="colleague at example.org about candidates Sam is hiring"),

    M(slug="ats-interne-candidat-refuse", label=O, cat="owner-hiring", style="ats", vendor="intranet",
      brand="Calder Street Media", frm="Calder Street Media Recrutement <notifications@example.org>", headers=AUTO,
      subject="[Poste CSM-PAR-14] Candidat refusé : Nathan Perrot",
      text="""Bonjour Sam,

Le statut d'un candidat de votre offre « Stagiaire Insights (Paris) » a changé :

{table}

L'e-mail de refus a été envoyé automatiquement au candidat.

[[Voir l'offre]]""",
      table=[("Candidat", "Nathan Perrot"), ("Ancien statut", "Entretien RH"), ("Nouveau statut", "Refusé"), ("Modifié par", "Maxime Renaud")],
      notes="HR system notice about Sam's own requisition"),

    M(slug="sam-refus-envoye-candidate", label=O, cat="owner-sent", style="personal",
      frm="Sam Taylor <sam.taylor@example.org>", to="Inès Kaddour <ines.kaddour@courriel.example>",
      subject="Votre candidature – stage Insights",
      text="""Bonjour Inès,

Merci pour votre candidature et pour l'échange avec Maxime la semaine dernière.

Après réflexion, nous ne donnerons pas suite à votre candidature pour ce stage, qui demande une pratique plus avancée de l'analyse de données. Votre intérêt pour les médias nous a cependant marqués, et je vous encourage à postuler à nouveau l'an prochain.

Bonne continuation,
Sam Taylor
Head of Insights – Calder Street Media""",
      notes="Sam's own sent rejection"),

    M(slug="sam-remerciement-apres-refus", label=O, cat="owner-sent", style="personal",
      frm="Sam Taylor <sam.taylor@example.org>", to="Julien Mercadier <julien.mercadier@orbis-data.example>",
      subject="Re: Suite à nos échanges", parent=True, parent_domain="orbis-data.example",
      text="""Bonjour Julien,

Merci beaucoup pour votre message et pour la qualité des échanges tout au long du processus. Je serais ravi(e) de prendre ce retour détaillé par téléphone la semaine prochaine, et j'espère que nos chemins se recroiseront.

Bien à vous,
Sam

Le 3 nov. 2026 à 17:22, Julien Mercadier <julien.mercadier@orbis-data.example> a écrit :
> Le choix a été difficile. Nous avons finalement privilégié un profil ayant
> davantage d'expérience en B2B industriel.""",
      notes="Sam's thank-you quoting a rejection"),

    M(slug="reponse-aucun-souci-contact", label=O, cat="reply-to-owner-followup", style="personal",
      frm="Inès Garnier <ines@potagerclub.example>",
      subject="Re: Ta candidature chez Potager Club", parent=True, parent_depth=2,
      text="""Hello Sam,

Merci pour ton message, c'est super sympa ! Aucun souci pour le délai, pas besoin de t'excuser.

On reste en contact avec plaisir – je te fais signe dès qu'on ouvre un poste côté marketing en 2027.

Belle fin de semaine,
Inès

Le lun. 9 nov. 2026 à 10:14, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Inès, merci pour ton retour, même si ce n'est pas la réponse
> que j'espérais. Désolé(e) de répondre si tard ! Au plaisir de garder le contact.
>
>> On a pris le temps de bien regarder ton parcours, et on a décidé de ne pas
>> donner suite pour cette fois.""",
      notes="recruiter's reply to Sam's follow-up; rejection only in nested quote"),

    M(slug="reponse-question-dernier-entretien", label=O, cat="answer-to-owner-question", style="personal",
      frm="Bertrand Jolivet <bertrand.jolivet@saint-aubin-presse.example>",
      subject="RE: Candidature Directeur(rice) des audiences", parent=True,
      text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Nous n'avons retenu personne à ce stade. Le processus a pris du retard à cause du bouclage de notre numéro spécial.

Nous aimerions d'ailleurs vous proposer un dernier entretien avec notre présidente, le 19 novembre à 11h. Cela vous conviendrait-il ?

Bien cordialement,
Bertrand Jolivet
Directeur des ressources humaines, Saint-Aubin Presse

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Objet : Candidature Directeur(rice) des audiences

Bonjour Monsieur Jolivet, n'ayant pas de nouvelles, je me demandais si vous aviez retenu un autre candidat ?""",
      notes="answer to 'have you chosen another candidate?': final interview"),

    M(slug="processus-retarde-toujours-etude", label=O, cat="status-update", style="ats", vendor="lever",
      brand="Nacre", frm="Nacre <no-reply@hire.lever.co>", reply_to="Clémence Aubry <clemence@nacre.example>", headers=AUTO,
      subject="Où en est ta candidature chez Nacre ?",
      text="""Bonjour Sam,

On voulait te donner des nouvelles : le recrutement pour le poste de Lead Growth prend un peu plus de temps que prévu, car notre nouvelle CEO souhaite rencontrer les derniers candidats en lice.

Ta candidature est toujours à l'étude et aucune décision n'a été prise. Nous reviendrons vers toi d'ici la mi-décembre.

Merci pour ta patience !
Clémence, Talent Acquisition""",
      notes="decision delayed, still under review"),

    M(slug="vivier-talents-invitation", label=O, cat="talent-pool", style="ats", vendor="teamtailor",
      brand="Alizé Mobilités", frm="Alizé Mobilités <no-reply@teamtailor.com>", headers=LIST,
      subject="Rejoins notre vivier de talents 🌬️",
      text="""Bonjour Sam,

Tu t'es intéressé(e) à Alizé Mobilités il y a quelque temps. Nous recrutons en 2027 dans le marketing, la data et le produit à Nantes et Bordeaux.

Rejoins notre vivier de talents pour être informé(e) en avant-première de nos offres.

[[Rejoindre le vivier]]

L'équipe Alizé""",
      notes="talent-pool invitation without verdict"),

    M(slug="reponse-auto-absente", label=O, cat="auto-reply", style="personal",
      frm="Nathalie Perrin <nathalie.perrin@groupe-lumen.example>", headers={"Auto-Submitted": "auto-replied"},
      subject="Réponse automatique : RE: Poste de Responsable CRM – information importante",
      text="""Bonjour,

Je suis absente du bureau jusqu'au 16 novembre inclus, avec un accès limité à mes e-mails. Pour toute urgence, merci de contacter recrutement@groupe-lumen.example.

Cordialement,
Nathalie Perrin""",
      notes="out-of-office from a recruiter who rejected Sam"),

    M(slug="ami-transfere-refus", label=O, cat="forwarded", style="personal",
      frm="Karim Haddad <karim.haddad@messagerie.example>",
      subject="TR: Votre candidature chez Nordique Assurances",
      text="""Sam, tu aurais 5 min pour m'aider à répondre à ça ? Je voudrais au moins demander un feedback sans paraître amer 😅

Karim

-------- Message transféré --------
De : Nordique Assurances <recrutement@nordique-assurances.example>
Date : 28 octobre 2026
À : Karim Haddad <karim.haddad@messagerie.example>
Objet : Votre candidature chez Nordique Assurances

Bonjour Monsieur Haddad,
Nous sommes au regret de vous informer que votre candidature au poste de Chef de projet digital n'a pas été retenue.
Cordialement,
Nordique Assurances""",
      notes="a friend's rejection forwarded"),

    M(slug="confirmation-retrait-candidature", label=O, cat="withdrawal-confirmation", style="ats", vendor="smartrecruiters",
      brand="Papeteries du Rhin", frm="Papeteries du Rhin <noreply@smartrecruiters.com>", headers=AUTO,
      subject="Confirmation du retrait de votre candidature",
      text="""Bonjour Sam,

Nous vous confirmons le retrait de votre candidature au poste de Responsable Marketing Opérationnel.

Nous prenons acte de votre décision et vous remercions pour l'intérêt porté à Papeteries du Rhin. Votre candidature ne sera plus traitée.

Cordialement,
L'équipe Recrutement""",
      notes="Sam withdrew"),

    M(slug="entretien-annule-nouveau-creneau", label=O, cat="reschedule", style="personal", variant="fr-CA",
      frm="Amélie Bouchard <amelie.bouchard@fleuve-solutions.example>",
      subject="Annulation de l'entrevue de jeudi – nouvelle plage horaire",
      text="""Bonjour Sam,

Je dois malheureusement annuler notre entrevue de jeudi 14 h, notre vice-présidente marketing étant retenue à Toronto.

Ta candidature au poste de Directeur(trice) principal(e), insights demeure bien entendu active. Serais-tu disponible lundi prochain à 10 h ou à 15 h (heure de l'Est) ?

Désolée pour le contretemps,
Amélie Bouchard
Acquisition de talents, Fleuve Solutions""",
      notes="Québec; interview cancelled, candidacy active"),
]

# Days pinned where the text or a quoted message fixes the date (others come from the slug's hash).
DAYS = {
    "founder-tu-quelquun-dautre": "2026-10-27", "relance-autre-candidate-retenue": "2026-11-11",
    "workday-bruxelles-statut-non-retenu": "2026-10-19", "mairie-commission-recrutement": "2026-10-20",
    "belgique-regret-ne-pouvons-retenir": "2026-10-14", "invitation-visio-tu": "2026-11-10",
    "test-personnalite-invitation": "2026-10-28", "promesse-embauche": "2026-11-16",
    "hm-long-privilegie-b2b": "2026-11-03", "sam-remerciement-apres-refus": "2026-11-04",
    "wttj-tu-pas-donner-suite": "2026-10-30", "reponse-aucun-souci-contact": "2026-11-12",
    "reponse-question-dernier-entretien": "2026-11-10", "processus-retarde-toujours-etude": "2026-11-24",
    "gel-embauches-recrutement-suspendu": "2026-11-05", "reponse-auto-absente": "2026-11-06",
    "ami-transfere-refus": "2026-10-29", "invitation-refusee-point-hebdo": "2026-11-09",
    "entretien-annule-nouveau-creneau": "2026-11-03", "quebec-gestionnaire-aller-de-lavant": "2026-11-02",
    "collegue-stagiaire-pas-retenue": "2026-11-17", "ats-interne-candidat-refuse": "2026-11-18",
    "sam-refus-envoye-candidate": "2026-11-19",
}
for _m in MESSAGES:
    if _m["slug"] in DAYS:
        _m["day"] = DAYS[_m["slug"]]
