"""German messages of intl13 (Germany, Austria, Switzerland): 16 rejections, 16 hard negatives."""


def A(slug, label, cat, variant, vendor, frm, subject, text, exp=None, **kw):
    return dict(slug=slug, label=label, cat=cat, style="ats", lang="de", variant=variant, vendor=vendor,
                frm=frm, subject=subject, text=text, exp=exp or ("", "", "", ""), **kw)


def P(slug, label, cat, variant, frm, subject, text, exp=None, **kw):
    return dict(slug=slug, label=label, cat=cat, style="personal", lang="de", variant=variant,
                frm=frm, subject=subject, text=text, exp=exp or ("", "", "", ""), **kw)


MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    A("kranich-personio-andere-bewerber", "rejection", "ats-automated", "de-DE", "personio",
      "Kranich Logistik GmbH <noreply@jobs.personio.de>",
      "Ihre Bewerbung als Senior Product Marketing Manager (m/w/d)",
      """Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Bewerbung als Senior Product Marketing Manager (m/w/d) und das damit verbundene Interesse an der Kranich Logistik GmbH.

Wir haben Ihre Unterlagen mit großem Interesse gelesen und sorgfältig geprüft. Leider müssen wir Ihnen heute mitteilen, dass wir uns für andere Bewerber:innen entschieden haben, deren Profil noch besser zu den Anforderungen der Position passt.

Bitte verstehen Sie diese Entscheidung nicht als Bewertung Ihrer Qualifikation. Die Auswahl ist uns angesichts der vielen guten Bewerbungen nicht leicht gefallen.

Ihre Bewerbungsunterlagen werden gemäß den gesetzlichen Vorgaben sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Kranich Logistik GmbH""",
      ("", "", "Kranich Logistik GmbH", "Senior Product Marketing Manager (m/w/d)"),
      brand="Kranich Logistik GmbH", notes="classic Personio template; team signature; AGG six-month deletion"),

    A("lindenhof-softgarden-talentpool", "rejection", "keep-on-file", "de-DE", "softgarden",
      "Lindenhof Getränke GmbH <no-reply@mail.softgarden.io>",
      "Ihre Bewerbung bei der Lindenhof Getränke GmbH – Brand Manager Erfrischungsgetränke (w/m/d)",
      """Guten Tag Sam Taylor,

nochmals herzlichen Dank für Ihre Bewerbung als Brand Manager Erfrischungsgetränke (w/m/d) und das Interesse an unserem Familienunternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist uns bei der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.

Ihr Profil hat uns dennoch gut gefallen. Gerne würden wir Ihre Daten in unseren Talentpool aufnehmen, um Sie bei künftigen passenden Vakanzen direkt ansprechen zu können. Wenn Sie damit einverstanden sind, klicken Sie bitte auf den folgenden Button. Ohne Ihre Zustimmung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens automatisch gelöscht.

Bei Fragen erreichen Sie mich gerne unter julia.brandt@lindenhof-getraenke.example.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Julia Brandt
Talent Acquisition
Lindenhof Getränke GmbH · Bad Tölz""",
      ("julia.brandt@lindenhof-getraenke.example", "Julia", "Lindenhof Getränke GmbH", "Brand Manager Erfrischungsgetränke (w/m/d)"),
      brand="Lindenhof Getränke GmbH", button="Ja, in den Talentpool aufnehmen",
      notes="softgarden; verdict then talent-pool consent button; address only in body"),

    A("donauwerk-successfactors-lang", "rejection", "ats-automated", "de-AT", "successfactors",
      "Donauwerk Energie AG <noreply@career5.successfactors.eu>",
      "Donauwerk Energie AG: Ihre Bewerbung (Req. 4471) Leitung Marketing-Kommunikation Privatkunden",
      """Sehr geehrte:r Sam Taylor,

wir bedanken uns herzlich für Ihre Bewerbung als Leitung Marketing-Kommunikation Privatkunden sowie für das Vertrauen, das Sie der Donauwerk Energie AG entgegenbringen.

Als einer der größten Energieversorger Oberösterreichs gestalten wir die Energiewende aktiv mit. Rund 2.300 Mitarbeiter:innen sorgen täglich dafür, dass unsere Kund:innen zuverlässig mit Strom, Gas und Wärme versorgt werden – und wir freuen uns über jede Bewerbung, die uns auf diesem Weg begleiten möchte.

Nach eingehender Prüfung aller eingelangten Bewerbungen haben wir uns entschieden, den Auswahlprozess mit Kandidat:innen fortzusetzen, deren Erfahrungsprofil den Anforderungen dieser Position noch näher kommt. Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können.

Gemäß Art. 6 Abs. 1 lit. b DSGVO sowie zur Wahrung allfälliger Ansprüche nach dem Gleichbehandlungsgesetz werden Ihre Bewerbungsdaten für die Dauer von sieben Monaten nach Abschluss des Auswahlverfahrens gespeichert und anschließend gelöscht. Nähere Informationen entnehmen Sie bitte unserer [[Datenschutzerklärung für Bewerber:innen]].

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Ihr Recruiting Team der Donauwerk Energie AG""",
      ("", "", "Donauwerk Energie AG", "Leitung Marketing-Kommunikation Privatkunden"),
      brand="Donauwerk Energie AG", html_only=True,
      footer=["Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht gelesen.",
              "Donauwerk Energie AG · Sitz: Linz · Firmenbuchnummer FN 000000x · Landesgericht Linz · UID ATU00000000",
              "[[Kandidatenprofil verwalten]] | [[Datenschutzhinweise]]"],
      cte="base64", notes="HTML-only; verdict in the middle after company boilerplate; Austrian GlBG seven-month retention"),

    A("aarewerk-workday-de-en", "rejection", "ats-automated", "de-CH", "workday",
      "Aarewerk Versicherungen <aarewerk@myworkday.com>",
      "Ihre Bewerbung bei Aarewerk / Your application with Aarewerk",
      """Guten Tag Sam Taylor

Vielen Dank für Ihre Bewerbung als Product Owner Digital Sales (80–100%) und Ihr Interesse an der Aarewerk Versicherungen AG.

Wir haben Ihr Dossier sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiter berücksichtigen können. Wir haben uns für Personen entschieden, deren Profil noch besser auf die Anforderungen der Stelle passt.

Ihre Unterlagen werden gemäss Datenschutzbestimmungen nach Abschluss des Verfahrens gelöscht. Wir wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg.

Freundliche Grüsse
Talent Acquisition
Aarewerk Versicherungen AG

---- English version ----

Dear Sam Taylor

Thank you for your application as Product Owner Digital Sales (80–100%) and your interest in Aarewerk Versicherungen AG.

We have carefully reviewed your application. Unfortunately, we are unable to consider your candidacy further, as we have selected candidates whose profiles more closely match the requirements of the position.

Kind regards
Talent Acquisition
Aarewerk Versicherungen AG""",
      ("", "", "Aarewerk Versicherungen AG", "Product Owner Digital Sales"),
      brand="Aarewerk Versicherungen AG", plain="h2t", logo_alt="Aarewerk Logo",
      notes="Workday; Swiss spelling (ss, Dossier, 80–100%); German letter with English version below; h2t plain"),

    A("hafenblick-stepstone-status", "rejection", "job-board-relay", "de-DE", "stepstone",
      "StepStone <noreply@email.stepstone.de>",
      "Neuigkeiten zu Ihrer Bewerbung bei Hafenblick Medien GmbH",
      """Hallo Sam Taylor,

es gibt Neuigkeiten zu Ihrer Bewerbung.

{table}

Hafenblick Medien GmbH hat Ihnen folgende Nachricht geschickt:

„Vielen Dank für Ihr Interesse an unserem Haus und die Zeit, die Sie in Ihre Bewerbung investiert haben. Leider können wir Ihnen keine positive Rückmeldung geben – wir haben uns für eine:n andere:n Kandidat:in entschieden. Für Ihre Zukunft wünschen wir Ihnen alles Gute.“

[[Alle Bewerbungen ansehen]]

## Diese Jobs könnten Sie auch interessieren

- [[Marketing Manager (m/w/d) Digital & Social]] – Elbmarsch Verlagsgruppe, Hamburg
- [[Online Marketing Manager (w/m/d)]] – Nordlicht Reisen GmbH, Hamburg (Hybrid)
- [[Senior Marketing Manager Brand (all genders)]] – Kompass Versand AG, Lüneburg""",
      ("", "", "Hafenblick Medien GmbH", "Marketing Manager Digital (m/w/d)"),
      table=[("Unternehmen", "Hafenblick Medien GmbH"), ("Stelle", "Marketing Manager Digital (m/w/d)"),
             ("Ort", "Hamburg"), ("Status", "Leider nicht berücksichtigt")],
      brand="StepStone", plain="h2t", logo_alt="StepStone",
      notes="job-board relay with bulk headers; status table + quoted employer note; job recommendations below"),

    A("wellenreiter-greenhouse-du", "rejection", "ats-automated", "de-DE", "greenhouse",
      "Lena Vogt <no-reply@eu.greenhouse-mail.io>",
      "Deine Bewerbung bei Wellenreiter Mobility",
      """Hi Sam,

vielen Dank, dass du dir die Zeit genommen hast, dich bei Wellenreiter Mobility als Growth Marketing Lead zu bewerben. Wir wissen, wie viel Arbeit in einer Bewerbung steckt.

Wir haben uns alle Bewerbungen genau angeschaut und uns entschieden, mit anderen Kandidat:innen weiterzumachen, deren Erfahrung aktuell besser zu dem passt, was wir für die Rolle brauchen.

Das war keine leichte Entscheidung, und sie sagt nichts über deine Fähigkeiten aus. Schau gerne immer mal wieder auf unserer [[Karriereseite]] vorbei – wir wachsen schnell.

Wir drücken dir die Daumen für deine weitere Suche!

Beste Grüße
Lena
Talent Acquisition @ Wellenreiter""",
      ("lena.vogt@wellenreiter.example", "Lena", "Wellenreiter Mobility", "Growth Marketing Lead"),
      brand="Wellenreiter Mobility GmbH", reply_to="Lena Vogt <lena.vogt@wellenreiter.example>",
      about="Wellenreiter Mobility ist ein Berliner Scale-up für E-Roller-Abos in 14 Städten. Wir sind ein Equal Opportunity Employer und freuen uns über Bewerbungen unabhängig von Geschlecht, Herkunft, Alter, Religion, Behinderung oder sexueller Identität.",
      notes="Greenhouse, recruiter name on a no-reply From with Reply-To; startup du-form; 'mit anderen Kandidat:innen weitermachen'"),

    A("feldgruen-join-zurueckgezogen", "rejection", "role-cancelled", "de-DE", "join",
      "Feldgrün Naturkosmetik via JOIN <notifications@email.join.com>",
      "Update zu deiner Bewerbung: Marketing Manager E-Commerce (m/w/d)",
      """Hallo Sam,

vielen Dank für deine Bewerbung als Marketing Manager E-Commerce (m/w/d) bei Feldgrün Naturkosmetik und dein Interesse an unserem kleinen Team.

Leider müssen wir dir mitteilen, dass wir die Stelle aus internen Gründen vorerst nicht besetzen werden. Die Ausschreibung wurde deshalb geschlossen und wir führen keine weiteren Gespräche.

Das hat nichts mit deiner Bewerbung zu tun – wir hätten dich gerne kennengelernt. Sollten wir die Position im nächsten Jahr neu ausschreiben, findest du sie wieder auf unserer Karriereseite.

Alles Liebe und viel Erfolg!
Anna Kowalski
Gründerin, Feldgrün Naturkosmetik""",
      ("", "Anna", "Feldgrün Naturkosmetik", "Marketing Manager E-Commerce (m/w/d)"),
      brand="Feldgrün Naturkosmetik",
      notes="JOIN relay; role not filled 'vorerst nicht besetzen', posting closed; founder signs without address"),

    A("bergkristall-teamtailor-besetzt", "rejection", "keep-on-file", "de-AT", "teamtailor",
      "Bergkristall Hotels & Resorts <noreply@teamtailor-mail.com>",
      "Marketing Manager:in DACH – Update",
      """Liebe:r Sam,

danke für deine Bewerbung als Marketing Manager:in DACH bei Bergkristall Hotels & Resorts!

Wir möchten dich informieren, dass die Stelle mittlerweile besetzt wurde. Wir haben dein Profil aber sehr gerne in unserem Talent Pool gespeichert und melden uns, sobald eine passende Position frei wird.

Herzliche Grüße aus Tirol
Dein Bergkristall Team""",
      ("", "", "Bergkristall Hotels & Resorts", "Marketing Manager:in DACH"),
      brand="Bergkristall Hotels & Resorts", preheader="Danke für deine Bewerbung!",
      notes="Teamtailor; short; 'die Stelle mittlerweile besetzt'; kept in talent pool"),

    # ------------------------------------------------------------------ rejections, personal
    P("tiefsee-recruiterin-andere-kandidatin", "rejection", "personal-after-interview", "de-DE",
      "Mira Hoffmann <mira.hoffmann@tiefsee-analytics.example>",
      "Rückmeldung zu unserem Gespräch",
      """Hallo Sam,

danke dir nochmal für das angenehme Gespräch am Dienstag mit Jan und mir – hat echt Spaß gemacht, dich kennenzulernen.

Ich möchte dich nicht lange warten lassen: Für die Position als Product Marketing Manager haben wir uns nach reiflicher Überlegung für eine andere Kandidatin entschieden, die etwas mehr Erfahrung im B2B-SaaS-Umfeld mitbringt. Das war wirklich knapp und hat nichts damit zu tun, dass wir dein Profil nicht spannend fanden.

Wenn du magst, gebe ich dir gern noch ein kurzes Feedback am Telefon. Und falls wir nächstes Jahr die Stelle im Brand-Bereich aufmachen, melde ich mich bei dir.

Viele Grüße
Mira

--
Mira Hoffmann
People & Talent | Tiefsee Analytics GmbH
+49 30 5550 1842
tiefsee-analytics.example""",
      ("mira.hoffmann@tiefsee-analytics.example", "Mira", "Tiefsee Analytics GmbH", "Product Marketing Manager"),
      client_html="gmail", notes="recruiter after interview, du-form, the most ordinary wording"),

    P("alpenblick-bereichsleiterin-feedback", "rejection", "personal-after-interview", "de-DE",
      "Dr. Katrin Sommer <katrin.sommer@alpenblick-reisen.example>",
      "Ihre Bewerbung – Head of CRM & Lifecycle Marketing",
      """Hallo Sam Taylor,

zunächst möchte ich mich ganz herzlich für Ihre Zeit in den vergangenen Wochen bedanken – für das Erstgespräch, die Fallstudie und vor allem für Ihre Präsentation vor unserem Führungskreis am vergangenen Donnerstag. Ich weiß, wie viel Vorbereitung in so einer Aufgabe steckt, und das hat man gemerkt.

Wir haben im Anschluss lange diskutiert. Ihre Analyse unserer Reaktivierungsstrecken war präzise, und mehrere Kolleg:innen haben hervorgehoben, wie klar Sie Prioritäten gesetzt haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns jedoch für einen Kandidaten entschieden, der bereits ein CRM-Team in der Reisebranche aufgebaut hat und die Saisonalität unseres Geschäfts aus eigener Erfahrung kennt. Für die Aufbauphase, in der wir gerade stecken, war das für uns ausschlaggebend.

Damit Sie etwas aus dem Prozess mitnehmen können, ein paar Punkte aus unserem Feedback:
- Ihre Segmentierungslogik war die stärkste aller Präsentationen.
- Beim Thema Marketing-Automation (Salesforce Marketing Cloud) hätten wir uns mehr praktische Tiefe gewünscht.
- Die Budgetplanung war sehr ambitioniert, aber nachvollziehbar begründet.

Ich würde mich freuen, wenn wir in Kontakt bleiben. Wir wachsen weiter, und ich kann mir gut vorstellen, dass sich in den nächsten Monaten eine Rolle ergibt, die besser passt.

Alles Gute und herzliche Grüße aus München

Dr. Katrin Sommer
Bereichsleiterin Marketing & Vertrieb
Alpenblick Reisen GmbH
Leopoldstraße 00 · 80802 München
T +49 89 5550 4410 · M +49 170 5550 981""",
      ("katrin.sommer@alpenblick-reisen.example", "Katrin", "Alpenblick Reisen GmbH", "Head of CRM & Lifecycle Marketing"),
      client_html="outlook", notes="long letter after a final presentation; verdict in the third paragraph; feedback bullets; Outlook HTML"),

    P("nordmarken-intern-besetzt-reply", "rejection", "personal-after-interview", "de-DE",
      "Thomas Berger <t.berger@nordmarken-verlag.example>",
      "AW: Nachfrage zum Stand meiner Bewerbung – Content Lead",
      """Hallo Sam,

entschuldigen Sie bitte die späte Rückmeldung, hier war in den letzten Wochen einiges los.

Die Stelle als Content Lead haben wir inzwischen intern besetzt – eine Kollegin aus der Redaktion hat kurzfristig Interesse angemeldet, und wir haben uns für sie entschieden. Ich hätte Ihnen das früher mitteilen sollen.

Alles Gute für Sie und danke für Ihre Geduld.

Thomas Berger
Leitung Marketing & Vertrieb
Nordmarken Verlag GmbH & Co. KG
Tel. +49 40 555 23 10

Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 2. November 2026 09:14
An: Thomas Berger <t.berger@nordmarken-verlag.example>
Betreff: Nachfrage zum Stand meiner Bewerbung – Content Lead

Hallo Herr Berger,

ich wollte mich kurz nach dem Stand meiner Bewerbung als Content Lead erkundigen. Unser Gespräch Anfang Oktober ist mir in sehr guter Erinnerung, und ich bin weiterhin sehr an der Aufgabe interessiert.

Viele Grüße
Sam Taylor""",
      ("t.berger@nordmarken-verlag.example", "Thomas", "Nordmarken Verlag GmbH & Co. KG", "Content Lead"),
      parent=True, parent_domain="example.org", day="2026-11-05", client_html="outlook",
      notes="Outlook reply above Sam's chaser (no > quoting); 'intern besetzt'"),

    P("seeland-personalberater-kunde", "rejection", "agency-recruiter", "de-CH",
      "Reto Zimmermann <reto.zimmermann@brunner-partner.example>",
      "Seeland Uhren AG – Rückmeldung",
      """Grüezi Sam Taylor

Ich hoffe, es geht Ihnen gut. Leider habe ich heute keine guten Neuigkeiten für Sie: Die Seeland Uhren AG hat sich nach den Zweitgesprächen für einen anderen Kandidaten als Marketing Manager International entschieden.

Ausschlaggebend war am Ende die langjährige Erfahrung mit dem asiatischen Markt, die für die geplante Expansion nach Singapur und Hongkong ein grosses Gewicht hatte. Das Feedback zu Ihnen war aber durchwegs positiv, insbesondere Ihre strukturierte Herangehensweise und Ihr Gespür für die Marke wurden hervorgehoben.

Ich bedaure diesen Ausgang sehr, da ich Sie für eine ausgezeichnete Besetzung gehalten hätte. Gerne bleibe ich mit Ihnen in Kontakt und melde mich, sobald ich ein Mandat habe, das zu Ihnen passt.

Freundliche Grüsse

Reto Zimmermann
Senior Consultant
Brunner & Partner Personalberatung AG
Bahnhofstrasse 00 | 8001 Zürich
Tel. +41 44 555 73 20""",
      ("reto.zimmermann@brunner-partner.example", "Reto", "Seeland Uhren AG", "Marketing Manager International"),
      notes="agency consultant relays the client's decision (company = client); Swiss spelling"),

    P("kahlenberg-vorstand-stopp", "rejection", "role-cancelled", "de-AT",
      "Sabine Huber <sabine.huber@kahlenberg-versicherung.example>",
      "Senior Manager Brand Strategy – leider ein Update",
      """Guten Tag Sam Taylor,

ich melde mich heute leider mit einer weniger erfreulichen Nachricht.

Im Zuge der Budgetplanung für 2027 hat unser Vorstand entschieden, die Position Senior Manager Brand Strategy vorerst nicht nachzubesetzen. Das Recruiting ist damit bis auf Weiteres gestoppt, und ich kann Ihren Bewerbungsprozess leider nicht fortsetzen.

Es tut mir besonders leid, weil Sie nach den Gesprächen bei uns ganz oben auf der Liste gestanden sind. Sollte die Stelle wieder ausgeschrieben werden, würde ich mich als Erste bei Ihnen melden – sofern Sie einverstanden sind, dass wir Ihre Unterlagen so lange in Evidenz halten.

Liebe Grüße aus Wien

Sabine Huber
HR Business Partner
Kahlenberg Versicherung AG
Tel.: +43 1 555 40 27""",
      ("sabine.huber@kahlenberg-versicherung.example", "Sabine", "Kahlenberg Versicherung AG", "Senior Manager Brand Strategy"),
      client_html="outlook", notes="role frozen by the board, process stopped for Sam; Austrian idiom ('in Evidenz halten', 'gestanden sind')"),

    P("lichtblick-kurz-iphone", "rejection", "terse", "de-DE",
      "Tobias Kern <tobi@lichtblick-studio.example>",
      "Re: Kurzes Update?",
      """Hi Sam,

sorry, leider nein – wir gehen mit jemand anderem weiter. Hätte dich gern im Team gehabt. Meld mich, falls sich was ändert!

LG Tobi

Von meinem iPhone gesendet

> Am 12.10.2026 um 18:02 schrieb Sam Taylor <sam.taylor@example.org>:
>
> Hi Tobi,
> gibt's schon was Neues zur Stelle als Creative Lead bei Lichtblick Studio? Ich
> hab mich nach unserem Call echt gefreut.
> Liebe Grüße, Sam""",
      ("tobi@lichtblick-studio.example", "Tobi", "Lichtblick Studio", "Creative Lead"),
      parent=True, parent_domain="example.org", day="2026-10-14", wrap=False,
      notes="two-line phone reply above Sam's chaser; role only in the quoted chaser"),

    P("sonnenfeld-wg-fachbereich", "rejection", "forwarded-rejection", "de-DE",
      "Jana Krüger <jana.krueger@sonnenfeld-energie.example>",
      "WG: Feedback Sam Taylor – Produktmanager:in Smart Home",
      """Hallo Sam,

ich leite dir hier direkt die Rückmeldung von Markus aus dem Fachbereich weiter, damit du sie aus erster Hand hast. Leider keine guten Nachrichten – es tut mir wirklich leid.

Wenn du Fragen hast oder das Feedback besprechen möchtest, ruf mich gerne an.

Viele Grüße
Jana

Jana Krüger | Recruiting
Sonnenfeld Energie GmbH | +49 711 555 83 40

-------- Weitergeleitete Nachricht --------
Betreff: Feedback Sam Taylor – Produktmanager:in Smart Home
Datum: Mon, 19 Oct 2026 17:48:12 +0200
Von: Markus Lehmann <markus.lehmann@sonnenfeld-energie.example>
An: Jana Krüger <jana.krueger@sonnenfeld-energie.example>

Hi Jana,

wir haben gestern im Team nochmal über Sam gesprochen. Sehr sympathisch, starke Präsentation, aber für die Rolle fehlt uns die Hardware-Erfahrung. Wir werden Sam nicht weiter berücksichtigen und gehen mit den anderen beiden Finalist:innen in die letzte Runde. Kannst du Sam bitte absagen und unser Dankeschön ausrichten?

Danke dir!
Markus""",
      ("jana.krueger@sonnenfeld-energie.example", "Jana", "Sonnenfeld Energie GmbH", "Produktmanager:in Smart Home"),
      day="2026-10-20", clock="09:12", notes="recruiter forwards the hiring manager's internal note about Sam; verdict in the forwarded part"),

    P("kiezkind-de-en-tippfehler", "rejection", "personal-after-interview", "de-DE",
      "Paula Richter <paula@kiezkind.example>",
      "Senior Brand Manager / Rückmeldung (English below)",
      """Hallo Sam,

(English below)

vielen dank nochmal für deine Zeit und das tolle Gespräch mit Ole und mir. Wir haben uns nach langem hin und her entschieden, die Rolle als Senior Brand Manager mit jemandem zu besetzen, der schon Erfahrung im Aufbau einer Marke im Kinderbereich hat. Das ist leidr genau das was wir in den nächsten 12 Monaten brauchen.

Ich fand dein Case zu unserer Retourenkommunikation übrigens super und hab ihn direkt an unser CX-Team weitergegeben :)

Hi Sam,

thanks again for your time and the great conversation with Ole and me. After a lot of back and forth we've decided to move forward with a candidate who already has experience building a brand in the kids' space, which is exactly what we need over the next 12 months.

Alles Gute / all the best,
Paula

Paula Richter
Head of Marketing | Kiezkind Commerce GmbH
Berlin-Neukölln""",
      ("paula@kiezkind.example", "Paula", "Kiezkind Commerce GmbH", "Senior Brand Manager"),
      client_html="gmail", cte="8bit", notes="German then English version; typos (leidr, lower-case 'dank'); praise after the verdict"),

    # ------------------------------------------------------------------ other, ATS
    A("rheinpfeil-personio-eingang", "other", "ack-received", "de-DE", "personio",
      "Rheinpfeil Versand GmbH <noreply@jobs.personio.de>",
      "Eingangsbestätigung: Performance Marketing Manager (m/w/d)",
      """Sehr geehrte:r Sam Taylor,

vielen Dank für Ihre Bewerbung als Performance Marketing Manager (m/w/d) und Ihr Interesse an der Rheinpfeil Versand GmbH.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir werden diese nun sorgfältig prüfen. Aufgrund der hohen Anzahl an Bewerbungen kann dies bis zu drei Wochen in Anspruch nehmen. Wir bitten Sie daher, von Nachfragen abzusehen.

Wir melden uns in jedem Fall bei Ihnen – auch dann, wenn wir uns für andere Kandidat:innen entscheiden sollten.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Rheinpfeil Versand GmbH""",
      brand="Rheinpfeil Versand GmbH",
      notes="acknowledgement that hedges about a future negative answer"),

    A("weserstahl-softgarden-einladung", "other", "interview-invite", "de-DE", "softgarden",
      "Weserstahl Components GmbH <no-reply@mail.softgarden.io>",
      "Einladung zum Vorstellungsgespräch – Marketing Manager B2B (m/w/d)",
      """Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Marketing Manager B2B (m/w/d). Wir freuen uns, Ihnen mitteilen zu können, dass uns Ihre Unterlagen überzeugt haben und wir Sie gerne persönlich kennenlernen möchten.

Das Gespräch findet per Microsoft Teams statt und dauert etwa 60 Minuten. Gesprächspartner sind Herr Ingo Schäfer (Leitung Marketing) und Frau Petra Lange (HR).

Bitte wählen Sie über den folgenden Button einen der vorgeschlagenen Termine aus. Sollte keiner der Termine passen, antworten Sie bitte nicht auf diese E-Mail, sondern wenden Sie sich an karriere@weserstahl.example.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Petra Lange
Personalabteilung""",
      brand="Weserstahl Components GmbH", button="Termin auswählen",
      notes="interview invitation with scheduling button"),

    A("stepstone-jobalert-angesehen", "other", "job-alert", "de-DE", "stepstone",
      "StepStone Jobagent <jobagent@email.stepstone.de>",
      "8 neue Jobs für „Product Marketing Manager“ in Berlin",
      """Hallo Sam Taylor,

Ihr Jobagent hat 8 neue Stellenangebote für Sie gefunden.

- [[Product Marketing Manager (m/w/d)]] – Spreeline Software GmbH, Berlin – vor 1 Tag
- [[Senior Product Marketing Manager – Payments (all genders)]] – Kassenwerk AG, Berlin – vor 2 Tagen
- [[Product Marketing Lead DACH (w/m/d)]] – Wolkenbau Cloud GmbH, Berlin/Remote – vor 2 Tagen
- [[Marketing Manager Produkt & Launch (m/w/d)]] – Havelland Foods GmbH, Potsdam – vor 3 Tagen
- [[Product Marketing Manager B2B SaaS]] – Fernsicht Analytics GmbH, Berlin – vor 4 Tagen

[[Alle 8 Jobs anzeigen]]

## Ihre Bewerbungen

{table}

Tipp: Unternehmen melden sich im Durchschnitt nach 14 Tagen. Keine Rückmeldung? Das ist leider häufig – bewerben Sie sich parallel auf weitere passende Stellen.""",
      table=[("Growth Marketing Lead – Wellenreiter Mobility", "Vom Unternehmen angesehen"),
             ("Marketing Manager Digital (m/w/d) – Nordlicht Reisen GmbH", "Versendet")],
      brand="StepStone", plain="h2t", logo_alt="StepStone",
      notes="job alert digest with an application-status table (viewed/sent) and a 'no answer' tip"),

    A("mainfeld-workday-uebertragen", "other", "requisition-transfer", "de-DE", "workday",
      "Mainfeld Pharma <mainfeld@myworkday.com>",
      "Ihre Bewerbung wurde einer anderen Stelle zugeordnet",
      """Guten Tag Sam Taylor,

vielen Dank für Ihr Interesse an der Mainfeld Pharma AG.

Die Stelle Marketing Manager Consumer Health (R-20418), auf die Sie sich beworben haben, wurde aufgrund einer Neuaufstellung unseres Consumer-Health-Bereichs geschlossen. Da Ihr Profil sehr gut zu einer neu geschaffenen Position passt, haben wir Ihre Bewerbung auf die Stelle Senior Marketing Manager OTC Brands (R-20977) übertragen.

{table}

Sie müssen nichts weiter tun – Ihre Unterlagen werden nun für die neue Position geprüft, und Sie erhalten in Kürze weitere Informationen. Falls Sie mit der Übertragung nicht einverstanden sind, können Sie Ihre Bewerbung im Kandidatenbereich jederzeit zurückziehen.

Mit freundlichen Grüßen
Talent Acquisition Team
Mainfeld Pharma AG""",
      table=[("R-20418 Marketing Manager Consumer Health", "Stelle geschlossen"),
             ("R-20977 Senior Marketing Manager OTC Brands", "In Prüfung")],
      brand="Mainfeld Pharma AG",
      notes="original requisition closed and the application moved to a new one (status 'In Prüfung')"),

    A("elbtor-online-assessment", "other", "assessment", "de-DE", "assess",
      "Elbtor Versicherung AG <noreply@mail.talentscreen.example>",
      "Einladung zum Online-Assessment – Marketing Manager Digital (m/w/d)",
      """Guten Tag Sam Taylor,

im Namen der Elbtor Versicherung AG laden wir Sie zur Teilnahme an unserem Online-Assessment für die Position Marketing Manager Digital (m/w/d) ein. Ihre Bewerbung hat die erste Sichtung erfolgreich durchlaufen.

Das Assessment besteht aus drei Teilen (numerisches Denken, verbales Denken, Situational Judgement) und dauert insgesamt etwa 45 Minuten. Bitte planen Sie eine ungestörte Umgebung ein.

Bitte schließen Sie das Assessment bis spätestens Freitag, 20. November 2026, 23:59 Uhr ab. Nicht fristgerecht abgeschlossene Tests können im weiteren Verfahren leider nicht berücksichtigt werden.

Viel Erfolg!

Ihr TalentScreen-Team im Auftrag der Elbtor Versicherung AG""",
      brand="Elbtor Versicherung AG", button="Assessment starten",
      day="2026-11-12", notes="online test invitation; 'leider nicht berücksichtigt' only about late tests"),

    A("immo-wohnung-andere-mieter", "other", "non-job-rejection", "de-DE", "immo",
      "ImmoScout24 <nachrichten@mail.immobilienscout24.de>",
      "Neue Nachricht zu Ihrer Anfrage: 3-Zimmer-Altbau mit Balkon, Prenzlauer Berg",
      """Hallo Sam Taylor,

Sie haben eine neue Nachricht vom Anbieter zu folgendem Objekt erhalten:

{table}

Nachricht von Hausverwaltung Kollwitz & Söhne:

„Sehr geehrte Interessentin, sehr geehrter Interessent, vielen Dank für Ihre Bewerbung auf unsere Wohnung und Ihr Interesse an der Besichtigung. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mieter entschieden haben. Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Wohnungssuche. Mit freundlichen Grüßen, Hausverwaltung Kollwitz & Söhne“

[[Zur Nachricht]]

Nicht das Richtige dabei? [[Ähnliche Wohnungen in Prenzlauer Berg ansehen]]""",
      table=[("Objekt", "3-Zimmer-Altbau mit Balkon"), ("Adresse", "Berlin, Prenzlauer Berg"),
             ("Kaltmiete", "1.480 €"), ("Scout-ID", "000000000")],
      brand="ImmoScout24", plain="h2t", logo_alt="ImmoScout24",
      notes="flat application ('Bewerbung auf unsere Wohnung') turned down with job-rejection wording"),

    A("calder-personio-absage-versendet", "other", "owner-hiring", "de-DE", "hris",
      "Personio <notifications@calderstreet.personio.de>",
      "Absage versendet: Jonas Keller – Content Marketing Manager (m/w/d) Berlin",
      """Hallo Sam,

für die Stelle Content Marketing Manager (m/w/d) – Berlin, für die du als Hiring Manager:in eingetragen bist, wurde folgende Aktion ausgeführt:

{table}

Die Absage-E-Mail wurde heute um 10:42 Uhr an die Kandidat:in versendet. Offene Bewerbungen in dieser Stelle: 3.

Mit freundlichen Grüßen
Personio""",
      table=[("Kandidat:in", "Jonas Keller"), ("Status", "Abgelehnt"), ("Absagegrund", "Qualifikation passt nicht"),
             ("Vorlage", "Absage nach Interview (DE)"), ("Ausgeführt von", "Nele Fischer (HR)")],
      brand="Calder Street Media", button="Bewerbung in Personio öffnen",
      clock="10:43", notes="Sam is the hiring manager: HR system reports a rejection sent to a candidate"),

    A("mtsw-sessionize-vortrag", "other", "non-job-rejection", "de-AT", "sessionize",
      "Marketing Tech Summit Wien <noreply@sessionize.com>",
      "Marketing Tech Summit Wien 2027 – Ihr Vortragsvorschlag",
      """Liebe:r Sam Taylor,

vielen Dank für Ihre Einreichung „Brand Voice in Zeiten generativer KI“ für den Marketing Tech Summit Wien 2027.

Wir haben in diesem Jahr über 400 Vorschläge erhalten – ein neuer Rekord. Leider müssen wir Ihnen mitteilen, dass Ihr Vortrag nicht in das Programm aufgenommen wurde. Die Auswahl fiel dem Programmkomitee bei der Vielzahl hochwertiger Einreichungen alles andere als leicht.

Als kleines Dankeschön erhalten Sie mit dem Code SPEAKER27 einen Rabatt von 30 % auf Ihr Ticket. Wir würden uns freuen, Sie im März in der Marx Halle begrüßen zu dürfen.

Herzliche Grüße
Das Programmkomitee des Marketing Tech Summit Wien""",
      brand="Marketing Tech Summit Wien",
      notes="conference talk proposal declined"),

    # ------------------------------------------------------------------ other, personal
    P("rheinblick-noch-keine-entscheidung", "other", "status-update", "de-DE",
      "Stefanie Wolf <stefanie.wolf@rheinblick-software.example>",
      "Re: Kurze Nachfrage – Marketing Lead DACH",
      """Hallo Sam,

danke für deine Nachfrage und sorry, dass es so lange dauert!

Wir haben noch keine Entscheidung getroffen – unser CMO war zwei Wochen im Urlaub, und wir führen noch ein letztes Gespräch mit einer weiteren Person. Du bist definitiv noch im Rennen. Ich rechne damit, dass wir uns bis Ende nächster Woche bei dir melden können, so oder so.

Viele Grüße
Stefanie

On Tue, 10 Nov 2026 at 08:31, Sam Taylor <sam.taylor@example.org> wrote:
> Hallo Stefanie,
>
> ich wollte mich kurz nach dem Stand zur Stelle Marketing Lead DACH
> erkundigen. Falls ihr euch schon für jemand anderen entschieden habt,
> wäre ich für eine kurze Info dankbar.
>
> Viele Grüße
> Sam""",
      parent=True, parent_domain="example.org", day="2026-11-11", wrap=False, client_html="gmail",
      notes="reply to Sam's chaser: still deciding, Sam still in the running"),

    P("quellwerk-antwort-finalrunde", "other", "answer-to-owner-question", "de-DE",
      "Felix Neumann <felix.neumann@quellwerk.example>",
      "Re: Stand Bewerbung Head of Brand",
      """Hallo Sam,

nein, ganz im Gegenteil – sorry für die Funkstille, das war keine Absicht! Wir hatten intern eine Umstrukturierung im Marketing und ich bin kaum zum Antworten gekommen.

Wir würden dich sehr gerne zum finalen Gespräch mit unseren beiden Geschäftsführern einladen. Passt dir Donnerstag, 26.11., um 14 Uhr bei uns im Büro in Köln-Ehrenfeld? Alternativ ginge Freitagvormittag.

Beste Grüße
Felix

Felix Neumann | Head of Marketing | Quellwerk GmbH
+49 221 555 630 12

Am Mo., 16. Nov. 2026 um 19:05 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Felix,
>
> ich wollte nochmal nachhaken: Habt ihr euch inzwischen für jemand anderen
> entschieden? Dann wäre ich für ein kurzes Feedback dankbar, ansonsten freue
> ich mich natürlich über ein Update zur Head-of-Brand-Stelle.
>
> Viele Grüße
> Sam""",
      parent=True, parent_domain="example.org", day="2026-11-17", wrap=False,
      notes="answer to Sam's 'have you chosen someone else?': final-round invitation"),

    P("calder-kollegin-absagen", "other", "owner-hiring", "de-DE",
      "Nele Fischer <nele.fischer@example.org>",
      "Absagen Content Marketing Manager – kurze Abstimmung",
      """Hi Sam,

ich habe heute Vormittag die Absagen an Jonas Keller und Lea Brandt rausgeschickt (Vorlage „nach Interview“). Jonas hat schon geantwortet und nach Feedback gefragt – magst du ihm zwei, drei Sätze schreiben, oder soll ich das übernehmen?

Für Dilara bereite ich bis Mittwoch das Angebot vor. Gib mir bitte noch kurz Bescheid, ob wir beim Gehalt bei 62k bleiben.

Danke & LG
Nele

Nele Fischer
People & Culture | Calder Street Media
Berlin Office""",
      notes="colleague at example.org about candidates Sam's team rejected"),

    P("calder-sam-sendet-absage", "other", "owner-sent", "de-DE",
      "Sam Taylor <sam.taylor@example.org>",
      "Ihre Bewerbung als Content Marketing Manager (m/w/d) bei Calder Street Media",
      """Hallo Herr Aydin,

vielen Dank für Ihre Bewerbung und das offene Gespräch in der vergangenen Woche.

Leider haben wir uns nach reiflicher Überlegung für eine andere Kandidatin entschieden, deren Erfahrung im B2B-Publishing etwas besser zu unseren aktuellen Schwerpunkten passt. Das ist uns nicht leichtgefallen – Ihre Ideen zu unserem Newsletter-Programm haben uns gut gefallen.

Ich wünsche Ihnen für Ihre weitere Suche viel Erfolg.

Viele Grüße
Sam Taylor
Calder Street Media""",
      to="Murat Aydin <murat.aydin@posteo.example>",
      notes="Sam's own sent rejection to a candidate"),

    P("hochfeld-angebot", "other", "offer", "de-DE",
      "Carolin Weber <carolin.weber@hochfeld-moebel.example>",
      "Angebot: Marketing Manager:in Omnichannel",
      """Hallo Sam,

ich mache es kurz, weil ich mich so freue: Wir haben in den letzten Wochen mit vielen starken Kandidat:innen gesprochen und uns am Ende für dich entschieden!

Im Anhang findest du unser Vertragsangebot für die Position Marketing Manager:in Omnichannel (Start 1. Februar 2027, 70.000 € brutto p.a. plus Bonus). Die anderen Kandidat:innen bekommen ihre Absage erst, wenn du zugesagt hast – lass dir also ruhig ein paar Tage Zeit, aber gib mir bitte bis zum 30.11. Bescheid.

Wenn du Fragen zum Vertrag hast, ruf mich jederzeit an.

Herzliche Grüße
Carolin

Carolin Weber
Leitung HR | Hochfeld Möbel GmbH & Co. KG
+49 521 555 71 00""",
      attach=[("Vertragsangebot_Sam_Taylor.pdf", "application/pdf",
               "%PDF-1.4\n% Vertragsangebot Hochfeld Moebel\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")],
      day="2026-11-23", notes="offer mentioning the other candidates' rejections; PDF attached"),

    P("referenz-lisa-hartmann", "other", "reference-request", "de-DE",
      "Dr. Ulrich Brandl <u.brandl@kessler-consulting.example>",
      "Referenzauskunft zu Frau Lisa Hartmann",
      """Sehr geehrte:r Sam Taylor,

Frau Lisa Hartmann hat sich bei uns als Senior Marketing Managerin beworben und Sie als Referenz angegeben. Sie war nach ihren Angaben von 2022 bis 2025 in Ihrem Team bei Calder Street Media tätig.

Wir befinden uns mit Frau Hartmann in der finalen Phase des Auswahlverfahrens und würden uns über ein kurzes Telefonat (ca. 15 Minuten) in den nächsten Tagen sehr freuen. Frau Hartmann hat ihr Einverständnis zur Einholung der Referenz schriftlich erteilt.

Würde Ihnen Mittwoch oder Donnerstag zwischen 9 und 12 Uhr passen?

Mit freundlichen Grüßen

Dr. Ulrich Brandl
Partner
Kessler Consulting GmbH
Tel. +49 69 555 208 30""",
      notes="reference request about someone else's application"),

    P("hirschberg-headhunter-vp", "other", "recruiter-outreach", "de-DE",
      "Maximilian Roth <m.roth@hirschberg-search.example>",
      "VP Marketing – Münchner Scale-up (vertraulich)",
      """Hallo Sam,

schön, dass wir uns letzte Woche auf der DMEXCO kurz austauschen konnten.

Wie besprochen: Ein Kunde von mir, ein Münchner Scale-up im Bereich B2B-Software (Series C, ca. 350 Mitarbeitende), sucht einen VP Marketing, der das Team von 12 auf 25 Personen ausbaut und die Expansion nach Frankreich und UK verantwortet. Berichtslinie an den CEO, Budget im mittleren einstelligen Millionenbereich.

Ich denke, Ihr Profil könnte hier sehr gut passen. Hätten Sie Lust auf ein vertrauliches Gespräch? Falls das Timing gerade nicht passt, ist das natürlich völlig in Ordnung – dann ignorieren Sie diese Nachricht einfach.

Beste Grüße
Maximilian Roth
Partner | Hirschberg Executive Search
+49 89 555 009 41""",
      notes="headhunter pitch; mixes du/Sie as real mail does"),

    P("calder-abgelehnt-jourfixe", "other", "non-job-rejection", "de-DE",
      "Jörg Petersen <joerg.petersen@example.org>",
      "Abgelehnt: Jour fixe Kampagnenplanung Q1",
      """Jörg Petersen hat diese Besprechung abgelehnt.

Sorry Sam, da bin ich beim Kunden in Hamburg. Können wir auf Donnerstag schieben?""",
      wrap=False,
      attach=[("invite.ics", "text/calendar",
               "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\nBEGIN:VEVENT\n"
               "ATTENDEE;PARTSTAT=DECLINED;CN=Jörg Petersen:mailto:joerg.petersen@example.org\n"
               "SUMMARY:Abgelehnt: Jour fixe Kampagnenplanung Q1\nDTSTART:20261124T090000Z\n"
               "UID:040000008200E00074C5B7101A82E008\nEND:VEVENT\nEND:VCALENDAR\n")],
      day="2026-11-20", notes="Outlook meeting decline from a colleague"),
]
