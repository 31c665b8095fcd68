"""Hard negatives in the style of ATS / platform / system mail (39)."""
from content_common import oth

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTART:{start}
DTEND:{end}
SUMMARY:{summary}
ORGANIZER:mailto:{org}
ATTENDEE;RSVP=TRUE:mailto:sam.taylor@example.org
LOCATION:Video call
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
oth("ack-greenhouse-hedge-will-let-you-know", "ack-received", "ats",
    vendor="greenhouse", brand="Saltire Robotics", variant="en-GB",
    frm="Saltire Robotics <no-reply@us.greenhouse-mail.io>",
    subject="Thank you for applying to Saltire Robotics",
    text="""Hi Sam,

Thanks for applying for the Senior Product Researcher role at Saltire Robotics. Your application has been received and our team will review it over the next two weeks.

If your experience is a match for the role, a member of our recruiting team will reach out to schedule a first conversation. If we decide not to move forward, we will let you know by email either way — we don't believe in leaving candidates wondering.

Best,
Saltire Robotics Recruiting""", notes="ack with hedge 'if we decide not to move forward'"),

oth("ack-workday-volume-cant-reply", "ack-received", "ats",
    vendor="workday", brand="Castlegate Retail Group", variant="en-GB",
    frm="Castlegate Retail Group <castlegate@myworkday.com>",
    subject="Thank you for your application – Head of Customer Insight (JR-77410)",
    text="""Dear Sam,

Thank you for applying for Head of Customer Insight (JR-77410) at Castlegate Retail Group.

We have received your application and will carefully review your qualifications. Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within 30 days, please assume that your application has not been successful on this occasion.

You can check the status of your application at any time in your candidate home.

Kind regards,
Castlegate Talent Acquisition""", notes="ack whose hedge contains rejection wording"),

oth("ack-lever-received-plain", "ack-received", "ats",
    vendor="lever", brand="Fathom Health", variant="en-US",
    frm="Fathom Health <no-reply@hire.lever.co>",
    subject="Thanks for applying to Fathom Health!",
    text="""Hi Sam,

We've received your application for Product Manager, Clinical Insights and we're excited you're interested in Fathom Health.

What happens next? Our team reviews applications on a rolling basis. If there's a potential fit, we'll be in touch to set up a call. Either way, we'll update you on your status.

In the meantime, check out our [[engineering and product blog]] to learn more about how we work.

The Fathom Health Team""", notes="ack"),

oth("ack-icims-regret-unable-respond", "ack-received", "ats",
    vendor="icims", brand="Benbridge Utilities", variant="en-US", html_only=True,
    frm="Benbridge Utilities <benbridge@talent.icims.com>",
    subject="Application Received: Manager, Customer Research",
    text="""Dear Sam,

Thank you for submitting your application for Manager, Customer Research. We regret that we are unable to respond personally to every applicant; however, all applications are reviewed carefully by our recruiting team.

Should your qualifications match our needs, we will contact you to discuss next steps. Applicants who are not selected for further consideration will be notified via email once the position is filled.

Sincerely,
Benbridge Utilities Talent Acquisition""", notes="ack; HTML only; 'regret', 'not selected' in hedge"),

oth("ack-smartrecruiters-we-may-keep", "ack-received", "ats",
    vendor="smartrecruiters", brand="Wildmoor Brewing", variant="en-GB",
    frm="Wildmoor Brewing <noreply@smartrecruiters.com>",
    subject="Wildmoor Brewing: application received",
    text="""Hi Sam,

Cheers for applying for the Consumer Insights Manager role at Wildmoor Brewing! We've got your application.

We'll review everything after the closing date on 30 October. If you're not successful this time, we'd like to keep your details for future roles — you can tell us if that's OK using the link below.

[[Manage my data]]

Wildmoor Brewing People Team""", notes="ack with conditional 'if you're not successful' and data question"),

oth("ack-usajobs-received", "ack-received", "ats",
    vendor="usajobs", brand="USAJOBS", variant="en-US", text_only=True,
    frm="USAJOBS <no-reply@usajobs.example>", id_domain="usajobs.example",
    subject="Your application has been received",
    text="""Dear Sam Taylor,

Your application for the following position has been received:

{table}

Your application will be reviewed to determine whether you meet the qualification requirements. You will be notified when the status of your application changes.""",
    table=[("Position", "Social Science Analyst"), ("Agency", "Department of Transportation"),
           ("Announcement number", "DOT-26-OST-447120"), ("Status", "Received")], notes="USAJOBS received"),

oth("invite-greenhouse-schedule", "interview-invite", "ats",
    vendor="greenhouse", brand="Monarch Mobility", variant="en-US",
    frm="Jade Ferreira <no-reply@us.greenhouse-mail.io>", reply_to="jade.ferreira@monarchmobility.example",
    subject="Monarch Mobility – let's schedule your interviews",
    text="""Hi Sam,

Great news — the hiring team enjoyed your recruiter screen and would like to move you forward to the next round for Senior Product Manager, Rider Insights!

Please use the link below to choose times for a 45-minute conversation with the hiring manager and a 60-minute product case with two PMs.

[[Select your availability]]

Unlike some of the other candidates we spoke to, you're coming in at the right level, so I'm excited for this one.

Jade""", notes="invite; 'unlike some of the other candidates'"),

oth("invite-ashby-final-round-ics", "interview-invite", "ats",
    vendor="ashby", brand="Larkspur AI", variant="en-USW",
    frm="Larkspur AI <no-reply@ashbyhq.com>",
    subject="Final round confirmed: Larkspur AI",
    text="""Hi Sam,

Your final round for Head of Research at Larkspur AI is confirmed. The calendar invitation is attached.

{table}

If you need to reschedule, please reply to this email at least 24 hours ahead.

We're looking forward to it!""",
    table=[("Date", "Thursday 19 November 2026"), ("Time", "16:00–19:00 GMT"), ("Format", "Video (Zoom)"),
           ("Panel", "CEO, VP Product, Staff Designer")],
    attach=[("invite.ics", "text/calendar", ICS.format(uid="lark-final-01@ashbyhq.com", start="20261119T160000Z",
            end="20261119T190000Z", summary="Final round - Larkspur AI", org="no-reply@ashbyhq.com"))],
    notes="final round with .ics"),

oth("invite-workday-assessment-centre", "interview-invite", "ats",
    vendor="workday", brand="Hanover & Pryce", variant="en-GB", cte="base64",
    frm="Hanover & Pryce Careers <hanoverpryce@myworkday.com>",
    subject="Invitation: Assessment Centre – Insight Manager",
    text="""Dear Sam,

Congratulations, you have been successful in the first stage of our process for Insight Manager. We would like to invite you to our assessment centre in Birmingham on 27 November.

Please confirm your attendance in your candidate home by Friday. Candidates who do not confirm may unfortunately not be able to take part.

Kind regards,
Hanover & Pryce Early & Experienced Hiring""", notes="assessment centre invite; base64"),

oth("assessment-hirevue-style-video", "assessment-invite", "ats",
    vendor="plain", brand="Glencairn Bank", variant="en-GB",
    frm="Glencairn Bank via VidScreen <noreply@vidscreen.example>", id_domain="vidscreen.example",
    subject="Complete your video interview for Glencairn Bank",
    text="""Hi Sam,

Glencairn Bank has invited you to complete an on-demand video interview for Senior Manager, Customer Analytics.

- 5 questions, up to 3 minutes each
- Complete by 18 November 2026, 23:59 GMT
- You can practise as many times as you like before you start

Applications without a completed interview by the deadline will not be progressed.

[[Start my interview]]

Good luck!
The VidScreen team on behalf of Glencairn Bank""", notes="video interview; 'will not be progressed' conditional"),

oth("assessment-sql-test-invite", "assessment-invite", "ats",
    vendor="plain", brand="Corvid Analytics", variant="en-US",
    frm="Corvid Analytics Hiring <hiring@codetest.example>", id_domain="codetest.example",
    subject="Your Corvid Analytics skills assessment",
    text="""Hello Sam,

As the next step in your application for Analytics Product Lead, Corvid Analytics would like you to complete a 75-minute SQL and product-sense assessment.

Your test link is valid for 7 days: [[Begin assessment]]

Please note: the test is timed once started. Results are shared with the hiring team, who will let you know the outcome.

Corvid Analytics Hiring""", notes="test invitation"),

oth("assessment-psychometric-shl-style", "assessment-invite", "ats",
    vendor="successfactors", brand="Tillbury Group", variant="en-GB",
    frm="Tillbury Group Recruitment <recruiting-noreply@successfactors.eu>",
    subject="Next step: online assessments",
    text="""Dear Sam,

Thank you for your application for Customer Insight Lead at Tillbury Group. We are pleased to tell you that you have progressed to the next stage.

Please complete the verbal and numerical reasoning tests within five days. Candidates who meet the benchmark will be invited to a video interview; those who do not will be notified.

[[Open assessments]]

Kind regards,
Tillbury Group Recruitment""", notes="progressed; hedge about notification"),

oth("status-portal-shortlisted", "status-update", "ats",
    vendor="taleo", brand="Kestrel Pharma", variant="en-US", html_only=True, cte="base64",
    frm="Kestrel Pharma Careers <kestrelpharma@taleo.net>",
    subject="Kestrel Pharma - Candidate Status Notification",
    text="""Dear Sam Taylor,

This message is to notify you of a change to your candidate status.

{table}

If you have questions, you may visit the Candidate Care Center.

Kestrel Pharma Talent Acquisition""",
    table=[("Job Title", "Senior Manager, Patient Insights"), ("Job Number", "2604901"),
           ("Current Step", "Hiring Manager Review"), ("Status", "Shortlisted - Interview to be scheduled")],
    notes="same portal template as a rejection, status positive"),

oth("status-still-under-review-delay", "status-update", "ats",
    vendor="icims", brand="Sunderland Water", variant="en-GB",
    frm="Sunderland Water Careers <careers-noreply@talent.icims.com>",
    subject="An update on your application – Research & Insight Manager",
    text="""Dear Sam,

We wanted to let you know that the recruitment for Research & Insight Manager is taking longer than planned. Your application is still under review and has not been rejected.

We expect to contact all candidates with an outcome by 4 December. Thank you for your patience.

Kind regards,
Sunderland Water Resourcing""", notes="delay; 'has not been rejected'"),

oth("status-nhs-shortlisted", "status-update", "ats",
    vendor="nhsjobs", brand="NHS Jobs", variant="en-GB",
    frm="NHS Jobs <no-reply@jobs.nhs.example>", id_domain="jobs.nhs.example",
    subject="You have been shortlisted for interview",
    text="""Dear Sam Taylor,

Reference: 310-INS-2207

Congratulations, you have been shortlisted for the role of Head of Patient Insight with Moorfield Community NHS Trust.

Please sign in to NHS Jobs to book your interview slot. Slots are limited and allocated on a first come, first served basis.

Kind regards,
Recruitment Team""", notes="NHS shortlisted"),

oth("status-usajobs-referred", "status-update", "ats",
    vendor="usajobs", brand="USAJOBS", variant="en-US", text_only=True,
    frm="USAJOBS <no-reply@usajobs.example>", id_domain="usajobs.example",
    subject="Your USAJOBS application status has been updated",
    text="""Dear Sam Taylor,

The status of your application for the following announcement has changed:

{table}

Your application has been forwarded to the hiring official for consideration. The hiring official may contact you for an interview. You will be notified of the final decision.

Thank you for your interest in federal employment.""",
    table=[("Position", "Social Science Analyst"), ("Agency", "Department of Transportation"),
           ("Announcement number", "DOT-26-OST-447120"), ("Status", "Referred")], notes="USAJOBS referred"),

oth("transfer-workday-other-req", "requisition-transfer", "ats",
    vendor="workday", brand="Northgate Bank", variant="en-GB",
    frm="Northgate Bank Careers <northgatebank@myworkday.com>",
    subject="Northgate Bank: Your application has been moved",
    text="""Dear Sam Taylor,

There has been an update to your application.

{table}

The hiring team felt your experience is a stronger match for a related opening, so your application has been moved to the new requisition. You do not need to reapply. A recruiter will contact you shortly.

Kind regards,
Northgate Bank Talent Acquisition""",
    table=[("Previous requisition", "R-0049102 Director, Brand Research — Closed"),
           ("New requisition", "R-0049530 Director, Customer Research"), ("Status", "In review")],
    notes="transfer; old req 'Closed'"),

oth("transfer-smartrecruiters-location", "requisition-transfer", "ats",
    vendor="smartrecruiters", brand="Vantora", variant="en-GB",
    frm="Vantora <noreply@smartrecruiters.com>",
    subject="Your application to Vantora has been updated",
    text="""Dear Sam,

Thank you for your interest in Vantora. The Insights Lead role you applied for in Bristol will no longer be based there; the team is consolidating in Manchester. Rather than closing your application, we have transferred it to the Manchester posting (Insights Lead – Manchester).

If you'd rather not be considered for Manchester, just let us know and we'll withdraw it for you.

Kind regards,
The Vantora Talent Team""", notes="location transfer, 'rather than closing'"),

oth("offer-greenhouse-docusign", "offer", "ats",
    vendor="plain", brand="Monarch Mobility", variant="en-US",
    frm="Monarch Mobility via SignDesk <dse@signdesk.example>", id_domain="signdesk.example",
    subject="Please sign: Offer Letter – Senior Product Manager, Rider Insights",
    text="""Jade Ferreira sent you a document to review and sign.

Hi Sam — we are thrilled to extend you an offer to join Monarch Mobility. Please review and sign your offer letter. This offer expires on 4 December 2026 and will be withdrawn if not signed by then.

[[Review document]]

Do not share this email. It contains a secure link to SignDesk.""", notes="offer with expiry/withdrawn clause"),

oth("offer-ashby-portal", "offer", "ats",
    vendor="ashby", brand="Larkspur AI", variant="en-USW",
    frm="Larkspur AI <no-reply@ashbyhq.com>",
    subject="Your offer from Larkspur AI",
    text="""Hi Sam,

Congratulations! Larkspur AI is delighted to offer you the position of Head of Research. You can view and accept your offer in the candidate portal.

We know you have other processes running — if anything about the offer gives you pause, tell us. We'd rather hear it than lose you.

[[View offer]]""", notes="offer"),

oth("jobalert-linkedin-digest", "job-alert", "ats",
    vendor="linkedin", brand="LinkedIn", variant="en-GB",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject="“head of insights”: 12 new jobs in London",
    text="""Your job alert for head of insights in London

- Head of Insights · Brightwell Media · London · Actively recruiting
- Head of Consumer Insight · Pemberton Foods · London (Hybrid) · Be an early applicant
- Insights Director · Quayside Analytics · Remote · 3 connections work here
- Head of Research & Insight · Cobble Lane · London · Closing soon

Not seeing the right jobs? Update your preferences, or see the jobs you were not selected for in "My jobs > Applied".

[[See all jobs]]""", notes="job alert; 'not selected' in navigation text"),

oth("jobalert-indeed-closed-roles", "job-alert", "ats",
    vendor="indeed", brand="Indeed", variant="en-GB",
    frm="Indeed <alert@indeed.com>",
    subject="Insight Manager jobs in Manchester - 8 new jobs",
    text="""8 new jobs for Insight Manager in Manchester

- Insight Manager — Redbrick Homes — Manchester — £55,000 a year
- Customer Insight Manager — Halewood Telecom — Salford
- Senior Insight Analyst — Arden Leisure — Manchester — Urgently hiring

Note: 2 jobs from your previous alert are no longer available because the employer closed the position.

[[View all jobs]]""", notes="alert with 'closed the position' note"),

oth("jobalert-stepstone-agent", "job-alert", "ats",
    vendor="stepstone", brand="StepStone", variant="en-GB",
    frm="StepStone Job Agent <jobagent@stepstone.example>", id_domain="stepstone.example",
    subject="Your Job Agent: 5 new matches for 'Market Research Manager'",
    text="""Hello Sam,

Here are today's new jobs for 'Market Research Manager':

- Market Research Manager (m/f/d) — Kohlberg Pharma — Berlin / Remote
- Senior Market Research Manager — Arvena — Hamburg
- Manager Consumer Insights (English speaking) — Tellmann — Munich

[[Show all matches]]""", notes="StepStone job agent"),

oth("newsletter-handling-rejection", "newsletter", "ats",
    vendor="esp", brand="The Insight Ladder", variant="en-GB",
    frm="The Insight Ladder <hello@insightladder.example>", id_domain="insightladder.example",
    subject="Issue 84: What to do when you're not selected",
    text="""Hi Sam,

This week's issue is about the email nobody wants: "Unfortunately, we have decided to move forward with other candidates."

Three things I've learned from hiring 40+ researchers:

- Reply. A two-line thank-you keeps the door open more often than you'd think.
- Ask one specific question about feedback, not "why didn't I get it?".
- Don't read too much into "the position has been filled" — it's usually timing.

Also in this issue: salary benchmarks for insights leaders in 2027, and a job board with 23 new roles.

[[Read online]]

Until next week,
Gemma""", notes="newsletter full of rejection phrases"),

oth("talentpool-teamtailor-invite", "talent-pool", "ats",
    vendor="teamtailor", brand="Nordlys Games", variant="en-nonnative",
    frm="Nordlys Games <no-reply@teamtailor.example>", id_domain="teamtailor.example",
    subject="Join the Nordlys Games Talent Community",
    text="""Hi Sam!

Thanks for visiting our career site. We don't have an open role that matches your profile right now, but new positions open all the time.

Connect with us and we'll let you know when something fits.

[[Connect]]

The Nordlys Games People Team""", notes="talent community invite, no application"),

oth("retention-consent-personio-no-verdict", "data-retention", "ats",
    vendor="personio", brand="Hallmann Audio", variant="en-nonnative",
    frm="Hallmann Audio <jobs@hallmann-audio.example>", id_domain="hallmann-audio.example",
    subject="May we keep your application data?",
    text="""Dear Sam,

in March you applied at Hallmann Audio. According to the GDPR, we delete applicant data after six months unless you agree to a longer storage.

If you are happy for us to keep your profile in our talent pool for another 12 months, please click here: [[Yes, keep my data]]. If you do nothing, your data will be deleted automatically on 31 December.

Best regards
Hallmann Audio HR""", notes="GDPR consent renewal only"),

oth("withdrawal-confirmed-lever", "withdrawal-confirmation", "ats",
    vendor="lever", brand="Orbitline", variant="en-CA",
    frm="Orbitline <no-reply@hire.lever.co>",
    subject="You've withdrawn your application",
    text="""Hi Sam,

This confirms that you withdrew your application for Senior Product Manager, Platform at Orbitline. Your application has been closed and the hiring team has been notified.

We're sorry to see you go, and we wish you the best with your next step. You're always welcome to apply again.

The Orbitline Talent Team""", notes="Sam withdrew"),

oth("ownerhiring-greenhouse-candidate-rejected", "owner-hiring", "ats",
    vendor="greenhouse", brand="Calder Street Media", variant="en-GB",
    frm="Greenhouse <no-reply@greenhouse.io>",
    subject="Candidate rejected: Priyanka Shah – Research Analyst",
    text="""Hi Sam,

Priyanka Shah was rejected from Research Analyst (London) by Helen Cho.

Rejection reason: Lacking skills/qualifications
Rejection email: Scheduled to send in 2 days

You are receiving this notification because you are the hiring manager on this job.

[[View candidate]]""", notes="Sam is the hiring manager; ATS notification"),

oth("ownerhiring-workday-req-on-hold", "owner-hiring", "ats",
    vendor="workday", brand="Calder Street Media", variant="en-GB",
    frm="Calder Street Media HR <calderstreet@myworkday.com>",
    subject="Job Requisition R-1207 Senior Data Analyst has been put on hold",
    text="""Hello Sam Taylor,

The following job requisition, for which you are the hiring manager, has been put on hold by Finance Business Partnering.

{table}

Active candidates will be moved to 'Hold' status. Please do not contact candidates until the requisition is reopened.

This is an automated notification from Workday.""",
    table=[("Requisition", "R-1207 Senior Data Analyst"), ("Hiring manager", "Sam Taylor"),
           ("Reason", "Budget review Q1"), ("Status", "On Hold")], notes="Sam's own requisition on hold"),

oth("ownerhiring-ashby-feedback-due", "owner-hiring", "ats",
    vendor="ashby", brand="Calder Street Media", variant="en-GB",
    frm="Ashby <notifications@ashbyhq.com>",
    subject="Reminder: submit feedback for Tom Reilly (Insights Analyst)",
    text="""Hi Sam,

You interviewed Tom Reilly for Insights Analyst yesterday and haven't submitted your scorecard yet.

Other interviewers have recommended: No Hire (2), Hire (1).

Please submit your feedback so the hiring team can make a decision: [[Submit scorecard]]""",
    notes="Sam as interviewer; 'No Hire'"),

oth("nonjob-card-declined", "non-job-rejection", "ats",
    vendor="plain", brand="Ferrybank", variant="en-GB",
    frm="Ferrybank <alerts@ferrybank.example>",
    subject="Your card payment was declined",
    text="""Hi Sam,

A payment of £142.60 to HARLEY AIR TRAVEL on your card ending 4821 was declined on 12 Nov at 19:04.

If you recognise this payment, please try again — your card was declined because it exceeded your online spending limit. You can change the limit in the app.

If you don't recognise it, freeze your card in the app straight away.

Ferrybank""", notes="declined card"),

oth("nonjob-talk-rejected-sessionize", "non-job-rejection", "ats",
    vendor="plain", brand="ResearchOps Summit 2027", variant="en-GB",
    frm="ResearchOps Summit 2027 <noreply@callforpapers.example>", id_domain="callforpapers.example",
    subject="ResearchOps Summit 2027 – decision on your session",
    text="""Dear Sam Taylor,

Thank you for submitting "Panels that pay for themselves" to ResearchOps Summit 2027.

We received 412 submissions for 36 slots. Unfortunately, your session was not selected for the programme this year. The committee's decision was difficult and does not reflect on the quality of your proposal.

As a thank-you, we'd like to offer you a 30% discount on a full conference pass.

The ResearchOps Summit Programme Committee""", notes="talk rejected"),

oth("nonjob-paper-rejected-journal", "non-job-rejection", "ats",
    vendor="plain", brand="Journal of Audience Studies", variant="en-GB",
    frm="Journal of Audience Studies <em@editorialsystem.example>", id_domain="editorialsystem.example",
    subject="Decision on manuscript JAS-2026-0311",
    text="""Dear Mr Taylor,

Manuscript: JAS-2026-0311 "Measuring attention in subscription journalism"

I write to you regarding the above manuscript, which you submitted to the Journal of Audience Studies. In view of the reviewers' comments, I regret that we are unable to accept your manuscript for publication. The reviewers' reports are appended below.

Thank you for considering the journal for your work.

Yours sincerely,
Dr Moira Kent
Editor""", notes="paper declined"),

oth("nonjob-rental-application-unsuccessful", "non-job-rejection", "ats",
    vendor="plain", brand="Keyhaven Lettings", variant="en-GB",
    frm="Keyhaven Lettings <noreply@keyhaven-lettings.example>",
    subject="Your application for 14b Linden Road",
    text="""Dear Sam,

Thank you for applying to rent 14b Linden Road, Walthamstow.

The landlord has now accepted another applicant, so unfortunately your application was unsuccessful on this occasion. Your holding deposit has not been taken.

We'll send you new properties matching your search. [[View similar homes]]

Keyhaven Lettings""", notes="rental application"),

oth("nonjob-grant-declined", "non-job-rejection", "ats",
    vendor="plain", brand="Civic Media Fund", variant="en-GB",
    frm="Civic Media Fund <grants@civicmediafund.example>",
    subject="Civic Media Fund – outcome of your application (Round 7)",
    text="""Dear Sam,

Thank you for applying to Round 7 of the Civic Media Fund on behalf of the Calder Street Media audience lab.

We regret that your application has not been successful this round. Competition was intense: we funded 11 of 260 applications.

Round 8 opens in March. Panel feedback is attached to your applicant dashboard.

The Civic Media Fund team""", notes="grant on behalf of employer"),

oth("nonjob-parcel-returned", "non-job-rejection", "ats",
    vendor="plain", brand="ParcelWay", variant="en-GB",
    frm="ParcelWay <updates@parcelway.example>",
    subject="Your parcel is being returned to the sender",
    text="""Hi Sam,

We tried to deliver your parcel PW7741203GB three times but couldn't. The delivery was refused at the address / no safe place was available, so it is now being returned to the sender (Hollow Oak Books).

If this is a mistake, contact the sender to arrange a new delivery.

[[Track parcel]]""", notes="returned parcel"),

oth("nonjob-calendar-declined", "non-job-rejection", "ats",
    vendor="plain", brand="Calder Street Media", variant="en-GB",
    frm="Hugo Stern <hugo.stern@example.org>",
    subject="Declined: Insights roadmap review @ Thu 26 Nov 2026 14:00 - 15:00 (GMT)",
    text="""Hugo Stern has declined this invitation.

Insights roadmap review
When: Thursday 26 Nov 2026 14:00 – 15:00 (GMT)
Organiser: sam.taylor@example.org

Note from Hugo: "Sorry, clashes with the candidate debriefs for the analyst role — can we move it?"

[[Reply]]  [[More options]]""", text_only=True, notes="calendar declined from colleague"),

oth("reference-request-xref-style", "reference-request", "ats",
    vendor="plain", brand="RefCheck", variant="en-GB",
    frm="RefCheck on behalf of Larkspur AI <requests@refcheck.example>", id_domain="refcheck.example",
    subject="Sam, please nominate your referees",
    text="""Hi Sam,

Larkspur AI has asked you to provide two referees as part of your application for Head of Research.

Please nominate your referees within 48 hours. Referees will be asked to complete a short online questionnaire; your application cannot progress until both are complete.

[[Nominate referees]]""", notes="reference request for Sam"),
oth("outreach-gem-previous-candidate", "recruiter-outreach", "ats",
    vendor="gem", brand="Stratalyne", variant="en-US",
    frm="Owen Price <owen.price@stratalyne.example>",
    subject="Sam, a new role at Stratalyne",
    text="""Hi Sam,

You interviewed with us last spring for the Insights Platform PM role — that one was filled, but I've kept your notes handy because I thought you'd be a great fit for something more research-led.

That something has now opened: Director of User Research, reporting to our CPO, fully remote within the UK or US.

Would you be up for a 20-minute chat next week? [[Pick a time]]

Owen""", notes="Gem sequence; past role filled; new pitch"),
]

