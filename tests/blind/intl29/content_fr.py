"""French messages (FR, BE, LU, MC, CH romande, Québec): 16 rejections, 16 hard negatives."""
from content_common import M, ats_html, wrap, quote, trk

NR = "Ce message a été envoyé automatiquement, merci de ne pas y répondre."


def rgpd(resp, mail):
    return (f"Conformément au Règlement général sur la protection des données (RGPD), vous disposez d'un droit "
            f"d'accès, de rectification et d'effacement de vos données. Responsable du traitement : {resp}. "
            f"Contact : {mail}.")


MESSAGES = []
A = MESSAGES.append

# ---------------------------------------------------------------- rejections, ATS
s = "fr-rej-taleo-grand-groupe"
A(M(s, "rejection", "fr", "ats", "ats-automated", "FR; taleo; grand-groupe; ordinary; 'n'a pas été retenue'",
    "Groupe Valmorel Recrutement <recrutement@valmorel.taleo.net>",
    "Votre candidature – Responsable Marketing Produit H/F (réf. 2600318)",
    html=ats_html("Groupe Valmorel", "#00205b", [
        "Madame, Monsieur,",
        "Nous vous remercions de l'intérêt que vous portez au Groupe Valmorel et de votre candidature au poste "
        "de <b>Responsable Marketing Produit H/F</b> (réf. 2600318).",
        "Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre "
        "candidature n'a pas été retenue. Cette décision ne remet pas en cause vos compétences et vos qualités.",
        "Nous vous invitons à consulter régulièrement nos offres sur " +
        f'<a href="{trk(s,1)}">valmorel-carrieres</a>' + " et vous souhaitons pleine réussite dans vos recherches.",
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "La Direction des Ressources Humaines"],
        [NR, rgpd("Groupe Valmorel SA, 12 rue de la Pépinière, 75008 Paris", "dpo@valmorel.example"),
         "Valmorel SA au capital de 84 200 000 € – RCS Paris 552 018 774"]),
    text_style="bare", text_width=70, headers={"Auto-Submitted": "auto-generated"},
    company="Groupe Valmorel", role="Responsable Marketing Produit H/F"))

s = "be-rej-workday-dutch-footer"
A(M(s, "rejection", "fr", "ats", "ats-automated", "BE; workday; mixed-language; nl-footer; 'poursuivre avec d'autres candidats'",
    "Brabançonne Assurances <brabanconne@myworkday.com>",
    "Votre candidature pour le poste de Brand Manager (F/H/X) | Uw sollicitatie",
    html=ats_html("Brabanconne", "#c8102e", [
        "Bonjour Sam,",
        "Merci pour votre candidature au poste de <b>Brand Manager (F/H/X)</b> à Bruxelles et pour le temps "
        "consacré à notre processus de sélection.",
        "Nous avons reçu de nombreuses candidatures de grande qualité. Après mûre réflexion, nous avons "
        "décidé de poursuivre avec d'autres candidats dont le profil correspond davantage à nos besoins "
        "actuels.",
        "Nous vous souhaitons beaucoup de succès.",
        "Bien à vous,<br>L'équipe Talent Acquisition",
        "<i>Nederlandse versie: Bedankt voor uw sollicitatie voor de functie van Brand Manager. U kunt uw "
        "sollicitatiestatus steeds raadplegen in uw kandidatenprofiel.</i>"],
        ["Merci de ne pas répondre à cet e-mail – Gelieve niet te antwoorden op deze e-mail.",
         "Brabançonne Assurances SA · Boulevard du Roi Albert II 21 · 1000 Bruxelles · BCE 0403.211.876",
         "Politique de confidentialité / Privacyverklaring: https://www.brabanconne.example/privacy"]),
    text_style="inline", headers={"Auto-Submitted": "auto-generated"},
    company="Brabançonne Assurances", role="Brand Manager (F/H/X)"))

s = "fr-rej-wttj-startup-tu"
A(M(s, "rejection", "fr", "ats", "ats-automated", "FR; welcome-to-the-jungle; startup; tutoiement; 'ne pas donner suite'",
    "Mangrove via Welcome to the Jungle <no-reply@welcometothejungle.com>",
    "Ta candidature chez Mangrove 🌱",
    reply_to_hdr="Inès Berrada <ines@mangrove-app.example>",
    html=ats_html("Mangrove", "#00a86b", [
        "Hello Sam,",
        "Un grand merci d'avoir candidaté pour le poste de <b>Growth Marketing Manager</b> chez Mangrove, "
        "et pour le temps passé sur ta candidature 🙏",
        "On a pris le temps de bien relire ton profil, et on a décidé de ne pas donner suite pour cette fois : "
        "on cherche quelqu'un avec une expérience plus poussée en acquisition payante sur mobile.",
        "On garde un super souvenir de ton dossier et on espère recroiser ta route !",
        "À bientôt,<br>Inès – Talent @ Mangrove"],
        ["Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle. "
         f'<a href="{trk(s,1)}">Se désabonner</a> · <a href="{trk(s,2)}">Confidentialité</a>',
         "Welcome to the Jungle · 28 rue du Sentier, 75002 Paris"]),
    text_style="links",
    reply_to="ines@mangrove-app.example", contact="Inès", company="Mangrove", role="Growth Marketing Manager"))

s = "lu-rej-smartrecruiters-pourvu"
A(M(s, "rejection", "fr", "ats", "role-filled", "LU; smartrecruiters; poste-pourvu; english-legal-footer",
    "Banque Mosellane Luxembourg <no-reply@smartrecruiters.com>",
    "Banque Mosellane Luxembourg – Marketing Communications Officer",
    html=ats_html("Banque Mosellane", "#1b365d", [
        "Bonjour Sam Taylor,",
        "Nous vous remercions pour votre candidature au poste de Marketing Communications Officer.",
        "Nous souhaitons vous informer que le poste a été pourvu. Nous ne sommes donc pas en mesure de "
        "donner une suite favorable à votre candidature.",
        "Votre profil restera visible dans notre base de candidats si vous avez accepté d'y figurer.",
        "Cordialement,<br>Human Resources – Banque Mosellane Luxembourg"],
        ["Banque Mosellane Luxembourg S.A., 14 boulevard Royal, L-2449 Luxembourg, R.C.S. Luxembourg B 28 119.",
         "This e-mail was sent via SmartRecruiters. Please do not reply. Privacy: https://www.smartrecruiters.com/privacy-policy"]),
    text_style="inline", headers={"Auto-Submitted": "auto-generated"},
    company="Banque Mosellane Luxembourg", role="Marketing Communications Officer"))

s = "fr-rej-collectivite-jury"
A(M(s, "rejection", "fr", "ats", "public-sector", "FR; fonction-publique-territoriale; jury; long; verdict-middle",
    "Métropole Rhône-Saône – Recrutement <ne-pas-repondre@recrutement.metropole-rhone-saone.example>",
    "Suite donnée à votre candidature – Chargé(e) de communication digitale (catégorie A)",
    html=ats_html("Metropole Rhone Saone", "#e4003a", [
        "Madame, Monsieur,",
        "Vous avez fait acte de candidature pour le poste de <b>chargé(e) de communication digitale</b> "
        "(cadre d'emplois des attachés territoriaux, direction de la Communication), publié sous la référence "
        "2026-DCOM-041.",
        "Le jury de recrutement s'est réuni le 17 novembre 2026 afin d'examiner l'ensemble des candidatures "
        "reçues au regard des compétences attendues. J'ai le regret de vous informer que votre candidature "
        "n'a pas été retenue à l'issue de cette sélection.",
        "Conformément à la réglementation, vos données seront conservées pendant une durée de deux ans, puis "
        "supprimées. Vous pouvez à tout moment consulter les offres de la Métropole sur "
        f'<a href="{trk(s,1)}">notre site emploi</a>' + " ou sur Place de l'emploi public.",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        "Pour le Président et par délégation,<br>La Directrice des Ressources Humaines"],
        [NR, "Métropole Rhône-Saône · 20 rue du Lac · 69003 Lyon"]),
    text_style="bare", text_width=66, headers={"Auto-Submitted": "auto-generated"},
    company="Métropole Rhône-Saône", role="chargé(e) de communication digitale"))

s = "qc-rej-workday-poste-ferme"
A(M(s, "rejection", "fr", "ats", "role-cancelled", "QC; workday; requisition-closed; quebecois; courriel",
    "Coopérative Laurentide <laurentide@myworkday.com>",
    "Mise à jour concernant votre candidature – Conseiller(ère) principal(e), marketing numérique",
    html=ats_html("Cooperative Laurentide", "#00843d", [
        "Bonjour Sam,",
        "Merci de l'intérêt que tu portes à la Coopérative Laurentide. Nous avons reçu un nombre "
        "impressionnant de candidatures pour le poste de <b>Conseiller(ère) principal(e), marketing "
        "numérique</b> (JR-11402).",
        "Nous t'écrivons pour t'informer que nous avons fermé ce poste à la suite d'une révision de nos "
        "besoins. Ta candidature ne sera donc pas traitée plus avant pour ce poste.",
        "Nous t'encourageons à créer une alerte emploi sur notre " +
        f'<a href="{trk(s,1)}">site carrières</a>' + ".",
        "Au plaisir,<br>L'équipe Acquisition de talents"],
        ["Ce courriel a été envoyé à partir d'une adresse qui ne peut recevoir de messages. "
         "Coopérative Laurentide, 1200 boul. René-Lévesque O., Montréal (Québec) H3B 4W8",
         "Powered by Workday"]),
    tz="qc", text_style="links", headers={"Auto-Submitted": "auto-generated"},
    company="Coopérative Laurentide", role="Conseiller(ère) principal(e), marketing numérique"))

s = "fr-rej-hellowork-relay"
A(M(s, "rejection", "fr", "ats", "job-board-relay", "FR; hellowork; relay; bulk-headers; status-verdict",
    "HelloWork <candidatures@mail.hellowork.example>",
    "Statut de votre candidature : Chef de produit marketing H/F – Armorique Conserves",
    html=ats_html("HelloWork", "#ffc300", [
        "Bonjour Sam,",
        "Le recruteur a mis à jour votre candidature :",
        '<table cellpadding="6"><tr><td>Offre</td><td><b>Chef de produit marketing H/F</b></td></tr>'
        '<tr><td>Entreprise</td><td>Armorique Conserves</td></tr><tr><td>Lieu</td><td>Quimper (29)</td></tr>'
        '<tr><td>Statut</td><td><b>Candidature non retenue</b></td></tr></table>',
        "Ne vous découragez pas : " + f'<a href="{trk(s,1)}">38 offres similaires</a>' + " vous attendent.",
        f'<a href="{trk(s,2)}">Voir mes candidatures</a>'],
        [f'Vous recevez cet e-mail en tant que membre HelloWork. <a href="{trk(s,3)}">Gérer mes notifications</a>',
         "HelloWork SAS · 2 rue de la Mabilais · 35000 Rennes"]),
    text_style="links",
    headers={"Precedence": "bulk", "List-Unsubscribe": f"<{trk(s,4)}>", "List-Id": "<statut.hellowork.example>"},
    company="Armorique Conserves", role="Chef de produit marketing H/F"))

s = "mc-rej-recruitee-profil-consentement"
A(M(s, "rejection", "fr", "ats", "keep-on-file", "MC; recruitee; 'profil ne correspond pas suffisamment'; consent-question; verdict-start",
    "Société des Thermes de Monaco <job.7xk2q@inbound.recruitee.com>",
    "Poste Responsable Communication Événementielle",
    reply_to_hdr="Giulia Marchetti-Rey <g.marchettirey@thermes-monaco.example>",
    html=ats_html("Thermes de Monaco", "#b08d57", [
        "Bonjour Sam Taylor,",
        "Votre profil ne correspond pas suffisamment aux critères du poste de Responsable Communication "
        "Événementielle, et nous ne pourrons malheureusement pas poursuivre le processus avec vous.",
        "Nous vous remercions sincèrement de l'intérêt que vous portez à notre Maison, qui accueille depuis "
        "1908 une clientèle internationale et a été distinguée « Meilleur spa urbain d'Europe » en 2025.",
        "Acceptez-vous que nous conservions votre candidature pendant 24 mois afin de vous recontacter pour "
        "un futur poste ? " + f'<a href="{trk(s,1)}">Oui, j\'accepte</a> / <a href="{trk(s,2)}">Non merci</a>',
        "Bien cordialement,<br>Giulia Marchetti-Rey<br>Chargée de recrutement"],
        ["Société des Thermes de Monaco S.A.M. · Avenue de Monte-Carlo · 98000 Monaco · RCI 58S00712",
         "Conformément à la loi n° 1.565 relative à la protection des données personnelles."]),
    text_style="inline",
    reply_to="g.marchettirey@thermes-monaco.example", contact="Giulia", company="Société des Thermes de Monaco",
    role="Responsable Communication Événementielle"))

# ---------------------------------------------------------------- rejections, personal
s = "fr-rej-cabinet-client-autre-profil"
A(M(s, "rejection", "fr", "personal", "agency-recruiter", "FR; cabinet-de-recrutement; client-named; vouvoiement",
    "Aurélien Ferrand <aferrand@ferrand-associes.example>",
    "RE: Poste Directeur Marketing – Maison Delorme",
    text=wrap("""Bonjour Sam,

Je reviens vers vous suite au dernier entretien avec la direction générale de Maison Delorme.

Malheureusement, mon client a fait le choix d'un autre profil, plus orienté retail et distribution sélective. Le feedback sur votre entretien était pourtant très positif, notamment sur votre vision de la marque à l'international.

Je suis sincèrement déçu pour vous. Je garde bien évidemment votre dossier en tête et ne manquerai pas de vous recontacter pour une prochaine mission.

Bien à vous,

Aurélien Ferrand
Associé | Ferrand & Associés – Executive Search
8 avenue Hoche, 75008 Paris
+33 1 44 95 12 30 | +33 6 71 22 48 09
"""), parent=True,
    reply_to="aferrand@ferrand-associes.example", contact="Aurélien", company="Maison Delorme", role="Directeur Marketing"))

s = "fr-rej-manager-long-lettre"
A(M(s, "rejection", "fr", "personal", "personal-after-interview", "FR; hiring-manager; long; verdict-middle; praise-wrapped",
    "Hélène Marchal <helene.marchal@editions-lumiere.example>",
    "Suite à nos échanges",
    text=wrap("""Bonjour Sam,

Je tenais à vous écrire personnellement après nos deux entretiens, et surtout après la présentation que vous avez faite devant l'équipe jeudi dernier. Vos propositions sur la refonte de nos newsletters et sur la monétisation des podcasts ont suscité beaucoup de discussions, et je vous en remercie.

Nous avons pris notre décision cette semaine. Nous avons finalement retenu une autre candidate pour le poste de Responsable Audience & Abonnements, qui connaît déjà très bien le secteur de l'édition et nos outils. Je sais que la réponse n'est pas celle que vous espériez, et le choix a été serré jusqu'au bout.

Si cela peut vous être utile, je serais ravie de vous faire un retour plus détaillé par téléphone. Et je ne doute pas que nous aurons l'occasion de retravailler ensemble d'une manière ou d'une autre.

Très belle fin d'année à vous,

Hélène Marchal
Directrice du développement numérique
Éditions Lumière – 24 rue Jacob, 75006 Paris
01 53 10 22 47
"""), reply_to="helene.marchal@editions-lumiere.example", contact="Hélène",
    company="Éditions Lumière", role="Responsable Audience & Abonnements"))

s = "fr-rej-short-poste-gele-reply"
A(M(s, "rejection", "fr", "personal", "role-cancelled", "FR; terse; reply-above-quote; poste-gele; budget",
    "Claire Dumas <claire.dumas@oceane-telecom.example>",
    "RE: Candidature Product Marketing Manager – des nouvelles ?",
    text="""Bonjour Sam,
Malheureusement le poste a été gelé (budget 2027 revu à la baisse), on arrête le recrutement pour le moment. Désolée de ne pas avoir pu vous prévenir plus tôt.
Claire Dumas
Responsable RH – Océane Télécom

________________________________
De : Sam Taylor <sam.taylor@example.org>
Envoyé : lundi 30 novembre 2026 10:02
À : Claire Dumas <claire.dumas@oceane-telecom.example>
Objet : Candidature Product Marketing Manager – des nouvelles ?

Bonjour Claire,

Je me permets de revenir vers vous concernant le poste de Product Marketing Manager. Avez-vous des nouvelles du processus ?

Bien cordialement,
Sam Taylor
""", parent=True,
    reply_to="claire.dumas@oceane-telecom.example", contact="Claire", company="Océane Télécom",
    role="Product Marketing Manager"))

s = "fr-rej-startup-fondateur-tu"
A(M(s, "rejection", "fr", "personal", "personal-after-interview", "FR; startup; tutoiement; founder; indirect",
    "Yanis Belkacem <yanis@pixel-potager.example>",
    "Retour après notre call",
    text=wrap("""Salut Sam,

Merci encore pour le call de mardi, c'était top d'échanger avec toi sur la stratégie de contenu.

Après discussion avec l'équipe, on a choisi quelqu'un qui a plus d'expérience terrain en B2B SaaS pour le rôle de Head of Marketing – c'est vraiment ce qui a fait la différence à ce stade de la boîte.

J'espère que tu trouveras vite le bon projet, et n'hésite pas si je peux te filer un coup de main ou te présenter à des gens de l'écosystème.

Yanis
CEO @ Pixel Potager
"""), cte="8bit", reply_to="yanis@pixel-potager.example", contact="Yanis", company="Pixel Potager",
    role="Head of Marketing"))

s = "fr-rej-interim-mission-annulee"
A(M(s, "rejection", "fr", "personal", "role-cancelled", "FR; interim; mission-annulee-par-client; short",
    "Sandrine Lopez <sandrine.lopez@tempo-plus-interim.example>",
    "Mission Chargé(e) de marketing – Nantes",
    text=wrap("""Bonjour Sam,

Je suis désolée de vous l'apprendre par mail, je n'ai pas réussi à vous joindre ce matin : le client (Ateliers Guérande) a annulé la mission de chargé(e) de marketing de 6 mois qui devait démarrer le 4 janvier. Ils ont décidé de reporter leur projet à l'année prochaine.

Votre candidature n'est donc plus d'actualité pour cette mission, mais je reste à l'affût de nouvelles opportunités pour vous.

Cordialement,
Sandrine Lopez
Chargée de recrutement – Agence Tempo Plus Nantes Centre
02 40 48 91 77
"""), reply_to="sandrine.lopez@tempo-plus-interim.example", contact="Sandrine",
    company="Ateliers Guérande", role="chargé(e) de marketing"))

s = "ch-rej-geneve-candidature-interne"
A(M(s, "rejection", "fr", "personal", "internal-candidate", "CH-romande; candidature-interne; formal; septante",
    "Nathalie Favre <nathalie.favre@leman-horlogerie.example>",
    "Votre candidature – Marketing Manager Europe",
    text=wrap("""Chère Madame, cher Monsieur Taylor,

Nous vous remercions vivement pour l'intérêt porté à notre Maison ainsi que pour les entretiens que vous avez eus avec Monsieur Perrin et moi-même.

Nous avons le regret de vous informer que nous avons retenu une candidature interne pour le poste de Marketing Manager Europe. Cette décision ne reflète en rien la qualité de votre parcours, que nous avons beaucoup apprécié.

Nous vous souhaitons plein succès pour la suite et vous adressons nos meilleures salutations.

Nathalie Favre
Responsable Talent Acquisition
Léman Horlogerie SA · Quai du Mont-Blanc 7 · 1201 Genève
+41 22 716 72 70
"""), reply_to="nathalie.favre@leman-horlogerie.example", contact="Nathalie",
    company="Léman Horlogerie SA", role="Marketing Manager Europe"))

s = "qc-rej-recruteuse-transfere-retour"
A(M(s, "rejection", "fr", "personal", "forwarded-by-recruiter", "QC; forwarded; recruiter-note-above; tutoiement; inner-verdict",
    "Marie-Ève Tremblay <marie-eve.tremblay@boreal-studio.example>",
    "TR: Candidature Sam Taylor – Directeur(trice) de marque",
    text=wrap("""Salut Sam,

Je te transfère le retour de Marc après ta rencontre avec l'équipe de direction. Malheureusement, on ne pourra pas aller plus loin avec ta candidature cette fois-ci – je voulais que tu aies son commentaire tel quel, il est vraiment constructif.

Merci encore pour ton temps et bonne continuation!

Marie-Ève Tremblay
Conseillère principale, acquisition de talents | Boréal Studio
514 555-0148

---------- Message transféré ---------
De : Marc Gagnon <marc.gagnon@boreal-studio.example>
Date : 26 nov. 2026 à 15:12
Objet : Candidature Sam Taylor – Directeur(trice) de marque
À : Marie-Ève Tremblay <marie-eve.tremblay@boreal-studio.example>

Marie-Ève,

Très bonne rencontre, Sam a une belle rigueur analytique. Par contre pour ce poste on a besoin de quelqu'un qui connaît le marché québécois de l'intérieur et qui a déjà géré une agence de création. Je ne recommande pas de poursuivre. Peux-tu lui faire un retour gentil?

Marc
"""), tz="qc", reply_to="marie-eve.tremblay@boreal-studio.example", contact="Marie-Ève",
    company="Boréal Studio", role="Directeur(trice) de marque"))

s = "be-rej-apres-test"
A(M(s, "rejection", "fr", "personal", "after-assessment", "BE; after-test; résultats; 'poursuivre la procédure'",
    "Olivier Lambert <olivier.lambert@meuse-digital.example>",
    "Résultats de l'épreuve écrite – Digital Marketing Specialist",
    text=wrap("""Bonjour Sam,

Merci d'avoir participé à l'épreuve écrite pour le poste de Digital Marketing Specialist ce lundi.

Les résultats obtenus ne nous permettent malheureusement pas de poursuivre la procédure avec vous : la partie analyse de campagne était en dessous du seuil que nous avions fixé pour l'ensemble des candidats. Je vous envoie volontiers la grille d'évaluation si vous le souhaitez.

Je vous souhaite bonne chance pour la suite.

Bien à vous,
Olivier Lambert
HR Manager – Meuse Digital SRL
Rue des Guillemins 26, 4000 Liège
+32 4 229 81 60
"""), reply_to="olivier.lambert@meuse-digital.example", contact="Olivier",
    company="Meuse Digital SRL", role="Digital Marketing Specialist"))

# ---------------------------------------------------------------- hard negatives, ATS
s = "fr-oth-taleo-accuse-delai"
A(M(s, "other", "fr", "ats", "ack-received", "FR; taleo; accuse-de-reception; hedges; 'sans réponse ... non retenue'",
    "Groupe Hexaline – Carrières <carrieres@hexaline.taleo.net>",
    "Accusé de réception de votre candidature – Chef de projet marketing H/F",
    html=ats_html("Hexaline", "#5b2c83", [
        "Madame, Monsieur,",
        "Nous accusons bonne réception de votre candidature au poste de <b>Chef de projet marketing H/F</b> "
        "(réf. 26-4471) et vous remercions de l'intérêt porté au Groupe Hexaline.",
        "Votre dossier va être étudié avec attention par nos équipes. Compte tenu du nombre important de "
        "candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles : "
        "sans nouvelles de notre part dans un délai de six semaines, vous pourrez considérer que nous ne "
        "donnons pas suite à votre candidature.",
        "Nous vous prions d'agréer nos salutations distinguées.<br>Le service Recrutement"],
        [NR, rgpd("Hexaline SAS, La Défense", "donnees-personnelles@hexaline.example")]),
    text_style="bare", headers={"Auto-Submitted": "auto-generated"}))

s = "fr-oth-workday-convocation"
A(M(s, "other", "fr", "ats", "interview-invite", "FR; workday; convocation; ics; 'malheureusement' about parking",
    "Aéroports Côte Atlantique <aca@myworkday.com>",
    "Convocation à un entretien – Responsable Communication Clients",
    html=ats_html("Aeroports Cote Atlantique", "#0055a4", [
        "Bonjour Sam Taylor,",
        "Suite à l'étude de votre candidature pour le poste de <b>Responsable Communication Clients</b>, nous "
        "avons le plaisir de vous convier à un entretien le <b>mardi 8 décembre 2026 à 14h00</b> dans nos "
        "locaux de Bordeaux-Mérignac, avec Mme Castaing (DRH) et M. Ndiaye (Directeur Marketing).",
        "Malheureusement, le parking visiteurs est fermé pour travaux : merci de prévoir le tram A, arrêt "
        "Mérignac Centre.",
        f'Merci de confirmer votre présence via votre <a href="{trk(s,1)}">espace candidat</a>.',
        "Cordialement,<br>L'équipe Recrutement"],
        [NR, "Aéroports Côte Atlantique SA · 33700 Mérignac"]),
    text_style="links", headers={"Auto-Submitted": "auto-generated"},
    attachments=[("entretien.ics", "text/calendar",
                  b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ACA//Workday//FR\r\nBEGIN:VEVENT\r\nUID:aca-entretien-2026-12-08\r\nDTSTART:20261208T130000Z\r\nDTEND:20261208T140000Z\r\nSUMMARY:Entretien Responsable Communication Clients\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]))

s = "be-oth-test-psychometrique"
A(M(s, "other", "fr", "ats", "assessment-invite", "BE; smartrecruiters; test-link; 'ne pourra être prise en compte' conditional",
    "Groupe Sambre-Meuse Énergie <no-reply@smartrecruiters.com>",
    "Invitation : tests en ligne pour le poste de Marketing Analyst",
    html=ats_html("Sambre Meuse Energie", "#f39200", [
        "Bonjour Sam,",
        "Bonne nouvelle : votre candidature pour le poste de Marketing Analyst passe à l'étape suivante. Nous "
        "vous invitons à compléter deux tests en ligne (raisonnement numérique et questionnaire de personnalité).",
        f'<a href="https://assessment.cubiks.example/sm/start/88f1">Commencer les tests</a> – date limite : 7 décembre.',
        "Attention : toute candidature dont les tests ne sont pas complétés dans les délais ne pourra être "
        "prise en compte.",
        "Bien à vous,<br>Talent Acquisition"],
        ["This e-mail was sent via SmartRecruiters. Please do not reply."]),
    text_style="inline", headers={"Auto-Submitted": "auto-generated"}))

s = "fr-oth-refus-pret"
A(M(s, "other", "fr", "ats", "non-job-rejection", "FR; banque; refus-de-pret; html-only; 'avis défavorable'",
    "Caisse Vosgienne de Crédit – Mon espace <notification@cmvosges.example>",
    "Réponse à votre demande de prêt personnel",
    html=ats_html("Caisse Vosgienne", "#0a3c7d", [
        "Bonjour Sam Taylor,",
        "Nous avons étudié avec attention votre demande de prêt personnel de 12 000 € (dossier n° PP-2026-88105).",
        "Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Cette "
        "décision a été prise au regard de l'ensemble des éléments de votre dossier.",
        "Votre conseiller reste à votre disposition pour étudier d'autres solutions.",
        "Cordialement,<br>Votre agence"],
        ["Message automatique – merci de ne pas répondre. Un crédit vous engage et doit être remboursé."]),
    html_only=True))

s = "fr-oth-dossier-location-refuse"
A(M(s, "other", "fr", "ats", "non-job-rejection", "FR; location; dossier-refusé; agence-immobiliere; 'candidature' word",
    "Régie Part-Dieu Immobilier <location@immobilier-partdieu.example>",
    "Votre candidature pour l'appartement T3 – 14 rue Paul Bert",
    html=ats_html("Immobilier Part-Dieu", "#e30613", [
        "Bonjour,",
        "Nous vous remercions pour votre candidature concernant le T3 situé 14 rue Paul Bert, 69003 Lyon.",
        "Après étude des dossiers par le propriétaire, nous sommes au regret de vous informer que votre "
        "candidature n'a pas été retenue, un autre dossier ayant été sélectionné.",
        f'Découvrez nos <a href="{trk(s,1)}">autres biens disponibles</a>.',
        "L'équipe Location"],
        ["Vous recevez ce message suite à votre dépôt de dossier. " + f'<a href="{trk(s,2)}">Se désinscrire</a>']),
    headers={"List-Unsubscribe": f"<{trk(s,3)}>"}))

s = "fr-oth-apec-alerte"
A(M(s, "other", "fr", "ats", "job-alert", "FR; job-alert; digest; roles-listed; 'refus' advice article",
    "Alertes Cadremploi <alertes@cadremploi-mail.example>",
    "8 nouvelles offres : Responsable marketing – Île-de-France",
    html=ats_html("Cadremploi", "#e2007a", [
        "Bonjour Sam,",
        "Voici les nouvelles offres correspondant à votre alerte <b>Responsable marketing – Île-de-France</b> :",
        "<ul><li>" + f'<a href="{trk(s,1)}">Responsable marketing B2B H/F</a> – Sofradis, Nanterre' + "</li><li>"
        + f'<a href="{trk(s,2)}">Head of Brand H/F</a> – Maison Caprice, Paris 9e' + "</li><li>"
        + f'<a href="{trk(s,3)}">Responsable marketing produit H/F</a> – Novapharm, Boulogne' + "</li></ul>",
        "<b>Conseil de la semaine :</b> Refus après entretien : comment rebondir et demander un retour ? "
        f'<a href="{trk(s,4)}">Lire l\'article</a>'],
        [f'<a href="{trk(s,5)}">Modifier ou supprimer mon alerte</a> · Cadremploi, 75015 Paris']),
    headers={"Precedence": "bulk", "List-Unsubscribe": f"<{trk(s,6)}>"}))

s = "fr-oth-teamtailor-vivier"
A(M(s, "other", "fr", "ats", "talent-pool", "FR; teamtailor; vivier-de-talents; no-application; no-verdict",
    "Ludivine Cosmétiques <no-reply@teamtailor.com>",
    "Rejoignez notre vivier de talents ✨",
    html=ats_html("Ludivine Cosmetiques", "#d4a5a5", [
        "Bonjour Sam,",
        "Vous avez visité notre page carrières récemment. Même si nous n'avons pas de poste ouvert "
        "correspondant à votre profil aujourd'hui, nous serions ravis de vous compter dans notre vivier de "
        "talents pour vous informer en priorité de nos futures opportunités en marketing et communication.",
        "Cela ne prend qu'une minute.",
        "À très vite,<br>L'équipe Ludivine"],
        [f'Propulsé par Teamtailor · <a href="{trk(s,2)}">Se désabonner</a>'],
        button=("Rejoindre le vivier", trk(s, 1))),
    headers={"List-Unsubscribe": f"<{trk(s,3)}>"}))

s = "qc-oth-workday-transfert"
A(M(s, "other", "fr", "ats", "requisition-transfer", "QC; workday; candidature-transferee; old-poste-fermé",
    "Hydro-Boréal Carrières <hydroboreal@myworkday.com>",
    "Votre candidature a été transférée",
    html=ats_html("Hydro Boreal", "#004c97", [
        "Bonjour Sam,",
        "Le poste <b>Conseiller, marketing résidentiel (JR-20331)</b> a été fermé et remplacé par un nouvel "
        "affichage regroupant deux équipes.",
        "Avec ton accord donné lors de l'entrevue téléphonique, nous avons transféré ta candidature vers le "
        "poste <b>Conseiller principal, marketing et clientèle (JR-20579)</b>. Tu n'as rien à faire : ton "
        "dossier reste actif et la conseillère en acquisition de talents te contactera sous peu.",
        "Merci,<br>Acquisition de talents – Hydro-Boréal"],
        ["Ce courriel a été généré automatiquement. Hydro-Boréal, Québec (Québec)"]),
    tz="qc", text_style="bare", headers={"Auto-Submitted": "auto-generated"}))

# ---------------------------------------------------------------- hard negatives, personal
s = "fr-oth-refus-conge"
A(M(s, "other", "fr", "personal", "non-job-rejection", "FR; refus-de-congé; own-employer; example.org; tutoiement",
    "Julien Mercier <julien.mercier@example.org>",
    "Ta demande de congés du 21 au 24 décembre",
    text=wrap("""Salut Sam,

Désolé, je suis obligé de refuser ta demande de congés du 21 au 24 décembre : on a la livraison de la campagne Noël pour le client Orvalis et il me faut quelqu'un de l'équipe Insights jusqu'au 23. Je peux en revanche te valider du 28 au 31 si ça t'arrange.

On en parle demain au point d'équipe ?

Julien
Directeur Insights – Calder Street Media (bureau de Paris)
"""), cte="8bit"))

s = "fr-oth-relance-pieces"
A(M(s, "other", "fr", "personal", "status-update", "FR; relance; missing-documents; 'ne pourrons pas' conditional",
    "Camille Roux <camille.roux@atelier-sirocco.example>",
    "Relance – pièces manquantes pour votre dossier",
    text=wrap("""Bonjour Sam,

Je me permets de vous relancer : il nous manque toujours votre dernier bulletin de salaire et la copie de votre diplôme pour finaliser votre dossier pour le poste de Responsable Marketing Digital.

Sans ces documents d'ici vendredi, nous ne pourrons malheureusement pas présenter votre candidature au comité de jeudi prochain.

Merci d'avance,
Camille Roux
Chargée RH – Atelier Sirocco
04 91 55 20 63
""")))

s = "fr-oth-reponse-question-2e-entretien"
A(M(s, "other", "fr", "personal", "answer-to-owner-question", "BE; reply-to-owner-question; second-interview; quote-holds-'autre candidat'",
    "Sophie Delvaux <sophie.delvaux@brasserie-ardennaise.example>",
    "RE: Suivi de ma candidature – Trade Marketing Manager",
    text=wrap("""Bonjour Sam,

Pas du tout, rassurez-vous ! Nous avons simplement pris un peu de retard avec les congés de la Toussaint. Nous aimerions vous proposer un second entretien avec notre directeur commercial, le mercredi 9 décembre à 10h à Namur. Cela vous conviendrait-il ?

Bien à vous,
Sophie Delvaux
HR Business Partner – Brasserie Ardennaise SA
+32 81 74 22 10

De : Sam Taylor <sam.taylor@example.org>
Envoyé : mardi 24 novembre 2026 09:15
À : Sophie Delvaux
Objet : Suivi de ma candidature – Trade Marketing Manager

Bonjour Madame Delvaux,

Sans nouvelles depuis notre entretien du 5 novembre, je me permets de vous demander si vous avez retenu un autre candidat pour le poste. Je reste très intéressé(e).

Cordialement,
Sam Taylor
"""), parent=True))

s = "fr-oth-reponse-remerciement"
A(M(s, "other", "fr", "personal", "reply-to-owner-followup", "FR; reply-to-owner-thanks; rejection-only-in-quote; restons-en-contact",
    "Thomas Girard <thomas.girard@kerlann-agro.example>",
    "RE: Votre candidature – Responsable Marketing",
    text=wrap("""Bonjour Sam,

Merci beaucoup pour votre message, c'est très élégant de votre part. Pas besoin de vous excuser pour le délai, bien au contraire ! Restons en contact, je penserai à vous dès que nous ouvrirons un poste en marketing l'an prochain.

Belle journée,
Thomas

-----Message d'origine-----
De : Sam Taylor <sam.taylor@example.org>
Envoyé : jeudi 26 novembre 2026 18:40
Objet : RE: Votre candidature – Responsable Marketing

Bonjour Thomas,
Merci pour votre retour, même s'il n'est pas celui que j'espérais. Au plaisir de rester en contact.
Sam

-----Message d'origine-----
De : Thomas Girard
Envoyé : mercredi 25 novembre 2026 11:02
Objet : Votre candidature – Responsable Marketing

Bonjour Sam, nous avons le regret de vous informer que nous avons retenu un autre candidat pour le poste de Responsable Marketing. Merci pour votre temps.
"""), parent=True))

s = "fr-oth-sam-envoie-refus"
A(M(s, "other", "fr", "personal", "owner-sent", "FR; owner-sent; Sam-rejects-candidate; owner-is-hiring",
    "Sam Taylor <sam.taylor@example.org>",
    "Votre candidature – Stage Chargé(e) d'études (Calder Street Media Paris)",
    to="Léa Fontaine <lea.fontaine@etu.univ-paris.example>",
    text=wrap("""Bonjour Léa,

Merci pour votre candidature au stage de chargé(e) d'études et pour l'entretien de vendredi.

Après réflexion, nous avons décidé de ne pas donner suite : nous cherchons un profil avec davantage de pratique en statistiques. Votre dossier est néanmoins très prometteur et je vous encourage à postuler à nouveau l'an prochain.

Je vous souhaite une belle réussite,

Sam Taylor
Head of Insights – Calder Street Media
"""), cte="8bit"))

s = "mc-oth-promesse-embauche"
A(M(s, "other", "fr", "personal", "offer", "MC; offer; promesse-d-embauche; 'regret' about start date",
    "Laurent Bianchi <l.bianchi@riviera-yachting.example>",
    "Proposition d'embauche – Responsable Marketing & Communication",
    text=wrap("""Bonjour Sam,

J'ai le plaisir de vous confirmer, au nom de Riviera Yachting Services, notre proposition d'embauche au poste de Responsable Marketing & Communication, en CDI, basé à Monaco (Fontvieille).

Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération et les avantages. Nous regrettons de ne pas pouvoir avancer la date de prise de poste avant le 1er février 2027, en raison de l'obtention du permis de travail auprès du Service de l'Emploi monégasque.

Merci de nous retourner le document signé avant le 15 décembre.

Bien cordialement,
Laurent Bianchi
Directeur Général – Riviera Yachting Services S.A.M.
+377 97 98 41 20
"""), attachments=[("Promesse_embauche_Taylor.pdf", "application/pdf", b"%PDF-1.4\n% placeholder promesse\n%%EOF\n")]))

s = "fr-oth-article-refuse-revue"
A(M(s, "other", "fr", "personal", "non-job-rejection", "FR; revue-scientifique; article-refusé; 'soumission non retenue'",
    "Comité de rédaction – Revue Communication & Médias <redaction@revue-comedias.example>",
    "Décision concernant votre soumission RCM-2026-087",
    text=wrap("""Madame, Monsieur,

Le comité de rédaction de la revue Communication & Médias a examiné votre proposition d'article « Mesurer l'attention : vers de nouveaux indicateurs d'audience ».

Au vu des rapports des deux évaluateurs, nous avons le regret de vous informer que votre soumission n'a pas été retenue pour publication. Vous trouverez les rapports d'évaluation ci-dessous ; nous espérons qu'ils vous seront utiles pour une soumission ultérieure.

Rapport 1 : cadre théorique intéressant mais corpus insuffisant.
Rapport 2 : méthodologie à clarifier, bibliographie à actualiser.

Bien cordialement,
Pour le comité de rédaction,
Pr Anne-Sophie Vautrin
""")))

s = "fr-oth-toujours-en-reflexion"
A(M(s, "other", "fr", "personal", "status-update", "LU; still-deciding; comité-reporté; 'pas encore pris de décision'",
    "Patrick Schmit <patrick.schmit@moselle-fintech.example>",
    "Poste Head of Marketing – point d'étape",
    text=wrap("""Bonjour Sam,

Je voulais vous tenir informé(e) : le comité de direction qui devait statuer sur le poste de Head of Marketing a été reporté à la semaine prochaine, en raison de la clôture trimestrielle. Nous n'avons donc pas encore pris de décision, et votre candidature reste bien entendu dans la course – vous êtes l'un des deux profils finalistes.

Je reviens vers vous au plus tard le 11 décembre.

Bien à vous,
Patrick Schmit
Chief People Officer – Moselle Fintech S.A., Luxembourg
+352 26 48 71 05
""")))
