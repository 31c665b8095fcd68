"""French messages of intl13 (France, Belgium, Luxembourg, Switzerland, Québec): 16 rejections, 16 hard negatives."""


def A(slug, label, cat, variant, vendor, frm, subject, text, exp=None, **kw):
    return dict(slug=slug, label=label, cat=cat, style="ats", lang="fr", variant=variant, vendor=vendor,
                frm=frm, subject=subject, text=text, exp=exp or ("", "", "", ""), **kw)


def P(slug, label, cat, variant, frm, subject, text, exp=None, **kw):
    return dict(slug=slug, label=label, cat=cat, style="personal", lang="fr", variant=variant,
                frm=frm, subject=subject, text=text, exp=exp or ("", "", "", ""), **kw)


MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    A("ardoise-wttj-pas-de-suite", "rejection", "ats-automated", "fr-FR", "wttj",
      "Maison Ardoise <no-reply@welcometothejungle.com>",
      "Votre candidature chez Maison Ardoise",
      """Bonjour Sam,

Nous vous remercions pour l'intérêt que vous portez à Maison Ardoise et pour votre candidature au poste de Responsable Marketing Produit (H/F).

Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous avons reçu de nombreuses candidatures de qualité et ce choix n'a pas été facile. Nous vous souhaitons une excellente continuation dans vos recherches.

L'équipe Maison Ardoise""",
      ("", "", "Maison Ardoise", "Responsable Marketing Produit (H/F)"),
      brand="Maison Ardoise", notes="the most common French template ('ne donnerons pas suite')"),

    A("quartz-lever-autres-candidats", "rejection", "ats-automated", "fr-FR", "lever",
      "Capucine Roux <no-reply@hire.lever.co>",
      "Votre candidature – Product Marketing Manager – Assurance santé",
      """Bonjour Sam,

Merci d'avoir pris le temps de postuler chez Quartz Santé pour le poste de Product Marketing Manager – Assurance santé, et pour l'échange que nous avons eu au téléphone la semaine dernière.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec d'autres candidat·es dont l'expérience correspond davantage à nos besoins actuels, notamment sur le marché B2B des entreprises.

Nous garderons néanmoins votre profil en tête pour de futures opportunités, et nous vous encourageons à suivre nos offres sur notre [[page carrières]].

Belle journée,
Capucine
Talent Acquisition Partner – Quartz Santé""",
      ("capucine.roux@quartz-sante.example", "Capucine", "Quartz Santé", "Product Marketing Manager – Assurance santé"),
      brand="Quartz Santé", reply_to="Capucine Roux <capucine.roux@quartz-sante.example>",
      about="Quartz Santé est une néo-mutuelle qui protège plus de 400 000 adhérent·es. Nous sommes engagés en faveur de la diversité et de l'inclusion et étudions toutes les candidatures à compétences égales.",
      notes="Lever, recruiter with Reply-To; after a phone screen; 'poursuivre le processus avec d'autres candidat·es'"),

    A("sablon-smartrecruiters-fr-nl", "rejection", "ats-automated", "fr-BE", "smartrecruiters",
      "Sablon Assurances <noreply@smartrecruiters.com>",
      "Votre candidature – Brand Manager (F/H/X) | Uw sollicitatie",
      """Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Brand Manager (F/H/X) au sein de Sablon Assurances.

Nous avons examiné votre candidature avec attention. Malheureusement, nous avons décidé de ne pas la retenir pour la suite de la procédure de sélection.

Nous vous souhaitons beaucoup de succès dans vos recherches.

Cordialement,
L'équipe Talent Acquisition
Sablon Assurances

Beste Sam Taylor,

Hartelijk dank voor uw interesse in de functie van Brand Manager (F/H/X) bij Sablon Assurances.

Wij hebben uw kandidatuur zorgvuldig bekeken. Helaas hebben wij besloten uw kandidatuur niet te weerhouden voor de volgende stap van de selectieprocedure.

Met vriendelijke groeten,
Het Talent Acquisition-team
Sablon Assurances""",
      ("", "", "Sablon Assurances", "Brand Manager (F/H/X)"),
      brand="Sablon Assurances",
      notes="Belgian bilingual template, French then Dutch; (F/H/X)"),

    A("leman-workday-pourvu", "rejection", "filled", "fr-CH", "workday",
      "Banque Léman Privée <banquelemanprivee@myworkday.com>",
      "Votre candidature – Chargé·e de communication digitale (80-100%)",
      """Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez à la Banque Léman Privée SA ainsi que de votre candidature au poste de Chargé·e de communication digitale (80-100%), que nous avons lue avec attention.

Nous avons le regret de vous informer que le poste a entre-temps été pourvu.

Nous conservons volontiers votre dossier et n'hésiterons pas à vous recontacter si un poste correspondant à votre profil venait à se libérer. Vous pouvez à tout moment consulter nos offres sur notre [[site carrières]].

Nous vous prions d'agréer, Madame, Monsieur, nos meilleures salutations.

Ressources Humaines
Banque Léman Privée SA
Genève""",
      ("", "", "Banque Léman Privée SA", "Chargé·e de communication digitale"),
      brand="Banque Léman Privée SA", plain="h2t", logo_alt="Banque Léman Privée",
      cte="base64", text_cte="quoted-printable", notes="Swiss private bank, 'Madame, Monsieur'; 'le poste a entre-temps été pourvu'; h2t plain"),

    A("moselle-lu-legal-bilingue", "rejection", "ats-automated", "fr-LU", "successfactors",
      "Banque Moselle Luxembourg <noreply@career5.successfactors.eu>",
      "Banque Moselle Luxembourg – Votre candidature / Your application (Job ID 18834)",
      """Madame, Monsieur,

Nous accusons bonne réception de votre candidature pour le poste de Marketing Manager – Private Banking (Job ID 18834) et vous remercions de l'intérêt que vous portez à la Banque Moselle Luxembourg.

Établie au Luxembourg depuis 1923, la Banque Moselle Luxembourg accompagne une clientèle privée et institutionnelle internationale. Nos 900 collaborateurs de 48 nationalités différentes font de la diversité l'une de nos forces. Nous sommes fiers d'avoir reçu en 2026 le label « Top Employer Luxembourg ».

Après une analyse approfondie de votre dossier, nous regrettons de ne pouvoir donner une suite favorable à votre candidature. Ceci ne remet nullement en cause vos compétences et qualités personnelles.

Conformément au Règlement (UE) 2016/679 (RGPD), vos données personnelles seront conservées pendant une durée maximale de 12 mois à compter de la clôture du processus de recrutement, afin de pouvoir vous recontacter pour d'autres opportunités. Vous pouvez exercer vos droits d'accès, de rectification, d'effacement et d'opposition en écrivant au Délégué à la protection des données : dpo@banque-moselle.example.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Human Resources – Talent Acquisition

English version

Dear Sir or Madam,

Thank you for your application for the position of Marketing Manager – Private Banking (Job ID 18834). After careful review of your file, we regret to inform you that we are unable to give a favourable response to your application. In accordance with the GDPR, your data will be kept for a maximum of 12 months.

Yours faithfully,
Human Resources – Talent Acquisition""",
      ("", "", "Banque Moselle Luxembourg", "Marketing Manager – Private Banking"),
      brand="Banque Moselle Luxembourg", html_only=True,
      footer=["Ce message a été généré automatiquement. Merci de ne pas y répondre. / This is an automated message, please do not reply.",
              "Banque Moselle Luxembourg S.A. – Société anonyme – R.C.S. Luxembourg B 000000 – Établissement de crédit agréé et surveillé par la CSSF.",
              "Ce message et toutes ses pièces jointes sont confidentiels et établis à l'intention exclusive de son destinataire. Toute utilisation non conforme à sa destination est interdite."],
      notes="HTML-only; long bank letter, verdict after the 'about us' paragraph, GDPR then English version; DPO address is not a reply address"),

    A("boreal-taleo-poste-comble", "rejection", "filled", "fr-CA", "taleo",
      "Boréal Mutuelle – Carrières <carrieres-noreply@tbe.taleo.net>",
      "Boréal Mutuelle – Suivi de votre candidature",
      """Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez à Boréal Mutuelle et du temps consacré à votre candidature pour le poste de Conseiller(ère) principal(e), marketing numérique (réf. 2026-0412).

Nous désirons vous informer que le poste a été comblé. Nous conserverons toutefois votre candidature dans notre banque de candidatures pour une période de six mois, et nous communiquerons avec vous si un poste correspondant à votre profil devient disponible.

Nous vous souhaitons le meilleur des succès dans vos démarches.

L'équipe Acquisition de talents
Boréal Mutuelle

Boréal Mutuelle souscrit au principe d'équité en matière d'emploi et invite les femmes, les membres des minorités visibles et ethniques, les Autochtones et les personnes handicapées à présenter leur candidature.""",
      ("", "", "Boréal Mutuelle", "Conseiller(ère) principal(e), marketing numérique"),
      brand="Boréal Mutuelle",
      notes="Québec Taleo; 'le poste a été comblé'; équité en emploi paragraph"),

    A("lumiere-indeed-non-retenue", "rejection", "job-board-relay", "fr-FR", "indeed",
      "Indeed <noreply@indeed.com>",
      "Mise à jour de votre candidature chez Lumière Voyages",
      """Bonjour Sam,

Nous avons une mise à jour concernant votre candidature.

{table}

L'employeur a examiné votre candidature et a décidé de ne pas poursuivre. Ne vous découragez pas : de nouvelles offres sont publiées chaque jour.

## Offres similaires près de Paris

- [[Chef de projet CRM (H/F)]] – Escales & Co – Paris 9e
- [[Responsable fidélisation client H/F]] – Grand Tour Croisières – Levallois-Perret
- [[CRM Manager - CDI]] – Vélo Liberté – Paris (Télétravail partiel)

[[Voir toutes les offres]]""",
      ("", "", "Lumière Voyages", "Chef de projet marketing CRM"),
      table=[("Poste", "Chef de projet marketing CRM (H/F)"), ("Entreprise", "Lumière Voyages"),
             ("Statut", "Candidature non retenue")],
      brand="Indeed", plain="h2t", logo_alt="Indeed",
      notes="job-board relay with bulk headers; status table 'non retenue'; similar jobs list"),

    A("atelier-nuage-recruitee-suspendu", "rejection", "role-cancelled", "fr-FR", "recruitee",
      "Atelier Nuage <jobs@mail.recruitee.com>",
      "Head of Growth – point sur votre candidature",
      """Bonjour Sam,

Merci encore pour votre candidature au poste de Head of Growth chez Atelier Nuage et pour le temps que vous nous avez accordé.

Je tenais à vous prévenir personnellement : suite à une réorganisation de nos priorités pour 2027, nous avons pris la décision de suspendre ce recrutement. Le poste n'est plus ouvert, et votre candidature ne pourra donc pas aller plus loin pour le moment.

Cette décision n'a rien à voir avec la qualité de votre profil, que nous avons beaucoup apprécié.

Souhaitez-vous que nous conservions votre CV dans notre vivier pendant 2 ans, afin de vous recontacter si le poste rouvre ? Sans réponse de votre part, vos données seront supprimées dans 30 jours.

À bientôt peut-être,
Hugo Marchand
CEO & co-fondateur, Atelier Nuage""",
      ("", "Hugo", "Atelier Nuage", "Head of Growth"),
      brand="Atelier Nuage", button="Oui, conserver mon profil",
      notes="Recruitee; hiring suspended, role no longer open; CNIL-style retention question; CEO signs without address"),

    # ------------------------------------------------------------------ rejections, personal
    P("vauclair-autre-profil", "rejection", "personal-after-interview", "fr-FR",
      "Élodie Garnier <elodie.garnier@papeteries-vauclair.example>",
      "Votre candidature - Responsable communication",
      """Bonjour Sam,

Je reviens vers vous suite à vos entretiens avec Madame Perrin et moi-même pour le poste de Responsable communication.

Nous avons beaucoup apprécié nos échanges et la qualité de votre préparation. Cependant, après réflexion, nous avons retenu un autre profil, dont l'expérience dans le secteur industriel correspond davantage aux attentes du poste.

Je vous remercie sincèrement pour l'intérêt que vous avez porté aux Papeteries Vauclair et vous souhaite pleine réussite dans vos projets professionnels.

Bien cordialement,

Élodie Garnier
Chargée de recrutement
Papeteries Vauclair
Tél. : 04 72 55 58 12""",
      ("elodie.garnier@papeteries-vauclair.example", "Élodie", "Papeteries Vauclair", "Responsable communication"),
      charset="iso-8859-1", cte="quoted-printable",
      notes="the standard French recruiter letter; ISO-8859-1 quoted-printable, RFC 2047 display name"),

    P("pixelpotager-cas-pratique-tu", "rejection", "personal-after-interview", "fr-FR",
      "Romain Lefort <romain@pixelpotager.example>",
      "Retour sur le cas pratique",
      """Salut Sam,

Merci encore pour le temps que tu as passé sur le cas pratique, on a vraiment apprécié ta présentation jeudi.

On a pris le temps d'en discuter avec toute l'équipe et on a finalement décidé de partir sur un autre profil pour le poste de Growth Marketer, plus orienté acquisition payante, ce qui colle mieux à nos besoins à court terme. Franchement c'était serré.

Si tu veux un retour plus détaillé sur le cas, je suis dispo pour un call de 15 min la semaine prochaine.

Bonne continuation et à bientôt j'espère !
Romain

--
Romain Lefort
CMO @ Pixel Potager
06 55 12 48 90""",
      ("romain@pixelpotager.example", "Romain", "Pixel Potager", "Growth Marketer"),
      client_html="gmail", notes="startup hiring manager, tu-form, after a case study; 'partir sur un autre profil'"),

    P("berthier-cabinet-candidate-interne", "rejection", "agency-recruiter", "fr-FR",
      "Nathalie Mercier <n.mercier@delorme-conseil.example>",
      "Laboratoires Berthier - retour suite à votre second entretien",
      """Bonjour Sam,

Je fais suite à votre second entretien chez mon client, les Laboratoires Berthier, pour le poste de Chef de produit senior.

J'ai eu le retour de la DRH ce matin : ils ont finalement fait le choix d'une candidate interne, qui connaissait déjà la gamme dermocosmétique et les équipes terrain. Je sais que vous y croyiez beaucoup, et j'en suis sincèrement désolée.

Leur retour sur vous était très positif, en particulier sur votre vision du lancement produit. Je ne manquerai pas de revenir vers vous dès qu'une mission correspondant à votre profil se présentera.

Très belle fin de semaine à vous,

Nathalie Mercier
Consultante senior – Marketing & Santé
Delorme Conseil – Cabinet de recrutement
Lyon | 04 78 55 21 36""",
      ("n.mercier@delorme-conseil.example", "Nathalie", "Laboratoires Berthier", "Chef de produit senior"),
      notes="recruitment agency relays the client's choice of an internal candidate (company = client)"),

    P("saint-laurent-aller-de-lavant", "rejection", "personal-after-interview", "fr-CA",
      "Marc-André Gagnon <magagnon@studiosaintlaurent.example>",
      "Suivi - poste de directeur(trice) marketing",
      """Salut Sam,

Merci pour ta patience, je sais que ça a été long de notre bord. On a rencontré plusieurs bons candidats et on a pris la décision d'aller de l'avant avec une autre personne pour le poste de directeur(trice) marketing. C'était vraiment pas une décision facile.

J'ai bien aimé nos échanges pis je vais garder ton CV sous la main si jamais quelque chose s'ouvre de notre côté.

Bonne fin de semaine!

Marc-André
Studio Saint-Laurent | Montréal
514 555-0183""",
      ("magagnon@studiosaintlaurent.example", "Marc-André", "Studio Saint-Laurent", "directeur(trice) marketing"),
      cte="8bit", notes="Québec French, tu-form ('aller de l'avant avec une autre personne', 'de notre bord', 'pis')"),

    P("delvaux-gele-reponse", "rejection", "role-cancelled", "fr-BE",
      "Sophie Dubois <s.dubois@boulangeries-delvaux.example>",
      "RE: Candidature Marketing Manager (M/F/X) - suivi",
      """Bonjour Sam,

Merci pour votre message et toutes mes excuses pour ce long silence.

Je dois malheureusement vous annoncer que le recrutement pour le poste de Marketing Manager (M/F/X) a été gelé suite à la réorganisation annoncée en interne le mois dernier. Nous ne pourrons donc pas poursuivre le processus avec vous, ni d'ailleurs avec les autres candidats.

C'est d'autant plus regrettable que votre candidature faisait partie de celles que nous souhaitions revoir en deuxième entretien. Si le poste devait être réouvert en 2027, je me permettrai de reprendre contact avec vous.

Bien à vous,

Sophie Dubois
HR Business Partner
Boulangeries Delvaux SA
Chaussée de Waterloo 000 – 1180 Uccle
+32 2 555 97 70

De : Sam Taylor <sam.taylor@example.org>
Envoyé : mardi 27 octobre 2026 10:03
À : Sophie Dubois <s.dubois@boulangeries-delvaux.example>
Objet : Candidature Marketing Manager (M/F/X) - suivi

Bonjour Madame Dubois,

Je me permets de revenir vers vous concernant ma candidature au poste de Marketing Manager. Suite à notre premier entretien du 6 octobre, je voulais savoir si vous aviez pu avancer dans votre processus.

Je reste bien entendu à votre disposition.

Bien cordialement,
Sam Taylor""",
      ("s.dubois@boulangeries-delvaux.example", "Sophie", "Boulangeries Delvaux SA", "Marketing Manager (M/F/X)"),
      parent=True, parent_domain="example.org", day="2026-10-29", client_html="outlook",
      charset="windows-1252", cte="quoted-printable", notes="Belgian Outlook reply above Sam's chaser; recruitment frozen ('gelé'); 'Bien à vous'"),

    P("ricochet-tres-court", "rejection", "terse", "fr-FR",
      "Claire Moreau <claire@agence-ricochet.example>",
      "Re: Candidature – Chef de projet digital",
      """Bonjour Sam,

Désolée, on ne va pas donner suite pour le poste. Merci pour ton temps et bonne continuation !

Claire

Envoyé de mon iPhone

> Le 3 nov. 2026 à 10:12, Sam Taylor <sam.taylor@example.org> a écrit :
>
> Bonjour Claire,
> Je me permets de vous relancer au sujet du poste de Chef de projet digital
> à l'Agence Ricochet. Avez-vous du nouveau ?
> Belle journée,
> Sam""",
      ("claire@agence-ricochet.example", "Claire", "Agence Ricochet", "Chef de projet digital"),
      parent=True, parent_domain="example.org", day="2026-11-04", wrap=False,
      notes="one-line phone reply above Sam's chaser"),

    P("saleve-fondation-long", "rejection", "personal-after-interview", "fr-CH",
      "Isabelle Rochat <isabelle.rochat@fondation-saleve.example>",
      "Votre candidature au poste de Responsable de la communication et du fundraising",
      """Bonjour,

Je tenais à vous écrire personnellement après ces dernières semaines de processus, et avant toute chose à vous remercier très sincèrement pour votre engagement : l'entretien avec le comité de sélection, la présentation préparée pour le Conseil de fondation et la visite de nos projets à Annemasse ont représenté un investissement important de votre part.

La Fondation Mont-Salève traverse une période charnière. Avec le départ à la retraite de notre ancien responsable et le lancement de notre campagne de levée de fonds 2027-2030, le poste de Responsable de la communication et du fundraising est appelé à jouer un rôle déterminant. C'est pourquoi nous avons pris le temps de rencontrer chaque personne finaliste à trois reprises.

Le Conseil de fondation a finalement porté son choix sur une autre candidature, principalement en raison d'une expérience plus étendue dans la levée de fonds institutionnelle auprès des grands donateurs et des fondations privées. Je mesure la déception que cette nouvelle peut représenter, d'autant que votre présentation a été unanimement saluée.

Je me permets de vous transmettre quelques éléments de retour qui pourraient vous être utiles : votre approche de la narration digitale et votre capacité à simplifier des sujets complexes ont fortement impressionné le Conseil. Le point qui a fait la différence est vraiment l'expérience du « major gifts », que vous aviez vous-même identifiée comme un axe de développement.

Si vous le souhaitez, je serais ravie de rester en contact. Nous aurons sans doute besoin, au cours de la campagne, de mandats ponctuels de conseil en communication.

Avec mes meilleures salutations,

Isabelle Rochat
Directrice générale
Fondation Mont-Salève
Rue de Carouge 00 – 1205 Genève
+41 22 555 38 61""",
      ("isabelle.rochat@fondation-saleve.example", "Isabelle", "Fondation Mont-Salève", "Responsable de la communication et du fundraising"),
      client_html="outlook", notes="long Swiss letter, verdict in the third of six paragraphs, feedback and keep-in-touch after it"),

    P("cristallerie-tr-renvoi", "rejection", "forwarded-rejection", "fr-FR",
      "Anne-Laure Petit <al.petit@cristallerie-vosges.example>",
      "TR: Votre candidature – Chef de produit marketing",
      """Bonjour Sam,

Je me permets de vous renvoyer le message ci-dessous : il semble que notre premier envoi ne vous soit jamais parvenu (adresse mal saisie de notre côté). Toutes mes excuses pour ce délai.

Bien cordialement,
Anne-Laure Petit
Responsable RH – Cristallerie des Vosges
03 29 55 41 07

-----Message d'origine-----
De : Anne-Laure Petit
Envoyé : lundi 12 octobre 2026 16:40
À : sam.taylor@exemple.org
Objet : Votre candidature – Chef de produit marketing

Bonjour Sam,

Nous vous remercions vivement pour votre candidature au poste de Chef de produit marketing et pour le temps que vous nous avez consacré lors de votre entretien du 5 octobre.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous avons en effet choisi un candidat dont le parcours dans les arts de la table correspond plus étroitement à nos besoins.

Nous vous souhaitons plein succès dans la suite de vos recherches.

Bien cordialement,
Anne-Laure Petit
Responsable RH – Cristallerie des Vosges""",
      ("al.petit@cristallerie-vosges.example", "Anne-Laure", "Cristallerie des Vosges", "Chef de produit marketing"),
      day="2026-10-21", client_html="outlook",
      notes="HR re-sends her own earlier rejection that went to a mistyped address; verdict only in the forwarded part"),

    # ------------------------------------------------------------------ other, ATS
    A("trefle-wttj-accuse-sans-reponse", "other", "ack-received", "fr-FR", "wttj",
      "Trèfle Mobilité <no-reply@welcometothejungle.com>",
      "Votre candidature a bien été envoyée à Trèfle Mobilité",
      """Bonjour Sam,

Votre candidature au poste de Product Marketing Manager (H/F) a bien été transmise à Trèfle Mobilité. Merci pour votre intérêt !

L'équipe de Trèfle Mobilité va maintenant étudier votre profil. En raison du nombre important de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles.

Sans réponse de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Vous pouvez suivre l'avancement de votre candidature depuis votre [[espace candidat]].

À bientôt,
L'équipe Trèfle Mobilité""",
      brand="Trèfle Mobilité",
      notes="acknowledgement; 'sans réponse ... considérer que votre candidature n'a pas été retenue' (very common in France)"),

    A("seve-sel-lever-entretien", "other", "interview-invite", "fr-FR", "lever",
      "Inès Barbier <no-reply@hire.lever.co>",
      "Sève & Sel – invitation à un premier entretien",
      """Bonjour Sam,

Merci pour votre candidature au poste de Brand Manager chez Sève & Sel ! Votre parcours nous a beaucoup plu et nous aimerions vous rencontrer pour un premier entretien de 45 minutes en visio.

Vous pouvez choisir le créneau qui vous convient via le lien ci-dessous. Si aucun créneau ne vous convient, répondez simplement à cet e-mail et nous trouverons une autre solution.

À très vite,
Inès
Talent & Culture – Sève & Sel""",
      brand="Sève & Sel", reply_to="Inès Barbier <ines.barbier@seve-et-sel.example>", button="Choisir un créneau",
      notes="Lever interview invitation with scheduling button"),

    A("hellowork-alerte-candidatures", "other", "job-alert", "fr-FR", "hellowork",
      "HelloWork <alerte@alerte.hellowork.com>",
      "6 nouvelles offres : Chef de produit marketing – Paris",
      """Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte « Chef de produit marketing – Paris (75) ».

- [[Chef de produit marketing H/F]] – Groupe Biscottes Duval – Paris 8e – CDI
- [[Chef de produit digital senior (F/H)]] – Banque Alizé – La Défense – CDI
- [[Product Marketing Manager – SaaS RH]] – Paysage RH Solutions – Paris 2e – CDI
- [[Chef de groupe marketing H/F]] – Laiterie des Monts – Paris 15e – CDI

[[Voir les 6 offres]]

## Suivi de vos candidatures

{table}

Une offre que vous aviez sauvegardée, « Responsable marketing opérationnel », n'est plus disponible.""",
      table=[("Chef de projet marketing CRM – Lumière Voyages", "Consultée par le recruteur"),
             ("Brand Manager – Sève & Sel", "Envoyée")],
      brand="HelloWork", plain="h2t", logo_alt="HelloWork",
      notes="job alert digest with application tracking; a saved offer 'n'est plus disponible'"),

    A("helios-teamtailor-vivier-rgpd", "other", "talent-pool-renewal", "fr-FR", "teamtailor",
      "Groupe Hélios Énergies <noreply@teamtailor-mail.com>",
      "Souhaitez-vous rester dans notre vivier de talents ?",
      """Bonjour Sam,

Vous avez rejoint le vivier de talents du Groupe Hélios Énergies il y a 23 mois. Merci pour votre confiance !

Conformément au RGPD, nous conservons vos données pendant 24 mois au maximum. Si vous souhaitez que nous continuions à vous informer de nos opportunités, merci de confirmer votre consentement en cliquant sur le bouton ci-dessous.

Sans action de votre part, votre profil sera automatiquement supprimé le 15 décembre 2026.

À bientôt,
L'équipe Recrutement du Groupe Hélios Énergies""",
      brand="Groupe Hélios Énergies", button="Oui, je reste dans le vivier",
      day="2026-11-15", notes="GDPR consent renewal for a talent pool, no application involved"),

    A("laurier-carte-paiement-refuse", "other", "non-job-rejection", "fr-FR", "bank",
      "Banque Laurier <alertes@notifications.banque-laurier.example>",
      "Paiement refusé – carte se terminant par 4821",
      """Bonjour,

Un paiement effectué avec votre carte Visa Premier se terminant par 4821 a été refusé.

{table}

Si vous êtes à l'origine de ce paiement, vous pouvez augmenter temporairement votre plafond depuis votre application. Si vous ne reconnaissez pas cette opération, faites opposition immédiatement.

Votre conseiller reste à votre disposition.""",
      table=[("Commerçant", "VOYAGES AZUR PARIS"), ("Montant", "349,00 EUR"), ("Date", "14/11/2026 à 21:37"),
             ("Motif du refus", "Plafond de paiement atteint")],
      brand="Banque Laurier", button="Gérer mes plafonds",
      day="2026-11-14", clock="21:37", notes="declined card payment"),

    A("sommet-mtl-proposition", "other", "non-job-rejection", "fr-CA", "sessionize",
      "Sommet Marketing Montréal <noreply@sessionize.com>",
      "Sommet Marketing Montréal 2027 – Votre proposition de conférence",
      """Bonjour Sam,

Merci d'avoir soumis votre proposition « Mesurer la marque quand tout est attribution » au Sommet Marketing Montréal 2027.

Nous avons reçu plus de 300 propositions cette année. Nous avons le regret de vous informer que votre proposition n'a pas été retenue pour la programmation. Le comité a dû faire des choix difficiles pour bâtir un programme équilibré.

Nous espérons tout de même vous voir au Palais des congrès les 22 et 23 avril 2027. Utilisez le code CONFERENCIER27 pour obtenir 25 % de rabais sur votre billet.

Au plaisir,
Le comité de programmation""",
      brand="Sommet Marketing Montréal",
      notes="conference talk proposal declined, Québec"),

    A("nova-workable-proposition", "other", "offer", "fr-FR", "workable",
      "Nova Logistique <noreply@workablemail.com>",
      "Votre proposition d'embauche – Responsable Marketing B2B",
      """Bonjour Sam,

Félicitations ! Suite à vos entretiens, nous avons le plaisir de vous adresser une proposition d'embauche pour le poste de Responsable Marketing B2B chez Nova Logistique.

Vous trouverez le détail de notre proposition (rémunération, date de démarrage, avantages) en cliquant sur le bouton ci-dessous. Vous pourrez l'accepter ou la refuser directement en ligne.

Cette proposition est valable jusqu'au 27 novembre 2026. Passé ce délai, elle sera considérée comme refusée.

Nous sommes impatients de vous compter parmi nous !

Maëlle Girard
DRH, Nova Logistique""",
      brand="Nova Logistique", button="Consulter la proposition",
      day="2026-11-20", notes="offer via Workable; 'considérée comme refusée' after the deadline"),

    A("ardenne-smartrecruiters-test", "other", "assessment", "fr-BE", "smartrecruiters",
      "Ardenne Digital <noreply@smartrecruiters.com>",
      "Prochaine étape : test en ligne – Digital Marketing Manager (M/F/X)",
      """Bonjour Sam Taylor,

Nous avons le plaisir de vous informer que votre candidature au poste de Digital Marketing Manager (M/F/X) a retenu notre attention.

La prochaine étape consiste en un test en ligne (environ 40 minutes) portant sur l'analyse de données marketing et la rédaction. Nous vous remercions de le compléter dans les 5 jours ouvrables.

Les candidats n'ayant pas complété le test dans ce délai ne pourront malheureusement pas être retenus pour la suite de la procédure.

Bien à vous,
L'équipe RH d'Ardenne Digital""",
      brand="Ardenne Digital SRL", button="Commencer le test",
      notes="Belgian assessment invitation; conditional 'ne pourront malheureusement pas être retenus'"),

    # ------------------------------------------------------------------ other, personal
    P("terroirs-reponse-remerciement", "other", "reply-to-owner-followup", "fr-FR",
      "Julien Fabre <julien.fabre@terroirs-et-vins.example>",
      "Re: Votre candidature – Responsable marketing digital",
      """Bonjour Sam,

Merci beaucoup pour votre message, très apprécié. Pas besoin de vous excuser pour votre question sur le retour, c'est tout à fait légitime !

Pour être transparent : il ne manquait pas grand-chose, surtout une expérience plus poussée sur Shopify Plus. Restons en contact, je penserai sincèrement à vous lors de la prochaine ouverture dans l'équipe.

Bonne continuation,
Julien

Le jeu. 5 nov. 2026 à 09:20, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Julien,
>
> Merci pour votre retour, même s'il n'est pas celui que j'espérais. Désolé
> de vous solliciter encore : auriez-vous deux ou trois éléments de feedback ?
>
> Bien à vous,
> Sam
>
> Le mar. 3 nov. 2026 à 17:48, Julien Fabre <julien.fabre@terroirs-et-vins.example> a écrit :
>> Bonjour Sam,
>>
>> Merci pour votre candidature au poste de Responsable marketing digital.
>> Nous avons retenu un autre candidat et ne pourrons pas donner suite.
>>
>> Julien""",
      parent=True, parent_domain="example.org", parent_depth=2, day="2026-11-06", wrap=False, client_html="gmail",
      notes="reply to Sam's reply to a rejection; the rejection is only two quote levels down"),

    P("kerlann-pas-du-tout-entretien", "other", "answer-to-owner-question", "fr-FR",
      "Léa Martin <lea.martin@biscuiterie-kerlann.example>",
      "Re: Point sur ma candidature – Chef de marque",
      """Bonjour Sam,

Non, pas du tout ! Nous n'avons retenu personne pour l'instant, et votre candidature est toujours d'actualité. Toutes mes excuses pour le manque de nouvelles, la période des salons nous a beaucoup occupés.

Nous aimerions d'ailleurs vous proposer un dernier entretien avec notre directrice générale, Mme Le Goff, à Quimper ou en visio. Seriez-vous disponible le mardi 24 novembre après-midi ?

Bien cordialement,
Léa Martin
Responsable RH – Biscuiterie Kerlann
02 98 55 60 14

Le 16/11/2026 à 11:02, Sam Taylor a écrit :
> Bonjour Madame Martin,
>
> Sans nouvelles depuis notre entretien du 20 octobre, je me permets de vous
> demander si vous avez retenu un autre candidat pour le poste de Chef de
> marque. Dans ce cas, un bref retour me serait précieux.
>
> Cordialement,
> Sam Taylor""",
      parent=True, parent_domain="example.org", day="2026-11-17", wrap=False,
      clock="09:40", notes="answer to Sam's 'have you picked someone else?': 'Non, pas du tout' + final interview"),

    P("kirchberg-toujours-en-cours", "other", "status-update", "fr-LU",
      "Olivier Lambert <olivier.lambert@kirchberg-fintech.example>",
      "Point sur votre candidature – Product Marketing Lead",
      """Bonjour Sam,

Je voulais vous tenir informé(e) de l'avancement du processus pour le poste de Product Marketing Lead.

Malheureusement, le processus prend plus de temps que prévu : notre comité de direction ne se réunira que le 15 décembre pour valider le recrutement. Aucune décision n'a encore été prise et votre candidature reste bien entendu d'actualité – vous faites partie des deux personnes finalistes.

Je reviens vers vous au plus tard le 16 décembre. Merci encore pour votre patience.

Bien cordialement,

Olivier Lambert
Head of Talent
Kirchberg Fintech S.A.
+352 55 48 72 10""",
      day="2026-11-25", notes="delay notice with 'Malheureusement'; no decision yet, Sam a finalist"),

    P("calder-paris-refus-envoyes", "other", "owner-hiring", "fr-FR",
      "Chloé Bernard <chloe.bernard@example.org>",
      "Candidats chef de projet – retours",
      """Salut Sam,

Suite au debrief d'hier : j'ai envoyé les refus à M. Laurent et Mme Faure ce matin. Mme Faure a demandé un retour plus détaillé, je lui ai dit que tu la rappellerais cette semaine – ça te va ?

Pour Karim, on part sur une promesse d'embauche ? Si oui je prépare le document pour validation par la direction.

Merci !
Chloé

Chloé Bernard
Chargée RH – Calder Street Media, bureau de Paris""",
      notes="colleague at example.org about candidates Sam turned down"),

    P("sam-remerciement-ecrin", "other", "owner-sent", "fr-FR",
      "Sam Taylor <sam.taylor@example.org>",
      "Re: Votre candidature – Responsable e-commerce",
      """Bonjour Thibault,

Merci pour votre retour et pour le temps que vous m'avez consacré tout au long du processus. Même si la décision n'est pas celle que j'espérais, j'ai beaucoup apprécié nos échanges et la découverte de l'Écrin.

N'hésitez pas à penser à moi si une opportunité se présente à l'avenir.

Bien cordialement,
Sam Taylor

Le lun. 9 nov. 2026 à 18:05, Thibault Renaud <thibault.renaud@ecrin-bijoux.example> a écrit :
> Bonjour Sam,
>
> Merci pour votre candidature au poste de Responsable e-commerce. Après
> réflexion, nous avons décidé de ne pas donner suite, le poste ayant été
> confié à une personne en interne.
>
> Cordialement,
> Thibault Renaud""",
      to="Thibault Renaud <thibault.renaud@ecrin-bijoux.example>", parent=True,
      parent_domain="ecrin-bijoux.example", day="2026-11-10", wrap=False,
      clock="08:55", notes="Sam's own thank-you reply quoting a rejection"),

    P("mathilde-fwd-grand-large", "other", "forwarded", "fr-FR",
      "Mathilde Blanc <mathilde.blanc@mail.example>",
      "Fwd: Votre candidature chez Grand Large",
      """Coucou Sam,

Regarde ce que j'ai reçu ce matin… Tu crois que ça vaut le coup de leur répondre pour demander un feedback ? Toi qui as l'habitude, tu ferais comment ?

Bises,
Mathilde

---------- Forwarded message ---------
De : Grand Large Recrutement <recrutement@grand-large.example>
Date : ven. 13 nov. 2026 à 08:12
Subject : Votre candidature chez Grand Large
To : <mathilde.blanc@mail.example>

Bonjour Mathilde,

Nous vous remercions pour votre candidature au poste de Chargée de communication. Malheureusement, nous ne pouvons pas y donner une suite favorable, votre profil ne correspondant pas suffisamment à nos attentes.

Cordialement,
L'équipe Recrutement Grand Large""",
      day="2026-11-13", wrap=False, client_html="gmail",
      clock="12:20", notes="a friend forwards her own rejection for advice"),

    P("talentis-chasseur-nouveau-poste", "other", "recruiter-outreach", "fr-FR",
      "Guillaume Perrot <g.perrot@talentis-partners.example>",
      "Opportunité – Directeur·rice Marketing, groupe agroalimentaire (Lyon)",
      """Bonjour Sam,

Je me permets de vous contacter car j'accompagne actuellement un groupe agroalimentaire familial (800 M€ de CA) dans le recrutement de son/sa futur·e Directeur·rice Marketing, basé·e à Lyon.

Le poste est rattaché au Directeur Général et pilote une équipe de 15 personnes sur 4 marques. Votre parcours, en particulier votre expérience du pilotage de marques media et digitales, a retenu mon attention.

Seriez-vous ouvert·e à un échange téléphonique de 20 minutes cette semaine ? Si le timing n'est pas le bon, aucun souci, n'hésitez pas à me le dire, je ne vous relancerai pas.

Bien cordialement,

Guillaume Perrot
Associé – Talentis Partners
06 55 41 82 20""",
      notes="headhunter pitch"),

    P("laurier-pret-immobilier", "other", "non-job-rejection", "fr-FR",
      "Karine Leroy <karine.leroy@banque-laurier.example>",
      "Votre demande de prêt immobilier – dossier n° 2026-88412",
      """Madame, Monsieur,

Suite à l'étude de votre dossier de financement par notre service des engagements, nous sommes malheureusement au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre demande de prêt immobilier.

En effet, le taux d'endettement résultant de ce projet dépasserait le seuil de 35 % recommandé par le Haut Conseil de stabilité financière. Un apport personnel plus important ou une durée d'emprunt différente pourraient permettre de réexaminer votre demande.

Je reste à votre entière disposition pour en discuter lors d'un rendez-vous à l'agence.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Karine Leroy
Conseillère clientèle
Banque Laurier – Agence Lyon Croix-Rousse
04 78 55 30 62""",
      client_html="outlook",
      notes="mortgage application refused by a bank adviser with rejection wording"),
]
