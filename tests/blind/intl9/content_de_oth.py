"""German hard negatives (12 ATS-style, 12 personal)."""
from content_common import A, P

O = "other"

MESSAGES = [
A("de-personio-eingang-hedge", O, "ack-received", "de", "personio", "Feldkamp Digital GmbH",
  "Feldkamp Digital GmbH <noreply@jobs.personio.de>",
  "Eingangsbestätigung: Ihre Bewerbung als Performance Marketing Manager",
  """Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Performance Marketing Manager! Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen jede Bewerbung sorgfältig. Aufgrund der hohen Anzahl an Bewerbungen kann dies bis zu drei Wochen dauern. Sollten wir uns gegen eine Zusammenarbeit entscheiden, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns – eine Absage bleibt bei uns nicht unbeantwortet.

Mit freundlichen Grüßen
Ihr Feldkamp Recruiting-Team""",
  tags="hedging-ack; mentions-absage", region="de"),

A("de-greenhouse-einladung-interview", O, "interview-invite", "de", "greenhouse", "Wellenreiter Software",
  "Wellenreiter Software <no-reply@eu.greenhouse-mail.io>",
  "Einladung zum Interview – Product Marketing Manager",
  """Hallo Sam,

danke für deine Bewerbung! Wir haben uns gegen das übliche Telefon-Screening entschieden und möchten dich stattdessen direkt zu einem 45-minütigen Gespräch mit unserer Head of Marketing einladen.

Bitte wähle über den folgenden Link einen passenden Termin: [[Termin auswählen]]

Bis bald!
Nele vom Wellenreiter-Recruiting""",
  tags="invite-opening-with-negation", region="de"),

A("de-workday-status-in-pruefung", O, "status-update", "de", "workday", "Halvorsen Logistik AG",
  "Halvorsen Logistik AG <halvorsen@myworkday.com>",
  "Statusänderung Ihrer Bewerbung R-21377",
  """Hallo Sam,

der Status Ihrer Bewerbung hat sich geändert.

{table}

Weitere Details finden Sie jederzeit in Ihrem [[Kandidatenkonto]].

Halvorsen Logistik AG – Talent Acquisition""",
  tags="portal-status-table; same-template-as-rejection", region="de", html_only=True,
  table=[("Stelle", "Senior Brand Manager Nordics"), ("Referenz", "R-21377"), ("Status", "Interview – in Planung"),
         ("Letzte Aktualisierung", "Heute")]),

A("de-smartrecruiters-online-test", O, "assessment", "de", "smartrecruiters", "Eichhof Versicherungen",
  "Eichhof Versicherungen <noreply@smartrecruiters.com>",
  "Nächster Schritt: Online-Assessment",
  """Hallo Sam,

Ihre Bewerbung als Marketing Analyst hat uns überzeugt! Im nächsten Schritt bitten wir Sie, unser Online-Assessment zu absolvieren (ca. 40 Minuten).

Bitte beachten Sie: Wird der Test nicht innerhalb von 7 Tagen abgeschlossen, wird die Bewerbung automatisch geschlossen und kann nicht weiter berücksichtigt werden.

Viel Erfolg!
Eichhof Talent Acquisition""",
  tags="assessment-invite; conditional-closure-warning", region="de", button="Assessment starten"),

A("de-successfactors-transfer-anforderung", O, "requisition-transfer", "de", "successfactors", "Donauwerk Energie AG",
  "Donauwerk Energie AG <recruiting@donauwerk.example>",
  "Ihre Bewerbung – Job-ID 48812 wurde geschlossen",
  """Sehr geehrte:r Sam Taylor,

die Ausschreibung mit der Job-ID 48812 (Marketing Manager Privatkunden) wurde geschlossen. Da Ihr Profil sehr gut zu einer neu geschaffenen Stelle passt, haben wir Ihre Bewerbung mit Ihrem Einverständnis vom Telefonat am Montag auf die Job-ID 49020 (Marketing Manager E-Mobilität) übertragen.

Sie müssen nichts weiter tun. Das Fachteam meldet sich in den nächsten Tagen mit Terminvorschlägen.

Mit freundlichen Grüßen
Recruiting Center
Donauwerk Energie AG, Wien""",
  tags="requisition-closed-but-transferred; austrian", region="at"),

A("de-stepstone-jobalert", O, "job-alert", "de", "stepstone", "StepStone",
  "StepStone Jobagent <jobagent@stepstone.de>",
  "8 neue Jobs für „Marketing Manager“ in Berlin",
  """Hallo Sam,

hier sind die neuesten Jobs, die zu Ihrem Jobagenten passen:

- Marketing Manager (m/w/d) – Kohlhaas Maschinenbau, Remscheid
- Senior Marketing Manager B2B – Feldkamp Digital GmbH, Berlin
- Brand Manager Food (w/m/d) – Aarwiese Foods, Zürich
- Head of Growth – Pixelhafen, Hamburg

Tipp der Woche: Absage erhalten? So antworten Sie professionell und bleiben im Gedächtnis: [[Zum Ratgeber]]

[[Alle 8 Jobs ansehen]]""",
  tags="job-alert; advice-about-rejection", region="de", headers={"Precedence": "bulk"}),

A("de-teamtailor-talentpool-ohne-urteil", O, "talent-pool", "de", "teamtailor", "Kranich Mobility",
  "Kranich Mobility <kranich@teamtailor-mail.com>",
  "Bleib mit Kranich Mobility in Kontakt",
  """Hej Sam,

schön, dass du unsere Karriereseite besucht hast! Gerade ist keine passende Stelle für dich dabei? Kein Problem: Tritt unserem Talentpool bei und wir melden uns, sobald sich etwas ergibt.

Deine Daten speichern wir höchstens 24 Monate; du kannst deine Einwilligung jederzeit widerrufen.""",
  tags="talent-pool-no-verdict; no-application", region="de", button="Talentpool beitreten"),

A("de-bank-kreditkarte-abgelehnt", O, "non-job-rejection", "de", "inhouse", "Nordsparkasse",
  "Nordsparkasse <service@nordsparkasse.example>",
  "Zahlung abgelehnt – Ihre Kreditkarte endet auf 4417",
  """Guten Tag Sam Taylor,

eine Zahlung mit Ihrer Kreditkarte (endet auf 4417) über 89,00 EUR bei „Jobportal Premium“ wurde am 14.10.2026 abgelehnt, da das Verfügungslimit erreicht war.

Sie müssen nichts tun, falls Sie diese Zahlung nicht selbst veranlasst haben, melden Sie sich bitte unter 0800 000 0000.

Ihre Nordsparkasse""",
  tags="card-declined; job-portal-merchant", region="de"),

A("de-wohnung-absage-portal", O, "non-job-rejection", "de", "inhouse", "Immowelt Wohnbau",
  "Wohnbau Lindenhof <vermietung-noreply@wohnbau-lindenhof.example>",
  "Ihre Bewerbung für die Wohnung Kastanienallee 12, 3. OG",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Kastanienallee 12 und Ihre Bewerbung mit Selbstauskunft und Gehaltsnachweisen.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Ihre Unterlagen werden gemäß DSGVO gelöscht.

Mit freundlichen Grüßen
Wohnbau Lindenhof – Vermietungsteam""",
  tags="rental-application; rejection-wording", region="de"),

A("de-hr-system-eigene-stelle", O, "owner-hiring", "de", "personio", "Calder Street Media",
  "Calder Street Media Recruiting <noreply@jobs.personio.de>",
  "Kandidat:in abgesagt – Junior Social Media Editor (Ihre Stelle)",
  """Hallo Sam,

in Ihrer Ausschreibung Junior Social Media Editor wurde folgende Aktion ausgeführt:

{table}

Die Absage-Vorlage „Absage nach Interview“ wurde automatisch an die Kandidatin verschickt.

Personio – Calder Street Media""",
  tags="owner-is-hiring-manager; hr-system-notice", region="de",
  table=[("Kandidatin", "Mara Seidel"), ("Neuer Status", "Abgesagt"), ("Durchgeführt von", "Sam Taylor")]),

A("de-pretalx-vortrag-abgelehnt", O, "non-job-rejection", "de", "inhouse", "Content Marketing Konferenz Köln",
  "CMK Programmkomitee <programm@cmk-koeln.example>",
  "Ihr Vortragsvorschlag „Marken, die zuhören“ – Entscheidung",
  """Liebe:r Sam Taylor,

vielen Dank für Ihre Einreichung zur Content Marketing Konferenz Köln 2027. Wir haben in diesem Jahr über 400 Vorschläge für 36 Slots erhalten.

Leider konnten wir Ihren Vortrag „Marken, die zuhören“ nicht ins Programm aufnehmen. Wir würden uns freuen, Sie dennoch als Gast begrüßen zu dürfen – mit dem Code SPEAKER27 erhalten Sie 30 % Rabatt.

Das Programmkomitee""",
  tags="talk-proposal-declined", region="de"),

A("de-zusage-angebot-personio", O, "offer", "de", "personio", "Feldkamp Digital GmbH",
  "Feldkamp Digital GmbH <noreply@jobs.personio.de>",
  "Ihr Vertragsangebot – Senior Marketing Manager B2B",
  """Hallo Sam Taylor,

wir freuen uns sehr, Ihnen die Position Senior Marketing Manager B2B anbieten zu können! Ihr Vertragsangebot finden Sie im Anhang sowie zur digitalen Unterschrift im Portal.

Bitte beachten Sie, dass das Angebot bis zum 20.11.2026 gültig ist. Erfolgt bis dahin keine Rückmeldung, verfällt es.

Wir freuen uns auf Sie!
Ihr Feldkamp People-Team""",
  tags="offer; expiry-clause", region="de", button="Angebot ansehen",
  attach=[("Vertragsangebot_Taylor.pdf", "application/pdf", "%PDF-1.4\n% placeholder offer letter\n%%EOF\n")]),

# ---------------- personal ----------------
P("de-kollege-kandidaten-abgesagt", O, "owner-hiring", "de",
  "Daniel Roth <daniel.roth@example.org>",
  "Kandidaten Social Media Editor – Absagen raus",
  """Hi Sam,

kurze Info: ich habe Mara Seidel und Kevin Arslan wie besprochen abgesagt. Kevin hat schon geantwortet und war etwas enttäuscht, er fragt nach Feedback – magst du das übernehmen, da du das Interview geführt hast?

Bleibt also nur noch Frau Lenz für die zweite Runde. Termin am Donnerstag steht.

Gruß
Daniel""",
  tags="owner-is-hiring-manager; colleague", region="de"),

P("de-sam-sendet-absage", O, "owner-sent", "de",
  "Sam Taylor <sam.taylor@example.org>",
  "Ihre Bewerbung als Junior Social Media Editor",
  """Liebe Frau Seidel,

vielen Dank für Ihre Bewerbung und das nette Gespräch mit Daniel und mir.

Leider haben wir uns für eine andere Kandidatin entschieden. Ihr Portfolio hat uns gut gefallen, aber für diese Stelle war Erfahrung mit Bewegtbild am Ende entscheidend.

Ich wünsche Ihnen alles Gute für Ihre Suche.

Viele Grüße
Sam Taylor
Calder Street Media""",
  tags="owner-sends-rejection", region="de", to="Mara Seidel <mara.seidel@mailbox.example>"),

P("de-antwort-auf-dankesmail", O, "reply-to-owner-followup", "de",
  "Katrin Oberländer <k.oberlaender@felsgrund.example>",
  "AW: AW: Zweitgespräch Felsgrund – Head of Marketing",
  """Liebe Sam,

wie schön, von Ihnen zu hören – und Sie müssen sich für nichts entschuldigen! Ich nehme Sie gern beim Wort und melde mich, sobald wir im Frühjahr die Stelle im Produktmanagement ausschreiben.

Herzliche Grüße
Katrin Oberländer

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Betreff: AW: Zweitgespräch Felsgrund – Head of Marketing

Liebe Frau Oberländer,
danke für Ihre offene Rückmeldung, auch wenn es diesmal nicht geklappt hat. Entschuldigen Sie, dass ich erst jetzt antworte. Ich würde mich freuen, in Kontakt zu bleiben.
Sam

-----Ursprüngliche Nachricht-----
Von: Katrin Oberländer
Betreff: Zweitgespräch Felsgrund – Head of Marketing
> Am Ende haben wir uns aber für eine Kandidatin entschieden, die bereits mehrere Jahre Erfahrung im Maschinenbau mitbringt.""",
  tags="rejection-only-in-quote; keep-in-touch", region="de", parent=True, parent_depth=3),

P("de-antwort-auf-frage-einladung", O, "answer-to-owner-question", "de",
  "Lukas Baier <lukas.baier@bergquell.example>",
  "Re: Marketing Manager – haben Sie sich schon entschieden?",
  """Hallo Sam,

nein, ganz im Gegenteil – wir haben uns noch für niemanden entschieden, und Sie sind weiterhin im Rennen! Entschuldigen Sie die Funkstille.

Hätten Sie nächste Woche Zeit für ein finales Gespräch mit unserer Geschäftsführerin? Dienstag oder Mittwoch vormittags würde passen.

Beste Grüße
Lukas Baier
Bergquell Getränke GmbH

Am 20.10.2026 schrieb Sam Taylor:
> Hallo Herr Baier, ich wollte fragen, ob Sie sich bereits für jemand
> anderen entschieden haben? Falls ja, wäre ich für ein kurzes Feedback dankbar.""",
  tags="answer-to-owner-chaser; final-interview; negation-opening", region="de", parent=True),

P("de-stelle-on-hold-noch-offen", O, "status-update", "de",
  "Nadine Fuchs <nadine.fuchs@hafenlicht.example>",
  "Zwischenstand Brand Manager",
  """Hallo Sam,

ich wollte mich melden, damit Sie nicht im Dunkeln sitzen: Wir haben die Entscheidung zur Brand Manager Stelle um zwei Wochen verschoben, weil unser CMO krank ist. Ihre Bewerbung ist weiterhin aktiv und Sie sind einer von zwei Finalist:innen – wir haben uns noch nicht entschieden.

Ich melde mich spätestens am 27.11. wieder.

Viele Grüße
Nadine Fuchs
Hafenlicht GmbH""",
  tags="delay; still-deciding; finalist", region="de"),

P("de-freundin-weitergeleitet", O, "forwarded", "de",
  "Julia Brenner <julia.brenner@mailbox.example>",
  "Fwd: Ihre Bewerbung bei Sonnenfeld AG",
  """Sam!! Schau mal, die haben mir nach DREI Runden abgesagt. Kannst du mal drüberschauen, was ich antworten soll? Du hast doch so eine Vorlage.

Ju

---------- Forwarded message ---------
Von: Sonnenfeld AG Recruiting <jobs@sonnenfeld.example>
Betreff: Ihre Bewerbung bei Sonnenfeld AG

Sehr geehrte Frau Brenner,
leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.""",
  tags="friend-forwards-own-rejection", region="de"),

P("de-referenzanfrage", O, "reference-request", "de",
  "Stefanie Graf <s.graf@nordkante.example>",
  "Referenzanfrage zu Sam Taylor",
  """Hallo Sam,

Sie haben uns Ihre ehemalige Vorgesetzte Frau Ulrich als Referenz genannt. Wir haben sie leider nicht erreicht – die Nummer ist nicht mehr vergeben. Können Sie uns eine aktuelle Kontaktmöglichkeit schicken? Dann kann es zügig weitergehen, wir würden Ihnen gern bis Ende der Woche ein Angebot machen.

Viele Grüße
Stefanie Graf
Nordkante Reisen GmbH""",
  tags="reference-request; negative-sounding-first-lines", region="de"),

P("de-recruiter-pitch-besetzt", O, "recruiter-outreach", "de",
  "Carla Meinhardt <carla@meinhardt-personal.example>",
  "Neue Positionen – Marketing",
  """Hallo Sam,

wir hatten im Frühjahr über die Stelle bei Ostwind Energie gesprochen – die ist inzwischen längst besetzt, wie du weißt. Ich habe aber zwei neue Mandate, die sehr gut passen könnten:

- Head of Brand, Scale-up im Bereich Fintech, Frankfurt
- Director Marketing DACH, Konsumgüter, München

Hast du Lust auf ein kurzes Telefonat diese Woche?

Carla Meinhardt
Meinhardt Personalberatung
+49 69 0000 1180""",
  tags="recruiter-pitch; old-role-filled", region="de"),

P("de-termin-abgelehnt-outlook", O, "non-job-rejection", "de",
  "Thomas Lenz <thomas.lenz@example.org>",
  "Abgelehnt: Q4-Planung Insights",
  """Thomas Lenz hat diese Besprechung abgelehnt.

Hi Sam, bin an dem Tag auf dem Kundenworkshop in Leipzig, sorry. Können wir auf Freitag schieben?
Thomas""",
  tags="declined-meeting-invite; colleague", region="de"),

P("de-paper-abgelehnt", O, "non-job-rejection", "de",
  "Prof. Dr. Andrea Stein <redaktion@zeitschrift-medienwirtschaft.example>",
  "Ihr Manuskript MW-2026-0318",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für die Einreichung Ihres Beitrags „Lokaljournalismus und Markenvertrauen“ bei der Zeitschrift für Medienwirtschaft.

Nach Prüfung durch zwei Gutachter:innen haben wir entschieden, das Manuskript in der vorliegenden Form nicht zur Veröffentlichung anzunehmen. Die Gutachten finden Sie unten; eine stark überarbeitete Neueinreichung ist möglich.

Mit freundlichen Grüßen
Andrea Stein, Herausgeberin""",
  tags="paper-declined", region="de"),

P("de-rueckfrage-verschoben-interview", O, "reschedule", "de",
  "Martina Koller <martina.koller@bergstadt-tourismus.example>",
  "Leider müssen wir den Termin absagen",
  """Liebe Sam,

leider müssen wir den Termin am Freitag absagen – unsere Geschäftsführerin fällt kurzfristig aus. Das hat nichts mit Ihrer Bewerbung zu tun, Sie sind weiterhin im Verfahren!

Können Sie stattdessen am Dienstag, 10 Uhr? Ich schicke dann eine neue Einladung.

Liebe Grüße aus Salzburg
Martina Koller
Bergstadt Tourismus GmbH
+43 662 000 314""",
  tags="interview-cancelled-rescheduled; absagen-word; austrian", region="at"),
P("de-sam-dankesmail-nach-absage", O, "owner-sent", "de",
  "Sam Taylor <sam.taylor@example.org>",
  "Re: Feedback zur Case Study",
  """Hallo Henrik,

vielen Dank für das ausführliche Feedback, auch wenn ich natürlich gehofft hatte, weiterzukommen. Die Punkte zur Kanalpriorisierung nehme ich mir zu Herzen.

Falls bei Lumenwerk künftig wieder eine Stelle im Produktmarketing frei wird, würde ich mich freuen, wenn Sie an mich denken.

Viele Grüße
Sam

Am 09.11.2026 schrieb Dr. Henrik Vogt <henrik.vogt@lumenwerk.example>:
> Deshalb werden wir den Prozess für die Position Senior Product Marketing
> Manager mit dir nicht fortsetzen.""",
  tags="owner-follow-up; quotes-rejection", region="de", to="Dr. Henrik Vogt <henrik.vogt@lumenwerk.example>",
  parent=True, parent_domain="lumenwerk.example"),
]
