"""Hard negatives for blind set en11 (50: 30 ATS-style, 20 personal)."""


def A(slug, cat, vendor, variant, frm, subject, brand, text, notes="", **kw):
    return dict(slug=slug, label="other", cat=cat, style="ats", vendor=vendor, variant=variant, frm=frm,
                subject=subject, brand=brand, text=text, notes=notes, **kw)


def P(slug, cat, variant, frm, subject, text, notes="", **kw):
    return dict(slug=slug, label="other", cat=cat, style="personal", variant=variant, frm=frm,
                subject=subject, text=text, notes=notes, **kw)


MESSAGES = [
A("greenhouse-ack-volume", "ack-received", "greenhouse", "en-US",
  "Ridgeback Software <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Ridgeback Software", "Ridgeback Software", """
Hi Sam,

Thank you for your interest in Ridgeback Software! We wanted to let you know we received your application for Senior Product Marketing Manager, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. Due to the high volume of applications we receive, we're unfortunately not able to respond to every applicant individually.

Thanks again for applying, and in the meantime, check out our [[Ridgeback blog]] to learn more about life at Ridgeback.

Regards,
Ridgeback Software Recruiting
""", "hedged ack: 'not able to respond to every applicant'"),

A("workday-ack-will-let-you-know", "ack-received", "workday", "en-GB",
  "Halden Group Careers <haldengroup@myworkday.com>", "Thank you for your application - Marketing Manager, Loyalty", "Halden Group", """
Dear Sam,

Thank you for applying for Marketing Manager, Loyalty (JR-58121) at Halden Group.

Our recruitment team will now review your application. If your skills and experience match the requirements of the role, we'll be in touch to discuss next steps. If we decide not to move forward with your application, we will let you know by email.

You can track the status of your application at any time through your Candidate Home account.

Kind regards,
Halden Group Resourcing Team
""", "hedged ack: 'if we decide not to move forward ... we will let you know'"),

A("lever-interview-invite", "interview-invite", "lever", "en-US",
  "Sofia Marchetti <no-reply@hire.lever.co>", "Next steps with Lanternfish - Brand Marketing Manager", "Lanternfish", """
Hi Sam,

Thanks for applying to the Brand Marketing Manager role at Lanternfish! Our team has reviewed your application and we'd love to move forward with a 30-minute phone screen to get to know you better.

Please use the link below to pick a time that works for you:

[[Schedule your call]]

If none of the available times work, just reply to this email and I'll find another slot.

Looking forward to chatting,
Sofia Marchetti
Recruiter, Lanternfish
""", "invite; 'move forward' phrase", reply_to="sofia.marchetti@lanternfish.example"),

A("smartrecruiters-assessment-invite", "assessment", "smartrecruiters", "en-IN",
  "Aarohan Finance Talent <noreply@smartrecruiters.com>", "Action required: Online assessment for Product Marketing Manager", "Aarohan Finance", """
Dear Sam,

Thank you for your application for Product Marketing Manager at Aarohan Finance.

We are pleased to inform you that you have been shortlisted for the next stage of our selection process, an online assessment covering numerical reasoning and a short written exercise. It takes approximately 45 minutes.

Please complete the assessment within 5 days of receiving this email. Candidates who do not complete the assessment by the deadline will not be considered further.

[[Start assessment]]

All the best,
Talent Acquisition, Aarohan Finance
""", "assessment invite with conditional 'will not be considered further'"),

A("icims-still-reviewing", "status-update", "icims", "en-US",
  "Bayview Health System <careers@talent.icims.com>", "Update on your application - Marketing Manager, Service Lines", "Bayview Health System", """
Dear Sam,

Thank you for your patience. We wanted to provide a quick update regarding your application for Marketing Manager, Service Lines (Req #28830).

The hiring team is still reviewing applications and has not yet made any decisions. We expect to complete our review within the next two weeks. You do not need to take any action at this time.

We appreciate your continued interest in Bayview Health System.

Talent Acquisition
""", "still under review; no decision"),

A("indeed-job-alert", "job-alert", "indeed", "en-CA",
  "Indeed <alert@indeed.com>", "15 new marketing manager jobs in Toronto, ON", "Indeed", """
Sam, here are your new jobs

marketing manager jobs in Toronto, ON

- [[Marketing Manager - Lakeshore Credit Union - Toronto, ON - $95,000 - $110,000 a year]]
- [[Senior Marketing Manager, Brand - Polar Bear Foods - Mississauga, ON]]
- [[Marketing Manager, Content - Harbourfront Learning - Toronto, ON - Easily apply]]
- [[Digital Marketing Manager - Maple Rail - Toronto, ON - Urgently hiring]]

Not seeing the right jobs? [[Edit this job alert]]

Unfortunately, the job you saved, "Marketing Lead - Trillium Media", is no longer available on Indeed.
""", "job alert; a saved posting 'no longer available' (not an application)", auto_plain=True),

A("linkedin-application-viewed", "status-update", "linkedin", "en-GB",
  "LinkedIn <jobs-noreply@linkedin.com>", "Your application was viewed by Keswick Digital", "Keswick Digital", """
Your application was viewed

Head of Content
Keswick Digital · London, England, United Kingdom

Good news! Keswick Digital viewed your application for Head of Content.

Applicants who follow up with the hiring team are more likely to hear back.

[[View job]]

Jobs similar to Head of Content
- [[Content Director - Greyfriars Agency - London]]
- [[Editorial Lead - Kingsway Publishing - Hybrid]]
""", "linkedin 'viewed'", auto_plain=True),

A("teamtailor-talent-community", "newsletter", "newsletter", "en-AU",
  "Banksia Health Careers <careers@banksiahealth.example.com.au>", "Welcome to the Banksia Health talent community", "Banksia Health", """
Hi Sam,

Thanks for joining the Banksia Health talent community!

You'll be among the first to hear about new roles in marketing, digital and communications, plus news from our teams across Australia.

This month we're hiring for:
- [[Marketing Coordinator - Brisbane]]
- [[Digital Product Owner - Sydney]]
- [[Communications Advisor - Perth]]

Not the right time? That's OK, we'll keep you posted about future opportunities.

The Banksia Health Talent Team
""", "talent community welcome; no verdict"),

A("workable-offer", "offer", "workable", "en-IE",
  "Clontarf Ventures <noreply@candidates.workablemail.com>", "Your offer from Clontarf Ventures", "Clontarf Ventures", """
Hi Sam,

We're delighted to offer you the position of Head of Marketing at Clontarf Ventures!

Your offer letter is ready for review. It includes your salary, start date and benefits. Please review and sign it using the button below by Friday 20 November.

If you have any questions about the offer, don't hesitate to contact Niamh Daly, our Head of People, at niamh@clontarf.example.ie.

[[Review offer]]

Congratulations, and we hope to welcome you to the team soon!
""", "offer via ATS"),

A("greenhouse-next-round", "interview-invite", "greenhouse", "en-US",
  "Stonecrest Labs <no-reply@us.greenhouse-mail.io>", "Stonecrest Labs - next steps for Senior Manager, Content Marketing", "Stonecrest Labs", """
Hi Sam,

Thank you for taking the time to meet with our team last week. We're excited to let you know that we'd like to move you forward to the next stage of our process for the Senior Manager, Content Marketing role.

The next step is a 60-minute panel interview with our Director of Marketing and two team members. Please use the link below to share your availability.

[[Submit availability]]

Unfortunately we aren't able to offer evening slots this week, but let us know if none of the times work.

Best,
Stonecrest Labs Recruiting
""", "next round; 'unfortunately' about slots"),

A("successfactors-req-transfer", "requisition-transfer", "successfactors", "en-SG",
  "Tembusu Bank Careers <careers-noreply@successfactors.eu>", "Your application has been moved to a new requisition", "Tembusu Bank", """
Dear Sam,

Thank you for your application for Vice President, Digital Marketing (Requisition 80413).

Please note that requisition 80413 has been closed and replaced by a new requisition for the same role, Vice President, Digital Marketing (Requisition 80977), following an internal reorganisation. Your application has been transferred to the new requisition and remains under active consideration. You do not need to re-apply.

If you have any questions, please contact our recruitment team.

Best regards,
Tembusu Bank Talent Acquisition
""", "requisition closed but application transferred"),

A("pageup-referee-request", "status-update", "pageup", "en-AU",
  "Murray River Council Recruitment <noreply@murrayriver.pageuppeople.com>", "Referee details required - Communications Manager", "Murray River Council", """
Dear Sam,

Thank you for attending your interview for the Communications Manager position.

The panel would now like to contact your referees. Please provide the details of two referees, including your current or most recent supervisor, via the link below by close of business Wednesday.

[[Provide referee details]]

Please note that reference checks do not indicate that an offer of employment will be made.

Regards,
People & Culture
Murray River Council
""", "reference stage; disclaimer"),

A("greenhouse-internal-reject-notice", "owner-hiring", "greenhouse", "en-GB",
  "Greenhouse <notifications@app.greenhouse.io>", "Jordan Lee was rejected from Senior Audience Editor", "Calder Street Media", """
Hi Sam,

Jordan Lee (Senior Audience Editor) was rejected by Sam Taylor.

{table}

A rejection email was scheduled to be sent to the candidate in 2 business days.

[[View candidate profile]]
""", "Sam is hiring manager; internal ATS notice", table=[("Rejection reason", "Lacking skill(s)/qualification(s)"), ("Stage", "Application Review"), ("Job", "Senior Audience Editor (London)")],
  to="Sam Taylor <sam.taylor@example.org>"),

A("workday-own-req-on-hold", "owner-hiring", "workday", "en-GB",
  "Calder Street Media HR <caldermedia@myworkday.com>", "Job Requisition R-1173 Audience Analyst has been put on hold", "Calder Street Media", """
Hello Sam,

The job requisition below, for which you are the hiring manager, has been put on hold by Finance Business Partnering.

{table}

Candidates in process will be notified by the recruiting team. You will receive an inbox task if the requisition is reopened.

[[Go to inbox]]
""", "Sam's own requisition on hold", table=[("Requisition", "R-1173 Audience Analyst"), ("Status", "On Hold"), ("Reason", "Budget review Q1")]),

A("seek-application-sent", "ack-received", "seek", "en-NZ",
  "SEEK <noreply@s.seek.co.nz>", "Your application was sent to Pohutukawa Tourism", "Pohutukawa Tourism", """
Hi Sam,

Your application for **Marketing and Communications Manager** was successfully sent to Pohutukawa Tourism.

What happens next? The employer will review your application and contact you if you're shortlisted. Not every employer gets back to unsuccessful applicants, so it's worth continuing your search.

[[Track your application]]

Jobs you may be interested in:
- [[Marketing Manager - Kea Software - Wellington]]
- [[Brand Lead - Southern Alps Dairy - Christchurch]]
""", "job-board ack with 'unsuccessful applicants' hedge", auto_plain=True),

A("bamboohr-under-review", "status-update", "bamboohr", "en-US",
  "Oakridge Credit Union <notifications@app.bamboohr.com>", "We're reviewing your application", "Oakridge Credit Union", """
Hi Sam,

Just a quick note to let you know that your application for Marketing Manager is now under review by our hiring manager. We hope to have an update for you by the end of next week.

Regardless of the outcome, we'll be in touch.

Thanks,
Taylor Brooks
Talent Coordinator
""", "under review; 'regardless of the outcome'"),

A("bank-card-declined", "non-job-rejection", "inhouse", "en-GB",
  "Northway Bank <alerts@northwaybank.example.co.uk>", "Your card payment was declined", "Northway Bank", """
Hi Sam,

We declined a payment on your debit card ending 4417.

{table}

The payment was declined because it would have taken you over your daily online spending limit. If you recognise this payment, you can change your limit in the app and try again.

If you don't recognise it, please call us straight away on 0345 555 0110.

Northway Bank
""", "declined card payment", table=[("Merchant", "TRAINLINE"), ("Amount", "£186.40"), ("Date", "3 November 2026")]),

A("conference-talk-rejected", "non-job-rejection", "inhouse", "en-US",
  "ContentCon 2027 Program Committee <speakers@contentcon.example>", "Your ContentCon 2027 proposal", "ContentCon 2027", """
Hi Sam,

Thank you for submitting "From Pageviews to Paying Readers: Rebuilding an Audience Funnel" to ContentCon 2027.

We received over 900 proposals this year for just 60 speaking slots. After careful review by the program committee, we're sorry to let you know that your session was not selected for the program.

We'd still love to see you in Austin! As a thank-you, here's a 25% discount on your pass: SPEAK25.

The ContentCon Program Committee
""", "talk proposal not selected"),

A("rental-application-declined", "non-job-rejection", "inhouse", "en-AU",
  "2Apply Notifications <noreply@2apply.example.com.au>", "Application outcome - 14/22 Wattle Street, Fitzroy VIC", "Ray & Co Property", """
Hi Sam,

Thank you for your application for 14/22 Wattle Street, Fitzroy VIC 3065.

Unfortunately your application was not successful on this occasion. The landlord has accepted another applicant for this property.

Your 2Apply profile is saved, so you can apply for other properties quickly.

Ray & Co Property Management
""", "rental application; same wording as a job rejection"),

A("courier-parcel-returned", "non-job-rejection", "inhouse", "en-IE",
  "ParcelPoint <tracking@parcelpoint.example.ie>", "Your parcel is being returned to sender", "ParcelPoint", """
Hi Sam,

We're sorry, we couldn't deliver your parcel.

{table}

We tried to deliver on 3 occasions and nobody was available to sign. The parcel will now be returned to the sender, who will contact you about next steps.

[[Track parcel]]
""", "parcel returned", table=[("Tracking number", "PP 8820 1174 IE"), ("From", "Hollow Tree Books"), ("Status", "Returning to sender")]),

A("workday-withdrawal-confirmed", "withdrawal-confirmation", "workday", "en-US",
  "Arcadia Brands Careers <arcadiabrands@myworkday.com>", "Application withdrawn: Director, Brand Strategy", "Arcadia Brands", """
Dear Sam,

This email confirms that you have withdrawn your application for Director, Brand Strategy (R-33908).

Your application is no longer being considered for this position. If you withdrew in error, please contact the recruiter or apply again while the position is still posted.

Thank you for your interest in Arcadia Brands.
""", "Sam withdrew; 'no longer being considered'"),

A("naukri-recruiter-viewed", "recruiter-outreach", "naukri", "en-IN",
  "Naukri <info@naukri.com>", "A recruiter from Kaveri Motors is interested in your profile", "Kaveri Motors", """
Dear Sam Taylor,

A recruiter has viewed your profile and sent you a message:

"Hi Sam, we have an opening for Head - Brand Communications at Kaveri Motors, Pune. Your profile looks relevant. Please share your updated CV and current CTC if interested."

Ananya Kulkarni, Talent Acquisition, Kaveri Motors

[[Reply to recruiter]]   [[Not interested]]
""", "recruiter outreach via job board", auto_plain=True),

A("pnet-ack-30-days", "ack-received", "pnet", "en-ZA",
  "Jacaranda Insurance via PNet <applications@pnet.example.co.za>", "Application received: Marketing Manager (Johannesburg)", "Jacaranda Insurance", """
Dear Sam

Thank you for your application for the position of Marketing Manager (Johannesburg) at Jacaranda Insurance.

Your application has been received and will be considered. Please note that only shortlisted candidates will be contacted. If you have not heard from us within 30 days of the closing date, please consider your application unsuccessful.

Kind regards
Jacaranda Insurance Recruitment
""", "ZA ack: 'if you have not heard ... consider your application unsuccessful'"),

A("mcf-application-submitted", "ack-received", "mycareersfuture", "en-SG",
  "MyCareersFuture <noreply@mycareersfuture.example.sg>", "You have applied for Marketing Manager at Cendana Logistics", "Cendana Logistics", """
Dear Sam Taylor,

Your application for the following job has been submitted successfully.

{table}

The employer will contact you directly if you are shortlisted. You can view the status of your applications under My Applications.
""", "job-board ack", table=[("Job title", "Marketing Manager"), ("Company", "Cendana Logistics Pte Ltd"), ("Job post ID", "MCF-2026-1187402")]),

A("ashby-interview-confirmed", "interview-invite", "ashby", "en-US",
  "Vantage Point <no-reply@ashbyhq.com>", "Interview confirmed: Sam Taylor <> Vantage Point", "Vantage Point", """
Hi Sam,

Your interview for Head of Lifecycle Marketing is confirmed.

{table}

Need to reschedule? [[Reschedule]] or [[Cancel]]

The Vantage Point Recruiting Team
""", "calendar confirmation; 'Cancel' link", table=[("When", "Tuesday, November 17, 2026 2:00 PM - 2:45 PM EST"), ("Interviewer", "Maya Chen, VP Marketing"), ("Where", "Google Meet")],
  attach=[("invite.ics", "text/calendar", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Ashby//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:vp-sam-1117@ashbyhq.com\nDTSTART:20261117T190000Z\nDTEND:20261117T194500Z\nSUMMARY:Sam Taylor <> Vantage Point\nEND:VEVENT\nEND:VCALENDAR\n")]),

A("jobvite-job-closing-soon", "job-alert", "jobvite", "en-US",
  "Everhart Careers <notification@jobvite.com>", "New roles at Everhart that match your interests", "Everhart", """
Hi Sam,

Thanks for being part of the Everhart talent network. Based on your preferences, here are new openings you might like:

- [[Senior Manager, Social Media - Chicago, IL]]
- [[Marketing Manager, Partnerships - Remote (US)]]

The position you previously applied for, Content Marketing Manager, is still open and your application remains active.
""", "talent network; application 'remains active'"),

A("oracle-complete-application", "status-update", "oracle", "en-CA",
  "Maplewood Insurance Careers <careers-noreply@maplewood.fa.oraclecloud.example>", "Reminder: your application is incomplete", "Maplewood Insurance", """
Dear Sam,

You started an application for Senior Marketing Advisor (Job 26001442) but haven't submitted it yet.

Incomplete applications cannot be considered. Please complete and submit your application before the posting closes on November 30, 2026.

[[Continue application]]

Maplewood Insurance Talent Acquisition
""", "incomplete application reminder"),

A("journal-paper-declined", "non-job-rejection", "inhouse", "en-GB",
  "Journal of Media Economics <onbehalfof@manuscriptcentral.example>", "Decision on Manuscript ID JME-2026-0413", "Journal of Media Economics", """
Dear Sam Taylor,

Manuscript ID JME-2026-0413 entitled "Newsletter Paywalls and Reader Retention in UK Regional Media", which you submitted to the Journal of Media Economics, has been reviewed. The comments of the reviewers are included at the bottom of this letter.

I regret to inform you that, in light of the reviewers' comments, your manuscript has been declined for publication. The reviewers felt the sample was too narrow for the claims made.

Thank you for considering the Journal of Media Economics for the publication of your research. I hope the outcome of this specific submission will not discourage you from submitting future manuscripts.

Sincerely,
Prof. Helen Marsh
Editor in Chief
""", "declined paper; 'regret to inform'"),

A("greenhouse-moved-other-role", "requisition-transfer", "greenhouse", "en-GB",
  "Quayside Publishing <no-reply@us.greenhouse-mail.io>", "Your application to Quayside Publishing", "Quayside Publishing", """
Hi Sam,

Thanks for applying for the Head of Marketing role at Quayside Publishing.

Having reviewed your experience, our hiring team thinks your background is an even better fit for our Audience Growth Director role, which we've just opened. With your permission, we've added you to that process and the hiring manager would like to speak with you next week.

Reply YES to hello@quayside.example if you're happy to be considered, and we'll send you some times.

Best wishes,
Quayside Talent Team
""", "considered for a different role instead; no verdict on first"),

A("workable-new-jobs", "job-alert", "workable", "en-ZA",
  "Workable Jobs <jobs@workablemail.com>", "Jobs you might like: Marketing Manager and 9 more", "Workable", """
Hi Sam,

We found new jobs that match your recent searches.

- [[Marketing Manager - Fynbos Wines - Stellenbosch]]
- [[Brand Manager - Table Bay Telecoms - Cape Town]]
- [[Growth Marketing Lead - Kudu Pay - Remote]]

Didn't get the last one? Don't give up - most candidates apply to 20+ jobs before landing a role.
""", "job board digest; encouragement after rejection", auto_plain=True),

# ---------------- personal (20) ----------------
P("colleague-candidate-discussion", "owner-hiring", "en-GB",
  "Hannah Price <hannah.price@example.org>", "Re: Audience Editor shortlist", """
Hi Sam,

Agree with you on the shortlist. I've rejected the two we discussed (Jordan and the chap from the agency) in Greenhouse, so they'll get the standard email on Monday. Do you want to send the personal note to Mei yourself? She was so close.

For the final round I've booked Thursday afternoon with the remaining three.

H

Hannah Price | Talent Partner | Calder Street Media
""", "colleague at example.org about candidates Sam rejected", parent=True, parent_domain="example.org"),

P("owner-sent-rejection-to-candidate", "owner-sent", "en-GB",
  "Sam Taylor <sam.taylor@example.org>", "Audience Editor role - thank you", """
Hi Mei,

Thank you so much for your time on Thursday, and for the excellent task you put together.

I'm sorry to say that we've decided not to take your application further for the Audience Editor role. It was a very close decision, and I'd genuinely encourage you to apply again when we next hire.

Happy to give you feedback on a call if useful.

Best wishes,
Sam

Sam Taylor
Head of Audience Growth, Calder Street Media
""", "Sam's own sent rejection to a candidate", to="Mei Wong <mei.wong@example.net>"),

P("reply-to-followup-keep-in-touch", "reply-to-owner-followup", "en-US",
  "Kim Alvarez <kim.alvarez@bluepine.example>", "Re: Bluepine - Content Lead", """
Hi Sam,

No need to apologise at all, and thank you for such a gracious note! We'd love to keep in touch. I've added you to my list for the Q2 roles and I'll reach out when we open them.

Kim

On Tue, Nov 10, 2026 at 10:03 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Kim,
> Thank you for letting me know, and sorry for the slow reply. I really
> enjoyed meeting the team. Please do keep me in mind for future roles.
> Best, Sam
>
> On Mon, Nov 9, 2026 at 4:12 PM Kim Alvarez <kim.alvarez@bluepine.example> wrote:
>> Hi Sam, thanks again for your time last week. Unfortunately we've decided
>> to go with another candidate for the Content Lead role. Wishing you the
>> best of luck!
>> Kim
""", "company reply to Sam's follow-up; rejection only in quote", parent=True, parent_depth=2, parent_domain="example.org"),

P("answer-gone-with-another-invite", "answer-to-owner-question", "en-AU",
  "Mel Strachan <mel.strachan@greenwave.example.com.au>", "Re: Digital Lead - any update?", """
Hi Sam,

No, we haven't gone with anyone else! Sorry for the radio silence, our GM was away. We'd love you to come back in for a final chat with her next Tuesday at 10am if that suits?

Cheers,
Mel

On Thu, 12 Nov 2026 at 08:21, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Mel,
> I hope you're well. I haven't heard anything since my interview for the
> Digital Lead role, so I'm guessing you've gone with another candidate?
> Either way, I'd be grateful to know.
> Thanks, Sam
""", "answer to 'have you gone with another candidate?': final invite", parent=True, parent_domain="example.org"),

P("recruiter-filled-new-roles", "recruiter-outreach", "en-GB",
  "Sophie Marsh <sophie@brightlinepeople.example>", "Couple of new roles", """
Hi Sam,

Hope you're well! I know the Elmstead role didn't come off for you in the summer (they filled it internally in the end), but I've got two new briefs that I think are a better fit anyway:

- Head of Audience, national news publisher, London/hybrid, c.£95k
- Director of Growth, B2B media, fully remote, c.£110k

Would you be free for a quick call on Thursday?

Sophie
Brightline People | 07700 900634
""", "recruiter pitch that recalls an old filled role"),

P("reference-request-for-colleague", "reference-request", "en-IE",
  "Ciara Walsh <ciara.walsh@greenisle.example.ie>", "Reference for Daniel Okafor", """
Hi Sam,

Daniel Okafor has applied for the role of Senior Marketing Executive with us at Green Isle Foods and has given your name as a referee.

Would you have 15 minutes this week for a quick call? Alternatively I can send a short questionnaire. Unfortunately we are working to a tight deadline so if I could hear back by Thursday that would be great.

Many thanks,
Ciara Walsh
HR Business Partner, Green Isle Foods
086 555 0172
""", "Sam is the referee"),

P("verbal-offer-hm", "offer", "en-CA",
  "Elaine Fortier <elaine.fortier@bluewater.example.ca>", "Great news!", """
Hi Sam,

I tried to call but got your voicemail. I'm thrilled to say that we'd like to offer you the Senior Manager, Audience Development role! The team was unanimous.

Our HR team will send the formal letter tomorrow. In the meantime, give me a call whenever suits and we can talk through the details.

Elaine
Elaine Fortier | VP Marketing | Bluewater Media
416-555-0192
""", "verbal offer"),

P("still-deciding-panel", "status-update", "en-GB",
  "James Holloway <james.holloway@fenwickgroup.example>", "Re: Brand Manager - update", """
Hi Sam,

Thanks for checking in. We haven't made a decision yet, I'm afraid - one of the panel has been off sick, so we're meeting on Friday to agree the outcome. You're definitely still in the running and I'll let you know either way early next week.

Sorry for the wait.

James
""", "explicit 'still deciding'", parent=True, parent_domain="example.org"),

P("friend-forwards-rejection", "forwarded", "en-US",
  "Nina Patel <nina.patel@example.net>", "Fwd: Your application to Arbor & Vine", """
ugh, another one. can you look at this and tell me if there's anything worth replying to? you're so good at this stuff. coffee friday?

n

---------- Forwarded message ---------
From: Arbor & Vine Careers <no-reply@us.greenhouse-mail.io>
Date: Wed, Nov 4, 2026 at 3:18 PM
Subject: Your application to Arbor & Vine
To: <nina.patel@example.net>

Hi Nina,

Thank you for your interest in the Social Media Manager position. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs.

Best,
Arbor & Vine Talent Team
""", "a friend's rejection forwarded to Sam", wrap=False),

P("declined-meeting-invite", "non-job-rejection", "en-GB",
  "Paul Dempsey <paul.dempsey@example.org>", "Declined: Audience quarterly review", """
Paul Dempsey has declined this meeting.

When: Thursday, 19 November 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
Where: Meeting room 3 / Teams

Sorry Sam, clashes with the board prep. Can Ruth cover for me?
""", "declined meeting invite from colleague"),

P("recruiter-reschedule", "reschedule", "en-SG",
  "Wei Ling Tan <weiling.tan@straitstalent.example.sg>", "Reschedule - interview with Meranti Group", """
Hi Sam,

Apologies, the hiring manager at Meranti Group has an urgent trip to Jakarta tomorrow and unfortunately has to cancel your interview at 3pm. They are still very keen to meet you and have proposed Monday 23 Nov at 10am or 2pm instead.

Please let me know which slot works.

Thanks and regards,
Wei Ling
Straits Talent Partners | +65 9555 0148
""", "interview cancelled and moved; role open"),

P("magazine-pitch-pass", "non-job-rejection", "en-GB",
  "Tom Greaves <tom@thestackmag.example>", "Re: Pitch - newsletters in regional news", """
Hi Sam,

Thanks for thinking of us with this - it's a smart idea. Unfortunately we're going to pass on this one as we ran something quite similar in the spring. Do keep pitching, though, I'd love to see more from you.

Tom
Features Editor, The Stack
""", "declined article pitch", parent=True, parent_domain="example.org"),

P("agency-client-keen-feedback-thursday", "status-update", "en-AU",
  "Liam Fitzgerald <liam@harbourtalent.example.com.au>", "Ironbark Energy - quick update", """
Hi Sam,

Quick update: Ironbark Energy have now seen all the shortlist for the Head of Brand role and you're one of two they're deciding between. They've said they'll give me feedback by Thursday. I'll call you as soon as I hear, good or bad.

Fingers crossed!
Liam
Harbour Talent | 0412 555 087
""", "agency: decision pending"),

P("interviews-paused-still-in-process", "status-update", "en-US",
  "Rosa Delgado <rosa.delgado@mesaverde.example>", "Quick update on the Marketing Director process", """
Hi Sam,

I wanted to give you a heads-up that we're pausing final interviews for the Marketing Director role for about two weeks while our CEO is traveling. No decisions have been made, and you're very much still in the process. We'll come back to you with new dates the week of November 30.

Thanks for bearing with us,
Rosa
Rosa Delgado | People Operations | Mesa Verde Foods
""", "short pause with explicit 'still in the process'"),

P("short-ack-passing-on", "ack-received", "en-GB",
  "Grace Okoro <grace.okoro@riverside-recruit.example>", "Re: CV - Head of Content role", """
Thanks Sam, got it - will pass to the hiring manager today and come back to you next week.

Grace
""", "very short ack", parent=True, parent_domain="example.org"),

P("owner-sent-thank-you-after-rejection", "owner-sent", "en-GB",
  "Sam Taylor <sam.taylor@example.org>", "Re: Head of Audience - final round", """
Dear Rachel,

Thank you for letting me know, and for such a generous and detailed note. Of course I'm disappointed, but I really enjoyed meeting you, Tom and Priya, and I'd love to take you up on the offer of a feedback call. Please do keep me in mind for the audience roles next year.

Best wishes,
Sam

On 18 Nov 2026, at 16:05, Rachel Osei <rachel.osei@thornbury.example> wrote:
> Dear Sam,
> ... In the end we have decided to offer the Head of Audience role to
> another candidate, whose experience running a paid subscriptions business
> was the deciding factor for us ...
""", "Sam's own follow-up quoting a rejection", to="Rachel Osei <rachel.osei@thornbury.example>", parent=True, parent_domain="thornbury.example"),

P("former-manager-sympathy", "personal", "en-GB",
  "Ruth Adeyemi <ruth.adeyemi@example.net>", "Thornbury", """
Sam,

So sorry to hear Thornbury didn't come through - honestly their loss. From what you said, they wanted someone with a subscriptions P&L, which is a pretty narrow brief.

Drinks next week? I have thoughts about who else you should talk to.

R x
""", "former manager mentions Sam's rejection"),

P("other-candidate-declined-reopen", "interview-invite", "en-IN",
  "Rohit Sharma <rohit.sharma@zephyrtech.example.in>", "Re: Content Marketing Head - Zephyr Tech", """
Hi Sam,

Hope you are doing well. I had informed you last month that we had closed the Content Marketing Head position with another candidate. Unfortunately that candidate has now declined our offer at the last minute.

The hiring manager was very positive about your interview and would like to know if you are still interested. If yes, can we set up a call with our CMO this week?

Regards,
Rohit Sharma
Talent Acquisition Lead, Zephyr Tech
+91 99000 55512
""", "role reopened for Sam after earlier rejection"),

P("ooo-recruiter", "auto-reply", "en-AU",
  "Mel Strachan <mel.strachan@greenwave.example.com.au>", "Automatic reply: Re: Digital Lead - any update?", """
Hi there,

Thanks for your email. I'm currently on annual leave, returning Monday 16 November, with limited access to email. Unfortunately I won't be able to respond until my return.

For urgent recruitment matters please contact careers@greenwave.example.com.au.

Kind regards,
Mel
""", "out of office", headers={"Auto-Submitted": "auto-replied"}, parent=True, parent_domain="example.org"),

P("grant-application-unsuccessful", "non-job-rejection", "en-NZ",
  "Creative Futures Fund <grants@creativefutures.example.nz>", "Your application to the Creative Futures Fund - Round 2", """
Kia ora Sam,

Thank you for applying to Round 2 of the Creative Futures Fund for "Local Voices: a community newsletter pilot".

We received 312 applications and were able to fund 24. I'm sorry to let you know that your application was not successful this round. The assessment panel's comments are attached for your information.

Round 3 opens in March 2027 and we'd encourage you to apply again.

Ngā mihi,
Hine Parata
Funding Adviser, Creative Futures Fund
""", "grant not successful"),
]
