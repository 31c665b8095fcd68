"""The 48 hard negatives of blind set en12 (18 ATS-style, 30 personal). All names fictional."""
from content_common import BULK, AUTO, OWNER

O = "other"

MESSAGES = [
# ---------------------------------------------------------------- ATS style
dict(slug="ack-greenhouse-volume-hedge", label=O, cat="ack-received", style="ats", variant="en-US",
     vendor="greenhouse", brand="Castellan Outdoor",
     frm="Castellan Outdoor <no-reply@us.greenhouse-mail.io>",
     subject="Thank you for applying to Castellan Outdoor!", headers=AUTO,
     notes="hedging acknowledgement: can't reply to everyone; 'unfortunately'",
     text="""Hi Sam,

Thank you for applying for the Brand Marketing Manager role at Castellan Outdoor! We've received your application and our team will review it shortly.

Unfortunately, due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your experience matches what we are looking for, a member of our recruiting team will be in touch within two weeks. If you have not heard from us by then, please assume that we have decided to move forward with other candidates.

In the meantime, check out [[life at Castellan]].

Happy trails,
Castellan Outdoor Recruiting""",
     about="Castellan Outdoor is an equal opportunity employer and does not discriminate on the basis of any protected characteristic."),

dict(slug="ack-lever-either-way", label=O, cat="ack-received", style="ats", variant="en-GB",
     vendor="lever", brand="Fenwick & Lowe",
     frm="Fenwick & Lowe <no-reply@hire.lever.co>",
     subject="We've received your application - Senior Content Manager", headers=AUTO,
     notes="acknowledgement promising news 'either way'",
     text="""Hi Sam,

Thanks for applying for the Senior Content Manager role at Fenwick & Lowe. This is a quick note to confirm we've got your application.

Our hiring team reviews every application personally. If we don't move forward, we'll still let you know - we think everyone deserves an answer either way. You can expect to hear from us within 10 working days.

Thanks again,
The Fenwick & Lowe Talent Team"""),

dict(slug="reqtransfer-workday-closed-moved", label=O, cat="requisition-transfer", style="ats", variant="en-GB",
     vendor="workday", brand="Pennant Retail Group", h2t=True,
     frm="Pennant Retail Group <pennant@myworkday.com>",
     subject="Your application has been moved - R-22310", headers=AUTO,
     notes="old requisition closed, application transferred; status rows look like a rejection",
     table=[("Original requisition", "R-22310 Brand Manager, Own Label"), ("Status", "Closed - transferred"), ("New requisition", "R-22398 Senior Brand Manager, Own Label"), ("New status", "In review")],
     text="""Dear Sam Taylor,

The requisition you applied for has been closed and replaced by a new posting. Your application has been transferred to the new requisition and no further action is needed from you.

{table}

You can track your application in [[Candidate Home]].

Pennant Retail Group Talent Acquisition"""),

dict(slug="alert-linkedin-no-longer-accepting", label=O, cat="job-alert", style="ats", variant="en-US",
     vendor="linkedin", brand="LinkedIn", h2t=True,
     frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
     subject="\"Product Marketing Manager\": 12 new jobs in New York", headers=dict(BULK),
     notes="job alert with 'no longer accepting applications' listings",
     text="""Your job alert for Product Marketing Manager in New York, NY

Senior Product Marketing Manager
Oxbow Finance · New York, NY · $150K-$175K
Actively recruiting

Product Marketing Manager, Payments
Tessellate · New York, NY (Hybrid)
No longer accepting applications

Product Marketing Lead
Quillstone · Remote
Position filled - see similar jobs

Manager, Product Marketing
Birchwell · Brooklyn, NY
Be an early applicant

[[See all jobs]]"""),

dict(slug="alert-indeed-expired-closed", label=O, cat="job-alert", style="ats", variant="en-IE",
     vendor="indeed-alert", brand="Indeed",
     frm="Indeed <alert@indeed.com>",
     subject="Marketing Manager jobs in Dublin - 8 new", headers=dict(BULK),
     notes="job alert; one 'saved job' shown as expired and closed",
     text="""Sam, here are the latest jobs matching your search.

Marketing Manager - Emerald Isle Distillers - Dublin 8 - Easily apply
Senior Marketing Executive - Corrib Pharma - Dublin - New
Brand Manager - Larkin Foods - Swords, County Dublin

Update on a job you saved: Head of Marketing - Harlow Travel. This job has expired on Indeed and is now closed to new applicants.

[[View all 8 jobs]]"""),

dict(slug="invite-smartrecruiters-move-forward", label=O, cat="interview-invite", style="ats", variant="en-AU",
     vendor="smartrecruiters", brand="Wattle & Co",
     frm="Wattle & Co <noreply@smartrecruiters.com>",
     subject="Wattle & Co - Marketing Manager - Interview invitation", headers=AUTO,
     notes="invitation that uses 'move forward with your application' and mentions unsuccessful candidates",
     button="Choose an interview time",
     text="""Dear Sam,

Thank you for applying for the Marketing Manager position with Wattle & Co.

We are pleased to let you know that we would like to move forward with your application and invite you to a 45-minute video interview with Georgia Watts, Head of Marketing.

Please select a time that suits you using the link below. Slots are available until Friday 5pm AEDT. We have had a large number of applicants, and unsuccessful candidates have been notified separately.

Kind regards,
Talent Acquisition | Wattle & Co"""),

dict(slug="assessment-teamtailor-withdrawn-if-incomplete", label=O, cat="assessment", style="ats", variant="en-GB",
     vendor="teamtailor", brand="Coppergate Insurance",
     frm="Coppergate Insurance <no-reply@teamtailor.com>",
     subject="Next step: online assessment for Digital Marketing Manager", headers=AUTO,
     notes="assessment invitation; 'will be withdrawn' if not completed",
     button="Start assessment",
     text="""Hi Sam,

Thanks for your application for Digital Marketing Manager at Coppergate Insurance. We'd like you to complete a short online assessment as the next step.

The assessment takes around 30 minutes and covers numerical reasoning and a short situational judgement test. Please complete it within 5 days. Applications with an incomplete assessment after this time will be withdrawn automatically.

Good luck!
Coppergate Talent Team"""),

dict(slug="ownerhiring-workday-dispositions-not-selected", day="2026-11-10", label=O, cat="owner-hiring", style="ats", variant="en-GB",
     vendor="workday", brand="Calder Street Media",
     frm="Calder Street Media Workday <calderstreet@myworkday.com>",
     subject="Action completed: candidates dispositioned on R-5512 Content Designer", headers=AUTO,
     notes="HR system notice to Sam as hiring manager; 'Not Selected' about other people",
     table=[("Requisition", "R-5512 Content Designer"), ("Hiring manager", "Sam Taylor"), ("Candidates dispositioned", "14"), ("Disposition reason", "Not Selected - Other candidates more qualified"), ("Notification to candidates", "Sent 10 Nov 2026")],
     text="""Hello Sam Taylor,

The bulk disposition you submitted has been completed. The candidates below have been moved to the Declined stage and have been sent the standard regret email.

{table}

3 candidates remain in the Interview stage. [[Open requisition R-5512]]

This is a system notification from Calder Street Media Workday."""),

dict(slug="ownerhiring-greenhouse-candidate-rejected-event", day="2026-11-09", label=O, cat="owner-hiring", style="ats", variant="en-GB",
     vendor="greenhouse", brand="Calder Street Media",
     frm="Greenhouse <no-reply@greenhouse.io>",
     subject="Candidate rejected: Jordan Mills - Senior Video Producer", headers=AUTO,
     notes="owner is hiring manager; Greenhouse notification of a rejection Sam made",
     text="""Hi Sam,

Jordan Mills was rejected from Senior Video Producer by Sam Taylor.

Rejection reason: Lacking skills/qualifications
Rejection email: "Calder Street Media - Thank you for your application" (sent)

[[View candidate profile]]

You're receiving this because you are the hiring manager for Senior Video Producer."""),

dict(slug="nonjob-bank-card-declined", label=O, cat="non-job-rejection", style="ats", variant="en-ZA",
     vendor="bank", brand="Protea Bank", h2t=True,
     frm="Protea Bank <noreply@proteabank.example>",
     subject="Your credit card application - outcome", headers=AUTO,
     notes="credit card application declined; ordinary rejection vocabulary",
     text="""Dear Sam Taylor

Thank you for applying for a Protea Bank Gold Credit Card (Application ref PB-88214207).

We have carefully assessed your application against our credit criteria. Unfortunately, we are unable to approve your application at this time.

This decision was based on information from a credit bureau and our internal scoring. You are entitled to request the reasons for the decision and a free copy of your credit report within 20 business days. Please call 0860 555 123.

Kind regards
Protea Bank Credit Team"""),

dict(slug="nonjob-sessionize-talk-not-accepted", label=O, cat="non-job-rejection", style="ats", variant="en-US",
     vendor="sessionize", brand="BrandCon 2027",
     frm="BrandCon 2027 via Sessionize <noreply@sessionize.com>",
     subject="BrandCon 2027 - Your session submission", headers=AUTO,
     notes="conference talk rejected; 'after careful consideration'",
     text="""Dear Sam Taylor,

Thank you for submitting "Measuring Brand in a Cookieless World" to BrandCon 2027.

We received over 900 submissions for 60 slots this year. After careful consideration, we regret to inform you that your session was not selected for the programme.

We really hope to see you in Chicago anyway: as a thank-you, use code SPEAKER27 for 20% off your ticket.

The BrandCon Program Committee"""),

dict(slug="nonjob-arts-grant-unsuccessful", label=O, cat="non-job-rejection", style="ats", variant="en-IE",
     vendor="generic", brand="Creative Cities Fund",
     frm="Creative Cities Fund <grants-noreply@creativecities.example>",
     subject="Decision on your application CCF-26-0419", headers=AUTO,
     notes="community grant application unsuccessful",
     table=[("Application", "CCF-26-0419 Stoneybatter Zine Festival"), ("Scheme", "Community Arts Grant 2027"), ("Outcome", "Unsuccessful")],
     text="""Dear Sam,

Thank you for your application to the Creative Cities Fund.

{table}

We regret that we are unable to offer funding on this occasion. The scheme was heavily oversubscribed and the panel could only fund 18% of eligible applications. Panel comments are available in the [[applicant portal]].

We encourage you to apply again in the next round, which opens in March.

Creative Cities Fund Grants Team"""),

dict(slug="nonjob-letting-portal-flat-declined", label=O, cat="non-job-rejection", style="ats", variant="en-GB",
     vendor="generic", brand="Cobble & Key Lettings",
     frm="Cobble & Key Lettings <no-reply@cobbleandkey.example>",
     subject="Update on your application: Flat 3, 27 Rosebery Avenue", headers=AUTO,
     notes="rental application not progressed; same wording as a job rejection",
     text="""Dear Sam,

Thank you for your application to rent Flat 3, 27 Rosebery Avenue.

We received a high number of applications for this property. The landlord has now reviewed all applicants and has decided to proceed with another applicant. Your application will therefore not be progressed.

Your holding deposit has not been taken. You can view other available properties on our [[website]].

Kind regards,
Cobble & Key Lettings"""),

dict(slug="nonjob-concur-expense-rejected", label=O, cat="non-job-rejection", style="ats", variant="en-GB",
     vendor="concur", brand="Calder Street Media",
     frm="SAP Concur <autonotification@concursolutions.com>",
     subject="Expense report rejected: October travel - Edinburgh pitch", headers=AUTO,
     notes="Sam's expense claim rejected by approver",
     table=[("Report", "October travel - Edinburgh pitch"), ("Amount", "GBP 412.60"), ("Status", "Returned / Rejected"), ("Approver", "Mark Ellison")],
     text="""Sam Taylor,

Your expense report has been rejected by your approver.

{table}

Approver comment: "Hotel receipt missing for 14 Oct - please attach and resubmit."

Please correct the report and resubmit it in [[SAP Concur]]."""),

dict(slug="nonjob-school-place-not-offered", label=O, cat="non-job-rejection", style="ats", variant="en-GB",
     vendor="generic", brand="Hartfield Borough Council",
     frm="Hartfield Admissions <admissions-noreply@hartfield.example>",
     subject="In-year school place application - outcome", headers=AUTO,
     notes="school place refused; appeal rights; waiting list",
     text="""Dear Sam Taylor,

In-year application for: Alex Taylor, Year 4

We have considered your application for a place at St Brigid's Primary School. We regret that we are unable to offer a place, as the year group is full.

Alex has been placed on the waiting list at position 3. You have the right to appeal this decision. Details of how to appeal are available on our [[admissions page]].

School Admissions Team, Hartfield Borough Council"""),

dict(slug="nonjob-marketing-award-not-shortlisted", day="2026-11-10", label=O, cat="non-job-rejection", style="ats", variant="en-AU",
     vendor="generic", brand="Australian Brand Awards",
     frm="Australian Brand Awards <entries@brandawards.example>",
     subject="Australian Brand Awards 2026 - entry update", headers=dict(BULK),
     notes="award entry for Sam's employer not shortlisted",
     text="""Hi Sam,

Thank you for entering Calder Street Media's "Late Shift" campaign in the Best Integrated Campaign category.

The judging panel has now completed the first round. Unfortunately your entry hasn't made the shortlist this year. The standard was exceptionally high, with 240 entries across the category.

Judges' feedback will be sent to all entrants in December. We hope to see you at the awards night on 4 February - [[book your table]].

The Australian Brand Awards team"""),

dict(slug="talentcommunity-workable-no-verdict", label=O, cat="talent-pool", style="ats", variant="en-CA",
     vendor="workable", brand="Maple & Ember", h2t=True,
     frm="Maple & Ember <noreply@candidates.workablemail.com>",
     subject="Welcome to the Maple & Ember talent community", headers=dict(BULK),
     notes="talent community sign-up confirmation; no application, no verdict",
     text="""Hi Sam,

Thanks for joining the Maple & Ember talent community! We don't have an opening that matches your interests right now, but we'll let you know as soon as one comes up.

You told us you're interested in: Marketing, Brand, Communications (Vancouver or Remote).

You can update your preferences or leave the community at any time from your [[profile]].

The Maple & Ember People Team"""),

dict(slug="offer-bamboohr-offer-letter", day="2026-11-16", label=O, cat="offer", style="ats", variant="en-US",
     vendor="bamboohr", brand="Holtby Outdoor",
     frm="Holtby Outdoor <notifications@app.bamboohr.com>",
     subject="Your offer letter from Holtby Outdoor is ready to sign", headers=AUTO,
     notes="offer to sign; expiry; 'will be withdrawn' if unsigned",
     button="Review and sign",
     text="""Hi Sam,

Congratulations! Holtby Outdoor has sent you an offer letter for the position of Brand Marketing Manager.

Please review and sign it by Friday, November 20. If the offer is not signed by that date it may be withdrawn.

If you have any questions about your offer, contact Laura Chen at laura.chen@holtby.example.

Holtby Outdoor People Team"""),

# ---------------------------------------------------------------- personal
dict(slug="answer-owner-question-final-round", day="2026-11-10", label=O, cat="answer-to-owner-question", style="personal", variant="en-US",
     frm="Megan Shaw <megan.shaw@oxbowfinance.example>",
     subject="Re: Senior Product Marketing Manager - update?", parent=True, parent_domain="mail.example.org",
     notes="Sam asked 'have you gone with someone else?'; the answer is a final-round invitation",
     text="""Hi Sam,

Not at all - sorry for leaving you hanging! We haven't made a decision and you're very much still in the running. In fact the team would love to bring you in for the final round with our CMO next week. Does Tuesday at 2pm or Wednesday at 10am work?

Megan

Megan Shaw | Recruiting Lead | Oxbow Finance

On Mon, Nov 9, 2026 at 8:47 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Megan,
>
> I hope you're well. I haven't heard anything since my second interview
> for the Senior Product Marketing Manager role two weeks ago, so I
> wondered whether you've gone with someone else? If so, no problem at
> all - I'd just appreciate knowing either way.
>
> Thanks,
> Sam"""),

dict(slug="outreach-old-role-filled-new-briefs", label=O, cat="recruiter-outreach", style="personal", variant="en-GB",
     frm="James Whitaker <james.whitaker@talbotsearch.example>",
     subject="Catching up + two new roles",
     notes="recruiter mentions an old role was filled months ago and pitches new ones",
     text="""Hi Sam,

Long time no speak! You might remember we chatted back in the spring about the Head of Marketing role at Brindle Insurance - that was filled in the end by someone from Aviva, so it never went anywhere.

I'm getting in touch because I've got two new briefs that made me think of you straight away:

- Head of Brand, a challenger bank in Manchester (hybrid, up to £110k)
- Marketing Director, a B2B media group in London

Would you be open to a chat this week?

Best,
James
James Whitaker | Director | Talbot Search | 0161 555 0788"""),

dict(slug="forwarded-friend-own-rejection", day="2026-11-18", label=O, cat="forwarded", style="personal", variant="en-IE",
     frm="Orla Brennan <orla.brennan@gmail.example>",
     subject="Fwd: Your application to Larkin Foods",
     notes="friend forwards her own rejection for sympathy",
     text="""Another one bites the dust!! Can you believe it after FOUR rounds. Pints on Friday, I need them.

O x

---------- Forwarded message ---------
From: Larkin Foods Careers <careers-noreply@larkinfoods.example>
Date: Wed, 18 Nov 2026 at 16:02
Subject: Your application to Larkin Foods
To: <orla.brennan@gmail.example>

Dear Orla,

Thank you for your interest in the Brand Manager position at Larkin Foods. After careful consideration, we regret to inform you that we will not be progressing your application further at this time.

We wish you every success in your career.

Larkin Foods Talent Acquisition"""),

dict(slug="ownerhiring-colleague-discussing-candidates", label=O, cat="owner-hiring", style="personal", variant="en-GB",
     frm="Leah Morgan <leah.morgan@example.org>",
     subject="Content Designer shortlist - thoughts",
     notes="colleague at example.org discussing which candidates to reject",
     text="""Hi Sam,

Had a proper look at the Content Designer shortlist this morning. My take:

- Priya: strong portfolio but no experience with design systems. I'd say no.
- Tom H: great in the screen, let's progress to the task.
- Ama: I think we reject - the writing sample was weak and she didn't answer the brief.

Happy to send the regret emails to Priya and Ama if you agree, or do you want to do it yourself since you met them?

Leah

Leah Morgan | Senior Content Designer | Calder Street Media"""),

dict(slug="ownersent-rejecting-candidate", day="2026-11-10", label=O, cat="owner-sent", style="personal", variant="en-GB",
     frm=OWNER, to="Ama Owusu <ama.owusu@mailbox.example>",
     subject="Your application - Content Designer at Calder Street Media",
     notes="Sam's own sent rejection of a candidate",
     text="""Dear Ama,

Thank you for applying for the Content Designer role at Calder Street Media and for the time you put into the written exercise.

We've reviewed all the applications carefully, and I'm sorry to let you know that we won't be taking your application further on this occasion. We had a very strong field, and we've decided to progress with candidates whose experience is closer to what the team needs right now.

I wish you the very best with your search.

Kind regards,
Sam Taylor
Head of Marketing, Calder Street Media"""),

dict(slug="reply-to-owner-followup-keep-in-touch", day="2026-11-05", label=O, cat="reply-to-owner-followup", style="personal", variant="en-US", client_html=True,
     frm="Rachel Kim <rachel.kim@ferncastle.example>",
     subject="Re: Your case study - Ferncastle", parent=True, parent_domain="mail.example.org", parent_depth=2,
     notes="recruiter answers Sam's thank-you after a rejection; rejection only in quotes",
     text="""Hi Sam,

No need to apologise at all, and thank you for such a gracious reply - that's rarer than you'd think! We'd love to keep in touch. I'll add a note to your profile so that I reach out when the next lifecycle or CRM role opens, likely in Q1.

Rachel

On Thu, Nov 5, 2026 at 10:31 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Rachel,
>
> Thanks for letting me know, and sorry again for sending the case study a
> day later than planned. I enjoyed the process and would love to be
> considered for future roles.
>
> Best, Sam
>
> On Wed, Nov 4, 2026 at 3:02 PM Rachel Kim <rachel.kim@ferncastle.example> wrote:
>> Hi Sam, thank you for submitting the case study for the Lifecycle
>> Marketing Manager role. We felt the testing plan didn't go deep enough
>> on measurement, and so we won't be advancing you to the final round."""),

dict(slug="nonjob-tender-unsuccessful", label=O, cat="non-job-rejection", style="personal", variant="en-GB",
     frm="Procurement Team <procurement@wexcombe.example>",
     subject="Tender WBC/2026/031 - Visitor Campaign - Notification of outcome",
     notes="Calder Street Media's tender unsuccessful; standstill period; scores",
     text="""Dear Sam Taylor,

Tender reference: WBC/2026/031 - Destination Marketing Campaign 2027

Thank you for submitting a tender on behalf of Calder Street Media for the above contract.

The evaluation has now been completed. I regret to inform you that your tender was unsuccessful. The contract is to be awarded to Holloway Creative Ltd, who achieved the highest overall score.

Your scores: Quality 52.5/70, Price 24.1/30, Total 76.6/100
Winning bidder: Quality 61.0/70, Price 26.8/30, Total 87.8/100

A standstill period of 10 calendar days applies from the date of this letter. Should you wish to receive a debrief, please let me know by return.

Yours sincerely,
Harriet Cole
Category Manager, Wexcombe Borough Council"""),

dict(slug="nonjob-journal-paper-declined", label=O, cat="non-job-rejection", style="personal", variant="en-GB",
     frm="Journal of Media Marketing <editorial@jmm.example>",
     subject="JMM-2026-0388: Decision on your manuscript",
     notes="journal article declined after review",
     text="""Dear Sam Taylor,

Manuscript ID JMM-2026-0388, "Audience trust and subscription conversion in regional news"

Thank you for submitting your manuscript to the Journal of Media Marketing. It has now been reviewed by two referees, whose comments are below.

I regret to inform you that, on the basis of these reviews, I am unable to accept your paper for publication. The reviewers found the topic timely but felt the sample too small to support the conclusions.

Reviewer 1: The research question is relevant but...
Reviewer 2: I would encourage the authors to extend the dataset...

Thank you for considering the journal for your work.

Yours sincerely,
Prof. Alan Whitmore
Editor-in-Chief"""),

dict(slug="nonjob-mortgage-lender-declined", label=O, cat="non-job-rejection", style="personal", variant="en-AU",
     frm="Nathan Cole <nathan@clearpathbroking.example>",
     subject="Home loan application - Brunswick St",
     notes="mortgage broker: lender declined loan; next steps with another lender",
     text="""Hi Sam,

Bad news I'm afraid - Southern Cross Bank have come back and declined the application. Their credit team weren't comfortable with the probation period on the new contract.

The good news is I've already spoken to two other lenders who are more flexible on this, so I'd like to resubmit with Harbour Mutual this week. Can you send me your last two payslips?

Cheers,
Nathan
Clearpath Broking | 0433 555 201"""),

dict(slug="nonjob-club-membership-waiting-list", label=O, cat="non-job-rejection", style="personal", variant="en-ZA",
     frm="Membership Secretary <membership@kloofrowingclub.example>",
     subject="Membership application - Kloof Rowing Club",
     notes="club membership not accepted this intake",
     text="""Dear Sam

Thank you for your application for full membership of the Kloof Rowing Club.

The committee met on Tuesday and I'm sorry to say that we are not able to accept your application this season, as we have reached our membership cap for the boathouse. Your name has been added to the waiting list and we will contact you when a place opens.

Kind regards
Pieter van Wyk
Membership Secretary"""),

dict(slug="nonjob-meeting-declined-outlook", day="2026-11-26", label=O, cat="non-job-rejection", style="personal", variant="en-GB",
     frm="Mark Ellison <mark.ellison@example.org>",
     subject="Declined: Q1 planning - marketing & audience",
     notes="declined meeting invitation from a colleague",
     text="""Mark Ellison has declined this meeting.

Sorry Sam, I'm at the board offsite all day. Can we move it to the following week? Happy for Leah to go ahead without me otherwise.

When: Thursday, 3 December 2026 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
Where: Fleet meeting room / Microsoft Teams"""),

dict(slug="invite-final-round-turned-down-many", day="2026-11-13", label=O, cat="interview-invite", style="personal", variant="en-CA",
     frm="Aisha Rahman <aisha.rahman@birchwell.example>",
     subject="Next steps - Manager, Product Marketing",
     notes="final round invitation that mentions turning down strong candidates",
     text="""Hi Sam,

Good news! The panel would like to see you for the final round for the Manager, Product Marketing role.

It was a tough week - we've had to turn down a lot of really strong candidates, so you should feel good about getting this far. The final round is a 60-minute presentation to our VP Marketing and two product leads, in person at our Toronto office.

Could you let me know your availability for the week of November 23?

Best,
Aisha
Aisha Rahman | Talent Acquisition | Birchwell
416-555-0162"""),

dict(slug="ack-hiring-manager-honest-hedge", label=O, cat="ack-received", style="personal", variant="en-US",
     frm="Tyler Brooks <tyler@fernwayhq.example>",
     subject="Re: Senior Content Strategist application", parent=True, parent_domain="mail.example.org",
     notes="hiring manager acknowledgement that hedges about not progressing",
     text="""Hey Sam,

Thanks for reaching out directly, and for the writing samples. I'll be honest: we've had over 300 applicants for the Senior Content Strategist role and it's a really competitive field, so it's possible we won't progress your application. But I'll read everything myself this week and we'll let you know either way by the 20th.

Tyler
Head of Content, Fernway"""),

dict(slug="status-paused-still-deciding", label=O, cat="status-update", style="personal", variant="en-IN",
     frm="Rohan Mehta <rohan.mehta@indigoarc.example>",
     subject="Update on Marketing Manager - Indigo Arc",
     notes="process paused, no decision taken, application active",
     text="""Hi Sam,

I wanted to keep you posted. We have paused interviews for the Marketing Manager position for about two weeks while the revised budget for next year is confirmed by our finance team.

Please note that no decision has been taken on any candidate, and your application remains active. We are still very keen on your profile and we will come back to you as soon as we have clarity.

Thanks for your patience.

Regards,
Rohan Mehta
HR Business Partner | Indigo Arc Technologies | Bengaluru
+91 80 5555 0190"""),

dict(slug="status-reference-request-final", label=O, cat="status-update", style="personal", variant="en-GB",
     frm="Hannah Okafor <hannah.okafor@marlowfinch.example>",
     subject="References - Head of Brand",
     notes="reference request after final interview (same company as a rejection for another role)",
     text="""Hi Sam,

Thanks again for coming in on Tuesday for the Head of Brand role. The panel were really impressed and we'd like to move to the referencing stage.

Could you send me the details of two referees, ideally including your current line manager? We won't contact anyone until you give the go-ahead.

Warm regards,
Hannah

Hannah Okafor | People Partner | Marlow & Finch"""),

dict(slug="offer-indian-email-offer", day="2026-11-18", label=O, cat="offer", style="personal", variant="en-IN",
     frm="Deepa Iyer <deepa.iyer@kalpatarudigital.example>",
     subject="Offer of employment - Head of Marketing Communications",
     notes="offer by email; mentions other candidates not selected",
     text="""Dear Sam,

Greetings from Kalpataru Digital!

Further to your discussions with our management, we are pleased to offer you the position of Head of Marketing Communications. The panel met several candidates, and it was a unanimous decision in your favour.

Please find the detailed offer letter attached. We request you to confirm your acceptance by 25th November 2026, after which the offer will lapse.

Looking forward to welcoming you to the team.

Warm Regards,
Deepa Iyer
Lead - Human Resources
Kalpataru Digital Pvt. Ltd., Pune"""),

dict(slug="ownersent-have-you-gone-with-someone", day="2026-11-25", label=O, cat="owner-sent", style="personal", variant="en-GB",
     frm=OWNER, to="Kate Lowther <kate@lowthersearch.example>",
     subject="Quick check - Ashdown Media",
     notes="Sam's own question 'have they gone with someone else?'",
     text="""Hi Kate,

Hope you're well. It's been nearly three weeks since the second interview with Ashdown Media for the Head of Audience role and I've not heard anything. Have they gone with someone else? If it's a no, I'd honestly rather know so I can move on.

Thanks,
Sam"""),

dict(slug="ownerhiring-forwarded-candidate-feedback-request", day="2026-11-12", label=O, cat="owner-hiring", style="personal", variant="en-GB",
     frm="Leah Morgan <leah.morgan@example.org>",
     subject="FW: Re: Your application - Content Designer at Calder Street Media",
     notes="colleague forwards a rejected candidate's reply asking Sam to give feedback",
     text="""Sam - Ama replied to your email asking for feedback. Do you want to take this one? I've got notes from the task if useful.

L

-----Original Message-----
From: Ama Owusu <ama.owusu@mailbox.example>
Sent: 12 November 2026 08:14
To: Sam Taylor <sam.taylor@example.org>
Cc: Leah Morgan <leah.morgan@example.org>
Subject: Re: Your application - Content Designer at Calder Street Media

Dear Sam,

Thank you for letting me know. Of course I'm disappointed not to be progressing, but I'd really appreciate any feedback on my written exercise so I can improve for next time.

Best wishes,
Ama"""),

dict(slug="withdrawal-confirmed-recruiter", label=O, cat="withdrawal-confirmation", style="personal", variant="en-AU",
     frm="Georgia Watts <georgia.watts@wattleandco.example>",
     subject="Re: Withdrawing my application", parent=True, parent_domain="mail.example.org",
     notes="Sam withdrew; the company confirms the application is closed",
     text="""Hi Sam,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your application for the Marketing Manager position and closed your file on our side. Completely understand.

All the best,
Georgia

> Hi Georgia, I wanted to let you know that I've accepted another offer, so I'd like to withdraw my application for the Marketing Manager role. Thanks so much for your time. Sam"""),

dict(slug="ownerhiring-req-cancelled-by-finance", label=O, cat="owner-hiring", style="personal", variant="en-GB",
     frm="Priti Shah <priti.shah@example.org>",
     subject="Senior Producer req - cancelled",
     notes="Sam's own requisition cancelled; Sam must tell the candidates",
     text="""Hi Sam,

Sorry to be the bearer of bad news. Finance have confirmed that the Senior Producer requisition is cancelled as part of the Q1 savings, so we can't make an offer to either finalist.

Would you like me to draft the emails to the two candidates letting them know the role has been withdrawn, or would you prefer to call them yourself? I'd suggest calling as they've both done three rounds.

Priti
People Partner, Calder Street Media"""),

dict(slug="nonjob-speaker-declines-invitation", label=O, cat="non-job-rejection", style="personal", variant="en-US",
     frm="Dr. Lena Fischer <lena.fischer@northwestern.example>",
     subject="Re: Invitation to speak at Calder Street Media Audience Summit", parent=True, parent_domain="mail.example.org",
     notes="a speaker turns down Sam's invitation",
     text="""Dear Sam,

Thank you so much for the kind invitation. Unfortunately I'm going to have to decline this time: I'm on sabbatical until the end of March and have committed to not taking on any speaking engagements.

I'd be very happy to be considered for next year's summit.

Best regards,
Lena

Lena Fischer, PhD
Associate Professor of Media Management"""),

dict(slug="nonjob-client-picks-other-agency", label=O, cat="non-job-rejection", style="personal", variant="en-IE",
     frm="Darragh Kelly <darragh.kelly@shannonair.example>",
     subject="Creative pitch - decision",
     notes="client chooses another agency over Calder Street Media",
     text="""Hi Sam,

Thanks to you and the team for the pitch last Thursday. There was a lot to like, especially the "Wild Atlantic Weekends" route.

After a long discussion we've decided to go with another agency for this one. It came down to their media buying capability, which was a bigger factor for us than we'd expected going in.

Please do pass on our thanks to everyone who worked on it. I hope we get to work together on something else.

Darragh
Head of Marketing, Shannon Air"""),

dict(slug="status-recruiter-still-waiting-on-client", day="2026-11-20", label=O, cat="status-update", style="personal", variant="en-ZA",
     frm="Ruan Botha <ruan@jacarandatalent.example>",
     subject="Re: Karoo Telecom - any news?", parent=True, parent_domain="mail.example.org",
     notes="no decision yet; client interviewed others; reply above quoted chaser",
     text="""Hi Sam

No news yet unfortunately, I've chased twice. They've interviewed two other people since you and want to see one more on Monday before deciding. I'd expect feedback by Wednesday. You're still in the mix, don't worry.

Ruan

On Thu, 19 Nov 2026 at 14:05, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ruan, anything back from Karoo Telecom on the Brand Manager role? It's been 10 days. Thanks, Sam"""),

dict(slug="nonjob-landlord-gone-with-other-applicant", label=O, cat="non-job-rejection", style="personal", variant="en-CA",
     frm="Linda Park <linda.park@mail.example>",
     subject="Re: Apartment on Dufferin St", parent=True, parent_domain="mail.example.org",
     notes="landlord declines Sam's rental application with job-like wording",
     text="""Hi Sam,

Thanks for coming by on Saturday and for sending the application so quickly. I'm sorry to say I've decided to go with another applicant for the apartment; they were able to start the lease on December 1st.

Good luck with your search, and sorry it didn't work out.

Linda"""),

dict(slug="nonjob-visa-agent-refused", label=O, cat="non-job-rejection", style="personal", variant="en-IN",
     frm="Sanjay Kapoor <sanjay@horizonvisas.example>",
     subject="Visa application status - Sam Taylor (Singapore conference)",
     notes="business visa refused; agent proposes reapplying",
     text="""Dear Sam,

I regret to inform you that your business visa application for the Singapore conference has been refused by the embassy. The refusal letter cites insufficient documentation of the invitation from the organiser.

We can reapply immediately with an updated invitation letter on the organiser's letterhead. Processing will take around 5 working days.

Kindly confirm if we should proceed.

Regards,
Sanjay Kapoor
Horizon Visas, New Delhi"""),

dict(slug="invite-terse-final-call-me", day="2026-11-25", label=O, cat="interview-invite", style="personal", variant="en-GB",
     frm="Kate Lowther <kate@lowthersearch.example>",
     subject="Re: Quick check - Ashdown Media", parent=True, parent_domain="mail.example.org",
     notes="terse: Sam's 'have they gone with someone else?' answered with a final-round invite",
     text="""No they haven't!! They want you in for the final next week. Call me when you can. K

Sent from my iPhone

> On 25 Nov 2026, at 08:40, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Kate, have they gone with someone else? If it's a no I'd rather know. Sam"""),

dict(slug="reqtransfer-personal-moved-to-senior", label=O, cat="requisition-transfer", style="personal", variant="en-US",
     frm="Chris Delgado <chris.delgado@oxbowfinance.example>",
     subject="Your application - Oxbow Finance",
     notes="original role filled, application moved to another opening and invited to interview",
     text="""Hi Sam,

Quick update on your application. The Product Marketing Manager, Payments role has been filled, but the hiring manager felt your background is actually a better fit for our Senior Product Marketing Manager opening on the Cards team, so I've moved your application across.

Would you be open to a 30-minute call with her this week? I'll send over the job description separately.

Thanks,
Chris
Chris Delgado | Recruiter | Oxbow Finance"""),

dict(slug="nonjob-kids-football-not-selected", label=O, cat="non-job-rejection", style="personal", variant="en-AU",
     frm="Coach Dave <u12coach@bayside-fc.example>",
     subject="U12 rep squad selections",
     notes="child not selected for a sports squad; addressed to parents",
     text="""Hi Sam,

Thanks for bringing Alex to the rep squad trials on the weekend. Unfortunately Alex wasn't selected for the U12 rep squad this season. It was a really competitive group and we only had 14 spots.

Alex is more than welcome to keep playing in the club competition, and we'll run trials again in February.

Cheers,
Dave
Bayside FC U12 Coach"""),

dict(slug="reschedule-interviewer-sick", day="2026-11-02", label=O, cat="reschedule", style="personal", variant="en-ZA",
     frm="Nomvula Sithole <nomvula.sithole@karootelecom.example>",
     subject="Cancelled: Interview - Brand Manager - Thursday 10:00",
     notes="interview cancelled and to be rebooked; role still open",
     text="""Dear Sam

Unfortunately we need to cancel Thursday's interview for the Brand Manager role as the hiring manager is off sick. I apologise for the short notice.

This does not affect your application in any way. I will send new times early next week.

Kind regards
Nomvula Sithole
Talent Acquisition | Karoo Telecom"""),

dict(slug="mentor-advice-about-rejections", label=O, cat="personal", style="personal", variant="en-GB",
     frm="Fiona Marsh <fiona.marsh@mail.example>",
     subject="Re: Feeling a bit flat", parent=True, parent_domain="mail.example.org",
     notes="mentor's advice after Sam mentioned rejections; no news about an application",
     text="""Sam,

Sorry to hear you've had a run of them. "Not successful on this occasion" stings every time, I know. But three final rounds in two months tells me you're doing a lot right, and the people who say no to you at the last stage usually remember you.

My advice: ask for feedback on every one, keep a note of the patterns, and don't let it stop you applying for Ashdown.

Lunch next week? My treat.

Fiona"""),
]
