"""Hard negatives (label `other`) for blind set en10."""
from content_common import A, P

O = "other"
MESSAGES = [
# ---------------- ATS-style ----------------
A("greenhouse-next-round-invite", O, "next-round", "greenhouse",
  "Brightline Games <no-reply@us.greenhouse-mail.io>", "Next steps: Brightline Games - Lead User Researcher",
  """Hi Sam,

Thanks for your patience while we reviewed applications for the Lead User Researcher role. We received a very high number of applications and unfortunately can't speak with everyone - but we'd love to move forward with you!

The next step is a 45-minute video interview with Hana, our Director of Research. Please use the link below to choose a time that suits you.

[[Schedule your interview]]

Best,
Brightline Games Recruiting""",
  reply_to="Hana Ito <hana.ito@brightline.example>", variant="en-US", notes="'unfortunately' about others; progress"),

A("lever-ack-hedging", O, "acknowledgement", "lever",
  "Wexford Street Bank <no-reply@hire.lever.co>", "Thanks for applying to Wexford Street Bank",
  """Hi Sam,

Thanks for applying for the Customer Insights Manager role at Wexford Street Bank. We've received your application and our team will review it over the coming weeks.

Due to the volume of applications we receive, we are not always able to reply to every applicant individually. If we don't move forward with your application, we will let you know by email, and if you haven't heard from us within 30 days, please assume the role has been filled or that we are no longer considering applications.

Thanks again for your interest.

Wexford Street Bank Talent Team""",
  variant="en-IE", notes="hedging acknowledgement with conditional rejection wording"),

A("workday-req-transfer", O, "requisition-transfer", "workday",
  "Pennant Group <pennant@myworkday.com>", "Your application has been moved to a new job posting",
  """Dear Sam,

We're writing to let you know that the job posting you applied to, R-20311 Senior Research Analyst, has been closed and replaced by a new posting with an updated job title. Your application has been automatically transferred to R-20544 Research Manager, Customer Insight.

You do not need to do anything. Your application remains under review and a recruiter will be in touch about next steps.

{table}

Kind regards,
Pennant Group Talent Acquisition""",
  table=[("Previous posting", "R-20311 Senior Research Analyst - Closed"), ("New posting", "R-20544 Research Manager, Customer Insight"), ("Status", "In review")],
  notes="old requisition closed, application transferred"),

A("smartrecruiters-assessment-invite", O, "assessment", "smartrecruiters",
  "Delmont Insurance <no-reply@smartrecruiters.com>", "Action required: complete your online assessment",
  """Dear Sam,

Thank you for applying for the Head of Customer Research role at Delmont Insurance.

As the next step in our selection process, we invite you to complete an online assessment. It takes about 40 minutes and must be completed within 5 days. Candidates who do not complete the assessment by the deadline will not be considered further.

[[Start assessment]]

Good luck!
Delmont Insurance Recruitment""",
  variant="en-ZA", notes="assessment invitation with conditional exclusion"),

A("teamtailor-offer-ready", O, "offer", "teamtailor",
  "Saltmarsh Studio <jobs@saltmarsh.teamtailor-mail.com>", "Your offer from Saltmarsh Studio",
  """Hi Sam,

Congratulations! We're delighted to offer you the position of Head of Audience Insight at Saltmarsh Studio.

Your offer letter is ready to review and sign in our portal. Please let us know by Friday 20 November if you'd like to accept; if you have questions, Ella is happy to jump on a call.

[[View your offer]]

We can't wait to work with you!
Saltmarsh Studio""",
  variant="en-AU", notes="offer via ATS"),

A("linkedin-job-alert", O, "job-alert", "linkedin",
  "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>", "12 new jobs for 'Head of Insights' in London",
  """Your job alert for Head of Insights in London

Head of Insights - Fernbrook Media - London (Hybrid) - Actively recruiting
Insights Director - Orwell & Kent - London - Be an early applicant
Head of Research & Insight - Tidewater - London (Remote) - 3 school alumni work here
Senior Insights Manager - Cobalt Streaming - London - Position filled: see similar jobs

[[See all jobs]]

You are receiving Job Alert emails.""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"}, notes="job alert; 'position filled' about a listing"),

A("internal-ats-own-req-rejected-candidates", O, "owner-hiring", "greenhouse",
  "Greenhouse <notifications@calderstreet.greenhouse-mail.io>", "Daily digest: Data Analyst (CSM-0412) - 4 candidates rejected",
  """Hi Sam,

Here is today's activity for your requisition Data Analyst (CSM-0412), where you are the hiring manager.

- 4 candidates rejected (reason: Not enough experience) by Priya Anand
- 2 candidates moved to Phone Screen
- Rejection emails scheduled for 4 candidates

[[Review pipeline]]

Calder Street Media Recruiting""",
  brand="Calder Street Media", notes="Sam is hiring manager; ATS digest about Sam's own requisition"),

A("personio-status-in-review", O, "status", "personio",
  "Rheinwerk Media Careers <jobs@rheinwerk-jobs.personio.de>", "Status update on your application / Statusänderung Ihrer Bewerbung",
  """Dear Sam,

the status of your application for Senior Research Manager (m/f/d) has changed.

{table}

We will contact you as soon as the department has reviewed your documents. Please note: unfortunately, due to the high number of applications, this may take up to three weeks.

---

Hallo Sam,

der Status Ihrer Bewerbung als Senior Research Manager (m/w/d) hat sich geändert: In Prüfung durch die Fachabteilung. Wir melden uns so bald wie möglich.

Rheinwerk Media People Team""",
  table=[("Position", "Senior Research Manager (m/f/d)"), ("New status", "In review by department")],
  variant="en-nonnative", notes="English + German version; status in review; 'unfortunately' about delay"),

A("workable-talent-pool-no-verdict", O, "talent-pool", "workable",
  "Jacaranda Health <noreply@workablemail.com>", "Join the Jacaranda Health talent community",
  """Hi Sam,

Thank you for your open application to Jacaranda Health. We don't have a suitable opening right now, so we've added you to our talent community.

When a role that matches your profile comes up, we'll let you know first. You can update your preferences or remove your profile at any time.

[[Update preferences]]

Jacaranda Health People Team""",
  variant="en-AU", notes="speculative application, talent pool; no role applied to"),

A("card-declined-bank", O, "non-job-refusal", "plain",
  "Harbour Bank <alerts@harbourbank.example>", "Transaction declined",
  """Dear Sam,

A payment attempt on your card ending 4417 was declined on 12 Nov 2026 at 19:42.

Merchant: SKYLINE AIR LTD
Amount: GBP 412.60
Reason: Unfortunately this transaction could not be approved because it exceeds your available credit limit.

If you recognise this transaction you do not need to do anything. If not, please call us on 0345 555 0100.

Harbour Bank Security Team""",
  brand="Harbour Bank", notes="card payment declined"),

A("conference-talk-not-accepted", O, "non-job-refusal", "plain",
  "ResearchOps Summit 2027 <speakers@researchops-summit.example>", "Your ResearchOps Summit 2027 proposal",
  """Dear Sam,

Thank you for submitting "Measuring audiences that don't want to be measured" to the ResearchOps Summit 2027.

We received over 600 proposals for 48 slots. We regret to inform you that your talk was not selected for this year's programme. This decision reflects the volume of submissions rather than the quality of your proposal.

We'd love to see you in Dublin anyway - as a thank you, here is a 20% discount code for tickets: SPEAKER20.

The Programme Committee""",
  brand="ResearchOps Summit 2027", variant="en-IE", notes="conference talk rejected"),

A("rental-application-declined", O, "non-job-refusal", "plain",
  "Lettings - Greenway Estates <lettings@greenway-estates.example>", "Your application for 14 Alder Court",
  """Dear Sam,

Thank you for applying to rent 14 Alder Court. The landlord has reviewed all applications and has decided to proceed with another applicant.

We have other properties in the area that may be of interest - see our [[current listings]].

Kind regards,
Greenway Estates Lettings Team""",
  brand="Greenway Estates", notes="rental flat application declined; same words as rejection"),

A("stepstone-application-viewed", O, "status", "stepstone",
  "StepStone <noreply@stepstone.example>", "Good news: your application was viewed",
  """Hi Sam,

Your application for Research & Insight Manager at Ellison Ward was viewed by the recruiter today.

What happens next? If the employer is interested, they'll contact you directly. If your application is unsuccessful, you may not always hear back.

Jobs similar to this one:
- Insight Manager - Hollins - Birmingham
- Research Lead - Cardew Group - Remote""",
  headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"}, brand="StepStone", notes="job-board status; hedge"),

A("internal-leave-request-rejected", O, "non-job-refusal", "internal",
  "Calder Street Media HR <hr-system@example.org>", "Your leave request has been rejected",
  """Hi Sam,

Your annual leave request (21-24 December 2026) has been rejected by your manager, Helen Price.

Comment: "Sorry Sam - we're short-staffed that week, can we look at the 28th instead?"

You can submit a new request in the HR portal.""",
  brand="Calder Street Media", notes="internal HR system; leave request rejected"),

A("internal-own-req-on-hold", O, "owner-hiring", "workday",
  "Calder Street Media <calderstreet@myworkday.com>", "Job requisition CSM-0419 Senior Researcher has been put on hold",
  """Hello Sam Taylor,

The job requisition below, for which you are the hiring manager, has been put on hold by Helen Price (Finance approval pending).

{table}

All candidates in the pipeline remain in their current step. No candidate notifications have been sent.

[[Go to My Tasks]]""",
  table=[("Job requisition", "CSM-0419 Senior Researcher"), ("Hiring manager", "Sam Taylor"), ("Status", "On hold")],
  brand="Calder Street Media", notes="Sam's own requisition on hold; Sam is hiring"),

# ---------------- personal ----------------
P("recruiter-pitch-after-old-role-filled", O, "recruiter-pitch",
  "Kate Mulligan <kate.mulligan@brightpath-rec.example>", "A couple of new roles",
  """Hi Sam,

Hope all's well. You might remember we spoke back in April about the Insights Lead role at Ferncliff - they ended up filling it internally, as I mentioned at the time.

I've got two new briefs that I think suit you better:

1. Head of Audience Research - national broadcaster, London, c. 95k
2. Research Director - B2B publisher, hybrid, c. 90k + bonus

Would you be open to a quick call this week?

Kate
Brightpath Recruitment | 07700 900 845""",
  notes="recruiter pitch mentions old role filled months ago"),

P("offer-after-final-round", O, "offer",
  "James Whitaker <james.whitaker@thornbury.example>", "Good news!",
  """Hi Sam,

I'm really pleased to say the panel was unanimous - we'd love to offer you the Head of Research role at Thornbury.

I know you had some questions about the hybrid set-up and the notice period; Lauren from HR will call you tomorrow with the formal details and the written offer.

Unfortunately I'm travelling for the rest of the week, but I wanted you to hear it from me first.

Congratulations,
James""",
  notes="offer; 'unfortunately' about travel"),

P("reply-to-sam-chaser-still-in-running", O, "thread-reply",
  "Neha Kapoor <neha.kapoor@indigo-retail.example>", "Re: Checking in - Insights Manager",
  """Hi Sam,

Not at all, you haven't missed anything! We haven't gone with anyone else - we're still finishing first interviews and I'll be in touch about the second round early next week. You are very much still in the running.

Thanks for your patience,
Neha

On Tue, 10 Nov 2026 at 09:41, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Neha,
> I hope you don't mind me checking in. Have you gone with another
> candidate for the Insights Manager role? If so, no problem at all - I'd
> just like to know where things stand.
> Best, Sam""",
  parent=True, variant="en-IN", notes="reply to Sam's follow-up asking 'gone with another candidate?'"),

P("interview-invite-answering-sam", O, "next-round",
  "Paul Mackenzie <paul.mackenzie@strathmore.example>", "Re: Research Lead - any news?",
  """Hi Sam,

Sorry for the delay - no, we've not made a decision, and we'd like to invite you for a final interview with our CEO. Are you free on Wednesday 25th or Thursday 26th, any time after 1pm?

Paul

> Hi Paul, I just wanted to check whether the Research Lead role has been
> filled, as I haven't heard since our interview on the 2nd. Thanks, Sam""",
  parent=True, notes="invitation answering 'has the role been filled?'"),

P("no-need-to-apologise-keep-in-touch", O, "thread-reply",
  "Ingrid Olsen <ingrid.olsen@fjordline-media.example>", "Re: Withdrawing my application",
  """Hi Sam,

No need to apologise at all - thank you for letting us know so promptly, and congratulations on the new role! We'd love to keep in touch, and I hope our paths cross again.

All the best,
Ingrid

> Dear Ingrid, I'm sorry to do this after all your time, but I've accepted
> another offer and would like to withdraw my application for the Audience
> Research Manager position. Thank you for everything. Sam""",
  parent=True, variant="en-nonnative", notes="Sam withdrew; company replies"),

P("still-deciding-delay", O, "delay",
  "Megan Foster <megan.foster@corvid-labs.example>", "Update on timings",
  """Hi Sam,

I just wanted to give you an update as I know it's been a while. We haven't made a decision on the Research Manager role yet - our CEO has been away and we want her to meet the final two candidates, including you, before we decide.

Unfortunately that means it'll be another two weeks. I'm sorry about the wait, and I'll come back to you as soon as I can.

Megan""",
  variant="en-US", notes="explicit 'still deciding'; not on hold"),

P("sam-sends-rejection-to-candidate", O, "owner-hiring",
  "Sam Taylor <sam.taylor@example.org>", "Your application for Data Analyst at Calder Street Media",
  """Dear Alex,

Thank you for interviewing with us for the Data Analyst role at Calder Street Media. I'm sorry to let you know that we have decided to move forward with another candidate.

I enjoyed our conversation and wish you the best of luck.

Kind regards,
Sam

Sam Taylor | Head of Insights | Calder Street Media""",
  to="Alex Romero <alex.romero@mailbox.example>", notes="Sam's own sent rejection to a candidate"),

P("colleague-discussing-rejected-candidates", O, "owner-hiring",
  "Priya Anand <priya.anand@example.org>", "Re: Data Analyst shortlist",
  """Hi Sam,

Done - I've rejected the four we agreed on in Greenhouse and sent them the standard note. Ravi was a bit borderline but I think you're right that he's not ready for the senior bit of the role.

That leaves Mei and Tom for the phone screens. Shall I book them for Thursday?

Priya

On Wed, 18 Nov 2026 at 16:02, Sam Taylor <sam.taylor@example.org> wrote:
> Let's not progress the four at the bottom - thanks for doing the notes.
> Sam""",
  parent=True, notes="colleague at example.org about candidates Sam rejected"),

P("reference-request-for-sam", O, "reference",
  "Laura Bennett <laura.bennett@hollowayhouse.example>", "References",
  """Hi Sam,

Thank you again for Tuesday. We'd like to move to the reference stage for the Insights Director role. Could you send me contact details for two referees, ideally including your current line manager?

We won't contact anyone without letting you know first.

Best,
Laura""",
  notes="reference request (positive stage)"),

P("referee-request-about-former-colleague", O, "reference",
  "Gareth Lloyd <gareth.lloyd@castellan.example>", "Reference for Hannah Reid",
  """Dear Sam,

Hannah Reid has applied for the Senior Research Analyst position at Castellan and has given your name as a referee. I'd be grateful if you could answer the short questions below by Friday.

1. In what capacity did you work with Hannah?
2. How would you describe her strengths?
3. Would you re-employ her?

Many thanks,
Gareth Lloyd
HR, Castellan""",
  notes="Sam as referee for someone else"),

P("journal-paper-declined", O, "non-job-refusal",
  "Journal of Audience Studies <editor@jaudstudies.example>", "Decision on manuscript JAS-2026-0212",
  """Dear Dr Taylor,

Thank you for submitting your manuscript "Attention decay in streaming audiences" to the Journal of Audience Studies.

After careful consideration of the reviewers' reports, I regret to inform you that we are unable to accept your manuscript for publication. The reviewers' comments are included below; I hope you find them helpful should you wish to submit elsewhere.

Yours sincerely,
Prof. Miriam Adler
Editor""",
  notes="paper declined"),

P("grant-unsuccessful", O, "non-job-refusal",
  "Arts & Media Fund <grants@amfund.example>", "Outcome of your application - Community Media Research Grant",
  """Dear Sam,

Thank you for applying to the Community Media Research Grant round 2026/2.

We're sorry to tell you that your application was not successful this time. We received 214 applications and were able to fund 19.

You are welcome to apply again in the next round, which opens in March.

Best wishes,
The Grants Team""",
  variant="en-AU", notes="grant; 'scheme'-free wording but same as rejection"),

P("meeting-declined", O, "non-job-refusal",
  "Oscar Wynn <oscar.wynn@example.org>", "Declined: Q4 audience review",
  """Oscar Wynn has declined this meeting.

Q4 audience review
Thursday 26 November 2026 14:00-15:00 (GMT)
Room 3.2 / Teams

Sorry Sam - clashes with the board prep. Can we move to Friday?""",
  notes="calendar decline from colleague"),

P("friend-own-rejection-news", O, "friend-news",
  "Ella Martin <ella.martin@mailbox.example>", "ugh",
  """Sam, just heard back from Fernbrook - they went with someone else. I really thought I had that one after the final round :( Drinks Friday? I need to vent.

E""",
  notes="friend's own rejection, not Sam's"),

P("referrer-shortlisted", O, "referrer",
  "Kabir Singh <kabir.singh@lotuspay.example>", "good news re LotusPay",
  """Hey Sam,

Just bumped into Anita from the hiring team - you're on the shortlist for the Insights Lead role I referred you for! They turned down most people at the CV stage so this is a good sign. Expect a call from their recruiter this week.

Kabir""",
  variant="en-IN", notes="referrer: progress; 'turned down' about others"),

P("recruiter-client-positive-next", O, "recruiter-relay",
  "Tom Hargreaves <tom.hargreaves@fieldstone-search.example>", "RE: Westholme - feedback",
  """Hi Sam,

Good news - Westholme loved you. They'd like you back for a final round with the MD next week. Their only hesitation was around team size, so let's prep for that.

They didn't progress the other two I put forward, so you're in a strong position.

Cheers,
Tom

Tom Hargreaves | Senior Consultant | Fieldstone Search
M: +44 7700 900418""",
  notes="recruiter relays client feedback: next round"),

P("interview-rescheduled-unfortunately", O, "next-round",
  "Aisha Bello <aisha.bello@cedarline.example>", "Change to your interview",
  """Hi Sam,

Unfortunately Mark is off sick today, so we'll need to cancel this afternoon's interview for the Customer Research Lead role. I'm so sorry for the short notice.

Could you do Monday at 11 instead? The rest of the process is unchanged.

Aisha""",
  variant="en-ZA", notes="interview cancelled and rescheduled, not the role"),

P("sam-declines-offer", O, "owner-decision",
  "Sam Taylor <sam.taylor@example.org>", "Re: Offer - Head of Insight",
  """Dear Claire,

Thank you so much for the offer and for your patience while I considered it. After a lot of thought I've decided to decline - the move to Leeds just isn't workable for my family right now.

I really enjoyed meeting the team, and I hope we can stay in touch.

Best wishes,
Sam

> Hi Sam, we're delighted to offer you the Head of Insight role at Kirkgate.
> Claire""",
  to="Claire Dawson <claire.dawson@kirkgate.example>", parent=True, notes="Sam declines an offer (Sam's own sent mail)"),

P("newsletter-handling-rejection", O, "newsletter",
  "The Career Brief <hello@careerbrief.example>", "Why 'we've decided to move forward with other candidates' isn't the end",
  """This week in The Career Brief

1. Why "we've decided to move forward with other candidates" isn't the end
Most rejection emails are templates. Here's how to reply to one - and when to follow up.

2. Salary bands in research roles: 2026 data

3. Five questions to ask at the end of a final interview

Read online | Unsubscribe""",
  headers={"List-Unsubscribe": "<https://careerbrief.example/unsub>"}, variant="en-US", notes="newsletter quoting rejection wording"),

P("parcel-returned", O, "non-job-refusal",
  "ParcelPoint <notifications@parcelpoint.example>", "Your parcel could not be delivered and is being returned",
  """Hi Sam,

We tried to deliver your parcel (ref PP7719-2201) but the recipient refused delivery. The parcel is being returned to the sender, Linden Books.

If you think this is a mistake, contact the sender.

ParcelPoint""",
  notes="parcel refused/returned"),

P("on-hold-for-two-weeks-still-in", O, "delay",
  "Rory Byrne <rory.byrne@seaview-analytics.example>", "Quick note on the Analytics Lead process",
  """Hi Sam,

Just a heads-up: we're pausing the Analytics Lead process for about two weeks while we finalise next year's budget. The role is not cancelled and you're still one of our two finalists - I will come back to you with a date for the final interview by the 4th.

Thanks for bearing with us,
Rory""",
  variant="en-IE", notes="short pause, role explicitly not cancelled, Sam still a finalist"),

P("award-entry-shortlist", O, "non-job-refusal",
  "Media Research Awards <awards@mra.example>", "Media Research Awards 2026 - shortlist",
  """Dear Sam,

Thank you for entering Calder Street Media's "Listening Panel" project in the Best Use of Research category.

We're pleased to tell you that your entry has been shortlisted. Unfortunately, your second entry ("Podcast Pulse") did not make the shortlist this year.

The ceremony is on 3 February at the Brewery, London.

The MRA Team""",
  notes="award: mixed outcome, not a job"),

P("hm-coffee-after-applying-elsewhere", O, "networking",
  "Nadia Hussain <nadia.hussain@pinecrest.example>", "Re: Coffee?",
  """Hi Sam,

Lovely to hear from you! We aren't hiring for research roles right now unfortunately, but I'd still be very happy to grab a coffee and hear what you're up to. How's Thursday morning near Liverpool Street?

Nadia

> Hi Nadia, I'm exploring my next move and would love to pick your brain
> over coffee if you're up for it. Sam""",
  parent=True, notes="networking; 'not hiring' but no application"),

P("acknowledgement-personal-will-review", O, "acknowledgement",
  "Zanele Khumalo <zanele@ubuntu-insights.example>", "Re: Application - Research Manager",
  """Hi Sam

Thanks for your application and CV, received with thanks. We're reviewing applications at the end of the month. If you're not shortlisted we'll let you know either way, so you won't be left hanging.

Regards
Zanele""",
  parent=True, variant="en-ZA", notes="personal acknowledgement that hedges"),

P("expense-claim-rejected", O, "non-job-refusal",
  "Finance Systems <finance@example.org>", "Expense claim EXP-44102 rejected",
  """Your expense claim EXP-44102 (Client dinner, 14/11/2026, GBP 186.40) has been rejected by the approver.

Reason: Receipt missing. Please attach the itemised receipt and resubmit.

Calder Street Media Finance""",
  notes="internal system; expense claim rejected"),
]
