"""Rejections (label `rejection`): written for this set only, without reading the product's rules."""
from content_common import rej

NOREPLY = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
LIST = {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"}

ATS = [
rej("brackenridge-greenhouse-data-platform", "ats-automated", "ats",
    ("lena.okafor@brackenridge.example", "Lena", "Brackenridge Analytics", "Senior Product Manager, Data Platform"),
    vendor="greenhouse", brand="Brackenridge Analytics", variant="en-US",
    frm="Brackenridge Analytics <no-reply@us.greenhouse-mail.io>",
    reply_to="Lena Okafor <lena.okafor@brackenridge.example>",
    subject="Your application to Brackenridge Analytics",
    text="""Hi Sam,

Thank you for applying for the Senior Product Manager, Data Platform position at Brackenridge Analytics and for the time you put into your application. We read every submission ourselves rather than relying on keyword filters, and that takes a little while, so thanks as well for your patience.

We received a large number of strong applications for this opening. After careful review, we will not be moving your application forward to the interview stage.

We know this isn't the news you were hoping for. New roles open on our careers page regularly and you're welcome to apply again.

All the best,
Lena Okafor
Recruiting, Brackenridge Analytics""",
    headers=NOREPLY, notes="Reply-To a person; verdict in second paragraph"),

rej("quillfeather-lever-growth", "ats-automated", "ats",
    ("", "", "Quillfeather", "Growth Product Manager"),
    vendor="lever", brand="Quillfeather", variant="en-US",
    frm="Quillfeather <no-reply@hire.lever.co>",
    subject="Quillfeather | Growth Product Manager",
    text="""Hi Sam,

Thanks so much for your interest in the Growth Product Manager role and in Quillfeather. We loved reading about what you've built.

We've now had the chance to look closely at your background, and the team has decided to pursue other applicants whose experience is a closer fit for what this particular role needs right now.

Hiring is imperfect and this is in no way a judgement on your abilities. We'd genuinely love to see your name come up again as the company grows.

Cheers,
The Quillfeather Team""",
    headers=NOREPLY, notes="no-reply, team signature, no address -> reply_to empty"),

rej("harrowgate-workday-not-selected-table", "ats-automated", "ats",
    ("", "", "Harrowgate Insurance Group", "Product Owner - Claims Digital"),
    vendor="workday", brand="Harrowgate Insurance Group", variant="en-GB",
    frm="Harrowgate Careers <harrowgate@myworkday.com>",
    subject="Update on your application - Product Owner - Claims Digital (R-104223)",
    text="""Dear Sam Taylor,

We are writing to update you on the status of your application with Harrowgate Insurance Group.

{table}

The position has attracted a high volume of applications and the hiring manager has reviewed each one against the requirements of the role.

You can keep your candidate profile active on our careers site and set up job alerts for similar opportunities.

Kind regards,
Talent Acquisition
Harrowgate Insurance Group""",
    table=[("Requisition", "R-104223"), ("Position", "Product Owner - Claims Digital"),
           ("Location", "Leeds, West Yorkshire (hybrid)"), ("Status", "Not selected - application closed")],
    cte="base64", html_only=True, headers=NOREPLY,
    notes="HTML-only base64; verdict only in a table cell; no person, no address"),

rej("tallis-smartrecruiters-shortlist", "ats-automated", "ats",
    ("careers@tallisbio.example", "", "Tallis Bio", "Digital Product Lead"),
    vendor="smartrecruiters", brand="Tallis Bio", variant="en-GB",
    frm="Tallis Bio <noreply@smartrecruiters.com>",
    subject="Digital Product Lead at Tallis Bio",
    text="""Dear Sam,

Thank you for applying for the position of Digital Product Lead with Tallis Bio.

Our recruitment team has now completed the shortlisting process. On this occasion your application has not been shortlisted for interview.

We appreciate the interest you have shown in Tallis Bio. If you have any questions, please contact the recruitment team at careers@tallisbio.example rather than replying to this message.

Yours sincerely,
Recruitment Team
Tallis Bio""",
    headers=NOREPLY, notes="no-reply; team address in body"),

rej("norrland-ashby-not-progress", "ats-automated", "ats",
    ("petra.lind@norrland.example", "Petra", "Norrland Mobility", "Senior PM, Rider Experience"),
    vendor="ashby", brand="Norrland Mobility", variant="en-nonnative",
    frm="Petra Lind <no-reply@ashbyhq.com>", reply_to="petra.lind@norrland.example",
    subject="Re: Senior PM, Rider Experience at Norrland Mobility",
    text="""Hej Sam,

Thank you for the interest in Norrland Mobility and for taking time to apply to the Senior PM, Rider Experience opening.

I have now gone through your application together with our Head of Product. We see that you have a good background, but in this round we have prioritised candidates with more hands-on experience from hardware and fleet products, so we will not continue with your application.

I wish you good luck with the search and hope our paths cross again.

Best regards,
Petra Lind
Talent Acquisition Partner | Norrland Mobility""",
    notes="Swedish writer; Ashby From shows person, Reply-To set"),

rej("corvina-icims-regret", "ats-automated", "ats",
    ("", "", "Corvina Health Systems", "Manager, Product Management - Patient Engagement"),
    html_only=True, vendor="icims", brand="Corvina Health Systems", variant="en-US",
    frm="Corvina Health Systems <donotreply@talent.icims.com>",
    subject="Corvina Health Systems - Application Status",
    text="""Dear Sam,

Thank you for your interest in the Manager, Product Management - Patient Engagement (Req #2026-8814) position with Corvina Health Systems.

We regret to inform you that we have decided to move forward with other candidates whose qualifications better meet our needs at this time.

We encourage you to visit our careers site often and to apply for any future openings for which you feel you are qualified. We wish you success in your job search.

Sincerely,
Corvina Health Systems Talent Acquisition""",
    headers=NOREPLY, notes="ordinary ATS wording; EEO footer"),

rej("pennywhistle-taleo-unable", "ats-automated", "ats",
    ("", "", "Pennywhistle Financial", "Product Manager II, Mobile Banking"),
    vendor="taleo", brand="Pennywhistle Financial", variant="en-CA",
    frm="Pennywhistle Financial <careers-noreply@taleo.net>",
    subject="Your candidacy for Product Manager II, Mobile Banking (2600431)",
    text="""Dear Sam Taylor,

Thank you for applying to the Product Manager II, Mobile Banking position (2600431) at Pennywhistle Financial.

We have carefully considered your qualifications. While your background is impressive, we are unable to offer you a position at this time, and your candidacy for this requisition has been closed.

Your profile remains in our talent pool and you may apply to other positions at any time through the career section.

Sincerely,
Pennywhistle Financial
Talent Acquisition Centre of Expertise""",
    cte="base64", headers=NOREPLY, notes="Canadian; base64 both parts"),

rej("ferngully-teamtailor-decided", "ats-automated", "ats",
    ("jonas@ferngully.example", "Jonas", "Ferngully", "Product Manager, Marketplace"),
    vendor="teamtailor", brand="Ferngully", variant="en-nonnative",
    frm="Jonas Brandt - Ferngully <no-reply@teamtailor.com>", reply_to="Jonas Brandt <jonas@ferngully.example>",
    subject="About your application at Ferngully",
    text="""Hi Sam,

thanks a lot for applying to Ferngully as Product Manager, Marketplace – we really appreciate the effort!

We have looked at your profile in detail. For this position we decided to go with candidates who bring more experience in two-sided marketplaces, therefore we won't take your application further.

Please don't take this as a judgement of your skills. Keep an eye on our career page, the team is growing.

Have a great week,
Jonas from Ferngully 🌿""",
    notes="German writer, informal; emoji in body; RFC 2047 not needed; en dash"),

rej("meridian-successfactors-unsuccessful", "ats-automated", "ats",
    ("", "", "Meridian Utilities plc", "Head of Digital Product"),
    vendor="successfactors", brand="Meridian Utilities plc", variant="en-GB",
    frm="Meridian Utilities Recruitment <noreply@successfactors.eu>",
    subject="Application for Head of Digital Product – Ref 44718",
    text="""Dear Sam,

Re: Head of Digital Product – Ref 44718

Many thanks for the interest you have shown in working for Meridian Utilities plc and for taking the time to complete our application process.

Having reviewed your application against the essential criteria for this role, we regret that you have been unsuccessful on this occasion.

Due to the volume of applications received we are unable to provide individual feedback at this stage.

Yours sincerely,

Resourcing Team
Meridian Utilities plc
Registered office: 1 Grid Way, Reading RG1 0ZZ. Registered in England No. 00000001.""",
    headers=NOREPLY, notes="UK formal; en dash in subject (RFC 2047)"),

rej("saltmarsh-recruitee-hiring-manager", "ats-automated", "ats",
    ("anouk@saltmarsh.example", "Anouk", "Saltmarsh", "Product Manager Payments"),
    vendor="recruitee", brand="Saltmarsh", variant="en-nonnative",
    frm="Saltmarsh <saltmarsh@mail.recruitee.com>", reply_to="Anouk de Wit <anouk@saltmarsh.example>",
    subject="Your application for Product Manager Payments",
    text="""Dear Sam,

Thank you for your application for the role of Product Manager Payments at Saltmarsh. The hiring manager and I have reviewed your CV and motivation letter.

Although we see relevant experience, we have decided that your profile does not sufficiently match what we are looking for in this vacancy. We will therefore not invite you for a first interview.

Thank you again for thinking of Saltmarsh, and good luck in your search.

Kind regards,
Anouk de Wit
Recruiter""",
    notes="Dutch writer; Recruitee; Reply-To person"),

rej("oakhaven-personio-english", "ats-automated", "ats",
    ("jobs@oakhaven-labs.example", "", "Oakhaven Labs GmbH", "Senior Product Manager (m/f/d)"),
    vendor="personio", brand="Oakhaven Labs GmbH", variant="en-nonnative",
    frm="Oakhaven Labs GmbH <no-reply@jobs.personio.de>",
    subject="Your application as Senior Product Manager (m/f/d)",
    text="""Dear Sam Taylor,

thank you very much for your interest in Oakhaven Labs GmbH and for your application as Senior Product Manager (m/f/d).

After careful examination of your documents we have to inform you that we cannot consider your application any further in the current selection process. This decision is not a judgement on your qualifications; we simply had applicants whose profile fits the specific requirements more closely.

In accordance with data protection regulations, your documents will be deleted six months after the completion of the process. Questions may be sent to jobs@oakhaven-labs.example.

Kind regards
Your Oakhaven Labs Recruiting Team""",
    headers=NOREPLY, notes="German company writing English; Personio; GDPR deletion notice"),

rej("lumicrest-wttj-declined", "ats-automated", "ats",
    ("", "Chloé", "Lumicrest", "Product Manager – Creator Tools"),
    vendor="wttj", brand="Lumicrest", variant="en-nonnative",
    frm="Lumicrest via Welcome to the Jungle <no-reply@welcometothejungle.com>",
    subject="Lumicrest – your application for Product Manager – Creator Tools",
    text="""Hello Sam,

Thank you for your interest in Lumicrest! We took the time to study your application for the Product Manager – Creator Tools position with great attention.

Unfortunately we are not able to give it a positive outcome: the team has chosen profiles with a stronger background in video products for the next steps.

We hope you will find the opportunity you are looking for very soon, and we will be happy to see you apply again for another of our offers.

Chloé, Talent Acquisition at Lumicrest""",
    headers=NOREPLY, notes="French writer; WTTJ; first name but no address"),

rej("granitebay-bamboohr-other-direction", "ats-automated", "ats",
    ("hiring@granitebay.example", "Marcus", "Granite Bay Software", "Product Manager"),
    vendor="bamboohr", brand="Granite Bay Software", variant="en-US",
    frm="Granite Bay Software <notifications@app.bamboohr.com>",
    subject="Thanks for applying to Granite Bay Software",
    text="""Hey Sam,

Thanks for throwing your hat in the ring for our Product Manager opening. Small team, lots of applicants, so it took us a bit to get through everyone.

We've decided to go a different direction for this hire.

If you'd like a couple of lines of feedback, just drop me a note at hiring@granitebay.example and I'll do my best.

Marcus
Co-founder, Granite Bay Software""",
    notes="US casual; short; address in body"),

rej("stellwerk-softgarden-english", "ats-automated", "ats",
    ("", "", "Stellwerk Logistics", "Product Manager Warehouse Software"),
    vendor="softgarden", brand="Stellwerk Logistics", variant="en-nonnative",
    frm="Stellwerk Logistics <noreply@softgarden.io>",
    subject="Your application: Product Manager Warehouse Software",
    text="""Dear Sam Taylor,

we thank you for the trust you placed in us with your application for the position Product Manager Warehouse Software.

After examining all incoming applications thoroughly, we have decided in favour of another applicant. We ask for your understanding that we therefore cannot take your application into account.

We wish you all the best for your professional and personal future.

With kind regards
Human Resources
Stellwerk Logistics""",
    headers=NOREPLY, notes="German ATS wording translated literally"),

rej("tidewater-jobvite-no-interview", "ats-automated", "ats",
    ("", "", "Tidewater Media", "Senior Product Manager, Subscriptions"),
    vendor="jobvite", brand="Tidewater Media", variant="en-US",
    frm="Tidewater Media Recruiting <notification@jobvite.com>",
    subject="Senior Product Manager, Subscriptions - application update",
    text="""Hello Sam,

We appreciate you taking the time to apply for Senior Product Manager, Subscriptions at Tidewater Media.

Our recruiting team has completed its initial review. At this point, we won't be inviting you to interview for this position.

Because our needs change quickly, we encourage you to create a job alert on our careers site so you're the first to hear about new openings.

Best regards,
Tidewater Media Talent Acquisition""",
    headers=NOREPLY),

rej("pinecrest-workable-final", "ats-automated", "ats",
    ("amelia.hart@pinecrest.example", "Amelia", "Pinecrest Learning", "Lead Product Manager – Assessments"),
    vendor="workable", brand="Pinecrest Learning", variant="en-AU",
    frm="Amelia Hart <notifications@workablemail.com>", reply_to="amelia.hart@pinecrest.example",
    subject="Lead Product Manager – Assessments at Pinecrest Learning",
    text="""Hi Sam,

Thanks again for making the time to meet Dev and Priyanka last Tuesday – they both enjoyed the conversation about adaptive testing.

I've got an outcome for you now, and I'm sorry it's not a positive one. The panel has decided to offer the Lead Product Manager – Assessments role to another candidate who has spent the last few years in the K–12 space, which tipped it for them.

It was close, and I'd be happy to jump on a quick call if you'd like more detail.

Cheers,
Amelia Hart
People & Culture | Pinecrest Learning | Melbourne""",
    notes="Australian; after interview but ATS-sent; verdict after thanks"),

rej("vantablue-greenhouse-survey", "ats-automated", "ats",
    ("", "", "Vantablue", "Product Manager, Identity"),
    vendor="greenhouse", brand="Vantablue", variant="en-US",
    frm="Vantablue Recruiting <no-reply@us.greenhouse-mail.io>",
    subject="Following up on your Vantablue application",
    text="""Hi Sam,

Thanks for applying for the Product Manager, Identity role at Vantablue.

After reviewing your experience, we've decided not to proceed with your application for this position. We'll hold on to your information, and if something opens up that looks like a fit we may reach out.

We're always trying to improve how we hire. Would you take two minutes to tell us how this process felt? [[Share feedback]]

Thank you,
Vantablue Recruiting""",
    button="Take the candidate survey", headers=NOREPLY,
    notes="ordinary wording + candidate survey button"),

rej("kiteline-icims-position-filled", "ats-automated", "ats",
    ("", "", "Kiteline Aerospace", "Product Manager - Flight Operations Software"),
    cte="base64", vendor="icims", brand="Kiteline Aerospace", variant="en-US",
    frm="Kiteline Aerospace Careers <careers@kiteline.icims.com>",
    subject="Regarding your application for Product Manager - Flight Operations Software",
    text="""Dear Sam,

Thank you for your recent application for the Product Manager - Flight Operations Software role (Requisition 7731).

Please be advised that this position has been filled. As a result your application will no longer be considered for this requisition.

We sincerely appreciate your interest in Kiteline Aerospace and encourage you to review other open roles.

Kiteline Aerospace Talent Acquisition""",
    headers=NOREPLY),
]

ATS += [
rej("oxbow-keep-on-file-greenhouse", "keep-on-file", "ats",
    ("talent@oxbowhealth.example", "", "Oxbow Health", "Senior Product Manager, Clinician Tools"),
    vendor="greenhouse", brand="Oxbow Health", variant="en-US",
    frm="Oxbow Health <no-reply@us.greenhouse-mail.io>",
    subject="Oxbow Health - Senior Product Manager, Clinician Tools",
    text="""Hi Sam,

Thank you for your interest in joining Oxbow Health. We were impressed by your background and enjoyed learning about your work on scheduling products.

While we won't be moving forward with you for the Senior Product Manager, Clinician Tools role, we'd like to keep your resume on file. Our product org is expanding next year and we may reach out if a suitable position opens.

If you'd prefer we didn't keep your details, email talent@oxbowhealth.example and we'll remove them.

Warmly,
Oxbow Health Talent Team""",
    headers=NOREPLY, notes="keep resume on file; team address in body"),

rej("bellhaven-talent-pool-workday", "keep-on-file", "ats",
    ("", "", "Bellhaven Retail", "Product Manager, Loyalty"),
    vendor="workday", brand="Bellhaven Retail", variant="en-GB",
    frm="Bellhaven Retail <bellhaven@myworkday.com>",
    subject="Your Bellhaven application: Product Manager, Loyalty",
    text="""Dear Sam,

Thank you for applying for the Product Manager, Loyalty role with Bellhaven Retail.

We've now reviewed all applications and, on this occasion, we have decided to progress with other applicants.

We'd love to stay in touch, though. With your permission we'll add you to the Bellhaven Talent Community so you hear about similar roles first. [[Join the Talent Community]]

Best wishes,
Bellhaven Resourcing""",
    headers=NOREPLY, notes="talent community invitation"),

rej("cindervale-smartrecruiters-future", "keep-on-file", "ats",
    ("ravi.menon@cindervale.example", "Ravi", "Cindervale Technologies", "Associate Director – Product Management"),
    vendor="smartrecruiters", brand="Cindervale Technologies", variant="en-IN",
    frm="Cindervale Technologies <noreply@smartrecruiters.com>",
    subject="Status of your application – Associate Director – Product Management",
    text="""Dear Sam,

Greetings from Cindervale Technologies!

Thank you for showing interest in the Associate Director – Product Management position at our Bengaluru office. We have gone through your profile with our business heads.

We would like to inform you that your profile has not been shortlisted for the current requirement. However, we have retained your CV in our database and will get in touch with you should a suitable opening come up in future.

For any query you may write to Ravi Menon (ravi.menon@cindervale.example).

Thanks & Regards,
Talent Acquisition Team
Cindervale Technologies Pvt. Ltd.""",
    headers=NOREPLY, notes="Indian English; CV retained; person address in body"),

rej("fjordline-teamtailor-connect", "keep-on-file", "ats",
    ("", "", "Fjordline", "Product Manager – Booking"),
    vendor="teamtailor", brand="Fjordline", variant="en-nonnative",
    frm="Fjordline <no-reply@teamtailor.com>",
    subject="Your application to Fjordline",
    text="""Hi Sam!

Thank you for applying for Product Manager – Booking. It was really nice to get to know you a little through your application.

The recruitment for this role is now finished and we chose to proceed with another candidate. We would however like to keep your application in our Connect pool for 12 months, if that's ok with you – you can withdraw your consent any time.

Warm regards,
Team Fjordline""",
    headers=NOREPLY, notes="Norwegian writer; Connect pool consent"),

rej("ashcombe-taleo-future-vacancies", "keep-on-file", "ats",
    ("", "", "Ashcombe Group", "Product Manager (Data & Insight)"),
    vendor="taleo", brand="Ashcombe Group", variant="en-IE",
    frm="Ashcombe Group Careers <ashcombe-noreply@taleo.net>",
    subject="Ashcombe Group: Product Manager (Data & Insight)",
    text="""Dear Sam,

Thank you for your recent application for the post of Product Manager (Data & Insight) based in our Dublin office.

The volume of applications received was very high and, after careful consideration, I'm sorry to tell you that your application was not successful on this occasion.

With your consent we will retain your details for a period of twelve months and may contact you about future vacancies that match your skills.

Kind regards,
Recruitment, Ashcombe Group""",
    headers=NOREPLY, notes="Irish; retain details 12 months"),

rej("marlow-ashby-revisit", "keep-on-file", "ats",
    ("beth@marlowhq.example", "Beth", "Marlow", "Product Manager, Core Platform"),
    vendor="ashby", brand="Marlow", variant="en-US",
    frm="Beth Alvarez <no-reply@ashbyhq.com>", reply_to="Beth Alvarez <beth@marlowhq.example>",
    subject="Marlow - Product Manager, Core Platform",
    text="""Hi Sam,

I wanted to circle back personally. The team spent real time with your application for Product Manager, Core Platform, and there was a lot to like.

Where we landed: for this hire we need someone who has owned a developer-facing API end to end, and that's the gap we kept coming back to, so we're going to pass for now.

I've tagged your profile so I can revisit it when we open the growth PM role in Q1. No need to re-apply; I'll reach out.

Beth
Recruiting @ Marlow""",
    notes="indirect 'we're going to pass'; promises revisit"),

rej("quarrybrook-role-cancelled-workday", "role-cancelled", "ats",
    ("", "", "Quarrybrook Bank", "Senior Product Manager - Open Banking"),
    vendor="workday", brand="Quarrybrook Bank", variant="en-GB",
    frm="Quarrybrook Bank <quarrybrook@myworkday.com>",
    subject="Senior Product Manager - Open Banking (JR-55102): update",
    text="""Dear Sam Taylor,

Thank you for your application for Senior Product Manager - Open Banking (JR-55102).

Following a review of business priorities, this vacancy has been cancelled and will not be filled. All applications for the requisition have therefore been closed, including yours.

We're sorry for any disappointment this causes. Please do look at our other opportunities.

Quarrybrook Bank Talent Acquisition""",
    headers=NOREPLY, notes="vacancy cancelled"),

rej("embercore-lever-role-paused", "role-cancelled", "ats",
    ("nadia@embercore.example", "Nadia", "Embercore", "Senior Product Manager, Billing"),
    vendor="lever", brand="Embercore", variant="en-US",
    frm="Nadia Petrov <no-reply@hire.lever.co>", reply_to="nadia@embercore.example",
    subject="Update on the Senior Product Manager, Billing role",
    text="""Hi Sam,

I'm reaching out with an update I'd rather not be sending. Following our latest planning cycle, leadership has put the Senior Product Manager, Billing search on hold indefinitely, and we're closing out all active candidates, yourself included.

This has nothing to do with your interviews, which went well. If the role reopens I'll contact you directly before we post it.

Sorry to be the bearer of this one.
Nadia Petrov
Senior Recruiter, Embercore""",
    notes="role on hold; candidacy closed"),

rej("glasswing-successfactors-withdrawn", "role-cancelled", "ats",
    ("", "", "Glasswing Pharmaceuticals", "Digital Product Manager, Patient Apps"),
    vendor="successfactors", brand="Glasswing Pharmaceuticals", variant="en-nonnative",
    frm="Glasswing Careers <careers-noreply@successfactors.eu>",
    subject="Job Posting Withdrawn: Digital Product Manager, Patient Apps",
    text="""Dear Sam Taylor,

We would like to inform you that the job posting Digital Product Manager, Patient Apps (Job ID 210447) has been withdrawn by the hiring organisation.

As a consequence, your application for this position cannot be processed further. No action is required from you.

Thank you for your interest in Glasswing Pharmaceuticals.

This is an automatically generated message.""",
    cte="base64", headers=NOREPLY, notes="posting withdrawn; terse system text"),

rej("harbourview-icims-filled-internally", "internal-candidate", "ats",
    ("", "", "Harbourview Hotels", "Director, Guest Product"),
    vendor="icims", brand="Harbourview Hotels", variant="en-US",
    frm="Harbourview Hotels <donotreply@talent.icims.com>",
    subject="Director, Guest Product - Update",
    text="""Dear Sam,

Thank you for applying for the Director, Guest Product opportunity with Harbourview Hotels.

We wanted to let you know that the position has been filled by an internal team member. We appreciate your interest in Harbourview Hotels and hope you will consider us for future openings.

Best regards,
Harbourview Hotels Talent Team""",
    headers=NOREPLY, notes="filled internally"),

rej("northgate-greenhouse-internal-move", "internal-candidate", "ats",
    ("kofi.mensah@northgate.example", "Kofi", "Northgate Freight", "Product Manager, Carrier Network"),
    vendor="greenhouse", brand="Northgate Freight", variant="en-CA",
    frm="Kofi Mensah <no-reply@us.greenhouse-mail.io>", reply_to="kofi.mensah@northgate.example",
    subject="Product Manager, Carrier Network - Northgate Freight",
    text="""Hi Sam,

Thanks for your patience while we worked through the process for Product Manager, Carrier Network.

I wanted you to hear it from me: a colleague from our Calgary operations team applied late in the process, and given their deep knowledge of our carrier relationships, the hiring manager has offered them the position. That means we're closing your application.

You interviewed strongly, and I'd be glad to put you forward for other roles here.

Take care,
Kofi Mensah
Talent Partner, Northgate Freight""",
    notes="Canadian; internal colleague offered the role"),

rej("wrenfield-workday-internal", "internal-candidate", "ats",
    ("", "", "Wrenfield University", "Product Manager, Student Digital Services"),
    vendor="workday", brand="Wrenfield University", variant="en-GB",
    frm="Wrenfield University HR <wrenfield@myworkday.com>",
    subject="Outcome of your application: Product Manager, Student Digital Services",
    text="""Dear Sam,

Thank you for attending an interview for the post of Product Manager, Student Digital Services. The panel has now concluded the selection process.

I am writing to let you know that the post has been offered to an existing member of University staff and that this appointment has been accepted. Your application will therefore not be taken further.

The panel asked me to pass on their thanks for your preparation and thoughtful answers.

Yours sincerely,
HR Services, Wrenfield University""",
    headers=NOREPLY, notes="UK university; post offered to existing staff"),

rej("sablecrest-assessment-threshold", "after-assessment", "ats",
    ("", "", "Sablecrest", "Associate Product Manager"),
    vendor="smartrecruiters", brand="Sablecrest", variant="en-GB",
    frm="Sablecrest Early Careers <noreply@smartrecruiters.com>",
    subject="Sablecrest Associate Product Manager – assessment outcome",
    text="""Hi Sam,

Thank you for completing the online assessment for the Associate Product Manager programme.

Each stage of our process is scored against a benchmark set for the programme. Your overall result did not reach the level required to continue, so we're unable to take your application to the video interview stage this year.

Applications for next year's intake open in September and you're welcome to apply again.

Sablecrest Early Careers""",
    headers=NOREPLY, notes="psychometric test result below benchmark"),

rej("pemberton-case-study-ashby", "after-assessment", "ats",
    ("oliver.grant@pemberton.example", "Oliver", "Pemberton & Rowe", "Senior Product Manager, Pricing"),
    vendor="ashby", brand="Pemberton & Rowe", variant="en-GB",
    frm="Oliver Grant <no-reply@ashbyhq.com>", reply_to="Oliver Grant <oliver.grant@pemberton.example>",
    subject="Pricing case study – feedback",
    text="""Hello Sam,

Thank you for the pricing case study and for presenting it to the panel on Thursday. The discount-leakage analysis in particular was well put together.

The panel's view was that the recommendation section didn't go far enough on how you'd sequence the rollout and measure cannibalisation, and those are core to the Senior Product Manager, Pricing role. With that in mind, they have decided not to take you forward to the final stage.

I'm happy to share the panel's written notes if useful.

Regards,
Oliver Grant
Talent Acquisition, Pemberton & Rowe""",
    notes="after case study; verdict after praise"),

rej("ironbark-take-home-workable", "after-assessment", "ats",
    ("", "", "Ironbark Digital", "Product Analyst"),
    vendor="workable", brand="Ironbark Digital", variant="en-AU",
    frm="Ironbark Digital <noreply@workablemail.com>",
    subject="Ironbark Digital – Product Analyst – next steps",
    text="""G'day Sam,

Thanks for submitting the SQL exercise for the Product Analyst role.

The hiring team has assessed every submission using the same rubric. Yours scored below the cut-off for the next round, so this will be the last email from us about this position.

We appreciate the hours you put in – we know take-home tasks are a real ask.

Ironbark Digital Hiring Team""",
    headers=NOREPLY, notes="Australian; 'last email from us about this position'"),

rej("copperleaf-video-interview-hirevue", "after-assessment", "ats",
    ("", "", "Copperleaf Consumer Goods", "Brand Product Manager"),
    vendor="inhouse", brand="Copperleaf Consumer Goods", variant="en-US",
    frm="Copperleaf Careers <careers@notify.copperleaf.example>",
    subject="Your Copperleaf video interview",
    text="""Dear Sam,

Thank you for completing the recorded video interview for Brand Product Manager.

Our recruiters have reviewed your responses together with your application. Based on this review, you have not been selected to move on to the virtual assessment centre.

We are grateful for the time you invested and wish you every success.

Copperleaf Careers""",
    headers=NOREPLY, notes="after recorded video interview"),

rej("ridgeway-terse-ats", "terse", "ats",
    ("", "", "Ridgeway Systems", "Product Manager"),
    vendor="bamboohr", brand="Ridgeway Systems", variant="en-US",
    frm="Ridgeway Systems <notifications@app.bamboohr.com>",
    subject="Product Manager",
    text="""Sam,

Thank you for applying for Product Manager. This position is no longer available to you.

Ridgeway Systems""",
    headers=NOREPLY, notes="two lines; ambiguous wording 'no longer available to you'"),

rej("sundial-terse-declined", "terse", "ats",
    ("", "", "Sundial Labs", "PM, Integrations"),
    vendor="recruitee", brand="Sundial Labs", variant="en-nonnative",
    frm="Sundial Labs <sundial@mail.recruitee.com>",
    subject="Application PM, Integrations – declined",
    text="""Dear Sam,

Your application for PM, Integrations at Sundial Labs has been declined.

Regards,
Sundial Labs""",
    headers=NOREPLY, notes="one sentence; verdict also in subject"),

rej("hollis-agency-bullhorn", "agency-recruiter", "ats",
    ("gemma.price@hollisrecruitment.example", "Gemma", "Foxhollow Insurance", "Product Manager – Pricing Platform"),
    vendor="bullhorn", brand="Hollis Recruitment Ltd", variant="en-GB",
    frm="Gemma Price <gemma.price@hollisrecruitment.example>",
    subject="Product Manager – Pricing Platform at Foxhollow Insurance – update",
    text="""Hi Sam,

Thanks for letting me put you forward for the Product Manager – Pricing Platform role at Foxhollow Insurance.

I've now heard back from the hiring manager. They've reviewed your CV and, although they liked the pricing experience, they feel they need someone from a regulated insurance background, so they won't be inviting you to interview.

I'll keep an eye out for other roles that fit and be in touch.

Kind regards,
Gemma Price
Senior Consultant | Hollis Recruitment Ltd | 020 7946 0123""",
    notes="agency CRM mail; company = client"),

rej("talentbridge-agency-client-chose", "agency-recruiter", "ats",
    ("placements@talentbridge.example", "", "Sterling & Vane", "Head of Product, Wealth"),
    vendor="bullhorn", brand="TalentBridge Search", variant="en-SG",
    frm="TalentBridge Search <noreply@talentbridge.example>",
    subject="Application outcome: Head of Product, Wealth (Sterling & Vane)",
    text="""Dear Sam,

Thank you for your interest in the Head of Product, Wealth vacancy with our client Sterling & Vane.

Our client has now completed their shortlisting and has decided to progress with other candidates. We will not be submitting your profile for the next round.

Your details will remain on our database. Contact our team at placements@talentbridge.example with any questions.

TalentBridge Search""",
    headers=NOREPLY, notes="Singapore agency; team address in body"),
]

ATS += [
rej("larkspur-portal-status-changed", "ats-automated", "ats",
    ("", "", "Larkspur Energy", "Product Manager – Smart Home"),
    vendor="inhouse", brand="Larkspur Energy", variant="en-GB",
    frm="Larkspur Energy Careers <no-reply@careers.larkspur.example>",
    subject="The status of your application has changed",
    text="""Hello Sam,

There has been a change to one of your applications on the Larkspur Energy careers portal.

{table}

You can see all your applications by signing in to your candidate account. [[Sign in]]

This mailbox is not monitored.""",
    table=[("Vacancy", "Product Manager – Smart Home"), ("Reference", "LE-2026-0912"),
           ("Previous status", "Under review"), ("New status", "Unsuccessful")],
    headers=NOREPLY, notes="portal notification; verdict only in a table cell"),

rej("brightwater-workday-buried", "ats-automated", "ats",
    ("", "", "Brightwater Group", "Senior Product Manager, Commercial Lending"),
    vendor="workday", brand="Brightwater Group", variant="en-US",
    frm="Brightwater Group <brightwater@myworkday.com>",
    subject="Thank you from Brightwater Group",
    text="""Dear Sam,

On behalf of everyone at Brightwater Group, thank you for your interest in the Senior Product Manager, Commercial Lending position. We know that applying for a new role takes considerable time and thought, and we value the effort you made to share your experience with us.

At Brightwater, we are committed to a fair and consistent hiring process. Every application is reviewed by a member of our talent acquisition team and, where appropriate, by the hiring manager. We assess experience, skills and the specific needs of the team at the time of hiring.

Having completed that review, we have selected candidates whose experience aligns more directly with the requirements of this position, and we will not be considering your application further.

We hope you will continue to explore opportunities at Brightwater Group.

Sincerely,
Brightwater Group Talent Acquisition""",
    cte="base64", headers=NOREPLY, notes="verdict buried after two paragraphs of boilerplate"),

rej("kelpie-greenhouse-closing", "ats-automated", "ats",
    ("hannah.moss@kelpie.example", "Hannah", "Kelpie", "Product Manager, Onboarding"),
    vendor="greenhouse", brand="Kelpie", variant="en-NZ",
    frm="Kelpie <no-reply@greenhouse-mail.io>", reply_to="Hannah Moss <hannah.moss@kelpie.example>",
    subject="Kelpie - Product Manager, Onboarding",
    text="""Kia ora Sam,

Thanks for your application for Product Manager, Onboarding and for chatting with me on the phone last week.

I've talked it through with Rangi, our Head of Product, and we'll be closing your application at this stage. We're after someone who's run onboarding for a B2B product with a sales-assisted motion, and that came up as the sticking point.

All the best with the mahi ahead,
Hannah Moss
Talent, Kelpie | Wellington""",
    notes="New Zealand; 'we'll be closing your application'"),
]

PERSONAL = [
rej("ashdown-after-final-round", "personal-after-interview", "personal",
    ("r.kaur@ashdown.example", "Rupinder", "Ashdown Media", "Senior Product Manager, Audience"),
    frm="Rupinder Kaur <r.kaur@ashdown.example>", variant="en-GB",
    subject="Senior Product Manager, Audience - final round",
    text="""Hi Sam,

Thanks so much for coming in on Friday and for giving up most of your day to meet the team. Everyone enjoyed the session, and your take on the newsletter paywall was genuinely useful to hear.

I'm afraid it's not good news though. We've decided to offer the role to another candidate who has run a larger audience team before, and that experience was what swung it in the end.

I know that's frustrating after a long process. If you'd like feedback from Tom and Grace, let me know and I'll set up 20 minutes.

Best,
Rupinder

Rupinder Kaur
Head of Talent | Ashdown Media
+44 20 7946 0871"""),

rej("greenlake-vp-call-follow-up", "personal-after-interview", "personal",
    ("dwight.olsen@greenlake.example", "Dwight", "Greenlake Outdoor", "Director of Product, E-commerce"),
    frm="Dwight Olsen <dwight.olsen@greenlake.example>", variant="en-US",
    subject="Following up",
    text="""Sam -

Appreciated your time with me and with Carla this week. I said I'd get back to you by Friday, so here I am.

After a lot of back and forth we're going with someone else for the Director of Product, E-commerce job at Greenlake Outdoor. Honestly it came down to the wire. The other finalist has spent six years in outdoor retail and the board wanted that.

You'd be a strong hire for a lot of companies. Happy to be a reference point if it helps.

Dwight Olsen
VP Product, Greenlake Outdoor
(303) 555-0148""",
    notes="hiring manager; 'going with someone else'"),

rej("clonmel-irish-panel", "personal-after-interview", "personal",
    ("siobhan.byrne@clonmeltech.example", "Siobhán", "Clonmel Tech", "Product Lead, Agritech"),
    frm="Siobhán Byrne <siobhan.byrne@clonmeltech.example>", variant="en-IE", charset="windows-1252",
    subject="Product Lead, Agritech – outcome",
    text="""Hi Sam,

Hope you're keeping well. Apologies for the delay getting back to you – the panel only met yesterday evening to go through everyone.

I'm sorry to say it didn't go your way this time. The lads felt you were very strong on the discovery side but wanted someone who'd spent time on farms with the actual users, and one of the other candidates has that.

Thanks a million for the effort you put in, and don't be a stranger.

Siobhán
--
Siobhán Byrne | People Partner | Clonmel Tech
+353 52 555 0192""",
    notes="Irish; windows-1252 8bit; fada in name (RFC 2047 From); 'didn't go your way'"),

rej("maplestone-thread-reply", "personal-after-interview", "personal",
    ("priya.nair@maplestone.example", "Priya", "Maplestone Insurance", "Product Manager, Claims Automation"),
    frm="Priya Nair <priya.nair@maplestone.example>", variant="en-CA", parent=True, day="2026-10-16",
    subject="Re: Thank you - Product Manager, Claims Automation",
    text="""Hi Sam,

Thanks for the kind note, and sorry for the slow reply. I wanted to wait until I had an actual answer.

The team met this morning. We won't be extending an offer for the Product Manager, Claims Automation role; we've decided to hire someone with more experience in guidewire-style claims platforms. I know you were keen, and I'm sorry the answer isn't better.

Please do keep in touch.

Priya
Priya Nair | Talent Partner | Maplestone Insurance

On Tue, Oct 13, 2026 at 9:02 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Priya,
>
> Thank you for setting up yesterday's panel. I really enjoyed meeting the
> claims team and hearing how they're thinking about straight-through
> processing. I'm very excited about the role.
>
> Best,
> Sam""",
    notes="reply to the owner's thank-you; In-Reply-To Sam's mail; Gmail quote"),

rej("tinderbox-casual-founder", "personal-after-interview", "personal",
    ("maya@tinderbox.example", "Maya", "Tinderbox", ""),
    frm="Maya Feld <maya@tinderbox.example>", variant="en-US",
    subject="thanks for the chats",
    text="""hey Sam,

really enjoyed our coffee and the follow up with Ari. you clearly know your stuff.

we talked it over last night and we're going to hold off on bringing you on as our first PM. we need someone who's a bit more hands-on with design and can basically be half a designer for the next year, and that's not really your sweet spot from what you told us.

no hard feelings I hope! let's grab a drink when I'm back in town.

maya
CEO, Tinderbox""",
    notes="startup founder, lower-case; indirect 'hold off on bringing you on'; no formal role title -> role empty"),

rej("veldspar-non-native-interview", "personal-after-interview", "personal",
    ("m.kowalski@veldspar.example", "Marta", "Veldspar Software", "Product Owner for the Logistics module"),
    frm="Marta Kowalski <m.kowalski@veldspar.example>", variant="en-nonnative",
    subject="Your interview at Veldspar Software",
    text="""Dear Sam,

Thank you very much for the interview last week for the position of Product Owner for the Logistics module. It was a pleasure to talk with you and we learned a lot about your previous projects.

After the discussions with all candidates we have made the decision. We are sorry, but we will not continue the recruitment process with you. The main reason is that we need a person who can start quickly and speaks Polish with our warehouse clients.

We wish you success in the further career.

With best regards
Marta Kowalski
HR Business Partner
Veldspar Software Sp. z o.o.
tel. +48 22 555 01 44"""),

rej("gullwing-offer-to-other-finalist", "personal-after-interview", "personal",
    ("tariq.hassan@gullwing.example", "Tariq", "Gullwing Travel", "Senior Product Manager, Search"),
    frm="Tariq Hassan <tariq.hassan@gullwing.example>", variant="en-GB",
    subject="Gullwing - Senior Product Manager, Search",
    text="""Hi Sam,

I hope you had a good weekend.

I've now had feedback from everyone on the panel and wanted to call, but I've missed you twice so I'm putting it in writing.

We've offered the Senior Product Manager, Search position to the other finalist, and they've accepted. The panel were really positive about your ranking experiments and it was a genuinely difficult choice between the two of you.

I'd love to keep in touch; there'll be more product roles next year once the new funding is in.

Best wishes,
Tariq

Tariq Hassan
Talent Acquisition Lead
Gullwing Travel Ltd
M: 07700 900418""",
    notes="offered to other finalist, accepted; missed calls"),

rej("southcross-sa-panel", "personal-after-interview", "personal",
    ("thandi.dlamini@southcross.example", "Thandi", "Southcross Payments", "Product Manager: Merchant Acquiring"),
    frm="Thandi Dlamini <thandi.dlamini@southcross.example>", variant="en-ZA",
    subject="Feedback: Product Manager: Merchant Acquiring",
    text="""Good day Sam,

Thank you for availing yourself for the second interview with our panel on Wednesday.

Please note that the panel has concluded its deliberations and you were not the preferred candidate for the role of Product Manager: Merchant Acquiring. The panel felt your exposure to card-present acquiring in African markets was limited compared to other candidates.

We thank you for your interest in Southcross Payments and wish you well.

Kind regards
Thandi Dlamini
Talent Specialist
Southcross Payments (Pty) Ltd
Tel: +27 11 555 0193""",
    notes="South African English; 'not the preferred candidate'"),

rej("inkwell-outlook-quote", "personal-after-interview", "personal",
    ("jgreen@inkwellpublishing.example", "Jasmine", "Inkwell Publishing", "Digital Product Manager"),
    frm="Green, Jasmine <jgreen@inkwellpublishing.example>", variant="en-GB", parent=True, day="2026-11-06",
    subject="RE: Digital Product Manager - second interview",
    text="""Dear Sam,

Thank you for your patience.

I'm writing to let you know that we won't be taking your application for the Digital Product Manager position any further. The panel were impressed by your preparation, but they felt another candidate had more direct experience of editorial workflows, which is central to the role.

With best wishes for your search,

Jasmine Green
HR Manager, Inkwell Publishing
T: 01865 555 012

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 02 November 2026 18:40
To: Green, Jasmine <jgreen@inkwellpublishing.example>
Subject: Digital Product Manager - second interview

Dear Jasmine,

Thank you for arranging the second interview. Is there any update on timing?

Kind regards,
Sam Taylor""",
    client_html=True, notes="Outlook quote of Sam's chaser; 'Last, First' display name; multipart/alternative"),

rej("pacifica-long-thread-sorry", "personal-after-interview", "personal",
    ("ben.carter@pacifica.example", "Ben", "Pacifica Telehealth", "Group Product Manager"),
    frm="Ben Carter <ben.carter@pacifica.example>", variant="en-US", parent=True, parent_depth=3, day="2026-11-09",
    subject="Re: Group Product Manager - onsite Thursday",
    text="""Sam, sorry this took so long. I was holding out hope we could make two hires but finance only approved one headcount, and the team picked the other candidate for the Group Product Manager seat.

I know you cleared your week for the onsite and I appreciate it. Let me know if you want to talk it through.

Ben
Ben Carter, Head of Product, Pacifica Telehealth

On Mon, Nov 2, 2026 at 4:11 PM Sam Taylor <sam.taylor@example.org> wrote:
> Thanks Ben, Thursday at 10 works. See you then.
>
> On Mon, Nov 2, 2026 at 1:30 PM Ben Carter <ben.carter@pacifica.example> wrote:
>> Great news, the team would love to have you in for the onsite. Does
>> Thursday at 10 work? Plan for about four hours.""",
    notes="top reply decides; quoted 'Great news' invitation below"),

rej("ridgeline-indirect-keep-looking", "personal-after-interview", "personal",
    ("elena@ridgeline.example", "Elena", "Ridgeline Robotics", "Product Manager, Fleet Software"),
    frm="Elena Voss <elena@ridgeline.example>", variant="en-US",
    subject="Ridgeline / next steps",
    text="""Hi Sam,

Thank you again for the conversations over the last few weeks, and for the thoughtful write-up you sent after the panel.

We've debriefed as a team. Where we ended up is that we're going to keep looking for the Product Manager, Fleet Software seat; we want someone who has shipped software onto physical robots in the field, and we'd be asking you to learn that on the job.

I'm sorry to deliver this by email. I'm around this week if a call would help.

Elena
Head of Product, Ridgeline Robotics""",
    notes="indirect: 'we're going to keep looking'"),

rej("kauri-nz-hiring-manager", "personal-after-interview", "personal",
    ("aroha.ngata@kauri.example", "Aroha", "Kauri Bank", "Senior Product Owner, Home Loans"),
    frm="Aroha Ngata <aroha.ngata@kauri.example>", variant="en-NZ",
    subject="Senior Product Owner, Home Loans",
    text="""Kia ora Sam,

Thanks for the korero on Monday, and for your patience since.

I've got to let you know we've appointed another candidate to the Senior Product Owner, Home Loans position. It was a close call and you were one of two people we were considering at the end.

I'm happy to give you feedback over the phone if you'd find it useful. Wishing you all the best.

Nga mihi,
Aroha Ngata
Product Lead – Lending | Kauri Bank
027 555 0173"""),

rej("delhi-startup-regret", "personal-after-interview", "personal",
    ("ankit@zephyrpay.example", "Ankit", "ZephyrPay", "Senior Product Manager - UPI"),
    frm="Ankit Sharma <ankit@zephyrpay.example>", variant="en-IN",
    subject="Regarding your candidature - Senior Product Manager - UPI",
    text="""Dear Sam,

Hope this mail finds you well.

Thank you for taking out time for the discussions with our founders and the product team. We have completed all rounds for the Senior Product Manager - UPI position.

I regret to share that the team has decided to go ahead with another candidate whose experience in the Indian payments ecosystem is more aligned with our immediate roadmap. Please do not see this as a reflection of your capabilities.

We will surely reach out in case there is a suitable opening in future. Wishing you all the very best.

Warm regards,
Ankit Sharma
Talent Acquisition Lead, ZephyrPay
+91 98450 55501""",
    notes="Indian English"),

rej("cobalt-feedback-bullets", "personal-after-interview", "personal",
    ("lucy.ward@cobaltcloud.example", "Lucy", "Cobalt Cloud", "Product Manager, Observability"),
    frm="Lucy Ward <lucy.ward@cobaltcloud.example>", variant="en-GB",
    subject="Feedback from your Cobalt Cloud interviews",
    text="""Hi Sam,

As promised, here is the feedback from the Product Manager, Observability loop. The interviewers highlighted:

* Clear, structured thinking in the prioritisation exercise
* Good rapport with the engineering lead
* Less depth than we need on tracing and metrics pipelines
* Limited experience selling to platform teams

Weighing all of it, the hiring manager has decided not to make an offer. I'm sorry, Sam; I know you were excited about this one.

Lucy Ward
Recruiter, Cobalt Cloud | 0161 555 0140""",
    notes="bulleted feedback; verdict after list"),
]

PERSONAL += [
rej("terse-not-this-time", "terse", "personal",
    ("will@hopsack.example", "Will", "Hopsack", ""),
    frm="Will Barker <will@hopsack.example>", variant="en-GB",
    subject="Re: PM role",
    parent=True,
    text="""Hi Sam, not this time I'm afraid. Thanks for your interest and good luck.

Will
Hopsack | Co-founder

Sent from my iPhone""",
    notes="one line; no role named"),

rej("terse-no-fit", "terse", "personal",
    ("kpatel@orrery.example", "Kiran", "Orrery Labs", "Product Manager, Developer Experience"),
    frm="Kiran Patel <kpatel@orrery.example>", variant="en-US",
    subject="Orrery Labs - Product Manager, Developer Experience",
    text="""Sam, thanks for applying to Orrery Labs for the Product Manager, Developer Experience job. We're passing on this one. Best of luck.

-K""",
    notes="'we're passing'; initial as signature"),

rej("terse-filled-aus", "terse", "personal",
    ("jack@wattlebird.example", "Jack", "Wattlebird", "Product Manager"),
    frm="Jack Nguyen <jack@wattlebird.example>", variant="en-AU",
    subject="PM gig",
    text="""Hey Sam,

Thanks heaps for reaching out about the Product Manager gig at Wattlebird – we've just signed someone, sorry mate.

Jack""",
    notes="Australian; 'we've just signed someone'"),

rej("terse-sorry-no", "terse", "personal",
    ("d.ferreira@limewash.example", "Diana", "Limewash Studio", "Product Designer-PM hybrid"),
    frm="Diana Ferreira <d.ferreira@limewash.example>", variant="en-nonnative",
    subject="Product Designer-PM hybrid",
    text="""Hello Sam,

Thank you for the application for the Product Designer-PM hybrid. Sorry, we choose another person.

Diana
Limewash Studio""",
    notes="Portuguese writer; grammar slip 'we choose'"),

rej("terse-mobile-reply", "terse", "personal",
    ("ian.mcleod@tartanworks.example", "Ian", "Tartan Works", "Senior PM"),
    frm="Ian McLeod <ian.mcleod@tartanworks.example>", variant="en-GB", parent=True, day="2026-11-10",
    subject="Re: Senior PM - any news?",
    text="""Sam - sorry, should have come back to you sooner. We've gone with another candidate for the Senior PM role. All the best, Ian

Ian McLeod | Tartan Works
Sent from Outlook for iOS

________________________________
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, November 9, 2026 8:15 AM
To: Ian McLeod <ian.mcleod@tartanworks.example>
Subject: Senior PM - any news?

Hi Ian, just checking in on the Senior PM role - any news from your side?
Sam""",
    notes="mobile Outlook reply to Sam's chaser (unquoted original below)"),

rej("terse-decision-made", "terse", "personal",
    ("hr@pebbleshore.example", "", "Pebbleshore Foods", "Product Manager, D2C"),
    frm="Pebbleshore HR <hr@pebbleshore.example>", variant="en-GB",
    subject="Product Manager, D2C",
    text="""Dear Sam,

Thank you for your interest in the Product Manager, D2C role. A decision has been made and we will not be offering you the position.

Regards,
HR
Pebbleshore Foods""",
    notes="team mailbox, no name"),

rej("keep-cv-agency-free", "keep-on-file", "personal",
    ("olu.adeyemi@stonechat.example", "Olu", "Stonechat Energy", "Product Manager – Flexibility Markets"),
    frm="Olu Adeyemi <olu.adeyemi@stonechat.example>", variant="en-GB",
    subject="Stonechat Energy – Product Manager – Flexibility Markets",
    text="""Hi Sam,

Many thanks for your application and for the call on Tuesday.

We have decided to proceed with candidates who have hands-on experience of the balancing mechanism, which we really need from day one for the Product Manager – Flexibility Markets role. I'm sorry it isn't better news.

I'd like to hang on to your CV though, because we'll be hiring for a customer-facing product role in spring that would suit you better. Is that alright with you?

Kind regards,
Olu Adeyemi
Head of Product, Stonechat Energy
07700 900 652"""),

rej("keep-file-canadian", "keep-on-file", "personal",
    ("genevieve.roy@borealis-apps.example", "Geneviève", "Borealis Apps", "Product Manager, Accessibility"),
    frm="Geneviève Roy <genevieve.roy@borealis-apps.example>", variant="en-CA",
    subject="Product Manager, Accessibility - update",
    text="""Hi Sam,

Thank you for your interest in Borealis Apps and for meeting with us.

We've now made a decision on the Product Manager, Accessibility position and it is not in your favour. The finalist we chose has led WCAG audits across a portfolio of apps, which was the deciding factor.

With your permission, I'll keep your file active for the next six months. We expect to open more product positions in Montréal and Toronto.

All the best,
Geneviève Roy
Talent Acquisition | Borealis Apps
514-555-0166""",
    notes="Canadian; 'not in your favour'"),

rej("keep-in-touch-indian", "keep-on-file", "personal",
    ("sneha.iyer@tamarindtech.example", "Sneha", "Tamarind Tech", "Product Manager - B2B SaaS"),
    frm="Sneha Iyer <sneha.iyer@tamarindtech.example>", variant="en-IN",
    subject="Product Manager - B2B SaaS | Tamarind Tech",
    text="""Hi Sam,

Thanks for your time in the two rounds of discussion.

Post evaluation, the panel feels your profile is not a match for the current Product Manager - B2B SaaS mandate, as they are looking for someone with prior experience in ERP integrations. Your profile has been added to our talent pool and we will connect with you for relevant openings.

Thanks & Regards,
Sneha Iyer
Senior Recruiter | Tamarind Tech
+91 80 5550 1234""",
    notes="Indian English; 'not a match for the current mandate'"),

rej("role-cancelled-budget", "role-cancelled", "personal",
    ("fiona@halyard.example", "Fiona", "Halyard Marine", "Product Manager, Connected Boats"),
    frm="Fiona Lockhart <fiona@halyard.example>", variant="en-GB",
    subject="Connected Boats role",
    text="""Hi Sam,

I'm really sorry to be writing this. We found out on Friday that the budget for the Product Manager, Connected Boats role has been pulled as part of a wider cost review, so we won't be hiring for it at all this year.

It's nothing to do with you; you were in a great position. If the funding comes back I'll be in touch first.

Fiona
Fiona Lockhart | Product Director | Halyard Marine""",
    notes="budget pulled; role not hired"),

rej("role-frozen-hiring-freeze", "role-cancelled", "personal",
    ("carlos.mendez@brightline.example", "Carlos", "Brightline Logistics", "Senior Product Manager, Route Optimisation"),
    frm="Carlos Mendez <carlos.mendez@brightline.example>", variant="en-US",
    subject="Senior Product Manager, Route Optimisation - hiring freeze",
    text="""Hi Sam,

I wanted to give you a heads up before anything goes out from our system: Brightline Logistics has announced a company-wide hiring freeze effective today. The Senior Product Manager, Route Optimisation requisition is frozen and we've been told not to extend any offers, so I have to close out the process with you.

This is painful because you were our lead candidate. I'll reach out if and when the freeze lifts.

Carlos Mendez
Director of Product
Brightline Logistics
(512) 555-0192""",
    notes="hiring freeze; lead candidate"),

rej("role-restructure-merged", "role-cancelled", "personal",
    ("astrid.berg@nordkap.example", "Astrid", "Nordkap Software", "Product Manager Analytics"),
    frm="Astrid Berg <astrid.berg@nordkap.example>", variant="en-nonnative",
    subject="Product Manager Analytics - changed plans",
    text="""Dear Sam,

I hope you are doing well. I must inform you about a change on our side. Our management decided to merge the analytics team into the platform team, and the position Product Manager Analytics does not exist any more in the new structure.

For this reason we stop the recruitment for this position. I am sorry for the time you invested in the interviews with us.

Best regards,
Astrid Berg
Head of People, Nordkap Software AS""",
    notes="Norwegian writer; position no longer exists"),

rej("role-reopened-later-closed", "role-cancelled", "personal",
    ("tom.ashby@fernleaf.example", "Tom", "Fernleaf Energy", "Head of Product"),
    frm="Tom Ashby <tom.ashby@fernleaf.example>", variant="en-GB",
    subject="Head of Product search",
    text="""Sam,

Quick update which I'd rather give you directly. Our CEO has decided to take on the Head of Product responsibilities herself for the next twelve months, so we've closed the search.

Thanks for all the thought you put into the process. I'd be delighted to stay in touch.

Tom
Tom Ashby, Chief Operating Officer, Fernleaf Energy
Mobile 07700 900 355""",
    notes="search closed, CEO takes the role"),

rej("role-offer-rescinded", "role-cancelled", "personal",
    ("isabel.chen@lanternfish.example", "Isabel", "Lanternfish", "Senior Product Manager, Ads"),
    frm="Isabel Chen <isabel.chen@lanternfish.example>", variant="en-US", parent=True, day="2026-11-09",
    subject="Re: Offer - Senior Product Manager, Ads",
    text="""Hi Sam,

I hate having to write this. This morning our board approved a restructure that removes the Ads team entirely, and with it the Senior Product Manager, Ads role we offered you last week. I'm so sorry, but we have to withdraw the offer.

I know you'd started to plan around this. I'm working with our legal team on a goodwill payment for your time and will call you this afternoon.

Isabel Chen
VP People, Lanternfish
(415) 555-0112

On Thu, Nov 5, 2026 at 6:20 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Isabel, I'm delighted to accept. Signed copy attached. Looking
> forward to starting on the 4th!""",
    notes="accepted offer withdrawn after restructure"),

rej("internal-promoted-hm", "internal-candidate", "personal",
    ("mike.osei@driftwood.example", "Mike", "Driftwood Games", "Lead Product Manager, Live Ops"),
    frm="Mike Osei <mike.osei@driftwood.example>", variant="en-GB",
    subject="Live Ops role",
    text="""Hi Sam,

Thanks for your time over the last couple of weeks.

I wanted to let you know personally that we've promoted one of our senior PMs into the Lead Product Manager, Live Ops role. She put her hat in the ring late, and given she's been running the seasonal events for two years it was the right call for the studio.

You made it a hard decision. I'd be glad to stay in touch.

Mike Osei
Studio Director, Driftwood Games"""),

rej("internal-secondment", "internal-candidate", "personal",
    ("rachel.kim@cardinalgov.example", "Rachel", "Cardinal Digital Service", "Senior Product Manager (Benefits)"),
    frm="Rachel Kim <rachel.kim@cardinalgov.example>", variant="en-GB",
    subject="Senior Product Manager (Benefits) - campaign outcome",
    text="""Dear Sam,

Thank you for taking part in the recruitment campaign for Senior Product Manager (Benefits).

Following the sift and interviews, the vacancy has been filled through a managed move of an existing civil servant, which takes priority under our redeployment policy. I'm therefore unable to offer you the post, although you met the required standard at interview.

You will be placed on a reserve list for 12 months and may be offered a similar post if one becomes available.

Yours sincerely,
Rachel Kim
Vacancy Holder, Cardinal Digital Service""",
    notes="UK public sector; reserve list; managed move"),

rej("internal-aus-transfer", "internal-candidate", "personal",
    ("chloe.tran@jacaranda.example", "Chloe", "Jacaranda Health", "Product Manager – Digital Front Door"),
    frm="Chloe Tran <chloe.tran@jacaranda.example>", variant="en-AU",
    subject="Product Manager – Digital Front Door",
    text="""Hi Sam,

Thanks for chatting with me and with Raj last week.

Bit of an update: one of our existing team members from the Brisbane hub has asked to transfer into the Product Manager – Digital Front Door role, and under our internal mobility policy we've offered it to them. So unfortunately I won't be able to progress you to the next stage.

Really appreciate your time and hope something comes up for you soon.

Cheers,
Chloe
Chloe Tran | Talent Acquisition Partner | Jacaranda Health | 0412 555 019""",
    notes="Australian; internal transfer"),

rej("internal-contractor-converted", "internal-candidate", "personal",
    ("sara@beacondata.example", "Sara", "Beacon Data", "Product Manager, Data Governance"),
    frm="Sara Lindqvist <sara@beacondata.example>", variant="en-US",
    subject="Data Governance PM",
    text="""Hi Sam,

Thanks again for the conversation on Tuesday.

Since we spoke, the contractor who's been covering the Product Manager, Data Governance work for the past six months has agreed to join us full time, and we've decided to convert them rather than bring someone new in. So we're wrapping up the search and I won't be setting up the next round with you.

I'm sorry for the change of direction. It genuinely was a good conversation.

Sara Lindqvist
Head of Product, Beacon Data""",
    notes="contractor converted; search wrapped up"),
]

PERSONAL += [
rej("assessment-presentation-panel", "after-assessment", "personal",
    ("naomi.fisher@thistledown.example", "Naomi", "Thistledown Housing Association", "Digital Product Manager"),
    frm="Naomi Fisher <naomi.fisher@thistledown.example>", variant="en-GB",
    subject="Your presentation on Monday",
    text="""Dear Sam,

Thank you for delivering your presentation to the panel on Monday on improving the repairs reporting journey for tenants.

The panel scored all presentations against the criteria shared in advance. Although your research approach was strong, your proposal scored lower on accessibility and on working within our existing housing management system, and as a result you will not be progressing to the final interview for the Digital Product Manager post.

Detailed feedback is available on request.

Kind regards,
Naomi Fisher
People Services Adviser
Thistledown Housing Association
0113 555 0188""",
    notes="presentation task; 'will not be progressing'"),

rej("assessment-take-home-prd", "after-assessment", "personal",
    ("sean@wavelength.example", "Sean", "Wavelength Audio", "Product Manager, Podcasts"),
    frm="Sean O'Rourke <sean@wavelength.example>", variant="en-IE", parent=True,
    subject="Re: PRD exercise - Podcasts",
    text="""Hi Sam,

Thanks for getting the PRD back to us so quickly, and sorry it's taken me a week to reply.

Myself and Aoife went through it together. There was good stuff in there, especially the creator analytics piece, but it didn't quite land for us on the monetisation side, which is most of what the Product Manager, Podcasts job is about this year. We've decided to stop the process with you here.

Thanks for all the work, I know these exercises eat a weekend.

Sean
Sean O'Rourke | Product Lead | Wavelength Audio

> Hi Sean, please find the PRD attached. Happy to walk through it any time.
> Sam""",
    notes="Irish; after written exercise; reply to Sam's submission"),

rej("assessment-sql-test-non-native", "after-assessment", "personal",
    ("l.moretti@cascina.example", "Luca", "Cascina Data", "Product Analytics Manager"),
    frm="Luca Moretti <l.moretti@cascina.example>", variant="en-nonnative",
    subject="Result of technical test - Product Analytics Manager",
    text="""Dear Sam,

thank you for doing the technical test for the role of Product Analytics Manager.

Our team has evaluated your solution. The queries were mostly correct but the part about cohort retention had some errors and the explanation of the A/B test was not enough complete for our needs. For this reason we are not going to proceed with the next interview.

We thank you again and we wish you the best for your career.

Kind regards,
Luca Moretti
Data Team Lead - Cascina Data S.r.l.
Milano""",
    notes="Italian writer; 'not going to proceed'"),

rej("assessment-group-exercise", "after-assessment", "personal",
    ("hr.recruitment@severnwater.example", "", "Severn Vale Water", "Customer Product Manager"),
    frm="Severn Vale Water Recruitment <hr.recruitment@severnwater.example>", variant="en-GB",
    subject="Assessment centre - Customer Product Manager",
    text="""Dear Sam,

Thank you for attending the assessment centre for the Customer Product Manager role last Thursday.

Candidates were assessed on the group exercise, the written exercise and the competency interview. Having reviewed the scores from all three, I'm sorry to tell you that you have not been successful in securing the role.

If you would like feedback on your performance, please reply to this email and a member of the team will arrange a call.

Regards,
Recruitment Team
Severn Vale Water""",
    notes="assessment centre; team signature, no name"),

rej("agency-client-went-internal", "agency-recruiter", "personal",
    ("josh.reynolds@peakpeople.example", "Josh", "Altamira Bank", "Product Manager – Mortgages"),
    frm="Josh Reynolds <josh.reynolds@peakpeople.example>", variant="en-GB",
    subject="Altamira feedback",
    text="""Hi Sam,

Hope you're well. I've just come off the phone with Altamira Bank about the Product Manager – Mortgages role.

Bad news I'm afraid: they liked you, but they've decided to go with the other candidate I had in the process, who's done a full mortgage origination rebuild before. I pushed back on your behalf but the hiring manager was set on it.

I've got a couple of other things in the pipeline that I think could suit you better. Free for a chat on Thursday?

Cheers,
Josh

Josh Reynolds
Principal Consultant – Product & Digital
Peak People Recruitment
M: 07700 900 731 | www.peakpeople.example""",
    notes="agency; company = client"),

rej("agency-unnamed-client", "agency-recruiter", "personal",
    ("priyanka@hirewell-partners.example", "Priyanka", "", "Senior Product Manager (Fintech)"),
    frm="Priyanka Desai <priyanka@hirewell-partners.example>", variant="en-US",
    subject="Update on the Senior Product Manager (Fintech) opportunity",
    text="""Hi Sam,

Quick update on the Senior Product Manager (Fintech) search with my client, the Series B lending startup we discussed.

They reviewed your profile this week and have decided not to move you into their interview process; they're prioritising candidates who've worked on credit underwriting directly. I'm sorry, I thought you'd have a good shot.

Let's keep talking. I have a new payments role that might be a better fit.

Priyanka Desai
Partner, Hirewell Partners
(646) 555-0187""",
    notes="agency; client not named -> company empty"),

rej("agency-aus-client-pulled", "agency-recruiter", "personal",
    ("mel@southerncross-recruit.example", "Mel", "Bluegum Insurance", "Product Owner, Claims"),
    frm="Mel Roberts <mel@southerncross-recruit.example>", variant="en-AU",
    subject="Bluegum - Product Owner, Claims",
    text="""Hi Sam,

Just got word from Bluegum Insurance. They've pulled the Product Owner, Claims role while they restructure the digital team, so there won't be any second interviews. Pretty frustrating for everyone, you included – sorry.

If it comes back I'll put you straight back in. Otherwise I'll keep you front of mind for anything else in the claims space.

Mel Roberts
Senior Recruitment Consultant | Southern Cross Recruitment
0400 555 217""",
    notes="agency; client pulled the role (cancelled)"),

rej("agency-indian-client-shortlist", "agency-recruiter", "personal",
    ("vikram@talentnest.example", "Vikram", "Larkin Motors", "Product Manager - Connected Vehicles"),
    frm="Vikram Rao <vikram@talentnest.example>", variant="en-IN",
    subject="Feedback - Larkin Motors - Product Manager - Connected Vehicles",
    text="""Hi Sam,

Greetings from TalentNest!

This is regarding your candidature for the Product Manager - Connected Vehicles position with our client Larkin Motors. The client has reviewed the profiles shortlisted by us and they have put your profile on reject for the current position, since they are looking for candidates with automotive OEM background.

We shall share your profile for other relevant positions with your consent. Kindly revert if you are open to opportunities in Pune.

Regards,
Vikram Rao
Senior Consultant, TalentNest Search Pvt. Ltd.
+91 20 5550 7788""",
    notes="Indian agency idiom 'put your profile on reject'"),

rej("agency-linkedin-style-after-final", "agency-recruiter", "personal",
    ("hannah.price@northstar-exec.example", "Hannah", "Corrigan Retail", "VP Product"),
    frm="Hannah Price <hannah.price@northstar-exec.example>", variant="en-GB", parent=True, day="2026-11-17",
    subject="Re: Corrigan - VP Product final",
    text="""Sam,

I've got Corrigan Retail's decision on the VP Product role and it's not the one we wanted: the board has appointed the other finalist. From what the chair told me, it came down to their grocery experience rather than anything in your interview.

I know how much effort you put in. Let me buy you a coffee next week and we can talk about what's next.

Hannah

Hannah Price
Director, Northstar Executive Search
+44 20 7946 0933

On 12 Nov 2026, at 19:02, Sam Taylor <sam.taylor@example.org> wrote:

> Thanks Hannah, final went well I think. Let me know when you hear.""",
    notes="exec search; Apple Mail quote style"),
]

MESSAGES = ATS + PERSONAL
