"""40 rejections: 20 ATS / job-board style, 20 personal (agencies, forwards, referrals, interviewers)."""

LI_FOOT = "This email was intended for Sam Taylor (Insights Lead at Calder Street Media). [[Learn why we included this]].\nYou are receiving Application update emails. [[Unsubscribe]]\n© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
INDEED_FOOT = "This message was sent by Indeed on behalf of the employer. Please do not reply directly to this email.\n[[Manage notifications]] · [[Privacy Centre]] · Indeed, 6433 Champion Grandview Way, Austin, TX 78750"
SEEK_FOOT = "You're receiving this because you applied for a job on SEEK. SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121. [[Privacy]] [[Help centre]]"
REED_FOOT = "Reed.co.uk, Academy Court, 94 Chancery Lane, London WC2A 1DT. You received this email because you applied via reed.co.uk. [[Email preferences]]"
GD_FOOT = "Glassdoor, Inc. 50 Beale Street, San Francisco, CA 94105. This is an automated message; replies are not monitored. [[Settings]]"

def ats(s, fr, sub, v, body, lab, cat, tags, colour="#0a66c2", logo="Logo", foot="", fmt="alt", rt="", hdr=None):
    h = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://click.example/u/" + s + ">", "Precedence": "bulk"}
    h.update(hdr or {})
    return dict(s=s, fr=fr, sub=sub, v=v, body=body, lab=lab, cat=cat, tags=tags, colour=colour, logo=logo,
                foot=foot, fmt=fmt, rt=rt, hdr=h, label="rejection", st="ats")

def per(s, fr, sub, v, body, lab, cat, tags, rt="", irt="", cc="", cte="quoted-printable"):
    return dict(s=s, fr=fr, sub=sub, v=v, body=body, lab=lab, cat=cat, tags=tags, rt=rt, irt=irt, cc=cc,
                fmt="plain", cte=cte, label="rejection", st="personal")

ITEMS = [
ats("linkedin-update-harbourline", "LinkedIn <jobs-noreply@linkedin.com>", "Your application to Senior Product Marketing Manager at Harbourline Energy", "en-GB",
"""Sam, your update from Harbourline Energy

Senior Product Marketing Manager
Harbourline Energy · Leeds, England (Hybrid)

Thank you for your interest in the Senior Product Marketing Manager position at Harbourline Energy in Leeds. Unfortunately, Harbourline Energy has decided not to move forward with your application at this time.

We appreciate the time you took to apply and encourage you to keep exploring opportunities on LinkedIn.

[[View similar jobs]]

Top jobs for you
Product Marketing Lead · Wrenfield Insurance · Manchester
Brand Manager · Ostrava Foods UK · Leeds""",
("", "", "Harbourline Energy", "Senior Product Marketing Manager"), "job-board-relay", "linkedin; application-update; no-contact", logo="LinkedIn", foot=LI_FOOT),

ats("indeed-update-mapleridge", "Indeed <donotreply@match.indeed.com>", "An update on your application to Maple Ridge Credit Union", "en-CA",
"""An update on your application

Growth Marketing Specialist
Maple Ridge Credit Union - Kelowna, BC

The employer has reviewed your application and has chosen not to proceed at this time.

Application status: Not selected by employer

This doesn't mean the end of your search. Employers are hiring for jobs like this one near Kelowna, BC.

[[Find similar jobs]]""",
("", "", "Maple Ridge Credit Union", "Growth Marketing Specialist"), "job-board-relay", "indeed; status-line; no-contact", colour="#2557a7", logo="Indeed", foot=INDEED_FOOT),

ats("seek-unsuccessful-tallowwood", "SEEK <noreply@s.seek.com.au>", "Your application for Marketing Insights Manager", "en-AU",
"""Hi Sam,

Thanks for applying for the Marketing Insights Manager role with Tallowwood Health through SEEK.

Tallowwood Health has let us know that your application was unsuccessful on this occasion. They received a high number of applications and have now shortlisted candidates whose experience more closely matches the role.

They've asked us to pass on their thanks and wish you all the best.

[[Keep searching on SEEK]]

SEEK Applicant Services""",
("", "", "Tallowwood Health", "Marketing Insights Manager"), "job-board-relay", "seek; unsuccessful-occasion; no-contact", colour="#e60278", logo="SEEK", foot=SEEK_FOOT),

ats("reed-declined-brindle", "reed.co.uk <noreply@reed.co.uk>", "Application update: Head of Content - Brindle & Vane", "en-GB",
"""Hi Sam,

Your application for Head of Content at Brindle & Vane (London, £70,000 - £78,000) has been reviewed by the recruiter.

Status: Declined

Brindle & Vane said: "Thank you for applying. On this occasion we've decided to progress with applicants who have more agency-side experience. We wish you the best of luck."

Jobs like this one:
[[Content Director - Peachtree Comms]]
[[Head of Editorial - Tollgate Media]]

Good luck with your job search,
The Reed team""",
("", "", "Brindle & Vane", "Head of Content"), "job-board-relay", "reed; status-declined; employer-quote", colour="#d6001c", logo="reed.co.uk", foot=REED_FOOT),

ats("totaljobs-thistle", "Totaljobs <noreply@totaljobs.com>", "Thistle Lane Retail has responded to your application", "en-GB",
"""Thistle Lane Retail has responded to your application

CRM Marketing Manager | Edinburgh | Permanent

Dear Sam Taylor,

Thank you for your interest in the CRM Marketing Manager role. After careful review we regret that we will not be taking your application further. We will keep your details should a suitable vacancy arise.

Kind regards,
People Team, Thistle Lane Retail

Totaljobs doesn't make hiring decisions. Replies to this email are not monitored.""",
("", "", "Thistle Lane Retail", "CRM Marketing Manager"), "job-board-relay", "totaljobs; not-taking-further; keep-details", colour="#6d1f7f", logo="Totaljobs", foot="Totaljobs Group Ltd, Holden House, 57 Rathbone Place, London W1T 1JU. [[Unsubscribe from application updates]]"),

ats("glassdoor-easyapply-quillon", "Glassdoor <noreply@glassdoor.com>", "Update from Quillon Analytics about your application", "en-US",
"""Hi Sam,

Quillon Analytics sent an update about your Easy Apply application.

Product Marketing Manager, Data Platform - Austin, TX

"Thank you for applying. The position has been filled. We appreciate your interest in Quillon Analytics and hope you'll consider us again."

Other jobs you might like
Senior PMM - Cobalt Loop - Remote
Marketing Manager, Analytics - Pinegrove - Austin, TX

[[See all jobs]]""",
("", "", "Quillon Analytics", "Product Marketing Manager, Data Platform"), "job-board-relay", "glassdoor; position-filled", colour="#0caa41", logo="Glassdoor", foot=GD_FOOT),

ats("otta-not-progressing-fernhill", "Otta <hello@otta.com>", "Fernhill Labs have responded", "en-GB",
"""Hey Sam 👋

Fernhill Labs have decided not to progress your application for Brand Marketing Manager.

We know that's not what you hoped to hear. Here's what they said:

"Hi Sam, we really liked your portfolio but we've gone with someone with more B2B SaaS experience for this one. Thanks so much for applying — Priya"

Don't give up: there are 37 new roles matching your preferences this week.

[[Explore roles]]

The Otta team""",
("", "Priya", "Fernhill Labs", "Brand Marketing Manager"), "job-board-relay", "otta; employer-note-quoted; first-name-no-address", colour="#1a1a1a", logo="Otta", foot="Otta, 2nd Floor, 10 Finsbury Square, London EC2A 1AF. [[Email preferences]]", hdr={"Reply-To": "Otta <noreply@otta.com>"}),

ats("wellfound-archived-kestrel", "Wellfound <notifications@wellfound.com>", "Kestrel Robotics archived your application", "en-US",
"""Kestrel Robotics archived your application

Head of Growth Marketing · San Francisco / Remote (US)

Kestrel Robotics reviewed your application and decided not to move forward. Companies on Wellfound often hear from hundreds of candidates; an archived application doesn't reflect on your potential.

Message from the team: "Appreciate you reaching out! We're looking for someone who has led hardware launches, so it's a no from us for now. — Dev"

[[Browse startups hiring]]""",
("", "Dev", "Kestrel Robotics", "Head of Growth Marketing"), "job-board-relay", "wellfound; archived; casual-note", colour="#000000", logo="Wellfound", foot="Wellfound, 1 Sansome St, San Francisco, CA. [[Unsubscribe]]"),

ats("handshake-not-selected-lakeshore", "Handshake <notifications@joinhandshake.com>", "Application status update: Marketing Analyst Associate", "en-US",
"""Hi Sam,

There's an update to your application.

Employer: Lakeshore Mutual
Job: Marketing Analyst Associate
Status: Not selected

The employer has moved your application to "Not selected". You can still view the job and your application materials in Handshake.

[[View application]]

Questions? Contact the employer's recruiting team at campus.recruiting@lakeshoremutual.example.""",
("campus.recruiting@lakeshoremutual.example", "", "Lakeshore Mutual", "Marketing Analyst Associate"), "job-board-relay", "handshake; status-not-selected; team-address-in-body", colour="#e84d3d", logo="Handshake", foot="Handshake, 225 Bush Street, San Francisco, CA 94104. [[Notification settings]]"),

ats("hired-interview-declined-oxbow", "Hired <team@hired.com>", "Oxbow Payments has closed your interview request", "en-US",
"""Hi Sam,

Oxbow Payments has closed the interview request for Product Marketing Lead. After reviewing your profile further, the hiring team decided the role needs deeper payments-industry experience.

Your profile remains live, and new companies can still send you interview requests.

[[Update your profile]]

— Your Hired Talent Advocate, Marisol Vega (marisol.vega@hired-talent.example)""",
("marisol.vega@hired-talent.example", "Marisol", "Oxbow Payments", "Product Marketing Lead"), "job-board-relay", "hired; request-closed; advocate-address-in-body", colour="#2c7be5", logo="Hired", foot="Hired, Inc. [[Privacy policy]]"),

ats("naukri-not-shortlisted-vedanta", "Naukri.com <info@naukri.com>", "Recruiter action on your application: Vedanta Retail Brands", "en-IN",
"""Dear Sam Taylor,

The recruiter at Vedanta Retail Brands has taken an action on your application for Senior Manager - Consumer Insights (Mumbai, 10-14 Yrs).

Status: Application not shortlisted

Recruiters may not shortlist a profile for many reasons, including location preference and notice period. Keep your profile updated to improve your visibility.

[[Jobs matching your profile]]

Regards,
Team Naukri.com""",
("", "", "Vedanta Retail Brands", "Senior Manager - Consumer Insights"), "job-board-relay", "naukri; not-shortlisted", colour="#275df5", logo="Naukri", foot="Info Edge (India) Ltd. This is a system generated mail. Please do not reply."),

ats("pnet-relay-karoo", "PNet <applications@pnet.co.za>", "Feedback on your application: Digital Marketing Manager", "en-ZA",
"""Dear Sam

Thank you for applying for the position of Digital Marketing Manager at Karoo Craft Beverages (Cape Town) via PNet.

Karoo Craft Beverages has reviewed your application. Regrettably, your profile doesn't match the requirements closely enough and you will not be considered further for this vacancy.

Should you not hear from an employer within 14 days of applying, please consider your application unsuccessful.

Kind regards
PNet Candidate Care""",
("", "", "Karoo Craft Beverages", "Digital Marketing Manager"), "job-board-relay", "pnet; profile-doesnt-match", colour="#00a2e1", logo="PNet", foot="StepStone South Africa (Pty) Ltd, PNet. [[Privacy]] [[Unsubscribe]]"),

ats("seeknz-role-withdrawn-pohutukawa", "SEEK <noreply@s.seek.co.nz>", "The job you applied for is no longer being advertised", "en-NZ",
"""Hi Sam,

Pōhutukawa Tourism Board has withdrawn the Marketing Communications Advisor role you applied for on SEEK.

Message from the employer: "Due to a restructure of our marketing function this position will not be filled. We are sorry for any inconvenience and thank you for your application."

Your application will no longer be reviewed.

[[Find similar jobs in Auckland]]""",
("", "", "Pōhutukawa Tourism Board", "Marketing Communications Advisor"), "job-board-relay", "seek-nz; role-withdrawn; restructure", colour="#e60278", logo="SEEK", foot=SEEK_FOOT),

ats("irishjobs-position-filled-corrib", "IrishJobs.ie <noreply@irishjobs.ie>", "Update on your application", "en-IE",
"""Dear Sam,

Corrib Bay Hotels Group has updated the status of your application for Group Marketing Manager (Galway).

This requisition has now been closed. Corrib Bay Hotels Group thanks you for your interest and wishes you every success.

If you would like to hear about similar roles, set up a job alert.

[[Create a job alert]]

The IrishJobs.ie Team""",
("", "", "Corrib Bay Hotels Group", "Group Marketing Manager"), "job-board-relay", "irishjobs; requisition-closed", colour="#3a3a8c", logo="IrishJobs.ie", foot="StepStone Ireland. [[Unsubscribe]] [[Privacy]]", fmt="htmlonly"),

ats("linkedin-easyapply-viewed-then-no-cedar", "LinkedIn <jobs-noreply@linkedin.com>", "Sam, your application was viewed by Cedarpoint Studios", "en-US",
"""Your application was viewed by Cedarpoint Studios

Audience Insights Manager
Cedarpoint Studios · Los Angeles, CA

Application status: No longer under consideration

After reviewing your application, Cedarpoint Studios has decided to pursue other candidates whose qualifications better meet their needs.

Jobs similar to Audience Insights Manager
Research Manager, Streaming · Velvet Reel · Burbank, CA
Consumer Insights Lead · Goldcoast Games · Irvine, CA""",
("", "", "Cedarpoint Studios", "Audience Insights Manager"), "job-board-relay", "linkedin; subject-says-viewed; verdict-in-body", logo="LinkedIn", foot=LI_FOOT),

ats("chatbot-careers-portal-ridgeline", "Olivia from Ridgeline Foods Careers <olivia@paradox-mail.example>", "Your conversation with Olivia - Ridgeline Foods", "en-US",
"""Hi Sam! It's Olivia, the Ridgeline Foods careers assistant 🤖

You asked: "what is the status of my application for Brand Manager, Snacks?"

I checked for you. Your application for Brand Manager, Snacks (req #44821) shows: Position Closed - Candidate Not Selected.

I'm sorry it's not better news. Would you like me to show you other open roles at Ridgeline Foods?
[[Yes, show me jobs]]   [[No thanks]]

Ridgeline Foods is an Equal Opportunity Employer. This conversation was automated.""",
("", "", "Ridgeline Foods", "Brand Manager, Snacks"), "chatbot", "careers-chatbot; status-on-request", colour="#f26522", logo="Ridgeline Foods Careers", foot="Powered by Paradox. Reply STOP to end. [[Privacy]]"),

ats("bullhorn-agency-submission-rejected", "Arrowsmith Talent via Bullhorn <noreply@bullhorn-mail.example>", "Submission update - Product Marketing Manager (Ref 55213)", "en-GB",
"""Dear Sam,

This is an automated update from Arrowsmith Talent.

Your profile was submitted to our client, Lynch & Abernethy Insurance, for the Product Marketing Manager (Ref 55213) vacancy.

Client feedback status: Rejected - client has progressed other candidates

Your consultant, Gareth Pryce, will be in touch about other suitable roles. You can reach Gareth directly on gareth.pryce@arrowsmithtalent.example or 020 7946 0311.

Arrowsmith Talent Ltd is acting as an employment agency in relation to this vacancy.""",
("gareth.pryce@arrowsmithtalent.example", "Gareth", "Lynch & Abernethy Insurance", "Product Marketing Manager"), "agency-relay", "agency-crm-automated; client-status", colour="#ff6a13", logo="Arrowsmith Talent", foot="Arrowsmith Talent Ltd, registered in England 0987654. To stop receiving updates [[click here]]."),

ats("greenhouse-after-linkedin-inmail-solano", "Solano Health <no-reply@us.greenhouse-mail.io>", "Following up on your Solano Health application", "en-US",
"""Hi Sam,

Thanks again for connecting with our recruiting team on LinkedIn and for submitting your application for the Lifecycle Marketing Manager role. We know that applying takes time, and we appreciate your patience while we reviewed everyone's experience.

Solano Health is building the most trusted virtual-first primary care practice in the country, and this team is central to that mission. The bar for this role was high and we saw many strong applications.

We've decided to move forward with other applicants whose experience more closely aligns with the current needs of the team.

We'd love to stay in touch. If it's OK with you, we'll keep your information on file for 12 months and reach out if something suitable opens up. You can ask us to delete your data at any time by writing to privacy@solanohealth.example.

Best,
Solano Health Talent Acquisition

Solano Health is an equal opportunity employer and values diversity. Applicants in California: see our [[CCPA notice]].""",
("", "", "Solano Health", "Lifecycle Marketing Manager"), "ats-after-board", "greenhouse; verdict-middle; data-retention", colour="#24a148", logo="Solano Health", foot="Powered by Greenhouse"),

ats("indeed-message-from-employer-brisbane", "Indeed <messages-noreply@indeed.com>", "New message from Jacaranda Property Group", "en-AU",
"""Jacaranda Property Group sent you a message

Re: Marketing Coordinator - Brisbane QLD

From: Leanne Doyle, Jacaranda Property Group

"Hi Sam, thanks for your application. Just letting you know the role has now been filled. All the best with your search. Leanne"

You can reply to this message on Indeed.
[[Reply on Indeed]]""",
("", "Leanne", "Jacaranda Property Group", "Marketing Coordinator"), "job-board-relay", "indeed-messaging; role-filled; terse", colour="#2557a7", logo="Indeed", foot=INDEED_FOOT),

ats("linkedin-recruiter-inmail-relay-no", "Hannah Oduya via LinkedIn <inmail-hit-reply@linkedin.com>", "Hannah replied: Marketing Insights Lead at Ferngrove Bank", "en-ZA",
"""Hannah Oduya
Talent Partner at Ferngrove Bank

Hi Sam

Thanks for your patience and for chatting to me last week. I've had feedback from the hiring team on the Marketing Insights Lead position and sadly they won't be taking you through to the panel stage. They felt your background is more media than financial services, which is where they need depth right now.

I'll definitely keep you in mind for other roles here.

Warm regards
Hannah

[[Reply]]   [[View profile]]""",
("", "Hannah", "Ferngrove Bank", "Marketing Insights Lead"), "inmail-relay", "linkedin-inmail; after-screen; reply-via-linkedin-only", logo="LinkedIn", foot=LI_FOOT),

# ---------------- personal ----------------
per("agency-consultant-phonecall-recap", "Tom Hartigan <tom.hartigan@brightwaterrecruitment.example>", "Re: Harrow & Finch - Head of Insight", "en-GB",
"""Hi Sam,

As promised on the phone just now - I've had the feedback through from Harrow & Finch. Unfortunately they've decided not to take you forward to the second stage for the Head of Insight role. They liked your commercial thinking but they've got an internal candidate who's very strong on their quant tooling.

Really sorry, I thought this one was a good fit. I've got a couple of other briefs landing this week so I'll be in touch.

Cheers,
Tom

Tom Hartigan | Senior Consultant, Marketing & Insight
Brightwater Recruitment | 0161 496 0722 | 07700 900412""",
("tom.hartigan@brightwaterrecruitment.example", "Tom", "Harrow & Finch", "Head of Insight"), "agency-relay", "agency; after-first-interview; internal-candidate", irt="brightwaterrecruitment.example"),

per("recruiter-forwards-hm-note", "Olivia Brandt <olivia.brandt@tidewaterlogistics.example>", "FW: Sam Taylor - PMM final round", "en-US",
"""Hi Sam,

I wanted to be transparent and share Marcus's note with you directly (with his blessing). I'm sorry this isn't the outcome we'd hoped for.

Olivia

Olivia Brandt | Talent Acquisition Partner | Tidewater Logistics | (704) 555-0163

---------- Forwarded message ---------
From: Marcus Le <marcus.le@tidewaterlogistics.example>
Date: Tue, Oct 13, 2026 at 4:02 PM
Subject: Sam Taylor - PMM final round
To: Olivia Brandt <olivia.brandt@tidewaterlogistics.example>

Olivia - thanks for organizing. Sam was great in the case presentation and clearly knows audience research cold. That said, we're going to go with the other finalist for the Senior Product Marketing Manager role; she has shipped pricing launches in freight, which is the thing we need in the first 90 days. Please pass on my thanks, and I'd be happy for Sam to reach out to me directly if helpful.

M""",
("olivia.brandt@tidewaterlogistics.example", "Olivia", "Tidewater Logistics", "Senior Product Marketing Manager"), "forwarded-hm-note", "recruiter-forwards-hiring-manager; third-person; gmail-forward"),

per("hr-forwards-panel-summary-ca", "Nadia Khoury <nkhoury@lakefrontcoop.example>", "FW: Panel outcome - Member Insights Manager", "en-CA",
"""Good afternoon Sam,

Please see below. I'm sorry to share that the panel has not recommended you for the Member Insights Manager position. I thought it best you hear the reasoning first-hand rather than a generic letter.

Best regards,
Nadia Khoury | HR Advisor | Lakefront Co-operative | 416-555-0187

-----Original Message-----
From: Greg Palmer
Sent: October 20, 2026 9:14 AM
To: Nadia Khoury
Subject: Panel outcome - Member Insights Manager

Nadia,

Summary for the file: the panel scored the candidate (S. Taylor) well on communication and stakeholder work but below the threshold on survey methodology. We will not be proceeding with them. Offer going to candidate B.

Greg""",
("nkhoury@lakefrontcoop.example", "Nadia", "Lakefront Co-operative", "Member Insights Manager"), "forwarded-hm-note", "hr-forward; outlook-original-message; third-person-them"),

per("referral-friend-heard-back", "Ravi Menon <ravi.menon@gmail.example>", "re: the Kaveri Digital role", "en-IN",
"""Hey Sam,

Spoke to Anjali (the hiring manager) over lunch today. Bad news I'm afraid, they've decided to go with someone from inside the team for the Growth Marketing Lead position - it was basically an internal promotion in the end and the external search was a formality. She said your profile was one of the best referrals she got and to tell you not to take it personally.

Sorry yaar. Let's grab coffee when you're in Bangalore next.

Ravi""",
("ravi.menon@gmail.example", "Ravi", "Kaveri Digital", "Growth Marketing Lead"), "referral-relay", "referral-contact; internal-promotion; informal"),

per("interviewer-personal-after-official", "Fiona Gallagher <fiona.gallagher@liffeyinsights.example>", "After the official email", "en-IE",
"""Hi Sam,

You'll have had the official email from our HR system yesterday, I'm afraid. I just didn't want to leave it at that. You were one of the two people I argued for in the debrief, and it was genuinely close. In the end the team went with a candidate who has more experience running the syndicated panel side of things.

If you're open to it I'd be glad to do a 20-minute call and give you proper feedback on the presentation - it was one of the best we saw.

All the best,
Fiona

Fiona Gallagher
Director of Research, Liffey Insights
+353 1 555 0193""",
("fiona.gallagher@liffeyinsights.example", "Fiona", "Liffey Insights", ""), "interviewer-personal", "after-official-rejection; no-role-named; offer-of-feedback"),

per("agency-nz-client-paused", "Mere Walker <mere@kowhairecruit.example>", "Kauri Outdoor - update", "en-NZ",
"""Kia ora Sam,

Quick one - Kauri Outdoor have just told me they're putting the Brand Manager hire on hold until after their new financial year (April at the earliest). They were apologetic, it's a budget call from the board, not anything about the shortlist.

That means the process is closed for now. If it reopens I'll call you first, promise.

Ngā mihi,
Mere Walker
Kōwhai Recruitment | 021 555 0148""",
("mere@kowhairecruit.example", "Mere", "Kauri Outdoor", "Brand Manager"), "agency-relay", "agency; role-on-hold; process-closed", cte="8bit"),

per("hm-reply-above-thread-short", "Jonah Feld <jonah@sprocketandpine.example>", "Re: Following up - Marketing Lead", "en-US",
"""Hey Sam - sorry for the slow reply. We went another direction on this one. Appreciate you following up though, and good luck.

Jonah

On Mon, Nov 2, 2026 at 10:11 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Jonah,
>
> I hope you're well. I wanted to follow up on the Marketing Lead role we
> spoke about two weeks ago - is there any update on timing? I'm still very
> excited about what Sprocket & Pine is building.
>
> Best,
> Sam""",
("jonah@sprocketandpine.example", "Jonah", "Sprocket & Pine", "Marketing Lead"), "personal-short", "reply-above-quote; terse; another-direction", irt="example.org"),

per("agency-sa-long-letter-middle", "Thandi Nkosi <thandi.nkosi@summitpeople.example>", "Feedback: Head of Brand, Protea Mobile", "en-ZA",
"""Hi Sam

I hope you had a good weekend and that the move went smoothly.

I wanted to give you proper feedback on Protea Mobile rather than a quick WhatsApp. First the positives: both Sizwe and the CMO enjoyed the conversation, your thinking on the youth segment came up several times in the debrief, and they were impressed that you'd visited three of their stores before the interview.

Where it came unstuck is the local market. They've decided to proceed with a candidate who has run brand for a South African telco before, and they won't be progressing your application for the Head of Brand role. I did push back and asked them to consider a second meeting but the decision is final.

On my side, I'd like to put you forward for two roles I'm briefing on this week - one in FMCG, one in fintech - both more open to international experience. Are you free Thursday?

Kind regards
Thandi Nkosi
Principal Consultant | Summit People | +27 21 555 0164""",
("thandi.nkosi@summitpeople.example", "Thandi", "Protea Mobile", "Head of Brand"), "agency-relay", "agency; long; verdict-middle; new-roles-pitched"),

per("recruiter-typos-mobile", "Kyle Brennan <kbrennan@norhalltalent.example>", "Ardent Fitness", "en-US",
"""Sam - heard back from Ardent, they're not gonna move fwd w/ you for the Director of Growth spot. Went w/ someone who scaled a subscription app before. sorry man, will call u tmrw w/ a couple others

Sent from my iPhone""",
("kbrennan@norhalltalent.example", "Kyle", "Ardent Fitness", "Director of Growth"), "agency-relay", "agency; mobile; typos; abbreviations"),

per("cofounder-after-trial-day-au", "Bec Thornton <bec@wattlebird.example>", "Thanks for Thursday", "en-AU",
"""Hi Sam,

Thanks heaps for coming in on Thursday for the trial day - the team loved having you and the Canva deck you put together is still on our wall.

I've gone back and forth on this, but I'm going to stick with Lachie for the Head of Marketing role. He's done the zero-to-one bit twice and that's what we need at this stage. It was really close.

Let's stay in touch - once we raise the next round there'll be a proper brand role and I'd love to chat again.

Bec
Co-founder, Wattlebird""",
("bec@wattlebird.example", "Bec", "Wattlebird", "Head of Marketing"), "personal-after-interview", "founder; after-trial-day; verdict-middle"),

per("hr-role-cancelled-uk-council", "Recruitment Team <recruitment@northfieldcouncil.example>", "Communications and Insight Manager - vacancy withdrawn", "en-GB",
"""Dear Sam Taylor,

Re: Communications and Insight Manager (Ref NC-2026-118)

Thank you for attending the assessment on 3 November.

I am writing to let you know that, following the Council's budget review, the decision has been taken to withdraw this vacancy. We will therefore not be making an appointment, and your application will not be progressed.

We appreciate this will be disappointing, and thank you for the time you have invested. If you have any questions please contact me on 01632 960 441.

Yours sincerely,

Joanne Whitaker
Recruitment Officer
Northfield Borough Council""",
("recruitment@northfieldcouncil.example", "Joanne", "Northfield Borough Council", "Communications and Insight Manager"), "role-cancelled", "public-sector; vacancy-withdrawn; formal"),

per("agency-india-profile-not-shortlisted", "Priyanka Sharma <priyanka.s@talentbridgeconsulting.example>", "Feedback - Brand Strategy Manager | Lotus Consumer", "en-IN",
"""Dear Sam,

Greetings from TalentBridge!

This is with reference to your candidature for the position of Brand Strategy Manager with our client Lotus Consumer Products, Pune. We have received feedback from the client and regret to inform that your profile has not been shortlisted for the next round of discussion, as they are looking for candidates with hands-on experience in Tier 2 market activation.

We will surely get back to you for other suitable opportunities.

Thanks & Regards,
Priyanka Sharma
Senior Associate - Talent Acquisition
TalentBridge Consulting Pvt. Ltd.
+91 98765 01234""",
("priyanka.s@talentbridgeconsulting.example", "Priyanka", "Lotus Consumer Products", "Brand Strategy Manager"), "agency-relay", "agency; indian-english; not-shortlisted"),

per("recruiter-resent-email-bounce", "Alana Price <alana.price@cobaltharbor.example>", "Resending: your application - Insights Manager", "en-CA",
"""Hi Sam,

I'm resending this as my earlier message seems to have bounced (our mail system had an outage last week). Apologies if you receive it twice.

---

Hi Sam,

Thank you for interviewing with us for the Insights Manager role. After careful consideration, we have decided not to move forward with your candidacy. This was a difficult decision given the quality of the candidates.

We truly appreciate your time and wish you the best.

Alana Price
Talent Acquisition, Cobalt Harbor Insurance""",
("alana.price@cobaltharbor.example", "Alana", "Cobalt Harbor Insurance", "Insights Manager"), "resent", "re-sent-mail; standard-wording"),

per("referral-ex-colleague-secondhand", "Dan Kowalczyk <dan.k@fastmail.example>", "Heard something about Northbeam", "en-US",
"""Sam,

Not sure if you've heard officially yet, but my old manager at Northbeam told me they've offered the VP Marketing job to someone else and she accepted yesterday. Sounds like it came down to two and you were the other one. Wanted you to hear it from a friend first rather than some form email.

Drinks on me this week.
Dan""",
("dan.k@fastmail.example", "Dan", "Northbeam", "VP Marketing"), "referral-relay", "secondhand-from-friend; role-filled"),

per("agency-unnamed-client-ie", "Siobhán Healy <siobhan@greenlineexec.example>", "Re: Marketing Director brief", "en-IE",
"""Hi Sam,

Just closing the loop. My client (the Dublin fintech I mentioned - still confidential I'm afraid) has come back and they won't be progressing your application. Their feedback was that they want someone who has sat on an exec team before. I don't agree fully but there it is.

I'll keep your CV on file and be in touch when something more suitable comes in.

Siobhán
Greenline Executive Search | +353 87 555 0126""",
("siobhan@greenlineexec.example", "Siobhán", "", "Marketing Director"), "agency-relay", "agency; unnamed-client; keep-cv", irt="greenlineexec.example", cte="8bit"),

per("hm-linkedin-personal-email-after-ats", "Owen Ashworth <owen.ashworth@pennantgames.example>", "Sorry it wasn't us", "en-GB",
"""Hi Sam,

I saw the system email went out this morning from Workday. I hate those - so a personal note. We've offered the Player Insights Lead position to another candidate. Your take-home was excellent and the team wanted me to say so.

I'd genuinely like to keep in touch, I'll connect on LinkedIn if that's alright.

Owen

Owen Ashworth
Head of Insights, Pennant Games
+44 117 496 0520""",
("owen.ashworth@pennantgames.example", "Owen", "Pennant Games", "Player Insights Lead"), "interviewer-personal", "after-official-rejection; offered-to-another"),

per("agency-temp-contract-filled-au", "Jess Morgan <jess.morgan@coastalstaffing.example>", "Re: 6 month contract - Marketing Analyst", "en-AU",
"""Hi Sam,

Thanks for getting back to me so quickly with your availability. Unfortunately Banksia Water have confirmed the contract has been filled by another candidate who could start Monday, so I won't be able to put you forward after all.

I'll keep an eye out for similar contracts in Sydney and let you know.

Kind regards,
Jess Morgan
Consultant | Coastal Staffing | 02 5550 1942

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Wednesday, 7 October 2026 8:40 AM
To: Jess Morgan <jess.morgan@coastalstaffing.example>
Subject: RE: 6 month contract - Marketing Analyst

Hi Jess, yes I'm free from the 19th - happy to be put forward. Sam""",
("jess.morgan@coastalstaffing.example", "Jess", "Banksia Water", "Marketing Analyst"), "agency-relay", "agency; contract-filled; reply-above-quote", irt="example.org"),

per("hm-very-short-nz", "Aroha Tane <aroha@harakekedesign.example>", "Re: Brand Strategist", "en-NZ",
"""Hi Sam, thanks for your time last week. We won't be taking things further for the Brand Strategist role this time. All the best.
Aroha

Aroha Tane | Harakeke Design | 027 555 0183""",
("aroha@harakekedesign.example", "Aroha", "Harakeke Design", "Brand Strategist"), "personal-short", "terse; after-interview", irt="example.org"),

per("recruiter-forwards-hm-she-feedback", "Carmen Reyes <carmen.reyes@bluefinmedia.example>", "Fwd: feedback on Sam", "en-US",
"""Sam, sharing this as discussed - the hiring manager said it was fine to pass along verbatim. Really sorry. Happy to talk through it.
Carmen
Senior Recruiter, Bluefin Media | (312) 555-0148

Begin forwarded message:

From: "Alex Whitford" <alex.whitford@bluefinmedia.example>
Subject: feedback on Sam
Date: October 28, 2026 at 11:52:10 AM CDT
To: "Carmen Reyes" <carmen.reyes@bluefinmedia.example>

Carmen, my view on Sam for the Audience Development Manager role: she's thoughtful and sharp on research, but she hasn't owned a newsletter P&L and that's the core of this job. I'm a no. Please let her know kindly - I think she'd be great for the research team opening in Q1.

Alex""",
("carmen.reyes@bluefinmedia.example", "Carmen", "Bluefin Media", "Audience Development Manager"), "forwarded-hm-note", "apple-mail-forward; third-person-she; hm-says-no"),

per("agency-ca-client-hired-internally-thread", "Ben Tremblay <btremblay@northstaffing.example>", "RE: RE: Rideau Analytics - next steps?", "en-CA",
"""Hi Sam,

Sorry for the radio silence, I only just got a straight answer. Rideau Analytics have filled the Marketing Insights Manager role internally - someone from their sales ops team moved across. So the role is closed and they won't be interviewing externally.

Frustrating, I know. I have a similar role at a Montreal SaaS company I'd like to talk to you about - call you tomorrow?

Ben Tremblay | North Staffing | 613-555-0199

From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, November 9, 2026 2:14 PM
To: Ben Tremblay <btremblay@northstaffing.example>
Subject: RE: Rideau Analytics - next steps?

Hi Ben, any news from Rideau? Thanks, Sam

From: Ben Tremblay
Sent: Friday, October 30, 2026 10:02 AM
To: Sam Taylor
Subject: Rideau Analytics - next steps?

Great news Sam - Rideau want to meet you! I'll send times shortly.""",
("btremblay@northstaffing.example", "Ben", "Rideau Analytics", "Marketing Insights Manager"), "agency-relay", "agency; filled-internally; thread-has-great-news-below", irt="example.org"),
]
