"""German messages (DE/AT/CH). 16 rejections, 16 hard negatives; half ATS, half personal."""
NR = "Bitte antworten Sie nicht auf diese E-Mail, da das Postfach nicht überwacht wird."
DSGVO = ("Datenschutz: Ihre Bewerbungsunterlagen werden gemäß Art. 17 DSGVO sechs Monate nach Abschluss des "
         "Verfahrens gelöscht. Informationen zur Verarbeitung finden Sie unter https://click.example/t/ds-")


def I(slug, label, style, cat, frm, subject, body, fmt="plain", **kw):
    d = dict(slug=slug, label=label, style=style, cat=cat, lang="de", subject=subject, body=body, fmt=fmt)
    d["from"] = frm
    d.update(kw)
    return d


ITEMS = [
# ---------------- rejections, ATS ----------------
I("hanseatic-bank-personio-absage", "rejection", "ats", "ats-automated",
  "Hanseatische Privatbank <jobs@hanseatic-privatbank.jobs.personio.de>",
  "Ihre Bewerbung als Data Analyst (m/w/d) – Hanseatische Privatbank",
  f"""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihr Interesse an der Hanseatischen Privatbank und die Zeit, die Sie in Ihre Bewerbung als Data Analyst (m/w/d) investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation; wir hatten sehr viele Bewerbungen mit passgenauen Profilen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hanseatischen Privatbank

{NR}
{DSGVO}hpb
Powered by Personio""", fmt="alt", vendor="Personio", company="Hanseatische Privatbank", role="Data Analyst (m/w/d)",
  tags="personio; most ordinary wording; no-reply"),
I("allgaeuer-versicherung-softgarden-talentpool", "rejection", "ats", "keep-on-file",
  "Allgäuer Versicherung AG <noreply@softgarden.io>",
  "Rückmeldung zu Ihrer Bewerbung: Controller:in Konzernberichtswesen",
  f"""Hallo Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Controller:in Konzernberichtswesen bei der Allgäuer Versicherung AG. Wir haben uns über Ihr Interesse sehr gefreut.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns jedoch für eine Kandidatin entschieden, deren Erfahrung mit IFRS 17 noch etwas besser zu den Anforderungen passt.

Gerne würden wir Ihr Profil in unseren Talentpool aufnehmen, damit wir Sie bei passenden Vakanzen direkt ansprechen können. Wenn Sie einverstanden sind, klicken Sie bitte hier: https://click.example/t/softgarden-pool-7731

Bei Fragen erreichen Sie Frau Vanessa Kranz unter karriere@allgaeuer-versicherung.example.

Viele Grüße
Vanessa Kranz
Talent Acquisition

{NR}
softgarden e-recruiting GmbH | Impressum | Datenschutz""", fmt="alt", vendor="softgarden",
  rt="karriere@allgaeuer-versicherung.example", first="Vanessa", company="Allgäuer Versicherung AG",
  role="Controller:in Konzernberichtswesen", tags="softgarden; talent pool consent link; verdict mid-letter; body address"),
I("rheintal-stadtwerke-dvinci-besetzt", "rejection", "ats", "ats-automated",
  "Stadtwerke Rheintal <bewerbermanagement@stadtwerke-rheintal.dvinci-hr.example>",
  "Stellenausschreibung 2026-114 IT-Systemadministrator – Mitteilung",
  f"""Sehr geehrte Damen und Herren,
sehr geehrte:r Sam Taylor,

wir beziehen uns auf Ihre Bewerbung auf die Stellenausschreibung 2026-114 IT-Systemadministrator (Entgeltgruppe 11 TVöD).

Das Auswahlverfahren ist abgeschlossen. Die Stelle wurde mit einer anderen Bewerberin / einem anderen Bewerber besetzt. Ihre Bewerbung konnte daher nicht berücksichtigt werden.

Gemäß § 6 AGG weisen wir darauf hin, dass Ihre Unterlagen nach Ablauf von sechs Monaten vernichtet werden. Eine Rücksendung erfolgt nicht.

Mit freundlichen Grüßen
Im Auftrag
Personalabteilung
Stadtwerke Rheintal AöR

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
d.vinci Bewerbermanagement""", fmt="html", vendor="d.vinci", company="Stadtwerke Rheintal",
  role="IT-Systemadministrator", tags="d.vinci; öffentlicher Dienst; html-only; Amtsdeutsch; filled"),
I("nordstern-workday-status", "rejection", "ats", "status-portal",
  "Nordstern Logistik SE <nordstern@myworkday.com>",
  "Aktualisierung Ihres Bewerbungsstatus",
  """[image: Nordstern Logistik]

Hallo Sam,

es gibt eine Aktualisierung zu Ihrer Bewerbung.

Stelle: Senior Product Owner Transport Management (R-20417)
Status: Nicht mehr in Betracht gezogen

Sie können Ihre Bewerbungen jederzeit in unserem Kandidatenportal einsehen:
https://click.example/t/wd-nordstern-candidate-home

[image: Facebook] [image: LinkedIn] [image: XING]

Nordstern Logistik SE, Am Hafen 4, 28195 Bremen
Diese Nachricht wurde von einer nicht überwachten Adresse gesendet.""", fmt="alt", vendor="Workday",
  company="Nordstern Logistik SE", role="Senior Product Owner Transport Management",
  tags="workday; status line only; [image] placeholders"),
I("stepstone-relay-moosbrugger", "rejection", "ats", "job-board-relay",
  "StepStone <noreply@stepstone.de>",
  "Neuigkeiten zu Ihrer Bewerbung bei Moosbrugger Maschinenbau GmbH",
  """Hallo Sam Taylor,

Moosbrugger Maschinenbau GmbH hat Ihre Bewerbung bearbeitet.

Stelle: SAP FI/CO Inhouse Consultant (m/w/d)
Ort: Dornbirn

Nachricht des Unternehmens:
"Vielen Dank für Ihre Bewerbung. Leider haben wir uns für eine andere Person entschieden. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche."

Ähnliche Jobs für Sie:
- SAP CO Berater (m/w/d) – Feldkirch – Jetzt ansehen https://click.example/t/ss-1
- Finance Systems Analyst – Bregenz – Jetzt ansehen https://click.example/t/ss-2

Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. Benachrichtigungen abbestellen: https://click.example/t/ss-unsub
The Stepstone Group GmbH, Völklinger Straße 1, 40219 Düsseldorf""", fmt="alt", vendor="StepStone",
  headers={"List-Unsubscribe": "<https://click.example/t/ss-unsub>", "Precedence": "bulk"},
  company="Moosbrugger Maschinenbau GmbH", role="SAP FI/CO Inhouse Consultant (m/w/d)",
  tags="stepstone relay; AT; bulk headers; similar jobs list"),
I("xing-relay-fintech-mixed", "rejection", "ats", "job-board-relay",
  "XING <mailrobot@mail.xing.com>",
  "Lumenpay hat auf Ihre Bewerbung geantwortet",
  """Lumenpay hat auf Ihre Bewerbung geantwortet

Product Manager Payments (all genders), Berlin

"Hi Sam, thanks a lot for applying! Wir haben uns alle Profile genau angeschaut und uns entschieden, mit Kandidat:innen weiterzumachen, die mehr Erfahrung im Acquiring mitbringen. We wish you all the best! – Jule from the People Team"

Nachricht ansehen: https://click.example/t/xing-msg-55

Diese E-Mail wurde an sam.taylor@example.org gesendet. Benachrichtigungseinstellungen ändern.
New Work SE, Am Strandkai 1, 20457 Hamburg""", fmt="alt", vendor="XING",
  headers={"List-Unsubscribe": "<https://click.example/t/xing-unsub>"}, first="Jule",
  company="Lumenpay", role="Product Manager Payments (all genders)", tags="xing relay; mixed de/en; start-up; no address"),
I("helvetia-bank-successfactors-intern", "rejection", "ats", "internal-candidate",
  "Zürichsee Kantonalbank <recruiting@successfactors.eu>",
  "Ihre Bewerbung: Business Analyst Treasury (80–100 %)",
  f"""Grüezi Sam Taylor

Besten Dank für Ihre Bewerbung als Business Analyst Treasury (80–100 %) und Ihr Interesse an der Zürichsee Kantonalbank.

Wir haben die Stelle intern besetzen können. Aus diesem Grund ist das Rekrutierungsverfahren für externe Kandidatinnen und Kandidaten abgeschlossen.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.

Freundliche Grüsse
Zürichsee Kantonalbank
Human Resources

Diese E-Mail wurde automatisch generiert. Antworten an diese Adresse werden nicht bearbeitet.
This e-mail was generated automatically. Replies to this address are not processed.
SAP SuccessFactors""", fmt="alt", vendor="SuccessFactors", company="Zürichsee Kantonalbank",
  role="Business Analyst Treasury (80–100 %)", tags="successfactors; CH; ss spelling; intern besetzt; de/en footer"),
I("gruenwerk-join-on-hold", "rejection", "ats", "role-cancelled",
  "Grünwerk Energy via JOIN <noreply@join.com>",
  "Update zur Stelle Data Engineer (w/m/d)",
  """Hi Sam,

danke, dass du dich bei Grünwerk Energy als Data Engineer (w/m/d) beworben hast!

Kurzes Update von uns: Wegen einer Neuplanung unseres Budgets für 2027 haben wir die Stelle vorerst auf Eis gelegt und den Bewerbungsprozess gestoppt. Wir wissen noch nicht, ob und wann die Position wieder ausgeschrieben wird – dein Bewerbungsprozess ist damit leider beendet.

Falls du Fragen hast, schreib gern an Malte: malte.brandt@gruenwerk-energy.example

Sonnige Grüße
Dein Grünwerk-Team

Du erhältst diese Nachricht, weil du dich über JOIN beworben hast. Datenschutz | Abmelden""", fmt="alt", vendor="JOIN",
  rt="malte.brandt@gruenwerk-energy.example", first="", company="Grünwerk Energy", role="Data Engineer (w/m/d)",
  tags="join; du-form; role paused and process stopped; body address of someone else"),
# ---------------- rejections, personal ----------------
I("personalberater-relay-mittelstand", "rejection", "personal", "agency-recruiter",
  "Dr. Henrike Vogelsang <h.vogelsang@vogelsang-partner.example>",
  "AW: Head of Controlling – Rückmeldung unseres Mandanten",
  """Sehr geehrte:r Sam Taylor,

wie telefonisch angekündigt, hier die schriftliche Rückmeldung: Unser Mandant, die Kessler Armaturen GmbH & Co. KG, hat sich nach den Zweitgesprächen für einen anderen Kandidaten entschieden. Ausschlaggebend war am Ende die längere Erfahrung mit Familiengesellschaftern; fachlich hat man Ihnen ausdrücklich ein sehr gutes Zeugnis ausgestellt.

Ich bedaure das persönlich, denn ich hatte Sie für die Position Head of Controlling gern vorgeschlagen. Ich melde mich, sobald ich ein vergleichbares Mandat habe.

Mit besten Grüßen
Dr. Henrike Vogelsang
Vogelsang & Partner Personalberatung
Königsallee 60, 40212 Düsseldorf
Tel. +49 211 555 0190""", rt="h.vogelsang@vogelsang-partner.example", first="Henrike",
  company="Kessler Armaturen GmbH & Co. KG", role="Head of Controlling", tags="personalberater relays client; after second interview"),
I("hr-forward-fachbereich-note", "rejection", "personal", "hr-forward",
  "Katrin Oberhuber <katrin.oberhuber@alpenbahn-it.example>",
  "WG: Feedback Fachbereich – Kandidat Taylor",
  """Lieber Sam,

leider keine guten Nachrichten – ich leite dir unten die Einschätzung aus dem Fachbereich weiter, damit du sie aus erster Hand hast. Wir werden den Prozess mit dir nicht fortsetzen. Ich hoffe, das Feedback hilft dir trotzdem.

Liebe Grüße aus Innsbruck
Katrin

Katrin Oberhuber | HR Business Partner | Alpenbahn IT GmbH
+43 512 555 3310

-----Ursprüngliche Nachricht-----
Von: Florian Tschurtschenthaler <florian.t@alpenbahn-it.example>
Gesendet: Dienstag, 13. Oktober 2026 16:02
An: Katrin Oberhuber <katrin.oberhuber@alpenbahn-it.example>
Betreff: Feedback Fachbereich – Kandidat Taylor

Hallo Katrin,
Sam war sympathisch und gut vorbereitet, aber für den IT-Architekt Cloud fehlt uns die Tiefe bei Kubernetes und Netzwerk. Wir würden ihn/sie nicht weiter einladen. Bitte absagen.
Danke, Florian""", rt="katrin.oberhuber@alpenbahn-it.example", first="Katrin", company="Alpenbahn IT GmbH",
  role="IT-Architekt Cloud", tags="AT; du-form; HR forwards manager's third-person note; Outlook quote"),
I("kurz-absage-startup-du", "rejection", "personal", "terse",
  "Timo Reuter <timo@flinkdata.example>",
  "Re: Bewerbung Analytics Engineer",
  """Hey Sam,

sorry für die späte Antwort – wir haben uns für jemand anderen entschieden. Danke dir trotzdem für die Zeit!

Timo

Von meinem iPhone gesendet

> Am 02.11.2026 um 09:14 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Hallo Timo, gibt es schon Neuigkeiten zur Stelle als Analytics Engineer? Viele Grüße, Sam""",
  reply=True, rt="timo@flinkdata.example", first="Timo", company="FlinkData", role="Analytics Engineer",
  tags="terse; iPhone; reply to Sam's chaser; company only in sender domain"),
I("beratung-long-letter-middle", "rejection", "personal", "personal-after-interview",
  "Sebastian Wirth <sebastian.wirth@kanzlerconsult.example>",
  "Ihr Auswahltag bei Kanzler Consulting – Feedback",
  """Hallo Sam,

vielen Dank noch einmal, dass Sie sich letzten Donnerstag den ganzen Tag für unseren Auswahltag Zeit genommen haben. Ich hoffe, die Anreise nach Frankfurt war trotz Bahnstreik halbwegs erträglich.

Wir haben uns intensiv im Team ausgetauscht. Ihre Präsentation zur Datenstrategie eines Versicherers war klar strukturiert, und gerade der Teil zur Governance kam bei den Partnern sehr gut an. In der Case-Study zur Kostenoptimierung hätten wir uns allerdings mehr Tiefe in der quantitativen Herleitung gewünscht, und genau dieser Teil ist für die Rolle Senior Consultant Finance Transformation zentral. Deshalb haben wir uns entschieden, Ihnen kein Angebot zu machen.

Das fällt uns wirklich nicht leicht, denn menschlich hat es sehr gut gepasst. Falls Sie mögen, nehme ich mir gern 20 Minuten für ein ausführliches Feedbackgespräch – schreiben Sie mir einfach.

In einem Jahr sieht die Lage vielleicht anders aus, und ich würde mich freuen, wenn Sie sich dann wieder bei uns melden.

Beste Grüße
Sebastian Wirth
Manager | Kanzler Consulting GmbH
Mobil +49 170 555 2281""", rt="sebastian.wirth@kanzlerconsult.example", first="Sebastian",
  company="Kanzler Consulting GmbH", role="Senior Consultant Finance Transformation",
  tags="beratung; long letter; verdict in the middle; assessment day"),
I("versicherung-reply-top-quote", "rejection", "personal", "personal-after-interview",
  "Andrea Pichler-Moser <andrea.pichler@donauversicherung.example>",
  "AW: Danke für das Gespräch",
  """Liebe:r Sam Taylor,

vielen Dank für Ihre nette Nachricht. Leider muss ich Ihnen heute mitteilen, dass wir die Position Produktmanager:in Kfz-Versicherung mit einer Kandidatin besetzen, die bereits aus der Sparte kommt.

Ich wünsche Ihnen alles Gute!
Andrea Pichler-Moser
Donau Versicherung AG | Personalentwicklung
T +43 1 555 8820

________________________________
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Freitag, 16. Oktober 2026 11:40
An: Andrea Pichler-Moser
Betreff: Danke für das Gespräch

Liebe Frau Pichler-Moser,
herzlichen Dank für das angenehme Gespräch am Mittwoch. Ich freue mich auf Ihre Rückmeldung.
Beste Grüße
Sam Taylor""", reply=True, rt="andrea.pichler@donauversicherung.example", first="Andrea",
  company="Donau Versicherung AG", role="Produktmanager:in Kfz-Versicherung", tags="AT; reply above Sam's thank-you"),
I("konzern-resent-forward", "rejection", "personal", "forwarded-resent",
  "Jana Krüger <jana.krueger@meridian-chemie.example>",
  "WG: Ihre Bewerbung – Financial Controller Shared Service Center",
  """Hallo Sam Taylor,

die untenstehende Nachricht ist offenbar wegen eines Tippfehlers in Ihrer Adresse nicht angekommen – ich sende sie Ihnen daher noch einmal direkt. Entschuldigen Sie die Verzögerung!

Viele Grüße
Jana Krüger
Recruiting | Meridian Chemie AG

---------- Weitergeleitete Nachricht ---------
Von: Jana Krüger <jana.krueger@meridian-chemie.example>
Datum: Mo., 5. Okt. 2026 um 10:12
Betreff: Ihre Bewerbung – Financial Controller Shared Service Center
An: <sam.tayler@example.org>

Sehr geehrte:r Sam Taylor,
vielen Dank für Ihre Bewerbung. Nach eingehender Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen. Wir wünschen Ihnen für Ihre Zukunft alles Gute.
Freundliche Grüße
Jana Krüger""", rt="jana.krueger@meridian-chemie.example", first="Jana", company="Meridian Chemie AG",
  role="Financial Controller Shared Service Center", tags="re-sent; verdict only in forwarded block from same sender"),
I("oeffentlicher-dienst-typo", "rejection", "personal", "personal-after-interview",
  "Bernd Hollstein <b.hollstein@landesamt-statistik.example>",
  "Auswahlgespräch Referent:in Datenmanagement",
  """Sehr geehrte/r Sam Taylor,

nach Abschluss der Auswahlgespräche für die Stelle Referent:in Datenmanagement teile ich Ihnen mit, das die Auswahlkommission sich für eine/n andere/n Bewerber/in entscheiden hat. Der Personalrat und die Gleichstellungsbeauftragte wurden beteiligt.

Für Ihr Interesse am Landesamt für Statistik danke ich Ihnen und verbleibe

mit freundlichen Grüßen
im Auftrag
Bernd Hollstein
Referat Z 2 – Personal
Tel. 0711 555-4412""", rt="b.hollstein@landesamt-statistik.example", first="Bernd",
  company="Landesamt für Statistik", role="Referent:in Datenmanagement", tags="öffentlicher dienst; typos (das/entscheiden); committee"),
I("recruiter-swiss-casual-ch", "rejection", "personal", "agency-recruiter",
  "Lara Bühlmann <lara.buehlmann@jobhaus.example>",
  "Rückmeldung Tessera Insurance",
  """Hoi Sam

Ich habe heute endlich von Tessera Insurance gehört. Sie gehen für die Rolle als Product Owner Claims Platform mit einer anderen Person weiter – die Person spricht fliessend Französisch, was für das Team in Lausanne am Schluss den Unterschied gemacht hat.

Schade, ich hätte es dir sehr gegönnt! Ich habe aber bereits zwei andere Mandate im Kopf und melde mich nächste Woche.

En Gruess
Lara

Lara Bühlmann | Senior Consultant IT & Digital | Jobhaus AG Zürich
+41 44 555 71 20""", rt="lara.buehlmann@jobhaus.example", first="Lara", company="Tessera Insurance",
  role="Product Owner Claims Platform", tags="CH; agency; du-form; promises other mandates"),
# ---------------- others, ATS ----------------
I("personio-eingang-hedge", "other", "ats", "ack-received",
  "Tiefsee Robotics <jobs@tiefsee-robotics.jobs.personio.de>",
  "Eingangsbestätigung: Ihre Bewerbung als Product Manager Robotics (m/w/d)",
  f"""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Manager Robotics (m/w/d). Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen jede Bewerbung sorgfältig. Bitte haben Sie Verständnis, dass dies bis zu drei Wochen dauern kann. Sollten wir Sie nicht für ein Gespräch berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns – eine Absage bleibt bei uns nicht unbeantwortet.

Beste Grüße
Ihr Tiefsee Robotics Team

{NR}
{DSGVO}tsr""", fmt="alt", vendor="Personio", tags="personio; acknowledgement hedging about a future Absage"),
I("rexx-zwischenbescheid", "other", "ats", "status-update",
  "Bankhaus Lindqvist <bewerbung@bankhaus-lindqvist.rexx-recruitment.example>",
  "Zwischenbescheid zu Ihrer Bewerbung – IT-Risikomanager (m/w/d)",
  f"""Sehr geehrte:r Sam Taylor,

wir möchten Sie kurz über den Stand Ihrer Bewerbung als IT-Risikomanager (m/w/d) informieren.

Aufgrund der hohen Anzahl an Bewerbungen und interner Abstimmungen mit dem Fachbereich verzögert sich unsere Entscheidung. Eine Absage ist damit nicht verbunden; Ihre Bewerbung befindet sich weiterhin im Auswahlverfahren. Wir melden uns voraussichtlich bis Ende November bei Ihnen.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Personalabteilung Bankhaus Lindqvist

{NR}
rexx systems""", fmt="html", vendor="rexx", tags="rexx; html-only; interim notice says 'keine Absage'"),
I("softgarden-online-test", "other", "ats", "assessment",
  "Rhein-Main Versicherungsgruppe <noreply@softgarden.io>",
  "Nächster Schritt: Online-Assessment",
  """Hallo Sam Taylor,

gute Nachrichten: Ihre Bewerbung als Aktuar:in / Data Scientist Pricing hat uns überzeugt, und wir möchten Sie zum nächsten Schritt einladen.

Bitte absolvieren Sie innerhalb von 7 Tagen unser Online-Assessment (ca. 45 Minuten, numerisches Denken und ein kurzer Python-Teil):
https://click.example/t/sg-assess-9912

Hinweis: Wird der Test nicht innerhalb der Frist abgeschlossen, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Viel Erfolg!
Ihr Recruiting-Team

softgarden e-recruiting GmbH | Impressum | Datenschutz""", fmt="alt", vendor="softgarden",
  tags="softgarden; test invitation with conditional 'nicht weiter berücksichtigen'"),
I("successfactors-einladung", "other", "ats", "interview-invite",
  "Vantix Automotive AG <recruiting@successfactors.eu>",
  "Einladung zum Vorstellungsgespräch – Scrum Master Connected Car",
  """Sehr geehrte:r Sam Taylor,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Scrum Master Connected Car einzuladen.

Termin: Dienstag, 24.11.2026, 10:00–11:30 Uhr
Ort: Microsoft Teams (Link folgt separat)
Gesprächspartner: Fr. Dr. Leitner (Bereichsleitung), Hr. Sander (HR)

Bitte bestätigen Sie den Termin über das Kandidatenportal. Sollte Ihnen der Termin nicht passen, teilen Sie uns bitte Alternativen mit.

Mit freundlichen Grüßen
Human Resources Vantix Automotive AG

Diese E-Mail wurde automatisch generiert. SAP SuccessFactors""", fmt="alt", vendor="SuccessFactors", tags="successfactors; interview invite"),
I("stepstone-jobalert", "other", "ats", "job-alert",
  "StepStone Job-Agent <jobagent@stepstone.de>",
  "12 neue Jobs für \"Controller\" – u. a. bei Kessler Armaturen",
  """Ihr Job-Agent "Controller, 50 km um Düsseldorf" hat 12 neue Jobs gefunden.

Head of Controlling (m/w/d) – Kessler Armaturen GmbH & Co. KG – Neuss
Jetzt bewerben: https://click.example/t/ja-1

Controller Beteiligungen – Rheinische Bank AG – Düsseldorf
Schnellbewerbung: https://click.example/t/ja-2

Werkstudent Controlling – Absage-frei bewerben mit einem Klick! – Flink Süd GmbH
https://click.example/t/ja-3

Nicht mehr interessiert? Job-Agent löschen: https://click.example/t/ja-del
The Stepstone Group GmbH, Düsseldorf""", fmt="alt", vendor="StepStone",
  headers={"List-Unsubscribe": "<https://click.example/t/ja-del>", "Precedence": "bulk"},
  tags="job alert; lists the company that rejected Sam"),
I("workday-transfer-requisition", "other", "ats", "requisition-transfer",
  "Nordstern Logistik SE <nordstern@myworkday.com>",
  "Ihre Bewerbung wurde in eine andere Stellenausschreibung übernommen",
  """[image: Nordstern Logistik]

Hallo Sam,

die Stellenausschreibung R-20390 Product Owner Yard Management wurde geschlossen. Ihr Profil hat uns jedoch angesprochen, und das Recruiting-Team hat Ihre Bewerbung in die Ausschreibung R-20502 Product Owner Warehouse Analytics übernommen. Sie müssen nichts weiter tun.

Status R-20390: Geschlossen
Status R-20502: In Prüfung

https://click.example/t/wd-nordstern-candidate-home

Diese Nachricht wurde von einer nicht überwachten Adresse gesendet.""", fmt="alt", vendor="Workday",
  tags="workday; requisition closed but application transferred"),
I("indeed-talentpool-nodecision", "other", "ats", "talent-pool",
  "Indeed <noreply@indeed.com>",
  "Sparkasse Oberland möchte Sie in den Talentpool aufnehmen",
  """Hallo Sam,

Sparkasse Oberland hat Ihren Lebenslauf angesehen und möchte Sie in den Talentpool aufnehmen. Ihre Bewerbung als Data Governance Manager wird unabhängig davon weiter geprüft – eine Entscheidung wurde noch nicht getroffen.

Zustimmen: https://click.example/t/indeed-pool-yes
Ablehnen: https://click.example/t/indeed-pool-no

© 2026 Indeed | Datenschutz | Abmelden""", fmt="alt", vendor="Indeed",
  headers={"List-Unsubscribe": "<https://click.example/t/indeed-unsub>"},
  tags="indeed; talent pool without verdict; 'Ablehnen' button"),
I("personio-owner-hiring-notice", "other", "ats", "owner-hiring",
  "Personio <notifications@personio.de>",
  "Kandidat:in abgelehnt: Werkstudent:in Datenjournalismus",
  """Hallo Sam,

Du hast die Bewerbung von Milan Petrović für die Stelle Werkstudent:in Datenjournalismus (Calder Street Media) auf den Status "Abgelehnt" gesetzt. Die Absage-E-Mail (Vorlage "Absage nach Interview") wird in 2 Stunden versendet.

Rückgängig machen: https://click.example/t/personio-undo

Personio SE & Co. KG, München""", fmt="alt", vendor="Personio", to="Sam Taylor <sam.taylor@example.org>",
  tags="owner is hiring; HR-system notice about Sam's own requisition"),
# ---------------- others, personal ----------------
I("recruiter-followup-answer-invite", "other", "personal", "answer-to-owner-question",
  "Melanie Hartkopf <melanie.hartkopf@brandhorst-bank.example>",
  "AW: Nachfrage Bewerbung Product Owner Online Banking",
  """Hallo Sam Taylor,

nein, wir haben uns noch nicht für jemand anderen entschieden – im Gegenteil! Der Fachbereich möchte Sie gern zu einem zweiten Gespräch einladen. Hätten Sie am 19.11. um 14 Uhr Zeit?

Viele Grüße
Melanie Hartkopf
Brandhorst Bank AG

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Betreff: Nachfrage Bewerbung Product Owner Online Banking

Liebe Frau Hartkopf, ich wollte höflich nachfragen, ob Sie sich bereits für eine:n andere:n Kandidat:in entschieden haben. Viele Grüße, Sam Taylor""",
  reply=True, tags="answers 'have you chosen someone else?' with a second-round invite; opens with 'nein'"),
I("reply-to-owner-thankyou-after-absage", "other", "personal", "reply-to-owner-followup",
  "Sebastian Wirth <sebastian.wirth@kanzlerconsult.example>",
  "AW: Ihr Auswahltag bei Kanzler Consulting – Feedback",
  """Hallo Sam,

gern geschehen – und danke für Ihre faire Reaktion. Ich trage mir den Feedback-Call für Freitag 15 Uhr ein und schicke gleich eine Einladung.

Beste Grüße
Sebastian

> Lieber Herr Wirth, vielen Dank für die offene Rückmeldung, auch wenn es diesmal nicht geklappt hat. Ich würde das Feedbackgespräch sehr gern annehmen.
>
>> Deshalb haben wir uns entschieden, Ihnen kein Angebot zu machen.""",
  reply=True, tags="reply to Sam's follow-up; the rejection only in quotes"),
I("owner-hiring-colleague-absage", "other", "personal", "owner-hiring",
  "Jonas Feld <jonas.feld@example.org>",
  "Kandidat:innen Data Desk – Absagen raus?",
  """Hi Sam,

kurz zu den Kandidat:innen für den Data Desk: Frau Albers und Herrn Yilmaz würde ich absagen, das Profil passt nicht genau genug. Kannst du die Absagen heute noch rausschicken, oder soll ich das über Personio machen? Frau Roth würde ich gern in die zweite Runde nehmen.

Danke!
Jonas

Jonas Feld | Calder Street Media | Ressortleitung Daten""", tags="owner is hiring; colleague at example.org about rejecting candidates"),
I("wohnung-absage", "other", "personal", "non-job-rejection",
  "Hausverwaltung Brenner <vermietung@hv-brenner.example>",
  "Ihre Bewerbung für die Wohnung Lindenstraße 14, 3. OG",
  """Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung in der Lindenstraße 14. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Brenner GmbH
Tel. 089 555 3021""", tags="non-job; flat application rejected; 'Bewerbung' vocabulary"),
I("kreditkarte-abgelehnt", "other", "personal", "non-job-rejection",
  "Patrick Aigner <patrick.aigner@alpina-kreditbank.example>",
  "Ihr Antrag auf die Alpina Gold Card",
  f"""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihren Antrag auf die Alpina Gold Card. Nach Prüfung Ihrer Angaben können wir Ihrem Antrag leider nicht entsprechen. Diese Entscheidung beruht auf einer automatisierten Bonitätsprüfung (Art. 22 DSGVO); Sie haben das Recht, eine Überprüfung durch einen Mitarbeiter zu verlangen.

Mit freundlichen Grüßen
Patrick Aigner
Privatkundenberater | Alpina Kreditbank AG
Tel. +43 662 555 110""", tags="non-job; declined credit card by a bank adviser"),
I("angebot-vertrag", "other", "personal", "offer",
  "Dr. Ulrike Sommer <ulrike.sommer@quadrant-data.example>",
  "Vertragsangebot Lead Data Analyst",
  """Liebe:r Sam,

ich freue mich sehr, Ihnen im Namen der Geschäftsführung die Position als Lead Data Analyst anbieten zu dürfen! Den Vertragsentwurf finden Sie im Anhang-Link unten. Das Angebot gilt bis zum 27.11.; sollten wir bis dahin nichts von Ihnen hören, würden wir es als abgelehnt betrachten und mit anderen Kandidat:innen weitersprechen.

Vertragsentwurf: https://click.example/t/quadrant-contract

Herzliche Grüße
Ulrike Sommer
Quadrant Data GmbH | Geschäftsführerin
+49 30 555 7766""", tags="offer; expiry clause mentions 'abgelehnt' and other candidates"),
I("personalberater-pitch", "other", "personal", "recruiter-outreach",
  "Marco Heinemann <m.heinemann@talentbruecke.example>",
  "Neue Rolle – nach der Absage bei Kessler?",
  """Hallo Sam,

Henrike Vogelsang hat mir erzählt, dass es bei Kessler leider nicht geklappt hat – ärgerlich, aber vielleicht passt das hier sogar besser: Ein Versicherungskonzern in Köln sucht eine:n Leiter:in Konzerncontrolling, Start Q1 2027, Budget bis 140k.

Hätten Sie Donnerstag 20 Minuten für ein Telefonat?

Beste Grüße
Marco Heinemann
Talentbrücke Executive Search | +49 221 555 4040""", tags="recruiter pitch mentioning an earlier rejection"),
I("konferenz-vortrag-abgelehnt", "other", "personal", "non-job-rejection",
  "Programmkomitee DataDays DACH <cfp@datadays-dach.example>",
  "Ihre Einreichung \"Controlling mit dbt\" – Entscheidung",
  """Liebe:r Sam Taylor,

vielen Dank für Ihre Einreichung zu den DataDays DACH 2027. Wir hatten über 400 Vorschläge für 60 Slots. Leider konnten wir Ihren Vortrag "Controlling mit dbt" diesmal nicht ins Programm aufnehmen.

Als Dankeschön erhalten Sie 30 % Rabatt auf das Ticket: DDD27-SPEAKER

Herzliche Grüße
Das Programmkomitee""", tags="non-job; rejected conference talk"),
]
