"""The 40 hard negatives of set en8 (20 ATS-style / automated, 20 personal) as data for make_messages.py."""


def ats(slug, cat, variant, vendor, brand, frm, subject, text, **kw):
    return dict(slug=slug, label="other", cat=cat, style="ats", variant=variant, vendor=vendor, brand=brand,
                frm=frm, subject=subject, text=text, **kw)


def personal(slug, cat, variant, frm, subject, text, **kw):
    return dict(slug=slug, label="other", cat=cat, style="personal", variant=variant, frm=frm,
                subject=subject, text=text, **kw)


MESSAGES = [
    # ------------------------------------------------------------------ ATS-style / automated (20)
    ats("bluefin-greenhouse-ack-hedge", "ack-received", "en-US", "greenhouse", "Bluefin Analytics",
        "Bluefin Analytics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Bluefin Analytics!",
        """Hi Sam,

Thanks for applying to Bluefin Analytics! We've received your application for the Senior Product Marketing Manager role and our recruiting team is reviewing it now.

Because we receive a large number of applications, we're not able to respond to every applicant individually. If your background is a match for the role, a member of our team will reach out within the next two weeks to discuss next steps. If we decide not to move forward, we'll let you know by email as well.

In the meantime, check out [[Life at Bluefin]] to learn more about how we work.

Best,
The Bluefin Recruiting Team""",
        notes="acknowledgement hedging on 'not move forward'"),

    ats("meghdoot-workday-ack-only-shortlisted", "ack-received", "en-IN", "workday-nonus", "Meghdoot Telecom",
        "Meghdoot Telecom Careers <meghdoot@myworkday.com>",
        "Application Received - Senior Manager - Corporate Communications (JR-55821)",
        """Dear Sam Taylor,

Thank you for applying for the position of Senior Manager - Corporate Communications (JR-55821) at Meghdoot Telecom Limited.

We confirm that we have received your application. Our Talent Acquisition team will review your profile against the requirements of the role, and if your qualifications match, a member of the team will contact you regarding the next steps.

Please note that due to the high volume of applications, only shortlisted candidates will be contacted. You can track the status of your application at any time on our [[Candidate Home]] page.

Thank you for your interest in building a career with Meghdoot Telecom.

Regards,
Talent Acquisition Team
Meghdoot Telecom Limited""",
        plain="refs", notes="ack; 'only shortlisted candidates will be contacted'; plain part generated from HTML"),

    ats("moonrise-lever-next-stage-invite", "interview-invite", "en-GB", "lever", "Moonrise Audio",
        "Hannah Reeve <no-reply@hire.lever.co>",
        "Next steps with Moonrise Audio - Head of Audience",
        """Hi Sam,

Thanks so much for your patience. We had a huge number of applications for the Head of Audience role, so apologies that this has taken longer than we'd hoped.

I'm really pleased to let you know that the team would like to move you forward to the next stage: a 45-minute video interview with Ollie Grant (Chief Content Officer) and me.

Unfortunately Ollie's calendar is fairly packed over the next fortnight, so please grab one of the slots below as soon as you can:

{button:Choose a time}

If none of the times work, just reply to this email and I'll find an alternative.

Speak soon,
Hannah

Hannah Reeve
Talent Lead, Moonrise Audio""",
        reply_to="Hannah Reeve <hannah.reeve@moonriseaudio.example>",
        notes="invitation; 'move you forward', 'unfortunately' about calendar"),

    ats("linkedin-job-alert-head-of-content", "job-alert", "en-GB", "linkedin", "",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“head of content”: Tidewell Media - Head of Content and more",
        """# Your job alert for head of content in London, England, United Kingdom

24 new jobs match your preferences.

{jobs}

{button:See all jobs}

Not what you're looking for? [[Edit or delete this job alert]].""",
        jobs=[("Head of Content", "Tidewell Media", "London, England, United Kingdom (Hybrid)"),
              ("Head of Content & Community", "Brambling", "London (Remote)"),
              ("Content Director", "Northgate Publishing Group", "London, England (On-site)"),
              ("Head of Editorial", "Pennant Finance", "London Area, United Kingdom (Hybrid)"),
              ("Senior Content Lead", "Ashgrove Health", "Greater London (Hybrid)")],
        id_domain="linkedin.com", plain="inline", notes="job alert digest; plain part generated from HTML"),

    ats("redgum-indeed-application-viewed", "status-update", "en-AU", "indeed", "Redgum Communications",
        "Indeed <donotreply@indeed.com>",
        "Your application to Content Strategist was viewed by Redgum Communications",
        """# Application viewed

Your application for Content Strategist at Redgum Communications was viewed by the employer.

{table}

What happens next? Employers review applications at different speeds, and not every employer responds to every applicant. If you don't hear back, don't be discouraged: keep applying to jobs that interest you.

{button:View your applications}

{jobs}""",
        table=[("Job", "Content Strategist"), ("Company", "Redgum Communications"), ("Location", "Sydney NSW"),
               ("Status", "Viewed")],
        jobs=[("Senior Content Producer", "Harbourline Media", "Sydney NSW"),
              ("Digital Content Manager", "Blackbutt Insurance", "North Sydney NSW")],
        footer=["Indeed Australia Pty Ltd."], notes="job-board status 'viewed'; not every employer responds"),

    ats("harbourview-smartrecruiters-moved-requisition", "requisition-transfer", "en-SG", "smartrecruiters",
        "Harbourview Hotels Group",
        "Harbourview Hotels Group <noreply@smartrecruiters.com>",
        "Your application has been moved to another position",
        """Dear Sam,

Thank you for your interest in Harbourview Hotels Group.

After reviewing your application for Senior Brand Manager, our hiring team felt that your experience is an even stronger match for another open position: Brand Content Manager, Asia Pacific.

With this in mind, we have moved your application to the Brand Content Manager, Asia Pacific position. You do not need to reapply or take any action. Your application for Senior Brand Manager has been closed as part of this move.

A member of our Talent Acquisition team will be in touch shortly regarding next steps.

{button:View job description}

Warm regards,
Talent Acquisition
Harbourview Hotels Group""",
        notes="application transferred to another requisition; old one 'closed'"),

    ats("kaveri-shl-assessment-invite", "assessment", "en-IN", "successfactors", "Kaveri Foods",
        "Kaveri Foods Recruitment <noreply@successfactors.com>",
        "Action Required: Online Assessment for Brand Manager - Kaveri Foods",
        """Dear Sam Taylor,

Thank you for your application for the position of Brand Manager - Beverages at Kaveri Foods Limited.

We are pleased to inform you that you have been selected to proceed to the next stage of our selection process, which is an online assessment.

{table}

Please complete the assessment within 72 hours of receiving this email. Candidates who do not complete the assessment by the deadline will not be considered further for this position.

{button:Start assessment}

Please ensure that you have a stable internet connection and approximately 50 minutes of uninterrupted time. For technical issues, please write to the helpdesk link provided on the assessment page.

All the best!

Regards,
Talent Acquisition Team
Kaveri Foods Limited""",
        table=[("Assessment", "Cognitive Ability + Work Personality (SHL)"), ("Duration", "Approx. 50 minutes"),
               ("Deadline", "72 hours from receipt")],
        notes="assessment invite with a conditional 'will not be considered further'"),

    ats("harbourlane-teamtailor-gdpr-stay-connected", "talent-pool", "en-IE", "teamtailor", "Harbour Lane Coffee",
        "Harbour Lane Coffee <notifications@teamtailor-mail.com>",
        "Do you want to stay connected with Harbour Lane Coffee?",
        """Hi Sam,

You're receiving this email because you are part of the Harbour Lane Coffee talent community, either because you applied for a job with us or connected with us through our career site.

Under the GDPR, we can only keep your personal data for as long as we have your consent. Your consent will expire on 30 November 2026.

If you'd like to stay in our talent community and hear about future opportunities, simply click the button below. If you don't, we'll remove your data from our system after that date and you won't hear from us again.

{button:Yes, keep me connected}

Thanks for your interest in Harbour Lane. We hope to see you again!

The Harbour Lane People Team""",
        notes="GDPR consent renewal, no verdict"),

    ats("straits-bank-card-declined", "non-job-rejection", "en-SG", "none", "Straits Merchant Bank",
        "Straits Merchant Bank <alerts@straitsbank.example>",
        "Card transaction declined",
        """Dear Customer,

We wish to inform you that a transaction on your Straits Merchant Bank Visa Signature Card ending 4417 was declined.

{table}

Reason: the transaction amount exceeds your available credit limit.

If you did not attempt this transaction, please call our 24-hour Customer Service Hotline at 1800 555 0199 (or +65 6555 0199 from overseas) immediately.

Yours sincerely,
Straits Merchant Bank

{hr}

This is a computer-generated email. Please do not reply to this email. Straits Merchant Bank will never ask you for your card PIN, OTP or online banking password via email, SMS or phone call.""",
        table=[("Date & time", "03 Nov 2026, 21:14 SGT"), ("Merchant", "MERLION AIR SG"), ("Amount", "SGD 1,249.00"),
               ("Status", "Declined")],
        id_domain="straitsbank.example", headers={"Auto-Submitted": "auto-generated"},
        notes="declined card payment; status table like an ATS status"),

    ats("audience-summit-talk-not-selected", "non-job-rejection", "en-US", "none", "Audience Summit 2027",
        "Audience Summit 2027 <noreply@sessionize.com>",
        "Audience Summit 2027: update on your session submission",
        """Hi Sam,

Thank you for submitting a session to Audience Summit 2027. We received more than 640 proposals this year for just 42 speaking slots, and the program committee had a very difficult job.

Unfortunately, your session "Your newsletter churn is a product problem" was not selected for this year's program.

Please don't take this as a reflection of the quality of your proposal. Many excellent submissions could not be accepted simply because of the limited number of slots and our aim to balance topics across the three tracks.

As a thank-you, we'd like to offer you 30% off a conference pass with the code SPEAKERS30.

We hope to see you in Chicago, and we'd love to see a submission from you again next year.

Best,
The Audience Summit Program Committee""",
        footer=["Sent via Sessionize on behalf of Audience Summit 2027. Manage notifications: {prefs}"],
        headers={"Auto-Submitted": "auto-generated"},
        notes="conference talk not selected"),

    ats("rentready-rental-unsuccessful", "non-job-rejection", "en-AU", "none", "RentReady",
        "RentReady <no-reply@rentready.example>",
        "Update on your application for 4/18 Rowe Street, Northcote",
        """Hi Sam,

Thank you for applying for 4/18 Rowe Street, Northcote VIC 3070 through RentReady.

Unfortunately your application has been unsuccessful on this occasion. The property manager at Banksia Property Group has selected another applicant for this property.

Don't worry, your RentReady profile and documents are saved, so you can apply for other properties in seconds.

{button:Browse properties}

Good luck with your search!

The RentReady Team""",
        footer=["You're receiving this email because you applied for a property via RentReady. Unsubscribe: {unsub}",
                "RentReady Pty Ltd, Level 4, 120 Flinders Street, Melbourne VIC 3000"],
        headers={"List-Unsubscribe": "<{unsub}>"}, notes="rental application unsuccessful"),

    ats("calderstreet-workday-disposition-notice", "owner-hiring", "en-GB", "workday-nonus", "Calder Street Media",
        "Calder Street Media <calderstreet@myworkday.com>",
        "Candidate dispositioned: Jordan Blake - R-2026-118 Senior Video Producer",
        """Hello Sam Taylor,

The following candidate has been dispositioned on a job requisition where you are the Hiring Manager.

{table}

A regret email has been sent to the candidate using the template "External - Not selected after interview".

You have 3 other items awaiting action in your Workday Inbox.

{button:Go to Inbox}

This is an automated notification from Workday on behalf of Calder Street Media People Operations.""",
        table=[("Candidate", "Jordan Blake"), ("Requisition", "R-2026-118 Senior Video Producer"),
               ("Hiring Manager", "Sam Taylor"), ("Disposition", "Not Selected"),
               ("Reason", "Other candidate more qualified"), ("Completed by", "Amira Hassan")],
        notes="owner is the hiring manager; HR system notice about Sam's own requisition"),

    ats("lakeshore-greenhouse-offer-docusign", "offer", "en-CA", "greenhouse", "Lakeshore Digital",
        "Lakeshore Digital <no-reply@us.greenhouse-mail.io>",
        "Your offer from Lakeshore Digital",
        """Hi Sam,

Congratulations! On behalf of everyone at Lakeshore Digital, we are delighted to extend you an offer for the position of Senior Audience Manager.

Your offer letter is ready for review and electronic signature. Please click the button below to view the full details of your compensation, start date and benefits.

{button:Review and sign offer}

This offer is contingent upon the successful completion of a background check and will expire on November 20, 2026 at 5:00 PM ET. If you have any questions, please contact Priyanka Shah directly.

We're so excited about the possibility of you joining the team!

Warm regards,
Priyanka Shah
Talent Acquisition Manager, Lakeshore Digital""",
        reply_to="Priyanka Shah <priyanka.shah@lakeshoredigital.example>",
        notes="offer; 'contingent', 'expire'"),

    ats("swiftpost-parcel-returned", "non-job-rejection", "en-ZA", "none", "SwiftPost Couriers",
        "SwiftPost Couriers <tracking@swiftpost.example>",
        "Delivery unsuccessful: your parcel SP7741029ZA is being returned to sender",
        """Dear Sam Taylor,

We attempted to deliver your parcel from Takealot Marketplace Seller "Kloof Street Books" three times but were unable to complete the delivery.

{table}

As the collection period has expired, your parcel will now be returned to the sender. Please contact the sender directly to arrange a refund or re-delivery.

{button:Track your parcel}

Thank you for choosing SwiftPost.""",
        table=[("Waybill", "SP7741029ZA"), ("Attempts", "3"), ("Last attempt", "Fri 13 Nov 2026, 14:20"),
               ("Status", "Unsuccessful - returned to sender")],
        footer=["This is an automated message, please do not reply. SwiftPost Couriers (Pty) Ltd, Reg. 2009/004417/07."],
        headers={"Auto-Submitted": "auto-generated"}, notes="parcel returned; 'unsuccessful' status row"),

    ats("jdmp-manuscript-rejected", "non-job-rejection", "en-GB", "none", "Journal of Digital Media Practice",
        "Journal of Digital Media Practice <onbehalfof@manuscriptcentral.example>",
        "Journal of Digital Media Practice - Decision on Manuscript ID JDMP-2026-0142",
        """05-Nov-2026

Dear Sam Taylor,

Thank you for submitting your manuscript "From pageviews to habits: audience metrics in a mid-sized newsroom" (Manuscript ID JDMP-2026-0142) to the Journal of Digital Media Practice.

Your manuscript has been reviewed by two referees, whose comments are included at the bottom of this letter. In view of the reviewers' comments, I regret to inform you that your manuscript cannot be accepted for publication in the journal.

Although the reviewers found the case study interesting, both felt that the contribution to the existing literature is not sufficiently developed for a research article. You may wish to consider our Practice Notes section, which publishes shorter practitioner-led pieces.

Thank you for considering the Journal of Digital Media Practice for the publication of your research. I hope the outcome of this specific submission will not discourage you from submitting future manuscripts.

Yours sincerely,
Dr Fiona McAllister
Editor-in-Chief, Journal of Digital Media Practice

Reviewer(s)' Comments to Author:

Reviewer: 1
The paper presents a useful account of one newsroom's move to engaged-time metrics, but the methods section does not explain how the interviews were analysed.

Reviewer: 2
An interesting practitioner perspective. The framing would benefit from engagement with the audience-studies literature.""",
        plain="only", cte="7bit", headers={"Auto-Submitted": "auto-generated"},
        day="2026-11-05", notes="manuscript rejected; plain-text only submission-system letter"),

    ats("screen-sound-fund-unsuccessful", "non-job-rejection", "en-IE", "none", "Screen & Sound Development Fund",
        "Screen & Sound Development Fund <grants-noreply@screensound.example>",
        "Audio Development Scheme 2026 - outcome of your application (ADS-26-0412)",
        """Dear Sam,

Application reference: ADS-26-0412
Project: "Night Shift" (six-part documentary podcast)

Thank you for your application to the Audio Development Scheme 2026.

We received 312 eligible applications in this round, and the available budget allows us to support fewer than one in ten. Following assessment by an independent panel, we regret to inform you that your application has not been successful.

Panel comments are available in your [[applicant portal]]. The scheme will reopen in spring 2027 and we would encourage you to consider applying again.

Is mian linn buíochas a ghabháil leat as d'iarratas. / We would like to thank you for your application.

Yours sincerely,
Grants Team
Screen & Sound Development Fund""",
        footer=["Screen & Sound Development Fund processes personal data in line with the GDPR and the Data Protection Act 2018. Privacy notice: {privacy}"],
        headers={"Auto-Submitted": "auto-generated"}, notes="grant application unsuccessful; Irish-language line"),

    ats("fairwayjobs-newsletter-rejection-advice", "newsletter", "en-GB", "own", "Fairway Jobs",
        "Fairway Jobs Careers Advice <newsletter@fairwayjobs.example>",
        "Didn't get the job? How to reply to a rejection email (templates inside)",
        """# Didn't get the job? Here's what to do next

Hi Sam,

"Unfortunately, we have decided to move forward with other candidates." It's the line nobody wants to read, but how you respond can keep doors open.

In this week's guide, recruiters share exactly what they want to see in a reply to a rejection, plus three templates you can copy:

- The short thank-you: "Thank you for letting me know. I enjoyed meeting the team and would welcome being considered for future roles."
- Asking for feedback without sounding defensive
- Staying on the radar when the role has been filled

[[Read the full guide]]

# New jobs for you

{jobs}

Happy job hunting,
The Fairway Jobs team""",
        jobs=[("Audience Development Manager", "Kingsmere Newspapers", "Manchester"),
              ("Head of Content Marketing", "Loxley Software", "London (Hybrid)"),
              ("Communications Manager", "Riverside Arts Trust", "Bristol")],
        footer=["Fairway Jobs Ltd, 22 Wharf Road, London N1 7GR. Registered in England and Wales No. 09991234."],
        headers={"Precedence": "bulk", "List-Id": "Fairway Jobs Careers Advice <advice.fairwayjobs.example>"},
        plain="refs", notes="careers newsletter quoting a rejection line; plain part generated from HTML"),

    ats("bellwether-icims-withdrawal-confirmed", "withdrawal-confirmation", "en-US", "icims", "Bellwether Insurance",
        "Bellwether Insurance Careers <careers-noreply@talent.icims.com>",
        "Confirmation: Application withdrawn - Content Director (7731)",
        """Dear Sam,

This email confirms that you have withdrawn your application for the Content Director position (Job ID 7731) at Bellwether Insurance. Your application will no longer be considered for this position.

If you withdrew your application by mistake, or if you would like to be considered for other roles, please visit our [[Career Portal]] to apply again.

Thank you for your interest in Bellwether Insurance.

Sincerely,
Bellwether Insurance Talent Acquisition""",
        plain="inline", notes="Sam withdrew; 'will no longer be considered'"),

    ats("google-calendar-declined-sync", "non-job-rejection", "en-GB", "none", "",
        "Hannah Lowe (Google Calendar) <calendar-notification@google.com>",
        "Declined: Audience weekly sync @ Thu 12 Nov 2026 10am - 10:30am (GMT) (sam.taylor@example.org)",
        """Hannah Lowe has declined this invitation.

# Audience weekly sync

{table}

Reply for sam.taylor@example.org: [[Yes]] [[No]] [[Maybe]] [[More options]]

Invitation from Google Calendar

You are receiving this email because you are the organiser of this event. To stop receiving updates for this event, decline it or change your notification settings.""",
        table=[("When", "Thursday 12 Nov 2026 10am – 10:30am (Greenwich Mean Time - London)"),
               ("Joining info", "meet.google.com/xyt-kqpr-mwd"),
               ("Organiser", "sam.taylor@example.org"),
               ("Guests", "Sam Taylor - organiser; Hannah Lowe - declined; Owen Pike")],
        reply_to="Hannah Lowe <hannah.lowe@example.org>", id_domain="google.com", plain="inline",
        headers={"Sender": "Google Calendar <calendar-notification@google.com>"},
        notes="declined meeting invitation from a colleague"),

    ats("bluegum-xref-referee-request", "reference-request", "en-AU", "own", "Bluegum Media",
        "Bluegum Media via Xref <noreply@xref.example>",
        "Alex Morgan has nominated you as a referee",
        """Hi Sam,

Alex Morgan has applied for the role of Content Producer at Bluegum Media and has nominated you as a referee.

We'd be grateful if you could complete a short online reference. It should take around 10 minutes, and your responses will be shared with the hiring team at Bluegum Media.

{button:Start reference}

Please complete the reference by Friday 20 November. If you don't feel able to provide a reference for Alex, you can decline using the link on the reference page.

Thank you for your time.

Kind regards,
Bluegum Media People Team""",
        footer=["Xref is an online referencing platform used by Bluegum Media. Privacy: {privacy}"],
        notes="reference request for someone else's application"),

    # ------------------------------------------------------------------ personal (20)
    personal("hollis-second-interview-invite", "interview-invite", "en-GB",
             "Grace Whitmore <grace.whitmore@hollisandco.example>",
             "Second interview - Head of Audience Development",
             """Hi Sam,

Thanks for your time on the phone yesterday, it was great to chat.

Good news: the team would like to invite you to a second interview for the Head of Audience Development role. It'll be in person at our Farringdon office with Jonathan (CMO) and Lucy (Head of Editorial), about an hour, and they'll ask you to talk through a recent audience growth project for 10 minutes or so.

Could you let me know which of these works?

- Tuesday 17 November, 2pm
- Wednesday 18 November, 10am
- Thursday 19 November, 3:30pm

Unfortunately we can't offer video for this round as they'd like to meet face to face, but we'll cover travel if you need it.

Best,
Grace

Grace Whitmore
Talent Acquisition Partner | Hollis & Co.
+44 20 7946 0877""",
             client="gmail", id_style="gmail", notes="invitation; 'unfortunately' about format"),

    personal("ridgeline-answer-not-gone-elsewhere", "answer-to-owner-question", "en-US",
             "Nate Fisher <nate.fisher@ridgelinehealth.example>",
             "Re: Director, Content Strategy - following up",
             """Hi Sam,

Not at all - sorry, we've been slow! We haven't made any decisions yet, and you're very much still in the running. Two people on the panel were out last week, which pushed everything back.

We'd like to bring you back for a final conversation with our CEO. Are you free Thursday or Friday afternoon this week? Happy to work around your schedule.

Thanks for your patience,
Nate

Nate Fisher
VP Marketing | Ridgeline Health
(303) 555-0162

On Mon, Nov 9, 2026 at 8:12 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Nate,
>
> I hope you're well. I wanted to follow up on the Director, Content
> Strategy role. I haven't heard anything since our conversation on the
> 27th, so I wondered whether you've gone with another candidate? If so,
> no problem at all, I'd just appreciate knowing either way.
>
> Best,
> Sam""",
             parent=True, day="2026-11-10", client="gmail", id_style="gmail",
             notes="answer to 'have you gone with another candidate?': final-round invitation"),

    personal("liffey-agency-reply-to-owner-thanks", "reply-to-owner-followup", "en-IE",
             "Ciarán Doyle <ciaran.doyle@harcourtrecruitment.example>",
             "Re: Liffey Energy - Communications Manager",
             """Hi Sam,

No need to apologise at all, and thanks for being so gracious about it. Honestly it was very close.

We'd love to keep in touch. I'll pass your note on to the team at Liffey, and I'll reach out as soon as something suitable lands on my desk. Let's grab a coffee in the new year.

Ciarán

On Thu, 15 Oct 2026 at 11:20, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ciarán,
>
> Thanks for letting me know, and sorry for the slow reply. Disappointing
> of course, but I really appreciated your help throughout. Please thank
> the team at Liffey for their time, and do keep me in mind for anything
> similar.
>
> Best,
> Sam
>
> On Wed, 14 Oct 2026 at 15:09, Ciarán Doyle
> <ciaran.doyle@harcourtrecruitment.example> wrote:
>> Hi Sam,
>>
>> Apologies for the delay in getting back to you. Unfortunately Liffey
>> Energy have decided to go with another candidate for the Communications
>> Manager role.
>>
>> Ciarán""",
             parent=True, parent_depth=3, day="2026-10-16", client="gmail", id_style="gmail",
             notes="recruiter answers Sam's reply to a rejection; rejection only in the quote"),

    personal("bilby-offer-email", "offer", "en-AU",
             "Laura Quinn <laura.quinn@bilbyhealth.example>",
             "Offer - Head of Content",
             """Hi Sam,

Thanks for taking my call this afternoon. As promised, I'm putting it in writing: we'd love you to join Bilby Health as our Head of Content, and I'm delighted to formally offer you the role.

Headline terms, as discussed:

- Base salary of $165,000 plus 11.5% super
- Hybrid, with two days a week in the Surry Hills office
- Start date to suit, ideally early January

Your contract will come through from our People team tomorrow via DocuSign. It was a genuinely tough process, and we had to turn down some very strong people, so I hope you know how much the panel wanted you.

Take the time you need to think it over, and shout if you have any questions at all.

Cheers,
Laura

Laura Quinn
Chief Marketing Officer | Bilby Health
0418 555 207""",
             client="gmail", id_style="gmail", notes="offer; 'turn down some very strong people' about others"),

    personal("sg-headhunter-pitch", "recruiter-outreach", "en-SG",
             "Marcus Lim <marcus.lim@peninsulasearch.example>",
             "Regional Head of Content - confidential search",
             """Hi Sam,

Hope you don't mind me reaching out directly. I lead the media and consumer practice at Peninsula Search here in Singapore.

I'm working on a confidential search for a Regional Head of Content for a well-funded streaming business expanding across Southeast Asia. Your background in audience development at Calder Street Media looks like a strong match for what the client is after, particularly the subscriber retention work.

I appreciate you may not be actively looking, and if the timing isn't right, no problem at all. But if you're open to a 15-minute confidential chat this week or next, let me know a good time and I'll share more details.

Best regards,
Marcus

Marcus Lim
Partner, Media & Consumer | Peninsula Search Pte. Ltd.
+65 9555 0142
EA Licence No. 19C9999""",
             notes="cold outreach from headhunter"),

    personal("calderstreet-colleague-regret-emails-sent", "owner-hiring", "en-GB",
             "Amira Hassan <amira.hassan@example.org>",
             "Senior Video Producer - regret emails sent",
             """Hi Sam,

Quick update on the Senior Video Producer hire: I've sent the regret emails to the three candidates we didn't take forward after the final round (Jordan, Mia and Sunil), using the wording you approved on Friday.

Jordan has already replied asking for feedback. Are you happy for me to share the two points from your scorecard, or would you rather call him yourself?

Also, Kofi has accepted verbally, so I'll raise the contract today.

Thanks,
Amira

Amira Hassan
People Partner | Calder Street Media
07700 900 233""",
             client="outlook", id_style="outlook", notes="owner is the hiring manager; colleague about rejected candidates"),

    personal("owner-sent-regret-to-candidate", "owner-sent", "en-GB",
             "Sam Taylor <sam.taylor@example.org>",
             "Senior Video Producer - Calder Street Media",
             """Hi Jordan,

Thank you for coming in to meet Amira and me last week, and for the showreel walk-through. We really enjoyed the conversation.

I'm sorry to say that we've decided not to move forward with your application for the Senior Video Producer role. It was a very close call; in the end we went with someone with more live-event production experience, which is a big part of the role next year.

Your documentary work was excellent, and I'd genuinely encourage you to apply for future roles with us.

Best wishes,
Sam

Sam Taylor
Senior Audience Development Manager
Calder Street Media""",
             to="Jordan Blake <jordan.blake@example.net>", id_style="apple",
             notes="Sam's own sent rejection to a candidate (From Sam)"),

    personal("owner-sent-thanks-after-rejection", "owner-sent", "en-US",
             "Sam Taylor <sam.taylor@example.org>",
             "Re: Harborlight Media - Director of Audience Development",
             """Hi Marisol,

Thank you for letting me know, and for taking the time to write personally. Of course I'm disappointed, but I really enjoyed meeting the team and learned a lot from the process.

I'd love to take you up on the offer of feedback. Would Thursday afternoon work for a quick call?

And please do keep me in mind for future roles at Harborlight.

Best,
Sam

On Mon, Nov 16, 2026, at 10:04 AM, Marisol Vega wrote:
> Hi Sam,
>
> That said, I'm sorry to tell you that we've decided to move forward
> with another candidate for the Director of Audience Development role.
> It was a very close decision.
>
> Best,
> Marisol""",
             to="Marisol Vega <marisol.vega@harborlight.example>", parent=True, parent_domain="harborlight.example",
             parent_style="outlook", day="2026-11-17", id_style="apple",
             notes="Sam's own follow-up quoting a rejection (From Sam)"),

    personal("northfield-interviews-paused-still-active", "status-update", "en-CA",
             "Aisha Patel <aisha.patel@northfieldcu.example>",
             "Marketing Manager - quick update",
             """Hi Sam,

I wanted to give you a quick update on the Marketing Manager role, as I know we'd hoped to have the panel interviews booked by now.

We've had to pause interviews for a couple of weeks while our 2027 budget is signed off by the board. To be clear, the role is not cancelled and your application is still very much active. You're one of four candidates we'd like to bring in for the panel.

I expect to be back in touch by November 27 with dates. In the meantime, if anything changes on your side, please let me know.

Thanks for your patience,
Aisha

Aisha Patel
Senior Talent Advisor | Northfield Credit Union
(204) 555-0134""",
             client="outlook", id_style="outlook", notes="process paused; application explicitly still active"),

    personal("cobaltbay-still-deliberating", "status-update", "en-US",
             "Ryan Castillo <ryan@cobaltbaycreative.example>",
             "Re: Content Director",
             """Hi Sam,

Thanks for checking in. No decision yet I'm afraid - the team is still deliberating between you and one other candidate, and our founder is travelling until Thursday.

I expect we'll make a call by Friday, and I'll let you know either way as soon as we have. Sorry for the wait, I know it's frustrating.

Ryan

Ryan Castillo
Head of Talent, Cobalt Bay Creative""",
             parent=True, id_style="gmail", notes="'no decision yet'; 'either way'"),

    personal("friend-forwards-own-rejection", "forwarded", "en-ZA",
             "Lerato Dlamini <lerato.dlamini@example.net>",
             "Fwd: Your application - Senior Copywriter",
             """Sam, got this today. Gutted, I really thought the second interview went well. Do you think it's worth replying and asking for feedback, or is that just going to be awkward? You're the expert on these things!

L x

---------- Forwarded message ---------
From: Jacaranda Creative Talent <careers@jacarandacreative.example>
Date: Tue, 10 Nov 2026 at 16:45
Subject: Your application - Senior Copywriter
To: Lerato Dlamini <lerato.dlamini@example.net>

Dear Lerato,

Thank you for your interest in the Senior Copywriter position at Jacaranda Creative. After careful consideration, we regret to inform you that we will not be proceeding with your application.

We wish you every success in your career.

Kind regards,
Jacaranda Creative Talent Team""",
             day="2026-11-10", client="gmail", id_style="gmail", notes="a friend's rejection forwarded to Sam"),

    personal("referee-request-riya", "reference-request", "en-IN",
             "Kavita Rao <kavita.rao@saffronmedia.example>",
             "Reference request - Riya Shah",
             """Dear Sam,

I hope this email finds you well.

Riya Shah has applied for the position of Social Media Manager with Saffron Media Network and has given your name as a professional referee, from her time working in your team at Calder Street Media.

It would be very helpful if you could spare 15 minutes for a short call this week, or alternatively answer the questions below by email:

1. In what capacity and for how long did you work with Riya?
2. What would you consider her key strengths?
3. Are there any areas where she needed support?
4. Would you re-hire her?

Your response will be kept confidential. Thank you in advance for your help.

Warm regards,
Kavita Rao
Manager - Talent Acquisition
Saffron Media Network, Mumbai
+91 22 5555 0181""",
             client="outlook", id_style="outlook", notes="reference request about Sam's former report"),

    personal("birchway-reschedule-cancelled-slot", "reschedule", "en-CA",
             "Olivia Bergeron <olivia.bergeron@birchwayinsurance.example>",
             "Cancelled: interview tomorrow 10am - can we rebook?",
             """Hi Sam,

I'm so sorry for the late notice, but I need to cancel our interview tomorrow at 10am. Our hiring manager, Paul, is off sick, and we'd rather postpone than have you meet a reduced panel.

Nothing has changed on our side. We're still very keen to speak with you about the Digital Content Manager role. Could you do any of these next week instead?

- Tuesday, 10am or 2pm
- Wednesday, 11am
- Thursday, anytime after 1pm

Again, apologies for the disruption.

Olivia

Olivia Bergeron
Talent Acquisition | Birchway Insurance
416-555-0125""",
             client="outlook", id_style="outlook", notes="interview cancelled and rebooked; candidacy unaffected"),

    personal("letting-agent-flat-other-applicant", "non-job-rejection", "en-GB",
             "Ben Hartley <ben.hartley@marlowlettings.example>",
             "Flat 3, 27 Elmore Road - application",
             """Hi Sam,

Thanks for viewing Flat 3 at 27 Elmore Road on Saturday and for getting your application in so quickly.

I'm afraid the landlord has decided to go with another applicant who was able to move in sooner. I'm sorry it's not better news, as you were both very strong applicants.

We've got a couple of similar two-beds coming on in the next few weeks in the same area. I'll send them over before they go on Rightmove if you'd like?

Kind regards,

Ben Hartley
Senior Lettings Negotiator
Marlow Lettings, Stoke Newington
020 7946 0554""",
             notes="rental application turned down (another applicant chosen)"),

    personal("panel-speakers-filled", "non-job-rejection", "en-US",
             "Keisha Morgan <keisha@newsroomfutures.example>",
             "Re: Newsroom Futures panel",
             """Hi Sam,

Thanks so much for offering to join the audience revenue panel and for sending over your bio.

Unfortunately, we've now filled all the speaker spots for that session, and we've decided to go with other panelists who are coming at it from the nonprofit side, as that's the gap in this year's program.

I'd love to have you involved another way, though. Would you be up for moderating one of the breakout roundtables on day two? No pressure at all.

Best,
Keisha

Keisha Morgan
Program Director, Newsroom Futures Conference""",
             parent=True, id_style="gmail", notes="not chosen as a conference panelist (not a job)"),

    personal("talentbridge-recruiter-ack-either-way", "ack-received", "en-IN",
             "Deepak Iyer <deepak.iyer@talentbridge.example>",
             "RE: Head of Audience - CV",
             """Hi Sam,

Thanks for sending your updated CV. I have shared it with the hiring manager at our client (a leading digital news platform in Bengaluru) for the Head of Audience role.

They usually take about a week to revert. I will let you know either way as soon as I hear back from them, whether it's a yes for the first round or not.

Regards,
Deepak Iyer
Senior Consultant - Media & Digital
TalentBridge Consulting
+91 80 5555 0172""",
             parent=True, client="outlook", id_style="outlook", notes="agency acknowledgement; 'either way ... or not'"),

    personal("networking-no-role-right-now", "networking", "en-AU",
             "Tom Nguyen <tom.nguyen@wombatstudio.example>",
             "Re: Coffee?",
             """Hey Sam,

Great to hear from you, and thanks for the kind words about the podcast.

To be upfront, we don't have anything open in the audience team at the moment, and I don't expect we will until at least March. But I'm always keen to meet people doing interesting work in this space, so I'd love to grab a coffee when you're next in Melbourne.

Let me know when you're down!

Tom

Tom Nguyen
Head of Audience | Wombat Studio""",
             parent=True, id_style="gmail", notes="networking reply; nothing open, no application"),

    personal("former-manager-check-in", "personal", "en-IE",
             "Orla Fitzgerald <orla.fitz@example.net>",
             "How did it go?",
             """Hi Sam,

Just thinking of you - how did the interview at Greenway go on Thursday? I hope they didn't grill you too much on the healthcare side.

Either way, I bumped into Conor Walsh at the IAB breakfast and he mentioned they're about to open a Head of Audience role at Brightline. I told him he should talk to you. Happy to make an intro if you're interested?

Orla""",
             id_style="gmail", notes="former manager asking about an interview; intro offer"),

    personal("calderstreet-hr-requisition-on-hold", "owner-hiring", "en-GB",
             "Priyanka Desai <priyanka.desai@example.org>",
             "Content Designer requisition - on hold",
             """Hi Sam,

I'm sorry to be the bearer of bad news. Finance have put a hold on all new headcount until the Q1 reforecast, which unfortunately includes your Content Designer requisition (R-2026-131).

I've paused the advert on the careers site and will let the two candidates you shortlisted know that we'll be in touch as soon as we can. I'll draft a holding message for you to look at first.

Happy to talk it through at our 1:1 tomorrow.

Priyanka

Priyanka Desai
HR Business Partner | Calder Street Media""",
             client="outlook", id_style="outlook", notes="owner's own requisition put on hold; owner is hiring"),

    personal("zenith-india-shortlisted-next-round", "interview-invite", "en-IN",
             "Neha Bansal <neha.bansal@zenithmedia.example>",
             "RE: Application for Associate Director - Content Strategy",
             """Dear Sam,

Greetings from Zenith Media Labs!

Further to your telephonic discussion with our team last week, we are pleased to inform you that you have been shortlisted for the next round of interviews for the position of Associate Director - Content Strategy.

The round will be a virtual interview with our Business Head, Mr. Rajesh Menon, on Thursday, 19th November 2026 at 4:00 PM IST. The meeting link will be shared separately.

Kindly confirm your availability at the earliest.

Thanks & Regards,
Neha Bansal
Lead - Talent Acquisition
Zenith Media Labs Pvt. Ltd.
+91 124 555 0163""",
             parent=True, client="outlook", id_style="outlook", notes="Indian HR phrasing; shortlisted for next round"),
]

# Days pinned where the text names a date (interview slots, deadlines, expiry).
DAYS = {"hollis-second-interview-invite": "2026-11-11", "bluegum-xref-referee-request": "2026-11-13",
        "swiftpost-parcel-returned": "2026-11-14", "google-calendar-declined-sync": "2026-11-09",
        "zenith-india-shortlisted-next-round": "2026-11-13", "lakeshore-greenhouse-offer-docusign": "2026-11-13",
        "northfield-interviews-paused-still-active": "2026-11-10", "harbourlane-teamtailor-gdpr-stay-connected": "2026-11-16",
        "straits-bank-card-declined": "2026-11-03", "kaveri-shl-assessment-invite": "2026-10-19"}
for _m in MESSAGES:
    if _m["slug"] in DAYS:
        _m["day"] = DAYS[_m["slug"]]
