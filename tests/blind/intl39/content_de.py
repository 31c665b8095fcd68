"""German messages of intl39: 16 rejections, 16 hard negatives (DE, AT, CH)."""
OWN = "Sam Taylor <sam.taylor@example.org>"

REJ = [
dict(slug="kulturstiftung-personio-pressereferat", label="rejection", cat="ats-automated", lang="de", country="DE", style="ats",
     vendor="personio", brand="Stiftung Kulturraum Nord",
     frm="Stiftung Kulturraum Nord <noreply@jobs.personio.de>",
     subject="Ihre Bewerbung als Referent:in Presse- und Öffentlichkeitsarbeit (m/w/d)",
     exp=("", "", "Stiftung Kulturraum Nord", "Referent:in Presse- und Öffentlichkeitsarbeit (m/w/d)"),
     text="""Guten Tag Sam Taylor,

vielen Dank für Ihr Interesse an der Stiftung Kulturraum Nord und für Ihre Bewerbung als Referent:in Presse- und Öffentlichkeitsarbeit (m/w/d).

Leider müssen wir Ihnen mitteilen, dass wir uns nach eingehender Prüfung aller Unterlagen für andere Bewerber:innen entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer Qualifikation.

Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool speichern. Wenn Sie damit einverstanden sind, klicken Sie bitte auf den folgenden Link: [[Ja, in den Talentpool aufnehmen]]. Ohne Ihre Zustimmung werden Ihre Daten nach sechs Monaten gemäß DSGVO gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Team Personal
Stiftung Kulturraum Nord""",
     about="Die Stiftung Kulturraum Nord fördert seit 1998 Kunst, Kultur und kulturelle Bildung in Norddeutschland.",
     notes="talent-pool consent; ordinary"),

dict(slug="hanse-verlag-softgarden-corporate-publishing", label="rejection", cat="ats-automated", lang="de", country="DE", style="ats",
     vendor="softgarden", brand="Hanseatische Verlagsgruppe", h2t=True,
     frm="Hanseatische Verlagsgruppe <hanseatische-verlagsgruppe@softgarden.io>",
     reply_to="Hanseatische Verlagsgruppe <noreply@softgarden.io>",
     subject="Rückmeldung zu Ihrer Bewerbung – Redakteur:in Corporate Publishing (m/w/d)",
     exp=("", "Franziska", "Hanseatische Verlagsgruppe", "Redakteur:in Corporate Publishing (m/w/d)"),
     text="""Sehr geehrte:r Sam Taylor,

haben Sie vielen Dank für Ihre Bewerbung und das Vertrauen, das Sie damit in die Hanseatische Verlagsgruppe setzen. Wir haben uns Ihre Unterlagen mit großem Interesse angesehen – Ihre Arbeitsproben aus dem Newsroom von Calder Street Media haben uns gut gefallen, und Ihre Erfahrung mit Magazinformaten ist beeindruckend.

Bei der Besetzung der Position Redakteur:in Corporate Publishing (m/w/d) hatten wir jedoch eine außergewöhnlich hohe Zahl qualifizierter Bewerbungen. Nach sorgfältiger Abwägung sind Sie diesmal nicht in die engere Auswahl gekommen. Wir wissen, dass eine solche Nachricht enttäuschend ist, und bitten um Ihr Verständnis.

Wir würden uns freuen, wenn Sie unsere Karriereseite weiter im Blick behalten: [[Aktuelle Stellenangebote]].

Herzliche Grüße aus der Speicherstadt
Franziska Oltmanns
Recruiting & Employer Branding""",
     about="Die Hanseatische Verlagsgruppe verlegt 40 Zeitschriften und betreut Kundenmagazine für 60 Unternehmen. Ausgezeichnet als Top-Arbeitgeber Medien 2026.",
     notes="html2text plain; verdict mid-letter wrapped in praise; reply-to also noreply"),

dict(slug="rundfunk-workday-status-social", label="rejection", cat="ats-automated", lang="de", country="DE", style="ats",
     vendor="workday", brand="Westdeutscher Medienverbund",
     frm="Westdeutscher Medienverbund Karriere <wmv@myworkday.com>",
     subject="Aktualisierung Ihrer Bewerbung R-04417",
     exp=("", "", "Westdeutscher Medienverbund", "Redakteur*in Social Media"),
     text="""Hallo Sam Taylor,

der Status Ihrer Bewerbung hat sich geändert. Eine Übersicht finden Sie jederzeit im Kandidatenportal.

{table}

Wir bedanken uns für Ihr Interesse am Westdeutschen Medienverbund. Im Auswahlverfahren für diese Stelle werden Sie nicht weiter berücksichtigt.

Ihr Recruiting-Team""",
     table=[("Stelle", "Redakteur*in Social Media"), ("Referenz", "R-04417"), ("Standort", "Köln"), ("Status", "Nicht berücksichtigt"), ("Datum", "Heute")],
     button="Zum Kandidatenportal", notes="status table; verdict terse"),

dict(slug="museum-wien-successfactors-intern-besetzt", label="rejection", cat="internal-candidate", lang="de", country="AT", style="ats",
     vendor="successfactors", brand="Museumsquartier Donau",
     frm="Museumsquartier Donau – Recruiting <recruiting@successfactors.eu>",
     subject="Ihre Bewerbung: Leitung Kommunikation & Marketing",
     exp=("bewerbung@mqd.example", "", "Museumsquartier Donau", "Leitung Kommunikation & Marketing"),
     text="""Sehr geehrte Damen und Herren, sehr geehrte:r Sam Taylor,

wir danken Ihnen für Ihre Bewerbung um die Position Leitung Kommunikation & Marketing im Museumsquartier Donau und für die Zeit, die Sie in Ihre Unterlagen investiert haben.

Wir möchten Sie darüber informieren, dass die Position zwischenzeitlich intern nachbesetzt wurde. Das Auswahlverfahren ist damit abgeschlossen.

Für Rückfragen steht Ihnen unser Team unter bewerbung@mqd.example gerne zur Verfügung.

Mit freundlichen Grüßen
Personalabteilung
Museumsquartier Donau GmbH
Museumsplatz 4, 1070 Wien""",
     about="Gemäß Art. 13 DSGVO informieren wir Sie, dass Ihre Bewerbungsdaten sechs Monate nach Abschluss des Verfahrens gelöscht werden.",
     notes="filled internally; address in body; Austria"),

dict(slug="zuerich-agentur-teamtailor-gestoppt", label="rejection", cat="role-cancelled", lang="de", country="CH", style="ats",
     vendor="teamtailor", brand="Fabrik Sieben Live",
     frm="Fabrik Sieben Live <jobs@fabrik-sieben.teamtailor-mail.com>",
     reply_to="Lara Keller <lara.keller@fabriksieben.example>",
     subject="Update zur Stelle Senior Eventmanager:in",
     exp=("lara.keller@fabriksieben.example", "Lara", "Fabrik Sieben Live", "Senior Eventmanager:in"),
     text="""Hallo Sam

Danke nochmals für das gute Gespräch letzte Woche – wir haben es sehr geschätzt.

Leider müssen wir dir mitteilen, dass wir die Stelle Senior Eventmanager:in nicht besetzen werden. Ein grosser Kundenetat, für den wir die Position geschaffen hatten, wurde kurzfristig verschoben, und wir haben die Ausschreibung deshalb zurückgezogen. Das hat nichts mit dir oder deinem Profil zu tun.

Falls sich die Lage im Frühling ändert, würden wir uns gerne wieder bei dir melden.

Liebe Grüsse
Lara Keller
People & Culture, Fabrik Sieben Live""",
     notes="Du; Swiss spelling (no ß); requisition withdrawn after interview; reply-to person"),

dict(slug="stepstone-messe-absage", label="rejection", cat="job-board-relay", lang="de", country="DE", style="ats",
     vendor="stepstone", brand="StepStone",
     frm="StepStone <noreply@stepstone.de>",
     subject="Neuigkeiten zu Ihrer Bewerbung bei Messe Rheinland Events GmbH",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     exp=("", "", "Messe Rheinland Events GmbH", "Projektmanager Kongresse & Events (m/w/d)"),
     text="""Hallo Sam,

es gibt Neuigkeiten zu Ihrer Bewerbung.

{table}

Messe Rheinland Events GmbH hat sich leider gegen eine weitere Berücksichtigung Ihrer Bewerbung entschieden. Lassen Sie sich nicht entmutigen – passende Jobs für Sie:

- Eventmanager:in Kultur – Düsseldorf
- Referent Veranstaltungen (m/w/d) – Essen
- Projektleitung Messen – Köln

[[Alle Jobvorschläge ansehen]]""",
     table=[("Unternehmen", "Messe Rheinland Events GmbH"), ("Stelle", "Projektmanager Kongresse & Events (m/w/d)"), ("Status", "Absage")],
     notes="job-board relay; bulk headers; job list under verdict"),

dict(slug="jobsch-festival-luzern-besetzt", label="rejection", cat="job-board-relay", lang="de", country="CH", style="ats",
     vendor="jobsch", brand="jobs.ch",
     frm="jobs.ch <noreply@jobs.ch>",
     subject="Statusänderung: Projektleiter/in Kommunikation – Seefestival Luzern",
     headers={"List-Unsubscribe": "<{unsub}>"},
     exp=("", "", "Seefestival Luzern", "Projektleiter/in Kommunikation"),
     text="""Guten Tag Sam Taylor

Der Status Ihrer Bewerbung wurde vom Unternehmen aktualisiert.

Projektleiter/in Kommunikation
Seefestival Luzern · Luzern · 80–100%

Neuer Status: Stelle besetzt

Das Unternehmen hat die Stelle mit einer anderen Person besetzt. Ihre Bewerbung wird nicht weiterverfolgt.

[[Meine Bewerbungen]]""",
     html_only=True, notes="job-board relay; HTML-only; 'Stelle besetzt'"),

dict(slug="stiftung-recruitee-zweisprachig", label="rejection", cat="ats-automated", lang="de", country="DE", style="ats",
     vendor="recruitee", brand="Europäische Stiftung für Medienvielfalt",
     frm="Europäische Stiftung für Medienvielfalt <careers@mail.recruitee.com>",
     reply_to="talent@esmv.example",
     subject="Ihre Bewerbung / Your application – Communications Officer (m/w/d)",
     exp=("talent@esmv.example", "", "Europäische Stiftung für Medienvielfalt", "Communications Officer (m/w/d)"),
     text="""(English version below)

Liebe:r Sam Taylor,

vielen Dank für Ihre Bewerbung als Communications Officer (m/w/d) bei der Europäischen Stiftung für Medienvielfalt.

Wir haben alle Bewerbungen sorgfältig gesichtet. Ihr Profil passt in einigen Punkten nicht ausreichend zu den Anforderungen der Stelle, daher können wir Ihre Bewerbung nicht weiter berücksichtigen.

Viele Grüße
Das Team der Europäischen Stiftung für Medienvielfalt

———

Dear Sam Taylor,

Thank you for applying for the Communications Officer position. After careful review, we will not be taking your application further, as your profile does not match the requirements closely enough.

Kind regards
The ESMV team""",
     notes="German letter + English version; reply-to team address"),

dict(slug="verlag-hiring-manager-lang-mitte", label="rejection", cat="personal-after-interview", lang="de", country="DE", style="personal",
     frm="Dr. Henrike Wagenknecht <h.wagenknecht@lindenhof-verlag.example>",
     subject="Ihr Gespräch bei uns – Leitung Presse",
     exp=("h.wagenknecht@lindenhof-verlag.example", "Henrike", "Lindenhof Verlag", "Leitung Presse"),
     text="""Sehr geehrte:r Sam Taylor,

ich möchte mich zunächst sehr herzlich für das ausführliche Gespräch am vergangenen Donnerstag bedanken. Es war für uns ausgesprochen anregend, mit Ihnen über die Pressearbeit für unser Herbstprogramm, die Zusammenarbeit mit den Feuilletons und die Frage zu sprechen, wie ein literarischer Verlag auf Social Media sichtbar bleibt, ohne beliebig zu werden. Ihre Ideen zur Autorenkommunikation haben wir im Lektorat noch lange diskutiert.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Kandidatin entschieden, die bereits viele Jahre im Literaturbetrieb arbeitet und die Kontakte zu den Redaktionen unmittelbar mitbringt – für die Leitung Presse war dies in der jetzigen Phase ausschlaggebend. Ich hoffe, Sie können diese Entscheidung nachvollziehen.

Ihre Erfahrung in der Medienarbeit und Ihre Schreibe haben uns dennoch überzeugt, und ich würde mich freuen, wenn wir in Kontakt bleiben. Wenn Sie einmal in Leipzig sind, trinken wir gerne einen Kaffee, und zur Buchmesse sind Sie selbstverständlich auf unserem Empfang willkommen.

Mit herzlichen Grüßen
Henrike Wagenknecht

Dr. Henrike Wagenknecht
Verlegerin | Lindenhof Verlag
Karl-Heine-Straße 22, 04229 Leipzig
T +49 341 555 2810""",
     notes="Sie; long letter, verdict in middle; invitation to stay in touch"),

dict(slug="personalberatung-wien-kunde-du", label="rejection", cat="agency-recruiter", lang="de", country="AT", style="personal",
     frm="Matthias Gruber <m.gruber@gruber-partner.example>",
     subject="AW: Kommunikationsleitung Alpenbahn Tourismus",
     parent=True,
     exp=("m.gruber@gruber-partner.example", "Matthias", "Alpenbahn Tourismus", "Kommunikationsleitung"),
     text="""Servus Sam,

kurzes Update von meiner Seite: Ich hab heute mit der Geschäftsführung von Alpenbahn Tourismus telefoniert. Sie haben sich für die Kommunikationsleitung für eine andere Kandidatin entschieden, die schon aus der Tourismusbranche kommt. Ehrlich gesagt war's knapp, dein Case hat ihnen sehr gut gefallen.

Tut mir leid, dass es diesmal nix geworden ist. Ich melde mich, sobald ich was Passendes auf dem Tisch hab – das Mandat bei einem Salzburger Festival könnte im Jänner spruchreif werden.

Lg
Matthias

--
Matthias Gruber
Gruber & Partner Personalberatung
Mariahilfer Straße 88, 1070 Wien
+43 1 555 47 12

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 9. November 2026 08:14
An: Matthias Gruber <m.gruber@gruber-partner.example>
Betreff: Kommunikationsleitung Alpenbahn Tourismus

Hallo Matthias,
gibt es schon Neuigkeiten vom Kunden? Ich bin weiterhin sehr interessiert.
Viele Grüße, Sam""",
     notes="Du; Austrian; agency relays client's no; Outlook quote of Sam's chaser; pitch of future mandate"),

dict(slug="kurz-vergeben-antwort-nachfrage", label="rejection", cat="terse", lang="de", country="DE", style="personal",
     frm="Jana Petersen <jana@nordlicht-pr.example>",
     subject="Re: Nachfrage Bewerbung Junior PR Consultant",
     parent=True, client_html=True,
     exp=("jana@nordlicht-pr.example", "Jana", "Nordlicht PR", "Junior PR Consultant"),
     text="""Hallo Sam, sorry für die späte Rückmeldung – wir haben die Stelle inzwischen vergeben. Trotzdem danke & alles Gute!
Jana

Von meinem iPhone gesendet

> Am 12.10.2026 um 09:02 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Liebe Frau Petersen,
> ich wollte mich freundlich nach dem Stand meiner Bewerbung als Junior PR Consultant bei Nordlicht PR erkundigen.
> Viele Grüße
> Sam Taylor""",
     notes="very short; reply above Sam's chaser; iPhone"),

dict(slug="weiterleitung-fachabteilung-pressestelle", label="rejection", cat="forwarded-about-owner", lang="de", country="DE", style="personal",
     frm="Katrin Vogt <katrin.vogt@stadtwerke-elbtal.example>",
     subject="WG: Rückmeldung Fachbereich – Pressesprecher:in",
     exp=("katrin.vogt@stadtwerke-elbtal.example", "Katrin", "Stadtwerke Elbtal", "Pressesprecher:in"),
     text="""Guten Tag Sam Taylor,

wie telefonisch angekündigt leite ich Ihnen die Rückmeldung unseres Fachbereichs weiter. Leider ist es keine Zusage – ich hätte Ihnen gern etwas anderes geschrieben.

Freundliche Grüße
Katrin Vogt
Personalservice, Stadtwerke Elbtal
Tel. 0351 555 3390

---------- Weitergeleitete Nachricht ---------
Von: Bernd Hoffmann <bernd.hoffmann@stadtwerke-elbtal.example>
Datum: Di., 3. Nov. 2026 um 16:40
Betreff: Rückmeldung Fachbereich – Pressesprecher:in
An: Katrin Vogt <katrin.vogt@stadtwerke-elbtal.example>

Hallo Katrin,

wir haben uns im Team nach den zweiten Gesprächen für Herrn Öztürk entschieden. Bitte Sam Taylor mit Dank absagen – sehr sympathisch, aber für uns fehlt die Erfahrung mit Krisenkommunikation im Versorgerumfeld. Wenn Sam möchte, gebe ich gern ein kurzes Feedback am Telefon.

Gruß
Bernd""",
     notes="HR forwards department's note about Sam; Gmail forward block"),

dict(slug="srf-aehnlich-sparpaket-verfahren-eingestellt", label="rejection", cat="role-cancelled", lang="de", country="CH", style="personal",
     frm="Reto Brunner <reto.brunner@radio-alpenland.example>",
     subject="Stelle Produzent/in Kultur – Verfahren eingestellt",
     exp=("reto.brunner@radio-alpenland.example", "Reto", "Radio Alpenland", "Produzent/in Kultur"),
     text="""Grüezi Sam Taylor

Ich melde mich bei Ihnen wegen der Stelle Produzent/in Kultur, für die Sie im Oktober bei uns in Bern waren.

Wie Sie vielleicht aus der Presse erfahren haben, muss Radio Alpenland im kommenden Jahr erheblich sparen. Die Geschäftsleitung hat entschieden, mehrere offene Stellen nicht zu besetzen, darunter auch diese. Wir stellen das Auswahlverfahren deshalb ein. Das ist für alle Beteiligten unbefriedigend, und ich bedaure es persönlich sehr, weil Sie in der engsten Auswahl waren.

Ob und wann die Stelle wieder ausgeschrieben wird, ist offen. Ich würde mich dann gerne direkt bei Ihnen melden, wenn Sie einverstanden sind.

Freundliche Grüsse
Reto Brunner
Leiter Kultur Audio
Radio Alpenland, Schwarztorstrasse 21, 3007 Bern
+41 31 555 64 20""",
     notes="role cancelled (budget); was shortlisted; Swiss"),

dict(slug="museum-graz-praesentation-latin1", label="rejection", cat="after-assessment", lang="de", country="AT", style="personal",
     frm="Mag. Elisabeth Huber <elisabeth.huber@kunsthaus-mur.example>",
     subject="Ihre Präsentation – Kuratorische Assistenz Vermittlung",
     charset="iso-8859-1",
     exp=("elisabeth.huber@kunsthaus-mur.example", "Elisabeth", "Kunsthaus an der Mur", "Kuratorische Assistenz Vermittlung"),
     text="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Präsentation zum Vermittlungsprogramm unserer Frühjahrsausstellung. Die Kommission hat alle vier Präsentationen am Freitag gemeinsam besprochen.

Ihr Konzept war sprachlich stark, aus Sicht der Kommission aber zu wenig auf unsere Schulprogramme zugeschnitten. Wir haben uns deshalb entschieden, die Stelle Kuratorische Assistenz Vermittlung anderweitig zu vergeben. Sie waren in diesem Verfahren leider nicht erfolgreich.

Ich danke Ihnen für Ihr Engagement und wünsche Ihnen alles Gute.

Mit freundlichen Grüßen

Mag. Elisabeth Huber
Leitung Kunstvermittlung
Kunsthaus an der Mur, Lendkai 1, 8020 Graz
T +43 316 555 190""",
     notes="after presentation; iso-8859-1; Austrian title"),

dict(slug="eventagentur-gruender-du-tippfehler", label="rejection", cat="personal-after-interview", lang="de", country="DE", style="personal",
     frm="Kai <kai@ruckzuck-events.example>",
     subject="Re: Projektleitung Events – Feedback",
     parent=True,
     exp=("kai@ruckzuck-events.example", "Kai", "Ruckzuck Events", "Projektleitung Events"),
     text="""hey Sam,

danke nochmal für den Nachmittag bei uns, das Team fand dich super symphatisch!! Wir haben lange hin und her überlegt, aber wir haben uns jetzt gegen dich entschieden, für die Projektleitung Events brauchen wir grade jemanden der schon Großveranstaltungen >5000 Leute gemacht hat und das passt gerade leider nicht.

Lass uns gern in Kontakt bleiben, vlt ergibt sich für freie Projekte mal was?

viele grüße aus Kreuzberg
Kai

Kai Lindner | Gründer & GF
Ruckzuck Events GmbH
0176 555 82 301""",
     notes="Du; typos; casual; keep in touch offer for freelance"),

dict(slug="bern-festival-zweisprachig-de-fr", label="rejection", cat="personal-after-interview", lang="de", country="CH", style="personal",
     frm="Nadia Roth <nadia.roth@festival-aare.example>",
     subject="Ihre Bewerbung / Votre candidature – Medienverantwortliche:r",
     exp=("nadia.roth@festival-aare.example", "Nadia", "Festival an der Aare", "Medienverantwortliche:r"),
     text="""Sehr geehrte:r Sam Taylor

(version française ci-dessous)

Herzlichen Dank für Ihre Bewerbung und das angenehme Videogespräch. Nach reiflicher Überlegung müssen wir Ihnen leider absagen: Für die Position Medienverantwortliche:r beim Festival an der Aare ist fliessendes Schweizerdeutsch im Umgang mit den Lokalmedien unverzichtbar, und hier haben andere Kandidierende einen Vorsprung.

Wir wünschen Ihnen viel Erfolg.

Chère, cher Sam Taylor,

Un grand merci pour votre candidature et pour l'entretien vidéo. Après réflexion, nous devons malheureusement vous informer que nous ne retenons pas votre candidature pour ce poste.

Freundliche Grüsse / Meilleures salutations
Nadia Roth
Leitung Kommunikation, Festival an der Aare
+41 31 555 77 02""",
     notes="German letter + French version (Bern); interview by video"),
]

OTH = [
dict(slug="personio-eingang-hedge", label="other", cat="ack-received", lang="de", country="DE", style="ats",
     vendor="personio", brand="Agentur Klartext & Bild",
     frm="Agentur Klartext & Bild <noreply@jobs.personio.de>",
     subject="Eingangsbestätigung: Senior Texter:in (m/w/d)",
     text="""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung als Senior Texter:in (m/w/d) bei Klartext & Bild. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sichten alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Sollten wir Ihre Bewerbung nicht weiter berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht – niemand wartet bei uns vergeblich.

Viele Grüße
Ihr Klartext-Team""",
     notes="acknowledgement hedging about a future no"),

dict(slug="softgarden-weitergeleitet-andere-stelle", label="other", cat="requisition-transfer", lang="de", country="DE", style="ats",
     vendor="softgarden", brand="Deutsches Hörspielhaus",
     frm="Deutsches Hörspielhaus <deutsches-hoerspielhaus@softgarden.io>",
     subject="Ihre Bewerbung wurde weitergeleitet",
     text="""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Bewerbung als Referent:in Veranstaltungen. Diese Ausschreibung haben wir inzwischen geschlossen.

Ihr Profil passt aus unserer Sicht jedoch sehr gut zu einer neu geschaffenen Stelle: Referent:in Digitale Kommunikation. Wir haben Ihre Bewerbung deshalb mit Ihrem Einverständnis aus dem Telefonat an diese Stelle weitergeleitet. Sie müssen nichts weiter tun; die Fachabteilung meldet sich in Kürze wegen eines Gesprächstermins.

Freundliche Grüße
Ihr Recruiting-Team""",
     table=None, notes="old requisition closed; application moved to a new role; interview to follow"),

dict(slug="intern-hr-system-absage-versendet", label="other", cat="owner-hiring", lang="de", country="DE", style="ats",
     vendor="internal", brand="Calder Street Media",
     frm="Calder Street Media HR-System <hr-system@example.org>",
     subject="[Stelle 2026-117 Volontariat Redaktion] Absage an Bewerber:in versendet",
     text="""Hallo Sam,

für Ihre Stelle wurde eine Statusänderung vorgenommen:

{table}

Die Absage-Vorlage „Nach Gespräch“ wurde automatisch an die Bewerberin versendet. Noch 3 Bewerbungen in Ihrer Stelle warten auf Ihre Bewertung.

[[Stelle öffnen]]""",
     table=[("Stelle", "2026-117 Volontariat Redaktion"), ("Bewerberin", "Mira Schütte"), ("Neuer Status", "Abgelehnt"), ("Geändert von", "Sam Taylor")],
     notes="Sam is hiring; own requisition; rejection sent to a candidate"),

dict(slug="stepstone-jobalert-absage-ratgeber", label="other", cat="job-alert", lang="de", country="DE", style="ats",
     vendor="stepstone", brand="StepStone",
     frm="StepStone Jobagent <jobagent@stepstone.de>",
     subject="12 neue Jobs für „Kommunikation“ – plus: Was tun nach einer Absage?",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     text="""Hallo Sam,

Ihr Jobagent hat 12 neue Stellen gefunden:

- Referent:in Unternehmenskommunikation – Hamburg
- Redakteur:in Online (m/w/d) – Köln
- Eventmanager:in Kulturprojekte – Berlin
- Pressesprecher:in Landesmuseum – Stuttgart

[[Alle 12 Jobs ansehen]]

Ratgeber der Woche: Eine Absage ist kein Urteil über Sie. So formulieren Sie eine freundliche Antwort, wenn ein Unternehmen sich für andere Bewerber:innen entschieden hat – und bleiben im Gespräch. [[Jetzt lesen]]""",
     notes="job alert with advice article on rejections"),

dict(slug="successfactors-schreibprobe", label="other", cat="assessment", lang="de", country="DE", style="ats",
     vendor="successfactors", brand="Bayerischer Mediendienst",
     frm="Bayerischer Mediendienst <recruiting@successfactors.eu>",
     subject="Nächster Schritt: Schreibprobe für die Stelle Redakteur:in Hörfunk",
     text="""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Ihnen mitzuteilen, dass Sie die erste Auswahlstufe erfolgreich durchlaufen haben.

Als nächsten Schritt bitten wir Sie, eine Schreibprobe anzufertigen (Bearbeitungszeit: 90 Minuten, Zeitraum frei wählbar bis zum 20. November). Bewerbungen, bei denen bis dahin keine Schreibprobe vorliegt, können wir leider nicht weiter berücksichtigen.

[[Schreibprobe starten]]

Mit freundlichen Grüßen
Recruiting Bayerischer Mediendienst""",
     notes="test invitation with conditional no"),

dict(slug="foerderantrag-abgelehnt-podcast", label="other", cat="non-job-rejection", lang="de", country="DE", style="ats",
     vendor="mailer", brand="Medienfonds Nord",
     frm="Medienfonds Nord Förderportal <foerderportal@medienfonds-nord.example>",
     subject="Bescheid zu Ihrem Förderantrag MFN-2026-0391",
     text="""Sehr geehrte:r Sam Taylor,

der Vergabeausschuss des Medienfonds Nord hat in seiner Sitzung vom 4. November über Ihren Antrag auf Projektförderung „Hörstücke aus dem Hafen“ (Podcast, 6 Folgen) beraten.

Leider müssen wir Ihnen mitteilen, dass Ihr Antrag abgelehnt wurde. Bei 214 eingereichten Anträgen konnten nur 19 Projekte gefördert werden. Eine Begründung im Einzelfall ist nicht möglich.

Eine erneute Einreichung zur nächsten Frist (15. März) ist möglich.

Mit freundlichen Grüßen
Geschäftsstelle Medienfonds Nord""",
     notes="grant (Förderantrag) refused; non-job"),

dict(slug="teamtailor-entscheidung-verzoegert", label="other", cat="status-update", lang="de", country="DE", style="ats",
     vendor="teamtailor", brand="Klangwerk Festival",
     frm="Klangwerk Festival <jobs@klangwerk.teamtailor-mail.com>",
     reply_to="Ines Bauer <ines@klangwerk-festival.example>",
     subject="Kurzes Update: Festivalkommunikation",
     text="""Liebe:r Sam,

wir wollten dich nicht im Unklaren lassen: Die Entscheidung für die Stelle Leitung Festivalkommunikation verzögert sich leider. Unser Vorstand tagt erst am 28. November, und vorher können wir keine Zusage und keine Absage aussprechen.

Du bist weiterhin im Verfahren – wir melden uns spätestens Anfang Dezember bei dir. Danke für deine Geduld!

Herzlich
Ines Bauer
Personal & Organisation""",
     notes="decision delayed; explicitly still in process"),

dict(slug="linkedin-bewerbung-gesendet-aehnliche", label="other", cat="job-alert", lang="de", country="AT", style="ats",
     vendor="linkedin", brand="LinkedIn",
     frm="LinkedIn <jobs-noreply@linkedin.com>",
     subject="Sam, Ihre Bewerbung wurde an Donaukanal Media gesendet",
     headers={"List-Unsubscribe": "<{unsub}>"},
     text="""Ihre Bewerbung wurde an Donaukanal Media gesendet

Content Lead (m/w/d)
Donaukanal Media · Wien (Hybrid)

Bewerbung gesendet am 14. Okt. Wir benachrichtigen Sie, wenn das Unternehmen Ihre Bewerbung ansieht. Hinweis: Nicht alle Arbeitgeber geben eine Rückmeldung.

Ähnliche Jobs:
- Redakteur:in Branded Content – Wien
- PR Manager:in Kultur – Linz

[[Alle Jobs ansehen]]""",
     notes="LinkedIn sent confirmation; hedge 'not all employers reply'"),

dict(slug="kollegin-volontariat-absagen-besprochen", label="other", cat="owner-hiring", lang="de", country="DE", style="personal",
     frm="Lena Krause <lena.krause@example.org>",
     subject="Volontariat – Absagen raus",
     text="""Hi Sam,

kurz zum Stand Volontariat: Ich hab heute wie besprochen allen abgesagt, die wir nach der ersten Runde aussortiert hatten (12 Leute), und Mira Schütte nach dem Gespräch auch. Die Absage an Jonas hab ich noch zurückgehalten – du wolltest ihn ja evtl. für die Elternzeitvertretung im Blick behalten?

Unsere Favoritin bleibt Aylin, die Zusage würde ich dann Montag schicken, wenn du okay gibst.

LG Lena""",
     notes="colleague at owner's employer discussing candidates Sam rejected"),

dict(slug="vertragsangebot-museum-hedge-woerter", label="other", cat="offer", lang="de", country="DE", style="personal",
     frm="Tobias Meyer <tobias.meyer@haus-der-fotografie.example>",
     subject="Angebot: Referent:in Kommunikation",
     attach=[("Vertragsangebot_Taylor.pdf", "application/pdf", "%PDF-1.4\n% Vertragsangebot (Platzhalter)\n")],
     text="""Sehr geehrte:r Sam Taylor,

ich freue mich sehr, Ihnen nach Rücksprache mit unserem Direktor die Stelle Referent:in Kommunikation im Haus der Fotografie anbieten zu können. Anbei finden Sie unser Vertragsangebot.

Leider ist es uns nicht möglich, beim Gehalt über die Entgeltgruppe 11 hinauszugehen – wir haben das intern ausführlich geprüft. Dafür können wir Ihnen den Start zum 1. Februar und zwei mobile Arbeitstage zusichern.

Bitte geben Sie uns bis zum 30. November Bescheid, ob Sie das Angebot annehmen.

Mit besten Grüßen
Tobias Meyer
Verwaltungsleitung, Haus der Fotografie
Tel. 040 555 81 20""",
     notes="offer with 'leider ... nicht möglich' about salary; PDF attachment"),

dict(slug="antwort-auf-nachfrage-zweites-gespraech", label="other", cat="answer-to-owner-question", lang="de", country="CH", style="personal",
     frm="Simone Frei <simone.frei@zeitpunkt-verlag.example>",
     subject="AW: Bewerbung Lektor:in / Online-Redaktion – Stand?",
     parent=True,
     text="""Guten Tag Sam Taylor

Nein, wir haben uns noch für niemand anderen entschieden – im Gegenteil. Wir möchten Sie gerne zu einem zweiten Gespräch mit unserer Verlagsleitung einladen. Passt Ihnen der 24. November um 14 Uhr in Zürich?

Freundliche Grüsse
Simone Frei
HR Zeitpunkt Verlag

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Dienstag, 10. November 2026 17:22
Betreff: Bewerbung Lektor:in / Online-Redaktion – Stand?

Sehr geehrte Frau Frei
ich habe länger nichts gehört und wollte fragen, ob Sie sich bereits für eine andere Person entschieden haben. Falls ja, wäre ich für eine kurze Info dankbar.
Freundliche Grüsse, Sam Taylor""",
     notes="invitation answering Sam's 'have you chosen someone else?'"),

dict(slug="wohnung-wien-absage", label="other", cat="non-job-rejection", lang="de", country="AT", style="personal",
     frm="Hausverwaltung Steiner <vermietung@hv-steiner.example>",
     subject="Ihre Bewerbung für die Wohnung Kaiserstraße 41/12",
     text="""Sehr geehrte/r Frau/Herr Taylor,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung Kaiserstraße 41/12 und für die vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und nehmen Sie gerne in unsere Vormerkliste auf.

Mit freundlichen Grüßen
Sabine Steiner
Hausverwaltung Steiner, 1070 Wien
+43 1 555 30 90""",
     notes="flat application refused; word 'Bewerbung'"),

dict(slug="pitch-verloren-agentur", label="other", cat="non-job-rejection", lang="de", country="DE", style="personal",
     frm="Claudia Brandt <c.brandt@sparkassenstiftung-ruhr.example>",
     subject="Ergebnis Pitch Jahreskampagne 2027",
     cc="Lena Krause <lena.krause@example.org>",
     text="""Sehr geehrte:r Sam Taylor, liebe Frau Krause,

herzlichen Dank an Sie und das Team von Calder Street Media für die engagierte Präsentation im Pitch um unsere Jahreskampagne 2027.

Nach intensiver Diskussion in der Jury haben wir uns für eine andere Agentur entschieden. Ausschlaggebend war am Ende die stärkere regionale Verankerung. Ihr Konzept „Ruhr erzählt“ hat uns dennoch sehr beeindruckt.

Selbstverständlich erhalten Sie das vereinbarte Pitchhonorar. Für ein Feedbackgespräch stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Claudia Brandt
Leitung Kommunikation, Sparkassenstiftung Ruhr""",
     notes="agency pitch lost by Sam's employer"),

dict(slug="vortrag-nicht-ausgewaehlt-konferenz", label="other", cat="non-job-rejection", lang="de", country="DE", style="personal",
     frm="Programmteam medientage digital <programm@medientage-digital.example>",
     subject="Ihr Vortragsvorschlag „Newsroom ohne Schreibtisch“",
     text="""Liebe:r Sam Taylor,

vielen Dank für Ihre Einreichung „Newsroom ohne Schreibtisch – Redaktionsarbeit im hybriden Team“ für die medientage digital 2027.

Wir hatten in diesem Jahr über 600 Vorschläge für 80 Slots. Leider konnten wir Ihren Vortrag nicht ins Programm aufnehmen. Wir würden uns freuen, Sie trotzdem als Gast begrüßen zu dürfen – mit dem Code SPEAKER27 erhalten Sie 30 % Rabatt aufs Ticket.

Viele Grüße
Ihr Programmteam""",
     notes="conference talk refused"),

dict(slug="beraterin-alte-stelle-besetzt-neue-mandate", label="other", cat="recruiter-outreach", lang="de", country="DE", style="personal",
     frm="Annika Schulz <annika.schulz@kopf-und-feder.example>",
     subject="Lange nicht gehört – zwei neue Mandate",
     text="""Hallo Sam,

wir hatten im Frühjahr über die Leitung Unternehmenskommunikation bei der Reederei gesprochen – die Stelle ist damals ja an eine interne Kandidatin gegangen, das hatte ich dir erzählt.

Jetzt habe ich zwei neue Mandate, bei denen ich sofort an dich gedacht habe:
- Head of Communications, Stiftung für Baukultur (Berlin)
- Chefredaktion Kundenmagazin, Versicherungsgruppe (Hamburg, hybrid)

Hast du nächste Woche Zeit für ein kurzes Telefonat?

Beste Grüße
Annika Schulz
Kopf & Feder Executive Search
+49 40 555 64 80""",
     notes="old role filled (known) plus two new mandates pitched"),

dict(slug="sam-sendet-absage-praktikum", label="other", cat="owner-sent", lang="de", country="DE", style="personal",
     frm="Sam Taylor <sam.taylor@example.org>", to="Felix Ahrens <felix.ahrens@posteo.example>",
     subject="Ihre Bewerbung als Praktikant:in Redaktion bei Calder Street Media",
     text="""Hallo Herr Ahrens,

vielen Dank für Ihre Bewerbung und das nette Gespräch am Dienstag. Leider muss ich Ihnen mitteilen, dass wir uns für das Praktikum in der Redaktion für eine andere Bewerberin entschieden haben. Ihre Textproben fand ich stark – bewerben Sie sich gern im Sommer wieder.

Viele Grüße
Sam Taylor
Calder Street Media""",
     notes="Sam's own sent rejection to a candidate"),
]

MESSAGES = REJ + OTH
