"""German messages (Germany, Austria, Switzerland): 16 rejections, 16 hard negatives."""
from content_common import OWNER


def M(**kw):
    kw.setdefault("lang", "de")
    kw.setdefault("country", "DE")
    return kw


UNSUB = {"List-Unsubscribe": "<{unsub}>", "Auto-Submitted": "auto-generated", "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS style
    M(slug="brenner-softgarden-absage", label="rejection", cat="ats-automated", style="ats", vendor="softgarden",
      plain_mode="h2t", brand="Brenner Warenhaus",
      frm="Brenner Warenhaus Karriere <noreply@brenner-warenhaus.softgarden.io>",
      subject="Ihre Bewerbung als Referent Marketingkommunikation (m/w/d)",
      headers=AUTO,
      exp=("", "", "Brenner Warenhaus", "Referent Marketingkommunikation (m/w/d)"),
      notes="Handel; softgarden; most ordinary wording; talent-pool consent question after the verdict; h2t plain part",
      text="""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihr Interesse an Brenner Warenhaus und die Zeit, die Sie in Ihre Bewerbung als Referent Marketingkommunikation (m/w/d) an unserem Standort Nürnberg investiert haben.

Wir haben uns Ihre Unterlagen sorgfältig angesehen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu den aktuellen Anforderungen passt.

Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool speichern. Wenn Sie damit einverstanden sind, klicken Sie bitte auf den folgenden Link: [[Ja, ich möchte in den Talentpool aufgenommen werden]]. Ohne Ihre Zustimmung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Brenner Warenhaus""",
      about="Brenner Warenhaus – seit 1908 Ihr Kaufhaus in Franken. 42 Filialen, 6.800 Mitarbeitende, ausgezeichnet als „Top Arbeitgeber Handel 2026“."),

    M(slug="aurach-kliniken-umantis-middle", label="rejection", cat="ats-automated", style="ats", vendor="umantis",
      brand="Kliniken Aurachtal", html_only=True, cte="base64",
      frm="Kliniken Aurachtal – Personalabteilung <bewerbermanagement@kliniken-aurachtal.example>",
      subject="Ihre Bewerbung – Kennziffer 2026-0417",
      headers=AUTO,
      exp=("petra.lindner@kliniken-aurachtal.example", "Petra", "Kliniken Aurachtal",
           "Referentin / Referent Unternehmenskommunikation"),
      notes="Pflege und Kliniken; HTML-only base64; verdict in the middle between thanks and data-protection text; contact address in body",
      text="""Sehr geehrte Frau Taylor, sehr geehrter Herr Taylor,

haben Sie herzlichen Dank für Ihre Bewerbung auf die Stelle Referentin / Referent Unternehmenskommunikation (Kennziffer 2026-0417) in unserer Stabsstelle Kommunikation am Standort Herzogenaurach. Wir haben uns über Ihr Interesse an den Kliniken Aurachtal sehr gefreut.

Auf die Ausschreibung haben uns zahlreiche qualifizierte Bewerbungen erreicht. Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer Qualifikation.

Ihre Bewerbungsunterlagen werden gemäß den Vorgaben des Allgemeinen Gleichbehandlungsgesetzes (AGG) sechs Monate nach Abschluss des Verfahrens gelöscht. Eine Rücksendung von Unterlagen in Papierform erfolgt nicht.

Für Rückfragen steht Ihnen Frau Petra Lindner (Personalabteilung, Tel. 09132 555-2204, petra.lindner@kliniken-aurachtal.example) gern zur Verfügung.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen

Petra Lindner
Personalmanagement
Kliniken Aurachtal gGmbH""",
      footer=["Kliniken Aurachtal gGmbH · Sitz: Herzogenaurach · Amtsgericht Fürth HRB 11873 · Geschäftsführung: Dr. Rainer Hofstetter"]),

    M(slug="nordhafen-bank-successfactors-bilingual", label="rejection", cat="ats-automated", style="ats",
      vendor="successfactors", brand="Nordhafen Bank",
      frm="Nordhafen Bank AG <karriere@successfactors.eu>",
      reply_to="no-reply@successfactors.eu",
      subject="Nordhafen Bank: Update zu Ihrer Bewerbung / Update on your application (REQ-20931)",
      headers=AUTO,
      exp=("", "", "Nordhafen Bank", "Produktmanager Digital Banking (w/m/d)"),
      notes="Banken; SuccessFactors; German then English version; 'andere Kandidaten weiterverfolgen'; Reply-To is a no-reply",
      text="""(English version below)

Sehr geehrte*r Sam Taylor,

vielen Dank für Ihre Bewerbung als Produktmanager Digital Banking (w/m/d) (REQ-20931) bei der Nordhafen Bank.

Nach eingehender Prüfung haben wir uns entschieden, andere Kandidatinnen und Kandidaten weiterzuverfolgen, deren Erfahrungen den Anforderungen der Position noch näher kommen.

Ihr Kandidatenprofil bleibt in unserem Karriereportal bestehen. Sie können es jederzeit unter [[Mein Kandidatenprofil]] aktualisieren oder löschen.

Freundliche Grüße
Ihr Talent Acquisition Team der Nordhafen Bank AG

----------

Dear Sam Taylor,

Thank you for applying for the position Produktmanager Digital Banking (w/m/d) (REQ-20931) at Nordhafen Bank.

After careful review, we have decided to pursue other candidates whose experience more closely matches the requirements of the role.

Your candidate profile remains in our career portal. You can update or delete it at any time.

Kind regards
Talent Acquisition, Nordhafen Bank AG""",
      footer=["Nordhafen Bank AG · Ballindamm 40 · 20095 Hamburg · Vorsitzender des Aufsichtsrats: Dr. Klaus Brede · Vorstand: Anja Riemer (Vors.), Tobias Wendt · HRB 78812 Amtsgericht Hamburg"]),

    M(slug="alpenland-workday-besetzt", label="rejection", cat="ats-automated", style="ats", vendor="workday",
      country="AT", brand="Alpenland Versicherung", plain_mode="h2t",
      frm="Alpenland Versicherung <alpenland@myworkday.com>",
      subject="Ihre Bewerbung bei der Alpenland Versicherung",
      headers=AUTO,
      exp=("", "", "Alpenland Versicherung", "Marketing Manager Privatkunden"),
      notes="Versicherungen; Workday; Austrian; 'Stelle inzwischen besetzt'; verdict first; long boilerplate after",
      text="""Sehr geehrte:r Sam Taylor,

wir möchten Sie darüber informieren, dass die Position Marketing Manager Privatkunden (R-004812) in Wien inzwischen besetzt wurde. Ihre Bewerbung wird daher nicht weiter berücksichtigt.

Wir danken Ihnen für Ihr Vertrauen und das Interesse an der Alpenland Versicherung. Auf unserer [[Karriereseite]] finden Sie laufend neue Stellenangebote – vielleicht ist schon bald die passende Position für Sie dabei.

Alles Gute für Ihre Zukunft!

Ihr Recruiting Team
Alpenland Versicherung AG

# Über uns

Die Alpenland Versicherung AG ist mit über 1,4 Millionen Kundinnen und Kunden einer der führenden Versicherer Österreichs. Wir stehen für Chancengleichheit und begrüßen Bewerbungen unabhängig von Geschlecht, Alter, Herkunft, Religion, sexueller Orientierung oder Behinderung.""",
      footer=["Alpenland Versicherung AG · Schottenring 19 · 1010 Wien · FN 48211t Handelsgericht Wien"]),

    M(slug="lindenfeld-hochschule-auswahlverfahren", label="rejection", cat="ats-automated", style="ats",
      vendor="interamt", brand="Hochschule Lindenfeld",
      frm="Hochschule Lindenfeld – Bewerbungsportal <noreply-bewerbung@hs-lindenfeld.example>",
      subject="Auswahlverfahren Kennz. 58/26 – Referent*in Hochschulmarketing",
      headers=AUTO,
      exp=("", "", "Hochschule Lindenfeld", "Referent*in für Hochschulmarketing"),
      notes="Hochschulen; public-sector letter; 'Auswahlverfahren abgeschlossen ... andere Bewerberin'; AGG retention; Gleichstellung paragraph",
      text="""Sehr geehrte*r Sam Taylor,

Sie haben sich auf die Stelle als Referent*in für Hochschulmarketing (Entgeltgruppe 13 TV-L, Kennziffer 58/26) an der Hochschule Lindenfeld beworben. Für Ihr Interesse und das damit verbundene Vertrauen bedanken wir uns.

Das Auswahlverfahren ist inzwischen abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass die Wahl nicht auf Sie gefallen ist; die Auswahlkommission hat sich für eine andere Bewerberin entschieden.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Frist von sechs Monaten datenschutzgerecht vernichtet.

Die Hochschule Lindenfeld ist bestrebt, den Anteil von Frauen in Bereichen, in denen sie unterrepräsentiert sind, zu erhöhen. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.

Mit freundlichen Grüßen
Im Auftrag
Dezernat Personal, Sachgebiet 3.2""",
      footer=["Hochschule Lindenfeld · Körperschaft des öffentlichen Rechts · Am Campus 1 · 35390 Gießen"]),

    M(slug="landesamt-portal-status-absage", day="2026-10-20", label="rejection", cat="status-portal", style="ats", vendor="interamt",
      brand="Landesamt für Digitalisierung und Geoinformation", plain_mode="h2t",
      frm="Karriereportal LDG <no-reply@karriere.ldg-bayern.example>",
      subject="Statusänderung Ihrer Bewerbung",
      headers=AUTO,
      table=[("Stelle", "Sachbearbeitung Presse- und Öffentlichkeitsarbeit (EG 11 TV-L)"),
             ("Kennziffer", "LDG-2026-113"), ("Eingang", "02.09.2026"), ("Status", "Absage erteilt")],
      exp=("", "", "Landesamt für Digitalisierung und Geoinformation",
           "Sachbearbeitung Presse- und Öffentlichkeitsarbeit (EG 11 TV-L)"),
      notes="Behörden; portal status notice; verdict only as a status value in a table; terse",
      text="""Guten Tag Sam Taylor,

der Status Ihrer Bewerbung beim Landesamt für Digitalisierung und Geoinformation hat sich geändert:

{table}

Das ausführliche Schreiben finden Sie in Ihrem [[Bewerberkonto]] unter „Meine Dokumente“.

Dies ist eine automatisch erzeugte Nachricht."""),

    M(slug="seeland-join-profil-passt-nicht", label="rejection", cat="ats-automated", style="ats", vendor="join",
      country="CH", brand="Seeland Detailhandel",
      frm="Seeland Detailhandel via JOIN <bewerbung-seeland@mail.join.com>",
      reply_to="Marco Gerber <marco.gerber@seeland-detailhandel.example>",
      subject="Ihre Bewerbung: Category Manager Non-Food 80–100%",
      headers=AUTO,
      exp=("marco.gerber@seeland-detailhandel.example", "Marco", "Seeland Detailhandel",
           "Category Manager Non-Food 80–100%"),
      notes="Handel; Swiss German (no ß); JOIN; 'Profil stimmt nicht ausreichend überein'; Reply-To a named recruiter",
      text="""Guten Tag Sam Taylor

Besten Dank für Ihre Bewerbung als Category Manager Non-Food 80–100% und das damit verbundene Interesse an der Seeland Detailhandel Genossenschaft.

Wir haben Ihr Dossier mit grossem Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass Ihr Profil nicht ausreichend mit den Anforderungen dieser Stelle übereinstimmt. Insbesondere suchen wir für diese Funktion mehrjährige Einkaufserfahrung im Schweizer Detailhandel.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für die weitere Stellensuche viel Erfolg.

Freundliche Grüsse

Marco Gerber
HR Business Partner
Seeland Detailhandel Genossenschaft
Industriestrasse 12, 2555 Brügg BE"""),

    M(slug="kranich-teamtailor-trainee-gestrichen", label="rejection", cat="role-cancelled", style="ats",
      vendor="teamtailor", brand="Kranich Drogeriemärkte",
      frm="Kranich Drogeriemärkte <noreply@teamtailor.com>",
      reply_to="Kranich Talent Team <karriere@kranich-dm.example>",
      subject="Traineeprogramm Marketing & E-Commerce 2027 – wichtige Info",
      headers=UNSUB,
      exp=("karriere@kranich-dm.example", "Svenja", "Kranich Drogeriemärkte", "Traineeprogramm Marketing & E-Commerce 2027"),
      notes="Ausbildung/Trainee; Teamtailor; du-form; programme cancelled this year; Reply-To team address; signed by a named person",
      text="""Hey Sam,

danke dir nochmal für deine Bewerbung für unser Traineeprogramm Marketing & E-Commerce 2027 – wir haben uns wirklich über das große Interesse gefreut!

Heute müssen wir dir leider etwas Unerfreuliches mitteilen: Aufgrund einer Neuausrichtung unserer Marketingorganisation haben wir entschieden, das Traineeprogramm im kommenden Jahr nicht durchzuführen. Wir haben die Ausschreibung deshalb geschlossen und können deine Bewerbung nicht weiter bearbeiten.

Das tut uns echt leid, gerade weil wir wissen, wie viel Mühe in so einer Bewerbung steckt. Wenn du magst, schau gerne regelmäßig auf unserer [[Karriereseite]] vorbei – sobald es wieder losgeht, findest du alle Infos dort.

Bleib gesund und alles Liebe
Svenja vom Kranich Talent Team""",
      about="Kranich Drogeriemärkte: über 380 Märkte in Deutschland, 9.000 Kolleg:innen, ein Ziel – Drogerie, die Spaß macht."),

    # ------------------------------------------------------------------ rejections, personal
    M(slug="klinik-hr-after-interview-long", day="2026-10-21", label="rejection", cat="personal-after-interview", style="personal",
      frm="Bettina Krämer <b.kraemer@st-elisabeth-klinikum.example>",
      subject="Ihr Vorstellungsgespräch am 14.10. – Leitung Marketing & Kommunikation",
      exp=("b.kraemer@st-elisabeth-klinikum.example", "Bettina", "St. Elisabeth Klinikum",
           "Leitung Marketing & Kommunikation"),
      notes="Pflege und Kliniken; long letter; praise first, verdict in the middle, feedback after; signature with phone",
      text="""Sehr geehrte:r Sam Taylor,

nochmals herzlichen Dank für das angenehme und offene Gespräch am 14. Oktober mit Herrn Dr. Vogt, Frau Aydin von der Pflegedirektion und mir. Wir haben den Austausch mit Ihnen sehr geschätzt – insbesondere Ihre Ideen zur Arbeitgeberkommunikation in der Pflege und Ihre Erfahrung mit Kampagnen für schwer erreichbare Zielgruppen haben uns beeindruckt.

Wir haben uns die Entscheidung nicht leicht gemacht und nach den Gesprächen noch einmal intensiv im Team beraten. Letztlich haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre Kommunikationserfahrung in einem Krankenhaus mitbringt und mit den Besonderheiten des Klinikalltags (Krisenkommunikation, Zusammenarbeit mit Chefärzten und Betriebsrat) vertraut ist. Für die Stelle Leitung Marketing & Kommunikation können wir Ihnen daher leider keine Zusage geben.

Sie hatten im Gespräch um ein kurzes Feedback gebeten, das ich Ihnen gerne gebe: Ihre Präsentation war klar und überzeugend, die Fallstudie zur Azubi-Kampagne hat allen gefallen. Gefehlt hat uns im Vergleich vor allem die Nähe zum Gesundheitswesen. Wenn Sie den Weg in diese Branche weiterverfolgen, würde ich Ihnen empfehlen, das in künftigen Bewerbungen noch stärker zu betonen.

Ich würde mich freuen, wenn wir in Kontakt bleiben. Für Rückfragen erreichen Sie mich jederzeit unter der unten genannten Nummer.

Mit herzlichen Grüßen aus Würzburg

Bettina Krämer
Leiterin Personalgewinnung
St. Elisabeth Klinikum Würzburg gGmbH
Tel. +49 931 555 3310
Mobil +49 171 555 2890
b.kraemer@st-elisabeth-klinikum.example"""),

    M(slug="personalberatung-client-decided", day="2026-11-09", label="rejection", cat="agency-recruiter", style="personal",
      frm="Florian Haas <f.haas@haas-partner-personal.example>",
      subject="AW: Vollmer Versicherungsgruppe – Head of Brand",
      parent=True, parent_domain="example.org",
      exp=("f.haas@haas-partner-personal.example", "Florian", "Vollmer Versicherungsgruppe", "Head of Brand"),
      notes="Versicherungen; Personalberatung relays the client's no; reply above Sam's chaser (Outlook quote)",
      text="""Hallo Sam,

danke für Ihre Nachfrage – ich hätte mich ohnehin heute bei Ihnen gemeldet.

Leider habe ich keine guten Nachrichten: Die Vollmer Versicherungsgruppe hat sich nach der zweiten Runde für einen anderen Kandidaten entschieden. Ausschlaggebend war wohl seine längere Erfahrung in einem regulierten Umfeld (er kommt von einer Bausparkasse). Ihr Auftritt beim Vorstand kam gut an, es war am Ende knapp.

Ich weiß, das ist ärgerlich, nachdem sich der Prozess so lange gezogen hat. Ich habe aber gerade zwei weitere Mandate im Bereich Marke/Kommunikation in der Pipeline und melde mich, sobald ich mehr sagen darf.

Beste Grüße
Florian Haas

Haas & Partner Personalberatung GmbH
Königsallee 61 · 40212 Düsseldorf
T +49 211 555 8120 · M +49 160 555 4471

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 9. November 2026 08:47
An: Florian Haas <f.haas@haas-partner-personal.example>
Betreff: Vollmer Versicherungsgruppe – Head of Brand

Hallo Herr Haas,

ich wollte kurz nachfragen, ob es von der Vollmer Versicherungsgruppe schon eine Rückmeldung nach dem Gespräch mit dem Vorstand gibt?

Viele Grüße
Sam Taylor"""),

    M(slug="startup-terse-intern-besetzt", day="2026-11-05", label="rejection", cat="terse", style="personal",
      frm="Jonas Weidner <jonas@frischkiste.example>",
      subject="Re: Growth Marketing Lead – kurze Nachfrage",
      parent=True, parent_domain="example.org",
      exp=("jonas@frischkiste.example", "Jonas", "Frischkiste", "Growth Marketing Lead"),
      notes="Handel (online grocer); terse two lines from phone; 'intern besetzt'; Gmail quote",
      wrap=False,
      text="""Hi Sam, sorry für die späte Antwort – wir haben die Stelle jetzt intern besetzt. Danke dir trotzdem für die Zeit!

Jonas

Von meinem iPhone gesendet

Am 03.11.2026 um 09:12 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Jonas,
>
> ich wollte mich kurz nach dem Stand zur Stelle Growth Marketing Lead bei
> Frischkiste erkundigen – gibt es schon Neuigkeiten?
>
> Beste Grüße
> Sam"""),

    M(slug="hochschule-lehrauftrag-resent", day="2026-11-02", label="rejection", cat="resent", style="personal",
      frm="Prof. Dr. Ulrike Brandl <ulrike.brandl@fh-donaustadt.example>",
      subject="WG: Lehrauftrag Digitales Marketing WS 2026/27",
      country="AT",
      exp=("ulrike.brandl@fh-donaustadt.example", "Ulrike", "FH Donaustadt", "Lehrauftrag Digitales Marketing"),
      notes="Hochschulen; Austrian; re-sent after the first mail apparently did not arrive; own earlier mail forwarded below; verdict only in the forwarded part",
      text="""Sehr geehrte:r Sam Taylor,

ich sende Ihnen meine untenstehende Nachricht vom 20. Oktober noch einmal, da ich von Ihrem Kollegen gehört habe, dass sie möglicherweise im Spamordner gelandet ist. Entschuldigen Sie bitte die doppelte Zustellung.

Beste Grüße
Ulrike Brandl

________________________________
Von: Ulrike Brandl
Gesendet: Dienstag, 20. Oktober 2026 16:05
An: sam.taylor@example.org
Betreff: Lehrauftrag Digitales Marketing WS 2026/27

Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Bewerbung um den Lehrauftrag Digitales Marketing (2 SWS, Bachelorstudiengang Medienmanagement) im Wintersemester 2026/27 an der FH Donaustadt.

Nach Rücksprache mit der Studiengangsleitung haben wir den Lehrauftrag an eine Kollegin vergeben, die bereits im vergangenen Jahr in diesem Modul unterrichtet hat. Wir können Ihnen daher leider keinen Lehrauftrag anbieten.

Gerne nehmen wir Sie in unseren Pool externer Lehrender auf und kommen für das Sommersemester auf Sie zu, falls sich ein passendes Modul ergibt.

Mit freundlichen Grüßen
Prof. Dr. Ulrike Brandl
Studiengangsleitung Medienmanagement
FH Donaustadt · Wagramer Straße 84 · 1220 Wien
T +43 1 555 7712"""),

    M(slug="bergland-bank-stelle-ausgesetzt", label="rejection", cat="role-cancelled", style="personal",
      country="AT",
      frm="Mag. Thomas Pichler <thomas.pichler@bergland-bank.example>",
      subject="Stelle Leitung Kundenkommunikation",
      exp=("thomas.pichler@bergland-bank.example", "Thomas", "Bergland Bank", "Leitung Kundenkommunikation"),
      notes="Banken; Austrian; hiring manager; role frozen by restructuring, search paused 'vorerst nicht nachbesetzt'; no date promised",
      text="""Sehr geehrte:r Sam Taylor,

ich möchte Sie persönlich informieren, bevor Sie es über andere Kanäle erfahren: Im Zuge der angekündigten Fusion unserer Regionalbanken wird die gesamte Marketingorganisation neu aufgestellt. Der Vorstand hat deshalb entschieden, die Stelle Leitung Kundenkommunikation vorerst nicht nachzubesetzen. Das Auswahlverfahren ist damit für alle Bewerberinnen und Bewerber beendet.

Das bedauere ich sehr, zumal Sie nach unseren beiden Gesprächen in der engsten Auswahl waren. Ich kann Ihnen derzeit nicht sagen, ob und in welcher Form die Funktion nach der Fusion wieder ausgeschrieben wird.

Vielen Dank für Ihre Zeit und Ihr Engagement im Prozess.

Freundliche Grüße

Mag. Thomas Pichler
Bereichsleiter Vertrieb & Marketing
Bergland Bank AG
Landstraße 22 · 4020 Linz
Tel. +43 732 555 1408"""),

    M(slug="recruiter-forwards-manager-note", day="2026-11-05", label="rejection", cat="forwarded-about-owner", style="personal",
      frm="Aylin Demir <aylin.demir@vitamarkt.example>",
      subject="WG: Feedback Sam Taylor – Teamlead CRM",
      exp=("aylin.demir@vitamarkt.example", "Aylin", "VitaMarkt", "Teamlead CRM"),
      notes="Handel; in-house recruiter forwards the hiring manager's internal note about Sam; verdict only inside the forward",
      text="""Hallo Sam,

leider keine guten Neuigkeiten – ich leite dir das Feedback von Stefan einfach direkt weiter, dann hast du es aus erster Hand. Tut mir wirklich leid, ich hatte dir die Daumen gedrückt.

Liebe Grüße
Aylin

Aylin Demir | Talent Acquisition
VitaMarkt GmbH | Hanauer Landstraße 131 | 60314 Frankfurt am Main
+49 69 555 40 212

---------- Weitergeleitete Nachricht ----------
Von: Stefan Roth <stefan.roth@vitamarkt.example>
Datum: Mi., 4. Nov. 2026 um 17:38
Betreff: Feedback Sam Taylor – Teamlead CRM
An: Aylin Demir <aylin.demir@vitamarkt.example>

Hi Aylin,

danke fürs Organisieren. Sam hat im Case sehr strukturiert gearbeitet und die Segmentierungsidee fand ich stark. Wir haben uns im Team trotzdem gegen Sam entschieden und gehen mit Katrin (interne Bewerberin aus dem E-Commerce) weiter – sie kennt unser Loyalty-Programm schon und kann sofort starten.

Kannst du Sam bitte absagen und dich für die Zeit bedanken? Gerne mit dem Hinweis, dass wir Sam für künftige Rollen im Blick behalten.

Danke & Gruß
Stefan"""),

    M(slug="onlineshop-mixed-english-footer", label="rejection", cat="personal-after-interview", style="personal",
      client_html=True,
      frm="Lena Hoffmann <lena.hoffmann@modehaus-lindquist.example>",
      subject="Rückmeldung zu Ihrer Bewerbung – Senior E-Commerce Marketing Manager",
      exp=("lena.hoffmann@modehaus-lindquist.example", "Lena", "Modehaus Lindquist",
           "Senior E-Commerce Marketing Manager"),
      notes="Handel (fashion e-commerce); German letter with English confidentiality footer; feedback first, verdict at the very end",
      text="""Hallo Sam Taylor,

vielen Dank noch einmal für die Zeit, die Sie sich für das Gespräch mit Marius und mir sowie für die Case-Präsentation genommen haben.

Wir haben Ihre Präsentation im Nachgang ausführlich besprochen. Die Analyse der Retourenquoten und der Vorschlag zur Neuaufteilung des Performance-Budgets waren sehr durchdacht. Weniger überzeugt hat uns der Teil zur Markenführung auf Social Media, der für uns in dieser Rolle zentral ist – hier hätten wir uns mehr eigene Praxisbeispiele aus dem Fashion-Umfeld gewünscht.

Nach Abwägung aller Gespräche sind wir zu dem Ergebnis gekommen, dass wir den Prozess für die Position Senior E-Commerce Marketing Manager mit Ihnen nicht fortsetzen werden.

Ich wünsche Ihnen alles Gute für die weitere Suche.

Viele Grüße
Lena Hoffmann
People & Culture
Modehaus Lindquist GmbH · Jungfernstieg 7 · 20354 Hamburg

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden."""),

    M(slug="kantonsspital-telefon-bestaetigung", label="rejection", cat="personal-after-interview", style="personal",
      country="CH", charset="iso-8859-1", cte="quoted-printable",
      frm="Regula Steiner <regula.steiner@ksaarwil.example>",
      subject="Ihre Bewerbung als Leiter/in Kommunikation 80%",
      exp=("regula.steiner@ksaarwil.example", "Regula", "Kantonsspital Aarwil", "Leiter/in Kommunikation 80%"),
      notes="Pflege und Kliniken; Swiss German (no ß); written confirmation of a phone call; ISO-8859-1 QP; very short",
      text="""Guten Tag Sam Taylor

Wie heute Vormittag telefonisch besprochen, bestätige ich Ihnen hiermit schriftlich unsere Absage für die Stelle als Leiter/in Kommunikation 80% am Kantonsspital Aarwil.

Nochmals herzlichen Dank für Ihr Interesse und die offenen Gespräche. Ihre Unterlagen werden wir gemäss unseren Datenschutzrichtlinien nach drei Monaten löschen.

Freundliche Grüsse

Regula Steiner
HR-Fachfrau
Kantonsspital Aarwil AG
Spitalstrasse 20 | 5000 Aarau
Telefon +41 62 555 41 17"""),

    # ------------------------------------------------------------------ other, ATS style
    M(slug="brenner-softgarden-eingang-hedge", label="other", cat="ack-received", style="ats", vendor="softgarden",
      brand="Brenner Warenhaus", plain_mode="h2t",
      frm="Brenner Warenhaus Karriere <noreply@brenner-warenhaus.softgarden.io>",
      subject="Eingangsbestätigung: Ihre Bewerbung als Teamleiter Visual Merchandising (m/w/d)",
      headers=AUTO,
      notes="Handel; same sender and template as a rejection; hedge 'falls wir Ihnen keine Zusage geben können, erhalten Sie ebenfalls eine Nachricht'",
      text="""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihre Bewerbung als Teamleiter Visual Merchandising (m/w/d) bei Brenner Warenhaus. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der hohen Anzahl an Bewerbungen bitten wir um etwas Geduld: Wir prüfen jede Bewerbung sorgfältig und melden uns in der Regel innerhalb von drei Wochen bei Ihnen. Sollten wir Ihnen keine Zusage geben können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem [[Bewerberprofil]] einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Brenner Warenhaus""",
      about="Brenner Warenhaus – seit 1908 Ihr Kaufhaus in Franken. 42 Filialen, 6.800 Mitarbeitende, ausgezeichnet als „Top Arbeitgeber Handel 2026“."),

    M(slug="vollmer-personio-einladung-leider", label="other", cat="interview-invite", style="ats", vendor="personio",
      brand="Vollmer Direkt",
      frm="Vollmer Direkt Recruiting <recruiting@vollmer-direkt.jobs.personio.de>",
      reply_to="Nina Albrecht <nina.albrecht@vollmer-direkt.example>",
      subject="Einladung zum Vorstellungsgespräch – Content Marketing Manager (m/w/d)",
      headers=AUTO,
      notes="Versicherungen; interview invitation that opens with 'leider' about a moved slot; calendar link",
      text="""Guten Tag Sam Taylor,

leider müssen wir den ursprünglich vorgeschlagenen Termin am Dienstag absagen, da unser Bereichsleiter kurzfristig verhindert ist. Das tut uns leid!

Umso mehr freuen wir uns, Sie trotzdem zu einem persönlichen Vorstellungsgespräch für die Position Content Marketing Manager (m/w/d) einzuladen. Bitte wählen Sie über den folgenden Link einen neuen Termin in der kommenden Woche aus: [[Termin auswählen]]

Das Gespräch findet in unserem Büro in Köln (Hohenzollernring 52) statt und dauert etwa 60 Minuten. Gesprächspartner sind Herr Becker (Bereichsleiter Marketing) und ich.

Bei Fragen erreichen Sie mich unter 0221 555 9034.

Viele Grüße
Nina Albrecht
HR Business Partnerin"""),

    M(slug="stepstone-jobalert-marketing", label="other", cat="job-alert", style="ats", vendor="stepstone",
      brand="StepStone", plain_mode="h2t",
      frm="StepStone Job-Agent <jobagent@stepstone.de>",
      subject="12 neue Jobs für „Marketing Manager“ in Hamburg und 50 km Umkreis",
      headers=UNSUB,
      notes="job-board alert digest; one listing marked 'nicht mehr verfügbar'; 'Leider' about a saved job",
      text="""Hallo Sam,

Ihr Job-Agent hat 12 neue Stellenangebote gefunden, die zu Ihrer Suche passen:

- [[Marketing Manager (m/w/d) – Nordlicht Kaffeerösterei GmbH, Hamburg]]
- [[Senior Brand Manager Private Label (m/w/d) – Elbmarkt Handelsgesellschaft, Hamburg]]
- [[Produktmarketing Manager Versicherungen (w/m/d) – Hanse Assekuranz, Hamburg]]
- [[Referent Unternehmenskommunikation – Universitätsklinikum Nord, Hamburg (Teilzeit möglich)]]
- [[Werkstudent Online Marketing (m/w/d) – Kajüte Software, Hamburg]]

Leider ist eine Ihrer gemerkten Stellen nicht mehr verfügbar: „Marketing Lead DACH – Fjord Outdoor“. Die Anzeige wurde vom Arbeitgeber deaktiviert.

[[Alle 12 Jobs anzeigen]]

Tipp der Woche: So beantworten Sie die Frage nach der Gehaltsvorstellung souverän. [[Zum Ratgeber]]"""),

    M(slug="nordhafen-bank-dispo-abgelehnt", day="2026-10-30", label="other", cat="non-job-rejection", style="ats", vendor="company",
      brand="Nordhafen Bank", lang="de",
      frm="Nordhafen Bank <service@mail.nordhafen-bank.example>",
      subject="Ihr Antrag auf Erhöhung des Dispositionskredits",
      headers=AUTO,
      notes="Banken; same bank as a rejection; overdraft increase refused ('Antrag nicht entsprechen', 'nach sorgfältiger Prüfung')",
      text="""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihren Antrag vom 27.10.2026 auf Erhöhung Ihres Dispositionskredits auf dem Girokonto DE89 2005 0000 **** 4417.

Nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihrem Antrag leider nicht entsprechen. Die Entscheidung beruht unter anderem auf der Dauer Ihrer bisherigen Kundenbeziehung und den uns vorliegenden Einkommensnachweisen. Ihr bestehender Dispositionsrahmen von 1.500 EUR bleibt unverändert.

Sie haben das Recht, eine Überprüfung dieser Entscheidung durch einen Mitarbeiter zu verlangen und Ihren Standpunkt darzulegen. Wenden Sie sich dazu an Ihre Beraterin oder an unseren Kundenservice unter 040 555 000.

Mit freundlichen Grüßen
Ihre Nordhafen Bank""",
      footer=["Nordhafen Bank AG · Ballindamm 40 · 20095 Hamburg · Diese E-Mail wurde automatisch erstellt.",
              "Schutz vor Phishing: Wir fragen Sie niemals per E-Mail nach PIN oder TAN."]),

    M(slug="lindenfeld-zulassung-ablehnungsbescheid", label="other", cat="non-job-rejection", style="ats",
      vendor="interamt", brand="Hochschule Lindenfeld",
      frm="Hochschule Lindenfeld – Studierendenservice <noreply-campus@hs-lindenfeld.example>",
      subject="Ablehnungsbescheid – Masterstudiengang Digital Business (berufsbegleitend)",
      headers=AUTO,
      notes="Hochschulen; same university as a rejection; study-place admission refused (not a job); 'Bewerbung ... nicht berücksichtigt'",
      text="""Sehr geehrte*r Sam Taylor,

Sie haben sich zum Wintersemester 2026/27 um einen Studienplatz im berufsbegleitenden Masterstudiengang Digital Business beworben.

Ihre Bewerbung konnte im Vergabeverfahren leider nicht berücksichtigt werden. Die Zahl der Bewerbungen übersteigt die Zahl der verfügbaren Studienplätze (35) deutlich; die Auswahlgrenze lag bei einer Punktzahl von 78, Ihre Punktzahl beträgt 71.

Den vollständigen Bescheid mit Rechtsbehelfsbelehrung finden Sie im [[Bewerbungsportal Campus]]. Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Mit freundlichen Grüßen
Studierendenservice – Zulassungsstelle"""),

    M(slug="landesamt-portal-status-weitergeleitet", day="2026-11-02", label="other", cat="status-update", style="ats", vendor="interamt",
      brand="Landesamt für Digitalisierung und Geoinformation", plain_mode="h2t",
      frm="Karriereportal LDG <no-reply@karriere.ldg-bayern.example>",
      subject="Statusänderung Ihrer Bewerbung",
      headers=AUTO,
      table=[("Stelle", "Referent/in Bürgerkommunikation (A 13 / EG 13 TV-L)"),
             ("Kennziffer", "LDG-2026-127"), ("Eingang", "15.09.2026"),
             ("Status", "Weitergeleitet an die Auswahlkommission")],
      notes="Behörden; same portal and template as a rejection; status is progress; 'Absage' appears only in the explanation of statuses",
      text="""Guten Tag Sam Taylor,

der Status Ihrer Bewerbung beim Landesamt für Digitalisierung und Geoinformation hat sich geändert:

{table}

Die Auswahlkommission tagt voraussichtlich in der 47. Kalenderwoche. Sie erhalten danach entweder eine Einladung zum Auswahlgespräch oder eine Absage; bis dahin ist keine Aktion Ihrerseits erforderlich.

Dies ist eine automatisch erzeugte Nachricht."""),

    M(slug="personio-owner-werkstudent-abgesagt", day="2026-11-03", label="other", cat="owner-hiring", style="ats", vendor="personio",
      brand="Calder Street Media",
      frm="Personio <notifications@calder-street-media.jobs.personio.de>",
      subject="Kandidat:in abgesagt: Lea Brandt – Werkstudent (m/w/d) Social Media",
      headers=AUTO,
      notes="Werkstudenten; Sam's own company's HR system; Sam is the hiring manager; candidate rejected event",
      text="""Hallo Sam,

in deiner Stelle Werkstudent (m/w/d) Social Media wurde der Status einer Kandidatin geändert:

{table}

Die Absage-E-Mail (Vorlage „Absage nach Erstgespräch“) wurde automatisch an die Kandidatin versendet.

Offene Kandidat:innen in dieser Stelle: 4 · Im Gespräch: 2

[[Stelle in Personio öffnen]]

Du erhältst diese Benachrichtigung, weil du als Hiring Manager:in für diese Stelle eingetragen bist.""",
      table=[("Kandidat:in", "Lea Brandt"), ("Neuer Status", "Abgesagt"), ("Geändert von", "Julia Kern"),
             ("Grund", "Verfügbarkeit passt nicht (nur 10 Std./Woche)")]),

    M(slug="alpenland-workday-uebertragen", day="2026-10-23", label="other", cat="requisition-transfer", style="ats", vendor="workday",
      country="AT", brand="Alpenland Versicherung",
      frm="Alpenland Versicherung <alpenland@myworkday.com>",
      subject="Ihre Bewerbung wurde einer anderen Stelle zugeordnet",
      headers=AUTO,
      notes="Versicherungen; same Workday sender as a rejection; original posting closed but application moved to another requisition",
      text="""Sehr geehrte:r Sam Taylor,

die Ausschreibung Produktmanager:in Kfz-Versicherung (R-004790), auf die Sie sich beworben haben, wurde geschlossen, da die Aufgaben neu zugeschnitten werden.

Wir sind von Ihrem Profil jedoch überzeugt und haben Ihre Bewerbung mit Ihrem Einverständnis aus dem Telefonat vom 21.10. der neuen Stelle Produktmanager:in Mobilität & Kfz (R-004866) zugeordnet. Ihre Unterlagen müssen Sie nicht erneut einreichen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem [[Kandidatenkonto]] einsehen. Wir melden uns in Kürze mit den nächsten Schritten.

Freundliche Grüße
Ihr Recruiting Team
Alpenland Versicherung AG"""),

    # ------------------------------------------------------------------ other, personal
    M(slug="followup-reply-gerne-in-kontakt", day="2026-10-26", label="other", cat="reply-to-owner-followup", style="personal",
      frm="Bettina Krämer <b.kraemer@st-elisabeth-klinikum.example>",
      subject="AW: Ihr Vorstellungsgespräch am 14.10. – Leitung Marketing & Kommunikation",
      parent=True, parent_depth=2, parent_domain="example.org",
      notes="Pflege und Kliniken; recruiter answers Sam's thank-you to a rejection; the rejection only in the quoted thread",
      text="""Liebe:r Sam Taylor,

vielen Dank für Ihre freundliche Rückmeldung – das ist keineswegs selbstverständlich und hat mich sehr gefreut. Sie müssen sich für nichts entschuldigen!

Sehr gerne bleiben wir in Kontakt. Ich habe mir notiert, Sie anzusprechen, sobald im Verbund eine passende Position in der Kommunikation frei wird. Vernetzen wir uns gerne auch auf LinkedIn.

Herzliche Grüße
Bettina Krämer

Leiterin Personalgewinnung
St. Elisabeth Klinikum Würzburg gGmbH
Tel. +49 931 555 3310

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Freitag, 23. Oktober 2026 10:02
An: Bettina Krämer <b.kraemer@st-elisabeth-klinikum.example>
Betreff: AW: Ihr Vorstellungsgespräch am 14.10. – Leitung Marketing & Kommunikation

Sehr geehrte Frau Krämer,

vielen Dank für Ihre offene Rückmeldung und das ausführliche Feedback, auch wenn ich mir natürlich eine andere Nachricht gewünscht hätte. Entschuldigen Sie bitte auch meine verspätete Antwort. Ich würde mich freuen, wenn Sie bei künftigen Positionen an mich denken.

Freundliche Grüße
Sam Taylor

-----Ursprüngliche Nachricht-----
Von: Bettina Krämer <b.kraemer@st-elisabeth-klinikum.example>
Gesendet: Mittwoch, 21. Oktober 2026 15:40
Betreff: Ihr Vorstellungsgespräch am 14.10. – Leitung Marketing & Kommunikation

[...] Letztlich haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre Kommunikationserfahrung in einem Krankenhaus mitbringt. Für die Stelle Leitung Marketing & Kommunikation können wir Ihnen daher leider keine Zusage geben. [...]"""),

    M(slug="answer-noch-nicht-entschieden-zweite-runde", day="2026-11-11", label="other", cat="answer-to-owner-question",
      style="personal", parent=True, parent_domain="example.org",
      frm="Daniel Kurz <daniel.kurz@hanseatic-feinkost.example>",
      subject="AW: Kurze Nachfrage – Brand Manager Feinkost",
      notes="Handel; Sam asked 'haben Sie sich schon für jemand anderen entschieden?'; answer is a second-round invitation",
      text="""Hallo Sam Taylor,

nein, keine Sorge – wir haben uns noch für niemanden entschieden! Im Gegenteil: Wir würden Sie gerne zu einer zweiten Runde einladen, diesmal mit unserer Geschäftsführerin Frau Olsen.

Würde Ihnen Donnerstag, 19.11., um 10:00 Uhr oder Freitag, 20.11., um 14:00 Uhr passen? Bitte bereiten Sie eine kurze Präsentation (max. 15 Minuten) vor, wie Sie unsere Eigenmarke „Hanse Tafel“ im LEH positionieren würden.

Viele Grüße
Daniel Kurz
Head of Marketing
Hanseatic Feinkost GmbH · Tel. 040 555 7781

> Am 10.11.2026 um 08:31 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Sehr geehrter Herr Kurz,
>
> seit unserem Gespräch sind nun drei Wochen vergangen, daher wollte ich
> kurz nachfragen: Haben Sie sich schon für jemand anderen entschieden, oder
> ist das Verfahren noch offen?
>
> Viele Grüße
> Sam Taylor"""),

    M(slug="klinik-stellenplan-noch-offen", day="2026-11-12", label="other", cat="status-update", style="personal",
      frm="Dr. Matthias Wendler <m.wendler@klinikverbund-mainfranken.example>",
      subject="Stand Ihrer Bewerbung – Referent Marketing",
      notes="Pflege und Kliniken; decision delayed, explicitly still deciding; 'leider', 'keine endgültige Rückmeldung' but candidacy open (one of two finalists)",
      text="""Sehr geehrte:r Sam Taylor,

leider kann ich Ihnen heute noch keine endgültige Rückmeldung zu Ihrer Bewerbung als Referent Marketing geben, und dafür möchte ich mich entschuldigen.

Der Stellenplan für 2027 muss noch vom Aufsichtsrat bestätigt werden, der erst am 26. November tagt. Bis dahin können wir keine Verträge zusagen. An unserer Einschätzung hat sich nichts geändert: Sie sind weiterhin eine:r von zwei Kandidat:innen in der engeren Wahl, und wir möchten die Entscheidung unmittelbar nach der Sitzung treffen.

Ich melde mich spätestens am 30. November bei Ihnen. Sollten Sie in der Zwischenzeit ein anderes Angebot erhalten, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen
Dr. Matthias Wendler
Geschäftsbereichsleiter Unternehmensentwicklung
Klinikverbund Mainfranken
Tel. +49 931 555 1020"""),

    M(slug="nichte-fwd-ausbildung-absage", day="2026-11-03", label="other", cat="forwarded", style="personal",
      frm="Mia Taylor <mia.taylor.2008@mailbox.example>",
      subject="Fwd: Ihre Bewerbung um einen Ausbildungsplatz als Kauffrau im Einzelhandel",
      notes="Ausbildung; niece forwards her own apprenticeship rejection asking for advice; the rejection is not Sam's",
      text="""Hey Sam,

kannst du mal drüberschauen? Das ist jetzt schon die dritte Absage 😕 Meinst du ich soll da anrufen und nachfragen woran es lag? Oder ist das peinlich? Mama meint ich soll das Anschreiben nochmal komplett neu machen

lg Mia

---------- Forwarded message ---------
Von: Ausbildung Elbmarkt <ausbildung@elbmarkt.example>
Date: Mo., 2. Nov. 2026 um 11:15
Subject: Ihre Bewerbung um einen Ausbildungsplatz als Kauffrau im Einzelhandel
To: <mia.taylor.2008@mailbox.example>

Liebe Mia Taylor,

vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz als Kauffrau im Einzelhandel zum 1. August 2027 in unserer Filiale Hamburg-Altona.

Leider können wir Ihnen keinen Ausbildungsplatz anbieten, da wir uns für andere Bewerberinnen und Bewerber entschieden haben. Bitte lassen Sie sich davon nicht entmutigen.

Viele Grüße
Ihr Ausbildungsteam Elbmarkt"""),

    M(slug="colleague-werkstudent-absagen", day="2026-11-04", label="other", cat="owner-hiring", style="personal",
      frm="Julia Kern <julia.kern@example.org>",
      subject="Werkstudi Social Media – Absagen raus",
      notes="Werkstudenten; colleague at example.org about candidates Sam rejected; 'Absage', 'leider', 'entschieden'",
      text="""Hi Sam,

kurzes Update zur Werkstudentenstelle: Ich habe gestern die Absagen an alle rausgeschickt, die wir nach den Erstgesprächen nicht weiterverfolgen (Lea, Tim, Noah). Lea hat direkt geantwortet und gefragt, ob sie im Sommer nochmal eine Chance hätte – magst du ihr vielleicht persönlich antworten? Du hattest ja das Gespräch mit ihr.

Für Zeynep und Paul stehen die Zweitgespräche am Donnerstag. Ich habe dir die Einladung schon in den Kalender gelegt.

Leider hat Paul nur bis Ende Juni Zeit, das sollten wir nochmal besprechen.

LG Julia"""),

    M(slug="owner-sent-absage-werkstudent", day="2026-11-05", label="other", cat="owner-sent", style="personal",
      frm="Sam Taylor <sam.taylor@example.org>", to="Lea Brandt <lea.brandt@studmail.example>",
      subject="Re: Ihre Bewerbung als Werkstudent (m/w/d) Social Media",
      parent=True, parent_domain="studmail.example",
      notes="Werkstudenten; Sam's own sent reply to a rejected candidate",
      text="""Hallo Lea,

danke für Ihre nette Nachricht und Ihr Verständnis. Es tut mir leid, dass es diesmal nicht gepasst hat – es lag wirklich nur an den Stunden, fachlich hat uns Ihr Gespräch gut gefallen.

Für das Sommersemester schreiben wir die Stelle voraussichtlich mit 15–20 Stunden neu aus. Bewerben Sie sich dann sehr gerne noch einmal, ich merke mir Ihren Namen.

Viele Grüße
Sam Taylor
Head of Insights · Calder Street Media

Am 04.11.2026 um 19:02 schrieb Lea Brandt <lea.brandt@studmail.example>:
> Sehr geehrte*r Sam Taylor,
> vielen Dank für die Rückmeldung, auch wenn ich natürlich traurig über die
> Absage bin. Darf ich mich im Sommer noch einmal bewerben?
> Beste Grüße, Lea Brandt"""),

    M(slug="hausverwaltung-wohnung-absage", label="other", cat="non-job-rejection", style="personal",
      frm="Hausverwaltung Petersen & Söhne <vermietung@petersen-hv.example>",
      subject="Ihre Anfrage zur Wohnung Eppendorfer Weg 118, 3. OG links",
      notes="flat application refused by the letting agent; 'für andere Mietinteressenten entschieden'",
      text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung im Eppendorfer Weg 118 sowie für die Zusendung Ihrer Bewerbungsunterlagen (Selbstauskunft, Gehaltsnachweise, SCHUFA-Auskunft).

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Ihre Unterlagen werden wir innerhalb von 14 Tagen vernichten.

Wir würden Sie gerne über zukünftige Objekte informieren. Antworten Sie dazu einfach kurz auf diese E-Mail.

Mit freundlichen Grüßen
Ihre Hausverwaltung Petersen & Söhne
Vermietungsabteilung
Tel. 040 555 3300"""),

    M(slug="bank-referenzanfrage-finale", label="other", cat="status-update", style="personal",
      country="AT",
      frm="Sabine Huber <sabine.huber@donau-privatbank.example>",
      subject="Referenzen – Senior Marketing Manager Private Banking",
      notes="Banken; final-stage reference request; 'bevor wir eine finale Entscheidung treffen'",
      text="""Sehr geehrte:r Sam Taylor,

herzlichen Dank für das sehr gute Gespräch mit unserem Vorstand am Montag. Wir befinden uns nun in der finalen Phase des Auswahlprozesses für die Position Senior Marketing Manager Private Banking.

Bevor wir eine finale Entscheidung treffen, würden wir gerne – wie besprochen – zwei Referenzen einholen. Könnten Sie mir bis Freitag Namen und Kontaktdaten von zwei ehemaligen Vorgesetzten oder Kolleg:innen senden, die wir anrufen dürfen? Selbstverständlich kontaktieren wir Ihren aktuellen Arbeitgeber nicht ohne Ihre ausdrückliche Zustimmung.

Mit besten Grüßen
Sabine Huber
HR Management
Donau Privatbank AG · Graben 14 · 1010 Wien
T +43 1 555 3380"""),
]
