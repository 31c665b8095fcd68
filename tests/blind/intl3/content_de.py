"""German messages (de-DE, de-AT, de-CH): 23 rejections, 23 hard negatives."""
from content_common import DSGVO_LONG, DSG_CH, OWNER, rej


def D(**kw):
    kw.setdefault("lang", "de")
    kw.setdefault("variant", "de-DE")
    return kw


REJECTIONS = [
    # ---------------------------------------------------------------- ATS
    D(slug="lindwurm-greenhouse-sorgfaeltig", label="rejection", cat="ats-automated", style="ats", vendor="greenhouse",
      brand="Lindwurm Mobility GmbH", frm="Lindwurm Mobility Recruiting <no-reply@us.greenhouse-mail.io>",
      subject="Ihre Bewerbung bei Lindwurm Mobility GmbH",
      exp=rej("", "", "Lindwurm Mobility GmbH", "Senior Product Manager (m/w/d) – Plattform"),
      notes="classic opening; Sie; verdict in second paragraph",
      text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Senior Product Manager (m/w/d) – Plattform und das Interesse an Lindwurm Mobility GmbH.

Nach sorgfältiger Durchsicht Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist uns angesichts der vielen qualifizierten Zuschriften nicht leichtgefallen und stellt keine Bewertung Ihrer Person dar.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Lindwurm Mobility""",
      about="Über uns: Lindwurm Mobility entwickelt Software für On-Demand-Verkehre in über 40 Städten. Wir sind stolz darauf, als „Top-Arbeitgeber Mittelstand 2026“ ausgezeichnet worden zu sein.",
      legal=DSGVO_LONG.format(company="Lindwurm Mobility GmbH", domain="lindwurm-mobility.example")),

    D(slug="kiezkraft-personio-du-nicht-gepasst", label="rejection", cat="ats-automated", style="ats", vendor="personio",
      brand="Kiezkraft", frm="Kiezkraft Jobs <noreply@jobs.personio.de>",
      subject="Update zu deiner Bewerbung als Growth Lead",
      exp=rej("talent@kiezkraft.example", "", "Kiezkraft", "Growth Lead"),
      notes="du; startup; team address named in body",
      text="""Hey Sam,

danke, dass du dich als Growth Lead bei Kiezkraft beworben hast – wir haben uns riesig über die vielen Bewerbungen gefreut!

Wir haben uns jede einzelne genau angeschaut. Diesmal hat es für dich leider nicht gepasst, und wir gehen mit anderen Bewerber:innen in die nächste Runde.

Falls du Fragen hast, schreib uns gern an talent@kiezkraft.example. Und schau ab und zu auf unserer Karriereseite vorbei – wir wachsen weiter.

Liebe Grüße aus Kreuzberg
Dein Kiezkraft-Team""",
      about="Kiezkraft bringt Nachbarschaftsstrom aufs Dach – gemeinsam für die Energiewende in Berlin."),

    D(slug="alpenfirn-softgarden-talentpool-frage", label="rejection", cat="keep-on-file", style="ats", vendor="softgarden",
      variant="de-AT", brand="Alpenfirn Versicherung AG", frm="Alpenfirn Versicherung AG <alpenfirn@softgarden.io>",
      subject="Ihre Bewerbung: Product Owner Digitale Schadenmeldung (w/m/d)",
      exp=rej("", "", "Alpenfirn Versicherung AG", "Product Owner Digitale Schadenmeldung (w/m/d)"),
      notes="Austrian; verdict after praise; data-retention question with button; long DSGVO",
      button="Ja, Profil im Talentpool speichern",
      text="""Sehr geehrte/r Sam Taylor,

herzlichen Dank für Ihre Bewerbung als Product Owner Digitale Schadenmeldung (w/m/d) und die Zeit, die Sie in Ihre Unterlagen investiert haben. Ihr Werdegang bei Calder Street Media und Ihre Erfahrung mit datengetriebenen Produkten haben uns durchaus beeindruckt.

Im Rahmen des Auswahlverfahrens mussten wir jedoch eine Auswahl treffen. Nach eingehender Abwägung sind wir zu dem Ergebnis gekommen, dass andere Bewerbungen dem Anforderungsprofil in einigen Punkten noch genauer entsprechen. Wir bedauern, Ihnen daher keine positive Nachricht übermitteln zu können.

Gerne würden wir Ihr Profil in unseren Talentpool aufnehmen, um Sie bei künftigen passenden Vakanzen direkt kontaktieren zu können. Dürfen wir Ihre Daten dafür für weitere 24 Monate speichern? Dann klicken Sie bitte auf den Button unten. Ohne Ihre Zustimmung werden Ihre Daten nach sechs Monaten gelöscht.

Mit freundlichen Grüßen aus Innsbruck
Personalmanagement
Alpenfirn Versicherung AG""",
      legal=DSGVO_LONG.format(company="Alpenfirn Versicherung AG, Museumstraße 12, 6020 Innsbruck", domain="alpenfirn.example")),

    D(slug="rheinhafen-workday-status-nicht-beruecksichtigt", label="rejection", cat="status-portal", style="ats", vendor="workday",
      brand="Rheinhafen Logistik SE", frm="Rheinhafen Logistik SE <rheinhafen@myworkday.com>",
      subject="Statusänderung Ihrer Bewerbung – R-20418",
      exp=rej("", "", "Rheinhafen Logistik SE", "Product Manager Supply Chain Visibility"),
      notes="verdict only in a status table cell",
      button="Zum Kandidatenportal",
      table=[("Stelle", "Product Manager Supply Chain Visibility"), ("Referenz", "R-20418"), ("Standort", "Duisburg"),
             ("Status", "Nicht berücksichtigt"), ("Letzte Aktualisierung", "durch Talent Acquisition")],
      text="""Guten Tag Sam Taylor,

der Status Ihrer Bewerbung bei Rheinhafen Logistik SE hat sich geändert.

{table}

Die Einzelheiten können Sie jederzeit in unserem Kandidatenportal einsehen. Dort können Sie auch Ihr Profil aktualisieren oder sich auf weitere Stellenangebote bewerben.

Vielen Dank für Ihr Interesse an Rheinhafen Logistik SE.

Talent Acquisition"""),

    D(slug="brennerwerk-successfactors-besetzt", label="rejection", cat="ats-automated", style="ats", vendor="successfactors",
      brand="Brennerwerk Maschinenbau AG", frm="Brennerwerk Karriere <karriere-noreply@successfactors.eu>",
      subject="Ihre Bewerbung als Product Marketing Manager (w/m/d) – Ref. 7731",
      exp=rej("", "", "Brennerwerk Maschinenbau AG", "Product Marketing Manager (w/m/d)"),
      notes="position filled; short; legal footer",
      text="""Sehr geehrte:r Sam Taylor,

wir danken Ihnen für Ihre Bewerbung als Product Marketing Manager (w/m/d) bei der Brennerwerk Maschinenbau AG.

Die ausgeschriebene Position konnte zwischenzeitlich besetzt werden. Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen gelöscht.

Für Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Brennerwerk Maschinenbau AG
Human Resources""",
      about="Brennerwerk Maschinenbau AG · Sitz: Rosenheim · Registergericht Traunstein HRB 4471 · Vorstand: Dr. Ulrike Maier (Vors.), Florian Seidl · Aufsichtsratsvorsitzender: Bernhard Kolb"),

    D(slug="quarzsand-join-stelle-nicht-besetzt", label="rejection", cat="role-cancelled", style="ats", vendor="join",
      brand="Quarzsand Analytics", frm="Quarzsand Analytics via JOIN <notifications@join.com>",
      reply_to="Nadine Kessler <nadine.kessler@quarzsand.example>",
      subject="Head of Product – Update zum Bewerbungsprozess",
      exp=rej("nadine.kessler@quarzsand.example", "Nadine", "Quarzsand Analytics", "Head of Product"),
      notes="role not filled after all; Reply-To a person",
      text="""Hallo Sam,

vielen Dank für deine Bewerbung und das nette Kennenlerngespräch vor zwei Wochen.

Wir haben intern noch einmal über unsere Planung für 2027 gesprochen und entschieden, die Stelle als Head of Product vorerst nicht zu besetzen. Die Produktverantwortung bleibt bis auf Weiteres bei unseren Gründern. Aus diesem Grund schließen wir das Bewerbungsverfahren für alle Kandidat:innen ab.

Das hat ausdrücklich nichts mit dir zu tun – es tut uns leid, dass wir dir nach so viel investierter Zeit keine bessere Nachricht geben können.

Viele Grüße
Nadine Kessler
People & Culture, Quarzsand Analytics"""),

    D(slug="limmatbank-smartrecruiters-intern", label="rejection", cat="internal-candidate", style="ats", vendor="smartrecruiters",
      variant="de-CH", brand="Limmatbank Privatbank AG", frm="Limmatbank Privatbank AG <noreply@smartrecruiters.com>",
      subject="Ihre Bewerbung als Digital Product Lead",
      exp=rej("", "", "Limmatbank Privatbank AG", "Digital Product Lead"),
      notes="Swiss spelling (ss); filled internally",
      text="""Guten Tag Sam Taylor

Besten Dank für Ihre Bewerbung als Digital Product Lead und Ihr Interesse an der Limmatbank Privatbank AG.

Wir möchten Sie darüber informieren, dass wir uns entschieden haben, die Stelle mit einer internen Kandidatin zu besetzen. Wir sind daher nicht in der Lage, Ihre Bewerbung weiter zu berücksichtigen.

Wir danken Ihnen für das entgegengebrachte Vertrauen und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüsse
Limmatbank Privatbank AG
Human Resources, Bahnhofstrasse 40, 8001 Zürich""",
      legal=DSG_CH.format(domain="limmatbank.example")),

    D(slug="fjordlicht-teamtailor-nicht-eng-genug", label="rejection", cat="ats-automated", style="ats", vendor="teamtailor",
      brand="Fjordlicht Studios", frm="Lena von Fjordlicht Studios <lena.brueck@fjordlicht.teamtailor-mail.com>",
      reply_to="Lena Brück <lena.brueck@fjordlicht.example>",
      subject="Deine Bewerbung bei Fjordlicht Studios",
      exp=rej("lena.brueck@fjordlicht.example", "Lena", "Fjordlicht Studios", "Product Manager Games Economy"),
      notes="du; indirect 'passt nicht eng genug'; Reply-To a person",
      text="""Hi Sam,

schön, dass du dich für die Stelle als Product Manager Games Economy bei uns interessiert hast!

Wir haben uns dein Profil gemeinsam mit dem Team angesehen. Für diese Rolle suchen wir jemanden mit mehreren Jahren Erfahrung in Free-to-play-Monetarisierung, und da passt dein Profil leider nicht eng genug zu dem, was wir gerade brauchen. Wir werden deine Bewerbung deshalb nicht weiterverfolgen.

Ich weiß, dass so eine Nachricht nie schön ist. Danke dir trotzdem für deine Zeit, und viel Erfolg bei der Suche!

Lena vom People-Team
Fjordlicht Studios · Hamburg"""),

    D(slug="wiesengrund-recruitee-nach-video", label="rejection", cat="after-assessment", style="ats", vendor="recruitee",
      brand="Wiesengrund Health", frm="Wiesengrund Health <no-reply@mail.recruitee.com>",
      subject="Rückmeldung zu Ihrem Videointerview – Product Manager Telemedizin",
      exp=rej("jonas.ebert@wiesengrund-health.example", "Jonas", "Wiesengrund Health", "Product Manager Telemedizin"),
      notes="after recorded video interview; recruiter address in body of a no-reply mail",
      text="""Hallo Sam Taylor,

danke, dass Sie sich die Zeit für das Videointerview zur Position Product Manager Telemedizin genommen haben.

Wir haben alle Interviews im Team ausgewertet und uns dafür entschieden, den Prozess mit anderen Kandidat*innen fortzusetzen, deren Erfahrung im regulierten Gesundheitsumfeld näher an unserem aktuellen Bedarf liegt.

Wenn Sie ein kurzes Feedback wünschen, wenden Sie sich gern direkt an mich: jonas.ebert@wiesengrund-health.example.

Beste Grüße
Jonas Ebert
Talent Acquisition Partner
Wiesengrund Health"""),

    D(slug="kupferhof-bamboohr-fallstudie", label="rejection", cat="after-assessment", style="ats", vendor="bamboohr",
      brand="Kupferhof Commerce GmbH", frm="Kupferhof Commerce GmbH <notifications@app.bamboohr.com>",
      subject="Ergebnis Ihrer Fallstudie",
      exp=rej("", "", "Kupferhof Commerce GmbH", "Senior Product Owner Checkout"),
      notes="case-study score below threshold",
      text="""Guten Tag Sam,

vielen Dank für die Bearbeitung der Fallstudie im Rahmen Ihrer Bewerbung als Senior Product Owner Checkout.

Ihre Ausarbeitung wurde von zwei Mitgliedern des Produktteams anhand unseres standardisierten Bewertungsbogens begutachtet. Leider hat Ihre Lösung die für die Einladung zur nächsten Runde erforderliche Punktzahl nicht erreicht. Daher ist das Auswahlverfahren für Sie an dieser Stelle beendet.

Wir danken Ihnen für Ihren Einsatz.

Freundliche Grüße
People Team – Kupferhof Commerce GmbH"""),

    D(slug="nordstern-icims-htmlonly-verdict-end", label="rejection", cat="ats-automated", style="ats", vendor="icims",
      brand="Nordstern Pharma Deutschland GmbH", frm="Nordstern Pharma Karriere <donotreply@talent.icims.com>",
      subject="Vielen Dank für Ihre Bewerbung (Req. 58812)", html_only=True, cte="base64",
      exp=rej("", "", "Nordstern Pharma Deutschland GmbH", "Manager Digital Product Marketing Onkologie"),
      notes="HTML-only base64; long company boilerplate; verdict in the last sentence",
      text="""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Bewerbung auf die Position Manager Digital Product Marketing Onkologie (Req. 58812) bei der Nordstern Pharma Deutschland GmbH.

Bei Nordstern arbeiten über 9.000 Menschen in 31 Ländern daran, innovative Therapien für Patientinnen und Patienten zugänglich zu machen. Vielfalt, Chancengleichheit und Inklusion sind fester Bestandteil unserer Unternehmenskultur; wir begrüßen Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.

Jede Bewerbung wird bei uns sorgfältig und nach einheitlichen Kriterien geprüft. Dabei berücksichtigen wir nicht nur fachliche Qualifikationen, sondern auch die Anforderungen des jeweiligen Teams und die strategische Ausrichtung des Geschäftsbereichs.

Wir haben Ihre Qualifikationen mit großem Interesse zur Kenntnis genommen, werden Ihre Bewerbung für diese Position jedoch nicht weiter verfolgen.

Mit freundlichen Grüßen
Talent Acquisition Deutschland""",
      about="Nordstern Pharma Deutschland GmbH, Otto-Hahn-Allee 5, 60439 Frankfurt am Main. Geschäftsführung: Dr. Henrik Saal, Petra Lorenz. Amtsgericht Frankfurt HRB 91022.",
      legal=DSGVO_LONG.format(company="Nordstern Pharma Deutschland GmbH", domain="nordstern-pharma.example")),

    D(slug="donauwelle-lever-auf-eis", label="rejection", cat="role-cancelled", style="ats", vendor="lever",
      variant="de-AT", brand="Donauwelle Media Group", frm="Donauwelle Media Group <no-reply@hire.lever.co>",
      subject="Wichtige Information zu Ihrer Bewerbung",
      exp=rej("", "", "Donauwelle Media Group", "Lead Product Manager Streaming"),
      notes="Austrian; restructuring; position put on ice and all applications closed",
      text="""Sehr geehrte Damen und Herren, liebe Bewerberinnen und Bewerber,

im Zuge einer strategischen Neuausrichtung unserer Streaming-Sparte haben wir entschieden, die Position Lead Product Manager Streaming bis auf Weiteres auf Eis zu legen.

Wir schließen daher alle laufenden Bewerbungsverfahren für diese Stelle – auch Ihres, Sam Taylor. Sollte die Position zu einem späteren Zeitpunkt neu ausgeschrieben werden, freuen wir uns über eine erneute Bewerbung.

Wir bitten um Ihr Verständnis und danken für Ihr Interesse an der Donauwelle Media Group.

Mit besten Grüßen aus Wien
HR Donauwelle Media Group""",
      about="Donauwelle Media Group GmbH, Praterstraße 31, 1020 Wien, FN 402117 x, Handelsgericht Wien."),

    # ---------------------------------------------------------------- personal
    D(slug="weserblick-hm-nach-zweitgespraech", label="rejection", cat="personal-after-interview", style="personal",
      frm="Dr. Katrin Hollstein <k.hollstein@weserblick-energie.example>",
      subject="Ihre Bewerbung als Produktmanager:in Energiedienstleistungen",
      exp=rej("k.hollstein@weserblick-energie.example", "Katrin", "Weserblick Energie GmbH",
              "Produktmanager:in Energiedienstleistungen"),
      notes="hiring manager after second interview; bullet feedback; verdict mid-letter",
      text="""Sehr geehrte:r Sam Taylor,

vielen Dank noch einmal für das ausführliche Gespräch am Dienstag mit Herrn Behrens und mir. Wir haben uns die Entscheidung nicht leicht gemacht, denn Sie haben uns in vielen Punkten überzeugt.

Am Ende haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre im B2B-Vertrieb von Energiedienstleistungen gearbeitet hat – diese Erfahrung ist für die Rolle in den ersten Monaten entscheidend.

Damit Sie etwas mitnehmen können, hier unser Eindruck:
- sehr strukturierte Präsentation Ihrer Roadmap-Beispiele
- überzeugender Umgang mit Daten und Kennzahlen
- weniger Tiefe bei regulatorischen Themen (EnWG, Netzentgelte)

Ich wünsche Ihnen für Ihre weitere Suche viel Erfolg und würde mich freuen, wenn sich unsere Wege noch einmal kreuzen.

Mit freundlichen Grüßen

Dr. Katrin Hollstein
Bereichsleiterin Produktmanagement
Weserblick Energie GmbH
Am Wall 118, 28195 Bremen
Tel. +49 421 555 0187"""),

    D(slug="gruenspan-founder-du-kurz", day="2026-09-16", label="rejection", cat="personal-after-interview", style="personal",
      frm="Till Gruber <till@gruenspan.example>",
      subject="Re: Kennenlernen Grünspan / Product Lead",
      parent=True, parent_domain="mail.example.org",
      exp=rej("till@gruenspan.example", "Till", "Grünspan", "Product Lead"),
      notes="casual du; typos; top reply over Sam's thank-you",
      text="""Hi Sam,

sorry für die späte Antwort, war ne wilde Woche hier. Ich machs kurz: wir gehen für die Product Lead Rolle mit jemand anderem weiter. Hat nix mit dem Gespräch zu tun, das war echt gut, aber die andere Person hat schon zwei Marktplätze von 0 aufgebaut und das war am Ende der Ausschlag.

Wenn du magst trinken wir trotzdem mal nen Kaffee wenn du in Leipzig bist, würd mich freuen.

Beste Grüße
Till

--
Till Gruber · Gründer & CEO · Grünspan
+49 341 555 2290

Am Mo., 14. Sept. um 09:12 schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Till,
>
> vielen Dank für das offene Gespräch am Freitag! Ich habe mich sehr
> gefreut, mehr über Grünspan zu erfahren, und bin weiterhin sehr
> interessiert an der Rolle als Product Lead.
>
> Viele Grüße
> Sam"""),

    D(slug="brandl-agentur-mandant-tauernwerk", label="rejection", cat="agency-recruiter", style="personal", variant="de-AT",
      frm="Markus Brandl <m.brandl@brandl-partner.example>",
      subject="Rückmeldung Tauernwerk Holding – Leitung Produktmanagement",
      exp=rej("m.brandl@brandl-partner.example", "Markus", "Tauernwerk Holding", "Leitung Produktmanagement"),
      notes="Austrian agency consultant relays client decision; Servus-style",
      text="""Servus Sam,

ich habe heute Vormittag mit der Geschäftsführung der Tauernwerk Holding telefoniert. Leider hat sich der Mandant nach der zweiten Runde gegen eine Fortsetzung des Prozesses mit Ihnen entschieden – man möchte die Leitung Produktmanagement mit jemandem besetzen, der bereits Führungsverantwortung für ein Team von mehr als zehn Personen hatte.

Ich finde das persönlich schade, weil ich Sie für sehr gut geeignet gehalten habe. Gerne melde ich mich, sobald ich ein Mandat habe, das besser passt – falls Sie einverstanden sind.

Mit besten Grüßen aus Salzburg

Markus Brandl
Managing Partner
Brandl & Partner Personalberatung GmbH
Mirabellplatz 4, 5020 Salzburg
M +43 664 555 3381"""),

    D(slug="aarekraft-antwort-nachfrage", day="2026-10-07", label="rejection", cat="personal-after-interview", style="personal", variant="de-CH",
      frm="Regula Schneeberger <regula.schneeberger@aarekraft.example>",
      subject="AW: Nachfrage Bewerbung Product Owner Smart Metering",
      parent=True, parent_domain="mail.example.org",
      exp=rej("regula.schneeberger@aarekraft.example", "Regula", "Aarekraft AG", "Product Owner Smart Metering"),
      notes="Swiss; reply to Sam's chaser; Outlook quote; 'Stelle vergeben'",
      text="""Grüezi Sam Taylor

Entschuldigen Sie bitte die späte Rückmeldung, die letzten Wochen waren bei uns sehr hektisch.

Ich muss Ihnen leider mitteilen, dass wir die Stelle als Product Owner Smart Metering inzwischen vergeben haben. Wir hätten Sie früher informieren sollen – das tut mir leid.

Herzlichen Dank für Ihr Interesse an der Aarekraft AG und alles Gute.

Freundliche Grüsse
Regula Schneeberger
HR Business Partner
Aarekraft AG | Monbijoustrasse 11 | 3011 Bern
T +41 31 555 72 10

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 5. Oktober 2026 08:41
An: Regula Schneeberger <regula.schneeberger@aarekraft.example>
Betreff: Nachfrage Bewerbung Product Owner Smart Metering

Guten Tag Frau Schneeberger

Ich habe mich vor etwa fünf Wochen als Product Owner Smart Metering beworben und wollte mich freundlich erkundigen, ob es bereits Neuigkeiten zum Stand des Verfahrens gibt.

Freundliche Grüsse
Sam Taylor"""),

    D(slug="quellwerk-terse-leider-nein", label="rejection", cat="terse", style="personal",
      frm="Tobias Rau <tobias.rau@quellwerk.example>",
      subject="Re: Bewerbung Product Owner – Quellwerk",
      parent=True, parent_domain="mail.example.org",
      exp=rej("tobias.rau@quellwerk.example", "Tobias", "Quellwerk", "Product Owner"),
      notes="two lines; no quote",
      text="""Hallo Sam,

leider nein – wir haben uns anders entschieden. Danke fürs Interesse und alles Gute!

VG Tobias
(gesendet vom Handy)"""),

    D(slug="elbufer-long-praise-kein-angebot", label="rejection", cat="personal-after-interview", style="personal",
      frm="Annika Petersen <a.petersen@elbufer-verlage.example>",
      subject="Unser Auswahlprozess – Head of Digital Products",
      exp=rej("a.petersen@elbufer-verlage.example", "Annika", "Elbufer Verlagsgruppe", "Head of Digital Products"),
      notes="long letter of praise; verdict only in the closing paragraph",
      client_html=True,
      text="""Liebe:r Sam Taylor,

zunächst möchte ich mich im Namen der gesamten Geschäftsleitung der Elbufer Verlagsgruppe herzlich für die vergangenen Wochen bedanken. Sie haben drei Gesprächsrunden, eine Case-Präsentation und ein Abendessen mit unserem Verleger mit großer Geduld und Offenheit begleitet.

Ihre Analyse unseres Abo-Funnels war die gründlichste, die wir in diesem Verfahren gesehen haben, und Ihr Vorschlag zur Paywall-Segmentierung wird intern bereits diskutiert. Auch die Art, wie Sie mit kritischen Nachfragen aus der Redaktion umgegangen sind, hat viele im Raum beeindruckt.

Für die Position Head of Digital Products wird in den nächsten zwei Jahren jedoch vor allem der Umbau unseres Print-Vertriebs im Mittelpunkt stehen, und hier verfügt ein anderer Finalist über deutlich mehr Erfahrung. Wir haben uns daher entschieden, Ihnen kein Angebot zu machen.

Ich hoffe sehr, dass wir in Kontakt bleiben.

Herzliche Grüße
Annika Petersen
Chief People Officer
Elbufer Verlagsgruppe · Große Elbstraße 145 · 22767 Hamburg
Telefon +49 40 555 81 20"""),

    D(slug="sonnwend-recruiter-profil-im-blick", label="rejection", cat="keep-on-file", style="personal",
      frm="Miriam Okafor <miriam.okafor@sonnwend.example>",
      subject="Ihre Bewerbung – Senior Product Manager Payments",
      exp=rej("miriam.okafor@sonnwend.example", "Miriam", "Sonnwend Payments", "Senior Product Manager Payments"),
      notes="verdict then request to keep profile",
      text="""Hallo Sam Taylor,

vielen Dank für Ihre Bewerbung und das angenehme Telefonat letzte Woche.

Für die Position Senior Product Manager Payments kommen Sie aus unserer Sicht leider nicht in Frage, da wir zwingend Erfahrung mit PSD2 und Acquiring-Prozessen benötigen.

Ihr Profil fand ich aber sehr spannend, insbesondere Ihre Erfahrung mit Experimentation. Sonnwend Payments baut im nächsten Jahr ein Growth-Team auf – wäre es für Sie in Ordnung, wenn ich Ihre Unterlagen dafür im Blick behalte? Eine kurze Antwort genügt.

Viele Grüße
Miriam Okafor
Senior Talent Partner | Sonnwend Payments
+49 89 555 40 77"""),

    D(slug="donaulicht-budget-gestrichen-du", label="rejection", cat="role-cancelled", style="personal", variant="de-AT",
      frm="Florian Hackl <florian.hackl@donaulicht.example>",
      subject="Blöde Nachricht zur Product-Rolle",
      exp=rej("florian.hackl@donaulicht.example", "Florian", "Donaulicht Software", "Product Manager Mobile"),
      notes="Austrian; du; budget cut, role cancelled after final round",
      text="""Servus Sam,

ich wollt dir das lieber selbst schreiben als über die HR-Abteilung: Gestern ist unser Budget fürs nächste Jahr final beschlossen worden, und die Stelle als Product Manager Mobile ist dabei leider gestrichen worden. Wir dürfen 2027 keine neuen Köpfe einstellen.

Du warst nach dem Finalgespräch ganz vorne mit dabei, das kann ich dir ehrlich sagen. Umso mehr ärgert mich das.

Sollte sich die Lage ändern, bist du die erste Person, die ich anrufe. Bis dahin alles Gute und lass von dir hören!

Liebe Grüße
Florian

Florian Hackl | Head of Product | Donaulicht Software
Linz · +43 732 555 019"""),

    D(slug="havelkiez-nicht-finale-runde", label="rejection", cat="personal-after-interview", style="personal",
      frm="Selin Aydın <selin.aydin@havelkiez.example>",
      cc="Philipp Wendt <philipp.wendt@havelkiez.example>",
      subject="Havelkiez Mobility – nächste Schritte",
      exp=rej("selin.aydin@havelkiez.example", "Selin", "Havelkiez Mobility", "Product Manager B2B-Flotten"),
      notes="indirect: not taken to the final round; subject sounds positive",
      text="""Hallo Sam,

danke dir für das Gespräch mit Philipp und mir am Donnerstag.

Wir haben gestern im Team über die nächsten Schritte gesprochen und die Entscheidung getroffen, mit zwei anderen Personen in die finale Runde für die Rolle Product Manager B2B-Flotten zu gehen. Beide bringen direkte Erfahrung mit Flottenmanagement-Software mit, und das wiegt für uns gerade sehr schwer.

Ich hätte dir gern eine andere Nachricht geschickt. Wenn du Feedback möchtest, ruf mich gern an.

Liebe Grüße
Selin

Selin Aydın
Talent Lead · Havelkiez Mobility
0176 5550 3318"""),

    D(slug="morgenrot-praesentation-keine-zusage", label="rejection", cat="after-assessment", style="personal",
      frm="Henrike Vogt <henrike.vogt@morgenrot-foods.example>",
      subject="Feedback zu Ihrer Präsentation",
      exp=rej("henrike.vogt@morgenrot-foods.example", "Henrike", "Morgenrot Foods", "Brand & Product Manager Plant-based"),
      notes="after presentation; verdict then feedback-call offer; iso-8859-1",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Guten Tag Sam Taylor,

nochmals vielen Dank für Ihre Präsentation am Montag zur Markteinführung unserer neuen Haferlinie.

Ihre Präsentation hat uns in der Analyse überzeugt, in der Umsetzungsplanung und beim Handelsmarketing aber nicht vollständig. Wir haben uns deshalb entschieden, Ihnen für die Position Brand & Product Manager Plant-based keine Zusage zu geben.

Gerne biete ich Ihnen ein kurzes Feedbackgespräch von 15 Minuten an, wenn Sie möchten.

Mit freundlichen Grüßen
Henrike Vogt
Leiterin Marketing
Morgenrot Foods GmbH & Co. KG
Tel. 0511 555 4410"""),

    D(slug="silberdistel-angebot-zurueckgezogen", label="rejection", cat="role-cancelled", style="personal",
      frm="Jens Albrecht <jens.albrecht@silberdistel.example>",
      subject="Ihr Vertragsangebot – leider schlechte Nachrichten",
      exp=rej("jens.albrecht@silberdistel.example", "Jens", "Silberdistel Software AG", "Senior Product Manager Data Platform"),
      notes="offer withdrawn after restructuring (before signing)",
      text="""Sehr geehrte:r Sam Taylor,

ich schreibe Ihnen mit großem Bedauern. Vor zehn Tagen hatten wir Ihnen mündlich ein Angebot für die Position Senior Product Manager Data Platform unterbreitet, und der Vertragsentwurf sollte Ihnen diese Woche zugehen.

Am Montag hat der Vorstand der Silberdistel Software AG eine umfassende Restrukturierung beschlossen, in deren Folge das gesamte Data-Platform-Team in die Konzernmutter nach Stockholm verlagert wird. Wir müssen unser Angebot an Sie daher leider zurückziehen.

Mir ist bewusst, wie ärgerlich das für Sie ist, zumal Sie bereits Gespräche mit Ihrem jetzigen Arbeitgeber geführt haben. Bitte rufen Sie mich an, wenn ich Sie in irgendeiner Form unterstützen kann, etwa mit einer Empfehlung.

Mit freundlichen Grüßen
Jens Albrecht
VP Product
Silberdistel Software AG
Mobil +49 160 555 9082"""),
]

OTHERS = [
    # ---------------------------------------------------------------- ATS
    D(slug="ack-sturmvogel-personio-hedge", label="other", cat="ack-received", style="ats", vendor="personio",
      brand="Sturmvogel Reisen", frm="Sturmvogel Reisen <noreply@jobs.personio.de>",
      subject="Eingangsbestätigung Ihrer Bewerbung – Product Manager Buchungsstrecke",
      notes="hedging acknowledgement: 'auch bei einer Absage hören Sie von uns'; cannot answer individually",
      text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Manager Buchungsstrecke. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der hohen Anzahl an Bewerbungen können wir leider nicht jede Rückfrage individuell beantworten. Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen – auch dann, wenn wir uns gegen eine Fortsetzung des Verfahrens entscheiden sollten. Bitte sehen Sie bis dahin von Nachfragen ab.

Mit freundlichen Grüßen
Ihr Sturmvogel Reisen Recruiting""",
      legal=DSGVO_LONG.format(company="Sturmvogel Reisen GmbH", domain="sturmvogel.example")),

    D(slug="invite-lindenau-greenhouse", label="other", cat="interview-invite", style="ats", vendor="greenhouse",
      brand="Lindenau Robotics", frm="Lindenau Robotics <no-reply@us.greenhouse-mail.io>",
      reply_to="Carla Weiß <carla.weiss@lindenau-robotics.example>",
      subject="Einladung zum Vorstellungsgespräch – Technical Product Manager",
      notes="interview invitation; 'leider' only about travel costs",
      button="Termin auswählen",
      text="""Hallo Sam,

vielen Dank für Ihre Bewerbung als Technical Product Manager. Wir waren von Ihrem Profil begeistert und möchten Sie gerne zu einem ersten Gespräch mit unserem Head of Product einladen.

Bitte wählen Sie über den Button unten einen passenden Termin in den nächsten zehn Tagen aus. Das Gespräch dauert etwa 45 Minuten und findet per Videocall statt.

Leider können wir für die zweite Runde vor Ort in Dresden keine Reisekosten übernehmen – das klären wir aber gern, wenn es so weit ist.

Viele Grüße
Carla Weiß
Recruiting, Lindenau Robotics"""),

    D(slug="status-rheinufer-workday-in-pruefung", label="other", cat="status-update", style="ats", vendor="workday",
      brand="Rheinufer Chemie AG", frm="Rheinufer Chemie AG <rheinufer@myworkday.com>",
      subject="Statusänderung Ihrer Bewerbung – R-33017",
      notes="same portal template as a rejection; status 'In Prüfung durch Fachbereich'",
      button="Zum Kandidatenportal",
      table=[("Stelle", "Product Owner Digital Farming"), ("Referenz", "R-33017"), ("Standort", "Leverkusen"),
             ("Status", "In Prüfung durch Fachbereich"), ("Letzte Aktualisierung", "durch Talent Acquisition")],
      text="""Guten Tag Sam Taylor,

der Status Ihrer Bewerbung bei Rheinufer Chemie AG hat sich geändert.

{table}

Die Einzelheiten können Sie jederzeit in unserem Kandidatenportal einsehen. Bitte haben Sie Verständnis, dass die Prüfung durch den Fachbereich einige Wochen in Anspruch nehmen kann.

Talent Acquisition"""),

    D(slug="jobagent-stepstone-produktmanagement", label="other", cat="job-alert", style="ats", vendor="stepstone",
      brand="StepStone", frm="StepStone Job-Agent <jobagent@stepstone.de>",
      subject="7 neue Jobs für „Produktmanager“ in Berlin",
      headers={"List-Unsubscribe": "<{unsub}>"},
      notes="job alert digest; 'leider abgelaufen' line for an old ad",
      text="""Hallo Sam,

Ihr Job-Agent „Produktmanager, Berlin, Vollzeit“ hat 7 neue Stellenangebote für Sie gefunden:

- Senior Product Manager (m/w/d) – Ostwind Fintech GmbH – Berlin
- Product Owner E-Commerce (w/m/d) – Kaufhaus Lorenz – Berlin / hybrid
- Produktmanager:in Mobilitätsdienste – Stadtwerke Spreetal – Berlin
- Product Marketing Lead – Halbmond Cloud – Remote
- Head of Growth (m/w/d) – Nachtigall Apps – Berlin
- Product Manager Data – Kanalbrücke Analytics – Potsdam
- Junior Produktmanager (m/w/d) – Friedrichs Verlag – Berlin

Eine Anzeige, die Sie gespeichert hatten („Product Lead – Wolkenbruch GmbH“), ist leider abgelaufen und nicht mehr verfügbar.

[[Alle Jobs ansehen]]

Viel Erfolg bei der Jobsuche!
Ihr StepStone-Team"""),

    D(slug="linkedin-bewerbung-angesehen", label="other", cat="status-update", style="ats", vendor="linkedin",
      brand="LinkedIn", frm="LinkedIn <jobs-noreply@linkedin.com>",
      subject="Ihre Bewerbung bei Kranich Logistik wurde angesehen",
      notes="LinkedIn notification: application viewed; similar jobs",
      text="""Sam, Ihre Bewerbung wurde angesehen

Kranich Logistik hat Ihre Bewerbung für „Product Manager Last Mile“ angesehen.

Nicht jedes Unternehmen antwortet auf jede Bewerbung. Bewerben Sie sich daher auch auf ähnliche Jobs:

- Product Manager Fulfillment – Seeadler Commerce – Hamburg
- Senior PM Routing – Kiebitz Transport – Bremen

[[Bewerbungsstatus ansehen]]"""),

    D(slug="transfer-brueckenwerk-smartrecruiters", label="other", cat="requisition-transfer", style="ats", vendor="smartrecruiters",
      brand="Brückenwerk Digital", frm="Brückenwerk Digital <noreply@smartrecruiters.com>",
      subject="Ihre Bewerbung wurde einer anderen Stelle zugeordnet",
      notes="original requisition closed, application moved to another role",
      text="""Guten Tag Sam Taylor,

die Stelle „Product Manager Smart Home (Köln)“, auf die Sie sich beworben haben, wurde geschlossen und wird in dieser Form nicht mehr ausgeschrieben.

Da Ihr Profil sehr gut zu unserem Team in Düsseldorf passt, haben wir Ihre Bewerbung auf die Position „Product Manager Connected Devices (Düsseldorf)“ übertragen. Sie müssen nichts weiter tun; unsere Recruiterin Svenja Moll wird sich in den nächsten Tagen bei Ihnen melden, um ein erstes Gespräch zu vereinbaren.

Sollten Sie mit der Übertragung nicht einverstanden sein, können Sie Ihre Bewerbung jederzeit im Kandidatenportal zurückziehen.

Freundliche Grüße
Brückenwerk Digital Talent Team"""),

    D(slug="assessment-eichhorn-softgarden-test", label="other", cat="assessment-invite", style="ats", vendor="softgarden",
      brand="Eichhorn Versicherungsgruppe", frm="Eichhorn Versicherungsgruppe <eichhorn@softgarden.io>",
      subject="Einladung zum Online-Assessment",
      button="Test starten",
      notes="online test invitation; 'können leider nicht berücksichtigt werden' about incomplete tests",
      text="""Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Produktmanager:in Kfz-Versicherung. Gerne möchten wir Sie im nächsten Schritt zu unserem Online-Assessment einladen.

Der Test besteht aus drei Teilen (numerisches Denken, Situational Judgement, Persönlichkeitsfragebogen) und dauert insgesamt rund 60 Minuten. Bitte schließen Sie ihn bis zum 18. Oktober ab.

Bitte beachten Sie: Bewerbungen ohne abgeschlossenes Assessment können leider nicht berücksichtigt werden.

Viel Erfolg!
Ihr Recruiting-Team der Eichhorn Versicherungsgruppe""",
      legal=DSGVO_LONG.format(company="Eichhorn Versicherungsgruppe", domain="eichhorn.example")),

    D(slug="talentpool-moewe-teamtailor", label="other", cat="talent-pool", style="ats", vendor="teamtailor",
      brand="Möwe & Mast", frm="Möwe & Mast <jobs@moewe-mast.teamtailor-mail.com>",
      subject="Werde Teil unserer Talent Community",
      button="Talent Community beitreten",
      notes="talent-community invitation without any verdict",
      text="""Hi Sam,

du hast vor einiger Zeit unsere Karriereseite besucht und dich für Jobs im Produktbereich interessiert.

Aktuell haben wir keine passende offene Stelle, aber wir wachsen 2027 stark. Tritt unserer Talent Community bei, dann informieren wir dich als Erste:r, wenn wir neue Rollen im Produkt- und Marketingteam ausschreiben.

Bis bald
Das People-Team von Möwe & Mast"""),

    D(slug="owner-hiring-personio-absage-versendet", label="other", cat="owner-hiring", style="ats", vendor="personio",
      brand="Calder Street Media GmbH", frm="Personio <notifications@personio.de>",
      subject="Kandidat abgelehnt: Felix Wagner – Junior Data Analyst (Berlin)",
      notes="HR-system notice about Sam's own requisition",
      table=[("Kandidat", "Felix Wagner"), ("Stelle", "Junior Data Analyst (Berlin)"), ("Neuer Status", "Abgelehnt"),
             ("Absage-E-Mail", "versendet (Vorlage „Absage nach Interview“)"), ("Geändert von", "Sam Taylor")],
      text="""Hallo Sam,

in Ihrer Stelle bei Calder Street Media GmbH gibt es eine Änderung:

{table}

Es befinden sich noch 3 Kandidat:innen in der Phase „Interview“.

[[Stelle in Personio öffnen]]"""),

    D(slug="karte-abgelehnt-direktbank", day="2026-10-12", label="other", cat="non-job-rejection", style="ats", vendor="corporate",
      brand="Nordlicht Direktbank", frm="Nordlicht Direktbank <service@nordlicht-direktbank.example>",
      subject="Ihre Kartenzahlung wurde abgelehnt",
      notes="declined card payment",
      text="""Guten Tag Sam Taylor,

eine Zahlung mit Ihrer Kreditkarte (endend auf 4417) wurde am 12.10.2026 um 19:42 Uhr abgelehnt.

Händler: BAHN.DE
Betrag: 129,90 EUR
Grund: Tageslimit überschritten

Wenn Sie diese Zahlung selbst veranlasst haben, können Sie Ihr Limit in der App vorübergehend erhöhen und die Zahlung erneut ausführen. Wenn nicht, sperren Sie Ihre Karte bitte umgehend unter 0800 555 1234.

Ihre Nordlicht Direktbank

Dies ist eine automatisch versendete Nachricht. Bitte antworten Sie nicht auf diese E-Mail."""),

    D(slug="rueckzug-bestaetigt-workable", label="other", cat="withdrawal-confirmation", style="ats", vendor="workable",
      brand="Spreebogen Insights", frm="Spreebogen Insights <noreply@candidates.workablemail.com>",
      subject="Ihre Bewerbung wurde zurückgezogen",
      notes="Sam withdrew; application closed at Sam's request",
      text="""Hallo Sam Taylor,

hiermit bestätigen wir, dass Sie Ihre Bewerbung für die Position Product Analytics Lead bei Spreebogen Insights zurückgezogen haben. Ihre Bewerbung ist damit geschlossen und wird nicht weiter bearbeitet.

Schade, dass es nicht zusammen weitergeht! Wir wünschen Ihnen alles Gute und freuen uns, wenn Sie sich in Zukunft erneut bewerben.

Ihr Spreebogen Insights Team"""),

    D(slug="offer-zugvogel-docusign", label="other", cat="offer", style="ats", vendor="corporate",
      brand="Zugvogel Health GmbH", frm="Zugvogel Health GmbH via DocuSign <dse@eu.docusign.net>",
      reply_to="Ines Hartmann <ines.hartmann@zugvogel-health.example>",
      subject="Bitte unterschreiben: Arbeitsvertrag Senior Product Manager – Zugvogel Health",
      button="Dokument prüfen",
      notes="contract to sign; 'verfällt' and 'abgelehnt' in boilerplate",
      text="""Ines Hartmann hat Ihnen ein Dokument zur Unterschrift gesendet.

Hallo Sam, wie besprochen anbei dein Arbeitsvertrag als Senior Product Manager. Wir freuen uns riesig auf dich! Bitte unterschreib bis zum 30.10. – danach verfällt das Angebot automatisch. Liebe Grüße, Ines

Wenn Sie das Dokument nicht unterschreiben möchten, können Sie es über „Weitere Optionen“ > „Unterzeichnen ablehnen“ zurückweisen.

Senden Sie diese E-Mail nicht weiter: Jeder mit diesem Link kann auf das Dokument zugreifen."""),

    D(slug="abgelehnt-kalender-quartalsplanung", label="other", cat="non-job-rejection", style="ats", vendor="corporate",
      brand="Calder Street Media", frm="Jana Köhler <jana.koehler@example.org>",
      subject="Abgelehnt: Quartalsplanung Q1 – Insights-Team", auto=False,
      notes="declined meeting invitation from a colleague (Outlook-style notice)",
      text="""Jana Köhler hat diese Besprechung abgelehnt.

Quartalsplanung Q1 – Insights-Team
Wann: Donnerstag, 19. November 2026 10:00–11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Wo: Raum Elbe / Teams

Kommentar: Sorry Sam, da bin ich leider auf der Konferenz in München. Kann Paul für mich übernehmen?"""),

    # ---------------------------------------------------------------- personal
    D(slug="wohnung-hausverwaltung-absage", label="other", cat="non-job-rejection", style="personal",
      frm="Hausverwaltung Kampmann <vermietung@kampmann-hv.example>",
      subject="Ihre Mietanfrage – Wohnung Böckhstraße 21, 2. OG",
      notes="flat rental turned down; 'Absage', 'andere Bewerber'",
      text="""Sehr geehrte:r Sam Taylor,

vielen Dank für Ihr Interesse an der Wohnung in der Böckhstraße 21 und Ihren Besuch bei der Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Ihre Selbstauskunft und die Gehaltsnachweise werden wir gemäß DSGVO innerhalb von 14 Tagen vernichten.

Mit freundlichen Grüßen
Hausverwaltung Kampmann
Frau Brigitte Kampmann
Tel. 030 555 61 02"""),

    D(slug="foerderantrag-stiftung-abgelehnt", label="other", cat="non-job-rejection", style="personal", variant="de-CH",
      frm="Stiftung Medienvielfalt Schweiz <gesuche@medienvielfalt-stiftung.example>",
      subject="Ihr Fördergesuch Nr. 2026-117 «Lokaljournalismus messbar machen»",
      notes="grant application declined (Swiss foundation); 'Absage', 'nach sorgfältiger Prüfung'",
      text="""Sehr geehrte:r Sam Taylor

Besten Dank für Ihr Fördergesuch «Lokaljournalismus messbar machen», das Sie im Namen von Calder Street Media eingereicht haben.

Der Stiftungsrat hat an seiner Sitzung vom 4. November 2026 über 58 Gesuche befunden. Nach sorgfältiger Prüfung müssen wir Ihnen leider eine Absage erteilen: Das Projekt erfüllt das Kriterium der schweizerischen Trägerschaft nicht.

Ein neues Gesuch kann frühestens zur Eingabefrist vom 31. März 2027 gestellt werden.

Freundliche Grüsse
Stiftung Medienvielfalt Schweiz
Geschäftsstelle, Spitalgasse 4, 3011 Bern"""),

    D(slug="owner-colleague-kandidaten-abgesagt", label="other", cat="owner-hiring", style="personal",
      frm="Paul Lehmann <paul.lehmann@example.org>",
      subject="Re: Junior Data Analyst – Stand",
      parent=True, parent_domain="example.org",
      notes="colleague at Sam's own company reports rejecting candidates",
      text="""Hi Sam,

kurzes Update: Ich hab Mehmet und Jana wie besprochen abgesagt, beide haben freundlich reagiert. Jana hat um Feedback gebeten, ich schick ihr morgen zwei Sätze, ok?

Felix ist im System schon auf abgelehnt, die Absage ist raus. Bleiben also Hannah, Tomasz und Leonie für die zweite Runde. Kannst du Donnerstag 14 Uhr?

Danke dir!
Paul

Paul Lehmann · Senior Analyst · Calder Street Media GmbH
Torstraße 140, 10119 Berlin"""),

    D(slug="owner-sent-absage-kandidatin", label="other", cat="owner-sent", style="personal",
      frm=OWNER, to="Jana Schulte <jana.schulte@posteo.example>",
      subject="Ihre Bewerbung als Junior Data Analyst bei Calder Street Media",
      notes="Sam's own sent rejection to a candidate",
      text="""Liebe Frau Schulte,

vielen Dank für Ihre Zeit im Gespräch letzte Woche und Ihr Interesse an Calder Street Media.

Wir haben uns nach reiflicher Überlegung für eine andere Kandidatin entschieden, deren Erfahrung mit Umfragedaten etwas besser zu unseren aktuellen Projekten passt. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre SQL-Aufgabe war übrigens eine der saubersten, die wir gesehen haben – bitte bewerben Sie sich gern wieder, wenn wir erneut ausschreiben.

Herzliche Grüße
Sam Taylor
Head of Insights, Calder Street Media"""),

    D(slug="reply-followup-kein-grund-entschuldigen", day="2026-10-22", label="other", cat="reply-to-owner-followup", style="personal",
      frm="Julia Brandt <julia.brandt@tannenhain.example>",
      subject="Re: Ihre Bewerbung bei Tannenhain Software",
      parent=True, parent_domain="mail.example.org", parent_depth=2,
      notes="recruiter answers Sam's thank-you after a rejection; rejection only in the quote",
      text="""Liebe:r Sam,

vielen Dank für Ihre freundliche Nachricht – und nein, Sie müssen sich überhaupt nicht für die Nachfrage entschuldigen!

Ich bleibe sehr gern in Kontakt. Wir planen im Frühjahr eine zweite Produktlinie, und ich habe Sie mir dafür notiert. Lassen Sie uns gern auf LinkedIn vernetzen.

Herzliche Grüße
Julia Brandt
Tannenhain Software

Am 21.10.2026 um 17:03 schrieb Sam Taylor:
> Liebe Frau Brandt,
>
> danke für Ihre offene Rückmeldung, auch wenn ich mich natürlich über
> eine andere Nachricht gefreut hätte. Entschuldigen Sie, dass ich
> nochmals nachhake: Dürfte ich mich melden, falls wieder eine
> Produktrolle frei wird?
>
> Beste Grüße
> Sam
>
> Am 20.10.2026 um 11:26 schrieb Julia Brandt:
>> Guten Tag Sam Taylor,
>>
>> leider müssen wir Ihnen mitteilen, dass wir uns für die Position
>> Product Manager Mobile für eine andere Bewerberin entschieden haben.
>>
>> Mit freundlichen Grüßen
>> Julia Brandt"""),

    D(slug="antwort-frage-finale-runde", day="2026-10-29", label="other", cat="answer-to-owner-question", style="personal",
      frm="Konstantin Reuter <konstantin.reuter@seeblick-labs.example>",
      subject="AW: Kurze Nachfrage zum Stand – Product Lead Research Tools",
      parent=True, parent_domain="mail.example.org",
      notes="answer to 'have you chosen someone else?': final-round invite",
      text="""Hallo Sam,

nein, ganz im Gegenteil! Entschuldige die Funkstille – unser CTO war zwei Wochen krank, und wir wollten die Entscheidung nicht ohne ihn treffen.

Wir möchten dich sehr gern zur finalen Runde nach Konstanz einladen. Passt dir der 12. oder 13. November? Reisekosten übernehmen wir natürlich.

Viele Grüße
Konstantin

Konstantin Reuter | Head of People | Seeblick Labs
+49 7531 555 208

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Mittwoch, 28. Oktober 2026 09:15
An: Konstantin Reuter <konstantin.reuter@seeblick-labs.example>
Betreff: Kurze Nachfrage zum Stand – Product Lead Research Tools

Hallo Konstantin,

ich wollte kurz nachfragen, wie der Stand zur Rolle als Product Lead Research Tools ist. Habt ihr euch vielleicht schon für jemand anderen entschieden? Dann wäre ich für eine kurze Info dankbar.

Viele Grüße
Sam"""),

    D(slug="status-entscheidung-verzoegert", label="other", cat="status-update", style="personal", variant="de-AT",
      frm="Elisabeth Wimmer <elisabeth.wimmer@gletscherblick.example>",
      subject="Kurzes Zwischenupdate – Product Manager Buchungsplattform",
      notes="decision delayed, still deciding, candidate still in the running",
      text="""Sehr geehrte:r Sam Taylor,

ich möchte Ihnen ein kurzes Zwischenupdate geben, damit Sie nicht im Ungewissen bleiben.

Die Entscheidung über die Position Product Manager Buchungsplattform verzögert sich leider, da unser Geschäftsführer die finalen Gespräche persönlich führen möchte und erst Ende des Monats aus dem Urlaub zurück ist. Sie sind weiterhin im Rennen, und es ist noch keine Entscheidung gefallen.

Ich melde mich spätestens am 30. November mit einer verbindlichen Rückmeldung.

Freundliche Grüße
Elisabeth Wimmer
Personalentwicklung, Gletscherblick Hotels GmbH, Kitzbühel
+43 5356 555 12"""),

    D(slug="outreach-headhunter-besetzt-neue-mandate", label="other", cat="recruiter-outreach", style="personal",
      frm="Daniel Schirmer <daniel.schirmer@kernholz-executive.example>",
      subject="Zwei neue Produktrollen – passt das?",
      notes="recruiter pitch; mentions an old role 'schon besetzt'",
      text="""Hallo Sam,

wir hatten im Frühjahr kurz über die Rolle bei der Falkenstein Bank gesprochen – die ist inzwischen übrigens besetzt, falls Sie sich gefragt haben.

Ich habe aktuell zwei neue Mandate, bei denen ich sofort an Sie denken musste:
- Director Product Insights bei einem Medienkonzern in München
- VP Product bei einem Series-B-Scale-up für Marktforschungssoftware in Berlin (remote möglich)

Hätten Sie diese Woche 20 Minuten für ein Telefonat?

Beste Grüße
Daniel Schirmer
Partner, Kernholz Executive Search
+49 89 555 730 11"""),

    D(slug="owner-declines-recruiter-schade", label="other", cat="owner-declines", style="personal",
      frm="Martina Lenz <martina.lenz@blauwal.example>",
      subject="Re: Ihr Angebot – Senior Product Manager",
      parent=True, parent_domain="mail.example.org",
      notes="Sam declined an offer; recruiter's regretful reply",
      text="""Liebe:r Sam Taylor,

schade, wirklich schade! Wir hatten uns sehr auf die Zusammenarbeit gefreut, aber ich verstehe Ihre Entscheidung gut und danke Ihnen für die offene und schnelle Rückmeldung.

Die Tür bei Blauwal bleibt für Sie offen. Alles Gute für die neue Aufgabe!

Herzliche Grüße
Martina Lenz

> Liebe Frau Lenz,
>
> vielen Dank für das großzügige Angebot. Nach langer Überlegung habe
> ich mich entschieden, es nicht anzunehmen, da ich ein anderes Angebot
> näher an meinem Wohnort angenommen habe.
>
> Herzliche Grüße
> Sam Taylor"""),

    D(slug="forward-freundin-absage-rat", day="2026-11-03", label="other", cat="forwarded", style="personal",
      frm="Nele Hoffmann <nele.hoffmann@gmx.example>",
      subject="WG: Ihre Bewerbung als UX Researcher",
      notes="a friend's rejection forwarded for advice",
      text="""Hey Sam,

kannst du mal drüberschauen? Das ist die dritte Absage diesen Monat und ich versteh nicht, woran es liegt. Soll ich da nach Feedback fragen oder ist das peinlich?

Danke dir, du bist die Beste
Nele

---------- Weitergeleitete Nachricht ---------
Von: Recruiting Sonnenhaus <jobs@sonnenhaus.example>
Datum: Di., 3. Nov. 2026 um 16:10
Betreff: Ihre Bewerbung als UX Researcher
An: Nele Hoffmann <nele.hoffmann@gmx.example>

Sehr geehrte Frau Hoffmann,

nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben.

Mit freundlichen Grüßen
Recruiting Sonnenhaus"""),
]

MESSAGES = REJECTIONS + OTHERS
