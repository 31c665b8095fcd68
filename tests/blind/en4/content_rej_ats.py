"""Rejections in the style of ATS / vendor mail (40)."""
from content_common import rej

MESSAGES = [
rej("greenhouse-harbourline-other-candidates", "ats-automated", "ats",
    ("", "", "Harbourline", "Senior Product Manager, Audience"),
    vendor="greenhouse", brand="Harbourline", variant="en-US",
    frm="Harbourline Recruiting <no-reply@us.greenhouse-mail.io>",
    subject="Your application to Harbourline",
    preheader="An update on your application",
    text="""Hi Sam,

Thank you for your interest in the Senior Product Manager, Audience role at Harbourline and for taking the time to apply.

We received a large number of strong applications for this position. After careful review, we have decided to move forward with other candidates whose background more closely aligns with the needs of the team right now.

We'd encourage you to keep an eye on our [[careers page]] for future openings.

Best,
Harbourline Recruiting""",
    about="Harbourline builds subscription tools for independent publishers. We are proud to be an equal opportunity employer.",
    notes="classic wording; verdict in middle"),

rej("lever-quillmark-not-moving-forward", "ats-automated", "ats",
    ("", "Dana", "Quillmark", "Product Analytics Lead"),
    vendor="lever", brand="Quillmark", variant="en-US",
    frm="Quillmark <no-reply@hire.lever.co>",
    subject="Quillmark - Product Analytics Lead",
    text="""Hi Sam,

Thanks so much for applying for the Product Analytics Lead position at Quillmark. We've had a chance to look over your application, and unfortunately we won't be moving forward at this time.

This isn't a reflection of your skills — we simply had to make tough calls against a very specific brief.

Wishing you the very best in your search,
Dana
Talent, Quillmark""",
    notes="signed first name only, no address"),

rej("ashby-fernway-decided-not-to-proceed", "ats-automated", "ats",
    ("talent@fernway.example", "Marisol", "Fernway", "Head of User Research"),
    vendor="ashby", brand="Fernway", variant="en-USW",
    frm="Marisol Okafor <no-reply@ashbyhq.com>", reply_to="talent@fernway.example",
    subject="Update on your Fernway application",
    text="""Hi Sam,

I wanted to personally thank you for the time you put into your application for Head of User Research. Your portfolio of audience work at Calder Street Media was genuinely interesting to read.

That said, after reviewing it alongside the rest of our pipeline, we've decided not to proceed with your candidacy. We're prioritising people who have led research inside a B2B SaaS product, and that was the main gap for us.

If you have any questions, you can reply to this email and it will reach our team.

Warmly,
Marisol Okafor
Recruiting Lead, Fernway""",
    notes="Reply-To team address; reason given"),

rej("workday-northgate-bank-status-portal", "portal-status", "ats",
    ("", "", "Northgate Bank", "Vice President, Customer Insights"),
    vendor="workday", brand="Northgate Bank", variant="en-GB", html_only=True,
    frm="Northgate Bank Careers <northgatebank@myworkday.com>",
    subject="Northgate Bank: An update to your application R-0048821",
    text="""Dear Sam Taylor,

There has been an update to your application for **Vice President, Customer Insights** (R-0048821).

{table}

To view the full details of your application, please sign in to your [[candidate home]].

Kind regards,
Northgate Bank Talent Acquisition""",
    table=[("Job requisition", "R-0048821 Vice President, Customer Insights"), ("Location", "London, Canary Wharf"),
           ("Application status", "Not selected"), ("Last updated", "14 Oct 2026")],
    notes="verdict only in a status table; HTML only"),

rej("icims-carrow-health-unsuccessful", "ats-automated", "ats",
    ("", "", "Carrow Health", "Director, Patient Insights"),
    vendor="icims", brand="Carrow Health", variant="en-US",
    frm="Carrow Health Careers <careers-noreply@talent.icims.com>",
    subject="Carrow Health – Director, Patient Insights (Req 26-1187)",
    text="""Dear Sam,

Thank you for your recent application for the position of Director, Patient Insights (Requisition 26-1187). We appreciate your interest in Carrow Health and the time you invested in the process.

After a thorough review of your qualifications against the requirements of the position, we regret to inform you that you have not been selected to move forward in the selection process.

Your profile will remain in our system, and we encourage you to create job alerts so you are notified of new openings that match your interests.

Sincerely,
Talent Acquisition
Carrow Health""",
    about="At Carrow Health, our mission is to make care feel human again. For three years running we have been named one of the Best Places to Work in Healthcare.",
    notes="formal; EEO footer"),

rej("smartrecruiters-vantora-position-filled", "role-filled", "ats",
    ("", "", "Vantora", "Insights Manager"),
    vendor="smartrecruiters", brand="Vantora", variant="en-GB",
    frm="Vantora <noreply@smartrecruiters.com>",
    subject="Insights Manager at Vantora",
    text="""Dear Sam,

Thank you for applying for the Insights Manager role at Vantora.

We would like to let you know that this position has now been filled. We truly appreciate the interest you showed in joining us.

Since you are now part of our candidate community, we will let you know about relevant opportunities in future.

Kind regards,
The Vantora Talent Team""",
    notes="position filled"),

rej("workable-pebblecrate-application-declined", "ats-automated", "ats",
    ("hello@pebblecrate.example", "", "Pebblecrate", "Growth Product Manager"),
    vendor="workable", brand="Pebblecrate", variant="en-GB",
    frm="Pebblecrate <noreply@candidates.workablemail.com>",
    subject="Your application for Growth Product Manager",
    text="""Hi Sam,

Thanks again for applying to be our Growth Product Manager. We read every single application ourselves (we're a team of 14, so it's not a big queue!).

We're sorry to say we won't be taking your application further. We were looking for someone with more hands-on experience running paid acquisition experiments, and other candidates were closer to that.

If you'd like a bit more feedback, drop us a line at hello@pebblecrate.example and one of us will get back to you.

The Pebblecrate team""",
    notes="team address in body; team signature"),

rej("bamboohr-lindqvist-design-other-direction", "ats-automated", "ats",
    ("", "Hanna", "Lindqvist Design Studio", "Research Operations Lead"),
    vendor="bamboohr", brand="Lindqvist Design Studio", variant="en-nonnative",
    frm="Lindqvist Design Studio <notifications@app.bamboohr.com>",
    subject="Research Operations Lead – thank you",
    text="""Dear Sam,

Thank you for applying for the position of Research Operations Lead at Lindqvist Design Studio. We received many applications and it has been a difficult choice.

We have now chosen to continue with another applicant whose profile matches our needs a little better, so we will close your application with this.

We wish you much luck in the future.

Best regards
Hanna Lindqvist
Studio Manager""",
    notes="non-native English (Swedish writer); no reply address"),

rej("jobvite-tessmark-status-update", "ats-automated", "ats",
    ("", "", "Tessmark Systems", "Principal Product Manager – Data Platform"),
    vendor="jobvite", brand="Tessmark Systems", variant="en-US",
    frm="Tessmark Systems <notification@jobvite.com>",
    subject="Application Status Update - Principal Product Manager – Data Platform",
    text="""Hello Sam,

We appreciate your interest in Tessmark Systems and the Principal Product Manager – Data Platform opportunity.

After careful consideration, your candidacy is no longer under consideration for this position. Please know that this decision is not a reflection of your talent or experience.

We invite you to continue exploring opportunities with us on our careers site.

Regards,
Tessmark Systems Talent Acquisition""",
    notes="candidacy no longer under consideration; en dash in role"),

rej("taleo-pelham-insurance-unsuccessful-shortlisting", "ats-automated", "ats",
    ("", "", "Pelham Insurance Group", "Head of Customer Analytics"),
    vendor="taleo", brand="Pelham Insurance Group", variant="en-GB", text_only=True,
    frm="Pelham Insurance Group <pelham@taleo.net>",
    subject="Your application for Head of Customer Analytics (Job Number: 260913)",
    text="""Dear Sam Taylor,

Re: Head of Customer Analytics (Job Number: 260913)

Thank you for your application for the above role.

Following the shortlisting process, we regret to advise that your application has been unsuccessful on this occasion. We received a high number of applications and the standard was very high.

We would like to thank you for the interest you have shown in Pelham Insurance Group and wish you every success in your future career.

Yours sincerely,

Resourcing Team
Pelham Insurance Group""",
    notes="plain-text only ATS; UK formal"),

rej("successfactors-brennholt-filled-internally", "internal-candidate", "ats",
    ("", "", "Brennholt Logistics", "Senior Manager Market Intelligence"),
    vendor="successfactors", brand="Brennholt Logistics", variant="en-nonnative",
    frm="Brennholt Logistics Recruiting <recruiting-noreply@successfactors.eu>",
    subject="Your application: Senior Manager Market Intelligence (m/f/d)",
    text="""Dear Sam Taylor,

thank you very much for your interest in Brennholt Logistics and for your application as Senior Manager Market Intelligence (m/f/d).

We would like to inform you that the position has been filled with an internal candidate. Therefore we are unfortunately not able to consider your application further.

With your consent we would like to keep your documents in our talent pool for a further 12 months. If you agree, please confirm via the [[consent link]]. Otherwise your data will be deleted in accordance with the GDPR six months after the end of the process.

Kind regards
Your Brennholt Recruiting Team""",
    notes="German writer; internal; data-retention consent"),

rej("rippling-oakfield-coffee-role-on-hold", "role-cancelled", "ats",
    ("jess@oakfieldcoffee.example", "Jess", "Oakfield Coffee Co.", "Head of Customer Insight"),
    vendor="rippling", brand="Oakfield Coffee Co.", variant="en-GB",
    frm="Oakfield Coffee Co. <no-reply@ats.rippling.com>",
    subject="Head of Customer Insight – update",
    text="""Hi Sam,

I'm writing with a less welcome update. Following our half-year review, we've taken the decision to pause hiring for the Head of Customer Insight role until at least the second half of next year, and we've closed the vacancy for now.

That means we won't be progressing your application, which I know is frustrating after you'd already had a first conversation with us. I'm sorry we couldn't give you a better outcome.

If you'd like to talk any of this through, you can reach me directly at jess@oakfieldcoffee.example.

All the best,
Jess Marlow
People Partner, Oakfield Coffee Co.""",
    notes="role paused and closed; address in body"),

rej("gem-stratalyne-decided-to-pursue-others", "after-interview", "ats",
    ("owen.price@stratalyne.example", "Owen", "Stratalyne", "Senior Product Manager, Insights Platform"),
    vendor="gem", brand="Stratalyne", variant="en-US",
    frm="Owen Price <owen.price@stratalyne.example>",
    subject="Re: Stratalyne – Senior Product Manager, Insights Platform",
    text="""Hi Sam,

Thank you again for spending time with the team last week — everyone enjoyed the conversation, especially the bit about how you rebuilt the audience panel at Calder Street.

I wanted to let you know that we've decided to pursue other candidates for the Senior Product Manager, Insights Platform role. It was a close call, and the feedback from the panel on your communication was excellent; where we landed was that we need someone who has owned a platform roadmap with heavier engineering dependencies.

I'd love to stay in touch and will reach out if a more research-leaning role opens up.

Best,
Owen Price
Technical Recruiter, Stratalyne""",
    notes="Gem-sent personal-looking recruiter mail"),

rej("dover-kitebase-not-a-fit", "ats-automated", "ats",
    ("", "Rafael", "Kitebase", "Founding Product Manager"),
    vendor="dover", brand="Kitebase", variant="en-USW",
    frm="Rafael at Kitebase <rafael@mail.dover.example>",
    id_domain="mail.dover.example",
    subject="Kitebase // Founding Product Manager",
    text="""Hey Sam,

Thanks for your interest in joining Kitebase as our Founding Product Manager!

We've looked through your background and, while it's impressive, we don't think it's the right fit for this particular role at this time. We're specifically looking for someone who has shipped developer tooling.

Appreciate you considering us, and best of luck!

Rafael
Co-founder, Kitebase""",
    notes="Dover sender; not a fit at this time"),

rej("linkedin-easyapply-caspian-not-selected", "portal-status", "ats",
    ("", "", "Caspian Learning", "Product Insights Manager"),
    vendor="linkedin", brand="LinkedIn", variant="en-GB",
    frm="LinkedIn <jobs-noreply@linkedin.com>",
    subject="Your application to Product Insights Manager at Caspian Learning",
    text="""Your update from Caspian Learning

Sam, thank you for your interest in the Product Insights Manager position at Caspian Learning in London. Unfortunately, Caspian Learning has decided not to move forward with your application.

We know this isn't the news you were hoping for. Here are some similar jobs you might be interested in:

- Audience Insights Lead · Brightwell Media · London (Hybrid)
- Senior Research Manager · Orchard & Vale · Manchester
- Insights Director · Quayside Analytics · Remote

[[See all jobs]]""",
    notes="LinkedIn Easy Apply rejection with job suggestions"),

rej("indeed-marlowe-retail-not-progress", "ats-automated", "ats",
    ("", "", "Marlowe Retail", "Customer Insight Manager"),
    vendor="indeed", brand="Indeed", variant="en-GB",
    frm="Indeed <no-reply@indeed.com>",
    subject="An update on your application to Marlowe Retail",
    text="""Marlowe Retail sent you a message

Customer Insight Manager
Marlowe Retail – Leeds

"Hi Sam, thank you for your application. We've reviewed all candidates and will not be progressing your application any further. We wish you every success with your job search."

Application status: Not selected by employer

[[View your applications]]""",
    notes="Indeed Apply relay of employer message"),

rej("personio-hallmann-nicht-deutsch-en", "ats-automated", "ats",
    ("jobs@hallmann-audio.example", "Katrin", "Hallmann Audio", "Product Manager Consumer Research"),
    vendor="personio", brand="Hallmann Audio", variant="en-nonnative",
    frm="Hallmann Audio <jobs@hallmann-audio.example>", id_domain="hallmann-audio.example",
    subject="Your application as Product Manager Consumer Research",
    text="""Dear Sam,

many thanks for your application and the interest in Hallmann Audio.

We have looked at your documents with great interest. Unfortunately we have to tell you that we decided for other candidates whose profile fits more to the requirements of the position, especially the fluent German which is needed for the role.

We wish you all the best for your future professional and private life.

Best regards
Katrin Böhm
HR Hallmann Audio""",
    notes="German writer in English; From is a jobs address"),

rej("teamtailor-nordlys-talent-pool", "keep-on-file", "ats",
    ("", "", "Nordlys Games", "Senior Player Insights Analyst"),
    vendor="teamtailor", brand="Nordlys Games", variant="en-nonnative",
    frm="Nordlys Games <no-reply@teamtailor.example>", id_domain="teamtailor.example",
    subject="About your application to Nordlys Games 🎮",
    text="""Hi Sam!

Thank you for taking the time to apply for Senior Player Insights Analyst at Nordlys Games. We are so happy for every applicant who wants to be part of our journey 🎮

We have gone through all applications and have now decided to proceed with candidates who more closely match what we need for the role right now. That means we are not moving on with your application.

But hey — we'd love to keep in touch! Would you like to join our Talent Community so we can contact you when new roles open up? [[Yes, keep me in the loop]]

Cheers,
The Nordlys Games People Team""",
    button="Join our Talent Community", notes="emoji; talent-community question after verdict"),

rej("recruitee-veldhuis-closed-requisition", "role-cancelled", "ats",
    ("", "", "Veldhuis Mobility", "Lead Product Researcher"),
    vendor="recruitee", brand="Veldhuis Mobility", variant="en-nonnative",
    frm="Veldhuis Mobility <veldhuismobility@mail.recruitee.example>", id_domain="mail.recruitee.example",
    subject="Lead Product Researcher: we closed this vacancy",
    text="""Dear Sam,

Thank you for applying for the position of Lead Product Researcher.

Because of a change in our organisation, we have closed this requisition and will not fill the position for the time being. As a result, we are ending the procedure for all applicants, including you.

We are sorry for the inconvenience and thank you for your interest in Veldhuis Mobility.

Kind regards,
Recruitment team Veldhuis Mobility""",
    notes="Dutch writer; requisition closed"),

rej("softgarden-kessler-media-rejection-after-interview", "after-interview", "ats",
    ("", "Lena", "Kessler Media Group", "Head of Audience Research"),
    vendor="softgarden", brand="Kessler Media Group", variant="en-nonnative",
    frm="Kessler Media Group <noreply@softgarden.example>", id_domain="softgarden.example",
    subject="Your application as Head of Audience Research",
    text="""Dear Sam Taylor,

thank you again for the interesting video interview last Tuesday and your patience during our selection process.

It was not an easy decision, but after intensive consideration we have decided in favour of another candidate. We would therefore like to return your documents to you with this email and wish you all the best for your professional future.

Kind regards

Lena Hartwig
Talent Acquisition
Kessler Media Group""",
    notes="softgarden; decided in favour of another candidate"),

rej("join-brightloom-profile-doesnt-match", "ats-automated", "ats",
    ("", "", "Brightloom", "Data Product Owner"),
    vendor="join", brand="Brightloom", variant="en-nonnative",
    frm="Brightloom via JOIN <noreply@join.example>", id_domain="join.example",
    subject="Update on your application for Data Product Owner",
    text="""Hello Sam,

thank you for your application for Data Product Owner at Brightloom.

After checking your application carefully, we found that your profile doesn't match closely enough with the requirements of this position. For this reason we cannot consider you further in the process.

Thank you for your understanding and good luck!

Your Brightloom Team""",
    notes="profile doesn't match closely enough"),

rej("usajobs-census-not-referred", "public-sector", "ats",
    ("", "", "U.S. Census Bureau", "Supervisory Survey Statistician"),
    vendor="usajobs", brand="USAJOBS", variant="en-US", text_only=True,
    frm="USAJOBS <no-reply@usajobs.example>", id_domain="usajobs.example",
    subject="Your USAJOBS application status has been updated",
    text="""Dear Sam Taylor,

The status of your application for the following announcement has changed:

{table}

You were found qualified for this position; however, you were not among the best qualified candidates referred to the hiring manager for further consideration. For information on how applicants were rated, please review the job announcement.

To view your application status, sign in to USAJOBS and go to Applications.

Thank you for your interest in federal employment.""",
    table=[("Position", "Supervisory Survey Statistician"), ("Agency", "U.S. Census Bureau"),
           ("Announcement number", "CEN-26-DSMD-112233-MP"), ("Status", "Not Referred")],
    notes="USAJOBS Not Referred"),

rej("csjobs-dcms-unsuccessful-sift", "public-sector", "ats",
    ("", "", "Department for Culture, Media and Sport", "Senior Research Officer"),
    vendor="csjobs", brand="Civil Service Jobs", variant="en-GB", text_only=True,
    frm="Civil Service Jobs <noreply@csjobs.example>", id_domain="csjobs.example",
    subject="Vacancy 412087 - Senior Research Officer - Outcome of sift",
    text="""Dear Sam Taylor

Vacancy reference: 412087
Job title: Senior Research Officer
Department: Department for Culture, Media and Sport

Thank you for your application for the above vacancy.

We regret to inform you that your application has not been successful at the sift stage. The panel assessed your application against the essential criteria and behaviours in the advert.

Your scores were as follows:
Personal statement: 4
Behaviour - Seeing the Big Picture: 3
Behaviour - Communicating and Influencing: 4

The pass mark for this stage was 5 for the personal statement.

If you would like further feedback, please contact the vacancy holder using the details on the advert.

Kind regards

DCMS Recruitment Team""",
    notes="UK civil service sift with scores"),

rej("nhsjobs-riverside-trust-not-shortlisted", "public-sector", "ats",
    ("", "", "Riverside University Hospitals NHS Foundation Trust", "Patient Experience Insight Lead"),
    vendor="nhsjobs", brand="NHS Jobs", variant="en-GB",
    frm="NHS Jobs <no-reply@jobs.nhs.example>", id_domain="jobs.nhs.example",
    subject="Your application for Patient Experience Insight Lead",
    text="""Dear Sam Taylor,

Reference: 298-PE-4471

Thank you for applying for the role of Patient Experience Insight Lead with Riverside University Hospitals NHS Foundation Trust.

Unfortunately, on this occasion you have not been shortlisted for interview.

The number of applications we receive means we are unable to provide individual feedback. We would encourage you to apply for other roles on NHS Jobs.

Kind regards,
Recruitment Team
Riverside University Hospitals NHS Foundation Trust""",
    notes="NHS not shortlisted"),

rej("pageup-uni-kingsbridge-unsuccessful", "public-sector", "ats",
    ("recruitment@kingsbridge.ac.example", "", "University of Kingsbridge", "Head of Market Insight"),
    vendor="pageup", brand="University of Kingsbridge", variant="en-GB",
    frm="University of Kingsbridge <no-reply@pageuppeople.example>", id_domain="pageuppeople.example",
    subject="Head of Market Insight (Ref. 2026-PSD-0931)",
    text="""Dear Sam

Thank you for your application for the post of Head of Market Insight, and for attending the interview on 9 September.

The panel has now completed the selection process. I am sorry to let you know that on this occasion you have not been offered the post. The panel was impressed with your presentation and asked me to pass on that the decision was a close one.

If you would like feedback, please email recruitment@kingsbridge.ac.example and we will arrange a call with the chair of the panel.

Yours sincerely

HR Recruitment Team
University of Kingsbridge""",
    notes="university after interview; team address in body"),

rej("oracle-halcyon-air-requisition-cancelled", "role-cancelled", "ats",
    ("", "", "Halcyon Air", "Manager, Customer Experience Analytics"),
    vendor="oracle", brand="Halcyon Air", variant="en-SG",
    frm="Halcyon Air Careers <careers@halcyonair.fa.oraclecloud.example>", id_domain="halcyonair.fa.oraclecloud.example",
    subject="Job Requisition Cancelled: Manager, Customer Experience Analytics",
    text="""Dear Sam,

We are writing regarding your application for the position of Manager, Customer Experience Analytics (Requisition 88231), Singapore.

Please be informed that the requisition has been cancelled and the position will not be filled. Your application will therefore not proceed further.

We thank you for your interest in Halcyon Air and invite you to apply for other suitable vacancies on our careers site.

Yours sincerely,
Halcyon Air Talent Acquisition""",
    notes="requisition cancelled"),

rej("greenhouse-lumen-bank-verdict-late", "ats-automated", "ats",
    ("", "", "Lumen Bank", "Senior Manager, Member Insights"),
    vendor="greenhouse", brand="Lumen Bank", variant="en-US",
    frm="Lumen Bank <no-reply@us.greenhouse-mail.io>",
    subject="Thank you from Lumen Bank",
    text="""Hi Sam,

At Lumen Bank we believe that everyone deserves a bank that works for them, and that starts with a team that reflects the members we serve. We're grateful that you considered bringing your experience to our mission, and we know that applying for a new role takes real time and thought.

Our hiring team reviews each application individually against the requirements of the role and the needs of the team. This year we have been fortunate to see a record number of applicants across our Member Experience organization, and we have been humbled by the quality of candidates.

With all that in mind, we've decided not to move forward with your application for the Senior Manager, Member Insights position.

We hope you'll consider us again in the future.

The Lumen Bank Talent Team""",
    about="Lumen Bank, N.A. Member FDIC. Equal Housing Lender. Lumen Bank is an equal opportunity employer and considers all qualified applicants without regard to protected characteristics.",
    notes="verdict after two paragraphs of boilerplate"),

rej("lever-orbitline-after-take-home", "after-assessment", "ats",
    ("maya@orbitline.example", "Maya", "Orbitline", "Product Manager, Analytics"),
    vendor="lever", brand="Orbitline", variant="en-CA",
    frm="Maya Desrosiers <no-reply@hire.lever.co>", reply_to="Maya Desrosiers <maya@orbitline.example>",
    subject="Orbitline – your take-home exercise",
    text="""Hi Sam,

Thanks for turning the take-home around so quickly — the team appreciated how clearly you laid out the metric tree.

Having reviewed all the submissions, we won't be inviting you to the final stage for Product Manager, Analytics. The reviewers felt the prioritisation section stopped short of a recommendation, and that was the part of the exercise we weighted most.

I know that's not what you wanted to hear. Happy to hop on a 10-minute call if more detail would help.

Maya
Talent Partner | Orbitline""",
    notes="after take-home; Reply-To recruiter"),

rej("workday-meridian-foods-application-closed", "ats-automated", "ats",
    ("", "", "Meridian Foods", "Consumer Insights Director"),
    vendor="workday", brand="Meridian Foods", variant="en-US", cte="base64",
    frm="Meridian Foods <meridianfoods@myworkday.com>",
    subject="Application Update",
    text="""Dear Sam,

Thank you for your interest in the Consumer Insights Director position (JR-22871) with Meridian Foods.

We have carefully reviewed your background and qualifications. While your experience is impressive, we are pursuing candidates whose experience more closely matches the requirements of this position.

We encourage you to visit our careers site regularly and apply for any future positions for which you feel qualified.

Thank you again for your interest in Meridian Foods.

Meridian Foods Talent Acquisition""",
    notes="base64 parts; 'pursuing candidates whose experience more closely matches'"),

rej("smartrecruiters-arkwright-hold", "role-cancelled", "ats",
    ("", "Priya", "Arkwright Engineering", "Market Insight Lead"),
    vendor="smartrecruiters", brand="Arkwright Engineering", variant="en-GB",
    frm="Priya Nair <noreply@smartrecruiters.com>",
    subject="Market Insight Lead – position on hold",
    text="""Dear Sam,

Thank you for your patience since your interview for the Market Insight Lead position.

I am sorry to tell you that the business has placed this role on hold indefinitely following a review of the 2027 budget. We are therefore withdrawing the vacancy and closing all open applications, including yours.

Should the role be re-opened, we will contact you to ask whether you are still interested.

Kind regards,
Priya Nair
Talent Acquisition Partner, Arkwright Engineering""",
    notes="on hold indefinitely + vacancy withdrawn"),

rej("icims-ridgeback-html-only-closed", "ats-automated", "ats",
    ("", "", "Ridgeback Outdoor", "Senior Analyst, Consumer Research"),
    vendor="icims", brand="Ridgeback Outdoor", variant="en-US", html_only=True,
    frm="Ridgeback Outdoor <ridgebackoutdoor@talent.icims.com>",
    subject="Regarding your application at Ridgeback Outdoor",
    text="""Hi Sam,

Thanks for applying to Ridgeback Outdoor for the Senior Analyst, Consumer Research role. We're writing to let you know that we have reviewed your application and have decided to move forward with other applicants at this time.

Your application is now closed. You can see its status at any time on our [[candidate portal]].

Get outside,
Ridgeback Outdoor Talent""",
    notes="HTML only; 'move forward with other applicants'"),

rej("ashby-polestar-labs-after-final", "after-interview", "ats",
    ("lucas@polestarlabs.example", "Lucas", "Polestar Labs", "Group Product Manager, Insights"),
    vendor="ashby", brand="Polestar Labs", variant="en-USW",
    frm="Lucas Whitfield <lucas@polestarlabs.example>", id_domain="ashbyhq.com",
    subject="Polestar Labs: Group Product Manager, Insights",
    text="""Sam,

Thank you for all of your time across the final round on Thursday. I know it was a long day and you were on a very early call from the UK, so doubly appreciated.

The team met this morning to debrief. There was a lot of enthusiasm about your research background and the way you handled the stakeholder role-play. Ultimately, though, we made an offer to another candidate who has managed a larger team of PMs, and they've accepted.

I'm sorry this isn't better news. Please don't be a stranger — I'd genuinely like to keep you in mind.

Lucas
Head of Talent, Polestar Labs""",
    notes="offer made to another candidate after final"),

rej("workable-thimble-terse", "terse", "ats",
    ("", "", "Thimble & Co", "Insights Lead"),
    vendor="workable", brand="Thimble & Co", variant="en-GB",
    frm="Thimble & Co <noreply@candidates.workablemail.com>",
    subject="Insights Lead at Thimble & Co",
    text="""Hi Sam,

Thanks for applying for Insights Lead. Unfortunately we won't be progressing your application.

Thimble & Co""",
    notes="terse ATS"),

rej("taleo-kestrel-pharma-html-table", "portal-status", "ats",
    ("", "", "Kestrel Pharma", "Associate Director, Market Research"),
    vendor="taleo", brand="Kestrel Pharma", variant="en-US", html_only=True, cte="base64",
    frm="Kestrel Pharma Careers <kestrelpharma@taleo.net>",
    subject="Kestrel Pharma - Candidate Status Notification",
    text="""Dear Sam Taylor,

This message is to notify you of a change to your candidate status.

{table}

If you have questions, you may visit the Candidate Care Center.

Kestrel Pharma Talent Acquisition""",
    table=[("Job Title", "Associate Director, Market Research"), ("Job Number", "2604417"),
           ("Current Step", "Hiring Manager Review"), ("Status", "Rejected - Other candidate selected")],
    notes="HTML-only base64 status table"),

rej("greenhouse-cobalt-after-phone-screen", "after-interview", "ats",
    ("tasha.green@cobaltpay.example", "Tasha", "Cobalt Pay", "Staff Product Manager, Merchant Insights"),
    vendor="greenhouse", brand="Cobalt Pay", variant="en-US",
    frm="Tasha Green <no-reply@us.greenhouse-mail.io>", reply_to="tasha.green@cobaltpay.example",
    subject="Following up – Staff Product Manager, Merchant Insights",
    text="""Hi Sam,

It was great chatting on Monday. I shared my notes with the hiring manager, and I wanted to circle back quickly so you're not left waiting.

We've decided not to advance your candidacy to the next round. The team is prioritizing candidates with direct payments or fintech product experience for this particular opening.

Really appreciate your time, and I hope our paths cross again.

Tasha""",
    notes="after recruiter screen; Reply-To"),

rej("successfactors-aldermoor-uni-grad-style", "ats-automated", "ats",
    ("", "", "Aldermoor Energy", "Customer Insight Manager"),
    vendor="successfactors", brand="Aldermoor Energy", variant="en-GB",
    frm="Aldermoor Energy Careers <careers-noreply@successfactors.eu>",
    subject="Application update from Aldermoor Energy",
    text="""Dear Sam,

Thank you for your application for Customer Insight Manager (Req ID 56120) at Aldermoor Energy.

We have now reviewed your application and regret that we will not be taking it forward. Please be assured that every application was reviewed by the hiring team.

We will retain your data for 12 months in line with our candidate privacy notice. If you would prefer us to delete it sooner, you can do so from your candidate profile.

Yours sincerely,
Aldermoor Energy Resourcing""",
    notes="data retention paragraph"),

rej("bamboohr-fairweather-after-case-study", "after-assessment", "ats",
    ("nina@fairweather.example", "Nina", "Fairweather Travel", "Head of Customer Research"),
    vendor="bamboohr", brand="Fairweather Travel", variant="en-AU",
    frm="Nina Castellano <nina@fairweather.example>", id_domain="app.bamboohr.com",
    subject="Head of Customer Research - case study outcome",
    text="""Hi Sam,

Thanks so much for the effort you put into the case study presentation on Friday. The panel enjoyed the discussion about churn drivers.

After comparing all finalists, we've made the decision to go with another candidate whose experience in travel and tourism was a closer match for where we are as a business. It was genuinely close.

I'd be happy to share the panel's written feedback if that's useful - just let me know.

Cheers,
Nina Castellano
People & Culture Lead, Fairweather Travel""",
    notes="after case study presentation"),

rej("jobvite-harrowgate-auto-after-screening", "ats-automated", "ats",
    ("", "", "Harrowgate Insurance", "Director of Research & Insights"),
    vendor="jobvite", brand="Harrowgate Insurance", variant="en-US",
    frm="Harrowgate Insurance Careers <careers@harrowgate.jobvite.example>", id_domain="harrowgate.jobvite.example",
    subject="Harrowgate Insurance Careers: Director of Research & Insights",
    text="""Dear Sam,

We wanted to follow up on your application for Director of Research & Insights.

Based on your responses to the screening questions, you do not meet the minimum qualifications for this position, so your application will not be considered further. Specifically, this role requires a valid US work authorization without sponsorship.

Thank you for your interest in Harrowgate Insurance.

Harrowgate Talent Acquisition""",
    notes="knockout screening question"),

rej("rippling-tidewater-not-the-right-time", "keep-on-file", "ats",
    ("", "Abby", "Tidewater Studios", "Audience Insights Manager"),
    vendor="rippling", brand="Tidewater Studios", variant="en-US",
    frm="Tidewater Studios <no-reply@ats.rippling.com>",
    subject="Audience Insights Manager at Tidewater Studios",
    text="""Hi Sam,

Thank you for applying to be our Audience Insights Manager. We loved reading your cover letter.

We have chosen to move ahead with a candidate whose experience lines up more closely with what the team needs today. We'll keep your résumé on file, and if something comes up that fits your background better, we'll reach out.

Take care,
Abby
Tidewater Studios Recruiting""",
    notes="keep résumé on file; first name only"),

rej("linkedin-recruiter-message-no-longer", "ats-automated", "ats",
    ("", "Gareth", "Sedgemoor Analytics", "Research Director"),
    vendor="linkedin", brand="LinkedIn", variant="en-GB",
    frm="Gareth Pryce via LinkedIn <messages-noreply@linkedin.com>",
    subject="Gareth sent you a message",
    text="""Gareth Pryce
Talent Acquisition at Sedgemoor Analytics

"Hi Sam, thanks for applying to the Research Director role with us via LinkedIn. Just to let you know the hiring manager has reviewed your profile and, unfortunately, we won't be taking your application forward this time. Thanks for thinking of Sedgemoor Analytics and good luck with your search."

[[Reply]]   [[View profile]]""",
    notes="LinkedIn InMail notification relaying a recruiter's no"),

rej("greenhouse-fenwick-status-no-longer-considered", "ats-automated", "ats",
    ("", "", "Fenwick Learning", "Senior Product Manager, Learner Insights"),
    vendor="greenhouse", brand="Fenwick Learning", variant="en-IE",
    frm="Fenwick Learning <no-reply@eu.greenhouse-mail.io>",
    subject="Fenwick Learning – an update",
    text="""Dear Sam,

Thank you for your interest in the Senior Product Manager, Learner Insights role at Fenwick Learning and for the time you spent on your application.

We are writing to let you know that you are no longer being considered for this role. This is never an easy email to send, and we appreciate your understanding.

We'd welcome the chance to consider you for future vacancies, so please continue to check our careers page.

Thank you,
Fenwick Learning Talent Acquisition""",
    notes="'no longer being considered'"),
]
