"""German messages (Germany, Austria, Switzerland)."""
from content_common import R, O, AUTO, LIST, SAM

LANG = "de"

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("hafenlicht-softgarden-absage", "ats", "ats-automated", "de-DE",
  "Hafenlicht Logistik GmbH <noreply@hafenlicht.softgarden.io>",
  "Ihre Bewerbung als Product Marketing Manager (m/w/d) bei der Hafenlicht Logistik GmbH",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Manager (m/w/d) und das damit verbundene Interesse an der Hafenlicht Logistik GmbH.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person, sondern das Ergebnis eines Abgleichs mit den spezifischen Anforderungen der Position.

Ihre Unterlagen werden gemäß den gesetzlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hafenlicht Logistik GmbH""",
  ("", "", "Hafenlicht Logistik GmbH", "Product Marketing Manager (m/w/d)"),
  vendor="softgarden", brand="Hafenlicht Logistik GmbH", headers=AUTO,
  about="Hafenlicht Logistik GmbH · Am Sandtorkai 41 · 20457 Hamburg · Amtsgericht Hamburg HRB 118822 · Geschäftsführung: Dr. Jens Wolters",
  notes="classic Sie template, verdict in middle, 6-month deletion notice"),

R("kiezkraft-personio-talentpool", "ats", "keep-on-file", "de-DE",
  "Kiezkraft Recruiting <jobs@kiezkraft.jobs.personio.de>",
  "Update zu deiner Bewerbung – Growth Marketing Lead (w/m/d)",
  """Hey Sam,

danke, dass du dir die Zeit genommen hast, dich bei Kiezkraft zu bewerben – und danke für das nette Gespräch mit Lea letzte Woche!

Wir hatten für die Rolle als Growth Marketing Lead (w/m/d) unfassbar viele starke Bewerbungen. Nach vielen Diskussionen im Team haben wir uns entschieden, mit anderen Kandidat*innen weiterzumachen, deren Erfahrung noch etwas näher an dem liegt, was wir gerade brauchen.

Wir würden dich aber sehr gern in unserem Talentpool behalten und uns melden, wenn eine passende Stelle frei wird. Dafür brauchen wir deine Zustimmung – klick einfach auf den Button unten. Ohne Zustimmung löschen wir deine Daten nach 6 Monaten automatisch.

Fragen? Schreib uns gern an talent@kiezkraft.example.

Alles Liebe aus Kreuzberg
Dein Kiezkraft People Team""",
  ("talent@kiezkraft.example", "", "Kiezkraft", "Growth Marketing Lead (w/m/d)"),
  vendor="personio", brand="Kiezkraft", button="Ja, ich will in den Talentpool", headers=AUTO,
  about="Kiezkraft ist der Marktplatz für Nachbarschaftshandwerk in 14 Städten. Wir sind stolz, Great Place to Work® 2026 zu sein.",
  notes="du-form startup, after interview, talent-pool consent, team address in body"),

R("alpenwerk-successfactors-status", "ats", "ats-automated", "de-AT",
  "Alpenwerk Energie AG <karriere@alpenwerk.successfactors.eu>",
  "Statusänderung Ihrer Bewerbung – Ref. 40117",
  """Sehr geehrte(r) Frau/Herr Taylor,

der Status Ihrer Bewerbung hat sich geändert.

{table}

Wir bedanken uns herzlich für Ihr Interesse an der Alpenwerk Energie AG. Da die Anzahl der Bewerbungen sehr hoch war, bitten wir um Verständnis, dass wir keine individuellen Rückmeldungen geben können.

Sie können den aktuellen Stand jederzeit in Ihrem [[Bewerberprofil]] einsehen.

Freundliche Grüße
Konzern-Recruiting Alpenwerk Energie AG""",
  ("", "", "Alpenwerk Energie AG", "Brand Manager Digital"),
  vendor="successfactors", brand="Alpenwerk Energie AG", headers=AUTO,
  table=[("Stelle", "Brand Manager Digital (Ref. 40117)"), ("Standort", "Linz"), ("Eingang", "02.09.2026"), ("Status", "Nicht berücksichtigt")],
  about="Alpenwerk Energie AG · Böhmerwaldstraße 3 · 4020 Linz · FN 102233 x · Landesgericht Linz",
  notes="status-portal table, verdict only in table cell, Austrian salutation"),

R("nordlicht-stepstone-besetzt", "ats", "role-filled", "de-DE",
  "StepStone <bewerbung@stepstone.example>",
  "Nachricht zu Ihrer Bewerbung: Senior Product Marketing Manager – Nordlicht Versicherung",
  """Guten Tag Sam Taylor,

Sie haben eine neue Nachricht zu Ihrer über StepStone versandten Bewerbung erhalten.

Von: Nordlicht Versicherung, Personalabteilung
Stelle: Senior Product Marketing Manager

"Sehr geehrte(r) Sam Taylor, herzlichen Dank für Ihre Bewerbung. Wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle zwischenzeitlich besetzt werden konnte. Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen alles Gute. Mit freundlichen Grüßen, Nordlicht Versicherung"

Sie können diese Nachricht auch in Ihrem [[StepStone-Konto]] unter "Meine Bewerbungen" einsehen.

Jetzt passende Jobs entdecken: Über 2.400 neue Stellen als Marketing Manager in Ihrer Region.

Ihr StepStone-Team""",
  ("", "", "Nordlicht Versicherung", "Senior Product Marketing Manager"),
  vendor="stepstone", brand="StepStone", headers=LIST,
  footer=["Diese E-Mail wurde automatisch versendet. Antworten auf diese E-Mail können nicht bearbeitet werden.", "Datenschutz: {privacy}"],
  notes="job-board relay, quoted employer message, position filled, cross-sell lines"),

R("limmat-workday-zurueckgezogen", "ats", "role-cancelled", "de-CH",
  "Limmat Rück Careers <limmatrueck@myworkday.com>",
  "Ihre Bewerbung: Head of Product Marketing (80–100 %)",
  """Guten Tag Sam Taylor

Die Limmat Rück steht seit über 120 Jahren für Verlässlichkeit. Unsere Mitarbeitenden in Zürich, Basel und Genf prägen diesen Anspruch täglich – und wir freuen uns über jede Person, die diesen Weg mit uns gehen möchte.

Wir danken Ihnen für Ihr Interesse an der Position Head of Product Marketing (80–100 %) und für die Zeit, die Sie in Ihre Bewerbung investiert haben.

Aufgrund einer organisatorischen Neuausrichtung im Bereich Marketing & Kommunikation haben wir entschieden, diese Stelle nicht zu besetzen und die Ausschreibung zurückzuziehen. Das Bewerbungsverfahren ist damit abgeschlossen.

Wir bedauern, Ihnen keinen anderen Bescheid geben zu können, und wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.

Freundliche Grüsse
Talent Acquisition Limmat Rück""",
  ("", "", "Limmat Rück", "Head of Product Marketing (80–100 %)"),
  vendor="workday", brand="Limmat Rück", headers=AUTO,
  about="Limmat Rück AG · Mythenquai 50 · 8002 Zürich · Wir leben Vielfalt und begrüssen Bewerbungen unabhängig von Geschlecht, Herkunft, Alter oder Religion.",
  notes="Swiss spelling (ss), company praise first, requisition withdrawn after reorganisation"),

R("spreeflug-join-assessment", "ats", "after-assessment", "de-DE",
  "Spreeflug via JOIN <noreply@join.com>",
  "Spreeflug: Rückmeldung zu deiner Case Study",
  """Hallo Sam,

vielen Dank für deine Case Study zur Rolle Product Marketing Manager B2B! Wir haben sie im Team gemeinsam angeschaut und wissen den Aufwand wirklich zu schätzen.

Gut gefallen haben uns deine klare Struktur und die Positionierungs-Ideen für den Mittelstand. Bei der Go-to-Market-Planung und den Zahlen hatten wir uns allerdings mehr Tiefe gewünscht. Deshalb werden wir den Prozess mit dir an dieser Stelle leider nicht fortsetzen.

Wir wissen, dass das nicht die Nachricht ist, auf die du gehofft hast. Wenn du Fragen zum Feedback hast, melde dich gern direkt bei Jonas: jonas.brandt@spreeflug.example.

Viele Grüße
Jonas & das Spreeflug-Team""",
  ("jonas.brandt@spreeflug.example", "Jonas", "Spreeflug", "Product Marketing Manager B2B"),
  vendor="join", brand="Spreeflug", headers=AUTO,
  notes="after take-home case study, feedback first, verdict mid-paragraph, named contact in body"),

# ---------------- rejections, personal ----------------
R("rheinblick-hr-nach-interview", "personal", "personal-after-interview", "de-DE",
  "Katrin Oberle <k.oberle@rheinblick-medien.example>",
  "AW: Vorstellungsgespräch Content Strategist",
  """Sehr geehrte/r Sam Taylor,

nochmals vielen Dank für das angenehme Gespräch am vergangenen Dienstag und die Zeit, die Sie sich für uns genommen haben. Herr Albers und ich waren von Ihrer Erfahrung im Audience-Development sehr angetan.

Wir haben uns die Entscheidung wirklich nicht leicht gemacht. Letztlich ist unsere Wahl jedoch auf eine Bewerberin gefallen, die zusätzlich langjährige Erfahrung im Regionalfernsehen mitbringt, was für die Stelle als Content Strategist bei uns ausschlaggebend war.

Gerne würden wir Ihre Unterlagen – Ihr Einverständnis vorausgesetzt – für künftige Vakanzen bei uns behalten.

Ich wünsche Ihnen von Herzen alles Gute!

Mit freundlichen Grüßen

Katrin Oberle
Referentin Personal
Rheinblick Medien GmbH & Co. KG
Rheinallee 12 | 55116 Mainz
Tel. +49 6131 55 08-214
k.oberle@rheinblick-medien.example""",
  ("k.oberle@rheinblick-medien.example", "Katrin", "Rheinblick Medien", "Content Strategist"),
  notes="after interview, indirect 'Wahl auf eine Bewerberin gefallen', offer to keep CV"),

R("brauhaus-agentur-kunde", "personal", "agency-recruiter", "de-DE",
  "Florian Weigand <florian.weigand@talentbruecke.example>",
  "Kurzes Update – Brauhaus Kellermann",
  """Hallo Sam,

ich hoffe, du hattest ein schönes Wochenende!

Ich habe heute Vormittag mit der Geschäftsführung von Brauhaus Kellermann telefoniert. Sie fanden dich im Gespräch sehr sympathisch und fachlich stark, haben sich für die Position Leitung Markenkommunikation aber leider für einen anderen Kandidaten entschieden – jemanden, der schon in der Getränkebranche war. Ehrlich gesagt hätte ich dir den Zuschlag gegönnt.

Lass uns gern nächste Woche telefonieren, ich habe gerade zwei andere Mandate im Consumer-Bereich, die spannend für dich sein könnten.

Beste Grüße
Florian

--
Florian Weigand
Senior Consultant Marketing & Sales
Talentbrücke Personalberatung GmbH
Mobil: +49 171 448 20 93
www.talentbruecke.example""",
  ("florian.weigand@talentbruecke.example", "Florian", "Brauhaus Kellermann", "Leitung Markenkommunikation"),
  notes="agency consultant relays the client's no, then pitches other mandates"),

R("kontorwerk-intern-besetzt", "personal", "internal-candidate", "de-DE",
  "Moritz Hahn <moritz@kontorwerk.example>",
  "Re: Nachfrage Bewerbung Product Lead",
  """Hi Sam,

sorry, dass du so lange nichts von mir gehört hast – das war nicht fair von uns.

Kurz und ehrlich: Wir haben die Stelle als Product Lead intern besetzt. Eine Kollegin aus dem Sales-Team wollte schon länger wechseln und ist es am Ende geworden. Das kam auch für mich relativ überraschend.

Ich fand unser Gespräch echt gut und würde mich freuen, wenn wir in Kontakt bleiben.

VG
Moritz
--
Moritz Hahn · Head of Product · Kontorwerk GmbH · Leipzig

Am 14.10.2026 um 09:12 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Moritz,
>
> ich wollte mich kurz nach dem Stand meiner Bewerbung für die Rolle als
> Product Lead erkundigen. Gibt es schon Neuigkeiten?
>
> Viele Grüße
> Sam""",
  ("moritz@kontorwerk.example", "Moritz", "Kontorwerk", "Product Lead"),
  parent=True, client_html=True, notes="reply to Sam's chaser, filled internally, Apple Mail quote"),

R("mittelstand-terse-anderweitig", "personal", "terse", "de-DE",
  "Sabine Kolb <s.kolb@kolb-feinmechanik.example>",
  "Ihre Bewerbung",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Marketingleiter/in. Wir haben uns anderweitig entschieden.

Mit freundlichen Grüßen
S. Kolb
Kolb Feinmechanik GmbH""",
  ("bewerbung@kolb-feinmechanik.example", "Sabine", "Kolb Feinmechanik", "Marketingleiter/in"),
  reply_to="Bewerbung Kolb <bewerbung@kolb-feinmechanik.example>", charset="iso-8859-1", cte="8bit",
  notes="terse, Reply-To differs from From, ISO-8859-1 8bit"),

R("stadt-personalamt-auswahl", "personal", "public-sector", "de-DE",
  "Personalamt Stadt Bergheide <personalamt@bergheide.example>",
  "Stellenausschreibung Nr. 2026/117 – Referent/in Öffentlichkeitsarbeit (EG 11 TVöD)",
  """Sehr geehrte/r Sam Taylor,

Sie hatten sich auf die o. g. Stellenausschreibung beworben. Hierfür bedanken wir uns.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Die Auswahl erfolgte nach dem Grundsatz der Bestenauslese (Art. 33 Abs. 2 GG). Die Entscheidung ist unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten getroffen worden.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten datenschutzgerecht vernichtet. Eine Rücksendung erfolgt nicht.

Für Rückfragen steht Ihnen Frau Monika Berger (Tel. 02271 89-3312, m.berger@bergheide.example) zur Verfügung.

Im Auftrag

gez. Berger
Stadt Bergheide – Der Bürgermeister
Amt 10 – Personal und Organisation""",
  ("m.berger@bergheide.example", "Monika", "Stadt Bergheide", "Referent/in Öffentlichkeitsarbeit"),
  notes="public sector letter, Bestenauslese, contact person named in body"),

R("taunus-budget-eingefroren", "personal", "role-cancelled", "de-DE",
  "Dr. Henrike Sommer <henrike.sommer@taunusbank.example>",
  "Senior Brand Manager – leider keine guten Nachrichten",
  """Liebe(r) Sam Taylor,

ich möchte Ihnen persönlich Bescheid geben, bevor Sie es über das Portal erfahren.

Im Rahmen der Budgetplanung für 2027 wurde gestern beschlossen, alle noch offenen Stellen im Marketing einzufrieren. Davon ist leider auch die Position Senior Brand Manager betroffen, für die Sie als einer von zwei Finalisten vorgesehen waren. Wir müssen den Prozess daher an dieser Stelle beenden; wann und ob die Stelle neu ausgeschrieben wird, ist derzeit völlig offen.

Das tut mir wirklich leid – Ihre Präsentation war hervorragend.

Herzliche Grüße
Henrike Sommer
Bereichsleiterin Marketing
TaunusBank AG | Frankfurt am Main
+49 69 2407 1180""",
  ("henrike.sommer@taunusbank.example", "Henrike", "TaunusBank", "Senior Brand Manager"),
  notes="finalist, hiring freeze, process ended; verdict not phrased as Absage"),

# ---------------- others, ATS ----------------
O("werftwerk-softgarden-eingang", "ats", "ack-received", "de-DE",
  "Werftwerk Digital GmbH <noreply@werftwerk.softgarden.io>",
  "Eingangsbestätigung: Ihre Bewerbung als Produktmanager Marketing (m/w/d)",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Produktmanager Marketing (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Sollten wir Sie im weiteren Verfahren nicht berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns. Wir bitten Sie, von telefonischen Nachfragen abzusehen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem [[Kandidatenkonto]] einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Werftwerk Digital GmbH""",
  vendor="softgarden", brand="Werftwerk Digital GmbH", headers=AUTO,
  notes="acknowledgement, hedging sentence about a possible no"),

O("gruenfeld-personio-einladung", "ats", "interview-invite", "de-DE",
  "Grünfeld Foods <recruiting@gruenfeld.jobs.personio.de>",
  "Einladung zum Kennenlernen – Category Marketing Manager",
  """Hallo Sam,

gute Nachrichten: Deine Bewerbung als Category Marketing Manager hat uns überzeugt und wir würden dich gern kennenlernen!

Das erste Gespräch dauert ca. 45 Minuten und findet per Video mit Anna (Head of Marketing) und Timo (People) statt. Bitte wähle über den folgenden Link einen passenden Termin aus:

[[Termin auswählen]]

Falls keiner der Termine passt, antworte einfach kurz an people@gruenfeld.example – leider können wir nicht alle Bewerbungen so weit begleiten, umso mehr freuen wir uns auf dich.

Bis bald!
Timo vom Grünfeld People Team""",
  vendor="personio", brand="Grünfeld Foods", headers=AUTO,
  notes="interview invitation with scheduling link; contains 'leider können wir nicht'"),

O("stepstone-jobalert", "ats", "job-alert", "de-DE",
  "StepStone Jobagent <jobagent@stepstone.example>",
  "12 neue Jobs für \"Product Marketing Manager\" in Berlin",
  """Hallo Sam Taylor,

Ihr Jobagent hat 12 neue Stellenangebote gefunden, die zu Ihrer Suche passen:

- Product Marketing Manager (m/w/d) – Lindwurm Software GmbH, Berlin – Gehalt: 65.000–78.000 €
- Senior PMM DACH (all genders) – Mosaikbau AG, Berlin / Remote
- Produktmarketing Manager:in – Elbsand Mobility, Potsdam
- Brand & Product Marketing Lead – Feldlerche GmbH, Berlin

[[Alle 12 Jobs ansehen]]

Ratgeber: Absage erhalten? So nutzen Sie das Feedback für Ihre nächste Bewerbung. [[Zum Artikel]]

Viel Erfolg bei Ihrer Jobsuche!
Ihr StepStone-Team""",
  vendor="stepstone", brand="StepStone", headers=LIST,
  footer=["Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent verwalten oder abbestellen: {unsub}"],
  notes="job alert digest with an advice article about rejections"),

O("voltaris-successfactors-transfer", "ats", "requisition-transfer", "de-DE",
  "Voltaris Group <careers@voltaris.successfactors.eu>",
  "Ihre Bewerbung wurde einer anderen Stelle zugeordnet",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Marketing Manager E-Mobility (Req. 88213).

Diese Ausschreibung wurde inzwischen geschlossen. Aufgrund Ihres Profils hat unser Recruiting-Team Ihre Bewerbung jedoch der Position Product Marketing Manager Charging Solutions (Req. 88540) zugeordnet, die wir für sehr passend halten. Sie müssen nichts weiter tun – Ihre Unterlagen werden dort weiter berücksichtigt.

{table}

Falls Sie mit der Übertragung nicht einverstanden sind, können Sie Ihre Bewerbung im [[Kandidatenportal]] zurückziehen.

Mit freundlichen Grüßen
Talent Acquisition DACH, Voltaris Group""",
  vendor="successfactors", brand="Voltaris Group", headers=AUTO,
  table=[("Req. 88213", "Geschlossen"), ("Req. 88540", "In Prüfung")],
  notes="old requisition closed, application transferred; status table shows 'Geschlossen'"),

O("ostwind-workday-onlinetest", "ats", "assessment-invite", "de-DE",
  "Ostwind Telekom <ostwind@myworkday.com>",
  "Nächster Schritt: Online-Assessment für Ihre Bewerbung",
  """Sehr geehrte/r Sam Taylor,

wir freuen uns, Ihnen mitzuteilen, dass Sie für die Position Marketing Manager Consumer Products in die nächste Phase unseres Auswahlprozesses gekommen sind.

Als nächsten Schritt bitten wir Sie, ein Online-Assessment (ca. 40 Minuten: numerisches und verbales Denken) zu absolvieren:

[[Assessment starten]]

Bitte beachten Sie: Wird das Assessment nicht bis zum 24.10.2026 abgeschlossen, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Viel Erfolg!
Ihr Ostwind Talent Acquisition Team""",
  vendor="workday", brand="Ostwind Telekom", headers=AUTO,
  notes="assessment invitation with conditional 'nicht weiter berücksichtigen'"),

O("immonest-wohnung-absage", "ats", "non-job-rejection", "de-DE",
  "ImmoNest <nachrichten@immonest.example>",
  "Antwort auf Ihre Anfrage: 3-Zimmer-Wohnung, Berlin-Friedenau",
  """Hallo Sam Taylor,

der Anbieter hat auf Ihre Anfrage zum Objekt "Helle 3-Zimmer-Altbauwohnung mit Balkon, Berlin-Friedenau" geantwortet:

"Vielen Dank für Ihr Interesse und Ihre Bewerbungsunterlagen. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Interessenten entschieden hat. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche. Mit freundlichen Grüßen, Hausverwaltung Lenz & Partner"

[[Ähnliche Wohnungen ansehen]]

Ihr ImmoNest-Team""",
  vendor="inhouse", brand="ImmoNest", headers=LIST,
  footer=["ImmoNest GmbH · Benachrichtigungen verwalten: {unsub}"],
  notes="rental application declined via property portal"),

# ---------------- others, personal ----------------
O("calder-kollegin-kandidat-abgesagt", "personal", "owner-hiring", "de-DE",
  "Lena Voss <lena.voss@example.org>",
  "Kandidat Junior Analyst – Absage raus",
  """Hi Sam,

kurzes Update zur Junior-Analyst-Stelle in unserem Berliner Team: Ich habe Herrn Petrović heute wie besprochen abgesagt. Er hat die Rückmeldung gut aufgenommen und nach Feedback gefragt – magst du ihm zwei, drei Sätze zur Case-Präsentation schreiben? Du hattest ja die meisten Notizen.

Frau Ilić hat übrigens zugesagt, Vertrag geht morgen raus.

Danke & Gruß
Lena

Lena Voss | People & Culture
Calder Street Media | Berlin Office""",
  notes="owner is hiring; colleague at example.org reports a rejection she sent"),

O("feldmark-antwort-danke", "personal", "reply-to-owner-followup", "de-DE",
  "Jana Krüger <jana.krueger@feldmark.example>",
  "AW: Ihre Bewerbung als Marketing Manager D2C",
  """Hallo Sam,

vielen Dank für Ihre freundliche Rückmeldung – das ist leider nicht selbstverständlich, und es freut mich sehr!

Selbstverständlich bleiben wir gern in Kontakt. Ich habe mir Ihr Profil markiert und melde mich, sobald wir im Frühjahr die neue Stelle im Brand-Team ausschreiben.

Herzliche Grüße
Jana Krüger
Talent Acquisition | Feldmark GmbH

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 9. November 2026 10:02
An: Jana Krüger <jana.krueger@feldmark.example>
Betreff: AW: Ihre Bewerbung als Marketing Manager D2C

Liebe Frau Krüger,

danke für Ihre offene Rückmeldung, auch wenn es diesmal nicht geklappt hat. Ich würde mich freuen, wenn Sie bei künftigen Stellen an mich denken.

Beste Grüße
Sam Taylor

-----Ursprüngliche Nachricht-----
Von: Jana Krüger
Betreff: Ihre Bewerbung als Marketing Manager D2C

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.""",
  parent=True, parent_depth=2, parent_domain="example.org", wrap=False,
  notes="recruiter answers Sam's thank-you; the rejection sits only in the Outlook quote"),

O("bergkamm-antwort-frage-zweite-runde", "personal", "answer-to-owner-question", "de-AT",
  "Lukas Pichler <lukas.pichler@bergkamm.example>",
  "Re: Stand meiner Bewerbung – Produktmanager Outdoor",
  """Servus Sam,

nein, keine Sorge – wir haben uns noch für niemanden entschieden! Die Verzögerung lag an meinem Urlaub, sorry dafür.

Im Gegenteil: Wir würden dich gern zur zweiten Runde nach Innsbruck einladen, idealerweise am 19. oder 20. November. Reisekosten übernehmen wir natürlich. Passt dir einer der Tage?

Liebe Grüße
Lukas

Lukas Pichler
Head of Product | Bergkamm Outdoor GmbH
+43 512 93 04 77

On Tue, 3 Nov 2026 at 08:41, Sam Taylor <sam.taylor@example.org> wrote:
> Hallo Lukas,
> darf ich fragen, ob Sie sich inzwischen schon für eine andere Kandidatin
> oder einen anderen Kandidaten entschieden haben?
> Viele Grüße, Sam""",
  parent=True, client_html=True,
  notes="answer to Sam's 'have you chosen someone else?': second-round invitation"),

O("seewald-on-hold-noch-offen", "personal", "status-update", "de-DE",
  "Carolin Brandl <c.brandl@seewald-verlag.example>",
  "Zwischenstand Bewerbung Leitung Digitales Marketing",
  """Liebe(r) Sam Taylor,

ich wollte Ihnen einen kurzen Zwischenstand geben, damit Sie nicht im Ungewissen sind.

Die Besetzung der Stelle Leitung Digitales Marketing liegt gerade für ein paar Wochen auf Eis, weil unser Verleger die Budgetfreigabe erst in der Gesellschafterversammlung im Dezember bekommt. Sie sind weiterhin in der engeren Auswahl, und an unserem positiven Eindruck hat sich nichts geändert. Eine Entscheidung treffen wir voraussichtlich Anfang Januar – ich melde mich dann auf jeden Fall bei Ihnen.

Herzliche Grüße
Carolin Brandl
Personal | Seewald Verlag
Tel. 089 21 33 98-40""",
  notes="role briefly on hold but Sam explicitly still in the running: still deciding"),

O("lichtung-referenzen-anfrage", "personal", "reference-request", "de-CH",
  "Regula Meier <regula.meier@lichtung.example>",
  "Referenzen – Senior Product Marketing Manager",
  """Guten Tag Sam

Herzlichen Dank nochmals für das Gespräch mit unserer Geschäftsleitung. Wir befinden uns nun in der finalen Phase und möchten gerne noch zwei Referenzen einholen.

Könnten Sie mir bis Ende Woche Namen und Kontaktdaten von zwei früheren Vorgesetzten senden? Selbstverständlich kontaktieren wir niemanden bei Ihrer aktuellen Arbeitgeberin ohne Ihr ausdrückliches Einverständnis.

Freundliche Grüsse
Regula Meier
HR Business Partner
Lichtung AG · Bern
+41 31 552 18 09""",
  notes="reference request in the final phase"),

O("konferenz-vortrag-abgelehnt", "personal", "non-job-rejection", "de-DE",
  "Programmkomitee MarketingTage <programm@marketingtage.example>",
  "Ihre Einreichung \"Audience First in Lokalmedien\" – Entscheidung",
  """Liebe/r Sam Taylor,

vielen Dank für Ihre Einreichung für die MarketingTage 2027 in Leipzig.

Wir haben in diesem Jahr über 310 Vorschläge für 48 Slots erhalten. Leider konnten wir Ihren Vortrag "Audience First in Lokalmedien" nicht ins Programm aufnehmen. Das Komitee hat die Einreichung positiv bewertet, aber thematisch gab es starke Überschneidungen mit anderen Beiträgen.

Als kleines Dankeschön erhalten Sie 30 % Rabatt auf Ihr Ticket mit dem Code SPEAKER27.

Herzliche Grüße
Miriam Faber
für das Programmkomitee der MarketingTage""",
  notes="conference talk proposal declined"),
]
