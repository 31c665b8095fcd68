"""Hard negatives written by people (41)."""
from content_common import oth

OWNER_FROM = "Sam Taylor <sam.taylor@example.org>"

MESSAGES = [
oth("invite-recruiter-phone-screen", "interview-invite", "personal",
    client_html=True,
    variant="en-GB", frm="Leah Okonkwo <leah.okonkwo@pemberton-foods.example>",
    subject="Head of Consumer Insight - quick call?",
    text="""Hi Sam,

Thanks for applying for the Head of Consumer Insight role. I've had a look through your CV and would love to set up a 30-minute call to talk about the role and your experience.

Are you free Tuesday or Wednesday afternoon next week? If neither works, send me a few times that do.

Best,
Leah Okonkwo
Talent Partner, Pemberton Foods
07700 900 761""", notes="phone screen invite"),

oth("invite-hm-casual-next-round", "interview-invite", "personal",
    variant="en-US", frm="Marcus Bell <marcus@fieldworks-app.example>",
    subject="next round",
    text="""hey Sam - loved the convo yesterday. we'd like to bring you back for a session with our CTO and one of our designers. nothing to prep, just come ready to jam on the research roadmap. does Thurs 3pm ET work?

we talked to a lot of people for this and honestly most weren't a fit, so this is a good sign :)

Marcus""" + "\n\nSent from my iPhone", notes="casual next round; 'weren't a fit' about others"),

oth("invite-answer-to-gone-with-another", "answer-to-owner-question", "personal",
    client_html=True,
    variant="en-GB", frm="Priti Desai <priti.desai@cobble-lane.example>",
    subject="Re: Head of Research & Insight - have you gone with someone else?",
    parent=True,
    text="""Hi Sam,

Not at all - apologies that it's gone quiet! We haven't made a decision and you're very much still in the process. In fact, we'd like to invite you to the final stage: a 60-minute presentation to the leadership team.

Could you do Monday 30 November at 10:00 or Tuesday 1 December at 14:00?

Priti

On Wed, 18 Nov 2026 at 16:22, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Priti,
> I hope all's well. It's been a few weeks since my second interview, so I
> wanted to ask: have you gone with another candidate for the Head of
> Research & Insight role? No problem either way, I'd just like to know
> where things stand.
> Best, Sam""", notes="answer: still in, final stage invite"),

oth("still-deciding-reply", "answer-to-owner-question", "personal",
    variant="en-US", frm="Gabe Torres <gabe.torres@quayside-analytics.example>",
    subject="Re: Checking in",
    parent=True,
    text="""Hi Sam,

Thanks for checking in. Honestly, we're still deciding - the hiring manager was out for two weeks and we've got one more candidate to see on Friday. You haven't been ruled out, and I'll have a firm answer for you either way by the 4th.

Gabe

> Hi Gabe, any news on the Insights Director role? Thanks, Sam""",
    notes="explicit still deciding"),

oth("reply-no-need-to-apologise", "reply-to-owner-followup", "personal",
    client_html=True,
    variant="en-GB", frm="Heather Fairbairn <h.fairbairn@lochside-bank.example>",
    subject="RE: Senior Insight Manager",
    parent=True, depth=2,
    text="""Hi Sam,

No need to apologise at all, and thank you for such a gracious reply. We'd love to keep in touch - I'll make sure you hear about the next senior role on the team before it's advertised.

Best,
Heather

From: Sam Taylor <sam.taylor@example.org>
Sent: 30 September 2026 09:12
Subject: RE: Senior Insight Manager

Dear Heather,
Thank you for letting me know, and sorry for the slow reply. Although I'm
disappointed, I enjoyed meeting the team. Please keep me in mind.
Sam

> I'm afraid we won't be offering you the role on this occasion. The panel
> felt another candidate's experience in retail banking gave them the edge.""",
    notes="reply to Sam's follow-up; rejection only in quote"),

oth("reply-feedback-call-offer", "reply-to-owner-followup", "personal",
    variant="en-IE", frm="Aoife Byrne <aoife.byrne@cairnlink.example>",
    subject="Re: Feedback from Cairnlink",
    parent=True, depth=2,
    text="""Sam, delighted you found it useful. Yes, let's grab a coffee when you're next in Dublin - I'll introduce you to a couple of founders who are hiring research leads.

Aoife

On Fri, 6 Nov 2026, Sam Taylor wrote:
> Thanks so much for the detailed feedback, Aoife - really helpful.
>
> > We won't be progressing to an offer with you for the Senior Product
> > Manager role.""", notes="rejection quoted two levels down"),

oth("owner-sent-thankyou-after-rejection", "owner-sent", "personal",
    variant="en-GB", frm=OWNER_FROM, to="Tom Hesketh <tom.hesketh@brightbridge-search.example>",
    subject="Re: Ellery & Finch - feedback", parent=True, parent_domain="brightbridge-search.example",
    text="""Hi Tom,

Thanks for letting me know, and for pushing my case. Disappointing, but the feedback is useful. Happy to chat on Monday about the other briefs.

Best,
Sam

On Thu, 15 Oct 2026 at 14:03, Tom Hesketh <tom.hesketh@brightbridge-search.example> wrote:
> Unfortunately Ellery & Finch have decided to go with another candidate
> for the Insights Director role.""", notes="Sam's own sent reply quoting a rejection"),

oth("owner-sent-have-you-decided", "owner-sent", "personal",
    variant="en-GB", frm=OWNER_FROM, to="Priti Desai <priti.desai@cobble-lane.example>",
    subject="Head of Research & Insight - have you gone with someone else?",
    text="""Hi Priti,

I hope all's well. It's been a few weeks since my second interview, so I wanted to ask: have you gone with another candidate for the Head of Research & Insight role? No problem either way, I'd just like to know where things stand.

Best,
Sam""", notes="Sam's own question"),

oth("owner-sent-withdraws", "owner-sent", "personal",
    variant="en-GB", frm=OWNER_FROM, to="Jade Ferreira <jade.ferreira@monarchmobility.example>",
    subject="Withdrawing my application - Senior Product Manager, Rider Insights",
    text="""Hi Jade,

Thank you for all your help over the past few weeks. I've accepted another offer, so I'd like to withdraw my application for the Senior Product Manager, Rider Insights role. I'm sorry not to be moving forward with you - I was very impressed by the team.

Best wishes,
Sam""", notes="Sam withdraws"),

oth("owner-sent-rejection-to-candidate", "owner-hiring", "personal",
    variant="en-GB", frm=OWNER_FROM, to="Priyanka Shah <priyanka.shah@mailbox.example>",
    subject="Research Analyst role at Calder Street Media",
    text="""Dear Priyanka,

Thank you for interviewing for the Research Analyst role at Calder Street Media. I'm sorry to let you know that we won't be taking your application further on this occasion. We were looking for a bit more experience with survey design, but I was impressed by your analysis exercise and would encourage you to apply again.

Best wishes,
Sam Taylor
Head of Insights, Calder Street Media""", notes="Sam's own sent rejection"),

oth("colleague-debrief-candidates", "owner-hiring", "personal",
    client_html=True,
    variant="en-GB", frm="Helen Cho <helen.cho@example.org>",
    subject="Analyst debrief",
    text="""Hi Sam,

Quick summary from today's debriefs so we can close out this week:

- Priyanka: agree with your call, not moving forward. I've set the rejection to send Thursday.
- Tom R: two no-hires, one hire. I'd lean no unless your scorecard changes things.
- Ama: strong yes from everyone, let's get an offer approved.

Can you confirm by tomorrow so I can update Greenhouse?

Thanks,
Helen

Helen Cho
People Partner, Calder Street Media""", notes="colleague about candidates Sam rejected"),

oth("candidate-reply-to-sam-rejection", "owner-hiring", "personal",
    variant="en-GB", frm="Priyanka Shah <priyanka.shah@mailbox.example>",
    subject="Re: Research Analyst role at Calder Street Media",
    parent=True,
    text="""Dear Sam,

Thank you for letting me know, and for the kind words. I'm disappointed, but I really appreciated how transparent the process was. Would you be open to sharing a couple of pointers on the survey design side?

Best,
Priyanka

> I'm sorry to let you know that we won't be taking your application further
> on this occasion.""", notes="rejected candidate replies to Sam"),

oth("colleague-forward-hm-decision", "owner-hiring", "personal",
    variant="en-GB", frm="Raj Malhotra <raj.malhotra@example.org>",
    subject="Fwd: Senior Data Analyst - unsuccessful candidates",
    text="""Sam - FYI, finance just came back. Since R-1207 is on hold, can you let your three finalists know we're pausing? I've drafted something below, edit as you like.

Raj

---------- Forwarded message ---------
Draft:
"Thank you for your time interviewing for the Senior Data Analyst role. Unfortunately we have had to put the position on hold and will not be making an appointment at this time."
""", notes="Sam's own requisition paused; draft for Sam to send"),

oth("forwarded-friend-rejection", "forwarded", "personal",
    variant="en-GB", frm="Jess Okafor <jess.okafor@mailbox.example>",
    subject="Fwd: Your application to Brightwell Media",
    text="""Sam!! Look at this. Am I reading it right that they didn't even interview me? Thoughts on whether I should reply? x

---------- Forwarded message ---------
From: Brightwell Media Careers <no-reply@brightwell.example>
Date: Tue, 10 Nov 2026
Subject: Your application to Brightwell Media
To: Jess Okafor <jess.okafor@mailbox.example>

Dear Jess,
Thank you for applying for Audience Insights Lead. After careful consideration we have decided not to progress your application.
Brightwell Media""", notes="friend's rejection forwarded"),

oth("forwarded-mentee-rejection-advice", "forwarded", "personal",
    variant="en-US", frm="Daniel Ruiz <druiz@mailbox.example>",
    subject="Fwd: Update from Harbourline - any advice?",
    text="""Hi Sam,

Hope you don't mind me forwarding this. I got this from Harbourline today for the junior analyst role. As my mentor, do you think it's worth asking for feedback, or is this just a template?

Thanks!
Daniel

Begin forwarded message:

> From: Harbourline Recruiting <no-reply@us.greenhouse-mail.io>
> Subject: Your application to Harbourline
>
> Hi Daniel, after careful review, we have decided to move forward with
> other candidates whose background more closely aligns with the needs of
> the team right now.""", notes="mentee's rejection forwarded"),

oth("friend-consoling", "personal", "personal",
    variant="en-GB", frm="Rachel Green-Ide <rachel.gi@mailbox.example>",
    subject="thinking of you",
    text="""Sam,

Just heard from Mark that the Lochside thing didn't come off. Their loss honestly. Drinks on me Friday? And don't you dare apply for anything over the weekend, you've earned a rest.

R x""", notes="friend mentioning a rejection"),

oth("former-manager-reference-ask", "reference-request", "personal",
    variant="en-GB", frm="Nadia Chaudhry <nadia.chaudhry@formerco.example>",
    subject="Reference for Sam Taylor",
    text="""Hi Sam,

Larkspur AI's reference team got in touch with me today - I've filled in their form and said lovely (true!) things. Sounds like you're close. Fingers crossed, and let me know how it goes.

Nadia""", notes="referee says she gave a reference"),

oth("reference-request-for-ex-report", "reference-request", "personal",
    variant="en-GB", frm="Olivia Hart <olivia.hart@wrenfield.example>",
    subject="Reference request: Ben Adeyinka",
    text="""Dear Sam,

Ben Adeyinka has applied for the role of Senior Research Analyst at Wrenfield and has given your name as a referee. I'd be grateful if you could confirm his dates of employment and answer the short questions below.

1. In what capacity did you know the candidate?
2. Would you re-employ him? If not, why not?

Many thanks,
Olivia Hart
HR Advisor, Wrenfield""", notes="reference request about Sam's ex-report"),

oth("outreach-recruiter-linkedin-email", "recruiter-outreach", "personal",
    client_html=True,
    variant="en-GB", frm="Callum Reid <callum@northlight-talent.example>",
    subject="Head of Insight opportunity - media scale-up",
    text="""Hi Sam,

I came across your profile and your work at Calder Street Media really stood out. I'm exclusively retained on a Head of Insight search for a fast-growing streaming business - reporting to the CMO, team of 8, London hybrid, c.£120k.

I appreciate you may not be actively looking, but would you be open to a confidential chat this week?

Best,
Callum Reid
Director, Northlight Talent
+44 7700 900 845""", notes="cold outreach"),

oth("outreach-india-agency-jd", "recruiter-outreach", "personal",
    variant="en-IN", frm="Rahul Verma <rahul.v@hirewell-consulting.example>",
    subject="Opportunity || Director - Consumer Insights || Gurugram/Remote",
    text="""Dear Sam,

Greetings of the day!

We have an urgent requirement for Director - Consumer Insights with one of our MNC clients. Please find the JD below.

Experience: 12-16 years
Location: Gurugram / Remote
Notice period: Immediate to 60 days

If interested, kindly share your updated CV along with the following details:
Current CTC:
Expected CTC:
Notice Period:
Reason for change:

Kindly note, profiles not matching the JD will not be considered.

Regards,
Rahul Verma
Hirewell Consulting""", notes="Indian agency pitch; 'will not be considered' conditional"),

oth("outreach-agency-role-closed-new-briefs", "recruiter-outreach", "personal",
    variant="en-GB", frm="Sophie Lam <sophie.lam@harrowfield-rec.example>",
    subject="New briefs",
    text="""Hi Sam,

Hope you're well! Just a heads up that the Greyhaven role we spoke about in August has been closed by the client - they've restructured the team. But I've got two new mandates I think you'd be great for:

- Head of Audience Research, national newspaper group, London
- Research Director, podcast network, remote

Would you like me to send the specs over?

Thanks,
Sophie""", notes="mandate closed + new briefs; Sam never applied to the closed one here"),

oth("offer-personal-verbal-followup", "offer", "personal",
    client_html=True,
    variant="en-GB", frm="Priti Desai <priti.desai@cobble-lane.example>",
    subject="Great to speak earlier!",
    text="""Hi Sam,

Lovely to speak earlier, and congratulations again! As discussed, we'd like to offer you the Head of Research & Insight role at £105,000 plus bonus. I'll send over the formal offer letter tomorrow.

Take the weekend to think it over - no rush, and shout if you have any questions.

Priti""", notes="verbal offer confirmation"),

oth("offer-from-company-that-rejected-before", "offer", "personal",
    client_html=True,
    variant="en-US", frm="Kaitlyn Moss <kaitlyn.moss@verdantia.example>",
    subject="Something new at Verdantia",
    text="""Hi Sam,

I know we had to turn you down for the Director, Consumer Insights role back in October, and I promised I'd flag anything on the EMEA side. Well - better than flagging: the team would like to offer you the newly created Director, EMEA Insights position, based in London, without another full loop.

Can we get 20 minutes on Monday to walk through the details?

Kaitlyn""", notes="offer referencing earlier rejection"),

oth("ooo-recruiter", "auto-reply", "personal",
    variant="en-GB", frm="Grace Oduya <g.oduya@pennant-insurance.example>",
    subject="Automatic reply: Head of Customer Insight - update",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For urgent recruitment queries please contact talent@pennant-insurance.example.

Grace""", notes="out-of-office, subject echoes a rejection's"),

oth("reschedule-hm-sick", "reschedule", "personal",
    client_html=True,
    variant="en-GB", frm="Leah Okonkwo <leah.okonkwo@pemberton-foods.example>",
    subject="Need to move Thursday's interview",
    text="""Hi Sam,

So sorry - Mark (hiring manager) is off sick, so we need to cancel Thursday's interview. This doesn't change anything about your application; we'd just like to rebook for next week. Could you do Tuesday at 11 or Wednesday at 3?

Apologies for the hassle,
Leah""", notes="interview cancelled and rebooked"),

oth("reschedule-onsite-cancelled-calendar", "reschedule", "personal",
    variant="en-US", frm="Gabe Torres <gabe.torres@quayside-analytics.example>",
    subject="Canceled: Insights Director – onsite",
    text="""Sam - I've canceled the calendar hold for Tuesday's onsite because our office is closed for the storm. I'll send new times shortly. You're still our lead candidate, so no worries there!

Gabe""", notes="'Canceled' onsite, lead candidate"),

oth("paused-but-active", "status-update", "personal",
    client_html=True,
    variant="en-GB", frm="Ella Morgan <ella.morgan@bramblecourt.example>",
    subject="Customer Insight Lead - short pause",
    text="""Hi Sam,

A quick update: we're pausing interviews for the Customer Insight Lead role for two weeks while our new CMO settles in. Your application remains active and we'll be back in touch by 20 November to arrange the next stage. Sorry for the delay!

Ella""", notes="paused two weeks, still active"),

oth("agency-positive-feedback-next", "interview-invite", "personal",
    variant="en-GB", frm="Tom Hesketh <tom.hesketh@brightbridge-search.example>",
    subject="Great feedback from Sandbourne!",
    text="""Hi Sam,

Great news - Sandbourne loved you! They've said they're not seeing anyone else at your level and want you back for a final with the CEO next week.

Give me a call when you're free and I'll brief you.

Tom
M: +44 7700 900412""", notes="agency positive feedback"),

oth("nonjob-landlord-flat-gone", "non-job-rejection", "personal",
    variant="en-GB", frm="Martin Pye <martin.pye@mailbox.example>",
    subject="Re: Flat viewing - Albion Street",
    parent=True,
    text="""Hi Sam,

Thanks for coming to see the flat on Saturday. I'm afraid I've decided to go with another applicant who can move in sooner. Good luck with the search.

Martin

> Hi Martin, thanks for showing me round, I'd love to put in an application. Sam""",
    notes="landlord declines flat application"),

oth("nonjob-talk-organiser-personal", "non-job-rejection", "personal",
    variant="en-GB", frm="Lydia Fenn <lydia@mrs-meetup.example>",
    subject="Insight meetup - your talk proposal",
    text="""Hi Sam,

Thanks so much for offering to speak at the December Insight meetup. We've had loads of offers and I'm afraid we don't have room for your talk on panel incentives this time - we've gone with a first-time speaker line-up. Would you be up for January instead?

Lydia""", notes="talk proposal declined, other slot offered"),

oth("nonjob-meeting-declined-external", "non-job-rejection", "personal",
    variant="en-US", frm="Priya Raman <priya.raman@vendor-panels.example>",
    subject="Re: Intro call - panel partnership",
    parent=True,
    text="""Hi Sam,

Thanks for reaching out. We've reviewed your proposal for a joint panel and have decided not to pursue the partnership at this time - our roadmap for next year is already full.

Best,
Priya""", notes="business proposal declined"),

oth("nonjob-book-proposal", "non-job-rejection", "personal",
    variant="en-GB", frm="Anita Rowe <anita@rowe-literary.example>",
    subject="Your proposal: The Quiet Audience",
    text="""Dear Sam,

Thank you for sending me your proposal for The Quiet Audience. I read it with interest, but I'm afraid I don't feel I'm the right agent for it, and so will pass on this occasion. Do keep going - this business is very subjective.

With best wishes,
Anita Rowe""", notes="literary agent pass"),

oth("referral-friend-not-selected-company", "referral", "personal",
    client_html=True,
    variant="en-GB", frm="Oliver Brandt <oliver.brandt@saltire-robotics.example>",
    subject="Your referral - Jamie",
    text="""Hi Sam,

Thanks for referring Jamie for our data engineering role. Just to close the loop, the team has decided not to move forward with Jamie at this stage - they needed more Spark experience. Really appreciate you sending people our way; please keep them coming.

Oliver""", notes="Sam's referral rejected, not Sam"),

oth("owner-declines-offer-recruiter-reply", "owner-declines", "personal",
    variant="en-US", frm="Jade Ferreira <jade.ferreira@monarchmobility.example>",
    subject="Re: Withdrawing my application - Senior Product Manager, Rider Insights",
    parent=True,
    text="""Hi Sam,

Sorry to hear that, but congratulations on the new role! Thanks for letting us know so promptly. I've withdrawn your application in our system. Let's stay in touch.

Jade

> I've accepted another offer, so I'd like to withdraw my application for the
> Senior Product Manager, Rider Insights role.""", notes="recruiter acknowledges Sam's withdrawal"),

oth("hm-thanks-interview-will-decide", "status-update", "personal",
    variant="en-GB", frm="Claire Dunmore <claire@oakmere.example>",
    subject="Thanks for today",
    text="""Hi Sam, thanks for coming in today - really good conversation. We've got two more people to see on Friday and will let everyone know either way by the middle of next week.

Claire""", notes="post-interview thanks, decision pending"),

oth("recruiter-hold-will-come-back", "status-update", "personal",
    client_html=True,
    variant="en-GB", frm="Chloe Adeyemi <chloe.adeyemi@wrenfield.example>",
    subject="Head of Insight - timing",
    text="""Hi Sam,

I wanted to be upfront: the Head of Insight role is on hold for a couple of weeks while the director signs off the final budget. We're still very keen on you and expect to resume interviews in early December - we will come back to you as soon as we have the green light.

Best,
Chloe""", notes="short hold, still keen; decided as other"),

oth("colleague-regret-template-review", "owner-hiring", "personal",
    variant="en-GB", frm="Helen Cho <helen.cho@example.org>",
    subject="Template for the finalists",
    text="""Sam - here's the regret template for the two finalists we're not taking forward on the analyst role. Can you sign off before I send?

"Dear [Name], Thank you for your time... Unfortunately, on this occasion we will not be offering you the position..."

Helen""", notes="Sam's own hiring; rejection template for review"),

oth("newsletter-alumni-careers", "newsletter", "personal",
    variant="en-GB", frm="Alumni Careers <careers@alumni.kingsbridge.ac.example>",
    subject="Careers bulletin: bouncing back from rejection",
    text="""Dear Sam,

This month's alumni careers bulletin:

1. Webinar: "Not successful this time? Turning rejection into your next offer" - Tues 8 Dec, 18:00
2. Five alumni share the rejection emails that led to their best jobs
3. 20 new roles on the alumni job board

Best wishes,
Alumni Careers Service""", notes="careers bulletin"),

oth("ticket-autoreply-candidate-care", "auto-reply", "personal",
    variant="en-US", frm="Candidate Care <candidatecare@meridianfoods.example>",
    subject="[Ticket #558201] Re: Application Update",
    headers={"Auto-Submitted": "auto-replied"},
    text="""Hello,

Thank you for contacting Meridian Foods Candidate Care. Your request has been logged as ticket #558201 and a member of our team will respond within 3 business days.

Please note we are unable to provide feedback on individual applications.

Meridian Foods Candidate Care""", notes="ticket auto-reply to Sam's question"),

oth("interview-feedback-positive-hm", "interview-invite", "personal",
    variant="en-IE", frm="Aoife Byrne <aoife.byrne@cairnlink.example>",
    subject="Cairnlink - Research Director",
    text="""Hi Sam,

Following on from our coffee - I spoke to our CEO and we'd love you to meet her about the Research Director role we discussed. Unlike the PM role, this one is squarely your territory. She's free Wednesday or Thursday next week; which suits?

Aoife""", notes="new interview after earlier rejection"),

oth("sam-spouse-forward-rejection", "forwarded", "personal",
    variant="en-GB", frm="Alex Taylor <alex.taylor@mailbox.example>",
    subject="Fwd: Outcome of your application",
    text="""Can you read this before I reply? Not sure whether to ask for feedback. Alx

---------- Forwarded message ---------
From: Dunmore & Hale Recruitment <noreply@dunmorehale.example>
Subject: Outcome of your application

Dear Alex,
We regret to inform you that your application for Finance Manager has been unsuccessful.""",
    notes="partner's rejection forwarded"),
]
