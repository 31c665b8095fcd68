"""The 40 hard negatives of set en15 (10 ATS-style, 30 personal), as data for make_messages.py."""
from content_common import ats, pers

MESSAGES = [
# ---------------------------------------------------------------- ATS-style (10)
ats("ack-greenhouse-volume-hedge", "other", "ack-received", "en-US", "greenhouse", "Northfield Learning",
    "Northfield Learning <no-reply@us.greenhouse-mail.io>",
    "Thanks for applying to Northfield Learning!",
    """Hi Sam,

Thanks for applying for the Senior Content Marketing Manager position at Northfield Learning. We've received your application and our team will review it over the coming weeks.

Due to the high volume of applications we receive, we're unable to respond to every applicant individually. If your experience is a match for the role, a member of our recruiting team will be in touch to schedule a call. If we don't move forward, we'll let you know by email once the role is filled.

In the meantime, check out our [[engineering and product blog]] to learn more about how we work.

The Northfield Learning Recruiting Team""",
    about="Northfield Learning is an equal opportunity employer. We do not discriminate on the basis of race, religion, colour, national origin, gender, sexual orientation, age, marital status, veteran status or disability status.",
    notes="greenhouse acknowledgement; hedges about not moving forward and 'once the role is filled'"),

ats("status-workday-under-review", "other", "status-update", "en-GB", "workday", "Severn Water",
    "Severn Water Careers <severnwater@myworkday.com>",
    "Your application status has changed - Customer Insight Manager",
    """Dear Sam,

There has been an update to your application for Customer Insight Manager (JR-4417).

{table}

Our hiring team is still reviewing applications. Unsuccessful applicants will be notified by email, so there is no need to contact us while your application is under review.

You can track the progress of your application at any time in your [[Candidate Home]].

Severn Water Resourcing Team""",
    table=[("Job", "Customer Insight Manager (JR-4417)"), ("Status", "Under Review - Hiring Manager"),
           ("Previous status", "Application Received")],
    h2t=True,
    notes="workday status portal; 'Unsuccessful applicants will be notified'; same template shape as a verdict"),

ats("invite-lever-schedule", "other", "interview-invite", "en-CA", "lever", "Loonie Labs",
    "Loonie Labs <no-reply@hire.lever.co>",
    "Loonie Labs: schedule your interview for Brand Marketing Lead",
    """Hi Sam,

Great news - after reviewing your application for Brand Marketing Lead, we'd like to invite you to a 45-minute video interview with Amara Osei, our Director of Marketing.

Please use the link below to pick a time that works for you within the next five business days. If none of the slots suit, reply to amara.osei@loonielabs.example and we'll find another time.

[[Choose a time]]

Unfortunately we can't offer evening slots this week because of our quarterly planning days - sorry about that!

Loonie Labs Talent Team""",
    h2t=True,
    notes="lever invitation; plain part auto-generated from HTML; 'Unfortunately' about slots"),

ats("transfer-smartrecruiters-new-req", "other", "requisition-transfer", "en-AU", "smartrecruiters", "Tasman Retail Group",
    "Tasman Retail Group <noreply@smartrecruiters.com>",
    "Your application has been moved: Content Manager",
    """Hi Sam,

Thank you for applying for the Senior Content Manager role at Tasman Retail Group.

This posting has now been closed. As our team has been restructured, the responsibilities of that role now sit within a new Content Manager role (Req 4411), and with your permission we've moved your application across so you don't need to re-apply. Your answers and documents have been carried over.

{table}

If you'd prefer not to be considered for the new role, you can withdraw at any time from your [[candidate portal]].

Tasman Retail Group Talent Acquisition""",
    table=[("Previous job", "Senior Content Manager - Closed"), ("Current job", "Content Manager (Req 4411)"),
           ("Status", "In review")],
    notes="smartrecruiters; old posting closed, application moved to a new requisition"),

ats("jobalert-linkedin-no-longer-accepting", "other", "job-alert", "en-IE", "linkedin", "LinkedIn",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "\"head of audience\": 6 new jobs in Dublin",
    """Your job alert for head of audience in Dublin, County Dublin, Ireland

6 new jobs match your preferences.

[[Head of Audience]]
Harp & Crown Media · Dublin (Hybrid)
Actively recruiting

[[Audience Development Manager]]
Clontarf Digital · Dublin (On-site)
No longer accepting applications

[[Head of Subscriptions]]
The Irish Ledger · Dublin (Hybrid)
Be an early applicant

[[Growth Marketing Lead]]
Fernleaf Health · Dublin (Remote)
Your application was not viewed · 3 weeks ago

[[See all jobs]]""",
    h2t=True,
    notes="linkedin job alert; 'no longer accepting applications' and application-status snippets about listed jobs"),

ats("talentpool-teamtailor-join", "other", "talent-pool", "en-ZA", "teamtailor", "Protea Media",
    "Protea Media <careers@proteamedia.teamtailor-mail.com>",
    "Stay connected with Protea Media",
    """Hi Sam,

Thanks for visiting our careers site and signing up for job updates. We don't have an open role that matches your interests in audience and content right now, but new roles open all the time.

Join our talent community and we'll let you know as soon as something in your field comes up. You can also tell us which departments you're interested in.

Protea Media People Team""",
    button="Join the talent community",
    notes="teamtailor talent-community invitation; no application; 'don't have an open role that matches'"),

ats("card-declined-bank", "other", "non-job-rejection", "en-HK", "bank", "Jade Harbour Bank",
    "Jade Harbour Bank <alerts@jadeharbourbank.example>",
    "Transaction declined / 交易被拒",
    """Dear Customer,

A transaction on your Jade Harbour Platinum Card ending 4417 was declined.

{table}

If you did not attempt this transaction, please call our 24-hour hotline on +852 5555 0100 immediately. Do not reply to this email.

親愛的客戶：閣下尾號4417的信用卡交易已被拒絕。如有疑問，請致電我們的24小時熱線。""",
    table=[("Merchant", "CATHAY-ONLINE HKG"), ("Amount", "HKD 3,480.00"), ("Reason", "Declined - exceeds limit")],
    id_domain="jadeharbourbank.example",
    notes="bank alert, bilingual English/Chinese; declined card payment"),

ats("ownerhiring-personio-candidate-rejected", "other", "owner-hiring", "en-GB", "personio", "Calder Street Media",
    "Personio <noreply@mail.personio.de>",
    "Candidate rejected: Jordan Blake - Audience Editor (REQ-0312)",
    """Hi Sam,

This is a notification for a position you are the hiring manager for.

{table}

The rejection email "Post-interview rejection (EN)" was sent to the candidate on your behalf. 4 candidates remain active in this position.

[[Open position in Personio]]""",
    table=[("Position", "Audience Editor (REQ-0312)"), ("Candidate", "Jordan Blake"), ("Action", "Rejected"),
           ("By", "Kim Osei (People team)")],
    notes="HR system notice for Sam's own requisition at Calder Street Media"),

ats("assessment-icims-deadline", "other", "assessment", "en-US", "icims", "Redwood Mutual",
    "Redwood Mutual Talent <talent@redwoodmutual.icims.com>",
    "Next step: online assessment for Marketing Analytics Manager",
    """Dear Sam,

Thank you for your application for Marketing Analytics Manager (Req 2026-8810) at Redwood Mutual. We are pleased to let you know you have been selected to complete the next step in our process: an online work-style and numerical reasoning assessment.

Please complete it within five (5) calendar days. Candidates who do not complete the assessment by the deadline will not be considered further for this position.

[[Start assessment]]

If you require an accommodation, please contact us before starting.

Redwood Mutual Talent Acquisition""",
    notes="icims assessment invitation; 'will not be considered further' as a condition"),

ats("talk-rejected-conference", "other", "non-job-rejection", "en-AU", "events", "AudienceCon APAC 2027",
    "AudienceCon APAC Programme <programme@audiencecon.example>",
    "Your AudienceCon APAC 2027 proposal",
    """Hi Sam,

Thank you for submitting "Newsletters that people actually open" to AudienceCon APAC 2027 in Sydney.

We received more than 400 proposals for 38 slots. Unfortunately your talk was not selected for this year's programme. This was a really hard call - the committee scored every proposal blind, and many strong talks missed out.

As a thank-you, here's a 30% discount code for a ticket: SPEAKER30.

The AudienceCon APAC Programme Committee""",
    id_domain="audiencecon.example",
    notes="conference talk proposal rejected; HTML chrome"),

# ---------------------------------------------------------------- personal (30)
pers("agency-client-wants-you-again", "other", "next-round", "en-GB",
     "Priya Nair <priya.nair@harlowsearch.example>", "Good news - Wexford & Lane want to see you again",
     """Hi Sam,

Just off the phone with Wexford & Lane - they'd like to see you again! Second interview with their COO and the Head of Editorial, Tuesday 20th at 2pm at their King's Cross office.

Feedback from the first round was really positive. They did say they want to dig into your team-management experience a bit more, so worth preparing a couple of examples.

Can you confirm Tuesday works and I'll lock it in?

Thanks,
Priya

Priya Nair
Senior Consultant, Digital & Content
Harlow Search
+44 20 7946 0312""",
     day="2026-10-15",
    notes="agency; 'the client wants to see you again'; same consultant as a rejection"),

pers("agency-still-waiting-client", "other", "awaiting-decision", "en-AU",
     "Mitch Lawson <mitch@bluegumtalent.example>", "RE: Ridgeline - feedback?",
     """Hey Sam,

No news yet I'm afraid - still waiting on the client. Their hiring manager's been in Perth all week and they haven't made a decision. I've chased again this morning.

No news isn't bad news with this lot, they're just slow. I'll call you the minute I hear.

Cheers,
Mitch

> Hi Mitch, any word from Ridgeline on Tuesday's interview? Thanks, Sam""",
     notes="agency; still waiting on the client; reply above Sam's question", parent=True),

pers("agency-verbal-offer", "other", "offer", "en-IE",
     "Aoife Brennan <aoife.brennan@grafton-talent.example>", "Harp & Crown - verbal offer!!",
     """Sam!!

As discussed on the phone - congratulations! Harp & Crown Media have made you a verbal offer for the Head of Audience role: €98,000 base, 10% bonus, 25 days' leave plus hybrid (two days in Dublin 2).

The written offer should come through from their HR team by Friday. They did turn down the request for a 4-day week for now, but said it could be revisited after probation.

Let me know if you have any questions before the paperwork lands. Delighted for you.

Aoife

Aoife Brennan
Grafton Talent | Dublin
+353 1 555 0147""",
     notes="agency; verbal offer after a phone call; 'turned down the request' about a perk"),

pers("offer-inhouse-conditional", "other", "offer", "en-US",
     "Jenna Morales <jenna.morales@cedarpoint.example>", "Offer - Senior Audience Manager",
     """Hi Sam,

On behalf of everyone at Cedarpoint, I'm thrilled to offer you the position of Senior Audience Manager. Your formal offer letter is attached in DocuSign.

A few notes: the offer is contingent on a satisfactory background check and reference checks, and it will expire at 5pm ET on Friday, October 23. If the background check is not completed satisfactorily, the offer may be withdrawn.

We're so excited about the prospect of you joining us. Let me know if you'd like to set up a call with Devon to talk through anything.

Best,
Jenna

Jenna Morales
Senior Recruiter, Cedarpoint
(617) 555-0142""",
     day="2026-10-16",
    notes="in-house offer; conditional, 'may be withdrawn'"),

pers("reference-check-preferred-candidate", "other", "reference-check", "en-CA",
     "Sophie Lavoie <sophie.lavoie@northwestlumen.example>", "References - Director, Audience",
     """Hi Sam,

Thank you again for coming in on Monday. I'm happy to share that you are our preferred candidate for the Director, Audience role, subject to references.

Could you send me names and contact details for two referees, ideally including a recent manager? We won't contact anyone until you've given the go-ahead.

We're hoping to wrap things up by the end of next week.

Best,
Sophie

Sophie Lavoie
People & Culture Lead, Northwest Lumen
604-555-0158""",
     notes="preferred candidate, reference request"),

pers("referee-request-about-former-report", "other", "reference-request", "en-GB",
     "Rachel Osborne <rachel.osborne@ardleighhousing.example>", "Reference request - Alex Moore",
     """Dear Sam,

Alex Moore has applied for the role of Communications Officer at Ardleigh Housing and has given your name as a referee. Alex has been offered the post subject to satisfactory references.

I would be grateful if you could complete the short form at the link below, or simply reply with your comments on Alex's reliability, attendance and suitability for the role. Please note that references may be shared with the candidate on request.

https://forms.ardleighhousing.example/ref/88213

Kind regards,
Rachel Osborne
HR Adviser, Ardleigh Housing""",
     notes="Sam is the referee for someone else's application"),

pers("recruiter-pitch-mentions-past-no", "other", "recruiter-outreach", "en-ZA",
     "Thabo Mokoena <thabo@jacarandarecruit.example>", "New role - Head of Content, Joburg",
     """Hi Sam

Hope you've had a good week. I know the Sable Bank role didn't work out last month, but I've just been briefed on something I think is an even better fit: Head of Content at a fast-growing insurtech in Rosebank, reporting to the CMO, with a team of six.

Package is in the region of R1.4m CTC. They're moving quickly and want a shortlist by Wednesday.

Would you be open to a chat tomorrow?

Kind regards
Thabo

Thabo Mokoena | Senior Recruitment Consultant
Jacaranda Recruitment (Pty) Ltd | +27 82 555 0199""",
     notes="agency pitch; refers back to an earlier role that 'didn't work out'"),

pers("friend-own-rejection-news", "other", "friend-news", "en-IE",
     "Niamh Doyle <niamh.doyle.home@mailbox.example>", "well that's that",
     """Didn't get the Spotify job :( they went with someone internal after FOUR rounds. The email was the classic "after careful consideration we've decided to move forward with another candidate". I'm raging.

Pints Friday? I need to complain to someone who gets it.

N x""",
     notes="friend's own job rejection, quoting the wording"),

pers("colleague-discussing-candidates", "other", "owner-hiring", "en-GB",
     "Kim Osei <kim.osei@example.org>", "Audience Editor shortlist - thoughts",
     """Hi Sam,

Following yesterday's interviews, my view:

- Jordan Blake: lovely but not enough newsletter experience. I think we reject - can you let me know if you want to send the regret email yourself or if I should do it from Personio?
- Farah Hussein: strong yes, would progress to the task.
- Luke Grant: borderline. Maybe progress to the task and see?

Unfortunately we need to decide by Thursday as Farah has another offer.

Kim

Kim Osei
People Partner, Calder Street Media""",
     notes="colleague at example.org discussing candidates for Sam's own open role"),

pers("owner-sent-rejection-to-candidate", "other", "owner-sent", "en-GB",
     "Sam Taylor <sam.taylor@example.org>", "Your application - Audience Editor",
     """Dear Jordan,

Thank you for coming in to meet Kim and me last week, and for the thought you put into your answers.

I'm sorry to let you know that we won't be taking your application further for the Audience Editor role. We saw a number of strong candidates and went with people whose newsletter experience was closer to what we need right now.

I'd be happy to give you some feedback on a call if that would help.

Best wishes,
Sam

Sam Taylor
Head of Audience, Calder Street Media""",
     to="Jordan Blake <jordan.blake@postbox.example>",
     notes="Sam's own sent rejection to a candidate"),

pers("answer-to-owner-question-final-round", "other", "answer-to-owner-question", "en-US",
     "Danielle Ruiz <danielle.ruiz@brightpathmedia.example>", "Re: Quick question on the Audience Director role",
     """Hi Sam,

Not at all - sorry for the radio silence! We haven't gone with anyone else. Our CEO was travelling and we paused scheduling for a week, but we'd love to invite you to the final round with her and our CFO.

Could you do Wednesday 11am or Thursday 2pm Eastern?

Danielle

On Mon, Oct 19, 2026 at 8:30 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Danielle,
>
> I hope you're well. It's been a couple of weeks since my second interview
> and I wondered whether you'd gone with another candidate for the Audience
> Director role? Completely understand if so - I'd just appreciate knowing.
>
> Best,
> Sam""",
     day="2026-10-20",
    notes="answer to Sam's 'have you gone with another candidate?': final-round invite", parent=True, client_html=True),

pers("reply-to-owner-followup-keep-in-touch", "other", "reply-to-owner-followup", "en-AU",
     "Kylie Ross <kylie.ross@southerlyco.example>", "Re: Content Lead role",
     """Hi Sam,

No need to apologise at all - thanks for such a lovely note! We'd love to keep in touch, and I'll definitely keep you in mind when we open our Head of Content role next year.

Have a great weekend,
Kylie

> Hi Kylie, thanks for letting me know, and sorry if I was a pest chasing
> last week! I really enjoyed meeting the team - please do keep me in mind
> for anything in future. Sam
>
>> On 14 Oct 2026, Kylie Ross wrote:
>> Just letting you know the Content Lead role has now been filled. Thanks
>> heaps for your time and for coming in to meet the team.""",
     day="2026-10-19",
    notes="recruiter answers Sam's reply to a rejection; rejection only in the quote", parent=True, parent_depth=2),

pers("on-hold-still-deciding", "other", "awaiting-decision", "en-HK",
     "Winnie Lau <winnie.lau@stonecutterfintech.example>", "Update - Head of Content Marketing",
     """Dear Sam,

I wanted to give you a quick update. Our CEO is overseas for the next two weeks, so the final decision on the Head of Content Marketing role is on hold until she returns. We are still deciding between you and one other candidate and nothing has been decided yet.

We will come back to you by 6 November at the latest. Thank you for your patience.

Best regards,
Winnie Lau
Talent Acquisition Manager
Stonecutter Fintech Limited""",
     day="2026-10-22",
    notes="decision on hold, explicitly still deciding; Sam still in the running"),

pers("hm-final-stage-invite", "other", "next-round", "en-CA",
     "Marc Dubois <marc.dubois@fraserriver.example>", "Final stage - Audience Growth Manager",
     """Hi Sam,

Great news - the panel would like you back for the final stage of the Audience Growth Manager process. It'll be a 60-minute session with me and our GM: 20 minutes presenting a 90-day plan, then questions.

We had some debate after your second interview - one panellist wasn't sure about your B2B experience - but we'd rather hear more from you than rule anything out.

Would Tuesday or Wednesday next week work?

Thanks,
Marc

Marc Dubois
Director of Marketing, Fraser River Media
Vancouver | 604-555-0133""",
     notes="hiring manager; invitation to final stage; mentions doubts and 'rule anything out'"),

pers("founder-no-decision-yet", "other", "awaiting-decision", "en-ZA",
     "Kagiso Dlamini <kagiso@fynbos.example>", "Fynbos - next steps",
     """Hi Sam

Thanks for a great conversation yesterday. Honest update: we haven't made a decision yet - we're meeting two more people this week and then I'll sit down with my co-founder.

Either way, I'll be in touch by Friday next week. You won't be left wondering.

Kagiso
Co-founder, Fynbos""",
     notes="founder; no decision yet; 'either way'"),

pers("flat-application-declined", "other", "non-job-rejection", "en-GB",
     "Greenwood Lettings <lettings@greenwoodlettings.example>", "12 Albion Road - application update",
     """Dear Sam,

Thank you for your application for the one-bedroom flat at 12 Albion Road.

Unfortunately, the landlord has decided to proceed with another applicant on this occasion. Your holding deposit of £380 will be refunded to your account within 7 days.

We have several similar properties coming to the market in November and would be happy to arrange viewings.

Kind regards,
Joanna
Greenwood Lettings""",
     notes="rental application declined; ordinary rejection wording"),

pers("meeting-declined-calendar", "other", "non-job-rejection", "en-US",
     "Ethan Cole <ethan.cole@lakeviewventures.example>", "Declined: Coffee chat - Sam / Ethan @ Thu Oct 22, 2026 9am - 9:30am (EDT)",
     """Ethan Cole has declined this invitation.

Coffee chat - Sam / Ethan
When: Thursday Oct 22, 2026 9am - 9:30am (EDT)
Who: Sam Taylor - organizer, Ethan Cole

Note from Ethan: So sorry Sam, got pulled into a board meeting. Can we move it to next week?

Invitation from Google Calendar""",
     day="2026-10-19",
    notes="calendar invitation declined with a note", wrap=False),

pers("parcel-returned-seller", "other", "non-job-rejection", "en-AU",
     "Hollow Log Ceramics <hello@hollowlogceramics.example>", "Your order #2291 came back to us",
     """Hi Sam,

Bad news, sorry - Australia Post has returned your order (two mugs and the serving bowl) to us marked "delivery refused / return to sender". We think it may have been left with the wrong unit at your building.

Would you like us to resend it, or would you prefer a refund? Either is fine with us.

Thanks,
Bec @ Hollow Log Ceramics""",
     notes="parcel returned to sender; small business owner"),

pers("grant-declined-arts", "other", "non-job-rejection", "en-IE",
     "Orla Fitzgerald <orla.fitzgerald@artsfund.example>", "Community Media Fund 2027 - your application",
     """Dear Sam,

Thank you for your application to the Community Media Fund 2027 for the "Dublin Voices" podcast project.

The assessment panel met on 9 October. I am sorry to tell you that your application was not successful this time. The fund was heavily oversubscribed and the panel was not able to support a number of strong projects.

Panel feedback on your application is attached, and I would be happy to talk it through with you before the next round opens in March.

Kind regards,
Orla Fitzgerald
Programme Officer""",
     day="2026-10-12",
    notes="grant application unsuccessful; job-like wording"),

pers("former-colleague-referral", "other", "referral", "en-GB",
     "Tom Ashby <tom.ashby@ironbarkstudios.example>", "Passed your CV on",
     """Sam,

Quick one - I've passed your CV to Maya, our new Head of Marketing. She's hiring a Head of Audience for the publishing side of the business and I think you'd be perfect. She'll reach out directly this week.

Not going to pretend the last one with Dev didn't sting, but this is a much better fit for you honestly.

T""",
     notes="former colleague refers Sam to a new role; alludes to the earlier no"),

pers("recruiter-phone-good-news", "other", "next-round", "en-AU",
     "Mitch Lawson <mitch@bluegumtalent.example>", "call me",
     """Call me when you're free - have feedback from Halden, all positive!

Sent from my iPhone""",
     notes="two lines from a phone; positive feedback", wrap=False),

pers("agency-client-paused-front-runner", "other", "awaiting-decision", "en-CA",
     "Owen Clarke <owen@borealtalent.example>", "Rideau Foods - quick update",
     """Hi Sam,

Quick update on Rideau Foods. The client has put the process on hold for two weeks while their CEO is travelling in Asia - nothing more sinister than that. They've told me you're their front runner and they want to do the final meeting as soon as she's back.

I know waiting is the worst. I'll keep you posted.

Thanks,
Owen

Owen Clarke
Account Manager | Boreal Talent Group""",
     notes="agency; process paused but Sam explicitly front runner"),

pers("owner-declines-offer", "other", "owner-sent", "en-US",
     "Sam Taylor <sam.taylor@example.org>", "Re: Offer - Senior Audience Manager",
     """Hi Jenna,

Thank you so much for the offer and for how smoothly you've run the whole process. After a lot of thought, I've decided to decline the Senior Audience Manager role - I've accepted another position that's closer to home.

I really enjoyed meeting the team and I hope our paths cross again.

Best wishes,
Sam""",
     to="Jenna Morales <jenna.morales@cedarpoint.example>",
     day="2026-10-20",
    notes="Sam's own mail declining an offer", parent=True, parent_domain="cedarpoint.example"),

pers("recruiter-reply-to-withdrawal", "other", "withdrawal-reply", "en-ZA",
     "Lindiwe Nkosi <lindiwe.nkosi@capepointinsure.example>", "Re: Withdrawing my application",
     """Hi Sam

Thanks for letting me know, and sorry to hear you're withdrawing - completely understand, and congratulations on the new role. I've closed your application on our side so you won't receive any further emails about the Brand Lead position.

Please keep us in mind in the future!

Lindiwe

Lindiwe Nkosi
Talent Acquisition Specialist
Cape Point Insurance | +27 21 555 0121

> Hi Lindiwe, I wanted to let you know that I've accepted another offer and
> would like to withdraw my application for the Brand Lead role. Thank you
> for your time. Sam""",
     notes="recruiter confirms Sam's own withdrawal; application closed", parent=True),

pers("partner-forwards-own-rejection", "other", "forwarded", "en-GB",
     "Jamie Taylor <jamie.t@fastpost.example>", "Fwd: Your application to Carrow & Finch",
     """Can you help me write a reply to this? Want to ask for feedback without sounding bitter. x

---------- Forwarded message ---------
From: Carrow & Finch Recruitment <recruitment@carrowfinch.example>
Date: Thu, 15 Oct 2026 at 16:02
Subject: Your application to Carrow & Finch
To: Jamie Taylor <jamie.t@fastpost.example>

Dear Jamie,

Thank you for your interest in the Trainee Solicitor position. We regret to inform you that on this occasion your application has not been successful.

Yours sincerely,
Graduate Recruitment, Carrow & Finch LLP""",
     day="2026-10-15",
    notes="partner forwards their own rejection for help"),

pers("hm-cancel-reschedule", "other", "reschedule", "en-HK",
     "Kenneth Ho <kenneth.ho@lantaucapital.example>", "Cancelled: interview tomorrow - can we move to Thursday?",
     """Dear Sam,

I'm very sorry but I have to cancel tomorrow's interview for the Digital Marketing Manager role - I've been called to Singapore at short notice. This has nothing to do with your application.

Could we move it to Thursday at 10:00 or Friday at 15:00 instead? Same place, 18/F.

Apologies again,
Kenneth""",
     notes="interview cancelled and rescheduled"),

pers("colleague-own-req-on-hold", "other", "owner-hiring", "en-GB",
     "Kim Osei <kim.osei@example.org>", "Audience Editor req - on hold :(",
     """Sam,

Bad news - finance have put the Audience Editor req on hold until after the Q1 budget round. We need to let Farah and Luke know today. Do you want to call Farah yourself since she's been through the task? I've drafted a note for Luke below, have a look.

"Dear Luke, I'm sorry to let you know that we've had to pause recruitment for the Audience Editor role, so we're unable to progress your application at this time..."

Kim""",
     notes="colleague at example.org: Sam's own requisition on hold, draft rejection to a candidate"),

pers("recruiter-moved-to-senior-role", "other", "requisition-transfer", "en-IE",
     "Ciara Byrne <ciara.byrne@dunmoreretail.example>", "Your application - Digital Marketing Executive",
     """Hi Sam,

Thanks for applying for the Digital Marketing Executive role. That position has now been filled, but looking at your CV I think you're actually a much better match for the Digital Marketing Manager role we're about to advertise, and I've moved your application across to that one.

Would you have 20 minutes on Wednesday for a call about it?

Kind regards,
Ciara

Ciara Byrne
HR Business Partner, Dunmore Retail Group""",
     notes="'position has been filled' but application moved to a more senior role with a call"),

pers("mentor-consolation-plus-lead", "other", "friend-news", "en-US",
     "Gail Hoffman <gail.hoffman@mentorcircle.example>", "Kitestring",
     """Sam,

So sorry to hear about Kitestring - their loss, truly. Elena is great but that team has always skewed toward product people.

Two thoughts: (1) let yourself be annoyed for a day, then (2) look at the Audience Director opening at Brightpath Media - I know their CEO and can make an intro if you want.

Proud of you regardless,
Gail""",
     notes="former boss consoles Sam about an earlier rejection and offers an intro"),

pers("agency-counter-offer-declined", "other", "offer", "en-GB",
     "Laura Finch <laura.finch@meridianpeople.example>", "Westbourne - response to your counter",
     """Hi Sam,

Westbourne have come back on your counter. They've declined to move the base to £95k - their banding for the Head of Audience level tops out at £90k - but they can do £90k plus a £7.5k sign-on bonus and an extra five days' holiday.

The offer still stands and they're really keen. Shall we talk it through this evening?

Laura

Laura Finch
Director, Meridian People Ltd
07700 900277""",
     notes="agency; salary counter declined inside a live offer"),
]
