"""Personal rejections (30): recruiters, hiring managers, agencies."""


def P(slug, cat, frm, subject, text, exp, notes="", **kw):
    d = dict(slug=slug, label="rejection", cat=cat, style="personal", frm=frm, subject=subject,
             text=text, exp=exp, notes=notes)
    d.update(kw)
    return d


MESSAGES = [
P("amara-after-final-long", "personal-after-interview", "Amara Osei <amara.osei@wrenfield.example>",
  "Head of Brand – final round",
  """Hi Sam,

I hope you had a good weekend. I wanted to call but kept missing you, so I'm putting this in writing and I'm very happy to talk it through by phone whenever suits.

First, thank you. You gave up a lot of time for us: the initial chat, the brand audit exercise and the panel on Thursday. The panel were genuinely impressed with the audit - Raj said it was the most practical one we'd seen, and your point about our tone of voice on social has already been quoted in two meetings.

It was an extremely close call between you and one other candidate, and in the end we have offered the Head of Brand role to them. The deciding factor was direct experience managing an agency roster at scale, which is a big part of year one here.

I know that's disappointing after such a long process. I'd love to stay in touch - we are planning a Senior Brand Manager hire in Q2 and I'd like to think of you for it if you're interested.

Warm wishes,
Amara

Amara Osei
Talent Acquisition Lead | Wrenfield
+44 7700 900412""",
  ("amara.osei@wrenfield.example", "Amara", "Wrenfield", "Head of Brand"), "long; verdict in the middle; praise both sides"),

P("tom-terse-phone", "terse", "Tom Becker <tom@pinecrest-digital.example>",
  "Re: Content Lead chat",
  """Hi Sam - we've gone with someone else for the content lead role, sorry. Thanks for coming in.

Tom
Pinecrest Digital
Sent from my iPhone""",
  ("tom@pinecrest-digital.example", "Tom", "Pinecrest Digital", "content lead"), "very short; phone signature",
  parent=True, parent_domain="example.org"),

P("agency-hollis-client-said-no", "agency-recruiter", "Gemma Hollis <gemma.hollis@hollisandpeck.example>",
  "Feedback from Northwind Foods",
  """Hi Sam,

Hope you're well. I've had feedback from Northwind Foods this morning following your interview with Claire and the team.

Sadly they won't be taking things further. They liked you a lot personally, but they felt your experience leans more towards editorial and they need someone with hands-on performance marketing for the Content & Campaigns Manager role.

I know that's frustrating - I genuinely thought you were a strong match. I've got a couple of other briefs coming in next week that I think suit you better, so let's catch up on Monday?

Best,
Gemma

Gemma Hollis
Senior Consultant, Marketing & Digital
Hollis & Peck Recruitment
t: 0161 496 0321  m: 07700 900876""",
  ("gemma.hollis@hollisandpeck.example", "Gemma", "Northwind Foods", "Content & Campaigns Manager"), "agency relays client's no; pitches more briefs after"),

P("reply-above-quote-chaser", "personal-after-interview", "Diego Marín <diego.marin@lumenpath.example>",
  "RE: Following up – Communications Manager",
  """Hi Sam,

Apologies for the slow reply. We've decided to move forward with other applicants for the Communications Manager role. Thank you for your patience and for your interest in Lumenpath.

Best regards,
Diego

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, 12 October 2026 09:14
To: Diego Marín <diego.marin@lumenpath.example>
Subject: Following up – Communications Manager

Hi Diego,

I hope you're well. I interviewed for the Communications Manager role on 28 September and wanted to check whether there is any update on timing. I'm still very interested in the role and in Lumenpath.

Best wishes,
Sam""",
  ("diego.marin@lumenpath.example", "Diego", "Lumenpath", "Communications Manager"), "outlook quote; reply above Sam's chaser", parent=True),

P("hm-casual-typos", "personal-after-interview", "Rosie Kwan <rosie@tinwhistle.example>",
  "hey",
  """hey Sam,

thanks soo much for chatting yesterday, really enjoyed it. i'll be honest with you, we've decided to hire someone who's already worked in the podcast space, so we wont be taking it further for the producer role. gutted as i really liked your ideas for the newsletter

if you ever want to freelance for us let me know!! we pay ok

rosie
tinwhistle audio""",
  ("rosie@tinwhistle.example", "Rosie", "Tinwhistle Audio", "producer"), "casual; typos; lowercase; freelance offer after verdict", wrap=False),

P("founder-regret-after-trial", "after-assessment", "Kofi Mensah <kofi@harborlight.example>",
  "Your trial task – thank you",
  """Sam,

Thank you for the trial task on our onboarding emails. Honestly good work, and your subject lines tested better than ours.

We spent a long time on this. I'm afraid we've concluded you're not the right fit for the Lifecycle Marketing Lead role at this stage of Harborlight. We need someone who'll own the ESP setup and data side on day one, and that's not where your experience is.

Please send your invoice for the trial (we said £300) to accounts@harborlight.example and it'll be paid this month.

Kofi Mensah
Co-founder, Harborlight""",
  ("kofi@harborlight.example", "Kofi", "Harborlight", "Lifecycle Marketing Lead"), "after paid trial; invoice instructions after verdict"),

P("forwarded-by-recruiter-internal-note", "personal-after-interview", "Helen Barr <helen.barr@oakcourt.example>",
  "Fw: Sam Taylor – panel outcome",
  """Hi Sam,

Rather than paraphrase, I'm forwarding the note from the panel chair (with her permission). I'm really sorry it isn't better news - do call me if you'd like to talk.

Helen

---------- Forwarded message ---------
From: Ines Carvalho <ines.carvalho@oakcourt.example>
Date: Wed, 21 Oct 2026 at 16:02
Subject: Sam Taylor – panel outcome
To: Helen Barr <helen.barr@oakcourt.example>

Helen, please pass on our thanks to Sam. The panel agreed Sam was a strong communicator, but on balance we will not be offering Sam the Stakeholder Engagement Manager post. The successful candidate had deeper public-sector experience. We'd be happy to give feedback by phone.

Ines""",
  ("helen.barr@oakcourt.example", "Helen", "Oakcourt", "Stakeholder Engagement Manager"), "forward of internal note; verdict only in forwarded part; third person"),

P("mixed-fr-en-signature", "personal-after-interview", "Camille Laurent <camille.laurent@boreale-studio.example>",
  "Suite à notre échange / Following our call",
  """Bonjour Sam,

(English below)

Merci encore pour votre temps. Après réflexion, nous avons retenu un autre profil pour le poste.

---

Hi Sam,

Thanks again for your time last week. After some thought, we have chosen another candidate for the English Content Manager position. I enjoyed our conversation and I hope we cross paths again.

Bien à vous,
Camille Laurent
Responsable éditoriale, Boréale Studio
+33 6 12 34 56 78""",
  ("camille.laurent@boreale-studio.example", "Camille", "Boréale Studio", "English Content Manager"), "mixed fr/en; French first"),

P("thread-three-deep-sorry", "personal-after-interview", "Nadia Haddad <nadia.haddad@copperline.example>",
  "Re: Re: Interview – Senior Copywriter",
  """Hi Sam,

Just closing the loop - we've offered the role to another candidate and they've accepted, so we won't be progressing your application. Thank you for being so flexible with the rescheduling.

Nadia

On Tue, 6 Oct 2026 at 10:22, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Nadia, Thursday at 2pm works perfectly. See you then.
> Sam
>
> On Mon, 5 Oct 2026 at 17:40, Nadia Haddad <nadia.haddad@copperline.example> wrote:
>> Hi Sam, great news - the team would love to meet you for a second
>> interview for the Senior Copywriter role. Could you do Thursday?
>> Nadia""",
  ("nadia.haddad@copperline.example", "Nadia", "Copperline", "Senior Copywriter"), "gmail quote; 'great news' in quote; verdict on top", parent=True, depth=3, parent_domain="example.org", wrap=False),

P("very-short-unfortunately", "terse", "Jonas Weber <j.weber@feldmark.example>",
  "Application",
  """Dear Sam,
unfortunately we chose another candidate for the Content Strategist position.
Regards, Jonas Weber
Feldmark Consulting""",
  ("j.weber@feldmark.example", "Jonas", "Feldmark Consulting", "Content Strategist"), "terse; non-native"),

P("no-longer-proceeding-hiring-freeze", "role-cancelled", "Priyanka Shah <priyanka.shah@alderbank.example>",
  "Senior Content Manager – update",
  """Hi Sam,

I'm sorry to be the bearer of this news. Alderbank has announced a hiring freeze across all non-revenue functions effective today, and the Senior Content Manager vacancy is one of the roles affected. That means we have to stop the process, even though you were one of our two finalists.

I really am sorry. If the freeze lifts in the new year I will get in touch with you first.

Kind regards,
Priyanka Shah
Senior Recruiter, Alderbank
+44 20 7946 0123""",
  ("priyanka.shah@alderbank.example", "Priyanka", "Alderbank", "Senior Content Manager"), "hiring freeze; finalist; stop the process"),

P("agency-client-on-hold", "role-cancelled", "Ben Aldous <ben@aldous-search.example>",
  "Marketing Director - Glenvale",
  """Morning Sam,

Quick one. Glenvale have told me they're putting the Marketing Director search on ice until after their restructure in the spring, so unfortunately that process is off for now. Nothing to do with you - they'd started referencing already on someone else before pausing everything too, so I'd not count on it coming back.

Speak soon,
Ben

Ben Aldous | Director | Aldous Search
07700 900222""",
  ("ben@aldous-search.example", "Ben", "Glenvale", "Marketing Director"), "agency; search on ice; process off"),

P("hm-bulleted-feedback", "personal-after-interview", "Olivia Brandt <olivia.brandt@trellis.example>",
  "Feedback – Content Operations Lead",
  """Hi Sam,

As promised, here's feedback from the panel:

- Strong: editorial judgement, clear writing, calm under pressure in the live exercise
- Less strong: examples of building workflows in tools like Airtable/Notion at team scale
- Overall: the panel felt another candidate was further along on the operations side

So we won't be moving you forward for the Content Operations Lead role. I know detailed feedback is rare, so I hope this helps.

Olivia
Head of Content, Trellis""",
  ("olivia.brandt@trellis.example", "Olivia", "Trellis", "Content Operations Lead"), "bulleted feedback; verdict after bullets"),

P("gone-another-way-au", "personal-after-interview", "Jack Ferris <jack.ferris@coastwise.example>",
  "G'day Sam",
  """G'day Sam,

Thanks heaps for the chat on Friday. We've gone another way for the Social Lead gig - someone local who can be in the Bondi office most days. Appreciate you making time across the timezones.

Cheers,
Jack
Coastwise Surf Co.""",
  ("jack.ferris@coastwise.example", "Jack", "Coastwise Surf Co.", "Social Lead"), "en-AU; casual; gone another way", tz=660),

P("internal-promotion-hm", "internal-candidate", "Grace Mulligan <grace.mulligan@stonebridge.example>",
  "Editor-at-large",
  """Dear Sam,

I wanted to write personally. We have decided to promote from within for the Editor-at-Large position: one of our section editors has been covering the role for six months and has earned it.

I know you put a great deal into your application, and I'm grateful. I hope our paths cross again.

With best wishes,
Grace Mulligan
Editor-in-Chief, The Stonebridge Review""",
  ("grace.mulligan@stonebridge.example", "Grace", "The Stonebridge Review", "Editor-at-Large"), "promote from within; no explicit 'not'"),

P("voicemail-followup-short", "terse", "Eleanor Pike <eleanor.pike@fablehouse.example>",
  "Sorry I missed you",
  """Hi Sam, tried to call. Just to let you know it's a no from us on the brand manager role this time - really close though. Happy to chat if you want feedback. Eleanor (Fablehouse)""",
  ("eleanor.pike@fablehouse.example", "Eleanor", "Fablehouse", "brand manager"), "terse; 'it's a no from us'"),

P("us-formal-letter-attachment", "personal-after-interview", "Michelle Grant <mgrant@redwoodcivic.example>",
  "Redwood Civic Foundation – Communications Director search",
  """Dear Sam,

On behalf of the search committee, thank you for your candidacy for the position of Communications Director at Redwood Civic Foundation. Please find attached a letter regarding the outcome of the search.

Sincerely,
Michelle Grant
Chief of Staff
(415) 555-0142""",
  ("mgrant@redwoodcivic.example", "Michelle", "Redwood Civic Foundation", "Communications Director"), "en-US; verdict in attachment text",
  tz=-480, attach=[("Taylor_outcome_letter.txt", "text/plain",
  "Dear Sam Taylor,\n\nThe search committee has completed its review and has selected another finalist for the position of Communications Director. We are grateful for the time you devoted to the process and we wish you well.\n\nSincerely,\nMichelle Grant, on behalf of the search committee\n")]),

P("long-intro-then-role-gone", "role-cancelled", "Samir Qureshi <samir.qureshi@lattice-labs.example>",
  "Catching up + the content role",
  """Hi Sam,

Hope the Calder Street launch went well - I saw the campaign on the Tube last week and it looked great.

Some news from our side: we closed our Series B last month, which is brilliant, but the board has asked us to reshape the marketing team around product-led growth. As part of that, the Content Marketing Lead role we discussed no longer exists in its current form; the responsibilities are being split between two existing teams.

So I'm afraid we won't be able to continue with your application. I'm sorry - I know we'd been talking since August.

Let's still grab that coffee, my treat.

Samir
VP Marketing, Lattice Labs""",
  ("samir.qureshi@lattice-labs.example", "Samir", "Lattice Labs", "Content Marketing Lead"), "role eliminated after chit-chat; verdict in the middle"),

P("outlook-mobile-reply-not-shortlisted", "personal-after-interview", "Fiona Doherty <fiona.doherty@greenisle.example>",
  "RE: Application – Digital Editor",
  """Hi Sam, sorry for the delay. We've completed the shortlisting and unfortunately you weren't shortlisted for the Digital Editor post this time. Wishing you well with the search.
Fiona

Get Outlook for Android
________________________________
From: Sam Taylor <sam.taylor@example.org>
Sent: Thursday, October 1, 2026 8:03:11 PM
To: Fiona Doherty <fiona.doherty@greenisle.example>
Subject: Application – Digital Editor

Hi Fiona, please find my application for the Digital Editor post at Green Isle Tourism attached. Kind regards, Sam Taylor""",
  ("fiona.doherty@greenisle.example", "Fiona", "Green Isle Tourism", "Digital Editor"), "en-IE; outlook mobile quote", parent=True, wrap=False),

P("agency-profile-doesnt-fit-india", "agency-recruiter", "Ritu Malhotra <ritu.m@talentbridge-hr.example>",
  "Profile status - Brand Manager - Zephyr Consumer",
  """Dear Sam,

Greetings from TalentBridge HR!

This is with reference to your profile shared for the Brand Manager position with our client Zephyr Consumer. Client has reviewed and the profile is not shortlisted as they are looking for candidate with FMCG experience only.

We will keep your CV in our database and revert for suitable openings.

Thanks & Regards,
Ritu Malhotra
Sr. Recruiter | TalentBridge HR
+91 98765 43210""",
  ("ritu.m@talentbridge-hr.example", "Ritu", "Zephyr Consumer", "Brand Manager"), "en-IN; agency; not shortlisted; keep CV", tz=330),

P("hm-apology-ghosting", "personal-after-interview", "Chris Ng <chris.ng@paperplane.example>",
  "Apologies – and an answer",
  """Hi Sam,

I owe you an apology - you interviewed with us five weeks ago and nobody got back to you, which isn't how we want to treat people. That's on me.

The answer, which you deserved weeks ago: we filled the Managing Editor position in early October with a candidate who had run a newsroom before.

Thank you for your grace in following up twice. If you want honest feedback I'm happy to give it.

Chris Ng
Publisher, Paperplane Magazine""",
  ("chris.ng@paperplane.example", "Chris", "Paperplane Magazine", "Managing Editor"), "apology for ghosting; filled"),

P("keep-in-touch-shortlist-future", "keep-on-file", "Laura Stein <laura.stein@meridianarts.example>",
  "Thank you, Sam",
  """Dear Sam,

Thank you for interviewing for the Audience Development Manager role at Meridian Arts Trust. We've appointed another candidate, but you were a very close second, and with your permission I'd like to keep your details on file - we expect to recruit a Digital Marketing Manager in the spring.

Just reply to let me know if that's OK.

With thanks,
Laura Stein
Head of HR, Meridian Arts Trust
020 7946 0987""",
  ("laura.stein@meridianarts.example", "Laura", "Meridian Arts Trust", "Audience Development Manager"), "close second; keep on file request"),

P("wont-be-proceeding-apple-mail", "personal-after-interview", "Hannah Lowe <hannah.lowe@crowsnest.example>",
  "Re: Thank you",
  """Hi Sam,

Thank you for your lovely note. I'm afraid I have to let you know that we won't be proceeding with your application for the Events & Content Producer role. It was a very strong shortlist.

All the best,
Hannah

> On 9 Oct 2026, at 18:45, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Hannah,
>
> Thank you so much for meeting me today. I really enjoyed hearing about the festival programme at Crow's Nest and I'm even more excited about the Events & Content Producer role now.
>
> Best,
> Sam""",
  ("hannah.lowe@crowsnest.example", "Hannah", "Crow's Nest", "Events & Content Producer"), "apple mail quote; reply to thank-you note", parent=True),

P("nz-client-withdrawn-offer-stage", "role-cancelled", "Aroha Williams <aroha@kiwirecruit.example>",
  "Tāne Digital – Content Manager",
  """Kia ora Sam,

I'm really sorry to tell you that Tāne Digital have withdrawn the Content Manager role altogether. They lost a major contract last week and have stopped all recruitment. I know we were about to talk offer, which makes this even harder.

I'll keep you front of mind for anything else in Wellington.

Ngā mihi,
Aroha Williams
Kiwi Recruit | 021 555 0199""",
  ("aroha@kiwirecruit.example", "Aroha", "Tāne Digital", "Content Manager"), "en-NZ; agency; role withdrawn; macron names", tz=780),

P("ceo-note-after-case-study", "after-assessment", "Marcus Hill <marcus@brightwater-co.example>",
  "Case study",
  """Sam - thanks for the case study presentation. The team and I talked it over and we're going to pass for the Head of Marketing job. The strategy was sound but we needed to see more on budget and channel mix. Appreciate the effort, really.

Marcus
CEO, Brightwater & Co""",
  ("marcus@brightwater-co.example", "Marcus", "Brightwater & Co", "Head of Marketing"), "CEO; 'going to pass'; after case study"),

P("hr-generic-personal-sender", "personal-after-interview", "HR Team <hr@castlegate-inns.example>",
  "Your interview for Marketing Executive",
  """Dear Sam,

Thank you for attending interview for the post of Marketing Executive at Castlegate Inns.

We regret to inform you that on this occasion your application has been unsuccessful.

We wish you every success in the future.

Yours sincerely,
HR Team
Castlegate Inns""",
  ("hr@castlegate-inns.example", "", "Castlegate Inns", "Marketing Executive"), "team sender address; old-fashioned template"),

P("za-recruiter-role-filled", "agency-recruiter", "Thandi Nkosi <thandi@capeview-talent.example>",
  "Update: Head of Content, Umoya Bank",
  """Hi Sam

Hope you're keeping well. Umoya Bank let me know yesterday that the Head of Content position has been filled by a candidate from their existing network, so the process has closed.

Thank you for your patience with all the back and forth. I'll be in touch as soon as I have something suitable.

Regards
Thandi Nkosi
CapeView Talent | +27 21 555 0143""",
  ("thandi@capeview-talent.example", "Thandi", "Umoya Bank", "Head of Content"), "en-ZA; agency; filled", tz=120),

P("reply-to-different-from-sender", "personal-after-interview", "Recruiting at Halcyon <recruiting@halcyon-ai.example>",
  "Halcyon – Developer Content Lead",
  """Hi Sam,

Thanks for the conversations over the last few weeks. We've made a decision on the Developer Content Lead role and, unfortunately, it wasn't in your favour. The team felt they needed someone with a stronger engineering background for this one.

Please reply to me directly if you'd like more detail.

Jordan Reyes
Recruiting Lead, Halcyon""",
  ("jordan.reyes@halcyon-ai.example", "Jordan", "Halcyon", "Developer Content Lead"), "reply-to header to named recruiter; 'wasn't in your favour'",
  reply_to="Jordan Reyes <jordan.reyes@halcyon-ai.example>", client_html=True),

P("sg-regret-portal-style-personal", "personal-after-interview", "Wei Ling Tan <weiling.tan@merlion-media.example>",
  "Regional Content Manager (APAC)",
  """Dear Sam,

Thank you for your time speaking with our team. Having reviewed all candidates, we regret that we are unable to offer you the position of Regional Content Manager (APAC). We will keep your profile in view for future opportunities.

Best regards,
Wei Ling Tan
Talent Acquisition, Merlion Media
+65 6555 0112""",
  ("weiling.tan@merlion-media.example", "Wei Ling", "Merlion Media", "Regional Content Manager (APAC)"), "en-SG; two-word first name", tz=480),

P("quoted-reply-second-language-de", "personal-after-interview", "Lukas Brenner <lukas.brenner@alpenglas.example>",
  "AW: Interview Head of Communications",
  """Hi Sam,

thank you for your patience. I'm sorry, but we have decided for another candidate for the Head of Communications position. We really appreciated the conversation with you.

Best regards / Beste Grüße
Lukas Brenner
Alpenglas AG | Personalabteilung
Tel. +41 44 555 01 23

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.

Von: Sam Taylor <sam.taylor@example.org>
Gesendet: Freitag, 16. Oktober 2026 11:02
An: Lukas Brenner <lukas.brenner@alpenglas.example>
Betreff: Interview Head of Communications

Dear Lukas, I wanted to ask whether there is any news about the Head of Communications role. Kind regards, Sam""",
  ("lukas.brenner@alpenglas.example", "Lukas", "Alpenglas AG", "Head of Communications"), "non-native English; German quote header and disclaimer", parent=True, wrap=False),
]
