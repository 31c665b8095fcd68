"""Rejections (label `rejection`) for blind set en24: 20 ATS-style, 20 personal."""
from content_common import ats, personal

R = dict(label="rejection")

MESSAGES = [
    # ------------------------------------------------------------------ ATS (20)
    ats(**R, slug="brightloop-greenhouse-csm", cat="ats-automated", vendor="greenhouse", country="US",
        brand="Brightloop", frm="Brightloop Recruiting <no-reply@us.greenhouse-mail.io>",
        subject="Your application to Brightloop", exp=("", "", "Brightloop", "Customer Success Manager, Mid-Market"),
        preheader="An update on your application",
        notes="ordinary; verdict first paragraph; no reply_to",
        text="""Hi Sam,

Thank you for your interest in Brightloop and for taking the time to apply for the Customer Success Manager, Mid-Market role.

After careful review, we have decided to move forward with other candidates whose experience more closely aligns with the needs of this position.

We know this isn't the news you were hoping for. We'll keep your information on file and encourage you to apply again for roles that match your background on our [[careers page]].

Best of luck in your search,
The Brightloop Talent Team"""),

    ats(**R, slug="staidans-workday-patient-services", cat="ats-automated", vendor="workday", country="IE",
        brand="St Aidan's University Hospital", frm="St Aidan's University Hospital <staidans@myworkday.com>",
        subject="Patient Services Administrator (Grade IV) – REQ-24817", exp=("recruitment@staidans-hospital.example", "", "St Aidan's University Hospital", "Patient Services Administrator (Grade IV)"),
        notes="mixed-language Irish footer; not successful on this occasion; retention question; reply_to from body",
        footer_post=["Ospidéal Ollscoile Naomh Aodháin. Is féidir leat scríobh chugainn i nGaeilge nó i mBéarla.",
                     "St Aidan's University Hospital, Dooradoyle Road, Limerick V94 XXXX."],
        table=[("Requisition", "REQ-24817"), ("Position", "Patient Services Administrator (Grade IV)"), ("Location", "Limerick")],
        text="""Dear Sam Taylor,

{table}

Thank you for applying for the above post. We received a very high number of applications for this competition and the shortlisting panel has now completed its assessment.

We regret to advise that your application has not been successful on this occasion.

Under our Data Protection Policy we retain candidate records for 12 months following a competition. If you would like us to retain your details beyond that period so that we may contact you about similar vacancies, please reply to recruitment@staidans-hospital.example with the word RETAIN.

We wish you every success in the future.

HR Department – Recruitment & Selection"""),

    ats(**R, slug="gulfwing-sf-hrbp-not-selected", cat="status-portal", vendor="successfactors", country="AE",
        brand="Gulfwing Airways", frm="Gulfwing Airways Careers <careers-noreply@successfactors.eu>",
        subject="Application status update – HR Business Partner (Operations)", exp=("", "", "Gulfwing Airways", "HR Business Partner (Operations)"),
        notes="status table only; Arabic footer line; verdict only in a table cell", html_only=True, cte="base64",
        footer_post=["طيران جلفوينغ – هذه رسالة آلية، يرجى عدم الرد عليها."],
        table=[("Job title", "HR Business Partner (Operations)"), ("Job ID", "71935"), ("Location", "Dubai, United Arab Emirates"), ("Status", "Not selected")],
        text="""## Your application status has changed

Dear Sam,

The status of your application with Gulfwing Airways has been updated. Please see the details below.

{table}

You can view all your applications and update your candidate profile at any time in the [[Gulfwing Careers portal]].

Thank you for your interest in flying with us.

Gulfwing Airways Talent Acquisition"""),

    ats(**R, slug="harrowfinch-icims-filled", cat="ats-automated", vendor="icims", country="US",
        brand="Harrow & Finch", frm="Harrow & Finch Careers <donotreply@talent.icims.com>",
        subject="Regional Sales Manager - Midwest (Req #2026-4471)", exp=("", "", "Harrow & Finch", "Regional Sales Manager - Midwest"),
        notes="position has been filled; long EEO footer; HTML-only", html_only=True,
        text="""{img:Harrow & Finch – Since 1954}

Dear Sam,

We appreciate your interest in Harrow & Finch and the Regional Sales Manager - Midwest position.

We wanted to let you know that the position has been filled. Please continue to visit [[careers.harrowfinch.example]] for other opportunities that fit your skills and interests.

Sincerely,
Harrow & Finch Talent Acquisition

About Harrow & Finch: with more than 380 stores in 22 states, Harrow & Finch is one of America's best-loved home and lifestyle retailers. Named a Forbes Best Large Employer 2025."""),

    ats(**R, slug="portage-lever-bilingual", cat="ats-automated", vendor="lever", country="CA",
        brand="Portage Freight", frm="Portage Freight <no-reply@hire.lever.co>", reply_to="talent@portagefreight.example",
        subject="Supply Chain Analyst at Portage Freight / Analyste, chaîne d'approvisionnement",
        exp=("talent@portagefreight.example", "Geneviève", "Portage Freight", "Supply Chain Analyst"),
        notes="bilingual EN/FR Canada, French version second; won't be taking further; Reply-To set",
        text="""(Le français suit l'anglais)

Hi Sam,

Thanks so much for applying to the Supply Chain Analyst role at Portage Freight and for the time you spent on the phone with our team.

We've reviewed your application carefully and we won't be taking it further at this time. We had a lot of strong applicants and had to make some tough calls.

We hope you'll keep an eye on our openings – we're growing fast across Ontario and Québec.

Geneviève Lachance
Talent Partner, Portage Freight

---

Bonjour Sam,

Merci d'avoir postulé au poste d'analyste, chaîne d'approvisionnement chez Portage Freight. Après examen attentif, nous ne donnerons pas suite à votre candidature pour le moment.

Geneviève Lachance
Partenaire talents, Portage Freight"""),

    ats(**R, slug="northvale-taleo-req-closed", day="2026-10-22", cat="role-cancelled", vendor="taleo", country="UK",
        brand="Northvale Borough Council", frm="Northvale Borough Council <northvale@taleo.net>",
        subject="Vacancy NBC/HR/0912 – HR Advisor (Employee Relations) – closed",
        exp=("", "", "Northvale Borough Council", "HR Advisor (Employee Relations)"),
        notes="requisition closed/withdrawn after service review; council boilerplate; verdict mid-letter",
        text="""Dear Sam Taylor

Vacancy reference: NBC/HR/0912
Post: HR Advisor (Employee Relations), People Services

Thank you for your recent application for the above post.

Following a review of the structure of People Services agreed by the Council's Employment Committee on 14 October, we have closed this requisition and the post will not be filled at this time. All applications received have therefore been withdrawn from the process and will not be considered further.

We apologise for any inconvenience caused and thank you for the interest you have shown in working for Northvale.

Current vacancies are published every Friday on our [[jobs page]].

People Services Recruitment Team
Northvale Borough Council

Northvale Borough Council is a Disability Confident Leader and a Living Wage employer. We are committed to safeguarding and promoting the welfare of children and vulnerable adults."""),

    ats(**R, slug="eastbridge-smartrecruiters-match", cat="ats-automated", vendor="smartrecruiters", country="AU",
        brand="University of Eastbridge", frm="University of Eastbridge <noreply@smartrecruiters.com>",
        subject="Student Recruitment Officer (Domestic) – application update",
        exp=("", "", "University of Eastbridge", "Student Recruitment Officer (Domestic)"),
        notes="profile doesn't match closely enough; acknowledgement of country paragraph",
        text="""Dear Sam,

Thank you for applying for the Student Recruitment Officer (Domestic) position at the University of Eastbridge.

We have now assessed all applications against the selection criteria. While your experience is impressive, your profile doesn't match the requirements of this role closely enough for us to progress your application to interview.

We encourage you to set up a job alert so you hear about future roles at the University.

Kind regards,
Talent Acquisition | People & Culture
University of Eastbridge

The University of Eastbridge acknowledges the Traditional Custodians of the lands on which our campuses stand and pays respect to Elders past and present."""),

    ats(**R, slug="kowhai-workable-progressing", cat="ats-automated", vendor="workable", country="NZ",
        brand="Kōwhai Children's Trust", frm="Kōwhai Children's Trust <noreply@candidates.workablemail.com>",
        subject="Re: Supporter Care Lead", exp=("", "Mereana", "Kōwhai Children's Trust", "Supporter Care Lead"),
        notes="not progressing your application; te reo greeting/sign-off; signed by a person, no address",
        text="""Kia ora Sam,

Thank you for your application for the Supporter Care Lead role with Kōwhai Children's Trust.

We received over 140 applications for this role and have now completed our shortlisting. Unfortunately we will not be progressing your application further.

We really appreciate the time you put into your application and your interest in our mahi supporting tamariki and whānau across Aotearoa.

Ngā mihi nui,
Mereana Walker
People & Culture Advisor
Kōwhai Children's Trust | Registered charity CC21049"""),

    ats(**R, slug="fernleaf-teamtailor-video", cat="after-assessment", vendor="teamtailor", country="UK",
        brand="Fernleaf Health", frm="Fernleaf Health <notifications@teamtailor-mail.com>", reply_to="Ollie Brandt <ollie.brandt@fernleafhealth.example>",
        subject="Your application for Customer Onboarding Specialist", exp=("ollie.brandt@fernleafhealth.example", "Ollie", "Fernleaf Health", "Customer Onboarding Specialist"),
        notes="after recorded video interview; casual start-up tone; verdict at the end",
        text="""Hey Sam 👋

Thanks for recording your video interview for the Customer Onboarding Specialist role – we loved hearing about how you rebuilt the onboarding emails at Calder Street Media, and the whole hiring team watched every answer.

We've been overwhelmed by the response to this role (over 300 people applied!) and that's made the decisions really hard. We've spent the past week going back and forth, and in the end we've decided to go ahead with candidates who have more hands-on experience onboarding clinical teams, so we won't be moving you on to the next stage this time.

Ollie
Talent @ Fernleaf"""),

    ats(**R, slug="maplecrest-indeed-relay", cat="job-board-relay", vendor="indeed", country="CA",
        brand="Indeed", frm="Indeed <noreply@indeed.com>",
        subject="An update on your application to Maple Crest Senior Living",
        exp=("", "", "Maple Crest Senior Living", "Medical Office Administrator"),
        notes="intermediary: job board relays the employer's decision; bulk headers",
        text="""## Application update

Medical Office Administrator
Maple Crest Senior Living – Mississauga, ON

Hi Sam,

Thank you for your interest in the Medical Office Administrator position at Maple Crest Senior Living in Mississauga, ON. Unfortunately, Maple Crest Senior Living has decided not to move forward with your application at this time.

Don't give up! There are more jobs like this one on Indeed.

{button:Find similar jobs}

- Medical Receptionist – Trillium Family Health – Brampton, ON
- Unit Clerk – Lakeshore Regional Health – Toronto, ON
- Patient Coordinator – Bloor Dental Group – Toronto, ON"""),

    ats(**R, slug="quayside-linkedin-relay", cat="job-board-relay", vendor="linkedin", country="HK",
        brand="LinkedIn", frm="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application to Account Executive at Quayside Logistics",
        exp=("", "", "Quayside Logistics", "Account Executive"),
        notes="intermediary: LinkedIn relays employer's rejection; many links",
        text="""Your update from Quayside Logistics

{img:Quayside Logistics logo}

Account Executive
Quayside Logistics · Kwun Tong, Hong Kong SAR (On-site)

Thank you for your interest in the Account Executive position at Quayside Logistics in Kwun Tong. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Quayside Logistics.

Regards,
Quayside Logistics

[[View similar jobs]]

Top job picks for you
- [[Business Development Manager – Harbourline Pay]]
- [[Key Account Manager – Lantau Cold Chain]]
- [[Sales Executive (Freight) – Kowloon Forwarding Ltd]]"""),

    ats(**R, slug="tarang-naukri-not-shortlisted", day="2026-10-26", cat="job-board-relay", vendor="naukri", country="IN",
        brand="Naukri.com", frm="Naukri Recruiter Updates <info@naukri.com>",
        subject="Application status: Not Shortlisted - Inside Sales Manager - Tarang Retail Pvt Ltd",
        exp=("", "", "Tarang Retail Pvt Ltd", "Inside Sales Manager"),
        notes="intermediary: Indian job board status; verdict only in subject and one status line",
        text="""Dear Sam Taylor,

There is an update on your application.

Job: Inside Sales Manager
Company: Tarang Retail Pvt Ltd
Location: Bengaluru
Applied on: 02 Oct 2026
Status: Not Shortlisted

The recruiter has reviewed your profile for this job. You can keep applying to jobs that match your profile.

[[View 38 similar jobs]]

Tip: Profiles with a resume headline get 3x more recruiter views. [[Update now]]

Regards,
Team Naukri.com"""),

    ats(**R, slug="okwu-jobberman-unsuccessful", cat="job-board-relay", vendor="jobberman", country="NG",
        brand="Jobberman", frm="Jobberman Nigeria <no-reply@jobberman.com>",
        subject="Update on your application: Healthcare Administration Officer",
        exp=("", "", "Okwu Specialist Hospital", "Healthcare Administration Officer"),
        notes="intermediary: employer has indicated unsuccessful; job-board upsell",
        text="""Hello Sam,

We have an update on a job you applied for on Jobberman.

Healthcare Administration Officer
Okwu Specialist Hospital · Lagos (Ikeja)

The employer has reviewed applications for this role and has indicated that your application was unsuccessful.

This is not the end of the road – employers on Jobberman are hiring every day. Candidates who complete their CV profile and take a free Soft Skills Training are 2x more likely to be shortlisted.

{button:Complete my profile}

The Jobberman Team"""),

    ats(**R, slug="banksia-seek-unsuccessful", cat="job-board-relay", vendor="seek", country="AU",
        brand="SEEK", frm="SEEK <noreply@s.seek.com.au>",
        subject="Banksia Freight has updated your application status",
        exp=("", "", "Banksia Freight", "Supply Chain Coordinator"),
        notes="intermediary: SEEK status relay, verdict as status word",
        text="""Hi Sam,

Banksia Freight has updated the status of your application.

Supply Chain Coordinator
Banksia Freight
Port Botany, Sydney NSW

Application status: Unsuccessful

Applied 23 days ago via SEEK. Employers update statuses to keep you in the loop; not every employer does this, so thanks Banksia Freight!

[[View your applied jobs]]

Jobs you might be interested in
- [[Logistics Coordinator – Wattle Transport]]
- [[Inventory Planner – Gumleaf Retail Group]]"""),

    ats(**R, slug="tallgrass-bamboohr-filled", cat="terse", vendor="bamboohr", country="US",
        brand="Tallgrass Learning", frm="Tallgrass Learning <notifications@app.bamboohr.com>",
        subject="Customer Success Associate", exp=("", "", "Tallgrass Learning", "Customer Success Associate"),
        notes="very short ATS; filled",
        text="""Hi Sam,

Thank you for applying for the Customer Success Associate position at Tallgrass Learning. We wanted to let you know that we've filled the position.

We wish you the best.

Tallgrass Learning Hiring Team"""),

    ats(**R, slug="harbourline-recruitee-long", cat="ats-automated", vendor="recruitee", country="HK",
        brand="Harbourline Pay", frm="Harbourline Pay <no-reply@recruitee.com>",
        subject="Sales Development Representative (Cantonese/English) – Harbourline Pay",
        exp=("", "", "Harbourline Pay", "Sales Development Representative (Cantonese/English)"),
        notes="long boilerplate, verdict in the middle; Traditional Chinese footer (mixed language)",
        footer_post=["Harbourline Pay Limited 港灣支付有限公司 · 香港中環皇后大道中 88 號 · 此電郵由系統自動發出，請勿回覆。"],
        text="""Dear Sam,

Thank you for applying for the Sales Development Representative (Cantonese/English) position at Harbourline Pay and for your interest in joining us.

At Harbourline, we're building the payments infrastructure that helps more than 40,000 merchants across Hong Kong, Macau and Southeast Asia get paid faster. Since our founding in 2019 we have grown to a team of 260 people from 24 nationalities, and in 2026 we were named one of Asia's fastest-growing fintech companies.

Every application we receive is read by a member of our Talent team. We carefully reviewed your background against the requirements of this role, and we regret to let you know that we have decided not to proceed with your application. This decision was not an easy one given the strength of the applicant pool.

As part of our commitment to a fair and transparent process, we do not use automated tools to screen out candidates, and all decisions are made by people. Your personal data will be handled in accordance with the Personal Data (Privacy) Ordinance (Cap. 486) and deleted after 24 months unless you ask us to delete it earlier.

Follow us on [[LinkedIn]] to hear about new openings, product news and life at Harbourline.

Warm regards,
Talent Acquisition Team
Harbourline Pay"""),

    ats(**R, slug="claddagh-personio-proceed", cat="ats-automated", vendor="personio", country="IE",
        brand="Claddagh Supply Co.", frm="Claddagh Supply Co. <jobs@claddagh-supply.jobs.personio.de>", reply_to="Aoife Brennan <aoife.brennan@claddaghsupply.example>",
        subject="Your application as HR Generalist", exp=("aoife.brennan@claddaghsupply.example", "Aoife", "Claddagh Supply Co.", "HR Generalist"),
        notes="proceed with candidates whose experience more closely matches; asks to keep data (consent link)",
        text="""Dear Sam,

Many thanks for your application as HR Generalist and for the interest you've shown in Claddagh Supply Co.

We have now reviewed all applications and have decided to proceed with candidates whose experience more closely matches the requirements of the role. We are sorry not to have better news for you.

We would like to keep your application in our talent pool for 12 months so we can contact you if a suitable position comes up. If you agree, please confirm here: [[Yes, keep my details]]. If we don't hear from you, your data will be deleted in 6 months in line with the GDPR.

Kind regards,
Aoife Brennan
People Team, Claddagh Supply Co."""),

    ats(**R, slug="lakeshore-workday-cancelled", cat="role-cancelled", vendor="workday", country="CA",
        brand="Lakeshore Regional Health", frm="Lakeshore Regional Health <lakeshore@myworkday.com>",
        subject="Job Posting Cancelled: Patient Access Coordinator (R0039912)", exp=("", "", "Lakeshore Regional Health", "Patient Access Coordinator"),
        notes="posting cancelled; Workday; hospital", plain="odd",
        text="""Dear Sam,

Thank you for your interest in the Patient Access Coordinator (R0039912) position at Lakeshore Regional Health.

We are writing to inform you that this job posting has been cancelled and the position will not be filled at this time. As a result, your application will no longer be considered for this posting.

We encourage you to review our other career opportunities and apply for any positions that match your skills and experience.

Sincerely,
Talent Acquisition, Lakeshore Regional Health

Lakeshore Regional Health is committed to an inclusive and barrier-free recruitment process. Accommodations are available upon request for candidates taking part in all aspects of the selection process."""),

    ats(**R, slug="bluecrest-icims-resent-assessment", cat="after-assessment", vendor="icims", country="US",
        brand="Bluecrest Air", frm="Bluecrest Air Careers <careers@talent.icims.com>",
        subject="[Re-sent] Bluecrest Air – Talent Acquisition Partner – Next Steps", exp=("", "", "Bluecrest Air", "Talent Acquisition Partner"),
        notes="re-sent mail; subject says Next Steps; after assessment; not selected to move forward",
        text="""This message is being re-sent because the previous version contained a broken link. We apologize for any confusion.

Dear Sam,

Thank you for completing the online assessment for the Talent Acquisition Partner role at Bluecrest Air.

We have carefully reviewed your results along with your application materials. At this time, you have not been selected to move forward in the selection process for this position.

We encourage you to visit our [[Careers site]] and apply for future opportunities. Your candidate profile will remain active.

Sincerely,
Bluecrest Air People Team"""),

    ats(**R, slug="dune-greenhouse-on-hold", cat="role-cancelled", vendor="greenhouse", country="AE",
        brand="Dune Mobility", frm="Dune Mobility <no-reply@greenhouse-mail.io>", reply_to="careers@dunemobility.example",
        subject="Update on the Customer Success Lead role", exp=("careers@dunemobility.example", "", "Dune Mobility", "Customer Success Lead"),
        notes="role on hold, applications closed; Reply-To team address",
        text="""Hi Sam,

Thank you for applying for the Customer Success Lead role at Dune Mobility in Dubai.

We wanted to be transparent with you: following a change in our 2027 plans, we have put hiring for this role on hold and are closing all open applications. This means we won't be able to continue with your application.

If the role reopens, we will post it again on our careers page and you are very welcome to re-apply. If you have any questions, just reply to this email.

Thank you again for your time,
Dune Mobility People Team"""),

    # ------------------------------------------------------------------ personal (20)
    personal(**R, slug="marlowpierce-agency-client-other", day="2026-11-13", cat="agency-relay", country="UK",
             frm="Hannah Okafor <hannah.okafor@marlowpierce.example>",
             subject="RE: Penhallow Foods - Supply Chain Planner", parent=True,
             exp=("hannah.okafor@marlowpierce.example", "Hannah", "Penhallow Foods", "Supply Chain Planner"),
             notes="intermediary: agency relays client's decision; reply above quoted thread",
             text="""Hi Sam,

Thanks for your patience on this one. I've just had a call with Penhallow Foods and unfortunately they've decided to go with another candidate for the Supply Chain Planner role. They said they'd enjoyed meeting you and liked your analytical side, but the other person has a lot of SAP APO experience which tipped it.

I know it's disappointing after two rounds. I've got a couple of other planning roles coming in next week so I'll give you a ring.

Kind regards,
Hannah

Hannah Okafor | Senior Consultant – Supply Chain & Procurement
Marlow Pierce Recruitment | 0161 555 0142 | 07700 900412

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 12 November 2026 09:14
To: Hannah Okafor <hannah.okafor@marlowpierce.example>
Subject: RE: Penhallow Foods - Supply Chain Planner

Hi Hannah, just checking whether there's been any word from Penhallow after last Thursday's interview? Thanks, Sam"""),

    personal(**R, slug="talentbridge-india-client-not-shortlisted", cat="agency-relay", country="IN",
             frm="Priya Raman <priya.r@talentbridge-consult.example>",
             subject="Update - HR Executive profile - Sundaram Motors",
             exp=("priya.r@talentbridge-consult.example", "Priya", "Sundaram Motors", "HR Executive"),
             notes="intermediary: Indian agency; client not shortlisted; Indian English",
             text="""Dear Sam,

Greetings from TalentBridge Consultants!

This is with reference to your profile shared for the position of HR Executive with our client Sundaram Motors, Chennai.

We have received feedback from the client and regret to inform you that your profile has not been shortlisted for the further rounds. Client is looking for candidate with more exposure in plant HR and statutory compliance.

We will surely get back to you with other suitable openings. Kindly do share your updated CV if any changes.

Thanks & Regards,
Priya Raman
Sr. Recruiter | TalentBridge Consultants Pvt. Ltd.
+91 98400 55512"""),

    personal(**R, slug="kestrel-recruiter-panel-note", cat="relayed-feedback", country="UK",
             frm="Gemma Hurst <gemma.hurst@kestrel-hospitals.example>",
             subject="Rota Coordinator interview - feedback",
             exp=("gemma.hurst@kestrel-hospitals.example", "Gemma", "Kestrel University Hospitals", "Rota Coordinator"),
             notes="intermediary: recruiter passes on panel's third-person note; verdict in quote of panel",
             text="""Dear Sam,

Thank you for attending interview for the Rota Coordinator post last Tuesday. I've now had the panel's notes back from Dr Marsh and wanted to share them with you, as you asked for feedback.

The panel wrote: "Sam interviewed well and gave a strong answer on stakeholder management. However, the panel felt another candidate had more direct experience of e-rostering systems in an acute setting, and we have offered the post to them."

I'm sorry it isn't better news this time. Please do keep an eye on NHS Jobs for other Kestrel vacancies – I'd be happy to look at your application again.

Best wishes,
Gemma

Gemma Hurst
Recruitment Officer, Workforce Directorate
Kestrel University Hospitals NHS Foundation Trust
Tel: 0114 496 0381"""),

    personal(**R, slug="fathom-referral-internal", day="2026-11-10", cat="referral-relay", country="US",
             frm="Ellis Navarro <ellis.navarro@fathomretail.example>",
             subject="Re: the CS manager role", parent=True,
             exp=("ellis.navarro@fathomretail.example", "Ellis", "Fathom Retail", "Customer Success Manager"),
             notes="intermediary: referral contact relays the news; internal candidate; casual; Gmail quote",
             text="""Hey Sam,

So I finally caught Dana in the hallway. Bad news I'm afraid – they ended up giving the Customer Success Manager job to someone internal (one of the team leads on the support side). She said your interview was really solid and it wasn't anything you did, they just had a strong internal person who already knows our merchants.

Sorry, I really thought this one was going to happen. Drinks on me next week?

E

On Mon, Nov 9, 2026 at 8:02 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ellis, any idea if Fathom Retail has decided on the CS manager job yet?
> No pressure, just curious since it's been 2 weeks. Thanks again for the
> referral!
> Sam"""),

    personal(**R, slug="kora-forwarded-hm-note", day="2026-11-20", cat="relayed-feedback", country="NG",
             frm="Jessica Adeyemi <jessica.adeyemi@koratelecoms.example>",
             subject="Fwd: Sales Operations Manager - Sam Taylor",
             exp=("jessica.adeyemi@koratelecoms.example", "Jessica", "Kora Telecoms", "Sales Operations Manager"),
             notes="intermediary: recruiter forwards hiring manager's note about Sam; forwarded block",
             text="""Hi Sam,

I'm forwarding Marco's note below as I promised to be transparent with you. I'm really sorry – I know you'd been looking forward to this one. Happy to jump on a call if you want to talk it through.

Jessica
Talent Acquisition Lead, Kora Telecoms | +234 803 555 0177

---------- Forwarded message ---------
From: Marco Obi <marco.obi@koratelecoms.example>
Date: Thu, 19 Nov 2026 at 16:40
Subject: Sales Operations Manager - Sam Taylor
To: Jessica Adeyemi <jessica.adeyemi@koratelecoms.example>

Hi Jess,

Thanks for setting up the final round. We've discussed Sam as a panel and we're not going to move forward. Sam has good analytics but we need someone who has run a sales ops function for a field team of 200+, and we don't think Sam is there yet. Please let Sam know and thank them for their time.

Marco"""),

    personal(**R, slug="harbourvine-agency-client-paused", cat="role-cancelled", country="AU",
             frm="Liam Kowalski <liam@harbourandvine.example>",
             subject="Southgate Airports - CX Manager update",
             exp=("liam@harbourandvine.example", "Liam", "Southgate Airports", "Customer Experience Manager"),
             notes="intermediary: agency relays client pausing the role; role-cancelled",
             text="""Hi Sam,

Quick update on the Customer Experience Manager role at Southgate Airports. I've just heard from their Head of Terminal Ops that the role has been put on hold – they've got a restructure coming after the new CEO starts and they've paused all senior hires until at least March. So the process has stopped for all candidates, including you, unfortunately.

Genuinely gutted as I think you were their front-runner. If it comes back I'll be straight on the phone to you.

Cheers,
Liam Kowalski
Principal Consultant | Harbour & Vine Talent
0412 555 019"""),

    personal(**R, slug="greyfriars-terse-area-sales", cat="terse", country="UK",
             frm="Tom Ashworth <tom.ashworth@greyfriarscoffee.example>",
             subject="Area Sales Manager",
             exp=("tom.ashworth@greyfriarscoffee.example", "Tom", "Greyfriars Coffee Co", "Area Sales Manager"),
             notes="very short; gone with someone else",
             text="""Hi Sam,

Thanks for coming in on Friday. We've gone with someone else for the Area Sales Manager job but it was good to meet you.

All the best,
Tom

Tom Ashworth
Head of Retail Sales, Greyfriars Coffee Co"""),

    personal(**R, slug="riverbend-long-letter-feedback", charset="windows-1252", cat="personal-after-interview", country="CA",
             frm="Dr. Naomi Fraser <nfraser@riverbendcollege.example>",
             subject="Admissions Advisor – thank you and feedback",
             exp=("nfraser@riverbendcollege.example", "Naomi", "Riverbend College", "Admissions Advisor"),
             notes="long letter, verdict in the middle; praise and detailed feedback; client HTML", client_html=True,
             text="""Dear Sam,

I hope this finds you well, and thank you again for making the trip to our Kelowna campus last week. It was a genuine pleasure to meet you, and the whole panel commented on how well prepared you were – your presentation on yield tracking for international applicants was one of the best we saw.

I wanted to write to you personally rather than have you receive a form letter. After a great deal of discussion, the panel has decided to offer the Admissions Advisor position to another candidate, who has several years' experience advising students within the BC post-secondary system. This was a very close decision.

You asked for feedback, so here it is in brief:

- Your data skills and CRM knowledge were far ahead of the other finalists.
- The panel would have liked more examples of one-to-one advising with students and families.
- Your answer on the Indigenous student pathways question was thoughtful; a little more knowledge of our transfer agreements would have helped.

We will be recruiting for a Recruitment and Marketing Coordinator in the spring, and I would be very happy to see your name in that pool.

With warm regards and best wishes,

Naomi Fraser, PhD
Director, Student Services
Riverbend College | 250-555-0119"""),

    personal(**R, slug="pinnacle-reply-above-chaser", day="2026-11-19", cat="personal-after-interview", country="NZ",
             frm="Rachel Tipene <rachel.tipene@pinnaclecoldchain.example>",
             subject="RE: Logistics Coordinator - following up", parent=True,
             exp=("rachel.tipene@pinnaclecoldchain.example", "Rachel", "Pinnacle Cold Chain", "Logistics Coordinator"),
             notes="reply above Sam's chaser; filled; Outlook quote",
             text="""Hi Sam,

Apologies for the radio silence – it's been a crazy few weeks with peak season. I should have let you know sooner that the Logistics Coordinator role has now been filled. Thank you for your time and interest in Pinnacle Cold Chain, and all the best with your search.

Rachel Tipene
HR Manager | Pinnacle Cold Chain
027 555 3190

From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, 16 November 2026 10:02 a.m.
To: Rachel Tipene <rachel.tipene@pinnaclecoldchain.example>
Subject: Logistics Coordinator - following up

Kia ora Rachel,

I hope you're well. I interviewed for the Logistics Coordinator role on 28 October and wanted to check in on the timeline. I'm still very interested in the position.

Ngā mihi,
Sam Taylor"""),

    personal(**R, slug="sahyadri-formal-regret", day="2026-11-02", cat="personal-after-interview", country="IN",
             frm="HR Department - Sahyadri Care Hospitals <hr.recruit@sahyadricare.example>",
             subject="Regarding your candidature for the post of Medical Records Supervisor",
             exp=("hr.recruit@sahyadricare.example", "Anil", "Sahyadri Care Hospitals", "Medical Records Supervisor"),
             notes="formal Indian hospital letter; regret; signed by HR manager",
             text="""Dear Mr./Ms. Sam Taylor,

With reference to your application and subsequent interview held on 21st October 2026 for the post of Medical Records Supervisor at Sahyadri Care Hospitals, Pune, we thank you for your interest in our organisation.

We regret to inform you that you have not been selected for the said post. Your particulars will be kept in our data bank and we shall contact you in case of any suitable vacancy in future.

We wish you all the best in your career.

Yours sincerely,

Anil Deshpande
Manager - Human Resources
Sahyadri Care Hospitals, Pune
Ph: 020-5555 3300 Ext. 214"""),

    personal(**R, slug="falak-startup-on-hold", cat="role-cancelled", country="AE",
             frm="Yousef Haddad <yousef@falak.example>",
             subject="Sales Manager (GCC) – quick update",
             exp=("yousef@falak.example", "Yousef", "Falak", "Sales Manager (GCC)"),
             notes="founder; role on hold until Q2, won't be moving forward now",
             text="""Hi Sam,

Hope you're well. I wanted to give you a straight answer rather than leave you hanging. We've decided to put the Sales Manager (GCC) hire on hold until Q2 at the earliest – our seed extension is taking longer than planned and I can't responsibly add senior headcount right now. So we won't be moving forward with the role, or with any of the candidates, for now.

I really enjoyed our conversations and I'm sorry the timing didn't work. If things change I'll reach out first.

Best,
Yousef
Co-founder & CEO, Falak
+971 50 555 2231"""),

    personal(**R, slug="jadegate-bilingual-letter", cat="personal-after-interview", country="HK",
             frm="Jade Gate Department Stores HR <hr@jadegate.example>",
             subject="Application for Customer Service Supervisor 申請顧客服務主任一職",
             exp=("hr@jadegate.example", "Karen", "Jade Gate Department Stores", "Customer Service Supervisor"),
             notes="mixed language: English letter then Traditional Chinese version", client_html=True,
             text="""Dear Sam,

Thank you for your interest in the position of Customer Service Supervisor at Jade Gate Department Stores and for attending the interview at our Causeway Bay office.

We regret to inform you that your application has not been successful. We will retain your application in our files for six months for future vacancies, after which it will be destroyed in accordance with the Personal Data (Privacy) Ordinance.

Yours sincerely,
Karen Lau
Human Resources Department
Jade Gate Department Stores Limited

親愛的 Sam：

多謝閣下應徵本公司顧客服務主任一職，並出席本公司於銅鑼灣辦事處進行的面試。

我們很遺憾通知閣下，是次申請未能成功。閣下的資料將保留六個月，以供日後職位空缺時考慮。

人力資源部
翡翠門百貨有限公司"""),

    personal(**R, slug="tern-founder-close-call", day="2026-11-23", cat="personal-after-interview", country="US",
             frm="Maya Lindqvist <maya@ternanalytics.example>",
             subject="Re: Founding Account Executive", parent=True,
             exp=("maya@ternanalytics.example", "Maya", "Tern Analytics", "Founding Account Executive"),
             notes="founder casual; close call; offers intros; verdict in the middle",
             text="""Hey Sam,

Really enjoyed Thursday – you asked the sharpest questions about our ICP of anyone we talked to, and Raj is still quoting your line about "selling the second meeting".

Honestly it was close, but we're going with someone who has closed six-figure SaaS deals before – for a founding AE that ended up being the thing we couldn't compromise on. I hate sending these.

If it's useful I'm happy to intro you to a couple of founders in our batch who are hiring for CS and AM roles – just say the word.

Maya
CEO, Tern Analytics

On Fri, Nov 20, 2026 at 9:11 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Maya and Raj, thanks so much for the time yesterday. I really enjoyed
> the case exercise and I'm even more excited about Tern after our chat.
> Best, Sam"""),

    personal(**R, slug="lantern-charity-ordinary", day="2026-11-13", cat="personal-after-interview", country="UK",
             frm="Deborah Price <deborah.price@lanternhomes.example>",
             subject="HR Officer interview outcome",
             exp=("deborah.price@lanternhomes.example", "Deborah", "Lantern Homes Trust", "HR Officer"),
             notes="ordinary UK charity wording; not successful on this occasion; feedback offer",
             text="""Dear Sam,

Thank you for attending interview for the role of HR Officer at Lantern Homes Trust on Wednesday.

I'm sorry to let you know that on this occasion you have not been successful. We had a very strong field and the decision was a difficult one.

If you would like feedback on your interview, please let me know and I'll arrange a short call.

Thank you again for your interest in Lantern Homes.

Kind regards,
Deborah Price
Head of People
Lantern Homes Trust
Registered charity no. 1098765"""),

    personal(**R, slug="compass-staffing-front-desk", cat="agency-relay", country="US",
             frm="Kyle Brennan <kbrennan@compassstaffing.example>",
             subject="Mercy Ridge Clinic",
             exp=("kbrennan@compassstaffing.example", "Kyle", "Mercy Ridge Clinic", "Front Desk Supervisor"),
             notes="intermediary: staffing agency, terse; client filled",
             text="""Hi Sam - heard back from Mercy Ridge Clinic, they filled the Front Desk Supervisor position with someone who's worked in their system before. Sorry! I'll keep sending stuff your way.

Kyle Brennan | Healthcare Recruiter
Compass Staffing Group | (614) 555-0108"""),

    personal(**R, slug="greenfield-school-concluded", cat="personal-after-interview", country="NG",
             frm="Greenfield International School <hr@greenfieldschool.example>",
             subject="Admissions Officer Recruitment",
             exp=("hr@greenfieldschool.example", "Funmilayo", "Greenfield International School", "Admissions Officer"),
             notes="Nigerian school; offered to another candidate; formal",
             text="""Dear Sam Taylor,

RE: APPLICATION FOR THE POSITION OF ADMISSIONS OFFICER

We write to thank you for your interest in the above position and for participating in our recruitment exercise, including the written test and panel interview.

We wish to inform you that we have concluded the recruitment process and the position has been offered to another candidate. Kindly note that this decision does not in any way reflect on your competence.

We wish you success in your future endeavours.

Yours faithfully,
Funmilayo Bello (Mrs)
Head, Human Resources
Greenfield International School, Lekki, Lagos"""),

    personal(**R, slug="atlas-parcel-typo-recruiter", cat="personal-after-interview", country="IE",
             frm="Darragh Kelly <darragh.kelly@atlasparcel.example>",
             subject="Customer Operations Team Lead",
             exp=("darragh.kelly@atlasparcel.example", "Darragh", "Atlas Parcel", "Customer Operations Team Lead"),
             notes="typos; phone-written; wont be progressing", wrap=0,
             text="""Hi Sam

Thanks for taking the time to do the interview with myself and Siobhan on Monday. Unfortuantely we wont be progressing your application for the Customer Operations Team Lead role, we went with a candidate with more experience managing shift teams in a contact centre.

Best of luck with the search and thanks again

Darragh

Darragh Kelly
Talent Acquisition | Atlas Parcel
+353 87 555 0144

Sent from Outlook for Android"""),

    personal(**R, slug="thornbury-search-board-appointed", cat="agency-relay", country="UK",
             frm="Philippa Vance <philippa.vance@thornburysearch.example>",
             subject="Head of People – Riverside Youth Foundation",
             exp=("philippa.vance@thornburysearch.example", "Philippa", "Riverside Youth Foundation", "Head of People"),
             notes="intermediary: executive search relays the board's decision; long formal",
             text="""Dear Sam,

I hope you are well.

I am writing to let you know the outcome of the final panel for the Head of People role at Riverside Youth Foundation. The Trustees met on Tuesday evening to consider the three shortlisted candidates and, after a long discussion, the Board has decided to appoint another candidate, who brings significant experience of leading organisational change in the youth sector.

I know how much work you put into the process, including the stakeholder presentation to the young people's panel, which was very well received. The Chair asked me to pass on her thanks and her appreciation for the energy you brought.

I would very much like to stay in touch, and would welcome a conversation in the new year about other charity leadership roles we are handling.

With best wishes,

Philippa Vance
Partner, Not-for-Profit Practice
Thornbury Search | 020 7946 0521"""),

    personal(**R, slug="tideway-agency-iphone", day="2026-11-25", cat="terse", country="UK",
             frm="Ryan Holt <ryan.holt@shorelinerecruit.example>",
             subject="Re: Tideway Logistics - Warehouse Operations Manager", parent=True,
             exp=("ryan.holt@shorelinerecruit.example", "Ryan", "Tideway Logistics", "Warehouse Operations Manager"),
             notes="intermediary: agency, very short from phone; company/role only in subject", wrap=0,
             text="""Sorry Sam, they went another way. Will keep an eye out for you

Sent from my iPhone

> On 24 Nov 2026, at 11:47, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Ryan, any news from Tideway?"""),

    personal(**R, slug="wattle-council-withdrawn", cat="role-cancelled", country="AU",
             frm="Bronwyn Ellis <bellis@wattlecreek.example.gov.au>",
             subject="Procurement Coordinator – position withdrawn",
             exp=("bellis@wattlecreek.example.gov.au", "Bronwyn", "Shire of Wattle Creek", "Procurement Coordinator"),
             notes="local government; role withdrawn after budget review; verdict at start",
             text="""Dear Sam,

I'm writing to let you know that the Procurement Coordinator position (Ref. 2026-117) has been withdrawn following Council's mid-year budget review. Unfortunately this means we will not be proceeding with interviews, and your application will not progress any further.

I realise this is disappointing, and I'm sorry we could not give you an opportunity to interview. Please keep an eye on our website for future vacancies with the Shire of Wattle Creek.

Regards,

Bronwyn Ellis
Human Resources Officer
Shire of Wattle Creek | (03) 5555 0190"""),
]
