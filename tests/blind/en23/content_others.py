"""40 hard negatives from the same channels: 20 ATS / job-board style, 20 personal."""
from content_rejections import LI_FOOT, INDEED_FOOT, SEEK_FOOT, REED_FOOT, GD_FOOT


def ats(s, fr, sub, v, body, cat, tags, colour="#0a66c2", logo="Logo", foot="", fmt="alt", hdr=None, to=""):
    h = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://click.example/u/" + s + ">", "Precedence": "bulk"}
    h.update(hdr or {})
    d = dict(s=s, fr=fr, sub=sub, v=v, body=body, cat=cat, tags=tags, colour=colour, logo=logo, foot=foot, fmt=fmt,
             hdr=h, label="other", st="ats")
    if to:
        d["to"] = to
    return d


def per(s, fr, sub, v, body, cat, tags, irt="", cc="", to=""):
    d = dict(s=s, fr=fr, sub=sub, v=v, body=body, cat=cat, tags=tags, irt=irt, cc=cc, fmt="plain", label="other", st="personal")
    if to:
        d["to"] = to
    return d


ITEMS = [
ats("linkedin-jobs-you-may-like", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "“product marketing manager”: 12 new jobs in London", "en-GB",
"""Your job alert for product marketing manager in London

12 new jobs match your preferences.

Senior Product Marketing Manager
Harbourline Energy · Leeds (Hybrid) · Actively recruiting

Product Marketing Manager, Payments
Oxbow Payments · London · 3 connections work here

PMM - Insights
Gullfoss Analytics · Remote · Be an early applicant

Not interested in these? We won't show you jobs from companies you've hidden. Your profile was not shared with any of these employers.

[[See all jobs]]""",
"job-alert", "linkedin; alert-digest; company-that-rejected-elsewhere", logo="LinkedIn", foot=LI_FOOT),

ats("linkedin-application-viewed", "LinkedIn <jobs-noreply@linkedin.com>", "Your application was viewed by Marlowe Studios", "en-US",
"""Sam, your application was viewed

Marketing Insights Manager
Marlowe Studios · New York, NY

Your application was viewed by the hiring team at Marlowe Studios. This doesn't guarantee that you'll hear back, but it's a good sign the employer is reviewing applications.

Application status: Viewed

[[See application]]

Jobs similar to Marketing Insights Manager""",
"status-update", "linkedin; viewed; hedge-no-guarantee", logo="LinkedIn", foot=LI_FOOT),

ats("indeed-employer-reviewing", "Indeed <donotreply@match.indeed.com>", "An update on your application to Peregrine Outdoor Co.", "en-US",
"""An update on your application

Brand Marketing Manager
Peregrine Outdoor Co. - Denver, CO

The employer is reviewing your application. Employers typically respond within 2 weeks. If you're not selected, you may not hear from the employer directly.

Application status: Reviewing

[[Track your application]]""",
"status-update", "indeed; reviewing; hedge-not-selected", colour="#2557a7", logo="Indeed", foot=INDEED_FOOT),

ats("indeed-saved-job-reminder", "Indeed <alert@indeed.com>", "Don't miss out: the job you saved closes soon", "en-CA",
"""You saved this job 6 days ago

Marketing Research Lead
Birchwood Telecom - Toronto, ON

This job may be closing soon - employers often stop accepting applications after a few weeks. Apply now before the position is filled.

[[Apply now]]   [[Remove from saved jobs]]""",
"job-alert", "indeed; saved-job; before-position-filled", colour="#2557a7", logo="Indeed", foot=INDEED_FOOT),

ats("seek-application-received-hedge", "SEEK <noreply@s.seek.com.au>", "Your application was successfully submitted", "en-AU",
"""Hi Sam,

Your application for Senior Insights Analyst at Gumtree Lane Media was sent.

What happens next?
Gumtree Lane Media will review your application. Due to the high volume of applications, the employer may only contact shortlisted candidates. If you haven't heard within 3 weeks, your application has most likely been unsuccessful.

[[View applied jobs]]""",
"ack-received", "seek; ack; hedge-unsuccessful", colour="#e60278", logo="SEEK", foot=SEEK_FOOT),

ats("reed-shortlisted", "reed.co.uk <noreply@reed.co.uk>", "Application update: Insights Manager - Corvid Retail", "en-GB",
"""Hi Sam,

Your application for Insights Manager at Corvid Retail (Birmingham) has been reviewed by the recruiter.

Status: Shortlisted

Corvid Retail said: "Thanks for applying - we were not able to shortlist everyone, but we'd like to speak with you. Please book a call using the link below."

[[Book a call]]

The Reed team""",
"interview-invite", "reed; shortlisted; same-template-as-declined", colour="#d6001c", logo="reed.co.uk", foot=REED_FOOT),

ats("glassdoor-company-review-response", "Glassdoor <noreply@glassdoor.com>", "The employer responded to your interview review", "en-US",
"""Hi Sam,

Quillon Analytics responded to the interview review you posted ("Declined offer - Product Marketing Manager").

Response from Quillon Analytics: "Thanks for taking the time to share your experience. We're sorry the process felt slow and we've passed your feedback to our recruiting team."

[[View response]]""",
"notification", "glassdoor; review-response; declined-in-quote", colour="#0caa41", logo="Glassdoor", foot=GD_FOOT),

ats("otta-new-matches", "Otta <hello@otta.com>", "8 new roles for you this week", "en-GB",
"""Morning Sam ☀️

Here are this week's roles that match what you're looking for. A few companies closed roles you'd saved — we've removed those for you.

- Brand Lead at Halcyon Oat Co (Series B) · London
- Insights Manager at Tessellate (Series A) · Remote UK
- Product Marketing Manager at Ferrymead Bank · London

[[See all 8 roles]]""",
"job-alert", "otta; weekly; closed-roles-mention", colour="#1a1a1a", logo="Otta", foot="Otta. [[Email preferences]]"),

ats("wellfound-recruiter-message-interest", "Wellfound <notifications@wellfound.com>", "Kestrel Robotics wants to chat", "en-US",
"""Priscilla from Tinplate Labs is interested in your profile

"Hi Sam - saw you applied to Kestrel and didn't get through; honestly their loss. We're hiring a Head of Growth at Tinplate Labs and I think you'd be great. 20 mins this week?"

[[Reply]]   [[Not interested]]""",
"recruiter-outreach", "wellfound; outreach-mentions-other-rejection", colour="#000000", logo="Wellfound", foot="Wellfound. [[Unsubscribe]]"),

ats("handshake-interview-scheduled", "Handshake <notifications@joinhandshake.com>", "Interview scheduled: Lakeshore Mutual", "en-US",
"""Hi Sam,

Lakeshore Mutual has scheduled an interview with you for Rotational Marketing Program.

Date: Thursday, October 22, 2026
Time: 2:00 PM - 2:30 PM CT
Location: Virtual (Zoom link in Handshake)

Note: your earlier application for another Lakeshore Mutual role is not affected by this invitation.

[[View interview details]]""",
"interview-invite", "handshake; interview; other-role", colour="#e84d3d", logo="Handshake", foot="Handshake. [[Notification settings]]"),

ats("hired-new-interview-request", "Hired <team@hired.com>", "New interview request from Larchmont Health", "en-US",
"""You have a new interview request!

Larchmont Health - Senior Product Marketing Manager
Offered salary: $165,000 - $180,000
Location: Remote (US)

"Hi Sam, we loved your insights background. Would you like to interview for our Senior PMM role?"

Requests expire in 7 days if you don't respond.
[[Accept]]   [[Decline]]""",
"interview-invite", "hired; interview-request; decline-button", colour="#2c7be5", logo="Hired", foot="Hired, Inc. [[Privacy policy]]"),

ats("naukri-recruiter-viewed", "Naukri.com <info@naukri.com>", "Recruiters viewed your profile 4 times this week", "en-IN",
"""Dear Sam Taylor,

Your profile was viewed by 4 recruiters this week, including Vedanta Retail Brands and Mahogany Finserv.

Profiles with a photo and updated resume get up to 3x more recruiter actions.

[[Update profile]]

Team Naukri.com""",
"notification", "naukri; profile-views", colour="#275df5", logo="Naukri", foot="Info Edge (India) Ltd. This is a system generated mail."),

ats("agency-timesheet-reminder", "Arrowsmith Talent Timesheets <timesheets@bullhorn-mail.example>", "Action required: timesheet rejected - week ending 18/10/2026", "en-GB",
"""Dear Sam,

Your timesheet for the assignment "Research Consultant (contract)" at Lynch & Abernethy Insurance, week ending 18/10/2026, has been rejected by your approver.

Reason: Hours on Wednesday do not match the agreed rota. Please correct and resubmit by 5pm Tuesday so payroll is not delayed.

[[Edit timesheet]]

Arrowsmith Talent Ltd""",
"agency-admin", "timesheet-rejected; same-agency-as-rejection", colour="#ff6a13", logo="Arrowsmith Talent", foot="Arrowsmith Talent Ltd. [[Preferences]]"),

ats("agency-compliance-docs", "Coastal Staffing Compliance <compliance@coastalstaffing.example>", "Your right-to-work documents were not accepted", "en-AU",
"""Hi Sam,

Thanks for uploading your documents. Unfortunately the passport scan we received was unreadable and could not be accepted for our compliance check. Please upload a clearer copy so we can keep your candidate profile active.

[[Upload documents]]

Coastal Staffing Compliance Team""",
"agency-admin", "compliance; document-not-accepted", colour="#00808a", logo="Coastal Staffing", foot="Coastal Staffing Pty Ltd ABN 00 000 000 000. [[Privacy]]"),

ats("greenhouse-transferred-req", "Solano Health <no-reply@us.greenhouse-mail.io>", "An update on your application with Solano Health", "en-US",
"""Hi Sam,

Thank you for applying to Solano Health. While reviewing your application for Lifecycle Marketing Manager, our team felt your experience could be an even stronger fit for our Member Research Manager opening.

With your permission we've moved your application to that role. The Lifecycle Marketing Manager requisition is now closed, but you remain an active candidate for Member Research Manager and a recruiter will reach out about next steps shortly.

Best,
Solano Health Talent Acquisition""",
"requisition-transfer", "greenhouse; transferred; old-req-closed", colour="#24a148", logo="Solano Health", foot="Powered by Greenhouse"),

ats("chatbot-status-in-review", "Olivia from Ridgeline Foods Careers <olivia@paradox-mail.example>", "Your conversation with Olivia - Ridgeline Foods", "en-US",
"""Hi Sam! It's Olivia, the Ridgeline Foods careers assistant 🤖

You asked: "have I been rejected for the Consumer Insights Manager role?"

Good news: your application for Consumer Insights Manager (req #45190) is still In Review with the hiring team. No decision has been made yet. I'll message you as soon as anything changes!

[[Check another application]]""",
"status-update", "careers-chatbot; in-review; rejected-in-question", colour="#f26522", logo="Ridgeline Foods Careers", foot="Powered by Paradox. [[Privacy]]"),

ats("workday-assessment-invite", "Maple Ridge Credit Union <mapleridge@myworkday.com>", "Next step: online assessment for Growth Marketing Specialist", "en-CA",
"""Dear Sam,

Thank you for your interest in Maple Ridge Credit Union. We are pleased to invite you to complete an online assessment for the Growth Marketing Specialist (R-10293) position.

The assessment takes approximately 35 minutes and must be completed within 5 days. Candidates who do not complete it within this time will not be considered further.

[[Start assessment]]

Maple Ridge Credit Union Talent Acquisition""",
"assessment", "workday; assessment; conditional-warning", colour="#005cb9", logo="Maple Ridge Credit Union", foot="Please do not reply to this email."),

ats("personio-owner-hiring-notice", "Personio <notifications@personio.example>", "Recruiting: 3 candidates rejected for Research Analyst", "en-GB",
"""Hello Sam,

Here is your daily recruiting summary for the position Research Analyst (Calder Street Media).

- 3 candidates were moved to status Rejected by Sam Taylor
- 2 new applications received
- 1 interview scheduled for tomorrow

[[Open position in Personio]]""",
"owner-hiring", "hr-system; owner-is-hiring; rejected-status", colour="#2b2d42", logo="Personio", foot="Personio SE & Co. KG. [[Notification settings]]", to="Sam Taylor <sam.taylor@example.org>"),

ats("bank-card-declined", "Westmere Bank <alerts@westmerebank.example>", "Card transaction declined", "en-NZ",
"""Kia ora Sam,

A transaction on your Visa Debit card ending 4417 was declined.

Merchant: SEEK PREMIUM NZ
Amount: NZD 34.99
Reason: insufficient available funds

If you didn't attempt this transaction, call us on 0800 555 019.

[[View in app]]""",
"non-job-rejection", "card-declined; job-board-merchant", colour="#00524c", logo="Westmere Bank", foot="Westmere Bank Ltd. [[Security centre]]"),

ats("conference-talk-declined", "MarTech Summit Dublin <speakers@martechsummit.example>", "Your session proposal: decision", "en-IE",
"""Dear Sam,

Thank you for submitting "What rejection data tells us about audiences" to MarTech Summit Dublin 2027.

We received over 400 proposals this year and, unfortunately, we are unable to accept your session for the programme. We'd love to see you there as an attendee - here is a 20% discount code: SPEAKER20.

[[Buy tickets]]

The MarTech Summit Programme Committee""",
"non-job-rejection", "talk-proposal-declined", colour="#7b2cbf", logo="MarTech Summit", foot="[[Unsubscribe]]"),

# ---------------- personal ----------------
per("recruiter-inmail-pitch", "Megan Doyle <megan.doyle@harveyjamespartners.example>", "Head of Insight roles - quick chat?", "en-GB",
"""Hi Sam,

I hope you don't mind me reaching out directly - I came across your profile on LinkedIn. I've heard your name mentioned after the Harrow & Finch process (I know that one didn't go your way, their loss).

I'm working on two Head of Insight searches right now, one at a retail bank and one at a subscription media business. Both £85-95k plus bonus, hybrid in London.

Would you be open to a 15-minute call this week?

Best,
Megan Doyle
Director | Harvey James Partners | 020 7946 0993""",
"recruiter-outreach", "pitch; mentions-earlier-rejection"),

per("recruiter-positive-feedback-fwd", "Tom Hartigan <tom.hartigan@brightwaterrecruitment.example>", "FW: Sam Taylor - feedback (Merrow Bank)", "en-GB",
"""Sam - brilliant news, see below!! I'll call you in 10 mins.

Tom

From: Lucy Adebayo <l.adebayo@merrowbank.example>
Sent: 22 October 2026 15:40
To: Tom Hartigan
Subject: Sam Taylor - feedback

Hi Tom,

Thanks for introducing Sam. The panel were really impressed - she was the strongest candidate we've seen for the Customer Insight Manager role and we don't want to lose her to another process. We'd like to invite her to the final stage with our CMO next week. Not moving forward with the other two.

Lucy""",
"interview-invite", "agency-forward; positive-hm-note; third-person; others-rejected"),

per("friend-forwards-own-rejection", "Chloe Parkes <chloe.parkes@gmail.example>", "Fwd: Your application to Sundial Media", "en-US",
"""Ugh. Can you look at this and tell me if it's worth replying? You're so good at these. Should I ask for feedback??

---------- Forwarded message ---------
From: Sundial Media Recruiting <no-reply@hire.lever.co>
Date: Wed, Oct 28, 2026
Subject: Your application to Sundial Media
To: Chloe Parkes <chloe.parkes@gmail.example>

Hi Chloe,

Thank you for your interest in the Content Strategist role. After careful consideration, we have decided to move forward with other candidates.

Best,
Sundial Media""",
"forwarded", "friend-own-rejection; asks-advice"),

per("referral-contact-still-deciding", "Ravi Menon <ravi.menon@gmail.example>", "re: the Tanjore Labs role", "en-IN",
"""Hey Sam,

Asked around about Tanjore Labs for you. Nothing decided yet - they've paused interviews for two weeks because the CMO is travelling, but Meera says you're very much still in the mix for the Marketing Analytics Lead role and they will come back to you either way.

Don't read anything into the silence!
Ravi""",
"status-update", "referral-contact; paused-interviews; still-in-mix"),

per("interviewer-thanks-next-round", "Fiona Lynch <fiona.lynch@shannonanalytics.example>", "Thanks for today", "en-IE",
"""Hi Sam,

Just a quick personal note to say thanks for today - I know panel interviews are draining. I can't say much before HR send the official email, but I don't think you'll be disappointed. Keep Thursday afternoon free if you can.

Fiona""",
"interview-invite", "interviewer-personal; hint-of-next-round"),

per("owner-own-rejection-sent", "Sam Taylor <sam.taylor@example.org>", "Your application - Research Analyst, Calder Street Media", "en-GB",
"""Hi Jordan,

Thank you for interviewing with us for the Research Analyst role last week. I'm sorry to say we've decided to offer the position to another candidate. It was a close call, and I'd be glad to share feedback if that would be helpful.

Best wishes,
Sam

Sam Taylor
Insights Lead, Calder Street Media""",
"owner-sent", "owner-rejects-candidate", to="Jordan Ellis <jordan.ellis@mailbox.example>"),

per("colleague-candidate-debrief", "Priya Nair <priya.nair@example.org>", "Re: Research Analyst shortlist", "en-GB",
"""Sam,

Agree with you on the first two - not enough stats for what we need, let's reject them today. Candidate 3 (the one from the agency) I'd like to see again; can you ask Tom at Brightwater to set up a second interview?

P""",
"owner-hiring", "colleague; owner-team-rejects-others", irt="example.org"),

per("owner-followup-reply-keep-in-touch", "Fiona Gallagher <fiona.gallagher@liffeyinsights.example>", "Re: After the official email", "en-IE",
"""Hi Sam,

No need to apologise at all, and thank you for such a gracious reply. I'd love to keep in touch - Thursday at 3 works for the feedback call, I'll send an invite.

Fiona

On Tue, 10 Nov 2026 at 09:20, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Fiona, thank you so much for taking the time to write - it means a lot,
> and sorry for my slow reply. I'd really value the feedback call.
>
> On Mon, 9 Nov 2026, Fiona Gallagher wrote:
>> the team went with a candidate who has more experience running the
>> syndicated panel side of things.""",
"reply-to-owner-followup", "rejection-only-in-quote; feedback-call", irt="example.org"),

per("answer-have-you-gone-other", "Olivia Brandt <olivia.brandt@tidewaterlogistics.example>", "Re: Quick check-in", "en-US",
"""Hi Sam,

Not at all - we haven't gone with anyone else! Apologies for the silence, Marcus was out last week. We'd like to bring you in for the final round for the Brand Manager role. Does Tuesday or Wednesday afternoon work?

Olivia

On Nov 3, 2026, at 8:05 AM, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Olivia, just checking in - have you gone with another candidate for the
> Brand Manager role? No worries either way, I'd just like to know.""",
"answer-to-owner-question", "question-says-other-candidate; invite", irt="example.org"),

per("agency-client-still-deciding", "Kyle Brennan <kbrennan@norhalltalent.example>", "Halvorsen Co update", "en-US",
"""Sam - quick update on Halvorsen. They've put the VP Brand decision on hold till the new CEO starts on the 15th. NOT a no, they were clear you're one of two finalists and they'll come back to us right after. Hang tight!

Kyle""",
"status-update", "agency; on-hold-but-still-deciding"),

per("agency-role-reopened", "Mere Walker <mere@kowhairecruit.example>", "Re: Kauri Outdoor - update", "en-NZ",
"""Kia ora Sam,

Good news - Kauri Outdoor's board approved the budget early and the Brand Manager role is live again. They'd like to pick up where we left off and see you next Tuesday. Can you do 10am?

Ngā mihi,
Mere""",
"interview-invite", "agency; role-reopened; quote-free", irt="example.org"),

per("offer-after-agency", "Thandi Nkosi <thandi.nkosi@summitpeople.example>", "Offer - Fynbos Pay", "en-ZA",
"""Hi Sam

Congratulations! Fynbos Pay have come back with a verbal offer for the Head of Marketing role: R1.45m package, hybrid, start 1 February. They did say they'd rejected two other finalists to move quickly so they'd appreciate an answer by Friday.

Written offer to follow. Call me when you can!

Thandi""",
"offer", "agency; offer; others-rejected"),

per("rental-application-declined", "Lisa Chen <lisa@harbourviewpm.example>", "Application - 14/22 Victoria Street", "en-AU",
"""Hi Sam,

Thank you for your application for 14/22 Victoria Street, Potts Point. Unfortunately on this occasion your application was unsuccessful as the owner has accepted another applicant.

We'll keep your details on file for other properties.

Kind regards,
Lisa Chen
Property Manager | Harbourview Property Management""",
"non-job-rejection", "rental; unsuccessful-occasion"),

per("friend-rejected-too-advice", "Nomvula Dube <nomvula.dube@webmail.example>", "lol same", "en-ZA",
"""Saw your post about Protea Mobile. They turned me down too last month for their insights role, so you're in good company! Honestly I think they'd decided on a telco person from day one. Want to do a proper catch-up? I've got some leads for you.

N""",
"personal", "friend; friend-own-rejection; mentions-owner-company"),

per("reference-request", "Gareth Pryce <gareth.pryce@arrowsmithtalent.example>", "Reference request - Alex Morgan", "en-GB",
"""Hi Sam,

Alex Morgan has given your name as a referee for a Senior Analyst role with one of our clients. Would you have 10 minutes this week for a quick reference call? Alex said you managed them at Calder Street Media from 2023 to 2025.

Many thanks,
Gareth Pryce
Arrowsmith Talent | 020 7946 0311""",
"reference-request", "agency; owner-as-referee"),

per("meeting-declined", "Greg Palmer <greg.palmer@lakefrontcoop.example>", "Declined: Coffee chat - insights partnership", "en-CA",
"""Greg Palmer has declined this meeting.

Hi Sam, sorry - I'm double booked Thursday. Could we try the week after? Happy to hear more about Calder Street's panel work.

Greg""",
"non-job-rejection", "meeting-declined; same-company-as-rejection"),

per("hm-reply-to-withdrawal", "Jonah Feld <jonah@sprocketandpine.example>", "Re: Withdrawing my application", "en-US",
"""Hey Sam - totally understand, and congrats on the new role! Sorry we couldn't move faster. Door's always open here.

Jonah

On Thu, Nov 19, 2026 at 9:02 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Jonah, I've accepted another offer so I'd like to withdraw from the
> Content Lead process. Thanks so much for your time.""",
"owner-declines", "owner-withdrew; reply", irt="example.org"),

per("paper-rejected", "Journal of Audience Research <editor@jar-journal.example>", "Decision on manuscript JAR-2026-0412", "en-US",
"""Dear Dr. Taylor,

Thank you for submitting your manuscript "Panel attrition in subscription audiences" to the Journal of Audience Research. Following review, I regret to inform you that we are unable to accept it for publication. The reviewers' comments are below.

Sincerely,
Prof. Hannah Kessler
Editor-in-Chief""",
"non-job-rejection", "paper-declined"),

per("mentee-asks-about-hiring", "Aisha Patel <aisha.patel@student.example>", "Thank you + question", "en-IN",
"""Hi Sam,

Thank you for the mock interview on Saturday! Quick question: when a company says "we will keep your CV on file", does that actually mean anything? I got that from two places this week and I'm trying to decide whether to follow up.

Regards,
Aisha""",
"personal", "mentee; question-about-rejection-wording"),

per("agency-india-profile-moved", "Priyanka Sharma <priyanka.s@talentbridgeconsulting.example>", "Update - Lotus Consumer | different requirement", "en-IN",
"""Dear Sam,

Greetings from TalentBridge!

Further to our discussion, the client Lotus Consumer Products has closed the Brand Strategy Manager (Pune) requirement, however the hiring team has asked to consider your profile for the Consumer Insights Manager opening in Mumbai instead. Your candidature is active and the first round is proposed for Monday, 11 AM.

Kindly confirm your availability.

Thanks & Regards,
Priyanka Sharma
TalentBridge Consulting Pvt. Ltd. | +91 98765 01234""",
"requisition-transfer", "agency; requirement-closed; moved-to-other-role"),
]
