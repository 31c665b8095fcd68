"""Hard negatives (80): 40 ATS-style, 40 personal. Written for en5 only."""
from content_common import oth, AUTO, BULK

ATS = [
oth("ack-greenhouse-hedge-volume", "ack-received", "ats", "Wrenfield Bank <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Wrenfield Bank",
    """Hi Sam,

Thanks for applying for the Customer Insights Director role at Wrenfield Bank. Your application has been received and our team will review it shortly.

Due to the high volume of applications we receive, we are unfortunately unable to reply to every applicant individually. If your experience matches what we're looking for, a member of our recruiting team will be in touch within three weeks.

In the meantime, learn more about life at Wrenfield on our [[careers blog]].

Wrenfield Talent Acquisition""",
    vendor="greenhouse", brand="Wrenfield Bank", variant="en-US", headers=AUTO, notes="hedging ack: 'unable to reply to every applicant'"),

oth("ack-lever-will-let-you-know", "ack-received", "ats", "Copperline <no-reply@hire.lever.co>",
    "We've got your application!",
    """Hi Sam,

Thanks for your interest in Copperline! We've received your application for Audience Insights Lead.

What happens next: our team reviews every application by hand. If we don't move forward, we will let you know either way, so you're not left wondering. We aim to get back to everyone within 10 working days.

Thanks,
The Copperline team""",
    vendor="lever", brand="Copperline", variant="en-GB", headers=AUTO, notes="ack; 'if we don't move forward we will let you know'"),

oth("ack-workday-submitted", "ack-received", "ats", "Corvus Telecom <corvus@myworkday.com>",
    "Thank you for your application - R-118204 Senior Manager, Market Insights",
    """Dear Sam Taylor,

Thank you for applying for Senior Manager, Market Insights (R-118204) at Corvus Telecom. We have successfully received your application.

What happens next?
Our recruiters review all applications. If your qualifications are a match for the position, a recruiter will contact you to discuss next steps. If you are not selected to move forward, you will be notified by email. You can track the status of your application at any time in Candidate Home.

Thank you for your interest in joining Corvus Telecom.""",
    vendor="workday", brand="Corvus Telecom", variant="en-US", headers=AUTO, notes="ack mentions 'not selected' conditionally"),

oth("ack-smartrecruiters-unsuccessful-hedge", "ack-received", "ats", "Kittiwake Travel <noreply@smartrecruiters.com>",
    "Application received: Traveller Research Manager",
    """Dear Sam,

Thank you for your application for the role of Traveller Research Manager at Kittiwake Travel.

Please note: if you have not heard from us within 14 days of the closing date, please assume that your application has been unsuccessful on this occasion. We appreciate your understanding.

Kind regards,
Kittiwake Travel Recruitment""",
    vendor="smartrecruiters", brand="Kittiwake Travel", variant="en-GB", headers=AUTO, notes="ack with 'assume unsuccessful if no reply' hedge"),

oth("ack-personio-received-de", "ack-received", "ats", "Fennwerk <jobs@fennwerk.jobs.personio.de>",
    "Confirmation of your application: Insights Manager (m/f/d)",
    """Dear Sam,

thank you for your application as Insights Manager (m/f/d) and your interest in Fennwerk!

We have received your documents and will now review them. Please understand that this can take up to three weeks. We will get back to you in any case, whether it is a positive or a negative answer.

Best regards
Your Fennwerk recruiting team""",
    vendor="personio", brand="Fennwerk", variant="en-nonnative", headers=AUTO, notes="ack; 'positive or negative answer'"),

oth("ack-university-portal", "ack-received", "ats", "University of Oriel Recruitment <recruitment-noreply@oriel.ac.example>",
    "Application received: Senior Insight Analyst (Ref 26/3512)",
    """Dear Sam Taylor

Thank you for submitting your application for the post of Senior Insight Analyst (Ref 26/3512).

The closing date for this vacancy is 30 November 2026. Shortlisting will take place shortly after. Unfortunately, due to the volume of applications, we are only able to contact shortlisted candidates. If you have not heard from us within four weeks of the closing date, your application has not been successful.

HR Recruitment Team""",
    vendor="portal", brand="University of Oriel", variant="en-GB", headers=AUTO, notes="same portal as a rejection; conditional 'not been successful'"),

oth("ack-indeed-applied", "ack-received", "ats", "Indeed Apply <indeedapply@indeed.com>",
    "Application submitted: Audience Insights Manager",
    """Your application has been submitted

Audience Insights Manager
Bellrock Media - Manchester

The following items were sent to Bellrock Media:
- Sam Taylor CV.pdf
- Cover letter

Good luck! Employers sometimes take a few weeks to respond. If this employer isn't the right match, keep applying: [[Similar jobs]]""",
    vendor="indeed", brand="Bellrock Media", variant="en-GB", headers=BULK, notes="Indeed apply receipt; 'isn't the right match' generic"),

oth("invite-greenhouse-schedule", "interview-invite", "ats", "Harrowgate Analytics <no-reply@us.greenhouse-mail.io>",
    "Let's schedule your interview - Audience Analytics Manager",
    """Hi Sam,

Great news! The hiring team for the Audience Analytics Manager role would like to move forward with a 45-minute video interview with Lena Ortiz, Director of Analytics.

Please use the link below to choose a time that suits you. Slots are available over the next week.

Looking forward to speaking with you,
Harrowgate Recruiting""",
    vendor="greenhouse", brand="Harrowgate Analytics", variant="en-US", button="Choose a time", headers=AUTO,
    notes="same company as a rejection in this set (different role)"),

oth("invite-workable-second-round", "interview-invite", "ats", "Cobalt Row <noreply@workablemail.com>",
    "Next stage: Insights Partner at Cobalt Row",
    """Hi Sam,

Thanks for your time last week. We're pleased to let you know that you've moved forward to the second round for the Insights Partner role.

Unlike some of the other applicants, you won't need to complete a written task; instead we'd like you to meet two members of the editorial team for a 60-minute conversation.

Please book a slot via the link.

Cobalt Row Hiring Team""",
    vendor="workable", brand="Cobalt Row", variant="en-IN", button="Book interview", headers=AUTO, notes="progress notice"),

oth("invite-teamtailor-coffee", "interview-invite", "ats", "Tallowby <no-reply@tallowby.teamtailor-mail.com>",
    "Coffee chat with Tallowby? ☕",
    """Hey Sam!

We loved your application for Research Lead and would love to get to know you better. Unfortunately we can't offer real coffee over video, but we can offer a relaxed 30-minute chat with Elin, our Head of Product.

Pick a time below!

Team Tallowby 💚""",
    vendor="teamtailor", brand="Tallowby", variant="en-nonnative", button="Pick a time", headers=AUTO, notes="'unfortunately' in a joke"),

oth("invite-icims-panel", "interview-invite", "ats", "Marlin Bay Credit Union <marlinbay@talent.icims.com>",
    "Your Application Status Has Changed",
    """Hello Sam,

The status of one of your job applications at Marlin Bay Credit Union has been updated.

{table}

A recruiter will contact you within two business days to confirm the panel interview time. You can view your submissions by signing in to the [[Candidate Portal]].""",
    vendor="icims", brand="Marlin Bay Credit Union", variant="en-US", html_only=True,
    table=[("Job", "Senior Analyst, Member Experience (Req 11940)"), ("Location", "Halifax, NS"), ("Status", "Selected for Interview"), ("Updated", "Today")],
    headers=AUTO, notes="same iCIMS template as a rejection; status Selected for Interview"),

oth("invite-ashby-final-onsite", "interview-invite", "ats", "Verdant Loop <no-reply@ashbyhq.com>",
    "Final interview: Verdant Loop",
    """Hi Sam,

We'd love to invite you to the final stage for Research Manager, Listener Insights. Final interviews take place on-site in our Brooklyn office and consist of:

- a 45-minute presentation of a past research project
- 1:1 conversations with our CEO and Head of Content
- lunch with the team

We'll cover travel. Please confirm your availability using the button below.

Rafe, Verdant Loop""",
    vendor="ashby", brand="Verdant Loop", variant="en-US", button="Confirm availability", headers=AUTO, notes="final round invite"),

oth("assess-hackerrank-style", "assessment-invite", "ats", "Hexadyne Systems <hexadyne@myworkday.com>",
    "Action required: complete your online assessment",
    """Dear Sam,

Thank you for your interest in Analyst Lead, Customer Insights (JR-88411) at Hexadyne Systems.

As the next step in our selection process, we invite you to complete an online assessment. It takes approximately 40 minutes and must be completed within 5 days. Candidates who do not complete the assessment by the deadline cannot be considered further.

Good luck!
Hexadyne Systems Global Talent Acquisition""",
    vendor="workday", brand="Hexadyne Systems", variant="en-IN", button="Start assessment", headers=AUTO, notes="test invite with conditional 'cannot be considered'"),

oth("assess-video-interview", "assessment-invite", "ats", "Rookfield Foods <noreply@smartrecruiters.com>",
    "Invitation: recorded video interview",
    """Dear Sam,

Congratulations, you've been selected to complete a recorded video interview for the Shopper Insights Lead role at Rookfield Foods.

You'll answer four questions, with 2 minutes per answer. The link expires in 72 hours.

Best wishes,
Rookfield Foods Talent Team""",
    vendor="smartrecruiters", brand="Rookfield Foods", variant="en-AU", button="Start my video interview", headers=AUTO, notes="video interview invite"),

oth("assess-case-study-brief", "assessment-invite", "ats", "Saltmarsh Games <no-reply@us.greenhouse-mail.io>",
    "Saltmarsh Games – your take-home exercise",
    """Hi Sam,

Thank you for your time with Tomás. As discussed, the next step for the Community Insights Manager role is a take-home exercise. You'll find the brief and the dataset attached in the portal.

Please submit within 7 days. We don't expect more than 4 hours of work; please don't spend longer.

Saltmarsh Games Recruiting""",
    vendor="greenhouse", brand="Saltmarsh Games", variant="en-IE", button="Open the brief", headers=AUTO, notes="take-home brief"),

oth("status-still-reviewing", "status-update", "ats", "Maple Harbour Bank <mapleharbour@taleo.net>",
    "Maple Harbour Bank - Application update",
    """Dear Sam,

We wanted to let you know that your application for Senior Manager, Client Insights (Job Number 2603551) is still under review. The hiring team has received a high volume of applications and needs additional time to complete the review.

No decision has been made yet. We appreciate your patience and will contact you as soon as there is an update.

Maple Harbour Bank Talent Acquisition""",
    vendor="taleo", brand="Maple Harbour Bank", variant="en-CA", headers=AUTO, notes="still under review; 'no decision'"),

oth("status-portal-shortlisted", "status-update", "ats", "Fjordline Travel <no-reply@ashbyhq.com>",
    "Your Fjordline Travel application was updated",
    """Hi Sam,

There's an update in your candidate portal for the Insights Lead, Loyalty application.

{table}

Questions? Our recruiting team reads talent@fjordline.example.""",
    vendor="ashby", brand="Fjordline Travel", variant="en-nonnative", button="Open candidate portal",
    table=[("Role", "Insights Lead, Loyalty"), ("Stage", "Hiring manager screen"), ("Status", "Shortlisted – interview to be scheduled")],
    headers=AUTO, notes="same portal template as a rejection; shortlisted"),

oth("status-interviews-paused-active", "status-update", "ats", "Larkspur Learning <notifications@app.bamboohr.com>",
    "A short delay on the Content Insights Lead role",
    """Hi Sam,

Quick heads-up: our hiring manager for the Content Insights Lead role is on leave for the next two weeks, so we're pausing interviews until 5 January.

Your application is still active and you're on our shortlist for a first interview. We are still deciding on the final interview format and will come back to you with dates as soon as she's back.

Thanks for bearing with us!
Dana Whitcombe
People Operations, Larkspur Learning""",
    vendor="bamboohr", brand="Larkspur Learning", variant="en-CA", headers=AUTO,
    notes="temporary pause, application active: other (same company as a paused-role rejection)"),

oth("status-references-stage", "status-update", "ats", "Kinsale Mutual <kinsale@softgarden.io>",
    "Your application: next step references",
    """Dear Sam,

We are pleased to inform you that your application for "Head of Member Insight" has reached the final stage. Before we can make a final decision, we would like to take up two references.

Please enter the contact details of your referees via the link below.

Your Kinsale Mutual recruiting team""",
    vendor="softgarden", brand="Kinsale Mutual", variant="en-IE", button="Add referees", headers=AUTO, notes="reference stage"),

oth("offer-workday-letter", "offer", "ats", "Quillfield Insurance <quillfield@myworkday.com>",
    "Your offer from Quillfield Insurance is ready to review",
    """Dear Sam Taylor,

Congratulations! We are delighted to extend an offer for the position of Head of Customer Research.

Your offer letter is available in Candidate Home. Please review and respond by 15 December 2026. This offer is contingent on satisfactory completion of a background check; if the check is not completed, the offer may be withdrawn.

Welcome (we hope!) to Quillfield.

Quillfield Insurance Talent Acquisition""",
    vendor="workday", brand="Quillfield Insurance", variant="en-US", button="Review offer", headers=AUTO,
    notes="offer; conditional 'may be withdrawn'; same company as an earlier rejection"),

oth("offer-personio-contract", "offer", "ats", "Ovenbird Studios <jobs@ovenbird-studios.jobs.personio.de>",
    "Your contract from Ovenbird Studios",
    """Dear Sam,

we are very happy that you have decided to join Ovenbird Studios as Head of Audience Insights!

Attached you will find your employment contract for digital signature. Please sign by Friday. If you have questions regarding the contract, Merle is happy to help.

Kind regards
Merle Hansen
People & Culture""",
    vendor="personio", brand="Ovenbird Studios", variant="en-nonnative", button="Sign contract", headers=AUTO, notes="contract for signature"),

oth("reqtransfer-successfactors", "requisition-transfer", "ats", "Albacore Pharma <albacore-jobs@successfactors.eu>",
    "Albacore Pharma – Your application has been moved",
    """Dear Sam Taylor,

Thank you for your application to the position of Commercial Insights Manager, Immunology.

The hiring manager has reviewed your profile and believes your experience is better suited to another open position: Commercial Insights Manager, Vaccines (Job ID 79114). With your agreement we have transferred your application to this requisition. The original posting has been closed.

You do not need to take any action. A recruiter will contact you about next steps.

Global Talent Acquisition""",
    vendor="successfactors", brand="Albacore Pharma", variant="en-nonnative", headers=AUTO, notes="moved to another requisition; old one closed"),

oth("reqtransfer-workable-location", "requisition-transfer", "ats", "Northstack <noreply@workablemail.com>",
    "Northstack – a different role for you?",
    """Hi Sam,

You applied for Research Lead in our London office. We've decided to hire for that role in Manchester instead, so we've moved your application to the Research Lead (Manchester / Remote UK) job and you're still in process.

If you'd rather not be considered for the new location, just let us know by replying to hiring@northstack.example.

Northstack People Team""",
    vendor="workable", brand="Northstack", variant="en-GB", headers=AUTO, notes="relocated requisition; still in process"),

oth("alert-linkedin-jobs", "job-alert", "ats", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "\"insights manager\": 12 new jobs in London",
    """Your job alert for insights manager in London

Senior Insights Manager - Pellmoor Health - London (Hybrid) - Be an early applicant
Insights Manager, Audience - Greymere Publishing - London - Actively recruiting
Head of Research - Brackenhurst Press - London - 2 connections work here
Consumer Insights Lead - Wexford Mills - Reading

[[See all jobs]]

You're receiving job alerts because you created an alert. Not interested anymore? [[Turn off alert]]""",
    vendor="linkedin", brand="LinkedIn", variant="en-GB", headers=BULK, notes="job alert listing companies that rejected Sam elsewhere"),

oth("alert-seek-digest", "job-alert", "ats", "SEEK <noreply@s.seek.com.au>",
    "8 new jobs for Insights Manager in Melbourne",
    """Hi Sam, here are new jobs matching your search.

Insights Manager - Saffron Lane - Melbourne VIC - $140k-$155k
Customer Insights Lead - Brolga Bank - Sydney NSW
Senior Analyst, Research - Paperbark Data - Melbourne VIC

Applications closing soon on 2 jobs you saved.

[[View all jobs]]""",
    vendor="seek", brand="SEEK", variant="en-AU", headers=BULK, notes="alert digest"),

oth("newsletter-rejection-advice", "newsletter", "ats", "The Insight Edit <hello@insightedit.example>",
    "Issue #48: How to reply to a rejection (and why it matters)",
    """This week in The Insight Edit

1. Rejected? Here's the reply that got me hired six months later
Most candidates never answer a "we've decided to move forward with other applicants" email. Our columnist explains why a two-line thank-you note is the best investment you can make after being turned down, with three templates.

2. Salary survey 2026: research & insights roles
Median pay for Insights Managers rose 4% in the UK.

3. Jobs board
Senior Researcher at Copperline; Head of Insight at Heathercroft Housing.

[[Read online]]""",
    vendor="misc", brand="The Insight Edit", variant="en-GB", headers=BULK, notes="newsletter quoting rejection phrases"),

oth("newsletter-glassdoor-weekly", "newsletter", "ats", "Glassdoor Community <community@glassdoor.com>",
    "Bowls for you: \"I got rejected after 5 rounds\"",
    """Trending in your bowls this week

Marketing & Research Professionals
"Got rejected after 5 rounds and a take-home. They said the hiring manager decided to pause the search. Is that code for something?" - 214 comments

"Unfortunately, we have decided not to move forward" - how do you all cope with these? - 98 comments

[[Join the conversation]]""",
    vendor="glassdoor", brand="Glassdoor", variant="en-US", headers=BULK, notes="community digest quoting rejection wording"),

oth("talentpool-invite-no-verdict", "talent-pool", "ats", "Pellmoor Health <no-reply@hire.lever.co>",
    "Join the Pellmoor Health talent community",
    """Hi Sam,

You recently visited our careers site. We'd love to keep you updated on new roles in Research, Data and Product.

Join our talent community and we'll send you relevant openings once a month. No spam, and you can leave any time.

Pellmoor Health Talent Team""",
    vendor="lever", brand="Pellmoor Health", variant="en-IE", button="Join the community", headers=AUTO, notes="talent-pool invite; no application decided"),

oth("talentpool-consent-renewal", "talent-pool", "ats", "Lanternfish Media <do-not-reply@mail.recruitee.com>",
    "Your data in our talent pool",
    """Dear Sam,

Some time ago you joined the Lanternfish Media talent pool. Under the GDPR, we may only keep your data for 24 months without renewed consent.

Would you like to stay in our talent pool? If we do not hear from you within 30 days, we will delete your profile automatically.

Yours sincerely,
Lanternfish Media Recruitment""",
    vendor="recruitee", brand="Lanternfish Media", variant="en-nonnative", button="Yes, keep my data", headers=AUTO,
    notes="retention question without verdict; same template family as a rejection"),

oth("card-declined", "non-job-rejection", "ats", "Halcyon Bank <alerts@halcyonbank.example>",
    "Your card payment was declined",
    """Hi Sam,

A payment of £184.00 to SKYLARK AIRWAYS on your Halcyon Debit card ending 4421 was declined because it looked unusual.

If this was you, confirm in the app and try again. If it wasn't you, freeze your card straight away.

Halcyon Bank""",
    vendor="misc", brand="Halcyon Bank", variant="en-GB", headers=AUTO, notes="declined card payment"),

oth("conference-talk-declined", "non-job-rejection", "ats", "InsightCon 2027 <noreply@sessionize.example>",
    "InsightCon 2027: decision on your session proposal",
    """Dear Sam Taylor,

Thank you for submitting "Beyond time-spent: measuring audience loyalty" to InsightCon 2027.

We received 412 submissions for 48 slots. Unfortunately, we are unable to accept your session for this year's programme. This decision reflects the volume of proposals and the balance of the programme, not the quality of your work.

We hope to see you in Bristol as an attendee; speakers who submitted receive a 20% discount code.

The InsightCon Programme Committee""",
    vendor="misc", brand="InsightCon", variant="en-GB", headers=AUTO, notes="rejected conference talk"),

oth("journal-paper-declined", "non-job-rejection", "ats", "Journal of Audience Studies <onbehalfof@manuscriptcentral.example>",
    "JAS-2026-0311 - Decision on Manuscript",
    """Dear Mx Taylor,

Manuscript ID JAS-2026-0311 entitled "Subscription fatigue among regional news readers" which you submitted to the Journal of Audience Studies, has been reviewed. The comments of the reviewers are included at the bottom of this letter.

In view of the criticisms of the reviewers, I must decline the manuscript for publication in the Journal of Audience Studies at this time.

Thank you for considering the Journal of Audience Studies for the publication of your research.

Sincerely,
Prof. Aled Price
Editor in Chief""",
    vendor="misc", brand="Journal of Audience Studies", variant="en-GB", headers=AUTO, notes="declined paper"),

oth("rental-application-unsuccessful", "non-job-rejection", "ats", "Hearthstone Lettings <applications@hearthstone-lettings.example>",
    "Your rental application: 14B Wharf Street",
    """Dear Sam,

Thank you for applying to rent 14B Wharf Street, Flat 3.

Unfortunately your application has not been successful on this occasion. The landlord has accepted another applicant.

We have other properties that may suit you. [[Browse available homes]]

Hearthstone Lettings""",
    vendor="misc", brand="Hearthstone Lettings", variant="en-GB", headers=AUTO, notes="rental application rejected; ATS-like wording"),

oth("parcel-returned", "non-job-rejection", "ats", "Swiftpost <tracking@swiftpost.example>",
    "Your parcel has been returned to sender",
    """Hi Sam,

Your parcel SP4491027GB could not be delivered. The recipient refused to accept the item and it is being returned to the sender.

{table}

Swiftpost""",
    vendor="misc", brand="Swiftpost", variant="en-GB", table=[("Tracking", "SP4491027GB"), ("Status", "Refused - returning to sender"), ("Updated", "Today 14:02")],
    headers=AUTO, notes="parcel refused/returned; status table"),

oth("ownerhiring-greenhouse-rejected-candidate", "owner-hiring", "ats", "Greenhouse <notifications@greenhouse.io>",
    "Candidate rejected: Jordan Ellery – Research Analyst",
    """Hi Sam,

Jordan Ellery has been rejected from Research Analyst (Calder Street Media) at Application Review by Sam Taylor.

Rejection reason: Lacking skills/qualifications
Rejection email: sent

[[View candidate]]""",
    vendor="greenhouse", brand="Calder Street Media", variant="en-GB", headers=AUTO, notes="Sam is the hiring manager; HR system notice"),

oth("ownerhiring-req-on-hold", "owner-hiring", "ats", "Calder Street People Systems <people-systems@example.org>",
    "Requisition CSM-0142 Research Analyst placed on hold",
    """Hi Sam,

Your requisition CSM-0142 Research Analyst has been placed on hold by Finance (approver: Ruth Adebayo). Candidates in process have not been notified.

Please let the recruiter know how you'd like to communicate with the three candidates at interview stage.

{table}""",
    vendor="internal", brand="Calder Street Media", variant="en-GB",
    table=[("Requisition", "CSM-0142 Research Analyst"), ("Hiring manager", "Sam Taylor"), ("Status", "On hold"), ("Candidates in process", "3")],
    headers=AUTO, notes="Sam's own requisition on hold"),

oth("ownerhiring-scorecard-due", "owner-hiring", "ats", "Greenhouse <notifications@greenhouse.io>",
    "Reminder: scorecard due for Priya Chatterjee",
    """Hi Sam,

Please submit your scorecard for Priya Chatterjee (Research Analyst), interviewed yesterday. Other interviewers have recommended: No, Definitely Not, Yes.

[[Submit scorecard]]""",
    vendor="greenhouse", brand="Calder Street Media", variant="en-GB", headers=AUTO, notes="scorecard with 'Definitely Not'"),

oth("withdrawal-confirmed", "withdrawal-confirmation", "ats", "Corvus Telecom <corvus@myworkday.com>",
    "Your application has been withdrawn",
    """Dear Sam Taylor,

This confirms that you have withdrawn your application for Senior Manager, Market Insights (R-118204). No further action is required.

If you withdrew by mistake, you may reapply while the posting is open.

Thank you for your interest in Corvus Telecom.""",
    vendor="workday", brand="Corvus Telecom", variant="en-US", headers=AUTO, notes="Sam withdrew"),

oth("reference-request-ats", "reference-request", "ats", "Referoo <noreply@referoo.example>",
    "Reference request for Daniel Okoye",
    """Hi Sam,

Daniel Okoye has nominated you as a referee for the position of Research Manager at Brolga Bank.

The questionnaire takes around 10 minutes. Your answers are confidential and will not be shared with Daniel.

[[Complete reference]]

Referoo on behalf of Brolga Bank""",
    vendor="misc", brand="Referoo", variant="en-AU", headers=AUTO, notes="Sam is a referee for someone else"),

oth("grant-portal-unsuccessful", "non-job-rejection", "ats", "Arts Fund Ireland <grants-noreply@artsfund.example>",
    "Outcome of your application: Audience Research Bursary 2027",
    """Dear Sam Taylor,

Thank you for your application to the Audience Research Bursary 2027 (application AF-27-0993).

We regret to inform you that your application has not been successful on this occasion. The fund was very heavily oversubscribed, with 318 applications for 22 awards.

Feedback on your application is available in the online portal.

Grants Team, Arts Fund Ireland""",
    vendor="portal", brand="Arts Fund Ireland", variant="en-IE", headers=AUTO, notes="grant rejection with ATS-like wording"),
]

SAM = "Sam Taylor <sam.taylor@example.org>"

PERSONAL = [
oth("invite-hiring-manager-call", "interview-invite", "personal", "Owen Blake <owen.blake@stonechat.example>",
    "Insights Lead - next step",
    """Hi Sam,

Thanks for the chat yesterday. I've spoken to the rest of the team and we'd like to invite you to a second interview for the Insights Lead role. Unfortunately our CEO is travelling next week, so it would be the week after. Would Tuesday 8th or Wednesday 9th work?

It'll be about an hour: 30 minutes on a case, 30 minutes with Priyanka and me.

Best,
Owen
Head of Product, Stonechat
07700 900 231""",
    variant="en-GB", notes="invite with 'unfortunately'"),

oth("invite-after-doubts", "interview-invite", "personal", "Claire Dubois <claire.dubois@lightkeeper.example>",
    "Re: Research Manager - feedback",
    """Hi Sam,

I'll be honest, after the first interview one of the panel wasn't sure your experience was senior enough, and we discussed not taking you forward. But the rest of us felt strongly, so we'd like you to come in for the final round with our CPO.

Can you do Thursday at 10?

Claire""",
    variant="en-CA", parent=True, notes="doubts then progress"),

oth("invite-agency-client-wants-meet", "interview-invite", "personal", "Marcus Hale <marcus.hale@bluepeak-search.example>",
    "Good news - Fairhaven Foods want to meet you",
    """Hi Sam,

Really pleased to say Fairhaven Foods loved your CV and want to meet you for the Shopper Insights Manager role. After the Wexford Mills one didn't go your way, this one is a much better fit I think.

First stage is a 45 min Teams call with the Head of Insight. Can you send me some times next week?

Marcus
BluePeak Search | 07700 900 418""",
    variant="en-GB", notes="invite referencing an earlier rejection"),

oth("invite-founder-walk", "interview-invite", "personal", "Jules Moreau <jules@nimbleoak.example>",
    "coffee?",
    """Hi Sam - I know we passed on the Growth Analyst thing on Wellfound (sorry!), but I've just opened a Head of Insights role that fits you way better. Want to grab a coffee or a walk in Dolores Park this week?

Jules""",
    variant="en-US-west", notes="founder who passed earlier invites for new role"),

oth("invite-teams-panel-ics", "interview-invite", "personal", "Deepa Krishnan <deepa.krishnan@rangoli-media.example>",
    "Interview invitation: Audience Insights Manager - panel on 12 Dec",
    """Dear Sam,

Further to your telephonic discussion with our HR team, we are pleased to invite you for the panel interview for the post of Audience Insights Manager.

Date: 12 December 2026
Time: 11:00 AM IST (5:30 AM UK)
Mode: Microsoft Teams (invite attached)

Kindly confirm your availability at the earliest.

Regards,
Deepa Krishnan
HR Manager | Rangoli Media Pvt Ltd
+91 22 5555 0190""",
    variant="en-IN", attach=[("invite.ics", "text/calendar", "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Panel interview - Audience Insights Manager\nDTSTART:20261212T053000Z\nDTEND:20261212T063000Z\nEND:VEVENT\nEND:VCALENDAR\n")],
    notes="Indian panel invite with .ics"),

oth("outreach-recruiter-new-roles", "recruiter-outreach", "personal", "Sophie Grant <sophie.grant@harlow-talent.example>",
    "Insight roles - open to a chat?",
    """Hi Sam,

I came across your profile and your work on reader research at Calder Street Media. I'm working on two insight leadership roles right now, one at a streaming platform and one at a national charity, both hybrid in London.

Would you be open to a quick call this week? Even if the timing isn't right, I'd be glad to connect.

Best,
Sophie Grant
Principal Consultant, Harlow Talent
07700 900 612""",
    variant="en-GB", notes="cold outreach"),

oth("outreach-role-filled-but", "recruiter-outreach", "personal", "Liam O'Shea <liam@shamrockpeople.example>",
    "Two new ones for you",
    """Hi Sam,

Hope you're well. You'll remember the Corrib Foods job that got pulled back in October - sure that was a pain. Good news is I've two new briefs that I think are an even better fit:

- Head of Consumer Insight at a Dublin drinks brand
- Insights Lead at a fintech in Galway (remote-first)

Fancy a chat Thursday?

Liam
Shamrock People | 087 555 0142""",
    variant="en-IE", notes="recalls an earlier pulled role; pitches new ones"),

oth("outreach-linkedin-inmail", "recruiter-outreach", "personal", "Ryan Choi <ryan.choi@peakhire.example>",
    "Not the right one, but...",
    """Hi Sam,

I know the Analytics Manager role at Lantern Hill wasn't the right one (I was helping them with it), but I've got a Director of Insights search in Toronto that I think is a lot closer to your background.

Would you be open to a 15-minute call?

Ryan Choi
PeakHire | 416-555-0172""",
    variant="en-CA", notes="recruiter mentions a past non-fit; pitch"),

oth("outreach-nudge-no-reply", "recruiter-outreach", "personal", "Sophie Grant <sophie.grant@harlow-talent.example>",
    "Re: Insight roles - open to a chat?",
    """Hi Sam, just floating this back to the top of your inbox. No worries if it's not for you, just let me know and I won't chase again!

Sophie""",
    variant="en-GB", parent=True, notes="nudge"),

oth("offer-verbal-phone", "offer", "personal", "Isabel Cortés <isabel.cortes@velaro.example>",
    "Velaro – some good news",
    """Dear Sam,

Remember when I said I might come back to you? The candidate we chose for the Market Research Lead role has decided to stay with their current employer, and we'd love to offer the role to you.

I'll call you this afternoon to go through the details, and the written offer will follow tomorrow.

Isabel Cortés
Head of Talent, Velaro""",
    variant="en-nonnative", notes="offer after earlier 'no for now'"),

oth("offer-startup-informal", "offer", "personal", "Arjun Iyer <arjun@tiffinbox.example>",
    "we're back!",
    """Hi Sam,

Remember when I had to pull the Growth Analytics Lead role? Our round closed last week and I'd love to make you an offer. Same scope as we discussed, slightly better equity. Offer letter attached.

Can we talk tomorrow?

Arjun
Founder & CEO, Tiffinbox""",
    variant="en-IN", attach=[("Tiffinbox_offer_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% offer letter placeholder\n%%EOF\n")],
    notes="offer after a role withdrawal; PDF"),

oth("reply-to-followup-keep-in-touch", "reply-to-owner-followup", "personal", "Anika Desai <anika.desai@rowanfield.example>",
    "Re: Head of Audience Research",
    """Hi Sam,

No need to apologise at all, and thank you for such a gracious reply. We'd love to keep in touch, and I've connected with you on LinkedIn. I'll let you know when the team grows.

Anika

On Mon, 16 Nov 2026 at 09:02, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Anika,
>
> Thank you for letting me know, and sorry for the long silence on my side.
> Of course I'm disappointed, but I really enjoyed meeting the team. Please
> keep me in mind for future openings.
>
> Best,
> Sam
>
> On Fri, 13 Nov 2026 at 17:20, Anika Desai <anika.desai@rowanfield.example> wrote:
>> we've decided to offer the role to another candidate who has run a
>> research team of a similar size before.""",
    variant="en-GB", parent=True, parent_depth=2, notes="rejection only in quote"),

oth("reply-to-followup-feedback-call", "reply-to-owner-followup", "personal", "Gwen Barlow <g.barlow@stourbridgecouncil.example>",
    "RE: Research & Consultation Manager - interview outcome",
    """Dear Sam,

Of course, I'd be happy to give you feedback. Would Wednesday at 3pm suit for a 20-minute call?

Kind regards

Gwen Barlow
Head of Policy & Insight
Stourbridge Borough Council

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 11 November 2026 08:45
Subject: RE: Research & Consultation Manager - interview outcome

Dear Gwen,

Thank you for letting me know that I was not selected for the post. Would it be possible to have some feedback?

Best wishes,
Sam""",
    variant="en-GB", parent=True, notes="feedback call arranged after rejection"),

oth("reply-to-followup-agency-chin-up", "reply-to-owner-followup", "personal", "Bronwyn Tait <bronwyn@kowhai-talent.example>",
    "Re: Totara Energy - feedback",
    """Kia ora Sam,

Not at all, thank you for being so gracious about it. I've passed your thanks on to Totara. Chin up, there's more coming.

Bronwyn

> Thanks Bronwyn, that's a shame but I understand. Let me know if
> anything remote-friendly comes up.
> Sam""",
    variant="en-NZ", parent=True, notes="agency answers Sam's reply"),

oth("answer-question-interview-invite", "answer-to-owner-question", "personal", "Paul Mensah <paul.mensah@greenfinch.example>",
    "Re: Senior Insights Manager - any update?",
    """Hi Sam,

No, we haven't gone with anyone else! Apologies for the silence, it's been a hectic month. You're through to the final interview actually. Could you do Monday 30 November at 2pm in our Leeds office?

Paul

On Wed, 25 Nov 2026, Sam Taylor wrote:
> Hi Paul,
> I hope you're well. I haven't heard back since my interview on 4 November
> and wondered whether you've gone with another candidate for the Senior
> Insights Manager role? Either way it would be helpful to know.
> Best, Sam""",
    variant="en-GB", parent=True, notes="answer to 'gone with another candidate?': final round invite"),

oth("answer-question-still-deciding", "answer-to-owner-question", "personal", "Carmen Ruiz <carmen.ruiz@tidewater-co.example>",
    "Re: Application - Insights Lead",
    """Hi Sam,

Thanks for checking in. We're still deciding: the hiring manager wants to see two more candidates next week before making a final call. You're very much still in the running and I'll come back to you by the 18th either way.

Carmen

> Hi Carmen, is the Insights Lead role still open, or have you decided not to
> progress my application? Thanks, Sam""",
    variant="en-US", parent=True, notes="explicit 'still deciding'"),

oth("answer-question-on-hold-will-come-back", "position-on-hold", "personal", "Hugh Farrell <hugh.farrell@brackwater.example>",
    "Re: Customer Research Lead",
    """Hi Sam,

Sorry for the radio silence. Honest answer: the role is on hold for a couple of weeks while our new MD settles in and signs off the budget. Nobody else has been offered it and your application is still very much live. We will come back to you as soon as we have the green light, hopefully before Christmas.

Hugh
Brackwater""",
    variant="en-IE", parent=True, notes="temporary hold, application live, not cancelled: other"),

oth("hold-still-deciding-panel", "position-on-hold", "personal", "Naledi Dlamini <naledi.dlamini@karoo-analytics.example>",
    "Research Manager - timing",
    """Dear Sam,

I wanted to update you on the timing of the Research Manager process. Our panel has not yet reached a decision; two panel members are travelling and we will reconvene on 14 December.

We have not ruled anyone out and we are not declining any of the finalists at this point. I will contact you directly once we have met.

Kind regards,
Naledi Dlamini
People Partner | Karoo Analytics
+27 21 555 0176""",
    variant="en-ZA", notes="no decision yet; negations of rejection"),

oth("hold-delayed-offer-approval", "position-on-hold", "personal", "Tom Reyes <tom@quokkalabs.example>",
    "re: Head of Growth chat",
    """hey Sam - still super keen on you for the head of growth gig. board approval for the hire slipped to next month so we're on pause till then, but don't go anywhere! will ping you the minute it's signed off.

t""",
    variant="en-AU", wrap=False, notes="short pause, still keen; same founder who passed earlier"),

oth("ownerhiring-colleague-debrief", "owner-hiring", "personal", "Ruth Adebayo <ruth.adebayo@example.org>",
    "Re: Research Analyst shortlist",
    """Hi Sam,

Agree with your calls. Jordan is a no from me too, and I'd also reject Felix, the portfolio was thin. Happy for you to send the regret emails today.

Can we get Priya and Tomi in for second rounds next week?

Ruth

Ruth Adebayo
Head of Data, Calder Street Media""",
    variant="en-GB", parent=True, notes="colleagues discussing candidates Sam rejected"),

oth("ownerhiring-sam-sent-rejection", "owner-hiring", "personal", SAM,
    "Research Analyst application - Calder Street Media",
    """Dear Felix,

Thank you for applying for the Research Analyst role at Calder Street Media and for the time you spent on your portfolio.

I'm sorry to let you know that we won't be taking your application forward. We had a very strong field and chose candidates with more experience of survey design.

I wish you the best of luck with your search.

Kind regards,
Sam Taylor
Head of Audience Insights, Calder Street Media""",
    to="Felix Marr <felix.marr@mailbox.example>", variant="en-GB", notes="Sam's own sent rejection to a candidate"),

oth("ownerhiring-candidate-reply", "owner-hiring", "personal", "Felix Marr <felix.marr@mailbox.example>",
    "Re: Research Analyst application - Calder Street Media",
    """Hi Sam,

Thanks for letting me know, and for the kind words. Could you share any feedback on my portfolio? It would really help for future applications.

Best,
Felix

On Tue, Sam Taylor <sam.taylor@example.org> wrote:
> I'm sorry to let you know that we won't be taking your application
> forward.""",
    variant="en-GB", parent=True, notes="rejected candidate replies to Sam"),

oth("ownerhiring-recruiter-offer-approval", "owner-hiring", "personal", "Megan Doyle <megan.doyle@example.org>",
    "Priya - offer approval + closing out the others",
    """Hi Sam,

Finance has approved the offer for Priya at the top of the band. I'll call her this afternoon.

Once she's accepted I'll decline Tomi and the two remaining applicants in Greenhouse. Do you want to call Tomi yourself since she got to final?

Megan
Talent Partner, Calder Street Media""",
    variant="en-GB", notes="internal recruiter about Sam's hire"),

oth("owner-sent-thanks-after-rejection", "owner-sent", "personal", SAM,
    "Re: Feedback from your interview with Brackenhurst",
    """Hi Helen,

Thank you so much for letting me know, and for such detailed feedback. That's really useful, especially the point about influencing editorial decisions.

Please do keep me in mind when the team grows next year.

Best wishes,
Sam

On Fri, Helen Marsh <helen.marsh@brackenhurst.example> wrote:
> We've decided not to move forward with your application.""",
    to="Helen Marsh <helen.marsh@brackenhurst.example>", parent=True, parent_domain="brackenhurst.example", variant="en-GB",
    notes="Sam's own follow-up quoting a rejection"),

oth("owner-sent-chaser", "owner-sent", "personal", SAM,
    "Senior Insights Manager - any update?",
    """Hi Paul,

I hope you're well. I haven't heard back since my interview on 4 November and wondered whether you've gone with another candidate for the Senior Insights Manager role? Either way it would be helpful to know.

Best,
Sam""",
    to="Paul Mensah <paul.mensah@greenfinch.example>", variant="en-GB", notes="Sam asks if rejected"),

oth("owner-sent-withdraw", "owner-sent", "personal", SAM,
    "Withdrawing my application - Insights Lead",
    """Dear Carmen,

Thank you for your time over the last few weeks. I've accepted another offer, so I'd like to withdraw my application for the Insights Lead role. I'm sorry not to be continuing, and I hope our paths cross again.

Kind regards,
Sam Taylor""",
    to="Carmen Ruiz <carmen.ruiz@tidewater-co.example>", variant="en-GB", notes="Sam withdraws"),

oth("nonjob-flat-viewing-declined", "non-job-rejection", "personal", "Gemma Lowe <gemma@lowe-property.example>",
    "14 Canal Row",
    """Hi Sam,

Thanks for coming to see the flat on Saturday. I'm afraid the landlord has decided to go with another applicant, a couple who can move in sooner. Sorry it's not better news.

I'll let you know if anything similar comes up in the area.

Gemma
Lowe Property | 0161 496 0555""",
    variant="en-GB", notes="rental rejection phrased like a job rejection"),

oth("nonjob-meeting-declined", "non-job-rejection", "personal", "Ruth Adebayo <ruth.adebayo@example.org>",
    "Declined: Q1 audience survey kick-off",
    """Ruth Adebayo has declined this meeting.

Sorry Sam, I'm at the board offsite that day - can Megan cover for me?

When: Thu 10 Dec 2026 10:00-11:00 (GMT)
Where: Room 4.2 / Teams""",
    variant="en-GB", notes="declined calendar invite"),

oth("nonjob-coauthor-paper", "non-job-rejection", "personal", "Dr Farah Siddiqui <f.siddiqui@uni-northgate.example>",
    "JAS said no :(",
    """Hi Sam,

Bad news, the Journal of Audience Studies rejected our paper. Reviewer 2 really didn't like the sampling. I think we should revise and send it to New Media Review instead, they're more open to applied work.

Free for a call on Friday?

Farah""",
    variant="en-GB", notes="co-author reports paper rejection"),

oth("nonjob-book-proposal", "non-job-rejection", "personal", "Imogen Hart <imogen@hartliterary.example>",
    "Your proposal - Reading the Reader",
    """Dear Sam,

Thank you for sending me your proposal for Reading the Reader. I enjoyed the sample chapter, but I'm afraid I don't feel I'm the right agent to take it on. The market for books on media research is small and I wouldn't know where to place it.

I'm sorry not to be more positive, and I wish you the best of luck in finding the right home for it.

Best wishes,
Imogen Hart
Hart Literary Agency""",
    variant="en-GB", notes="literary agent declines"),

oth("nonjob-volunteer-board", "non-job-rejection", "personal", "Colm Byrne <colm.byrne@rathminesrowing.example>",
    "Committee vote",
    """Hi Sam,

Thanks for putting your name forward for the club committee. The vote went to Aoife in the end, by three votes. We'd still love you to run the members survey in spring, if you're up for it?

Colm
Secretary, Rathmines Rowing Club""",
    variant="en-IE", notes="club election loss"),

oth("forwarded-partner-rejection", "forwarded", "personal", "Alex Moreno <alex.moreno@mailbox.example>",
    "Fwd: Your application to Driftwood Labs",
    """ugh. another one. can we get takeaway tonight?

---------- Forwarded message ---------
From: Driftwood Labs <no-reply@us.greenhouse-mail.io>
Date: Tue, 17 Nov 2026
Subject: Your application to Driftwood Labs
To: Alex Moreno <alex.moreno@mailbox.example>

Hi Alex,

Thank you for applying for the Senior Backend Engineer role. After careful review, we have decided to move forward with other candidates.

Driftwood Labs Recruiting""",
    variant="en-US", notes="partner forwards own rejection"),

oth("forwarded-mentee-advice", "forwarded", "personal", "Kofi Asante <kofi.asante@mailbox.example>",
    "Fwd: Outcome - Graduate Research Assistant",
    """Hi Sam,

Sorry to bother you again. I got this today. Do you think it's worth replying to ask for feedback? You said it was always worth it.

Kofi

-----Original Message-----
From: Wellspring Trust HR
Sent: 19 November 2026
Subject: Outcome - Graduate Research Assistant

Dear Kofi, I am writing to advise you that your application has been unsuccessful on this occasion.""",
    variant="en-GB", notes="mentee forwards own rejection"),

oth("personal-friend-job-search", "personal", "personal", "Priyanka Shah <priyanka.shah@mailbox.example>",
    "how's the hunt going?",
    """Hey Sam!

How's the job hunt going? Last time we spoke you'd had that rejection from the podcast company and were waiting on Greenfinch. Any news?? Fingers crossed for you.

Also, are you coming to Ella's thing on Saturday?

P x""",
    variant="en-GB", notes="friend mentions rejection"),

oth("personal-former-manager-reference", "reference-request", "personal", "David Lim <david.lim@formerco.example>",
    "Happy to be a referee",
    """Hi Sam,

Of course I'm happy to be a referee for you. Give Greenfinch my mobile (07700 900 854) and tell them I'm around all next week.

Sorry to hear about the Rowanfield one falling through, their loss.

David""",
    variant="en-GB", notes="former manager agrees to be referee; mentions a rejection"),

oth("reference-request-for-colleague", "reference-request", "personal", "Sinead Kelly <sinead.kelly@pellmoor.example>",
    "Reference for Jordan Ellery",
    """Hi Sam,

Jordan Ellery has applied for a role with us at Pellmoor Health and given your name as a referee. I understand you weren't able to take Jordan forward for your own team, but you worked together on a freelance project in 2025.

Would you have 10 minutes for a call this week?

Sinéad Kelly
Talent Partner, Pellmoor Health""",
    variant="en-IE", notes="Sam as referee; mentions Sam rejecting the candidate"),

oth("autoreply-recruiter-ooo", "auto-reply", "personal", "Emily Rhodes <emily.rhodes@calloway-group.example>",
    "Automatic reply: Re: Interview for Senior Insights Manager",
    """Thank you for your email. I am out of the office until Monday 7 December with limited access to email. For urgent recruitment matters please contact talent@calloway-group.example.

Emily Rhodes""",
    variant="en-US", headers={"Auto-Submitted": "auto-replied"}, notes="out-of-office"),

oth("autoreply-hr-ticket", "auto-reply", "personal", "Wellspring Trust HR <hr@wellspringtrust.example>",
    "[Ticket #44817] Re: Outcome of interview",
    """Thank you for contacting Wellspring Trust HR. Your query has been logged as ticket #44817. We aim to respond within 5 working days.

Please do not reply to this email.""",
    variant="en-GB", headers={"Auto-Submitted": "auto-replied"}, notes="ticket auto-reply to Sam's mail about a rejection"),

oth("personal-mentor-encouragement", "personal", "personal", "Joan Whitfield <joan.whitfield@mailbox.example>",
    "Re: a rough week",
    """Dear Sam,

I'm sorry it's been a week of "not on this occasion" and "we've gone with someone else". It happens to all of us, truly. You are good at what you do, and the right role will see it.

Lunch next Thursday? My treat.

Joan""",
    variant="en-GB", parent=True, notes="mentor quotes rejection phrases"),

oth("hold-agency-client-standby-still-in", "position-on-hold", "personal", "Victor Lindqvist <victor.lindqvist@northbridge-partners.example>",
    "Head of Insight search - brief pause",
    """Dear Sam,

A short update on the Head of Insight search for Marchmont Capital. The client has asked us to pause interviews for three weeks while they finalise a reorganisation. They have confirmed that the role remains open and that you remain on the shortlist of three.

I will be back in touch in early January with new dates.

With kind regards,
Victor Lindqvist
Partner, Northbridge Partners""",
    variant="en-GB", notes="agency client pause; still shortlisted"),
]

MESSAGES = ATS + PERSONAL

# Days pinned where the letter or its quote names a date (Date header must come after it).
DAYS = {"answer-question-interview-invite": "2026-11-26", "owner-sent-chaser": "2026-11-25",
        "reply-to-followup-keep-in-touch": "2026-11-16", "reply-to-followup-feedback-call": "2026-11-12",
        "forwarded-partner-rejection": "2026-11-17", "forwarded-mentee-advice": "2026-11-19",
        "status-interviews-paused-active": "2026-12-01", "hold-still-deciding-panel": "2026-11-30",
        "offer-workday-letter": "2026-11-30", "invite-teams-panel-ics": "2026-11-28",
        "nonjob-meeting-declined": "2026-11-27", "autoreply-recruiter-ooo": "2026-11-30",
        "invite-hiring-manager-call": "2026-11-25", "answer-question-still-deciding": "2026-12-01",
        "owner-sent-thanks-after-rejection": "2026-11-20", "hold-agency-client-standby-still-in": "2026-12-02"}
for _m in MESSAGES:
    if _m["slug"] in DAYS:
        _m["day"] = DAYS[_m["slug"]]

# A few transfer-encoding variants.
for _m in MESSAGES:
    if _m["slug"] in ("ack-personio-received-de", "reqtransfer-successfactors"):
        _m["cte"] = "base64"
