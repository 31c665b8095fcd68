"""The 40 rejections of set en16 (20 ATS-style, 20 personal). exp = (reply_to, contact_first_name, company, role)."""
from content_common import AUTO, BULK

R = {"label": "rejection"}

MESSAGES = [
    # ------------------------------------------------------------------ ATS-style (20)
    dict(R, slug="nwft-nhsjobs-not-shortlisted", cat="ats-automated", style="ats", variant="en-GB", vendor="nhsjobs",
         frm="NHS Jobs <noreply@nhsjobs.example>", brand="Northfield and Wyre NHS Foundation Trust",
         subject="Application update: Communications Manager - 312-CORP-4471", headers=AUTO,
         notes="nhs; not shortlisted; feedback contact named in body",
         text="""Dear Sam Taylor

Job title: Communications Manager
Job reference: 312-CORP-4471
Employer: Northfield and Wyre NHS Foundation Trust

Thank you for applying for this post. The shortlisting panel has now reviewed all applications.

Unfortunately, on this occasion you have not been shortlisted for interview.

We received a high number of applications for this post and the standard was very high. If you would like feedback on your application, please contact the recruiting manager, Helen Okafor, at helen.okafor@nwft.nhs.example.

Thank you for your interest in working for Northfield and Wyre NHS Foundation Trust, and we wish you every success in the future.

Kind regards

Recruitment Team
Northfield and Wyre NHS Foundation Trust""",
         exp=("helen.okafor@nwft.nhs.example", "Helen", "Northfield and Wyre NHS Foundation Trust", "Communications Manager")),

    dict(R, slug="harrowgate-workday-brand-manager", cat="ats-automated", style="ats", variant="en-GB", vendor="workday",
         frm="Harrowgate Bank <harrowgate@myworkday.com>", brand="Harrowgate Bank",
         subject="Your application for Brand Manager, Retail Banking (JR-0048812)", headers=AUTO,
         notes="bank; the most ordinary template; auto-converted plain part",
         text="""Dear Sam,

Thank you for your interest in the Brand Manager, Retail Banking position (JR-0048812) at Harrowgate Bank and for the time you invested in your application.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of the role.

We know this isn't the news you were hoping for. We'd encourage you to keep an eye on our [[careers site]] and to apply for future roles that match your skills and experience.

Kind regards,
Talent Acquisition
Harrowgate Bank""",
         exp=("", "", "Harrowgate Bank", "Brand Manager, Retail Banking")),

    dict(R, slug="tallowbrook-sf-unsuccessful", cat="keep-on-file", style="ats", variant="en-AU", vendor="successfactors",
         frm="Tallowbrook Careers <noreply@successfactors.com>", brand="Tallowbrook Supermarkets",
         subject="Tallowbrook - Marketing Campaign Manager (Req ID 58121)", headers=AUTO,
         notes="retail chain; regret to advise; details kept 12 months",
         about="Tallowbrook Supermarkets is proudly Australian owned, with more than 600 stores and 48,000 team members. "
               "We are committed to a diverse and inclusive workplace and strongly encourage Aboriginal and Torres Strait "
               "Islander people to apply.",
         text="""Hi Sam,

Thanks for applying for the Marketing Campaign Manager role with Tallowbrook Supermarkets.

We really appreciate the time you took to apply. We've now reviewed all applications against the requirements of the role and we regret to advise that on this occasion your application was unsuccessful.

We'll keep your details on file, and you may be contacted if a suitable role comes up in the next 12 months. If you'd prefer us not to, just update your preferences in your [[candidate profile]].

Thanks again for your interest in joining the Tallowbrook family.

Cheers,
Tallowbrook Talent Team""",
         exp=("", "", "Tallowbrook Supermarkets", "Marketing Campaign Manager")),

    dict(R, slug="stclement-icims-filled", cte="base64", cat="ats-automated", style="ats", variant="en-US", vendor="icims",
         frm="St. Clement Health Careers <careers-noreply@talent.icims.com>", brand="St. Clement Health System",
         subject="Regarding your application - Marketing Manager, Service Lines (Req #2026-11873)", headers=AUTO,
         notes="hospital system; html-only; position has been filled",
         about="St. Clement Health System is a nonprofit health system with 11 hospitals and more than 140 clinics "
               "serving 14 counties. Named a Best Place to Work in Healthcare for 2026.",
         text="""Hello Sam,

Thank you for your interest in careers at St. Clement Health System and for applying to the Marketing Manager, Service Lines position (Req #2026-11873).

We wanted to let you know that this position has been filled. While we will not be moving forward with your application for this role, we encourage you to continue to explore opportunities with us; new positions are posted daily on our [[careers page]].

We appreciate your interest in St. Clement and wish you the best in your career search.

Sincerely,
Talent Acquisition
St. Clement Health System""",
         exp=("", "", "St. Clement Health System", "Marketing Manager, Service Lines")),

    dict(R, slug="brightwater-greenhouse-consulting", cat="ats-automated", style="ats", variant="en-US", vendor="greenhouse",
         frm="Brightwater Partners Recruiting <no-reply@us.greenhouse-mail.io>",
         reply_to="Maya Lindqvist <maya.lindqvist@brightwaterpartners.example>", brand="Brightwater Partners",
         subject="Your application to Brightwater Partners", headers=AUTO,
         notes="consulting firm; after a first call; data-retention question; Reply-To recruiter",
         button="Delete my application data",
         text="""Hi Sam,

Thank you for taking the time to apply for the Engagement Manager, Marketing & Growth Strategy role and for speaking with our team last week. We know how much effort goes into a process like ours.

We received a large number of strong applications, and after careful review we have decided not to move forward with your candidacy at this time.

We'd like to keep your information in our system so we can reach out if a future role looks like a good match. If you'd rather we didn't, you can ask us to delete your data using the button below.

Thanks again for your interest in Brightwater, and best of luck in your search.

Maya Lindqvist
Recruiting Lead, Brightwater Partners""",
         exp=("maya.lindqvist@brightwaterpartners.example", "Maya", "Brightwater Partners",
              "Engagement Manager, Marketing & Growth Strategy")),

    dict(R, slug="hollowfield-teamtailor-hospice", cat="ats-automated", style="ats", variant="en-GB", vendor="teamtailor",
         frm="Hollowfield Hospice <jobs@mail.teamtailor.com>", brand="Hollowfield Hospice",
         subject="Head of Fundraising Communications - update on your application", headers=AUTO,
         notes="charity; not shortlisted; newsletter sign-up offered",
         about="Hollowfield Hospice is a registered charity (no. 1099999) providing free specialist palliative care to "
               "more than 2,000 people a year across North Somerset.",
         text="""Hi Sam,

Thank you so much for applying to be our Head of Fundraising Communications, and for taking the time to tell us about yourself. We had an overwhelming response - over 140 applications - which says a lot about how much people care about hospice care.

We're sorry to let you know that you haven't been shortlisted for interview on this occasion. Because of the number of applications we're not able to give individual feedback at this stage, but we are genuinely grateful for your interest.

If you'd like to stay close to what we do, you can [[sign up to our supporter newsletter]] - and of course you're very welcome to apply for future roles.

With warm wishes,
The People Team
Hollowfield Hospice""",
         exp=("", "", "Hollowfield Hospice", "Head of Fundraising Communications")),

    dict(R, slug="kilbride-jobtrain-university", day="2026-10-16", cat="ats-automated", style="ats", variant="en-IE", vendor="jobtrain",
         frm="Kilbride University Recruitment <noreply@jobtrain.co.uk>", brand="Kilbride University",
         subject="Kilbride University - Marketing and Recruitment Manager (Ref: KU-0926-114)", headers=AUTO,
         notes="university; formal 'regret to inform'; Irish-language footer line",
         extra_footer=["Tá fáilte roimh chomhfhreagras i nGaeilge. Correspondence in Irish is welcome."],
         text="""Dear Sam,

Re: Marketing and Recruitment Manager, International Office (Ref: KU-0926-114)

Thank you for your application for the above post.

The shortlisting panel met on 14 October and considered all applications against the criteria set out in the job specification. I regret to inform you that on this occasion your application has not been successful and you have not been shortlisted for the next stage of the competition.

We would like to thank you for the interest you have shown in Kilbride University and wish you every success in your future career.

Yours sincerely,

Human Resources
Kilbride University""",
         exp=("", "", "Kilbride University", "Marketing and Recruitment Manager, International Office")),

    dict(R, slug="eastmoor-tribepad-status", cat="ats-automated", style="ats", variant="en-GB", vendor="tribepad",
         frm="Eastmoor District Council <noreply@tribepad.com>", brand="Eastmoor District Council",
         subject="Your application: Communications and Engagement Officer (EDC1187)", headers=AUTO,
         notes="local government; status table 'Not shortlisted'; no feedback at shortlisting",
         table=[("Vacancy", "Communications and Engagement Officer"), ("Reference", "EDC1187"),
                ("Directorate", "Corporate Services"), ("Status", "Not shortlisted")],
         text="""Dear Sam Taylor,

There has been an update to your application.

{table}

Thank you for applying for this role with Eastmoor District Council. The recruiting panel has assessed your application against the essential criteria in the person specification and unfortunately you have not been selected to progress to the interview stage.

Please note that we do not provide feedback at the shortlisting stage. You can view your application history by logging in to your [[candidate account]].

Kind regards,
HR Recruitment
Eastmoor District Council""",
         exp=("", "", "Eastmoor District Council", "Communications and Engagement Officer")),

    dict(R, slug="gc-coastal-screened-out", cat="ats-automated", style="ats", variant="en-CA", vendor="gcjobs",
         frm="Public Service Recruitment System <no-reply@jobs.gc.example>", brand="Canadian Coastal Heritage Agency",
         subject="Notification - Selection process 26-CCH-EA-0412 / Avis - Processus de sélection 26-CCH-EA-0412",
         headers=AUTO,
         notes="federal government; bilingual English then French version; screened out; generic mailbox in body",
         text="""(La version française suit.)

Dear Sam Taylor,

Selection process number: 26-CCH-EA-0412
Position: Communications Advisor (IS-04)
Organization: Canadian Coastal Heritage Agency

Thank you for your interest in the above selection process.

Your application has been reviewed by the assessment board. We regret to inform you that you have been screened out of this process because your application did not clearly demonstrate that you meet the following essential qualification:

- Significant experience in providing strategic communications advice to senior management.

You may request an informal discussion with the assessment board by writing to the generic mailbox cch.staffing-dotation.cch@coastal.gc.example within five (5) calendar days of receiving this notification.

Thank you for your interest in a career in the federal public service.

Assessment Board

Bonjour Sam Taylor,

Numéro du processus de sélection : 26-CCH-EA-0412
Poste : Conseiller ou conseillère en communications (IS-04)
Organisation : Agence canadienne du patrimoine côtier

Nous vous remercions de l'intérêt que vous portez au processus de sélection mentionné ci-dessus.

Votre candidature a été examinée par le comité d'évaluation. Nous regrettons de vous informer que votre candidature a été éliminée du processus, car elle ne démontrait pas clairement que vous possédez la qualification essentielle suivante :

- Expérience significative de la prestation de conseils stratégiques en communication à la haute direction.

Vous pouvez demander une discussion informelle avec le comité d'évaluation en écrivant à la boîte générique cch.staffing-dotation.cch@coastal.gc.example dans les cinq (5) jours civils suivant la réception du présent avis.

Comité d'évaluation""",
         exp=("cch.staffing-dotation.cch@coastal.gc.example", "", "Canadian Coastal Heritage Agency",
              "Communications Advisor (IS-04)")),

    dict(R, slug="kaveri-darwinbox-not-shortlisted", cte="base64", cat="keep-on-file", style="ats", variant="en-IN", vendor="darwinbox",
         frm="Kaveri Capital Bank Careers <noreply@darwinbox.in>", brand="Kaveri Capital Bank",
         subject="Update on your application with Kaveri Capital Bank", headers=AUTO,
         notes="bank; 'profile has not been shortlisted'; kept in database; fraud disclaimer footer",
         text="""Dear Sam Taylor,

Greetings from Kaveri Capital Bank!

Thank you for your interest in the position of Manager - Brand & Communications (Job Code: KCB/MKT/2611) and for taking the time to apply.

We have carefully reviewed your profile against the requirements of the role. We regret to inform you that your profile has not been shortlisted for the next round of the selection process.

Your profile will remain in our database and we shall get in touch with you should a suitable opportunity arise in future.

We wish you all the very best in your career.

Warm Regards,
Talent Acquisition Team
Kaveri Capital Bank Ltd.""",
         exp=("", "", "Kaveri Capital Bank", "Manager - Brand & Communications")),

    dict(R, slug="lumina-kalibrr-not-selected", cat="job-board-relay", style="ats", variant="en-PH", vendor="kalibrr",
         frm="Kalibrr <noreply@kalibrr.com>", brand="Kalibrr",
         subject="Your application status has been updated", headers=BULK,
         notes="retail (malls); job-board status notice 'Not Selected' followed by job suggestions",
         table=[("Job", "Senior Marketing Officer"), ("Company", "Lumina Malls Inc."), ("Status", "Not Selected"),
                ("Updated", "3 days ago")],
         text="""Hi Sam,

Your application status for Senior Marketing Officer at Lumina Malls Inc. has been updated.

{table}

Don't be discouraged! There are thousands of jobs waiting for you on Kalibrr. Here are some jobs that match your profile:

- Brand Manager - Sunpeak Beverages, Pasig City
- Marketing Communications Lead - Orchid Bay Resorts, Taguig
- Digital Marketing Specialist - Vistamar Realty, Cebu City

[[See more jobs]]

Good luck with your job search!
The Kalibrr Team""",
         exp=("", "", "Lumina Malls Inc.", "Senior Marketing Officer")),

    dict(R, slug="alnoor-smartrecruiters-hotel", cat="keep-on-file", style="ats", variant="en-AE", vendor="smartrecruiters",
         frm="Al Noor Hotels & Resorts <noreply@smartrecruiters.com>", brand="Al Noor Hotels & Resorts",
         subject="Director of Marketing Communications - Al Noor Hotels & Resorts", headers=AUTO,
         notes="hospitality chain; 'not to proceed'; CV retained; Arabic do-not-reply line in footer",
         extra_footer=["هذه رسالة آلية، يرجى عدم الرد عليها."],
         text="""Dear Sam,

Thank you for applying for the position of Director of Marketing Communications at Al Noor Hotels & Resorts, Dubai, and for your interest in joining our family of hotels.

We have reviewed your application thoroughly. While your background is impressive, we have decided not to proceed with your application at this time, as we have identified candidates whose profiles more closely match the requirements of this position.

We will retain your CV in our talent database for future opportunities that may match your experience.

We wish you every success in your future endeavours.

Warm regards,
Talent Acquisition | Al Noor Hotels & Resorts""",
         exp=("", "", "Al Noor Hotels & Resorts", "Director of Marketing Communications")),

    dict(R, slug="crestline-workable-assessment", day="2026-10-23", cat="after-assessment", style="ats", variant="en-NG", vendor="workable",
         frm="Crestline Bank Nigeria <noreply@candidates.workablemail.com>", brand="Crestline Bank",
         subject="Crestline Bank Experienced Hires Programme 2027: Assessment Outcome", headers=AUTO,
         notes="bank programme; online assessment outcome; verdict mid-letter after cut-off explanation",
         text="""Dear Sam,

Thank you for your interest in the Crestline Bank Experienced Hires Programme 2027 and for completing the online assessment on 12 October.

This year we received over 9,000 applications for 60 places. Candidates were ranked on their combined scores across the numerical reasoning, verbal reasoning and situational judgement sections, and only those above the cut-off were invited to the assessment centre.

We regret to inform you that you were not successful at this stage of the process, and your application for the Experienced Hires Programme 2027 will not be progressed further.

You are welcome to apply again when applications for the 2028 programme open. Follow Crestline Bank on LinkedIn to be the first to know.

Best regards,
Talent Acquisition
Crestline Bank""",
         exp=("", "", "Crestline Bank", "Experienced Hires Programme 2027")),

    dict(R, slug="ashgrove-avature-internship", cat="after-assessment", style="ats", variant="en-GB", vendor="avature",
         frm="Ashgrove Lyle Early Careers <earlycareers@ashgrovelyle.avature.net>", brand="Ashgrove Lyle",
         subject="Your application: 2027 Strategy Summer Internship", headers=AUTO,
         notes="consulting internship; after a recorded video interview; 'won't be progressing'",
         text="""Dear Sam,

Thank you for applying for the 2027 Strategy Summer Internship at Ashgrove Lyle and for completing your video interview.

We've now reviewed your video interview alongside your application. Unfortunately, on this occasion we won't be progressing your application any further.

We know that this will be disappointing. Competition for places this year was particularly strong, and we were not able to take forward many candidates with excellent applications.

Please note that you will not be able to apply for another Ashgrove Lyle early careers opportunity in the same recruitment cycle, but you are very welcome to apply again next year.

Kind regards,
Ashgrove Lyle Early Careers Team""",
         exp=("", "", "Ashgrove Lyle", "2027 Strategy Summer Internship")),

    dict(R, slug="garland-workday-req-cancelled", cat="role-cancelled", style="ats", variant="en-US", vendor="workday",
         frm="Garland & Pike <garlandpike@myworkday.com>", brand="Garland & Pike", plain="none",
         subject="Update regarding Senior Manager, Brand Marketing (R-118204)", headers=AUTO,
         notes="department-store chain; html-only; 'we have closed this requisition'",
         text="""Hi Sam,

Thank you for your interest in the Senior Manager, Brand Marketing position (R-118204) with Garland & Pike.

We are writing to let you know that we have closed this requisition and the position will not be filled at this time. As a result, your application for this position will no longer be considered.

We truly appreciate the time you spent applying, and we hope you'll consider other opportunities with Garland & Pike in the future. You can search open roles and set up job alerts on our [[careers site]].

Best regards,
Garland & Pike Talent Acquisition""",
         exp=("", "", "Garland & Pike", "Senior Manager, Brand Marketing")),

    dict(R, slug="quillon-linkedin-easy-apply", cat="job-board-relay", style="ats", variant="en-US", vendor="linkedin",
         frm="LinkedIn <jobs-noreply@linkedin.com>", brand="LinkedIn",
         subject="Your application to Marketing Manager at Quillon Hotels", headers=BULK,
         notes="hotel chain via LinkedIn Easy Apply; verdict then 'Top jobs for you' list",
         text="""Your update from Quillon Hotels

Thank you for your interest in the Marketing Manager position at Quillon Hotels in Chicago, IL. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Quillon Hotels.

Regards,
Quillon Hotels

## Top jobs for you
- Brand Marketing Manager - Lakeshore Resorts - Chicago, IL (Actively recruiting)
- Marketing Manager, Loyalty - Parkline Suites - Evanston, IL (Be an early applicant)
- Senior Marketing Manager - Harbor & Vine Restaurant Group - Chicago, IL (Promoted)

[[See all jobs]]""",
         exp=("", "", "Quillon Hotels", "Marketing Manager")),

    dict(R, slug="cedarline-indeed-update", cat="job-board-relay", style="ats", variant="en-CA", vendor="indeed",
         frm="Indeed <donotreply@match.indeed.com>", brand="Indeed",
         subject="An update on your application from Cedarline Hospitality Group", headers=BULK,
         notes="hospitality group via Indeed relay; employer's decision; jobs list after",
         text="""Hi Sam,

An update on your application

Unfortunately, Cedarline Hospitality Group has decided not to move forward with your application for Regional Marketing Manager in Toronto, ON.

This decision was made by the employer. Don't give up - the right job is out there.

## Jobs you may be interested in
- Marketing Manager - Lakeview Inns - Mississauga, ON
- Brand Manager, Food Service - Harvest North Foods - Toronto, ON
- Communications Manager - Rideau Valley Hospital - Ottawa, ON

[[Find more jobs]]""",
         exp=("", "", "Cedarline Hospitality Group", "Regional Marketing Manager")),

    dict(R, slug="brannock-personio-talentpool", cat="keep-on-file", style="ats", variant="en-IE", vendor="personio",
         frm="Brannock & Daughters <noreply@jobs.personio.de>",
         reply_to="Brannock & Daughters People Team <people@brannock.example>", brand="Brannock & Daughters",
         subject="Your application as E-commerce Marketing Lead", headers=AUTO,
         notes="retail chain; English letter with German privacy footer; may we keep your profile?",
         button="Yes, keep my profile in the talent pool",
         text="""Hi Sam,

Thanks again for your application as E-commerce Marketing Lead at Brannock & Daughters and for your patience while we worked through a big pile of applications.

We've decided to continue with other candidates whose profiles are a closer fit for this particular role, so we won't be taking your application further this time.

We liked what we saw, though, and would love to keep your profile in our talent pool for future roles. If that's OK with you, just click the button below - otherwise your data will be deleted automatically after six months.

All the best,
People Team
Brannock & Daughters""",
         exp=("people@brannock.example", "", "Brannock & Daughters", "E-commerce Marketing Lead")),

    dict(R, slug="westernranges-pageup-unsuccessful", cat="ats-automated", style="ats", variant="en-AU", vendor="pageup",
         frm="Western Ranges University <noreply@pageuppeople.com>", brand="Western Ranges University",
         subject="Senior Marketing Officer (Student Recruitment) - Job Ref 511207", headers=AUTO,
         notes="university; standard 'not been successful'; contact officer in body",
         text="""Dear Sam

Thank you for your application for the position of Senior Marketing Officer (Student Recruitment), Job Ref 511207.

The selection panel has now completed its assessment of all applications received. Unfortunately, on this occasion your application has not been successful.

We appreciate the time and effort you put into your application and thank you for your interest in working at Western Ranges University. We encourage you to continue to check our [[jobs page]] for future opportunities.

If you have any questions about this process, please contact Bronwyn Kelly, Talent Acquisition Consultant, on b.kelly@westernranges.example.

Kind regards

Talent Acquisition
People and Culture | Western Ranges University""",
         exp=("b.kelly@westernranges.example", "Bronwyn", "Western Ranges University",
              "Senior Marketing Officer (Student Recruitment)")),

    dict(R, slug="openharbor-lever-short", cat="ats-automated", style="ats", variant="en-US", vendor="lever",
         frm="Priya Raman <no-reply@hire.lever.co>", reply_to="priya.raman@openharbor.example",
         brand="Open Harbor Foundation", headers=AUTO,
         subject="Open Harbor Foundation | Senior Communications Manager",
         notes="nonprofit; short Lever note from recruiter; 'move forward with other applicants'",
         text="""Hi Sam,

Thanks so much for your interest in Open Harbor Foundation and the Senior Communications Manager role.

After reviewing your application, we've decided to move forward with other applicants whose experience is more closely aligned with what we're looking for right now.

We really appreciate you taking the time to apply, and we wish you the very best.

Best,
Priya""",
         exp=("priya.raman@openharbor.example", "Priya", "Open Harbor Foundation", "Senior Communications Manager")),

    # ------------------------------------------------------------------ personal (20)
    dict(R, slug="kestrelpark-nhs-panel-decision", day="2026-11-06", cat="personal-after-interview", style="personal", variant="en-GB",
         frm="Ruth Ellery <ruth.ellery@kestrelpark.nhs.example>",
         subject="Head of Communications and Engagement - interview outcome",
         notes="NHS trust; panel chair after interview; feedback offered by phone",
         text="""Dear Sam,

Thank you for attending interview on Tuesday for the post of Head of Communications and Engagement, and for the presentation on our winter pressures campaign, which the panel found thoughtful and well pitched.

I'm sorry to let you know that the panel has decided to offer the post to another candidate. It was a very strong field and the decision was a close one, particularly on the stakeholder questions.

If it would be helpful, I'd be very happy to give you some feedback by phone. My PA, Denise, can find a slot in my diary - her number is 01632 960 418.

With best wishes,

Ruth

Dr Ruth Ellery
Director of Communications
Kestrel Park Hospitals NHS Trust
""",
         exp=("ruth.ellery@kestrelpark.nhs.example", "Ruth", "Kestrel Park Hospitals NHS Trust",
              "Head of Communications and Engagement")),

    dict(R, slug="foxhollow-agency-two-liner", cat="agency-recruiter", style="personal", variant="en-GB",
         frm="Dan Pryce <dan.pryce@foxhollowrecruitment.example>",
         subject="Carrow & Vine", notes="agency; two lines; client named in subject and body",
         text="""Hi Sam,

Just heard back from Carrow & Vine - they've gone with another candidate for the Retail Marketing Manager role, sorry mate. I'll keep you in mind for anything else that comes in.

Dan

Dan Pryce | Senior Consultant, Retail & Consumer
Foxhollow Recruitment | 0161 496 0721 | 07700 900 183
""",
         exp=("dan.pryce@foxhollowrecruitment.example", "Dan", "Carrow & Vine", "Retail Marketing Manager")),

    dict(R, slug="saltbush-hotel-gm-casual", cat="personal-after-interview", style="personal", variant="en-AU",
         frm="Mick Adair <mick.adair@saltbushhotels.example>",
         subject="Thanks for coming in", notes="hotel group GM; casual; 'go another way'",
         text="""Hey Sam,

Thanks heaps for coming in on Thursday and for the great chat - the team really enjoyed meeting you.

We've decided to go another way with the Group Marketing Manager role. In the end we've offered it to someone with a bit more hospitality-specific experience, which was the deciding factor for us with three venues opening next year.

Genuinely appreciate your time, and if you're ever up the coast, the first round's on me.

Cheers,
Mick

Mick Adair
General Manager | Saltbush Hotel Group
0491 570 156
""",
         exp=("mick.adair@saltbushhotels.example", "Mick", "Saltbush Hotel Group", "Group Marketing Manager")),

    dict(R, slug="northbay-university-committee", cat="personal-after-interview", style="personal", variant="en-CA",
         frm="Anil Mehra <anil.mehra@northbayu.example>",
         subject="Director, Marketing and Communications - search outcome",
         notes="university search committee chair; long letter, verdict in the middle; records retention",
         text="""Dear Sam,

On behalf of the search committee for the position of Director, Marketing and Communications, I want to thank you for the time and care you put into our process over the past two months: the screening conversation, the committee interview, and the campus visit, including the open session with staff and the presentation on the university's enrolment brand.

Several members of the committee commented afterwards on the clarity of your presentation and on your questions about how the university measures the return on its recruitment marketing. The staff feedback forms were similarly positive, and a number of respondents noted your warmth and your interest in the team's current work.

The committee met on Monday to finalise its recommendation to the Vice-President. I regret that we will not be recommending you for appointment. The committee's choice came down to direct experience of leading a university communications function through a collective agreement cycle, which was a priority for us at this particular moment.

In accordance with university policy, the materials submitted as part of your application will be retained securely for one year and then destroyed. If you would like to discuss the process, I would be glad to make time for a call.

With my thanks and best wishes,

Anil Mehra
Associate Vice-President, Advancement
Chair, Search Committee
Northbay University
""",
         exp=("anil.mehra@northbayu.example", "Anil", "Northbay University", "Director, Marketing and Communications")),

    dict(R, slug="saraswat-consulting-candidature", day="2026-11-19", cat="personal-after-interview", style="personal", variant="en-IN",
         frm="Neha Kulkarni <neha.kulkarni@saraswatconsulting.example>",
         subject="Your candidature - Associate Director - Marketing Strategy",
         notes="consulting firm; Indian English; 'unable to take your candidature forward'",
         text="""Dear Sam,

Greetings of the day.

Thank you for taking the time to interact with our panel for the position of Associate Director - Marketing Strategy. We appreciate your interest in Saraswat Consulting LLP.

However, after careful evaluation, we regret to inform you that we are unable to take your candidature forward at this stage. We shall retain your resume in our database and connect with you in case of a suitable opening in future.

Wishing you all the best for your future endeavours.

Thanks & Regards,
Neha Kulkarni
HR - Talent Acquisition
Saraswat Consulting LLP
+91 98200 11223
""",
         exp=("neha.kulkarni@saraswatconsulting.example", "Neha", "Saraswat Consulting LLP",
              "Associate Director - Marketing Strategy")),

    dict(R, slug="harbourlight-charity-interview-day", cat="personal-after-interview", style="personal", variant="en-IE",
         frm="Orla Breathnach <orla.breathnach@harbourlight.example>", client_html=True,
         subject="Director of Communications and Advocacy", notes="housing charity CEO; panel decision after interview day; Irish sign-off",
         text="""Dear Sam,

Thank you for coming in for our interview day on Friday. I know it was a long day - the presentation, the panel, and then lunch with the tenants' forum - and we really appreciated the energy you brought to all of it.

The panel met on Monday to make its decision, and I'm sorry to tell you that on this occasion we've offered the role of Director of Communications and Advocacy to another candidate. Your presentation on the homelessness figures campaign was one of the strongest we saw, and the tenants' forum spoke warmly about you. Where the other candidate edged ahead was in policy and public affairs experience, which will matter a great deal in the year ahead.

I'd be glad to talk through the panel's feedback if that would be useful - just let me know a time that suits.

Le gach dea-ghuí,
Orla

Orla Breathnach
Chief Executive | Harbourlight Housing Trust
01 555 0142
""",
         exp=("orla.breathnach@harbourlight.example", "Orla", "Harbourlight Housing Trust",
              "Director of Communications and Advocacy")),

    dict(R, slug="marrangal-council-not-recommended", day="2026-11-10", cat="personal-after-interview", style="personal", variant="en-AU",
         frm="Karen Whitlam <kwhitlam@marrangal.nsw.example>",
         subject="Coordinator Communications & Engagement (Position No. 40127)",
         notes="local government; 'not been recommended for appointment'",
         text="""Dear Sam,

Re: Coordinator Communications & Engagement (Position No. 40127)

Thank you for your application and for attending an interview with the selection panel on 3 November.

I am writing to advise that, following assessment of all candidates, you have not been recommended for appointment to this position.

The panel was impressed by the calibre of applicants for this role. Should you wish to receive feedback on your application and interview, please contact the panel convenor, Gary Thompson, on 02 5550 1840.

Thank you for your interest in a career with the City of Marrangal.

Kind regards,

Karen Whitlam
People & Culture Advisor
City of Marrangal
""",
         exp=("kwhitlam@marrangal.nsw.example", "Karen", "City of Marrangal", "Coordinator Communications & Engagement")),

    dict(R, slug="ikoyi-bank-panel-outcome", cat="personal-after-interview", style="personal", variant="en-NG",
         frm="Adaeze Nwosu <adaeze.nwosu@ikoyitrustbank.example>",
         subject="Re: Panel Interview - Head, Brand Management", parent=True,
         notes="bank HR after panel interview; 'after due consideration'; formal Nigerian English",
         text="""Dear Sam,

Thank you for your interest in the Head, Brand Management role at Ikoyi Trust Bank Plc and for attending the panel interview at our Victoria Island head office last week.

After due consideration, we regret to inform you that your application was not successful. The panel noted your strong analytical background and your experience of brand tracking; however, the successful candidate had more extensive experience of managing a bank brand in the Nigerian market.

We will keep your CV in view and may contact you if a suitable vacancy arises.

We wish you success in your career.

Yours faithfully,

Adaeze Nwosu
Human Capital Management
Ikoyi Trust Bank Plc
Plot 1402 Adeola Odeku Street, Victoria Island, Lagos
""",
         exp=("adaeze.nwosu@ikoyitrustbank.example", "Adaeze", "Ikoyi Trust Bank Plc", "Head, Brand Management")),

    dict(R, slug="gulfbridge-client-hold", cat="role-cancelled", style="personal", variant="en-AE",
         frm="Rohan Dsouza <rohan@gulfbridge-search.example>",
         subject="Zahra Developments - update", notes="exec search; client puts the hire on hold; process closed for all candidates",
         text="""Hi Sam,

Hope you're well.

I've had an update from Zahra Developments on the Head of Marketing role. Unfortunately they've decided to put the hire on hold until after Q1 budgets are approved, so the process is closed for now and all candidates have been stood down.

I know you were down to the last three and this is frustrating - it's frustrating for me too. If it reopens I'll call you first, and I'll keep you in mind for the two developer mandates I'm expecting in the new year.

Best regards,
Rohan

Rohan Dsouza
Senior Consultant | Gulfbridge Executive Search
Office 2104, Al Sufouh Tower, Dubai | +971 50 555 0193
""",
         exp=("rohan@gulfbridge-search.example", "Rohan", "Zahra Developments", "Head of Marketing")),

    dict(R, slug="pacificcrest-short-godbless", cat="terse", style="personal", variant="en-PH",
         frm="Joanna Reyes <joanna.reyes@pacificcrestfoods.example>",
         subject="Brand Manager application", notes="food manufacturer; very short; mobile signature",
         text="""Hi Sam, good day!

Sorry to inform you that the hiring manager has chosen another applicant for the Brand Manager position. Thank you for your time and God bless!

Joanna
HR - Pacific Crest Foods Corporation

Sent from Yahoo Mail on Android
""",
         exp=("joanna.reyes@pacificcrestfoods.example", "Joanna", "Pacific Crest Foods Corporation", "Brand Manager")),

    dict(R, slug="birchwood-reply-filled-weeks-ago", cat="personal-after-interview", style="personal", variant="en-US",
         frm="Jessica Turner <jessica.turner@birchwoodoutfitters.example>", client_html=True,
         subject="Re: Director of Customer Insights - checking in", parent=True, day="2026-10-21",
         notes="retailer; reply above Sam's chaser (Gmail quote); 'filled the position a couple of weeks ago'",
         text="""Hi Sam,

Apologies for the radio silence on our end. We actually filled the position a couple of weeks ago, and I'm sorry no one circled back to let you know sooner - that's on us, and not the experience we want candidates to have.

Thank you for your patience and for the time you spent with the team. I'd be happy to stay in touch if something else opens up on the insights side.

Best,
Jess

Jessica Turner | Talent Partner
Birchwood Outfitters
(503) 555-0148

On Mon, Oct 19, 2026 at 9:02 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Jess,
>
> I hope you're well. I wanted to check in on the Director of Customer
> Insights role - is there any update on timing? I'm still very interested
> in the position and happy to provide anything else you need.
>
> Best,
> Sam
""",
         exp=("jessica.turner@birchwoodoutfitters.example", "Jess", "Birchwood Outfitters", "Director of Customer Insights")),

    dict(R, slug="sterlingrow-manager-forwards-system", cat="forwarded-about-owner", style="personal", variant="en-GB",
         frm="Martin Hale <martin.hale@sterlingrow.example>",
         subject="Fwd: Your application - Head of Member Insight", day="2026-11-05",
         notes="building society; hiring manager forwards the ATS rejection with a personal note above",
         text="""Sam - I've just seen that this went out to you as a standard system email, which after three rounds feels pretty cold, so I wanted to add a personal note.

It was genuinely close. The team liked you a lot and your case study was the best we saw. We went with someone who has run a member panel at another mutual, and that tipped it. I'd be very happy to stay in touch, and to be a sounding board if it's useful.

Martin

Martin Hale
Director of Marketing and Member Experience
Sterling Row Building Society
07700 900 562

---------- Forwarded message ---------
From: Sterling Row Careers <noreply@sterlingrow-careers.example>
Date: Thu, 5 Nov 2026 at 10:14
Subject: Your application - Head of Member Insight
To: Sam Taylor <sam.taylor@example.org>

Dear Sam,

Thank you for your interest in the Head of Member Insight role at Sterling Row Building Society and for attending the final interview.

Unfortunately, we will not be progressing your application further. We appreciate the time and effort you have invested in the process.

Kind regards,
Sterling Row Recruitment
""",
         exp=("martin.hale@sterlingrow.example", "Martin", "Sterling Row Building Society", "Head of Member Insight")),

    dict(R, slug="laurentide-resent-bounce", cat="resent", style="personal", variant="en-CA",
         frm="Chantal Roy <chantal.roy@laurentidecu.example>",
         subject="Fw: Manager, Member Marketing - update (resending)", day="2026-10-29",
         notes="credit union; re-sent after a bounce; bilingual FR/EN signature",
         text="""Hi Sam,

Resending this as my first email bounced back - I had a typo in your address, apologies! Please see below.

Chantal

________________________________
From: Chantal Roy
Sent: October 27, 2026 4:40 PM
To: sam.taylor@exmaple.org
Subject: Manager, Member Marketing - update

Hi Sam,

Thank you again for meeting with Marc and me last week about the Manager, Member Marketing position. We enjoyed the conversation.

After a lot of discussion, we've decided to proceed with another candidate whose experience with financial co-operatives is closer to what the team needs right now. This was not an easy decision.

We'd be glad to hear from you again if you see another role with us that interests you.

Kind regards,

Chantal Roy
Partenaire, acquisition de talents | Talent Acquisition Partner
Caisse Laurentide / Laurentide Credit Union
514 555-0177
""",
         exp=("chantal.roy@laurentidecu.example", "Chantal", "Laurentide Credit Union", "Manager, Member Marketing")),

    dict(R, slug="thornbury-returners-not-further", cat="graduate-scheme", style="personal", variant="en-GB",
         frm="Returners Programme <returners@thornburyinsurance.example>",
         subject="Your application to the 2027 Returners Programme", notes="insurer's returnship; not eligible; 'won't be taking your application further'; team address",
         text="""Hi Sam,

Thanks for your application to the 2027 Returners Programme (Marketing and Customer Insight stream) and for completing the video interview.

I'm afraid we won't be taking your application further this time. The programme is designed for people returning to work after a career break of two years or more, and from your application it looks as though you're currently in a role, so you don't meet the eligibility criteria.

That said, your experience would be a good match for some of our permanent roles, and I'd encourage you to look at the insight vacancies on our careers site.

Best wishes,

Laura Penrose
Early Careers and Returners Coordinator
Thornbury Insurance
""",
         exp=("returners@thornburyinsurance.example", "Laura", "Thornbury Insurance", "2027 Returners Programme")),

    dict(R, slug="dunmere-uni-internal-candidate", day="2026-11-06", cat="internal-candidate", style="personal", variant="en-GB",
         frm="Gemma Lowe <g.lowe@dunmere.ac.example>",
         subject="Digital Content Manager (DUN-2611) - interview on 12 November",
         notes="university HR; filled internally; the arranged interview will not go ahead",
         text="""Dear Sam,

Thank you for your interest in the post of Digital Content Manager in the Marketing and Communications Directorate.

I am writing to let you know that the post has now been filled by an internal candidate through the University's redeployment process. This means that the interview arranged for 12 November will not go ahead. I appreciate this will be disappointing, and I apologise for the short notice.

We will keep your details for six months in case a similar post arises.

Kind regards,

Gemma Lowe
HR Adviser (Recruitment)
University of Dunmere
""",
         exp=("g.lowe@dunmere.ac.example", "Gemma", "University of Dunmere", "Digital Content Manager")),

    dict(R, slug="ballymore-competition-cancelled", day="2026-11-04", cat="role-cancelled", style="personal", variant="en-IE",
         frm="Siobhán Gallagher <recruitment@ballymorecoco.example>",
         subject="Competition for Communications Officer (Grade VI) - cancellation",
         notes="county council; competition cancelled after staffing review; scheduled interviews will not take place",
         text="""Dear Sam,

I refer to your application for the position of Communications Officer (Grade VI) with Ballymore County Council.

Following a review of staffing requirements, the Council has decided not to proceed with this competition at this time. Accordingly, the competition has been cancelled and the interviews scheduled for the week of 17 November will not take place.

I apologise for any inconvenience this may cause and thank you for the interest you have shown in working with Ballymore County Council. Any future competitions will be advertised on our website and on publicjobs.

Is mise le meas,

Siobhán Gallagher
Staff Officer, Human Resources Department
Ballymore County Council
""",
         exp=("recruitment@ballymorecoco.example", "Siobhán", "Ballymore County Council",
              "Communications Officer (Grade VI)")),

    dict(R, slug="kessling-partner-long-praise", cat="personal-after-interview", style="personal", variant="en-US",
         frm="David Ochoa <dochoa@kesslingward.example>", client_html=True,
         subject="Following up", notes="consulting partner; long praise, verdict at the very end",
         text="""Hi Sam,

I wanted to reach out personally rather than have this come from our recruiting system.

First, thank you. You spent the better part of a day with us, and the case you worked through with Alicia and Tom - the regional grocer losing share to discounters - was one of the most grounded answers we've heard. You went straight to the loyalty data, which is exactly what the client did in real life. Tom said afterwards that he'd have happily put you in front of that client the next morning.

I also appreciated your candor in our conversation about moving from an in-house insights team to consulting. It's a real shift, and you'd clearly thought about what it would mean for you.

This has been a hard one for us. In the end, though, we've decided to extend the offer for the Director, Customer Strategy position to another candidate whose background with healthcare clients is deeper, because that's where most of the practice's work will sit next year.

I'd like to stay in touch, and I mean that.

David

David Ochoa
Partner | Kessling Ward Consulting
(312) 555-0116
""",
         exp=("dochoa@kesslingward.example", "David", "Kessling Ward Consulting", "Director, Customer Strategy")),

    dict(R, slug="hartleys-area-manager-mobile", cat="terse", style="personal", variant="en-GB",
         frm="Lee Marsh <lee.marsh@hartleysstores.example>",
         subject="Re: Thanks for Tuesday", parent=True, day="2026-10-14", wrap=False,
         notes="retail area manager; lower-case mobile reply with typos above Sam's iPhone-quoted thank-you",
         text="""hi sam sorry for late reply been mad busy with peak. we went with someone who had more store ops experiance in the end so its a no this time im afraid. thanks for coming to see us tho, all the best

Lee

Sent from my iPhone

> On 8 Oct 2026, at 17:31, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Lee,
>
> Thanks again for Tuesday - I really enjoyed hearing about the plans for
> the northern stores, and the Regional Marketing Manager role sounds like a
> great fit for what I want to do next. Let me know if Hartleys needs anything
> else from me.
>
> Best,
> Sam
""",
         exp=("lee.marsh@hartleysstores.example", "Lee", "Hartleys", "Regional Marketing Manager")),

    dict(R, slug="teifi-healthboard-welsh-footer", cat="personal-after-interview", style="personal", variant="en-GB",
         frm="Rhian Pritchard <rhian.pritchard@teifi.wales.example>",
         subject="Communications and Engagement Manager - outcome / Canlyniad",
         notes="Welsh health board; English letter with Welsh subject word and bilingual footer; 'not been successful on this occasion'",
         text="""Dear Sam,

Thank you for attending the interview for the post of Communications and Engagement Manager on Wednesday.

Unfortunately, you have not been successful on this occasion. The panel would like to thank you for your time and for a well-prepared interview.

If you would like feedback, please reply to this email and I will arrange a call with the chair of the panel.

Kind regards / Cofion cynnes,

Rhian Pritchard
Workforce Officer / Swyddog Gweithlu
Teifi Valley University Health Board / Bwrdd Iechyd Prifysgol Dyffryn Teifi

Rydym yn croesawu gohebiaeth yn Gymraeg, Saesneg neu yn ddwyieithog. Byddwn yn ateb gohebiaeth yn yr un iaith ac ni fydd hyn yn arwain at oedi.
We welcome correspondence in Welsh, English or bilingually. We will respond to correspondence in the same language and this will not lead to a delay.
""",
         exp=("rhian.pritchard@teifi.wales.example", "Rhian", "Teifi Valley University Health Board",
              "Communications and Engagement Manager")),

    dict(R, slug="sahra-resorts-profile-match", cat="personal-after-screen", style="personal", variant="en-AE",
         frm="Fatima Al Mansoori <fatima.almansoori@sahraresorts.example>",
         subject="Cluster Marketing Manager - Sahra Resorts & Spas",
         notes="resort group; after a screening call; 'profile doesn't match closely enough'",
         text="""Dear Sam,

Thank you for your time on the call yesterday.

Having discussed your profile with the hiring manager, we feel that your profile doesn't match closely enough with our current requirements for the Cluster Marketing Manager position, as we are looking for someone with extensive pre-opening hotel experience in the GCC.

We will keep your details on file and reach out should a suitable opportunity arise.

Best regards,

Fatima Al Mansoori
Talent Acquisition Specialist
Sahra Resorts & Spas | Saadiyat Island, Abu Dhabi
+971 2 555 0128
""",
         exp=("fatima.almansoori@sahraresorts.example", "Fatima", "Sahra Resorts & Spas", "Cluster Marketing Manager")),
]
