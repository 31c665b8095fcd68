"""German rejections (12 ATS-style, 12 personal)."""
from content_common import A, P

R = "rejection"
PRIV = ("Hinweis zum Datenschutz: Ihre Bewerbungsunterlagen werden gemäß Art. 17 DSGVO sechs Monate nach Abschluss "
        "des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung einwilligen.")

MESSAGES = [
A("de-personio-absage-klassisch", R, "ats-automated", "de", "personio", "Brückner & Hahn Kommunikation GmbH",
  "Brückner & Hahn Kommunikation GmbH <noreply@jobs.personio.de>",
  "Ihre Bewerbung als Senior Content Strategist (m/w/d)",
  """Hallo Sam Taylor,

vielen Dank für Ihr Interesse an Brückner & Hahn Kommunikation GmbH und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position Senior Content Strategist (m/w/d) nicht weiter berücksichtigen können.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr People-Team von Brückner & Hahn""",
  ("", "", "Brückner & Hahn Kommunikation GmbH", "Senior Content Strategist (m/w/d)"),
  "standard-wording; no-reply", region="de", about=PRIV),

A("de-softgarden-autoplain-mitte", R, "ats-automated", "de", "softgarden", "Stadtwerke Ellerbach",
  "Stadtwerke Ellerbach über softgarden <bewerbung-noreply@softgarden.io>",
  "Rückmeldung zu Ihrer Bewerbung – Referent*in Unternehmenskommunikation (Kennziffer 2026-114)",
  """Guten Tag Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Referent*in Unternehmenskommunikation bei den Stadtwerken Ellerbach. Wir haben uns über das Interesse an unserem kommunalen Unternehmen sehr gefreut.

Für die ausgeschriebene Stelle sind über 140 Bewerbungen eingegangen. Wir haben alle Unterlagen intensiv gesichtet und mit dem Anforderungsprofil abgeglichen. Im Ergebnis haben wir uns für Bewerberinnen und Bewerber entschieden, deren Profil den Anforderungen der Stelle noch näher kommt. Wir bitten um Verständnis, dass wir aufgrund der Vielzahl der Bewerbungen keine individuellen Gründe nennen können.

Die Stadtwerke Ellerbach versorgen rund 80.000 Menschen mit Strom, Wasser und Wärme und wurden 2025 als „Top-Arbeitgeber Mittelstand“ ausgezeichnet. Schauen Sie gerne wieder auf unserer [[Karriereseite]] vorbei.

Freundliche Grüße
Personalabteilung Stadtwerke Ellerbach""",
  ("", "", "Stadtwerke Ellerbach", "Referent*in Unternehmenskommunikation"),
  "verdict-mid; html2text-plain; public-utility", region="de", autoplain=True),

A("de-workday-status-nicht-ausgewaehlt", R, "ats-automated", "de", "workday", "Halvorsen Logistik AG",
  "Halvorsen Logistik AG <halvorsen@myworkday.com>",
  "Statusänderung Ihrer Bewerbung R-20931",
  """Hallo Sam,

der Status Ihrer Bewerbung hat sich geändert.

{table}

Weitere Details finden Sie jederzeit in Ihrem [[Kandidatenkonto]].

Halvorsen Logistik AG – Talent Acquisition""",
  ("", "", "Halvorsen Logistik AG", "Brand Manager DACH"),
  "portal-status-table; verdict-only-in-table", region="de", html_only=True,
  table=[("Stelle", "Brand Manager DACH"), ("Referenz", "R-20931"), ("Status", "Nicht ausgewählt"),
         ("Letzte Aktualisierung", "Heute")]),

A("de-greenhouse-ch-anderen-kandidaten", R, "ats-automated", "de", "greenhouse", "Lindmatt Insurance",
  "Lindmatt Insurance Recruiting <no-reply@eu.greenhouse-mail.io>",
  "Ihre Bewerbung bei Lindmatt Insurance",
  """Grüezi Sam

Besten Dank für Ihre Bewerbung als Growth Marketing Lead und für das Interesse an Lindmatt Insurance.

Wir haben uns entschieden, den Prozess mit anderen Kandidierenden fortzusetzen. Das fällt uns nie leicht, denn wir haben viele sehr gute Bewerbungen erhalten.

Dürfen wir Ihr Dossier für zukünftige Vakanzen in unserem Talentpool behalten? Dann klicken Sie bitte auf den Button unten; andernfalls werden Ihre Daten nach 90 Tagen gelöscht.

Freundliche Grüsse
Talent Acquisition Lindmatt""",
  ("", "", "Lindmatt Insurance", "Growth Marketing Lead"),
  "swiss-spelling; retention-question", region="ch", button="Ja, Dossier behalten"),

A("de-stepstone-relay-absage", R, "ats-automated", "de", "stepstone", "Kohlhaas Maschinenbau",
  "StepStone <noreply@stepstone.de>",
  "Neuigkeiten zu Ihrer Bewerbung bei Kohlhaas Maschinenbau",
  """Hallo Sam,

Kohlhaas Maschinenbau hat den Status Ihrer Bewerbung aktualisiert:

Marketing Manager Industrie (w/m/d)
Status: Absage

Nachricht des Unternehmens:
„Leider haben wir uns für einen anderen Bewerber entschieden. Wir danken Ihnen für Ihr Interesse.“

Passende Jobs für Sie: [[Jetzt ähnliche Jobs ansehen]]

Ihr StepStone-Team""",
  ("", "", "Kohlhaas Maschinenbau", "Marketing Manager Industrie (w/m/d)"),
  "job-board-relay; bulk-headers", region="de",
  headers={"Precedence": "bulk", "List-Id": "<bewerbungsstatus.stepstone.de>"}),

A("de-successfactors-at-stelle-besetzt", R, "role-filled", "de", "successfactors", "Donauwerk Energie AG",
  "Donauwerk Energie AG <recruiting@donauwerk.example>",
  "Bewerbung Job-ID 48812 – Produktmarketing Manager:in",
  """Sehr geehrte:r Sam Taylor,

wir bedanken uns für Ihre Bewerbung als Produktmarketing Manager:in und Ihr Interesse an der Donauwerk Energie AG.

Wir möchten Sie darüber informieren, dass die Stelle mittlerweile besetzt wurde. Ihre Bewerbung wird daher nicht weiter bearbeitet.

Gemäß den datenschutzrechtlichen Bestimmungen werden Ihre Daten nach Ablauf von sieben Monaten gelöscht.

Mit freundlichen Grüßen
Recruiting Center
Donauwerk Energie AG, Wien""",
  ("", "", "Donauwerk Energie AG", "Produktmarketing Manager:in"),
  "austrian; position-filled; no-reply-text-in-footer", region="at", bulk=True),

A("de-lever-lu-bilingual", R, "ats-automated", "de", "lever", "Moselbank S.A.",
  "Moselbank S.A. <no-reply@hire.lever.co>",
  "Moselbank – Ihre Bewerbung / Your application",
  """(English version below)

Hallo Sam,

danke, dass Sie sich die Zeit für Ihre Bewerbung als Digital Campaign Manager genommen haben. Wir haben Ihr Profil mit großem Interesse gelesen, sind aber zu dem Schluss gekommen, dass es nicht genau genug zu unseren aktuellen Anforderungen passt.

Viel Erfolg bei Ihrer weiteren Suche!

Hi Sam,

thank you for applying for the Digital Campaign Manager role. After reviewing your profile we concluded that it does not match our current requirements closely enough.

Best of luck with your search!

Moselbank Talent Team""",
  ("", "", "Moselbank S.A.", "Digital Campaign Manager"),
  "bilingual-de-en; luxembourg", region="lu"),

A("de-join-ch-vakanz-zurueckgezogen", R, "role-cancelled", "de", "join", "Aarwiese Foods",
  "Aarwiese Foods via JOIN <noreply@join.com>",
  "Information zur Stelle «Head of Brand»",
  """Liebe:r Sam

Du hast dich bei uns als Head of Brand beworben – danke dafür!

Aufgrund einer internen Neuorganisation haben wir entschieden, die Stelle vorerst nicht zu besetzen. Die Ausschreibung wurde deshalb zurückgezogen, und wir schliessen alle laufenden Bewerbungen ab.

Sollte die Position wieder ausgeschrieben werden, informieren wir dich gerne.

Herzliche Grüsse
Aarwiese Foods""",
  ("", "", "Aarwiese Foods", "Head of Brand"),
  "du-form; requisition-withdrawn", region="ch"),

A("de-smartrecruiters-talentpool-verdict-clause", R, "keep-on-file", "de", "smartrecruiters", "Vireon Health",
  "Vireon Health <noreply@smartrecruiters.com>",
  "Werden Sie Teil unserer Talent Community!",
  """Hallo Sam,

wir freuen uns, dass Sie sich für Vireon Health interessieren! Unsere Talent Community ist der beste Weg, über neue Stellen, Events und Einblicke in unser Team informiert zu bleiben.

Auch wenn es mit der Stelle Marketing Operations Manager diesmal nicht geklappt hat, würden wir Sie gern in unserer Talent Community begrüßen. Mit einem Klick bleiben Sie mit uns verbunden.

Vireon Health wurde 2026 als „Great Place to Work“ ausgezeichnet. Wir sind ein Arbeitgeber, der Vielfalt fördert und alle Bewerbungen unabhängig von Geschlecht, Herkunft, Religion, Behinderung, Alter oder sexueller Identität willkommen heißt.

Ihr Vireon Recruiting Team""",
  ("", "", "Vireon Health", "Marketing Operations Manager"),
  "talent-pool-subject; verdict-in-one-clause; EEO", region="de", button="Talent Community beitreten"),

A("de-icims-interne-besetzung", R, "internal-candidate", "de", "icims", "Brenner Pharma GmbH",
  "Brenner Pharma GmbH <brenner-talent@talent.icims.com>",
  "Ihre Bewerbung: Communications Lead Oncology",
  """Sehr geehrte/r Sam Taylor,

wir bedanken uns herzlich für Ihre Bewerbung auf die Position Communications Lead Oncology.

Wir haben uns entschieden, die Position intern zu besetzen. Daher können wir Ihre Bewerbung in diesem Verfahren leider nicht weiter berücksichtigen.

Bei Fragen erreichen Sie uns unter talent@brenner-pharma.example.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Brenner Pharma GmbH""",
  ("talent@brenner-pharma.example", "", "Brenner Pharma GmbH", "Communications Lead Oncology"),
  "filled-internally; team-address-in-body", region="de"),

A("de-teamtailor-nach-video", R, "after-assessment", "de", "teamtailor", "Kranich Mobility",
  "Kranich Mobility <kranich@teamtailor-mail.com>",
  "Dein Video-Interview bei Kranich Mobility",
  """Hej Sam,

vielen Dank, dass du dir die Zeit für das Video-Interview genommen hast – wir wissen, dass das Aufwand ist!

Wir haben uns alle Aufnahmen für die Rolle Community Manager angesehen und uns entschieden, mit anderen Kandidat:innen in die nächste Runde zu gehen. Für dich endet der Prozess an dieser Stelle.

Wenn du Feedback möchtest, schreib gern an Jana Wolff (jana.wolff@kranich-mobility.example).

Liebe Grüße
Jana & das Kranich-Team""",
  ("jana.wolff@kranich-mobility.example", "Jana", "Kranich Mobility", "Community Manager"),
  "after-video-interview; next-round-word-in-rejection", region="de"),

A("de-bamboohr-html-only-kurz", R, "terse", "de", "bamboohr", "Pixelhafen",
  "Pixelhafen <notifications@app.bamboohr.com>",
  "Pixelhafen: Social Media Manager",
  """Hallo Sam,

danke für deine Bewerbung. Wir werden deine Bewerbung nicht weiterverfolgen.

Pixelhafen""",
  ("", "", "Pixelhafen", "Social Media Manager"),
  "terse; html-only", region="de", html_only=True),

# ---------------- personal ----------------
P("de-personal-nach-zweitgespraech", R, "personal-after-interview", "de",
  "Katrin Oberländer <k.oberlaender@felsgrund.example>",
  "AW: Zweitgespräch Felsgrund – Head of Marketing",
  """Liebe Sam,

vielen Dank noch einmal für das offene und sehr angenehme Gespräch am Dienstag mit Herrn Baumann und mir. Ihre Präsentation zur Markenarchitektur hat uns beiden gut gefallen, insbesondere der Teil zur Segmentierung im B2B-Bereich.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns aber für eine Kandidatin entschieden, die bereits mehrere Jahre Erfahrung im Maschinenbau mitbringt – das war für uns in der jetzigen Phase ausschlaggebend.

Ich würde mich freuen, wenn wir in Kontakt bleiben. Sollte sich etwas Passendes ergeben, melde ich mich gern direkt bei Ihnen.

Herzliche Grüße aus Ulm
Katrin Oberländer
Leiterin Personal | Felsgrund Werkzeuge GmbH
Tel. +49 731 000 4412""",
  ("k.oberlaender@felsgrund.example", "Katrin", "Felsgrund Werkzeuge GmbH", "Head of Marketing"),
  "after-second-interview; praise-first", region="de", parent=True, client_html=True),

P("de-personal-agentur-kunde-stop", R, "agency-recruiter", "de",
  "Florian Mertens <florian.mertens@talentbruecke.example>",
  "Update Marketing Director – Kunde Hamburg",
  """Hi Sam,

kurzes Update zur Marketing Director Position bei der Nordlicht Reederei: der Kunde hat sich gestern gemeldet und will mit den beiden anderen Finalisten weitermachen. Tut mir echt leid, ich hatte ein gutes Gefühl nach deinem Gespräch.

Ehrliches Feedback vom Kunden: sehr überzeugend im Auftritt, aber zu wenig Erfahrung mit Budgets > 5 Mio.

Lass uns nächste Woche mal telefonieren, ich hab zwei andere Mandate, die spannend sein könnten.

Beste Grüße
Florian

--
Florian Mertens | Senior Consultant
Talentbrücke Executive Search
M +49 170 0000 381""",
  ("florian.mertens@talentbruecke.example", "Florian", "Nordlicht Reederei", "Marketing Director"),
  "agency-relays-client-no; feedback; pitches-new-roles", region="de"),

P("de-personal-kurz-handy", R, "terse", "de",
  "Moritz Hain <moritz@hainundsoehne.example>",
  "Re: Brand Manager",
  """Hallo Sam, wir haben uns anders entschieden, sorry. Trotzdem danke und viel Glück!
Moritz

Von meinem iPhone gesendet""",
  ("moritz@hainundsoehne.example", "Moritz", "", "Brand Manager"),
  "terse; mobile; no-company-named", region="de", parent=True),

P("de-personal-at-ausschreibung-gestoppt", R, "role-cancelled", "de",
  "Mag. Sabine Reiter <sabine.reiter@almblick-verlag.example>",
  "Ihre Bewerbung – Leitung Marketing & Vertrieb",
  """Sehr geehrte Frau Taylor,
sehr geehrter Herr Taylor,

(verzeihen Sie die doppelte Anrede, aus den Unterlagen ging es nicht eindeutig hervor)

wie telefonisch angekündigt melde ich mich zum Stand Ihrer Bewerbung als Leitung Marketing & Vertrieb. Unsere Eigentümer haben vergangene Woche beschlossen, den Verlag mit einem Partnerhaus in Graz zusammenzulegen. In diesem Zuge wird die Stelle nicht nachbesetzt; das Auswahlverfahren ist damit eingestellt.

Es tut mir sehr leid, da Sie in der engeren Auswahl waren. Ich bitte um Ihr Verständnis.

Mit freundlichen Grüßen
Mag. Sabine Reiter
Almblick Verlag GmbH, Innsbruck
+43 512 000 771""",
  ("sabine.reiter@almblick-verlag.example", "Sabine", "Almblick Verlag GmbH", "Leitung Marketing & Vertrieb"),
  "austrian; process-stopped; merger", region="at"),

P("de-personal-weitergeleitet-vom-hm", R, "personal-after-interview", "de",
  "Jens Pohlmann <jens.pohlmann@quellwerk.example>",
  "WG: Entscheidung Product Marketing Manager",
  """Hallo Sam,

ich leite dir die Nachricht von unserer HR weiter, weil ich dir das lieber persönlich schicken wollte als es über das System laufen zu lassen. Es war knapp, ehrlich.

Jens

---------- Weitergeleitete Nachricht ---------
Von: Petra Lorenz <petra.lorenz@quellwerk.example>
Datum: Mo., 12. Okt. 2026 um 09:14 Uhr
Betreff: Entscheidung Product Marketing Manager
An: Jens Pohlmann <jens.pohlmann@quellwerk.example>

Hi Jens,

wie besprochen: wir machen mit Frau Demir weiter und sagen Sam Taylor ab. Magst du Sam selbst informieren?

VG Petra""",
  ("jens.pohlmann@quellwerk.example", "Jens", "Quellwerk", "Product Marketing Manager"),
  "forwarded-internal-decision; verdict-in-forward", region="de"),

P("de-personal-antwort-auf-nachfrage", R, "personal-after-interview", "de",
  "Lea Brandt <lea.brandt@sonnentau.example>",
  "Re: Nachfrage zum Stand – Marketing Lead",
  """Hallo Sam,

danke für die Nachfrage und entschuldige, dass du so lange nichts gehört hast – bei uns war es die letzten Wochen drunter und drüber.

Leider muss ich dir sagen, dass wir die Stelle inzwischen vergeben haben. Ich hätte mich früher melden müssen.

Alles Gute dir!
Lea

Am 03.11.2026 um 10:02 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Lea,
> ich wollte mich kurz nach dem Stand zur Marketing Lead Stelle erkundigen.
> Ich freue mich weiterhin sehr über die Möglichkeit.
> Viele Grüße
> Sam""",
  ("lea.brandt@sonnentau.example", "Lea", "Sonnentau", "Marketing Lead"),
  "reply-above-owner-chaser; position-given-away", region="de", parent=True),

P("de-personal-ch-lang-absage-mitte", R, "personal-after-interview", "de",
  "Reto Zbinden <reto.zbinden@glarnerholz.example>",
  "Ihre Kandidatur als Leiter/in Kommunikation",
  """Sehr geehrte/r Sam Taylor

Zunächst möchte ich mich im Namen der ganzen Geschäftsleitung für die Zeit bedanken, die Sie uns in den letzten Wochen geschenkt haben: zwei Gespräche in Glarus, die Fallstudie zur Krisenkommunikation und das Gespräch mit unserem Verwaltungsratspräsidenten. Das ist keine Selbstverständlichkeit.

Ihre Fallstudie war klar aufgebaut und hat gezeigt, dass Sie komplexe Sachverhalte verständlich machen können. Besonders Ihre Überlegungen zur Kommunikation mit den Gemeinden haben uns beeindruckt.

Nach intensiver Diskussion haben wir uns dennoch entschieden, Ihnen die Stelle nicht anzubieten. Ausschlaggebend war am Ende die Vertrautheit mit dem Schweizer Medienumfeld, die ein anderer Kandidat mitbringt.

Gerne biete ich Ihnen ein telefonisches Feedbackgespräch an. Melden Sie sich einfach bei mir.

Für Ihre Zukunft wünsche ich Ihnen alles Gute und viel Erfolg.

Freundliche Grüsse

Reto Zbinden
CEO Glarner Holzbau AG
Tel. +41 55 000 21 90""",
  ("reto.zbinden@glarnerholz.example", "Reto", "Glarner Holzbau AG", "Leiter/in Kommunikation"),
  "swiss; long; verdict-middle", region="ch"),

P("de-personal-outlook-zitat-einladung", R, "personal-after-interview", "de",
  "Svenja Kühl <svenja.kuehl@eisvogel-media.example>",
  "AW: Einladung zum Kennenlernen – Content Lead",
  """Hallo Sam,

kurzes Update nach unserem Kennenlernen: wir werden dich für die Content Lead Rolle leider nicht weiter im Prozess berücksichtigen. Das Team sucht doch jemanden mit stärkerem Video-Fokus.

Danke dir für deine Zeit und alles Gute,
Svenja

Svenja Kühl | People & Culture | Eisvogel Media

-----Ursprüngliche Nachricht-----
Von: Svenja Kühl <svenja.kuehl@eisvogel-media.example>
Gesendet: Montag, 5. Oktober 2026 11:20
An: Sam Taylor <sam.taylor@example.org>
Betreff: Einladung zum Kennenlernen – Content Lead

Hallo Sam,

wir freuen uns, dich zu einem ersten Kennenlernen einzuladen! Passt dir Donnerstag um 14 Uhr?

Viele Grüße
Svenja""",
  ("svenja.kuehl@eisvogel-media.example", "Svenja", "Eisvogel Media", "Content Lead"),
  "top-reply-over-quoted-invitation; outlook-quote", region="de", parent=True),

P("de-personal-tippfehler-casual", R, "terse", "de",
  "Tobi Anders <tobi@kiezkaffee.example>",
  "Marketing Job bei Kiezkaffee",
  """hey sam,

sorry für die späte antwort!! wir ham uns jetzt für jemand aus unserm netzwerk entscheiden, der schon in der gastro war. fand dein profil echt cool aber pass diesmal nicht.

grüße tobi
Kiezkaffee Röstrei, Berlin""",
  ("tobi@kiezkaffee.example", "Tobi", "Kiezkaffee", ""),
  "typos; casual; lowercase; no-role", region="de"),

P("de-personal-lu-franzoesische-signatur", R, "keep-on-file", "de",
  "Anne Wagner <anne.wagner@kirchbergconsult.example>",
  "Ihre Bewerbung als Marketing Manager",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihr Interesse an Kirchberg Consult und für das angenehme Telefonat letzte Woche.

Nach Abwägung aller Profile haben wir uns entschieden, Ihre Bewerbung als Marketing Manager nicht weiter zu verfolgen. Mit Ihrem Einverständnis würden wir Ihre Unterlagen aber gern für zwölf Monate aufbewahren, da wir im Frühjahr voraussichtlich eine ähnliche Stelle ausschreiben.

Mit freundlichen Grüßen
Anne Wagner
Office & HR Manager

Kirchberg Consult S.à r.l. | 12, rue de l'Exemple | L-1855 Luxembourg
Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire.""",
  ("anne.wagner@kirchbergconsult.example", "Anne", "Kirchberg Consult", "Marketing Manager"),
  "luxembourg; french-disclaimer-footer; keep-on-file", region="lu"),

P("de-personal-nach-case-study", R, "after-assessment", "de",
  "Dr. Henrik Vogt <henrik.vogt@lumenwerk.example>",
  "Feedback zur Case Study",
  """Hallo Sam,

danke für die Case Study zum Go-to-Market für unsere neue Produktlinie. Ich habe sie mit Miriam und Olaf durchgesprochen.

Kurz gesagt: die Analyse war solide, aber die Priorisierung der Kanäle hat uns nicht überzeugt, und bei der Budgetplanung fehlte uns die Tiefe. Deshalb werden wir den Prozess für die Position Senior Product Marketing Manager mit dir nicht fortsetzen.

Ich hoffe, das Feedback hilft dir trotzdem weiter.

Viele Grüße
Henrik

Dr. Henrik Vogt
VP Marketing, Lumenwerk GmbH
+49 89 0000 2210""",
  ("henrik.vogt@lumenwerk.example", "Henrik", "Lumenwerk GmbH", "Senior Product Marketing Manager"),
  "after-case-study; feedback-first", region="de"),

P("de-personal-reply-to-assistentin", R, "personal-after-interview", "de",
  "Markus Feldhoff <m.feldhoff@rheinauen-bau.example>",
  "Ihre Bewerbung",
  """Guten Tag Sam Taylor,

nach Ihrem Gespräch mit mir und Frau Kessler wollte ich Ihnen persönlich Bescheid geben: Wir haben uns für einen Bewerber aus der Region entschieden. Bitte haben Sie Verständnis, dass wir Ihnen keine Zusage geben können.

Für Rückfragen steht Ihnen meine Assistentin Frau Kessler zur Verfügung (Antworten gehen direkt an sie).

Freundliche Grüße
Markus Feldhoff
Geschäftsführer, Rheinauen Bau GmbH""",
  ("b.kessler@rheinauen-bau.example", "Markus", "Rheinauen Bau GmbH", ""),
  "reply-to-assistant; no-role", region="de",
  reply_to="Birgit Kessler <b.kessler@rheinauen-bau.example>"),
]
