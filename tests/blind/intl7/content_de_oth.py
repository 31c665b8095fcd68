"""German hard negatives: 15 ATS-style, 15 personal."""
from content_common import M

O = "other"
MESSAGES = [
# ---------------- ATS ----------------
M("de-personio-eingang-hedge", O, "ack-received", "de", "ats",
  "Tannhäuser Brauerei <noreply@jobs.personio.de>",
  "Eingangsbestätigung: Ihre Bewerbung als Brand Manager (m/w/d)",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Brand Manager (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Sollten wir Ihre Bewerbung nicht weiter berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns – Sie warten also nicht ins Leere.

Mit freundlichen Grüßen
Personalabteilung Tannhäuser Brauerei""",
  vendor="personio", brand="Tannhäuser Brauerei", region="DE",
  notes="acknowledgement hedging about a possible refusal"),
M("de-portal-eingang-keine-zwischenbescheide", O, "ack-received", "de", "ats",
  "Interamt – Bewerbungsportal <noreply@interamt-portal.example>",
  "Bestätigung Ihrer Online-Bewerbung – Kennziffer LRA-2026-118",
  """Sehr geehrte Damen und Herren,

Ihre Bewerbung für die Stelle „Sachgebietsleitung Presse und Bürgerkommunikation“ beim Landratsamt Oberfranken-Süd ist am heutigen Tag eingegangen.

Aufgrund der Vielzahl der Bewerbungen bitten wir um Verständnis, dass wir keine Zwischenbescheide erteilen können. Bewerberinnen und Bewerber, die nicht zum Vorstellungsgespräch eingeladen werden, erhalten nach Abschluss des Verfahrens eine schriftliche Mitteilung.

Bitte sehen Sie von telefonischen Nachfragen ab.

Ihr Landratsamt Oberfranken-Süd – Sachgebiet Personal""",
  vendor="portal", brand="Landratsamt Oberfranken-Süd", region="DE",
  notes="public-sector ack; mentions those not invited will be informed"),
M("de-greenhouse-einladung-interview", O, "interview-invite", "de", "ats",
  "Kaltenbrunn Software <no-reply@us.greenhouse-mail.io>",
  "Einladung: Interview für Product Marketing Manager DACH",
  """Hallo Sam,

gute Neuigkeiten! Wir möchten dich gern zu einem ersten Gespräch für die Rolle Product Marketing Manager DACH einladen. Das Interview dauert 45 Minuten und findet per Google Meet mit Lena Pichler (Talent) und Markus Egger (Director Marketing) statt.

Bitte wähle über den folgenden Link einen Termin aus, der dir passt:

[[Termin auswählen]]

Falls keiner der Termine passt, antworte bitte nicht auf diese E-Mail, sondern schreib Lena direkt an.

Bis bald!
Kaltenbrunn Talent Team""",
  vendor="greenhouse", brand="Kaltenbrunn Software", region="AT", button="Termin auswählen",
  notes="interview invite; do-not-reply chrome"),
M("de-successfactors-online-assessment", O, "assessment-invite", "de", "ats",
  "Rheinwerk Energie AG <noreply@successfactors.eu>",
  "Nächster Schritt: Online-Assessment",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Teamleitung Digitale Kundenkanäle (w/m/d). Wir freuen uns, Ihnen mitzuteilen, dass Sie die erste Auswahlstufe erfolgreich durchlaufen haben.

Im nächsten Schritt bitten wir Sie, bis zum 24.11.2026 ein Online-Assessment (ca. 40 Minuten, Logik- und Persönlichkeitsfragebogen) zu absolvieren:

[[Assessment starten]]

Bitte beachten Sie: Wird das Assessment nicht fristgerecht abgeschlossen, können wir Ihre Bewerbung im weiteren Verfahren leider nicht berücksichtigen.

Mit freundlichen Grüßen
Rheinwerk Energie AG – Personalgewinnung""",
  vendor="successfactors", brand="Rheinwerk Energie AG", region="DE",
  notes="assessment invite; conditional 'nicht berücksichtigen' if deadline missed"),
M("de-stepstone-jobagent", O, "job-alert", "de", "ats",
  "StepStone Jobagent <jobagent@stepstone.de>",
  "12 neue Jobs für „Produktmarketing“ in Hamburg",
  """Hallo Sam,

Ihr Jobagent hat neue Stellenangebote für Sie gefunden:

- Product Marketing Manager (m/w/d) – Seeblick Software GmbH, Hamburg – vor 2 Tagen
- Senior Marketing Manager Abo-Produkte – Hafenmedia, Hamburg – neu
- Referent Marketing Kommunikation (w/m/d) – Elbland Versicherung, Hamburg – vor 5 Tagen
- Brand Manager Consumer Goods – Norddeutsche Molkerei eG, Hamburg-Harburg – neu

Die Stelle „Marketing Manager B2B (m/w/d)“ bei Kramer Logistik Services, die Sie gespeichert hatten, ist nicht mehr verfügbar.

[[Alle 12 Jobs ansehen]]

Ihr StepStone-Team""",
  vendor="stepstone", brand="StepStone", region="DE",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  notes="job alert; mentions a saved (not applied) job no longer available"),
M("de-workday-umgeleitet-andere-stelle", O, "requisition-transfer", "de", "ats",
  "Helvion Versicherung <helvion@myworkday.com>",
  "Ihre Bewerbung wurde einer anderen Stelle zugeordnet",
  """Guten Tag Sam Taylor,

die Stelle „Manager Markenkommunikation“ (R-20391), auf die Sie sich beworben hatten, wurde geschlossen, weil wir die Aufgaben neu zugeschnitten haben. Ihr Profil passt aus unserer Sicht sehr gut zu einer neu geschaffenen Position, daher haben wir Ihre Bewerbung mit Ihrem Einverständnis übertragen.

{table}

Sie müssen nichts weiter tun. Die Fachabteilung sichtet Ihre Unterlagen in den nächsten Tagen.

Freundliche Grüße
Talent Acquisition Helvion""",
  vendor="workday", brand="Helvion Versicherung", region="DE",
  table=[("Neue Stelle", "Lead Brand Experience (R-20455)"), ("Status", "In Prüfung"), ("Alte Stelle", "R-20391 – geschlossen")],
  notes="requisition transfer; old req closed; status 'In Prüfung'"),
M("de-teamtailor-talentpool-einladung", O, "talent-pool", "de", "ats",
  "Fahrwerk Mobility <no-reply@teamtailor.com>",
  "Willkommen in unserem Talent Network 🚲",
  """Hey Sam,

schön, dass du dich mit Fahrwerk verbunden hast! Aktuell haben wir keine offene Stelle, die genau zu deinem Profil passt – aber das kann sich schnell ändern.

Als Teil unseres Talent Networks bekommst du neue Jobs, Team-Stories und Event-Einladungen direkt ins Postfach. Du kannst deine Verbindung jederzeit beenden.

[[Mein Profil verwalten]]

Ride on,
dein Fahrwerk People Team""",
  vendor="teamtailor", brand="Fahrwerk Mobility", region="DE",
  notes="talent network welcome after Sam joined; 'keine offene Stelle' but no application"),
M("de-workday-status-interview", O, "status-update", "de", "ats",
  "Helvion Versicherung <helvion@myworkday.com>",
  "Statusänderung Ihrer Bewerbung – R-20455",
  """Guten Tag Sam Taylor,

der Status Ihrer Bewerbung hat sich geändert.

{table}

Unsere Recruiterin meldet sich in Kürze mit Terminvorschlägen. Sie können den Verlauf jederzeit in Ihrem Kandidatenkonto einsehen.

Freundliche Grüße
Talent Acquisition""",
  vendor="workday", brand="Helvion Versicherung", region="DE", cte="base64",
  table=[("Stelle", "Lead Brand Experience"), ("Referenz", "R-20455"), ("Standort", "Köln"),
         ("Status", "Vorstellungsgespräch")],
  notes="same template as a status rejection; status interview"),
M("de-personio-intern-kandidat-abgelehnt", O, "owner-hiring", "de", "ats",
  "Personio <notifications@personio.example.org>",
  "[Calder Street Media] Kandidat:in abgelehnt – Werkstudent:in Social Media",
  """Hallo Sam,

in deiner Stelle „Werkstudent:in Social Media (Berlin)“ gab es eine Änderung:

{table}

Die automatische Absage-E-Mail wurde am 14.10.2026 um 16:02 an die Kandidatin versendet. Du bist als Hiring Manager:in für diese Stelle eingetragen.

[[Stelle in Personio öffnen]]""",
  vendor="internal", brand="Calder Street Media", region="DE",
  table=[("Kandidatin", "Pauline Reuter"), ("Phase", "Abgelehnt"), ("Grund", "Qualifikation passt nicht"), ("Geändert von", "Sam Taylor")],
  notes="Sam is hiring manager; HR system notice of rejection Sam made"),
M("de-bank-karte-abgelehnt", O, "non-job-rejection", "de", "ats",
  "Sparkasse Lindenau <service@sparkasse-lindenau.example>",
  "Zahlung abgelehnt – Ihre Kreditkarte endend auf 4417",
  """Guten Tag Sam Taylor,

eine Zahlung mit Ihrer Mastercard (endend auf 4417) wurde soeben abgelehnt.

{table}

Waren Sie das nicht? Dann sperren Sie Ihre Karte bitte umgehend über den Sperr-Notruf 116 116.

Wenn Sie die Zahlung selbst ausgelöst haben, prüfen Sie bitte Ihr verfügbares Limit in der App.

Ihre Sparkasse Lindenau""",
  vendor="portal", brand="Sparkasse Lindenau", region="DE",
  table=[("Händler", "DB Fernverkehr Online"), ("Betrag", "129,90 EUR"), ("Grund", "Limit überschritten")],
  notes="declined card payment"),
M("de-cfp-vortrag-abgelehnt", O, "non-job-rejection", "de", "ats",
  "Medientage Mitte Programmkomitee <noreply@cfp.medientage-mitte.example>",
  "Ihre Einreichung „Newsletter als Produkt“ – Entscheidung des Programmkomitees",
  """Liebe:r Sam Taylor,

vielen Dank für Ihre Einreichung zum Call for Papers der Medientage Mitte 2027.

Wir haben in diesem Jahr über 340 Vorschläge für 48 Slots erhalten. Leider konnten wir Ihren Vortrag „Newsletter als Produkt: Was Redaktionen von SaaS lernen können“ nicht ins Programm aufnehmen.

Als Dankeschön erhalten Sie 30 % Rabatt auf Ihr Ticket mit dem Code CFP27.

Herzliche Grüße
Das Programmkomitee""",
  vendor="portal", brand="Medientage Mitte", region="DE",
  notes="conference talk rejected"),
M("de-immoportal-wohnung-absage", O, "non-job-rejection", "de", "ats",
  "ImmoNest <nachrichten@immonest.example>",
  "Antwort des Anbieters: 3-Zimmer-Wohnung, Berlin-Pankow",
  """Hallo Sam Taylor,

der Anbieter hat auf Ihre Anfrage zu „Helle 3-Zimmer-Wohnung mit Balkon, Berlin-Pankow“ geantwortet:

„Guten Tag, vielen Dank für Ihr Interesse und Ihre vollständige Bewerbungsmappe. Wir haben uns für andere Mietinteressenten entschieden. Mit freundlichen Grüßen, Hausverwaltung Pohl & Lange“

[[Ähnliche Wohnungen ansehen]]

Ihr ImmoNest-Team""",
  vendor="portal", brand="ImmoNest", region="DE",
  headers={"List-Unsubscribe": "<{unsub}>"},
  notes="flat application rejected via portal relay (job-board-like chrome)"),
M("de-paket-annahme-verweigert", O, "non-job-rejection", "de", "ats",
  "Paketblitz Sendungsverfolgung <noreply@paketblitz.example>",
  "Ihre Sendung 00340434188: Annahme verweigert – Rücksendung",
  """Hallo Sam Taylor,

die Annahme Ihrer Sendung 00340434188 wurde vom Empfänger verweigert. Die Sendung wird an Sie zurückgeschickt.

{table}

[[Sendung verfolgen]]""",
  vendor="portal", brand="Paketblitz", region="DE",
  table=[("Empfänger", "M. Taylor, Bielefeld"), ("Status", "Annahme verweigert"), ("Voraussichtliche Rückkehr", "Do, 19.11.")],
  notes="parcel refused / returned"),
M("de-linkedin-bewerbung-angesehen", O, "status-update", "de", "ats",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Ihre Bewerbung wurde angesehen: Brücke 7 Publishing",
  """Sam, gute Neuigkeiten!

Ihre Bewerbung für Senior Product Manager Paid Content bei Brücke 7 Publishing wurde vom Personalverantwortlichen angesehen.

Dies bedeutet nicht, dass eine Entscheidung gefallen ist. Arbeitgeber sehen sich Bewerbungen häufig mehrmals an.

[[Bewerbung ansehen]]

Ähnliche Jobs: [[Product Manager – Hamburg]] · [[Head of Product – Remote]]""",
  vendor="linkedin", brand="LinkedIn", region="DE",
  headers={"List-Unsubscribe": "<{unsub}>"},
  notes="LinkedIn 'viewed' notice; disclaims any decision"),
M("de-personio-angebot", O, "offer", "de", "ats",
  "Seeblick Software GmbH <noreply@jobs.personio.de>",
  "Dein Vertragsangebot von Seeblick Software",
  """Hallo Sam,

wir freuen uns riesig: Anbei findest du dein Vertragsangebot für die Position Product Marketing Manager (m/w/d).

Bitte prüfe die Unterlagen und unterschreibe digital bis zum 30.11.2026. Nach Ablauf der Frist verfällt das Angebot leider.

[[Vertrag ansehen und unterschreiben]]

Bei Fragen erreichst du Henrike direkt unter henrike.olsen@seeblick-software.example.

Willkommen (fast) an Bord!
Dein Seeblick People Team""",
  vendor="personio", brand="Seeblick Software GmbH", region="DE",
  notes="offer with expiry ('verfällt')"),
# ---------------- personal ----------------
M("de-personal-einladung-sie", O, "interview-invite", "de", "personal",
  "Gudrun Lehmann <g.lehmann@weserkurier-verlag.example>",
  "Einladung zum Vorstellungsgespräch",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Leitung Leser:innenmarkt. Ihre Unterlagen haben uns überzeugt, und wir würden Sie gern persönlich kennenlernen.

Wir schlagen Dienstag, den 17. November, um 14:00 Uhr in unserem Verlagshaus vor (Am Wall 12, Bremen). Am Gespräch nehmen außer mir unser Verlagsgeschäftsführer Herr Dr. Runge sowie eine Vertreterin des Betriebsrats teil.

Bitte bestätigen Sie uns den Termin kurz. Reisekosten erstatten wir leider nicht.

Mit freundlichen Grüßen
Gudrun Lehmann
Personalleiterin
Weserkurier Verlag GmbH
Tel. 0421 555 3300""",
  region="DE", notes="formal interview invite; 'leider' about travel costs"),
M("de-personal-naechste-runde", O, "progress", "de", "personal",
  "Miriam Albers <m.albers@nordlicht-medien.example>",
  "Nächste Runde 🙂",
  """Hallo Sam,

kurzes Update: Wir hatten über 80 Bewerbungen auf die Stelle als Produktmanager:in Newsletter und mussten leider sehr vielen absagen. Du gehörst nicht dazu – ganz im Gegenteil, Jörg möchte dich unbedingt in der zweiten Runde sehen.

Hast du nächste Woche Mittwoch oder Donnerstag Zeit? Plan ca. 90 Minuten ein, inklusive einer kleinen Präsentation.

Viele Grüße
Miriam""",
  region="DE", notes="next round; 'mussten leider sehr vielen absagen' about others"),
M("de-personal-personalberater-pitch", O, "recruiter-outreach", "de", "personal",
  "Dr. Christoph Engel <engel@engel-executive.example>",
  "Vertrauliche Anfrage – Leitung Produktmanagement (Medien)",
  """Sehr geehrte/r Sam Taylor,

ich bin Personalberater mit Schwerpunkt Medien und Verlage und im Auftrag eines renommierten Medienhauses in Süddeutschland auf der Suche nach einer Leitung Produktmanagement Digital.

Ihr Profil auf XING ist mir positiv aufgefallen. Auch wenn Sie sich derzeit vielleicht nicht aktiv umsehen: Hätten Sie Interesse an einem vertraulichen Austausch? Ein früheres Mandat für eine ähnliche Rolle hatte der Kunde leider gestoppt, dieses ist jedoch budgetiert und zeitkritisch.

Mit besten Grüßen
Dr. Christoph Engel
Engel Executive Search | München
+49 89 555 7100""",
  region="DE", notes="headhunter pitch; mentions an earlier mandate stopped (not Sam's)"),
M("de-personal-referenzanfrage", O, "reference-request", "de", "personal",
  "Birgit Sommer <birgit.sommer@hanse-fintech.example>",
  "Referenzauskunft zu Tom Becker",
  """Hallo Sam Taylor,

Tom Becker hat sich bei uns als Content Lead beworben und Sie als Referenz angegeben. Er hat gesagt, Sie hätten zwei Jahre eng zusammengearbeitet.

Hätten Sie diese oder nächste Woche 15 Minuten für ein kurzes Telefonat? Es geht vor allem um Zusammenarbeit im Team und den Umgang mit Deadlines.

Vielen Dank vorab!
Birgit Sommer
Recruiting | Hanse Fintech
0170 555 2290""",
  region="DE", notes="reference request about a former colleague"),
M("de-personal-kollegin-kandidaten", O, "owner-hiring", "de", "personal",
  "Hannah Roth <hannah.roth@example.org>",
  "Kandidat:innen Werkstudent Social Media – Absagen",
  """Hi Sam,

ich habe die Absagen an die drei Kandidat:innen aus der ersten Runde vorbereitet (Reuter, Yilmaz, Dorn). Passt der Text so für dich, oder willst du bei Pauline noch einen Satz zum Feedback ergänzen?

„Leider haben wir uns entschieden, den Prozess nicht mit Ihnen fortzusetzen …“

Lukas Brandt bleibt im Rennen, den würde ich für Donnerstag einladen.

LG Hannah
Calder Street Media | People""",
  region="DE", notes="colleague at example.org; Sam is hiring; draft rejection to candidates"),
M("de-sam-sendet-absage", O, "owner-sent", "de", "personal",
  "Sam Taylor <sam.taylor@example.org>",
  "Ihre Bewerbung als Werkstudent:in Social Media",
  """Hallo Frau Dorn,

vielen Dank für Ihre Bewerbung und das nette Gespräch letzte Woche.

Leider haben wir uns entschieden, den Prozess nicht mit Ihnen fortzusetzen. Wir hatten viele starke Bewerbungen, und die Entscheidung ist uns nicht leichtgefallen.

Ich wünsche Ihnen alles Gute für Ihr Studium und die weitere Suche.

Viele Grüße
Sam Taylor
Calder Street Media""",
  to="Ronja Dorn <ronja.dorn@studimail.example>", region="DE",
  notes="Sam's own sent rejection to a candidate"),
M("de-personal-antwort-auf-dank", O, "reply-to-owner-followup", "de", "personal",
  "Corinne Wyss <corinne.wyss@spital-aarfeld.example>",
  "AW: Bewerbung Kommunikationsspezialist/in 80–100%",
  """Guten Tag Sam Taylor

Herzlichen Dank für Ihre freundliche Rückmeldung, das schätzen wir sehr. Sie müssen sich keineswegs entschuldigen.

Gerne halten wir Ihr Dossier – mit Ihrem Einverständnis – für zukünftige Vakanzen bereit und melden uns, sobald wir etwas Passendes ausschreiben.

Freundliche Grüsse
Corinne Wyss

-----Ursprüngliche Nachricht-----
Von: Sam Taylor
Gesendet: Dienstag, 10. November 2026 08:15
Betreff: AW: Bewerbung Kommunikationsspezialist/in 80–100%

Guten Tag Frau Wyss

Danke für Ihre Nachricht, auch wenn es schade ist, dass die Stelle zurückgezogen wurde. Falls sich künftig wieder etwas ergibt, würde ich mich freuen.

Freundliche Grüsse
Sam Taylor

> Aufgrund einer Reorganisation im Bereich Kommunikation wird die
> ausgeschriebene Stelle nicht wie geplant besetzt.""",
  region="CH", parent=True, parent_depth=2, wrap=False,
  notes="reply to Sam's follow-up; rejection only in quoted text"),
M("de-personal-antwort-auf-frage-finalrunde", O, "answer-to-owner-question", "de", "personal",
  "Tobias Heller <tobias.heller@gleisdreieck.example>",
  "Re: Kurze Frage zum Stand",
  """Hi Sam,

nein, keine Sorge – wir haben uns noch für niemanden entschieden! Im Gegenteil: Du bist mit einer weiteren Person in der finalen Runde für Senior Growth Manager.

Wir möchten dich gern am 26.11. zum Abschlussgespräch mit unserer CEO einladen. 10 Uhr bei uns im Büro?

Beste Grüße
Tobias

> Hallo Tobias, ich wollte kurz nachfragen, ob ihr euch bereits für
> jemand anderen entschieden habt? Viele Grüße, Sam""",
  region="DE", parent=True, wrap=False,
  notes="answer to Sam's 'already chosen someone else?' = final round invite"),
M("de-personal-entscheidung-verschoben", O, "still-deciding", "de", "personal",
  "Philipp Stahl <philipp.stahl@kornfeld-foods.example>",
  "Stand Category Manager",
  """Hi Sam,

ich wollte mich kurz melden, damit du nicht im Dunkeln sitzt: Unsere Entscheidung für die Rolle als Category Manager verzögert sich um zwei bis drei Wochen, weil unser Marketingdirektor krank ist.

Du bist weiterhin voll im Rennen, es ist noch nichts entschieden. Ich melde mich spätestens am 4. Dezember.

Danke für deine Geduld!
Philipp
Kornfeld Foods""",
  region="DE", notes="decision postponed; explicitly still in the running"),
M("de-personal-termin-abgelehnt", O, "non-job-rejection", "de", "personal",
  "Markus Vogt <markus.vogt@example.org>",
  "Abgelehnt: Jour fixe Produkt & Redaktion",
  """Markus Vogt hat diese Besprechung abgelehnt.

Wann: Donnerstag, 19. November 2026 10:00–10:30 (UTC+01:00) Berlin
Wo: Raum Spree / Teams

Sorry Sam, bin an dem Tag im Kundentermin in Leipzig. Können wir auf Freitag schieben?""",
  region="DE", notes="declined calendar invite from colleague"),
M("de-personal-zeitschrift-beitrag", O, "non-job-rejection", "de", "personal",
  "Redaktion Medienwelt <redaktion@medienwelt-magazin.example>",
  "Ihr Gastbeitrag „Die Paywall ist kein Produkt“",
  """Liebe:r Sam Taylor,

vielen Dank für das Angebot Ihres Gastbeitrags. Wir haben ihn in der Redaktionskonferenz besprochen und uns leider gegen eine Veröffentlichung entschieden: Wir hatten im Frühjahr bereits einen Schwerpunkt zu Bezahlmodellen.

Gern können Sie uns künftig weitere Themen anbieten.

Beste Grüße
Dorothea Kampe
Ressortleitung Digitales, Medienwelt""",
  region="DE", notes="guest article declined"),
M("de-personal-stiftung-foerderung", O, "non-job-rejection", "de", "personal",
  "Förderprogramm Lokaljournalismus <foerderung@stiftung-vielfalt.example>",
  "Ihr Antrag 2026-LJ-0087",
  """Sehr geehrte/r Sam Taylor,

für Ihren Antrag „Newsletter-Werkstatt für Lokalredaktionen“ im Förderprogramm Lokaljournalismus danken wir Ihnen.

Die Jury hat in ihrer Sitzung vom 28. Oktober getagt. Bei 212 Anträgen und einem Fördervolumen für 15 Projekte konnte Ihr Antrag leider nicht berücksichtigt werden. Eine Begründung im Einzelfall können wir nicht geben.

Mit freundlichen Grüßen
Stiftung Vielfalt im Journalismus
Programmteam""",
  region="DE", notes="grant application declined; uses 'nicht berücksichtigt'"),
M("de-personal-freund-weiterleitung", O, "forwarded", "de", "personal",
  "Lukas Weber <lukas.weber@mailbox.example>",
  "Fwd: Ihre Bewerbung bei Tannhäuser Brauerei",
  """Hey Sam,

na toll. Schon wieder eine. Kannst du mal drüberschauen, ob ich darauf antworten sollte? Du kennst dich ja mit sowas aus.

Bier am Freitag?
Lukas

---------- Weitergeleitete Nachricht ---------
Von: Tannhäuser Brauerei <noreply@jobs.personio.de>
Datum: Mo., 9. Nov. 2026 um 11:03
Betreff: Ihre Bewerbung bei Tannhäuser Brauerei
An: <lukas.weber@mailbox.example>

Sehr geehrter Herr Weber,

vielen Dank für Ihre Bewerbung als Vertriebsleiter Gastronomie. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.

Mit freundlichen Grüßen
Personalabteilung Tannhäuser Brauerei""",
  region="DE", wrap=False, notes="friend forwards his own rejection"),
M("de-personal-zusage-telefon", O, "offer", "de", "personal",
  "Reto Graf <reto.graf@bergbahnen-sonnenalp.example>",
  "Zusammenfassung unseres Telefonats",
  """Grüezi Sam Taylor

Wie soeben telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als Leiter/in Digitale Kommunikation (100%) anbieten zu dürfen. Nachdem es bei der Marketingleitung im Sommer nicht gepasst hat, bin ich froh, dass wir nun eine Lösung gefunden haben.

Den Arbeitsvertrag schicke ich Ihnen bis Freitag per Post. Eintritt wäre per 1. Februar 2027.

Freundliche Grüsse
Reto Graf
Geschäftsführer
Bergbahnen Sonnenalp AG""",
  region="CH", notes="offer; mentions earlier unsuccessful application"),
M("de-personal-sam-rueckzug", O, "owner-sent", "de", "personal",
  "Sam Taylor <sam.taylor@example.org>",
  "Rückzug meiner Bewerbung – Category Manager",
  """Hallo Philipp,

vielen Dank für das Update und deine Offenheit. Ich habe mich in der Zwischenzeit allerdings für ein anderes Angebot entschieden und möchte meine Bewerbung als Category Manager daher zurückziehen.

Es tut mir leid, dass es so kurzfristig kommt – ich hatte einen sehr guten Eindruck von Kornfeld Foods.

Viele Grüße
Sam""",
  to="Philipp Stahl <philipp.stahl@kornfeld-foods.example>", region="DE", parent=True,
  parent_domain="kornfeld-foods.example", notes="Sam withdraws own application"),
]
