"""Content of held-out corpus 7: one dict per message (headers, body, labels).

Read by make_messages.py. Mailbox owner: Sam Taylor <sam.taylor@example.org>, a software engineer /
engineering manager applying in the UK, Ireland, Germany, the Netherlands, Canada and Australia. All people,
companies and domains are invented; ATS senders follow the vendors' usual address patterns.
"""
from textwrap import dedent

SAM = ("Sam Taylor", "sam.taylor@example.org")


def T(s: str) -> str:
    """Dedent a triple-quoted body and drop the first newline."""
    return dedent(s).lstrip("\n")


def M(**kw):
    kw.setdefault("to", [SAM])
    kw.setdefault("cc", [])
    kw.setdefault("reply_hdr", None)
    kw.setdefault("kind", "plain")
    kw.setdefault("charset", "utf-8")
    kw.setdefault("cte", "quoted-printable")
    kw.setdefault("html_cte", "quoted-printable")
    kw.setdefault("html", None)
    kw.setdefault("refs", [])
    kw.setdefault("headers", [])
    kw.setdefault("wrap", False)
    kw.setdefault("attach", None)
    for k in ("reply_to", "first", "company", "role"):
        kw.setdefault(k, "")
    return kw


MESSAGES = []
add = MESSAGES.append

# ---------------------------------------------------------------------------------------------------------
# Rejections
# ---------------------------------------------------------------------------------------------------------

add(M(
    slug="brindle-takehome-bar", label="rejection", category="after-tech-test",
    reply_to="marisol.pennington@brindlepay.example", first="Marisol", company="Brindle Pay",
    role="Senior Backend Engineer",
    notes="take-home reviewed: \"your solution didn't meet the bar we set\"; Gmail quote of the owner's "
          "submission; registered-office footer",
    frm=("Marisol Pennington", "marisol.pennington@brindlepay.example"),
    subject="Re: Take-home submission \u2013 Senior Backend Engineer",
    date="2026-10-14 16:42", tz="Europe/London",
    refs=[("brindle-submission", "example.org")],
    body=T("""
        Hi Sam,

        Thanks for turning the ledger exercise around so quickly, and for the thorough README \u2014 two of the reviewers called it out specifically.

        I'll be straight with you: the reviewers felt your solution didn't meet the bar we set for this level. The reconciliation logic worked for the happy path, but idempotency on retried transfers was missing, and that was the part of the brief we weighted most heavily. Because of that, we won't be inviting you to the on-site stage for the Senior Backend Engineer role.

        I know a take-home eats into someone's evenings, so if a 15-minute call to go through the reviewers' notes would be useful, reply here and I'll find a slot.

        Thanks again, and the very best with the search.

        Marisol

        Marisol Pennington
        Talent Partner, Engineering
        Brindle Pay Ltd \u00b7 41 Hatton Garden, London EC1N 8EH

        Brindle Pay Ltd is registered in England and Wales (No. 10934476). This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it and let the sender know.

        On Fri, 9 Oct 2026 at 21:07, Sam Taylor <sam.taylor@example.org> wrote:
        > Hi Marisol,
        >
        > Please find my submission for the ledger exercise here:
        > https://git.example.org/samtaylor/brindle-ledger-exercise
        >
        > The README covers my assumptions and what I'd do with more time.
        >
        > Best,
        > Sam
        """),
))

add(M(
    slug="northfold-system-design-toronto", label="rejection", category="after-system-design",
    reply_to="devika.raman@northfold.example", first="Devika", company="Northfold Freight",
    role="Senior Software Engineer, Data Platform",
    notes="Canadian English (colour, centre, time zones); indirect decisive sentence \"I don't see a path to "
          "an offer\" after the system design round; multipart/alternative QP",
    frm=("Devika Raman", "devika.raman@northfold.example"),
    subject="Northfold \u2013 following up on your system design interview",
    date="2026-10-23 10:05", tz="America/Toronto", kind="alt",
    body=T("""
        Hi Sam,

        Thanks for making the time on Thursday, especially at 8 p.m. your time. I know an evening slot across the Atlantic isn't anyone's favourite.

        I've now gone through the write-ups from the system design round with Ahmed and Lucie. They liked how you framed the problem and the colour you added around back-pressure and consumer lag. Where it came apart was the storage layer: the event store design didn't hold up once they pushed on partitioning and replay, and on this team that is the day-to-day work.

        Weighing it all up, I don't see a path to an offer for the Senior Software Engineer, Data Platform role, and I'd rather tell you that now than keep you waiting while we finish the remaining loops.

        If a team at Northfold opens something closer to your product-engineering background, I'd be glad to reach out. And if you'd like a call to hear the feedback in more detail, I'm happy to set one up \u2014 just tell me what suits.

        All the best,
        Devika

        Devika Raman (she/her)
        Engineering Manager, Data Platform
        Northfold Freight Inc. | 200 Wellington St W, Suite 900, Toronto, ON M5V 3C7
        Our Toronto operations centre is closed on statutory holidays.
        """),
))

add(M(
    slug="bluegum-pairing-go", label="rejection", category="after-pair-programming",
    reply_to="callum.whitlock@bluegumlabs.example", first="Callum", company="Bluegum Labs",
    role="Backend Engineer (Go)",
    notes="Australian English (heaps, arvo, reckon, cheers); indirect decisive sentence \"we're going to keep "
          "looking for someone who's shipped a fair bit more Go in production\" after a pairing session; "
          "8bit UTF-8; RFC 2047 subject (en dash)",
    frm=("Callum Whitlock", "callum.whitlock@bluegumlabs.example"),
    subject="Bluegum Labs \u2013 Backend Engineer (Go) pairing session",
    date="2026-11-05 14:20", tz="Australia/Melbourne", cte="8bit",
    body=T("""
        Hi Sam,

        Thanks heaps for jumping on the pairing session on Tuesday arvo \u2014 which I reckon was about 5 a.m. for you, so above and beyond. Tash and I both enjoyed it, and you were great at talking through your thinking while we hacked on the rate limiter.

        We've talked it over as a team, and we're going to keep looking for someone who's shipped a fair bit more Go in production. Nearly all our services are Go, and whoever sits in this seat joins the on-call roster in week two, so we need someone who can hit the ground running in the language rather than pick it up on the job. Your Kotlin and Java depth was obvious, so please don't take this as a knock on your engineering.

        Hope the search goes well \u2014 and if you ever end up in Melbourne, the flat white's on me.

        Cheers,
        Callum

        Callum Whitlock
        Engineering Lead, Bluegum Labs
        Level 3, 88 Flinders Lane, Melbourne VIC 3000
        """),
))

add(M(
    slug="halcyon-hiring-committee", label="rejection", category="hiring-committee",
    reply_to="jonah.abernethy@halcyonmaps.example", first="Jonah", company="Halcyon Maps",
    role="Engineering Manager, Routing",
    notes="after a five-interview on-site loop, a hiring committee that was not in the loop \"did not approve "
          "an offer\"; bulleted committee summary; 72-col hard wrap; 7bit",
    frm=("Jonah Abernethy", "jonah.abernethy@halcyonmaps.example"),
    subject="Hiring committee outcome \u2013 Engineering Manager, Routing",
    date="2026-09-30 11:30", tz="Europe/London", charset="us-ascii", cte="7bit", wrap=True,
    body=T("""
        Hi Sam,

        Thank you again for spending the whole of last Thursday with us. Five conversations back to back is a long day, and every interviewer mentioned how well you kept your energy up through the last one.

        As I explained at the start, at Halcyon Maps no single interviewer makes the call: the packet (all five write-ups plus your CV) goes to a hiring committee of senior engineers and managers who weren't in the loop. The committee met on Tuesday, and they did not approve an offer for the Engineering Manager, Routing position.

        Their summary, which I'm sharing with their permission:

          - People leadership: strong. Your growth-plan and difficult-conversation scenarios were two of the best write-ups the committee has seen this year.
          - Execution: solid, with good examples of delivery against a fixed deadline.
          - Technical depth in routing and graph problems: mixed. In the architecture session the committee felt the shortest-path caching design leaned on the interviewer for the key ideas.

        For manager roles we need a clear yes on all three, and committee decisions are final for this hiring cycle. You're welcome to apply again after 12 months, and I'd genuinely be glad to see your name come through.

        If it would help to talk it through, I'm around all week.

        Best wishes,
        Jonah

        --
        Jonah Abernethy
        Technical Recruiter | Halcyon Maps
        3 Paddington Basin Walk, London W2 1AS
        """),
))

add(M(
    slug="ferrule-em-casual", label="rejection", category="em-casual",
    reply_to="ruben@ferrule.example", first="Ruben", company="Ferrule", role="Senior Platform Engineer",
    notes="engineering manager writing email in Slack tone (lowercase, tl;dr, emoji); indirect decisive "
          "sentence \"we've decided the timing isn't right to bring you on\"; 8bit UTF-8",
    frm=("Ruben Oyelaran", "ruben@ferrule.example"),
    subject="Senior Platform Engineer \u2013 where we landed",
    date="2026-11-12 22:48", tz="Europe/Amsterdam", cte="8bit",
    body=T("""
        hey Sam \U0001F44B

        quick one, sorry it's late \u2014 mad week with the launch.

        tl;dr we talked it through as a team and we've decided the timing isn't right to bring you on. nothing to do with how you did, the convos with you were honestly some of the best we've had this quarter. we have to land the billing migration first and only have headroom for one senior hire, and right now that seat needs someone who's lived inside Stripe billing for years \U0001F643

        happy to jump on a call if you want the longer version. and ping me in ~6 months, things move fast here

        ty again for all the time you put in!!
        \u2014 Ruben

        Ruben Oyelaran \u00b7 Eng Manager, Platform @ Ferrule
        ferrule.example \u00b7 Amsterdam
        """),
))

add(M(
    slug="tolka-irish-internal", label="rejection", category="internal-candidate",
    reply_to="aoife.brennan@tolkahealth.example", first="Aoife", company="Tolka Health",
    role="Staff Software Engineer",
    notes="Irish English (thanks a million, I'm only after getting, no bother, Le meas); role \"has gone to "
          "someone already on the team\"; offers to keep details; registered-office footer; alt QP",
    frm=("Aoife Brennan", "aoife.brennan@tolkahealth.example"),
    subject="Staff Software Engineer \u2013 update from Tolka Health",
    date="2026-10-08 15:10", tz="Europe/Dublin", kind="alt",
    body=T("""
        Hi Sam,

        Hope you're keeping well, and thanks a million for your patience \u2014 I know it's nearly three weeks since you met Ciar\u00e1n and the team.

        I'm only after getting the final word from the panel. The Staff Software Engineer role has gone to someone already on the team: one of our own engineers from the claims squad put his name forward late in the process, and with him having run the platform migration for the past year, the panel went with him.

        I'd hate for that to take away from how well you did. Ciar\u00e1n said your session on incident reviews was the best he's sat in on all year, and he'd be delighted to have you back for the next senior opening, which mightn't be too far off. If you're happy for me to hang on to your details for that, just say the word.

        Sorry it's not better news, and no bother at all if you'd like a quick chat about it.

        Le meas,
        Aoife

        Aoife Brennan
        Talent Acquisition Partner
        Tolka Health DAC | 4 Grand Canal Quay, Dublin 2, D02 X9Y4

        Tolka Health DAC is registered in Ireland, company number 612871. This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
        """),
))

add(M(
    slug="tarnwell-relevelled-overqualified", label="rejection", category="re-levelled",
    reply_to="harriet.brayshaw@tarnwelldigital.example", first="Harriet", company="Tarnwell Digital",
    role="Lead Software Engineer",
    notes="role re-levelled from lead to Software Engineer II; the owner would be overqualified, so the "
          "application is closed (\"we're closing it\"); counterpart of the re-levelled hard negative; 7bit",
    frm=("Harriet Brayshaw", "harriet.brayshaw@tarnwelldigital.example"),
    subject="Lead Software Engineer - a change to the role",
    date="2026-11-10 09:15", tz="Europe/London", charset="us-ascii", cte="7bit",
    body=T("""
        Hi Sam,

        I wanted to tell you about a change on our side before you heard it second-hand.

        Since we spoke on the 28th, the finance review has reworked the budget for the product engineering group, and the Lead Software Engineer vacancy has been re-levelled to a Software Engineer II. It's now an individual-contributor role on a single squad, with no line management, and the salary band has come down to match.

        Having read your CV and talked with you for an hour, I think you'd be overqualified for it, and I'd be doing you a disservice to pretend otherwise. You've run a team of seven and an on-call rota across three time zones; this job would have you picking up tickets from someone else's backlog. So rather than move your application across to the new, smaller role, we're closing it.

        If the lead role comes back next financial year, which our CTO hopes it will, you'll be the first person I call.

        Thanks for being so easy to work with.

        Harriet

        Harriet Brayshaw
        Senior Talent Partner
        Tarnwell Digital Ltd, Wharf Chambers, 23 Wharf Street, Leeds LS2 7EQ
        """),
))

add(M(
    slug="quillon-referral-hm-passed", label="rejection", category="referral",
    reply_to="bethany.cho@quillon.example", first="Bethany", company="Quillon Security",
    role="Senior Software Engineer, Identity",
    notes="internal referral (the referrer in Cc) that didn't work out: the hiring manager is \"not taking "
          "your application through to interviews this time\"; reply_to is the recruiter, not the Cc'd friend",
    frm=("Bethany Cho", "bethany.cho@quillon.example"),
    cc=[("Femi Adeyemi", "femi.adeyemi@quillon.example")],
    subject="Your referral for Senior Software Engineer, Identity",
    date="2026-10-19 13:02", tz="Europe/London",
    body=T("""
        Hi Sam,

        Femi put your name forward for the Senior Software Engineer, Identity opening a couple of weeks ago (I've copied him so he's in the loop), and I wanted to write to you myself rather than let our system send its standard note.

        In\u00e9s, the hiring manager, read your CV and Femi's referral notes carefully. The team is about to rebuild its token service, and she's set on finding someone who has implemented OAuth 2.0 and OpenID Connect at the protocol level rather than integrated them. She didn't feel your background showed that, so she's not taking your application through to interviews this time.

        I know a referral carries a bit more hope than a cold application, so I'm sorry this one didn't land. Femi spoke really highly of you, and that won't be forgotten if a platform or engineering-management role opens here.

        Kind regards,
        Bethany

        Bethany Cho
        Talent Partner | Quillon Security
        12 Bream's Buildings, London EC4A 1DT
        """),
))

add(M(
    slug="kestrel-team-paused", label="rejection", category="role-paused",
    reply_to="jana.koehler@kestrel-mobility.example", first="Jana", company="Kestrel Mobility",
    role="Engineering Manager \u2013 Vehicle Data",
    notes="German company writing in English: \"we've paused hiring for the Vehicle Data team\", all processes "
          "closed; RFC 2047 display name (K\u00f6hler); base64 text/plain; Handelsregister footer",
    frm=("Jana K\u00f6hler", "jana.koehler@kestrel-mobility.example"),
    subject="Engineering Manager \u2013 Vehicle Data: hiring paused",
    date="2026-11-02 17:35", tz="Europe/Berlin", cte="base64",
    body=T("""
        Dear Sam,

        Thank you for your time over the last few weeks and for the conversations with Matthias and Yusuf.

        I'm writing because we've paused hiring for the Vehicle Data team. Last week our leadership group decided to fold the team's roadmap into the wider Connected Car platform, and until the new structure is settled \u2014 realistically not before the end of Q1 2027 \u2014 there is no Engineering Manager \u2013 Vehicle Data position to fill. All open processes for the role have been closed, including yours.

        I want to be clear that this is a business decision and not a judgement on your interviews, which went well. If the role comes back in a different shape, I will contact you before we advertise it.

        With best regards,
        Jana K\u00f6hler
        Senior Recruiter Tech

        Kestrel Mobility GmbH \u00b7 Leopoldstra\u00dfe 180 \u00b7 80804 M\u00fcnchen
        Sitz der Gesellschaft: M\u00fcnchen \u00b7 Registergericht: Amtsgericht M\u00fcnchen HRB 271845
        Gesch\u00e4ftsf\u00fchrung: Dr. Anton Reiss, Sabine Lutz
        """),
))

add(M(
    slug="vlinder-offer-withdrawn-visa", label="rejection", category="offer-withdrawn",
    reply_to="marloes.vandijk@vlinderenergy.example", first="Marloes", company="Vlinder Energy",
    role="Senior Software Engineer, Grid Forecasting",
    notes="accepted offer withdrawn after the visa route failed (IND suspended the employer's recognised-sponsor "
          "status; kennismigrant permit impossible); reply over the owner's quoted acceptance; alt QP",
    frm=("Marloes van Dijk", "marloes.vandijk@vlinderenergy.example"),
    subject="Re: Accepting the offer \u2013 Senior Software Engineer, Grid Forecasting",
    date="2026-11-18 11:20", tz="Europe/Amsterdam", kind="alt",
    refs=[("vlinder-offer", "vlinderenergy.example"), ("vlinder-accept", "example.org")],
    body=T("""
        Dear Sam,

        I'm afraid I have difficult news, and I wanted you to have it in writing straight after our call this morning.

        Our offer of 2 October for the Senior Software Engineer, Grid Forecasting position was conditional on the IND approving your residence permit as a highly skilled migrant (kennismigrant). Yesterday the IND informed us that our recognised-sponsor status has been suspended while they review our records after the merger with Stroomkracht, and that no new permits can be issued under it until the review ends, which may take six months or more.

        We looked hard for a workaround, including employing you through an employer of record in the UK, but the role needs access to grid-operator systems that may only be operated from within the Netherlands. Without a valid permit we cannot lawfully employ you, and so we have to withdraw the offer.

        We will of course reimburse the costs you've already incurred for document legalisation and the flights for your house-hunting trip; please send the receipts to me directly.

        I'm genuinely sorry. Everyone who met you was looking forward to working with you, and if our sponsor status is restored I would like to reopen this conversation.

        Kind regards,
        Marloes van Dijk
        HR Business Partner
        Vlinder Energy B.V. | Danzigerkade 19, 1013 AP Amsterdam | KvK 81234567

        -----Original Message-----
        From: Sam Taylor <sam.taylor@example.org>
        Sent: Monday, 5 October 2026 19:02
        To: Marloes van Dijk <marloes.vandijk@vlinderenergy.example>
        Subject: Accepting the offer \u2013 Senior Software Engineer, Grid Forecasting

        Dear Marloes,

        I'm delighted to accept the offer for the Senior Software Engineer, Grid Forecasting role. The signed contract is attached, and I've started gathering the documents for the kennismigrant application.

        Looking forward to it!
        Sam
        """),
))

add(M(
    slug="lumenwise-greenhouse-survey", label="rejection", category="ats-automated",
    reply_to="tamsin.reyes@lumenwise.example", first="Tamsin", company="Lumenwise",
    role="Senior Site Reliability Engineer",
    notes="Greenhouse (us.greenhouse-mail.io) with a person in Reply-To; \"we won't be extending an offer\" "
          "after the final round, then asks for feedback on the candidate experience (survey link)",
    frm=("Lumenwise Recruiting", "no-reply@us.greenhouse-mail.io"),
    reply_hdr=("Tamsin Reyes", "tamsin.reyes@lumenwise.example"),
    subject="Your application for Senior Site Reliability Engineer at Lumenwise",
    date="2026-10-27 18:03", tz="Europe/London", kind="alt",
    headers=[("Auto-Submitted", "auto-generated")],
    body=T("""
        Hi Sam,

        Thank you for the time you've put into our process over the past month: the screening call, the incident-response exercise and the final conversations with the SRE team.

        We've reviewed all of the feedback, and we won't be extending an offer for the Senior Site Reliability Engineer role. The team was impressed by how calmly you worked through the incident scenario; the deciding factor was hands-on depth in running Kubernetes clusters at large scale, which the person in this role will own from day one.

        We'd also like to ask a favour. We're reworking our interview process and want to hear from everyone who reached the final stage, whatever the outcome. If you have two minutes, please tell us how it felt from your side \u2014 what was clear, what wasn't, and whether anything made it harder than it needed to be:

        https://lumenwise.example/candidate-experience?c=8f21c4

        Answers go to our people team, not to the interviewers, and won't affect any future application.

        If you'd like to talk about the feedback itself, reply to this email and it will come straight to me.

        Best,
        Tamsin Reyes
        Talent Acquisition, Lumenwise
        """),
))

add(M(
    slug="tessera-lever-next-stage", label="rejection", category="ats-automated",
    reply_to="talent@tesserahealth.example", first="", company="Tessera Health",
    role="Software Engineer, Patient Apps (Android)",
    notes="Lever (hire.lever.co) no-reply sender, no Reply-To, team signature; \"we won't be taking it to the "
          "next stage\"; reply_to is the team address given in the body, no first name; Vancouver",
    frm=("Tessera Health", "no-reply@hire.lever.co"),
    subject="Tessera Health: your application",
    date="2026-09-22 20:15", tz="America/Vancouver", kind="alt",
    headers=[("Auto-Submitted", "auto-generated")],
    body=T("""
        Hi Sam,

        Thanks for applying to Tessera Health and for your interest in the Software Engineer, Patient Apps (Android) position.

        Our team has looked through your application, and we won't be taking it to the next stage of the process. We had a very high number of applicants in a short time, and for this role we're focusing on people who have shipped and maintained native Android apps in a regulated health setting.

        We're grateful you thought of us. If you have any questions, the team can be reached at talent@tesserahealth.example \u2014 this address doesn't accept replies.

        Warmly,
        The Tessera Health Talent Team
        Vancouver, BC
        """),
))

add(M(
    slug="orbitly-ashby-cv-screen", label="rejection", category="cv-screen",
    reply_to="nikhil.varma@orbitly.example", first="Nikhil", company="Orbitly", role="Staff Frontend Engineer",
    notes="Ashby (ashbyhq.com) with the frontend hiring lead in Reply-To; CV screen: \"We won't be arranging "
          "interviews for this one\"; alt with base64 HTML",
    frm=("Orbitly Hiring Team", "no-reply@ashbyhq.com"),
    reply_hdr=("Nikhil Varma", "nikhil.varma@orbitly.example"),
    subject="Staff Frontend Engineer at Orbitly",
    date="2026-09-15 09:48", tz="Europe/Berlin", kind="alt", html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    body=T("""
        Hi Sam,

        Thanks for applying for the Staff Frontend Engineer position at Orbitly. Nikhil, who leads frontend hiring, read your application himself rather than leaving it to a keyword filter.

        We won't be arranging interviews for this one. The person we hire will lead our move from a home-grown component library to a shared React design system across four product teams, and we're looking for someone who has already done that kind of migration. Your background reads as mostly backend and platform work.

        That's a very particular requirement, so please don't read too much into it. If a backend or platform role opens up, we'd be glad to see your name again.

        Best wishes,
        Nikhil and the Orbitly hiring team
        Orbitly GmbH, Berlin
        """),
))

add(M(
    slug="harbourline-workday-requisition", label="rejection", category="ats-automated",
    reply_to="", first="", company="Harbourline Bank", role="Software Engineering Manager",
    notes="Workday (myworkday.com), HTML-only base64, requisition number, no person and an unmonitored "
          "mailbox: \"we will not be progressing your candidacy\"; Sydney",
    frm=("Harbourline Bank", "harbourline@myworkday.com"),
    subject="Update on your application \u2013 R0023417 Software Engineering Manager",
    date="2026-10-29 07:02", tz="Australia/Sydney", kind="html", cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    html=T("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d8dde3">
        <tr><td style="background:#0b3954;padding:16px;color:#fff;font-size:18px">Harbourline Bank Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Sam,</p>
        <p>Thank you for your interest in the <b>Software Engineering Manager</b> position (R0023417) with Harbourline Bank.</p>
        <p>We have reviewed your application against the requirements of the role, and we will not be progressing your candidacy for this position.</p>
        <p>You can view the status of all your applications at any time by signing in to the <a href="https://harbourline.wd3.myworkday.com/careers">Harbourline Careers site</a>.</p>
        <p>We encourage you to keep an eye on our vacancies and to apply for future roles that match your skills and experience.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Harbourline Bank</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#777;border-top:1px solid #d8dde3">
        Harbourline Bank Limited ABN 48 123 456 789 AFSL 234567. This is an automated message sent from Workday. Please do not reply to this email; this mailbox is not monitored.
        </td></tr></table>
        </body></html>
        """),
))

add(M(
    slug="pintail-smartrecruiters-filled", label="rejection", category="ats-automated",
    reply_to="grace.obi@pintailgames.example", first="Grace", company="Pintail Games",
    role="Senior Backend Engineer, Live Services",
    notes="SmartRecruiters no-reply: \"this position has now been filled, and your application will not "
          "progress further\"; a recruiter's address only in the body (one of the few uses of "
          "\"Unfortunately\"); alt QP",
    frm=("Pintail Games", "noreply@smartrecruiters.com"),
    subject="Pintail Games \u2013 Senior Backend Engineer, Live Services",
    date="2026-10-06 12:40", tz="Europe/London", kind="alt",
    headers=[("Auto-Submitted", "auto-generated")],
    body=T("""
        Dear Sam,

        Thank you for applying for the Senior Backend Engineer, Live Services position at Pintail Games in Leamington Spa.

        Unfortunately, this position has now been filled, and your application will not progress further. We received more than 400 applications for this role and we appreciate the time you took to apply.

        If you'd like to talk about your application, Grace Obi from our recruitment team is happy to help: grace.obi@pintailgames.example.

        Best regards,
        Pintail Games Recruitment

        Powered by SmartRecruiters \u2013 please do not reply to this email.
        """),
))

add(M(
    slug="falkenrath-personio-sie", label="rejection", category="non-english-de",
    reply_to="k.vogelsang@falkenrath-robotik.example", first="Katrin", company="Falkenrath Robotik",
    role="Senior Software Engineer (m/w/d) \u2013 Flottenmanagement",
    notes="Personio, formal German (Sie), person in Reply-To: \"Am Ende ist unsere Wahl auf eine Kandidatin "
          "gefallen\"; talent-pool consent; RFC 2047 subject; QP",
    frm=("Falkenrath Robotik GmbH", "noreply@falkenrath-robotik.jobs.personio.de"),
    reply_hdr=("Katrin Vogelsang", "k.vogelsang@falkenrath-robotik.example"),
    subject="Ihre Bewerbung als Senior Software Engineer (m/w/d) \u2013 Flottenmanagement",
    date="2026-10-16 10:22", tz="Europe/Berlin",
    headers=[("Content-Language", "de-DE")],
    body=T("""
        Guten Tag Sam Taylor,

        vielen Dank f\u00fcr Ihr Interesse an Falkenrath Robotik und f\u00fcr die Zeit, die Sie sich f\u00fcr die beiden Gespr\u00e4che mit unserem Team genommen haben.

        Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende ist unsere Wahl auf eine Kandidatin gefallen, die bereits mehrere Jahre Erfahrung mit ROS 2 im Produktivbetrieb mitbringt \u2013 ein Punkt, der f\u00fcr das Flottenmanagement-Team im Moment besonders schwer wiegt. Die Position als Senior Software Engineer (m/w/d) \u2013 Flottenmanagement k\u00f6nnen wir daher nicht mit Ihnen besetzen.

        Ihr Profil hat uns trotzdem \u00fcberzeugt. Wenn Sie einverstanden sind, nehmen wir Ihre Unterlagen gern f\u00fcr sechs Monate in unseren Talentpool auf und sprechen Sie bei passenden Stellen direkt an. Geben Sie uns dazu einfach \u00fcber den folgenden Link Bescheid:
        https://falkenrath-robotik.jobs.personio.de/talentpool/consent?t=a71c09

        F\u00fcr Ihren weiteren Weg w\u00fcnschen wir Ihnen alles Gute und viel Erfolg.

        Mit freundlichen Gr\u00fc\u00dfen

        Katrin Vogelsang
        People & Culture
        Falkenrath Robotik GmbH \u00b7 Kaiserstra\u00dfe 12 \u00b7 76133 Karlsruhe

        Diese E-Mail wurde \u00fcber Personio versendet.
        """),
))

add(M(
    slug="keelwater-recruitee-technical-round", label="rejection", category="ats-automated",
    reply_to="sanne.kuipers@keelwater.example", first="Sanne", company="Keelwater",
    role="Backend Engineer (Kotlin)",
    notes="Recruitee (mail.recruitee.com) in English from a Rotterdam company, person in Reply-To: \"we've "
          "agreed not to invite you to the technical round\"; alt QP",
    frm=("Keelwater", "keelwater@mail.recruitee.com"),
    reply_hdr=("Sanne Kuipers", "sanne.kuipers@keelwater.example"),
    subject="Your application for Backend Engineer (Kotlin) at Keelwater",
    date="2026-09-28 16:55", tz="Europe/Amsterdam", kind="alt",
    body=T("""
        Hi Sam,

        Thanks for your application for Backend Engineer (Kotlin) and for the intro call with me last week.

        I've talked your application through with Wouter, our engineering lead, and we've agreed not to invite you to the technical round. The team works almost entirely on vessel telemetry and port-side IoT integrations, and for this hire Wouter wants someone who has worked close to hardware or streaming sensor data; that didn't come through strongly enough in your experience.

        It was a pleasure talking to you \u2014 your questions about our on-call set-up were the best I've had this year.

        Kind regards,
        Sanne Kuipers
        Recruiter | Keelwater
        Wilhelminakade 91, Rotterdam

        Sent with Recruitee
        """),
))

add(M(
    slug="corrib-status-portal-closed", label="rejection", category="status-portal",
    reply_to="", first="", company="Corrib Cloud", role="Senior Software Engineer \u2013 Observability",
    notes="HTML-only candidate-portal notification: \"Status: Closed \u2014 not selected\" in a table, "
          "nothing else decisive; no person, unmonitored; QP",
    frm=("Corrib Cloud Careers", "careers-noreply@corribcloud.example"),
    subject="Application status update: Senior Software Engineer \u2013 Observability (REQ-4471)",
    date="2026-11-20 08:00", tz="Europe/Dublin", kind="html",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    html=T("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Application status update</title></head>
        <body style="margin:0;background:#f3f5f7;font-family:'Segoe UI',Roboto,sans-serif">
        <div style="max-width:560px;margin:24px auto;background:#ffffff;padding:24px;border-radius:6px">
        <h2 style="margin-top:0;color:#14375e">Your application status has changed</h2>
        <p>Hello Sam,</p>
        <p>There is an update to an application in your Corrib Cloud candidate portal.</p>
        <table cellpadding="6" style="border-collapse:collapse;width:100%;font-size:14px">
        <tr><td style="color:#666;width:35%">Position</td><td><b>Senior Software Engineer &ndash; Observability</b></td></tr>
        <tr><td style="color:#666">Requisition</td><td>REQ-4471</td></tr>
        <tr><td style="color:#666">Location</td><td>Galway, Ireland (hybrid)</td></tr>
        <tr><td style="color:#666">Application status</td><td><span style="background:#eceff1;padding:2px 8px;border-radius:3px">Closed &mdash; not selected</span></td></tr>
        <tr><td style="color:#666">Updated</td><td>20 Nov 2026</td></tr>
        </table>
        <p style="margin:24px 0"><a href="https://careers.corribcloud.example/portal/applications" style="background:#14375e;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">View my applications</a></p>
        <p>Thank you for your interest in Corrib Cloud.</p>
        <p style="font-size:11px;color:#888">This is an automated notification from the Corrib Cloud candidate portal. Replies to this address are not monitored. Corrib Cloud Ltd, Galway Technology Park, Parkmore, Galway H91 AK2T, Ireland.</p>
        </div>
        </body></html>
        """),
))

add(M(
    slug="ashgrove-thread-more-senior", label="rejection", category="long-thread",
    reply_to="morven.dalgleish@ashgrovelearning.example", first="Morven", company="Ashgrove Learning",
    role="Senior Full-Stack Engineer",
    notes="rejection on top of a long Gmail thread of quoted scheduling messages (invite starting \"Great "
          "news\", reschedule, confirmations); indirect decisive sentence \"the team would rather hold out for "
          "a more senior profile\"; 7bit",
    frm=("Morven Dalgleish", "morven.dalgleish@ashgrovelearning.example"),
    subject="Re: Technical interview - Senior Full-Stack Engineer",
    date="2026-11-16 12:14", tz="Europe/London", charset="us-ascii", cte="7bit",
    refs=[("ashgrove-invite", "ashgrovelearning.example"), ("ashgrove-sam1", "example.org"),
          ("ashgrove-move", "ashgrovelearning.example"), ("ashgrove-sam2", "example.org")],
    body=T("""
        Hi Sam,

        Thanks for your patience since the technical interview last Wednesday, and for being so flexible about the time change.

        I've now had the panel's thoughts. They enjoyed the conversation, and Euan in particular liked your approach to the accessibility questions, but for this position the team would rather hold out for a more senior profile: someone who has already been the technical lead on a product from first commit to launch, because that's what the next year of the role looks like.

        I'm sorry it's not better news. I'll keep your details to hand for the mid-level openings we expect in the new year, if you'd like me to.

        Kind regards,
        Morven

        Morven Dalgleish
        Talent Partner | Ashgrove Learning
        Quartermile Two, 2 Lister Square, Edinburgh EH3 9GL

        On Thu, 5 Nov 2026 at 09:31, Sam Taylor <sam.taylor@example.org> wrote:
        > Hi Morven,
        >
        > 14:00 on Wednesday 11th works perfectly, thank you. I'll join from the Teams link in the invite.
        >
        > Best,
        > Sam
        >
        > On Wed, 4 Nov 2026 at 17:48, Morven Dalgleish <morven.dalgleish@ashgrovelearning.example> wrote:
        >> Hi Sam,
        >>
        >> Apologies - Euan has been pulled into a board meeting on Thursday, so we need to move your technical interview. Could you do either of these instead?
        >>
        >>  - Wednesday 11 November, 14:00-15:30
        >>  - Friday 13 November, 10:00-11:30
        >>
        >> Sorry for the shuffle.
        >> Morven
        >>
        >> On Mon, 2 Nov 2026 at 10:12, Sam Taylor <sam.taylor@example.org> wrote:
        >>> Hi Morven,
        >>>
        >>> Thursday 12 November at 11:00 is great. Is there anything I should prepare for the technical interview?
        >>>
        >>> Thanks,
        >>> Sam
        >>>
        >>> On Fri, 30 Oct 2026 at 15:20, Morven Dalgleish <morven.dalgleish@ashgrovelearning.example> wrote:
        >>>> Hi Sam,
        >>>>
        >>>> Great news: the hiring team would like to invite you to a technical interview for the Senior Full-Stack Engineer role. It's 90 minutes with Euan (Head of Engineering) and Priti (Senior Engineer): a walk-through of something you've built, then a design discussion.
        >>>>
        >>>> Would Thursday 12 November at 11:00 or 15:00 work?
        >>>>
        >>>> Best,
        >>>> Morven
        """),
))

add(M(
    slug="zeeboog-bilingual-nl-en", label="rejection", category="bilingual-nl-en",
    reply_to="joost@zeeboog.example", first="Joost", company="Zeeboog", role="Tech Lead Mobile",
    notes="Dutch (je) first, then the same in English: \"uiteindelijk gekozen voor een kandidaat die ...\" / "
          "\"in the end chose a candidate who ...\"; QP",
    frm=("Joost Hendriks", "joost@zeeboog.example"),
    subject="Terugkoppeling Tech Lead Mobile / Feedback on your application",
    date="2026-10-21 09:40", tz="Europe/Amsterdam",
    body=T("""
        Hoi Sam,

        (English below \u2014 je vertelde dat je Nederlands aan het leren bent, dus ik doe het allebei.)

        Dank je wel voor het gesprek van afgelopen donderdag met Fleur en mij. We hebben er in het team uitgebreid over gesproken en uiteindelijk gekozen voor een kandidaat die al een paar jaar een team van Flutter-ontwikkelaars aanstuurt. Dat gaf voor ons de doorslag, omdat we volgend jaar de hele app naar Flutter overzetten.

        Het was echt een leuk gesprek, en je vragen over onze releasecyclus hebben ons zelf ook aan het denken gezet. Veel succes met je zoektocht!

        ---

        Hi Sam,

        Thanks for last Thursday's conversation with Fleur and me. We talked it over at length as a team and in the end chose a candidate who has been leading a team of Flutter developers for a few years. That tipped the balance for us, because next year we're moving the whole app to Flutter.

        It was a genuinely enjoyable conversation, and your questions about our release cycle got us thinking too. Good luck with your search!

        Groet / Best,
        Joost Hendriks
        Engineering Manager, Zeeboog
        Oudegracht 214, 3511 NR Utrecht
        """),
))

add(M(
    slug="funkenflug-du", label="rejection", category="non-english-de",
    reply_to="lena@funkenflug.example", first="Lena", company="Funkenflug",
    role="Senior Backend Engineer (Python)",
    notes="Berlin startup co-founder, informal German (du): \"Wir haben eine Nacht dr\u00fcber geschlafen und "
          "uns dann f\u00fcr jemanden entschieden, der ...\"; ISO-8859-1 8bit; role only in the subject",
    frm=("Lena Marquardt", "lena@funkenflug.example"),
    subject="Kurzes Update zu deiner Bewerbung \u2013 Senior Backend Engineer (Python)",
    date="2026-11-09 19:30", tz="Europe/Berlin", charset="iso-8859-1", cte="8bit",
    body=T("""
        Hi Sam,

        danke dir nochmal f\u00fcr den langen Nachmittag letzte Woche und daf\u00fcr, dass du dich so tief in unseren Code eingegraben hast. Die Pairing-Session mit Deniz war richtig gut.

        Ich mach's kurz, weil du eine ehrliche Antwort verdient hast: Wir haben eine Nacht dr\u00fcber geschlafen und uns dann f\u00fcr jemanden entschieden, der schon einmal ein Handelssystem f\u00fcr Strom von Grund auf mitgebaut hat. Genau das steht bei uns in den n\u00e4chsten sechs Monaten an, und da wollten wir kein Risiko eingehen. Es war knapp, wirklich.

        Wenn du magst, erz\u00e4hle ich dir gern am Telefon, was uns besonders gefallen hat und wo wir noch Luft nach oben gesehen haben. Meld dich einfach.

        Ich dr\u00fcck dir die Daumen f\u00fcr die n\u00e4chsten Gespr\u00e4che!

        Viele Gr\u00fc\u00dfe aus Kreuzberg
        Lena

        --
        Lena Marquardt
        CTO & Mitgr\u00fcnderin
        Funkenflug GmbH, Ohlauer Stra\u00dfe 43, 10999 Berlin
        """),
))

add(M(
    slug="borealis-montreal-fr", label="rejection", category="non-english-fr",
    reply_to="genevieve.tremblay@borealis-logiciels.example", first="Genevi\u00e8ve",
    company="Bor\u00e9alis Logiciels", role="Chef d'\u00e9quipe, d\u00e9veloppement logiciel",
    notes="Qu\u00e9b\u00e9cois French (vous, courriel, entrevue, Au plaisir): \"nous avons retenu la candidature "
          "d'une personne qui ...\"; RFC 2047 display name and subject; alt base64",
    frm=("Genevi\u00e8ve Tremblay", "genevieve.tremblay@borealis-logiciels.example"),
    subject="Suivi de votre entrevue \u2013 Chef d'\u00e9quipe, d\u00e9veloppement logiciel",
    date="2026-10-15 16:45", tz="America/Toronto", kind="alt", cte="base64", html_cte="base64",
    headers=[("Content-Language", "fr-CA")],
    body=T("""
        Bonjour Sam,

        Merci d'avoir pris le temps de rencontrer notre \u00e9quipe mardi dernier, en fin de soir\u00e9e pour vous de surcro\u00eet. Nous avons beaucoup appr\u00e9ci\u00e9 l'\u00e9change, notamment votre fa\u00e7on d'aborder les r\u00e9trospectives d'incidents.

        Apr\u00e8s m\u00fbre r\u00e9flexion, nous avons retenu la candidature d'une personne qui g\u00e8re d\u00e9j\u00e0 une \u00e9quipe au quotidien en fran\u00e7ais, ce qui s'est av\u00e9r\u00e9 d\u00e9terminant pour ce poste bas\u00e9 \u00e0 Montr\u00e9al. Nous ne serons donc pas en mesure de vous offrir le poste de chef d'\u00e9quipe, d\u00e9veloppement logiciel.

        Si vous le souhaitez, je vous transmettrai volontiers les commentaires d\u00e9taill\u00e9s du comit\u00e9 lors d'un court appel. N'h\u00e9sitez pas \u00e0 m'\u00e9crire par courriel.

        Au plaisir de recroiser votre chemin,

        Genevi\u00e8ve Tremblay
        Conseill\u00e8re principale, acquisition de talents
        Bor\u00e9alis Logiciels inc.
        1250, boulevard Ren\u00e9-L\u00e9vesque Ouest, Montr\u00e9al (Qu\u00e9bec) H3B 4W8

        Ce courriel et les pi\u00e8ces jointes peuvent contenir des renseignements confidentiels. Si vous l'avez re\u00e7u par erreur, veuillez en aviser l'exp\u00e9ditrice et le supprimer.
        """),
))

add(M(
    slug="cierzo-es", label="rejection", category="non-english-es",
    reply_to="lucia.arrieta@cierzotech.example", first="Luc\u00eda", company="Cierzo Tech",
    role="Ingeniero/a de Software S\u00e9nior",
    notes="Spain Spanish (t\u00fa): \"tras darle muchas vueltas, nos hemos decantado por otra persona\"; "
          "offers to keep the CV; RFC 2047 subject; 8bit UTF-8",
    frm=("Luc\u00eda Arrieta", "lucia.arrieta@cierzotech.example"),
    subject="Tu candidatura a Ingeniero/a de Software S\u00e9nior (Dubl\u00edn)",
    date="2026-10-01 13:30", tz="Europe/Madrid", cte="8bit",
    headers=[("Content-Language", "es-ES")],
    body=T("""
        Hola, Sam:

        Muchas gracias por tu inter\u00e9s en Cierzo Tech y por el tiempo que dedicaste a las entrevistas con \u00cd\u00f1igo y con Marta. Nos lo pusiste dif\u00edcil, de verdad.

        Te escribo para contarte que, tras darle muchas vueltas, nos hemos decantado por otra persona para el puesto de Ingeniero/a de Software S\u00e9nior en nuestra oficina de Dubl\u00edn: alguien que ya ha trabajado con nuestra misma pila de pagos y podr\u00e1 arrancar sin apenas rodaje.

        Nos gustar\u00eda mantener el contacto. Si te parece bien, guardaremos tu CV y te avisaremos cuando abramos nuevas posiciones en el equipo de plataforma, previsiblemente en primavera.

        Mucho \u00e1nimo con la b\u00fasqueda y un abrazo,

        Luc\u00eda Arrieta
        Talent Acquisition \u00b7 Cierzo Tech
        Paseo de la Independencia 24, 50004 Zaragoza
        """),
))

add(M(
    slug="lanterna-it", label="rejection", category="non-english-it",
    reply_to="chiara.benedetti@lanternapay.example", first="Chiara", company="Lanterna Pay",
    role="Engineering Manager \u2013 Pagamenti",
    notes="Italian (Lei): \"abbiamo deciso di puntare su un profilo che ha gi\u00e0 guidato team distribuiti\", "
          "\"in bocca al lupo\"; base64 text/plain",
    frm=("Chiara Benedetti", "chiara.benedetti@lanternapay.example"),
    subject="Esito del colloquio \u2013 Engineering Manager \u2013 Pagamenti",
    date="2026-11-04 17:10", tz="Europe/Rome", cte="base64",
    headers=[("Content-Language", "it-IT")],
    body=T("""
        Gentile Sam,

        La ringrazio ancora per la disponibilit\u00e0 e per il tempo che ci ha dedicato durante i colloqui delle ultime settimane, compresa la sessione con il nostro CTO.

        Dopo un confronto approfondito con il team, abbiamo deciso di puntare su un profilo che ha gi\u00e0 guidato team distribuiti su pi\u00f9 fusi orari nel settore dei pagamenti: un'esperienza che, per la posizione di Engineering Manager \u2013 Pagamenti nella nostra sede di Amsterdam, si \u00e8 rivelata decisiva. Per questa volta, quindi, le nostre strade non si incroceranno.

        Ci tengo a dirLe che il Suo percorso ci ha colpito molto e che sarei felice di restare in contatto per future opportunit\u00e0.

        Le auguro il meglio e, come si dice da noi, in bocca al lupo!

        Cordiali saluti,
        Chiara Benedetti
        Talent Acquisition Lead
        Lanterna Pay S.p.A. \u2013 Via Tortona 31, 20144 Milano
        """),
))

add(M(
    slug="maresia-pt", label="rejection", category="non-english-pt",
    reply_to="ines.carvalho@maresialabs.example", first="In\u00eas", company="Maresia Labs",
    role="Engenheiro de Software S\u00e9nior (Backend)",
    notes="European Portuguese (equipa, optámos, contacto; formal third person): \"optámos por outra pessoa "
          "para a vaga\"; RFC 2047 subject and display name; alt QP",
    frm=("In\u00eas Carvalho", "ines.carvalho@maresialabs.example"),
    subject="A sua candidatura \u2013 Engenheiro de Software S\u00e9nior (Backend)",
    date="2026-10-09 15:00", tz="Europe/Lisbon", kind="alt",
    headers=[("Content-Language", "pt-PT")],
    body=T("""
        Ol\u00e1 Sam,

        Antes de mais, obrigada pelo tempo que dedicou ao nosso processo e pela conversa muito interessante com a equipa de plataforma na semana passada.

        Depois de ponderarmos bem, opt\u00e1mos por outra pessoa para a vaga de Engenheiro de Software S\u00e9nior (Backend): algu\u00e9m com v\u00e1rios anos de experi\u00eancia em Elixir, que \u00e9 a base de quase todos os nossos servi\u00e7os.

        Gost\u00e1mos muito de o conhecer e, se concordar, gostar\u00edamos de manter o seu contacto para futuras oportunidades. Basta responder a este e-mail.

        Votos de muito sucesso,
        In\u00eas Carvalho
        People Partner \u00b7 Maresia Labs
        Rua da Boavista 72, 1200-066 Lisboa
        """),
))

add(M(
    slug="polderpunt-nl", label="rejection", category="non-english-nl",
    reply_to="ruud.verbeek@polderpunt.example", first="Ruud", company="Polderpunt",
    role="Senior Software Engineer Embedded",
    notes="Dutch (je): \"Na rijp beraad hebben we de voorkeur gegeven aan een kandidaat die ...\", \"daarom "
          "ronden we de procedure met jou hier af\"; no \"helaas\"; QP",
    frm=("Ruud Verbeek", "ruud.verbeek@polderpunt.example"),
    subject="Je sollicitatie bij Polderpunt",
    date="2026-09-25 14:05", tz="Europe/Amsterdam",
    headers=[("Content-Language", "nl-NL")],
    body=T("""
        Hoi Sam,

        Bedankt voor je sollicitatie en voor de tijd die je vrijmaakte voor het tweede gesprek met Annelies en Bas. We vonden het een prettig gesprek, en je verhaal over het ombouwen van jullie build-straat is blijven hangen.

        Na rijp beraad hebben we de voorkeur gegeven aan een kandidaat die al een aantal jaren met embedded Rust op eigen hardware werkt. Voor de functie van Senior Software Engineer Embedded gaf dat de doorslag, en daarom ronden we de procedure met jou hier af.

        Ik had je graag beter nieuws gebracht. Mocht je een toelichting willen, bel of mail me gerust.

        Veel succes met je zoektocht, en wie weet kruisen onze paden later nog eens.

        Met vriendelijke groet,
        Ruud Verbeek
        Recruiter Techniek
        Polderpunt B.V. | Strijp-S, Torenallee 20, 5617 BC Eindhoven
        T +31 40 123 4567
        """),
))

add(M(
    slug="tenfold-agency-oxenbridge", label="rejection", category="agency",
    reply_to="declan.muir@tenfoldtalent.example", first="Declan", company="Oxenbridge Energy",
    role="Principal Engineer",
    notes="agency consultant relays the named client's decision (company = the client): \"they're giving the "
          "Principal Engineer job to the other finalist\"; pitches two other briefs; agency footer; 7bit",
    frm=("Declan Muir", "declan.muir@tenfoldtalent.example"),
    subject="Oxenbridge - Principal Engineer feedback",
    date="2026-11-24 17:50", tz="Europe/London", charset="us-ascii", cte="7bit",
    body=T("""
        Hi Sam,

        Just off the phone with Oxenbridge Energy after their debrief. I'll give it to you straight: they're giving the Principal Engineer job to the other finalist, who's spent five years building power-trading systems in Rust, and he signed this afternoon.

        They were really complimentary about you. The Head of Engineering said your stakeholder answers were the strongest of the whole shortlist; it was the Rust depth that swung it.

        I've got two other briefs I think suit you better - a platform lead in Bath and an EM role at a Bristol fintech. Can I call you tomorrow morning to go through them?

        Cheers,
        Declan

        Declan Muir
        Senior Consultant, Technology
        Tenfold Talent Ltd | 1 Temple Quay, Bristol BS1 6DZ | 0117 496 0321

        Tenfold Talent Ltd acts as an employment agency in relation to permanent vacancies. Registered in England No. 11823456.
        """),
))

# ---------------------------------------------------------------------------------------------------------
# Others (hard negatives)
# ---------------------------------------------------------------------------------------------------------

add(M(
    slug="gannet-tech-test-invite", label="other", category="interview-invite",
    notes="technical-exercise invitation: \"please don't worry if you don't finish\", \"Nobody has ever been "
          "turned down for leaving items on the list\"; 7bit",
    frm=("Rhiannon Pryce", "rhiannon.pryce@gannethealth.example"),
    subject="Next step: technical exercise for Senior Software Engineer",
    date="2026-11-17 10:30", tz="Europe/London", charset="us-ascii", cte="7bit",
    body=T("""
        Hi Sam,

        Thanks for your time on Friday - Dafydd really enjoyed the conversation, and we'd like to invite you to the next stage for the Senior Software Engineer role.

        It's a 90-minute technical exercise you can do at home whenever suits you before Friday 27 November. You'll get a small repository with a half-built appointment-booking API and a list of things to add.

        Please don't worry if you don't finish. The list is deliberately longer than anyone can get through in the time, and we're far more interested in the order you tackle things, the trade-offs you make and what you write in your notes than in a complete solution. Nobody has ever been turned down for leaving items on the list.

        Reply with the day you'd like to do it and I'll send the link that morning.

        Diolch,
        Rhiannon

        Rhiannon Pryce
        Recruitment Partner, Gannet Health
        Tramshed Tech, Pendyris Street, Cardiff CF11 6BH
        """),
))

add(M(
    slug="tidewell-feedback-call", label="other", category="feedback-call",
    notes="positive system design round: \"we'd like you to go through to the final stage\", asks to book a "
          "feedback call (\"No bad news\"); Toronto/London times; alt QP",
    frm=("Oskar Lindholm", "oskar.lindholm@tidewell.example"),
    subject="System design round \u2013 quick feedback call?",
    date="2026-10-30 14:22", tz="America/Toronto", kind="alt",
    body=T("""
        Hi Sam,

        Quick note after yesterday's system design round: the panel came out of it really positive, and we'd like you to go through to the final stage with our VP Engineering.

        Before that, I'd like to book 20 minutes to walk you through their feedback \u2014 a couple of things they loved, and one area (capacity planning for the ledger) they'd like to dig into more in the final. No bad news, I just want you to know what to expect.

        Could you do Monday at 10:00 or 13:30 Toronto time (15:00 / 18:30 for you)? Or send me a couple of slots that work.

        Thanks,
        Oskar Lindholm
        Engineering Manager, Payments
        Tidewell Financial \u00b7 Toronto
        """),
))

add(M(
    slug="sandpiper-relevelled-still-interested", label="other", category="re-levelled-open",
    notes="recruiter: the role \"has been re-levelled to Engineering Manager\" (smaller team, lower band) and asks "
          "whether the owner is still interested; process continues; 7bit",
    frm=("Cormac Whelan", "cormac.whelan@sandpiperanalytics.example"),
    subject="Senior Engineering Manager role - a change, still interested?",
    date="2026-11-11 11:05", tz="Europe/Dublin", charset="us-ascii", cte="7bit",
    body=T("""
        Hi Sam,

        I wanted to give you a heads-up before your next conversation with us. After a reorganisation of the data group, the Senior Engineering Manager role you interviewed for has been re-levelled to Engineering Manager. In practice that means one team of six rather than two teams totalling twelve, and a band of EUR 105-120k instead of 130-145k.

        I know that's a real change from what we discussed, and I'd completely understand if it's no longer what you're after. But the hiring manager is keen to keep talking to you - she thinks the team would benefit enormously from your experience, and there's a credible path back to the senior level within 18 months.

        Are you still interested in continuing at the new level? If so, the next step stays the same: the leadership interview with Orla on the 19th or 20th. If not, no hard feelings at all - just let me know and I'll close things off on our side.

        Best,
        Cormac

        Cormac Whelan | Talent Lead | Sandpiper Analytics
        Block 4, Harcourt Centre, Dublin 2
        """),
))

add(M(
    slug="ironbark-committee-thursday", label="other", category="no-decision-yet",
    notes="after the final round: \"Your packet goes to the hiring committee on Thursday\", update promised "
          "\"whichever way it goes\"; Australian English; 8bit UTF-8",
    frm=("Mei Lin Tan", "meilin.tan@ironbarksystems.example"),
    subject="After your final round \u2013 what happens next",
    date="2026-11-23 09:12", tz="Australia/Sydney", cte="8bit",
    body=T("""
        Hi Sam,

        Thanks for hanging in there through the final round on Friday \u2014 four interviews that finished at midnight your time is no small thing.

        All four interviewers have submitted their feedback. Your packet goes to the hiring committee on Thursday; the committee makes the decision rather than any one interviewer, so I can't tell you much before then, but I didn't want you sitting in silence all week.

        I'll update you by Friday arvo Sydney time at the latest, whichever way it goes. If the committee has questions, I may ask you for a referee or two early next week.

        Cheers,
        Mei Lin

        Mei Lin Tan
        Senior Technical Recruiter, Ironbark Systems
        Level 12, 1 Barangaroo Avenue, Sydney NSW 2000
        """),
))

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

add(M(
    slug="larkspur-offer", label="other", category="offer",
    notes="written offer with headline terms and a PDF offer letter (multipart/mixed); \"We're all really hoping "
          "you'll say yes\"; QP (pound sign)",
    frm=("Hannah Szabo", "hannah.szabo@larkspurbio.example"),
    subject="Offer of employment \u2013 Engineering Manager, Lab Automation",
    date="2026-11-19 16:00", tz="Europe/London", kind="mixed",
    attach=("application/pdf", "Larkspur-Bio-offer-letter-S-Taylor.pdf", PDF),
    body=T("""
        Dear Sam,

        I'm delighted to confirm that we'd like to offer you the position of Engineering Manager, Lab Automation at Larkspur Bio, reporting to Dr Rosalind Kerr.

        Headline terms (full details are in the attached offer letter):

          - Base salary: \u00a3118,000 per year
          - Bonus: up to 10% on company performance
          - Equity: 12,000 share options, four-year vesting with a one-year cliff
          - Hybrid: Tuesdays to Thursdays at our Cambridge Science Park office
          - Start date: Monday 11 January 2027, or another date that suits you

        The offer is open until Friday 27 November. If you're happy, you can sign through the DocuSign link that will follow shortly. If you have any questions about the terms, I'm here, and Rosalind would love to talk to you about your first 90 days.

        We're all really hoping you'll say yes.

        Warm regards,
        Hannah

        Hannah Szabo
        Head of People, Larkspur Bio
        Unit 310, Cambridge Science Park, Milton Road, Cambridge CB4 0WG
        """),
))

add(M(
    slug="kittiwake-offer-screening", label="other", category="offer-conditional",
    notes="offer conditional on pre-employment screening (DBS, credit, employment history, right to work); "
          "\"in rare cases we may have to withdraw an offer\"; alt QP",
    frm=("Arjun Sethi", "arjun.sethi@kittiwakepay.example"),
    subject="Your conditional offer \u2013 Staff Software Engineer",
    date="2026-11-06 12:00", tz="Europe/London", kind="alt",
    body=T("""
        Hi Sam,

        Congratulations! Following your final interviews, we're pleased to offer you the role of Staff Software Engineer at Kittiwake Payments. Your offer letter is on its way from our HR system under separate cover.

        Because we're an FCA-authorised payment institution, the offer is conditional on our standard pre-employment screening, run by our provider Clearpath Vetting:

          1. a basic DBS criminal record check;
          2. a credit check;
          3. verification of your employment history for the past five years, including any gap longer than three months;
          4. proof of your right to work in the UK.

        You'll get an email from Clearpath Vetting within two working days with a link to start. Most checks clear in 5\u201310 working days. If the screening can't be completed, or turns up something we need to discuss, we'll talk to you before making any decision; in rare cases we may have to withdraw an offer, but that is exceptional.

        Please don't resign from your current role until I've confirmed that screening is complete.

        Warm regards,
        Arjun

        Arjun Sethi
        Engineering Recruitment Lead, Kittiwake Payments Ltd
        Kittiwake Payments Ltd is authorised by the Financial Conduct Authority under the Payment Services Regulations 2017 (FRN 912345).
        """),
))

add(M(
    slug="drumlin-reference-request", label="other", category="reference-request",
    notes="a hiring manager asks the owner for a reference for a former report (final stage); RFC 2047 subject "
          "(Engstr\u00f6m); QP",
    frm=("Greta Lindqvist", "greta.lindqvist@drumlinsoftware.example"),
    subject="Reference request for Tobias Engstr\u00f6m",
    date="2026-11-13 10:40", tz="Europe/Dublin",
    body=T("""
        Dear Sam,

        Tobias Engstr\u00f6m has applied for a Senior Software Engineer position with us at Drumlin Software and has named you as a referee from his time in your team at Mossgiel Software. We're at the final stage and would be very grateful for your view.

        Could you reply with a few lines on the questions below, or suggest a 15-minute slot for a call this week?

          1. In what capacity, and for how long, did you work with Tobias?
          2. What were his main strengths, and where did he need the most support?
          3. How did he handle disagreement or feedback in code review?
          4. Would you hire him again?

        Anything you share will be kept confidential and used only for this hiring decision.

        Many thanks,
        Greta Lindqvist
        Engineering Manager, Drumlin Software
        Galway, Ireland
        """),
))

add(M(
    slug="lindgruen-visa-question", label="other", category="visa-question",
    notes="recruiter asks about right to work in Germany, EU Blue Card sponsorship and relocation before the "
          "technical interview; \"None of this affects our assessment\"; QP",
    frm=("Mira Schuster", "mira.schuster@lindgruen.example"),
    subject="Relocation and visa \u2013 a few questions before your technical interview",
    date="2026-09-18 11:15", tz="Europe/Berlin",
    body=T("""
        Hi Sam,

        Thanks for the great first call with Jonas yesterday! Before we schedule the technical interview for the Senior Backend Engineer role, I need to check a few practical things, as the role is based in our Hamburg office three days a week:

        1. Do you currently have the right to work in Germany, or would you need us to sponsor a visa? We regularly support EU Blue Card applications and work with an immigration partner who handles the paperwork with the Ausl\u00e4nderbeh\u00f6rde.
        2. When could you realistically relocate? A Blue Card usually takes 6\u201310 weeks from a signed contract.
        3. Would you like to use our relocation package (flights, two months in a furnished apartment, German lessons)?

        None of this affects our assessment \u2014 I just want to plan the timeline honestly.

        Best,
        Mira

        Mira Schuster
        Talent Acquisition, Lindgr\u00fcn Mobility GmbH
        Gro\u00dfe Elbstra\u00dfe 145, 22767 Hamburg
        """),
))

add(M(
    slug="devroles-weekly-digest", label="other", category="job-alert",
    notes="job-board weekly digest: articles \"Why candidates get rejected after the system design round\" and "
          "\"'We've decided to go in a different direction': how to reply\" plus role listings; List-Unsubscribe; "
          "alt QP",
    frm=("DevRoles Weekly", "digest@devroles.example"),
    subject="Your weekly digest: 14 new engineering manager roles + why candidates get rejected",
    date="2026-11-22 07:00", tz="Europe/London", kind="alt",
    headers=[("List-Unsubscribe", "<https://devroles.example/unsubscribe?u=st-4471>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    body=T("""
        DevRoles Weekly \u2014 22 November 2026

        Hi Sam, here's your week.

        FROM THE BLOG

        \u2022 Why candidates get rejected after the system design round (and how to fix it)
          A hiring manager on the five mistakes she sees most, from skipping requirements to drawing boxes without numbers.

        \u2022 "We've decided to go in a different direction": how to reply to a rejection email
          Three short templates for a graceful follow-up that keeps the door open.

        \u2022 The take-home test is dying. Good.
          An opinion piece from a CTO who scrapped them in 2025.

        NEW ROLES MATCHING "engineering manager" (London, Dublin, Amsterdam, remote)

        \u2022 Engineering Manager, Growth \u2014 Fernleaf Pay \u2014 London (hybrid) \u2014 \u00a3110\u2013125k
        \u2022 Engineering Manager, Data Platform \u2014 Corcoran Health \u2014 Dublin \u2014 \u20ac115\u2013130k
        \u2022 Senior Engineering Manager \u2014 Stadsfiets \u2014 Amsterdam \u2014 \u20ac120\u2013140k
        \u2022 Engineering Manager, Developer Experience \u2014 Quayline \u2014 Remote (UK) \u2014 \u00a3105\u2013120k
        \u2022 + 10 more on devroles.example/digest

        You're receiving this because you subscribed to job alerts on DevRoles. Manage alerts or unsubscribe: https://devroles.example/unsubscribe?u=st-4471
        DevRoles Ltd, 5 Brunswick Place, Hove BN3 1EA
        """),
))

add(M(
    slug="marram-auto-reply", label="other", category="auto-reply",
    notes="recruiter's out-of-office in reply to the owner's note, names a colleague for active applications; "
          "Auto-Submitted: auto-replied; 7bit",
    frm=("Thandiwe Mokoena", "thandiwe.mokoena@marramsystems.example"),
    subject="Automatic reply: Platform Engineering Manager - thank you",
    date="2026-11-25 09:01", tz="Australia/Perth", charset="us-ascii", cte="7bit",
    refs=[("marram-sam-note", "example.org")],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=T("""
        Thank you for your email. I'm on annual leave from Monday 23 November, returning Monday 7 December, with limited access to email.

        For anything about an active application or interview, please contact my colleague Ben Harrow at ben.harrow@marramsystems.example or on +61 8 6555 0142. Otherwise I'll reply when I'm back.

        Thandiwe Mokoena
        Talent Acquisition Partner, Marram Systems
        Perth WA
        """),
))

add(M(
    slug="bounce-dsn", label="other", category="bounce",
    notes="Postfix DSN (multipart/report: text/plain, message/delivery-status, text/rfc822-headers) for the "
          "owner's follow-up to a recruiter: \"Recipient address rejected: User unknown\"",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
    subject="Undelivered Mail Returned to Sender",
    date="2026-11-24 18:02", tz="Europe/London", kind="dsn", charset="us-ascii", cte="7bit",
    body=T("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <r.atwal@quenby-systems.example>: host mx.quenby-systems.example[203.0.113.25]
            said: 550 5.1.1 <r.atwal@quenby-systems.example>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO
            command)
        """),
    dsn=dict(
        queue_id="4Fq2Kd1xYlz9sWn",
        arrival="Tue, 24 Nov 2026 18:02:11 +0000 (GMT)",
        recipient="r.atwal@quenby-systems.example",
        remote="dns; mx.quenby-systems.example",
        diag="smtp; 550 5.1.1 <r.atwal@quenby-systems.example>: Recipient address rejected: User unknown in "
             "virtual mailbox table",
        orig_subject="Re: Software Engineering Manager - thank you",
        orig_date="Tue, 24 Nov 2026 18:02:09 +0000",
    ),
))

add(M(
    slug="devbridge-cfp-talk", label="other", category="non-job-rejection",
    notes="conference CFP: \"your talk was not selected for this year's programme\"; discount code; alt QP",
    frm=("DevBridge Europe Programme Committee", "cfp@devbridge-europe.example"),
    subject="DevBridge Europe 2027: decision on your proposal",
    date="2026-10-12 17:00", tz="Europe/Amsterdam", kind="alt",
    body=T("""
        Dear Sam,

        Thank you for submitting "Migrating 400 services without a code freeze" to DevBridge Europe 2027.

        This year we received 612 proposals for 38 speaking slots, and every proposal was read by at least three reviewers. We're sorry to let you know that your talk was not selected for this year's programme. Reviewers liked the topic but noted a strong overlap with two invited keynotes on large-scale migrations.

        We'd still love to see you in Rotterdam on 14\u201315 April. As a thank-you to everyone who submitted, here's a 30% discount on a conference ticket: CFP27-THANKS.

        Warm regards,
        The DevBridge Europe Programme Committee
        """),
))

add(M(
    slug="forgeyard-pr-declined", label="other", category="non-job-rejection",
    notes="code-forge notification: maintainers close the owner's open-source pull request without merging "
          "(\"we're going to close this without merging\"); repo in To, owner in Cc; threaded; alt QP",
    frm=("Anneke Visser", "notifications@forgeyard.example"),
    to=[("quaylib/quay-retry", "quay-retry@noreply.forgeyard.example")],
    cc=[SAM, ("Author", "author@noreply.forgeyard.example")],
    reply_hdr=("quaylib/quay-retry", "reply+AB3KQ7Z2@reply.forgeyard.example"),
    subject="Re: [quaylib/quay-retry] Add jittered backoff for AWS SDK v3 clients (PR #482)",
    date="2026-11-03 08:41", tz="UTC", kind="alt",
    refs=[("forgeyard-pr-482", "forgeyard.example")],
    headers=[("List-ID", "quaylib/quay-retry <quay-retry.quaylib.forgeyard.example>"),
             ("X-Forgeyard-Reason", "author")],
    body=T("""
        @samtaylor-dev thanks a lot for putting this together, and for the thorough tests.

        We talked about it in this week's maintainers' call and we're going to close this without merging: we'd like to keep the quay-retry core free of provider-specific code, and the AWS retry semantics would tie our release cycle to theirs.

        If you'd be up for publishing it as a separate quay-retry-aws plugin, we'd happily link to it from the README and help with the plugin hooks.

        Closed #482.

        \u2014
        Reply to this email directly or view it on Forgeyard:
        https://forgeyard.example/quaylib/quay-retry/pull/482#issuecomment-2291847
        You are receiving this because you authored the thread.
        """),
))

add(M(
    slug="climatehack-team-waitlist", label="other", category="non-job-rejection",
    notes="hackathon team application: \"we couldn't offer your team a place this time\", waitlisted; 7bit",
    frm=("ClimateHack Amsterdam", "team@climatehack-ams.example"),
    subject="ClimateHack Amsterdam 2026 - your team application",
    date="2026-09-10 12:00", tz="Europe/Amsterdam", charset="us-ascii", cte="7bit",
    body=T("""
        Hi Sam,

        Thank you for applying to ClimateHack Amsterdam 2026 with team "Heat Pump Hustlers".

        We received 310 team applications for 40 places, and the selection panel had a really hard time. We couldn't offer your team a place this time, but you're on the waitlist: if a team drops out before 2 October, we'll email you straight away.

        Either way, the opening talks on 17 October are free and open to everyone - we'd love to see you there.

        Green regards,
        The ClimateHack Amsterdam crew
        """),
))

add(M(
    slug="fitzwilliam-apartment-let-agreed", label="other", category="non-job-rejection",
    notes="letting agent after a viewing: \"The landlord has agreed terms with another applicant\", property "
          "withdrawn from the market; reply to the owner's enquiry; QP",
    frm=("Niamh Cullen", "niamh.cullen@fitzwilliamlettings.example"),
    subject="Re: Viewing \u2013 Apt 6, 31 Rathgar Road",
    date="2026-11-02 16:20", tz="Europe/Dublin",
    refs=[("fitzwilliam-enquiry", "example.org")],
    body=T("""
        Hi Sam,

        Thanks for coming to the viewing on Saturday and for sending your references over so quickly.

        The landlord has agreed terms with another applicant who can move in on 1 December, so Apartment 6 is now let agreed and I'm withdrawing it from the market this afternoon.

        I've saved your search (two-bed, Dublin 6/6W, up to \u20ac2,600) and I'll send you anything suitable the day it comes in.

        Kind regards,
        Niamh Cullen
        Letting Negotiator, Fitzwilliam Lettings
        PSRA Licence No. 004417
        """),
))

add(M(
    slug="fernbank-card-limit", label="other", category="non-job-rejection",
    notes="credit-card limit increase declined (\"Unfortunately, we can't increase your limit right now\"); "
          "alt with base64 HTML; regulatory footer",
    frm=("Fernbank", "no-reply@alerts.fernbank.example"),
    subject="About your credit limit request",
    date="2026-10-20 10:03", tz="Europe/London", kind="alt", html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    body=T("""
        Hi Sam,

        Thanks for asking us to raise the limit on your Fernbank credit card ending 4417 to \u00a36,000.

        Unfortunately, we can't increase your limit right now. We looked at how you've used your card, your recent payments and the information you gave us about your income, and we don't think a higher limit would be right for you at the moment.

        Your current limit of \u00a33,500 stays the same, and nothing else about your account has changed. You can ask again in six months.

        Fernbank
        Fernbank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 765432).
        """),
))

add(M(
    slug="avonmere-parking-permit", label="other", category="non-job-rejection",
    notes="council refuses a residents' parking permit (vehicle not registered at the address), appeal "
          "route; 72-col wrap; 7bit",
    frm=("Avonmere District Council Parking Services", "parking@avonmere.gov.example"),
    subject="Residents' parking permit application PP-2026-118734",
    date="2026-09-08 14:30", tz="Europe/London", charset="us-ascii", cte="7bit", wrap=True,
    body=T("""
        Dear Sam Taylor,

        Application reference: PP-2026-118734
        Zone: K (Cotham Vale)

        We have reviewed your application for a residents' parking permit. We are unable to issue a permit because the vehicle registration document (V5C) you supplied shows a registered keeper address outside Zone K.

        If you update the V5C with the DVLA, you can reapply at no extra cost by replying to this email with a copy of the updated document. If you believe our decision is wrong, you may ask for a review within 28 days of the date of this email.

        Yours sincerely,

        Parking Services
        Avonmere District Council
        """),
))

add(M(
    slug="northlight-bootcamp-scholarship", label="other", category="non-job-rejection",
    notes="bootcamp scholarship not awarded; the course place itself is still reserved; alt QP",
    frm=("Northlight Academy Admissions", "admissions@northlight-academy.example"),
    subject="Your scholarship application \u2013 ML Engineering Bootcamp (January 2027)",
    date="2026-11-25 12:00", tz="Europe/London", kind="alt",
    body=T("""
        Dear Sam,

        Thank you for applying for a Northlight Futures Scholarship for the ML Engineering Bootcamp starting in January 2027.

        The panel has now awarded all twelve scholarships for the January cohort, and we're sorry to tell you that your application was not among them. We had more than 240 applications this round.

        Your place on the bootcamp itself is still reserved until 4 December if you'd like to enrol as a self-funded student, and scholarship applications for the April cohort open on 15 January.

        Best wishes,
        Admissions Team
        Northlight Academy, Manchester
        """),
))

add(M(
    slug="pebblebrook-ats-awaiting-decision", label="other", category="owner-is-hiring",
    notes="the owner as hiring manager: ATS reminder \"3 candidates awaiting your decision\" with Advance/Reject "
          "buttons; HTML-only QP",
    frm=("Ashby", "notifications@ashbyhq.com"),
    subject="3 candidates awaiting your decision \u2013 Backend Engineer (Payments)",
    date="2026-11-19 08:00", tz="Europe/London", kind="html",
    headers=[("Auto-Submitted", "auto-generated")],
    html=T("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;color:#1f2933;font-size:14px">
        <p>Hi Sam,</p>
        <p>You have <b>3 candidates</b> in the <i>Hiring Manager Review</i> stage for <b>Backend Engineer (Payments)</b> at Pebblebrook Tools waiting on your decision.</p>
        <table cellpadding="8" style="border-collapse:collapse;border:1px solid #e4e7eb">
        <tr style="background:#f5f7fa"><th align="left">Candidate</th><th align="left">Stage</th><th align="left">Waiting</th><th></th></tr>
        <tr><td>Laila Haddad</td><td>Take-home review</td><td>4 days</td><td><a href="https://app.ashbyhq.com/candidates/1">Advance</a> &middot; <a href="https://app.ashbyhq.com/candidates/1/archive">Reject</a></td></tr>
        <tr><td>Marco Bellini</td><td>Pairing debrief</td><td>2 days</td><td><a href="https://app.ashbyhq.com/candidates/2">Advance</a> &middot; <a href="https://app.ashbyhq.com/candidates/2/archive">Reject</a></td></tr>
        <tr><td>Owen Prideaux</td><td>Application review</td><td>1 day</td><td><a href="https://app.ashbyhq.com/candidates/3">Advance</a> &middot; <a href="https://app.ashbyhq.com/candidates/3/archive">Reject</a></td></tr>
        </table>
        <p>Candidates who wait more than five days without a decision are flagged to the recruiting team.</p>
        <p style="font-size:12px;color:#7b8794">You're receiving this because you're the hiring manager on this job. <a href="https://app.ashbyhq.com/settings/notifications">Notification settings</a></p>
        </body></html>
        """),
))

add(M(
    slug="pebblebrook-colleague-reject-second", label="other", category="owner-is-hiring",
    notes="co-founder to the owner (hiring manager): \"Let's reject the second candidate (Marco)\" and asks the "
          "owner to send the rejection; the owner's debrief notes quoted; 7bit",
    frm=("Dan Whitcombe", "dan@pebblebrook.example"),
    subject="Re: Backend Engineer (Payments) - pairing debrief",
    date="2026-11-20 13:40", tz="Europe/London", charset="us-ascii", cte="7bit",
    refs=[("pebblebrook-debrief", "example.org")],
    body=T("""
        Sam,

        Read your notes, agree with almost all of it. Let's reject the second candidate (Marco) - the pairing session showed he wasn't comfortable without his IDE's refactoring tools, and he didn't ask a single question about the payments domain. Laila goes through to the final; can you set that up with her for next week?

        Could you send Marco the rejection yourself? He came through your network, so it'll land better from you. Keep it kind and mention the SQL work was good.

        Dan

        On Thu, 19 Nov 2026 at 18:22, Sam Taylor <sam.taylor@example.org> wrote:
        > Dan,
        >
        > Debrief from Tuesday's pairing sessions for Backend Engineer (Payments):
        >
        > 1. Laila - strong. Wrote tests first, talked through trade-offs, spotted the rounding bug.
        > 2. Marco - good SQL, but struggled once we moved off the happy path.
        > 3. Owen - haven't seen him yet, application review pending.
        >
        > Sam
        """),
))

add(M(
    slug="candidate-replies-to-sams-rejection", label="other", category="owner-is-hiring",
    notes="a candidate replies to the owner's own rejection (quoted: \"we won't be taking your application "
          "further\"), thanking and asking to stay in touch; QP",
    frm=("Marco Bellini", "marco.bellini@mailbox.example"),
    subject="Re: Backend Engineer (Payments) at Pebblebrook Tools",
    date="2026-11-24 20:15", tz="Europe/London",
    refs=[("pebblebrook-reject-marco", "example.org")],
    body=T("""
        Hi Sam,

        Thanks for letting me know, and for taking the time to write such a detailed note \u2014 it's more than I've had from most companies this year. I'll admit I'm disappointed, but the point about talking through trade-offs out loud is fair, and it's something I'll practise.

        Would you mind if I got back in touch in six months or so, in case Pebblebrook is hiring again?

        All the best,
        Marco

        On Mon, 23 Nov 2026 at 17:05, Sam Taylor <sam.taylor@example.org> wrote:
        > Hi Marco,
        >
        > Thank you for the pairing session on Tuesday and for the time you've put into the process.
        >
        > I'm sorry to say we won't be taking your application further for the Backend Engineer (Payments) role. Your SQL work was genuinely good; where we needed more was in working through the edge cases in the ledger code and talking through the options as you went.
        >
        > I wanted to tell you myself rather than through the system. Best of luck with the search.
        >
        > Sam
        """),
))

add(M(
    slug="copperbeech-reply-to-followup", label="other", category="reply-to-followup",
    notes="recruiter answers the owner's graceful follow-up (the owner's note and the earlier rejection are "
          "only in the quote); talent-pool flag; QP",
    frm=("Elif Demir", "elif.demir@copperbeech.example"),
    subject="Re: Engineering Manager, Insights \u2013 thank you",
    date="2026-11-06 15:55", tz="Europe/London",
    refs=[("copperbeech-outcome", "copperbeech.example"), ("copperbeech-sam-thanks", "example.org")],
    body=T("""
        Hi Sam,

        What a lovely note \u2014 thank you. It's rare that people take the time after a no, and it genuinely made my Friday. I've passed your kind words on to Andrew and the panel.

        I've also tagged your profile for the Platform EM role we expect to open in February, and I'll reach out as soon as it's live.

        Speak soon,
        Elif

        Elif Demir
        Senior Recruiter, Copperbeech Analytics

        On Thu, 5 Nov 2026 at 19:40, Sam Taylor <sam.taylor@example.org> wrote:
        > Hi Elif,
        >
        > Thanks for letting me know about the Engineering Manager, Insights role. I was sorry not to get it, but I really enjoyed meeting Andrew and the team, and I learned a lot from the process.
        >
        > Please do keep me in mind for future openings.
        >
        > Best wishes,
        > Sam
        >
        > On Tue, 3 Nov 2026 at 11:02, Elif Demir <elif.demir@copperbeech.example> wrote:
        >> Hi Sam,
        >>
        >> Thank you for meeting the panel last week. After a lot of discussion, they've chosen another candidate for the Engineering Manager, Insights role, whose background is closer to our analytics stack.
        >>
        >> Elif
        """),
))

add(M(
    slug="kofi-forwards-rejection", label="other", category="friend-forward",
    notes="a friend forwards his own rejection (\"the panel has chosen another finalist ... we won't be making "
          "you an offer\") asking how to reply; Gmail forward block; QP",
    frm=("Kofi Mensah", "kofi.mensah@mailbox.example"),
    subject="Fwd: Your application to Rivermint \u2013 Data Engineer",
    date="2026-11-24 12:30", tz="Europe/London",
    body=T("""
        Sam \u2014 got this one this morning. Gutted, honestly, I thought the final went well.

        You're good at these: how would you reply? I want to ask for feedback without sounding bitter. Pint on me on Friday for your trouble.

        K

        ---------- Forwarded message ---------
        From: Rivermint Talent <talent@rivermint.example>
        Date: Tue, 24 Nov 2026 at 09:14
        Subject: Your application to Rivermint \u2013 Data Engineer
        To: <kofi.mensah@mailbox.example>


        Hi Kofi,

        Thank you for taking part in the final stage last week. After a lot of discussion the panel has chosen another finalist for the Data Engineer role, so we won't be making you an offer this time.

        We'd be happy to share feedback if it would be useful.

        Rivermint Talent Team
        """),
))

add(M(
    slug="oakhollow-referral-outcome", label="other", category="referral-outcome",
    notes="the company tells the owner, as referrer, that the person they referred was not taken to interview; "
          "no bonus; alt QP",
    frm=("Jess Maddox", "jess.maddox@oakhollow.example"),
    subject="Update on your referral: Eilidh Grant \u2013 Data Engineer",
    date="2026-10-26 11:00", tz="Europe/London", kind="alt",
    body=T("""
        Hi Sam,

        Thanks for referring Eilidh Grant for the Data Engineer role through our alumni referral programme.

        The hiring team has reviewed her application and decided not to take it to interview: for this hire they're prioritising people with hands-on dbt and Snowflake experience. We've let Eilidh know directly and offered her a call with the recruiter.

        As the referral didn't reach the offer stage, no referral bonus applies this time. Please keep them coming \u2014 alumni referrals are still our best source of hires.

        Thanks,
        Jess Maddox
        Talent Team, Oakhollow
        """),
))
