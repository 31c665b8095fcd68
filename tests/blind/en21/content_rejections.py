"""The 40 rejections of the en21 set (20 ATS-style, 20 personal)."""
from content_common import M, BULK, AUTO

R = "rejection"
MESSAGES = [
# ---------------- ATS ----------------
M("harbourline-gh-standard", R, "ats-automated", "ats", "en-US",
  "Harbourline Logistics <no-reply@us.greenhouse-mail.io>", "Your application to Harbourline Logistics",
  """Hi Sam,

Thank you for your interest in Harbourline Logistics and for taking the time to apply for the Marketing Manager, Demand Generation role.

After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We appreciate your interest and encourage you to apply for future openings that match your background on our [[careers page]].

Best regards,
Harbourline Logistics Talent Acquisition""",
  exp=("", "", "Harbourline Logistics", "Marketing Manager, Demand Generation"), notes="most ordinary template",
  vendor="greenhouse", brand="Harbourline Logistics", headers=AUTO),

M("tallowgate-lever-h2t", R, "ats-automated", "ats", "en-GB",
  "Tallowgate <no-reply@hire.lever.co>", "Tallowgate | Communications Manager",
  """Hi Sam,

Thanks so much for applying for the Communications Manager position at Tallowgate. We really enjoyed learning more about you.

We've had a huge response to this role and, unfortunately, we won't be taking your application further on this occasion.

We'll keep your details on file and may reach out if something more suitable comes up. If you'd rather we didn't, just let us know via the [[privacy centre]].

All the best with your search,
The Tallowgate People Team""",
  exp=("", "", "Tallowgate", "Communications Manager"), notes="html-to-text plain part with [image] and link list",
  vendor="lever", brand="Tallowgate", h2t=True, headers=AUTO),

M("quarrybank-workday-status", R, "ats-automated", "ats", "en-CA",
  "Quarry Bank Financial <quarrybank@myworkday.com>", "Update on your application - R-10482 Project Manager, Operations",
  """Dear Sam Taylor,

Thank you for your interest in the Project Manager, Operations (R-10482) position at Quarry Bank Financial.

We have reviewed your application and regret to inform you that you have not been selected to proceed further in the recruitment process.

We encourage you to visit our careers site regularly and apply for other positions for which you feel qualified.

Sincerely,
Quarry Bank Financial Talent Acquisition""",
  exp=("", "", "Quarry Bank Financial", "Project Manager, Operations"),
  vendor="workday", brand="Quarry Bank Financial", headers=AUTO),

M("fernmoor-sr-position-filled", R, "ats-automated", "ats", "en-IE",
  "Fernmoor Foods <no-reply@smartrecruiters.com>", "Regarding your application for Brand Communications Lead",
  """Dear Sam,

We would like to thank you for your application for the Brand Communications Lead position at Fernmoor Foods.

We wish to inform you that the position has now been filled. We appreciate the time you invested in applying and we hope you will consider Fernmoor Foods again in the future.

Kind regards,
Aoife Brennan
Talent Partner, Fernmoor Foods
careers@fernmoor.example""",
  exp=("careers@fernmoor.example", "Aoife", "Fernmoor Foods", "Brand Communications Lead"), notes="address in body",
  vendor="smartrecruiters", brand="Fernmoor Foods", headers=AUTO),

M("kestrelpay-icims-htmlonly", R, "ats-automated", "ats", "en-US",
  "Kestrel Pay Careers <kestrelpay@talent.icims.com>", "Kestrel Pay - Senior Marketing Operations Specialist",
  """Dear Sam,

Thank you for applying to the Senior Marketing Operations Specialist position (Req #2026-4471) at Kestrel Pay.

We received a large number of applications, and after reviewing your qualifications against the requirements of the position, we have decided to pursue other applicants whose qualifications more closely match our current needs.

Your profile will remain in our system, and you are welcome to apply for future opportunities.

Thank you again for your interest in Kestrel Pay.

Kestrel Pay Recruiting""",
  exp=("", "", "Kestrel Pay", "Senior Marketing Operations Specialist"), notes="html-only",
  vendor="icims", brand="Kestrel Pay", html_only=True, headers=AUTO),

M("brightwater-sf-long-verdict-middle", R, "ats-automated", "ats", "en-GB",
  "Brightwater Utilities Careers <careers@successfactors.eu>", "Your application: Internal Communications Manager (Job ID 88213)",
  """Dear Sam,

Thank you for your application for the role of Internal Communications Manager (Job ID 88213) and for the interest you have shown in Brightwater Utilities.

At Brightwater we supply water and wastewater services to 2.4 million customers, and we are proud to have been named a Times Top 50 Employer for Women for the third year running. We know that applying for a new role takes time and effort, and we are grateful that you chose to consider a career with us.

We have now carefully reviewed all applications against the criteria for this role. On this occasion your application has not been successful, and we will not be progressing it to the interview stage.

Please do not be discouraged. We regularly advertise new roles across communications, customer operations and engineering, and you can set up job alerts on our [[careers site]].

Under UK GDPR we will retain your application data for 6 months, after which it will be deleted. If you would like us to delete it sooner, please contact recruitment@brightwater.example.

Yours sincerely,
Resourcing Team
Brightwater Utilities plc""",
  exp=("recruitment@brightwater.example", "", "Brightwater Utilities", "Internal Communications Manager"), notes="verdict in the middle; GDPR; address in body is a data-protection contact",
  vendor="successfactors", brand="Brightwater Utilities", headers=AUTO),

M("oakridge-workable-short", R, "ats-automated", "ats", "en-AU",
  "Oakridge Health <noreply@workablemail.com>", "Oakridge Health – Operations Coordinator",
  """Hi Sam,

Thanks for your interest in the Operations Coordinator role. Unfortunately we've decided not to proceed with your application at this stage.

Cheers,
Oakridge Health""",
  exp=("", "", "Oakridge Health", "Operations Coordinator"), notes="short",
  vendor="workable", brand="Oakridge Health", headers=AUTO),

M("sable-teamtailor-talentpool", R, "keep-on-file", "ats", "en-ZA",
  "Sable & Stone <careers@sableandstone.teamtailor-mail.com>", "Thank you for applying to Sable & Stone",
  """Hi Sam,

Thank you for applying for the Marketing Manager – Retail position with Sable & Stone. We truly appreciated reading about your experience.

While your profile is impressive, we have decided to continue with candidates whose experience is a closer match for this particular role.

We'd love to stay in touch though! Would you like to join our Talent Community so we can let you know when a role opens up that matches your profile? Simply click the button below.

Warm regards,
Thandiwe & the Sable & Stone Talent Team""",
  exp=("", "Thandiwe", "Sable & Stone", "Marketing Manager – Retail"), notes="talent community invite with verdict",
  vendor="teamtailor", brand="Sable & Stone", button="Join our Talent Community", headers=BULK),

M("lumen-bamboohr-not-a-match", R, "ats-automated", "ats", "en-US",
  "Lumen Yard <notifications@app.bamboohr.com>", "Lumen Yard: Your Application for Content & Communications Manager",
  """Hi Sam,

Thank you for applying for our Content & Communications Manager opening. We have reviewed your application and, while your background is strong, we feel that your profile doesn't match closely enough what we need for this role right now.

We wish you the best of luck in your job search.

Lumen Yard Hiring Team""",
  exp=("", "", "Lumen Yard", "Content & Communications Manager"),
  vendor="bamboohr", brand="Lumen Yard", headers=AUTO),

M("tidewell-recruitee-closed-req", R, "role-cancelled", "ats", "en-SG",
  "Tidewell Asia <job.8871.tidewell@mail.recruitee.com>", "Update: Regional Marketing Manager (APAC)",
  """Dear Sam,

Thank you for your application for Regional Marketing Manager (APAC).

We are writing to let you know that, following an internal reorganisation of our regional team, we have closed this requisition and will not be filling the position. As a result, your application will not be taken further.

We apologise for any inconvenience and thank you for your interest in Tidewell.

Best regards,
Tidewell Talent Acquisition, Singapore""",
  exp=("", "", "Tidewell", "Regional Marketing Manager (APAC)"),
  vendor="recruitee", brand="Tidewell", headers=AUTO),

M("novabridge-personio-mixed-de", R, "ats-automated", "ats", "en-nonnative",
  "Novabridge Software GmbH <no-reply@jobs.personio.de>", "Your application as Marketing Project Manager (m/f/d)",
  """Dear Sam,

thank you for your application as Marketing Project Manager (m/f/d) and your interest in Novabridge.

We have looked at your documents carefully. Unfortunately we have to tell you that we cannot consider your application further this time.

We wish you all the best for your future.

Best regards
Lena Vogt
People & Culture

---
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Novabridge Software GmbH, Sitz: Leipzig, Amtsgericht Leipzig HRB 41872, Geschäftsführer: Jonas Reiter.""",
  exp=("", "Lena", "Novabridge", "Marketing Project Manager (m/f/d)"), notes="mixed language: German legal footer",
  vendor="personio", brand="Novabridge Software GmbH", headers=AUTO),

M("indeed-relay-meridian", R, "ats-automated", "ats", "en-US",
  "Indeed <no-reply@indeed.com>", "An update on your application to Meridian Events Group",
  """Application update

Operations Project Manager
Meridian Events Group - Chicago, IL

Hi Sam,

Thank you for your interest in the Operations Project Manager position. After reviewing your application, Meridian Events Group has decided not to move forward at this time.

Don't give up: [[see similar jobs near Chicago, IL]]

Employer message: "We appreciate you applying and wish you luck in your search. - Meridian Events Group Recruiting"
""",
  exp=("", "", "Meridian Events Group", "Operations Project Manager"), notes="job-board relay with bulk headers",
  vendor="indeed", brand="Indeed", headers=BULK),

M("linkedin-status-not-selected", R, "ats-automated", "ats", "en-PH",
  "LinkedIn <jobs-noreply@linkedin.com>", "Your application to Marketing Communications Manager at Halo Pacific Telco",
  """Your update from Halo Pacific Telco

Marketing Communications Manager
Halo Pacific Telco · Taguig, Metro Manila (Hybrid)

Status: Not selected

Thank you for your interest in the Marketing Communications Manager position at Halo Pacific Telco in Taguig. Unfortunately, Halo Pacific Telco will not be moving forward with your application, but we appreciate your time and interest.

[[View similar jobs]]""",
  exp=("", "", "Halo Pacific Telco", "Marketing Communications Manager"), notes="status notice; bulk headers",
  vendor="linkedin", brand="LinkedIn", headers=BULK, h2t=True),

M("seek-relay-coastal", R, "ats-automated", "ats", "en-AU",
  "SEEK <noreply@s.seek.com.au>", "Application update from Coastal Cooperative Bank",
  """Hi Sam,

Your application for Project Officer – Member Communications with Coastal Cooperative Bank has been reviewed.

The employer has advised that you have been unsuccessful for this role.

Keep searching – there are 214 new Project Officer jobs in Sydney NSW. [[Find jobs]]""",
  exp=("", "", "Coastal Cooperative Bank", "Project Officer – Member Communications"), notes="job-board relay",
  vendor="seek", brand="SEEK", headers=BULK),

M("ashby-after-final-no-reply", R, "personal-after-interview", "ats", "en-US",
  "Ridgeline Analytics <no-reply@ashbyhq.com>", "Following up on your interviews with Ridgeline",
  """Hi Sam,

Thank you for spending so much time with our team over the past few weeks for the Head of Marketing Operations role, including the final panel on Thursday. Everyone you met enjoyed the conversations.

We've now completed our final interviews, and we've made the difficult decision to extend an offer to another candidate, who has accepted.

This was a close decision. If you'd like feedback, reply to Priya at priya.raman@ridgeline.example and she'll set up a quick call.

Warmly,
Priya Raman
Recruiting Lead, Ridgeline Analytics""",
  exp=("priya.raman@ridgeline.example", "Priya", "Ridgeline Analytics", "Head of Marketing Operations"), notes="after final panel; no-reply sender, address in body",
  vendor="ashby", brand="Ridgeline Analytics", headers=AUTO),

M("jobstreet-relay-apex-sg", R, "ats-automated", "ats", "en-SG",
  "Jobstreet <noreply@jobstreet.com>", "Apex Marine Services has updated your application",
  """Hi Sam,

Apex Marine Services has updated the status of your application.

Role: Operations Manager (Shipping Projects)
Status: Not suitable

We know it isn't the news you hoped for. Here are some roles you might like instead: [[Recommended jobs]]""",
  exp=("", "", "Apex Marine Services", "Operations Manager (Shipping Projects)"), notes="status 'Not suitable'",
  vendor="jobstreet", brand="Jobstreet", headers=BULK),

M("glenview-gh-after-assessment", R, "after-assessment", "ats", "en-CA",
  "Glenview Transit Authority <no-reply@us.greenhouse-mail.io>", "Glenview Transit Authority - Writing Exercise Results",
  """Hello Sam,

Thank you for completing the writing exercise for the Senior Communications Advisor competition.

The assessment panel has now scored all submissions. Your submission did not meet the pass mark required to advance to the interview stage, and therefore you will not be considered further for this position.

Candidates may request their score by writing to staffing@glenviewtransit.example within 30 days.

Regards,
Staffing Services
Glenview Transit Authority""",
  exp=("staffing@glenviewtransit.example", "", "Glenview Transit Authority", "Senior Communications Advisor"), notes="after assessment",
  vendor="greenhouse", brand="Glenview Transit Authority", headers=AUTO),

M("vantage-workday-retention", R, "keep-on-file", "ats", "en-IN",
  "Vantage Consumer Brands <vantagecb@myworkday.com>", "Your candidature for Assistant Manager - Brand Marketing",
  """Dear Sam,

Greetings from Vantage Consumer Brands!

We thank you for your interest in the Assistant Manager - Brand Marketing position at our Gurugram office. We regret to inform you that we will not be able to take your candidature forward at this time.

We would like to retain your profile in our database for 12 months for future opportunities. If you do not wish us to do so, please withdraw your consent on the candidate portal.

We wish you all success in your career.

Regards,
Talent Acquisition Team
Vantage Consumer Brands Pvt. Ltd.""",
  exp=("", "", "Vantage Consumer Brands", "Assistant Manager - Brand Marketing"), notes="Indian English; data-retention question",
  vendor="workday", brand="Vantage Consumer Brands", headers=AUTO),

M("thornbury-sr-hold", R, "role-cancelled", "ats", "en-GB",
  "Thornbury Housing Group <no-reply@smartrecruiters.com>", "Project Manager – Resident Services: recruitment paused",
  """Dear Sam,

Thank you for applying for the Project Manager – Resident Services role.

Due to a review of our budget for the coming year, we have taken the decision to put this vacancy on hold indefinitely. This means we will not be progressing any applications, including yours, for the time being.

Should the role be re-advertised, we would welcome a fresh application from you.

Kind regards,
People Services, Thornbury Housing Group""",
  exp=("", "", "Thornbury Housing Group", "Project Manager – Resident Services"), notes="vacancy on hold indefinitely",
  vendor="smartrecruiters", brand="Thornbury Housing Group", headers=AUTO),

M("capeharbour-workable-internal", R, "internal-candidate", "ats", "en-ZA",
  "Cape Harbour Wines <noreply@workablemail.com>", "Communications & PR Manager – application outcome",
  """Dear Sam,

Thank you for your interest in the Communications & PR Manager role at Cape Harbour Wines.

We wanted to let you know that the position has been filled by an internal candidate. We appreciate the time you took to apply and to speak with us.

Best wishes,
Cape Harbour Wines HR""",
  exp=("", "", "Cape Harbour Wines", "Communications & PR Manager"), notes="filled internally",
  vendor="workable", brand="Cape Harbour Wines", headers=AUTO),

# ---------------- personal ----------------
M("recruiter-after-phone-screen", R, "personal-after-interview", "personal", "en-US",
  "Megan Holt <megan.holt@brightpath.example>", "Brightpath - Marketing Manager",
  """Hi Sam,

Thanks again for chatting with me on Tuesday about the Marketing Manager role. I shared my notes with the hiring team, and they've decided to move forward with other applicants whose background is more heavily in B2B SaaS.

I know that's disappointing, and I really appreciated your time. I'll keep you in mind if something closer to your experience opens up.

Best,
Megan

Megan Holt | Senior Recruiter | Brightpath
(312) 555-0148""",
  exp=("megan.holt@brightpath.example", "Megan", "Brightpath", "Marketing Manager"), notes="after phone screen"),

M("hm-after-panel-long", R, "personal-after-interview", "personal", "en-GB",
  "Rupert Adeyemi <rupert.adeyemi@northmarsh.example>", "Re: Communications Lead – next steps",
  """Dear Sam,

Thank you for coming in on Monday to meet the panel, and for the presentation on the winter campaign – it sparked a good discussion afterwards, and Jo in particular liked your point about regional press.

I'm sorry to say that we have decided to offer the Communications Lead role to another candidate. It was genuinely a close call; in the end we went with someone who has run a crisis comms function before, which is a big part of the next year for us.

I'd be happy to give you more detailed feedback over the phone if that would help – just let me know a time.

With best wishes,
Rupert

Rupert Adeyemi
Director of Communications, Northmarsh Council
020 7946 0321

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 14 October 2026 09:12
To: Rupert Adeyemi <rupert.adeyemi@northmarsh.example>
Subject: Communications Lead – next steps

Dear Rupert,

Thank you again for the panel interview yesterday. I enjoyed meeting you all and look forward to hearing about next steps.

Best wishes,
Sam""",
  exp=("rupert.adeyemi@northmarsh.example", "Rupert", "Northmarsh Council", "Communications Lead"), notes="reply above Sam's thank-you; Outlook quote",
  parent=True),

M("agency-relay-client-no", R, "agency-recruiter", "personal", "en-AU",
  "Josh Whitlam <josh@peakpeople.example>", "Quick update - Ops Manager @ Baybridge",
  """Hey Sam,

Just got off the phone with Baybridge Freight. They've come back and said they're going to go with another candidate for the Operations Manager role – someone who's already worked in cold chain.

Bummer, I know. They did say you interviewed really well and were in their top three. I've got a couple of other briefs that could suit, I'll give you a bell tomorrow.

Cheers,
Josh

Josh Whitlam
Senior Consultant | Peak People Recruitment
0412 555 873""",
  exp=("josh@peakpeople.example", "Josh", "Baybridge Freight", "Operations Manager"), notes="agency relays the client's no"),

M("terse-hm-reply", R, "terse", "personal", "en-CA",
  "Dana Whitford <dana@lakeshoreco.example>", "Re: Project Coordinator",
  """Hi Sam - we went with someone else for this one. Thanks for your time, and good luck!

Dana

Sent from my iPhone

> On Oct 2, 2026, at 4:11 PM, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Dana, just checking in on the Project Coordinator role - any update on timing? Thanks, Sam""",
  exp=("dana@lakeshoreco.example", "Dana", "", "Project Coordinator"), notes="very short reply above Sam's chaser",
  parent=True, wrap=False),

M("recruiter-indian-not-shortlisted", R, "agency-recruiter", "personal", "en-IN",
  "Anjali Menon <anjali.menon@talentsquare.example>", "Update on your profile - Marketing Manager, Zenith Retail",
  """Dear Sam,

Greetings of the day!

This is regarding your candidature for Marketing Manager with our client Zenith Retail, Bengaluru. The client has reviewed your profile and we regret to inform you that it has not been shortlisted for the next round as they are looking for candidates with more exposure to modern trade.

We will surely reach out to you for other suitable openings. Kindly keep your CV updated with us.

Thanks & Regards,
Anjali Menon
Senior Consultant - TalentSquare Search
+91 98450 55012""",
  exp=("anjali.menon@talentsquare.example", "Anjali", "Zenith Retail", "Marketing Manager"), notes="Indian English agency; 'not shortlisted'"),

M("hm-verdict-end-long-feedback", R, "personal-after-interview", "personal", "en-IE",
  "Ciarán Doyle <ciaran.doyle@greenferry.example>", "Thanks for Thursday",
  """Hi Sam,

Hope you had a good weekend. I wanted to write to you personally after Thursday's final round for the Operations Project Manager role.

First, the positives: your stakeholder plan for the depot rollout was the clearest we saw, and Niamh said your answer on handling the union consultation was excellent. You clearly know how to keep a project on the rails.

Where we felt others were stronger was hands-on experience with our fleet software and with procurement at this scale, which matters a lot for the first six months.

For those reasons we won't be offering you the role this time, though I genuinely hope our paths cross again.

All the best,
Ciarán

Ciarán Doyle
Head of Operations, Green Ferry
+353 1 555 0192""",
  exp=("ciaran.doyle@greenferry.example", "Ciarán", "Green Ferry", "Operations Project Manager"), notes="verdict at the end after feedback"),

M("forwarded-by-recruiter-client-note", R, "agency-recruiter", "personal", "en-GB",
  "Hannah Price <hannah.price@oakfieldsearch.example>", "Fwd: Sam Taylor - Marketing Manager",
  """Hi Sam,

Sorry to be the bearer of this – see below from Ellis at Kinloch Brewing. Please don't be disheartened, they were very complimentary. Let's catch up this week.

Hannah

Hannah Price | Associate Director | Oakfield Search
07700 900 412

---------- Forwarded message ---------
From: Ellis Grant <ellis.grant@kinlochbrewing.example>
Date: Wed, 21 Oct 2026 at 17:02
Subject: Sam Taylor - Marketing Manager
To: Hannah Price <hannah.price@oakfieldsearch.example>

Hi Hannah,

Thanks for introducing Sam. We enjoyed meeting them but we've decided to progress with another candidate for the Marketing Manager role, who has more on-trade experience. Please pass on our thanks.

Ellis""",
  exp=("hannah.price@oakfieldsearch.example", "Hannah", "Kinloch Brewing", "Marketing Manager"), notes="recruiter forwards the client's no about Sam"),

M("casual-startup-founder", R, "terse", "personal", "en-US",
  "Nate <nate@fieldnotes.example>", "re: growth marketing chat",
  """hey Sam, thanks again for the chat last week. honestly loved your ideas on the newsletter funnel but we've decided to hold off on hiring for this for now — we're going to keep it founder-led through Q1. sorry for the slow reply!

nate""",
  exp=("nate@fieldnotes.example", "Nate", "Fieldnotes", ""), notes="role paused; no role title; lowercase", parent=True),

M("sg-hr-after-interview", R, "personal-after-interview", "personal", "en-SG",
  "Wei Ling Tan <weiling.tan@orchidlane.example>", "Interview outcome – Operations Manager",
  """Dear Sam,

Thank you for attending the interview for the Operations Manager position with Orchid Lane Hospitality last week.

We regret to inform you that you have not been successful in this round of selection. We appreciate your interest in Orchid Lane and will keep your resume in our records for future openings.

Thank you and best regards,
Tan Wei Ling
HR Executive, Orchid Lane Hospitality Pte Ltd
+65 6555 0133""",
  exp=("weiling.tan@orchidlane.example", "Wei Ling", "Orchid Lane Hospitality", "Operations Manager"), notes="first name is two words"),

M("ph-hr-formal", R, "personal-after-interview", "personal", "en-PH",
  "Maricel Santos <msantos@bayanihanbpo.example>", "Application Status - Project Manager (Client Transitions)",
  """Dear Mr./Ms. Taylor,

Good day!

Thank you for your time during the final interview for the position of Project Manager (Client Transitions).

After careful evaluation, we regret to inform you that we will not be proceeding with your application. We were impressed with your qualifications, however the management has selected a candidate whose experience more closely fits the requirements of the account.

We wish you the best in your future endeavors.

Respectfully,
Maricel Santos
Talent Acquisition Specialist
Bayanihan BPO Solutions Inc.
(02) 8555 0177 loc. 214""",
  exp=("msantos@bayanihanbpo.example", "Maricel", "Bayanihan BPO Solutions", "Project Manager (Client Transitions)"), notes="Philippine English"),

M("za-recruiter-whatsapp-style", R, "terse", "personal", "en-ZA",
  "Lerato Nkosi <lerato@jozitalent.example>", "Re: Comms Manager role",
  """Hi Sam

Unfortunately Umoya Energy came back and it's a no for the Comms Manager role, they felt you were a bit too senior for the budget. Sorry! Will keep looking for you.

Lerato""",
  exp=("lerato@jozitalent.example", "Lerato", "Umoya Energy", "Comms Manager"), notes="agency, short", parent=True),

M("hm-role-eliminated", R, "role-cancelled", "personal", "en-US",
  "Kristin Alvarez <kalvarez@northbeam.example>", "Update on the Marketing Operations Manager role",
  """Hi Sam,

I wanted to reach out personally rather than have you hear it from the system. As part of a broader restructure announced this morning, the Marketing Operations Manager position has been eliminated, and we've had to close the search.

I'm genuinely sorry – you were one of our two finalists and I was looking forward to working with you. I'd be glad to be a reference or make introductions if that's useful.

Kristin

Kristin Alvarez
VP Marketing, Northbeam
(415) 555-0163""",
  exp=("kalvarez@northbeam.example", "Kristin", "Northbeam", "Marketing Operations Manager"), notes="role eliminated, finalist"),

M("reply-to-assistant", R, "personal-after-interview", "personal", "en-GB",
  "Fiona McRae <fiona.mcrae@hollins-trust.example>", "Head of Projects – Hollins Trust",
  """Dear Sam,

On behalf of the interview panel, thank you for attending the interview for the Head of Projects post on 3 November.

The panel were very impressed by the standard of candidates, and I am sorry to let you know that on this occasion you have not been successful.

If you would like feedback, please contact my colleague Gemma Lowe, who is coordinating the recruitment, at gemma.lowe@hollins-trust.example.

Yours sincerely,

Fiona McRae
Chief Executive, Hollins Trust""",
  exp=("gemma.lowe@hollins-trust.example", "Fiona", "Hollins Trust", "Head of Projects"), notes="Reply-To header to coordinator",
  reply_to="Gemma Lowe <gemma.lowe@hollins-trust.example>"),

M("ca-recruiter-verdict-first", R, "personal-after-interview", "personal", "en-CA",
  "Priyanka Shah <pshah@mapleleaf-staffing.example>", "RE: Communications Specialist - Halden Insurance",
  """Hi Sam,

Unfortunately it's not good news from Halden Insurance - they've chosen another candidate for the Communications Specialist position.

Their feedback: strong writing sample, great energy in the interview, but they wanted someone bilingual (French/English) for the Montreal stakeholders, which I know wasn't in the original posting. Frustrating, I know!

Let's talk Thursday about the two other roles I mentioned.

Thanks,
Priyanka

Priyanka Shah
Talent Consultant, Mapleleaf Staffing
416-555-0119""",
  exp=("pshah@mapleleaf-staffing.example", "Priyanka", "Halden Insurance", "Communications Specialist"), notes="verdict first"),

M("au-hm-typos", R, "personal-after-interview", "personal", "en-AU",
  "Brett Connolly <brett.c@saltbushco.example>", "Marketing Co-ordinator role",
  """Hi Sam

Thanks for comming in yesterday, it was great to meet you. We've had a think and have decided to go in a diffrent direction with the Marketing Co-ordinator role - we need someone who can start before Christmas and can do the graphic design side in-house.

All the best with it

Brett
Saltbush Co. | 0438 555 210""",
  exp=("brett.c@saltbushco.example", "Brett", "Saltbush Co.", "Marketing Co-ordinator"), notes="typos, casual"),

M("in-hm-after-case-study", R, "after-assessment", "personal", "en-IN",
  "Rohit Kulkarni <rohit.kulkarni@kaveri-fintech.example>", "Case study round - Product Marketing Manager",
  """Hi Sam,

Thank you for the case study submission and the presentation on Friday. The team appreciated the effort you put into the go-to-market plan.

After discussing internally, we have decided not to move ahead with your candidature for the Product Marketing Manager role, as we felt the plan did not go deep enough into the tier-2 city channels that are core to our growth.

I hope this feedback is useful. Wishing you the very best.

Regards,
Rohit Kulkarni
Head of Marketing | Kaveri Fintech
+91 99200 55431""",
  exp=("rohit.kulkarni@kaveri-fintech.example", "Rohit", "Kaveri Fintech", "Product Marketing Manager"), notes="after case study"),

M("us-offer-rescinded-freeze", R, "role-cancelled", "personal", "en-US",
  "Jordan Meeks <jmeeks@copperline.example>", "Important update regarding the Project Manager, Brand Operations opening",
  """Sam,

I'm sorry to have to write this. This morning leadership announced a company-wide hiring freeze effective immediately, and the Project Manager, Brand Operations opening is included. We won't be able to move forward with the final round next week.

I know you had already made time for it, and I truly apologize. If the freeze lifts in the spring I will reach out to you first.

Regards,
Jordan Meeks
Talent Acquisition Partner, Copperline
(646) 555-0107""",
  exp=("jmeeks@copperline.example", "Jordan", "Copperline", "Project Manager, Brand Operations"), notes="hiring freeze cancels the final round"),

M("ie-reply-to-followup-filled", R, "personal-after-interview", "personal", "en-IE",
  "Sinéad Kavanagh <sinead@harbourlightpr.example>", "Re: Account Director application",
  """Hi Sam,

Apologies for the delay in getting back to you. The Account Director position has actually been filled at this stage – we made the appointment last week. Thanks so much for your interest in Harbourlight, and best of luck.

Sinéad

On Mon, 9 Nov 2026 at 10:03, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Sinéad,
> I applied for the Account Director role a few weeks ago and wondered if
> there was any update? I'd love to tell you more about my agency work.
> Thanks,
> Sam""",
  exp=("sinead@harbourlightpr.example", "Sinéad", "Harbourlight", "Account Director"), notes="reply to Sam's chaser; Gmail quote", parent=True, wrap=False),

M("uk-agency-mandate-not-taking-forward", R, "agency-recruiter", "personal", "en-GB",
  "Tom Birch <tom.birch@ashdownrecruit.example>", "Ops Manager - Pennine Homes",
  """Morning Sam,

Had feedback from Pennine Homes on your CV for the Operations Manager role. Unfortunately they won't be taking you forward to interview, they have a couple of candidates with direct housebuilding experience they want to see first.

Not the news we wanted. I'll keep you posted on anything else suitable.

Tom

Tom Birch
Recruitment Consultant - Ashdown Recruitment
01632 960 544""",
  exp=("tom.birch@ashdownrecruit.example", "Tom", "Pennine Homes", "Operations Manager"), notes="agency, CV stage"),
M("ca-bilingual-hr-letter", R, "personal-after-interview", "personal", "en-CA",
  "Isabelle Gagnon <isabelle.gagnon@rivieresud.example>", "Communications Advisor / Conseiller(ère) en communication",
  """(Le français suit)

Hello Sam,

Thank you for meeting with us on November 12 regarding the Communications Advisor position at Rivière-Sud Cooperative.

After careful consideration, we have selected another candidate for this position. We sincerely appreciate your interest in our cooperative and the time you gave us.

Best regards,

---

Bonjour Sam,

Nous vous remercions de nous avoir rencontrés le 12 novembre au sujet du poste de conseiller(ère) en communication à la Coopérative Rivière-Sud.

Après mûre réflexion, nous avons retenu une autre candidature pour ce poste. Nous vous remercions sincèrement de l'intérêt porté à notre coopérative.

Cordialement,

Isabelle Gagnon
Conseillère principale, ressources humaines | Senior HR Advisor
Coopérative Rivière-Sud
418-555-0184""",
  exp=("isabelle.gagnon@rivieresud.example", "Isabelle", "Rivière-Sud Cooperative", "Communications Advisor"), notes="bilingual English/French letter", charset="utf-8"),
]
