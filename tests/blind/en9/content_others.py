"""The 50 hard negatives of the en9 set as data (30 ATS-style / automated HTML, 20 personal)."""


def A(slug, vendor, frm, subject, text, cat, variant, notes="", brand="", **kw):
    return dict(slug=slug, label="other", style="ats", vendor=vendor, frm=frm, subject=subject, text=text,
                cat=cat, variant=variant, notes=vendor + ("; " + notes if notes else ""), brand=brand, **kw)


def P(slug, frm, subject, text, cat, variant, notes="", **kw):
    return dict(slug=slug, label="other", style="personal", frm=frm, subject=subject, text=text,
                cat=cat, variant=variant, notes=notes, **kw)


SAM = "Sam Taylor <sam.taylor@example.org>"

MESSAGES = [
A("alderbank-workday-ack-volume", "workday", "Alderbank Financial <alderbank@myworkday.com>",
  "Thank you for applying to Alderbank Financial", """Dear Sam,

Thank you for applying for the Product Marketing Manager, Cards position (R-31177). We have received your application and our recruiting team will review it.

If your qualifications match the requirements of the role, a recruiter will contact you to discuss next steps. Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you do not hear from us within 30 days, please assume we have decided not to move forward.

You can track the status of your application at any time through Candidate Home.

Regards,
Alderbank Talent Acquisition""", "ack-received", "en-US", "hedged ack with conditional 'decided not to move forward'", brand="Alderbank Financial"),

A("thornbury-greenhouse-ack-either-way", "greenhouse", "Thornbury Health <no-reply@us.greenhouse-mail.io>",
  "Thanks for applying to Thornbury Health!", """Hi Sam,

Thanks for applying for the Brand Marketing Manager role at Thornbury Health. Your application has been received and our team will review it shortly.

We read every application. Whatever the outcome, we'll be in touch either way - we don't believe in leaving candidates hanging, and if it isn't a match this time we'll tell you.

In the meantime, take a look at [[Life at Thornbury]].

Best,
Thornbury Talent Team""", "ack-received", "en-GB", "ack promising an answer 'if it isn't a match'", brand="Thornbury Health"),

A("slate-lever-interview-invite", "lever", "Slate & Sail <no-reply@hire.lever.co>",
  "Next steps with Slate & Sail - schedule your interview", """Hi Sam,

Thanks for applying for the Senior Product Marketing Manager role! We've reviewed your application and we'd love to move forward with a 30-minute video call with Rosa Delgado, our Head of Marketing.

Please pick a time that works for you using the link below. Unfortunately we can't offer evening slots, but if none of the times suit just reply and we'll sort something out.

Looking forward to it,
Slate & Sail Recruiting""", "interview-invite", "en-US", "'move forward' and 'unfortunately' in an invite", brand="Slate & Sail",
  button="Schedule interview", reply_to="Rosa Delgado <rosa@slateandsail.example>"),

A("vantage-icims-next-stage", "icims", "Vantage Pharma Careers <donotreply@talent.icims.com>",
  "Congratulations - Next Steps for Marketing Manager, Oncology (Req 2026-8812)", """Dear Sam,

Thank you for your interest in the Marketing Manager, Oncology position. We are pleased to inform you that you have been selected to move forward to the next stage of our selection process.

A member of our Talent Acquisition team will contact you within the next five business days to arrange a phone interview. Please note that candidates not selected for interview have been notified separately.

Sincerely,
Vantage Pharma Talent Acquisition""", "interview-invite", "en-US", "html-only; mentions other candidates not selected", brand="Vantage Pharma", html_only=True),

A("northgate-taleo-requisition-transfer", "taleo", "Northgate Insurance Group <noreply@taleo.net>",
  "Northgate Insurance Group - Your application has been transferred", """Dear Sam Taylor,

Thank you for your interest in Northgate Insurance Group.

The requisition you applied to, Digital Marketing Lead (26000877), has been closed and will not be filled as advertised. Our recruiting team believes your profile is well suited to a related opening, so your application has been transferred to requisition 26001034, Digital Marketing Lead - Personal Lines, in Toronto. No action is required on your part, and your application is under active consideration.

Talent Acquisition
Northgate Insurance Group""", "requisition-transfer", "en-CA", "old requisition closed but application alive", brand="Northgate Insurance Group"),

A("shannon-successfactors-assessment", "successfactors", "Shannon Aviation Recruitment <noreply@successfactors.eu>",
  "Online assessment invitation - Marketing Insights Manager", """Dear Sam,

Thank you for your application for the position of Marketing Insights Manager. We are pleased to invite you to complete our online assessment, which consists of a numerical reasoning test and a work-style questionnaire (approx. 40 minutes).

Please complete the assessment by 23:59 on Friday. Unfortunately, we are not able to extend this deadline, and applications without a completed assessment cannot be considered further.

Good luck!
Shannon Aviation Talent Acquisition""", "assessment-invite", "en-IE", "hedge about not being considered further", brand="Shannon Aviation",
  button="Start assessment"),

A("marinabay-smartrecruiters-offer", "smartrecruiters", "Marina Bay Hotels Group <notification@smartrecruiters.com>",
  "Your offer from Marina Bay Hotels Group", """Dear Sam,

Congratulations! We are delighted to extend to you an offer for the position of Senior Brand Manager.

Please review your offer letter in your SmartRecruiters candidate portal and accept or decline it by 30 November 2026. If we do not receive a response by then, the offer will lapse.

We look forward to welcoming you.

Warm regards,
People & Culture, Marina Bay Hotels Group""", "offer", "en-SG", "offer with 'decline' and 'lapse'", brand="Marina Bay Hotels Group",
  button="View offer"),

A("fernway-ashby-reference-request", "ashby", "Fernway <no-reply@ashbyhq.com>",
  "Fernway - references for your Product Marketing Lead application", """Hi Sam,

Great news - the team would like to move to the reference stage for the Product Marketing Lead role.

Please provide details for two referees, ideally one current or recent manager, using the form below. We'll only contact them once you've confirmed.

Thanks,
Fernway Talent""", "status-update", "en-US", brand="Fernway", button="Add referees"),

A("lakeshore-jobvite-withdrawn-confirm", "jobvite", "Lakeshore Brands Careers <notification@jobvite.com>",
  "Your application has been withdrawn", """Hello Sam,

This confirms that you have withdrawn your application for the Associate Director, Brand Strategy position at Lakeshore Brands. Your application will no longer be considered for this role.

If this was a mistake, or you change your mind, you are welcome to apply again while the job is open.

Lakeshore Brands Talent Acquisition""", "withdrawal-confirmation", "en-US", "Sam withdrew", brand="Lakeshore Brands"),

A("kittiwake-workable-under-review", "workable", "Kittiwake Travel <noreply@candidates.workablemail.com>",
  "We've received your application for Marketing Manager", """Hi Sam,

Thanks for applying for the Marketing Manager role at Kittiwake Travel. Your application is now with our hiring team.

We usually get back to candidates within two weeks. Unfortunately, because of the number of applications, we can't give individual feedback to everyone who isn't shortlisted, but we will let you know the outcome.

Thanks,
Kittiwake Travel""", "ack-received", "en-GB", "hedged ack", brand="Kittiwake Travel"),

A("saltbush-bamboohr-reschedule", "bamboohr", "Saltbush Health <notifications@app.bamboohr.com>",
  "Change to your interview - Marketing Lead", """Hi Sam,

We're sorry, but we need to cancel your interview on Thursday for the Marketing Lead role - our CEO has been called interstate.

The role is still very much open and we'd like to see you. Could you do Monday 10am or Tuesday 2pm instead? Just reply to Mia at mia.c@saltbushhealth.example.

Apologies for the inconvenience,
Saltbush Health""", "reschedule", "en-AU", "'cancel' an interview, role open", brand="Saltbush Health"),

A("pohutukawa-teamtailor-talent-community", "teamtailor", "Pohutukawa Energy <noreply@mail.teamtailor.com>",
  "Join the Pohutukawa Energy talent community", """Kia ora Sam,

Thanks for following Pohutukawa Energy on our careers site. We don't have an open role in marketing right now, but we'd love to keep in touch.

Join our talent community and we'll let you know when roles that match your interests open up. Not interested? No worries - you can ignore this email and we won't contact you again.

Ngā mihi,
Pohutukawa Energy Talent Team""", "talent-pool-invite", "en-NZ", "no application, no verdict", brand="Pohutukawa Energy", button="Join talent community", bulk=True),

A("indeed-job-alert-digest", "indeed", "Indeed <alert@indeed.com>",
  "30+ new Product Marketing Manager jobs in Toronto, ON", """Product Marketing Manager jobs in Toronto, ON

[[Product Marketing Manager]]
Maplewood Games - Toronto, ON - $95,000 - $115,000 a year
Easily apply

[[Senior Product Marketing Manager]]
Prairie Grid - Remote in Ontario
Responsive employer

[[Brand Manager (Contract, position filled internally - reposted)]]
Laurentide Assurances - Toronto, ON

[[See all jobs]]

You received this alert because you searched for "Product Marketing Manager" in Toronto, ON.""",
  "job-alert", "en-CA", "lists companies that rejected Sam; 'filled' in a listing", brand="Indeed", bulk=True),

A("linkedin-application-viewed", "linkedin", "LinkedIn <jobs-noreply@linkedin.com>",
  "Your application was viewed by Ganga Fintech", """Sam, your application was viewed

Ganga Fintech viewed your application for Senior Manager - Product Marketing.

Applied 5 days ago · Bengaluru, Karnataka, India

[[View job]]

Not hearing back? Most employers take 1-2 weeks to respond. Don't be discouraged by rejection - keep applying.""",
  "status-update", "en-IN", "bulk; 'rejection' in advice line", brand="LinkedIn", bulk=True),

A("careers-newsletter-handling-rejection", "generic", "The Career Shortlist <hello@careershortlist.example>",
  "How to reply to a rejection email (with templates)", """This week: turning a "no" into a relationship

"Unfortunately, we have decided to move forward with other candidates." We've all had that email. Here's what to do next.

1. Reply within 48 hours. Thank them, and ask to be considered for future roles.
2. Ask for feedback - briefly.
3. Connect with the hiring manager on LinkedIn.

[[Read the full article]]

Also this week: 12 marketing roles hiring now, and why "the position has been filled" doesn't always mean what you think.""",
  "newsletter", "en-US", "quotes rejection phrasings", brand="The Career Shortlist", bulk=True),

A("calder-workday-own-req-declined", "workday", "Calder Street Media <calderstreet@myworkday.com>",
  "Candidate disposition: R-1022 Marketing Analyst", """Hello Sam Taylor,

The following candidate on your requisition has been moved to a new status.

{table}

The candidate will receive the standard regret email in 48 hours unless you reverse this decision in the Hiring Manager dashboard.

This is an automated notification from Calder Street Media HR.""", "owner-is-hiring-manager", "en-GB",
  "Sam is the hiring manager; Sam's own company ATS", brand="Calder Street Media",
  table=[("Candidate", "Jamie Patel"), ("Requisition", "R-1022 Marketing Analyst"), ("Hiring Manager", "Sam Taylor"), ("New status", "Declined - Not Selected")]),

A("calder-greenhouse-rejection-sent", "greenhouse", "Greenhouse <no-reply@greenhouse.io>",
  "Rejection email sent to Morgan Lee (Content Producer)", """Hi Sam,

A rejection email was sent to Morgan Lee for the Content Producer job at Calder Street Media.

Rejection reason: Lacking skills/qualifications
Sent by: Priya Anand (Recruiter)

[[View candidate profile]]

You're receiving this because you are a Hiring Manager on Content Producer.""", "owner-is-hiring-manager", "en-GB",
  "internal ATS notification about a candidate Sam's team rejected", brand="Calder Street Media"),

A("harbourbank-card-declined", "generic", "Harbour Bank <alerts@harbourbank.example>",
  "Your card payment was declined", """Hi Sam,

A payment of £84.20 to SKYROUTE AIR on your Harbour Bank debit card ending 4417 was declined.

Reason: the transaction was flagged by our fraud checks. If this was you, confirm in the app and try again.

If you don't recognise this payment, call us straight away on 0345 555 0199.

Harbour Bank plc. Registered in England and Wales. Authorised by the Prudential Regulation Authority.""",
  "non-job-rejection", "en-GB", "declined card", brand="Harbour Bank"),

A("conference-talk-not-selected", "generic", "MarketingConf Dublin Programme Team <speakers@marketingconf.example>",
  "Your session proposal for MarketingConf Dublin 2027", """Dear Sam,

Thank you for submitting "Research that product teams actually read" to MarketingConf Dublin 2027.

We received over 600 proposals for 48 slots. We regret to inform you that your proposal was not selected for the programme this year. This was an extremely competitive year and we had to turn down many excellent sessions.

As a thank-you, here's a 30% discount code for a ticket: SPEAKER30.

The MarketingConf Programme Committee""", "non-job-rejection", "en-IE", "talk rejected", brand="MarketingConf Dublin"),

A("rental-application-unsuccessful", "generic", "RentEasy <noreply@renteasy.example>",
  "Your application for 3/41 Rathdowne Street, Carlton was unsuccessful", """Hi Sam,

Thank you for applying for 3/41 Rathdowne Street, Carlton through RentEasy.

Unfortunately, your application was unsuccessful on this occasion. The property manager has selected another applicant.

Your RentEasy profile is saved, so you can apply for other properties in one click.

[[Browse properties]]

RentEasy Pty Ltd. Please do not reply to this email.""", "non-job-rejection", "en-AU", "rental application", brand="RentEasy"),

A("arts-grant-declined", "generic", "Toi Creative Fund <grants@toicreative.example>",
  "Creative Communities Fund - outcome of your application", """Kia ora Sam,

Thank you for your application to the Creative Communities Fund (Round 2) for the project "Stories from the Wharf".

The assessment panel met on 14 October. We're sorry to tell you that your application has been declined. The round was heavily oversubscribed.

Panel feedback is available on request. You are welcome to apply again in the next round, which opens in February.

Ngā mihi,
Funding Team, Toi Creative Fund""", "non-job-rejection", "en-NZ", "grant declined", brand="Toi Creative Fund"),

A("parcel-returned-sender", "generic", "SwiftPost Singapore <notify@swiftpost.example>",
  "Delivery unsuccessful - parcel will be returned to sender", """Dear Customer,

We attempted to deliver your parcel SP123456789SG three times, but the delivery was unsuccessful.

As the parcel was not collected within 7 days, it has been rejected by our system for redelivery and will be returned to the sender.

[[Track your parcel]]

This is an automated message. Please do not reply.""", "non-job-rejection", "en-SG", "returned parcel", brand="SwiftPost"),

A("calendar-declined-meeting", "generic", "Jordan Okafor <jordan.okafor@example.org>",
  "Declined: Q4 brand review @ Thu 12 Nov 2026 14:00 - 15:00 (GMT)", """Jordan Okafor has declined this invitation.

Q4 brand review
When: Thursday 12 Nov 2026 14:00 - 15:00 (GMT)
Where: Calder Street Media, 3rd floor / Meet
Organiser: Sam Taylor

"Sorry Sam - clashes with the board prep. Can we move to Friday?"

[[Join with Google Meet]]

Invitation from Google Calendar. You are receiving this email because you are the organiser of this event.""",
  "non-job-rejection", "en-GB", "declined meeting invite, colleague at example.org", brand="Google Calendar"),

A("summit-icims-status-in-review", "icims", "Summit Trail Outfitters <donotreply@talent.icims.com>",
  "Application Status Update - Marketing Manager, Ecommerce", """Dear Sam,

The status of your application has been updated.

{table}

We will contact you if you are selected to interview. Please log in to the portal to see the latest status of all your applications.

Summit Trail Outfitters Talent Acquisition""", "status-update", "en-US", "same portal-table template as a rejection", brand="Summit Trail Outfitters",
  html_only=True, table=[("Position", "Marketing Manager, Ecommerce (2026-7710)"), ("Status", "Under Review - Hiring Manager")]),

A("connacht-successfactors-decision-delayed", "successfactors", "Connacht Dairies Recruitment <noreply@successfactors.eu>",
  "Update: Brand Manager, Consumer - decision timing", """Dear Sam,

Thank you for attending the final interview for the position of Brand Manager, Consumer.

We wanted to let you know that our decision has been delayed. The interview panel is still deciding and one final reference check remains. We expect to be able to give all finalists an answer by 20 November.

Your application remains active, and we appreciate your patience.

Kind regards,
Connacht Dairies Talent Acquisition""", "status-update", "en-IE", "still deciding", brand="Connacht Dairies"),

A("vireo-greenhouse-offer", "greenhouse", "Vireo Health <no-reply@us.greenhouse-mail.io>",
  "Your offer from Vireo Health!", """Hi Sam,

We are thrilled to offer you the position of Product Marketing Manager at Vireo Health! Everyone who met you was excited about what you'd bring to the team.

Your offer letter is ready to review and sign electronically. It will expire in five business days. If you have any questions, please reach out to Laura at laura.b@vireohealth.example.

Welcome (almost) aboard!
Vireo Health Recruiting""", "offer", "en-CA", brand="Vireo Health", button="Review your offer"),

A("jacaranda-smartrecruiters-video-interview", "smartrecruiters", "Jacaranda Group <notification@smartrecruiters.com>",
  "Next step: complete your video interview for Marketing Manager", """Hi Sam,

Thanks for your application for the Marketing Manager role at Jacaranda Group. You've progressed to the next stage!

Please record your video interview (3 questions, about 15 minutes) via HireVue within 5 days. Candidates who don't complete it by the deadline will unfortunately be withdrawn from the process.

Best of luck,
Jacaranda Group Talent""", "assessment-invite", "en-AU", "conditional 'withdrawn from the process'", brand="Jacaranda Group", button="Start video interview"),

A("moraine-lever-ack-let-you-know", "lever", "Moraine Outdoor <no-reply@hire.lever.co>",
  "Thanks for applying to Moraine Outdoor", """Hi Sam,

We've received your application for Brand Manager, Footwear. Our team reviews every application, and we'll be in touch if your background is a fit for the role.

If we decide not to move forward, we will let you know by email - either way, you'll hear from us.

Thanks,
Moraine Outdoor Recruiting""", "ack-received", "en-US", "hedged ack", brand="Moraine Outdoor"),

A("foxglove-workable-new-jobs", "workable", "Foxglove Studio <noreply@candidates.workablemail.com>",
  "New jobs at Foxglove Studio", """Hi Sam,

You signed up to hear about new roles at Foxglove Studio. Here's what's open this week:

- Senior Brand Designer - London (Hybrid)
- Head of Marketing - London
- Content Marketing Lead - position filled, thank you to everyone who applied

[[See all open roles]]

You're receiving this because you joined our talent community. [[Unsubscribe]]""",
  "job-alert", "en-GB", "company's job alert; 'position filled' about a listing", brand="Foxglove Studio", bulk=True),

A("redwood-ashby-moved-to-other-role", "ashby", "Redwood Circuit <no-reply@ashbyhq.com>",
  "Update on your Redwood Circuit application", """Hi Sam,

Thanks for your patience. Our hiring team reviewed your application for Senior Product Marketing Manager and felt your experience is a better match for our Product Marketing Lead, Platform role, which is a level above.

With your permission, we've moved your application to that role and closed the original one, so you'll see it listed as "Archived" in your candidate portal. A recruiter will be in touch this week to set up a first call.

Best,
Redwood Circuit Talent""", "requisition-transfer", "en-US", "old application 'closed'/'Archived', moved up", brand="Redwood Circuit"),

# ---------------- personal ----------------

P("harboursearch-new-roles-pitch", "Rebecca Lowe <rebecca@harboursearch.example>",
  "A couple of new briefs", """Hi Sam,

Hope you're doing well. I know the Ellison & Grey one didn't work out in the end - their loss - but I've got two new briefs in this week that I think suit you better:

- Head of Brand, a challenger bank (London, hybrid, c. £110k)
- Marketing Director, a premium homewares retailer (Manchester, 2 days in office)

Would you be up for a quick call on Thursday to talk them through?

Rebecca

Rebecca Lowe
Senior Consultant - Marketing & Creative
Harbour Search Partners Ltd
M: 07700 900877""", "recruiter-outreach", "en-GB", "mentions earlier rejection; pitches new roles"),

P("owner-chaser-gone-with-another", SAM, "Following up - Brand Lead application", """Hi Connor,

I hope you're well. I wanted to follow up on the Brand Lead role after my second interview on the 3rd. Have you gone with another candidate? If so, no hard feelings at all - I'd just be grateful to know either way so I can plan.

Thanks again for your time,
Sam

Sam Taylor
Head of Insights, Calder Street Media""", "owner-sent", "en-US", "Sam's own chaser", to="Connor Blake <connor.blake@highdesertco.example>"),

P("highdesert-answer-final-round", "Connor Blake <connor.blake@highdesertco.example>",
  "Re: Following up - Brand Lead application", """Hi Sam,

No, not at all - quite the opposite! Sorry for the delay, we've been waiting on our CEO's diary. We'd like to invite you to the final round: a 45-minute presentation with Lori and the exec team, ideally next Wednesday or Thursday.

I'll send a calendar invite once you confirm a time.

Connor

On Tue, Nov 10, 2026 at 8:02 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Connor,
>
> I hope you're well. I wanted to follow up on the Brand Lead role after my second interview on the 3rd. Have you gone with another candidate? If so, no hard feelings at all - I'd just be grateful to know either way so I can plan.
>
> Thanks again for your time,
> Sam""", "answer-to-owner-question", "en-US", "answer to 'have you gone with another candidate?' is an invite", parent=True),

P("glasnevin-reply-to-thankyou", "Aoife Brennan <aoife.brennan@glasnevinsoftware.example>",
  "Re: Your application to Glasnevin Software", """Hi Sam,

No need to apologise at all, and thank you for such a gracious reply. We'd love to keep in touch - I've tagged your profile so I see it first when the next PMM role opens, which I expect will be in the spring.

Best wishes,
Aoife

On Fri 6 Nov 2026, 11:20 Sam Taylor <sam.taylor@example.org> wrote:
> Hi Aoife,
>
> Thanks for letting me know, and sorry for the slow reply. I really enjoyed our conversation and would love to be considered for future roles.
>
> Best,
> Sam
>
> On Wed 4 Nov 2026, 16:02 Glasnevin Software <no-reply@us.greenhouse-mail.io> wrote:
>> Hi Sam,
>> Having reviewed your application alongside the other candidates, we have decided not to progress your application at this time.""",
  "reply-to-owner-followup", "en-IE", "rejection only in quote", parent=True, parent_depth=2),

P("colleague-rejected-other-candidates", "Jordan Okafor <jordan.okafor@example.org>",
  "Insights Analyst shortlist - sign-off?", """Hi Sam,

Quick one on the Insights Analyst hire. I've rejected the other two candidates from yesterday - neither had enough SQL - and sent them the standard "unfortunately we won't be progressing your application" note through Workday.

That leaves Alex Chen as our preferred candidate. Can you sign off so I can ask HR to draft the offer?

Thanks,
Jordan

Jordan Okafor
Senior Insights Manager, Calder Street Media""", "owner-is-hiring-manager", "en-GB", "colleague at example.org discussing rejected candidates"),

P("owner-sent-rejection-to-candidate", SAM, "Your application for Content Producer at Calder Street Media", """Hi Morgan,

Thank you for taking the time to interview with us for the Content Producer role at Calder Street Media.

I'm sorry to let you know that we've decided not to move forward with your application. It was a strong field, and your portfolio was genuinely enjoyable to look through.

I wish you the very best with your search.

Kind regards,
Sam

Sam Taylor
Head of Insights, Calder Street Media""", "owner-sent", "en-GB", "Sam rejects a candidate", to="Morgan Lee <morgan.lee@mailbox.example>"),

P("friend-forwards-own-rejection", "Ollie Grant <ollie.grant@mailbox.example>",
  "Fwd: Your application to Brightwell Energy - advice?", """Sam, got this from Brightwell this morning, gutted. Is it worth replying to ask for feedback or is that naff? You're good at this stuff.

O

---------- Forwarded message ---------
From: Brightwell Energy <no-reply@us.greenhouse-mail.io>
Date: Mon, 9 Nov 2026 at 10:02
Subject: Brightwell Energy | Partnerships Manager
To: <ollie.grant@mailbox.example>

Hi Ollie,

Unfortunately, we won't be progressing your application on this occasion. We received a very high number of applications and had to make some difficult decisions.

The Brightwell Talent Team""", "forwarded", "en-GB", "a friend's rejection forwarded"),

P("glenmore-second-interview", "Isla Fraser <isla.fraser@glenmorepartners.example>",
  "Second interview - Marketing Manager", """Hi Sam,

It was great to meet you on Monday. I'm pleased to say we'd like you to come back for a second interview for the Marketing Manager role.

Unfortunately Thursday doesn't work for the panel after all, so could you do Friday 20th at 10:30? It'll be with me and our MD, and we'd like you to present a 10-minute 90-day plan.

Best wishes,
Isla

Isla Fraser
People Lead, Glenmore Partners
0131 496 0877""", "interview-invite", "en-GB", "'unfortunately' in an invite", client_html=True),

P("agency-client-still-deciding", "Mel Forsyth <mel@bottlebrushtalent.example>",
  "Re: Coral Coast Tourism - feedback?", """Hi Sam,

Sorry, no news yet! Coral Coast have seen all three finalists now but they're still deciding - the GM is away until Monday and won't sign off until he's back. Nothing's been ruled out and you're definitely still in it.

I'll call you as soon as I hear, hopefully mid next week.

Mel

Mel Forsyth | Bottlebrush Talent
0400 555 812""", "status-update", "en-AU", "agency: still deciding", parent=True),

P("ashgrove-offer-others-unsuccessful", "Neil Carter <neil.carter@ashgrovegroup.example>",
  "Head of Brand - good news", """Dear Sam,

I'm delighted to let you know that we would like to offer you the role of Head of Brand at Ashgrove Group. The panel were unanimous.

We have informed the other shortlisted candidates that they were unsuccessful on this occasion, so the role is yours if you want it. Our HR team will send the formal offer letter and contract tomorrow.

Congratulations, and I hope you'll say yes.

Best regards,
Neil

Neil Carter
Chief Marketing Officer, Ashgrove Group
+44 20 7946 0550""", "offer", "en-GB", "offer mentioning others were unsuccessful"),

P("reference-request-former-report", "Grace Koh <grace.koh@peranakanbank.example>",
  "Reference request - Alex Wong", """Dear Sam,

Alex Wong has applied for the role of Marketing Analytics Lead with Peranakan Bank and has named you as a referee (line manager at Calder Street Media, 2023-2025).

Would you be available for a 15-minute call this week? Alternatively I can send a short questionnaire. I should add that Alex's application for our earlier Analytics Manager role was unsuccessful, but this is a different team.

Kind regards,
Grace Koh
Talent Acquisition, Peranakan Bank
+65 6555 0123""", "reference-request", "en-SG", "reference about someone else; mentions their earlier rejection"),

P("journal-manuscript-reject", "Prof. Helen Achterberg <editor@jmr-insights.example>",
  "Decision on Manuscript ID JMI-2026-0412", """Dear Sam Taylor,

Thank you for submitting your manuscript "Audience panels versus passive data: a comparison in UK media" to the Journal of Marketing Insights.

I have now received the reviewers' reports. I regret to inform you that we are unable to accept your manuscript for publication. Both reviewers felt the sample was too narrow for the claims made; their comments are appended below.

Thank you for considering the journal for your work.

Yours sincerely,
Helen Achterberg
Editor-in-Chief""", "non-job-rejection", "en-GB", "paper rejected"),

P("shortreply-still-in-mix", "Owen Fraser <owen@northbeam.example>",
  "Re: Growth Marketing Manager - any update?", """Hey Sam - no decision yet, still have two interviews to run this week. You're very much in the mix. Should have news by Friday.

Owen""", "answer-to-owner-question", "en-CA", "very short", parent=True),

P("recruiter-interview-postponed", "Sneha Kulkarni <sneha.k@peoplefirst.example>",
  "Interview postponed - Brand Manager, Lotus Home", """Hi Sam,

Sorry for the late notice - the hiring manager at Lotus Home is unwell, so tomorrow's interview for the Brand Manager role has been postponed. The position is still very much open and they are keen to meet you.

I will share new slots by Monday.

Regards,
Sneha Kulkarni
Talent Consultant, PeopleFirst Search
+91 99001 23456""", "reschedule", "en-IN"),

P("exmanager-sympathy-intro", "Lisa Moreno <lisa.moreno@mailbox.example>",
  "sorry about Tallgrass", """Sam -

Just saw your message, sorry about Tallgrass. Honestly their loss, and that enablement thing sounds like an excuse.

My old colleague Ben is hiring a Head of PMM at Quarry Cloud and I've told him about you. He'll probably email you this week. Fingers crossed!

L x""", "personal", "en-US", "friend refers to Sam's rejection"),

P("magazine-pitch-declined", "Rachel Odum <rachel@thebriefmag.example>",
  "Re: Pitch - why audience research fails", """Hi Sam,

Thanks for thinking of us for this. I'm going to pass, I'm afraid - we ran something very similar in the spring issue and I can't justify another so soon. It's not a reflection on the idea.

Do pitch again though, I'd especially like something on research budgets in 2027.

Rachel

Rachel Odum
Features Editor, The Brief""", "non-job-rejection", "en-GB", "article pitch declined", parent=True),

P("hr-own-req-frozen", "Nadia Brooks <nadia.brooks@example.org>",
  "Content Producer requisition - on hold", """Hi Sam,

Following yesterday's budget review, finance have asked us to put the Content Producer requisition on hold until Q2. I've paused the job advert and will let the candidates know the role is on hold.

Sorry, I know you were close to a decision. Happy to talk it through.

Nadia

Nadia Brooks
HR Business Partner, Calder Street Media""", "owner-is-hiring-manager", "en-GB", "Sam's own requisition on hold"),

P("recruiter-upgraded-process", "Aroha Tane <aroha@tidelineconsulting.example>",
  "Kauri Bank - change of plan (good one!)", """Kia ora Sam,

Bit of a twist: the hiring manager at Kauri Bank doesn't want to put you through the Marketing Manager process after all - she thinks you're better suited to the Senior Marketing Manager role that's just been approved, and wants to interview you for that instead on Tuesday.

Same team, bigger scope, more money. Can I confirm 2pm?

Aroha
Tideline Consulting | 027 555 0144""", "requisition-transfer", "en-NZ", "'doesn't want to put you through ... after all' but moved up"),

P("ooo-recruiter-autoreply", "Sophie Laine <sophie.laine@pembertonfoods.example>",
  "Automatic reply: Re: Marketing Manager interview", """Thank you for your email. I'm on annual leave until Monday 16 November with no access to email.

For anything urgent regarding recruitment, please contact careers@pembertonfoods.example.

Sophie Laine
Talent Acquisition, Pemberton Foods""", "auto-reply", "en-GB", "auto-reply from a company that rejected Sam", parent=True,
  headers={"Auto-Submitted": "auto-replied"}),

P("broker-lender-declined", "Sanjay Pillai <sanjay@keystonefinance.example>",
  "Update on your mortgage application", """Hi Sam,

I'm afraid Coventry Mutual have come back and declined the application - their underwriters weren't comfortable with the recent job change on the income side. Not the end of the world: I've got two other lenders who look at it differently and I'd like to submit to Harpenden BS today if you're happy.

Give me a call when you get a sec.

Sanjay
Keystone Finance | Mortgage Adviser
07700 900654""", "non-job-rejection", "en-GB", "mortgage declined; mentions job"),
]
