"""Rejections (80): 40 ATS-style, 40 personal. Written for en5 only."""
from content_common import rej, AUTO, BULK

ATS = [
rej("harrowgate-greenhouse-other-applicants", "ats-automated", "ats", "Harrowgate Analytics <no-reply@us.greenhouse-mail.io>",
    "Your application to Harrowgate Analytics",
    """Hi Sam,

Thank you for your interest in the Senior Audience Insights Manager role at Harrowgate Analytics and for the time you put into your application.

We received a large number of applications and, after careful review, we have decided to move forward with other applicants whose experience more closely matches what the team needs right now.

We genuinely appreciate you considering Harrowgate and wish you the very best in your search.

Best,
Harrowgate Talent Acquisition""",
    ("", "", "Harrowgate Analytics", "Senior Audience Insights Manager"), vendor="greenhouse", brand="Harrowgate Analytics",
    variant="en-US", headers=AUTO, notes="most ordinary wording"),

rej("pellmoor-lever-not-progressing", "ats-automated", "ats", "Pellmoor Health <no-reply@hire.lever.co>",
    "Pellmoor Health - Insights Lead (Consumer)",
    """Dear Sam,

Thanks so much for applying for the Insights Lead (Consumer) position with us. Everyone at Pellmoor read every application that came in, and we enjoyed learning about your work at Calder Street Media.

Unfortunately we won't be taking your application further at this stage.

Hiring decisions are never easy, and this one wasn't either. If you have questions, you can reach our recruiting team at careers@pellmoor.example.

Warm regards,
Niamh Corrigan
Talent Partner, Pellmoor Health""",
    ("careers@pellmoor.example", "Niamh", "Pellmoor Health", "Insights Lead (Consumer)"), vendor="lever", brand="Pellmoor Health",
    variant="en-IE", about="Pellmoor Health builds digital tools for community pharmacies across Ireland and the UK.", notes="reply_to from body; verdict mid-letter"),

rej("quillfield-workday-regret", "ats-automated", "ats", "Quillfield Insurance <quillfield@myworkday.com>",
    "Update on your application: R-2026-04417 Market Research Manager",
    """Dear Sam Taylor,

Thank you for applying to Quillfield Insurance for the position of Market Research Manager (Req. R-2026-04417).

We regret to inform you that you have not been selected for this position. We received applications from many qualified candidates and the selection process was highly competitive.

We encourage you to continue to review our careers site and apply for any future roles that match your skills and experience. Your candidate profile will remain active in our system.

Sincerely,
Quillfield Insurance Talent Acquisition""",
    ("", "", "Quillfield Insurance", "Market Research Manager"), vendor="workday", brand="Quillfield Insurance", variant="en-US", headers=AUTO,
    notes="corporate template; requisition number"),

rej("brindle-smartrecruiters-closely-enough", "ats-automated", "ats", "Brindle & Ash Retail <noreply@smartrecruiters.com>",
    "Regarding your application for Customer Insights Analyst",
    """Hello Sam,

We wanted to reach out regarding your application for Customer Insights Analyst at Brindle & Ash Retail.

Having reviewed your CV against the requirements of the role, we feel your profile doesn't match closely enough on the retail pricing side for us to progress you to interview.

We know this isn't the news you were hoping for. Please do keep an eye on our careers page.

Kind regards,
The Brindle & Ash Recruitment Team""",
    ("", "", "Brindle & Ash Retail", "Customer Insights Analyst"), vendor="smartrecruiters", brand="Brindle & Ash Retail", variant="en-GB", headers=AUTO,
    notes="profile mismatch; no interview"),

rej("ovenbird-personio-occasion", "ats-automated", "ats", "Ovenbird Studios <jobs@ovenbird-studios.jobs.personio.de>",
    "Your application as Audience Research Lead (m/f/d)",
    """Dear Sam,

many thanks for your application and the interest in Ovenbird Studios.

We have looked through your documents carefully. Unfortunately we have to tell you that you were not successful on this occasion for the position Audience Research Lead (m/f/d). This decision says nothing about your qualifications in general, it is only about the fit to this specific position.

We wish you all the best for your professional and personal future.

Kind regards
Merle Hansen
People & Culture""",
    ("", "Merle", "Ovenbird Studios", "Audience Research Lead (m/f/d)"), vendor="personio", brand="Ovenbird Studios", variant="en-nonnative", headers=AUTO,
    notes="German employer writing English; no address to reply"),

rej("tallowby-teamtailor-connect", "keep-on-file", "ats", "Tallowby <no-reply@tallowby.teamtailor-mail.com>",
    "Thanks for applying to Tallowby!",
    """Hey Sam 👋

Thanks for applying to be our Growth Insights Manager! We loved seeing how much care you put into your application.

We've now reviewed everyone, and this time we've chosen to go ahead with candidates whose background is a bit closer to B2B subscription products. So we won't be moving forward with you for this one.

BUT we'd love to stay in touch. If you want, you can join Tallowby Connect and we'll ping you when something new opens up that might fit you better.

Take care,
Team Tallowby 💚""",
    ("", "", "Tallowby", "Growth Insights Manager"), vendor="teamtailor", brand="Tallowby", variant="en-nonnative", button="Join Tallowby Connect",
    headers=AUTO, notes="Swedish start-up; casual emoji; talent pool offer after verdict"),

rej("greymere-recruitee-position-filled", "ats-automated", "ats", "Greymere Publishing <do-not-reply@mail.recruitee.com>",
    "Greymere Publishing: Editorial Data Manager",
    """Dear Sam,

Thank you for your application for the Editorial Data Manager vacancy.

We would like to let you know that the position has been filled. We therefore will not be able to consider your application any further.

Thank you once again for your interest in Greymere Publishing.

With best wishes,
Greymere Publishing HR""",
    ("", "", "Greymere Publishing", "Editorial Data Manager"), vendor="recruitee", brand="Greymere Publishing", variant="en-GB", headers=AUTO,
    notes="position filled"),

rej("cobaltrow-workable-other-direction", "ats-automated", "ats", "Cobalt Row <noreply@workablemail.com>",
    "Cobalt Row | Head of Research",
    """Hi Sam,

Thank you for taking the time to speak with us about the Head of Research role.

After a lot of discussion the team has gone a different direction and we will be focusing on a candidate with a stronger background in quantitative UX research.

Your reply to this email will not reach us, but you can always contact Priya directly at priya.raman@cobaltrow.example if you would like any feedback.

All the best,
Priya Raman
Cobalt Row""",
    ("priya.raman@cobaltrow.example", "Priya", "Cobalt Row", "Head of Research"), vendor="workable", brand="Cobalt Row", variant="en-IN", headers=AUTO,
    notes="implied verdict; reply address in body"),

rej("marlinbay-icims-htmlonly-status", "status-portal", "ats", "Marlin Bay Credit Union <marlinbay@talent.icims.com>",
    "Your Application Status Has Changed",
    """Hello Sam,

The status of one of your job applications at Marlin Bay Credit Union has been updated.

{table}

You can view the details of all your submissions by signing in to the [[Candidate Portal]].

Thank you for your continued interest in Marlin Bay Credit Union.""",
    ("", "", "Marlin Bay Credit Union", "Member Insights Manager"), vendor="icims", brand="Marlin Bay Credit Union", variant="en-US",
    table=[("Job", "Member Insights Manager (Req 11802)"), ("Location", "Halifax, NS"), ("Status", "Not Selected"), ("Updated", "Today")],
    html_only=True, headers=AUTO, notes="HTML-only; verdict only in a status table cell"),

rej("fernhollow-successfactors-requisition-closed", "role-cancelled", "ats", "Fernhollow Energy <careers-noreply@successfactors.eu>",
    "Your application – Consumer Insights Specialist (Job ID 78231)",
    """Dear Sam Taylor,

We are writing with regard to your application for the position of Consumer Insights Specialist (Job ID 78231).

Due to changes in business priorities we have closed this requisition and the vacancy will not be filled at this time. As a result, all applications in process have been withdrawn from consideration, including yours.

We apologise for any inconvenience and thank you for your interest in Fernhollow Energy. We hope you will consider future opportunities with us.

Fernhollow Energy Recruiting Services""",
    ("", "", "Fernhollow Energy", "Consumer Insights Specialist"), vendor="successfactors", brand="Fernhollow Energy", variant="en-GB", headers=AUTO,
    notes="requisition closed"),

rej("larkspur-bamboohr-hiring-manager-pause", "role-cancelled", "ats", "Larkspur Learning <notifications@app.bamboohr.com>",
    "Update from Larkspur Learning",
    """Hi Sam,

I wanted to give you an honest update on the Learner Insights Manager position you applied for.

The hiring manager has decided to pause this search while we rework the team's plans for 2027, so we're not able to continue with interviews, including yours. We don't know yet whether the role will reopen in the same form.

I'm really sorry about the timing. If you'd like to talk, just write to me at dana@larkspurlearning.example.

Dana Whitcombe
People Operations, Larkspur Learning""",
    ("dana@larkspurlearning.example", "Dana", "Larkspur Learning", "Learner Insights Manager"), vendor="bamboohr", brand="Larkspur Learning",
    variant="en-CA", headers=AUTO, notes="search paused; implied"),

rej("kestrelway-softgarden-decided", "ats-automated", "ats", "Kestrelway Logistics <kestrelway@softgarden.io>",
    "Your application at Kestrelway Logistics",
    """Dear Sam Taylor,

Thank you for your application as Market Intelligence Manager and the trust you have placed in us.

We have received a great number of applications and have compared all of them carefully with the requirements of the position. After careful consideration we have decided in favour of another candidate.

Please do not see this as a judgement on your abilities. We would be glad if you continue to follow Kestrelway Logistics and apply again at a later point.

Yours sincerely
Kestrelway Logistics Human Resources""",
    ("", "", "Kestrelway Logistics", "Market Intelligence Manager"), vendor="softgarden", brand="Kestrelway Logistics", variant="en-nonnative", headers=AUTO,
    notes="German template in English"),

rej("tinmouth-joincom-short", "terse", "ats", "Tinmouth Coffee via JOIN <noreply@join.com>",
    "Tinmouth Coffee – your application",
    """Hi Sam,

thanks for applying as Brand Insights Manager. Sadly we decided against your application.

All the best,
Tinmouth Coffee""",
    ("", "", "Tinmouth Coffee", "Brand Insights Manager"), vendor="joincom", brand="Tinmouth Coffee", variant="en-nonnative", headers=AUTO,
    notes="two lines"),

rej("indeed-relay-quarryhill", "job-board-relay", "ats", "Indeed <noreply@indeed.com>",
    "An update on your application to Quarryhill Homes",
    """Sam, Quarryhill Homes has updated your application

Research & Insights Manager
Quarryhill Homes - Leeds

Message from the employer:
"Thank you for applying. We've reviewed your application and won't be progressing it on this occasion. We wish you luck with your job search."

[[View application]]

Looking for similar jobs? [[Research Manager jobs in Leeds]]""",
    ("", "", "Quarryhill Homes", "Research & Insights Manager"), vendor="indeed", brand="Quarryhill Homes", variant="en-GB", headers=BULK,
    notes="job-board relay; bulk headers; short quoted employer note"),

rej("linkedin-relay-saffronlane", "job-board-relay", "ats", "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application to Audience Strategy Lead at Saffron Lane",
    """Your update from Saffron Lane

Audience Strategy Lead
Saffron Lane · Melbourne, Victoria, Australia (Hybrid)

Thank you for your interest in the Audience Strategy Lead position at Saffron Lane in Melbourne. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Saffron Lane.

Regards,
Saffron Lane

[[Find more jobs]]

Top jobs for you: Insights Manager at Wombat Ridge · Head of Audience at Southbank Press""",
    ("", "", "Saffron Lane", "Audience Strategy Lead"), vendor="linkedin", brand="Saffron Lane", variant="en-AU", headers=BULK,
    notes="LinkedIn Easy Apply rejection; more job suggestions below"),

rej("seek-relay-billabong-data", "job-board-relay", "ats", "SEEK <noreply@s.seek.com.au>",
    "Update on your application for Senior Insights Analyst",
    """Hi Sam,

Your application for Senior Insights Analyst at Paperbark Data has been updated.

Paperbark Data has viewed your application and decided not to proceed.

Don't be discouraged — there are 214 new Insights jobs on SEEK this week.

[[View similar jobs]]""",
    ("", "", "Paperbark Data", "Senior Insights Analyst"), vendor="seek", brand="Paperbark Data", variant="en-AU", headers=BULK,
    notes="SEEK status update"),

rej("reed-relay-castlegate", "job-board-relay", "ats", "reed.co.uk <applications@reed.co.uk>",
    "Application update: Insight Manager - Castlegate Housing",
    """Hi Sam,

Castlegate Housing has reviewed your application for Insight Manager and has decided you're unsuccessful for this role.

Every application is a step closer. We've found 38 jobs that match your CV — take a look below.

[[See matching jobs]]

Good luck,
The reed.co.uk team""",
    ("", "", "Castlegate Housing", "Insight Manager"), vendor="reed", brand="Castlegate Housing", variant="en-GB", headers=BULK,
    notes="Reed relay"),

rej("totaljobs-relay-ironbridge", "job-board-relay", "ats", "Totaljobs <noreply@totaljobs.com>",
    "Ironbridge Financial: your application",
    """Dear Sam,

The recruiter at Ironbridge Financial has reviewed your application for the role of Customer Research Manager.

Status: Unsuccessful

Unfortunately on this occasion your skills and experience were not matched closely enough to the requirements of the role. Thank you for your interest.

[[Manage your applications]]""",
    ("", "", "Ironbridge Financial", "Customer Research Manager"), vendor="totaljobs", brand="Ironbridge Financial", variant="en-GB", headers=BULK,
    notes="status line"),

rej("wellfound-relay-nimbleoak", "job-board-relay", "ats", "Wellfound <team@hi.wellfound.com>",
    "Nimbleoak declined your application",
    """Hi Sam,

Nimbleoak has declined your application for Growth Analyst.

Note from Jules (Founder): "Really appreciate you reaching out! We ended up going with someone who's done this at seed stage before. Good luck!"

Keep going — 40 startups hiring for roles like yours are on Wellfound right now.

[[Browse startups]]""",
    ("", "Jules", "Nimbleoak", "Growth Analyst"), vendor="wellfound", brand="Nimbleoak", variant="en-US-west", headers=BULK,
    notes="founder note via Wellfound; no address"),

rej("glassdoor-relay-teallake", "job-board-relay", "ats", "Glassdoor <noreply@glassdoor.com>",
    "Update from Teal Lake Software",
    """Hi Sam,

Teal Lake Software sent you a message about the Product Insights Manager job you applied to.

"Hi Sam, thanks for your application. We have now filled this position and are no longer accepting applications. Thank you for your interest in Teal Lake Software."

Explore jobs at companies like Teal Lake Software. [[View jobs]]""",
    ("", "", "Teal Lake Software", "Product Insights Manager"), vendor="glassdoor", brand="Teal Lake Software", variant="en-CA", headers=BULK,
    notes="filled; via Glassdoor"),

rej("stepstone-relay-haldane", "job-board-relay", "ats", "StepStone <noreply@stepstone.de>",
    "News about your application at Haldane Maschinenbau",
    """Hello Sam Taylor,

There is news about your application.

Haldane Maschinenbau GmbH has changed the status of your application for "International Market Analyst (m/w/d)".

New status: Rejected

Log in to your StepStone account to see all your applications.""",
    ("", "", "Haldane Maschinenbau GmbH", "International Market Analyst (m/w/d)"), vendor="stepstone", brand="Haldane Maschinenbau GmbH",
    variant="en-nonnative", headers=BULK, notes="StepStone status; bulk headers; short verdict"),

rej("oriel-university-portal", "status-portal", "ats", "University of Oriel Recruitment <recruitment-noreply@oriel.ac.example>",
    "Application outcome: Research Impact Officer (Ref 26/3381)",
    """Dear Sam Taylor

Vacancy: Research Impact Officer
Reference: 26/3381
Department: Research & Innovation Services

Thank you for your recent application for the above post. The shortlisting panel has now met and I am sorry to inform you that on this occasion you have not been shortlisted for interview.

Due to the very high number of applications received we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working at the University of Oriel.

Yours sincerely

HR Recruitment Team""",
    ("", "", "University of Oriel", "Research Impact Officer"), vendor="portal", brand="University of Oriel", variant="en-GB", headers=AUTO,
    notes="UK university; not shortlisted; no feedback"),

rej("civilservice-sift-outcome", "status-portal", "ats", "Civil Service Jobs <noreply@csjobs.example>",
    "Civil Service Jobs - Application outcome for 384112",
    """Dear Sam Taylor,

Thank you for your application for 384112 - Senior Research Officer - Department for Digital Services.

Sift outcome

Following the sift we are sorry to inform you that your application was not successful on this occasion. The panel assessed your Behaviour statement (Communicating and Influencing) at 3 and your Experience statement at 4; the pass mark was 4 in each.

Candidates may request further feedback by contacting the vacancy holder at ddsrecruitment@dds.example.

Thank you for your interest in the Civil Service.""",
    ("ddsrecruitment@dds.example", "", "Department for Digital Services", "Senior Research Officer"), vendor="portal", brand="Civil Service Jobs",
    variant="en-GB", headers=AUTO, notes="UK civil service sift scores; team address"),

rej("mapleharbour-taleo-nonselection", "ats-automated", "ats", "Maple Harbour Bank <mapleharbour@taleo.net>",
    "Maple Harbour Bank - Notice of non-selection",
    """Dear Sam,

Thank you for your interest in employment with Maple Harbour Bank and for applying to Manager, Customer Analytics (Job Number 2603377).

After reviewing your qualifications, we have determined that other candidates more closely meet the needs of this position, and your application will not be moving forward.

We appreciate your interest and encourage you to visit our career site regularly for future postings.

Maple Harbour Bank Talent Acquisition
Toronto, Ontario

Maple Harbour Bank is committed to providing accommodations for people with disabilities during all phases of the recruitment process.""",
    ("", "", "Maple Harbour Bank", "Manager, Customer Analytics"), vendor="taleo", brand="Maple Harbour Bank", variant="en-CA", headers=AUTO,
    notes="Canadian bank; accessibility notice"),

rej("ashby-verdant-long-praise", "ats-automated", "ats", "Verdant Loop <no-reply@ashbyhq.com>",
    "Following up on your Verdant Loop application",
    """Hi Sam,

First of all, thank you. We know that applying for a job takes time and energy, and we noticed the thought you put into your answer about measuring audience loyalty beyond time-spent. Several people on the panel mentioned it, and your portfolio of reader-research projects at Calder Street Media stood out in a very strong pool.

We're a small team, so every hire shapes how we work for years. We looked at each application in depth, and for our Senior Researcher, Audience opening we've decided to proceed with candidates whose experience maps more directly onto subscription podcast products.

We know that's disappointing after such a thoughtful application. We'd honestly be glad to see your name again.

With gratitude,
Rafe and the Verdant Loop team

P.S. Verdant Loop is a remote-first company with people in 11 countries. We're proud to be a Certified B Corp.""",
    ("", "Rafe", "Verdant Loop", "Senior Researcher, Audience"), vendor="ashby", brand="Verdant Loop", variant="en-US", headers=AUTO,
    notes="verdant praise wrapper; verdict in middle"),

rej("saltmarsh-greenhouse-after-assessment", "after-assessment", "ats", "Saltmarsh Games <no-reply@us.greenhouse-mail.io>",
    "Saltmarsh Games – Player Insights take-home",
    """Hi Sam,

Thank you for completing the take-home exercise for the Player Insights Lead role. The panel has now reviewed all submissions.

While your analysis of the retention cohort was clear, the panel felt the segmentation section didn't go deep enough for what this role needs, and so we won't be inviting you to the final round.

We'd like to thank you again for the hours you put into the exercise. If you'd like more detailed feedback, reply to our recruiter Tomás at tomas.breen@saltmarshgames.example.

Saltmarsh Games Recruiting""",
    ("tomas.breen@saltmarshgames.example", "Tomás", "Saltmarsh Games", "Player Insights Lead"), vendor="greenhouse", brand="Saltmarsh Games",
    variant="en-IE", headers=AUTO, notes="after take-home; named recruiter address in body"),

rej("hexadyne-workday-assessment-threshold", "after-assessment", "ats", "Hexadyne Systems <hexadyne@myworkday.com>",
    "Hexadyne Systems: Your Assessment Results",
    """Dear Sam,

Thank you for completing the online assessment for Analyst, Market Insights (JR-88120).

Candidates must meet a minimum threshold on the assessment to progress further in our selection process. Based on your results, your candidacy will not proceed for this requisition.

You are welcome to apply for other positions at Hexadyne Systems; assessment results are valid for 6 months and may be reused for similar roles.

Hexadyne Systems Global Talent Acquisition""",
    ("", "", "Hexadyne Systems", "Analyst, Market Insights"), vendor="workday", brand="Hexadyne Systems", variant="en-IN", headers=AUTO,
    notes="assessment threshold; Indian office"),

rej("rookfield-smartrecruiters-video", "after-assessment", "ats", "Rookfield Foods <noreply@smartrecruiters.com>",
    "Your video interview for Consumer Insights Manager",
    """Dear Sam,

Thank you for recording your video interview for the Consumer Insights Manager role at Rookfield Foods. We appreciate the effort it takes.

Our team has now reviewed all recordings. We're sorry to let you know that we've decided not to invite you to the next stage of the process.

We will keep your details for 12 months in line with our privacy notice, unless you ask us to delete them.

Best wishes,
Rookfield Foods Talent Team""",
    ("", "", "Rookfield Foods", "Consumer Insights Manager"), vendor="smartrecruiters", brand="Rookfield Foods", variant="en-AU", headers=AUTO,
    notes="after video interview; retention notice"),

rej("ashcombe-icims-internal", "internal-candidate", "ats", "Ashcombe Hospitals <ashcombe-careers@talent.icims.com>",
    "Ashcombe Hospitals: Patient Experience Insights Lead",
    """Dear Sam,

Thank you for your application for Patient Experience Insights Lead.

We want to let you know that this position has been filled by an internal candidate. Consequently, we will not be proceeding with external applications.

We hope you will consider Ashcombe Hospitals again in the future.

Talent Acquisition
Ashcombe Hospitals""",
    ("", "", "Ashcombe Hospitals", "Patient Experience Insights Lead"), vendor="icims", brand="Ashcombe Hospitals", variant="en-US", headers=AUTO,
    notes="filled internally"),

rej("moorgate-lever-keep-profile", "keep-on-file", "ats", "Moorgate Ventures <no-reply@hire.lever.co>",
    "Can we keep your details? (Moorgate Ventures)",
    """Hi Sam,

We've now finished reviewing applications for our Portfolio Insights Associate role and unfortunately we won't be offering you an interview.

That said, we liked your background and we think there may be a better match in the future. May we keep your profile on file for another 12 months? If yes, you don't need to do anything. If you'd rather we delete your data, just click below.

Cheers,
Moorgate Ventures""",
    ("", "", "Moorgate Ventures", "Portfolio Insights Associate"), vendor="lever", brand="Moorgate Ventures", variant="en-GB", button="Delete my data",
    headers=AUTO, notes="data-retention question in subject; verdict in first line of body"),

rej("brightcove-recruitee-gdpr", "keep-on-file", "ats", "Lanternfish Media <do-not-reply@mail.recruitee.com>",
    "Your application and your data",
    """Dear Sam,

Thank you for applying for the position of Data Storyteller at Lanternfish Media.

In accordance with the General Data Protection Regulation (GDPR), we are required to inform you how we handle your personal data. Your application documents have been stored in our applicant tracking system for the purpose of this recruitment process. You have the right to access, rectify and erase your data at any time.

Regrettably, we have not selected you for the next round on this occasion.

As we think you could be a good fit for future vacancies, we would like to keep your data in our talent pool for a further 24 months. Please confirm your consent via the link below; if we do not hear from you within 30 days, your data will be deleted automatically.

Yours sincerely,
Lanternfish Media Recruitment""",
    ("", "", "Lanternfish Media", "Data Storyteller"), vendor="recruitee", brand="Lanternfish Media", variant="en-nonnative", button="Yes, keep my data",
    headers=AUTO, notes="verdict wrapped between GDPR paragraphs"),

rej("northstack-workable-cancelled", "role-cancelled", "ats", "Northstack <noreply@workablemail.com>",
    "Northstack – Research Operations Manager position cancelled",
    """Hi Sam,

We're writing to let everyone who applied for the Research Operations Manager role know that we have cancelled the position. After a reorganisation, the responsibilities will be absorbed by an existing team.

This means we will not be continuing the process with any candidates. We're sorry for the disruption and thank you for your time.

Northstack People Team""",
    ("", "", "Northstack", "Research Operations Manager"), vendor="workable", brand="Northstack", variant="en-GB", headers=AUTO,
    notes="position cancelled"),

rej("pennywhistle-personio-budget", "role-cancelled", "ats", "Pennywhistle <jobs@pennywhistle.jobs.personio.de>",
    "Pennywhistle: Update regarding Insights Manager",
    """Dear Sam,

Thanks again for the interviews over the last weeks and for your patience.

We have to share some difficult news: the budget for the Insights Manager position has been withdrawn in our latest planning round, so we will not be hiring for this role in the foreseeable future. This is not a reflection of your performance in the process, which was excellent.

If anything changes, Hanna will reach out personally (hanna.vogt@pennywhistle.example).

Best regards,
Pennywhistle Talent Team""",
    ("hanna.vogt@pennywhistle.example", "Hanna", "Pennywhistle", "Insights Manager"), vendor="personio", brand="Pennywhistle", variant="en-nonnative", headers=AUTO,
    notes="budget withdrawn after interviews"),

rej("ginnel-teamtailor-terse", "terse", "ats", "Ginnel <no-reply@ginnel.teamtailor-mail.com>",
    "Update on your application",
    """Hi Sam,

Thanks for applying for Analytics Lead. We've reviewed your application and it's a no from us this time.

Ginnel""",
    ("", "", "Ginnel", "Analytics Lead"), vendor="teamtailor", brand="Ginnel", variant="en-GB", headers=AUTO, notes="terse; 'it's a no'"),

rej("albacore-successfactors-verdict-end", "ats-automated", "ats", "Albacore Pharma <albacore-jobs@successfactors.eu>",
    "Albacore Pharma – Application status",
    """Dear Sam Taylor,

Thank you for your interest in Albacore Pharma and for your application to the position of Commercial Insights Manager, Oncology.

At Albacore Pharma we are committed to a fair and transparent selection process. Every application is reviewed by a member of the Talent Acquisition team and the hiring manager against the criteria published in the job advertisement. Selection decisions are based on the qualifications, experience and competencies required for the role.

We received over 300 applications for this vacancy, many from highly qualified candidates.

We would like to inform you that we will not pursue your application further.

Best regards,
Global Talent Acquisition""",
    ("", "", "Albacore Pharma", "Commercial Insights Manager, Oncology"), vendor="successfactors", brand="Albacore Pharma", variant="en-nonnative",
    headers=AUTO, notes="verdict in the last line after boilerplate"),

rej("hollytree-bamboohr-someone-else", "ats-automated", "ats", "Hollytree Nurseries <notifications@app.bamboohr.com>",
    "Your application with Hollytree Nurseries",
    """Hello Sam,

Thank you for interviewing for the Customer Insight Manager position. We've offered the role to someone else, who has accepted.

We enjoyed meeting you and appreciate your time.

Sincerely,
Martha Oyelaran
HR Manager, Hollytree Nurseries
martha.oyelaran@hollytree.example""",
    ("martha.oyelaran@hollytree.example", "Martha", "Hollytree Nurseries", "Customer Insight Manager"), vendor="bamboohr", brand="Hollytree Nurseries",
    variant="en-GB", headers=AUTO, notes="'offered the role to someone else'"),

rej("kinsale-softgarden-withdrawn-posting", "role-cancelled", "ats", "Kinsale Mutual <kinsale@softgarden.io>",
    "Job posting withdrawn: Member Research Analyst",
    """Dear Sam,

You applied for the position "Member Research Analyst" with Kinsale Mutual.

We would like to inform you that this job posting has been withdrawn and the position will not be filled. Your application has therefore been closed.

Thank you for your understanding.

Your Kinsale Mutual recruiting team""",
    ("", "", "Kinsale Mutual", "Member Research Analyst"), vendor="softgarden", brand="Kinsale Mutual", variant="en-IE", headers=AUTO,
    notes="posting withdrawn"),

rej("bharat-taleo-indian-regret", "ats-automated", "ats", "Suryoday Digital Careers <careers@taleo.net>",
    "Application Status - Manager - Consumer Insights (Req ID: 45120)",
    """Dear Sam Taylor,

Greetings from Suryoday Digital!

This is with reference to your application for the position of Manager - Consumer Insights. We thank you for the interest shown in our organisation.

We have carefully reviewed your candidature and regret to inform you that we are unable to take it forward at this point in time. We shall retain your resume in our database and will get in touch with you should there be a suitable opening in future.

Wishing you all the best in your endeavours.

Warm Regards,
Talent Acquisition Team
Suryoday Digital Pvt. Ltd., Bengaluru""",
    ("", "", "Suryoday Digital", "Manager - Consumer Insights"), vendor="taleo", brand="Suryoday Digital", variant="en-IN", headers=AUTO,
    notes="Indian corporate phrasing; resume retained"),

rej("fjordline-ashby-portal-archived", "status-portal", "ats", "Fjordline Travel <no-reply@ashbyhq.com>",
    "Your Fjordline Travel application was updated",
    """Hi Sam,

There's an update in your candidate portal for the Senior Traveller Insights Analyst application.

{table}

Questions? Our recruiting team reads talent@fjordline.example.""",
    ("talent@fjordline.example", "", "Fjordline Travel", "Senior Traveller Insights Analyst"), vendor="ashby", brand="Fjordline Travel", variant="en-nonnative",
    table=[("Role", "Senior Traveller Insights Analyst"), ("Stage", "Application review"), ("Status", "Archived – not moving forward")],
    button="Open candidate portal", headers=AUTO, notes="portal status table"),

rej("glenview-lever-no-longer-considered", "ats-automated", "ats", "Glenview Outdoors <no-reply@hire.lever.co>",
    "Glenview Outdoors application",
    """Sam - thank you for applying for Research Lead, Community at Glenview Outdoors. Your application is no longer being considered for this role. We appreciate your interest and wish you well.

Glenview Outdoors Recruiting""",
    ("", "", "Glenview Outdoors", "Research Lead, Community"), vendor="lever", brand="Glenview Outdoors", variant="en-US-west", headers=AUTO,
    notes="one paragraph"),
]

PERSONAL = [
rej("anika-after-final-round", "personal-after-interview", "personal", "Anika Desai <anika.desai@rowanfield.example>",
    "Re: Final round - Head of Audience Research",
    """Hi Sam,

Thank you again for coming in on Thursday and for the presentation, the team really enjoyed it.

I'll be straight with you because I think you'd prefer that: we've decided to offer the role to another candidate who has run a research team of a similar size before. It was genuinely close, and it came down to that one point of experience.

I'd be happy to jump on a call and give you more detailed feedback if it's useful. And please don't be a stranger, I'd like to keep in touch.

Best,
Anika

--
Anika Desai
VP Product, Rowanfield
+44 20 7946 0321""",
    ("anika.desai@rowanfield.example", "Anika", "Rowanfield", "Head of Audience Research"), variant="en-GB", parent=True,
    notes="after final round; offer went to another"),

rej("brendan-phone-screen-casual", "personal-after-interview", "personal", "Brendan Kealy <brendan@fernlight.example>",
    "quick update",
    """Hey Sam,

Thanks for the chat on Monday. After talking it over with the team we're going to go with someone who has more B2B experience for the Insights Manager role. Really sorry, I know you were keen.

If something closer to your background comes up at Fernlight I'll give you a shout.

Cheers,
Brendan""",
    ("brendan@fernlight.example", "Brendan", "Fernlight", "Insights Manager"), variant="en-IE", notes="casual; no greeting formality"),

rej("gwen-outlook-reply-chaser", "personal-after-interview", "personal", "Gwen Barlow <g.barlow@stourbridgecouncil.example>",
    "RE: Research & Consultation Manager - interview 14 October",
    """Dear Sam,

Apologies for the delay in getting back to you, and thank you for your patience.

I am sorry to say that on this occasion the panel did not select you for appointment. The panel were impressed by your knowledge of survey methodology, but felt that other candidates demonstrated more experience of statutory consultation in a local government setting.

If you would like feedback, I'd be happy to arrange a short call.

Kind regards

Gwen Barlow
Head of Policy & Insight
Stourbridge Borough Council
Tel: 01384 496 112

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 28 October 2026 09:12
To: Gwen Barlow <g.barlow@stourbridgecouncil.example>
Subject: Research & Consultation Manager - interview 14 October

Dear Gwen,

I hope you're well. I wanted to follow up on my interview on 14 October for the Research & Consultation Manager post. Is there any update on timings?

Best wishes,
Sam""",
    ("g.barlow@stourbridgecouncil.example", "Gwen", "Stourbridge Borough Council", "Research & Consultation Manager"), variant="en-GB", parent=True,
    notes="reply to Sam's chaser; Outlook quote; public sector"),

rej("marcus-agency-client-declined", "agency-recruiter", "personal", "Marcus Hale <marcus.hale@bluepeak-search.example>",
    "Wexford Mills feedback",
    """Hi Sam,

Hope your week's going OK. I've had feedback from Wexford Mills on the Consumer Insight Manager role, and unfortunately they've decided not to take you forward to second stage.

Their feedback was that you came across really well, but they want someone with more hands-on FMCG category experience (Nielsen/Kantar data especially). I did push back on that but they're firm.

Gutted for you. Let me have a think about what else I've got on, I have a couple of briefs landing next week that might suit you better.

Speak soon,
Marcus

Marcus Hale | Senior Consultant, Insight & Analytics
BluePeak Search | 07700 900 418""",
    ("marcus.hale@bluepeak-search.example", "Marcus", "Wexford Mills", "Consumer Insight Manager"), variant="en-GB",
    notes="agency relays client's no; company=client"),

rej("preeti-agency-indian", "agency-recruiter", "personal", "Preeti Nair <preeti.nair@talentbridge-consulting.example>",
    "Feedback - Vashi Retail - Lead Consumer Insights",
    """Dear Sam,

Hope you are doing well.

This is to update you that client Vashi Retail has shared the feedback for your profile for Lead Consumer Insights position. As per the client, the profile is not shortlisted since they are looking for candidate with more exposure in Indian tier-2 markets.

Kindly do not feel disheartened, we will surely revert with other suitable openings as and when they come.

Thanks & Regards,
Preeti Nair
Senior Associate - Talent Acquisition
TalentBridge Consulting
Mob: +91 98200 12345""",
    ("preeti.nair@talentbridge-consulting.example", "Preeti", "Vashi Retail", "Lead Consumer Insights"), variant="en-IN",
    notes="Indian agency phrasing 'not shortlisted'"),

rej("tom-founder-slack-tone", "terse", "personal", "Tom Reyes <tom@quokkalabs.example>",
    "Re: Growth Insights role",
    """hey Sam - sorry, we're going to pass for now. appreciated your time though!

t""",
    ("tom@quokkalabs.example", "Tom", "Quokka Labs", ""), variant="en-AU", parent=True, wrap=False,
    notes="lowercase; 'pass for now'; no role named"),

rej("helen-long-feedback-bullets", "personal-after-interview", "personal", "Helen Marsh <helen.marsh@brackenhurst.example>",
    "Feedback from your interview with Brackenhurst",
    """Dear Sam,

Thank you for meeting with Ola and me last week about the Audience Insights Lead role at Brackenhurst Press. We promised you an answer by the end of this week, so here it is.

We've decided not to move forward with your application. I know that's disappointing, and I want to give you something useful in return, so here is the panel's honest feedback:

- Your storytelling with data was the strongest of anyone we saw. The Calder Street case study was excellent.
- We would have liked to hear more about how you've influenced editorial decisions directly, rather than through reports.
- The role involves a lot of stakeholder management with our US office, and the successful candidate had done exactly that.

I hope this helps. I'd be very happy to stay in touch, we do expect to grow the team next year.

Warm wishes,
Helen

Helen Marsh
Director of Audience, Brackenhurst Press
020 7946 0884""",
    ("helen.marsh@brackenhurst.example", "Helen", "Brackenhurst Press", "Audience Insights Lead"), variant="en-GB", client_html=True,
    notes="long bulleted feedback; verdict early"),

rej("jasmine-internal-transfer", "internal-candidate", "personal", "Jasmine Cho <jasmine.cho@kettleworks.example>",
    "Insights Manager opening",
    """Hi Sam,

I wanted to reach out personally before you heard it any other way. We've had someone from our Vancouver office ask to transfer into the Insights Manager role, and since she already knows the product and the team, leadership has decided to fill it that way.

That means we're closing the external search, and I'm afraid that includes your application. I know you'd done two rounds with us already, and I'm really sorry about that.

Let's definitely stay in touch.

Jasmine Cho
Senior Recruiter | Kettleworks
604-555-0182""",
    ("jasmine.cho@kettleworks.example", "Jasmine", "Kettleworks", "Insights Manager"), variant="en-CA", notes="internal transfer; implied"),

rej("ravi-role-on-hold-indefinitely", "role-cancelled", "personal", "Ravi Menon <ravi.menon@lumora.example>",
    "Update on the Research Lead position",
    """Hi Sam,

I'm sorry to be writing with this. Yesterday we were told that Lumora is freezing all new headcount until at least Q2, and the Research Lead role is one of the positions affected. We've put the role on hold indefinitely, so I can't continue the process with you.

You were one of two finalists and this has nothing to do with you. If the role comes back I will contact you first, but honestly I can't promise when.

Best,
Ravi

Ravi Menon | Head of Product Research | Lumora""",
    ("ravi.menon@lumora.example", "Ravi", "Lumora", "Research Lead"), variant="en-US", notes="hiring freeze; on hold indefinitely (cancelled for Sam)"),

rej("siobhan-gmail-reply-thanks", "personal-after-interview", "personal", "Siobhán Walsh <siobhan.walsh@harbourline.example>",
    "Re: Thank you - Audience Insights Manager",
    """Hi Sam,

Thanks so much for your lovely note, it was great to meet you too.

I'm afraid I have some less good news though. We met as a panel yesterday and decided to progress with another candidate for the Audience Insights Manager position. It was a tough call.

I'll keep your details and be in touch if anything suitable comes up at Harbourline.

All the best,
Siobhán

On Tue, 3 Nov 2026 at 18:40, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Siobhán,
>
> Thank you for taking the time to meet me today. I really enjoyed our
> conversation about Harbourline's podcast audience and I'm very excited
> about the role.
>
> Best,
> Sam""",
    ("siobhan.walsh@harbourline.example", "Siobhán", "Harbourline", "Audience Insights Manager"), variant="en-IE", parent=True,
    notes="reply to Sam's thank-you; Gmail quote; fada"),

rej("dave-typos-mobile", "terse", "personal", "Dave Pritchard <dave.pritchard@moorlandbrewing.example>",
    "Re: Insights role",
    """Hi Sam

Sorry for slow reply. We have gone with anotehr candidate for the role in the end, thanks v much for comming in tho.

Dave

Sent from my iPhone""",
    ("dave.pritchard@moorlandbrewing.example", "Dave", "Moorland Brewing", ""), variant="en-GB", parent=True,
    notes="typos; mobile signature; no role named"),

rej("karen-hr-formal-letter", "personal-after-interview", "personal", "Karen Oduya <karen.oduya@wellspringtrust.example>",
    "Outcome of interview - Insight and Evaluation Manager",
    """Dear Sam

RE: INSIGHT AND EVALUATION MANAGER - INTERVIEW ON 21 SEPTEMBER 2026

Thank you for attending interview for the above post. I am writing to advise you that, on this occasion, your application has been unsuccessful.

The panel received a high standard of applications and the decision was a difficult one. Should you wish to receive feedback, please contact me on the number below.

May I take this opportunity to thank you for the interest you have shown in Wellspring Trust and wish you every success in the future.

Yours sincerely

Karen Oduya
HR Officer
Wellspring Trust
Direct line: 0161 496 0770""",
    ("karen.oduya@wellspringtrust.example", "Karen", "Wellspring Trust", "Insight and Evaluation Manager"), variant="en-GB",
    notes="UK charity formal letter style"),

rej("liam-agency-client-pulled", "agency-recruiter", "personal", "Liam O'Shea <liam@shamrockpeople.example>",
    "Bad news on Corrib Foods I'm afraid",
    """Hi Sam,

Just off the phone with Corrib Foods. They've pulled the Senior Insights Analyst job completely, budget has been moved to a marketing campaign apparently. Nothing to do with you, they were actually keen to meet you.

So that one's dead unfortunately. I'll keep looking for you, there's a lot happening in Dublin at the moment.

Liam
Shamrock People | 087 555 0142""",
    ("liam@shamrockpeople.example", "Liam", "Corrib Foods", "Senior Insights Analyst"), variant="en-IE", notes="agency; client pulled role"),

rej("ngozi-second-interview-implied", "personal-after-interview", "personal", "Ngozi Adeyemi <ngozi@thornbury-labs.example>",
    "Thornbury Labs - next steps",
    """Hi Sam,

Thank you for your time in the second interview, and for the thoughtful questions you asked about our research roadmap.

We've now completed all interviews for the User Research Manager role. The team has gone a different direction and we'll be continuing with a candidate whose background is in healthcare research.

I realise that's a short message after all the time you gave us, and I'm happy to talk it through.

Kind regards,
Ngozi Adeyemi
Talent Lead, Thornbury Labs""",
    ("ngozi@thornbury-labs.example", "Ngozi", "Thornbury Labs", "User Research Manager"), variant="en-GB",
    notes="misleading subject 'next steps'; implied verdict"),

rej("michelle-us-long-warm", "personal-after-interview", "personal", "Michelle Park <mpark@redcedar-health.example>",
    "Following up",
    """Hi Sam,

I hope you had a nice weekend! I wanted to follow up personally after your onsite for the Manager, Member Insights position.

First, I want to say how much the team enjoyed meeting you. Your presentation on churn drivers sparked a discussion that went on well after you left, which doesn't happen often. Several interviewers highlighted your clarity and your curiosity.

That said, after a lot of deliberation, we've decided to extend an offer to a candidate whose experience in Medicare Advantage is a closer match for where the team is heading next year. This was one of the hardest decisions we've made this year.

I really hope our paths cross again, and I'd love to connect on LinkedIn if you're open to it.

All the best,
Michelle

Michelle Park
Senior Talent Partner | Red Cedar Health
(503) 555-0139""",
    ("mpark@redcedar-health.example", "Michelle", "Red Cedar Health", "Manager, Member Insights"), variant="en-US-west", client_html=True,
    notes="long praise, verdict in third paragraph"),

rej("oliver-contractor-converted", "internal-candidate", "personal", "Oliver Grant <oliver.grant@sundial-agency.example>",
    "Re: Strategy Director application",
    """Sam,

Thanks for your patience. We've ended up making the Strategy Director role permanent for the freelancer who has been covering it since the summer, so we won't be going ahead with external interviews.

Sorry to have taken up your time, and thanks for your interest in Sundial.

Oliver""",
    ("oliver.grant@sundial-agency.example", "Oliver", "Sundial", "Strategy Director"), variant="en-GB", parent=True,
    notes="contractor made permanent"),

rej("anja-nonnative-dutch", "personal-after-interview", "personal", "Anja de Vries <anja.devries@polderpoint.example>",
    "Your application Polderpoint",
    """Dear Sam,

Thank you very much for the nice conversation of last week. We have now spoken with all candidates.

It was a difficult choice, but we have chosen for a candidate who has more experience with the Dutch market, which is for this role of Market Insights Lead really important. So we will not continue with you in the procedure.

We wish you lots of success with your search and maybe we will meet again.

Met vriendelijke groet / Kind regards,
Anja de Vries
HR Business Partner | Polderpoint B.V.""",
    ("anja.devries@polderpoint.example", "Anja", "Polderpoint", "Market Insights Lead"), variant="en-nonnative",
    notes="Dutch non-native English"),

rej("craig-assessment-centre", "after-assessment", "personal", "Craig Fenwick <craig.fenwick@caledonianrail.example>",
    "Assessment centre outcome",
    """Dear Sam,

Thank you for attending our assessment centre in Glasgow on 9 November for the Customer Insight Manager vacancy.

I am writing to let you know that you did not reach the required standard in the group exercise and the written case study, and as a result we are unable to offer you the position.

Detailed scores are available on request. Thank you for the effort you put into the day.

Regards,
Craig Fenwick
Resourcing Advisor
Caledonian Rail""",
    ("craig.fenwick@caledonianrail.example", "Craig", "Caledonian Rail", "Customer Insight Manager"), variant="en-GB",
    notes="assessment centre; standard not reached"),

rej("zoe-case-study-feedback", "after-assessment", "personal", "Zoe Langford <zoe@parcelpal.example>",
    "Case study",
    """Hi Sam,

Thanks for sending through the case study last week. I've gone through it with Ben.

I'm going to be honest: the recommendations were sensible but we were hoping for a stronger point of view on pricing, and we don't think the Insights Lead role is the right fit right now. So we're going to stop here.

Thanks for all the work you put into it, I know it took a weekend.

Zoe
Co-founder, ParcelPal""",
    ("zoe@parcelpal.example", "Zoe", "ParcelPal", "Insights Lead"), variant="en-AU", notes="after case study; 'stop here'"),

rej("fiona-keep-on-file-friendly", "keep-on-file", "personal", "Fiona McAllister <fiona.mcallister@heathercroft.example>",
    "Re: Head of Insight - Heathercroft",
    """Hi Sam,

Lovely to hear from you and thanks for your patience while we worked through the interviews.

We've now appointed to the Head of Insight role, so I'm sorry to say it won't be you this time. You were a very strong second and I'd really like to keep your CV on file; I've a feeling we'll be adding a Senior Analyst in spring.

Would that be OK with you?

Best wishes,
Fiona

Fiona McAllister | Heathercroft Housing | 0131 496 0451""",
    ("fiona.mcallister@heathercroft.example", "Fiona", "Heathercroft Housing", "Head of Insight"), variant="en-GB", parent=True,
    notes="'appointed to the role'; keep CV question"),

rej("arjun-startup-funding", "role-cancelled", "personal", "Arjun Iyer <arjun@tiffinbox.example>",
    "Tiffinbox - bad news, sorry",
    """Hi Sam,

I owe you an update. Our bridge round didn't close the way we expected, and we've had to cut our hiring plan for this quarter to zero. That unfortunately includes the Growth Analytics Lead role we spoke about.

I really enjoyed our conversations and I'm embarrassed to withdraw the role after you met the whole team. If we raise in the new year I'll be back in touch, if you're still available.

Arjun
Founder & CEO, Tiffinbox
+91 99000 54321""",
    ("arjun@tiffinbox.example", "Arjun", "Tiffinbox", "Growth Analytics Lead"), variant="en-IN", notes="start-up funding; role withdrawn"),

rej("rachel-reply-to-header", "personal-after-interview", "personal", "Rachel Kim via Halfmoon Careers <careers@halfmoon.example>",
    "Halfmoon - Research Manager",
    """Hi Sam,

Thanks again for meeting with us on Wednesday. We really enjoyed the conversation.

After careful thought we've decided not to move ahead with your candidacy for the Research Manager position. We had a number of excellent finalists and ultimately chose someone with more experience in mobile gaming.

Thanks so much for your time and interest in Halfmoon.

Rachel Kim
Recruiting Lead""",
    ("rachel.kim@halfmoon.example", "Rachel", "Halfmoon", "Research Manager"), variant="en-US-west", reply_to="Rachel Kim <rachel.kim@halfmoon.example>",
    notes="reply_to from Reply-To header"),

rej("ben-terse-not-right-fit", "terse", "personal", "Ben Okafor <ben.okafor@lanternhill.example>",
    "Analytics Manager",
    """Sam - thanks for your interest in the Analytics Manager job at Lantern Hill. We don't think it's the right fit, so we'll leave it there. Best of luck.

Ben""",
    ("ben.okafor@lanternhill.example", "Ben", "Lantern Hill", "Analytics Manager"), variant="en-ZA", notes="terse"),

rej("sue-agency-unnamed-client", "agency-recruiter", "personal", "Sue Whitlock <sue@whitlockrecruitment.example>",
    "Insights Director - update",
    """Hi Sam,

Just a quick one to let you know my client (the publishing group I mentioned, still confidential I'm afraid) has decided to progress with other candidates for the Insights Director role. They've shortlisted people who are already at director level.

I'll be in touch as soon as I have something else that fits.

Best,
Sue

Sue Whitlock
Whitlock Recruitment
M: 07700 900 771""",
    ("sue@whitlockrecruitment.example", "Sue", "", "Insights Director"), variant="en-GB", notes="agency; client unnamed so company empty"),

rej("patrick-canada-bilingual", "personal-after-interview", "personal", "Patrick Gagnon <patrick.gagnon@saintlaurent-media.example>",
    "Audience Research Manager / Gestionnaire, recherche auditoire",
    """Hi Sam,

Thank you for interviewing with us for the Audience Research Manager position.

Unfortunately, we will not be moving your candidacy forward. The role requires professional working proficiency in French for client meetings in Montréal, and the panel did not feel that this requirement was met.

Thank you for your interest in Saint-Laurent Media.

Best regards,
Patrick Gagnon
Talent Acquisition | Saint-Laurent Media
514-555-0197""",
    ("patrick.gagnon@saintlaurent-media.example", "Patrick", "Saint-Laurent Media", "Audience Research Manager"), variant="en-CA",
    notes="Canadian; language requirement"),

rej("emily-thread-top-reply", "personal-after-interview", "personal", "Emily Rhodes <emily.rhodes@calloway-group.example>",
    "Re: Re: Interview for Senior Insights Manager",
    """Hi Sam,

Circling back as promised. The hiring manager has made her decision and I'm sorry to say it isn't good news for you on this one. She's chosen a candidate who's already working in the insurance sector.

Thank you for being so flexible with the interview times.

Emily

On 2 Oct 2026, at 11:05, Sam Taylor <sam.taylor@example.org> wrote:

> Hi Emily, Thursday at 2pm works for me. Looking forward to it!
> Sam
>
> On 1 Oct 2026, at 16:30, Emily Rhodes <emily.rhodes@calloway-group.example> wrote:
>
>> Great news Sam! The hiring manager would love to meet you for the
>> Senior Insights Manager role at Calloway Group. Are you free on
>> Thursday afternoon?
>>
>> Emily""",
    ("emily.rhodes@calloway-group.example", "Emily", "Calloway Group", "Senior Insights Manager"), variant="en-US", parent=True, parent_depth=2,
    notes="Apple Mail quotes; invite in quote, verdict on top"),

rej("gareth-welsh-public", "personal-after-interview", "personal", "Gareth Morgan <gareth.morgan@cymruarts.example>",
    "Audience Development Manager - interview outcome",
    """Dear Sam,

Diolch / thank you for attending interview for the post of Audience Development Manager last Tuesday.

I regret to tell you that we have decided to offer the post to another candidate. The panel particularly valued your research background, but the appointed candidate had direct experience of Welsh-language audience development, which was an essential criterion.

We are grateful for the time you took to prepare.

Yn gywir / Yours sincerely,
Gareth Morgan
Head of Engagement, Cymru Arts Council""",
    ("gareth.morgan@cymruarts.example", "Gareth", "Cymru Arts Council", "Audience Development Manager"), variant="en-GB",
    notes="Welsh arts body; bilingual sign-off"),

rej("kylie-aus-casual", "personal-after-interview", "personal", "Kylie Dawson <kylie.dawson@brolgabank.example>",
    "Customer Insights Lead - update",
    """Hi Sam,

Thanks heaps for your time on the video call with Mark and me. We've had a chat and unfortunately you haven't been successful for the Customer Insights Lead role this time around. Mark felt the role needs more hands-on experience with banking data and regulatory reporting.

Hope the rest of your search goes well, and thanks again for being up so early for the call!

Cheers,
Kylie
Talent Acquisition Partner | Brolga Bank
0412 555 019""",
    ("kylie.dawson@brolgabank.example", "Kylie", "Brolga Bank", "Customer Insights Lead"), variant="en-AU", notes="Aussie casual"),

rej("hannah-position-filled-before-interview", "personal-after-interview", "personal", "Hannah Price <hannah.price@cobbleyard.example>",
    "Re: Interview slot on Friday",
    """Hi Sam,

I'm so sorry to do this at short notice, but I need to cancel Friday's interview. We made an offer to another candidate yesterday for the Insights Manager role and they've accepted, so the position has been filled.

I really apologise for the late change. I hope you understand.

Hannah
Cobbleyard""",
    ("hannah.price@cobbleyard.example", "Hannah", "Cobbleyard", "Insights Manager"), variant="en-GB", parent=True,
    notes="interview cancelled because role filled: rejection (contrast with reschedule negatives)"),

rej("victor-exec-search", "agency-recruiter", "personal", "Victor Lindqvist <victor.lindqvist@northbridge-partners.example>",
    "Chief Insights Officer search - Halden Group",
    """Dear Sam,

I hope this finds you well. I wanted to update you on the Chief Insights Officer search we are conducting for Halden Group.

Having presented a longlist of twelve candidates to the Halden board last week, I am afraid you were not among the four individuals selected to proceed to the interview stage. The board placed significant weight on prior P&L responsibility.

It was a pleasure getting to know you through this process and I would welcome the opportunity to stay in contact for future mandates.

With kind regards,

Victor Lindqvist
Partner
Northbridge Partners
+44 20 7946 0912""",
    ("victor.lindqvist@northbridge-partners.example", "Victor", "Halden Group", "Chief Insights Officer"), variant="en-GB", notes="executive search; longlist"),

rej("maya-referral-friend-relay", "personal-after-interview", "personal", "Maya Feld <maya.feld@orchardly.example>",
    "Re: the Insights Lead thing",
    """Hey Sam,

So I checked in with Jonah (the hiring manager) on the Insights Lead role, since you'd asked me to. He said they've already made a hire for it, someone from inside the company who moved over from finance. So I don't think your application is going anywhere, sorry!

He did say your CV was strong. Drinks soon to commiserate?

Maya""",
    ("maya.feld@orchardly.example", "Maya", "Orchardly", "Insights Lead"), variant="en-US", parent=True,
    notes="friend inside company relays verdict on Sam's own application; internal hire"),

rej("conor-graduate-scheme-nonnative", "personal-after-interview", "personal", "Tomasz Wiśniewski <tomasz.wisniewski@vistula-soft.example>",
    "Regarding your candidature",
    """Hello Sam,

Thank you for the interview for position Product Insights Manager in our Kraków office.

After the discussion in the team, I must inform that we decided to finish the recruitment process with you. We were looking for person with more experience in B2B SaaS products, and also the relocation timeline was too long for our needs.

I thank you for your time and wish good luck.

Best regards,
Tomasz Wiśniewski
Recruitment Specialist
Vistula Soft""",
    ("tomasz.wisniewski@vistula-soft.example", "Tomasz", "Vistula Soft", "Product Insights Manager"), variant="en-nonnative",
    notes="Polish non-native English; 'finish the recruitment process with you'"),

rej("grace-long-hold-then-no", "role-cancelled", "personal", "Grace Holloway <grace.holloway@ferrisway.example>",
    "Senior Insights Manager - where things stand",
    """Hi Sam,

I promised to keep you posted and I'm sorry it's taken so long.

We've spent the last few weeks trying to get sign-off for the Senior Insights Manager role in the new structure. This morning our CFO confirmed that the role won't be going ahead; the team will be merged into Strategy under Daniel instead.

I'm really disappointed, because you were our preferred candidate. I'll absolutely think of you if anything opens up, and please do use me as a reference point if it helps with other applications.

Grace

Grace Holloway
Chief Marketing Officer, Ferrisway""",
    ("grace.holloway@ferrisway.example", "Grace", "Ferrisway", "Senior Insights Manager"), variant="en-GB",
    notes="'preferred candidate' but role won't go ahead"),

rej("james-teams-rejection-after-offer-talk", "personal-after-interview", "personal", "James Whitaker <james.whitaker@oakmere.example>",
    "Oakmere",
    """Sam,

I'm afraid I have to be the bearer of disappointing news. Following further discussion with the leadership team, we have decided not to proceed with your candidacy for the Insights Partner role.

I know we had talked about start dates, so I appreciate this is frustrating, and I'm sorry.

Regards,
James Whitaker
People Director, Oakmere""",
    ("james.whitaker@oakmere.example", "James", "Oakmere", "Insights Partner"), variant="en-GB", notes="after talk of start dates"),

rej("leah-not-selected-university", "personal-after-interview", "personal", "Leah Sorensen <l.sorensen@uni-tasman.example>",
    "Research Evaluation Lead – outcome",
    """Dear Sam,

Thank you for your time at interview on Monday for the Research Evaluation Lead position at the University of Tasman.

The selection committee has completed its deliberations and I regret that your application was not selected. The committee has recommended the appointment of another applicant.

I would be pleased to provide feedback by phone.

Kind regards,
Dr Leah Sorensen
Associate Director, Planning & Performance
University of Tasman
+61 3 6226 5550""",
    ("l.sorensen@uni-tasman.example", "Leah", "University of Tasman", "Research Evaluation Lead"), variant="en-AU", notes="Australian university"),

rej("noah-linkedin-inmail-style", "terse", "personal", "Noah Brennan <noah.brennan@sparrowhawk.example>",
    "Re: Insights Manager - Sparrowhawk",
    """Hi Sam, thanks for following up. We've filled the Insights Manager spot, so no longer moving forward with applications. Appreciate your interest!

Noah""",
    ("noah.brennan@sparrowhawk.example", "Noah", "Sparrowhawk", "Insights Manager"), variant="en-US", parent=True, notes="terse reply to chaser"),

rej("isabel-shortlist-second-place", "personal-after-interview", "personal", "Isabel Cortés <isabel.cortes@velaro.example>",
    "Velaro – Market Research Lead",
    """Dear Sam,

I hope you're well. I've been putting off this email because I genuinely hoped it would say something different.

The team has selected another finalist for the Market Research Lead role. You were our second choice, and if things don't work out with the offer I may well come back to you. But I don't want to leave you waiting on that, so please consider this a no for now.

Thank you for everything you put into the process.

Isabel Cortés
Head of Talent, Velaro""",
    ("isabel.cortes@velaro.example", "Isabel", "Velaro", "Market Research Lead"), variant="en-nonnative", notes="second choice; 'consider this a no for now'"),

rej("amir-keep-in-pipeline", "keep-on-file", "personal", "Amir Haddad <amir.haddad@cinderpath.example>",
    "Insights Analyst role",
    """Hi Sam,

Thanks for your application for the Insights Analyst role. We've decided to take forward candidates who are closer to the entry level we're hiring for, as your experience is well beyond what this role will offer.

That said, I'd love to keep you in our pipeline for more senior openings, which we expect in early 2027. I'll reach out then if that's alright.

Best,
Amir Haddad
Talent Partner, Cinderpath""",
    ("amir.haddad@cinderpath.example", "Amir", "Cinderpath", "Insights Analyst"), variant="en-CA", notes="overqualified; pipeline"),

rej("bronwyn-nz-agency", "agency-recruiter", "personal", "Bronwyn Tait <bronwyn@kowhai-talent.example>",
    "Totara Energy - feedback",
    """Kia ora Sam,

Thanks for your patience. I've heard back from Totara Energy on the Customer Insights Manager role and unfortunately they've decided to proceed with another candidate who's based locally in Wellington.

I know relocation was always going to be a factor. I'll keep my eyes peeled for remote-friendly roles for you.

Ngā mihi,
Bronwyn
Kowhai Talent | 021 555 0163""",
    ("bronwyn@kowhai-talent.example", "Bronwyn", "Totara Energy", "Customer Insights Manager"), variant="en-NZ", notes="NZ agency"),
]

PERSONAL.append(rej("weiling-singapore-references", "personal-after-interview", "personal", "Tan Wei Ling <weiling.tan@merlionpay.example>",
    "MerlionPay - Regional Insights Manager",
    """Dear Sam,

Thank you for your patience over the past few weeks, and for putting us in touch with your referees so quickly.

After completing the final stage of our process, we have decided that we won't be taking your application further for the Regional Insights Manager position. The decision was made on the basis of regional market experience across ASEAN, and not on anything that came up in your references.

We truly appreciate the time you invested and hope to cross paths again.

Best regards,
Wei Ling
Tan Wei Ling | Senior HR Business Partner | MerlionPay
+65 6555 0148""",
    ("weiling.tan@merlionpay.example", "Wei Ling", "MerlionPay", "Regional Insights Manager"), variant="en-SG",
    notes="after references; Singapore; given-name order"))

# Fix-ups for rows whose company must appear in the text.
for _m in PERSONAL:
    if _m["slug"] == "tom-founder-slack-tone":
        _m["text"] = _m["text"].replace("t\"\"\"", "")
        _m["text"] = _m["text"] + "\nQuokka Labs"
    if _m["slug"] == "dave-typos-mobile":
        _m["text"] = _m["text"].replace("Dave\n\nSent", "Dave\nMoorland Brewing\n\nSent")
    if _m["slug"] == "maya-referral-friend-relay":
        _m["text"] = _m["text"].replace("on the Insights Lead role", "on the Insights Lead role at Orchardly")

MESSAGES = ATS + PERSONAL

# Days pinned where the letter or its quote names a date (Date header must come after it).
DAYS = {"gwen-outlook-reply-chaser": "2026-11-02", "siobhan-gmail-reply-thanks": "2026-11-05",
        "emily-thread-top-reply": "2026-10-09", "anika-after-final-round": "2026-11-13",
        "craig-assessment-centre": "2026-11-12", "karen-hr-formal-letter": "2026-09-29"}
for _m in MESSAGES:
    if _m["slug"] in DAYS:
        _m["day"] = DAYS[_m["slug"]]

# A few transfer-encoding variants.
for _m in MESSAGES:
    if _m["slug"] in ("kestrelway-softgarden-decided", "albacore-successfactors-verdict-end"):
        _m["cte"] = "base64"
    if _m["slug"] in ("anja-nonnative-dutch", "conor-graduate-scheme-nonnative"):
        _m["cte"] = "8bit"
