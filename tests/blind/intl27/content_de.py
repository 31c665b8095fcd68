"""German messages (DE, AT, CH): 16 rejections, 16 hard negatives."""
from content_common import R


def M(**kw):
    kw.setdefault("lang", "de")
    return kw


BULK = {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

REJ = [
M(slug="brandhorst-softgarden-talentpool", label="rejection", cat="ats-automated", style="ats", country="DE",
  vendor="softgarden", brand="Brandhorst Verpackungen GmbH",
  frm="Brandhorst Verpackungen GmbH <jobs-noreply@softgarden.io>", headers=AUTO,
  subject="Ihre Bewerbung als Referent Marketing & Kommunikation (m/w/d)",
  text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Brandhorst Verpackungen GmbH.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Person oder Ihrer Qualifikation – die Zahl der Bewerbungen auf diese Stelle war außergewöhnlich hoch.

Gerne würden wir Ihre Daten für zukünftige Vakanzen in unserem Talent-Pool speichern. Wenn Sie damit einverstanden sind, klicken Sie bitte auf den folgenden Link: [[Ja, ich möchte in den Talent-Pool aufgenommen werden]]. Ohne Ihre Zustimmung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gemäß DSGVO gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Julia Behrens
Personalabteilung
Brandhorst Verpackungen GmbH""",
  about="Brandhorst Verpackungen GmbH · Industriestraße 12 · 33332 Gütersloh · Amtsgericht Gütersloh HRB 0000 · Geschäftsführer: Dr. Klaus Brandhorst",
  exp=R("", "Julia", "Brandhorst Verpackungen GmbH", "Referent Marketing & Kommunikation (m/w/d)"),
  notes="mittelstand; softgarden; classic Absage; talent-pool consent link; no-reply"),

M(slug="hallberg-successfactors-htmlonly", label="rejection", cat="ats-automated", style="ats", country="DE",
  vendor="successfactors", brand="Hallberg Versicherung AG", html_only=True,
  frm="Hallberg Karriere <noreply@successfactors.eu>", headers=AUTO,
  subject="Ihre Bewerbung bei der Hallberg Versicherung AG - Stellen-ID 48213",
  text="""Guten Tag Sam Taylor,

vielen Dank für Ihr Interesse an der Position Senior Manager Brand Marketing (w/m/d) (Stellen-ID 48213) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Wir haben alle eingegangenen Bewerbungen sorgfältig gesichtet und mit dem Anforderungsprofil der Position abgeglichen. Nach eingehender Prüfung haben wir uns für andere Kandidat*innen entschieden, deren Profil den Anforderungen dieser Position noch besser entspricht.

Wir wissen, dass dies nicht die Nachricht ist, die Sie sich erhofft haben. Lassen Sie sich davon bitte nicht entmutigen: Die Hallberg Gruppe sucht regelmäßig engagierte Menschen. Unter [[karriere.hallberg.example]] finden Sie alle aktuellen Stellenangebote, und mit dem Job-Abo verpassen Sie keine neue Ausschreibung.

Ihre Bewerbungsunterlagen werden gemäß unseren Datenschutzhinweisen nach Ablauf der gesetzlichen Aufbewahrungsfrist gelöscht.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Hallberg Versicherung AG""",
  about="Hallberg Versicherung AG · Sitz der Gesellschaft: München · Registergericht München HRB 000000 · Vorsitzender des Aufsichtsrats: Prof. Dr. Werner Lahm. Wir leben Vielfalt: Wir freuen uns über alle Bewerbungen – unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.",
  exp=R("", "", "Hallberg Versicherung AG", "Senior Manager Brand Marketing (w/m/d)"),
  notes="konzern; SuccessFactors; html-only; English vendor footer; 'für andere Kandidat*innen entschieden'"),

M(slug="kiezkasse-personio-du", label="rejection", cat="ats-after-interview", style="ats", country="DE",
  vendor="personio", brand="Kiezkasse",
  frm="Kiezkasse Recruiting <recruiting-noreply@jobs.personio.de>", reply_to="Lena Vogt <lena.vogt@kiezkasse.example>",
  subject="Deine Bewerbung bei Kiezkasse",
  text="""Hi Sam,

danke dir für deine Bewerbung als Growth Marketing Lead und für das nette Gespräch mit Jana letzte Woche!

Wir haben lange überlegt, aber am Ende haben wir uns für eine Person entschieden, die schon mehr Erfahrung im B2B-Paid-Bereich mitbringt. Deshalb können wir dir heute leider keine Zusage geben.

Ehrlich gesagt war es knapp, und deine Ideen zum Referral-Programm fanden wir richtig stark. Wenn du magst, melden wir uns, sobald wir im Frühjahr im Marketing-Team wieder wachsen.

Falls du Fragen hast, antworte einfach auf diese Mail.

Alles Gute und liebe Grüße
Lena
People & Culture @ Kiezkasse""",
  exp=R("lena.vogt@kiezkasse.example", "Lena", "Kiezkasse", "Growth Marketing Lead"),
  notes="berlin start-up; Personio; du-form; Reply-To recruiter; verdict as 'keine Zusage geben'"),

M(slug="donau-prescreen-besetzt", label="rejection", cat="position-filled", style="ats", country="AT",
  vendor="prescreen", brand="Donau Medien Gruppe", plain_mode="html2text", plain_width=64,
  frm="Donau Medien Gruppe <no-reply@prescreen.io>", headers=AUTO,
  subject="Ihre Bewerbung - Produktmanager:in Digitale Abos",
  text="""Sehr geehrte:r Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Produktmanager:in Digitale Abos bei der Donau Medien Gruppe.

Wir möchten Sie darüber informieren, dass die ausgeschriebene Position mittlerweile besetzt wurde. Wir bedanken uns für Ihr Interesse und die Zeit, die Sie sich für Ihre Bewerbung genommen haben.

Ihre Unterlagen werden gemäß den gesetzlichen Bestimmungen nach Ablauf von sieben Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen aus Wien
Team Human Resources
Donau Medien Gruppe""",
  exp=R("", "", "Donau Medien Gruppe", "Produktmanager:in Digitale Abos"),
  notes="vienna media house; XING Prescreen; plain part auto-generated from HTML ([image], link list, narrow wrap); 'mittlerweile besetzt'"),

M(slug="rheinfels-workday-bilingual", label="rejection", cat="ats-automated", style="ats", country="CH",
  vendor="workday", brand="Rheinfels Pharma AG",
  frm="Rheinfels Pharma <rheinfels@myworkday.com>", headers=AUTO,
  subject="Ihre Bewerbung / Your application - Head of Patient Communications (R-20931)",
  text="""(English version below)

Guten Tag Sam Taylor

Vielen Dank für Ihre Bewerbung als Head of Patient Communications (R-20931) bei Rheinfels Pharma in Basel. Wir schätzen Ihr Interesse an unserem Unternehmen sehr.

Bei Rheinfels arbeiten mehr als 9'000 Menschen in über 40 Ländern daran, Patientinnen und Patienten mit seltenen Erkrankungen neue Therapien zugänglich zu machen. Für jede ausgeschriebene Stelle erhalten wir eine grosse Zahl qualifizierter Bewerbungen, und die Auswahl fällt uns nicht leicht.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Kandidatur für diese Position nicht weiter verfolgen werden.

Wir ermutigen Sie, sich weiterhin auf passende Stellen zu bewerben. Ihr Kandidatenprofil bleibt in unserem System gespeichert; Sie können es jederzeit unter [[Kandidatenhome]] aktualisieren oder löschen.

Freundliche Grüsse
Rheinfels Pharma AG
Talent Acquisition

-----

Dear Sam Taylor

Thank you for applying for the Head of Patient Communications (R-20931) position at Rheinfels Pharma in Basel. We appreciate your interest in our company.

After careful review of your application, we regret to inform you that we will not be moving forward with your candidacy for this position.

We encourage you to continue applying for roles that match your profile. Your candidate profile remains in our system; you can update or delete it at any time in [[Candidate Home]].

Kind regards
Rheinfels Pharma AG
Talent Acquisition""",
  about="Rheinfels Pharma AG, Grenzacherstrasse 000, 4058 Basel, Schweiz. Rheinfels is an equal opportunity employer.",
  exp=R("", "", "Rheinfels Pharma AG", "Head of Patient Communications"),
  notes="basel pharma; Workday; bilingual de/en letter; verdict in the middle after company boilerplate; Swiss spelling"),

M(slug="indeed-wendler-relay", label="rejection", cat="job-board-relay", style="ats", country="DE",
  vendor="indeed", brand="Indeed", logo_alt="Indeed",
  frm="Indeed <donotreply@match.indeed.com>", headers=BULK,
  subject="Ein Update zu Ihrer Bewerbung bei Wendler Haustechnik GmbH",
  text="""Ihre Bewerbung: Online Marketing Manager (m/w/d)
Wendler Haustechnik GmbH – Bielefeld
Beworben am 14. September 2026

Leider hat sich Wendler Haustechnik GmbH entschieden, Ihre Bewerbung nicht weiter zu verfolgen.

Lassen Sie sich nicht entmutigen – die richtige Stelle ist vielleicht schon dabei. Diese Jobs passen zu Ihrer Suche:

- Marketing Manager (m/w/d) – Ostwestfalen Tech GmbH – Gütersloh
- Content Marketing Manager:in – Lindhoff Reisen – Bielefeld
- Referent Unternehmenskommunikation (m/w/d) – Stadtwerke Herford – Herford (Neu)

[[Alle passenden Jobs ansehen]]

Sie haben diese E-Mail erhalten, weil Sie sich über Indeed beworben haben. Der Arbeitgeber hat den Status Ihrer Bewerbung aktualisiert.""",
  exp=R("", "", "Wendler Haustechnik GmbH", "Online Marketing Manager (m/w/d)"),
  notes="job-board relay; bulk headers; recommended jobs under the verdict"),

M(slug="interamt-status-absage", label="rejection", cat="status-portal", style="ats", country="DE",
  vendor="interamt", brand="Interamt", logo_alt="Interamt",
  frm="Interamt <noreply@interamt.de>", headers=AUTO,
  subject="Statusänderung Ihrer Bewerbung - Kennziffer 2026/0417",
  text="""Guten Tag Sam Taylor,

der Status einer Ihrer Bewerbungen hat sich geändert.

{table}

Die ausschreibende Stelle hat mitgeteilt, dass Ihre Bewerbung im Auswahlverfahren nicht berücksichtigt werden konnte. Das vollständige Schreiben der personalverwaltenden Stelle finden Sie in Ihrem Interamt-Postfach: [[Zum Postfach]]

Ihre Bewerbungsunterlagen werden nach Abschluss des Verfahrens unter Beachtung der datenschutzrechtlichen Bestimmungen und des AGG nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Interamt-Team""",
  table=[("Stellenangebot", "Referentin / Referent für Öffentlichkeitsarbeit (E 13 TV-L)"),
         ("Dienststelle", "Landesamt für Daten und Digitales, Magdeburg"),
         ("Kennziffer", "2026/0417"),
         ("Neuer Status", "Absage - Auswahlverfahren abgeschlossen")],
  exp=R("", "", "Landesamt für Daten und Digitales", "Referentin / Referent für Öffentlichkeitsarbeit"),
  notes="öffentlicher Dienst; portal status table 'Absage'; letter itself behind a link"),

M(slug="nordlicht-greenhouse-casestudy", label="rejection", cat="after-assessment", style="ats", country="DE",
  vendor="greenhouse", brand="Nordlicht Mobility",
  frm="Nordlicht Mobility <no-reply@us.greenhouse-mail.io>",
  subject="Deine Bewerbung bei Nordlicht Mobility",
  text="""Hallo Sam,

vielen Dank, dass du dir die Zeit für unsere Case Study genommen hast – wir wissen, dass das einiges an Aufwand ist.

Das Team hat sich deine Präsentation genau angeschaut. Es gab viele gute Ansätze, vor allem bei der Positionierung gegenüber Flottenkunden. Am Ende haben wir uns aber entschieden, mit anderen Kandidat:innen weiterzumachen, deren Erfahrung im Go-to-Market für B2B-SaaS besser zu den aktuellen Anforderungen der Rolle als Product Marketing Manager passt.

Wenn du detaillierteres Feedback möchtest, schreib mir gerne direkt: deniz.aksoy@nordlicht-mobility.example

Danke nochmal und alles Gute für deine Suche!

Deniz Aksoy
Senior Recruiter | Nordlicht Mobility""",
  about="Nordlicht Mobility GmbH, Hamburg. We are an equal opportunity employer and value diversity at our company. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.",
  exp=R("deniz.aksoy@nordlicht-mobility.example", "Deniz", "Nordlicht Mobility", "Product Marketing Manager"),
  notes="hamburg scale-up; Greenhouse; after case study; German letter, English EEO footer; recruiter address only in body"),

# ---- personal ----
M(slug="heilmann-berater-albrecht", label="rejection", cat="agency-recruiter", style="personal", country="DE",
  frm="Markus Heilmann <m.heilmann@heilmann-partner.example>", parent="example.org", day="2026-10-13",
  subject="AW: Position Leitung Marketing - Albrecht Feinkost",
  text="""Hallo Sam,

wie eben schon kurz am Telefon angesprochen hier nochmal schriftlich: Albrecht Feinkost hat sich nach der zweiten Runde leider für einen anderen Kandidaten entschieden. Ausschlaggebend war laut Geschäftsführung vor allem die Erfahrung im Lebensmitteleinzelhandel – der andere Kandidat kommt direkt aus dem LEH und kennt die Jahresgespräche mit den großen Ketten.

Persönlich finde ich das sehr schade, das Feedback zu Ihrem Auftritt war durchweg positiv (Herr Albrecht meinte wörtlich "sehr sympathisch und strukturiert").

Ich melde mich, sobald ich ein Mandat habe das passt – aktuell bereite ich zwei Marketingpositionen im Rhein-Main-Gebiet vor, evtl. ist da was für Sie dabei.

Beste Grüße
Markus Heilmann

Heilmann & Partner Personalberatung GmbH
Senior Consultant
Tel. +49 69 0000 4471 | Mobil +49 170 0000 112
www.heilmann-partner.example

Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 12. Oktober 2026 09:14
An: Markus Heilmann <m.heilmann@heilmann-partner.example>
Betreff: Position Leitung Marketing - Albrecht Feinkost

Hallo Herr Heilmann,

gibt es schon Neuigkeiten von Albrecht Feinkost? Ich hatte nach dem zweiten Gespräch ein sehr gutes Gefühl.

Viele Grüße
Sam Taylor""",
  exp=R("m.heilmann@heilmann-partner.example", "Markus", "Albrecht Feinkost", "Leitung Marketing"),
  notes="Personalberater; client named as company; after phone call; Outlook quote of Sam's chaser; missing comma typo; pitches other mandates"),

M(slug="koehler-gf-long-letter", label="rejection", cat="personal-after-interview", style="personal", country="DE",
  frm="Dr. Annette Köhler <a.koehler@koehler-messtechnik.example>", charset="iso-8859-1", cte="8bit",
  subject="Ihr Besuch bei uns in Reutlingen",
  text="""Sehr geehrte/r Sam Taylor,

zunächst noch einmal herzlichen Dank, dass Sie sich am vergangenen Donnerstag die Zeit genommen haben, uns in Reutlingen zu besuchen. Ich hoffe, die Rückfahrt war trotz der Baustellen auf der B 27 einigermaßen entspannt.

Mein Team und ich haben das Gespräch und den anschließenden Rundgang durch die Fertigung als sehr angenehm empfunden. Besonders Ihre Überlegungen dazu, wie wir unsere Kalibrierdienstleistungen stärker als eigenes Produkt vermarkten könnten, haben wir im Nachgang noch lange diskutiert - Herr Mayer aus dem Vertrieb hat Ihre Skizze inzwischen an seine Pinnwand gehängt.

Wir haben uns die Entscheidung über die Besetzung der Stelle Leitung Produktmarketing nicht leicht gemacht. Letztlich haben wir uns für eine Bewerberin entschieden, die bereits mehrere Jahre im Maschinenbau tätig war und einen Teil unserer Vertriebspartner in Asien persönlich kennt. Ich muss Ihnen daher auf diesem Weg absagen, auch wenn mir das ehrlich gesagt schwerfällt.

Damit Sie etwas mitnehmen können, ein paar Punkte aus unserer Runde:
- Ihre Erfahrung mit Positionierung und Markenführung war für uns das stärkste Argument.
- Bei technischen Rückfragen zu unseren Messsystemen hätten wir uns etwas mehr Tiefe gewünscht - das ist bei einem Quereinstieg aber völlig normal.
- Ihre Präsentation war klar und gut strukturiert, vielleicht ein wenig zu lang.

Falls Sie einverstanden sind, würde ich Ihren Namen gern an zwei befreundete Unternehmen aus unserem Branchenverband weitergeben, die im kommenden Jahr Marketingverstärkung suchen. Geben Sie mir einfach kurz Bescheid.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen

Dr. Annette Köhler
Geschäftsführerin
Köhler Messtechnik GmbH
Gewerbestraße 00 | 72760 Reutlingen
Tel. 07121 0000-10""",
  exp=R("a.koehler@koehler-messtechnik.example", "Annette", "Köhler Messtechnik GmbH", "Leitung Produktmarketing"),
  notes="mittelstand; managing director after on-site interview; long letter, verdict in the middle; feedback bullets; ISO-8859-1 8bit"),

M(slug="brennerwerk-short-iphone", label="rejection", cat="terse", style="personal", country="DE",
  frm="Tobias Brenner <tobias@brennerwerk.example>", parent="example.org", day="2026-11-09", wrap=False,
  subject="Re: Nachfrage Bewerbung Social Media Lead",
  text="""Hi Sam,

sorry, das ist bei uns total untergegangen. Wir haben uns leider für jemand anderen entschieden – hätte ich dir längst sagen sollen.

Dir alles Gute!
Tobias

Von meinem iPhone gesendet

> Am 02.11.2026 um 10:41 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Hallo Tobias,
>
> ich wollte kurz nachhaken, wie es mit der Stelle als Social Media Lead
> bei Brennerwerk aussieht. Ich bin weiterhin sehr interessiert.
>
> Viele Grüße
> Sam""",
  exp=R("tobias@brennerwerk.example", "Tobias", "Brennerwerk", "Social Media Lead"),
  notes="munich agency; short reply above Sam's chaser; Apple Mail quote"),

M(slug="wienerwald-position-gestrichen", label="rejection", cat="role-cancelled", style="personal", country="AT",
  frm="Mag. Birgit Hofer <birgit.hofer@wienerwald-versicherung.example>", client_html=True,
  subject="Ihre Bewerbung als Marketing Manager:in Digital Sales",
  text="""Sehr geehrte:r Sam Taylor,

ich hoffe, es geht Ihnen gut. Leider muss ich Ihnen heute eine weniger erfreuliche Nachricht überbringen.

Im Zuge einer konzernweiten Neuorganisation des Vertriebs wurde entschieden, die Position Marketing Manager:in Digital Sales vorerst nicht nachzubesetzen. Der Auswahlprozess wird daher mit sofortiger Wirkung beendet. Dies betrifft alle Kandidat:innen gleichermaßen und hat nichts mit Ihrer Qualifikation zu tun – Herr Gruber war von Ihrem Gespräch sehr angetan.

Sollte die Stelle zu einem späteren Zeitpunkt wieder ausgeschrieben werden, komme ich gerne auf Sie zurück, sofern Sie damit einverstanden sind, dass wir Ihre Unterlagen bis dahin in Evidenz halten.

Mit freundlichen Grüßen

Mag. Birgit Hofer
Recruiting & Employer Branding
Wienerwald Versicherung AG
Tel.: +43 1 000 37 21
Firmenbuch FN 000000x, Handelsgericht Wien""",
  exp=R("birgit.hofer@wienerwald-versicherung.example", "Birgit", "Wienerwald Versicherung AG", "Marketing Manager:in Digital Sales"),
  notes="vienna insurer; position not refilled after reorganisation; 'in Evidenz halten'; Austrian title"),

M(slug="limmat-absage-nach-gespraechen", label="rejection", cat="personal-after-interview", style="personal", country="CH",
  frm="Reto Ammann <reto.ammann@limmatdigital.example>", client_html=True,
  subject="Rückmeldung zu Ihrer Bewerbung - Senior Content Strategist",
  text="""Guten Tag Sam Taylor

Nochmals herzlichen Dank für die beiden Gespräche und Ihr Interesse an der Stelle als Senior Content Strategist bei Limmat Digital.

Wir haben in den letzten Tagen intensiv diskutiert. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Person entschieden haben, die mit ihrer Erfahrung im Schweizer Markt und ihren Französischkenntnissen etwas besser zu unserem Kundenportfolio in der Romandie passt.

Ihr Portfolio hat uns sehr gefallen, insbesondere die Kampagne für den Verlag. Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback – melden Sie sich einfach bei mir.

Wir wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse

Reto Ammann
Head of People
Limmat Digital AG
Hardturmstrasse 000, 8005 Zürich
+41 44 000 12 34""",
  exp=R("reto.ammann@limmatdigital.example", "Reto", "Limmat Digital", "Senior Content Strategist"),
  notes="zurich agency; after two interviews; Swiss salutation without comma, 'Grüsse'"),

M(slug="fernweh-weitergeleitet-hm", label="rejection", cat="forwarded-by-recruiter", style="personal", country="DE",
  frm="Carina Lutz <carina.lutz@fernweh-reisen.example>", day="2026-11-20",
  subject="WG: Feedback Kandidat:innen PMM - Sam Taylor",
  text="""Hallo Sam,

ich leite dir hier direkt das Feedback von Holger weiter, damit du es aus erster Hand hast. Leider keine guten Nachrichten für dich – tut mir echt leid, nach dem tollen Gespräch hatte ich mir was anderes gewünscht.

Wenn du magst, telefonieren wir Anfang nächster Woche kurz.

LG
Carina

Carina Lutz | Talent Acquisition | Fernweh Reisen GmbH | +49 221 0000 880

-----Ursprüngliche Nachricht-----
Von: Holger Franke <holger.franke@fernweh-reisen.example>
Gesendet: Donnerstag, 19. November 2026 17:02
An: Carina Lutz <carina.lutz@fernweh-reisen.example>
Betreff: Feedback Kandidat:innen PMM - Sam Taylor

Hi Carina,

kurz zu Sam Taylor: sehr gutes Gespräch, starke Analytik, gute Fragen. Für die Rolle als Product Marketing Manager brauchen wir aber jemanden, der das Reisegeschäft schon kennt und ab Tag 1 loslegen kann. Wir gehen daher mit der anderen Kandidatin weiter. Kannst du Sam bitte absagen und von mir für die Zeit danken?

Gruß
Holger""",
  exp=R("carina.lutz@fernweh-reisen.example", "Carina", "Fernweh Reisen", "Product Marketing Manager"),
  notes="recruiter forwards hiring manager's internal note; verdict only in the forwarded part; Outlook 'Ursprüngliche Nachricht'"),

M(slug="stadtwerke-erneut-intern-besetzt", label="rejection", cat="internal-candidate", style="personal", country="DE",
  frm="Petra Sauer <petra.sauer@stadtwerke-wernau.example>", charset="iso-8859-15", day="2026-11-05",
  subject="WG: Ihre Bewerbung als Referent/in Kundenkommunikation",
  text="""Guten Tag Sam Taylor,

meine untenstehende E-Mail vom 3. November ist leider an eine falsche Adresse gegangen (Tippfehler meinerseits, Entschuldigung!). Ich sende sie Ihnen hiermit noch einmal zu.

Mit freundlichen Grüßen
Petra Sauer

-----Ursprüngliche Nachricht-----
Von: Petra Sauer
Gesendet: Dienstag, 3. November 2026 14:26
An: sam.tayler@example.org
Betreff: Ihre Bewerbung als Referent/in Kundenkommunikation

Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Referent/in Kundenkommunikation und Ihr Interesse an den Stadtwerken Wernau.

Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich intern besetzt werden konnte. Wir bitten um Ihr Verständnis. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht; auf Wunsch senden wir sie Ihnen gerne vorher zurück.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
i. A. Petra Sauer
Personalabteilung
Stadtwerke Wernau GmbH
Tel. 07153 0000-214""",
  exp=R("petra.sauer@stadtwerke-wernau.example", "Petra", "Stadtwerke Wernau GmbH", "Referent/in Kundenkommunikation"),
  notes="municipal utility; re-sent after a wrong address, verdict only in the original; 'intern besetzt'; ISO-8859-15"),

M(slug="klangfabrik-terse", label="rejection", cat="terse", style="personal", country="DE",
  frm="Jonas Reiter <jonas@klangfabrik.example>", parent="example.org", wrap=False,
  subject="Re: Kennenlernen Klangfabrik",
  text="""Hey Sam, danke nochmal für gestern! Wir machen mit jemand anderem weiter, passt diesmal leider nicht ganz. Dir alles Gute & vielleicht bis bald
Jonas

Von Outlook für Android gesendet""",
  exp=R("jonas@klangfabrik.example", "Jonas", "Klangfabrik", ""),
  notes="audio start-up founder; two lines from a phone; no role named"),
]

OTH = [
M(slug="vahlkamp-eingang-hedge", label="other", cat="ack-received", style="ats", country="DE",
  vendor="softgarden", brand="Vahlkamp Logistik GmbH & Co. KG", headers=AUTO,
  frm="Vahlkamp Logistik <jobs-noreply@softgarden.io>",
  subject="Eingangsbestätigung: Ihre Bewerbung als Marketing Manager B2B (m/w/d)",
  text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Marketing Manager B2B (m/w/d) und Ihr Interesse an Vahlkamp Logistik. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen nun alle Bewerbungen sorgfältig. Aufgrund der hohen Anzahl an Zuschriften bitten wir um etwas Geduld – die Sichtung kann bis zu drei Wochen dauern. Sie erhalten in jedem Fall eine Rückmeldung von uns, unabhängig davon, ob wir Sie zu einem Gespräch einladen oder Ihnen leider absagen müssen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem [[Bewerberkonto]] einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Vahlkamp Logistik GmbH & Co. KG""",
  about="Vahlkamp Logistik GmbH & Co. KG · Hafenstraße 00 · 28197 Bremen · Familienunternehmen seit 1921 · Top-Arbeitgeber Mittelstand 2026",
  notes="acknowledgement that mentions 'absagen müssen' as a future possibility"),

M(slug="aareblick-join-einladung", label="other", cat="interview-invite", style="ats", country="CH",
  vendor="join", brand="Aareblick Tourismus AG", reply_to="Nina Steiner <nina.steiner@aareblick.example>",
  frm="Aareblick Tourismus AG <noreply@join.com>",
  subject="Einladung zum Gespräch - Marketing Manager Digital (80-100%)",
  text="""Guten Tag Sam Taylor

Vielen Dank für Ihre Bewerbung als Marketing Manager Digital (80-100%). Ihr Profil hat uns überzeugt, und wir würden Sie gerne in einem ersten Gespräch näher kennenlernen.

Leider können wir Ihnen derzeit keinen Termin vor Ort in Bern anbieten, da unsere Büros bis Ende Monat umgebaut werden. Das Gespräch findet deshalb per Microsoft Teams statt und dauert rund 45 Minuten.

Bitte wählen Sie über den folgenden Link einen passenden Termin: [[Termin auswählen]]

Freundliche Grüsse
Nina Steiner
HR Business Partner
Aareblick Tourismus AG""",
  notes="invitation with 'Leider können wir ... nicht' about the office; Reply-To recruiter"),

M(slug="stepstone-magazin-absage-tipps", label="other", cat="newsletter", style="ats", country="DE",
  vendor="stepstone", brand="StepStone", logo_alt="StepStone", headers=BULK, plain_mode="html2text",
  frm="StepStone Karriere-Newsletter <newsletter@stepstone.de>",
  subject="Absage erhalten? So reagieren Sie richtig + 6 neue Jobs für Sie",
  text="""Hallo Sam Taylor,

eine Absage ist ärgerlich – aber kein Grund, aufzugeben. In unserem neuen Ratgeber lesen Sie, wie Sie auf eine Absage professionell antworten, um Feedback bitten und sich so für künftige Stellen im Gespräch halten: [[Zum Ratgeber: Richtig auf Absagen reagieren]]

Außerdem: Warum "Wir haben uns für einen anderen Kandidaten entschieden" nicht das Ende sein muss – drei Personalerinnen erzählen.

Neue Jobs, die zu Ihrem Profil passen:

- Produktmanager Marketing (m/w/d) – Vossberg Elektrogeräte – Köln
- Brand Manager:in – Halderhof Getränke – Düsseldorf
- Head of Content (m/w/d) – Medienhaus Rheinufer – Köln
- Marketing Lead DACH – Tessaly Software – Remote
- Referent Marketing (m/w/d) – Brandhorst Verpackungen GmbH – Gütersloh
- Growth Manager:in – Fahrwerk Mobility – Berlin

[[Alle Jobs ansehen]]""",
  notes="job-board newsletter about answering rejections, quotes rejection wording; plain part from HTML"),

M(slug="seetal-workday-uebertragen", label="other", cat="requisition-transfer", style="ats", country="CH",
  vendor="workday", brand="Seetal Detailhandel AG", headers=AUTO,
  frm="Seetal Karriere <seetal@myworkday.com>",
  subject="Ihre Bewerbung wurde übertragen - R-19102 Marketing Manager Eigenmarken",
  text="""Guten Tag Sam Taylor

Wie mit Ihnen telefonisch besprochen, wurde die Stelle R-18870 Marketing Manager Retail, auf die Sie sich ursprünglich beworben haben, geschlossen, da sie in der neuen Organisation aufgeht.

Ihre Bewerbung wurde deshalb auf die Stelle R-19102 Marketing Manager Eigenmarken übertragen. Ihre Unterlagen und die Notizen aus dem ersten Gespräch bleiben vollständig erhalten; Sie müssen nichts weiter tun.

{table}

Wir melden uns in den nächsten Tagen mit Terminvorschlägen für das Gespräch mit der Leiterin Eigenmarken.

Freundliche Grüsse
Talent Acquisition
Seetal Detailhandel AG""",
  table=[("R-18870 Marketing Manager Retail", "Geschlossen"), ("R-19102 Marketing Manager Eigenmarken", "Bewerbung aktiv – Interview")],
  notes="old requisition 'Geschlossen', application moved and active"),

M(slug="kronwerk-online-assessment", label="other", cat="assessment", style="ats", country="DE",
  vendor="successfactors", brand="Kronwerk Automotive SE", headers=AUTO,
  frm="Kronwerk Recruiting <noreply@successfactors.eu>",
  subject="Nächster Schritt in Ihrem Bewerbungsprozess: Online-Assessment",
  text="""Guten Tag Sam Taylor,

herzlichen Glückwunsch – Ihre Bewerbung als Product Marketing Specialist E-Mobility hat uns überzeugt, und wir möchten Sie zum nächsten Schritt einladen: einem Online-Assessment (ca. 60 Minuten, Logik, Zahlen und ein kurzer Persönlichkeitsteil).

Bitte schließen Sie das Assessment bis zum 14. Oktober 2026 ab: [[Assessment starten]]

Bitte beachten Sie: Wird das Assessment nicht fristgerecht abgeschlossen, können wir Ihre Bewerbung leider nicht weiter berücksichtigen. Bei technischen Problemen wenden Sie sich bitte an den Support unseres Dienstleisters.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kronwerk Automotive SE""",
  about="Kronwerk Automotive SE · Sitz: Stuttgart · Amtsgericht Stuttgart HRB 000000 · Vorstand: Dr. Ines Marquart (Vors.), Frank Ebel",
  notes="assessment invitation with conditional 'nicht weiter berücksichtigen'"),

M(slug="personio-eigene-stelle-abgelehnt", label="other", cat="owner-hiring", style="ats", country="DE",
  vendor="personio", brand="Calder Street Media", headers=AUTO,
  frm="Personio <notifications@personio.de>",
  subject="Bewerber:in abgelehnt: Jan Petersen - Content Marketing Manager (Hamburg)",
  text="""Hallo Sam,

Sie haben den Status von Jan Petersen für die Stelle Content Marketing Manager (Hamburg) auf "Abgelehnt" gesetzt.

{table}

Die Absage-E-Mail (Vorlage: "Absage nach Interview") wird in 24 Stunden automatisch an Jan Petersen versendet. Bis dahin können Sie den Versand in der [[Bewerbungsübersicht]] stoppen.

Ihr Personio-Team""",
  table=[("Stelle", "Content Marketing Manager (Hamburg)"), ("Bewerber:in", "Jan Petersen"),
         ("Phase", "Zweitgespräch"), ("Neuer Status", "Abgelehnt"), ("Geändert von", "Sam Taylor")],
  notes="Sam is the hiring manager; HR-system notice of Sam's own rejection of a candidate"),

M(slug="immoscout-wohnung-anderer", label="other", cat="non-job-rejection", style="ats", country="DE",
  vendor="immoscout", brand="ImmoScout24", logo_alt="ImmoScout24", headers=BULK,
  frm="ImmoScout24 <noreply@immobilienscout24.de>",
  subject="Ihre Anfrage: 3-Zimmer-Wohnung, Hamburg-Eimsbüttel",
  text="""Hallo Sam Taylor,

vielen Dank für Ihr Interesse an der Wohnung "Helle 3-Zimmer-Altbauwohnung mit Balkon" (Scout-ID 000148823).

Leider hat sich der Anbieter für andere Interessenten entschieden. Die Wohnung ist nicht mehr verfügbar.

Lassen Sie sich nicht entmutigen – wir haben 12 ähnliche Angebote in Eimsbüttel für Sie gefunden: [[Ähnliche Wohnungen ansehen]]

Tipp: Mit dem MieterPlus-Profil inklusive Bonitätscheck überzeugen Sie Vermieter:innen schneller.

Ihr ImmoScout24-Team""",
  notes="flat application refused; 'für andere Interessenten entschieden'"),

M(slug="karriereat-jobalert-merkliste", label="other", cat="job-alert", style="ats", country="AT",
  vendor="karriereat", brand="karriere.at", logo_alt="karriere.at", headers=BULK, plain_mode="html2text",
  frm="karriere.at Job-Alert <jobalert@karriere.at>",
  subject="5 neue Jobs für \"Marketing Manager\" in Wien",
  text="""Hallo Sam,

hier sind die neuesten Jobs zu Ihrem Job-Alert "Marketing Manager" in Wien und Umgebung:

- Marketing Manager:in E-Commerce – Gartenwelt Lindner GmbH – Wien 23
- Product Marketing Manager (m/w/d) – Kaiserfeld Software – Wien 3, Homeoffice möglich
- Senior Marketing Manager DACH – Vivorra Beverages – Wien
- Marketing & Communications Manager – Donauspital Stiftung – Wien 21
- Junior Marketing Manager:in – Alpaka Reisen – Wien 7

Hinweis zu Ihrer Merkliste: Die Anzeige "Brand Manager:in Süßwaren" (Salzberger Confiserie) ist nicht mehr verfügbar – das Unternehmen hat die Stelle inzwischen besetzt. Sie hatten diese Anzeige gemerkt, aber sich noch nicht darauf beworben.

[[Alle Jobs ansehen]]""",
  notes="job alert; a watch-listed (not applied) job 'inzwischen besetzt'"),

# ---- personal ----
M(slug="antwort-auf-nachfrage-zweite-runde", label="other", cat="answer-to-owner-question", style="personal", country="DE",
  frm="Ulrike Brandt <ulrike.brandt@tegeler-verlag.example>", parent="example.org", day="2026-10-21",
  subject="AW: Stand meiner Bewerbung Marketing Manager",
  text="""Liebe Sam,

nein, ganz im Gegenteil – entschuldigen Sie bitte die Funkstille! Wir haben uns noch für niemanden entschieden; die Herbstmesse hat uns einfach zwei Wochen lang komplett eingespannt.

Wir würden Sie sehr gerne zur zweiten Runde einladen, diesmal mit unserer Verlegerin Frau Dr. Tegeler. Passt Ihnen Dienstag, 27.10., um 14 Uhr oder Donnerstag, 29.10., um 10 Uhr, hier bei uns in der Oranienstraße?

Herzliche Grüße
Ulrike Brandt
Leitung Personal | Tegeler Verlag GmbH
Tel. 030 0000 6612

Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Dienstag, 20. Oktober 2026 16:03
An: Ulrike Brandt <ulrike.brandt@tegeler-verlag.example>
Betreff: Stand meiner Bewerbung Marketing Manager

Liebe Frau Brandt,

seit unserem Gespräch sind nun drei Wochen vergangen, und ich wollte freundlich nachfragen, wie der Stand ist. Haben Sie sich bereits für jemand anderen entschieden? Ich wäre für eine kurze Rückmeldung dankbar, auch wenn sie negativ ausfällt.

Viele Grüße
Sam Taylor""",
  notes="answer to Sam's 'schon für jemand anderen entschieden?': second-round invitation; quote holds 'negativ'"),

M(slug="antwort-auf-dank-nach-absage", label="other", cat="reply-to-owner-followup", style="personal", country="DE",
  frm="Kerstin Jahn <kerstin.jahn@moorland-energie.example>", parent="example.org", parent_depth=2, day="2026-11-17",
  subject="AW: AW: Ihre Bewerbung als Kommunikationsmanager:in",
  text="""Hallo Sam Taylor,

vielen Dank für Ihre freundliche Rückmeldung, das passiert wirklich nicht oft! Sie müssen sich für nichts entschuldigen – und ja, sehr gerne bleiben wir in Kontakt. Ich habe mir Ihren Namen notiert und melde mich, wenn im Frühjahr die Stelle in der Unternehmenskommunikation ausgeschrieben wird.

Herzliche Grüße
Kerstin Jahn

Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 16. November 2026 18:40
An: Kerstin Jahn
Betreff: AW: Ihre Bewerbung als Kommunikationsmanager:in

Liebe Frau Jahn,

danke für Ihre offene Rückmeldung, auch wenn ich natürlich gerne eine andere Nachricht gelesen hätte. Entschuldigen Sie, dass ich erst jetzt antworte. Ich würde mich freuen, wenn wir in Kontakt bleiben.

Beste Grüße
Sam Taylor

Von: Kerstin Jahn
Gesendet: Donnerstag, 12. November 2026 11:12
An: Sam Taylor
Betreff: Ihre Bewerbung als Kommunikationsmanager:in

Hallo Sam Taylor,

leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Wir danken Ihnen für Ihr Interesse an der Moorland Energie.

Freundliche Grüße
Kerstin Jahn""",
  notes="recruiter answers Sam's thank-you after a rejection; rejection only in the quoted thread"),

M(slug="headhunter-neues-mandat", label="other", cat="recruiter-outreach", style="personal", country="DE",
  frm="Felix Baumgart <felix.baumgart@kanzlerpartners.example>", client_html=True,
  subject="Vertraulich: Director Marketing bei einem Familienunternehmen in Düsseldorf",
  text="""Hallo Sam,

wir kennen uns noch nicht – ich bin auf Ihr Profil gestoßen und finde Ihre Mischung aus Markenführung und Produkt-Know-how spannend.

Ich betreue derzeit exklusiv die Suche nach einem Director Marketing (m/w/d) für ein inhabergeführtes Konsumgüterunternehmen in Düsseldorf (ca. 900 Mitarbeitende). Die Position berichtet direkt an die Geschäftsführung.

Hätten Sie Lust auf ein vertrauliches, unverbindliches Telefonat in den nächsten Tagen? Und keine Sorge: Wenn es gerade nicht passt, ist eine kurze Absage völlig in Ordnung – ich nehme das niemandem übel.

Beste Grüße
Felix Baumgart
Partner | Kanzler Partners Executive Search
+49 211 0000 301""",
  notes="headhunter cold outreach; 'eine kurze Absage völlig in Ordnung' about Sam's answer"),

M(slug="kollegin-absage-kandidatin", label="other", cat="owner-hiring", style="personal", country="DE",
  frm="Miriam Ostrowski <miriam.ostrowski@example.org>", parent="example.org",
  subject="Re: Zweitgespräche Content Marketing Manager",
  text="""Hi Sam,

kurzes Update: Ich habe Frau Neumann gestern Abend telefonisch abgesagt, sie hat es ziemlich gefasst aufgenommen und um schriftliches Feedback gebeten – magst du mir zwei, drei Sätze dazu schicken? Die Absage über Personio ist auch raus.

Für die finale Runde bleiben damit Herr Akın und Frau Sommer. Wollen wir die Case Study diesmal vorab verschicken?

Danke & LG
Miriam

--
Miriam Ostrowski
People Partner | Calder Street Media
Büro Hamburg""",
  notes="Sam is hiring; colleague at example.org reports a rejection Sam decided"),

M(slug="vortrag-nicht-angenommen", label="other", cat="non-job-rejection", style="personal", country="AT",
  frm="Programmkomitee Marketing Summit Graz <programm@marketingsummit-graz.example>",
  subject="Ihre Einreichung für den Marketing Summit Graz 2027",
  text="""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Einreichung "Vom Reichweiten-Denken zur Beziehungsmarke: Was Medienhäuser von Produktteams lernen können" für den Marketing Summit Graz 2027.

Wir haben in diesem Jahr über 240 Vorschläge für 36 Slots erhalten. Leider können wir Ihren Vortrag diesmal nicht ins Programm aufnehmen. Die Gutachter:innen lobten die klare Struktur, wünschten sich aber mehr Zahlen aus konkreten Projekten.

Als Einreichende:r erhalten Sie 30 % Rabatt auf das Konferenzticket (Code: CFP27-DANKE).

Wir hoffen, Sie im Mai in Graz begrüßen zu dürfen!

Mit herzlichen Grüßen
Sabine Pichler
im Namen des Programmkomitees""",
  notes="conference talk declined"),

M(slug="entscheidung-verzoegert", label="other", cat="status-update", style="personal", country="AT",
  frm="Florian Wimmer <florian.wimmer@tirolia-outdoor.example>", client_html=True,
  subject="Kurzes Update zu Ihrer Bewerbung - Brand Manager Outdoor",
  text="""Hallo Sam,

ich wollte mich kurz melden, damit Sie nicht im Ungewissen sind: Unsere Entscheidung zur Stelle Brand Manager Outdoor verzögert sich leider um etwa zwei Wochen, weil unser Geschäftsführer krankheitsbedingt ausgefallen ist.

Die Stelle ist nicht auf Eis gelegt, und Sie sind nach wie vor einer von zwei Kandidat:innen in der finalen Runde. Sobald Herr Pfurtscheller zurück ist, melde ich mich mit einem Termin für das abschließende Gespräch.

Danke für Ihre Geduld!

Liebe Grüße aus Innsbruck
Florian Wimmer
HR | Tirolia Outdoor GmbH""",
  notes="decision delayed, 'nicht auf Eis gelegt', still a finalist"),

M(slug="zusage-angebot", label="other", cat="offer", style="personal", country="DE",
  frm="Stefanie Graf-Lenz <s.graf-lenz@eichenhain-naturkost.example>", client_html=True,
  subject="Zusage: Head of Marketing bei Eichenhain Naturkost",
  text="""Liebe Sam,

wie heute Mittag am Telefon angekündigt, hier auch schriftlich: Wir freuen uns sehr, Ihnen die Stelle als Head of Marketing anbieten zu dürfen!

Die Entscheidung war am Ende eindeutig. Den anderen beiden Kandidat:innen haben wir heute bereits abgesagt, damit Sie in Ruhe planen können.

Den Vertragsentwurf schickt Ihnen Frau Lindemann bis Freitag. Wie besprochen: Start am 1. Februar 2027, 85.000 € Jahresgehalt plus Bonus. Bitte geben Sie uns bis zum 15. Dezember Bescheid.

Herzliche Grüße
Stefanie Graf-Lenz
Geschäftsführerin
Eichenhain Naturkost GmbH""",
  notes="offer; 'Zusage'; mentions rejecting the other candidates"),

M(slug="freundin-weitergeleitete-absage", label="other", cat="forwarded", style="personal", country="CH",
  frm="Laura Meier <laura.meier@bluewin.example>",
  subject="Fwd: Ihre Bewerbung als UX Writer",
  text="""Hoi Sam

Kannst du mal kurz drüber schauen? Die haben mir abgesagt, aber ich würde gern um Feedback bitten. Wie schreibt man das am besten, ohne beleidigt zu klingen? Du hast doch letzten Monat so eine gute Mail geschrieben.

Merci & liebe Grüsse
Laura

---------- Forwarded message ---------
Von: Talent Team Bergwerk Digital <jobs@bergwerkdigital.example>
Date: Mi., 4. Nov. 2026 um 09:12
Subject: Ihre Bewerbung als UX Writer
To: Laura Meier <laura.meier@bluewin.example>

Guten Tag Frau Meier

Vielen Dank für Ihre Bewerbung als UX Writer. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatur entschieden haben.

Freundliche Grüsse
Talent Team Bergwerk Digital""",
  notes="friend forwards her own rejection asking for advice"),
]

MESSAGES = REJ + OTH
