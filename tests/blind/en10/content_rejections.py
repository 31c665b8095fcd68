"""Rejections (label `rejection`) for blind set en10. exp = (reply_to, contact_first_name, company, role)."""
from content_common import A, P

R = "rejection"
MESSAGES = [
# ---------------- ATS-style ----------------
A("greenhouse-ordinary-other-candidates", R, "ats-automated", "greenhouse",
  "Brightwater Analytics <no-reply@us.greenhouse-mail.io>", "Your application to Brightwater Analytics",
  """Hi Sam,

Thank you for your interest in the Senior Product Analyst role at Brightwater Analytics and for the time you put into your application.

After careful review, we have decided to move forward with other candidates whose experience more closely matches what we need right now.

We appreciate you considering us and wish you the best of luck in your search.

Best,
The Brightwater Analytics Recruiting Team""",
  exp=("", "", "Brightwater Analytics", "Senior Product Analyst"), variant="en-US", notes="most ordinary wording"),

A("lever-not-progress-privacy-keep", R, "ats-automated", "lever",
  "Kettleby Health <no-reply@hire.lever.co>", "Kettleby Health | Head of Audience Research",
  """Dear Sam,

Thanks so much for applying for the Head of Audience Research position with Kettleby Health. We received a large number of applications and have read every one carefully.

Unfortunately, we won't be progressing your application on this occasion.

We would like to keep your details on file for 12 months in case a suitable role opens up. If you would rather we deleted your data, just click [[remove my details]] and we'll take care of it.

Kind regards,
Talent Acquisition, Kettleby Health""",
  exp=("", "", "Kettleby Health", "Head of Audience Research"), notes="data retention question"),

A("workday-status-not-selected-html-only", R, "ats-automated", "workday",
  "Marlow & Finch <marlowfinch@myworkday.com>", "Update on your application - R-10482 Insights Manager",
  """Dear Sam Taylor,

There has been an update to your job application. Please see the details below.

{table}

Thank you for your interest in Marlow & Finch. You can view all of your applications on [[Candidate Home]].""",
  table=[("Job requisition", "R-10482 Insights Manager"), ("Status", "Not selected"), ("Location", "London, United Kingdom")],
  exp=("", "", "Marlow & Finch", "Insights Manager"), html_only=True, cte="base64", notes="status portal; verdict only in a table cell; HTML-only base64"),

A("smartrecruiters-long-praise-verdict-middle", R, "ats-automated", "smartrecruiters",
  "Southmead Energy <no-reply@smartrecruiters.com>", "Thank you for applying - Consumer Insights Lead",
  """Hello Sam,

Thank you for taking the time to apply for the Consumer Insights Lead position at Southmead Energy. At Southmead, we believe the energy transition is only possible with people who bring curiosity and rigour, and we were genuinely impressed by the breadth of your background in media research.

We have now completed our review of all applications. While your experience is impressive, we will not be taking your application further for this role. This decision was not easy, as the standard of applicants was very high.

Southmead Energy is proud to have been named one of the Sunday Times Best Places to Work 2026. We are an equal opportunity employer and we welcome applications from all backgrounds.

We encourage you to keep an eye on our [[careers page]] for future opportunities.

Warm regards,
Southmead Energy Talent Team""",
  about="About Southmead Energy: 4,000 colleagues across the UK and Ireland helping households move to clean energy.",
  exp=("", "", "Southmead Energy", "Consumer Insights Lead"), notes="verdict in the middle; awards boilerplate"),

A("personio-profile-not-close-enough-ie", R, "ats-automated", "personio",
  "Liffey Labs Recruiting <jobs@liffeylabs-jobs.personio.de>", "Your application as Research Operations Manager",
  """Dear Sam,

many thanks for your application as Research Operations Manager and your interest in Liffey Labs.

We have looked at your documents in detail. Unfortunately your profile does not match the requirements of the position closely enough, so we are unable to consider you further at this time.

We wish you all the best for your future career.

Kind regards
Aoife Brennan
People & Culture, Liffey Labs""",
  reply_to="Aoife Brennan <aoife.brennan@liffeylabs.example>",
  exp=("aoife.brennan@liffeylabs.example", "Aoife", "Liffey Labs", "Research Operations Manager"), variant="en-IE", notes="Reply-To real person; German-style English template"),

A("teamtailor-position-filled-au", R, "role-filled", "teamtailor",
  "Harbourline Media <jobs@harbourline.teamtailor-mail.com>", "Update: Audience Strategy Director",
  """Hi Sam,

Thanks again for applying for Audience Strategy Director at Harbourline Media.

We wanted to let you know that the position has now been filled. We really appreciate the interest you showed in joining us, and we'd love you to stay connected with us for future roles.

Cheers,
Harbourline Media People Team""",
  button="Join our talent community", exp=("", "", "Harbourline Media", "Audience Strategy Director"), variant="en-AU", notes="position filled + talent community button"),

A("recruitee-plaintext-from-html-odd-breaks", R, "ats-automated", "recruitee",
  "Veldt & Co <noreply@mail.recruitee.com>", "Veldt & Co - Data Journalism Editor",
  """Dear Sam,

Thank you for applying for the Data Journalism Editor position at Veldt & Co.

We regret to inform you that we have decided not to proceed with your application.

Best regards,
Veldt & Co Hiring Team""",
  plain="""[image: Veldt & Co]

Dear Sam,

Thank you for applying for the Data Journalism Editor position at Veldt &
Co.

We regret to inform you that we have decided not to proceed
with your
application.

Best regards,
Veldt & Co Hiring
Team

[image: Recruitee]

Links:
------
[1] {L1}
[2] {unsub}
""",
  exp=("", "", "Veldt & Co", "Data Journalism Editor"), variant="en-ZA", notes="plain part auto-generated from HTML: odd breaks, [image] placeholders, link list"),

A("workable-unsuccessful-on-this-occasion-za", R, "ats-automated", "workable",
  "Protea Retail Group <noreply@workablemail.com>", "Protea Retail Group: Insights & Analytics Manager",
  """Dear Sam,

Thank you for your application for the Insights & Analytics Manager position in Cape Town.

We regret to advise that your application has been unsuccessful on this occasion. Please note that due to the volume of applications we are unable to provide individual feedback.

Regards,
Recruitment | Protea Retail Group""",
  exp=("", "", "Protea Retail Group", "Insights & Analytics Manager"), variant="en-ZA"),

A("icims-requisition-closed", R, "role-cancelled", "icims",
  "Northgate Financial Careers <donotreply@talent.icims.com>", "Regarding Requisition 2026-4471 Product Research Lead",
  """Dear Sam,

Thank you for your interest in employment with Northgate Financial.

We are writing to let you know that we have closed requisition 2026-4471 (Product Research Lead) and are not filling the position at this time. As a result your application will not be considered further.

We encourage you to visit our career site and apply for other positions that match your skills and interests.

Sincerely,
Northgate Financial Talent Acquisition""",
  exp=("", "", "Northgate Financial", "Product Research Lead"), variant="en-US", notes="requisition closed"),

A("successfactors-in", R, "ats-automated", "successfactors",
  "Talent Acquisition - Varanasi Digital <careers@successfactors.eu>", "Status of your application: Lead - Audience Insights (Job ID 88213)",
  """Dear Sam Taylor,

Thank you for showing interest in Varanasi Digital and applying for the position of Lead - Audience Insights (Job ID 88213).

We have carefully reviewed your profile against the requirements of the role. We regret to inform you that we will not be able to take your candidature forward at this stage.

We will retain your profile in our database and reach out should a suitable opening arise in future.

Wishing you success in your endeavours.

Warm Regards,
Talent Acquisition Team
Varanasi Digital Pvt. Ltd.""",
  exp=("", "", "Varanasi Digital", "Lead - Audience Insights"), variant="en-IN"),

A("bamboohr-ca-short", R, "ats-automated", "bamboohr",
  "Maple Ridge Studios <notifications@app.bamboohr.com>", "Maple Ridge Studios - Research Manager",
  """Hi Sam,

Thank you for applying to the Research Manager position with Maple Ridge Studios. We have chosen to pursue other applicants for this role.

We wish you all the best.

Maple Ridge Studios""",
  exp=("", "", "Maple Ridge Studios", "Research Manager"), variant="en-CA"),

A("indeed-relay-employer-message", R, "job-board-relay", "indeed",
  "Indeed <noreply@indeed.example>", "An update on your application to Fenwick Logistics",
  """Hi Sam,

Fenwick Logistics sent you a message about your application for Customer Insights Analyst.

"Hi Sam, thank you for your interest. After reviewing your application, we have decided not to move forward at this time. We appreciate you applying and wish you luck. - Greg, Fenwick Logistics"

[[View message]]

Jobs you may be interested in:
- Customer Insights Manager - Sorrel Foods - Toronto, ON
- Market Research Analyst - Peak Telecom - Remote
- Senior Data Analyst - Bayfield Insurance - Mississauga, ON""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  exp=("", "Greg", "Fenwick Logistics", "Customer Insights Analyst"), variant="en-CA", notes="job-board relay with job-alert block and bulk headers"),

A("linkedin-easy-apply-not-moving-forward", R, "job-board-relay", "linkedin",
  "LinkedIn <jobs-noreply@linkedin.example>", "Your application to Audience Growth Manager at Quayside Publishing",
  """Your update from Quayside Publishing

Audience Growth Manager
Quayside Publishing - Manchester, England, United Kingdom (Hybrid)

Thank you for your interest in the Audience Growth Manager position at Quayside Publishing in Manchester. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Quayside Publishing.

Regards,
Quayside Publishing

[[Search for more jobs]]

Top job picks for you
- Head of Audience - Northlight News - Leeds
- Senior Insights Manager - Ardent Media - London""",
  headers={"List-Unsubscribe": "<{unsub}>"},
  exp=("", "", "Quayside Publishing", "Audience Growth Manager"), notes="LinkedIn relay + job picks"),

P("greenhouse-resent-autoforward-recruiter", R, "resent",
  "Maya Okafor <maya.okafor@lumenbank.example>", "Fwd: Your application to Lumen Bank",
  """Hi Sam - resending this as I think the original went to your old address, sorry! Happy to chat if you'd like any feedback.
Maya

---------- Forwarded message ---------
From: Lumen Bank <no-reply@us.greenhouse-mail.io>
Date: Tue, 13 Oct 2026 at 09:12
Subject: Your application to Lumen Bank
To: Sam Taylor <sam.taylor@example.org>

Hi Sam,

Thank you for your interest in the Director, Customer Research role at Lumen Bank. Our team has reviewed your application and unfortunately we won't be moving forward at this time.

We'll keep your information on file and may reach out if something else comes up.

Best,
Lumen Bank Talent

Powered by Greenhouse
This is an automated message. Please do not reply to this email.""",
  exp=("maya.okafor@lumenbank.example", "Maya", "Lumen Bank", "Director, Customer Research"), variant="en-US", notes="re-sent by the sender's own recruiter; ATS chrome outside"),

# ---------------- personal ----------------
P("recruiter-client-feedback-after-final", R, "recruiter-relay",
  "Tom Hargreaves <tom.hargreaves@fieldstone-search.example>", "RE: Ashcombe - feedback",
  """Hi Sam,

Thanks for your patience on this one. I've had feedback from Ashcombe this morning and unfortunately they've decided to go with another candidate for the Head of Insights role.

To be fair to you, it was very close. Priya said your presentation was the strongest they saw, but the other person has run a larger team in a regulated business and that swung it in the end.

I know that's not what you wanted to hear. Let's have a call later this week - I've got a couple of things coming in that I think could suit you better anyway.

Cheers,
Tom

Tom Hargreaves | Senior Consultant | Fieldstone Search
M: +44 7700 900418

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 02 November 2026 17:40
To: Tom Hargreaves <tom.hargreaves@fieldstone-search.example>
Subject: Ashcombe - feedback

Hi Tom, just checking in on Ashcombe - any news since Thursday? Thanks, Sam""",
  exp=("tom.hargreaves@fieldstone-search.example", "Tom", "Ashcombe", "Head of Insights"), notes="agency relays client feedback; reply above Outlook quote"),

P("hiring-manager-after-final-round-long", R, "personal-after-interview",
  "Rachel Donnelly <rachel.donnelly@corrib.example>", "Thank you, and our decision",
  """Dear Sam,

I wanted to write to you personally rather than let this come through the usual channels.

First, thank you. You gave us a lot of time over the last five weeks - the case study, two panel interviews and the final conversation with Declan and me - and you did all of it with real generosity. The team genuinely enjoyed meeting you, and several of them have said your take on our subscriber churn data has already changed how they think about it.

We have now made our decision for the Head of Research role, and I'm sorry to say that we have offered it to another candidate, who has accepted. It came down to direct experience of running research in a subscription product, which was the one thing we felt we couldn't train for in the first year.

I know this will be disappointing, and I don't want to dress it up. If it would be useful, I'd be very happy to spend twenty minutes on a call going through what we saw, and I'd also like to stay in touch - I suspect our paths will cross again.

With best wishes,
Rachel

Rachel Donnelly
Chief Product Officer, Corrib Media
+353 1 555 0142""",
  exp=("rachel.donnelly@corrib.example", "Rachel", "Corrib Media", "Head of Research"), variant="en-IE", notes="long letter, verdict in the middle"),

P("reply-to-sam-chaser-gone-another", R, "thread-reply",
  "Ben Whitlock <ben@tallowandpine.example>", "Re: Following up - Insights Lead",
  """Hi Sam, apologies for the radio silence - it's been a mad few weeks. We did end up going with someone else for the Insights Lead role, I'm sorry I didn't let you know sooner. Really appreciated you coming in.

Ben

On Mon, 19 Oct 2026 at 10:03, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ben,
>
> Hope you're well. I just wanted to follow up on our conversation on the
> 6th about the Insights Lead role at Tallow & Pine - is there any update
> on timings?
>
> Best,
> Sam""",
  parent=True, exp=("ben@tallowandpine.example", "Ben", "Tallow & Pine", "Insights Lead"), notes="reply to Sam's follow-up; Gmail quote"),

P("terse-not-this-time-phone", R, "terse",
  "Jess Morrow <jess.morrow@quillstone.example>", "Re: Research Director",
  """Sam - sorry, it's a no from us this time. Thanks for coming in.

Jess

Sent from my iPhone""",
  parent=True, exp=("jess.morrow@quillstone.example", "Jess", "", "Research Director"), variant="en-AU", notes="very short; company only in domain"),

P("referrer-tells-sam", R, "referrer",
  "Nikhil Rao <nikhil.rao@sapphirepay.example>", "re your application at SapphirePay",
  """Hey Sam,

Just heard back from Anjali in the hiring team about the Product Insights Manager role I referred you for. Sadly they've decided not to move ahead with your application - apparently they're prioritising someone with fintech background for this one. Sorry mate, I really thought it would go through.

Anjali said you should hear officially from the portal in a day or two. If you want, I can ask her for more detail.

Let's catch up for a coffee soon.

Nikhil""",
  exp=("nikhil.rao@sapphirepay.example", "Nikhil", "SapphirePay", "Product Insights Manager"), variant="en-IN", notes="referrer tells Sam; verdict relayed"),

P("forwarded-by-hm-with-note", R, "forwarded",
  "Daniel Kim <daniel.kim@aldergrove.example>", "Fw: Application outcome - Research Lead",
  """Sam, forwarding the official note from our HR team below. Personally I'm gutted - you were my first choice but the budget for the senior level was cut and we had to go with a more junior hire. Please stay in touch.

Daniel

________________________________
From: Aldergrove Careers <careers@aldergrove.example>
Sent: Wednesday, November 4, 2026 3:22 PM
To: Daniel Kim <daniel.kim@aldergrove.example>
Subject: Application outcome - Research Lead

Hi Daniel, please find below the outcome wording for candidate Sam Taylor (Research Lead, req 3391): Not progressed - offer made to alternative candidate.

Aldergrove People Ops""",
  exp=("daniel.kim@aldergrove.example", "Daniel", "Aldergrove", "Research Lead"), variant="en-CA", notes="hiring manager forwards internal HR note about Sam"),

P("role-on-hold-restructure", R, "role-cancelled",
  "Hannah Cole <hannah.cole@brookfieldtelecom.example>", "Head of Customer Insight - update",
  """Hi Sam,

I'm afraid I have some frustrating news. Following a restructure announced internally this week, the Head of Customer Insight role has been put on hold indefinitely, so we won't be able to continue with the process.

This is nothing to do with you or your interviews, which went very well. If the role is reopened, you would be the first person I call, but honestly I can't promise that will happen this year.

Sorry to be the bearer of bad news.

Best,
Hannah
Hannah Cole | Talent Partner | Brookfield Telecom
07700 900 771""",
  exp=("hannah.cole@brookfieldtelecom.example", "Hannah", "Brookfield Telecom", "Head of Customer Insight"), notes="role paused for Sam"),

P("internal-candidate", R, "personal-after-interview",
  "Grace Mbeki <grace.mbeki@umhlanga-group.example>", "Senior Research Manager",
  """Dear Sam

Thank you for meeting with us last week. I wanted to let you know that we have decided to appoint an internal candidate to the Senior Research Manager position.

We enjoyed our conversation and would be glad to keep your CV for other roles at Umhlanga Group.

Kind regards
Grace Mbeki
HR Business Partner
Umhlanga Group | +27 31 555 0190""",
  exp=("grace.mbeki@umhlanga-group.example", "Grace", "Umhlanga Group", "Senior Research Manager"), variant="en-ZA"),

P("agency-client-not-shortlisting", R, "recruiter-relay",
  "Priyanka Shah <priyanka@talentbridge.example>", "Insights Director role - update",
  """Hi Sam,

Quick update on the Insights Director role with my client in Bengaluru. They have reviewed the shortlist and are not taking your profile to interview - they want someone currently based in India with FMCG experience.

Sorry it's not better news. Will keep you posted on anything more aligned.

Regards,
Priyanka Shah
TalentBridge Consulting | +91 98450 55512""",
  exp=("priyanka@talentbridge.example", "Priyanka", "", "Insights Director"), variant="en-IN", notes="agency, unnamed client"),

P("thread-reply-above-invite", R, "thread-reply",
  "Marcus Lindqvist <marcus@pelicanlane.example>", "Re: Second interview - Pelican Lane",
  """Hi Sam,

Thanks again for coming in on Friday. I'm sorry to say we won't be progressing to an offer with you. We felt another candidate was a better fit for where the team is right now.

All the best,
Marcus

On 27 Oct 2026, at 11:05, Marcus Lindqvist <marcus@pelicanlane.example> wrote:

> Great news Sam - we'd love to invite you to a second interview for the
> Audience Research Lead role. Are you free on Friday 30th at 2pm?
>
> Marcus""",
  parent=True, exp=("marcus@pelicanlane.example", "Marcus", "Pelican Lane", "Audience Research Lead"), notes="top reply decides; quoted invitation below"),

P("feedback-bullets-after-task", R, "personal-after-interview",
  "Lucy Fairweather <lucy.fairweather@orchardsquare.example>", "Your take-home task - feedback",
  """Hi Sam,

Thank you for completing the take-home task for the Product Research Manager role. We've now reviewed it with the panel.

What worked well:
- Clear framing of the research question
- Good choice of mixed methods

Where it fell short for us:
- The recommendations didn't link back to business metrics
- The synthesis was lighter than we'd expect at this level

On balance we've decided not to take you through to the final stage. I hope the feedback is useful, and thank you for the effort you put in.

Best wishes,
Lucy
Orchard Square Talent""",
  exp=("lucy.fairweather@orchardsquare.example", "Lucy", "Orchard Square", "Product Research Manager"), notes="bulleted feedback, verdict at end"),

P("casual-startup-founder", R, "personal-after-interview",
  "Zoe Park <zoe@fernleaf.example>", "hey Sam",
  """hey Sam,

really enjoyed our chat tues. bit of a tough one but we're gonna pass for now - we realised we actually need someone more hands-on with SQL day to day for the Research & Data Lead role, and that's not really where your strengths lie (which is fine!).

would love to keep in touch as we grow tho. best of luck!!

zoe
cofounder, Fernleaf""",
  exp=("zoe@fernleaf.example", "Zoe", "Fernleaf", "Research & Data Lead"), variant="en-US", notes="casual lowercase, typos"),

P("outlook-thread-role-withdrawn", R, "role-cancelled",
  "Oliver Grant <oliver.grant@kestrelinsurance.example>", "RE: Interview on Thursday",
  """Hi Sam,

Apologies for the late notice. I'm afraid we have to cancel Thursday's interview - the business has withdrawn the Customer Research Manager vacancy following a budget review, so we won't be recruiting for it after all.

I'm really sorry for messing you around.

Regards,
Oliver

Oliver Grant
Recruitment Advisor, Kestrel Insurance
D: 0161 555 0199

From: Sam Taylor <sam.taylor@example.org>
Sent: 09 November 2026 08:51
To: Oliver Grant <oliver.grant@kestrelinsurance.example>
Subject: RE: Interview on Thursday

Hi Oliver, confirming Thursday at 10 works for me. See you then. Sam""",
  parent=True, exp=("oliver.grant@kestrelinsurance.example", "Oliver", "Kestrel Insurance", "Customer Research Manager"), notes="vacancy withdrawn; interview cancelled"),

P("mixed-language-footer-ie", R, "personal-after-interview",
  "Siobhan Nic Aodha <siobhan@cnoc-media.example>", "Research Editor - outcome / toradh",
  """Hi Sam,

Thanks a million for your time on the panel interview. Unfortunately you were not successful on this occasion for the Research Editor role. The panel were impressed with your knowledge, but another candidate had more experience with Irish-language audiences.

We wish you every success.

Siobhan

--
Siobhan Nic Aodha | Cnoc Media
Tá fáilte roimh chomhfhreagras i nGaeilge. Is féidir an ríomhphost seo a fhreagairt i nGaeilge nó i mBéarla.""",
  exp=("siobhan@cnoc-media.example", "Siobhan", "Cnoc Media", "Research Editor"), variant="en-IE", notes="Irish footer; mixed languages"),

P("sa-hr-letter-long-legal", R, "personal-after-interview",
  "Recruitment Office <recruitment@karoo-bank.example>", "Outcome of interview: Manager: Customer Experience Research",
  """Dear Sam Taylor

RE: MANAGER: CUSTOMER EXPERIENCE RESEARCH (REF KB/2026/118)

We refer to your recent interview for the above position.

Karoo Bank is committed to employment equity and a fair selection process in line with the Employment Equity Act. All candidates were assessed against the inherent requirements of the role, and the panel's decision was reviewed by the Employment Equity committee.

We regret to inform you that your application was not successful. Kindly note that this decision is final.

Your personal information will be kept for six months in line with the Protection of Personal Information Act (POPIA) and thereafter destroyed, unless you consent to us keeping it for longer.

We thank you for your interest in Karoo Bank and wish you success in your future endeavours.

Yours faithfully

Thandi Dlamini
Talent Acquisition Specialist""",
  exp=("recruitment@karoo-bank.example", "Thandi", "Karoo Bank", "Manager: Customer Experience Research"), variant="en-ZA", notes="formal letter, legal paragraphs"),

P("us-hm-after-loop-decided-other-direction", R, "personal-after-interview",
  "Carla Jimenez <cjimenez@redrockhealth.example>", "Following up from your onsite",
  """Hi Sam,

Thank you for spending the day with us on Tuesday. Everyone you met enjoyed the conversations.

After a lot of discussion we've decided to go in a different direction for the UX Research Director role and won't be extending an offer. I know that's hard to hear after a full onsite, and I'm grateful for the energy you brought.

Happy to share more feedback on a call if helpful.

Carla
--
Carla Jimenez | VP Research | Red Rock Health""",
  cc="Recruiting <recruiting@redrockhealth.example>",
  exp=("cjimenez@redrockhealth.example", "Carla", "Red Rock Health", "UX Research Director"), variant="en-US", notes="company in domain and cc only", client_html=True),

P("terse-filled", R, "terse",
  "Amy Sutton <amy.sutton@northwick.example>", "Re: Insights Manager vacancy",
  """Hi Sam, the Insights Manager role at Northwick has now been filled. Thanks for your interest. Amy""",
  parent=True, exp=("amy.sutton@northwick.example", "Amy", "Northwick", "Insights Manager")),

P("forwarded-rejection-by-sam-colleague", R, "forwarded",
  "Liam O'Connor <liam.oconnor@example.org>", "Fwd: Your application - Head of Research",
  """Sam - this landed in the shared inbox because you used it on the form. Sorry! Looks like bad news :(
Liam

Begin forwarded message:

From: "Aurora Publishing Careers" <careers@aurorapub.example>
Subject: Your application - Head of Research
Date: 5 November 2026 at 14:02:11 GMT
To: insights@example.org

Dear Sam,

Thank you for applying for the Head of Research position at Aurora Publishing. We have reviewed your application carefully and regret that we will not be inviting you for interview.

Yours sincerely,
Aurora Publishing HR""",
  exp=("careers@aurorapub.example", "", "Aurora Publishing", "Head of Research"), notes="forwarded by a colleague at example.org; reply_to from the body"),

P("recruiter-client-chosen-internal-au", R, "recruiter-relay",
  "Josh Nguyen <josh.nguyen@bluegum-recruit.example>", "Coastline Bank - Research Lead",
  """G'day Sam,

Heard back from Coastline Bank on the Research Lead role. Unfortunately they've decided not to proceed with you to the next stage - they've got an internal person they want to back.

Not a reflection on you at all - they liked your CV. I'll be in touch when the next one comes through.

Cheers
Josh
Josh Nguyen | Bluegum Recruitment | 0412 555 019""",
  exp=("josh.nguyen@bluegum-recruit.example", "Josh", "Coastline Bank", "Research Lead"), variant="en-AU"),

P("long-email-bad-news-at-end-ca", R, "personal-after-interview",
  "Elise Tremblay <elise.tremblay@laurentide.example>", "Thank you from Laurentide",
  """Hi Sam,

I hope you had a good weekend. I wanted to close the loop with you on the Manager, Audience Analytics role.

We spent a lot of time on this hiring process because it's the first senior analytics hire we've made in Montreal, and the conversation with you about audience segmentation for bilingual markets was genuinely one of the most useful we had. Jean-Luc in particular mentioned it several times afterwards.

We also really appreciated how you handled the case exercise under time pressure, and your questions about the data warehouse migration were spot on.

After weighing everything, though, we've decided to offer the role to a candidate who is fluent in French, which is going to matter more than we first thought for the stakeholders in Quebec. I'm sorry this isn't the outcome you hoped for.

Warmly,
Elise Tremblay
Talent, Laurentide

--
Ce courriel peut contenir des renseignements confidentiels. / This email may contain confidential information.""",
  exp=("elise.tremblay@laurentide.example", "Elise", "Laurentide", "Manager, Audience Analytics"), variant="en-CA", notes="long praise, verdict near end; bilingual footer"),

P("reply-to-thank-you-note", R, "thread-reply",
  "Fiona Blake <fiona.blake@greyfriars.example>", "Re: Thank you",
  """Hi Sam,

Thank you for your kind note, and for your time yesterday. I'm afraid we've decided not to take your application any further - we're looking for someone with more hands-on quantitative modelling for this Analytics Manager post.

Best of luck,
Fiona

> On 11 Nov 2026, at 18:30, Sam Taylor <sam.taylor@example.org> wrote:
>
> Dear Fiona, thank you so much for your time today - I really enjoyed
> hearing about the plans for Greyfriars' analytics team. Best, Sam""",
  parent=True, exp=("fiona.blake@greyfriars.example", "Fiona", "Greyfriars", "Analytics Manager"), notes="reply to Sam's thank-you"),

P("agency-hold-client-freeze", R, "role-cancelled",
  "Rob Kelly <rob.kelly@mercer-lane.example>", "Quick update - Eastbridge",
  """Hi Sam,

Bad news I'm afraid - Eastbridge have put a freeze on all hiring until Q2 so the Head of Consumer Insight role is off for now. They've asked us to stop the process with all candidates.

I'll let you know if it comes back to life. Sorry!

Rob
07700 900 322""",
  exp=("rob.kelly@mercer-lane.example", "Rob", "Eastbridge", "Head of Consumer Insight"), notes="agency: client hiring freeze"),

P("in-reply-panel-decision", R, "personal-after-interview",
  "Arjun Mehta <arjun.mehta@kaveri-tech.example>", "Your interview with Kaveri Technologies",
  """Dear Sam,

Thank you for taking the time to interview with our panel for the Senior Manager - Research & Insights position.

We regret to inform you that the panel has decided to move ahead with another candidate whose profile is more closely aligned with our current requirements.

We truly appreciate your interest in Kaveri Technologies and wish you all the very best.

Regards,
Arjun Mehta
Talent Acquisition Lead
Kaveri Technologies | +91 80 5555 0123""",
  exp=("arjun.mehta@kaveri-tech.example", "Arjun", "Kaveri Technologies", "Senior Manager - Research & Insights"), variant="en-IN"),

P("voicemail-followup-short", R, "terse",
  "Chloe Barnes <chloe.barnes@wrenfield.example>", "Sorry I missed you",
  """Hi Sam, tried to call but went to voicemail. Just wanted to let you know we've offered the Research Lead job to someone else - I'm sorry. Thanks so much for your time throughout. Chloe, Wrenfield""",
  exp=("chloe.barnes@wrenfield.example", "Chloe", "Wrenfield", "Research Lead")),

P("talent-pool-with-verdict", R, "personal-after-interview",
  "Dev Patel <dev.patel@glasshouse.example>", "Glasshouse - Research Manager",
  """Hi Sam,

Thanks for talking to us about the Research Manager role. While we've filled this position with another candidate, we'd really like to add you to our talent pool for future openings - we're growing fast in 2027.

Let me know if you're happy for us to keep your details.

Best,
Dev
Glasshouse""",
  exp=("dev.patel@glasshouse.example", "Dev", "Glasshouse", "Research Manager"), notes="talent pool invite whose verdict sits in one clause"),

P("forwarded-by-recruiter-client-email", R, "recruiter-relay",
  "Sarah Quinn <sarah.quinn@harbourtalent.example>", "FW: Candidate feedback - Sam Taylor",
  """Hi Sam,

I've pasted the client's note below so you can see it in their own words. Sorry it's not good news - happy to talk it through.

Sarah
Harbour Talent | +353 87 555 0112

From: Conor Walsh <conor.walsh@atlanticfoods.example>
Sent: Monday 16 November 2026 11:47
To: Sarah Quinn <sarah.quinn@harbourtalent.example>
Subject: Candidate feedback - Sam Taylor

Hi Sarah,

Thanks for sending Sam through for the Consumer Insights Manager role. We enjoyed meeting Sam, but we're not going to progress - we need someone with deeper category management experience.

Conor
Conor Walsh | Head of Marketing | Atlantic Foods""",
  exp=("sarah.quinn@harbourtalent.example", "Sarah", "Atlantic Foods", "Consumer Insights Manager"), variant="en-IE", notes="recruiter forwards client's feedback"),
]
