"""The 32 rejections of blind set en12 (14 ATS-style, 18 personal). All names fictional."""
from content_common import BULK, AUTO

R = "rejection"

MESSAGES = [
# ---------------------------------------------------------------- ATS style
dict(slug="brightloom-greenhouse-other-candidates", label=R, cat="ats-automated", style="ats", variant="en-US",
     vendor="greenhouse", brand="Brightloom",
     frm="Brightloom Recruiting <no-reply@us.greenhouse-mail.io>",
     subject="Your application to Brightloom", headers=AUTO,
     exp=("", "", "Brightloom", "Senior Product Marketing Manager"), notes="ordinary wording; verdict in 2nd paragraph",
     text="""Hi Sam,

Thank you for your interest in Brightloom and for taking the time to apply for our Senior Product Marketing Manager position.

After careful review, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We know this isn't the news you were hoping for. We really appreciate the time you invested in your application, and we encourage you to keep an eye on our [[careers page]] for future opportunities.

Best wishes in your search,
The Brightloom Recruiting Team""",
     about="About Brightloom: Brightloom builds loyalty software for more than 4,000 independent restaurants across North America. Brightloom is proud to be an equal opportunity employer."),

dict(slug="quillstone-lever-not-moving-forward", label=R, cat="ats-automated", style="ats", variant="en-CA",
     vendor="lever", brand="Quillstone",
     frm="Priya Nair <no-reply@hire.lever.co>", reply_to="Priya Nair <priya.nair@quillstone.example>",
     subject="Quillstone | Growth Marketing Lead", headers=AUTO,
     exp=("priya.nair@quillstone.example", "Priya", "Quillstone", "Growth Marketing Lead"), notes="Lever sender with Reply-To to recruiter",
     text="""Hi Sam,

Thanks so much for applying for the Growth Marketing Lead role at Quillstone and for your patience while we worked through applications.

We won't be moving forward with your application at this time. We received a large number of applications from very strong people and had to make some hard calls.

We'd be glad to see your name again if another role catches your eye.

All the best,
Priya Nair
Talent Partner, Quillstone
Toronto, ON"""),

dict(slug="harbourline-workday-status-not-selected", label=R, cat="ats-automated", style="ats", variant="en-GB",
     vendor="workday", brand="Harbourline Bank", html_only=True, cte="base64",
     frm="Harbourline Bank Careers <harbourline@myworkday.com>",
     subject="An update on your application - R-104223", headers=AUTO,
     exp=("", "", "Harbourline Bank", "Brand Manager"), notes="HTML-only base64; verdict only as a status row",
     table=[("Job requisition", "R-104223 Brand Manager"), ("Location", "Leeds, United Kingdom"), ("Submitted", "14 September 2026"), ("Status", "Not selected")],
     text="""Dear Sam Taylor,

The status of your job application has changed. Details are shown below.

{table}

You can view all of your applications at any time by signing in to your [[Candidate Home]].

Kind regards,
Harbourline Bank Talent Acquisition"""),

dict(slug="kestrel-smartrecruiters-not-successful-occasion", label=R, cat="ats-automated", style="ats", variant="en-AU",
     vendor="smartrecruiters", brand="Kestrel Insurance",
     frm="Kestrel Insurance <noreply@smartrecruiters.com>",
     subject="Kestrel Insurance - Marketing Campaign Manager - Application update", headers=AUTO,
     exp=("", "", "Kestrel Insurance", "Marketing Campaign Manager"), notes="ordinary AU wording 'not successful on this occasion'",
     text="""Dear Sam,

Thank you for applying for the Marketing Campaign Manager position with Kestrel Insurance.

We have now completed the shortlisting process. After careful consideration, we regret to inform you that you have not been successful on this occasion.

We appreciate the effort you put into your application and wish you every success in the future.

Kind regards,
Talent Acquisition | Kestrel Insurance
Level 12, 300 Collins Street, Melbourne VIC 3000""",
     about="Kestrel Insurance is committed to a diverse and inclusive workplace. We acknowledge the Traditional Custodians of the lands on which we work."),

dict(slug="marlowfinch-teamtailor-long-praise-retention", label=R, cat="keep-on-file", style="ats", variant="en-GB",
     vendor="teamtailor", brand="Marlow & Finch", h2t=True,
     frm="Marlow & Finch <no-reply@teamtailor.com>", reply_to="Hannah Okafor <hannah.okafor@marlowfinch.example>",
     subject="Head of Content - Marlow & Finch", headers=AUTO,
     exp=("hannah.okafor@marlowfinch.example", "Hannah", "Marlow & Finch", "Head of Content"),
     notes="long letter; verdict in the middle; data-retention consent button; auto-generated plain text with [image] and link list",
     button="Yes, keep my profile",
     text="""Hi Sam,

First of all, a big thank you from all of us at Marlow & Finch for the time and energy you put into the process for our Head of Content role. We know that interviewing takes a lot of preparation, and the whole panel commented on how thoughtful your answers were, especially your ideas for the podcast series.

We have now met all of the shortlisted candidates and, after a lot of discussion, we have decided to proceed with another candidate whose experience in retail publishing was a slightly closer match to where the team is right now. This was a genuinely close decision.

We would love to stay in touch. With your permission we would like to keep your profile in our talent pool for 12 months, so that we can contact you about future roles. If you're happy with that, just click the button below; if not, we will delete your data after 30 days in line with our [[privacy policy]].

If you would like feedback, reply to this email and I will set up a short call.

Warm regards,
Hannah Okafor
People Partner, Marlow & Finch""",
     about="Marlow & Finch is a family-owned homeware retailer with 38 shops across the UK and Ireland. Voted a Top 50 Employer 2025."),

dict(slug="corvane-icims-position-filled", label=R, cat="ats-automated", style="ats", variant="en-US",
     vendor="icims", brand="Corvane Health", h2t=True,
     frm="Corvane Health Careers <corvanehealth@talent.icims.com>",
     subject="Regarding Your Application - Marketing Manager, Consumer (Req 2026-4471)", headers=AUTO,
     exp=("", "", "Corvane Health", "Marketing Manager, Consumer"), notes="iCIMS 'position has been filled'; auto-generated plain text",
     text="""Dear Sam,

Thank you for your interest in the Marketing Manager, Consumer position (Req 2026-4471) at Corvane Health.

We wanted to let you know that the position has been filled. We sincerely appreciate the time you took to apply and your interest in joining our team.

We invite you to create a job alert on our [[Careers Portal]] so that you are notified when new positions that match your interests become available.

Sincerely,
Corvane Health Talent Acquisition"""),

dict(slug="northmark-successfactors-bilingual-not-retained", label=R, cat="ats-automated", style="ats", variant="en-CA",
     vendor="successfactors", brand="Northmark Financial",
     frm="Northmark Financial Careers / Carrières <careers-noreply@successfactors.com>",
     subject="Your application / Votre candidature - Product Marketing Manager (Job ID 58812)", headers=AUTO,
     exp=("", "", "Northmark Financial", "Product Marketing Manager"), notes="bilingual Canadian letter, English then French; mixed language",
     text="""(Le français suit l'anglais)

Dear Sam Taylor,

Thank you for your interest in the Product Marketing Manager position (Job ID 58812) at Northmark Financial.

We have carefully reviewed your application. We regret to inform you that your application was not retained for the next stage of the selection process.

Your profile will remain in our system, and we encourage you to continue to visit our careers site.

Northmark Financial Talent Acquisition

-----

Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous portez au poste de Directeur(trice), marketing de produits (numéro 58812) chez Financière Northmark.

Nous avons examiné attentivement votre candidature. Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la prochaine étape du processus de sélection.

Votre profil demeurera dans notre système et nous vous invitons à consulter régulièrement notre site carrières.

Acquisition de talents, Financière Northmark"""),

dict(slug="tallyhaus-workable-requisition-closed", label=R, cat="role-cancelled", style="ats", variant="en-IE",
     vendor="workable", brand="Tallyhaus",
     frm="Tallyhaus <noreply@candidates.workablemail.com>",
     subject="Update: Brand & Community Manager at Tallyhaus", headers=AUTO,
     exp=("", "", "Tallyhaus", "Brand & Community Manager"), notes="role closed, no hire; terse",
     text="""Hi Sam,

We have closed this requisition and will no longer be hiring for the Brand & Community Manager role. As a result, your application will not be progressed.

Thank you for your interest in Tallyhaus.

The Tallyhaus team"""),

dict(slug="granary-bamboohr-pursue-others-body-contact", label=R, cat="ats-automated", style="ats", variant="en-US",
     vendor="bamboohr", brand="Granary Row Coffee",
     frm="Granary Row Coffee <notifications@app.bamboohr.com>",
     subject="Thanks for applying to Granary Row Coffee", headers=AUTO,
     exp=("jess.lindqvist@granaryrow.example", "Jess", "Granary Row Coffee", "Marketing Director"), notes="reply_to only in body",
     text="""Hi Sam,

Thank you for applying for the Marketing Director position at Granary Row Coffee. We had a terrific response and enjoyed reading about your background.

We've decided to pursue other candidates for this position, but we appreciate you thinking of us.

If you have any questions, feel free to email me directly at jess.lindqvist@granaryrow.example.

Cheers,
Jess Lindqvist
Director of People, Granary Row Coffee
Portland, OR"""),

dict(slug="saffronleaf-indeed-relay-not-selected", label=R, cat="ats-automated", style="ats", variant="en-IN",
     vendor="indeed", brand="Indeed",
     frm="Indeed <indeedapply@indeed.com>",
     subject="An update on your application for Brand Manager", headers=dict(BULK),
     exp=("", "", "Saffronleaf Foods", "Brand Manager"), notes="job-board relay with bulk headers; status verdict",
     table=[("Job", "Brand Manager"), ("Company", "Saffronleaf Foods"), ("Location", "Mumbai, Maharashtra"), ("Status", "Not selected by employer")],
     text="""Hi Sam,

Saffronleaf Foods has reviewed your application and has decided not to move forward at this time.

{table}

Don't be discouraged. There are [[214 new Brand Manager jobs in Mumbai]] posted this week.

- Indeed"""),

dict(slug="veridian-linkedin-not-move-forward", label=R, cat="ats-automated", style="ats", variant="en-US",
     vendor="linkedin", brand="LinkedIn", h2t=True,
     frm="LinkedIn <jobs-noreply@linkedin.com>",
     subject="Your application to Content Marketing Lead at Veridian Labs", headers=dict(BULK),
     exp=("", "", "Veridian Labs", "Content Marketing Lead"), notes="LinkedIn Easy Apply relay; verdict after a job card",
     text="""Sam, your update from Veridian Labs

Content Marketing Lead
Veridian Labs · Austin, TX (Hybrid)
Applied 3 weeks ago

Thank you for your interest in the Content Marketing Lead position at Veridian Labs in Austin, TX. Unfortunately, Veridian Labs has decided not to move forward with your application at this time.

We appreciate your interest and wish you the best in your job search.

[[See similar jobs]]

Top job picks for you
Senior Content Strategist · Fernway · Remote
Brand Marketing Manager · Holtby Outdoor · Denver, CO"""),

dict(slug="baobab-recruitee-profile-not-match", label=R, cat="ats-automated", style="ats", variant="en-ZA",
     vendor="recruitee", brand="Baobab Digital",
     frm="Baobab Digital <job.6f21c@mail.recruitee.com>",
     subject="Your application for Digital Marketing Manager at Baobab Digital", headers=AUTO,
     exp=("thandi@baobabdigital.example", "Thandi", "Baobab Digital", "Digital Marketing Manager"), notes="'profile doesn't match closely enough'; address in body",
     text="""Dear Sam

Thank you for your application for the Digital Marketing Manager position at Baobab Digital.

We have reviewed your CV carefully and unfortunately your profile doesn't match closely enough what we are looking for in this role, in particular the agency-side experience with South African retail clients.

We wish you well in your search. Should you have any questions, you are welcome to contact me at thandi@baobabdigital.example.

Kind regards
Thandi Mokoena
Talent Lead | Baobab Digital | Cape Town"""),

dict(slug="ashgrove-greenhouse-after-interviews-not-progress", label=R, cat="personal-after-interview", style="ats", variant="en-GB",
     vendor="greenhouse", brand="Ashgrove Energy",
     frm="Oliver Grant <no-reply@greenhouse.io>", reply_to="oliver.grant@ashgrove-energy.example",
     subject="Ashgrove Energy - Senior Marketing Manager, Residential", headers=AUTO,
     exp=("oliver.grant@ashgrove-energy.example", "Oliver", "Ashgrove Energy", "Senior Marketing Manager, Residential"), notes="after two interviews, sent from ATS by recruiter",
     text="""Hi Sam,

Thank you for interviewing with us for the Senior Marketing Manager, Residential role and for meeting Katie and Rob last week.

We've made the difficult decision not to progress your application further. The team felt that another candidate had more direct experience of regulated energy marketing, which is critical in the first six months.

I know this is disappointing after two rounds. I'd be very happy to share more detailed feedback over the phone if that's useful - just reply here.

Best,
Oliver
Oliver Grant | Talent Acquisition Partner | Ashgrove Energy"""),

dict(slug="liffeyside-council-panel-irish-footer", label=R, cat="after-assessment", style="ats", variant="en-IE",
     vendor="generic", brand="Liffeyside County Council",
     frm="Liffeyside County Council Recruitment <recruitment@liffeyside.example>",
     subject="Competition Ref 2026/114 - Communications Officer - Result of Interview", headers=AUTO,
     exp=("recruitment@liffeyside.example", "Aoife", "Liffeyside County Council", "Communications Officer"),
     notes="public sector; 'not placed on the panel'; Irish-language line in footer; team mailbox",
     text="""Dear Sam Taylor,

Competition Ref 2026/114 - Communications Officer

I refer to your recent interview for the above competition.

I regret to inform you that, on the recommendation of the interview board, you were not successful at interview and will not be placed on the panel from which future vacancies will be filled.

Under the Code of Practice you may request feedback within 10 working days of this notification by writing to recruitment@liffeyside.example.

The Council wishes to thank you for your interest.

Is mise le meas,
Aoife Byrne
HR Officer, Liffeyside County Council

Fáilteoimid roimh chomhfhreagras i nGaeilge. / Correspondence in Irish is welcome."""),

# ---------------------------------------------------------------- personal
dict(slug="brookline-agency-client-other-candidate", label=R, cat="agency-recruiter", style="personal", variant="en-GB",
     frm="Ellie Watson <ellie.watson@brooklinerecruitment.example>",
     subject="Head of Brand - Ashby & Row - feedback",
     exp=("ellie.watson@brooklinerecruitment.example", "Ellie", "Ashby & Row", "Head of Brand"), notes="agency relays client's no; ordinary wording",
     text="""Hi Sam,

Hope you're well. I've just had feedback from Ashby & Row on the Head of Brand role.

Unfortunately on this occasion they've decided to go with another candidate. They really liked your energy and the portfolio, but felt the other person had more experience running a brand refresh end to end.

I know you were keen on this one so sorry it's not better news. Happy to jump on a call tomorrow if you want to talk it through, and I'll keep you front of mind for anything similar.

Kind regards,
Ellie

Ellie Watson
Senior Consultant - Marketing & Digital
Brookline Recruitment | 020 7946 0832 | 07700 900412"""),

dict(slug="pinewood-terse-gone-another-way", label=R, cat="terse", style="personal", variant="en-US",
     frm="Dan Whitcomb <dan@pinewoodanalytics.example>",
     subject="Re: Growth Marketing Manager - next steps", parent=True, parent_domain="mail.example.org",
     exp=("dan@pinewoodanalytics.example", "Dan", "Pinewood Analytics", "Growth Marketing Manager"), notes="two lines from phone; role only in subject",
     text="""Hi Sam - sorry, we've gone another way on this one. Thanks for your time and good luck.

Dan
Pinewood Analytics
Sent from my iPhone"""),

dict(slug="lumenfield-reply-above-chaser-b2b", day="2026-10-15", label=R, cat="personal-after-interview", style="personal", variant="en-CA", client_html=True,
     frm="Marie-Claire Dubois <mc.dubois@lumenfield.example>",
     subject="RE: Checking in - Product Marketing Manager", parent=True, parent_domain="mail.example.org",
     exp=("mc.dubois@lumenfield.example", "Marie-Claire", "Lumenfield", "Product Marketing Manager"), notes="reply above Sam's chaser (Outlook quote)",
     text="""Hi Sam,

Apologies for the delay in getting back to you, it's been a hectic few weeks.

The team has decided to progress with candidates whose background is more B2B SaaS, so we won't be continuing with your application for the Product Marketing Manager position. I'm sorry to be the bearer of that news after your patience.

Thanks again for your time with us, and best of luck.

Marie-Claire Dubois
Talent Acquisition Specialist | Lumenfield
Montréal, QC | 514-555-0148

From: Sam Taylor <sam.taylor@example.org>
Sent: Tuesday, October 13, 2026 9:02 AM
To: Marie-Claire Dubois <mc.dubois@lumenfield.example>
Subject: Checking in - Product Marketing Manager

Hi Marie-Claire,

I hope you're well. I just wanted to check in on the Product Marketing Manager role, as it's been three weeks since my second interview. I'm still very interested and happy to provide anything else you need.

Best,
Sam"""),

dict(slug="tidewater-founder-long-feedback-middle", label=R, cat="personal-after-interview", style="personal", variant="en-IE",
     frm="Niamh Gallagher <niamh@tidewaterlabs.example>",
     subject="Following up from Thursday",
     exp=("niamh@tidewaterlabs.example", "Niamh", "Tidewater Labs", "Head of Marketing"), notes="long founder letter; verdict in the middle; detailed feedback",
     text="""Hi Sam,

Thanks again for coming into the office on Thursday and for the presentation. I wanted to write properly rather than send a two-line note, because you put a lot into this.

A few things that really stood out: your read on our onboarding funnel was sharper than anything we've put together ourselves, and Conor hasn't stopped talking about the idea of a customer council. You were also the only candidate who asked about our churn numbers, which I appreciated.

Having said all that, we've decided not to offer you the Head of Marketing role. In the end we went with someone who has already taken a company through a Series B, and given where we are with the raise, the board felt strongly about that. It was close, and honestly it came down to timing more than anything you did or didn't do.

Some feedback in case it's useful: the budget section of your plan was lighter than the rest, and I think a couple of the panel wanted to hear more about how you'd manage an agency.

I'd genuinely like to keep in touch. If we open a brand role next year I'll be in touch, and if I can ever be a reference for your thinking, I'd be glad to.

All the best,
Niamh

Niamh Gallagher
Co-founder & CEO, Tidewater Labs
Galway | +353 91 555 017"""),

dict(slug="koala-budget-freeze-role-on-hold", label=R, cat="role-cancelled", style="personal", variant="en-AU",
     frm="Brooke Henderson <brooke.henderson@koalacreek.example>",
     subject="Marketing Lead role - update",
     exp=("brooke.henderson@koalacreek.example", "Brooke", "Koala Creek Wines", "Marketing Lead"), notes="role on hold indefinitely, process closed",
     text="""Hi Sam,

I'm writing with an update that I'm afraid isn't the one either of us wanted.

Following the harvest results, the leadership team has put a freeze on all new headcount until at least the middle of next year, and the Marketing Lead role is on hold indefinitely. That means we're closing the recruitment process for now, including your application.

This is entirely about the business and nothing to do with you. If the role is reopened I'll contact you first.

Thanks so much for your patience and for the time you gave us.

Cheers,
Brooke Henderson
People & Culture Manager | Koala Creek Wines
Barossa Valley SA | 0412 555 219"""),

dict(slug="sutradhar-filled-internally-indian-hr", day="2026-10-29", label=R, cat="internal-candidate", style="personal", variant="en-IN",
     frm="Kavita Raghunathan <kavita.r@sutradharmedia.example>",
     subject="Regarding your candidature for Associate Director - Brand Strategy",
     exp=("kavita.r@sutradharmedia.example", "Kavita", "Sutradhar Media", "Associate Director - Brand Strategy"), notes="Indian English; filled internally",
     text="""Dear Sam,

Greetings from Sutradhar Media!

This is with reference to your candidature for the position of Associate Director - Brand Strategy and the discussions you had with our panel on 22nd October.

We wish to inform you that the position has been filled internally. Hence we will not be able to take your candidature forward at this point of time.

We thank you for the interest shown in our organisation and we will definitely reach out to you in case of any suitable opening in future.

Thanks & Regards,
Kavita Raghunathan
Manager - Talent Acquisition
Sutradhar Media Pvt. Ltd. | Bandra Kurla Complex, Mumbai
M: +91 98200 55123"""),

dict(slug="jacaranda-recruiter-forwards-client-no", day="2026-11-04", label=R, cat="forwarded-resent", style="personal", variant="en-ZA",
     frm="Ruan Botha <ruan@jacarandatalent.example>",
     subject="FW: Sam Taylor - Marketing Manager",
     exp=("ruan@jacarandatalent.example", "Ruan", "Umhlanga Fresh", "Marketing Manager"), notes="agency forwards client's internal mail about Sam",
     text="""Hi Sam

See below from the client, sorry bud. Not the outcome we wanted. Give me a shout later this week, I've got a couple of things brewing.

Ruan Botha
Jacaranda Talent | 082 555 7712

-----Original Message-----
From: Lindiwe Dube <lindiwe.dube@umhlangafresh.example>
Sent: 03 November 2026 16:41
To: Ruan Botha <ruan@jacarandatalent.example>
Subject: RE: Sam Taylor - Marketing Manager

Hi Ruan

Thanks for putting Sam forward for the Marketing Manager role. We met with Sam on Friday and the panel have agreed that we won't be taking Sam's application further. The team felt the FMCG trade marketing side was not strong enough for what we need.

Please pass on our thanks.

Regards
Lindiwe
Umhlanga Fresh - HR"""),

dict(slug="greyfriars-resent-bounced-rejection", day="2026-11-17", label=R, cat="forwarded-resent", style="personal", variant="en-GB",
     frm="Tom Ellery <tom.ellery@greyfriarspress.example>",
     subject="Re-sending: Your application - Marketing Manager (Trade)",
     exp=("tom.ellery@greyfriarspress.example", "Tom", "Greyfriars Press", "Marketing Manager (Trade)"), notes="re-sent after a bounce; verdict inside the re-sent copy",
     text="""Hi Sam,

Re-sending the below as I've just noticed it bounced back last week (our mail server had a wobble). Apologies if you've been waiting to hear.

Tom

---------- Original message ----------
From: Tom Ellery <tom.ellery@greyfriarspress.example>
Date: Mon, 9 Nov 2026 at 11:15
Subject: Your application - Marketing Manager (Trade)
To: Sam Taylor <sam.taylor@example.org>

Dear Sam,

Thank you for interviewing for the Marketing Manager (Trade) position at Greyfriars Press.

We enjoyed meeting you, but I am sorry to say that you have not been successful on this occasion. We had an exceptionally strong shortlist and the decision was a difficult one.

With best wishes,
Tom Ellery
Publishing Director, Greyfriars Press"""),

dict(slug="mick-typo-recruiter-wont-progress", label=R, cat="agency-recruiter", style="personal", variant="en-AU",
     frm="Mick O'Sullivan <mick@southerlyrecruit.example>",
     subject="Harbourview Hotels",
     exp=("mick@southerlyrecruit.example", "Mick", "Harbourview Hotels", "Digital Marketing Manager"), notes="typos, lowercase, no punctuation",
     text="""hi sam, spoke to the hiring manger at harbourview hotels this arvo. unfortunatley they wont be progressing you for the digital marketing manager gig. they felt you were a bit light on paid social and wanted someone whos run bigger budgets. gutted for you mate

happy to chat tmrw. will keep looking

cheers
Mick
Southerly Recruitment | 0400 555 918"""),

dict(slug="ferncastle-case-study-not-advancing", day="2026-11-04", label=R, cat="after-assessment", style="personal", variant="en-US", client_html=True,
     frm="Rachel Kim <rachel.kim@ferncastle.example>",
     subject="Your case study - Ferncastle",
     exp=("rachel.kim@ferncastle.example", "Rachel", "Ferncastle", "Lifecycle Marketing Manager"), notes="after take-home case study",
     text="""Hi Sam,

Thank you for submitting the case study for the Lifecycle Marketing Manager role, and for turning it around so quickly.

The hiring team reviewed it together on Monday. While we liked your segmentation approach, we felt the testing plan didn't go deep enough on measurement, and so we won't be advancing you to the final round.

I appreciate how much work goes into these exercises. Thank you for your time and for your interest in Ferncastle.

Best,
Rachel

Rachel Kim | Senior Recruiter | Ferncastle
(415) 555-0176"""),

dict(slug="northbay-search-closed-without-hire", label=R, cat="role-cancelled", style="personal", variant="en-CA",
     frm="Graham Lau <glau@northbaytransit.example>",
     subject="Director, Communications & Marketing - search update",
     exp=("glau@northbaytransit.example", "Graham", "North Bay Transit", "Director, Communications & Marketing"), notes="search closed without a hire; restructure",
     text="""Dear Sam,

Thank you for your participation in the search for the Director, Communications & Marketing.

I'm writing to let you know that, following a reorganisation of the Corporate Services division, North Bay Transit has decided to close the search without making an appointment. The responsibilities of the role are being split between two existing positions.

I recognise that you invested considerable time in the process, including two panel interviews, and I regret that it has ended this way. We will retain your information, with your consent, should a comparable opportunity arise.

Sincerely,
Graham Lau
Manager, Talent Acquisition
North Bay Transit | 705-555-0193"""),

dict(slug="meridale-internal-candidate-plus-new-brief", label=R, cat="agency-recruiter", style="personal", variant="en-GB",
     frm="Sophie Carr <sophie.carr@meridalepartners.example>",
     subject="Update - Thornbury Foods",
     exp=("sophie.carr@meridalepartners.example", "Sophie", "Thornbury Foods", "Customer Marketing Manager"),
     notes="active candidacy closed (internal candidate) while a new role is pitched; rejection, unlike an old filled role",
     text="""Hi Sam,

Just a quick one - Thornbury Foods have come back to me and they've decided to go with an internal candidate for the Customer Marketing Manager role, so they won't be taking your application any further. Frustrating, as they'd only told me last week they were keen to meet you.

On a brighter note, I've had a new brief in this morning for a Senior Brand Manager at a drinks business in Bristol that I think could be a great fit. Are you free for a call on Thursday?

Best,
Sophie

Sophie Carr | Principal Consultant | Meridale Partners
0117 496 0721"""),

dict(slug="sprocket-founder-keep-looking", day="2026-10-21", label=R, cat="personal-after-interview", style="personal", variant="en-US",
     frm="Jake Moreno <jake@sprocketlabs.example>",
     subject="Re: Great chatting today",
     parent=True, parent_domain="mail.example.org",
     exp=("jake@sprocketlabs.example", "Jake", "Sprocket Labs", ""), notes="indirect 'we're going to keep looking'; startup founder; no role title, role empty",
     text="""Sam,

Appreciate the note and the follow-up deck, really thoughtful.

I've talked it over with Priyanka and I don't think we're the right fit for each other right now. We're going to keep looking for our first marketing hire, probably someone more hands-on with paid acquisition given how small we are.

Would love to grab a coffee sometime regardless.

Jake

> On Oct 20, 2026, at 6:14 PM, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Jake, great chatting today about the first marketing hire at Sprocket Labs. I've attached the short deck I mentioned with my 90-day plan. Looking forward to hearing about next steps.
>
> Sam"""),

dict(slug="sunbird-za-hr-formal-unsuccessful-ee", label=R, cat="formal-letter", style="personal", variant="en-ZA",
     frm="Recruitment - Sunbird Logistics <careers@sunbirdlogistics.example>",
     subject="RE: APPLICATION: MARKETING AND COMMUNICATIONS MANAGER (REF: SBL/MKT/0926)",
     exp=("careers@sunbirdlogistics.example", "Zanele", "Sunbird Logistics", "Marketing and Communications Manager"),
     notes="formal ZA HR letter; verdict between EE and POPIA paragraphs; team mailbox",
     text="""Dear Sam Taylor

APPLICATION: MARKETING AND COMMUNICATIONS MANAGER (REF: SBL/MKT/0926)

Sunbird Logistics is an equal opportunity employer and, in line with our Employment Equity Plan, preference is given to candidates from designated groups in accordance with the Employment Equity Act 55 of 1998.

We regret to advise that your application for the position of Marketing and Communications Manager was unsuccessful.

In terms of the Protection of Personal Information Act (POPIA), your personal information will be retained for a period of six months for recruitment purposes only, after which it will be destroyed.

We thank you for your interest in Sunbird Logistics and wish you success in your future endeavours.

Yours faithfully

Zanele Khumalo
HR Officer: Recruitment
Sunbird Logistics (Pty) Ltd | Reg. No. 2004/018822/07
Tel: 011 555 0987"""),

dict(slug="oakmere-offer-withdrawn-restructure", day="2026-11-11", label=R, cat="role-cancelled", style="personal", variant="en-GB",
     frm="Gemma Price <gemma.price@oakmerehomes.example>", cc="Richard Hale <richard.hale@oakmerehomes.example>",
     subject="Senior Brand Manager - difficult news",
     exp=("gemma.price@oakmerehomes.example", "Gemma", "Oakmere Homes", "Senior Brand Manager"), notes="after final interview, business not proceeding with the hire",
     text="""Dear Sam,

I wanted to call you but haven't been able to reach you, so I'm following up in writing.

Following the announcement of the group restructure on Monday, the business has taken the decision not to proceed with the hire of a Senior Brand Manager. I know we had indicated after your final interview that we hoped to be in a position to make an offer, and I'm very sorry to be writing this instead.

Richard has asked me to pass on his personal thanks, and he would be glad to speak to you if that would help.

With kind regards,
Gemma Price
HR Business Partner, Oakmere Homes
01865 555 204"""),

dict(slug="wrenfield-mobile-no-this-time", day="2026-11-12", label=R, cat="terse", style="personal", variant="en-GB",
     frm="Kate Lowther <kate@lowthersearch.example>",
     subject="Re: Wrenfield - Senior Copywriter", parent=True, parent_domain="mail.example.org",
     exp=("kate@lowthersearch.example", "Kate", "Wrenfield", "Senior Copywriter"), notes="one line from phone above a quoted message",
     text="""Sorry Sam, it's a no from them this time. Will call you later. K

Sent from my iPhone

> On 12 Nov 2026, at 09:12, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Kate, any word from Wrenfield on the Senior Copywriter role? Thanks, Sam"""),

dict(slug="harlow-unlikely-progress-talent-pool", label=R, cat="keep-on-file", style="personal", variant="en-IE",
     frm="Ciara Doyle <ciara.doyle@harlowtravel.example>",
     subject="Your application - Harlow Travel",
     exp=("ciara.doyle@harlowtravel.example", "Ciara", "Harlow Travel", "CRM & Loyalty Manager"), notes="indirect 'other applicants'; talent-pool offer",
     text="""Hi Sam,

Thanks a million for your interest in the CRM & Loyalty Manager role and for the chat last week.

We've decided to move forward with other applicants whose loyalty-programme experience is a bit more recent, so I won't be putting you forward to the hiring manager this time round.

I'd love to add you to our talent pool though - we're growing the marketing team in the new year and you came across really well. Let me know if that's ok.

Ciara

Ciara Doyle | Talent Acquisition | Harlow Travel
Dublin 2 | 01 555 0134"""),

dict(slug="quokka-feedback-thread-verdict-bottom", label=R, cat="personal-after-interview", style="personal", variant="en-AU",
     frm="Lachlan Reid <lachlan.reid@quokkapay.example>",
     subject="Quokka Pay - your interviews",
     exp=("lachlan.reid@quokkapay.example", "Lachlan", "Quokka Pay", "Brand Marketing Manager"), notes="long praise first, verdict at the very end",
     text="""Hi Sam,

Thanks so much for the time you spent with us over the last month - three interviews and a presentation is a lot, and we don't take it for granted.

The panel enjoyed your presentation on the brand architecture. Your point about separating the merchant and consumer brands sparked a real debate internally afterwards, and I suspect we'll end up doing something along those lines. Mia also mentioned that your reference from your time at Calder Street Media was glowing.

We've had a huge amount of interest in the Brand Marketing Manager role and an incredibly talented final group. After a lot of back and forth, we've offered the role to another candidate, who has accepted.

Thanks again, and I hope our paths cross again.

Lachlan Reid
Head of Marketing | Quokka Pay
Sydney NSW | 0423 555 061"""),
]
