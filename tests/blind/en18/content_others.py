"""The 40 hard negatives of en18 as data (20 ATS-style, 20 personal)."""
from content_common import ATS_HEADERS, BULK_HEADERS


def O(slug, cat, style, frm, subject, text, variant, notes="", **kw):
    d = dict(slug=slug, label="other", cat=cat, style=style, frm=frm, subject=subject, text=text,
             variant=variant, notes=notes)
    if style == "ats":
        d.setdefault("headers", dict(ATS_HEADERS))
    d.update(kw)
    return d


MESSAGES = [
# ---------------- ATS-style ----------------
O("greenhouse-ack-hedge-let-you-know", "ack-received", "ats",
  "Fathom Maps Recruiting <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Fathom Maps!",
  """Hi Sam,

Thanks for applying for the Senior Product Manager, Routing role at Fathom Maps. Your application has been received and our team will review it shortly.

If your experience is a match, a member of our recruiting team will reach out to discuss next steps. If we decide not to move forward, we'll let you know by email as well – we don't like leaving candidates in the dark.

In the meantime, check out our [[engineering blog]].

Best,
Fathom Maps Recruiting""",
  "en-US", "greenhouse; ack; hedge-if-not-move-forward", vendor="greenhouse", brand="Fathom Maps"),

O("lever-ack-volume-cannot-reply", "ack-received", "ats",
  "Rivet Studio <no-reply@hire.lever.co>", "Rivet Studio – we got your application",
  """Hi Sam,

Thanks for your application for Brand Designer at Rivet Studio.

We receive a high volume of applications and, regrettably, we're unable to respond to every applicant individually. If you haven't heard from us within three weeks, please assume that we will not be moving forward with your application this time.

We appreciate your interest and wish you luck.

Rivet Studio""",
  "en-GB", "lever; ack; no-response-means-no; conditional-verdict", vendor="lever", brand="Rivet Studio"),

O("workday-status-in-review", "status-update", "ats",
  "Meridian Health Systems <meridianhealth@myworkday.com>", "Your application: Product Analytics Manager (R-10587)",
  """Dear Sam,

Thank you for applying for the Product Analytics Manager (R-10587) position at Meridian Health Systems.

{table}

Our recruiting team is reviewing applications. Due to the number of applications we receive, this may take several weeks. You can track the status of your application in your candidate home.

Sincerely,
Meridian Health Systems Talent Acquisition""",
  "en-US", "workday; same-sender-as-a-rejection; status-table; in-review", vendor="workday", brand="Meridian Health Systems",
  table=[("Job", "Product Analytics Manager (R-10587)"), ("Status", "Application Received - In Review")]),

O("ashby-schedule-next-round", "interview-invite", "ats",
  "Tidewater Recruiting <no-reply@ashbyhq.com>", "Schedule your next interview with Tidewater",
  """Hi Sam,

Great news – the team would like to move you forward to the next stage for the Analytics Engineer role! The next step is a 60-minute technical interview with two members of the data platform team.

Please pick a time that works for you using the link below. Unfortunately we aren't able to offer slots on Fridays.

Looking forward to it,
Tidewater Recruiting""",
  "en-US", "ashby; scheduling-link; unfortunately-about-slots", vendor="ashby", brand="Tidewater", button="Choose a time"),

O("greenhouse-assessment-link", "assessment-invite", "ats",
  "Larkspur Data <no-reply@us.greenhouse-mail.io>", "Next step: online assessment for Data Scientist",
  """Hi Sam,

Thank you for your interest in the Data Scientist role at Larkspur Data. We'd like to invite you to complete an online assessment, which is the next step in our process.

- Duration: 90 minutes (SQL and Python)
- Deadline: 7 days from today
- Tools: you may use documentation but not AI assistants

Candidates who do not complete the assessment before the deadline will unfortunately not be considered further.

[[Start assessment]]

Good luck!
Larkspur Data Talent Team""",
  "en-GB", "greenhouse; assessment-invite; conditional-not-considered", vendor="greenhouse", brand="Larkspur Data"),

O("linkedin-application-viewed", "status-update", "ats",
  "LinkedIn <jobs-noreply@linkedin.com>", "Your application was viewed by Orchard Loop",
  """Your application was viewed

Growth Analyst
Orchard Loop · Nairobi, Kenya (Hybrid)

Orchard Loop viewed your application for Growth Analyst. Employers often review many applications, so it may take some time before you hear back.

[[View application]]

Not interested in this role anymore? [[Withdraw application]]""",
  "en-KE", "linkedin; viewed; same-company-as-a-rejection", vendor="linkedin", brand="LinkedIn", headers=dict(BULK_HEADERS), h2t=True),

O("linkedin-job-alert-no-longer-accepting", "job-alert", "ats",
  "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "“product manager”: 12 new jobs in Hong Kong",
  """Your job alert for product manager in Hong Kong SAR

12 new jobs match your preferences.

[[Senior Product Manager]]
Harbour Atlas · Central, Hong Kong · Easy Apply

[[Product Manager, Payments]]
Kinetic Pay · Quarry Bay, Hong Kong · Actively recruiting

[[Associate Product Manager]]
Junkbay Games · Hong Kong · No longer accepting applications

[[Product Owner, Wealth]]
Stratos Capital · Hong Kong · 3 connections work here

[[See all jobs]]""",
  "en-HK", "linkedin; job-alert; no-longer-accepting; company-of-a-rejection", vendor="linkedin", brand="LinkedIn",
  headers=dict(BULK_HEADERS), h2t=True),

O("indeed-application-submitted", "ack-received", "ats",
  "Indeed Apply <indeedapply@indeed.com>", "Application submitted: Sales Development Representative",
  """Your application has been submitted

Sales Development Representative
Tembo Cloud – Nairobi

The following items were sent to Tembo Cloud:
- Resume: Sam_Taylor_CV_2026.pdf
- Answers to 4 screener questions

Tembo Cloud typically responds to applications within 5 days. If you are not selected, you may not receive a response.

[[Track your application]]""",
  "en-KE", "indeed; ack; may-not-receive-response", vendor="indeed", brand="Indeed", headers=dict(BULK_HEADERS)),

O("wellfound-wants-to-chat", "interview-invite", "ats",
  "Wellfound <notifications@wellfound.com>", "Lumen Lab wants to chat with you",
  """Hi Sam,

Good news: Lumen Lab is interested in your application for Product Manager, AI Tools and sent you a message.

"Hi Sam – we passed on the engineering role but your product background is exactly what we need for this one. Free for 30 min this week? – Priya"

[[Reply to Priya]]""",
  "en-IN", "wellfound; interview-invite; mentions-earlier-pass", vendor="wellfound", brand="Wellfound", headers=dict(BULK_HEADERS)),

O("teamtailor-talent-community-newsletter", "newsletter", "ats",
  "Norrvik Connect <no-reply@teamtailor.com>", "Life at Norrvik – November update & open roles",
  """Hi Sam,

You're receiving this because you joined Norrvik Connect, our talent community.

This month: we opened our Hong Kong office, our design team won a Red Dot award, and we're hiring!

Open roles:
- Senior UX Researcher (Hong Kong)
- Product Designer, Design Systems (Stockholm or remote)
- Data Analyst (Hong Kong)

Not the right time? No worries. You can unsubscribe or [[delete your profile]] at any time.

Hej då!
Norrvik People Team""",
  "en-HK", "teamtailor; talent-community-newsletter; sender-of-a-rejection", vendor="teamtailor", brand="Norrvik",
  headers=dict(BULK_HEADERS)),

O("smartrecruiters-requisition-transfer", "requisition-transfer", "ats",
  "Solace Foods Careers <noreply@smartrecruiters.com>", "Solace Foods: your application has been moved",
  """Dear Sam,

Thank you for your interest in Solace Foods.

Your application for Key Account Manager (Cape Town) has been transferred to the position of Key Account Manager (Durban), as the Cape Town requisition has been closed and consolidated. Your application remains active and no action is required from you.

We will be in touch regarding the next steps.

Kind regards,
Solace Foods Talent Acquisition""",
  "en-ZA", "smartrecruiters; requisition-closed-but-transferred", vendor="smartrecruiters", brand="Solace Foods"),

O("icims-status-table-shortlisted", "status-update", "ats",
  "Harbourline Bank Careers <careers-noreply@talent.icims.com>", "Application Status Update – Req 24-8012",
  """Dear Sam,

There has been an update to the status of your application. Please see the details below.

{table}

Thank you for your interest in career opportunities with Harbourline Bank. Please continue to visit our [[Careers Portal]] for future opportunities.

Harbourline Bank Talent Acquisition""",
  "en-CA", "icims; same-template-as-a-rejection; shortlisted", vendor="icims", brand="Harbourline Bank", html_only=True,
  table=[("Requisition", "24-8012"), ("Position", "Senior Product Owner, Mobile"), ("Location", "Toronto, ON"),
         ("Status", "Hiring Manager Review - Shortlisted")]),

O("workable-offer-letter", "offer", "ats",
  "Mbali Fintech <noreply@candidates.workablemail.com>", "Your offer from Mbali Fintech",
  """Hi Sam,

Congratulations! We're delighted to offer you the position of Product Lead, SME Lending at Mbali Fintech.

Please review and sign your offer letter by Friday 11 December. Unfortunately, we cannot hold the offer beyond that date, as we have other candidates waiting on a decision.

[[Review offer]]

Welcome aboard (we hope)!
Mbali Fintech Recruitment""",
  "en-KE", "workable; offer; sender-of-a-rejection; unfortunately-cannot-hold", vendor="workable", brand="Mbali Fintech"),

O("workday-withdrawal-confirmed", "withdrawal-confirmation", "ats",
  "Tessellate Group <tessellate@myworkday.com>", "Application withdrawn – Sales Operations Lead",
  """Dear Sam,

This confirms that you have withdrawn your application for the Sales Operations Lead position. Your candidacy for this position is now closed and will no longer be considered.

If this was a mistake, you may reapply while the posting remains open.

Tessellate Group Talent Acquisition""",
  "en-HK", "workday; owner-withdrew; candidacy-closed", vendor="workday", brand="Tessellate Group"),

O("internal-greenhouse-owner-requisition", "owner-hiring", "ats",
  "Calder Street Media Greenhouse <no-reply@us.greenhouse-mail.io>", "[Greenhouse] 3 candidates rejected on Data Analyst, Audience (Req 118)",
  """Hi Sam,

The following candidates on your requisition Data Analyst, Audience (Req 118) were moved to Rejected by Leah Morgan:

- Chris Patel – Reason: Not enough experience (rejection email sent)
- Amira Haddad – Reason: Another candidate hired (rejection email scheduled)
- Joel Brandt – Reason: Withdrew

You are receiving this because you are the Hiring Manager on this job.

[[View job pipeline]]""",
  "en-GB", "greenhouse; owner-is-hiring-manager; rejected-candidates", vendor="greenhouse", brand="Calder Street Media"),

O("bank-card-payment-declined", "non-job-rejection", "ats",
  "Kiwibank Alerts <alerts@kiwibank-mail.example>", "Your card payment was declined",
  """Kia ora Sam,

A payment of NZ$89.00 to LINKEDIN PREMIUM on your Visa Debit ending 4417 was declined on 28 November.

Reason: insufficient funds available.

If you don't recognise this transaction, please call us on 0800 000 000 straight away.

Kiwibank""",
  "en-NZ", "card-declined; linkedin-premium", vendor="plain", brand="Kiwibank"),

O("conference-talk-rejected", "non-job-rejection", "ats",
  "ProductCon Sydney <noreply@sessionize.example>", "ProductCon Sydney 2027 – your session submission",
  """Hi Sam,

Thank you for submitting "Measuring what matters: audience analytics at a newsroom" to ProductCon Sydney 2027.

We received over 600 submissions for 40 slots. Unfortunately, your session was not selected for this year's programme. We know this is disappointing and we thank you for taking the time to apply.

As a thank-you, here's a 30% discount code for tickets: SPEAKER30.

The ProductCon Program Committee""",
  "en-AU", "talk-rejection; not-selected; application-vocabulary", vendor="plain", brand="ProductCon Sydney", h2t=True),

O("rental-application-declined", "non-job-rejection", "ats",
  "Harbourview Property Management <applications@rentportal.example>", "Rental application update – 14/22 Albert St",
  """Dear Sam Taylor,

Thank you for your application for 14/22 Albert St, Richmond.

After careful consideration, the landlord has decided to proceed with another applicant. We appreciate your interest and encourage you to apply for other properties on our [[listings page]].

Regards,
Leasing Team
Harbourview Property Management""",
  "en-AU", "rental-declined; another-applicant", vendor="plain", brand="Harbourview Property Management"),

O("recruitee-saved-job-closed", "job-alert", "ats",
  "Vantor Analytics <jobs@mail.recruitee.com>", "A job you saved is no longer available",
  """Hi Sam,

The position Lead Data Engineer at Vantor Analytics that you saved has now been filled and is no longer accepting applications.

Here are similar roles you might like:
- [[Analytics Engineer II]]
- [[Data Platform Engineer]]

Vantor Analytics Careers""",
  "en-GB", "recruitee; saved-not-applied; filled; sender-of-a-rejection", vendor="recruitee", brand="Vantor Analytics",
  headers=dict(BULK_HEADERS)),

O("smartrecruiters-reference-check", "status-update", "ats",
  "Kestrel Pay via SmartRecruiters <noreply@smartrecruiters.com>", "Kestrel Pay: reference check for Sam Taylor",
  """Dear Sam,

We're pleased to let you know you've reached the final stage of our process for Head of Design Systems. As a next step, we'd like to contact two of your referees.

Please enter their details in the form below. Unfortunately we cannot proceed without at least one referee from a line-management relationship.

Kind regards,
Kestrel Pay Talent""",
  "en-GB", "smartrecruiters; references; final-stage; unfortunately-cannot-proceed-without", vendor="smartrecruiters",
  brand="Kestrel Pay", button="Add referees"),

# ---------------- personal ----------------
O("recruiter-next-round-invite", "interview-invite", "personal",
  "Fiona McLeod <fiona.mcleod@brightwater.example>", "Brightwater – next round, Product Marketing Manager",
  """Hi Sam,

Thanks for your time on Tuesday. I'm pleased to say the hiring manager would like to move you to the next round for the Product Marketing Manager role.

It's a 90-minute panel: a 30-minute presentation of a go-to-market plan (brief attached separately) and an hour of Q&A. Could you let me know your availability next Wednesday or Thursday?

Unfortunately we had to let a few strong people go at this stage, so well done.

Fiona
Talent Partner, Brightwater
07700 900 334""",
  "en-GB", "interview-invite; praise-with-let-go-others"),

O("hm-still-deciding-on-hold", "status-update", "personal",
  "Rahul Iyer <rahul.iyer@copperleaf.example>", "Re: Checking in – Senior Data Analyst",
  """Hi Sam,

Thanks for checking in, and sorry for the silence. Honest update: we haven't made a decision yet. Our VP is reviewing the headcount plan and the Senior Data Analyst hire is on hold for about two weeks while that happens. You are still very much in consideration and we will come back to you either way as soon as we know.

Rahul

On Mon, 30 Nov 2026 at 09:15, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Rahul, just checking in on the Senior Data Analyst role. Any news? Best, Sam""",
  "en-IN", "still-deciding; on-hold-temporary; still-in-consideration", parent=True, parent_domain="example.org"),

O("answer-gone-with-another-candidate-no", "answer-to-owner-question", "personal",
  "Emily Sato <emily.sato@northbeam.example>", "Re: Have you gone with another candidate?",
  """Hi Sam,

Not at all – sorry for the radio silence! We haven't gone with anyone else. The team would love to have you back for the final round with our CPO. Does Thursday 10 Dec at 2pm PT work?

Emily

> On Dec 1, 2026, at 11:02 AM, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Emily, I haven't heard back about the Product Manager, Growth role and wondered whether you've gone with another candidate? No problem either way, I'd just like to know. Sam""",
  "en-US", "answer-to-owner-question; final-round-invite", parent=True, parent_domain="example.org"),

O("reply-to-owner-thanks-keep-in-touch", "reply-to-owner-followup", "personal",
  "Ines Carvalho <ines.carvalho@ferrous.example>", "Re: Following up – Senior Product Manager, Payments",
  """Hi Sam,

No need to apologise at all, and thank you for taking the news so graciously. We'd love to keep in touch – I'll ping you in the new year when we open the risk PM role.

Ines

On Fri, 20 Nov 2026 at 17:40, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ines,
> Thanks for letting me know, and for the detailed feedback. Sorry for the long email after the debrief! Please keep me in mind for future roles.
> Sam
>
> On Thu, 19 Nov 2026 at 16:05, Ines Carvalho wrote:
>> The panel met yesterday ... So we're going to make the offer to them and won't be taking your candidacy forward.""",
  "en-GB", "reply-to-owner-followup; rejection-only-in-quote", parent=True, parent_domain="example.org", parent_depth=2),

O("agency-reengage-new-roles", "recruiter-outreach", "personal",
  "Callum Greig <callum.greig@haysworth.example>", "New briefs – thought of you",
  """Hi Sam,

Hope you're well. I know the Marlowe one didn't work out, which was a shame, but I've just taken two briefs that look a much better fit:

- Head of Product Analytics, a media group in Salford (£85-95k)
- Senior Data Product Manager, a publisher in Leeds (hybrid)

Fancy a chat this week? I'm free Thursday afternoon.

Cheers,
Callum

Callum Greig | Senior Consultant, Technology
Haysworth Recruitment | Manchester
M: 07700 900 451""",
  "en-GB", "recruiter-outreach; mentions-earlier-rejection"),

O("verbal-offer-email", "offer", "personal",
  "Thandi Mokoena <thandi@ridgeback.example>", "Offer – Senior Sales Manager",
  """Hi Sam,

Further to our call this afternoon, I'm thrilled to confirm that we'd like to offer you the Senior Sales Manager role at Ridgeback.

The written offer will follow from HR tomorrow. I know you had another process running; unfortunately our CEO is travelling next week, so if you could let us know by Tuesday that would be wonderful.

Congratulations!
Thandi Mokoena
Chief Revenue Officer, Ridgeback
+27 11 000 0000""",
  "en-ZA", "offer; unfortunately-about-timing"),

O("colleague-rejected-candidates", "owner-hiring", "personal",
  "Leah Morgan <leah.morgan@example.org>", "Data Analyst shortlist – done",
  """Hi Sam,

I've gone through the last batch for your Data Analyst, Audience req. I've rejected Chris and Amira (Amira was lovely but we've got Joel's replacement sorted), and sent both the standard decline email. Joel withdrew.

That leaves Noor and Ben for final round on Tuesday. Can you confirm you're still free 2-4pm?

Leah
People Partner, Calder Street Media""",
  "en-GB", "owner-is-hiring-manager; colleague-at-example.org"),

O("owner-sent-rejection-to-candidate", "owner-sent", "personal",
  "Sam Taylor <sam.taylor@example.org>", "Data Analyst, Audience – your application",
  """Hi Noor,

Thank you for coming in on Tuesday and for the excellent presentation. It was a genuinely difficult decision, but we've decided to offer the Data Analyst, Audience role to another candidate.

I'd be very happy to share feedback if helpful, and I hope our paths cross again.

Best wishes,
Sam

Sam Taylor
Head of Growth Analytics, Calder Street Media""",
  "en-GB", "owner-sent; owner-rejects-a-candidate", to="Noor Hassan <noor.hassan@mailbox.example>"),

O("owner-sent-status-chaser", "owner-sent", "personal",
  "Sam Taylor <sam.taylor@example.org>", "Checking in – Product Manager, Growth",
  """Hi Emily,

I hope you're well. I haven't heard back about the Product Manager, Growth role since my second interview and wondered whether you've gone with another candidate? No problem either way, I'd just like to know so I can plan.

Thanks,
Sam""",
  "en-US", "owner-sent; asks-if-rejected", to="Emily Sato <emily.sato@northbeam.example>"),

O("friend-forwards-own-rejection", "forwarded", "personal",
  "Jess Okafor <jess.okafor@mailbox.example>", "Fwd: Your application to Quarry.io",
  """ugh. another one. how do you reply to these without sounding bitter?? x

---------- Forwarded message ---------
From: Quarry.io Recruiting <no-reply@hire.lever.co>
Date: Wed, Nov 25, 2026 at 8:14 AM
Subject: Your application to Quarry.io
To: Jess Okafor <jess.okafor@mailbox.example>

Hi Jess, thank you for applying for Senior Product Designer. Unfortunately we won't be moving forward with your application at this time. Best, Quarry.io""",
  "en-US", "forwarded; friend's-rejection; company-of-a-rejection"),

O("journal-paper-declined", "non-job-rejection", "personal",
  "Dr Anjali Rao <editor@journalofdatajournalism.example>", "Decision on manuscript JDJ-2026-0412",
  """Dear Sam Taylor,

Thank you for submitting your manuscript "Audience segmentation at scale in a regional newsroom" to the Journal of Data Journalism.

I regret to inform you that, on the advice of two reviewers, we are unable to accept your paper for publication. The reviewers' comments are appended below in the hope that they will be useful.

Yours sincerely,
Dr Anjali Rao
Editor-in-Chief

Reviewer 1: The methodology is sound but the contribution is incremental...""",
  "en-IN", "paper-declined"),

O("meeting-declined", "non-job-rejection", "personal",
  "Marcus Bell <marcus.bell@example.org>", "Declined: Q1 roadmap review @ Wed 9 Dec 2026 10:00 - 11:00 (GMT)",
  """Marcus Bell has declined this invitation.

Sorry Sam, clash with the board prep. Can we move to Thursday?

Q1 roadmap review
When: Wed 9 Dec 2026 10:00 - 11:00 (GMT)
Organiser: Sam Taylor""",
  "en-GB", "calendar-declined; colleague"),

O("parcel-returned-to-sender", "non-job-rejection", "personal",
  "Courier Updates <updates@swiftpost.example>", "Delivery unsuccessful – parcel returned to sender",
  """Hi Sam,

We tried to deliver your parcel SP442190NZ twice but were unsuccessful. As no one collected it from the depot within 7 days, it has now been returned to sender (Inkwell Books).

Please contact the sender to arrange a refund or redelivery.

SwiftPost NZ""",
  "en-NZ", "parcel-returned; unsuccessful"),

O("grant-application-unsuccessful", "non-job-rejection", "personal",
  "Media Innovation Fund <grants@mediainnovationfund.example>", "Your application to the Media Innovation Fund – Round 7",
  """Dear Sam,

Thank you for your application on behalf of Calder Street Media to Round 7 of the Media Innovation Fund.

The panel received 182 applications. We are sorry to tell you that your application was not successful on this occasion. Panel feedback is attached.

We encourage you to apply again in Round 8, which opens in March 2027.

Kind regards,
Sipho Ndlovu
Programme Manager, Media Innovation Fund""",
  "en-ZA", "grant-declined; not-successful-on-this-occasion; owner's-employer"),

O("hm-take-home-instructions", "assessment-invite", "personal",
  "Olivia Chen <olivia.chen@pebblestone.example>", "Pebblestone – design challenge for Senior Product Designer",
  """Hi Sam,

Thanks for a great first chat! As promised, here's the design challenge for the Senior Product Designer role.

Brief: redesign the booking flow for a dental clinic app (mobile). Please spend no more than 4 hours. Send a Figma link by Monday.

Unfortunately we can't pay for the challenge, which is why we keep it short. If the timing doesn't work, just tell me and we'll find another slot.

Olivia
Design Manager, Pebblestone""",
  "en-AU", "assessment-invite; sender-of-a-rejection; unfortunately"),

O("reschedule-interviewer-sick", "reschedule", "personal",
  "Hannah Leroux <hannah.leroux@maplecrest.example>", "Need to move your interview – Product Analyst",
  """Hi Sam,

Unfortunately Étienne, who was going to interview you tomorrow for the Product Analyst role, is off sick, so I'll need to cancel tomorrow's slot. Your application is still moving ahead, of course – could you do Monday at 11 or Tuesday at 3 instead?

Sorry for the hassle!

Hannah Leroux
Talent Acquisition Specialist
Maplecrest Insurance | Montréal""",
  "en-CA", "reschedule; interview-cancelled-not-candidacy; sender-of-a-rejection"),

O("agency-client-wants-interview", "interview-invite", "personal",
  "Cheryl Ho <cheryl.ho@peakhunt.example>", "Harbour Atlas – interview request!",
  """Hi Sam,

Good news! Harbour Atlas wants to meet u for the Senior Product Manager role. First round with the Head of Product, 45 mins on Zoom. They are not considering candidates without HK visa so pls confirm your status.

Slots: Wed 4pm or Fri 10am HKT.

Best regards,
Cheryl Ho
Associate Director | PeakHunt Executive Search""",
  "en-HK", "agency; interview-invite; sender-of-a-rejection; not-considering-clause"),

O("reference-request-for-former-report", "reference-request", "personal",
  "Kwame Boateng <kwame.boateng@tembo.example>", "Reference for Jordan Lee",
  """Hi Sam,

Jordan Lee has applied for the Senior Analyst role at Tembo Cloud and has given your name as a referee. Would you have 15 minutes this week for a quick call?

If you'd rather not give a reference, no problem at all, just let me know.

Thanks,
Kwame Boateng
Talent Lead, Tembo Cloud
+254 700 000 000""",
  "en-KE", "reference-request; sam-is-referee"),

O("mentee-did-not-get-job", "personal", "personal",
  "Zara Ahmed <zara.ahmed@mailbox.example>", "didn't get it :(",
  """Hi Sam,

Just heard back from Brightloom, they've gone with someone else for the junior analyst role. Gutted, honestly. Would you be up for a coffee to go through my interview prep? I think I fumbled the SQL question.

Thanks for all your help either way,
Zara""",
  "en-US", "mentee; third-party-rejection; company-of-a-rejection"),

O("recruiter-reply-owner-declined-offer", "owner-declines", "personal",
  "Thandi Mokoena <thandi@ridgeback.example>", "Re: Offer – Senior Sales Manager",
  """Hi Sam,

Thanks for letting me know, and for being so upfront. I'm disappointed of course – we really wanted you on the team – but I completely understand the decision. Congratulations on the new role!

The door is always open at Ridgeback.

Thandi

On Tue, 8 Dec 2026 at 09:30, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Thandi, thank you so much for the offer. After a lot of thought I've decided to decline, as I've accepted another position. Sam""",
  "en-ZA", "owner-declined-offer; recruiter-reply", parent=True, parent_domain="example.org"),
]
