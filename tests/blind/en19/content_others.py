"""The 48 hard negatives of the en19 set (24 ATS-style, 24 personal)."""

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}
SAM_SIG = """Sam Taylor
Head of Content, Calder Street Media
+44 (0)161 555 0100"""

MESSAGES = [
# ---------------------------------------------------------------- ATS-style
dict(slug="hm-greenhouse-candidate-rejected", label="other", cat="owner-hiring", style="ats",
     variant="en-GB", vendor="greenhouse", brand="Calder Street Media", headers=AUTO,
     frm="Greenhouse <no-reply@greenhouse.io>",
     subject="Candidate rejected: Jordan Reyes – Content Strategist (Manchester)",
     text="""Hi Sam,

Jordan Reyes was rejected from Content Strategist (Manchester) by Leah Okafor.

{table}

A rejection email was scheduled to send to the candidate in 2 days. You are receiving this because you are the hiring manager on this job.

[[View candidate profile]]""",
     table=[("Stage", "Hiring Manager Screen"), ("Rejection reason", "Lacking skills/qualifications"),
            ("Email template", "Rejection – after phone screen")],
     notes="Sam is hiring manager; ATS notice of a candidate rejected"),

dict(slug="hm-workday-requisition-on-hold", label="other", cat="owner-hiring", style="ats",
     variant="en-GB", vendor="workday", brand="Calder Street Media", headers=AUTO, h2t=True,
     frm="Calder Street Media Workday <calderstreet@myworkday.com>",
     subject="Job Requisition R-2231 Video Producer has been placed on hold",
     text="""Sam Taylor,

The following job requisition, where you are the Hiring Manager, has been placed on hold by Finance Business Partner Owen Marsh.

{table}

All candidates in process will be moved to "Requisition on hold" and will not receive automated communications until the requisition is reopened or cancelled. Please do not contact candidates about the hold until HR has agreed messaging.

[[Go to inbox]]""",
     table=[("Requisition", "R-2231 Video Producer"), ("Reason", "Budget review – Q1"), ("Candidates in process", "7")],
     notes="Sam's own requisition on hold"),

dict(slug="hm-lever-sent-rejection-copy", label="other", cat="owner-hiring", style="ats",
     variant="en-GB", vendor="lever", brand="Calder Street Media", headers=AUTO,
     frm="Lever <notifications@hire.lever.co>",
     subject="Email sent to 3 candidates: \"Your application to Calder Street Media\"",
     text="""Sam, your bulk email has been sent to 3 candidates for Audio Producer (Podcasts).

Recipients: Chloe Dunn, Femi Adeyemi, Marta Kowal

Message sent:

Hi {{candidate_first_name}},

Thank you for applying for the Audio Producer (Podcasts) role at Calder Street Media. We had a large number of strong applications and, after careful review, we've decided not to move forward with your application at this stage.

We wish you every success in your search.

Sam Taylor
Head of Content, Calder Street Media

[[View sent emails]]""",
     notes="Sam's own sent rejection template, copy from ATS"),

dict(slug="ack-greenhouse-volume-hedge", label="other", cat="ack-received", style="ats",
     variant="en-US", vendor="greenhouse", brand="Fernleaf Health", headers=AUTO,
     frm="Fernleaf Health <no-reply@us.greenhouse-mail.io>",
     subject="Thank you for applying to Fernleaf Health",
     text="""Hi Sam,

Thanks for applying for the Director, Brand & Content role at Fernleaf Health. Your application has been received and our team will review it shortly.

Due to the high volume of applications we receive, we're unfortunately not able to respond to every applicant individually. If your experience is a match, a member of our recruiting team will reach out within two to three weeks. If you don't hear from us, please know we appreciate your interest and encourage you to apply for future openings.

Best,
Fernleaf Health Talent Team""",
     about="Fernleaf Health is an equal opportunity employer and participates in E-Verify.",
     notes="acknowledgement that hedges about not replying"),

dict(slug="ack-workday-let-you-know", label="other", cat="ack-received", style="ats",
     variant="en-AU", vendor="workday", brand="Southern Cross Rail", headers=AUTO,
     frm="Southern Cross Rail Careers <southerncrossrail@myworkday.com>",
     subject="Application received: Customer Communications Manager",
     text="""Dear Sam,

Thank you for applying for the Customer Communications Manager role (JR-30118). We confirm we have received your application.

What happens next: our recruitment team will assess all applications once the advertisement closes on 2 November. If you are shortlisted, we will contact you to arrange an interview. If we decide not to move forward with your application, we will let you know by email – unsuccessful applicants are usually notified within four weeks of the closing date.

You can track your application in Candidate Home.

Regards,
Talent Acquisition, Southern Cross Rail""",
     notes="acknowledgement describing what happens to unsuccessful applicants"),

dict(slug="reqtransfer-icims-dublin", label="other", cat="requisition-transfer", style="ats",
     variant="en-IE", vendor="icims", brand="Glenmore Software", headers=AUTO,
     frm="Glenmore Software Careers <careers-noreply@talent.icims.com>",
     subject="Your application has been moved to a new requisition",
     text="""Dear Sam,

The requisition you applied to, 4402 – Product Marketing Manager (London), has been closed because the role is now based in our Dublin office.

Your application has been transferred to requisition 4471 – Product Marketing Manager (Dublin), and your previous answers and documents have been carried over. You don't need to do anything; the hiring team will continue reviewing your application.

{table}

Regards,
Glenmore Software Talent Acquisition""",
     table=[("4402 – Product Marketing Manager (London)", "Closed"), ("4471 – Product Marketing Manager (Dublin)", "In review")],
     notes="old requisition 'Closed', application transferred"),

dict(slug="assessment-smartrecruiters-deadline", label="other", cat="assessment", style="ats",
     variant="en-SG", vendor="smartrecruiters", brand="Lionsgate Telco", headers=AUTO,
     frm="Lionsgate Telco <noreply@smartrecruiters.com>",
     subject="Next step: online assessment – Senior Marketing Manager",
     text="""Dear Sam,

Thank you for your application for the position of Senior Marketing Manager. We are pleased to invite you to the next stage of our selection process, an online assessment of about 45 minutes.

Please complete it by 23:59 SGT on 9 November 2026. Candidates who do not complete the assessment by the deadline will unfortunately not be considered further, and their applications will be closed automatically.

[[Start assessment]]

Best regards,
Talent Acquisition, Lionsgate Telco""",
     notes="assessment invitation with a conditional closing clause"),

dict(slug="offer-workday-conditional", label="other", cat="offer", style="ats",
     variant="en-GB", vendor="workday", brand="Pennine Water", headers=AUTO,
     frm="Pennine Water Careers <penninewater@myworkday.com>",
     subject="Your offer from Pennine Water – action required",
     text="""Dear Sam,

Congratulations! We are delighted to offer you the role of Head of Customer Communications at Pennine Water.

Your offer letter is available in Candidate Home. Please review and accept it by 20 November 2026.

This offer is conditional on satisfactory references, a basic DBS check and confirmation of your right to work in the UK. If any of these conditions are not met, we may have to withdraw the offer.

[[Review offer]]

Kind regards,
People Services, Pennine Water""",
     notes="offer with conditions and 'withdraw'"),

dict(slug="refcheck-xref-candidate", label="other", cat="reference-check", style="ats",
     variant="en-AU", vendor="generic", brand="Xref", headers=AUTO,
     frm="Xref on behalf of Lyrebird Bank <noreply@xref.example>",
     subject="Lyrebird Bank has requested your referees",
     text="""Hi Sam,

Lyrebird Bank would like to complete reference checks as part of your application for Content Marketing Lead.

Please nominate two referees, including at least one current or former manager. Your referees will receive a short online questionnaire. Most checks are completed within 48 hours.

[[Nominate referees]]

Xref – automated reference checking""",
     notes="reference check on Sam (progress)"),

dict(slug="mortgage-declined-uk", label="other", cat="non-job-rejection", style="ats",
     variant="en-GB", vendor="generic", brand="Moorside Building Society", headers=AUTO,
     frm="Moorside Building Society <noreply@moorside-bs.example>",
     subject="Your mortgage application – decision",
     text="""Dear Sam Taylor,

Thank you for your mortgage application (reference MBS-884120).

We've carefully reviewed your application and, unfortunately, we're unable to offer you a mortgage on this occasion. This decision was based on our lending criteria and the information provided, including the credit reference search.

This doesn't necessarily mean other lenders would reach the same decision. You can request a copy of your credit report from the credit reference agencies.

Yours sincerely,
Mortgage Underwriting Team
Moorside Building Society""",
     notes="declined mortgage; 'unable to offer you ... on this occasion'"),

dict(slug="visa-slot-unavailable-my", label="other", cat="non-job-rejection", style="ats",
     variant="en-MY", vendor="generic", brand="Visa Application Centre", headers=AUTO,
     frm="Visa Application Centre Kuala Lumpur <donotreply@vac-kl.example>",
     subject="Appointment request not confirmed – Ref KUL/2026/118372",
     text="""Dear Applicant,

We regret to inform you that your requested appointment slot (12 November 2026, 10:30) could not be confirmed as it is no longer available. Your application has not been affected.

Please log in to select another available slot. Harap maklum.

[[Book a new slot]]

Visa Application Centre, Kuala Lumpur""",
     notes="visa appointment slot declined; Malay phrase"),

dict(slug="conference-talk-not-selected", label="other", cat="non-job-rejection", style="ats",
     variant="en-US", vendor="generic", brand="ContentCon 2027", headers=BULK,
     frm="ContentCon 2027 Program Committee <speakers@sessionize.example>",
     subject="Your ContentCon 2027 session submission",
     text="""Hi Sam,

Thank you for submitting "Clips Are Not Trailers: Building Short-Form Originals" to ContentCon 2027.

We received over 1,400 submissions for 120 slots. After a blind review, the program committee has not selected your session for this year's program. We know this is disappointing and we're grateful you shared your idea with us.

As a thank-you, here's a 30% discount code for your ticket: SPEAKER30.

The ContentCon Program Committee""",
     notes="conference talk rejected"),

dict(slug="journal-manuscript-reject", label="other", cat="non-job-rejection", style="ats",
     variant="en-GB", vendor="generic", brand="Journal of Media Practice", headers=AUTO,
     frm="Journal of Media Practice <onbehalfof@editorialmanager.example>",
     subject="Decision on your manuscript JMP-2026-0412",
     text="""Dear Mx Taylor,

Manuscript ID JMP-2026-0412, "Audience loyalty in short-form video newsrooms"

Thank you for submitting your manuscript to the Journal of Media Practice. I regret to inform you that, based on the reviewers' reports, we are unable to accept your paper for publication. The reviewers' comments are included below; I hope they are helpful for any future submission elsewhere.

Reviewer 1: The topic is timely, but the sample is too small to support the claims.

Yours sincerely,
Prof. Alison Reid
Editor-in-Chief""",
     notes="journal paper declined"),

dict(slug="rental-2apply-unsuccessful-au", label="other", cat="non-job-rejection", style="ats",
     variant="en-AU", vendor="generic", brand="2Apply", headers=AUTO, h2t=True,
     frm="2Apply <noreply@2apply.example>",
     subject="Your application for 4/17 Gordon Street, Fitzroy VIC",
     text="""Hi Sam,

Thank you for applying for 4/17 Gordon Street, Fitzroy VIC 3065 through 2Apply.

The agent, Harcourt Lane Property, has advised that your application was unsuccessful as the property has been leased to another applicant.

Your application details are saved, so you can apply for other properties in seconds.

[[Search properties]]

The 2Apply Team""",
     notes="rental application unsuccessful"),

dict(slug="grant-not-recommended-ca", label="other", cat="non-job-rejection", style="ats",
     variant="en-CA", vendor="generic", brand="Ontario Media Arts Fund", headers=AUTO,
     frm="Ontario Media Arts Fund <grants-noreply@omaf.example>",
     subject="Funding decision – Application #OMAF-26-0931",
     text="""Dear Sam Taylor,

Thank you for your application to the Digital Storytelling Program for the project "Northern Lines".

The peer assessment committee has completed its review. We regret to inform you that your application was not recommended for funding in this competition. Competition was exceptionally high, with 312 applications and funds available for 41.

You are welcome to apply again in the spring intake.

Grants Office
Ontario Media Arts Fund""",
     notes="grant refused"),

dict(slug="joblert-linkedin-closed-roles", label="other", cat="job-alert", style="ats",
     variant="en-GB", vendor="linkedin", brand="LinkedIn", headers=BULK, h2t=True,
     frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
     subject="12 new jobs for \"head of content\" in Manchester",
     text="""Your job alert for head of content in Greater Manchester

- Head of Content – Bramble Studios – Manchester – Actively recruiting
- Content Director – Northlight Agency – Salford – 3 days ago
- Head of Editorial – Crane & Co – Remote – No longer accepting applications
- Content Lead – Gorse Digital – Manchester – Be an early applicant

[[See all jobs]]

You applied to 2 jobs like these last month. Applications you haven't heard back about are shown in My Jobs.""",
     notes="job alert listing 'No longer accepting applications'"),

dict(slug="newsletter-coach-rejection-replies", label="other", cat="newsletter", style="ats",
     variant="en-US", vendor="generic", brand="The Next Role", headers=BULK,
     frm="Dana Whitfield | The Next Role <dana@thenextrole.example>",
     subject="\"Unfortunately, we've decided to move forward with other candidates\" – now what?",
     text="""Hi friend,

This week three readers forwarded me the same sentence: "Unfortunately, we've decided to move forward with other candidates." If that line has landed in your inbox lately, this issue is for you.

1. Reply within 48 hours. Keep it to three sentences: thanks, one specific thing you enjoyed, and a request to be kept in mind.
2. Don't ask them to reconsider. The position has been filled; your goal is the next one.
3. Ask for feedback once, and only after an interview.

Here's a template you can steal: "Thank you for letting me know. I enjoyed meeting the team and learning about the roadmap. I'd love to be considered for future roles."

Talk soon,
Dana

You're receiving this because you subscribed at thenextrole.example.""",
     notes="career-coach newsletter quoting rejection lines"),

dict(slug="talentpool-teamtailor-invite", label="other", cat="talent-pool", style="ats",
     variant="en-SC", vendor="teamtailor", brand="Thistle & Finch", headers=BULK,
     frm="Thistle & Finch <notifications@teamtailor-mail.com>",
     subject="Stay in the loop with Thistle & Finch",
     text="""Hi Sam,

You recently visited our careers site. We don't have any content roles open right now, but we're growing fast in Glasgow and Edinburgh.

Join our talent community and we'll let you know as soon as something suitable opens up. No spam, and you can leave any time.

[[Join the talent community]]

Thistle & Finch""",
     notes="talent community invitation with no application"),

dict(slug="gdpr-delete-confirm-personio", label="other", cat="data-request", style="ats",
     variant="en-IE", vendor="personio", brand="Cobh Analytics", headers=AUTO,
     frm="Cobh Analytics <no-reply@jobs.personio.de>",
     subject="Confirmation: your data deletion request",
     text="""Hi Sam,

We've received your request to delete your candidate data. In line with GDPR, your profile, CV and any application records held by Cobh Analytics will be permanently deleted within 30 days. You will not receive further emails about past applications.

If you made this request by mistake, reply to privacy@cobhanalytics.example before 4 December.

Cobh Analytics Data Protection""",
     notes="Sam's own GDPR deletion request confirmed"),

dict(slug="club-membership-waitlist", label="other", cat="non-job-rejection", style="ats",
     variant="en-SC", vendor="generic", brand="Forth Rowing Club", headers=AUTO,
     frm="Forth Rowing Club Membership <membership@forthrowing.example>",
     subject="Membership application – Forth Rowing Club",
     text="""Dear Sam,

Thank you for applying for full membership of Forth Rowing Club.

Unfortunately we are unable to offer you a place this season, as the adult squads are at capacity. We have added you to the waiting list (position 14) and will be in touch when a place becomes available.

Yours in rowing,
Membership Secretary""",
     notes="club membership declined"),

dict(slug="withdrawal-confirm-greenhouse", label="other", cat="withdrawal-confirmation", style="ats",
     variant="en-US", vendor="greenhouse", brand="Ridgeline Apparel", headers=AUTO,
     frm="Ridgeline Apparel <no-reply@us.greenhouse-mail.io>",
     subject="Your application has been withdrawn",
     text="""Hi Sam,

This confirms that you have withdrawn your application for Senior Content Marketing Manager at Ridgeline Apparel. Your application is now closed and the hiring team has been notified.

We're sorry to see you go, and we'd be happy to see you apply again in the future.

Ridgeline Apparel Recruiting""",
     notes="Sam withdrew"),

dict(slug="invite-greenhouse-final-round", label="other", cat="interview-invite", style="ats",
     variant="en-CA", vendor="greenhouse", brand="Lakeshore Credit Union", headers=AUTO,
     frm="Lakeshore Credit Union <no-reply@us.greenhouse-mail.io>", reply_to="Priyanka Shah <pshah@lakeshorecu.example>",
     subject="Final interview – Manager, Member Communications",
     text="""Hi Sam,

Unfortunately the Thursday slot we discussed is no longer available, as our VP is travelling – sorry about that! The good news: the panel would like to meet you for a final interview for the Manager, Member Communications role.

Please pick a time that works for you using the link below.

[[Choose a time]]

Thanks,
Priyanka""",
     notes="final-round invitation opening with 'Unfortunately'"),

dict(slug="declined-calendar-invite", day="2026-11-10", label="other", cat="declined-meeting", style="ats",
     variant="en-GB", vendor="calendar", brand="Calder Street Media", headers=AUTO,
     frm="Leah Okafor <leah.okafor@example.org>",
     subject="Declined: Panel debrief – Content Strategist candidates",
     text="""Leah Okafor has declined this meeting.

When: Thursday 12 November 2026 14:00–14:30 (GMT)
Where: Teams

Sorry Sam, clashes with the board prep. Happy with your call on the two we're not taking forward.""",
     notes="declined meeting invite about Sam's own hiring"),

dict(slug="parcel-returned-sender", label="other", cat="non-job-rejection", style="ats",
     variant="en-SG", vendor="generic", brand="SingPost", headers=AUTO,
     frm="SingPost Tracking <noreply@tracking.singpost.example>",
     subject="Your parcel SG2026114578 has been returned to sender",
     text="""Dear customer,

We were unable to deliver your parcel SG2026114578 after three attempts, and it has been returned to the sender. Unfortunately we cannot reschedule delivery for returned items.

Please contact the sender for further assistance.

SingPost""",
     notes="returned parcel"),

# ---------------------------------------------------------------- personal
dict(slug="colleague-passed-on-two-candidates", label="other", cat="owner-hiring", style="personal",
     variant="en-GB", frm="Leah Okafor <leah.okafor@example.org>",
     subject="Content Strategist – the two we're not taking forward",
     text="""Hi Sam,

Following our chat – we're passing on Jordan and Aisha. Jordan's portfolio was mostly ghostwritten, and Aisha wasn't keen on three days in the office. Can you send them the rejection today? I'd use the "after interview" template but add a line of feedback for Aisha, she asked for it.

Still keen to bring Tomás back for the final.

Leah

Leah Okafor | Talent Partner | Calder Street Media""",
     notes="colleague at example.org about candidates Sam turned down"),

dict(slug="candidate-angry-reply", day="2026-11-17", label="other", cat="owner-hiring", style="personal",
     variant="en-US", frm="Jordan Reyes <jordan.reyes@mailbox.example>", parent=True,
     subject="Re: Your application to Calder Street Media",
     text="""Sam,

Honestly I'm pretty disappointed. I did two interviews and a six-hour task and got a two-line email saying you've "decided not to move forward with my application." I think I deserve more than a template. What specifically was the problem?

Jordan

On Mon, Nov 16, 2026 at 9:30 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Jordan,
>
> Thank you for your time interviewing for the Content Strategist role.
> After careful consideration we've decided not to move forward with your
> application. We wish you the best of luck.
>
> Sam""",
     notes="rejected candidate's angry reply to Sam's rejection"),

dict(slug="sam-sent-rejection-to-candidate", label="other", cat="owner-sent", style="personal",
     variant="en-GB", frm="Sam Taylor <sam.taylor@example.org>", to="Aisha Karim <aisha.karim@mailbox.example>",
     subject="Your application – Content Strategist",
     text=f"""Hi Aisha,

Thank you for coming in to meet Leah and me last week. I'm sorry to say that we won't be progressing your application for the Content Strategist role.

You asked for feedback, so: your editorial judgement was excellent, but we need someone who can be in the Manchester office three days a week, and it sounded like that wouldn't work for you right now.

I hope we cross paths again.

Best wishes,
{SAM_SIG}""",
     notes="Sam's own sent rejection"),

dict(slug="answer-have-you-gone-elsewhere-invite", day="2026-11-05", label="other", cat="answer-to-owner-question", style="personal",
     variant="en-US", frm="Tasha Grant <tasha.grant@meadowlarkhealth.example>", parent=True,
     subject="Re: Senior Content Manager – checking in",
     text="""Hi Sam,

Not at all – we haven't gone with anyone else! Sorry for the radio silence, half the panel was at a conference. We'd love to bring you in for the final round with our CMO. Does Tuesday or Wednesday next week work?

Tasha

On Wed, Nov 4, 2026 at 10:11 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Tasha,
> I hope you're well. It's been three weeks since my second interview so I
> wanted to ask whether you've gone with another candidate for the Senior
> Content Manager role? If so, no problem at all - I'd just appreciate knowing.
> Best, Sam""",
     notes="answer to Sam's 'have you gone with another candidate?' is an invitation"),

dict(slug="recruiter-old-role-elsewhere-pitch", label="other", cat="recruiter-outreach", style="personal",
     variant="en-AU", frm="Ben Kwan <ben.kwan@southerlypeople.example>",
     subject="New briefs – Head of Content",
     text="""Hi Sam,

Long time! You might remember I mentioned a Head of Content brief at Jarrah Media back in April, before you were looking – that one went to someone else in the end.

I've now got two fresh briefs that look much more like you:

- Head of Content, Wombat Insurance (Sydney, hybrid, $210k + super)
- Content Director, Tallowwood Travel (remote within AU)

Keen to chat this week? 

Ben Kwan
Principal Consultant, Southerly People
0411 555 882""",
     notes="recruiter: old role went elsewhere, pitching new ones"),

dict(slug="reply-to-followup-keep-in-touch", day="2026-11-04", label="other", cat="reply-to-owner-followup", style="personal",
     variant="en-GB", frm="Grace Whitby <grace.whitby@fennelandco.example>", parent=True, parent_depth=2,
     subject="Re: Re: Your application – Digital Editor",
     text="""Hi Sam,

No need to apologise at all – that was a lovely note. We'd love to keep in touch, and I've flagged your name to our Managing Editor for the new audio desk in the new year.

Grace

On 3 Nov 2026, at 11:20, Sam Taylor <sam.taylor@example.org> wrote:

> Hi Grace,
> Thank you for letting me know, and sorry for the slow reply. I really
> enjoyed meeting the team and would be glad to be considered for future roles.
> Sam
>
> On 28 Oct 2026, at 16:02, Grace Whitby <grace.whitby@fennelandco.example> wrote:
>
>> Dear Sam, thank you for interviewing for the Digital Editor role. I'm
>> sorry to let you know that we have decided to offer the position to another
>> candidate.""",
     notes="reply to Sam's follow-up; the rejection is only in the quote"),

dict(slug="friend-forwards-own-rejection", day="2026-11-06", label="other", cat="forwarded", style="personal",
     variant="en-IE", frm="Orla Byrne <orla.byrne@mailbox.example>",
     subject="Fwd: Your application – Senior Copywriter",
     text="""Sam, this just came in. Gutted. Do I reply?? And what do I even say – you're the expert at this stuff now 🙃

Orla x

---------- Forwarded message ---------
From: Talent Team <careers@wildatlanticagency.example>
Date: Thu, 5 Nov 2026 at 14:22
Subject: Your application – Senior Copywriter
To: Orla Byrne <orla.byrne@mailbox.example>

Dear Orla,

Thank you for your interest in the Senior Copywriter role. Unfortunately, we will not be moving forward with your application at this time.

Kind regards,
Wild Atlantic Agency""",
     notes="friend's rejection forwarded for advice"),

dict(slug="verbal-offer-background-check", label="other", cat="offer", style="personal",
     variant="en-US", frm="Rob Santos <rob.santos@copperridge.example>",
     subject="Good news!",
     text="""Hi Sam,

I'm thrilled to say we'd like to offer you the Director of Content role! Formal paperwork comes from HR tomorrow. It's contingent on a background check and references, which is standard here – nothing to worry about.

Let's talk numbers on a call. When suits?

Rob""",
     notes="verbal offer with contingencies"),

dict(slug="ooo-recruiter-autoreply", label="other", cat="auto-reply", style="personal",
     variant="en-SG", frm="Michelle Goh <michelle.goh@straitsquay.example>",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     subject="Automatic reply: Re: Application Status – Vice President, Digital Marketing",
     text="""Thank you for your email. I am on leave until 16 November 2026 with limited access to email. For urgent recruitment matters, please contact hr.recruitment@straitsquay.example.

Regards,
Michelle""",
     notes="out-of-office; subject echoes a rejection's"),

dict(slug="still-deciding-split-panel", label="other", cat="status-update", style="personal",
     variant="en-CA", frm="Janelle Fortin <janelle.fortin@prairiewind.example>",
     subject="Where things stand",
     text="""Hi Sam,

Quick honest update: we're still deciding. The panel is split between you and one other finalist, and our CEO wants to have one more conversation with each of you before we decide. No decision has been made, and you're very much in it.

I'll send a few times for a 30-minute call later today.

Janelle""",
     notes="still deciding; no verdict"),

dict(slug="role-paused-application-active", label="other", cat="status-update", style="personal",
     variant="en-GB", frm="Oliver Penrose <oliver.penrose@kitemark.example>",
     subject="Brand Director – short pause",
     text="""Hi Sam,

Just a heads up: we're pausing the Brand Director process for two weeks while the budget for next year is signed off. Your application remains active, you're still on our shortlist of three, and we will come back to you by 4 December at the latest with final-round dates.

Sorry for the delay – it's not about you.

Oliver""",
     notes="short pause, application active: still deciding"),

dict(slug="sponsorship-declined-podcast", label="other", cat="non-job-rejection", style="personal",
     variant="en-GB", frm="Natalie Burke <natalie.burke@ironbridgebrewing.example>",
     subject="Re: Sponsorship – The Calder Street Podcast",
     text="""Hi Sam,

Thanks for sending through the sponsorship deck for The Calder Street Podcast. We've had a look as a team and unfortunately we've decided not to go ahead this year – our 2027 budget is committed to football and festival partnerships.

We'd be happy to revisit next autumn.

Natalie
Brand Partnerships, Ironbridge Brewing""",
     notes="Sam's podcast sponsorship declined"),

dict(slug="client-chose-another-agency", label="other", cat="non-job-rejection", style="personal",
     variant="en-GB", frm="Hamish Grant <hamish.grant@tayhealth.example>",
     subject="Content partnership tender – outcome",
     text="""Dear Sam,

Thank you to you and the Calder Street Media team for your pitch for our content partnership. It was a very close call, but after careful consideration we have decided to appoint another agency.

We were impressed with your creative ideas and would welcome a proposal for future projects.

Kind regards,
Hamish Grant
Head of Communications, Tay Health""",
     notes="client picks another agency over Sam's employer"),

dict(slug="recruiter-references-next", label="other", cat="reference-check", style="personal",
     variant="en-SC", frm="Fiona Rennie <fiona.rennie@caledonsearch.example>",
     subject="References – Stirling Heritage Trust",
     text="""Hi Sam,

Great news – Stirling Heritage Trust want to move to references for the Communications Director role. Could you send me details for two referees? They won't contact your current employer without your say-so.

Fiona
Caledon Search | 0131 555 0199""",
     notes="references requested (progress)"),

dict(slug="hr-review-finalist-regret-template", label="other", cat="owner-hiring", style="personal",
     variant="en-GB", frm="Priti Shah <priti.shah@example.org>",
     subject="Draft regret letters – Audio Producer finalists",
     text="""Hi Sam,

Here are the draft regret letters for the two Audio Producer finalists we're not offering. Could you check and sign off by Friday?

---
Dear Femi,
Thank you for taking part in our final interviews. Unfortunately, on this occasion you have not been successful. We were impressed by your...
---

Thanks,
Priti
HR Business Partner, Calder Street Media""",
     notes="HR colleague asks Sam to approve rejection letters"),

dict(slug="interviewer-no-hire-scorecard", label="other", cat="owner-hiring", style="personal",
     variant="en-GB", frm="Dev Patel <dev.patel@example.org>",
     subject="Marta K – my scorecard",
     text="""Sam – I'm a no on Marta. Decent ideas but didn't answer the analytics question at all. Sorry, I know you liked her. Happy to discuss.

D""",
     notes="colleague's 'no hire' on a candidate for Sam's role"),

dict(slug="recruiter-moved-to-other-req", label="other", cat="requisition-transfer", style="personal",
     variant="en-MY", frm="Jason Lim <jason.lim@merdekadigital.example>",
     subject="Your application – change of role",
     text="""Hi Sam,

Quick update – the Content Marketing Manager requisition has been closed after a restructure, but the hiring manager thought you'd be a better fit for the Brand Communications Manager role anyway. I've moved your application across; no need to reapply. Next step would be a chat with Farah next week.

Thanks,
Jason Lim
Talent Acquisition
+60 12-555 3381""",
     notes="application moved to another requisition"),

dict(slug="coach-advice-decoding-rejections", label="other", cat="coach", style="personal",
     variant="en-US", frm="Karen Holt <karen@holtcareers.example>",
     subject="Our session notes",
     text="""Hi Sam,

Great session today. As promised, the notes:

- When a company says "we've decided to go with other candidates", it almost never means "never" – keep the door open.
- "The position has been filled" is not feedback; ask for it once.
- You're in three processes now. Focus on Meadowlark and Copper Ridge.

Next session: the 19th.

Karen""",
     notes="career coach notes quoting rejection phrases"),

dict(slug="still-in-the-mix-short", day="2026-11-11", label="other", cat="answer-to-owner-question", style="personal",
     variant="en-AU", frm="Tom Ashby <tom.ashby@gumleaf.example>", parent=True,
     subject="Re: Any news?",
     text="""Still in the mix! Will know Friday.

T

On 10 Nov 2026, at 9:02 am, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Tom, any news on the Content Lead role? Or should I assume it's a no? :)""",
     notes="very short reply; Sam's quoted question mentions 'a no'"),

dict(slug="recruiter-reply-to-sam-withdrawal", day="2026-11-13", label="other", cat="owner-declines", style="personal",
     variant="en-US", frm="Aaron Mills <aaron.mills@bayshorelabs.example>", parent=True,
     subject="Re: Withdrawing my application",
     text="""Hi Sam,

Sorry to hear that, we were actually about to move you to the final round! Completely understand though. Congrats on the other offer, and don't be a stranger.

Aaron

On Thu, Nov 12, 2026 at 4:45 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Aaron, I've accepted another offer so I'd like to withdraw from the
> Content Marketing Director process. Thanks for everything. Sam""",
     notes="recruiter's reply to Sam's withdrawal"),

dict(slug="candidate-thanks-after-rejection", label="other", cat="owner-hiring", style="personal",
     variant="en-IE", frm="Femi Adeyemi <femi.adeyemi@mailbox.example>", parent=True,
     subject="Re: Your application to Calder Street Media",
     text="""Hi Sam,

Thanks for letting me know, and for the kind words. Disappointed of course, but I really enjoyed the process. Please keep me in mind for future audio roles.

Femi

> Hi Femi, I'm sorry to tell you that we won't be offering you the Audio
> Producer role. It was a very close decision.""",
     notes="candidate thanks Sam for Sam's rejection"),

dict(slug="client-now-frontrunner", label="other", cat="status-update", style="personal",
     variant="en-SG", frm="Clara Ng <clara.ng@marinabaysearch.example>",
     subject="Update – Tanjong Foods",
     text="""Hi Sam,

Some news. Tanjong Foods rejected the other two shortlisted candidates for the Head of Brand role after the case study, so you're now the front runner. They want to meet you in person on the 24th. Can you make it?

Clara
Marina Bay Search | +65 9555 0133""",
     notes="other candidates rejected, Sam progresses"),

dict(slug="landlord-gone-with-another", label="other", cat="non-job-rejection", style="personal",
     variant="en-SC", frm="Ailsa Murray <ailsa.murray@mailbox.example>",
     subject="Re: Flat on Marchmont Road",
     text="""Hi Sam,

Thanks for coming to view the flat on Saturday. Sorry, we've gone with another applicant – a couple who can move in from 1 December. Best of luck with the search.

Ailsa""",
     notes="rental: landlord went with another applicant"),

dict(slug="friend-referee-request", label="other", cat="personal", style="personal",
     variant="en-CA", frm="Maya Chen <maya.chen@mailbox.example>",
     subject="Favour? (reference)",
     text="""Hey Sam!

I didn't get the fintech one I told you about (they went with someone internal, classic), but I'm in the final round at Loonie Bank and they want two references. Could I put you down? They'd call next week.

Thank you!!
Maya""",
     notes="friend's own rejection mentioned; reference request"),
]
