"""The 32 rejections of intl23 (French): 16 ATS-style, 16 personal."""
from content_common import AUTO, BULK, SAM_SIG

R = "rejection"

MESSAGES = [
    # ---------------------------------------------------------------- ATS (16)
    dict(slug="valmorel-workday-non-retenue", label=R, cat="ats-automated", style="ats", region="FR",
         vendor="workday", brand="Groupe Valmorel",
         frm="Groupe Valmorel <valmorel@myworkday.com>", headers=AUTO,
         subject="Votre candidature – Chef de produit marketing H/F (R-0048213)",
         preheader="Suite à votre candidature",
         text="""Bonjour Sam,

Nous vous remercions pour l'intérêt que vous portez au Groupe Valmorel et pour votre candidature au poste de Chef de produit marketing H/F (R-0048213).

Après étude de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour ce poste.

Nous vous encourageons à consulter régulièrement nos offres sur notre [[site carrières]] et vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

L'équipe Recrutement
Groupe Valmorel""",
         about="Groupe Valmorel – 14 000 collaborateurs dans 22 pays. Entreprise handi-accueillante, nous étudions à compétences égales toutes les candidatures.",
         exp=("", "", "Groupe Valmorel", "Chef de produit marketing H/F"),
         notes="Workday; the most ordinary wording; plain part generated from HTML"),

    dict(slug="banque-sylvaine-sf-bilingue", label=R, cat="ats-automated", style="ats", region="LU",
         vendor="successfactors", brand="Banque Sylvaine Luxembourg",
         frm="Banque Sylvaine Recrutement <noreply@successfactors.eu>", headers=AUTO,
         subject="Votre candidature / Your application – Marketing Manager Private Banking (m/f)",
         text="""(English version below)

Chère Madame, cher Monsieur Taylor,

Nous vous remercions de l'intérêt que vous avez manifesté pour la Banque Sylvaine Luxembourg et pour le poste de Marketing Manager Private Banking (m/f).

Après une étude attentive de votre candidature, nous sommes au regret de vous annoncer que nous ne pouvons pas y donner une suite favorable.

Nous conserverons vos données pendant une durée de 24 mois, sauf opposition de votre part, afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Ressources Humaines – Talent Acquisition

----------

Dear Sam Taylor,

Thank you for your interest in Banque Sylvaine Luxembourg and in the position of Marketing Manager Private Banking (m/f). After careful review, we regret to inform you that we are unable to consider your application further.

Kind regards,
Human Resources – Talent Acquisition""",
         extra_footer=["Banque Sylvaine Luxembourg S.A. – 2, boulevard Royal, L-2449 Luxembourg (adresse fictive) – R.C.S. Luxembourg B 000000"],
         exp=("", "", "Banque Sylvaine Luxembourg", "Marketing Manager Private Banking (m/f)"),
         notes="SuccessFactors; bilingual FR then EN; gendered salutation; data kept 24 months"),

    dict(slug="helvenor-taleo-htmlonly", label=R, cat="ats-automated", style="ats", region="CH",
         vendor="taleo", brand="Helvenor SA", html_only=True, cte="base64",
         frm="Helvenor Carrières <helvenor@taleo.net>", headers=AUTO,
         subject="Helvenor SA – Responsable communication digitale (80-100 %) – Réf. 2600417",
         text="""Bonjour Sam Taylor,

Nous vous remercions sincèrement de votre candidature pour le poste de Responsable communication digitale (80-100 %) à Lausanne et du temps que vous avez consacré à notre processus de sélection.

Nous avons reçu un grand nombre de dossiers de grande qualité. Après un examen approfondi, nous avons décidé de poursuivre le processus avec d'autres candidat·e·s dont le profil correspond davantage aux exigences du poste.

Nous vous souhaitons plein succès pour la suite de votre parcours professionnel.

Meilleures salutations

Helvenor SA
Talent Acquisition""",
         exp=("", "", "Helvenor SA", "Responsable communication digitale (80-100 %)"),
         notes="Taleo; HTML-only; Swiss 'Meilleures salutations'"),

    dict(slug="aubrac-talentsoft-verdict-milieu", label=R, cat="ats-automated", style="ats", region="FR",
         vendor="talentsoft", brand="Aubrac Mutuelle",
         frm="Aubrac Mutuelle – Recrutement <recrutement@aubrac-mutuelle.talent-soft.com>", headers=AUTO,
         subject="Suite donnée à votre candidature – Responsable marketing adhérents (F/H)",
         text="""Madame, Monsieur,

Nous avons bien pris connaissance de votre candidature au poste de Responsable marketing adhérents (F/H), référence 2026-0871, et nous vous remercions de la confiance que vous témoignez à Aubrac Mutuelle.

Acteur mutualiste de référence depuis 1947, Aubrac Mutuelle protège plus de 900 000 adhérents et s'engage au quotidien pour une protection sociale accessible à tous. Nos équipes, réparties sur 11 sites, partagent des valeurs de solidarité, de proximité et d'engagement.

Nous sommes toutefois au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Votre profil sera conservé dans notre base de candidatures pendant deux ans, sauf demande de suppression de votre part depuis votre [[espace candidat]]. Nous vous invitons à suivre nos prochaines offres et à créer une alerte emploi.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

La Direction des Ressources Humaines""",
         about="Aubrac Mutuelle est signataire de la Charte de la diversité et titulaire du label Égalité professionnelle.",
         exp=("", "", "Aubrac Mutuelle", "Responsable marketing adhérents (F/H)"),
         notes="Talentsoft/Cegid; verdict in the middle after company boilerplate; Madame, Monsieur"),

    dict(slug="koudou-wttj-tu", label=R, cat="ats-automated", style="ats", region="FR",
         vendor="wttj", brand="Koudou",
         frm="Koudou via Welcome to the Jungle <notifications@welcometothejungle.com>",
         headers=AUTO,
         subject="Ta candidature chez Koudou",
         text="""Hello Sam,

Merci d'avoir pris le temps de postuler chez Koudou pour le poste de Product Marketing Manager 🙌

On a bien regardé ton profil et, malheureusement, on ne va pas donner suite cette fois-ci. On a reçu beaucoup de candidatures et on a dû faire des choix difficiles, notamment sur l'expérience en B2B SaaS qu'on recherchait pour ce poste.

Si tu as des questions, tu peux écrire directement à Inès : ines.barthe@koudou.example

On te souhaite plein de belles choses pour la suite !

Inès, Talent Acquisition @ Koudou""",
         button="Voir d'autres offres de Koudou",
         exp=("ines.barthe@koudou.example", "Inès", "Koudou", "Product Marketing Manager"),
         notes="Welcome to the Jungle; tutoiement; reply address named in body; emoji"),

    dict(slug="pleiade-teamtailor-vivier", label=R, cat="keep-on-file", style="ats", region="BE",
         vendor="teamtailor", brand="Pléiade Studios",
         frm="Pléiade Studios <no-reply@teamtailor.com>", reply_to="Pléiade Studios <no-reply@teamtailor.com>",
         headers=AUTO,
         subject="Mise à jour concernant ta candidature – Brand Manager",
         text="""Salut Sam,

Un grand merci pour ta candidature au poste de Brand Manager chez Pléiade Studios à Bruxelles, et pour le temps que tu as consacré à notre premier échange.

Nous avons bien réfléchi et nous avons choisi de ne pas poursuivre avec ta candidature. Ce n'est jamais une décision facile, d'autant que ton parcours nous a beaucoup plu.

Nous aimerions garder ton profil dans notre vivier de talents pour de futures opportunités. Acceptes-tu que nous conservions tes données pendant 12 mois ?

[[Oui, je rejoins le vivier]]
[[Non, supprimer mes données]]

Belle journée,
L'équipe People de Pléiade Studios""",
         exp=("", "", "Pléiade Studios", "Brand Manager"),
         notes="Teamtailor; tu; verdict then a data-retention consent question with two buttons; Reply-To is the no-reply"),

    dict(slug="hellowork-relay-ravenel", label=R, cat="ats-automated", style="ats", region="FR",
         vendor="hellowork", brand="HelloWork",
         frm="HelloWork <candidature@hellowork.com>", headers=BULK,
         subject="Réponse du recruteur : Responsable marketing opérationnel H/F – Ravenel Distribution",
         text="""## Votre candidature a reçu une réponse

Bonjour Sam,

Ravenel Distribution a étudié votre candidature au poste de Responsable marketing opérationnel H/F à Nantes (44).

Malheureusement, le recruteur n'a pas retenu votre candidature.

Message du recruteur :
« Bonjour, nous vous remercions pour votre candidature. Celle-ci n'a pas été retenue car nous avons privilégié des profils ayant une expérience dans la grande distribution. Cordialement, Service RH »

Ne baissez pas les bras : [[12 offres similaires]] sont disponibles près de Nantes.

- [[Chef de projet marketing H/F – Saint-Herblain]]
- [[Responsable trade marketing H/F – Nantes]]
- [[Chargé de marketing digital H/F – Rezé]]""",
         exp=("", "", "Ravenel Distribution", "Responsable marketing opérationnel H/F"),
         notes="HelloWork job-board relay with bulk headers; recruiter message quoted; similar jobs listed below the verdict"),

    dict(slug="indeed-status-non-retenue", label=R, cat="terse", style="ats", region="QC",
         vendor="indeed", brand="Indeed",
         frm="Indeed <donotreply@match.indeed.com>", headers=BULK,
         subject="Mise à jour de votre candidature chez Boréalis Assurances",
         text="""Sam, voici une mise à jour concernant votre candidature

Conseiller(ère) principal(e), marketing numérique
Boréalis Assurances – Québec, QC

{table}

Boréalis Assurances vous remercie de votre intérêt. Un message de l'employeur : « Nous avons décidé d'aller de l'avant avec d'autres candidats. Bonne chance dans vos recherches. »

[[Voir d'autres emplois]]""",
         table=[("Statut", "Non retenu(e)"), ("Candidature envoyée", "il y a 19 jours")],
         exp=("", "", "Boréalis Assurances", "Conseiller(ère) principal(e), marketing numérique"),
         notes="Indeed status notice (Québec); status table 'Non retenu(e)'; bulk headers"),

    dict(slug="apec-recruteur-refus", day="2026-10-20", label=R, cat="ats-automated", style="ats", region="FR",
         vendor="apec", brand="Apec",
         frm="Apec <ne-pas-repondre@apec.fr>", headers=BULK,
         subject="Le recruteur a répondu à votre candidature",
         text="""Bonjour Sam Taylor,

Vous avez postulé le 02/10/2026 à l'offre « Responsable marketing produit F/H » publiée par Serfontaine Industrie.

Le recruteur vous informe que votre candidature n'a pas été retenue.

Nous savons qu'une réponse négative n'est jamais agréable. Les conseillers Apec peuvent vous aider à faire le point sur votre recherche : [[prendre rendez-vous avec un conseiller]].

Retrouvez l'ensemble de vos candidatures dans votre [[espace cadre]].

L'équipe Apec""",
         exp=("", "", "Serfontaine Industrie", "Responsable marketing produit F/H"),
         notes="APEC relay; advice upsell after the verdict"),

    dict(slug="linkedin-easy-apply-refus", day="2026-10-30", label=R, cat="ats-automated", style="ats", region="FR",
         vendor="linkedin", brand="LinkedIn",
         frm="LinkedIn <jobs-noreply@linkedin.com>", headers=BULK,
         subject="Votre candidature chez Mistelle Cosmétiques",
         text="""Sam, merci pour votre intérêt

Growth Marketing Lead
Mistelle Cosmétiques · Paris, Île-de-France (Hybride)

Malheureusement, Mistelle Cosmétiques a décidé de ne pas aller plus loin avec votre candidature pour le moment.

Mistelle Cosmétiques a reçu votre candidature le 14 oct. De nombreux candidats postulent à chaque offre ; ne vous découragez pas.

[[Voir les offres similaires]]

Top offres pour vous
- [[Head of Growth · Sorbet Labs · Paris]]
- [[Responsable acquisition · Maison Ilan · Lyon]]""",
         exp=("", "", "Mistelle Cosmétiques", "Growth Marketing Lead"),
         notes="LinkedIn easy-apply relay; verdict between job card and recommended jobs"),

    dict(slug="flatchr-pme-reponse", label=R, cat="ats-automated", style="ats", region="FR",
         vendor="flatchr", brand="Bastide & Fils",
         frm="Bastide & Fils <jobs@flatchr.io>", reply_to="Delphine Marchal <d.marchal@bastide-fils.example>",
         headers=AUTO,
         subject="Votre candidature au poste de Chargé(e) de communication et marketing",
         text="""Bonjour Sam,

Suite à votre candidature au poste de Chargé(e) de communication et marketing, nous tenons à vous remercier pour l'intérêt porté à notre entreprise familiale.

Nous sommes au regret de ne pas pouvoir y répondre favorablement, votre profil ne correspondant pas suffisamment à nos besoins actuels.

Nous vous souhaitons une bonne continuation.

Delphine Marchal
Responsable administrative et RH
Bastide & Fils – Salaisons depuis 1921""",
         exp=("d.marchal@bastide-fils.example", "Delphine", "Bastide & Fils", "Chargé(e) de communication et marketing"),
         plain="clean",
         notes="Flatchr; PME; Reply-To is the HR manager"),

    dict(slug="digitalrecruiters-portail-statut", day="2026-10-01", label=R, cat="ats-automated", style="ats", region="FR",
         vendor="digitalrecruiters", brand="Groupe Hestia Habitat",
         frm="Groupe Hestia Habitat <no-reply@digitalrecruiters.com>", headers=AUTO,
         subject="Hestia Habitat – Évolution de votre candidature",
         text="""Bonjour Sam,

Le statut de votre candidature a évolué.

{table}

Nous vous remercions pour le temps consacré à votre candidature et vous souhaitons une bonne continuation dans vos recherches.

[[Accéder à mon espace candidat]]

Groupe Hestia Habitat – Direction des talents""",
         table=[("Offre", "Responsable de la communication externe – CDI – Lille"),
                ("Date de candidature", "08/09/2026"), ("Statut", "Candidature non retenue")],
         exp=("", "", "Groupe Hestia Habitat", "Responsable de la communication externe"),
         notes="DigitalRecruiters portal; verdict only in a status table cell"),

    dict(slug="montcalm-smartrecruiters-pourvu", label=R, cat="ats-automated", style="ats", region="QC",
         vendor="smartrecruiters", brand="Groupe Montcalm",
         frm="Groupe Montcalm <noreply@smartrecruiters.com>", headers=AUTO,
         subject="Chef(fe) marketing de marque – Montréal",
         text="""Bonjour Sam,

Merci d'avoir soumis votre candidature pour le poste de Chef(fe) marketing de marque au sein du Groupe Montcalm.

Nous tenons à vous informer que le poste a été pourvu. Nous avons été impressionnés par la qualité des candidatures reçues et nous vous remercions sincèrement du temps que vous nous avez accordé.

Nous conserverons votre courriel et votre CV dans nos dossiers et n'hésiterons pas à communiquer avec vous si une occasion correspondant à votre profil se présente.

Au plaisir,
L'équipe Acquisition de talents
Groupe Montcalm""",
         about="Le Groupe Montcalm souscrit au principe d'équité en matière d'emploi et invite les femmes, les Autochtones, les membres des minorités visibles et ethniques et les personnes handicapées à soumettre leur candidature.",
         exp=("", "", "Groupe Montcalm", "Chef(fe) marketing de marque"),
         notes="SmartRecruiters; Québec French ('courriel', 'Au plaisir'); 'le poste a été pourvu'; equity statement"),

    dict(slug="sarthe-universite-poste-gele", label=R, cat="role-cancelled", style="ats", region="FR",
         vendor="plain_corp", brand="Université de la Sarthe-Bocage",
         frm="Université de la Sarthe-Bocage – Recrutement <recrutement-biatss@univ-sarthe-bocage.example>",
         headers=AUTO,
         subject="Campagne de recrutement contractuels – Poste de chargé·e de communication (réf. COM-26-14)",
         text="""Madame, Monsieur,

Vous avez fait acte de candidature pour le poste de chargé·e de communication (réf. COM-26-14), contrat de droit public de catégorie A, publié sur la plateforme Choisir le service public.

Nous vous informons que, suite à une décision de la Présidence dans le cadre de la maîtrise de la masse salariale, ce recrutement est suspendu et la procédure est close sans qu'il soit procédé à un recrutement. Votre candidature ne pourra donc pas être examinée plus avant.

Si le poste devait être à nouveau ouvert, il ferait l'objet d'une nouvelle publication.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le service Recrutement et mobilité – Direction des ressources humaines""",
         plain="clean",
         exp=("", "", "Université de la Sarthe-Bocage", "chargé·e de communication"),
         notes="university, fonction publique; recruitment suspended and closed without hiring"),

    dict(slug="atlasnova-workday-test", label=R, cat="after-assessment", style="ats", region="MA",
         vendor="workday", brand="AtlasNova Télécom",
         frm="AtlasNova Télécom <atlasnova@myworkday.com>", headers=AUTO,
         subject="AtlasNova – Résultat de votre évaluation en ligne",
         text="""Bonjour Sam,

Nous vous remercions d'avoir complété l'évaluation en ligne dans le cadre de votre candidature au poste de Responsable Marketing Offres Data (Casablanca).

Les résultats obtenus ne nous permettent malheureusement pas de poursuivre le processus de recrutement avec vous. Cette décision ne remet pas en cause la qualité de votre parcours.

Nous vous souhaitons une bonne continuation et pleine réussite dans vos projets.

Direction du Capital Humain
AtlasNova Télécom""",
         extra_footer=["AtlasNova Télécom S.A. – Casablanca (fictif). Conformément à la loi 09-08, vous disposez d'un droit d'accès, de rectification et d'opposition au traitement de vos données personnelles."],
         exp=("", "", "AtlasNova Télécom", "Responsable Marketing Offres Data"),
         notes="Workday (Morocco); after an online test; loi 09-08 notice"),

    dict(slug="brabo-greenhouse-fr-nl", label=R, cat="ats-automated", style="ats", region="BE",
         vendor="greenhouse", brand="Brabo Mobility",
         frm="Brabo Mobility <no-reply@us.greenhouse-mail.io>", reply_to="Thomas Verbeke <thomas.verbeke@brabo.example>",
         headers=AUTO,
         subject="Brabo Mobility – Marketing Lead Belgique / België",
         text="""Bonjour Sam,

Merci pour votre candidature au poste de Marketing Lead Belgique et pour votre entretien avec notre équipe.

Nous avons décidé de ne pas poursuivre votre candidature. Le profil que nous avons retenu avait une expérience plus directe du marché néerlandophone, un point qui s'est révélé déterminant.

N'hésitez pas à me répondre directement si vous souhaitez un retour plus détaillé.

Bien à vous,
Thomas Verbeke
Talent Partner – Brabo Mobility

---
Brabo Mobility NV/SA – Rue de la Loi 1, 1000 Bruxelles (adresse fictive). Deze e-mail is vertrouwelijk. Ce message est confidentiel.""",
         exp=("thomas.verbeke@brabo.example", "Thomas", "Brabo Mobility", "Marketing Lead Belgique"),
         notes="Greenhouse (Belgium); bilingual FR/NL subject and footer; Reply-To the talent partner"),

    # ---------------------------------------------------------------- personal (16)
    dict(slug="lisiere-recruteuse-autre-candidat", label=R, cat="personal-after-interview", style="personal", region="FR",
         frm="Camille Roussel <camille.roussel@lisiere-conseil.example>",
         subject="Votre candidature – Responsable marketing (Lisière Conseil)",
         text="""Bonjour Sam,

Je reviens vers vous suite à nos différents échanges concernant le poste de Responsable marketing.

Nous avons apprécié nos entretiens et la qualité de votre parcours. Cependant, après réflexion, nous avons finalement retenu un autre candidat dont l'expérience correspond davantage à nos enjeux actuels.

Je vous remercie encore pour votre disponibilité et vous souhaite une bonne continuation dans vos recherches.

Bien cordialement,

Camille Roussel
Chargée de recrutement
Lisière Conseil
01 84 60 22 19""",
         exp=("camille.roussel@lisiere-conseil.example", "Camille", "Lisière Conseil", "Responsable marketing"),
         notes="most ordinary after-interview wording"),

    dict(slug="founder-tu-direct", label=R, cat="terse", style="personal", region="FR",
         frm="Hugo Fernandes <hugo@pitaya.example>",
         subject="Re: Échange PMM Pitaya",
         parent=True, parent_domain="example.org",
         text="""Salut Sam,

Je vais être direct : on ne va pas continuer ensemble sur le process PMM. Tu as un super profil mais on cherche quelqu'un de plus hands-on sur l'outbound, et ça ne collait pas assez.

Merci pour ton temps, vraiment, et hésite pas si tu veux un retour plus détaillé.

Hugo
CEO @ Pitaya

Envoyé de mon iPhone""",
         exp=("hugo@pitaya.example", "Hugo", "Pitaya", "PMM"),
         notes="start-up founder, tu, franglais; sent from phone; role only as 'PMM'"),

    dict(slug="cabinet-client-autre-profil", day="2026-10-14", label=R, cat="agency-recruiter", style="personal", region="FR",
         frm="Julien Marty <j.marty@orsay-executive.example>",
         subject="RE: Poste Directeur marketing – Les Vergers d'Armor",
         parent=True, parent_domain="example.org", client_html=True,
         text="""Bonjour Sam,

Comme promis, je vous fais un retour suite à votre rencontre avec la direction des Vergers d'Armor la semaine dernière.

Mon client a fait le choix d'un autre profil pour le poste de Directeur marketing, notamment pour sa connaissance approfondie de la GMS. Ils ont souligné la qualité de nos échanges et votre vision de la marque, ce qui ne rend pas la décision plus simple à annoncer.

Je garde bien évidemment votre dossier en tête pour mes prochaines missions et ne manquerai pas de vous recontacter.

Bien à vous,

Julien Marty
Associé – Orsay Executive Search
+33 (0)6 71 20 44 83

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 12 octobre 2026 18:02
À : Julien Marty <j.marty@orsay-executive.example>
Objet : Poste Directeur marketing – Les Vergers d'Armor

Bonjour Julien,

Merci encore pour l'organisation de la rencontre. Avez-vous eu un premier retour ?

Belle journée,
Sam""",
         exp=("j.marty@orsay-executive.example", "Julien", "Les Vergers d'Armor", "Directeur marketing"),
         notes="cabinet de recrutement relays the client's no; company = client; Outlook French quote"),

    dict(slug="geneve-lettre-longue", label=R, cat="personal-after-interview", style="personal", region="CH",
         frm="Nathalie Favre <nathalie.favre@lemanique-horlogerie.example>",
         subject="Votre candidature au poste de Responsable marketing international",
         text="""Bonjour Sam,

Je tiens tout d'abord à vous remercier, au nom de toute l'équipe, pour l'engagement dont vous avez fait preuve tout au long de notre processus : deux entretiens, une étude de cas présentée devant notre direction générale et de nombreux échanges sur notre stratégie de marque en Asie.

Nous avons particulièrement apprécié votre approche analytique et la clarté de votre présentation. Plusieurs membres du comité ont relevé la pertinence de vos propositions sur la segmentation de nos collections.

Après de longues délibérations, nous avons néanmoins décidé de ne pas retenir votre candidature pour le poste de Responsable marketing international. Le choix s'est porté sur une personne disposant d'une expérience plus longue dans l'horlogerie de luxe, ce qui, compte tenu de nos enjeux à court terme, a été déterminant.

Je mesure la déception que peut représenter cette nouvelle après un processus aussi exigeant, et je reste volontiers à votre disposition pour un échange téléphonique si vous souhaitez un retour plus détaillé.

Je vous souhaite plein succès pour la suite et espère sincèrement que nos chemins se recroiseront.

Avec mes meilleures salutations,

Nathalie Favre
Directrice des ressources humaines
Lémanique Horlogerie SA
Rue du Rhône 00, 1204 Genève (fictif)
+41 22 555 01 78""",
         exp=("nathalie.favre@lemanique-horlogerie.example", "Nathalie", "Lémanique Horlogerie SA", "Responsable marketing international"),
         notes="long letter, verdict in the middle after praise; Swiss"),

    dict(slug="terse-poste-pourvu-mobile", day="2026-11-04", label=R, cat="terse", style="personal", region="FR",
         frm="Claire Dumont <claire.dumont@atelier-nuance.example>",
         subject="Re: Candidature chargée de marketing",
         parent=True, parent_domain="example.org",
         text="""Bonjour Sam,
Désolée pour le délai, le poste a été pourvu. Bonne continuation à vous.
Claire

Envoyé depuis mon mobile Orange

> Le 3 nov. 2026 à 09:14, Sam Taylor <sam.taylor@example.org> a écrit :
>
> Bonjour Claire, je me permets de revenir vers vous concernant ma candidature au poste de chargée de marketing. Bien à vous, Sam""",
         exp=("claire.dumont@atelier-nuance.example", "Claire", "", "chargée de marketing"),
         notes="terse from phone; reply above Sam's chaser; company not named (only a domain)"),

    dict(slug="reponse-relance-autre-personne", day="2026-11-18", label=R, cat="personal-after-interview", style="personal", region="BE",
         frm="Sophie Lambert <sophie.lambert@meuse-energie.example>",
         subject="RE: Suivi de ma candidature – Product Marketing Manager",
         parent=True, parent_domain="example.org", parent_depth=2,
         text="""Bonjour Sam,

Oui, malheureusement, nous sommes allés au bout du processus avec une autre personne, qui commence chez nous début janvier. J'aurais dû vous prévenir plus tôt, toutes mes excuses pour ce silence.

Merci encore pour votre intérêt pour Meuse Énergie.

Bien à vous,
Sophie

Sophie Lambert | Head of Marketing | Meuse Énergie
+32 4 555 18 62

De : Sam Taylor <sam.taylor@example.org>
Envoyé : mardi 17 novembre 2026 10:41
À : Sophie Lambert <sophie.lambert@meuse-energie.example>
Objet : Suivi de ma candidature – Product Marketing Manager

Bonjour Sophie,

Je me permets de revenir vers vous au sujet du poste de Product Marketing Manager, pour lequel nous nous étions vus le 27 octobre. Avez-vous pu avancer dans votre réflexion ?

Belle journée,
Sam

De : Sophie Lambert
Envoyé : mardi 27 octobre 2026 17:55
Objet : RE: Entretien

Merci Sam pour cet échange très agréable, je reviens vers vous d'ici deux semaines.""",
         exp=("sophie.lambert@meuse-energie.example", "Sophie", "Meuse Énergie", "Product Marketing Manager"),
         notes="reply above a quoted thread (Outlook, unquoted style); verdict as answer to Sam's question; Belgian 'Bien à vous'"),

    dict(slug="transfert-retour-manager", day="2026-10-16", label=R, cat="personal-after-interview", style="personal", region="FR",
         frm="Aurélie Gomez <aurelie.gomez@tessaline.example>",
         subject="TR: Candidature Sam Taylor – Chef de projet marketing CRM",
         text="""Bonjour Sam,

Je vous transfère ci-dessous le retour de Marc suite à votre entretien de mardi, il me semblait plus juste que vous l'ayez tel quel. Nous ne donnerons donc pas suite à votre candidature pour ce poste, mais Marc a été sincère sur les points positifs.

Belle fin de semaine,
Aurélie

Aurélie Gomez – Talent Acquisition – Tessaline
06 22 81 40 57

---------- Forwarded message ---------
De : Marc Lefebvre <marc.lefebvre@tessaline.example>
Date : jeu. 15 oct. 2026 à 11:20
Objet : Candidature Sam Taylor – Chef de projet marketing CRM
À : Aurélie Gomez <aurelie.gomez@tessaline.example>

Aurélie,

Bon échange avec Sam, très structuré, vraie culture de la mesure. En revanche pas assez d'expérience sur les outils CRM (Braze, Salesforce MC) pour ce poste, on ne peut pas se permettre une montée en compétence longue. Je préfère qu'on ne donne pas suite.

Marc""",
         exp=("aurelie.gomez@tessaline.example", "Aurélie", "Tessaline", "Chef de projet marketing CRM"),
         notes="recruiter forwards the hiring manager's internal note about Sam, with her own verdict line on top"),

    dict(slug="liege-pme-fr-nl", label=R, cat="personal-after-interview", style="personal", region="BE", charset="iso-8859-1",
         frm="Koen Peeters <koen.peeters@vandamme-print.example>",
         subject="Uw sollicitatie / Votre candidature – Marketing Manager",
         text="""Bonjour Sam,

Nous vous remercions pour votre visite à Liège et pour l'intérêt que vous portez à Vandamme Print.

Après mûre réflexion, nous ne pourrons pas vous proposer le poste de Marketing Manager. Nous avons opté pour un candidat qui maîtrise le néerlandais, ce qui est indispensable pour nos clients flamands.

Nous vous souhaitons beaucoup de succès.

---

Beste Sam,

Bedankt voor uw bezoek en uw interesse in Vandamme Print. Na rijp beraad kunnen wij u de functie van Marketing Manager helaas niet aanbieden.

Met vriendelijke groeten / Bien cordialement,

Koen Peeters
Zaakvoerder / Gérant
Vandamme Print BV
+32 4 555 90 21""",
         exp=("koen.peeters@vandamme-print.example", "Koen", "Vandamme Print", "Marketing Manager"),
         notes="Belgian PME; French letter followed by a Dutch version"),

    dict(slug="luxembourg-poste-supprime", label=R, cat="role-cancelled", style="personal", region="LU",
         frm="Martine Schmit <martine.schmit@kirchberg-assurances.example>",
         subject="Poste de Responsable Communication Corporate",
         text="""Bonjour Sam,

Je me permets de vous contacter concernant le poste de Responsable Communication Corporate pour lequel vous avez passé deux entretiens avec nous.

Suite à une réorganisation décidée par notre comité de direction la semaine dernière, le poste a été supprimé et ses missions seront réparties au sein de l'équipe existante. Nous sommes donc contraints de mettre un terme au processus de recrutement.

Je suis sincèrement désolée de vous annoncer cette nouvelle à ce stade, d'autant que votre candidature était très bien positionnée.

Avec mes salutations les meilleures,

Martine Schmit
HR Business Partner
Kirchberg Assurances S.A.
Tél. +352 26 55 40 12""",
         exp=("martine.schmit@kirchberg-assurances.example", "Martine", "Kirchberg Assurances S.A.", "Responsable Communication Corporate"),
         notes="role eliminated in a reorganisation; Luxembourg"),

    dict(slug="quebec-candidature-interne", label=R, cat="internal-candidate", style="personal", region="QC",
         frm="Geneviève Tremblay <genevieve.tremblay@coop-laurentides.example>",
         subject="Suivi – poste de Directeur(trice) marketing",
         text="""Bonjour Sam,

Merci encore pour ta disponibilité lors des entrevues des dernières semaines. Je voulais te donner des nouvelles moi-même plutôt que par un courriel automatique.

Nous avons finalement retenu une candidature à l'interne pour le poste de Directeur(trice) marketing. C'est une collègue qui occupait l'intérim depuis le printemps et qui connaît très bien nos membres.

J'ai vraiment apprécié nos échanges et je garde ton nom en tête. Bonne chance dans tes démarches!

Geneviève Tremblay, CRHA
Conseillère principale, acquisition de talents
Coopérative des Laurentides
514 555-0147""",
         exp=("genevieve.tremblay@coop-laurentides.example", "Geneviève", "Coopérative des Laurentides", "Directeur(trice) marketing"),
         notes="Québec; tutoiement; internal candidate; 'entrevues'"),

    dict(slug="casablanca-drh-formel", label=R, cat="personal-after-interview", style="personal", region="MA", charset="windows-1252",
         frm="Service Recrutement Sahel Agro <recrutement@sahel-agro.example>",
         reply_to="Yasmine El Amrani <y.elamrani@sahel-agro.example>",
         subject="Réponse à votre candidature – Responsable Marketing Export",
         text="""Monsieur/Madame Sam Taylor,

Nous accusons réception de votre candidature au poste de Responsable Marketing Export et vous remercions pour l'entretien accordé le 21 septembre à notre siège de Casablanca.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous ne manquerons pas de vous contacter si un poste correspondant à votre profil venait à se libérer.

Veuillez agréer, Monsieur/Madame, l'expression de nos salutations distinguées.

Yasmine El Amrani
Chargée de recrutement
Sahel Agro S.A. – Casablanca
Tél. : +212 5 22 55 07 31""",
         exp=("y.elamrani@sahel-agro.example", "Yasmine", "Sahel Agro S.A.", "Responsable Marketing Export"),
         notes="Morocco; formal; opens with 'nous accusons réception' then refuses; Reply-To the recruiter"),

    dict(slug="cas-pratique-tu-feedback", label=R, cat="after-assessment", style="personal", region="FR",
         frm="Léa Bonnet <lea@fenouil.example>",
         subject="Retour sur ton cas pratique",
         client_html=True,
         text="""Hello Sam,

Merci pour le cas pratique que tu nous as rendu vendredi, on sent que tu y as passé du temps et on a apprécié.

Pour être transparente avec toi : on a décidé de ne pas avancer sur ta candidature pour le poste de Head of Marketing. Quelques retours, si ça peut servir :
- la partie positionnement était vraiment solide
- par contre le plan d'acquisition restait trop théorique pour notre stade (on est 14 et on a 3 mois de runway marketing)
- on aurait aimé plus de chiffres sur les canaux payants

Je te souhaite de trouver rapidement, et si tu passes par Bordeaux, le café est pour moi.

Léa
Co-fondatrice, Fenouil""",
         exp=("lea@fenouil.example", "Léa", "Fenouil", "Head of Marketing"),
         notes="start-up co-founder, tu; bulleted feedback after a take-home case"),

    dict(slug="renvoi-apres-erreur-adresse", day="2026-10-06", label=R, cat="personal-after-interview", style="personal", region="FR",
         frm="Pauline Girard <pauline.girard@arcane-editions.example>",
         subject="TR: Votre candidature – Responsable marketing éditorial",
         text="""Bonjour Sam,

Je m'aperçois que le message ci-dessous m'est revenu en erreur (faute de frappe dans votre adresse), je vous le renvoie donc. Toutes mes excuses pour ce contretemps.

Pauline

-------- Message transféré --------
Sujet : Votre candidature – Responsable marketing éditorial
Date : Mon, 5 Oct 2026 16:02:11 +0200
De : Pauline Girard <pauline.girard@arcane-editions.example>
Pour : sam.tayor@example.org

Bonjour Sam,

Merci d'avoir rencontré Étienne et moi-même la semaine passée.

Nous avons beaucoup apprécié votre candidature, mais nous avons décidé de la clore : le poste de Responsable marketing éditorial demande une connaissance du circuit libraires que nous avons trouvée chez un autre candidat.

Bien cordialement,

Pauline Girard
Responsable RH – Arcane Éditions""",
         exp=("pauline.girard@arcane-editions.example", "Pauline", "Arcane Éditions", "Responsable marketing éditorial"),
         notes="rejection re-sent after a bounce (typo in address), as a forward"),

    dict(slug="cabinet-refus-plus-autre-poste", label=R, cat="agency-recruiter", style="personal", region="CH",
         frm="Raphaël Meyer <raphael.meyer@alpinetalent.example>",
         subject="Retour client + une autre piste",
         text="""Bonjour Sam,

J'ai eu le retour de Solvia Pharma ce matin : ils ne souhaitent pas poursuivre avec votre candidature pour le poste de Brand Manager Suisse romande. Le comité a préféré un profil issu du pharma, ce qui était un peu leur critère caché depuis le début, je le crains.

Cela dit, j'ai une autre mission qui pourrait vraiment vous correspondre : Responsable marketing produit chez un éditeur de logiciels à Lausanne, équipe de 6, forte autonomie. Seriez-vous disponible jeudi pour qu'on en parle ?

Meilleures salutations,

Raphaël Meyer
Senior Consultant – Alpine Talent Sàrl
+41 21 555 63 09""",
         exp=("raphael.meyer@alpinetalent.example", "Raphaël", "Solvia Pharma", "Brand Manager Suisse romande"),
         notes="agency relays the client's no and pitches another role in the same mail (the no still stands)"),

    dict(slug="stand-by-cloture-candidatures", label=R, cat="role-cancelled", style="personal", region="FR",
         frm="Éric Vasseur <eric.vasseur@grandlarge-voyages.example>",
         subject="Recrutement Responsable acquisition – mise en pause",
         text="""Bonjour Sam,

Je reviens vers vous concernant le poste de Responsable acquisition. Compte tenu du contexte économique et d'une saison plus difficile que prévu, la direction a décidé de geler ce recrutement jusqu'à nouvel ordre.

Nous clôturons donc l'ensemble des candidatures en cours, dont la vôtre. Si le poste est rouvert au printemps, nous republierons l'annonce et vous pourrez bien sûr postuler à nouveau.

Merci pour votre compréhension, et désolé de ne pas avoir de meilleure nouvelle.

Éric Vasseur
DRH – Grand Large Voyages
02 99 55 14 80""",
         exp=("eric.vasseur@grandlarge-voyages.example", "Éric", "Grand Large Voyages", "Responsable acquisition"),
         notes="hiring frozen, all applications closed"),

    dict(slug="universite-commission-pdf", day="2026-11-06", label=R, cat="personal-after-interview", style="personal", region="CH",
         frm="Secrétariat RH – Université de Val-Vert <rh-recrutement@unival-vert.example>",
         subject="Résultat de la procédure – Poste de Responsable marketing des formations continues",
         text="""Madame, Monsieur,

Suite à votre audition du 29 octobre, la commission de présélection s'est réunie et a procédé au classement des candidatures pour le poste de Responsable marketing des formations continues.

Nous avons le regret de vous informer que la commission n'a pas retenu votre candidature. Vous trouverez ci-joint le courrier officiel.

Nous vous remercions de l'intérêt porté à l'Université de Val-Vert.

Secrétariat RH – Service des ressources humaines
Université de Val-Vert""",
         attach=[("Courrier_decision_candidature.pdf", "application/pdf",
                  "%PDF-1.4\n% courrier officiel (fictif)\n%%EOF\n")],
         exp=("rh-recrutement@unival-vert.example", "", "Université de Val-Vert", "Responsable marketing des formations continues"),
         notes="Swiss university; committee decision; PDF letter attached; team signature (no first name)"),
]
