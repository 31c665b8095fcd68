"""French messages (fr-FR, fr-BE, fr-CH, fr-CA): 23 rejections, 23 hard negatives."""
from content_common import LOI25_QC, OWNER, RGPD_LONG, rej


def F(**kw):
    kw.setdefault("lang", "fr")
    kw.setdefault("variant", "fr-FR")
    return kw


REJECTIONS = [
    # ---------------------------------------------------------------- ATS
    F(slug="ferrandier-greenhouse-non-retenue", label="rejection", cat="ats-automated", style="ats", vendor="greenhouse",
      brand="Maison Ferrandier", frm="Maison Ferrandier – Recrutement <no-reply@us.greenhouse-mail.io>",
      subject="Votre candidature chez Maison Ferrandier",
      exp=rej("", "", "Maison Ferrandier", "Chef de produit digital – Clienteling (H/F)"),
      notes="vous; classic wording; luxury boilerplate",
      text="""Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez à Maison Ferrandier et du temps consacré à votre candidature au poste de Chef de produit digital – Clienteling (H/F).

Après un examen attentif de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. Ce choix ne remet pas en cause la qualité de votre parcours.

Nous vous souhaitons pleine réussite dans vos projets professionnels.

Bien cordialement,
L'équipe Talent Acquisition
Maison Ferrandier""",
      about="Fondée en 1887, Maison Ferrandier perpétue l'excellence de la maroquinerie française dans 38 boutiques à travers le monde. Maison Ferrandier est un employeur qui s'engage pour la diversité et l'inclusion.",
      legal=RGPD_LONG.format(company="Maison Ferrandier SAS", domain="ferrandier.example")),

    F(slug="pepite-wttj-tu-pas-plus-loin", label="rejection", cat="ats-automated", style="ats", vendor="wttj",
      brand="Pépite Labs", frm="Pépite Labs via Welcome to the Jungle <no-reply@welcometothejungle.com>",
      reply_to="Hugo Lemaire <hugo@pepitelabs.example>",
      subject="Ta candidature pour Product Manager Growth chez Pépite Labs",
      exp=rej("hugo@pepitelabs.example", "Hugo", "Pépite Labs", "Product Manager Growth"),
      notes="tu; startup; Reply-To a person",
      text="""Salut Sam,

Merci beaucoup pour ta candidature au poste de Product Manager Growth chez Pépite Labs, et pour ton super message de motivation !

On a pris le temps de regarder ton profil avec l'équipe produit. Après pas mal d'échanges, on a décidé de ne pas aller plus loin avec ta candidature pour ce poste : on cherche quelqu'un qui a déjà piloté l'acquisition payante sur mobile, et ça ne ressort pas assez de ton parcours.

Si tu veux un retour plus détaillé, réponds simplement à ce mail.

Belle continuation !
Hugo, Head of Product @ Pépite Labs"""),

    F(slug="ventoux-workday-statut-non-retenue", label="rejection", cat="status-portal", style="ats", vendor="workday",
      brand="Groupe Ventoux Assurances", frm="Groupe Ventoux Assurances <ventoux@myworkday.com>",
      subject="Mise à jour de votre candidature – JR-11482",
      exp=rej("", "", "Groupe Ventoux Assurances", "Product Owner Espace Client"),
      notes="verdict only in a status table cell",
      button="Accéder à mon espace candidat",
      table=[("Poste", "Product Owner Espace Client"), ("Référence", "JR-11482"), ("Lieu", "Avignon"),
             ("Statut", "Candidature non retenue"), ("Date", "mise à jour par l'équipe Recrutement")],
      text="""Bonjour Sam Taylor,

Le statut de votre candidature chez Groupe Ventoux Assurances a été mis à jour.

{table}

Vous pouvez consulter le détail de vos candidatures et découvrir nos autres offres à tout moment depuis votre espace candidat.

Merci de votre intérêt pour Groupe Ventoux Assurances.

L'équipe Recrutement"""),

    F(slug="sablon-smartrecruiters-poste-pourvu", label="rejection", cat="ats-automated", style="ats", vendor="smartrecruiters",
      variant="fr-BE", brand="Sablon Digital", frm="Sablon Digital <noreply@smartrecruiters.com>",
      subject="Votre candidature – Product Marketing Manager Benelux",
      exp=rej("", "", "Sablon Digital", "Product Marketing Manager Benelux"),
      notes="Belgian; position filled",
      text="""Bonjour Sam Taylor,

Nous vous remercions pour votre candidature au poste de Product Marketing Manager Benelux.

Nous tenons à vous informer que ce poste a entre-temps été pourvu. Nous ne sommes dès lors plus en mesure de donner suite à votre candidature.

Nous conservons volontiers vos coordonnées et vous invitons à suivre nos prochaines offres sur notre site carrières.

Avec nos salutations distinguées,
Sablon Digital SA
Rue des Minimes 48, 1000 Bruxelles"""),

    F(slug="boreal-lever-quebec-autres-candidatures", label="rejection", cat="ats-automated", style="ats", vendor="lever",
      variant="fr-CA", brand="Boréal Logiciels", frm="Boréal Logiciels <no-reply@hire.lever.co>",
      subject="Suivi de votre candidature – Gestionnaire de produit principal",
      exp=rej("", "", "Boréal Logiciels", "Gestionnaire de produit principal"),
      notes="Québec; courriel; Loi 25 footer; verdict at the end",
      text="""Bonjour Sam,

Merci d'avoir postulé au poste de Gestionnaire de produit principal chez Boréal Logiciels. Nous avons reçu un nombre record de candidatures pour ce poste et chacune a été lue par un membre de notre équipe.

Chez Boréal, nous croyons que chaque personne candidate mérite une réponse claire et rapide, c'est pourquoi nous vous écrivons aujourd'hui. Ce courriel ne reflète en rien la valeur de votre expérience.

Nous avons décidé d'aller de l'avant avec d'autres candidatures dont le profil correspond davantage aux besoins actuels de l'équipe.

Bonne chance dans vos démarches!
L'équipe Talents, Boréal Logiciels""",
      about="Boréal Logiciels conçoit des outils de planification forestière utilisés dans 14 pays. Nous sommes fiers d'avoir été nommés parmi les meilleurs employeurs de Montréal en 2026.",
      legal=LOI25_QC.format(domain="boreal-logiciels.example")),

    F(slug="leman-successfactors-interne", label="rejection", cat="internal-candidate", style="ats", vendor="successfactors",
      variant="fr-CH", brand="Léman Horlogerie SA", frm="Léman Horlogerie SA <carrieres-noreply@successfactors.eu>",
      subject="Votre postulation – Responsable produit e-commerce",
      exp=rej("", "", "Léman Horlogerie SA", "Responsable produit e-commerce"),
      notes="Swiss ('postulation'); filled internally",
      text="""Bonjour Sam Taylor,

Nous accusons réception de votre postulation pour le poste de Responsable produit e-commerce et vous en remercions.

Nous avons le plaisir de vous annoncer que ce poste a été attribué à une collaboratrice de notre maison, dans le cadre de notre politique de promotion interne. Par conséquent, nous ne pouvons malheureusement pas poursuivre le processus avec vous.

Nous vous remercions de la confiance témoignée et vous adressons nos meilleures salutations.

Ressources humaines
Léman Horlogerie SA, Quai du Mont-Blanc 9, 1201 Genève"""),

    F(slug="escale-teamtailor-recrutement-suspendu", label="rejection", cat="role-cancelled", style="ats", vendor="teamtailor",
      brand="Escale Voyages", frm="Escale Voyages <jobs@escale.teamtailor-mail.com>",
      subject="Information concernant le poste de Lead Product Manager",
      exp=rej("", "", "Escale Voyages", "Lead Product Manager"),
      notes="hiring suspended; application closed",
      text="""Bonjour Sam,

Nous vous remercions pour l'intérêt que vous avez porté au poste de Lead Product Manager chez Escale Voyages.

En raison d'un changement de priorités stratégiques, nous avons pris la décision de suspendre ce recrutement jusqu'à nouvel ordre. Votre candidature est donc clôturée, comme l'ensemble des candidatures reçues pour ce poste.

Nous sommes sincèrement désolés pour ce contretemps et espérons avoir l'occasion de vous recontacter lorsque de nouvelles opportunités s'ouvriront.

Cordialement,
L'équipe RH d'Escale Voyages"""),

    F(slug="kerlann-workable-etude-de-cas", label="rejection", cat="after-assessment", style="ats", vendor="workable",
      brand="Kerlann Robotique", frm="Kerlann Robotique <noreply@candidates.workablemail.com>",
      subject="Retour sur votre étude de cas – Product Manager IoT",
      exp=rej("maelle.guillou@kerlann.example", "Maëlle", "Kerlann Robotique", "Product Manager IoT"),
      notes="after case study; recruiter address in body of no-reply mail",
      text="""Bonjour Sam,

Merci d'avoir réalisé l'étude de cas pour le poste de Product Manager IoT.

L'équipe a apprécié la clarté de votre restitution. Cependant, les résultats de l'exercice ne nous permettent pas de poursuivre le processus avec vous : nous attendions une approche plus approfondie des contraintes matérielles et de la chaîne d'approvisionnement.

Je reste disponible pour en discuter si vous le souhaitez : maelle.guillou@kerlann.example.

Bien à vous,
Maëlle Guillou
Chargée de recrutement, Kerlann Robotique – Brest"""),

    F(slug="clt-icims-htmlonly-rgpd-conservation", label="rejection", cat="keep-on-file", style="ats", vendor="icims",
      brand="Compagnie Lyonnaise de Transports", frm="Compagnie Lyonnaise de Transports <donotreply@talent.icims.com>",
      subject="Votre candidature n° 40917 – Chef de projet produit billettique", html_only=True, cte="base64",
      exp=rej("", "", "Compagnie Lyonnaise de Transports", "Chef de projet produit billettique"),
      notes="HTML-only base64; verdict buried mid-letter; data-retention question; long RGPD",
      button="J'accepte que mon CV soit conservé",
      text="""Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez à la Compagnie Lyonnaise de Transports et de votre candidature au poste de Chef de projet produit billettique.

Votre parcours a retenu toute notre attention et nous avons apprécié la qualité de votre dossier. Toutefois, après une analyse approfondie de l'ensemble des candidatures reçues, nous sommes au regret de ne pas pouvoir y donner une suite favorable, d'autres profils correspondant plus précisément aux exigences du poste.

Nous souhaiterions néanmoins conserver votre CV dans notre base de données afin de pouvoir vous proposer d'autres opportunités. Acceptez-vous que nous le conservions pendant deux ans ? Sans action de votre part, vos données seront supprimées dans un délai de trois mois.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines""",
      about="La Compagnie Lyonnaise de Transports exploite 140 lignes de bus, tramway et métro et transporte chaque jour plus de 1,5 million de voyageurs. Entreprise handi-accueillante, signataire de la Charte de la diversité.",
      legal=RGPD_LONG.format(company="la Compagnie Lyonnaise de Transports", domain="clt-lyon.example")),

    F(slug="garonne-indeed-statut", label="rejection", cat="status-portal", style="ats", vendor="indeed",
      brand="Indeed", frm="Indeed <no-reply@indeed.com>",
      subject="Mise à jour de votre candidature chez Atelier Garonne",
      exp=rej("", "", "Atelier Garonne", "Responsable marketing produit"),
      notes="job-board status notice: employer marked not selected; job suggestions below",
      text="""Bonjour Sam,

Atelier Garonne a mis à jour le statut de votre candidature.

Responsable marketing produit
Atelier Garonne – Toulouse (31)

Statut : Non sélectionné(e)

L'employeur a indiqué qu'il ne donnera pas suite à votre candidature pour ce poste. Ne vous découragez pas : de nouvelles offres sont publiées chaque jour.

Offres similaires :
- Chef de produit marketing – Pastel & Brique – Toulouse
- Product Marketing Manager – Occitane Cloud – Montpellier

[[Voir les offres]]"""),

    F(slug="albatros-recruitee-profil-ne-correspond", label="rejection", cat="ats-automated", style="ats", vendor="recruitee",
      variant="fr-BE", brand="Albatros Energy", frm="Albatros Energy <no-reply@mail.recruitee.com>",
      subject="Votre candidature chez Albatros Energy",
      exp=rej("jobs@albatros-energy.example", "", "Albatros Energy", "Product Owner Smart Grid"),
      notes="Belgian; 'profil ne correspond pas suffisamment'; team address in body",
      text="""Bonjour Sam Taylor,

Merci d'avoir postulé chez Albatros Energy pour le poste de Product Owner Smart Grid.

Nous avons bien étudié votre candidature. Votre profil ne correspond malheureusement pas suffisamment aux compétences techniques recherchées pour ce poste et nous ne la retiendrons donc pas.

Pour toute question, notre équipe est joignable à l'adresse jobs@albatros-energy.example.

Bien à vous,
L'équipe People d'Albatros Energy
Avenue Louise 231, 1050 Ixelles"""),

    # ---------------------------------------------------------------- personal
    F(slug="dumoulin-apres-entretien-autre-profil", day="2026-11-09", label="rejection", cat="personal-after-interview", style="personal",
      frm="Claire Dumoulin <claire.dumoulin@ombelle.example>",
      subject="Suite à nos échanges – Senior Product Manager",
      exp=rej("claire.dumoulin@ombelle.example", "Claire", "Ombelle", "Senior Product Manager"),
      notes="after two interviews; detailed feedback; verdict in the middle",
      client_html=True,
      text="""Bonjour Sam,

Je tenais à vous remercier personnellement pour votre implication tout au long du processus pour le poste de Senior Product Manager chez Ombelle, et notamment pour l'entretien de mardi avec Thomas et Aïcha.

Nous avons finalement retenu un autre profil, dont l'expérience en SaaS B2B était plus proche de nos enjeux immédiats. Ce n'était pas une décision facile : vous avez été très apprécié(e) par l'équipe.

Quelques retours, si cela peut vous être utile :
- excellente capacité à structurer un problème et à prioriser
- très bonne culture de la donnée
- moins d'exemples concrets de négociation avec des clients grands comptes

Je serais ravie de rester en contact.

Bien cordialement,
Claire Dumoulin
VP Product – Ombelle
06 55 51 23 87"""),

    F(slug="nuage-tu-quelquun-dautre", day="2026-10-09", label="rejection", cat="personal-after-interview", style="personal",
      frm="Bastien Roux <bastien@nuagebleu.example>",
      subject="Re: PM chez Nuage Bleu",
      parent=True, parent_domain="mail.example.org",
      exp=rej("bastien@nuagebleu.example", "Bastien", "Nuage Bleu", "PM Data"),
      notes="tu; casual; typos; Gmail quote",
      text="""Salut Sam,

merci pour ton mail et encore desolé pour le délai. Bon je vais etre direct : on part sur quelqu'un d'autre pour le poste de PM Data. La personne a déjà bossé sur un produit très proche du notre et on a besoin que ça démarre vite.

J'ai vraiment bien aimé notre échange, sincèrement. Si tu passes à Nantes on se fait un café ?

A+
Bastien

Le jeu. 8 oct. 2026 à 18:22, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Bastien,
>
> Merci encore pour l'échange de lundi, j'ai beaucoup apprécié la
> discussion sur votre roadmap. Je reste très motivé(e) par le poste
> de PM Data !
>
> Bonne soirée,
> Sam"""),

    F(slug="cabinet-arcadie-client-autre-finaliste", label="rejection", cat="agency-recruiter", style="personal",
      frm="Sophie Marchal <s.marchal@cabinet-arcadie.example>",
      subject="Retour de Verdanne Cosmétiques",
      exp=rej("s.marchal@cabinet-arcadie.example", "Sophie", "Verdanne Cosmétiques", "Directeur·rice Produit Digital"),
      notes="agency consultant relays client decision",
      text="""Bonjour Sam,

J'ai eu ce matin le retour de Verdanne Cosmétiques suite à votre entretien final avec la DG.

Malheureusement, mon client a fait le choix d'un autre finaliste pour le poste de Directeur·rice Produit Digital. Ils ont beaucoup apprécié votre vision, mais ont privilégié un profil issu de la grande distribution.

Je suis sincèrement déçue pour vous, vous étiez très bien placé(e). Je reviendrai vers vous dès que j'aurai une mission qui vous correspond.

Très belle journée,

Sophie Marchal
Consultante senior – Cabinet Arcadie
12 rue de Miromesnil, 75008 Paris
+33 1 55 50 44 12"""),

    F(slug="liege-reponse-relance-attribue", day="2026-10-20", label="rejection", cat="personal-after-interview", style="personal", variant="fr-BE",
      frm="Geoffrey Lambotte <geoffrey.lambotte@mosane.example>",
      subject="RE: Relance candidature Product Manager Mobile",
      parent=True, parent_domain="mail.example.org",
      exp=rej("geoffrey.lambotte@mosane.example", "Geoffrey", "Mosane Telecom", "Product Manager Mobile"),
      notes="Belgian; reply to Sam's chaser; Outlook quote; 'attribué à une autre personne'",
      text="""Bonjour Sam,

Toutes mes excuses pour ce silence, ce n'est pas très correct de notre part.

Le poste de Product Manager Mobile a été attribué à une autre personne la semaine dernière. J'aurais dû vous en informer plus tôt.

Merci pour votre intérêt pour Mosane Telecom et bonne continuation.

Bien à vous,
Geoffrey Lambotte
Talent Acquisition – Mosane Telecom
Boulevard d'Avroy 38, 4000 Liège
+32 4 555 70 70

De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 19 octobre 2026 09:03
À : Geoffrey Lambotte <geoffrey.lambotte@mosane.example>
Objet : Relance candidature Product Manager Mobile

Bonjour Monsieur Lambotte,

Je me permets de revenir vers vous concernant ma candidature au poste de Product Manager Mobile, suite à notre entretien du 28 septembre. Auriez-vous des nouvelles quant à la suite du processus ?

Bien cordialement,
Sam Taylor"""),

    F(slug="terse-karim-pas-cette-fois", label="rejection", cat="terse", style="personal",
      frm="Karim Benali <karim.benali@sillon.example>",
      subject="Candidature Product Owner – Sillon",
      exp=rej("karim.benali@sillon.example", "Karim", "Sillon", "Product Owner"),
      notes="two lines",
      text="""Bonjour Sam,

Désolé, ce ne sera pas pour cette fois. Merci pour votre temps et bonne continuation !

Karim
Envoyé de mon iPhone"""),

    F(slug="montreal-poste-aboli", label="rejection", cat="role-cancelled", style="personal", variant="fr-CA",
      frm="Isabelle Tremblay <isabelle.tremblay@fleuvesaint.example>",
      subject="Poste de directrice ou directeur produit – mise à jour",
      exp=rej("isabelle.tremblay@fleuvesaint.example", "Isabelle", "Fleuve Saint Média", "Directrice ou directeur produit"),
      notes="Québec; role abolished after budget review",
      text="""Bonjour Sam,

Je vous écris avec une nouvelle que j'aurais préféré ne pas avoir à vous annoncer. Suite à une révision budgétaire imposée par notre conseil d'administration, le poste de directrice ou directeur produit a été aboli la semaine dernière. Le processus d'embauche est donc annulé pour l'ensemble des personnes candidates.

Vous faisiez partie de nos deux finalistes et toute l'équipe avait très hâte de vous revoir. Je suis vraiment désolée.

Au plaisir de garder contact,
Isabelle Tremblay
Vice-présidente, Expérience numérique
Fleuve Saint Média, Montréal
514 555-0148"""),

    F(slug="longue-lettre-verdict-fin", label="rejection", cat="personal-after-interview", style="personal",
      frm="Hélène Garnier <helene.garnier@editions-sorbier.example>",
      subject="Notre processus de recrutement",
      exp=rej("helene.garnier@editions-sorbier.example", "Hélène", "Éditions du Sorbier", "Responsable produits numériques"),
      notes="long praise; verdict in the final paragraph; windows-1252",
      charset="windows-1252", cte="quoted-printable",
      text="""Bonjour Sam,

Je voulais prendre le temps de vous écrire longuement, car vous avez consacré beaucoup d'énergie à notre processus pour le poste de Responsable produits numériques aux Éditions du Sorbier.

Votre présentation sur la transformation de notre catalogue jeunesse en offre d'abonnement a marqué tout le comité. Vous avez su poser les bonnes questions sur nos contraintes de droits d'auteur, ce que peu de candidats ont fait. Notre directeur éditorial m'a même confié qu'il reprendrait plusieurs de vos idées.

Cependant, la personne qui rejoindra l'équipe devra surtout, dans les premiers mois, reprendre en main nos relations avec les plateformes de distribution, domaine dans lequel un autre candidat a une expérience directe de dix ans.

C'est donc avec regret que je dois vous annoncer que nous n'irons pas plus loin ensemble sur ce recrutement.

Avec toute ma considération,
Hélène Garnier
Directrice des ressources humaines
Éditions du Sorbier – 18 rue Jacob, 75006 Paris"""),

    F(slug="vivier-cv-garde-accord", label="rejection", cat="keep-on-file", style="personal",
      frm="Laetitia Morin <laetitia.morin@cedrat-paiements.example>",
      subject="Votre candidature – Product Manager Paiements",
      exp=rej("laetitia.morin@cedrat-paiements.example", "Laetitia", "Cédrat Paiements", "Product Manager Paiements"),
      notes="rejection then keep-CV question",
      text="""Bonjour Sam,

Merci pour notre échange téléphonique de jeudi.

Je reviens vers vous concernant le poste de Product Manager Paiements : votre candidature n'a pas été retenue, l'équipe souhaitant un profil ayant déjà travaillé sur de l'acquiring.

J'aimerais cependant garder votre CV dans notre vivier, car Cédrat Paiements ouvrira plusieurs postes produit au premier semestre. Êtes-vous d'accord ?

Belle fin de semaine,
Laetitia Morin
Talent Partner – Cédrat Paiements
07 55 58 12 44"""),

    F(slug="lausanne-promotion-interne", label="rejection", cat="internal-candidate", style="personal", variant="fr-CH",
      frm="Nicolas Favre <nicolas.favre@vaudoise-data.example>",
      subject="Poste de Product Lead Analytics",
      exp=rej("nicolas.favre@vaudoise-data.example", "Nicolas", "Vaudoise Data SA", "Product Lead Analytics"),
      notes="Swiss; internal promotion",
      text="""Bonjour Sam Taylor,

Je vous remercie encore pour les deux entretiens que vous avez eus avec nous à Lausanne.

Je dois malheureusement vous informer que nous avons finalement choisi de promouvoir une collaboratrice de notre équipe au poste de Product Lead Analytics. Elle connaît nos clients depuis six ans et cette continuité a été déterminante.

Votre candidature était excellente et je garde un très bon souvenir de nos échanges.

Meilleures salutations,
Nicolas Favre
Directeur Produits, Vaudoise Data SA
Avenue de Rhodanie 60, 1007 Lausanne
+41 21 555 31 09"""),

    F(slug="presentation-comite-pas-convaincu", label="rejection", cat="after-assessment", style="personal",
      frm="Antoine Ribeiro <antoine.ribeiro@galet-mobilite.example>",
      subject="Retour sur votre présentation",
      exp=rej("antoine.ribeiro@galet-mobilite.example", "Antoine", "Galet Mobilité", "Head of Product B2C"),
      notes="after presentation to a committee",
      text="""Bonjour Sam,

Merci pour votre présentation de mercredi devant le comité de direction de Galet Mobilité.

Pour être transparent avec vous : votre stratégie d'acquisition n'a pas convaincu le comité, qui l'a jugée trop éloignée de nos contraintes de rentabilité à court terme. Nous ne donnerons donc pas suite à votre candidature pour le poste de Head of Product B2C.

Je vous propose volontiers un appel de quinze minutes pour vous faire un retour plus complet.

Cordialement,
Antoine Ribeiro
COO – Galet Mobilité
01 55 50 98 71"""),

    F(slug="etape-finale-deux-autres", label="rejection", cat="personal-after-interview", style="personal",
      frm="Camille Lefèvre <camille.lefevre@tramontane.example>",
      subject="Prochaine étape – Product Manager Marketplace",
      exp=rej("camille.lefevre@tramontane.example", "Camille", "Tramontane", "Product Manager Marketplace"),
      notes="indirect: not taken to the final stage; positive-sounding subject",
      text="""Bonjour Sam,

Un grand merci pour le temps que vous nous avez accordé lors du deuxième entretien.

Nous avons décidé de poursuivre le processus avec deux autres candidats pour l'étape finale du poste de Product Manager Marketplace. Leur expérience des places de marché B2B a fait la différence.

Je vous souhaite le meilleur pour la suite et serais heureuse d'échanger à nouveau si une autre opportunité se présente chez Tramontane.

Bien à vous,
Camille Lefèvre
Recruteuse, Tramontane
Marseille"""),

    F(slug="bonne-nouvelle-citee-refus-en-tete", day="2026-10-06", label="rejection", cat="personal-after-interview", style="personal",
      frm="Julien Mercier <julien.mercier@cap-horizon.example>",
      subject="RE: Bonne nouvelle – deuxième entretien",
      parent=True, parent_domain="cap-horizon.example", parent_depth=2,
      exp=rej("julien.mercier@cap-horizon.example", "Julien", "Cap Horizon", "Product Manager Fidélisation"),
      notes="top reply is a rejection ('poste pourvu') over a quoted 'Bonne nouvelle' invitation",
      text="""Bonjour Sam,

Je reviens vers vous sur ce fil pour vous informer que le poste de Product Manager Fidélisation a été pourvu. Nous ne donnerons donc pas suite au second entretien qui était prévu. Je suis désolé pour ce changement de dernière minute.

Merci pour votre intérêt pour Cap Horizon.

Cordialement,
Julien Mercier
Responsable recrutement – Cap Horizon

-----Message d'origine-----
De : Julien Mercier
Envoyé : jeudi 1 octobre 2026 10:14
À : Sam Taylor
Objet : Bonne nouvelle – deuxième entretien

Bonjour Sam,

Bonne nouvelle : nous souhaitons vous rencontrer pour un deuxième entretien pour le poste de Product Manager Fidélisation ! Seriez-vous disponible la semaine du 12 octobre ?

Cordialement,
Julien"""),
]

OTHERS = [
    # ---------------------------------------------------------------- ATS
    F(slug="accuse-reception-sans-reponse-3-semaines", label="other", cat="ack-received", style="ats", vendor="hellowork",
      brand="Armor Distribution", frm="Armor Distribution via HelloWork <candidature@hellowork.example>",
      subject="Nous avons bien reçu votre candidature",
      notes="hedging ack: 'sans réponse de notre part sous trois semaines, considérez que...'",
      text="""Bonjour Sam Taylor,

Nous vous confirmons la bonne réception de votre candidature au poste de Chef de produit e-commerce chez Armor Distribution.

En raison du nombre important de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles. Sans réponse de notre part dans un délai de trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous remercions de votre confiance.

Le service Recrutement d'Armor Distribution""",
      legal=RGPD_LONG.format(company="Armor Distribution", domain="armor-distribution.example")),

    F(slug="invitation-entretien-greenhouse-frais", label="other", cat="interview-invite", style="ats", vendor="greenhouse",
      brand="Quai 9 Studio", frm="Quai 9 Studio <no-reply@us.greenhouse-mail.io>",
      reply_to="Manon Girard <manon.girard@quai9.example>",
      subject="Invitation à un entretien – Product Manager Créateurs",
      button="Choisir un créneau",
      notes="interview invite; 'malheureusement' only about travel costs",
      text="""Bonjour Sam,

Merci pour votre candidature au poste de Product Manager Créateurs ! Votre profil a retenu toute notre attention et nous serions ravis d'organiser un premier entretien visio de 45 minutes avec notre Head of Product.

Merci de choisir un créneau via le bouton ci-dessous d'ici vendredi.

Malheureusement, nous ne pourrons pas prendre en charge les frais de déplacement pour l'éventuel entretien sur site à Bordeaux.

À très vite,
Manon Girard
Talent Acquisition – Quai 9 Studio"""),

    F(slug="alerte-apec-offres", label="other", cat="job-alert", style="ats", vendor="hellowork",
      brand="HelloWork", frm="HelloWork Alertes <alertes@hellowork.example>",
      subject="12 nouvelles offres « Product Manager » près de Paris",
      headers={"List-Unsubscribe": "<{unsub}>"},
      notes="job alert; one saved offer 'n'est plus disponible / pourvue'",
      text="""Bonjour Sam,

Voici les nouvelles offres correspondant à votre alerte « Product Manager – Paris – CDI » :

- Product Manager Senior – Lumen Assurances – Paris 9e
- Chef de produit digital – Brasserie Maraîchère – Paris 11e
- Product Owner Data – Fintech Orée – La Défense
- Head of Product – Canopée Santé – Paris / télétravail
- Product Marketing Manager – Sirocco SaaS – Boulogne-Billancourt

L'offre « Lead PM – Boussole Immo » que vous aviez sauvegardée n'est plus disponible : le poste a été pourvu.

[[Voir toutes les offres]]

Bonne recherche !
L'équipe HelloWork"""),

    F(slug="transfert-autre-poste-smartrecruiters", label="other", cat="requisition-transfer", style="ats", vendor="smartrecruiters",
      brand="Oriel Santé", frm="Oriel Santé <noreply@smartrecruiters.com>",
      subject="Votre candidature a été transférée",
      notes="requisition closed; application moved to another role",
      text="""Bonjour Sam Taylor,

L'offre « Product Manager Téléconsultation – Lille » à laquelle vous avez postulé a été clôturée.

Votre profil correspondant à un autre besoin de nos équipes, nous avons transféré votre candidature vers le poste « Product Manager Parcours Patient – Paris ». Notre recruteuse, Élodie Vasseur, prendra contact avec vous dans les prochains jours.

Si vous ne souhaitez pas être considéré(e) pour ce poste, vous pouvez retirer votre candidature depuis votre espace candidat.

Cordialement,
L'équipe Talent d'Oriel Santé"""),

    F(slug="test-en-ligne-invitation", label="other", cat="assessment-invite", style="ats", vendor="recruitee",
      brand="Banque Ardoise", frm="Banque Ardoise <no-reply@mail.recruitee.com>",
      subject="Étape suivante : test en ligne",
      button="Commencer le test",
      notes="online test invitation; 'ne pourront malheureusement pas être étudiées' for incomplete tests",
      text="""Bonjour Sam,

Suite à l'étude de votre candidature au poste de Product Owner Crédit immobilier, nous avons le plaisir de vous inviter à passer notre test d'aptitudes en ligne (environ 40 minutes).

Merci de le compléter avant le 23 octobre. Les candidatures pour lesquelles le test n'aura pas été complété ne pourront malheureusement pas être étudiées.

Bonne chance !
L'équipe Recrutement – Banque Ardoise"""),

    F(slug="owner-hiring-notif-refus-envoye", label="other", cat="owner-hiring", style="ats", vendor="teamtailor",
      brand="Calder Street Media France", frm="Teamtailor <notifications@teamtailor.com>",
      subject="Candidate refusée : Inès Morel – Chargé·e d'études (Paris)",
      notes="HR-system notice about Sam's own requisition",
      table=[("Candidate", "Inès Morel"), ("Offre", "Chargé·e d'études (Paris)"), ("Étape", "Refusé·e"),
             ("E-mail de refus", "envoyé automatiquement"), ("Par", "Sam Taylor")],
      text="""Bonjour Sam,

Une candidature a été mise à jour sur l'offre que vous gérez chez Calder Street Media France :

{table}

2 candidat·e·s attendent toujours votre évaluation.

[[Ouvrir dans Teamtailor]]"""),

    F(slug="article-colloque-non-retenu", label="other", cat="non-job-rejection", style="ats", vendor="corporate",
      brand="Colloque MédiaNum 2027", frm="MédiaNum 2027 <noreply@sciencesconf.example>",
      subject="[MédiaNum 2027] Décision concernant votre soumission #118",
      notes="academic paper declined",
      text="""Cher·e Sam Taylor,

Nous vous remercions d'avoir soumis votre article « Mesurer l'attention : méthodes mixtes pour l'audience numérique » au colloque MédiaNum 2027.

Le comité scientifique a examiné 164 soumissions. Nous avons le regret de vous informer que votre article n'a pas été retenu pour publication dans les actes. Vous trouverez ci-dessous les commentaires des relecteurs.

Relecteur 1 : sujet pertinent, mais méthodologie insuffisamment décrite.
Relecteur 2 : bonne contribution pratique, manque de positionnement théorique.

Nous espérons vous compter parmi les participants.

Le comité d'organisation de MédiaNum 2027"""),

    F(slug="colis-refuse-retour", day="2026-10-14", label="other", cat="non-job-rejection", style="ats", vendor="corporate",
      brand="Colisexpress", frm="Colisexpress <suivi@colisexpress.example>",
      subject="Votre colis 6A1928847 a été refusé et retourné à l'expéditeur",
      notes="parcel refused / returned",
      text="""Bonjour,

Votre colis n° 6A1928847 a été refusé à la livraison le 14/10/2026 et sera retourné à l'expéditeur (Boutique Lin & Lune).

Motif : refusé par le destinataire – emballage endommagé.

Le remboursement éventuel sera traité directement par le vendeur.

Ceci est un message automatique, merci de ne pas y répondre.
Colisexpress – Service clients"""),

    F(slug="promesse-embauche-workday", label="other", cat="offer", style="ats", vendor="workday",
      brand="Groupe Rivage", frm="Groupe Rivage <rivage@myworkday.com>",
      subject="Votre proposition d'embauche – Senior Product Manager",
      button="Consulter et accepter l'offre",
      notes="offer in portal; 'refuser' option and expiry",
      text="""Bonjour Sam Taylor,

Félicitations ! Nous avons le plaisir de vous adresser une proposition d'embauche pour le poste de Senior Product Manager au sein du Groupe Rivage.

Votre proposition est disponible dans votre espace candidat. Vous pouvez l'accepter ou la refuser en ligne jusqu'au 6 novembre 2026. Passé ce délai, elle sera automatiquement annulée.

Nous avons hâte de vous accueillir !

Les Ressources Humaines du Groupe Rivage"""),

    F(slug="communaute-talents-sans-verdict", label="other", cat="talent-pool", style="ats", vendor="teamtailor",
      variant="fr-CH", brand="Salève Tech", frm="Salève Tech <jobs@saleve.teamtailor-mail.com>",
      subject="Rejoignez notre communauté de talents",
      button="Rejoindre la communauté",
      notes="talent-community newsletter without verdict",
      text="""Bonjour Sam,

Vous avez récemment consulté nos offres dans le domaine produit. Nous n'avons pas de poste ouvert correspondant à votre profil pour le moment, mais nous recrutons régulièrement à Genève et à Lausanne.

Rejoignez notre communauté de talents pour être informé·e en avant-première de nos prochaines offres et de nos événements.

Meilleures salutations,
L'équipe Talents de Salève Tech"""),

    # ---------------------------------------------------------------- personal
    F(slug="dossier-location-non-retenu", label="other", cat="non-job-rejection", style="personal",
      frm="Agence Immobilière des Batignolles <location@immo-batignolles.example>",
      subject="Votre dossier de location – 14 rue Legendre",
      notes="rental application turned down",
      text="""Madame, Monsieur,

Nous vous remercions pour votre visite de l'appartement situé au 14 rue Legendre et pour le dépôt de votre dossier.

Nous sommes au regret de vous informer que le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Virginie Aubert
Agence Immobilière des Batignolles
01 55 55 42 10"""),

    F(slug="owner-collegue-refus-envoye", label="other", cat="owner-hiring", style="personal",
      frm="Mathilde Perrin <mathilde.perrin@example.org>",
      subject="Re: Chargé·e d'études – point candidats",
      parent=True, parent_domain="example.org",
      notes="colleague at Sam's company about candidates Sam rejected",
      text="""Hello Sam,

C'est fait : j'ai envoyé le refus à Paul Girard et à Inès Morel comme convenu hier. Inès a répondu très gentiment et demande un retour, je peux m'en charger si tu veux.

Pour la suite, il nous reste Yanis et Chloé. Tu préfères les voir ensemble jeudi ou séparément ?

Bises,
Mathilde

Mathilde Perrin – Chargée d'études senior
Calder Street Media France – 9 rue du Sentier, 75002 Paris"""),

    F(slug="owner-sent-remerciement-apres-refus", day="2026-11-10", label="other", cat="owner-sent", style="personal",
      frm=OWNER, to="Claire Dumoulin <claire.dumoulin@ombelle.example>",
      subject="Re: Suite à nos échanges – Senior Product Manager",
      parent=True, parent_domain="ombelle.example",
      notes="Sam's own thank-you after a rejection, quoting it",
      text="""Bonjour Claire,

Merci beaucoup pour votre retour détaillé, même si j'aurais évidemment aimé une autre issue. Vos remarques sur les grands comptes me seront très utiles.

Je serais ravi(e) de rester en contact, et n'hésitez pas à penser à moi si un poste produit s'ouvre chez Ombelle.

Bien cordialement,
Sam

Le 9 nov. 2026 à 10:41, Claire Dumoulin <claire.dumoulin@ombelle.example> a écrit :
> Bonjour Sam,
>
> Nous avons finalement retenu un autre profil, dont l'expérience en
> SaaS B2B était plus proche de nos enjeux immédiats.
>
> Bien cordialement,
> Claire Dumoulin"""),

    F(slug="reponse-remerciement-garder-contact", day="2026-10-28", label="other", cat="reply-to-owner-followup", style="personal",
      frm="Anaïs Colin <anais.colin@papeterie-vauban.example>",
      subject="Re: Votre candidature – Chef de produit Papeterie",
      parent=True, parent_domain="mail.example.org", parent_depth=2,
      notes="recruiter replies to Sam's thank-you; rejection only in the quote",
      text="""Bonjour Sam,

Aucun souci, et merci à vous pour ce message très élégant ! C'est rare et ça fait plaisir.

Avec grand plaisir pour garder le contact. Je vous ajoute sur LinkedIn.

Belle journée,
Anaïs

Le mar. 27 oct. 2026 à 09:15, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Anaïs,
>
> Merci pour votre réponse, et désolé(e) d'avoir relancé autant.
> Au plaisir de rester en contact !
>
> Sam
>
> Le lun. 26 oct. 2026 à 17:02, Anaïs Colin a écrit :
>> Bonjour Sam,
>>
>> Nous sommes au regret de vous informer que votre candidature au poste
>> de Chef de produit Papeterie n'a pas été retenue.
>>
>> Cordialement,
>> Anaïs Colin"""),

    F(slug="reponse-question-toujours-en-course", day="2026-11-03", label="other", cat="answer-to-owner-question", style="personal",
      frm="Romain Chevalier <romain.chevalier@alizee-fintech.example>",
      subject="Re: Point sur ma candidature",
      parent=True, parent_domain="mail.example.org",
      notes="answer to 'avez-vous retenu un autre candidat ?': still in the running",
      text="""Bonjour Sam,

Pas du tout, rassurez-vous ! Nous n'avons retenu personne pour le moment. Le processus a pris du retard à cause de la clôture trimestrielle, mais vous êtes toujours dans la course pour le poste de Product Manager Épargne.

Je vous propose un entretien avec notre CEO la semaine prochaine, je reviens vers vous avec des créneaux d'ici demain.

Bien à vous,
Romain Chevalier
Head of Talent – Alizée Fintech

Le 2 nov. 2026 à 08:50, Sam Taylor <sam.taylor@example.org> a écrit :
> Bonjour Romain,
>
> Je me permets de vous relancer concernant le poste de Product Manager
> Épargne. Avez-vous déjà retenu un autre candidat ? Je vous remercie
> par avance de votre retour.
>
> Sam Taylor"""),

    F(slug="quebec-pause-aucune-decision", label="other", cat="status-update", style="personal", variant="fr-CA",
      frm="Marc-André Gagnon <ma.gagnon@outarde.example>",
      subject="Processus – Gestionnaire de produit, Données",
      notes="Québec; process paused, no decision yet, will come back",
      text="""Bonjour Sam,

Je voulais vous tenir au courant : notre processus pour le poste de Gestionnaire de produit, Données est temporairement en pause, le temps que notre nouvelle VP entre en fonction le 1er décembre. Aucune décision n'a été prise et votre candidature demeure active.

Nous vous reviendrons d'ici deux semaines avec la suite des choses.

Merci de votre patience!
Marc-André Gagnon
Conseiller en acquisition de talents, Outarde Technologies
Québec · 418 555-0192"""),

    F(slug="chasseur-tu-nouvelles-missions", label="other", cat="recruiter-outreach", style="personal",
      frm="Yasmine Haddad <yasmine@cime-search.example>",
      subject="Deux missions produit qui pourraient te plaire",
      notes="tu; headhunter pitch; mentions her client 'a retenu un autre profil' on an old mission",
      text="""Hello Sam,

On s'était parlé en juin pour la mission chez Azur Data (pour info, le client a finalement retenu un profil interne). J'ai deux nouvelles missions qui me font beaucoup penser à toi :

- Head of Product Insights dans un groupe média parisien
- Lead PM dans une scale-up de l'adtech à Lyon (full remote possible)

Tu aurais 20 minutes cette semaine pour en parler ?

Yasmine
Cime Search – Executive Search Digital
06 55 57 38 90"""),

    F(slug="demande-reference-ancienne-collaboratrice", label="other", cat="reference-request", style="personal", variant="fr-BE",
      frm="Pauline Declercq <pauline.declercq@escaut-partners.example>",
      subject="Demande de référence – Léa Vandamme",
      notes="reference request about a former colleague",
      text="""Bonjour Monsieur ou Madame Taylor,

Léa Vandamme, qui a postulé chez nous au poste d'Analyste Insights, vous a cité(e) comme référence professionnelle.

Auriez-vous 15 minutes cette semaine pour un court échange téléphonique ? Nous souhaiterions notamment connaître votre avis sur son autonomie et sa manière de présenter des résultats.

Merci d'avance,
Pauline Declercq
Escaut Partners – Tournai
+32 69 55 51 20"""),

    F(slug="transfert-conjoint-refus", day="2026-11-04", label="other", cat="forwarded", style="personal",
      frm="Alex Martin <alex.martin@laposte.example>",
      subject="Fwd: Votre candidature chez Brise Marine",
      notes="partner forwards own rejection",
      text="""Coucou,

Bon, encore raté… Tu en penses quoi, je réponds pour demander un retour ou je laisse tomber ?

Bisous
Alex

---------- Forwarded message ---------
De : Brise Marine Recrutement <recrutement@brise-marine.example>
Date : mer. 4 nov. 2026 à 11:32
Objet : Votre candidature chez Brise Marine
À : Alex Martin <alex.martin@laposte.example>

Bonjour Alex,

Nous vous remercions pour votre candidature au poste de Responsable logistique. Après étude attentive, nous ne pouvons malheureusement pas y donner une suite favorable.

Cordialement,
L'équipe Recrutement"""),

    F(slug="meetup-talk-non-retenu-tu", label="other", cat="non-job-rejection", style="personal",
      frm="Orga Product Tuesday Lyon <orga@producttuesday-lyon.example>",
      subject="Ta proposition de talk pour Product Tuesday",
      notes="tu; meetup talk proposal declined",
      text="""Salut Sam,

Merci pour ta proposition de talk « Dashboards que personne ne lit » ! On a reçu beaucoup plus de propositions que prévu pour l'édition de janvier et malheureusement la tienne n'a pas été retenue cette fois-ci.

On adorerait que tu la re-proposes pour mars, le sujet nous plaît vraiment.

À bientôt au meetup,
L'équipe Product Tuesday Lyon"""),

    F(slug="offre-orale-confirmee", label="other", cat="offer", style="personal",
      frm="Sarah Benoît <sarah.benoit@cypres-energie.example>",
      subject="Confirmation de notre proposition",
      notes="verbal offer confirmed; mentions other finalists 'pas retenus'",
      text="""Bonjour Sam,

Suite à notre appel de ce midi, je suis ravie de vous confirmer par écrit que nous souhaitons vous proposer le poste de Product Manager Énergie Solaire chez Cyprès Énergie.

Pour votre information, nous avons informé les autres finalistes qu'ils n'avaient pas été retenus : c'est vous que nous voulons !

Vous recevrez la promesse d'embauche d'ici jeudi. N'hésitez pas si vous avez la moindre question.

Très chaleureusement,
Sarah Benoît
DRH – Cyprès Énergie
06 55 54 21 19"""),

    F(slug="suisse-deuxieme-tour-lundi-impossible", label="other", cat="interview-invite", style="personal", variant="fr-CH",
      frm="Valérie Rochat <valerie.rochat@jura-medtech.example>",
      subject="Deuxième tour – Product Manager Dispositifs connectés",
      notes="Swiss; next-round invite; 'malheureusement' about a date",
      text="""Bonjour Sam Taylor,

Nous avons le plaisir de vous inviter au deuxième tour pour le poste de Product Manager Dispositifs connectés.

Malheureusement, le lundi 16 novembre ne sera pas possible pour notre directeur technique ; pourriez-vous plutôt le mardi 17 ou le mercredi 18 novembre, à Neuchâtel ?

Avec nos meilleures salutations,
Valérie Rochat
Ressources humaines, Jura Medtech SA
+41 32 555 14 60"""),

    F(slug="credit-refuse-conseiller", label="other", cat="non-job-rejection", style="personal", variant="fr-BE",
      frm="Olivier Dumont <olivier.dumont@banque-meuse.example>",
      subject="Votre demande de prêt personnel",
      notes="loan application declined by bank advisor",
      text="""Bonjour Sam Taylor,

Suite à l'analyse de votre demande de prêt personnel de 15 000 EUR, je suis au regret de vous informer que notre comité de crédit n'a pas pu l'accepter en l'état, votre relation bancaire avec nous étant trop récente.

Je vous propose d'en reparler dans six mois, ou d'étudier ensemble une formule avec un apport plus important.

Bien cordialement,
Olivier Dumont
Conseiller clientèle – Banque de la Meuse, agence de Namur
081 55 52 30"""),
]

MESSAGES = REJECTIONS + OTHERS
