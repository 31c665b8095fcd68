"""The 40 hard negatives of the en14 set (20 ATS-style, 20 personal)."""
from content_common import M

O = "other"
MESSAGES = [
# ----------------------------------------------------------------- ATS
M("ridgefield-workday-received-hedge", O, "ack-received", "ats", "en-US",
  "Ridgefield Medical <ridgefield@myworkday.com>",
  "We've received your application for Product Marketing Manager, Diagnostics",
  """Dear Sam,

Thank you for applying for the Product Marketing Manager, Diagnostics position (R-0077214) at Ridgefield Medical. We have received your application and our Talent Acquisition team will review your qualifications.

If your skills and experience match the requirements of the role, a recruiter will contact you to discuss next steps. If we decide not to move forward with your application, we will let you know by email.

You can track the status of your application at any time by signing in to your [[candidate home]].

Thank you,
Ridgefield Medical Talent Acquisition""",
  vendor="workday", brand="Ridgefield Medical", plain="h2t",
  notes="acknowledgement that hedges about a future no"),

M("copperleaf-greenhouse-schedule", O, "interview-invite", "ats", "en-US",
  "Copperleaf Software <no-reply@us.greenhouse-mail.io>",
  "Copperleaf - let's schedule your interview",
  """Hi Sam,

Thanks for applying to the Senior Product Marketing Manager role at Copperleaf! We'd love to set up a 30-minute phone screen with Kim from our recruiting team.

Please use the link below to pick a time that works for you. Unfortunately, we're not able to offer slots on Fridays this month because of our company offsite.

{btn:Select a time}

If none of the times work, just reply to this email and we'll find something.

Best,
Copperleaf Recruiting""",
  vendor="greenhouse", brand="Copperleaf Software", reply_to="Copperleaf Recruiting <recruiting@copperleaf.example>",
  notes="scheduling link; 'Unfortunately' about Fridays"),

M("bramblecode-lever-takehome-invite", O, "assessment-invite", "ats", "en-CA",
  "Bramblecode <no-reply@hire.lever.co>",
  "Next step: take-home exercise for Product Marketing Manager",
  """Hi Sam,

Great news - the team enjoyed your conversation with Aiden and would like to move you forward to the next stage for the Product Marketing Manager role.

The next step is a short take-home exercise. You'll find the brief attached to the link below. We ask that you spend no more than 3 hours on it and send it back within 5 days. We're not looking for polish - we're looking for how you think.

{btn:Open the exercise}

If the timeline doesn't work for you, let us know and we'll adjust.

Cheers,
Bramblecode Talent""",
  vendor="lever", brand="Bramblecode",
  notes="take-home invitation; 'we're not looking for polish'"),

M("harbourline-icims-status-changed", O, "status-update", "ats", "en-US",
  "Harbourline Hotels <careers@talent.icims.com>",
  "Your application status has changed",
  """Dear Sam,

The status of your application for Loyalty Marketing Manager (Job ID 2026-4410) has been updated.

{table}

No action is required from you at this time. Our team will reach out directly if we'd like to schedule a conversation.

To review your application, please log in to the [[Harbourline Careers portal]].

Thank you,
Harbourline Hotels Talent Acquisition""",
  vendor="icims", brand="Harbourline Hotels", plain="none",
  table=[("Position", "Loyalty Marketing Manager"), ("Previous status", "Submitted"), ("Current status", "Under Review - Hiring Manager")],
  notes="html-only status change without a verdict"),

M("kingsbridge-taleo-still-reviewing", O, "status-update", "ats", "en-GB",
  "Kingsbridge Health Trust <kingsbridge@taleo.net>",
  "Your application - Communications Manager - 250981",
  """Dear Sam,

We are writing to let you know that we are still reviewing applications for the position of Communications Manager - 250981.

Due to the number of applications received, the shortlisting process is taking longer than we anticipated. Your application remains under consideration and we expect to contact shortlisted candidates by 20 November.

We apologise for the delay and thank you for your patience.

Kind regards,
Kingsbridge Health Trust Recruitment""",
  vendor="taleo", brand="Kingsbridge Health Trust", plain="h2t",
  notes="still reviewing; apology for delay"),

M("brightwater-successfactors-talent-community", O, "talent-community", "ats", "en-GB",
  "Brightwater Group Careers <noreply@successfactors.eu>",
  "Welcome to the Brightwater Talent Community",
  """Dear Sam,

Thank you for joining the Brightwater Talent Community.

You'll now receive job alerts based on the preferences you set: Marketing & Communications, Leeds / London / Remote (UK).

Joining our Talent Community is not an application for a specific role. If you see a vacancy you'd like to be considered for, please apply for it directly through our [[careers site]].

You can update your preferences or withdraw from the Talent Community at any time.

Kind regards,
Brightwater Group Resourcing Team""",
  vendor="successfactors", brand="Brightwater Group",
  about="Brightwater Group plc is registered in England and Wales (No. 02218840). Registered office: 1 Wharfside Place, Leeds LS1 4AP.",
  notes="talent community welcome; same employer and vendor as a rejection"),

M("orchard-smartrecruiters-offer", O, "offer", "ats", "en-SG",
  "Orchard Telecom <no-reply@smartrecruiters.com>",
  "Your offer from Orchard Telecom is ready",
  """Dear Sam,

Congratulations! We are delighted to extend you an offer for the position of Senior Manager, Brand & Campaigns at Orchard Telecom.

Your offer letter is ready for review in your candidate portal. Please review the details and accept or decline the offer by 13 November 2026. If you have any questions, please contact Rachel Goh at rachel.goh@orchardtelecom.example.

{btn:Review offer}

We look forward to welcoming you to the team.

Best regards,
Orchard Telecom Talent Acquisition""",
  vendor="smartrecruiters", brand="Orchard Telecom",
  notes="offer in portal; 'accept or decline'"),

M("quillfeather-ashby-survey", O, "candidate-survey", "ats", "en-US",
  "Waybright <no-reply@ashbyhq.com>",
  "How was your interview experience with Waybright?",
  """Hi Sam,

You recently interviewed with Waybright for the Lifecycle Marketing Manager role. Whatever the outcome of your process, we'd love to hear how we did.

This 2-minute survey is anonymous and goes directly to our People team. Your answers will not be shared with the hiring team and will not affect any hiring decision.

{btn:Take the survey}

Thank you for helping us make our process better for every candidate.

Waybright People Team""",
  vendor="ashby", brand="Waybright",
  notes="candidate-experience survey; 'whatever the outcome'"),

M("kilbarry-workable-assessment", O, "assessment-invite", "ats", "en-IE",
  "Kilbarry Foods <noreply@workablemail.com>",
  "Assessment invitation: Brand Manager at Kilbarry Foods",
  """Hi Sam,

Thanks for your interest in the Brand Manager role at Kilbarry Foods.

As part of our process, we ask all applicants to complete a short online assessment. It takes about 35 minutes and covers marketing scenarios and a brief numerical reasoning section.

{btn:Start assessment}

Please complete it within 5 days. Applications without a completed assessment cannot be progressed, so if you have any difficulty accessing it, email talent@kilbarryfoods.example.

Best of luck!
The Kilbarry Foods Talent Team""",
  vendor="workable", brand="Kilbarry Foods",
  notes="assessment invite; conditional 'cannot be progressed'"),

M("kowhai-bamboohr-ack-volume", O, "ack-received", "ats", "en-NZ",
  "Kōwhai Energy <notifications@app.bamboohr.com>",
  "Thanks for applying - Marketing Manager",
  """Kia ora Sam,

Thank you for applying for the Marketing Manager role at Kōwhai Energy. We've received your application and our team will be reviewing applications over the next two weeks.

Due to the high volume of applications we receive, only shortlisted applicants will be contacted. If you haven't heard from us by 30 October, please assume that your application has not been successful on this occasion.

We really appreciate your interest in joining us.

Ngā mihi,
The Kōwhai Energy team""",
  vendor="bamboohr", brand="Kōwhai Energy",
  notes="acknowledgement with conditional 'assume not successful'"),

M("marlowe-jazzhr-questionnaire", O, "assessment-invite", "ats", "en-US",
  "Marlowe & Finch <notifications@app.jazz.co>",
  "Action required: complete your questionnaire for Content Marketing Manager",
  """Hello Sam,

Thank you for applying for the Content Marketing Manager position with Marlowe & Finch.

Before we can move forward, we need you to complete a short questionnaire. Incomplete applications will not be reviewed by the hiring team.

{btn:Complete questionnaire}

Thank you,
Marlowe & Finch Hiring Team""",
  vendor="jazzhr", brand="Marlowe & Finch",
  notes="questionnaire; 'will not be reviewed' if incomplete"),

M("vantara-eightfold-recommendations", O, "job-alert", "ats", "en-IN",
  "Vantara Careers <careers-noreply@vantara.eightfold.ai>",
  "Sam, new roles that match your profile",
  """Dear Sam,

Based on your profile and your interest in Vantara Consumer Products, we found some roles you may like:

- Category Manager - Home Care - Mumbai
- Brand Manager - Foods - Gurugram
- Digital Marketing Lead - D2C - Bengaluru

{btn:View all matching jobs}

You are receiving this because you created a profile on Vantara Careers. Not interested? You can update your preferences at any time.

Regards,
Talent Acquisition Team
Vantara Consumer Products Ltd.""",
  vendor="eightfold", brand="Vantara Consumer Products", plain="h2t",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  notes="job recommendations from the employer that rejected Sam"),

M("meridiantrust-phenom-transfer", O, "requisition-transfer", "ats", "en-CA",
  "Meridian Trust Careers <careers@meridiantrust.phenompeople.example>",
  "Your application has been moved",
  """Hello Sam,

We wanted to let you know about a change to your application.

The original posting you applied to, Product Marketing Manager (Job ID 87944), has been closed. Because your experience is a strong match, our recruiter has moved your application to a similar opening: Product Marketing Manager II, Everyday Banking (Job ID 88310).

You don't need to do anything. Your application is now active for the new role and a recruiter will be in touch about next steps.

Sincerely,
Meridian Trust Talent Acquisition""",
  vendor="phenom", brand="Meridian Trust", plain="h2t",
  notes="original requisition closed, application transferred"),

M("coralline-avature-references", O, "reference-check", "ats", "en-AU",
  "Coralline Resources Careers <careers@coralline.avature.net>",
  "Coralline Resources - referee details required",
  """Dear Sam,

Congratulations on progressing to the final stage of the recruitment process for the Senior Communications Advisor role.

As a next step, we ask that you nominate two professional referees, one of whom should be a current or recent direct manager. Please submit their details using the link below within 3 business days.

{btn:Nominate referees}

Please note that progressing to reference checks is not a confirmation of an offer of employment.

Coralline Resources Talent Acquisition""",
  vendor="avature", brand="Coralline Resources",
  notes="reference request; 'not a confirmation of an offer'"),

M("indeed-application-viewed", O, "status-update", "ats", "en-US",
  "Indeed <donotreply@match.indeed.com>",
  "Your application was viewed by Fairmount Credit Union",
  """# Good news, Sam — an employer viewed your application

{table}

Employers often review many applications before reaching out. You'll get an email if Fairmount Credit Union sends you a message.

{btn:View application}

Keep the momentum going - apply to similar jobs:

- Marketing Manager - Cedar Grove Bank - Minneapolis, MN
- Member Engagement Lead - Prairie Mutual - Remote""",
  vendor="indeed", brand="Indeed", plain="h2t", bare_images=True,
  table=[("Job", "Marketing Manager"), ("Company", "Fairmount Credit Union"), ("Status", "Viewed by employer")],
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
  notes="Indeed status 'viewed'"),

M("linkedin-application-sent", O, "ack-received", "ats", "en-GB",
  "LinkedIn <jobs-noreply@linkedin.com>",
  "Sam, your application was sent to Foxglove Analytics",
  """{img:Foxglove Analytics}

Your application was sent to Foxglove Analytics

Head of Growth Marketing · Foxglove Analytics · Manchester, England, United Kingdom

Applied on 2 Oct

Now, take these next steps for more success with your job search

- Follow Foxglove Analytics to get updates
- Not the right fit? Explore similar jobs

{btn:View application}""",
  vendor="linkedin", brand="LinkedIn", plain="h2t",
  headers={"List-Unsubscribe": "<{unsub}>"},
  notes="LinkedIn Easy Apply confirmation; 'Not the right fit?'"),

M("ashgrove-workday-withdrawn", O, "withdrawal-confirmation", "ats", "en-GB",
  "Ashgrove Pharma <ashgrove@myworkday.com>",
  "Confirmation: application withdrawn",
  """Dear Sam,

This is to confirm that you have withdrawn your application for the Brand Manager, Vaccines role (R-31558).

Your application will no longer be considered for this position. If this was a mistake, or you wish to be considered for other roles in the future, you are welcome to apply again through our Careers site.

Kind regards,
Ashgrove Talent Acquisition""",
  vendor="workday", brand="Ashgrove Pharma",
  notes="Sam withdrew; 'no longer be considered'"),

M("calderstreet-greenhouse-candidate-rejected", O, "owner-hiring", "ats", "en-GB",
  "Calder Street Media <no-reply@us.greenhouse-mail.io>",
  "Jamie Ng was rejected from Content Strategist",
  """Hi Sam,

**Jamie Ng** was rejected from **Content Strategist** by Sam Taylor.

{table}

A rejection email was scheduled to send to the candidate in 24 hours. [[View in Greenhouse]]

You are receiving this notification because you are the hiring manager on this job.""",
  vendor="greenhouse", brand="Calder Street Media",
  table=[("Stage", "Application Review"), ("Rejection reason", "Not enough relevant experience"), ("Rejection email", "Standard - Application Review")],
  notes="Sam is the hiring manager; Greenhouse internal notification"),

M("brandsummit-sessionize-not-selected", O, "non-job-rejection", "ats", "en-AU",
  "BrandSummit ANZ via Sessionize <noreply@sessionize.com>",
  "Your session was not selected for BrandSummit ANZ 2027",
  """Dear Sam,

Thank you for submitting "From Broadcast to Bylines: Rebuilding a Newsroom Brand" to BrandSummit ANZ 2027.

We received over 600 submissions for 48 speaking slots this year. Unfortunately, your session was not selected for the programme.

We know how much work goes into a proposal and we hope you'll submit again next year. As a thank-you, we'd like to offer you 30% off a conference ticket with the code SPEAKER30.

Warm regards,
The BrandSummit ANZ programme committee""",
  vendor="sessionize", brand="BrandSummit ANZ",
  notes="talk proposal rejected"),

M("indeed-employer-payment-declined", O, "non-job-rejection", "ats", "en-GB",
  "Indeed for Employers <no-reply@indeed.com>",
  "Action needed: your payment was declined - Content Designer job paused",
  """Hi Sam,

We were unable to process the payment for your sponsored job **Content Designer** (Calder Street Media, London). Your card ending in 4417 was declined by the issuing bank.

Your sponsored job has been paused and will not receive new candidates until your billing information is updated.

{btn:Update payment method}

If you have any questions, contact our support team.

Indeed for Employers""",
  vendor="indeed", brand="Indeed",
  notes="Sam's own job ad paused; card declined"),

# ----------------------------------------------------------------- personal
M("harrowgate-answer-final-round-uk", O, "answer-to-owner-question", "personal", "en-GB",
  "Emma Caldwell <emma.caldwell@harrowgateliving.example>",
  "Re: Marketing Manager - any update?",
  """Hi Sam,

Not at all - quite the opposite! Sorry for the radio silence, we've had half the panel off with flu.

We'd love to invite you to the final round for the Marketing Manager role. It'll be a 45-minute conversation with our CEO, Martin, plus a short presentation. Could you do Tuesday 17th or Wednesday 18th, any time after 11?

Best,
Emma

On Mon, 9 Nov 2026 at 09:12, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Emma,
>
> I hope you're well. I haven't heard back since my second interview on the
> 28th and just wanted to check - have you gone with another candidate? No
> problem if so, I'd just appreciate knowing either way.
>
> Thanks,
> Sam""",
  parent="mail.example.org",
  notes="answers Sam's 'have you gone with another candidate?' with a final-round invite"),

M("corvid-reply-to-thanks-us", O, "reply-to-owner-followup", "personal", "en-US",
  "Melissa Grant <mgrant@corvidhealth.example>",
  "RE: Product Marketing Manager interview",
  """No need to apologise at all Sam, and thank you for such a gracious note. We'd love to keep in touch - I'll connect on LinkedIn and will reach out if something suitable opens on the team.

Melissa

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Thursday, October 15, 2026 4:02 PM
To: Melissa Grant <mgrant@corvidhealth.example>
Subject: RE: Product Marketing Manager interview

Hi Melissa,

Thanks for letting me know, and sorry for chasing. I enjoyed meeting the team and I'd be glad to be considered for future roles.

Best,
Sam

-----Original Message-----
From: Melissa Grant <mgrant@corvidhealth.example>
Sent: Thursday, October 15, 2026 11:20 AM
Subject: RE: Following up - Product Marketing Manager interview

Hi Sam, the team has decided to move ahead with another candidate who had more B2B SaaS experience, so we won't be moving your application forward.""",
  parent="mail.example.org", depth=2,
  notes="reply to Sam's thank-you; the rejection is only in the quote"),

M("saltbush-offer-au", O, "offer", "personal", "en-AU",
  "Mel Hargreaves <mel.hargreaves@saltbushhealth.example>",
  "Marketing Manager - offer",
  """Hi Sam,

Thanks for your patience! I'm delighted to let you know we'd like to offer you the Marketing Manager role at Saltbush Health.

Unfortunately we couldn't quite stretch to the $150k base you mentioned, but we've put together a package of $142k plus super, a 10% bonus and an extra week of leave, which I hope goes some way towards it. The formal letter will come through from our People team tomorrow.

Have a think and give me a call whenever you're ready - 0403 555 218.

Cheers,
Mel""",
  notes="offer; 'Unfortunately we couldn't stretch' about salary"),

M("northlight-decision-on-hold-ca", O, "status-update", "personal", "en-CA",
  "Shauna Beaulieu <sbeaulieu@northlightinsurance.example>",
  "Senior Manager, Digital Marketing - timing",
  """Hi Sam,

I wanted to give you a quick update rather than leave you hanging. The hiring decision for the Senior Manager, Digital Marketing role is on hold until our new VP Marketing starts on January 4th - she'd like to meet the two finalists before we make a decision.

To be clear, you're still very much in the running, and the role itself isn't going anywhere. We will come back to you in early January with next steps.

Thanks for bearing with us,
Shauna

Shauna Beaulieu, CHRP
HR Business Partner, Northlight Insurance
416-555-0127""",
  notes="decision on hold; candidacy alive; same sender as a rejection for another role"),

M("pennant-recruiter-pitch-uk", O, "recruiter-outreach", "personal", "en-GB",
  "Tom Blakely <tom.blakely@pennantsearch.example>",
  "Quick one",
  """Sam,

Hope you're well after the Halcyon news. Unfortunately I can't share the client's name yet, but I've just been briefed on a Marketing Director role at a B2B proptech business (Series C, London, c.£110k + equity) and you were the first person I thought of.

Any chance of a 15-minute call this week?

Tom

Tom Blakely | Director | Pennant Search
07700 900731""",
  notes="agency pitches a new role; refers back to an earlier rejection"),

M("calderstreet-colleague-candidate-no", O, "owner-hiring", "personal", "en-GB",
  "Lucy Fenwick <lucy.fenwick@example.org>",
  "Designer shortlist",
  """Hi Sam,

Caught up with Raj - we're both agreed we shouldn't move forward with Alex for the Designer role. Strong portfolio but not enough editorial work. Could you send the rejection today? I'd rather they hear from us before the weekend.

Happy to progress Maya and Kwame to the second round.

L

Lucy Fenwick
Creative Director | Calder Street Media""",
  notes="colleague at example.org about a candidate Sam rejects"),

M("owner-sent-rejection-to-candidate", O, "owner-sent", "personal", "en-GB",
  "Sam Taylor <sam.taylor@example.org>",
  "Your application - Designer, Calder Street Media",
  """Dear Alex,

Thank you for taking the time to apply for the Designer role at Calder Street Media and for sharing your portfolio with us.

We were impressed by your work, but after careful consideration we have decided not to move forward with your application at this stage. We had a very strong field and were looking for a little more editorial design experience.

We wish you every success and hope you'll consider applying to Calder Street in future.

Best wishes,
Sam

Sam Taylor
Head of Marketing | Calder Street Media""",
  to="Alex Moreno <alex.moreno@mailbox.example>",
  notes="Sam's own sent rejection to a candidate"),

M("friend-forwarded-own-rejection-nz", O, "forwarded", "personal", "en-NZ",
  "Jess Tamihana <jess.tamihana@mailbox.example>",
  "Fwd: Your application - Senior Designer",
  """ugh. third one this month. can we get a wine friday?? x

---------- Forwarded message ---------
From: Kōpū Studio <hello@kopustudio.example>
Date: Thu, 8 Oct 2026 at 14:12
Subject: Your application - Senior Designer
To: Jess Tamihana <jess.tamihana@mailbox.example>

Kia ora Jess,

Thank you for applying for the Senior Designer role. Unfortunately we have decided not to progress your application further. We wish you all the best in your search.

Ngā mihi,
Kōpū Studio""",
  notes="a friend's own rejection forwarded to Sam"),

M("harbourrd-rental-declined-nz", O, "non-job-rejection", "personal", "en-NZ",
  "Olivia Chen <olivia@harbourpropertymgmt.example>",
  "14 Harbour Road - application outcome",
  """Hi Sam,

Thank you for your application for 14 Harbour Road, Devonport, and for coming along to the viewing on Saturday.

Unfortunately your application has been unsuccessful on this occasion. The owner has decided to proceed with another applicant who was able to commit to a longer tenancy.

We have a two-bedroom townhouse coming up in Belmont next month - let me know if you'd like to view it.

Kind regards,
Olivia Chen
Property Manager | Harbour Property Management
021 555 4471""",
  notes="rental application declined; same phrasing as a job rejection"),

M("rooksby-magazine-pitch-pass-uk", O, "non-job-rejection", "personal", "en-GB",
  "Georgia Lister <georgia@rooksbyreview.example>",
  "Re: Pitch - why brand trust is the new reach",
  """Hi Sam,

Thanks for thinking of us. I'm going to pass on this one - we ran something quite close to it in the spring issue and I don't want to go back over the same ground so soon.

That said, I liked the writing a lot. If you have anything on the economics of local news, I'd be very keen to see it.

Best,
Georgia

Georgia Lister
Features Editor, The Rooksby Review""",
  parent="mail.example.org",
  notes="freelance article pitch declined; 'pass on this one'"),

M("westmeath-arts-grant-ie", O, "non-job-rejection", "personal", "en-IE",
  "Niamh Gallagher <niamh.gallagher@westmeatharts.example>",
  "Community Media Fund 2026 - your application",
  """Dear Sam,

Thank you for your application to the Community Media Fund 2026 on behalf of the Athlone Stories podcast project.

The assessment panel met on 6 October. I regret to let you know that your application was not successful on this occasion. The fund was heavily oversubscribed this year, with 94 applications for 11 awards.

Panel comments are available on request, and I would be happy to talk you through them before the next round opens in March.

Is mise le meas,
Niamh Gallagher
Arts Officer, Westmeath Arts Office""",
  notes="community grant application declined"),

M("recruiter-declined-coffee-us", O, "non-job-rejection", "personal", "en-US",
  "Andre Whitfield <andre.whitfield@slatebridge.example>",
  "Declined: Coffee - Sam / Andre",
  """Sorry Sam, I'm going to have to decline this one - I'm stuck in back-to-back calibration meetings Thursday. Could we do Friday at 9 instead? Same place works.

Andre

Andre Whitfield | Talent Lead | Slatebridge""",
  headers={"X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAIIA4AB0xbcQEAAAAAAAAA"},
  notes="calendar decline of a coffee with a recruiter; proposes another time"),

M("lioncity-reschedule-sg", O, "reschedule", "personal", "en-SG",
  "Marcus Lim <marcus.lim@lioncitypay.example>",
  "Change of interview timing - Brand Marketing Lead",
  """Dear Sam,

I'm sorry for the late notice. Unfortunately Joanne is unwell today, so we will need to cancel this afternoon's interview for the Brand Marketing Lead position.

The role is very much still open and the panel is keen to meet you. Could you let me know if any of these work instead?
- Monday 16 Nov, 10:00am SGT
- Tuesday 17 Nov, 2:30pm SGT

Apologies again for the inconvenience.

Best regards,
Marcus Lim
Talent Acquisition | Lion City Payments
DID: +65 6555 0147""",
  notes="interview cancelled and re-offered; same sender as a rejection for another role"),

M("reference-request-about-jordan-uk", O, "reference-request", "personal", "en-GB",
  "Sophie Mwangi <sophie.mwangi@harcourtmedia.example>",
  "Reference request - Jordan Lee",
  """Dear Sam,

Jordan Lee has applied for the position of Marketing Manager at Harcourt Media and has given your name as a referee. Jordan has been successful at interview and we would now like to take up references.

I would be grateful if you could confirm Jordan's dates of employment and role at Calder Street Media, and let us know whether you would re-employ. A short written reference or a 10-minute call would be equally welcome.

Many thanks,
Sophie Mwangi
HR Advisor, Harcourt Media""",
  notes="Sam asked for a reference about someone else's application"),

M("fernhill-still-reviewing-uk", O, "answer-to-owner-question", "personal", "en-GB",
  "Priyanka Shah <priyanka.shah@fernhillgroup.example>",
  "Re: Head of CRM - timing",
  """Hi Sam,

Thanks for checking in. No decision yet, I'm afraid - Daniel is still meeting the last two candidates this week. I'll have an answer for you by Friday either way.

Priyanka

On 10 Nov 2026, at 17:03, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Priyanka, just wondering if there's any news on the Head of CRM role?
> Sam""",
  parent="mail.example.org",
  notes="'no decision yet, I'm afraid'; 'either way'"),

M("bharat-next-round-unfortunately-in", O, "interview-invite", "personal", "en-IN",
  "Neha Iyer <neha.iyer@bharatcart.example>",
  "Final round - Head of Brand",
  """Hi Sam,

Unfortunately our CEO has had to travel to Singapore this Thursday, so we will not be able to do the final discussion as planned.

However, we would very much like you to meet him for the final round of the Head of Brand process next week. Would Tuesday 4 PM IST or Wednesday 11 AM IST suit you? The meeting will be on Google Meet.

Kindly revert at the earliest.

Regards,
Neha Iyer
Manager - Talent Acquisition, BharatCart
+91 99860 55421""",
  notes="opens with 'Unfortunately' then moves to the final round"),

M("kookaburra-talent-pool-invite-au", O, "talent-community", "personal", "en-AU",
  "Zoe Papadakis <zoe@kookaburrarecruit.example>",
  "Talent pool for 2027 marketing roles",
  """Hi Sam,

I came across your profile on LinkedIn and wanted to reach out. We're building a talent pool of senior marketers ahead of a number of roles we're expecting to recruit for across FMCG and retail in early 2027.

There's no specific role right now, so no need to prepare anything - I'd just love to have your CV on file and a quick chat to understand what you're looking for.

Would you be open to that?

Cheers,
Zoe Papadakis
Principal Consultant | Kookaburra Recruitment
0421 555 908""",
  notes="talent-pool invitation without a verdict; no application"),

M("calderstreet-hr-regret-template", O, "owner-hiring", "personal", "en-GB",
  "Priya Natarajan <priya.natarajan@example.org>",
  "Regret letter for the content roles - can you check?",
  """Hi Sam,

Here's the draft regret letter for the Content Strategist candidates who didn't make the shortlist. Could you give it a once-over before I load it into Greenhouse?

---
Dear [First name],

Thank you for your interest in the Content Strategist role at Calder Street Media. Unfortunately, on this occasion we will not be progressing your application. We received over 200 applications and had to make some difficult decisions.

We wish you the best of luck in your search.

Sam Taylor, Head of Marketing
---

Thanks!
Priya
People Partner | Calder Street Media""",
  notes="HR colleague asks Sam to review a rejection template"),

M("owner-sent-thanks-after-rejection", O, "owner-sent", "personal", "en-NZ",
  "Sam Taylor <sam.taylor@example.org>",
  "Re: Thanks for your time - Brand Lead",
  """Kia ora Aroha,

Thank you for letting me know, and for taking the time to write such a thoughtful note. Of course I'm disappointed, but I really enjoyed meeting you and the team, and I'd love to hear about the export role when it comes up.

I'd also take you up on the offer of feedback - would a quick call next week suit?

Ngā mihi,
Sam

On Tue, 20 Oct 2026 at 15:40, Aroha Williams <aroha.williams@rangitotobrewing.example> wrote:
> We've now made our decision for the Brand Lead role, and I'm sorry to say
> it isn't you. We've offered the position to someone who has spent the last
> few years running brand for a hospitality group here in Auckland.""",
  to="Aroha Williams <aroha.williams@rangitotobrewing.example>", parent="rangitotobrewing.example",
  notes="Sam's own follow-up quoting a rejection"),

M("friend-commiserates-us", O, "personal", "personal", "en-US",
  "Dev Patel <dev.patel@mailbox.example>",
  "their loss",
  """Sam!! Just saw your text about Tidewater. Gutted they went with someone else, honestly their loss. The fact you made it to the last two out of what, 300 applicants? says everything.

Drinks on me Thursday. Also - my old boss at Copperleaf is hiring a senior PMM, want me to put you in touch?

D""",
  notes="friend mentions Sam's rejection second-hand"),
]
