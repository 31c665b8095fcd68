"""Content of held-out corpus 6 (mailbox owner: Sam Taylor <sam.taylor@example.org>, operations/analytics).

Every person, company and domain is invented. ATS sender addresses follow vendor patterns.
Each entry: slug, label, category, notes, fields (reply_to, contact_first_name, company, role) for
rejections, headers and a body (see make_messages.build for the keys).
"""
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

SAM = "Sam Taylor <sam.taylor@example.org>"


def D(month: int, day: int, hour: int, minute: int, offset: float = 0) -> str:
    tz = timezone(timedelta(hours=offset))
    return format_datetime(datetime(2026, month, day, hour, minute, 0, tzinfo=tz))


MESSAGES: list[dict] = []


def M(**kw) -> None:
    MESSAGES.append(kw)


# ----------------------------------------------------------------------------------------------------------
# Rejections
# ----------------------------------------------------------------------------------------------------------

M(slug="brightwater-recruitee-no-this-time", label="rejection", category="ats-automated",
  fields=("priya.nair@brightwaterfoods.example", "Priya", "Brightwater Foods", "Operations Manager"),
  notes="Recruitee sender, Reply-To the People Partner; \"It's a no from us this time\"",
  **{"from": "Brightwater Foods <brightwaterfoods@mail.recruitee.com>",
     "reply_to_header": "Priya Nair <priya.nair@brightwaterfoods.example>",
     "subject": "Your application for Operations Manager at Brightwater Foods",
     "date": D(10, 6, 14, 22, 1),
     "headers": [("Auto-Submitted", "auto-generated")],
     "body": """Hi Sam,

Thank you for taking the time to apply for the Operations Manager position at Brightwater Foods, and for the thoughtful answers to the screening questions - especially the one about line-changeover losses.

We've now been through every application with the site leadership team. It's a no from us this time: for this hire we need someone who has already taken a chilled-food site through a BRCGS audit, and that came through more strongly in a handful of other applications.

We advertise ops roles across our three sites a few times a year, so do keep an eye on our careers page.

All the best with your search,

Priya

Priya Nair
People Partner, Brightwater Foods

--
Sent with Recruitee on behalf of Brightwater Foods.
Manage your data: https://brightwaterfoods.recruitee.example/privacy
"""})

M(slug="nordvik-teamtailor-shortlist", label="rejection", category="ats-automated",
  fields=("", "", "Nordvik Interiors", "Business Analyst – E-commerce"),
  notes="Teamtailor no-reply, HTML-only (QP) with button; \"I'm afraid you didn't make the shortlist\"; team signature, no address",
  kind="html", cte="quoted-printable",
  **{"from": "Nordvik Interiors <no-reply@teamtailor.com>",
     "subject": "Business Analyst – E-commerce at Nordvik Interiors",
     "date": D(9, 29, 8, 5, 2),
     "headers": [("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://nordvik.teamtailor.example/unsubscribe>")],
     "html": """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Nordvik Interiors</title></head>
<body style="margin:0;background:#f4f1ec;font-family:Helvetica,Arial,sans-serif;color:#1f1f1f">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:28px 36px 0 36px"><img src="https://assets.teamtailor-cdn.example/nordvik/logo.png" alt="Nordvik Interiors" width="140"></td></tr>
<tr><td style="padding:20px 36px;font-size:15px;line-height:1.55">
<p>Hi Sam,</p>
<p>Thanks for your interest in the <strong>Business Analyst – E-commerce</strong> role and for the time you put into your application.</p>
<p>We had close to four hundred applicants for this one. I&#8217;m afraid you didn&#8217;t make the shortlist we&#8217;re taking to interviews, and we wanted you to hear that from us rather than be left waiting.</p>
<p>If a different role catches your eye later, you&#8217;re welcome to apply again &ndash; or join Nordvik Connect and we&#8217;ll tell you when something new opens.</p>
<p style="padding:8px 0"><a href="https://nordvik.teamtailor.example/connect" style="background:#1f3a2d;color:#ffffff;padding:11px 20px;border-radius:4px;text-decoration:none">Join Nordvik Connect</a></p>
<p>Warm regards,<br>The Nordvik Interiors recruitment team</p>
</td></tr>
<tr><td style="padding:16px 36px 28px 36px;font-size:11px;color:#8a8a8a">Nordvik Interiors AB &middot; S&ouml;dra Hamngatan 12 &middot; 411 06 G&ouml;teborg<br>
Sent with Teamtailor &middot; <a href="https://nordvik.teamtailor.example/unsubscribe" style="color:#8a8a8a">Unsubscribe</a> &middot; <a href="https://nordvik.teamtailor.example/privacy" style="color:#8a8a8a">Privacy</a></td></tr>
</table>
</body></html>
"""})

M(slug="corran-jobvite-weve-hired", label="rejection", category="ats-automated",
  fields=("", "", "Corran Medical Supplies", "Demand Planner"),
  notes="Jobvite no-reply, multipart/alternative QP; \"we've hired.\" + \"Your application hasn't progressed\"; unmonitored mailbox, no person",
  kind="alt", cte="quoted-printable",
  **{"from": "Corran Medical Supplies <noreply@jobvite.com>",
     "subject": "Demand Planner – update on your application",
     "date": D(10, 14, 16, 40, 1),
     "headers": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
     "body": """Dear Sam,

A quick update on the Demand Planner position (Req. 2026-0418) at Corran Medical Supplies: we've hired.

Your application hasn't progressed to the interview stage, but your profile stays in the Corran talent network, so you'll hear from us when planning and logistics roles open at our Swindon and Coventry distribution centres.

Thank you for considering Corran.

Corran Medical Supplies Talent Acquisition

This mailbox is not monitored. To update your profile or withdraw your data, sign in to the Corran careers site.
"""})

M(slug="lanternfish-jazzhr-different-way", label="rejection", category="ats-automated",
  fields=("marisol@lanternfishcoffee.example", "Marisol", "Lanternfish Coffee Roasters",
          "Inventory & Purchasing Coordinator"),
  notes="JazzHR (applytojob) sender \"via JazzHR\", Reply-To the person; \"we're going a different way with this hire\" (role split)",
  **{"from": "Marisol Bautista via JazzHR <lanternfishcoffee@applytojob.com>",
     "reply_to_header": "Marisol Bautista <marisol@lanternfishcoffee.example>",
     "subject": "Inventory & Purchasing Coordinator - Lanternfish Coffee Roasters",
     "date": D(9, 18, 11, 2, 1),
     "body": """Hi Sam,

Thanks so much for applying to be our Inventory & Purchasing Coordinator, and for the short video - the whole roastery crew watched it, and the bit about green-coffee shelf life got a laugh of recognition.

After a lot of back and forth we're going a different way with this hire. We've realised the job leans much more towards running the cafe ordering than the spreadsheet-heavy planning we originally wrote up, so we're splitting it and hiring a cafe lead instead.

Sorry it's not better news. If you're ever in Bristol, the first flat white is on us.

Marisol
Lanternfish Coffee Roasters | Unit 4, Feeder Road, Bristol
"""})

M(slug="greyfield-pinpoint-panel", label="rejection", category="ats-automated",
  fields=("dawn.whitcombe@greyfieldha.example", "Dawn", "Greyfield Housing Association",
          "Performance & Insight Analyst"),
  notes="Pinpoint no-reply; \"I've been asked to let you know the shortlisting panel didn't recommend progressing\"; person's address only in the body",
  **{"from": "Greyfield Housing Association <notifications@pinpointhq.com>",
     "subject": "Your application: Performance & Insight Analyst (GHA-1127)",
     "date": D(10, 22, 10, 15, 1),
     "headers": [("Auto-Submitted", "auto-generated")],
     "body": """Dear Sam Taylor,

Re: Performance & Insight Analyst (GHA-1127)

Thank you for applying to Greyfield Housing Association.

I've been asked to let you know the shortlisting panel didn't recommend progressing your application to interview. The panel scored applications against the essential criteria in the person specification, and your scores for criterion 3 (experience of social housing regulatory returns) and criterion 5 (Power BI) were below the threshold for interview.

If you would like more detailed feedback, please email me directly at dawn.whitcombe@greyfieldha.example within 28 days and I will arrange it.

Kind regards

Dawn Whitcombe
Resourcing Partner
Greyfield Housing Association
Registered society no. 30412R. Regulated by the Regulator of Social Housing.

This message was sent using Pinpoint. Please do not reply to this email address.
"""})

M(slug="tessellate-breezy-sap", label="rejection", category="ats-automated",
  fields=("jonah@tessellaterobotics.example", "Jonah", "Tessellate Robotics", "Operations Analyst"),
  notes="Breezy HR no-reply, Reply-To the coordinator, alt/QP; \"the hiring manager picked someone with hands-on SAP experience\"",
  kind="alt", cte="quoted-printable",
  **{"from": "Tessellate Robotics <no-reply@breezy-mail.com>",
     "reply_to_header": "Jonah Weiss <jonah@tessellaterobotics.example>",
     "subject": "Operations Analyst - Tessellate Robotics",
     "date": D(11, 3, 17, 26, -5),
     "body": """Hi Sam,

Thanks for interviewing with us for the Operations Analyst position last week. I wanted to close the loop personally.

We've made our decision, and the hiring manager picked someone with hands-on SAP experience. Our spare-parts planning runs on SAP S/4HANA and she wanted someone who could pull MRP reports in week one - that ended up being the deciding factor, rather than anything about your interview.

For what it's worth, Raúl said in the debrief that your cycle-count case study was the best answer he heard all week.

Take care,
Jonah Weiss
Talent Coordinator, Tessellate Robotics
"""})

M(slug="hafenmeister-personio-de-sie", label="rejection", category="non-english-de",
  fields=("katrin.albers@hafenmeister-logistik.example", "Katrin", "Hafenmeister Logistik",
          "Data Analyst Supply Chain (m/w/d)"),
  notes="German formal Sie via Personio, Reply-To the HR person, QP; \"uns am Ende aber anders entschieden\"; talent-pool opt-in",
  cte="quoted-printable",
  **{"from": "Hafenmeister Logistik GmbH <no-reply@personio.de>",
     "reply_to_header": "Katrin Albers <katrin.albers@hafenmeister-logistik.example>",
     "subject": "Rückmeldung zu Ihrer Bewerbung als Data Analyst Supply Chain (m/w/d)",
     "date": D(10, 27, 9, 48, 1),
     "body": """Guten Tag Sam Taylor,

vielen Dank für Ihr Interesse an der Position Data Analyst Supply Chain (m/w/d) und für das angenehme Videogespräch am 14. Oktober.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber anders entschieden. Ausschlaggebend waren vor allem Erfahrungen mit Zollabwicklung und ATLAS, die im Team kurzfristig gebraucht werden.

Ihre Unterlagen löschen wir gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens. Wenn Sie einverstanden sind, dass wir Sie für künftige Stellen in unseren Talentpool aufnehmen, antworten Sie einfach kurz auf diese E-Mail.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Albers
Personalreferentin
Hafenmeister Logistik GmbH · Am Sandtorkai 38 · 20457 Hamburg
Geschäftsführer: Jens Petersen · Amtsgericht Hamburg HRB 104233
"""})

M(slug="maison-vautrin-greenhouse-fr", label="rejection", category="non-english-fr",
  fields=("elodie.marchand@maisonvautrin.example", "Élodie", "Maison Vautrin", "Analyste Supply Chain"),
  notes="French (vous) via Greenhouse, Reply-To the recruiter, alt/base64; \"nous sommes allés dans une autre direction\"",
  kind="alt", cte="base64",
  **{"from": "Maison Vautrin <no-reply@eu.greenhouse-mail.io>",
     "reply_to_header": "Élodie Marchand <elodie.marchand@maisonvautrin.example>",
     "subject": "Votre candidature – Analyste Supply Chain chez Maison Vautrin",
     "date": D(11, 5, 15, 12, 1),
     "body": """Bonjour Sam,

Merci d'avoir pris le temps d'échanger avec nous pour le poste d'Analyste Supply Chain, et en particulier avec Thibault lors de l'entretien du 22 octobre.

Après avoir rencontré l'ensemble des candidats, nous sommes allés dans une autre direction : l'équipe a privilégié un profil déjà familier de la distribution sélective et des contraintes de nos boutiques.

Ce choix ne remet pas en cause la qualité de votre parcours, et nous serions ravis de garder le contact si un poste proche de vos compétences se libère.

Bien cordialement,

Élodie Marchand
Chargée de recrutement – Maison Vautrin
"""})

M(slug="kettlewell-phone-not-going-to-work", label="rejection", category="terse",
  fields=("gareth.pryce@kettlewelldistribution.example", "Gareth", "Kettlewell Distribution",
          "Warehouse Operations Lead"),
  notes="phone reply (Sent from my iPhone), lowercase, Apple Mail quote of the owner's chaser; \"this one's not going to work out\", \"going w someone\"; company and role only in the quote/subject",
  cte="8bit", reply="yes",
  **{"from": "Gareth Pryce <gareth.pryce@kettlewelldistribution.example>",
     "subject": "Re: Warehouse Operations Lead - any news?",
     "date": D(11, 13, 21, 7, 0),
     "body": """Hi Sam sorry for the slow reply, been on the road all week. this one's not going to work out — we're going w someone who's done a WMS cutover before, which is what the board wanted. you were v close tho. thx for all your time and the trip up

Gareth

Sent from my iPhone

> On 12 Nov 2026, at 09:03, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Gareth,
>
> Hope the week's going well. I just wanted to check in on the Warehouse Operations Lead role at Kettlewell Distribution, as it's been a fortnight since we met at the Wakefield site. Happy to answer anything else you need.
>
> Best,
> Sam
"""})

M(slug="pellham-expenses-thread", label="rejection", category="after-interview",
  fields=("nadia.okafor@pellhamrail.example", "Nadia", "Pellham Rail Services", "Operations Planning Manager"),
  notes="Outlook reply in an expenses thread (train fare approved) that also gives the outcome: \"We've had to make a call and it isn't in your favour\"; legal footer; QP",
  cte="quoted-printable", reply="yes",
  **{"from": "Nadia Okafor <nadia.okafor@pellhamrail.example>",
     "subject": "RE: Travel expenses - interview on 4 November",
     "date": D(11, 11, 12, 33, 0),
     "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
     "body": """Hi Sam,

Thanks for sending the receipts over. Finance have approved the £86.40 for your train tickets and the £12.50 taxi from Crewe station; it'll be paid by BACS into the account on your claim form within ten working days. No need to send anything else.

On the Operations Planning Manager role itself, I wish I had better news. We've had to make a call and it isn't in your favour. The panel went with a candidate who has run a timetable-change programme end to end, which matters a lot to us with the December 2027 timetable coming. They did say your session on crew-diagram efficiency was one of the strongest parts of the day.

Sorry to be putting both things in one email - I didn't want you waiting on either.

Kind regards,
Nadia

Nadia Okafor
Senior Recruitment Advisor
Pellham Rail Services Ltd
T: 01270 555 014

This email and any attachments are confidential and intended solely for the addressee. Pellham Rail Services Ltd is registered in England and Wales, company number 08815530. If you have received this email in error please notify the sender and delete it.

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 10 November 2026 18:41
To: Nadia Okafor <nadia.okafor@pellhamrail.example>
Subject: Travel expenses - interview on 4 November

Hi Nadia,

Attached are the receipts for my travel to Crewe for the interview on 4 November (return train £86.40, taxi £12.50). Please let me know if finance needs them in a different format.

Thanks again for organising the day,
Sam
"""})

M(slug="harrowgate-first-line-then-feedback", label="rejection", category="after-interview",
  fields=("tom.ashworth@harrowgateinsurance.example", "Tom", "Harrowgate Insurance",
          "Senior Business Analyst, Claims"),
  notes="outcome only in the first line (\"we won't be taking things further\") followed by long structured feedback; 72-col wrap; role only in the subject",
  wrap=True,
  **{"from": "Tom Ashworth <tom.ashworth@harrowgateinsurance.example>",
     "subject": "Feedback - Senior Business Analyst, Claims",
     "date": D(10, 30, 13, 55, 0),
     "body": """Sam - we won't be taking things further, but you asked for proper feedback and I promised I'd give it, so here it is in full.

What went well
- Your process-mapping exercise was the clearest we saw. You found the duplicate FNOL hand-off in under ten minutes; two other candidates never found it.
- You were honest about what you didn't know about Guidewire, which the panel respected.
- Your stakeholder examples (the depot closure, the returns backlog) were concrete and well told.

Where the gap was
- The job is about 60% requirements work for the ClaimCenter upgrade. The person we've offered it to has done two Guidewire implementations, and at this point in the programme we can't absorb the ramp-up time.
- In the SQL task the join logic was right, but you ran out of time on the reconciliation step. Not a big deal on its own.
- We'd have liked more on how you handle a sponsor who keeps changing scope mid-sprint - your answer went to escalation quite quickly.

What I'd suggest
- If insurance is a sector you want, a short Guidewire fundamentals course would tick a box that recruiters here screen on.
- Keep the process-mapping example front and centre; it's your strongest card.

Happy to talk any of this through on the phone if useful.

Tom

Tom Ashworth
Head of Claims Change
Harrowgate Insurance
"""})

M(slug="fernloop-founder-keep-looking", label="rejection", category="founder-casual",
  fields=("dani@fernloop.example", "Dani", "Fernloop", "Head of Operations"),
  notes="startup co-founder, very casual, emoji (8bit); \"we've decided to keep looking for the Head of Operations thing\" (search continues without the owner)",
  cte="8bit", reply="yes",
  **{"from": "Dani Okonjo <dani@fernloop.example>",
     "subject": "re: fernloop ops",
     "date": D(10, 19, 23, 41, 1),
     "body": """hey Sam!!

ok so, real talk. me and Kwame chewed on this all weekend and we've decided to keep looking for the Head of Operations thing. you'd be brilliant at building a proper ops function but we're 9 people and honestly we need someone who'll be on the van at 5am fixing the routing spreadsheet, and I think you'd be bored in a month (your words in the pub, not mine lol)

genuinely loved the chat. if we raise the A next year and need an actual ops team I'm calling you first, not even joking

d

--
Dani · co-founder, Fernloop
we feed offices, not egos 🌱
"""})

M(slug="fennimore-loved-meeting-you", label="rejection", category="after-final-round",
  fields=("harriet.lomax@fennimorehome.example", "Harriet", "Fennimore Home", "Supply Chain Manager"),
  notes="mostly positive wording: \"We loved meeting you\" ... \"It was incredibly close, but we've gone with a candidate who has led a 3PL transition\"; offer to put forward for another role; alt/QP",
  kind="alt", cte="quoted-printable",
  **{"from": "Harriet Lomax <harriet.lomax@fennimorehome.example>",
     "subject": "Supply Chain Manager - thank you",
     "date": D(11, 9, 8, 20, 0),
     "body": """Dear Sam,

We loved meeting you on Thursday. Everyone on the panel came out of your presentation talking about the supplier scorecard, and Ben has already borrowed "landed cost, not list price" for his next board paper.

It was incredibly close, but we've gone with a candidate who has led a 3PL transition before - with our Daventry warehouse contract ending next summer, that experience tipped it.

I know that's hard to hear after three rounds, and I'd really like to stay in touch. If you're open to it, I'd love to put you forward for the Category Planning Lead role we're opening in the new year.

With very best wishes,

Harriet

Harriet Lomax
Chief Operating Officer
Fennimore Home
"""})

M(slug="albright-second-choice", label="rejection", category="after-final-round",
  fields=("owen.prideaux@albrightvets.example", "Owen", "Albright Veterinary Group", "Practice Operations Analyst"),
  notes="\"you were our second choice. Our first choice accepted this morning\"; promise to call if anything changes",
  **{"from": "Owen Prideaux <owen.prideaux@albrightvets.example>",
     "subject": "Practice Operations Analyst",
     "date": D(11, 17, 16, 2, 0),
     "body": """Hi Sam,

I said I'd be straight with you whatever happened, so: you were our second choice. Our first choice accepted this morning, and we only have sign-off for one hire.

The gap was small. She has worked in a multi-site veterinary group and already knows the practice-management system, and that's the only reason it went her way.

If anything changes in the next few weeks (it does happen), you'll be the first call I make. And if you'd like to talk through the final round, I'm free most afternoons next week.

Best,
Owen

Owen Prideaux
Director of Practice Operations | Albright Veterinary Group
"""})

M(slug="cobbold-reyes-other-person-we-met", label="rejection", category="after-interview",
  fields=("imogen@cobboldreyes.example", "Imogen", "Cobbold & Reyes", "Business Intelligence Analyst"),
  notes="Outlook reply over the owner's thank-you note: \"we've offered the role to the other person we met, and she has accepted\"",
  reply="yes",
  **{"from": "Imogen Reyes <imogen@cobboldreyes.example>",
     "subject": "RE: Thank you - Business Intelligence Analyst interview",
     "date": D(10, 23, 10, 4, 1),
     "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
     "body": """Dear Sam,

Thank you for this lovely note, and for coming in on Tuesday.

I'm writing with our decision: we've offered the role to the other person we met, and she has accepted. It came down to her familiarity with the wholesale side of the business, which you would have had to pick up from scratch.

I enjoyed our conversation about dashboards nobody opens - you're right that it's the most common failure in small firms, ours included.

Kind regards,

Imogen Reyes
Partner
Cobbold & Reyes Wine Merchants

________________________________
From: Sam Taylor <sam.taylor@example.org>
Sent: Wednesday, October 21, 2026 7:52 PM
To: Imogen Reyes <imogen@cobboldreyes.example>
Subject: Thank you - Business Intelligence Analyst interview

Dear Imogen,

Thank you for making time to meet me yesterday about the Business Intelligence Analyst position. I really enjoyed hearing how the shop and wholesale teams use the stock reports, and I came away even keener on the role.

Best wishes,
Sam
"""})

M(slug="isarwerk-bilingual-de-en", label="rejection", category="bilingual-de-en",
  fields=("lena.huber@isarwerk-mobility.example", "Lena", "Isarwerk Mobility", "Business Analyst (m/w/d)"),
  notes="German (Sie) first, English below: \"besetzen wir die Stelle mit einer Bewerberin\" / \"we are filling the position with another applicant\"; RFC 2047 subject; QP",
  cte="quoted-printable",
  **{"from": "Lena Huber <lena.huber@isarwerk-mobility.example>",
     "subject": "Ihre Bewerbung / Your application – Business Analyst (m/w/d)",
     "date": D(10, 8, 14, 30, 2),
     "body": """(English version below)

Hallo Sam,

vielen Dank für Ihre Bewerbung als Business Analyst (m/w/d) und das Gespräch mit Herrn Brandl und mir.

Nach reiflicher Überlegung besetzen wir die Stelle mit einer Bewerberin, die bereits Erfahrung mit Flottenmanagement-Software mitbringt. Wir bedanken uns herzlich für Ihre Zeit und Ihr Interesse an Isarwerk.

---

Hi Sam,

Thank you for applying for the Business Analyst (m/w/d) position and for your conversation with Mr Brandl and me.

After careful thought, we are filling the position with another applicant who already has experience with fleet-management software. Many thanks for your time and your interest in Isarwerk.

Viele Grüße / Kind regards

Lena Huber
People & Culture
Isarwerk Mobility GmbH · Landsberger Str. 155 · 80687 München
"""})

M(slug="kieztrans-de-du", label="rejection", category="non-english-de",
  fields=("jonas@kieztrans.example", "Jonas", "Kieztrans", "Operations Analyst (w/m/d)"),
  notes="German informal du from a Berlin startup co-founder, ISO-8859-1 8bit; \"Wir haben die Stelle ... inzwischen an jemanden vergeben\"",
  charset="iso-8859-1", cte="8bit",
  **{"from": "Jonas Wendt <jonas@kieztrans.example>",
     "subject": "Deine Bewerbung bei Kieztrans",
     "date": D(9, 24, 18, 12, 2),
     "body": """Hey Sam,

danke nochmal für das Gespräch letzte Woche und dass du dir so viel Zeit für unseren Case mit den Lastenrad-Touren genommen hast.

Ich mach's kurz: Wir haben die Stelle als Operations Analyst (w/m/d) inzwischen an jemanden vergeben, der bei einem Quick-Commerce-Anbieter schon die Tourenplanung aufgebaut hat. Bei dir hat uns echt viel gefallen, aber am Ende war das der Punkt, der den Ausschlag gegeben hat.

Wenn du magst, bleiben wir auf LinkedIn in Kontakt - wir wachsen nächstes Jahr in Leipzig, und da wird's bestimmt wieder was geben.

Mach's gut und viel Erfolg!
Jonas

--
Jonas Wendt | Mitgründer & COO
Kieztrans GmbH, Skalitzer Str. 80, 10997 Berlin
"""})

M(slug="alcazar-es-mx", label="rejection", category="non-english-es",
  fields=("fernanda.rios@grupoalcazar.example", "Fernanda", "Grupo Alcázar Logística", "Analista de Operaciones"),
  notes="Mexican Spanish (tú, \"platicar\", \"vacante\"), QP; \"optamos por otro perfil\"",
  cte="quoted-printable",
  **{"from": "Fernanda Ríos <fernanda.rios@grupoalcazar.example>",
     "subject": "Seguimiento – vacante Analista de Operaciones",
     "date": D(10, 16, 12, 48, -6),
     "body": """Hola Sam, ¿cómo estás?

Muchas gracias por el tiempo que le dedicaste al proceso para la vacante de Analista de Operaciones y por platicar con Rodrigo y con el equipo de Monterrey la semana pasada.

Te escribo para contarte que, después de revisar a los finalistas, optamos por otro perfil, con más experiencia en operación de cross-docking y en el manejo de transportistas en la frontera. No fue una decisión fácil: tu caso práctico sobre niveles de servicio les gustó mucho a todos.

Me encantaría que siguiéramos en contacto; abrimos vacantes de planeación con cierta frecuencia y con gusto te aviso.

Un abrazo y mucho éxito,

Fernanda Ríos
Atracción de Talento | Grupo Alcázar Logística
Av. Constitución 2050, Monterrey, N.L.
"""})

M(slug="van-dorsten-nl", label="rejection", category="non-english-nl",
  fields=("merel.devries@vandorsten.example", "Merel", "Van Dorsten Retail", "Data-analist"),
  notes="Dutch (je), 7bit us-ascii; \"We hebben de knoop doorgehakt: we gaan verder met een andere kandidaat\", no \"helaas\"",
  charset="us-ascii",
  **{"from": "Merel de Vries <merel.devries@vandorsten.example>",
     "subject": "Terugkoppeling sollicitatie Data-analist",
     "date": D(10, 1, 16, 25, 2),
     "body": """Hoi Sam,

Bedankt voor je sollicitatie en voor het fijne gesprek van dinsdag met Ruud en mij.

We hebben de knoop doorgehakt: we gaan verder met een andere kandidaat, iemand die al met ons kassasysteem en de voorraadkoppeling heeft gewerkt. Dat gaf bij ons net de doorslag.

Je presentatie over de winkelvoorraden was sterk, en Ruud vroeg of hij je slides mag houden. Als je het leuk vindt, houden we je graag in gedachten voor toekomstige vacatures in ons data-team.

Groetjes,
Merel

Merel de Vries
Recruiter | Van Dorsten Retail B.V.
Utrecht
"""})

M(slug="bellucci-it-formale", label="rejection", category="non-english-it",
  fields=("c.gentile@bellucciricambi.example", "Chiara", "Bellucci Ricambi", "Responsabile Operations"),
  notes="Italian formal Lei, base64; \"la scelta è ricaduta su un altro candidato\"; CV kept with consent",
  cte="base64",
  **{"from": "Chiara Gentile <c.gentile@bellucciricambi.example>",
     "subject": "Esito colloquio – Responsabile Operations",
     "date": D(11, 6, 11, 10, 1),
     "body": """Gentile Sam,

La ringrazio per la disponibilità dimostrata durante il colloquio del 29 ottobre presso la nostra sede di Bergamo e per l'interesse verso la posizione di Responsabile Operations.

Dopo un'attenta valutazione, la scelta è ricaduta su un altro candidato, con un'esperienza più lunga nella gestione dei magazzini ricambi. Si è trattato di una decisione difficile, e il Suo profilo ha lasciato un'ottima impressione al direttore di stabilimento.

Con il Suo consenso, conserveremo il Suo curriculum per eventuali future opportunità.

Cordiali saluti,

Chiara Gentile
Ufficio Risorse Umane
Bellucci Ricambi S.p.A.
Via Borgo Palazzo 210, 24125 Bergamo
"""})

M(slug="cajuina-pt-br", label="rejection", category="non-english-pt",
  fields=("rafaela.souza@cajuina.example", "Rafaela", "Cajuína Pagamentos", "Analista de Dados Pleno"),
  notes="Brazilian Portuguese (você, informal), 8bit; \"fechamos a vaga com outra pessoa\"; signs \"Rafa\", signature Rafaela",
  cte="8bit",
  **{"from": "Rafaela Souza <rafaela.souza@cajuina.example>",
     "subject": "Retorno sobre o processo – Analista de Dados Pleno",
     "date": D(11, 10, 17, 55, -3),
     "body": """Oi Sam, tudo bem?

Passando pra te dar um retorno sobre o processo de Analista de Dados Pleno aqui na Cajuína Pagamentos.

Depois da última etapa, fechamos a vaga com outra pessoa, que já tinha experiência com antifraude em meios de pagamento. Foi uma escolha bem difícil, porque o time curtiu muito o seu case de previsão de chargebacks.

Queria muito que você continuasse no nosso radar. Assim que abrirmos novas vagas no time de dados, te chamo!

Um abraço,
Rafa

Rafaela Souza
Tech Recruiter · Cajuína Pagamentos
"""})

M(slug="marlowe-budget-pulled", label="rejection", category="role-cancelled",
  fields=("simone.achterberg@marlowehotels.example", "Simone", "Marlowe Hotels", "Operations Reporting Analyst"),
  notes="\"the budget for the Operations Reporting Analyst role was pulled\" at a quarterly review; advert taken down; company in signature as \"Marlowe Hotels & Resorts\"",
  **{"from": "Simone Achterberg <simone.achterberg@marlowehotels.example>",
     "subject": "Operations Reporting Analyst - an update",
     "date": D(11, 2, 9, 30, 0),
     "body": """Hi Sam,

I'm sorry to be writing this after you've given us two rounds of your time. At last week's quarterly review the budget for the Operations Reporting Analyst role was pulled, along with two other central-office vacancies, while occupancy across the group recovers. That means there is no role to offer anyone, and we've taken the advert down.

I know this is frustrating - it is for us too. It isn't a reflection on you at all; you were one of two people we were planning to bring back for the final stage.

If the budget comes back in the spring, I will get in touch before we re-advertise.

Best wishes,
Simone

Simone Achterberg
Talent Acquisition Manager
Marlowe Hotels & Resorts
"""})

M(slug="ashdown-role-absorbed", label="rejection", category="role-cancelled",
  fields=("phil.danquah@ashdownpharmacy.example", "Phil", "Ashdown Pharmacy Group", "Inventory Analyst"),
  notes="\"the Inventory Analyst role has been absorbed into the central planning team in Leeds\"; hiring manager in Cc; 72-col wrap",
  wrap=True,
  **{"from": "Phil Danquah <phil.danquah@ashdownpharmacy.example>",
     "cc": "Ruth Emsley <ruth.emsley@ashdownpharmacy.example>",
     "subject": "Inventory Analyst vacancy",
     "date": D(10, 20, 15, 45, 1),
     "body": """Dear Sam,

Thank you for your patience since your interview on 2 October.

I need to let you know that, following the reorganisation announced to staff this week, the Inventory Analyst role has been absorbed into the central planning team in Leeds. The work will be picked up by the existing planners there, so we are no longer recruiting for it as a standalone post and the vacancy is now closed.

Ruth (copied) asked me to pass on her thanks; she enjoyed meeting you and is happy to give you informal feedback if that would help.

Yours sincerely,

Phil Danquah
HR Business Partner
Ashdown Pharmacy Group
"""})

M(slug="beaconsfield-offer-withdrawn", label="rejection", category="offer-rescinded",
  fields=("karen.whitlow@beaconsfieldfm.example", "Karen", "Beaconsfield Facilities Management",
          "Contract Operations Manager"),
  notes="accepted offer withdrawn because the client contract went in-house: \"no longer in a position to honour the offer\"; phone number, compensation",
  **{"from": "Karen Whitlow <karen.whitlow@beaconsfieldfm.example>",
     "subject": "Your offer - Contract Operations Manager",
     "date": D(11, 19, 11, 58, 0),
     "headers": [("Importance", "high")],
     "body": """Dear Sam,

This is a very difficult email to write, and I'd much rather have said it on the phone - I've tried you twice this morning.

On 3 November we offered you the position of Contract Operations Manager on the Northgate Hospital contract, and you accepted on the 5th. Yesterday the hospital trust told us it is bringing the facilities contract back in-house from February. The post was created solely for that contract, so we are no longer in a position to honour the offer, and I have to withdraw it.

I understand you may have turned down other conversations because of us, and I'm very sorry. We will pay one month's salary in recognition of that, and Lauren in HR will write separately with the details. I've also asked our two other regional directors whether they have anything suitable and will come back to you by Friday.

Please call me on 07700 900418 whenever suits.

Karen Whitlow
Regional Director, North
Beaconsfield Facilities Management
"""})

M(slug="harlow-finch-agency-ostara", label="rejection", category="agency",
  fields=("callum.ferris@harlowfinch.example", "Callum", "Ostara Energy", "Trading Operations Analyst"),
  notes="agency relays the named client's decision: \"The team felt another applicant was further along\"; company = client (Ostara Energy); recruiter pitches other roles",
  **{"from": "Callum Ferris <callum.ferris@harlowfinch.example>",
     "subject": "Ostara Energy - feedback",
     "date": D(11, 4, 8, 51, 0),
     "body": """Hi Sam,

Ostara Energy came back to me late yesterday. The team felt another applicant was further along - specifically someone who's already doing trade capture and confirmations on a power desk - so they've offered the Trading Operations Analyst role to them.

Their feedback on you was good: Mei Lin liked your reconciliation story and thought you'd "pick it up fast", but they need someone who can cover the desk from day one through the winter trading season.

I've got two other things on my desk that I think fit you better anyway - an ops role at a dry-bulk shipping firm and a planning analyst job in Reading. Free for a call on Thursday?

Cheers,
Callum

Callum Ferris
Senior Consultant, Energy & Commodities
Harlow & Finch Recruitment
"""})

M(slug="pemberton-grey-confidential-frozen", label="rejection", category="agency",
  fields=("victoria.asante@pembertongrey.example", "Victoria", "Pemberton Grey Search",
          "Head of Supply Chain Analytics"),
  notes="search firm, client can't be named: \"My client ... has closed the process. Headcount was frozen\"; company = the agency; alt/QP",
  kind="alt", cte="quoted-printable",
  **{"from": "Victoria Asante <victoria.asante@pembertongrey.example>",
     "subject": "Head of Supply Chain Analytics search",
     "date": D(11, 20, 17, 14, 0),
     "body": """Sam,

I wanted to let you know where things stand with the Head of Supply Chain Analytics search I approached you about in September.

My client (as you know, I can't name them yet) has closed the process. Headcount was frozen across their central functions on Monday after a profit warning, and every open senior role has been stood down, this one included. None of the shortlist will be taken any further.

You were one of three people on my final shortlist, and the client's feedback after your first meeting was excellent. If the freeze lifts, I'll be straight on the phone to you.

Kind regards,

Victoria Asante
Partner, Supply Chain & Operations Practice
Pemberton Grey Search
"""})

M(slug="kilbride-appointed-from-within", label="rejection", category="internal-candidate",
  fields=("aoife.brennan@kilbrideinsurance.example", "Aoife", "Kilbride Insurance", "Claims Operations Manager"),
  notes="\"We've appointed from within\" (a team leader applied late); Irish sign-off, regulatory footer, QP",
  cte="quoted-printable",
  **{"from": "Aoife Brennan <aoife.brennan@kilbrideinsurance.example>",
     "subject": "Claims Operations Manager - outcome",
     "date": D(10, 28, 14, 3, 0),
     "body": """Hi Sam,

Thanks for your patience while we finished interviews for the Claims Operations Manager post.

We've appointed from within: one of our team leaders in the Limerick office applied late in the process and, given how well she knows our claims platform and people, the panel felt she was the right fit for this stage of the transformation.

I'm conscious you travelled over for the second interview and I appreciate it. Your scores were strong, and I'd be glad to go through them with you on a call.

Le gach dea-ghuí,
Aoife

Aoife Brennan
Talent Acquisition Lead
Kilbride Insurance DAC
Registered in Ireland No. 512209. Kilbride Insurance DAC is regulated by the Central Bank of Ireland.
"""})

M(slug="thornbury-college-keep-on-file", label="rejection", category="keep-on-file",
  fields=("m.oyelaran@thornbury.ac.example", "Martin", "Thornbury Sixth Form College", "Data Analyst (MIS)"),
  notes="college: \"We've now appointed to the post\" (preferred candidate knows the ILR return) + asks permission to keep the application for spring posts; windows-1252 8bit with curly quotes",
  charset="windows-1252", cte="8bit",
  **{"from": "Martin Oyelaran <m.oyelaran@thornbury.ac.example>",
     "subject": "Data Analyst (MIS) – post ref TSC/26/114",
     "date": D(10, 12, 12, 15, 1),
     "body": """Dear Sam,

Thank you for attending interview for the post of Data Analyst (MIS) at Thornbury Sixth Form College last Friday.

We’ve now appointed to the post. The panel’s preferred candidate has several years’ experience of the ILR funding return, which we need in place before the January census.

I’d like to ask your permission to keep your application on file. We will be recruiting two further analysts in the spring, once the merger with Calder Vale College completes, and I would be happy to contact you directly before those posts are advertised. Just reply “yes” if you’re happy for me to do that.

With best wishes,

Martin Oyelaran
Head of Management Information
Thornbury Sixth Form College
"""})

# ----------------------------------------------------------------------------------------------------------
# Other
# ----------------------------------------------------------------------------------------------------------

M(slug="lumenridge-invite-not-a-rejection", label="other", category="interview-invite",
  notes="interview invite warning about an automated \"Closed\" status mail: \"No need to worry, this isn't a rejection\"",
  **{"from": "Beth Carmody <beth.carmody@lumenridge.example>",
     "subject": "Next step: interview for Supply Chain Analyst",
     "date": D(11, 24, 9, 12, 0),
     "body": """Hi Sam,

Good news - the hiring team would like to meet you for the Supply Chain Analyst role. It's a 45-minute video interview with Anil Mehta (Planning Manager) and me. Could you do any of these?

- Tuesday 1 December, 10:00 or 14:30
- Wednesday 2 December, 11:00

One heads-up: in the next day or so you'll get an automated email from our careers portal saying your application status has changed to "Closed - moved to interview pool". No need to worry, this isn't a rejection; the old requisition gets closed and everyone still in the running is moved onto the new one. Annoying, I know.

Looking forward to it,
Beth

Beth Carmody | Talent Partner | Lumenridge Foods
"""})

M(slug="saltmarsh-other-candidate-dropped-out", label="other", category="reopened",
  notes="role reopened: \"the other candidate dropped out ... Are you still interested?\"; recalls the earlier \"we'd gone with him\"",
  reply="thread",
  **{"from": "Graham Ilesanmi <graham@saltmarshlogistics.example>",
     "subject": "Re: Transport Planning Analyst - are you still interested?",
     "date": D(11, 23, 13, 37, 0),
     "body": """Hi Sam,

Slightly awkward one, so I'll just say it: the other candidate dropped out. He accepted, then took a counter-offer from his current employer last Friday, so the Transport Planning Analyst role is open again.

When we spoke in October I had to tell you we'd gone with him, and I know that wasn't what you wanted to hear. But it was very close, and the hiring manager's first question was whether you'd be open to picking it back up. No need for another full round - just a 30-minute chat with Kerry about start dates.

Are you still interested? Totally understand if you've moved on.

Graham

Graham Ilesanmi
Recruitment Lead, Saltmarsh Logistics
"""})

M(slug="oakleaf-still-deciding", label="other", category="no-decision-yet",
  notes="\"We're still deciding — the panel meets Friday\"; promises an answer \"either way\"",
  cte="8bit",
  **{"from": "Hannah Greer <hannah.greer@oakleafhealth.example>",
     "subject": "Operations Manager – where we are",
     "date": D(11, 25, 17, 50, 0),
     "body": """Hi Sam,

I know I said you'd hear from us by today, so here's a quick note rather than silence. We're still deciding — the panel meets Friday to compare notes on the final three, and our chief executive wants to sit in, which is why it has slipped.

I can't promise an answer before Monday, but you will get one either way, and it'll come from me rather than the system.

Thanks for bearing with us,
Hannah

Hannah Greer
Head of Resourcing, Oakleaf Community Health
"""})

M(slug="quillmoor-workable-ack-volume", label="other", category="ack-received",
  notes="Workable acknowledgement with a conditional: \"If you haven't heard from us within 30 days ... please assume the team won't be taking your application further\"",
  **{"from": "Quillmoor Energy <noreply@workablemail.com>",
     "subject": "Thanks for applying to Quillmoor Energy",
     "date": D(11, 16, 7, 59, 0),
     "headers": [("Auto-Submitted", "auto-generated")],
     "body": """Hi Sam,

Thanks for applying for the Business Analyst - Metering role at Quillmoor Energy. Your application has reached us and will be reviewed by the hiring team.

Due to the volume of applications we receive, we can't reply to everyone individually. If you haven't heard from us within 30 days of the closing date, please assume the team won't be taking your application further this time. We're sorry we can't do better than that.

In the meantime, you can read about life at Quillmoor on our careers site.

Quillmoor Energy Recruitment

Powered by Workable
"""})

M(slug="harbourside-offer-letter", label="other", category="offer",
  notes="offer with PDF attachment (multipart/mixed), QP with pound signs; \"I'm sorry this has taken a little longer\"",
  kind="mixed", cte="quoted-printable",
  attachments=[{"maintype": "application", "subtype": "pdf", "filename": "Harbourside_Offer_Sam_Taylor.pdf",
                "data": b"%PDF-1.4\n% placeholder offer letter for a test corpus\n1 0 obj\n<< /Type /Catalog >>\n"
                        b"endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"}],
  **{"from": "Isla Mackintosh <isla.mackintosh@harbourside-group.example>",
     "subject": "Offer of employment - Operations Manager, Harbourside Group",
     "date": D(11, 20, 10, 6, 0),
     "body": """Dear Sam,

Following your interviews with us, I am delighted to offer you the position of Operations Manager at our Leith distribution centre, reporting to Craig Dunlop, Director of Operations.

The key terms are:

- Salary: £58,000 per annum
- Start date: Monday 11 January 2027 (or as agreed)
- Holiday: 30 days plus public holidays
- Pension: 6% employer contribution

This offer is conditional on satisfactory references and right-to-work checks. Your formal offer letter and contract are attached; please sign and return them by Friday 4 December. I'm sorry this has taken a little longer than we said - if you'd like to discuss anything, just call me.

We were all very impressed, and we're delighted to be making this offer.

Kind regards,

Isla Mackintosh
People Director
Harbourside Group
"""})

M(slug="corvid-counter-offer", label="other", category="offer-negotiation",
  notes="counter-offer reply: \"We can't stretch the base to £65,000\" ... \"I'm afraid that's as far as we can go\"; Outlook quote of the owner's ask; QP",
  cte="quoted-printable", reply="thread",
  **{"from": "Yusuf Demir <yusuf.demir@corvidanalytics.example>",
     "subject": "RE: Offer - Senior Data Analyst",
     "date": D(11, 18, 15, 20, 0),
     "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
     "body": """Hi Sam,

Thanks for coming back so quickly, and for being clear about the numbers.

I've spoken with Priti and with finance. We can't stretch the base to £65,000 - the band tops out at £61,000 and going outside it means re-grading the role, which would take months. What we can do:

- base of £61,000 (up from £57,500)
- a £4,000 sign-on bonus paid with your first salary
- a salary review at six months rather than twelve

I'm afraid that's as far as we can go, and I hope it gets close enough. Could you let me know by Wednesday?

Best,
Yusuf

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 17 November 2026 20:05
To: Yusuf Demir <yusuf.demir@corvidanalytics.example>
Subject: RE: Offer - Senior Data Analyst

Hi Yusuf,

Thank you again for the offer - I'm really excited about the role. Before I accept, I wanted to ask whether there's any flexibility on the base salary. Given the on-call element and my forecasting experience, I was hoping for something closer to £65,000.

Best,
Sam
"""})

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Westerleigh Components//Interview scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:interview-boa-taylor-20261130@westerleigh.example
DTSTAMP:20261124T091500Z
DTSTART:20261130T110000Z
DTEND:20261130T120000Z
SUMMARY:Interview - Business Operations Analyst (Sam Taylor)
LOCATION:Westerleigh Components, Unit 9 Brookfield Park, Warrington
ORGANIZER;CN=Chloe Varga:mailto:chloe.varga@westerleigh.example
ATTENDEE;CN=Sam Taylor;RSVP=TRUE:mailto:sam.taylor@example.org
END:VEVENT
END:VCALENDAR
"""

M(slug="westerleigh-reschedule-cancel", label="other", category="reschedule",
  notes="\"we need to cancel Thursday's 11:00 interview\" and rebook; role still open; multipart/mixed with text/calendar",
  kind="mixed",
  attachments=[{"maintype": "text", "subtype": "calendar", "filename": "invite.ics", "data": ICS,
                "params": {"method": "REQUEST"}}],
  **{"from": "Chloe Varga <chloe.varga@westerleigh.example>",
     "subject": "Change of plan: Thursday's interview",
     "date": D(11, 24, 9, 15, 0),
     "body": """Hi Sam,

I'm sorry to do this at short notice: Ravi, who's chairing your panel for the Business Operations Analyst role, has been called out to our Antwerp site, so we need to cancel Thursday's 11:00 interview.

Nothing else has changed - the role is still open and you're very much in the running. Could we move to Monday 30 November at 11:00? I've attached a new invite; if Monday doesn't work, send me two or three times that do.

Apologies again,
Chloe

Chloe Varga
Recruitment Coordinator, Westerleigh Components
"""})

OPSBOARD_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#eef2f5;margin:0">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#12344d;color:#fff;padding:18px 24px;font-size:20px"><b>Opsboard</b> Weekly &middot; 23 November 2026</td></tr>
<tr><td style="padding:16px 24px;font-size:13px;color:#555">Your alert: &quot;operations analyst&quot; OR &quot;supply chain analyst&quot;, within 30 miles of Leeds</td></tr>
<tr><td style="padding:0 24px"><h2 style="font-size:16px">12 new jobs this week</h2>
<ol style="font-size:14px;line-height:1.6">
<li><a href="https://opsboard.example/j/88213">Supply Chain Analyst</a> &ndash; Ravensworth Brewing, Tadcaster &ndash; &pound;38&ndash;42k</li>
<li><a href="https://opsboard.example/j/88219">Operations Analyst (12-month FTC)</a> &ndash; Aire Valley Water, Bradford &ndash; &pound;36k</li>
<li><a href="https://opsboard.example/j/88240">Inventory Control Lead</a> &ndash; Penrose Outdoor, Wakefield &ndash; &pound;40k</li>
<li><a href="https://opsboard.example/j/88251">Business Analyst, Fulfilment</a> &ndash; Quickparcel, Leeds &ndash; &pound;45&ndash;50k</li>
<li><a href="https://opsboard.example/j/88277">Demand Planning Analyst</a> &ndash; Holme Dairies, Harrogate &ndash; competitive</li>
</ol>
<p style="font-size:13px"><a href="https://opsboard.example/alerts/see-all">See all 12 jobs</a></p></td></tr>
<tr><td style="padding:0 24px 16px 24px"><h2 style="font-size:16px">From the Opsboard blog</h2>
<ul style="font-size:14px;line-height:1.6">
<li><a href="https://opsboard.example/blog/rejected-after-final-round">Rejected after the final round? What hiring managers wish you knew</a></li>
<li><a href="https://opsboard.example/blog/we-went-another-way">&quot;We went another way&quot;: decoding the five most common rejection emails</a></li>
<li><a href="https://opsboard.example/blog/rejected-41-times">I was rejected 41 times before landing my planning job. Here&#8217;s my spreadsheet.</a></li>
<li><a href="https://opsboard.example/blog/reply-to-rejection">Should you reply to a rejection? (Yes. Here&#8217;s a template.)</a></li>
</ul></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f7f7f7">You&#8217;re receiving this because you created a job alert on Opsboard. <a href="https://opsboard.example/alerts">Manage alerts</a> &middot; <a href="https://opsboard.example/unsubscribe?u=st-4471">Unsubscribe</a><br>Opsboard Ltd, 3 Wellington Place, Leeds LS1 4AP</td></tr>
</table></body></html>
"""

M(slug="opsboard-weekly-digest", label="other", category="job-alert",
  notes="job-board digest, alt/QP, List-Unsubscribe; blog titles \"Rejected after the final round?\", \"We went another way\", \"I was rejected 41 times\"",
  kind="alt", cte="quoted-printable", html=OPSBOARD_HTML,
  **{"from": "Opsboard Weekly <digest@mail.opsboard.example>",
     "subject": "12 new operations jobs + Rejected after the final round? Read this",
     "date": D(11, 23, 6, 0, 0),
     "headers": [("List-Unsubscribe", "<https://opsboard.example/unsubscribe?u=st-4471>"),
                 ("List-Id", "Opsboard Weekly <weekly.opsboard.example>"), ("Precedence", "bulk")],
     "body": """OPSBOARD WEEKLY - 23 November 2026
Your alert: "operations analyst" OR "supply chain analyst", within 30 miles of Leeds

12 NEW JOBS THIS WEEK

1. Supply Chain Analyst - Ravensworth Brewing, Tadcaster - £38-42k
   https://opsboard.example/j/88213
2. Operations Analyst (12-month FTC) - Aire Valley Water, Bradford - £36k
   https://opsboard.example/j/88219
3. Inventory Control Lead - Penrose Outdoor, Wakefield - £40k
   https://opsboard.example/j/88240
4. Business Analyst, Fulfilment - Quickparcel, Leeds - £45-50k
   https://opsboard.example/j/88251
5. Demand Planning Analyst - Holme Dairies, Harrogate - competitive
   https://opsboard.example/j/88277

See all 12 jobs: https://opsboard.example/alerts/see-all

FROM THE OPSBOARD BLOG

* Rejected after the final round? What hiring managers wish you knew
* "We went another way": decoding the five most common rejection emails
* I was rejected 41 times before landing my planning job. Here's my spreadsheet.
* Should you reply to a rejection? (Yes. Here's a template.)

You're receiving this because you created a job alert on Opsboard.
Manage alerts: https://opsboard.example/alerts
Unsubscribe: https://opsboard.example/unsubscribe?u=st-4471
Opsboard Ltd, 3 Wellington Place, Leeds LS1 4AP
"""})

M(slug="tarnbrook-out-of-office", label="other", category="auto-reply",
  notes="Outlook out-of-office reply to the owner's follow-up (Auto-Submitted: auto-replied); points to another address",
  reply="yes",
  **{"from": "Fiona McAllister <fiona.mcallister@tarnbrook.example>",
     "subject": "Automatic reply: Following up - Supply Planning Manager",
     "date": D(11, 25, 8, 1, 0),
     "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     "body": """Thank you for your email. I'm on annual leave until Monday 7 December with no access to email.

For anything about current vacancies, please contact recruitment@tarnbrook.example and one of the team will pick it up. Otherwise I'll reply when I'm back.

Fiona McAllister
Senior Talent Partner, Tarnbrook Group
"""})

M(slug="fallowfield-bounce", label="other", category="bounce",
  notes="DSN (multipart/report, message/delivery-status, text/rfc822-headers) for the owner's application: \"Recipient address rejected: User unknown\"",
  kind="report", mid_domain="mx1.example.org",
  dsn_blocks=["Reporting-MTA: dns; mx1.example.org\nX-Postfix-Queue-ID: 4Hq2Lw0mZ7z9rT\n"
              "Arrival-Date: Mon, 16 Nov 2026 19:02:11 +0000",
              "Final-Recipient: rfc822; jobs@fallowfield-foods.example\n"
              "Original-Recipient: rfc822;jobs@fallowfield-foods.example\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx.fallowfield-foods.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table"],
  original_headers="""Return-Path: <sam.taylor@example.org>
From: Sam Taylor <sam.taylor@example.org>
To: jobs@fallowfield-foods.example
Subject: Application - Logistics Data Analyst (ref LDA-22)
Date: Mon, 16 Nov 2026 19:02:09 +0000
Message-ID: <b7c1e9a4f0d2@mail.example.org>
MIME-Version: 1.0
""",
  **{"from": "Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
     "subject": "Undelivered Mail Returned to Sender",
     "date": D(11, 16, 19, 2, 0),
     "headers": [("Auto-Submitted", "auto-replied")],
     "body": """This is the mail system at host mx1.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jobs@fallowfield-foods.example>: host mx.fallowfield-foods.example[198.51.100.23]
    said: 550 5.1.1 <jobs@fallowfield-foods.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""})

MORTGAGE_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;color:#222">
<table width="600" align="center"><tr><td>
<p style="color:#5b2a86;font-size:22px">Kingsmead Building Society</p>
<p>Dear Sam Taylor,</p>
<p><b>Your Mortgage in Principle application &ndash; reference MIP-7730215</b></p>
<p>Thank you for applying for a Mortgage in Principle with us. Having looked at the information you gave us and at the details held by the credit reference agency, we&#8217;re unable to offer you a Mortgage in Principle at the moment.</p>
<p>This doesn&#8217;t affect your existing savings accounts with us. A change in circumstances &ndash; for example, a longer time with your current employer &ndash; may lead to a different result, and you&#8217;re welcome to apply again in three months.</p>
<p>You have the right to ask which credit reference agency we used. You can reach our mortgage team on 0345 555 0190, Monday to Friday, 8am to 6pm.</p>
<p>Yours sincerely,<br>Mortgage Services<br>Kingsmead Building Society</p>
<p style="font-size:11px;color:#777">Kingsmead Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. This is an automated email &ndash; please don&#8217;t reply.</p>
</td></tr></table></body></html>
"""

M(slug="kingsmead-mortgage-declined", label="other", category="non-job-rejection",
  notes="mortgage in principle declined (\"unable to offer you a Mortgage in Principle\", \"a longer time with your current employer\"); HTML-only base64",
  kind="html", cte="base64", html=MORTGAGE_HTML,
  **{"from": "Kingsmead Building Society <noreply@kingsmead-bs.example>",
     "subject": "Your Mortgage in Principle application",
     "date": D(10, 3, 20, 41, 1),
     "headers": [("Auto-Submitted", "auto-generated")]})

M(slug="hartwell-scholarship", label="other", category="non-job-rejection",
  notes="part-time MSc scholarship not awarded (\"your application was not among those selected\"); Bcc (undisclosed-recipients); 72-col wrap",
  wrap=True,
  **{"from": "Hartwell Scholarship Office <scholarships@pennine-university.example>",
     "to": "undisclosed-recipients:;",
     "subject": "Hartwell Scholarship 2026/27 - outcome of your application",
     "date": D(9, 15, 16, 0, 1),
     "body": """Dear applicant,

Thank you for applying for a Hartwell Scholarship towards the part-time MSc in Supply Chain Management starting in January 2027.

The committee received 212 applications for four awards this year, and your application was not among those selected. The standard of applications was exceptionally high, and the committee has asked me to stress that this decision does not affect your offer of a place on the programme, which remains open until 30 November.

Other sources of funding, including employer sponsorship and the postgraduate loan, are listed on our fees and funding pages.

With best wishes,

Dr Eleanor Pask
Scholarships Officer
Pennine University Business School
"""})

M(slug="the-queue-podcast-pass", label="other", category="non-job-rejection",
  notes="podcast guest pitch declined (\"we're going to pass for this season\"); Gmail quote of the owner's pitch; 8bit",
  cte="8bit", reply="yes",
  **{"from": "Leo Marchetti <leo@thequeuepodcast.example>",
     "subject": "Re: Guest pitch - what warehouses can learn from A&E triage",
     "date": D(10, 10, 11, 27, 1),
     "body": """Hey Sam,

Love the angle — genuinely. But we're going to pass for this season: the guest list is locked until April, and we covered triage with an NHS ops lead back in episode 88, so it'd feel like a repeat to our listeners.

If you can find a twist that isn't healthcare (returns? peak season?), pitch us again in the spring and I'll push it up the pile.

Cheers,
Leo
The Queue — a podcast about operations

On Tue, 6 Oct 2026 at 21:14, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Leo,
>
> Long-time listener. I'd love to come on and talk about what warehouse
> teams can borrow from A&E triage - I've used a simple red/amber/green
> intake rule to cut same-day exceptions by a third. Happy to send notes.
>
> Best,
> Sam
"""})

M(slug="forge-and-flow-gym", label="other", category="non-job-rejection",
  notes="gym founding-member rate application declined (\"we can't offer you that rate\", waitlist); alt/QP",
  kind="alt", cte="quoted-printable",
  **{"from": "Forge & Flow Fitness <membership@forgeandflow.example>",
     "subject": "Your Founding Member application",
     "date": D(9, 21, 12, 0, 1),
     "body": """Hi Sam,

Thanks for applying for a Founding Member place at Forge & Flow Kirkstall.

The Founding Member list filled up faster than we ever expected, and it closed before we got to your application, so we can't offer you that rate. We're really sorry about that.

The good news: you can still join on our standard membership (no joining fee if you sign up before 1 October), and we've put you on the waitlist in case a founding place is released.

See you on the floor,
The Forge & Flow team
"""})

M(slug="stackfold-sponsorship-no", label="other", category="non-job-rejection",
  notes="sponsorship request for the owner's meetup declined (\"we've had to say no to every community sponsorship request\"); Gmail quote",
  reply="yes",
  **{"from": "Nikhil Rao <nikhil.rao@stackfold.example>",
     "subject": "Re: Sponsorship - Leeds Ops & Data Meetup 2027",
     "date": D(11, 12, 14, 44, 0),
     "body": """Hi Sam,

Thanks for thinking of us, and for the clear deck - it's rare to get attendance numbers up front.

I've checked with our marketing lead and we've had to say no to every community sponsorship request for 2027; the events budget has been cut back to two trade shows. It's nothing to do with the meetup itself, which several of our engineers rate highly.

If things change mid-year I'll reach out. Happy to send a couple of speakers your way in the meantime if that helps.

Best,
Nikhil

Nikhil Rao
Partnerships Manager, Stackfold

On Mon, 9 Nov 2026 at 19:30, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Nikhil,
>
> I run the Leeds Ops & Data Meetup (about 120 people a month). We're
> looking for two sponsors for 2027 to cover venue and pizza - deck
> attached. Would Stackfold be interested?
>
> Thanks,
> Sam
"""})

M(slug="holt-pryor-lettings", label="other", category="non-job-rejection",
  notes="rental flat: \"The landlord has gone with another applicant for 14 Mercer Street\"",
  **{"from": "Holt & Pryor Lettings <lettings@holtpryor.example>",
     "subject": "14 Mercer Street - update on your application",
     "date": D(10, 5, 17, 22, 1),
     "body": """Dear Sam,

Thank you for viewing 14 Mercer Street on Saturday and for getting your holding-deposit paperwork to us so quickly.

The landlord has gone with another applicant for 14 Mercer Street, who was able to move in on 1 November. Your holding deposit has not been taken, so there is nothing to refund.

We have two similar one-bedroom flats coming to market in Chapel Allerton later this month, and we'll send you the details before they go online.

Kind regards,

Jodie Farrant
Lettings Negotiator
Holt & Pryor Lettings
"""})

M(slug="northern-makers-fair-booth", label="other", category="non-job-rejection",
  notes="trade-fair stall (exhibitor) application not accepted for the owner's side business; alt/QP",
  kind="alt", cte="quoted-printable",
  **{"from": "Northern Makers Fair <stalls@northernmakers.example>",
     "subject": "Your stall application – Northern Makers Christmas Fair 2026",
     "date": D(9, 30, 10, 5, 1),
     "body": """Dear Sam,

Thank you for applying to exhibit Taylor & Wick Candles at the Northern Makers Christmas Fair (5-6 December, Victoria Hall).

We had 640 applications for 180 stalls this year. Our selection panel aims for a balanced mix of crafts, and with a very high number of candle and home-fragrance makers applying, your stall application has not been accepted this time.

You're welcome to apply for our Spring Fair; applications open on 12 January. Your application fee will be refunded within five working days.

Warm wishes,
The Northern Makers team
"""})

M(slug="ijws-manuscript-regret", label="other", category="non-job-rejection",
  notes="journal manuscript declined: \"We regret that we are unable to accept it\"; reviewer comments; 72-col wrap",
  wrap=True,
  **{"from": "Int. J. of Warehouse Systems <ijws-editorial@editorialmanager.example>",
     "subject": "Decision on manuscript IJWS-D-26-00871",
     "date": D(9, 8, 9, 17, 1),
     "body": """Ref.: Ms. No. IJWS-D-26-00871
Dynamic slotting under seasonal demand: evidence from a UK grocery DC

Dear Sam Taylor,

Thank you for submitting your manuscript to the International Journal of Warehouse Systems. It has now been read by two reviewers and by the handling editor.

We regret that we are unable to accept it for publication. Both reviewers found the case data interesting, but felt that the contribution over existing slotting heuristics was not sufficiently established for a research article. Their comments are below, and we hope you will find them helpful if you revise the work for a practice-oriented outlet.

Reviewer #1: The empirical setting is valuable, but the comparison is only against the site's previous rule of thumb. A comparison with at least one published heuristic is needed.

Reviewer #2: Section 4 would benefit from a sensitivity analysis on the demand forecast error.

Yours sincerely,

Prof. Henrik Lund
Editor-in-Chief
International Journal of Warehouse Systems
"""})

M(slug="colleague-turn-down-candidate-3", label="other", category="owner-is-hiring",
  notes="the owner is on a hiring panel: colleague says \"Let's turn down candidate 3\" and asks the owner to send the decline; another colleague in Cc",
  **{"from": "Jess Aldridge <jess.aldridge@tidemarkfoods.example>",
     "cc": "Ravi Menon <ravi.menon@tidemarkfoods.example>",
     "subject": "Junior Data Analyst interviews - where I've landed",
     "date": D(11, 19, 17, 3, 0),
     "body": """Hi Sam,

I've been through the scorecards from yesterday. Let's turn down candidate 3 - the SQL test was weak and he didn't really engage with the stock-accuracy case. Candidates 1 and 5 to the final round?

Could you send the decline to 3 today so he isn't left hanging? I'd rather it came from you, as you ran the technical part. Ravi, shout if you disagree.

Jess

Jess Aldridge
Head of Planning, Tidemark Foods
"""})

RECRUITEE_NOTE_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p style="font-size:12px;color:#888">Tidemark Foods &middot; Hiring activity</p>
<p><b>Lucy Fenwick</b> moved to <span style="background:#fde2e2;color:#a12622;padding:2px 6px;border-radius:3px">Rejected</span> by Sam Taylor</p>
<table style="font-size:13px;border-collapse:collapse">
<tr><td style="padding:4px 12px 4px 0;color:#888">Job</td><td>Junior Data Analyst</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#888">Stage</td><td>Technical interview &rarr; Rejected</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#888">Reason</td><td>Skills gap &ndash; SQL</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#888">Email to candidate</td><td>Sent (template: &quot;Post-interview &ndash; personal&quot;)</td></tr>
</table>
<p><a href="https://tidemarkfoods.recruitee.example/admin/candidates/44187" style="color:#1b6fd1">View candidate</a></p>
<p style="font-size:11px;color:#999">You receive this because you are on the hiring team for Junior Data Analyst. Change notification settings in Recruitee.</p>
</div></body></html>
"""

M(slug="recruitee-moved-to-rejected-by-sam", label="other", category="owner-is-hiring",
  notes="Recruitee hiring-team notification: \"Lucy Fenwick moved to Rejected by Sam Taylor\"; HTML-only QP",
  kind="html", cte="quoted-printable", html=RECRUITEE_NOTE_HTML,
  **{"from": "Recruitee <notifications@mail.recruitee.com>",
     "subject": "Lucy Fenwick moved to Rejected – Junior Data Analyst",
     "date": D(11, 20, 11, 42, 0),
     "headers": [("Auto-Submitted", "auto-generated")]})

M(slug="candidate-thanks-sam-for-decline", label="other", category="owner-is-hiring",
  notes="a candidate replies to the owner's own rejection (quoted, \"we've decided to offer the role to a candidate with more SQL experience\") and asks for feedback",
  reply="yes",
  **{"from": "Lucy Fenwick <lucy.fenwick@mailbox.example>",
     "subject": "Re: Junior Data Analyst - your application",
     "date": D(11, 20, 19, 16, 0),
     "body": """Hi Sam,

Thank you for letting me know, and for doing it personally - it made a real difference after a long week of automated emails.

I'd really appreciate any feedback on the SQL exercise, as that's clearly where I need to improve. And if another junior role comes up at Tidemark, I'd love to be considered.

Best wishes,
Lucy

On Fri, 20 Nov 2026 at 11:42, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Lucy,
>
> Thank you for coming in on Wednesday for the Junior Data Analyst
> interview. I'm sorry to say we've decided to offer the role to a
> candidate with more SQL experience. You were great on the stock-accuracy
> case, and I'd be happy to talk through the technical test if useful.
>
> Kind regards,
> Sam Taylor
> Tidemark Foods
"""})

M(slug="brackenhill-thanks-for-your-note", label="other", category="reply-to-followup",
  notes="recruiter thanks the owner for a graceful follow-up; the earlier rejection (\"the Planning Analyst role went to another candidate\") only in the owner's quoted note; 8bit",
  cte="8bit", reply="thread",
  **{"from": "Anjali Kapoor <anjali.kapoor@brackenhill.example>",
     "subject": "Re: Thank you",
     "date": D(10, 29, 9, 4, 0),
     "body": """Sam — what a kind note. Honestly, very few people reply after hearing no, let alone like this.

I've passed it on to Mark, and I've flagged your profile so the team sees it first when the planning roles open in March. Speak soon.

Anjali

Anjali Kapoor
Talent Partner | Brackenhill Building Products

On Wed, 28 Oct 2026 at 18:22, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Anjali,
>
> Thanks for letting me know that the Planning Analyst role went to
> another candidate - I appreciated the call rather than an email. I
> really enjoyed meeting Mark and the team in Gainsborough, and I'd be
> glad to be considered if anything similar comes up.
>
> All the best,
> Sam
"""})

M(slug="friend-forwards-rejection", label="other", category="friend-forward",
  notes="friend forwards her own rejection (Gmail forwarded block, \"we'll be progressing with other applicants\") asking how to reply; emoji, 8bit",
  cte="8bit",
  **{"from": "Maya Castellanos <maya.castellanos@mailbox.example>",
     "subject": "Fwd: Your application to Redfern Analytics",
     "date": D(11, 17, 12, 30, 0),
     "body": """Sam!! help. got this this morning. should I reply?? what do I even say? you're basically the expert on these now 🙃

coffee on sat?
M

---------- Forwarded message ---------
From: Redfern Analytics Talent <talent@redfern.example>
Date: Tue, 17 Nov 2026 at 09:12
Subject: Your application to Redfern Analytics
To: Maya Castellanos <maya.castellanos@mailbox.example>


Hi Maya,

Thanks for interviewing for the Pricing Analyst role. After discussing all the interviews, we'll be progressing with other applicants whose pricing-model experience is closer to what the team needs.

We appreciate your time and wish you every success.

Redfern Analytics Talent Team
"""})

M(slug="quayside-referral-not-selected", label="other", category="referral-outcome",
  notes="the owner referred a friend; the recruiter tells the owner the friend \"hasn't been selected for interview\"",
  reply="yes",
  **{"from": "Tom Bexley <tom.bexley@quayside-retail.example>",
     "subject": "Re: Referral - Priyanka Shah for Category Analyst",
     "date": D(11, 13, 10, 40, 0),
     "body": """Hi Sam,

Thanks again for putting Priyanka forward for the Category Analyst role. I wanted you to hear it from me before the system emails her: she hasn't been selected for interview this time. The hiring manager went for people with FMCG buying experience, and her background is mostly in hospitality.

Her CV was strong, though, and I've tagged it for the merchandising analyst roles we're opening in January. Do keep the referrals coming - your last one is now running our replenishment desk.

Cheers,
Tom

Tom Bexley
Talent Acquisition, Quayside Retail
"""})

SURVEY_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;background:#f6f6f6;margin:0">
<table width="560" align="center" style="background:#fff;padding:24px">
<tr><td>
<p style="font-size:18px;color:#0d5c46"><b>Glenrowan Foods</b></p>
<p>Hi Sam,</p>
<p>You recently took part in our recruitment process for the <b>Operations Analyst</b> role. Whatever the outcome, we&#8217;d love to know how it felt from your side &ndash; what worked, what didn&#8217;t, and what we should change.</p>
<p>Tell us how we did: it takes about two minutes and your answers are anonymous.</p>
<p><b>How likely are you to recommend applying to Glenrowan Foods to a friend?</b></p>
<p>
<a href="https://survey.candidatepulse.example/r/gf-2211?s=0" style="padding:6px 9px;border:1px solid #ccc;text-decoration:none">0</a>
<a href="https://survey.candidatepulse.example/r/gf-2211?s=5" style="padding:6px 9px;border:1px solid #ccc;text-decoration:none">5</a>
<a href="https://survey.candidatepulse.example/r/gf-2211?s=10" style="padding:6px 9px;border:1px solid #ccc;text-decoration:none">10</a>
</p>
<p><a href="https://survey.candidatepulse.example/r/gf-2211" style="background:#0d5c46;color:#fff;padding:10px 18px;text-decoration:none">Start the survey</a></p>
<p>Thank you,<br>Glenrowan Foods Talent Team</p>
<p style="font-size:11px;color:#999">Sent by CandidatePulse on behalf of Glenrowan Foods. <a href="https://survey.candidatepulse.example/optout">Opt out of surveys</a></p>
</td></tr></table></body></html>
"""

M(slug="glenrowan-candidate-survey", label="other", category="candidate-survey",
  notes="post-process candidate-experience survey (\"Whatever the outcome ... Tell us how we did\"); HTML-only QP, NPS buttons",
  kind="html", cte="quoted-printable", html=SURVEY_HTML,
  **{"from": "Glenrowan Foods Talent <survey@candidatepulse.example>",
     "subject": "How did we do? Two minutes on your Glenrowan Foods experience",
     "date": D(11, 21, 10, 0, 0),
     "headers": [("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://survey.candidatepulse.example/optout>")]})

M(slug="norrbyte-owner-turned-down-offer", label="other", category="owner-declines",
  notes="recruiter replies to the owner declining an offer: \"sorry to hear you're turning us down\"; Gmail quote of the owner's decline",
  reply="thread",
  **{"from": "Marcus Lindqvist <marcus.lindqvist@norrbyte.example>",
     "subject": "Re: Decision on the Operations Manager offer",
     "date": D(11, 23, 16, 8, 1),
     "body": """Hi Sam,

Sorry to hear you're turning us down, but I completely understand - a team that size and a chance to build the planning function from scratch are hard to argue with. Thank you for telling us quickly and so clearly; it means we can go back to our second candidate this week.

The door's open if things change. Good luck with the new role.

Marcus

Marcus Lindqvist
Talent Lead, Norrbyte

On Mon, 23 Nov 2026 at 12:40, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Marcus,
>
> Thank you so much for the offer for the Operations Manager role. After
> a lot of thought I've decided to decline it - I've accepted another
> offer where I'd be setting up a planning team from scratch. I really
> enjoyed meeting everyone and hope our paths cross again.
>
> Best wishes,
> Sam
"""})
