"""German messages (DE, AT, CH): 16 rejections, 16 hard negatives."""
from content_common import M, ats_html, wrap, quote, trk

S = "sam.taylor@example.org"


def ds(company, mail):
    return (f"Datenschutzhinweis: Ihre Daten werden gemäß Art. 6 Abs. 1 lit. b DSGVO ausschließlich zum Zweck "
            f"des Bewerbungsverfahrens verarbeitet. Verantwortlich: {company}. Fragen an {mail}.")


NR = "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."

MESSAGES = []
A = MESSAGES.append

# ---------------------------------------------------------------- rejections, ATS
s = "de-rej-successfactors-dax"
A(M(s, "rejection", "de", "ats", "ats-automated", "DE; successfactors; dax; ordinary; verdict-middle",
    "Hanseatic Energie AG Karriere <noreply@career2.successfactors.eu>",
    "Ihre Bewerbung als Senior Manager Brand Communications (m/w/d) – Req. 41877",
    html=ats_html("Hanseatic Energie", "#00509e", [
        "Sehr geehrte/r Sam Taylor,",
        "vielen Dank für Ihr Interesse an der Hanseatic Energie AG und für Ihre Bewerbung als "
        "<b>Senior Manager Brand Communications (m/w/d)</b> am Standort Hamburg.",
        "Wir haben Ihre Unterlagen mit großem Interesse gelesen. Nach eingehender Prüfung müssen wir Ihnen "
        "jedoch leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren "
        "Profil den Anforderungen der Position noch besser entspricht.",
        "Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation. Wir würden uns freuen, "
        "wenn Sie sich auch künftig über unsere " + f'<a href="{trk(s,1)}">Stellenangebote</a>' + " informieren.",
        "Wir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.",
        "Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Hanseatic Energie AG"],
        [NR, ds("Hanseatic Energie AG, Überseering 40, 22297 Hamburg", "datenschutz@hanseatic-energie.example"),
         "Hanseatic Energie AG · Sitz Hamburg · Amtsgericht Hamburg HRB 99812 · Vorstand: Dr. K. Lindqvist (Vors.), "
         "M. Arslan · Vorsitzende des Aufsichtsrats: Prof. Dr. Ute Brenner"]),
    text_style="bare", text_width=76,
    headers={"Auto-Submitted": "auto-generated", "X-SF-Template": "REJ_STD_DE"},
    company="Hanseatic Energie AG", role="Senior Manager Brand Communications (m/w/d)"))

s = "at-rej-workday-status-portal"
A(M(s, "rejection", "de", "ats", "ats-status", "AT; workday; portal-status; verdict-in-table; Sie",
    "Donauländische Kreditbank <donaukredit@myworkday.com>",
    "Aktualisierung Ihres Bewerbungsstatus",
    html=ats_html("Donaulaendische Kreditbank", "#7a1f2b", [
        "Guten Tag Sam Taylor,",
        "der Status Ihrer Bewerbung in unserem Karriereportal hat sich geändert.",
        '<table cellpadding="6" style="border-collapse:collapse;font-size:14px">'
        '<tr><td style="border:1px solid #ddd">Stelle</td><td style="border:1px solid #ddd">R-20418 Product Marketing Lead Retail (all genders)</td></tr>'
        '<tr><td style="border:1px solid #ddd">Standort</td><td style="border:1px solid #ddd">Wien, Schottenring</td></tr>'
        '<tr><td style="border:1px solid #ddd">Status</td><td style="border:1px solid #ddd"><b>Nicht berücksichtigt</b></td></tr></table>',
        "Weitere Details finden Sie jederzeit in Ihrem " + f'<a href="https://donaukredit.wd3.myworkday.com/donaukredit/d/task/2997$8.htmld">Kandidatenkonto</a>' + ".",
        "Wir danken Ihnen für Ihr Interesse an der Donauländischen Kreditbank.",
        "Freundliche Grüße<br>Talent Acquisition"],
        ["Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.",
         "Donauländische Kreditbank AG, Schottenring 9, 1010 Wien, FN 488213 h, Handelsgericht Wien. "
         "Informationen zum Datenschutz: https://www.donaukredit.example/datenschutz",
         "Powered by Workday"]),
    text_style="inline", headers={"Auto-Submitted": "auto-generated"},
    company="Donauländische Kreditbank", role="Product Marketing Lead Retail (all genders)"))

s = "de-rej-personio-talentpool-question"
A(M(s, "rejection", "de", "ats", "keep-on-file", "DE; personio; mittelstand; talent-pool-question; verdict-start",
    "Kessler & Voigt Maschinenbau GmbH <jobs@kessler-voigt.jobs.personio.de>",
    "Rückmeldung zu Ihrer Bewerbung – Marketing Manager Digital (m/w/d)",
    reply_to_hdr="Nadine Brückner <n.brueckner@kessler-voigt.example>",
    html=ats_html("Kessler Voigt", "#e2001a", [
        "Hallo Sam Taylor,",
        "leider können wir Ihnen für die Position <b>Marketing Manager Digital (m/w/d)</b> keine positive "
        "Rückmeldung geben.",
        "Wir haben uns die Entscheidung nicht leicht gemacht – es haben sich viele gute Leute bei uns "
        "beworben, und am Ende konnten wir nur eine Person einstellen.",
        "Gern würden wir Ihre Unterlagen für zukünftige Vakanzen bis zu 12 Monate in unserem Talentpool "
        "speichern. Wenn Sie damit einverstanden sind, klicken Sie bitte auf den folgenden Button. Ohne Ihre "
        "Zustimmung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht.",
        "Bei Rückfragen erreichen Sie mich direkt unter n.brueckner@kessler-voigt.example oder 07121 48 33-210.",
        "Viele Grüße aus Reutlingen<br>Nadine Brückner<br>Personalreferentin"],
        ["Kessler & Voigt Maschinenbau GmbH · Gewerbepark Nord 12 · 72760 Reutlingen · Geschäftsführung: "
         "Jörg Kessler, Dr. Anja Voigt · HRB 351877 Amtsgericht Stuttgart",
         "Diese Nachricht wurde über Personio versendet. <a href=\"https://www.personio.de/datenschutz\">Datenschutz</a>"],
        button=("Ja, im Talentpool bleiben", "https://kessler-voigt.jobs.personio.de/consent/7f3a2c")),
    reply_to="n.brueckner@kessler-voigt.example", contact="Nadine", company="Kessler & Voigt Maschinenbau GmbH",
    role="Marketing Manager Digital (m/w/d)"))

s = "de-rej-softgarden-besetzt"
A(M(s, "rejection", "de", "ats", "role-filled", "DE; softgarden; stelle-besetzt; short",
    "Bäckerei Rombach Karriere <noreply@softgarden.io>",
    "Ihre Bewerbung bei Bäckerei Rombach",
    html=ats_html("Baeckerei Rombach", "#a0522d", [
        "Guten Tag Sam Taylor,",
        "herzlichen Dank für Ihre Bewerbung als Leitung Markenkommunikation und E-Commerce und die Zeit, die "
        "Sie investiert haben.",
        "Wir möchten Sie darüber informieren, dass die Stelle inzwischen besetzt wurde. Ihre Bewerbung können "
        "wir daher nicht weiter berücksichtigen.",
        "Alles Gute und herzliche Grüße<br>Ihr Team der Bäckerei Rombach"],
        ["Diese Nachricht wurde automatisch versendet. Antworten auf diese E-Mail werden nicht gelesen.",
         "Bäckerei Rombach GmbH & Co. KG, Mühlenweg 3, 79098 Freiburg im Breisgau. "
         "Datenschutzerklärung: https://rombach.softgarden.io/de/privacy",
         "Sie erhalten diese Nachricht, weil Sie sich über softgarden beworben haben."]),
    text_style="links", headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://rombach.softgarden.io/unsubscribe>"},
    company="Bäckerei Rombach", role="Leitung Markenkommunikation und E-Commerce"))

s = "de-rej-dvinci-hochschule"
A(M(s, "rejection", "de", "ats", "public-sector", "DE; d.vinci; hochschule; oeffentlicher-dienst; AGG-frist; verdict-middle; long",
    "Technische Hochschule Ostwestfalen – Personalabteilung <bewerbung@th-ostwestfalen.dvinci-hr.com>",
    "Ihre Bewerbung auf die Stelle Kennziffer 2026-114 Referent*in Hochschulmarketing (E 13 TV-L)",
    html=ats_html("TH Ostwestfalen", "#005f6b", [
        "Sehr geehrte*r Sam Taylor,",
        "wir bedanken uns für Ihre Bewerbung auf die Stelle <b>Referent*in Hochschulmarketing</b> "
        "(Kennziffer 2026-114, Entgeltgruppe 13 TV-L) und für das Interesse an einer Tätigkeit an der "
        "Technischen Hochschule Ostwestfalen.",
        "Auf die Ausschreibung ist eine große Zahl qualifizierter Bewerbungen eingegangen. Das "
        "Auswahlverfahren ist inzwischen unter Beteiligung des Personalrats und der "
        "Gleichstellungsbeauftragten abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre "
        "Bewerbung bei der Auswahlentscheidung nicht berücksichtigt werden konnte.",
        "Ihre elektronisch übermittelten Unterlagen werden nach Ablauf von sechs Monaten gemäß den "
        "Vorgaben des Allgemeinen Gleichbehandlungsgesetzes (AGG) gelöscht.",
        "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen viel Erfolg.",
        "Mit freundlichen Grüßen<br>Im Auftrag<br>Dezernat Personal – Sachgebiet Personalgewinnung"],
        ["Technische Hochschule Ostwestfalen · Körperschaft des öffentlichen Rechts · Campusallee 1 · 32657 Lemgo",
         "Bitte beachten Sie: Auf diese E-Mail kann nicht geantwortet werden. Bei Fragen wenden Sie sich an "
         "personal@th-ostwestfalen.example.",
         "Bewerbermanagement: d.vinci HR-Systems GmbH"]),
    text_style="bare", text_width=72, headers={"Auto-Submitted": "auto-generated"},
    reply_to="personal@th-ostwestfalen.example", company="Technische Hochschule Ostwestfalen",
    role="Referent*in Hochschulmarketing"))

s = "ch-rej-rexx-kandidierende"
A(M(s, "rejection", "de", "ats", "ats-automated", "CH; rexx; swiss-spelling; verdict-end; indirect",
    "Helvetia Rail Logistik AG <no-reply@helvetiarail.rexx-systems.com>",
    "Ihre Bewerbung: Head of Growth Marketing (80–100%)",
    html=ats_html("Helvetia Rail Logistik", "#d52b1e", [
        "Guten Tag Sam Taylor",
        "Besten Dank für Ihre Bewerbung als Head of Growth Marketing (80–100%) und das damit verbundene "
        "Interesse an der Helvetia Rail Logistik AG.",
        "Wir haben Ihr Dossier sorgfältig geprüft und mit den Anforderungen der Stelle verglichen. Die "
        "Auswahl fiel uns nicht leicht, da wir zahlreiche spannende Bewerbungen erhalten haben. Wir haben "
        "uns entschieden, den Prozess mit Kandidierenden weiterzuführen, deren Erfahrung noch näher an "
        "unserem Bedarf liegt.",
        "Ihre Unterlagen werden wir gemäss Datenschutzgesetz (revDSG) vernichten.",
        "Freundliche Grüsse<br>Helvetia Rail Logistik AG<br>HR Services"],
        ["Helvetia Rail Logistik AG, Güterstrasse 88, 4053 Basel · CHE-109.884.312",
         "Dies ist eine automatisch generierte Nachricht."]),
    text_style="links", headers={"Auto-Submitted": "auto-generated"},
    company="Helvetia Rail Logistik AG", role="Head of Growth Marketing"))

s = "de-rej-stepstone-relay"
A(M(s, "rejection", "de", "ats", "job-board-relay", "DE; stepstone; relay; bulk-headers; status-verdict",
    "StepStone <noreply@bewerbung.stepstone.de>",
    "Neuigkeiten zu Ihrer Bewerbung bei Lindqvist Pharma GmbH",
    html=ats_html("StepStone", "#0c2577", [
        "Hallo Sam Taylor,",
        "es gibt Neuigkeiten zu Ihrer Bewerbung:",
        "<b>Product Marketing Manager Consumer Health (m/w/d)</b><br>Lindqvist Pharma GmbH · München",
        "Das Unternehmen hat Ihre Bewerbung gesichtet und sich leider gegen eine weitere Berücksichtigung "
        "entschieden.",
        "Lassen Sie sich nicht entmutigen! Auf StepStone warten " +
        f'<a href="{trk(s,1)}">über 1.200 passende Jobs</a>' + " in München auf Sie.",
        f'<a href="{trk(s,2)}">Alle Bewerbungen ansehen</a> · <a href="{trk(s,3)}">Jobagent einrichten</a>'],
        ["Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. "
         f'<a href="{trk(s,4)}">E-Mail-Einstellungen ändern</a>',
         "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf · Amtsgericht Düsseldorf HRB 48727"]),
    text_style="links",
    headers={"Precedence": "bulk", "List-Unsubscribe": f"<{trk(s,5)}>", "List-Id": "<status.bewerbung.stepstone.de>",
             "Auto-Submitted": "auto-generated"},
    company="Lindqvist Pharma GmbH", role="Product Marketing Manager Consumer Health (m/w/d)"))

s = "de-rej-join-startup-on-hold"
A(M(s, "rejection", "de", "ats", "role-cancelled", "DE; join.com; startup; Du; on-hold; english-footer",
    "Fernweh Mobility via JOIN <notifications@join.com>",
    "Update zu deiner Bewerbung als Growth Lead",
    reply_to_hdr="Lukas Hammerschmidt <lukas@fernweh-mobility.example>",
    html=ats_html("JOIN", "#1c1c1c", [
        "Hey Sam,",
        "danke dir nochmal für deine Bewerbung als Growth Lead bei Fernweh Mobility!",
        "Ehrlich gesagt haben wir gerade eine etwas unbequeme Nachricht: Nach unserer letzten "
        "Finanzierungsrunde mussten wir die Roadmap umbauen und haben entschieden, die Stelle vorerst nicht "
        "zu besetzen. Den Prozess für die Rolle stoppen wir deshalb, auch für dich.",
        "Falls wir die Stelle später im Jahr wieder aufmachen, melde ich mich gern bei dir – du kannst mir "
        "auch einfach direkt auf diese Mail antworten.",
        "Liebe Grüße<br>Lukas<br>Co-Founder, Fernweh Mobility"],
        ["You received this email because you applied for a job via JOIN. JOIN Solutions AG, Zurich, Switzerland. "
         f'<a href="{trk(s,1)}">Privacy Policy</a> · <a href="{trk(s,2)}">Unsubscribe</a>']),
    text_style="inline",
    reply_to="lukas@fernweh-mobility.example", contact="Lukas", company="Fernweh Mobility", role="Growth Lead"))

# ---------------------------------------------------------------- rejections, personal
s = "de-rej-headhunter-mandant"
A(M(s, "rejection", "de", "personal", "agency-recruiter", "DE; personalberater; client-named; Sie; phone-signature",
    "Dr. Carsten Wiebe <c.wiebe@wiebe-partner.example>",
    "AW: Position CMO – Ostholm Brauerei",
    text=wrap("""Guten Tag Sam Taylor,

ich hatte Ihnen ja versprochen, mich nach der Präsentation beim Beirat zu melden.

Leider habe ich keine guten Nachrichten: Mein Mandant, die Ostholm Brauerei, hat sich nach der zweiten Runde für einen anderen Kandidaten entschieden. Ausschlaggebend war am Ende die längere Erfahrung im Getränkehandel – an Ihrer Präsentation lag es ausdrücklich nicht, die kam beim Beirat sehr gut an.

Ich bedauere das sehr, weil ich Sie für die Rolle für eine sehr gute Besetzung gehalten hätte. Wenn es Ihnen recht ist, würde ich Sie gern bei passenden Mandaten wieder ansprechen.

Mit besten Grüßen aus Düsseldorf

Dr. Carsten Wiebe
Partner
Wiebe & Partner Executive Search GmbH
Königsallee 60 · 40212 Düsseldorf
T +49 211 5408 1120 · M +49 172 433 8190
"""), charset="iso-8859-1", parent=True,
    reply_to="c.wiebe@wiebe-partner.example", contact="Carsten", company="Ostholm Brauerei", role="CMO"))

s = "de-rej-hiring-manager-long"
A(M(s, "rejection", "de", "personal", "personal-after-interview", "DE; hiring-manager; long; verdict-middle; praise-wrapped",
    "Friederike Aumann <friederike.aumann@nordlicht-verlag.example>",
    "Unser Gespräch am Dienstag",
    text=wrap("""Hallo Sam Taylor,

zunächst noch einmal herzlichen Dank für das offene und wirklich inspirierende Gespräch am Dienstag. Herr Okafor und ich haben im Nachgang lange über Ihre Ideen zur Neuausrichtung unserer Newsletter-Produkte gesprochen, und einiges davon werden wir sicher aufgreifen.

Wir haben in dieser Woche alle Gespräche der zweiten Runde geführt und uns gestern zusammengesetzt. Am Ende haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre im Verlagsumfeld gearbeitet hat und die Abläufe in unserem Haus kennt. Für die Position Leitung Audience Development werden wir Ihnen daher kein Angebot machen können. Das ist mir nicht leichtgefallen.

Ich möchte Ihnen aber gern ein paar Punkte mitgeben, die uns besonders beeindruckt haben: Ihre Analyse unserer Abo-Strecke war präziser als alles, was wir intern dazu haben, und Ihre Art, mit dem Team zu sprechen, hat allen gefallen. Wenn Sie mögen, telefonieren wir gern noch einmal kurz, ich gebe Ihnen dann auch ehrliches Feedback zur Fallstudie.

Ich wünsche Ihnen für die weitere Suche alles Gute und hoffe, dass sich unsere Wege noch einmal kreuzen.

Herzliche Grüße
Friederike Aumann
Verlagsleiterin Digital
Nordlicht Verlag GmbH & Co. KG | Speersort 10 | 20095 Hamburg
Tel. 040 3328-4410
"""), reply_to="friederike.aumann@nordlicht-verlag.example", contact="Friederike",
    company="Nordlicht Verlag", role="Leitung Audience Development"))

s = "de-rej-short-intern-besetzt-reply"
A(M(s, "rejection", "de", "personal", "terse", "DE; reply-above-quote; intern-besetzt; very-short; Du; mobile",
    "Jana Pohl <jana.pohl@kornblume-software.example>",
    "Re: Kurze Nachfrage – Product Marketing Manager",
    text="""Hi Sam, sorry für die späte Antwort. Leider nein – wir haben die Stelle intern besetzt. Danke dir trotzdem für deine Geduld!

VG Jana
--
Jana Pohl · People & Talent · Kornblume Software

Von meinem iPhone gesendet

> Am 18.11.2026 um 09:12 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Hallo Jana,
>
> ich wollte kurz nachhaken, ob es zur Stelle Product Marketing Manager
> schon Neuigkeiten gibt. Ich bin weiterhin sehr interessiert und freue
> mich über ein kurzes Update.
>
> Viele Grüße
> Sam
""", parent=True, cte="8bit",
    reply_to="jana.pohl@kornblume-software.example", contact="Jana", company="Kornblume Software",
    role="Product Marketing Manager"))

s = "de-rej-startup-founder-du-denglisch"
A(M(s, "rejection", "de", "personal", "personal-after-interview", "DE; startup; Du; denglisch; founder; verdict-start",
    "Mo Al-Rashid <mo@kiezkraft.example>",
    "Brand Lead @ Kiezkraft",
    text=wrap("""Hey Sam,

ich mach's kurz und ehrlich: wir gehen für die Brand-Lead-Rolle mit jemand anderem weiter. Der Case war echt stark, aber wir brauchen gerade jemanden, der schon mal ein B2C-Rebranding end-to-end selbst geshipped hat, und da hatte die andere Person einfach mehr Track Record.

Fand's mega, dich kennenzulernen – wenn du Lust hast, lass uns in ein paar Monaten nochmal auf nen Kaffee gehen, wir wachsen schnell und da kommt sicher was.

Cheers
Mo

--
Mo Al-Rashid | Co-Founder & CEO | Kiezkraft
Sent from Superhuman
"""), cte="8bit", reply_to="mo@kiezkraft.example", contact="Mo", company="Kiezkraft", role="Brand Lead"))

s = "at-rej-magistrat-ausschreibung-aufgehoben"
A(M(s, "rejection", "de", "personal", "role-cancelled", "AT; oeffentlicher-dienst; stadtverwaltung; ausschreibung-aufgehoben; formal",
    "Mag.a Theresa Leitgeb <theresa.leitgeb@graz-stadtwerke.example>",
    "GZ PA-2026/3317 – Ausschreibung Leitung Kommunikation",
    text=wrap("""Sehr geehrte*r Sam Taylor,

wir nehmen Bezug auf Ihre Bewerbung vom 2. Oktober 2026 für die Funktion Leitung Kommunikation und Marketing in den Stadtwerken Graz-Mur.

Aufgrund einer Neuorganisation des Geschäftsbereichs, die der Aufsichtsrat in seiner Sitzung vom 12. November beschlossen hat, wird die Ausschreibung aufgehoben. Die Funktion wird in der ausgeschriebenen Form nicht nachbesetzt. Das Auswahlverfahren ist damit für alle Bewerberinnen und Bewerber beendet.

Wir danken für Ihr Interesse und ersuchen um Verständnis.

Mit freundlichen Grüßen

Mag.a Theresa Leitgeb
Personalmanagement
Stadtwerke Graz-Mur GmbH
Andreas-Hofer-Platz 15, 8010 Graz
Tel.: +43 316 887-2291
"""), reply_to="theresa.leitgeb@graz-stadtwerke.example", contact="Theresa",
    company="Stadtwerke Graz-Mur", role="Leitung Kommunikation und Marketing"))

s = "de-rej-recruiter-forwards-fachbereich"
A(M(s, "rejection", "de", "personal", "forwarded-by-recruiter", "DE; forwarded; recruiter-note-above; inner-verdict; Sie",
    "Melanie Schuster <melanie.schuster@albrecht-logistik.example>",
    "WG: Feedback Taylor – Teamlead CRM",
    text=wrap("""Hallo Sam Taylor,

wie versprochen leite ich Ihnen die Rückmeldung aus dem Fachbereich weiter – ich finde, sie ist fair formuliert und vielleicht hilfreich für Sie. Leider heißt das für uns, dass wir die Bewerbung nicht weiterverfolgen.

Freundliche Grüße
Melanie Schuster
Talent Acquisition | Albrecht Logistik SE
Tel. +49 421 9981-305

-----Ursprüngliche Nachricht-----
Von: Henrik Albers <henrik.albers@albrecht-logistik.example>
Gesendet: Donnerstag, 19. November 2026 16:48
An: Melanie Schuster <melanie.schuster@albrecht-logistik.example>
Betreff: Feedback Taylor – Teamlead CRM

Hi Melanie,

danke fürs Organisieren. Sam war sympathisch und methodisch stark, aber für Teamlead CRM fehlt uns die Führungserfahrung mit einem Team dieser Größe (8 Leute) und die Salesforce-Tiefe. Ich würde hier nicht weitergehen. Bitte freundlich absagen.

Henrik
"""), reply_to="melanie.schuster@albrecht-logistik.example", contact="Melanie",
    company="Albrecht Logistik SE", role="Teamlead CRM"))

s = "ch-rej-zurich-bilingual"
A(M(s, "rejection", "de", "personal", "personal-after-interview", "CH; bilingual-de-en; second-version-english; recruiter",
    "Corinne Stäheli <corinne.staeheli@limmat-versicherung.example>",
    "Ihre Kandidatur / Your application – Digital Marketing Manager",
    text=wrap("""Grüezi Sam Taylor

Herzlichen Dank für die spannenden Gespräche mit Herrn Gerber und mir. Wir haben uns nach reiflicher Überlegung gegen Ihre Kandidatur entschieden und werden die Stelle mit einer Person besetzen, die das Schweizer Versicherungsumfeld bereits kennt.

Wir danken Ihnen für das Interesse an der Limmat Versicherung und wünschen Ihnen alles Gute.

---

Dear Sam

Thank you for the interesting conversations with Mr Gerber and myself. After careful consideration we have decided not to proceed with your candidacy and will fill the role with someone who already knows the Swiss insurance market.

Freundliche Grüsse / Kind regards

Corinne Stäheli
Senior Recruiterin
Limmat Versicherungen AG | Mythenquai 21 | 8002 Zürich
+41 44 283 61 17
"""), reply_to="corinne.staeheli@limmat-versicherung.example", contact="Corinne",
    company="Limmat Versicherung", role="Digital Marketing Manager"))

s = "de-rej-after-case-study"
A(M(s, "rejection", "de", "personal", "after-assessment", "DE; case-study; verdict-middle; next-round-negated; cc-hm",
    "Tobias Engel <tobias.engel@heimwerk-direkt.example>",
    "Feedback zur Case Study – Senior CRM Manager",
    cc="Sabine Roth <sabine.roth@heimwerk-direkt.example>",
    text=wrap("""Hallo Sam,

danke für deine Case-Study-Präsentation am Montag und die Mühe, die du dir gemacht hast – das Retention-Modell war sauber aufgebaut.

Wir haben die Ergebnisse aller vier Kandidat:innen im Team verglichen. In deinem Fall hat uns die Priorisierung der Kanäle nicht ganz überzeugt, vor allem der Teil zu Push und In-App. Wir werden dich deshalb nicht in die finale Runde einladen.

Ich weiß, dass das nach so viel Aufwand ärgerlich ist. Wenn du magst, schicke ich dir gern unsere detaillierten Notizen.

Viele Grüße
Tobias

Tobias Engel
Head of CRM | Heimwerk Direkt GmbH
Mobil: 0151 2290 4471
"""), reply_to="tobias.engel@heimwerk-direkt.example", contact="Tobias",
    company="Heimwerk Direkt GmbH", role="Senior CRM Manager"))

# ---------------------------------------------------------------- hard negatives, ATS
s = "de-oth-personio-ack-hedge"
A(M(s, "other", "de", "ats", "ack-received", "DE; personio; ack; hedges; 'keine positive Rückmeldung' conditional",
    "Grünwerk Energiesysteme GmbH <jobs@gruenwerk.jobs.personio.de>",
    "Eingangsbestätigung: Ihre Bewerbung als Content Marketing Manager (m/w/d)",
    html=ats_html("Gruenwerk", "#3a8d3f", [
        "Hallo Sam Taylor,",
        "vielen Dank für Ihre Bewerbung als Content Marketing Manager (m/w/d). Ihre Unterlagen sind "
        "vollständig bei uns eingegangen.",
        "Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen – auch "
        "dann, wenn wir Ihnen keine positive Rückmeldung geben können. Bitte sehen Sie bis dahin von "
        "Nachfragen ab.",
        "Viele Grüße<br>Ihr People-Team von Grünwerk"],
        ["Grünwerk Energiesysteme GmbH · Am Hafen 7 · 26123 Oldenburg · HRB 209981",
         "Diese Nachricht wurde über Personio versendet. Datenschutz: https://www.personio.de/datenschutz"]),
    headers={"Auto-Submitted": "auto-generated"}))

s = "de-oth-successfactors-online-test"
A(M(s, "other", "de", "ats", "assessment-invite", "DE; successfactors; testlink; deadline; 'leider' about extension",
    "Rheinmetropol Versicherung Recruiting <noreply@career5.successfactors.eu>",
    "Nächster Schritt: Online-Assessment für Ihre Bewerbung (Req. 88214)",
    html=ats_html("Rheinmetropol", "#004b87", [
        "Sehr geehrte*r Sam Taylor,",
        "vielen Dank für Ihre Bewerbung als Senior Produktmanager*in Digitale Kundenservices. Wir freuen uns, "
        "Sie zum nächsten Schritt unseres Auswahlverfahrens einzuladen: einem Online-Assessment (ca. 45 Minuten, "
        "Logik und situative Fragen).",
        f'Bitte nutzen Sie den folgenden <a href="https://assess.talentq.example/start?token=RM88214-51c9">persönlichen Testlink</a>. '
        "Der Link ist bis zum <b>4. Dezember 2026, 23:59 Uhr</b> gültig.",
        "Leider können wir Fristverlängerungen nicht gewähren. Wird der Test nicht fristgerecht abgeschlossen, "
        "können wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen.",
        "Viel Erfolg!<br>Ihr Recruiting-Team"],
        [NR, "Rheinmetropol Versicherung AG · Köln · Amtsgericht Köln HRB 11402"]),
    text_style="inline", headers={"Auto-Submitted": "auto-generated"}))

s = "de-oth-softgarden-zwischenbescheid"
A(M(s, "other", "de", "ats", "status-update", "DE; softgarden; zwischenbescheid; still-deciding; 'noch keine Entscheidung'",
    "Stadtwerke Lahnau Karriere <noreply@softgarden.io>",
    "Zwischenstand zu Ihrer Bewerbung – Referent Unternehmenskommunikation",
    html=ats_html("Stadtwerke Lahnau", "#0078be", [
        "Guten Tag Sam Taylor,",
        "Sie haben sich bei uns als Referent Unternehmenskommunikation (m/w/d) beworben – dafür nochmals danke.",
        "Leider verzögert sich unser Auswahlverfahren aufgrund der hohen Anzahl an Bewerbungen und "
        "interner Abstimmungen. Eine Entscheidung ist noch nicht gefallen; Ihre Bewerbung befindet sich "
        "weiterhin im Verfahren.",
        "Wir bitten um etwas Geduld und melden uns voraussichtlich bis Mitte Dezember wieder bei Ihnen.",
        "Freundliche Grüße<br>Personalabteilung"],
        ["Diese Nachricht wurde automatisch versendet.",
         "Stadtwerke Lahnau GmbH · Bahnhofstraße 22 · 35390 Gießen"]),
    text_style="links", headers={"Auto-Submitted": "auto-generated"}))

s = "de-oth-workday-req-transfer"
A(M(s, "other", "de", "ats", "requisition-transfer", "DE; workday; transfer; old-req-closed",
    "Vantar Automotive <vantar@myworkday.com>",
    "Ihre Bewerbung wurde einer anderen Stelle zugeordnet",
    html=ats_html("Vantar", "#222222", [
        "Hallo Sam Taylor,",
        "die Stelle <b>R0031882 Marketing Manager EMEA</b>, auf die Sie sich beworben hatten, wurde aus "
        "organisatorischen Gründen geschlossen und durch eine neue Ausschreibung ersetzt.",
        "Damit Sie nichts verpassen, haben wir Ihre Bewerbung mit Ihrem Einverständnis aus dem Erstgespräch "
        "auf die neue Stelle <b>R0032417 Marketing Manager EMEA &amp; APAC</b> übertragen. Ihr Bewerbungsprozess "
        "läuft unverändert weiter, der Termin mit Frau Ilić am 9. Dezember bleibt bestehen.",
        "Freundliche Grüße<br>Vantar Talent Acquisition"],
        ["Bitte antworten Sie nicht auf diese E-Mail.", "Vantar Automotive GmbH · Ingolstadt"]),
    text_style="bare", headers={"Auto-Submitted": "auto-generated"}))

s = "de-oth-stepstone-jobalert-absage-tipps"
A(M(s, "other", "de", "ats", "job-alert", "DE; stepstone; job-alert; article-on-absagen",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "12 neue Jobs: Marketing Manager in Hamburg – plus: Was tun nach einer Absage?",
    html=ats_html("StepStone", "#0c2577", [
        "Hallo Sam,",
        "hier sind Ihre neuesten Jobs für <b>Marketing Manager, Hamburg (+ 25 km)</b>:",
        "<ul><li>" + f'<a href="{trk(s,1)}">Senior Marketing Manager (m/w/d)</a> – Elbfracht GmbH, Hamburg' + "</li><li>"
        + f'<a href="{trk(s,2)}">Brand Manager Food (w/m/d)</a> – Nordsee Feinkost AG, Bremen' + "</li><li>"
        + f'<a href="{trk(s,3)}">Product Marketing Lead</a> – Hafencity Apps GmbH, Hamburg' + "</li></ul>",
        "<b>Ratgeber:</b> Absage erhalten? So antworten Sie souverän auf eine Absage – und warum sich die "
        f'Nachfrage nach Feedback lohnt. <a href="{trk(s,4)}">Jetzt lesen</a>'],
        [f'Sie erhalten diesen Jobagenten, weil Sie ihn eingerichtet haben. <a href="{trk(s,5)}">Jobagent abbestellen</a>',
         "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf"]),
    headers={"Precedence": "bulk", "List-Unsubscribe": f"<{trk(s,6)}>"}))

s = "de-oth-kita-platz-absage"
A(M(s, "other", "de", "ats", "non-job-rejection", "DE; kita-portal; absage; Betreuungsplatz; same-words",
    "Kita-Navigator Stadt Köln <noreply@kitanavigator.koeln.example>",
    "Absage Betreuungsplatz – Kita Sonnenblume",
    html=ats_html("Kita Navigator", "#ffb000", [
        "Sehr geehrte Eltern,",
        "vielen Dank für Ihre Vormerkung in der Einrichtung <b>Kita Sonnenblume, Nippes</b> zum 01.08.2027.",
        "Leider müssen wir Ihnen mitteilen, dass wir Ihrem Kind zum gewünschten Termin keinen Platz anbieten "
        "können. Wir haben uns für andere Bewerbungen entschieden, die nach den Aufnahmekriterien Vorrang hatten.",
        "Ihre übrigen Vormerkungen im Kita-Navigator bleiben bestehen.",
        "Mit freundlichen Grüßen<br>Ihr Kita-Sonnenblume-Team"],
        ["Diese E-Mail wurde automatisch über den Kita-Navigator versendet."]),
    headers={"Auto-Submitted": "auto-generated"}))

s = "de-oth-kredit-abgelehnt"
A(M(s, "other", "de", "ats", "non-job-rejection", "DE; bank; kreditanfrage-abgelehnt; html-only",
    "Finanzkontor Direktbank <service@finanzkontor-direkt.example>",
    "Ihre Kreditanfrage Nr. 7712-4481",
    html=ats_html("Finanzkontor", "#00337f", [
        "Sehr geehrte*r Sam Taylor,",
        "vielen Dank für Ihre Anfrage zu einem Ratenkredit über 15.000 EUR.",
        "Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihrem Antrag nicht "
        "entsprechen können. Ausschlaggebend war unter anderem die noch kurze Dauer Ihres aktuellen "
        "Beschäftigungsverhältnisses.",
        "Gern können Sie in sechs Monaten eine neue Anfrage stellen.",
        "Freundliche Grüße<br>Ihre Finanzkontor Direktbank"],
        ["Finanzkontor Direktbank AG · Frankfurt am Main · BaFin-reguliert"]),
    html_only=True))

s = "de-oth-personio-own-requisition"
A(M(s, "other", "de", "ats", "owner-hiring", "DE; personio; owner-is-hiring-manager; candidate-rejected-event",
    "Personio <no-reply@calder-street-media.personio.de>",
    "Kandidat:in abgelehnt – Junior Data Analyst (m/w/d)",
    html=ats_html("Personio", "#252a36", [
        "Hallo Sam,",
        "Lea Brandt hat die Kandidatin <b>Marta Nowicka</b> für die Stelle <b>Junior Data Analyst (m/w/d)</b>, "
        "bei der du Hiring Manager bist, in den Status <b>Abgelehnt</b> verschoben. Die Absage-E-Mail wird "
        "in 24 Stunden automatisch versendet.",
        f'<a href="{trk(s,1)}">Bewerbung in Personio öffnen</a>'],
        ["Calder Street Media · Du erhältst diese Benachrichtigung als Mitglied des Hiring-Teams. "
         f'<a href="{trk(s,2)}">Benachrichtigungen verwalten</a>']),
    headers={"Auto-Submitted": "auto-generated"}))

# ---------------------------------------------------------------- hard negatives, personal
s = "de-oth-wohnung-absage"
A(M(s, "other", "de", "personal", "non-job-rejection", "DE; wohnung; hausverwaltung; 'für andere Interessenten entschieden'",
    "Hausverwaltung Petersen <vermietung@hv-petersen.example>",
    "Ihre Bewerbung für die Wohnung Eppendorfer Weg 112, 3. OG",
    text=wrap("""Sehr geehrte*r Sam Taylor,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung im Eppendorfer Weg 112 und Ihre vollständige Mieterselbstauskunft.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir haben Ihre Bewerbung daher nicht weiter berücksichtigen können.

Gern nehmen wir Sie in unseren Verteiler für künftige Angebote auf.

Mit freundlichen Grüßen
i. A. Birte Jensen
Hausverwaltung Petersen GmbH
Tel. 040 46 88 31-0
"""), charset="windows-1252", cte="8bit"))

s = "de-oth-answer-second-interview"
A(M(s, "other", "de", "personal", "answer-to-owner-question", "DE; reply-to-owner-question; second-interview; quote-holds-'anderen Kandidaten'",
    "Svenja Marquardt <svenja.marquardt@brenner-medtech.example>",
    "AW: Stand meiner Bewerbung – Product Marketing Manager",
    text=wrap("""Hallo Sam Taylor,

nein, ganz im Gegenteil – entschuldigen Sie bitte die Funkstille, wir hatten eine Messe. Das Team würde Sie gern zu einem Zweitgespräch vor Ort in Tuttlingen einladen. Passt Ihnen der 10. oder 11. Dezember, jeweils ab 10 Uhr? Die Reisekosten übernehmen wir selbstverständlich.

Beste Grüße
Svenja Marquardt
HR Business Partner | Brenner MedTech GmbH
Tel. +49 7461 9220-118

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 23. November 2026 08:41
An: Svenja Marquardt <svenja.marquardt@brenner-medtech.example>
Betreff: Stand meiner Bewerbung – Product Marketing Manager

Hallo Frau Marquardt,

seit unserem Gespräch vor drei Wochen habe ich nichts mehr gehört und wollte fragen, ob Sie sich bereits für einen anderen Kandidaten entschieden haben. Über eine kurze Rückmeldung würde ich mich freuen.

Viele Grüße
Sam Taylor
"""), parent=True))

s = "de-oth-reply-to-followup"
A(M(s, "other", "de", "personal", "reply-to-owner-followup", "DE; reply-to-owner-thanks; rejection-only-in-quote; keep-in-touch",
    "Jonas Richter <jonas.richter@wolkenbruch-games.example>",
    "Re: Ihre Bewerbung als Community Marketing Lead",
    text=wrap("""Hallo Sam,

danke für die nette Rückmeldung, das weiß ich wirklich zu schätzen! Kein Grund, sich zu entschuldigen – lass uns gern auf LinkedIn in Kontakt bleiben. Ich melde mich, wenn bei uns im nächsten Jahr etwas Passendes aufgeht.

Viele Grüße
Jonas

Am Mi., 25. Nov. 2026 um 14:03 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Jonas,
>
> vielen Dank für die offene Rückmeldung, auch wenn es diesmal nicht geklappt
> hat. Ich würde mich freuen, wenn wir in Kontakt bleiben.
>
> Viele Grüße
> Sam
>
>> Am Di., 24. Nov. 2026 um 17:20 Uhr schrieb Jonas Richter:
>> Hallo Sam, leider haben wir uns für die Stelle Community Marketing Lead
>> für eine andere Kandidatin entschieden. Danke für deine Zeit!
"""), parent=True))

s = "de-oth-headhunter-new-mandate"
A(M(s, "other", "de", "personal", "recruiter-outreach", "DE; headhunter; cold-pitch; 'leider' about timing; two roles",
    "Katharina Bödeker <kb@boedeker-consulting.example>",
    "Vertrauliche Anfrage – Head of Marketing (Mittelstand, Bielefeld)",
    text=wrap("""Guten Tag Sam Taylor,

Ihr Profil ist mir auf LinkedIn aufgefallen, und ich erlaube mir, Sie direkt anzusprechen. Ich betreue aktuell zwei vertrauliche Mandate, die gut zu Ihrem Hintergrund passen könnten:

  - Head of Marketing bei einem familiengeführten Hersteller von Haushaltsgeräten (ca. 900 MA, Raum Bielefeld)
  - Director Brand & Communications bei einem Software-Anbieter im Rhein-Main-Gebiet

Leider kann ich den Namen der Unternehmen erst nach einem ersten Gespräch nennen. Hätten Sie in den nächsten Tagen 20 Minuten für ein vertrauliches Telefonat?

Mit freundlichen Grüßen
Katharina Bödeker
Bödeker Consulting | Personalberatung
+49 521 98 77 340
"""), charset="iso-8859-1"))

s = "de-oth-colleague-candidates"
A(M(s, "other", "de", "personal", "owner-hiring", "DE; example.org-colleague; owner-is-hiring; 'abgesagt' about candidates",
    "Lea Brandt <lea.brandt@example.org>",
    "Junior Data Analyst – Stand Kandidat:innen",
    text=wrap("""Hi Sam,

kurzer Stand zur Junior-Data-Analyst-Stelle: Frau Nowicka und Herrn Keller habe ich heute wie besprochen abgesagt, beide haben freundlich reagiert. Bleiben Aylin Demir und Paul Strauß für die zweite Runde – kannst du mir bis Freitag sagen, welche Slots dir nächste Woche passen?

Danke dir!
Lea

--
Lea Brandt
People & Culture | Calder Street Media
"""), cte="8bit"))

s = "de-oth-startup-offer-du"
A(M(s, "other", "de", "personal", "offer", "DE; startup; Du; offer; 'leider' about salary band",
    "Hanna Lüders <hanna@lichtblick-labs.example>",
    "Dein Angebot bei Lichtblick Labs 🎉",
    text=wrap("""Hi Sam,

wie gestern am Telefon schon angekündigt: Wir würden dich sehr gern als Head of Product Marketing an Bord holen! Im Anhang findest du das Angebot mit allen Details.

Beim Gehalt konnten wir leider nicht ganz an deine Wunschvorstellung heran, haben dafür aber das ESOP-Paket aufgestockt – lass uns gern nochmal darüber sprechen, falls du Fragen hast.

Wir würden uns über eine Rückmeldung bis zum 11. Dezember freuen.

Liebe Grüße
Hanna
Founder & CEO, Lichtblick Labs
"""), cte="8bit", attachments=[("Angebot_Sam_Taylor.pdf", "application/pdf", b"%PDF-1.4\n% placeholder offer letter\n%%EOF\n")]))

s = "de-oth-reference-request"
A(M(s, "other", "de", "personal", "reference-request", "CH; reference-request; before-final-decision; Sie",
    "Reto Bachmann <reto.bachmann@alpina-medien.example>",
    "Referenzen – Leitung Digital Marketing",
    text=wrap("""Guten Tag Sam Taylor

Vielen Dank nochmals für das gute Gespräch am Freitag. Bevor wir eine finale Entscheidung treffen, würden wir gern zwei Referenzen einholen, idealerweise eine Person, der Sie direkt unterstellt waren.

Könnten Sie mir die Kontaktangaben bis Mittwoch zukommen lassen? Selbstverständlich kontaktieren wir niemanden ohne Ihr Einverständnis.

Freundliche Grüsse
Reto Bachmann
Leiter HR | Alpina Medien AG | Bern
+41 31 552 80 14
""")))

s = "de-oth-cfp-talk-rejected"
A(M(s, "other", "de", "personal", "non-job-rejection", "DE; conference; call-for-papers; talk-not-accepted",
    "Programmkomitee MarketingCamp Leipzig <programm@marketingcamp-leipzig.example>",
    "Ihr Vortragsvorschlag „Attribution ohne Cookies“",
    text=wrap("""Liebe*r Sam Taylor,

herzlichen Dank für Ihre Einreichung zum MarketingCamp Leipzig 2027. Wir hatten in diesem Jahr über 240 Vorschläge für 36 Slots.

Leider konnten wir Ihren Vortrag „Attribution ohne Cookies“ nicht ins Programm aufnehmen. Die Entscheidung ist uns bei vielen starken Einreichungen schwergefallen.

Als Dankeschön erhalten Sie 30 % Rabatt auf das Ticket mit dem Code CFP27-DANKE.

Herzliche Grüße
Ihr Programmkomitee
""")))
