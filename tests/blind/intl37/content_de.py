"""German messages of the intl37 blind set: 16 rejections, 16 hard negatives (half ATS-style, half personal)."""

BULK = {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}


def R(**kw):
    kw.setdefault("lang", "de")
    kw["label"] = "rejection"
    return kw


def O(**kw):
    kw.setdefault("lang", "de")
    kw["label"] = "other"
    return kw


MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS style
    R(slug="brandauer-personio-kam", style="ats", vendor="personio", country="DE", cat="ats-automated",
      frm="Brandauer Handelshaus GmbH <noreply@brandauer-handelshaus.jobs.personio.de>",
      subject="Ihre Bewerbung als Key Account Manager Vertrieb Lebensmittelhandel (m/w/d)",
      brand="Brandauer Handelshaus GmbH", headers=AUTO,
      text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Key Account Manager Vertrieb Lebensmittelhandel (m/w/d) und das damit verbundene Interesse an der Brandauer Handelshaus GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns nach eingehender Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.

Wir würden Ihre Unterlagen gern für zukünftige Vakanzen in unserem Bewerberpool speichern. Wenn Sie damit einverstanden sind, bestätigen Sie dies bitte über den folgenden Link: [[Einwilligung zur Speicherung erteilen]]. Ohne Ihre Einwilligung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brandauer Handelshaus GmbH""",
      about="Über uns: Seit 1912 beliefert Brandauer über 1.400 Lebensmittelmärkte in Nord- und Westdeutschland. Ausgezeichnet als TOP Arbeitgeber Mittelstand 2026.",
      exp=("", "", "Brandauer Handelshaus GmbH", "Key Account Manager Vertrieb Lebensmittelhandel (m/w/d)"),
      notes="Handel; ordinary wording; retention consent link"),

    R(slug="oberweser-softgarden-einkauf", style="ats", vendor="softgarden", country="DE", cat="ats-automated",
      frm="Klinikum Oberweser – Personalabteilung <klinikum-oberweser@noreply.softgarden.io>",
      subject="Rückmeldung zu Ihrer Bewerbung – Referent Einkauf Medizinprodukte (m/w/d)",
      brand="Klinikum Oberweser gGmbH", headers=AUTO, h2t=True,
      text="""Sehr geehrte*r Sam Taylor,

herzlichen Dank für Ihre Bewerbung und die Zeit, die Sie in Ihre aussagekräftigen Unterlagen investiert haben. Ihr Werdegang hat uns beeindruckt, insbesondere Ihre Erfahrung in der Steuerung von Lieferantenbeziehungen und im Vertragsmanagement.

Nach sorgfältiger Prüfung aller Bewerbungen für die Position Referent Einkauf Medizinprodukte (m/w/d) haben wir uns jedoch entschieden, Sie nicht in die engere Auswahl einzubeziehen. Ausschlaggebend war für uns die langjährige Erfahrung im Krankenhauseinkauf, die andere Bewerbende mitbringen.

Diese Entscheidung ist uns angesichts der Qualität Ihrer Bewerbung nicht leichtgefallen. Wir freuen uns, wenn Sie unsere [[Stellenangebote]] weiterhin verfolgen – als Haus der Maximalversorgung mit 1.100 Betten suchen wir regelmäßig Verstärkung in Verwaltung und Medizin.

Mit freundlichen Grüßen

Ihr Team Personalgewinnung
Klinikum Oberweser gGmbH""",
      about="Das Klinikum Oberweser ist akademisches Lehrkrankenhaus und einer der größten Arbeitgeber der Region. Wir fördern Vielfalt und begrüßen ausdrücklich Bewerbungen von Menschen mit Schwerbehinderung.",
      exp=("", "", "Klinikum Oberweser gGmbH", "Referent Einkauf Medizinprodukte (m/w/d)"),
      notes="Klinik; html2text plain with [image] and link list; verdict in middle wrapped in praise"),

    R(slug="kranich-stepstone-status", style="ats", vendor="stepstone", country="DE", cat="job-board-relay",
      frm="StepStone <bewerbung@stepstone.example>",
      subject="Neuer Status Ihrer Bewerbung bei Spedition Kranich Logistik GmbH",
      brand="Spedition Kranich Logistik GmbH", headers=BULK,
      text="""Hallo Sam Taylor,

es gibt Neuigkeiten zu einer Ihrer Bewerbungen.

{table}

Nachricht des Unternehmens:
„Vielen Dank für Ihr Interesse. Wir haben uns für eine*n andere*n Kandidat*in entschieden und wünschen Ihnen für Ihre weitere Suche viel Erfolg."

Tipp: Mit einem vollständigen Profil werden Sie von Recruitern häufiger gefunden. [[Profil vervollständigen]]

[[Ähnliche Jobs ansehen]]""",
      table=[("Position", "Teamleiter Lager & Logistik (m/w/d)"), ("Unternehmen", "Spedition Kranich Logistik GmbH"),
             ("Ort", "Bremen"), ("Beworben am", "14.10.2026"), ("Status", "Absage")],
      exp=("", "", "Spedition Kranich Logistik GmbH", "Teamleiter Lager & Logistik (m/w/d)"),
      notes="StepStone relay; bulk headers; status table; employer note quoted"),

    R(slug="lindenau-stadtwerke-intern", style="ats", vendor="successfactors", country="DE", cat="internal-candidate",
      frm="Stadtwerke Lindenau Karriere <karriere-noreply@sap-successfactors.example>",
      subject="Stadtwerke Lindenau: Ihre Bewerbung (Req. 40917)",
      brand="Stadtwerke Lindenau GmbH", headers=AUTO, html_only=True, cte="base64",
      text="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bedanken uns für Ihre Bewerbung auf die Stelle Sachbearbeiter Beschaffung (m/w/d), Kennziffer 40917.

Die Stelle konnte zwischenzeitlich intern besetzt werden. Das Auswahlverfahren ist damit abgeschlossen.

Ihre Bewerbungsunterlagen werden gemäß unserer Datenschutzerklärung nach Ablauf von sechs Monaten gelöscht. Eine Rücksendung von Unterlagen erfolgt nicht, da wir ausschließlich Online-Bewerbungen entgegennehmen.

Mit freundlichen Grüßen
Stadtwerke Lindenau GmbH
Personalmanagement""",
      exp=("", "", "Stadtwerke Lindenau GmbH", "Sachbearbeiter Beschaffung (m/w/d)"),
      notes="Stadtwerke; HTML-only base64; intern besetzt; impersonal salutation"),

    R(slug="rheinaue-workday-portal", style="ats", vendor="workday", country="DE", cat="ats-automated",
      frm="Hochschule Rheinaue <hochschule-rheinaue@myworkday.com>",
      subject="Update zu Ihrer Bewerbung / Update on your application – R-2026-0388",
      brand="Hochschule Rheinaue", headers=AUTO,
      text="""Hallo Sam,

der Status Ihrer Bewerbung im Kandidatenportal hat sich geändert.

{table}

Weitere Informationen finden Sie jederzeit im [[Kandidatenportal]]. Für Rückfragen wenden Sie sich bitte an berufungen@hs-rheinaue.example.

---

Hello Sam,

the status of your application has changed. Please log in to the [[candidate home]] for details.""",
      table=[("Stelle", "Referent/in Studiengangsmanagement (E13 TV-L)"), ("Organisation", "Hochschule Rheinaue – Dezernat Studium und Lehre"),
             ("Referenz", "R-2026-0388"), ("Status", "Nicht berücksichtigt / Not selected")],
      exp=("berufungen@hs-rheinaue.example", "", "Hochschule Rheinaue", "Referent/in Studiengangsmanagement (E13 TV-L)"),
      notes="Hochschule; Workday portal status only; bilingual de/en; team address in body"),

    R(slug="quellwerk-xing-sdr", style="ats", vendor="xing", country="DE", cat="job-board-relay",
      frm="XING <mailrobot@mail.xing.example>",
      subject="Quellwerk Energy hat auf Deine Bewerbung reagiert",
      brand="Quellwerk Energy GmbH", headers=BULK,
      text="""Hallo Sam,

Quellwerk Energy GmbH hat den Status Deiner Bewerbung als Sales Development Representative (w/m/d) aktualisiert.

Das Unternehmen hat sich entschieden, Deine Bewerbung nicht weiterzuverfolgen. Das ist kein Urteil über Dich – oft entscheiden Kleinigkeiten.

Diese Jobs könnten Dich auch interessieren:
- Inside Sales Manager (m/w/d) – Voltbrise GmbH, Köln
- Account Executive SMB – Kachelwerk, Berlin
- Vertriebsmitarbeiter Innendienst – Thermo-Nord, Hamburg

[[Alle Jobempfehlungen ansehen]]""",
      exp=("", "", "Quellwerk Energy GmbH", "Sales Development Representative (w/m/d)"),
      notes="XING relay; Du; bulk headers; job recommendations after the verdict"),

    R(slug="pixelalp-join-gestrichen", style="ats", vendor="join", country="CH", cat="role-cancelled",
      frm="Pixelalp AG via JOIN <noreply@join.example>",
      subject="Deine Bewerbung bei Pixelalp AG",
      brand="Pixelalp AG", headers=AUTO,
      text="""Hoi Sam

Danke nochmals für Deine Bewerbung als Head of People Operations (80–100 %) und das gute Erstgespräch mit Lea.

Wir müssen Dir leider mitteilen, dass wir die Stelle vorerst nicht besetzen. Unser Verwaltungsrat hat das Budget für neue Führungsstellen bis mindestens Mitte 2027 eingefroren, und die Ausschreibung wurde heute geschlossen.

Das tut uns wirklich leid, zumal Du im Prozess weit gekommen bist. Bei Fragen melde Dich gerne direkt bei Lea: lea.brunner@pixelalp.example

Liebe Grüsse
Lea Brunner & das Pixelalp-Team""",
      exp=("lea.brunner@pixelalp.example", "Lea", "Pixelalp AG", "Head of People Operations (80–100 %)"),
      notes="Swiss start-up; JOIN; Du; role frozen/closed; Swiss spelling ss"),

    R(slug="sanitaetsverband-bamboohr-at", style="ats", vendor="bamboohr", country="AT", cat="keep-on-file",
      frm="Österreichischer Verband der Gesundheitsberufe <notifications@app.bamboohr.com>",
      reply_to="karriere@oevgb.example",
      subject="Ihre Bewerbung: Assistenz der Geschäftsführung / Verwaltung – Your application",
      brand="Österreichischer Verband der Gesundheitsberufe", headers=AUTO,
      text="""Sehr geehrte/r Sam Taylor,

wir danken Ihnen für Ihr Interesse an der Stelle Assistenz der Geschäftsführung / Verwaltung (Teilzeit 30 Std.) in unserer Geschäftsstelle in Wien.

Ihre Bewerbung war in diesem Fall leider nicht erfolgreich. Wir haben eine Kandidatin ausgewählt, die bereits mehrjährige Erfahrung in der Verbandsarbeit mitbringt.

Gerne nehmen wir Sie in unsere Evidenz auf und kontaktieren Sie, sobald eine passende Position frei wird. Falls Sie das nicht wünschen, genügt eine kurze Antwort an karriere@oevgb.example.

Mit freundlichen Grüßen
Personal & Organisation

– English version –

Thank you for applying for the Executive Assistant / Administration role in Vienna. Unfortunately your application was not successful on this occasion. We will keep your details on file unless you tell us otherwise.""",
      exp=("karriere@oevgb.example", "", "Österreichischer Verband der Gesundheitsberufe", "Assistenz der Geschäftsführung / Verwaltung (Teilzeit 30 Std.)"),
      notes="Verband; Austrian wording (Evidenz); German letter with English version; Reply-To team address"),

    # ------------------------------------------------------------------ rejections, personal
    R(slug="kessler-personalberater-einkauf", style="personal", country="DE", cat="agency-recruiter",
      frm="Jörg Kessler <j.kessler@kessler-personal.example>",
      subject="Leiter Einkauf bei Vitalis Medizinprodukte – Rückmeldung des Mandanten",
      text="""Guten Morgen Sam,

wie versprochen melde ich mich, sobald ich etwas von Vitalis höre – leider nicht mit der Nachricht, die wir uns beide gewünscht hätten.

Ich hatte gestern Abend ein längeres Telefonat mit Herrn Dr. Brenneke. Er und der kaufmännische Geschäftsführer fanden das Zweitgespräch mit Ihnen sehr angenehm, vor allem Ihre Ideen zur Lieferantenkonsolidierung. Am Ende hat sich der Mandant aber für einen Kandidaten entschieden, der bereits zehn Jahre Einkauf im Klinikumfeld mitbringt. Die Position Leiter Einkauf (m/w/d) ist damit für Sie leider vom Tisch.

Ich weiß, dass das nach drei Gesprächsrunden bitter ist. Mein Eindruck ist, dass es wirklich knapp war. Wenn Sie mögen, telefonieren wir nächste Woche kurz – ich habe zwei Suchen im Handel, bei denen ich gern an Sie denken würde.

Viele Grüße
Jörg Kessler

Kessler & Partner Personalberatung GmbH
Königsallee 61 · 40212 Düsseldorf
T +49 211 555 0187 · M +49 171 555 0392""",
      exp=("j.kessler@kessler-personal.example", "Jörg", "Vitalis Medizinprodukte", "Leiter Einkauf (m/w/d)"),
      notes="Personalberater relays client's decision; Sie with first name; verdict mid-letter"),

    R(slug="hubmayr-zeitarbeit-wien", style="personal", country="AT", cat="agency-recruiter",
      frm="Markus Pichler <markus.pichler@flexpersonal.example>",
      subject="AW: Disponent Logistik Hubmayr",
      parent=True, parent_domain="example.org",
      text="""Servus Sam,

kurze info: die Stelle als Disponent Logistik bei Hubmayr Transporte ist leider schon besetzt, der Kunde hat gestern einen anderen Bewerber fix gemacht. Hab ich auch erst heute erfahren, sorry!!

Ich schau dass ich dir was ähnliches find, Logistik ist grad eh gefragt.

lg Markus

Markus Pichler
Flex Personal Service GmbH – Niederlassung Wien Favoriten
+43 1 555 2290

> Am 17.11.2026 um 09:12 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Markus, gibt es schon was Neues von Hubmayr? Ich bin nächste Woche
> flexibel, falls sie noch ein Gespräch wollen. Danke, Sam""",
      exp=("markus.pichler@flexpersonal.example", "Markus", "Hubmayr Transporte", "Disponent Logistik"),
      notes="Zeitarbeit (Austria); Du; casual, typos; reply above quoted owner mail"),

    R(slug="ev-krankenhaus-hr-fachbereich", style="personal", country="DE", cat="personal-after-interview",
      frm="Sabine Hartwig <s.hartwig@evk-suedstadt.example>",
      subject="Ihre Bewerbung Stabsstelle Qualitäts- und Prozessmanagement",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrte Sam Taylor,

vielen Dank noch einmal für Ihren Besuch bei uns am vergangenen Dienstag.

Ich habe inzwischen mit Frau Dr. Albrecht, der Leiterin des Fachbereichs Qualitätsmanagement, gesprochen. Sie hat mich gebeten, Ihnen ihre Rückmeldung weiterzugeben: Sie schätzt Ihre strukturierte Arbeitsweise und Ihre Erfahrung in der Prozessgestaltung sehr, sieht aber für die Stabsstelle Qualitäts- und Prozessmanagement einen deutlichen Schwerpunkt auf klinischen Zertifizierungsverfahren (KTQ, DIN EN ISO 9001 im Krankenhaus), den Frau Taylor so noch nicht mitbringt. Der Fachbereich wird daher mit einer anderen Kandidatin weitergehen.

Ich bedaure, Ihnen keine positivere Nachricht geben zu können, und wünsche Ihnen für Ihre weitere Suche viel Erfolg.

Mit freundlichen Grüßen

Sabine Hartwig
Personalreferentin
Evangelisches Krankenhaus Südstadt
Tel. 0511 555-4418""",
      exp=("s.hartwig@evk-suedstadt.example", "Sabine", "Evangelisches Krankenhaus Südstadt", "Stabsstelle Qualitäts- und Prozessmanagement"),
      notes="Klinik; HR passes the Fachbereich's note, candidate in third person; ISO-8859-1 QP"),

    R(slug="lagerfeuer-startup-vergeben", style="personal", country="DE", cat="terse",
      frm="Nina Oswald <nina@lagerfeuer-logistics.example>",
      subject="Re: Operations Manager Logistik – kurzer Stand?",
      parent=True, parent_domain="example.org", client_html=True,
      text="""Hi Sam,

sorry für die späte Antwort, hier war die letzten zwei Wochen Land unter. Wir haben die Stelle als Operations Manager Logistik inzwischen vergeben – an jemanden, der schon bei uns als Freelancer war.

Danke dir für deine Geduld und alles Gute!
Nina

Nina Oswald | Co-Founder Lagerfeuer Logistics
Gesendet von meinem iPhone

> Am 24.11.2026 um 18:40 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Hallo Nina,
> ich wollte kurz nachhören, ob es zur Stelle als Operations Manager Logistik
> schon einen Stand gibt. Ich freue mich weiterhin sehr über die Chance!
> Viele Grüße
> Sam""",
      exp=("nina@lagerfeuer-logistics.example", "Nina", "Lagerfeuer Logistics", "Operations Manager Logistik"),
      notes="Start-up; Du; reply above the owner's chaser; 'Stelle vergeben'"),

    R(slug="hs-nordmark-lehrkraft-lang", style="personal", country="DE", cat="personal-after-interview",
      frm="Prof. Dr. Henrike Sommerfeld <henrike.sommerfeld@hs-nordmark.example>",
      subject="Ihre Bewerbung als Lehrkraft für besondere Aufgaben (Marketing & Vertrieb)",
      text="""Sehr geehrte Sam Taylor,

im Namen der Auswahlkommission möchte ich mich herzlich für Ihre Bewerbung und für Ihre Lehrprobe am 5. November bedanken. Ihre Einheit zu Preisverhandlungen im B2B-Vertrieb hat bei den anwesenden Studierenden, das darf ich Ihnen ausdrücklich sagen, großen Anklang gefunden, und auch die Kommission hat Ihre Praxisnähe sehr positiv hervorgehoben.

Das Verfahren war in diesem Jahr außergewöhnlich kompetitiv: Auf die Stelle haben sich 64 Personen beworben, sieben wurden zur Lehrprobe eingeladen. Nach ausführlicher Beratung hat die Kommission beschlossen, die Stelle einer Bewerberin anzubieten, die bereits mehrere Semester Lehrerfahrung an einer Hochschule für angewandte Wissenschaften mitbringt. Wir konnten Sie daher bei der Besetzung der Stelle als Lehrkraft für besondere Aufgaben (Marketing & Vertrieb) leider nicht berücksichtigen.

Ich möchte Sie dennoch ermutigen, sich für Lehraufträge in unserem Fachbereich zu bewerben. Lehrbeauftragte werden bei uns semesterweise gewonnen; die Ausschreibung für das Sommersemester 2027 erscheint im Januar. Gern können Sie sich dafür direkt an mich wenden.

Ihre Unterlagen werden nach Abschluss des Verfahrens gemäß den Vorgaben des Landesdatenschutzgesetzes vernichtet, sofern Sie nicht innerhalb von vier Wochen eine Rücksendung wünschen.

Mit freundlichen Grüßen

Prof. Dr. Henrike Sommerfeld
Vorsitzende der Auswahlkommission
Dekanin Fachbereich Wirtschaft
Hochschule Nordmark
Tel. +49 461 555 3120""",
      exp=("henrike.sommerfeld@hs-nordmark.example", "Henrike", "Hochschule Nordmark", "Lehrkraft für besondere Aufgaben (Marketing & Vertrieb)"),
      notes="Hochschule; long letter, verdict in the middle; Lehraufträge encouraged"),

    R(slug="kanton-thurland-resent", style="personal", country="CH", cat="forwarded-resent",
      frm="Personalamt Kanton Thurland – Corinne Meier <corinne.meier@tl.example>",
      subject="WG: Ihre Bewerbung Sachbearbeiter/in Personaladministration 80–100 %",
      text="""Guten Tag Sam Taylor

Wie telefonisch besprochen, sende ich Ihnen unser Schreiben vom 12. November nochmals, da es offenbar nicht bei Ihnen angekommen ist.

Freundliche Grüsse
Corinne Meier

-----Ursprüngliche Nachricht-----
Von: Personalamt Kanton Thurland <personalamt@tl.example>
Gesendet: Donnerstag, 12. November 2026 10:04
An: sam.taylor@exmaple.org
Betreff: Ihre Bewerbung Sachbearbeiter/in Personaladministration 80–100 %

Guten Tag Sam Taylor

Wir danken Ihnen für Ihre Bewerbung und das Interesse an einer Tätigkeit in der kantonalen Verwaltung.

Nach eingehender Prüfung der zahlreichen Bewerbungen müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiter berücksichtigen können. Wir haben uns für eine Person entschieden, deren Profil unseren Anforderungen besser entspricht.

Ihre Bewerbungsunterlagen werden gemäss kantonalem Datenschutzgesetz nach drei Monaten gelöscht.

Wir wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse
Personalamt Kanton Thurland
Abteilung Personalgewinnung

Corinne Meier
HR-Fachfrau
Personalamt Kanton Thurland
Tel. +41 52 555 41 18""",
      exp=("corinne.meier@tl.example", "Corinne", "Kanton Thurland", "Sachbearbeiter/in Personaladministration 80–100 %"),
      notes="Verwaltung (Switzerland); re-sent letter in Outlook forward block, original had a mistyped address"),

    R(slug="regalheld-terse-category", style="personal", country="DE", cat="terse",
      frm="Tobias Renner <tobias@regalheld.example>",
      subject="Re: Category Manager Einkauf – Gespräch letzte Woche",
      parent=True, parent_domain="example.org", wrap=False,
      text="""Hey Sam, kurz und knapp: wir gehen mit jemand anderem weiter. Danke dir trotzdem für die Zeit, hat Spaß gemacht!

VG Tobi

--
Tobias Renner · Head of Buying · Regalheld GmbH""",
      exp=("tobias@regalheld.example", "Tobias", "Regalheld GmbH", "Category Manager Einkauf"),
      notes="e-commerce Handel; terse; role only in subject; signs 'Tobi'"),

    R(slug="nordhafen-kontraktlogistik-feedback", style="personal", country="DE", cat="personal-after-interview",
      frm="Aylin Demir <aylin.demir@nordhafen-logistik.example>",
      subject="Ihre Bewerbung: Key Account Manager Kontraktlogistik",
      client_html=True,
      text="""Sehr geehrte Sam Taylor,

zunächst herzlichen Dank für die beiden Gespräche mit Herrn Lorenz und mir sowie für die Ausarbeitung der Fallstudie.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns jedoch dafür entschieden, die Position Key Account Manager Kontraktlogistik mit einer Kandidatin zu besetzen, die unsere Kunden aus der Automobilzulieferindustrie bereits kennt.

Gern gebe ich Ihnen noch ein kurzes Feedback: Ihre Präsentation war klar und überzeugend, bei der Kalkulation der Lagerkosten hätten wir uns etwas mehr Tiefe gewünscht.

Wir würden uns freuen, wenn wir bei künftigen Vakanzen wieder auf Sie zukommen dürfen.

Mit freundlichen Grüßen
Aylin Demir
Talent Acquisition

Nordhafen Logistik SE | Am Kaiserkai 8 | 20457 Hamburg
T +49 40 555 7761

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Nordhafen Logistik SE, Registered office Hamburg, HRB 155 210.""",
      exp=("aylin.demir@nordhafen-logistik.example", "Aylin", "Nordhafen Logistik SE", "Key Account Manager Kontraktlogistik"),
      notes="Logistik; after case study; feedback; English legal disclaimer under German letter"),

    # ------------------------------------------------------------------ hard negatives, ATS style
    O(slug="brandauer-personio-eingang", style="ats", vendor="personio", country="DE", cat="ack-received",
      frm="Brandauer Handelshaus GmbH <noreply@brandauer-handelshaus.jobs.personio.de>",
      subject="Eingangsbestätigung: Ihre Bewerbung als Gebietsverkaufsleiter (m/w/d) Region Nord",
      brand="Brandauer Handelshaus GmbH", headers=AUTO,
      text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Gebietsverkaufsleiter (m/w/d) Region Nord. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis, dass dies zwei bis drei Wochen dauern kann. Sollten wir Sie im weiteren Verfahren nicht berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns – Sie warten also nicht vergeblich.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brandauer Handelshaus GmbH""",
      about="Über uns: Seit 1912 beliefert Brandauer über 1.400 Lebensmittelmärkte in Nord- und Westdeutschland.",
      notes="same sender as a rejection; hedging acknowledgement ('nicht berücksichtigen können')"),

    O(slug="oberweser-softgarden-einladung", style="ats", vendor="softgarden", country="DE", cat="interview-invite",
      frm="Klinikum Oberweser – Personalabteilung <klinikum-oberweser@noreply.softgarden.io>",
      subject="Einladung zum Vorstellungsgespräch – Sachgebietsleitung Patientenverwaltung (m/w/d)",
      brand="Klinikum Oberweser gGmbH", headers=AUTO, h2t=True, button="Termin auswählen",
      text="""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihre Bewerbung als Sachgebietsleitung Patientenverwaltung (m/w/d). Wir würden Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein.

Bitte wählen Sie über den unten stehenden Button einen passenden Termin aus. Das Gespräch findet im Verwaltungsgebäude (Haus C, 2. OG) statt und dauert etwa 60 Minuten.

Leider stehen auf dem Klinikgelände nur sehr wenige Besucherparkplätze zur Verfügung; wir empfehlen die Anreise mit Bus-Linie 4. Reisekosten können wir leider nicht erstatten.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung""",
      notes="same vendor/sender as a rejection; invitation with 'leider' about parking and travel costs"),

    O(slug="lindenau-successfactors-onlinetest", style="ats", vendor="successfactors", country="DE", cat="assessment",
      frm="Stadtwerke Lindenau Karriere <karriere-noreply@sap-successfactors.example>",
      subject="Stadtwerke Lindenau: Online-Test zu Ihrer Bewerbung (Req. 41102)",
      brand="Stadtwerke Lindenau GmbH", headers=AUTO,
      text="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

vielen Dank für Ihre Bewerbung als Referent Vertrieb Geschäftskunden Energie (m/w/d), Kennziffer 41102.

Im nächsten Schritt bitten wir Sie, einen Online-Test (Zahlenverständnis, Textverständnis, ca. 45 Minuten) zu absolvieren: [[Zum Online-Test]]

Bitte schließen Sie den Test bis zum 4. Dezember 2026 ab. Nach Ablauf der Frist können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Mit freundlichen Grüßen
Stadtwerke Lindenau GmbH
Personalmanagement""",
      notes="same sender as a rejection; test invitation with a conditional 'nicht weiter berücksichtigen'"),

    O(slug="rheinaue-workday-zwischenbescheid", style="ats", vendor="workday", country="DE", cat="status-update",
      frm="Hochschule Rheinaue <hochschule-rheinaue@myworkday.com>",
      subject="Zwischenbescheid zu Ihrer Bewerbung – R-2026-0412",
      brand="Hochschule Rheinaue", headers=AUTO,
      text="""Hallo Sam,

vielen Dank für Ihre Bewerbung als Sachbearbeiter/in Drittmittelverwaltung (E9b TV-L).

Wir möchten Ihnen einen Zwischenbescheid geben: Das Auswahlverfahren ist noch nicht abgeschlossen, da die Zustimmung des Personalrats und der Gleichstellungsbeauftragten noch aussteht. Eine Entscheidung über Ihre Bewerbung wurde noch nicht getroffen.

Wir bitten um Ihre Geduld und melden uns voraussichtlich Mitte Dezember bei Ihnen.

{table}""",
      table=[("Stelle", "Sachbearbeiter/in Drittmittelverwaltung (E9b TV-L)"), ("Referenz", "R-2026-0412"),
             ("Status", "In Prüfung / Under review")],
      notes="same sender as a rejection; interim notice, no decision yet"),

    O(slug="stepstone-jobalarm-einkauf", style="ats", vendor="stepstone", country="DE", cat="job-alert",
      frm="StepStone Jobagent <jobagent@stepstone.example>",
      subject="7 neue Jobs für „Einkauf“ in Hamburg und Umgebung",
      brand="StepStone", headers=BULK, h2t=True,
      text="""Hallo Sam Taylor,

Ihr Jobagent hat 7 neue Stellenangebote gefunden:

- Strategischer Einkäufer (m/w/d) – Hanse Elektro GmbH, Hamburg
- Junior Buyer Non-Food (m/w/d) – Brandauer Handelshaus GmbH, Hamburg
- Einkaufsleiter Krankenhausbedarf – Asklepiad Kliniken, Hamburg
- Sachbearbeiter Beschaffung – Stadtwerke Lindenau GmbH, Lindenau
- Operativer Einkäufer – Nordhafen Logistik SE, Hamburg
- Category Manager Drogerie – Regalheld GmbH, remote
- Einkaufsassistenz (Teilzeit) – Elbwerk Verband, Hamburg

Hinweis: Eine Ihrer gemerkten Stellen ist nicht mehr verfügbar. „Disponent Import (m/w/d)“ wurde vom Arbeitgeber deaktiviert.

[[Alle 7 Jobs ansehen]] · [[Jobagent bearbeiten]]""",
      notes="job alert listing employers Sam applied to; a saved (not applied) job deactivated"),

    O(slug="voltbrise-talentpool-offen", style="ats", vendor="xing", country="DE", cat="talent-pool-no-verdict",
      frm="XING <mailrobot@mail.xing.example>",
      subject="Voltbrise GmbH lädt Dich in ihren Talent Pool ein",
      brand="Voltbrise GmbH", headers=BULK,
      text="""Hallo Sam,

Voltbrise GmbH hat Dich eingeladen, ihrem Talent Pool beizutreten.

Nachricht von Jana (Recruiting, Voltbrise): „Deine Bewerbung als Inside Sales Manager (m/w/d) ist weiterhin bei uns im Verfahren – das hier ist keine Absage! Wir bauen gerade parallel einen Talent Pool für künftige Vertriebsrollen auf und würden Dich gern dabei haben."

[[Talent Pool beitreten]] · [[Später entscheiden]]""",
      notes="XING relay; talent-pool invitation saying explicitly it is not a rejection"),

    O(slug="calder-personio-eigene-absage", style="ats", vendor="personio", country="DE", cat="owner-hiring",
      frm="Personio <noreply@calder-street-media.jobs.personio.de>",
      subject="Absage versendet: Werkstudent*in Vertrieb (Hamburg) – 3 Kandidat*innen",
      brand="Calder Street Media", headers=AUTO,
      text="""Hallo Sam,

für Deine Stelle Werkstudent*in Vertrieb (Hamburg) wurden heute folgende Absagen versendet:

- Lukas Brandt – Status: Abgelehnt (Vorlage „Absage nach Erstgespräch“)
- Merve Kaya – Status: Abgelehnt (Vorlage „Absage ohne Gespräch“)
- Jonas Weber – Status: Abgelehnt (Vorlage „Absage ohne Gespräch“)

Offene Kandidat*innen in der Phase „Zweitgespräch“: 2

[[Stelle in Personio öffnen]]""",
      notes="owner's own requisition; HR-system notice of rejections Sam sent"),

    O(slug="wohnung-absage-portal", style="ats", vendor="inhouse", country="DE", cat="non-job-rejection",
      frm="Wohnungsbau Elbufer eG <vermietung-noreply@wohnungsbau-elbufer.example>",
      subject="Ihre Bewerbung für die Wohnung Lerchenstraße 14, 2. OG links",
      brand="Wohnungsbau Elbufer eG", headers=AUTO,
      text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung in der Lerchenstraße 14.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Aufgrund der hohen Nachfrage konnten wir nicht alle Bewerbungen berücksichtigen.

Ihre Mitgliedschaftsanfrage bleibt davon unberührt. Neue Angebote finden Sie im [[Mitgliederportal]].

Mit freundlichen Grüßen
Ihre Vermietungsabteilung""",
      notes="flat application refused; rejection vocabulary ('Bewerbung', 'andere entschieden')"),

    # ------------------------------------------------------------------ hard negatives, personal
    O(slug="hanse-elektro-angebot", style="personal", country="DE", cat="offer",
      frm="Claudia Ritter <c.ritter@hanse-elektro.example>",
      subject="Ihr Vertragsangebot – Strategischer Einkäufer (m/w/d)",
      attach=[("Vertragsangebot_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Vertragsangebot (Platzhalter)\n%%EOF\n")],
      text="""Sehr geehrte Sam Taylor,

leider hat es etwas länger gedauert als angekündigt – dafür bitte ich um Entschuldigung. Umso mehr freue ich mich, Ihnen heute mitteilen zu können, dass wir Ihnen die Position als Strategischer Einkäufer (m/w/d) anbieten möchten.

Im Anhang finden Sie unser Vertragsangebot. Wir haben das besprochene Jahresgehalt sowie 30 Urlaubstage berücksichtigt. Bitte geben Sie uns bis zum 11. Dezember Bescheid, ob Sie das Angebot annehmen.

Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen
Claudia Ritter
Leiterin Personal
Hanse Elektro GmbH
Tel. +49 40 555 2280""",
      notes="offer with PDF; opens with 'leider'"),

    O(slug="kessler-pitch-neue-mandate", style="personal", country="DE", cat="recruiter-outreach",
      frm="Jörg Kessler <j.kessler@kessler-personal.example>",
      subject="Zwei neue Mandate im Handel – passt das für Sie?",
      text="""Hallo Sam,

wie am Telefon angekündigt, hier die beiden Suchen, die ich im Kopf hatte:

1. Head of Procurement Non-Food, Drogeriekette, ca. 900 Filialen, Sitz Hannover
2. Leiter Vertrieb Süd, Getränkegroßhandel, Sitz Nürnberg, hybrid

Bei der ersten Position hat der Mandant bisher alle Kandidaten ohne Handelserfahrung abgelehnt – das ist bei Ihnen zum Glück kein Thema. Für die zweite wäre Reisebereitschaft (ca. 40 %) wichtig.

Darf ich Sie für eine oder beide Positionen vorstellen?

Viele Grüße
Jörg Kessler
Kessler & Partner Personalberatung GmbH
T +49 211 555 0187""",
      notes="same recruiter as a rejection; pitch; 'abgelehnt' about other candidates"),

    O(slug="owner-sent-absage-kandidat", style="personal", country="DE", cat="owner-sent",
      frm="Sam Taylor <sam.taylor@example.org>", to="Felix Yilmaz <felix.yilmaz@mailbox.example>",
      subject="Ihre Bewerbung bei Calder Street Media – Junior Sales Manager",
      text="""Hallo Herr Yilmaz,

vielen Dank für Ihre Zeit im Gespräch letzte Woche und Ihr Interesse an Calder Street Media.

Nach reiflicher Überlegung haben wir uns entschieden, die Position als Junior Sales Manager mit einer anderen Kandidatin zu besetzen. Die Entscheidung war knapp, und Ihr Wissen über regionale Medienmärkte hat uns sehr beeindruckt.

Ich wünsche Ihnen für Ihre weitere Suche alles Gute und würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Sam Taylor
Calder Street Media""",
      notes="the owner's own sent rejection to a candidate"),

    O(slug="colleague-kandidaten-absage", style="personal", country="DE", cat="owner-hiring",
      frm="Mareike Lohse <mareike.lohse@example.org>",
      subject="Junior Sales Manager – Entscheidung",
      text="""Hi Sam,

hab mit Jens gesprochen: Wir nehmen Frau Schäfer. Herrn Yilmaz und Frau Otto sagen wir ab, beide gut, aber nicht die richtige Erfahrung im Anzeigenverkauf.

Magst du Herrn Yilmaz die Absage schreiben? Du hattest das Gespräch mit ihm. Frau Otto übernehme ich.

Danke dir!
Mareike

--
Mareike Lohse · Head of Sales · Calder Street Media""",
      notes="colleague at the owner's company about candidates Sam rejects"),

    O(slug="regalheld-reply-to-followup", style="personal", country="DE", cat="reply-to-owner-followup",
      frm="Tobias Renner <tobias@regalheld.example>",
      subject="Re: Re: Category Manager Einkauf – Gespräch letzte Woche",
      parent=True, parent_domain="example.org", parent_depth=2,
      text="""Hey Sam,

danke dir für die nette Nachricht, kein Ding! Wir bleiben auf jeden Fall in Kontakt – ich melde mich, wenn im Frühjahr die Stelle im Private-Label-Einkauf aufgeht.

VG Tobi

> Am 02.12.2026 um 08:15 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Tobi, danke für die schnelle Rückmeldung, auch wenn ich mir natürlich
> etwas anderes gewünscht hätte. Wenn sich bei euch wieder etwas im Einkauf
> ergibt, denk gern an mich. Viele Grüße, Sam
>
>> Am 01.12.2026 um 17:02 schrieb Tobias Renner <tobias@regalheld.example>:
>> Hey Sam, kurz und knapp: wir gehen mit jemand anderem weiter. Danke dir
>> trotzdem für die Zeit, hat Spaß gemacht!""",
      notes="reply to the owner's follow-up; the rejection is only in the quote"),

    O(slug="thermo-nord-antwort-zweite-runde", style="personal", country="DE", cat="answer-to-owner-question",
      frm="Stefanie Arndt <stefanie.arndt@thermo-nord.example>",
      subject="AW: Vertriebsmitarbeiter Innendienst – haben Sie sich schon entschieden?",
      parent=True, parent_domain="example.org",
      text="""Hallo Sam Taylor,

nein, wir haben uns nicht für jemand anderen entschieden – ganz im Gegenteil! Entschuldigen Sie bitte die Funkstille, unser Vertriebsleiter war zwei Wochen krank.

Wir möchten Sie gern zu einem zweiten Gespräch einladen, gern am Dienstag, 8.12., um 10 Uhr oder am Mittwoch, 9.12., um 14 Uhr bei uns in Hamburg-Billbrook. Passt Ihnen einer der Termine?

Beste Grüße
Stefanie Arndt
Personal | Thermo-Nord GmbH & Co. KG
040 555 61 20

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 30. November 2026 09:47
An: Stefanie Arndt <stefanie.arndt@thermo-nord.example>
Betreff: Vertriebsmitarbeiter Innendienst – haben Sie sich schon entschieden?

Hallo Frau Arndt,
seit unserem Gespräch sind drei Wochen vergangen. Darf ich fragen, ob Sie sich bereits für jemand anderen entschieden haben? Eine kurze Rückmeldung wäre sehr nett.
Viele Grüße
Sam Taylor""",
      notes="answer to the owner's 'have you chosen someone else?': a second-round invitation"),

    O(slug="verband-vortrag-abgelehnt", style="personal", country="DE", cat="non-job-rejection",
      frm="Programmkomitee Logistiktag Nord <programm@logistiktag-nord.example>",
      subject="Logistiktag Nord 2027 – Ihre Vortragseinreichung",
      text="""Sehr geehrte Sam Taylor,

vielen Dank für Ihre Einreichung „Last-Mile im Handel: Was Medienhäuser von Paketdiensten lernen können“ zum Logistiktag Nord 2027.

Das Programmkomitee hat in diesem Jahr über 140 Einreichungen für 22 Slots erhalten. Leider konnten wir Ihren Vortrag nicht in das Programm aufnehmen. Die Entscheidung ist uns bei vielen guten Themen schwergefallen.

Als Einreichende erhalten Sie 20 % Rabatt auf das Ticket (Code LTN27-SPEAK).

Mit freundlichen Grüßen
Dr. Frank Heller
für das Programmkomitee
Bundesverband Logistik Nord e. V.""",
      notes="conference talk declined by a Verband; non-job"),

    O(slug="elbwerk-entscheidung-verzoegert", style="personal", country="DE", cat="status-update",
      frm="Katrin Vogt <k.vogt@elbwerk-verband.example>",
      subject="Ihre Bewerbung Referent/in Mitgliederservice – kurzer Zwischenstand",
      text="""Liebe Sam Taylor,

ich wollte mich kurz bei Ihnen melden, damit Sie nicht im Unklaren bleiben: Die Entscheidung zur Stelle Referent/in Mitgliederservice verzögert sich leider, weil unser Vorstand erst am 14. Dezember tagt und die Besetzung dort bestätigen muss.

Sie sind weiterhin im Auswahlverfahren, und wir haben noch keine Entscheidung getroffen. Ich melde mich spätestens in der Woche vor Weihnachten, so oder so.

Herzliche Grüße
Katrin Vogt
Geschäftsstelle Elbwerk Verband e. V.
Tel. 040 555 9013""",
      notes="decision delayed, explicitly still in the running"),
]

# Days pinned where the text or a quoted message fixes the date (others come from the slug's hash).
DAYS = {
    "hubmayr-zeitarbeit-wien": "2026-11-18", "lagerfeuer-startup-vergeben": "2026-11-26",
    "regalheld-terse-category": "2026-12-01", "regalheld-reply-to-followup": "2026-12-02",
    "thermo-nord-antwort-zweite-runde": "2026-12-01", "kanton-thurland-resent": "2026-11-23",
    "hs-nordmark-lehrkraft-lang": "2026-11-16", "hanse-elektro-angebot": "2026-12-03",
    "lindenau-successfactors-onlinetest": "2026-11-25", "rheinaue-workday-zwischenbescheid": "2026-11-20",
    "elbwerk-entscheidung-verzoegert": "2026-11-27", "colleague-kandidaten-absage": "2026-11-20",
    "owner-sent-absage-kandidat": "2026-11-21", "kessler-personalberater-einkauf": "2026-11-19",
    "kessler-pitch-neue-mandate": "2026-11-30", "ev-krankenhaus-hr-fachbereich": "2026-11-13",
}
for _m in MESSAGES:
    _m.setdefault("day", DAYS.get(_m["slug"], ""))
