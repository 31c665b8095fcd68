"""The 40 hard negatives of the en21 set (20 ATS-style, 20 personal)."""
from content_common import M, BULK, AUTO

O = "other"
MESSAGES = [
# ---------------- ATS ----------------
M("gh-interview-invite", O, "interview-invite", "ats", "en-US",
  "Harlow Street Bank <no-reply@us.greenhouse-mail.io>", "Interview invitation: Marketing Manager, Lifecycle",
  """Hi Sam,

Thanks for applying to the Marketing Manager, Lifecycle role at Harlow Street Bank. We've reviewed your application and would like to invite you to a 45-minute video interview with Dana Kim, Director of Lifecycle Marketing.

Please use the link below to choose a time that works for you. Unfortunately we're unable to offer slots outside the times shown.

Best,
Harlow Street Bank Recruiting""",
  vendor="greenhouse", brand="Harlow Street Bank", button="Select a time", headers=AUTO, notes="'unfortunately' about slots"),

M("lever-next-round", O, "interview-invite", "ats", "en-GB",
  "Marlowe & Finch <no-reply@hire.lever.co>", "Next steps – Senior Comms Manager",
  """Hi Sam,

Great news – the team would like to move you forward to the final stage for the Senior Comms Manager role. Not everyone progresses to this point, so congratulations.

The final stage is a 60-minute panel with our COO and Head of Brand, including a 15-minute presentation. We'll send the brief 48 hours ahead.

Cheers,
Talent at Marlowe & Finch""",
  vendor="lever", brand="Marlowe & Finch", h2t=True, headers=AUTO),

M("workday-ack-volume-hedge", O, "ack-received", "ats", "en-IE",
  "Dunmore Pharma <dunmore@myworkday.com>", "Thank you for applying – Operations Project Manager",
  """Dear Sam,

Thank you for applying for the Operations Project Manager role (R-22019) at Dunmore Pharma. We have received your application.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your experience matches our requirements, a member of our team will be in touch within three weeks. If you do not hear from us within this time, please assume that your application has not been successful on this occasion.

You can track the status of your application in Candidate Home.

Kind regards,
Dunmore Pharma Talent Acquisition""",
  vendor="workday", brand="Dunmore Pharma", headers=AUTO, notes="hedging acknowledgement with conditional verdict"),

M("sr-ack-will-let-you-know", O, "ack-received", "ats", "en-ZA",
  "Karoo Telecoms <no-reply@smartrecruiters.com>", "We've received your application for Marketing Operations Lead",
  """Hi Sam,

Thank you for applying for Marketing Operations Lead at Karoo Telecoms! Your application is now with our recruitment team.

What happens next? We review every application personally. If we decide not to move forward, we will let you know by email – you won't be left wondering.

Regards,
Karoo Telecoms Talent Team""",
  vendor="smartrecruiters", brand="Karoo Telecoms", headers=AUTO),

M("icims-assessment-invite", O, "assessment", "ats", "en-US",
  "Summit Ridge Insurance <summitridge@talent.icims.com>", "Action required: online assessment for Project Manager II",
  """Dear Sam,

Thank you for your interest in the Project Manager II position. As the next step in our selection process, we invite you to complete a 30-minute online assessment.

Please complete the assessment within 5 days. Candidates who do not complete the assessment by the deadline cannot be considered further.

Thank you,
Summit Ridge Talent Acquisition""",
  vendor="icims", brand="Summit Ridge Insurance", button="Start assessment", headers=AUTO, notes="threat of non-consideration"),

M("gh-offer-letter", O, "offer", "ats", "en-CA",
  "Alderpoint Media <no-reply@us.greenhouse-mail.io>", "Your offer from Alderpoint Media",
  """Hi Sam,

We're delighted to offer you the position of Communications Manager at Alderpoint Media! Please review and sign your offer letter using the link below.

This offer expires on November 27, 2026 and is contingent upon the successful completion of a background check.

Welcome aboard (we hope)!
Alderpoint People Team""",
  vendor="greenhouse", brand="Alderpoint Media", button="Review offer", headers=AUTO),

M("teamtailor-talent-community-newsletter", O, "talent-community", "ats", "en-GB",
  "Oxbow Travel <careers@oxbowtravel.teamtailor-mail.com>", "Oxbow Travel Careers – November update",
  """Hi Sam,

As a member of our Talent Community, here's what's new at Oxbow Travel this month.

- Marketing Executive – Partnerships (London)
- Operations Analyst (Manchester)
- Product Marketing Manager (Remote UK)

Didn't get the role last time? Don't worry – many of our people applied more than once. Keep an eye on new openings and apply whenever something feels right.

Our new office in Manchester opened in October, and we were named one of Glassdoor's Best Places to Work 2026.

The Oxbow Travel Talent Team""",
  vendor="teamtailor", brand="Oxbow Travel", headers=BULK, notes="talent community newsletter; generic 'didn't get the role'"),

M("linkedin-job-alert", O, "job-alert", "ats", "en-AU",
  "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "\"marketing manager\": 12 new jobs in Sydney",
  """Your job alert for marketing manager in Sydney, New South Wales, Australia

- Marketing Manager – Harbour Cruises Group · Sydney · Easy Apply
- Senior Marketing Manager – Wattle Health · Parramatta · 3 connections
- Communications Manager – NSW Rural Fire Fund · Hybrid
- Marketing Operations Manager – Koala Pay · No longer accepting applications

[[See all jobs]]""",
  vendor="linkedin", brand="LinkedIn", headers=BULK, h2t=True),

M("workday-req-transfer", O, "requisition-transfer", "ats", "en-US",
  "Evercrest Health <evercrest@myworkday.com>", "Your application has been moved",
  """Dear Sam,

Thank you for your interest in Evercrest Health. The requisition you originally applied for, R-5521 Marketing Manager (Denver), has been closed. Because your background is a strong fit, our recruiter has moved your application to R-5608 Marketing Manager, Service Lines (Denver), which is actively interviewing.

No action is needed on your part. A recruiter will contact you shortly to schedule a conversation.

Evercrest Health Talent Acquisition""",
  vendor="workday", brand="Evercrest Health", headers=AUTO, notes="old requisition closed; transferred"),

M("indeed-application-viewed", O, "status-update", "ats", "en-PH",
  "Indeed <no-reply@indeed.com>", "Your application was viewed by Lakbay Travel Corp.",
  """Hi Sam,

Good news: Lakbay Travel Corp. viewed your application for Marketing Supervisor.

Employers often review many applications before contacting candidates. If they're interested, they'll reach out through Indeed. Not every application gets a response.

[[View your applications]]""",
  vendor="indeed", brand="Indeed", headers=BULK),

M("bank-card-declined", O, "non-job-rejection", "ats", "en-GB",
  "Northgate Bank <alerts@northgatebank.example>", "Your card payment was declined",
  """Hi Sam,

A payment of £84.99 to TRAINLINE on your card ending 4417 was declined on 14 Nov at 08:21.

Unfortunately we couldn't approve this payment because it didn't pass our security checks. If this was you, please confirm in the app and try again.

Northgate Bank Fraud Team""",
  vendor="generic", brand="Northgate Bank", headers=AUTO),

M("conference-talk-rejected", O, "non-job-rejection", "ats", "en-US",
  "CommsForward 2027 <speakers@sessionize-mail.example>", "Your CommsForward 2027 session submission",
  """Hi Sam,

Thank you for submitting "Newsrooms as brand engines: lessons from Calder Street Media" to CommsForward 2027.

We received over 600 submissions for 48 slots. After careful review, we regret to inform you that your session was not selected for this year's programme.

We hope to see you in Austin as an attendee – use code SPEAKER20 for 20% off.

The CommsForward Program Committee""",
  vendor="generic", brand="CommsForward 2027", headers=BULK),

M("rental-application-declined", O, "non-job-rejection", "ats", "en-AU",
  "2Apply <noreply@2apply-mail.example>", "Application outcome – 4/22 Raglan Street, Mosman",
  """Hi Sam,

Thank you for applying for 4/22 Raglan Street, Mosman NSW 2088.

Unfortunately your application has been unsuccessful on this occasion, as the landlord has approved another applicant.

Keep searching – new rentals are listed every day.

Coastline Property Management""",
  vendor="generic", brand="Coastline Property Management", headers=BULK, notes="flat application"),

M("parcel-returned", O, "non-job-rejection", "ats", "en-SG",
  "SpeedPost SG <notifications@speedpost.example>", "Delivery unsuccessful – parcel returned to sender",
  """Dear Sam Taylor,

We attempted to deliver your parcel (tracking no. SG448120937) on 3 attempts but were unsuccessful. As it was not collected within 7 days, the parcel has been returned to sender.

For enquiries, please contact the sender directly.

SpeedPost Singapore""",
  vendor="generic", brand="SpeedPost Singapore", headers=AUTO),

M("internal-hr-disposition", O, "owner-hiring", "ats", "en-GB",
  "Calder Street Careers <notifications@calderstreet.workable-mail.example>", "Candidate rejected: Jamie Okafor – Content Editor",
  """Hi Sam,

Jamie Okafor's application for Content Editor has been moved to Rejected by Priya Nair.

Rejection reason: Not enough experience
Rejection email: scheduled to send in 2 days

You are receiving this because you are the hiring manager for this job.""",
  vendor="internal", brand="Calder Street Media", headers=AUTO, notes="Sam is the hiring manager"),

M("workday-withdrawal-confirmed", O, "status-update", "ats", "en-IN",
  "Indus Beverages <indusbev@myworkday.com>", "Application withdrawn – Brand Manager",
  """Dear Sam,

This is to confirm that you have withdrawn your application for Brand Manager (R-7781). Your application will no longer be considered for this position.

We thank you for your interest in Indus Beverages and hope you will consider us again in the future.

Regards,
Talent Acquisition Team""",
  vendor="workday", brand="Indus Beverages", headers=AUTO, notes="Sam withdrew"),

M("sf-process-paused-still-active", O, "status-update", "ats", "en-SG",
  "Straits Holdings Careers <careers@successfactors.eu>", "Update on your application – Project Manager, Corporate Affairs",
  """Dear Sam,

Thank you for your patience regarding the Project Manager, Corporate Affairs position.

We wish to inform you that the interview process has been briefly paused while the business finalises its 2027 plans. Your application remains active and you are still under consideration. We expect to resume interviews in early January and will come back to you then.

We apologise for the delay.

Straits Holdings Talent Acquisition""",
  vendor="successfactors", brand="Straits Holdings", headers=AUTO, notes="paused but still under consideration"),

M("reference-request-candidate", O, "reference-check", "ats", "en-AU",
  "Xref <noreply@xref-mail.example>", "Tasman Water has requested your referees",
  """Hi Sam,

Tasman Water would like to complete reference checks as part of your application for Senior Project Manager, Community Engagement.

Please nominate two referees, including one current or recent direct manager, within 48 hours.

The Xref team on behalf of Tasman Water""",
  vendor="generic", brand="Xref", button="Add referees", headers=AUTO),

M("grant-not-funded", O, "non-job-rejection", "ats", "en-IE",
  "Media Fund Ireland <grants@mediafund.example>", "Outcome of your application – Local Journalism Scheme 2027",
  """Dear Sam,

Thank you for the application submitted by Calder Street Media to the Local Journalism Scheme 2027.

The scheme was heavily oversubscribed. We regret to inform you that the assessment panel has not recommended your application for funding on this occasion.

Feedback will be available on the portal from 1 December.

Grants Unit, Media Fund Ireland""",
  vendor="generic", brand="Media Fund Ireland", headers=AUTO, notes="grant for Sam's employer"),

M("bamboohr-interview-rescheduled", O, "reschedule", "ats", "en-CA",
  "Pinecrest Outfitters <notifications@app.bamboohr.com>", "Interview cancelled – we'll reschedule",
  """Hi Sam,

Unfortunately we have to cancel your interview for the Marketing Manager position scheduled for Tuesday, November 17 because the hiring manager is unwell. This doesn't affect your application in any way – our coordinator will send new times shortly.

Sorry for the inconvenience,
Pinecrest Outfitters Hiring Team""",
  vendor="bamboohr", brand="Pinecrest Outfitters", headers=AUTO),

# ---------------- personal ----------------
M("recruiter-second-interview", O, "interview-invite", "personal", "en-US",
  "Megan Soto <megan.soto@riverbendpartners.example>", "Second interview - Operations Project Manager",
  """Hi Sam,

Thanks for your time on the phone yesterday! I shared my notes with the hiring manager and she'd like to meet you for a second interview. Unfortunately she's traveling next week, so we're looking at the week of the 23rd.

Could you send me 2-3 times that work?

Thanks,
Megan

Megan Soto | Recruiter | Riverbend Partners
(512) 555-0184"""),

M("answer-gone-with-another", O, "answer-to-owner-question", "personal", "en-GB",
  "Oliver Hart <oliver.hart@fallowfield.example>", "Re: Marketing Manager role – decision?",
  """Hi Sam,

No, we haven't gone with anyone else! Sorry for the radio silence – half the team has been off. We'd actually like to invite you to a final conversation with our MD next Wednesday at 2pm, if that works.

Best,
Oliver

On 12 Nov 2026, at 09:40, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Oliver,
> I hope you're well. I hadn't heard back after the second interview and
> wondered whether you have gone with another candidate for the Marketing
> Manager role? Either way, I'd be grateful to know.
> Best, Sam""", parent=True, wrap=False),

M("reply-to-owner-thanks", O, "reply-to-owner-followup", "personal", "en-US",
  "Carla Jimenez <cjimenez@westfall.example>", "Re: Thank you",
  """Hi Sam,

No need to apologise at all – it was a really tough decision and we'd love to keep in touch. I've connected with you on LinkedIn and I'll make sure you hear about the next opening on my team first.

Carla

On Tue, Nov 3, 2026 at 11:02 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Carla,
> Thank you for letting me know, and sorry for the long list of questions in
> the final round! I'd love to be considered for future roles.
> Sam
>
> On Mon, Nov 2, 2026 at 4:15 PM Carla Jimenez <cjimenez@westfall.example> wrote:
>> Hi Sam, I'm sorry to tell you we've decided to move forward with another
>> candidate for the Brand Manager role.""", parent=True, parent_depth=2, wrap=False,
  notes="rejection only in quotes"),

M("recruiter-pitch-new-roles", O, "recruiter-outreach", "personal", "en-IE",
  "Niall Byrne <niall@emeraldtalent.example>", "Couple of comms roles - interested?",
  """Hi Sam,

Hope you don't mind the cold email – I came across your profile and thought of you for two roles I'm working on:

1. Head of Communications, a Dublin fintech (c. €95k)
2. Marketing Operations Manager, a Cork medtech (hybrid)

Both clients have passed on a few candidates already because they want someone with media-side experience, which is exactly your background. Free for a quick call Thursday?

Niall Byrne
Emerald Talent | 087 555 0172"""),

M("verbal-offer-followup", O, "offer", "personal", "en-ZA",
  "Sipho Dlamini <sipho.dlamini@gardenroute.example>", "Great speaking just now",
  """Hi Sam,

Great speaking to you just now – I'm thrilled you're keen! As discussed, we'd like to offer you the Operations Manager position. I'll send the formal offer letter tomorrow once HR has signed off.

We did have a strong alternative candidate, so I'm really pleased this worked out.

Regards,
Sipho
Garden Route Tours | 082 555 0190"""),

M("colleague-candidate-no", O, "owner-hiring", "personal", "en-GB",
  "Priya Nair <priya.nair@example.org>", "Content Editor shortlist",
  """Hi Sam,

Following yesterday's interviews: agreed that Jamie isn't a fit, so I've marked them as rejected in Workable – can you send the personal note since you interviewed them? Alex is a definite yes for the second round, and I'm on the fence about Morgan.

Can we decide by Friday?

Priya
Calder Street Media | People Partner"""),

M("owner-sent-rejection", O, "owner-hiring", "personal", "en-GB",
  "Sam Taylor <sam.taylor@example.org>", "Content Editor – your application",
  """Hi Jamie,

Thank you for coming in to talk to us about the Content Editor role at Calder Street Media. I'm sorry to let you know that we've decided not to take your application further on this occasion.

You had some great ideas for the newsletter and I'd encourage you to apply again in the future.

Best wishes,
Sam

Sam Taylor
Marketing & Communications Manager | Calder Street Media""",
  to="Jamie Okafor <jamie.okafor@mailbox.example>", notes="Sam's own sent rejection"),

M("owner-followup-to-rejection", O, "owner-sent", "personal", "en-US",
  "Sam Taylor <sam.taylor@example.org>", "Re: Brightpath - Marketing Manager",
  """Hi Megan,

Thanks for letting me know, and for being so quick to update me. I enjoyed our conversation and would love to be kept in mind for future roles at Brightpath.

Best,
Sam

On Thu, Oct 8, 2026 at 3:20 PM Megan Holt <megan.holt@brightpath.example> wrote:
> Hi Sam, thanks again for chatting with me on Tuesday about the Marketing
> Manager role. The hiring team have decided to move forward with other
> applicants.""", to="Megan Holt <megan.holt@brightpath.example>", parent=True, parent_domain="brightpath.example", wrap=False),

M("friend-forwards-rejection", O, "forwarded", "personal", "en-CA",
  "Alexis Moreau <alexis.moreau@mailbox.example>", "Fwd: Your application to Northwind Games",
  """Ugh, another one. Can I pick your brain over coffee on how to ask for feedback without sounding bitter?? You're so good at this stuff.

A.

---------- Forwarded message ---------
From: Northwind Games <no-reply@hire.lever.co>
Subject: Your application to Northwind Games

Hi Alexis, thank you for applying for the Community Manager role. Unfortunately we will not be moving forward with your application.""", wrap=False, notes="friend's rejection forwarded"),

M("meeting-declined", O, "non-job-rejection", "personal", "en-GB",
  "Owen Marsh <owen.marsh@example.org>", "Declined: Q1 campaign planning",
  """Owen Marsh has declined this meeting.

Sorry Sam – clashes with the board prep. Can we move it to Thursday?

When: Tuesday 24 November 2026 10:00-11:00
Where: Teams / Room 3B"""),

M("editor-pitch-declined", O, "non-job-rejection", "personal", "en-US",
  "Rachel Stein <rstein@thecommsreview.example>", "Re: Pitch: what newsrooms teach brand teams",
  """Hi Sam,

Thanks for thinking of us. I'm going to pass on this one – we ran something very similar in September. But I like your voice; please pitch me again, especially anything on measuring earned media.

Rachel

Rachel Stein
Features Editor, The Comms Review""", parent=True),

M("estate-agent-offer-not-accepted", O, "non-job-rejection", "personal", "en-GB",
  "Laura Pike <laura.pike@hendersonlettings.example>", "14 Birch Road – update",
  """Dear Sam,

Thank you for your application for the flat at 14 Birch Road. I'm sorry to say the landlord has decided to go with another applicant who can move in sooner.

We have two similar properties coming on next week – shall I send details?

Kind regards,
Laura Pike
Henderson Lettings | 0161 496 0733""", notes="flat application"),

M("agency-client-still-deciding", O, "status-update", "personal", "en-AU",
  "Josh Whitlam <josh@peakpeople.example>", "Coastline Events update",
  """Hey Sam,

Quick one – Coastline Events have put the Project Manager hire on ice until after the Christmas break while they finalise budgets. They were really clear you're still their preferred candidate and they'll pick it back up in the second week of January.

Not ideal timing, but not bad news either! I'll keep chasing.

Josh
Peak People Recruitment | 0412 555 873""", notes="on hold but Sam still preferred: still deciding"),

M("hm-still-deciding", O, "status-update", "personal", "en-IN",
  "Kavya Iyer <kavya.iyer@lotusbridge.example>", "Re: Operations Manager - status",
  """Hi Sam,

Thanks for checking in. We haven't made a decision yet – we have one more candidate to meet on Monday, and I'll revert by Wednesday either way. You're very much still in consideration.

Regards,
Kavya""", parent=True),

M("referee-request-personal", O, "reference-check", "personal", "en-SG",
  "Marcus Lim <marcus.lim@heronpoint.example>", "Referees – Marketing Manager",
  """Hi Sam,

Thank you for the final interview last week. We are keen to move forward and would like to speak to two referees before we finalise things. Could you send their contact details by Friday?

Best regards,
Marcus Lim
Head of Marketing, Heron Point Capital
+65 9555 0126"""),

M("colleague-declines-agency-proposal", O, "owner-hiring", "personal", "en-GB",
  "Owen Marsh <owen.marsh@example.org>", "Re: Agency pitches – decision",
  """Sam,

Agree with you – let's decline Brightline's proposal, they were too expensive and the creative felt generic. Can you let them know we won't be taking it forward? Go with Studio Kite.

O.""", parent=True, notes="Sam's work mail: vendor declined"),

M("recruiter-moved-to-other-role", O, "requisition-transfer", "personal", "en-PH",
  "Joanna Reyes <joanna.reyes@islacorp.example>", "Your application - Brand Manager",
  """Hi Sam,

Thank you for your interest in the Brand Manager role. The hiring manager feels you'd be an even better fit for our Marketing Operations Manager opening, which reports to the CMO. With your permission we'd like to consider you for that role instead – I'll set up a call with her this week.

Thanks,
Joanna Reyes
Talent Acquisition, Isla Corp
0917 555 0142"""),

M("former-manager-chat", O, "personal", "personal", "en-US",
  "Diane Cho <diane.cho@mailbox.example>", "re: coffee",
  """Sam! So good to hear from you. Sorry the job hunt has been a slog – rejections in November are brutal, everyone's hiring freezes kick in. Honestly don't take it personally.

Happy to be a reference any time. Coffee next Friday?

D""", parent=True),

M("recruiter-ooo", O, "auto-reply", "personal", "en-CA",
  "Priyanka Shah <pshah@mapleleaf-staffing.example>", "Automatic reply: RE: Communications Specialist - Halden Insurance",
  """Thank you for your email. I am out of the office until Monday, November 23 with limited access to email. For urgent matters please contact talent@mapleleaf-staffing.example.

Priyanka""", headers={"Auto-Submitted": "auto-replied"}, notes="subject repeats the rejection thread"),

M("hm-next-round-after-doubts", O, "interview-invite", "personal", "en-ZA",
  "Annelie van Wyk <annelie@fynbosdigital.example>", "Next round",
  """Hi Sam

I'll be honest: after the first interview one of the panel wasn't sure you had enough agency experience and we almost didn't proceed. But we talked it through and we'd like you to come back for a second round with our MD, Thursday at 10:00 at our Woodstock office.

Please confirm if that suits.

Annelie
Fynbos Digital | 021 555 0149"""),
]
