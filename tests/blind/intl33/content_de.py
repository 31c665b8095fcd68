"""German-language messages (DE, AT, CH): 16 rejections, 16 hard negatives."""
from content_common import (PERSONIO_DE, SOFTGARDEN_DE, SF_DE, WORKDAY_DE, JOIN_DE, STEPSTONE_DE,
                            TEAMTAILOR_DE, RECRUITEE_DE, LINKEDIN_DE)

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="brandtner-personio-absage", lang="de", label="rejection", style="ats", cat="ats-automated",
     tags="DE; Mittelstand; du; personio; ordinary; contact address in body",
     vendor=PERSONIO_DE, from_=None, frm=("Brandtner Haustechnik GmbH", "noreply@jobs.personio.de"),
     subject="Deine Bewerbung als Marketing Manager (m/w/d)",
     rt="karriere@brandtner-haustechnik.example", company="Brandtner Haustechnik GmbH", role="Marketing Manager (m/w/d)",
     body="""Hallo Sam,

vielen Dank für dein Interesse an der Position Marketing Manager (m/w/d) und die Zeit, die du in deine Bewerbung gesteckt hast.

Leider müssen wir dir mitteilen, dass wir uns für andere Bewerber*innen entschieden haben, deren Profil besser zu den aktuellen Anforderungen passt.

Wir wünschen dir für deine weitere berufliche Zukunft alles Gute und viel Erfolg bei der Suche.

Bei Fragen erreichst du uns unter <a href="mailto:karriere@brandtner-haustechnik.example">karriere@brandtner-haustechnik.example</a>.

Viele Grüße<br>Dein Team der Brandtner Haustechnik GmbH"""),

dict(slug="helvion-softgarden-lang-talentpool", lang="de", label="rejection", style="ats", cat="keep-on-file",
     tags="DE; Konzern; Sie; softgarden; long praise; verdict in the middle; data-retention question",
     vendor=SOFTGARDEN_DE, frm=("Helvion Versicherung AG", "helvion-karriere@softgarden.io"),
     subject="Ihre Bewerbung: Referent Unternehmenskommunikation (m/w/d) – Kennziffer 2026-0418",
     company="Helvion Versicherung AG", role="Referent Unternehmenskommunikation (m/w/d)",
     body="""Sehr geehrte*r Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Referent Unternehmenskommunikation (m/w/d) und das damit verbundene Interesse an der Helvion Versicherung AG. Wir haben uns über die Vielzahl qualifizierter Bewerbungen sehr gefreut und jede einzelne sorgfältig gelesen. Ihre Erfahrung in der Medienbranche und Ihre Arbeit bei Calder Street Media haben uns dabei durchaus beeindruckt.

Nach eingehender Prüfung aller Unterlagen müssen wir Ihnen jedoch mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation.

Gerne würden wir Ihre Unterlagen in unseren Talentpool aufnehmen, um Sie bei künftigen passenden Vakanzen direkt ansprechen zu können. Dürfen wir Ihre Daten dafür 12 Monate speichern?

<a href="https://click.example/t/helvion-pool-ja" style="background:#e2001a;color:#fff;padding:10px 18px;text-decoration:none;">Ja, Daten speichern</a> &nbsp; <a href="https://click.example/t/helvion-pool-nein">Nein, Daten löschen</a>

Ohne Ihre Zustimmung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gemäß AGG gelöscht.

Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Helvion Versicherung AG

<small>Helvion Versicherung AG · Sitz Köln · Amtsgericht Köln HRB 40211 · Vorstand: Dr. T. Engels (Vors.), B. Marx · Aufsichtsratsvorsitzender: H.-J. Kessel. Helvion wurde 2025 als „Top Arbeitgeber Versicherungen“ ausgezeichnet.</small>"""),

dict(slug="norrhaven-sf-status-portal", lang="de", label="rejection", style="ats", cat="ats-automated",
     tags="DE; Konzern; Sie; successfactors; status portal table; verdict only as status",
     vendor=SF_DE, frm=("Norrhaven Logistik SE Careers", "careers-noreply@successfactors.eu"),
     subject="Statusänderung Ihrer Bewerbung – Req. 77120",
     company="Norrhaven Logistik SE", role="Projektmanager Operations (w/m/d)",
     body="""Guten Tag Sam Taylor,

der Status Ihrer Bewerbung bei der Norrhaven Logistik SE hat sich geändert.

<table cellpadding="6" style="border-collapse:collapse;font-size:13px;border:1px solid #ddd;"><tr><td><b>Stelle</b></td><td>Projektmanager Operations (w/m/d)</td></tr><tr><td><b>Anforderungs-ID</b></td><td>77120</td></tr><tr><td><b>Standort</b></td><td>Bremen</td></tr><tr><td><b>Neuer Status</b></td><td>Nicht berücksichtigt – Verfahren abgeschlossen</td></tr></table>

Weitere Details finden Sie in Ihrem <a href="https://click.example/t/norrhaven-portal">Bewerberkonto</a>.

Mit freundlichen Grüßen<br>Talent Acquisition – Norrhaven Logistik SE"""),

dict(slug="aralis-workday-stelle-besetzt", lang="de", label="rejection", style="ats", cat="ats-automated",
     tags="CH; Konzern; Sie; workday; Swiss spelling ss; position filled; English copy below", tz=1,
     vendor=WORKDAY_DE, frm=("Aralis Pharma AG", "aralis@myworkday.com"),
     subject="Aralis Pharma – Ihre Bewerbung / your application R-30581",
     company="Aralis Pharma AG", role="Communications Specialist (80–100%)",
     body="""Guten Tag Sam Taylor

Besten Dank für Ihre Bewerbung als Communications Specialist (80–100%) in Basel.

Wir möchten Sie darüber informieren, dass die Stelle inzwischen besetzt werden konnte. Wir schliessen Ihr Dossier für diese Ausschreibung deshalb ab.

Wir danken Ihnen für Ihr Interesse an der Aralis Pharma AG und wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse<br>Aralis Pharma AG – Talent Acquisition Schweiz

<hr>

<i>English: Thank you for applying. The position has been filled and your application for this vacancy is now closed. We wish you every success.</i>"""),

dict(slug="pendlr-join-on-hold", lang="de", label="rejection", style="ats", cat="role-cancelled",
     tags="CH; start-up; du; join.com; role on hold; process stopped; person named in body",
     vendor=JOIN_DE, frm=("Pendlr AG via JOIN", "notifications@join.com"),
     subject="Update zu deiner Bewerbung bei Pendlr",
     rt="lea.marti@pendlr.example", first="Lea", company="Pendlr AG", role="Growth Marketing Lead",
     body="""Hoi Sam

Danke nochmals für das spannende Erstgespräch zur Rolle Growth Marketing Lead!

Wir mussten intern unsere Prioritäten für 2027 neu setzen und haben entschieden, die Stelle vorerst auf Eis zu legen. Den Rekrutierungsprozess stoppen wir deshalb per sofort – auch für dich, leider. Ob und wann die Rolle wieder eröffnet wird, ist offen.

Es tut uns wirklich leid, dass wir dir keine bessere Nachricht schicken können. Wenn du Fragen hast, schreib mir direkt: <a href="mailto:lea.marti@pendlr.example">lea.marti@pendlr.example</a>

Liebe Grüsse<br>Lea Marti<br>People &amp; Culture, Pendlr AG"""),

dict(slug="kaltenegger-stepstone-relay", lang="de", label="rejection", style="ats", cat="job-board-relay",
     tags="AT; Mittelstand; Sie; stepstone relay; bulk headers; short status verdict", bulk=True, mode="alt", wrap=64,
     vendor=STEPSTONE_DE, frm=("StepStone", "bewerbung@mail.stepstone.de"),
     subject="Neuigkeiten zu Ihrer Bewerbung bei Kaltenegger Bau GmbH",
     company="Kaltenegger Bau GmbH", role="Marketing-Assistenz (m/w/d)",
     body="""Hallo Sam Taylor,

es gibt Neuigkeiten zu Ihrer Bewerbung:

<table cellpadding="8" style="border:1px solid #e3e6ef;width:100%"><tr><td><b>Marketing-Assistenz (m/w/d)</b><br>Kaltenegger Bau GmbH · Graz<br><br>Status: <b>Der Arbeitgeber hat sich gegen eine weitere Berücksichtigung entschieden.</b></td></tr></table>

Lassen Sie sich nicht entmutigen – <a href="https://click.example/t/ss-similar">passende Jobs für Sie ansehen</a>

Ihr StepStone Team"""),

dict(slug="kranichwolf-teamtailor-verdict-last", lang="de", label="rejection", style="ats", cat="personal-after-interview",
     tags="DE; Agentur; du; teamtailor; praise first; verdict at the end; reply-to a person",
     vendor=TEAMTAILOR_DE, frm=("Kranich & Wolf Kommunikation", "no-reply@teamtailor-mail.com"),
     reply_to_hdr="Jana Reuter <jana.reuter@kranich-wolf.example>",
     subject="Danke für das Gespräch, Sam!",
     rt="jana.reuter@kranich-wolf.example", first="Jana", company="Kranich & Wolf Kommunikation", role="Senior PR Consultant",
     body="""Hi Sam,

vielen Dank, dass du dir letzte Woche Zeit für das Gespräch mit Timo und mir genommen hast. Wir haben uns sehr über deine Beispiele aus der Krisenkommunikation gefreut, und deine Ideen für den Relaunch unseres Kunden-Newsletters haben wir im Team noch lange diskutiert.

Wir haben uns die Entscheidung wirklich nicht leicht gemacht. Am Ende haben wir uns für eine Kandidatin entschieden, deren Profil noch etwas genauer zu dem passt, was wir für die Rolle als Senior PR Consultant gerade brauchen.

Alles Liebe und bis hoffentlich bald mal,<br>Jana Reuter<br>People &amp; Culture · Kranich &amp; Wolf Kommunikation · Hamburg"""),

dict(slug="stadtwerke-lindenau-oeffentlich-html", lang="de", label="rejection", style="ats", cat="ats-automated",
     tags="DE; öffentlicher Arbeitgeber; Sie; recruitee; HTML-only; AGG deletion; signed with surname only", mode="html",
     vendor=RECRUITEE_DE, frm=("Stadtwerke Lindenau", "stadtwerke-lindenau@mail.recruitee.com"),
     subject="Ihre Bewerbung – Ausschreibung Nr. 23/2026",
     rt="personal@stadtwerke-lindenau.example", company="Stadtwerke Lindenau", role="Sachbearbeitung Öffentlichkeitsarbeit (E9b TVöD)",
     body="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bedanken uns für Ihre Bewerbung auf die Stelle Sachbearbeitung Öffentlichkeitsarbeit (E9b TVöD), Ausschreibung Nr. 23/2026.

Das Auswahlverfahren ist nunmehr abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen die Stelle nicht anbieten können. Die Auswahl erfolgte unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gemäß den Bestimmungen des AGG datenschutzkonform gelöscht. Rückfragen richten Sie bitte an <a href="mailto:personal@stadtwerke-lindenau.example">personal@stadtwerke-lindenau.example</a>.

Mit freundlichen Grüßen<br>Im Auftrag<br>Hoffmann<br>Personalabteilung"""),

# ---------------------------------------------------------------- rejections, personal
dict(slug="sattler-headhunter-kunde-anderer", lang="de", label="rejection", style="personal", cat="agency-recruiter",
     tags="DE; Personalberater; Sie; client named; reply above quoted own mail; Outlook quote",
     frm=("Dr. Ulrike Sattler", "u.sattler@sattler-search.example"), in_reply_to="sam-sattler-nachfrage",
     subject="AW: Leiter Marketing & Kommunikation – Feldkamp",
     rt="u.sattler@sattler-search.example", first="Ulrike", company="Feldkamp Maschinenbau GmbH", role="Leiter Marketing & Kommunikation",
     body="""Sehr geehrte/r Sam Taylor,

danke für Ihre Nachfrage. Ich hätte Ihnen gern früher geantwortet, wollte aber die finale Rückmeldung von Herrn Feldkamp abwarten.

Leider hat sich der Kunde nach der zweiten Runde für einen anderen Kandidaten entschieden – den Ausschlag gab am Ende die langjährige Erfahrung im B2B-Maschinenbau. Ihr Auftritt vor der Geschäftsführung kam sehr gut an, das möchte ich ausdrücklich sagen.

Ich melde mich gern, sobald ich ein Mandat habe, das besser passt.

Mit besten Grüßen
Ulrike Sattler

Dr. Ulrike Sattler
Managing Partner | Sattler Executive Search GmbH
Königsallee 61, 40212 Düsseldorf
T +49 211 555 0193 | M +49 172 555 0418""",
     quote="""-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 9. November 2026 08:41
An: Dr. Ulrike Sattler <u.sattler@sattler-search.example>
Betreff: Leiter Marketing & Kommunikation – Feldkamp

Sehr geehrte Frau Dr. Sattler,

gibt es schon Neuigkeiten von der Feldkamp Maschinenbau GmbH zur Position Leiter Marketing & Kommunikation?

Viele Grüße
Sam Taylor"""),

dict(slug="lumo-founder-kurz", lang="de", label="rejection", style="personal", cat="terse",
     tags="DE; start-up; du; very short; reply above quote; phone signature",
     frm=("Max Brenneis", "max@lumo-health.example"), in_reply_to="sam-lumo-nachfrage",
     subject="Re: Head of Operations – kurzes Update?",
     rt="max@lumo-health.example", first="Max", company="Lumo Health", role="Head of Operations",
     body="""Hey Sam,

kurz und ehrlich: wir gehen mit jemand anderem weiter. Danke dir für deine Zeit und die coole Case-Präsentation!

Max

Von meinem iPhone gesendet""",
     quote="""Am 18.11.2026 um 09:12 schrieb Sam Taylor <sam.taylor@example.org>:

> Hallo Max,
> wollte mich kurz erkundigen, wie es mit der Rolle Head of Operations bei Lumo Health steht.
> Beste Grüße, Sam"""),

dict(slug="donaupark-wien-finale-runde", lang="de", label="rejection", style="personal", cat="personal-after-interview",
     tags="AT; öffentlich/Klinikverbund; Sie; long letter; verdict in the middle; typos",
     frm=("Mag. Stefan Lechner", "stefan.lechner@donaupark-kliniken.example"),
     subject="Ihre Bewerbung Projektleitung Digitalisierung – Rückmeldung",
     rt="stefan.lechner@donaupark-kliniken.example", first="Stefan", company="Donaupark Kliniken Wien", role="Projektleitung Digitalisierung",
     body="""Sehr geehrte/r Sam Taylor,

zunächst nochmals herzlichen Dank für Ihre Teilnahme am Hearing am 3. Dezember und für die sehr gut vorbereitete Präsentation zum Thema Patientenportal. Die Kommision hat Ihre strukturierte Herangehensweise und Ihren Blick auf die Kommunikation mit den Stationen sehr positiv hervorgehoben.

Nach Abschluss aller Hearings und einer ausführlichen Beratung in der Kommission muss ich Ihnen leider mitteilen, dass sich Ihre Kandidatur in der finalen Runde nicht durchsetzen konnte. Ausschlaggebend war letztlich die Erfahrung einer Mitbewerberin mit KIS-Einführungen im Spitalsbereich.

Ich weiß, dass eine solche Nachricht nach mehreren Gesprächsrunden entäuschend ist. Wenn Sie möchten, gebe ich Ihnen gerne telefonisch ein ausführlicheres Feedback – rufen Sie mich einfach an.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen

Mag. Stefan Lechner
Leitung Projektmanagement-Office
Donaupark Kliniken Wien
Donaustraße 14, 1020 Wien
Tel.: +43 1 555 7730"""),

dict(slug="bergli-intern-besetzt-ch", lang="de", label="rejection", style="personal", cat="internal-candidate",
     tags="CH; Mittelstand; Sie; filled internally; English disclaimer footer",
     frm=("Nicole Zaugg", "nicole.zaugg@bergli-reisen.example"),
     subject="Ihre Bewerbung als Marketing Manager DACH",
     rt="nicole.zaugg@bergli-reisen.example", first="Nicole", company="Bergli Reisen AG", role="Marketing Manager DACH",
     body="""Guten Tag Sam Taylor

Vielen Dank für Ihre Bewerbung als Marketing Manager DACH und das angenehme Telefongespräch vom Dienstag.

Wir konnten die Stelle zwischenzeitlich intern besetzen. Eine langjährige Mitarbeiterin aus unserem Produktmanagement übernimmt die Funktion per 1. Januar. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.

Freundliche Grüsse

Nicole Zaugg
HR Business Partner
Bergli Reisen AG | Bahnhofplatz 7 | 3011 Bern
+41 31 555 22 90

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Bergli Reisen AG accepts no liability for the content of this e-mail."""),

dict(slug="okavi-weitergeleitet-hm", lang="de", label="rejection", style="personal", cat="forwarded-about-owner",
     tags="DE; Mittelstand; du; recruiter forwards the hiring manager's verdict about Sam",
     frm=("Katrin Vogt", "katrin.vogt@okavi.example"),
     subject="WG: Feedback Sam Taylor – Product Marketing Manager",
     rt="katrin.vogt@okavi.example", first="Katrin", company="Okavi Software GmbH", role="Product Marketing Manager",
     body="""Hallo Sam,

ich leite dir unten die Rückmeldung von Jörg weiter, weil ich finde, dass du sie im Original lesen solltest. Leider keine guten Nachrichten – es tut mir sehr leid. Wenn du magst, telefonieren wir morgen kurz.

Liebe Grüße
Katrin

Katrin Vogt | Talent Acquisition | Okavi Software GmbH | Leipzig | +49 341 555 2081

---------- Weitergeleitete Nachricht ---------
Von: Jörg Brenner <joerg.brenner@okavi.example>
Datum: Do., 19. Nov. 2026 um 17:02
Betreff: Feedback Sam Taylor – Product Marketing Manager
An: Katrin Vogt <katrin.vogt@okavi.example>

Hi Katrin,

danke für die Organisation. Sam hat im Gespräch einen sehr guten Eindruck gemacht, vor allem bei Messaging und Positionierung. Für die Rolle als Product Marketing Manager fehlt uns aber die Erfahrung mit technischem SaaS-Vertrieb, und die brauchen wir ab Tag eins. Wir werden Sam deshalb nicht in die nächste Runde nehmen. Bitte richte meinen Dank aus.

Jörg"""),

dict(slug="schindler-stelle-nicht-nachbesetzt", lang="de", label="rejection", style="personal", cat="role-cancelled",
     tags="DE; Mittelstand; Sie; CEO writes; restructuring; role will not be filled",
     frm=("Wolfgang Schindler", "w.schindler@schindler-feinmechanik.example"),
     subject="Leitung Operations – Stand der Dinge",
     rt="w.schindler@schindler-feinmechanik.example", first="Wolfgang", company="Schindler Feinmechanik", role="Leitung Operations",
     body="""Guten Tag Sam Taylor,

ich melde mich persönlich, weil Sie sich die Mühe von zwei Gesprächen und einer Werksbesichtigung gemacht haben.

Wir haben uns im Gesellschafterkreis entschieden, Einkauf und Logistik künftig unter der bestehenden kaufmännischen Leitung zusammenzufassen. Die Stelle Leitung Operations wird dadurch nicht nachbesetzt, und wir beenden das Verfahren für alle Kandidaten.

Das hat ausdrücklich nichts mit Ihnen zu tun. Ich bedaure sehr, dass wir Ihnen das erst jetzt sagen können.

Mit freundlichen Grüßen aus Tuttlingen
Wolfgang Schindler
Geschäftsführer
Schindler Feinmechanik GmbH & Co. KG
Tel. 07461 555 310"""),

dict(slug="tessera-deutsch-english-below", lang="de", label="rejection", style="personal", cat="personal-after-interview",
     tags="DE; scale-up; du; German then English version; mixed languages",
     frm=("Aylin Demir", "aylin.demir@tessera-mobility.example"),
     subject="Communications Manager @ Tessera – deine Bewerbung / your application",
     rt="aylin.demir@tessera-mobility.example", first="Aylin", company="Tessera Mobility GmbH", role="Communications Manager",
     body="""(English below)

Hallo Sam,

danke für die Gespräche mit dem Team in den letzten Wochen. Wir haben uns entschieden, den Prozess für die Rolle Communications Manager mit dir nicht fortzusetzen. Uns hat vor allem die Erfahrung mit Behörden- und Stadtkommunikation gefehlt, die bei uns im Moment sehr wichtig ist.

Danke dir und alles Gute!

---

Hi Sam,

thanks for the conversations with the team over the past few weeks. We've decided not to continue the process with you for the Communications Manager role – mainly because we need someone with experience in public-sector and city communications right now.

Thanks and all the best!

Aylin Demir
Talent Partner | Tessera Mobility GmbH
Berlin | +49 30 555 81 40"""),

dict(slug="hofer-partner-agentur-du", lang="de", label="rejection", style="personal", cat="agency-recruiter",
     tags="DE; Personalberatung; du; client said no; typo; mobile signature",
     frm=("Benni Hofer", "benjamin.hofer@hofer-partner.example"),
     subject="Brückner – Content Lead",
     rt="benjamin.hofer@hofer-partner.example", first="Benni", company="Brückner Verlagsgruppe", role="Content Lead",
     body="""Servus Sam,

hab grad mit der Brückner Verlagsgruppe telefoniert. Die haben sich leider gegen eine weitere Runde mit dir entscheiden, für die Content Lead Stelle wollen sie jemand mit mehr Print-Hintergrund. Ich find's schade, ehrlich.

Lass uns nächste Woche mal telefonieren, ich hab da noch was im Kopf.

Grüße
Benni

--
Benjamin Hofer
Hofer & Partner Personalberatung
München | 0171 555 2290"""),

# ---------------------------------------------------------------- others, ATS
dict(slug="brandtner-personio-eingang-hedge", lang="de", label="other", style="ats", cat="ack-received",
     tags="DE; Mittelstand; du; personio; acknowledgement that promises news either way; same sender as a rejection",
     vendor=PERSONIO_DE, frm=("Brandtner Haustechnik GmbH", "noreply@jobs.personio.de"),
     subject="Danke für deine Bewerbung als Online Marketing Manager (m/w/d)",
     body="""Hallo Sam,

vielen Dank für deine Bewerbung als Online Marketing Manager (m/w/d)! Deine Unterlagen sind gut bei uns angekommen.

Wir schauen uns alle Bewerbungen genau an und melden uns in den nächsten zwei bis drei Wochen bei dir – auch dann, wenn wir uns leider gegen eine Zusammenarbeit entscheiden sollten. Du musst also nicht nachfragen.

Viele Grüße<br>Dein Team der Brandtner Haustechnik GmbH"""),

dict(slug="helvion-softgarden-einladung", lang="de", label="other", style="ats", cat="interview-invite",
     tags="DE; Konzern; Sie; softgarden; interview invitation; same sender as a rejection; mentions the other role",
     vendor=SOFTGARDEN_DE, frm=("Helvion Versicherung AG", "helvion-karriere@softgarden.io"),
     subject="Einladung zum Vorstellungsgespräch: Projektmanager Marketing (m/w/d)",
     body="""Sehr geehrte*r Sam Taylor,

auch wenn es mit der Position im Bereich Unternehmenskommunikation leider nicht geklappt hat, ist uns Ihr Profil im Talentpool aufgefallen: Für die Stelle Projektmanager Marketing (m/w/d) möchten wir Sie gerne kennenlernen.

Bitte wählen Sie über den folgenden Link einen Termin für ein 45-minütiges Videogespräch mit Frau Keller (Bereichsleitung Marketing) aus:

<a href="https://click.example/t/helvion-termin" style="background:#e2001a;color:#fff;padding:10px 18px;text-decoration:none;">Termin auswählen</a>

Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Helvion Versicherung AG"""),

dict(slug="norrhaven-sf-transfer-req", lang="de", label="other", style="ats", cat="requisition-transfer",
     tags="DE; Konzern; Sie; successfactors; old requisition closed, application transferred; status table",
     vendor=SF_DE, frm=("Norrhaven Logistik SE Careers", "careers-noreply@successfactors.eu"),
     subject="Statusänderung Ihrer Bewerbung – Req. 77345",
     body="""Guten Tag Sam Taylor,

die Ausschreibung Junior Projektmanager Supply Chain (Req. 77345) wurde geschlossen. Da Ihr Profil gut zu einer neu eröffneten Stelle passt, haben wir Ihre Bewerbung mit Ihrem Einverständnis übertragen.

<table cellpadding="6" style="border-collapse:collapse;font-size:13px;border:1px solid #ddd;"><tr><td><b>Bisherige Stelle</b></td><td>Junior Projektmanager Supply Chain – geschlossen</td></tr><tr><td><b>Neue Stelle</b></td><td>Projektmanager Kontraktlogistik (w/m/d), Req. 77502</td></tr><tr><td><b>Neuer Status</b></td><td>In Prüfung durch Fachbereich</td></tr></table>

Sie müssen nichts weiter tun. Details in Ihrem <a href="https://click.example/t/norrhaven-portal">Bewerberkonto</a>.

Mit freundlichen Grüßen<br>Talent Acquisition – Norrhaven Logistik SE"""),

dict(slug="stepstone-jobalert-gemerkt", lang="de", label="other", style="ats", cat="job-alert",
     tags="DE; stepstone; job alert; a saved job no longer available; bulk", bulk=True, wrap=70,
     vendor=STEPSTONE_DE, frm=("StepStone Jobagent", "jobagent@mail.stepstone.de"),
     subject="7 neue Jobs: Marketing Manager in Hamburg und Umgebung",
     body="""Hallo Sam Taylor,

hier sind Ihre neuen Jobs für „Marketing Manager“:

<ul><li><a href="https://click.example/t/ss-j1">Marketing Manager B2B (m/w/d)</a> – Elbquartier Consulting, Hamburg</li><li><a href="https://click.example/t/ss-j2">Senior Brand Manager (w/m/d)</a> – Nordfrost Lebensmittel GmbH, Hamburg</li><li><a href="https://click.example/t/ss-j3">Projektmanager Kommunikation</a> – Hanseatische Stiftung für Kultur, Hamburg</li><li><a href="https://click.example/t/ss-j4">Teamlead Operations Marketing</a> – Kaimauer Logistics, Hamburg</li></ul>

<b>Hinweis zu Ihrer Merkliste:</b> Die gemerkte Stelle „Marketing Manager Events“ bei Alsterblick Hotels ist leider nicht mehr verfügbar und wurde aus Ihrer Merkliste entfernt.

<a href="https://click.example/t/ss-alle">Alle 7 Jobs ansehen</a>"""),

dict(slug="linkedin-bewerbung-angesehen", lang="de", label="other", style="ats", cat="status-update",
     tags="DE; linkedin; application viewed; same company as a rejection; bulk", bulk=True,
     vendor=LINKEDIN_DE, frm=("LinkedIn", "jobs-noreply@linkedin.com"),
     subject="Ihre Bewerbung wurde von Tessera Mobility GmbH angesehen",
     body="""Hallo Sam,

Ihre Bewerbung für <b>Senior Marketing Manager, Partnerships</b> bei Tessera Mobility GmbH wurde angesehen.

Das bedeutet nicht zwingend, dass Sie eine Rückmeldung erhalten – viele Arbeitgeber melden sich nur bei Kandidat:innen, die in die engere Wahl kommen.

<a href="https://click.example/t/li-app">Bewerbung ansehen</a> · <a href="https://click.example/t/li-similar">Ähnliche Jobs</a>"""),

dict(slug="kranichwolf-teamtailor-community", lang="de", label="other", style="ats", cat="talent-pool",
     tags="DE; Agentur; du; teamtailor; talent community sign-up without an application; 'gerade keine passende Stelle'",
     vendor=TEAMTAILOR_DE, frm=("Kranich & Wolf Kommunikation", "no-reply@teamtailor-mail.com"),
     subject="Willkommen in der Kranich & Wolf Talent-Community",
     body="""Hi Sam,

schön, dass du dich in unsere Talent-Community eingetragen hast!

Gerade haben wir keine offene Stelle, die genau zu deinen Interessen (PR, Content, Projektmanagement) passt – aber sobald sich das ändert, bist du die erste Person, die es erfährt.

Du kannst deine Interessen jederzeit <a href="https://click.example/t/tt-kw-prefs">hier anpassen</a> oder dich austragen.

Bis bald!<br>Dein Kranich &amp; Wolf Team"""),

dict(slug="aralis-workday-assessment", lang="de", label="other", style="ats", cat="assessment",
     tags="CH; Konzern; Sie; workday; online assessment with a conditional 'leider nicht weiter berücksichtigen'",
     vendor=WORKDAY_DE, frm=("Aralis Pharma AG", "aralis@myworkday.com"),
     subject="Nächster Schritt: Online-Assessment – Project Manager Launch Excellence",
     body="""Guten Tag Sam Taylor

Herzlichen Dank für Ihre Bewerbung als Project Manager Launch Excellence. Gerne laden wir Sie zum nächsten Schritt ein: einem Online-Assessment (ca. 40 Minuten).

<a href="https://click.example/t/aralis-assessment">Assessment starten</a>

Bitte schliessen Sie das Assessment bis 27. November 2026 ab. Sollten wir bis dahin kein Ergebnis erhalten, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Freundliche Grüsse<br>Aralis Pharma AG – Talent Acquisition Schweiz"""),

dict(slug="wohnfinder-vermieter-anderer", lang="de", label="other", style="ats", cat="non-job-rejection",
     tags="DE; flat application declined; same wording as a job rejection; bulk", bulk=True,
     vendor=dict(name="wohnfinder", color="#3c9d5d", logo="wohnfinder",
                 footer='wohnfinder GmbH · Berlin · <a href="https://click.example/t/wf-unsub">Benachrichtigungen abbestellen</a> · <a href="https://click.example/t/wf-privacy">Datenschutz</a>'),
     frm=("wohnfinder", "benachrichtigung@wohnfinder.example"),
     subject="Ihre Anfrage: 3-Zimmer-Wohnung, Eppendorfer Weg 112",
     body="""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung auf die Wohnung <b>3-Zimmer-Wohnung, Eppendorfer Weg 112, Hamburg</b>.

Der Anbieter hat sich leider für andere Interessenten entschieden. Wir wissen, dass die Wohnungssuche aktuell nicht einfach ist – mit einem vollständigen Mieterprofil erhöhen Sie Ihre Chancen deutlich.

<a href="https://click.example/t/wf-aehnlich">Ähnliche Wohnungen ansehen</a>

Ihr wohnfinder-Team"""),

# ---------------------------------------------------------------- others, personal
dict(slug="colleague-praktikum-absage-freigeben", lang="de", label="other", style="personal", cat="owner-hiring",
     tags="DE; Calder Street Media colleague; Sam is hiring; rejection to a candidate to approve",
     frm=("Miriam Kessler", "miriam.kessler@example.org"),
     subject="Absage Praktikum Social Media – kannst du freigeben?",
     body="""Hi Sam,

für das Praktikum Social Media hab ich die Absagen vorbereitet. Bei Frau Yilmaz bin ich unsicher – wir hatten gesagt, dass sie nicht genug Videoerfahrung hat, aber sie war im Gespräch echt stark. Text wäre:

"Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben."

Kannst du bis Freitag kurz freigeben oder sagen, ob wir sie doch in die zweite Runde nehmen?

Danke!
Miriam

Miriam Kessler | People Operations | Calder Street Media"""),

dict(slug="sam-nachfrage-kaltenegger", lang="de", label="other", style="personal", cat="owner-sent",
     tags="AT; Sam's own sent mail; asks whether someone else was chosen",
     frm=("Sam Taylor", "sam.taylor@example.org"), to=("Petra Kaltenegger", "p.kaltenegger@kaltenegger-bau.example"),
     subject="Nachfrage: Bewerbung Assistenz der Geschäftsführung",
     body="""Sehr geehrte Frau Kaltenegger,

ich habe mich vor vier Wochen auf die Stelle Assistenz der Geschäftsführung beworben und wollte höflich nachfragen, ob Sie sich bereits für jemand anderen entschieden haben. Falls ja, wäre ich für eine kurze Rückmeldung dankbar – falls nicht, stehe ich natürlich gerne für ein Gespräch zur Verfügung.

Mit freundlichen Grüßen
Sam Taylor
Calder Street Media"""),

dict(slug="vigor-antwort-zweites-gespraech", lang="de", label="other", style="personal", cat="answer-to-owner-question",
     tags="AT; Mittelstand; Sie; answer to Sam's 'have you chosen someone else?': no, second interview",
     frm=("Andrea Pichler", "andrea.pichler@vigor-logistik.example"), in_reply_to="sam-vigor-nachfrage",
     subject="AW: Bewerbung Projektmanager Prozessoptimierung",
     body="""Sehr geehrte/r Sam Taylor,

nein, wir haben uns noch nicht für jemand anderen entschieden – im Gegenteil! Entschuldigen Sie bitte die lange Funkstille, unser Geschäftsführer war zwei Wochen krank.

Wir würden Sie sehr gerne zu einem zweiten Gespräch in Linz einladen. Passt Ihnen der 2. oder 4. Dezember, jeweils 10:00 Uhr?

Freundliche Grüße
Andrea Pichler
Personalentwicklung | Vigor Logistik GmbH
+43 732 555 610""",
     quote="""-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Mittwoch, 25. November 2026 16:20
Betreff: Bewerbung Projektmanager Prozessoptimierung

Sehr geehrte Frau Pichler,
darf ich fragen, ob die Stelle Projektmanager Prozessoptimierung bereits vergeben ist bzw. ob Sie sich für eine andere Person entschieden haben?
Mit freundlichen Grüßen, Sam Taylor"""),

dict(slug="kranichwolf-antwort-auf-dank", lang="de", label="other", style="personal", cat="reply-to-owner-followup",
     tags="DE; Agentur; du; reply to Sam's thank-you after a rejection; rejection only in the quote",
     frm=("Jana Reuter", "jana.reuter@kranich-wolf.example"), in_reply_to="sam-kw-danke",
     subject="Re: Danke für das Gespräch, Sam!",
     body="""Liebe Sam,

wie schön, danke für deine nette Antwort! Kein Grund, dich zu entschuldigen – sehr gerne bleiben wir in Kontakt. Ich hab dich für die Stelle im Frühjahr schon mal vorgemerkt.

Herzliche Grüße
Jana""",
     quote="""Am 27.11.2026 um 11:05 schrieb Sam Taylor <sam.taylor@example.org>:
> Liebe Jana,
> danke für die ehrliche Rückmeldung, auch wenn ich natürlich gehofft hatte, dass es klappt.
> Ich würde mich freuen, wenn ihr mich für künftige Stellen im Hinterkopf behaltet.
> Viele Grüße, Sam
>
>> Am Ende haben wir uns für eine Kandidatin entschieden, deren Profil noch etwas
>> genauer zu dem passt, was wir für die Rolle als Senior PR Consultant gerade brauchen."""),

dict(slug="sattler-neue-mandate", lang="de", label="other", style="personal", cat="recruiter-outreach",
     tags="DE; Personalberater; Sie; pitch of new mandates after an earlier no; mentions the earlier result",
     frm=("Dr. Ulrike Sattler", "u.sattler@sattler-search.example"),
     subject="Zwei neue Mandate – Marketing / Kommunikation",
     body="""Sehr geehrte/r Sam Taylor,

nachdem es bei Feldkamp im Herbst leider nicht gereicht hat, habe ich Sie nicht vergessen. Aktuell betreue ich zwei Mandate, die meiner Meinung nach sehr gut passen könnten:

1. Head of Corporate Communications, familiengeführter Medizintechnik-Hersteller, Raum Stuttgart
2. Leitung Marketing Operations, börsennotierter Softwarekonzern, Frankfurt (hybrid)

Hätten Sie Interesse an einem kurzen Telefonat diese Woche?

Mit besten Grüßen
Ulrike Sattler
Sattler Executive Search GmbH | +49 172 555 0418"""),

dict(slug="quellwerk-vertragsangebot", lang="de", label="other", style="personal", cat="offer",
     tags="DE; Mittelstand; Sie; written offer with a 'leider' about salary; PDF attachment",
     frm=("Heike Sommer", "heike.sommer@quellwerk.example"),
     subject="Ihr Vertragsangebot – Teamleitung Kommunikation",
     attach=("Angebot_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% placeholder offer letter\n"),
     body="""Sehr geehrte/r Sam Taylor,

wir freuen uns sehr, Ihnen die Position Teamleitung Kommunikation bei der Quellwerk GmbH anbieten zu können! Anbei finden Sie unser Vertragsangebot.

Leider konnten wir Ihre Gehaltsvorstellung nicht ganz erfüllen; wir haben aber, wie besprochen, einen zusätzlichen Urlaubstag und ein Weiterbildungsbudget aufgenommen.

Bitte geben Sie uns bis zum 11. Dezember Bescheid, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Heike Sommer
Personalleitung, Quellwerk GmbH, Freiburg
Tel. 0761 555 4410"""),

dict(slug="marketingtag-wien-vortrag-abgelehnt", lang="de", label="other", style="personal", cat="non-job-rejection",
     tags="AT; conference talk proposal declined; application-like wording",
     frm=("Programmkomitee Marketing-Tag Wien", "programm@marketingtag-wien.example"),
     subject="Ihre Einreichung „Newsletter als Produkt“ – Marketing-Tag Wien 2027",
     body="""Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Einreichung „Newsletter als Produkt“ für den Marketing-Tag Wien 2027.

Wir haben in diesem Jahr über 240 Vorschläge erhalten. Leider konnten wir Ihren Vortrag nicht in das Programm aufnehmen. Die Entscheidung fiel uns bei vielen starken Einreichungen schwer.

Als Dankeschön erhalten Sie mit dem Code MTW27-SPEAK 30 % Rabatt auf Ihr Ticket.

Mit freundlichen Grüßen
Das Programmkomitee
Marketing-Tag Wien"""),

dict(slug="vigor-entscheidung-verzoegert", lang="de", label="other", style="personal", cat="status-update",
     tags="AT; Mittelstand; Sie; decision delayed; explicitly still in the running; 'on hold' wording",
     frm=("Andrea Pichler", "andrea.pichler@vigor-logistik.example"),
     subject="Kurzes Zwischen-Update: Projektmanager Prozessoptimierung",
     body="""Sehr geehrte/r Sam Taylor,

ich wollte mich kurz melden, damit Sie nicht im Ungewissen bleiben: Unsere Entscheidung zur Stelle Projektmanager Prozessoptimierung verzögert sich um etwa zwei Wochen, da die Budgetfreigabe für 2027 noch aussteht.

Die Stelle ist nicht gestrichen und auch nicht auf Eis gelegt – wir sind schlicht noch nicht so weit. Sie sind weiterhin im Auswahlverfahren, und ich melde mich spätestens am 14. Dezember.

Freundliche Grüße
Andrea Pichler
Vigor Logistik GmbH"""),
]

for _m in MESSAGES:
    _m.setdefault("tz", 1)
