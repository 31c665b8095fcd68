"""Held-out rejections (label=rejection)."""
from _lib import SAM, build, mid, ats_html, text_to_html

MSGS = []


def add(slug, cat, eml, reply_to="", first="", company="", role="", notes=""):
    MSGS.append(dict(slug=slug, label="rejection", category=cat, eml=eml, reply_to=reply_to,
                     contact_first_name=first, company=company, role=role, notes=notes))


# ---------------------------------------------------------------- personal-after-interview
add("halloran-cider-closer-match", "personal-after-interview", build([
    ("From", "Imogen Clarke <imogen.clarke@hallorancider.com>"),
    ("To", SAM),
    ("Subject", "Brand Manager - Halloran Cider"),
    ("Thread-Topic", "Brand Manager - Halloran Cider"),
    ("Thread-Index", "AdsQk3V2w8mFq1bZSZq0r2xkqF7GHg=="),
    ("Date", "Tue, 14 Apr 2026 15:42:10 -0400"),
    ("Message-ID", mid("outlook")),
    ("Content-Language", "en-US"),
], text="""Hello Sam,

I hope your week is going well. I wanted to reach out personally to thank you for the time you spent with Conor, Hui and me over the last few weeks, and for the thoughtful tasting-room activation idea you walked us through on Thursday.

After reviewing all of the finalists together, the hiring manager has chosen to pursue candidates whose experience more closely matches the on-premise and distributor side of the Brand Manager role. This was a close call and not a reflection of the quality of your work.

I would be glad to share a little more context on a quick call if that would be helpful. Thank you again for your interest in Halloran, and I wish you every success in your search.

Kind regards,

Imogen Clarke
Talent Acquisition Partner
Halloran Cider Company
Direct: +1 (503) 555-0147 | hallorancider.com

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""", cte="quoted-printable", html_style="outlook"),
    reply_to="imogen.clarke@hallorancider.com", first="Imogen", company="Halloran Cider", role="Brand Manager",
    notes="outlook; multipart-alt; qp; legal footer; 'chosen to pursue candidates whose experience more closely matches'")

add("pellucid-offered-to-another", "personal-after-interview", build([
    ("From", "Tobias Wren <tobias@pellucid-analytics.com>"),
    ("To", SAM),
    ("Subject", "Re: Thank you - Senior PMM conversation"),
    ("Date", "Thu, 7 May 2026 18:03:55 -0700"),
    ("Message-ID", mid("gmail")),
    ("In-Reply-To", "<1F3E0B7A-6C2D-4E55-9A0B-2B51C4D8E7AA@example.org>"),
    ("References", "<1F3E0B7A-6C2D-4E55-9A0B-2B51C4D8E7AA@example.org>"),
], text="""Hi Sam,

Thanks for the note, and sorry it's taken me a week to come back to you.

I wanted you to hear it from me rather than the system: we have offered the position to another candidate, and she accepted this morning. It came down to her having launched two analytics products into the mid-market, which is exactly where we're headed next year.

I genuinely enjoyed our conversation about pricing pages. If you're open to it, I'd like to stay in touch.

Tobias

--
Tobias Wren
VP Marketing, Pellucid Analytics
m: 415-555-0193

On Thu, Apr 30, 2026 at 9:12 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Tobias,
>
> Thank you for taking the time to speak with me yesterday about the Senior Product Marketing Manager role. I'm really excited about where Pellucid is going and would love to be part of it. Looking forward to hearing about next steps!
>
> Best,
> Sam
""", cte="quoted-printable"),
    reply_to="tobias@pellucid-analytics.com", first="Tobias", company="Pellucid Analytics",
    role="Senior Product Marketing Manager",
    notes="gmail; quoted-thread (quote says 'excited', 'next steps'); 'offered the position to another candidate'; role only in quote")

add("kiln-copper-no-from-us", "personal-after-interview", build([
    ("From", "Rosalind Achebe <rosalind@kilnandcopper.co.uk>"),
    ("To", SAM),
    ("Subject", "Head of Marketing"),
    ("Date", "Fri, 22 May 2026 16:20:31 +0100"),
    ("Message-ID", mid("apple", "kilnandcopper.co.uk")),
    ("X-Mailer", "Apple Mail (2.3774.600.62)"),
], text="""Hi Sam,

Thanks so much for coming in on Tuesday and for putting up with the building works - I'm not sure the drilling did either of us any favours.

I'm afraid it's a no from us this time. We've gone with someone who has run a retail marketing team through a store roll-out before, which is the big piece of work for whoever takes the Head of Marketing job next year. You were a very close second and the founders were genuinely torn.

If it's useful I'm happy to give you some more detailed feedback over the phone - just let me know a time that suits.

All the best,
Rosalind

Rosalind Achebe
People Director
Kiln & Copper Ltd
07700 900 418
Unit 4, Paintworks, Bristol BS4 3EH

Kiln & Copper Ltd is registered in England and Wales, company no. 09876543. Registered office as above.
""", fmt="plain", cte="7bit"),
    reply_to="rosalind@kilnandcopper.co.uk", first="Rosalind", company="Kiln & Copper", role="Head of Marketing",
    notes="en-GB; apple mail; plain 7bit; 'it's a no from us'; company registration footer")

add("brightwater-not-taking-further", "personal-after-interview", build([
    ("From", "Marek Nowak <m.nowak@brightwater-energy.eu>"),
    ("To", SAM),
    ("Cc", "Talent Team <talent@brightwater-energy.eu>"),
    ("Subject", "Your application: Growth Marketing Manager"),
    ("Date", "Mon, 8 Jun 2026 10:11:02 +0200"),
    ("Message-ID", mid("outlook")),
], text="""Dear Sam,

Thank you for taking part in the second interview for the Growth Marketing Manager position and for the presentation on customer acquisition for home batteries.

The panel has now met to discuss all candidates. I'm sorry to let you know that we won't be taking your application further. The main gap we saw was hands-on experience with regulated energy tariffs and the approvals they require for campaigns; the other finalists brought more of this.

Your presentation itself was strong, especially the referral mechanics, and several of us said so.

We wish you all the best with your next step.

Best regards,
Marek Nowak
Head of Growth
Brightwater Energy B.V.
Herengracht 182, 1016 BR Amsterdam
T +31 20 555 0188
""", fmt="plain", cte="quoted-printable"),
    reply_to="m.nowak@brightwater-energy.eu", first="Marek", company="Brightwater Energy", role="Growth Marketing Manager",
    notes="cc team alias; plain qp; 'won't be taking your application further'; B.V. suffix")

add("meridianloop-ashby-relay-replyto", "personal-after-interview", build([
    ("From", "Aiko Tanabe <no-reply@ashbyhq.com>"),
    ("Reply-To", "Aiko Tanabe <aiko.tanabe@meridianloop.com>"),
    ("To", SAM),
    ("Subject", "Following up on your Meridian Loop interviews"),
    ("Date", "Wed, 17 Jun 2026 21:44:19 +0000"),
    ("Message-ID", mid("uuid", "ashbyhq.com")),
], text="""Hi Sam,

Thank you for spending so much time with the Meridian Loop team over the past three weeks, from the recruiter screen all the way through the final panel for the Product Marketing Manager, Payments role.

We've made a decision, and unfortunately we won't be extending an offer. The team felt your positioning work was excellent, but we need someone who has owned launches for card issuing or treasury products, and another finalist had done that twice.

I know how much effort goes into a process like ours, so please don't hesitate to reply here if you'd like more detailed feedback.

Warmly,
Aiko Tanabe
Recruiting Lead, Meridian Loop
""", html=ats_html([
    "Hi Sam,",
    "Thank you for spending so much time with the Meridian Loop team over the past three weeks, from the recruiter screen all the way through the final panel for the Product Marketing Manager, Payments role.",
    "We've made a decision, and unfortunately we won't be extending an offer. The team felt your positioning work was excellent, but we need someone who has owned launches for card issuing or treasury products, and another finalist had done that twice.",
    "I know how much effort goes into a process like ours, so please don't hesitate to reply here if you'd like more detailed feedback.",
    "Warmly,<br>Aiko Tanabe<br>Recruiting Lead, Meridian Loop"], "Meridian Loop", "#111827",
    footer="Sent with Ashby on behalf of Meridian Loop"), cte="quoted-printable"),
    reply_to="aiko.tanabe@meridianloop.com", first="Aiko", company="Meridian Loop",
    role="Product Marketing Manager, Payments",
    notes="reply-to-header differs from no-reply From; sent via ashby relay; 'won't be extending an offer'")

add("stonebridge-regret-formal-latin1", "personal-after-interview", build([
    ("From", "Chloé Marchetti-Byrne <cmarchettibyrne@stonebridgemutual.com>"),
    ("To", "\"Taylor, Sam\" <sam.taylor@example.org>"),
    ("Subject", "Marketing Director, Member Growth – outcome of final interview"),
    ("Date", "Tue, 30 Jun 2026 11:58:40 -0500"),
    ("Message-ID", mid("outlook")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text="""Dear Sam,

On behalf of the selection committee, thank you for attending the final interview for the Marketing Director, Member Growth position at Stonebridge Mutual on 24 June.

We regret to inform you that you have not been selected for this position. The committee interviewed a highly qualified group of finalists, and the decision was a difficult one.

I have included a short summary of the committee's feedback below, in case it is helpful:

  · Strengths: clear, data-led approach to member acquisition; excellent case presentation.
  · Development area: limited experience with credit-union compliance review and member-owned governance.

We appreciate your interest in Stonebridge and your patience throughout our process.

Sincerely,

Chloé Marchetti-Byrne
Director, Talent Acquisition
Stonebridge Mutual Insurance Company
Tel. (612) 555-0120

This message may contain confidential information and is intended only for the individual named. If you are not the named addressee you should not disseminate, distribute or copy this e-mail.
""", charset="windows-1252", cte="quoted-printable", fmt="plain", hdr_charset="windows-1252"),
    reply_to="cmarchettibyrne@stonebridgemutual.com", first="Chloé", company="Stonebridge Mutual",
    role="Marketing Director, Member Growth",
    notes="windows-1252; qp; RFC2047 From name and Subject (cp1252); \"Last, First\" To; 'we regret to inform you'; feedback bullets; disclaimer")

add("tallgrass-html-only-candidacy", "personal-after-interview", build([
    ("From", "Priyanka Desai <priyanka.desai@tallgrassrobotics.com>"),
    ("To", SAM),
    ("Subject", "Tallgrass - Product Marketing Lead"),
    ("Date", "Mon, 13 Jul 2026 08:27:12 -0600"),
    ("Message-ID", mid("gmail")),
], html="""<div dir="ltr"><div style="font-family:arial,sans-serif">Hi Sam,</div><div style="font-family:arial,sans-serif"><br></div><div style="font-family:arial,sans-serif">I really appreciated you making the trip out to the farm site for the demo day. Watching you talk to the growers was a highlight of the whole process for me.</div><div style="font-family:arial,sans-serif"><br></div><div style="font-family:arial,sans-serif">That said, we've decided not to proceed with your candidacy for the Product Marketing Lead position. The deciding factor was ag-tech channel experience; we're leaning heavily on dealer networks next year and the person we hired has built one before.</div><div style="font-family:arial,sans-serif"><br></div><div style="font-family:arial,sans-serif">I'd be happy to connect you with a couple of folks I know in climate tech who are hiring. Just say the word.</div><div style="font-family:arial,sans-serif"><br></div><div style="font-family:arial,sans-serif">Priyanka</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div dir="ltr"><b>Priyanka Desai</b><div>Head of Marketing | Tallgrass Robotics</div><div><a href="https://tallgrassrobotics.com">tallgrassrobotics.com</a> | (720) 555-0165</div></div></div></div>
""", cte="quoted-printable", fmt="html"),
    reply_to="priyanka.desai@tallgrassrobotics.com", first="Priyanka", company="Tallgrass Robotics",
    role="Product Marketing Lead", notes="html-only; gmail; qp; 'decided not to proceed with your candidacy'")

add("oxbow-not-successful-candidate", "personal-after-interview", build([
    ("From", "Desmond Hale <dhale@oxbowhealth.org>"),
    ("To", SAM),
    ("Cc", "Renata Solis <rsolis@oxbowhealth.org>"),
    ("Subject", "RE: Final round - Senior Manager, Lifecycle Marketing"),
    ("Date", "Fri, 24 Jul 2026 17:51:08 -0400"),
    ("Message-ID", mid("outlook")),
    ("In-Reply-To", "<DM6PR04MB6012AC31B1E0F9D2C7A4B0E55F1D9A20@DM6PR04MB6012.namprd04.prod.outlook.com>"),
    ("References", "<DM6PR04MB6012AC31B1E0F9D2C7A4B0E55F1D9A20@DM6PR04MB6012.namprd04.prod.outlook.com>"),
], text="""Sam,

Thanks again for your time on the final round last week. I'm sorry to be writing with disappointing news: you were not the successful candidate this time. The panel felt another finalist was the stronger match for our patient-engagement roadmap, particularly around HIPAA-safe lifecycle messaging.

Renata (cc'd) ran the process and can set up a short feedback call if you'd find that helpful.

Thank you for your interest in Oxbow.

Desmond Hale
Vice President, Marketing & Communications
Oxbow Health
O: 617-555-0134

From: Renata Solis <rsolis@oxbowhealth.org>
Sent: Monday, July 13, 2026 2:10 PM
To: Sam Taylor <sam.taylor@example.org>
Cc: Desmond Hale <dhale@oxbowhealth.org>
Subject: Final round - Senior Manager, Lifecycle Marketing

Hi Sam,

Great news - Desmond and the team would love to have you back for the final round! Please let me know which of the slots below works best. We're looking forward to seeing you.

- Thu 16 July, 10:00-13:00
- Fri 17 July, 13:00-16:00

Best,
Renata
""", cte="quoted-printable", html_style="outlook"),
    reply_to="dhale@oxbowhealth.org", first="Desmond", company="Oxbow Health",
    role="Senior Manager, Lifecycle Marketing",
    notes="outlook-original-message quoting of a final-round invite ('Great news'); cc recruiter; from hiring manager; 'not the successful candidate'")

add("littleotter-filled-base64", "personal-after-interview", build([
    ("From", "Grace Liu <grace@littleottertoys.com>"),
    ("To", SAM),
    ("Subject", "Marketing Manager role 🦦"),
    ("Date", "Wed, 5 Aug 2026 12:16:44 -0700"),
    ("Message-ID", mid("gmail")),
], text="""Hey Sam!

I hope you had a good weekend. I wanted to give you an update since you were so patient with our slow process.

We've filled the Marketing Manager role. It went to someone who was already freelancing with us on the holiday catalog, so in the end it felt like the natural choice, but I want you to know the whole team loved your portfolio and your idea for the unboxing series.

I'm sorry it's not better news. Please keep in touch, and if you're ever in Portland the coffee's on me.

Grace Liu
Co-founder & CEO, Little Otter Toys
""", cte="base64"),
    reply_to="grace@littleottertoys.com", first="Grace", company="Little Otter Toys", role="Marketing Manager",
    notes="multipart-alt; base64; emoji in encoded subject; founder; 'we've filled the role'")

add("vantagerail-agency-not-progress", "personal-after-interview", build([
    ("From", "Niamh Byrne <niamh.byrne@harbourlinesearch.co.uk>"),
    ("To", SAM),
    ("Subject", "Vantage Rail - feedback"),
    ("Date", "Thu, 20 Aug 2026 13:05:59 +0100"),
    ("Message-ID", mid("outlook")),
], text="""Hi Sam,

Hope you're well. I've just come off the phone with Vantage Rail about the Product Marketing Manager role.

Unfortunately the client has decided not to progress your application to the final stage. They were really positive about your B2B SaaS background but felt the other shortlisted candidates had more exposure to public-sector procurement, which is a big part of how they sell.

I know that's frustrating after two rounds. I've got a couple of other briefs that I think could be a better fit, so I'll give you a ring early next week if that's OK?

Kind regards,

Niamh Byrne
Senior Consultant - Marketing & Digital
Harbourline Search
M: +44 7700 900 532 | www.harbourlinesearch.co.uk

Harbourline Search Ltd is acting as an employment agency in relation to this vacancy.
""", cte="quoted-printable", html_style="outlook"),
    reply_to="niamh.byrne@harbourlinesearch.co.uk", first="Niamh", company="Vantage Rail",
    role="Product Marketing Manager",
    notes="agency recruiter relays client decision; company is the client; en-GB; 'not to progress your application'")

# ---------------------------------------------------------------- ats-automated
add("juniperledger-lever-team", "ats-automated", build([
    ("From", "Juniper Ledger <no-reply@hire.lever.co>"),
    ("To", "sam.taylor@example.org"),
    ("Subject", "Update on your Juniper Ledger application"),
    ("Date", "Tue, 3 Feb 2026 22:09:51 +0000"),
    ("Message-ID", mid("uuid", "hire.lever.co")),
    ("Auto-Submitted", "auto-generated"),
], text="""Hi Sam,

Thank you for applying for the Product Marketing Manager position at Juniper Ledger. We appreciate the time you took to share your experience with us.

We've reviewed your application and we won't be moving forward at this time. We received applications from many strong candidates, and this decision is not a reflection of your abilities.

We wish you the best in your search.

Juniper Ledger Recruiting

This inbox is not monitored. Please do not reply to this message.
""", html=ats_html(["Hi Sam,",
    "Thank you for applying for the Product Marketing Manager position at Juniper Ledger. We appreciate the time you took to share your experience with us.",
    "We've reviewed your application and we won't be moving forward at this time. We received applications from many strong candidates, and this decision is not a reflection of your abilities.",
    "We wish you the best in your search.", "Juniper Ledger Recruiting"], "Juniper Ledger", "#0f766e",
    footer="This inbox is not monitored. Please do not reply to this message.<br>Powered by Lever"), cte="quoted-printable"),
    company="Juniper Ledger", role="Product Marketing Manager",
    notes="lever; no-reply; team signature; no contact; 'won't be moving forward at this time'")

add("castlerock-workday-filled", "ats-automated", build([
    ("From", "Castlerock Insurance Group <castlerock@myworkday.com>"),
    ("To", "sam.taylor@example.org"),
    ("Subject", "Castlerock Insurance Group - Application Status"),
    ("Date", "Mon, 16 Mar 2026 06:02:13 -0700"),
    ("Message-ID", mid("uuid", "myworkday.com")),
], html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Arial;font-size:10pt">
<p>Dear Sam Taylor,</p>
<p>Thank you for your interest in the <b>Senior Marketing Manager</b> position (R-0010422) at Castlerock Insurance Group.</p>
<p>We wanted to let you know that this position has been filled by another candidate. Your profile will remain in our system, and you are welcome to apply for other positions that match your skills and interests.</p>
<p>To view the status of your application, sign in to the <a href="https://castlerock.wd5.myworkdayjobs.com/External">Castlerock Careers Site</a>.</p>
<p>Regards,<br>Castlerock Talent Acquisition</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email. This mailbox is not monitored.</p>
</div></body></html>
""", cte="base64", fmt="html"),
    company="Castlerock Insurance Group", role="Senior Marketing Manager",
    notes="workday; html-only; base64; req number; 'filled by another candidate'; no contact")

add("nordhavn-smartrecruiters-team-address", "ats-automated", build([
    ("From", "Nordhavn Mobility <noreply@smartrecruiters.com>"),
    ("To", SAM),
    ("Subject", "Your application for Growth Marketing Manager"),
    ("Date", "Thu, 9 Apr 2026 09:33:47 +0000"),
    ("Message-ID", mid("uuid", "smartrecruiters.com")),
    ("List-Unsubscribe", "<https://jobs.smartrecruiters.com/unsubscribe/7f21c0>"),
], text="""Dear Sam,

Thank you for your interest in the Growth Marketing Manager position at Nordhavn Mobility and for taking the time to speak with our team.

After careful review, we have decided to proceed with other candidates for this role. We received many excellent applications and our choice was not easy.

If you have any questions about your application, please write to our recruitment team at talent@nordhavnmobility.com rather than replying to this email.

Best regards,
The Nordhavn Mobility Talent Team
""", html=ats_html(["Dear Sam,",
    "Thank you for your interest in the Growth Marketing Manager position at Nordhavn Mobility and for taking the time to speak with our team.",
    "After careful review, we have decided to proceed with other candidates for this role. We received many excellent applications and our choice was not easy.",
    'If you have any questions about your application, please write to our recruitment team at <a href="mailto:talent@nordhavnmobility.com">talent@nordhavnmobility.com</a> rather than replying to this email.',
    "Best regards,<br>The Nordhavn Mobility Talent Team"], "Nordhavn Mobility", "#0055a4",
    footer="Powered by SmartRecruiters"), cte="quoted-printable"),
    reply_to="talent@nordhavnmobility.com", company="Nordhavn Mobility", role="Growth Marketing Manager",
    notes="smartrecruiters; no-reply; team address in body -> reply_to, no first name; List-Unsubscribe")

add("bayshore-icims-not-selected", "ats-automated", build([
    ("From", "Bayshore Health System <bayshorehealth@icims.com>"),
    ("To", SAM),
    ("Subject", "Regarding your application for Manager, Digital Marketing (Job ID 2026-8841)"),
    ("Date", "Fri, 1 May 2026 14:00:05 -0400"),
    ("Message-ID", mid("uuid", "icims.com")),
], text="""Dear Sam,

Thank you for your interest in the Manager, Digital Marketing position (Job ID 2026-8841) at Bayshore Health System.

We have carefully reviewed your qualifications and unfortunately you were not selected to move forward in the recruitment process for this position. We encourage you to continue to visit our career site and apply for future positions for which you are qualified.

Thank you again for considering Bayshore Health System as your employer of choice.

Sincerely,
Talent Acquisition
Bayshore Health System

***This is an automated message. Replies to this address are not monitored.***
""", fmt="plain", cte="7bit", charset="us-ascii"),
    company="Bayshore Health System", role="Manager, Digital Marketing",
    notes="icims; plain us-ascii; no contact; 'not selected to move forward'; job id")

add("hollyhock-workable-named-hm", "ats-automated", build([
    ("From", "Hollyhock Studio <noreply@candidates.workablemail.com>"),
    ("To", SAM),
    ("Subject", "Hollyhock Studio: Content & Community Lead"),
    ("Date", "Wed, 27 May 2026 11:19:28 +0000"),
    ("Message-ID", mid("uuid", "candidates.workablemail.com")),
], text="""Hi Sam,

Thanks for your patience while we worked through applications for the Content & Community Lead role, and for the thoughtful answers to our screening questions.

We've decided to go ahead with other applicants whose experience lines up more closely with what we need right now, so we won't be inviting you to the next stage.

If you'd like to hear a bit more about our decision, Mira (our Head of Brand) is happy to answer questions at mira@hollyhockstudio.com.

Best,
Mira Castell & the Hollyhock team
""", html=ats_html(["Hi Sam,",
    "Thanks for your patience while we worked through applications for the Content &amp; Community Lead role, and for the thoughtful answers to our screening questions.",
    "We've decided to go ahead with other applicants whose experience lines up more closely with what we need right now, so we won't be inviting you to the next stage.",
    'If you\'d like to hear a bit more about our decision, Mira (our Head of Brand) is happy to answer questions at <a href="mailto:mira@hollyhockstudio.com">mira@hollyhockstudio.com</a>.',
    "Best,<br>Mira Castell &amp; the Hollyhock team"], "Hollyhock Studio", "#b45382",
    footer="Sent via Workable"), cte="base64"),
    reply_to="mira@hollyhockstudio.com", first="Mira", company="Hollyhock Studio", role="Content & Community Lead",
    notes="workable; no-reply; named person + address in body; base64 both parts; ampersand in role")

add("quillfeather-ashby-team-alias", "ats-automated", build([
    ("From", "Quillfeather <no-reply@ashbyhq.com>"),
    ("To", SAM),
    ("Subject", "Your application to Quillfeather"),
    ("Date", "Sat, 13 Jun 2026 00:41:16 +0000"),
    ("Message-ID", mid("uuid", "ashbyhq.com")),
    ("Auto-Submitted", "auto-generated"),
], text="""Hi Sam,

Thanks for applying to the Product Marketing Manager, AI role at Quillfeather.

After careful consideration, the team has decided not to move forward with your application. We're a small company and can only hire for a handful of roles each year, so these decisions are never easy.

Questions? Reach us at recruiting@quillfeather.io.

- Quillfeather Recruiting
""", html=ats_html(["Hi Sam,",
    "Thanks for applying to the Product Marketing Manager, AI role at Quillfeather.",
    "After careful consideration, the team has decided not to move forward with your application. We're a small company and can only hire for a handful of roles each year, so these decisions are never easy.",
    'Questions? Reach us at <a href="mailto:recruiting@quillfeather.io">recruiting@quillfeather.io</a>.',
    "- Quillfeather Recruiting"], "Quillfeather", "#5b5bd6", footer="Powered by Ashby"), cte="quoted-printable"),
    reply_to="recruiting@quillfeather.io", company="Quillfeather", role="Product Marketing Manager, AI",
    notes="ashby; no-reply; team alias in body; no first name")

add("fjallbo-teamtailor-continue-others", "ats-automated", build([
    ("From", "Fjällbo Outdoor <no-reply@mail.teamtailor.com>"),
    ("To", SAM),
    ("Subject", "Brand Marketing Lead – Fjällbo Outdoor"),
    ("Date", "Tue, 23 Jun 2026 07:55:03 +0000"),
    ("Message-ID", mid("uuid", "mail.teamtailor.com")),
    ("List-Unsubscribe", "<https://fjallbo.teamtailor.com/unsubscribe/Qx81b>"),
], text="""Hi Sam,

Thank you for applying for the Brand Marketing Lead position at Fjällbo Outdoor, and for your interest in what we do.

We have now reviewed all applications, and unfortunately we have decided to continue with other candidates in the process.

We will keep your details in our database according to our privacy policy, and hope to see you apply again in the future.

Kind regards,
Fjällbo Outdoor
""", html=ats_html(["Hi Sam,",
    "Thank you for applying for the Brand Marketing Lead position at Fjällbo Outdoor, and for your interest in what we do.",
    "We have now reviewed all applications, and unfortunately we have decided to continue with other candidates in the process.",
    "We will keep your details in our database according to our privacy policy, and hope to see you apply again in the future.",
    "Kind regards,<br>Fjällbo Outdoor"], "Fjällbo Outdoor", "#2e6b3a",
    footer="Powered by Teamtailor · <a href=\"https://fjallbo.teamtailor.com/connect/data\">Manage your data</a>"), cte="quoted-printable"),
    company="Fjällbo Outdoor", role="Brand Marketing Lead",
    notes="teamtailor; RFC2047 From name and subject (non-ASCII company); no contact; 'continue with other candidates'")

add("ridgeway-bamboohr-hr-manager", "ats-automated", build([
    ("From", "Ridgeway Dental Partners <notifications@app.bamboohr.com>"),
    ("Reply-To", "no-reply@bamboohr.com"),
    ("To", SAM),
    ("Subject", "Marketing Manager at Ridgeway Dental Partners"),
    ("Date", "Wed, 8 Jul 2026 19:26:40 +0000"),
    ("Message-ID", mid("uuid", "app.bamboohr.com")),
], text="""Sam,

Thank you for your interest in the Marketing Manager position with Ridgeway Dental Partners and for interviewing with our leadership team.

We have decided to pursue another applicant whose background better fits our current needs. We sincerely appreciate the time and effort you put into the process.

If you have any questions, please contact me directly at kelsey.morgan@ridgewaydental.com.

Kelsey Morgan
HR Manager
Ridgeway Dental Partners
""", fmt="plain", cte="quoted-printable"),
    reply_to="kelsey.morgan@ridgewaydental.com", first="Kelsey", company="Ridgeway Dental Partners",
    role="Marketing Manager",
    notes="bamboohr; Reply-To is also no-reply; HR manager address in body; after interview")

add("brindle-greenhouse-better-align", "ats-automated", build([
    ("Return-Path", "<bounces+2293011-c7e0-sam.taylor=example.org@us.greenhouse-mail.io>"),
    ("From", "Brindle Foods <no-reply@us.greenhouse-mail.io>"),
    ("To", "Sam Taylor <sam.taylor@example.org>"),
    ("Subject", "Thank you from Brindle Foods"),
    ("Date", "Thu, 30 Jul 2026 16:48:22 +0000"),
    ("Message-ID", mid("uuid", "us.greenhouse-mail.io")),
], text="""Hello Sam,

Thank you for your interest in Brindle Foods and the Associate Director, Consumer Insights & Marketing role.

We appreciated the opportunity to learn more about you. At this time, the team has decided to pursue other applicants whose qualifications better align with the requirements of this position.

We encourage you to visit our careers page for future openings.

Regards,
Brindle Foods People Team
""", html=ats_html(["Hello Sam,",
    "Thank you for your interest in Brindle Foods and the Associate Director, Consumer Insights &amp; Marketing role.",
    "We appreciated the opportunity to learn more about you. At this time, the team has decided to pursue other applicants whose qualifications better align with the requirements of this position.",
    "We encourage you to visit our careers page for future openings.",
    "Regards,<br>Brindle Foods People Team"], "Brindle Foods", "#c2410c",
    logo="https://www.brindlefoods.com/assets/email-logo.png",
    footer="Brindle Foods · 220 W Kinzie St · Chicago, IL 60654<br>Powered by greenhouse"), cte="quoted-printable"),
    company="Brindle Foods", role="Associate Director, Consumer Insights & Marketing",
    notes="greenhouse; bland subject 'Thank you from'; no contact; 'pursue other applicants'")

add("greyfriars-taleo-not-shortlisted", "ats-automated", build([
    ("From", "Greyfriars Building Society <greyfriars@taleo.net>"),
    ("To", "sam.taylor@example.org"),
    ("Subject", "Greyfriars Building Society - Product Marketing Manager (Requisition 26000731)"),
    ("Date", "Tue, 20 Oct 2026 16:31:02 +0100"),
    ("Message-ID", mid("uuid", "taleo.net")),
], text="""Dear Sam Taylor,

Re: Product Marketing Manager - Requisition 26000731

Thank you for taking the time to apply for the above role with Greyfriars Building Society.

We have now reviewed all applications against the criteria for the role and unfortunately you were not shortlisted for interview. We received a very high number of applications, and this has been a difficult decision.

We would encourage you to continue to look at our careers website for future vacancies and to register for job alerts.

Yours sincerely,

Resourcing Team
Greyfriars Building Society

This is an automatically generated email. Please do not reply to this address as the mailbox is not monitored.
Greyfriars Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
""", fmt="plain", cte="quoted-printable", charset="iso-8859-1"),
    company="Greyfriars Building Society", role="Product Marketing Manager",
    notes="taleo; en-GB; 'unfortunately you were not shortlisted'; plain iso-8859-1 qp; regulatory footer; no contact")

# ---------------------------------------------------------------- terse
add("snapdragon-another-direction", "terse", build([
    ("From", "Ravi Menon <ravi@snapdragoncycles.com>"),
    ("To", SAM),
    ("Subject", "Re: Following up"),
    ("Date", "Tue, 10 Mar 2026 07:12:09 -0700"),
    ("Message-ID", mid("apple", "snapdragoncycles.com")),
    ("In-Reply-To", "<8E2B1C44-90F1-4D3A-A1B7-5C0E22F6D911@example.org>"),
    ("References", "<8E2B1C44-90F1-4D3A-A1B7-5C0E22F6D911@example.org>"),
], text="""Hey Sam, we're going another direction. Thanks for your time.

Sent from my iPhone

> On Mar 9, 2026, at 10:02 AM, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Ravi,
>
> I hope you're doing well! I wanted to follow up on my application for the Marketing Lead role at Snapdragon Cycles. I really enjoyed our chat and I'm excited about the opportunity. Is there anything else I can send over?
>
> Best,
> Sam
""", fmt="plain", cte="7bit"),
    reply_to="ravi@snapdragoncycles.com", first="Ravi", company="Snapdragon Cycles", role="Marketing Lead",
    notes="one line + apple-quote of owner's follow-up ('excited'); iphone; company and role only in the quote")

add("moraine-positions-filled", "terse", build([
    ("From", "Dan Kowalski <dan@moraineoutdoor.com>"),
    ("To", SAM),
    ("Subject", "Re: Social Media Manager"),
    ("Date", "Mon, 6 Apr 2026 16:40:00 -0500"),
    ("Message-ID", mid("gmail")),
], text="""Hi Sam - position's been filled. Appreciate you applying.

-Dan
Moraine Outdoor
""", fmt="plain", cte="7bit"),
    reply_to="dan@moraineoutdoor.com", first="Dan", company="Moraine Outdoor", role="Social Media Manager",
    notes="two lines; role only in subject")

add("harbourgate-unsuccessful-occasion", "terse", build([
    ("From", "Harbourgate Housing Recruitment <recruitment@harbourgate.org.uk>"),
    ("To", "sam.taylor@example.org"),
    ("Subject", "Application ref HG/2026/117"),
    ("Date", "Wed, 15 Apr 2026 09:04:31 +0100"),
    ("Message-ID", mid("outlook")),
], text="""Dear Candidate,

Thank you for applying for the post of Communications Manager. I am writing to let you know that your application has been unsuccessful on this occasion.

Regards,
Recruitment Team
Harbourgate Housing Association
""", fmt="plain", cte="7bit", charset="us-ascii"),
    reply_to="recruitment@harbourgate.org.uk", company="Harbourgate Housing Association",
    role="Communications Manager",
    notes="en-GB 'unsuccessful on this occasion'; Dear Candidate; team mailbox; opaque subject")

add("pixelmoth-not-moving-ahead", "terse", build([
    ("From", "Jess Ortega <jess@pixelmoth.gg>"),
    ("To", SAM),
    ("Subject", "Product Marketing Manager"),
    ("Date", "Fri, 18 Sep 2026 23:58:01 +0000"),
    ("Message-ID", mid("gmail")),
], text="""not moving ahead on this one, sorry Sam! good luck out there

jess
--
jess ortega | head of growth | pixelmoth
""", cte="7bit"),
    reply_to="jess@pixelmoth.gg", first="Jess", company="Pixelmoth", role="Product Marketing Manager",
    notes="lowercase; multipart-alt; role only in subject; company from domain")

# ---------------------------------------------------------------- keep-on-file
add("pennywhistle-cv-on-file-gdpr", "keep-on-file", build([
    ("From", "Orla Fitzgerald <orla.fitzgerald@pennywhistlegames.co.uk>"),
    ("To", SAM),
    ("Subject", "Your application - Senior Marketing Manager"),
    ("Date", "Tue, 5 May 2026 14:36:12 +0100"),
    ("Message-ID", mid("outlook")),
], text="""Hi Sam,

Many thanks for your interest in the Senior Marketing Manager role at Pennywhistle Games and for chatting with me last week.

I'm sorry to say you've been unsuccessful on this occasion - we've appointed someone with a lot of console launch experience.

We'd like to keep your CV on file for six months in case something more suitable comes up. If you'd rather we didn't, just reply and let me know and I'll delete your details in line with our privacy notice.

Best wishes,

Orla Fitzgerald
Talent Manager
Pennywhistle Games
""", cte="quoted-printable", html_style="outlook"),
    reply_to="orla.fitzgerald@pennywhistlegames.co.uk", first="Orla", company="Pennywhistle Games",
    role="Senior Marketing Manager", notes="en-GB; GDPR keep CV on file; outlook multipart-alt")

add("cedarsage-talent-pool", "keep-on-file", build([
    ("From", "Hannah Brooks <hannah@cedarandsage.com>"),
    ("To", SAM),
    ("Subject", "Staying in touch"),
    ("Date", "Thu, 11 Jun 2026 10:22:45 -0700"),
    ("Message-ID", mid("gmail")),
], text="""Hi Sam,

Thank you so much for your application for our Marketing Manager opening. While we won't be moving forward with you for this particular role, your background in DTC wellness brands really stood out to us.

With your permission, I've added you to the Cedar & Sage talent pool so I can reach out directly when we open our next marketing or brand roles (likely early next year).

Wishing you the best in the meantime,
Hannah

Hannah Brooks | People & Culture
Cedar & Sage
""", cte="quoted-printable"),
    reply_to="hannah@cedarandsage.com", first="Hannah", company="Cedar & Sage", role="Marketing Manager",
    notes="soft subject 'Staying in touch'; talent pool; gmail multipart-alt")

add("bluefin-hang-on-to-resume", "keep-on-file", build([
    ("From", "Luis Peña <luis.pena@bluefinanalytics.com>"),
    ("To", SAM),
    ("Subject", "Re: Product Marketing Manager – Bluefin"),
    ("Date", "Mon, 17 Aug 2026 09:48:13 -0400"),
    ("Message-ID", mid("apple", "bluefinanalytics.com")),
    ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
], text="""Hi Sam,

Quick update on the Product Marketing Manager role: we’ve selected another candidate, who will be starting next month.

You were a finalist and I don’t want to lose touch. Though it didn’t work out this time, I’ll hang on to your résumé and reach out as soon as our next PMM opening is approved — hopefully in Q1.

Thanks again,
Luis

Luis Peña
Director of Marketing · Bluefin Analytics
(305) 555-0109
""", cte="quoted-printable", html_style="apple"),
    reply_to="luis.pena@bluefinanalytics.com", first="Luis", company="Bluefin Analytics",
    role="Product Marketing Manager", notes="apple mail multipart-alt; curly quotes; RFC2047 From and Subject; 'hang on to your résumé'")

# ---------------------------------------------------------------- role-cancelled
add("clearwater-offer-rescinded", "role-cancelled", build([
    ("From", "Monica Ferreira <monica.ferreira@clearwaterfin.com>"),
    ("To", SAM),
    ("Subject", "Your offer - Senior Product Marketing Manager"),
    ("Date", "Tue, 22 Sep 2026 18:30:27 -0400"),
    ("Message-ID", mid("outlook")),
    ("Importance", "high"),
], text="""Dear Sam,

This is a very difficult message to write, and I wanted to call you first - I've left you a voicemail as well.

Earlier today our leadership team announced a company-wide restructuring following the close of our funding round on revised terms. As part of that, the product marketing team will not be expanding this year, and I am very sorry to tell you that we are rescinding the offer for the Senior Product Marketing Manager position that you accepted on September 10.

I know you may have made decisions based on our offer, and I'd like to talk through what support we can provide, including a payment for the notice period you have already given. Please call me at 212-555-0176 at any time tomorrow.

I am truly sorry.

Monica Ferreira
VP, People
Clearwater Fintech, Inc.
""", cte="quoted-printable", html_style="outlook"),
    reply_to="monica.ferreira@clearwaterfin.com", first="Monica", company="Clearwater Fintech",
    role="Senior Product Marketing Manager", notes="offer rescinded; restructuring; Importance: high; outlook multipart-alt")

add("tessera-on-hold-budget", "role-cancelled", build([
    ("From", "Kofi Mensah <kofi.mensah@tesseracloud.io>"),
    ("To", SAM),
    ("Subject", "Update on the Director of Growth Marketing search"),
    ("Date", "Wed, 14 Oct 2026 11:07:50 -0700"),
    ("Message-ID", mid("gmail")),
], text="""Hi Sam,

I owe you an update. The Director of Growth Marketing role has been put on hold due to budget - finance froze all new senior headcount for the rest of the fiscal year on Monday, and I have no date for when it will reopen.

I'm sorry to pause things right when you were heading into the final round. If the role does come back, you'd be the first person I call, and I'd skip you straight to the final conversation.

Best,
Kofi

Kofi Mensah
Head of Talent | Tessera Cloud
""", cte="quoted-printable"),
    reply_to="kofi.mensah@tesseracloud.io", first="Kofi", company="Tessera Cloud",
    role="Director of Growth Marketing", notes="role on hold due to budget; gmail multipart-alt")

add("northgate-req-closed-reorg", "role-cancelled", build([
    ("From", "Sabine Hartmann <sabine.hartmann@northgate-logistics.com>"),
    ("To", SAM),
    ("Subject", "RE: Marketing Manager, EMEA - next steps"),
    ("Date", "Mon, 2 Nov 2026 15:14:03 +0000"),
    ("Message-ID", mid("outlook")),
    ("In-Reply-To", "<5D3B3F7E-2C8A-4B7E-8D1F-3F6E9B0A2C41@example.org>"),
    ("References", "<5D3B3F7E-2C8A-4B7E-8D1F-3F6E9B0A2C41@example.org>"),
], text="""Hi Sam,

Apologies for the silence since your interview with Piet. Following a reorganisation of our European commercial team, we have closed the requisition and are no longer recruiting for the Marketing Manager, EMEA position. The responsibilities are being absorbed into the group marketing function in Rotterdam.

This has nothing to do with your interviews, which went well. I'm sorry we couldn't take it further.

Kind regards,
Sabine

Sabine Hartmann
Talent Acquisition Partner - EMEA
Northgate Logistics
+44 20 7946 0321

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 26 October 2026 10:02
To: Sabine Hartmann <sabine.hartmann@northgate-logistics.com>
Subject: Marketing Manager, EMEA - next steps

Hi Sabine,

I hope you're well. I just wanted to check in on the Marketing Manager, EMEA role - is there any update on next steps after my conversation with Piet?

Thanks,
Sam
""", fmt="plain", cte="quoted-printable"),
    reply_to="sabine.hartmann@northgate-logistics.com", first="Sabine", company="Northgate Logistics",
    role="Marketing Manager, EMEA",
    notes="requisition closed after reorg; en-GB; outlook -----Original Message----- quoting; plain qp")

# ---------------------------------------------------------------- non-english
add("tulpwerk-helaas-nl", "non-english", build([
    ("From", "Femke de Vries <femke.devries@tulpwerk.nl>"),
    ("To", SAM),
    ("Subject", "Je sollicitatie als Product Marketeer bij Tulpwerk"),
    ("Date", "Thu, 19 Mar 2026 16:45:22 +0100"),
    ("Message-ID", mid("gmail")),
], text="""Hoi Sam,

Bedankt voor je sollicitatie en voor het fijne gesprek van vorige week over de functie Product Marketeer.

Helaas moeten we je laten weten dat we hebben besloten niet verder te gaan met jouw sollicitatie. We hebben gekozen voor een kandidaat met meer ervaring in de Nederlandse retailmarkt.

We wensen je heel veel succes met je verdere zoektocht.

Met vriendelijke groet,
Femke de Vries
Recruiter | Tulpwerk B.V.
+31 6 1234 5678
""", cte="quoted-printable"),
    reply_to="femke.devries@tulpwerk.nl", first="Femke", company="Tulpwerk", role="Product Marketeer",
    notes="lang=nl; gmail multipart-alt; qp; 'Helaas'")

add("bergquell-absage-de-latin1", "non-english", build([
    ("From", "Jürgen Weiß <j.weiss@bergquell-getraenke.de>"),
    ("To", SAM),
    ("Subject", "Ihre Bewerbung als Senior Brand Manager (m/w/d)"),
    ("Date", "Tue, 28 Apr 2026 13:20:09 +0200"),
    ("Message-ID", mid("outlook")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text="""Guten Tag Sam Taylor,

vielen Dank für Ihr Interesse an unserem Unternehmen und das angenehme Gespräch in München.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für eine andere Bewerberin entschieden haben, deren Profil noch besser zu den Anforderungen der Position Senior Brand Manager (m/w/d) passt.

Wir bedanken uns für die Zeit, die Sie in Ihre Bewerbung investiert haben, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Jürgen Weiß
Leiter Personal
Bergquell Getränke GmbH
Tel.: +49 89 5550 2214

Bergquell Getränke GmbH · Sitz: Rosenheim · Amtsgericht Traunstein HRB 12345 · Geschäftsführer: Anton Berger, Maria Lechner
""", fmt="plain", charset="iso-8859-1", cte="quoted-printable", hdr_charset="iso-8859-1"),
    reply_to="j.weiss@bergquell-getraenke.de", first="Jürgen", company="Bergquell Getränke",
    role="Senior Brand Manager (m/w/d)",
    notes="lang=de; iso-8859-1; qp; RFC2047 From (q, latin1); Impressum footer; GmbH")

add("maisonverlaine-non-retenue-fr", "non-english", build([
    ("From", "Élodie Garnier <elodie.garnier@maison-verlaine.fr>"),
    ("To", SAM),
    ("Subject", "Votre candidature au poste de Chef de produit marketing"),
    ("Date", "Wed, 3 Jun 2026 17:02:38 +0200"),
    ("Message-ID", mid("apple", "maison-verlaine.fr")),
], text="""Bonjour Sam,

Je vous remercie pour l'intérêt que vous portez à Maison Verlaine et pour le temps consacré à nos entretiens.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le poste de Chef de produit marketing. Nous avons choisi un profil ayant une expérience plus approfondie du marché du luxe.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Élodie Garnier
Chargée de recrutement
Maison Verlaine SAS — 12 rue du Bac, 75007 Paris
""", cte="base64", html_style="apple"),
    reply_to="elodie.garnier@maison-verlaine.fr", first="Élodie", company="Maison Verlaine",
    role="Chef de produit marketing", notes="lang=fr; base64; apple multipart-alt; RFC2047 From; SAS suffix")

add("cumbre-esta-ocasion-es", "non-english", build([
    ("From", "Andrés Villalobos <avillalobos@cumbresoftware.mx>"),
    ("To", SAM),
    ("Subject", "Proceso de selección – Gerente de Marketing de Producto"),
    ("Date", "Mon, 10 Aug 2026 12:31:56 -0600"),
    ("Message-ID", mid("gmail")),
], html="""<div dir="ltr"><p>Hola Sam:</p><p>Muchas gracias por tu tiempo durante las entrevistas para la vacante de Gerente de Marketing de Producto y por compartir tu caso de lanzamiento con el equipo.</p><p>Lamentamos comunicarte que en esta ocasión no continuarás en el proceso. Decidimos avanzar con una persona candidata con mayor experiencia en el mercado latinoamericano de pagos.</p><p>Te agradecemos sinceramente tu interés en Cumbre y te deseamos mucho éxito.</p><p>Saludos cordiales,<br><b>Andrés Villalobos</b><br>Talent Acquisition Lead · Cumbre Software<br>Ciudad de México</p></div>
""", fmt="html", cte="quoted-printable"),
    reply_to="avillalobos@cumbresoftware.mx", first="Andrés", company="Cumbre Software",
    role="Gerente de Marketing de Producto", notes="lang=es (MX); html-only; qp; encoded subject")

add("lanificio-aurora-it-8bit", "non-english", build([
    ("From", "Giulia Ferraro <giulia.ferraro@lanificioaurora.it>"),
    ("To", SAM),
    ("Subject", "Candidatura Brand Manager - esito"),
    ("Date", "Fri, 25 Sep 2026 10:14:07 +0200"),
    ("Message-ID", mid("uuid", "lanificioaurora.it")),
    ("User-Agent", "Mozilla Thunderbird"),
], text="""Gentile Sam,

la ringraziamo per l'interesse dimostrato verso Lanificio Aurora e per il tempo dedicato ai colloqui.

Purtroppo abbiamo deciso di proseguire con altri candidati, il cui percorso risulta più in linea con le esigenze attuali della posizione di Brand Manager.

Le auguriamo il meglio per il suo futuro professionale.

Cordiali saluti,

Giulia Ferraro
Risorse Umane – Lanificio Aurora S.p.A.
Biella (BI) · tel. +39 015 555 0112

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.
""", fmt="plain", cte="8bit"),
    reply_to="giulia.ferraro@lanificioaurora.it", first="Giulia", company="Lanificio Aurora", role="Brand Manager",
    notes="lang=it; 8bit utf-8; thunderbird; S.p.A. suffix; disclaimer")
