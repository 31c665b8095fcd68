"""ATS-style / automated hard negatives (30)."""


def O(slug, cat, vendor, brand, frm, subject, text, notes="", **kw):
    d = dict(slug=slug, label="other", cat=cat, style="ats", vendor=vendor, brand=brand, frm=frm,
             subject=subject, text=text, notes=notes)
    d.update(kw)
    return d


MESSAGES = [
O("ack-greenhouse-hedge", "ack-received", "greenhouse", "Harbourlane Studios",
  "Harbourlane Studios <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Harbourlane Studios",
  """Hi Sam,

Thanks for applying for the Audience Editor role at Harbourlane Studios. Your application has been received and our team will review it shortly.

If we decide not to move forward, we will let you know by email, so you won't be left wondering. Unfortunately, due to the volume of applications we can't provide individual feedback at the application stage.

Best,
Harbourlane Studios Recruiting""", "greenhouse; hedge: if we don't move forward we'll tell you", mangled=True),

O("ack-workday-unable-to-reply", "ack-received", "workday", "Northgate Insurance Group",
  "Northgate Insurance Group <northgate@myworkday.com>", "We've received your application – R-20533",
  """Dear Sam Taylor,

Thank you for applying for R-20533 Senior Copywriter.

|Status: Application Received
|Next step: Recruiter review

Due to the high number of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within 4 weeks, please assume your application has not been successful on this occasion.

Northgate Insurance Group Talent Acquisition""", "workday; ack with conditional 'assume not successful'"),

O("interview-invite-lever", "interview-invite", "lever", "Quillfern",
  "Quillfern <no-reply@hire.lever.co>", "Interview invitation: Quillfern – Audience Growth Lead",
  """Hi Sam,

Good news! After reviewing your application for Audience Growth Lead, we'd love to invite you to a 30-minute video call with our Head of Growth.

Please pick a time that suits you using the link below. Unfortunately we can't offer slots after 5pm UK time.

Looking forward to speaking,
The Quillfern People Team""", "lever; invite with 'unfortunately' about slots", button="Choose a time"),

O("next-round-smartrecruiters", "interview-invite", "smartrecruiters", "Brightmoor Health",
  "Brightmoor Health <noreply@smartrecruiters.com>", "Next step in your application – Communications Business Partner",
  """Dear Sam,

Thank you for your interest in Communications Business Partner at Brightmoor Health. We're pleased to let you know that you have been shortlisted and we'd like to invite you to the next stage: a written exercise followed by a panel interview.

Unlike many candidates, you don't need to prepare a presentation. Details are in the candidate portal.

Kind regards,
Talent Acquisition Team""", "smartrecruiters; shortlisted; 'unlike many candidates'"),

O("assessment-invite-successfactors", "assessment-invite", "successfactors", "Pellucid Pharma",
  "Pellucid Pharma Recruiting <DoNotReply@successfactors.eu>", "Online assessment – Medical Content Manager",
  """Dear Sam Taylor,

Thank you for applying for Medical Content Manager (Job ID 77340). As the next step, please complete our online assessment within 5 days.

Candidates who do not meet the benchmark will not progress further. If the link does not work, contact the recruiting team.

Yours sincerely,
Pellucid Pharma Talent Acquisition""", "successfactors; test invitation; conditional 'will not progress'", button="Start assessment"),

O("transfer-workday-other-req", "requisition-transfer", "workday", "Halden Retail",
  "Halden Retail <halden@myworkday.com>", "Your application has been moved",
  """Dear Sam,

Your application for Copy Lead, Homeware (JR-3402) has been moved to a different job requisition: JR-3417 Senior Copywriter, Homeware. The original posting has been closed and is no longer accepting applications, but your candidacy continues under the new requisition and no action is needed from you.

Kind regards,
Halden Retail Recruitment""", "workday; transferred to another requisition; old one closed", mangled=True),

O("job-alert-stepstone", "job-alert", "stepstone", "StepStone",
  "StepStone Job Alert <jobagent@stepstone.de>", "12 new jobs for \"Content Manager\" in Berlin",
  """Hello Sam Taylor,

Here are the newest jobs matching your search agent "Content Manager, Berlin":

- Content Manager (m/w/d) - Quarryhill Logistics - Berlin
- Senior Content Marketing Manager - Fennick Audio GmbH - Remote
- Content Manager English - Hafenblick Media - Hamburg
- Junior Content Manager - Kestrelwood Games - Berlin

Not successful in your search yet? Get tips on how to stand out: [[Career advice]]

Your StepStone team""", "stepstone; job alert; 'not successful' about search", mangled=True),

O("linkedin-someone-viewed", "job-alert", "linkedin", "LinkedIn",
  "LinkedIn <jobs-listings@linkedin.com>", "Sam, your application was viewed by Sorrel Analytics",
  """Your application was viewed

Sorrel Analytics viewed your application for Growth Marketing Manager.

Applications viewed by the employer are more likely to get a response. You'll be notified if your status changes.

Jobs similar to Growth Marketing Manager
- Lifecycle Marketing Manager - Lumenpath - Manchester
- Growth Lead - Loopfield - Remote

[[See more jobs]]""", "linkedin; application viewed; bulk"),

O("indeed-app-status-applied", "status-update", "indeed", "Indeed",
  "Indeed <noreply@indeed.com>", "Application update: still under review",
  """Sam, here's an update

|Job: Head of Content
|Company: Ravensbrook Hotels
|Status: Under review

The employer hasn't made a decision yet. Many employers take 2-3 weeks to respond. If they decide not to move forward, you'll see it here.""", "indeed; status under review"),

O("offer-greenhouse", "offer", "greenhouse", "Parallax Learning",
  "Parallax Learning <no-reply@us.greenhouse-mail.io>", "Your offer from Parallax Learning",
  """Hi Sam,

We are delighted to offer you the position of Senior Learning Content Manager at Parallax Learning! Your offer letter is ready to review and sign.

Please note this offer expires in 5 business days. If you'd like to decline, you can do so from the same page.

Welcome (we hope!),
Parallax Learning""", "greenhouse; offer; decline option", button="Review offer"),

O("ref-request-workable", "reference-request", "workable", "Tidewater Press",
  "Tidewater Press <noreply@candidates.workablemail.com>", "Reference request for Jamie Collins",
  """Dear Sam,

Jamie Collins has applied for the role of Features Editor at Tidewater Press and has named you as a referee.

We would be grateful if you could complete a short reference form. Please let us know if you are unable to provide a reference.

Kind regards,
Priya Nandakumar
Head of People""", "workable; Sam as referee"),

O("hr-system-requisition-closed-own", "owner-hiring", "hr_internal", "Calder Street Media",
  "Calder Street Media People <people-noreply@example.org>", "Requisition CSM-118 closed: Junior Producer",
  """Hi Sam,

Your requisition CSM-118 Junior Producer has been closed as filled. 46 candidates were dispositioned as "Not selected" and will receive the standard rejection email tomorrow at 09:00.

Hiring manager: Sam Taylor
Recruiter: Alex Morgan

No further action is needed from you.""", "owner is hiring manager; HR system; disposition"),

O("hr-system-candidate-rejected-event", "owner-hiring", "hr_internal", "Calder Street Media",
  "Greenhouse (Calder Street Media) <no-reply@us.greenhouse-mail.io>", "Candidate rejected: Morgan Price – Video Editor",
  """Sam,

Alex Morgan rejected Morgan Price for Video Editor (Calder Street Media).
Rejection reason: Lacking skills/qualifications
Rejection email: Scheduled for Monday 10:00

[[View candidate]]""", "owner hiring; ATS event about own candidate", mangled=True),

O("conference-talk-declined", "non-job-rejection", "confsys", "ContentCon Europe 2027",
  "ContentCon Europe 2027 <cfp-noreply@contentcon.example>", "Your proposal #412 for ContentCon Europe 2027",
  """Dear Sam Taylor,

Thank you for submitting "Newsletters that pay their way" to ContentCon Europe 2027.

We received over 600 proposals for 45 slots. We regret to inform you that your proposal was not accepted for the programme this year.

We'd love to see you in the audience: speakers who submitted get 20% off with code CFP20.

The ContentCon Programme Committee""", "talk proposal rejected; same wording as job rejection"),

O("card-declined", "non-job-rejection", "bank", "Northbank Cards",
  "Northbank Cards <alerts@northbank-cards.example>", "Transaction declined",
  """Hi Sam,

A payment of £249.00 to TICKETHUB LTD on your card ending 4821 was declined on 14 November at 19:42.

If this was you, please try again or contact us. We have not moved forward with this transaction to protect your account.

Northbank Cards""", "declined card payment"),

O("parcel-returned", "non-job-rejection", "parcel", "SwiftParcel",
  "SwiftParcel <tracking@swiftparcel.example>", "Your parcel is being returned to sender",
  """Hi Sam,

Unfortunately we were unable to deliver your parcel (SP-88213-GB) after 3 attempts. It has been rejected at the depot and will be returned to the sender.

Track your parcel: [[SP-88213-GB]]""", "returned parcel", mangled=True),

O("paper-declined-journal", "non-job-rejection", "confsys", "Journal of Digital Publishing",
  "Journal of Digital Publishing <editorial-noreply@jdp.example>", "Decision on manuscript JDP-2026-0913",
  """Dear Sam Taylor,

Thank you for submitting your manuscript "Paywalls and reader trust in regional news" to the Journal of Digital Publishing.

After careful consideration by the editors and two reviewers, I regret that we are unable to accept your manuscript for publication. The reviewers' comments are included below in the hope that they are useful.

Reviewer 1: The study is interesting but the sample is small.

Yours sincerely,
Dr Hilary Voss, Editor""", "declined paper"),

O("rental-application-declined", "non-job-rejection", "lettings", "Keyhaven Lettings",
  "Keyhaven Lettings <noreply@keyhaven-lettings.example>", "Your application for 14 Marlborough Road",
  """Dear Sam,

Thank you for applying to rent 14 Marlborough Road, Flat 2. The landlord has decided to proceed with another applicant.

Your holding deposit of £350 will be refunded within 7 days. Similar properties you may like are listed on our website.

Keyhaven Lettings""", "rental application rejected"),

O("grant-declined", "non-job-rejection", "confsys", "Local Stories Fund",
  "Local Stories Fund <grants-noreply@localstories.example>", "Local Stories Fund – Round 4 outcome",
  """Dear Sam,

Thank you for applying to the Local Stories Fund, Round 4, for your project "Streets We Walked".

Unfortunately your application was not successful this round. We received 214 applications and could fund 19. Feedback from the panel will follow within six weeks.

Local Stories Fund""", "grant not successful"),

O("calendar-declined-meeting", "non-job-rejection", "hr_internal", "Calder Street Media",
  "Alex Morgan <alex.morgan@example.org>", "Declined: Q1 content planning @ Tue 17 Nov 2026 10:00 - 11:00 (GMT)",
  """Alex Morgan has declined this invitation.

Q1 content planning
When: Tue 17 Nov 2026 10:00 - 11:00 (GMT)
Calendar: sam.taylor@example.org
Who: Sam Taylor - organiser; Alex Morgan; Nia Parry

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.""", "declined meeting invite; colleague", headers={"Content-Class": "urn:content-classes:calendarmessage"}),

O("talent-pool-invite-no-verdict", "talent-pool", "teamtailor", "Saltmarsh Outdoor",
  "Saltmarsh Outdoor <no-reply@saltmarsh.teamtailor-mail.com>", "Join the Saltmarsh Outdoor Talent Community",
  """Hey Sam!

Thanks for visiting our careers site. We don't have a role that matches your profile right now, but new positions open all the time.

Join our Talent Community and we'll let you know as soon as something fits. No spam, promise.

Stay wild,
Saltmarsh Outdoor""", "teamtailor; talent pool without an application", button="Join our Talent Community"),

O("withdrawal-confirmed-icims", "status-update", "icims", "Crestline Financial",
  "Crestline Financial Careers <careers-noreply@talent.icims.com>", "Confirmation: application withdrawn",
  """Dear Sam,

This confirms that you have withdrawn your application for Req #48890, Content Marketing Manager. Your candidacy for this position is now closed.

If you withdrew by mistake, please contact us at talent@crestline.example.

Crestline Financial Talent Acquisition""", "icims; Sam withdrew", html_only=True),

O("newsletter-handling-rejection", "newsletter", "newsletter", "The Job Hunt Weekly",
  "The Job Hunt Weekly <newsletter@jobhuntweekly.example>", "How to reply when you don't get the job",
  """This week: rejection is part of the process

Getting a "we've decided to move forward with other candidates" email hurts. But how you respond can open doors. Here's a template:

"Thank you for letting me know. I enjoyed learning about the team and would welcome being considered for future roles."

Also this week: 10 content roles hiring now, and why "position filled" emails arrive late.

[[Read online]] | [[Unsubscribe]]""", "newsletter about rejections; quotes rejection phrases"),

O("status-shortlisted-portal", "status-update", "workday", "Northgate Insurance Group",
  "Northgate Insurance Group <northgate@myworkday.com>", "Application status update – R-20533",
  """Dear Sam Taylor,

The status of your application has changed.

|Job Requisition: R-20533 Senior Copywriter
|Status: Shortlisted – Interview
|Updated: by recruiter

You can review all of your applications on your [[Candidate Home]] page. Please do not reply to this notification.

Northgate Insurance Group Talent Acquisition""", "workday; same template as a rejection; shortlisted", mangled=True),

O("bamboohr-still-deciding-hold", "status-update", "bamboohr", "Fernway Travel",
  "Fernway Travel <notifications@app.bamboohr.com>", "An update on your application",
  """Hi Sam,

A quick update on the Partnerships Content Manager role: our hiring manager is on leave until 30 November, so interviews are on hold until she's back. Your application is still active and we are still deciding on the shortlist - we will come back to you in early December either way.

Thanks for your patience,
The Fernway Travel Team""", "bamboohr; on hold but explicitly still deciding"),

O("join-ack-hedge", "ack-received", "join", "Loopfield",
  "Loopfield via JOIN <noreply@join.com>", "Application received: Brand Manager",
  """Hi Sam,

thanks for applying for Brand Manager at Loopfield! We review every application within 10 days. Whether it's a yes or a no, you'll hear from us.

Best,
Loopfield""", "join; ack; 'yes or a no'"),

O("personio-interview-bilingual", "interview-invite", "personio", "Fennick Audio GmbH",
  "Fennick Audio GmbH <jobs@fennick-audio.jobs.personio.de>", "Einladung zum Gespräch / Interview invitation",
  """(English below)

Hallo Sam,

vielen Dank für Ihre Bewerbung als Brand Content Lead (m/w/d). Wir würden Sie gerne kennenlernen!

---

Hi Sam,

Thank you for applying for the Brand Content Lead (m/w/d) position. Unfortunately our office is being renovated, so we would like to invite you to a video interview instead of meeting in Munich. Please choose a slot via the link.

Best regards
Jana Roth, People & Culture""", "personio; mixed de/en; invitation with 'unfortunately'", button="Termin wählen / Choose a slot"),

O("recruitee-new-req-reopened", "requisition-transfer", "recruitee", "Orchid & Vale",
  "Orchid & Vale <notifications@mail.recruitee.com>", "Video Producer – good news",
  """Hi Sam,

Earlier this month we let you know the Video Producer requisition was closed. We're happy to say the role has been approved again, and we've reopened your application at the same stage. No need to reapply.

The Orchid & Vale team""", "recruitee; role reopened, candidacy continues"),

O("ashby-feedback-survey", "survey", "ashby", "Driftline",
  "Driftline Hiring <no-reply@ashbyhq.com>", "How was your interview experience with Driftline?",
  """Hi Sam,

You recently interviewed with Driftline. Whatever the outcome, we'd love to hear how the process felt. This anonymous survey takes two minutes and has no effect on your application.

[[Take the survey]]

Everyone at Driftline""", "ashby; candidate survey 'whatever the outcome'"),

O("ack-successfactors-spanish-footer", "ack-received", "successfactors", "Iberlux Energía",
  "Iberlux Energía Talent <DoNotReply@successfactors.eu>", "Application received – Corporate Communications Manager (Madrid)",
  """Dear Sam Taylor,

Thank you for your application for Corporate Communications Manager (Madrid), reference 51877. We confirm that it has been received.

Our team will review all applications after the closing date of 30 November. Only shortlisted candidates will be contacted; if you do not hear from us within six weeks, your application has not been selected.

Kind regards,
Iberlux Energía Talent Acquisition

Aviso legal: Este mensaje y sus archivos adjuntos son confidenciales. Sus datos serán tratados conforme al Reglamento (UE) 2016/679 (RGPD).""", "successfactors; ack; mixed en/es footer; conditional 'not selected'", mangled=True),
]
