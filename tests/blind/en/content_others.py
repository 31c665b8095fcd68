"""Hard negatives (label `other`): share vocabulary with rejections but turn down nothing of Sam's."""
from content_common import oth

NOREPLY = {"Auto-Submitted": "auto-generated"}
BULK = {"List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
EMPLOYER = "Calder Street Media"  # Sam's own employer; its mail domain is example.org

ATS = [
oth("ack-greenhouse-plain", "ack-received", "ats",
    vendor="greenhouse", brand="Marigold Robotics", variant="en-US",
    frm="Marigold Robotics <no-reply@us.greenhouse-mail.io>",
    subject="Thank you for applying to Marigold Robotics",
    text="""Hi Sam,

Thanks for applying for the Senior Product Manager, Autonomy role at Marigold Robotics! We've received your application and our team will review it over the coming days.

If your background is a match, a member of our recruiting team will reach out to schedule a first conversation. In the meantime, feel free to read more about how we build on our engineering blog.

Best,
Marigold Robotics Recruiting""",
    headers=NOREPLY, notes="plain acknowledgement"),

oth("ack-hedging-if-not-selected", "ack-received", "ats",
    vendor="workday", brand="Stonebridge Capital", variant="en-GB",
    frm="Stonebridge Capital <stonebridge@myworkday.com>",
    subject="Application received: Product Manager, Client Portal (JR-20931)",
    text="""Dear Sam,

Thank you for your application for Product Manager, Client Portal (JR-20931). This email confirms that we have received it.

Our team will review your experience against the requirements of the role. If you are not selected to continue, we will let you know by email once the position has been filled; if you are shortlisted, a recruiter will contact you to arrange an initial call.

Because of the number of applications, this may take up to three weeks.

Kind regards,
Talent Acquisition, Stonebridge Capital""",
    headers=NOREPLY, notes="hedging ack: 'if you are not selected ... we will let you know'"),

oth("ack-hedging-hear-from-us", "ack-received", "ats",
    vendor="lever", brand="Tessellate", variant="en-US",
    frm="Tessellate <no-reply@hire.lever.co>",
    subject="We got your application, Sam",
    text="""Hi Sam,

Thanks for your interest in the Product Manager, Design Systems role at Tessellate. Your application is in.

Here's what happens next: the hiring team reviews every application within ten business days. If we don't move forward, you'll still hear from us – we don't believe in leaving people hanging. If we'd like to chat, we'll send a link to book time with the recruiter.

Talk soon,
Tessellate Talent""",
    headers=NOREPLY, notes="hedging ack: 'If we don't move forward, you'll still hear from us'"),

oth("ack-icims-eeo", "ack-received", "ats",
    html_only=True, vendor="icims", brand="Lakeshore Health Partners", variant="en-US",
    frm="Lakeshore Health Partners <donotreply@talent.icims.com>",
    subject="Lakeshore Health Partners - Thank you for your application",
    text="""Dear Sam,

Thank you for submitting your application for Senior Product Manager, Revenue Cycle (Req #26-1180). We have received your materials and they are now under review.

Due to the high volume of applications we receive, we are only able to contact candidates whose qualifications most closely match the needs of the position. Should that be the case, a recruiter will contact you.

Please do not reply to this email.

Lakeshore Health Partners Talent Acquisition""",
    headers=NOREPLY, notes="ack with 'only contact candidates who match' hedge"),

oth("ack-personio-english-german-co", "ack-received", "ats",
    vendor="personio", brand="Brückner Mobility GmbH", variant="en-nonnative",
    frm="Brückner Mobility GmbH <no-reply@jobs.personio.de>",
    subject="Confirmation of receipt – Product Manager Charging (m/w/d)",
    text="""Dear Sam Taylor,

thank you for your application as Product Manager Charging (m/w/d) and your interest in Brückner Mobility.

We have received your documents and will check them carefully. Please understand that this can take some time. We will contact you as soon as possible about the next steps – independent of whether the decision is positive or negative.

Best regards
Your recruiting team of Brückner Mobility GmbH""",
    headers=NOREPLY, notes="German company, English; umlaut in sender (RFC 2047); hedge 'positive or negative'"),

oth("ack-smartrecruiters-assessment-link", "ack-received", "ats",
    vendor="smartrecruiters", brand="Caldwell Foods", variant="en-GB",
    frm="Caldwell Foods <noreply@smartrecruiters.com>",
    subject="Caldwell Foods – next step for your application",
    text="""Hello Sam,

Thank you for applying for Ecommerce Product Manager at Caldwell Foods.

To help us consider your application, please complete a short online questionnaire (about 15 minutes) within the next five days. Applications without a completed questionnaire cannot be reviewed.

[[Start questionnaire]]

Kind regards,
Caldwell Foods Recruitment""",
    headers=NOREPLY, notes="ack + questionnaire request"),

oth("ack-taleo-regret-word", "ack-received", "ats",
    vendor="taleo", brand="Ironwood Energy", variant="en-CA",
    frm="Ironwood Energy <ironwood-noreply@taleo.net>",
    subject="Ironwood Energy - Application Acknowledgement",
    text="""Dear Sam Taylor,

Thank you for your interest in the Product Manager, Field Mobility position (2601187). Your application has been successfully submitted.

We review applications on an ongoing basis. We regret that we are unable to respond personally to every applicant; only those selected for an interview will be contacted.

Sincerely,
Ironwood Energy Talent Acquisition""",
    headers=NOREPLY, notes="ack with 'We regret that we are unable to respond personally'"),

oth("ack-teamtailor-friendly", "ack-received", "ats",
    vendor="teamtailor", brand="Moss & Marlin", variant="en-GB",
    frm="Moss & Marlin <no-reply@teamtailor.com>",
    subject="Thanks for your application! 🙌",
    text="""Hi Sam,

Amazing – your application for Product Manager, Mobile App has landed with us!

We'll get back to you within two weeks whatever the outcome. Meanwhile, why not have a nosey at what life at Moss & Marlin looks like on our careers page?

Speak soon,
The Moss & Marlin team""",
    headers=NOREPLY, notes="emoji subject (RFC 2047); 'whatever the outcome'"),

oth("status-still-under-review", "status-update", "ats",
    vendor="greenhouse", brand="Hollowtree", variant="en-US",
    frm="Hollowtree Recruiting <no-reply@us.greenhouse-mail.io>",
    reply_to="Zoe Martin <zoe.martin@hollowtree.example>",
    subject="Quick update on your Hollowtree application",
    text="""Hi Sam,

I wanted to let you know that your application for Product Manager, Search & Discovery is still under review. We've had more applications than expected and the hiring manager has been travelling, so things are taking a little longer than I'd promised.

No decision has been made yet, and I'll be back in touch by the end of next week either way.

Thanks for your patience,
Zoe Martin
Recruiter, Hollowtree""",
    notes="status: still under review; 'either way'"),

oth("status-portal-in-progress-table", "status-update", "ats",
    vendor="inhouse", brand="Larkspur Energy", variant="en-GB",
    frm="Larkspur Energy Careers <no-reply@careers.larkspur.example>",
    subject="The status of your application has changed",
    text="""Hello Sam,

There has been a change to one of your applications on the Larkspur Energy careers portal.

{table}

You can see all your applications by signing in to your candidate account. [[Sign in]]

This mailbox is not monitored.""",
    table=[("Vacancy", "Senior Product Manager – EV Tariffs"), ("Reference", "LE-2026-0988"),
           ("Previous status", "Application received"), ("New status", "Shortlisted – hiring manager review")],
    headers=NOREPLY, notes="same portal as a rejection in this set; status is positive"),

oth("status-workday-on-hold-candidates", "status-update", "ats",
    vendor="workday", brand="Harrowgate Insurance Group", variant="en-GB",
    frm="Harrowgate Careers <harrowgate@myworkday.com>",
    subject="Your application for Product Manager - Broker Portal: timing update",
    text="""Dear Sam Taylor,

Thank you for your continued interest in the Product Manager - Broker Portal role.

Interviews for this vacancy have been paused for two weeks while the hiring manager is on leave. Your application remains active and has not been affected. We expect to contact shortlisted applicants from 23 November.

Kind regards,
Talent Acquisition
Harrowgate Insurance Group""",
    headers=NOREPLY, notes="interviews paused but application active"),

oth("status-ashby-references", "status-update", "ats",
    vendor="ashby", brand="Quayside", variant="en-GB",
    frm="Nell Porter <no-reply@ashbyhq.com>", reply_to="nell@quayside.example",
    subject="Quayside - reference checks",
    text="""Hi Sam,

Good news on our side: the team would like to move to references for the Senior Product Manager, Checkout role. Could you send me the names and email addresses of two people who have managed you in the last five years?

We won't contact anyone until you confirm it's okay.

Thanks,
Nell Porter
People Team, Quayside""",
    notes="reference request, process continues"),

oth("status-background-check", "status-update", "ats",
    vendor="inhouse", brand="Clearpath Screening", variant="en-US",
    frm="Clearpath Screening <no-reply@clearpath-screening.example>",
    subject="Action required: complete your background check for Vantor Health",
    text="""Hello Sam,

Vantor Health has asked Clearpath Screening to complete a background check as part of your offer process.

Please complete the online form within 72 hours. If the information is incomplete, the check cannot be processed and your file will be returned to the employer.

[[Start background check]]

Clearpath Screening Candidate Support""",
    headers=NOREPLY, notes="background-check vendor"),

oth("status-withdrawal-confirmed", "status-update", "ats",
    vendor="smartrecruiters", brand="Tallis Bio", variant="en-GB",
    frm="Tallis Bio <noreply@smartrecruiters.com>",
    subject="You have withdrawn your application",
    text="""Dear Sam,

This is to confirm that you have withdrawn your application for Senior Product Manager, Lab Informatics at Tallis Bio. The application is now closed and the hiring team has been notified.

If this was a mistake, you can re-apply from the job page while the position remains open.

Recruitment Team
Tallis Bio""",
    headers=NOREPLY, notes="owner withdrew; application closed by owner's own choice"),

oth("invite-greenhouse-schedule", "interview-invite", "ats",
    vendor="greenhouse", brand="Brackenridge Analytics", variant="en-US",
    frm="Lena Okafor <no-reply@us.greenhouse-mail.io>", reply_to="lena.okafor@brackenridge.example",
    subject="Interview availability - Brackenridge Analytics",
    text="""Hi Sam,

Thanks for applying for the Product Manager, Forecasting role. The team would love to get to know you better!

Please use the link below to pick a 45-minute slot with our Group PM, Hector. The call is a chance for both sides to see whether there's a fit; there's nothing to prepare beyond a look at our product.

[[Choose a time]]

Best,
Lena Okafor
Recruiting, Brackenridge Analytics""",
    notes="invite from a company that also rejects in this set"),

oth("invite-panel-workable-ics", "interview-invite", "ats",
    vendor="workable", brand="Pinecrest Learning", variant="en-AU",
    frm="Amelia Hart <notifications@workablemail.com>", reply_to="amelia.hart@pinecrest.example",
    subject="Interview confirmed: Senior Product Manager – Teacher Tools",
    text="""Hi Sam,

You're confirmed for a panel interview for Senior Product Manager – Teacher Tools.

{table}

The panel will ask about a product decision you made with incomplete data, so have an example in mind. Don't worry if you can't answer every question – we're far more interested in how you reason than in getting everything right.

See you Thursday,
Amelia""",
    table=[("When", "Thursday 19 November, 10:00–11:00 AEDT"), ("Where", "Video call (link in the calendar invite)"),
           ("Panel", "Dev Raman, Priyanka Shah, Liam Cho")],
    attach=[("invite.ics", "text/calendar", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Workable//EN\nBEGIN:VEVENT\nSUMMARY:Panel interview - Sam Taylor\nDTSTART:20261118T230000Z\nDTEND:20261119T000000Z\nEND:VEVENT\nEND:VCALENDAR\n")],
    notes="table + .ics attachment (multipart/mixed); 'don't worry' hedge"),

oth("invite-lever-next-round", "interview-invite", "ats",
    vendor="lever", brand="Quillfeather", variant="en-US",
    frm="Quillfeather <no-reply@hire.lever.co>", reply_to="Rosa Diaz <rosa@quillfeather.example>",
    subject="Next steps with Quillfeather",
    text="""Hi Sam,

Congrats – the hiring team enjoyed your first conversation and would like to move you forward to the next round for Senior Product Manager, Retention.

The next stage is a 60-minute product sense interview with two of our PMs. I'll send a scheduling link shortly.

Rosa Diaz
Recruiting, Quillfeather""",
    notes="'move you forward to the next round'"),

oth("invite-hirevue-video", "interview-invite", "ats",
    vendor="inhouse", brand="Copperleaf Consumer Goods", variant="en-US",
    frm="Copperleaf Careers <careers@notify.copperleaf.example>",
    subject="Invitation: recorded video interview",
    text="""Dear Sam,

Congratulations! Your application for Insights Product Manager has progressed to the next step: a recorded video interview.

Please complete it within five days. Candidates who do not complete the interview by the deadline cannot be considered further.

[[Start my interview]]

Copperleaf Careers""",
    headers=NOREPLY, notes="progressed; warning about deadline"),

oth("invite-successfactors-assessment-centre", "interview-invite", "ats",
    vendor="successfactors", brand="Meridian Utilities plc", variant="en-GB",
    frm="Meridian Utilities Recruitment <noreply@successfactors.eu>",
    subject="Invitation to assessment centre – Digital Product Manager – Ref 45002",
    text="""Dear Sam,

We are pleased to invite you to the assessment centre for the post of Digital Product Manager (Ref 45002) on Tuesday 24 November at our Reading office.

The day will include a presentation, a group exercise and a competency-based interview. Please bring photo ID. Reasonable adjustments are available on request.

Yours sincerely,
Resourcing Team
Meridian Utilities plc""",
    headers=NOREPLY, notes="same company rejected Sam for another role in this set"),

oth("invite-icims-phone-screen", "interview-invite", "ats",
    vendor="icims", brand="Kiteline Aerospace", variant="en-US",
    frm="Kiteline Aerospace Careers <careers@kiteline.icims.com>",
    subject="Phone screen request - Product Manager - Avionics Data",
    text="""Dear Sam,

Thank you for your interest in the Product Manager - Avionics Data role (Requisition 7802). A recruiter would like to schedule a 30-minute phone screen with you.

Please select a time using the self-scheduling link below.

[[Select a time]]

Kiteline Aerospace Talent Acquisition""",
    headers=NOREPLY),

oth("reschedule-greenhouse-moved", "reschedule", "ats",
    vendor="greenhouse", brand="Vantablue", variant="en-US",
    frm="Vantablue Recruiting <no-reply@us.greenhouse-mail.io>", reply_to="jules@vantablue.example",
    subject="Updated: your interview with Vantablue has been rescheduled",
    text="""Hi Sam,

Your interview for Senior Product Manager, Trust & Safety has been moved.

{table}

Your interviewer had a conflict come up. Apologies for the shuffle – everything else stays the same.

Jules
Recruiting Coordinator, Vantablue""",
    table=[("Was", "Tuesday 10 November, 2:00 PM PT"), ("Now", "Thursday 12 November, 11:00 AM PT"),
           ("Format", "Zoom, 45 minutes")], notes="reschedule; table"),

oth("reschedule-cancelled-slot-ashby", "reschedule", "ats",
    vendor="ashby", brand="Marlow", variant="en-US",
    frm="Marlow <no-reply@ashbyhq.com>",
    subject="Cancelled: Product Manager, Payments Onsite (Sam Taylor)",
    text="""Hi Sam,

Your onsite interview on Friday, November 13 has been cancelled because one of the interviewers is out sick. Your candidacy for Product Manager, Payments is not affected.

You'll receive a new scheduling link within one business day.

The Marlow Recruiting Team""",
    headers=NOREPLY, notes="'Cancelled:' subject; candidacy not affected"),

oth("reschedule-workday-new-date", "reschedule", "ats",
    vendor="workday", brand="Quarrybrook Bank", variant="en-GB",
    frm="Quarrybrook Bank <quarrybrook@myworkday.com>",
    subject="Change to your interview: Product Manager - Savings (JR-56010)",
    text="""Dear Sam Taylor,

We need to change the date of your interview for Product Manager - Savings (JR-56010). The original slot on 18 November is no longer available.

Please choose a new time from the options in your candidate home.

Quarrybrook Bank Talent Acquisition""",
    headers=NOREPLY),

oth("offer-greenhouse-letter", "offer", "ats",
    vendor="greenhouse", brand="Hollowtree", variant="en-US",
    frm="Zoe Martin <no-reply@us.greenhouse-mail.io>", reply_to="zoe.martin@hollowtree.example",
    subject="Your offer from Hollowtree",
    text="""Hi Sam,

I'm thrilled to share your offer to join Hollowtree as Senior Product Manager, Search & Discovery!

You can review and e-sign your offer letter using the link below. The offer is valid for five business days; after that it will expire, so please reach out if you need more time.

[[Review offer]]

Congratulations,
Zoe Martin""",
    notes="offer; mentions expiry"),

oth("offer-docusign-conditional", "offer", "ats",
    vendor="inhouse", brand="Kestrel Payments", variant="en-GB",
    frm="Kestrel Payments via DocuSign <dse@docusign.example>",
    subject="Please DocuSign: Kestrel Payments - Conditional Offer of Employment - Sam Taylor",
    text="""Kestrel Payments sent you a document to review and sign.

Dear Sam, please find attached your conditional offer of employment for the role of Lead Product Manager, Merchant Onboarding. The offer is subject to satisfactory references and right-to-work checks; should these not be completed satisfactorily, the offer may be withdrawn.

[[Review document]]

Do not share this email. It contains a secure link to DocuSign.""",
    headers=NOREPLY, notes="conditional offer; mentions possible withdrawal"),

oth("reqtransfer-greenhouse-other-role", "requisition-transfer", "ats",
    vendor="greenhouse", brand="Oxbow Health", variant="en-US",
    frm="Oxbow Health <no-reply@us.greenhouse-mail.io>", reply_to="maria.lopez@oxbowhealth.example",
    subject="Your Oxbow Health application has moved",
    text="""Hi Sam,

The hiring team for Senior Product Manager, Clinician Tools reviewed your application and felt your experience is an even better fit for our Senior Product Manager, Patient Payments opening. With your permission, we've moved your application to that role. Nothing for you to do – Maria will be in touch about a first call.

If you'd rather not be considered for Patient Payments, just reply and let us know.

Oxbow Health Recruiting""",
    notes="moved to another requisition; 'instead' implied; process continues"),

oth("reqtransfer-workday-closed-reopened", "requisition-transfer", "ats",
    vendor="workday", brand="Bellhaven Retail", variant="en-GB",
    frm="Bellhaven Retail <bellhaven@myworkday.com>",
    subject="Your application: Product Manager, Stores (JR-7711 replaced by JR-7803)",
    text="""Dear Sam,

We have replaced the job requisition for Product Manager, Stores (JR-7711) with a new requisition (JR-7803) after a change to the cost centre. Your application has been transferred to the new requisition automatically, and you may see JR-7711 shown as "Closed" in your candidate home.

Your progress in the process is unchanged.

Bellhaven Resourcing""",
    headers=NOREPLY, notes="old req shown Closed, application transferred"),

oth("reqtransfer-smartrecruiters-other-location", "requisition-transfer", "ats",
    vendor="smartrecruiters", brand="Cindervale Technologies", variant="en-IN",
    frm="Cindervale Technologies <noreply@smartrecruiters.com>",
    subject="Your application has been considered for another position",
    text="""Dear Sam,

Greetings from Cindervale Technologies!

The hiring team felt your profile suits our Hyderabad opening better than the Bengaluru one. Your application for Senior Product Manager – Platform has therefore been moved to requisition CT-HYD-2291 (same role, Hyderabad).

Our recruiter will call you this week to discuss the next round.

Talent Acquisition Team""",
    headers=NOREPLY, notes="location transfer"),
]

ATS += [
oth("ownerhiring-hris-disposition", "owner-hiring", "ats",
    vendor="hris", brand=EMPLOYER, variant="en-GB",
    frm="Calder People System <people-system@example.org>",
    subject="Action needed: 3 candidates to disposition on REQ-4410 Product Designer",
    text="""Hi Sam,

You are the hiring manager for requisition REQ-4410 Product Designer. The position was filled on 2 November, but the requisition can't be closed until every remaining candidate has a disposition.

{table}

Choose a disposition reason for each candidate. The system will send the standard regret email to each one 24 hours after you confirm.

[[Open requisition]]""",
    table=[("Jordan Blake", "Final interview - awaiting disposition"), ("Mei Tanaka", "Final interview - awaiting disposition"),
           ("Omar Haddad", "Phone screen - awaiting disposition")],
    headers=NOREPLY, notes="owner is hiring manager; HR-system requisition notice from example.org"),

oth("ownerhiring-template-review", "owner-hiring", "ats",
    vendor="hris", brand=EMPLOYER, variant="en-GB",
    frm="Calder Recruiting <recruiting@example.org>", reply_to="Hattie Moore <hattie.moore@example.org>",
    subject="For review: finalist regret template (Senior Data Analyst)",
    text="""Hi Sam,

Before we send anything to the two finalists you turned down for Senior Data Analyst, could you check the template below? Hattie has personalised the second paragraph.

---
Dear {{candidate_first_name}},

Thank you for the time you spent with us over the last few weeks. We have now completed our final interviews for the Senior Data Analyst role and have decided to offer the position to another candidate.

This was a difficult decision, and we would be glad to share feedback if that would be useful.

Kind regards,
Sam Taylor, Head of Insights, Calder Street Media
---

Reply with any edits by Thursday.

Calder Recruiting""",
    notes="owner hiring: rejection template for someone else, signed with Sam's name"),

oth("ownerhiring-candidate-rejected-event", "owner-hiring", "ats",
    html_only=True, cte="base64", vendor="hris", brand=EMPLOYER, variant="en-GB",
    frm="Calder People System <people-system@example.org>",
    subject="Candidate rejected: Jordan Blake (REQ-4410 Product Designer)",
    text="""This is an automated notification for requisition owners.

{table}

No further action is needed. You are receiving this because you own REQ-4410.""",
    table=[("Candidate", "Jordan Blake"), ("Requisition", "REQ-4410 Product Designer"),
           ("Disposition", "Rejected - selected another candidate"), ("By", "Hattie Moore (Talent)"),
           ("Regret email", "Scheduled for 10:00 tomorrow")],
    headers=NOREPLY, notes="owner hiring: someone else's rejection event"),

oth("ownerhiring-offer-approval", "owner-hiring", "ats",
    vendor="hris", brand=EMPLOYER, variant="en-GB",
    frm="Calder People System <people-system@example.org>",
    subject="Approval required: offer for Mei Tanaka (REQ-4410)",
    text="""Hi Sam,

An offer for Mei Tanaka (Product Designer, REQ-4410) is waiting for your approval as hiring manager.

If you decline the offer request, it returns to the recruiter and the candidate is not notified.

[[Approve]] [[Decline]]""",
    headers=NOREPLY, notes="owner hiring: approve/decline offer request"),

oth("newsletter-how-to-answer-rejection", "newsletter", "ats",
    vendor="newsletter", brand="The Career Pivot", variant="en-US",
    frm="The Career Pivot <hello@careerpivot.example>",
    subject="Got rejected? Here's the follow-up email that gets replies",
    text="""Hi Sam,

This week's issue is about the email nobody wants to get: "we've decided to move forward with other candidates."

Most people either ignore rejection emails or reply with something bitter. Both waste an opportunity. Hiring managers remember the candidates who reply graciously, and a surprising number of our readers were hired for a different role months later because of it.

Here's a three-line template:
- Thank them for letting you know.
- Say you enjoyed meeting the team.
- Ask them to keep you in mind for future openings.

[[Read the full guide]]

Until next week,
Dana at The Career Pivot""",
    headers=BULK, notes="newsletter quoting rejection phrases"),

oth("newsletter-product-weekly", "newsletter", "ats",
    vendor="newsletter", brand="Product Notes Weekly", variant="en-GB",
    frm="Product Notes Weekly <issue@productnotes.example>",
    subject="#212: Why your roadmap proposal got turned down",
    text="""In this issue

Why your roadmap proposal got turned down. Leadership didn't reject your idea; they rejected the risk you didn't quantify. Five ways to reframe it.

Hiring corner: three PM hiring managers on what makes them pass on a candidate after the case study, and what makes them fight for one.

Jobs board: 14 new product roles this week, from Edinburgh to Lisbon.

[[Read online]]""",
    headers=BULK, notes="PM newsletter; 'pass on a candidate'"),

oth("newsletter-job-alert-digest", "newsletter", "ats",
    vendor="newsletter", brand="Workhive Jobs", variant="en-GB",
    frm="Workhive Jobs <alerts@workhive.example>",
    subject="8 new jobs for \"product manager\" in London",
    text="""Hi Sam, here are new matches for your saved search.

- Senior Product Manager, Payments - Corvid Bank - London
- Product Manager, Growth - Fieldfare - Remote (UK)
- Product Lead - Halcyon Travel - London
- Product Manager, Data - Sparrow Analytics - Hybrid

Not interested in these? Tell us and we'll improve your matches.

[[See all 8 jobs]]""",
    headers=BULK, notes="job-board alert"),

oth("newsletter-outplacement-webinar", "newsletter", "ats",
    vendor="newsletter", brand="Fieldstone Career Services", variant="en-IE",
    frm="Fieldstone Career Services <events@fieldstone.example>",
    subject="Webinar: bouncing back after \"unfortunately\"",
    text="""Hi Sam,

Job hunting in a slow market means hearing "no" more often than "yes". Our free lunchtime webinar on Wednesday looks at how to read between the lines of a rejection, when to ask for feedback, and how to keep momentum.

Places are limited. [[Book your seat]]

Fieldstone Career Services, Dublin""",
    headers=BULK, notes="webinar invitation about rejection"),

oth("autoreply-candidate-support-ticket", "auto-reply", "ats",
    vendor="inhouse", brand="Harrowgate Insurance Group", variant="en-GB",
    frm="Harrowgate Candidate Support <candidatesupport@harrowgate.example>",
    subject="[Ticket #448120] Re: Question about my application",
    text="""Hello,

Thank you for contacting Harrowgate Candidate Support. This is an automatic reply to confirm we have received your message; a member of the team will respond within three working days.

Please do not reply to this message, as it will create a new ticket. Your reference number is 448120.

Harrowgate Candidate Support""",
    parent=True, headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    notes="ticket auto-reply to Sam's question; company that rejected Sam elsewhere in set"),

oth("nonjob-cfp-not-selected", "non-job-rejection", "ats",
    vendor="inhouse", brand="ProductCon Europe", variant="en-GB",
    frm="ProductCon Europe <speakers@cfp.productcon.example>",
    subject="ProductCon Europe 2027: decision on your session proposal",
    text="""Hi Sam,

Thank you for submitting "Pricing experiments that didn't lie to us" to the ProductCon Europe 2027 call for papers.

We received 640 proposals for 48 slots. After two rounds of review, the programme committee has not selected your session for this year's programme. This reflects the number of strong submissions rather than the quality of yours.

Reviewer comments are available in your speaker dashboard. [[View feedback]]

The ProductCon Programme Committee""",
    headers=NOREPLY, notes="talk proposal rejected"),

oth("nonjob-rental-application-declined", "non-job-rejection", "ats",
    vendor="inhouse", brand="Keyway Lettings", variant="en-GB",
    frm="Keyway Lettings <noreply@keyway-lettings.example>",
    subject="Update on your application for Flat 3, 22 Alder Road",
    text="""Dear Sam Taylor,

Thank you for applying to rent Flat 3, 22 Alder Road. The landlord has reviewed the applications received and has decided to proceed with another applicant.

Your holding deposit has not been taken. If you would like us to notify you of similar properties, update your search preferences in your account.

Keyway Lettings""",
    headers=NOREPLY, notes="rental application"),

oth("nonjob-credit-decision", "non-job-rejection", "ats",
    cte="base64", vendor="inhouse", brand="Redwing Bank", variant="en-GB",
    frm="Redwing Bank <alerts@redwingbank.example>",
    subject="Your loan application decision",
    text="""Dear Sam Taylor,

Thank you for your application for a personal loan of £12,000.

We've carefully considered your application and are unable to approve it at this time. This decision was based on information from your application and from a credit reference agency.

You can request a summary of the reasons by calling us. This email is for information only; please don't reply.

Redwing Bank plc is authorised by the Prudential Regulation Authority (fictional).""",
    headers=NOREPLY, notes="loan refused"),

oth("nonjob-journal-manuscript", "non-job-rejection", "ats",
    vendor="inhouse", brand="Journal of Digital Markets", variant="en-US",
    frm="Journal of Digital Markets <onbehalfof@manuscripts.jdm.example>",
    subject="Decision on Manuscript ID JDM-2026-0417",
    text="""Dear Sam Taylor,

Thank you for submitting your manuscript "Willingness to pay for bundled streaming subscriptions" to the Journal of Digital Markets.

Based on the enclosed reviews, I regret to inform you that we are unable to accept it for publication. The reviewers felt the identification strategy does not support the causal claims.

Sincerely,
Prof. Elaine Marsh
Editor-in-Chief""",
    headers=NOREPLY, notes="paper rejection"),
]

SAM = "Sam Taylor <sam.taylor@example.org>"

PERSONAL = [
oth("invite-founder-coffee", "interview-invite", "personal",
    frm="Theo Marchetti <theo@pathwise.example>", variant="en-GB",
    subject="Coffee next week?",
    text="""Hi Sam,

Thanks for sending your CV over. I read it on the train this morning and I'd love to meet.

We haven't written a job description yet, to be honest, but we need someone to own the product while I go out and raise. Are you free for a coffee near Old Street on Tuesday or Wednesday?

Theo
Founder, Pathwise
07700 900 284"""),

oth("invite-second-round-indian", "interview-invite", "personal",
    frm="Deepa Krishnan <deepa.k@saffronsoft.example>", variant="en-IN",
    subject="Second round - Product Manager (Payments) - Saffronsoft",
    text="""Dear Sam,

Greetings from Saffronsoft!

We are happy to inform you that you have cleared the first round for the Product Manager (Payments) position. The second round will be a case discussion with our VP Product on 20th November at 3 PM IST over Teams.

Kindly confirm your availability at the earliest.

Thanks & Regards,
Deepa Krishnan
HR Executive, Saffronsoft
+91 44 5550 3322""",
    notes="'cleared the first round'"),

oth("invite-final-after-tough-round", "interview-invite", "personal",
    frm="Grace Whitfield <grace@northlight.example>", variant="en-GB",
    subject="Northlight - final stage",
    text="""Hi Sam,

I'll be honest, after the case study I wasn't sure which way the panel would go – Martin had some doubts about the pricing section and said so quite forcefully.

But the rest of the panel were strongly in favour, and we'd like to invite you to the final stage: an hour with our CEO and CFO. It's more of a conversation than an interview.

Can you do Monday 23rd or Tuesday 24th?

Grace
Talent Lead, Northlight""",
    notes="doubts voiced, then invitation"),

oth("answer-not-gone-with-other", "answer-to-owner-question", "personal",
    frm="Megan Holt <megan.holt@brambleworks.example>", variant="en-US", parent=True,
    subject="Re: Product Manager role - have you filled it?",
    text="""Hi Sam,

Not at all – we haven't gone with anyone yet! Sorry for the radio silence; two of the panel were out at a conference.

The team would like to bring you back for a final conversation with our CTO. Would Wednesday afternoon work?

Megan

On Mon, Nov 16, 2026 at 8:47 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Megan,
>
> I hope you're well. I haven't heard back since the second interview and
> wondered whether you've gone with another candidate? Either way I'd be
> grateful to know where things stand.
>
> Thanks,
> Sam""",
    day="2026-11-17", notes="answers Sam's 'have you gone with another candidate?' with an invite; quote contains the question"),

oth("answer-still-in-running-aus", "answer-to-owner-question", "personal",
    frm="Liam Ferguson <liam@coralreach.example>", variant="en-AU", parent=True,
    subject="Re: Following up on the Product Lead role",
    text="""G'day Sam,

No, you're definitely still in the running. We had a few other candidates to see and it took longer than planned. Sorry to leave you wondering.

Could you come in for a final chat with our MD next Thursday arvo? Around 2pm?

Cheers,
Liam

> Hi Liam, just wondering if the Product Lead role has been filled, or
> whether I'm still being considered? Totally understand if you've
> decided to go another way. Sam""",
    notes="Australian; quoted question mentions 'decided to go another way'"),

oth("answer-offer-instead", "answer-to-owner-question", "personal",
    frm="Ruth Abernathy <ruth.abernathy@fenwickhealth.example>", variant="en-GB", parent=True,
    subject="Re: Any news?",
    text="""Dear Sam,

Thank you for chasing, and apologies for the delay. No, we have not appointed anyone else – quite the reverse. The panel agreed on Friday to offer you the post, and HR will send the formal letter tomorrow.

I'll ring you this afternoon to talk through the details.

Best wishes,
Ruth Abernathy
Director of Digital, Fenwick Health

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 16 November 2026 09:12
To: Ruth Abernathy <ruth.abernathy@fenwickhealth.example>
Subject: Any news?

Dear Ruth, I wondered if there was any news on the Head of Product post, or whether the panel has gone with another candidate? Kind regards, Sam""",
    day="2026-11-17", notes="answer is an offer; Outlook quote"),

oth("outreach-filled-two-new", "recruiter-outreach", "personal",
    frm="Hamish Grant <hamish@talentcairn.example>", variant="en-GB",
    subject="Catching up + two new roles",
    text="""Hi Sam,

It's been a while! You might remember we spoke in March about the Head of Product role at Wrenmoor. That one was filled back in the summer by someone from their board's network, so it went nowhere for any of my candidates, sadly.

The good news is I've got two new briefs that made me think of you straight away:

1. Senior Product Manager, Pricing at a Series C marketplace (London, hybrid, up to £115k)
2. Product Director at a profitable B2B SaaS business in Manchester

Fancy a call this week?

Hamish Grant
Director | Talent Cairn
07700 900 511""",
    notes="old role filled (not Sam's candidacy), pitching new ones"),

oth("outreach-cold-linkedin-style", "recruiter-outreach", "personal",
    frm="Alyssa Brooks <alyssa.brooks@harborpoint-talent.example>", variant="en-US",
    subject="Product leadership opportunity - fintech",
    text="""Hi Sam,

I came across your profile and was impressed by your work on subscription pricing. I'm partnering with a fintech client on a Director of Product search and think you could be a great fit.

Would you be open to a quick 15-minute call this week? If the timing isn't right, no worries at all – just let me know and I won't follow up again.

Best,
Alyssa Brooks
Principal, Harbor Point Talent
(617) 555-0144""",
    notes="cold outreach; 'if the timing isn't right'"),

oth("outreach-nudge-no-reply", "recruiter-outreach", "personal",
    frm="Alyssa Brooks <alyssa.brooks@harborpoint-talent.example>", variant="en-US", parent=True,
    parent_domain="harborpoint-talent.example",
    subject="Re: Product leadership opportunity - fintech",
    text="""Hi Sam, just bumping this to the top of your inbox in case it got buried. Happy to share more details by email if that's easier.

Alyssa""",
    notes="recruiter nudge on own earlier mail"),

oth("outreach-agency-role-closed-others", "recruiter-outreach", "personal",
    frm="Rohan Mehta <rohan.mehta@apexsearch.example>", variant="en-IN",
    subject="New mandates - Product roles in Bengaluru and Remote",
    text="""Hi Sam,

Hope you are doing well.

The Product Head mandate with the edtech client which I had shared with you in July has been closed by the client – they decided not to hire for it this year. I am sharing two fresh openings that match your profile:

- Senior PM, Lending - leading NBFC - Bengaluru
- Group PM, Consumer App - Series D startup - Remote

Please share your updated CV if interested.

Regards,
Rohan Mehta
Senior Consultant | Apex Search
+91 98860 55512""",
    notes="a role Sam was told about but never applied for closed; new pitches"),

oth("outreach-internal-recruiter-referral", "recruiter-outreach", "personal",
    frm="Kate Simmons <kate.simmons@lumenforge.example>", variant="en-CA",
    subject="Referred by Nadia - Product Manager, Platform",
    text="""Hi Sam,

Nadia Rahman on our platform team passed your name along and said you might be open to a move. We're hiring a Product Manager, Platform in Toronto and I'd love to tell you more.

No pressure if you're not looking – but if you are, are you free for a call on Friday?

Kate Simmons
Talent Partner, Lumenforge
416-555-0133"""),

oth("followup-reply-thanks-keep-in-mind", "reply-to-owner-followup", "personal",
    frm="Rupinder Kaur <r.kaur@ashdown.example>", variant="en-GB", parent=True, parent_depth=2,
    subject="Re: Senior Product Manager, Audience - final round",
    text="""Hi Sam,

What a lovely reply – thank you. I've passed it on to Tom and Grace, who were both touched.

I'll definitely keep you in mind. There's a product role opening in the new year on the subscriptions side that I think could be a good fit, and I'll give you a shout as soon as it's signed off.

Best,
Rupinder

On Fri, 13 Nov 2026 at 10:02, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Rupinder,
>
> Thank you for letting me know, and for the care you took over the
> process. I enjoyed meeting the team and would love to be considered for
> future roles.
>
> Best,
> Sam
>
> On Thu, 12 Nov 2026 at 16:40, Rupinder Kaur <r.kaur@ashdown.example> wrote:
>> I'm afraid it's not good news though. We've decided to offer the role to
>> another candidate who has run a larger audience team before.""",
    day="2026-11-13", notes="rejection only in the two-level quote"),

oth("followup-reply-feedback-call", "reply-to-owner-followup", "personal",
    frm="Lucy Ward <lucy.ward@cobaltcloud.example>", variant="en-GB", parent=True,
    subject="Re: Feedback from your Cobalt Cloud interviews",
    text="""Hi Sam,

Thanks for taking the feedback so well. Yes, of course – I've asked the hiring manager to give you 20 minutes next week. She's free Tuesday at 4 or Wednesday at 11.

Lucy

> Thanks so much for the detailed feedback, Lucy. It's disappointing, but
> really useful. Would the hiring manager be open to a short call?""",
    notes="follow-up on an earlier rejection; current mail arranges a call"),

oth("followup-reply-agency-brief", "reply-to-owner-followup", "personal",
    frm="Josh Reynolds <josh.reynolds@peakpeople.example>", variant="en-GB", parent=True,
    subject="Re: Altamira feedback",
    text="""Cheers Sam, appreciate you being so gracious about it. Thursday at 11 works. I'll call your mobile and we'll go through the two other roles.

Josh

Josh Reynolds
Principal Consultant – Product & Digital
Peak People Recruitment""",
    notes="agency answers Sam's reply to the rejection"),

oth("ownersent-thank-you-after-rejection", "owner-sent", "personal",
    frm=SAM, to="Priya Nair <priya.nair@maplestone.example>", variant="en-GB", parent=True,
    parent_domain="maplestone.example", id_domain="mail.example.org",
    subject="Re: Thank you - Product Manager, Claims Automation",
    text="""Hi Priya,

Thanks for letting me know, and for being so straightforward about it. Of course I'm disappointed, but I enjoyed meeting the team and learned a lot about claims automation along the way.

If anything else opens up that you think would suit me, I'd love to hear about it.

Best wishes,
Sam

On Fri, 16 Oct 2026 at 11:20, Priya Nair <priya.nair@maplestone.example> wrote:
> The team met this morning. We won't be extending an offer for the
> Product Manager, Claims Automation role; we've decided to hire someone
> with more experience in guidewire-style claims platforms.""",
    day="2026-10-17", notes="owner's own thank-you, quoting a rejection"),

oth("ownersent-have-you-gone-with-other", "owner-sent", "personal",
    frm=SAM, to="Megan Holt <megan.holt@brambleworks.example>", variant="en-GB", id_domain="mail.example.org",
    subject="Product Manager role - have you filled it?",
    text="""Hi Megan,

I hope you're well. I haven't heard back since the second interview and wondered whether you've gone with another candidate? Either way I'd be grateful to know where things stand.

Thanks,
Sam""",
    day="2026-11-16", notes="owner's own question"),

oth("ownersent-declines-offer", "owner-sent", "personal",
    frm=SAM, to="Zoe Martin <zoe.martin@hollowtree.example>", variant="en-GB", id_domain="mail.example.org",
    subject="Senior Product Manager offer",
    text="""Hi Zoe,

Thank you so much for the offer and for everything you've done to make the process smooth.

After a lot of thought, I've decided not to accept. I've been offered a role that's closer to the pricing work I want to focus on, and it felt like the right move. I'm sorry to turn it down – I really liked the team.

I hope we cross paths again.

Warm regards,
Sam""",
    notes="owner declines an offer"),

oth("ownersent-withdraws-application", "owner-sent", "personal",
    frm=SAM, to="Marcus <hiring@granitebay.example>", variant="en-GB", id_domain="mail.example.org",
    subject="Withdrawing my application",
    text="""Hi Marcus,

I wanted to let you know that I'm withdrawing my application for the Product Manager role. I've accepted another position and it wouldn't be fair to take up more of your time.

Thanks for considering me, and good luck with the search.

Sam Taylor""",
    notes="owner withdraws"),
]

PERSONAL += [
oth("forwarded-friend-rejection", "forwarded", "personal",
    frm="Kofi Boateng <kofi.boateng@mailbox.example>", variant="en-GB",
    subject="Fwd: Your application to Marlowe Analytics",
    text="""Sam, got this one this morning. Gutted, I thought the final went really well. Any idea how I should reply? You're better at this stuff than me.

K

---------- Forwarded message ---------
From: Marlowe Analytics Talent <talent@marlowe-analytics.example>
Date: Mon, 9 Nov 2026 at 09:14
Subject: Your application to Marlowe Analytics
To: Kofi Boateng <kofi.boateng@mailbox.example>

Dear Kofi,

Thank you for interviewing for the Data Engineer role. After careful consideration we have decided to move forward with another candidate.

Best regards,
Marlowe Analytics Talent""",
    notes="friend's rejection forwarded; Gmail forward block"),

oth("forwarded-partner-rejection", "forwarded", "personal",
    frm="Alex Morgan <alex.morgan@mailbox.example>", variant="en-GB",
    subject="Fw: Outcome - Senior Nurse Practitioner",
    text="""Didn't get it :( Can we get takeaway tonight?

A x

________________________________
From: Recruitment <recruitment@stmarks-trust.example>
Sent: 10 November 2026 14:02
To: Alex Morgan
Subject: Outcome - Senior Nurse Practitioner

Dear Alex,

Thank you for attending interview for the post of Senior Nurse Practitioner. I am sorry to inform you that on this occasion you have not been successful.

Recruitment Team""",
    notes="partner's rejection, Outlook forward"),

oth("forwarded-mentee-asks-feedback", "forwarded", "personal",
    frm="Jia Wen Lim <jiawen.lim@mailbox.example>", variant="en-SG",
    subject="Fwd: Associate Product Manager - application update",
    text="""Hi Sam,

Hope you're well! Sorry to bother you again. I got the email below from Sablecrest about the APM programme. Do you think it's worth asking them for feedback on the assessment, or is that a bit cheeky?

Thanks lah,
Jia Wen

Begin forwarded message:

> From: Sablecrest Early Careers <noreply@smartrecruiters.com>
> Subject: Sablecrest Associate Product Manager - assessment outcome
> To: Jia Wen Lim <jiawen.lim@mailbox.example>
>
> Your overall result did not reach the level required to continue, so
> we're unable to take your application to the video interview stage
> this year.""",
    notes="mentee forwards own rejection; Apple Mail forward"),

oth("ownerhiring-colleague-let-down-gently", "owner-hiring", "personal",
    frm="Priya Shah <priya.shah@example.org>", variant="en-GB",
    subject="Product Designer - decision",
    text="""Hi Sam,

Just confirming from the debrief: we're offering the Product Designer role to Mei, and Jordan is a no (lovely person, but the portfolio was thin on research).

Could you call Jordan yourself rather than leaving it to the system email? He's been through four rounds and I think he deserves to hear it from the hiring manager. Happy to draft some talking points.

Priya
Priya Shah | Design Director | Calder Street Media""",
    notes="colleague at owner's employer; owner is hiring"),

oth("ownerhiring-interviewer-no-hire", "owner-hiring", "personal",
    frm="Dan Whitaker <dan.whitaker@example.org>", variant="en-GB",
    subject="Scorecard - Omar Haddad (Product Designer)",
    text="""Sam,

My notes from this morning's session with Omar:

Overall: no hire. Strong visual craft, but he struggled to explain trade-offs and didn't ask a single question about our users. I wouldn't move him forward to the final.

Shout if you want to talk it through before the debrief.

Dan""",
    notes="owner hiring: interviewer recommends rejecting a candidate"),

oth("ownerhiring-headcount-frozen", "owner-hiring", "personal",
    frm="Jenna Cole <jenna.cole@example.org>", variant="en-GB",
    subject="REQ-4502 Senior Data Analyst - on hold",
    text="""Hi Sam,

Bad news from the budget review, I'm afraid. Finance has put REQ-4502 Senior Data Analyst on hold until Q2, so we need to pause the process with your two finalists.

I'll draft a holding note to them today – could you look it over before it goes out? I'd rather we're honest that the role is on hold than go quiet on them.

Jenna
HR Business Partner, Calder Street Media""",
    notes="owner's own requisition put on hold (owner is hiring)"),

oth("ownerhiring-candidate-reply-to-sam", "owner-hiring", "personal",
    frm="Hattie Moore <hattie.moore@example.org>", variant="en-GB",
    subject="FW: Thank you",
    text="""Sam – forwarding Jordan's reply to the regret email. Nice, isn't it? Worth keeping him on the radar for the junior role.

Hattie

-----Original Message-----
From: Jordan Blake <jordan.blake@mailbox.example>
Sent: 12 November 2026 08:03
To: Calder Recruiting <recruiting@example.org>
Subject: Re: Product Designer at Calder Street Media

Thanks for letting me know. I'm disappointed not to have been selected, but I really enjoyed meeting Sam and the team. Please keep me in mind for future roles.

Jordan""",
    notes="colleague forwards a rejected candidate's reply"),

oth("nonjob-vendor-bid", "non-job-rejection", "personal",
    frm="Colin Barrett <c.barrett@eastleigh-council.example>", variant="en-GB",
    cc="Procurement <procurement@eastleigh-council.example>",
    subject="Tender outcome: Resident App Discovery (ELC/2026/114)",
    text="""Dear Sam,

Thank you for Calder Street Media's submission for the Resident App Discovery contract (ELC/2026/114).

Following evaluation, your bid was ranked second and has not been successful. The contract has been awarded to another supplier who scored higher on price. A debrief letter with your scores will follow within ten working days, and the standstill period ends on 30 November.

Yours sincerely,
Colin Barrett
Category Manager, Eastleigh Council""",
    notes="vendor bid by owner's employer not awarded"),

oth("nonjob-visa-refused", "non-job-rejection", "personal",
    frm="Visa Section <visa.section@embassy-arcadia.example>", variant="en-nonnative",
    subject="Visa application ARC-2026-55817",
    text="""Dear Applicant,

We refer to your application for a short-stay business visa (reference ARC-2026-55817).

We regret to inform you that your application has been refused because the purpose of the journey was not sufficiently justified. The reasons are set out in the attached standard form. You may appeal within 15 days.

Visa Section
Embassy of the Republic of Arcadia""",
    notes="visa refusal"),

oth("nonjob-club-membership", "non-job-rejection", "personal",
    frm="Membership Secretary <membership@thamesrowing.example>", variant="en-GB",
    subject="Your membership application",
    text="""Dear Sam,

Thank you for applying to join Thames Reach Rowing Club as a novice sculler.

Our novice squad is full for the winter season and the committee is not able to offer you a place this time. You have been added to the waiting list for the spring intake and we'll be in touch in February.

Best wishes,
Eleanor Pike
Membership Secretary""",
    notes="club membership"),

oth("nonjob-grant-not-funded", "non-job-rejection", "personal",
    frm="Innovation Grants Team <grants@creativefund.example>", variant="en-IE",
    subject="Creative Digital Fund – Round 7 outcome",
    text="""Dear Sam,

Thank you for applying to Round 7 of the Creative Digital Fund with your project "Open Gallery Guide".

The assessment panel received 212 applications and could fund 19. I'm sorry to let you know that your project was not recommended for funding in this round. Panel comments are attached.

Round 8 opens in March and we would encourage you to apply again.

Kind regards,
Orla Kennedy
Grants Officer""",
    notes="grant not funded"),

oth("nonjob-literary-agent", "non-job-rejection", "personal",
    frm="Felicity Crane <felicity@craneagency.example>", variant="en-GB",
    subject="Re: Query - THE LONG QUIET (novel)",
    parent=True,
    text="""Dear Sam,

Thank you for sending me the opening chapters of THE LONG QUIET. I enjoyed the premise, but I'm afraid I didn't connect with the voice enough to offer representation, and I don't think I'm the right agent for it.

This is a subjective business and another agent may feel very differently. I wish you the very best of luck.

Felicity Crane
Crane Literary Agency""",
    notes="literary agent declines Sam's novel"),

oth("nonjob-marathon-ballot", "non-job-rejection", "personal",
    frm="London Riverside Marathon <entries@riverside-marathon.example>", variant="en-GB",
    subject="Your ballot result",
    text="""Hi Sam,

Thank you for entering the ballot for the 2027 London Riverside Marathon. We had over 400,000 entries for a limited number of places and, sadly, you have not been successful this time.

You can still run for one of our charity partners. Good luck with your training!

The Riverside Marathon Team""",
    notes="race ballot"),

oth("offer-verbal-followup", "offer", "personal",
    frm="Dwight Olsen <dwight.olsen@greenlake.example>", variant="en-US",
    subject="Great speaking today",
    text="""Sam -

Great speaking this afternoon. As I said on the phone, we'd love you to join Greenlake Outdoor as Senior Product Manager, Membership. Carla will send the written offer tomorrow with the numbers we discussed.

Take the weekend to think it over. Any questions, call me.

Dwight Olsen
VP Product, Greenlake Outdoor
(303) 555-0148""",
    notes="offer from a company that rejected Sam for another role"),

oth("offer-startup-equity", "offer", "personal",
    frm="Maya Feld <maya@tinderbox.example>", variant="en-US",
    subject="offer!!",
    text="""Sam!!

ok so after we passed on you for the PM role in the spring, the team kept bringing your name up. we've raised our seed and want to offer you Head of Product. details attached, happy to negotiate on equity.

say yes :)

maya""",
    attach=[("Tinderbox_offer.pdf", "application/pdf", "%PDF-1.4\n% fictional offer letter placeholder\n%%EOF\n")],
    notes="offer that mentions an earlier pass; PDF attachment"),

oth("reschedule-hm-sick", "reschedule", "personal",
    frm="Elena Voss <elena@ridgeline.example>", variant="en-US",
    subject="Need to move Thursday",
    text="""Hi Sam,

So sorry – I've come down with something and need to cancel our Thursday session. Could we do Monday at the same time instead? Nothing else changes; the team is still very keen to meet you.

Elena""",
    notes="cancelled session, moved"),

oth("reschedule-nonnative-shift", "reschedule", "personal",
    frm="Katarzyna Nowak <k.nowak@baltica.example>", variant="en-nonnative",
    subject="Change of interview time",
    text="""Dear Sam,

I am sorry but we must change the time of our meeting on Friday. Our CTO has an urgent trip and is not available. Is it possible for you at 16:00 CET instead of 10:00? If it is not possible, please propose other time next week.

Best regards
Katarzyna Nowak
HR Specialist, Baltica Systems""",
    notes="Polish writer"),

oth("autoreply-recruiter-ooo", "auto-reply", "personal",
    frm="Gemma Price <gemma.price@hollisrecruitment.example>", variant="en-GB", parent=True,
    subject="Automatic reply: Product Manager – Pricing Platform at Foxhollow Insurance – update",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I'm out of the office until Monday 23 November with limited access to email.

For urgent queries about live roles please contact my colleague Adam Shaw on 020 7946 0124.

Gemma Price
Senior Consultant | Hollis Recruitment Ltd""",
    notes="OOO from the recruiter who rejected Sam; subject repeats the rejection's subject"),

oth("autoreply-parental-leave", "auto-reply", "personal",
    frm="Nadia Petrov <nadia@embercore.example>", variant="en-US", parent=True,
    subject="Out of office: Re: Update on the Senior Product Manager, Billing role",
    headers={"Auto-Submitted": "auto-replied"},
    text="""Hi there,

I'm on parental leave until February and won't be checking email. For anything recruiting-related, please contact talent@embercore.example.

Thanks!
Nadia""",
    notes="OOO"),

oth("status-narrowed-to-two", "status-update", "personal",
    frm="Tariq Hassan <tariq.hassan@gullwing.example>", variant="en-GB",
    subject="Quick update",
    text="""Hi Sam,

Just a quick note so you're not left wondering. We've narrowed it down to two candidates for the Product Manager, Loyalty role and you're one of them. The hiring manager is away until Wednesday, so we won't have a final decision before then.

Speak soon,
Tariq""",
    notes="still in the process"),

oth("status-no-decision-yet-canada", "status-update", "personal",
    frm="Priya Nair <priya.nair@maplestone.example>", variant="en-CA", parent=True,
    subject="Re: Product Manager, Underwriting Tools - next steps?",
    text="""Hi Sam,

Thanks for checking in. No decision yet, I'm afraid – we're still interviewing two more people this week. I'll have an answer for you, one way or the other, by the 27th.

Priya""",
    notes="hedging status: 'one way or the other'"),

oth("ack-founder-will-review", "ack-received", "personal",
    frm="Gus Hale <gus@tillerapp.example>", variant="en-AU",
    subject="Re: Product role at Tiller",
    parent=True,
    text="""Hey Sam,

Got your CV, thanks heaps. I'm flat out this week but I'll have a proper look over the weekend. If it's not a fit I'll tell you straight rather than ghosting you – promise.

Gus""",
    notes="hedging personal ack"),

oth("newsletter-pm-community-digest", "newsletter", "personal",
    frm="PM Circle Digest <pm-circle@groups.example>", variant="en-GB",
    headers={"List-Id": "PM Circle <pm-circle.groups.example>", "Precedence": "list"},
    subject="[PM Circle] Digest for pm-circle@groups.example - 3 updates in 2 topics",
    text="""Topic: How do you reply to rejection emails?

From: Rebecca Young
I always send a short thank-you. Got a contract role last year because a hiring manager who'd turned me down remembered my reply.

From: Arjun Patel
Same. Keep it to three lines, don't ask them to reconsider.

Topic: Case study take-homes – how long is too long?

From: Owen Price
Anything over four hours and I politely decline to do it.

You received this digest because you're subscribed to PM Circle.""",
    notes="mailing-list digest discussing rejections"),
]

MESSAGES = ATS + PERSONAL
