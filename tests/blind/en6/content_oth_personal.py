"""Personal hard negatives (30)."""
OWNER = "Sam Taylor <sam.taylor@example.org>"


def O(slug, cat, frm, subject, text, notes="", **kw):
    d = dict(slug=slug, label="other", cat=cat, style="personal", frm=frm, subject=subject,
             text=text, notes=notes)
    d.update(kw)
    return d


MESSAGES = [
O("reply-to-followup-keep-in-touch", "reply-to-owner-followup", "Amara Osei <amara.osei@wrenfield.example>",
  "Re: Head of Brand – final round",
  """Hi Sam,

No need to apologise at all - and thank you for such a gracious reply. We'd love to keep in touch; I'll reach out about the Senior Brand Manager role as soon as it's signed off.

Amara

On Mon, 2 Nov 2026 at 09:12, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Amara,
> Thank you for letting me know, and sorry for the slow reply. Of course I'm
> disappointed, but I really enjoyed the process. I'd love to be considered
> for the Senior Brand Manager role.
> Sam
>
> On Fri, 30 Oct 2026, Amara Osei <amara.osei@wrenfield.example> wrote:
>> It was an extremely close call between you and one other candidate, and in
>> the end we have offered the Head of Brand role to them.""",
  "reply to Sam's follow-up; rejection only in quote", parent=True, depth=2, wrap=False),

O("answer-gone-another-candidate-invite", "answer-to-owner-question", "Diego Marín <diego.marin@lumenpath.example>",
  "RE: Have you gone with another candidate?",
  """Hi Sam,

Not at all - sorry for the silence! We haven't gone with anyone yet. In fact, we'd like to invite you to a final interview with our CEO next Wednesday. Does 11:00 work?

Diego

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Subject: Have you gone with another candidate?

Hi Diego, I haven't heard back about the Brand Partnerships Manager role, so I assume you've gone with another candidate? No problem if so - just keen to know.
Sam""",
  "answer to Sam's question; final interview", parent=True, wrap=False),

O("owner-sent-rejecting-candidate", "owner-sent", "Sam Taylor <sam.taylor@example.org>",
  "Your application for Junior Producer at Calder Street Media",
  """Dear Riley,

Thank you for applying for the Junior Producer role at Calder Street Media and for the time you gave us at interview.

I'm sorry to tell you that we have decided not to move forward with your application. We had a very strong field and have offered the role to another candidate.

I wish you the very best with your search.

Best wishes,
Sam Taylor
Head of Content, Calder Street Media""",
  "Sam's own sent rejection to a candidate", to="Riley Adams <riley.adams@mailbox.example>"),

O("colleague-candidates-discussion", "owner-hiring", "Nia Parry <nia.parry@example.org>",
  "Re: Junior Producer shortlist",
  """Sam,

Agree with you on all three. Riley was lovely but not ready, and I think we say no to Jesse too - the portfolio was thin. Let's reject them both today so they're not left waiting, and move Ayesha to the final round.

Can you send the regret emails or shall I ask Alex?

Nia""",
  "colleagues at example.org discussing rejecting candidates"),

O("recruiter-pitch-new-roles", "recruiter-outreach", "Gemma Hollis <gemma.hollis@hollisandpeck.example>",
  "Two new briefs – thought of you",
  """Hi Sam,

Hope you're well! I know the Northwind one didn't go your way last month, but I've just taken on two briefs that I think are a much better fit:

- Head of Editorial, a B2B publisher in Leeds (hybrid, £70-75k)
- Content Director, a fintech scale-up in London (remote-first)

Free for a 15-minute call on Thursday?

Gemma""",
  "agency pitch; mentions earlier rejection in passing"),

O("interview-invite-casual", "interview-invite", "Rosie Kwan <rosie@tinwhistle.example>",
  "coffee?",
  """hey Sam,

loved your application for the newsletter editor job. no pressure but are you free for a coffee next week? nothing formal, just want to meet you. unfortunately our office is a building site right now so maybe the cafe downstairs

rosie""",
  "casual invite; 'unfortunately' about office", wrap=False),

O("offer-verbal-after-earlier-no", "offer", "Priyanka Shah <priyanka.shah@alderbank.example>",
  "Good news!",
  """Hi Sam,

You'll remember we had to stop the Senior Content Manager process in October because of the freeze. Well, it's lifted, and I'm thrilled to say the hiring manager wants to offer you the role without another round. I'll send the formal offer tomorrow - can we speak today to talk through the package?

Priyanka""",
  "offer; refers to earlier stopped process"),

O("forward-friend-rejection", "forwarded", "Jess Taylor <jess.t@mailbox.example>",
  "Fwd: Your application",
  """ugh. thoughts? do I reply or just let it go

---------- Forwarded message ---------
From: Copperline Talent <talent@copperline.example>
Date: Thu, 29 Oct 2026
Subject: Your application
To: Jess Taylor <jess.t@mailbox.example>

Dear Jess, thank you for applying for the Account Executive role. Unfortunately we will not be progressing your application at this time.""",
  "sibling forwards her own rejection to Sam", wrap=False),

O("reference-request-personal", "reference-request", "Simon Clarke <simon.clarke@tidewater.example>",
  "Reference for Jamie Collins",
  """Hi Sam,

Jamie Collins, who I believe reported to you at Calder Street, is in the final two for our Features Editor role. Would you have 10 minutes for a reference call this week? If you'd rather not give a reference, no problem at all.

Thanks,
Simon Clarke
Deputy Editor, Tidewater Press""",
  "reference request; Sam as referee"),

O("still-deciding-update", "status-update", "Olivia Brandt <olivia.brandt@trellis.example>",
  "Quick update",
  """Hi Sam,

Just a quick note so you're not left hanging: we haven't made a decision on the Content Operations Lead role yet. One of the panel has been off sick, so we're a week behind. You're very much still in the running and I'll be in touch by Friday.

Olivia""",
  "still in the running"),

O("next-round-after-concerns", "interview-invite", "Nadia Haddad <nadia.haddad@copperline.example>",
  "Second interview",
  """Hi Sam,

Thanks for Tuesday. I'll be honest: one of the panel wasn't sure about your agency experience, and we almost didn't progress you. But the rest of us were keen and we'd like you back for a second interview with the Creative Director to explore that. Could you do Monday at 3pm?

Nadia""",
  "next round despite doubts"),

O("owner-follow-up-sent", "owner-sent", "Sam Taylor <sam.taylor@example.org>",
  "Re: Head of Marketing",
  """Hi Marcus,

Thank you for letting me know, and for taking the time to look at the case study so closely. I understand the decision. If anything changes, or a role opens up that fits my background better, I'd be glad to hear from you.

Best wishes,
Sam

On Wed, 4 Nov 2026, Marcus Hill <marcus@brightwater-co.example> wrote:
> Sam - thanks for the case study presentation. The team and I talked it over
> and we're going to pass for the Head of Marketing job.""",
  "Sam's reply to a rejection; rejection in quote", to="Marcus Hill <marcus@brightwater-co.example>", parent=True, parent_domain="brightwater-co.example", wrap=False),

O("owner-declines-offer", "owner-sent", "Sam Taylor <sam.taylor@example.org>",
  "Offer – Senior Learning Content Manager",
  """Dear Dominic,

Thank you so much for the offer. After a lot of thought I've decided not to accept it: I've accepted another role that is closer to home. I'm sorry to turn it down - I really enjoyed meeting the team.

Kind regards,
Sam""",
  "Sam declines an offer", to="Dominic Hale <dominic.hale@parallaxlearning.example>"),

O("recruiter-reply-to-decline", "owner-declines", "Dominic Hale <dominic.hale@parallaxlearning.example>",
  "Re: Offer – Senior Learning Content Manager",
  """Hi Sam,

That's a shame, but completely understood - congratulations on the new role! We'll close your candidacy on our side. Door's always open.

Dominic""",
  "recruiter acknowledges Sam's decline", parent=True),

O("book-proposal-declined", "non-job-rejection", "Fenella Hart <fenella@hartliterary.example>",
  "Your submission: The Quiet Newsroom",
  """Dear Sam,

Many thanks for sending me the opening chapters of The Quiet Newsroom. I enjoyed the voice, but I'm afraid I didn't feel passionate enough about the project to take it on, and in this market an agent needs to be completely sure.

Opinions vary widely in this business, and I wish you luck in finding the right home for it.

Fenella Hart
Hart Literary Agency""",
  "literary agent declines manuscript"),

O("mentee-asks-advice", "personal", "Ayo Bello <ayo.bello@mailbox.example>",
  "got rejected again :(",
  """Hi Sam,

Sorry to bother you. I got another "we have decided to move forward with other candidates" email today, that's the fourth one this month. Could we do our mentoring call a bit earlier? I want to go through my CV with you.

Ayo""",
  "mentee's rejection; not Sam's"),

O("former-manager-checkin", "personal", "Ruth Ellison <ruth.ellison@mailbox.example>",
  "How's the search going?",
  """Sam!

Heard through the grapevine you're looking. Don't be discouraged by the no's - when I left Calder I had eleven of them before the right one came. If you want an intro to the people at Stonebridge, just say.

Ruth x""",
  "former manager; mentions no's generally"),

O("ooo-recruiter", "auto-reply", "Marta Olsen <marta.olsen@bramblekitchen.example>",
  "Automatic reply: Bramble Kitchen Co. – Head of Community",
  """Thanks for your email. I'm out of the office until Monday 16 November with limited access to email. For urgent recruitment queries please contact jobs@bramblekitchen.example.

Marta""",
  "out-of-office with rejection's subject", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

O("reschedule-cancelled-slot", "reschedule", "Helen Barr <helen.barr@oakcourt.example>",
  "Cancelled: Interview – Policy Communications Lead",
  """Hi Sam,

Apologies - I've had to cancel tomorrow's interview slot because the panel chair has Covid. Your application isn't affected in any way; I'll send new times as soon as I have them.

Helen""",
  "interview cancelled, role open"),

O("recruiter-cold-outreach-filled-mention", "recruiter-outreach", "Ben Aldous <ben@aldous-search.example>",
  "Fresh mandate",
  """Morning Sam,

The Glenvale search never came back, sadly, but I've got a new mandate that might be even better: Chief Marketing Officer at a B-Corp drinks brand. Fancy a chat?

Ben""",
  "agency outreach; recalls cancelled search"),

O("forward-partner-rejection", "forwarded", "Alex Taylor <alex.taylor@mailbox.example>",
  "Fw: Update on your application",
  """Sam - can you read this and tell me if it's as bad as I think? x

-------- Original message --------
From: Meridian Arts Trust <recruitment@meridianarts.example>
To: Alex Taylor <alex.taylor@mailbox.example>
Subject: Update on your application

Dear Alex, we have now completed shortlisting for the Finance Officer role and regret that your application has not been taken forward.""",
  "partner's rejection forwarded; same company as one of Sam's", wrap=False),

O("hm-invites-after-ask", "answer-to-owner-question", "Grace Mulligan <grace.mulligan@stonebridge.example>",
  "Re: Deputy Editor – any news?",
  """Dear Sam,

Thank you for asking, and no, we haven't appointed anyone. We had a longer list than expected. I'd like to invite you to meet me and our publisher on 3 December. Would the morning suit?

Grace

> Dear Grace, I wondered whether the Deputy Editor role has now been filled? Best, Sam""",
  "answer to Sam's 'filled?' question; invite", parent=True, wrap=False),

O("talent-pool-no-verdict-personal", "talent-pool", "Laura Stein <laura.stein@meridianarts.example>",
  "Future roles at Meridian Arts Trust",
  """Dear Sam,

Your name came up in a conversation with our Director of Development. We don't have an opening right now, but we're building a pool of people we'd like to approach first when the Digital Marketing Manager role opens in the spring. Would you be happy for me to keep your CV on file for that?

Laura""",
  "talent pool invitation, no application, no verdict"),

O("volunteer-role-rejection-other", "non-job-rejection", "Chair, Eastside Rowing Club <chair@eastside-rowing.example>",
  "Committee election result",
  """Dear Sam,

Thank you for standing for Social Secretary. I'm sorry to say you were not elected - it was close, 41 votes to 38. We'd still love your help with the spring regatta if you're up for it.

Best,
Pat""",
  "club election; not job"),

O("colleague-we-rejected-agency", "owner-hiring", "Alex Morgan <alex.morgan@example.org>",
  "Fwd: Re: Junior Producer feedback",
  """Sam, FYI - Riley replied to the regret email you sent. Rather nice. Shall we keep them on file for the spring trainee scheme?

Alex

---------- Forwarded message ---------
From: Riley Adams <riley.adams@mailbox.example>
Subject: Re: Your application for Junior Producer at Calder Street Media

Thanks for letting me know, and for the kind words. I'd love to be considered for future roles.""",
  "colleague forwards rejected candidate's reply", wrap=False),

O("offer-conditional-references", "offer", "Thandi Nkosi <thandi@capeview-talent.example>",
  "Offer – Content Director, Fynbos Insurance",
  """Hi Sam

Fantastic news - Fynbos Insurance would like to offer you the Content Director role, subject to references and a credit check. Unfortunately they can't move on the start date (1 February), but everything else in the package is as discussed.

Please let me know if you're happy for me to contact your referees.

Regards
Thandi""",
  "conditional offer with 'unfortunately'"),

O("very-short-call-invite", "interview-invite", "Tom Becker <tom@pinecrest-digital.example>",
  "Re: Head of Content",
  """Sam - free for a quick call tmrw about the head of content thing? Not a no, promise :)

Tom
Sent from my iPhone""",
  "very short; 'not a no'"),

O("assessment-personal-take-home", "assessment-invite", "Kofi Mensah <kofi@harborlight.example>",
  "Next step: small trial task",
  """Sam,

Enjoyed our chat. Next step is a short paid trial: rewrite our three onboarding emails. We pay £300. If it's not a fit after that, I'll tell you straight, no ghosting.

Deadline next Friday. Brief attached.

Kofi""",
  "trial task invitation; conditional no", attach=[("brief.txt", "text/plain", "Onboarding emails: welcome, day 3, day 7. Audience: small shop owners.\n")]),

O("meeting-declined-personal", "non-job-rejection", "Dr Hilary Voss <h.voss@jdp.example>",
  "Re: Coffee next week?",
  """Dear Sam,

Thank you for the kind invitation, but I'm afraid I must decline - I'm at a conference all next week and then marking. Perhaps in the new year?

Best wishes,
Hilary""",
  "declined coffee invitation", parent=True),

O("vendor-bid-rejected-sam-buyer", "owner-hiring", "Nia Parry <nia.parry@example.org>",
  "Agency pitch outcome",
  """Sam,

Quick summary for the board pack: we rejected the Clearwater and Foxglove pitches for the podcast contract and are going with Little Lantern. I've drafted the regret letters - could you sign them off today?

Nia""",
  "Sam's team rejecting agencies; not Sam's application"),
]
