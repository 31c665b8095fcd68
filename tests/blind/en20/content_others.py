"""The 44 hard negatives of the en20 set (22 ATS-style, 22 personal)."""
from content_common import ATS_HEADERS as H, OWNER, msg

O = "other"
ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//en20 blind set//EN
BEGIN:VEVENT
UID:en20-{uid}@example
DTSTART:20261208T100000Z
DTEND:20261208T110000Z
SUMMARY:{summary}
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
# ---------------------------------------------------------------- ATS-style (22)
msg("trac-shortlisted-interview", O, "interview-invite", "ats", "en-GB",
    "Trac Jobs <noreply@trac-mail.example>",
    "Invitation to interview - Patient Insight Manager (Ref 355-CORP-7781)",
    """Dear Sam Taylor

Job title: Patient Insight Manager (Band 8a)
Organisation: Northfleet and Medway Hospitals NHS Trust

Congratulations, you have been shortlisted for interview for the above post.

{table}

Please log in to your account to confirm your attendance by 12:00 on Friday. Unfortunately we are unable to offer alternative dates; if you cannot attend, please withdraw your application in the portal so that we can offer the slot to another candidate.

Please bring photographic ID and proof of right to work.

Kind regards
Recruitment Team""",
    notes="healthcare; Trac; shortlisted; 'unfortunately unable to offer alternative dates'", vendor="trac",
    brand="Northfleet and Medway Hospitals NHS Trust", headers=H, autoplain=True,
    table=[("Date", "Tuesday 8 December 2026"), ("Time", "10:00"), ("Venue", "Education Centre, Room 3"), ("Format", "10-minute presentation and panel interview")]),

msg("civil-service-sift-passed", O, "sift-passed", "ats", "en-GB",
    "Civil Service Jobs <noreply@csjobs.gov-mail.example>",
    "Your application for Insight Lead (Ref: 309977) - sift result",
    """Dear Sam Taylor,

Vacancy: Insight Lead (Grade 7)
Department: Office for Coastal Communities
Reference: 309977

Thank you for applying for the above vacancy.

We are pleased to tell you that your application has been successful at the sift stage and you are invited to interview. Unfortunately, not all candidates who met the minimum standard could be invited; invitations were made in merit order.

Your sift scores are shown below.

{table}

Please book an interview slot using the link on your Civil Service Jobs account by 5pm on 2 December. If you do not book a slot we will assume you no longer wish to be considered.

Kind regards,
Office for Coastal Communities Recruitment""",
    notes="public-sector; sift passed; 'unfortunately' about other candidates; same template as the sift rejection", vendor="civilservice",
    brand="Office for Coastal Communities", headers=H,
    table=[("Delivering at Pace", "5"), ("Making Effective Decisions", "6"), ("Experience", "5"), ("Total", "16")]),

msg("civil-service-reserve-list", O, "reserve-list", "ats", "en-GB",
    "Civil Service Jobs <noreply@csjobs.gov-mail.example>",
    "Outcome: Research Officer (Ref: 305120) - reserve list",
    """Dear Sam Taylor,

Vacancy: Research Officer (SEO)
Department: Ministry for Housing Delivery
Reference: 305120

Thank you for attending interview for the above post.

We are pleased to tell you that you met the required standard at interview. There are not enough posts available at the moment to make an offer to everyone who met the standard, so you have been placed on a reserve list, in merit order, for 12 months.

If a suitable post becomes available we will contact you with a provisional offer. You do not need to take any action now.

Kind regards,
Ministry for Housing Delivery Resourcing""",
    notes="public-sector; merit/reserve list; 'not enough posts' (other: not turned down)", vendor="civilservice",
    brand="Ministry for Housing Delivery", headers=H),

msg("usajobs-referred-hedged", O, "status-update", "ats", "en-US",
    "USAStaffing Notifications <noreply@notify.usastaffing-mail.example>",
    "Application status update - Supervisory Public Affairs Specialist, 26-FWL-0412",
    """Dear Sam Taylor,

The status of your application for the following position has been updated:

{table}

Your application has been referred to the hiring official for further consideration. Being referred does not guarantee an interview or selection. If you are not selected, you will receive a notification when the selection has been made.

You may check the status of your application at any time by signing in to your account.""",
    notes="public-sector; referred; hedged 'if you are not selected'", vendor="usajobs",
    brand="Federal Wildlands Service", headers=H, html_only=True,
    table=[("Position", "Supervisory Public Affairs Specialist"), ("Announcement", "26-FWL-0412"), ("Status", "Referred")]),

msg("council-conditional-offer-checks", O, "offer", "ats", "en-GB",
    "Marlow Vale District Council <recruitment-noreply@marlowvale.gov-mail.example>",
    "Conditional offer of employment - Engagement & Insight Officer",
    """Dear Sam

Conditional offer of employment: Engagement & Insight Officer (Grade 8)

I am delighted to confirm the verbal offer made to you by Lauren Hughes for the post of Engagement & Insight Officer.

This offer is conditional upon the following pre-employment checks:
- two satisfactory references, one of which must be your current employer
- a basic DBS check
- evidence of your right to work in the UK

If any of these checks are unsatisfactory, the council reserves the right to withdraw this offer. Please do not hand in your notice until you have received unconditional confirmation from us.

Please complete the pre-employment form on the portal within 5 working days.

Yours sincerely

HR Shared Service""",
    notes="council; conditional offer with withdrawal clause; pre-employment checks", vendor="council",
    brand="Marlow Vale District Council", headers=H),

msg("bigfour-assessment-centre-invite", O, "assessment-invite", "ats", "en-GB",
    "Harland Mercer Careers <no-reply@harlandmercer.tal-mail.example>",
    "Harland Mercer - invitation to assessment centre",
    """Dear Sam,

Consumer Insight Manager, Deals Advisory (London)

Thank you for completing the video interview. We are delighted to invite you to the next stage of our process: a virtual assessment centre.

The assessment centre lasts around four hours and includes a case study, a group exercise and a partner interview. Please select a date from the options in your candidate portal.

We are unfortunately unable to offer alternative dates outside those listed. If you require any reasonable adjustments, please let us know via the portal.

Good luck!

Experienced Hire Recruitment
Harland Mercer LLP""",
    notes="Big Four; assessment centre invitation; same brand as a rejection", vendor="tal",
    brand="Harland Mercer LLP", headers=H, button="Choose your date"),

msg("nigeria-bank-ack-only-shortlisted", O, "ack-received", "ats", "en-NG",
    "Zenora Bank Careers <careers-noreply@zenorabank-ng.example>",
    "Application received: Brand Insights Manager (Ref ZB/MKT/118)",
    """Dear Sam,

Thank you for applying for the position of Brand Insights Manager (Ref ZB/MKT/118).

Your application has been received and will be reviewed by our Human Capital team. Please note that due to the large volume of applications, only shortlisted candidates will be contacted. If you do not hear from us within three weeks of the closing date, kindly consider your application unsuccessful.

Zenora Bank does not charge any fee at any stage of its recruitment process. Please report any such request to fraud@zenorabank-ng.example.

Regards,
Human Capital Management
Zenora Bank Plc""",
    notes="bank; acknowledgement with 'consider your application unsuccessful' hedge", vendor="bank",
    brand="Zenora Bank Plc", headers=H),

msg("indeed-job-alert-retail", O, "job-alert", "ats", "en-CA",
    "Indeed <alert@indeed-mail.example>",
    "12 new Marketing Coordinator jobs in Calgary, AB",
    """Sam, here are new jobs matching your search: marketing coordinator, Calgary, AB

- [[Marketing Coordinator - Bow Valley Outdoors - Canmore, AB - $58,000 a year]]
- [[Store Marketing Coordinator - Northpine Outfitters - Calgary, AB - Responsive employer]]
- [[Insights Coordinator - Prairie Co-op - Calgary, AB - Urgently hiring]]
- [[Brand Coordinator - Elbow River Foods - Calgary, AB - This job is no longer accepting applications]]

Not interested in these? [[Edit this alert]]""",
    notes="job alert; lists a company that rejected Sam; 'no longer accepting applications' about a listed job", vendor="indeed",
    brand="Indeed", headers=H, autoplain=True),

msg("paradox-interview-scheduling", O, "interview-invite", "ats", "en-US",
    "Olivia at Harvest Table Markets <olivia@harvesttable.paradox-mail.example>",
    "Let's schedule your interview!",
    """Hi Sam! It's Olivia from Harvest Table Markets.

Great news - the hiring manager at the Boise Downtown store would like to meet you for the Store Marketing & Events Lead role.

Pick a time that works for you below. If none of these work, just reply and I'll find other options. Sorry, we aren't able to do interviews on weekends.

- [[Tue Dec 8, 10:00 AM]]
- [[Tue Dec 8, 2:30 PM]]
- [[Wed Dec 9, 11:00 AM]]

Olivia
Harvest Table Markets Recruiting""",
    notes="retail; chatbot; interview scheduling; 'sorry, we aren't able'", vendor="paradox",
    brand="Harvest Table Markets", headers=H),

msg("freelance-payout-declined", O, "non-job-rejection", "ats", "en-US",
    "Freelance Marketplace <notifications@freelance-platform.example>",
    "Your withdrawal request was declined",
    """Hi Sam,

We were unable to process your withdrawal of $1,850.00 to the bank account ending 4471.

Status: Declined
Reason: The account holder name does not match the name on your profile.

Please update your payment method and try again. Your balance has not been affected.

[[Update payment method]]""",
    notes="freelance platform; payout declined (non-job); same sender as a proposal rejection", vendor="upwork",
    brand="Freelance Marketplace", headers=H),

msg("greenhouse-transferred-requisition", O, "requisition-transfer", "ats", "en-AU",
    "Kookaburra Health Insurance <no-reply@us.greenhouse-mail.io>",
    "Update on your application with Kookaburra Health Insurance",
    """Hi Sam,

Thanks for applying for the Customer Insights Manager role at Kookaburra Health Insurance.

We've decided not to progress the Customer Insights Manager requisition in its current form, and we have closed it. However, the hiring team felt your experience is a strong match for a newly created role, Senior Customer Insights Manager, so we have moved your application across to that opening.

There's nothing you need to do. Jess from our talent team will be in touch this week to set up a first conversation.

Cheers,
Kookaburra Health Insurance Talent Team""",
    notes="Greenhouse; requisition closed but application transferred (other)", vendor="greenhouse",
    brand="Kookaburra Health Insurance", headers=H),

msg("workday-candidate-survey", O, "candidate-survey", "ats", "en-US",
    "Bayfield Health Careers <bayfieldhealth@myworkday-mail.example>",
    "How was your candidate experience with Bayfield Health?",
    """Dear Sam,

You recently applied for a position with Bayfield Health. Whether or not you were successful, we want to hear about your experience.

The survey takes three minutes and is anonymous. Your answers will not affect any current or future applications.

Thank you for helping us improve how we hire.

Bayfield Health Talent Acquisition""",
    notes="healthcare; candidate survey from a sender that rejected Sam; 'whether or not you were successful'", vendor="workday",
    brand="Bayfield Health", headers=H, button="Take the survey"),

msg("university-ack-assume-unsuccessful", O, "ack-received", "ats", "en-GB",
    "University of Fenmoor <donotreply@jobs.fenmoor.example>",
    "Application received - Student Insight Analyst (REF 4471)",
    """Dear Sam

Thank you for your application for the post of Student Insight Analyst (REF 4471), which we have received.

The closing date for this vacancy is 4 December 2026. Shortlisting will take place shortly after, and candidates selected for interview will be contacted by email.

If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has been unsuccessful.

We would be grateful if you could complete our [[equal opportunities monitoring form]].

People Directorate
University of Fenmoor""",
    notes="higher-education; classic UK acknowledgement with 'assume ... unsuccessful'", vendor="jobsacuk",
    brand="University of Fenmoor", headers=H, autoplain=True),

msg("linkedin-role-reposted-still-active", O, "status-update", "ats", "en-IE",
    "LinkedIn <jobs-noreply@linkedin-mail.example>",
    "Liffey Polling reposted a job you applied to",
    """Sam, a job you applied to was reposted

Senior Research Executive
Liffey Polling · Dublin (On-site)

Liffey Polling reposted this job to reach more applicants. Your application is still active and has been viewed by the hiring team.

[[View application]]

Jobs similar to Senior Research Executive:

- [[Research Manager - Harbourlight Insurance - Dublin - No longer accepting applications]]
- [[Insights Analyst - Ardmore Retail Group - Cork]]""",
    notes="LinkedIn; role re-advertised while application active; mentions a rejecting company", vendor="linkedin",
    brand="LinkedIn", headers=H, autoplain=True),

msg("owner-greenhouse-candidate-rejected", O, "owner-hiring", "ats", "en-GB",
    "Greenhouse <no-reply@us.greenhouse-mail.io>",
    "Jordan Ellis was rejected from Audience Researcher",
    """Hi Sam,

Jordan Ellis was rejected from Audience Researcher (Calder Street Media) by Sam Taylor.

Rejection reason: Lacking skills/qualifications
Rejection email: scheduled to send in 24 hours ("Post-interview regret - standard")

[[View candidate profile]] | [[Undo rejection]]

You're receiving this because you are the hiring manager for Audience Researcher.""",
    notes="owner is hiring; Greenhouse notification about Sam's own candidate", vendor="greenhouse",
    brand="Calder Street Media", headers=H),

msg("owner-bamboohr-requisition-on-hold", O, "owner-hiring", "ats", "en-GB",
    "Calder Street Media HR <notifications@calderstreet.bamboohr-mail.example>",
    "Job opening on hold: Insights Analyst (Calder Street Media)",
    """Hi Sam,

The job opening Insights Analyst, for which you are the hiring lead, has been put on hold by Dana Kerr (Finance).

Status: On hold
Applicants: 41 (3 in interview stage)

Applicants will not be notified automatically. If you want to let candidates know the role is paused, please use the "Email candidates" option on the job opening.

Calder Street Media People Team""",
    notes="owner is hiring; Sam's own requisition put on hold", vendor="bamboohr",
    brand="Calder Street Media", headers=H),

msg("ghana-bank-card-declined", O, "non-job-rejection", "ats", "en-GH",
    "Adinkra Bank Alerts <alerts@adinkrabank-gh.example>",
    "Transaction declined on your Visa card ending 2290",
    """Dear Sam Taylor,

A transaction on your Adinkra Bank Visa debit card ending 2290 was declined.

{table}

If you did not attempt this transaction, please call our 24-hour contact centre on 0302 555 000 immediately.

Thank you for banking with us.""",
    notes="non-job refusal: declined card transaction", vendor="bank",
    brand="Adinkra Bank", headers=H,
    table=[("Merchant", "KOTOKA DUTY FREE ACCRA"), ("Amount", "GHS 1,240.00"), ("Reason", "Insufficient funds"), ("Date", "04/12/2026 18:22")]),

msg("conference-talk-not-accepted", O, "non-job-rejection", "ats", "en-GB",
    "Insight Futures 2027 Programme Committee <speakers@insightfutures-mail.example>",
    "Insight Futures 2027: decision on your session proposal",
    """Dear Sam,

Thank you for submitting "Measuring what audiences actually remember" to Insight Futures 2027.

We received 412 proposals for 48 slots this year. We're sorry to let you know that your session was not selected for the programme. This was an extremely competitive year and many strong proposals could not be accepted.

As a thank-you, we'd like to offer you 20% off a delegate pass with the code SPEAKER20.

The Programme Committee""",
    notes="non-job: conference talk not selected", vendor="mailchimp",
    brand="Insight Futures 2027", headers=H),

msg("teamtailor-talent-pool-consent", O, "talent-pool", "ats", "en-GB",
    "Greenway Housing <notifications@greenwayhousing.teamtailor-mail.example>",
    "Would you like to join the Greenway Housing talent community?",
    """Hi Sam,

You've previously been in touch with Greenway Housing about roles with us. Under data protection law we can only keep your details with your consent.

Would you like to stay in our talent community? We'll let you know about relevant roles and events, and you can leave at any time. If we don't hear from you within 30 days, we'll delete your data.

Greenway Housing People Team""",
    notes="housing association; talent-pool consent; no verdict", vendor="teamtailor",
    brand="Greenway Housing", headers=H, button="Yes, keep my details"),

msg("smartrecruiters-online-assessment", O, "assessment-invite", "ats", "en-IN",
    "Indus Ledger Bank <no-reply@smartrecruiters-mail.example>",
    "Next step: complete your online assessment - Manager, Customer Analytics",
    """Dear Sam,

Thank you for your interest in the Manager, Customer Analytics role at Indus Ledger Bank, Pune.

We are pleased to inform you that your profile has been shortlisted for the next step. Please complete the online numerical and situational judgement assessment within 72 hours.

Please note that candidates who do not complete the assessment within the deadline will not be progressed further.

Regards,
Talent Acquisition Team
Indus Ledger Bank""",
    notes="bank; assessment invitation with a 'will not be progressed' condition", vendor="smartrecruiters",
    brand="Indus Ledger Bank", headers=H, button="Start assessment"),

msg("icims-hospital-background-check", O, "pre-employment", "ats", "en-US",
    "Saint Brendan Medical Center <noreply@talent.icims-mail.example>",
    "Action required: background screening for your offer",
    """Dear Sam,

Congratulations again on your offer for Marketing Analytics Manager at Saint Brendan Medical Center.

As outlined in your offer letter, your offer is contingent upon the successful completion of a background check, drug screen and verification of employment history. You will receive an email from our screening partner within 24 hours.

Please complete the authorization within three business days. Failure to complete screening may result in the offer being rescinded.

Welcome aboard,
Saint Brendan Talent Acquisition""",
    notes="healthcare; contingent offer; 'may result in the offer being rescinded'", vendor="icims",
    brand="Saint Brendan Medical Center", headers=H),

msg("rental-application-unsuccessful", O, "non-job-rejection", "ats", "en-AU",
    "Harbourline Property <noreply@rentapply-mail.example>",
    "Your application for 12/44 Hay Street, Subiaco was unsuccessful",
    """Hi Sam,

Thank you for applying for 12/44 Hay Street, Subiaco WA 6008.

Unfortunately, your application was unsuccessful on this occasion. The property manager has approved another applicant.

Your rental profile is saved and you can use it to apply for other properties in one click.

[[Browse similar properties]]

Harbourline Property Management""",
    notes="non-job: rental application, ATS-like wording", vendor="generic",
    brand="Harbourline Property", headers=H),

# ---------------------------------------------------------------- personal (22)
msg("nhs-agency-filled-two-new", O, "recruiter-outreach", "personal", "en-GB",
    "Leanne Fox <leanne.fox@meridianhealthrecruit.example>",
    "Two interim comms roles - NHS",
    """Hi Sam,

Hope you're well. You might have seen the interim Head of Comms role at St Aldric's I posted last month - that one's now been filled, but I've got two new ones that I think fit your background even better:

- Interim Engagement & Insight Lead, integrated care board, 6 months, £550/day inside IR35
- Patient Experience Research Manager, acute trust, 9 months, hybrid

Would you be open to a quick chat this week?

Thanks,
Leanne

Leanne Fox | Senior Consultant, Healthcare Communications
Meridian Health Recruitment | 0161 555 0177""",
    notes="agency outreach; 'now been filled' about a role Sam never applied for"),

msg("answer-gone-with-another-invite", O, "answer-to-owner-question", "personal", "en-CA",
    "Farah Siddiqui <farah.siddiqui@maplecrestcu.example>",
    "Re: Research Manager - have you gone with another candidate?",
    """Hi Sam,

Not at all - apologies for the silence! Our CEO was travelling and we couldn't get the panel together. We'd love to invite you to the final interview for the Research Manager role. Would Thursday at 2 pm ET work?

Farah

Farah Siddiqui
People & Culture Lead, Maplecrest Credit Union

On Mon, Nov 30, 2026 at 9:15 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Farah,
> It's been a few weeks since my second interview for the Research Manager
> role, so I wondered whether you had gone with another candidate? Either
> way I'd be grateful to know.
> Thanks, Sam""",
    notes="answer to Sam's 'gone with another candidate?': final-interview invite", parent=True,
    parent_domain="example.org", day="2026-12-01", client_html=True),

msg("reply-to-owner-followup-keep-in-touch", O, "reply-to-owner-followup", "personal", "en-NZ",
    "Hemi Walker <hemi.walker@tuiridge.example>",
    "Re: Your application for Insights Lead at Tui Ridge Energy",
    """Kia ora Sam,

No need to apologise for following up at all - I appreciated the note. We'd love to keep in touch, and I've flagged you to our data team for the analytics roles we're opening in February.

Ka kite,
Hemi

Hemi Walker | Talent Partner, Tui Ridge Energy

On Tue, 24 Nov 2026 at 08:02, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Hemi, thanks for letting me know about the Insights Lead role. Sorry
> to chase, but would you be able to share any feedback? I'd love to be
> considered for future roles.
>
> On Mon, 23 Nov 2026, Tui Ridge Energy <no-reply@us.greenhouse-mail.io> wrote:
>> We've decided to move forward with other applicants whose experience
>> more closely matches what we need right now.""",
    notes="reply to Sam's follow-up; rejection only in the two-level quote", parent=True, parent_depth=2,
    parent_domain="example.org", day="2026-11-25"),

msg("owner-sent-rejection-to-candidate", O, "owner-sent", "personal", "en-GB",
    OWNER, "Audience Researcher - Calder Street Media",
    """Dear Alex,

Thank you for interviewing for the Audience Researcher role at Calder Street Media, and for the work you put into the diary-study exercise.

I'm sorry to let you know that we've decided not to move forward with your application. We had a very strong shortlist and chose a candidate with more experience of qualitative fieldwork.

I'd be happy to share feedback if that would be useful.

Best wishes,
Sam

Sam Taylor
Head of Insights, Calder Street Media""",
    notes="owner's own sent rejection to a candidate", to="Alex Morgan <alex.morgan@mail.example>"),

msg("colleague-shortlist-regrets", O, "owner-hiring", "personal", "en-GB",
    "Nadia Chowdhury <nadia.chowdhury@example.org>",
    "Re: Insights Analyst shortlist",
    """Sam,

Agree on all of it. Let's reject Priti and Tom after the first round - neither got anywhere near the SQL bar. Can you send the regrets before Friday? I'll take Kemi and Luis to the case study.

Also, Finance want to know whether we're still hiring two or just one.

N

> On 1 Dec 2026, at 16:40, Sam Taylor <sam.taylor@example.org> wrote:
> My view: Kemi and Luis through, Priti and Tom no. Thoughts?""",
    notes="owner is hiring; colleague at example.org", parent=True, parent_domain="example.org", day="2026-12-02"),

msg("reference-request-former-report", O, "reference-request", "personal", "en-GB",
    "Olusegun Bello <o.bello@stonebridge.example>",
    "Reference request - Maya Chen",
    """Dear Sam,

Maya Chen has applied for the post of Research Fellow (Audience Studies) at Stonebridge University and has given your name as a referee.

I would be grateful if you could provide a reference by 10 December, commenting on her suitability for the post, her research skills and her reliability. The reference will be seen only by the selection panel and will be used to decide whether her application is successful.

Many thanks,

Olusegun Bello
HR Administrator, People Services
Stonebridge University""",
    notes="reference request; same university as a rejection; 'whether ... successful'"),

msg("journal-manuscript-reject", O, "non-job-rejection", "personal", "en-US",
    "Prof. Lindsay Carver <editor@jaudienceresearch.example>",
    "JAR-2026-0418 decision on your manuscript",
    """Dear Sam Taylor,

Thank you for submitting your manuscript "Recall decay in podcast advertising: a panel study" to the Journal of Audience Research.

I have now received two reviews. I am sorry to tell you that we are unable to accept your manuscript for publication. Both reviewers felt the sample was too small to support the generalisations in the discussion section. Their comments are below, and I hope you find them useful in revising the paper for another outlet.

Sincerely,
Lindsay Carver
Editor-in-Chief, Journal of Audience Research""",
    notes="non-job: paper rejected"),

msg("arts-council-grant-unsuccessful", O, "non-job-rejection", "personal", "en-IE",
    "Orla Byrne <orla.byrne@communityarts-fund.example>",
    "Community Media Bursary 2027 - outcome",
    """Dear Sam,

Thank you for applying to the Community Media Bursary 2027 for the "Voices of the Liberties" oral history podcast.

I'm afraid your application was unsuccessful this round. We received 96 applications for 11 bursaries, and the panel prioritised projects with a confirmed broadcast partner.

You're welcome to apply again in the spring round, and I'm happy to talk through the panel's comments.

Kind regards,
Orla Byrne
Programme Officer, Community Arts Fund""",
    notes="non-job: grant/bursary refused"),

msg("declined-meeting-reschedule", O, "non-job-rejection", "personal", "en-US",
    "Ben Okoro <ben.okoro@example.org>",
    "Declined: Q4 insights review",
    """Sorry Sam, I have to decline Thursday's review - I'm on the Denver shoot all day. Could we move it to Monday morning? Happy to send my slides beforehand.

Ben""",
    notes="owner's colleague declines a meeting"),

msg("landlord-flat-gone-other-applicant", O, "non-job-rejection", "personal", "en-GB",
    "Rachel Dunn <rachel.dunn@mail.example>",
    "Flat 3, 17 Carlisle Road",
    """Hi Sam,

Thanks for coming to see the flat on Saturday. I'm sorry to say we've decided to go with another applicant who can move in from 1 January. I hope you find somewhere soon.

Best wishes,
Rachel""",
    notes="non-job: rental refusal in job-rejection wording"),

msg("friend-forwards-own-rejection", O, "forwarded", "personal", "en-GB",
    "Jess Marlow <jess.marlow@mail.example>",
    "Fwd: Outcome of your application",
    """Ugh. Look what landed this morning. Pub later?

J x

---------- Forwarded message ---------
From: Recruitment <no-reply@jobs.nhs-mail.example>
Date: Thu, 3 Dec 2026 at 08:14
Subject: Outcome of your application
To: Jess Marlow <jess.marlow@mail.example>

Dear Jess Marlow,

Thank you for your application for the post of Health Improvement Practitioner. Following shortlisting, we regret to inform you that on this occasion you have not been shortlisted for interview.

Recruitment Services""",
    notes="friend's own NHS rejection forwarded to Sam", day="2026-12-03"),

msg("hiring-manager-still-deciding", O, "status-update", "personal", "en-AU",
    "Liam O'Sullivan <liam.osullivan@coastalbank.example>",
    "Customer Insights Manager - where things are at",
    """Hi Sam,

Just a quick note so you're not left wondering. We've had to put the Customer Insights Manager decision on hold for a couple of weeks while our new GM settles in, but we are still deciding and you're very much in the running - you and one other candidate are our final two.

I'll come back to you by the 18th at the latest.

Cheers,
Liam

Liam O'Sullivan
Head of Customer Strategy, Coastal Bank
0400 555 271""",
    notes="decision paused but Sam still in the running (other)"),

msg("nonprofit-offer-subject-to-garda-vetting", O, "offer", "personal", "en-IE",
    "Aoife Lynch <aoife.lynch@anchorhouse.example>",
    "Offer - Research & Impact Manager",
    """Dear Sam,

Following your interview on Monday, I am delighted to offer you the position of Research & Impact Manager at Anchor House, subject to satisfactory references and Garda vetting.

The salary is €58,000 per annum with a six-month probation period. A formal contract will follow once the checks are complete; I'd ask that you don't resign from your current role until then.

We're all really looking forward to working with you.

Warm regards,
Aoife

Aoife Lynch
CEO, Anchor House""",
    notes="non-profit; offer subject to references and vetting"),

msg("school-principal-interview-invite", O, "interview-invite", "personal", "en-CA",
    "Mark Desrosiers <mdesrosiers@ridgeviewacademy.example>",
    "Interview - Director of Admissions & Marketing",
    """Dear Sam,

Thank you for your application for the Director of Admissions & Marketing position at Ridgeview Academy. The committee would like to invite you to interview on campus.

Unfortunately the full panel is only available on Thursday, December 10, so I'm afraid we can't offer other dates. The interview will run 90 minutes and include a short presentation on your first 100 days.

Please confirm by reply.

Sincerely,
Mark Desrosiers
Head of School, Ridgeview Academy
403-555-0199""",
    notes="schools; interview invite with 'unfortunately'", attach=[("interview.ics", "text/calendar", ICS.format(uid="ridgeview", summary="Interview - Ridgeview Academy"))]),

msg("lagos-agency-submitted-will-revert", O, "status-update", "personal", "en-NG",
    "Chiamaka Eze <chiamaka@harmattan-search.example>",
    "CV submitted - Head of Insights, Okuta Breweries",
    """Dear Sam,

Trust this meets you well.

This is to confirm that your CV has been submitted to Okuta Breweries for the Head of Insights role. The client will review shortlists next week. I will revert as soon as I get feedback - and if it is a no, I will let you know that too, so you are not left hanging.

Kind regards,
Chiamaka Eze
Consultant, Harmattan Search
+234 809 555 0144""",
    notes="agency; submission confirmation with hedge; same agency as a rejection"),

msg("agency-timesheet-rejected", O, "non-job-rejection", "personal", "en-US",
    "Payroll Team - Brightpath Staffing <payroll@brightpathstaffing.example>",
    "Timesheet rejected - week ending 11/29",
    """Hi Sam,

Your timesheet for the week ending 11/29 (Copperline Coffee Roasters - research consultant) was rejected by the approver. Reason: hours on Thursday exceed the approved PO.

Please correct and resubmit by Tuesday noon so we can include it in this week's payroll.

Thanks,
Brianna
Brightpath Staffing Payroll""",
    notes="staffing agency; timesheet rejected (not a job application)"),

msg("india-university-moved-to-senior-role", O, "requisition-transfer", "personal", "en-IN",
    "Deepa Menon <deepa.menon@vistara-univ.example>",
    "Your application - Manager, Admissions Marketing",
    """Dear Sam,

Thank you for your interest in Vistara University.

The Manager, Admissions Marketing position has since been filled. However, the selection committee reviewed your profile and felt you would be well suited to the Senior Manager, Brand & Admissions Insights role which has just been approved. With your permission we would like to consider your application for that position instead, and the first interview can be scheduled next week.

Kindly confirm if you are agreeable.

Regards,
Deepa Menon
Deputy Registrar - HR
Vistara University, Hyderabad""",
    notes="university; first role filled but application moved to a senior role (other)"),

msg("short-reply-still-with-panel", O, "status-update", "personal", "en-GB",
    "Joanna Reid <joanna.reid@kingsfordschools.example>",
    "Re: Trust Communications Lead",
    """Still with the panel, should have news Friday. Sorry for the wait!
J

Sent from Outlook for iOS

________________________________
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, November 30, 2026 8:55:12 AM
To: Joanna Reid <joanna.reid@kingsfordschools.example>
Subject: Trust Communications Lead

Hi Joanna, just wondering if there's any news on the Trust Communications Lead role? Thanks, Sam""",
    notes="schools; very short reply to Sam's chaser", parent=True, parent_domain="example.org", day="2026-11-30"),

msg("lawfirm-withdrawal-confirmed", O, "withdrawal-confirmation", "personal", "en-GB",
    "Priya Shah <priya.shah@hartwellgray.example>",
    "RE: Withdrawing my application - Marketing Manager (Private Client)",
    """Dear Sam,

Thank you for letting us know, and congratulations on your new role. I have closed your application for the Marketing Manager (Private Client) position as requested.

We're sorry to see you go and hope our paths cross again.

Kind regards,
Priya

Priya Shah
Senior Recruitment Adviser, Hartwell Gray LLP

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Subject: Withdrawing my application - Marketing Manager (Private Client)

Dear Priya, I've accepted another offer and would like to withdraw my application. Thank you for your time. Sam""",
    notes="law firm; Sam withdrew; 'closed your application'", parent=True, parent_domain="example.org"),

msg("ghana-summit-talk-no-slot", O, "non-job-rejection", "personal", "en-GH",
    "Abena Owusu <abena@accramarketingsummit.example>",
    "Your talk for Accra Marketing Summit",
    """Hello Sam,

Thank you for sending through the abstract for "Research on a shoestring". The programme team really liked it but unfortunately we could not fit it into the programme this year - we are already over-subscribed on the research track.

We would love to have you on a panel instead if that interests you. Let me know.

Best,
Abena""",
    notes="non-job: conference talk not accepted, panel offered"),

msg("mentor-chat-about-rejections", O, "personal", "personal", "en-US",
    "Carol Jennings <carol.jennings@mail.example>",
    "checking in",
    """Hey Sam,

How's the search going? You mentioned Bayfield had closed the req and Lakeshore went with the internal-ish candidate - rejections are brutal but they're part of it, and honestly those two weren't the best fit for you anyway.

Did you hear back from Maplecrest? Fingers crossed. Coffee next week?

Carol""",
    notes="mentor; recaps earlier rejections, no verdict of its own"),

msg("owner-hr-study-leave-declined", O, "non-job-rejection", "personal", "en-GB",
    "Tom Ashworth <tom.ashworth@example.org>",
    "Your study leave request",
    """Hi Sam,

I've looked at your request for five days' study leave for the MRS Advanced Certificate. I'm sorry, but I can't approve it this quarter: we're two people down in the team until January and the Q1 tracker launch needs you.

Happy to look at it again for March - and the company will still cover the course fee.

Tom
Director of Strategy, Calder Street Media""",
    notes="owner's own employer declines study leave (non-job refusal)"),
]
