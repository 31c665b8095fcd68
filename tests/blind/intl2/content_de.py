"""German messages (18 rejections, 18 hard negatives; half ATS, half personal). Wording is data."""

FOOT_PERSONIO = """Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.

Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer [[Datenschutzerklärung für Bewerbende]].

{co} · {addr} · Amtsgericht {court}, {hrb} · Geschäftsführung: {gf}"""

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="kranichfeld-personio-sie", label="rejection", cat="ats-automated", style="ats",
     frm="Kranichfeld Logistik GmbH <no-reply@jobs.personio.de>",
     reply_to="Jana Vogt <jana.vogt@kranichfeld-logistik.example>",
     subject="Ihre Bewerbung als Senior Product Marketing Manager (m/w/d)",
     banner="Kranichfeld Logistik", enc="quoted-printable",
     body="""Guten Tag Sam Taylor,

vielen Dank für Ihr Interesse an Kranichfeld Logistik und die Zeit, die Sie in Ihre Bewerbung als Senior Product Marketing Manager (m/w/d) investiert haben.

Wir haben Ihre Unterlagen mit großem Interesse gelesen und sie mit den Anforderungen der Position abgeglichen. Nach reiflicher Überlegung sind wir zu dem Ergebnis gekommen, dass wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen werden.

Diese Entscheidung ist keine Bewertung Ihrer Person, sondern spiegelt allein wider, wie gut die einzelnen Profile zu den aktuellen Schwerpunkten des Teams passen.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung – antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Jana Vogt
Talent Acquisition""",
     footer=FOOT_PERSONIO.format(co="Kranichfeld Logistik GmbH", addr="Hafenweg 12, 28197 Bremen",
                                 court="Bremen", hrb="HRB 30412", gf="Dr. Anke Böhling, Malte Severin"),
     lab=("jana.vogt@kranichfeld-logistik.example", "Jana", "Kranichfeld Logistik", "Senior Product Marketing Manager"),
     notes="Personio; Reply-To person; 'im weiteren Verfahren nicht berücksichtigen werden'"),

dict(slug="brennwald-successfactors-formal", label="rejection", cat="ats-automated", style="ats",
     frm="Brennwald Versicherungsgruppe <recruiting-noreply@successfactors.eu>",
     subject="Ihre Bewerbung – Referenz 48817 – Referent Markenkommunikation (w/m/d)",
     banner="Brennwald Karriere", enc="base64", colour="#004b87",
     headers={"Auto-Submitted": "auto-generated"},
     body="""Sehr geehrte:r Sam Taylor,

wir bedanken uns für Ihre Bewerbung auf die Position Referent Markenkommunikation (w/m/d) in unserer Konzernzentrale in Köln.

Die Vielzahl der eingegangenen Bewerbungen und die hohe Qualifikation vieler Bewerberinnen und Bewerber haben uns die Auswahl nicht leicht gemacht. Im Ergebnis hat sich der Fachbereich für Kandidatinnen und Kandidaten entschieden, deren Werdegang den fachlichen Schwerpunkten der Stelle noch näher kommt.

Ihre Bewerbungsunterlagen werden gemäß den gesetzlichen Vorgaben sechs Monate nach Abschluss des Verfahrens gelöscht.

Sollten Sie Fragen zum Verfahren haben, erreichen Sie unser Recruiting-Center unter recruiting@brennwald-gruppe.example.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg viel Erfolg.

Ihr Recruiting-Team der Brennwald Versicherungsgruppe""",
     footer="""Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse können nicht bearbeitet werden.

Brennwald Versicherungsgruppe AG · Rheinufer 3 · 50668 Köln · Vorsitzender des Aufsichtsrats: Prof. Dr. Gernot Wallis · Vorstand: Ines Harkort (Vors.), Bernd Ollendorf · Sitz Köln, Amtsgericht Köln HRB 88120

[[Datenschutz]] · [[Impressum]]""",
     lab=("recruiting@brennwald-gruppe.example", "", "Brennwald Versicherungsgruppe", "Referent Markenkommunikation"),
     notes="SAP SuccessFactors; base64; team address in body; verdict as 'Fachbereich hat sich für Kandidat:innen entschieden, deren Werdegang ... näher kommt'"),

dict(slug="hafenlicht-softgarden-besetzt", label="rejection", cat="ats-automated", style="ats",
     frm="Hafenlicht Medien <noreply@softgarden.io>",
     subject="Rückmeldung zu Ihrer Bewerbung: Brand Manager (m/w/d)",
     banner="Hafenlicht Medien", enc="quoted-printable", colour="#c64600",
     body="""Hallo Sam Taylor,

zunächst einmal herzlichen Dank, dass Sie sich bei Hafenlicht Medien beworben haben.

Wir müssen Ihnen heute mitteilen, dass die Stelle als Brand Manager (m/w/d) inzwischen anderweitig vergeben wurde. Ihre Bewerbung können wir daher nicht weiter berücksichtigen.

Wenn Sie Lust haben, schauen Sie gerne regelmäßig auf unserer [[Karriereseite]] vorbei – es lohnt sich.

Ihre Ansprechpartnerin für Rückfragen:
Miriam Albers, People & Culture
miriam.albers@hafenlicht-medien.example
+49 40 5551 2280

Viele Grüße aus Hamburg
Ihr Hafenlicht-Team""",
     footer="""Sie erhalten diese Nachricht, weil Sie sich über softgarden bei Hafenlicht Medien GmbH beworben haben. Bitte antworten Sie nicht auf diese E-Mail.

[[Datenschutzhinweise]] | [[Bewerbung zurückziehen und Daten löschen]]

Hafenlicht Medien GmbH, Große Elbstraße 140, 22767 Hamburg, HRB 155 902""",
     lab=("miriam.albers@hafenlicht-medien.example", "Miriam", "Hafenlicht Medien", "Brand Manager"),
     notes="softgarden; 'anderweitig vergeben'; contact person in body"),

dict(slug="rotbuche-workday-stelle-gestrichen", label="rejection", cat="role-cancelled", style="ats",
     frm="Rotbuche Energie SE <rotbuche@myworkday.com>",
     subject="Information zu Ihrer Bewerbung (R-20931 Head of Growth Marketing)",
     banner="Rotbuche Energie", enc="base64", html_only=True, colour="#2f6b3a",
     body="""Sehr geehrte/r Sam Taylor,

wir danken Ihnen für Ihr Interesse an der Position R-20931 Head of Growth Marketing.

Im Zuge einer Neuausrichtung unseres Geschäftsbereichs Privatkunden wurde entschieden, diese Position bis auf Weiteres nicht zu besetzen. Das Auswahlverfahren wird deshalb für alle Bewerbenden eingestellt, und Ihre Bewerbung wird nicht weiterverfolgt.

Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können, und würden uns freuen, wenn Sie unsere künftigen Ausschreibungen im [[Rotbuche Karriereportal]] im Blick behalten.

Freundliche Grüße
Talent Acquisition
Rotbuche Energie SE""",
     footer="""Bitte antworten Sie nicht auf diese E-Mail; das Postfach wird nicht überwacht.

Rotbuche Energie SE, Am Kraftwerk 1, 45127 Essen. Vorsitz des Aufsichtsrats: Hanna Lichtblau. Vorstand: Dr. Tobias Renk (Vors.), Olga Petrasch. Sitz der Gesellschaft: Essen, Registergericht: Amtsgericht Essen, HRB 31877.

[[Datenschutz]]""",
     lab=("", "", "Rotbuche Energie", "Head of Growth Marketing"),
     notes="Workday; HTML-only base64; position not filled 'bis auf Weiteres'; no contact"),

dict(slug="nordlicht-greenhouse-du", label="rejection", cat="ats-automated", style="ats",
     frm="Nordlicht Apps <no-reply@us.greenhouse-mail.io>",
     reply_to="Timo Brandt <timo@nordlicht-apps.example>",
     subject="Update zu deiner Bewerbung bei Nordlicht Apps",
     banner="nordlicht", enc="quoted-printable", colour="#5b3cc4",
     body="""Hi Sam,

danke, dass du dir die Zeit für das Gespräch mit Lea und mir genommen hast – wir hatten echt Spaß an unserem Austausch über Onboarding-Funnels.

Wir haben uns die Entscheidung nicht leicht gemacht und uns am Ende dazu entschieden, den Prozess für die Rolle Lifecycle Marketing Lead mit dir nicht fortzusetzen. Gesucht haben wir am Ende jemanden, der schon tiefer in App-Store-Optimierung und Paid Social steckt.

Wenn du magst, geben wir dir gern noch ein kurzes Feedback am Telefon. Schreib mir einfach.

Alles Gute für dich!
Timo
Head of Marketing, Nordlicht Apps""",
     footer="""Nordlicht Apps GmbH · Torstraße 109 · 10119 Berlin

Du bekommst diese E-Mail im Rahmen deiner Bewerbung. [[Hier]] erfährst du, wie wir deine Daten verarbeiten.

Powered by Greenhouse""",
     lab=("timo@nordlicht-apps.example", "Timo", "Nordlicht Apps", "Lifecycle Marketing Lead"),
     notes="Greenhouse; du; Reply-To person; feedback offered"),

dict(slug="seidenbast-teamtailor-buried", label="rejection", cat="ats-automated", style="ats",
     frm="Seidenbast Mode <no-reply@teamtailor-mail.com>",
     reply_to="careers@seidenbast.example",
     subject="Danke für deine Bewerbung, Sam!",
     banner="SEIDENBAST", enc="quoted-printable", colour="#111111",
     body="""Hey Sam,

wow – mehr als 400 Menschen haben sich auf unsere Stelle als Content & Community Manager beworben, und jede einzelne Bewerbung wurde von uns gelesen. Dass du dabei warst, freut uns wirklich sehr. Uns ist klar, dass in so einer Bewerbung viel Arbeit steckt: Anschreiben feilen, Portfolio zusammenstellen, auf eine Antwort warten.

Gerade deshalb möchten wir dir offen sagen, wie es steht: In die nächste Runde nehmen wir diesmal andere Bewerber:innen mit. Dein Profil war stark, aber für diese Rolle haben uns Leute mit mehr Erfahrung im Bereich Creator-Partnerschaften noch etwas mehr überzeugt.

Wir bleiben gern in Kontakt – folge uns auf [[Instagram]] oder abonniere den [[Job-Alert]], wenn du magst.

Liebe Grüße
Dein Seidenbast People Team""",
     footer="""Seidenbast Mode GmbH · Glockengießerwall 8 · 20095 Hamburg
Du kannst nicht direkt auf diese Nachricht antworten. Fragen? careers@seidenbast.example

[[Datenschutz]] · [[Meine Daten verwalten]]""",
     lab=("careers@seidenbast.example", "", "Seidenbast Mode", "Content & Community Manager"),
     notes="Teamtailor; du; verdict after a paragraph of thanks; 'In die nächste Runde nehmen wir andere mit'; team Reply-To"),

dict(slug="quellwerk-smartrecruiters-table", label="rejection", cat="status-portal", style="ats",
     frm="Quellwerk Pharma <no-reply@smartrecruiters.com>",
     subject="Statusänderung Ihrer Bewerbung",
     banner="Quellwerk Pharma · Bewerberportal", enc="quoted-printable", colour="#00677f",
     table=[("Stelle", "Marketing Manager Consumer Health"), ("Standort", "Darmstadt"),
            ("Eingegangen am", "02.10.2026"), ("Aktueller Stand", "Nicht in die engere Wahl gekommen – Verfahren für Sie beendet")],
     table_after=2,
     body="""Guten Tag Sam Taylor,

der Status Ihrer Bewerbung bei der Quellwerk Pharma AG hat sich geändert:

Alle Details finden Sie jederzeit in Ihrem [[Bewerberkonto]].

Mit freundlichen Grüßen
Quellwerk Pharma AG – Human Resources""",
     footer="""Diese Benachrichtigung wurde automatisch erstellt. Antworten auf diese Nachricht werden nicht gelesen.
Quellwerk Pharma AG · Pfungstädter Str. 20 · 64297 Darmstadt · [[Datenschutz]] · [[Benachrichtigungen abbestellen]]""",
     lab=("", "", "Quellwerk Pharma", "Marketing Manager Consumer Health"),
     notes="SmartRecruiters; verdict only in an HTML table cell; no contact"),

dict(slug="lindgrund-recruitee-talentpool", label="rejection", cat="keep-on-file", style="ats",
     frm="Lindgrund Software <jobs@lindgrund.recruitee.com>",
     reply_to="Kerstin Maaß <kerstin.maass@lindgrund.example>",
     subject="Ihre Bewerbung bei Lindgrund Software: Product Marketing Specialist",
     enc="quoted-printable",
     body="""Liebe/r Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Product Marketing Specialist und das angenehme Telefonat letzte Woche.

Nach Rücksprache mit dem Fachbereich können wir Ihnen für diese Stelle leider keine Zusage geben: Für die Rolle brauchen wir eine Person, die bereits Produkte für Steuerberatungskanzleien vermarktet hat, und da sind andere Profile näher dran.

Ihr Werdegang hat uns trotzdem gefallen. Wenn Sie einverstanden sind, nehmen wir Sie gern in unseren Talentpool auf und melden uns, sobald eine passende Stelle frei wird – ein kurzes „Ja“ als Antwort genügt.

Beste Grüße
Kerstin Maaß
Recruiting & Employer Branding""",
     footer="""Lindgrund Software GmbH · Kaiserstraße 77 · 76133 Karlsruhe · HRB 712044 Mannheim
[[Datenschutzerklärung]] · Gesendet mit Recruitee""",
     lab=("kerstin.maass@lindgrund.example", "Kerstin", "Lindgrund Software", "Product Marketing Specialist"),
     notes="Recruitee; 'keine Zusage geben'; talent pool offered"),

dict(slug="ostwind-lever-cv-screen", label="rejection", cat="cv-screen", style="ats",
     frm="Ostwind Mobility <no-reply@hire.lever.co>",
     subject="Ostwind Mobility – Ihre Bewerbung als CRM Marketing Manager",
     enc="base64",
     body="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als CRM Marketing Manager bei Ostwind Mobility.

Wir haben Ihr Profil gründlich angeschaut. Zu einem Kennenlerngespräch werden wir Sie für diese Position allerdings nicht einladen, da wir für die Rolle vertiefte Kenntnisse in Braze und SQL voraussetzen, die wir in Ihren Unterlagen nicht gefunden haben.

Bei Fragen können Sie sich an unser Talent-Team wenden: talent@ostwind-mobility.example

Alles Gute und viele Grüße
Ihr Talent-Team von Ostwind Mobility""",
     footer="""Bitte nicht auf diese E-Mail antworten.
Ostwind Mobility GmbH, Leopoldstraße 244, 80807 München. [[Datenschutz]]""",
     lab=("talent@ostwind-mobility.example", "", "Ostwind Mobility", "CRM Marketing Manager"),
     notes="Lever; base64; 'werden wir Sie nicht einladen' verb-final; team address in body"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="fichtner-hm-nach-zweitgespraech", day="2026-11-27", label="rejection", cat="personal-after-interview", style="personal",
     frm="Dr. Ulrike Fichtner <ulrike.fichtner@weissdorn-analytics.example>",
     subject="Ihr Zweitgespräch bei Weißdorn Analytics",
     enc="8bit",
     body="""Guten Tag Sam Taylor,

nochmals vielen Dank für den Dienstag – das Gespräch mit Herrn Kessler und mir, vor allem Ihre Gedanken zur Positionierung unseres Reporting-Moduls, hat uns viel Stoff zum Nachdenken gegeben.

Wir haben in dieser Woche alle Eindrücke zusammengetragen und intensiv diskutiert. Am Ende haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre Produktmarketing für Krankenhaussoftware verantwortet hat; dieser Branchenbezug hat für uns letztlich den Ausschlag gegeben. Ich weiß, dass diese Nachricht nach zwei Gesprächsrunden enttäuschend ist, und möchte sie Ihnen deshalb persönlich schreiben.

Wenn Sie möchten, nehme ich mir gern 20 Minuten für ein Feedbackgespräch.

Mit herzlichen Grüßen
Ulrike Fichtner

Dr. Ulrike Fichtner
Director Product Marketing
Weißdorn Analytics GmbH
Theresienhöhe 28, 80339 München
Tel. +49 89 5550 7712""",
     lab=("ulrike.fichtner@weissdorn-analytics.example", "Ulrike", "Weißdorn Analytics", ""),
     notes="Sie; role not named; 'für eine Kandidatin entschieden'"),

dict(slug="jonas-founder-du-kurz", day="2026-11-04", label="rejection", cat="terse", style="personal",
     frm="Jonas Reinhold <jonas@kiezkasse.example>",
     subject="Re: Growth-Rolle bei Kiezkasse",
     reply=True, enc="8bit",
     body="""Hey Sam,

kurz und ehrlich: Wir machen mit jemand anderem weiter. Hat nichts mit dir zu tun, der andere Kandidat kommt halt direkt aus dem Fintech-Bereich.

Danke dir und viel Glück!
Jonas

--
Jonas Reinhold · Gründer Kiezkasse""",
     quote=("Am 03.11.2026 um 18:42 schrieb Sam Taylor <sam.taylor@example.org>:",
            """Hallo Jonas,

danke nochmal für das Gespräch heute! Ich freue mich auf eure Rückmeldung zur Growth-Rolle.

Viele Grüße
Sam"""),
     lab=("jonas@kiezkasse.example", "Jonas", "Kiezkasse", ""),
     notes="du; terse; In-Reply-To the owner's thank-you; role not named (only 'Growth-Rolle' in the subject)"),

dict(slug="kaltenbach-beratung-mandant", label="rejection", cat="agency", style="personal",
     frm="Florian Kaltenbach <f.kaltenbach@kaltenbach-executive.example>",
     subject="Rückmeldung Grauwacke Baustoffe – Leitung Marketing",
     enc="quoted-printable",
     body="""Guten Morgen Sam Taylor,

wie versprochen melde ich mich mit der Rückmeldung meines Mandanten, der Grauwacke Baustoffe AG, zur Position Leitung Marketing.

Die Geschäftsführung hat sich Ihr Profil und meine Notizen aus unserem Interview genau angesehen, möchte Sie aber nicht zum Zweitgespräch in Ulm einladen. Ausschlaggebend war, dass man intern großen Wert auf Erfahrung im Fachhandelsvertrieb legt – ein Punkt, den wir beide im Gespräch ja schon als mögliche Hürde angesprochen hatten.

Ich bedaure das, denn ich hätte Sie gern weiter begleitet. Lassen Sie uns gern in Kontakt bleiben; ich habe regelmäßig Mandate im Industriemarketing.

Beste Grüße
Florian Kaltenbach
Partner
Kaltenbach Executive Search GmbH
Königsallee 60, 40212 Düsseldorf
Mobil +49 171 5550 3391""",
     lab=("f.kaltenbach@kaltenbach-executive.example", "Florian", "Grauwacke Baustoffe", "Leitung Marketing"),
     notes="Sie; agency relays the client (company = client); 'möchte Sie nicht zum Zweitgespräch einladen'"),

dict(slug="sternbach-intern-besetzt", day="2026-11-04", label="rejection", cat="internal-candidate", style="personal",
     frm="Petra Holzinger <petra.holzinger@sternbach-reisen.example>",
     subject="Marketing Lead DACH – Stand der Dinge",
     enc="8bit",
     body="""Guten Tag Sam Taylor,

ich hatte Ihnen eine Rückmeldung bis Ende Oktober versprochen und bin leider ein paar Tage drüber – Entschuldigung dafür.

Die Position Marketing Lead DACH wird nun doch mit einer Kollegin aus unserem Wiener Büro nachbesetzt, die sich kurzfristig intern beworben hat. Damit ist das externe Verfahren für uns abgeschlossen, auch für Sie.

Es tut mir leid, dass es so gekommen ist, Ihr Gespräch mit unserem Vorstand war wirklich stark.

Herzliche Grüße aus Innsbruck
Petra Holzinger
HR Business Partner
Sternbach Reisen GmbH
T +43 512 555 208""",
     lab=("petra.holzinger@sternbach-reisen.example", "Petra", "Sternbach Reisen", "Marketing Lead DACH"),
     notes="Austria; internal candidate; 'das externe Verfahren ist abgeschlossen, auch für Sie'"),

dict(slug="moos-budgetstopp-du", day="2026-11-24", label="rejection", cat="role-cancelled", style="personal",
     frm="Katharina Moos <katharina@flinkfracht.example>",
     subject="Re: Kurze Nachfrage zur Brand-Stelle",
     reply=True, enc="quoted-printable",
     body="""Hi Sam,

danke für deine Nachfrage und sorry, dass du so lange nichts gehört hast.

Ich muss dir leider sagen: Die Stelle als Brand Lead liegt erstmal auf Eis. Unser Series-B-Closing verschiebt sich, und bis dahin gilt ein kompletter Einstellungsstopp. Wir haben deshalb alle offenen Prozesse für die Rolle beendet, deinen auch.

Wenn sich das im Frühjahr dreht, melde ich mich als Erstes bei dir – versprochen.

Liebe Grüße
Katharina
People Lead @ Flinkfracht""",
     quote=("Am Mo., 23. Nov. 2026 um 09:10 Uhr schrieb Sam Taylor <sam.taylor@example.org>:",
            """Hallo Katharina,

ich wollte mich kurz nach dem Stand zur Brand-Lead-Stelle erkundigen – gibt es schon Neuigkeiten?

Viele Grüße
Sam"""),
     lab=("katharina@flinkfracht.example", "Katharina", "Flinkfracht", "Brand Lead"),
     notes="du; role on hold (hiring freeze) in reply to the owner's follow-up"),

dict(slug="zuerich-case-praesentation", label="rejection", cat="personal-after-interview", style="personal",
     frm="Reto Gubler <reto.gubler@alpenfirn.example>",
     cc="Nadia Amstutz <nadia.amstutz@alpenfirn.example>",
     subject="Ihre Case-Präsentation – Product Marketing Manager",
     enc="base64",
     body="""Grüezi Sam Taylor

Herzlichen Dank für Ihre Präsentation vom Mittwoch und den Aufwand, den Sie in die Fallstudie gesteckt haben.

Wir haben im Gremium lange darüber gesprochen. Ihre Analyse des Wettbewerbs fanden wir überzeugend, beim Go-to-Market-Plan für den deutschen Markt blieben für uns aber zu viele Fragen offen. Aus diesem Grund sehen wir davon ab, Ihre Kandidatur für die Stelle als Product Marketing Manager weiterzuführen.

Ich danke Ihnen für die offene und angenehme Zusammenarbeit im Prozess und wünsche Ihnen für die weitere Suche alles Gute.

Freundliche Grüsse

Reto Gubler
Leiter Marketing
Alpenfirn AG
Seefeldstrasse 45, 8008 Zürich
+41 44 555 61 20""",
     lab=("reto.gubler@alpenfirn.example", "Reto", "Alpenfirn", "Product Marketing Manager"),
     notes="Swiss German (ss, Grüezi); base64; 'sehen wir davon ab, Ihre Kandidatur weiterzuführen'; HR in Cc"),

dict(slug="wien-mitbewerber", label="rejection", cat="personal-after-interview", style="personal",
     frm="Mag. Stefan Url <stefan.url@donaupark-immobilien.example>",
     subject="Ihre Bewerbung um die Stelle Leitung Kommunikation",
     enc="quoted-printable",
     body="""Sehr geehrte/r Sam Taylor,

ich darf mich im Namen der Geschäftsführung herzlich für Ihren Besuch in Wien und das ausführliche Gespräch bedanken.

Nach Abschluss aller Gespräche ist die Wahl auf einen Mitbewerber gefallen, der den österreichischen Immobilienmarkt aus langjähriger Tätigkeit kennt. Eine Zusage für die Stelle Leitung Kommunikation können wir Ihnen daher nicht erteilen.

Ihre Reisekosten erstatten wir selbstverständlich; bitte senden Sie die Belege bis Mitte Jänner an unsere Buchhaltung.

Mit freundlichen Grüßen
Mag. Stefan Url
Personalleitung
Donaupark Immobilien GmbH
Wagramer Straße 17, 1220 Wien
Tel.: +43 1 555 40 12""",
     lab=("stefan.url@donaupark-immobilien.example", "Stefan", "Donaupark Immobilien", "Leitung Kommunikation"),
     notes="Austrian ('Jänner'); 'Wahl auf einen Mitbewerber gefallen'; travel costs"),

dict(slug="zu-senior-kein-angebot", label="rejection", cat="overqualified", style="personal",
     frm="Melanie Schürmann <m.schuermann@blauweide.example>",
     subject="Ihre Bewerbung Junior Brand Manager",
     enc="8bit",
     body="""Guten Tag Sam Taylor,

danke für das offene Telefonat heute Vormittag.

Wie schon angedeutet, ist Ihr Profil für die Position Junior Brand Manager eigentlich deutlich zu erfahren. Wir haben ehrlich gesagt die Sorge, dass Sie sich in der Rolle nach wenigen Monaten unterfordert fühlen würden, und auch das Gehaltsband gibt nicht her, was Ihrer Erfahrung angemessen wäre. Deshalb werden wir den Prozess an dieser Stelle nicht fortsetzen.

Sollten wir im nächsten Jahr eine Senior-Rolle ausschreiben, spreche ich Sie gern direkt an.

Viele Grüße
Melanie Schürmann
Recruiterin, Blauweide Naturkosmetik GmbH
0221 555 93 41""",
     lab=("m.schuermann@blauweide.example", "Melanie", "Blauweide Naturkosmetik", "Junior Brand Manager"),
     notes="overqualified; 'werden wir den Prozess an dieser Stelle nicht fortsetzen'"),

dict(slug="probetag-latin1-du", label="rejection", cat="personal-after-interview", style="personal",
     frm="Ole Hansen <ole@wattwurm-studio.example>",
     subject="Nach deinem Probetag",
     charset="iso-8859-1", enc="8bit",
     body="""Moin Sam,

danke für deinen Probetag am Freitag! Das Team mochte dich sehr, und dein Briefing für die Kampagne war richtig gut durchdacht.

Wir haben trotzdem lange hin und her überlegt und sind am Ende zu dem Schluss gekommen, dass wir für die Stelle als Performance Marketing Manager jemanden brauchen, der schon tiefer in Google Ads und Attribution drinsteckt. Eine Zusage wird es von uns deshalb nicht geben. Das tut mir ehrlich leid, gerade weil es menschlich so gut gepasst hat.

Falls du Feedback zu deinem Briefing willst, ruf mich gerne an: 0431 555 7780.

Beste Grüße aus Kiel
Ole""",
     lab=("ole@wattwurm-studio.example", "Ole", "", "Performance Marketing Manager"),
     notes="du; ISO-8859-1 8bit; company only in the sender domain; 'Eine Zusage wird es nicht geben'"),

# ---------------------------------------------------------------- other, ATS
dict(slug="kupferberg-personio-eingang-hedge", label="other", cat="ack-hedging", style="ats",
     frm="Kupferberg Robotics <no-reply@jobs.personio.de>",
     subject="Eingangsbestätigung: Ihre Bewerbung als Product Marketing Lead (m/w/d)",
     banner="Kupferberg Robotics", enc="quoted-printable",
     body="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Lead (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sichten alle Bewerbungen sorgfältig und melden uns in der Regel innerhalb von drei Wochen. Sollten wir Ihre Bewerbung nicht weiter berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns – niemand bleibt bei uns ohne Antwort.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem [[Bewerberkonto]] einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Kupferberg Robotics""",
     footer=FOOT_PERSONIO.format(co="Kupferberg Robotics GmbH", addr="Industriestraße 4, 70565 Stuttgart",
                                 court="Stuttgart", hrb="HRB 770213", gf="Sebastian Kupferberg"),
     notes="acknowledgement that hedges ('Sollten wir ... nicht weiter berücksichtigen können, erhalten Sie eine Nachricht')"),

dict(slug="brennwald-successfactors-in-pruefung", label="other", cat="status-update", style="ats",
     frm="Brennwald Versicherungsgruppe <recruiting-noreply@successfactors.eu>",
     subject="Zwischenstand zu Ihrer Bewerbung – Referenz 49203",
     banner="Brennwald Karriere", enc="quoted-printable", colour="#004b87",
     body="""Sehr geehrte:r Sam Taylor,

wir möchten Sie kurz über den Stand Ihrer Bewerbung als Teamleitung Digitales Marketing informieren.

Aufgrund der großen Zahl an Bewerbungen dauert die Sichtung länger als geplant. Ihre Unterlagen liegen derzeit dem Fachbereich zur Prüfung vor; eine Entscheidung, ob wir Sie zu einem Gespräch einladen, ist noch nicht gefallen.

Wir bitten um etwas Geduld und melden uns voraussichtlich bis Mitte Dezember bei Ihnen.

Ihr Recruiting-Team der Brennwald Versicherungsgruppe""",
     footer="""Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse können nicht bearbeitet werden.

Brennwald Versicherungsgruppe AG · Rheinufer 3 · 50668 Köln · Amtsgericht Köln HRB 88120 · [[Datenschutz]]""",
     notes="still under review; 'Entscheidung ist noch nicht gefallen'; same company as a rejection"),

dict(slug="personio-owner-hiring-bewertung", label="other", cat="owner-is-hiring", style="ats",
     frm="Personio <notifications@personio.de>",
     subject="3 Bewerbungen warten auf Ihre Bewertung – Content Marketing Specialist",
     banner="Personio", enc="quoted-printable", colour="#1f2d3d",
     table=[("Kandidat:in", "Status / Aktion"), ("Lena Kowalski", "Interview 2 abgeschlossen – [Weiter] [Absagen]"),
            ("Mehmet Aydın", "Interview 2 abgeschlossen – [Weiter] [Absagen]"),
            ("Clara Jansen", "Absage vorbereitet – Versand ausstehend")],
     table_after=2,
     body="""Hallo Sam,

für Ihre Stelle „Content Marketing Specialist“ (Team Marketing, Example Org) warten Bewerbungen auf Ihre Entscheidung als Hiring Manager:

Für Clara Jansen liegt eine Absage im Entwurf vor. Bitte prüfen Sie den Text und geben Sie den Versand frei, damit die Kandidatin zeitnah Bescheid bekommt.

[[Zur Stelle in Personio]]""",
     footer="""Sie erhalten diese Benachrichtigung, weil Sie als Hiring Manager für diese Stelle eingetragen sind. [[Benachrichtigungseinstellungen]]

Personio SE & Co. KG · Seidlstraße 3 · 80335 München""",
     notes="owner is the hiring manager: HR system notice about rejecting candidates for Sam's own requisition"),

dict(slug="elbkai-softgarden-einladung", label="other", cat="interview-invite", style="ats",
     frm="Elbkai Verlag <noreply@softgarden.io>",
     reply_to="Svenja Roloff <svenja.roloff@elbkai-verlag.example>",
     subject="Einladung zum Vorstellungsgespräch – Marketing Manager Hörbuch",
     banner="Elbkai Verlag", enc="base64", colour="#8a1538",
     body="""Guten Tag Sam Taylor,

Ihre Bewerbung als Marketing Manager Hörbuch hat uns gefallen, und wir würden Sie gern persönlich kennenlernen.

Bitte wählen Sie über den folgenden Link einen Termin für ein etwa einstündiges Videogespräch mit unserer Programmleitung aus: [[Termin auswählen]]

Sollte keiner der Termine passen, melden Sie sich bitte bei mir; wir finden dann eine Lösung.

Wir freuen uns auf das Gespräch!

Svenja Roloff
Personalreferentin""",
     footer="""Elbkai Verlag GmbH & Co. KG · Palmaille 32 · 22767 Hamburg · [[Datenschutz]]
Diese E-Mail wurde über softgarden versendet.""",
     notes="interview invitation; softgarden base64"),

dict(slug="rotbuche-workday-requisition-transfer", label="other", cat="requisition-transfer", style="ats",
     frm="Rotbuche Energie SE <rotbuche@myworkday.com>",
     subject="Ihre Bewerbung wurde einer anderen Ausschreibung zugeordnet",
     banner="Rotbuche Energie", enc="quoted-printable", colour="#2f6b3a",
     body="""Sehr geehrte/r Sam Taylor,

die Ausschreibung R-20877 Marketing Manager Wärmepumpen, auf die Sie sich beworben haben, wurde mit der Ausschreibung R-21004 Senior Marketing Manager Wärmelösungen zusammengelegt.

Ihre Bewerbung haben wir deshalb automatisch der neuen Ausschreibung zugeordnet. Sie müssen nichts weiter tun: Ihr Bewerbungsprozess läuft ohne Unterbrechung weiter, und Ihre bisherigen Gesprächstermine bleiben bestehen.

Die alte Ausschreibung erscheint in Ihrem [[Kandidatenprofil]] als „geschlossen“ – das ist ein rein technischer Vorgang.

Freundliche Grüße
Talent Acquisition, Rotbuche Energie SE""",
     footer="""Bitte antworten Sie nicht auf diese E-Mail; das Postfach wird nicht überwacht.
Rotbuche Energie SE, Am Kraftwerk 1, 45127 Essen · [[Datenschutz]]""",
     notes="application moved to another requisition; old one shows 'geschlossen'; process continues"),

dict(slug="karrierepost-newsletter-absage", label="other", cat="newsletter", style="ats",
     frm="Karrierepost <redaktion@karrierepost.example>",
     subject="Karrierepost #47: Absage erhalten – und jetzt?",
     banner="Karrierepost · Der Newsletter für Ihren nächsten Schritt", enc="quoted-printable", colour="#e4572e",
     headers={"List-Unsubscribe": "<https://click.example/u/karrierepost-47>", "List-ID": "Karrierepost <news.karrierepost.example>", "Precedence": "bulk"},
     body="""Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist im Bewerbungsprozess so gefürchtet. Diese Woche widmen wir uns der Frage, was nach einer Absage zu tun ist.

1. Nicht sofort antworten: Schlafen Sie eine Nacht darüber. [[Warum das hilft]]
2. Feedback erbitten, aber richtig: drei Formulierungen, die Türen öffnen. [[Zu den Formulierungen]]
3. Kontakt halten: Wie aus einer Absage eine Empfehlung werden kann. [[Drei Erfahrungsberichte]]

Außerdem: Gehaltsverhandlung im Dezember – gute oder schlechte Idee?

Bis nächste Woche
Ihre Karrierepost-Redaktion""",
     footer="""Sie erhalten diesen Newsletter, weil Sie sich auf karrierepost.example angemeldet haben. [[Abmelden]] · [[Impressum]] · [[Datenschutz]]""",
     notes="newsletter about handling rejections"),

dict(slug="sparkasse-kreditanfrage", label="other", cat="non-job-rejection", style="ats",
     frm="Mainufer Bank eG <service@mainufer-bank.example>",
     subject="Entscheidung zu Ihrer Kreditanfrage Nr. 7720-1184",
     banner="Mainufer Bank", enc="quoted-printable", colour="#d10a11",
     body="""Guten Tag Sam Taylor,

vielen Dank für Ihre Anfrage zu einem Ratenkredit über 18.000 Euro.

Nach Prüfung Ihrer Angaben und der eingeholten Auskünfte können wir Ihrem Kreditantrag zum jetzigen Zeitpunkt nicht entsprechen. Ausschlaggebend war das Verhältnis von monatlicher Belastung zu Ihrem derzeit nachgewiesenen Einkommen.

Gern prüfen wir eine neue Anfrage, sobald sich Ihre Einkommenssituation verändert hat, etwa nach Aufnahme einer neuen Beschäftigung. Ihre Beraterin Frau Öztürk erreichen Sie unter 069 555 20 40.

Mit freundlichen Grüßen
Ihre Mainufer Bank eG""",
     footer="""Mainufer Bank eG · Sachsenhäuser Ufer 9 · 60594 Frankfurt am Main · Genossenschaftsregister GnR 4411 Frankfurt · [[Datenschutz]] · Bitte antworten Sie nicht auf diese E-Mail.""",
     notes="non-job: loan refused; mentions new employment"),

dict(slug="teamtailor-rueckzug-bestaetigt", label="other", cat="withdrawal-confirmation", style="ats",
     frm="Mühlstein Foods <no-reply@teamtailor-mail.com>",
     subject="Du hast deine Bewerbung zurückgezogen",
     banner="Mühlstein Foods", enc="quoted-printable", colour="#6b4f2a",
     body="""Hallo Sam,

hiermit bestätigen wir, dass du deine Bewerbung als Brand Marketing Manager bei Mühlstein Foods zurückgezogen hast.

Schade, dass wir uns nicht kennenlernen – wir respektieren deine Entscheidung natürlich. Deine Daten löschen wir wie angekündigt nach 30 Tagen.

Falls du es dir anders überlegst, kannst du dich jederzeit neu bewerben: [[Offene Stellen]]

Viele Grüße
Dein Mühlstein Team""",
     footer="""Mühlstein Foods GmbH · Mühlenweg 2 · 33602 Bielefeld · [[Datenschutz]]""",
     notes="the owner withdrew; no verdict from the company"),

dict(slug="greenhouse-vertragsangebot", label="other", cat="offer", style="ats",
     frm="Wolkenbruch Games <no-reply@us.greenhouse-mail.io>",
     reply_to="Anja Körber <anja.koerber@wolkenbruch.example>",
     subject="Dein Angebot von Wolkenbruch Games",
     banner="WOLKENBRUCH GAMES", enc="base64", colour="#222266",
     body="""Hallo Sam,

wir freuen uns riesig: Wir möchten dir die Stelle als Senior Marketing Manager anbieten!

Dein Vertragsangebot liegt zur Ansicht und digitalen Unterschrift bereit: [[Angebot ansehen]]

Die wichtigsten Eckdaten haben wir dir in unserem Gespräch am Montag schon genannt; im Dokument findest du alles im Detail. Das Angebot gilt bis zum 15. Dezember. Wenn du Fragen hast, erreichst du mich jederzeit.

Wir hoffen sehr, dass du Ja sagst!
Anja
People Partner""",
     footer="""Wolkenbruch Games GmbH · Schanzenstraße 6 · 51063 Köln · [[Datenschutz]]""",
     notes="offer"),

# ---------------------------------------------------------------- other, personal
dict(slug="kollegin-absagevorlage-finalisten", label="other", cat="owner-is-hiring", style="personal",
     frm="Birte Langhans <birte.langhans@example.org>",
     subject="Absagevorlage für die Finalist:innen Brand Manager",
     enc="8bit",
     body="""Hi Sam,

für die beiden Finalist:innen, die wir bei der Brand-Manager-Stelle nicht nehmen, bräuchten wir bis Freitag noch die Absage. Ich habe einen Entwurf gemacht, schau bitte kurz drüber, ob der Ton passt – du hast die beiden ja am längsten gesprochen:

---
Liebe Frau Riedel,
herzlichen Dank für die Gespräche und die Zeit, die Sie sich für uns genommen haben. Wir haben uns am Ende für eine andere Kandidatin entschieden. Diese Entscheidung ist uns wirklich schwergefallen …
---

Sollen wir ein Feedbackgespräch anbieten oder lieber nicht?

Danke dir!
Birte
People & Culture
Example Org""",
     notes="owner is hiring: colleague at example.org shares a rejection template for finalists"),

dict(slug="headhunter-alte-stelle-besetzt-neue", label="other", cat="recruiter-pitch-filled", style="personal",
     frm="Carsten Wiegand <c.wiegand@hanseatic-talents.example>",
     subject="Zwei neue Mandate, die zu Ihnen passen könnten",
     enc="quoted-printable",
     body="""Hallo Sam Taylor,

wir hatten im Sommer kurz über die Marketingleitung bei einem Hamburger Reiseveranstalter gesprochen – Sie hatten damals abgewunken, weil der Zeitpunkt nicht passte. Die Stelle ist inzwischen besetzt, aber ich habe gerade zwei neue Mandate auf dem Tisch, bei denen ich sofort an Sie denken musste:

• Head of Brand bei einem E-Bike-Hersteller in Lüneburg (remote-freundlich)
• Director Product Marketing bei einem SaaS-Anbieter für Logistik, Hamburg

Hätten Sie nächste Woche 15 Minuten für ein Telefonat?

Beste Grüße
Carsten Wiegand
Hanseatic Talents
+49 40 555 88 123""",
     notes="recruiter: an old role (the owner declined) is filled, pitching new ones"),

dict(slug="einladung-statt-absage", day="2026-12-02", label="other", cat="interview-invite", style="personal",
     frm="Gregor Palm <gregor.palm@silberdistel.example>",
     subject="Re: Stand meiner Bewerbung?",
     reply=True, enc="8bit",
     body="""Guten Tag Sam Taylor,

nein, ganz im Gegenteil – wir haben uns noch für niemanden entschieden, und Sie sind weiter mit im Rennen. Entschuldigen Sie die Funkstille, unser Marketingleiter war zwei Wochen im Urlaub.

Wir würden Sie gern zu einem zweiten Gespräch nach Freiburg einladen. Passt Ihnen der 10. Dezember um 14 Uhr?

Beste Grüße
Gregor Palm
Personalleitung, Silberdistel Outdoor GmbH
0761 555 3019""",
     quote=("Am 01.12.2026 um 08:55 schrieb Sam Taylor <sam.taylor@example.org>:",
            """Sehr geehrter Herr Palm,

seit unserem Gespräch sind drei Wochen vergangen. Darf ich fragen, ob Sie sich inzwischen für jemand anderen entschieden haben?

Viele Grüße
Sam Taylor"""),
     notes="interview invitation answering the owner's 'have you chosen someone else?'"),

dict(slug="wohnung-vergeben", label="other", cat="non-job-rejection", style="personal",
     frm="Hausverwaltung Rosenthal <vermietung@hv-rosenthal.example>",
     subject="Ihre Bewerbung für die Wohnung Lindenstraße 14, 2. OG",
     enc="quoted-printable",
     body="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Lindenstraße 14 und Ihre vollständigen Unterlagen.

Wir hatten über 60 Anfragen für diese Wohnung. Der Eigentümer hat sich inzwischen für andere Mietinteressenten entschieden, sodass wir Ihnen die Wohnung nicht anbieten können.

Gern nehmen wir Sie in unsere Interessentenkartei auf; bitte geben Sie uns dazu kurz Bescheid.

Mit freundlichen Grüßen
Sabine Rosenthal
Hausverwaltung Rosenthal
Tel. 0511 555 6620""",
     notes="non-job: flat rental ('Bewerbung für die Wohnung')"),

dict(slug="ruderclub-warteliste", label="other", cat="non-job-rejection", style="personal",
     frm="Ruderclub Alsterwelle e.V. <vorstand@rc-alsterwelle.example>",
     subject="Ihr Aufnahmeantrag",
     enc="8bit",
     body="""Liebe/r Sam Taylor,

danke für Ihren Aufnahmeantrag und das nette Probetraining im Oktober.

Der Vorstand hat in seiner Sitzung am Montag über alle Anträge beraten. Da unsere Bootskapazitäten im Breitensport derzeit ausgeschöpft sind, können wir Sie in dieser Saison leider nicht als ordentliches Mitglied aufnehmen. Wir haben Sie auf die Warteliste gesetzt (Platz 7) und melden uns, sobald ein Platz frei wird.

Sportliche Grüße
Henrike Claußen
2. Vorsitzende""",
     notes="non-job: club membership refused / waitlisted"),

dict(slug="freund-leitet-absage-weiter", day="2026-11-26", label="other", cat="forwarded", style="personal",
     frm="Lukas Ebert <lukas.ebert@posteo.example>",
     subject="Fwd: Ihre Bewerbung bei Tannhof Consulting",
     enc="quoted-printable",
     body="""Hey Sam,

guck mal, was heute kam. Ich ärgere mich ziemlich, weil ich dachte, das Interview lief gut. Du hast doch mal erzählt, dass du nach Absagen immer eine kurze Dankesmail schreibst – hast du eine Vorlage, die nicht schleimig klingt?

Bier diese Woche?
Lukas

---------- Weitergeleitete Nachricht ---------
Von: Tannhof Consulting <karriere@tannhof.example>
Datum: Mi., 25. Nov. 2026 um 16:02 Uhr
Betreff: Ihre Bewerbung bei Tannhof Consulting
An: Lukas Ebert <lukas.ebert@posteo.example>

Sehr geehrter Herr Ebert,

vielen Dank für Ihr Interesse. Nach eingehender Prüfung haben wir uns entschieden, Ihre Bewerbung als Junior Consultant nicht weiter zu verfolgen.

Mit freundlichen Grüßen
Tannhof Consulting""",
     notes="a friend's rejection forwarded to the owner"),

dict(slug="termin-verschieben", day="2026-12-01", label="other", cat="reschedule", style="personal",
     frm="Yvonne Dietz <yvonne.dietz@glasklar-software.example>",
     subject="Verschiebung unseres Gesprächs am Donnerstag",
     enc="8bit",
     body="""Hallo Sam Taylor,

leider muss ich unser Gespräch am Donnerstag um 11 Uhr absagen – unsere VP Marketing ist krank geworden, und ohne sie möchten wir das Gespräch nicht führen.

Die Stelle ist natürlich weiter offen und Sie sind weiter im Prozess. Hätten Sie am Dienstag, 8.12., um 10 Uhr oder am Mittwoch um 15 Uhr Zeit?

Entschuldigen Sie die kurzfristige Änderung!

Viele Grüße
Yvonne Dietz
Talent Partner, Glasklar Software""",
     notes="interview slot cancelled and moved; role still open"),

dict(slug="abwesenheitsnotiz-recruiterin", label="other", cat="auto-reply", style="personal",
     frm="Franziska Lehnert <franziska.lehnert@eichenhain-gruppe.example>",
     subject="Automatische Antwort: Ihre Bewerbung als Head of Content",
     headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     enc="quoted-printable",
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. Dezember nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an recruiting@eichenhain-gruppe.example.

Mit freundlichen Grüßen
Franziska Lehnert""",
     notes="out-of-office auto-reply"),

dict(slug="sam-dankt-nach-absage", day="2026-11-28", label="other", cat="owner-sent", style="personal",
     frm="Sam Taylor <sam.taylor@example.org>",
     to="Dr. Ulrike Fichtner <ulrike.fichtner@weissdorn-analytics.example>",
     subject="Re: Ihr Zweitgespräch bei Weißdorn Analytics",
     reply=True, enc="8bit",
     body="""Liebe Frau Dr. Fichtner,

vielen Dank für Ihre offene und persönliche Rückmeldung – das weiß ich sehr zu schätzen. Natürlich bin ich enttäuscht, aber der Branchenbezug ist ein nachvollziehbarer Grund.

Ihr Angebot für ein kurzes Feedbackgespräch nehme ich gern an. Wie wäre es mit Donnerstag, 10 Uhr?

Und falls sich künftig bei Weißdorn Analytics eine passende Stelle ergibt, würde ich mich freuen, wieder von Ihnen zu hören.

Viele Grüße
Sam Taylor""",
     quote=("Am 27.11.2026 um 17:20 schrieb Dr. Ulrike Fichtner <ulrike.fichtner@weissdorn-analytics.example>:",
            """Guten Tag Sam Taylor,

[...] Am Ende haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre Produktmarketing für Krankenhaussoftware verantwortet hat [...]"""),
     notes="the owner's own thank-you reply (From Sam), quoting a rejection"),
]
