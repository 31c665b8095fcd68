"""The 40 rejections of en18 as data (20 ATS-style, 20 personal)."""
from content_common import ATS_HEADERS, BULK_HEADERS


def R(slug, cat, style, frm, subject, text, exp, variant, notes="", **kw):
    d = dict(slug=slug, label="rejection", cat=cat, style=style, frm=frm, subject=subject, text=text,
             exp=exp, variant=variant, notes=notes)
    if style == "ats":
        d.setdefault("headers", dict(ATS_HEADERS))
    d.update(kw)
    return d


MESSAGES = [
# ---------------- ATS-style ----------------
R("brightloom-greenhouse-other-candidates", "ats-automated", "ats",
  "Brightloom Talent <no-reply@us.greenhouse-mail.io>", "Thank you for your interest in Brightloom",
  """Hi Sam,

Thank you for your interest in the Senior Product Analyst position at Brightloom. We appreciate the time you took to apply and learn about our team.

After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We encourage you to keep an eye on our [[careers page]] for future openings, and we wish you the best of luck in your search.

Best,
The Brightloom Recruiting Team""",
  ("", "", "Brightloom", "Senior Product Analyst"), "en-US", "greenhouse; most-ordinary; verdict-middle",
  vendor="greenhouse", brand="Brightloom"),

R("kestrel-lever-two-liner", "terse", "ats",
  "Kestrel Pay <no-reply@hire.lever.co>", "Your application to Kestrel Pay",
  """Hi Sam, thanks for applying to Product Designer, Checkout. Unfortunately we won't be moving forward with your application, but we appreciate your interest in Kestrel Pay.

Kestrel Pay Talent""",
  ("", "", "Kestrel Pay", "Product Designer, Checkout"), "en-GB", "lever; two-liner",
  vendor="lever", brand="Kestrel Pay"),

R("tidewater-ashby-long-letter", "ats-automated", "ats",
  "Maya at Tidewater <maya.osei@tidewater.example>", "Update on your Tidewater application – Data Scientist, Forecasting",
  """Hi Sam,

I hope your week is going well. First of all, thank you so much for the time and energy you've put into our process for the Data Scientist, Forecasting role. We know a take-home and three conversations is a real commitment, and the team genuinely enjoyed meeting you. Your walkthrough of the demand model was one of the clearest we've seen.

We've now completed interviews for this role and, after a lot of discussion, we've decided not to move forward with your candidacy. This was a competitive process and the decision came down to depth of experience with hierarchical time-series in a production setting, which is central to what this hire needs to own in the first six months.

I know this isn't the news you were hoping for. If it would be helpful, I'm happy to hop on a 15-minute call to share more detailed feedback from the panel – just reply to this email.

We'll be growing the data team again in 2027, and I'd love to reach out when we do.

Warmly,
Maya Osei
Talent Partner, Tidewater""",
  ("maya.osei@tidewater.example", "Maya", "Tidewater", "Data Scientist, Forecasting"), "en-US",
  "ashby; long-letter; verdict-middle; feedback-offer", vendor="ashby", brand="Tidewater", id_domain="ashbyhq.com"),

R("quillstack-workable-not-matching", "ats-automated", "ats",
  "Quillstack <noreply@candidates.workablemail.com>", "Quillstack – Growth Product Manager",
  """Dear Sam Taylor,

Thank you for applying for the Growth Product Manager role at Quillstack.

We have reviewed your application carefully. Unfortunately, your profile doesn't match the requirements of the role closely enough for us to take it further at this stage.

We received a large number of applications and appreciate your interest in joining us.

Kind regards,
Quillstack Hiring Team""",
  ("", "", "Quillstack", "Growth Product Manager"), "en-ZA", "workable; profile-not-match; h2t-plain",
  vendor="workable", brand="Quillstack", h2t=True),

R("norrvik-teamtailor-connect", "keep-on-file", "ats",
  "Norrvik <no-reply@teamtailor.com>", "Your application for UX Researcher",
  """Hi Sam,

Thanks for applying for the UX Researcher position at Norrvik and for your patience while we reviewed applications.

We've now reviewed all candidates and have decided to proceed with applicants whose backgrounds are closer to what we need right now. We won't be taking your application further this time.

Because we liked your profile, we'd like to invite you to join Norrvik Connect, our talent community, so we can let you know when a role opens that fits you better. If you'd rather we didn't keep your details, you can [[remove your data]] at any time; otherwise we'll keep them for 12 months.

Best regards,
Norrvik People Team

Tack för din ansökan! (Swedish version available on request.)""",
  ("", "", "Norrvik", "UX Researcher"), "en-HK", "teamtailor; talent-community; data-retention; swedish-footer",
  vendor="teamtailor", brand="Norrvik"),

R("harbourline-icims-status-portal", "ats-automated", "ats",
  "Harbourline Bank Careers <careers-noreply@talent.icims.com>", "Application Status Update – Req 24-7781",
  """Dear Sam,

There has been an update to the status of your application. Please see the details below.

{table}

Thank you for your interest in career opportunities with Harbourline Bank. Please continue to visit our [[Careers Portal]] for future opportunities.

Harbourline Bank Talent Acquisition""",
  ("", "", "Harbourline Bank", "Product Owner, Digital Lending"), "en-CA",
  "icims; status-table; html-only; verdict-only-in-table",
  vendor="icims", brand="Harbourline Bank", html_only=True,
  table=[("Requisition", "24-7781"), ("Position", "Product Owner, Digital Lending"), ("Location", "Toronto, ON"),
         ("Status", "Not Selected - Position Filled")]),

R("meridian-workday-filled", "ats-automated", "ats",
  "Meridian Health Systems <meridianhealth@myworkday.com>", "Your application: Senior Data Engineer (R-10442)",
  """Dear Sam,

Thank you for your interest in the Senior Data Engineer (R-10442) position at Meridian Health Systems.

We wanted to let you know that this position has now been filled. We appreciate the time you invested in applying and encourage you to review other opportunities on our careers site.

Sincerely,
Meridian Health Systems Talent Acquisition""",
  ("", "", "Meridian Health Systems", "Senior Data Engineer"), "en-US", "workday; position-filled",
  vendor="workday", brand="Meridian Health Systems"),

R("solace-smartrecruiters-regret", "ats-automated", "ats",
  "Solace Foods Careers <noreply@smartrecruiters.com>", "Solace Foods: Sales Development Representative",
  """Dear Sam,

We want to thank you for your application for the Sales Development Representative position in Johannesburg.

Solace Foods is one of South Africa's fastest-growing food brands, present in over 2,000 retail stores, and a Top Employer 2026. We received many strong applications for this role.

We regret to inform you that your application was not successful on this occasion. Please do not be discouraged from applying for future vacancies that match your skills.

Should you have any questions, you may contact talent@solacefoods.example.

Kind regards,
Solace Foods Talent Acquisition""",
  ("talent@solacefoods.example", "", "Solace Foods", "Sales Development Representative"), "en-ZA",
  "smartrecruiters; not-successful-on-this-occasion; reply-to-from-body; boilerplate-before-verdict",
  vendor="smartrecruiters", brand="Solace Foods"),

R("linkedin-easy-apply-not-selected", "ats-automated", "ats",
  "LinkedIn <jobs-noreply@linkedin.com>", "Your application to Product Marketing Lead at Orchard Loop",
  """Your update from Orchard Loop

Product Marketing Lead
Orchard Loop · Nairobi, Kenya (Hybrid)

Applied 3 weeks ago

Thank you for your interest in the Product Marketing Lead position at Orchard Loop in Nairobi. Unfortunately, Orchard Loop has decided not to proceed with your application.

Keep applying. [[See jobs where you'd be a top applicant]]""",
  ("", "", "Orchard Loop", "Product Marketing Lead"), "en-KE", "linkedin-easy-apply; job-board-relay; bulk-headers",
  vendor="linkedin", brand="LinkedIn", headers=dict(BULK_HEADERS), h2t=True),

R("indeed-status-not-selected", "ats-automated", "ats",
  "Indeed <donotreply@match.indeed.com>", "An update on your application to Fernhill Logistics",
  """Application update

Data Analyst
Fernhill Logistics - Auckland

Status: Not selected by employer

The employer has reviewed your application and is not moving forward. Don't give up – there are 214 new Data Analyst jobs in Auckland.

[[View similar jobs]]""",
  ("", "", "Fernhill Logistics", "Data Analyst"), "en-NZ", "indeed; status-not-selected; job-board-relay",
  vendor="indeed", brand="Indeed", headers=dict(BULK_HEADERS)),

R("wellfound-startup-passed", "terse", "ats",
  "Wellfound <notifications@wellfound.com>", "Lumen Lab passed on your application",
  """Hi Sam,

Lumen Lab reviewed your application for Founding Product Engineer and decided to pass for now.

Message from the team: "Thanks Sam – we're prioritising someone with more backend depth for this hire. Good luck!" – Priya

[[Browse more startups hiring]]""",
  ("", "Priya", "Lumen Lab", "Founding Product Engineer"), "en-IN", "wellfound; passed; note-from-founder",
  vendor="wellfound", brand="Wellfound", headers=dict(BULK_HEADERS)),

R("cobaltcove-greenhouse-requisition-closed", "role-cancelled", "ats",
  "Cobalt Cove Recruiting <no-reply@us.greenhouse-mail.io>", "Regarding your application for Product Design Lead",
  """Hello Sam,

Thank you for applying for the Product Design Lead role with Cobalt Cove.

We're writing to let you know that, following a change in our 2027 roadmap, we have closed this requisition and will not be hiring for the role. As a result your application will not progress further.

This is no reflection on your experience, and we hope you'll consider Cobalt Cove again in the future.

Best wishes,
Cobalt Cove Recruiting""",
  ("", "", "Cobalt Cove", "Product Design Lead"), "en-AU", "greenhouse; requisition-closed",
  vendor="greenhouse", brand="Cobalt Cove"),

R("pinegate-successfactors-long-legal", "ats-automated", "ats",
  "Pinegate Insurance <careers@successfactors.eu>", "Pinegate Insurance – your application (Job ID 88213)",
  """Dear Sam Taylor,

Thank you for your application for the position of Pricing Data Scientist (Job ID 88213).

Pinegate Insurance processes personal data of applicants in accordance with the UK GDPR and the Data Protection Act 2018. Your data is processed for the purposes of the recruitment procedure and is stored for a period of six months after the procedure closes, unless you consent to a longer period. You have the right to access, rectify and erase your data.

Having reviewed your application against the requirements of the role, we regret that we will not be progressing your application on this occasion.

Should you wish us to retain your details for future vacancies for up to 24 months, please give your consent in the [[candidate portal]]. Without your consent, your data will be deleted after six months.

Yours sincerely,
Pinegate Insurance Group Recruitment""",
  ("", "", "Pinegate Insurance", "Pricing Data Scientist"), "en-GB", "successfactors; verdict-between-legal-paragraphs; data-retention",
  vendor="successfactors", brand="Pinegate Insurance"),

R("kowhai-bamboohr-another-direction", "ats-automated", "ats",
  "Kowhai Digital <notifications@app.bamboohr.com>", "Kowhai Digital: Account Executive",
  """Kia ora Sam,

Thanks heaps for your interest in the Account Executive role with Kowhai Digital. We've had a fantastic response.

After reviewing all applications, we've decided to go in a different direction for this role. We really appreciate you taking the time, and we wish you all the best.

Ngā mihi,
Aroha Tane
People & Culture, Kowhai Digital
aroha.tane@kowhai.example""",
  ("aroha.tane@kowhai.example", "Aroha", "Kowhai Digital", "Account Executive"), "en-NZ", "bamboohr; different-direction; maori-greeting",
  vendor="bamboohr", brand="Kowhai Digital", reply_to="Aroha Tane <aroha.tane@kowhai.example>"),

R("vantor-recruitee-takehome", "after-assessment", "ats",
  "Vantor Analytics <jobs@mail.recruitee.com>", "Your take-home assignment – Analytics Engineer",
  """Hi Sam,

Thank you for completing the take-home assignment for the Analytics Engineer role. Our reviewers appreciated the clean dbt project structure and the documentation.

However, the assignment was assessed against a fixed rubric, and your submission did not reach the threshold needed to proceed to the technical interview. The main gaps were test coverage of the incremental models and the handling of late-arriving data.

We're grateful for the effort you put in and hope you'll apply to Vantor Analytics again.

Best,
Vantor Analytics Hiring Team""",
  ("", "", "Vantor Analytics", "Analytics Engineer"), "en-GB", "recruitee; take-home-feedback; threshold",
  vendor="recruitee", brand="Vantor Analytics"),

R("tessellate-workday-dear-candidate-hk", "ats-automated", "ats",
  "Tessellate Group <tessellate@myworkday.com>", "Thank you for applying – Regional Sales Manager, APAC",
  """Dear Candidate,

Thank you for your interest in the Regional Sales Manager, APAC position with Tessellate Group.

We have carefully reviewed your qualifications and, although your background is impressive, we have selected other candidates whose experience more closely meets our current requirements.

We will retain your profile in our database and may contact you should a suitable opportunity arise.

Tessellate Group Talent Acquisition

感謝您的申請。此電郵由系統自動發出，請勿回覆。""",
  ("", "", "Tessellate Group", "Regional Sales Manager, APAC"), "en-HK", "workday; dear-candidate; chinese-footer; keep-on-file-line",
  vendor="workday", brand="Tessellate Group"),

R("personio-hold-role", "role-cancelled", "ats",
  "Haldane Robotics <jobs@jobs.personio.de>", "Your application as Product Manager Platform",
  """Dear Sam,

thank you for your application as Product Manager Platform at Haldane Robotics.

Due to a reorganisation of our product department, we have decided to put the recruitment for this position on hold indefinitely. We are therefore unable to continue the process with you.

We would be glad to receive your application again once the position is re-advertised.

Kind regards
Haldane Robotics People Team

--
Haldane Robotics GmbH, Sitz: Hamburg, Amtsgericht Hamburg HRB 000000""",
  ("", "", "Haldane Robotics", "Product Manager Platform"), "en-GB", "personio; on-hold-indefinitely; german-company-english",
  vendor="personio", brand="Haldane Robotics"),

R("nimbus-greenhouse-html-only-b64", "ats-automated", "ats",
  "Nimbus Health <no-reply@us.greenhouse-mail.io>", "Nimbus Health | Senior Product Designer",
  """Hi Sam,

We really appreciate your interest in Nimbus Health and the Senior Product Designer role.

We've reviewed your application and portfolio, and while there's a lot to like, we've decided to move forward with other applicants for this position.

Thanks again, and best of luck.

Nimbus Health Talent""",
  ("", "", "Nimbus Health", "Senior Product Designer"), "en-US", "greenhouse; html-only; base64",
  vendor="greenhouse", brand="Nimbus Health", html_only=True, cte="base64"),

R("lever-after-final-round-recruiter-ats", "personal-after-interview", "ats",
  "Jonah Reyes <jonah@hire.lever.co>", "Quarry.io // Staff Product Manager",
  """Hi Sam,

Thank you for spending so much time with the Quarry.io team over the last few weeks – the final round is a big ask and you made a strong impression on the panel.

I'm sorry to share that we've decided to extend an offer to another candidate for the Staff Product Manager role. It was a close call.

I'd genuinely like to stay in touch, and I'll reach out if something comes up that's a fit.

Jonah Reyes
Recruiting, Quarry.io""",
  ("jonah.reyes@quarry.example", "Jonah", "Quarry.io", "Staff Product Manager"), "en-US",
  "lever; sent-from-lever-by-recruiter; reply-to-header; offer-to-other-candidate",
  vendor="lever", brand="Quarry.io", reply_to="Jonah Reyes <jonah.reyes@quarry.example>"),

R("workable-video-interview-declined", "after-assessment", "ats",
  "Mbali Fintech <noreply@candidates.workablemail.com>", "Mbali Fintech – Customer Success Manager: update",
  """Hi Sam,

Thank you for recording your one-way video interview for the Customer Success Manager role at Mbali Fintech.

Our team has now reviewed all the recorded interviews. Unfortunately we have decided not to invite you to the next stage of the process.

Mbali Fintech is on a mission to bring affordable credit to 10 million small businesses across East Africa. We're proud to be an equal opportunity employer.

Regards,
Mbali Fintech Recruitment""",
  ("", "", "Mbali Fintech", "Customer Success Manager"), "en-KE", "workable; after-video-interview; not-invite-next-stage",
  vendor="workable", brand="Mbali Fintech", h2t=True),

# ---------------- personal ----------------
R("hm-debrief-final-round", "personal-after-interview", "personal",
  "Ines Carvalho <ines.carvalho@ferrous.example>", "Following up – Senior Product Manager, Payments",
  """Hi Sam,

Thanks again for coming in on Thursday for the final round. I wanted to call you but missed you, so I'm writing instead.

The panel met yesterday. Everyone agreed you'd be great to work with, and your prioritisation exercise was one of the best. Where we landed, though, is that we need someone who has already run card-issuing products end to end, and another finalist has done exactly that for four years. So we're going to make the offer to them and won't be taking your candidacy forward.

Some feedback in case it's useful:
- your stakeholder examples were strong and concrete
- the metrics section of the case felt a bit light on guardrails
- the panel would have liked more on how you'd handle a regulator

I'm really sorry it's not a yes this time. Happy to talk it through if you want.

Ines

Ines Carvalho
Director of Product, Ferrous
+44 20 7946 0321""",
  ("ines.carvalho@ferrous.example", "Ines", "Ferrous", "Senior Product Manager, Payments"), "en-GB",
  "hiring-manager; final-round-debrief; verdict-middle; bulleted-feedback", client_html=True),

R("agency-hays-like-client-declined", "agency-recruiter", "personal",
  "Callum Greig <callum.greig@haysworth.example>", "RE: Your CV – Marlowe Retail, Data Product Manager",
  """Hi Sam,

Quick update as promised. I've had feedback from Marlowe Retail on your CV for the Data Product Manager role, and unfortunately they've decided not to take you forward to interview. They felt your experience is stronger on the media side and they're after someone from grocery or FMCG.

Sorry it's not better news. I've got a couple of other briefs that might suit, I'll give you a ring this week.

Cheers,
Callum

Callum Greig | Senior Consultant, Technology
Haysworth Recruitment | Manchester
M: 07700 900 451

> On 12 Oct, Sam Taylor wrote:
> Hi Callum, any news from Marlowe? Thanks, Sam""",
  ("callum.greig@haysworth.example", "Callum", "Marlowe Retail", "Data Product Manager"), "en-GB",
  "agency; client-declined; reply-above-quote", parent=True, parent_domain="example.org"),

R("terse-recruiter-phone", "terse", "personal",
  "Tom Buckley <tom@glasshouse.example>", "Re: Product Designer role",
  """Hi Sam - we've gone with another candidate for the product designer role, sorry. Thanks for your time.

Tom

Sent from my iPhone

> On 3 Nov 2026, at 09:12, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Tom, just checking in on the product designer role. Any update? Best, Sam""",
  ("tom@glasshouse.example", "Tom", "", "product designer"), "en-AU",
  "terse; phone; reply-above-quote; no-company-named", parent=True, parent_domain="example.org"),

R("startup-founder-casual-hk", "personal-after-interview", "personal",
  "Kelvin Lau <kelvin@tramline.example>", "Tramline – Head of Sales chat",
  """Hey Sam,

Really enjoyed our chat at the café on Tuesday, and thanks for the detailed note after.

I've been going back and forth on this. Honestly I think you'd do great, but we've decided to hire someone who's already based in HK and has sold into the local banks, because that's where 80% of our pipeline is for the next year. So we won't be moving ahead with you for the Head of Sales role.

Let's grab a coffee next time you're in town. Seriously.

K""",
  ("kelvin@tramline.example", "Kelvin", "Tramline", "Head of Sales"), "en-HK", "founder; casual; won't be moving ahead"),

R("agency-india-profile-not-shortlisted", "agency-recruiter", "personal",
  "Ritika Sharma <ritika.s@talentbridge.example>", "Status: Product Analyst opening with Saffron Commerce",
  """Dear Sam,

Greetings from TalentBridge Consulting!

This is with reference to your profile shared with our client Saffron Commerce for the Product Analyst position (Bengaluru/Remote). Client has reviewed and your profile is not shortlisted for further rounds as they are looking for candidates with more experience in D2C e-commerce.

We will keep your profile in our database and reach you for suitable openings.

Thanks & Regards,
Ritika Sharma
Senior Associate - Talent Acquisition
TalentBridge Consulting Pvt. Ltd.
Mob: +91 98450 00000""",
  ("ritika.s@talentbridge.example", "Ritika", "Saffron Commerce", "Product Analyst"), "en-IN", "agency; not-shortlisted; indian-english"),

R("forwarded-hm-note-by-recruiter", "personal-after-interview", "personal",
  "Dana Whitfield <dana.whitfield@ostrava-labs.example>", "Fwd: Sam Taylor – debrief",
  """Hi Sam,

I'm forwarding the hiring manager's note below with her permission, as I think the feedback is genuinely useful. I'm sorry to say it means we won't be offering you the Senior UX Designer position.

Dana

---------- Forwarded message ---------
From: Helen Moss <helen.moss@ostrava-labs.example>
Date: Mon, Nov 16, 2026 at 4:02 PM
Subject: Sam Taylor – debrief
To: Dana Whitfield <dana.whitfield@ostrava-labs.example>

Dana – I'm a no on Sam for this one, but it's close. Great research instincts, but the portfolio is light on systems work and that's the whole job here. Please let Sam down gently and share the points above. Would happily see them for a research role later.

H

--
Dana Whitfield | Senior Recruiter | Ostrava Labs | Vancouver""",
  ("dana.whitfield@ostrava-labs.example", "Dana", "Ostrava Labs", "Senior UX Designer"), "en-CA",
  "forwarded-by-recruiter; hm-note-inside; company-from-domain-signature", client_html=True,
  ),

R("hiring-freeze-personal", "role-cancelled", "personal",
  "Grace Wanjiru <grace.wanjiru@savanna-telecom.example>", "Growth Marketing Manager – update",
  """Dear Sam,

I hope you are keeping well.

I wanted to personally update you regarding the Growth Marketing Manager role at Savanna Telecom. Following a group-wide review, management has announced a hiring freeze until at least Q2 2027, and this position has been withdrawn. I am sorry, as you were one of two finalists.

If the role is re-opened I will reach out to you directly.

Kind regards,
Grace Wanjiru
HR Business Partner | Savanna Telecom
Tel: +254 20 000 0000""",
  ("grace.wanjiru@savanna-telecom.example", "Grace", "Savanna Telecom", "Growth Marketing Manager"), "en-KE", "hiring-freeze; role-withdrawn"),

R("internal-candidate-chosen", "personal-after-interview", "personal",
  "Pieter van Wyk <pieter@kloofdata.example>", "Re: Thank you – BI Lead interview",
  """Hi Sam,

Thanks for your lovely note, and apologies for the slow reply.

I have to be straight with you: we've decided to fill the BI Lead position internally. One of our senior analysts applied late in the process and, given her knowledge of our systems, we felt that was the right call for the team.

It was a pleasure meeting you, and I'd be glad to introduce you to a couple of people in the Cape Town data community if useful.

Regards,
Pieter van Wyk
Head of Data, Kloof Data
+27 21 000 0000

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Thursday, 5 November 2026 18:40
To: Pieter van Wyk <pieter@kloofdata.example>
Subject: Thank you – BI Lead interview

Hi Pieter,

Thank you for the conversation today. I really enjoyed hearing about the warehouse migration and I'm excited about the role.

Best,
Sam""",
  ("pieter@kloofdata.example", "Pieter", "Kloof Data", "BI Lead"), "en-ZA", "filled-internally; outlook-quote; reply-to-thank-you",
  parent=True, parent_domain="example.org"),

R("sales-vp-phone-followup", "personal-after-interview", "personal",
  "Brett Ackerman <brett.ackerman@helixcrm.example>", "Enterprise AE",
  """Sam,

Appreciate you taking my call earlier. As discussed, we're not going to move forward with you for the Enterprise AE role; we need someone with a bigger book in financial services. Putting it in writing so you have it.

Good luck out there.

Brett Ackerman
VP Sales, Helix CRM
(312) 555-0147""",
  ("brett.ackerman@helixcrm.example", "Brett", "Helix CRM", "Enterprise AE"), "en-US", "written-confirmation-after-call; short"),

R("takehome-feedback-personal", "after-assessment", "personal",
  "Olivia Chen <olivia.chen@pebblestone.example>", "Your design challenge – feedback",
  """Hi Sam,

Thank you for submitting the design challenge for the Product Designer (Mobile) role, and sorry for the wait.

The good: your research synthesis was excellent and the onboarding flow was well reasoned. The less good: the team felt the visual design didn't quite reach the level we need for this role, particularly the component consistency across screens.

Because of that we won't be progressing to the onsite. I know a challenge takes real time, so thank you.

If you'd like a 20-minute walkthrough of the reviewers' comments, I'm happy to set one up.

Olivia
Design Manager, Pebblestone
olivia.chen@pebblestone.example | +61 2 5550 1234""",
  ("olivia.chen@pebblestone.example", "Olivia", "Pebblestone", "Product Designer (Mobile)"), "en-AU", "take-home-feedback; verdict-late"),

R("recruiter-role-filled-before-interview", "role-cancelled", "personal",
  "Hannah Leroux <hannah.leroux@maplecrest.example>", "Your interview on Friday – Product Operations Manager",
  """Hi Sam,

I'm sorry to be getting in touch with this news so close to Friday. Late yesterday we accepted an offer from a candidate who was further along in the process, so the Product Operations Manager position has been filled and I'll need to cancel your interview.

I really apologize for the short notice. I have your CV and will think of you first for the next product ops opening at Maplecrest.

Best,
Hannah Leroux
Talent Acquisition Specialist
Maplecrest Insurance | Montréal
514-555-0199

(Version française ci-dessous)

Bonjour Sam, le poste de Product Operations Manager a été pourvu et je dois annuler votre entrevue de vendredi. Toutes mes excuses. Hannah""",
  ("hannah.leroux@maplecrest.example", "Hannah", "Maplecrest Insurance", "Product Operations Manager"), "en-CA",
  "position-filled; interview-cancelled; bilingual-fr-second-version"),

R("very-short-linkedin-dm-style", "terse", "personal",
  "Arjun Mehta <arjun@duskfield.example>", "re: PM role",
  """hey Sam, sorry for the delay. we decided not to proceed - went with someone more senior. all the best!

Arjun""",
  ("arjun@duskfield.example", "Arjun", "", ""), "en-IN", "terse; lowercase; no-role-company"),

R("not-progressing-after-first-round", "personal-after-interview", "personal",
  "Siobhan Kelly <siobhan.kelly@wharfside.example>", "Wharfside – Data Visualisation Designer",
  """Dear Sam,

Many thanks for your time on the call with me and Raj last week. We enjoyed learning about your work on the Calder Street audience dashboards.

We've now completed the first round and I'm afraid we won't be progressing your application to the second stage. We had a very strong field and have shortlisted candidates with more experience in public-sector data.

Thank you for your interest in Wharfside, and I wish you every success.

Kind regards,
Siobhan Kelly
Recruitment Lead
Wharfside Consulting
020 7946 0998""",
  ("siobhan.kelly@wharfside.example", "Siobhan", "Wharfside", "Data Visualisation Designer"), "en-GB", "first-round; not-progressing"),

R("agency-client-position-on-hold", "agency-recruiter", "personal",
  "Lachlan Reid <lachlan@southerncrossrec.example>", "Update re Aurora Energy",
  """G'day Sam,

Bit of a frustrating one, sorry. Aurora Energy have just told me they're pausing the Senior Business Analyst hire – budget's been pulled for this financial year. So the role's off the table for now and your application won't go any further with them.

I'll keep an ear out and if it comes back I'll put you straight back in. Meanwhile I've got a BA contract at a super fund, keen?

Lachie
Southern Cross Recruitment
0412 555 019""",
  ("lachlan@southerncrossrec.example", "Lachlan", "Aurora Energy", "Senior Business Analyst"), "en-AU",
  "agency; role-paused-for-sam; budget-pulled; pitch-at-end"),

R("long-letter-verdict-end", "personal-after-interview", "personal",
  "Nomvula Dlamini <nomvula.dlamini@umoya.example>", "Umoya – Lead Product Designer process",
  """Dear Sam,

I hope this message finds you well and that you had a good weekend.

I would like to start by thanking you for your participation in our recruitment process over the past month. You met with five members of our team, presented your portfolio to the design guild and completed the facilitation exercise. Everyone commented on how well you listened and on your thoughtful questions about our accessibility work.

As you know, Umoya is going through a period of growth, and the Lead Product Designer will be responsible for building out a team of six across Durban and Nairobi. We were looking for someone who combines hands-on craft with experience of hiring and managing designers.

We considered all finalists very carefully against these criteria. After much deliberation, the panel has selected another candidate whose management experience is more extensive, and we will therefore not be offering you the position.

With warm regards,
Nomvula Dlamini
Head of Talent, Umoya
+27 31 000 0000""",
  ("nomvula.dlamini@umoya.example", "Nomvula", "Umoya", "Lead Product Designer"), "en-ZA", "long-letter; verdict-at-end"),

R("reply-to-chaser-sorry-forgot", "terse", "personal",
  "Ben Fairley <ben.fairley@driftwood.example>", "Re: Checking in – Frontend Engineer application",
  """Hi Sam, so sorry, I thought we'd told you! The Frontend Engineer role was filled a few weeks ago. Apologies for leaving you hanging.

Ben

On Tue, 24 Nov 2026 at 10:03, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ben,
> I applied for the Frontend Engineer role at Driftwood in October and wanted to check whether there's any update.
> Thanks,
> Sam""",
  ("ben.fairley@driftwood.example", "Ben", "Driftwood", "Frontend Engineer"), "en-NZ", "reply-to-chaser; filled; gmail-quote",
  parent=True, parent_domain="example.org"),

R("kenya-panel-interview-unsuccessful", "personal-after-interview", "personal",
  "James Otieno <j.otieno@jengabank.example>", "RE: INTERVIEW FOR THE POSITION OF DATA ANALYST - CUSTOMER INSIGHTS",
  """Dear Sam,

Reference is made to the interview you attended on 9th November 2026 for the position of Data Analyst - Customer Insights.

We thank you for your interest in joining Jenga Bank. We regret to inform you that you were not successful. We shall retain your details and may contact you should a suitable vacancy arise in future.

We wish you all the best in your career.

Yours faithfully,
James Otieno
For: Head of Human Resources
Jenga Bank Limited""",
  ("j.otieno@jengabank.example", "James", "Jenga Bank", "Data Analyst - Customer Insights"), "en-KE", "formal; kenyan-style; not-successful"),

R("hk-recruiter-whatsapp-style-email", "agency-recruiter", "personal",
  "Cheryl Ho <cheryl.ho@peakhunt.example>", "Re: Stratos Capital - Product Owner",
  """Hi Sam,

Got feedback from Stratos Capital this morning. Hiring manager liked your background but they decided to move forward with another candidate who has more wealth management domain experience. So no further interview for the Product Owner role unfortunately.

Will keep u posted on other mandates. Thanks for ur time!

Best regards,
Cheryl Ho
Associate Director | PeakHunt Executive Search
Hong Kong | +852 5555 0123

This email and any attachments are confidential. 本電郵及其附件屬機密資料。""",
  ("cheryl.ho@peakhunt.example", "Cheryl", "Stratos Capital", "Product Owner"), "en-HK", "agency; informal-abbreviations; chinese-disclaimer",
  parent=True, parent_domain="example.org"),

R("vp-sales-regret-after-presentation", "after-assessment", "personal",
  "Melissa Grant <mgrant@corvidsoftware.example>", "Sales Engineer – after your presentation",
  """Hi Sam,

Thanks for presenting the mock demo to the team on Wednesday. Really solid discovery questions.

After discussing as a group, we've decided that you're not the right fit for the Sales Engineer role at this point, mainly because we need deeper hands-on experience with API integrations. I know that's disappointing after the effort you put into the demo.

Best of luck with your search, and please do stay in touch.

Melissa Grant
Director, Solutions Engineering
Corvid Software | Austin, TX
(512) 555-0172""",
  ("mgrant@corvidsoftware.example", "Melissa", "Corvid Software", "Sales Engineer"), "en-US", "after-presentation; not-right-fit"),
R("scaleup-keep-cv-on-file-resent", "keep-on-file", "personal",
  "Priya Nair <priya.nair@loomwell.example>", "Re-sending: Loomwell – Sales Operations Analyst",
  """Hi Sam,

Re-sending this as I'm not sure my email on Monday reached you (our mail server had a wobble).

---

Hi Sam,

Thank you for interviewing with us for the Sales Operations Analyst role. It was great to hear about your forecasting work.

On this occasion we have decided to pursue other candidates, but we were impressed and would love to keep your CV on file for future roles, if that's OK with you? Just let me know if you'd prefer we didn't.

All the best,
Priya

Priya Nair
Talent Acquisition, Loomwell
07700 900 812""",
  ("priya.nair@loomwell.example", "Priya", "Loomwell", "Sales Operations Analyst"), "en-GB",
  "re-sent; keep-cv-on-file; consent-question"),
]
