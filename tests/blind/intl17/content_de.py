"""German messages (Germany, Austria, Switzerland): 16 rejections, 16 hard negatives."""
from content_common import AUTO, AUTO_LU, OWNER, rej

R, O = "rejection", "other"

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS style
dict(slug="de-brennwerk-personio-andere", label=R, cat="ats-automated", style="ats", variant="de-DE",
     vendor="personio", brand="Brennwerk Energie GmbH",
     frm="Brennwerk Energie GmbH <noreply@brennwerk.jobs.personio.de>", headers=AUTO,
     subject="Ihre Bewerbung als Product Marketing Manager (m/w/d)",
     exp=rej("", "", "Brennwerk Energie GmbH", "Product Marketing Manager (m/w/d)"),
     notes="standard wording; data-retention question",
     text="""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Manager (m/w/d) und das damit verbundene Interesse an der Brennwerk Energie GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns nach eingehender Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool speichern. Wenn Sie damit einverstanden sind, klicken Sie bitte auf den folgenden Link: [[Ja, Unterlagen behalten]]. Andernfalls werden Ihre Daten nach Ablauf von sechs Monaten gemäß DSGVO gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brennwerk Energie GmbH""",
     about="Die Brennwerk Energie GmbH versorgt seit 1998 über 400.000 Haushalte in Norddeutschland mit Ökostrom. Top-Arbeitgeber Mittelstand 2026."),

dict(slug="de-alpenfunk-softgarden-h2t", label=R, cat="ats-automated", style="ats", variant="de-AT",
     vendor="softgarden", brand="Alpenfunk Media GmbH", h2t=True,
     frm="Alpenfunk Media Karriere <alpenfunk-noreply@softgarden.io>", headers=AUTO_LU,
     subject="Rückmeldung zu Ihrer Bewerbung – Head of Audience Development",
     exp=rej("katharina.moser@alpenfunk.example", "Katharina", "Alpenfunk Media", "Head of Audience Development"),
     notes="html-to-text plain part; verdict in the middle of long praise; contact in body",
     text="""Sehr geehrte:r Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Head of Audience Development bei Alpenfunk Media und für die Zeit, die Sie sich für unseren Bewerbungsprozess genommen haben. Wir haben uns sehr über Ihr Interesse gefreut.

Ihr Werdegang bei Calder Street Media und Ihre Erfahrung mit Reichweitenanalysen haben uns beeindruckt, und die Entscheidung ist uns nicht leichtgefallen. Nach sorgfältiger Abwägung aller Bewerbungen können wir Ihre Bewerbung jedoch leider nicht weiter berücksichtigen. Ausschlaggebend waren vor allem die Erfahrung im österreichischen Radiomarkt und Deutschkenntnisse auf muttersprachlichem Niveau.

Bitte verstehen Sie, dass wir aufgrund der Vielzahl an Bewerbungen kein individuelles Feedback geben können. Bei Fragen steht Ihnen Katharina Moser (katharina.moser@alpenfunk.example) gerne zur Verfügung.

Schauen Sie gerne wieder auf unserer [[Karriereseite]] vorbei – wir würden uns freuen, wieder von Ihnen zu hören.

Freundliche Grüße aus Salzburg
Katharina Moser
People & Culture, Alpenfunk Media GmbH""",
     about="Alpenfunk Media GmbH · Linzer Gasse 12, 5020 Salzburg · FN 412233k · Landesgericht Salzburg"),

dict(slug="de-hafenlicht-stepstone-status", label=R, cat="job-board-relay", style="ats", variant="de-DE",
     vendor="stepstone", brand="Hafenlicht Logistik GmbH",
     frm="StepStone <noreply@stepstone.de>", headers=AUTO_LU,
     subject="Neuigkeiten zu Ihrer Bewerbung bei Hafenlicht Logistik GmbH",
     exp=rej("", "", "Hafenlicht Logistik GmbH", "Marketing Manager Digital (w/m/d)"),
     notes="job-board relay; status table; bulk headers; recommended jobs block",
     table=[("Position", "Marketing Manager Digital (w/m/d)"), ("Unternehmen", "Hafenlicht Logistik GmbH"), ("Status", "Absage")],
     text="""Hallo Sam,

es gibt Neuigkeiten zu Ihrer Bewerbung:

{table}

Das Unternehmen hat sich entschieden, Ihre Bewerbung nicht weiterzuverfolgen. Lassen Sie sich nicht entmutigen – passende Jobs warten schon auf Sie.

Das könnte Sie auch interessieren:
- Online Marketing Manager (m/w/d) – Nordwind Reisen, Hamburg
- Brand Manager (w/m/d) – Kesselhaus Getränke, Bremen
- Growth Marketing Lead – Pflückbar GmbH, Berlin (Remote möglich)

[[Alle Jobempfehlungen ansehen]]

Ihr StepStone-Team"""),

dict(slug="de-rheintal-successfactors-besetzt", label=R, cat="ats-automated", style="ats", variant="de-CH",
     vendor="successfactors", brand="Rheintal Versicherungen AG",
     frm="Rheintal Versicherungen Karriere <careers-noreply@successfactors.eu>", headers=AUTO,
     subject="Ihre Bewerbung: Senior Brand Manager (80-100%) – Ref. 24117",
     exp=rej("", "", "Rheintal Versicherungen AG", "Senior Brand Manager (80-100%)"),
     notes="position filled; Swiss spelling; bilingual legal footer",
     text="""Guten Tag Sam Taylor

Wir danken Ihnen für Ihr Interesse an der Stelle Senior Brand Manager (80-100%) und für die Zustellung Ihrer Bewerbungsunterlagen.

Wir möchten Sie darüber informieren, dass die Stelle inzwischen besetzt wurde. Ihr Dossier werden wir deshalb nicht weiter berücksichtigen.

Ihre Daten werden gemäss den geltenden Datenschutzbestimmungen nach Abschluss des Verfahrens gelöscht. Für künftige Stellen können Sie sich jederzeit über unser [[Karriereportal]] bewerben.

Freundliche Grüsse

Rheintal Versicherungen AG
Human Resources""",
     about="Rheintal Versicherungen AG, Bahnhofstrasse 40, 9000 St. Gallen. Nous sommes un employeur qui s'engage pour l'égalité des chances. Wir sind eine Arbeitgeberin, die sich für Chancengleichheit einsetzt."),

dict(slug="de-kornblume-join-geschlossen", label=R, cat="role-cancelled", style="ats", variant="de-CH",
     vendor="join", brand="Kornblume Studios AG",
     frm="Kornblume Studios via JOIN <notifications@join.com>", reply_to="Lukas Brunner <lukas.brunner@kornblume.example>",
     headers=AUTO,
     subject="Update zu Ihrer Bewerbung: Content Marketing Lead",
     exp=rej("lukas.brunner@kornblume.example", "Lukas", "Kornblume Studios AG", "Content Marketing Lead"),
     notes="requisition closed, role not filled; Reply-To a person",
     text="""Hallo Sam

Danke für Ihre Bewerbung als Content Marketing Lead bei der Kornblume Studios AG.

Wir haben uns entschieden, die Stelle vorerst nicht zu besetzen, und haben die Ausschreibung geschlossen. Das hat nichts mit Ihrem Profil zu tun – unser Budget für 2027 wurde gekürzt. Wir werden Ihre Bewerbung daher nicht weiterführen.

Falls Sie Fragen haben, antworten Sie einfach auf diese E-Mail.

Beste Grüsse
Lukas Brunner
Co-Founder, Kornblume Studios AG"""),

dict(slug="de-klarfeld-greenhouse-bilingual", label=R, cat="ats-automated", style="ats", variant="de-DE",
     vendor="greenhouse", brand="Klarfeld Software",
     frm="Klarfeld Software <no-reply@us.greenhouse-mail.io>", headers=AUTO,
     subject="Deine Bewerbung bei Klarfeld / Your application at Klarfeld",
     exp=rej("", "", "Klarfeld Software", "Senior Product Marketing Manager"),
     notes="German letter with English version below; du-form",
     text="""(English version below)

Hi Sam,

vielen Dank, dass du dich als Senior Product Marketing Manager bei Klarfeld Software beworben hast.

Wir haben alle Bewerbungen sorgfältig gesichtet und uns entschieden, mit anderen Kandidat:innen weiterzumachen. Wir wissen, dass das nicht die Nachricht ist, die du dir erhofft hast.

Wir würden uns freuen, wenn du unsere [[offenen Stellen]] weiter im Blick behältst.

Viele Grüße
Das Klarfeld Talent Team

---

Hi Sam,

Thank you for applying for the Senior Product Marketing Manager role at Klarfeld Software.

We have carefully reviewed all applications and decided to move forward with other candidates. We know this isn't the news you were hoping for.

Best wishes,
The Klarfeld Talent Team""",
     about="Klarfeld Software GmbH · Torstraße 109, 10119 Berlin · Klarfeld is an equal opportunity employer."),

# ---------------------------------------------------------------- rejections, personal
dict(slug="de-weigand-berater-mandant", label=R, cat="agency-recruiter", style="personal", variant="de-DE",
     frm="Thomas Weigand <t.weigand@weigand-partner.example>",
     subject="AW: Nordlicht Medien – Rückmeldung", parent=True, parent_domain="mail.example.org",
     exp=rej("t.weigand@weigand-partner.example", "Thomas", "Nordlicht Medien", "Leitung Marketing B2B"),
     notes="Personalberater passes on the client's decision; reply above quoted thread",
     text="""Hallo Sam,

danke für Ihre Geduld. Ich habe heute Vormittag mit der Geschäftsführung von Nordlicht Medien zur Position Leitung Marketing B2B gesprochen – leider hat sich mein Mandant am Ende für einen anderen Kandidaten entschieden, der etwas mehr Erfahrung im B2B-Verlagsgeschäft mitbringt. Ihr Auftritt im zweiten Gespräch kam sehr gut an, das soll ich ausdrücklich ausrichten.

Ich melde mich bei Ihnen, sobald ich ein passendes Mandat habe. Gerne können wir auch nächste Woche kurz telefonieren.

Beste Grüße
Thomas Weigand

Weigand & Partner Personalberatung
Königsallee 60, 40212 Düsseldorf
Tel. +49 211 5558 2140 | Mobil +49 170 5558 913

Am Mo., 9. Nov. 2026 um 18:02 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Herr Weigand,
>
> gibt es schon etwas Neues von Nordlicht Medien zur Position Leitung Marketing B2B? Ich bin weiterhin sehr interessiert.
>
> Viele Grüße
> Sam"""),

dict(slug="de-sonnberg-hm-finalrunde-lang", label=R, cat="personal-after-interview", style="personal", variant="de-AT",
     frm="Dr. Elisabeth Hainzl <elisabeth.hainzl@sonnberg-verlag.example>",
     subject="Ihre Bewerbung – Leitung Digitale Produkte",
     exp=rej("elisabeth.hainzl@sonnberg-verlag.example", "Elisabeth", "Sonnberg Verlag", "Leitung Digitale Produkte"),
     notes="hiring manager after the final round; long careful letter, verdict in the middle",
     text="""Liebe:r Sam Taylor,

zunächst möchte ich mich im Namen des ganzen Teams noch einmal herzlich für die Gespräche der letzten Wochen bedanken. Dass Sie für die Präsentation am Donnerstag eigens nach Wien gekommen sind, haben wir sehr geschätzt, und Ihre Analyse unserer Abo-Strecke hat in der Runde danach noch lange nachgewirkt.

Wir hatten in der Endrunde drei sehr unterschiedliche Profile, und wir haben uns die Entscheidung wirklich nicht leicht gemacht. Nach langer Diskussion haben wir uns schließlich knapp für eine Kandidatin entschieden, die bereits mehrere Jahre im Buchhandel gearbeitet hat und den österreichischen Markt aus erster Hand kennt. Ich möchte Ihnen diese Nachricht persönlich überbringen und nicht über ein Formular.

Falls Sie ein Feedback im Detail wünschen, rufe ich Sie gerne an – zwei, drei Punkte aus dem Case könnten für Sie auch jenseits unseres Verlags nützlich sein. Und sollte sich bei uns im nächsten Jahr im Bereich Produktentwicklung etwas ergeben, würde ich gerne auf Sie zukommen, wenn Sie einverstanden sind.

Ich wünsche Ihnen für Ihre weitere Suche alles Gute und hoffe, dass sich unsere Wege wieder kreuzen.

Mit herzlichen Grüßen
Elisabeth Hainzl

Dr. Elisabeth Hainzl
Verlagsleiterin
Sonnberg Verlag GmbH | Schottengasse 4, 1010 Wien
T +43 1 555 2290-14"""),

dict(slug="de-quellwerk-antwort-nachfrage-intern", label=R, cat="internal-candidate", style="personal", variant="de-DE",
     frm="Miriam Vogt <miriam.vogt@quellwerk.example>",
     subject="Re: Nachfrage Bewerbung Brand Manager", parent=True, parent_domain="mail.example.org",
     exp=rej("miriam.vogt@quellwerk.example", "Miriam", "Quellwerk", "Brand Manager"),
     notes="reply to Sam's chaser; filled internally; Outlook quote",
     text="""Hallo Sam,

sorry für die späte Rückmeldung, bei uns ist gerade viel los. Die Position als Brand Manager ist mittlerweile intern besetzt worden – eine Kollegin aus dem Vertrieb wechselt ins Marketing. Deshalb können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Danke Ihnen trotzdem für Ihr Interesse an Quellwerk!

Viele Grüße
Miriam Vogt
HR Business Partner
Quellwerk GmbH · Tel. 0341 555 77 210

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Dienstag, 3. November 2026 09:14
An: Miriam Vogt <miriam.vogt@quellwerk.example>
Betreff: Nachfrage Bewerbung Brand Manager

Hallo Frau Vogt,

ich habe mich vor vier Wochen auf die Stelle als Brand Manager beworben und wollte freundlich nachfragen, ob es schon einen Zwischenstand gibt.

Beste Grüße
Sam Taylor"""),

dict(slug="de-pixelhof-kurz-jemand-anderem", label=R, cat="terse", style="personal", variant="de-DE",
     frm="Jana Krüger <jana@pixelhof.example>",
     subject="Re: Growth Marketing bei Pixelhof", parent=True, parent_domain="mail.example.org",
     exp=rej("jana@pixelhof.example", "Jana", "Pixelhof", ""),
     notes="very short casual; du-form; mobile signature",
     text="""Hi Sam, kurze Info: wir gehen mit jemand anderem weiter. Danke dir für die Zeit und das nette Gespräch letzte Woche! Alles Gute für die Suche.

VG Jana

Von meinem iPhone gesendet"""),

dict(slug="de-referrer-felix-flusslauf", label=R, cat="referrer", style="personal", variant="de-DE",
     frm="Felix Hartmann <felix.hartmann@flusslauf.example>",
     subject="Kurz wegen deiner Bewerbung",
     exp=rej("felix.hartmann@flusslauf.example", "Felix", "Flusslauf", "Marketing Analytics Lead"),
     notes="referrer tells Sam what happened before the official mail",
     text="""Hey Sam,

ich wollte dir das lieber selbst sagen, bevor die offizielle Mail kommt: Ich hab gerade mit Anna aus dem Recruiting gesprochen, und sie haben sich für die Marketing Analytics Lead-Stelle leider für jemand anderen entschieden. Soweit ich das verstanden habe, ging es am Ende um SQL-Tiefe – der andere Kandidat kommt direkt aus einem Data-Team.

Tut mir echt leid, ich hatte dir da gute Chancen ausgerechnet. Wenn bei Flusslauf wieder was aufgeht, sag ich dir sofort Bescheid. Bier nächste Woche?

Felix"""),

dict(slug="de-lindgruen-weitergeleitet-fachbereich", label=R, cat="forwarded-note", style="personal", variant="de-DE",
     frm="Sabine Roth <sabine.roth@lindgruen.example>",
     subject="WG: Rückmeldung Fachbereich – Bewerbung Sam Taylor",
     exp=rej("sabine.roth@lindgruen.example", "Sabine", "Lindgrün", "Product Marketing Manager"),
     notes="recruiter forwards the hiring manager's internal verdict with a short note above",
     text="""Hallo Sam,

leider keine guten Nachrichten – anbei die Rückmeldung aus dem Fachbereich, ich leite sie Ihnen direkt weiter, damit Sie auch die Begründung haben. Es tut mir leid, dass es nicht geklappt hat.

Herzliche Grüße
Sabine Roth
Talent Acquisition, Lindgrün GmbH

---------- Weitergeleitete Nachricht ---------
Von: Markus Beck <markus.beck@lindgruen.example>
Datum: Mi., 18. Nov. 2026 um 16:40 Uhr
Betreff: Rückmeldung Fachbereich – Bewerbung Sam Taylor
An: Sabine Roth <sabine.roth@lindgruen.example>

Hi Sabine,

wir haben uns das Profil von Sam Taylor für die Stelle Product Marketing Manager nochmal im Team angeschaut. Sehr sympathisch im Gespräch, aber das Profil passt nicht nah genug an unsere Anforderungen im Bereich Hardware-Launches. Wir würden Sam daher nicht weiter berücksichtigen. Kannst du bitte absagen?

Danke dir
Markus"""),

dict(slug="de-eichwald-erneut-gesendet", label=R, cat="re-sent", style="personal", variant="de-CH",
     frm="Corinne Aebi <corinne.aebi@eichwald.example>",
     subject="Erneut gesendet: Ihre Bewerbung als Digital Marketing Manager",
     exp=rej("corinne.aebi@eichwald.example", "Corinne", "Eichwald Holding AG", "Digital Marketing Manager"),
     notes="re-sent after a bounce; rejection below an Outlook header",
     text="""Guten Tag Sam Taylor

Meine Nachricht vom 12. November ist offenbar nicht angekommen (wir haben einen Rückläufer erhalten), deshalb sende ich sie Ihnen gerne nochmals.

Freundliche Grüsse
Corinne Aebi

-----Ursprüngliche Nachricht-----
Von: Corinne Aebi
Gesendet: Donnerstag, 12. November 2026 10:05
An: Sam Taylor
Betreff: Ihre Bewerbung als Digital Marketing Manager

Guten Tag Sam Taylor

Vielen Dank für Ihre Bewerbung und das angenehme Gespräch mit Herrn Wyss und mir.

Nach reiflicher Überlegung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Person entschieden haben. Wir bedanken uns für Ihr Interesse an der Eichwald Holding AG und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Corinne Aebi
HR-Fachfrau
Eichwald Holding AG, Seestrasse 18, 6300 Zug
Tel. +41 41 555 62 30"""),

dict(slug="de-mosaik-auf-eis", label=R, cat="role-cancelled", style="personal", variant="de-DE",
     frm="Daniel Schuster <daniel.schuster@mosaik-commerce.example>",
     subject="Stelle Head of CRM – leider ein Update",
     exp=rej("daniel.schuster@mosaik-commerce.example", "Daniel", "Mosaik Commerce", "Head of CRM"),
     notes="role put on hold after restructuring; process stopped",
     text="""Hallo Sam,

ich muss Ihnen leider mitteilen, dass die Stelle Head of CRM aufgrund einer Umstrukturierung bei Mosaik Commerce auf Eis gelegt wurde. Wir werden den Bewerbungsprozess daher nicht weiterführen – auch nicht mit anderen Kandidat:innen.

Das ist ärgerlich, gerade weil Sie schon zwei Runden mit uns gedreht haben, und ich entschuldige mich für den Aufwand. Sobald die Stelle wieder freigegeben wird, was frühestens im Sommer sein dürfte, melde ich mich gerne bei Ihnen.

Viele Grüße
Daniel Schuster
Director Marketing
Mosaik Commerce GmbH | +49 89 5550 4471"""),

dict(slug="de-zollikon-case-formell", label=R, cat="after-assessment", style="personal", variant="de-CH",
     frm="Human Resources Zollikon Privatbank <jobs@zollikon-bank.example>",
     subject="Bewerbung Marketing Communications Manager – Entscheid",
     exp=rej("jobs@zollikon-bank.example", "Reto", "Zollikon Privatbank AG", "Marketing Communications Manager"),
     notes="formal Swiss letter after a case study; verdict after praise",
     text="""Sehr geehrte/r Sam Taylor

Wir danken Ihnen für die Bearbeitung der Fallstudie sowie für das Gespräch vom 20. November. Ihre Ausarbeitung zur Neupositionierung unseres Vorsorgeangebots war klar strukturiert und hat unsere Geschäftsleitung überzeugt, was die Kreativität betrifft.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Kandidatur für die Position Marketing Communications Manager dennoch nicht berücksichtigen können. In der finalen Beurteilung haben wir einer Person den Vorzug gegeben, die über vertiefte Erfahrung in der regulierten Finanzkommunikation verfügt.

Wir wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg und danken Ihnen für das Vertrauen, das Sie uns entgegengebracht haben.

Freundliche Grüsse

Reto Keller
Leiter Human Resources
Zollikon Privatbank AG
Dufourstrasse 31, 8008 Zürich
+41 44 555 18 00"""),

dict(slug="de-donauwelle-typos-danke", label=R, cat="personal-after-interview", style="personal", variant="de-AT",
     frm="Martin Gruber <m.gruber@donauwelle.example>",
     subject="Re: Danke für das Gespräch", parent=True, parent_domain="mail.example.org",
     exp=rej("m.gruber@donauwelle.example", "Martin", "Donauwelle", "Social Media Lead"),
     notes="reply to Sam's thank-you after interview; typos; short; Gmail quote",
     text="""Hallo Sam,

danke für deine nette Nachricht! Ich muss leider mit weniger guten news antworten: leider hat es diesmal mit der Social Media Lead stelle nich gepasst, wir haben uns für jemanden enschieden der schon länger im Team als Freelancer dabei war.

Hat mich aber sehr gefreut dich kennenzulernen, alles Gute!!

lg Martin
--
Martin Gruber | Donauwelle Kommunikation | +43 664 555 3190

Am Fr., 27. Nov. 2026 um 11:20 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Lieber Martin,
>
> vielen Dank nochmal für das angenehme Gespräch gestern zur Social Media Lead Rolle. Ich bin nach wie vor begeistert von Donauwelle und freue mich auf eure Rückmeldung.
>
> Liebe Grüße
> Sam"""),

# ---------------------------------------------------------------- hard negatives, ATS style
dict(slug="de-o-fernblick-personio-eingang", label=O, cat="ack-received", style="ats", variant="de-DE",
     vendor="personio", brand="Fernblick Reisen GmbH",
     frm="Fernblick Reisen GmbH <noreply@fernblick.jobs.personio.de>", headers=AUTO,
     subject="Eingangsbestätigung: Ihre Bewerbung als CRM Manager (m/w/d)",
     notes="hedging acknowledgement: will also tell you if not considered; volume disclaimer",
     text="""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als CRM Manager (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Sollten wir Sie nicht berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht. Aufgrund der Vielzahl an Bewerbungen bitten wir Sie, von telefonischen Nachfragen abzusehen.

Mit freundlichen Grüßen
Ihr Fernblick People Team""",
     about="Fernblick Reisen GmbH – seit 2004 Ihr Spezialist für nachhaltige Gruppenreisen. Ausgezeichnet als Great Place to Work® 2026."),

dict(slug="de-o-wegweiser-softgarden-einladung", label=O, cat="interview-invite", style="ats", variant="de-DE",
     vendor="softgarden", brand="Wegweiser Mobility GmbH", h2t=True,
     frm="Wegweiser Mobility <wegweiser-noreply@softgarden.io>", headers=AUTO,
     subject="Einladung zum Gespräch: Product Marketing Manager E-Mobility",
     button="Termin auswählen",
     notes="interview invitation; html-to-text plain; says 'leider' about slots",
     text="""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Manager E-Mobility. Wir freuen uns, Sie zu einem ersten Kennenlerngespräch (45 Minuten, per Teams) einzuladen.

Bitte wählen Sie über den folgenden Button einen passenden Termin aus. Leider können wir nur Termine in den kommenden zwei Wochen anbieten; sollte keiner passen, antworten Sie bitte an jobs@wegweiser.example.

Ihre Gesprächspartner: Nadine Albrecht (Teamlead Marketing) und Jan Petersen (Recruiting).

Wir freuen uns auf Sie!
Ihr Recruiting-Team von Wegweiser Mobility"""),

dict(slug="de-o-stepstone-jobalert", label=O, cat="job-alert", style="ats", variant="de-DE",
     vendor="stepstone", brand="StepStone",
     frm="StepStone Jobagent <jobagent@stepstone.de>", headers=AUTO_LU,
     subject="8 neue Jobs für „Product Marketing Manager“ in Hamburg",
     notes="job alert digest; one listing says 'Bewerbungsfrist abgelaufen'",
     text="""Hallo Sam,

Ihr Jobagent hat 8 neue Stellenangebote für Sie gefunden:

- Product Marketing Manager (m/w/d) – Seewind Energy, Hamburg – vor 1 Tag
- Senior Product Marketing Manager – Tidenhub GmbH, Hamburg – vor 2 Tagen
- Marketing Manager Produkt (w/m/d) – Elbkontor Versand, Hamburg – neu
- Product Marketing Lead DACH – Glasfaser Nord, Hamburg/Remote – vor 3 Tagen

Ihre gemerkte Stelle „Brand Manager – Nordkap Foods“: Bewerbungsfrist abgelaufen.

[[Alle 8 Jobs ansehen]]

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. [[Jobagent bearbeiten]]"""),

dict(slug="de-o-internal-hr-kandidat-abgelehnt", label=O, cat="owner-hiring", style="ats", variant="de-DE",
     vendor="internal", brand="Calder Street Media",
     frm="Calder Street Media HR <hr-system@example.org>", headers=AUTO,
     subject="Kandidat:in abgelehnt – Jonas Berger (Ihre Stelle: Content Lead)",
     notes="HR-system notice about Sam's own requisition",
     table=[("Stelle", "Content Lead (REQ-0412)"), ("Hiring Manager", "Sam Taylor"), ("Kandidat:in", "Jonas Berger"), ("Neuer Status", "Abgelehnt – Absage versendet")],
     text="""Hallo Sam,

für Ihre Ausschreibung wurde ein:e Kandidat:in in den Status „Abgelehnt“ verschoben:

{table}

Die Absage-E-Mail wurde automatisch an die Person verschickt. Sie müssen nichts weiter tun.

[[Zur Stelle im HR-System]]"""),

dict(slug="de-o-sparkasse-kredit-abgelehnt", label=O, cat="non-job-rejection", style="ats", variant="de-DE",
     vendor="bank", brand="Mainufer Direktbank",
     frm="Mainufer Direktbank <service@mainufer-bank.example>", headers=AUTO,
     subject="Ihr Kreditantrag Nr. 7731-0944 – Entscheidung",
     notes="loan application declined; same wording as a rejection",
     text="""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 15.000 EUR und das damit verbundene Vertrauen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihren Antrag derzeit nicht bewilligen können. Die Entscheidung beruht auf unserer internen Bonitätsbewertung; eine Auskunft nach Art. 15 DSGVO können Sie jederzeit in Ihrem [[Kundenportal]] anfordern.

Gerne können Sie in sechs Monaten einen neuen Antrag stellen.

Mit freundlichen Grüßen
Ihre Mainufer Direktbank""",
     about="Mainufer Direktbank AG · Neue Mainzer Straße 20, 60311 Frankfurt am Main · Einlagensicherung nach EdB."),

dict(slug="de-o-vierkant-greenhouse-uebertragen", label=O, cat="requisition-transfer", style="ats", variant="de-DE",
     vendor="greenhouse", brand="Vierkant Health",
     frm="Vierkant Health Recruiting <no-reply@us.greenhouse-mail.io>", reply_to="Ole Jansen <ole.jansen@vierkant.example>",
     headers=AUTO,
     subject="Ihre Bewerbung wurde auf eine andere Stelle übertragen",
     notes="application moved to another requisition; old posting closed",
     text="""Hallo Sam,

danke für Ihre Bewerbung als Product Marketing Manager Patient Apps. Diese Ausschreibung haben wir inzwischen geschlossen, weil wir die Rolle mit dem Bereich Growth zusammengelegt haben.

Ihr Profil passt aus unserer Sicht sehr gut zur neuen Stelle Growth Marketing Manager, deshalb haben wir Ihre Bewerbung dorthin übertragen. Sie müssen nichts tun – Ole Jansen aus dem Recruiting meldet sich in den nächsten Tagen, um einen Termin zu vereinbaren.

Viele Grüße
Vierkant Health Talent Team"""),

# ---------------------------------------------------------------- hard negatives, personal
dict(slug="de-o-wohnung-absage", label=O, cat="non-job-rejection", style="personal", variant="de-DE",
     frm="Hausverwaltung Lehmann <vermietung@hv-lehmann.example>",
     subject="Ihre Bewerbung für die Wohnung Gneisenaustraße 14, 3. OG",
     notes="flat application declined ('Bewerbung', 'andere Interessenten')",
     text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung in der Gneisenaustraße 14 und Ihr Kommen zur Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Ihre Unterlagen (Schufa, Gehaltsnachweise) werden wir gemäß Datenschutz innerhalb von 14 Tagen vernichten.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Petra Lehmann
Hausverwaltung Lehmann GmbH
Tel. 030 555 81 22"""),

dict(slug="de-o-foerderantrag-abgelehnt", label=O, cat="non-job-rejection", style="personal", variant="de-AT",
     frm="Mag. Johanna Pichler <j.pichler@medienfonds-noe.example>",
     subject="Förderantrag „Stadtgeschichten Podcast“ – Entscheidung des Beirats",
     notes="grant application declined",
     text="""Sehr geehrte/r Sam Taylor,

der Förderbeirat hat in seiner Sitzung vom 24. November über Ihren Förderantrag „Stadtgeschichten Podcast“ beraten.

Leider konnte Ihr Antrag in dieser Einreichrunde nicht berücksichtigt werden. Bei 84 eingereichten Projekten und einem Budget für 11 Förderungen war die Auswahl sehr knapp; der Beirat hat insbesondere die fehlende Kofinanzierung angemerkt.

Eine erneute Einreichung zum Stichtag 15. März ist möglich. Für ein Beratungsgespräch stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen
Johanna Pichler
Medienfonds Niederösterreich | Förderabwicklung
+43 2742 555 406"""),

dict(slug="de-o-konferenz-vortrag", label=O, cat="non-job-rejection", style="personal", variant="de-CH",
     frm="Programmkomitee Swiss Marketing Days <programm@marketingdays.example>",
     subject="Ihr Beitrag „Audience-Daten ohne Cookies“ – Rückmeldung",
     notes="conference talk declined; 'nicht berücksichtigen', 'andere Beiträge'",
     text="""Liebe:r Sam Taylor

Herzlichen Dank für die Einreichung Ihres Vortrags „Audience-Daten ohne Cookies“ für die Swiss Marketing Days 2027.

Wir haben über 210 Einreichungen erhalten. Leider können wir Ihren Beitrag dieses Jahr nicht berücksichtigen – das Komitee hat sich für andere Beiträge zum Thema Datenschutz entschieden. Gerne laden wir Sie mit einem Rabattcode (SPEAKER27) als Teilnehmer:in ein.

Beste Grüsse
Das Programmkomitee
Swiss Marketing Days, Bern"""),

dict(slug="de-o-owner-sent-absage", label=O, cat="owner-sent", style="personal", variant="de-DE",
     frm=OWNER, to="Lea Neumann <lea.neumann@mailbox.example>",
     subject="Ihre Bewerbung als Werkstudent:in Content",
     notes="Sam's own sent rejection to a candidate",
     text="""Hallo Frau Neumann,

vielen Dank für Ihre Bewerbung als Werkstudent:in Content bei Calder Street Media und das nette Gespräch am Montag.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Ihre Arbeitsproben haben uns gut gefallen – bitte bewerben Sie sich gerne wieder.

Viele Grüße
Sam Taylor
Head of Insights, Calder Street Media"""),

dict(slug="de-o-antwort-frage-zweite-runde", label=O, cat="answer-to-owner-question", style="personal", variant="de-DE",
     frm="Katrin Wolf <katrin.wolf@taktgeber.example>",
     subject="AW: Stand Bewerbung Senior Marketing Manager", parent=True, parent_domain="mail.example.org",
     notes="answer to Sam's 'have you gone with someone else?': second-round invitation",
     text="""Hallo Sam,

nein, ganz im Gegenteil – entschuldigen Sie bitte, dass Sie so lange nichts gehört haben. Wir würden Sie sehr gerne zum zweiten Gespräch mit unserem CMO einladen. Passt Ihnen Dienstag, 8. Dezember, 14 Uhr in unserem Büro in Köln?

Viele Grüße
Katrin Wolf
Recruiting, Taktgeber GmbH
0221 555 30 80

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 30. November 2026 08:47
An: Katrin Wolf <katrin.wolf@taktgeber.example>
Betreff: Stand Bewerbung Senior Marketing Manager

Hallo Frau Wolf,

ich habe seit unserem Telefonat vor drei Wochen nichts mehr gehört und wollte fragen, ob Sie sich bereits für eine:n andere:n Kandidat:in entschieden haben. Eine kurze Info wäre super – auch wenn es eine Absage ist.

Viele Grüße
Sam Taylor"""),

dict(slug="de-o-antwort-auf-dank-nach-absage", label=O, cat="reply-to-owner-followup", style="personal", variant="de-AT",
     frm="Stefan Huber <stefan.huber@bergquell.example>",
     subject="Re: Ihre Bewerbung als Marketing Manager", parent=True, parent_domain="mail.example.org", parent_depth=2,
     notes="recruiter answers Sam's thank-you; the rejection is only in the quote",
     text="""Hallo Sam,

danke für Ihre freundliche Antwort, das kommt nicht oft vor! Gerne bleiben wir in Kontakt – ich habe Sie mir für das Frühjahr vorgemerkt, da planen wir zwei neue Stellen im Marketing.

Schönes Wochenende
Stefan Huber

Am 2. Dez. 2026 um 17:31 schrieb Sam Taylor <sam.taylor@example.org>:
> Lieber Herr Huber,
>
> danke für die Rückmeldung, auch wenn ich mir natürlich etwas anderes gewünscht hätte. Ich würde mich freuen, wenn Sie mich bei künftigen Stellen berücksichtigen.
>
> Beste Grüße
> Sam
>
> Am 1. Dez. 2026 um 09:12 schrieb Stefan Huber <stefan.huber@bergquell.example>:
>> Hallo Sam,
>>
>> leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.
>>
>> Viele Grüße
>> Stefan Huber"""),

dict(slug="de-o-berater-pitch", label=O, cat="recruiter-outreach", style="personal", variant="de-DE",
     frm="Vanessa Lorenz <vanessa.lorenz@kopfwerk-search.example>",
     subject="Head of Marketing (m/w/d) – vertraulich",
     notes="headhunter pitch; mentions other candidates and a 'kein Interesse' opt-out",
     text="""Hallo Sam,

ich bin Personalberaterin bei Kopfwerk Search und betreue aktuell exklusiv die Besetzung einer Position als Head of Marketing (m/w/d) bei einem wachsenden Medienhaus in München (ca. 250 MA, inhabergeführt).

Ihr Profil bei Calder Street Media ist mir aufgefallen, weil Sie Insights und Marke verbinden – genau das sucht mein Mandant. Gehalt bis 120k plus Bonus, 2 Tage Homeoffice.

Hätten Sie diese Woche Zeit für ein kurzes, vertrauliches Telefonat? Falls kein Interesse besteht, reicht mir ein kurzes „Nein danke“ – dann melde ich mich nicht wieder.

Viele Grüße
Vanessa Lorenz
Kopfwerk Search GmbH | +49 89 555 62 011"""),

dict(slug="de-o-angebot-gehalt-leider", label=O, cat="offer", style="personal", variant="de-DE",
     frm="Julia Brandt <julia.brandt@seestern-media.example>",
     subject="Vertragsangebot – Senior Insights Manager",
     attach=[("Vertragsangebot_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Vertragsangebot (Platzhalter)\n%%EOF\n")],
     notes="offer; 'leider' about salary; PDF attachment",
     text="""Hallo Sam,

ich freue mich sehr, Ihnen im Namen von Seestern Media die Position als Senior Insights Manager anbieten zu dürfen! Das Team war nach dem letzten Gespräch einhellig begeistert.

Leider können wir beim Fixgehalt nicht ganz auf Ihre Vorstellung von 95.000 EUR eingehen; wir bieten 90.000 EUR plus einen variablen Anteil von 10 %. Die Details finden Sie im angehängten Vertragsangebot.

Wir würden uns über eine Rückmeldung bis Freitag, 11. Dezember, freuen.

Herzliche Grüße
Julia Brandt
People Lead, Seestern Media GmbH
+49 40 555 71 900"""),

dict(slug="de-o-kollege-absage-kandidatin", label=O, cat="owner-hiring", style="personal", variant="de-DE",
     frm="Tobias Meier <tobias.meier@example.org>",
     subject="Re: Absage Kandidatin Content Lead", parent=True, parent_domain="example.org",
     notes="colleague at example.org about a candidate Sam rejected",
     text="""Hi Sam,

hab Frau Schäfer gestern wie besprochen abgesagt. Sie war ziemlich enttäuscht und hat um Feedback gebeten – kannst du mir zwei, drei Sätze schicken, was für die andere Kandidatin gesprochen hat? Dann antworte ich ihr morgen.

Danke!
Tobias

> Tobias, bitte sag Frau Schäfer ab, wir gehen mit Frau Yilmaz weiter. – Sam"""),

dict(slug="de-o-entscheidung-verzoegert", label=O, cat="status-update", style="personal", variant="de-CH",
     frm="Nicole Baumann <nicole.baumann@talwind.example>",
     subject="Kurzer Zwischenstand – Product Lead Marketing",
     notes="decision delayed, Sam still in the running",
     text="""Grüezi Sam

Ich wollte mich kurz melden, damit Sie nicht im Ungewissen bleiben: Unsere Entscheidung für die Stelle Product Lead Marketing verzögert sich leider um etwa zwei Wochen, weil unser CEO krankheitsbedingt ausgefallen ist. Sie sind weiterhin im Rennen – wir haben noch zwei Kandidat:innen in der engeren Auswahl, und Sie sind eine davon.

Ich melde mich spätestens am 18. Dezember, egal wie die Entscheidung ausfällt.

Freundliche Grüsse
Nicole Baumann
HR, Talwind AG | +41 31 555 40 12"""),
]
