"""German rejections: 15 ATS-style, 15 personal."""
from content_common import M

R = "rejection"
MESSAGES = [
# ---------------- ATS ----------------
M("de-softgarden-absage-standard", R, "ats-automated", "de", "ats",
  "Lindenhof Verlagsgruppe <noreply@softgarden.io>",
  "Ihre Bewerbung als Produktmanager Digitale Abos (m/w/d)",
  """Sehr geehrte(r) Sam Taylor,

vielen Dank für Ihr Interesse an der Lindenhof Verlagsgruppe und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position Produktmanager Digitale Abos (m/w/d) nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation – wir hatten schlicht sehr viele Bewerbungen mit einem noch passgenaueren Profil.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Lindenhof Verlagsgruppe""",
  ("", "", "Lindenhof Verlagsgruppe", "Produktmanager Digitale Abos (m/w/d)"),
  vendor="softgarden", brand="Lindenhof Verlagsgruppe", region="DE",
  about="Die Lindenhof Verlagsgruppe ist ein familiengeführtes Medienhaus mit 14 Regionaltiteln und über 900 Beschäftigten.",
  notes="ordinary wording; verdict in middle; no person"),
M("de-personio-stelle-besetzt", R, "role-filled", "de", "ats",
  "Brückner & Söhne GmbH <noreply@jobs.personio.de>",
  "Update zu Ihrer Bewerbung bei Brückner & Söhne",
  """Hallo Sam,

danke, dass du dich als Content Marketing Lead bei uns beworben hast.

Wir möchten dich kurz informieren: Die Stelle ist inzwischen besetzt. Deine Bewerbung können wir daher leider nicht mehr berücksichtigen.

Falls du Fragen hast, erreichst du unsere Personalabteilung unter karriere@brueckner-soehne.example.

Viele Grüße
Jana Lorenz
People & Culture""",
  ("karriere@brueckner-soehne.example", "Jana", "Brückner & Söhne", "Content Marketing Lead"),
  vendor="personio", brand="Brückner & Söhne GmbH", region="DE",
  notes="du; position filled; team address in body"),
M("de-workday-status-abgelehnt", R, "status-portal", "de", "ats",
  "Helvion Versicherung <helvion@myworkday.com>",
  "Statusänderung Ihrer Bewerbung – R-20417",
  """Guten Tag Sam Taylor,

der Status Ihrer Bewerbung hat sich geändert.

{table}

Sie können den Verlauf jederzeit in Ihrem Kandidatenkonto einsehen. Wir bedanken uns für Ihr Interesse an der Helvion Versicherung.

Freundliche Grüße
Talent Acquisition""",
  ("", "", "Helvion Versicherung", "Senior Manager Kundenkommunikation"),
  vendor="workday", brand="Helvion Versicherung", region="DE", cte="base64",
  table=[("Stelle", "Senior Manager Kundenkommunikation"), ("Referenz", "R-20417"), ("Standort", "Köln"),
         ("Status", "Nicht berücksichtigt")],
  notes="status portal; verdict only in table; base64"),
M("de-stepstone-relay-absage", R, "job-board-relay", "de", "ats",
  "StepStone <noreply@stepstone.de>",
  "Nachricht von Kramer Logistik Services zu Ihrer Bewerbung",
  """Sie haben eine neue Nachricht zu Ihrer Bewerbung über StepStone.

Bewerbung: Marketing Manager B2B (m/w/d) · Kramer Logistik Services · Bremen

Nachricht des Arbeitgebers:
„Sehr geehrte/r Sam Taylor, vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidat*innen entschieden haben. Wir wünschen Ihnen alles Gute. Ihr Kramer HR-Team“

[[Alle Nachrichten ansehen]]

Passende Jobs für Sie: [[Marketing Manager in Bremen]] · [[Produktmarketing Remote]]""",
  ("", "", "Kramer Logistik Services", "Marketing Manager B2B (m/w/d)"),
  vendor="stepstone", brand="StepStone", region="DE",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  notes="job-board relay; bulk headers; job suggestions below verdict"),
M("de-successfactors-lange-rechtstexte", R, "ats-automated", "de", "ats",
  "Rheinwerk Energie AG <noreply@successfactors.eu>",
  "Rheinwerk Energie AG – Ihre Bewerbung (Req. 88123)",
  """Sehr geehrte Frau Taylor, sehr geehrter Herr Taylor,

wir bedanken uns herzlich für Ihre Bewerbung als Referent Unternehmenskommunikation (w/m/d) und das damit verbundene Vertrauen in die Rheinwerk Energie AG.

Die Rheinwerk Energie AG ist einer der größten regionalen Energieversorger in Nordrhein-Westfalen. Mit rund 6.000 Mitarbeitenden gestalten wir die Energiewende aktiv mit. Vielfalt ist uns wichtig: Wir begrüßen Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.

Nach eingehender Prüfung haben wir uns entschieden, das Auswahlverfahren mit anderen Bewerberinnen und Bewerbern fortzusetzen.

Ihre Daten werden gemäß Art. 17 DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung einwilligen. Möchten Sie in unseren Talentpool aufgenommen werden, erteilen Sie bitte hier Ihre Einwilligung: [[Einwilligung erteilen]]

Mit freundlichen Grüßen
Rheinwerk Energie AG
Personalgewinnung""",
  ("", "", "Rheinwerk Energie AG", "Referent Unternehmenskommunikation (w/m/d)"),
  vendor="successfactors", brand="Rheinwerk Energie AG", region="DE",
  notes="verdict after boilerplate; continue with others; data-retention consent"),
M("de-teamtailor-du-startup", R, "ats-automated", "de", "ats",
  "Fahrwerk Mobility <no-reply@teamtailor.com>",
  "Deine Bewerbung bei Fahrwerk 🚲",
  """Hey Sam!

Erstmal: Danke für deine Bewerbung als Growth Marketing Manager. Wir haben uns dein Profil genau angeschaut und uns echt gefreut, dass du Lust auf Fahrwerk hast.

Ehrlicherweise passt dein Profil diesmal nicht eng genug zu dem, was das Team gerade braucht – wir werden deine Bewerbung deshalb nicht weiterverfolgen.

Bleib gern mit uns verbunden: In unserem [[Talent Network]] erfährst du als Erste(r) von neuen Rollen.

Ride on,
dein Fahrwerk People Team""",
  ("", "", "Fahrwerk Mobility", "Growth Marketing Manager"),
  vendor="teamtailor", brand="Fahrwerk Mobility", region="DE",
  notes="du; casual; 'passt nicht eng genug'; emoji in subject; talent network"),
M("de-jobsch-ch-kurz", R, "ats-automated", "de", "ats",
  "Zürcher Kantonalkasse <noreply@jobs.ch>",
  "Ihre Bewerbung: Leiter/in Marketing Services",
  """Sehr geehrte Sam Taylor

Besten Dank für Ihre Bewerbung und Ihr Interesse an der Zürcher Kantonalkasse.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Wir bitten Sie um Verständnis, dass wir keine individuelle Begründung abgeben.

Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen gelöscht.

Freundliche Grüsse
Zürcher Kantonalkasse
Human Resources""",
  ("", "", "Zürcher Kantonalkasse", "Leiter/in Marketing Services"),
  vendor="jobsch", brand="Zürcher Kantonalkasse", region="CH",
  notes="Swiss ss spelling; no comma after salutation; no reason given"),
M("de-umantis-ch-stelle-zurueckgezogen", R, "role-cancelled", "de", "ats",
  "Spital Aarfeld <recruiting-noreply@umantis.com>",
  "Bewerbung Kommunikationsspezialist/in 80–100%",
  """Guten Tag Sam Taylor

Vielen Dank für Ihre Bewerbung als Kommunikationsspezialist/in 80–100% am Spital Aarfeld.

Aufgrund einer Reorganisation im Bereich Kommunikation wird die ausgeschriebene Stelle nicht wie geplant besetzt. Wir haben die Ausschreibung deshalb zurückgezogen und schliessen das Verfahren für alle Bewerbenden ab.

Wir bedauern, Ihnen keinen anderen Bescheid geben zu können, und danken Ihnen für Ihr Verständnis.

Freundliche Grüsse

Corinne Wyss
HR-Fachfrau
corinne.wyss@spital-aarfeld.example""",
  ("corinne.wyss@spital-aarfeld.example", "Corinne", "Spital Aarfeld", "Kommunikationsspezialist/in 80–100%"),
  vendor="umantis", brand="Spital Aarfeld", region="CH",
  notes="role withdrawn after reorganisation; Swiss; HR address in body"),
M("de-portal-stadtverwaltung-auswahl", R, "public-sector", "de", "ats",
  "Karriereportal Stadt Wendelbach <bewerbung-noreply@wendelbach.example>",
  "Stellenausschreibung Nr. 47/2026 – Mitteilung über das Ergebnis",
  """Sehr geehrte Person Sam Taylor,

Sie haben sich auf die Stellenausschreibung Nr. 47/2026 „Sachbearbeitung Öffentlichkeitsarbeit und Social Media (EG 10 TVöD)“ beworben.

Das Auswahlverfahren ist inzwischen abgeschlossen. Die Auswahlkommission hat sich unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten für eine andere Bewerberin entschieden. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach dem Allgemeinen Gleichbehandlungsgesetz (AGG) von sechs Monaten datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Stadt Wendelbach – Fachbereich Personal und Organisation

Rückfragen: personal@wendelbach.example""",
  ("personal@wendelbach.example", "", "Stadt Wendelbach", "Sachbearbeitung Öffentlichkeitsarbeit und Social Media (EG 10 TVöD)"),
  vendor="portal", brand="Stadt Wendelbach", region="DE",
  notes="public sector; Personalrat; AGG retention; 'Im Auftrag'"),
M("de-greenhouse-at-nicht-erfolgreich", R, "ats-automated", "de", "ats",
  "Kaltenbrunn Software <no-reply@us.greenhouse-mail.io>",
  "Kaltenbrunn Software | Senior Product Marketing Manager",
  """Liebe:r Sam,

vielen Dank für die Gespräche der letzten Wochen und dein Interesse an Kaltenbrunn. Wir haben wirklich viele starke Profile gesehen – und deines gehörte dazu.

Nach intensiver Abwägung im Team ist die Entscheidung für die Rolle Senior Product Marketing Manager in Wien diesmal nicht zu deinen Gunsten ausgefallen.

Wir würden gern in Kontakt bleiben. Wenn du einverstanden bist, speichern wir dein Profil für 24 Monate: [[Ja, Profil behalten]] / [[Nein danke]]

Alles Liebe aus Wien
Lena Pichler, Talent Partner""",
  ("", "Lena", "Kaltenbrunn Software", "Senior Product Marketing Manager"),
  vendor="greenhouse", brand="Kaltenbrunn Software", region="AT",
  notes="Austria; after interviews; 'nicht zu deinen Gunsten'; retention question; no address"),
M("de-dvinci-mittelstand-anderweitig", R, "ats-automated", "de", "ats",
  "Hägele Präzisionstechnik <bewerbermanagement@dvinci-mail.example>",
  "Ihre Bewerbung – Marketingreferent (m/w/d) Kennziffer HP-0912",
  """Sehr geehrte/r Sam Taylor,

haben Sie herzlichen Dank für Ihre Bewerbung.

Die Position Marketingreferent (m/w/d) konnten wir zwischenzeitlich anderweitig besetzen.

Wir bedanken uns für Ihr Interesse an unserem Unternehmen und wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen

Hägele Präzisionstechnik GmbH & Co. KG
Personalabteilung""",
  ("", "", "Hägele Präzisionstechnik", "Marketingreferent (m/w/d)"),
  vendor="dvinci", brand="Hägele Präzisionstechnik GmbH & Co. KG", region="DE", html_only=True,
  notes="Mittelstand; 'anderweitig besetzen'; HTML only; very short"),
M("de-smartrecruiters-interne-loesung", R, "internal-candidate", "de", "ats",
  "Ostmark Bank <ostmarkbank@smartrecruiters.com>",
  "Ihre Bewerbung bei der Ostmark Bank: Product Owner Mobile Banking",
  """Guten Tag Sam Taylor,

vielen Dank für Ihr Interesse an der Position Product Owner Mobile Banking.

Wir haben uns entschieden, die Position mit einer internen Kollegin zu besetzen. Ihre Bewerbung wird daher nicht weiter bearbeitet.

Uns ist bewusst, dass eine solche Nachricht enttäuschend ist. Wir würden uns freuen, wenn Sie unsere Karriereseite weiterhin im Blick behalten.

Ihr Talent-Acquisition-Team der Ostmark Bank""",
  ("", "", "Ostmark Bank", "Product Owner Mobile Banking"),
  vendor="smartrecruiters", brand="Ostmark Bank", region="DE",
  notes="filled internally"),
M("de-recruitee-nach-case-study", R, "after-assessment", "de", "ats",
  "Gleisdreieck Analytics <noreply@mail.recruitee.com>",
  "Feedback zu deiner Case Study",
  """Hi Sam,

danke für deine Case Study zur Preisgestaltung unseres Abo-Modells – man hat gemerkt, wie viel Mühe du reingesteckt hast.

Wir haben alle Einreichungen im Panel besprochen. Für die Rolle Head of Product Marketing gehen wir mit zwei anderen Kandidat:innen in die finale Runde, du bist leider nicht dabei. Das Hauptthema war die Tiefe im B2B-SaaS-Pricing.

Wenn du magst, gibt dir Tobias gern 15 Minuten Feedback am Telefon – schreib ihm einfach an tobias.heller@gleisdreieck.example.

Beste Grüße
Tobias Heller
Hiring Manager""",
  ("tobias.heller@gleisdreieck.example", "Tobias", "Gleisdreieck Analytics", "Head of Product Marketing"),
  vendor="recruitee", brand="Gleisdreieck Analytics", region="DE",
  notes="after case study; verdict phrased as others going to final round"),
M("de-xing-kurz-absage", R, "terse", "de", "ats",
  "XING <noreply@xing.com>",
  "Sabine Voigt hat auf Ihre Bewerbung geantwortet",
  """Sabine Voigt (Personalreferentin, Mertens Druck & Medien) hat Ihnen geschrieben:

„Hallo Frau/Herr Taylor, danke für Ihr Interesse an der Stelle Teamleitung Mediendesign. Wir haben uns leider für jemand anderen entschieden. VG Sabine Voigt“

[[Antworten]]   [[Profil von Sabine Voigt ansehen]]""",
  ("", "Sabine", "Mertens Druck & Medien", "Teamleitung Mediendesign"),
  vendor="xing", brand="XING", region="DE",
  headers={"List-Unsubscribe": "<{unsub}>"},
  notes="XING message relay; terse; no address"),
M("de-join-budget-eingefroren", R, "role-cancelled", "de", "ats",
  "Alpenblick Reisen <noreply@join.com>",
  "Update zur Stelle: Online Marketing Manager (m/w/d)",
  """Hallo Sam Taylor,

wir möchten uns bei Ihnen für Ihre Bewerbung als Online Marketing Manager (m/w/d) bedanken.

Leider müssen wir Ihnen mitteilen, dass diese Stelle aus budgetären Gründen bis auf Weiteres nicht besetzt wird. Wir haben das Recruiting für diese Position deshalb gestoppt.

Sobald wir wieder suchen, schreiben wir die Stelle neu aus. Sie sind dann herzlich eingeladen, sich erneut zu bewerben.

Viele Grüße aus Innsbruck
Das Alpenblick-Team""",
  ("", "", "Alpenblick Reisen", "Online Marketing Manager (m/w/d)"),
  vendor="join", brand="Alpenblick Reisen", region="AT",
  notes="budget freeze; recruiting stopped; on hold for Sam"),
# ---------------- personal ----------------
M("de-personal-nach-zweitgespraech", R, "personal-after-interview", "de", "personal",
  "Miriam Albers <m.albers@nordlicht-medien.example>",
  "Rückmeldung nach unserem zweiten Gespräch",
  """Hallo Sam,

nochmals vielen Dank für das ausführliche Gespräch am Dienstag mit Jörg und mir. Wir haben uns beide sehr gefreut, dich kennenzulernen, und deine Ideen zum Newsletter-Relaunch fanden wir richtig gut.

Ich will dich nicht lange auf die Folter spannen: Wir haben uns für die Stelle als Head of Audience Development für eine Kandidatin entschieden, die schon länger im Regionaljournalismus gearbeitet hat. Das war am Ende knapp und hat nichts mit deiner Präsentation zu tun.

Ich hoffe, wir laufen uns wieder über den Weg – die Branche ist ja klein.

Herzliche Grüße
Miriam

--
Miriam Albers
Leiterin Personal | Nordlicht Medien GmbH
Tel. +49 40 555 01 23""",
  ("m.albers@nordlicht-medien.example", "Miriam", "Nordlicht Medien", "Head of Audience Development"),
  region="DE", notes="du; after second interview; verdict in middle after praise"),
M("de-personal-sie-formell-kurz", R, "terse", "de", "personal",
  "Dr. Hartmut Wiegand <wiegand@wiegand-partner.example>",
  "AW: Bewerbung Kommunikationsleitung",
  """Sehr geehrte/r Sam Taylor,

besten Dank für Ihre Unterlagen. Wir werden Ihre Bewerbung nicht weiterverfolgen.

Mit freundlichen Grüßen
Dr. H. Wiegand
Wiegand & Partner Rechtsanwälte mbB""",
  ("wiegand@wiegand-partner.example", "Hartmut", "Wiegand & Partner", "Kommunikationsleitung"),
  region="DE", parent=True, notes="very formal, very short; reply to Sam's application mail"),
M("de-personal-agentur-kunde-absage", R, "agency-recruiter", "de", "personal",
  "Felix Brandt <felix.brandt@headmatch-consulting.example>",
  "Feedback Hanseatische Kaffeerösterei",
  """Hi Sam,

kurzes Update zur Hanseatischen Kaffeerösterei: Ich habe heute mit dem Geschäftsführer gesprochen. Sie haben sich nach den Zweitgesprächen für einen anderen Kandidaten entschieden – jemand mit mehr Erfahrung im Lebensmitteleinzelhandel.

Er hat extra betont, wie sympathisch du rüberkamst und dass die Markenstrategie-Präsentation richtig stark war. Also bitte nicht entmutigen lassen!

Ich habe gerade noch zwei Mandate im Consumer-Bereich auf dem Tisch, die könnten gut passen. Lass uns nächste Woche telefonieren?

Beste Grüße
Felix

Felix Brandt | Senior Consultant
HeadMatch Personalberatung GmbH
Mobil +49 171 555 4420""",
  ("felix.brandt@headmatch-consulting.example", "Felix", "Hanseatische Kaffeerösterei", ""),
  region="DE", notes="agency relays client's no; role not named; pitches new mandates afterwards"),
M("de-personal-ch-stelle-intern", R, "internal-candidate", "de", "personal",
  "Reto Graf <reto.graf@bergbahnen-sonnenalp.example>",
  "Stelle Marketingleiter/in",
  """Grüezi Sam Taylor

Ich melde mich wie versprochen nach unserem Telefonat vom 12. Oktober.

Wir haben uns entschieden, die Stelle Marketingleiter/in intern zu besetzen. Unsere bisherige Stellvertreterin übernimmt die Funktion per 1. Januar. Es tut mir leid, dass ich Ihnen keinen besseren Bescheid geben kann – Ihr Dossier hat uns wirklich überzeugt.

Ich wünsche Ihnen viel Erfolg bei der weiteren Suche.

Freundliche Grüsse
Reto Graf
Geschäftsführer
Bergbahnen Sonnenalp AG
+41 81 555 72 10""",
  ("reto.graf@bergbahnen-sonnenalp.example", "Reto", "Bergbahnen Sonnenalp", "Marketingleiter/in"),
  region="CH", notes="Swiss; filled internally; Grüezi; ss spelling"),
M("de-personal-antwort-auf-nachfrage", R, "personal-after-interview", "de", "personal",
  "Katrin Seidel <katrin.seidel@quellwerk.example>",
  "Re: Nachfrage zum Stand meiner Bewerbung",
  """Hallo Sam,

sorry, dass du so lange auf eine Antwort warten musstest – bei uns war im Oktober Land unter.

Leider haben wir uns gegen dich entschieden. Wir haben die Stelle als Produktmanager:in Smart Home an jemanden vergeben, der bereits Hardware-Erfahrung mitbringt.

Danke dir trotzdem für die Geduld und alles Gute!
Katrin

Katrin Seidel | Talent Acquisition | Quellwerk GmbH

Am 03.11.2026 um 09:12 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Katrin,
>
> ich wollte kurz nachfragen, ob es schon einen Stand zur Stelle als
> Produktmanager:in Smart Home gibt. Ich bin weiterhin sehr interessiert.
>
> Viele Grüße
> Sam""",
  ("katrin.seidel@quellwerk.example", "Katrin", "Quellwerk", "Produktmanager:in Smart Home"),
  region="DE", parent=True, wrap=False, notes="reply to Sam's chaser (Apple Mail quote); 'gegen dich entschieden'"),
M("de-personal-at-abgesagt-tippfehler", R, "personal-after-interview", "de", "personal",
  "Stefan Hofer <s.hofer@donauwerk-digital.example>",
  "Ihre Bewerbung",
  """Sehr geehrte/r Sam Taylor,

Danke nochmal für das nette Gesprch letzte Woche. Wir haben lange hin und her überlegt, uns aber letzendlich für einen Bewerber entschieden, der schon länger im österreichischen Markt tätig ist. Für die Position Digital Marketing Manager wird es daher leider nicht klappen.

Ich wünsch Ihnen alles Gute!

Mit besten Grüßen
Stefan Hofer
Donauwerk Digital GmbH | Linz
T +43 732 555 190""",
  ("s.hofer@donauwerk-digital.example", "Stefan", "Donauwerk Digital", "Digital Marketing Manager"),
  region="AT", notes="Austria; typos; 'wird es leider nicht klappen'"),
M("de-personal-on-hold-umstrukturierung", R, "role-cancelled", "de", "personal",
  "Annika Behrens <annika.behrens@kieler-stadtwerke.example>",
  "Stelle Referent:in Markenführung – aktueller Stand",
  """Liebe/r Sam Taylor,

ich wollte Ihnen transparent Bescheid geben: Die Geschäftsführung hat gestern entschieden, alle Neubesetzungen im Bereich Marketing bis zum zweiten Quartal 2027 auszusetzen. Das betrifft leider auch die Stelle Referent:in Markenführung, für die wir Sie gerne zum Zweitgespräch eingeladen hätten.

Wir schließen das Verfahren daher ab. Sollte die Stelle im nächsten Jahr neu ausgeschrieben werden, melde ich mich gern bei Ihnen – eine Zusage kann ich Ihnen dafür aber nicht geben.

Es tut mir sehr leid.

Viele Grüße
Annika Behrens
Personalentwicklung | Kieler Stadtwerke
0431 555 8812""",
  ("annika.behrens@kieler-stadtwerke.example", "Annika", "Kieler Stadtwerke", "Referent:in Markenführung"),
  region="DE", notes="hiring freeze; procedure closed; 'hätten eingeladen' (counterfactual invite)"),
M("de-personal-nach-probearbeitstag", R, "after-assessment", "de", "personal",
  "Jonas Krämer <jonas@kraemerundkraemer.example>",
  "Danke für den Probetag",
  """Hey Sam,

danke, dass du am Freitag den ganzen Tag bei uns warst – das Team mochte dich wirklich.

Wir haben uns am Montag zusammengesetzt und gemerkt, dass wir für die Stelle als Social Media Lead eher jemanden brauchen, der auch selbst Video schneidet und produziert. Deshalb machen wir mit dir an dieser Stelle nicht weiter, so ehrlich will ich sein.

Die Spesen für die Anreise überweisen wir dir diese Woche, schick mir bitte noch deine IBAN.

Liebe Grüße
Jonas
Krämer & Krämer Werbeagentur""",
  ("jonas@kraemerundkraemer.example", "Jonas", "Krämer & Krämer Werbeagentur", "Social Media Lead"),
  region="DE", notes="after trial day; verdict in middle; expenses admin after"),
M("de-personal-bundesbehoerde-formell", R, "public-sector", "de", "personal",
  "Referat Z 2 Personal <z2-personal@bundesamt-verbraucherinfo.example>",
  "Ihre Bewerbung auf die Ausschreibung BAV-2026-031",
  """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

hiermit teile ich Ihnen mit, dass Ihre Bewerbung auf die Stelle einer Referentin/eines Referenten für Presse- und Öffentlichkeitsarbeit (Ausschreibung BAV-2026-031) im Bundesamt für Verbraucherinformation nicht berücksichtigt werden konnte.

Nach dem Grundsatz der Bestenauslese (Art. 33 Abs. 2 GG) wurde die Stelle mit einer Bewerberin besetzt, die das Anforderungsprofil in höherem Maße erfüllt.

Die Unterlagen werden nach Ablauf von sechs Monaten vernichtet. Eine Rücksendung erfolgt nicht.

Mit freundlichen Grüßen
Im Auftrag
Dr. Ulrike Brandstätter
Referat Z 2 – Personal
Bundesamt für Verbraucherinformation""",
  ("z2-personal@bundesamt-verbraucherinfo.example", "Ulrike", "Bundesamt für Verbraucherinformation", "Referentin/eines Referenten für Presse- und Öffentlichkeitsarbeit"),
  region="DE", notes="federal authority; Bestenauslese; very formal; role stated in genitive form"),
M("de-personal-absage-am-ende", R, "personal-after-interview", "de", "personal",
  "Nils Ostermann <nils.ostermann@bruecke7.example>",
  "Unser Gespräch am Donnerstag",
  """Hallo Sam,

danke dir für das offene Gespräch am Donnerstag. Ich hab mir danach noch einige Gedanken gemacht, und ich glaube, du hast mit deinem Punkt zur Paywall-Strategie völlig recht – das haben wir intern auch direkt aufgegriffen. Spannend fand ich auch, wie ihr bei Calder Street die Redaktion und das Produktteam verzahnt.

Unser Team ist gerade in einer Phase, in der wir sehr viel selbst bauen, und für die Rolle Senior Product Manager Paid Content brauchen wir dafür jemanden mit tieferem technischen Hintergrund. Deswegen werden wir den Prozess mit dir nicht fortsetzen.

Wenn du magst, halte ich dich auf dem Laufenden, falls wir nächstes Jahr eine Strategie-Rolle aufmachen.

Viele Grüße
Nils
Brücke 7 Publishing | CPO""",
  ("nils.ostermann@bruecke7.example", "Nils", "Brücke 7 Publishing", "Senior Product Manager Paid Content"),
  region="DE", notes="verdict at end after long praise; 'Prozess nicht fortsetzen'"),
M("de-personal-ch-du-kurz", R, "terse", "de", "personal",
  "Lara Meier <lara@fluehli-design.example>",
  "Re: Bewerbung UX Writer",
  """Hoi Sam

Merci für deine Bewerbung! Wir haben die Stelle als UX Writer jetzt vergeben. Sorry und alles Gute!

Lara
Flühli Design GmbH""",
  ("lara@fluehli-design.example", "Lara", "Flühli Design", "UX Writer"),
  region="CH", parent=True, notes="Swiss casual; Hoi/Merci; role 'vergeben'"),
M("de-personal-recruiter-outlook-quote", R, "personal-after-interview", "de", "personal",
  "Sandra Köhler <sandra.koehler@vitalis-pharma.example>",
  "AW: Dankeschön für das Gespräch",
  """Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre freundliche Nachricht.

Leider muss ich Ihnen heute mitteilen, dass wir uns nach Abschluss aller Interviews für eine andere Kandidatin entschieden haben. Ihre Erfahrung in der Verlagsbranche ist beeindruckend, für die Position Manager Patientenkommunikation war uns jedoch Erfahrung im regulierten Gesundheitsumfeld besonders wichtig.

Ich wünsche Ihnen weiterhin viel Erfolg.

Freundliche Grüße
Sandra Köhler
Senior Recruiter
Vitalis Pharma GmbH
Tel.: +49 6151 555 330

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Freitag, 16. Oktober 2026 17:40
An: Sandra Köhler <sandra.koehler@vitalis-pharma.example>
Betreff: Dankeschön für das Gespräch

Liebe Frau Köhler,

herzlichen Dank für das angenehme Gespräch heute. Ich freue mich darauf, von Ihnen zu hören.

Beste Grüße
Sam Taylor""",
  ("sandra.koehler@vitalis-pharma.example", "Sandra", "Vitalis Pharma", "Manager Patientenkommunikation"),
  region="DE", parent=True, wrap=False, notes="Outlook quote of Sam's thank-you"),
M("de-personal-zeitarbeit-kunde-stoppt", R, "agency-recruiter", "de", "personal",
  "Melanie Wirth <melanie.wirth@tempoplus-personal.example>",
  "Ihr Einsatz bei Grünberg Haustechnik",
  """Hallo Sam Taylor,

ich habe leider keine guten Nachrichten: Grünberg Haustechnik hat die Anfrage für die Stelle als Marketing-Assistenz (Arbeitnehmerüberlassung, Start 01.12.) heute Morgen storniert. Der Kunde hat intern umgeplant und braucht die Unterstützung nicht mehr.

Ihr geplanter Einsatz dort entfällt damit. Ich schaue, ob ich Ihnen zeitnah etwas Vergleichbares anbieten kann, und rufe Sie an.

Freundliche Grüße
Melanie Wirth
Personaldisponentin
TempoPlus Personaldienstleistungen GmbH – Niederlassung Kassel
Tel. 0561 555 2040""",
  ("melanie.wirth@tempoplus-personal.example", "Melanie", "Grünberg Haustechnik", "Marketing-Assistenz"),
  region="DE", notes="temp agency; client cancelled the assignment; role cancelled"),
M("de-personal-auf-eis-gelegt", R, "role-cancelled", "de", "personal",
  "Philipp Stahl <philipp.stahl@kornfeld-foods.example>",
  "Kurze Info",
  """Hi Sam,

kurze Info von meiner Seite, bevor du von jemand anderem hörst: Die Stelle Brand Manager Snacks legen wir auf Eis. Wir gehen in eine Fusion und die Marketingstruktur wird komplett neu aufgesetzt. Damit ist der Prozess für dich leider erstmal beendet.

Sobald klar ist, wie es weitergeht, melde ich mich. Danke für deine Zeit und Geduld!

Philipp
Kornfeld Foods""",
  ("philipp.stahl@kornfeld-foods.example", "Philipp", "Kornfeld Foods", "Brand Manager Snacks"),
  region="DE", notes="role on ice due to merger; process ended for Sam"),
M("de-personal-top-reply-ueber-einladung", R, "personal-after-interview", "de", "personal",
  "Oliver Franke <oliver.franke@lichtblick-edtech.example>",
  "Re: Einladung zum Kennenlernen – Product Lead Lernplattform",
  """Hallo Sam,

kleine Planänderung, und leider keine schöne: Wir haben uns nach den Erstgesprächen doch entschieden, den Termin am 20. nicht mehr wahrzunehmen und uns auf zwei Kandidat:innen zu konzentrieren, die schon im Bildungsbereich gearbeitet haben. Für die Rolle Product Lead Lernplattform bist du damit raus – tut mir echt leid, gerade weil ich dich schon eingeladen hatte.

Oliver

Am 02.11.2026 um 14:05 schrieb Oliver Franke <oliver.franke@lichtblick-edtech.example>:
> Hallo Sam,
>
> super Neuigkeiten: Wir würden dich gern zum Kennenlernen vor Ort
> einladen! Passt dir der 20.11. um 10 Uhr in unserem Büro in Leipzig?
>
> Viele Grüße
> Oliver
> Lichtblick EdTech GmbH""",
  ("oliver.franke@lichtblick-edtech.example", "Oliver", "Lichtblick EdTech", "Product Lead Lernplattform"),
  region="DE", parent=True, wrap=False, notes="top reply cancels earlier invitation quoted below"),
]
