"""Rejections (40): 20 ATS-style, 20 personal."""
from content_common import rej

GH = "us.greenhouse-mail.io"
MESSAGES = [
# ---------------- ATS ----------------
rej("brightwell-senior-data-analyst", f"Brightwell Analytics <no-reply@{GH}>",
    "Your application to Brightwell Analytics",
    """Hi Sam,

Thank you for your interest in the Senior Data Analyst position at Brightwell Analytics and for the time you put into your application.

We received a large number of applications for this role. After careful review, we regret to inform you that we have decided to move forward with other candidates whose qualifications more closely match our current needs.

We encourage you to keep an eye on our [[careers page]] for future openings.

Best regards,
The Brightwell Analytics Recruiting Team""",
    ("", "", "Brightwell Analytics", "Senior Data Analyst"), "ats-automated", "en-US", "ats",
    "greenhouse; most-ordinary wording; autoplain", vendor="greenhouse", brand="Brightwell Analytics", autoplain=True,
    about="Brightwell Analytics is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees."),
rej("tallyho-data-scientist", "Tallyho Games Talent <no-reply@hire.lever.co>",
    "Tallyho Games | Data Scientist, Player Insights",
    """Hi Sam,

Thanks so much for applying for the Data Scientist, Player Insights role here at Tallyho Games. We know job hunting takes real effort and we appreciate you thinking of us.

We've reviewed your application and have decided to move forward with other applicants whose experience more closely aligns with what the team needs right now.

We'd love for you to stay connected - new roles open up in Montreal and Vancouver all the time.

Cheers,
Talent Team, Tallyho Games""",
    ("", "", "Tallyho Games", "Data Scientist, Player Insights"), "ats-automated", "en-CA", "ats",
    "lever; gaming", vendor="lever", brand="Tallyho Games"),
rej("harbourline-vp-product-analytics", "Harbourline Bank Careers <harbourline@myworkday.com>",
    "Update on your application - Vice President, Product Analytics (REQ-44817)",
    """Dear Sam Taylor,

Reference: REQ-44817 Vice President, Product Analytics, London

Thank you for applying to Harbourline Bank. At Harbourline we are committed to a fair, consistent and transparent recruitment process, and every application is reviewed against the published requirements of the role by a member of our Talent Acquisition team and the hiring manager. We also use structured criteria to reduce bias at every stage.

Having reviewed your application in detail, we are sorry to let you know that you have not been successful on this occasion. This decision relates only to this vacancy and does not prevent you from applying for other roles with us.

Your candidate profile will remain active on our Careers site. You can update your details, set up job alerts or withdraw your profile at any time by signing in.

Harbourline Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England and Wales No. 00482291. Registered office: 1 Dock Row, London E14 5AB.

Kind regards,
Talent Acquisition
Harbourline Bank""",
    ("", "", "Harbourline Bank", "Vice President, Product Analytics"), "ats-automated", "en-GB", "ats",
    "workday; html-only; verdict in the middle of boilerplate; bank", vendor="workday", brand="Harbourline Bank", html_only=True),
rej("quillpath-pm-growth", "Quillpath <no-reply@ashbyhq.com>",
    "Following up on your Quillpath application",
    """Hey Sam,

Thank you for taking the time to apply for our Product Manager, Growth opening. We really enjoyed learning about your background in media analytics.

Unfortunately, we won't be moving forward with your application at this time. We know this isn't the news you were hoping for.

This isn't a reflection of your potential, and we'd be glad to see your name again in the future.

All the best,
Quillpath Recruiting""",
    ("", "", "Quillpath", "Product Manager, Growth"), "ats-automated", "en-US", "ats",
    "ashby; saas", vendor="ashby", brand="Quillpath"),
rej("meridian-coyle-analytics-consultant", "Meridian & Coyle Consulting <jobs@smartrecruiters.com>",
    "Analytics Consultant - application update",
    """Dear Sam,

Thank you for your interest in the Analytics Consultant position with Meridian & Coyle Consulting in Dublin.

We wanted to let you know that the position has been filled. We appreciate the time you invested in applying and wish you every success in your search.

Warm regards,
Meridian & Coyle Consulting | People Team""",
    ("", "", "Meridian & Coyle Consulting", "Analytics Consultant"), "ats-automated", "en-IE", "ats",
    "smartrecruiters; position filled; consultancy", vendor="smartrecruiters", brand="Meridian & Coyle Consulting", autoplain=True),
rej("savanna-ledger-head-of-data", "Savanna Ledger <noreply@candidates.workablemail.com>",
    "Head of Data at Savanna Ledger",
    """Dear Sam,

Thank you for applying for the Head of Data position at Savanna Ledger in Nairobi. We truly appreciate your interest in helping us build financial infrastructure for small businesses across East Africa.

We have now reviewed all applications, and we will not be taking your application further at this stage.

We will keep your CV in our talent pool for 12 months. If you would prefer us to delete it, simply [[click here]].

Kind regards,
Esther Kamau
People Operations, Savanna Ledger""",
    ("", "Esther", "Savanna Ledger", "Head of Data"), "ats-automated", "en-KE", "ats",
    "workable; data retention; signed by a person on a no-reply", vendor="workable", brand="Savanna Ledger"),
rej("northgate-data-engineer-cancelled", "Northgate Federal Systems <careers@talent.icims.com>",
    "Requisition 2026-1183 Data Engineer II: Status Update",
    """Dear Sam Taylor,

Thank you for your interest in employment with Northgate Federal Systems.

{table}

We are writing to inform you that the requisition listed above has been cancelled and will not be filled at this time. As a result, your application is no longer under consideration for this position.

We encourage you to review other current openings and apply for any for which you are qualified.

Sincerely,
Northgate Federal Systems Talent Acquisition""",
    ("", "", "Northgate Federal Systems", "Data Engineer II"), "role-cancelled", "en-US", "ats",
    "icims; html-only; government tech; requisition cancelled", vendor="icims", brand="Northgate Federal Systems", html_only=True,
    table=[("Requisition", "2026-1183"), ("Title", "Data Engineer II"), ("Location", "Arlington, VA (Hybrid)"), ("Status", "Requisition cancelled")]),
rej("pacific-crest-senior-financial-analyst", "Pacific Crest Bank <noreply@taleo.net>",
    "Pacific Crest Bank - Senior Financial Analyst (Job ID 260419)",
    """Dear Sam,

Thank you for your application for the role of Senior Financial Analyst (Job ID 260419) with Pacific Crest Bank.

After careful consideration, we regret to advise that you have not been selected to progress further in the recruitment process for this role.

We thank you for your interest in Pacific Crest Bank and encourage you to visit our careers site regularly for future opportunities that match your skills and experience.

Yours sincerely,
Talent Acquisition Team
Pacific Crest Bank Limited ABN 11 004 211 890""",
    ("", "", "Pacific Crest Bank", "Senior Financial Analyst"), "ats-automated", "en-AU", "ats",
    "taleo; bank", vendor="taleo", brand="Pacific Crest Bank"),
rej("polder-labs-senior-product-analyst", "Polder Labs <no-reply@teamtailor.com>",
    "Your application for Senior Product Analyst",
    """Hi Sam,

Thanks a lot for your application for the Senior Product Analyst position at Polder Labs and for your interest in joining our Amsterdam team.

We have looked carefully at your application. Although there is a lot to like in your profile, it doesn't match closely enough with what we are looking for in this role, so we have decided not to invite you for an interview.

We wish you lots of luck with your search!

Best,
Polder Labs Talent Team""",
    ("", "", "Polder Labs", "Senior Product Analyst"), "ats-automated", "en-NL", "ats",
    "teamtailor; profile doesn't match; dutch employer", vendor="teamtailor", brand="Polder Labs"),
rej("lionfish-pm-data-platform", f"Lionfish Security <no-reply@{GH}>",
    "Lionfish Security - Product Manager, Data Platform",
    """Hi Sam,

Thank you for completing the take-home exercise for the Product Manager, Data Platform role, and for the conversations with Noa and the team in Tel Aviv.

The team reviewed your submission together. There was a lot of thoughtful work in it, particularly the prioritisation framework. After a lot of discussion, we've decided not to proceed with your candidacy for this role.

If you'd like to hear more about the team's feedback, just reply to this email and it will reach Noa directly.

Best,
Noa Friedman
Talent Partner, Lionfish Security""",
    ("noa.friedman@lionfish.example", "Noa", "Lionfish Security", "Product Manager, Data Platform"),
    "ats-automated", "en-IL", "ats", "greenhouse; after take-home; reply_to from Reply-To", vendor="greenhouse",
    brand="Lionfish Security", reply_to="Noa Friedman <noa.friedman@lionfish.example>"),
rej("straits-capital-finance-bp", "Straits Capital Group <recruitment@successfactors.eu>",
    "Application Status: Finance Business Partner",
    """Dear Sam Taylor,

Thank you for your interest in the Finance Business Partner position at Straits Capital Group, Singapore.

We have carefully reviewed your application. We regret to inform you that your application has been unsuccessful.

With your consent, we would like to retain your profile in our talent database for a period of 24 months so that we may contact you about suitable vacancies. Please indicate your preference by clicking [[Yes, keep my profile]] or [[No, delete my data]].

Thank you once again for your interest in Straits Capital Group.

Regards,
Group Human Resources""",
    ("", "", "Straits Capital Group", "Finance Business Partner"), "ats-automated", "en-SG", "ats",
    "successfactors; data-retention question; bank/finance", vendor="successfactors", brand="Straits Capital Group"),
rej("kanaal-analytics-engineer-on-hold", "Kanaal Mobility <jobs@mail.recruitee.com>",
    "Analytics Engineer vacancy - update",
    """Dear Sam,

Thank you for applying for the Analytics Engineer position at Kanaal Mobility.

Due to a change in our 2027 planning, the role has been put on hold indefinitely and we have closed the vacancy. This means we will not continue the process with any of the applicants, including you.

We are sorry for any disappointment this may cause. Should the role reopen, we will publish it again on our website.

Kind regards,
Maartje de Wit
Recruiter, Kanaal Mobility""",
    ("", "Maartje", "Kanaal Mobility", "Analytics Engineer"), "role-cancelled", "en-NL", "ats",
    "recruitee; role on hold indefinitely = closed for Sam", vendor="recruitee", brand="Kanaal Mobility"),
rej("orbitfold-sse-data", "Orbitfold <no-reply@hire.lever.co>",
    "Senior Software Engineer, Data at Orbitfold",
    """Hi Sam,

Thanks for applying to Orbitfold. Unfortunately, we won't be progressing your application for the Senior Software Engineer, Data role.

All the best,
Orbitfold Hiring""",
    ("", "", "Orbitfold", "Senior Software Engineer, Data"), "terse", "en-GB", "ats",
    "lever; short", vendor="lever", brand="Orbitfold"),
rej("maple-ridge-bi-developer", "Maple Ridge Credit Union <notifications@app.bamboohr.com>",
    "Business Intelligence Developer - Maple Ridge Credit Union",
    """Hello Sam,

Thank you for your interest in the Business Intelligence Developer position with Maple Ridge Credit Union. We enjoyed reviewing your background.

We have selected another candidate whose qualifications best meet our needs for this position at this time.

We wish you the very best in your job search.

Sincerely,
Dana Whitfield
HR Generalist""",
    ("", "Dana", "Maple Ridge Credit Union", "Business Intelligence Developer"), "ats-automated", "en-CA", "ats",
    "bamboohr; another candidate selected", vendor="bamboohr", brand="Maple Ridge Credit Union"),
rej("kestrel-health-linkedin", "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application to Data Product Manager at Kestrel Health",
    """[[Kestrel Health]]
Data Product Manager
Boston, MA (Hybrid)

Thank you for your interest in the Data Product Manager position at Kestrel Health in Boston, MA. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Kestrel Health.

Regards,
Kestrel Health

[[See more jobs]]

Top jobs recommended for you:
- Senior Product Analyst - Lumen Grid - Remote
- Analytics Lead - Harborview Health - Boston, MA""",
    ("", "", "Kestrel Health", "Data Product Manager"), "ats-automated", "en-US", "ats",
    "linkedin easy-apply; job recommendations below the verdict", vendor="linkedin", brand="LinkedIn", autoplain=True),
rej("cobalt-quay-pricing-indeed", "Indeed <indeedapply@indeed.com>",
    "Application update: Pricing Analyst",
    """Sam, here's an update on your application

Pricing Analyst
Cobalt Quay Insurance - Dublin

{table}

The employer has reviewed your application and decided not to proceed at this time. Don't be discouraged - there are plenty of other jobs to apply for.

[[View similar jobs]]""",
    ("", "", "Cobalt Quay Insurance", "Pricing Analyst"), "ats-automated", "en-IE", "ats",
    "indeed; status portal 'not selected'", vendor="indeed", brand="Indeed",
    table=[("Status", "Not selected by employer"), ("Applied", "14 Sept")]),
rej("fernhill-staff-ds-takehome", "Fernhill Robotics <no-reply@ashbyhq.com>",
    "Your Fernhill take-home - results",
    """Hi Sam,

First, thank you. We know a take-home assignment asks a lot of someone's evenings, and your submission for the Staff Data Scientist role clearly had real care behind it. The reviewers especially liked the way you framed the churn question before reaching for a model, and your write-up was one of the clearest we received.

We asked three people on the Forecasting team to review each submission independently against the same rubric: problem framing, modelling choices, validation, and communication. Scores were then calibrated in a group review.

Where we landed was that the modelling section didn't go deep enough on validation for the level we're hiring at, and we've made the decision not to move forward to the onsite stage.

We'd be happy to be in touch when we open more roles next year.

Warmly,
Fernhill Recruiting""",
    ("", "", "Fernhill Robotics", "Staff Data Scientist"), "ats-automated", "en-US", "ats",
    "ashby; verdict at end after praise; after take-home; autoplain", vendor="ashby", brand="Fernhill Robotics", autoplain=True),
rej("cedar-vine-quant-status", "Cedar & Vine Bank <cedarvine@myworkday.com>",
    "Your candidate home: status change",
    """Hello Sam,

The status of one of your job applications has changed.

{table}

Thank you for considering Cedar & Vine Bank. You can review all of your applications in your [[Candidate Home]].""",
    ("", "", "Cedar & Vine Bank", "Senior Quantitative Analyst"), "ats-automated", "en-CA", "ats",
    "workday; status table only", vendor="workday", brand="Cedar & Vine Bank",
    table=[("Job", "R-20931 Senior Quantitative Analyst"), ("Location", "Toronto, ON"), ("Status", "No longer under consideration")]),
rej("nimbus-arcade-product-analyst", f"Nimbus Arcade <no-reply@{GH}>",
    "Product Analyst - Nimbus Arcade",
    """G'day Sam,

Thanks for applying for the Product Analyst role at Nimbus Arcade in Melbourne and for the chat with our talent team last week.

We've now finished our first-round interviews and, unfortunately, we've decided not to progress your application to the next stage.

We'd love to keep your details on file for future roles. May we hold on to your CV for the next 12 months? [[Yes, please keep my details]]

Cheers,
Nimbus Arcade Talent""",
    ("", "", "Nimbus Arcade", "Product Analyst"), "ats-automated", "en-AU", "ats",
    "greenhouse; data retention question; gaming", vendor="greenhouse", brand="Nimbus Arcade"),
rej("tembo-pay-spm-withdrawn", "Tembo Pay <careers@smartrecruiters.com>",
    "Senior Product Manager, Payments - position withdrawn",
    """Dear Sam,

Thank you for your interest in the Senior Product Manager, Payments role at Tembo Pay.

Following an internal restructuring of our Payments division, this position has been withdrawn and we will not be filling it. We have therefore closed all applications, including yours.

We are grateful for the time you invested and hope you will consider Tembo Pay again.

Best regards,
Tembo Pay Talent Acquisition""",
    ("", "", "Tembo Pay", "Senior Product Manager, Payments"), "role-cancelled", "en-KE", "ats",
    "smartrecruiters; position withdrawn; fintech", vendor="smartrecruiters", brand="Tembo Pay"),
# ---------------- personal ----------------
rej("halyard-final-round", "Priya Raman <priya.raman@halyardfintech.example>",
    "Re: Thank you - Lead Data Analyst final round",
    """Hi Sam,

Thanks so much for your note, and for coming in on Tuesday.

I'm afraid it's not good news this time - the panel have decided to go with another candidate for the Lead Data Analyst role. It was genuinely close and they were really impressed with your stakeholder examples.

Happy to jump on a call if you'd like more detailed feedback.

Best,
Priya

Priya Raman | Senior Talent Partner | Halyard Fintech
+44 20 7946 0312

On Wed, 7 Oct 2026 at 09:14, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Priya,
>
> Just wanted to say thank you for organising yesterday's final round. I
> really enjoyed meeting Tom and the team and I'm even more excited about
> the role.
>
> Best,
> Sam""",
    ("priya.raman@halyardfintech.example", "Priya", "Halyard Fintech", "Lead Data Analyst"),
    "personal-after-interview", "en-GB", "personal", "reply above quoted thank-you", parent=True, client_html=True),
rej("dunmore-hiring-manager-long", "Cian O'Rourke <cian.orourke@dunmoredata.example>",
    "Your interview for Analytics Engineering Manager",
    """Hi Sam,

I wanted to write to you myself rather than have it come through the recruiting system, because you gave us a lot of your time over the last three weeks and I think you deserve a proper note.

First, the good parts. Your session with Aoife on the data model was the strongest we saw, and the way you talked about building trust with editorial teams at Calder Street came up again and again in our debrief. Honestly, a couple of people on the panel were pushing hard for you.

Where we've ended up, though, is that we're going to offer the Analytics Engineering Manager role to another candidate who has run a larger team on a dbt/Snowflake stack very similar to ours. It came down to that hands-on platform depth, which we need from day one given how small we are.

I know that's disappointing, and I'm sorry. If it's useful, I'm happy to spend 20 minutes going through the panel notes with you. And I mean it when I say I'd like to stay in touch - we'll be hiring a Head of Analytics in the second half of next year.

All the best,
Cian

Cian O'Rourke
Director of Data, Dunmore Data
Dublin 2 | +353 1 555 0147""",
    ("cian.orourke@dunmoredata.example", "Cian", "Dunmore Data", "Analytics Engineering Manager"),
    "personal-after-interview", "en-IE", "personal", "long letter; verdict in the middle"),
rej("hartwell-orchid-bay", "Marcus Lim <marcus.lim@hartwellsearch.example>",
    "Orchid Bay Capital - update",
    """Hi Sam,

Hope you're well. I've just come off the phone with Orchid Bay Capital regarding the Head of Investment Analytics role.

They've decided to go in a different direction - they want someone with more buy-side experience, so they will not be progressing with your application. I did push back as I think you'd have been great, but their mind is made up.

I'll keep you in mind for anything more media or consumer focused that comes through, which I think would suit you better anyway.

Speak soon,
Marcus

Marcus Lim
Principal Consultant, Financial Services
Hartwell Search Pte Ltd | EA Licence 19C8812
+65 6123 4477""",
    ("marcus.lim@hartwellsearch.example", "Marcus", "Orchid Bay Capital", "Head of Investment Analytics"),
    "agency", "en-SG", "personal", "agency consultant; client decision"),
rej("redkite-short", "Tom Becker <tom@redkitegames.example>",
    "Re: Analytics Lead",
    """Hi Sam, sorry for the slow reply - we've decided to go with someone else for the Analytics Lead role. Thanks for all your time with us and best of luck.

Tom
Redkite Games""",
    ("tom@redkitegames.example", "Tom", "Redkite Games", "Analytics Lead"),
    "terse", "en-US", "personal", "very short; sent from phone", parent=True),
rej("beacon-mutual-forwarded", "Olivia Nguyen <olivia.nguyen@beaconmutual.example>",
    "FW: Sam Taylor - Senior Insights Analyst feedback",
    """Hi Sam,

Sorry this has taken a while. I've forwarded Rob's note from the panel below so you can see the feedback in his own words. Unfortunately it's a no from us on this occasion for the Senior Insights Analyst role.

Thanks again for your patience,
Olivia

Olivia Nguyen | Talent Acquisition Advisor
Beacon Mutual | Level 12, 400 George St, Sydney NSW 2000
M +61 412 555 019

---------- Forwarded message ---------
From: Rob Castellano <rob.castellano@beaconmutual.example>
Date: Mon, 19 Oct 2026 at 16:02
Subject: Sam Taylor - Senior Insights Analyst feedback
To: Olivia Nguyen <olivia.nguyen@beaconmutual.example>

Hi Liv,

Good interview from Sam - strong on storytelling and survey design. We felt the SQL exercise was a bit light compared to the other finalist and we're going to progress with them. Can you please let Sam know and pass on our thanks?

Rob""",
    ("olivia.nguyen@beaconmutual.example", "Olivia", "Beacon Mutual", "Senior Insights Analyst"),
    "forwarded", "en-AU", "personal", "forwarded hiring manager note; contact is the forwarder"),
rej("larkspur-filled-internally", "Grace Chen <grace.chen@larkspursoftware.example>",
    "Re: Following up - Senior Product Manager, Analytics",
    """Hi Sam,

Apologies for the delay, and thanks for checking in. We ended up filling the Senior Product Manager, Analytics position internally - someone from our platform team put their hand up late in the process.

I'm sorry we didn't let you know sooner. I'd be glad to reach out if something similar opens up at Larkspur Software.

Best,
Grace

Grace Chen
Talent Acquisition, Larkspur Software
Toronto | 416-555-0188

From: Sam Taylor <sam.taylor@example.org>
Sent: Thursday, October 22, 2026 10:41 AM
To: Grace Chen <grace.chen@larkspursoftware.example>
Subject: Following up - Senior Product Manager, Analytics

Hi Grace,

I hope you're well. I interviewed for the Senior Product Manager, Analytics role a few weeks ago and wondered whether there was any update on timelines?

Thanks,
Sam""",
    ("grace.chen@larkspursoftware.example", "Grace", "Larkspur Software", "Senior Product Manager, Analytics"),
    "personal-after-interview", "en-CA", "personal", "reply to chaser; Outlook quote; filled internally", parent=True),
rej("vantalink-founder-takehome", "Yael Ben-David <yael@vantalink.example>",
    "Vantalink take-home",
    """Hi Sam,

Thanks for sending back the take-home so quickly. I read it over the weekend and then went through it with Oren.

The analysis is solid and nicely written. Honestly though, at our stage we need the first data hire to also own the pipelines end to end, and I don't think that's where your strengths are. So we're not going to move ahead with you for the Founding Data Analyst role.

I really appreciate the effort you put in. If you're ever in Tel Aviv, coffee is on me.

Yael
CEO, Vantalink""",
    ("yael@vantalink.example", "Yael", "Vantalink", "Founding Data Analyst"),
    "personal-after-interview", "en-IL", "personal", "founder; after take-home"),
rej("jamii-bank-formal-letter", "Wanjiru Mwangi <wmwangi@jamiibank.example>",
    "RE: APPLICATION FOR THE POSITION OF MANAGER, CREDIT RISK ANALYTICS",
    """Dear Sam,

RE: APPLICATION FOR THE POSITION OF MANAGER, CREDIT RISK ANALYTICS

We refer to the above matter and your interview held on 12th October 2026.

We thank you for your interest in joining Jamii Commercial Bank. We regret to inform you that your application for the position of Manager, Credit Risk Analytics was unsuccessful.

We shall retain your details in our database and may contact you should a suitable opportunity arise.

We wish you all the best in your future endeavours.

Yours faithfully,

Wanjiru Mwangi
Senior Officer, Talent Acquisition
Human Resources Division
Jamii Commercial Bank Ltd
Tel: +254 20 555 0190""",
    ("wmwangi@jamiibank.example", "Wanjiru", "Jamii Commercial Bank", "Manager, Credit Risk Analytics"),
    "personal-after-interview", "en-KE", "personal", "formal bank letter style"),
rej("grachtwerk-dutch-english", "Pieter Jansen <pieter@grachtwerk.example>",
    "Product Owner Data - our decision",
    """Hello Sam,

Thank you again for the nice conversation last week with me and Ilse. We enjoyed it a lot.

We have had the second conversations with all candidates now and we decided to continue with another candidate for the position of Product Owner Data. She has a bit more experience with B2B marketplaces, which is for us very important right now.

I want to be direct with you, because I think this is more helpful than a long story. If you want, I can give you some feedback by phone.

Good luck with your search!

Met vriendelijke groet / Kind regards,
Pieter Jansen
Head of Product | Grachtwerk B.V.
+31 20 555 0134""",
    ("pieter@grachtwerk.example", "Pieter", "Grachtwerk", "Product Owner Data"),
    "personal-after-interview", "en-NL", "personal", "dutch writer in English"),
rej("thistle-headcount-freeze", "Fiona MacLeod <fiona.macleod@thistleanalytics.example>",
    "Senior BI Analyst - where things are",
    """Hi Sam,

I wanted to be upfront with you. We've had a headcount freeze come down from the group this week and the Senior BI Analyst role is now on hold for the foreseeable future. Realistically we won't be hiring for it this year, so I'm closing off your application rather than leaving you hanging.

I'm really sorry - you were one of the candidates we were most keen on. If the role comes back I'll call you first.

Fiona

Fiona MacLeod
People Partner, Thistle Analytics, Edinburgh
07700 900461""",
    ("fiona.macleod@thistleanalytics.example", "Fiona", "Thistle Analytics", "Senior BI Analyst"),
    "role-cancelled", "en-GB", "personal", "role on hold; application closed for Sam"),
rej("ashgrove-case-interview", "Marcus Bell <mbell@ashgrovepartners.example>",
    "Ashgrove Partners - Manager, Data & Analytics Strategy",
    """Sam,

Thank you for spending Friday with us in Chicago. I know the case day is long.

I'm writing to let you know that we won't be extending an offer for the Manager, Data & Analytics Strategy position. The partners felt your case structuring was strong but that you'd need more client-facing consulting experience to hit the ground running at the Manager level.

We were grateful for your time and I hope our paths cross again.

Regards,
Marcus Bell
Recruiting Lead, Ashgrove Partners
(312) 555-0144""",
    ("mbell@ashgrovepartners.example", "Marcus", "Ashgrove Partners", "Manager, Data & Analytics Strategy"),
    "personal-after-interview", "en-US", "personal", "consultancy; after case interview"),
rej("lumen-grid-final-round", "Tan Wei Ling <weiling.tan@lumengrid.example>",
    "Lumen Grid - Senior Product Analyst",
    """Hi Sam,

I'm afraid this isn't the news you were hoping for. After the final round, the team has decided not to proceed with your application for the Senior Product Analyst position.

Thank you for the effort you put into the presentation - Arjun mentioned it was one of the most engaging. The deciding factor was direct experience with B2B SaaS pricing.

Wishing you the best,
Wei Ling

Tan Wei Ling | Talent Acquisition Lead | Lumen Grid
10 Anson Road, #22-01, Singapore 079903""",
    ("weiling.tan@lumengrid.example", "Wei Ling", "Lumen Grid", "Senior Product Analyst"),
    "personal-after-interview", "en-SG", "personal", "verdict at the start; after final round; two-word first name"),
rej("bluegum-casual-typos", "Jess Kowalski <jess@bluegum-interactive.example>",
    "hey Sam - game analyst role",
    """hey Sam,

thanks heaps for chatting to me and Dev on thursday, was really fun. unfortunatly we've decided not to progress with you for the Senior Game Analyst role, we went with someone who's been in mobile F2P for a few years which is where we're short.

genuinely hope you find something great, and hit me up if you want feedback

cheers
Jess
--
Jess Kowalski | Head of Insights | Bluegum Interactive""",
    ("jess@bluegum-interactive.example", "Jess", "Bluegum Interactive", "Senior Game Analyst"),
    "personal-after-interview", "en-AU", "personal", "casual; lowercase; typo", wrap=False),
rej("northshire-digital-panel", "Northshire Digital Recruitment <recruitment@northshire-digital.example>",
    "Outcome of interview: Lead Performance Analyst (NSD-2026-077)",
    """Dear Sam,

Thank you for attending the interview for the Lead Performance Analyst post (NSD-2026-077) at Northshire Digital on 28 September.

The panel has now assessed all candidates against the behaviours and technical criteria set out in the candidate pack. I am sorry to tell you that, on this occasion, you did not meet the required standard at interview and we are unable to offer you the post.

Your scores were: Delivering at pace 4, Communicating and influencing 5, Technical (data analysis) 3. The pass mark for each element was 4.

If you have any questions, please contact me at the address below.

Yours sincerely,

Hannah Price
Vacancy Holder, Northshire Digital
hannah.price@northshire-digital.example""",
    ("hannah.price@northshire-digital.example", "Hannah", "Northshire Digital", "Lead Performance Analyst"),
    "personal-after-interview", "en-GB", "personal", "government digital service; scores; reply_to in body"),
rej("copperleaf-top-reply", "Niamh Brennan <niamh@copperleaf.example>",
    "Re: Interview invitation - Product Analytics Manager, Copperleaf Analytics",
    """Hi Sam,

Coming back to you after Thursday's chat. Thanks again for your time - unfortunately the team have decided not to progress you to the next stage for the Product Analytics Manager role.

All the best,
Niamh

On 8 Oct 2026, at 11:02, Niamh Brennan <niamh@copperleaf.example> wrote:

> Hi Sam,
>
> Great news - the hiring team would love to meet you for a first interview
> for the Product Analytics Manager role at Copperleaf Analytics. Are you
> free Thursday 15th at 2pm?
>
> Best,
> Niamh""",
    ("niamh@copperleaf.example", "Niamh", "Copperleaf Analytics", "Product Analytics Manager"),
    "personal-after-interview", "en-IE", "personal", "top reply over quoted 'great news' invitation", parent=True, client_html=True),
rej("northbound-frostline", "Kyle Bouchard <kyle@northboundtalent.example>",
    "Frostline - Senior FP&A Analyst",
    """Hey Sam,

Quick update on Frostline Logistics. They made an offer for the Senior FP&A Analyst role to the other finalist yesterday and it's been accepted, so unfortunately that one's closed for you.

I know you were keen. I've got two more FP&A briefs landing next week in Calgary and Toronto - mind if I send them over?

Kyle

Kyle Bouchard
Senior Recruiter, Finance & Accounting
Northbound Talent Inc. | 403-555-0163""",
    ("kyle@northboundtalent.example", "Kyle", "Frostline Logistics", "Senior FP&A Analyst"),
    "agency", "en-CA", "personal", "agency; rejection followed by a pitch"),
rej("bank-hadar-outlook", "Michal Cohen <michal.cohen@bankhadar.example>",
    "Data Governance Lead - Bank Hadar",
    """Dear Sam,

Thank you for the time you devoted to the interview process for the Data Governance Lead position at Bank Hadar.

After reviewing all candidates, we decided not to proceed with your candidacy at this stage. We appreciated getting to know you and your experience.

We will be happy to keep your CV for future positions.

Best regards,
Michal Cohen
HR Business Partner | Bank Hadar
Tel: +972 3 555 0123

This e-mail message may contain confidential information. If you are not the intended recipient, please notify the sender and delete the message.""",
    ("michal.cohen@bankhadar.example", "Michal", "Bank Hadar", "Data Governance Lead"),
    "personal-after-interview", "en-IL", "personal", "bank; confidentiality footer"),
rej("duka-data-terse", "Otieno Ouma <otieno@dukadata.example>",
    "Re: Analytics Manager - next steps",
    """Thanks Sam - we're going to pass for now. Good luck!

Otieno
Duka Data

Sent from my iPhone""",
    ("otieno@dukadata.example", "Otieno", "Duka Data", "Analytics Manager"),
    "terse", "en-KE", "personal", "very short; role only in subject", parent=True),
rej("tessellate-takehome-bullets", "Rachel Ortiz <rachel.ortiz@tessellate.example>",
    "Feedback on your take-home",
    """Hi Sam,

Thanks for completing the take-home for the Senior Analytics Engineer position. As promised, here's a summary of what the reviewers said:

- Clear, well-documented dbt models; naming was consistent
- Good instinct to add tests on the revenue model
- The incremental logic would double-count late-arriving events
- The dashboard answered the question, but didn't surface the data-quality caveats

Taking it all together, we won't be moving you forward to the onsite this time. I hope the notes are useful, and thanks again for the effort.

Rachel Ortiz
Engineering Manager, Data Platform
Tessellate""",
    ("rachel.ortiz@tessellate.example", "Rachel", "Tessellate", "Senior Analytics Engineer"),
    "personal-after-interview", "en-US", "personal", "bulleted feedback; verdict at end; SaaS"),
rej("van-aken-roos-withdrawn", "Lotte Verbeek <l.verbeek@vanakenroos.example>",
    "Vacancy Lead Data Consultant",
    """Dear Sam,

Last week we spoke about the Lead Data Consultant vacancy for our public sector practice. Unfortunately our client has cancelled the programme this role was attached to, and as a result we have withdrawn the vacancy. We will therefore not continue the procedure with you.

We regret this very much, as we had planned to invite you for a second interview. I will keep your details and contact you when a comparable opportunity comes up.

With kind regards,

Lotte Verbeek
Recruiter | Van Aken & Roos
Utrecht | +31 30 555 0172""",
    ("l.verbeek@vanakenroos.example", "Lotte", "Van Aken & Roos", "Lead Data Consultant"),
    "role-cancelled", "en-NL", "personal", "consultancy; vacancy withdrawn"),
]
