"""ATS-style rejections (30)."""


def R(slug, cat, vendor, brand, frm, subject, text, exp, notes="", **kw):
    d = dict(slug=slug, label="rejection", cat=cat, style="ats", vendor=vendor, brand=brand, frm=frm,
             subject=subject, text=text, exp=exp, notes=notes)
    d.update(kw)
    return d


MESSAGES = [
R("harbourlane-greenhouse-plain", "ats-automated", "greenhouse", "Harbourlane Studios",
  "Harbourlane Studios <no-reply@us.greenhouse-mail.io>", "Your application to Harbourlane Studios",
  """Hi Sam,

Thank you for your interest in the Senior Content Strategist position at Harbourlane Studios and for taking the time to apply.

After careful review, we have decided to move forward with other applicants whose experience more closely aligns with our needs at this time.

We appreciate your interest in Harbourlane and wish you the best in your search.

Best,
Harbourlane Studios Recruiting""",
  ("", "", "Harbourlane Studios", "Senior Content Strategist"), "greenhouse; ordinary wording; verdict middle", mangled=True),

R("quillfern-lever-filled", "ats-automated", "lever", "Quillfern",
  "Quillfern <no-reply@hire.lever.co>", "Update on the Editorial Lead role",
  """Hi Sam,

We wanted to let you know that the Editorial Lead role at Quillfern has been filled. Thank you so much for the time you put into your application.

Roles open up here fairly often, so do keep an eye on [[quillfern.example/careers]].

Warmly,
The Quillfern People Team""",
  ("", "", "Quillfern", "Editorial Lead"), "lever; position filled; verdict first"),

R("northgate-workday-portal-status", "ats-automated", "workday", "Northgate Insurance Group",
  "Northgate Insurance Group <northgate@myworkday.com>", "Application status update – R-20417",
  """Dear Sam Taylor,

The status of your application has changed.

|Job Requisition: R-20417 Communications Manager, Group Brand
|Status: Not Selected
|Updated: by system

You can review all of your applications on your [[Candidate Home]] page. Please do not reply to this notification.

Northgate Insurance Group Talent Acquisition""",
  ("", "", "Northgate Insurance Group", "Communications Manager, Group Brand"), "workday; portal status table; no prose verdict", mangled=True),

R("brightmoor-smartrecruiters-profile-match", "ats-automated", "smartrecruiters", "Brightmoor Health",
  "Brightmoor Health <noreply@smartrecruiters.com>", "Brightmoor Health - Head of Digital Content",
  """Dear Sam,

Thank you for applying for the position of Head of Digital Content with Brightmoor Health. We received a large number of applications and reviewed every one of them carefully.

Unfortunately your profile doesn't match the requirements of this role closely enough for us to invite you to the next stage.

Brightmoor Health is an award-winning provider of community care across the North West, named a Top Employer 2026. We are committed to equal opportunities and welcome applications from all sections of the community.

We will retain your details for 6 months in line with our privacy notice. If you would prefer us to delete your data sooner, you can do so via the link below.

Kind regards,
Talent Acquisition Team
Brightmoor Health""",
  ("", "", "Brightmoor Health", "Head of Digital Content"), "smartrecruiters; profile doesn't match; long boilerplate", button="Manage my data"),

R("fennick-personio-bilingual", "ats-automated", "personio", "Fennick Audio GmbH",
  "Fennick Audio GmbH <jobs@fennick-audio.jobs.personio.de>", "Ihre Bewerbung / Your application: Content Marketing Manager (m/w/d)",
  """(English version below)

Hallo Sam,

vielen Dank für Ihre Bewerbung als Content Marketing Manager (m/w/d) und Ihr Interesse an Fennick Audio. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Viele Grüße
Jana Roth, People & Culture

---

Hi Sam,

Thank you for applying for the Content Marketing Manager (m/w/d) position and for your interest in Fennick Audio. Unfortunately, we will not be taking your application further.

Best regards
Jana Roth, People & Culture
jana.roth@fennick-audio.example""",
  ("jana.roth@fennick-audio.example", "Jana", "Fennick Audio GmbH", "Content Marketing Manager (m/w/d)"), "personio; mixed de/en; second version in English; address in body"),

R("saltmarsh-teamtailor-talentpool", "keep-on-file", "teamtailor", "Saltmarsh Outdoor",
  "Saltmarsh Outdoor <no-reply@saltmarsh.teamtailor-mail.com>", "About your application at Saltmarsh Outdoor",
  """Hey Sam!

Thanks a lot for applying to be our Brand Storyteller. We loved learning about you. It was a tough decision, and this time we chose to go with someone else.

We'd love to keep you in our Talent Community so we can reach out when something new comes up that fits. Just click below to join - it takes 10 seconds.

Stay wild,
Saltmarsh Outdoor""",
  ("", "", "Saltmarsh Outdoor", "Brand Storyteller"), "teamtailor; casual; talent community after verdict", button="Join our Talent Community"),

R("orchid-recruitee-requisition-closed", "role-cancelled", "recruitee", "Orchid & Vale",
  "Orchid & Vale <notifications@mail.recruitee.com>", "Video Producer – update",
  """Hi Sam,

We're writing to let you know that we have closed this requisition. Following a review of our 2027 plans, the Video Producer position will not be filled, and all applications have been closed.

We're sorry for any disappointment and thank you for your interest in Orchid & Vale.

The Orchid & Vale team""",
  ("", "", "Orchid & Vale", "Video Producer"), "recruitee; requisition closed; role not filled"),

R("tidewater-workable-not-successful", "ats-automated", "workable", "Tidewater Press",
  "Tidewater Press <noreply@candidates.workablemail.com>", "Your application for Managing Editor, Digital",
  """Dear Sam,

Thank you for your application for the Managing Editor, Digital role at Tidewater Press.

I am sorry to let you know that you have not been successful on this occasion. We had a very strong field and the decision was not an easy one.

Kind regards,
Priya Nandakumar
Head of People, Tidewater Press""",
  ("", "Priya", "Tidewater Press", "Managing Editor, Digital"), "workable; not successful on this occasion; named signer no address", mangled=True),

R("crestline-icims-htmlonly", "ats-automated", "icims", "Crestline Financial",
  "Crestline Financial Careers <careers-noreply@talent.icims.com>", "Crestline Financial: Your Candidacy",
  """Dear Sam,

Thank you for your interest in career opportunities at Crestline Financial and for applying to Req #48812, Director, Content & Communications.

We have carefully reviewed your background and qualifications. While your experience is impressive, we have identified candidates whose qualifications more closely match the requirements of this position, and we will not be moving forward with your candidacy.

We encourage you to review our [[career site]] and apply for future openings for which you feel qualified.

Sincerely,
Crestline Financial Talent Acquisition""",
  ("", "", "Crestline Financial", "Director, Content & Communications"), "icims; html-only; EEO footer", html_only=True),

R("pellucid-successfactors-after-assessment", "after-assessment", "successfactors", "Pellucid Pharma",
  "Pellucid Pharma Recruiting <DoNotReply@successfactors.eu>", "Pellucid Pharma – Application 77120 Scientific Communications Lead",
  """Dear Sam Taylor,

Thank you for completing the online assessment as part of your application for Scientific Communications Lead (Job ID 77120).

We have now evaluated the results. Your results did not meet the benchmark required to progress in the selection process for this role, and your application has therefore been closed.

Please note that you may re-apply for other positions at Pellucid Pharma after 6 months.

Yours sincerely,
Pellucid Pharma Talent Acquisition""",
  ("", "", "Pellucid Pharma", "Scientific Communications Lead"), "successfactors; assessment benchmark; application closed"),

R("kestrelwood-softgarden-english-german-footer", "ats-automated", "softgarden", "Kestrelwood Games",
  "Kestrelwood Games <noreply@softgarden.io>", "Your application as Narrative Marketing Manager",
  """Dear Sam,

thank you very much for your application as Narrative Marketing Manager at Kestrelwood Games and the trust you have placed in us.

After careful consideration, we regret that we are unable to offer you the position. This decision is not a judgement of your qualifications; we simply had candidates whose profiles fit our current requirements even better.

We wish you all the best and every success for your future.

Kind regards
Your Kestrelwood Games Recruiting Team

Hinweis: Ihre Daten werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.""",
  ("", "", "Kestrelwood Games", "Narrative Marketing Manager"), "softgarden; english with German GDPR footer; non-native phrasing"),

R("marlow-bamboohr-other-direction", "ats-automated", "bamboohr", "Marlow & Finch",
  "Marlow & Finch <notifications@app.bamboohr.com>", "Thank you from Marlow & Finch",
  """Hi Sam,

We've had the chance to review your application for Social Media Manager, and we wanted to thank you for your interest. We've decided to go in a different direction with this position.

If you have any questions, you can reach our hiring team at careers@marlowfinch.example.

Thanks again,
Marlow & Finch""",
  ("careers@marlowfinch.example", "", "Marlow & Finch", "Social Media Manager"), "bamboohr; different direction; team address in body"),

R("loopfield-join-short", "terse", "join", "Loopfield",
  "Loopfield via JOIN <noreply@join.com>", "Loopfield: Growth Content Lead",
  """Hi Sam,

unfortunately we have decided not to proceed with your application for Growth Content Lead.

Best,
Loopfield""",
  ("", "", "Loopfield", "Growth Content Lead"), "join; two lines"),

R("stepstone-relay-quarry", "ats-automated", "stepstone", "Quarryhill Logistics",
  "StepStone <noreply@stepstone.de>", "Quarryhill Logistics has replied to your application",
  """Hello Sam Taylor,

Quarryhill Logistics has replied to your application for Marketing Communications Specialist (Berlin, English-speaking).

Message from the employer:
"Thank you for your application. We have reviewed your documents carefully and regret to inform you that we have decided in favour of another candidate."

Find more jobs like this: [[Marketing jobs in Berlin]] | [[Communications jobs]]

Your StepStone team""",
  ("", "", "Quarryhill Logistics", "Marketing Communications Specialist"), "stepstone relay; bulk headers; job links after verdict", mangled=True),

R("indeed-relay-ravensbrook", "ats-automated", "indeed", "Ravensbrook Hotels",
  "Ravensbrook Hotels via Indeed <noreply@indeed.com>", "An update on your application to Content & PR Manager",
  """Sam, there's an update on your application

|Job: Content & PR Manager
|Company: Ravensbrook Hotels
|Status: Not selected by employer

The employer has decided not to move forward with your application. This can happen for many reasons. Keep applying - your next opportunity could be around the corner.

Jobs you might like:
- Hospitality Marketing Executive - Castlegate Inns - £38,000
- PR Manager - Tamsin Lee Associates - £45,000""",
  ("", "", "Ravensbrook Hotels", "Content & PR Manager"), "indeed relay; status not selected; job suggestions", button="View similar jobs"),

R("linkedin-relay-sorrel", "ats-automated", "linkedin", "Sorrel Analytics",
  "LinkedIn <jobs-noreply@linkedin.com>", "Your application to Product Marketing Manager at Sorrel Analytics",
  """Your update from Sorrel Analytics

Sam, thank you for your interest in the Product Marketing Manager role at Sorrel Analytics. Unfortunately, Sorrel Analytics has decided not to progress with your application at this time.

Top job picks for you
- Content Lead - Greyfriars Bank - London (Hybrid)
- Head of Brand - Wrenfield - Remote

[[See all jobs]]""",
  ("", "", "Sorrel Analytics", "Product Marketing Manager"), "linkedin relay; bulk; job recommendations"),

R("ashby-driftline-praise-sandwich", "ats-automated", "ashby", "Driftline",
  "Driftline Hiring <no-reply@ashbyhq.com>", "Driftline | Content Design Lead",
  """Hi Sam,

First off, thank you. We know applying for jobs takes real time and energy, and we read every application that comes in - yours included, with genuine interest. Your portfolio, in particular the Calder Street Media explainer series, got a lot of love in our review channel.

This round we received more than 900 applications for the Content Design Lead role, which is humbling for a team our size. We've now finished the first review and we're sorry to say we won't be moving ahead with your application. We know that's not the news you hoped for.

We're growing fast, and we'd genuinely encourage you to check out our open roles over the coming months. Also, if you have feedback on our hiring process, we'd love to hear it in this two-minute survey: [[Candidate survey]].

Take care,
Everyone at Driftline""",
  ("", "", "Driftline", "Content Design Lead"), "ashby; verdict in the middle of long praise"),

R("greenhouse-voltaic-internal", "internal-candidate", "greenhouse", "Voltaic Energy",
  "Voltaic Energy Careers <no-reply@us.greenhouse-mail.io>", "Voltaic Energy - Internal Communications Manager",
  """Hello Sam,

Thank you for applying for the Internal Communications Manager role. We wanted to let you know that we have appointed an internal candidate to this position, and as a result we are closing all external applications.

We appreciate your interest in Voltaic Energy.

Regards,
Voltaic Energy Talent Team""",
  ("", "", "Voltaic Energy", "Internal Communications Manager"), "greenhouse; filled internally"),

R("workday-halden-hold", "role-cancelled", "workday", "Halden Retail",
  "Halden Retail <halden@myworkday.com>", "Your application: Copy Lead (JR-3391)",
  """Dear Sam,

Thank you for your interest in the Copy Lead position (JR-3391). Due to a change in business priorities this requisition has been put on hold indefinitely, and we are therefore unable to continue with your application.

Should the position reopen in future, you are welcome to reapply through our careers site.

Kind regards,
Halden Retail Recruitment""",
  ("", "", "Halden Retail", "Copy Lead"), "workday; on hold indefinitely; application stopped", html_only=True, cte="base64"),

R("smartrecruiters-ostrava-keep-data", "keep-on-file", "smartrecruiters", "Ostrava Mobility",
  "Ostrava Mobility <noreply@smartrecruiters.com>", "Thank you for your application – Marketing Editor",
  """Dear Sam,

We would like to thank you for the time you invested in applying for the Marketing Editor position.

We have now completed the selection process and are sorry to inform you that your application was not among those selected.

May we keep your profile? We'd like to store your application in our talent pool for 12 months so our recruiters can contact you about similar roles. If you agree, please confirm using the button below. If we don't hear from you, your data will be deleted after 6 months.

Kind regards,
Ostrava Mobility Talent Acquisition""",
  ("", "", "Ostrava Mobility", "Marketing Editor"), "smartrecruiters; data retention question after verdict", button="Yes, keep my profile"),

R("teamtailor-bramble-second-interview", "personal-after-interview", "teamtailor", "Bramble Kitchen Co.",
  "Marta Olsen <marta.olsen@bramblekitchen.example>", "Bramble Kitchen Co. – Head of Community",
  """Hi Sam,

Thanks again for your time on Tuesday with me and Ollie - we both really enjoyed the conversation about community-led growth.

I wanted to let you know quickly that we have decided to progress with a candidate whose experience with subscription food brands was a closer fit for the Head of Community role right now. I'm sorry it isn't better news.

Happy to share more feedback on a call if useful.

Marta Olsen
Talent Partner, Bramble Kitchen Co.""",
  ("marta.olsen@bramblekitchen.example", "Marta", "Bramble Kitchen Co.", "Head of Community"), "teamtailor-sent personal note; after interview; from recruiter address",
  headers={"X-Mailer": "Teamtailor"}),

R("lever-cobalt-not-this-time", "terse", "lever", "Cobalt Road",
  "Cobalt Road <no-reply@hire.lever.co>", "Re: Cobalt Road – Content Strategist",
  """Hi Sam,

Thanks for applying - we're not moving forward this time, but we appreciated the chance to look at your work.

Cobalt Road""",
  ("", "", "Cobalt Road", "Content Strategist"), "lever; very short; role only in subject"),

R("icims-greyfriars-after-video", "after-assessment", "icims", "Greyfriars Bank",
  "Greyfriars Bank <greyfriars-noreply@talent.icims.com>", "Greyfriars Bank – Video interview outcome",
  """Dear Sam,

Thank you for recording your video interview for the role of Content Lead, Retail Banking.

Our team has reviewed your responses. On this occasion we have decided not to take your application forward to the assessment centre.

We would encourage you to set up a job alert so that you hear about future roles that match your skills.

Best wishes,
Greyfriars Bank Early & Experienced Recruitment""",
  ("", "", "Greyfriars Bank", "Content Lead, Retail Banking"), "icims; after video interview; not take forward", mangled=True),

R("recruitee-wanderly-dutch-footer", "ats-automated", "recruitee", "Wanderly B.V.",
  "Wanderly B.V. <wanderly@mail.recruitee.com>", "Your application at Wanderly",
  """Dear Sam,

Thanks for applying for the position of English Content Editor at Wanderly B.V. We have read your letter with interest.

We're sorry, but we've decided not to invite you for an interview. The competition for this role was fierce.

Good luck with your search!

Sanne de Vries
Recruiter | Wanderly B.V.
sanne@wanderly.example

Wanderly B.V. | Keizersgracht 100, Amsterdam | KvK 12345678
Dit bericht is vertrouwelijk. Heb je deze e-mail per ongeluk ontvangen? Laat het ons weten en verwijder het bericht.""",
  ("sanne@wanderly.example", "Sanne", "Wanderly B.V.", "English Content Editor"), "recruitee; mixed en/nl footer; address in signature"),

R("workable-junction-budget", "role-cancelled", "workable", "Junction Nine",
  "Junction Nine <noreply@candidates.workablemail.com>", "Update regarding the Podcast Producer position",
  """Hi Sam,

I'm sorry to share that we have had to withdraw the Podcast Producer position. A budget review earlier this week means we are no longer able to hire for it this year.

This is no reflection on your application, which we enjoyed reading. Thank you for your patience throughout the process.

All the best,
Leon Achterberg
Operations Director""",
  ("", "Leon", "Junction Nine", "Podcast Producer"), "workable; position withdrawn; budget"),

R("successfactors-aldermoor-redirect", "ats-automated", "successfactors", "Aldermoor University",
  "Aldermoor University Recruitment <DoNotReply@successfactors.eu>", "Aldermoor University – Vacancy 2026-1183",
  """Dear Sam Taylor,

Vacancy reference: 2026-1183, Digital Communications Officer (Grade 7)

Thank you for your recent application. The shortlisting panel has met and I regret to advise that you have not been shortlisted for interview on this occasion.

The panel received a large number of applications and, due to the volume, is unfortunately unable to provide individual feedback.

Aldermoor University values diversity and is committed to equality. We are a Disability Confident employer, an Athena SWAN Silver institution and a Living Wage employer. Information about how we process your personal data can be found in the applicant privacy notice on our website.

Yours sincerely,
HR Recruitment Team""",
  ("", "", "Aldermoor University", "Digital Communications Officer (Grade 7)"), "successfactors; university; not shortlisted; long legal after"),

R("greenhouse-parallax-feedback-portal", "ats-automated", "greenhouse", "Parallax Learning",
  "Parallax Learning <no-reply@us.greenhouse-mail.io>", "Parallax Learning application update",
  """Hi Sam,

Thank you for taking the time to interview with us for the Learning Content Manager role.

After a lot of discussion, the team has decided not to extend an offer. We were impressed by your writing sample and your thinking on curriculum design, but ultimately we're looking for someone with more experience in K-12 markets.

If you have questions, feel free to reach out to your recruiter, Dominic, at dominic.hale@parallaxlearning.example.

Best,
Parallax Learning""",
  ("dominic.hale@parallaxlearning.example", "Dominic", "Parallax Learning", "Learning Content Manager"), "greenhouse; after interview; not extend an offer; recruiter address in body"),

R("personio-hafen-on-hold-english", "role-cancelled", "personio", "Hafenblick Media",
  "Hafenblick Media <jobs@hafenblick.jobs.personio.de>", "Your application: Senior Editor English Desk",
  """Dear Sam,

Thank you for your application as Senior Editor English Desk.

We have decided to pause hiring for this position until further notice, so we will unfortunately not continue the process with you. If the role is opened again, we will publish it on our careers page.

Best regards,
Hafenblick Media HR""",
  ("", "", "Hafenblick Media", "Senior Editor English Desk"), "personio; pause hiring; process not continued"),

R("bamboohr-fernway-multiple-roles", "ats-automated", "bamboohr", "Fernway Travel",
  "Fernway Travel <notifications@app.bamboohr.com>", "Fernway Travel: Your Application",
  """Hi Sam,

Thanks so much for your interest in joining Fernway Travel! We're currently hiring for several roles across Marketing, Sales and Operations, and we were excited to see so many great applicants.

We've reviewed your application for Destination Content Writer carefully. While your background is impressive, we've decided to pursue other candidates for this position.

Please feel free to apply for any of our other open roles: [[Travel Sales Executive]], [[Operations Coordinator]].

Happy travels,
The Fernway Travel Team""",
  ("", "", "Fernway Travel", "Destination Content Writer"), "bamboohr; pursue other candidates; other roles linked"),

R("smartrecruiters-linden-position-filled-plaintext", "ats-automated", "smartrecruiters", "Linden & Marsh",
  "Linden & Marsh <noreply@smartrecruiters.com>", "Position filled: Brand Copywriter",
  """Dear Sam,

Thank you for your interest in Linden & Marsh.

We wanted to let you know the Brand Copywriter position you applied for has now been filled. Your application has been archived.

Sincerely,
Linden & Marsh Recruiting""",
  ("", "", "Linden & Marsh", "Brand Copywriter"), "smartrecruiters; position filled in subject; archived", mangled=True),
]
