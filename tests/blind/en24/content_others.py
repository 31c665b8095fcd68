"""Hard negatives (label `other`) for blind set en24: 20 ATS-style, 20 personal."""
from content_common import ats, personal

O = dict(label="other")

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:interview-8841@greenhouse-mail.io
DTSTART:20261118T160000Z
DTEND:20261118T164500Z
SUMMARY:Interview: Sam Taylor / Renewals Manager - Brightloop
ORGANIZER:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE:mailto:sam.taylor@example.org
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    # ------------------------------------------------------------------ ATS (20)
    ats(**O, slug="brightloop-greenhouse-schedule-other-role", day="2026-11-12", cat="interview-invite", vendor="greenhouse", country="US",
        brand="Brightloop", frm="Brightloop Recruiting <no-reply@us.greenhouse-mail.io>",
        subject="Interview confirmed: Renewals Manager at Brightloop",
        notes="same sender as a rejection; different role; 'unfortunately' about rescheduling; .ics",
        attach=[("invite.ics", "text/calendar", ICS)],
        text="""Hi Sam,

Your interview for the Renewals Manager role at Brightloop is confirmed. We know you heard from us recently about the Customer Success Manager position – our team felt your background is a great fit for Renewals, so we're glad you said yes to this conversation.

{table}

Unfortunately we can't accommodate changes less than 24 hours before the interview. If you need to reschedule, please use the link below.

[[Reschedule]]

See you soon,
The Brightloop Talent Team""",
        table=[("When", "Wednesday, November 18, 11:00 AM – 11:45 AM EST"), ("Where", "Zoom (link in calendar invite)"), ("With", "Carla Mendes, Director of Customer Success")]),

    ats(**O, slug="staidans-workday-ack-hedge", cat="ack-received", vendor="workday", country="IE",
        brand="St Aidan's University Hospital", frm="St Aidan's University Hospital <staidans@myworkday.com>",
        subject="Application received – Ward Clerk (Grade III) – REQ-25102",
        notes="hedged acknowledgement: if not heard in 4 weeks assume unsuccessful; Irish footer",
        footer_post=["Ospidéal Ollscoile Naomh Aodháin. Is féidir leat scríobh chugainn i nGaeilge nó i mBéarla."],
        text="""Dear Sam Taylor,

Thank you for applying for the post of Ward Clerk (Grade III), reference REQ-25102. This email confirms that we have received your application.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.

Shortlisted candidates will be contacted by email. Please check your junk folder regularly.

HR Department – Recruitment & Selection"""),

    ats(**O, slug="quayside-linkedin-viewed", cat="application-viewed", vendor="linkedin", country="HK",
        brand="LinkedIn", frm="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was viewed by Quayside Logistics",
        notes="job board status: viewed; same company as a LinkedIn rejection",
        text="""Your application was viewed

{img:Quayside Logistics logo}

Key Account Manager – Air Freight
Quayside Logistics · Kwun Tong, Hong Kong SAR

Quayside Logistics viewed your application. While you wait, check out other jobs that match your profile.

[[View application]]

Not hearing back? Most employers respond within 2 weeks. If you don't hear back, it may mean the employer has decided to pursue other candidates.

- [[Account Manager – Pearl River Shipping]]
- [[Customer Success Manager – Harbourline Pay]]"""),

    ats(**O, slug="indeed-alert-csm-toronto", cat="job-alert", vendor="indeed", country="CA",
        brand="Indeed", frm="Indeed <alert@indeed.com>",
        subject="12 new Customer Success Manager jobs in Toronto, ON",
        notes="job alert digest; 'no longer accepting applications' line about a listing",
        text="""## Customer Success Manager jobs in Toronto, ON

Here are the latest jobs matching your search.

- [[Customer Success Manager – Portage Freight – Toronto, ON – $78,000–$92,000 a year]]
- [[Client Success Lead – Northbeam Health – Remote in Ontario]]
- [[Customer Success Associate – Tallgrass Learning – Hybrid]]
- [[Account Manager, Retail – Harrow & Finch – Toronto, ON]]

One job you saved, Patient Access Coordinator at Lakeshore Regional Health, is no longer accepting applications.

{button:See all 12 jobs}

Not interested in these jobs? [[Edit this alert]]"""),

    ats(**O, slug="eastbridge-smartrecruiters-assessment", day="2026-11-12", cat="assessment", vendor="smartrecruiters", country="AU",
        brand="University of Eastbridge", frm="University of Eastbridge <noreply@smartrecruiters.com>",
        subject="Next step: online assessment – International Admissions Officer",
        notes="assessment invite from the same university that rejected another role",
        text="""Dear Sam,

Thank you for your application for the International Admissions Officer position. We are pleased to invite you to complete an online assessment as the next step in our selection process.

The assessment takes about 35 minutes and includes a written task and a short situational judgement test. Please complete it by 11:59 pm AEDT on Friday 20 November.

{button:Start assessment}

Please note that applications without a completed assessment by the deadline unfortunately cannot be considered further.

Kind regards,
Talent Acquisition | People & Culture
University of Eastbridge"""),

    ats(**O, slug="wattle-lever-next-stage", cat="next-round", vendor="lever", country="AU",
        brand="Wattle Transport", frm="Wattle Transport <no-reply@hire.lever.co>", reply_to="people@wattletransport.example",
        subject="Good news – next stage for Logistics Coordinator",
        notes="next-round notice; mentions 'not everyone progressed'",
        text="""Hi Sam,

Thanks for your patience while we reviewed applications for the Logistics Coordinator role at Wattle Transport.

We had a big response and weren't able to progress everyone – but we're really pleased to let you know that you've been shortlisted for a first-round video call with our Operations Manager, Steve.

Please pick a time that suits you: [[Book your interview]]

Cheers,
Wattle Transport People Team"""),

    ats(**O, slug="harrowfinch-icims-req-transfer", cat="requisition-transfer", vendor="icims", country="US",
        brand="Harrow & Finch", frm="Harrow & Finch Careers <donotreply@talent.icims.com>",
        subject="Update on your application – Req #2026-4502",
        notes="application moved to another requisition; old req closed",
        text="""Dear Sam,

Thank you for your interest in the District Sales Manager - Chicago North position (Req #2026-4502).

This requisition has been closed as the role has been consolidated with another opening. Rather than ask you to apply again, we have transferred your application to the new requisition, District Sales Manager - Chicagoland (Req #2026-4630). Your application remains under review and no action is needed on your part.

Sincerely,
Harrow & Finch Talent Acquisition"""),

    ats(**O, slug="kowhai-workable-talent-community", cat="talent-community", vendor="workable", country="NZ",
        brand="Kōwhai Children's Trust", frm="Kōwhai Children's Trust <noreply@candidates.workablemail.com>",
        subject="Stay connected with Kōwhai Children's Trust",
        notes="talent-community newsletter with no verdict",
        text="""Kia ora Sam,

Thanks for being part of the Kōwhai Children's Trust talent community. Here's what's new:

- We're opening a new Christchurch hub in February and will be hiring for Supporter Care, Fundraising and Volunteer roles.
- Our Annual Impact Report is out – [[read how your support helped 3,200 tamariki]].

Not ready to apply? No worries – you'll stay in our talent community and we'll let you know when a role matches your interests.

Ngā mihi,
People & Culture, Kōwhai Children's Trust"""),

    ats(**O, slug="naukri-recruiter-viewed", cat="application-viewed", vendor="naukri", country="IN",
        brand="Naukri.com", frm="Naukri <info@naukri.com>",
        subject="3 recruiters viewed your profile this week",
        notes="job-board profile views digest",
        text="""Dear Sam Taylor,

Your profile is getting noticed!

Recruiters who viewed your profile:
- HR Manager, Tarang Retail Pvt Ltd, Bengaluru
- Talent Acquisition, Sundaram Motors, Chennai
- Consultant, TalentBridge Consultants, Chennai

Profiles that are updated every 15 days are 2x more likely to be shortlisted. Your last update was 41 days ago.

[[Update profile]]

Regards,
Team Naukri.com"""),

    ats(**O, slug="gulfwing-sf-offer-portal", day="2026-11-20", cat="offer", vendor="successfactors", country="AE",
        brand="Gulfwing Airways", frm="Gulfwing Airways Careers <careers-noreply@successfactors.eu>",
        subject="Action required: your offer – Guest Experience Manager",
        notes="offer in portal; same sender as a status rejection; status table 'Offer'",
        table=[("Job title", "Guest Experience Manager"), ("Job ID", "72210"), ("Status", "Offer extended")],
        text="""Dear Sam,

Congratulations! We are delighted to let you know that Gulfwing Airways would like to offer you the position of Guest Experience Manager.

{table}

Please sign in to the [[Gulfwing Careers portal]] to review and accept your offer by 30 November. If the offer is not accepted by that date it will lapse.

Welcome aboard,
Gulfwing Airways Talent Acquisition"""),

    ats(**O, slug="compass-bullhorn-compliance", day="2026-11-09", cat="agency-compliance", vendor="bullhorn", country="US",
        brand="Compass Staffing Group", frm="Compass Staffing Group <noreply@bullhornstaffing.com>",
        subject="Action required: credentials expiring – you may be removed from submissions",
        notes="agency compliance; conditional 'will not be able to submit you'",
        text="""Hello Sam,

Our records show that the following compliance documents on your profile are expiring or missing:

- TB test / health screening – expired 10/31/2026
- I-9 supporting documents – missing

Until these are uploaded we will not be able to submit you to client positions, and any pending submissions will be paused.

[[Upload documents]]

Thank you,
Compass Staffing Group Compliance Team"""),

    ats(**O, slug="seek-application-sent", cat="ack-received", vendor="seek", country="AU",
        brand="SEEK", frm="SEEK <noreply@s.seek.com.au>",
        subject="Your application was sent to Gumleaf Retail Group",
        notes="job-board receipt; 'employers don't always reply' hedge",
        text="""Hi Sam,

Your application was successfully submitted.

Inventory Planner
Gumleaf Retail Group
Parramatta, Sydney NSW

What happens next? The employer will review your application. Not all employers respond to every applicant; if you're unsuccessful you may not hear back.

[[Track your application]]"""),

    ats(**O, slug="fernleaf-teamtailor-connect-renew", cat="talent-community", vendor="teamtailor", country="UK",
        brand="Fernleaf Health", frm="Fernleaf Health <notifications@teamtailor-mail.com>",
        subject="Do you want to stay in Fernleaf Connect?",
        notes="GDPR consent renewal for talent pool; data deletion wording",
        text="""Hi Sam,

A year ago you joined Fernleaf Connect, our talent community. Under GDPR we need your consent to keep your details for another 12 months.

{button:Yes, keep me in Connect}

If we don't hear from you within 30 days, we'll delete your profile and you won't receive updates about new roles at Fernleaf Health.

Thanks,
Talent @ Fernleaf"""),

    ats(**O, slug="bank-card-declined", cat="non-job-rejection", vendor="bank", country="UK",
        brand="Northgate Bank", frm="Northgate Bank <alerts@northgatebank.example>",
        subject="A payment on your card ending 4417 was declined",
        notes="non-job refusal: card declined",
        text="""Dear Sam,

We declined a payment of £212.40 to SKYWAYS TRAVEL LTD on your debit card ending 4417 at 14:32 today.

We did this because it didn't match your usual spending. If this was you, please confirm in the app and try again. If you don't recognise it, call us on 0345 555 0100.

Northgate Bank Fraud Prevention"""),

    ats(**O, slug="rental-application-declined", cat="non-job-rejection", vendor="generic", country="AU",
        brand="RentSwift", frm="RentSwift <applications@rentswift.example>",
        subject="Update on your application for 4/22 Kent Street, Newtown",
        notes="non-job refusal: rental application unsuccessful; ATS-like status",
        text="""Hi Sam,

The agent for 4/22 Kent Street, Newtown has updated your application.

Status: Unsuccessful

Thank you for your interest in this property. The landlord has accepted another application. Your RentSwift profile is saved and ready for your next application.

[[Browse similar properties]]

RentSwift – rent smarter"""),

    ats(**O, slug="cx-summit-talk-not-selected", cat="non-job-rejection", vendor="generic", country="UK",
        brand="CX Summit 2027", frm="CX Summit Programme Team <speakers@cxsummit.example>",
        subject="Your CX Summit 2027 proposal: decision",
        notes="non-job refusal: talk proposal not selected; discount code",
        text="""Dear Sam,

Thank you for submitting "Listening at scale: audience insight for customer teams" to CX Summit 2027.

We received 640 proposals for 48 slots. After careful review by the programme committee, we regret that your proposal was not selected for this year's programme.

We'd love to see you in the audience – here's 30% off a ticket: SPEAKER30.

Best wishes,
CX Summit Programme Team"""),

    ats(**O, slug="calder-greenhouse-owner-rejections", cat="owner-hiring", vendor="calder_gh", country="UK",
        brand="Calder Street Media", frm="Greenhouse <no-reply@greenhouse-mail.io>",
        subject="4 candidates rejected for Audience Development Executive",
        notes="owner-hiring: Sam's own requisition; rejection emails scheduled to others",
        table=[("Job", "Audience Development Executive (CSM-114)"), ("Rejected by", "Sam Taylor"), ("Candidates", "4"), ("Rejection email", "Scheduled: tomorrow 09:00")],
        text="""Hi Sam,

You rejected 4 candidates for Audience Development Executive at Calder Street Media.

{table}

Rejection reason recorded: Lacking skills/qualifications (3), Withdrew – other offer (1).

[[Review scheduled emails]]"""),

    ats(**O, slug="courier-parcel-refused", cat="non-job-rejection", vendor="generic", country="IE",
        brand="SwiftPost", frm="SwiftPost <tracking@swiftpost.example>",
        subject="Your parcel SP88210447IE has been returned to sender",
        notes="non-job refusal: parcel refused/returned",
        text="""Hi Sam,

Your parcel SP88210447IE from Calder Street Media could not be delivered. The recipient refused the delivery, so it has been returned to sender.

If you think this is a mistake, please contact us within 7 days.

[[Track parcel]]

SwiftPost"""),

    ats(**O, slug="jobberman-newsletter-rejection-advice", cat="newsletter", vendor="jobberman", country="NG",
        brand="Jobberman", frm="Jobberman Career Tips <newsletter@jobberman.com>",
        subject="Got a rejection email? Here's what to do next",
        notes="newsletter about responding to rejection",
        text="""Hello Sam,

"Unfortunately, we have decided not to move forward with your application." We've all received that email. This week's career tips:

- Reply with a short thank-you note – recruiters remember gracious candidates.
- Ask politely for feedback, but don't argue with the decision.
- Keep applying: on average, job seekers receive 12 rejections before an offer.

[[Read the full article]]

This week's top jobs: [[Customer Service Officer – Lagos]] · [[HR Assistant – Abuja]]

The Jobberman Team"""),

    ats(**O, slug="lakeshore-workday-references", cat="reference-request", vendor="workday", country="CA",
        brand="Lakeshore Regional Health", frm="Lakeshore Regional Health <lakeshore@myworkday.com>",
        subject="Reference check – Patient Experience Specialist (R0040215)",
        notes="reference check step; same sender as a cancellation",
        text="""Dear Sam,

Thank you for interviewing for the Patient Experience Specialist (R0040215) position at Lakeshore Regional Health. As the next step in our process, we would like to conduct reference checks.

Please submit the names and contact details of two professional references, including one current or former supervisor, through the Candidate Home page by Thursday.

Please note that a reference check does not constitute an offer of employment.

Sincerely,
Talent Acquisition, Lakeshore Regional Health"""),

    # ------------------------------------------------------------------ personal (20)
    personal(**O, slug="agency-pitch-new-roles", cat="recruiter-outreach", country="UK",
             frm="Hannah Okafor <hannah.okafor@marlowpierce.example>",
             subject="Two new planning roles - interested?",
             notes="recruiter pitching new roles; mentions a role filled before submission",
             text="""Hi Sam,

Hope you're keeping well. As promised, a couple of new ones:

1. Demand Planner, Brackenridge Drinks (Manchester, hybrid) – £45-50k
2. Supply & Inventory Analyst, Linwood Home (Stockport) – £42k + bonus

The Ellison Foods role I mentioned last month was filled before I could submit anyone, sadly, but both of these are fresh and exclusive to us.

Would you like me to put you forward for either? Free for a call tomorrow?

Kind regards,
Hannah

Hannah Okafor | Senior Consultant – Supply Chain & Procurement
Marlow Pierce Recruitment | 0161 555 0142"""),

    personal(**O, slug="kestrel-interview-invite", day="2026-11-20", cat="interview-invite", country="UK",
             frm="Gemma Hurst <gemma.hurst@kestrel-hospitals.example>",
             subject="Invitation to interview - Patient Services Manager",
             notes="interview invite from recruiter who rejected another role; 'unfortunately' about dates",
             text="""Dear Sam,

I'm pleased to invite you to interview for the post of Patient Services Manager (Band 6) at Kestrel University Hospitals.

Interviews will take place on Tuesday 1 December at the Northern General site. Unfortunately the panel is only available that day, so we are unable to offer alternative dates. The interview will include a 10-minute presentation on "Improving the outpatient booking experience".

Please confirm your attendance by replying to this email.

Best wishes,
Gemma

Gemma Hurst
Recruitment Officer, Workforce Directorate
Kestrel University Hospitals NHS Foundation Trust"""),

    personal(**O, slug="northbeam-offer-after-call", cat="offer", country="CA",
             frm="Priyanka Shah <priyanka.shah@northbeamhealth.example>",
             subject="Offer - Client Success Lead",
             notes="offer; says they declined other finalists",
             text="""Hi Sam,

It was great to speak earlier! As discussed, I'm delighted to confirm our offer for the Client Success Lead role at Northbeam Health, at a base salary of $96,000 plus a 10% bonus, starting January 11.

I'll send the formal letter through DocuSign this afternoon. We've let the other finalists know that we won't be moving forward with them, so take the weekend to think – but we're really hoping you'll say yes!

Best,
Priyanka
Head of Client Success, Northbeam Health"""),

    personal(**O, slug="reply-to-owner-gone-another-way", day="2026-11-25", cat="answer-to-owner-question", country="US",
             frm="Dana Whitfield <dana.whitfield@fathomretail.example>",
             subject="Re: Regional Sales Lead - have you gone with another candidate?", parent=True,
             notes="answer to Sam's 'have you gone with another candidate?': not yet decided",
             text="""Hi Sam,

No need to apologise for chasing! We haven't made a decision yet – the panel meets on Friday to compare the final three, and you're very much still in the running. I'll let you know either way by Monday.

Thanks for your patience,
Dana

Dana Whitfield
VP Sales, Fathom Retail

On Tue, Nov 24, 2026 at 10:15 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Dana,
> Sorry to chase – I wondered whether you'd gone with another candidate for
> the Regional Sales Lead role, as it's been a couple of weeks since the
> final interview. If so, no hard feelings at all.
> Best, Sam"""),

    personal(**O, slug="reply-to-owner-thanks-keep-in-touch", day="2026-11-16", cat="reply-to-owner-followup", country="UK",
             frm="Deborah Price <deborah.price@lanternhomes.example>",
             subject="RE: HR Officer interview outcome", parent=True, parent_depth=2,
             notes="reply to Sam's thank-you after a rejection; rejection only in quote",
             text="""Dear Sam,

Thank you for such a gracious reply – it's really appreciated. We'd love to keep in touch, and I'll make sure you hear about our Senior HR Officer role when it's advertised in January.

Kind regards,
Deborah

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 13 November 2026 18:20
To: Deborah Price <deborah.price@lanternhomes.example>
Subject: RE: HR Officer interview outcome

Dear Deborah, thank you for letting me know, and for the chance to meet the team. Please keep me in mind for future roles. Best wishes, Sam

-----Original Message-----
From: Deborah Price <deborah.price@lanternhomes.example>
Sent: 13 November 2026 11:02
Subject: HR Officer interview outcome

Dear Sam, Thank you for attending interview for the role of HR Officer at Lantern Homes Trust on Wednesday. I'm sorry to let you know that on this occasion you have not been successful."""),

    personal(**O, slug="calder-colleague-shortlist-rejects", day="2026-11-17", cat="owner-hiring", country="UK",
             frm="Imogen Clarke <imogen.clarke@example.org>",
             subject="Re: Audience Dev Exec shortlist", parent=True,
             notes="owner-hiring: colleague at Calder Street Media agrees to reject candidates",
             text="""Hi Sam,

Agree with you on both – let's reject Priya M. and Marcus for the Audience Development Executive role, neither had the SEO depth we need. I'll ask Talent to send the "not progressing" emails today.

Happy to go ahead with Jo and Kwame for second interviews. Can you do Thursday?

Imogen

Imogen Clarke | Head of Audience | Calder Street Media

On Mon, 16 Nov 2026 at 09:40, Sam Taylor <sam.taylor@example.org> wrote:
> Imogen – my view is we don't progress Priya M. or Marcus. Thoughts?"""),

    personal(**O, slug="owner-sent-rejection-to-candidate", cat="owner-sent", country="UK",
             frm="Sam Taylor <sam.taylor@example.org>", to="Marcus Reid <marcus.reid@mailbox.example>",
             subject="Your application – Audience Development Executive",
             notes="owner-sent: Sam rejects a candidate for Calder Street Media",
             text="""Dear Marcus,

Thank you for applying for the Audience Development Executive role at Calder Street Media, and for the time you spent on the first interview.

Unfortunately we won't be progressing your application to the next stage. We had a very strong field and were looking for more hands-on SEO experience.

I wish you the very best with your search.

Kind regards,
Sam Taylor
Audience Insights Lead, Calder Street Media"""),

    personal(**O, slug="declined-meeting-invite", day="2026-11-30", cat="non-job-rejection", country="UK",
             frm="Imogen Clarke <imogen.clarke@example.org>",
             subject="Declined: Q1 Audience planning review @ Thu 3 Dec 14:00 - 15:00 (GMT)",
             notes="calendar decline from colleague", wrap=0,
             text="""Imogen Clarke has declined this invitation.

Q1 Audience planning review
When: Thursday 3 Dec 2026 14:00 – 15:00 (GMT)
Organiser: Sam Taylor

"Sorry Sam, clashes with the board prep – can we move it to Friday?"

Invitation from Google Calendar"""),

    personal(**O, slug="letting-agent-flat-other-applicant", cat="non-job-rejection", country="UK",
             frm="Chloe Barnes <chloe@barnesandlettings.example>",
             subject="Flat 3, 18 Albion Road",
             notes="non-job refusal with job-like wording: landlord went with another applicant",
             text="""Hi Sam,

Thanks for your application for Flat 3, 18 Albion Road. Unfortunately the landlord has decided to go with another applicant who could move in sooner. Sorry it's not better news!

We've got a similar two-bed coming up on Cavendish Street next week – I'll send details over.

Chloe
Barnes & Co Lettings | 0113 555 0182"""),

    personal(**O, slug="calder-grant-not-successful", cat="non-job-rejection", country="UK",
             frm="Local News Innovation Fund <grants@newsfund.example>",
             subject="Local News Innovation Fund – Round 4 outcome",
             notes="non-job refusal: employer's grant application not successful",
             text="""Dear Sam,

Thank you for Calder Street Media's application to Round 4 of the Local News Innovation Fund for the "Community Listening Panels" project.

The panel received 212 applications and was able to fund 19. I'm sorry to tell you that your application was not successful on this occasion. Feedback from the assessors is attached to your applicant portal.

Round 5 opens in March 2027 and we would welcome a revised application.

Best wishes,
Ruth Adebayo
Programme Manager, Local News Innovation Fund"""),

    personal(**O, slug="friend-forwards-her-rejection", day="2026-11-19", cat="forwarded", country="US",
             frm="Alexis Romero <lexi.romero@mailbox.example>",
             subject="Fwd: Your application to Northwind Health",
             notes="a friend's rejection forwarded to Sam", client_html=True,
             text="""ugh. look at this. 4 rounds and they send me a template?? can we get a drink friday

---------- Forwarded message ---------
From: Northwind Health Careers <no-reply@northwindhealth.example>
Date: Wed, Nov 18, 2026 at 4:02 PM
Subject: Your application to Northwind Health
To: <lexi.romero@mailbox.example>

Dear Alexis,

Thank you for your interest in the Patient Experience Manager role. After careful consideration, we have decided to move forward with other candidates whose qualifications better meet our needs at this time.

Northwind Health Talent Acquisition"""),

    personal(**O, slug="recruiter-still-deciding", day="2026-11-18", cat="status-update", country="IE",
             frm="Darragh Kelly <darragh.kelly@atlasparcel.example>",
             subject="Re: Customer Experience Manager - update", parent=True,
             notes="still deciding; hiring manager on leave; will come back", wrap=0,
             text="""Hi Sam

Sorry for the delay. The hiring manager has been on leave so the decision on the Customer Experience Manager role is on hold until she's back on the 30th - we're still deciding between you and one other candidate. I'll come back to you either way that week.

Thanks for bearing with us

Darragh

Sent from Outlook for Android"""),

    personal(**O, slug="tern-final-round-casual", cat="next-round", country="US",
             frm="Raj Mehta <raj@ternanalytics.example>",
             subject="You're through to the final round!",
             notes="next-round; 'unfortunately we dropped' the task; other candidates cut",
             text="""Hey Sam,

Great news – you're through to the final round for the Customer Success Manager role! We cut the list down from eight to two after the first interviews.

Unfortunately we've had to drop the in-person workshop (office move), so the final will be a 60-min Zoom with Maya and me. Does next Tuesday or Wednesday afternoon work?

Raj
Co-founder, Tern Analytics"""),

    personal(**O, slug="reference-request-for-former-colleague", cat="reference-request", country="AU",
             frm="Bronwyn Ellis <bellis@wattlecreek.example.gov.au>",
             subject="Reference request – Jordan Pike",
             notes="Sam asked to referee someone else's application",
             text="""Dear Sam,

Jordan Pike has applied for the position of Communications Officer with the Shire of Wattle Creek and has nominated you as a referee.

Would you be available for a 15-minute phone call this week? Alternatively I can send a short questionnaire.

Regards,

Bronwyn Ellis
Human Resources Officer
Shire of Wattle Creek | (03) 5555 0190"""),

    personal(**O, slug="agency-second-interview-others-out", day="2026-11-19", cat="interview-invite", country="AU",
             frm="Liam Kowalski <liam@harbourandvine.example>",
             subject="Sydney Metro Rail - second interview!",
             notes="second interview; others turned down (not Sam)",
             text="""Hi Sam,

Good news mate – Sydney Metro Rail want to see you again for the Customer Operations Manager role. They've turned down the other two shortlisted candidates, so it's between you and one internal.

Second interview is Wednesday 2pm at their Chatswood office, with the GM Customer and someone from HR. I'll send a prep pack tonight.

Cheers,
Liam Kowalski
Principal Consultant | Harbour & Vine Talent"""),

    personal(**O, slug="gym-refund-declined", day="2026-11-20", cat="non-job-rejection", country="NZ",
             frm="Peak Fitness Ponsonby <members@peakfitness.example>",
             subject="Your refund request",
             notes="non-job refusal: refund declined",
             text="""Hi Sam,

Thanks for getting in touch. Unfortunately we're unable to approve your refund request for the November membership fee, as the cancellation was received after the notice period in your agreement.

Your membership will end on 30 November as requested.

Cheers,
Tama
Peak Fitness Ponsonby"""),

    personal(**O, slug="calder-hr-own-req-on-hold", cat="owner-hiring", country="UK",
             frm="Nadia Qureshi <nadia.qureshi@example.org>",
             subject="Partnerships Manager requisition – on hold",
             notes="owner-hiring: Sam's own requisition on hold",
             text="""Hi Sam,

Just to let you know that, following Tuesday's exec meeting, the Partnerships Manager requisition (CSM-121) has been put on hold until the Q1 budget is signed off. I've paused the advert and we won't be sending any further candidates through to you for now.

The two candidates already at interview stage have been told the process is paused.

Thanks,
Nadia
People Partner, Calder Street Media"""),

    personal(**O, slug="referral-cv-passed-on", day="2026-11-12", cat="status-update", country="HK",
             frm="Winnie Cheung <winnie.cheung@lantaucoldchain.example>",
             subject="Re: KAM role at Lantau", parent=True,
             notes="referral contact: CV passed on, role not filled yet",
             text="""Hi Sam,

I passed your CV to Stephen, the hiring manager for the Key Account Manager role. The role isn't filled yet – they've only just started interviewing – so the timing is good. He'll reach out next week.

Winnie

On Wed, 11 Nov 2026 at 19:30, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Winnie, is the KAM role at Lantau still open, or has it been filled?"""),

    personal(**O, slug="withdrawal-confirmed-by-recruiter", day="2026-11-17", cat="withdrawal-confirmation", country="IN",
             frm="Priya Raman <priya.r@talentbridge-consult.example>",
             subject="RE: Withdrawal - HR Business Partner - Kaveri Textiles", parent=True,
             notes="Sam withdrew; recruiter confirms and closes",
             text="""Dear Sam,

Noted with thanks. As requested, we have withdrawn your candidature for the HR Business Partner position with Kaveri Textiles and informed the client. Congratulations on your new opportunity!

Do keep in touch.

Thanks & Regards,
Priya Raman
Sr. Recruiter | TalentBridge Consultants Pvt. Ltd.

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Subject: Withdrawal - HR Business Partner - Kaveri Textiles

Dear Priya, please withdraw my application for the Kaveri Textiles role. Best, Sam"""),

    personal(**O, slug="expense-claim-rejected", day="2026-11-10", cat="non-job-rejection", country="UK",
             frm="Oliver Grant <oliver.grant@example.org>",
             subject="Expense claim EXP-3391 rejected",
             notes="owner's work mail: expense claim rejected",
             text="""Hi Sam,

I've had to reject expense claim EXP-3391 (Leeds trip, 4–5 Nov) as two of the receipts are missing. If you can resubmit with the hotel and train receipts I'll approve it straight away.

Thanks,
Oliver
Finance, Calder Street Media"""),
]
