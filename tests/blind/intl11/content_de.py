"""German messages (de-DE, de-AT, de-CH): 24 rejections and 24 hard negatives, half ATS-style, half personal."""


def M(**kw):
    kw.setdefault("lang", "de")
    return kw


AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
        "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
ICS_DECLINE = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER:mailto:sam.taylor@example.org
ATTENDEE;PARTSTAT=DECLINED;CN=Peter Schuster:mailto:peter.schuster@example.org
SUMMARY:Abgelehnt: Jour fixe Insights & Redaktion
DTSTART;TZID=W. Europe Standard Time:20261112T100000
DTEND;TZID=W. Europe Standard Time:20261112T103000
UID:040000008200E00074C5B7101A82E008000000001
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS-style (12)
    M(slug="de-personio-pmm-andere-kandidaten", label="rejection", cat="ats-automated", style="ats", country="de-DE",
      vendor="personio", brand="Wellenreiter Mobility GmbH",
      frm="Wellenreiter Mobility GmbH <noreply@wellenreiter-mobility.jobs.personio.de>",
      reply_to="jobs@wellenreiter.example",
      subject="Ihre Bewerbung als Product Marketing Manager (m/w/d)", headers=AUTO,
      text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Manager (m/w/d) und das damit verbundene Interesse an der Wellenreiter Mobility GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung aller Unterlagen für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer persönlichen Qualifikation. Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Wellenreiter Mobility GmbH""",
      about="Über uns: Die Wellenreiter Mobility GmbH entwickelt seit 2014 Sharing-Lösungen für E-Roller und Lastenräder in 40 Städten. Wir sind stolz auf die Auszeichnung „Top Arbeitgeber Mittelstand 2026“.",
      exp=("jobs@wellenreiter.example", "", "Wellenreiter Mobility GmbH", "Product Marketing Manager (m/w/d)"),
      notes="reply-to team address; most ordinary wording; about-us boilerplate"),

    M(slug="de-softgarden-keine-positive-rueckmeldung", label="rejection", cat="ats-automated", style="ats", country="de-DE",
      vendor="softgarden", brand="Rheinauen Versicherung AG", plain_mode="h2t",
      frm="Rheinauen Versicherung AG <noreply@softgarden.io>",
      subject="Ihre Bewerbung bei der Rheinauen Versicherung AG – Referenz 2026-0418", headers=AUTO,
      text="""Sehr geehrte*r Sam Taylor,

herzlichen Dank für Ihre Bewerbung auf die Position Referent Marktforschung & Insights (w/m/d), Kennziffer 2026-0418, und die Zeit, die Sie in Ihre Unterlagen investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihnen leider keine positive Rückmeldung geben. Die Entscheidung ist uns angesichts der hohen Zahl qualifizierter Bewerbungen nicht leicht gefallen.

Ihre Bewerbungsdaten werden gemäß unseren Datenschutzbestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht. Sie können Ihr Kandidatenkonto jederzeit unter [[Mein Bewerberkonto]] einsehen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüße

Ihr Team Personalgewinnung
Rheinauen Versicherung AG""",
      exp=("", "", "Rheinauen Versicherung AG", "Referent Marktforschung & Insights (w/m/d)"),
      notes="no-reply; plain part auto-generated from HTML (image placeholders, numbered link list)"),

    M(slug="de-at-successfactors-lob-dann-absage", label="rejection", cat="ats-automated", style="ats", country="de-AT",
      vendor="successfactors", brand="Donaublick Energie AG",
      frm="Donaublick Energie AG Karriere <karriere-noreply@donaublick-energie.example>",
      subject="Ihre Bewerbung: Head of Customer Insights – Wien", headers=AUTO,
      text="""Sehr geehrte Frau Taylor, sehr geehrter Herr Taylor,

wir bedanken uns sehr herzlich für Ihre Bewerbung als Head of Customer Insights am Standort Wien sowie für die Gespräche, die Sie mit uns geführt haben. Ihr Werdegang, insbesondere Ihre Erfahrung im Aufbau eines Insights-Teams bei Calder Street Media, hat uns sehr beeindruckt, und wir haben die Unterhaltungen mit Ihnen als offen und inspirierend erlebt.

Im Rahmen unseres Auswahlverfahrens haben wir alle Bewerbungen sorgfältig miteinander verglichen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können. Ausschlaggebend war letztlich die Erfahrung im regulierten Energiemarkt, die andere Kandidatinnen und Kandidaten mitbringen.

Gemäß Art. 13 DSGVO informieren wir Sie, dass Ihre personenbezogenen Daten nach Abschluss des Verfahrens für die Dauer von sieben Monaten zur Abwehr etwaiger Ansprüche nach dem Gleichbehandlungsgesetz (GlBG) gespeichert und anschließend gelöscht werden. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie das Recht auf Beschwerde bei der Österreichischen Datenschutzbehörde.

Wir danken Ihnen nochmals für Ihr Interesse an der Donaublick Energie AG und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Mag. Verena Pichler
Talent Acquisition""",
      about="Donaublick Energie AG · Am Kraftwerk 12 · 1110 Wien · FN 204417t · Handelsgericht Wien. Donaublick ist ein Unternehmen, das Vielfalt schätzt und Bewerbungen unabhängig von Geschlecht, Herkunft, Religion, Alter, Behinderung oder sexueller Orientierung begrüßt.",
      exp=("", "Verena", "Donaublick Energie AG", "Head of Customer Insights"),
      notes="after interviews; praise first, verdict in the middle; long GDPR paragraph; gendered double salutation"),

    M(slug="de-ch-workday-stelle-besetzt-htmlonly", label="rejection", cat="ats-automated", style="ats", country="de-CH",
      vendor="workday", brand="Alpenfirn Versicherungen", html_only=True, cte="base64",
      frm="Alpenfirn Versicherungen <alpenfirn@myworkday.com>",
      subject="Statusänderung zu Ihrer Bewerbung R-10233", headers=AUTO,
      text="""Grüezi Sam Taylor

Vielen Dank für Ihr Interesse an Alpenfirn Versicherungen. Es gibt eine Änderung zum Status Ihrer Bewerbung:

{table}

Wir informieren Sie hiermit, dass die Stelle inzwischen besetzt wurde. Ihre Bewerbung wird deshalb nicht weiter bearbeitet.

Gerne laden wir Sie ein, regelmässig unsere offenen Stellen zu besuchen: [[Alle Stellen bei Alpenfirn]]

Freundliche Grüsse
Alpenfirn Versicherungen, HR Recruiting""",
      table=[("Stelle", "Senior Marketing Analyst (80–100%)"), ("Referenz", "R-10233"), ("Standort", "Winterthur"),
             ("Status", "Geschlossen – Stelle besetzt")],
      exp=("", "", "Alpenfirn Versicherungen", "Senior Marketing Analyst (80–100%)"),
      notes="HTML-only base64; Swiss spelling (ss); status table; filled"),

    M(slug="de-stepstone-relay-status-absage", day="2026-09-23", label="rejection", cat="job-board-relay", style="ats", country="de-DE",
      vendor="stepstone", brand="StepStone",
      frm="StepStone <noreply@stepstone.de.example>",
      subject="Neuigkeiten zu Ihrer Bewerbung bei Brückner & Voss Handelsgesellschaft mbH", headers=BULK,
      text="""Hallo Sam Taylor,

es gibt ein Update zu Ihrer Bewerbung:

{table}

Das Unternehmen hat sich entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen. Das ist nicht immer leicht – aber jede Bewerbung bringt Sie einen Schritt weiter.

Passende Jobs für Sie:
- E-Commerce Manager (m/w/d) – Düsseldorf
- Marketing Analyst (m/w/d) – Köln
- CRM Manager (m/w/d) – Remote

[[Alle Empfehlungen ansehen]]

Viel Erfolg bei Ihrer Jobsuche!
Ihr StepStone Team""",
      table=[("Position", "Teamleitung Marketing Analytics (m/w/d)"), ("Unternehmen", "Brückner & Voss Handelsgesellschaft mbH"),
             ("Beworben am", "02.09.2026"), ("Status", "Absage")],
      exp=("", "", "Brückner & Voss Handelsgesellschaft mbH", "Teamleitung Marketing Analytics (m/w/d)"),
      notes="job-board relay; bulk headers; status table; job recommendations below the verdict"),

    M(slug="de-greenhouse-zweisprachig-weiter-mit-anderen", day="2026-10-21", label="rejection", cat="ats-automated", style="ats", country="de-DE",
      vendor="greenhouse", brand="Lumenhaus",
      frm="Lumenhaus Recruiting <no-reply@us.greenhouse-mail.io>", reply_to="Ines Brandt <ines.brandt@lumenhaus.example>",
      subject="Deine Bewerbung bei Lumenhaus / Your application at Lumenhaus", headers=AUTO,
      text="""(English version below)

Hallo Sam,

danke, dass du dir die Zeit für die Gespräche mit uns genommen hast – das Team hat den Austausch mit dir sehr geschätzt.

Wir haben uns entschieden, den Prozess für die Rolle Senior Growth Marketing Manager mit anderen Bewerber*innen fortzusetzen. Wir wissen, dass das nicht die Nachricht ist, auf die du gehofft hast.

Wenn du Fragen hast, melde dich gern direkt bei mir.

Viele Grüße
Ines Brandt
People & Talent, Lumenhaus

---

Hi Sam,

Thank you for taking the time to speak with us – the team really enjoyed the conversations.

We have decided to move forward with other candidates for the Senior Growth Marketing Manager role. We know this is not the news you were hoping for.

If you have any questions, feel free to reach out to me directly.

Best,
Ines""",
      about="Lumenhaus is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees.",
      exp=("ines.brandt@lumenhaus.example", "Ines", "Lumenhaus", "Senior Growth Marketing Manager"),
      notes="bilingual German then English; du-form; Reply-To recruiter; EEO footer"),

    M(slug="de-join-stelle-zurueckgezogen", label="rejection", cat="role-cancelled", style="ats", country="de-DE",
      vendor="join", brand="Kranich Labs GmbH",
      frm="Kranich Labs GmbH via JOIN <noreply@join.com.example>", reply_to="Tobias Renner <t.renner@kranich-labs.example>",
      subject="Update zu deiner Bewerbung: Brand Manager (m/w/d)", headers=AUTO,
      text="""Hallo Sam,

danke für deine Bewerbung als Brand Manager (m/w/d) bei der Kranich Labs GmbH.

Wir müssen dir leider mitteilen, dass wir die Stelle aufgrund einer Änderung unserer Budgetplanung für 2027 zurückgezogen haben. Die Position wird bis auf Weiteres nicht besetzt, deshalb schließen wir alle laufenden Bewerbungen ab – auch deine.

Das hat nichts mit deinem Profil zu tun. Sollte die Stelle neu ausgeschrieben werden, würden wir uns freuen, wieder von dir zu hören.

Beste Grüße
Tobias Renner
Co-Founder & COO""",
      exp=("t.renner@kranich-labs.example", "Tobias", "Kranich Labs GmbH", "Brand Manager (m/w/d)"),
      notes="role withdrawn for budget; all applications closed"),

    M(slug="de-at-recruitee-talentpool-einwilligung", label="rejection", cat="keep-on-file", style="ats", country="de-AT",
      vendor="recruitee", brand="Salzachtal Medien GmbH", plain_mode="h2t",
      frm="Salzachtal Medien GmbH <salzachtal@mail.recruitee.com>",
      subject="Ihre Bewerbung als Leitung Publikumsforschung", headers=AUTO,
      text="""Liebe*r Sam Taylor,

danke, dass Sie sich bei der Salzachtal Medien GmbH als Leitung Publikumsforschung beworben haben.

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Ihr Profil passt jedoch nicht genau genug zu den Anforderungen dieser Position, weshalb wir Ihre Bewerbung nicht weiterverfolgen werden.

Da wir immer wieder spannende Stellen im Bereich Daten und Publikum zu besetzen haben, möchten wir Ihr Profil gerne für 24 Monate in unserem Talentpool speichern. Dafür benötigen wir Ihre Einwilligung:

[[Ja, in den Talentpool aufnehmen]]

Wenn Sie nicht reagieren, werden Ihre Daten nach 6 Monaten automatisch gelöscht.

Herzliche Grüße aus Salzburg
Das Recruiting-Team der Salzachtal Medien GmbH""",
      exp=("", "", "Salzachtal Medien GmbH", "Leitung Publikumsforschung"),
      notes="profile doesn't match closely enough; talent-pool consent button; auto-generated plain part"),

    M(slug="de-teamtailor-assessment-punktzahl", label="rejection", cat="after-assessment", style="ats", country="de-DE",
      vendor="teamtailor", brand="Fernweh Reisen SE",
      frm="Fernweh Reisen SE <no-reply@teamtailor.com.example>",
      subject="Ergebnis Ihres Online-Assessments", headers=AUTO,
      text="""Hallo Sam,

vielen Dank, dass Sie am Online-Assessment für die Position Senior CRM & Lifecycle Manager (m/w/d) teilgenommen haben.

Die Anforderungen im analytischen Teil des Tests sind für diese Rolle besonders hoch gewichtet. Leider haben Sie die für den nächsten Schritt erforderliche Punktzahl knapp nicht erreicht. Daher können wir Sie im weiteren Auswahlprozess nicht berücksichtigen.

Ihr individuelles Ergebnisprofil können Sie hier herunterladen: [[Ergebnisbericht (PDF)]]

Wir danken Ihnen für Ihre Zeit und wünschen Ihnen alles Gute!

Ihr Talent-Team von Fernweh Reisen SE""",
      exp=("", "", "Fernweh Reisen SE", "Senior CRM & Lifecycle Manager (m/w/d)"),
      notes="online test below cut-off; ergebnisbericht link"),

    M(slug="de-ch-smartrecruiters-intern-besetzt", label="rejection", cat="internal-candidate", style="ats", country="de-CH",
      vendor="smartrecruiters", brand="Seeland Uhrenmanufaktur",
      frm="Seeland Uhrenmanufaktur <noreply@smartrecruiters.com.example>",
      subject="Seeland Uhrenmanufaktur: Ihre Bewerbung als Digital Marketing Lead", headers=AUTO,
      text="""Guten Tag Sam Taylor

Besten Dank für Ihre Bewerbung als Digital Marketing Lead und Ihr Interesse an der Seeland Uhrenmanufaktur.

Gerne informieren wir Sie, dass wir die Stelle intern besetzen konnten. Eine langjährige Mitarbeiterin aus unserem Markenteam wird die Aufgabe per 1. Januar übernehmen. Aus diesem Grund können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir bedanken uns für das entgegengebrachte Vertrauen und wünschen Ihnen auf Ihrem weiteren Berufsweg viel Erfolg.

Freundliche Grüsse
Seeland Uhrenmanufaktur AG
Human Resources""",
      exp=("", "", "Seeland Uhrenmanufaktur", "Digital Marketing Lead"),
      notes="filled internally; 'gerne informieren wir' positive framing"),

    M(slug="de-linkedin-nicht-weiterverfolgt", label="rejection", cat="job-board-relay", style="ats", country="de-DE",
      vendor="linkedin", brand="LinkedIn", plain_mode="h2t",
      frm="LinkedIn <jobs-noreply@linkedin.com.example>",
      subject="Ihre Bewerbung bei Quellwerk Analytics", headers=BULK,
      text="""Ihr Update von Quellwerk Analytics

Vielen Dank für Ihr Interesse an der Position Product Insights Lead bei Quellwerk Analytics in Hamburg. Leider hat sich Quellwerk Analytics entschieden, Ihre Bewerbung nicht weiterzuverfolgen.

Wir haben hier ein paar Tipps, wie Sie Ihr Profil für Personalverantwortliche sichtbarer machen: [[Tipps ansehen]]

Ähnliche Jobs
- Insights Manager · Nordlicht Retail · Hamburg
- Lead Consumer Research · Hafenblick Media · Hamburg (Hybrid)
- Product Analyst · Möwe Commerce · Remote

[[Weitere Jobs ansehen]]""",
      exp=("", "", "Quellwerk Analytics", "Product Insights Lead"),
      notes="LinkedIn relay; bulk headers; similar jobs list; auto-generated plain part"),

    M(slug="de-workable-kurz-nicht-weiter", label="rejection", cat="terse", style="ats", country="de-DE",
      vendor="workable", brand="Taubenschlag Studio",
      frm="Taubenschlag Studio <noreply@workablemail.com.example>",
      subject="Re: Marketing Manager Podcast – Taubenschlag Studio", headers=AUTO,
      text="""Hallo Sam,

vielen Dank für dein Interesse an der Stelle Marketing Manager Podcast. Wir werden deine Bewerbung nicht weiter berücksichtigen.

Taubenschlag Studio""",
      exp=("", "", "Taubenschlag Studio", "Marketing Manager Podcast"),
      notes="two lines; no apology word"),

    # ------------------------------------------------------------------ rejections, personal (12)
    M(slug="de-outlook-absage-nach-zweitgespraech", day="2026-09-22", label="rejection", cat="personal-after-interview", style="personal", country="de-DE",
      frm="Katharina Wendt <k.wendt@hafenmeister-logistik.example>",
      subject="AW: Danke für das Gespräch am Dienstag", parent=True, charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre freundliche Nachricht und nochmals für Ihre Zeit am Dienstag.

Leider muss ich Ihnen heute eine Absage erteilen. Wir haben uns nach dem zweiten Gesprächstag für eine Kandidatin entschieden, die bereits Erfahrung mit Marktforschung in der Kontraktlogistik mitbringt. Die Entscheidung war knapp, und Ihre Präsentation hat im Team viel Anklang gefunden.

Ich wünsche Ihnen für die weitere Suche alles Gute.

Mit freundlichen Grüßen

Katharina Wendt
Senior HR Business Partner
Hafenmeister Logistik GmbH & Co. KG
Am Sandtorkai 44 | 20457 Hamburg
Tel.: +49 40 555 0192-14
www.hafenmeister-logistik.example

Hafenmeister Logistik GmbH & Co. KG, Sitz Hamburg, Registergericht Hamburg HRA 998877

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Mittwoch, 16. September 2026 18:02
An: Katharina Wendt <k.wendt@hafenmeister-logistik.example>
Betreff: Danke für das Gespräch am Dienstag

Liebe Frau Wendt,

herzlichen Dank für das angenehme Gespräch am Dienstag zur Position Manager Market Intelligence. Ich habe mich sehr gefreut, das Team kennenzulernen, und bin weiterhin sehr interessiert.

Viele Grüße
Sam Taylor""",
      exp=("k.wendt@hafenmeister-logistik.example", "Katharina", "Hafenmeister Logistik GmbH & Co. KG", "Manager Market Intelligence"),
      notes="Outlook AW: reply over Sam's thank-you; iso-8859-1 quoted-printable; role only in quoted mail"),

    M(slug="de-du-kurz-jemand-anderes", label="rejection", cat="terse", style="personal", country="de-DE",
      frm="Jonas Keller <jonas@pixelpirat.example>",
      subject="Kurzes Update", client_html=True,
      text="""Hi Sam,

ich mach's kurz, weil du's verdient hast, nicht lange zu warten: wir haben uns für jemand anderen entschieden. War echt knapp.

Danke dir für die Zeit und die Case-Präsentation, die war richtig gut.

LG
Jonas

--
Jonas Keller | Head of Marketing | Pixelpirat
+49 151 2345 6789""",
      exp=("jonas@pixelpirat.example", "Jonas", "Pixelpirat", ""),
      notes="casual du-form; no role named"),

    M(slug="de-at-agentur-kunde-anderer-kandidat", label="rejection", cat="agency-recruiter", style="personal", country="de-AT",
      frm="Mag. Florian Huber <florian.huber@talentbruecke.example>",
      subject="Rückmeldung Bergquell Getränke – Consumer Insights Manager",
      text="""Hallo Sam,

wie versprochen melde ich mich mit der Rückmeldung von Bergquell Getränke zur Position Consumer Insights Manager.

Ich hatte gestern noch ein langes Telefonat mit der Marketingleiterin. Leider hat sich mein Kunde für einen anderen Kandidaten entschieden, der mehr Erfahrung in der Getränkeindustrie und im österreichischen Handel mitbringt. Dein analytisches Profil und deine Präsentation wurden ausdrücklich gelobt – am Ende war die Branchenerfahrung das Zünglein an der Waage.

Ich bin mir sicher, dass wir bald etwas Passendes finden. Ich habe aktuell zwei weitere Mandate im Bereich Marktforschung, über die ich gerne nächste Woche mit dir sprechen würde.

Liebe Grüße
Florian

Mag. Florian Huber
Senior Consultant | TalentBrücke Personalberatung GmbH
Mariahilfer Straße 88, 1070 Wien
M +43 664 123 45 67""",
      exp=("florian.huber@talentbruecke.example", "Florian", "Bergquell Getränke", "Consumer Insights Manager"),
      notes="agency relays the client's no; pitches other mandates afterwards"),

    M(slug="de-ch-stelle-eingefroren-reorganisation", label="rejection", cat="role-cancelled", style="personal", country="de-CH",
      frm="Regula Zbinden <regula.zbinden@limmatbank.example>",
      subject="Ihre Kandidatur als Leiter/in Marketing Intelligence",
      text="""Sehr geehrte/r Sam Taylor

Ich danke Ihnen herzlich für die bisherigen Gespräche und Ihre Geduld in den vergangenen Wochen.

Leider muss ich Sie darüber informieren, dass die Stelle Leiter/in Marketing Intelligence im Zuge einer Reorganisation des Bereichs Privatkunden bis auf Weiteres eingefroren wurde. Wir werden das Rekrutierungsverfahren daher nicht fortsetzen und schliessen auch Ihre Kandidatur ab. Wann und in welcher Form die Funktion neu geschaffen wird, ist derzeit offen.

Ich bedaure diese Entwicklung sehr, zumal Sie im Auswahlverfahren einen ausgezeichneten Eindruck hinterlassen haben. Sollte die Stelle wieder ausgeschrieben werden, werde ich mich gerne bei Ihnen melden.

Freundliche Grüsse

Regula Zbinden
Senior Recruiterin
Limmat Privatbank AG
Bahnhofstrasse 61, 8001 Zürich
T +41 44 555 21 87""",
      exp=("regula.zbinden@limmatbank.example", "Regula", "Limmat Privatbank AG", "Leiter/in Marketing Intelligence"),
      notes="role frozen in a reorganisation; candidacy closed"),

    M(slug="de-lang-feedback-case-study-mitte", label="rejection", cat="after-assessment", style="personal", country="de-DE",
      frm="Dr. Miriam Osterkamp <miriam.osterkamp@gruenkern-foods.example>",
      subject="Ihre Case Study und unsere Entscheidung",
      text="""Liebe Sam Taylor,

vielen Dank für Ihre Case Study zur Markteinführung unserer Haferdrink-Linie und die Präsentation am Freitag. Ich möchte Ihnen ausführlicher antworten, als es in solchen Fällen oft üblich ist, weil Sie sich so viel Mühe gegeben haben.

Was uns überzeugt hat: Ihre Segmentierung war sauber hergeleitet, die Befragungsdaten haben Sie kritisch eingeordnet, und Ihr Vorschlag, die Preissensitivität in zwei Wellen zu testen, fand das ganze Panel klug. Auch die Art, wie Sie mit unseren Rückfragen umgegangen sind, hat uns gefallen.

Am Ende haben wir uns dennoch knapp für eine andere Kandidatin entschieden, die die Rolle Senior Brand Insights Manager ab Januar übernehmen wird. Der Ausschlag war ihre mehrjährige Erfahrung mit Handelspanels im Lebensmitteleinzelhandel, die wir im ersten Jahr dringend brauchen.

Was Sie vielleicht mitnehmen können: Der Teil zur Kanalstrategie war im Vergleich zur Analyse recht knapp. Das war nicht entscheidend, aber es ist uns aufgefallen.

Ich hoffe, dass sich unsere Wege noch einmal kreuzen – die Lebensmittelbranche in Deutschland ist klein. Alles Gute für Ihre Suche, und melden Sie sich gern, wenn Sie Fragen zum Feedback haben.

Herzliche Grüße
Miriam Osterkamp

Dr. Miriam Osterkamp
Director Marketing | Grünkern Foods GmbH
Tel. +49 221 555 8712""",
      exp=("miriam.osterkamp@gruenkern-foods.example", "Miriam", "Grünkern Foods GmbH", "Senior Brand Insights Manager"),
      notes="long letter, praise and feedback around the verdict in the middle; after case study"),

    M(slug="de-recruiter-leitet-feedback-weiter", day="2026-10-20", label="rejection", cat="forwarded-by-recruiter", style="personal", country="de-DE",
      frm="Lea Hartmann <lea.hartmann@ostwind-software.example>",
      subject="WG: Feedback Sam Taylor – Product Marketing Lead",
      text="""Hallo Sam,

ich leite dir hier direkt die Rückmeldung von Jens weiter, damit du sie aus erster Hand hast. Leider keine guten Nachrichten – es tut mir wirklich leid. Wenn du magst, können wir nächste Woche kurz telefonieren.

Viele Grüße
Lea

Lea Hartmann | Talent Acquisition | Ostwind Software GmbH
+49 89 555 410 27

-------- Weitergeleitete Nachricht --------
Betreff: Feedback Sam Taylor – Product Marketing Lead
Datum: Mon, 19 Oct 2026 17:44:09 +0200
Von: Jens Albrecht <jens.albrecht@ostwind-software.example>
An: Lea Hartmann <lea.hartmann@ostwind-software.example>

Hi Lea,

danke für die Organisation. Sam war stark in der Zielgruppenanalyse und im Storytelling, aber für den Product Marketing Lead brauchen wir jemanden mit mehr B2B-SaaS-Launch-Erfahrung. Wir gehen mit Sam nicht weiter und konzentrieren uns auf die beiden anderen Finalisten.

Kannst du Sam bitte freundlich Bescheid geben?

Danke & Gruß
Jens""",
      exp=("lea.hartmann@ostwind-software.example", "Lea", "Ostwind Software", "Product Marketing Lead"),
      notes="recruiter forwards the hiring manager's internal verdict about Sam; WG: subject"),

    M(slug="de-antwort-auf-nachfrage-vergeben", day="2026-10-09", label="rejection", cat="personal-after-interview", style="personal", country="de-DE",
      frm="Svenja Roth <svenja.roth@brauhaus-sieben.example>",
      subject="Re: Nachfrage zum Stand meiner Bewerbung", parent=True, client_html=True,
      text="""Hallo Sam,

sorry für die späte Rückmeldung, hier war die letzten Wochen einfach Land unter. Die Position ist inzwischen vergeben – wir haben letzte Woche die Zusage bekommen.

Danke dir trotzdem für dein Interesse und alles Gute!

Svenja

--
Svenja Roth · Personal & Organisation · Brauhaus Sieben

Am Do., 8. Okt. 2026 um 09:12 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Svenja,
>
> ich wollte mich kurz nach dem Stand meiner Bewerbung als Marketing Manager
> Craft-Biere erkundigen. Unser Gespräch ist jetzt drei Wochen her, und ich bin
> nach wie vor sehr interessiert.
>
> Viele Grüße
> Sam""",
      exp=("svenja.roth@brauhaus-sieben.example", "Svenja", "Brauhaus Sieben", "Marketing Manager Craft-Biere"),
      notes="short reply above Sam's quoted chaser (Gmail); 'vergeben'; role only in the quote"),

    M(slug="de-at-startup-passt-diesmal-nicht-tippfehler", label="rejection", cat="terse", style="personal", country="de-AT",
      frm="Lukas Gruber <lukas@almfunk.example>",
      subject="deine bewerbung bei almfunk",
      text="""Servus Sam,

danke nochmal fürs gespräch letzte woche! leider passts diesmal nicht, wir haben uns für jemanden mit mehr erfahrung im b2c bereich entschiedne. hat mit dir persönlich nix zu tun, du warst echt symphatisch.

alles gute & vlt. läuft man sich mal übern weg
lukas

Gesendet von meinem iPhone""",
      exp=("lukas@almfunk.example", "Lukas", "almfunk", ""),
      notes="lower-case, typos (entschiedne, symphatisch), sent from phone, no role"),

    M(slug="de-ch-zweisprachig-absage-fr-version", label="rejection", cat="personal-after-interview", style="personal", country="de-CH",
      frm="Beat Aeschlimann <beat.aeschlimann@aareverlag.example>",
      subject="Ihre Bewerbung / Votre candidature – Leitung Leserforschung",
      text="""Sehr geehrte/r Sam Taylor

Herzlichen Dank für Ihr Interesse und das Gespräch in Bern. Nach reiflicher Überlegung haben wir entschieden, die Stelle Leitung Leserforschung einer Person anzuvertrauen, die beide Sprachregionen aus eigener Berufserfahrung kennt. Wir können Ihnen deshalb leider keine Zusage geben.

Wir danken Ihnen für Ihre Zeit und wünschen Ihnen alles Gute.

Freundliche Grüsse
Beat Aeschlimann
Leiter Personal, Aare Verlag AG

------------------------------

Madame, Monsieur,

Nous vous remercions de votre intérêt et de l'entretien à Berne. Après mûre réflexion, nous avons décidé de confier le poste à une personne connaissant les deux régions linguistiques. Nous ne pouvons donc malheureusement pas vous donner une réponse positive.

Avec nos meilleures salutations
Beat Aeschlimann
Aare Verlag AG
Tel. +41 31 555 44 10""",
      exp=("beat.aeschlimann@aareverlag.example", "Beat", "Aare Verlag AG", "Leitung Leserforschung"),
      notes="bilingual German then French (Swiss publisher)"),

    M(slug="de-telefonisch-besprochen-bestaetigung", label="rejection", cat="personal-after-interview", style="personal", country="de-DE",
      frm="Andrea Lindner <andrea.lindner@schwarzwaldklinik-gruppe.example>",
      subject="Bestätigung unseres Telefonats",
      text="""Sehr geehrte*r Sam Taylor,

wie heute Vormittag telefonisch besprochen, bestätige ich Ihnen hiermit schriftlich, dass wir Ihre Bewerbung für die Position Referent*in Unternehmenskommunikation & Marktanalyse nicht weiter berücksichtigen.

Noch einmal vielen Dank für Ihr Interesse an der Schwarzwaldklinik Gruppe. Ihre Unterlagen senden wir Ihnen nicht postalisch zurück; die digitalen Daten löschen wir fristgerecht.

Freundliche Grüße
Andrea Lindner
Personalabteilung
Schwarzwaldklinik Gruppe · Freiburg
Tel. 0761 555 30-220""",
      exp=("andrea.lindner@schwarzwaldklinik-gruppe.example", "Andrea", "Schwarzwaldklinik Gruppe", "Referent*in Unternehmenskommunikation & Marktanalyse"),
      notes="written confirmation of a phone rejection; gender-star role"),

    M(slug="de-im-hinterkopf-behalten-anders-entschieden", label="rejection", cat="keep-on-file", style="personal", country="de-DE",
      frm="Nadine Vogt <nadine.vogt@kupferberg-consulting.example>",
      subject="Ihre Bewerbung bei Kupferberg Consulting",
      text="""Guten Tag Sam Taylor,

danke für Ihre Bewerbung und das nette Kennenlerngespräch am Montag.

Für die ausgeschriebene Stelle als Senior Consultant Customer Analytics haben wir uns anders entschieden. Ihr Profil ist aber wirklich interessant, und ich würde Sie gerne für zukünftige Positionen im Hinterkopf behalten – gerade im Bereich Medien bauen wir 2027 ein eigenes Team auf.

Wäre das für Sie in Ordnung? Dann würde ich Ihre Unterlagen bis dahin bei uns behalten.

Viele Grüße
Nadine Vogt
Recruiting | Kupferberg Consulting GmbH
Tel. +49 611 555 903""",
      exp=("nadine.vogt@kupferberg-consulting.example", "Nadine", "Kupferberg Consulting GmbH", "Senior Consultant Customer Analytics"),
      notes="'anders entschieden' + keep in mind, asks consent to keep CV"),

    M(slug="de-vertrieb-zusage-zurueckgezogen-umstrukturierung", label="rejection", cat="role-cancelled", style="personal", country="de-DE",
      frm="Holger Brandes <holger.brandes@weserwerft.example>",
      subject="Leider schlechte Nachrichten zur Stelle Marketing Insights Manager",
      text="""Hallo Sam,

ich hatte Ihnen letzte Woche ja signalisiert, dass wir Ihnen gerne ein Angebot machen würden. Umso unangenehmer ist mir diese Mail.

Gestern hat der Vorstand einen sofortigen Einstellungsstopp für alle nicht-operativen Bereiche beschlossen. Die Stelle Marketing Insights Manager ist davon betroffen und wird nicht besetzt – ich kann Ihnen das Angebot deshalb nicht mehr machen. Ich weiß, wie ärgerlich das ist, zumal Sie andere Gespräche vielleicht zurückgestellt haben.

Wenn der Stopp aufgehoben wird, sind Sie die erste Person, die ich anrufe. Versprochen.

Mit besten Grüßen
Holger Brandes
Bereichsleiter Marketing & Vertrieb
Weserwerft Maritime Systeme GmbH
Tel. +49 421 555 6620 | Mobil +49 171 555 0443""",
      exp=("holger.brandes@weserwerft.example", "Holger", "Weserwerft Maritime Systeme GmbH", "Marketing Insights Manager"),
      notes="hiring freeze; promised offer withdrawn; 'Angebot' vocabulary"),

    # ------------------------------------------------------------------ hard negatives, ATS-style (12)
    M(slug="de-personio-eingang-hedge-nicht-jedem-antworten", label="other", cat="ack-received", style="ats", country="de-DE",
      vendor="personio", brand="Wolkenkratzer Software GmbH",
      frm="Wolkenkratzer Software GmbH <noreply@wolkenkratzer.jobs.personio.de>",
      subject="Eingangsbestätigung Ihrer Bewerbung: Product Marketing Manager", headers=AUTO,
      text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Manager. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld. Leider können wir nicht jede Bewerbung individuell beantworten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, haben wir uns für andere Bewerberinnen und Bewerber entschieden.

Wenn Ihr Profil passt, melden wir uns telefonisch für ein erstes Kennenlernen.

Beste Grüße
Ihr Wolkenkratzer People Team""",
      notes="hedging acknowledgement; conditional 'haben wir uns für andere entschieden'"),

    M(slug="de-softgarden-einladung-leider-keine-reisekosten", label="other", cat="interview-invite", style="ats", country="de-DE",
      vendor="softgarden", brand="Ostseeperle Hotels",
      frm="Ostseeperle Hotels <noreply@softgarden.io>",
      subject="Einladung zum Vorstellungsgespräch – Marketing Manager Hotellerie", headers=AUTO,
      text="""Sehr geehrte*r Sam Taylor,

wir haben Ihre Bewerbung als Marketing Manager Hotellerie mit Interesse gelesen und freuen uns, Sie zu einem persönlichen Gespräch in unsere Zentrale nach Rostock einzuladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus: [[Termin auswählen]]

Leider können wir Ihnen die Reisekosten für das erste Gespräch nicht erstatten. Alternativ bieten wir Ihnen gerne ein Videogespräch an – antworten Sie dafür einfach im Portal.

Wir freuen uns auf Sie!
Ihr Personalteam der Ostseeperle Hotels""",
      notes="invitation with 'leider' about travel costs"),

    M(slug="de-workday-uebertragen-andere-stelle", label="other", cat="requisition-transfer", style="ats", country="de-DE",
      vendor="workday", brand="Rheingold Pharma",
      frm="Rheingold Pharma <rheingold@myworkday.com>",
      subject="Ihre Bewerbung wurde einer anderen Stelle zugeordnet", headers=AUTO,
      text="""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Manager Brand Analytics (R-44012).

Die ursprüngliche Ausschreibung R-44012 wurde geschlossen, da wir die Aufgaben in einer neu zugeschnittenen Stelle bündeln. Ihr Profil passt sehr gut zu dieser neuen Rolle, daher haben wir Ihre Bewerbung – wie telefonisch mit Ihnen abgestimmt – auf die Stelle Senior Manager Commercial Insights (R-44391) übertragen.

{table}

Sie müssen nichts weiter tun. Die Fachabteilung meldet sich in den nächsten Tagen mit Terminvorschlägen.

Ihr Talent Acquisition Team""",
      table=[("Alte Stelle", "R-44012 · Geschlossen"), ("Neue Stelle", "R-44391 · In Bearbeitung"), ("Ihr Status", "Aktiv")],
      notes="old requisition closed, application transferred, status active"),

    M(slug="de-stepstone-jobalert-gemerkter-job-offline", label="other", cat="job-alert", style="ats", country="de-DE",
      vendor="stepstone", brand="StepStone", plain_mode="h2t",
      frm="StepStone Jobagent <jobagent@stepstone.de.example>",
      subject="12 neue Jobs für „Marketing Insights“ – und ein gemerkter Job ist nicht mehr verfügbar", headers=BULK,
      text="""Hallo Sam,

hier sind Ihre neuen Jobs für „Marketing Insights“ in Hamburg + 50 km:

- Insights Manager (m/w/d) – Hanseatic Retail Group – Hamburg
- Marktforscher*in Quantitativ – Nordbank Research – Hamburg
- Senior Analyst Consumer Insights – Lübecker Süßwaren – Lübeck
- Teamlead Data & Insights – Elbchaussee Digital – Hamburg

Ihr gemerkter Job „Head of Research (m/w/d)“ bei Fleetwise Hamburg ist leider nicht mehr verfügbar. Das Unternehmen hat die Anzeige deaktiviert. Sie hatten sich auf diese Stelle noch nicht beworben.

[[Alle 12 Jobs ansehen]]

Jobagent bearbeiten oder pausieren: [[Einstellungen]]""",
      notes="job alert digest; saved (not applied) job no longer available"),

    M(slug="de-teamtailor-einladung-online-test", label="other", cat="assessment-invite", style="ats", country="de-DE",
      vendor="teamtailor", brand="Kornblume Fintech",
      frm="Kornblume Fintech <no-reply@teamtailor.com.example>",
      subject="Nächster Schritt: Online-Test für Growth Analyst", headers=AUTO,
      text="""Hallo Sam,

gute Nachrichten: Wir möchten Sie im Auswahlprozess für die Stelle Growth Analyst gerne weiter berücksichtigen!

Als nächsten Schritt bitten wir Sie, innerhalb von 5 Tagen einen 45-minütigen Online-Test zu bearbeiten (Zahlenverständnis und ein kurzer Fall). Bewerbungen, bei denen der Test nicht fristgerecht abgeschlossen wird, können wir leider nicht weiter berücksichtigen.

[[Test starten]]

Viel Erfolg!
Ihr Kornblume Talent Team""",
      notes="assessment invitation; conditional 'nicht weiter berücksichtigen' for a missed deadline"),

    M(slug="de-at-successfactors-verzoegerung-weiterhin-im-prozess", day="2026-11-05", label="other", cat="status-update", style="ats", country="de-AT",
      vendor="successfactors", brand="Tauernbahn Holding AG",
      frm="Tauernbahn Holding AG <karriere-noreply@tauernbahn.example>",
      subject="Zwischenstand zu Ihrer Bewerbung – Leitung Marktforschung", headers=AUTO,
      text="""Sehr geehrte*r Sam Taylor,

wir möchten Sie über den aktuellen Stand Ihrer Bewerbung als Leitung Marktforschung informieren.

Aufgrund interner Abstimmungen verzögert sich die Besetzung der Stelle um einige Wochen. Die Stelle ist nicht gestrichen, und eine Entscheidung ist noch nicht gefallen. Ihre Bewerbung befindet sich weiterhin im Auswahlprozess; wir melden uns spätestens Mitte Dezember mit Terminen für die zweite Runde.

Wir bitten um Ihr Verständnis und danken für Ihre Geduld.

Mit freundlichen Grüßen
Tauernbahn Holding AG – Recruiting""",
      notes="delay; role explicitly not cancelled; still deciding"),

    M(slug="de-greenhouse-vertragsangebot", day="2026-11-12", label="other", cat="offer", style="ats", country="de-DE",
      vendor="greenhouse", brand="Sternwarte Audio",
      frm="Sternwarte Audio <no-reply@us.greenhouse-mail.io>", reply_to="Paula Engel <paula.engel@sternwarte-audio.example>",
      subject="Dein Angebot von Sternwarte Audio", headers=AUTO,
      text="""Hallo Sam,

wir freuen uns sehr, dir die Position Head of Listener Insights bei Sternwarte Audio anbieten zu können!

Dein Vertragsangebot findest du im Anhang bzw. über den folgenden Link zur digitalen Unterschrift: [[Angebot ansehen und unterschreiben]]

Bitte gib uns bis zum 20. November Bescheid. Sollten wir bis dahin nichts von dir hören, verfällt das Angebot leider automatisch.

Herzliche Grüße
Paula Engel, People Lead""",
      attach=[("Vertragsangebot_Sam_Taylor.pdf", "application/pdf", PDF)],
      notes="offer with expiry sentence (verfällt leider); PDF attachment"),

    M(slug="de-bank-kartenzahlung-abgelehnt", label="other", cat="non-job-rejection", style="ats", country="de-DE",
      vendor="none", brand="Nordsee Direktbank",
      footer=["Nordsee Direktbank AG · Sitz Bremen · Amtsgericht Bremen HRB 55120 · Diese E-Mail wurde automatisch erstellt.",
              "Wir fragen niemals per E-Mail nach PIN oder TAN. Datenschutz: {privacy}"],
      frm="Nordsee Direktbank <service@nordsee-direktbank.example>",
      subject="Ihre Kartenzahlung wurde abgelehnt", headers=AUTO,
      text="""Guten Tag Sam Taylor,

eine Zahlung mit Ihrer Kreditkarte (endet auf 4417) wurde soeben abgelehnt:

{table}

Grund: Das verfügbare Limit wurde überschritten. Wenn Sie die Zahlung selbst ausgelöst haben, können Sie Ihr Limit in der App vorübergehend erhöhen. Wenn nicht, sperren Sie Ihre Karte bitte sofort: [[Karte sperren]]

Ihre Nordsee Direktbank""",
      table=[("Händler", "Bahnhofsbuchhandlung Köln"), ("Betrag", "38,90 EUR"), ("Status", "Abgelehnt")],
      notes="declined card payment; status table like an ATS portal"),

    M(slug="de-immo-wohnung-anderer-interessent", label="other", cat="non-job-rejection", style="ats", country="de-DE",
      vendor="none", brand="ImmoNest",
      footer=["ImmoNest GmbH · Kundenservice · Abmelden: {unsub}", "Datenschutz: {privacy}"],
      frm="ImmoNest <nachrichten@immonest.example>",
      subject="Absage zu Ihrer Anfrage: 3-Zimmer-Wohnung, Ehrenfeld", headers=BULK,
      text="""Hallo Sam Taylor,

der Anbieter der Wohnung „Helle 3-Zimmer-Altbauwohnung mit Balkon, Köln-Ehrenfeld“ hat Ihnen geantwortet:

„Sehr geehrte/r Frau/Herr Taylor, vielen Dank für Ihre Bewerbung um die Wohnung und Ihre vollständige Mieterselbstauskunft. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Interessenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche. Hausverwaltung Kessler“

Ähnliche Wohnungen in Ihrer Nähe: [[Jetzt ansehen]]""",
      notes="flat application rejected with job-rejection wording (Bewerbung, anderen Interessenten)"),

    M(slug="de-owner-personio-absage-versendet", day="2026-10-14", label="other", cat="owner-hiring", style="ats", country="de-DE",
      vendor="personio", brand="Calder Street Media",
      frm="Personio <notifications@calder-street-media.personio.de>",
      subject="Absage versendet: Mia Krüger – Junior Data Analyst (m/w/d)", headers=AUTO,
      text="""Hallo Sam,

die Absage an Mia Krüger für die Stelle Junior Data Analyst (m/w/d) wurde soeben versendet. Die Kandidatin wurde in die Phase „Abgelehnt“ verschoben.

{table}

Offene Aufgaben für dich: 3 Bewertungen ausstehend. [[Zur Stelle in Personio]]

Du erhältst diese Benachrichtigung, weil du Hiring Manager dieser Stelle bist.""",
      table=[("Kandidatin", "Mia Krüger"), ("Stelle", "Junior Data Analyst (m/w/d)"), ("Phase", "Abgelehnt"), ("Absagegrund", "Qualifikation")],
      notes="HR-system notice about Sam's own requisition at Calder Street Media"),

    M(slug="de-softgarden-rueckzug-bestaetigt", day="2026-10-12", label="other", cat="withdrawal-confirmation", style="ats", country="de-DE",
      vendor="softgarden", brand="Mainfranken Stadtwerke",
      frm="Mainfranken Stadtwerke <noreply@softgarden.io>",
      subject="Bestätigung: Sie haben Ihre Bewerbung zurückgezogen", headers=AUTO,
      text="""Sehr geehrte*r Sam Taylor,

hiermit bestätigen wir, dass Sie Ihre Bewerbung als Referent*in Kundenmarketing am 12.10.2026 über das Bewerberportal zurückgezogen haben. Das Bewerbungsverfahren ist für Sie damit beendet.

Wir bedauern Ihre Entscheidung, respektieren sie aber selbstverständlich. Ihre Daten werden gemäß unserer Datenschutzerklärung gelöscht.

Mit freundlichen Grüßen
Mainfranken Stadtwerke – Personal""",
      notes="Sam withdrew; 'Verfahren beendet', 'bedauern'"),

    M(slug="de-konferenz-vortrag-nicht-angenommen", label="other", cat="non-job-rejection", style="ats", country="de-DE",
      vendor="none", brand="Datenmarkt Konferenz 2027",
      footer=["Datenmarkt Konferenz · Programmkomitee · Diese E-Mail wurde über das Einreichungssystem versendet.",
              "Abmelden von Speaker-Mitteilungen: {unsub}"],
      frm="Datenmarkt Konferenz Programmkomitee <cfp@datenmarkt-konferenz.example>",
      subject="Ihre Einreichung „Insights ohne Cookies“ – Entscheidung des Programmkomitees", headers=AUTO,
      text="""Liebe*r Sam Taylor,

vielen Dank für Ihre Einreichung „Insights ohne Cookies: Publikumsforschung nach dem Tracking“ für die Datenmarkt Konferenz 2027.

Wir haben in diesem Jahr über 400 Vorschläge für 60 Slots erhalten. Leider konnten wir Ihren Vortrag nicht in das Programm aufnehmen. Die Entscheidung sagt nichts über die Qualität Ihrer Einreichung aus.

Als Dankeschön erhalten Sie 30 % Rabatt auf Ihr Ticket: [[Ticket sichern]]

Herzliche Grüße
Ihr Programmkomitee""",
      notes="rejected conference talk with rejection template wording"),

    # ------------------------------------------------------------------ hard negatives, personal (12)
    M(slug="de-antwort-auf-frage-zweite-runde", day="2026-10-27", label="other", cat="answer-to-owner-question", style="personal", country="de-DE",
      frm="Carina Weiß <carina.weiss@lindenhof-verlag.example>",
      subject="AW: Stand meiner Bewerbung – Leitung Leserforschung", parent=True,
      text="""Hallo Sam Taylor,

nein, ganz im Gegenteil – wir haben uns noch für niemanden entschieden, und Sie sind weiterhin im Rennen! Entschuldigen Sie bitte die lange Funkstille.

Wir möchten Sie gerne zur zweiten Runde einladen, diesmal mit unserer Verlagsleiterin. Würde Ihnen Donnerstag, der 5. November, um 14 Uhr passen?

Viele Grüße
Carina Weiß
Personalreferentin, Lindenhof Verlag

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 26. Oktober 2026 10:15
An: Carina Weiß <carina.weiss@lindenhof-verlag.example>
Betreff: Stand meiner Bewerbung – Leitung Leserforschung

Liebe Frau Weiß,

da ich länger nichts gehört habe, wollte ich fragen, ob Sie sich bereits für eine andere Kandidatin oder einen anderen Kandidaten entschieden haben?

Viele Grüße
Sam Taylor""",
      notes="answer to Sam's 'have you chosen someone else?': second-round invite"),

    M(slug="de-antwort-auf-dankesmail-nach-absage", day="2026-10-22", label="other", cat="reply-to-owner-followup", style="personal", country="de-DE",
      frm="Ines Brandt <ines.brandt@lumenhaus.example>",
      subject="Re: Deine Bewerbung bei Lumenhaus", parent=True, parent_depth=2, client_html=True,
      text="""Hi Sam,

danke dir für die nette Antwort – das ist wirklich nicht selbstverständlich. Ich behalte dich auf jeden Fall im Hinterkopf, und wenn im Frühjahr die Insights-Rolle aufgeht, melde ich mich bei dir.

Bis bald
Ines

Am Mi., 21. Okt. 2026 um 19:40 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Ines,
>
> danke für die ehrliche Rückmeldung. Natürlich bin ich enttäuscht, aber ich habe
> die Gespräche sehr genossen. Gerne bleibe ich in Kontakt.
>
> Viele Grüße
> Sam
>
> Am Mi., 21. Okt. 2026 um 11:02 Uhr schrieb Ines Brandt:
>> Hallo Sam,
>> wir haben uns entschieden, den Prozess für die Rolle Senior Growth Marketing
>> Manager mit anderen Bewerber*innen fortzusetzen.""",
      notes="recruiter answers Sam's thank-you; the rejection is only in the quote"),

    M(slug="de-kollegin-kandidat-absagen", label="other", cat="owner-hiring", style="personal", country="de-DE",
      frm="Julia Brenner <julia.brenner@example.org>",
      subject="Kandidaten Data Analyst – Absagen rausschicken?", client_html=True,
      text="""Hi Sam,

kurze Abstimmung zu den Data-Analyst-Kandidaten: Tobias Lenz und Ayşe Demir sagen wir ab, oder? Du hattest nach dem Case bei beiden Bauchschmerzen. Ich würde die Absagen morgen früh aus Personio rausschicken, außer du willst Tobias noch persönlich anrufen.

Clara bleibt im Prozess, Termin mit Geschäftsführung steht am Donnerstag.

Danke!
Julia

--
Julia Brenner | People & Culture | Calder Street Media
+49 30 555 7781""",
      notes="colleague at Calder Street Media about candidates Sam is rejecting"),

    M(slug="de-sam-absage-an-kandidatin", day="2026-10-14", label="other", cat="owner-sent", style="personal", country="de-DE",
      frm="Sam Taylor <sam.taylor@example.org>", to="Mia Krüger <mia.krueger@posteo.example>",
      subject="Ihre Bewerbung als Junior Data Analyst bei Calder Street Media",
      text="""Liebe Frau Krüger,

vielen Dank für Ihre Bewerbung als Junior Data Analyst und das Gespräch letzte Woche.

Leider muss ich Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Ihre Aufbereitung der Nutzerdaten hat uns gut gefallen, für die Rolle brauchen wir aber mehr Erfahrung mit SQL und Dashboards.

Ich wünsche Ihnen alles Gute für Ihren Berufseinstieg.

Viele Grüße
Sam Taylor
Head of Insights | Calder Street Media""",
      notes="Sam's own sent rejection to a candidate (From Sam)"),

    M(slug="de-recruiter-neue-mandate-alte-stelle-vergeben", label="other", cat="recruiter-outreach", style="personal", country="de-DE",
      frm="Daniel Köhler <daniel.koehler@spreeheads.example>",
      subject="Zwei neue Insights-Rollen in Berlin – Interesse?",
      text="""Hallo Sam,

wir hatten im Frühjahr kurz über die Insights-Lead-Stelle bei einem Berliner E-Commerce-Kunden gesprochen – die ist inzwischen vergeben, du hattest dich damals ja auch gegen eine Bewerbung entschieden.

Ich habe jetzt aber zwei neue Mandate, die besser passen könnten:

- Head of Consumer Insights bei einem Food-Delivery-Scale-up (ca. 120 Mitarbeitende, Berlin/remote)
- Director Research & Analytics bei einem Streaming-Anbieter (Berlin, 4 Tage remote möglich)

Hättest du Lust, diese Woche 20 Minuten zu telefonieren?

Beste Grüße
Daniel Köhler
Principal Consultant | SpreeHeads Executive Search
+49 30 555 2290""",
      notes="recruiter pitch; an old role 'vergeben' that Sam never applied for"),

    M(slug="de-ch-referenzen-anfrage", label="other", cat="reference-request", style="personal", country="de-CH",
      frm="Simone Furrer <simone.furrer@glarner-textil.example>",
      subject="Referenzen – Leiter/in Marktforschung",
      text="""Grüezi Sam Taylor

Danke nochmals für das gute Gespräch mit unserer Geschäftsleitung. Wir sind im letzten Schritt unseres Auswahlverfahrens und würden gerne zwei Referenzen einholen, bevor wir eine Entscheidung treffen.

Könnten Sie mir bis Freitag Namen und Telefonnummern von zwei früheren Vorgesetzten senden? Selbstverständlich kontaktieren wir Ihren aktuellen Arbeitgeber nicht ohne Ihre ausdrückliche Zustimmung.

Freundliche Grüsse
Simone Furrer
HR-Leiterin, Glarner Textil AG
T +41 55 555 12 34""",
      notes="reference request before a decision"),

    M(slug="de-freund-weitergeleitete-absage", day="2026-11-03", label="other", cat="forwarded", style="personal", country="de-DE",
      frm="Felix Marquardt <felix.marquardt@mailbox.example>",
      subject="Fwd: Ihre Bewerbung bei Hanse Digital",
      text="""Na toll. Schon die dritte diese Woche. Hast du Lust auf ein Bier am Freitag? Ich brauch das.

F.

---------- Forwarded message ---------
Von: Hanse Digital Recruiting <noreply@hanse-digital.example>
Date: Di., 3. Nov. 2026 um 08:31
Subject: Ihre Bewerbung bei Hanse Digital
To: <felix.marquardt@mailbox.example>

Sehr geehrter Herr Marquardt,

vielen Dank für Ihre Bewerbung als UX Researcher. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden haben.

Mit freundlichen Grüßen
Hanse Digital""",
      notes="a friend forwards his own rejection"),

    M(slug="de-outlook-besprechung-abgelehnt", day="2026-11-09", label="other", cat="declined-meeting", style="personal", country="de-DE",
      frm="Peter Schuster <peter.schuster@example.org>",
      subject="Abgelehnt: Jour fixe Insights & Redaktion",
      text="""Peter Schuster hat diese Besprechung abgelehnt.

Jour fixe Insights & Redaktion
Wann: Donnerstag, 12. November 2026 10:00-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Wo: Raum Spree / Teams

Sorry Sam, da bin ich beim Kunden. Können wir das auf Freitag schieben?""",
      attach=[("invite.ics", "text/calendar", ICS_DECLINE)],
      notes="declined meeting invitation from a colleague; METHOD:REPLY .ics"),

    M(slug="de-noch-in-entscheidung-melde-mich", label="other", cat="status-update", style="personal", country="de-DE",
      frm="Sabine Krämer <sabine.kraemer@auerbach-bau.example>",
      subject="Kurzer Zwischenstand",
      text="""Hallo Sam Taylor,

ich möchte mich kurz melden, damit Sie nicht im Ungewissen bleiben: Wir sind noch mitten in der Entscheidungsphase für die Stelle Leiter*in Marketing & Marktanalyse. Unser Geschäftsführer ist krankheitsbedingt ausgefallen, deshalb konnten wir die Finalrunde noch nicht abschließen.

Die Stelle bleibt selbstverständlich ausgeschrieben, und Sie sind weiterhin einer von drei Finalisten. Ich melde mich spätestens Ende nächster Woche bei Ihnen.

Herzliche Grüße
Sabine Krämer
Personalleitung | Auerbach Bau GmbH
Tel. +49 911 555 340""",
      notes="still deciding; Sam a finalist; delay"),

    M(slug="de-stiftung-foerderantrag-abgelehnt", day="2026-11-02", label="other", cat="non-job-rejection", style="personal", country="de-DE",
      frm="Dr. Henrike Stahl <h.stahl@stiftung-medienvielfalt.example>",
      subject="Ihr Förderantrag „Lokaljournalismus messbar machen“",
      text="""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihren Antrag auf Förderung des Projekts „Lokaljournalismus messbar machen“, den Sie gemeinsam mit Calder Street Media eingereicht haben.

Der Vergabeausschuss hat in seiner Sitzung vom 28. Oktober über alle 86 Anträge beraten. Leider konnte Ihr Antrag in dieser Förderrunde nicht berücksichtigt werden. Wir ermutigen Sie ausdrücklich, das Vorhaben in der nächsten Runde (Frist: 15. März 2027) erneut einzureichen.

Mit freundlichen Grüßen
Dr. Henrike Stahl
Programmleitung, Stiftung Medienvielfalt""",
      notes="grant application rejected"),

    M(slug="de-angebot-telefon-leider-gehalt", label="other", cat="offer", style="personal", country="de-DE",
      frm="Thomas Adler <thomas.adler@nordwind-energie.example>",
      subject="Unser Angebot – Head of Customer Insights",
      text="""Hallo Sam,

danke für das gute Telefonat vorhin. Wie besprochen freuen wir uns sehr, Ihnen die Position Head of Customer Insights anzubieten.

Leider können wir beim Fixgehalt nicht ganz auf Ihre Vorstellung von 98.000 EUR eingehen; wir bieten 92.000 EUR plus 10 % variable Vergütung und ein zusätzliches Weiterbildungsbudget. Den Vertragsentwurf schicke ich Ihnen morgen.

Ich hoffe sehr, dass wir zusammenkommen!

Beste Grüße
Thomas Adler
Geschäftsführer | Nordwind Energie GmbH
+49 441 555 9001""",
      notes="offer with 'leider' about salary"),

    M(slug="de-redaktion-gastbeitrag-passt-nicht", day="2026-11-10", label="other", cat="non-job-rejection", style="personal", country="de-DE",
      frm="Kerstin Mahler <k.mahler@medienwoche.example>",
      subject="Re: Gastbeitrag Publikumsforschung", parent=True,
      text="""Hallo Sam,

danke für den Vorschlag und den Entwurf. Ich habe ihn mit der Chefredaktion besprochen: Leider passt der Gastbeitrag gerade nicht in unsere Planung – wir hatten im Oktober schon einen Schwerpunkt zu Reichweitenmessung und wollen das Thema nicht doppeln.

Wenn Sie im Frühjahr einen Text zu KI in der Marktforschung hätten, wäre ich sehr interessiert.

Viele Grüße
Kerstin Mahler
Ressortleitung Medien, Medienwoche""",
      notes="editor declines Sam's guest article"),
]
