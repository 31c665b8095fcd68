"""The 48 hard negatives of blind set en17 (24 ATS-style / automated, 24 personal)."""

O = "other"
MESSAGES = [
# ---------------------------------------------------------------- ATS / automated (24)
dict(slug="ack-greenhouse-hedge-let-you-know", label=O, cat="ack-received", style="ats", variant="en-US",
     vendor="greenhouse", brand="Larkspur Health", frm="Larkspur Health <no-reply@us.greenhouse-mail.io>",
     subject="Thank you for applying to Larkspur Health",
     notes="acknowledgement that hedges: 'if we don't move forward, we will let you know'",
     text="""Hi Sam,

Thanks for applying for the Director, Product Marketing role at Larkspur Health! We've received your application and our team is reviewing it now.

If your experience is a match, a member of our recruiting team will reach out to schedule a first conversation. If we decide not to move forward, we will let you know by email – we never leave candidates hanging.

In the meantime, learn more about how we work on our [[Life at Larkspur]] page.

Best,
Larkspur Health Talent Team""",
     about="Larkspur Health is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status."),

dict(slug="ack-workday-volume-assume-unsuccessful", label=O, cat="ack-received", style="ats", variant="en-GB",
     vendor="workday", brand="Haverstock Group", frm="Haverstock Careers <haverstock@myworkday.com>",
     subject="Application received: Customer Marketing Manager (JR-10992)",
     notes="acknowledgement; 'unable to respond to every applicant ... if you have not heard within 4 weeks ... unsuccessful'",
     text="""Dear Sam,

Thank you for applying for the Customer Marketing Manager role (JR-10992) at Haverstock Group. This email confirms that we have received your application.

Our recruitment team will review your application against the requirements of the role. Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.

You can track the status of your application at any time in Candidate Home.

Kind regards,
Haverstock Talent Acquisition"""),

dict(slug="invite-lever-first-interview-ie", label=O, cat="interview-invite", style="ats", variant="en-IE",
     vendor="lever", brand="Brightwater Analytics", frm="Niamh at Brightwater <no-reply@hire.lever.co>",
     reply_to="niamh.coyle@brightwater.example",
     subject="Brightwater Analytics – let's chat about the Marketing Insights Lead role",
     notes="interview invitation with scheduling link; 'unfortunately' about the calendar",
     button="Pick a time",
     text="""Hi Sam,

Thanks for applying for the Marketing Insights Lead role – we'd love to set up a 30-minute call with our Head of Marketing, Eoin, to get to know you better.

Unfortunately Eoin's calendar is a bit of a jigsaw this month, so please grab whichever slot works for you using the link below. If none suit, just reply and I'll find another time.

Looking forward to it,
Niamh Coyle
Talent Acquisition, Brightwater Analytics"""),

dict(slug="assessment-smartrecruiters-online-test-in", label=O, cat="assessment-invite", style="ats", variant="en-IN",
     vendor="smartrecruiters", brand="Nilgiri Retail", frm="Nilgiri Retail <noreply@smartrecruiters.com>",
     subject="Next step: online assessment for Category Marketing Manager",
     notes="assessment invitation; 'candidates who do not complete ... will not be considered'",
     button="Start assessment",
     text="""Dear Sam,

Congratulations! Based on your application for Category Marketing Manager at Nilgiri Retail, we would like to invite you to complete an online assessment.

The assessment takes about 45 minutes and covers numerical reasoning and a short marketing scenario. Please complete it within 5 days of receiving this email. Please note that candidates who do not complete the assessment by the deadline will not be considered further for this role.

All the best,
Talent Acquisition Team, Nilgiri Retail"""),

dict(slug="owner-workday-disposition-notice", day="2026-10-23", label=O, cat="owner-hiring", style="ats", variant="en-GB",
     vendor="workday", brand="Calder Street Media", frm="Calder Street Media Workday <calderstreet@myworkday.com>",
     subject="Candidate dispositioned: Alex Moore - R-1042 Senior Data Journalist",
     notes="Sam is the hiring manager; HR-system notice about a candidate Sam rejected",
     text="""Hello Sam Taylor,

This is a notification for requisitions where you are the hiring manager.

{table}

The candidate will receive the standard regret email 24 hours after this change unless the disposition is reversed. To review the job requisition, open your Workday inbox.""",
     table=[("Requisition", "R-1042 Senior Data Journalist"), ("Candidate", "Alex Moore"),
            ("Stage", "Interview"), ("Disposition", "Not Selected - Other Candidate Selected"), ("Changed by", "Fiona Grant (Recruiter)")]),

dict(slug="owner-greenhouse-reminder-review", label=O, cat="owner-hiring", style="ats", variant="en-GB",
     vendor="greenhouse", brand="Calder Street Media", frm="Greenhouse <no-reply@greenhouse.io>",
     subject="You have 6 candidates awaiting review for Audience Analyst",
     notes="Sam's own requisition; buttons Advance / Reject",
     text="""Hi Sam,

You have candidates awaiting your review on Audience Analyst (Calder Street Media):

- Jordan Pike – Application Review – 9 days
- Meera Shah – Application Review – 7 days
- Liam O'Connor – Application Review – 6 days
- Grace Adeyemi – Application Review – 4 days
- Tom Barnes – Application Review – 2 days
- Chen Yu – Application Review – 1 day

Candidates who are not reviewed within 14 days are automatically sent the rejection template "Application review – not progressing". Please [[advance or reject these candidates]] in Greenhouse.""",
     button="Review candidates"),

dict(slug="owner-greenhouse-sent-copy-rejection", day="2026-10-20", label=O, cat="owner-hiring", style="ats", variant="en-GB",
     vendor="greenhouse", brand="Calder Street Media", frm="Greenhouse <no-reply@greenhouse.io>",
     subject="Copy of email sent to Priya Nair: Your application to Calder Street Media",
     notes="BCC copy of a rejection Sam sent to a finalist from Greenhouse; text is a full rejection",
     text="""Sam Taylor sent the following email to Priya Nair (Audience Analyst, Onsite stage):

Hi Priya,

Thank you so much for spending the afternoon with us last week and for the thoughtful presentation on reader retention.

After a lot of discussion we have decided to move forward with another candidate for the Audience Analyst role. This was a genuinely difficult decision and I would be very happy to share feedback on a call if that would be helpful.

Thank you again, and I hope our paths cross again.

Best wishes,
Sam Taylor
Head of Audience Growth, Calder Street Media

--
You are receiving this copy because "BCC me on candidate emails" is switched on in your Greenhouse settings."""),

dict(slug="reqtransfer-icims-moved-senior", label=O, cat="requisition-transfer", style="ats", variant="en-CA",
     vendor="icims", brand="Cedarline Telecom", frm="Cedarline Telecom Careers <careers-noreply@talent.icims.com>",
     subject="Your application has been moved to a new requisition",
     notes="application transferred; original requisition shown closed", plain_mode="html2text",
     text="""Hello Sam,

The hiring team has reviewed your application and would like to consider you for a different opening. Your application has been moved as follows:

{table}

You do not need to reapply. Your documents and answers have been carried over and a recruiter will contact you about next steps for the new position.

Thank you for your interest in Cedarline Telecom.""",
     table=[("From", "2026-1880 Product Marketing Manager (Closed)"), ("To", "2026-1931 Senior Product Marketing Manager"),
            ("Location", "Toronto, ON"), ("Status", "Under Consideration")]),

dict(slug="jobalert-linkedin-digest-closed-tag", label=O, cat="job-alert", style="ats", variant="en-US",
     vendor="linkedin", brand="LinkedIn", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
     subject="“product marketing manager”: 12 new jobs in New York, NY",
     notes="job alert digest; 'No longer accepting applications' tag and 'Applied' labels", plain_mode="html2text",
     text="""Your job alert for product marketing manager in New York, NY

12 new jobs match your preferences.

- Senior Product Marketing Manager · Halcyon Pay · New York, NY · Actively recruiting
- Product Marketing Manager, Creators · Juniper Social · New York, NY (Hybrid) · Be an early applicant
- Product Marketing Lead · Ostrander Bank · Jersey City, NJ · No longer accepting applications
- Group PMM, Growth · Tessellate · Remote · You applied 5 days ago
- Product Marketing Manager · Wren Audio · Brooklyn, NY · Promoted

[[See all jobs]]

Get the LinkedIn app to apply on the go."""),

dict(slug="newsletter-substack-rejection-email", label=O, cat="newsletter", style="ats", variant="en-AU",
     vendor="substack", brand="The Shortlist by Kate Nguyen", frm="The Shortlist <kate@theshortlist.substack.example>",
     subject="How to reply to a rejection email (templates inside)",
     notes="newsletter about rejection emails; quotes a full rejection as an example",
     text="""## How to reply to a rejection email

G'day, Shortlisters.

Last week a reader sent me this, word for word:

"Thank you for your interest in the Marketing Manager role. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our requirements. We wish you all the best in your search."

Oof. We've all had one. The question she asked was: should I reply? Yes – and here is the three-line template I'd use:

"Thanks for letting me know, and for your time during the process. I enjoyed learning about the team and would love to be considered for future roles. All the best."

Next week: negotiating a counter-offer without burning the bridge.

Kate

[[Read in browser]] · [[Share The Shortlist]]"""),

dict(slug="talentpool-teamtailor-careerfair-nl-footer", label=O, cat="talent-pool", style="ats", variant="en-IE",
     vendor="teamtailor", brand="Veldhoven Media", frm="Veldhoven Media <no-reply@teamtailor.com>",
     subject="Welcome to the Veldhoven Media talent community",
     notes="talent-pool sign-up at a career fair, no application; Dutch footer; mixed-language",
     button="Update my preferences",
     text="""Hi Sam,

Great to meet you at the Dublin Media Careers Fair! You're now part of the Veldhoven Media talent community.

We don't have an opening that matches your interests right now, but as soon as we post a role in marketing or audience development in Dublin or Amsterdam, you'll be the first to hear about it.

Tot ziens,
The Veldhoven Media People Team""",
     extra_footer=["Veldhoven Media B.V. · Herengracht 420, 1017 BZ Amsterdam · KvK 81234567",
                   "Je ontvangt deze e-mail omdat je je hebt aangemeld voor onze talentpool. Afmelden kan altijd via je profiel."]),

dict(slug="offer-workday-sg-conditional", day="2026-10-20", label=O, cat="offer", style="ats", variant="en-SG",
     vendor="workday", brand="Straits Commerce", frm="Straits Commerce Careers <straitscommerce@myworkday.com>",
     subject="Action required: Your offer from Straits Commerce",
     notes="offer; 'may be withdrawn if not accepted' and 'unsuccessful background check' conditions",
     button="Review and sign offer",
     text="""Dear Sam,

Congratulations! We are delighted to offer you the position of Head of Brand Marketing at Straits Commerce, based in Singapore.

Your offer letter is now available in Candidate Home. Please review and sign it by 30 October 2026. The offer may be withdrawn if it is not accepted by this date.

This offer is conditional on satisfactory reference and background checks. An unsuccessful background check may result in the offer being rescinded.

We look forward to welcoming you to the team.

Warm regards,
Talent Acquisition, Straits Commerce"""),

dict(slug="refcheck-referee-for-colleague-au", label=O, cat="reference-request", style="ats", variant="en-AU",
     vendor="xref", brand="Banksia Energy", frm="Refcheck <noreply@refcheck.example>",
     subject="Jamie Lee has nominated you as a referee",
     notes="reference request about a former colleague's candidacy; 'unsuccessful' in boilerplate",
     button="Start reference",
     text="""Hi Sam,

Jamie Lee has applied for the role of Senior Campaign Manager at Banksia Energy and has nominated you as a referee.

The reference takes about 10 minutes. Your answers are shared only with the hiring team at Banksia Energy and will not affect whether a candidate is successful or unsuccessful on their own – they are one part of the overall assessment.

Please complete the reference within 3 business days.

Thanks,
The Refcheck team on behalf of Banksia Energy"""),

dict(slug="payment-declined-linkedin-premium", label=O, cat="non-job-rejection", style="ats", variant="en-US",
     vendor="notify", brand="LinkedIn", frm="LinkedIn <billing-noreply@linkedin.com>",
     subject="Your payment for Premium Career was declined",
     notes="card payment declined for a job-search subscription",
     button="Update payment method",
     text="""Hi Sam,

We weren't able to process your payment of $39.99 for Premium Career. Your card ending in 4417 was declined by your bank.

To keep access to InMail, applicant insights and who's viewed your profile, please update your payment method within 7 days. If we can't collect payment, your subscription will be cancelled.

The LinkedIn Team"""),

dict(slug="talk-sessionize-not-selected", label=O, cat="non-job-rejection", style="ats", variant="en-GB",
     vendor="sessionize", brand="AudienceCon London 2027", frm="AudienceCon London 2027 <noreply@sessionize.com>",
     subject="Your session submission to AudienceCon London 2027",
     notes="conference talk not selected; ordinary rejection wording about a talk",
     text="""Dear Sam Taylor,

Thank you for submitting "Your newsletter is a product: retention metrics for publishers" to AudienceCon London 2027.

We received over 600 submissions for 48 slots this year. After careful consideration by the programme committee, we regret to inform you that your session has not been selected for the programme.

We know this isn't the news you hoped for. As a thank you, we'd like to offer you 30% off a conference ticket with the code SPEAKER30.

Best wishes,
The AudienceCon Programme Committee"""),

dict(slug="rental-application-unsuccessful-au", label=O, cat="non-job-rejection", style="ats", variant="en-AU",
     vendor="generic", brand="2Let Rentals", frm="2Let Rentals <notifications@2let.example>",
     subject="Update on your rental application – 7/41 Grey Street, South Brisbane",
     notes="rental application unsuccessful",
     text="""Hi Sam,

Thank you for your application for 7/41 Grey Street, South Brisbane QLD 4101.

Unfortunately your application was unsuccessful on this occasion. The property manager has approved another applicant.

Your 2Let profile and documents are saved, so you can apply for other properties in one click.

[[Browse similar properties]]

The 2Let Team on behalf of Riverbend Property Management"""),

dict(slug="calendar-declined-debrief", day="2026-10-20", label=O, cat="non-job-rejection", style="ats", variant="en-GB",
     vendor="notify", brand="Calder Street Media", frm="Fiona Grant <fiona.grant@example.org>",
     subject="Declined: Final interview debrief – Senior Data Journalist",
     notes="colleague declines Sam's meeting invite about Sam's own hiring",
     text="""Fiona Grant has declined this meeting.

{table}

Fiona Grant: "Sorry Sam, clash with the all-hands. I've put my scores for both finalists in Greenhouse – I'm a no on Alex, yes on Bea." """,
     table=[("When", "Thursday 22 October 2026 14:00–14:30 (GMT+00:00) London"), ("Where", "Room 3.2 / Teams"),
            ("Organiser", "Sam Taylor")]),

dict(slug="parcel-returned-sg", label=O, cat="non-job-rejection", style="ats", variant="en-SG",
     vendor="notify", brand="LionPost Express", frm="LionPost Express <tracking@lionpost.example>",
     subject="Delivery unsuccessful – your parcel is being returned to sender",
     notes="courier: delivery refused / returned",
     text="""Dear Sam Taylor,

We were unable to deliver your parcel LP 8812 0044 51SG after three attempts, and the recipient's building management declined the delivery.

Your parcel is now being returned to the sender. No further action is needed. If you believe this is an error, you can request a redelivery within 48 hours.

[[Track your parcel]]

LionPost Express Customer Care"""),

dict(slug="grant-arts-council-unsuccessful", label=O, cat="non-job-rejection", style="ats", variant="en-IE",
     vendor="notify", brand="Creative Communities Fund", frm="Creative Communities Fund <grants-noreply@ccfund.example>",
     subject="Decision on your application CCF-26-0417",
     notes="community media grant declined; 'not successful on this occasion'",
     text="""Dear Sam Taylor,

Application: CCF-26-0417 – Northside Voices community podcast

Thank you for applying to the Creative Communities Fund 2026 round. We received 312 eligible applications requesting over €4.1 million.

We regret to inform you that your application has not been successful on this occasion. The assessment panel's comments are available in your online account.

The next round opens in February 2027.

Grants Team, Creative Communities Fund"""),

dict(slug="withdrawal-confirmed-workday-in", label=O, cat="withdrawal-confirmation", style="ats", variant="en-IN",
     vendor="workday", brand="Deccan Ventures", frm="Deccan Ventures Careers <deccanventures@myworkday.com>",
     subject="Your application has been withdrawn",
     notes="Sam withdrew the application; status 'Withdrawn'",
     text="""Dear Sam,

This is to confirm that you have withdrawn your application for Senior Manager, Brand (JR-5521) at Deccan Ventures. Your application is now closed and will not be considered further for this position.

If you withdrew by mistake, please contact the recruiter listed on the job posting.

Regards,
Deccan Ventures Talent Acquisition"""),

dict(slug="status-icims-under-review-us", day="2026-10-21", label=O, cat="status-update", style="ats", variant="en-US",
     vendor="icims", brand="Brookhaven Foods", frm="Brookhaven Foods Careers <careers-noreply@talent.icims.com>",
     subject="Your application status has changed",
     notes="same portal template as a rejection in this set; status 'Under Review by Hiring Manager'",
     plain_mode="html2text",
     text="""Hello Sam,

The status of your application with Brookhaven Foods has been updated. Details are below.

{table}

You can review all of your applications by logging in to the [[Brookhaven Foods Careers Portal]].

Thank you for considering Brookhaven Foods as a place to build your career.""",
     table=[("Requisition", "2026-4502"), ("Position", "Senior Manager, Brand Analytics"),
            ("Location", "Chicago, IL (Hybrid)"), ("Status", "Under Review by Hiring Manager"), ("Updated", "10/21/2026")]),

dict(slug="indeed-application-viewed-uk", day="2026-10-16", label=O, cat="status-update", style="ats", variant="en-GB",
     vendor="indeed", brand="Indeed", frm="Indeed <donotreply@indeed.com>",
     subject="Your application was viewed by Foxglove Publishing",
     notes="job-board notice; employer viewed application; similar jobs below",
     text="""## Good news – your application was viewed

Marketing Manager – Foxglove Publishing – London

The employer viewed your application on 14 October. Employers on Indeed often respond within two weeks. If you don't hear back, it doesn't necessarily mean you weren't successful – many employers are still reviewing.

Similar jobs you may like:

- Audience Development Manager – Harrow & Finch – London
- Marketing Lead – Bramblewood Books – Oxford

[[View application status]]"""),

dict(slug="paper-editorial-manager-declined", label=O, cat="non-job-rejection", style="ats", variant="en-GB",
     vendor="notify", brand="Journal of Media Business Studies", frm="Journal of Media Business Studies <em@editorialmanager.example>",
     subject="Decision on your manuscript JMBS-D-26-00318",
     notes="journal article declined; 'decided not to proceed' / 'unable to accept'",
     text="""Dear Mx Taylor,

Manuscript: JMBS-D-26-00318, "Newsletter subscriptions and loyalty in UK regional news"

Thank you for submitting your manuscript to the Journal of Media Business Studies. Your paper has now been reviewed by two referees, whose comments are below.

I regret that we are unable to accept your manuscript for publication, and we have decided not to proceed with it further. While the reviewers found the dataset interesting, they felt the contribution was not yet sufficient for the journal.

I hope the comments will be useful, and thank you for considering the journal.

Yours sincerely,
Dr Helen Marsh
Associate Editor"""),

dict(slug="owner-workday-req-on-hold-notice", day="2026-10-27", label=O, cat="owner-hiring", style="ats", variant="en-GB",
     vendor="workday", brand="Calder Street Media", frm="Calder Street Media Workday <calderstreet@myworkday.com>",
     subject="Job requisition R-1187 Audience Analyst – status changed to On Hold",
     notes="Sam's own requisition paused; candidates to be told",
     text="""Hello Sam Taylor,

The following job requisition, for which you are the hiring manager, has changed status.

{table}

Candidates in active stages will remain in their current stage while the requisition is on hold. Please ask your recruiter to let candidates know the position has been paused. If the requisition is cancelled, candidates will be dispositioned automatically.""",
     table=[("Requisition", "R-1187 Audience Analyst"), ("New status", "On Hold"),
            ("Reason", "Budget review – Q4 headcount"), ("Approved by", "Mark Ellison (Finance)")]),

# ---------------------------------------------------------------- personal (24)
dict(slug="colleague-agree-reject-finalists", day="2026-10-21", label=O, cat="owner-hiring", style="personal", variant="en-GB",
     frm="Fiona Grant <fiona.grant@example.org>",
     subject="Re: Senior Data Journalist – final two",
     parent=True, parent_domain="example.org",
     notes="colleague (recruiter at Calder) about candidates Sam is rejecting",
     text="""Hi Sam,

Agree with you – Bea was the stronger of the two on the data test. I'll call her this afternoon with the offer.

Shall I let Alex know we won't be moving forward, or would you rather do it yourself? He asked for feedback, so probably best coming from you. I can send the regret email from Greenhouse afterwards.

Fiona

Fiona Grant | Talent Partner | Calder Street Media
07700 900 318

On Wed, 21 Oct 2026 at 09:47, Sam Taylor <sam.taylor@example.org> wrote:
> Fiona - after last night I'm leaning Bea. Alex was great but not quite
> there on the data side. Thoughts?"""),

dict(slug="owner-sent-regret-to-candidate", day="2026-10-23", label=O, cat="owner-sent", style="personal", variant="en-GB",
     frm="Sam Taylor <sam.taylor@example.org>", to="Alex Moore <alex.moore@mailbox.example>",
     subject="Senior Data Journalist – Calder Street Media",
     notes="Sam's own sent rejection to a candidate",
     text="""Hi Alex,

Thank you for coming in last week and for the time you put into the data exercise – it was a genuinely strong piece of work.

I'm sorry to say that we've decided to offer the Senior Data Journalist role to another candidate. It was a close decision, and I'd be very happy to talk through feedback on a call if that would help.

I hope we'll cross paths again.

Best wishes,
Sam

Sam Taylor
Head of Audience Growth | Calder Street Media
020 7946 0455"""),

dict(slug="recruiter-no-need-apologise-after-withdraw", day="2026-10-20", label=O, cat="reply-to-owner", style="personal", variant="en-US",
     frm="Marcus Bell <marcus.bell@lodestar.example>",
     subject="Re: Withdrawing from the Brand Director process",
     parent=True, parent_domain="example.org",
     notes="recruiter's reply to Sam withdrawing; 'no need to apologise, we'd love to keep in touch'",
     text="""Hi Sam,

No need to apologize at all – completely understand, and congratulations on the new role! It was a pleasure getting to know you through the process, and the team will be sad not to see you in the final round.

We'd love to keep in touch. I'll close out your application on our side.

All the best,
Marcus

Marcus Bell
Senior Recruiter | Lodestar
(646) 555-0120

On Tue, Oct 20, 2026 at 8:12 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Marcus,
>
> I'm sorry to do this at a late stage, but I've accepted another offer and
> would like to withdraw from the Brand Director process. Thank you for
> everything, and apologies for the inconvenience.
>
> Best,
> Sam"""),

dict(slug="answer-gone-elsewhere-final-round", day="2026-10-23", label=O, cat="answer-to-owner-question", style="personal", variant="en-CA",
     frm="Sophie Tremblay <sophie.tremblay@kindlewood.example>",
     subject="Re: Head of Audience – have you gone with someone else?",
     parent=True, parent_domain="example.org",
     notes="answer to Sam's 'have you gone with another candidate?': no, final-round invite",
     text="""Hi Sam,

Not at all – and I'm so sorry for the radio silence, that's entirely on me. We had a board meeting that ate two weeks of everyone's calendars.

You're very much still in the running for the Head of Audience role, and we'd like to invite you to the final round: a 60-minute conversation with our CEO and CFO. Would Tuesday 3 or Wednesday 4 November work?

Best,
Sophie

On Thu, Oct 22, 2026 at 4:31 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Sophie,
>
> I hope all is well. I haven't heard back since my second interview on
> 2 October, so I wanted to check - have you gone with another candidate?
> Either way I'd be grateful to know where things stand.
>
> Thanks,
> Sam"""),

dict(slug="agency-old-role-filled-new-briefs", label=O, cat="recruiter-outreach", style="personal", variant="en-GB",
     frm="Danny Whitfield <danny@parkgaterecruitment.example>",
     subject="Catching up – two new briefs",
     notes="recruiter: the role discussed in spring was filled; pitches two new roles",
     text="""Hi Sam,

Long time no speak! You might remember we chatted back in April about the Head of Marketing role at Greyfriars Media – that one was filled internally in the end, so it never went anywhere.

The reason I'm getting in touch: I've picked up two new briefs that I think are much closer to what you were after.

1. Director of Audience, national news publisher, London, c. £95k + bonus
2. Head of Growth, B2B subscription business, remote-first, c. £90k

Both are exclusive to us. Would you be open to a quick call this week?

Cheers,
Danny

Danny Whitfield | Director | Parkgate Recruitment
07700 900 771"""),

dict(slug="friend-fwd-own-rejection-advice-au", day="2026-10-19", label=O, cat="forwarded", style="personal", variant="en-AU",
     frm="Lauren Pike <lauren.pike@mailbox.example>",
     subject="Fwd: Your application to Northwind Travel",
     notes="friend forwards her own rejection and asks how to reply",
     text="""Ugh. Third one this month. Can you have a look and tell me if it's worth replying? You're so good at these. Wine on me Friday x

---------- Forwarded message ---------
From: Northwind Travel Careers <no-reply@northwindtravel.example>
Date: Mon, 19 Oct 2026 at 11:03
Subject: Your application to Northwind Travel
To: Lauren Pike <lauren.pike@mailbox.example>

Dear Lauren,

Thank you for your interest in the Social Media Manager role at Northwind Travel. After careful consideration we have decided not to progress your application. We wish you every success in your job search.

Northwind Travel Talent Team"""),

dict(slug="mentee-fwd-rejection-india", day="2026-10-17", label=O, cat="forwarded", style="personal", variant="en-IN",
     frm="Ananya Iyer <ananya.iyer@mailbox.example>",
     subject="Fw: Application status - Brand Executive",
     notes="mentee forwards her own rejection asking for advice",
     text="""Hi Sam,

Hope you are doing well. Sharing below the mail I got from Zephyr Beverages today. This is the one I had told you about in our last call. I was quite hopeful after the second round :(

Could you please guide me on what I should improve? Also is it okay to ask them for feedback?

Thanks and regards,
Ananya

________________________________
From: HR Zephyr Beverages <hr@zephyrbev.example>
Sent: Friday, October 16, 2026 6:40 PM
To: Ananya Iyer
Subject: Application status - Brand Executive

Dear Ananya,

Thank you for participating in the selection process for Brand Executive. We regret to inform you that we will not be moving forward with your application at this time. We will retain your profile in our database for future openings.

Regards,
HR Team, Zephyr Beverages"""),

dict(slug="manager-ack-hedge-sg", label=O, cat="ack-received", style="personal", variant="en-SG",
     frm="Kenneth Goh <kenneth.goh@harbourfront-labs.example>",
     subject="Re: Application - Growth Marketing Manager",
     parent=True, parent_domain="example.org",
     notes="hiring manager's hedging acknowledgement: 'if it's not a fit I'll let you know'",
     text="""Hi Sam,

Thanks for sending your CV across – got it. Candidly we've had a huge response to the Growth Marketing Manager post, so it may be a couple of weeks before I get through everything.

If it's not a fit I'll let you know either way, I don't like leaving people hanging.

Regards,
Kenneth

Kenneth Goh
Head of Marketing, Harbourfront Labs
+65 9155 0321"""),

dict(slug="next-round-with-reservations-us", day="2026-10-28", label=O, cat="interview-invite", style="personal", variant="en-US",
     frm="Tasha Green <tasha.green@parcelpoint.example>",
     subject="Next steps – Director of Growth Marketing",
     notes="progress notice that mentions reservations and 'unfortunately' about the timeline",
     text="""Hi Sam,

Good news – the panel would like to move you forward to the final stage for the Director of Growth Marketing role.

To be transparent, a couple of panelists had reservations about your paid acquisition experience, so the final conversation with our CMO will focus on that. Unfortunately she's traveling next week, so the earliest we can do is Monday, Nov 9.

Let me know if that works and I'll send the invite.

Thanks,
Tasha

Tasha Green | Recruiting Lead | ParcelPoint
(312) 555-0149"""),

dict(slug="offer-email-salary-unfortunately-ie", label=O, cat="offer", style="personal", variant="en-IE",
     frm="Declan Murphy <declan.murphy@shannonwave.example>",
     subject="Offer – Head of Audience Development",
     notes="offer; 'unfortunately' about base salary",
     attach=[("Offer_Letter_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% placeholder offer letter\n%%EOF\n")],
     text="""Hi Sam,

I'm delighted to offer you the role of Head of Audience Development at Shannonwave. The formal letter is attached.

Unfortunately we couldn't move on the base salary beyond €88,000, but we've increased the bonus target to 15% and added an extra five days' annual leave, which I hope goes some way.

Have a think over the weekend and give me a shout on Monday with any questions.

Delighted to have you, hopefully,
Declan

Declan Murphy | CMO | Shannonwave
+353 86 555 0117"""),

dict(slug="reference-stage-request-uk", label=O, cat="reference-request", style="personal", variant="en-GB",
     frm="Amelia Hart <amelia.hart@fennickmedia.example>",
     subject="References – Marketing Director",
     notes="Sam at reference stage; asks for referees",
     text="""Hi Sam,

Thanks again for Thursday. I'm pleased to say the panel has decided to move you forward to reference stage for the Marketing Director role – you're our preferred candidate.

Could you send me the names and contact details of two referees, one of whom should be your current or most recent line manager? We won't contact anyone until you give us the go-ahead.

Best,
Amelia

Amelia Hart
Head of People, Fennick Media
07700 900 512"""),

dict(slug="auto-reply-ooo-recruiter-au", day="2026-10-26", label=O, cat="auto-reply", style="personal", variant="en-AU",
     frm="Ben Russo <ben.russo@gumtreeventures.example>",
     subject="Automatic reply: Application - Marketing Manager, Partnerships",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     parent=True, parent_domain="example.org",
     notes="out-of-office auto-reply from a recruiter; mentions candidates and outcomes",
     text="""Hi,

Thanks for your email. I'm on annual leave until Monday 9 November with limited access to email.

If your message relates to an application, please note that all candidates will be contacted about the outcome once the hiring manager has made a decision. For anything urgent, please contact talent@gumtreeventures.example.

Cheers,
Ben"""),

dict(slug="flat-landlord-other-applicant-uk", label=O, cat="non-job-rejection", style="personal", variant="en-GB",
     frm="Holly Marsh <holly@marshlettings.example>",
     subject="Re: Flat 2, 18 Cranbrook Road – viewing Saturday",
     parent=True, parent_domain="example.org",
     notes="letting agent: landlord went with another applicant for the flat",
     text="""Hi Sam,

Thanks for coming to the viewing on Saturday. I'm sorry to say the landlord has decided to go with another applicant for Flat 2 – they had a longer tenancy in mind than you were looking for.

I've got a similar two-bed coming up on Whitmore Road in a couple of weeks; shall I put you down for a viewing?

Kind regards,
Holly

Holly Marsh | Lettings Negotiator | Marsh Lettings
01632 960 441"""),

dict(slug="editor-pitch-pass-ca", label=O, cat="non-job-rejection", style="personal", variant="en-CA",
     frm="Nadia Singh <nadia.singh@theledger.example>",
     subject="Re: Pitch – what publishers get wrong about newsletters",
     parent=True, parent_domain="example.org",
     notes="magazine editor passes on Sam's op-ed pitch",
     text="""Hi Sam,

Thanks for thinking of The Ledger for this. I like the angle, but we ran something very close to it in September, so we're going to pass on this one.

If you have anything on audience data and AI search, I'd be keen to see it.

Best,
Nadia

Nadia Singh
Opinion Editor, The Ledger"""),

dict(slug="client-declines-agency-pitch-sg", label=O, cat="non-job-rejection", style="personal", variant="en-SG",
     frm="Rachel Koh <rachel.koh@orchidair.example>",
     subject="RE: Calder Street Media – audience research proposal",
     parent=True, parent_domain="example.org",
     notes="a client declines Calder Street Media's proposal; 'gone with another agency'",
     text="""Dear Sam,

Thank you and the Calder Street Media team for the proposal and the presentation last week.

After reviewing all submissions, we have decided to proceed with another agency for the 2027 audience research programme. It was a difficult decision, as your team's approach to panel recruitment was excellent.

We hope to have the opportunity to work together in the future.

Best regards,
Rachel Koh
Senior Manager, Brand & Insights
Orchid Air"""),

dict(slug="declined-coffee-chat-us", day="2026-10-19", label=O, cat="non-job-rejection", style="personal", variant="en-US",
     frm="Jordan Hayes <jordan.hayes@tallgrass.example>",
     subject="Re: Coffee in November?",
     parent=True, parent_domain="example.org",
     notes="networking contact declines a coffee meeting; mentions hiring freeze",
     text="""Hi Sam,

Thanks so much for reaching out, and for the kind words about the talk. I'm afraid I'll have to decline for now – I'm traveling most of November and we're in a hiring freeze, so I wouldn't have much useful to share about openings anyway.

Let's try again in the new year?

Jordan"""),

dict(slug="owner-sent-have-you-gone-elsewhere", label=O, cat="owner-sent", style="personal", variant="en-GB",
     frm="Sam Taylor <sam.taylor@example.org>", to="Lucy Chambers <lucy.chambers@hollinsgate.example>",
     subject="Brand Marketing Manager – checking in",
     notes="Sam's own chaser asking if they have gone with another candidate",
     text="""Hi Lucy,

I hope you're well. It's been three weeks since my final interview for the Brand Marketing Manager role and I haven't heard anything, so I wanted to check in.

If you've decided to go with another candidate, I completely understand – I'd just be grateful to know either way, and for any feedback you can share.

Many thanks,
Sam"""),

dict(slug="reply-to-thanks-quoted-rejection-au", day="2026-10-16", label=O, cat="reply-to-owner", style="personal", variant="en-AU",
     frm="Chloe Nguyen <chloe.nguyen@kookaburra-digital.example>",
     subject="Re: Your application – Senior Marketing Manager",
     parent=True, parent_domain="kookaburra-digital.example", parent_depth=2,
     notes="recruiter answers Sam's thank-you note; the rejection is only in the quote",
     text="""Hi Sam,

Thank you for such a gracious reply – it honestly made my afternoon. I've made a note on your profile and will definitely reach out when the next senior role opens up on the team.

Speak soon,
Chloe

On Fri, 16 Oct 2026 at 09:20, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Chloe,
>
> Thanks for letting me know, and for a really enjoyable process. I'd love
> to be considered for future roles.
>
> Best,
> Sam
>
> On Thu, 15 Oct 2026 at 17:05, Chloe Nguyen <chloe.nguyen@kookaburra-digital.example> wrote:
>> Hi Sam,
>>
>> Thanks for interviewing for the Senior Marketing Manager role. We've
>> decided to move forward with another candidate on this occasion.
>>
>> Chloe"""),

dict(slug="candidate-reply-asks-feedback", day="2026-10-21", label=O, cat="owner-hiring", style="personal", variant="en-GB",
     frm="Priya Nair <priya.nair@mailbox.example>",
     subject="Re: Your application to Calder Street Media",
     parent=True, parent_domain="example.org",
     notes="a candidate Sam rejected replies asking for feedback",
     text="""Hi Sam,

Thank you for letting me know. I'm disappointed of course, but I really enjoyed meeting the team.

If you have a few minutes at some point, I'd really appreciate any feedback on where I fell short – particularly on the presentation.

Best wishes,
Priya

On Tue, 20 Oct 2026 at 15:12, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Priya,
>
> After a lot of discussion we have decided to move forward with another
> candidate for the Audience Analyst role. This was a genuinely difficult
> decision.
>
> Best wishes,
> Sam"""),

dict(slug="interview-cancelled-illness-rebook-in", day="2026-10-14", label=O, cat="reschedule", style="personal", variant="en-IN",
     frm="Sneha Pillai <sneha.pillai@indigoleaf.example>",
     subject="Interview tomorrow - need to reschedule",
     notes="interview cancelled because interviewer is ill; candidacy continues",
     text="""Hi Sam,

Apologies for the late notice. Unfortunately Mr. Arvind Rao is unwell, so we have to cancel tomorrow's 11 am interview for the Lead - Brand Marketing position.

This does not affect your candidature in any way. Could you please share your availability for Monday or Tuesday next week and I will block the calendar accordingly?

Thanks & Regards,
Sneha Pillai
HR Executive, Indigo Leaf Consulting
+91 98450 55330"""),

dict(slug="moved-to-other-role-ca", label=O, cat="requisition-transfer", style="personal", variant="en-CA",
     frm="Emily Chen <emily.chen@borealpay.example>",
     subject="Your application – a slightly different role",
     notes="recruiter moves Sam's application from the applied role (being closed) to another role",
     text="""Hi Sam,

Quick update. After reviewing your background, our VP Marketing felt you'd be a stronger fit for our Senior Lifecycle Marketing Manager opening than the Marketing Manager role you applied for, which we're closing as we've restructured the team.

With your okay, I've moved your application across to the Senior role – no need to reapply. I'd like to set up a call with the hiring manager next week.

Does that sound good?

Emily

Emily Chen | Talent Acquisition | Boreal Pay
Vancouver, BC | 604-555-0131"""),

dict(slug="agency-client-still-deciding-au", day="2026-10-27", label=O, cat="status-update", style="personal", variant="en-AU",
     frm="Sarah Kelly <sarah.kelly@harbourpeople.example>",
     subject="Re: Any news from Jacaranda?",
     parent=True, parent_domain="example.org",
     notes="agency: client still deciding, one more interview; explicit 'no decision yet'",
     text="""Hi Sam,

No news yet I'm afraid – Jacaranda are still deciding. They've asked to see one more candidate on Thursday before they make a call, which is annoying but normal for them.

You're still very much in the mix for the Marketing Lead role, and the hiring manager said as much. I'll chase them Friday and let you know either way.

Sarah

Sarah Kelly | Senior Consultant | Harbour People
0400 555 287"""),

dict(slug="hrbp-pause-finalists-owner", day="2026-10-27", label=O, cat="owner-hiring", style="personal", variant="en-GB",
     frm="Mark Ellison <mark.ellison@example.org>",
     subject="Audience Analyst req – on hold",
     notes="Calder HR/finance tells Sam her own requisition is on hold; asks Sam to tell finalists",
     text="""Hi Sam,

Sorry to be the bearer of bad news – following this morning's budget review, the Audience Analyst requisition is on hold until we know Q1 numbers.

Could you let your two finalists know we're pausing the process? Something like "we're not able to make a decision at this stage and will come back to you in January" is fine. Please don't reject them outright in Greenhouse – if the budget comes back we'll want to pick up where we left off.

Thanks,
Mark

Mark Ellison
Finance Business Partner | Calder Street Media"""),

dict(slug="meetup-talentpool-no-opening-sg", label=O, cat="talent-pool", style="personal", variant="en-SG",
     frm="Farah Ismail <farah.ismail@sunda-studios.example>",
     subject="Great meeting you at MarTech Singapore",
     notes="talent-pool invitation after a meetup, no application, 'nothing that matches right now'",
     text="""Hi Sam,

It was great meeting you at the MarTech Singapore drinks on Thursday! As promised, here's the link to our careers page: sunda-studios.example/careers

We don't have anything open right now that matches your experience, but we're planning to hire a Head of Audience in Q1. Would you be happy for me to add you to our talent pool so I can reach out when the role goes live?

Best,
Farah

Farah Ismail | Talent Lead | Sunda Studios
+65 8155 0472"""),
]
