"""German-language messages (Germany, Austria, Switzerland): 20 rejections, 20 hard negatives."""

OWNER = "Sam Taylor <sam.taylor@example.org>"


def M(**kw):
    kw.setdefault("lang", "de")
    return kw


MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS style
M(slug="nordwerk-workday-absage", label="rejection", cat="ats-automated", style="ats", vendor="workday",
  brand="Nordwerk Energy AG", autoplain=True,
  frm="Nordwerk Energy Karriere <nordwerk@myworkday.com>",
  subject="Ihre Bewerbung bei Nordwerk Energy AG – Senior Product Marketing Manager (m/w/d)",
  text="""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Nordwerk Energy AG und für Ihre Bewerbung als Senior Product Marketing Manager (m/w/d) (Stellen-ID R-0048812).

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung Ihrer Unterlagen für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.

Wir bedanken uns für die Zeit, die Sie in Ihre Bewerbung investiert haben, und wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Über unser [[Karriereportal]] können Sie sich jederzeit auf weitere offene Stellen bewerben.

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Nordwerk Energy AG""",
  about="Nordwerk Energy AG – Energie für morgen. Wir sind stolz darauf, als Top-Arbeitgeber 2026 ausgezeichnet worden zu sein. Vielfalt ist uns wichtig: Wir begrüßen alle Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.",
  exp=("", "", "Nordwerk Energy AG", "Senior Product Marketing Manager (m/w/d)"),
  notes="DE; Workday; html2text plain with [image] and link list; most ordinary wording; verdict in 2nd paragraph; bilingual no-reply footer"),

M(slug="helvaria-successfactors-talentpool", label="rejection", cat="keep-on-file", style="ats", vendor="sf",
  brand="Helvaria Versicherungen AG",
  frm="Helvaria Recruiting <noreply@successfactors.eu>",
  subject="Ihre Bewerbung: Marketing Manager Digital Channels (80-100%)",
  text="""Guten Tag Sam Taylor

Herzlichen Dank für Ihre Bewerbung als Marketing Manager Digital Channels (80-100%) und das damit verbundene Interesse an der Helvaria. Wir haben Ihr Dossier mit grossem Interesse gelesen und Ihre Erfahrung im Medienumfeld sehr geschätzt.

Die Auswahl fiel uns nicht leicht, da wir zahlreiche qualifizierte Bewerbungen erhalten haben. Nach eingehender Prüfung müssen wir Ihnen jedoch mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Gerne würden wir Ihr Dossier für zukünftige Vakanzen in unserem Talentpool aufbewahren. Sind Sie damit einverstanden? Dann bestätigen Sie dies bitte über den untenstehenden Link. Ohne Ihre Zustimmung werden Ihre Daten nach 6 Monaten gelöscht.

[[Ja, Dossier im Talentpool aufbewahren]]

Für Ihre Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Freundliche Grüsse

Helvaria Versicherungen AG
Human Resources – Recruiting Center""",
  about="Helvaria – Seit 1882 an der Seite unserer Kundinnen und Kunden. Mit rund 5'400 Mitarbeitenden sind wir eine der führenden Versicherungsgruppen der Schweiz.",
  exp=("", "", "Helvaria Versicherungen AG", "Marketing Manager Digital Channels (80-100%)"),
  notes="CH; SuccessFactors; Swiss spelling (ss); praise then verdict; data-retention consent link"),

M(slug="flinkwerk-personio-du", label="rejection", cat="ats-automated", style="ats", vendor="personio",
  brand="Flinkwerk GmbH",
  frm="Flinkwerk Jobs <jobs@flinkwerk.jobs.personio.de>",
  subject="Deine Bewerbung als Growth Marketing Lead",
  text="""Hi Sam,

danke dir, dass du dir die Zeit genommen hast, dich bei uns als Growth Marketing Lead zu bewerben – wir haben uns wirklich darüber gefreut!

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende leider gegen deine entschieden. Für diese Rolle suchen wir jemanden mit mehr Erfahrung im Performance-Marketing für B2C-Apps.

Das ist keine Entscheidung gegen dich als Person, und wir würden uns freuen, wenn du unsere [[Karriereseite]] im Blick behältst.

Wenn du Fragen zu unserer Entscheidung hast, schreib gern direkt an Lena: lena.brandt@flinkwerk.example

Alles Gute und liebe Grüße
Lena aus dem People Team
Flinkwerk GmbH""",
  exp=("lena.brandt@flinkwerk.example", "Lena", "Flinkwerk GmbH", "Growth Marketing Lead"),
  notes="DE; Personio; start-up du-form; reply_to named in body of no-reply mail"),

M(slug="kessler-softgarden-besetzt", label="rejection", cat="ats-automated", style="ats", vendor="softgarden",
  brand="Kessler Antriebstechnik GmbH & Co. KG", html_only=True,
  frm="Kessler Antriebstechnik GmbH & Co. KG <noreply@softgarden.io>",
  subject="Rückmeldung zu Ihrer Bewerbung als Marketing Manager (m/w/d)",
  text="""Sehr geehrte(r) Sam Taylor,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Familienunternehmen.

Wir möchten Sie heute darüber informieren, dass die Stelle als Marketing Manager (m/w/d) an unserem Standort Schwäbisch Gmünd zwischenzeitlich besetzt werden konnte. Wir bitten um Ihr Verständnis, dass wir Ihre Bewerbung daher nicht weiter berücksichtigen können.

Ihre Daten werden gemäß den gesetzlichen Bestimmungen nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihren weiteren Lebensweg alles Gute.

Mit freundlichen Grüßen

i. A. Monika Steinhauser
Personalabteilung
Kessler Antriebstechnik GmbH & Co. KG""",
  exp=("", "Monika", "Kessler Antriebstechnik GmbH & Co. KG", "Marketing Manager (m/w/d)"),
  notes="DE; softgarden; HTML-only; Mittelstand; 'zwischenzeitlich besetzt'; signed by a person without an address"),

M(slug="uni-rheinau-dvinci-verfahren", label="rejection", cat="public-sector", style="ats", vendor="dvinci",
  brand="Universität Rheinau",
  frm="Universität Rheinau – Stellenportal <bewerbung@uni-rheinau.dvinci-hr.example>",
  subject="Ihre Bewerbung auf die Stelle Referent*in für Wissenschaftskommunikation (E 13 TV-L), Kennziffer 2026-114",
  text="""Sehr geehrte*r Sam Taylor,

nochmals vielen Dank für Ihre Bewerbung auf die Stelle Referent*in für Wissenschaftskommunikation (E 13 TV-L) in der Stabsstelle Kommunikation und Marketing.

Das Auswahlverfahren ist inzwischen abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie bei der Besetzung der Stelle nicht berücksichtigen konnten. Die Entscheidung ist unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten getroffen worden.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten nach Abschluss des Verfahrens gemäß den Bestimmungen des Allgemeinen Gleichbehandlungsgesetzes (AGG) gelöscht. Sie können Ihre Bewerbung unter [[Meine Bewerbungen]] jederzeit einsehen.

Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Im Auftrag
Dezernat Personal, Abteilung 3.2""",
  exp=("", "", "Universität Rheinau", "Referent*in für Wissenschaftskommunikation (E 13 TV-L)"),
  notes="DE; d.vinci; university public sector; Personalrat/AGG legal text; 'nicht berücksichtigen konnten'"),

M(slug="alpenmilch-rexx-auswahl", day="2026-10-12", label="rejection", cat="ats-automated", style="ats", vendor="rexx",
  brand="Alpenmilch eGen", autoplain=True,
  frm="Alpenmilch Recruiting <recruiting@alpenmilch.rexx-recruitment.example>",
  subject="Ihre Bewerbung - Brand Manager Käse & Spezialitäten (w/m/d)",
  text="""Sehr geehrte Frau/Herr Taylor,

wir bedanken uns nochmals herzlich für Ihre Bewerbung und das persönliche Gespräch in Salzburg.

Nach intensiver Abwägung aller Bewerbungen sind wir zum Ergebnis gekommen, dass wir Ihre Bewerbung in der engeren Auswahl nicht berücksichtigen können. Wir haben uns für eine Kandidatin entschieden, die bereits umfassende Erfahrung im österreichischen Lebensmitteleinzelhandel mitbringt.

Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können, und wünschen Ihnen für Ihre weitere berufliche Laufbahn viel Erfolg.

Für Rückfragen steht Ihnen Frau Mag. Theresa Huber (theresa.huber@alpenmilch.example, +43 662 40 18-210) gerne zur Verfügung.

Mit freundlichen Grüßen

Theresa Huber
Personalentwicklung & Recruiting
Alpenmilch eGen""",
  about="Hinweis gemäß Gleichbehandlungsgesetz: Für diese Position war ein kollektivvertragliches Mindestgehalt von EUR 4.100,- brutto/Monat ausgeschrieben.",
  exp=("theresa.huber@alpenmilch.example", "Theresa", "Alpenmilch eGen", "Brand Manager Käse & Spezialitäten (w/m/d)"),
  notes="AT; rexx; after interview but templated; html2text plain; contact person in body; Austrian salary notice"),

M(slug="rotenberg-stepstone-status", day="2026-10-01", label="rejection", cat="job-board-relay", style="ats", vendor="stepstone",
  brand="Rotenberg Logistik SE",
  frm="StepStone <bewerbung@stepstone.de>",
  subject="Statusänderung Ihrer Bewerbung bei Rotenberg Logistik SE",
  table=[("Position", "Head of Marketing Communications (m/w/d)"), ("Unternehmen", "Rotenberg Logistik SE"), ("Beworben am", "14.09.2026"), ("Status", "Absage")],
  text="""Hallo Sam Taylor,

es gibt Neuigkeiten zu Ihrer Bewerbung:

{table}

Das Unternehmen hat sich entschieden, den Auswahlprozess mit anderen Bewerberinnen und Bewerbern fortzusetzen. Nachricht des Arbeitgebers: "Vielen Dank für Ihr Interesse. Leider können wir Ihnen keine positive Rückmeldung geben."

Lassen Sie sich nicht entmutigen! Diese Jobs könnten Sie auch interessieren:

- [[Marketing Manager (m/w/d) – Hamburg]]
- [[Leiter Unternehmenskommunikation (m/w/d) – Bremen]]
- [[Content Marketing Lead (m/w/d) – Remote]]

Alle Bewerbungen finden Sie unter [[Meine Bewerbungen]].

Ihr StepStone Team""",
  exp=("", "", "Rotenberg Logistik SE", "Head of Marketing Communications (m/w/d)"),
  notes="DE; StepStone relay; bulk/list headers; status table 'Absage'; similar-jobs list"),

M(slug="grauwald-xing-nicht-weiter", label="rejection", cat="job-board-relay", style="ats", vendor="xing",
  brand="Grauwald Media GmbH", autoplain=True,
  frm="XING <mailrobot@mail.xing.com>",
  subject="Grauwald Media GmbH hat Ihre Bewerbung beantwortet",
  text="""Hallo Sam Taylor,

Grauwald Media GmbH hat auf Ihre Bewerbung als Senior Content Strategist geantwortet:

"Guten Tag, vielen Dank für Ihre Bewerbung. Nach Prüfung Ihrer Unterlagen haben wir uns dazu entschieden, Ihre Bewerbung nicht weiter zu verfolgen. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche. Beste Grüße, Carina Ott"

[[Nachricht ansehen]]

Passende Jobs für Sie:
- [[Content Lead – Köln – 58.000 € bis 70.000 €]]
- [[Redaktionsleitung Digital – Düsseldorf]]

Viele Grüße
Ihr XING Team""",
  exp=("", "Carina", "Grauwald Media GmbH", "Senior Content Strategist"),
  notes="DE; XING relay; employer message quoted inside platform mail; html2text plain; 'nicht weiter zu verfolgen'"),

M(slug="zollikon-teamtailor-de-fr", label="rejection", cat="ats-automated", style="ats", vendor="teamtailor",
  brand="Zollikon Digital AG",
  frm="Zollikon Digital AG <no-reply@teamtailor.com>",
  reply_to="Marco Keller <marco.keller@zollikon-digital.example>",
  subject="Ihre Bewerbung als Product Marketing Manager / Votre candidature",
  text="""Liebe*r Sam

Vielen Dank für Ihr Interesse an der Stelle als Product Marketing Manager bei Zollikon Digital und für das spannende Gespräch mit unserem Team.

Leider müssen wir Ihnen mitteilen, dass wir uns entschieden haben, Ihre Kandidatur nicht weiterzuverfolgen. Wir haben eine Person gefunden, deren Erfahrung im Schweizer B2B-SaaS-Markt sehr gut zu unserem aktuellen Bedarf passt.

Wir wünschen Ihnen alles Gute.

Freundliche Grüsse
Marco Keller, Head of Talent

— — —

Chère/Cher Sam,

Merci de votre intérêt pour le poste de Product Marketing Manager. Malheureusement, nous avons décidé de ne pas donner suite à votre candidature.

Meilleures salutations
Marco Keller""",
  exp=("marco.keller@zollikon-digital.example", "Marco", "Zollikon Digital AG", "Product Marketing Manager"),
  notes="CH; Teamtailor; German letter with a French second version; Reply-To a person"),

M(slug="lumaro-recruitee-stelle-zurueckgezogen", label="rejection", cat="role-cancelled", style="ats", vendor="recruitee",
  brand="Lumaro Health GmbH",
  frm="Lumaro Health GmbH <lumaro@mail.recruitee.com>",
  subject="Update zur Position Head of Growth",
  text="""Hallo Sam,

vielen Dank für deine Bewerbung als Head of Growth und die Gespräche der letzten Wochen.

Wir möchten dir transparent mitteilen, dass wir uns im Zuge einer Neuausrichtung unseres Go-to-Market-Teams entschieden haben, die Position Head of Growth vorerst nicht zu besetzen. Die Stellenausschreibung wurde deshalb zurückgezogen und der Bewerbungsprozess für alle Kandidat:innen beendet.

Das tut uns wirklich leid, gerade weil wir den Austausch mit dir sehr geschätzt haben. Sollte die Rolle im nächsten Jahr wieder aufgemacht werden, melden wir uns gerne bei dir.

Bei Fragen erreichst du Jan direkt unter jan.petersen@lumaro.example.

Viele Grüße
Jan Petersen
Co-Founder & COO, Lumaro Health""",
  exp=("jan.petersen@lumaro.example", "Jan", "Lumaro Health GmbH", "Head of Growth"),
  notes="DE; Recruitee; role withdrawn after restructuring; du-form; person named in body"),

# ---------------------------------------------------------------- rejections, personal
M(slug="berater-brenner-mandant", day="2026-10-05", label="rejection", cat="agency-recruiter", style="personal",
  frm="Stefan Wiegand <s.wiegand@wiegand-partner.example>",
  subject="AW: Rückmeldung Brenner Haustechnik",
  parent=True, parent_domain="example.org",
  text="""Hallo Sam,

wie versprochen melde ich mich nach dem Gespräch mit meinem Mandanten. Ich hätte dir gern etwas anderes geschrieben, aber Brenner Haustechnik hat sich für einen anderen Kandidaten entschieden. Ausschlaggebend war am Ende, dass er schon zehn Jahre B2B-Marketing im Handwerksumfeld gemacht hat – das konnten wir mit deinem Medienhintergrund nicht aufwiegen.

Das Feedback zu dir war ansonsten sehr gut: strukturiert, sympathisch, viele gute Ideen zum Thema Händlerkommunikation.

Ich habe aktuell noch zwei, drei Mandate im Bereich Marketing Leitung in der Pipeline und melde mich, sobald etwas Passendes dabei ist.

Beste Grüße
Stefan

--
Stefan Wiegand
Geschäftsführender Partner
Wiegand & Partner Personalberatung
Königsallee 61, 40212 Düsseldorf
Tel. +49 211 87 66 41-0 | Mobil +49 171 442 90 13

> Am 02.10.2026 um 09:12 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Hallo Stefan,
> gibt es schon Neuigkeiten von Brenner Haustechnik zur Stelle als Leitung Marketing? Das Gespräch mit Herrn Brenner junior war sehr angenehm.
> Viele Grüße, Sam""",
  exp=("s.wiegand@wiegand-partner.example", "Stefan", "Brenner Haustechnik", "Leitung Marketing"),
  notes="DE; Personalberater relays client's no; du-form; Apple Mail quote of Sam's chaser; role only in the quote"),

M(slug="wien-hm-lange-absage", label="rejection", cat="personal-after-interview", style="personal",
  frm="Dr. Katharina Lechner <k.lechner@donauverlag.example>",
  subject="Ihre Bewerbung als Leitung Audience Development",
  client_html=True,
  text="""Sehr geehrte/r Sam Taylor,

zunächst möchte ich mich – auch im Namen von Herrn Aigner und Frau Novak – sehr herzlich für die beiden Gespräche bedanken. Ihre Präsentation zur Weiterentwicklung unseres Newsletter-Portfolios hat uns nachhaltig beeindruckt, und wir haben im Team noch lange über Ihren Vorschlag zu den regionalen Ausgaben diskutiert.

Wir haben uns die Entscheidung wirklich nicht leicht gemacht. Am Ende ist unsere Wahl für die Leitung Audience Development jedoch auf eine Kandidatin gefallen, die den österreichischen Medienmarkt und unsere Vertriebspartner bereits seit vielen Jahren kennt. Für die Übergangsphase, die uns im kommenden Jahr bevorsteht, war uns das letztlich wichtiger.

Ich weiß, dass eine solche Nachricht nach einem so langen Prozess enttäuschend ist, und ich bedanke mich für Ihre Geduld. Sollten Sie ein ausführlicheres Feedback wünschen, rufen Sie mich gerne an – ich nehme mir dafür gerne eine halbe Stunde Zeit.

Ich wünsche Ihnen für Ihren weiteren Weg alles Gute und würde mich freuen, wenn sich unsere Wege wieder kreuzen.

Mit freundlichen Grüßen

Dr. Katharina Lechner
Chefredakteurin Digital
Donauverlag GmbH
Praterstraße 38, 1020 Wien
T +43 1 534 22-180""",
  exp=("k.lechner@donauverlag.example", "Katharina", "Donauverlag GmbH", "Leitung Audience Development"),
  notes="AT; hiring manager; long letter, verdict in the middle wrapped in praise; multipart text+html"),

M(slug="reply-intern-besetzt-outlook", day="2026-10-08", label="rejection", cat="internal-candidate", style="personal",
  frm="Andrea Schulte <andrea.schulte@hafenkontor.example>",
  subject="AW: Nachfrage Bewerbung Senior Brand Manager",
  parent=True, parent_domain="example.org",
  text="""Hallo Sam,

danke für die Nachfrage und entschuldigen Sie bitte die späte Rückmeldung – bei uns war es in den letzten Wochen sehr turbulent.

Wir haben die Stelle inzwischen intern besetzt. Eine Kollegin aus dem Produktmanagement wechselt zum 1. Januar ins Marketing, daher wird die Position nicht mehr extern vergeben.

Ich hätte Sie gern noch persönlich kennengelernt und wünsche Ihnen viel Erfolg!

Viele Grüße
Andrea Schulte
Personalreferentin | Hafenkontor Handelsgesellschaft mbH
Tel.: 040 31 77 58-24

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 5. Oktober 2026 10:03
An: Andrea Schulte <andrea.schulte@hafenkontor.example>
Betreff: Nachfrage Bewerbung Senior Brand Manager

Sehr geehrte Frau Schulte,

im August habe ich mich bei Ihnen als Senior Brand Manager beworben und wollte mich erkundigen, ob es zum Stand des Verfahrens schon Neuigkeiten gibt.

Mit freundlichen Grüßen
Sam Taylor""",
  exp=("andrea.schulte@hafenkontor.example", "Andrea", "Hafenkontor Handelsgesellschaft mbH", "Senior Brand Manager"),
  notes="DE; reply on top of Outlook-quoted chaser; 'intern besetzt'; Sie/first-name mix"),

M(slug="founder-kurz-iphone", day="2026-10-22", label="rejection", cat="terse", style="personal",
  frm="Felix Brandauer <felix@kiezkasse.example>",
  subject="Re: Danke für heute!",
  parent=True, parent_domain="example.org", wrap=False,
  text="""Hey Sam,

ich mach's kurz, weil ich finde, das gehört sich so: wir gehen mit jemand anderem weiter. War wirklich knapp. Hat Spaß gemacht mit dir!

LG Felix

Von meinem iPhone gesendet

> Am 21.10.2026 um 18:40 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Hi Felix, danke für das offene Gespräch heute zur Marketing-Rolle bei Kiezkasse. Ich bin nach wie vor total begeistert von eurer Idee!
> Viele Grüße, Sam""",
  exp=("felix@kiezkasse.example", "Felix", "Kiezkasse", ""),
  notes="DE; start-up founder du; very short mobile reply above the thread; no role title"),

M(slug="fwd-recruiterin-feedback-vogt", day="2026-10-16", label="rejection", cat="forwarded-about-owner", style="personal",
  frm="Julia Marquardt <julia.marquardt@tessin-optik.example>",
  subject="WG: Feedback Sam Taylor – Produktmarketing",
  text="""Hallo Sam,

leider keine gute Nachricht. Ich leite dir hier die Rückmeldung von Herrn Vogt weiter, weil er ein paar Punkte aufgeschrieben hat, die für dich hilfreich sein könnten. Für die Stelle Produktmarketing Manager Augenoptik geht es mit dir nicht weiter.

Wenn du magst, können wir gern nächste Woche kurz telefonieren.

Viele Grüße
Julia

Julia Marquardt | Talent Acquisition | Tessin Optik GmbH
+49 7071 55 18 92

---------- Weitergeleitete Nachricht ---------
Von: Thomas Vogt <thomas.vogt@tessin-optik.example>
Datum: Do., 15. Okt. 2026 um 16:22
Betreff: Feedback Sam Taylor – Produktmarketing
An: Julia Marquardt <julia.marquardt@tessin-optik.example>

Hallo Julia,

kurz zu Sam Taylor: sehr angenehmes Gespräch, starke Storytelling-Fähigkeiten, gute Fragen zu unserem Vertrieb. Für die Rolle brauchen wir aber jemanden, der schon Produkteinführungen im Medizinprodukte-Umfeld (MDR) begleitet hat. Da fehlt mir die Erfahrung, deshalb für mich leider kein Go.

Bitte gib Sam das gern so weiter.

Gruß
Thomas""",
  exp=("julia.marquardt@tessin-optik.example", "Julia", "Tessin Optik GmbH", "Produktmarketing Manager Augenoptik"),
  notes="DE; in-house recruiter forwards hiring manager's note about Sam; Gmail forward block"),

M(slug="mittelstand-kurzabsage-latin1", label="rejection", cat="terse", style="personal",
  frm="Petra Lindner <p.lindner@weber-verpackungen.example>",
  subject="Bewerbung Marketingreferent/in",
  charset="iso-8859-1",
  text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihr Interesse an unserem Unternehmen. Leider müssen wir Ihnen eine Absage erteilen.

Ihre Unterlagen senden wir Ihnen nicht zurück, da Sie sich per E-Mail beworben haben.

Mit freundlichen Grüßen

Petra Lindner
Personalabteilung
Weber Verpackungen GmbH
Industriestr. 14
33332 Gütersloh""",
  exp=("p.lindner@weber-verpackungen.example", "Petra", "Weber Verpackungen GmbH", "Marketingreferent/in"),
  notes="DE; Mittelstand; ISO-8859-1 quoted-printable; two-line refusal; role only in subject"),

M(slug="zuerich-einstellungsstopp", label="rejection", cat="role-cancelled", style="personal",
  frm="Nadine Brunner <nadine.brunner@limmat-mobility.example>",
  subject="Marketing Lead DACH – leider ein Update",
  client_html=True,
  text="""Hoi Sam

Ich muss dir leider etwas Unerfreuliches mitteilen. Wir haben letzte Woche vom Konzern einen Einstellungsstopp bis Ende Q1 bekommen. Die Stelle Marketing Lead DACH liegt damit bis auf Weiteres auf Eis, und ich kann dir ehrlich gesagt nicht sagen, ob sie im nächsten Jahr in dieser Form wieder ausgeschrieben wird.

Deshalb müssen wir den Prozess mit dir an dieser Stelle leider beenden – obwohl du nach dem Case-Gespräch auf unserer Shortlist ganz oben warst. Das ärgert mich ehrlich gesagt selbst.

Sobald sich etwas ändert, bist du die erste Person, die ich anrufe.

Liebe Grüsse
Nadine

Nadine Brunner
Head of People
Limmat Mobility AG | Hardturmstrasse 161 | 8005 Zürich
+41 44 520 31 07""",
  exp=("nadine.brunner@limmat-mobility.example", "Nadine", "Limmat Mobility AG", "Marketing Lead DACH"),
  notes="CH; hiring freeze; role on hold and process ended for Sam; praise ('ganz oben auf der Shortlist') after the verdict"),

M(slug="agentur-case-study-absage", label="rejection", cat="after-assessment", style="personal",
  frm="Moritz Hallbauer <moritz@studio-hallbauer.example>",
  subject="Deine Case Study / Strategy Director",
  text="""Liebe Sam,

vielen Dank nochmal für deine Präsentation am Dienstag. Du hast dir mit der Case Study zu unserem Kunden richtig viel Mühe gegeben, das haben alle gesehen.

Wir haben danach lange im Team diskutiert. Am Ende haben wir uns dagegen entschieden, dich für die Rolle als Strategy Director an Bord zu holen. Der Hauptgrund: uns fehlte in der Case Study ein bisschen die Brücke von der Analyse zur kreativen Idee, und genau das wird in der Rolle täglich gebraucht.

Ich weiß, das ist nicht das, was du hören wolltest. Wenn du magst, gehe ich die Präsentation gern mal Folie für Folie mit dir durch.

Mach's gut und bis hoffentlich bald
Moritz

Moritz Hallbauer
Geschäftsführer | Studio Hallbauer GmbH, München
0151 22 90 47 13""",
  exp=("moritz@studio-hallbauer.example", "Moritz", "Studio Hallbauer GmbH", "Strategy Director"),
  notes="DE; agency owner after a case-study presentation; du-form; 'dagegen entschieden, dich ... an Bord zu holen'"),

M(slug="stadt-winterau-bescheid-pdf", label="rejection", cat="public-sector", style="personal",
  frm="Personalamt Stadt Winterau <m.reichert@winterau.example>",
  subject="Ihre Bewerbung - Ausschreibung Nr. 47/2026 Sachbearbeitung Öffentlichkeitsarbeit",
  attach=[("Mitteilung_Auswahlverfahren_47-2026.pdf", "application/pdf", "%PDF-1.4\n% Mitteilung ueber den Ausgang des Auswahlverfahrens\n%%EOF\n")],
  text="""Sehr geehrte Damen und Herren,
sehr geehrte/r Sam Taylor,

in der Anlage übersenden wir Ihnen unser Schreiben zum Ausgang des Auswahlverfahrens für die Stelle Sachbearbeitung Öffentlichkeitsarbeit (EG 10 TVöD).

Leider konnten wir Ihre Bewerbung nicht berücksichtigen. Die Auswahlentscheidung wurde nach dem Grundsatz der Bestenauslese (Art. 33 Abs. 2 GG) getroffen.

Wir danken Ihnen für das unserer Verwaltung entgegengebrachte Interesse.

Mit freundlichen Grüßen
Im Auftrag

Martina Reichert
Stadt Winterau – Personalamt, Sachgebiet 10.2
Rathausplatz 1, 88212 Winterau
Telefon 0751 86-1024

Hinweis: Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""",
  exp=("m.reichert@winterau.example", "Martina", "Stadt Winterau", "Sachbearbeitung Öffentlichkeitsarbeit (EG 10 TVöD)"),
  notes="DE; municipality; letter as PDF attachment plus one-line verdict in body; confidentiality disclaimer"),

M(slug="inhouse-talentpool-klappt-nicht", label="rejection", cat="keep-on-file", style="personal",
  frm="Sophie Hartung <sophie.hartung@bergmann-sports.example>",
  subject="Bewerbung Brand Communications Manager – unser Feedback",
  text="""Hallo Sam,

ganz herzlichen Dank für das nette Videocall-Gespräch letzte Woche und dass Sie sich so flexibel Zeit genommen haben.

Leider hat es dieses Mal nicht geklappt: Wir haben uns für die Position Brand Communications Manager für eine Bewerberin entschieden, die bereits Sportartikel-Erfahrung mitbringt.

Ihr Profil hat uns aber gut gefallen, und ich würde mich freuen, wenn wir in Kontakt bleiben. Darf ich Ihre Unterlagen in unserem Talentpool behalten? Eine kurze Antwort auf diese Mail genügt.

Viele Grüße aus Herzogenaurach
Sophie Hartung
Senior Recruiter
Bergmann Sports AG

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Bergmann Sports AG, Registered office: Herzogenaurach, Register court: Fürth HRB 1234.""",
  exp=("sophie.hartung@bergmann-sports.example", "Sophie", "Bergmann Sports AG", "Brand Communications Manager"),
  notes="DE; 'hat es dieses Mal nicht geklappt'; talent-pool question; English legal disclaimer footer"),

# ---------------------------------------------------------------- other, ATS style
M(slug="ack-workday-keine-rueckmeldung", label="other", cat="ack-received", style="ats", vendor="workday",
  brand="Merkur Retail Group", autoplain=True,
  frm="Merkur Retail Group <merkur@myworkday.com>",
  subject="Eingangsbestätigung: Ihre Bewerbung als Category Marketing Manager (m/w/d)",
  text="""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihre Bewerbung als Category Marketing Manager (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig. Aufgrund der großen Anzahl an Bewerbungen können wir leider nicht jeder Bewerberin und jedem Bewerber eine individuelle Rückmeldung zum Stand des Verfahrens geben. Sollten Sie innerhalb von vier Wochen nichts von uns hören, werden wir Sie dennoch abschließend informieren – eine Absage erhalten Sie in jedem Fall schriftlich.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem [[Kandidatenkonto]] einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Merkur Retail Group""",
  notes="DE; acknowledgement that hedges about future refusals ('eine Absage erhalten Sie in jedem Fall'); Workday; html2text plain"),

M(slug="personio-einladung-termin", label="other", cat="interview-invite", style="ats", vendor="personio",
  brand="Sonnenfeld Solar GmbH",
  frm="Sonnenfeld Solar Recruiting <recruiting@sonnenfeld.jobs.personio.de>",
  subject="Einladung zum Kennenlernen – Marketing Manager B2C",
  text="""Hallo Sam,

vielen Dank für deine Bewerbung als Marketing Manager B2C. Wir haben uns deine Unterlagen angeschaut und möchten dich gern kennenlernen!

Leider ist der Termin, den wir dir telefonisch vorgeschlagen hatten (Dienstag, 10 Uhr), nicht mehr verfügbar. Bitte wähle dir über den folgenden Link einen neuen Slot für ein 45-minütiges Videogespräch mit Anna (Head of Marketing) und mir aus:

[[Termin auswählen]]

Wir freuen uns auf dich!

Viele Grüße
Tobias Renner
People & Culture, Sonnenfeld Solar GmbH""",
  notes="DE; Personio interview invitation; opens with a 'leider' about a time slot"),

M(slug="stepstone-jobalert", label="other", cat="job-alert", style="ats", vendor="stepstone",
  brand="StepStone",
  frm="StepStone Jobagent <jobagent@stepstone.de>",
  subject="7 neue Jobs für „Product Marketing Manager“ in Berlin",
  text="""Hallo Sam Taylor,

Ihr Jobagent hat 7 neue Stellenangebote für Sie gefunden:

- [[Product Marketing Manager (m/w/d) – Zalvon SE, Berlin]]
- [[Senior Product Marketing Manager – Brightbox GmbH, Berlin (hybrid)]]
- [[Marketing Manager Produkt (m/w/d) – Havelwerk AG, Potsdam]]
- [[Product Marketing Lead DACH – Nuvora, Remote]]

Die Stelle „Head of Product Marketing (m/w/d) – Spreeblick Media“, die Sie gespeichert haben, ist leider nicht mehr verfügbar.

Nicht das Richtige dabei? [[Jobagent anpassen]]

Ihr StepStone Team""",
  notes="DE; job alert digest; 'saved job no longer available' line (not an application)"),

M(slug="sf-uebertragung-andere-stelle", label="other", cat="requisition-transfer", style="ats", vendor="sf",
  brand="Rhenania Chemie AG",
  frm="Rhenania Chemie Karriere <karriere@successfactors.eu>",
  subject="Ihre Bewerbung – Änderung der Stellenzuordnung",
  table=[("Ursprüngliche Stelle", "Marketing Communications Manager (Req. 4471) – geschlossen"), ("Neue Stelle", "Communications Manager Specialty Chemicals (Req. 4528)"), ("Status", "In Prüfung")],
  text="""Sehr geehrte*r Sam Taylor,

die Ausschreibung, auf die Sie sich beworben hatten, wurde geschlossen, da wir die Aufgaben in einer neuen Stelle zusammengefasst haben. Da Ihr Profil sehr gut zu dieser neuen Position passt, haben wir Ihre Bewerbung – wie telefonisch mit Ihnen abgestimmt – dorthin übertragen.

{table}

Sie müssen nichts weiter tun. Wir melden uns in Kürze mit den nächsten Schritten bei Ihnen.

Mit freundlichen Grüßen
Talent Acquisition, Rhenania Chemie AG""",
  notes="DE; application transferred; old requisition shown 'geschlossen'; status 'In Prüfung'"),

M(slug="softgarden-engere-auswahl", label="other", cat="status-update", style="ats", vendor="softgarden",
  brand="Hansewerk Versorgung GmbH",
  frm="Hansewerk Versorgung GmbH <noreply@softgarden.io>",
  subject="Zwischenstand zu Ihrer Bewerbung als Referent Marketing (m/w/d)",
  text="""Sehr geehrte(r) Sam Taylor,

wir möchten Ihnen einen kurzen Zwischenstand geben: Ihre Bewerbung als Referent Marketing (m/w/d) befindet sich weiterhin im Auswahlverfahren, und Sie sind in der engeren Auswahl.

Da sich die Abstimmung mit dem Fachbereich verzögert, benötigen wir noch etwas Zeit. Wir bitten um Ihr Verständnis. Wir melden uns in jedem Fall bei Ihnen – unabhängig davon, ob es eine Zusage oder eine Absage wird.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
  notes="DE; interim status; shortlisted; 'Zusage oder Absage' hedge"),

M(slug="dvinci-online-assessment", day="2026-10-15", label="other", cat="assessment", style="ats", vendor="dvinci",
  brand="Bayerische Landesbausparkasse",
  frm="Bayerische Landesbausparkasse <bewerbung@lbs-bayern.dvinci-hr.example>",
  subject="Einladung zum Online-Assessment – Produktmanager Marketing",
  text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Produktmanager Marketing. Wir freuen uns, Sie zum nächsten Schritt unseres Auswahlverfahrens einzuladen: einem Online-Assessment (ca. 60 Minuten) mit Aufgaben zu logischem Denken und Situationsbeurteilung.

[[Zum Online-Assessment]]

Bitte schließen Sie den Test bis zum 24.10.2026 ab. Bitte beachten Sie: Wird der Test nicht fristgerecht abgeschlossen, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Mit freundlichen Grüßen
Ihr Personalmarketing-Team""",
  notes="DE; assessment invitation; conditional refusal clause about a missed deadline"),

M(slug="bank-karte-abgelehnt", label="other", cat="non-job-rejection", style="ats", vendor="inhouse",
  brand="Nordbank Direkt",
  frm="Nordbank Direkt <service@nordbank-direkt.example>",
  subject="Ihre Kartenzahlung wurde abgelehnt",
  table=[("Händler", "DB Fernverkehr Online"), ("Betrag", "129,90 EUR"), ("Karte", "Visa Debit •••• 4417"), ("Status", "Abgelehnt")],
  text="""Guten Tag Sam Taylor,

eine Zahlung mit Ihrer Karte wurde soeben abgelehnt:

{table}

Grund: Das Tageslimit Ihrer Karte wurde überschritten. Sie können Ihr Limit in der [[Nordbank App]] anpassen.

Waren Sie das nicht? Dann sperren Sie Ihre Karte bitte umgehend unter 0800 112 44 00.

Ihre Nordbank Direkt""",
  notes="DE; card payment declined; status table 'Abgelehnt'"),

M(slug="wohnung-portal-absage", label="other", cat="non-job-rejection", style="ats", vendor="inhouse",
  brand="WohnNest",
  frm="WohnNest <nachrichten@wohnnest.example>",
  subject="Absage: 2-Zimmer-Wohnung, Lindenstraße 12, Leipzig",
  headers={"List-Unsubscribe": "<{unsub}>"},
  text="""Hallo Sam Taylor,

der Anbieter hat auf Ihre Anfrage zur Wohnung „Helle 2-Zimmer-Wohnung mit Balkon, Lindenstraße 12“ geantwortet:

"Sehr geehrte Interessentin, sehr geehrter Interessent, vielen Dank für Ihre Bewerbung und Ihr Interesse an der Wohnung. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche. Hausverwaltung Kröger"

Ähnliche Wohnungen in Leipzig:
- [[2 Zi., 58 m², Gohlis – 690 € warm]]
- [[2,5 Zi., 64 m², Südvorstadt – 780 € warm]]

Ihr WohnNest-Team""",
  notes="DE; flat rental refusal relayed by a portal; same wording as a job rejection ('Bewerbung', 'für andere ... entschieden')"),

M(slug="eigenes-personio-kandidat-abgelehnt", label="other", cat="owner-hiring", style="ats", vendor="personio",
  brand="Calder Street Media",
  frm="Personio <notifications@calderstreet.personio.de>",
  subject="Bewerber:in abgelehnt: Jonas Meier – Content Strategist (m/w/d)",
  table=[("Bewerber:in", "Jonas Meier"), ("Stelle", "Content Strategist (m/w/d)"), ("Neuer Status", "Abgelehnt"), ("Geändert von", "Sam Taylor"), ("Absage-E-Mail", "Wird in 24 Stunden versendet")],
  text="""Hallo Sam,

in deinem Recruiting-Prozess gibt es eine Änderung:

{table}

Die Absage an die Bewerberin / den Bewerber wird automatisch mit der Vorlage „Absage nach Interview“ versendet. Du kannst den Versand bis dahin in Personio [[stoppen oder bearbeiten]].

Dein Personio-Team""",
  notes="DE; owner is hiring; HR system notice about a candidate Sam rejected"),

M(slug="teamtailor-rueckzug-bestaetigt", label="other", cat="withdrawal-confirmation", style="ats", vendor="teamtailor",
  brand="Isarblick Software GmbH",
  frm="Isarblick Software GmbH <no-reply@teamtailor.com>",
  subject="Bestätigung: Du hast deine Bewerbung zurückgezogen",
  text="""Hallo Sam,

wir bestätigen hiermit, dass du deine Bewerbung als Product Marketing Manager bei Isarblick Software zurückgezogen hast. Schade, dass es nicht passt – wir respektieren deine Entscheidung natürlich.

Deine Bewerbung ist jetzt geschlossen und wird nicht weiter bearbeitet. Deine Daten werden nach 6 Monaten automatisch gelöscht, sofern du nicht unserem [[Talent-Netzwerk]] beitrittst.

Alles Gute!
Das Isarblick Team""",
  notes="DE; withdrawal confirmation (Sam withdrew); 'Bewerbung ... geschlossen ... nicht weiter bearbeitet'"),

# ---------------------------------------------------------------- other, personal
M(slug="antwort-nachfrage-zweite-runde", day="2026-10-28", label="other", cat="answer-to-owner-question", style="personal",
  frm="Claudia Fenske <claudia.fenske@fenske-executive.example>",
  subject="Re: Kurze Nachfrage – Leitung Marketing Ostsee Touristik",
  parent=True, parent_domain="example.org",
  text="""Hallo Sam,

nein, ganz im Gegenteil! Entschuldigen Sie, dass ich mich so lange nicht gemeldet habe – der Kunde war zwei Wochen im Urlaub. Ostsee Touristik möchte Sie gern zu einem zweiten Gespräch in Rostock einladen, diesmal mit dem Geschäftsführer.

Passt Ihnen der 12. oder 13. November? Reisekosten werden übernommen.

Beste Grüße
Claudia Fenske
Fenske Executive Search | +49 381 44 90 27 11

> Von: Sam Taylor <sam.taylor@example.org>
> Gesendet: Dienstag, 27. Oktober 2026 08:51
> Betreff: Kurze Nachfrage – Leitung Marketing Ostsee Touristik
>
> Hallo Frau Fenske,
> ich wollte kurz nachfragen, ob sich Ostsee Touristik schon entschieden hat. Haben sie sich vielleicht für jemand anderen entschieden? Dann wäre ich für eine kurze Info dankbar.
> Viele Grüße, Sam Taylor""",
  notes="DE; Personalberater answers Sam's 'have they chosen someone else?' with a second-round invitation"),

M(slug="antwort-auf-dankesmail", day="2026-11-04", label="other", cat="reply-to-owner-followup", style="personal",
  frm="Jana Wolters <jana.wolters@kompass-reisen.example>",
  subject="Re: Ihre Bewerbung als Online Marketing Manager",
  parent=True, parent_depth=2, parent_domain="kompass-reisen.example",
  text="""Liebe Sam,

vielen Dank für Ihre nette Nachricht – kein Grund, sich zu entschuldigen, im Gegenteil! So eine Reaktion bekommen wir selten. Sehr gern bleiben wir in Kontakt, und ich habe mir Ihr Profil für das Frühjahr notiert, wenn wir das Team erweitern.

Herzliche Grüße
Jana Wolters

Am Mi., 4. Nov. 2026 um 11:20 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Liebe Frau Wolters,
> vielen Dank für Ihre offene Rückmeldung, auch wenn ich sie mir natürlich anders gewünscht hätte. Entschuldigen Sie bitte auch nochmals meine Verspätung beim ersten Gespräch. Ich würde mich freuen, in Kontakt zu bleiben.
> Beste Grüße, Sam Taylor
>
> Am Mo., 2. Nov. 2026 um 15:02 Uhr schrieb Jana Wolters <jana.wolters@kompass-reisen.example>:
>> Liebe Sam,
>> leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.
>> Herzliche Grüße, Jana Wolters""",
  notes="DE; recruiter answers Sam's thank-you after a rejection; rejection only in the quote"),

M(slug="kollege-kandidat-abgesagt", label="other", cat="owner-hiring", style="personal",
  frm="Tim Berger <tim.berger@example.org>",
  subject="Absage an Lukas / Junior Social Media",
  text="""Hi Sam,

kurzes Update: Ich habe Lukas heute Vormittag telefonisch abgesagt, wie wir es am Freitag besprochen hatten. Er war ziemlich enttäuscht und hat um ein schriftliches Feedback gebeten. Magst du mir zwei, drei Sätze zu seiner Case-Aufgabe schicken? Dann formuliere ich die Absage-Mail bis morgen.

Für die Stelle bleiben dann noch Mira und Deniz übrig, beide am Donnerstag im Finale.

Danke dir!
Tim

--
Tim Berger | Team Lead Social | Calder Street Media""",
  notes="DE; colleague at example.org about a candidate Sam's team rejected"),

M(slug="sam-sendet-absage", label="other", cat="owner-sent", style="personal",
  frm=OWNER, to="Lea Dornbusch <lea.dornbusch@mailbox.example>",
  subject="Ihre Bewerbung als Werkstudent*in Audience Research",
  text="""Liebe Frau Dornbusch,

vielen Dank für Ihre Bewerbung und das angenehme Gespräch letzte Woche.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben, die bereits Erfahrung mit unseren Analyse-Tools mitbringt. Die Entscheidung war knapp.

Wir wünschen Ihnen für Ihr Studium und Ihre weitere Suche alles Gute.

Beste Grüße
Sam Taylor
Head of Insights | Calder Street Media""",
  notes="DE; Sam's own sent rejection to a candidate"),

M(slug="konferenz-vortrag-nicht-angenommen", label="other", cat="non-job-rejection", style="personal",
  frm="Programmkomitee Growth Days <programm@growthdays-hamburg.example>",
  subject="Deine Einreichung für die Growth Days Hamburg 2027",
  text="""Hallo Sam,

vielen Dank für deine Einreichung „Newsletter als Produkt: was Medienhäuser von SaaS lernen können“ für die Growth Days Hamburg 2027.

Wir haben in diesem Jahr über 400 Vorschläge für 36 Slots bekommen. Leider konnten wir deinen Vortrag nicht ins Programm aufnehmen. Das Komitee fand das Thema spannend, aber wir hatten schon zwei sehr ähnliche Talks in der Auswahl.

Als kleines Dankeschön bekommst du mit dem Code SPEAKER27 20 % Rabatt auf dein Ticket.

Viele Grüße
Merle für das Programmkomitee""",
  notes="DE; conference talk not accepted"),

M(slug="angebot-vertrag-gehalt", day="2026-11-06", label="other", cat="offer", style="personal",
  frm="Birgit Sauer <birgit.sauer@elbtal-verlag.example>",
  subject="Vertragsangebot Senior Marketing Manager",
  attach=[("Vertragsangebot_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Arbeitsvertrag Entwurf\n%%EOF\n")],
  text="""Sehr geehrte/r Sam Taylor,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Dr. Kühn die Position als Senior Marketing Manager anbieten zu können. Anbei erhalten Sie den Vertragsentwurf.

Leider konnten wir beim Fixgehalt nicht ganz auf Ihre Vorstellung von 85.000 Euro eingehen; wir bieten Ihnen 79.000 Euro zuzüglich eines variablen Anteils von bis zu 10 %. Eine Überprüfung nach der Probezeit sagen wir Ihnen gern zu.

Bitte lassen Sie uns bis zum 20. November wissen, ob Sie das Angebot annehmen möchten.

Mit freundlichen Grüßen
Birgit Sauer
Leitung Personal, Elbtal Verlag GmbH, Dresden""",
  notes="DE; offer with PDF; a 'leider' about salary"),

M(slug="berater-stelle-besetzt-neue-mandate", label="other", cat="recruiter-outreach", style="personal",
  frm="Oliver Franke <oliver.franke@talentbruecke.example>",
  subject="Neue Mandate – Marketing Leitung",
  text="""Hallo Sam,

wir hatten im Juli über die Stelle bei dem Hamburger Versandhändler gesprochen – die ist inzwischen besetzt, aber das war ja ohnehin nicht ganz Ihr Thema.

Ich melde mich, weil ich gerade zwei neue Mandate bekommen habe, die deutlich besser passen könnten:
- Head of Brand bei einem Streaming-Anbieter in Köln (Remote-Anteil 60 %)
- Marketing Director DACH für eine skandinavische Medienmarke, Sitz Berlin

Hätten Sie diese Woche 20 Minuten für ein Telefonat?

Beste Grüße
Oliver Franke
Talentbrücke Personalberatung | +49 40 226 31 98""",
  notes="DE; recruiter pitches new roles; a role once discussed 'inzwischen besetzt' (Sam never applied)"),

M(slug="freundin-leitet-absage-weiter", day="2026-10-16", label="other", cat="forwarded", style="personal",
  frm="Hannah Roth <hannah.roth@mailbox.example>",
  subject="WG: Ihre Bewerbung bei der Kronberg Consulting",
  text="""Sam, schau dir das an. Nach VIER Runden! Ich bin echt bedient. Hast du nachher Zeit für ein Bier?

H.

-------- Weitergeleitete Nachricht --------
Betreff: Ihre Bewerbung bei der Kronberg Consulting
Datum: Fri, 16 Oct 2026 17:04:11 +0200
Von: Kronberg Consulting Recruiting <recruiting@kronberg-consulting.example>
An: Hannah Roth <hannah.roth@mailbox.example>

Sehr geehrte Frau Roth,

vielen Dank für Ihr Interesse und die Zeit, die Sie in unseren Auswahlprozess investiert haben. Leider müssen wir Ihnen mitteilen, dass wir Ihnen kein Angebot unterbreiten können.

Mit freundlichen Grüßen
Kronberg Consulting""",
  notes="DE; a friend forwards her own rejection"),

M(slug="zwischenstand-gf-urlaub", day="2026-11-09", label="other", cat="status-update", style="personal",
  frm="Ole Jansen <ole@fjordlight.example>",
  subject="Kurzer Zwischenstand",
  text="""Hi Sam,

kurzer Zwischenstand von uns, damit du nicht im Dunkeln sitzt: die Entscheidung für die Marketing-Stelle verzögert sich noch ein bisschen, weil unser Geschäftsführer bis Ende nächster Woche im Urlaub ist und wir die finale Runde nicht ohne ihn machen wollen.

Du bist weiterhin voll im Rennen – wir haben aktuell noch zwei Leute in der engeren Wahl. Ich melde mich spätestens am 20.11. mit einem Termin bei dir.

Sorry fürs Warten!
Ole

Ole Jansen | Fjordlight GmbH | Kiel""",
  notes="DE; process delayed, still deciding, Sam still in the running"),

M(slug="referenzanfrage-finale-phase", label="other", cat="reference-request", style="personal",
  frm="Dr. Ingrid Pohl <ingrid.pohl@pohl-search.example>",
  subject="Referenzen – Leitung Kommunikation Stiftung Auenwald",
  text="""Guten Tag Sam,

gute Nachrichten aus Bern: Die Stiftung Auenwald möchte den Prozess mit Ihnen in die finale Phase bringen. Bevor der Stiftungsrat entscheidet, würden wir gerne zwei Referenzen einholen.

Könnten Sie mir bis Freitag die Kontaktdaten von zwei ehemaligen Vorgesetzten senden? Selbstverständlich kontaktieren wir niemanden bei Ihrem aktuellen Arbeitgeber ohne Ihre ausdrückliche Zustimmung.

Freundliche Grüsse
Ingrid Pohl
Pohl Search AG, Bern | +41 31 318 22 40""",
  notes="CH; reference request in the final phase of Sam's own application"),
]
