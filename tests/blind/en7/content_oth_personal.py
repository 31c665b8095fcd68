"""Hard negatives written by people (30)."""
from content_common import OWNER, oth

MESSAGES = [
    oth("recruiter-interview-invite-gmail", "interview-invite", "personal", day="2026-12-02", variant="en-GB",
        frm="Hannah Price <hannah.price@wrenfield.example>", client_html="gmail",
        subject="Wrenfield - Head of Newsletters - interview",
        text="""Hi Sam,

Thanks for your application for the Head of Newsletters role. Unfortunately I missed your call yesterday - sorry about that!

We'd love to invite you to a first interview with Maya (our Editor) and me. Would any of these work?

- Tue 8 Dec, 10:00
- Wed 9 Dec, 14:30
- Fri 11 Dec, 09:30

It'll be about 45 minutes on Zoom.

Best,
Hannah

Hannah Price | Talent Partner | Wrenfield
07700 900 681""",
        notes="interview invite opening with 'unfortunately'"),

    oth("answer-gone-with-another-final-invite", "answer-to-owner-question", "personal", day="2026-12-01", variant="en-US",
        frm="Evan Cho <evan.cho@northlightsaas.example>", parent=True, client_html="gmail",
        subject="Re: Growth Marketing Director - have you gone with another candidate?",
        text="""Hi Sam,

Not at all - sorry for the radio silence! We've been finalizing the last round and we'd like you to come in for the final: a 90-minute session with our CEO and CFO next Wednesday or Thursday. Does either day work?

Evan

On Mon, Nov 30, 2026 at 9:14 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Evan,
>
> I hadn't heard back after my second interview for the Growth Marketing Director role and wondered whether you'd gone with another candidate? Either way, I'd be grateful to know.
>
> Best,
> Sam""",
        notes="answer to Sam's 'have you gone with another candidate?': final-round invite"),

    oth("reply-to-followup-keep-in-touch", "reply-to-owner-followup", "personal", day="2026-11-27", variant="en-GB",
        frm="Sophie Lang <sophie.lang@arclightfilms.example>", parent=True, parent_depth=2,
        subject="Re: Re: Marketing Manager - Arclight Films",
        text="""Hi Sam,

No need to apologise at all - thank you for such a gracious reply. We'd love to keep in touch, and I'll make sure you hear from us when the Senior Marketing Manager role opens in spring.

All the best,
Sophie

On 26 Nov 2026, at 11:02, Sam Taylor <sam.taylor@example.org> wrote:

> Hi Sophie,
>
> Thank you for letting me know, and sorry for the slow reply - I was away. I really enjoyed meeting the team and would love to be considered for future roles.
>
> Best,
> Sam
>
> On 20 Nov 2026, at 16:45, Sophie Lang <sophie.lang@arclightfilms.example> wrote:
>
>> Dear Sam,
>>
>> Thank you for interviewing for the Marketing Manager role. I'm sorry to say that we have decided to offer the position to another candidate.
>>
>> Kind regards,
>> Sophie""",
        notes="reply to Sam's follow-up; rejection only two levels down in quotes"),

    oth("verbal-offer-confirmed", "offer", "personal", day="2026-11-25", variant="en-GB",
        frm="James Whitaker <james.whitaker@brookstonehouse.example>", client_html="outlook",
        subject="Offer - Head of Audience",
        text="""Dear Sam,

Following our call this afternoon, I'm delighted to confirm our verbal offer for the role of Head of Audience at Brookstone House, with a base salary of £82,000 and a start date to be agreed.

I'm sorry it took us a little longer than planned - we had to get sign-off from the group board, which only meets monthly. The formal contract will follow from HR by Friday.

We're all really excited.

Best wishes,
James

James Whitaker
Managing Director, Brookstone House Publishing""",
        notes="offer with apology for delay"),

    oth("outreach-after-past-rejection", "recruiter-outreach", "personal", day="2026-11-30", variant="en-GB",
        frm="Leo Mensah <leo@cobaltrec.example>",
        subject="Two new roles",
        text="""Hi Sam,

I know the Harbour Street Bank one didn't work out in the end, which was a shame - but I've got two new roles that I think are actually a better fit:

1. Head of Audience, a B2B publisher in Farringdon (£85-95k + bonus)
2. Director of Content, a fintech scale-up, remote-first

Both are exclusive to us. Free for a quick call on Thursday?

Leo

Leo Mensah | Cobalt Recruitment
07700 900 233""",
        notes="agency pitch mentioning a past rejection"),

    oth("cold-outreach-inmail-style", "recruiter-outreach", "personal", variant="en-US",
        frm="Brianna Kowalski <brianna@talentforge.example>",
        subject="Quick question, Sam",
        text="""Hi Sam,

I came across your profile and your work on the Morning Note newsletter at Calder Street Media - really impressive growth numbers!

I'm partnering with a Series B climate-tech company looking for a VP of Marketing. Unfortunately I can't share the name yet, but the comp is $220-250k base plus equity and it's fully remote in the US/UK.

Would you be open to a 15-minute chat this week?

Best,
Brianna
TalentForge Partners""",
        notes="cold outreach with 'unfortunately I can't share the name'"),

    oth("reference-details-request", "reference-request", "personal", day="2026-11-26", variant="en-GB",
        frm="Kate Morland <kate.morland@lindenpress.example>",
        subject="References",
        text="""Hi Sam,

Thanks again for your time on Tuesday - we really enjoyed the presentation. We'd like to take up your references as the next step before we make a final decision. Could you send me the names and contact details of two referees, ideally including your current line manager?

We won't contact anyone at Calder Street until you tell us it's okay.

Many thanks,
Kate

Kate Morland
HR Manager, Linden Press""",
        notes="reference request: strong progress signal"),

    oth("colleague-shortlist-told-others", "owner-hiring", "personal", day="2026-12-03", variant="en-GB",
        frm="Anya Roy <anya.roy@example.org>", parent=True,
        subject="Re: Audience Editor shortlist",
        text="""Hi Sam,

Done - I've told the other two finalists that they're not moving forward and thanked them from both of us. Marcus took it well and asked for feedback, so I'll send him a couple of lines from your notes if that's okay.

Shall I draft the offer letter for Chidi tomorrow?

Anya

On Wed, 2 Dec 2026 at 17:20, Sam Taylor <sam.taylor@example.org> wrote:
> Let's go with Chidi. Can you let the others know? Thanks for all the help.""",
        notes="colleague at example.org; Sam is hiring"),

    oth("owner-sent-rejection-to-candidate", "owner-sent", "personal", day="2026-12-04", variant="en-GB",
        frm=OWNER, to="Marcus Hale <marcus.hale@mailbox.example>", id_domain="example.org",
        subject="Audience Editor - Calder Street Media",
        text="""Dear Marcus,

Thank you for interviewing for the Audience Editor role at Calder Street Media, and for the great ideas on our weekend newsletter.

I'm sorry to say that we won't be moving forward with your application. It was a close decision between a very strong final three.

I'd be happy to share feedback if useful, and I hope you'll apply again.

Best wishes,
Sam

Sam Taylor
Head of Audience, Calder Street Media""",
        notes="Sam's own sent rejection to a candidate"),

    oth("owner-sent-chaser", "owner-sent", "personal", day="2026-11-30", variant="en-GB",
        frm=OWNER, to="Kate Morland <kate.morland@lindenpress.example>", id_domain="example.org", parent=True,
        subject="Re: References",
        text="""Hi Kate,

Just checking you received the referee details I sent on Friday - I haven't had a bounce, but wanted to make sure. If you've decided to go with another candidate, I'd be grateful to know either way.

Best,
Sam""",
        notes="Sam's own follow-up mentioning 'another candidate'"),

    oth("owner-sent-thanks-quoting-rejection", "owner-sent", "personal", day="2026-11-21", variant="en-GB",
        frm=OWNER, to="Olivia Grant <olivia.grant@marloweandfinch.example>", id_domain="example.org", parent=True,
        subject="Re: Head of Content - update",
        text="""Hi Olivia,

Thank you for letting me know, and for being so open about the reasons. I really enjoyed getting to know the team, and I'd be glad to hear from you if anything else comes up.

Best wishes,
Sam

On Fri, 20 Nov 2026 at 15:12, Olivia Grant <olivia.grant@marloweandfinch.example> wrote:
> Hi Sam,
>
> I'm afraid the team have decided to go with another candidate for the Head of Content role.
>
> Best wishes,
> Olivia""",
        notes="Sam's own reply quoting a rejection"),

    oth("friend-forwards-own-rejection", "forwarded", "personal", day="2026-11-23", variant="en-GB",
        frm="Alex Munro <alex.munro@mailbox.example>",
        subject="Fwd: Your application to Brightcliff",
        text="""ugh. third one this month. fancy a drink friday?

---------- Forwarded message ---------
From: Brightcliff Careers <careers@brightcliff.example>
Date: Mon, 23 Nov 2026 at 09:31
Subject: Your application to Brightcliff
To: Alex Munro <alex.munro@mailbox.example>

Dear Alex,

Thank you for applying for the Social Media Executive role. Unfortunately, we have decided not to proceed with your application.

Kind regards,
Brightcliff Careers""",
        notes="friend's own rejection forwarded"),

    oth("landlord-flat-gone", "non-job-rejection", "personal", variant="en-GB",
        frm="Deepak Shah <deepak@shahlettings.example>",
        subject="Flat 3, 22 Cranbrook Road",
        text="""Hi Sam,

Thanks for coming to the viewing on Saturday and for sending your references so quickly. Sorry, but the landlord has gone with another applicant for the flat - they could move in a month earlier.

I'll let you know if anything similar comes up in the area.

Deepak
Shah Lettings""",
        notes="flat application declined; 'gone with another applicant'"),

    oth("editor-pitch-pass", "non-job-rejection", "personal", variant="en-US",
        frm="Rachel Kim <rachel.kim@pressgazette.example>",
        subject="Re: Pitch: why newsletters beat apps for local news",
        parent=True,
        text="""Hi Sam,

Thanks for the pitch - it's a smart angle, but we're going to pass on this one; we ran something close to it in October. I'd be happy to look at anything else you have on membership or reader revenue.

Best,
Rachel

Rachel Kim
Opinion Editor""",
        notes="article pitch declined"),

    oth("contact-declines-meeting", "non-job-rejection", "personal", variant="en-GB",
        frm="Priya Ramaswamy <priya.r@fernleafventures.example>",
        subject="Re: Coffee in December?",
        parent=True,
        text="""Hi Sam,

So sorry, I'm going to have to decline for December - I'm travelling for most of it and the rest is wall-to-wall with portfolio reviews. Can we try for mid-January instead?

Priya""",
        notes="meeting request declined"),

    oth("hm-on-leave-still-in-running", "on-hold-still-open", "personal", day="2026-12-01", variant="en-GB",
        frm="Tom Haskell <tom.haskell@pennantsearch.example>", client_html="outlook",
        subject="Marchmont - update",
        text="""Hi Sam,

Quick update on Marchmont. The hiring manager is on leave for the next two weeks, so decisions on the Head of Brand role are on hold until she's back. They've interviewed four people and you're still very much in the running - they said your presentation was the strongest.

Nothing for you to do in the meantime. I'll chase them on the 14th.

Kind regards,

Tom Haskell
Senior Consultant - Marketing & Communications
Pennant Search
T: +44 (0)20 7946 0822""",
        notes="decision on hold, still in the running (same agency as a rejection)"),

    oth("final-stage-presentation-invite", "next-round", "personal", day="2026-11-30", variant="en-IE",
        frm="Ciara Nolan <ciara.nolan@liffeyinsights.example>",
        subject="Final stage - Head of Marketing",
        text="""Hi Sam,

Thanks for meeting the panel on Friday. I'm pleased to say we'd like to invite you to the final stage for the Head of Marketing role.

It's a 30-minute presentation to our CEO and board chair, followed by questions. We didn't move everyone forward, so well done - the brief is attached below:

"Our brand awareness in the UK is half of what it is in Ireland. What would you do in your first 90 days?"

Would Thursday 10 December at 2pm suit?

Ciara""",
        notes="next round; 'didn't move everyone forward'"),

    oth("recruiter-out-of-office", "auto-reply", "personal", day="2026-11-12", variant="en-GB",
        frm="Grace Achebe <g.achebe@pellworth.example>", parent=True,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        subject="Automatic reply: Thank you - Group Communications Manager interview",
        text="""Thank you for your email. I am out of the office until Monday 16 November with limited access to email.

For urgent recruitment queries please contact recruitment@pellworth.example.

Kind regards,
Grace Achebe
HR Business Partner | Pellworth Group""",
        notes="auto-reply from a recruiter who also rejected Sam"),

    oth("meetup-talk-not-this-time", "non-job-rejection", "personal", variant="en-GB",
        frm="Marek Dvořák <marek@audiencemeetup.example>",
        subject="Your talk for Audience London #42",
        text="""Hey Sam,

Thanks so much for offering a talk for January's Audience London. Sadly we can't fit it in this time - we'd already confirmed three speakers before your email arrived. Would you like to do the March one instead? And of course, you're very welcome in the audience in January.

Marek""",
        notes="meetup talk declined, offered another slot"),

    oth("mentor-sorry-about-kestrel", "friend-mention", "personal", day="2026-11-04", variant="en-GB",
        frm="Helen Ward <helen.ward@mailbox.example>",
        subject="Re: job hunt",
        parent=True,
        text="""Sam,

Sorry to hear Kestrel said no - their loss. Honestly, the growth roles at analytics companies have been a strange market this year.

What I'd do next: go back to the Halyard contact, ask for a proper debrief, and then push harder on the membership roles - that's where your story is strongest.

Lunch next week? My treat.

H""",
        notes="former manager mentions Sam's rejection second-hand"),

    oth("interview-cancelled-rebook", "reschedule", "personal", day="2026-12-04", variant="en-GB",
        frm="Owen Price <owen.price@cairnfield.example>",
        subject="Cancelled: Tuesday interview - Content Director",
        text="""Hi Sam,

I'm really sorry, but we need to cancel Tuesday's interview for the Content Director role - our panel chair has come down with flu. The role is still very much open and we'd like to rebook you as soon as possible.

Could you do either Thursday 10th or Monday 14th, same time?

Apologies again,
Owen""",
        notes="interview cancelled, role open"),

    oth("role-rescoped-application-moved", "requisition-transfer", "personal", variant="en-US",
        frm="Maya Goldberg <maya.goldberg@quarrylane.example>",
        subject="Heads up about an automated email",
        text="""Hi Sam,

Quick heads up: the team decided to re-scope the Senior Content Manager position as a Content Lead (slightly more senior, slightly higher band). I've moved your application across to the new posting, so you don't need to do anything.

You'll probably get an automated email from our system saying the old posting is closed and your application "will not be considered further" - please ignore it, that's just the system tidying up.

We're still planning to set up your second interview next week.

Maya
Recruiting, Quarry Lane""",
        notes="application moved to a re-scoped role; warns about an automated 'closed' email"),

    oth("offer-negotiation-reply", "offer", "personal", day="2026-11-27", variant="en-GB",
        frm="James Whitaker <james.whitaker@brookstonehouse.example>", parent=True,
        subject="Re: Offer - Head of Audience",
        text="""Hi Sam,

Thanks for coming back so quickly. I'm afraid we can't move on the base salary - it's at the top of the band - but we can do a £5,000 sign-on bonus and an extra five days' holiday. Hope that works for you; the offer stands either way.

James""",
        notes="offer negotiation; 'I'm afraid we can't'"),

    oth("hr-colleague-regret-letters", "owner-hiring", "personal", day="2026-12-02", variant="en-GB",
        frm="Laura Bennett <laura.bennett@example.org>",
        subject="Regret letters - Audience Editor",
        text="""Hi Sam,

Could you send me the list of unsuccessful candidates for the Audience Editor role by Friday? I'll send the regret letters from the HR mailbox using the usual template ("Thank you for your application ... on this occasion you have not been successful").

Also, the offer to Chidi is approved - I'll send it tomorrow.

Thanks,
Laura
People Team, Calder Street Media""",
        notes="HR colleague asks Sam for the rejection list"),

    oth("agency-forwards-client-positive-feedback", "forwarded", "personal", day="2026-12-03", variant="en-GB",
        frm="Fiona O'Sullivan <f.osullivan@hydrogenrecruit.example>",
        subject="Fwd: Sam Taylor - feedback",
        text="""Great news Sam - see below! Give me a call when you can.

Fiona

---------- Forwarded message ---------
From: Paul Grieve <paul.grieve@tarnwater.example>
Date: Thu, 3 Dec 2026 at 11:20
Subject: Sam Taylor - feedback
To: Fiona O'Sullivan <f.osullivan@hydrogenrecruit.example>

Fiona,

We met Sam yesterday - really impressive. We weren't sure about the lack of utilities experience going in, but that's no longer a concern. We'd like Sam back for a second interview with our MD. Can you check availability for next week?

Paul""",
        notes="forwarded positive client feedback (same agency as a rejection)"),

    oth("answer-not-decided-yet", "answer-to-owner-question", "personal", day="2026-12-01", variant="en-GB",
        frm="Kate Morland <kate.morland@lindenpress.example>", parent=True,
        subject="Re: References",
        text="""Hi Sam,

Yes, got them, thank you - and no, we haven't made a final decision yet. We're speaking to your referees this week and will let you know either way by Friday.

Kate

On 30 Nov 2026, at 08:55, Sam Taylor <sam.taylor@example.org> wrote:

> If you've decided to go with another candidate, I'd be grateful to know either way.""",
        notes="answer to Sam's question: still deciding"),

    oth("take-home-brief", "assessment-invite", "personal", variant="en-US",
        frm="Jordan Blake <jordan.blake@pivotline.example>",
        subject="Take-home exercise - Head of Growth",
        attach=[("Pivotline_take_home_brief.txt", "text/plain",
                 "Pivotline - Head of Growth take-home\n\n1. Audit our onboarding funnel (data attached).\n2. Propose three experiments.\n3. 6 slides max.\n")],
        text="""Hi Sam,

As promised, here's the take-home exercise for the Head of Growth role (brief attached). Please don't spend more than 3-4 hours on it.

Candidates who don't submit by the deadline unfortunately can't move on to the panel, so if next Monday is tight, let me know and we can find another date.

Looking forward to seeing what you come up with!

Jordan""",
        notes="take-home brief with conditional 'can't move on'"),

    oth("former-manager-reference-heads-up", "friend-mention", "personal", day="2026-12-02", variant="en-GB",
        frm="Richard Okoye <richard.okoye@mailbox.example>",
        subject="Had a call from Linden Press",
        text="""Hi Sam,

Just a heads up - Kate from Linden Press rang me this morning for a reference. I gave you a glowing one, obviously. She asked how you handle pushback from editors, which I thought was a good sign.

Fingers crossed!

Richard""",
        notes="referee reports a reference call"),

    oth("estate-agent-offer-not-accepted", "non-job-rejection", "personal", variant="en-GB",
        frm="Lucy Harper <lucy.harper@bramwells.example>", client_html="outlook",
        subject="22 Hawthorn Close - your offer",
        text="""Dear Sam,

Thank you for your offer of £465,000 on 22 Hawthorn Close. I have put it to the vendors, who have decided not to accept it at this stage; they have received an offer closer to the asking price.

If you'd like to revise your offer, please let me know by Wednesday.

Kind regards,
Lucy Harper
Sales Negotiator, Bramwells Estate Agents""",
        notes="house offer not accepted"),

    oth("agency-cv-sent-to-client", "status-update", "personal", day="2026-11-09", variant="en-GB",
        frm="Nikki Raine <nikki.raine@bluegumtalent.example>",
        subject="Re: Tallowood - CV sent",
        parent=True,
        text="""Great chatting today Sam - I've sent your CV over to Tallowood for the Head of Marketing role. They're interviewing the week after next, so I'd hope to hear back by Friday. I'll let you know either way.

Nikki""",
        notes="agency status: CV sent to client (same agency as a rejection)"),
]
