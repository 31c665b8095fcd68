"""French messages (France, Belgium, Switzerland, Québec): 18 rejections, 18 hard negatives."""
LANG = "fr"

MESSAGES = [
    # ---------------------------------------------------------------- rejections, ATS style
    dict(
        slug="wttj-papillon-tu", label="rejection", cat="ats-automated", style="ats",
        vendor="wttj", company="Papillon Studio",
        frm="Papillon Studio via Welcome to the Jungle <notifications@welcometothejungle.com>",
        subject="Ta candidature chez Papillon Studio",
        text="""
            Hello Sam,

            Merci d'avoir pris le temps de postuler au poste de Product Marketing Manager chez Papillon Studio, et pour ta lettre qui nous a bien fait sourire.

            On a lu ton dossier avec attention. Pour ce poste, on a besoin de quelqu'un qui a déjà piloté des lancements sur le marché mobile grand public, et on n'a pas retrouvé cette expérience dans ton parcours. On préfère donc ne pas t'embarquer dans la suite du process.

            Si tu as la moindre question, écris à Chloé de l'équipe talent : chloe@papillon-studio.example

            Bonne continuation et à bientôt peut-être !
            La team Papillon
            """,
        legal="Papillon Studio SAS · 12 rue de la Fidélité, 75010 Paris · RCS Paris 899 112 004",
        exp=("chloe@papillon-studio.example", "Chloé", "Papillon Studio", "Product Marketing Manager"),
        notes="welcome-to-the-jungle; tu; startup tone; 'ne pas t'embarquer dans la suite'; talent address in body",
    ),
    dict(
        slug="taleo-marceval-suite-favorable", label="rejection", cat="ats-automated", style="ats",
        vendor="taleo", company="Groupe Marceval",
        frm="Groupe Marceval - Recrutement <marceval@taleo.net>",
        subject="Votre candidature - Chef de produit marketing H/F - Réf. 2026-1184",
        text="""
            Madame, Monsieur,

            Nous avons bien reçu votre candidature au poste de Chef de produit marketing H/F (réf. 2026-1184) et vous remercions de l'intérêt que vous portez au Groupe Marceval.

            Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons y réserver une suite favorable, d'autres profils correspondant davantage aux exigences du poste.

            Nous conservons vos coordonnées dans notre base de données et ne manquerons pas de revenir vers vous si une opportunité en adéquation avec votre parcours se présentait.

            Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            La Direction des Ressources Humaines
            """,
        legal="Groupe Marceval SA au capital de 48 000 000 € · Siège social : 3 quai de Saône, 69002 Lyon · RCS Lyon 552 031 778",
        exp=("", "", "Groupe Marceval", "Chef de produit marketing H/F"),
        notes="taleo; vous; very formal; 'ne pouvons y réserver une suite favorable'; no human",
    ),
    dict(
        slug="smartrecruiters-azurea-profil", label="rejection", cat="ats-automated", style="ats",
        vendor="smartrecruiters", company="Azuréa Cosmétiques",
        frm="Azuréa Cosmétiques <noreply@smartrecruiters.com>",
        reply_to="Inès Belkacem <ines.belkacem@azurea.example>",
        subject="Suite à votre candidature – Responsable Marque Soins H/F",
        text="""
            Bonjour Sam Taylor,

            Toute l'équipe d'Azuréa Cosmétiques vous remercie de votre intérêt pour le poste de Responsable Marque Soins H/F.

            Votre parcours a retenu notre attention, mais votre profil, bien qu'intéressant, ne correspond pas tout à fait aux besoins actuels de l'équipe, qui recherche une expérience approfondie de la distribution sélective en pharmacie.

            Nous vous souhaitons plein succès dans vos recherches.

            Bien cordialement,
            Inès Belkacem
            Chargée de recrutement
            """,
        legal="Azuréa Cosmétiques SAS · Grasse · RCS Grasse 812 440 917",
        exp=("ines.belkacem@azurea.example", "Inès", "Azuréa Cosmétiques", "Responsable Marque Soins H/F"),
        notes="smartrecruiters; vous; 'ne correspond pas tout à fait'; Reply-To a person",
    ),
    dict(
        slug="workday-poste-pourvu-tableau", label="rejection", cat="status-portal", style="ats",
        vendor="workday", company="Banque Lémanique de Commerce",
        frm="Banque Lémanique de Commerce <blc@myworkday.com>",
        subject="Mise à jour de votre candidature",
        text="""
            Bonjour,

            Une mise à jour concernant votre candidature est disponible dans votre espace candidat.

            {table}

            Nous vous remercions pour l'intérêt porté à notre établissement.

            [Accéder à mon espace candidat](track)
            """,
        table=[("Poste", "Responsable Marque (H/F)"), ("Référence", "R0019342"), ("Lieu", "Genève"),
               ("Statut", "Le poste a été pourvu")],
        tz=120,
        legal="Banque Lémanique de Commerce SA · Rue du Rhône 40 · 1204 Genève",
        exp=("", "", "Banque Lémanique de Commerce", "Responsable Marque (H/F)"),
        notes="workday; Swiss; verdict only in a table cell ('Le poste a été pourvu'); no greeting name",
    ),
    dict(
        slug="lever-quartz-saas", label="rejection", cat="personal-after-interview", style="ats",
        vendor="lever", company="Quartz Analytics",
        frm="Quartz Analytics <no-reply@hire.lever.co>",
        reply_to="Thomas Giraud <thomas.giraud@quartz-analytics.example>",
        subject="Votre candidature pour le poste de Senior Product Marketing Manager",
        text="""
            Bonjour Sam,

            Merci encore pour les échanges de ces dernières semaines avec Julie, Karim et moi-même. Votre présentation sur le repositionnement de l'offre Entreprise a fait l'objet de longues discussions en interne.

            Nous avons finalement fait le choix d'une personne dont le parcours en SaaS B2B se rapproche davantage de nos enjeux à court terme, notamment sur la vente aux grands comptes. Je sais que ce n'est pas la réponse que vous espériez pour le poste de Senior Product Marketing Manager.

            Je reste disponible pour un retour plus détaillé si cela peut vous être utile.

            Bien à vous,
            Thomas Giraud
            Head of Talent
            """,
        legal="Quartz Analytics SAS · Nantes",
        exp=("thomas.giraud@quartz-analytics.example", "Thomas", "Quartz Analytics", "Senior Product Marketing Manager"),
        notes="lever; vous; after interviews; 'fait le choix d'une personne dont ...'",
    ),
    dict(
        slug="teamtailor-suspendu", label="rejection", cat="role-cancelled", style="ats",
        vendor="teamtailor", company="Maison Verlaine",
        frm="Maison Verlaine <maisonverlaine@teamtailor-mail.com>",
        subject="Information concernant le poste de Brand Content Manager",
        text="""
            Bonjour Sam,

            Nous revenons vers vous au sujet du poste de Brand Content Manager pour lequel vous étiez en cours de process.

            En raison d'un changement d'organisation au sein de la direction marketing, ce recrutement est suspendu jusqu'à nouvel ordre. Nous clôturons donc l'ensemble des candidatures en cours, dont la vôtre, et nous en sommes sincèrement désolés.

            Si le poste venait à rouvrir, Margaux (margaux.lenoir@maison-verlaine.example) reprendrait contact avec vous en priorité.

            Bien cordialement,
            L'équipe recrutement Maison Verlaine
            """,
        legal="Maison Verlaine SAS · 8 rue Saint-Florentin, 75008 Paris",
        exp=("margaux.lenoir@maison-verlaine.example", "Margaux", "Maison Verlaine", "Brand Content Manager"),
        notes="teamtailor; recruitment suspended (on hold); recruiter address in body",
    ),
    dict(
        slug="recruitee-bruxelles-vivier", label="rejection", cat="keep-on-file", style="ats",
        vendor="recruitee", company="Atomium Energy",
        frm="Atomium Energy <atomiumenergy@mail.recruitee.com>",
        subject="Votre candidature chez Atomium Energy",
        cte="base64",
        text="""
            Bonjour Sam,

            Nous tenions à vous remercier pour votre candidature au poste de Growth Marketing Manager ainsi que pour l'entretien téléphonique avec notre équipe.

            Nous n'avons pas retenu votre candidature pour la suite du processus. Le poste demande une connaissance fine du marché belge de l'énergie et la maîtrise du néerlandais, deux éléments qui ont pesé dans notre décision.

            Avec votre accord, nous aimerions toutefois conserver votre CV dans notre vivier de talents pendant deux ans.

            [Oui, je souhaite rester dans le vivier](track)

            Pour toute question : jobs@atomium-energy.example

            Cordialement,
            L'équipe People d'Atomium Energy
            """,
        legal="Atomium Energy SA · Boulevard du Régent 35, 1000 Bruxelles · BCE 0745.112.908",
        exp=("jobs@atomium-energy.example", "", "Atomium Energy", "Growth Marketing Manager"),
        notes="recruitee; Belgian; base64; talent pool consent; team address in body",
    ),
    dict(
        slug="icims-quebec-courriel", label="rejection", cat="ats-automated", style="ats",
        vendor="icims", company="Érablière Numérique",
        frm="Érablière Numérique <erabliere@talent.icims.com>",
        subject="Votre candidature – Conseiller(ère) principal(e), marketing produit",
        tz=-240,
        content_language="fr-CA",
        text="""
            Bonjour Sam Taylor,

            Nous vous remercions de l'intérêt manifesté envers Érablière Numérique et du temps consacré à votre candidature pour le poste de Conseiller(ère) principal(e), marketing produit.

            Après analyse, nous ne retiendrons pas votre candidature pour la prochaine étape du processus de sélection. Nous vous invitons à consulter régulièrement notre site carrières; de nouveaux postes y sont affichés chaque semaine.

            Pour toute question, écrivez à talents@erabliere-numerique.example.

            Veuillez noter que ce courriel est envoyé automatiquement.

            L'équipe Acquisition de talents
            """,
        legal="Érablière Numérique inc. · 1250, boul. René-Lévesque O., Montréal (Québec)",
        exp=("talents@erabliere-numerique.example", "", "Érablière Numérique", "Conseiller(ère) principal(e), marketing produit"),
        notes="icims; Québec French (courriel, affichés, semicolon without space); team address in body",
    ),
    dict(
        slug="greenhouse-etude-de-cas", label="rejection", cat="after-case-study", style="ats",
        vendor="greenhouse", company="Lumen Paiements",
        frm="Lumen Paiements <no-reply@us.greenhouse-mail.io>",
        reply_to="Sarah Benhamou <sarah.benhamou@lumen-paiements.example>",
        subject="Retour sur votre étude de cas",
        text="""
            Bonjour Sam,

            Merci pour l'étude de cas que vous nous avez rendue la semaine dernière pour le poste de Product Marketing Lead – Marchands. Le niveau de détail de votre analyse concurrentielle a été salué par tout le jury.

            Le jury a en revanche estimé que le plan de lancement proposé ne tenait pas suffisamment compte des contraintes réglementaires propres aux paiements, point central de la fonction. Pour cette raison, votre candidature ne sera pas poursuivie.

            Je vous remercie sincèrement pour l'énergie investie.

            Sarah Benhamou
            Talent Acquisition Partner
            """,
        legal="Lumen Paiements SAS · établissement de paiement agréé par l'ACPR · Paris",
        exp=("sarah.benhamou@lumen-paiements.example", "Sarah", "Lumen Paiements", "Product Marketing Lead – Marchands"),
        notes="greenhouse; after a take-home case; passive verdict ('ne sera pas poursuivie') after praise",
    ),
    # ---------------------------------------------------------------- rejections, personal
    dict(
        slug="directrice-marketing-regret", label="rejection", cat="personal-after-interview", style="personal",
        frm="Véronique Castel <v.castel@ateliers-sorel.example>",
        subject="Poste de Directeur·rice Marketing",
        text="""
            Bonjour Sam Taylor,

            C'est avec regret que je reviens vers vous après notre dernier entretien avec le comité de direction.

            Nous avons beaucoup apprécié la clarté de votre vision pour la marque et la qualité de nos échanges. Cependant, le comité a considéré que votre expérience du luxe ne couvrait pas encore tout à fait le périmètre international du poste de Directeur·rice Marketing, et nous n'irons donc pas plus loin ensemble sur ce recrutement.

            Je vous souhaite sincèrement de trouver rapidement un poste à la hauteur de vos ambitions.

            Bien cordialement,

            Véronique Castel
            Directrice des Ressources Humaines
            Les Ateliers Sorel
            01 55 50 12 34
            """,
        html=True, cte="quoted-printable",
        exp=("v.castel@ateliers-sorel.example", "Véronique", "Les Ateliers Sorel", "Directeur·rice Marketing"),
        notes="vous; after the final interview; 'nous n'irons donc pas plus loin'; Outlook HTML alternative",
    ),
    dict(
        slug="fondateur-tu-allemagne", label="rejection", cat="personal-after-interview", style="personal",
        frm="Baptiste Morel <baptiste@koala-bike.example>",
        subject="Suite de nos échanges",
        text="""
            Salut Sam,

            Je voulais t'écrire moi-même plutôt que de te laisser un message vocal.

            On a vu les trois derniers candidats pour le poste de Head of Marketing cette semaine et on a finalement choisi quelqu'un qui a déjà lancé un produit sur le marché allemand – c'est notre gros chantier de 2027 et on ne pouvait pas passer à côté de ça.

            J'ai vraiment aimé nos discussions, et je ne dis pas ça pour la forme. Si tu passes par Bordeaux, je t'offre un café.

            Baptiste
            Cofondateur, Koala Bike
            06 55 12 44 80
            """,
        exp=("baptiste@koala-bike.example", "Baptiste", "Koala Bike", "Head of Marketing"),
        notes="tu; founder; 'on a finalement choisi quelqu'un qui ...'",
    ),
    dict(
        slug="laconique-elodie", label="rejection", cat="terse", style="personal",
        frm="Élodie Faure <elodie.faure@cabinet-mirabeau.example>",
        subject="Re: Candidature chargé(e) de communication",
        parent=True,
        text="""
            Bonjour Sam,

            Merci pour votre temps. Nous ne donnerons pas suite à votre candidature.

            Bonne continuation,
            Élodie
            """,
        exp=("elodie.faure@cabinet-mirabeau.example", "Élodie", "", "chargé(e) de communication"),
        notes="terse; two lines; role only in the subject",
    ),
    dict(
        slug="cabinet-ardoise-client", label="rejection", cat="agency", style="personal",
        frm="Nicolas Perrin <nperrin@perrin-associes.example>",
        subject="Ardoise & Fils – retour du client",
        text="""
            Bonjour Sam,

            Comme promis, je vous transmets le retour de mon client, Ardoise & Fils, suite à votre entretien avec leur directeur général jeudi dernier.

            Ils ont été sensibles à votre énergie et à votre connaissance du digital, mais ils ne souhaitent pas poursuivre le processus pour le poste de Responsable Marketing & Communication. Leur choix s'est porté sur un profil issu de l'industrie du bâtiment, qu'ils jugent plus rapidement opérationnel.

            Je suis déçu pour vous, d'autant que le dernier échange s'était bien passé. Je garde évidemment votre profil en tête pour mes prochaines missions.

            Cordialement,
            Nicolas Perrin
            Associé – Perrin & Associés Conseil
            Tél. : 04 72 55 08 19
            """,
        exp=("nperrin@perrin-associes.example", "Nicolas", "Ardoise & Fils", "Responsable Marketing & Communication"),
        notes="recruitment agency relays the named client (company = client)",
    ),
    dict(
        slug="relance-comite-tranche", label="rejection", cat="reply-to-owner-nudge", style="personal",
        frm="Camille Rousseau <camille.rousseau@hexagone-assurances.example>",
        subject="RE: Relance – candidature Responsable Acquisition Digitale",
        parent=True,
        text="""
            Bonjour Sam,

            Je suis désolée pour ce silence, il n'est pas digne de la qualité de nos échanges.

            Le comité s'est réuni mardi et a tranché en faveur d'un autre profil pour le poste de Responsable Acquisition Digitale. Je n'ai malheureusement pas de meilleure nouvelle à vous donner, mais je tenais à ce que vous l'appreniez de moi.

            Bien à vous,
            Camille Rousseau
            Chargée de recrutement – Hexagone Assurances

            -----Message d'origine-----
            De : Sam Taylor <sam.taylor@example.org>
            Envoyé : lundi 19 octobre 2026 10:02
            À : Camille Rousseau <camille.rousseau@hexagone-assurances.example>
            Objet : Relance – candidature Responsable Acquisition Digitale

            Bonjour Camille,

            Je me permets de vous relancer concernant ma candidature. Avez-vous des nouvelles du comité ?

            Bien cordialement,
            Sam Taylor
            """,
        exp=("camille.rousseau@hexagone-assurances.example", "Camille", "Hexagone Assurances", "Responsable Acquisition Digitale"),
        notes="reply to the owner's nudge; Outlook French quote header; 'a tranché en faveur d'un autre profil'",
    ),
    dict(
        slug="reorganisation-plus-d-actualite", label="rejection", cat="role-cancelled", style="personal",
        frm="Antoine Lefebvre <antoine.lefebvre@vaillance-group.example>",
        subject="Poste de Head of Growth",
        text="""
            Bonjour Sam,

            Je vous écris pour vous informer d'un changement important de notre côté : suite à la réorganisation annoncée lundi, le poste de Head of Growth n'est plus d'actualité. Les équipes acquisition seront rattachées directement à la direction commerciale, sans création de poste.

            Je sais que vous étiez arrivé·e au dernier tour et je mesure la frustration que cela peut représenter. Croyez bien que cette décision n'a rien à voir avec votre candidature.

            Cordialement,
            Antoine Lefebvre
            DRH adjoint, Vaillance Group
            """,
        exp=("antoine.lefebvre@vaillance-group.example", "Antoine", "Vaillance Group", "Head of Growth"),
        notes="role eliminated in a reorganisation ('n'est plus d'actualité'); inclusive writing",
    ),
    dict(
        slug="lausanne-contrat", label="rejection", cat="personal-after-interview", style="personal",
        frm="Sophie Dubuis <sophie.dubuis@horlogerie-jaquet.example>",
        subject="Votre candidature – Product Marketing Manager",
        charset="iso-8859-1", cte="8bit",
        text="""
            Bonjour Sam Taylor,

            Je vous remercie pour votre venue à Lausanne et pour l'entretien de mercredi.

            Après avoir rencontré l'ensemble des personnes retenues pour le dernier tour, nous avons décidé de ne pas vous proposer le poste de Product Marketing Manager. La personne choisie a déjà travaillé pour une manufacture horlogère, ce qui a fait pencher la balance.

            Avec nos meilleures salutations,

            Sophie Dubuis
            Responsable RH
            Horlogerie Jaquet SA
            +41 21 555 48 10
            """,
        exp=("sophie.dubuis@horlogerie-jaquet.example", "Sophie", "Horlogerie Jaquet SA", "Product Marketing Manager"),
        notes="Swiss French; ISO-8859-1 8bit; 'de ne pas vous proposer le poste'",
    ),
    dict(
        slug="jury-feedback-detaille", label="rejection", cat="after-case-study", style="personal",
        frm="Hélène Marchand <helene.marchand@cap-ocean.example>",
        cc="Julien Roux <julien.roux@cap-ocean.example>",
        subject="Votre passage devant le jury – Chef de marque senior",
        text="""
            Bonjour Sam,

            Merci de vous être prêté·e à l'exercice du jury vendredi ; je sais que le format est exigeant.

            Quelques retours, comme promis :
            - la partie diagnostic était solide et bien documentée ;
            - la recommandation de plateforme de marque a été jugée pertinente mais trop prudente ;
            - le plan média manquait de chiffrage, ce qui a beaucoup pesé pour le poste de Chef de marque senior.

            Au vu de ces éléments, le jury n'a pas souhaité vous faire passer à l'étape suivante. Julien, en copie, se tient à votre disposition si vous voulez en discuter de vive voix.

            Belle journée,
            Hélène Marchand
            Responsable recrutement, Cap Océan
            """,
        exp=("helene.marchand@cap-ocean.example", "Hélène", "Cap Océan", "Chef de marque senior"),
        notes="bulleted jury feedback; verdict buried after the bullets; hiring manager in Cc",
    ),
    dict(
        slug="pourvu-en-interne", label="rejection", cat="internal-candidate", style="personal",
        frm="Mathilde Garnier <mathilde.garnier@verdure-bio.example>",
        subject="Chef de projet marketing",
        text="""
            Bonjour Sam,

            Je préfère vous prévenir avant que vous ne receviez le mail automatique : le poste de chef de projet marketing sera finalement pourvu en interne. Une collègue de l'équipe commerciale a postulé tardivement et la direction a souhaité privilégier la mobilité interne.

            Ce n'est en rien un jugement sur votre entretien, qui était très convaincant.

            Amicalement,
            Mathilde
            --
            Mathilde Garnier · Responsable marketing · Verdure Bio
            """,
        exp=("mathilde.garnier@verdure-bio.example", "Mathilde", "Verdure Bio", "chef de projet marketing"),
        notes="internal candidate; 'sera finalement pourvu en interne'",
    ),
    # ---------------------------------------------------------------- other, ATS style
    dict(
        slug="wttj-candidature-envoyee", label="other", cat="ack-received", style="ats",
        vendor="wttj", company="Oural Robotics",
        frm="Welcome to the Jungle <notifications@welcometothejungle.com>",
        subject="Ta candidature a bien été envoyée à Oural Robotics 🎉",
        text="""
            Bravo Sam !

            Ta candidature au poste de Product Marketing Manager chez Oural Robotics a bien été transmise à l'équipe recrutement.

            Et maintenant ? L'entreprise va étudier ton profil. Tu peux suivre l'avancement de ta candidature à tout moment depuis ton espace.

            [Suivre ma candidature](track)

            En attendant, découvre les coulisses d'Oural Robotics en vidéo.
            """,
        notes="welcome-to-the-jungle; tu; acknowledgement with emoji subject",
    ),
    dict(
        slug="sans-retour-quatre-semaines", label="other", cat="ack-hedging", style="ats",
        vendor="taleo", company="Compagnie des Eaux de Loire",
        frm="Compagnie des Eaux de Loire <cel@taleo.net>",
        subject="Accusé de réception de votre candidature",
        text="""
            Madame, Monsieur,

            Nous accusons réception de votre candidature au poste de Responsable communication clients (H/F) et vous en remercions.

            Votre dossier va être examiné avec la plus grande attention par nos équipes. Si votre profil correspond à nos attentes, nous prendrons contact avec vous dans les meilleurs délais. Sans retour de notre part dans un délai de quatre semaines, vous pourrez considérer que nous n'avons pas pu donner une suite favorable à votre démarche.

            Nous vous prions d'agréer nos salutations distinguées.

            Le service Recrutement
            """,
        notes="taleo; hedging acknowledgement (silence = no, but nothing decided yet)",
    ),
    dict(
        slug="toujours-en-cours-examen", label="other", cat="status-update", style="ats",
        vendor="smartrecruiters", company="Sélène Mobilités",
        frm="Sélène Mobilités <noreply@smartrecruiters.com>",
        subject="Où en est votre candidature ?",
        text="""
            Bonjour Sam,

            Vous avez postulé il y a trois semaines au poste de Responsable marketing B2B et nous tenions à vous donner des nouvelles.

            Votre candidature est toujours en cours d'examen. Le processus a pris un peu de retard en raison du nombre important de candidatures reçues ; nous prévoyons de revenir vers chaque candidat·e, que la réponse soit positive ou non, d'ici le 15 novembre.

            Merci de votre patience !
            L'équipe Talent de Sélène Mobilités
            """,
        notes="smartrecruiters; status update ('toujours en cours d'examen'); promises an answer either way",
    ),
    dict(
        slug="taleo-convocation-entretien", label="other", cat="interview-invite", style="ats",
        vendor="taleo", company="Crédit Mutualiste du Centre",
        frm="Crédit Mutualiste du Centre <cmc@taleo.net>",
        subject="Convocation à un entretien – Chargé(e) de marketing produit",
        text="""
            Bonjour Sam Taylor,

            Suite à l'étude de votre candidature au poste de Chargé(e) de marketing produit, nous avons le plaisir de vous convier à un entretien.

            {table}

            Merci de confirmer votre présence en cliquant sur le lien ci-dessous. En cas d'empêchement, nous vous remercions de nous prévenir au moins 48 heures à l'avance afin que nous puissions proposer ce créneau à une autre personne.

            [Confirmer ma présence](track)

            Le service Recrutement
            """,
        table=[("Date", "mardi 3 novembre 2026"), ("Heure", "10h30"), ("Lieu", "Siège – 18 avenue de Paris, Orléans"),
               ("Interlocuteurs", "Mme Perrault (RH), M. Dumas (Directeur marketing)")],
        notes="taleo; interview invitation with a table",
    ),
    dict(
        slug="absence-bureau-reponse-auto", label="other", cat="auto-reply", style="personal",
        frm="Aurélie Fontaine <aurelie.fontaine@groupe-marceval.example>",
        subject="Réponse automatique : Candidature Chef de produit marketing",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""
            Bonjour,

            Je suis absente du bureau jusqu'au lundi 9 novembre inclus, sans accès à ma messagerie.

            Pour toute question relative à une candidature en cours, vous pouvez contacter recrutement@groupe-marceval.example. Votre message ne sera pas transféré.

            Cordialement,
            Aurélie Fontaine
            """,
        notes="auto-reply (Auto-Submitted) from a company that also rejected the owner; team address in body",
    ),
    dict(
        slug="lever-feedback-requis", label="other", cat="owner-is-hiring-manager", style="ats",
        vendor="lever", company="Example Org",
        frm="Lever <no-reply@hire.lever.co>",
        subject="Feedback requis : 3 candidat·es pour Chargé·e de communication",
        text="""
            Bonjour Sam,

            Vous avez 3 entretiens sans feedback pour le poste Chargé·e de communication. Merci de compléter vos fiches d'évaluation afin que l'équipe recrutement puisse informer les candidat·es.

            {table}

            [Compléter mes feedbacks](track)
            """,
        table=[("Manon D.", "Entretien 12/10 – À refuser ?"), ("Yanis B.", "Entretien 13/10 – Avancer / Refuser"),
               ("Clara T.", "Entretien 14/10 – Avancer / Refuser")],
        notes="lever; owner is the hiring manager; Refuser buttons about other people",
    ),
    dict(
        slug="workday-transfert-offre", label="other", cat="requisition-transfer", style="ats",
        vendor="workday", company="Groupe Orléa",
        frm="Groupe Orléa <orlea@myworkday.com>",
        subject="Votre candidature a été transférée",
        text="""
            Bonjour Sam Taylor,

            L'offre Responsable Marketing Produit – Grand Public (R-20811) a été clôturée suite à une fusion de deux postes.

            Votre candidature n'est pas pour autant écartée : avec votre accord, elle a été transférée vers l'offre Responsable Marketing Produit & Marque (R-20877), dont le périmètre reprend l'essentiel du poste initial. Vos entretiens déjà réalisés restent acquis.

            Un membre de l'équipe vous contactera pour planifier l'entretien suivant.

            L'équipe Talent Acquisition
            """,
        notes="workday; requisition closed, application moved to another one",
    ),
    dict(
        slug="newsletter-erreurs-candidature", label="other", cat="newsletter", style="ats",
        vendor="newsletter", company="CadreMag",
        frm="CadreMag <lettre@cadremag.example>",
        subject="5 erreurs qui font rejeter une candidature (et comment les éviter)",
        headers={"List-Unsubscribe": "<https://click.example/u/cm-2201>", "Precedence": "bulk"},
        noreply=False,
        text="""
            Bonjour Sam,

            Un recruteur passe en moyenne sept secondes sur un CV. Dans notre dossier de la semaine, trois DRH expliquent pourquoi tant de candidatures sont écartées dès le premier tri – et pourquoi un refus n'est jamais définitif si l'on sait y répondre avec élégance.

            [Lire le dossier](track)

            Également cette semaine : « J'ai reçu un refus après quatre entretiens : dois-je demander un feedback ? »

            [Lire le témoignage](track)
            """,
        legal="CadreMag – 21 rue du Faubourg-Montmartre, 75009 Paris. Vous recevez cette lettre car vous y êtes abonné·e.",
        notes="newsletter about rejected applications; List-Unsubscribe",
    ),
    dict(
        slug="banque-pret-refuse", label="other", cat="non-job-rejection", style="ats",
        vendor="bank", company="Banque Populaire de l'Estuaire",
        frm="Banque Populaire de l'Estuaire <ne-pas-repondre@bpe-banque.example>",
        subject="Votre demande de prêt immobilier n° 26-88412",
        text="""
            Bonjour Sam Taylor,

            Nous avons étudié avec attention votre demande de prêt immobilier n° 26-88412 pour l'acquisition d'un appartement à Nantes.

            Après analyse de votre dossier par notre comité d'engagement, nous ne sommes pas en mesure de donner une suite favorable à votre demande, le taux d'endettement prévisionnel dépassant les recommandations du Haut Conseil de stabilité financière.

            Votre conseiller reste à votre disposition pour étudier d'autres solutions.

            Banque Populaire de l'Estuaire
            """,
        legal="Banque Populaire de l'Estuaire, société coopérative de banque populaire · ORIAS 07 005 127",
        notes="mortgage refused (non-job); 'pas en mesure de donner une suite favorable'",
    ),
    # ---------------------------------------------------------------- other, personal
    dict(
        slug="agence-logement-autre-dossier", label="other", cat="non-job-rejection", style="personal",
        frm="Agence Saint-Michel Immobilier <location@stmichel-immo.example>",
        subject="Votre dossier de location – T3 rue des Carmes",
        text="""
            Bonjour,

            Nous vous remercions pour votre dossier concernant le T3 de la rue des Carmes.

            Le propriétaire a retenu un autre dossier, dont les garanties correspondaient davantage à ses critères. Nous conservons vos éléments et nous vous proposerons volontiers d'autres biens correspondant à votre recherche.

            Cordialement,
            Sylvie – Service location
            Agence Saint-Michel Immobilier
            05 56 55 30 30
            """,
        notes="rental application declined (non-job)",
    ),
    dict(
        slug="conference-proposition-non-retenue", label="other", cat="non-job-rejection", style="ats",
        vendor="portal", company="MarketingConf Lyon",
        frm="Comité programme MarketingConf Lyon <programme@marketingconf-lyon.example>",
        subject="Votre proposition d'intervention",
        text="""
            Bonjour Sam,

            Merci d'avoir soumis « Positionner un produit B2B quand personne ne lit les fiches produit » pour l'édition 2027 de MarketingConf Lyon.

            Nous avons reçu 340 propositions pour 32 créneaux. Votre proposition n'a pas été retenue cette année, mais le comité a souligné l'originalité du sujet et vous encourage à la soumettre à nouveau pour un atelier.

            L'équipe programme
            """,
        notes="conference talk proposal not selected (non-job)",
    ),
    dict(
        slug="collegue-modele-finalistes", label="other", cat="owner-is-hiring-manager", style="personal",
        frm="Romain Chevalier <romain.chevalier@example.org>",
        subject="Modèle de mail finalistes non retenus",
        text="""
            Salut Sam,

            Voilà le modèle que je propose pour les deux finalistes qu'on ne retient pas sur le poste de chargé·e de com. Dis-moi si ça te va, je l'envoie demain matin.

            « Bonjour [Prénom],
            Merci pour le temps consacré à nos échanges et pour la qualité de votre présentation. Après réflexion, nous avons choisi de poursuivre avec un·e autre candidat·e. Nous garderons votre profil en tête pour nos prochains recrutements. »

            Pour Léa, je l'appellerais plutôt, elle a été vraiment top et je ne veux pas qu'elle l'apprenne par mail.

            Romain
            """,
        notes="colleague at the owner's company: rejection template for the owner's finalists",
    ),
    dict(
        slug="chasseur-poste-pourvu-nouvelles", label="other", cat="recruiter-filled-pitch", style="personal",
        frm="Claire Vasseur <claire.vasseur@talents-rivegauche.example>",
        subject="Deux nouvelles opportunités",
        text="""
            Bonjour Sam,

            Je reviens vers vous au sujet du poste de Directeur Marketing chez ce client dans la cosmétique dont nous avions parlé en juin : il a été pourvu cet été par un candidat interne, avant même que je ne vous présente.

            Mais j'ai aujourd'hui deux nouvelles missions qui pourraient vous intéresser davantage :
            – Head of Product Marketing dans une scale-up de la cybersécurité (Paris, hybride) ;
            – Directeur·rice de la marque pour un acteur du retail alimentaire (Lille).

            Seriez-vous disponible jeudi ou vendredi pour un échange de 20 minutes ?

            Bien à vous,
            Claire Vasseur
            Talents Rive Gauche – Executive Search
            06 55 71 22 09
            """,
        notes="headhunter: old role filled before the owner was presented; pitches new ones",
    ),
    dict(
        slug="proposition-embauche", label="other", cat="offer", style="personal",
        frm="Guillaume Bertin <guillaume.bertin@fenouil-tech.example>",
        subject="Proposition d'embauche – Product Marketing Manager",
        text="""
            Bonjour Sam,

            J'ai le plaisir de vous confirmer notre souhait de vous accueillir chez Fenouil Tech en tant que Product Marketing Manager.

            Les éléments principaux : CDI statut cadre, rémunération annuelle brute de 62 000 € plus variable de 10 %, télétravail deux jours par semaine, prise de poste souhaitée le 4 janvier 2027. La promesse d'embauche formelle suivra par voie électronique.

            N'hésitez pas à m'appeler si vous avez la moindre question.

            Très belle journée,
            Guillaume Bertin
            CEO, Fenouil Tech
            """,
        notes="offer",
    ),
    dict(
        slug="decaler-entretien", label="other", cat="reschedule", style="personal",
        frm="Amandine Roche <amandine.roche@brasserie-du-nord.example>",
        subject="Décalage de notre entretien de jeudi",
        text="""
            Bonjour Sam,

            Je suis navrée, je vais devoir décaler notre entretien de jeudi 14h : notre directeur commercial, qui devait y participer, est retenu sur un salon à Bruxelles.

            Le poste de Responsable marque est toujours ouvert et votre candidature nous intéresse beaucoup. Seriez-vous disponible lundi 16h ou mardi 11h ?

            Merci de votre compréhension,
            Amandine Roche
            RH – Brasserie du Nord
            """,
        notes="interview moved; role still open",
    ),
    dict(
        slug="ami-transfere-refus", label="other", cat="forwarded", style="personal",
        frm="Karim Haddad <karim.haddad@laposte.example>",
        subject="TR: Votre candidature chez Nébuleuse",
        text="""
            Sam, tu avais raison, ils ne m'ont même pas proposé de deuxième entretien. Franchement je suis dégoûté. On se voit samedi ?

            -------- Message transféré --------
            Sujet : Votre candidature chez Nébuleuse
            Date : Tue, 20 Oct 2026 18:30:12 +0200
            De : Nébuleuse Recrutement <jobs@nebuleuse.example>
            Pour : karim.haddad@laposte.example

            Bonjour Karim,

            Nous vous remercions pour votre candidature au poste de Data Analyst. Nous ne sommes malheureusement pas en mesure de la retenir.

            L'équipe Nébuleuse
            """,
        notes="a friend's own rejection forwarded to the owner (Thunderbird forward header)",
    ),
    dict(
        slug="merci-retour-envoye", label="other", cat="owner-sent", style="personal",
        frm="Sam Taylor <sam.taylor@example.org>",
        to="Inès Belkacem <ines.belkacem@azurea.example>",
        subject="Re: Suite à votre candidature – Responsable Marque Soins H/F",
        parent="azurea.example",
        text="""
            Bonjour Inès,

            Merci pour votre retour, même s'il n'est pas celui que j'espérais. J'ai beaucoup apprécié les échanges avec votre équipe et je reste très intéressé·e par Azuréa : n'hésitez pas à penser à moi pour un futur poste.

            Bien cordialement,
            Sam Taylor
            """,
        quote=("Le 21/10/2026 à 16:12, Inès Belkacem a écrit :", """
            Votre parcours a retenu notre attention, mais votre profil, bien qu'intéressant, ne correspond pas tout à fait aux besoins actuels de l'équipe.
            """),
        notes="the owner's own thank-you follow-up (From Sam) quoting a rejection",
    ),
    dict(
        slug="reponse-au-remerciement", label="other", cat="reply-to-followup", style="personal",
        frm="Chloé Marin <chloe@papillon-studio.example>",
        subject="Re: Ta candidature chez Papillon Studio",
        parent=True,
        text="""
            Hello Sam,

            Merci beaucoup pour ton message, ça fait plaisir ! Bien sûr, je garde ton profil sous le coude : on ouvre probablement un poste de Brand Manager au printemps et je penserai à toi.

            Belle fin de semaine,
            Chloé
            """,
        quote=("Le jeu. 22 oct. 2026 à 09:40, Sam Taylor <sam.taylor@example.org> a écrit :", """
            Bonjour Chloé,

            Merci pour ton retour rapide. Je comprends tout à fait votre choix ; si un poste plus adapté s'ouvre, je serais ravi·e d'en discuter.

            Sam

            > On préfère donc ne pas t'embarquer dans la suite du process.
            """),
        notes="recruiter answers the owner's thank-you; the rejection is only in the quote (two levels)",
    ),
]
