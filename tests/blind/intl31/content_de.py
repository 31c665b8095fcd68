"""German-language messages (DE, AT, CH, one from German-speaking Belgium): 16 rejections, 16 hard negatives."""

BULK = {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

REJ = [
# ---------------------------------------------------------------- ATS-style rejections
dict(slug="de-stepstone-lindwurm-absage", cat="job-board-relay", country="DE", style="ats", vendor="stepstone",
     brand="StepStone", frm="StepStone <noreply@stepstone.example>", headers=BULK,
     subject="Neuigkeiten zu Ihrer Bewerbung bei Lindwurm Logistik GmbH",
     text="""Hallo Sam Taylor,

es gibt Neuigkeiten zu Ihrer Bewerbung, die Sie über StepStone versendet haben.

{table}

Nachricht des Arbeitgebers:

„Vielen Dank für Ihr Interesse an unserem Unternehmen. Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu den Anforderungen passt. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute."

Nicht aufgeben! Auf StepStone warten über 80.000 weitere Jobs auf Sie.

[[Ähnliche Jobs ansehen]]
[[Bewerbungsstatus verwalten]]""",
     table=[("Stelle", "Marketing Manager Content & Brand (m/w/d)"), ("Unternehmen", "Lindwurm Logistik GmbH"),
            ("Standort", "Hamburg"), ("Status", "Absage erhalten")],
     exp=("", "", "Lindwurm Logistik GmbH", "Marketing Manager Content & Brand (m/w/d)"),
     notes="stepstone relay; employer message quoted; bulk headers"),

dict(slug="de-personio-alpenfirn-bilingue", cat="bilingual", country="CH", style="ats", vendor="personio",
     brand="Alpenfirn Versicherungen AG", frm="Alpenfirn Versicherungen AG <noreply@jobs.personio.de>",
     headers=AUTO, subject="Ihre Bewerbung als Leiter*in Markenkommunikation / Votre candidature",
     text="""Guten Tag Sam Taylor

Vielen Dank für Ihre Bewerbung als Leiter*in Markenkommunikation und das Interesse an der Alpenfirn Versicherungen AG.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend waren insbesondere die sehr guten Französischkenntnisse auf Verhandlungsniveau, die für diese Funktion in der Romandie zwingend sind.

Für Fragen steht Ihnen Corinne Maillard (corinne.maillard@alpenfirn.example) gerne zur Verfügung.

Freundliche Grüsse
Corinne Maillard
HR Business Partner

---

Bonjour,

Nous vous remercions de votre candidature au poste de Responsable communication de marque. Après examen attentif, nous ne sommes malheureusement pas en mesure de la retenir. Nous vous souhaitons plein succès dans vos recherches.

Meilleures salutations
Corinne Maillard""",
     about="Alpenfirn Versicherungen AG · Bahnhofplatz 9 · 3011 Bern · www.alpenfirn.example",
     exp=("corinne.maillard@alpenfirn.example", "Corinne", "Alpenfirn Versicherungen AG", "Leiter*in Markenkommunikation"),
     notes="swiss; German then French version; contact address in body; 'ss' spelling"),

dict(slug="de-softgarden-donauwerk-talentpool", cat="keep-on-file", country="AT", style="ats", vendor="softgarden",
     brand="Donauwerk Energie", frm="Donauwerk Energie Karriere <donauwerk@softgarden.example>", headers=AUTO,
     subject="Rückmeldung zu Ihrer Bewerbung – Donauwerk Energie",
     text="""Sehr geehrte*r Sam Taylor,

danke, dass Sie sich die Zeit genommen haben, sich bei Donauwerk Energie zu bewerben. Wir wissen, wie viel Arbeit in einer guten Bewerbung steckt, und haben Ihre Unterlagen mit großem Interesse gelesen.

In den letzten Wochen haben wir für die Position Senior Product Marketing Manager E-Mobility viele qualifizierte Bewerbungen erhalten. Leider können wir Ihnen für diese Stelle keine Zusage geben. Diese Entscheidung ist uns nicht leichtgefallen und ist keine Bewertung Ihrer Person.

Gerne würden wir mit Ihnen in Kontakt bleiben. Dürfen wir Ihre Unterlagen für weitere 12 Monate in unserem Talentpool speichern? Wenn Sie zustimmen, klicken Sie bitte auf den untenstehenden Button. Ohne Ihre Zustimmung werden Ihre Daten nach Ablauf von sechs Monaten automatisch gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Donauwerk Energie""",
     button="Ja, ich möchte im Talentpool bleiben",
     about="Donauwerk Energie – seit 1921 Energie für Österreich. Ausgezeichnet als Leading Employer 2026.",
     exp=("", "", "Donauwerk Energie", "Senior Product Marketing Manager E-Mobility"),
     notes="austria; verdict in the middle; talent pool consent button"),

dict(slug="de-successfactors-uniklinik-pdf", cat="html-only-pdf", country="DE", style="ats", vendor="successfactors",
     brand="Universitätsklinikum Rheinaue", frm="Universitätsklinikum Rheinaue <noreply@successfactors.example>",
     headers=AUTO, html_only=True, cte="base64",
     subject="Ihre Bewerbung – Kennziffer 2026-0417",
     text="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

anbei erhalten Sie unser Schreiben zu Ihrer Bewerbung auf die Stelle Referent*in Unternehmenskommunikation (Kennziffer 2026-0417) als PDF-Dokument.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Ihre Unterlagen werden gemäß den Vorgaben des AGG nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Geschäftsbereich Personal
Universitätsklinikum Rheinaue""",
     about="Universitätsklinikum Rheinaue · Anstalt des öffentlichen Rechts · Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.",
     attach=[("Absage_2026-0417.pdf", "application/pdf", PDF)],
     exp=("", "", "Universitätsklinikum Rheinaue", "Referent*in Unternehmenskommunikation"),
     notes="klinik; HTML-only base64; letter also as PDF; generic salutation"),

dict(slug="de-xing-nachricht-brueckner", cat="platform-message", country="DE", style="ats", vendor="xing",
     brand="XING", frm="XING <mailrobot@mail.xing.example>", headers=BULK, h2t=True,
     subject="Jana Brückner hat Ihnen eine Nachricht geschickt",
     text="""Neue Nachricht von Jana Brückner
Talent Acquisition Partner bei Kornfeld Media Group

Hallo Sam,

danke nochmal für das nette Telefonat letzte Woche und Ihre Geduld. Ich habe inzwischen mit dem Fachbereich gesprochen: Wir haben uns für die Stelle als Head of Audience Development leider für eine andere Kandidatin entschieden, die schon länger im Verlagsumfeld arbeitet. Ich fand Ihr Profil wirklich spannend und würde mich freuen, wenn wir vernetzt bleiben.

Viele Grüße
Jana

[[Nachricht beantworten]]   [[Profil von Jana ansehen]]""",
     exp=("", "Jana", "Kornfeld Media Group", "Head of Audience Development"),
     notes="xing message notification; plain part auto-generated from HTML with link list; reply only via platform"),

dict(slug="de-workday-brenner-status", cat="status-portal", country="DE", style="ats", vendor="workday",
     brand="Brenner Versicherung", frm="Brenner Versicherung <brenner@myworkday.example>", headers=AUTO,
     subject="Statusänderung Ihrer Bewerbung R-10482",
     text="""Hallo Sam,

der Status Ihrer Bewerbung hat sich geändert.

{table}

Weitere Details finden Sie in Ihrem [[Kandidatenkonto]].

Ihr Talent-Acquisition-Team der Brenner Versicherung""",
     table=[("Stellenausschreibung", "R-10482 Produktmanager Digitale Versicherung (w/m/d)"),
            ("Bewerbungsdatum", "02.10.2026"), ("Status", "Abgeschlossen – nicht ausgewählt")],
     exp=("", "", "Brenner Versicherung", "Produktmanager Digitale Versicherung (w/m/d)"),
     notes="status table only; verdict is a status value"),

dict(slug="de-join-kieselkraft-besetzt", cat="role-filled", country="DE", style="ats", vendor="join",
     brand="Kieselkraft", frm="Kieselkraft via JOIN <no-reply@join.example>", headers=AUTO,
     subject="Update zu deiner Bewerbung als Growth Marketing Lead",
     text="""Hey Sam,

kurzes Update von uns: Die Stelle als Growth Marketing Lead bei Kieselkraft ist inzwischen besetzt. Wir haben uns sehr über deine Bewerbung gefreut und danken dir für dein Interesse an unserem Team.

Wir drücken dir die Daumen für die weitere Suche!

Liebe Grüße aus Leipzig
Das Kieselkraft-Team""",
     exp=("", "", "Kieselkraft", "Growth Marketing Lead"),
     notes="startup; du-form; 'ist inzwischen besetzt' only"),

dict(slug="de-arbeitsagentur-vermittlungsvorschlag", cat="placement-agency", country="DE", style="ats", vendor="arbeitsagentur",
     brand="Bundesagentur für Arbeit", frm="Jobsuche der Bundesagentur für Arbeit <noreply@jobsuche.arbeitsagentur.example>",
     headers=AUTO, h2t=True,
     subject="Rückmeldung zu Ihrem Vermittlungsvorschlag",
     text="""Guten Tag Sam Taylor,

zu dem Ihnen unterbreiteten Vermittlungsvorschlag liegt eine Rückmeldung des Arbeitgebers vor.

{table}

Der Arbeitgeber hat uns mitgeteilt, dass die Stelle anderweitig besetzt wurde. Eine Einstellung kommt daher nicht zustande. Sie müssen nichts weiter unternehmen.

Weitere passende Stellenangebote finden Sie in der [[Jobsuche]]. Bei Fragen wenden Sie sich bitte an Ihre Ansprechperson in der Arbeitsvermittlung.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit""",
     table=[("Arbeitgeber", "Saalbach Medienhaus GmbH"), ("Stellenangebot", "Kommunikationsmanager (m/w/d)"),
            ("Referenznummer", "10001-1193377701-S"), ("Ergebnis", "Stelle anderweitig besetzt")],
     exp=("", "", "Saalbach Medienhaus GmbH", "Kommunikationsmanager (m/w/d)"),
     notes="public employment service relay of an employer's answer; html2text plain"),

# ---------------------------------------------------------------- personal rejections
dict(slug="de-headhunter-kestrel-feedback", cat="headhunter", country="DE", style="personal",
     frm="Philipp Oehme <p.oehme@oehme-partner.example>",
     subject="Feedback Kestrel Pharma",
     text="""Hallo Sam,

wie versprochen melde ich mich direkt nach dem Call mit Kestrel Pharma. Um es kurz zu machen: leider keine guten Nachrichten. Dr. Hauser und das Team fanden das Gespräch am Dienstag sehr angenehm und Ihre Ideen zum Launch-Plan stark, haben sich aber am Ende für einen Kandidaten entschieden, der bereits zwei Markteinführungen im Rx-Bereich verantwortet hat. Das war für den Director Marketing Onkologie am Ende das Zünglein an der Waage.

Ich weiß, das ist nach drei Runden ärgerlich. Ich hatte den Eindruck, es war wirklich knapp, und ich sage das nicht nur so.

Lassen Sie uns gern nächste Woche telefonieren, ich habe zwei Mandate in der Pipeline, die eventuell besser passen.

Beste Grüße
Philipp Oehme

Oehme & Partner Executive Search
Königsallee 58 · 40212 Düsseldorf
T +49 211 555 0187 · M +49 171 555 2290""",
     exp=("p.oehme@oehme-partner.example", "Philipp", "Kestrel Pharma", "Director Marketing Onkologie"),
     notes="headhunter after three client interviews; verdict after the opening line"),

dict(slug="de-zeitarbeit-intern-besetzt", cat="agency-recruiter", country="DE", style="personal",
     frm="Melanie Kraus <melanie.kraus@flexwerk-personal.example>",
     subject="AW: Projektstelle Marketing Assistenz – Stand?",
     parent=True, parent_domain="example.org",
     text="""Guten Tag Sam Taylor,

danke für Ihre Nachfrage. Unser Kunde, die Nordheide Baustoffe KG, hat die Stelle Marketing Coordinator (Arbeitnehmerüberlassung) kurzfristig intern besetzt. Ihre Bewerbung kann deshalb dort nicht weiter berücksichtigt werden.

Ihr Profil bleibt bei uns aktiv, ich melde mich, sobald ich etwas Passendes habe.

Mit freundlichen Grüßen
Melanie Kraus
Personaldisponentin

FlexWerk Personal GmbH · Niederlassung Lüneburg
Tel. 04131 555 840

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 9. November 2026 10:12
An: Melanie Kraus <melanie.kraus@flexwerk-personal.example>
Betreff: Projektstelle Marketing Assistenz – Stand?

Hallo Frau Kraus,
gibt es schon Neuigkeiten vom Kunden? Ich wäre ab Dezember verfügbar.
Viele Grüße
Sam Taylor""",
     exp=("melanie.kraus@flexwerk-personal.example", "Melanie", "Nordheide Baustoffe KG", "Marketing Coordinator"),
     notes="zeitarbeit; client filled internally; reply above Outlook quote"),

dict(slug="de-hochschule-graz-lang", cat="long-letter", country="AT", style="personal",
     frm="Mag. Barbara Lechner <barbara.lechner@fh-murtal.example>",
     subject="Ihre Bewerbung – Leitung Hochschulmarketing (Ref. 44/2026)",
     text="""Sehr geehrte*r Sam Taylor,

im Namen der Auswahlkommission der Fachhochschule Murtal bedanke ich mich herzlich für Ihre Bewerbung auf die Stelle Leitung Hochschulmarketing (Ref. 44/2026) sowie für Ihre Teilnahme am Hearing am 14. Oktober.

Wie Sie wissen, hatten wir für diese Position eine außergewöhnlich große Zahl an Bewerbungen aus dem In- und Ausland. Die Kommission hat in zwei Sitzungen alle Kandidat*innen anhand der in der Ausschreibung genannten Kriterien bewertet, einschließlich der Präsentationen im Hearing und der Rückmeldungen der Studierendenvertretung.

Nach Abschluss dieses Verfahrens muss ich Ihnen leider mitteilen, dass die Wahl nicht auf Sie gefallen ist. Die Kommission hat sich für eine Bewerberin entschieden, die bereits Erfahrung mit der Akkreditierung und der Zusammenarbeit mit öffentlichen Fördergebern mitbringt.

Ich möchte betonen, dass Ihre Präsentation zur internationalen Studierendengewinnung sehr positiv aufgenommen wurde; mehrere Kommissionsmitglieder haben ausdrücklich Ihre klare Datenorientierung hervorgehoben. Sollten Sie Interesse an einem kurzen Feedbackgespräch haben, stehe ich Ihnen gern zur Verfügung.

Ihre Unterlagen werden entsprechend unseren Datenschutzbestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen

Mag. Barbara Lechner
Personalentwicklung & Recruiting
Fachhochschule Murtal GmbH
Hochschulstraße 3, 8720 Knittelfeld
+43 3512 555 410""",
     exp=("barbara.lechner@fh-murtal.example", "Barbara", "Fachhochschule Murtal", "Leitung Hochschulmarketing"),
     notes="hochschule; long letter; verdict in the middle; after hearing"),

dict(slug="de-kurz-anderweitig-vergeben", cat="terse", country="DE", style="personal",
     frm="Timo Reinhardt <timo@wolkenbruch-studio.example>",
     subject="Re: Nachfrage Bewerbung Brand Designer Lead",
     parent=True, parent_domain="example.org", client_html=True,
     text="""Hi Sam, sorry für die späte Antwort – wir haben die Stelle leider anderweitig vergeben. Dir trotzdem alles Gute!

Timo

Von meinem iPhone gesendet

> Am 12.11.2026 um 09:41 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Hallo Timo,
> ich wollte kurz nachhaken, ob es zur Stelle als Brand Designer Lead bei Wolkenbruch Studio schon etwas Neues gibt?
> Beste Grüße, Sam""",
     exp=("timo@wolkenbruch-studio.example", "Timo", "Wolkenbruch Studio", "Brand Designer Lead"),
     notes="very short reply from phone; Apple Mail quote carries role and company"),

dict(slug="de-zuerich-budgetstopp", cat="role-cancelled", country="CH", style="personal",
     frm="Reto Frischknecht <reto.frischknecht@seeland-bahnen.example>",
     subject="Head of Brand – aktueller Stand",
     text="""Grüezi Sam Taylor

Ich hoffe, Sie hatten einen guten Start in die Woche. Ich wollte mich persönlich melden, bevor Sie es über das Portal erfahren.

Die Geschäftsleitung hat letzte Woche beschlossen, die Stelle Head of Brand im Rahmen der Budgetplanung 2027 vorerst nicht zu besetzen. Wir ziehen die Ausschreibung deshalb zurück und schliessen das Verfahren für alle Kandidierenden ab. Mit Ihrer Leistung im Gespräch hat das nichts zu tun, im Gegenteil.

Falls die Stelle im nächsten Jahr wieder ausgeschrieben wird, würde ich mich direkt bei Ihnen melden, sofern Sie einverstanden sind.

Freundliche Grüsse
Reto Frischknecht
Leiter Kommunikation
Seeland Bahnen AG
+41 32 555 71 20""",
     exp=("reto.frischknecht@seeland-bahnen.example", "Reto", "Seeland Bahnen AG", "Head of Brand"),
     notes="swiss; role withdrawn by management (budget); rejection by label definition"),

dict(slug="de-recruiter-weiterleitung-fachbereich", cat="forwarded-by-recruiter", country="DE", style="personal",
     frm="Anika Sommer <anika.sommer@lumenfeld.example>",
     subject="WG: Feedback Taylor – Product Marketing Manager",
     text="""Hallo Sam,

ich leite Ihnen die Rückmeldung von Markus aus dem Fachbereich weiter, weil ich finde, dass Sie ein ehrliches Feedback verdient haben. Leider fällt die Entscheidung nicht zu Ihren Gunsten aus – wir werden den Prozess für die Stelle Product Marketing Manager SaaS mit Ihnen nicht fortsetzen.

Falls Sie Fragen haben, rufen Sie mich gern an: 089 555 31 70.

Viele Grüße
Anika Sommer
Recruiting · Lumenfeld Software GmbH

---------- Weitergeleitete Nachricht ---------
Von: Markus Engel <markus.engel@lumenfeld.example>
Datum: Do., 19. Nov. 2026 um 17:03
Betreff: Feedback Taylor – Product Marketing Manager
An: Anika Sommer <anika.sommer@lumenfeld.example>

Hi Anika,
Sam hat im Case gut strukturiert und präsentiert, Storytelling top. Für uns fehlt aber die Erfahrung im B2B-Enterprise-Vertrieb, vor allem Sales Enablement. Ich würde nicht weitergehen.
Gruß, Markus""",
     exp=("anika.sommer@lumenfeld.example", "Anika", "Lumenfeld Software GmbH", "Product Marketing Manager SaaS"),
     notes="recruiter forwards hiring manager's internal note with her own verdict on top"),

dict(slug="de-englische-nachfrage-deutsche-antwort", cat="mixed-language", country="DE", style="personal",
     frm="Katrin Vogt <katrin.vogt@hafenlicht.example>",
     subject="AW: Thank you – Senior CRM Manager interview",
     parent=True, parent_domain="example.org",
     text="""Hallo Sam,

vielen Dank für Ihre freundliche Mail – und entschuldigen Sie bitte, dass ich auf Deutsch antworte, das geht mir schneller von der Hand.

Wir haben gestern die letzten Gespräche geführt und uns im Team abgestimmt. Wir werden Ihnen für die Position Senior CRM Manager leider kein Angebot machen; die Entscheidung ist auf eine interne Kollegin gefallen, die das Projekt bereits kommissarisch leitet.

Es hat mich sehr gefreut, Sie kennenzulernen, und ich wünsche Ihnen viel Erfolg.

Herzliche Grüße
Katrin Vogt
Head of People
Hafenlicht Reisen GmbH | Große Elbstraße 145 | 22767 Hamburg

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.

From: Sam Taylor <sam.taylor@example.org>
Sent: Thursday, 5 November 2026 18:20
To: Katrin Vogt <katrin.vogt@hafenlicht.example>
Subject: Thank you – Senior CRM Manager interview

Dear Katrin,
Thank you again for your time today. I really enjoyed learning about the loyalty programme and would love to help build it.
Best regards,
Sam""",
     exp=("katrin.vogt@hafenlicht.example", "Katrin", "Hafenlicht Reisen GmbH", "Senior CRM Manager"),
     notes="German reply above Sam's English thank-you; English disclaimer; internal candidate"),

dict(slug="de-eupen-fallstudie", cat="after-assessment", country="BE", style="personal",
     frm="Guido Hilgers <g.hilgers@ostbelgien-tourismus.example>",
     subject="Ihre Fallstudie und unsere Entscheidung",
     text="""Sehr geehrte*r Sam Taylor,

herzlichen Dank für die Ausarbeitung der Fallstudie zur Winterkampagne und die Präsentation am Montag in Eupen. Das Team hat Ihre Analyse der Gästezahlen sehr geschätzt.

Wir haben uns nach reiflicher Überlegung entschieden, den Prozess für die Stelle Kampagnenmanager*in Tourismus mit einer anderen Kandidatin fortzusetzen, die zusätzlich fließend Niederländisch spricht – für unsere Märkte in Flandern und den Niederlanden ist das leider entscheidend.

Ich hätte Ihnen gern eine andere Nachricht geschrieben.

Mit besten Grüßen
Guido Hilgers
Direktor Marketing
Ostbelgien Tourismus VoG · Hauptstraße 54 · 4700 Eupen
+32 87 555 190

Dieses Schreiben ist auch auf Französisch erhältlich. / Ce courrier est également disponible en français.""",
     exp=("g.hilgers@ostbelgien-tourismus.example", "Guido", "Ostbelgien Tourismus VoG", "Kampagnenmanager*in Tourismus"),
     notes="german-speaking Belgium; after case study; 'continue the process with another candidate'"),
]

OTH = [
# ---------------------------------------------------------------- ATS-style hard negatives
dict(slug="de-personio-eingang-vorbehalt", cat="ack-received", country="DE", style="ats", vendor="personio",
     brand="Grauwacke Analytics GmbH", frm="Grauwacke Analytics GmbH <noreply@jobs.personio.de>", headers=AUTO,
     subject="Eingangsbestätigung Ihrer Bewerbung: Marketing Analytics Lead",
     text="""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Marketing Analytics Lead. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld. Sollten wir Ihre Bewerbung nicht weiter berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns – Sie bleiben also nicht ohne Antwort. Leider können wir keine telefonischen Auskünfte zum Stand einzelner Bewerbungen geben.

Beste Grüße
Ihr People-Team der Grauwacke Analytics GmbH""",
     notes="acknowledgement hedging 'if we cannot consider your application'"),

dict(slug="de-onlinetest-einladung", cat="assessment-invite", country="DE", style="ats", vendor="successfactors",
     brand="Falkenhorst Handel AG", frm="Falkenhorst Handel AG <noreply@successfactors.example>", headers=AUTO,
     subject="Nächster Schritt: Ihr Online-Test für die Stelle Category Marketing Manager",
     text="""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihre Bewerbung als Category Marketing Manager. Wir freuen uns, Ihnen mitzuteilen, dass Sie die erste Auswahlstufe erfolgreich abgeschlossen haben.

Im nächsten Schritt bitten wir Sie, bis zum 28.11.2026 unseren Online-Test (ca. 35 Minuten, Logik und Situational Judgement) zu absolvieren.

[[Zum Online-Test]]

Bitte beachten Sie: Leider können wir Bewerbungen ohne vollständig abgeschlossenen Test im weiteren Verfahren nicht berücksichtigen. Bei technischen Problemen antworten Sie bitte nicht auf diese E-Mail, sondern wenden Sie sich an support@testcenter.example.

Mit freundlichen Grüßen
Recruiting Falkenhorst Handel AG""",
     notes="online test invitation with conditional 'cannot consider' clause"),

dict(slug="de-zwischenbescheid-landesamt", cat="interim-notice", country="DE", style="ats", vendor="plain_org",
     brand="Landesamt für Digitales Sachsen-Anhalt", frm="Bewerbungsportal Landesamt <bewerbung@landesamt-digital.example>",
     headers=AUTO, h2t=True,
     subject="Zwischenbescheid – Ausschreibung 17/2026 Referent Öffentlichkeitsarbeit",
     text="""Sehr geehrte Bewerberinnen und Bewerber,

wir danken Ihnen für Ihre Bewerbung auf die Ausschreibung 17/2026.

Leider verzögert sich das Auswahlverfahren aufgrund der Beteiligung der Gremien (Personalrat, Gleichstellungsbeauftragte). Eine Entscheidung ist nicht vor Ende Januar 2027 zu erwarten. Ihre Bewerbung ist weiterhin im Verfahren; Sie erhalten nach Abschluss unaufgefordert eine Nachricht.

Wir bitten um Ihr Verständnis und sehen von Rückfragen bitte ab.

Im Auftrag
Referat Personal

[[Datenschutzhinweise gemäß Art. 13 DSGVO]]""",
     notes="public sector interim notice; 'leider' about delay; still in process"),

dict(slug="de-kredit-abgelehnt", cat="non-job-rejection", country="AT", style="ats", vendor="bank",
     brand="Bergbank Tirol", frm="Bergbank Tirol <service@bergbank-tirol.example>", headers=AUTO,
     subject="Ihr Kreditantrag Nr. 2026-88412",
     text="""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihr Interesse an unserem Online-Konsumkredit und das entgegengebrachte Vertrauen.

Nach sorgfältiger Prüfung Ihres Antrags müssen wir Ihnen leider mitteilen, dass wir Ihnen derzeit kein Kreditangebot unterbreiten können. Diese Entscheidung beruht auf einer automatisierten Bonitätsbewertung; Sie haben gemäß Art. 22 DSGVO das Recht, eine Überprüfung durch einen Mitarbeiter zu verlangen.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und stehen Ihnen für Rückfragen gerne zur Verfügung.

Freundliche Grüße
Ihre Bergbank Tirol""",
     notes="loan declined; rejection wording, no job"),

dict(slug="de-wohnung-absage", cat="non-job-rejection", country="DE", style="ats", vendor="immo",
     brand="Wohnraumfinder", frm="Wohnraumfinder <nachrichten@wohnraumfinder.example>", headers=BULK,
     subject="Absage: 3-Zimmer-Wohnung, Prenzlauer Berg",
     text="""Hallo Sam Taylor,

der Anbieter hat auf Ihre Anfrage zum Objekt „Helle 3-Zimmer-Wohnung mit Balkon, Prenzlauer Berg“ geantwortet:

„Sehr geehrte Interessentin, sehr geehrter Interessent, vielen Dank für Ihre Bewerbung und die eingereichten Unterlagen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Suche."

[[Ähnliche Wohnungen ansehen]]""",
     notes="flat application declined; literally 'Bewerbung' and 'andere ... entschieden'"),

dict(slug="de-stepstone-jobalert", cat="job-alert", country="DE", style="ats", vendor="stepstone",
     brand="StepStone", frm="StepStone Jobagent <jobagent@stepstone.example>", headers=BULK, h2t=True,
     subject="7 neue Jobs für „Product Marketing Manager“ in Berlin",
     text="""Hallo Sam,

Ihr Jobagent hat neue passende Stellen gefunden:

- [[Product Marketing Manager (m/w/d)]] – Tannhain Software, Berlin
- [[Senior Brand Manager]] – Kupferkessel Getränke, Berlin
- [[Head of Content (w/m/d)]] – Ostwind Verlag, Potsdam
- [[Marketing Lead DACH]] – Brightlane GmbH, Berlin

Ratgeber: [[Absage erhalten? So nutzen Sie das Feedback für Ihre nächste Bewerbung]]

Viel Erfolg bei Ihrer Jobsuche!
Ihr StepStone-Team""",
     notes="job alert; advice article title mentions Absage"),

dict(slug="de-teamtailor-einladung-gespraech", cat="interview-invite", country="AT", style="ats", vendor="teamtailor",
     brand="Murtaler Käsehof", frm="Murtaler Käsehof <karriere@teamtailor.example>", headers=AUTO,
     footer=["Gesendet über Teamtailor · Datenschutz: {privacy}", "Abmelden: {unsub}"],
     subject="Einladung zum Vorstellungsgespräch – E-Commerce Manager",
     text="""Liebe*r Sam,

vielen Dank für deine Bewerbung als E-Commerce Manager. Leider hat es mit dem ursprünglich angedachten Termin am Mittwoch nicht geklappt, da unser Geschäftsführer verreist ist – umso mehr freuen wir uns, dich nun zu einem persönlichen Vorstellungsgespräch einzuladen.

Bitte wähle über den folgenden Link einen passenden Termin aus:

[[Termin auswählen]]

Das Gespräch dauert ca. 60 Minuten und findet in unserer Zentrale in Judenburg statt.

Bis bald!
Sophie vom Murtaler Käsehof""",
     notes="interview invitation opening with 'Leider ... nicht geklappt' about a date"),

dict(slug="de-personio-eigene-stelle-absage", cat="owner-hiring", country="DE", style="ats", vendor="personio",
     brand="Calder Street Media", frm="Calder Street Media <noreply@jobs.personio.de>", to="Sam Taylor <sam.taylor@example.org>",
     headers=AUTO, subject="Absage versendet: Jonas Weber – Junior Content Manager",
     text="""Hallo Sam,

die folgende Absage wurde soeben in deinem Namen versendet:

{table}

Versendeter Text:
„Hallo Jonas, vielen Dank für deine Bewerbung als Junior Content Manager. Leider haben wir uns entschieden, mit anderen Kandidat*innen weiterzumachen. Wir wünschen dir alles Gute. Viele Grüße, Sam Taylor"

[[Kandidatenprofil öffnen]]""",
     table=[("Kandidat", "Jonas Weber"), ("Stelle", "Junior Content Manager"), ("Phase", "Abgelehnt"),
            ("Absender", "Sam Taylor (Hiring Manager)")],
     notes="HR system notice of Sam's own sent rejection to a candidate"),

# ---------------------------------------------------------------- personal hard negatives
dict(slug="de-terminabsage-krank", cat="reschedule", country="DE", style="personal",
     frm="Lea Brandt <lea.brandt@sonnenfeld-energie.example>",
     subject="Absage unseres Termins morgen – neuer Vorschlag",
     text="""Hallo Sam,

leider muss ich unser Gespräch morgen um 10 Uhr absagen, ich liege mit Fieber flach. Das tut mir wirklich leid, gerade weil wir es schon einmal verschoben hatten.

Ihre Bewerbung als Brand Manager ist davon natürlich nicht betroffen – wir möchten Sie unbedingt kennenlernen. Würde Ihnen Donnerstag, 14 Uhr, oder Freitag, 9:30 Uhr, passen?

Viele Grüße
Lea Brandt
Talent Acquisition · Sonnenfeld Energie GmbH
0221 555 6610""",
     notes="appointment cancelled; candidacy explicitly unaffected"),

dict(slug="de-headhunter-neues-mandat", cat="recruiter-outreach", country="CH", style="personal",
     frm="Nicole Baumann <nicole.baumann@gipfel-search.example>",
     subject="Neues Mandat: CMO Scale-up Basel",
     text="""Hallo Sam

Wir hatten letztes Jahr Kontakt, als Sie dem Angebot der Rheinblick AG abgesagt hatten – ich habe das damals sehr gut verstanden.

Ich habe aktuell ein neues Mandat, das Sie interessieren könnte: CMO bei einem profitablen Medtech-Scale-up in Basel (120 MA, Series C). Die Stelle ist neu geschaffen, Reporting an den CEO.

Hätten Sie diese oder nächste Woche 20 Minuten für ein vertrauliches Gespräch? Falls es gerade nicht passt, ist das natürlich kein Problem.

Beste Grüsse
Nicole Baumann
Partner · Gipfel Executive Search · +41 61 555 44 02""",
     notes="headhunter pitch; mentions Sam declining an earlier offer"),

dict(slug="de-kollege-kandidaten-abgesagt", cat="owner-hiring", country="DE", style="personal",
     frm="Felix Hartmann <felix.hartmann@example.org>",
     subject="Absagen 2. Runde Social Media Editor erledigt",
     text="""Hi Sam,

kurze Info: Ich habe heute den drei Kandidat*innen aus der zweiten Runde für den Social Media Editor abgesagt, wie am Montag besprochen. Bei Frau Okafor habe ich angeboten, sie für künftige Stellen im Talentpool zu behalten, sie war ja wirklich knapp dran.

Die Zusage an Lina geht raus, sobald du den Vertrag freigegeben hast.

LG Felix""",
     notes="colleague at example.org; Sam's own hiring"),

dict(slug="de-antwort-auf-nachfrage-zweite-runde", cat="answer-to-owner-question", country="AT", style="personal",
     frm="Stefan Pichler <stefan.pichler@alpenglueck.example>",
     subject="Re: Haben Sie sich bereits für jemand anderen entschieden?",
     parent=True, parent_domain="example.org",
     text="""Sehr geehrte*r Sam Taylor,

nein, ganz im Gegenteil! Entschuldigen Sie die lange Funkstille, wir hatten intern eine Umstrukturierung. Wir würden Sie sehr gern zur zweiten Runde für die Stelle Marketing Manager Direktvertrieb einladen – passt Ihnen der 3. Dezember um 11 Uhr in Salzburg?

Mit freundlichen Grüßen
Stefan Pichler
Alpenglück Naturkosmetik GmbH

Am 24.11.2026 um 08:55 schrieb Sam Taylor:
> Sehr geehrter Herr Pichler,
> ich habe seit unserem ersten Gespräch nichts mehr gehört und wollte fragen, ob Sie sich bereits für jemand anderen entschieden haben. Eine kurze Rückmeldung wäre sehr nett.
> Viele Grüße, Sam Taylor""",
     notes="answer to Sam's 'have you chosen someone else?': invitation to round two"),

dict(slug="de-antwort-auf-dank-nach-absage", cat="reply-to-owner-followup", country="DE", style="personal",
     frm="Julia Neumann <julia.neumann@tannhain.example>",
     subject="Re: Danke für Ihre Rückmeldung",
     parent=True, parent_domain="example.org", parent_depth=2,
     text="""Liebe*r Sam Taylor,

das ist wirklich nett von Ihnen, danke! Sie müssen sich für nichts entschuldigen. Ich habe Ihr Profil markiert und melde mich, sobald wir im Frühjahr das Team erweitern.

Herzliche Grüße
Julia Neumann

> Liebe Frau Neumann,
> vielen Dank für die offene Absage und das Feedback. Bitte denken Sie an mich, wenn wieder etwas frei wird.
> Sam Taylor
>
>> Leider haben wir uns für eine andere Kandidatin entschieden, die mehr Erfahrung im Bereich Fintech mitbringt.""",
     notes="reply to Sam's thank-you; rejection only in the quote"),

dict(slug="de-referenzen-finale-phase", cat="reference-request", country="DE", style="personal",
     frm="Hannah Roth <hannah.roth@kupferkessel.example>",
     subject="Referenzen – finale Phase Senior Brand Manager",
     text="""Hallo Sam,

danke für das tolle Gespräch mit unserer Geschäftsführung. Sie sind jetzt in der finalen Phase – gemeinsam mit einer weiteren Person.

Bevor wir eine Entscheidung treffen, würden wir gern zwei Referenzen einholen, idealerweise von einer früheren Führungskraft. Keine Sorge: Ohne Ihr Einverständnis kontaktieren wir niemanden, und wir sagen niemandem ab, bevor wir mit Ihnen gesprochen haben.

Könnten Sie mir bis Freitag zwei Kontakte schicken?

Beste Grüße
Hannah Roth
Kupferkessel Getränke GmbH · People & Culture""",
     notes="reference request; final stage"),

dict(slug="de-freundin-weitergeleitete-absage", cat="forwarded", country="DE", style="personal",
     frm="Miriam Schulz <miri.schulz@posteo.example>",
     subject="WG: Ihre Bewerbung bei Sternwarte Consulting",
     text="""Sam!! Schau mal, was ich heute bekommen hab 🙄 Nach VIER Runden. Hast du Lust, am Samstag einen Wein trinken zu gehen und mich aufzubauen?

Miri

-------- Weitergeleitete Nachricht --------
Betreff: Ihre Bewerbung bei Sternwarte Consulting
Datum: Tue, 17 Nov 2026 16:02:11 +0100
Von: Sternwarte Consulting <jobs@sternwarte.example>
An: Miriam Schulz <miri.schulz@posteo.example>

Sehr geehrte Frau Schulz,
leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als Senior Consultant nicht weiter berücksichtigen können.
Mit freundlichen Grüßen
Sternwarte Consulting""",
     notes="friend forwards her own rejection"),

dict(slug="de-agentur-budget-noch-offen", cat="status-update", country="DE", style="personal",
     frm="Dennis Kowalski <d.kowalski@talentbruecke.example>",
     subject="Kurzes Update Rheinhafen Logistik",
     text="""Hallo Sam,

kurzes Update zum Prozess bei Rheinhafen Logistik: Der Kunde hat die Entscheidung für die Stelle Head of Marketing noch nicht getroffen, weil die Budgetfreigabe für 2027 noch aussteht. Die Stelle ist ausdrücklich nicht gestrichen, und Sie sind neben einer weiteren Person weiterhin im Rennen.

Ich rechne mit einer Rückmeldung bis Ende des Monats und melde mich dann sofort. Bitte nicht nervös werden 🙂

Viele Grüße
Dennis Kowalski
Talentbrücke Personalberatung · 0203 555 1200""",
     notes="agency: decision delayed by budget, still in the running"),
]

MESSAGES = [dict(m, label="rejection", lang="de") for m in REJ] + [dict(m, label="other", lang="de") for m in OTH]
assert len(REJ) == 16 and len(OTH) == 16, (len(REJ), len(OTH))

# Days pinned where the text (a quoted mail, a deadline, an interview date) fixes when the mail was sent.
DAYS = {"de-zeitarbeit-intern-besetzt": "2026-11-10", "de-kurz-anderweitig-vergeben": "2026-11-19",
        "de-englische-nachfrage-deutsche-antwort": "2026-11-09", "de-recruiter-weiterleitung-fachbereich": "2026-11-20",
        "de-antwort-auf-nachfrage-zweite-runde": "2026-11-24", "de-freundin-weitergeleitete-absage": "2026-11-17",
        "de-hochschule-graz-lang": "2026-10-27", "de-onlinetest-einladung": "2026-11-20",
        "de-workday-brenner-status": "2026-10-28"}
for _m in MESSAGES:
    if _m["slug"] in DAYS:
        _m["day"] = DAYS[_m["slug"]]
