"""German-language messages (Germany, Austria, Switzerland, Luxembourg) for intl15."""


def m(slug, label, cat, style, region, frm, subject, text, **kw):
    return dict(slug=slug, label=label, cat=cat, style=style, region=region, frm=frm, subject=subject,
                text=text, lang="de", **kw)


R, O = "rejection", "other"

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS (12)
m("lindenhof-personio-absage", R, "ats-automated", "ats", "de",
  "Lindenhof Software GmbH <noreply@jobs.personio.de>",
  "Ihre Bewerbung als Product Marketing Manager (m/w/d)",
  """Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Manager (m/w/d) und das damit verbundene Interesse an der Lindenhof Software GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und weiterhin viel Erfolg.

Mit freundlichen Grüßen
Julia Brandt
People & Culture""",
  vendor="personio", brand="Lindenhof Software GmbH", rt="", first="Julia", company="Lindenhof Software GmbH",
  role="Product Marketing Manager (m/w/d)", tags="personio; ordinary; verdict-middle"),

m("kranich-softgarden-talentpool", R, "keep-on-file", "ats", "de",
  "Kranich Logistik AG <kranich-logistik@career.softgarden.io>",
  "Rückmeldung zu Ihrer Bewerbung – Referenz 2026-0412",
  """Sehr geehrte/r Sam Taylor,

herzlichen Dank für Ihr Interesse an der Kranich Logistik AG und für die Zeit, die Sie in Ihre Bewerbung als Senior Brand Manager investiert haben. Wir haben sehr viele Bewerbungen erhalten und uns jede einzelne genau angesehen.

Leider können wir Ihnen heute keine positive Nachricht geben: Wir haben uns entschieden, den Prozess mit anderen Bewerber*innen fortzusetzen.

Ihr Profil hat uns dennoch gut gefallen. Dürfen wir Ihre Unterlagen für 12 Monate in unserem Talentpool speichern, um Sie bei passenden Vakanzen direkt anzusprechen? Dann klicken Sie bitte auf den folgenden Link:
[[Ja, in den Talentpool aufnehmen]]

Ohne Ihre Zustimmung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht.

Freundliche Grüße
Ihr Recruiting-Team der Kranich Logistik AG""",
  vendor="softgarden", brand="Kranich Logistik AG", autotext=True, rt="", first="",
  company="Kranich Logistik AG", role="Senior Brand Manager", tags="softgarden; autotext; talent-pool-consent"),

m("stadtwerke-dvinci-absage", R, "ats-automated", "ats", "de",
  "Stadtwerke Mühlental <bewerbermanagement@stadtwerke-muehlental.dvinci-hr.com>",
  "Absage auf Ihre Bewerbung – Kennziffer SW-26-118",
  """Sehr geehrte Damen und Herren,
sehr geehrte/r Sam Taylor,

wir bedanken uns für Ihre Bewerbung auf die ausgeschriebene Stelle Referent/in Unternehmenskommunikation (Kennziffer SW-26-118).

Im Rahmen des Auswahlverfahrens haben wir alle eingegangenen Bewerbungen anhand des Anforderungsprofils geprüft. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen konnten.

Diese Entscheidung ist keine Bewertung Ihrer persönlichen Qualifikation. Ihre Bewerbungsunterlagen werden gemäß den Vorgaben des Allgemeinen Gleichbehandlungsgesetzes (AGG) sechs Monate aufbewahrt und anschließend gelöscht.

Für Rückfragen steht Ihnen Frau Petra Vogl unter personal@stadtwerke-muehlental.example zur Verfügung.

Mit freundlichen Grüßen
Stadtwerke Mühlental GmbH
Personalabteilung""",
  vendor="dvinci", brand="Stadtwerke Mühlental GmbH", rt="personal@stadtwerke-muehlental.example", first="",
  company="Stadtwerke Mühlental", role="Referent/in Unternehmenskommunikation",
  tags="dvinci; public-sector; AGG; reply-to-in-body"),

m("alpenfirn-rexx-ch-absage", R, "ats-automated", "ats", "ch",
  "Alpenfirn Versicherungen <jobs@alpenfirn.rexx-recruitment.com>",
  "Ihre Bewerbung als Leiter/in Marketing Kommunikation 80-100%",
  """Guten Tag Sam Taylor

Besten Dank für Ihre Bewerbung als Leiter/in Marketing Kommunikation 80-100% und das Vertrauen, das Sie uns damit entgegenbringen.

Wir haben Ihre Unterlagen mit grossem Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können, da andere Dossiers dem Anforderungsprofil besser entsprechen.

Ihre Unterlagen werden gemäss Datenschutzgesetz (DSG) nach Abschluss des Verfahrens vernichtet.

Wir danken Ihnen für Ihr Interesse an der Alpenfirn und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüsse

Alpenfirn Versicherungen AG
HR Recruiting""",
  vendor="rexx", brand="Alpenfirn Versicherungen AG", rt="", first="", company="Alpenfirn Versicherungen AG",
  role="Leiter/in Marketing Kommunikation 80-100%", tags="rexx; swiss-spelling; insurance"),

m("hanseatica-sf-bilingual", R, "ats-automated", "ats", "de",
  "Hanseatica Bank AG <careers@successfactors.eu>",
  "Ihre Bewerbung / Your application – Job-ID 48213",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihr Interesse an der Position Produktmanager Digital Banking (w/m/d) (Job-ID 48213).

Wir haben Ihr Profil sorgfältig mit den Anforderungen der Stelle verglichen. Leider sind Sie nicht in die engere Auswahl gekommen.

Wir würden uns freuen, wenn Sie unsere Karriereseite weiterhin besuchen: [[hanseatica.example/karriere]]

Mit freundlichen Grüßen
Ihr Talent Acquisition Team

--- English version ---

Dear Sam Taylor,

Thank you for your interest in the position Produktmanager Digital Banking (w/m/d). Unfortunately you have not been shortlisted.

Kind regards
Talent Acquisition""",
  vendor="successfactors", brand="Hanseatica Bank AG", rt="", first="", company="Hanseatica Bank AG",
  role="Produktmanager Digital Banking (w/m/d)", tags="successfactors; bank; bilingual-de-en"),

m("donauwelle-workday-besetzt", R, "ats-automated", "ats", "at",
  "Donauwelle Versicherung <donauwelle@myworkday.com>",
  "Update zu Ihrer Bewerbung",
  """Sehr geehrte/r Sam Taylor,

wir möchten Sie über den aktuellen Stand Ihrer Bewerbung für die Position Senior Growth Marketing Specialist (R-20931) in Wien informieren.

{table}

Die Stelle wurde zwischenzeitlich besetzt. Wir bedanken uns für Ihr Interesse und laden Sie ein, sich über unser Karriereportal für weitere Positionen zu bewerben.

Mit freundlichen Grüßen
Donauwelle Versicherung AG – Human Resources""",
  table=[("Position", "Senior Growth Marketing Specialist"), ("Referenz", "R-20931"), ("Status", "Nicht mehr verfügbar")],
  vendor="workday", brand="Donauwelle Versicherung AG", rt="", first="", company="Donauwelle Versicherung",
  role="Senior Growth Marketing Specialist", tags="workday; austria; filled; status-table"),

m("stepstone-relay-absage", R, "ats-automated", "ats", "de",
  "StepStone <no-reply@mail.stepstone.de>",
  "Neuigkeiten zu Ihrer Bewerbung bei Brückner Medienhaus",
  """Hallo Sam Taylor,

es gibt Neuigkeiten zu Ihrer Bewerbung:

{table}

Nachricht des Arbeitgebers:
„Vielen Dank für Ihre Bewerbung. Leider haben wir uns für eine andere Person entschieden. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche."

Lassen Sie sich nicht entmutigen – diese Jobs könnten Sie interessieren:
- Content Marketing Manager – Verlagsgruppe Ostwind, Hamburg
- Brand Manager (m/w/d) – Feldkamp Foods, Bremen
- Marketing Lead DACH – Orbis Travel, Berlin

[[Alle passenden Jobs ansehen]]""",
  table=[("Stelle", "Marketing Manager Digital (m/w/d)"), ("Unternehmen", "Brückner Medienhaus"), ("Status", "Absage")],
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  vendor="stepstone", brand="StepStone", rt="", first="", company="Brückner Medienhaus",
  role="Marketing Manager Digital (m/w/d)", tags="stepstone; job-board-relay; job-list-block; bulk-headers"),

m("xing-status-nicht-beruecksichtigt", R, "terse", "ats", "de",
  "XING <mailrobot@mail.xing.com>",
  "Statusänderung: Ihre Bewerbung bei Seewind Energie",
  """Hallo Sam,

der Status Ihrer Bewerbung hat sich geändert.

Seewind Energie GmbH – Marketing Manager Erneuerbare (m/w/d)
Neuer Status: Nicht berücksichtigt

[[Bewerbung ansehen]]

Ähnliche Jobs auf XING: [[Jobs entdecken]]""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  vendor="xing", brand="XING", rt="", first="", company="Seewind Energie GmbH",
  role="Marketing Manager Erneuerbare (m/w/d)", tags="xing; status-mail; bulk-headers"),

m("fuchsbau-join-du", R, "ats-automated", "ats", "ch",
  "Fuchsbau Labs via JOIN <notifications@join.com>",
  "Deine Bewerbung bei Fuchsbau Labs",
  """Hey Sam,

danke dir, dass du dich als Growth Marketer bei Fuchsbau Labs beworben hast – wir haben uns über deine Bewerbung sehr gefreut!

Wir haben uns alle Profile genau angeschaut und uns am Ende entschieden, mit anderen Kandidat:innen weiterzumachen. Das ist uns nicht leichtgefallen.

Wenn du Fragen hast, schreib Lea direkt an: lea@fuchsbau.example

Alles Gute und liebe Grüsse
Lea & das Fuchsbau-Team""",
  vendor="join", brand="Fuchsbau Labs", rt="lea@fuchsbau.example", first="Lea", company="Fuchsbau Labs",
  role="Growth Marketer", tags="join; du; swiss-spelling; startup"),

m("nordlicht-personio-zurueckgezogen", R, "role-cancelled", "ats", "de",
  "Nordlicht Mobility GmbH <noreply@jobs.personio.de>",
  "Information zu Ihrer Bewerbung – Head of Brand (m/w/d)",
  """Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Head of Brand (m/w/d) bei der Nordlicht Mobility GmbH.

Aufgrund einer internen Umstrukturierung haben wir entschieden, die Position vorerst nicht zu besetzen, und die Ausschreibung zurückgezogen. Das Bewerbungsverfahren ist damit beendet.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und bedanken uns für Ihr Interesse.

Beste Grüße
Markus Heilmann
Talent Acquisition""",
  vendor="personio", brand="Nordlicht Mobility GmbH", rt="", first="Markus", company="Nordlicht Mobility GmbH",
  role="Head of Brand (m/w/d)", tags="personio; role-withdrawn"),

m("rheintal-bank-htmlonly", R, "ats-automated", "ats", "de",
  "Rheintal Privatbank AG <bewerbung-noreply@rheintal-privatbank.example>",
  "Ihre Bewerbung bei der Rheintal Privatbank",
  """Sehr geehrte/r Sam Taylor,

wir bestätigen den Erhalt Ihrer Bewerbungsunterlagen für die Position Marketing Manager Private Banking und danken Ihnen für das damit zum Ausdruck gebrachte Interesse an unserem Haus.

Die Rheintal Privatbank blickt auf mehr als 150 Jahre Tradition zurück und wurde 2025 erneut als „Top Arbeitgeber Finanzen" ausgezeichnet. Entsprechend hoch ist die Zahl der Bewerbungen, die uns erreichen.

Nach eingehender Prüfung bedauern wir, Ihnen mitteilen zu müssen, dass wir Ihnen keine Position in unserem Hause anbieten können. Bitte sehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Gemäß Art. 13 DSGVO informieren wir Sie, dass Ihre personenbezogenen Daten ausschließlich zum Zwecke des Bewerbungsverfahrens verarbeitet und sechs Monate nach Abschluss des Verfahrens gelöscht werden. Verantwortlicher im Sinne der DSGVO ist die Rheintal Privatbank AG, Kaiserstraße 40, 60311 Frankfurt am Main.

Mit freundlichen Grüßen
Rheintal Privatbank AG
Personal""",
  vendor="bank_de", brand="Rheintal Privatbank AG", html_only=True, rt="", first="",
  company="Rheintal Privatbank", role="Marketing Manager Private Banking",
  tags="bank; html-only; verdict-after-boilerplate; DSGVO"),

m("brennwerk-softgarden-nach-interview", R, "personal-after-interview", "ats", "de",
  "Brennwerk Software <brennwerk@career.softgarden.io>",
  "Ihre Bewerbung als Produktmanager/in Analytics",
  """Hallo Sam Taylor,

nochmals vielen Dank für das angenehme Gespräch mit Frau Okafor und Herrn Lenz in der vergangenen Woche.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Kandidatin entschieden, die etwas mehr Erfahrung im B2B-SaaS-Umfeld mitbringt.

Gerne gibt Ihnen Frau Okafor ein kurzes Feedback zum Gespräch – schreiben Sie ihr einfach an adaeze.okafor@brennwerk.example.

Viele Grüße
Adaeze Okafor
Brennwerk Software GmbH""",
  vendor="softgarden", brand="Brennwerk Software GmbH", rt="adaeze.okafor@brennwerk.example", first="Adaeze",
  company="Brennwerk Software", role="Produktmanager/in Analytics", tags="softgarden; after-interview; reply-to-in-body"),

# ---------------------------------------------------------------- rejections, personal (8)
m("maier-recruiter-sie", R, "personal-after-interview", "personal", "de",
  "Katrin Maier <k.maier@weidenhof-gruppe.example>",
  "AW: Vorstellungsgespräch Senior Marketing Manager",
  """Sehr geehrte/r Sam Taylor,

vielen Dank nochmals für Ihren Besuch bei uns in Stuttgart und das offene Gespräch.

Leider muss ich Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Ausschlaggebend war am Ende die langjährige Erfahrung im Handel, die der Kandidat mitbringt.

Ich bedanke mich für Ihre Zeit und wünsche Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Maier
Recruiting & Employer Branding
Weidenhof Gruppe
Tel. +49 711 555 20 14""",
  client_html=True, rt="k.maier@weidenhof-gruppe.example", first="Katrin", company="Weidenhof Gruppe",
  role="Senior Marketing Manager", tags="recruiter; formal-Sie; after-interview"),

m("timo-founder-kurz", R, "terse", "personal", "de",
  "Timo Brenner <timo@kiezkraft.example>",
  "Re: Growth Lead",
  """Hi Sam,

kurze Info von uns: wir haben uns anders entschieden und gehen mit jemandem weiter, der schon Marketplace-Erfahrung hat. Danke dir trotzdem für die Zeit, hat Spaß gemacht!

VG Timo

Von meinem iPhone gesendet""",
  parent=True, rt="timo@kiezkraft.example", first="Timo", company="Kiezkraft", role="Growth Lead",
  wrap=False, tags="founder; du; terse; mobile"),

m("intern-besetzt-reply-thread", R, "internal-candidate", "personal", "de",
  "Sabine Roth <sabine.roth@auenfeld-verlag.example>",
  "AW: Nachfrage zu meiner Bewerbung – Produktmanager Digital",
  """Hallo Sam Taylor,

danke für Ihre Nachfrage und entschuldigen Sie die späte Antwort. Wir haben die Stelle inzwischen intern besetzt – eine Kollegin aus der Redaktion wechselt ins Produktteam.

Ich hätte Ihnen das früher schreiben sollen. Alles Gute für Ihre Suche!

Viele Grüße
Sabine Roth
Personal, Auenfeld Verlag

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 12. Oktober 2026 09:14
An: Sabine Roth <sabine.roth@auenfeld-verlag.example>
Betreff: Nachfrage zu meiner Bewerbung – Produktmanager Digital

Sehr geehrte Frau Roth,

ich hatte mich vor fünf Wochen auf die Stelle Produktmanager Digital beworben und wollte mich freundlich nach dem Stand erkundigen.

Viele Grüße
Sam Taylor""",
  parent=True, rt="sabine.roth@auenfeld-verlag.example", first="Sabine", company="Auenfeld Verlag",
  role="Produktmanager Digital", tags="reply-above-quote; outlook-quote; filled-internally"),

m("agentur-ch-kunde-anderes-profil", R, "agency-recruiter", "personal", "ch",
  "Reto Zwahlen <reto.zwahlen@bergsicht-personal.example>",
  "Feedback Kunde – CRM Marketing Manager",
  """Hallo Sam

Ich habe heute Morgen das Feedback von Talgrund Retail erhalten. Leider hat sich mein Kunde für ein anderes Profil entschieden, das bereits im Schweizer Detailhandel gearbeitet hat. Sie waren aber bis zum Schluss mit dabei.

Ich melde mich gerne, sobald ich wieder ein passendes Mandat habe.

Freundliche Grüsse
Reto Zwahlen
Senior Consultant
Bergsicht Personal AG · Löwenstrasse 12 · 8001 Zürich
+41 44 555 71 30""",
  rt="reto.zwahlen@bergsicht-personal.example", first="Reto", company="Talgrund Retail",
  role="CRM Marketing Manager", tags="agency; swiss-spelling; client-decided"),

m("weitergeleitet-hm-notiz", R, "forwarded-by-recruiter", "personal", "de",
  "Jana Köhler <jana.koehler@moosbach-digital.example>",
  "WG: Entscheidung Product Owner Marketing Tech",
  """Hallo Sam,

wie telefonisch angekündigt, leider keine guten Nachrichten – unten die Rückmeldung von Stefan. Es tut mir wirklich leid, es war knapp.

Liebe Grüße
Jana

--
Jana Köhler | Talent Acquisition | Moosbach Digital GmbH | +49 40 555 19 82

---------- Weitergeleitete Nachricht ---------
Von: Stefan Ulrich <stefan.ulrich@moosbach-digital.example>
Datum: Do., 15. Okt. 2026 um 17:42
Betreff: Entscheidung Product Owner Marketing Tech
An: Jana Köhler <jana.koehler@moosbach-digital.example>

Hi Jana,

wir gehen bei der Stelle Product Owner Marketing Tech mit Kandidatin B weiter. Sam Taylor hat uns gut gefallen, aber uns fehlt die Tiefe bei Marketing-Automation. Kannst du Sam bitte absagen und ein Feedback geben?

Danke, Stefan""",
  client_html=True, rt="jana.koehler@moosbach-digital.example", first="Jana", company="Moosbach Digital",
  role="Product Owner Marketing Tech", tags="forwarded-by-recruiter; gmail-forward; du"),

m("wien-lange-absage-mitte", R, "personal-after-interview", "personal", "at",
  "Dr. Elisabeth Hofer <elisabeth.hofer@kahlenberg-medien.example>",
  "Ihr Gespräch bei Kahlenberg Medien",
  """Sehr geehrte/r Sam Taylor,

ich möchte mich zunächst herzlich für die beiden Gesprächsrunden und die Präsentation Ihrer Fallstudie bedanken. Das gesamte Team war beeindruckt, wie strukturiert Sie die Marktanalyse für unser Abo-Produkt aufgebaut haben, und wir haben im Anschluss noch lange über Ihre Ideen zur Preisgestaltung diskutiert.

Wir haben uns nach reiflicher Überlegung dennoch entschieden, die Position der Leitung Produktmarketing mit einer Bewerberin zu besetzen, die bereits mehrere Jahre im österreichischen Medienmarkt tätig ist. Diese Marktkenntnis war für uns in der aktuellen Phase ausschlaggebend.

Erlauben Sie mir noch ein paar Worte zum Feedback: Ihre analytischen Fähigkeiten und Ihre Präsentation waren hervorragend. Etwas weniger überzeugend war für uns die Frage nach der Führung eines bestehenden Teams – hier hätten wir uns mehr konkrete Beispiele gewünscht.

Ich würde mich freuen, wenn wir in Kontakt bleiben, und wünsche Ihnen für Ihren weiteren Weg alles Gute.

Mit besten Grüßen aus Wien
Elisabeth Hofer
Geschäftsführerin
Kahlenberg Medien GmbH
Tel. +43 1 555 88 10""",
  rt="elisabeth.hofer@kahlenberg-medien.example", first="Elisabeth", company="Kahlenberg Medien",
  role="Leitung Produktmarketing", tags="austria; long-letter; verdict-middle; feedback"),

m("zweisprachig-projekt-eis", R, "role-cancelled", "personal", "ch",
  "Nadia Gerber <nadia.gerber@lauberhorn-tech.example>",
  "Brand Manager DACH – Update / update",
  """Liebe/r Sam

Ich muss dir leider mitteilen, dass unser Budget für 2027 gekürzt wurde und wir die Stelle als Brand Manager DACH vorerst auf Eis legen. Wir werden die Position in diesem Jahr nicht mehr besetzen, und damit endet leider auch dein Prozess bei uns.

Das hat nichts mit dir zu tun – du warst unter den letzten drei.

---

Dear Sam, unfortunately our 2027 budget was cut and the Brand Manager DACH role is on hold; we won't be filling it this year, so your process with us ends here. Sorry!

Liebe Grüsse / Best
Nadia Gerber
Head of People, Lauberhorn Tech AG""",
  rt="nadia.gerber@lauberhorn-tech.example", first="Nadia", company="Lauberhorn Tech AG",
  role="Brand Manager DACH", tags="bilingual-de-en; on-hold; swiss-spelling; du"),

m("lux-kurz-sorry", R, "terse", "personal", "lu",
  "Claude Wagner <claude.wagner@moselbank.example>",
  "Re: Marketing Analyst",
  """Hallo Sam,

sorry für die Wartezeit – wir haben die Stelle Marketing Analyst leider schon vergeben.

Gruß
Claude""",
  parent=True, rt="claude.wagner@moselbank.example", first="Claude", company="Moselbank",
  role="Marketing Analyst", tags="luxembourg; terse; filled"),

# ---------------------------------------------------------------- others, ATS (12)
m("personio-eingang-hedge", O, "ack-received", "ats", "de",
  "Grünspan Foods GmbH <noreply@jobs.personio.de>",
  "Eingangsbestätigung: Ihre Bewerbung als Brand Manager (m/w/d)",
  """Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Brand Manager (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen jede Bewerbung sorgfältig. Bitte haben Sie Verständnis, dass dies bis zu drei Wochen dauern kann. Sollten wir uns gegen eine Zusammenarbeit entscheiden, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns – eine Absage bleibt bei uns nicht unbeantwortet.

Mit freundlichen Grüßen
Ihr People-Team der Grünspan Foods GmbH""",
  vendor="personio", brand="Grünspan Foods GmbH", tags="personio; hedging-ack"),

m("softgarden-einladung-gespraech", O, "interview-invite", "ats", "de",
  "Eichwald Medical <eichwald-medical@career.softgarden.io>",
  "Einladung zum Vorstellungsgespräch – Product Marketing Lead",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Ihnen mitteilen zu können, dass Sie uns überzeugt haben und wir Sie gerne persönlich kennenlernen möchten. Leider konnten wir nicht alle Bewerberinnen und Bewerber einladen – umso mehr freuen wir uns auf Sie.

Bitte wählen Sie über den folgenden Link einen Termin für ein 45-minütiges Videogespräch:
[[Termin auswählen]]

Mit freundlichen Grüßen
Recruiting Eichwald Medical""",
  vendor="softgarden", brand="Eichwald Medical GmbH", autotext=True, tags="softgarden; invite-with-leider"),

m("sf-weitergeleitet-andere-stelle", O, "requisition-transfer", "ats", "de",
  "Ostmark Versicherung <careers@successfactors.eu>",
  "Ihre Bewerbung – Änderung der Stellenzuordnung",
  """Sehr geehrte/r Sam Taylor,

die Stelle Marketing Manager Leben (Job-ID 77120), auf die Sie sich beworben haben, wurde geschlossen. Ihr Profil passt aus unserer Sicht jedoch sehr gut zur neu ausgeschriebenen Position Marketing Manager Vorsorge (Job-ID 77342).

Wir haben Ihre Bewerbung daher mit Ihrem Einverständnis aus dem Telefonat vom Dienstag dorthin übertragen. Sie müssen nichts weiter tun; Ihre Bewerbung bleibt aktiv.

{table}

Mit freundlichen Grüßen
Talent Acquisition Ostmark Versicherung""",
  table=[("Alte Stelle", "77120 – geschlossen"), ("Neue Stelle", "77342 – in Prüfung")],
  vendor="successfactors", brand="Ostmark Versicherung AG", tags="successfactors; requisition-transfer; closed-word"),

m("stepstone-ratgeber-absage", O, "newsletter", "ats", "de",
  "StepStone Karriere-Ratgeber <newsletter@mail.stepstone.de>",
  "Absage erhalten? So reagieren Sie richtig",
  """Hallo Sam Taylor,

eine Absage auf die Bewerbung tut weh – aber sie ist auch eine Chance. In unserem neuen Ratgeber lesen Sie:

- Wie Sie höflich um Feedback bitten
- Warum eine Antwort auf die Absage Türen öffnen kann
- Muster: „Vielen Dank für Ihre Rückmeldung"

[[Zum Ratgeber]]

Neue Jobs für Sie: Senior Product Marketing Manager (Berlin), Brand Lead (München), Head of Growth (remote).""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk", "List-Id": "<ratgeber.mail.stepstone.de>"},
  vendor="stepstone", brand="StepStone", tags="newsletter; rejection-advice"),

m("karte-abgelehnt", O, "non-job-rejection", "ats", "de",
  "Sparkasse Lindenau <service@sparkasse-lindenau.example>",
  "Ihre Kartenzahlung wurde abgelehnt",
  """Guten Tag Sam Taylor,

eine Zahlung mit Ihrer Debitkarte (endet auf 4417) über 129,00 EUR bei ONLINESHOP MEDIAMAX wurde am 03.11.2026 abgelehnt.

Grund: Das Tageslimit wurde überschritten.

Sie können Ihr Limit in der Sparkassen-App anpassen. Waren Sie das nicht? Dann sperren Sie Ihre Karte bitte umgehend unter 116 116.

Ihre Sparkasse Lindenau""",
  vendor="bank_de", brand="Sparkasse Lindenau", tags="card-declined"),

m("wohnung-absage", O, "non-job-rejection", "ats", "de",
  "Wohnraum24 <nachrichten@wohnraum24.example>",
  "Absage zu Ihrer Anfrage: 3-Zimmer-Wohnung, Leipzig-Gohlis",
  """Hallo Sam Taylor,

Sie haben eine neue Nachricht vom Anbieter zu Ihrer Anfrage für das Objekt „Helle 3-Zimmer-Altbauwohnung mit Balkon" erhalten:

„Sehr geehrte/r Interessent/in, vielen Dank für Ihre Bewerbung um die Wohnung. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche. Hausverwaltung Kleinert"

[[Ähnliche Wohnungen ansehen]]""",
  headers={"List-Unsubscribe": "<{unsub}>"},
  vendor="stepstone", brand="Wohnraum24", tags="rental; Bewerbung-word; non-job"),

m("calder-personio-absage-versendet", O, "owner-hiring", "ats", "de",
  "Calder Street Media HR <hr-system@example.org>",
  "Absage an Kandidat:in versendet – Werkstudent Social Media (Berlin)",
  """Hallo Sam,

für Ihre Stelle Werkstudent Social Media (Berlin) wurde folgende Aktion ausgeführt:

{table}

Die Absage-Vorlage „Absage nach Interview (DE)" wurde im Namen von Sam Taylor versendet.

Offene Bewerbungen in dieser Stelle: 7""",
  table=[("Kandidat:in", "Lukas Feldmann"), ("Phase", "Interview → Abgesagt"), ("Durchgeführt von", "Sam Taylor")],
  vendor="calder_hr", brand="Calder Street Media", tags="owner-hiring; hr-system"),

m("rexx-online-assessment", O, "assessment-invite", "ats", "de",
  "Falkenried Energie <jobs@falkenried.rexx-recruitment.com>",
  "Nächster Schritt: Online-Assessment",
  """Sehr geehrte/r Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Marketing Manager B2B. Wir möchten Sie einladen, im nächsten Schritt unser Online-Assessment zu absolvieren (ca. 40 Minuten).

Bitte beachten Sie: Nicht fristgerecht abgeschlossene Tests können leider nicht berücksichtigt werden. Die Frist endet am 20.11.2026.

[[Assessment starten]]

Mit freundlichen Grüßen
HR Falkenried Energie""",
  vendor="rexx", brand="Falkenried Energie GmbH", tags="rexx; assessment; hedge"),

m("xing-recruiter-pitch", O, "recruiter-outreach", "ats", "de",
  "XING <mailrobot@mail.xing.com>",
  "Thomas Lange hat Ihnen eine Nachricht geschickt",
  """Hallo Sam,

Thomas Lange (Recruiter bei Hafenblick Consulting) hat Ihnen geschrieben:

„Hallo Sam, ich weiß, dass die letzte Runde bei einem anderen Kunden leider nicht geklappt hat – ich habe aber zwei neue Positionen im Produktmarketing in Hamburg, die sehr gut passen könnten. Hätten Sie Zeit für ein kurzes Telefonat?"

[[Nachricht beantworten]]""",
  headers={"List-Unsubscribe": "<{unsub}>"},
  vendor="xing", brand="XING", tags="xing; recruiter-outreach; mentions-past-miss"),

m("workday-rueckzug-bestaetigt", O, "withdrawal-confirmation", "ats", "de",
  "Tannenberg Pharma <tannenberg@myworkday.com>",
  "Bestätigung: Bewerbung zurückgezogen",
  """Sehr geehrte/r Sam Taylor,

hiermit bestätigen wir, dass Sie Ihre Bewerbung für die Position Senior Brand Manager OTC (R-11807) zurückgezogen haben. Der Status Ihrer Bewerbung lautet nun „Zurückgezogen".

Wir bedauern Ihre Entscheidung und würden uns freuen, Sie künftig wieder als Bewerber:in begrüßen zu dürfen.

Ihr Tannenberg Talent Team""",
  vendor="workday", brand="Tannenberg Pharma AG", tags="workday; withdrawal-by-owner"),

m("vortrag-abgelehnt", O, "non-job-rejection", "ats", "de",
  "Programmkomitee MarketingTage 2027 <cfp@marketingtage.example>",
  "Ihre Einreichung „Brand im B2B-SaaS“ – Entscheidung",
  """Hallo Sam Taylor,

vielen Dank für Ihre Einreichung zu den MarketingTagen 2027. Wir haben in diesem Jahr über 400 Vorschläge erhalten.

Leider müssen wir Ihnen mitteilen, dass Ihr Vortrag „Brand im B2B-SaaS" nicht für das Programm ausgewählt wurde. Das Komitee hat sich für andere Beiträge entschieden.

Als Dankeschön erhalten Sie 20 % Rabatt auf Ihr Ticket: [[Ticket sichern]]

Ihr Programmkomitee""",
  vendor="dvinci", brand="MarketingTage", tags="talk-rejected; non-job"),

m("indeed-angesehen", O, "status-update", "ats", "de",
  "Indeed <donotreply@match.indeed.com>",
  "Ihre Bewerbung wurde angesehen – Marketing Manager bei Blauwald GmbH",
  """Hallo Sam,

gute Nachrichten: Blauwald GmbH hat Ihre Bewerbung für Marketing Manager angesehen.

Nicht jede Bewerbung erhält eine Antwort. Wenn Sie innerhalb von 14 Tagen nichts hören, bewerben Sie sich am besten weiter auf ähnliche Stellen.

[[Ähnliche Jobs ansehen]]""",
  headers={"List-Unsubscribe": "<{unsub}>"},
  vendor="indeed_de", brand="Blauwald GmbH", tags="indeed; status; hedge"),

# ---------------------------------------------------------------- others, personal (8)
m("antwort-frage-andere-person", O, "answer-to-owner-question", "personal", "de",
  "Florian Weiß <florian.weiss@birkenhain.example>",
  "AW: Stand meiner Bewerbung",
  """Hallo Sam,

nein, keine Sorge – wir haben uns noch für niemanden entschieden! Im Gegenteil: Wir würden Sie gerne zur zweiten Runde einladen. Passt Ihnen Donnerstag, 14 Uhr?

Viele Grüße
Florian

Am 02.11.2026 um 10:03 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Herr Weiß,
> haben Sie sich für die Stelle Product Marketing Manager inzwischen für eine andere Person entschieden? Ich würde mich über eine kurze Rückmeldung freuen.
> Viele Grüße, Sam Taylor""",
  parent=True, client_html=True, tags="answer-to-owner-question; invite"),

m("antwort-auf-sams-dank", O, "reply-to-owner-followup", "personal", "de",
  "Melanie Scholz <melanie.scholz@lichtwerk-ag.example>",
  "AW: Ihre Absage – vielen Dank",
  """Hallo Sam Taylor,

vielen Dank für Ihre freundliche Antwort – das erleben wir nicht oft! Sehr gerne bleiben wir in Kontakt; ich habe Ihr Profil für künftige Positionen vorgemerkt.

Herzliche Grüße
Melanie Scholz

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Betreff: Ihre Absage – vielen Dank

Sehr geehrte Frau Scholz, danke für Ihre Rückmeldung, auch wenn es diesmal nicht geklappt hat. Bitte denken Sie bei künftigen Stellen an mich.

-----Ursprüngliche Nachricht-----
Von: Melanie Scholz
Betreff: Ihre Bewerbung als Brand Manager

leider haben wir uns für eine andere Bewerberin entschieden.""",
  parent=True, parent_depth=2, tags="reply-to-owner-followup; rejection-in-quote"),

m("kollege-kandidatin-abgesagt", O, "owner-hiring", "personal", "de",
  "Jonas Pfeiffer <jonas.pfeiffer@example.org>",
  "Kandidatin Werkstudent – Absage raus",
  """Hi Sam,

kurzes Update: Ich habe Frau Yilmaz heute abgesagt, wie besprochen. Sie hat sehr freundlich reagiert und gefragt, ob wir sie für das Praktikum im Frühjahr im Kopf behalten. Können wir machen, oder?

Die anderen zwei kommen nächste Woche zum Zweitgespräch.

Gruß
Jonas""",
  tags="owner-hiring; colleague"),

m("sam-sendet-absage", O, "owner-sent", "personal", "de",
  "Sam Taylor <sam.taylor@example.org>",
  "Ihre Bewerbung als Werkstudent Social Media",
  """Hallo Herr Feldmann,

vielen Dank für das nette Gespräch letzte Woche. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Das lag nicht an Ihrer Motivation, sondern an der Verfügbarkeit im Januar.

Viel Erfolg im Studium und alles Gute!
Sam Taylor
Calder Street Media""",
  to="Lukas Feldmann <lukas.feldmann@posteo.example>", tags="owner-sent; owner-rejects-candidate"),

m("vertragsangebot", O, "offer", "personal", "at",
  "Verena Gruber <verena.gruber@seewinkel-digital.example>",
  "Zusage – Ihr Vertragsangebot als Head of Marketing",
  """Liebe/r Sam Taylor,

ich freue mich sehr, Ihnen mitteilen zu dürfen, dass wir Ihnen die Position Head of Marketing anbieten möchten! Leider konnten wir uns die Entscheidung nicht so schnell machen wie erhofft – danke für Ihre Geduld.

Den Vertragsentwurf erhalten Sie morgen per Post. Das Angebot gilt bis 30. November.

Herzliche Grüße aus Eisenstadt
Verena Gruber""",
  tags="offer; leider-in-offer; austria"),

m("freundin-weiterleitung-absage", O, "forwarded", "personal", "de",
  "Miriam Jansen <miriam.jansen@posteo.example>",
  "Fwd: Ihre Bewerbung bei Hellwig & Partner",
  """Hey Sam,

kannst du mal drüberschauen? Schon die dritte Absage diese Woche... Soll ich nach Feedback fragen?

Miri

---------- Forwarded message ---------
Von: Hellwig & Partner <jobs@hellwig-partner.example>
Betreff: Ihre Bewerbung bei Hellwig & Partner

Sehr geehrte Frau Jansen,
leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als Junior Consultant nicht berücksichtigen können.""",
  client_html=True, tags="friend-forward; someone-elses-rejection"),

m("verzoegerung-noch-im-rennen", O, "status-update", "personal", "de",
  "Henrik Baumann <henrik.baumann@kornblume-ag.example>",
  "Kurzes Update zum Auswahlprozess",
  """Hallo Sam Taylor,

ich wollte mich kurz melden, damit Sie nicht im Dunkeln sitzen: Unser Auswahlprozess für die Stelle Product Marketing Manager verzögert sich, weil unser Geschäftsführer zwei Wochen verreist ist. Wir haben noch keine Entscheidung getroffen – weder für noch gegen jemanden. Sie sind weiterhin im Rennen.

Ich melde mich spätestens am 25.11. mit einer Rückmeldung.

Beste Grüße
Henrik Baumann""",
  tags="delay; still-deciding"),

m("headhunter-stelle-besetzt-neue", O, "recruiter-outreach", "personal", "ch",
  "Corinne Studer <corinne.studer@gipfelwerk-search.example>",
  "Neue Mandate Produktmarketing",
  """Guten Tag Sam

Wir hatten im Frühling kurz telefoniert. Die Stelle bei Uhrenmanufaktur Jura, über die wir damals gesprochen haben, wurde bereits besetzt – ich habe aber aktuell zwei neue Mandate, die perfekt zu Ihrem Profil passen könnten (Head of Product Marketing in Basel, Brand Director in Zug).

Haben Sie diese Woche Zeit für ein kurzes Gespräch?

Freundliche Grüsse
Corinne Studer
Gipfelwerk Executive Search · +41 61 555 40 22""",
  tags="recruiter-outreach; filled-not-applied; swiss-spelling"),
]
