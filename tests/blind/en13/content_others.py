"""The 40 hard negatives of blind set en13, as data (written for this set)."""

AUTO = {"Auto-Submitted": "auto-generated"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}


def O(**kw):
    kw["label"] = "other"
    return kw


MESSAGES = [
# ---------------------------------------------------------------- ATS-style (20)
O(slug="greenhouse-ack-volume", cat="ack-received", style="ats", variant="en-US", vendor="greenhouse",
  brand="Brightline Health", frm="Brightline Health <no-reply@us.greenhouse-mail.io>",
  subject="Thank you for applying to Brightline Health", headers=AUTO,
  notes="greenhouse; acknowledgement; hedges 'unable to respond to every applicant'; same sender as a rejection",
  text="""Hi Sam,

Thank you for your interest in Brightline Health! We wanted to let you know we received your application for Product Marketing Manager, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. Due to the high volume of applications we receive, we are unfortunately unable to respond personally to every applicant.

If you are not selected for this position, we encourage you to keep an eye on our [[jobs page]] as we're growing.

Regards,
Brightline Health Recruiting"""),

O(slug="workday-ack-will-let-you-know", cat="ack-received", style="ats", variant="en-GB", vendor="workday", h2t=True,
  brand="Harcourt & Vale Bank", frm="Harcourt & Vale Careers <harcourtvale@myworkday.com>",
  subject="Thank you for your application - R0051190 Content Editor", headers=AUTO,
  notes="workday; acknowledgement; html-to-text; 'whether or not you are successful we will let you know'",
  text="""Dear Sam Taylor,

Thank you for applying for the role of Content Editor (R0051190) with Harcourt & Vale Bank. We confirm that your application has been received.

What happens next? Our recruitment team will review your application against the requirements of the role. Whether or not your application is successful, we will let you know the outcome by email. This usually takes up to three weeks.

You can track the progress of your application on [[Candidate Home]].

Kind regards,

Talent Acquisition
Harcourt & Vale Bank"""),

O(slug="lever-interview-invite", cat="interview-invite", style="ats", variant="en-US", vendor="lever",
  brand="Quillpay", frm="Nadia Okafor <no-reply@hire.lever.co>", reply_to="Nadia Okafor <nadia.okafor@quillpay.example>",
  subject="Quillpay | Let's schedule your interview", headers=AUTO, button="Pick a time",
  notes="lever; interview invitation; scheduling link; same sender as a rejection",
  text="""Hi Sam,

Thanks for applying for the Content Marketing Manager role at Quillpay! We were impressed by your background and would love to set up a 30-minute call with me to learn more about you.

Please use the link below to pick a time that works for you over the next week. Unfortunately we can't accommodate weekend slots, but if none of the times work, just reply and let me know.

Looking forward to chatting,
Nadia Okafor
Talent Partner, Quillpay"""),

O(slug="smartrecruiters-assessment-invite", cat="assessment-invite", style="ats", variant="en-SG", vendor="smartrecruiters",
  brand="Lumina Asia Pacific", frm="Lumina Asia Pacific <noreply@smartrecruiters.com>",
  subject="Next step: Online assessment for Brand Manager", headers=AUTO, button="Start assessment",
  notes="smartrecruiters; online assessment invite; deadline; 'applications without a completed assessment will not be considered'",
  text="""Dear Sam,

Thank you for your application for the Brand Manager position at Lumina Asia Pacific. We are pleased to invite you to the next step of our selection process: an online assessment.

The assessment takes about 40 minutes and consists of a situational judgement test and a short numerical reasoning section. Please complete it by 23:59 SGT on Friday, 20 November 2026. Please note that applications without a completed assessment cannot be considered further.

Good luck!

Talent Acquisition Team
Lumina Asia Pacific"""),

O(slug="workday-status-in-review", cat="status-update", style="ats", variant="en-US", vendor="workday", html_only=True,
  brand="Meridian Outfitters", frm="Meridian Outfitters <meridianoutfitters@myworkday.com>",
  subject="Update to your job application", headers=AUTO,
  table=[("Job Requisition", "JR-21102 Content Marketing Manager"), ("Location", "Columbus, OH (Hybrid)"), ("Status", "Under Consideration")],
  notes="workday; html-only; same template as a rejection, status 'Under Consideration'",
  text="""Hello Sam,

There has been an update to your application with Meridian Outfitters. Please see the details below.

{table}

You can review all of your applications at any time by signing in to your [[Candidate Home]] account.

Thank you for your interest in Meridian Outfitters.

Meridian Outfitters Talent Acquisition"""),

O(slug="successfactors-shortlisted-india", cat="interview-invite", style="ats", variant="en-IN", vendor="successfactors",
  brand="Trident Infotech", frm="Trident Infotech Careers <careers-noreply@successfactors.eu>",
  subject="Application Status - Brand Manager (Job ID 78004) - Shortlisted", headers=AUTO,
  notes="successfactors; india; shortlisted; interview details; same sender as a rejection",
  text="""Dear Sam Taylor,

Greetings from Trident Infotech!

We are pleased to inform you that your profile has been shortlisted for the position of Brand Manager (Job ID 78004).

Your first round of interview (virtual) is scheduled on 18th November 2026 at 11:30 AM IST. The meeting link will be shared by the recruiter one day prior. Kindly keep a copy of your updated resume and a valid photo ID ready.

In case you are unable to attend, please inform us at least 24 hours in advance.

Thanks & Regards,
Talent Acquisition Group
Trident Infotech Limited"""),

O(slug="teamtailor-talent-community-newsletter", cat="newsletter", style="ats", variant="en-IE", vendor="teamtailor",
  brand="Fernhill Studios", frm="Fernhill Studios <notifications@teamtailor.com>",
  subject="New at Fernhill: 3 open roles + life in the studio", headers=BULK,
  notes="teamtailor; talent community newsletter; roles listed; no verdict",
  text="""Hi Sam,

You're receiving this because you joined the Fernhill Studios talent community. Here's what's new this month.

We're hiring:
- Producer, Branded Content - Dublin
- Social Media Executive - Dublin / Remote
- Senior Video Editor - Galway

Unfortunately we had to close applications for our Graduate Programme early this year because of demand - thanks to everyone who applied. It reopens in February.

From the blog: how we made the "Tides" campaign in six weeks. [[Read more]]

See you soon,
The Fernhill team"""),

O(slug="linkedin-job-alert-uk", cat="job-alert", style="ats", variant="en-GB", vendor="linkedin",
  brand="LinkedIn", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  subject="\"head of content\": 12 new jobs in London", headers=BULK,
  notes="linkedin; job alert digest; 'no longer accepting applications' on one listing",
  text="""Your job alert for head of content in London, England, United Kingdom

12 new jobs match your preferences.

- Head of Content - Greyfriars Publishing - London (Hybrid) - Actively recruiting
- Content Director - Wrenfield - London - 3 connections work here
- Head of Editorial - Ravenscourt Media - London (On-site)
- Head of Content Marketing - Pinecrest Software - Remote - No longer accepting applications

[[See all jobs]]

You're receiving job alerts because you created an alert. [[Manage alerts]]"""),

O(slug="indeed-application-viewed-za", cat="status-update", style="ats", variant="en-ZA", vendor="indeed",
  brand="Indeed", frm="Indeed <donotreply@match.indeed.com>",
  subject="Your application was viewed by Karoo Logistics", headers=BULK,
  notes="indeed; application viewed; same sender as a rejection",
  text="""Sam, good news: your application was viewed

Karoo Logistics viewed your application for Brand Manager - Johannesburg, Gauteng.

Employers typically respond within 2 weeks. If you don't hear back, it doesn't always mean you weren't selected - keep applying!

[[View your applications]]

Jobs you may like: Marketing Manager - Pretoria; Content Specialist - Cape Town"""),

O(slug="seek-application-sent-au", cat="ack-received", style="ats", variant="en-AU", vendor="seek",
  brand="SEEK", frm="SEEK <noreply@s.seek.com.au>",
  subject="Your application was successfully submitted", headers=BULK,
  notes="seek; submission confirmation; 'successfully'; hedges about not hearing back",
  text="""Hi Sam,

Your application for Content Producer at Harbour Health was successfully submitted.

What happens next? The employer will review your application. If you are not shortlisted, you may not hear back from the employer directly - we'll update your application status on SEEK where the employer provides one.

[[Track your application]]

Good luck!
The SEEK team"""),

O(slug="personio-moved-to-other-position", cat="requisition-transfer", style="ats", variant="en-nonnative", vendor="personio",
  brand="Kettlewerk GmbH", frm="Kettlewerk GmbH <no-reply@jobs.personio.de>",
  subject="Your application has been moved to a different position", headers=AUTO,
  notes="personio; german footer; application transferred to another role; old position closed",
  text="""Dear Sam Taylor,

thank you again for your application as Brand Marketing Manager (m/f/d). We have decided not to fill this position in Dublin for now, but we think your profile fits very well to another opening in our team.

We have therefore moved your application to the position Content Marketing Lead (m/f/d) - Remote (EU). You do not need to do anything; your documents have been transferred and our recruiter will contact you in the next days to arrange a first conversation.

If you do not agree, you can withdraw your application at any time via the [[candidate portal]].

Kind regards
Your Kettlewerk Recruiting Team"""),

O(slug="greenhouse-offer-docusign", cat="offer", style="ats", variant="en-US", vendor="greenhouse",
  brand="Pinecrest Software", frm="Pinecrest Software <no-reply@us.greenhouse-mail.io>",
  subject="Your offer from Pinecrest Software", headers=AUTO, button="Review and sign",
  notes="greenhouse; offer letter for e-signature; expiry",
  text="""Hi Sam,

Congratulations! We're thrilled to extend you an offer for the position of Senior Content Strategist at Pinecrest Software.

Your offer letter is ready to review and sign electronically. Please note that this offer will expire on November 27, 2026 at 5:00 PM PT. If you have any questions, please reach out to your recruiter.

We can't wait to have you on the team.

The Pinecrest Software Recruiting Team"""),

O(slug="workday-reference-request-ca", cat="status-update", style="ats", variant="en-CA", vendor="workday",
  brand="Northbank Financial", frm="Northbank Financial <northbank@myworkday.com>",
  subject="Action required: provide your references", headers=AUTO, button="Add references",
  notes="workday; reference request; final stage",
  text="""Dear Sam Taylor,

Congratulations on reaching the final stage of our selection process for Senior Manager, Content Marketing.

To continue, please provide the names and contact details of two professional references, including one current or former direct manager, through your Candidate Home. We will not contact your references without letting you know first.

Please complete this task within three business days.

Talent Acquisition, Northbank Financial"""),

O(slug="icims-still-reviewing", cat="status-update", style="ats", variant="en-US", vendor="icims",
  brand="Hollis Home Goods", frm="Hollis Home Goods Careers <careers@talent.icims.com>",
  subject="Your application is still under review", headers=AUTO,
  notes="icims; still reviewing; hedging; same sender as a rejection",
  text="""Dear Sam,

Thank you for your continued interest in the Senior Copywriter position at Hollis Home Goods.

We wanted to let you know that the hiring team is still reviewing applications and has not yet made any decisions. We appreciate your patience during this process. If your qualifications are a match, a member of our team will contact you about next steps; otherwise you will receive an update once the position has been filled.

Sincerely,
Hollis Home Goods Talent Acquisition"""),

O(slug="ashby-withdrawal-confirmed", cat="withdrawal-confirmation", style="ats", variant="en-US", vendor="ashby",
  brand="Fablehouse", frm="Fablehouse <no-reply@ashbyhq.com>",
  subject="Your application has been withdrawn", headers=AUTO,
  notes="ashby; Sam withdrew; application closed at Sam's request",
  text="""Hi Sam,

This confirms that your application for Content Lead at Fablehouse has been withdrawn, as you requested. We won't be contacting you about this role any further.

Thanks for letting us know, and good luck with your next move. You're always welcome to apply again in the future.

The Fablehouse Team"""),

O(slug="bamboohr-owner-req-not-hired", cat="owner-hiring", style="ats", variant="en-GB", vendor="bamboohr",
  brand="Calder Street Media", frm="BambooHR <notifications@app.bamboohr.com>",
  subject="Candidate status changed: Leah Marsh - Not Hired", headers=AUTO,
  notes="bamboohr; Sam is the hiring manager; candidate on Sam's requisition marked Not Hired",
  table=[("Job Opening", "Content Editor (Calder Street Media)"), ("Candidate", "Leah Marsh"), ("New status", "Not Hired"), ("Changed by", "Sam Taylor")],
  text="""Hi Sam,

A candidate's status was updated on a job opening where you are the hiring lead.

{table}

The candidate will receive the rejection email template "Not selected - after interview" in 24 hours unless you cancel it. [[View candidate]]"""),

O(slug="card-payment-declined-au", cat="non-job-rejection", style="ats", variant="en-AU", vendor="generic",
  brand="Wattle Bank", frm="Wattle Bank <alerts@wattlebank.example>",
  subject="Your card payment was declined", headers=AUTO,
  notes="non-job; card declined; 'unsuccessful'",
  text="""Hi Sam,

A payment of $184.50 on your Wattle Bank Visa ending 4471 to QANTAS AIRWAYS was declined on 12 Nov 2026 at 7:41 pm AEDT.

The transaction was unsuccessful because it was flagged for additional security checks. If this was you, please confirm in the Wattle app and try again. If you don't recognise it, call us on 13 55 55.

Wattle Bank Limited ABN 11 222 333 444 AFSL 234567"""),

O(slug="conference-talk-not-selected", cat="non-job-rejection", style="ats", variant="en-US", vendor="generic",
  brand="ContentCon 2027", frm="ContentCon 2027 Program Committee <noreply@sessionize.example>",
  subject="ContentCon 2027: decision on your session proposal", headers=AUTO,
  notes="non-job; conference talk proposal rejected; 'we regret'; 'not selected'",
  text="""Dear Sam Taylor,

Thank you for submitting "Audience-first newsrooms: what we learned from 200 experiments" to ContentCon 2027.

We received more than 900 proposals for 60 slots this year. We regret to inform you that your session was not selected for the program. This decision reflects the volume of submissions and the balance of the agenda, not the quality of your proposal.

As a thank-you, we'd like to offer you 30% off a conference pass with the code SPEAKER30.

The ContentCon Program Committee"""),

O(slug="rental-application-unsuccessful-uk", cat="non-job-rejection", style="ats", variant="en-GB", vendor="generic",
  brand="Parkside Lettings", frm="Parkside Lettings <noreply@parksidelettings.example>",
  subject="Your application for 14 Aldgate Mews", headers=AUTO,
  notes="non-job; rental application unsuccessful; landlord chose another applicant",
  text="""Dear Sam,

Thank you for your application to rent 14 Aldgate Mews, Flat 3.

We're sorry to let you know that on this occasion your application has not been successful, as the landlord has decided to proceed with another applicant. Your holding deposit has not been taken.

We have other properties available in your search area - [[view matching properties]].

Kind regards,
Parkside Lettings"""),

O(slug="parcel-returned-courier-ie", cat="non-job-rejection", style="ats", variant="en-IE", vendor="generic", h2t=True,
  brand="SwiftPost", frm="SwiftPost <tracking@swiftpost.example>",
  subject="Delivery unsuccessful - your parcel is being returned to sender", headers=AUTO,
  notes="non-job; parcel refused / returned; html-to-text plain part",
  text="""Hi Sam,

We tried to deliver your parcel (tracking number SP4409127IE) from Calder Street Media on 10 November but the delivery was refused at the address.

Unfortunately, your parcel is now being returned to the sender. If you think this is a mistake, you can [[contact us]] within 48 hours to stop the return.

Thanks,
SwiftPost"""),

# ---------------------------------------------------------------- personal (20)
O(slug="recruiter-good-news-interview-uk", cat="interview-invite", style="personal", variant="en-GB",
  frm="Tom Whitlock <tom.whitlock@bramleysearch.example>", subject="Good news - interview with Harbourline",
  notes="agency; interview invite; same consultant as a rejection",
  text="""Hi Sam,

Good news - Harbourline would like to meet you for a first interview for the Content Marketing Manager role! They were really taken with your CV.

They've offered Wednesday 18th at 10am or Thursday 19th at 2pm, on Teams, 45 minutes with Jo (Head of Marketing) and someone from HR. Let me know which works and I'll confirm.

Unfortunately they can't do anything later in the week as Jo is on leave.

Kind regards,
Tom Whitlock
Senior Consultant - Marketing & Communications
Bramley Search
M: +44 7700 900412"""),

O(slug="hm-verbal-offer-ie", cat="offer", style="personal", variant="en-IE", client_html=True,
  frm="Niamh Gallagher <niamh.gallagher@atlanticreach.example>", subject="Following our call",
  notes="offer by email after a call; mentions other candidates turned down; same sender as a rejection",
  text="""Hi Sam,

It was lovely to speak earlier and I'm so glad you're as excited as we are!

Just to confirm what I said on the phone: we'd like to offer you the position of Digital Content Manager at Atlantic Reach. We interviewed some excellent people and had to say no to a couple of very strong candidates, but you were the unanimous choice.

HR will send the formal contract by Friday. Do take the weekend to think it over and come back to me with any questions.

Niamh Gallagher
Head of Marketing
Atlantic Reach"""),

O(slug="answer-have-you-gone-with-another", cat="answer-to-owner-question", style="personal", variant="en-US",
  frm="Jess Romano <jess.romano@tallgrass.example>", subject="Re: Brand Manager - any update?",
  parent=True, parent_domain="mail.example.org",
  notes="answer to Sam's 'have you gone with another candidate?': no, still deciding; quoted question",
  text="""Hi Sam,

Not at all - no decision has been made yet! The hiring manager was out last week so everything got pushed. You're one of two finalists and we expect to have an answer by Friday.

Sorry for the radio silence.

Jess

On Tue, Nov 10, 2026 at 3:02 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Jess, I hadn't heard back about the Brand Manager role and wondered
> whether you have gone with another candidate? No problem if so - I'd just
> appreciate knowing either way. Thanks, Sam"""),

O(slug="owner-thankyou-after-rejection", cat="owner-sent", style="personal", variant="en-GB",
  frm="Sam Taylor <sam.taylor@example.org>", to="Rachel Osei <rachel.osei@wrenfield.example>",
  subject="Re: Head of Brand - thank you", parent=True, parent_domain="wrenfield.example",
  notes="Sam's own follow-up quoting a rejection",
  text="""Dear Rachel,

Thank you for letting me know, and for writing personally - I really appreciate it. Of course I'm disappointed, but I enjoyed the process and learned a lot from the panel's questions.

I'd very much welcome a short call for feedback. Please do keep me in mind for future roles at Wrenfield.

Best wishes,
Sam

On 9 Nov 2026, at 16:20, Rachel Osei <rachel.osei@wrenfield.example> wrote:
> Having said that, we have decided to offer the Head of Brand role to
> another candidate."""),

O(slug="reply-to-owner-followup-keep-in-touch", cat="reply-to-owner-followup", style="personal", variant="en-AU",
  frm="Kylie Barnes <kylie@harbourtalent.example>", subject="Re: Coastline Property - update",
  parent=True, parent_domain="mail.example.org", parent_depth=2,
  notes="recruiter answers Sam's thank-you after a rejection; rejection only in the quote",
  text="""Hi Sam,

No need to apologise at all, and thanks for being so gracious about it! I'd love to keep in touch - let's grab a coffee when I'm back from leave on the 23rd.

Cheers,
Kylie

On Thu, 12 Nov 2026 at 4:11 pm, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Kylie, thanks for letting me know and sorry for the slow reply. Please
> keep me in mind for anything similar.
>
> On Wed, 11 Nov 2026 at 3:05 pm, Kylie Barnes <kylie@harbourtalent.example> wrote:
>> unfortunately Coastline Property won't be moving you forward to the
>> second interview for the Marketing Manager role."""),

O(slug="colleague-regret-emails-sent", cat="owner-hiring", style="personal", variant="en-GB",
  frm="Owen Pritchard <owen.pritchard@example.org>", subject="Content Editor - regret emails sent",
  notes="colleague at example.org; candidates Sam rejected; 'we won't be progressing'",
  text="""Hi Sam,

Quick one - I've sent the regret emails to the two candidates we didn't progress after Tuesday's interviews (Leah and Dominic), using the standard "unfortunately we won't be progressing your application" wording.

Priya is holding the offer for Josh until you've spoken to finance. Shout if you want me to chase.

Owen

Owen Pritchard
People Partner | Calder Street Media"""),

O(slug="owner-sent-rejection-to-candidate", cat="owner-sent", style="personal", variant="en-GB",
  frm="Sam Taylor <sam.taylor@example.org>", to="Dominic Reyes <dominic.reyes@mailbox.example>",
  subject="Content Editor role at Calder Street Media",
  notes="Sam's own sent rejection to a candidate",
  text="""Dear Dominic,

Thank you for coming in on Tuesday to talk about the Content Editor role at Calder Street Media. We enjoyed meeting you.

I'm sorry to say that we've decided not to take your application further. It was a strong shortlist and we chose a candidate with more experience of daily news production.

Thank you again for your time, and good luck with your search.

Best wishes,
Sam Taylor
Head of Content, Calder Street Media"""),

O(slug="agency-pitching-new-roles-sg", cat="recruiter-outreach", style="personal", variant="en-SG",
  frm="Marcus Tan <marcus.tan@straitsexec.example>", subject="Two roles you might like",
  notes="agency pitching new roles; 'no worries if not'; same consultant as a rejection",
  text="""Hi Sam,

Hope the search is going well. Two new mandates came in this week that I immediately thought of you for:

1. Head of Content, regional insurer - Singapore, hybrid, SGD 180-210k
2. Editorial Director, B2B media start-up - remote across APAC

Both clients are moving quickly. Are you open to a quick call on Thursday? No worries if the timing isn't right.

Best regards,
Marcus Tan
Associate Director | Straits Executive Search
+65 9123 4567"""),

O(slug="decision-on-hold-still-in-process-ca", cat="status-update", style="personal", variant="en-CA",
  frm="Luc Tremblay <luc.tremblay@maplecrest.example>", subject="Quick update on Senior Content Manager",
  notes="decision on hold for budget sign-off; still in the process; we will come back to you",
  text="""Hi Sam,

I wanted to give you a quick update so you're not left wondering. Our final decision on the Senior Content Manager role is on hold for about two weeks while we wait for budget sign-off from our board.

To be clear, you're still very much in the process and the role itself isn't going anywhere. We'll come back to you as soon as we have the green light.

Thanks for your patience,
Luc

Luc Tremblay
VP Marketing, Maplecrest
416-555-0148"""),

O(slug="referees-request-au", cat="status-update", style="personal", variant="en-AU",
  frm="Steph Nguyen <steph.nguyen@bluegumhealth.example>", subject="Referees - Digital Content Lead",
  notes="request for referees; final stage; progress",
  text="""Hi Sam,

Thanks again for Friday. The panel would like to move to reference checks for the Digital Content Lead role. Could you send me the names, roles and phone numbers of two referees, ideally including your current manager?

I understand if you'd rather we didn't contact your current employer until later - just let me know and we'll work around that.

Thanks,
Steph
Marketing Director | Bluegum Health"""),

O(slug="friend-forwards-own-rejection", cat="forwarded", style="personal", variant="en-IN",
  frm="Kavya Rao <kavya.rao@mailbox.example>", subject="Fwd: Application Status - Brand Manager",
  notes="friend forwards her own rejection, asks Sam for advice",
  text="""Sam, sigh. Got this today. Do you think it's worth replying to ask for feedback? You're much better at these emails than me.

K

---------- Forwarded message ---------
From: Zephyr Retail Careers <careers@zephyrretail.example>
Date: Mon, 16 Nov 2026 at 11:02
Subject: Application Status - Brand Manager
To: Kavya Rao <kavya.rao@mailbox.example>

Dear Kavya,

Thank you for your interest in the Brand Manager role. We regret to inform you that we will not be moving forward with your application at this time.

Regards,
Zephyr Retail Talent Team"""),

O(slug="declined-meeting-invite", cat="non-job-rejection", style="personal", variant="en-US",
  frm="Alicia Moreno <alicia.moreno@fablehouse.example>", subject="Declined: Coffee chat - Sam / Alicia",
  headers={"Content-Class": "urn:content-classes:calendarmessage"},
  notes="calendar decline; meeting, not a job",
  text="""Alicia Moreno has declined this meeting.

Sorry Sam - I'm travelling that week after all. Could we try the week of the 30th instead?

When: Tuesday, November 24, 2026 9:00 AM-9:30 AM (UTC-05:00) Eastern Time
Where: Blue Bottle, 5th Ave"""),

O(slug="journal-manuscript-declined", cat="non-job-rejection", style="personal", variant="en-GB",
  frm="Dr Helen Marsh <editor@jmediapractice.example>", subject="JMP-2026-0412: decision on your manuscript",
  notes="non-job; academic paper declined; 'regret'; 'unable to accept'",
  text="""Dear Sam Taylor,

Manuscript JMP-2026-0412, "Engagement metrics and editorial judgement in UK digital newsrooms"

Thank you for submitting your manuscript to the Journal of Media Practice. It has now been reviewed by two referees, whose comments are below.

I regret that on the basis of these reviews I am unable to accept your manuscript for publication. The reviewers found the topic timely, but felt the sample was too small to support the conclusions.

I hope the comments are helpful should you decide to submit elsewhere.

Yours sincerely,
Dr Helen Marsh
Editor, Journal of Media Practice"""),

O(slug="case-study-brief-za", cat="assessment-invite", style="personal", variant="en-ZA",
  frm="Thandi Mokoena <thandi.mokoena@capeharvest.example>", subject="Next step - case study (Brand Manager)",
  notes="case study invitation; next step; same sender as a rejection",
  text="""Good day Sam

Thank you for the interview on Monday. We are happy to let you know that you have progressed to the next stage for the Brand Manager position.

Please prepare a short case study (max. 10 slides) on how you would relaunch our Oumas Kitchen range to younger shoppers, and present it to the panel on Thursday 26 November at 10:00. The brief is attached.

Regards
Thandi Mokoena
HR Officer | Cape Harvest Foods
Tel: 021 555 0143""",
  attach=[("Case_study_brief.txt", "text/plain", "Cape Harvest Foods - Brand Manager case study brief\n\nRelaunch Oumas Kitchen for shoppers aged 20-30. Budget R2m. 10 slides max.\n")]),

O(slug="hm-reschedule-us", cat="reschedule", style="personal", variant="en-US",
  frm="Brian Kowalski <bkowalski@redpinegroup.example>", subject="Need to move tomorrow",
  notes="interview cancelled and moved; role still open; phone",
  text="""Sam - so sorry, I have to cancel our 2pm tomorrow, something came up with our CEO. Can we do Thursday same time instead? Still really keen to talk about the Editorial Lead role.

Brian

Sent from my Verizon, Samsung Galaxy smartphone"""),

O(slug="terse-still-waiting-feedback-au", cat="status-update", style="personal", variant="en-AU",
  frm="Kylie Barnes <kylie@harbourtalent.example>", subject="Re: Marketing Lead - Saltwater Co",
  parent=True, parent_domain="mail.example.org",
  notes="very short; still waiting on panel feedback",
  text="""Hi Sam, still waiting on feedback from the panel, should know by Wed. Sorry for the wait!

K"""),

O(slug="agency-client-on-hold-still-shortlisted", cat="status-update", style="personal", variant="en-GB",
  frm="Hannah Cole <hannah.cole@lindenpeople.example>", subject="Ravenscourt Media - slight delay",
  notes="agency; process paused a week; still shortlisted; 'on hold'",
  text="""Hi Sam,

Just a heads up that Ravenscourt Media have put the process on hold for a week as their CEO is travelling and wants to meet the final three personally.

Nothing to worry about - you're still on the shortlist for the Head of Editorial role and they were very complimentary after your second interview. I'll confirm the new date as soon as I have it.

Best,
Hannah Cole
Consultant | Linden People
020 7946 0622"""),

O(slug="agency-call-summary-final-round", cat="interview-invite", style="personal", variant="en-GB",
  frm="Tom Whitlock <tom.whitlock@bramleysearch.example>", subject="Following our call - Harbourline final round",
  notes="agency call-summary email; positive feedback; final round; mentions another candidate dropped",
  text="""Hi Sam,

Great to catch up just now. Just to put in writing what we discussed:

- Harbourline loved you and would like you back for the final round
- It's a 60-minute session with the CMO, including a 15-minute presentation on your first 90 days
- The other candidate at this stage has withdrawn, so it's you and one other
- Proposed date: Monday 30 November, 11am, at their Shoreditch office

Let me know if anything in the above isn't right.

Kind regards,
Tom Whitlock
Senior Consultant - Marketing & Communications
Bramley Search"""),

O(slug="former-manager-job-search-chat", cat="personal", style="personal", variant="en-IE",
  frm="Fiona Byrne <fiona.byrne@mailbox.example>", subject="How's the hunt going?",
  notes="former manager; mentions rejections in general; not about a specific application",
  text="""Hi Sam,

Heard from Owen that you've been interviewing - how's it going? I know the market is brutal at the moment; I had nine rejections before the Liffeyworks job came through, so don't let the "unfortunately" emails get to you.

If you want me to be a referee for anything, just say the word. And drinks soon!

Fi"""),

O(slug="grant-application-unsuccessful", cat="non-job-rejection", style="personal", variant="en-ZA",
  frm="Lerato Dlamini <grants@capecreativefund.example>", subject="Cape Creative Fund - outcome of your application",
  notes="non-job; arts grant declined; 'not successful'",
  text="""Dear Sam

Thank you for applying to the Cape Creative Fund 2027 round for your podcast project "Small Town Newsrooms".

We received 412 applications for 30 grants. I am sorry to tell you that your application was not successful this time. The panel asked me to say that the project was well conceived, and encouraged you to apply again in the next round, which opens in April.

Kind regards
Lerato Dlamini
Programme Manager, Cape Creative Fund"""),
]
