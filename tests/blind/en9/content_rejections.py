"""The 50 rejections of the en9 set as data (30 ATS-style, 20 personal)."""


def A(slug, vendor, frm, subject, text, exp, cat, variant, notes="", **kw):
    return dict(slug=slug, label="rejection", style="ats", vendor=vendor, frm=frm, subject=subject, text=text,
                exp=exp, cat=cat, variant=variant, notes=vendor + ("; " + notes if notes else ""), brand=exp[2], **kw)


def P(slug, frm, subject, text, exp, cat, variant, notes="", **kw):
    return dict(slug=slug, label="rejection", style="personal", frm=frm, subject=subject, text=text,
                exp=exp, cat=cat, variant=variant, notes=notes, **kw)


MESSAGES = [
A("halverson-workday-other-candidates", "workday", "Halverson Foods <halverson@myworkday.com>",
  "Your application for Senior Product Marketing Manager at Halverson Foods", """Dear Sam,

Thank you for your interest in the Senior Product Marketing Manager position (R-0048213) at Halverson Foods. We appreciate the time you invested in applying.

After careful consideration, we have decided to move forward with other candidates whose qualifications more closely meet the needs of this role.

We encourage you to continue to explore opportunities at Halverson Foods and to apply for future positions that match your skills and interests.

Best regards,
Halverson Foods Talent Acquisition""", ("", "", "Halverson Foods", "Senior Product Marketing Manager"),
  "ats-automated", "en-US", "most ordinary wording", about="Halverson Foods has been feeding American families since 1921. We are proud to be named one of Forbes' Best Large Employers."),

A("brightwell-greenhouse-not-progressing", "greenhouse", "Brightwell Energy <no-reply@us.greenhouse-mail.io>",
  "Brightwell Energy | Growth Marketing Lead", """Hi Sam,

Thanks so much for applying for the Growth Marketing Lead role at Brightwell Energy and for your patience while we reviewed applications.

Unfortunately, we won't be progressing your application on this occasion. We received a very high number of applications and had to make some difficult decisions.

We'd love you to keep an eye on our [[careers page]] as new roles open up regularly.

All the best,
The Brightwell Talent Team""", ("", "", "Brightwell Energy", "Growth Marketing Lead"), "ats-automated", "en-GB",
  "verdict early", preheader="Thanks for applying for the Growth Marketing Lead role"),

A("quillfeather-lever-closely-matches", "lever", "Quillfeather <no-reply@hire.lever.co>",
  "Following up on your application to Quillfeather", """Hi Sam,

Thank you for your interest in Quillfeather and for taking the time to apply for our Product Marketing Manager position.

We've reviewed your background and, while we were impressed, we've decided to move forward with other applicants whose experience more closely matches what we're looking for right now.

We'll keep your information on file and may reach out if a role opens up that's a better fit.

Best,
Quillfeather Recruiting""", ("", "", "Quillfeather", "Product Marketing Manager"), "ats-automated", "en-US",
  "plain part auto-generated"),

A("mercerridge-icims-position-filled", "icims", "Mercer Ridge Health Talent Acquisition <donotreply@talent.icims.com>",
  "Mercer Ridge Health - Brand Manager (Req ID 2026-14471)", """Dear Sam Taylor,

Re: Brand Manager, Corporate Communications (Req ID 2026-14471), Columbus, OH

We would like to thank you for your interest in employment opportunities with Mercer Ridge Health. This letter is to inform you that the position has been filled. Your résumé will remain in our database and you may be contacted should a position arise for which your qualifications are a match.

We invite you to visit our [[Career Portal]] to review current openings, update your profile, or set up job alerts.

Sincerely,

Mercer Ridge Health
Talent Acquisition Department""", ("", "", "Mercer Ridge Health", "Brand Manager, Corporate Communications"),
  "ats-automated", "en-US", "html-only; EEO legal footer", html_only=True,
  extra_footer=["Mercer Ridge Health participates in E-Verify. Pay transparency nondiscrimination provision: [[Pay Transparency Policy Statement]]"]),

A("northgate-taleo-not-selected", "taleo", "Northgate Insurance Group <noreply@taleo.net>",
  "Northgate Insurance Group - Requisition 26000912 - Marketing Specialist", """Dear Sam Taylor,

We wish to thank you for applying for the position of Marketing Specialist (Requisition Number 26000912) in Toronto, Ontario.

We have carefully reviewed the qualifications of all applicants and we regret to advise that you were not selected for this position.

Please be assured that your candidate profile will be retained in our database. We encourage you to visit the Northgate Careers website regularly and to apply to other positions for which you feel qualified.

Northgate Insurance Group is committed to an inclusive, barrier-free recruitment and selection process. If you require accommodation, please contact careers@northgate.example.

Yours truly,
Talent Acquisition
Northgate Insurance Group""", ("careers@northgate.example", "", "Northgate Insurance Group", "Marketing Specialist"),
  "ats-automated", "en-CA", "team address in body", extra_footer=["Requisition: 26000912 | Job Field: Marketing | Organization: NIG Canada"]),

A("liffey-successfactors-keep-profile", "successfactors", "Liffey Bank Recruitment <noreply@successfactors.eu>",
  "Your application: Brand Strategy Manager (Job ID 88312)", """Dear Sam,

Thank you for applying for the role of Brand Strategy Manager with Liffey Bank and for the interest you have shown in joining us.

We have now completed our review of applications. We regret to let you know that you have not been successful on this occasion.

We would like to keep your profile on file so that we can contact you about similar roles over the next 12 months. If you are happy for us to do this, please confirm by selecting the button below. If we do not hear from you, your data will be deleted in line with our retention policy.

Thank you again for your interest in Liffey Bank.

Kind regards,
Liffey Bank Talent Acquisition""", ("", "", "Liffey Bank", "Brand Strategy Manager"), "keep-on-file", "en-IE",
  "data-retention question", button="Yes, keep my profile"),

A("tembusu-smartrecruiters-not-further", "smartrecruiters", "Tembusu Logistics <notification@smartrecruiters.com>",
  "Regional Marketing Manager - Application Update", """Dear Sam,

Thank you for your application for the Regional Marketing Manager position at Tembusu Logistics Pte Ltd.

We have reviewed your profile carefully against the requirements of the role. We regret to inform you that we will not be taking your application further at this time.

Please note that due to the large number of applications we receive, we are unable to provide individual feedback.

We wish you every success in your career.

Yours sincerely,
Human Resources, Tembusu Logistics""", ("", "", "Tembusu Logistics", "Regional Marketing Manager"), "ats-automated", "en-SG"),

A("parallax-ashby-verdict-middle", "ashby", "Parallax Labs <no-reply@ashbyhq.com>",
  "Parallax Labs - Head of Growth", """Hi Sam,

Thank you for the time you spent with us over the last few weeks. The team really enjoyed your conversation with Noor about activation loops, and your portfolio review sparked a long discussion afterwards about how we think about self-serve onboarding.

We've thought hard about it, and we've decided not to move forward with your candidacy for the Head of Growth role. This was a close decision between several strong people, and the deciding factor was hands-on experience with usage-based pricing, which is central to our roadmap next year.

We know that a long process deserves a real answer, so if you'd like more detail, reply to Noor directly at noor.haddad@parallaxlabs.example and she'll set up a short call.

We're grateful for your interest in Parallax and hope our paths cross again.

Warmly,
Noor Haddad
VP Growth, Parallax Labs""", ("noor.haddad@parallaxlabs.example", "Noor", "Parallax Labs", "Head of Growth"),
  "personal-after-interview", "en-US", "verdict in middle; praise; named person in body"),

A("ridgecrest-jobvite-has-been-filled", "jobvite", "Ridgecrest Outdoor Careers <notification@jobvite.com>",
  "Update on your Senior Brand Manager application", """Hello Sam,

Thanks for your interest in the Senior Brand Manager opening at Ridgecrest Outdoor.

We wanted to let you know that this position has been filled. We appreciate the time you took to apply and encourage you to check back on our careers site for future openings.

Get outside,
The Ridgecrest People Team""", ("", "", "Ridgecrest Outdoor", "Senior Brand Manager"), "ats-automated", "en-US", "filled"),

A("foxglove-workable-proceed-others", "workable", "Foxglove Studio <noreply@candidates.workablemail.com>",
  "Your application for Content Marketing Lead at Foxglove Studio", """Hi Sam,

Thank you for taking the time to apply for the Content Marketing Lead role at Foxglove Studio.

We've had a great response and, after careful review, we have decided to proceed with other candidates whose experience is a closer match to our current needs.

We really appreciate your interest in Foxglove and wish you the best of luck in your search.

Cheers,
Foxglove Studio Hiring Team""", ("", "", "Foxglove Studio", "Content Marketing Lead"), "ats-automated", "en-GB"),

A("wattle-bamboohr-pursue-others", "bamboohr", "Wattle & Co <notifications@app.bamboohr.com>",
  "Marketing Manager at Wattle & Co", """Hi Sam,

Thanks heaps for applying for the Marketing Manager role with Wattle & Co. We've enjoyed reading through the applications and getting a feel for the talent out there.

We've decided to pursue other candidates for this position, but we genuinely appreciate you thinking of us.

If you have any questions, you can reach our people team at people@wattleco.example.

Kind regards,
Wattle & Co""", ("people@wattleco.example", "", "Wattle & Co", "Marketing Manager"), "ats-automated", "en-AU",
  "team address in body"),

A("kowhai-teamtailor-doesnt-match", "teamtailor", "Kowhai Digital <noreply@mail.teamtailor.com>",
  "Thanks for applying to Kowhai Digital", """Kia ora Sam,

Thanks for your application for the Product Marketing Lead role at Kowhai Digital. We know putting yourself forward takes effort and we don't take that lightly.

We've reviewed your application and, unfortunately, your profile doesn't match closely enough what we need for this role right now, so we won't be moving to an interview.

Ngā mihi nui,
The Kowhai Digital crew""", ("", "", "Kowhai Digital", "Product Marketing Lead"), "ats-automated", "en-NZ",
  "te reo greeting/sign-off"),

A("saffron-indeed-not-selected", "indeed", "Indeed <noreply@indeed.com>",
  "An update on your application to Saffron Fintech", """Hi Sam,

Saffron Fintech has reviewed your application for Growth Marketing Manager - Bengaluru.

Unfortunately, the employer has decided not to move forward with your application at this time.

{table}

Don't give up - there are new jobs matching your search every day.

[[Growth Marketing Manager - Bengaluru, Karnataka - Ekam Payments]]
[[Senior Marketing Manager - Remote - Tulsi Health]]
[[See more jobs]]""", ("", "", "Saffron Fintech", "Growth Marketing Manager - Bengaluru"), "ats-automated", "en-IN",
  "job-board relay; job recommendations under verdict; bulk headers", bulk=True,
  table=[("Job", "Growth Marketing Manager - Bengaluru"), ("Company", "Saffron Fintech"), ("Status", "Not selected by employer")]),

A("merlion-linkedin-not-moving-forward", "linkedin", "LinkedIn <jobs-noreply@linkedin.com>",
  "Your update from Merlion Media", """Your application to Brand Lead at Merlion Media

Sam, thank you for your interest in the Brand Lead position at Merlion Media in Singapore. Unfortunately, Merlion Media has decided not to move forward with your application.

Applied on LinkedIn, 3 weeks ago

[[View similar jobs]]

Jobs you may be interested in
Brand Manager · Orchard Collective · Singapore (Hybrid)
Marketing Lead, APAC · Senja Robotics · Singapore
Head of Brand · Kopi Tiam Group · Singapore""", ("", "", "Merlion Media", "Brand Lead"), "ats-automated", "en-SG",
  "LinkedIn Easy Apply status mail; bulk", bulk=True),

A("cobalt-workday-status-not-selected", "workday", "Cobalt Aerospace <cobalt@myworkday.com>",
  "Application Status Update", """Hello Sam,

The status of your job application has changed. Please see details below.

{table}

You can view all your applications at any time on the [[Cobalt Careers candidate home]].

Thank you,
Cobalt Aerospace Recruiting""", ("", "", "Cobalt Aerospace", "Marketing Communications Manager"), "ats-automated", "en-US",
  "html-only base64; verdict only in a status table", html_only=True, cte="base64",
  table=[("Job Requisition", "JR-22719 Marketing Communications Manager"), ("Location", "Wichita, KS"), ("Status", "Not Selected")]),

A("stonebridge-greenhouse-requisition-closed", "greenhouse", "Stonebridge Analytics <no-reply@us.greenhouse-mail.io>",
  "Update regarding your Stonebridge Analytics application", """Hi Sam,

We wanted to reach out with an update on the Product Marketing Manager, Analytics role you applied for.

Due to a change in our business priorities, we have closed this requisition and will not be filling the position at this time. As a result, we are no longer reviewing applications for this role.

We are sorry for any disappointment and truly appreciate your interest in Stonebridge. Please keep an eye on our careers page for future opportunities.

Best,
Stonebridge Recruiting""", ("", "", "Stonebridge Analytics", "Product Marketing Manager, Analytics"), "role-cancelled", "en-US"),

A("harbourlight-lever-role-on-hold", "lever", "Harbourlight Travel <no-reply@hire.lever.co>",
  "Brand Marketing Manager - an update from Harbourlight", """Hi Sam,

I'm writing to everyone who applied for our Brand Marketing Manager role with an update.

Following a review of our plans for next year, we've decided to put this role on hold, and we're therefore closing the current recruitment. We're really sorry to be sharing this after you've taken time to apply.

If the role reopens we'll advertise it again, and we'd be glad to hear from you then.

Thanks,
Ellie Marsh
Talent Partner, Harbourlight Travel""", ("", "Ellie", "Harbourlight Travel", "Brand Marketing Manager"), "role-cancelled", "en-GB",
  "signed by named person; no-reply sender, no address"),

A("banksia-smartrecruiters-talent-pool", "smartrecruiters", "Banksia Energy Careers <notification@smartrecruiters.com>",
  "Your application with Banksia Energy", """Dear Sam,

Thank you for applying for the Marketing Lead role at Banksia Energy.

We have now reviewed all applications and unfortunately you have not been successful in progressing to the next stage. Competition for this role was strong.

We would love to stay connected, so we've added your profile to our Talent Pool. You'll be the first to hear about roles that suit your experience. You can remove yourself at any time via the link below.

Regards,
Banksia Energy Talent Team""", ("", "", "Banksia Energy", "Marketing Lead"), "keep-on-file", "en-AU",
  button="Manage my Talent Pool preferences"),

A("deccan-successfactors-internal", "successfactors", "Deccan Consumer Goods Careers <noreply@successfactors.eu>",
  "Application status - Brand Manager – Personal Care", """Dear Sam Taylor,

Thank you for your application for the position of Brand Manager – Personal Care (Requisition 40172, Mumbai).

We would like to inform you that the position has been filled by an internal candidate. Your application for this requisition is therefore closed.

We appreciate your interest in Deccan Consumer Goods and wish you the very best.

Regards,
Talent Acquisition Team
Deccan Consumer Goods Ltd.""", ("", "", "Deccan Consumer Goods", "Brand Manager – Personal Care"), "internal-candidate", "en-IN"),

A("tidewater-ashby-take-home", "ashby", "Tidewater Software <no-reply@ashbyhq.com>",
  "Your Tidewater take-home exercise", """Hi Sam,

Thank you for completing the take-home exercise for the Product Marketing Manager role. We know it's a real investment of time and we appreciate the thought you put into the positioning memo.

The panel reviewed all submissions this week. After reviewing your take-home, we won't be moving forward to the final interview stage. The main gap the panel noted was depth on competitive analysis for the mid-market segment.

Thank you again, and best of luck,
Tidewater Talent""", ("", "", "Tidewater Software", "Product Marketing Manager"), "after-assessment", "en-CA"),

A("granitepeak-icims-resent", "icims", "Granite Peak Bank Recruiting <donotreply@talent.icims.com>",
  "RESENT: Your application to Granite Peak Bank - Marketing Manager, Digital", """This message is being re-sent because an earlier delivery may not have reached you.

Dear Sam,

Thank you for your interest in the Marketing Manager, Digital position at Granite Peak Bank. We received many qualified applications, and after careful review we have selected other candidates to move forward in the process.

We appreciate the time you spent applying and wish you success in your job search.

Sincerely,
Granite Peak Bank Talent Acquisition""", ("", "", "Granite Peak Bank", "Marketing Manager, Digital"), "ats-automated", "en-US",
  "re-sent by sender"),

A("laurentide-taleo-bilingual", "taleo", "Laurentide Assurances <noreply@taleo.net>",
  "Marketing Advisor / Conseiller(ère) en marketing - 2600331", """(Le français suit.)

Dear Sam Taylor,

Thank you for your interest in the Marketing Advisor position (2600331) at Laurentide Assurances. We regret to inform you that your candidacy was not retained for the next steps of the selection process.

We encourage you to consult our career site regularly.

Human Resources, Laurentide Assurances

------

Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous portez au poste de Conseiller(ère) en marketing (2600331) chez Laurentide Assurances. Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour les prochaines étapes du processus de sélection.

Ressources humaines, Laurentide Assurances""", ("", "", "Laurentide Assurances", "Marketing Advisor"), "ats-automated", "en-CA",
  "mixed-language: English then French version", extra_footer=["Veuillez ne pas répondre à ce courriel. Please do not reply to this email."]),

A("orchidpay-workday-long-not-shortlisted", "workday", "OrchidPay Talent <orchidpay@myworkday.com>",
  "OrchidPay | Senior Manager, Product Marketing", """Dear Sam,

Thank you for applying for the Senior Manager, Product Marketing role at OrchidPay. At OrchidPay we are building the payments backbone for Southeast Asia's merchants, and in the last year we have grown to more than 900 people across Singapore, Jakarta, Ho Chi Minh City and Manila. Our marketing team sits at the centre of that growth.

Our hiring process is designed to be fair and consistent. Every application is reviewed by a member of our Talent Acquisition team and by the hiring manager against the published requirements of the role, and we aim to give every applicant an answer within four weeks.

Having reviewed your application, we regret that you have not been shortlisted for this role. This does not necessarily reflect on your abilities, and we would encourage you to apply for other roles at OrchidPay that match your experience.

Under the Personal Data Protection Act 2012, OrchidPay will retain your application data for up to 12 months for recruitment purposes. You may withdraw consent at any time by contacting privacy@orchidpay.example.

Yours sincerely,
Talent Acquisition, OrchidPay""", ("", "", "OrchidPay", "Senior Manager, Product Marketing"), "ats-automated", "en-SG",
  "long letter, verdict in middle; PDPA notice"),

A("glasnevin-greenhouse-reply-to-recruiter", "greenhouse", "Glasnevin Software <no-reply@us.greenhouse-mail.io>",
  "Your application to Glasnevin Software", """Hi Sam,

Thank you for your application for the Product Marketing Manager position at Glasnevin Software, and for speaking with me last week.

Having reviewed your application alongside the other candidates, we have decided not to progress your application at this time.

I appreciate this isn't the news you were hoping for. If you'd like to hear about future roles, just reply to this email.

Best wishes,
Aoife Brennan
Talent Acquisition Partner""", ("aoife.brennan@glasnevinsoftware.example", "Aoife", "Glasnevin Software", "Product Marketing Manager"),
  "personal-after-interview", "en-IE", "Reply-To recruiter on no-reply sender",
  reply_to="Aoife Brennan <aoife.brennan@glasnevinsoftware.example>"),

A("tussock-workable-short", "workable", "Tussock Creative <noreply@candidates.workablemail.com>",
  "Senior Marketing Coordinator - Tussock Creative", """Hi Sam,

Thanks for applying. We've decided to go with other candidates for the Senior Marketing Coordinator role.

Good luck with the search!
Tussock Creative""", ("", "", "Tussock Creative", "Senior Marketing Coordinator"), "terse", "en-NZ"),

A("bluefin-jobvite-video-interview", "jobvite", "Bluefin Media Group <notification@jobvite.com>",
  "Bluefin Media Group: Director of Brand", """Dear Sam,

Thank you for completing the recorded video interview for the Director of Brand position. Our hiring team has reviewed all responses.

We have selected another candidate whose experience is more closely aligned with the requirements of the role, and we will not be moving your application forward.

We appreciate your interest in Bluefin Media Group.

Regards,
Bluefin Media Group Talent Acquisition""", ("", "", "Bluefin Media Group", "Director of Brand"), "after-assessment", "en-US"),

A("oakmere-teamtailor-connect", "teamtailor", "Oakmere Studios <noreply@mail.teamtailor.com>",
  "Head of Content at Oakmere Studios", """Hi Sam,

Thank you for applying for the Head of Content position at Oakmere Studios and for meeting the team.

We're sorry to tell you that your application has been unsuccessful. It was a strong field and the team found the decision difficult.

We'd like to invite you to join Oakmere Connect, our talent community, so we can let you know when new roles come up.

Best wishes,
People & Culture, Oakmere Studios""", ("", "", "Oakmere Studios", "Head of Content"), "keep-on-file", "en-GB",
  button="Join Oakmere Connect"),

A("cedarlane-bamboohr-filled", "bamboohr", "Cedar Lane Coffee <notifications@app.bamboohr.com>",
  "Marketing Manager Position", """Hi Sam,

Thank you for your interest in the Marketing Manager position at Cedar Lane Coffee. We wanted to let you know the position has been filled.

We will keep your resume on file and reach out if something else comes up.

Thanks again,
Cedar Lane Coffee Hiring""", ("", "", "Cedar Lane Coffee", "Marketing Manager"), "ats-automated", "en-US"),

A("coastline-indeed-employer-message", "indeed", "Coastline Property Group via Indeed <noreply@indeed.com>",
  "New message from Coastline Property Group", """Coastline Property Group sent you a message about Marketing Executive

"Hi Sam, thanks for your interest in the Marketing Executive role and for your time. We've chosen to progress with other candidates whose experience is a closer match. We wish you all the best. - Georgia, Coastline Property Group"

[[Reply on Indeed]]

Sent from Indeed Messaging. Replies to this email go to the employer through Indeed.""",
  ("", "Georgia", "Coastline Property Group", "Marketing Executive"), "ats-automated", "en-AU",
  "job-board relay of employer's message; bulk", bulk=True),

A("kestrel-lever-closing-application", "lever", "Kestrel Labs <no-reply@hire.lever.co>",
  "Kestrel Labs - Product Marketing Manager (Pune)", """Hi Sam,

Thank you for your interest in the Product Marketing Manager (Pune) role at Kestrel Labs.

We are writing to let you know that we are closing your application for this role, as we will not be proceeding with your candidature. We received a large number of applications and the role required deeper B2B SaaS experience.

Regards,
Team Kestrel""", ("", "", "Kestrel Labs", "Product Marketing Manager (Pune)"), "ats-automated", "en-IN"),

# ---------------- personal ----------------

P("pemberton-recruiter-not-good-news", "Hannah Whitlock <hannah.whitlock@pembertonfoods.example>",
  "Re: Marketing Manager interview", """Hi Sam,

Thanks again for coming in on Tuesday, it was lovely to meet you.

I'm afraid it's not good news this time. The panel felt another candidate had a bit more category experience in chilled foods, so we won't be offering you the Marketing Manager role.

Really appreciate your time and do keep an eye on our site.

Best,
Hannah

Hannah Whitlock | Talent Acquisition Partner
Pemberton Foods
M: 07700 900412""", ("hannah.whitlock@pembertonfoods.example", "Hannah", "Pemberton Foods", "Marketing Manager"),
  "personal-after-interview", "en-GB", "ordinary", parent=True),

P("tallgrass-hiring-manager-long-feedback", "Marcus Bell <marcus.bell@tallgrassmedia.example>",
  "Senior PMM - thank you and some feedback", """Hi Sam,

I wanted to write to you myself rather than have this come through the recruiting system, because you gave us a lot of your time across four conversations.

First, the good parts. Everyone on the panel liked your launch plan for the creator subscription tier, and Dev in particular said your pricing page teardown was the sharpest he'd seen this year. You were also the only candidate who asked about our churn cohorts, which I noticed.

That said, we've decided to go with another candidate for the Senior Product Marketing Manager role. It came down to B2B sales enablement: the person we chose has run enablement for a 200-seat sales team, and that's the gap we most need to close in the next six months.

A few thoughts, take them or leave them:
- your narrative in the final presentation was strong, but the numbers slide came very late
- I'd lead with the measurable outcomes from Calder Street earlier in interviews

I'd genuinely be glad to stay in touch, and if anything changes on our side I'll reach out.

Marcus

Marcus Bell
VP Marketing, Tallgrass Media
+1 (312) 555-0148""", ("marcus.bell@tallgrassmedia.example", "Marcus", "Tallgrass Media", "Senior Product Marketing Manager"),
  "personal-after-interview", "en-US", "verdict in middle of long praise", client_html=True),

P("harboursearch-agency-client-not-progress", "Rebecca Lowe <rebecca@harboursearch.example>",
  "Ellison & Grey - Brand Director", """Morning Sam,

Hope you had a good weekend.

I've had feedback from Ellison & Grey on the Brand Director role. Unfortunately they've decided not to progress your application any further - they've got two candidates through to final stage who both come from luxury retail, and they felt that was the better match for where the brand is heading.

I know you were keen on this one so I'm sorry it's not better news. Your CV is strong and I'd like to keep working with you - I've got a couple of things coming in from clients over the next few weeks that I'll call you about.

Speak soon,
Rebecca

Rebecca Lowe
Senior Consultant - Marketing & Creative
Harbour Search Partners Ltd
T: 020 7946 0321 | M: 07700 900877
Harbour Search Partners is acting as an employment agency in relation to this vacancy.""",
  ("rebecca@harboursearch.example", "Rebecca", "Ellison & Grey", "Brand Director"), "agency-recruiter", "en-GB", "agency relays client's no"),

P("talentbridge-india-not-shortlisted", "Pradeep Kumar <pradeep.k@talentbridge.example>",
  "RE: Profile for Marketing Manager - Nilgiri Beverages", """Dear Sam,

Greetings from TalentBridge Consulting!

This is with reference to your profile shared for the Marketing Manager position with our client Nilgiri Beverages. Kindly note the client has reviewed and your profile is not shortlisted for the further process as they are looking for candidates with more experience in the beverages / FMCG domain.

We will surely get back to you for any other suitable opening matching your profile.

Thanks & Regards,
Pradeep Kumar
Senior Recruiter | TalentBridge Consulting Pvt. Ltd.
Mob: +91 98450 12345
www.talentbridge.example""", ("pradeep.k@talentbridge.example", "Pradeep", "Nilgiri Beverages", "Marketing Manager"),
  "agency-recruiter", "en-IN", "Indian English agency phrasing", parent=True),

P("bluegum-terse-gone-with-another", "Jess Nguyen <jess@bluegumanalytics.example>",
  "Re: Marketing Lead", """Hi Sam, just a quick one - we've gone with another candidate. Thanks heaps for your time, really enjoyed chatting.

Jess
Bluegum Analytics

Sent from my iPhone""", ("jess@bluegumanalytics.example", "Jess", "Bluegum Analytics", "Marketing Lead"), "terse", "en-AU",
  "very short; role only in subject", parent=True),

P("lumen-reply-above-thread-offered-elsewhere", "Priya Raman <priya.raman@lumenhealth.example>",
  "Re: Following up - Senior PMM", """Hi Sam,

Thanks for following up, and sorry for the silence - it's been a hectic couple of weeks. I wish I had better news: we ended up offering the role to someone else, and they accepted on Friday.

You were very close, and the hiring manager specifically asked me to say how much she liked your case study.

All the best,
Priya

On Mon, 12 Oct 2026 at 09:14, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Priya,
>
> I hope you're well. I just wanted to follow up on the Senior PMM role after my final interview on the 29th. Is there any update on timing? I'm still very excited about Lumen Health.
>
> Best,
> Sam""", ("priya.raman@lumenhealth.example", "Priya", "Lumen Health", "Senior PMM"), "personal-after-interview", "en-US",
  "reply above quoted thread (Sam's chaser)", parent=True),

P("maplewood-resent-own-rejection", "Chloe Tremblay <chloe.tremblay@maplewoodgames.example>",
  "Fw: Brand Manager application - Maplewood Games", """Hi Sam,

Resending this in case it got lost - I realised I'd sent it to an old address. Sorry again, and thanks for your patience.

Chloe

________________________________
From: Chloe Tremblay <chloe.tremblay@maplewoodgames.example>
Sent: Wednesday, October 7, 2026 4:52 PM
To: sam.taylor@oldmail.example
Subject: Brand Manager application - Maplewood Games

Hi Sam,

Thank you for interviewing for the Brand Manager role at Maplewood Games. After a lot of discussion, the team has decided to move forward with another candidate whose background is closer to mobile gaming.

We were impressed by your work on audience research and hope you'll consider us again in future.

Best regards,
Chloe Tremblay
Talent Partner, Maplewood Games
Montréal | Toronto""", ("chloe.tremblay@maplewoodgames.example", "Chloe", "Maplewood Games", "Brand Manager"),
  "personal-after-interview", "en-CA", "re-sent/forwarded by its own sender, Outlook header"),

P("flaxfern-role-on-hold-budget", "Tom Parata <tom@flaxandfern.example>",
  "Marketing Manager role - update", """Kia ora Sam,

Thanks for your patience since we spoke. I'm sorry to be writing with this, but the board has frozen new hires until after the March budget, so the Marketing Manager role has been put on hold indefinitely. We're stopping the recruitment for now.

It's frustrating for us as well as for you, as you were on our shortlist. If it's re-opened later in the year I'll get in touch directly.

Ngā mihi,
Tom Parata
General Manager, Flax & Fern Co-op
021 555 0193""", ("tom@flaxandfern.example", "Tom", "Flax & Fern Co-op", "Marketing Manager"), "role-cancelled", "en-NZ"),

P("straitscapital-filled-internally", "Tan Wei Ling <weiling.tan@straitscapital.example>",
  "Head of Marketing - outcome", """Dear Sam,

Thank you for meeting with our managing partners last week for the Head of Marketing role.

I wanted to inform you personally that after further deliberation, the firm has decided to fill the role internally, with a colleague from our Hong Kong office relocating to Singapore.

This is no reflection on your candidacy; the partners enjoyed the conversation. We would be happy to keep in contact should another opportunity arise.

Best regards,
Wei Ling

Tan Wei Ling
Head of Human Resources | Straits Capital Pte. Ltd.
DID: +65 6123 4567""", ("weiling.tan@straitscapital.example", "Wei Ling", "Straits Capital", "Head of Marketing"),
  "internal-candidate", "en-SG", "first name is two words"),

P("howth-case-study-not-final", "Ciarán Walsh <ciaran.walsh@howthanalytics.example>",
  "Growth Lead - case study", """Hi Sam,

Thanks a million for the case study on Friday, there was a lot of good thinking in it.

We've now met as a panel. I'm sorry to say we won't be taking you through to the final round for the Growth Lead role - the consensus was that the acquisition model needed more rigour on CAC payback, which is a big part of the job here.

I'm happy to talk through the feedback in more detail if useful, just give me a shout.

All the best,
Ciarán

Ciarán Walsh
Head of Growth | Howth Analytics
+353 1 555 0172""", ("ciaran.walsh@howthanalytics.example", "Ciarán", "Howth Analytics", "Growth Lead"),
  "after-assessment", "en-IE", "fada in name", client_html=True),

P("redgum-agency-casual-typos", "Dave Kirby <dave@redgumrecruitment.example>",
  "ironbark", """Hey Sam

Bad news unfortunatley mate - Ironbark have gone with someone with more FMCG exp for the Brand Manager gig. For what its worth the hiring manager said you interviewed really well, just came down to category.

Ill give you a bell next week, got a couple of other things on the go.

Cheers
Dave

Dave Kirby | Redgum Recruitment
0412 555 309

Sent from my Galaxy""", ("dave@redgumrecruitment.example", "Dave", "Ironbark", "Brand Manager"), "agency-recruiter", "en-AU",
  "typos; phone; company named only briefly"),

P("verglas-bilingual-footer", "Mathieu Gagnon <mathieu@verglasstudio.example>",
  "Product Marketing Lead - Verglas Studio", """Hi Sam,

Thank you for the great conversation on Thursday and for the work you put into preparing.

We've taken the time to think it through, and we've decided not to move ahead with your application for the Product Marketing Lead position. We're looking for someone who can also write and publish in French for our Quebec audience, and that turned out to be the deciding factor.

Thanks again, and best of luck,

Mathieu Gagnon
Co-founder, Verglas Studio
514-555-0133

AVIS DE CONFIDENTIALITÉ : Ce courriel est confidentiel et destiné uniquement au destinataire. S'il vous a été transmis par erreur, veuillez le supprimer et nous en aviser. / CONFIDENTIALITY NOTICE: This email is confidential and intended only for the addressee.""",
  ("mathieu@verglasstudio.example", "Mathieu", "Verglas Studio", "Product Marketing Lead"), "personal-after-interview", "en-CA",
  "mixed-language: French-first confidentiality footer"),

P("sorrel-founder-long-verdict-middle", "Juniper Hale <juniper@sorrelbooks.example>",
  "Thank you - Head of Marketing", """Dear Sam,

I hope this finds you well. I've been meaning to write since our conversation at the shop, and I want to do it properly.

Sorrel Books is at an odd moment. We've gone from one shop to three in two years, the subscription box has overtaken walk-in sales in two of them, and we're about to sign a lease in Bristol. Everything you said about building a list before building a brand made a lot of sense to me, and I've already stolen your idea of the monthly staff letter.

After a lot of back and forth with Alistair, we've decided not to offer you the Head of Marketing position. The honest reason is money rather than merit: we can only afford one senior hire this year, and we've decided it has to be someone who can also run the shops day to day, which isn't what you're after.

I realise that's a lot of preamble for a no. I'd love to buy you a coffee when we open in Bristol, and if you'd ever be up for a bit of freelance advice I'd pay you properly for it.

With warm wishes,
Juniper

Juniper Hale
Founder, Sorrel Books""", ("juniper@sorrelbooks.example", "Juniper", "Sorrel Books", "Head of Marketing"),
  "personal-after-interview", "en-GB", "verdict in middle; friendly close offers freelance"),

P("westloop-keep-in-mind", "Dana Whitford <dana@westloopventures.example>",
  "Re: VP Marketing conversation", """Sam,

Thanks for your patience. We've finished the first round of conversations for the VP Marketing role and I don't think you're the right fit for this one - we've leaned towards people who've led a marketing team through a Series B, and that's the lens the partners are using.

I'd love to keep you in mind for the portfolio, though. Two of our companies will be hiring heads of marketing in Q1 and I'll pass your name along if you're open to it.

Dana

Dana Whitford | Talent Partner, Westloop Ventures""", ("dana@westloopventures.example", "Dana", "Westloop Ventures", "VP Marketing"),
  "keep-on-file", "en-US", "verdict plus pitch", parent=True),

P("pinecrest-very-short", "Kevin Ross <kevin@pinecrestbrewing.example>",
  "Re: Marketing Director application", """Sorry Sam - position's been filled. Appreciate you reaching out.

Kev

Kevin Ross | Pinecrest Brewing""", ("kevin@pinecrestbrewing.example", "Kevin", "Pinecrest Brewing", "Marketing Director"),
  "terse", "en-US", "very short; greeting name differs from signature (Kev)", parent=True),

P("apextalent-client-withdrew", "Nicholas Lim <nicholas.lim@apextalent.example>",
  "Regional Brand Manager - Kallang Wealth", """Hi Sam,

Hope your week is going well.

I've just come off a call with Kallang Wealth. They've informed me that they have withdrawn the Regional Brand Manager role - the regional marketing team is being restructured after their merger, and the position will no longer exist in its current form. So unfortunately your application won't be going any further with them.

I'm sorry, as I know you got on well with their CMO. I'll keep you posted on other regional roles.

Best regards,
Nicholas Lim
Principal Consultant | Apex Talent Asia
EA Licence No. 21C0000 | Reg. No. R1234567
+65 9123 4567""", ("nicholas.lim@apextalent.example", "Nicholas", "Kallang Wealth", "Regional Brand Manager"),
  "role-cancelled", "en-SG", "agency; client withdrew role"),

P("prairiegrid-offer-accepted-elsewhere", "Ravi Mehta <ravi.mehta@prairiegrid.example>",
  "Director, Product Marketing", """Hi Sam,

I wanted to let you know where we landed. We've made an offer to another candidate for the Director, Product Marketing role, and they've accepted.

Thank you for the energy you brought to the final round; the exec team really enjoyed the discussion on the utilities segment. I'd be glad to be a reference point for you in the Calgary market if that's ever useful.

Best,
Ravi

Ravi Mehta
SVP Marketing, Prairie Grid
403-555-0174""", ("ravi.mehta@prairiegrid.example", "Ravi", "Prairie Grid", "Director, Product Marketing"),
  "personal-after-interview", "en-CA", "verdict at start"),

P("kaveri-hr-formal", "Ananya Iyer <ananya.iyer@kaveriretail.example>",
  "Interview Result - Assistant Marketing Manager", """Dear Sam Taylor,

With reference to your interview held on 14th October 2026 for the post of Assistant Marketing Manager, we regret to inform you that you have not been selected for the said position.

We thank you for the interest shown in Kaveri Retail and wish you success in your future endeavours.

Regards,
Ananya Iyer
Manager - HR
Kaveri Retail Ltd.
Ph: +91 80 4123 4567""", ("ananya.iyer@kaveriretail.example", "Ananya", "Kaveri Retail", "Assistant Marketing Manager"),
  "personal-after-interview", "en-IN", "formal Indian HR letter"),

P("mallard-outlook-reply-panel", "Gareth Evans <gareth.evans@mallardinsurance.example>",
  "RE: Thank you - Marketing Manager interview", """Hi Sam,

Apologies for the slow reply. The panel have now met and I'm sorry to say we won't be offering you the role on this occasion. It was very close between you and one other candidate.

Thank you for your kind note below, it was much appreciated.

Kind regards,
Gareth

Gareth Evans
Head of Marketing, Mallard Insurance
01632 960 555

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 02 November 2026 18:41
To: Gareth Evans <gareth.evans@mallardinsurance.example>
Subject: Thank you - Marketing Manager interview

Dear Gareth,

Thank you for taking the time to meet me today about the Marketing Manager role. I really enjoyed hearing about the plans for the direct channel and I'm very excited about the opportunity.

Best wishes,
Sam""", ("gareth.evans@mallardinsurance.example", "Gareth", "Mallard Insurance", "Marketing Manager"),
  "personal-after-interview", "en-GB", "Outlook reply above Sam's enthusiastic thank-you", parent=True),

P("copperline-forwarded-by-hiring-manager", "Elena Ruiz <elena.ruiz@copperlinemedia.example>",
  "Fwd: Candidate status - Senior Content Strategist", """Sam - so sorry, HR was supposed to send this to you directly last week and I've just found out it went nowhere. I wanted you to hear it properly. You were a strong finalist and I'd be glad to stay in touch.

Elena

---------- Forwarded message ---------
From: Copperline Media HR <hr@copperlinemedia.example>
Date: Thu, Oct 22, 2026 at 3:10 PM
Subject: Candidate status - Senior Content Strategist
To: Elena Ruiz <elena.ruiz@copperlinemedia.example>

Hi Elena,

Please find below the outcome note for candidate Sam Taylor (Senior Content Strategist, req 5521):

"Dear Sam, thank you for interviewing with Copperline Media. After careful consideration we have decided not to move forward with your candidacy for the Senior Content Strategist role. We appreciate your time and interest."

Could you send this on, or shall we?

Thanks,
Copperline HR""", ("elena.ruiz@copperlinemedia.example", "Elena", "Copperline Media", "Senior Content Strategist"),
  "personal-after-interview", "en-US", "forwarded by hiring manager; verdict only inside forwarded block"),
]
