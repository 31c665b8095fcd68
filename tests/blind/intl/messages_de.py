"""German messages (Germany, Austria, Switzerland): 18 rejections, 18 hard negatives."""
LANG = "de"

MESSAGES = [
    # ---------------------------------------------------------------- rejections, ATS style
    dict(
        slug="personio-lindenhof-absage", label="rejection", cat="ats-automated", style="ats",
        vendor="personio", company="Lindenhof Energie GmbH",
        frm="Lindenhof Energie GmbH <no-reply@jobs.personio.de>",
        reply_to="Katrin Albers <k.albers@lindenhof-energie.example>",
        subject="Ihre Bewerbung als Product Marketing Manager (m/w/d) bei der Lindenhof Energie GmbH",
        text="""
            Guten Tag Sam Taylor,

            vielen Dank für das Interesse an der Lindenhof Energie GmbH und für die Zeit, die Sie in Ihre Bewerbung als Product Marketing Manager (m/w/d) investiert haben. Wir wissen, dass eine gute Bewerbung Arbeit macht, und haben Ihre Unterlagen entsprechend sorgfältig gelesen.

            Auf die Stelle haben sich in den vergangenen Wochen sehr viele qualifizierte Menschen beworben. Nach eingehender Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

            Diese Entscheidung ist keine Bewertung Ihrer Person. Wir würden uns freuen, wenn Sie unsere Karriereseite weiterhin im Blick behalten.

            Mit freundlichen Grüßen
            Katrin Albers
            People & Culture
            """,
        legal="Lindenhof Energie GmbH · Am Lindenhof 4 · 34117 Kassel · Amtsgericht Kassel HRB 18832 · Geschäftsführung: Dr. Ute Brammer",
        exp=("k.albers@lindenhof-energie.example", "Katrin", "Lindenhof Energie GmbH", "Product Marketing Manager (m/w/d)"),
        notes="personio; Sie; Reply-To a person; verdict after a paragraph of thanks",
    ),
    dict(
        slug="successfactors-vossberg-besetzt", label="rejection", cat="ats-automated", style="ats",
        vendor="successfactors", company="Vossberg Maschinenbau AG",
        frm="Vossberg Karriere <noreply@successfactors.eu>",
        subject="Bewerbung Referent Markenkommunikation (m/w/d) – Req. 40117",
        text="""
            Sehr geehrte*r Sam Taylor,

            wir bedanken uns für Ihre Bewerbung auf die Position Referent Markenkommunikation (m/w/d) (Req. 40117) in unserer Unternehmenszentrale in Bielefeld.

            {table}

            Die Position konnte zwischenzeitlich anderweitig besetzt werden, sodass wir Ihnen heute keine positive Nachricht geben können. Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.

            Bei Fragen zu Ihrem Bewerbungsprozess erreichen Sie das Recruiting-Team unter recruiting@vossberg-ag.example.

            Mit freundlichen Grüßen
            Ihr Recruiting-Team der Vossberg Maschinenbau AG
            """,
        table=[("Position", "Referent Markenkommunikation (m/w/d)"), ("Referenznummer", "40117"),
               ("Standort", "Bielefeld"), ("Eingang Ihrer Bewerbung", "02.09.2026")],
        legal="Vossberg Maschinenbau AG · Sitz Bielefeld · Amtsgericht Bielefeld HRB 4471 · Vorstand: H. Kämper (Vors.), M. Özdemir · Aufsichtsratsvorsitzende: B. Lohse",
        cte="base64",
        exp=("recruiting@vossberg-ag.example", "", "Vossberg Maschinenbau AG", "Referent Markenkommunikation (m/w/d)"),
        notes="successfactors; Sie; anderweitig besetzt; team address only in body; base64; table with facts only",
    ),
    dict(
        slug="softgarden-kornblume-engere-auswahl", label="rejection", cat="cv-screen", style="ats",
        vendor="softgarden", company="Kornblume Naturkost eG",
        frm="Kornblume Naturkost eG <noreply@softgarden.io>",
        subject="Rückmeldung zu Ihrer Bewerbung",
        text="""
            Hallo Sam Taylor,

            danke, dass Sie sich für die Stelle Brand Manager Eigenmarken (w/m/d) bei Kornblume Naturkost eG beworben haben.

            Ihre Unterlagen haben es diesmal nicht in die engere Auswahl geschafft. Bei der Vielzahl an Bewerbungen fiel die Entscheidung zugunsten von Profilen aus, die mehr Erfahrung im Lebensmitteleinzelhandel mitbringen.

            Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

            Ihr Kornblume-Recruiting
            """,
        legal="Kornblume Naturkost eG · Genossenschaftsregister Amtsgericht Freiburg GnR 311",
        exp=("", "", "Kornblume Naturkost eG", "Brand Manager Eigenmarken (w/m/d)"),
        notes="softgarden; Sie; no human contact; 'nicht in die engere Auswahl geschafft'",
    ),
    dict(
        slug="workday-hanseatische-statusportal", label="rejection", cat="status-portal", style="ats",
        vendor="workday", company="Hanseatische Versicherungsgruppe",
        frm="Hanseatische Versicherungsgruppe <hvg@myworkday.com>",
        subject="Aktualisierung in Ihrem Kandidatenprofil",
        text="""
            Guten Tag Sam Taylor,

            im Kandidatenportal der Hanseatischen Versicherungsgruppe gibt es eine Aktualisierung zu einer Ihrer Bewerbungen.

            {table}

            Über den folgenden Link können Sie Ihr Profil einsehen und weitere Stellen abonnieren.

            [Zum Kandidatenportal](track)
            """,
        table=[("Stellenbezeichnung", "Senior Manager Growth Marketing (m/w/d)"), ("Stellen-ID", "JR-2026-0872"),
               ("Status", "Abgeschlossen – wir haben uns für andere Bewerbende entschieden"),
               ("Letzte Änderung", "14.10.2026")],
        html_only=True, cte="base64",
        legal="Hanseatische Versicherungsgruppe · Ballindamm 12 · 20095 Hamburg",
        exp=("", "", "Hanseatische Versicherungsgruppe", "Senior Manager Growth Marketing (m/w/d)"),
        notes="workday; HTML-only base64; verdict only in a table cell; no person",
    ),
    dict(
        slug="greenhouse-fahrwerk-du", label="rejection", cat="personal-after-interview", style="ats",
        vendor="greenhouse", company="Fahrwerk Mobility",
        frm="Fahrwerk Mobility <no-reply@us.greenhouse-mail.io>",
        reply_to="Mira Kowalczyk <mira@fahrwerk.example>",
        subject="Dein Prozess bei Fahrwerk Mobility",
        text="""
            Hi Sam,

            erstmal ein großes Dankeschön für die drei Gespräche und den Case, den du für uns vorbereitet hast – das Team hat sich über deine Ideen zur Preisseite richtig gefreut.

            Am Ende fiel unsere Wahl für die Rolle Senior Product Marketing Manager auf jemanden, dessen Erfahrung im B2B-Flottengeschäft noch ein Stück näher an dem liegt, was wir im nächsten Jahr brauchen. Das war knapp, und ich will ehrlich sein: leicht gemacht haben wir es uns nicht.

            Wenn du magst, erzähle ich dir in einem kurzen Call gern mehr zum Feedback. Antworte einfach auf diese Mail.

            Viele Grüße
            Mira
            Talent Partner, Fahrwerk Mobility
            """,
        legal="Fahrwerk Mobility GmbH · Köpenicker Str. 154 · 10997 Berlin",
        exp=("mira@fahrwerk.example", "Mira", "Fahrwerk Mobility", "Senior Product Marketing Manager"),
        notes="greenhouse; du; Reply-To a person; 'Am Ende fiel unsere Wahl ... auf jemanden'; offers feedback call",
    ),
    dict(
        slug="personio-ostseewerft-stelle-gestoppt", label="rejection", cat="role-cancelled", style="ats",
        vendor="personio", company="Ostseewerft Digital GmbH",
        frm="Ostseewerft Digital GmbH <no-reply@jobs.personio.de>",
        reply_to="Ostseewerft Digital HR <hr@ostseewerft-digital.example>",
        subject="Information zur Stelle Growth Marketing Lead",
        text="""
            Guten Tag Sam Taylor,

            wir melden uns heute mit einer Nachricht, die wir lieber nicht schreiben würden.

            Die Stelle Growth Marketing Lead, auf die Sie sich beworben haben, wird vorerst nicht besetzt. Unsere Budgetplanung für 2027 wird gerade neu aufgesetzt, und bis dahin haben wir alle offenen Positionen im Marketing eingefroren. Das laufende Auswahlverfahren beenden wir deshalb – auch Ihres.

            Sollte die Stelle im kommenden Jahr neu ausgeschrieben werden, kommen wir gern auf Sie zu.

            Herzliche Grüße aus Rostock
            Ihr HR-Team
            """,
        legal="Ostseewerft Digital GmbH · Am Strande 3 · 18055 Rostock · HRB 14402 Amtsgericht Rostock",
        exp=("hr@ostseewerft-digital.example", "", "Ostseewerft Digital GmbH", "Growth Marketing Lead"),
        notes="personio; role frozen (budget); team Reply-To; no word 'leider'",
    ),
    dict(
        slug="teamtailor-glasblau-talentpool", label="rejection", cat="keep-on-file", style="ats",
        vendor="teamtailor", company="Glasblau Software",
        frm="Glasblau Software <glasblau@teamtailor-mail.com>",
        subject="Danke für deine Bewerbung – Content & Brand Lead",
        text="""
            Hey Sam,

            danke, dass du dir Glasblau Software genauer angeschaut hast.

            Für die Position Content & Brand Lead können wir dir keine Zusage geben – wir haben uns für eine Person entschieden, die schon länger in der Developer-Community unterwegs ist.

            Dein Profil hat uns trotzdem gefallen. Magst du in unseren Talentpool? Dann melden wir uns, sobald etwas Passendes frei wird. Mit einem Klick gibst du uns dafür dein Okay (du kannst es jederzeit widerrufen):

            [Ja, in den Talentpool aufnehmen](track)

            Fragen? Schreib Jonas direkt an: jonas.brehm@glasblau.example

            Liebe Grüße
            Jonas & das Glasblau-Team
            """,
        legal="Glasblau Software GmbH · Leipzig · HRB 39120",
        exp=("jonas.brehm@glasblau.example", "Jonas", "Glasblau Software", "Content & Brand Lead"),
        notes="teamtailor; du; talent-pool consent link; person's address only in the body",
    ),
    dict(
        slug="smartrecruiters-auenland-kein-angebot", label="rejection", cat="personal-after-interview", style="ats",
        vendor="smartrecruiters", company="Auenland Pharma",
        frm="Auenland Pharma <noreply@smartrecruiters.com>",
        reply_to="Dr. Helene Vogt <helene.vogt@auenland-pharma.example>",
        subject="Ihr Auswahlverfahren: Marketing Manager OTC (m/w/d)",
        text="""
            Guten Tag Sam Taylor,

            wir möchten uns noch einmal herzlich für das persönliche Gespräch in Mannheim und Ihre ausführliche Präsentation bedanken.

            Nach reiflicher Abwägung innerhalb des Auswahlgremiums sind wir zu dem Ergebnis gekommen, dass wir Ihnen für die Position Marketing Manager OTC (m/w/d) kein Angebot unterbreiten werden. Ausschlaggebend war letztlich die fehlende Erfahrung mit den regulatorischen Rahmenbedingungen der Heilmittelwerbung, die in dieser Rolle vom ersten Tag an gefragt ist.

            Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen alles Gute.

            Mit freundlichen Grüßen
            Dr. Helene Vogt
            Leiterin Talent Acquisition
            """,
        legal="Auenland Pharma GmbH · Mannheim · Amtsgericht Mannheim HRB 70991",
        exp=("helene.vogt@auenland-pharma.example", "Helene", "Auenland Pharma", "Marketing Manager OTC (m/w/d)"),
        notes="smartrecruiters; Sie; after interview; 'kein Angebot unterbreiten werden'; title Dr.",
    ),
    dict(
        slug="recruitee-wien-bewerber-innen", label="rejection", cat="ats-automated", style="ats",
        vendor="recruitee", company="Donaukanal Media",
        frm="Donaukanal Media <donaukanalmedia@mail.recruitee.com>",
        subject="Deine Bewerbung bei Donaukanal Media",
        text="""
            Servus Sam,

            vielen Dank für deine Bewerbung als Head of Audience Growth und für das nette Erstgespräch mit Theresa.

            Wir haben uns in der Zwischenzeit alle Bewerbungen angesehen und uns dafür entschieden, mit anderen Bewerber:innen weiterzumachen, die bereits Erfahrung mit dem österreichischen Medienmarkt haben. Das wird dich jetzt nicht freuen, aber wir wollten dich nicht länger warten lassen.

            Falls du Feedback möchtest, erreichst du Theresa unter theresa.pichler@donaukanal.example.

            Alles Gute und baba
            Das Team von Donaukanal Media
            """,
        legal="Donaukanal Media GmbH · Obere Donaustraße 21 · 1020 Wien · FN 512233 k · Handelsgericht Wien",
        exp=("theresa.pichler@donaukanal.example", "Theresa", "Donaukanal Media", "Head of Audience Growth"),
        notes="recruitee; Austrian (Servus, baba); du; Bewerber:innen; recruiter's address in body",
    ),
    # ---------------------------------------------------------------- rejections, personal
    dict(
        slug="bergmann-interne-kandidatin", label="rejection", cat="internal-candidate", style="personal",
        frm="Stefan Bergmann <s.bergmann@rheinauen-bank.example>",
        subject="Unser Gespräch am Dienstag – Leitung Produktmarketing Privatkunden",
        text="""
            Guten Tag Sam Taylor,

            ich hatte Ihnen zugesagt, mich bis Ende der Woche zu melden, und das möchte ich hiermit tun – auch wenn ich Ihnen lieber etwas anderes geschrieben hätte.

            Wir haben nach den Gesprächen noch einmal intern über die Leitung Produktmarketing Privatkunden beraten. Dabei hat sich gezeigt, dass eine Kollegin aus unserem Haus, die das Team bereits kommissarisch führt, die Aufgabe übernehmen wird. Dass wir die Stelle mit ihr und nicht mit Ihnen besetzen, hat vor allem mit der Kontinuität im Team zu tun, die uns in der aktuellen Umstellung der Kontomodelle besonders wichtig ist.

            Ihre Ideen zur Neupositionierung des Girokontos fand ich ausgesprochen anregend. Ich würde mich freuen, wenn wir in Kontakt bleiben.

            Mit freundlichen Grüßen

            Stefan Bergmann
            Bereichsleiter Marketing & Vertrieb
            Rheinauen Bank AG
            Tel. +49 221 555 3140
            Mobil +49 171 555 8822

            Rheinauen Bank AG · Sitz Köln · Amtsgericht Köln HRB 30291
            Vorstand: Dr. Claudia Rensing (Vors.), Peter Hallstein
            """,
        html=True, cte="quoted-printable",
        exp=("s.bergmann@rheinauen-bank.example", "Stefan", "Rheinauen Bank AG", "Leitung Produktmarketing Privatkunden"),
        notes="Sie; internal candidate; verdict in a verb-final clause ('Dass wir die Stelle mit ihr ... besetzen'); Outlook HTML alternative",
    ),
    dict(
        slug="founder-nordlicht-du", label="rejection", cat="personal-after-interview", style="personal",
        frm="Ole Hansen <ole@nordlicht-labs.example>",
        subject="Head of Marketing",
        text="""
            Hey Sam,

            wir haben am Wochenende nochmal lange hin und her überlegt, Maren und ich. Du hast uns echt beeindruckt, vor allem die Story zur Positionierung gegenüber den großen Anbietern.

            Trotzdem gehen wir bei Head of Marketing jetzt mit jemandem, der schon mal ein Team in der DACH-Region von null aufgebaut hat. Genau das brauchen wir in den nächsten zwölf Monaten, und da konnten wir bei dir nicht genug drauf zeigen.

            Sorry, dass das nicht die Nachricht ist, auf die du gehofft hast. Wenn du Lust hast, trinken wir trotzdem mal einen Kaffee, wenn du in Hamburg bist.

            Ole

            --
            Ole Hansen · Co-Founder & CEO · Nordlicht Labs
            +49 40 555 20 31
            """,
        exp=("ole@nordlicht-labs.example", "Ole", "Nordlicht Labs", "Head of Marketing"),
        notes="du; founder; indirect verdict ('gehen wir ... jetzt mit jemandem')",
    ),
    dict(
        slug="terse-brandmanager-jens", label="rejection", cat="terse", style="personal",
        frm="Jens Mahler <jens.mahler@kiebitz-getraenke.example>",
        subject="Re: Brand Manager",
        parent=True,
        text="""
            Hallo Sam,

            danke fürs Gespräch gestern. Für die Rolle als Brand Manager passt es bei uns diesmal nicht – wir haben uns anders entschieden.

            VG Jens

            Von meinem iPhone gesendet
            """,
        exp=("jens.mahler@kiebitz-getraenke.example", "Jens", "", "Brand Manager"),
        notes="terse; du; iPhone signature; company only in the domain",
    ),
    dict(
        slug="personalberatung-hellweg", label="rejection", cat="agency", style="personal",
        frm="Carolin Weidenfeld <c.weidenfeld@weidenfeld-partner.example>",
        subject="Hellweg Logistik – Rückmeldung des Mandanten",
        text="""
            Guten Tag Sam Taylor,

            wie versprochen gebe ich Ihnen die Rückmeldung unseres Mandanten, der Hellweg Logistik GmbH, zum Gespräch in Dortmund weiter.

            Man war von Ihrer strukturierten Art und Ihrer Erfahrung im Produktmarketing angetan. Die Geschäftsführung hat sich nach der zweiten Runde allerdings entschieden, den Prozess für die Position Leiter Marketing & Kommunikation (m/w/d) mit Ihnen nicht fortzusetzen; gesucht wird nun gezielt jemand mit Kontraktlogistik-Hintergrund.

            Ich bedauere das, zumal ich Sie mit voller Überzeugung vorgeschlagen hatte. Ich habe aber aktuell zwei weitere Suchaufträge, bei denen ich gern an Sie denken würde – darf ich mich dazu in den nächsten Tagen telefonisch melden?

            Beste Grüße
            Carolin Weidenfeld
            Partnerin

            Weidenfeld & Partner Personalberatung
            Königsallee 60 · 40212 Düsseldorf
            T +49 211 555 7720
            """,
        exp=("c.weidenfeld@weidenfeld-partner.example", "Carolin", "Hellweg Logistik GmbH", "Leiter Marketing & Kommunikation (m/w/d)"),
        notes="agency relays the named client (company = client); also pitches further mandates",
    ),
    dict(
        slug="nachfrage-beantwortet-fichte", label="rejection", cat="reply-to-owner-nudge", style="personal",
        frm="Anja Roloff <anja.roloff@fichte-moebel.example>",
        subject="AW: Nachfrage zum Stand meiner Bewerbung – E-Commerce Marketing Manager",
        parent=True,
        text="""
            Guten Tag Sam Taylor,

            Ihre Nachfrage ist berechtigt, und ich muss mich entschuldigen: Wir hätten uns längst bei Ihnen melden müssen.

            Die Entscheidung ist inzwischen gefallen, und zwar nicht zu Ihren Gunsten. Wir haben die Stelle als E-Commerce Marketing Manager vergangene Woche an eine Bewerberin vergeben, die bei einem unserer Wettbewerber bereits den Onlineshop verantwortet hat.

            Für Ihre Geduld und Ihr Interesse danke ich Ihnen sehr.

            Freundliche Grüße
            Anja Roloff
            Personalreferentin
            Fichte Möbelwerke GmbH & Co. KG
            Telefon 05731 555-214

            -----Ursprüngliche Nachricht-----
            Von: Sam Taylor <sam.taylor@example.org>
            Gesendet: Montag, 12. Oktober 2026 09:14
            An: Anja Roloff <anja.roloff@fichte-moebel.example>
            Betreff: Nachfrage zum Stand meiner Bewerbung – E-Commerce Marketing Manager

            Sehr geehrte Frau Roloff,

            nach unserem Gespräch Mitte September wollte ich mich kurz nach dem aktuellen Stand erkundigen. Ich bin nach wie vor sehr an der Position interessiert.

            Viele Grüße
            Sam Taylor
            """,
        exp=("anja.roloff@fichte-moebel.example", "Anja", "Fichte Möbelwerke GmbH & Co. KG", "E-Commerce Marketing Manager"),
        notes="Outlook quote of the owner's nudge; In-Reply-To; 'nicht zu Ihren Gunsten'",
    ),
    dict(
        slug="umstrukturierung-gestrichen", label="rejection", cat="role-cancelled", style="personal",
        frm="Dirk Schaller <dirk.schaller@terranova-reisen.example>",
        subject="Stelle Customer Marketing Manager",
        text="""
            Hallo Sam,

            ich wollte mich persönlich bei Ihnen melden, bevor Sie die Info aus dem System bekommen.

            Im Zuge der Umstrukturierung, die gestern intern verkündet wurde, ist die Stelle Customer Marketing Manager ersatzlos gestrichen worden. Die Aufgaben verteilen wir auf das bestehende CRM-Team. Damit ist auch Ihr Bewerbungsverfahren bei uns beendet, obwohl Sie im Moment meine Favoritin bzw. mein Favorit waren – das tut mir ehrlich leid.

            Ich melde mich, wenn sich bei TerraNova Reisen wieder etwas tut.

            Viele Grüße
            Dirk Schaller
            Head of CRM & Loyalty
            TerraNova Reisen GmbH
            """,
        cte="quoted-printable",
        exp=("dirk.schaller@terranova-reisen.example", "Dirk", "TerraNova Reisen GmbH", "Customer Marketing Manager"),
        notes="role eliminated in a restructuring; 'ersatzlos gestrichen'; Sie with first name",
    ),
    dict(
        slug="case-praesentation-preis", label="rejection", cat="after-case-study", style="personal",
        frm="Martina Ebeling <martina.ebeling@wertstein-software.example>",
        cc="Philipp Adler <philipp.adler@wertstein-software.example>",
        subject="Feedback zu Ihrer Case-Präsentation",
        text="""
            Guten Tag Sam Taylor,

            vielen Dank, dass Sie sich die Zeit für die Case-Präsentation genommen haben. Philipp (in Kopie) und ich haben uns danach ausführlich ausgetauscht.

            Ihre Analyse der Zielgruppen und der Wettbewerber hat uns in vielen Punkten überzeugt. Bei der Preis- und Paketstrategie, die in der Rolle Product Marketing Lead einen großen Teil der Arbeit ausmacht, blieben für uns aber zu viele Fragen offen, als dass wir mit gutem Gewissen den nächsten Schritt gehen könnten. Wir werden den Prozess mit Ihnen daher nicht fortsetzen.

            Ich hoffe, das Feedback hilft Ihnen trotzdem ein wenig weiter.

            Beste Grüße
            Martina Ebeling
            VP Marketing, Wertstein Software GmbH
            """,
        exp=("martina.ebeling@wertstein-software.example", "Martina", "Wertstein Software GmbH", "Product Marketing Lead"),
        notes="after a case study; hiring manager in Cc; detailed feedback before the verdict",
    ),
    dict(
        slug="zuerich-iso-8859-1", label="rejection", cat="personal-after-interview", style="personal",
        frm="Reto Brunner <reto.brunner@alpenfirn.example>",
        subject="Ihre Bewerbung bei Alpenfirn – Product Marketing Manager",
        charset="iso-8859-1", cte="8bit",
        text="""
            Grüezi Sam Taylor

            Herzlichen Dank für die beiden Gespräche in Zürich und die Zeit, die Sie sich dafür genommen haben.

            Wir haben uns inzwischen entschlossen, die Stelle als Product Marketing Manager einer anderen Person anzubieten, die das Angebot bereits angenommen hat. Den Ausschlag gab ihre Erfahrung mit dem Schweizer Detailhandel und die Tatsache, dass sie neben Deutsch auch fliessend Französisch spricht.

            Gerne hätte ich Ihnen etwas Erfreulicheres mitgeteilt. Für Ihre berufliche Zukunft wünsche ich Ihnen alles Gute.

            Freundliche Grüsse

            Reto Brunner
            Leiter Marketing
            Alpenfirn AG
            Seefeldstrasse 88, 8008 Zürich
            +41 44 555 61 20
            """,
        exp=("reto.brunner@alpenfirn.example", "Reto", "Alpenfirn AG", "Product Marketing Manager"),
        notes="Swiss German (ss for ß, Grüezi, no comma after salutation); ISO-8859-1 8bit",
    ),
    dict(
        slug="einstellungsstopp-hold", label="rejection", cat="role-cancelled", style="personal",
        frm="Personalabteilung Brückner Werkzeuge <personal@brueckner-werkzeuge.example>",
        subject="Ihre Bewerbung – Marketing Manager Digital (m/w/d)",
        text="""
            Guten Tag Sam Taylor,

            aufgrund der aktuellen wirtschaftlichen Lage hat unsere Geschäftsführung einen Einstellungsstopp beschlossen, der zunächst bis Ende des ersten Quartals 2027 gilt.

            Die Position Marketing Manager Digital (m/w/d) ist davon betroffen und wird bis auf Weiteres nicht besetzt. Ihre Bewerbung können wir damit nicht weiterverfolgen. Ob und wann die Stelle erneut ausgeschrieben wird, steht derzeit nicht fest.

            Wir bitten um Ihr Verständnis.

            Mit freundlichen Grüßen
            i. A. Sabine Kuhnert
            Personalabteilung
            Brückner Werkzeuge GmbH · Remscheid
            """,
        exp=("personal@brueckner-werkzeuge.example", "Sabine", "Brückner Werkzeuge GmbH", "Marketing Manager Digital (m/w/d)"),
        notes="hiring freeze (role on hold); 'i. A.' signature on a department address",
    ),
    # ---------------------------------------------------------------- other, ATS style
    dict(
        slug="personio-eingangsbestaetigung", label="other", cat="ack-received", style="ats",
        vendor="personio", company="Sandhaken Kaffeerösterei",
        frm="Sandhaken Kaffeerösterei <no-reply@jobs.personio.de>",
        subject="Eingangsbestätigung: Ihre Bewerbung als Brand & Community Manager (m/w/d)",
        text="""
            Guten Tag Sam Taylor,

            herzlichen Dank für Ihre Bewerbung als Brand & Community Manager (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

            Wir sehen uns jede Bewerbung persönlich an und melden uns in der Regel innerhalb von zwei Wochen bei Ihnen. Bis dahin: Kaffee trinken, durchatmen.

            Beste Grüße
            Team Sandhaken
            """,
        exp=None,
        notes="personio; acknowledgement; nothing decided",
    ),
    dict(
        slug="softgarden-hedging-ack", label="other", cat="ack-hedging", style="ats",
        vendor="softgarden", company="Stadtwerke Lahnau",
        frm="Stadtwerke Lahnau <noreply@softgarden.io>",
        subject="Ihre Bewerbung ist bei uns eingegangen – Referent Kundenkommunikation",
        text="""
            Guten Tag Sam Taylor,

            vielen Dank für Ihre Bewerbung als Referent Kundenkommunikation (m/w/d).

            Das Auswahlverfahren im öffentlichen Bereich braucht etwas Zeit: Nach Ende der Bewerbungsfrist am 30.11.2026 sichten wir alle Unterlagen gemeinsam mit dem Personalrat und der Gleichstellungsbeauftragten. Sollten wir Ihre Bewerbung nicht berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns. Sehen Sie bitte bis dahin von Nachfragen ab.

            Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.

            Mit freundlichen Grüßen
            Stadtwerke Lahnau – Personalservice
            """,
        notes="softgarden; hedging acknowledgement ('Sollten wir Ihre Bewerbung nicht berücksichtigen können, erhalten Sie ... Nachricht'); public-sector boilerplate",
    ),
    dict(
        slug="successfactors-in-pruefung", label="other", cat="status-update", style="ats",
        vendor="successfactors", company="Merkurial Chemie AG",
        frm="Merkurial Chemie AG <merkurial@successfactors.eu>",
        subject="Statusänderung Ihrer Bewerbung (Req. 55208)",
        text="""
            Sehr geehrte*r Sam Taylor,

            der Status Ihrer Bewerbung hat sich geändert.

            {table}

            Bitte haben Sie noch etwas Geduld. Die Fachabteilung prüft derzeit alle Bewerbungen, die in die engere Wahl gekommen sind. Eine Entscheidung über Einladungen zu Gesprächen erwarten wir bis Mitte November.

            Ihr Recruiting Center der Merkurial Chemie AG
            """,
        table=[("Position", "Manager Produktkommunikation (m/w/d)"), ("Req.-ID", "55208"),
               ("Neuer Status", "In Prüfung durch Fachbereich"), ("Vorheriger Status", "Eingegangen")],
        notes="successfactors; status update; 'in die engere Wahl gekommen' (positive); table",
    ),
    dict(
        slug="personio-einladung-gespraech", label="other", cat="interview-invite", style="ats",
        vendor="personio", company="Wolkenfabrik GmbH",
        frm="Wolkenfabrik GmbH <no-reply@jobs.personio.de>",
        reply_to="Lena Brandt <lena.brandt@wolkenfabrik.example>",
        subject="Einladung zum Kennenlernen – Product Marketing Manager (m/w/d)",
        text="""
            Hallo Sam,

            deine Bewerbung als Product Marketing Manager (m/w/d) hat uns neugierig gemacht – wir würden dich gern in einem 45-minütigen Video-Call näher kennenlernen.

            Such dir einfach über den Link einen passenden Termin aus. Falls keiner der Vorschläge klappt, sag kurz Bescheid, dann finden wir eine andere Lösung. Eine Absage des Termins ist bis 24 Stunden vorher über denselben Link möglich.

            [Termin auswählen](track)

            Bis bald!
            Lena
            """,
        notes="personio; du; interview invitation; mentions cancelling a slot ('Absage des Termins')",
    ),
    dict(
        slug="personio-hiring-manager-aufgabe", label="other", cat="owner-is-hiring-manager", style="ats",
        vendor="personio", company="Example Org",
        frm="Personio <notifications@personio.de>",
        subject="Neue Aufgabe: 4 Bewerbungen für Werkstudent Marketing (m/w/d) warten auf Ihre Bewertung",
        text="""
            Hallo Sam Taylor,

            Sie wurden als Hiring Manager für die Stelle Werkstudent Marketing (m/w/d) hinterlegt. Folgende Bewerbungen warten auf Ihre Bewertung:

            {table}

            Bitte bewerten Sie die Bewerbungen bis zum 20.10.2026. Für abgelehnte Kandidat:innen verschickt das System nach Ihrer Freigabe automatisch die Absage-Vorlage „Absage nach Erstgespräch“.

            [Bewerbungen öffnen](track)

            Ihr Personio-Team
            """,
        table=[("Jana W.", "Phase: Erstgespräch geführt – Empfehlung: Absage"),
               ("Timo R.", "Phase: Erstgespräch geführt – Empfehlung: Zweitgespräch"),
               ("Aylin K.", "Phase: Neu"), ("Felix S.", "Phase: Neu")],
        notes="personio; owner is the hiring manager; rejection vocabulary about other candidates",
    ),
    dict(
        slug="workday-anderer-requisition", label="other", cat="requisition-transfer", style="ats",
        vendor="workday", company="Ringhausen Automotive",
        frm="Ringhausen Automotive <ringhausen@myworkday.com>",
        subject="Ihre Bewerbung wurde einer anderen Stelle zugeordnet",
        text="""
            Guten Tag Sam Taylor,

            die Ausschreibung R-10388 Marketing Manager Aftermarket wurde geschlossen, da die Aufgaben mit einer anderen Stelle zusammengelegt wurden.

            Ihre Bewerbung ist davon nicht negativ betroffen: Wir haben sie mit Ihrem Einverständnis aus dem Telefonat vom 29.09. auf die neue Ausschreibung übertragen.

            {table}

            Sie müssen nichts weiter tun. Das Recruiting-Team meldet sich zur Terminabstimmung für das Fachgespräch.

            Ihr Talent Acquisition Team
            """,
        table=[("Neue Stelle", "R-10422 Senior Manager Aftermarket & Brand (m/w/d)"),
               ("Status", "Aktiv – Fachgespräch geplant")],
        notes="workday; requisition closed but the application moved to another requisition",
    ),
    dict(
        slug="greenhouse-zurueckgezogen", label="other", cat="withdrawal-confirmation", style="ats",
        vendor="greenhouse", company="Kranich Health",
        frm="Kranich Health <no-reply@us.greenhouse-mail.io>",
        subject="Bestätigung: Bewerbung zurückgezogen",
        text="""
            Hallo Sam,

            wie gewünscht haben wir deine Bewerbung für Senior Growth Manager zurückgezogen. Alle geplanten Termine sind abgesagt, und du bekommst von uns zu diesem Prozess keine weiteren Nachrichten.

            Schade, dass es zeitlich nicht passt – du bist jederzeit willkommen, dich wieder zu bewerben.

            Dein Kranich Health Recruiting
            """,
        notes="greenhouse; du; confirms the owner's own withdrawal",
    ),
    dict(
        slug="newsletter-absage-richtig-reagieren", label="other", cat="newsletter", style="ats",
        vendor="newsletter", company="Karrierekompass",
        frm="Karrierekompass <newsletter@karrierekompass.example>",
        subject="Absage erhalten? So reagieren Sie souverän – und 7 neue Jobs für Sie",
        headers={"List-Unsubscribe": "<https://click.example/u/kk-4471>", "List-ID": "Karrierekompass Wochenbrief <wochenbrief.karrierekompass.example>",
                 "Precedence": "bulk"},
        text="""
            Hallo Sam Taylor,

            „Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz tut im Bewerbungsprozess mehr weh. In unserem Wochenthema zeigen Coaches, warum eine kurze, freundliche Antwort auf eine Absage Ihnen Türen öffnen kann, und wie Sie um ehrliches Feedback bitten, ohne aufdringlich zu wirken.

            [Zum Artikel: Nach der Absage ist vor der Zusage](track)

            Außerdem neu in Ihrem Suchprofil „Produktmarketing, Hamburg“: 7 Stellen, darunter Product Marketing Manager bei einem Hamburger Fintech.

            [Alle Stellen ansehen](track)

            Ihr Karrierekompass-Team
            """,
        noreply=False,
        legal="Karrierekompass GmbH · Neuer Wall 9 · 20354 Hamburg · Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.",
        notes="newsletter about rejections; List-Unsubscribe; bulk",
    ),
    dict(
        slug="wohnungsportal-andere-interessenten", label="other", cat="non-job-rejection", style="ats",
        vendor="portal", company="WohnFinder",
        frm="WohnFinder <benachrichtigung@wohnfinder.example>",
        subject="Neuigkeiten zu Ihrer Anfrage: 3-Zimmer-Wohnung, Eppendorfer Weg",
        text="""
            Guten Tag Sam Taylor,

            der Anbieter der Wohnung „Helle 3-Zimmer-Altbauwohnung mit Balkon, Eppendorfer Weg“ hat Ihre Anfrage bearbeitet.

            {table}

            Lassen Sie sich nicht entmutigen: In Ihrer Suche gibt es 12 neue Angebote seit gestern.

            [Neue Angebote ansehen](track)
            """,
        table=[("Status Ihrer Anfrage", "Der Vermieter hat sich für andere Interessenten entschieden."),
               ("Besichtigung", "entfällt")],
        notes="rental application declined (non-job); verdict in a table cell",
    ),
    # ---------------------------------------------------------------- other, personal
    dict(
        slug="tennisverein-warteliste", label="other", cat="non-job-rejection", style="personal",
        frm="Gerd Lüdecke <mitglieder@tc-blauweiss-alsterdorf.example>",
        subject="Ihr Aufnahmeantrag beim TC Blau-Weiß Alsterdorf",
        text="""
            Guten Tag Sam Taylor,

            vielen Dank für Ihren Aufnahmeantrag und Ihr Interesse an unserem Verein.

            Der Vorstand hat in seiner Sitzung am Montag über die eingegangenen Anträge beraten. Da unsere Mitgliederzahl in der Tennisabteilung die Platzkapazität bereits übersteigt, können wir Sie zum jetzigen Zeitpunkt leider nicht aufnehmen. Wir haben Sie auf die Warteliste gesetzt (Platz 23).

            Mit sportlichen Grüßen
            Gerd Lüdecke
            Mitgliederverwaltung
            TC Blau-Weiß Alsterdorf e.V.
            """,
        notes="club membership refused (non-job); Vorstand, Warteliste",
    ),
    dict(
        slug="stipendium-nicht-beruecksichtigt", label="other", cat="non-job-rejection", style="personal",
        frm="Dr. Friederike Stamm <stamm@hollerbach-stiftung.example>",
        subject="Ihr Antrag auf ein Weiterbildungsstipendium",
        text="""
            Guten Tag Sam Taylor,

            die Auswahlkommission der Hollerbach-Stiftung hat am 8. Oktober über die Anträge für das Weiterbildungsstipendium 2027 entschieden.

            Es tut mir leid, Ihnen mitteilen zu müssen, dass Ihr Antrag für den berufsbegleitenden Master „Digital Business“ nicht berücksichtigt werden konnte. Bei 412 Anträgen und 18 Stipendien war die Konkurrenz in diesem Jahr außergewöhnlich groß. Eine erneute Bewerbung in der nächsten Runde ist ausdrücklich möglich.

            Mit freundlichen Grüßen
            Dr. Friederike Stamm
            Programmleitung Stipendien
            Hollerbach-Stiftung · Stuttgart
            """,
        notes="scholarship not awarded (non-job); 'nicht berücksichtigt'",
    ),
    dict(
        slug="kollegin-absagevorlage-finalisten", label="other", cat="owner-is-hiring-manager", style="personal",
        frm="Nele Grabowski <nele.grabowski@example.org>",
        subject="Vorlage Absagen Finalrunde Junior PMM",
        text="""
            Hi Sam,

            wie besprochen hier meine Vorlage für die Absagen an die beiden Finalist:innen, die wir nicht nehmen. Schau gern drüber, bevor ich sie morgen rausschicke – vor allem den zweiten Absatz, da bin ich mir beim Ton unsicher.

            ---
            Liebe/r [Name],

            vielen Dank für die Zeit, die du in unseren Prozess gesteckt hast, und für die tolle Präsentation. Wir haben uns die Entscheidung wirklich nicht leicht gemacht, uns am Ende aber für eine andere Kandidatin entschieden. Wir würden dich gern in unserem Talentpool behalten.

            Viele Grüße
            Sam & Nele
            ---

            Und: Ich hab der Kandidatin, die wir nehmen, noch nichts gesagt. Machst du den Anruf oder soll ich?

            Nele
            """,
        notes="colleague at the owner's company drafting rejections for the owner's finalists",
    ),
    dict(
        slug="recruiter-besetzt-neue-mandate", label="other", cat="recruiter-filled-pitch", style="personal",
        frm="Tobias Reinhardt <tobias.reinhardt@talentbruecke.example>",
        subject="Kurzes Update + zwei neue Positionen",
        text="""
            Hallo Sam,

            lange nichts gehört! Kurz zur Info: Die Position bei dem Münchner Medtech-Unternehmen, über die wir im Juli gesprochen hatten, ist inzwischen besetzt – damals hattest du dich ja gegen eine Bewerbung entschieden, insofern keine Überraschung.

            Der eigentliche Grund meiner Mail: Ich habe zwei neue Mandate, die meiner Meinung nach besser zu dir passen als das damals:

            1. Director Product Marketing bei einem SaaS-Scale-up in Berlin (Remote möglich, 110–125 k)
            2. Head of Brand bei einem Familienunternehmen im Sauerland mit ehrgeizigen Plänen

            Hättest du nächste Woche 20 Minuten für ein Telefonat?

            Beste Grüße
            Tobias

            Tobias Reinhardt · Senior Consultant
            Talentbrücke Executive Search
            +49 89 555 1290
            """,
        notes="recruiter: an old role (which the owner never applied for) is filled; pitches new roles",
    ),
    dict(
        slug="einladung-statt-absage", label="other", cat="interview-after-owner-asked", style="personal",
        frm="Claudia Merz <claudia.merz@sternwarte-verlag.example>",
        subject="AW: Marketing Manager Digital – haben Sie sich schon entschieden?",
        parent=True,
        text="""
            Guten Tag Sam Taylor,

            nein, keineswegs – bitte entschuldigen Sie die lange Funkstille. Unser Verlagsleiter war zwei Wochen auf der Buchmesse, und da ist einiges liegen geblieben.

            Wir würden Sie sehr gern zu einem zweiten Gespräch nach Stuttgart einladen. Passt Ihnen Donnerstag, der 22. Oktober, um 14 Uhr? Alternativ ginge Freitagvormittag.

            Mit freundlichen Grüßen
            Claudia Merz
            Personal, Sternwarte Verlag
            """,
        quote=("Am 09.10.2026 um 08:41 schrieb Sam Taylor <sam.taylor@example.org>:", """
            Sehr geehrte Frau Merz,

            ich habe seit unserem ersten Gespräch nichts mehr gehört und wollte fragen, ob Sie sich bereits für jemand anderen entschieden haben. Eine kurze Rückmeldung wäre mir sehr lieb.

            Viele Grüße
            Sam Taylor
            """),
        notes="interview invitation answering the owner's own 'have you chosen someone else?'; Gmail-style quote",
    ),
    dict(
        slug="angebot-arbeitsvertrag", label="other", cat="offer", style="personal",
        frm="Ulrike Hagedorn <u.hagedorn@seidenfaden-textil.example>",
        subject="Unser Angebot: Product Marketing Manager",
        text="""
            Guten Tag Sam Taylor,

            ich freue mich sehr, Ihnen im Namen der Geschäftsführung die Position als Product Marketing Manager bei Seidenfaden Textil anbieten zu dürfen.

            Den Entwurf des Arbeitsvertrags finden Sie im Anhang: 78.000 € Jahresgehalt, 30 Urlaubstage, Start am 1. Januar 2027 oder nach Absprache. Wir bitten um Ihre Rückmeldung bis zum 30. Oktober; für Fragen rufen Sie mich gern jederzeit an.

            Mit herzlichen Grüßen
            Ulrike Hagedorn
            Leiterin Personal
            Tel. +49 7121 555 404
            """,
        attach=[("application", "pdf", "Arbeitsvertrag_Entwurf_Taylor.pdf",
                 b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")],
        notes="offer with a PDF contract attached; multipart/mixed",
    ),
    dict(
        slug="termin-verschieben-krueger", label="other", cat="reschedule", style="personal",
        frm="Janine Voss <janine.voss@kompassrose-consulting.example>",
        subject="Verschiebung unseres Termins am Donnerstag",
        text="""
            Hallo Sam,

            Herr Krüger muss unser Gespräch am Donnerstag um 10 Uhr leider kurzfristig absagen, er ist krankheitsbedingt ausgefallen. Die Stelle als Marketing Lead ist davon natürlich nicht betroffen, wir möchten den Termin nur gern verschieben.

            Ginge bei Ihnen Montag, 15 Uhr, oder Dienstag, 9:30 Uhr? Der Raum und die Teams-Einwahl bleiben gleich.

            Viele Grüße
            Janine Voss
            Assistenz der Geschäftsführung
            """,
        notes="interview moved; 'absagen' of a slot, role still open",
    ),
    dict(
        slug="eigene-nachfrage-gesendet", label="other", cat="owner-sent", style="personal",
        frm="Sam Taylor <sam.taylor@example.org>",
        to="Björn Hauschild <bjoern.hauschild@lichtmaschine.example>",
        subject="Nachfrage: Senior Brand Manager",
        text="""
            Guten Tag Herr Hauschild,

            ich wollte kurz nachfragen, ob es zur Position Senior Brand Manager schon Neuigkeiten gibt. Falls Sie sich inzwischen für jemand anderen entschieden haben, wäre ich Ihnen für ein kurzes Feedback dankbar – das hilft mir sehr.

            Viele Grüße
            Sam Taylor
            """,
        notes="the owner's own sent nudge (From Sam)",
    ),
    dict(
        slug="freundin-leitet-absage-weiter", label="other", cat="forwarded", style="personal",
        frm="Lea Hoffmann <lea.hoffmann@posteo.example>",
        subject="WG: Ihre Bewerbung bei der Zinnober Agentur",
        text="""
            Guck mal, was ich heute bekommen habe 🙄 Drei Runden und dann so ein Zweizeiler. Hast du Zeit für ein Feierabendbier?

            L.

            ---------- Weitergeleitete Nachricht ---------
            Von: Zinnober Agentur <jobs@zinnober-agentur.example>
            Datum: Mi., 14. Okt. 2026 um 17:02
            Betreff: Ihre Bewerbung bei der Zinnober Agentur
            An: <lea.hoffmann@posteo.example>

            Sehr geehrte Frau Hoffmann,

            nach Abschluss des Auswahlverfahrens für die Stelle Art Director müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.

            Mit freundlichen Grüßen
            Zinnober Agentur
            """,
        notes="a friend's own rejection forwarded to the owner; emoji",
    ),
]
