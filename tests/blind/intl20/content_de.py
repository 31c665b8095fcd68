"""German messages (DE, AT, CH): 16 rejections, 16 hard negatives, half ATS-style, half personal."""


def M(**kw):
    kw.setdefault("lang", "de")
    kw.setdefault("country", "DE")
    return kw


NOREPLY_HDR = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK_HDR = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
            "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
M(slug="de-nordwerk-workday-absage", label="rejection", cat="ats-automated", style="ats", vendor="workday",
  frm="Nordwerk Energie AG <nordwerk@myworkday.com>", brand="Nordwerk Energie AG", html2text=True,
  subject="Ihre Bewerbung bei der Nordwerk Energie AG – Senior Marketing Manager Digital (w/m/d)", headers=NOREPLY_HDR,
  text="""Guten Tag Sam Taylor,

vielen Dank für Ihr Interesse an der Nordwerk Energie AG und an der Position Senior Marketing Manager Digital (w/m/d) (Job-ID R-0048213).

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer Qualifikation. Wir würden uns freuen, wenn Sie sich auch künftig auf passende Stellen bei uns bewerben. Aktuelle Angebote finden Sie in unserem [[Karriereportal]].

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Nordwerk Energie AG""",
  about="Die Nordwerk Energie AG versorgt mit rund 9.400 Mitarbeitenden über drei Millionen Kundinnen und Kunden in Nord- und Westdeutschland mit Strom, Gas und Wärme. Wir begrüßen alle Bewerbungen – unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.",
  exp=("", "", "Nordwerk Energie AG", "Senior Marketing Manager Digital (w/m/d)"),
  notes="workday; html2text plain part; most ordinary wording"),

M(slug="de-kemmler-softgarden-talentpool", label="rejection", cat="keep-on-file", style="ats", vendor="softgarden",
  frm="Brauerei Kemmler GmbH & Co. KG <noreply@softgarden.io>", brand="Brauerei Kemmler",
  subject="Ihre Bewerbung als Referent Marketing & Vertrieb (m/w/d)", headers=NOREPLY_HDR,
  button="Ja, ich möchte im Talentpool bleiben",
  text="""Sehr geehrte/r Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Referent Marketing & Vertrieb (m/w/d) und das damit verbundene Interesse an unserem Familienunternehmen.

Nach sorgfältiger Prüfung aller eingegangenen Unterlagen müssen wir Ihnen heute leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Die Auswahl ist uns bei der Vielzahl qualifizierter Bewerbungen nicht leicht gefallen.

Ihr Profil hat uns dennoch gut gefallen. Gerne würden wir Ihre Daten für weitere 12 Monate in unserem Talentpool speichern, um bei einer passenden Vakanz auf Sie zukommen zu können. Wenn Sie damit einverstanden sind, klicken Sie bitte auf den Button unten. Ohne Ihre Zustimmung werden Ihre Daten nach Ablauf von sechs Monaten gemäß unseren Datenschutzbestimmungen gelöscht.

Bei Fragen erreichen Sie Frau Petra Lindner unter personal@brauerei-kemmler.example oder telefonisch unter 07031 88 42-115.

Wir wünschen Ihnen weiterhin viel Erfolg und alles Gute.

Mit freundlichen Grüßen
Petra Lindner
Personalabteilung
Brauerei Kemmler GmbH & Co. KG · Seit 1789 in Böblingen""",
  exp=("personal@brauerei-kemmler.example", "Petra", "Brauerei Kemmler GmbH & Co. KG", "Referent Marketing & Vertrieb (m/w/d)"),
  notes="softgarden; mittelstand; talent pool consent button; contact in body"),

M(slug="de-flinkwerk-personio-du", label="rejection", cat="ats-automated", style="ats", vendor="personio",
  frm="Flinkwerk <no-reply@jobs.personio.de>", reply_to="Jonas Reiter <jonas@flinkwerk.example>", brand="Flinkwerk",
  subject="Deine Bewerbung bei Flinkwerk", headers=NOREPLY_HDR,
  text="""Hey Sam,

danke dir nochmal für deine Bewerbung als Growth Marketing Lead und für die Zeit, die du dir für uns genommen hast.

Wir haben lange hin und her überlegt – ehrlich gesagt war es knapp. Am Ende haben wir uns aber für eine andere Person entschieden, die schon sehr viel Erfahrung mit Performance-Kanälen im B2C-Bereich mitbringt, und genau das brauchen wir in der aktuellen Phase.

Das heißt nicht, dass wir nicht wieder zusammenkommen könnten: Wir wachsen gerade schnell und würden uns freuen, wenn du unsere [[Jobseite]] im Blick behältst.

Wenn du Feedback zu deiner Bewerbung möchtest, antworte einfach auf diese Mail – die landet direkt bei mir.

Alles Gute und liebe Grüße aus Leipzig
Jonas
Co-Founder & CEO, Flinkwerk""",
  exp=("jonas@flinkwerk.example", "Jonas", "Flinkwerk", "Growth Marketing Lead"),
  notes="personio; start-up du; Reply-To founder; verdict mid-letter"),

M(slug="de-alpenbahn-sf-status", html_only=True,  day="2026-10-09", label="rejection", cat="status-portal", style="ats", vendor="successfactors",
  country="AT", frm="Alpenbahn Logistik AG Karriere <careers@alpenbahn.successfactors.eu>", brand="Alpenbahn Logistik AG",
  subject="Statusänderung Ihrer Bewerbung – Req. 11872", headers=NOREPLY_HDR, button="Zum Bewerberportal",
  table=[("Stelle", "Product Marketing Manager:in Frachtplattform"), ("Referenz", "11872"), ("Standort", "Wien"),
         ("Eingang", "14.09.2026"), ("Status", "Nicht berücksichtigt")],
  text="""Sehr geehrte:r Sam Taylor,

der Status Ihrer Bewerbung hat sich geändert.

{table}

Wir danken Ihnen für Ihr Interesse an der Alpenbahn Logistik AG. Details sowie all Ihre laufenden Bewerbungen können Sie jederzeit im Bewerberportal einsehen.

Freundliche Grüße
Recruiting Alpenbahn Logistik AG""",
  exp=("", "", "Alpenbahn Logistik AG", "Product Marketing Manager:in Frachtplattform"),
  notes="successfactors; verdict only in a status table cell; Austrian"),

M(slug="de-uni-rheinfeld-dvinci-besetzt", label="rejection", cat="public-sector", style="ats", vendor="dvinci",
  frm="Universität Rheinfeld – Dezernat Personal <bewerbung-noreply@dvinci-hr.com>", brand="Universität Rheinfeld",
  subject="Ausschreibung Kennziffer 2026/114 – Referent*in für Wissenschaftskommunikation", headers=NOREPLY_HDR,
  text="""Sehr geehrte*r Sam Taylor,

wir bedanken uns für Ihre Bewerbung auf die oben genannte Stelle (Entgeltgruppe 13 TV-L, befristet auf zwei Jahre) im Referat Presse und Kommunikation der Universität Rheinfeld und für das damit gezeigte Interesse an einer Tätigkeit an unserer Hochschule.

Auf die Ausschreibung sind zahlreiche qualifizierte Bewerbungen eingegangen. Die Auswahlkommission hat unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten über die Besetzung entschieden. Wir bedauern, Ihnen mitteilen zu müssen, dass die Stelle zwischenzeitlich mit einer anderen Bewerberin besetzt wurde.

Ihre Bewerbungsunterlagen werden nach Ablauf der Fristen des Allgemeinen Gleichbehandlungsgesetzes (AGG), also sechs Monate nach Abschluss des Verfahrens, datenschutzgerecht gelöscht. Eine Rücksendung von Unterlagen erfolgt nicht.

Für Rückfragen steht Ihnen Frau Ines Haberkorn (Sachgebiet 3.2, ines.haberkorn@uni-rheinfeld.example, Tel. 0221 470-3318) zur Verfügung.

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Im Auftrag
Ines Haberkorn
Dezernat 3 – Personal""",
  exp=("ines.haberkorn@uni-rheinfeld.example", "Ines", "Universität Rheinfeld", "Referent*in für Wissenschaftskommunikation"),
  notes="d.vinci; university; public-sector formula; verdict mid-letter; AGG deletion notice"),

M(slug="de-mercator-stepstone-status", label="rejection", cat="job-board-relay", style="ats", vendor="stepstone",
  frm="StepStone <noreply@stepstone.de>", brand="StepStone", headers=BULK_HDR, html2text=True,
  subject="Neuigkeiten zu Ihrer Bewerbung bei Mercator Versicherung AG",
  text="""Hallo Sam Taylor,

es gibt Neuigkeiten zu Ihrer Bewerbung.

Content Marketing Manager (m/w/d)
Mercator Versicherung AG · Köln

Leider hat sich das Unternehmen entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.

Lassen Sie sich davon nicht entmutigen – passende Jobs warten schon auf Sie:

- Online Marketing Manager (m/w/d) – Rhenania Direkt, Düsseldorf
- Social Media Manager:in – Stadtwerke Hürth, Hürth
- Marketing Specialist B2B (m/w/d) – Kolbe Antriebstechnik GmbH, Bonn

[[Alle Jobempfehlungen ansehen]]

Ihr StepStone Team""",
  exp=("", "", "Mercator Versicherung AG", "Content Marketing Manager (m/w/d)"),
  notes="stepstone; job-board relay with bulk headers and job list; html2text"),

M(slug="de-lindenhof-rexx-zurueckgezogen", label="rejection", cat="role-cancelled", style="ats", vendor="rexx",
  country="CH", frm="Lindenhof Medien AG <jobs@lindenhof-medien.rexx-systems.com>", brand="Lindenhof Medien AG",
  subject="Ihre Bewerbung: Leiter/in Audience Development 80–100 %", headers=NOREPLY_HDR,
  text="""Guten Tag Sam Taylor

Vielen Dank für Ihre Bewerbung als Leiter/in Audience Development 80–100 % und die interessanten Gespräche, die wir mit Ihnen führen durften.

Im Rahmen der Neuorganisation unseres Bereichs Digital & Abo haben die Geschäftsleitung und der Verwaltungsrat entschieden, die Funktion in der ausgeschriebenen Form nicht zu besetzen. Die Stelle wurde deshalb zurückgezogen und wir schliessen das Rekrutierungsverfahren hiermit ab.

Wir bedauern, Ihnen keinen anderen Bescheid geben zu können, zumal Ihr Dossier einen sehr guten Eindruck hinterlassen hat. Für allfällige Fragen steht Ihnen Corinne Bühler, HR Business Partner, gerne zur Verfügung (corinne.buehler@lindenhof-medien.example, +41 44 555 18 30).

Freundliche Grüsse

Lindenhof Medien AG
Human Resources""",
  exp=("corinne.buehler@lindenhof-medien.example", "Corinne", "Lindenhof Medien AG", "Leiter/in Audience Development 80–100 %"),
  notes="rexx; Swiss German (ss); role withdrawn in reorganisation"),

M(slug="de-vantor-linkedin-mixed", day="2026-10-20", label="rejection", cat="job-board-relay", style="ats", vendor="linkedin",
  frm="LinkedIn <jobs-noreply@linkedin.com>", brand="LinkedIn", headers=BULK_HDR, html2text=True,
  subject="Ihre Bewerbung bei Vantor Software GmbH",
  text="""Ihr Update von Vantor Software GmbH

Produktmarketing Manager (m/w/d) – Hamburg (Hybrid)
Beworben am 2. Okt.

Vielen Dank für Ihr Interesse an Vantor Software GmbH. Nach Prüfung Ihrer Bewerbung hat sich Vantor Software GmbH entschieden, mit anderen Bewerbern fortzufahren.

Nachricht von Vantor Software GmbH:
"Hi Sam, thanks a lot for applying. We received more than 400 applications for this role and have decided not to move forward with yours. Best of luck – The Vantor People Team"

Ähnliche Jobs
[[Produktmarketing Manager bei Kubik Cloud]]
[[Senior Product Marketing Manager bei Helmsdal]]

[[Alle Jobs ansehen]]""",
  exp=("", "", "Vantor Software GmbH", "Produktmarketing Manager (m/w/d)"),
  notes="linkedin relay; German chrome with the company's own note in English; mixed languages"),

# ---------------------------------------------------------------- rejections, personal
M(slug="de-kessler-berater-hallberg", day="2026-10-12", label="rejection", cat="agency-recruiter", style="personal",
  frm="Markus Ehrlich <m.ehrlich@kessler-partner.example>", client_html=True,
  subject="AW: Hallberg – Rückmeldung nach dem Zweitgespräch",
  parent=True, parent_domain="example.org",
  text="""Hallo Sam,

ich hoffe, Sie hatten ein gutes Wochenende.

Ich hatte heute Vormittag das angekündigte Telefonat mit Herrn Dr. Hallberg und Frau Sommer zur Position Leitung Marketing & Kommunikation. Zunächst das Positive: Ihr Zweitgespräch kam wirklich gut an, insbesondere Ihre Präsentation zur Markenarchitektur und Ihre Art, mit dem Vertrieb zu argumentieren. Herr Hallberg meinte wörtlich, er habe selten jemanden erlebt, der den Spagat zwischen Agenturdenken und Industrie so klar beschreibt.

Leider hat sich Hallberg Maschinenbau am Ende dennoch für einen anderen Kandidaten entschieden. Ausschlaggebend war – so offen wurde es mir gesagt – dessen langjährige Erfahrung im Investitionsgütergeschäft und ein bestehendes Netzwerk zu den Fachmessen, auf das man kurzfristig setzen möchte. Das ist kein Urteil über Ihre Kompetenz, sondern eine sehr spezifische Anforderung des Inhabers.

Ich weiß, dass das nach zwei Runden und der Case-Vorbereitung ärgerlich ist, und es tut mir auch persönlich leid. Gerne würde ich in den nächsten Tagen mit Ihnen telefonieren und besprechen, welche Mandate bei uns in Frage kämen – ich habe Sie auf jeden Fall auf dem Schirm.

Beste Grüße aus München

Markus Ehrlich
Senior Consultant
Kessler & Partner Personalberatung GmbH
Maximilianstraße 31 · 80539 München
T +49 89 2154 770-12 · M +49 171 4420 918

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Donnerstag, 8. Oktober 2026 17:42
An: Markus Ehrlich <m.ehrlich@kessler-partner.example>
Betreff: Hallberg – Rückmeldung nach dem Zweitgespräch

Hallo Herr Ehrlich,

vielen Dank nochmal für die Vorbereitung. Haben Sie schon etwas von Hallberg gehört?

Viele Grüße
Sam""",
  exp=("m.ehrlich@kessler-partner.example", "Markus", "Hallberg Maschinenbau", "Leitung Marketing & Kommunikation"),
  notes="personalberater; long letter, verdict mid-letter wrapped in praise; Outlook quote"),

M(slug="de-wien-hm-nach-interview", day="2026-10-14", label="rejection", cat="personal-after-interview", style="personal",
  country="AT", frm="Katharina Pölzl <katharina.poelzl@donaublick-reisen.example>",
  subject="Ihre Bewerbung – Senior Brand Manager",
  text="""Sehr geehrte:r Sam Taylor,

nochmals herzlichen Dank für das angenehme Gespräch vergangenen Dienstag in unserem Büro am Schwedenplatz.

Wir haben nun alle Gespräche für die Position Senior Brand Manager abgeschlossen und uns nach reiflicher Überlegung für eine Kandidatin entschieden, die etwas mehr Erfahrung im Reisevertrieb mitbringt. Ich bedauere, Ihnen keine positivere Nachricht überbringen zu können.

Ich wünsche Ihnen für die weitere Suche alles Gute und würde mich freuen, wenn sich unsere Wege wieder kreuzen.

Mit freundlichen Grüßen aus Wien

Mag. Katharina Pölzl
Head of Marketing
Donaublick Reisen GmbH
Rotenturmstraße 14, 1010 Wien
+43 1 532 77 40-22""",
  exp=("katharina.poelzl@donaublick-reisen.example", "Katharina", "Donaublick Reisen GmbH", "Senior Brand Manager"),
  notes="hiring manager after interview; Austrian; short formal"),

M(slug="de-startup-intern-besetzt-reply", day="2026-10-22", label="rejection", cat="internal-candidate", style="personal",
  frm="Nele Hartung <nele@kiezkraft.example>", subject="Re: Kurze Nachfrage – Brand & Community Lead",
  parent=True, parent_domain="example.org", client_html=True,
  text="""Hi Sam,

sorry, dass du so lange nichts von uns gehört hast – hier war die letzten Wochen echt Land unter.

Kurzes Update: Wir haben die Stelle jetzt intern besetzt. Tarek aus dem Community-Team übernimmt die Rolle, das hat sich während des Prozesses so ergeben. Deshalb wird es mit uns leider nichts, auch wenn wir dein Gespräch echt stark fanden.

Danke dir für deine Geduld und alles Gute!
Nele

--
Nele Hartung · People & Culture · Kiezkraft
kiezkraft.example · 030 4099 1175

Am Mo., 19. Okt. 2026 um 09:12 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Nele,
>
> ich wollte kurz nachfragen, ob es zur Stelle Brand & Community Lead schon
> Neuigkeiten gibt. Ich bin weiterhin sehr interessiert.
>
> Viele Grüße
> Sam""",
  exp=("nele@kiezkraft.example", "Nele", "Kiezkraft", "Brand & Community Lead"),
  notes="du; reply above quoted chaser (Gmail); filled internally"),

M(slug="de-tiefgang-kurz-iphone", day="2026-11-04", label="rejection", cat="terse", style="personal",
  frm="Lea Brandt <lea@tiefgang-audio.example>", subject="Re: Head of Content – Tiefgang",
  parent=True, parent_domain="example.org", wrap=False,
  text="""Hallo Sam, kurz und schmerzlos: wir gehen mit jemand anderem weiter. Danke dir trotzdem für die Zeit und die coolen Ideen zum Podcast-Relaunch!

LG Lea

Von meinem iPhone gesendet

> Am 02.11.2026 um 10:04 schrieb Sam Taylor <sam.taylor@example.org>:
> 
> Hi Lea, danke nochmal für das Gespräch gestern! Melde dich gern, wenn ihr mehr wisst. Sam""",
  exp=("lea@tiefgang-audio.example", "Lea", "Tiefgang", "Head of Content"),
  notes="very short; iPhone; du; company only in subject"),

M(slug="de-graubner-weitergeleitet", day="2026-10-22", label="rejection", cat="forwarded-rejection", style="personal",
  frm="Sabine Voß <sabine.voss@hirewerk.example>", subject="WG: Feedback Kandidat:innen CRM Manager",
  client_html=True,
  text="""Hallo Sam,

anbei leider die Rückmeldung von Haus Graubner, siehe unten. Ich hätte mir eine andere Antwort gewünscht, ehrlich. Wenn Sie mögen, telefonieren wir morgen kurz – ich habe noch zwei Suchen im CRM-Umfeld, die gut passen könnten.

Viele Grüße
Sabine Voß
HireWerk Personalvermittlung · 0211 1679 440

---------- Weitergeleitete Nachricht ---------
Von: Florian Graubner <f.graubner@haus-graubner.example>
Datum: Mi., 21. Okt. 2026 um 16:55 Uhr
Betreff: Feedback Kandidat:innen CRM Manager
An: Sabine Voß <sabine.voss@hirewerk.example>

Hallo Frau Voß,

danke für die drei Profile. Frau Kranz laden wir zum Zweitgespräch ein. Sam Taylor werden wir nicht weiter berücksichtigen: sehr sympathisch, aber uns fehlt die Erfahrung mit Salesforce Marketing Cloud, die wir ab Tag eins brauchen. Herrn Özdemir bitte ebenfalls absagen.

Gruß
Florian Graubner
Geschäftsführer, Haus Graubner Wohnen GmbH""",
  exp=("sabine.voss@hirewerk.example", "Sabine", "Haus Graubner", "CRM Manager"),
  notes="agency forwards the client's decision about Sam (forward block); the inner mail invites another candidate"),

M(slug="de-ch-budgetstopp-lang", label="rejection", cat="role-cancelled", style="personal",
  country="CH", frm="Reto Imhof <reto.imhof@seeland-optik.example>",
  subject="Stelle Marketing Manager DACH – Stand des Verfahrens",
  text="""Guten Tag Sam Taylor

Ich melde mich wie versprochen bei Ihnen, leider später als angekündigt, wofür ich mich entschuldige.

Zunächst möchte ich Ihnen nochmals für die beiden Gespräche in Biel und die ausführliche Ausarbeitung zur Markteinführung in Deutschland danken. Wir haben Ihre Analyse intern mehrfach besprochen, und einige Gedanken daraus werden uns sicher weiter begleiten.

Wie Sie vielleicht aus der Presse erfahren haben, hat unser grösster Kunde im Oktober seine Bestellungen für 2027 deutlich reduziert. Die Geschäftsleitung hat daraufhin einen Einstellungsstopp für alle nicht produktionsrelevanten Funktionen beschlossen. Davon ist leider auch die Stelle Marketing Manager DACH betroffen: Sie wird vorerst nicht besetzt, und wir beenden das Auswahlverfahren an dieser Stelle. Ob und wann die Stelle neu ausgeschrieben wird, kann ich Ihnen heute nicht sagen.

Ich bedaure diese Entwicklung sehr, gerade weil Sie zu den beiden Personen in der engsten Auswahl gehörten. Sollte sich die Lage im nächsten Jahr ändern, würde ich mich gerne direkt bei Ihnen melden – sofern Sie damit einverstanden sind.

Freundliche Grüsse

Reto Imhof
Leiter Verkauf & Marketing
Seeland Optik AG
Bözingenstrasse 112, 2502 Biel/Bienne
T +41 32 555 41 07""",
  exp=("reto.imhof@seeland-optik.example", "Reto", "Seeland Optik AG", "Marketing Manager DACH"),
  notes="hiring freeze; long letter, verdict in the middle; Swiss"),

M(slug="de-quarzlicht-zweisprachig", label="rejection", cat="personal-after-interview", style="personal",
  frm="Quarzlicht GmbH – Recruiting <recruiting@quarzlicht.example>",
  subject="Ihre Bewerbung / Your application – Senior Product Marketing Manager", client_html=True,
  text="""(English version below)

Liebe:r Sam Taylor,

vielen Dank für Ihr Interesse an Quarzlicht und die Zeit, die Sie in die Gespräche mit Anna und Lukas investiert haben.

Leider können wir Ihnen keine positive Rückmeldung geben. Wir haben uns für eine Person entschieden, deren Erfahrung noch etwas genauer zu unseren aktuellen Schwerpunkten passt.

Wir wünschen Ihnen alles Gute!

---

Dear Sam Taylor,

Thank you for your interest in Quarzlicht and the time you spent talking to Anna and Lukas.

Unfortunately we are unable to give you a positive answer. We have decided on a person whose experience fits our current priorities a little more closely.

All the best!

Miriam Keller
Talent Acquisition | Quarzlicht GmbH
Köpenicker Straße 154, 10997 Berlin
Amtsgericht Charlottenburg HRB 201457 B · Geschäftsführer: Dr. Lukas Wendt""",
  exp=("recruiting@quarzlicht.example", "Miriam", "Quarzlicht", "Senior Product Marketing Manager"),
  notes="bilingual German then English; team address; classic 'keine positive Rückmeldung'"),

M(slug="de-case-study-tippfehler", label="rejection", cat="after-assessment", style="personal",
  frm="Dennis Kowalczyk <dennis.kowalczyk@mobilo-pay.example>", subject="Rückmeldung Case Study",
  text="""Hallo Sam,

danke nochmal für deine Präsentaion am Freitag, das war wirklich eine runde Sache und das Team hatte Spaß an der Diskussion.

Wir haben uns heute zusammengesetzt und leider hat uns die Case Study in zwei Punkten nicht ganz überzeugt (Priorisierung der Kanäle und die Budgetlogik für Q1) – deshalb werden wir den Prozess für die Stelle als Marketing Lead Payments an dieser Stelle nicht fortsetzten.

Wenn du magst, geb ich dir gerne in einem kurzen Call noch detailierteres Feedback.

VG
Dennis

Dennis Kowalczyk
VP Marketing | mobilo pay
+49 160 9187 3321""",
  exp=("dennis.kowalczyk@mobilo-pay.example", "Dennis", "mobilo pay", "Marketing Lead Payments"),
  notes="after case study; typos (Präsentaion, fortsetzten, detailierteres); du"),

# ---------------------------------------------------------------- hard negatives, ATS
M(slug="de-nordwerk-workday-eingang", label="other", cat="ack-received", style="ats", vendor="workday",
  frm="Nordwerk Energie AG <nordwerk@myworkday.com>", brand="Nordwerk Energie AG", headers=NOREPLY_HDR,
  subject="Eingangsbestätigung: Ihre Bewerbung als Referent Unternehmenskommunikation (w/m/d)",
  text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Referent Unternehmenskommunikation (w/m/d) (Job-ID R-0049106). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung nun sorgfältig. Bitte haben Sie Verständnis dafür, dass dies aufgrund der hohen Anzahl an Bewerbungen einige Wochen dauern kann. Sollten wir Ihnen keine Stelle anbieten können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns – eine Absage per Telefon ist bei uns nicht üblich.

Den aktuellen Status können Sie jederzeit in Ihrem [[Kandidatenprofil]] einsehen.

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Nordwerk Energie AG""",
  notes="workday; same sender as a rejection; hedging acknowledgement mentioning Absage"),

M(slug="de-softgarden-einladung", day="2026-11-06", label="other", cat="interview-invite", style="ats", vendor="softgarden",
  frm="Stadtwerke Mainau GmbH <noreply@softgarden.io>", brand="Stadtwerke Mainau", headers=NOREPLY_HDR,
  subject="Einladung zum Vorstellungsgespräch – Marketingreferent (m/w/d)", button="Termin auswählen",
  table=[("Stelle", "Marketingreferent (m/w/d)"), ("Format", "Persönlich, Verwaltungsgebäude Hafenstraße 3"),
         ("Zeitraum", "17.–19. November 2026"), ("Dauer", "ca. 60 Minuten")],
  text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne persönlich kennenlernen möchten.

{table}

Bitte wählen Sie über den Button unten einen passenden Termin aus. Leider können wir Reisekosten nicht erstatten. Sollte Ihnen keiner der angebotenen Termine passen, geben Sie uns bitte kurz Bescheid.

Falls Sie Ihre Bewerbung inzwischen zurückziehen möchten, können Sie dies ebenfalls über das Portal tun.

Mit freundlichen Grüßen
Jana Ortlieb
Personalmanagement""",
  notes="softgarden interview invitation with 'Leider' and 'zurückziehen'"),

M(slug="de-stepstone-jobalert", label="other", cat="job-alert", style="ats", vendor="stepstone",
  frm="StepStone Jobagent <jobagent@stepstone.de>", brand="StepStone", headers=BULK_HDR, html2text=True,
  subject="7 neue Jobs für „Marketing Manager“ in Köln",
  text="""Hallo Sam Taylor,

Ihr Jobagent hat 7 neue Stellenangebote für Sie gefunden.

- Marketing Manager (m/w/d) – Rheinhafen Logistik GmbH, Köln – vor 1 Tag
- Senior Marketing Manager E-Commerce – Veltmann Home, Köln – vor 2 Tagen
- Brand Manager (w/m/d) – Kölner Kaffeerösterei, Köln – vor 2 Tagen
- Marketing Manager DACH (m/w/d) – Nordstrand Outdoor, Köln – vor 3 Tagen

Hinweis: Eine von Ihnen gemerkte Stelle ist nicht mehr verfügbar – „Content Marketing Manager (m/w/d) bei Mercator Versicherung AG“ wurde vom Arbeitgeber offline genommen.

[[Alle 7 Jobs ansehen]]

[[Jobagent bearbeiten]] · [[Jobagent löschen]]""",
  notes="job alert; a saved (not applied) job taken offline, same company as a rejection elsewhere"),

M(slug="de-personio-umgeleitet", label="other", cat="requisition-transfer", style="ats", vendor="personio",
  frm="Holzmann Digital <no-reply@jobs.personio.de>", reply_to="jobs@holzmann-digital.example", brand="Holzmann Digital GmbH",
  subject="Update zu deiner Bewerbung bei Holzmann Digital", headers=NOREPLY_HDR,
  text="""Hallo Sam,

danke für deine Bewerbung als Marketing Manager Social Ads.

Für diese Stelle haben wir uns inzwischen anders entschieden – dein Profil passt aus unserer Sicht aber noch besser zu unserer neuen Position als Senior Marketing Manager Lifecycle, die wir gerade ausgeschrieben haben. Wir haben deine Bewerbung deshalb in diesen Prozess übernommen. Du musst nichts weiter tun.

Melissa aus unserem Recruiting meldet sich in den nächsten Tagen bei dir, um ein erstes Gespräch zu vereinbaren.

Viele Grüße
Dein Holzmann Digital Team""",
  notes="personio; application moved to another role, with 'anders entschieden' about the first"),

M(slug="de-personio-intern-kandidat-abgesagt", day="2026-11-12", label="other", cat="owner-hiring", style="ats", vendor="personio",
  frm="Personio <notifications@personio.de>", brand="Calder Street Media", headers=NOREPLY_HDR,
  subject="Kandidat:in abgesagt: Jan Vogt – Werkstudent Social Media (m/w/d)",
  table=[("Position", "Werkstudent Social Media (m/w/d)"), ("Kandidat:in", "Jan Vogt"),
         ("Neuer Status", "Abgesagt"), ("Geändert von", "Sam Taylor"), ("Absage-E-Mail", "versendet am 12.11.2026, 14:03")],
  text="""Hallo Sam,

in deiner Stelle gibt es eine Änderung.

{table}

[[Zur Stelle in Personio]]

Du erhältst diese Benachrichtigung, weil du Hiring Manager dieser Stelle bist.""",
  notes="Sam is the hiring manager; HR system notice that Sam rejected a candidate"),

M(slug="de-kreditkarte-abgelehnt", day="2026-11-03", label="other", cat="non-job-rejection", style="ats", vendor="bank",
  frm="Hanseatische Direktbank <service@hdb-bank.example>", brand="Hanseatische Direktbank", headers=NOREPLY_HDR,
  subject="Zahlung abgelehnt – bitte prüfen Sie Ihre Karte",
  table=[("Händler", "DB Fernverkehr Online"), ("Betrag", "139,90 EUR"), ("Datum", "03.11.2026, 18:22"), ("Status", "Abgelehnt")],
  text="""Guten Tag Sam Taylor,

eine Zahlung mit Ihrer Visa-Karte (endet auf 4471) wurde leider abgelehnt.

{table}

Grund: Das Verfügungslimit für Online-Zahlungen ist erreicht. Sie können Ihr Limit jederzeit in der App anpassen.

Sie haben diese Zahlung nicht veranlasst? Dann sperren Sie Ihre Karte bitte umgehend unter 0800 555 0199.

Ihre Hanseatische Direktbank""",
  notes="declined card payment"),

M(slug="de-online-assessment", day="2026-11-10", label="other", cat="assessment", style="ats", vendor="successfactors",
  frm="Kreuzfeld Pharma Recruiting <recruiting@kreuzfeld.successfactors.eu>", brand="Kreuzfeld Pharma",
  subject="Nächster Schritt: Online-Assessment für Ihre Bewerbung (Req. 20931)", headers=NOREPLY_HDR,
  button="Assessment starten",
  text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Brand Manager Consumer Health (m/w/d). Wir freuen uns, Sie zum nächsten Schritt unseres Auswahlverfahrens einzuladen.

Bitte absolvieren Sie bis zum 20.11.2026 unser Online-Assessment (ca. 35 Minuten: numerisches und logisches Denken, Situational Judgement). Bitte beachten Sie: Wird das Assessment nicht fristgerecht abgeschlossen, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Viel Erfolg!

Ihr Recruiting-Team
Kreuzfeld Pharma""",
  notes="assessment invitation with a conditional 'nicht weiter berücksichtigen'"),

M(slug="de-wohnung-absage", label="other", cat="non-job-rejection", style="ats", vendor="plain",
  frm="Wohnportal24 <nachrichten@wohnportal24.example>", brand="Wohnportal24", headers=NOREPLY_HDR,
  subject="Absage zu Ihrer Anfrage: 3-Zimmer-Wohnung, Köln-Ehrenfeld",
  text="""Hallo Sam Taylor,

der Anbieter hat auf Ihre Anfrage geantwortet:

„Sehr geehrte Interessentin, sehr geehrter Interessent, vielen Dank für Ihre Bewerbung um die Wohnung in der Körnerstraße. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche. Hausverwaltung Reinartz“

[[Ähnliche Wohnungen ansehen]]

Ihr Wohnportal24-Team""",
  notes="flat application declined with job-rejection wording (Bewerbung, entschieden)"),

# ---------------------------------------------------------------- hard negatives, personal
M(slug="de-antwort-finale-runde", day="2026-11-17", label="other", cat="answer-to-owner-question", style="personal",
  frm="Anja Brückner <anja.brueckner@falkenried.example>", subject="AW: Stand meiner Bewerbung?",
  parent=True, parent_domain="example.org",
  text="""Hallo Sam Taylor,

nein, ganz im Gegenteil – entschuldigen Sie bitte, dass Sie so lange warten mussten. Wir haben uns noch nicht für jemand anderen entschieden. Im Gegenteil: Wir würden Sie gerne zur finalen Runde mit unserer Geschäftsführung einladen.

Passt Ihnen Donnerstag, 26.11., um 10:00 Uhr in Hamburg? Alternativ wäre auch Freitagvormittag möglich.

Beste Grüße
Anja Brückner
HR Business Partner | Falkenried Medien GmbH
040 3344 8812

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 16. November 2026 08:31
An: Anja Brückner
Betreff: Stand meiner Bewerbung?

Hallo Frau Brückner,
ich wollte mich nach dem Stand erkundigen – haben Sie sich vielleicht schon für eine andere Person entschieden? Dann wäre ich für eine kurze Info dankbar.
Viele Grüße, Sam Taylor""",
  notes="answer to Sam's 'have you chosen someone else?': invitation to final round"),

M(slug="de-berater-neue-mandate", label="other", cat="recruiter-outreach", style="personal",
  frm="Thomas Wegener <t.wegener@wegener-executive.example>", subject="Zwei neue Mandate – passt das?",
  text="""Hallo Sam,

wir hatten im Frühjahr telefoniert, als Sie sich gegen einen Wechsel zu Ostwind Mobility entschieden hatten – diese Position ist inzwischen übrigens besetzt.

Ich melde mich, weil ich aktuell zwei Mandate habe, an die ich sofort bei Ihnen denken musste:

1. Head of Marketing (m/w/d) bei einem familiengeführten Hersteller von Outdoor-Bekleidung, München, ca. 120–140 k€
2. Director Brand & Communications bei einem PE-finanzierten SaaS-Anbieter, Berlin/remote, ca. 150 k€ + Bonus

Hätten Sie diese oder nächste Woche 20 Minuten für ein Telefonat?

Beste Grüße
Thomas Wegener
Wegener Executive Search · +49 89 4411 2290""",
  notes="Personalberater pitch; a role Sam declined long ago is 'besetzt'"),

M(slug="de-kollegin-absage-kandidat", day="2026-11-12", label="other", cat="owner-hiring", style="personal",
  frm="Miriam Lange <miriam.lange@example.org>", subject="Re: Werkstudent Social – Kandidaten",
  parent=True, parent_domain="example.org",
  text="""Hi Sam,

ok, dann sagen wir Jan ab – ich schick ihm heute noch die Absage über Personio. Lina würde ich gerne zum Probetag einladen, passt dir der 24.?

Und kurze Frage: Die Absage für die Praktikantin aus Runde 1 hast du schon raus, oder?

Danke!
Miriam

Miriam Lange | Team Lead Social | Calder Street Media

> Am 12.11.2026 um 11:20 schrieb Sam Taylor <sam.taylor@example.org>:
> Jan ist für mich leider ein Nein, zu wenig Erfahrung mit Paid. Lina ja.""",
  notes="Sam is hiring; colleague at example.org discussing candidates Sam turned down"),

M(slug="de-sam-eigene-absage", day="2026-11-12", label="other", cat="owner-sent", style="personal",
  frm="Sam Taylor <sam.taylor@example.org>", to="Jan Vogt <jan.vogt@mailbox.example>",
  subject="Ihre Bewerbung als Werkstudent Social Media",
  text="""Hallo Jan,

vielen Dank für Ihre Bewerbung und das nette Gespräch letzte Woche.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Das war eine knappe Entscheidung, und ich würde mich freuen, wenn Sie sich bei einer künftigen Ausschreibung wieder bei uns melden.

Alles Gute für Ihr Studium!

Viele Grüße
Sam Taylor
Calder Street Media""",
  notes="Sam's own sent rejection to a candidate (From Sam)"),

M(slug="de-vortrag-abgelehnt", label="other", cat="non-job-rejection", style="personal",
  country="AT", frm="Programmkomitee Marketing-Tage Wien <programm@marketingtage-wien.example>",
  subject="Ihr Vortragsvorschlag: „Zielgruppen ohne Cookies“",
  text="""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Einreichung zu den Marketing-Tagen Wien 2027. Wir haben in diesem Jahr über 240 Vorschläge für 36 Slots erhalten.

Leider müssen wir Ihnen mitteilen, dass Ihr Vortrag „Zielgruppen ohne Cookies“ nicht ins Programm aufgenommen wurde. Das Komitee fand das Thema relevant, hat sich aber für Beiträge mit stärkerem Fallstudien-Bezug entschieden.

Als Einreichende:r erhalten Sie 30 % Rabatt auf das Konferenzticket (Code MTW27-SPEAK).

Mit freundlichen Grüßen
Das Programmkomitee
Marketing-Tage Wien""",
  notes="conference talk proposal declined"),

M(slug="de-noch-keine-entscheidung", day="2026-11-20", label="other", cat="status-update", style="personal",
  country="CH", frm="Sandra Meier <sandra.meier@gruenau-versicherungen.example>",
  subject="Senior Marketing Manager – Zwischenstand",
  text="""Guten Tag Sam Taylor

Ich möchte Ihnen kurz einen Zwischenstand geben, damit Sie nicht im Ungewissen bleiben.

Leider verzögert sich unser Entscheid: Unser CMO ist krankheitshalber ausgefallen, und ohne sein Gespräch können wir das Verfahren nicht abschliessen. Die Stelle ist nicht auf Eis gelegt und Sie sind weiterhin in der engeren Auswahl. Wir haben noch keine Entscheidung getroffen und werden uns spätestens Mitte Dezember mit einem Terminvorschlag bei Ihnen melden.

Vielen Dank für Ihre Geduld.

Freundliche Grüsse
Sandra Meier
Talent Acquisition
Grünau Versicherungen AG, Zürich
+41 44 555 70 23""",
  notes="delay notice; explicitly still deciding; 'nicht auf Eis gelegt'"),

M(slug="de-antwort-auf-dank", day="2026-10-19", label="other", cat="reply-to-owner-followup", style="personal",
  frm="Katharina Pölzl <katharina.poelzl@donaublick-reisen.example>", country="AT",
  subject="AW: Ihre Bewerbung – Senior Brand Manager", parent=True, parent_depth=2, parent_domain="example.org",
  text="""Liebe:r Sam Taylor,

vielen Dank für Ihre freundliche Antwort – das ist wirklich nicht selbstverständlich. Sehr gerne bleiben wir in Kontakt; ich habe mir notiert, mich bei Ihnen zu melden, sobald wir im Frühjahr die Stelle im Bereich CRM ausschreiben.

Alles Gute bis dahin!

Katharina Pölzl

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Betreff: AW: Ihre Bewerbung – Senior Brand Manager

Liebe Frau Pölzl, danke für die offene Rückmeldung. Auch wenn es diesmal nicht geklappt hat, würde ich mich freuen, wenn Sie mich für künftige Positionen im Hinterkopf behalten.

-----Ursprüngliche Nachricht-----
Von: Katharina Pölzl
Betreff: Ihre Bewerbung – Senior Brand Manager

... und uns nach reiflicher Überlegung für eine Kandidatin entschieden, die etwas mehr Erfahrung im Reisevertrieb mitbringt ...""",
  notes="reply to Sam's thank-you; rejection only in the quoted thread"),

M(slug="de-vertragsangebot", label="other", cat="offer", style="personal",
  frm="Henrike Scholz <henrike.scholz@brandwerk-ost.example>", subject="Vertragsangebot – Head of Brand",
  attach=[("Vertragsangebot_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Vertragsangebot (Platzhalter)\n%%EOF\n")],
  text="""Hallo Sam,

ich freue mich sehr, dir im Namen der Geschäftsführung ein Vertragsangebot als Head of Brand bei Brandwerk Ost machen zu dürfen! Die Details findest du im Anhang.

Ein Hinweis vorab: Beim Fixgehalt konnten wir deinen Wunsch leider nicht ganz erfüllen (wir liegen bei 92.000 € statt 98.000 €), haben dafür aber den variablen Anteil und das Weiterbildungsbudget erhöht. Die Absage an die anderen Kandidat:innen geht erst raus, wenn du unterschrieben hast – lass uns also gern bis Freitag sprechen.

Herzliche Grüße
Henrike
Head of People · Brandwerk Ost · 0341 8877 100""",
  notes="job offer with PDF; 'leider' about salary; mentions rejecting other candidates"),
]
