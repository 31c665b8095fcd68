"""ATS-style rejections (45): vendor chrome, no-reply senders, legal footers."""
from content_common import R, GDPR, EEO_US, EEO_UK, NOREPLY

MESSAGES = [
R("halvard-greenhouse-other-candidates", "ats-automated", "en-US",
  "Halvard Analytics Recruiting <no-reply@us.greenhouse-mail.io>",
  "Your application to Halvard Analytics",
  """Hi Sam,

Thank you for your interest in Halvard Analytics and for taking the time to apply for the Senior Insights Manager position.

We received a large number of applications for this role. After careful review, we regret to inform you that we have decided to move forward with other candidates whose experience more closely matches our current needs.

We encourage you to keep an eye on our [[careers page]] for future openings.

Best regards,
The Halvard Analytics Talent Team""",
  exp=("", "", "Halvard Analytics", "Senior Insights Manager"),
  vendor="greenhouse", brand="Halvard Analytics", legal=[EEO_US],
  notes="most ordinary wording; team signature"),

R("brookline-lever-not-progress", "ats-automated", "en-GB",
  "Brookline Audio <no-reply@hire.lever.co>",
  "Brookline Audio | Head of Listener Research",
  """Dear Sam,

Thanks so much for applying to be our Head of Listener Research. We know putting an application together takes real effort and we appreciate it.

We've now reviewed your application against the requirements of the role and, on this occasion, we won't be taking your application further.

Please don't let this put you off applying for other roles with us in future.

All the best,
Niamh Okafor
Talent Partner, Brookline Audio""",
  exp=("", "Niamh", "Brookline Audio", "Head of Listener Research"),
  vendor="lever", brand="Brookline Audio", legal=[EEO_UK],
  notes="won't be taking further; signed by a person but no address"),

R("ostrava-workday-status-portal", "ats-automated", "en-US",
  "Ostrava Foods Careers <ostravafoods@myworkday.com>",
  "An update on your application – Consumer Insights Lead (R-20418)",
  """Dear Sam Taylor,

There has been a change in the status of your application with Ostrava Foods.

{table}

Thank you for your interest in Ostrava Foods. We reviewed your qualifications carefully and at this time have chosen not to proceed with your application for this position. Your candidate profile will remain active so you can apply to other opportunities.

Sincerely,
Ostrava Foods Talent Acquisition""",
  table=[("Job requisition", "R-20418 Consumer Insights Lead"), ("Location", "Chicago, IL (Hybrid)"), ("Status", "Not Selected")],
  exp=("", "", "Ostrava Foods", "Consumer Insights Lead"),
  vendor="workday", brand="Ostrava Foods", legal=[EEO_US], button="Go to Candidate Home",
  notes="status table Not Selected"),

R("kestrel-smartrecruiters-html-only", "ats-automated", "en-GB",
  "Kestrel Mobility <noreply@smartrecruiters.com>",
  "Kestrel Mobility - Research Operations Manager",
  """Hello Sam,

Thank you for your application for the Research Operations Manager role at Kestrel Mobility. We really enjoyed learning about your background.

Having reviewed all applications we have received, we have unfortunately decided not to proceed with your candidacy for this particular role.

We wish you all the best in your job search.

Kind regards,
Kestrel Mobility People Team""",
  exp=("", "", "Kestrel Mobility", "Research Operations Manager"),
  vendor="smartrecruiters", brand="Kestrel Mobility", html_only=True, legal=[GDPR],
  notes="HTML-only"),

R("finchwood-personio-profile-match", "ats-automated", "en-nonnative-de",
  "Finchwood GmbH <noreply@jobs.personio.de>",
  "Your application as Market Research Manager (m/f/d)",
  """Dear Sam Taylor,

thank you very much for your application and the interest in Finchwood GmbH.

We have looked at your documents in detail. Unfortunately your profile doesn't match closely enough with the requirements of the position Market Research Manager (m/f/d), so we cannot consider your application further.

We would like to keep your data in our applicant pool for 6 months to contact you for other suitable positions. If you do not agree, please let us know via [[this link]].

We wish you all the best and much success for your future.

With kind regards
Your Finchwood Recruiting Team""",
  exp=("", "", "Finchwood GmbH", "Market Research Manager (m/f/d)"),
  vendor="personio", brand="Finchwood GmbH", legal=[GDPR],
  notes="German writer; retention question; profile doesn't match"),

R("saltmarsh-teamtailor-filled", "ats-automated", "en-nonnative-nl",
  "Saltmarsh <no-reply@mail.teamtailor.com>",
  "About your application at Saltmarsh",
  """Hi Sam!

Thanks for applying for the Insights Lead position at Saltmarsh and for your patience during the process.

We wanted to let you know that the position has been filled. We are very happy with our new colleague, but of course this means we cannot offer you the job.

Because we liked your profile, we would love to keep you in our talent community. [[Yes, keep me posted]]

Warm greetings from Rotterdam,
Saltmarsh People & Culture""",
  exp=("", "", "Saltmarsh", "Insights Lead"),
  vendor="teamtailor", brand="Saltmarsh", legal=[GDPR],
  notes="Dutch writer; position has been filled; talent community"),

R("quarryhill-recruitee-buried", "ats-automated", "en-GB",
  "Quarry Hill Housing <quarryhillhousing@mail.recruitee.com>",
  "Application update: Customer Insight Analyst",
  """Dear Sam,

Thank you for applying for the Customer Insight Analyst role with Quarry Hill Housing. Quarry Hill is a not-for-profit housing association managing more than 14,000 homes across West Yorkshire, and our people are at the heart of everything we do. In the last year we were named a Top 50 Inclusive Employer and received the Investors in People Gold accreditation.

Our shortlisting panel met last week and considered each application against the essential and desirable criteria in the person specification. The standard of applications was extremely high. We regret that you have not been shortlisted for interview on this occasion.

We are unable to provide individual feedback at the shortlisting stage because of the number of applications received.

Thank you again for your interest in working with us.

Recruitment Team
Quarry Hill Housing""",
  exp=("", "", "Quarry Hill Housing", "Customer Insight Analyst"),
  vendor="recruitee", brand="Quarry Hill Housing", legal=[EEO_UK],
  notes="verdict in the middle after awards; not shortlisted"),

R("tamarind-workable-careful", "ats-automated", "en-IN",
  "Tamarind Retail <noreply@candidates.workablemail.com>",
  "Regarding your application for Analytics Manager - Customer Insights",
  """Dear Sam,

Greetings from Tamarind Retail!

We appreciate your interest in the Analytics Manager - Customer Insights opening and thank you for the time you invested in applying.

We have carefully gone through your profile. Though your experience is impressive, we regret to inform you that we will not be able to take your candidature forward at this stage.

We will retain your resume in our database and reach out should a suitable opening arise.

Thanks & Regards,
Talent Acquisition Team
Tamarind Retail Pvt. Ltd., Bengaluru""",
  exp=("", "", "Tamarind Retail", "Analytics Manager - Customer Insights"),
  vendor="workable", brand="Tamarind Retail",
  notes="Indian English; candidature"),

R("pelican-icims-req-closed", "role-cancelled", "en-US",
  "Pelican Health Careers <noreply@talent.icims.com>",
  "Pelican Health: Update regarding Req #4471 Director, Patient Insights",
  """Dear Sam,

Thank you for your interest in the Director, Patient Insights position (Req #4471) with Pelican Health.

Please be advised that we have closed this requisition and will not be filling the position at this time. As a result, your application for this role will no longer be considered.

We invite you to continue exploring opportunities at Pelican Health and to set up job alerts in our career portal.

Pelican Health Talent Acquisition""",
  exp=("", "", "Pelican Health", "Director, Patient Insights"),
  vendor="icims", brand="Pelican Health", legal=[EEO_US, NOREPLY],
  notes="closed this requisition"),

R("northgate-successfactors-unsuccessful", "ats-automated", "en-AU",
  "Northgate Energy Recruitment <no-reply@successfactors.eu>",
  "Northgate Energy - Application Outcome - Customer Research Lead",
  """Dear Sam,

Thank you for your recent application for the position of Customer Research Lead (Job ID 31907) at Northgate Energy.

We have now completed our assessment of all applications and regret to advise that your application has been unsuccessful on this occasion.

We appreciate the time and effort you put into your application and wish you every success in your career.

Kind regards,
Northgate Energy Talent Acquisition
Level 12, 8 Collins Street, Melbourne VIC 3000""",
  exp=("", "", "Northgate Energy", "Customer Research Lead"),
  vendor="successfactors", brand="Northgate Energy",
  legal=["Northgate Energy acknowledges the Traditional Custodians of the lands on which we work and pays respect to Elders past and present."],
  notes="Australian; unsuccessful on this occasion"),

R("lindqvist-softgarden-long-gdpr", "ats-automated", "en-nonnative-de",
  "Lindqvist Media Group <noreply@softgarden.io>",
  "Your application: Head of Audience Research",
  """Dear Sam Taylor,

Many thanks for your application as Head of Audience Research and the trust you have placed in Lindqvist Media Group.

In the meantime, we have reviewed all applications received. We have to inform you today that we have decided in favour of another candidate, whose profile fits even closer to our requirements. We know this news is disappointing and we thank you sincerely for your effort.

According to data protection law we will delete your application documents six months after the end of the process. If you would like us to keep your profile in our talent pool for future vacancies, please give your consent via [[this link]].

Kind regards
Lindqvist Media Group
HR Recruiting""",
  exp=("", "", "Lindqvist Media Group", "Head of Audience Research"),
  vendor="softgarden", brand="Lindqvist Media Group", legal=[GDPR],
  notes="German writer; decided in favour of another candidate; retention consent"),

R("pinegrove-bamboohr-reply-human", "ats-automated", "en-US",
  "Pinegrove Outdoor <notifications@app.bamboohr.com>",
  "Thanks for applying to Pinegrove Outdoor",
  """Hi Sam,

Thank you for applying for the Brand Insights Manager role. We really appreciate your interest in Pinegrove Outdoor.

Our team reviewed your application and, while your background is strong, we've decided to pursue candidates whose experience aligns more directly with the outdoor retail category.

If you have any questions, feel free to reach out to Marisol at marisol.duarte@pinegrove.example.

Happy trails,
Marisol Duarte
People Operations""",
  exp=("marisol.duarte@pinegrove.example", "Marisol", "Pinegrove Outdoor", "Brand Insights Manager"),
  vendor="bamboohr", brand="Pinegrove Outdoor",
  notes="human address in body"),

R("greystone-greenhouse-replyto-recruiter", "ats-automated", "en-US",
  "Greystone Labs <no-reply@us.greenhouse-mail.io>",
  "Following up on your Greystone Labs application",
  """Hi Sam,

I wanted to personally thank you for your interest in the Product Insights Lead role and for the time you spent talking with our team.

Unfortunately, we've made the decision to move forward with other applicants at this time. This was a tough call — we saw a lot of strong candidates.

If it's helpful, I'm happy to share any brief feedback. Just reply to this email.

Best,
Tobias Wren
Recruiting, Greystone Labs""",
  exp=("tobias.wren@greystonelabs.example", "Tobias", "Greystone Labs", "Product Insights Lead"),
  vendor="greenhouse", brand="Greystone Labs", reply_to="Tobias Wren <tobias.wren@greystonelabs.example>",
  legal=[EEO_US],
  notes="Reply-To set to recruiter; move forward with other applicants"),

R("arbor-lever-keep-file", "keep-on-file", "en-GB",
  "Arbor & Finch <no-reply@hire.lever.co>",
  "Your Arbor & Finch application",
  """Hi Sam,

Thank you for your interest in Arbor & Finch and in the Research Director role.

We were impressed by your experience in audience research, and it was a difficult decision. However, we have decided not to move forward with your application at this point.

We'd like to keep your details on file and may be in touch if a role opens up that's a closer fit. If you'd prefer we didn't, just let us know at talent@arborfinch.example.

Thanks again,
Arbor & Finch Talent""",
  exp=("talent@arborfinch.example", "", "Arbor & Finch", "Research Director"),
  vendor="lever", brand="Arbor & Finch",
  notes="team address in body; keep on file"),

R("marisco-workday-role-cancelled", "role-cancelled", "en-US",
  "Marisco Insurance <marisco@myworkday.com>",
  "Regarding your application for Senior Manager, Customer Analytics",
  """Dear Sam,

Thank you for applying for the Senior Manager, Customer Analytics position with Marisco Insurance.

We are writing to let you know that due to a change in business priorities, this position has been cancelled and will not be filled. We recognize the time you invested and apologize for any inconvenience.

We encourage you to review other open positions on our careers site.

Regards,
Marisco Insurance Talent Acquisition""",
  exp=("", "", "Marisco Insurance", "Senior Manager, Customer Analytics"),
  vendor="workday", brand="Marisco Insurance", legal=[EEO_US], button="View open positions",
  notes="position cancelled"),

R("velvet-ashby-terse", "terse", "en-US",
  "Velvetine <no-reply@ashbyhq.com>",
  "Velvetine – your application",
  """Hi Sam — thanks for applying to Velvetine for the Research Lead role. We're not moving forward at this time. Best of luck!

— Velvetine Recruiting""",
  exp=("", "", "Velvetine", "Research Lead"),
  vendor="ashby", brand="Velvetine",
  notes="one line"),

R("harcourt-taleo-after-test", "after-assessment", "en-GB",
  "Harcourt Building Society <no-reply@taleo.net>",
  "Harcourt Building Society: Online assessment result - Insight Manager",
  """Dear Sam Taylor,

Thank you for completing the online assessments for the Insight Manager vacancy (reference HBS-2291).

Your results have been reviewed against the benchmark set for this role. We are sorry to tell you that on this occasion your scores did not meet the level required to progress to the next stage of the selection process, and your application will therefore not proceed.

You may reapply for other Harcourt Building Society vacancies after six months.

Yours sincerely,
Resourcing Team
Harcourt Building Society""",
  exp=("", "", "Harcourt Building Society", "Insight Manager"),
  vendor="taleo", brand="Harcourt Building Society",
  legal=["Harcourt Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.", NOREPLY],
  notes="assessment benchmark; FCA boilerplate"),

R("wavecrest-jobvite-internal", "internal-candidate", "en-US",
  "Wavecrest Hotels <notification@jobvite.com>",
  "Your application for Guest Insights Manager",
  """Dear Sam,

We appreciate your interest in the Guest Insights Manager role at Wavecrest Hotels.

We'd like to let you know that we have filled this role with an internal candidate. We're grateful you considered us, and we hope you'll apply again in the future.

Sincerely,
Wavecrest Hotels Recruitment""",
  exp=("", "", "Wavecrest Hotels", "Guest Insights Manager"),
  vendor="jobvite", brand="Wavecrest Hotels", legal=[EEO_US],
  notes="internal candidate"),

R("tidewater-indeed-not-selected", "ats-automated", "en-US",
  "Indeed <noreply@indeed.com>",
  "An update on your application to Tidewater Credit Union",
  """Application update

Tidewater Credit Union has reviewed your application for Member Research Analyst.

Unfortunately, the employer has decided not to move forward with your application. This means you won't be hearing from them about this job.

Don't give up! There are 214 new jobs matching "research analyst" near Richmond, VA.

[[See similar jobs]]""",
  exp=("", "", "Tidewater Credit Union", "Member Research Analyst"),
  vendor="indeed", brand="Indeed", button="Find jobs",
  notes="job-board relay with similar jobs"),

R("orchard-linkedin-viewed", "ats-automated", "en-GB",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Your application to Insights Manager at Orchard Lane Studios",
  """Your update from Orchard Lane Studios

Insights Manager
Orchard Lane Studios · London, England, United Kingdom (Hybrid)

Applied 3 weeks ago

Thank you for your interest in the Insights Manager position at Orchard Lane Studios in London. Unfortunately, Orchard Lane Studios has decided not to proceed with your application.

Top job picks for you: Audience Insights Lead at Pennant Broadcasting · Research Manager at Glasshouse Media

[[See all jobs]]""",
  exp=("", "", "Orchard Lane Studios", "Insights Manager"),
  vendor="linkedin", brand="LinkedIn",
  notes="LinkedIn Easy Apply status; job picks"),

R("stepstone-veltins-declined", "ats-automated", "en-nonnative-de",
  "StepStone <noreply@stepstone.de>",
  "Status update: your application at Rheinwerk Logistik",
  """Hello Sam Taylor,

there is news about your application.

{table}

Rheinwerk Logistik has informed us that your application for the position Senior Market Insights Manager was declined. Unfortunately, it was not possible to consider you this time.

Stay on the ball – we found 38 new jobs that could fit you.""",
  table=[("Company", "Rheinwerk Logistik"), ("Position", "Senior Market Insights Manager"), ("Status", "Declined")],
  exp=("", "", "Rheinwerk Logistik", "Senior Market Insights Manager"),
  vendor="stepstone", brand="StepStone", button="Show jobs",
  notes="job board status: declined"),

R("harbourview-pinpoint-praise", "ats-automated", "en-GB",
  "Harbourview Trust <no-reply@pinpointhq.com>",
  "Harbourview Trust – Audience Development Manager",
  """Dear Sam,

On behalf of everyone at Harbourview Trust, thank you for applying to be our Audience Development Manager. It is genuinely humbling to see how many talented people want to help us widen access to our museums, galleries and gardens, and your application showed real insight into how audiences behave.

The panel considered your application carefully. It was a close decision, but we won't be inviting you to interview this time round.

We'd love you to stay in touch — our supporter newsletter is the best way to hear about future roles and events.

With warm wishes,
Priya Sandhu
Head of People, Harbourview Trust""",
  exp=("", "Priya", "Harbourview Trust", "Audience Development Manager"),
  vendor="pinpoint", brand="Harbourview Trust",
  legal=["Harbourview Trust is a registered charity in England and Wales (no. 1184522)."],
  notes="praise wrap; won't be inviting to interview"),

R("corvid-greenhouse-assessment", "after-assessment", "en-US",
  "Corvid Systems <no-reply@us.greenhouse-mail.io>",
  "Corvid Systems - Take-home follow-up",
  """Hi Sam,

Thank you for completing the take-home exercise for the UX Research Manager position. Our panel appreciated the care you put into the synthesis and the clarity of your deck.

After reviewing all submissions, the team felt that other candidates demonstrated stronger depth in mixed-methods research at scale, and we will not be moving you forward to the onsite stage.

We know how much time take-homes require and we're grateful for yours.

Kind regards,
Dana Liu
Recruiting Coordinator, Corvid Systems
dana.liu@corvid.example""",
  exp=("dana.liu@corvid.example", "Dana", "Corvid Systems", "UX Research Manager"),
  vendor="greenhouse", brand="Corvid Systems", legal=[EEO_US],
  notes="after take-home; coordinator address in signature"),

R("alder-workable-hold", "role-cancelled", "en-IE",
  "Alder Street Bank <noreply@candidates.workablemail.com>",
  "Alder Street Bank: Customer Insights Manager role update",
  """Hi Sam,

Thanks for your application for the Customer Insights Manager role in Dublin.

We're writing to let everyone who applied know that, following an internal review, the role has been put on hold indefinitely and we are closing the recruitment process. We will not be progressing any applications for this vacancy.

Should the role be re-opened we will advertise it again and you would be very welcome to re-apply.

Go raibh maith agat,
Alder Street Bank Talent Acquisition""",
  exp=("", "", "Alder Street Bank", "Customer Insights Manager"),
  vendor="workable", brand="Alder Street Bank",
  legal=["Alder Street Bank DAC is regulated by the Central Bank of Ireland.", GDPR],
  notes="role on hold indefinitely, process closed"),

R("fernhill-teamtailor-talentpool", "keep-on-file", "en-nonnative-nl",
  "Fernhill Games <no-reply@mail.teamtailor.com>",
  "Thank you, Sam",
  """Hi Sam,

Thank you for your application for Player Insights Lead. We looked at it with a lot of attention.

We have to let you know that we chose to continue with other candidates. It was not an easy choice because there were many good applications.

We would like to keep you in our Connect talent pool. Then you are the first to hear when we open new positions. Is that ok? Click [[Join the talent pool]].

Cheers,
Team Fernhill Games""",
  exp=("", "", "Fernhill Games", "Player Insights Lead"),
  vendor="teamtailor", brand="Fernhill Games",
  notes="Dutch writer; subject gives nothing away"),

R("blueharbour-smartrecruiters-keep", "keep-on-file", "en-SG",
  "Blue Harbour Logistics <noreply@smartrecruiters.com>",
  "Blue Harbour Logistics – Application for Regional Insights Manager (APAC)",
  """Dear Sam,

Thank you for your interest in the Regional Insights Manager (APAC) role at Blue Harbour Logistics, Singapore.

We regret to inform you that your application has not been shortlisted. Nevertheless, we were impressed with your credentials and would like to retain your profile in our talent database for 12 months for future opportunities.

Should you wish to withdraw your consent, please reply with "WITHDRAW" to talent.sg@blueharbour.example.

Best regards,
Talent Acquisition, Blue Harbour Logistics Pte. Ltd.""",
  exp=("talent.sg@blueharbour.example", "", "Blue Harbour Logistics", "Regional Insights Manager (APAC)"),
  vendor="smartrecruiters", brand="Blue Harbour Logistics",
  legal=["Personal Data Protection Act 2012 (Singapore): your data is handled according to our privacy notice."],
  notes="Singapore; PDPA; retention consent"),

R("meadowsweet-bamboohr-terse", "terse", "en-US",
  "Meadowsweet Co. <notifications@app.bamboohr.com>",
  "Meadowsweet Co.: Market Research Manager",
  """Sam, thank you for applying for Market Research Manager. We've reviewed your application and will not be proceeding. We wish you luck.""",
  exp=("", "", "Meadowsweet Co.", "Market Research Manager"),
  vendor="bamboohr", brand="Meadowsweet Co.",
  notes="one sentence"),

R("carraway-icims-htmlonly-b64", "ats-automated", "en-US",
  "Carraway Brands <noreply@talent.icims.com>",
  "Thank you for your interest in Carraway Brands",
  """Dear Sam Taylor,

Thank you for your interest in career opportunities with Carraway Brands and for applying to the position of Shopper Insights Manager - Beverages.

After careful review and consideration, we have selected candidates whose qualifications better meet the requirements of the position. Your resume will be kept on file and you are welcome to apply for other positions that match your skills and interests.

We thank you again for your interest in Carraway Brands and wish you success.

Sincerely,
Carraway Brands Talent Acquisition""",
  exp=("", "", "Carraway Brands", "Shopper Insights Manager - Beverages"),
  vendor="icims", brand="Carraway Brands", html_only=True, cte="base64", legal=[EEO_US],
  notes="HTML-only base64; selected candidates whose qualifications better meet"),

R("ironbridge-ashby-feedback", "ats-automated", "en-GB",
  "Ironbridge Ventures <no-reply@ashbyhq.com>",
  "Ironbridge Ventures: update on Portfolio Insights Lead",
  """Hi Sam,

Thanks again for your interest in the Portfolio Insights Lead role, and for your patience while we worked through a large applicant pool.

We've now completed our review. While your experience is impressive, we have decided to progress with candidates who have more direct venture capital experience. We won't be moving forward with your application.

Because we're a small team we can't provide individual feedback, but we appreciate you thinking of Ironbridge Ventures.

Best,
Ironbridge Talent""",
  exp=("", "", "Ironbridge Ventures", "Portfolio Insights Lead"),
  vendor="ashby", brand="Ironbridge Ventures",
  notes="progress with candidates with more direct experience"),

R("oakmere-successfactors-closed-filled", "role-cancelled", "en-GB",
  "Oakmere Retail Careers <no-reply@successfactors.eu>",
  "Your application for Head of Customer Insight (Job Req 88120)",
  """Dear Sam,

Thank you for applying for the role of Head of Customer Insight (Job Req 88120).

We would like to inform you that this vacancy is now closed as the position has been filled. We will therefore not be progressing your application any further.

Please visit our careers site regularly as new opportunities are posted every week.

Kind regards,
Oakmere Retail Resourcing""",
  exp=("", "", "Oakmere Retail", "Head of Customer Insight"),
  vendor="successfactors", brand="Oakmere Retail",
  notes="vacancy closed, position filled"),

R("juniper-recruitee-after-case", "after-assessment", "en-nonnative-nl",
  "Juniper Bikes <juniperbikes@mail.recruitee.com>",
  "Your case presentation at Juniper Bikes",
  """Dear Sam,

Thank you for the case presentation last Thursday for the Consumer Insights Manager vacancy. The team liked your energy and the clear structure.

Still, after comparing all finalists, we decided to go further with a candidate who has more experience with quantitative segmentation in the mobility sector. So we will end the procedure with you here.

Would you like some feedback? Plan a short call with Femke via [[this calendar]].

Kind regards,
Femke de Vries
Recruiter, Juniper Bikes""",
  exp=("", "Femke", "Juniper Bikes", "Consumer Insights Manager"),
  vendor="recruitee", brand="Juniper Bikes",
  notes="Dutch writer; end the procedure; after case presentation"),

R("sablewood-workday-portal-only", "ats-automated", "en-US",
  "Sablewood Financial <sablewood@myworkday.com>",
  "A message about your job application",
  """Hello Sam,

A new message is available regarding your application for Job Requisition R-11032, VP, Client Insights.

Application status: No Longer Under Consideration

You can review your application status at any time by signing in to your Candidate Home account.

Thank you,
Sablewood Financial Recruiting""",
  exp=("", "", "Sablewood Financial", "VP, Client Insights"),
  vendor="workday", brand="Sablewood Financial", button="Sign in to Candidate Home", legal=[EEO_US],
  notes="status only: No Longer Under Consideration"),

R("hawksmoor-agency-bullhorn", "agency-recruiter", "en-GB",
  "Hawksmoor Search <noreply@hawksmoorsearch.example>",
  "Your application via Hawksmoor Search – Research Manager, Fintech",
  """Dear Sam,

Thank you for applying for the Research Manager position with our client Pennyworth Pay through Hawksmoor Search.

Our consultant has reviewed your CV with the client. Unfortunately, on this occasion Pennyworth Pay have decided not to take your application forward to interview.

We will keep your details on our database and contact you about relevant roles. Your consultant for this role was Imogen Clarke (imogen.clarke@hawksmoorsearch.example).

Kind regards,
Hawksmoor Search""",
  exp=("imogen.clarke@hawksmoorsearch.example", "Imogen", "Pennyworth Pay", "Research Manager"),
  vendor="generic", brand="Hawksmoor Search",
  legal=["Hawksmoor Search Ltd acts as an employment agency. Registered in England no. 10442871.", NOREPLY],
  notes="agency ATS relays client decision; consultant named in body"),

R("quayside-generic-agency", "agency-recruiter", "en-AU",
  "Quayside Talent <jobs@quaysidetalent.example>",
  "Application outcome – Insights Manager (ref QT-5521)",
  """Hi Sam,

Thanks for applying for the Insights Manager position (ref QT-5521) with our client, Coral Coast Tourism.

Unfortunately you have not been shortlisted for this role. Due to the high volume of applications we are unable to provide individual feedback.

We'd encourage you to register for job alerts so you don't miss future opportunities.

Cheers,
The Quayside Talent team
Sydney | Brisbane | Perth""",
  exp=("", "", "Coral Coast Tourism", "Insights Manager"),
  vendor="generic", brand="Quayside Talent",
  notes="agency; client named; no human"),

R("silverpine-greenhouse-verdict-end", "ats-automated", "en-US",
  "Silverpine <no-reply@us.greenhouse-mail.io>",
  "Thank you from Silverpine",
  """Hi Sam,

First, thank you. We know job searching is a lot of work, and we're grateful you took the time to learn about Silverpine and our mission of making personal finance less stressful for everyone.

Over the past few weeks our team has had the chance to review hundreds of applications from people who care about research as much as we do. Every application was read by a human being — not a keyword filter — and we discussed each shortlist together as a team.

We've also been making changes to the way we hire, including publishing salary ranges for every role and committing to respond to every applicant, which is why you're hearing from us today.

Unfortunately, we have decided not to move forward with your application for Lead Researcher.

Warmly,
Silverpine Talent""",
  exp=("", "", "Silverpine", "Lead Researcher"),
  vendor="greenhouse", brand="Silverpine", legal=[EEO_US],
  notes="verdict at the very end after long preamble"),

R("drummond-personio-internal", "internal-candidate", "en-nonnative-de",
  "Drummond Verlag <noreply@jobs.personio.de>",
  "Your application – Head of Reader Insights",
  """Dear Sam Taylor,

thank you for your interest in the position Head of Reader Insights at Drummond Verlag.

We would like to inform you that we have been able to fill the position internally. For this reason we cannot offer you the position.

Your application documents will be deleted in accordance with data protection regulations after 6 months.

Best regards
Drummond Verlag – Human Resources""",
  exp=("", "", "Drummond Verlag", "Head of Reader Insights"),
  vendor="personio", brand="Drummond Verlag", legal=[GDPR],
  notes="German writer; filled internally"),

R("lantern-lever-replyto-hm", "ats-automated", "en-US",
  "Lantern Health <no-reply@hire.lever.co>",
  "Lantern Health — Insights Manager, Member Experience",
  """Hi Sam,

Thank you for applying to the Insights Manager, Member Experience role at Lantern Health.

I've reviewed your application personally and I want to be transparent: we've decided to prioritize candidates with deeper healthcare payer experience for this role, so we're not going to move forward with your application.

I'd still be glad to connect on LinkedIn and keep in touch for future roles.

Rafael Ortega
Director of Research, Lantern Health""",
  exp=("rafael.ortega@lanternhealth.example", "Rafael", "Lantern Health", "Insights Manager, Member Experience"),
  vendor="lever", brand="Lantern Health", reply_to="Rafael Ortega <rafael.ortega@lanternhealth.example>",
  notes="hiring manager via Lever, Reply-To"),

R("polaris-workable-html-verdict-table", "ats-automated", "en-IN",
  "Polaris Fintech <noreply@candidates.workablemail.com>",
  "Polaris Fintech | Application status",
  """Dear Sam Taylor,

Please find below the current status of your application.

{table}

Thank you for the interest shown in Polaris Fintech. We wish you the very best in your career.

Regards,
HR Team, Polaris Fintech, Pune""",
  table=[("Position", "Lead - Customer Research"), ("Applied on", "14 Sep 2026"), ("Stage", "Screening"), ("Outcome", "Not shortlisted")],
  exp=("", "", "Polaris Fintech", "Lead - Customer Research"),
  vendor="workable", brand="Polaris Fintech", html_only=True,
  notes="verdict only in a table cell; HTML-only"),

R("mistral-softgarden-stopped", "role-cancelled", "en-nonnative-fr",
  "Mistral Énergie <noreply@softgarden.io>",
  "Your application Customer Insights Manager – process stopped",
  """Dear Sam,

We thank you for your application to the position of Customer Insights Manager at Mistral Énergie.

Due to a reorganisation of our Marketing department, we have taken the decision to stop the recruitment for this position. Consequently we are not able to continue the process with you.

We will keep your application in our files and come back to you if the position is opened again.

Best regards,
Mistral Énergie – Talent Acquisition""",
  exp=("", "", "Mistral Énergie", "Customer Insights Manager"),
  vendor="softgarden", brand="Mistral Énergie", legal=[GDPR],
  notes="French writer; recruitment stopped after reorganisation"),

R("redfern-taleo-video-interview", "after-assessment", "en-AU",
  "Redfern Group Careers <no-reply@taleo.net>",
  "Redfern Group – Video interview outcome",
  """Dear Sam,

Thank you for completing the recorded video interview for the Customer Insights Lead role.

We have now reviewed all video interviews. Regrettably, you have not been selected to progress to the next stage.

Thank you for your interest in a career with Redfern Group.

Regards,
Redfern Group Talent Acquisition""",
  exp=("", "", "Redfern Group", "Customer Insights Lead"),
  vendor="taleo", brand="Redfern Group", legal=[NOREPLY],
  notes="after recorded video interview"),

R("glenmore-smartrecruiters-keep-12m", "keep-on-file", "en-GB",
  "Glenmore Distillers <noreply@smartrecruiters.com>",
  "Glenmore Distillers — your application",
  """Dear Sam,

Thank you for applying for the Consumer Insight Manager role at Glenmore Distillers.

Unfortunately, we will not be progressing your application any further on this occasion. However, we would like to keep your CV on file for 12 months, as we think you may be a good fit for future opportunities in our Edinburgh team.

If you'd prefer us not to keep your details, please [[update your privacy preferences]].

Slàinte,
Glenmore Distillers People Team""",
  exp=("", "", "Glenmore Distillers", "Consumer Insight Manager"),
  vendor="smartrecruiters", brand="Glenmore Distillers", legal=[GDPR, "Please drink responsibly."],
  notes="keep CV 12 months"),

R("pennant-icims-multi-role", "ats-automated", "en-US",
  "Pennant Broadcasting <noreply@talent.icims.com>",
  "Pennant Broadcasting Application Status Update",
  """Dear Sam,

Thank you for applying to Pennant Broadcasting. We are writing to update you on the following application:

Audience Insights Lead, Streaming (Job 2026-7712)

The hiring team has reviewed your qualifications and has determined that other candidates more closely meet the needs of this position. Please note that this update applies only to the position listed above; any other applications you have submitted remain under review.

Thank you for your interest,
Pennant Broadcasting Talent Acquisition""",
  exp=("", "", "Pennant Broadcasting", "Audience Insights Lead, Streaming"),
  vendor="icims", brand="Pennant Broadcasting", legal=[EEO_US, NOREPLY],
  notes="other applications remain under review (counter-cue)"),

R("kingfisher-teamtailor-keep-consent", "keep-on-file", "en-GB",
  "Kingfisher Travel <no-reply@mail.teamtailor.com>",
  "Can we keep your details, Sam?",
  """Hi Sam,

Thanks for your application for Senior Insight Analyst at Kingfisher Travel.

We've had an overwhelming response. Sadly, we won't be moving you on to the next stage this time.

We don't want to lose touch, though! May we keep your profile so we can contact you about future roles? Just click the button below. If we don't hear from you, we'll delete your details in 30 days.

Bon voyage,
Kingfisher Travel Careers""",
  exp=("", "", "Kingfisher Travel", "Senior Insight Analyst"),
  vendor="teamtailor", brand="Kingfisher Travel", button="Yes, keep my profile",
  notes="subject is a retention question; verdict mid-body"),

R("vantage-workday-after-interviews", "ats-automated", "en-US",
  "Vantage Pharma <vantagepharma@myworkday.com>",
  "Vantage Pharma - Thank you for interviewing",
  """Dear Sam,

Thank you for taking the time to interview for the Director, Commercial Insights role. We enjoyed getting to know you and learning about your experience.

After much consideration, the hiring team has selected another candidate for the position. We truly appreciate your time and effort throughout the process.

Sincerely,
Vantage Pharma Talent Acquisition""",
  exp=("", "", "Vantage Pharma", "Director, Commercial Insights"),
  vendor="workday", brand="Vantage Pharma", legal=[EEO_US],
  notes="after interviews; selected another candidate"),

R("emberly-join-terse-rejected", "ats-automated", "en-nonnative-pl",
  "Emberly via JOIN <noreply@join.com>",
  "Your application at Emberly was rejected",
  """Hi Sam,

unfortunately your application for the job "Research Manager (Remote)" at Emberly was rejected.

We thank you for your interest and wish you a lot of success.

Emberly Team, Kraków""",
  exp=("", "", "Emberly", "Research Manager (Remote)"),
  vendor="join", brand="Emberly",
  notes="Polish writer; 'was rejected' in subject"),
]
