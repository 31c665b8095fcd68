"""en25 hard negatives: 20 ATS-style, 20 personal."""
from content_common import O

OWNER_REQ = "Calder Street People <people-noreply@example.org>"

MESSAGES = [
# ---------------- ATS ----------------
O("owner-hris-disposition-batch", "ats", "UK", "owner-hiring", "HR-system notice about Sam's own requisition; 'Not selected' x14",
  OWNER_REQ, "REQ-2291 Junior Editor: 14 candidates moved to Not Selected",
  """Hi Sam,

You moved 14 candidates on requisition REQ-2291 Junior Editor (Features) to the stage Not Selected.

|Requisition: REQ-2291 Junior Editor (Features)
|Hiring manager: Sam Taylor
|Action: Disposition - Not selected
|Candidates: 14
|Rejection email: Scheduled (template "Regret - after screening")

The candidates will receive the regret email in 48 hours unless you cancel it. [[Review scheduled emails]]

Remaining in process: 4 (Phone screen: 3, Portfolio review: 1).""",
  vendor="hris", brand="Calder Street Media"),

O("owner-hris-offer-approved", "ats", "UK", "owner-hiring", "HR-system: offer approved on Sam's requisition; other finalists to be declined",
  OWNER_REQ, "Approved: Offer for Alex Moreno (REQ-2291 Junior Editor)",
  """Hi Sam,

The offer for Alex Moreno on REQ-2291 Junior Editor (Features) has been approved by Finance and People.

Next steps for you as hiring manager:
- call the candidate to make the verbal offer
- once accepted, close the requisition; remaining finalists will be moved to Not Selected and sent the "Regret - final stage" email

[[Open requisition]]""",
  vendor="hris", brand="Calder Street Media"),

O("larchmont-greenhouse-ack-hedge", "ats", "US", "ack-received", "acknowledgement hedging 'if we don't move forward, you'll hear from us'",
  "Larchmont Media <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Larchmont Media!",
  """Hi Sam,

Thanks for applying to the Senior Audience Editor role at Larchmont Media. We've received your application and our team will review it over the next two weeks.

If your experience looks like a match, a recruiter will reach out to set up a first conversation. If we don't move forward, you'll hear from us either way - we don't believe in leaving candidates hanging.

In the meantime, check out our [[newsroom blog]].

Larchmont Media Talent Team""",
  vendor="greenhouse", brand="Larchmont Media"),

O("thamesgate-workday-ack-volume", "ats", "UK", "ack-received", "acknowledgement; 'due to volume we cannot reply to every applicant'; 'unsuccessful' in hedge",
  "Thamesgate Broadcasting <thamesgate@myworkday.com>", "Application received: Commissioning Editor, Factual",
  """Dear Sam Taylor,

Thank you for applying for the role of Commissioning Editor, Factual (JR-22418) at Thamesgate Broadcasting.

Due to the very high volume of applications we receive, we are unable to respond to every applicant individually. If you are shortlisted, we will contact you within four weeks of the closing date. Unsuccessful applicants will be notified through the candidate home once the role has been filled.

You can track the status of your application in [[Candidate Home]].

Thamesgate Broadcasting Resourcing""",
  vendor="workday", brand="Thamesgate Broadcasting"),

O("atlaspacific-smartrecruiters-moved-req", "ats", "AU", "requisition-transfer", "application moved to another requisition; original posting closed",
  "Atlas Pacific Media <noreply@smartrecruiters.com>", "Your application has been moved",
  """Hi Sam,

Thank you for your interest in Atlas Pacific Media.

The posting you originally applied for, Senior Content Producer (Sydney), has now been closed. Our recruiters felt your experience is a strong match for a related opening, so your application has been moved to Content Producer - Lifestyle (REQ 4411), where it remains under active review.

You don't need to do anything. If you'd prefer not to be considered for the new role, just let us know via your [[candidate portal]].

Kind regards,
Talent Acquisition, Atlas Pacific Media""",
  vendor="smartrecruiters", brand="Atlas Pacific Media"),

O("kingfisher-lever-schedule", "ats", "US", "interview-invite", "interview scheduling link after a long silence",
  "Kingfisher Audio <no-reply@hire.lever.co>", "Kingfisher Audio - let's schedule your interview",
  """Hi Sam,

Sorry for the wait! We've reviewed your application for Managing Producer and we'd like to invite you to a 45-minute video interview with Rachel (VP Content) and Sean (Executive Producer).

Please pick a time that works for you using the link below. Slots are available through next Friday.

Looking forward to it,
Noor, Recruiting Coordinator""",
  vendor="lever", brand="Kingfisher Audio", button="Choose a time"),

O("pebblepine-teamtailor-writing-task", "ats", "UK", "assessment", "writing task invitation; deadline",
  "Pebble & Pine <notifications@teamtailor.com>", "Next step: writing task for Senior Copywriter",
  """Hi Sam,

Good news - you've made it through the first review for Senior Copywriter at Pebble & Pine!

The next step is a short writing task: three headlines and a 300-word brand story for a (fictional) outdoor brand. It should take no more than two hours. Please submit it within five days using the link below.

Unfortunately we can't accept late submissions, so let us know straight away if the timing doesn't work.

The Pebble & Pine Talent Team""",
  vendor="teamtailor", brand="Pebble & Pine", button="Start the task"),

O("lindenhof-personio-decision-delayed", "ats", "DE", "status-update", "decision delayed; still in process; bilingual",
  "Museum Lindenhof <no-reply@museum-lindenhof.jobs.personio.de>", "Update zu Ihrer Bewerbung / Update on your application",
  """Dear Sam,

We would like to give you a short update on your application for the position Head of Communications (m/f/d).

Unfortunately, our selection process is taking longer than planned because the final interviews had to be moved after the summer break. No decision has been made yet, and your application is still being considered. We expect to be in touch by 15 October.

Thank you for your patience.

Mit freundlichen Grüßen / Kind regards
Museum Lindenhof, Personalabteilung""",
  vendor="personio", brand="Museum Lindenhof"),

O("cobalt-icims-offer-ready", "ats", "US", "offer", "offer letter ready in portal; EEO footer",
  "Cobalt Ridge Media <donotreply@talent.icims.com>", "Your offer from Cobalt Ridge Media is ready",
  """Dear Sam,

Congratulations! We are pleased to extend an offer of employment for the position of Editorial Director, Lifestyle at Cobalt Ridge Media.

Please log in to the candidate portal to review and e-sign your offer letter. This offer will expire on the date shown in the letter; if not accepted by then, it may be withdrawn.

We look forward to welcoming you.

Talent Acquisition, Cobalt Ridge Media""",
  vendor="icims", brand="Cobalt Ridge Media", button="Review your offer"),

O("linkedin-job-alert-editorial", "ats", "UK", "job-alert", "job alert digest; one listing 'No longer accepting applications'",
  "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "“editorial director”: 12 new jobs in London",
  """Your job alert for editorial director in London

12 new jobs match your preferences.

- Editorial Director, Hawthorn Books - London (Hybrid) - Actively recruiting
- Head of Content, Blackwater Studios - London - Be an early applicant
- Editor-in-Chief, The Margin Review - Remote - No longer accepting applications
- Communications Director, Fernhill Trust - London (On-site)
- Managing Editor, Pelican Podcasts - London (Hybrid)

[[See all jobs]]

You are receiving Job Alert emails. [[Manage job alerts]]""",
  vendor="linkedin", brand="LinkedIn"),

O("indeed-career-guide-rejection", "ats", "US", "newsletter", "career-advice newsletter about replying to rejections",
  "Indeed Career Guide <careerguide@indeed.com>", "How to reply to a job rejection (with examples)",
  """Career Guide - this week

How to reply to a job rejection email
It's natural to feel disappointed when you learn you weren't selected. But a thoughtful reply - thanking the hiring manager and asking them to keep you in mind - can keep the door open. Here are three templates you can adapt.

[[Read the article]]

Also this week:
- "We've decided to move forward with other candidates": what recruiters really mean
- 10 creative jobs that pay more than you think

[[Browse more advice]]""",
  vendor="indeed", brand="Indeed"),

O("cmw-dublin-session-not-selected", "ats", "IE", "non-job-rejection", "speaking-slot proposal not selected (conference)",
  "Content Summit Dublin <speakers@sessionize.example>", "Your session proposal for Content Summit Dublin 2026",
  """Dear Sam,

Thank you for submitting "Slow news: what editors can learn from museum curators" to Content Summit Dublin 2026.

We received over 600 proposals for 48 slots. We're sorry to tell you that your session was not selected for this year's programme.

As a thank-you, we'd like to offer you a 30% discount on a full conference pass with the code SPEAKER30.

The Content Summit Programme Committee""",
  vendor="mailer", brand="Content Summit Dublin"),

O("cea-award-not-shortlisted", "ats", "CA", "non-job-rejection", "award entry not shortlisted; Sam entered Calder Street's series",
  "Canadian Editorial Awards <awards@editorialawards.example>", "Canadian Editorial Awards 2026 - shortlist results",
  """Dear Sam Taylor,

Thank you for entering "The Long Shift" (Calder Street Media) in the Best Feature Series category of the Canadian Editorial Awards 2026.

The judges have now met, and we regret to inform you that your entry has not been shortlisted this year. The standard of entries was outstanding.

The shortlist will be published on our [[website]] on Monday. Tickets for the ceremony in Toronto are still available.

Canadian Editorial Awards""",
  vendor="mailer", brand="Canadian Editorial Awards"),

O("arts-grant-unsuccessful", "ats", "UK", "non-job-rejection", "grant application unsuccessful (Sam's personal project)",
  "Grants Portal <noreply@grants.artsfund.example>", "Your application GA-2026-04417: outcome",
  """Dear Sam Taylor,

Application reference: GA-2026-04417
Project: The River Archive (oral-history podcast)

Thank you for applying to the Project Grants programme. We regret to inform you that your application has been unsuccessful on this occasion. Demand for the fund was very high and we were able to support only 14% of applications.

You may re-apply in a future round. Feedback is not available for applications under £15,000.

Project Grants Team""",
  vendor="mailer", brand="Arts Fund"),

O("rental-portal-unsuccessful", "ats", "AU", "non-job-rejection", "rental application unsuccessful via property portal",
  "RentDirect <no-reply@rentdirect.example>", "Update on your rental application - 4/12 Oak Street, Fitzroy",
  """Hi Sam,

Thanks for applying for 4/12 Oak Street, Fitzroy VIC 3065.

Unfortunately your application was unsuccessful on this occasion. The property manager has approved another applicant.

Your rental profile is saved - apply for similar properties with one click.

[[See similar properties]]""",
  vendor="mailer", brand="RentDirect"),

O("card-payment-declined", "ats", "US", "non-job-rejection", "card payment declined (software subscription)",
  "Lumen Creative Cloud <billing@lumencloud.example>", "Action required: your payment was declined",
  """Hi Sam,

We weren't able to process your payment of $59.99 for your Lumen Creative Cloud - All Apps plan. Your bank declined the transaction.

Please update your payment method within 7 days to avoid an interruption to your service.

[[Update payment method]]""",
  vendor="mailer", brand="Lumen Creative Cloud"),

O("fjordfinch-workable-talent-community", "ats", "CA", "talent-pool", "talent community invitation without any application or verdict",
  "Fjord & Finch <noreply@workablemail.com>", "Join the Fjord & Finch talent community",
  """Hi Sam,

We're growing our editorial and brand team in Toronto and Montréal in 2027, and we'd love to have you in our talent community.

Members hear about new roles before they're posted. It takes one minute, and you can leave at any time.

Fjord & Finch People Team""",
  vendor="workable", brand="Fjord & Finch", button="Join the community"),

O("brandt-successfactors-withdrawn-by-sam", "ats", "DE", "withdrawal-confirmation", "confirms Sam withdrew the application",
  "Brandt Elektronik Careers <careers-noreply@successfactors.eu>", "Confirmation: application withdrawn (Job ID 40771)",
  """Dear Sam Taylor,

This is to confirm that you have withdrawn your application for the position Corporate Communications Manager (Job ID 40771).

Your application will no longer be considered for this position. If this was a mistake, please contact us within 7 days.

Kind regards
Brandt Elektronik AG - Talent Acquisition""",
  vendor="successfactors", brand="Brandt Elektronik AG"),

O("sakura-recruitee-second-interview", "ats", "JP", "interview-invite", "second interview invitation; Tokyo",
  "Sakura Digital <jobs@mail.recruitee.com>", "Second interview - Content Marketing Manager",
  """Dear Sam,

Thank you for your first interview for the Content Marketing Manager position at Sakura Digital K.K.

We are happy to inform you that you have passed the first interview. We would like to invite you to the second interview with our CMO, Mr. Hayashi. It will be held online (45 minutes, JST).

Please reply to this email with three possible times next week.

Best regards,
Sakura Digital Recruiting Team""",
  vendor="recruitee", brand="Sakura Digital"),

O("pixelforge-greenhouse-reference-request", "ats", "PL", "reference-request", "reference request about a former colleague (Sam is the referee)",
  "Pixelforge S.A. <no-reply@greenhouse-mail.io>", "Reference request for Maja Zielińska",
  """Hello Sam,

Maja Zielińska has applied for the Community Manager role at Pixelforge S.A. in Kraków and has listed you as a referee.

Please complete a short reference form (about 10 minutes) by Friday. Your answers are confidential and will not be shared with the candidate.

Thank you for your help.
Pixelforge Talent Team""",
  vendor="greenhouse", brand="Pixelforge S.A.", button="Complete reference"),

# ---------------- personal ----------------
O("owner-colleague-regret-template", "personal", "UK", "owner-hiring", "colleague at Calder Street drafts the finalists' regret email for Sam to send",
  "Hannah Reid <hannah.reid@example.org>", "Junior Editor - regret email for the two finalists",
  """Hi Sam,

As discussed, here's a draft for the two finalists who didn't get the Junior Editor role. Tweak as you like and send from your own account - it lands better from the hiring manager.

---
Dear [name],

Thank you for your time and for the excellent editing exercise. I'm sorry to let you know that we have decided to offer the role to another candidate. It was a genuinely close decision, and we'd be very happy to give you feedback if it would help.

Best wishes,
Sam Taylor
Senior Editor, Calder Street Media
---

Let me know once they're sent and I'll close the requisition.

Hannah
People Partner, Calder Street Media""",
  client_html=True),

O("owner-colleague-im-a-no", "personal", "UK", "owner-hiring", "colleague's interview feedback on Sam's candidates; 'I'm a no'; on hold",
  "Marcus Bell <marcus.bell@example.org>", "Re: Junior Editor shortlist - my notes",
  """Sam,

Quick notes from today:

- Candidate A (Alex): strong yes, best edit of the day
- Candidate B (Priya M.): I'm a no, sorry - struggled with the headline task
- Candidate C (Tom): lean no, but keep him on hold until Alex accepts?

Happy to join the call if you're rejecting B today.

M

> On 3 Sep 2026, at 17:22, Sam Taylor <sam.taylor@example.org> wrote:
> Can you send me your notes on the three finalists before I make the calls?""",
  parent="example.org"),

O("owner-sent-candidate-regret", "personal", "UK", "owner-sent", "Sam's own sent rejection to a candidate for Sam's team",
  "Sam Taylor <sam.taylor@example.org>", "Junior Editor (Features) - Calder Street Media",
  """Dear Priya,

Thank you for coming in on Tuesday and for the care you put into the editing exercise.

I'm sorry to let you know that we've decided to offer the role to another candidate. It was a close decision, and I'd be very happy to talk you through our feedback if that would be useful.

With best wishes,
Sam

Sam Taylor
Senior Editor, Calder Street Media""",
  to="Priya Mehta <priya.mehta@mailbox.example>"),

O("northstar-filled-two-new", "personal", "UK", "recruiter-outreach", "recruiter: old role filled, pitches two new ones",
  "Beth Carrow <beth@northstarsearch.example>", "Two new briefs - thought of you",
  """Hi Sam,

Hope all's well! You might remember we spoke back in March about the Head of Content role at Wrenfield Publishing - that one was filled in the end by an internal candidate, so it never went anywhere.

But I've got two new briefs I think are a much better fit:

1. Editorial Director, a fast-growing B2B media brand (London, hybrid, £85-95k)
2. Head of Communications, an arts festival in Edinburgh (maternity cover, 12 months)

Would either be of interest? Free for a call Thursday?

Beth

Beth Carrow | Director | Northstar Search
07700 900 218"""),

O("copperline-answer-gone-other", "personal", "US", "answer-to-owner-question", "interview invitation answering Sam's 'have you gone with another candidate?'",
  "Tasha Greene <tasha@copperline.example>", "Re: Content Director - have you gone with someone else?",
  """Hi Sam!

Not at all - sorry for the silence, it's been chaos with the rebrand. You're very much still in the running, and we'd love to bring you in for the final round with our CEO next week. Does Tuesday or Wednesday afternoon work?

Tasha

On Mon, Jun 8, 2026 at 4:15 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Tasha,
>
> I hadn't heard back since our conversation about the Content Director role and wondered whether you've gone with another candidate? Either way, it would be great to know.
>
> Thanks,
> Sam""",
  parent="example.org", client_html=True),

O("prairie-reply-to-owner-thanks", "personal", "CA", "reply-to-owner-followup", "reply to Sam's gracious reply to a rejection; rejection only in quotes",
  "Marc Dubois <marc.dubois@prairiefirebooks.example>", "Re: Communications Director",
  """Hi Sam,

No need to apologise at all - I really appreciate your note. We'd love to keep in touch, and I've passed your name to our sister imprint in Winnipeg, who are hiring an editor in the new year.

All the best,
Marc

On Fri, Aug 21, 2026 at 11:02 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Marc,
> Thank you for letting me know, and sorry again for rescheduling the second interview. Please do keep me in mind for future roles.
> Sam
>
> On Thu, Aug 20, 2026 at 3:47 PM Marc Dubois <marc.dubois@prairiefirebooks.example> wrote:
>> Hi Sam, I'm sorry to say that we've filled the Communications Director position with another candidate. Thank you for your time.""",
  parent="example.org"),

O("tidewater-offer-personal", "personal", "IE", "offer", "offer by hiring manager; mentions another candidate not chosen",
  "Aoife Kennedy <aoife@tidewaterstudios.example>", "Head of Content - good news!",
  """Hi Sam,

I'm delighted to say that we'd like to offer you the role of Head of Content at Tidewater Studios!

It was a tough call between you and one other candidate, but the panel was unanimous in the end. I'll send the formal offer letter tomorrow; in the meantime, could you give me a ring to talk through start dates?

Congratulations,
Aoife
+353 87 555 0164"""),

O("outback-decision-delayed", "personal", "AU", "status-update", "hiring manager: still deciding, CEO travelling",
  "Ben Hartigan <ben.hartigan@outbackpictures.example>", "Re: Head of Publicity - timing",
  """Hi Sam,

Sorry - no decision yet, I promise we haven't forgotten you. Our CEO is in LA for the market until the 20th and wants to meet the final two before we decide. Can I pencil you in for a 20-min video call with her on the 22nd?

Cheers,
Ben""",
  parent="example.org"),

O("kupferblau-portfolio-review", "personal", "DE", "interview-invite", "portfolio review scheduled; German/English mixed",
  "Jana Weiß <jana@studio-kupferblau.example>", "Portfolio review Thursday / Portfolio-Termin",
  """Hi Sam,

thanks for sending your samples! We'd like to invite you to a portfolio review with Moritz and me on Thursday at 14:00 CET (video call, 60 min). Please pick 3-4 projects and walk us through your role in each.

Bis Donnerstag!
Jana

Jana Weiß
Creative Director | Studio Kupferblau, Berlin"""),

O("magazine-pitch-pass", "personal", "UK", "non-job-rejection", "editor passes on Sam's freelance pitch",
  "Olly Grant <olly.grant@thenorthernreview.example>", "Re: Pitch - the last night printers of Leeds",
  """Hi Sam,

Thanks for thinking of us - it's a lovely idea, but I'm going to pass on this one. We ran something close to it last spring and I can't justify going back to print nostalgia so soon.

Do pitch again though; your features desk stuff is always sharp.

Olly""",
  parent="example.org"),

O("tokyo-creative-week-panel", "personal", "JP", "non-job-rejection", "festival programmer can't offer a speaking slot",
  "Haruka Mori <haruka.mori@tokyocreativeweek.example>", "Tokyo Creative Week - panel proposal",
  """Dear Sam,

Thank you for your proposal for a panel on cross-border newsrooms. We enjoyed reading it.

Unfortunately we cannot offer you a slot in this year's programme, as our international track is already full. We would be very happy if you could attend as our guest, and we hope to work together next year.

Best regards,
Haruka Mori
Programme Director, Tokyo Creative Week"""),

O("letting-agent-flat-other-applicant", "personal", "UK", "non-job-rejection", "letting agent: landlord went with another applicant (flat)",
  "Chris Lamb <chris@lambandsons-lettings.example>", "Flat 3, 27 Albion Road",
  """Hi Sam,

Thanks for viewing Flat 3 on Saturday and for getting your application in so quickly. Unfortunately the landlord has decided to go with another applicant who can move in sooner.

We've got a similar two-bed on Whitworth Street coming up next week - shall I book you a viewing?

Chris Lamb
Lamb & Sons Lettings
0161 555 0220"""),

O("friend-forwards-own-rejection", "personal", "US", "forwarded", "friend forwards their own rejection to Sam",
  "Jamie Ortiz <jamie.ortiz@mailbox.example>", "Fwd: Your application to Larkspur Digital",
  """ugh. look what landed this morning. drinks friday??

---------- Forwarded message ---------
From: Larkspur Digital <no-reply@us.greenhouse-mail.io>
Date: Tue, Sep 15, 2026 at 7:02 AM
Subject: Your application to Larkspur Digital
To: <jamie.ortiz@mailbox.example>

Hi Jamie,

Thank you for applying to the Social Video Producer role. After careful review, we have decided to move forward with other candidates. We wish you the best in your search.

The Larkspur Digital Team"""),

O("recruiter-submitted-either-way", "personal", "CA", "ack-received", "agency recruiter submits Sam; hedges 'I'll let you know either way'",
  "Raj Patel <raj.patel@mapletalent.example>", "Submitted: Senior Communications Manager, Hudson Telecom",
  """Hi Sam,

Great speaking earlier. I've submitted your CV to Hudson Telecom for the Senior Communications Manager role this afternoon.

Their process is usually quick. If they don't want to move forward, I'll let you know either way - I won't leave you hanging.

Talk soon,
Raj
Maple Talent Partners | Toronto | 416-555-0133"""),

O("exmanager-consoling", "personal", "UK", "personal", "former manager reacts to Sam's news of a rejection; offers coffee",
  "Clare Holloway <clare.holloway@mailbox.example>", "Re: news",
  """Oh Sam, sorry to hear about Harbourline - honestly, their loss. The managing editor job there sounded like a lot of admin anyway.

Coffee next week? I'll introduce you to my friend at Quill Press, they're building out a new nonfiction list.

C x

> On 2 May 2026, at 19:40, Sam Taylor <sam.taylor@example.org> wrote:
> Just heard back - not getting an interview at Harbourline. Onwards!""",
  parent="example.org"),

O("owner-colleague-hold-runner-up", "personal", "UK", "owner-hiring", "HR colleague: don't reject the runner-up yet, keep on hold",
  "Hannah Reid <hannah.reid@example.org>", "Re: Junior Editor - runner-up",
  """Sam - please don't send Tom the regret email yet. Let's keep him on hold until Alex has signed; if she declines, we'd want to move straight to him. I've paused the automatic rejection in the system.

H""",
  parent="example.org"),

O("polish-interview-cancelled-resched", "personal", "PL", "reschedule", "interview slot cancelled and moved; candidacy unaffected",
  "Piotr Zając <piotr.zajac@baltykmedia.example>", "Cancelled: interview Thursday - new date",
  """Hi Sam,

I'm sorry, we have to cancel Thursday's interview for the Editor-in-Chief, English Edition role - our panel chair is ill. This doesn't change anything about your application, we are still very interested.

Could you do Monday 10:00 or Tuesday 15:00 (Warsaw time) instead?

Pozdrawiam,
Piotr Zając
HR Manager, Bałtyk Media"""),

O("brazil-agency-final-round", "personal", "BR", "interview-invite", "agency: client feedback positive, final round",
  "Rafael Lima <rafael.lima@talentosul.example>", "Client feedback - Editora Aurora",
  """Hi Sam,

Great news from Editora Aurora: they loved your interview and want to move you to the final round for the International Editorial Manager position. The rest of the shortlist did not go through, so it is down to you and one other candidate.

Final round is with the publisher, in English, next Wednesday. OK for you?

Abraço,
Rafael
Talento Sul Recrutamento | São Paulo"""),

O("terse-received-by-friday", "personal", "US", "status-update", "very short reply: received, decision by Friday either way",
  "Rosa Delgado <rosa@tinycanarypress.example>", "Re: Editing sample",
  """Thanks Sam, got it - will come back to you by Friday either way. R""",
  parent="example.org"),

O("owner-sent-gone-other-question", "personal", "US", "owner-sent", "Sam's own chaser asking 'have you gone with another candidate?'",
  "Sam Taylor <sam.taylor@example.org>", "Content Director - checking in",
  """Hi Tasha,

I hadn't heard back since our conversation about the Content Director role and wondered whether you've gone with another candidate? Either way, it would be great to know so I can plan.

Thanks,
Sam""",
  to="Tasha Greene <tasha@copperline.example>"),
]
