"""The 32 rejections of intl22 (16 ATS-style, 16 personal), as data for make_messages.py."""

R = "rejection"

MESSAGES = [
    # ------------------------------------------------------------------ ATS-style
    {"slug": "nordhafen-workday-standard", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "workday",
     "variant": "de-DE", "notes": "workday; most ordinary wording; verdict at start",
     "frm": "Nordhafen Logistik AG <nordhafen@myworkday.com>", "brand": "Nordhafen Logistik AG",
     "subject": "Ihre Bewerbung bei der Nordhafen Logistik AG",
     "headers": {"Auto-Submitted": "auto-generated"},
     "exp": ("", "", "Nordhafen Logistik AG", "Product Marketing Manager (m/w/d)"),
     "text": """Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung als Product Marketing Manager (m/w/d) (Referenz R-0048213) und das damit verbundene Interesse an der Nordhafen Logistik AG.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir würden uns freuen, wenn Sie uns weiterhin verbunden bleiben und sich bei passenden Stellen erneut bewerben. Aktuelle Stellenangebote finden Sie jederzeit in unserem [[Karriereportal]].

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Nordhafen Logistik AG""",
     "about": "Die Nordhafen Logistik AG bewegt mit rund 14.000 Mitarbeitenden an 90 Standorten in Europa Waren für Handel und Industrie. Wir sind stolz auf Vielfalt und begrüßen alle Bewerbungen – unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität."},

    {"slug": "rheinmark-successfactors-html2text", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "successfactors",
     "plain_mode": "html2text", "variant": "de-DE", "notes": "successfactors; plain part auto-generated from HTML with [image] and link list; data-retention question",
     "frm": "Rheinmark Versicherung AG <noreply@successfactors.eu>", "brand": "Rheinmark Versicherung AG",
     "subject": "Ihre Bewerbung: Senior Manager Brand Communication (w/m/d) – Job-ID 31877",
     "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
     "exp": ("", "", "Rheinmark Versicherung AG", "Senior Manager Brand Communication (w/m/d)"),
     "text": """## Ihre Bewerbung bei der Rheinmark

Guten Tag Sam Taylor,

nochmals vielen Dank für Ihre Bewerbung als Senior Manager Brand Communication (w/m/d) und die Zeit, die Sie in Ihre Unterlagen investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Gerne würden wir Ihre Daten für weitere 12 Monate in unserem Bewerberpool speichern, um Sie bei passenden Vakanzen direkt anzusprechen. Wenn Sie damit einverstanden sind, bestätigen Sie dies bitte über den folgenden Link: [[Einwilligung erteilen]]. Ohne Ihre Einwilligung werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht.

Freundliche Grüße

Ihr Recruiting-Team der Rheinmark Versicherung AG""",
     "about": "Rheinmark Versicherung AG · Rheinallee 12 · 40545 Düsseldorf · Vorstand: Dr. Claudia Henning (Vors.), Felix Oberbeck · Vorsitzender des Aufsichtsrats: Ralf Dörner · Sitz Düsseldorf · Amtsgericht Düsseldorf HRB 00000"},

    {"slug": "fernweh-personio-du", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "personio",
     "variant": "de-DE", "notes": "personio; start-up du; Reply-To a person",
     "frm": "Fernweh Labs <noreply@jobs.personio.de>", "reply_to": "Lena Brandt <lena.brandt@fernweh-labs.example>",
     "brand": "Fernweh Labs",
     "subject": "Deine Bewerbung als Growth Marketing Lead bei Fernweh Labs",
     "exp": ("lena.brandt@fernweh-labs.example", "Lena", "Fernweh Labs", "Growth Marketing Lead"),
     "text": """Hey Sam,

danke dir für deine Bewerbung als Growth Marketing Lead und dass du dir Zeit für uns genommen hast! 🙌

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende dazu entschieden, mit anderen Bewerber:innen weiterzumachen, deren Erfahrung noch etwas besser zu dem passt, was wir gerade im Team brauchen. Das ist uns bei deinem Profil echt nicht leichtgefallen.

Wir drücken dir die Daumen für deine weitere Suche – und wer weiß, vielleicht laufen wir uns ja nochmal über den Weg.

Liebe Grüße
Lena aus dem People-Team von Fernweh Labs"""},

    {"slug": "kaltenbach-softgarden-middle", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "softgarden",
     "variant": "de-DE", "notes": "softgarden; Mittelstand; verdict in the middle; named recruiter without address",
     "frm": "Kaltenbach Maschinenbau GmbH <kaltenbach@softgarden.io>", "brand": "Kaltenbach Maschinenbau GmbH",
     "subject": "Ihre Bewerbung als Marketing Manager International (m/w/d)",
     "exp": ("", "Sabine", "Kaltenbach Maschinenbau GmbH", "Marketing Manager International (m/w/d)"),
     "text": """Sehr geehrte*r Sam Taylor,

herzlichen Dank für Ihr Interesse an einer Mitarbeit in unserem Familienunternehmen und für die Zusendung Ihrer Bewerbungsunterlagen für die Position Marketing Manager International (m/w/d).

Die Resonanz auf unsere Ausschreibung war erfreulich groß. Wir haben uns daher die Entscheidung nicht leicht gemacht und jede Bewerbung sorgfältig gesichtet. Leider können wir Ihnen heute keine positive Nachricht geben: Wir haben uns für eine Bewerberin entschieden, deren Erfahrung im Investitionsgüterbereich unserem Anforderungsprofil näherkommt.

Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Person oder Ihrer Qualifikation. Ihre Unterlagen werden gemäß den gesetzlichen Bestimmungen nach sechs Monaten gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Sabine Rothkegel
Personalreferentin
Kaltenbach Maschinenbau GmbH · Industriestraße 4 · 73430 Aalen"""},

    {"slug": "obertal-dvinci-htmlonly", "label": R, "cat": "public-sector", "style": "ats", "vendor": "dvinci",
     "html_only": True, "cte": "base64", "variant": "de-DE", "notes": "d.vinci; hospital; HTML-only base64; Auswahlverfahren abgeschlossen; gender star",
     "frm": "Klinikum Obertal – Personalabteilung <bewerbung@klinikum-obertal.dvinci-hr.example>",
     "brand": "Klinikum Obertal",
     "subject": "Ihre Bewerbung – Kennziffer 2026/173",
     "exp": ("", "", "Klinikum Obertal", "Referent*in Unternehmenskommunikation"),
     "text": """Guten Tag Sam Taylor,

vielen Dank für Ihre Bewerbung auf die Stelle Referent*in Unternehmenskommunikation (Kennziffer 2026/173).

Das Auswahlverfahren ist inzwischen abgeschlossen. Wir haben uns für eine*n andere*n Bewerber*in entschieden und können Ihnen daher leider keine Zusage erteilen.

Wir bedanken uns für Ihr Interesse an unserem Haus und wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Mit freundlichen Grüßen
Ihre Personalabteilung
Klinikum Obertal – Anstalt des öffentlichen Rechts""",
     "about": "Hinweis nach Art. 13 DSGVO: Ihre Bewerbungsdaten werden nach Ablauf von sechs Monaten nach Abschluss des Auswahlverfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben."},

    {"slug": "hegemann-rexx-wahl", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "rexx",
     "variant": "de-DE", "notes": "rexx; Mittelstand; 'Wahl nicht auf Sie gefallen'; reply_to from the body",
     "frm": "Hegemann Verpackungen GmbH <jobs@hegemann-verpackungen.rexx-recruitment.example>",
     "brand": "Hegemann Verpackungen GmbH",
     "subject": "Rückmeldung zu Ihrer Bewerbung – Leitung Marketing & Kommunikation",
     "exp": ("petra.juelich@hegemann-verpackungen.example", "Petra", "Hegemann Verpackungen GmbH", "Leitung Marketing & Kommunikation"),
     "text": """Sehr geehrte Damen und Herren, sehr geehrte*r Sam Taylor,

wir bedanken uns für Ihre Bewerbung als Leitung Marketing & Kommunikation und das Vertrauen, das Sie uns damit entgegengebracht haben.

Wir bedauern, Ihnen mitteilen zu müssen, dass die Wahl nicht auf Sie gefallen ist. Unter den zahlreichen Bewerbungen war die Entscheidung schwierig, letztendlich haben wir uns jedoch für eine Kandidatin entschieden, deren Profil unseren Vorstellungen noch genauer entspricht.

Für Rückfragen stehe ich Ihnen gern unter petra.juelich@hegemann-verpackungen.example oder telefonisch unter 05241 9981-230 zur Verfügung.

Mit freundlichen Grüßen

i. A. Petra Jülich
Personalwesen
Hegemann Verpackungen GmbH
Geschäftsführer: Dirk Hegemann, Anne Hegemann-Stratmann | Amtsgericht Gütersloh HRB 0000"""},

    {"slug": "aarewerk-umantis-de-fr", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "umantis",
     "variant": "de-CH", "notes": "abacus umantis; Swiss spelling ss; French version below the German one",
     "frm": "Aarewerk Versicherungen AG <noreply@recruitingapp-5120.umantis.com>", "brand": "Aarewerk Versicherungen AG",
     "subject": "Ihre Bewerbung / Votre candidature – Produktmanager/in Digitale Kanäle 80–100%",
     "exp": ("", "Corinne", "Aarewerk Versicherungen AG", "Produktmanager/in Digitale Kanäle 80–100%"),
     "text": """Grüezi Sam Taylor

Besten Dank für Ihre Bewerbung als Produktmanager/in Digitale Kanäle 80–100% und Ihr Interesse an der Aarewerk.

Wir haben Ihre Unterlagen mit grossem Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir haben uns für Personen entschieden, die das Anforderungsprofil in Bezug auf die Erfahrung im Schweizer Versicherungsmarkt noch umfassender abdecken.

Wir danken Ihnen für das entgegengebrachte Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Freundliche Grüsse

Corinne Baumgartner
HR Business Partner
Aarewerk Versicherungen AG, Bern

------------------------------

Bonjour Sam Taylor

Nous vous remercions de votre candidature au poste de Produktmanager/in Digitale Kanäle et de l'intérêt que vous portez à Aarewerk. Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Meilleures salutations
Corinne Baumgartner"""},

    {"slug": "alpenquell-onlyfy-besetzt", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "onlyfy",
     "variant": "de-AT", "notes": "onlyfy/prescreen; Austria; position already filled",
     "frm": "Alpenquell Getränke GmbH <no-reply@onlyfy.jobs>", "brand": "Alpenquell Getränke GmbH",
     "subject": "Ihre Bewerbung als Brand Manager:in Erfrischungsgetränke",
     "exp": ("", "", "Alpenquell Getränke GmbH", "Brand Manager:in Erfrischungsgetränke"),
     "text": """Sehr geehrte:r Sam Taylor,

danke für Ihre Bewerbung als Brand Manager:in Erfrischungsgetränke bei der Alpenquell Getränke GmbH.

Wir möchten Sie darüber informieren, dass die Position mittlerweile besetzt wurde. Wir können Ihre Bewerbung daher im weiteren Prozess nicht mehr berücksichtigen.

Wir bedanken uns für Ihr Interesse und würden uns freuen, Sie bei einer zukünftigen Ausschreibung wieder unter den Bewerber:innen zu finden.

Mit freundlichen Grüßen aus Wien
Ihr HR-Team der Alpenquell Getränke GmbH

Alpenquell Getränke GmbH | Laxenburger Straße 218 | 1230 Wien | FN 000000x | Handelsgericht Wien"""},

    {"slug": "brandauer-stepstone-status", "label": R, "cat": "job-board-relay", "style": "ats", "vendor": "stepstone",
     "plain_mode": "html2text", "variant": "de-DE", "notes": "stepstone relay; status notice; bulk headers; recommendations below",
     "frm": "StepStone <noreply@stepstone.de>", "brand": "StepStone",
     "subject": "Neuigkeiten zu Ihrer Bewerbung bei Brandauer Medien GmbH",
     "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     "exp": ("", "", "Brandauer Medien GmbH", "Senior Content Strategist (m/w/d)"),
     "text": """## Ihr Bewerbungsstatus hat sich geändert

Hallo Sam Taylor,

es gibt Neuigkeiten zu Ihrer Bewerbung:

{table}

Brandauer Medien GmbH hat Ihre Bewerbung leider abgelehnt. Lassen Sie sich davon nicht entmutigen – passende Jobs warten schon auf Sie.

[[Alle Bewerbungen ansehen]]

Jobs, die Sie interessieren könnten:
- [[Content Marketing Manager (m/w/d) – Hamburg]]
- [[Head of Editorial (w/m/d) – Köln]]
- [[Redaktionsleitung Digital – remote]]

Viel Erfolg bei Ihrer Jobsuche!
Ihr StepStone Team""",
     "table": [("Stelle", "Senior Content Strategist (m/w/d)"), ("Unternehmen", "Brandauer Medien GmbH"),
               ("Beworben am", "14.10.2026"), ("Status", "Absage")]},

    {"slug": "elbstrand-indeed-short", "label": R, "cat": "job-board-relay", "style": "ats", "vendor": "indeed",
     "variant": "de-DE", "notes": "indeed relay; very short; 'nicht weiterzuverfolgen'",
     "frm": "Indeed <donotreply@match.indeed.com>", "brand": "Indeed",
     "subject": "Aktualisierung zu Ihrer Bewerbung: Content Marketing Manager",
     "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     "exp": ("", "", "Elbstrand Reisen GmbH", "Content Marketing Manager"),
     "text": """Content Marketing Manager
Elbstrand Reisen GmbH – Hamburg

Elbstrand Reisen GmbH hat sich entschieden, Ihre Bewerbung nicht weiterzuverfolgen.

Das ist nie schön. Es gibt aber viele weitere Jobs auf Indeed: [[Ähnliche Jobs ansehen]]"""},

    {"slug": "quellberg-xing-intern", "label": R, "cat": "job-board-relay", "style": "ats", "vendor": "xing",
     "variant": "de-DE", "notes": "xing message relay; filled internally; recruiter named, no address",
     "frm": "Jana Wolters über XING <mailrobot@mail.xing.com>", "brand": "XING",
     "subject": "Jana Wolters hat Ihnen eine Nachricht geschickt",
     "headers": {"List-Unsubscribe": "<{unsub}>"},
     "exp": ("", "Jana", "Quellberg Software GmbH", "Product Marketing Lead"),
     "text": """Jana Wolters
Talent Acquisition Partner bei Quellberg Software GmbH

„Hallo Sam, danke nochmal für das nette Telefonat letzte Woche zur Stelle Product Marketing Lead. Ich muss dir leider mitteilen, dass wir die Stelle intern besetzt haben – eine Kollegin aus dem Sales Enablement wechselt ins Team. Ich hätte dich sehr gern weiter im Prozess gesehen. Lass uns gern vernetzt bleiben! Viele Grüße, Jana"

[[Nachricht beantworten]]"""},

    {"slug": "vireo-linkedin-notfurther", "label": R, "cat": "job-board-relay", "style": "ats", "vendor": "linkedin",
     "plain_mode": "html2text", "variant": "de-DE", "notes": "linkedin easy apply relay; recommendations listing other roles",
     "frm": "LinkedIn <jobs-noreply@linkedin.com>", "brand": "LinkedIn",
     "subject": "Ihre Bewerbung bei Vireo Mobility GmbH",
     "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     "exp": ("", "", "Vireo Mobility GmbH", "Head of Product Marketing"),
     "text": """Ihr Update von Vireo Mobility GmbH

Head of Product Marketing
Vireo Mobility GmbH · München (Hybrid)
Beworben am 2. Okt.

Vielen Dank für Ihr Interesse an der Position Head of Product Marketing bei Vireo Mobility GmbH. Leider wird Ihre Bewerbung nicht weiter berücksichtigt. Vireo Mobility GmbH hat sich entschieden, andere Bewerber:innen näher in Betracht zu ziehen.

[[Weitere Jobs ansehen]]

Jobs, für die Sie ein Top-Bewerber sind:
- [[Senior Product Marketing Manager – Berlin]]
- [[Marketing Director DACH – München]]"""},

    {"slug": "sonnwald-bite-nichtbesetzt", "label": R, "cat": "role-cancelled", "style": "ats", "vendor": "bite",
     "variant": "de-DE", "notes": "bite; role will not be filled for organisational reasons",
     "frm": "Sonnwald Energie AG <bewerbermanagement@sonnwald-energie.b-ite.example>", "brand": "Sonnwald Energie AG",
     "subject": "Ihre Bewerbung: Manager Markenführung (m/w/d) – Ref. 2026-0412",
     "exp": ("", "", "Sonnwald Energie AG", "Manager Markenführung (m/w/d)"),
     "text": """Sehr geehrte*r Sam Taylor,

wir bedanken uns nochmals herzlich für Ihre Bewerbung als Manager Markenführung (m/w/d) und Ihr Interesse an der Sonnwald Energie AG.

Aufgrund einer Neuausrichtung unseres Bereichs Marketing & Vertrieb wird die ausgeschriebene Stelle aus organisatorischen Gründen leider nicht besetzt. Das Bewerbungsverfahren wird daher ohne Stellenbesetzung beendet.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und danken Ihnen für die Zeit, die Sie in Ihre Bewerbung investiert haben. Gern können Sie sich auf unserer [[Karriereseite]] über neue Stellenangebote informieren.

Mit freundlichen Grüßen
Personalmanagement
Sonnwald Energie AG"""},

    {"slug": "gruenfeld-haufe-stellenbesetzung", "label": R, "cat": "public-sector", "style": "ats", "vendor": "haufe",
     "variant": "de-DE", "notes": "haufe; city administration; Stellenbesetzungsverfahren; TVöD; documents returned note",
     "frm": "Stadt Grünfeld – Fachbereich Personal <personal@gruenfeld.haufe-tm.example>",
     "brand": "Stadt Grünfeld",
     "subject": "Stellenbesetzungsverfahren Kennziffer 10/2026-114 – Sachgebietsleitung Presse- und Öffentlichkeitsarbeit",
     "exp": ("", "", "Stadt Grünfeld", "Sachgebietsleitung Presse- und Öffentlichkeitsarbeit"),
     "text": """Sehr geehrte*r Sam Taylor,

Sie hatten sich auf die Stelle Sachgebietsleitung Presse- und Öffentlichkeitsarbeit (EG 11 TVöD, Kennziffer 10/2026-114) beworben.

Das Stellenbesetzungsverfahren ist zwischenzeitlich abgeschlossen. Nach Abschluss der Auswahlgespräche und Beteiligung der Gremien (Personalrat, Gleichstellungsbeauftragte) haben wir uns für eine andere Bewerberin entschieden.

Wir bedauern, Ihnen keine günstigere Nachricht geben zu können, und bedanken uns für Ihr Interesse am Dienst bei der Stadt Grünfeld.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach § 15 Abs. 4 AGG datenschutzgerecht vernichtet. Eine Rücksendung erfolgt nicht.

Mit freundlichen Grüßen
Im Auftrag
Fachbereich Personal und Organisation"""},

    {"slug": "kobaltblau-greenhouse-de-en", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "greenhouse",
     "variant": "de-DE", "notes": "greenhouse; Berlin start-up; German letter with English version below; named sender address",
     "frm": "Kobaltblau Talent <no-reply@us.greenhouse-mail.io>", "brand": "Kobaltblau GmbH",
     "subject": "Deine Bewerbung bei Kobaltblau / Your application at Kobaltblau",
     "exp": ("", "Moritz", "Kobaltblau GmbH", "Senior Brand Manager"),
     "text": """(English version below)

Hallo Sam,

vielen Dank für dein Interesse an Kobaltblau und an der Rolle als Senior Brand Manager.

Wir haben uns nach reiflicher Überlegung dazu entschieden, den Prozess mit dir nicht weiterzuführen. Die Entscheidung ist uns nicht leichtgefallen, da wir viele starke Bewerbungen bekommen haben.

Wir wünschen dir alles Gute!
Moritz & das Kobaltblau Talent Team

---

Hi Sam,

Thanks a lot for your interest in Kobaltblau and the Senior Brand Manager role. After careful consideration we have decided not to move forward with your application at this time.

All the best,
Moritz & the Kobaltblau Talent Team

Kobaltblau GmbH · Schlesische Straße 30 · 10997 Berlin"""},

    {"slug": "vendura-successfactors-statusonly", "label": R, "cat": "ats-automated", "style": "ats", "vendor": "successfactors",
     "variant": "de-CH", "notes": "successfactors; Swiss; verdict only in the status table; portal notice",
     "frm": "Vendura Pharma AG Karriere <careers-noreply@successfactors.eu>", "brand": "Vendura Pharma AG",
     "subject": "Statusänderung Ihrer Bewerbung (Req. 58821)",
     "exp": ("", "", "Vendura Pharma AG", "Digital Marketing Manager Consumer Health"),
     "text": """Guten Tag Sam Taylor

Der Status Ihrer Bewerbung im Karriereportal der Vendura Pharma AG wurde aktualisiert.

{table}

Details zu Ihren Bewerbungen finden Sie jederzeit unter [[Meine Bewerbungen]]. Wir danken Ihnen für Ihr Interesse an der Vendura und wünschen Ihnen alles Gute.

Freundliche Grüsse
Vendura Pharma AG, Talent Acquisition, Basel""",
     "table": [("Stelle", "Digital Marketing Manager Consumer Health"), ("Req.-Nr.", "58821"),
               ("Status", "Nicht berücksichtigt – Verfahren abgeschlossen")]},

    # ------------------------------------------------------------------ personal
    {"slug": "ebeling-gf-after-interview", "label": R, "cat": "personal-after-interview", "style": "personal",
     "variant": "de-DE", "notes": "Mittelstand managing director; Sie; praise first, verdict at the end of para 2",
     "frm": "Markus Ebeling <m.ebeling@ebeling-druck.example>",
     "subject": "Ihr Gespräch bei uns am Dienstag",
     "exp": ("m.ebeling@ebeling-druck.example", "Markus", "Ebeling Druck & Medien", "Marketingleitung"),
     "text": """Guten Tag Sam Taylor,

nochmals vielen Dank, dass Sie sich am Dienstag die Zeit genommen haben und zu uns nach Bielefeld gekommen sind. Frau Kortmann und ich haben das Gespräch als sehr offen und angenehm empfunden, und Ihre Ideen zur Neupositionierung unserer Marke fanden wir wirklich spannend.

Wir haben in den letzten Tagen intensiv beraten. Am Ende haben wir uns für einen Kandidaten entschieden, der bereits mehrere Jahre Erfahrung im B2B-Druckmarkt mitbringt – das war für uns in der aktuellen Phase ausschlaggebend. Die Marketingleitung werden wir daher nicht mit Ihnen besetzen, so leid es mir tut.

Ich wünsche Ihnen für Ihre weitere Suche alles Gute und bin sicher, dass Sie bald das Passende finden.

Mit freundlichen Grüßen

Markus Ebeling
Geschäftsführer
Ebeling Druck & Medien GmbH & Co. KG
Heeper Straße 91 · 33607 Bielefeld
Tel. 0521 440 88-10"""},

    {"slug": "founder-du-kurz", "label": R, "cat": "terse", "style": "personal", "variant": "de-DE",
     "notes": "start-up founder; du; two lines; role not named", "client_html": True,
     "frm": "Timo Rasch <timo@kiezkiste.example>",
     "subject": "Re: Kennenlernen",
     "parent": True,
     "exp": ("timo@kiezkiste.example", "Timo", "Kiezkiste", ""),
     "text": """Hi Sam,

ich mach's kurz: wir gehen mit jemand anderem weiter. Hat mega Spaß gemacht mit dir zu quatschen, danke für deine Zeit!

Timo
--
Kiezkiste · Gründer & CEO"""},

    {"slug": "tessmann-berater-suche-gestoppt", "label": R, "cat": "agency-recruiter", "style": "personal",
     "variant": "de-DE", "notes": "Personalberater; client stopped the search; company = client",
     "frm": "Dr. Anja Vollrath <a.vollrath@vollrath-partner.example>",
     "subject": "Tessmann Gruppe – Head of Marketing Communications",
     "exp": ("a.vollrath@vollrath-partner.example", "Anja", "Tessmann Gruppe", "Head of Marketing Communications"),
     "text": """Liebe Sam Taylor,

leider habe ich keine guten Nachrichten für Sie. Die Tessmann Gruppe hat mich gestern informiert, dass die Suche nach einem Head of Marketing Communications bis auf Weiteres gestoppt wird. Hintergrund ist die angekündigte Zusammenlegung der Kommunikationsbereiche zweier Tochtergesellschaften; die Position wird in der bisherigen Form nicht mehr besetzt.

Das tut mir gerade nach Ihrem sehr guten Gespräch mit Herrn Tessmann persönlich leid – Sie waren in der engsten Auswahl. Ich melde mich, sobald ich ein Mandat habe, das zu Ihnen passt.

Herzliche Grüße
Anja Vollrath

Dr. Anja Vollrath
Partnerin
Vollrath & Partner Executive Search GmbH
Königsallee 60 · 40212 Düsseldorf
T +49 211 5402 7713 · M +49 171 000 4412"""},

    {"slug": "reply-above-outlook-vergeben", "label": R, "cat": "personal-after-interview", "style": "personal",
     "variant": "de-DE", "notes": "reply above Sam's chaser; Outlook 'Ursprüngliche Nachricht' quote; 'Stelle inzwischen vergeben'",
     "frm": "Yvonne Kessler <yvonne.kessler@mertens-optik.example>",
     "subject": "AW: Nachfrage zu meiner Bewerbung – Online Marketing Manager",
     "parent": True,
     "exp": ("yvonne.kessler@mertens-optik.example", "Yvonne", "Mertens Optik", "Online Marketing Manager"),
     "text": """Hallo Sam,

sorry für die späte Rückmeldung, bei uns ist gerade Land unter. Die Stelle ist inzwischen leider vergeben – wir haben uns Ende letzter Woche für eine andere Kandidatin entschieden. Ich hätte dir das natürlich früher sagen müssen.

Danke dir für dein Interesse und alles Gute!

Viele Grüße
Yvonne

Yvonne Kessler | HR
Mertens Optik GmbH | Tel. +49 89 2211 540

-----Ursprüngliche Nachricht-----
Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Montag, 2. November 2026 09:12
An: Yvonne Kessler <yvonne.kessler@mertens-optik.example>
Betreff: Nachfrage zu meiner Bewerbung – Online Marketing Manager

Hallo Yvonne,

nach unserem Gespräch vor drei Wochen wollte ich kurz nachfragen, ob es zur Stelle als Online Marketing Manager bei Mertens Optik schon Neuigkeiten gibt. Ich bin nach wie vor sehr interessiert.

Viele Grüße
Sam Taylor"""},

    {"slug": "uni-wissenschaftskommunikation", "label": R, "cat": "public-sector", "style": "personal",
     "variant": "de-DE", "notes": "university; Auswahlverfahren; formal Sie; AGG retention; verdict after procedure text",
     "frm": "Dezernat Personal – Universität Hohenau <stellen@uni-hohenau.example>",
     "subject": "Ihre Bewerbung – Kennziffer W-2026-38",
     "exp": ("stellen@uni-hohenau.example", "Katrin", "Universität Hohenau", "Referent*in für Wissenschaftskommunikation"),
     "text": """Sehr geehrte*r Sam Taylor,

wir danken Ihnen für Ihre Bewerbung auf die Stelle einer*eines Referent*in für Wissenschaftskommunikation (E 13 TV-L, Kennziffer W-2026-38) an der Universität Hohenau.

Auf die Ausschreibung sind über 140 Bewerbungen eingegangen. Die Auswahlkommission hat alle Unterlagen anhand der in der Ausschreibung genannten Kriterien geprüft und eine Vorauswahl für die Vorstellungsgespräche getroffen. Leider konnten wir Sie im weiteren Auswahlverfahren nicht berücksichtigen.

Bitte sehen Sie von Rückfragen zu den Gründen im Einzelnen ab. Ihre Unterlagen werden nach Ablauf von fünf Monaten nach Abschluss des Verfahrens vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Katrin Stelzer
Dezernat 3 – Personal, Sachgebiet 3.2 Tarifbeschäftigte
Universität Hohenau · Schlossplatz 1 · 79000 Hohenau"""},

    {"slug": "forward-hm-feedback", "label": R, "cat": "forwarded-about-owner", "style": "personal",
     "variant": "de-DE", "notes": "recruiter forwards the hiring manager's no about Sam; verdict in the forwarded part",
     "frm": "Nadine Pohl <nadine.pohl@lumera-shop.example>",
     "subject": "WG: Feedback Sam Taylor – Performance Marketing Manager",
     "exp": ("nadine.pohl@lumera-shop.example", "Nadine", "Lumera", "Performance Marketing Manager"),
     "text": """Hallo Sam,

wie versprochen das Feedback von Thomas aus dem Fachbereich – ich leite es dir ungefiltert weiter, weil ich finde, dass es dir mehr bringt als eine Standardfloskel. Leider fällt die Entscheidung gegen dich aus.

Danke dir für die Zeit und alles Gute!
Nadine

---------- Weitergeleitete Nachricht ---------
Von: Thomas Greiner <thomas.greiner@lumera-shop.example>
Datum: Do., 22. Okt. 2026 um 17:40 Uhr
Betreff: Feedback Sam Taylor – Performance Marketing Manager
An: Nadine Pohl <nadine.pohl@lumera-shop.example>

Hi Nadine,

Sam war sehr sympathisch und strategisch stark, keine Frage. Für die Rolle brauche ich aber jemanden, der ab Tag 1 selbst in Google Ads und Meta die Kampagnen steuert, und da fehlt mir die Tiefe. Von meiner Seite daher leider ein Nein. Kannst du bitte absagen?

Danke!
Thomas
--
Lumera GmbH · Head of Performance"""},

    {"slug": "resent-after-bounce", "label": R, "cat": "personal-after-interview", "style": "personal",
     "variant": "de-DE", "notes": "re-sent after bounce; rejection quoted below a one-line note",
     "frm": "Bettina Haas <b.haas@haas-moebelwerk.example>",
     "subject": "Erneut gesendet: Ihre Bewerbung als Marketing Specialist",
     "exp": ("b.haas@haas-moebelwerk.example", "Bettina", "Haas Möbelwerk", "Marketing Specialist"),
     "text": """Guten Tag Sam Taylor,

unsere untenstehende Nachricht vom 12.10. kam leider als unzustellbar zurück (Tippfehler in der Adresse, entschuldigen Sie bitte). Daher hier noch einmal:

----- Ursprüngliche Nachricht -----
Von: Bettina Haas
An: sam.taylor@exmaple.org
Datum: 12.10.2026 14:03
Betreff: Ihre Bewerbung als Marketing Specialist

Guten Tag Sam Taylor,

vielen Dank für das freundliche Gespräch und Ihr Interesse an unserem Haus. Nach Abschluss aller Gespräche haben wir uns entschieden, die Stelle als Marketing Specialist mit einer anderen Bewerberin zu besetzen.

Wir wünschen Ihnen für die Zukunft alles Gute.

Mit freundlichen Grüßen
Bettina Haas
Personal
Haas Möbelwerk GmbH · Tel. 07433 9120-14"""},

    {"slug": "austria-einstellungsstopp", "label": R, "cat": "role-cancelled", "style": "personal",
     "variant": "de-AT", "notes": "Austria; hiring freeze; process ended for everyone; 'vorerst nicht besetzt'",
     "frm": "Mag. Ulrike Fasching <ulrike.fasching@donaupark-immo.example>",
     "subject": "Position Marketing & Kommunikation – Update",
     "exp": ("ulrike.fasching@donaupark-immo.example", "Ulrike", "Donaupark Immobilien", "Leitung Marketing & Kommunikation"),
     "text": """Sehr geehrte:r Sam Taylor,

zunächst herzlichen Dank für die beiden Gespräche im Oktober und Ihre Geduld.

Leider muss ich Ihnen mitteilen, dass die Geschäftsführung aufgrund der aktuellen Marktlage einen Einstellungsstopp bis Mitte 2027 beschlossen hat. Die Position Leitung Marketing & Kommunikation wird daher vorerst nicht besetzt, und wir beenden den Auswahlprozess – für alle Kandidatinnen und Kandidaten.

Ich bedauere das sehr, zumal Sie einen ausgezeichneten Eindruck hinterlassen haben. Sollte die Stelle im kommenden Jahr neu ausgeschrieben werden, würde ich mich gern wieder bei Ihnen melden, wenn Sie einverstanden sind.

Mit freundlichen Grüßen aus Wien

Mag. Ulrike Fasching
Head of HR
Donaupark Immobilien GmbH
Wagramer Straße 19 | 1220 Wien
T: +43 1 260 44-310"""},

    {"slug": "swiss-hr-andere-kandidatin", "label": R, "cat": "personal-after-interview", "style": "personal",
     "variant": "de-CH", "notes": "Switzerland; ss spelling; Grüezi; after two interviews; Cc hiring manager",
     "frm": "Reto Gasser <reto.gasser@limmatbank.example>",
     "cc": "Simone Frei <simone.frei@limmatbank.example>",
     "subject": "Ihre Bewerbung als Leiter/in Marketing Privatkunden",
     "exp": ("reto.gasser@limmatbank.example", "Reto", "Limmat Privatbank", "Leiter/in Marketing Privatkunden"),
     "text": """Grüezi Sam Taylor

Besten Dank für die interessanten Gespräche, die Sie mit Frau Frei und mir geführt haben, und für die Zeit, die Sie sich für die Limmat Privatbank genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, die zusätzlich über langjährige Erfahrung im Schweizer Private Banking verfügt.

Gerne stehe ich Ihnen für ein telefonisches Feedback zur Verfügung.

Freundliche Grüsse

Reto Gasser
HR Business Partner
Limmat Privatbank AG
Bahnhofstrasse 44, 8001 Zürich
Direkt +41 44 218 77 31"""},

    {"slug": "phone-short-nicht-geklappt", "label": R, "cat": "terse", "style": "personal", "variant": "de-AT",
     "notes": "very short; from phone; 'hat es diesmal nicht geklappt'; typo",
     "frm": "Jonas Wieland <jonas.wieland@hafenkante-events.example>",
     "subject": "Re: Marketing Manager Events",
     "parent": True,
     "exp": ("jonas.wieland@hafenkante-events.example", "Jonas", "Hafenkante Events", "Marketing Manager Events"),
     "text": """Hallo Sam, leider hat es diesmal nicht geklappt, wir haben uns für jemand anderen entscheiden. Danke dir trotzdem fürs Gespräch!

LG Jonas
Hafenkante Events Graz

Von meinem iPhone gesendet"""},

    {"slug": "long-letter-feedback-middle", "label": R, "cat": "personal-after-interview", "style": "personal",
     "variant": "de-DE", "notes": "long hiring-manager letter; bullet feedback; verdict in the middle; typos; du",
     "frm": "Carolin Marx <carolin.marx@fluxwerk.example>",
     "subject": "Dein Prozess bei Fluxwerk – ehrliches Feedback",
     "exp": ("carolin.marx@fluxwerk.example", "Carolin", "Fluxwerk", "Director Product Marketing"),
     "text": """Hallo Sam,

ich wollte dir nicht einfach eine Standardmail schicken, nachdem du dir für uns drei Runden und die Case Study Zeit genommen hast. Deshalb etwas ausführlicher.

Was uns richtig gut gefallen hat:
- deine Analyse unserer Positionierung gegenüber den großen Wettbewerbern war die klarste von allen
- die Art, wie du Insights aus Research in Messaging übersetzt
- dein Auftritt vor dem Führungsteam, sehr souverän

Wir haben uns nach langer Diskussion aber entschieden, die Rolle als Director Product Marketing mit jemandem zu besetzen, der bereits ein PMM-Team von 8+ Leuten geführt hat. Das war am Ende der Knackpunkt, weil wir das Team im nächsten Jahr verdoppeln wollen und da jemand brauchen, der das schon einmal gemacht hat.

Wo ich dich an deiner Stelle noch schärfen würde:
- Pricing & Packaging: da bliebst du im Gespräch mit Daniel recht an der Oberfläche
- konkrete Zahlen zu deinen Launches, die Storys waren gut aber die Wirkung wurde nicht ganz greifbar

Ich bin mir ziemlich sicher, das du eine tolle Rolle finden wirst, und würde mich freuen, wenn wir in Kontakt bleiben. Wenn du magst, können wir auch gern nochmal 20 Minuten telefonieren.

Liebe Grüße
Carolin

Carolin Marx
VP Marketing | Fluxwerk GmbH
+49 30 5770 2291"""},

    {"slug": "german-letter-english-footer", "label": R, "cat": "personal-after-interview", "style": "personal",
     "variant": "de-DE", "notes": "German letter from an international company with a long English confidentiality footer; 'nicht weiterverfolgen'",
     "frm": "Sandra Okafor <sandra.okafor@de.harbourline-group.example>",
     "subject": "Ihre Bewerbung – Marketing Manager DACH",
     "exp": ("sandra.okafor@de.harbourline-group.example", "Sandra", "Harbourline Deutschland GmbH", "Marketing Manager DACH"),
     "text": """Guten Tag Sam Taylor,

vielen Dank für Ihre Geduld und das Video-Interview mit unserem Regional Director.

Nach Rücksprache mit dem Team in London haben wir entschieden, Ihre Bewerbung für die Position Marketing Manager DACH nicht weiterzuverfolgen. Ausschlaggebend war, dass wir für die Rolle umfangreiche Erfahrung im Channel-Marketing mit Distributoren suchen.

Ich wünsche Ihnen alles Gute und viel Erfolg.

Beste Grüße
Sandra Okafor
Talent Acquisition Specialist DACH
Harbourline Deutschland GmbH | Friedrichstraße 68 | 10117 Berlin
Geschäftsführer: James Whitcombe, Dr. Petra Lindqvist | AG Charlottenburg HRB 000000 B

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden. Harbourline Group does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. Please consider the environment before printing this e-mail."""},

    {"slug": "swiss-headhunter-intern", "label": R, "cat": "agency-recruiter", "style": "personal",
     "variant": "de-CH", "notes": "Swiss Personalberater; client chose an internal candidate; du after first call; ss",
     "frm": "Lukas Brunner <lukas.brunner@gipfel-search.example>",
     "subject": "Update Mandat Seeland Telecom",
     "exp": ("lukas.brunner@gipfel-search.example", "Lukas", "Seeland Telecom", "Head of Brand & Communications"),
     "text": """Hoi Sam

Kurzes Update zum Mandat Head of Brand & Communications bei Seeland Telecom: Der Kunde hat sich leider für eine interne Lösung entschieden – die bisherige stellvertretende Leiterin übernimmt die Funktion. Damit ist der Prozess für dich und die anderen externen Kandidierenden abgeschlossen.

Schade, ich fand deine Kandidatur wirklich stark, und das Feedback aus dem ersten Gespräch war gut. Ich behalte dich auf dem Radar und melde mich, sobald etwas Passendes reinkommt.

Liebe Grüsse
Lukas

Lukas Brunner | Partner
Gipfel Search AG | Seefeldstrasse 21 | 8008 Zürich
+41 79 000 33 12"""},

    {"slug": "reply-to-thanks-gmail-absage", "label": R, "cat": "personal-after-interview", "style": "personal",
     "variant": "de-DE", "notes": "reply to Sam's thank-you after interview; Gmail German quote; 'müssen wir dir absagen'",
     "frm": "Marie Schönfeld <marie@lichtblick-studios.example>", "client_html": True,
     "subject": "Re: Danke für das Gespräch heute",
     "parent": True,
     "exp": ("marie@lichtblick-studios.example", "Marie", "Lichtblick Studios", "Brand Lead"),
     "text": """Hallo Sam,

danke für deine liebe Nachricht! Leider muss ich dir heute schon eine Absage für die Stelle als Brand Lead geben – wir haben uns für eine Kandidatin entschieden, die schon länger im Gaming-Bereich unterwegs ist.

Ich hab mich echt über das Gespräch gefreut. Alles Gute dir!

Marie

Am Mo., 12. Okt. 2026 um 18:14 Uhr schrieb Sam Taylor <sam.taylor@example.org>:
> Hallo Marie,
>
> vielen Dank für das offene Gespräch heute! Die Rolle als Brand Lead bei Lichtblick Studios
> reizt mich nach unserem Austausch noch mehr. Ich freue mich auf eure Rückmeldung.
>
> Viele Grüße
> Sam"""},

    {"slug": "case-study-dennoch", "label": R, "cat": "after-assessment", "style": "personal",
     "variant": "de-DE", "notes": "after case-study presentation; 'Prozess mit einer anderen Kandidatin fortzusetzen'; Sie",
     "frm": "Dr. Florian Heck <florian.heck@kranich-analytics.example>",
     "subject": "Ihre Case-Study-Präsentation",
     "exp": ("florian.heck@kranich-analytics.example", "Florian", "Kranich Analytics", "Head of Growth"),
     "text": """Guten Tag Sam Taylor,

vielen Dank für Ihre Präsentation der Case Study am Freitag. Die Go-to-Market-Skizze war durchdacht, und das Team hat die Diskussion im Anschluss sehr geschätzt.

Wir haben uns dennoch entschieden, den Prozess für die Position Head of Growth mit einer anderen Kandidatin fortzusetzen, deren Erfahrung mit Product-led Growth in SaaS für unsere Phase noch besser passt.

Ich danke Ihnen für den großen Aufwand, den Sie betrieben haben, und wünsche Ihnen viel Erfolg.

Mit besten Grüßen
Florian Heck
CEO, Kranich Analytics GmbH"""},

    {"slug": "startup-rolle-gestrichen", "label": R, "cat": "role-cancelled", "style": "personal",
     "variant": "de-DE", "notes": "start-up; role cancelled, tasks redistributed; du; verdict at the end",
     "frm": "Deniz Aksoy <deniz@saatgut.example>",
     "subject": "Marketing Lead bei Saatgut – kurzes Update",
     "exp": ("deniz@saatgut.example", "Deniz", "Saatgut", "Marketing Lead"),
     "text": """Hey Sam,

danke nochmal für den Probearbeitstag letzte Woche, das Team war echt angetan.

Bei uns hat sich seitdem leider einiges verschoben: die Finanzierungsrunde verzögert sich bis ins Frühjahr, und wir müssen mit dem bestehenden Runway haushalten. Wir haben deshalb entschieden, die Stelle als Marketing Lead gar nicht zu besetzen und die Aufgaben vorerst im Gründerteam zu verteilen.

Heißt leider: für dich geht es bei uns nicht weiter. Tut mir echt leid, gerade weil du so gut ins Team gepasst hättest.

Beste Grüße
Deniz
Co-Founder, Saatgut"""},
]
