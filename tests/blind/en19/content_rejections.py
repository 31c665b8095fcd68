"""The 32 rejections of the en19 set (16 ATS-style, 16 personal)."""
from content_common import rej

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------------------------------------------------------- ATS
dict(slug="northwind-greenhouse-other-applicants", label="rejection", cat="ats-automated", style="ats",
     variant="en-US", vendor="greenhouse", brand="Northwind Ledger", headers=AUTO,
     frm="Northwind Ledger Recruiting <no-reply@us.greenhouse-mail.io>",
     subject="Your application to Northwind Ledger",
     text="""Hi Sam,

Thank you for your interest in the Senior Product Marketing Manager position at Northwind Ledger and for the time you put into your application.

We've reviewed your background carefully and have decided to move forward with other applicants whose experience more closely matches what the team needs right now.

We know this isn't the news you were hoping for. We'll keep your details on file and encourage you to keep an eye on our [[careers page]] for future roles.

Best,
Northwind Ledger Recruiting""",
     about="Northwind Ledger builds accounting automation for 40,000 small businesses across North America. Northwind Ledger is an equal opportunity employer.",
     exp=rej("", "", "Northwind Ledger", "Senior Product Marketing Manager"), notes="standard wording; verdict in the middle"),

dict(slug="harbourline-workday-portal-status", label="rejection", cat="portal-status", style="ats",
     variant="en-GB", vendor="workday", brand="Harbourline Insurance", headers=AUTO, h2t=True,
     frm="Harbourline Insurance Careers <harbourline@myworkday.com>",
     subject="An update on your application",
     text="""Dear Sam Taylor,

There has been an update to one or more of your applications with Harbourline Insurance. For your security, we do not include full details of your application in email. A summary is shown below, and you can see the complete history at any time by signing in to Candidate Home.

{table}

If you have applied for other roles with us, those applications are unaffected by this update and will continue to be reviewed separately.

To sign in, use the email address you registered with. If you've forgotten your password, choose "Forgot password" on the sign-in page. Please note that for security reasons password reset links expire after 24 hours.

Kind regards,
Harbourline Insurance Talent Acquisition""",
     table=[("Requisition", "R-10482 Brand Marketing Manager"), ("Location", "Bristol, United Kingdom"),
            ("Submitted", "14 September 2026"), ("Status", "Not selected")],
     button="Sign in to Candidate Home",
     exp=rej("", "", "Harbourline Insurance", "Brand Marketing Manager"),
     notes="verdict only in a status cell; html2text plain part"),

dict(slug="liffeyside-smartrecruiters-gdpr", label="rejection", cat="ats-gdpr", style="ats",
     variant="en-IE", vendor="smartrecruiters", brand="Liffeyside Pharma", headers=AUTO,
     frm="Liffeyside Pharma <noreply@smartrecruiters.com>",
     subject="Liffeyside Pharma – Communications Manager (Ref. LP-2291)",
     text="""Dear Sam,

Thank you for applying for the role of Communications Manager with Liffeyside Pharma Limited.

How we process your personal data
Liffeyside Pharma Limited, Block 4, Grand Canal Quay, Dublin 2, is the data controller for the personal data you submitted with your application. We process this data on the basis of our legitimate interest in recruiting suitable staff and, where you have given it, your consent (Article 6(1)(a) and (f) GDPR). Your data is hosted by our processor SmartRecruiters within the European Economic Area.

Having reviewed all applications received against the criteria for the role, we regret that we will not be progressing your application further on this occasion.

Retention
Unless you tell us otherwise, we will retain your application for six months after the close of this competition and then delete it. If you would like us to keep your profile for twelve months so that we can consider you for similar roles, please confirm using the link below. You may withdraw this consent at any time.

Your rights
You have the right to access, rectify or erase your personal data, to restrict or object to processing, and to data portability. To exercise these rights, contact our Data Protection Officer at dpo@liffeyside-pharma.example. You also have the right to lodge a complaint with the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2.

Yours sincerely,
Talent Acquisition
Liffeyside Pharma Limited""",
     button="Keep my profile for 12 months",
     exp=rej("", "", "Liffeyside Pharma", "Communications Manager"),
     notes="GDPR-heavy; verdict in one sentence between legal paragraphs; retention question; dpo address is not a follow-up address"),

dict(slug="maplecrest-lever-filled-bilingual", label="rejection", cat="role-filled", style="ats",
     variant="en-CA", vendor="lever", brand="Maplecrest Outdoor", headers=AUTO,
     frm="Maplecrest Outdoor <no-reply@hire.lever.co>",
     subject="Maplecrest Outdoor – Content Marketing Lead / Responsable du marketing de contenu",
     text="""(Le français suit)

Hello Sam,

Thanks for applying for the Content Marketing Lead role at Maplecrest Outdoor. We wanted to let you know that the position has been filled, and we have closed the posting.

We appreciate the time you took to apply and hope you'll consider Maplecrest again in the future.

The Maplecrest Talent Team

---

Bonjour Sam,

Merci d'avoir postulé au poste de responsable du marketing de contenu chez Maplecrest Outdoor. Nous tenons à vous informer que le poste a été pourvu et que l'affichage est maintenant fermé.

Nous vous remercions du temps consacré à votre candidature.

L'équipe Talents de Maplecrest""",
     exp=rej("", "", "Maplecrest Outdoor", "Content Marketing Lead"), notes="English + French version; position filled"),

dict(slug="coastwise-icims-html-only", label="rejection", cat="ats-automated", style="ats",
     variant="en-AU", vendor="icims", brand="Coastwise Energy", headers=AUTO, html_only=True, cte="base64",
     frm="Coastwise Energy Careers <careers-noreply@talent.icims.com>",
     subject="Coastwise Energy: Marketing Campaigns Manager (Req 7713)",
     text="""Dear Sam,

Thank you for your recent application for the position of Marketing Campaigns Manager (Req 7713) in Sydney.

We received a strong field of applicants for this role. After careful review, we are sorry to advise that your application has not been successful on this occasion.

We thank you for your interest in Coastwise Energy and wish you well in your career.

Kind regards,
People & Culture
Coastwise Energy""",
     about="Coastwise Energy powers 1.2 million Australian homes with 100% renewable electricity. Winner, AHRI Employer of Choice 2025.",
     exp=rej("", "", "Coastwise Energy", "Marketing Campaigns Manager"), notes="HTML-only, base64; 'not been successful on this occasion'"),

dict(slug="straitsquay-successfactors-shortlist", label="rejection", cat="ats-automated", style="ats",
     variant="en-SG", vendor="successfactors", brand="Straits Quay Bank", headers=AUTO,
     frm="Straits Quay Bank Careers <careers@successfactors.eu>",
     subject="Application Status – Vice President, Digital Marketing (Job ID 55820)",
     text="""Dear Sam Taylor,

Thank you for applying for the position of Vice President, Digital Marketing (Job ID 55820) with Straits Quay Bank.

We have carefully reviewed your application against the requirements of the role. We regret that your application has not been shortlisted for further consideration.

Your profile will remain in our talent database, and you may be contacted should a suitable opportunity arise. You may update your profile or apply for other positions via our careers site.

Thank you once again for your interest in a career with Straits Quay Bank.

Yours sincerely,
Group Human Resources
Straits Quay Bank Limited (Co. Reg. No. 196800123K)""",
     exp=rej("", "", "Straits Quay Bank", "Vice President, Digital Marketing"), notes="'not been shortlisted'; talent database"),

dict(slug="penangtide-jobstreet-not-suitable", label="rejection", cat="job-board-relay", style="ats",
     variant="en-MY", vendor="jobstreet", brand="Jobstreet", headers=BULK, h2t=True,
     frm="Jobstreet by SEEK <noreply@jobstreet.com.my>",
     subject="Update on your application to Penang Tide Logistics",
     text="""Hi Sam,

Penang Tide Logistics has updated the status of your application.

{table}

Unfortunately the employer has decided not to proceed with your application for this role. Don't be discouraged – there are 312 new marketing jobs in Kuala Lumpur this week.

[[View similar jobs]]

[[Update your profile]] so employers can find you.

Jobstreet by SEEK""",
     table=[("Role", "Regional Marketing Manager"), ("Employer", "Penang Tide Logistics Sdn Bhd"),
            ("Status", "Not suitable")],
     exp=rej("", "", "Penang Tide Logistics", "Regional Marketing Manager"),
     notes="job-board relay; bulk headers; Malay footer line; html2text plain"),

dict(slug="redgum-seek-unsuccessful", label="rejection", cat="job-board-relay", style="ats",
     variant="en-AU", vendor="seek", brand="SEEK", headers=BULK,
     frm="SEEK <noreply@s.seek.com.au>",
     subject="Your application for Marketing Insights Manager was unsuccessful",
     text="""Hi Sam,

Thanks for applying for Marketing Insights Manager at Redgum Analytics via SEEK.

Redgum Analytics has let us know that they won't be progressing your application. Employers get lots of applications and can't always give individual feedback.

Keep going – here are some roles that match your profile:

- Customer Insights Lead – Melbourne VIC
- Senior Marketing Analyst – Sydney NSW
- Research Manager – Brisbane QLD

[[See all recommended jobs]]

The SEEK team""",
     exp=rej("", "", "Redgum Analytics", "Marketing Insights Manager"), notes="job-board relay with job recommendations below the verdict"),

dict(slug="firthdigital-teamtailor-not-further", label="rejection", cat="ats-automated", style="ats",
     variant="en-SC", vendor="teamtailor", brand="Firth Digital", headers=AUTO, h2t=True,
     frm="Firth Digital <notifications@teamtailor-mail.com>",
     reply_to="Firth Digital <no-reply@teamtailor-mail.com>",
     subject="Head of Content at Firth Digital",
     text="""Hiya Sam,

Thanks so much for applying to be our Head of Content here in Leith – we loved reading about the podcast work at Calder Street.

We've now been through every application and I'm sorry to say we won't be taking your application further this time round.

If you'd like a wee bit of feedback, drop me a line at morag.fraser@firthdigital.example and I'll do my best.

Cheers,
Morag
People Team, Firth Digital""",
     exp=rej("morag.fraser@firthdigital.example", "Morag", "Firth Digital", "Head of Content"),
     notes="Scottish; reply_to from body address; no-reply Reply-To"),

dict(slug="pinegate-workable-req-closed", label="rejection", cat="role-cancelled", style="ats",
     variant="en-US", vendor="workable", brand="Pinegate Health", headers=AUTO,
     frm="Pinegate Health <noreply@candidates.workablemail.com>",
     subject="Regarding your application – Director of Marketing Communications",
     text="""Hello Sam,

We're writing about your application for Director of Marketing Communications.

Following an internal reorganization of our marketing function, we have closed this requisition and will not be filling the position. As a result, your application will not proceed.

We're grateful for the time you invested, and we apologize for any inconvenience.

Sincerely,
Pinegate Health Talent Acquisition""",
     exp=rej("", "", "Pinegate Health", "Director of Marketing Communications"), notes="requisition closed, role not filled"),

dict(slug="tundralabs-bamboohr-paused", label="rejection", cat="role-cancelled", style="ats",
     variant="en-CA", vendor="bamboohr", brand="Tundra Labs", headers=AUTO,
     frm="Tundra Labs <notifications@app.bamboohr.com>", reply_to="Kiran Bhatt <kiran@tundralabs.example>",
     subject="Growth Marketing Lead – an update",
     text="""Hi Sam,

I'm reaching out to everyone who applied for the Growth Marketing Lead role. We've paused hiring for this position until at least mid-2027 while we focus on our Series B, and we're closing all open applications for it.

This has nothing to do with the quality of your application – it's a budget decision. If the role reopens we'll post it again and you'd be very welcome to reapply.

Thanks for your patience,
Kiran Bhatt
Head of People, Tundra Labs""",
     exp=rej("kiran@tundralabs.example", "Kiran", "Tundra Labs", "Growth Marketing Lead"), notes="role paused, applications closed; Reply-To person"),

dict(slug="brightwater-recruitee-profile-match", label="rejection", cat="keep-on-file", style="ats",
     variant="en-GB", vendor="recruitee", brand="Brightwater Cider", headers=AUTO,
     frm="Brightwater Cider <brightwater@mail.recruitee.com>",
     subject="Thanks for applying, Sam",
     text="""Hi Sam,

Thank you for applying for the Brand Manager vacancy at Brightwater Cider – it was great to see so much interest from people who love what we do.

We've looked closely at your application and, although there's a lot we liked, your profile doesn't match closely enough what we need for this particular role, which leans heavily on trade marketing and on-trade sales.

We'd love to keep your details in our talent pool for up to 24 months in case something more suitable comes up. If that's OK with you, just click the button below. If we don't hear from you, we'll delete your data after 30 days.

Cheers,
The Brightwater Team""",
     button="Yes, keep my details",
     exp=rej("", "", "Brightwater Cider", "Brand Manager"), notes="'profile doesn't match closely enough'; data retention question"),

dict(slug="quillfeather-greenhouse-long-praise", label="rejection", cat="ats-after-interview", style="ats",
     variant="en-US", vendor="greenhouse", brand="Quillfeather Books", headers=AUTO,
     frm="Quillfeather Books <no-reply@us.greenhouse-mail.io>", reply_to="Jenna Ruiz <jenna.ruiz@quillfeather.example>",
     subject="Following up on your Quillfeather interviews",
     text="""Hi Sam,

I want to start by thanking you for the time and energy you brought to your interviews for the Audience Development Director role. The panel particularly enjoyed your walkthrough of the newsletter relaunch at Calder Street Media – Dana called it one of the clearest case studies she's heard this year, and your questions about our backlist strategy were spot on.

This was an unusually strong slate, and the decision was a genuinely hard one. We spent a long time discussing each finalist, and your name came up again and again.

In the end, we've chosen a candidate whose background in trade publishing lines up more directly with where the team is heading in 2027, which means we won't be moving forward with your candidacy.

I'd be glad to stay in touch, and please don't hesitate to reach out directly if you have questions.

Warmly,
Jenna Ruiz
Senior Recruiter, Quillfeather Books""",
     exp=rej("jenna.ruiz@quillfeather.example", "Jenna", "Quillfeather Books", "Audience Development Director"),
     notes="verdict wrapped in long praise; Reply-To recruiter"),

dict(slug="kestrelcloud-linkedin-not-proceed", label="rejection", cat="job-board-relay", style="ats",
     variant="en-SG", vendor="linkedin", brand="LinkedIn", headers=BULK, h2t=True,
     frm="LinkedIn <jobs-noreply@linkedin.com>",
     subject="Your application to Product Marketing Manager, APAC at Kestrel Cloud",
     text="""Your update from Kestrel Cloud

Product Marketing Manager, APAC
Kestrel Cloud · Singapore (Hybrid)
Applied 3 weeks ago

Unfortunately, Kestrel Cloud decided not to move forward with your application. Keep applying – 86% of members who were hired applied to at least 10 jobs.

[[Search jobs]]

Jobs similar to this one:
- Senior Product Marketing Manager · Orbis Pay · Singapore
- Marketing Lead, SEA · Tandang Foods · Singapore

[[See more jobs]]""",
     exp=rej("", "", "Kestrel Cloud", "Product Marketing Manager, APAC"), notes="LinkedIn relay; html2text with link list"),

dict(slug="claddagh-personio-after-interview", label="rejection", cat="ats-after-interview", style="ats",
     variant="en-IE", vendor="personio", brand="Claddagh Games", headers=AUTO,
     frm="Claddagh Games <no-reply@jobs.personio.de>",
     subject="Your application as Community & Social Lead",
     text="""Hi Sam,

Thank you for meeting with Aoife and Ciarán last week about the Community & Social Lead position, and for the thoughtful task you sent over.

After careful consideration, we have decided to proceed with another candidate whose experience more closely aligns with the requirements of the role.

We really appreciated your time. If you'd like to talk through the decision, Niamh is happy to have a call – you can reach her at niamh.oconnor@claddaghgames.example.

Go raibh míle maith agat,
Niamh O'Connor
Talent Partner, Claddagh Games""",
     exp=rej("niamh.oconnor@claddaghgames.example", "Niamh", "Claddagh Games", "Community & Social Lead"),
     notes="after interview; Irish sign-off; reply_to in body"),

dict(slug="saltmarsh-indeed-not-selected", label="rejection", cat="job-board-relay", style="ats",
     variant="en-US", vendor="indeed", brand="Indeed", headers=BULK, h2t=True,
     frm="Indeed <donotreply@match.indeed.com>",
     subject="Application status update for Brand Marketing Manager",
     text="""Application update

Brand Marketing Manager
Saltmarsh Foods – Portland, OR

{table}

The employer has reviewed your application and indicated that you were not selected for this position. Employers may change a status at any time.

[[View application]]

Recommended for you
- Marketing Manager – Cascade Roasters – Portland, OR – $85,000 – $98,000 a year
- Brand Lead – Willamette Goods – Remote

[[Find more jobs]]""",
     table=[("Status", "Not selected by employer"), ("Applied on", "Sep 22, 2026")],
     exp=rej("", "", "Saltmarsh Foods", "Brand Marketing Manager"), notes="Indeed status; html2text; job recs"),

# ---------------------------------------------------------------- personal
dict(slug="oakmoor-reply-on-sam-long-followup", day="2026-10-19", label="rejection", cat="reply-to-owner-followup", style="personal",
     variant="en-GB", frm="Priya Nair <priya.nair@oakmoorstudios.example>", parent=True, client_html=True,
     subject="RE: Head of Marketing – following up",
     text="""Hi Sam,

Thanks for this, and apologies for the silence – it's been a chaotic few weeks here.

I'm afraid we've decided to go with an internal candidate for the Head of Marketing role. Tom has been acting in the role since the summer and the board felt continuity mattered more than anything right now. I know that's frustrating after three rounds.

Happy to give you proper feedback on a call if useful.

Priya

Priya Nair | Chief Operating Officer | Oakmoor Studios
+44 (0)20 7946 0321

From: Sam Taylor <sam.taylor@example.org>
Sent: 12 October 2026 09:14
To: Priya Nair <priya.nair@oakmoorstudios.example>
Subject: Head of Marketing – following up

Hi Priya,

I hope you're well. I wanted to follow up on my final interview for the Head of Marketing role on 29 September. I really enjoyed meeting the board and particularly the conversation with Helen about the documentary slate and how Oakmoor wants to grow its direct audience.

Since we spoke I've been thinking more about the YouTube point Marcus raised. At Calder Street we saw a 40% lift in returning viewers once we stopped treating clips as trailers and started commissioning short-form originals, and I think a similar approach could work well for the natural-history catalogue. I've put a short note together on how I'd approach the first 90 days, which I'm happy to share if helpful.

I know these decisions take time and I don't want to chase unnecessarily, but I'd be grateful for an idea of the timeline – I have another process reaching its final stage and would much rather make a decision with all the information.

Thanks again for your time and for a really enjoyable process.

Best wishes,
Sam""",
     exp=rej("priya.nair@oakmoorstudios.example", "Priya", "Oakmoor Studios", "Head of Marketing"),
     notes="Outlook reply on top of Sam's long follow-up; internal candidate"),

dict(slug="lanternfly-terse-different-direction", label="rejection", cat="terse", style="personal",
     variant="en-US", frm="Mike Delgado <mike@lanternfly.example>", parent=True,
     subject="Re: Growth Marketing Manager - next steps",
     text="""Hey Sam - we're going a different direction on this one. Appreciate your time, really.

-Mike

Sent from my iPhone""",
     exp=rej("mike@lanternfly.example", "Mike", "Lanternfly", "Growth Marketing Manager"), notes="very short; iPhone"),

dict(slug="bluegum-agency-not-final-round", label="rejection", cat="agency-recruiter", style="personal",
     variant="en-AU", frm="Jess Whitlam <jess.whitlam@harbourtalent.example>",
     subject="Bluegum Super – feedback",
     text="""Hi Sam,

Hope your week's going well. Just had the debrief with Bluegum Super on the Head of Member Marketing role.

Bad news unfortunately – they've decided not to progress you to the final round. They liked your content background a lot but felt they need someone who has run acquisition in a regulated financial services brand, and there are two candidates in the final who've done exactly that in super.

Sorry mate, I know you were keen on this one. Give me a bell when you've got five minutes and we'll talk about what's next – I've got a couple of things coming through that might suit.

Cheers,
Jess

Jess Whitlam
Senior Consultant – Marketing & Digital
Harbour Talent | Level 9, 1 Martin Place, Sydney NSW 2000
M: 0412 555 019""",
     exp=rej("jess.whitlam@harbourtalent.example", "Jess", "Bluegum Super", "Head of Member Marketing"),
     notes="agency relays client's no; Australian"),

dict(slug="merlion-hm-feedback-long", label="rejection", cat="personal-after-interview", style="personal",
     variant="en-SG", frm="Wei Ling Tan <weiling.tan@merlionmedia.example>",
     subject="Your interviews for Editorial Growth Lead",
     text="""Dear Sam,

Thank you again for coming through three rounds with us for the Editorial Growth Lead position, including the case presentation on Thursday. I wanted to write to you personally rather than have HR send the standard note.

Let me first share what stood out. Your framework for segmenting newsletter readers by intent was excellent, and the team borrowed two of your ideas in our planning session the next morning. Your stakeholder examples were concrete and credible.

Where we felt less certain was regional experience. A large part of this role is building partnerships with publishers in Indonesia, Vietnam and the Philippines, and we have decided to offer the role to a candidate who has done that work for several years. So we will not be proceeding with your application for this position.

I realise this is disappointing after the effort you put in, especially with the time difference for the video rounds. If you are open to it, I would like to stay connected – we expect to hire for a global audience role in Q2 next year.

With best regards,
Wei Ling

Tan Wei Ling
Managing Editor, Audience
Merlion Media Pte Ltd
+65 6555 0142""",
     exp=rej("weiling.tan@merlionmedia.example", "Wei Ling", "Merlion Media", "Editorial Growth Lead"),
     notes="verdict in the middle of long feedback; two-word first name"),

dict(slug="kelpie-role-withdrawn-funding", label="rejection", cat="role-cancelled", style="personal",
     variant="en-SC", frm="Euan MacLeod <euan.macleod@kelpieenergy.example>",
     subject="Marketing Director role",
     text="""Morning Sam,

I'm really sorry to be writing this one. The Marketing Director role has been withdrawn – the second funding tranche didn't come through last week and the board has frozen all senior hires until the spring.

It's nothing to do with you, and if we do get it going again in 2027 I'd like you to be the first person I phone.

All the best for now,
Euan

Euan MacLeod
CEO, Kelpie Energy
Inverness | 07700 900 312""",
     exp=rej("euan.macleod@kelpieenergy.example", "Euan", "Kelpie Energy", "Marketing Director"),
     notes="role withdrawn (funding); Scotland"),

dict(slug="kopisentral-formal-my", day="2026-10-16", label="rejection", cat="personal-after-interview", style="personal",
     variant="en-MY", frm="Nurul Aisyah Hamzah <nurul.hamzah@kopisentral.example>",
     subject="Application for the Post of Head of Marketing Communications",
     text="""Dear Sam Taylor,

Salam sejahtera.

Thank you for attending the interview for the post of Head of Marketing Communications at Kopi Sentral Berhad on 8 October 2026.

We regret to inform you that you have not been selected for the position. The selection panel had a difficult task as there were many well-qualified candidates.

We appreciate your interest in Kopi Sentral and wish you every success in your future endeavours.

Thank you.

Yours sincerely,

Nurul Aisyah binti Hamzah
Senior Manager, Human Capital
Kopi Sentral Berhad
Tel: +603-2555 8800

PENAFIAN / DISCLAIMER: E-mel ini dan sebarang lampiran adalah sulit dan hanya untuk kegunaan penerima yang dinamakan sahaja. This e-mail and any attachments are confidential and intended solely for the named recipient.""",
     exp=rej("nurul.hamzah@kopisentral.example", "Nurul", "Kopi Sentral", "Head of Marketing Communications"),
     notes="formal Malaysian letter; Malay greeting and bilingual disclaimer"),

dict(slug="hudsonpeak-yes-gone-with-someone", day="2026-10-21", label="rejection", cat="answer-to-owner-question", style="personal",
     variant="en-CA", frm="Dave Kowalczyk <dave.k@hudsonpeak.example>", parent=True,
     subject="Re: Quick check-in",
     text="""Hi Sam,

Honest answer: yes, we have. We made an offer to another candidate last Friday and she accepted yesterday, so the Marketing Operations Manager role is filled. I should have told you sooner – that's on me, sorry.

Thanks for everything you put into the process.

Dave

Dave Kowalczyk | Marketing Director | Hudson Peak Outfitters | 403-555-0178

On Tue, Oct 20, 2026 at 8:02 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Dave,
>
> Hope all's well. I haven't heard anything since the panel on the 6th so
> I wanted to check in - have you gone with someone else for the Marketing
> Operations Manager role? Totally fine if so, I'd just like to know where
> things stand.
>
> Thanks,
> Sam""",
     exp=rej("dave.k@hudsonpeak.example", "Dave", "Hudson Peak", "Marketing Operations Manager"),
     notes="answer to Sam's 'have you gone with someone else?' is yes; Gmail quote"),

dict(slug="claremorris-agency-typos", label="rejection", cat="agency-recruiter", style="personal",
     variant="en-IE", frm="Ciara Dunne <ciara@shannonsearch.example>",
     subject="update - Galway Bay Tourism",
     text="""Hi Sam

Just got off the phone with Galway Bay Tourism. unfortunatley they have gone with another candiate for the Marketing Manager role, they said it was very close between the two of ye but the other person had more tourism board experiance.

Sorry I know thats not what you wanted to hear. Ill keep you posted on anything else that comes in.

Ciara

Ciara Dunne | Shannon Search
+353 87 555 0147""",
     exp=rej("ciara@shannonsearch.example", "Ciara", "Galway Bay Tourism", "Marketing Manager"),
     notes="agency; typos; Irish"),

dict(slug="ashgrove-recruiter-forwards-hm-pass", day="2026-10-15", label="rejection", cat="forwarded-about-owner", style="personal",
     variant="en-GB", frm="Ellie Brooks <ellie.brooks@ashgrovepeople.example>",
     subject="Fwd: Sam Taylor - Content Strategy Lead",
     text="""Sam – see below from Tom. Sorry, not the news we wanted. I'd rather you saw his words than my paraphrase. Call me later?

Ellie

---------- Forwarded message ---------
From: Tom Hargreaves <tom.hargreaves@pennantbank.example>
Date: Wed, 14 Oct 2026 at 16:40
Subject: RE: Sam Taylor - Content Strategy Lead
To: Ellie Brooks <ellie.brooks@ashgrovepeople.example>

Hi Ellie,

Thanks for putting Sam forward. We're going to pass on Sam for the Content Strategy Lead role – strong storyteller, but we need someone with deeper B2B and regulatory content experience. Please pass on our thanks.

Tom

Tom Hargreaves
Director of Brand, Pennant Bank""",
     exp=rej("ellie.brooks@ashgrovepeople.example", "Ellie", "Pennant Bank", "Content Strategy Lead"),
     notes="recruiter forwards hiring manager's pass about Sam"),

dict(slug="harrowgate-mobile-offered-elsewhere", label="rejection", cat="terse", style="personal",
     variant="en-GB", frm="Rachel Ode <rachel.ode@harrowgatemedia.example>", parent=True,
     subject="Re: Harrowgate Media - Content Director",
     text="""Sorry Sam, they've offered it to someone else. Will ring you tomorrow to explain properly x

Sent from Outlook for iOS""",
     exp=rej("rachel.ode@harrowgatemedia.example", "Rachel", "Harrowgate Media", "Content Director"), notes="one line; mobile"),

dict(slug="sprocket-founder-no-hire-this-year", label="rejection", cat="role-cancelled", style="personal",
     variant="en-US", frm="Alana Brooks <alana@sprockethq.example>",
     subject="Head of Marketing at Sprocket",
     text="""Hi Sam,

I owe you a straight update. After our last board meeting we've decided not to hire a Head of Marketing this year. We're extending runway and I'll keep running marketing myself with our two contractors until we hit the next milestone.

I really enjoyed our conversations and I'm sorry to pull this after you did the take-home. If it's useful I'm happy to pay you for the time you put into it – just send me an invoice.

Alana
Founder & CEO, Sprocket""",
     exp=rej("alana@sprockethq.example", "Alana", "Sprocket", "Head of Marketing"), notes="founder cancels the hire"),

dict(slug="wattlebird-panel-feedback-end", label="rejection", cat="personal-after-interview", style="personal",
     variant="en-AU", frm="Greg Tanner <greg.tanner@wattlebird.example>", cc="Lisa Mar <lisa.mar@wattlebird.example>",
     subject="Senior Content Producer – panel feedback",
     text="""G'day Sam,

As promised, here's the panel's feedback from Tuesday:

- Portfolio: very strong, especially the explainer series. Everyone commented on it.
- Presentation: clear and well structured, though it ran over time and we didn't get to questions.
- Audio: less depth than we'd hoped; this role runs our two podcasts day to day.
- Culture add: the panel loved your energy and the way you talked about mentoring.

Putting it all together, we've landed on another candidate with more hands-on audio production experience, so you haven't been successful this time. I know that's a tough one to read after such good feedback.

Lisa and I would both be glad to be referees-in-spirit if you ever need a word put in.

Cheers,
Greg

Greg Tanner | Head of Content | Wattlebird Media
0403 555 771""",
     exp=rej("greg.tanner@wattlebird.example", "Greg", "Wattlebird Media", "Senior Content Producer"),
     notes="bullet feedback, verdict at the end"),

dict(slug="marlowe-head-of-brand-on-hold", label="rejection", cat="role-cancelled", style="personal",
     variant="en-GB", frm="Hannah Cole <hannah.cole@marlowe-retail.example>",
     subject="Head of Brand – status",
     text="""Dear Sam,

I wanted to let you know that the Head of Brand role has been put on hold indefinitely following the announcement of our merger with Fenwick Stores. Given the uncertainty, I have to close your application rather than keep you waiting.

Thank you for your patience through the process and for the excellent conversation with our CMO. Should the role be reinstated under the new structure, I will contact you directly.

Kind regards,
Hannah Cole
Talent Acquisition Partner, Marlowe Retail
020 7946 0877""",
     exp=rej("hannah.cole@marlowe-retail.example", "Hannah", "Marlowe Retail", "Head of Brand"), notes="role on hold indefinitely, application closed"),

dict(slug="orchidline-outlook-reply-over-invite", day="2026-10-07", label="rejection", cat="personal-after-interview", style="personal",
     variant="en-SG", frm="Rajesh Kumar <rajesh.kumar@orchidline.example>", parent=True, parent_depth=2,
     subject="RE: Interview Invitation – Marketing Manager (Loyalty)",
     text="""Hi Sam,

Thank you for your time with the team on Monday. Regret to share that the team has decided not to proceed further with your candidature for the Marketing Manager (Loyalty) role.

Thank you and all the best.

Regards,
Rajesh

-----Original Message-----
From: Rajesh Kumar <rajesh.kumar@orchidline.example>
Sent: Wednesday, 30 September 2026 10:12 AM
To: Sam Taylor <sam.taylor@example.org>
Subject: RE: Interview Invitation – Marketing Manager (Loyalty)

Hi Sam,

Great, confirmed for Monday 5 Oct 3pm SGT. Teams link to follow.

Regards,
Rajesh

-----Original Message-----
From: Rajesh Kumar <rajesh.kumar@orchidline.example>
Sent: Monday, 28 September 2026 4:51 PM
To: Sam Taylor <sam.taylor@example.org>
Subject: Interview Invitation – Marketing Manager (Loyalty)

Dear Sam,

We are pleased to invite you to an interview for the Marketing Manager (Loyalty) position at Orchidline Airways. Kindly let me know your availability this week or next.

Regards,
Rajesh Kumar
Talent Acquisition, Orchidline Airways""",
     exp=rej("rajesh.kumar@orchidline.example", "Rajesh", "Orchidline Airways", "Marketing Manager (Loyalty)"),
     notes="top reply over quoted invitation thread; 'candidature'"),

dict(slug="boreal-bilingual-montreal", label="rejection", cat="personal-after-interview", style="personal",
     variant="en-CA", frm="Sophie Tremblay <sophie.tremblay@borealgames.example>",
     subject="Senior Brand Manager / Gestionnaire principal(e) de marque",
     text="""Hi Sam,

Thank you for interviewing with us for the Senior Brand Manager position. After much discussion we've decided to move ahead with a candidate who is fully bilingual, as the role works daily with our Quebec retail partners. I'm sorry it isn't better news.

Bonjour Sam,

Merci d'avoir passé l'entrevue pour le poste de gestionnaire principal(e) de marque. Après réflexion, nous avons choisi une personne entièrement bilingue. Je suis désolée de ne pas avoir de meilleures nouvelles.

Sophie Tremblay
Directrice, Acquisition de talents | Talent Acquisition Director
Boreal Games, Montréal
514 555 0199""",
     exp=rej("sophie.tremblay@borealgames.example", "Sophie", "Boreal Games", "Senior Brand Manager"),
     notes="English then French version"),

dict(slug="tidewater-update-verdict-middle", label="rejection", cat="personal-after-interview", style="personal",
     variant="en-US", frm="Marcus Lee <marcus.lee@tidewatertalent.example>",
     subject="An update on your application",
     text="""Hi Sam,

Hope you had a good weekend. I wanted to give you a proper update rather than let this drift.

Harborview Bank finished their second-round interviews for the Senior Manager, Content Marketing role on Friday. I spoke with Diane this morning. She was complimentary about your writing samples and said the panel enjoyed the conversation. They've decided you're not the right fit for this one – they're prioritizing someone with wealth-management content experience, and they've made an offer to a candidate from inside that world.

A couple of things that might help going forward: Diane suggested leading with quantified outcomes earlier in the conversation, and she thought your answer on agency management was a little light.

I'll keep you in mind for other content leadership searches – I've got two financial services clients kicking off in January. Let's grab a coffee before the holidays.

Best,
Marcus

Marcus Lee
Principal, Tidewater Talent Partners
(617) 555-0164""",
     exp=rej("marcus.lee@tidewatertalent.example", "Marcus", "Harborview Bank", "Senior Manager, Content Marketing"),
     notes="generic subject; verdict mid-letter; agency"),
]
