"""The 40 rejections of the en14 set (20 ATS-style, 20 personal)."""
from content_common import M

R = "rejection"
MESSAGES = [
# ----------------------------------------------------------------- ATS
M("northbeam-workday-after-apply", R, "ats-automated", "ats", "en-US",
  "Northbeam Energy <northbeam@myworkday.com>",
  "Update on your application for Senior Product Marketing Manager (R-104522)",
  """Dear Sam,

Thank you for your interest in the Senior Product Marketing Manager position (R-104522) at Northbeam Energy and for taking the time to apply.

After careful consideration, we have decided to move forward with other candidates whose qualifications more closely match the requirements of this position.

We encourage you to continue to visit our [[Careers site]] and apply for future positions that match your skills and interests.

We wish you success in your job search.

Sincerely,
Northbeam Energy Talent Acquisition""",
  vendor="workday", brand="Northbeam Energy", plain="h2t",
  exp=("", "", "Northbeam Energy", "Senior Product Marketing Manager"),
  notes="after-apply; most ordinary wording; plain generated from HTML"),

M("lumenfold-greenhouse-after-screen", R, "ats-after-screen", "ats", "en-US",
  "Dana Whitcomb <no-reply@us.greenhouse-mail.io>",
  "Lumenfold - Growth Marketing Manager",
  """Hi Sam,

Thank you so much for taking the time to speak with me last Tuesday about the Growth Marketing Manager role here at Lumenfold. I really enjoyed hearing about the lifecycle work you've been leading at Calder Street.

We've had a lot of interest in this position, and after reviewing where we are in the process, we've decided not to move forward with your candidacy at this time.

I know this isn't the news you were hoping for. We'll keep your information on file and may reach out if a role opens up that's a closer match.

Thanks again, and best of luck with your search.

Dana Whitcomb
Senior Recruiter, Lumenfold""",
  vendor="greenhouse", brand="Lumenfold", reply_to="Dana Whitcomb <dana.whitcomb@lumenfold.example>",
  exp=("dana.whitcomb@lumenfold.example", "Dana", "Lumenfold", "Growth Marketing Manager"),
  notes="after phone screen; recruiter voice via Greenhouse with Reply-To"),

M("parcelwise-lever-after-takehome", R, "ats-after-assessment", "ats", "en-CA",
  "Parcelwise <no-reply@hire.lever.co>",
  "Your Parcelwise application",
  """Hi Sam,

Thanks for the time and thought you put into the take-home exercise for the Product Marketing Manager, Merchant role. The team read through your launch plan carefully and there were some genuinely sharp ideas in it, especially the carrier-partner section.

Unfortunately, we won't be progressing your application to the next stage. The hiring panel felt other candidates' submissions were more closely aligned with the specific go-to-market challenges we're facing this year.

We appreciate the effort this takes and are grateful you spent it with us.

All the best,
Priya
Talent Team, Parcelwise""",
  vendor="lever", brand="Parcelwise",
  exp=("", "Priya", "Parcelwise", "Product Marketing Manager, Merchant"),
  notes="after take-home; no address to reply to; signed by first name only"),

M("harrowvale-icims-filled", R, "ats-role-filled", "ats", "en-US",
  "Harrow & Vale Insurance <careers@talent.icims.com>",
  "Brand Manager (Req ID 2026-18833)",
  """Dear Sam Taylor,

Thank you for applying to the Brand Manager (Req ID 2026-18833) position with Harrow & Vale Insurance.

We wanted to let you know that this position has been filled. We truly appreciate the time you invested in applying and your interest in joining our team.

Your candidate profile will remain active in our system, and you are welcome to apply to other positions that interest you. You can review open roles at any time through our [[Career Portal]].

Regards,

Harrow & Vale Insurance
Talent Acquisition""",
  vendor="icims", brand="Harrow & Vale Insurance", plain="none",
  exp=("", "", "Harrow & Vale Insurance", "Brand Manager"),
  notes="html-only; position filled"),

M("ostrander-taleo-pursue-others", R, "ats-automated", "ats", "en-US",
  "Ostrander Health Careers <ostrander@taleo.net>",
  "Ostrander Health - Your Application - Marketing Communications Manager",
  """Dear Sam,

Thank you for applying for the position of Marketing Communications Manager - 260045 at Ostrander Health.

We have reviewed your qualifications carefully. At this time we have decided to pursue other candidates for this position.

We appreciate your interest in Ostrander Health and encourage you to explore other opportunities on our career section.

Sincerely,

Ostrander Health Talent Acquisition

Ostrander Health is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.""",
  vendor="taleo", brand="Ostrander Health", plain="h2t", cte="base64",
  exp=("", "", "Ostrander Health", "Marketing Communications Manager"),
  notes="Taleo job number after the title; base64"),

M("brightwater-successfactors-occasion", R, "ats-keep-on-file", "ats", "en-GB",
  "Brightwater Group Recruitment <noreply@successfactors.eu>",
  "Your application for Head of Brand Communications",
  """Dear Sam,

Thank you for your recent application for the Head of Brand Communications role (Job Req 41187) at Brightwater Group.

We have received a high number of applications for this role and have now had the opportunity to review yours in detail. Unfortunately on this occasion your application has not been successful.

We would like to retain your details in our talent pool so that we can contact you about suitable vacancies in future. Your data will be held for up to 12 months in line with our Candidate Privacy Notice. If you would prefer us to delete your details, please [[click here to withdraw your consent]].

Thank you again for your interest in Brightwater.

Kind regards,
Brightwater Group Resourcing Team""",
  vendor="successfactors", brand="Brightwater Group",
  about="Brightwater Group plc is registered in England and Wales (No. 02218840). Registered office: 1 Wharfside Place, Leeds LS1 4AP.",
  exp=("", "", "Brightwater Group", "Head of Brand Communications"),
  notes="not successful on this occasion; data-retention consent question"),

M("kestrel-smartrecruiters-final", R, "ats-after-final", "ats", "en-SG",
  "Kestrel Mobility <no-reply@smartrecruiters.com>",
  "Kestrel Mobility | Regional Marketing Lead, APAC",
  """Dear Sam,

Thank you for meeting with our leadership team for the final round of interviews for the Regional Marketing Lead, APAC position. We appreciated the opportunity to learn more about you and your experience across Southeast Asian markets.

This was an extremely competitive process. After much deliberation, we regret to inform you that we have selected another candidate whose profile is more closely aligned with our current needs.

Please do not hesitate to contact me at wei.ling.tan@kestrelmobility.example should you wish to receive feedback on your interviews.

We wish you every success in your future endeavours.

Best regards,
Tan Wei Ling
Talent Acquisition Partner, Kestrel Mobility Pte. Ltd.""",
  vendor="smartrecruiters", brand="Kestrel Mobility",
  exp=("wei.ling.tan@kestrelmobility.example", "Wei Ling", "Kestrel Mobility", "Regional Marketing Lead, APAC"),
  notes="after final round; recruiter address in body; Chinese name family-first"),

M("quillstack-ashby-direction", R, "ats-after-screen", "ats", "en-US",
  "Quillstack Hiring <no-reply@ashbyhq.com>",
  "Quillstack <> Sam",
  """Hey Sam,

Thanks again for chatting with Marco and me. We really liked your energy and the story about relaunching the podcast.

After talking it over as a team, we've decided to go in a different direction for the Founding Marketer role — we're prioritising someone with more hands-on developer-marketing experience at this stage.

Genuinely appreciate you spending the time. If it's useful, happy to share more specific thoughts — just reply here.

Best,
Jess""",
  vendor="ashby", brand="Quillstack", reply_to="Jess Ardent <jess@quillstack.example>",
  exp=("jess@quillstack.example", "Jess", "Quillstack", "Founding Marketer"),
  notes="startup voice; different direction; Reply-To founder"),

M("ferrycarrig-workable-keep", R, "ats-keep-on-file", "ats", "en-IE",
  "Ferrycarrig Analytics <noreply@workablemail.com>",
  "Your application for Marketing Manager at Ferrycarrig Analytics",
  """Hi Sam,

Thank you for applying for the Marketing Manager position at Ferrycarrig Analytics and for your patience while we worked through a large number of applications.

We've now reviewed your application and, while your background is impressive, we will not be moving forward with it for this role.

With your permission we'd like to keep your CV on file for the next 12 months in case a suitable role comes up. If you'd rather we didn't, just let us know at careers@ferrycarrig.example and we'll remove your details.

Go raibh maith agat,
The Ferrycarrig team""",
  vendor="workable", brand="Ferrycarrig Analytics",
  exp=("careers@ferrycarrig.example", "", "Ferrycarrig Analytics", "Marketing Manager"),
  notes="Irish sign-off; team address in body; keep CV on file"),

M("tussock-bamboohr-filled", R, "ats-role-filled", "ats", "en-NZ",
  "Tussock Outdoor <notifications@app.bamboohr.com>",
  "Marketing Coordinator - Tussock Outdoor",
  """Kia ora Sam,

Thanks heaps for your application for the Marketing Coordinator role.

Just a quick note to let you know we've now filled this position, so we're closing off the remaining applications.

We really appreciate your interest in Tussock and hope you'll keep an eye on our careers page for future roles.

Ngā mihi,
Hana Parata
People & Culture""",
  vendor="bamboohr", brand="Tussock Outdoor",
  exp=("", "Hana", "Tussock Outdoor", "Marketing Coordinator"),
  notes="te reo greeting and sign-off; filled; BambooHR no-reply"),

M("greyhaven-jazzhr-proceed-others", R, "ats-automated", "ats", "en-US",
  "Greyhaven Logistics <notifications@app.jazz.co>",
  "Regarding your application for Digital Marketing Manager",
  """Hello Sam,

Thank you for your interest in the Digital Marketing Manager position with Greyhaven Logistics.

The hiring team has reviewed your application and we have decided to proceed with other candidates at this time.

Please note this mailbox is not monitored. We sincerely appreciate your interest and wish you the best in your job search.

Greyhaven Logistics HR""",
  vendor="jazzhr", brand="Greyhaven Logistics",
  exp=("", "", "Greyhaven Logistics", "Digital Marketing Manager"),
  notes="JazzHR template; proceed with other candidates"),

M("vantara-eightfold-not-shortlisted", R, "ats-automated", "ats", "en-IN",
  "Vantara Careers <careers-noreply@vantara.eightfold.ai>",
  "Application Status Update - Brand Manager - Personal Care",
  """Dear Sam Taylor,

Greetings from Vantara Consumer Products!

Thank you for applying for the position of Brand Manager - Personal Care (Job ID: VCP-MKT-2291) at our Mumbai office. We appreciate the time and effort you have taken to apply.

We regret to inform you that your profile has not been shortlisted for this position. Our selection was based on the specific requirements of the role and the number of applications received.

Your profile will be retained in our database and you may be considered for other suitable opportunities in the future. We encourage you to visit [[Vantara Careers]] regularly.

Thanks & Regards,
Talent Acquisition Team
Vantara Consumer Products Ltd.""",
  vendor="eightfold", brand="Vantara Consumer Products", plain="h2t",
  exp=("", "", "Vantara Consumer Products", "Brand Manager - Personal Care"),
  notes="Indian large-employer template; not shortlisted"),

M("meridiantrust-phenom-req-closed", R, "ats-role-cancelled", "ats", "en-CA",
  "Meridian Trust Careers <careers@meridiantrust.phenompeople.example>",
  "An update on Product Marketing Lead, Wealth",
  """Hello Sam,

Thank you for your interest in the Product Marketing Lead, Wealth opportunity (Job ID 88120) at Meridian Trust.

We are writing to let you know that this requisition has been closed and we will no longer be filling the position at this time. As a result, your application for this role will not be progressing.

We recognise the time it takes to apply and we thank you for considering a career with us. We encourage you to [[join our Talent Community]] to hear about opportunities that match your interests.

Sincerely,
Meridian Trust Talent Acquisition

Meridian Trust is committed to accessibility. If you require accommodation during the recruitment process, please contact accessibility.careers@meridiantrust.example.

Vous pouvez consulter cette communication en français sur notre site Carrières.""",
  vendor="phenom", brand="Meridian Trust", plain="h2t",
  exp=("", "", "Meridian Trust", "Product Marketing Lead, Wealth"),
  notes="requisition closed; French line in footer; accessibility address is not a reply_to"),

M("coralline-avature-psychometric", R, "ats-after-assessment", "ats", "en-AU",
  "Coralline Resources Careers <careers@coralline.avature.net>",
  "Coralline Resources - Communications Advisor (Job 5521)",
  """Dear Sam,

Thank you for completing the online assessments as part of your application for the Communications Advisor role in Perth.

We have now completed our review of all candidates at this stage. We regret to advise that on this occasion you have been unsuccessful in progressing further in the recruitment process.

We understand that this may be disappointing. Due to the volume of applicants, we are unable to provide individual feedback on assessment results.

We thank you for your interest in Coralline and wish you well in your future career.

Coralline Resources Talent Acquisition

Coralline Resources acknowledges the Traditional Owners of the lands on which we operate and pays respect to Elders past and present.""",
  vendor="avature", brand="Coralline Resources",
  exp=("", "", "Coralline Resources", "Communications Advisor"),
  notes="after psychometric assessment; Acknowledgement of Country footer"),

M("hollinbay-indeed-not-selected", R, "ats-job-board", "ats", "en-US",
  "Indeed <donotreply@match.indeed.com>",
  "Update on your application: Digital Marketing Manager at Hollin Bay Foods",
  """# An update on your application

{table}

Hollin Bay Foods has reviewed your application and indicated that they are not moving forward with it at this time.

Don't be discouraged — thousands of new jobs are posted on Indeed every day. Here are a few that match your recent searches:

- Marketing Manager - Crestline Dairy - Chicago, IL
- Senior Digital Marketing Specialist - Arbor & Finch - Remote
- Brand Marketing Manager - Polestar Snacks - Evanston, IL

{btn:See more jobs}""",
  vendor="indeed", brand="Indeed", plain="h2t", bare_images=True,
  table=[("Job", "Digital Marketing Manager"), ("Company", "Hollin Bay Foods"), ("Location", "Chicago, IL"), ("Status", "Not selected by employer")],
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  exp=("", "", "Hollin Bay Foods", "Digital Marketing Manager"),
  notes="job-board relay; status table; job recommendations below the verdict; bulk headers"),

M("larkspur-linkedin-easy-apply", R, "ats-job-board", "ats", "en-GB",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Your application to Content Marketing Manager at Larkspur Software",
  """{img:Larkspur Software}

Your update from Larkspur Software

Content Marketing Manager · Larkspur Software · London, England, United Kingdom (Hybrid)

Thank you for your interest in the Content Marketing Manager position at Larkspur Software in London. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Larkspur Software.

Regards,
Larkspur Software

{btn:View similar jobs}

Applied on 14 Sep · Easy Apply""",
  vendor="linkedin", brand="LinkedIn", plain="h2t",
  headers={"List-Unsubscribe": "<{unsub}>"},
  exp=("", "", "Larkspur Software", "Content Marketing Manager"),
  notes="LinkedIn Easy Apply status mail; plain generated"),

M("ashgrove-workday-on-hold", R, "ats-role-cancelled", "ats", "en-GB",
  "Ashgrove Pharma <ashgrove@myworkday.com>",
  "Senior Brand Manager, Respiratory - application update",
  """Dear Sam,

Thank you for your continued interest in Ashgrove Pharma and for the time you gave to your interviews for the Senior Brand Manager, Respiratory role.

Following a recent review of our organisational priorities, the business has taken the decision to put this role on hold for the foreseeable future. As a result, we are closing all active applications for this vacancy, including yours.

We recognise this is frustrating, particularly at such a late stage, and we are sorry not to be able to bring the process to a conclusion. Should the role be re-opened we may contact you again.

Kind regards,
Ashgrove Talent Acquisition""",
  vendor="workday", brand="Ashgrove Pharma",
  exp=("", "", "Ashgrove Pharma", "Senior Brand Manager, Respiratory"),
  notes="role on hold after interviews; applications closed"),

M("maplepoint-greenhouse-bilingual", R, "ats-after-screen", "ats", "en-CA",
  "Maplepoint Studios <no-reply@us.greenhouse-mail.io>",
  "Your application to Maplepoint Studios / Votre candidature chez Maplepoint Studios",
  """(Le français suit)

Hi Sam,

Thank you for your interest in Maplepoint Studios and for taking the time to meet with our team about the Marketing Manager, Player Acquisition position.

We're proud of the games we make and of the people who make them, and this year we've grown our Montréal studio to more than 400 people across art, engineering, live operations and publishing. Every application we receive is read by a member of our talent team, and we take that seriously.

After careful review, we've decided not to move forward with your application for this role. This was a difficult decision given the quality of candidates.

We'd love for you to stay connected — follow us on LinkedIn or keep an eye on our careers page for new roles.

Cheers,
Maplepoint Talent Team

Bonjour Sam,

Merci de l'intérêt que vous portez à Maplepoint Studios et d'avoir pris le temps de rencontrer notre équipe pour le poste de Gestionnaire marketing, acquisition de joueurs.

Après un examen attentif, nous avons décidé de ne pas donner suite à votre candidature pour ce poste.

Au plaisir,
L'équipe Talents de Maplepoint""",
  vendor="greenhouse", brand="Maplepoint Studios",
  exp=("", "", "Maplepoint Studios", "Marketing Manager, Player Acquisition"),
  notes="bilingual EN/FR (French version second); verdict in the middle of the English part"),

M("holberg-successfactors-german-footer", R, "ats-automated", "ats", "en-SG",
  "Holberg Systems Recruiting <recruiting-noreply@holberg.successfactors.eu>",
  "Your application: Marketing Manager South-East Asia (Req. 20260417)",
  """Dear Sam Taylor,

Thank you for your application for the position Marketing Manager South-East Asia (Req. 20260417) at Holberg Systems Singapore.

We have carefully reviewed your documents. We regret to inform you that we will not be pursuing your application further. This decision is no reflection on your qualifications but results from a comparison with the specific profile of the role.

In accordance with data protection regulations, your application data will be deleted six months after the conclusion of the selection process unless you have consented to being included in our talent pool.

Yours sincerely,
Holberg Systems Singapore Pte. Ltd.
Human Resources

Holberg Systems AG · Sitz der Gesellschaft: Stuttgart · Registergericht: Amtsgericht Stuttgart HRB 731 552 · Vorstand: Dr. Katrin Elsner (Vorsitzende), Jonas Weid · Vorsitzender des Aufsichtsrats: Prof. Dr. Helmut Rade
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
  vendor="successfactors", brand="Holberg Systems",
  exp=("", "", "Holberg Systems Singapore", "Marketing Manager South-East Asia"),
  notes="German parent's legal footer in German; deletion notice"),

M("pinecrest-icims-video", R, "ats-after-assessment", "ats", "en-US",
  "Pinecrest Retail Talent <talent@pinecrest.icims.example>",
  "Thank you for completing your video interview",
  """Hi Sam,

Thank you for completing the on-demand video interview for the Senior Manager, Loyalty Marketing position. We know recording answers to a camera isn't everyone's favourite thing, and we appreciate the thought you put into your responses.

Our hiring team has now reviewed all video interviews. At this time, we have decided to move forward with candidates whose experience better aligns with the needs of the role.

We'd love for you to remain part of the Pinecrest community. As a thank-you, here's a 15% discount code for your next purchase: THANKYOU15.

Best,
The Pinecrest Talent Acquisition Team""",
  vendor="icims", brand="Pinecrest Retail", plain="h2t",
  exp=("", "", "Pinecrest Retail", "Senior Manager, Loyalty Marketing"),
  notes="after one-way video interview; retail discount code"),

# ----------------------------------------------------------------- personal
M("hartwell-recruiter-final-uk", R, "personal-after-final", "personal", "en-GB",
  "Olivia Rennard <olivia.rennard@hartwellco.example>",
  "Head of Marketing - final stage",
  """Hi Sam,

Thank you again for coming in on Thursday and for the presentation - the panel all commented on how well prepared you were.

I'm afraid it's not good news this time. It was a really close call between you and one other candidate, and in the end the panel felt their experience in the professional services sector gave them the edge for the Head of Marketing role.

Some feedback from Tom and Aisha, in case it's useful:
- your channel strategy was the strongest we saw
- they'd have liked to hear more about managing agency budgets at scale

I know how much effort goes into a final stage and I'm sorry to be sending this. I'd genuinely like to keep in touch.

Best wishes,
Olivia

Olivia Rennard | Talent Partner | Hartwell & Co
M: +44 7700 900418
hartwellco.example""",
  exp=("olivia.rennard@hartwellco.example", "Olivia", "Hartwell & Co", "Head of Marketing"),
  notes="after final round; verdict second paragraph; bulleted feedback"),

M("brisklane-founder-terse", R, "personal-terse", "personal", "en-US",
  "Ray Okafor <ray@brisklane.example>",
  "Re: PMM role",
  """Hey Sam - just wanted to let you know we've gone with another candidate for the PMM role. Really enjoyed our chat though, and I'll ping you if anything else opens up.

Ray""",
  parent="mail.example.org",
  exp=("ray@brisklane.example", "Ray", "Brisklane", "PMM"),
  notes="very short; founder; company only in the address"),

M("corvid-outlook-reply-above-chaser", R, "personal-reply-to-chaser", "personal", "en-US",
  "Melissa Grant <mgrant@corvidhealth.example>",
  "RE: Following up - Product Marketing Manager interview",
  """Hi Sam,

Apologies for the slow reply, it's been a hectic couple of weeks. The team has decided to move ahead with another candidate who had more B2B SaaS experience, so we won't be moving your application forward. I'm sorry I didn't let you know sooner.

Thanks for your patience and best of luck.

Melissa

Melissa Grant
Talent Acquisition Manager | Corvid Health
(617) 555-0182

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, October 12, 2026 9:14 AM
To: Melissa Grant <mgrant@corvidhealth.example>
Subject: Following up - Product Marketing Manager interview

Hi Melissa,

I hope you're well. I wanted to follow up on my interview with Kevin and the team on the 29th for the Product Marketing Manager role. I really enjoyed the conversation and remain very interested. Is there any update on timing?

Thanks so much,
Sam

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.""",
  parent="mail.example.org", client_html=True,
  exp=("mgrant@corvidhealth.example", "Melissa", "Corvid Health", "Product Marketing Manager"),
  notes="reply above Sam's chaser (Outlook quote); disclaimer"),

M("bluegum-agency-au", R, "personal-agency", "personal", "en-AU",
  "Jack Merriden <jack.merriden@bluegumtalent.example>",
  "Sable Lane Wines - Marketing Manager",
  """Hi Sam,

Hope the week's treating you well.

Just circling back on the Marketing Manager role with Sable Lane Wines. I've had feedback from Georgie (their GM) this morning and unfortunately they've decided not to progress your application to the second interview. They were really impressed with your brand work but they've landed on someone with more direct wine / FMCG trade experience.

Sorry mate, I know you were keen on this one. I'll keep you front of mind for anything else that comes through - I've got a couple of briefs in the drinks space I'm expecting in the next few weeks.

Cheers,
Jack

Jack Merriden
Senior Consultant - Marketing & Digital
Bluegum Talent | Level 3, 180 Flinders St, Melbourne VIC 3000
0412 555 873""",
  exp=("jack.merriden@bluegumtalent.example", "Jack", "Sable Lane Wines", "Marketing Manager"),
  notes="agency relays client's no; company = client"),

M("talentsquare-agency-india", R, "personal-agency", "personal", "en-IN",
  "Ritika Sharma <ritika.s@talentsquare.example>",
  "Profile status: Product Marketing Manager - Orbis Fintech",
  """Hi Sam,

Greetings from TalentSquare Consulting!

This is with reference to your application for the Product Marketing Manager position with our client Orbis Fintech, Bengaluru.

We regret to inform you that your profile has not been shortlisted by the client for the next round, as they are looking for a candidate with stronger experience in the Indian lending market.

We will keep your CV in our database and get back to you for any suitable openings.

Thanks & Regards,
Ritika Sharma
Senior Associate - Talent Acquisition
TalentSquare Consulting Pvt. Ltd.
Mob: +91 98450 55213 | www.talentsquare.example

Please consider the environment before printing this e-mail.""",
  exp=("ritika.s@talentsquare.example", "Ritika", "Orbis Fintech", "Product Marketing Manager"),
  notes="Indian agency; not shortlisted by the client"),

M("lioncity-recruiter-candidature-sg", R, "personal-after-assessment", "personal", "en-SG",
  "Marcus Lim <marcus.lim@lioncitypay.example>",
  "Case Study - Growth Marketing Manager",
  """Dear Sam,

Thank you for submitting your case study and for presenting it to Joanne and Arjun last Friday.

After reviewing all the case study submissions, the panel has decided not to proceed further with your candidature for the Growth Marketing Manager position. They appreciated the structure of your funnel analysis but felt the acquisition plan was less tailored to the Singapore SME market than some of the other submissions.

We thank you for your interest in Lion City Payments and will keep your resume on file for future openings.

Best regards,
Marcus Lim
Talent Acquisition | Lion City Payments
DID: +65 6555 0147""",
  exp=("marcus.lim@lioncitypay.example", "Marcus", "Lion City Payments", "Growth Marketing Manager"),
  notes="after case study; 'not proceed further with your candidature'"),

M("rangitoto-long-nz", R, "personal-after-final", "personal", "en-NZ",
  "Aroha Williams <aroha.williams@rangitotobrewing.example>",
  "Thanks for your time - Brand Lead",
  """Kia ora Sam,

I wanted to write to you personally rather than send you a form letter, because you put a huge amount into this process and it deserves a proper reply.

First, thank you. The brand audit you prepared for the second interview was thoughtful, and a few of your observations about our cans on the supermarket shelf have already made their way into conversations with our design agency. Several people on the panel mentioned how much they enjoyed meeting you, and Wiremu in particular was keen that I pass on his thanks for the conversation about the cellar-door experience.

We've now made our decision for the Brand Lead role, and I'm sorry to say it isn't you. We've offered the position to someone who has spent the last few years running brand for a hospitality group here in Auckland, and in the end the panel felt that on-trade depth was the thing we most need right now.

I know that will be disappointing to hear, particularly after the time you've invested. If you'd like to talk through any of the panel's feedback I'd be very happy to jump on a call - just let me know a time that suits.

We're also likely to be hiring a Marketing Manager for our export business next year, and I'd love to let you know when that comes up if you're open to it.

Ngā mihi nui,
Aroha

Aroha Williams
Head of People | Rangitoto Brewing Co.
027 555 3341""",
  exp=("aroha.williams@rangitotobrewing.example", "Aroha", "Rangitoto Brewing Co.", "Brand Lead"),
  notes="long letter; verdict in the middle; future role mentioned"),

M("liffeyside-on-hold-ie", R, "personal-role-cancelled", "personal", "en-IE",
  "Ciarán Doyle <ciaran.doyle@liffeyside.example>",
  "Marketing Lead role - update",
  """Hi Sam,

I hope you're keeping well.

I wanted to give you an update on the Marketing Lead role. Unfortunately, following our budget review last week, the leadership team has decided to put the role on hold indefinitely, so we won't be progressing any candidates at this time, including yourself.

I'm really sorry about this - it's no reflection on you at all and you were one of the strongest people we met. If the role is revived in the new year I'll be in touch directly.

Le meas,
Ciarán

Ciarán Doyle
Head of Commercial | Liffeyside Credit Union
+353 1 555 0193

Tá an ríomhphost seo agus aon iatán atá leis faoi rún. This email and any attachments are confidential.""",
  exp=("ciaran.doyle@liffeyside.example", "Ciarán", "Liffeyside Credit Union", "Marketing Lead"),
  notes="role on hold indefinitely; Irish-language sign-off and disclaimer"),

M("northlight-filled-internally-ca", R, "personal-internal", "personal", "en-CA",
  "Shauna Beaulieu <sbeaulieu@northlightinsurance.example>",
  "Director, Brand Marketing",
  """Hi Sam,

Thanks for your patience over the last few weeks.

I wanted to let you know that we've decided to fill the Director, Brand Marketing position internally. One of our existing team leads applied late in the process and, given their knowledge of our broker network, the committee felt they were the right fit.

I appreciate how much time you gave us, and I'm sorry the outcome wasn't different.

All the best,
Shauna

Shauna Beaulieu, CHRP
HR Business Partner, Northlight Insurance
416-555-0127""",
  exp=("sbeaulieu@northlightinsurance.example", "Shauna", "Northlight Insurance", "Director, Brand Marketing"),
  notes="filled internally"),

M("fernhill-forwarded-hm-note", R, "personal-forwarded", "personal", "en-GB",
  "Priyanka Shah <priyanka.shah@fernhillgroup.example>",
  "Fwd: Director of Marketing - Sam Taylor",
  """Hi Sam,

Rather than paraphrase, I thought it fairer to pass on Daniel's note below - sorry it's not better news. Happy to talk it through if helpful.

Priyanka

Priyanka Shah | Talent Acquisition Lead | Fernhill Group
+44 20 7946 0833

---------- Forwarded message ---------
From: Daniel Ashworth <daniel.ashworth@fernhillgroup.example>
Date: Wed, 21 Oct 2026 at 16:40
Subject: Director of Marketing - Sam Taylor
To: Priyanka Shah <priyanka.shah@fernhillgroup.example>

Priyanka,

Thanks for setting up the second round with Sam. Really liked them - articulate, commercial, and the best case study of the three. But we've agreed as a leadership team to go with Helen, who already knows the retail side of the business, so please let Sam know we won't be moving ahead with their application for the Director of Marketing role. Please do thank them from me.

D""",
  exp=("priyanka.shah@fernhillgroup.example", "Priyanka", "Fernhill Group", "Director of Marketing"),
  notes="recruiter forwards the hiring manager's note about Sam; verdict inside the forward"),

M("ardmore-resent-after-bounce", R, "personal-resent", "personal", "en-GB",
  "Fiona McBride <fiona.mcbride@ardmoredigital.example>",
  "Resending: Your application - Senior Content Strategist",
  """Hi Sam,

Apologies - my earlier email bounced back (I think I had a typo in your address), so I'm resending it below.

Fiona

-------- Original message --------
Subject: Your application - Senior Content Strategist

Dear Sam,

Thank you for taking the time to interview with us for the Senior Content Strategist role.

We were very impressed by your portfolio but, after a lot of discussion, we've decided to offer the role to another applicant whose experience is more focused on technical content.

Thank you for your interest in Ardmore Digital and we wish you the very best.

Kind regards,
Fiona

Fiona McBride
Operations & People Manager
Ardmore Digital Ltd
0131 555 0176""",
  exp=("fiona.mcbride@ardmoredigital.example", "Fiona", "Ardmore Digital", "Senior Content Strategist"),
  notes="re-sent after a bounce; verdict only in the re-sent letter"),

M("ironbark-phone-terse-au", R, "personal-terse", "personal", "en-AU",
  "Leah Tran <leah@ironbarkcoffee.example>",
  "Re: Ironbark Coffee - Marketing Manager interview",
  """Sorry Sam, we've offered the role to someone else. Thanks for coming in and best of luck.

Sent from my iPhone

> On 3 Nov 2026, at 8:02 am, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Leah, thanks again for yesterday - loved seeing the roastery. Let me know if you need anything else from me. Sam""",
  parent="mail.example.org",
  exp=("leah@ironbarkcoffee.example", "Leah", "Ironbark Coffee", "Marketing Manager"),
  notes="one line from a phone over Sam's thank-you"),

M("stellarcorp-recruiter-after-screen-us", R, "personal-after-screen", "personal", "en-US",
  "Brandon Keefe <brandon.keefe@stellarcorp.example>",
  "Sr. Manager, Product Marketing - next steps",
  """Hi Sam,

Thanks for taking the time to speak with me on Wednesday about the Sr. Manager, Product Marketing opening on our Cloud Platform team.

I've reviewed your background against the requirements with the hiring manager, and unfortunately we won't be moving forward with your candidacy for this position. The team is specifically looking for someone who has launched infrastructure products to a developer audience, and that came through as the main gap.

I'd still encourage you to keep an eye on our careers site - we hire PMMs across a lot of business units and your consumer experience could be a fit elsewhere.

Best regards,

Brandon Keefe
Senior Technical Recruiter | StellarCorp
brandon.keefe@stellarcorp.example | (206) 555-0199

This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, you are hereby notified that any dissemination of this communication is strictly prohibited.""",
  exp=("brandon.keefe@stellarcorp.example", "Brandon", "StellarCorp", "Sr. Manager, Product Marketing"),
  notes="large employer recruiter after screen; subject says 'next steps'; disclaimer"),

M("tidewater-praise-wrapped-us", R, "personal-after-final", "personal", "en-US",
  "Kendra Oyelaran <kendra@tidewaterpay.example>",
  "Thank you, Sam",
  """Sam,

I'll be honest: this was one of the hardest decisions we've had to make this year. You were an incredibly strong candidate, the panel was split almost down the middle, and your presentation on the SMB launch is still being quoted in our Slack.

Ultimately we've offered the Head of Product Marketing role to a candidate with deeper experience in payments compliance, which is where we expect the first year to be most challenging.

I hope our paths cross again - if you're ever open to advising or if something changes on our side, you'll hear from me first.

Warmly,
Kendra

Kendra Oyelaran
VP Marketing, Tidewater Pay""",
  client_html=True,
  exp=("kendra@tidewaterpay.example", "Kendra", "Tidewater Pay", "Head of Product Marketing"),
  notes="verdict wrapped in praise; no negative keyword"),

M("gridline-takehome-feedback-us", R, "personal-after-assessment", "personal", "en-US",
  "Nate Halvorsen <nate@gridline.example>",
  "Gridline take-home - feedback",
  """Hi Sam,

Thanks for sending over the positioning doc - I know these take real time.

We've reviewed it as a team and we're not going to move forward to the onsite. Wanted to give you some quick feedback since you asked for it:

- the messaging hierarchy was clear and well-argued
- the competitive section leaned on public pricing pages and missed the usage-based angle we'd flagged
- we'd hoped to see a sharper ICP definition for mid-market utilities

Really appreciate the effort and I hope this is useful for whatever's next.

Nate
Head of Marketing, Gridline""",
  exp=("nate@gridline.example", "Nate", "Gridline", ""),
  notes="after take-home; role not named; 'not going to move forward to the onsite'"),

M("sahyadri-position-eliminated-in", R, "personal-role-cancelled", "personal", "en-IN",
  "Anand Kulkarni <anand.kulkarni@sahyadrifoods.example>",
  "Regarding Senior Manager - Brand Marketing",
  """Dear Sam,

Hope you are doing well.

Further to our discussion last week, I am writing to inform you that due to an internal restructuring of the marketing function, the position of Senior Manager - Brand Marketing has been eliminated. Hence we will not be able to take your candidature forward.

We sincerely apologise for the inconvenience caused, especially since you had cleared both the rounds. We have noted your details and will definitely reach out to you if a suitable position opens up.

Warm regards,
Anand Kulkarni
AGM - Human Resources
Sahyadri Foods Ltd., Pune
+91 20 5555 0188""",
  exp=("anand.kulkarni@sahyadrifoods.example", "Anand", "Sahyadri Foods", "Senior Manager - Brand Marketing"),
  notes="position eliminated after interviews; Indian English"),

M("halcyon-agency-phone-confirm-uk", R, "personal-agency", "personal", "en-GB",
  "Tom Blakely <tom.blakely@pennantsearch.example>",
  "Halcyon Homes",
  """Sam,

As discussed on the phone just now - just confirming in writing that Halcyon Homes won't be taking things further for the Marketing Director post. Sorry again, and speak soon about the other bits.

Tom

Tom Blakely | Director | Pennant Search
07700 900731""",
  exp=("tom.blakely@pennantsearch.example", "Tom", "Halcyon Homes", "Marketing Director"),
  notes="agency confirms a phone call in writing; short"),

M("wattlebird-pass-for-now-au", R, "personal-terse", "personal", "en-AU",
  "Ben Cassidy <ben.cassidy@wattlebird.example>",
  "Re: Content Lead application",
  """Hi Sam,

Thanks for sending through your portfolio. We're going to pass on your application for now - we need someone who can shoot and edit video in-house, and that's not really your background from what I can see.

Appreciate you reaching out though.

Ben

On Tue, 15 Sept 2026 at 10:31, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ben,
>
> I saw the Content Lead role on your website and have attached my CV and a
> few portfolio samples. I'd love to chat.
>
> Best,
> Sam""",
  parent="mail.example.org",
  exp=("ben.cassidy@wattlebird.example", "Ben", "Wattlebird", "Content Lead"),
  notes="'pass on your application for now'; reply above Sam's application (Gmail quote)"),

M("saltmarsh-keep-in-touch-uk", R, "personal-keep-in-touch", "personal", "en-GB",
  "Hannah Okoro <hannah.okoro@saltmarshpublishing.example>",
  "Digital Marketing Manager",
  """Dear Sam,

It was a pleasure meeting you on Monday.

While we won't be taking your application further for the Digital Marketing Manager role, I'd love to keep in touch - your background in audience development is exactly what we'll need when we launch the subscriptions product next spring, and I'd like to let you know when that role is advertised.

With best wishes,
Hannah

Hannah Okoro
Publishing Director, Saltmarsh Publishing""",
  exp=("hannah.okoro@saltmarshpublishing.example", "Hannah", "Saltmarsh Publishing", "Digital Marketing Manager"),
  notes="verdict in a subordinate clause before a keep-in-touch offer"),
]

MESSAGES.append(
M("dunmore-thread-top-reply-us", R, "personal-reply-in-thread", "personal", "en-US",
  "Carla Ruiz <carla.ruiz@dunmorebank.example>",
  "RE: RE: RE: Interview scheduling - VP, Customer Marketing",
  """Hi Sam,

Thanks for making time for the panel last week and for following up. I wanted to close the loop: the committee has decided to offer the position to another candidate, and I'm sorry it isn't better news. You were a finalist and the feedback on your storytelling was excellent.

Wishing you all the best,
Carla

Carla Ruiz | Executive Recruiting | Dunmore Bank
(312) 555-0164

From: Sam Taylor <sam.taylor@example.org>
Sent: Tuesday, November 3, 2026 8:47 AM
To: Carla Ruiz <carla.ruiz@dunmorebank.example>
Subject: RE: RE: Interview scheduling - VP, Customer Marketing

Hi Carla, thanks again for organising Thursday. Any news on next steps? Best, Sam

From: Carla Ruiz <carla.ruiz@dunmorebank.example>
Sent: Friday, October 23, 2026 2:15 PM
To: Sam Taylor <sam.taylor@example.org>
Subject: RE: Interview scheduling - VP, Customer Marketing

Great news, Sam - the hiring team would love to invite you to the final panel for the VP, Customer Marketing role. Would Thursday 29th at 10am CT work? It will be 3 x 45-minute conversations.

Carla""",
  parent="mail.example.org", depth=3, client_html=True,
  exp=("carla.ruiz@dunmorebank.example", "Carla", "Dunmore Bank", "VP, Customer Marketing"),
  notes="top reply decides; quoted thread holds an invitation ('Great news')"),
)
