"""The 40 hard negatives of set en16 (20 ATS-style or transactional, 20 personal)."""
from content_common import AUTO, BULK

O = {"label": "other"}

ICS_INVITE = """BEGIN:VCALENDAR
PRODID:-//Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTART:{start}
DTEND:{end}
SUMMARY:{summary}
LOCATION:{location}
ORGANIZER;CN={org_name}:mailto:{org}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sam Taylor:mailto:sam.taylor@example.org
END:VEVENT
END:VCALENDAR
"""

ICS_DECLINED = """BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000044E1D6A3F0C5DC01000000000000000
DTSTART:20261118T140000Z
DTEND:20261118T150000Z
SUMMARY:Declined: Q4 brand tracker readout
ORGANIZER;CN=Sam Taylor:mailto:sam.taylor@example.org
ATTENDEE;PARTSTAT=DECLINED;CN=Kwame Mensah:mailto:kwame.mensah@example.org
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    # ------------------------------------------------------------------ ATS-style / transactional (20)
    dict(O, slug="nwft-nhsjobs-interview-invite", day="2026-11-09", cat="interview-invite", style="ats", variant="en-GB", vendor="nhsjobs",
         frm="NHS Jobs <noreply@nhsjobs.example>", brand="Northfield and Wyre NHS Foundation Trust",
         subject="Invitation to interview: Communications Lead - 312-CORP-4590", headers=AUTO,
         notes="same NHS trust and sender as a rejection; shortlisted; travel expenses not reimbursed",
         text="""Dear Sam Taylor

Job title: Communications Lead
Job reference: 312-CORP-4590
Employer: Northfield and Wyre NHS Foundation Trust

We are pleased to let you know that you have been shortlisted for interview for this post.

Interviews will be held on 24 and 25 November at Wyre House, Northfield General Hospital. Please sign in to your NHS Jobs account to choose an interview time. Slots are allocated on a first come, first served basis.

Unfortunately we are unable to reimburse travel expenses for interview. If you are no longer interested in this post, please withdraw your application in your account so that your slot can be offered to another applicant.

Kind regards

Recruitment Team
Northfield and Wyre NHS Foundation Trust"""),

    dict(O, slug="harrowgate-workday-ack-hedge", cat="ack-received", style="ats", variant="en-GB", vendor="workday",
         frm="Harrowgate Bank <harrowgate@myworkday.com>", brand="Harrowgate Bank",
         subject="Thank you for applying: Senior Brand Manager, Business Banking (JR-0049377)", headers=AUTO,
         notes="same bank and vendor as a rejection; acknowledgement that says what happens if unsuccessful",
         text="""Dear Sam,

Thank you for applying for the Senior Brand Manager, Business Banking position (JR-0049377) at Harrowgate Bank. We've received your application.

What happens next?
Our Talent Acquisition team will review your application against the requirements of the role. If you are shortlisted, a member of the team will contact you to arrange a first conversation.

If your application is unsuccessful, we will let you know by email. Because of the high volume of applications we receive, this may take up to four weeks.

You can track the progress of your application in [[Candidate Home]].

Kind regards,
Talent Acquisition
Harrowgate Bank"""),

    dict(O, slug="tallowbrook-sf-req-transfer", cat="requisition-transfer", style="ats", variant="en-AU", vendor="successfactors",
         frm="Tallowbrook Careers <noreply@successfactors.com>", brand="Tallowbrook Supermarkets",
         subject="Your application has been moved to a new job requisition", headers=AUTO,
         notes="same retailer as a rejection; application transferred; original requisition 'closed'",
         table=[("Original requisition", "Senior Loyalty Marketing Specialist (Req ID 59002) - Closed"),
                ("New requisition", "Senior Loyalty Marketing Specialist - Victoria (Req ID 60417)"),
                ("Application status", "In review")],
         text="""Hi Sam,

We're letting you know about a change to your application with Tallowbrook Supermarkets.

The requisition you applied to has been closed and replaced with a new requisition for the same role, now based in our Melbourne support office. Your application has been transferred across, so there's nothing you need to do.

{table}

Your application is still being considered and the hiring team will be in touch about next steps.

Cheers,
Tallowbrook Talent Team"""),

    dict(O, slug="stclement-icims-assessment", cat="assessment-invite", style="ats", variant="en-US", vendor="icims",
         frm="St. Clement Health Careers <careers-noreply@talent.icims.com>", brand="St. Clement Health System",
         subject="Next step: online assessment - Marketing Manager, Physician Relations (Req #2026-12240)", headers=AUTO,
         notes="same hospital system as a rejection; html-only; 'will not be considered further' if not completed",
         button="Start assessment",
         text="""Hello Sam,

Thank you for applying to the Marketing Manager, Physician Relations position (Req #2026-12240) at St. Clement Health System.

The next step in our process is a short online assessment that takes about 25 minutes. Please complete it within 72 hours of receiving this email.

Please note: applications without a completed assessment will not be considered further for this position.

If you need an accommodation to complete the assessment, please contact Talent Acquisition at careers@stclementhealth.example.

Sincerely,
Talent Acquisition
St. Clement Health System"""),

    dict(O, slug="brightwater-greenhouse-case-round", cat="interview-invite", style="ats", variant="en-US", vendor="greenhouse",
         frm="Brightwater Partners Recruiting <no-reply@us.greenhouse-mail.io>",
         reply_to="Maya Lindqvist <maya.lindqvist@brightwaterpartners.example>", brand="Brightwater Partners",
         subject="Next steps: case interview - Senior Manager, Insights & Analytics", headers=AUTO,
         notes="same consulting firm and recruiter as a rejection; next round scheduling",
         button="Choose your interview times",
         text="""Hi Sam,

Congratulations - the team enjoyed your first conversation and would like to move you forward to the case interview round for the Senior Manager, Insights & Analytics role.

The case round is two 45-minute interviews on Zoom with a Principal and a Partner. Please use the link below to choose times that work for you over the next two weeks.

Not every candidate is asked to prepare anything in advance, and you don't need to: the case will be shared at the start of the session.

Best,
Maya Lindqvist
Recruiting Lead, Brightwater Partners"""),

    dict(O, slug="greenway-teamtailor-connect", cat="talent-pool", style="ats", variant="en-GB", vendor="teamtailor",
         frm="Greenway Wildlife Trust <jobs@mail.teamtailor.com>", brand="Greenway Wildlife Trust",
         subject="Welcome to Greenway Connect", headers=BULK,
         notes="charity talent community sign-up; no application; 'no role that matches' phrasing",
         text="""Hi Sam,

Thanks for joining Greenway Connect, our talent community.

We don't have a role that matches your interests right now, but we'll let you know as soon as one is posted - you'll be among the first to hear about new jobs in communications, fundraising and engagement.

In the meantime, why not read about [[life at Greenway]] or meet some of our team?

Best wishes,
The Greenway People Team"""),

    dict(O, slug="eastmoor-tribepad-job-alert", day="2026-11-13", cat="job-alert", style="ats", variant="en-GB", vendor="tribepad",
         frm="Eastmoor District Council <noreply@tribepad.com>", brand="Eastmoor District Council",
         subject="3 new jobs match your alert: communications", headers=BULK,
         notes="same council and vendor as a rejection; job alert; 'will not be considered' about late applications",
         text="""Dear Sam,

There are 3 new jobs matching your job alert "communications".

- [[Communications Officer (Digital)]] - Grade 7 - Closing date 30 November
- [[Engagement and Consultation Manager]] - Grade 9 - Closing date 4 December
- [[Marketing Assistant, Eastmoor Leisure]] - Grade 4 - Closing date 27 November

Please note that applications received after the closing date will not be considered, and that we may close a vacancy early if we receive a high number of applications.

Kind regards,
HR Recruitment
Eastmoor District Council"""),

    dict(O, slug="gc-northparks-screened-in", day="2026-11-12", cat="assessment-invite", style="ats", variant="en-CA", vendor="gcjobs",
         frm="Public Service Recruitment System <no-reply@jobs.gc.example>", brand="Canadian Northern Parks Agency",
         subject="Invitation - Written examination - Process 26-CNP-EA-0317 / Invitation - Examen écrit - Processus 26-CNP-EA-0317",
         headers=AUTO,
         notes="same government sender as a rejection; bilingual; screened in, written exam; may be eliminated if absent",
         text="""(La version française suit.)

Dear Sam Taylor,

Selection process number: 26-CNP-EA-0317
Position: Communications Advisor (IS-04)
Organization: Canadian Northern Parks Agency

We are pleased to inform you that you have been screened in to the above selection process and are invited to a written examination.

Date: November 26, 2026, 10:00 a.m. (Eastern Time)
Format: online, unsupervised, 3 hours

Please confirm your participation within three (3) calendar days. Candidates who do not confirm their participation may be eliminated from the process.

Assessment Board

Bonjour Sam Taylor,

Numéro du processus de sélection : 26-CNP-EA-0317
Poste : Conseiller ou conseillère en communications (IS-04)
Organisation : Agence des parcs du Nord canadien

Nous avons le plaisir de vous informer que votre candidature a été retenue à l'étape de la présélection et que vous êtes convoqué(e) à un examen écrit.

Date : le 26 novembre 2026, 10 h (heure de l'Est)
Format : en ligne, non supervisé, 3 heures

Veuillez confirmer votre participation dans les trois (3) jours civils. Les personnes qui ne confirment pas leur participation pourraient être éliminées du processus.

Comité d'évaluation"""),

    dict(O, slug="tanvi-darwinbox-offer", cat="offer", style="ats", variant="en-IN", vendor="darwinbox",
         frm="Tanvi Retail Careers <noreply@darwinbox.in>", brand="Tanvi Retail Ltd.",
         subject="Offer Letter - Head - Customer Insights - Tanvi Retail Ltd.", headers=AUTO,
         notes="retail chain; offer released; 'offer shall stand withdrawn' if not accepted",
         button="View and accept offer",
         text="""Dear Sam Taylor,

Congratulations!

We are pleased to extend to you an offer for the position of Head - Customer Insights at Tanvi Retail Ltd., based at our Corporate Office, Lower Parel, Mumbai.

Please log in to the candidate portal to view your offer letter and compensation details. Kindly accept the offer within 3 working days, failing which the offer shall stand withdrawn.

Please note that this offer is subject to satisfactory background verification and reference checks.

We look forward to welcoming you to the Tanvi family.

Warm Regards,
Talent Acquisition Team
Tanvi Retail Ltd."""),

    dict(O, slug="dunespalm-smartrecruiters-only-shortlisted", cte="base64", cat="ack-received", style="ats", variant="en-AE", vendor="smartrecruiters",
         frm="Dunes & Palm Hospitality <noreply@smartrecruiters.com>", brand="Dunes & Palm Hospitality",
         subject="Thank you for your application - Marketing Manager, Pre-Opening", headers=AUTO,
         notes="hospitality; acknowledgement: 'only shortlisted candidates will be contacted ... consider your application unsuccessful'",
         text="""Dear Sam,

Thank you for applying for the Marketing Manager, Pre-Opening position with Dunes & Palm Hospitality, Ras Al Khaimah.

Your application has been received and is now in review.

Due to the high volume of applications, only shortlisted candidates will be contacted. If you do not hear from us within 30 days, please consider your application unsuccessful for this position.

We appreciate your interest in Dunes & Palm Hospitality.

Kind regards,
Talent Acquisition Team"""),

    dict(O, slug="zenvale-workable-aptitude", day="2026-11-13", cat="assessment-invite", style="ats", variant="en-NG", vendor="workable",
         frm="Zenvale Insurance <noreply@candidates.workablemail.com>", brand="Zenvale Insurance",
         subject="Congratulations! Online Aptitude Test - Corporate Communications Manager", headers=AUTO,
         notes="insurer; shortlisted for aptitude test; 'disqualification' if not completed",
         button="Start test",
         text="""Dear Sam,

Congratulations! Following a review of your application for the role of Corporate Communications Manager, you have been shortlisted to take our online aptitude test.

The test will be available from Monday, 16 November 2026 to Wednesday, 18 November 2026 (11:59 pm WAT). It takes about 60 minutes and must be completed in one sitting.

Please note that failure to complete the test within the stipulated period will result in disqualification from the recruitment process.

Best of luck!

Human Resources
Zenvale Insurance Plc"""),

    dict(O, slug="pennanthale-avature-withdrawn", cat="withdrawal-confirmation", style="ats", variant="en-GB", vendor="avature",
         frm="Pennant Hale Careers <careers@pennanthale.avature.net>", brand="Pennant Hale",
         subject="Confirmation: your application has been withdrawn", headers=AUTO,
         notes="consulting firm; confirms Sam withdrew; status Withdrawn",
         table=[("Position", "Consultant - Customer & Marketing"), ("Requisition", "PH-26-3381"),
                ("Status", "Withdrawn by candidate")],
         text="""Dear Sam,

We confirm that your application for the position below has been withdrawn, as requested.

{table}

We're sorry that you've decided not to continue with us this time, and we wish you all the best. You're welcome to apply for other Pennant Hale roles in the future, and your candidate profile remains active unless you choose to delete it.

Kind regards,
Pennant Hale Recruitment"""),

    dict(O, slug="calderstreet-hris-candidate-declined", cat="owner-hiring", style="ats", variant="en-GB", vendor="hris",
         frm="Calder Street Media Workday <calderstreet@myworkday.com>", brand="Calder Street Media",
         to="Sam Taylor <sam.taylor@example.org>",
         subject="Candidate moved to Declined - R-2291 Audience Insights Analyst", headers=AUTO,
         notes="Sam's own employer's HR system; a candidate on Sam's requisition declined",
         table=[("Candidate", "Dana Whitfield"), ("Job requisition", "R-2291 Audience Insights Analyst"),
                ("Hiring manager", "Sam Taylor"), ("Stage", "Declined"),
                ("Disposition reason", "Not selected - other candidate more suitable"), ("Moved by", "Priya Shah")],
         text="""A candidate on one of your job requisitions has been moved to a new stage.

{table}

A decline notification will be sent to the candidate 24 hours after this change unless the step is cancelled in the inbox.

[[View requisition]]"""),

    dict(O, slug="westernranges-pageup-referees", cat="reference-request", style="ats", variant="en-AU", vendor="pageup",
         frm="Western Ranges University <noreply@pageuppeople.com>", brand="Western Ranges University",
         subject="Manager, Brand and Marketing - Job Ref 511388 - referee details", headers=AUTO,
         notes="same university and vendor as a rejection; after interview, referee request",
         button="Provide referee details",
         text="""Dear Sam

Thank you for attending an interview for the position of Manager, Brand and Marketing, Job Ref 511388.

The selection panel would like to proceed to referee checks as part of the next stage of the process. Please provide the details of two referees, one of whom should be your current or most recent supervisor, by close of business Friday.

Please note that referee checks do not indicate that an offer of employment will be made.

Kind regards

Talent Acquisition
People and Culture | Western Ranges University"""),

    dict(O, slug="harrowgate-card-declined", cat="non-job-rejection", style="ats", variant="en-GB", vendor="bank",
         frm="Harrowgate Bank <alerts@harrowgate-bank.example>", brand="Harrowgate Bank",
         subject="We declined a payment on your card", headers=AUTO,
         notes="same bank as a job rejection; card payment declined",
         table=[("Card", "Debit card ending 4417"), ("Merchant", "SKYLARK AIR LTD"), ("Amount", "£214.60"),
                ("Status", "Declined")],
         text="""Hi Sam,

We declined a payment on your card because it didn't match how you normally use your account.

{table}

If this was you, you can confirm it in the app and try again. If you don't recognise this payment, please call us on the number on the back of your card straight away.

Harrowgate Bank Fraud Team"""),

    dict(O, slug="brandwise-cfp-not-selected", cat="non-job-rejection", style="ats", variant="en-GB", vendor="cfp",
         frm="Brandwise Summit <speakers@brandwise-summit.example>", brand="Brandwise Summit 2027",
         subject="Your session submission for Brandwise Summit 2027", headers=AUTO,
         notes="conference talk not selected; 'unfortunately'; 'other submissions'",
         text="""Hi Sam,

Thank you for submitting "Measuring brand in a cookieless world" to Brandwise Summit 2027.

We received more than 640 submissions for 48 speaking slots this year. Unfortunately, your session was not selected for the programme. The committee chose other submissions that gave the programme a better balance across sectors.

As a thank you, we'd like to offer you 30% off a delegate pass with the code SPEAKER30.

Best wishes,
The Brandwise Programme Committee"""),

    dict(O, slug="hartwell-lettings-declined", cat="non-job-rejection", style="ats", variant="en-GB", vendor="lettings",
         frm="Hartwell & Co Lettings <noreply@lettingshub.example>", brand="Hartwell & Co",
         subject="Application update: Flat 3, 14 Calder Mews", headers=AUTO,
         notes="rental application; landlord chose another applicant; holding deposit refunded",
         table=[("Property", "Flat 3, 14 Calder Mews, Leeds LS6"), ("Application status", "Unsuccessful")],
         text="""Dear Sam,

Thank you for your application to rent the property below.

{table}

The landlord has decided to proceed with another applicant. Your holding deposit of £375.00 will be refunded to the account you paid from within 7 days.

We have other properties that may suit you - [[view similar homes]].

Kind regards,
Hartwell & Co Lettings"""),

    dict(O, slug="parcelswift-refused-return", cat="non-job-rejection", style="ats", variant="en-GB", vendor="courier",
         frm="ParcelSwift <tracking@parcelswift.example>", brand="ParcelSwift",
         subject="Your parcel was refused and is being returned", headers=AUTO,
         notes="courier; delivery refused at address; returned to sender",
         table=[("Tracking number", "PS7730 2291 0458"), ("From", "Orbis Retail"), ("Status", "Refused - returning to sender")],
         text="""Hi Sam,

We tried to deliver your parcel today, but it was refused at the address and is now on its way back to the sender.

{table}

If this wasn't what you expected, please contact the sender about a refund or redelivery.

ParcelSwift"""),

    dict(O, slug="maplestone-indeed-interview-request", cat="interview-invite", style="ats", variant="en-CA", vendor="indeed",
         frm="Indeed <donotreply@match.indeed.com>", brand="Indeed",
         subject="Interview request from Maplestone Inns", headers=BULK,
         notes="job-board relay like a rejection relay; employer requests interview",
         button="Choose a time",
         text="""Hi Sam,

Maplestone Inns wants to schedule an interview with you for Marketing Manager in Kingston, ON.

Message from the employer:
"Hi Sam, thank you for applying. We'd like to invite you to a 30-minute video interview with our Director of Sales and Marketing. Please pick a time that works for you."

Respond soon - employers may move on to other candidates if they don't hear back."""),

    dict(O, slug="northgate-linkedin-viewed", cat="job-alert", style="ats", variant="en-GB", vendor="linkedin",
         frm="LinkedIn <jobs-noreply@linkedin.com>", brand="LinkedIn",
         subject="Your application was viewed by Northgate Building Society", headers=BULK,
         notes="application viewed; saved job shown as 'No longer accepting applications'",
         text="""Your application was viewed by Northgate Building Society

Head of Brand Insight - Northgate Building Society - Bradford (Hybrid)
Application status: Viewed

## Your saved jobs
- Brand Lead - Orbis Retail - Manchester (No longer accepting applications)
- Insight Manager - Fairmile Housing - Leeds (Be an early applicant)

[[See all your applications]]"""),

    # ------------------------------------------------------------------ personal (20)
    dict(O, slug="ownerhiring-hr-regret-drafts", cat="owner-hiring", style="personal", variant="en-GB",
         frm="Priya Shah <priya.shah@example.org>",
         subject="Audience Insights Analyst - regret emails", notes="Sam's HR partner at Calder Street; draft regret wording quoted for Sam",
         text="""Hi Sam,

Now that Jordan has signed for the Audience Insights Analyst role, can you confirm which of the other finalists should get a regret email? I've got Dana Whitfield and Ben Okoro down as the two we interviewed on the 12th.

I've drafted the standard wording below - shout if you want to tweak it before it goes:

"Thank you for taking the time to interview with us for the Audience Insights Analyst role. Unfortunately, on this occasion you have not been successful. We had a very strong field and the panel's decision was a difficult one."

I'd also suggest you give Dana a quick call as she got to the final round.

Thanks,
Priya

Priya Shah
HR Business Partner | Calder Street Media
"""),

    dict(O, slug="ownersent-candidate-regret", cat="owner-sent", style="personal", variant="en-GB",
         frm="Sam Taylor <sam.taylor@example.org>", to="Dana Whitfield <dana.whitfield@mailbox.example>",
         subject="Audience Insights Analyst - Calder Street Media", notes="Sam's own sent rejection to a candidate Sam interviewed",
         text="""Hi Dana,

Thank you for taking the time to interview for the Audience Insights Analyst role, and for the work you put into the segmentation exercise.

Unfortunately, we've decided to move forward with another candidate whose experience with panel data was a closer match for what the team needs right now. It was a close decision and I'd be happy to share some feedback if that's useful.

I hope our paths cross again.

Best wishes,
Sam

Sam Taylor
Head of Insights | Calder Street Media
"""),

    dict(O, slug="kestrelpark-reply-keep-in-touch", cat="reply-to-owner-followup", style="personal", variant="en-GB",
         frm="Ruth Ellery <ruth.ellery@kestrelpark.nhs.example>", client_html=True,
         subject="Re: Head of Communications and Engagement - interview outcome", parent=True, parent_depth=2,
         day="2026-11-12",
         notes="the NHS director who rejected Sam answers Sam's thank-you; rejection only two levels down in the quote",
         text="""Dear Sam,

No need to apologise at all for the slow reply - and thank you for taking the news so graciously. We'd love to keep in touch. I'll make sure you hear about the deputy director post when it's advertised in the spring, and I'm happy to have that feedback call whenever suits.

Warm wishes,
Ruth

On Tue, 10 Nov 2026 at 19:04, Sam Taylor <sam.taylor@example.org> wrote:
> Dear Ruth,
>
> Thank you for letting me know, and apologies for taking a few days to
> reply. Of course I'm disappointed, but I really enjoyed meeting the
> panel and would be grateful for the feedback call. I'd love to be
> considered for future roles at the Trust.
>
> Best wishes,
> Sam
>
> On Fri, 6 Nov 2026 at 16:22, Ruth Ellery <ruth.ellery@kestrelpark.nhs.example> wrote:
>> Dear Sam,
>>
>> Thank you for attending interview on Tuesday for the post of Head of
>> Communications and Engagement. I'm sorry to let you know that the panel
>> has decided to offer the post to another candidate.
>>
>> With best wishes,
>> Ruth
"""),

    dict(O, slug="glenmoy-answer-not-at-all-final", cat="answer-to-owner-question", style="personal", variant="en-IE",
         frm="Tomás Reilly <tomas.reilly@glenmoyfoods.example>", client_html=True,
         subject="Re: Head of Consumer Insight - have you gone with another candidate?", parent=True, day="2026-11-03",
         notes="food manufacturer; Sam asked if they'd gone with someone else; answer is a final-interview invite",
         text="""Hi Sam,

Not at all! Apologies for the delay - our CEO was travelling and it held everything up. We'd like to invite you to a final interview with her next Tuesday or Wednesday afternoon in our Naas office. Let me know which suits and I'll send an invite.

Thanks,
Tomás

Tomás Reilly
Talent Lead | Glenmoy Foods
087 555 0163

On Mon, 2 Nov 2026 at 08:47, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Tomás,
>
> I hope you're well. It's been a few weeks since my second interview for
> the Head of Consumer Insight role and I haven't heard anything, so I
> wondered whether you've gone with another candidate? No problem either
> way - I'd just appreciate knowing where things stand.
>
> Best,
> Sam
"""),

    dict(O, slug="fernhill-paused-still-in-frame", cat="status-update", style="personal", variant="en-GB",
         frm="Hannah Cole <hannah.cole@fernhillandco.example>",
         subject="Marketing Director - quick update", notes="retail chain; hiring paused for budget sign-off; Sam still in the frame; 'will come back to you'",
         text="""Hi Sam,

Quick update on the Marketing Director role. Hiring is paused for a couple of weeks while the new budget is signed off by the board - this is affecting every open role at Fernhill & Co, not just this one.

You're still very much in the frame. Nothing has changed on our side about the shortlist, and we will come back to you by the end of the month with a date for the final stage.

Sorry for the wait, and thanks for bearing with us.

Hannah

Hannah Cole
Head of Talent | Fernhill & Co
07700 900 744
"""),

    dict(O, slug="foxhollow-pitch-after-no", cat="recruiter-outreach", style="personal", variant="en-GB",
         frm="Dan Pryce <dan.pryce@foxhollowrecruitment.example>",
         subject="Two new ones", notes="same agency consultant who relayed a rejection; earlier 'no' recalled; two new roles pitched",
         text="""Hi Sam,

I know the Carrow & Vine one didn't go our way - still gutted about that. But two new ones landed this week that I think are a better fit anyway:

- Head of CRM at Ellisons Home (Leeds, hybrid, c.£75k)
- Customer Insight Lead at a regional grocery chain (Manchester, 3 days in office, £65-70k)

Both clients want people who can actually use the data rather than just report it, which is you. Fancy a chat Thursday?

Dan

Dan Pryce | Senior Consultant, Retail & Consumer
Foxhollow Recruitment | 0161 496 0721 | 07700 900 183
"""),

    dict(O, slug="westbury-reference-request", day="2026-11-11", cat="reference-request", style="personal", variant="en-GB",
         frm="Claire Dobson <c.dobson@westbury.ac.example>",
         subject="Reference request: Priya Nair - Senior Marketing Officer",
         notes="college asks Sam for a reference for a former colleague; 'unsuccessful candidates' in process note",
         text="""Dear Sam Taylor,

Priya Nair has applied for the position of Senior Marketing Officer at Westbury College and has given your name as a referee.

Priya has been offered the post subject to satisfactory references. I would be grateful if you could complete the attached form, or reply with a brief reference covering her dates of employment, role, and suitability for the post, by 20 November.

For your information, we do not contact referees for unsuccessful candidates, and your reference will be treated in confidence.

Kind regards,

Claire Dobson
HR Officer
Westbury College
"""),

    dict(O, slug="mercyridge-panel-invite", day="2026-11-10", cat="interview-invite", style="personal", variant="en-US",
         frm="Lauren Mitchell <lauren.mitchell@mercyridge.example>",
         subject="Panel interview - Director of Marketing & Communications",
         notes="hospital; panel interview invitation with .ics; 'unfortunately' about parking",
         attach=[("invite.ics", "text/calendar", ICS_INVITE.format(
             uid="mr-20261119-st@mercyridge.example", start="20261119T150000Z", end="20261119T163000Z",
             summary="Panel interview - Sam Taylor", location="Mercy Ridge Medical Center, Admin Building, Room 3B",
             org_name="Lauren Mitchell", org="lauren.mitchell@mercyridge.example"))],
         text="""Hi Sam,

Thanks so much for your time on the phone last week. We'd love to have you in for a panel interview for the Director of Marketing & Communications position on Thursday, November 19 at 10:00 a.m. I've attached a calendar invite.

You'll meet with our Chief Strategy Officer, the VP of Patient Experience and two members of the marketing team. Plan on about 90 minutes.

Unfortunately, visitor parking is very limited that week because of construction, so I'd suggest the garage on Elm Street - we'll validate your ticket.

Looking forward to it,
Lauren

Lauren Mitchell
Senior Talent Acquisition Partner
Mercy Ridge Medical Center
(614) 555-0172
"""),

    dict(O, slug="colleague-declined-meeting", day="2026-11-12", cat="non-job-rejection", style="personal", variant="en-GB",
         frm="Kwame Mensah <kwame.mensah@example.org>",
         subject="Declined: Q4 brand tracker readout", notes="colleague declines Sam's meeting invite; calendar reply attached",
         attach=[("invite.ics", "text/calendar", ICS_DECLINED)],
         text="""Sorry Sam, I'm on leave that week. Aoife will join in my place and take notes for me.
"""),

    dict(O, slug="jbi-manuscript-declined", cat="non-job-rejection", style="personal", variant="en-GB",
         frm="Journal of Brand Insight <jbi-editorial@journalsystem.example>",
         subject="Decision on Manuscript ID JBI-2026-0412", notes="journal declines Sam's paper; editor's letter with reviewer comments",
         text="""Dear Mx Taylor,

Manuscript ID JBI-2026-0412 entitled "Panel attrition and the stability of brand tracking measures" which you submitted to the Journal of Brand Insight, has been reviewed. The comments of the reviewers are included at the bottom of this letter.

In view of the reviewers' comments, I regret to inform you that your manuscript cannot be accepted for publication in the Journal of Brand Insight. The reviewers found the question important but felt that the data from a single publisher's panel could not support the general claims made.

Thank you for considering the Journal of Brand Insight for the publication of your research. I hope the outcome of this specific submission will not discourage you from submitting future manuscripts.

Sincerely,
Prof. Ingrid Sørensen
Editor-in-Chief, Journal of Brand Insight

Reviewer(s)' Comments to Author:

Reviewer: 1
The paper addresses a real gap. However, the attrition model assumes missingness at random, which the authors do not test. I would encourage a sensitivity analysis.

Reviewer: 2
Interesting practitioner perspective but not sufficiently generalisable. Reject.
"""),

    dict(O, slug="eastmoor-grant-not-successful", day="2026-11-05", cat="non-job-rejection", style="personal", variant="en-GB",
         frm="Community Grants <community.grants@eastmoor.gov.example>",
         subject="Community Arts Fund - outcome of your application (CAF-26-088)",
         notes="same council as a job rejection; community grant not successful on this occasion",
         text="""Dear Sam,

Community Arts Fund - Calder Street Youth Podcast (ref. CAF-26-088)

Thank you for applying to the Community Arts Fund on behalf of the Calder Street Youth Podcast.

The grants panel met on 2 November. I am sorry to tell you that your application was not successful on this occasion. The fund was heavily oversubscribed this round, with 71 applications for 12 awards, and the panel prioritised projects in the three wards with the lowest arts participation.

You are welcome to apply to the spring round, which opens on 1 February, and I'd be happy to talk through the panel's comments before you do.

Best wishes,

Marcus Webb
Community Grants Officer
Eastmoor District Council
"""),

    dict(O, slug="brightline-tender-unsuccessful", cat="non-job-rejection", style="personal", variant="en-GB",
         frm="Procurement <procurement@brightlinetransport.example>", cc="Tendering <bids@example.org>",
         subject="ITT BLT-0921 Audience Research Framework - outcome", notes="Sam's employer's tender to a client unsuccessful; standstill letter",
         text="""Dear Sam,

ITT BLT-0921: Audience Research Framework

Thank you for Calder Street Media's tender submission for the above contract.

I am writing to inform you that your tender was not successful. The contract will be awarded to the bidder who submitted the most economically advantageous tender. Your bid scored 71.5 out of 100; the winning bid scored 78.0. A breakdown of your scores against each criterion is attached to the portal.

A standstill period of 10 calendar days applies from the date of this letter, after which the contract will be awarded.

Thank you for your interest in working with Brightline Transport.

Kind regards,

Graham Lister
Category Manager, Marketing and Communications
Brightline Transport
"""),

    dict(O, slug="marlow-trust-offer", cat="offer", style="personal", variant="en-GB",
         frm="Jo Kendrick <jo.kendrick@marlowcarers.example>", client_html=True,
         subject="Head of Communications - offer!", notes="carers' charity CEO makes verbal offer; HR letter to follow; 'unfortunately' about start date",
         text="""Hi Sam,

Lovely to speak just now - and to say it in writing as well: I'm delighted to offer you the role of Head of Communications at the Marlow Trust for Carers.

Sophie in HR will send the formal offer letter and contract tomorrow. As we discussed, the offer is subject to two satisfactory references and a basic DBS check.

Unfortunately we can't move the start date earlier than 5 January because of the office move, but I hope that works with your notice period.

So pleased,
Jo

Jo Kendrick
Chief Executive | Marlow Trust for Carers
"""),

    dict(O, slug="friend-forwards-own-rejection", cat="forwarded", style="personal", variant="en-AU",
         frm="Alex Brennan <alex.brennan@mailbox.example>",
         subject="Fwd: Your application - Events Coordinator", day="2026-10-30",
         notes="a friend forwards her own rejection for advice",
         text="""ugh. can you read this and tell me if I should bother replying? I really thought the second interview went well. drinks friday??

A x

---------- Forwarded message ---------
From: Coastline Events Recruitment <careers@coastlineevents.example>
Date: Fri, 30 Oct 2026 at 14:02
Subject: Your application - Events Coordinator
To: Alex Brennan <alex.brennan@mailbox.example>

Dear Alex,

Thank you for attending the second interview for the Events Coordinator position. After careful consideration, we regret to advise that your application has not been successful on this occasion.

We wish you all the best in your job search.

Coastline Events
"""),

    dict(O, slug="caradoc-uni-second-stage", day="2026-11-18", cat="interview-invite", style="personal", variant="en-GB",
         frm="Nia Hughes <n.hughes@caradoc.ac.example>",
         subject="Head of Student Recruitment Marketing - second stage",
         notes="university; panel invites to assessment day after interview; 'unable to offer alternative dates'",
         text="""Dear Sam,

Thank you for attending the first-stage interview for the post of Head of Student Recruitment Marketing on Monday.

I am pleased to let you know that the panel would like to invite you to the second stage, an assessment day on Thursday 3 December. The day will include a presentation to a stakeholder group, a media exercise and a final panel interview with the Pro Vice-Chancellor.

Unfortunately we are unable to offer alternative dates. Please confirm by return whether you are able to attend.

Best wishes,

Nia Hughes
Recruitment Adviser
Caradoc University
"""),

    dict(O, slug="ownersent-thanks-to-saraswat", cat="owner-sent", style="personal", variant="en-IN",
         frm="Sam Taylor <sam.taylor@example.org>", to="Neha Kulkarni <neha.kulkarni@saraswatconsulting.example>",
         subject="Re: Your candidature - Associate Director - Marketing Strategy", parent=True,
         parent_domain="saraswatconsulting.example", day="2026-11-20",
         notes="Sam's own follow-up to a rejection, quoting it",
         text="""Dear Neha,

Thank you for letting me know, and for arranging the conversations with the panel. I'm naturally disappointed, but I enjoyed learning about Saraswat's work with consumer brands, and I'd be glad to be considered for future openings in the strategy practice.

Kind regards,
Sam Taylor

On 19 Nov 2026, at 11:05, Neha Kulkarni wrote:
> Dear Sam,
>
> Greetings of the day.
>
> Thank you for taking the time to interact with our panel for the position
> of Associate Director - Marketing Strategy. However, after careful
> evaluation, we regret to inform you that we are unable to take your
> candidature forward at this stage.
>
> Thanks & Regards,
> Neha Kulkarni
"""),

    dict(O, slug="corrib-moved-to-other-role", day="2026-11-10", cat="requisition-transfer", style="personal", variant="en-IE",
         frm="Niamh Doyle <niamh.doyle@corribadvisory.example>",
         subject="Your application - quick one", notes="consulting firm; recruiter moves application to a better-matched role; interviews scheduled",
         text="""Hi Sam,

Quick one - after reviewing your application for Manager, Digital Transformation, the Dublin team felt you'd be a stronger match for the Senior Consultant, Customer & Insight role that opened last week, given your research background.

I've moved your application across, so no need to reapply. Interviews for that role are running the week of 23 November - could you send me a few times that work?

Thanks,
Niamh

Niamh Doyle
Recruiter | Corrib Advisory
+353 1 555 0187
"""),

    dict(O, slug="beaulac-bilingual-invite", day="2026-11-09", cat="interview-invite", style="personal", variant="en-CA",
         frm="Geneviève Tremblay <gtremblay@maisonbeaulac.example>",
         subject="Interview / Entrevue - Marketing Manager, Loyalty / Gestionnaire marketing, fidélisation",
         notes="Montreal retailer; English invitation followed by French version",
         text="""(Le français suit.)

Hi Sam,

Thank you for your application for the Marketing Manager, Loyalty position at Maison Beaulac. We would like to meet you for a first interview by video on Tuesday, November 17 at 2:00 p.m. (Eastern). Please let me know if this time works for you.

Bonjour Sam,

Merci pour votre candidature au poste de gestionnaire marketing, fidélisation chez Maison Beaulac. Nous aimerions vous rencontrer pour une première entrevue par vidéo le mardi 17 novembre à 14 h (heure de l'Est). Veuillez me confirmer si ce moment vous convient.

Geneviève Tremblay
Conseillère principale, acquisition de talents | Senior Talent Acquisition Advisor
Maison Beaulac
514 555-0134
"""),

    dict(O, slug="manilabayview-endorsed-taglish", cat="status-update", style="personal", variant="en-PH",
         frm="Kristine Dela Cruz <kristine.delacruz@manilabayview.example>",
         subject="Marketing Manager application", notes="hotel HR; short Taglish; endorsed to hiring manager; final interview to follow",
         text="""Hi Sam, good day po!

Your application for Marketing Manager has been endorsed to our hiring manager. Pls. wait for the sched of your final interview, we will text you also. Salamat po!

Kristine
HR Dept. - Manila Bayview Hotel
"""),

    dict(O, slug="oduya-ack-revert", cat="ack-received", style="personal", variant="en-NG",
         frm="Chinedu Okafor <chinedu.okafor@oduyafoods.example>",
         subject="Re: Application - Brand Manager (Beverages)", parent=True,
         notes="FMCG HR; short acknowledgement; 'we shall revert either way'",
         text="""Dear Sam,

Acknowledged with thanks. Your CV has been forwarded to the Head of Marketing for review. We shall revert either way before month end.

Regards,
Chinedu Okafor
Human Resources | Oduya Foods Plc
0803 555 0191
"""),
]
