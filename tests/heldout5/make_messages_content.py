"""Message content for make_messages.py (tests/heldout5). All people, companies and domains are invented."""

SAM = "Sam Taylor <sam.taylor@example.org>"

REJECTIONS = [
    dict(
        slug="brightwater-first-interview-feedback",
        label="rejection", category="after-interview",
        notes='US English, personal after first interview; "hiring manager has opted for a candidate with more agency-side experience"; 72-col wrap; 7bit',
        reply_to="dana.whitfield@brightwater-analytics.com", first="Dana", company="Brightwater Analytics",
        role="Senior Product Marketing Manager",
        frm="Dana Whitfield <dana.whitfield@brightwater-analytics.com>", to=SAM,
        subject="Your conversation with Brightwater", date="2026-03-10 16:42:11 -0500", wrap=True,
        text="""Hi Sam,

Thanks again for making time last Thursday to talk with Luis and me about the Senior Product Marketing Manager opening. I wanted to get back to you personally rather than let a form letter do it.

We had a strong group for this one, and after comparing notes the hiring manager has opted for a candidate with more agency-side experience, which matters a lot for how this team works with our channel partners over the next year. So we won't be moving you on to the case-study round.

A couple of things came through really well: your launch story for the analytics add-on was crisp, and Luis specifically mentioned how you framed pricing as a positioning question. If it's useful, I'm glad to jump on a 15-minute call and share the rest of the panel notes.

I'd genuinely like to stay in touch -- we expect to open a couple of lifecycle roles in the summer.

Warmly,
Dana

Dana Whitfield
Senior Recruiter | Brightwater Analytics
dana.whitfield@brightwater-analytics.com | (312) 555-0148
"""),
    dict(
        slug="kestrel-lane-second-interview",
        label="rejection", category="after-interview",
        notes='British English after second interview; "won\'t be inviting you to the final stage"; legal footer; QP (en dash in subject)',
        reply_to="imogen.pryce@kestrellane.co.uk", first="Imogen", company="Kestrel Lane Publishing",
        role="Brand Manager",
        frm="Imogen Pryce <imogen.pryce@kestrellane.co.uk>", to="sam.taylor@example.org",
        subject="Brand Manager \u2013 second interview", date="2026-04-22 11:05:37 +0100", cte="quoted-printable",
        text="""Dear Sam,

Thank you for coming back to see us on Monday for the second interview for the Brand Manager post, and for the thought you'd clearly put into the backlist relaunch exercise.

I'm sorry to say that we won't be inviting you to the final stage. The panel felt that two of the other candidates had more hands-on experience of trade marketing with the big book chains, and with the autumn list already in production that tipped the balance. It was a close call, and it isn't a reflection on the quality of your presentation, which was among the most organised we saw.

Please do keep an eye on our vacancies page; we recruit for the marketing team two or three times a year and I'd be pleased to see your name again.

Kind regards,

Imogen Pryce
Head of Marketing
Kestrel Lane Publishing Ltd
14 Cloth Fair, London EC1A 7JQ

\u2014
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Kestrel Lane Publishing Ltd is registered in England and Wales, company no. 04417782.
"""),
    dict(
        slug="orchard-loop-reply-to-thanks",
        label="rejection", category="after-final-round",
        notes='reply over owner\'s thank-you (Gmail "On ... wrote:" quote); "made the difficult call to offer the role to the other finalist"; RFC 2047 subject (em dash); 8bit',
        reply_to="marcus@orchardloop.com", first="Marcus", company="Orchard Loop", role="Head of Growth",
        frm="Marcus Bell <marcus@orchardloop.com>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Re: Thank you \u2014 Head of Growth conversation", date="2026-06-05 09:14:02 -0700",
        irt="<CAF3k9xQ2wThanks.orchard@mail.example.org>", cte="8bit",
        text="""Sam,

Really appreciate this note, and honestly the feeling's mutual \u2014 Thursday's session was one of the better ones we've had all year.

This is the harder part of my reply. We've made the difficult call to offer the role to the other finalist. They've scaled a marketplace through the exact Series B stretch we're heading into, and in the end that tipped it. I know that's not what you were hoping to read after four rounds, and I'm sorry it's landing by email.

If you're open to it, I'd like to introduce you to a couple of founders in our portfolio network who are hiring growth leads. No pressure either way.

Marcus

On Wed, Jun 3, 2026 at 6:02\u202fPM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Marcus,
>
> Thank you for the time on Thursday with you, Aisha and the board
> observer. I enjoyed digging into the activation funnel and came away
> even more excited about Orchard Loop and the Head of Growth role.
>
> Best,
> Sam
"""),
    dict(
        slug="tidewell-outlook-panel-outcome",
        label="rejection", category="after-interview",
        notes='Outlook reply over owner\'s thank-you (-----Original Message-----); "chosen to progress with another applicant"; From "Last, First"',
        reply_to="adaeze.okonkwo@tidewell-insurance.com", first="Adaeze", company="Tidewell Insurance Group",
        role="Digital Marketing Lead",
        frm='"Okonkwo, Adaeze" <adaeze.okonkwo@tidewell-insurance.com>', to='"Sam Taylor" <sam.taylor@example.org>',
        subject="RE: Digital Marketing Lead - thank you", date="2026-07-13 14:27:55 +0000",
        irt="<0f1e2d3c4b5a.thanks.tidewell@example.org>",
        extra={"Thread-Topic": "Digital Marketing Lead - thank you", "X-MS-Has-Attach": ""},
        text="""Hello Sam,

Thank you for your kind message, and apologies for the slower reply than I promised.

I have now heard back from the interview panel. I'm afraid they have chosen to progress with another applicant whose background in regulated financial services marketing is a little deeper. I know how much preparation goes into a panel interview, and everyone commented on how well you handled the customer-journey question.

I won't pretend this is the news you wanted. If you'd like a short feedback call, just reply with a couple of times that suit you.

Best wishes,
Adaeze

Adaeze Okonkwo
Talent Partner, Marketing & Digital
Tidewell Insurance Group
T: +44 20 7946 0381

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 02 July 2026 18:40
To: Okonkwo, Adaeze <adaeze.okonkwo@tidewell-insurance.com>
Subject: Digital Marketing Lead - thank you

Hi Adaeze,

Thanks for organising today's panel for the Digital Marketing Lead role. It was great to meet Chris and Helena, and I'd be delighted to keep talking.

Kind regards,
Sam Taylor
"""),
    dict(
        slug="halcyon-workday-status-table",
        label="rejection", category="ats-automated",
        notes='Workday HTML-only, status table "Closed \u2013 Position Filled", "will therefore not be taken forward"; no person, no reply address; QP',
        reply_to="", first="", company="Halcyon Foods", role="Category Marketing Manager",
        frm="Halcyon Foods <halcyonfoods@myworkday.com>", to="sam.taylor@example.org",
        subject="Update on your application \u2013 R-004512", date="2026-05-19 07:02:44 +0000", kind="html",
        html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<div><img src="https://halcyonfoods.wd3.myworkday.com/halcyonfoods/assets/logo.png" alt="Halcyon Foods" width="140"></div>
<p>Dear Sam Taylor,</p>
<p>We are writing about the position listed below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef"><th align="left">Requisition</th><th align="left">Position</th><th align="left">Location</th><th align="left">Status</th></tr>
<tr><td>R-004512</td><td>Category Marketing Manager</td><td>Leeds, UK</td><td>Closed &ndash; Position Filled</td></tr>
</table>
<p>The requisition above has now been filled and is no longer accepting candidates. Your application will therefore not be taken forward.
Your candidate profile remains active, and you are welcome to apply for other positions at any time.</p>
<p>Thank you for your interest in Halcyon Foods.</p>
<p><a href="https://halcyonfoods.wd3.myworkday.com/halcyonfoods/d/userHome.htmld">Sign in to your Candidate Home</a></p>
<p style="font-size:11px;color:#777">This is a system-generated email. Replies to this mailbox are not monitored.</p>
</body></html>
"""),
    dict(
        slug="vantor-greenhouse-take-home",
        label="rejection", category="ats-automated",
        notes='Greenhouse no-reply with Reply-To recruiter; "we\'re going to pass for now" after take-home',
        reply_to="priya.raman@vantorsystems.com", first="Priya", company="Vantor Systems",
        role="Product Marketing Manager, Platform",
        frm="Vantor Systems Recruiting <no-reply@greenhouse-mail.io>", reply_hdr="Priya Raman <priya.raman@vantorsystems.com>",
        to="sam.taylor@example.org", subject="Product Marketing Manager, Platform at Vantor Systems",
        date="2026-02-27 18:31:09 +0000", msgid_domain="greenhouse-mail.io",
        text="""Hi Sam,

Thanks for applying to the Product Marketing Manager, Platform role and for the time you spent on the take-home brief.

We've gone through it with the hiring team, and we're going to pass for now. The brief was thoughtful, but the team is looking for someone who has owned developer-facing messaging end to end, and that came through more strongly in other submissions.

We really do appreciate the effort, and you're welcome to apply for future roles at Vantor Systems.

Priya Raman
Technical Recruiter, Vantor Systems

Powered by Greenhouse
"""),
    dict(
        slug="quillbright-lever-volume",
        label="rejection", category="ats-automated",
        notes='Lever no-reply; "your profile wasn\'t shortlisted"; team signature, address only in body',
        reply_to="talent@quillbright.io", first="", company="Quillbright", role="Content Marketing Lead",
        frm="Quillbright <no-reply@hire.lever.co>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Your Quillbright application", date="2026-01-29 22:15:40 +0000",
        text="""Hello Sam,

Thank you for your interest in the Content Marketing Lead position at Quillbright.

We received over 400 applications for this opening. Your profile wasn't shortlisted for interviews this time, and we'd rather tell you that clearly than leave you waiting.

Because of the volume we can't offer individual feedback, but if you have a question about your application, our team reads everything sent to talent@quillbright.io.

All the best with your search,
The Quillbright Talent Team

--
Sent via Lever. You're receiving this email because you applied for a role at Quillbright.
"""),
    dict(
        slug="norda-ashby-html-button",
        label="rejection", category="ats-automated",
        notes='Ashby HTML-only base64 with a "See other open roles" button; Reply-To recruiter (bare address); "won\'t be advancing your application"',
        reply_to="tomasz.wilk@nordahealth.com", first="Tomasz", company="Norda Health", role="Lifecycle Marketing Manager",
        frm="Norda Health <no-reply@ashbyhq.com>", reply_hdr="tomasz.wilk@nordahealth.com", to=SAM,
        subject="Norda Health | Lifecycle Marketing Manager", date="2026-08-12 13:48:20 +0000",
        kind="html", cte="base64",
        html="""<!DOCTYPE html>
<html><body style="margin:0;background:#f4f5f7">
<div style="max-width:560px;margin:24px auto;background:#ffffff;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#1d1d1f">
<h2 style="margin-top:0;color:#0a6b4f">Norda Health</h2>
<p>Hi Sam,</p>
<p>Thank you for interviewing for the <strong>Lifecycle Marketing Manager</strong> position and for meeting Freya and the CRM team.</p>
<p>After a lot of discussion we have concluded that we won&#8217;t be advancing your application. The deciding factor was experience with compliance review for clinical audiences, which is central to the role in its first six months.</p>
<p>We know a decision like this is disappointing, and we&#8217;re grateful for the care you put into the process.</p>
<p style="margin:28px 0"><a href="https://jobs.ashbyhq.com/nordahealth" style="background:#0a6b4f;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none">See other open roles</a></p>
<p>Best,<br>Tomasz Wilk<br>Talent Acquisition, Norda Health</p>
</div>
<p style="text-align:center;font-size:11px;color:#888">Sent with Ashby</p>
</body></html>
"""),
    dict(
        slug="cobalt-ridge-smartrecruiters",
        label="rejection", category="ats-automated",
        notes='SmartRecruiters multipart/alternative QP; "pursue other applicants whose experience ... more closely matches"; team signature names a contact in the body (first name = that contact)',
        reply_to="lucia.ferrer@cobaltridgehotels.com", first="Luc\u00eda", company="Cobalt Ridge Hotels",
        role="Marketing Manager \u2013 Loyalty",
        frm="Cobalt Ridge Hotels <noreply@smartrecruiters.com>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Cobalt Ridge Hotels \u2013 your application for Marketing Manager \u2013 Loyalty",
        date="2026-09-08 10:20:00 +0200", kind="alt", cte="quoted-printable",
        text="""Dear Sam,

Thank you for applying for Marketing Manager \u2013 Loyalty with Cobalt Ridge Hotels.

Having reviewed all applications, we've decided to pursue other applicants whose experience of hotel loyalty programmes more closely matches what we need right now. We realise this is not the outcome you hoped for.

If you have any questions, you can contact Luc\u00eda Ferrer, Talent Acquisition Partner, at lucia.ferrer@cobaltridgehotels.com.

We hope our paths cross again \u2014 our careers site is updated weekly.

Kind regards,
Talent Acquisition Team
Cobalt Ridge Hotels
""",
        html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p>Dear Sam,</p>
<p>Thank you for applying for <b>Marketing Manager &ndash; Loyalty</b> with Cobalt Ridge Hotels.</p>
<p>Having reviewed all applications, we&#39;ve decided to pursue other applicants whose experience of hotel loyalty programmes more closely matches what we need right now. We realise this is not the outcome you hoped for.</p>
<p>If you have any questions, you can contact Luc&iacute;a Ferrer, Talent Acquisition Partner, at <a href="mailto:lucia.ferrer@cobaltridgehotels.com">lucia.ferrer@cobaltridgehotels.com</a>.</p>
<p>We hope our paths cross again &mdash; our careers site is updated weekly.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Cobalt Ridge Hotels</p>
<p style="font-size:10px;color:#999">Powered by SmartRecruiters</p>
</body></html>
"""),
    dict(
        slug="meridian-icims-inactive",
        label="rejection", category="ats-automated",
        notes='iCIMS, Bcc (To undisclosed-recipients); "advanced with candidates whose qualifications better fit ... moved to an inactive status"; no reply address',
        reply_to="", first="", company="Meridian Freight", role="Growth Marketing Specialist",
        frm="Meridian Freight Careers <meridianfreight@talent.icims.com>", to="undisclosed-recipients:;",
        subject="Meridian Freight: Req 2026-3318 Growth Marketing Specialist", date="2026-04-02 20:07:31 -0400",
        extra={"Delivered-To": "sam.taylor@example.org"},
        text="""Sam,

Thank you for your recent application for Growth Marketing Specialist (Req 2026-3318) in Columbus, OH.

This message is to let you know that the requisition has advanced with candidates whose qualifications better fit the current needs of the business, and your submission has been moved to an inactive status for this opening.

We encourage you to keep your profile current and to set up job alerts in our career portal for future roles.

Sincerely,
Talent Acquisition
Meridian Freight

*** Please do not reply to this message. This mailbox is not monitored. ***
"""),
    dict(
        slug="sterling-vale-taleo",
        label="rejection", category="ats-automated",
        notes='Taleo donotreply, 72-col wrap; "will not be considering your application further for this requisition"; EEO footer',
        reply_to="", first="", company="Sterling Vale Bank", role="Marketing Communications Manager",
        frm="Sterling Vale Bank <donotreply@taleo.net>", to="sam.taylor@example.org",
        subject="Your candidacy - Marketing Communications Manager (Job 26000417)", date="2026-06-23 04:51:12 -0500",
        wrap=True,
        text="""Dear Sam Taylor,

We appreciate your interest in Sterling Vale Bank and the time you invested in applying for Marketing Communications Manager (Job Number 26000417).

After careful consideration of your qualifications against the requirements of the position, we will not be considering your application further for this requisition. Please be assured that this decision does not preclude you from applying to other opportunities with us that match your background.

We thank you again for considering Sterling Vale Bank as a potential employer.

Sincerely,

Sterling Vale Bank Talent Acquisition

Sterling Vale Bank is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.

This e-mail was sent from an unattended mailbox. Please do not reply.
"""),
    dict(
        slug="pinecrest-bamboohr-hold-resume",
        label="rejection", category="keep-on-file",
        notes='BambooHR no-reply; "the role is going to someone else" + hold on to resume 12 months; address in body; unsubscribe-ish footer; 8bit',
        reply_to="rachel.moreno@pinecrestoutdoor.com", first="Rachel", company="Pinecrest Outdoor",
        role="Social Media Manager",
        frm="Pinecrest Outdoor <no-reply@bamboohr.com>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Thanks for applying to Pinecrest Outdoor", date="2026-05-06 15:33:27 -0600", cte="8bit",
        text="""Hi Sam,

Thanks so much for applying for our Social Media Manager role. We loved seeing how much of your work happens outdoors too!

This time the role is going to someone else, but we don't want this to be goodbye. With your permission we'll hold on to your r\u00e9sum\u00e9 for the next twelve months and reach out directly if something in brand or community opens up that fits you better. If you'd rather we didn't, just let Rachel know at rachel.moreno@pinecrestoutdoor.com.

Happy trails,
Rachel Moreno
People & Culture, Pinecrest Outdoor

\u2014
Sent via BambooHR on behalf of Pinecrest Outdoor. Manage your email preferences: https://pinecrestoutdoor.bamboohr.com/careers/preferences
"""),
    dict(
        slug="ridgeback-following-up",
        label="rejection", category="keep-on-file",
        notes='subject "Following up" gives nothing away; role closed with an internal move; "I\'d like to consider you for those openings" (future DTC roles)',
        reply_to="tom.aldridge@ridgebackroasters.com", first="Tom", company="Ridgeback Coffee Roasters",
        role="Brand Marketing Manager",
        frm="Tom Aldridge <tom.aldridge@ridgebackroasters.com>", to=SAM,
        subject="Following up", date="2026-09-30 12:09:58 +0100", cte="8bit",
        text="""Hi Sam,

Following up on our call a couple of weeks back. I've got an answer on the Brand Marketing Manager position, and it isn't the one either of us wanted: we're closing it with an internal move, as Hollie from our wholesale team is stepping across.

That said, I meant what I said on the call \u2014 your subscription-growth work is exactly what we'll need when we launch direct-to-consumer in the new year. I'd like to consider you for those openings once they're signed off, probably February. Would it be OK if I came back to you then?

Cheers,
Tom

Tom Aldridge
Marketing Director
Ridgeback Coffee Roasters
"""),
    dict(
        slug="threadline-phone-reply",
        label="rejection", category="terse",
        notes='phone-typed lowercase reply; "going to pass on the growth role for now, went w someone"; company only in the subject (lowercase); no role title',
        reply_to="jake@threadline.co", first="Jake", company="Threadline", role="",
        frm="Jake Moreau <jake@threadline.co>", to="sam.taylor@example.org",
        subject="Re: threadline growth chat", date="2026-02-11 21:56:03 -0800",
        irt="<d81c2b90-aa31-4b1e-9c0d-threadline@example.org>",
        text="""hey sam - sorry for the slow reply. we're going to pass on the growth role for now, went w someone with more paid social. appreciate you coming in tho

sent from my phone
"""),
    dict(
        slug="mosswood-re-our-chat",
        label="rejection", category="after-interview",
        notes='subject "Re: our chat" gives nothing away; "I don\'t think we\'re the right match right now"; short',
        reply_to="ines@mosswoodgames.com", first="Ines", company="Mosswood Games", role="Performance Marketing Manager",
        frm="Ines Carvalho <ines@mosswoodgames.com>", to=SAM,
        subject="Re: our chat", date="2026-03-26 08:40:15 +0000", irt="<7fa0.ourchat.mosswood@example.org>",
        cte="8bit",
        text="""Hi Sam,

Having slept on it, I don't think we're the right match right now. For the Performance Marketing Manager role we really need someone who has personally run seven-figure paid acquisition budgets, and that's the gap we kept coming back to.

Enjoyed the conversation though, genuinely. Good luck out there.

Ines
--
Ines Carvalho \u00b7 Head of Marketing \u00b7 Mosswood Games
"""),
    dict(
        slug="solwave-quick-update",
        label="rejection", category="role-cancelled",
        notes='subject "Quick update"; headcount freeze, "made the difficult call to stop the process"; promises a call if reopened',
        reply_to="hannah.leclerc@solwave.energy", first="Hannah", company="Solwave Energy", role="Senior Brand Strategist",
        frm="Hannah Leclerc <hannah.leclerc@solwave.energy>", to=SAM,
        subject="Quick update", date="2026-10-16 17:25:48 +0200", cte="8bit",
        text="""Hi Sam,

I wanted to let you know where things stand before the weekend. Yesterday our leadership team froze all new headcount for the rest of the financial year, and that includes the Senior Brand Strategist role. We've made the difficult call to stop the process rather than keep candidates waiting on a maybe.

I'm sorry \u2014 you were one of two people we were planning to bring back for the final conversation. If the freeze lifts and we reopen the role, you'll be the first person I call.

Best,
Hannah

Hannah Leclerc | Talent Lead | Solwave Energy
"""),
    dict(
        slug="gallowgate-restructure",
        label="rejection", category="role-cancelled",
        notes='British, 72-col wrap; internal restructure, "withdrawing the vacancy and will not be making an appointment"',
        reply_to="f.mackintosh@gallowgatemedia.co.uk", first="Fergus", company="Gallowgate Media Group",
        role="Partnerships Marketing Manager",
        frm="Fergus Mackintosh <f.mackintosh@gallowgatemedia.co.uk>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Partnerships Marketing Manager vacancy", date="2026-09-18 09:03:30 +0100", wrap=True,
        text="""Dear Sam,

I'm writing with news about the Partnerships Marketing Manager vacancy you interviewed for on 3 September.

Following an internal restructure announced to staff this week, the partnerships function is being folded into our commercial team in Glasgow, and the role no longer exists in the form we advertised. We are therefore withdrawing the vacancy and will not be making an appointment.

I appreciate this is frustrating, particularly after a second interview, and I'm sorry we couldn't give you a more satisfying conclusion. It has nothing to do with how you performed; you interviewed very well.

With best wishes,

Fergus Mackintosh
People Director
Gallowgate Media Group
"""),
    dict(
        slug="arcadia-offer-withdrawn",
        label="rejection", category="offer-rescinded",
        notes='offer withdrawn after sale of business unit; Cc people team; "we have to withdraw the offer we made you"',
        reply_to="nina.castellanos@arcadiamobility.com", first="Nina", company="Arcadia Mobility",
        role="Product Marketing Lead, Fleet",
        frm="Nina Castellanos <nina.castellanos@arcadiamobility.com>", to=SAM,
        cc="Arcadia People Team <people@arcadiamobility.com>",
        subject="About your offer", date="2026-10-28 11:12:45 -0700", cte="8bit",
        text="""Sam,

There's no easy way to write this, so I'll be direct. On Monday the board approved the sale of our fleet business unit to Keller Transit, and as part of that agreement we've been required to stop all open hiring into the unit. That means we have to withdraw the offer we made you on 14 October for Product Marketing Lead, Fleet.

I'm truly sorry. I know you were planning around a December start, and I know you turned down other conversations to join us. Our People team (copied) will contact you today about the sign-on bonus and any notice-period costs you've already incurred \u2014 we want to make that right.

I'd also be glad to make calls on your behalf. You impressed everyone here.

Nina

Nina Castellanos
VP Marketing, Arcadia Mobility
"""),
    dict(
        slug="harbourline-agency-wexley",
        label="rejection", category="agency",
        notes='UK agency relaying client decision; company = client Wexley Pharmaceuticals; "not taking you through to the second stage"; 8bit',
        reply_to="gemma.stokes@harbourlinetalent.co.uk", first="Gemma", company="Wexley Pharmaceuticals",
        role="Digital Campaigns Manager",
        frm="Gemma Stokes <gemma.stokes@harbourlinetalent.co.uk>", to=SAM,
        subject="Wexley - feedback", date="2026-07-29 10:47:19 +0100", cte="8bit",
        text="""Hi Sam,

Hope your week's going OK. I've had feedback from Wexley Pharmaceuticals this morning on the Digital Campaigns Manager interview and sadly they're not taking you through to the second stage.

Their words: they liked your energy and the campaign examples, but they want someone who has already worked within ABPI code sign-off and they felt that exposure was a bit light. Bit frustrating, as I did flag that up front.

I've got a couple of other briefs landing next week that are less regulated and I think would suit you better \u2014 fancy a call on Tuesday?

Gemma

Gemma Stokes
Senior Consultant \u2013 Marketing & Digital
Harbourline Talent
07700 900412
"""),
    dict(
        slug="summit-search-confidential-client",
        label="rejection", category="agency",
        notes='US retained search, client not named, company = agency; "going forward with another finalist"',
        reply_to="raj@summitsearchpartners.com", first="Raj", company="Summit Search Partners", role="VP of Marketing",
        frm="Raj Mehta <raj@summitsearchpartners.com>", to=SAM,
        subject="Update on the VP role", date="2026-08-04 16:05:52 -0700",
        text="""Sam -

Just got off the phone with my client. As you know I can't share the name yet, but they've let me know they're going forward with another finalist for the VP of Marketing search. The CEO made the final call and it came down to prior experience leading a team through an IPO.

I was rooting for you on this one and I think you'd have been great. Keep me posted on what else you're looking at - I run 4-5 marketing leadership searches a quarter and you're near the top of my list.

Best,
Raj

Raj Mehta | Partner
Summit Search Partners
raj@summitsearchpartners.com | 415-555-0199
"""),
    dict(
        slug="vistula-workable-after-interview",
        label="rejection", category="non-native-english",
        notes='non-native English via Workable no-reply with Reply-To HR person; "decided to continue the recruitment with other person"',
        reply_to="katarzyna.nowak@vistulasoftware.pl", first="Katarzyna", company="Vistula Software",
        role="Marketing Specialist (B2B)",
        frm="Vistula Software <noreply@workablemail.com>",
        reply_hdr="Katarzyna Nowak <katarzyna.nowak@vistulasoftware.pl>", to="sam.taylor@example.org",
        subject="Your application for Marketing Specialist (B2B) in Vistula Software",
        date="2026-06-17 14:02:09 +0200", msgid_domain="workablemail.com",
        text="""Dear Sam,

We are thanking you very much for the interest to our company and for the time on interview with our team last week.

After the discussion inside the team we have decided to continue the recruitment with other person, who have more experience in IT sector on the polish market. It was not easy decision because your presentation was very good.

We will keep your CV in our database, if you agree, and maybe we contact you in the future when new position will open.

We wish you all the best luck in your career.

Best regards,
Katarzyna Nowak
HR Specialist
Vistula Software Sp. z o.o.
"""),
    dict(
        slug="brenner-de-formal",
        label="rejection", category="non-english-de",
        notes='German formal (Sie), ISO-8859-1 QP, RFC 2047 From and subject; "haben wir uns entschieden, die Stelle ... mit einer Kandidatin zu besetzen"; no "leider"',
        reply_to="s.koehler@brenner-haustechnik.de", first="Sabine", company="Brenner Haustechnik",
        role="Produktmanager Marketing (m/w/d)",
        frm="Sabine K\u00f6hler <s.koehler@brenner-haustechnik.de>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Ihre Bewerbung als Produktmanager Marketing (m/w/d) \u2013 R\u00fcckmeldung",
        date="2026-03-19 15:14:06 +0100", charset="iso-8859-1", cte="quoted-printable",
        text="""Guten Tag Sam Taylor,

vielen Dank f\u00fcr Ihr Interesse an Brenner Haustechnik und f\u00fcr das angenehme Gespr\u00e4ch am vergangenen Dienstag.

Nach sorgf\u00e4ltiger Abw\u00e4gung aller Bewerbungen haben wir uns entschieden, die Stelle als Produktmanager Marketing (m/w/d) mit einer Kandidatin zu besetzen, deren Profil noch etwas besser zu unseren aktuellen Anforderungen im Fachhandel passt. Wir bedauern, Ihnen keine positivere Nachricht geben zu k\u00f6nnen.

Ihre Unterlagen werden wir gem\u00e4\u00df den Datenschutzbestimmungen nach sechs Monaten l\u00f6schen. F\u00fcr Ihre berufliche Zukunft w\u00fcnschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Gr\u00fc\u00dfen

Sabine K\u00f6hler
Personalreferentin
Brenner Haustechnik GmbH
Industriestra\u00dfe 12, 74076 Heilbronn
"""),
    dict(
        slug="papillon-fr-tutoiement",
        label="rejection", category="non-english-fr",
        notes='French informal (tu), base64 UTF-8, RFC 2047 subject; "on a finalement choisi de continuer avec quelqu\'un d\'autre"',
        reply_to="lea@papillon-digital.fr", first="L\u00e9a", company="Papillon Digital", role="Growth Marketer",
        frm="L\u00e9a Marchand <lea@papillon-digital.fr>", to=SAM,
        subject="Suite \u00e0 nos \u00e9changes", date="2026-11-05 18:22:37 +0100", cte="base64",
        text="""Salut Sam,

Merci encore pour ton temps la semaine derni\u00e8re, on a vraiment appr\u00e9ci\u00e9 l'\u00e9change avec toute l'\u00e9quipe.

Je vais \u00eatre franche : on a finalement choisi de continuer avec quelqu'un d'autre pour le poste de Growth Marketer. Son exp\u00e9rience sur l'acquisition mobile correspondait un peu mieux \u00e0 nos priorit\u00e9s pour 2027.

\u00c7a a \u00e9t\u00e9 une d\u00e9cision serr\u00e9e, et j'aimerais beaucoup garder le contact \u2014 si un poste plus orient\u00e9 produit s'ouvre, je reviendrai vers toi.

Belle journ\u00e9e,
L\u00e9a
--
L\u00e9a Marchand
Head of People \u00b7 Papillon Digital
"""),
    dict(
        slug="almendra-es-formal",
        label="rejection", category="non-english-es",
        notes='Spanish formal (usted), 8bit; team From address signed by a person (first name from signature); "hemos decidido no seguir adelante con la suya"',
        reply_to="seleccion@grupoalmendra.es", first="Javier", company="Grupo Almendra",
        role="Responsable de Marketing de Producto",
        frm="Grupo Almendra - Selecci\u00f3n <seleccion@grupoalmendra.es>", to="sam.taylor@example.org",
        subject="Proceso de selecci\u00f3n: Responsable de Marketing de Producto", date="2026-05-27 12:30:00 +0200",
        cte="8bit",
        text="""Estimado/a Sam Taylor:

Le agradecemos sinceramente su participaci\u00f3n en el proceso de selecci\u00f3n para el puesto de Responsable de Marketing de Producto y el tiempo dedicado a las entrevistas con nuestro equipo.

Tras valorar detenidamente todas las candidaturas, hemos decidido no seguir adelante con la suya en esta ocasi\u00f3n. La decisi\u00f3n no ha sido sencilla, dado el alto nivel de los perfiles finalistas.

Conservaremos sus datos en nuestra base de candidatos durante doce meses, salvo que nos indique lo contrario, por si surgiera una vacante acorde con su trayectoria.

Reciba un cordial saludo,

Javier Ortega
Departamento de Personas
Grupo Almendra
"""),
    dict(
        slug="dijkstra-nl-terugkoppeling",
        label="rejection", category="non-english-nl",
        notes='Dutch (je), QP; "gekozen voor een kandidaat ... niet verder in behandeling"; no "helaas"',
        reply_to="merel.devries@dijkstramobiliteit.nl", first="Merel", company="Dijkstra Mobiliteit", role="Marketingmanager",
        frm="Merel de Vries <merel.devries@dijkstramobiliteit.nl>", to=SAM,
        subject="Terugkoppeling sollicitatie Marketingmanager", date="2026-04-10 16:58:41 +0200",
        cte="quoted-printable",
        text="""Hoi Sam,

Dank je wel voor je sollicitatie en voor het fijne gesprek van donderdag.

We hebben intussen alle gesprekken afgerond en gekozen voor een kandidaat die al ervaring heeft met B2B-marketing in de OV-sector. Dat betekent dat we jouw sollicitatie voor de functie van Marketingmanager niet verder in behandeling nemen.

Mocht je behoefte hebben aan een toelichting, bel me gerust: 06-12345678.

Met vriendelijke groet,

Merel de Vries
Recruiter | Dijkstra Mobiliteit
"""),
    dict(
        slug="ferraretto-it-formale",
        label="rejection", category="non-english-it",
        notes='Italian formal (Lei), 8bit; HR team From address signed by a person; "abbiamo deciso di orientarci verso altri profili"',
        reply_to="hr@ferrarettocaffe.it", first="Giulia", company="Ferraretto Caff\u00e8", role="Brand Manager Italia",
        frm="Risorse Umane Ferraretto Caff\u00e8 <hr@ferrarettocaffe.it>", to=SAM,
        subject="Candidatura Brand Manager Italia", date="2026-07-21 09:36:12 +0200", cte="8bit",
        text="""Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato verso Ferraretto Caff\u00e8 e per il tempo che ci ha dedicato durante il colloquio.

Dopo un'attenta valutazione, Le comunichiamo che abbiamo deciso di orientarci verso altri profili, pi\u00f9 in linea con le esigenze attuali della posizione di Brand Manager Italia.

Il Suo curriculum rester\u00e0 nel nostro archivio e potr\u00e0 essere preso in considerazione per future opportunit\u00e0.

Cordiali saluti,

Giulia Benedetti
Risorse Umane
Ferraretto Caff\u00e8 S.p.A.
"""),
    dict(
        slug="jabuticaba-pt-br-informal",
        label="rejection", category="non-english-pt",
        notes='Brazilian Portuguese informal, QP, RFC 2047 subject; "a gente optou por seguir com outra pessoa"',
        reply_to="camila.souza@jabuticaba.tech", first="Camila", company="Jabuticaba Tech", role="Analista de Growth",
        frm="Camila Souza <camila.souza@jabuticaba.tech>", to=SAM,
        subject="Atualiza\u00e7\u00e3o sobre sua candidatura", date="2026-08-26 19:44:03 -0300", cte="quoted-printable",
        text="""Oi Sam, tudo bem?

Passando pra te dar um retorno sobre a vaga de Analista de Growth. Depois das entrevistas, a gente optou por seguir com outra pessoa, que j\u00e1 tinha experi\u00eancia com marketplaces aqui no Brasil.

Gostei muito da nossa conversa e do case que voc\u00ea apresentou \u2014 s\u00e9rio. Se abrir alguma vaga que combine mais com o seu perfil, te chamo!

Abra\u00e7os,
Camila
Jabuticaba Tech \u00b7 Talent
"""),
    dict(
        slug="halvorsen-two-liner",
        label="rejection", category="terse",
        notes='two-line reply from a small-business owner ("we\'ve given the job to someone local"); Outlook for Android footer; role only in the subject',
        reply_to="greg@halvorsenbikes.example", first="Greg", company="Halvorsen Bikes", role="Marketing Coordinator",
        frm="Greg Halvorsen <greg@halvorsenbikes.example>", to="sam.taylor@example.org",
        subject="RE: Marketing Coordinator application", date="2026-01-08 18:03:27 -0600",
        irt="<app.halvorsen.0105@example.org>",
        text="""Thanks Sam - we've given the job to someone local. All the best with it.

Greg
Halvorsen Bikes

Get Outlook for Android
"""),
]

OTHERS = [
    dict(
        slug="fairhaven-slot-gone-pick-another",
        label="other", category="interview-invite",
        notes='first-interview invite: "Unfortunately the 2pm slot ... has been taken", pick another slot',
        frm="Olivia Grant <olivia.grant@fairhavenlabs.io>", to=SAM,
        subject="Re: Interview \u2013 Product Marketing Manager", date="2026-02-17 11:21:05 +0000",
        irt="<5b2a.avail.fairhaven@example.org>", cte="8bit",
        text="""Hi Sam,

Unfortunately the 2pm slot on Thursday that I offered you was taken by the time your reply reached me \u2014 sorry about that, our calendars move fast this week.

We'd still very much like to meet you for the first interview. Could you pick one of these instead?

 - Friday 20 Feb, 10:00\u201310:45
 - Monday 23 Feb, 15:30\u201316:15
 - Tuesday 24 Feb, 11:00\u201311:45

Or grab any open time here: https://cal.fairhavenlabs.io/olivia/pmm-first

Best,
Olivia
Talent Partner, Fairhaven Labs
"""),
    dict(
        slug="norwick-final-round-in-person",
        label="other", category="interview-invite",
        notes='final-round invite: "move forward with you", "I regret that I have to ask you to travel", "Unfortunately we can\'t offer a remote option"',
        frm="Daniel Ashworth <daniel.ashworth@norwickanalytics.com>", to=SAM,
        subject="Next step: final round for Senior Growth Manager", date="2026-05-06 13:10:44 +0100",
        text="""Hi Sam,

Good news first: the team would like to move forward with you to the final round for the Senior Growth Manager role.

I regret that I have to ask you to travel for this one. Our CMO, Ruth, is only in the London office on the 14th and 15th of May, and she's keen to meet finalists in person. We'll cover your train fare, of course. The format is a 45-minute presentation (brief to follow separately), then conversations with Ruth and two of the regional leads.

Unfortunately we can't offer a remote option this time; if neither day works, tell me and I'll see what I can do.

Thanks,
Daniel

Daniel Ashworth
Recruitment Lead, Norwick Analytics
"""),
    dict(
        slug="ashcombe-workday-received",
        label="other", category="ack-received",
        notes='Workday acknowledgement: "If you have not heard from us within 4 weeks ... please consider your application unsuccessful on this occasion"',
        frm="Ashcombe Retail <ashcombe@myworkday.com>", to="sam.taylor@example.org",
        subject="Thank you for applying \u2013 Ecommerce Marketing Manager", date="2026-01-14 08:15:00 +0000",
        cte="quoted-printable",
        text="""Dear Sam,

Thank you for applying for the Ecommerce Marketing Manager role (JR-11842) at Ashcombe Retail. This email confirms that we have received your application.

Our recruitment team reviews every application against the role requirements. Due to the volume of applications we receive, we are unable to respond to each applicant individually. If you have not heard from us within 4 weeks of the closing date, please consider your application unsuccessful on this occasion.

You can track the status of your application at any time in your Candidate Home.

Kind regards,
Ashcombe Retail Talent Team

This is an automated message; please do not reply.
"""),
    dict(
        slug="lumbre-es-recibida",
        label="other", category="ack-received",
        notes='Spanish acknowledgement: "Si no recibes noticias ... entiende que lamentablemente tu candidatura no ha sido seleccionada"; RFC 2047 subject',
        frm="Talento Lumbre Seguros <talento@lumbre-seguros.es>", to=SAM,
        subject="Hemos recibido tu candidatura \u2013 Product Marketing Manager", date="2026-10-02 10:05:19 +0200",
        cte="8bit",
        text="""Hola Sam:

Gracias por tu inter\u00e9s en Lumbre Seguros. Te confirmamos que hemos recibido tu candidatura para el puesto de Product Marketing Manager.

Nuestro equipo revisar\u00e1 tu perfil en las pr\u00f3ximas semanas. Si no recibes noticias nuestras en un plazo de 30 d\u00edas, entiende que lamentablemente tu candidatura no ha sido seleccionada para continuar en el proceso.

Un saludo,
Equipo de Talento \u00b7 Lumbre Seguros
"""),
    dict(
        slug="marlowe-quince-offer",
        label="other", category="offer",
        notes='job offer, multipart/alternative QP: "unfortunately we can\'t go higher on salary"',
        frm="Harriet Quince <harriet@marloweandquince.com>", to=SAM,
        subject="Offer \u2013 Head of Product Marketing", date="2026-09-25 15:42:10 +0100", kind="alt",
        cte="quoted-printable",
        text="""Hi Sam,

I'm so pleased to be writing this: we'd like to offer you the role of Head of Product Marketing at Marlowe & Quince!

Thanks for being open with me about your expectations on Friday. I took them back to our founders, and unfortunately we can't go higher on salary than the \u00a392,000 base we discussed \u2014 we're holding bands tightly across the leadership team this year. What we have been able to do is add an extra 0.15% in options and bring your first review forward to six months.

The formal offer letter will arrive from our HR platform this afternoon. Take the weekend to think it over, and call me with any questions at all.

Really hoping you say yes,
Harriet
""",
        html="""<div dir="ltr" style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Sam,</p>
<p>I'm so pleased to be writing this: <b>we'd like to offer you the role of Head of Product Marketing at Marlowe &amp; Quince!</b></p>
<p>Thanks for being open with me about your expectations on Friday. I took them back to our founders, and unfortunately we can't go higher on salary than the &pound;92,000 base we discussed &mdash; we're holding bands tightly across the leadership team this year. What we have been able to do is add an extra 0.15% in options and bring your first review forward to six months.</p>
<p>The formal offer letter will arrive from our HR platform this afternoon. Take the weekend to think it over, and call me with any questions at all.</p>
<p>Really hoping you say yes,<br>Harriet</p>
</div>
"""),
    dict(
        slug="glasshouse-acceptance-confirmed",
        label="other", category="offer-accepted",
        notes='confirmation of the owner\'s offer acceptance; contains "Unfortunately we can\'t issue system access"',
        frm="Glasshouse Analytics People Team <people@glasshouseanalytics.com>", to=SAM,
        subject="Welcome aboard, Sam \u2013 your acceptance is confirmed", date="2026-11-20 09:30:00 +0000",
        cte="8bit",
        text="""Hi Sam,

We've received your signed offer letter \u2014 thank you, and welcome to Glasshouse Analytics! This confirms your acceptance of the Senior Product Marketing Manager position, starting Monday 4 January 2027.

A few things to expect:

 \u2022 Laptop: you'll get a tracking link in late December.
 \u2022 Onboarding: your first-week schedule will come from Mei, your onboarding buddy.
 \u2022 Paperwork: please complete the right-to-work check in the portal by 18 December. Unfortunately we can't issue system access until it's done.

If anything doesn't look right, reply to this email and we'll sort it.

See you soon,
The People Team at Glasshouse Analytics
"""),
    dict(
        slug="sablewood-move-interview",
        label="other", category="reschedule",
        notes='interviewer ill: "I regret the inconvenience", moves interview; "role is very much still open"',
        frm="Chris Doyle <chris.doyle@sablewood.co>", to=SAM,
        subject="Need to move our Wednesday interview", date="2026-11-09 07:48:33 +0000", cte="8bit",
        text="""Hi Sam,

I'm really sorry to do this at short notice, but I've come down with something and I'd rather not do our interview on Wednesday sounding like a foghorn. I regret the inconvenience, especially as I know you'd blocked out the morning.

Could we do the same time next Monday, 16 November, instead? If that's no good, Anjali on our team can send over other options. The role is very much still open and you're still one of the people we're most keen to talk to.

Thanks for understanding,
Chris

Chris Doyle \u2014 Director of Brand, Sablewood
"""),
    dict(
        slug="jobsfeed-alert-digest",
        label="other", category="job-alert",
        notes='job-board digest, multipart/alternative; blog teaser quotes "we have decided to pursue other candidates", "Not selected again?", "move forward", "rejected"; unsubscribe footer',
        frm="Jobsfeed Alerts <alerts@jobsfeed-mail.com>", to="sam.taylor@example.org",
        subject="12 new product marketing jobs + \"I was rejected 30 times\"", date="2026-03-02 06:00:12 +0000",
        kind="alt", cte="quoted-printable",
        extra={"List-Unsubscribe": "<https://jobsfeed-mail.com/u/9f31c2>", "Precedence": "bulk"},
        text="""Hi Sam, here are this week's new jobs for "product marketing" near London.

1. Senior Product Marketing Manager \u2014 Corvane Pay \u2014 London (hybrid)
2. Product Marketing Lead, SMB \u2014 Tessellate HR \u2014 Remote (UK)
3. Growth Marketing Manager \u2014 Pebblebrook Insurance \u2014 Reading
... and 9 more: https://jobsfeed-mail.com/alerts/pm-london

FROM THE BLOG
"Not selected again? How to move forward after a rejection email"
Our careers editor read 200 rejection letters. She explains what "we have decided to pursue other candidates" really means, why you were rejected without an interview, and the one-line reply that gets recruiters to remember you.

You are receiving this because you created a job alert. Unsubscribe: https://jobsfeed-mail.com/u/9f31c2
""",
        html="""<html><body style="font-family:Arial,sans-serif;background:#fafafa">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h1 style="font-size:20px">12 new jobs for &quot;product marketing&quot;</h1>
<ol>
<li><a href="https://jobsfeed-mail.com/j/1">Senior Product Marketing Manager</a> &mdash; Corvane Pay &mdash; London (hybrid)</li>
<li><a href="https://jobsfeed-mail.com/j/2">Product Marketing Lead, SMB</a> &mdash; Tessellate HR &mdash; Remote (UK)</li>
<li><a href="https://jobsfeed-mail.com/j/3">Growth Marketing Manager</a> &mdash; Pebblebrook Insurance &mdash; Reading</li>
</ol>
<p><a href="https://jobsfeed-mail.com/alerts/pm-london">See all 12 jobs</a></p>
<hr>
<h2 style="font-size:16px">From the blog: Not selected again? How to move forward after a rejection email</h2>
<p>Our careers editor read 200 rejection letters. She explains what &quot;we have decided to pursue other candidates&quot; really means, why you were rejected without an interview, and the one-line reply that gets recruiters to remember you.</p>
<p style="font-size:11px;color:#888">You are receiving this because you created a job alert. <a href="https://jobsfeed-mail.com/u/9f31c2">Unsubscribe</a></p>
</td></tr></table></body></html>
"""),
    dict(
        slug="corvan-out-of-office",
        label="other", category="auto-reply",
        notes='Outlook out-of-office reply to the owner\'s follow-up; "Unfortunately this means I won\'t be able to respond to applications"; Auto-Submitted header',
        frm="Beatriz Lindqvist <beatriz.lindqvist@corvanholdings.com>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Automatic reply: Application follow-up - Brand Lead", date="2026-08-24 09:02:11 +0200",
        irt="<a1b2.followup.corvan@example.org>",
        extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Thank you for your email. I am out of the office from 21 to 28 August with no access to email. Unfortunately this means I won't be able to respond to applications or interview scheduling until I return.

For urgent recruitment matters please contact talent@corvanholdings.com.

Kind regards,
Beatriz
"""),
    dict(
        slug="mailer-daemon-application-bounce",
        label="other", category="bounce",
        notes='multipart/report DSN for the owner\'s own application email: "Recipient address rejected", "could not be delivered"',
        frm="Mail Delivery System <MAILER-DAEMON@mx1.example.org>", to="sam.taylor@example.org",
        subject="Undelivered Mail Returned to Sender", date="2026-06-30 13:27:40 +0000", kind="dsn",
        msgid_domain="mx1.example.org", extra={"Auto-Submitted": "auto-replied"},
        text="""This is the mail system at host mx1.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hiring@quaysidefoods.example>: host mx.quaysidefoods.example[203.0.113.25]
    said: 550 5.1.1 <hiring@quaysidefoods.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""",
        dsn_fields=[
            [("Reporting-MTA", "dns; mx1.example.org"), ("X-Postfix-Queue-ID", "4Wq8Zk1sQfz9"),
             ("Arrival-Date", "Tue, 30 Jun 2026 13:27:38 +0000 (UTC)")],
            [("Final-Recipient", "rfc822; hiring@quaysidefoods.example"), ("Action", "failed"),
             ("Status", "5.1.1"), ("Remote-MTA", "dns; mx.quaysidefoods.example"),
             ("Diagnostic-Code", "smtp; 550 5.1.1 <hiring@quaysidefoods.example>: Recipient address rejected: User unknown in virtual mailbox table")],
        ],
        returned_headers="""From: Sam Taylor <sam.taylor@example.org>
To: hiring@quaysidefoods.example
Subject: Application: Marketing Manager - Sam Taylor
Date: Tue, 30 Jun 2026 14:27:31 +0100
Message-ID: <c3d9e1.application.quayside@example.org>
"""),
    dict(
        slug="jabr-manuscript-decision",
        label="other", category="non-job-rejection",
        notes='journal manuscript rejected: "I regret to inform you that we are unable to accept your manuscript"; reviewer comments',
        frm="Journal of Applied Brand Research <editorial@jabr-journal.example>", to=SAM,
        subject="Decision on manuscript JABR-2026-0231", date="2026-04-28 17:03:55 +0000",
        text="""Dear Sam Taylor,

Thank you for submitting your manuscript, "Price anchoring in subscription onboarding flows: a field study" (JABR-2026-0231), co-authored with Dr Ana Rivas.

I regret to inform you that, on the basis of the reviewers' reports, we are unable to accept your manuscript for publication in the Journal of Applied Brand Research. Both reviewers found the question interesting but felt the sample was too narrow to support the general claims made in the discussion.

The reviewers' comments are included below in the hope that they will be useful as you revise the work for another venue.

Reviewer 1: The experimental design is clear, but a single-market sample of one product category cannot carry the conclusions in section 5.

Reviewer 2: I would encourage the authors to reframe this as a case study.

Yours sincerely,

Prof. Hendrik Maas
Editor-in-Chief
"""),
    dict(
        slug="creative-enterprise-grant-outcome",
        label="other", category="non-job-rejection",
        notes='grant for the owner\'s side business: "your application has not been successful on this occasion"',
        frm="Creative Enterprise Fund <grants@creativeenterprisefund.example>", to=SAM,
        subject="Your application CEF-26-1187: outcome", date="2026-07-08 12:00:00 +0100",
        text="""Dear Sam,

Thank you for applying to Round 3 of the Creative Enterprise Fund on behalf of Northlight Marketing Studio.

We received 640 applications for 38 awards this round. I am sorry to tell you that your application has not been successful on this occasion. The panel scored your project well on need but less strongly on evidence of match funding.

You are welcome to apply again in Round 4, which opens in January. Our funding officers run free feedback clinics every month; you can book a slot through your applicant portal.

With best wishes,

Grants Team
Creative Enterprise Fund
"""),
    dict(
        slug="fenwick-lettings-flat",
        label="other", category="non-job-rejection",
        notes='rental flat: "landlord has chosen another applicant ... we won\'t be progressing your application for this property"',
        frm="Lucy Harcourt <lucy@fenwicklettings.example>", to=SAM,
        subject="22 Alder Road, Flat 3 - your application", date="2026-01-21 16:14:29 +0000",
        text="""Hi Sam,

Thanks for viewing Flat 3, 22 Alder Road on Saturday and for getting your application in so quickly.

I'm afraid the landlord has chosen another applicant who can move in from the 1st, so we won't be progressing your application for this property. Your holding deposit hasn't been taken, so there's nothing to refund.

We have two similar two-bed flats coming to the market next week in the same postcode. Shall I book you in for early viewings?

Kind regards,
Lucy Harcourt
Lettings Negotiator, Fenwick Lettings
"""),
    dict(
        slug="horizon-bank-card-declined",
        label="other", category="non-job-rejection",
        notes='credit card application: "we\'re unable to approve your application"; marketing footer',
        frm="Horizon Bank <no-reply@alerts.horizonbank.example>", to="sam.taylor@example.org",
        subject="About your Horizon Rewards Credit Card application", date="2026-02-03 19:20:45 +0000",
        kind="html", cte="quoted-printable",
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Dear Sam Taylor,</p>
<p>Thank you for applying for the Horizon Rewards Credit Card (reference HB-7741-0293).</p>
<p>After reviewing the information you gave us together with information from a credit reference agency, we're unable to approve your application at this time.</p>
<p>This decision was made in part using automated processing. You have the right to ask us to reconsider, and to request a copy of the credit reference information we used. Details of how to do this are in the attached notice and in your online account.</p>
<p>Yours sincerely,<br>Horizon Bank Card Services</p>
<p style="font-size:11px;color:#666">Horizon Bank plc is authorised by the Prudential Regulation Authority. Please do not reply to this email. To stop receiving marketing emails, <a href="https://horizonbank.example/prefs">update your preferences</a>.</p>
</body></html>
"""),
    dict(
        slug="brandcon-talk-not-accepted",
        label="other", category="non-job-rejection",
        notes='conference talk proposal "wasn\'t selected for the programme"; offers a lightning slot',
        frm="BrandCon 2027 Programme Team <speakers@brandcon.example>", to=SAM,
        subject="BrandCon 2027: your talk proposal", date="2026-10-21 14:45:00 +0000", cte="8bit",
        text="""Hi Sam,

Thanks for submitting "Positioning is a pricing decision" to BrandCon 2027. We had 512 proposals for 40 main-stage slots this year, the most we've ever received.

Your talk wasn't selected for the main programme. The committee liked the premise but already had two pricing sessions in the shortlist.

We'd love to offer you a 10-minute lightning slot on day two instead \u2014 let us know by 4 November if you'd like it.

Cheers,
The BrandCon Programme Team
"""),
    dict(
        slug="borough-tender-unsuccessful",
        label="other", category="non-job-rejection",
        notes='RFP/tender outcome for the owner\'s consultancy bid: "your bid was unsuccessful ... contract has been awarded"; wrap',
        frm="Procurement Team <procurement@eastmere-council.example>", to="sam.taylor@example.org",
        subject="Tender outcome: EMC/2026/044 Brand and website messaging refresh", date="2026-06-12 10:30:00 +0100",
        wrap=True,
        text="""Dear Sam Taylor,

Tender reference: EMC/2026/044 - Brand and website messaging refresh

Thank you for the tender submitted by Northlight Marketing Studio for the above contract.

Following evaluation in line with the published criteria, we regret to inform you that your bid was unsuccessful. The contract has been awarded to Farrow Creative Ltd, whose tender achieved the highest combined quality and price score. Your score was 71.5 out of 100 against the winning score of 78.0.

A standstill period of ten calendar days now applies. If you would like a written debrief, please request one through the procurement portal before the end of that period.

Yours faithfully,

Procurement Team
Eastmere Borough Council
"""),
    dict(
        slug="westbridge-pgcert-no-place",
        label="other", category="non-job-rejection",
        notes='course admission: "we are unable to offer you a place"; HTML-only with applicant portal button',
        frm="Westbridge School of Business Admissions <admissions@westbridge-sb.example>", to=SAM,
        subject="Your application: PG Certificate in Marketing Analytics", date="2026-08-14 11:11:11 +0100",
        kind="html", cte="quoted-printable",
        html="""<html><body style="font-family:Georgia,serif">
<p>Dear Sam,</p>
<p>Thank you for your application to the <b>Postgraduate Certificate in Marketing Analytics</b> (part-time, January 2027 intake).</p>
<p>The programme was heavily oversubscribed this year, and after careful review of your application we are unable to offer you a place on this occasion. You may wish to consider our short course, Data Storytelling for Marketers, which still has places.</p>
<p><a href="https://apply.westbridge-sb.example/portal" style="background:#6a1b2a;color:#fff;padding:8px 14px;text-decoration:none">View your applicant portal</a></p>
<p>Yours sincerely,<br>Admissions Office<br>Westbridge School of Business</p>
</body></html>
"""),
    dict(
        slug="thamesmead-sailing-membership",
        label="other", category="non-job-rejection",
        notes='club membership: "the committee is not able to offer you full membership this season"; waiting list',
        frm="Membership Secretary <membership@thamesmeadsailing.example>", to=SAM,
        subject="Membership application - Thamesmead Sailing Club", date="2026-03-31 20:10:05 +0100",
        text="""Dear Sam,

Thank you for your application to join Thamesmead Sailing Club, and for coming along to the open evening.

The committee met on Tuesday. As we are already at our mooring and boat-park limits, I'm sorry to say we are not able to offer you full membership this season. We have added you to the waiting list in position 14, and you are very welcome to crew in the Wednesday evening races as a guest in the meantime.

Fair winds,
Pauline Okafor
Membership Secretary
"""),
    dict(
        slug="visa-appointment-declined",
        label="other", category="non-job-rejection",
        notes='visa appointment request declined/"could not be confirmed"; automated',
        frm="Global Visa Appointments <noreply@gva-appointments.example>", to="sam.taylor@example.org",
        subject="Appointment request GVA-LDN-558210 not confirmed", date="2026-09-02 03:15:27 +0000",
        text="""Dear SAM TAYLOR,

Your request for a biometrics appointment (reference GVA-LDN-558210, short-stay visa, London centre) could not be confirmed.

Reason: the selected date is no longer available, and your request has been declined automatically. No fee has been charged.

Please log in and choose another date. Appointments are released every weekday at 09:00 UK time.

This is an automated message. Please do not reply.
Global Visa Appointments
"""),
    dict(
        slug="colleague-shortlist-which-to-decline",
        label="other", category="owner-is-hiring",
        notes='the owner is hiring: colleague suggests who to turn down ("I\'d let Jordan go", "Can you send the no?"); owner in Cc',
        frm="Megan Hollis <megan.hollis@corbelstudio.example>", to="hiring-content@corbelstudio.example",
        cc="Sam Taylor <sam.taylor@example.org>",
        subject="Re: Content Designer shortlist", date="2026-10-09 16:31:20 +0100",
        irt="<shortlist.1009.corbel@example.org>", cte="8bit",
        text="""Sam, all,

I've been through the three take-homes. My vote: we let Jordan Pike go. Lovely writer, but nothing in the portfolio shows working inside a product squad, and unfortunately that's the whole job. Elif and Ravi should both go through to the final round.

Sam \u2014 you had the first call with Jordan, so could you send the no? Happy to draft it if you'd rather. I'll book the finals for the week of the 19th.

Megan
"""),
    dict(
        slug="lever-candidate-archived-by-owner",
        label="other", category="owner-is-hiring",
        notes='Lever notification: a candidate "was archived by Sam Taylor" with reason "Rejected \u2013 Underqualified"; HTML-only',
        frm="Lever <no-reply@hire.lever.co>", to=SAM,
        subject="Dominic Reyes was archived by Sam Taylor (Content Designer)", date="2026-10-12 09:58:13 +0000",
        kind="html", cte="quoted-printable",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p><b>Dominic Reyes</b> was archived by <b>Sam Taylor</b></p>
<table cellpadding="4">
<tr><td style="color:#888">Posting</td><td>Content Designer &ndash; Corbel Studio</td></tr>
<tr><td style="color:#888">Stage</td><td>Take-home review</td></tr>
<tr><td style="color:#888">Archive reason</td><td>Rejected &ndash; Underqualified</td></tr>
<tr><td style="color:#888">Rejection email</td><td>Scheduled (sends in 24 hours)</td></tr>
</table>
<p><a href="https://hire.lever.co/candidates/1f2e3d4c">View candidate in Lever</a></p>
<p style="font-size:11px;color:#999">You received this notification because you are on the hiring team for this posting. Manage notifications in Settings.</p>
</body></html>
"""),
    dict(
        slug="candidate-replies-to-owners-no",
        label="other", category="owner-is-hiring",
        notes='candidate replying to the owner\'s rejection letter (Apple Mail quote contains "we won\'t be taking your application further")',
        frm="Jordan Pike <jordan.pike@mailbox.example>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Re: Your application for Content Designer at Corbel Studio", date="2026-10-13 20:04:51 +0100",
        irt="<owner-no-jordan.corbel@example.org>", cte="8bit",
        text="""Hi Sam,

Thanks for letting me know, and for writing personally \u2014 it's rare and I appreciate it. I'm disappointed, of course, but I understand.

Would you have ten minutes sometime for feedback on the take-home? I'd especially like to know whether it was the portfolio or the exercise that let me down.

Thanks again,
Jordan

> On 12 Oct 2026, at 17:02, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Jordan,
>
> Thank you for the time you put into the take-home for the Content
> Designer role. After reviewing it with the team, we won't be taking
> your application further this time. I enjoyed our conversation and
> wish you the very best with the search.
>
> Sam
"""),
    dict(
        slug="brightmoor-reply-to-owners-thanks",
        label="other", category="reply-to-followup",
        notes='recruiter answers the owner\'s thank-you for the decision ("thanks for the kind words, we\'ll definitely keep you in mind"); earlier rejection only in the quoted note',
        frm="Lauren Fitch <lauren.fitch@brightmoor.example>", to=SAM,
        subject="Re: Thank you", date="2026-04-16 11:37:02 -0400",
        irt="<owner-thanks-brightmoor@example.org>",
        text="""Sam,

Thanks for the kind words - honestly, notes like this make my week. We'll definitely keep you in mind when the next product marketing role opens; I've flagged your profile to our VP so she knows the name too.

Take care, and let's grab a coffee if you're ever in Boston.

Lauren

On Tue, Apr 14, 2026 at 9:12 AM Sam Taylor <sam.taylor@example.org> wrote:

> Hi Lauren,
>
> Thank you for letting me know the team decided to go with another
> candidate for the Product Marketing Manager role. I'm disappointed, but
> I really enjoyed meeting everyone at Brightmoor. Please do keep me in
> mind for future openings.
>
> Best,
> Sam
"""),
    dict(
        slug="friend-forwards-own-rejection",
        label="other", category="friend-forward",
        notes='friend forwards their own rejection asking for advice (forwarded message says "decided not to move forward with your application")',
        frm="Alex Chen <alex.chen.home@mailbox.example>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Fwd: Your application to Bellmont Studios", date="2026-05-12 08:05:42 +0100",
        text="""Sam!! ok I need your marketing brain. Got this at 7am, not how I wanted to start the week. Is it worth replying? And what on earth do I say that doesn't sound bitter?

Coffee Thursday?
A x

---------- Forwarded message ---------
From: Bellmont Studios Careers <careers@bellmontstudios.example>
Date: Mon, 11 May 2026 at 18:30
Subject: Your application to Bellmont Studios
To: Alex Chen <alex.chen.home@mailbox.example>


Dear Alex,

Thank you for your interest in the Art Director role at Bellmont Studios. After reviewing your portfolio, we've decided not to move forward with your application at this time.

We wish you every success.

Bellmont Studios Talent Team
"""),
    dict(
        slug="ferncastle-no-decision-yet",
        label="other", category="no-decision-yet",
        notes='"didn\'t want you to think silence meant bad news" - still interviewing, no decision',
        frm="Kiran Bose <kiran.bose@ferncastle.io>", to=SAM,
        subject="Still here \u2013 Ferncastle update", date="2026-09-21 12:20:39 +0100", cte="8bit",
        text="""Hi Sam,

I didn't want you to think silence meant bad news. We're still interviewing for the Growth Marketing Lead role \u2014 two more candidates this week, and the hiring manager is travelling until Thursday. No decision has been made and you are very much still in the running.

Realistically, expect to hear from me by Friday 9 October. If you get another offer before then, please tell me and I'll see whether we can speed things up.

Thanks for your patience,
Kiran
Ferncastle Talent Team
"""),
    dict(
        slug="kitestring-other-finalist-out",
        label="other", category="third-party-rejection",
        notes='someone else\'s candidacy ended ("the other finalist ... we\'ve decided not to proceed with them"); the owner is invited back',
        frm="Rowan Achterberg <rowan@kitestring.example>", to=SAM,
        subject="Kitestring - Brand Director, a change of plan", date="2026-07-02 15:50:10 +0100", cte="8bit",
        text="""Hi Sam,

I owe you an update, and it's a better one than I expected to send.

When we last spoke I said we were leaning towards the other finalist for Brand Director. Their references raised some questions we couldn't resolve, and yesterday we decided not to proceed with them.

Our CEO would like to meet you again \u2014 an hour, informal, next week if you can. Are you free Tuesday or Wednesday afternoon?

Rowan
Head of People, Kitestring
"""),
    dict(
        slug="tallgrass-new-role-after-spring",
        label="other", category="recruiter-outreach",
        notes='in-house recruiter outreach for a new role, mentions the earlier rejection in passing ("we went with a candidate who\'d been at a competitor")',
        frm="Sofia Marquez <sofia.marquez@tallgrasspay.example>", to=SAM,
        subject="New role at Tallgrass \u2013 thought of you", date="2026-10-27 10:10:10 -0500", cte="8bit",
        text="""Hi Sam,

You may remember we spoke in April about our Lifecycle Marketing role. We went with a candidate who'd been at a competitor, and I promised I'd come back to you if something more suitable came up.

It has: we're hiring a Product Marketing Manager for our merchant payments line, reporting to our new VP. It's much closer to what you described as your ideal next step \u2014 launch-heavy, lots of pricing work.

Open to a 20-minute call next week? Job description here: https://careers.tallgrasspay.example/pmm-merchant

Best,
Sofia
"""),
    dict(
        slug="reference-request-morgan-ellis",
        label="other", category="reference-check",
        notes='reference request for a former colleague; "Unfortunately our deadline is tight"; "no decision has been made"',
        frm="Harper Nolan <harper.nolan@kinsalefreight.example>", to=SAM,
        subject="Reference request for Morgan Ellis", date="2026-11-17 13:40:00 +0000",
        text="""Dear Sam,

Morgan Ellis has applied for the role of Marketing Operations Manager at Kinsale Freight and has given your name as a referee from your time working together.

Unfortunately our deadline is tight: could you complete the short reference form (link below) by Friday, or let me know a time for a 10-minute call? No decision has been made on Morgan's application yet, and your comments will not be shared with the candidate.

https://kinsalefreight.example/references/7f3a

With thanks,
Harper Nolan
Talent Acquisition, Kinsale Freight
"""),
]

MESSAGES = REJECTIONS + OTHERS
