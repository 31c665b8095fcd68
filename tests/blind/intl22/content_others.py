"""The 32 hard negatives of intl22 (16 ATS-style, 16 personal), as data for make_messages.py."""

O = "other"
SAM_SENDER = "Sam Taylor <sam.taylor@example.org>"

MESSAGES = [
    # ------------------------------------------------------------------ ATS-style
    {"slug": "workday-eingang-hedge", "label": O, "cat": "ack-received", "style": "ats", "vendor": "workday",
     "variant": "de-DE", "notes": "workday acknowledgement; hedges 'sollten wir Ihre Bewerbung nicht weiter berücksichtigen'",
     "frm": "Hanseatic Retail Group <hanseaticretail@myworkday.com>", "brand": "Hanseatic Retail Group",
     "subject": "Eingangsbestätigung Ihrer Bewerbung – Manager CRM & Loyalty (m/w/d)",
     "headers": {"Auto-Submitted": "auto-generated"},
     "text": """Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Manager CRM & Loyalty (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen nun sorgfältig, ob Ihr Profil zu den Anforderungen der Position passt. Aufgrund der Vielzahl an Bewerbungen kann dies einige Wochen in Anspruch nehmen. Sollten wir Ihre Bewerbung nicht weiter berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem [[Kandidatenprofil]] einsehen.

Mit freundlichen Grüßen
Talent Acquisition
Hanseatic Retail Group"""},

    {"slug": "successfactors-einladung-interview", "label": O, "cat": "interview-invite", "style": "ats", "vendor": "successfactors",
     "plain_mode": "html2text", "variant": "de-DE", "notes": "successfactors interview invitation; 'leider keine Reisekosten'; html2text plain",
     "frm": "Rheinmark Versicherung AG <noreply@successfactors.eu>", "brand": "Rheinmark Versicherung AG",
     "subject": "Einladung zum Vorstellungsgespräch – Manager Customer Insights (w/m/d)",
     "text": """## Einladung zum Vorstellungsgespräch

Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Manager Customer Insights (w/m/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Bitte wählen Sie über den folgenden Link einen Termin für ein etwa 60-minütiges Gespräch per MS Teams: [[Termin auswählen]]

Leider können wir Reisekosten für spätere Gespräche vor Ort nicht erstatten. Sollten Sie kein Interesse mehr an der Position haben, geben Sie uns bitte kurz Bescheid.

Freundliche Grüße
Ihr Recruiting-Team der Rheinmark Versicherung AG"""},

    {"slug": "softgarden-zwischenbescheid", "label": O, "cat": "status-update", "style": "ats", "vendor": "softgarden",
     "variant": "de-DE", "notes": "softgarden Zwischenbescheid; 'leider verzögert'; no decision yet",
     "frm": "Stadtwerke Lindenau GmbH <stadtwerke-lindenau@softgarden.io>", "brand": "Stadtwerke Lindenau GmbH",
     "subject": "Zwischenbescheid zu Ihrer Bewerbung als Referent Marketing (m/w/d)",
     "text": """Sehr geehrte*r Sam Taylor,

Sie haben sich bei uns als Referent Marketing (m/w/d) beworben. Leider verzögert sich das Auswahlverfahren aufgrund der hohen Anzahl an Bewerbungen und urlaubsbedingter Abwesenheiten.

Eine Entscheidung ist noch nicht gefallen. Wir bitten Sie daher noch um etwas Geduld und melden uns voraussichtlich bis Mitte des nächsten Monats bei Ihnen.

Wir danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke Lindenau GmbH"""},

    {"slug": "onlyfy-online-assessment", "label": O, "cat": "assessment", "style": "ats", "vendor": "onlyfy",
     "variant": "de-AT", "notes": "online test invitation; conditional 'leider nicht weiter berücksichtigen' if not completed",
     "frm": "Kärntner Sparverein Bank AG <no-reply@onlyfy.jobs>", "brand": "Kärntner Sparverein Bank AG",
     "subject": "Nächster Schritt: Online-Assessment zu Ihrer Bewerbung",
     "text": """Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Bewerbung als Produktmanager:in Digital Banking. Gerne möchten wir Sie im nächsten Schritt zu unserem Online-Assessment einladen. Der Test dauert ca. 45 Minuten und umfasst Aufgaben zu Zahlenverständnis, Logik und Arbeitsverhalten.

[[Zum Online-Assessment]]

Bitte schließen Sie den Test bis spätestens 7 Tage nach Erhalt dieser Nachricht ab. Bitte beachten Sie: Ohne vollständig absolvierten Test können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Viel Erfolg!
Ihr Recruiting-Team"""},

    {"slug": "personio-vertragsangebot", "label": O, "cat": "offer", "style": "ats", "vendor": "personio",
     "variant": "de-DE", "notes": "personio offer; du; mentions other candidates being declined",
     "frm": "Wellenreiter Software <noreply@jobs.personio.de>", "reply_to": "Jule Hartmann <jule@wellenreiter.example>",
     "brand": "Wellenreiter Software",
     "subject": "Dein Vertragsangebot als Head of Product Marketing 🎉",
     "text": """Hallo Sam,

wir freuen uns riesig: Wir möchten dir die Stelle als Head of Product Marketing bei Wellenreiter anbieten!

Im Anhang dieses Links findest du dein Vertragsangebot zur digitalen Unterschrift: [[Vertrag ansehen und unterschreiben]]. Das Angebot ist bis zum 20. November gültig. Wir haben allen anderen Kandidat:innen noch nicht abgesagt, bevor wir von dir hören – lass uns also gern bald wissen, wie du dich entscheidest.

Bei Fragen zu Gehalt, Benefits oder Startdatum melde dich jederzeit direkt bei mir.

Liebe Grüße
Jule aus dem People-Team"""},

    {"slug": "dvinci-talentpool-noverdict", "label": O, "cat": "talent-pool", "style": "ats", "vendor": "dvinci",
     "variant": "de-DE", "notes": "talent-pool invitation with no verdict; application stays active",
     "frm": "Gothaer Land Klinikverbund <karriere@glk.dvinci-hr.example>", "brand": "Gothaer Land Klinikverbund",
     "subject": "Werden Sie Teil unseres Talentpools",
     "text": """Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Referent*in Marketing und Fundraising. Ihre Bewerbung befindet sich derzeit in Prüfung; wir melden uns dazu separat bei Ihnen.

Unabhängig davon möchten wir Sie einladen, Teil unseres Talentpools zu werden. So können wir Sie auch bei zukünftigen Stellen, die zu Ihrem Profil passen, direkt ansprechen. Ihre laufende Bewerbung bleibt davon unberührt.

[[Ja, ich möchte in den Talentpool]]

Mit freundlichen Grüßen
Ihr Recruiting-Team"""},

    {"slug": "stepstone-jobalarm-expired", "label": O, "cat": "job-alert", "style": "ats", "vendor": "stepstone",
     "plain_mode": "html2text", "variant": "de-DE", "notes": "job alert; a saved (not applied) job 'nicht mehr verfügbar'",
     "frm": "StepStone Jobagent <jobagent@stepstone.de>", "brand": "StepStone",
     "subject": "12 neue Jobs für „Product Marketing Manager“ – und ein gemerkter Job ist abgelaufen",
     "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     "text": """Hallo Sam Taylor,

Ihr Jobagent hat 12 neue Stellen für Sie gefunden:

- [[Product Marketing Manager (m/w/d) – Ostwind Solar GmbH, Hamburg]]
- [[Senior Product Marketing Manager – Nexaro Cloud, Berlin]]
- [[Produktmarketing Manager:in – Brückner Haushaltsgeräte, Stuttgart]]
- [[Product Marketing Lead DACH – Flinkpay, remote]]

Hinweis zu Ihrer Merkliste: Der gemerkte Job „Brand Manager (m/w/d) – Talbach Foods“ ist leider nicht mehr verfügbar. Das Unternehmen hat die Anzeige deaktiviert.

[[Alle 12 Jobs ansehen]]

Ihr StepStone Team"""},

    {"slug": "indeed-bewerbung-gesendet", "label": O, "cat": "ack-received", "style": "ats", "vendor": "indeed",
     "variant": "de-DE", "notes": "indeed application sent; hedge about employers not replying",
     "frm": "Indeed Apply <indeedapply@indeed.com>", "brand": "Indeed",
     "subject": "Bewerbung gesendet: Marketing Manager (m/w/d) bei Grünland Bio GmbH",
     "headers": {"List-Unsubscribe": "<{unsub}>"},
     "text": """Ihre Bewerbung wurde an Grünland Bio GmbH gesendet.

Marketing Manager (m/w/d)
Grünland Bio GmbH – Freiburg im Breisgau

Gut zu wissen: Nicht alle Arbeitgeber antworten auf jede Bewerbung. Wenn Sie innerhalb von zwei Wochen nichts hören, bewerben Sie sich ruhig auch auf weitere Stellen.

[[Bewerbungsstatus ansehen]]"""},

    {"slug": "linkedin-bewerbung-angesehen", "label": O, "cat": "status-update", "style": "ats", "vendor": "linkedin",
     "plain_mode": "html2text", "variant": "de-DE", "notes": "linkedin 'Bewerbung wurde angesehen'; recommendations",
     "frm": "LinkedIn <jobs-noreply@linkedin.com>", "brand": "LinkedIn",
     "subject": "Ihre Bewerbung wurde angesehen von Polarstern Reisen",
     "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     "text": """Ihre Bewerbung wurde angesehen

Senior Brand Manager
Polarstern Reisen · Frankfurt am Main
Angesehen von Polarstern Reisen

Personaler:innen sehen sich Bewerbungen oft mehrmals an, bevor sie eine Entscheidung treffen. Bis dahin: Diese Jobs könnten Sie auch interessieren.

- [[Brand Manager – Aurum Kosmetik, Düsseldorf]]
- [[Head of Brand – Stadtmobil Nord, Hamburg]]

[[Bewerbungen verwalten]]"""},

    {"slug": "xing-newsletter-absagen", "label": O, "cat": "newsletter", "style": "ats", "vendor": "xing",
     "variant": "de-DE", "notes": "XING newsletter about handling rejections; full of rejection vocabulary",
     "frm": "XING Insider <newsletter@mail.xing.com>", "brand": "XING",
     "subject": "Absage bekommen? So reagierst du richtig",
     "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "List-Id": "<karriere-news.xing.com>"},
     "text": """## Karriere-News der Woche

Hallo Sam,

„Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben“ – diesen Satz hat fast jede:r schon einmal gelesen. Wir zeigen dir, wie du auf eine Absage souverän reagierst und warum eine kurze Dankesmail oft Türen öffnet.

- [[5 Formulierungen für die Antwort auf eine Absage]]
- [[Warum Unternehmen oft gar nicht absagen (Ghosting)]]
- [[Gehaltsverhandlung 2027: Was jetzt drin ist]]

Außerdem: 34 neue Jobs passend zu deinem Profil.

Dein XING Team"""},

    {"slug": "bank-karte-abgelehnt", "label": O, "cat": "non-job-rejection", "style": "ats", "vendor": "bank",
     "variant": "de-DE", "notes": "card payment declined; portal-style status table",
     "frm": "Nordlicht Direktbank <service@nordlicht-direktbank.example>", "brand": "Nordlicht Direktbank",
     "subject": "Kartenzahlung abgelehnt",
     "text": """Guten Tag Sam Taylor,

eine Zahlung mit Ihrer Kreditkarte wurde leider abgelehnt.

{table}

Grund: Das Tageslimit für Online-Zahlungen wurde überschritten. Sie können Ihr Limit jederzeit in der [[Banking-App]] anpassen. Falls Sie diese Zahlung nicht selbst veranlasst haben, sperren Sie Ihre Karte bitte umgehend unter 0800 000 1166.

Ihre Nordlicht Direktbank""",
     "table": [("Händler", "FERNREISEN24 GMBH"), ("Betrag", "1.248,00 EUR"), ("Karte", "Visa **** 4471"), ("Status", "Abgelehnt")]},

    {"slug": "konferenz-talk-abgelehnt", "label": O, "cat": "non-job-rejection", "style": "ats", "vendor": "plain-portal",
     "variant": "de-DE", "notes": "conference talk proposal not accepted (call for papers tool)",
     "frm": "Marketing Summit Leipzig <cfp@marketing-summit-leipzig.example>", "brand": "Marketing Summit Leipzig",
     "subject": "Ihre Einreichung „Insights, die keiner liest“ – Entscheidung des Programmkomitees",
     "text": """Hallo Sam Taylor,

vielen Dank für Ihre Einreichung „Insights, die keiner liest – und wie man das ändert“ zum Marketing Summit Leipzig 2027.

Wir haben in diesem Jahr über 420 Vorschläge für 38 Slots erhalten. Leider konnten wir Ihren Beitrag nicht in das Programm aufnehmen. Das Programmkomitee hat die Einreichungen anonymisiert bewertet; eine Begründung im Einzelfall können wir leider nicht geben.

Als Dankeschön erhalten Sie 30 % Rabatt auf Ihr Ticket mit dem Code CFP27.

Ihr Programmteam
Marketing Summit Leipzig"""},

    {"slug": "wohnung-absage-portal", "label": O, "cat": "non-job-rejection", "style": "ats", "vendor": "plain-portal",
     "variant": "de-DE", "notes": "flat application declined via property portal; 'anderen Interessenten entschieden'",
     "frm": "ImmoNest <nachrichten@immonest.example>", "brand": "ImmoNest",
     "subject": "Absage zu Ihrer Anfrage: 3-Zimmer-Wohnung, Lindenauer Str. 12",
     "headers": {"List-Unsubscribe": "<{unsub}>"},
     "text": """Hallo Sam Taylor,

der Anbieter hat auf Ihre Anfrage geantwortet:

„Guten Tag, vielen Dank für Ihr Interesse an der Wohnung und den Besichtigungstermin. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Interessenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche. Hausverwaltung Krüger & Sohn“

[[Ähnliche Wohnungen ansehen]]

Ihr ImmoNest-Team"""},

    {"slug": "personio-owner-hiring-absage", "label": O, "cat": "owner-hiring", "style": "ats", "vendor": "personio",
     "variant": "de-DE", "notes": "HR system notice to Sam as hiring manager at Calder Street Media; candidate rejected",
     "frm": "Personio <noreply@personio.de>", "brand": "Calder Street Media",
     "subject": "Kandidat:in abgelehnt: Lea Vogt – Werkstudent:in Social Media",
     "text": """Hallo Sam,

Tobias Kramer hat die Bewerbung von Lea Vogt für die Stelle Werkstudent:in Social Media (Calder Street Media) in den Status „Abgelehnt“ verschoben. Die Absage-E-Mail an die Kandidatin wird in 24 Stunden automatisch versendet.

{table}

[[Bewerbung in Personio öffnen]]

Du erhältst diese Benachrichtigung, weil du als Hiring Manager für diese Stelle eingetragen bist.""",
     "table": [("Stelle", "Werkstudent:in Social Media"), ("Phase", "Interview 1 → Abgelehnt"), ("Geändert von", "Tobias Kramer")]},

    {"slug": "rexx-weitergeleitet-andere-stelle", "label": O, "cat": "requisition-transfer", "style": "ats", "vendor": "rexx",
     "variant": "de-DE", "notes": "application transferred to another vacancy with consent request; no verdict on original",
     "frm": "Brückner Haushaltsgeräte GmbH <karriere@brueckner.rexx-recruitment.example>", "brand": "Brückner Haushaltsgeräte GmbH",
     "subject": "Ihre Bewerbung – Weiterleitung an eine weitere Stelle",
     "text": """Sehr geehrte*r Sam Taylor,

vielen Dank für Ihre Bewerbung als Produktmanager Einbaugeräte (m/w/d). Beim Sichten Ihrer Unterlagen ist uns aufgefallen, dass Ihr Profil auch sehr gut zu unserer neu ausgeschriebenen Stelle als Manager Consumer Insights (m/w/d) passen könnte.

Mit Ihrem Einverständnis würden wir Ihre Bewerbung zusätzlich an den zuständigen Fachbereich weiterleiten. Ihre ursprüngliche Bewerbung bleibt selbstverständlich weiterhin im Verfahren.

[[Einverständnis erteilen]]

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brückner Haushaltsgeräte GmbH"""},

    {"slug": "workday-rueckzug-bestaetigt", "label": O, "cat": "withdrawal-confirmation", "style": "ats", "vendor": "workday",
     "variant": "de-DE", "notes": "Sam withdrew; ATS confirms; status 'zurückgezogen'",
     "frm": "Nordhafen Logistik AG <nordhafen@myworkday.com>", "brand": "Nordhafen Logistik AG",
     "subject": "Bestätigung: Bewerbung zurückgezogen",
     "headers": {"Auto-Submitted": "auto-generated"},
     "text": """Guten Tag Sam Taylor,

hiermit bestätigen wir, dass Sie Ihre Bewerbung als Manager Marktforschung (m/w/d) (Referenz R-0049120) am heutigen Tag zurückgezogen haben. Ihre Bewerbung wird daher nicht weiter bearbeitet.

Wir bedauern Ihre Entscheidung, respektieren sie aber selbstverständlich. Sie können sich jederzeit erneut auf ausgeschriebene Stellen bewerben.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Nordhafen Logistik AG"""},

    # ------------------------------------------------------------------ personal
    {"slug": "mittelstand-einladung-gespraech", "label": O, "cat": "interview-invite", "style": "personal",
     "variant": "de-DE", "notes": "Mittelstand interview invitation; Sie; 'leider' about travel costs and parking",
     "frm": "Sabine Rothkegel <s.rothkegel@kaltenbach-maschinenbau.example>",
     "subject": "Einladung zum Vorstellungsgespräch – Produktmanager After Sales (m/w/d)",
     "text": """Sehr geehrte*r Sam Taylor,

vielen Dank für Ihre Bewerbung als Produktmanager After Sales (m/w/d). Wir würden Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Donnerstag, 19. November 2026, 10:00 Uhr
Kaltenbach Maschinenbau GmbH, Industriestraße 4, 73430 Aalen
Gesprächspartner: Herr Dieter Kaltenbach (Geschäftsführung), Frau Sabine Rothkegel (Personal)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Leider stehen auf unserem Gelände derzeit wegen Bauarbeiten keine Besucherparkplätze zur Verfügung; bitte nutzen Sie das Parkhaus am Bahnhof.

Mit freundlichen Grüßen

Sabine Rothkegel
Personalreferentin
Kaltenbach Maschinenbau GmbH
Tel. 07361 5580-212"""},

    {"slug": "berater-pitch-besetzt", "label": O, "cat": "recruiter-outreach", "style": "personal",
     "variant": "de-DE", "notes": "headhunter pitch; mentions an earlier role (not applied for) now filled; two new mandates",
     "frm": "Oliver Rademacher <o.rademacher@rademacher-consulting.example>",
     "subject": "Zwei neue Mandate – passt das zu Ihnen?",
     "text": """Guten Tag Sam Taylor,

wir hatten im Sommer kurz telefoniert – damals ging es um die Marketingleitung bei einem Hamburger Versandhändler, für die Sie sich nicht bewerben wollten. Die Stelle ist inzwischen besetzt, insofern war Ihre Entscheidung wohl richtig.

Ich melde mich, weil ich aktuell zwei Mandate betreue, die sehr gut zu Ihrem Profil passen könnten:

1. Director Insights & Strategy, Medienhaus in München (ca. 110–130 T€)
2. Head of Product Marketing, B2B-SaaS-Scale-up in Berlin (remote-first)

Hätten Sie Interesse an einem kurzen Austausch diese oder nächste Woche?

Beste Grüße
Oliver Rademacher
Rademacher Consulting GmbH
+49 40 6094 1120"""},

    {"slug": "colleague-absage-kandidatin", "label": O, "cat": "owner-hiring", "style": "personal",
     "variant": "de-DE", "notes": "colleague at example.org reports rejecting a candidate for Sam's team",
     "frm": "Tobias Kramer <tobias.kramer@example.org>",
     "subject": "Re: Junior Analyst – Kandidat:innen",
     "parent": True,
     "text": """Hi Sam,

habe Lea Vogt wie besprochen abgesagt, sie hat es gut aufgenommen. Jan Meier sagen wir nach dem zweiten Gespräch am Freitag ab, falls dein Eindruck sich nicht ändert – kurze Info an mich reicht.

Für Mittwoch habe ich die beiden anderen eingeladen, 14 und 15 Uhr, Raum Elbe.

Gruß
Tobias

Tobias Kramer
People & Culture | Calder Street Media"""},

    {"slug": "owner-sent-absage-kandidat", "label": O, "cat": "owner-sent", "style": "personal",
     "variant": "de-DE", "notes": "Sam's own sent rejection to a candidate",
     "frm": SAM_SENDER, "to": "Jan Meier <jan.meier@posteo.example>",
     "subject": "Ihre Bewerbung als Junior Analyst Insights",
     "text": """Hallo Herr Meier,

vielen Dank für die beiden Gespräche und Ihr Interesse an Calder Street Media.

Leider muss ich Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Die Entscheidung war knapp; Ihre Analyse der Reichweitendaten hat uns sehr gefallen, am Ende gab die Erfahrung mit Umfrage-Tools den Ausschlag.

Ich wünsche Ihnen für Ihre weitere Suche viel Erfolg.

Viele Grüße
Sam Taylor
Head of Insights | Calder Street Media"""},

    {"slug": "answer-to-followup-zweite-runde", "label": O, "cat": "answer-to-owner-question", "style": "personal",
     "variant": "de-DE", "notes": "answer to Sam's 'habt ihr euch schon für jemand anderen entschieden?': second-round invite",
     "frm": "Paula Winter <paula.winter@nordlicht-apps.example>", "client_html": True,
     "subject": "Re: Kurze Nachfrage – Product Marketing Manager",
     "parent": True,
     "text": """Hi Sam,

kein Grund, sich zu entschuldigen – im Gegenteil, danke fürs Nachhaken! Nein, wir haben uns noch für niemanden entschieden. Wir würden dich sogar gern zur zweiten Runde mit unserem CPO einladen. Passt dir Dienstag oder Mittwoch nächste Woche, jeweils nachmittags?

Liebe Grüße
Paula

Am Di., 3. Nov. 2026 um 08:51 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Paula,
>
> entschuldige, dass ich nachhake: Habt ihr euch für die Stelle als Product Marketing
> Manager schon für jemand anderen entschieden? Dann wüsste ich gern Bescheid.
>
> Viele Grüße
> Sam"""},

    {"slug": "reply-to-thanks-keep-in-touch", "label": O, "cat": "reply-to-owner-followup", "style": "personal",
     "variant": "de-CH", "notes": "recruiter answers Sam's thank-you to an earlier rejection; rejection only in the quote",
     "frm": "Reto Gasser <reto.gasser@limmatbank.example>",
     "subject": "AW: Ihre Bewerbung als Leiter/in Marketing Privatkunden",
     "parent": True, "parent_depth": 2,
     "text": """Grüezi Sam Taylor

Herzlichen Dank für Ihre freundliche Rückmeldung – das schätzen wir sehr. Sehr gerne bleiben wir in Kontakt; ich habe Ihr Profil mit Ihrem Einverständnis für künftige Vakanzen im Marketing vorgemerkt.

Freundliche Grüsse
Reto Gasser

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Freitag, 6. November 2026 11:02
An: Reto Gasser <reto.gasser@limmatbank.example>
Betreff: AW: Ihre Bewerbung als Leiter/in Marketing Privatkunden

Grüezi Herr Gasser

Danke für Ihre offene Rückmeldung, auch wenn ich mir natürlich ein anderes Ergebnis gewünscht hätte. Ich würde mich freuen, wenn Sie bei künftigen Stellen an mich denken.

Freundliche Grüsse
Sam Taylor

-----Ursprüngliche Nachricht-----
Von: Reto Gasser
Gesendet: Donnerstag, 5. November 2026 16:40
Betreff: Ihre Bewerbung als Leiter/in Marketing Privatkunden

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben."""},

    {"slug": "outlook-termin-abgelehnt", "label": O, "cat": "non-job-rejection", "style": "personal",
     "variant": "de-DE", "notes": "declined meeting invitation (Outlook) from a colleague",
     "frm": "Miriam Schult <miriam.schult@example.org>",
     "subject": "Abgelehnt: Jour fixe Q4-Planung Insights",
     "headers": {"X-MS-Exchange-Calendar-Series-Instance-Id": "0"},
     "wrap": False,
     "text": """Miriam Schult hat die Besprechung abgelehnt.

Leider kann ich am Donnerstag nicht, ich bin beim Kunden in Köln. Können wir das auf nächste Woche schieben?

Wann: Donnerstag, 12. November 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Wo: Raum Alster / Microsoft Teams"""},

    {"slug": "vermieter-absage-mail", "label": O, "cat": "non-job-rejection", "style": "personal",
     "variant": "de-DE", "notes": "private landlord declines rental application; 'Bewerbung' used for the flat", "charset": "iso-8859-1", "cte": "quoted-printable",
     "frm": "Gerda Lühmann <gerda.luehmann@t-online.example>",
     "subject": "Ihre Bewerbung für die Wohnung Eppendorfer Weg",
     "text": """Guten Tag,

vielen Dank für Ihre Bewerbung für die Wohnung im Eppendorfer Weg und den netten Besichtigungstermin am Samstag.

Leider müssen wir Ihnen absagen, wir haben uns für ein junges Paar entschieden, das schon länger im Viertel wohnt. Wir wünschen Ihnen viel Glück bei der weiteren Suche.

Freundliche Grüße
Gerda und Heinz Lühmann"""},

    {"slug": "fachzeitschrift-beitrag", "label": O, "cat": "non-job-rejection", "style": "personal",
     "variant": "de-DE", "notes": "trade journal declines Sam's article; Sie",
     "frm": "Redaktion absatzwirtschaft digital <redaktion@marktwort.example>",
     "subject": "Ihr Beitragsangebot „Marktforschung im Newsroom“",
     "text": """Sehr geehrte*r Sam Taylor,

haben Sie vielen Dank für Ihr Beitragsangebot „Marktforschung im Newsroom“ und das ausführliche Exposé.

Nach Abstimmung in der Redaktionskonferenz müssen wir Ihnen leider mitteilen, dass wir den Beitrag nicht annehmen können. Das Thema haben wir in Heft 9/2026 bereits ausführlich behandelt, und unser Themenplan für das erste Halbjahr 2027 ist abgeschlossen.

Gern können Sie uns künftig weitere Vorschläge senden.

Mit freundlichen Grüßen
Dr. Henrike Sauer
Chefredaktion Marktwort"""},

    {"slug": "foerderantrag-podcast", "label": O, "cat": "non-job-rejection", "style": "personal",
     "variant": "de-DE", "notes": "grant application for a podcast refused; Bescheid wording; PDF attached",
     "frm": "Medienförderung Nord e.V. <foerderung@medienfoerderung-nord.example>",
     "subject": "Förderbescheid – Antrag Nr. MFN-2026-311 „Datenfutter“",
     "attach": [("Bescheid_MFN-2026-311.pdf", "application/pdf", "%PDF-1.4\n% Bescheid (Platzhalter)\n%%EOF\n")],
     "text": """Sehr geehrte*r Sam Taylor,

der Vergabeausschuss hat in seiner Sitzung am 28. Oktober über Ihren Antrag auf Förderung des Podcast-Projekts „Datenfutter“ beraten.

Zu unserem Bedauern konnte Ihr Antrag in dieser Förderrunde nicht berücksichtigt werden. Die beantragten Mittel überstiegen das verfügbare Budget um ein Vielfaches. Den formalen Bescheid finden Sie im Anhang.

Eine erneute Antragstellung zur Frühjahrsrunde (Frist 15. März 2027) ist möglich.

Mit freundlichen Grüßen
Geschäftsstelle Medienförderung Nord e.V."""},

    {"slug": "noch-in-entscheidung", "label": O, "cat": "status-update", "style": "personal",
     "variant": "de-DE", "notes": "role briefly on hold internally but explicitly still deciding; Sam still in the process",
     "frm": "Heike Albers <heike.albers@wattenmeer-tourismus.example>",
     "subject": "Stand Ihrer Bewerbung – Leitung Marketing",
     "text": """Guten Tag Sam Taylor,

ich möchte Ihnen kurz einen Zwischenstand geben, damit Sie nicht im Ungewissen sind. Die Stelle ist derzeit intern noch in Abstimmung, weil der Aufsichtsrat den Stellenplan für 2027 erst am 25. November verabschiedet. Bis dahin ruht das Verfahren.

Eine Entscheidung gegen Sie ist damit ausdrücklich nicht gefallen – Sie sind weiterhin in der engeren Auswahl, und wir melden uns spätestens Ende November bei Ihnen.

Vielen Dank für Ihre Geduld.

Mit freundlichen Grüßen
Heike Albers
Personal
Wattenmeer Tourismus GmbH"""},

    {"slug": "referenzen-anfrage", "label": O, "cat": "references", "style": "personal",
     "variant": "de-AT", "notes": "reference request after final round; Austria",
     "frm": "Stefan Pichler <stefan.pichler@tauernbahn-media.example>",
     "subject": "Referenzen – letzte Runde",
     "text": """Liebe:r Sam Taylor,

danke für das sehr gute Gespräch mit unserer Geschäftsführung gestern. Wir sind jetzt in der finalen Phase und würden gerne mit zwei Referenzgeber:innen sprechen, idealerweise eine ehemalige Führungskraft.

Könnten Sie mir bis Freitag Namen und Kontaktdaten schicken? Es tut mir leid, dass es noch einen Schritt mehr ist – danach können wir Ihnen zeitnah eine Entscheidung mitteilen.

Liebe Grüße aus Salzburg
Stefan Pichler
Head of People, Tauernbahn Media GmbH
+43 662 87 11 40"""},

    {"slug": "friend-forwards-own-absage", "label": O, "cat": "forwarded", "style": "personal",
     "variant": "de-DE", "notes": "friend forwards her own rejection for advice",
     "frm": "Anna Krüger <anna.krueger@gmx.example>", "client_html": True,
     "subject": "Fwd: Ihre Bewerbung bei der Helmbrecht AG",
     "text": """Hey Sam,

schau mal, so eine Absage hab ich heute bekommen 🙈 Soll ich darauf überhaupt antworten? Du kennst dich doch mit sowas aus. Ich würde gern fragen, ob sie mir Feedback geben.

Anna

---------- Forwarded message ---------
Von: Helmbrecht AG Recruiting <recruiting@helmbrecht.example>
Date: Mi., 4. Nov. 2026 um 10:12 Uhr
Subject: Ihre Bewerbung bei der Helmbrecht AG
To: <anna.krueger@gmx.example>

Sehr geehrte Frau Krüger,

vielen Dank für Ihre Bewerbung als Controllerin. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.

Mit freundlichen Grüßen
Helmbrecht AG"""},

    {"slug": "swiss-vertragsangebot", "label": O, "cat": "offer", "style": "personal",
     "variant": "de-CH", "notes": "Swiss offer letter; 'leider' about salary band; ss spelling; PDF contract",
     "frm": "Nicole Hubacher <nicole.hubacher@alpsoft.example>",
     "subject": "Ihr Vertragsangebot – Head of Market Insights",
     "attach": [("Arbeitsvertrag_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Vertrag (Platzhalter)\n%%EOF\n")],
     "text": """Grüezi Sam Taylor

Wir freuen uns sehr, Ihnen nach den Gesprächen die Stelle als Head of Market Insights bei der Alpsoft AG anbieten zu dürfen! Den Arbeitsvertrag finden Sie im Anhang.

Leider konnten wir Ihrem Wunsch nach einem höheren Fixlohn nicht ganz entsprechen, da die Stelle an unser Lohnband gebunden ist. Wir haben das aber mit einem höheren Bonusanteil und zwei zusätzlichen Ferientagen ausgeglichen.

Wir bitten um Ihre Rückmeldung bis zum 27. November. Für Fragen bin ich jederzeit erreichbar.

Freundliche Grüsse

Nicole Hubacher
Leiterin HR
Alpsoft AG, Europaallee 12, 8004 Zürich
+41 44 500 12 80"""},

    {"slug": "kita-platz-absage", "label": O, "cat": "non-job-rejection", "style": "personal",
     "variant": "de-DE", "notes": "daycare place refused; waiting list", "charset": "iso-8859-1", "cte": "8bit",
     "frm": "Kita Sonnenblume <leitung@kita-sonnenblume.example>",
     "subject": "Ihre Anmeldung für einen Betreuungsplatz",
     "text": """Sehr geehrte Familie Taylor,

vielen Dank für Ihre Anmeldung für einen Krippenplatz zum 1. Februar 2027.

Leider können wir Ihnen für diesen Zeitpunkt keinen Platz anbieten, da alle Plätze bereits vergeben sind. Wir haben Sie auf unsere Warteliste (Platz 7) gesetzt und melden uns, sobald ein Platz frei wird.

Mit freundlichen Grüßen
Birgit Neumann
Kita-Leitung"""},

    {"slug": "termin-abgesagt-verschieben", "label": O, "cat": "reschedule", "style": "personal",
     "variant": "de-DE", "notes": "interview slot cancelled and moved; candidacy unaffected; subject says Absage",
     "frm": "Jasmin Özdemir <jasmin.oezdemir@kobaltblau.example>",
     "subject": "Absage Termin morgen – neuer Vorschlag",
     "text": """Hallo Sam,

ich muss unseren Termin morgen um 11 Uhr leider absagen – Felix, unser CMO, ist krank geworden. Sorry für die kurzfristige Absage!

Können wir das Gespräch für die Stelle als Brand Strategist auf Donnerstag, 15 Uhr, oder Freitag, 10 Uhr schieben? Am Prozess ändert sich nichts, wir freuen uns weiterhin sehr auf dich.

Viele Grüße
Jasmin
Kobaltblau GmbH · Talent"""},
]
