"""ATS-style hard negatives (45): acknowledgements, invitations, alerts, transfers, non-job rejections, Sam hiring."""
from content_common import O, GDPR, EEO_US, EEO_UK, NOREPLY

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//en3 blind set//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTART:20261118T140000Z
DTEND:20261118T150000Z
SUMMARY:{summary}
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
O("halvard-greenhouse-ack", "ack-received", "en-US",
  "Halvard Analytics Recruiting <no-reply@us.greenhouse-mail.io>",
  "Thank you for applying to Halvard Analytics",
  """Hi Sam,

Thanks for applying to the Research Manager, Growth role at Halvard Analytics. Your application has been received and our team will review it shortly.

If your experience looks like a good match, a member of our recruiting team will reach out to discuss next steps. If we don't move forward, we'll let you know by email either way.

Best,
The Halvard Analytics Talent Team""",
  vendor="greenhouse", brand="Halvard Analytics", legal=[EEO_US],
  notes="hedged ack: 'if we don't move forward'; same brand as a rejection"),

O("gorse-workday-ack-volume", "ack-received", "en-GB",
  "Gorse & Heather Careers <gorseheather@myworkday.com>",
  "Application received: Insight Manager (R-3310)",
  """Dear Sam,

Thank you for your application for Insight Manager (R-3310). We confirm that we have received it.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.

You can track the status of your application in Candidate Home.

Kind regards,
Gorse & Heather Talent Acquisition""",
  vendor="workday", brand="Gorse & Heather", button="Candidate Home", legal=[EEO_UK],
  notes="ack with conditional 'assume not successful' clause"),

O("lumen-lever-ack-short", "ack-received", "en-US",
  "Lumenworks <no-reply@hire.lever.co>",
  "We got your application!",
  """Hi Sam,

Thanks for applying to Lumenworks for the Senior Insights Analyst role! We've got your application and we're excited to review it.

Our team reads every application. You'll hear from us whether or not we decide to move forward — we never ghost candidates.

Cheers,
Lumenworks Recruiting""",
  vendor="lever", brand="Lumenworks",
  notes="ack: 'whether or not we decide to move forward'"),

O("danube-personio-ack", "ack-received", "en-nonnative-de",
  "Danube Robotics <noreply@jobs.personio.de>",
  "Confirmation of receipt of your application",
  """Dear Sam Taylor,

thank you for your application as Market Insights Lead (m/f/d). We have received your documents and will check them carefully.

Please be patient, this can take up to three weeks. We will inform you in any case, positive or negative, about the result.

Best regards
Your Danube Robotics Team""",
  vendor="personio", brand="Danube Robotics", legal=[GDPR],
  notes="German writer; 'positive or negative'"),

O("sunbird-smartrecruiters-ack-pool", "ack-received", "en-IN",
  "Sunbird Airways <noreply@smartrecruiters.com>",
  "Application Acknowledgement - Customer Insights Manager",
  """Dear Sam,

Thank you for applying to Sunbird Airways for the position of Customer Insights Manager.

We have received your application and it is currently under review. Only shortlisted candidates will be contacted by our recruitment team. Candidates who are not shortlisted will not receive further communication.

Regards,
Sunbird Airways Talent Acquisition""",
  vendor="smartrecruiters", brand="Sunbird Airways", legal=[NOREPLY],
  notes="only shortlisted contacted"),

O("ferryman-icims-ack-htmlonly", "ack-received", "en-US",
  "Ferryman Bank Careers <noreply@talent.icims.com>",
  "Ferryman Bank: We've received your application",
  """Dear Sam,

Thank you for applying for the position of Vice President, Customer Research (Req 12094). We have received your application.

What happens next? Our recruiters review each application carefully. If your skills and experience match our requirements, we will contact you to schedule an initial conversation. We regret that we are unable to respond personally to all applicants.

Thank you for considering a career with Ferryman Bank.

Ferryman Bank Talent Acquisition""",
  vendor="icims", brand="Ferryman Bank", html_only=True, legal=[EEO_US, NOREPLY],
  notes="HTML-only; 'unable to respond personally'"),

O("waratah-successfactors-ack", "ack-received", "en-AU",
  "Waratah Water Recruitment <no-reply@successfactors.eu>",
  "Waratah Water - Application Received - Insights Lead",
  """Dear Sam,

Thank you for your application for the position of Insights Lead (Job ID 40412) at Waratah Water.

Applications close on 21 November 2026. We will assess all applications after the closing date and will contact you to let you know the outcome, whether successful or unsuccessful.

Kind regards,
Waratah Water Talent Acquisition""",
  vendor="successfactors", brand="Waratah Water",
  day="2026-11-02", notes="'successful or unsuccessful' ack"),

O("nettle-greenhouse-invite", "interview-invite", "en-US",
  "Nettle Labs <no-reply@us.greenhouse-mail.io>",
  "Nettle Labs: Let's schedule your interview",
  """Hi Sam,

Thanks for your interest in the Head of User Research role at Nettle Labs! We were impressed by your background and would love to invite you to a 45-minute video interview with our VP of Product.

Please use the link below to choose a time that works for you within the next week.

Looking forward to speaking with you,
Nettle Labs Recruiting""",
  vendor="greenhouse", brand="Nettle Labs", button="Choose a time", legal=[EEO_US],
  notes="scheduling link"),

O("brookline-lever-next-round", "interview-invite", "en-GB",
  "Brookline Audio <no-reply@hire.lever.co>",
  "Next steps: Brookline Audio – Audience Insights Manager",
  """Dear Sam,

Thank you for speaking with Niamh last week about the Audience Insights Manager role. We're pleased to let you know that we'd like to move you forward to the next stage: a 60-minute panel interview with the Product and Content leads.

Unlike many processes, we'll also ask you to talk us through a piece of research you're proud of (15 minutes, no slides needed).

Please pick a slot below.

Best,
Niamh Okafor
Talent Partner, Brookline Audio""",
  vendor="lever", brand="Brookline Audio", button="Pick a slot", legal=[EEO_UK],
  notes="next round; same brand as a rejection"),

O("kestrel-smartrecruiters-ics", "interview-invite", "en-GB",
  "Kestrel Mobility <noreply@smartrecruiters.com>",
  "Interview invitation: Insights Partner, Kestrel Mobility",
  """Hello Sam,

We are happy to invite you to an interview for the Insights Partner role on Wednesday 18 November at 14:00 (GMT) via Microsoft Teams.

Your interviewers will be Joanna Pike (Head of Insight) and Raj Bhatt (Product Director). The calendar invitation is attached.

If this time doesn't suit, please let us know and we'll find an alternative.

Kind regards,
Kestrel Mobility People Team""",
  vendor="smartrecruiters", brand="Kestrel Mobility", legal=[GDPR],
  attach=[("invite.ics", "text/calendar", ICS.format(uid="kestrel-18nov@kestrel.example", summary="Interview: Insights Partner"))],
  day="2026-11-10", notes="invitation with .ics; same brand as a rejection"),

O("teal-workable-phone-screen", "interview-invite", "en-nonnative-nl",
  "Teal Harbor <noreply@candidates.workablemail.com>",
  "Teal Harbor: invitation for a first call",
  """Hi Sam,

Thanks for your application for Research Lead. We would like to get to know you better in a first call of 30 minutes with our recruiter Joost.

Please choose a moment in his agenda via the button. Don't worry if you did not hear from us earlier, we had a lot of applications to go through.

Kind regards,
Teal Harbor Recruitment""",
  vendor="workable", brand="Teal Harbor", button="Plan the call",
  notes="Dutch writer; phone screen"),

O("copperleaf-ashby-final-round", "interview-invite", "en-US",
  "Copperleaf <no-reply@ashbyhq.com>",
  "Copperleaf — Final round for Director, Insights",
  """Hi Sam,

Congratulations — the team enjoyed your case study, and we'd like to invite you to the final round for Director, Insights. This is a half-day onsite in our New York office with four conversations:

- Leadership values interview with our CMO
- Research craft deep-dive
- Cross-functional partner conversation
- Lunch with the team (not an interview!)

Please confirm your availability using the link below. We'll cover travel.

Best,
Copperleaf Recruiting""",
  vendor="ashby", brand="Copperleaf", button="Confirm availability",
  notes="final round invite"),

O("oakmere-successfactors-shortlisted", "status-update", "en-GB",
  "Oakmere Retail Careers <no-reply@successfactors.eu>",
  "Your application for Customer Insight Manager (Job Req 88244)",
  """Dear Sam,

Thank you for applying for the role of Customer Insight Manager (Job Req 88244).

We're pleased to let you know that your application has been shortlisted and passed to the hiring manager for review. A member of our resourcing team will contact you shortly about the next step.

Kind regards,
Oakmere Retail Resourcing""",
  vendor="successfactors", brand="Oakmere Retail",
  notes="shortlisted; same brand/template as a rejection"),

O("sablewood-workday-status-review", "status-update", "en-US",
  "Sablewood Financial <sablewood@myworkday.com>",
  "A message about your job application",
  """Hello Sam,

A new message is available regarding your application for Job Requisition R-11207, Director, Client Research.

Application status: Under Consideration – Hiring Manager Review

You can review your application status at any time by signing in to your Candidate Home account.

Thank you,
Sablewood Financial Recruiting""",
  vendor="workday", brand="Sablewood Financial", button="Sign in to Candidate Home", legal=[EEO_US],
  notes="same template as a rejection, status under consideration"),

O("ironbridge-ashby-delay", "status-update", "en-GB",
  "Ironbridge Ventures <no-reply@ashbyhq.com>",
  "Ironbridge Ventures: a quick update on timing",
  """Hi Sam,

We wanted to let you know that our hiring process for the Platform Insights Manager role is taking longer than planned. Several partners have been travelling, and we have not yet made any decisions.

Your application is still active and under review, and we expect to be in touch with next steps by the end of the month. Thank you for your patience.

Best,
Ironbridge Talent""",
  vendor="ashby", brand="Ironbridge Ventures",
  notes="delay; still under review; same brand as a rejection"),

O("polaris-workable-shortlisted-table", "status-update", "en-IN",
  "Polaris Fintech <noreply@candidates.workablemail.com>",
  "Polaris Fintech | Application status",
  """Dear Sam Taylor,

Please find below the current status of your application.

{table}

Our team will contact you within 5 working days to schedule the technical discussion.

Regards,
HR Team, Polaris Fintech, Pune""",
  table=[("Position", "Manager - Research Operations"), ("Applied on", "2 Oct 2026"), ("Stage", "Screening"), ("Outcome", "Shortlisted")],
  vendor="workable", brand="Polaris Fintech", html_only=True,
  notes="same portal template as a rejection; Shortlisted"),

O("thornbury-hackerrank-assessment", "assessment-invite", "en-US",
  "Thornbury Retail via Testlify <invites@testlify.example>",
  "Action required: complete your assessment for Consumer Insights Manager",
  """Hi Sam,

Thornbury Retail has invited you to complete an online assessment as part of your application for Consumer Insights Manager.

- Duration: 50 minutes
- Sections: data interpretation, survey design, written case
- Deadline: 72 hours from this email

Candidates who do not complete the assessment by the deadline will not be able to continue in the process.

Good luck!
The Testlify team on behalf of Thornbury Retail""",
  vendor="generic", brand="Thornbury Retail", button="Start assessment",
  notes="assessment invite with a conditional 'not able to continue'"),

O("vantage-workday-video-invite", "assessment-invite", "en-US",
  "Vantage Pharma <vantagepharma@myworkday.com>",
  "Vantage Pharma - Next step: recorded video interview",
  """Dear Sam,

Thank you for your interest in the Senior Manager, Patient Insights role. We're pleased to invite you to complete a short recorded video interview. You'll be asked four questions and have up to two minutes to answer each.

Please complete it within five days.

Sincerely,
Vantage Pharma Talent Acquisition""",
  vendor="workday", brand="Vantage Pharma", button="Begin video interview", legal=[EEO_US],
  notes="video interview invite; same brand as a rejection"),

O("harcourt-taleo-online-tests", "assessment-invite", "en-GB",
  "Harcourt Building Society <no-reply@taleo.net>",
  "Harcourt Building Society: Please complete your online assessments",
  """Dear Sam Taylor,

Thank you for applying for the Senior Insight Analyst vacancy (reference HBS-2317). The next stage of our selection process is a set of online assessments: numerical reasoning and a situational judgement test.

Please complete both within seven days. Your results will be compared with a benchmark for the role.

Yours sincerely,
Resourcing Team
Harcourt Building Society""",
  vendor="taleo", brand="Harcourt Building Society", button="Start assessments", legal=[NOREPLY],
  notes="test invite; same brand as a rejection"),

O("meridian-greenhouse-offer", "offer", "en-US",
  "Meridian Loop <no-reply@us.greenhouse-mail.io>",
  "Your offer from Meridian Loop",
  """Hi Sam,

We're thrilled to extend you an offer to join Meridian Loop as Head of Research! Your offer letter is ready to review and sign electronically.

This offer expires on November 20, 2026. If you have questions about compensation or benefits, reply to this email or call Hana directly.

Welcome (we hope)!
Hana Ito
Head of Talent, Meridian Loop""",
  vendor="greenhouse", brand="Meridian Loop", button="Review offer", reply_to="Hana Ito <hana.ito@meridianloop.example>",
  legal=[EEO_US],
  day="2026-11-13", notes="offer with expiry"),

O("fjord-personio-contract", "offer", "en-nonnative-de",
  "Fjord Analytics <noreply@jobs.personio.de>",
  "Your contract documents – Lead UX Researcher",
  """Dear Sam,

we are very happy that you decided to join Fjord Analytics as Lead UX Researcher!

Please find your contract documents in the candidate portal. Please sign them until 25 November. If we don't receive the signed documents, the offer expires automatically.

We look forward to working with you!
Your People Team""",
  vendor="personio", brand="Fjord Analytics", button="Open documents", legal=[GDPR],
  day="2026-11-16", notes="contract; conditional expiry"),

O("indeed-job-alert", "job-alert", "en-US",
  "Indeed <alert@indeed.com>",
  "12 new Research Manager jobs in New York, NY",
  """Research Manager jobs in New York, NY

- Research Manager — Halvard Analytics — New York, NY — $140,000 - $165,000 a year
- Senior Manager, Consumer Insights — Ostrava Foods — Hybrid — Easily apply
- Insights Director — Pennant Broadcasting — New York, NY — Urgently hiring
- UX Research Manager — Corvid Systems — Remote

Jobs you may have missed: Market Research Manager (closed) · Insights Lead (no longer accepting applications)

[[See all 12 jobs]]""",
  vendor="indeed", brand="Indeed", button="View jobs",
  notes="job alert listing companies that rejected Sam; 'no longer accepting applications'"),

O("linkedin-jobs-digest", "job-alert", "en-GB",
  "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "Head of Insight: Glasshouse Media and 9 more",
  """Your job alert for Head of Insight in London

Head of Insight · Glasshouse Media · London (Hybrid) · Actively recruiting
Audience Research Lead · Threadneedle Press · London · 2 connections work here
Insight Director · Harlow & Vine · Reading · Be an early applicant
Head of Consumer Insight · Oakmere Retail · Leeds · Promoted

Application status: Your application to Insights Manager at Orchard Lane Studios was viewed.

[[See all jobs]]""",
  vendor="linkedin", brand="LinkedIn",
  notes="LinkedIn alert with 'application was viewed'"),

O("stepstone-job-alert", "job-alert", "en-nonnative-de",
  "StepStone Job Agent <jobagent@stepstone.de>",
  "8 new jobs for \"Marktforschung / Market Research\"",
  """Hello Sam Taylor,

your Job Agent found 8 new jobs that match your search.

- Senior Market Researcher (m/w/d) – Rheinwerk Logistik – Düsseldorf
- Insights Manager Consumer (m/w/d) – Finchwood GmbH – Hamburg
- Head of Research (m/w/d) – Isarwerk – München

Unfortunately some jobs in your previous alert are no longer available.

[[Show all jobs]]""",
  vendor="stepstone", brand="StepStone",
  notes="job agent; 'no longer available' jobs"),

O("insightsweekly-newsletter", "newsletter", "en-GB",
  "The Insight Brief <hello@insightbrief.example>",
  "The Insight Brief #112: How to handle rejection (and why research teams get cut first)",
  """This week in The Insight Brief

1. Rejected again? Three researchers on what they learned from 40 'unfortunately' emails, and the follow-up note that landed one of them a job six months later.

2. Why research teams are the first to go in a hiring freeze, and what to do about it.

3. Job board: Head of Insight at Glasshouse Media; Research Manager at Pennyworth Pay; Senior Researcher at Silverpine.

Thanks for reading. Forward this to a friend who's job hunting.

[[Read online]]""",
  vendor="generic", brand="The Insight Brief", headers={"List-Id": "The Insight Brief <brief.insightbrief.example>", "Precedence": "bulk"},
  notes="newsletter about rejection"),

O("mrs-webinar-invite", "newsletter", "en-GB",
  "Market Research Society Events <events@mrs-events.example>",
  "Webinar: Career resilience for insight professionals",
  """Dear Sam,

Join us on 24 November for a free members' webinar on career resilience. Our panel of senior insight leaders will discuss how to bounce back when applications aren't successful, how to ask for feedback after an interview, and how to position research skills for a changing market.

Places are limited. Register today.

MRS Events Team""",
  vendor="generic", brand="Market Research Society", button="Register", headers={"Precedence": "bulk"},
  day="2026-11-09", notes="webinar about unsuccessful applications"),

O("linkedin-inmail-pitch", "recruiter-outreach", "en-US",
  "Jordan Reyes via LinkedIn <inmail-hit-reply@linkedin.com>",
  "Jordan sent you a new message",
  """Jordan Reyes
Senior Technical Recruiter at Northwind Mobility

Hi Sam — I came across your profile and your work on audience research at Calder Street Media really stood out. We're hiring a Head of Research for our rider experience team, fully remote in the US. Would you be open to a 20-minute chat next week?

No pressure if the timing isn't right!

[[Reply]]  [[Not interested]]""",
  vendor="linkedin", brand="LinkedIn",
  notes="InMail pitch"),

O("pelican-icims-req-transfer", "requisition-transfer", "en-US",
  "Pelican Health Careers <noreply@talent.icims.com>",
  "Pelican Health: Your application has been moved",
  """Dear Sam,

Thank you for your interest in Pelican Health. We're writing to let you know that the requisition you originally applied to, Req #4502 Senior Manager, Patient Research, has been closed.

Our recruiting team felt your background was a strong fit for a related opening and has transferred your application to Req #4519 Senior Manager, Member Insights. No action is needed from you; your application is now under review for this position.

Pelican Health Talent Acquisition""",
  vendor="icims", brand="Pelican Health", legal=[EEO_US, NOREPLY],
  notes="old requisition closed; transferred; same brand as a rejection"),

O("lindqvist-softgarden-forwarded-dept", "requisition-transfer", "en-nonnative-de",
  "Lindqvist Media Group <noreply@softgarden.io>",
  "Your application was forwarded",
  """Dear Sam Taylor,

thank you for your application as Research Manager Digital.

This position is already filled. However, we think your profile fits very well for our new position Senior Audience Analyst in our Hamburg office, and we have forwarded your application to the responsible department with your consent. You will hear from them soon.

Kind regards
Lindqvist Media Group
HR Recruiting""",
  vendor="softgarden", brand="Lindqvist Media Group", legal=[GDPR],
  notes="'already filled' but application forwarded to another role"),

O("northgate-successfactors-location-move", "requisition-transfer", "en-AU",
  "Northgate Energy Recruitment <no-reply@successfactors.eu>",
  "Northgate Energy - Application update - Customer Research Lead",
  """Dear Sam,

Thank you for your application for Customer Research Lead (Job ID 31955).

We have decided to merge the Melbourne and Sydney vacancies into a single role based in Sydney (Job ID 32010). Your application has been carried across to the new requisition and remains active. The original posting now shows as Closed in your candidate profile.

Kind regards,
Northgate Energy Talent Acquisition""",
  vendor="successfactors", brand="Northgate Energy",
  notes="requisition merged, application carried across; 'Closed' label"),

O("blueharbour-talentpool-invite", "talent-pool", "en-SG",
  "Blue Harbour Logistics <noreply@smartrecruiters.com>",
  "Join the Blue Harbour Talent Community",
  """Dear Sam,

Thank you for visiting our careers site. We'd like to invite you to join the Blue Harbour Talent Community so that you can receive updates on roles in analytics, research and customer experience across Asia Pacific.

Joining takes one minute and you can leave at any time.

Best regards,
Talent Acquisition, Blue Harbour Logistics""",
  vendor="smartrecruiters", brand="Blue Harbour Logistics", button="Join now",
  notes="talent community invitation without verdict"),

O("glasshouse-teamtailor-connect", "talent-pool", "en-GB",
  "Glasshouse Media <no-reply@mail.teamtailor.com>",
  "Thanks for connecting with Glasshouse Media",
  """Hi Sam,

Thanks for joining Glasshouse Connect! We don't have a role that matches your interests right now, but we'll let you know as soon as something in Research & Insight opens up.

In the meantime, follow us on LinkedIn to see what life at Glasshouse is like.

Team Glasshouse""",
  vendor="teamtailor", brand="Glasshouse Media",
  notes="'don't have a role that matches' but Sam only joined the pool"),

O("fernhill-teamtailor-keep-profile", "talent-pool", "en-nonnative-nl",
  "Fernhill Games <no-reply@mail.teamtailor.com>",
  "Can we keep your profile?",
  """Hi Sam,

Some time ago you joined our talent pool. According to the GDPR we need your permission to keep your profile for another 12 months.

Do you want to stay in our talent pool? Click [[Yes, keep me]]. If you don't react, we will remove your data after 30 days.

Cheers,
Team Fernhill Games""",
  vendor="teamtailor", brand="Fernhill Games",
  notes="retention consent only; same brand as a rejection"),

O("refcheck-ats-reference", "reference-request", "en-GB",
  "Refnow on behalf of Pemberton Group <noreply@refnow.example>",
  "Reference request for Alex Carver",
  """Dear Sam,

Alex Carver has applied for the position of Senior Research Analyst at Pemberton Group and has named you as a referee.

Please complete the short online reference form by 20 November. It should take about 10 minutes.

Thank you,
Refnow on behalf of Pemberton Group""",
  vendor="generic", brand="Pemberton Group", button="Complete reference",
  day="2026-11-13", notes="Sam is the referee"),

O("cardholder-declined", "non-job-rejection", "en-GB",
  "Harbour Card Services <alerts@harbourcard.example>",
  "Your card payment was declined",
  """Dear Sam Taylor,

We declined a payment of £1,240.00 to SKYFARE AIRLINES on your card ending 4471 at 19:42 on 14 November.

If this was you, please approve it in the app and try again. If you don't recognise this payment, call us on 0345 555 0199.

Harbour Card Services""",
  vendor="generic", brand="Harbour Card Services", button="Review in app",
  day="2026-11-14", notes="card payment declined"),

O("confhub-talk-rejected", "non-job-rejection", "en-US",
  "ResearchOps Summit 2027 <noreply@confhub.example>",
  "ResearchOps Summit 2027: decision on your submission",
  """Dear Sam Taylor,

Thank you for submitting your talk "What 300 reader interviews taught us about paywalls" to ResearchOps Summit 2027.

We received 612 proposals for 40 slots. We regret to inform you that your submission was not accepted for the programme this year. Reviewer comments are available in your submission dashboard.

We hope you will still join us in Portland.

The Program Committee""",
  vendor="generic", brand="ResearchOps Summit", button="View reviews",
  notes="conference talk rejection"),

O("rentalapp-declined", "non-job-rejection", "en-GB",
  "Lettings at Hallam & Price <noreply@hallamprice-lettings.example>",
  "Application update: 14 Cedar Road, Flat 2",
  """Dear Sam,

Thank you for your application to rent 14 Cedar Road, Flat 2.

The landlord has decided to proceed with another applicant for this property. We have other properties in your search area that may be of interest.

Kind regards,
Hallam & Price Lettings""",
  vendor="generic", brand="Hallam & Price Lettings", button="See similar properties",
  notes="flat application declined"),

O("parcel-returned", "non-job-rejection", "en-GB",
  "ParcelLine <tracking@parcelline.example>",
  "Your parcel could not be delivered and is being returned",
  """Hi Sam,

We're sorry – we couldn't deliver your parcel (tracking PL-889214-GB) from Inkwell Stationery after three attempts. The recipient address was refused at the door and the parcel is being returned to the sender.

Please contact the sender for a refund or redelivery.

ParcelLine""",
  vendor="generic", brand="ParcelLine", button="Track parcel",
  notes="returned parcel"),

O("hrsystem-req-disposition", "owner-hiring", "en-GB",
  "Calder Street Media Careers <calderstreet@myworkday.com>",
  "Action required: disposition candidates for R-5502 Research Analyst",
  """Hi Sam,

You are the hiring manager for requisition R-5502 Research Analyst.

{table}

Please disposition the remaining candidates within 5 business days. Candidates marked "Not Selected" will receive the standard decline email automatically.

Calder Street Media Talent Acquisition""",
  table=[("Requisition", "R-5502 Research Analyst"), ("Hiring manager", "Sam Taylor"), ("Candidates in review", "14"), ("Not Selected", "9")],
  vendor="workday", brand="Calder Street Media", button="Review candidates",
  notes="Sam is the hiring manager"),

O("greenhouse-owner-scorecard", "owner-hiring", "en-GB",
  "Greenhouse <no-reply@greenhouse.io>",
  "Reminder: submit your scorecard for Priya Anand",
  """Hi Sam,

You interviewed Priya Anand for Senior Research Analyst (Calder Street Media) yesterday. Please submit your scorecard so the hiring team can make a decision.

Other interviewers have already submitted: 1 x Strong No, 1 x No.

Thanks,
Greenhouse""",
  vendor="greenhouse", brand="Calder Street Media", button="Submit scorecard",
  notes="Sam as interviewer; other interviewers' No"),

O("hrsystem-candidate-rejected", "owner-hiring", "en-GB",
  "People Platform <notifications@people.example.org>",
  "Candidate rejected: Marcus Lee – Data Journalist (R-5507)",
  """Hi Sam,

This is to confirm that Marcus Lee has been moved to status Rejected for the requisition R-5507 Data Journalist, which you own. The rejection email "Standard – after interview" was sent to the candidate on your behalf.

No further action is needed.""",
  vendor="hrsystem", brand="Calder Street Media",
  notes="HR system: candidate rejected by Sam"),

O("hrsystem-req-onhold", "owner-hiring", "en-GB",
  "People Platform <notifications@people.example.org>",
  "Requisition R-5511 Insights Intern placed on hold",
  """Hi Sam,

Requisition R-5511 Insights Intern, of which you are the hiring manager, has been placed on hold by Finance (headcount review). Active candidates have been notified that the process is paused.

You can reactivate the requisition once the headcount is approved.""",
  vendor="hrsystem", brand="Calder Street Media",
  notes="Sam's own requisition on hold"),

O("ticket-autoreply", "auto-reply", "en-US",
  "Carraway Brands Candidate Support <careers-support@carraway.example>",
  "[Ticket #48812] Re: Question about my application",
  """Hello,

Thank you for contacting Carraway Brands Candidate Support. This is an automated response to confirm that we have received your request (ticket #48812).

A member of our team will respond within 3 business days. Please do not create a new ticket for the same question.

Carraway Brands Candidate Support""",
  vendor="generic", brand="Carraway Brands", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  notes="ticket auto-reply"),

O("workday-withdrawn-by-candidate", "withdrawal-confirmation", "en-US",
  "Marisco Insurance <marisco@myworkday.com>",
  "Your application has been withdrawn",
  """Dear Sam,

We have received your request to withdraw your application for Analytics Manager, Claims (R-9921). Your application is now marked as Withdrawn and will no longer be considered.

If this was a mistake, you may reapply while the position is still open.

Regards,
Marisco Insurance Talent Acquisition""",
  vendor="workday", brand="Marisco Insurance", legal=[EEO_US],
  day="2026-11-05", notes="Sam withdrew"),

O("calendly-reschedule", "reschedule", "en-US",
  "Calendly <notifications@calendly.com>",
  "Canceled: Research Manager interview with Omar Haddad",
  """Hi Sam Taylor,

Omar Haddad has canceled the following event:

Research Manager interview (Bluepeak Energy)
Thursday, November 12, 2026, 10:00am - 10:45am (Eastern Time)

Reason: "So sorry, I've got a clash with our board meeting. Could you grab another slot on my calendar? Still very keen to speak."

[[Schedule a new time]]""",
  vendor="generic", brand="Calendly",
  day="2026-11-11", notes="cancelled slot, role still open"),
]
