"""Hard negatives in the style of automated / vendor mail (30)."""
from content_common import EEO_US, GDPR_KEEP, oth

MESSAGES = [
    oth("saffron-greenhouse-ack-either-way", "ack-received", "ats", variant="en-US",
        vendor="greenhouse", brand="Saffron Street",
        frm="Saffron Street <no-reply@us.greenhouse-mail.io>",
        subject="Thanks for applying to Saffron Street!",
        text="""Hi Sam,

Thanks for applying for the Senior Lifecycle Marketing Manager role at Saffron Street! We've received your application and our team will review it over the next two weeks.

If your experience is a match, a recruiter will reach out to schedule an intro call. If we don't move forward, we'll let you know either way - we never ghost candidates.

In the meantime, check out our [[Life at Saffron Street]] page.

Cheers,
Saffron Street Recruiting""",
        about=EEO_US.format(brand="Saffron Street"),
        notes="ack hedging 'if we don't move forward, we'll let you know'"),

    oth("kiteline-lever-ack-volume", "ack-received", "ats", variant="en-GB",
        vendor="lever", brand="Kiteline", plain="refs",
        frm="Kiteline <no-reply@hire.lever.co>",
        subject="We've received your application - Audience Growth Manager",
        text="""Hi Sam,

Thank you for applying to be Kiteline's Audience Growth Manager.

Due to the high volume of applications we receive, we are unable to reply to every applicant individually. If you haven't heard from us within three weeks, please assume that we will not be taking your application further on this occasion.

We really appreciate your interest and wish you luck.

The Kiteline Talent Team""",
        notes="ack with conditional 'assume we will not be taking your application further'"),

    oth("halvorsen-workday-interview-invite", "interview-invite", "ats", variant="en-GB",
        vendor="workday", brand="Halvorsen Marine", plain="inline",
        frm="Halvorsen Marine <halvorsen@myworkday.com>",
        subject="Interview Invitation - Marketing Manager, Fleet Services (R-3318)",
        text="""Dear Sam,

Thank you for your application for Marketing Manager, Fleet Services. We are pleased to invite you to a first interview with the hiring manager, Ingrid Solberg.

Please use the link below to select a time that suits you. Interviews will take place via Microsoft Teams and last approximately 45 minutes.

[[Schedule your interview]]

If none of the available slots work for you, please let us know via Candidate Home.

Kind regards,
Halvorsen Marine Talent Acquisition""",
        notes="interview invitation"),

    oth("verdana-smartrecruiters-assessment", "assessment-invite", "ats", variant="en-US",
        vendor="smartrecruiters", brand="Verdana Insurance",
        frm="Verdana Insurance <noreply@jobs.smartrecruiters.com>",
        subject="Next step: complete your online assessment",
        text="""Hi Sam,

Thank you for your interest in the Brand Marketing Manager position at Verdana Insurance. We'd like to invite you to the next step of our process: a short online assessment.

The assessment takes about 35 minutes and must be completed within 5 days. Unfortunately, we are unable to progress applications where the assessment has not been completed by the deadline.

[[Start assessment]]

Good luck!
Verdana Insurance Talent Team""",
        notes="assessment invitation containing 'unfortunately ... unable to progress' as a condition"),

    oth("wunderbar-personio-ack-german-footer", "ack-received", "ats", variant="en-nonnative",
        vendor="personio", brand="Wunderbar Kitchens GmbH",
        frm="Wunderbar Kitchens GmbH <noreply@jobs.personio.de>",
        subject="Eingangsbestätigung / Application received: Head of Content (f/m/d)",
        text="""Dear Sam Taylor,

thank you for your application as Head of Content (f/m/d). We have received your documents and will get back to you as soon as possible.

Please understand that the review can take up to three weeks. Regardless of the outcome, you will receive a response from us.

Best regards
Your Wunderbar Recruiting Team

---

Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung. Wir melden uns so schnell wie möglich bei Ihnen - unabhängig vom Ergebnis.""",
        extra_footer=["Wunderbar Kitchens GmbH | Amtsgericht Köln HRB 99210 | Geschäftsführer: Piet Wunder"],
        notes="mixed-lang ack english + german; 'regardless of the outcome'"),

    oth("brightloom-teamtailor-connect-invite", "talent-pool-invite", "ats", variant="en-GB",
        vendor="teamtailor", brand="Brightloom",
        frm="Brightloom <noreply@mail.teamtailor.com>",
        subject="Stay connected with Brightloom",
        text="""Hi Sam,

You recently visited our career site - thanks for your interest in Brightloom!

We don't have a role that matches your profile open right now, but we're growing fast. Join Brightloom Connect and we'll let you know when a job in Marketing opens up.

[[Join Brightloom Connect]]

See you soon,
The Brightloom Team""",
        button="Join Brightloom Connect",
        notes="talent-pool invite without an application: 'don't have a role that matches your profile'"),

    oth("ravensworth-recruitee-next-stage", "next-round", "ats", day="2026-11-12", variant="en-GB",
        vendor="recruitee", brand="Ravensworth", plain="refs",
        frm="Ravensworth <notifications@mail.recruitee.com>", reply_to="Olu Adeyemi <olu.adeyemi@ravensworth.example>",
        subject="Great news about your application - Head of Audience",
        text="""Hi Sam,

Great news - you've moved to the next stage of our process for the Head of Audience role!

Unlike many companies, we don't do endless rounds. The next stage is a 60-minute conversation with our CEO and the Editor. Unfortunately the CEO is travelling next week, so the earliest slots are from 23 November.

[[Pick a slot]]

Best,
Olu Adeyemi
Talent Lead, Ravensworth""",
        notes="next stage; 'unfortunately' about scheduling"),

    oth("copperline-workable-in-review-table", "status-update", "ats", variant="en-US",
        vendor="workable", brand="Copperline",
        frm="Copperline <noreply@candidates.workablemail.com>",
        subject="Your application status",
        text="""Hi Sam,

Here's an update on your application.

{table}

We'll be in touch as soon as the hiring team has finished reviewing applications. No action is needed from you right now.

Copperline Recruiting""",
        table=[("Job", "Director of Growth Marketing"), ("Applied", "Oct 28, 2026"),
               ("Status", "In review"), ("Next step", "Hiring team review")],
        notes="status table, In review"),

    oth("dunmore-icims-requisition-transfer", "requisition-transfer", "ats", variant="en-US",
        vendor="icims", brand="Dunmore Health", html_only=True,
        frm="Dunmore Health Careers <donotreply@talent.icims.com>",
        subject="Your application has been moved to a new requisition",
        text="""Dear Sam,

Thank you for your interest in Dunmore Health.

The posting you applied to (2026-5120, Marketing Manager - Digital) has been closed because the position was re-leveled. Your application has been moved to requisition 2026-5577, Senior Marketing Manager - Digital, and remains under active consideration. You do not need to reapply.

You may receive an automated notice that requisition 2026-5120 is closed; please disregard it.

Sincerely,
Dunmore Health Talent Acquisition""",
        notes="requisition transferred; old posting 'closed'"),

    oth("northway-successfactors-withdrawal", "withdrawal-confirmation", "ats", variant="en-GB",
        vendor="successfactors", brand="Northway Utilities",
        frm="Northway Utilities Careers <noreply@successfactors.eu>",
        subject="Confirmation: application withdrawn",
        text="""Dear Sam Taylor,

This is to confirm that you have withdrawn your application for the role of Customer Insight Lead (Job Req ID 55208).

Your application will no longer be considered for this position. If you withdrew in error, please contact the recruiter named in the job posting.

Kind regards
Northway Utilities Recruitment""",
        notes="Sam withdrew; 'will no longer be considered'"),

    oth("linkedin-job-alert-closed-marker", "job-alert", "ats", day="2026-10-27", variant="en-GB",
        vendor="linkedin", brand="LinkedIn", plain="refs",
        frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        subject="30+ new jobs for 'Head of Audience'",
        text="""Your job alert for Head of Audience in London

- Head of Audience - The Mercer Review - London (Hybrid) - Actively recruiting
- Audience Director - Portland Quarterly - London - Be an early applicant
- Head of Reader Revenue - Fenwick Daily - Remote
- Head of Growth - Kestrel Analytics - London - No longer accepting applications
- Senior Audience Manager - Brightcliff - Manchester - Promoted

[[See all jobs]]

You applied to 1 of these jobs. Application status: Kestrel Analytics - Viewed.""",
        notes="job alert; one listing 'No longer accepting applications' for a company that also rejected Sam"),

    oth("indeed-jobs-digest", "job-alert", "ats", variant="en-US",
        vendor="indeed", brand="Indeed", plain="inline",
        frm="Indeed <alert@indeed.com>",
        subject="Marketing Director jobs in Boston, MA - 14 new",
        text="""14 new jobs for Marketing Director in Boston, MA

Marketing Director
Harborlight Co. - Boston, MA
$150,000 - $175,000 a year
Easily apply

Director, Brand & Content
Quincy Mills Outfitters - Quincy, MA
Responsive employer

Director of Audience Marketing
Bayview Public Media - Boston, MA
Hiring multiple candidates

[[View all jobs]]

Don't want to receive this alert? [[Unsubscribe]]""",
        notes="job alert digest"),

    oth("stepstone-newsletter-handling-rejection", "newsletter", "ats", variant="en-GB",
        vendor="stepstone", brand="StepStone",
        frm="StepStone Career Tips <newsletter@stepstone.de>",
        subject="Rejected? 5 things to do after a 'no' from an employer",
        text="""## Career Tips - November

Nobody likes reading "Unfortunately, we have decided not to proceed with your application". But how you respond to a rejection can open doors.

- Reply and thank the recruiter for their time
- Ask for specific feedback
- Connect on LinkedIn
- Keep the door open for future roles
- Don't take it personally

[[Read the full article]]

Also this month: salary negotiation, and how to explain a gap in your CV.""",
        notes="newsletter quoting a rejection phrase"),

    oth("greenhouse-owner-rejected-candidate", "owner-hiring", "ats", day="2026-11-24", variant="en-GB",
        vendor="greenhouse", brand="Calder Street Media",
        frm="Greenhouse <no-reply@greenhouse.io>", to="Sam Taylor <sam.taylor@example.org>",
        subject="Jordan Ellis was rejected from Audience Editor",
        text="""Hi Sam,

Jordan Ellis was rejected from Audience Editor (Calder Street Media) by Sam Taylor.

{table}

A rejection email was scheduled to be sent to the candidate in 2 days. [[View candidate]]

You're receiving this because you are the hiring manager on this job.""",
        table=[("Rejection reason", "Lacking skill(s)/qualification(s)"), ("Stage", "Application Review"),
               ("Notes", "Strong writer, not enough newsletter experience")],
        notes="Sam is hiring; internal ATS notification of a candidate Sam rejected"),

    oth("workday-owner-requisition-hold", "owner-hiring", "ats", day="2026-11-10", variant="en-GB",
        vendor="workday", brand="Calder Street Media", plain="refs",
        frm="Calder Street Media Workday <calderstreet@myworkday.com>",
        subject="Job Requisition R-1182 Audience Editor has been put on hold",
        text="""Hello Sam Taylor,

The following business process has been completed: Put Job Requisition on Hold.

{table}

All candidates in the pipeline have been moved to status 'On Hold'. As hiring manager, no action is required from you.

[[View in Workday]]""",
        table=[("Job Requisition", "R-1182 Audience Editor"), ("Hiring Manager", "Sam Taylor"),
               ("Reason", "Budget review Q1"), ("Initiated by", "Laura Bennett (HR)")],
        notes="Sam's own requisition put on hold"),

    oth("card-payment-declined", "non-job-rejection", "ats", variant="en-GB",
        vendor="generic", brand="Fairmont Bank",
        frm="Fairmont Bank <alerts@fairmontbank.example>",
        subject="Your card payment was declined",
        text="""Hi Sam,

We declined a payment on your Fairmont debit card ending 4471.

{table}

We're sorry for the inconvenience. The payment was declined because it looked unusual for your account. If this was you, confirm in the app and try again.

[[Review in app]]

Fairmont Bank will never ask you for your PIN or full card number by email.""",
        table=[("Merchant", "TRAINLINE*LONDON"), ("Amount", "£128.40"), ("Date", "Today, 07:42")],
        notes="non-job rejection: card declined"),

    oth("sessionize-talk-not-accepted", "non-job-rejection", "ats", variant="en-GB",
        vendor="generic", brand="AudienceCon 2027",
        frm="AudienceCon 2027 via Sessionize <noreply@sessionize.example>",
        subject="Your session was not selected for AudienceCon 2027",
        text="""Dear Sam Taylor,

Thank you for submitting "From Newsletter to Membership: A Ladder That Works" to AudienceCon 2027.

We received 412 submissions for 40 slots. Unfortunately, your session was not selected for this year's programme. This was an incredibly difficult decision and reflects the volume of strong proposals rather than the quality of yours.

As a thank you, we'd like to offer you a 30% discount on a conference ticket.

The AudienceCon Programme Committee""",
        notes="conference talk rejected"),

    oth("lettings-portal-application-unsuccessful", "non-job-rejection", "ats", variant="en-GB",
        vendor="generic", brand="Keystone Lettings",
        frm="Keystone Lettings <noreply@keystonelettings.example>",
        subject="Your application for 14 Larch Road - update",
        text="""Dear Sam,

Thank you for your application to rent 14 Larch Road, Walthamstow, E17.

We're sorry to let you know that your application has been unsuccessful on this occasion; the landlord has accepted another applicant.

We have 6 other properties matching your search. [[View properties]]

Keystone Lettings""",
        notes="rental application declined, job-like wording"),

    oth("parcel-returned-to-sender", "non-job-rejection", "ats", day="2026-11-20", variant="en-GB",
        vendor="generic", brand="Parcelwise",
        frm="Parcelwise <tracking@parcelwise.example>",
        subject="Your parcel is being returned to the sender",
        text="""Hi Sam,

We tried to deliver your parcel from Harlow Books 3 times but couldn't reach you.

{table}

Your parcel has now been returned to the sender. Please contact Harlow Books for a refund or redelivery.""",
        table=[("Tracking number", "PW 7714 2209 31"), ("Status", "Returned to sender"), ("Last attempt", "Thu 19 Nov, 13:05")],
        notes="parcel returned"),

    oth("hollis-docusign-offer", "offer", "ats", day="2026-11-24", variant="en-GB",
        vendor="generic", brand="DocuSign",
        frm="Eleanor Marsh via DocuSign <dse@eu.docusign.example>", reply_to="Eleanor Marsh <eleanor.marsh@hollisandreed.example>",
        subject="Please DocuSign: Hollis & Reed - Offer of Employment - Sam Taylor",
        text="""Eleanor Marsh sent you a document to review and sign.

[[REVIEW DOCUMENT]]

Hi Sam,

As discussed on the phone, please find your offer of employment for the role of Senior Audience Manager attached for signature. Unfortunately the system will void the envelope if not signed within 7 days, so please let me know if you need more time.

We're thrilled you're joining us!

Eleanor

Do Not Share This Email: this email contains a secure link to DocuSign.""",
        notes="offer via docusign; 'unfortunately ... void'"),

    oth("ashby-interview-confirmed", "interview-invite", "ats", day="2026-12-03", variant="en-US",
        vendor="ashby", brand="Tessellate",
        frm="Tessellate <no-reply@ashbyhq.com>",
        subject="Interview confirmed: Tessellate - Head of Marketing",
        text="""Hi Sam,

Your interview is confirmed.

{table}

Need to reschedule? [[Reschedule]]

We're looking forward to speaking with you!""",
        table=[("Role", "Head of Marketing"), ("When", "Thu, Dec 10, 11:00 AM - 12:00 PM EST"),
               ("With", "Naomi Park (CEO), Ruben Alvarez (VP Product)"), ("Where", "Google Meet")],
        attach=[("invite.ics", "text/calendar", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Ashby//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:ashby-tessellate-sam-0001\nDTSTART:20261210T160000Z\nDTEND:20261210T170000Z\nSUMMARY:Interview: Tessellate - Head of Marketing\nEND:VEVENT\nEND:VCALENDAR\n")],
        notes="interview confirmation with .ics"),

    oth("refcheck-sam-as-referee", "reference-request", "ats", day="2026-12-01", variant="en-GB",
        vendor="generic", brand="Refcheck",
        frm="Refcheck on behalf of Fulbrook Media <requests@refcheck.example>",
        subject="Reference request for Priya Shah",
        text="""Hi Sam,

Priya Shah has nominated you as a referee for the role of Audience Editor at Fulbrook Media.

The reference takes around 10 minutes. Please complete it by 8 December. If you do not wish to provide a reference, you can decline the request using the link below.

[[Complete reference]]
[[Decline request]]

Refcheck | Fast, fair references""",
        notes="Sam asked to give a reference for someone else; 'decline'"),

    oth("bamboohr-ack-shortlisted-only", "ack-received", "ats", day="2026-11-16", variant="en-AU",
        vendor="bamboohr", brand="Coral Coast Tourism",
        frm="Coral Coast Tourism <notifications@app.bamboohr.com>",
        subject="Application received - Marketing & Partnerships Manager",
        text="""Hi Sam,

Thanks for applying for the Marketing & Partnerships Manager role with Coral Coast Tourism.

Applications close on 30 November. Please note that only shortlisted candidates will be contacted. If you don't hear from us by 14 December, your application has not been successful on this occasion.

Thanks again,
People & Culture, Coral Coast Tourism""",
        notes="ack: only shortlisted contacted, conditional 'not successful'"),

    oth("join-application-viewed", "status-update", "ats", variant="en-nonnative",
        vendor="join", brand="Gletscher Digital",
        frm="JOIN <noreply@join.com>",
        subject="Good news: Gletscher Digital viewed your application",
        text="""Hi Sam,

Gletscher Digital has viewed your application for Content Marketing Lead.

Companies on JOIN usually respond within 10 days. We'll let you know as soon as there's an update.

[[Go to my applications]]""",
        notes="application viewed notice"),

    oth("taleo-application-incomplete", "status-update", "ats", day="2026-12-01", variant="en-US",
        vendor="taleo", brand="Granite Peak Bank", plain="refs",
        frm="Granite Peak Bank Careers <noreply@taleo.net>",
        subject="Reminder: your application is incomplete",
        text="""Dear Sam Taylor,

You started an application for Vice President, Brand Strategy (Req #26-11802) but have not yet submitted it.

Incomplete applications cannot be considered. Please log in and complete your application before the posting closes on December 11, 2026.

[[Continue my application]]

Granite Peak Bank Talent Acquisition""",
        notes="incomplete application reminder: 'cannot be considered'"),

    oth("pinpoint-first-stage-success", "next-round", "ats", day="2026-11-30", variant="en-GB",
        vendor="pinpoint", brand="Wexcombe College",
        frm="Wexcombe College <notifications@pinpointhq.com>",
        subject="Marketing Manager - shortlisting outcome",
        text="""Dear Sam

Marketing Manager (Ref WC-2611)

Thank you for your application. I am pleased to let you know that you have been shortlisted for interview.

Interviews will take place on 9 December at our Abbey Road campus. You will be asked to give a 10-minute presentation on the topic below, followed by a panel interview.

Presentation topic: How would you grow applications from adult learners by 20% in two years?

Please confirm your attendance by replying to recruitment@wexcombe.example.

Recruitment Team""",
        notes="shortlisted, uk template mirroring a rejection"),

    oth("greenhouse-hiring-paused-still-active", "on-hold-still-open", "ats", day="2026-12-02", variant="en-US",
        vendor="greenhouse", brand="Lumenfield",
        frm="Lumenfield Recruiting <no-reply@us.greenhouse-mail.io>",
        subject="An update on your Lumenfield application",
        text="""Hi Sam,

We wanted to give you a quick update on the Director, Audience Marketing role. Our hiring team has temporarily paused interviews for two weeks while our new CMO settles in.

Your application is still active and nothing is changing about the role. We will come back to you by December 18 with next steps.

Thanks for your patience,
Lumenfield Recruiting""",
        notes="hiring paused, application still active"),

    oth("foundation-grant-not-funded", "non-job-rejection", "ats", day="2026-12-02", variant="en-GB",
        vendor="generic", brand="Mallory Foundation",
        frm="Mallory Foundation Grants <grants-noreply@malloryfoundation.example>",
        subject="Decision on your application MF-2026-0412",
        text="""Dear Sam Taylor,

Application: Local News Audiences Pilot (MF-2026-0412)

Thank you for applying to the Mallory Foundation Small Grants Programme. The panel met on 26 November to review 184 applications.

We regret to inform you that your application was not successful in this round. Unfortunately we are unable to provide individual feedback.

The next funding round opens in March 2027.

Grants Team, Mallory Foundation""",
        notes="grant declined, job-rejection wording"),

    oth("awards-entry-not-shortlisted", "non-job-rejection", "ats", day="2026-11-18", variant="en-GB",
        vendor="generic", brand="Digital Publishing Awards",
        frm="Digital Publishing Awards <entries@dpawards.example>",
        subject="Digital Publishing Awards 2027 - shortlist announcement",
        text="""Dear Sam,

Thank you for entering Calder Street Media's "Morning Note" newsletter into the Best Audience Development Initiative category.

The judges have now met, and we're sorry to tell you that your entry has not been shortlisted this year. The full shortlist is published on our website.

Tickets for the awards night on 4 March are on sale now. [[Book your table]]

The Digital Publishing Awards team""",
        notes="award entry not shortlisted"),

    oth("calendar-meeting-declined", "non-job-rejection", "ats", day="2026-12-03", variant="en-GB",
        vendor="none", brand="Google Calendar", plain="clean",
        frm="Mark Ferris <mark.ferris@example.org>",
        subject="Declined: Q1 content planning @ Tue 8 Dec 2026 14:00 - 15:00 (GMT)",
        text="""Mark Ferris has declined this invitation.

Q1 content planning
When: Tuesday 8 Dec 2026 14:00 - 15:00 (Greenwich Mean Time - London)
Organiser: sam.taylor@example.org
Guests: Sam Taylor, Mark Ferris, Anya Roy

"Sorry, clashes with the board prep. Can Anya cover for me?"

Invitation from Google Calendar

You are receiving this email because you are the organiser of this event.""",
        notes="calendar decline from colleague"),
]
