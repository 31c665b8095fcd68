"""The 36 rejections of the en20 set (18 ATS-style, 18 personal). exp = (reply_to, first name, company, role)."""
from content_common import ATS_HEADERS as H, msg

R = "rejection"

MESSAGES = [
# ---------------------------------------------------------------- ATS-style (18)
msg("nhs-wales-bilingual-not-shortlisted", R, "ats-automated", "ats", "en-GB",
    "Bwrdd Iechyd Prifysgol Glannau Teifi <no-reply@jobs.nhs-mail.example>",
    "Canlyniad eich cais / Outcome of your application: 110-ACC-2604-B",
    """Annwyl Sam Taylor,

Diolch am eich diddordeb yn y swydd uchod. Yn anffodus, ni chawsoch eich dewis ar gyfer cyfweliad y tro hwn.

(English version below)

Dear Sam Taylor,

Job reference: 110-ACC-2604-B
Job title: Communications and Engagement Manager (Band 7)

Thank you for your interest in the above post. Following shortlisting, we regret to inform you that on this occasion you have not been shortlisted for interview.

We received a high number of applications for this post. If you would like feedback on your application, please contact the recruiting manager named in the advert within 28 days.

We wish you every success in the future.

Recruitment Services
Glannau Teifi University Health Board""",
    exp=("", "", "Glannau Teifi University Health Board", "Communications and Engagement Manager (Band 7)"),
    notes="healthcare; nhs-jobs; bilingual Welsh first; not shortlisted", vendor="nhsjobs",
    brand="Glannau Teifi University Health Board", headers=H, autoplain=True,
    extra_footer=["Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh."]),

msg("civil-service-sift-unsuccessful", R, "ats-automated", "ats", "en-GB",
    "Civil Service Jobs <noreply@csjobs.gov-mail.example>",
    "Your application for Senior Communications Officer (Ref: 311842) - outcome",
    """Dear Sam Taylor,

Vacancy: Senior Communications Officer (HEO)
Department: Department for Rural Connectivity
Reference: 311842

Thank you for applying for the above vacancy.

We have now completed the sift. Unfortunately your application has not been successful on this occasion and you will not be progressing to the next stage.

Your scores are shown below. Each behaviour is scored on a scale of 1 to 7; the pass mark for this campaign was 4 in each element and 18 overall.

{table}

Please note that the sift panel's feedback is limited to the scores above. Because of the number of applications we are not able to provide individual written feedback.

Thank you for your interest in working for the Civil Service. Please keep an eye on Civil Service Jobs for future opportunities.

Kind regards,
Department for Rural Connectivity Resourcing Team""",
    exp=("", "", "Department for Rural Connectivity", "Senior Communications Officer (HEO)"),
    notes="public-sector; civil service; sift scores table; not successful on this occasion", vendor="civilservice",
    brand="Department for Rural Connectivity", headers=H,
    table=[("Communicating and Influencing", "4"), ("Seeing the Big Picture", "3"), ("Personal statement", "5"), ("Total", "12")]),

msg("usajobs-status-not-selected", R, "ats-automated", "ats", "en-US",
    "USAStaffing Notifications <noreply@notify.usastaffing-mail.example>",
    "Application status update - Public Affairs Specialist, 26-DCR-1187-MP",
    """Dear Sam Taylor,

This message is regarding your application for the following position:

{table}

The status of your application has been updated. Another applicant has been selected for this position, and your application is no longer under consideration for this announcement.

You can review the status of all your applications at any time by signing in to your account. If you have questions about this announcement, contact the Human Resources office listed below.

Servicing HR Office: Coastal Resources Agency, Region 4 Human Resources, hr-region4@coastalresources.example

Thank you for your interest in federal employment.""",
    exp=("hr-region4@coastalresources.example", "", "Coastal Resources Agency", "Public Affairs Specialist"),
    notes="public-sector; USAJOBS-style status notice; HTML-only; team address in body", vendor="usajobs",
    brand="Coastal Resources Agency", headers=H, html_only=True,
    table=[("Position", "Public Affairs Specialist"), ("Announcement", "26-DCR-1187-MP"), ("Series/Grade", "GS-1035-12"),
           ("Location", "Charleston, SC"), ("Status", "Not Selected")]),

msg("irish-council-interview-not-qualified", R, "after-assessment", "ats", "en-IE",
    "Kilbrennan County Council HR <recruitment-noreply@kilbrennancoco.example>",
    "Competition: Communications Officer (Grade 6) - Result of Interview",
    """A chara,

Competition for the post of Communications Officer (Grade 6)

I refer to your recent interview for the above competition.

I regret to inform you that you were not successful in reaching the qualifying standard at interview and accordingly your name will not be placed on the panel from which appointments will be made.

A breakdown of the marks awarded under each competency is available on request. Requests for feedback should be made in writing to recruitment@kilbrennancoco.example within ten working days of the date of this email.

Thank you for your interest in working with Kilbrennan County Council.

Is mise le meas,

Human Resources Department
Kilbrennan County Council
Comhairle Contae Chill Bhreanáin""",
    exp=("recruitment@kilbrennancoco.example", "", "Kilbrennan County Council", "Communications Officer (Grade 6)"),
    notes="public-sector; council; not placed on panel; Irish-language greeting and sign-off", vendor="council",
    brand="Kilbrennan County Council", headers=H),

msg("university-not-shortlisted-feedback", R, "ats-automated", "ats", "en-GB",
    "Stonebridge University Recruitment <donotreply@jobs.stonebridge.example>",
    "Marketing and Insight Manager (REF 2611-PS) - application update",
    """Dear Sam

Application for the post of Marketing and Insight Manager (REF 2611-PS)

Thank you for your interest in working at Stonebridge University and for the time you took to complete your application.

The selection panel have now considered all applications against the essential and desirable criteria in the person specification, and I regret to inform you that you have not been shortlisted on this occasion.

Due to the high volume of applications we are unable to provide individual feedback at this stage.

We would encourage you to continue to look at our [[vacancies page]] and wish you every success with your future career.

Yours sincerely

People Services (Recruitment)
Stonebridge University""",
    exp=("", "", "Stonebridge University", "Marketing and Insight Manager"),
    notes="higher-education; jobs.ac.uk-style; autoplain with link list", vendor="jobsacuk",
    brand="Stonebridge University", headers=H, autoplain=True),

msg("nsw-school-panel-recommended-other", R, "after-assessment", "ats", "en-AU",
    "Education Recruitment <recruitment.noreply@education-nsw.example>",
    "Notification of outcome - Community Engagement Officer, Wattlegrove Public School",
    """Dear Sam Taylor

Position: Community Engagement Officer (Clerk Grade 5/6), Wattlegrove Public School
Job reference: 000098441P

Thank you for participating in the recent merit selection process for the above position.

The selection panel has completed its assessment and has recommended another applicant for appointment. I am sorry to advise that your application was not successful on this occasion.

Feedback is available if you would like it. Please contact me directly on bronwyn.ashe@education-nsw.example or (02) 4987 1120 during school hours.

Thank you again for your interest in working at Wattlegrove.

Regards

Bronwyn Ashe
Panel Convenor, Business Manager
Wattlegrove Public School""",
    exp=("bronwyn.ashe@education-nsw.example", "Bronwyn", "Wattlegrove Public School", "Community Engagement Officer"),
    notes="schools; merit selection; convenor address in body of a no-reply mail", vendor="generic",
    brand="Wattlegrove Public School", headers=H),

msg("lawfirm-bd-manager-tal-not-progressing", R, "ats-automated", "ats", "en-GB",
    "Hartwell Gray LLP Careers <no-reply@hartwellgray.tal-mail.example>",
    "Your application to Hartwell Gray - Business Development Manager (Disputes)",
    """Dear Sam,

Thank you for applying for the Business Development Manager (Disputes) role at Hartwell Gray LLP.

We have now had the opportunity to review your application carefully. We received a very strong field of applicants and, after careful consideration, we regret that we will not be progressing your application further.

We appreciate the effort you have put into your application and we would like to thank you for your interest in Hartwell Gray.

With best wishes,

Business Services Recruitment
Hartwell Gray LLP""",
    exp=("", "", "Hartwell Gray LLP", "Business Development Manager (Disputes)"),
    notes="law firm; graduate-portal style; ordinary wording", vendor="tal",
    brand="Hartwell Gray LLP", headers=H,
    about="Hartwell Gray LLP is a limited liability partnership registered in England and Wales (OC300000, fictional). Authorised and regulated by the Solicitors Regulation Authority."),

msg("bigfour-india-workday-candidature", R, "ats-automated", "ats", "en-IN",
    "Prescott Ledger Careers <prescottledger@myworkday-mail.example>",
    "Update on your candidature - Manager, Brand & Customer Insights (Advisory) - JR-88231",
    """Dear Sam Taylor,

Greetings from Prescott Ledger & Co. (India) LLP!

Thank you for your interest in the Manager, Brand & Customer Insights (Advisory) position (Job Requisition JR-88231) based out of Gurugram.

We appreciate the time you invested in the selection process. After careful consideration of your profile against the requirements of the role, we regret to inform you that we have decided not to proceed with your candidature at this point in time.

Your profile will remain in our database and our talent acquisition team may reach out should a suitable opportunity arise in future.

Wishing you all the very best.

Regards,
Talent Acquisition Team
Prescott Ledger & Co. (India) LLP""",
    exp=("", "", "Prescott Ledger & Co. (India) LLP", "Manager, Brand & Customer Insights (Advisory)"),
    notes="Big Four; Workday; Indian English; keep-on-file", vendor="workday",
    brand="Prescott Ledger", headers=H),

msg("nigeria-bank-assessment-not-successful", R, "after-assessment", "ats", "en-NG",
    "Crestmark Bank Recruitment <careers-noreply@crestmarkbank-ng.example>",
    "Crestmark Bank: Head, Brand & Market Insights - Assessment Outcome",
    """Dear Sam,

Thank you for participating in the recruitment exercise for the role of Head, Brand & Market Insights.

We wish to inform you that, having reviewed the results of the online aptitude test and the case assessment, you were not successful at this stage of the process. Please be assured that this decision does not diminish the quality of your profile; competition for this role was very keen.

We will retain your details in our talent pool for 6 (six) months. If you do not want us to keep your data, kindly click [[here]] to withdraw consent.

Thank you for your interest in Crestmark Bank.

Yours faithfully,
For: Crestmark Bank Plc
Human Capital Management""",
    exp=("", "", "Crestmark Bank", "Head, Brand & Market Insights"),
    notes="bank; Nigerian English; assessment; data-retention question", vendor="successfactors",
    brand="Crestmark Bank Plc", headers=H,
    about="Crestmark Bank Plc, 14 Adeola Odeku Street, Victoria Island, Lagos (fictional). Licensed by the Central Bank of Nigeria. Crestmark Bank will never ask candidates for money at any stage of recruitment."),

msg("indeed-canada-not-moving-forward", R, "ats-automated", "ats", "en-CA",
    "Indeed <noreply@indeed-mail.example>",
    "An update on your application to Northpine Outfitters",
    """Hi Sam,

Your application for Store Marketing Coordinator at Northpine Outfitters in Calgary, AB

Northpine Outfitters has reviewed your application and decided not to move forward at this time.

Don't be discouraged: employers on Indeed hire thousands of people every day. Here are jobs like the one you applied to:

- [[Marketing Coordinator - Bow Valley Outdoors - Canmore, AB]]
- [[Retail Marketing Specialist - Chinook Home - Calgary, AB]]
- [[Brand Coordinator - Elbow River Foods - Calgary, AB]]

Keep applying,
The Indeed team""",
    exp=("", "", "Northpine Outfitters", "Store Marketing Coordinator"),
    notes="retail; job-board relay; job list under the verdict; autoplain", vendor="indeed",
    brand="Indeed", headers=H, autoplain=True,
    extra_footer=["Indeed Canada Corp. / Vous pouvez consulter cette communication en français dans vos paramètres."]),

msg("paradox-warehouse-shifts-filled", R, "ats-automated", "ats", "en-US",
    "Olivia at Trailhead Logistics <olivia@trailhead.paradox-mail.example>",
    "Update on your Trailhead Logistics application",
    """Hi Sam! It's Olivia, the recruiting assistant for Trailhead Logistics.

Thanks for your interest in the Seasonal Fulfillment Associate - Peak (Reno, NV) position. We've now filled all of the available peak shifts at our Reno facility, so we won't be moving forward with your application for this role.

Want to be considered for other openings? Reply YES and I'll let you know when new shifts open up near you.

Have a great day!
Olivia
Trailhead Logistics Recruiting""",
    exp=("", "", "Trailhead Logistics", "Seasonal Fulfillment Associate - Peak"),
    notes="warehouse; chatbot; filled; bot signature not a person", vendor="paradox",
    brand="Trailhead Logistics", headers=H),

msg("upwork-proposal-declined", R, "freelance", "ats", "en-US",
    "Freelance Marketplace <notifications@freelance-platform.example>",
    "Your proposal was declined",
    """Hi Sam,

Your proposal to the job "Consumer research for a DTC skincare launch (4-6 weeks)" has been declined by Lumen & Fern.

Reason given by the client: Hired another freelancer

Don't be discouraged, clients decline proposals for many reasons. Your Connects for this proposal will not be refunded.

Find more work: [[Market research jobs]] | [[Brand strategy jobs]]""",
    exp=("", "", "Lumen & Fern", "Consumer research for a DTC skincare launch (4-6 weeks)"),
    notes="freelance platform; proposal declined; client chose another freelancer", vendor="upwork",
    brand="Freelance Marketplace", headers=H),

msg("charity-teamtailor-verdict-middle", R, "ats-automated", "ats", "en-GB",
    "Brightwater Trust <notifications@brightwatertrust.teamtailor-mail.example>",
    "Head of Audience Insight - an update from Brightwater",
    """Hi Sam,

Thank you so much for applying to be our Head of Audience Insight, and for the care you obviously put into your supporting statement. Brightwater exists because of people who give their time and energy, and that includes everyone who applies to work with us.

We had 214 applications for this role, many from people with fantastic experience in the charity sector and beyond. The panel met last week and we've now finalised our interview shortlist. We're sorry to tell you that we won't be taking your application further this time.

We know that's disappointing to read. Because of the number of applications we can't give individual feedback at shortlisting, but Priya, who is leading the recruitment, is happy to answer any questions: just reply to this email.

Brightwater is committed to being an anti-racist organisation and to building a team that reflects the communities we work with. We'd love to keep in touch: you can join our [[supporter newsletter]] for future roles.

Warm wishes,
Priya Nair
People & Culture Partner, Brightwater Trust""",
    exp=("priya.nair@brightwatertrust.example", "Priya", "Brightwater Trust", "Head of Audience Insight"),
    notes="non-profit; Teamtailor; Reply-To a person; verdict mid-letter wrapped in mission text", vendor="teamtailor",
    brand="Brightwater Trust", headers=H, reply_to="Priya Nair <priya.nair@brightwatertrust.example>",
    about="Brightwater Trust is a registered charity in England and Wales (1190000, fictional)."),

msg("greenhouse-nz-other-applicants-keep-profile", R, "ats-automated", "ats", "en-NZ",
    "Tui Ridge Energy <no-reply@us.greenhouse-mail.io>",
    "Your application for Insights Lead at Tui Ridge Energy",
    """Kia ora Sam,

Thanks for applying for the Insights Lead role at Tui Ridge Energy, and for your patience while we worked through applications.

We've decided to move forward with other applicants whose experience more closely matches what we need right now.

We'd like to keep your details on file for 12 months in case another role comes up that suits you better. If you'd prefer we didn't, you can [[withdraw your consent here]] at any time.

Ngā mihi,
The Tui Ridge Energy Talent Team""",
    exp=("", "", "Tui Ridge Energy", "Insights Lead"),
    notes="Greenhouse; ordinary indirect wording; data-retention question; te reo greeting", vendor="greenhouse",
    brand="Tui Ridge Energy", headers=H),

msg("hospital-workday-requisition-closed", R, "role-cancelled", "ats", "en-US",
    "Bayfield Health Careers <bayfieldhealth@myworkday-mail.example>",
    "Bayfield Health - Marketing Manager, Service Lines (R-20418)",
    """Dear Sam,

Thank you for your interest in the Marketing Manager, Service Lines position (R-20418) at Bayfield Health.

We are writing to let you know that we have closed this requisition and the position will not be filled at this time. As a result, your application will no longer be considered for this role.

We encourage you to continue to explore opportunities with us at [[careers.bayfieldhealth.example]].

Sincerely,
Bayfield Health Talent Acquisition""",
    exp=("", "", "Bayfield Health", "Marketing Manager, Service Lines"),
    notes="healthcare; Workday; requisition closed, not filled", vendor="workday",
    brand="Bayfield Health", headers=H,
    about="Bayfield Health is a not-for-profit health system serving the Tampa Bay region with six hospitals and 40 outpatient sites. Named a Top Workplace 2026."),

msg("ghana-telco-smartrecruiters-profile-match", R, "ats-automated", "ats", "en-GH",
    "Adomi Telecom <no-reply@smartrecruiters-mail.example>",
    "Adomi Telecom: Market Insights Manager",
    """Dear Sam,

Thank you for your application for the position of Market Insights Manager at Adomi Telecom, Accra.

We have carefully reviewed your application. Unfortunately, your profile doesn't match closely enough the requirements of the position, and we will therefore not be considering it further.

We thank you for your interest in Adomi Telecom and wish you success in your job search.

Best regards,
Adomi Telecom Recruitment Team""",
    exp=("", "", "Adomi Telecom", "Market Insights Manager"),
    notes="telecoms; Ghanaian sender; profile match wording", vendor="smartrecruiters",
    brand="Adomi Telecom", headers=H),

msg("linkedin-ireland-not-proceed-job-list", R, "ats-automated", "ats", "en-IE",
    "LinkedIn <jobs-noreply@linkedin-mail.example>",
    "Your application to Research Manager at Harbourlight Insurance",
    """Sam, your update from Harbourlight Insurance

Research Manager
Harbourlight Insurance · Dublin, County Dublin, Ireland (Hybrid)
Applied 3 weeks ago

Unfortunately, Harbourlight Insurance has decided not to proceed with your application.

Thank you for your interest in Harbourlight Insurance. We received a high number of applications and have chosen candidates whose qualifications better meet our needs.

Top jobs for you:

- [[Insights Manager - Ardmore Retail Group - Cork]]
- [[Senior Research Executive - Liffey Polling - Dublin]]
- [[Customer Insight Lead - Shannon Air - Limerick]]

[[See all jobs]]""",
    exp=("", "", "Harbourlight Insurance", "Research Manager"),
    notes="LinkedIn relay; verdict then job recommendations; autoplain", vendor="linkedin",
    brand="LinkedIn", headers=H, autoplain=True),

msg("seek-agency-position-filled", R, "agency-recruiter", "ats", "en-AU",
    "SEEK <noreply@seek-mail.example>",
    "Kestrel Talent has updated your application",
    """Hi Sam,

Contract Insights Analyst (12 months) - Kestrel Talent
Melbourne VIC · Contract/Temp

Application status: Not progressed

Message from the recruiter:
Thanks for applying. This position has now been filled. We'll keep your details on our database and be in touch if something suitable comes up. - Kestrel Talent

[[View your applications]]""",
    exp=("", "", "Kestrel Talent", "Contract Insights Analyst (12 months)"),
    notes="staffing agency via SEEK; status not progressed; filled", vendor="seek",
    brand="SEEK", headers=H),

# ---------------------------------------------------------------- personal (18)
msg("nhs-comms-head-after-interview", R, "personal-after-interview", "personal", "en-GB",
    "Helen Moss <helen.moss@wessexvale-nhs.example>",
    "Communications Manager interview - feedback",
    """Dear Sam,

Thank you for coming in on Tuesday to meet Raj and me, and for your presentation on the winter vaccination campaign - we both really enjoyed the section on reaching younger parents.

We interviewed five people for the Communications Manager post, and it was a difficult decision. I'm sorry to say that we have offered the post to another candidate, who has a lot of recent NHS experience that will help them hit the ground running during winter pressures.

If it's useful I'm very happy to give you some more detailed feedback over the phone - just let me know a time that works next week.

With best wishes,

Helen

Helen Moss
Head of Communications
Wessex Vale Hospitals NHS Foundation Trust
Tel: 01722 555 014 | Mob: 07700 900 412""",
    exp=("helen.moss@wessexvale-nhs.example", "Helen", "Wessex Vale Hospitals NHS Foundation Trust", "Communications Manager"),
    notes="healthcare; NHS; after interview; ordinary offered-to-another"),

msg("nz-college-principal-appointed-other", R, "personal-after-interview", "personal", "en-NZ",
    "Aroha Tipene <principal@kowhai-college.example>",
    "Marketing & Enrolments Manager",
    """Kia ora Sam,

Thank you for your time with the panel on Thursday and for travelling up from Wellington to meet us in person.

I wanted to let you know personally that the Board has now made an appointment to the Marketing & Enrolments Manager role, and unfortunately it wasn't you. It was a very close call and your thinking about international enrolments gave us a lot to talk about.

I'll happily pass on the panel's notes if you'd like them.

Ngā mihi nui,
Aroha

Aroha Tipene | Tumuaki / Principal
Kōwhai College
027 555 8821""",
    exp=("principal@kowhai-college.example", "Aroha", "Kōwhai College", "Marketing & Enrolments Manager"),
    notes="schools; indirect 'it wasn't you'; te reo sign-off", client_html=True),

msg("ottawa-university-bilingual-committee", R, "personal-after-interview", "personal", "en-CA",
    "Geneviève Lafleur <glafleur@rideau-u.example>",
    "Senior Advisor, Student Recruitment Research / Conseiller principal",
    """Dear Sam,

(Le français suit.)

Thank you for meeting with the selection committee on October 14 regarding the position of Senior Advisor, Student Recruitment Research.

After much deliberation, the committee has selected another candidate whose profile aligns more closely with the bilingual requirements (CBC) of the position. I appreciate the interest you have shown in Rideau University and the quality of your presentation.

Best regards,

---

Bonjour Sam,

Je vous remercie d'avoir rencontré le comité de sélection le 14 octobre pour le poste de conseiller principal, recherche sur le recrutement étudiant.

Après mûre réflexion, le comité a retenu la candidature d'une autre personne dont le profil correspond davantage aux exigences linguistiques du poste.

Cordialement,

Geneviève Lafleur
Human Resources Advisor / Conseillère en ressources humaines
Rideau University / Université Rideau
613-555-0148""",
    exp=("glafleur@rideau-u.example", "Geneviève", "Rideau University", "Senior Advisor, Student Recruitment Research"),
    notes="university; bilingual English then French; committee selected another"),

msg("irish-lawfirm-partner-short", R, "terse", "personal", "en-IE",
    "Declan Moran <dmoran@fitzwilliamdoyle.example>",
    "RE: BD Manager role",
    """Sam,

Thanks for your time last week. We've decided not to proceed with your application for the BD Manager role - we're going with someone who has a legal market background.

Best of luck with it.

Declan

Declan Moran | Managing Partner
Fitzwilliam Doyle Solicitors
T: +353 1 555 0192

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately and delete it. Fitzwilliam Doyle is regulated by the Law Society of Ireland.""",
    exp=("dmoran@fitzwilliamdoyle.example", "Declan", "Fitzwilliam Doyle Solicitors", "BD Manager"),
    notes="law firm; short; confidentiality footer longer than the verdict", parent=True,
    parent_domain="example.org"),

msg("bigfour-uk-assessment-centre-call", R, "after-assessment", "personal", "en-GB",
    "Ellie Watkins <ellie.watkins@harlandmercer.example>",
    "Following our call - Assistant Manager, Customer Insight",
    """Hi Sam,

Further to our call earlier, I just wanted to confirm in writing that unfortunately you were not successful at the assessment centre for the Assistant Manager, Customer Insight role at Harland Mercer.

As mentioned, the assessors were really positive about your group exercise, but the written case study scored below the level we needed, particularly on structuring the recommendation.

I've attached nothing formal, but I'm happy to jump on another call if you want to go through the scoring in more detail. You're welcome to reapply after six months.

Thanks again for all your effort,

Ellie Watkins
Experienced Hire Recruiter | Harland Mercer LLP
M: 07700 900 871""",
    exp=("ellie.watkins@harlandmercer.example", "Ellie", "Harland Mercer", "Assistant Manager, Customer Insight"),
    notes="Big Four; assessment centre; confirms a phone call; verdict then feedback"),

msg("india-bank-recruiter-not-shortlisted", R, "personal-after-interview", "personal", "en-IN",
    "Ritika Sharma <ritika.sharma@vardhanbank.example>",
    "Regarding your application - AVP Brand Analytics",
    """Dear Sam,

Greetings of the day!!

Thank you for your time for the interview with Mr. Kulkarni on 11th Nov regarding the AVP - Brand Analytics position at Vardhan Bank.

We regret to inform that your profile has not been shortlisted for the next round of discussion. The panel was looking for candidate with more BFSI domain exposure.

We will keep your resume in our records and get in touch in case of any suitable openings in future.

Thanks & Regards,
Ritika Sharma
Talent Acquisition - Corporate Functions
Vardhan Bank Ltd., Lower Parel, Mumbai
+91 98200 55512""",
    exp=("ritika.sharma@vardhanbank.example", "Ritika", "Vardhan Bank", "AVP - Brand Analytics"),
    notes="bank; Indian English; not shortlisted for next round"),

msg("lagos-agency-client-went-other", R, "agency-recruiter", "personal", "en-NG",
    "Tolu Adebayo <tolu@harmattan-search.example>",
    "Re: Sapphire Foods - Consumer Insights Lead",
    """Good afternoon Sam,

Trust you are keeping well.

Apologies for the delay in getting back to you. The client has now concluded the process for the Consumer Insights Lead role and unfortunately they went with another candidate who is already based in Lagos.

Sapphire Foods were impressed with your background and asked me to pass on their thanks. I will definitely keep you in mind for other mandates, we have a couple of FMCG roles coming up in Q1.

Kind regards,
Tolu Adebayo
Senior Consultant, Harmattan Search
+234 803 555 0199

> On 3 Nov 2026, at 09:12, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Tolu, just checking in on the Sapphire Foods role - any news from the
> client after the second interview? Thanks, Sam""",
    exp=("tolu@harmattan-search.example", "Tolu", "Sapphire Foods", "Consumer Insights Lead"),
    notes="agency; Nigerian English; reply above Sam's chaser; company = client", parent=True,
    parent_domain="example.org", day="2026-11-06"),

msg("ghana-agency-role-on-hold", R, "role-cancelled", "personal", "en-GH",
    "Kwame Mensah <kwame.mensah@goldcoasttalent.example>",
    "Volta Crest Insurance - Head of Customer Insight update",
    """Hello Sam,

I hope this finds you well.

I just got off the phone with the client. Unfortunately Volta Crest Insurance have put the Head of Customer Insight role on hold indefinitely following a budget realignment from their group office, so they won't be proceeding with any of the shortlisted candidates, including you.

I'm really sorry about this, I know you had done well at the panel. If the role is reopened in the new year I will push for you to be reconsidered.

Best regards,
Kwame

Kwame Mensah
Principal Consultant | Gold Coast Talent Partners
Airport City, Accra | +233 24 555 0133""",
    exp=("kwame.mensah@goldcoasttalent.example", "Kwame", "Volta Crest Insurance", "Head of Customer Insight"),
    notes="agency; role on hold indefinitely; Ghanaian sender"),

msg("nonprofit-us-internal-terse-reply", R, "internal-candidate", "personal", "en-US",
    "Maria Delgado <mdelgado@openfieldsfoundation.example>",
    "Re: Following up - Research & Evaluation Manager",
    """Hi Sam - so sorry for the slow reply. We ended up filling the Research & Evaluation Manager spot internally. Really appreciated your time.

Maria

Sent from my iPhone

> On Nov 18, 2026, at 10:04 AM, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Maria,
>
> I hope you're well. I wanted to follow up on the Research & Evaluation
> Manager position at Open Fields Foundation - I really enjoyed our
> conversation on the 4th. Is there any update on timing?
>
> Best,
> Sam""",
    exp=("mdelgado@openfieldsfoundation.example", "Maria", "Open Fields Foundation", "Research & Evaluation Manager"),
    notes="non-profit; very short reply above quoted chaser; filled internally", parent=True,
    parent_domain="example.org", day="2026-11-21"),

msg("au-agency-no-luck-casual", R, "terse", "personal", "en-AU",
    "Matt Kowalski <matt.k@southerlyrecruitment.example>",
    "Wattle & Co",
    """Hey Sam,

No luck this time unfortunately with the Wattle & Co Insights Manager gig - they've gone with someone with more retail media experience.

Will keep an eye out for you, there's plenty moving at the moment.

Cheers,
Matt
0412 555 903""",
    exp=("matt.k@southerlyrecruitment.example", "Matt", "Wattle & Co", "Insights Manager"),
    notes="agency; casual; 'no luck this time'"),

msg("council-manager-forwards-hr-letter", R, "forwarded", "personal", "en-GB",
    "Gareth Pryce <gareth.pryce@ashcombe.gov-mail.example>",
    "FW: Recruitment outcome - Insight & Engagement Lead (ASH1127)",
    """Hi Sam,

HR tell me this went to the old email address on your application form, so I'm forwarding it on. I'm really sorry - it was very close between you and the person we appointed, and I'd genuinely encourage you to apply for the Policy & Insight role we'll be advertising in January.

Gareth

Gareth Pryce
Head of Customer Insight, Ashcombe Borough Council
01632 960 455

-----Original Message-----
From: HR Recruitment <hr.recruitment@ashcombe.gov-mail.example>
Sent: 12 November 2026 16:02
To: s.taylor.old@mail.example
Subject: Recruitment outcome - Insight & Engagement Lead (ASH1127)

Dear Sam Taylor

Thank you for attending interview for the above post. I am writing to inform you that on this occasion you have been unsuccessful.

Thank you for your interest in working for Ashcombe Borough Council.

Yours sincerely

HR Recruitment Team""",
    exp=("gareth.pryce@ashcombe.gov-mail.example", "Gareth", "Ashcombe Borough Council", "Insight & Engagement Lead"),
    notes="council; hiring manager forwards HR's rejection about Sam; Outlook original-message block"),

msg("us-university-long-letter-middle", R, "personal-after-interview", "personal", "en-US",
    "Dr. Karen Whitlock <kwhitlock@lakeshore-state.example>",
    "Director of Enrollment Marketing search",
    """Dear Sam,

On behalf of the search committee, thank you for the time and energy you gave to the Director of Enrollment Marketing search at Lakeshore State University. Your campus visit was one of the highlights of the process for many of us: your session with the student ambassadors in particular generated real enthusiasm, and several committee members commented on the clarity of your presentation on funnel analytics.

As you know, this search drew an unusually strong pool of more than ninety applicants, and the three finalists brought very different strengths. After extensive discussion, the committee has recommended, and the Vice President has approved, the appointment of a candidate whose background is in higher education enrollment management. I know this is not the news you were hoping for, and I want you to know that the decision was not a reflection of any shortcoming in your candidacy so much as the particular needs of the division during our upcoming accreditation cycle.

I would be glad to share more detailed feedback if you would find it helpful. I also want to encourage you to keep an eye on our openings; the division is growing and I expect we will have further senior roles in the 2027-28 academic year.

With gratitude and warm regards,

Karen

Karen Whitlock, Ph.D.
Associate Vice President, Enrollment Management
Lakeshore State University
(414) 555-0187""",
    exp=("kwhitlock@lakeshore-state.example", "Karen", "Lakeshore State University", "Director of Enrollment Marketing"),
    notes="university; long letter; verdict in the middle of praise"),

msg("freelance-client-keeping-in-house", R, "freelance", "personal", "en-US",
    "Jordan Blake <jordan@copperlinecoffee.example>",
    "Re: Proposal - brand tracking study",
    """Hey Sam,

Thanks again for the proposal and the call on Monday - it was really thorough.

We talked it over as a team and we've decided to keep the brand tracking work in-house this quarter, so we won't be going ahead with the contract. Honestly it came down to budget, not your approach.

If things change in the spring I'll reach out.

Jordan
Copperline Coffee Roasters""",
    exp=("jordan@copperlinecoffee.example", "Jordan", "Copperline Coffee Roasters", ""),
    notes="freelance; client declines Sam's proposal; no role title", parent=True, parent_domain="example.org"),

msg("india-ngo-donor-funding-withdrawn", R, "role-cancelled", "personal", "en-IN",
    "Anjali Iyer <anjali.iyer@saathi-foundation.example>",
    "Update on Monitoring, Evaluation & Learning Lead position",
    """Dear Sam,

I hope you are doing well.

I am writing with some unfortunate news regarding the Monitoring, Evaluation & Learning Lead position at Saathi Foundation for which you interviewed with us last month. Our principal donor for the programme has informed us that the second phase of funding will not be released this year. As a result, we have had to withdraw the position, and we will not be making any appointment.

Please accept our sincere apologies for the time you have invested. We were very keen on your candidature and if funding is restored we would like to reach out to you first.

Warm regards,
Anjali Iyer
Director - Programmes
Saathi Foundation, Bengaluru
+91 80 5550 1122""",
    exp=("anjali.iyer@saathi-foundation.example", "Anjali", "Saathi Foundation", "Monitoring, Evaluation & Learning Lead"),
    notes="non-profit; position withdrawn; funding"),

msg("canada-hospital-posting-cancelled", R, "role-cancelled", "personal", "en-CA",
    "Priscilla Okafor <priscilla.okafor@northshorehealth.example>",
    "Posting #2026-114 Manager, Patient Experience Insights",
    """Good morning Sam,

I'm following up on your application for Posting #2026-114, Manager, Patient Experience Insights.

Following an organizational review of the Quality & Patient Safety portfolio, the posting has been cancelled and the responsibilities will be redistributed across existing roles. Your application will therefore not be moving forward.

I recognise you had already completed the first interview, and I'm sorry for the inconvenience. You're welcome to apply for any future postings on our careers site.

Kind regards,

Priscilla Okafor
Talent Acquisition Advisor, People & Culture
North Shore Health Network
T 604-555-0166 ext. 2210""",
    exp=("priscilla.okafor@northshorehealth.example", "Priscilla", "North Shore Health Network", "Manager, Patient Experience Insights"),
    notes="healthcare; posting cancelled after reorganization"),

msg("irish-retail-different-direction-thread", R, "personal-after-interview", "personal", "en-IE",
    "Siobhán Keane <siobhan.keane@carraighome.example>",
    "RE: Thank you - Marketing Lead interview",
    """Hi Sam,

Thanks a million for the lovely note, and sorry it's taken me a while to come back to you.

We've decided to go in a different direction for the Marketing Lead role and won't be moving forward with your application. It's more to do with where the business is going next year (a lot more in-store and trade work) than anything you did.

Wishing you the very best, and do stay in touch.

Siobhán

Siobhán Keane | Commercial Director
Carraig Home Stores | 087 555 3341

From: Sam Taylor <sam.taylor@example.org>
Sent: Friday 20 November 2026 17:40
To: Siobhán Keane <siobhan.keane@carraighome.example>
Subject: Thank you - Marketing Lead interview

Hi Siobhán,

Thank you for meeting me yesterday - I really enjoyed hearing about the plans for the Galway store and the loyalty relaunch. I'm very excited about the role and look forward to hearing from you.

Best wishes,
Sam""",
    exp=("siobhan.keane@carraighome.example", "Siobhán", "Carraig Home Stores", "Marketing Lead"),
    notes="retail; reply above Sam's thank-you (Outlook header block); different direction", parent=True,
    parent_domain="example.org", day="2026-11-26", client_html=True),

msg("ghana-bigfour-partner-panel", R, "personal-after-interview", "personal", "en-GH",
    "Efua Boateng <efua.boateng@prescottledger-gh.example>",
    "Senior Manager, Markets & Insights - Prescott Ledger Ghana",
    """Dear Sam,

Thank you once again for the time you spent with our panel last Wednesday and for the insight you shared on the West African payments market.

Following the panel's deliberations, I regret to let you know that you were not successful in your application for the Senior Manager, Markets & Insights role. The panel felt that the role, at this time, requires deeper experience of advisory engagements with regulators in the sub-region.

I was personally impressed by your presentation and I hope our paths cross again.

Yours sincerely,

Efua Boateng
Partner, Advisory
Prescott Ledger Ghana, Ridge, Accra
+233 30 255 0177""",
    exp=("efua.boateng@prescottledger-gh.example", "Efua", "Prescott Ledger Ghana", "Senior Manager, Markets & Insights"),
    notes="Big Four; Ghana; partner writes after panel"),

msg("us-county-eligible-list-not-selected", R, "personal-after-interview", "personal", "en-US",
    "Dwayne Porter <dporter@harlancounty-hr.example>",
    "Public Information Officer - selection",
    """Hello Sam,

Thank you for interviewing for the Public Information Officer position with Harlan County Communications.

You scored well in the oral board and have been placed on the eligible list for this classification, which remains active for 12 months. However, the department head has made a selection for the current vacancy and you were not selected.

If another Public Information Officer vacancy opens while the list is active, the department may contact candidates on the list without a new recruitment.

Regards,

Dwayne Porter
Senior Human Resources Analyst
Harlan County Human Resources
(859) 555-0123""",
    exp=("dporter@harlancounty-hr.example", "Dwayne", "Harlan County", "Public Information Officer"),
    notes="public-sector; unusual: on eligible list but not selected for the vacancy (labelled rejection)"),
]
