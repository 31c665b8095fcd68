"""German-language messages (Germany, Austria, Switzerland): 30 rejections, 30 hard negatives."""
from content_common import rej

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
LIST = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"}


def M(**kw):
    kw.setdefault("lang", "de")
    kw.setdefault("variant", "de-DE")
    return kw


R = "rejection"
O = "other"

MESSAGES = [
    # ------------------------------------------------------------------ rejections
    M(slug="rheinwerk-successfactors-nicht-weiter", label=R, cat="ats-automated", style="ats", vendor="successfactors",
      brand="Rheinwerk Energie AG", frm="Rheinwerk Energie Karriere <noreply@successfactors.eu>", headers=AUTO,
      subject="Ihre Bewerbung als Produktmanager Digitale Services (m/w/d) – Ref. 48213",
      text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihr Interesse an der Rheinwerk Energie AG und für die Zeit, die Sie in Ihre Bewerbung als Produktmanager Digitale Services (m/w/d) investiert haben.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer Qualifikation. Gerne können Sie sich über unser [[Karriereportal]] auch künftig auf passende Stellen bewerben.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinwerk Energie AG""",
      about="Rheinwerk Energie AG – Energie für die Region seit 1898. Mehr als 6.400 Mitarbeitende an 14 Standorten.",
      exp=rej("", "", "Rheinwerk Energie AG", "Produktmanager Digitale Services (m/w/d)"),
      notes="ordinary wording; data-protection footer"),

    M(slug="kiezlabs-personio-du-andere", label=R, cat="ats-automated", style="ats", vendor="personio",
      brand="Kiezlabs", frm="Kiezlabs GmbH <jobs@kiezlabs.jobs.personio.de>", reply_to="Lena Hoffmann <lena.hoffmann@kiezlabs.example>",
      headers=AUTO, subject="Deine Bewerbung bei Kiezlabs",
      text="""Hi Sam,

danke dir nochmal für deine Bewerbung als Growth Marketing Lead und das nette Kennenlernen letzte Woche!

Wir haben lange hin und her überlegt, uns am Ende aber für eine andere Kandidatin entschieden, deren Erfahrung im Bereich Performance-Marketing noch etwas näher an dem liegt, was wir gerade brauchen.

Das fällt uns nicht leicht, denn wir hatten echt Spaß im Gespräch. Wenn du magst, halten wir dich auf dem Laufenden, sobald wir wieder etwas im Marketing ausschreiben.

Alles Liebe aus Kreuzberg
Lena
People & Culture, Kiezlabs""",
      exp=rej("lena.hoffmann@kiezlabs.example", "Lena", "Kiezlabs", "Growth Marketing Lead"),
      notes="du; Reply-To recruiter; after first interview"),

    M(slug="nordhafen-softgarden-talentpool", label=R, cat="keep-on-file", style="ats", vendor="softgarden",
      brand="Nordhafen Logistik", frm="Nordhafen Logistik GmbH <no-reply@softgarden.io>", headers=AUTO,
      subject="Rückmeldung zu Ihrer Bewerbung – Leitung Unternehmenskommunikation",
      text="""Guten Tag Sam Taylor,

zunächst möchten wir uns herzlich für Ihre Bewerbung als Leitung Unternehmenskommunikation bedanken. Wir wissen, wie viel Zeit und Sorgfalt in einer Bewerbung stecken, und haben Ihre Unterlagen mit großem Interesse gelesen. Ihr Werdegang bei Calder Street Media und Ihre Erfahrung im Aufbau datengetriebener Redaktionsprozesse haben uns beeindruckt.

Die Nordhafen Logistik GmbH befindet sich in einer spannenden Wachstumsphase: Mit neuen Standorten in Bremerhaven und Rotterdam und über 1.200 Mitarbeitenden stellen wir die Weichen für die nächsten Jahre. Entsprechend hoch war die Resonanz auf unsere Ausschreibung, und entsprechend schwer fiel uns die Auswahl.

Nach sorgfältiger Abwägung aller Bewerbungen haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Profil noch etwas genauer zu den Anforderungen dieser Position passt.

Wir würden Ihre Unterlagen gerne für 12 Monate in unserem Talentpool speichern, um Sie bei künftigen Vakanzen direkt ansprechen zu können. Dürfen wir das? Dann bestätigen Sie dies bitte über den folgenden Link: [[Ja, ich möchte in den Talentpool aufgenommen werden]]. Ohne Ihre Zustimmung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gemäß DSGVO gelöscht.

Mit freundlichen Grüßen
Katrin Albers
Talent Acquisition""",
      about="Nordhafen Logistik GmbH · Am Kaiserhafen 9 · 27568 Bremerhaven · Amtsgericht Bremen HRB 30417",
      exp=rej("", "Katrin", "Nordhafen Logistik GmbH", "Leitung Unternehmenskommunikation"),
      notes="verdict buried after praise and company boilerplate; talent-pool consent question; no address"),

    M(slug="stadtwerke-dvinci-anderweitig-besetzt", label=R, cat="ats-automated", style="ats", vendor="dvinci",
      brand="Stadtwerke Lindenau", frm="Stadtwerke Lindenau – Bewerbermanagement <bewerbung@swl.dvinci-easy.com>", headers=AUTO,
      subject="Ihre Bewerbung: Referent Marketing & Kundendialog (w/m/d), Kennziffer SWL-2026-41",
      text="""Sehr geehrte Sam Taylor,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an den Stadtwerken Lindenau.

Die Stelle Referent Marketing & Kundendialog (w/m/d) konnte inzwischen anderweitig besetzt werden.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Aufbewahrungsfrist gelöscht. Über Ihr [[Bewerberkonto]] können Sie Ihre Daten jederzeit selbst einsehen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Stadtwerke Lindenau GmbH
Personalabteilung""",
      exp=rej("", "", "Stadtwerke Lindenau", "Referent Marketing & Kundendialog (w/m/d)"),
      notes="anderweitig besetzt; short; municipal utility"),

    M(slug="hollweg-rexx-profil-passt-nicht", label=R, cat="ats-automated", style="ats", vendor="rexx",
      brand="Hollweg Antriebstechnik", frm="Hollweg Antriebstechnik GmbH & Co. KG <karriere@hollweg-antriebe.example>", headers=AUTO,
      subject="Ihre Bewerbung vom 02.10.2026",
      text="""Sehr geehrte Frau/Herr Taylor,

herzlichen Dank für Ihre Bewerbung als Marketing Manager Industrie (m/w/d) in Schwäbisch Gmünd.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass Ihr Profil nicht in ausreichendem Maße unserem Anforderungsprofil entspricht. Insbesondere suchen wir für diese Position fundierte Erfahrung im technischen Vertrieb von Investitionsgütern.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für die weitere Stellensuche viel Erfolg.

Mit freundlichen Grüßen

i. A. Monika Strehle
Personalwesen
Hollweg Antriebstechnik GmbH & Co. KG
Tel. +49 7171 4480-212""",
      about="Hollweg – Antriebslösungen aus Baden-Württemberg. Familienunternehmen in vierter Generation.",
      exp=rej("", "Monika", "Hollweg Antriebstechnik GmbH & Co. KG", "Marketing Manager Industrie (m/w/d)"),
      notes="Mittelstand; profile does not match; gendered salutation fallback; subject neutral"),

    M(slug="basilea-workday-status-nicht-beruecksichtigt", label=R, cat="status-portal", style="ats", vendor="workday",
      brand="Basilea Pharma Solutions", variant="de-CH", frm="Basilea Pharma Solutions <basilea@myworkday.com>", headers=AUTO,
      subject="Aktualisierung Ihres Bewerbungsstatus",
      text="""Guten Tag Sam Taylor

Der Status einer Ihrer Bewerbungen wurde aktualisiert.

{table}

Weitere Informationen finden Sie in Ihrem [[Kandidatenkonto]].

Freundliche Grüsse
Talent Acquisition Basilea Pharma Solutions""",
      table=[("Stelle", "Head of Digital Communications"), ("Stellen-ID", "R-0093317"), ("Standort", "Basel, Schweiz"),
             ("Status", "Nicht berücksichtigt"), ("Datum", "14.10.2026")],
      exp=rej("", "", "Basilea Pharma Solutions", "Head of Digital Communications"),
      notes="verdict only in a status table cell; Swiss spelling"),

    M(slug="stepstone-keine-positive-rueckmeldung", label=R, cat="ats-automated", style="ats", vendor="stepstone",
      brand="Meierhof Versicherungen", frm="StepStone <noreply@stepstone.de>", headers=LIST,
      subject="Meierhof Versicherungen hat auf Ihre Bewerbung reagiert",
      text="""Hallo Sam Taylor,

es gibt Neuigkeiten zu Ihrer Bewerbung über StepStone.

Nachricht von Meierhof Versicherungen zur Stelle „Senior Content Strategist (m/w/d)“:

„Vielen Dank für Ihre Bewerbung. Nach Prüfung aller eingegangenen Unterlagen können wir Ihnen leider keine positive Rückmeldung geben. Wir wünschen Ihnen weiterhin viel Erfolg.“

[[Alle Bewerbungen ansehen]]

Tipp: Jobs, die zu Ihrem Profil passen, finden Sie in Ihren [[Jobempfehlungen]].

Ihr StepStone-Team""",
      exp=rej("", "", "Meierhof Versicherungen", "Senior Content Strategist (m/w/d)"),
      notes="job board relays employer message; subject neutral"),

    M(slug="xing-intern-besetzt", label=R, cat="internal-candidate", style="ats", vendor="xing",
      brand="XING", frm="Jan Petersen über XING <mailrobot@xing.com>", headers=AUTO,
      subject="Jan Petersen hat Ihnen eine Nachricht geschickt",
      text="""Jan Petersen, Recruiter bei Elbmarsch Medien, hat Ihnen eine Nachricht geschickt:

„Hallo Sam, danke nochmal für das Telefonat zur Stelle Head of Audience Development. Ich muss Ihnen leider mitteilen, dass wir die Position intern besetzt haben – eine Kollegin aus der Redaktion wechselt in die Rolle. Das kam auch für mich kurzfristig. Ich melde mich gern, wenn sich wieder etwas Passendes ergibt. Beste Grüße, Jan“

[[Nachricht beantworten]]

Sie können Jan Petersen auch direkt unter jan.petersen@elbmarsch-medien.example erreichen.""",
      exp=rej("jan.petersen@elbmarsch-medien.example", "Jan", "Elbmarsch Medien", "Head of Audience Development"),
      notes="XING message relay; address in body; filled internally"),

    M(slug="linkedin-de-nicht-weiterverfolgt", label=R, cat="ats-automated", style="ats", vendor="linkedin",
      brand="LinkedIn", frm="LinkedIn <jobs-noreply@linkedin.com>", headers=LIST,
      subject="Ihre Bewerbung bei Flinkwerk",
      text="""Ihre Bewerbung bei Flinkwerk

Produktmarketing Manager:in
Flinkwerk · München (Hybrid)

Vielen Dank für Ihr Interesse an Flinkwerk. Leider hat sich Flinkwerk entschieden, Ihre Bewerbung nicht weiterzuverfolgen.

Sie haben sich über LinkedIn auf diese Stelle beworben. Bleiben Sie dran: [[Ähnliche Jobs ansehen]]

Top-Jobempfehlungen für Sie:
- Senior Product Marketing Manager · Zalvio · Berlin
- Marketing Lead DACH · Quernetz · Hamburg (Remote)""",
      exp=rej("", "", "Flinkwerk", "Produktmarketing Manager:in"),
      notes="LinkedIn status notification with job recommendations"),

    M(slug="uni-absage-im-auswahlverfahren", label=R, cat="public-sector", style="personal",
      frm="Stefanie Kroll <stefanie.kroll@uni-hohenberg.example>",
      subject="Ihre Bewerbung um die Stelle Referent/in für Wissenschaftskommunikation – Kennziffer 2026/117",
      text="""Sehr geehrte Sam Taylor,

wir danken Ihnen für Ihre Bewerbung auf die an der Universität Hohenberg ausgeschriebene Stelle einer Referentin/eines Referenten für Wissenschaftskommunikation (Kennziffer 2026/117, EG 13 TV-L).

Die Auswahlkommission hat nach eingehender Prüfung aller eingegangenen Bewerbungen ihre Entscheidung getroffen. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt werden konnte (Absage im Auswahlverfahren). Bei der Auswahlentscheidung wurden die Gleichstellungsbeauftragte sowie die Schwerbehindertenvertretung gemäß den gesetzlichen Bestimmungen beteiligt.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl der Bewerbungen keine Auskunft über die Gründe der Entscheidung geben können.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten nach Abschluss des Verfahrens unter Beachtung der datenschutzrechtlichen Bestimmungen vernichtet (§ 15 Abs. 4 AGG).

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Im Auftrag

Stefanie Kroll
Dezernat 3 – Personal, Sachgebiet 3.2
Universität Hohenberg
Schlossplatz 4, 35037 Hohenberg
Tel.: +49 6421 28-26 114""",
      exp=rej("stefanie.kroll@uni-hohenberg.example", "Stefanie", "Universität Hohenberg", "Referent/in für Wissenschaftskommunikation"),
      notes="public sector; Gleichstellung and Schwerbehindertenvertretung; AGG retention"),

    M(slug="magistrat-wien-bedauern", label=R, cat="public-sector", style="personal", variant="de-AT",
      frm="Personalservice Bezirksverwaltung <personal@bezirk-donaustadt.example>",
      subject="GZ: PS-2026/0881 – Bewerbung Leitung Öffentlichkeitsarbeit",
      charset="iso-8859-1",
      text="""Sehr geehrte Frau Taylor!
Sehr geehrter Herr Taylor!

Bezugnehmend auf Ihre Bewerbung vom 22. Jänner bzw. Ihr Hearing am 9. September 2026 dürfen wir Ihnen mitteilen, dass die Auswahlkommission das Auswahlverfahren für die Funktion Leitung Öffentlichkeitsarbeit abgeschlossen hat.

Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt werden konnte.

Wir weisen darauf hin, dass bei gleicher Eignung Frauen gemäß dem Frauenförderungsgebot bevorzugt aufgenommen werden und Bewerbungen von Menschen mit Behinderung ausdrücklich erwünscht sind.

Ihre Unterlagen werden gemäß DSGVO nach sieben Monaten gelöscht.

Mit freundlichen Grüßen
Für den Bezirksvorsteher:
Mag. Helga Pichler e.h.

Bezirksverwaltung Donaustadt, Personalservice
Tel. +43 1 4000 22 118""",
      exp=rej("personal@bezirk-donaustadt.example", "Helga", "Bezirksverwaltung Donaustadt", "Leitung Öffentlichkeitsarbeit"),
      notes="Austrian public sector; Jänner; both salutations; iso-8859-1"),

    M(slug="vandenberg-hm-b2b-erfahrung", label=R, cat="personal-after-interview", style="personal",
      frm="Dr. Thomas Vandenberg <t.vandenberg@ostwind-analytics.example>", client_html=True,
      subject="Unser Gespräch am Dienstag",
      text="""Sehr geehrte Sam Taylor,

zunächst nochmals herzlichen Dank, dass Sie sich am Dienstag so viel Zeit für uns genommen haben – und auch für die sehr durchdachte Präsentation zu unserem Newsletter-Produkt. Meine Kollegin Frau Brandt und ich waren beide beeindruckt davon, wie schnell Sie sich in unsere Zielgruppen eingearbeitet hatten, und einige Ihrer Ideen werden wir sicher weiterverfolgen.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für einen Kandidaten entschieden, der bereits mehrere Jahre im B2B-SaaS-Umfeld mit Enterprise-Kunden gearbeitet hat, da das für die Rolle als Head of Product Marketing in den nächsten zwölf Monaten entscheidend sein wird.

Ich hoffe, Sie nehmen das nicht als Urteil über Ihre Fähigkeiten – das Gegenteil ist der Fall. Wenn Sie möchten, gebe ich Ihnen gern in einem kurzen Telefonat ausführlicheres Feedback.

Mit besten Grüßen aus Leipzig

Thomas Vandenberg
Geschäftsführer
Ostwind Analytics GmbH
Mobil: +49 172 5588 301""",
      exp=rej("t.vandenberg@ostwind-analytics.example", "Thomas", "Ostwind Analytics GmbH", "Head of Product Marketing"),
      notes="hiring manager; verdict in the middle after praise; feedback offer"),

    M(slug="founder-du-wirds-nix", label=R, cat="personal-after-interview", style="personal",
      frm="Ben Kuhlmann <ben@rudelwerk.example>",
      subject="Re: Zweites Gespräch / Case",
      parent=True,
      text="""Hey Sam,

sorry dass ich mich erst jetzt melde, war ne wilde Woche mit dem Funding.

Ich machs kurz: es wird diesmal leider nix mit uns beiden. Deine Case-Lösung war echt stark, aber wir brauchen jemanden der schon mal ein Team von 0 auf aufgebaut hat und da hatte ein anderer Kandidat einfach mehr vorzuweisen. Fühlt sich blöd an dir das per Mail zu schreiben, aber ich wollt dich nicht länger hängen lassen.

Wenn du magst, lass uns trotzdem mal nen Kaffee trinken wenn du in Hamburg bist.

Cheers
Ben

--
Ben Kuhlmann · Co-Founder & CEO · Rudelwerk
0160 9917 2283

Am Mo., 12. Okt. 2026 um 18:40 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Ben,
>
> anbei wie besprochen meine Lösung für den Case (Go-to-Market für die
> Vereins-App). Ich freue mich auf dein Feedback!
>
> Viele Grüße
> Sam""",
      exp=rej("ben@rudelwerk.example", "Ben", "Rudelwerk", ""),
      notes="casual du; typos and colloquial; no role named; Gmail quote of Sam's mail"),

    M(slug="terse-stelle-besetzt", label=R, cat="terse", style="personal",
      frm="Sabine Ott <ott@ott-partner-werbung.example>",
      subject="Ihre Bewerbung",
      text="""Sehr geehrte Sam Taylor,

danke für Ihre Bewerbung als Art Director. Die Stelle ist inzwischen besetzt.

Freundliche Grüße
Sabine Ott
Ott & Partner Werbeagentur""",
      exp=rej("ott@ott-partner-werbung.example", "Sabine", "Ott & Partner Werbeagentur", "Art Director"),
      notes="two lines"),

    M(slug="absage-nur-im-betreff-pdf", label=R, cat="terse", style="personal",
      frm="Personalabteilung Kessler Druck <personal@kessler-druck.example>",
      subject="Absage – Ihre Bewerbung als Leiter Marketing (m/w/d)",
      text="""Sehr geehrte Sam Taylor,

anbei erhalten Sie unser Schreiben zu Ihrer Bewerbung.

Mit freundlichen Grüßen
Personalabteilung
Kessler Druck GmbH
Industriestraße 12 · 33102 Paderborn""",
      attach=[("Schreiben_Taylor_Sam.pdf", "application/pdf", "%PDF-1.4\n% Absage Bewerbung Taylor\n%%EOF\n")],
      exp=rej("personal@kessler-druck.example", "", "Kessler Druck GmbH", "Leiter Marketing (m/w/d)"),
      notes="verdict only in the subject; letter as PDF attachment; team address"),

    M(slug="zuerich-personalberater-mandant", label=R, cat="agency-recruiter", style="personal", variant="de-CH",
      frm="Reto Gisler <reto.gisler@gisler-executive.example>",
      subject="Mandat Head of Brand – Rückmeldung",
      text="""Grüezi Sam

Ich habe heute Morgen mit der Geschäftsleitung der Alpstein Uhren AG telefoniert. Leider hat sich unser Mandant nach der zweiten Runde für eine andere Kandidatin entschieden, die bereits im Luxussegment gearbeitet hat.

Das Feedback zu Ihnen war ausgesprochen positiv, insbesondere zu Ihrer Präsentation der Markenpositionierung. Ich bedaure sehr, Ihnen keine bessere Nachricht überbringen zu können.

Gerne bleibe ich mit Ihnen in Kontakt, es zeichnen sich im Frühjahr zwei Mandate ab, die gut passen könnten.

Freundliche Grüsse

Reto Gisler
Partner
Gisler Executive Search AG
Bahnhofstrasse 58, 8001 Zürich
T +41 44 552 18 30""",
      exp=rej("reto.gisler@gisler-executive.example", "Reto", "Alpstein Uhren AG", "Head of Brand"),
      notes="Swiss executive search relays the client's decision; company = client"),

    M(slug="personaldienstleister-kunde-absage", label=R, cat="agency-recruiter", style="personal",
      frm="Julia Brenner | Talentbrücke Personal <j.brenner@talentbruecke.example>", client_html=True,
      subject="Update zu Ihrer Bewerbung bei unserem Kunden",
      text="""Hallo Sam Taylor,

wie versprochen melde ich mich mit dem Feedback unseres Kunden, der Vogtland Bank eG, zur Position CRM Manager (m/w/d).

Der Fachbereich hat sich nach dem Interview leider gegen eine Weiterführung des Prozesses entschieden. Begründet wurde das mit der fehlenden Erfahrung mit Salesforce Marketing Cloud, die für das Team in der aktuellen Migrationsphase essenziell ist.

Ich finde das schade, weil ich Ihr Profil sehr spannend finde. Haben Sie Lust, nächste Woche kurz zu telefonieren? Dann schauen wir gemeinsam, welche anderen Projekte passen könnten.

Viele Grüße
Julia Brenner
Senior Consultant Marketing & Sales
Talentbrücke Personal GmbH · Frankfurt am Main
+49 69 2573 4410""",
      exp=rej("j.brenner@talentbruecke.example", "Julia", "Vogtland Bank eG", "CRM Manager (m/w/d)"),
      notes="agency; gegen eine Weiterführung; call offer"),

    M(slug="umstrukturierung-stelle-gestrichen", label=R, cat="role-cancelled", style="personal",
      frm="Anja Wendt <anja.wendt@mosel-verlag.example>",
      subject="Stelle Leitung Digitales Produkt – Information",
      text="""Sehr geehrte Sam Taylor,

ich hatte Ihnen nach unserem Gespräch im September zugesagt, mich bis Ende Oktober zu melden.

Leider habe ich keine guten Nachrichten: Im Zuge einer Umstrukturierung unseres Digitalbereichs hat die Geschäftsführung entschieden, die Stelle Leitung Digitales Produkt nicht zu besetzen. Die Aufgaben werden vorerst auf das bestehende Team verteilt. Das Auswahlverfahren ist damit beendet.

Es tut mir wirklich leid, zumal Sie zu den Kandidat:innen gehörten, die wir sehr gern wiedergesehen hätten. Sollte die Stelle im kommenden Jahr neu ausgeschrieben werden, komme ich direkt auf Sie zu.

Herzliche Grüße
Anja Wendt
Leiterin Personal
Mosel Verlag GmbH & Co. KG""",
      exp=rej("anja.wendt@mosel-verlag.example", "Anja", "Mosel Verlag GmbH & Co. KG", "Leitung Digitales Produkt"),
      notes="role cancelled by restructuring"),

    M(slug="personio-ausschreibung-zurueckgezogen", label=R, cat="role-cancelled", style="ats", vendor="personio",
      brand="Tessin Robotics", frm="Tessin Robotics <jobs@tessin-robotics.jobs.personio.de>", headers=AUTO,
      subject="Information zu Ihrer Bewerbung",
      text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Marketing Communications Manager (m/w/d) bei Tessin Robotics.

Wir möchten Sie darüber informieren, dass die Ausschreibung aus internen Gründen zurückgezogen wurde. Wir werden die Position bis auf Weiteres nicht besetzen, daher können wir Ihre Bewerbung nicht weiter bearbeiten.

Wir bedauern, dass wir Ihnen keine andere Nachricht geben können, und danken Ihnen für Ihr Verständnis.

Viele Grüße
Ihr Tessin Robotics Recruiting Team""",
      exp=rej("", "", "Tessin Robotics", "Marketing Communications Manager (m/w/d)"),
      notes="posting withdrawn"),

    M(slug="interne-loesung-hm", label=R, cat="internal-candidate", style="personal",
      frm="Markus Lehner <markus.lehner@weidenhof-gruppe.example>",
      subject="AW: Nachfrage Bewerbung Teamlead Marketing Analytics",
      parent=True,
      text="""Hallo Sam Taylor,

danke für Ihre Nachfrage und entschuldigen Sie die lange Funkstille.

Wir haben uns letztlich für eine interne Lösung entschieden: Ein Kollege aus dem Controlling übernimmt die Rolle als Teamlead Marketing Analytics. Das hat sich erst in den letzten zwei Wochen so ergeben.

Ich hätte Ihnen das gern früher mitgeteilt. Alles Gute für Ihre Suche!

Beste Grüße
Markus Lehner
Bereichsleiter Marketing, Weidenhof Gruppe

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 19. Oktober 2026 09:14
An: Markus Lehner <markus.lehner@weidenhof-gruppe.example>
Betreff: Nachfrage Bewerbung Teamlead Marketing Analytics

Hallo Herr Lehner,

ich wollte mich kurz nach dem Stand meiner Bewerbung erkundigen. Über eine kurze Rückmeldung würde ich mich freuen.

Viele Grüße
Sam Taylor""",
      exp=rej("markus.lehner@weidenhof-gruppe.example", "Markus", "Weidenhof Gruppe", "Teamlead Marketing Analytics"),
      notes="reply to Sam's chaser; Outlook quote; internal candidate"),

    M(slug="assessment-ergebnis-nicht-erreicht", label=R, cat="after-assessment", style="ats", vendor="successfactors",
      brand="Deltabank AG", frm="Deltabank Karriere <careers@deltabank.successfactors.eu>", headers=AUTO,
      subject="Ergebnis Ihres Online-Assessments",
      text="""Sehr geehrte/r Sam Taylor,

vielen Dank, dass Sie am Online-Assessment für die Position Product Owner Mobile Banking teilgenommen haben.

Ihre Ergebnisse wurden mit dem für diese Position definierten Anforderungsprofil abgeglichen. Leider haben Sie die erforderlichen Werte in den Bereichen numerisches und logisches Denken nicht erreicht, sodass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können.

Eine erneute Bewerbung auf dieselbe Position ist frühestens nach sechs Monaten möglich.

Freundliche Grüße
Deltabank AG – Recruiting Center""",
      exp=rej("", "", "Deltabank AG", "Product Owner Mobile Banking"),
      notes="after online test; reapply after six months"),

    M(slug="case-praesentation-keine-zusage", label=R, cat="after-assessment", style="personal",
      frm="Claudia Reinholz <c.reinholz@kranich-reisen.example>",
      subject="Feedback zur Case-Präsentation",
      text="""Liebe Sam Taylor,

herzlichen Dank für Ihre Präsentation am Freitag. Wir haben im Anschluss noch lange im Team darüber gesprochen.

Ihre Analyse der Buchungsdaten war sehr fundiert. Bei der Umsetzungsplanung hätten wir uns allerdings mehr Tiefe in der Priorisierung gewünscht, und das ist für die Rolle als Senior CRM Managerin/Manager ein zentraler Punkt. Deshalb können wir Ihnen heute leider keine Zusage geben.

Ich wünsche Ihnen von Herzen alles Gute und bin sicher, dass Sie bald das Passende finden.

Liebe Grüße
Claudia Reinholz
Head of CRM, Kranich Reisen""",
      exp=rej("c.reinholz@kranich-reisen.example", "Claudia", "Kranich Reisen", "Senior CRM Managerin/Manager"),
      notes="after case presentation; keine Zusage at end"),

    M(slug="nachfrage-andere-bewerberin", label=R, cat="personal-after-interview", style="personal",
      frm="Petra Sommer <petra.sommer@lindgrun.example>",
      subject="AW: Kurze Nachfrage",
      parent=True, parent_depth=2,
      text="""Hallo Sam,

entschuldige bitte die späte Rückmeldung, bei uns ging es drunter und drüber.

Wir haben uns inzwischen für eine andere Bewerberin entschieden. Ich hätte dir das wirklich früher schreiben sollen.

Danke dir für deine Geduld und alles Gute!
Petra

Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Mittwoch, 4. November 2026 08:02
An: Petra Sommer <petra.sommer@lindgrun.example>
Betreff: Kurze Nachfrage

Hallo Petra,

nach unserem Gespräch Mitte Oktober wollte ich mal nachhören, ob es zur Stelle als Content Lead bei Lindgrün schon etwas Neues gibt?

Viele Grüße
Sam""",
      exp=rej("petra.sommer@lindgrun.example", "Petra", "Lindgrün", "Content Lead"),
      notes="du; reply above Sam's follow-up question; two-level thread"),

    M(slug="join-du-profil-passt-nicht", label=R, cat="ats-automated", style="ats", vendor="join",
      brand="Bergsee Outdoor", variant="de-AT", frm="Bergsee Outdoor via JOIN <noreply@join.com>", headers=AUTO,
      subject="Update zu deiner Bewerbung als E-Commerce Marketing Manager",
      text="""Hallo Sam,

danke, dass du dich bei Bergsee Outdoor beworben hast!

Wir haben uns deine Bewerbung als E-Commerce Marketing Manager genau angeschaut. Leider passt dein Profil aktuell nicht ganz zu dem, was wir für diese Stelle suchen.

Wir wünschen dir viel Erfolg bei der weiteren Jobsuche – und vielleicht sehen wir uns ja bei einer anderen Ausschreibung wieder!

Servus aus Innsbruck
Dein Bergsee Outdoor Team""",
      exp=rej("", "", "Bergsee Outdoor", "E-Commerce Marketing Manager"),
      notes="du; Austrian; JOIN"),

    M(slug="greenhouse-du-prozess-nicht-fortsetzen", label=R, cat="ats-automated", style="ats", vendor="greenhouse",
      brand="Sonnwende Energy", frm="Sonnwende Energy <no-reply@us.greenhouse-mail.io>", reply_to="Talent Team Sonnwende <talent@sonnwende.example>",
      headers=AUTO, subject="Deine Bewerbung bei Sonnwende Energy",
      text="""Hallo Sam,

vielen Dank für dein Interesse an Sonnwende Energy und für die Gespräche mit unserem Team.

Wir wissen, dass Warten auf Rückmeldung nervenaufreibend ist, deshalb möchten wir ehrlich und direkt sein: Wir werden deinen Bewerbungsprozess für die Rolle Senior Brand Manager (all genders) nicht fortsetzen.

Wir waren beeindruckt von deiner Erfahrung, haben aber Kandidat:innen gefunden, deren Hintergrund im Energiemarkt besser zu unserer aktuellen Phase passt.

Danke für deine Zeit und Energie – im wahrsten Sinne des Wortes.

Dein Talent Team""",
      about="Sonnwende Energy – Solarstrom für alle. Wir sind stolz darauf, ein Arbeitgeber zu sein, der Vielfalt lebt. Wir begrüßen Bewerbungen unabhängig von Geschlecht, Herkunft, Religion, Behinderung, Alter oder sexueller Identität.",
      exp=rej("talent@sonnwende.example", "", "Sonnwende Energy", "Senior Brand Manager (all genders)"),
      notes="Greenhouse; Reply-To team address; diversity statement"),

    M(slug="teamtailor-wien-kandidatinnen-talentpool", label=R, cat="keep-on-file", style="ats", vendor="teamtailor",
      brand="Praterlicht Studios", variant="de-AT", frm="Praterlicht Studios <no-reply@teamtailor.com>", headers=AUTO,
      html_only=True, cte="base64",
      subject="Danke für deine Bewerbung, Sam",
      text="""Liebe:r Sam,

wir möchten uns bei dir für dein Interesse an Praterlicht Studios und der Position Community Manager:in bedanken.

Wir haben uns nach reiflicher Überlegung dazu entschieden, den Prozess mit anderen Kandidat*innen fortzusetzen.

Wir würden dich gern in unserem Talentpool behalten, damit wir dich kontaktieren können, wenn eine passende Stelle frei wird. Klick dazu einfach auf den Button unten. Wenn wir nichts von dir hören, löschen wir deine Daten nach 6 Monaten.

Alles Gute und liebe Grüße
Praterlicht Studios""",
      button="Im Talentpool bleiben",
      exp=rej("", "", "Praterlicht Studios", "Community Manager:in"),
      notes="HTML-only base64; talent-pool button; Vienna"),

    M(slug="recruitee-zuerich-absage-erteilen", label=R, cat="ats-automated", style="ats", vendor="recruitee",
      brand="Limmat Mobility", variant="de-CH", frm="Limmat Mobility <limmatmobility@mail.recruitee.com>", headers=AUTO,
      subject="Ihre Bewerbung als Product Marketing Lead",
      text="""Guten Tag Sam Taylor

Herzlichen Dank für Ihre Bewerbung als Product Marketing Lead und Ihr Interesse an der Limmat Mobility AG.

Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider eine Absage erteilen. Wir haben uns für Personen entschieden, welche die Anforderungen noch umfassender erfüllen, insbesondere die sehr guten Französischkenntnisse für den Markt Westschweiz.

Ihr Dossier werden wir gemäss Datenschutzgesetz vernichten. Wir danken Ihnen für Ihr Verständnis und wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse
Simone Brügger
HR Business Partner""",
      exp=rej("", "Simone", "Limmat Mobility AG", "Product Marketing Lead"),
      notes="Swiss; Dossier; no address"),

    M(slug="workable-engere-auswahl", label=R, cat="ats-automated", style="ats", vendor="workable",
      brand="Fahrwerk Labs", frm="Fahrwerk Labs <noreply@candidates.workablemail.com>", headers=AUTO,
      subject="Fahrwerk Labs – Social Media Lead",
      text="""Hallo Sam Taylor,

danke für deine Bewerbung als Social Media Lead bei Fahrwerk Labs.

Wir haben sehr viele starke Bewerbungen bekommen und uns alle genau angesehen. Deine Bewerbung ist diesmal leider nicht in die engere Auswahl gekommen.

Wenn du Fragen hast, schreib uns gern an people@fahrwerk-labs.example.

Viele Grüße
Fahrwerk Labs""",
      exp=rej("people@fahrwerk-labs.example", "", "Fahrwerk Labs", "Social Media Lead"),
      notes="team address in body of no-reply mail; subject is only company and role"),

    M(slug="basel-hm-zweites-gespraech", label=R, cat="personal-after-interview", style="personal", variant="de-CH",
      frm="Lukas Imhof <lukas.imhof@rheinknie.example>",
      subject="Ihre Kandidatur Leiter/in Marketing & Kommunikation",
      text="""Sehr geehrte Sam Taylor

Besten Dank für das offene und angenehme zweite Gespräch vom Donnerstag. Wir haben Ihre Kandidatur für die Funktion Leiter/in Marketing & Kommunikation nochmals intensiv diskutiert und die Referenzen ausgewertet.

Nach sorgfältiger Abwägung müssen wir Ihnen mitteilen, dass wir Ihnen leider keine Zusage geben können. Ausschlaggebend war schliesslich die Vertrautheit mit dem Schweizer Detailhandel, die eine andere Kandidatin mitbringt.

Ich danke Ihnen herzlich für Ihr Interesse an der Rheinknie Genossenschaft und wünsche Ihnen weiterhin viel Erfolg.

Freundliche Grüsse

Lukas Imhof
Mitglied der Geschäftsleitung
Rheinknie Genossenschaft
Direkt +41 61 288 40 12""",
      exp=rej("lukas.imhof@rheinknie.example", "Lukas", "Rheinknie Genossenschaft", "Leiter/in Marketing & Kommunikation"),
      notes="Swiss; after second interview and references"),

    M(slug="rexx-vakanz-geschlossen", label=R, cat="role-cancelled", style="ats", vendor="rexx",
      brand="Fichtelwerk", frm="Fichtelwerk Bewerbermanagement <noreply@fichtelwerk.rexx-recruitment.com>", headers=AUTO,
      subject="Statusänderung Ihrer Bewerbung (ID 20931)",
      text="""Guten Tag Sam Taylor,

die Vakanz „Referent*in Employer Branding“ wurde geschlossen. Damit endet auch das Bewerbungsverfahren für alle noch offenen Bewerbungen, einschließlich Ihrer.

Wir danken Ihnen für Ihr Interesse an der Fichtelwerk GmbH. Aktuelle Stellenangebote finden Sie jederzeit auf unserer [[Karriereseite]].

Mit freundlichen Grüßen
Ihre Personalabteilung""",
      exp=rej("", "", "Fichtelwerk GmbH", "Referent*in Employer Branding"),
      notes="requisition closed ends Sam's application; no explicit regret"),

    # ------------------------------------------------------------------ hard negatives
    M(slug="ack-personio-hedge-zusage", label=O, cat="ack-received", style="ats", vendor="personio",
      brand="Moorlicht Software", frm="Moorlicht Software <jobs@moorlicht.jobs.personio.de>", headers=AUTO,
      subject="Eingangsbestätigung: Ihre Bewerbung als Product Marketing Manager",
      text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Manager bei Moorlicht Software. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen jede Bewerbung sorgfältig und melden uns in der Regel innerhalb von drei Wochen. Sollten wir Ihnen keine Zusage machen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns.

Aufgrund der hohen Anzahl an Bewerbungen bitten wir Sie, von telefonischen Nachfragen abzusehen.

Mit freundlichen Grüßen
Ihr Moorlicht Recruiting Team""",
      notes="acknowledgement hedging about a future no"),

    M(slug="ack-behoerde-engere-auswahl", label=O, cat="ack-received", style="personal",
      frm="Landesamt für Digitalisierung – Personalreferat <bewerbung@lfd-sachsenland.example>",
      subject="Eingangsbestätigung – Ausschreibung Nr. 77/2026 Referent/in Bürgerkommunikation",
      text="""Sehr geehrte Sam Taylor,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Ausschreibung Nr. 77/2026.

Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen anhand des Anforderungsprofils geprüft. Bewerberinnen und Bewerber, die nicht in die engere Auswahl kommen, erhalten nach Abschluss des Verfahrens eine schriftliche Mitteilung. Bitte sehen Sie bis dahin von Sachstandsanfragen ab.

Schwerbehinderte Menschen und ihnen gleichgestellte Personen werden bei gleicher Eignung bevorzugt berücksichtigt. Die Gleichstellungsbeauftragte ist am Verfahren beteiligt.

Mit freundlichen Grüßen
Im Auftrag
Personalreferat""",
      notes="public-sector acknowledgement with the rejection procedure described"),

    M(slug="softgarden-einladung-gespraech", label=O, cat="interview-invite", style="ats", vendor="softgarden",
      brand="Auenland Foods", frm="Auenland Foods GmbH <no-reply@softgarden.io>", headers=AUTO,
      subject="Einladung zum Vorstellungsgespräch – Brand Manager (m/w/d)",
      text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Brand Manager (m/w/d). Ihr Profil hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen!

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein 45-minütiges Videogespräch mit Frau Seidel (Marketingleitung) und Herrn Ahrens (HR):

[[Termin auswählen]]

Die Termine stehen Ihnen bis zum 30.10.2026 zur Verfügung. Sollte keiner der Termine passen, antworten Sie bitte über Ihr Bewerberkonto.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Jana Ahrens, HR""",
      notes="interview invitation with booking link"),

    M(slug="du-zweites-gespraech-lust", label=O, cat="interview-invite", style="personal",
      frm="Mia Schenk <mia@kaffeekollektiv.example>",
      subject="Lust auf Runde 2? 🙂",
      text="""Hi Sam,

danke für das super Gespräch gestern! Wir waren uns im Team schnell einig: wir würden dich gern noch besser kennenlernen.

Hättest du nächste Woche Zeit für ein zweites Gespräch mit unserem Gründer Paul? Dienstag oder Donnerstag Nachmittag würde bei uns gut passen, gern auch bei uns im Büro in Köln-Ehrenfeld.

Liebe Grüße
Mia

Mia Schenk · People Lead · Kaffeekollektiv""",
      notes="du; second-round invitation; emoji subject"),

    M(slug="engere-auswahl-positiv", label=O, cat="interview-invite", style="ats", vendor="dvinci",
      brand="Kreissparkasse Talheim", frm="Kreissparkasse Talheim <bewerbung@kskt.dvinci-easy.com>", headers=AUTO,
      subject="Ihre Bewerbung – nächster Schritt",
      text="""Sehr geehrte Sam Taylor,

wir freuen uns, Ihnen mitteilen zu können, dass Sie mit Ihrer Bewerbung als Referent Digitales Marketing in die engere Auswahl gekommen sind.

Als nächsten Schritt laden wir Sie zu einem strukturierten Interview am 12. November 2026 um 10:00 Uhr in unsere Hauptstelle, Marktplatz 3, ein. Bitte bestätigen Sie den Termin in Ihrem [[Bewerberkonto]].

Leider können wir keine Reisekosten erstatten. Bitte bringen Sie einen Lichtbildausweis mit.

Mit freundlichen Grüßen
Kreissparkasse Talheim
Personalentwicklung""",
      notes="shortlist with rejection vocabulary (engere Auswahl, leider)"),

    M(slug="online-test-einladung", label=O, cat="assessment-invite", style="ats", vendor="successfactors",
      brand="Hanse Bahnen AG", frm="Hanse Bahnen Karriere <noreply@successfactors.eu>", headers=AUTO,
      subject="Einladung zum Online-Assessment",
      text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Manager Kundenkommunikation. Im nächsten Schritt bitten wir Sie, ein Online-Assessment zu absolvieren (ca. 40 Minuten).

[[Assessment starten]]

Bitte schließen Sie den Test bis zum 05.11.2026 ab. Bitte beachten Sie, dass unvollständige oder verspätet eingereichte Tests im weiteren Verfahren nicht berücksichtigt werden können.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hanse Bahnen AG""",
      notes="assessment invitation with conditional 'nicht berücksichtigt'"),

    M(slug="zusage-vertragsangebot", label=O, cat="offer", style="personal",
      frm="Henrik Feldmann <henrik.feldmann@quellgrund.example>",
      subject="Vertragsangebot – Head of Insights & Audience",
      attach=[("Vertragsangebot_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Angebot\n%%EOF\n")],
      text="""Liebe Sam Taylor,

ich freue mich sehr, Ihnen nach den Gesprächen der letzten Wochen eine Zusage geben zu können! Wir möchten Sie sehr gern als Head of Insights & Audience bei Quellgrund begrüßen.

Anbei finden Sie unser Vertragsangebot. Wir würden uns über eine Rückmeldung bis zum 20. November freuen. Für Fragen zu Gehalt oder Startdatum rufen Sie mich jederzeit an.

Herzliche Grüße
Henrik Feldmann
Chief Content Officer, Quellgrund Media
+49 30 2084 5517""",
      notes="offer; 'Zusage geben' positive; PDF attachment"),

    M(slug="stepstone-gemerkter-job-offline", label=O, cat="job-alert", style="ats", vendor="stepstone",
      brand="StepStone", frm="StepStone <jobagent@stepstone.de>", headers=LIST,
      subject="Ein gemerkter Job ist nicht mehr verfügbar – und 12 neue Jobs für Sie",
      text="""Hallo Sam Taylor,

der folgende Job auf Ihrer Merkliste ist nicht mehr online: „Head of Marketing (m/w/d)“ bei Werrawind GmbH. Vermutlich wurde die Stelle bereits besetzt.

Aber keine Sorge – hier sind neue Jobs, die zu Ihrem Jobagenten „Marketing Leitung, Hamburg“ passen:

- Leitung Marketing (m/w/d) · Elbkontor Handels GmbH · Hamburg
- Head of Brand & Communication · Nordlicht Versand · Hamburg
- Marketing Director DACH · Ferrovia Foods · Remote

[[Alle 12 Jobs ansehen]]

Ihr StepStone Jobagent""",
      notes="saved (not applied) job filled; alert digest"),

    M(slug="xing-newsletter-absagen-umgehen", label=O, cat="newsletter", style="ats", vendor="xing",
      brand="XING", frm="XING Karriere-Insider <newsletter@mail.xing.com>", headers=LIST,
      subject="Absage erhalten? So reagieren Sie richtig",
      text="""Hallo Sam,

diese Woche im Karriere-Insider:

Absage erhalten? Warum eine freundliche Antwort auf eine Absage Türen öffnen kann – und welche drei Sätze Sie vermeiden sollten. [[Jetzt lesen]]

Gehaltsreport 2026: Was Marketing-Führungskräfte in Deutschland, Österreich und der Schweiz verdienen. [[Zum Report]]

Jobs, die zu Ihnen passen:
- Head of Content · Rautenberg Verlag · München
- Director Marketing · Kapelle Health · Berlin

Viel Erfolg bei Ihrer Suche!
Ihr XING-Team""",
      notes="newsletter about rejections"),

    M(slug="headhunter-besetzt-neue-mandate", label=O, cat="recruiter-outreach", style="personal",
      frm="Oliver Kranz <oliver.kranz@kranz-consulting.example>",
      subject="Zwei neue Mandate – passt das zu Ihnen?",
      text="""Hallo Sam Taylor,

wir hatten im Frühjahr kurz zur Position bei einem Münchner Medienhaus gesprochen – die ist inzwischen besetzt, wie Sie vielleicht mitbekommen haben.

Ich melde mich, weil ich aktuell zwei neue Mandate betreue, bei denen ich sofort an Sie gedacht habe:

1. Director Audience & Data bei einem Verlag in Hamburg (ca. 140 Mitarbeitende)
2. Head of Insights bei einem Streaming-Start-up in Berlin (Series B)

Hätten Sie diese Woche 20 Minuten für ein Telefonat? Ich bin Donnerstag und Freitag flexibel.

Beste Grüße
Oliver Kranz
Kranz Consulting · Executive Search Media & Tech
+49 89 4411 9020""",
      notes="recruiter pitch mentioning an old role as filled"),

    M(slug="bewerbung-uebernommen-andere-stelle", label=O, cat="requisition-transfer", style="ats", vendor="workday",
      brand="Kalliope Versicherung", frm="Kalliope Versicherung <kalliope@myworkday.com>", headers=AUTO,
      subject="Ihre Bewerbung wurde einer anderen Stelle zugeordnet",
      text="""Guten Tag Sam Taylor,

die Ausschreibung „Marketing Analyst (m/w/d)“ (R-22817) wurde mit einer anderen Stelle zusammengelegt und ist daher geschlossen. Ihre Bewerbung wurde automatisch in das Verfahren für die neue Stelle übernommen:

{table}

Sie müssen nichts weiter tun. Den Status Ihrer Bewerbung sehen Sie jederzeit in Ihrem [[Kandidatenkonto]].

Mit freundlichen Grüßen
Talent Acquisition""",
      table=[("Neue Stelle", "Senior Marketing Analyst (m/w/d)"), ("Stellen-ID", "R-23004"), ("Status", "In Prüfung")],
      notes="old requisition closed, application moved"),

    M(slug="referenzanfrage-kollegin", label=O, cat="reference-request", style="personal",
      frm="Nina Waldmann <nina.waldmann@silberfisch-agentur.example>",
      subject="Referenzanfrage zu Laura Engel",
      text="""Sehr geehrte Sam Taylor,

Frau Laura Engel hat sich bei uns als Senior Analystin beworben und Sie als Referenz angegeben. Sie befindet sich in der finalen Runde unseres Auswahlverfahrens.

Hätten Sie in den nächsten Tagen Zeit für ein etwa 15-minütiges Telefonat? Mich interessieren vor allem ihre Arbeitsweise im Team und ihre Stärken in der Datenanalyse.

Vielen Dank vorab und freundliche Grüße
Nina Waldmann
HR, Silberfisch Agentur
+49 40 3570 2291""",
      notes="Sam as someone else's referee"),

    M(slug="kreditkarte-antrag-abgelehnt", label=O, cat="non-job-rejection", style="ats", vendor="plain-hr",
      brand="Lindwurm Direktbank AG", frm="Lindwurm Direktbank <service@lindwurm-direktbank.example>", headers=AUTO,
      subject="Ihr Antrag auf eine Kreditkarte",
      text="""Sehr geehrte Sam Taylor,

vielen Dank für Ihren Antrag auf die Lindwurm Gold Kreditkarte und das damit verbundene Vertrauen.

Nach sorgfältiger Prüfung Ihres Antrags müssen wir Ihnen leider mitteilen, dass wir Ihrem Antrag derzeit nicht entsprechen können. Die Entscheidung beruht unter anderem auf einer automatisierten Bonitätsbewertung. Gemäß Art. 22 DSGVO haben Sie das Recht, Ihren Standpunkt darzulegen und die Entscheidung anzufechten.

Mit freundlichen Grüßen
Ihr Kundenservice""",
      notes="declined credit card"),

    M(slug="wohnung-andere-mietinteressenten", label=O, cat="non-job-rejection", style="personal",
      frm="Hausverwaltung Brandl <vermietung@hv-brandl.example>",
      subject="Ihre Anfrage: 3-Zimmer-Wohnung, Gneisenaustraße 41",
      text="""Sehr geehrte Sam Taylor,

vielen Dank für Ihr Interesse an der Wohnung in der Gneisenaustraße 41 und für Ihre vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Ihre Selbstauskunft und die Gehaltsnachweise werden wir umgehend löschen.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Brandl""",
      notes="flat application declined"),

    M(slug="cfp-vortrag-nicht-ausgewaehlt", label=O, cat="non-job-rejection", style="ats", vendor="plain-hr",
      brand="Datenjournalismus-Tage 2027", frm="Programmkomitee DJT <programm@datenjournalismus-tage.example>", headers=AUTO,
      subject="Ihre Einreichung „Newsletter-Analytics ohne Tracking“",
      text="""Liebe Sam Taylor,

vielen Dank für Ihre Einreichung zum Call for Papers der Datenjournalismus-Tage 2027.

Wir haben über 260 Vorschläge erhalten. Ihr Vortrag wurde leider nicht für das Programm ausgewählt. Das Komitee hat besonders auf thematische Vielfalt geachtet, und wir mussten viele starke Beiträge ablehnen.

Als kleines Dankeschön erhalten Sie 20 % Rabatt auf Ihr Ticket mit dem Code DJT27-CFP.

Herzliche Grüße
Das Programmkomitee""",
      notes="conference talk declined"),

    M(slug="foerderantrag-abgelehnt", label=O, cat="non-job-rejection", style="personal",
      frm="Medieninnovationsfonds Nord <foerderung@mif-nord.example>",
      subject="Bescheid zu Ihrem Förderantrag MIF-2026-118",
      text="""Sehr geehrte Sam Taylor,

der Vergabeausschuss hat in seiner Sitzung am 21. Oktober über Ihren Antrag „Lokal-Dashboard für Leserdaten“ beraten.

Wir bedauern, Ihnen mitteilen zu müssen, dass Ihr Antrag in dieser Förderrunde nicht berücksichtigt werden konnte. Die Anzahl der förderwürdigen Anträge überstieg die verfügbaren Mittel deutlich. Eine erneute Einreichung in der nächsten Runde (Frist: 15. März 2027) ist möglich.

Mit freundlichen Grüßen
Geschäftsstelle Medieninnovationsfonds Nord""",
      notes="grant declined"),

    M(slug="paket-annahme-verweigert", label=O, cat="non-job-rejection", style="ats", vendor="plain-hr",
      brand="Paketblitz", frm="Paketblitz Sendungsverfolgung <noreply@paketblitz.example>", headers=AUTO,
      subject="Ihre Sendung 00340434 1729 wird an den Absender zurückgeschickt",
      text="""Hallo Sam Taylor,

Ihre Sendung 00340434 1729 konnte nicht zugestellt werden: Annahme verweigert.

Die Sendung wird an den Absender zurückgeschickt. Voraussichtliche Ankunft beim Absender: 3–5 Werktage.

[[Sendung verfolgen]]

Ihr Paketblitz-Team""",
      notes="returned parcel"),

    M(slug="termin-abgelehnt-outlook", label=O, cat="non-job-rejection", style="personal",
      frm="Carsten Wulf <carsten.wulf@example.org>",
      subject="Abgelehnt: Jour fixe Insights Q4",
      text="""Carsten Wulf hat diese Besprechung abgelehnt.

Bin an dem Tag beim Kunden in Stuttgart – schick mir bitte die Folien, dann gebe ich schriftlich Feedback.

Wann: Donnerstag, 5. November 2026 10:00–11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Wo: Raum Elbe / Teams""",
      notes="declined meeting invite from a colleague"),

    M(slug="kollegin-absage-entwurf-pruefen", label=O, cat="owner-hiring", style="personal",
      frm="Hannah Roth <hannah.roth@example.org>",
      subject="Absage Kandidatin Junior Data Analyst – kannst du drüberschauen?",
      text="""Hi Sam,

wie besprochen sagen wir Frau Yilmaz für die Junior-Data-Analyst-Stelle ab. Hier mein Entwurf, magst du kurz drüberschauen, bevor ich ihn rausschicke?

---
Sehr geehrte Frau Yilmaz,
vielen Dank für Ihr Interesse an Calder Street Media und das angenehme Gespräch. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.
Mit freundlichen Grüßen
Sam Taylor
---

Danke dir!
Hannah

Hannah Roth · People & Culture · Calder Street Media""",
      notes="colleague at example.org; Sam is the hiring manager; embedded rejection draft"),

    M(slug="personio-eigene-stelle-pausiert", label=O, cat="owner-hiring", style="ats", vendor="personio",
      brand="Calder Street Media", frm="Personio <notifications@personio.de>", headers=AUTO,
      subject="Stelle „Werkstudent Audience Research“ wurde pausiert",
      text="""Hallo Sam,

die Stelle „Werkstudent Audience Research“, für die du als Hiring Manager eingetragen bist, wurde von Hannah Roth pausiert.

Offene Bewerbungen: 14 · Abgesagt: 9 · Im Gespräch: 2

Kandidat abgesagt: Moritz Becker (Status geändert von „Interview“ auf „Abgesagt“).

[[Stelle in Personio öffnen]]""",
      notes="HR-system notice about Sam's own requisition"),

    M(slug="sam-eigene-absage-an-kandidat", label=O, cat="owner-sent", style="personal",
      frm="Sam Taylor <sam.taylor@example.org>", to="Jonas Pfeiffer <jonas.pfeiffer@mailbox.example>",
      subject="Ihre Bewerbung als Praktikant Audience Research",
      text="""Hallo Herr Pfeiffer,

vielen Dank für Ihre Bewerbung und das Gespräch letzte Woche.

Wir haben uns nach reiflicher Überlegung für einen anderen Bewerber entschieden, dessen Studienschwerpunkt näher an unseren aktuellen Projekten liegt. Das war eine knappe Entscheidung.

Ich wünsche Ihnen für Ihr Studium und Ihre weitere Suche alles Gute.

Viele Grüße
Sam Taylor
Head of Insights, Calder Street Media""",
      notes="Sam's own sent rejection to a candidate"),

    M(slug="sam-danke-nach-absage", label=O, cat="owner-sent", style="personal",
      frm="Sam Taylor <sam.taylor@example.org>", to="Anja Wendt <anja.wendt@mosel-verlag.example>",
      subject="AW: Stelle Leitung Digitales Produkt – Information", parent=True, parent_domain="mosel-verlag.example",
      text="""Liebe Frau Wendt,

vielen Dank für Ihre offene Rückmeldung – auch wenn ich sie mir natürlich anders gewünscht hätte. Ich habe die Gespräche mit Ihnen sehr geschätzt und würde mich freuen, wenn Sie bei einer Neuausschreibung an mich denken.

Herzliche Grüße
Sam Taylor

-----Ursprüngliche Nachricht-----
Von: Anja Wendt <anja.wendt@mosel-verlag.example>
Betreff: Stelle Leitung Digitales Produkt – Information

Leider habe ich keine guten Nachrichten: Im Zuge einer Umstrukturierung unseres Digitalbereichs hat die Geschäftsführung entschieden, die Stelle nicht zu besetzen.""",
      notes="Sam's thank-you quoting a rejection"),

    M(slug="antwort-auf-dank-kontakt-halten", label=O, cat="reply-to-owner-followup", style="personal",
      frm="Katrin Albers <katrin.albers@nordhafen-logistik.example>",
      subject="AW: Rückmeldung zu Ihrer Bewerbung – Leitung Unternehmenskommunikation", parent=True, parent_depth=2,
      text="""Liebe Sam Taylor,

vielen Dank für Ihre freundliche Nachricht – das ist keineswegs selbstverständlich! Sie müssen sich für nichts entschuldigen.

Ich habe Sie gern in unseren Talentpool aufgenommen und melde mich, sobald wir im Kommunikationsbereich wieder etwas Passendes haben. Bleiben wir gern in Kontakt, auch über LinkedIn.

Herzliche Grüße
Katrin Albers

> Liebe Frau Albers,
> danke für Ihre Rückmeldung, auch wenn es diesmal nicht geklappt hat.
> Entschuldigen Sie, dass ich mich erst jetzt melde. Ich würde mich freuen,
> in Ihrem Talentpool zu bleiben.
>
>> Nach sorgfältiger Abwägung aller Bewerbungen haben wir uns entschieden,
>> den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Profil
>> noch etwas genauer zu den Anforderungen dieser Position passt.""",
      notes="recruiter answers Sam's reply; rejection only in nested quote"),

    M(slug="antwort-auf-frage-finale-runde", label=O, cat="answer-to-owner-question", style="personal",
      frm="Felix Adler <felix.adler@brueckenkopf.example>",
      subject="Re: Stand meiner Bewerbung?", parent=True,
      text="""Hallo Sam,

nein, ganz im Gegenteil! Wir haben uns noch für niemanden entschieden – und ehrlich gesagt bist du einer unserer beiden Favoriten für die Stelle als Head of Growth.

Wir würden dich gern zu einem finalen Gespräch mit unserer CEO einladen. Passt dir Mittwoch, 11. November, um 14 Uhr?

Viele Grüße
Felix

Am 2. Nov. 2026 um 09:31 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Felix,
> ich wollte kurz nachfragen, ob ihr euch schon für jemand anderen
> entschieden habt? Ich würde mich über ein kurzes Update freuen.
> Viele Grüße, Sam""",
      notes="answer to 'have you chosen someone else?': final-round invite"),

    M(slug="entscheidung-verzoegert-noch-im-rennen", label=O, cat="status-update", style="personal", variant="de-AT",
      frm="Verena Huber <verena.huber@alpenblick-media.example>",
      subject="Kurzes Update zu Ihrer Bewerbung",
      text="""Sehr geehrte Sam Taylor,

ich möchte Sie nicht länger warten lassen, ohne mich zu melden: Die Entscheidung zur Stelle Leitung Audience Development verzögert sich leider, da unser Vorstand die Budgetplanung für 2027 erst Mitte Dezember abschließt.

Sie sind weiterhin im Rennen – es ist noch nichts entschieden, und wir würden den Prozess gerne mit Ihnen fortsetzen. Ich melde mich spätestens am 18. Dezember wieder.

Danke für Ihre Geduld und freundliche Grüße
Verena Huber
HR Business Partnerin, Alpenblick Media""",
      notes="decision delayed, explicitly still in the running"),

    M(slug="talentpool-einladung-kampagne", label=O, cat="talent-pool", style="ats", vendor="softgarden",
      brand="Grünspan Mobilität", frm="Grünspan Mobilität Karriere <no-reply@softgarden.io>", headers=LIST,
      subject="Werden Sie Teil unserer Talent Community",
      text="""Guten Tag Sam Taylor,

Sie haben vor einiger Zeit Interesse an Grünspan Mobilität gezeigt. In den nächsten Monaten eröffnen wir neue Teams in Leipzig und Dresden.

Treten Sie unserer Talent Community bei und erfahren Sie als Erste/r von neuen Stellen in Marketing, Produkt und Daten.

[[Jetzt beitreten]]

Viele Grüße
Ihr Grünspan Recruiting""",
      notes="talent-community invitation without a verdict"),

    M(slug="abwesenheit-recruiterin", label=O, cat="auto-reply", style="personal",
      frm="Lena Hoffmann <lena.hoffmann@kiezlabs.example>", headers={"Auto-Submitted": "auto-replied"},
      subject="Automatische Antwort: AW: Deine Bewerbung bei Kiezlabs",
      text="""Danke für deine Nachricht! Ich bin bis einschließlich 13.11. im Urlaub und lese keine E-Mails. In dringenden Fällen wende dich bitte an people@kiezlabs.example.

Liebe Grüße
Lena""",
      notes="out-of-office from a recruiter who rejected Sam; subject repeats the thread"),

    M(slug="freundin-leitet-absage-weiter", label=O, cat="forwarded", style="personal",
      frm="Jule Marquardt <jule.marquardt@postfach.example>",
      subject="WG: Ihre Bewerbung bei der Havelstrom AG",
      text="""Sam, schau mal… 😩 Wieder nix. Wie antwortest du eigentlich auf sowas? Lohnt sich das überhaupt?

Jule

---------- Weitergeleitete Nachricht ---------
Von: Havelstrom AG Recruiting <noreply@havelstrom.example>
Datum: Di., 27. Okt. 2026 um 16:02
Betreff: Ihre Bewerbung bei der Havelstrom AG
An: Jule Marquardt <jule.marquardt@postfach.example>

Sehr geehrte Frau Marquardt,

leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als Referentin Nachhaltigkeitskommunikation nicht berücksichtigen können.

Mit freundlichen Grüßen
Havelstrom AG""",
      notes="a friend's rejection forwarded"),

    M(slug="rueckzug-bestaetigt", label=O, cat="withdrawal-confirmation", style="ats", vendor="dvinci",
      brand="Sternquell Brauerei", frm="Sternquell Brauerei <bewerbung@sternquell.dvinci-easy.com>", headers=AUTO,
      subject="Bestätigung: Rückzug Ihrer Bewerbung",
      text="""Sehr geehrte Sam Taylor,

hiermit bestätigen wir, dass Sie Ihre Bewerbung als Marketing Managerin/Manager Export am 28.10.2026 zurückgezogen haben. Das Bewerbungsverfahren ist für Sie damit beendet.

Ihre Daten werden gemäß unserer Datenschutzerklärung gelöscht. Wir bedauern Ihre Entscheidung und würden uns freuen, wenn Sie sich zu einem späteren Zeitpunkt erneut bei uns bewerben.

Mit freundlichen Grüßen
Sternquell Brauerei – Personal""",
      notes="Sam withdrew"),

    M(slug="termin-abgesagt-neuer-termin", label=O, cat="reschedule", style="personal",
      frm="Daniel Vogt <daniel.vogt@seefeld-tech.example>",
      subject="Absage des Termins am Freitag – neuer Vorschlag",
      text="""Hallo Sam Taylor,

leider muss ich unser Gespräch am Freitag um 11 Uhr absagen – unsere Bereichsleiterin ist kurzfristig erkrankt, und sie möchte Sie unbedingt selbst kennenlernen.

Ihre Bewerbung als Product Lead Insights ist davon natürlich nicht betroffen. Könnten Sie alternativ am Dienstag, 17.11., um 11 Uhr oder am Mittwoch um 15 Uhr?

Entschuldigen Sie die Umstände und viele Grüße
Daniel Vogt
Talent Acquisition, Seefeld Tech""",
      notes="interview slot cancelled, candidacy unaffected; Absage in subject"),

]

# Days pinned where the text or a quoted message fixes the date (others come from the slug's hash).
DAYS = {
    "founder-du-wirds-nix": "2026-10-16", "interne-loesung-hm": "2026-10-21", "nachfrage-andere-bewerberin": "2026-11-05",
    "antwort-auf-frage-finale-runde": "2026-11-03", "freundin-leitet-absage-weiter": "2026-10-28",
    "rueckzug-bestaetigt": "2026-10-28", "termin-abgesagt-neuer-termin": "2026-11-10",
    "entscheidung-verzoegert-noch-im-rennen": "2026-11-20", "softgarden-einladung-gespraech": "2026-10-20",
    "engere-auswahl-positiv": "2026-10-29", "online-test-einladung": "2026-10-27", "zusage-vertragsangebot": "2026-11-12",
    "termin-abgelehnt-outlook": "2026-11-02", "abwesenheit-recruiterin": "2026-11-03",
    "kiezlabs-personio-du-andere": "2026-10-23", "basilea-workday-status-nicht-beruecksichtigt": "2026-10-14",
    "hollweg-rexx-profil-passt-nicht": "2026-10-22", "magistrat-wien-bedauern": "2026-10-08",
    "umstrukturierung-stelle-gestrichen": "2026-10-29", "sam-danke-nach-absage": "2026-10-30",
    "nordhafen-softgarden-talentpool": "2026-10-06", "antwort-auf-dank-kontakt-halten": "2026-10-19",
    "foerderantrag-abgelehnt": "2026-10-26", "personio-eigene-stelle-pausiert": "2026-11-06",
    "kollegin-absage-entwurf-pruefen": "2026-11-05", "sam-eigene-absage-an-kandidat": "2026-11-09",
}
for _m in MESSAGES:
    if _m["slug"] in DAYS:
        _m["day"] = DAYS[_m["slug"]]
