"""Held-out hard negatives (label=other), part B."""
from _lib import SAM, build, mid, ats_html

MSGS = []


def add(slug, cat, eml, notes=""):
    MSGS.append(dict(slug=slug, label="other", category=cat, eml=eml, reply_to="", contact_first_name="",
                     company="", role="", notes=notes))


# ---------------------------------------------------------------- newsletter
add("offerletter-weekly-regret-to-inform", "newsletter", build([
    ("From", "The Offer Letter <hello@theofferletter.example>"),
    ("To", SAM),
    ("Subject", "\"We regret to inform you\": decoding 9 rejection emails"),
    ("Date", "Thu, 12 Nov 2026 12:00:00 +0000"),
    ("Message-ID", mid("uuid", "theofferletter.example")),
    ("List-Unsubscribe", "<https://theofferletter.example/unsubscribe/sam-5512>"),
    ("List-Id", "The Offer Letter <weekly.theofferletter.example>"),
    ("Precedence", "bulk"),
], text="""THE OFFER LETTER - issue #88

Hi Sam,

This week we read 400 rejection emails our subscribers sent us, so you don't have to. Here's what they really mean:

1. "We have decided to move forward with other candidates whose experience more closely matches our needs." - Translation: a keyword filter, or an internal referral.

2. "Unfortunately, the position has been filled." - Often true, sometimes the role was never really open.

3. "We will keep your CV on file." - Nobody has ever looked at the file.

4. "You were a very close second." - Reply! These people remember you.

Our tip: answer every rejection within 48 hours with two sentences of thanks and one ask ("please keep me in mind for future openings").

Until next week,
Priya @ The Offer Letter

You're receiving this because you subscribed at theofferletter.example. Unsubscribe: https://theofferletter.example/unsubscribe/sam-5512
""", cte="quoted-printable"),
    notes="very hard negative: quotes many rejection phrasings; personalised 'Hi Sam'; List-Id")

add("positioning-notes-rejected-by-sales", "newsletter", build([
    ("From", "Positioning Notes <positioningnotes@substack.example>"),
    ("To", SAM),
    ("Subject", "Why sales rejected your new messaging (and what to do next)"),
    ("Date", "Sat, 17 Oct 2026 14:05:00 +0000"),
    ("Message-ID", mid("uuid", "substack.example")),
    ("List-Unsubscribe", "<https://positioningnotes.substack.example/action/disable_email>"),
    ("Precedence", "bulk"),
], html="""<html><body style="font-family:Georgia,serif;max-width:600px;margin:auto;color:#222">
<h1 style="font-size:26px">Why sales rejected your new messaging</h1>
<p><i>and what to do next</i></p>
<p>Every product marketer has lived this: you spend six weeks on a new positioning framework, present it to the sales team, and it's politely declined. "Unfortunately this won't work for our buyers." The deck goes in a drawer.</p>
<p>The problem usually isn't the messaging. It's that sales wasn't in the room when it was drafted. This week: three ways to get buy-in before the launch meeting, plus a template for the follow-up email after your proposal is turned down.</p>
<p>Thanks for reading Positioning Notes! Subscribe for free to receive new posts.</p>
<p style="font-size:12px;color:#888"><a href="https://positioningnotes.substack.example/action/disable_email">Unsubscribe</a></p>
</body></html>
""", fmt="html", cte="quoted-printable"),
    notes="html-only; 'rejected', 'politely declined', 'turned down' about messaging")

# ---------------------------------------------------------------- auto-reply
add("fernway-ooo-unfortunately", "auto-reply", build([
    ("From", "Paloma Reyes <paloma.reyes@fernway.com>"),
    ("To", SAM),
    ("Subject", "Automatic reply: Thank you - Product Marketing Manager interview"),
    ("Date", "Fri, 13 Mar 2026 16:22:40 -0700"),
    ("Message-ID", mid("outlook")),
    ("In-Reply-To", "<2B9D6E1A-0F4C-4C1B-B8E2-71A3D5C9F0E4@example.org>"),
    ("References", "<2B9D6E1A-0F4C-4C1B-B8E2-71A3D5C9F0E4@example.org>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
], text="""Thank you for your email. I am out of the office on parental leave until May 4. Unfortunately I will not be checking email during this time.

For candidate questions, please contact recruiting@fernway.com. For anything urgent, please reach my manager, Tom Gallo, at tom.gallo@fernway.com.

Paloma Reyes
Senior Recruiter, Fernway
""", cte="quoted-printable", html_style="outlook"),
    notes="Auto-Submitted: auto-replied; 'Unfortunately'; recruiter and team addresses in body")

_orig = build([
    ("From", SAM),
    ("To", "Hugo Brandt <hugo.brandt@quartzline-media.com>"),
    ("Subject", "Re: Your application - Content Marketing Lead"),
    ("Date", "Mon, 16 Nov 2026 09:14:22 -0500"),
    ("Message-ID", "<6C1A9F0B-3E27-4D8A-A5C2-F2B7E0D41C95@example.org>"),
    ("In-Reply-To", "<CAH7vD9xk2Lw0nqR8s_TuE3fP1a6GmYbZc4J5oQhXeV7@mail.gmail.com>"),
    ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
], text="""Hi Hugo,

Thank you for letting me know, and for the time you and the team spent with me. Please keep me in mind for future openings at Quartzline.

Best,
Sam

> On Nov 13, 2026, at 4:40 PM, Hugo Brandt <hugo.brandt@quartzline-media.com> wrote:
>
> Hi Sam,
>
> Thank you for interviewing for the Content Marketing Lead position. Unfortunately, we have decided to move forward with another candidate.
>
> Best,
> Hugo
""", fmt="plain", cte="7bit").decode()
_dsn = """Return-Path: <>
Received: by mx1.example.org (Postfix)
	id 4Bq7Lm2Zx9z9tQ; Mon, 16 Nov 2026 14:14:25 +0000 (UTC)
Date: Mon, 16 Nov 2026 14:14:25 +0000 (UTC)
From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sam.taylor@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Bq7Lm2Zx9z9tQ.1763302465/mx1.example.org"
Message-Id: <20261116141425.4Bq7Lm2Zx9z9tQ@mx1.example.org>

This is a MIME-encapsulated message.

--4Bq7Lm2Zx9z9tQ.1763302465/mx1.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hugo.brandt@quartzline-media.com>: host mx.quartzline-media.com[198.51.100.23]
    said: 550 5.1.1 <hugo.brandt@quartzline-media.com>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4Bq7Lm2Zx9z9tQ.1763302465/mx1.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.org
X-Postfix-Queue-ID: 4Bq7Lm2Zx9z9tQ
X-Postfix-Sender: rfc822; sam.taylor@example.org
Arrival-Date: Mon, 16 Nov 2026 14:14:23 +0000 (UTC)

Final-Recipient: rfc822; hugo.brandt@quartzline-media.com
Original-Recipient: rfc822;hugo.brandt@quartzline-media.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.quartzline-media.com
Diagnostic-Code: smtp; 550 5.1.1 <hugo.brandt@quartzline-media.com>: Recipient
    address rejected: User unknown in virtual mailbox table

--4Bq7Lm2Zx9z9tQ.1763302465/mx1.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

""" + _orig + """
--4Bq7Lm2Zx9z9tQ.1763302465/mx1.example.org--
"""
add("dsn-bounce-of-followup", "auto-reply", _dsn.encode(),
    notes="DSN multipart/report; 'Recipient address rejected'; returned message is owner's follow-up quoting a rejection")

add("abwesenheit-de", "auto-reply", build([
    ("From", "Lena Vogt <lena.vogt@feldkirch-software.de>"),
    ("To", SAM),
    ("Subject", "Abwesenheitsnotiz: AW: Bewerbung Product Marketing Manager (m/w/d)"),
    ("Date", "Wed, 29 Jul 2026 08:03:10 +0200"),
    ("Message-ID", mid("outlook")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
], text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. August nicht im Büro und habe leider keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Bei Fragen zu Ihrer Bewerbung wenden Sie sich bitte an karriere@feldkirch-software.de.

Mit freundlichen Grüßen
Lena Vogt
Recruiting | Feldkirch Software GmbH
""", fmt="plain", charset="iso-8859-1", cte="quoted-printable"),
    notes="lang=de OOO; 'leider'; iso-8859-1; encoded subject")

# ---------------------------------------------------------------- non-job-rejection
add("jury-not-selected", "non-job-rejection", build([
    ("From", "Juror Services <jury-noreply@courts.cascadecounty.example>"),
    ("To", SAM),
    ("Subject", "Jury Service Update - Juror #4471829"),
    ("Date", "Tue, 20 Oct 2026 17:30:00 -0700"),
    ("Message-ID", mid("uuid", "courts.cascadecounty.example")),
], text="""CASCADE COUNTY SUPERIOR COURT - JUROR SERVICES

Juror: SAM TAYLOR
Juror number: 4471829
Reporting date: October 21, 2026

Thank you for your response to the summons. You were not selected for a jury panel, and your service is not required. You do not need to report on October 21.

Your jury service obligation has been fulfilled for the next 12 months. We appreciate your willingness to serve.

This is an automated message. Please do not reply.
""", fmt="plain", cte="7bit", charset="us-ascii"),
    notes="'You were not selected'; 'your service is not required'; no-reply")

add("elmstead-rental-other-applicant", "non-job-rejection", build([
    ("From", "Elmstead Property Management <leasing@elmsteadpm.example>"),
    ("To", SAM),
    ("Subject", "Rental application - 41 Larch St, Unit 3B"),
    ("Date", "Fri, 5 Jun 2026 11:45:19 -0400"),
    ("Message-ID", mid("outlook")),
], text="""Hi Sam,

Thank you for applying for 41 Larch St, Unit 3B and for coming to the viewing on Saturday.

Unfortunately the owner has decided to move forward with another applicant whose move-in date better matched their timeline. Your application fee will be refunded within 5-7 business days.

We'd be happy to keep your application on file and let you know about similar units as they become available.

Best regards,
Karen Whitlow
Leasing Coordinator, Elmstead Property Management
(617) 555-0148
""", cte="quoted-printable", html_style="outlook"),
    notes="very hard negative: apartment; 'move forward with another applicant'; 'keep your application on file'")

add("brandcamp-talk-not-accepted", "non-job-rejection", build([
    ("From", "BrandCamp 2026 Program Committee <speakers@brandcamp.example>"),
    ("To", SAM),
    ("Subject", "Your BrandCamp 2026 proposal: \"Launch Narratives That Sales Actually Use\""),
    ("Date", "Mon, 6 Jul 2026 16:00:00 +0000"),
    ("Message-ID", mid("uuid", "sessionize.example")),
], text="""Dear Sam,

Thank you for submitting "Launch Narratives That Sales Actually Use" to BrandCamp 2026.

We regret to inform you that your talk was not accepted for this year's program. We received over 600 proposals for 48 slots, and many strong submissions could not be included.

As a thank-you, we'd like to offer you a 30% discount on a conference pass with the code CFP-THANKS.

We hope you'll submit again next year.

The BrandCamp Program Committee
""", cte="quoted-printable"),
    notes="talk proposal; 'We regret to inform you'; 'not accepted'")

add("lakeshore-loan-declined", "non-job-rejection", build([
    ("From", "Lakeshore Credit Union <no-reply@lakeshorecu.example>"),
    ("To", SAM),
    ("Subject", "Update on your personal loan application"),
    ("Date", "Wed, 19 Aug 2026 21:14:33 +0000"),
    ("Message-ID", mid("uuid", "lakeshorecu.example")),
], html=ats_html(["Dear Sam Taylor,",
    "Thank you for applying for a personal loan with Lakeshore Credit Union (application #PL-2026-33817).",
    "After careful review, we are unable to approve your application at this time. The principal reasons for our decision are: <b>insufficient length of current employment</b> and <b>income could not be verified</b>.",
    "You have the right to a free copy of your credit report within 60 days. A formal adverse action notice has been mailed to your address on file.",
    "Sincerely,<br>Lending Services"], "Lakeshore Credit Union", "#1e3a8a",
    footer="Lakeshore Credit Union · Federally insured by NCUA · Please do not reply to this email."),
    fmt="html", cte="base64"),
    notes="loan declined; html-only base64; 'unable to approve your application'; employment vocabulary")

add("rfp-agency-not-selected", "non-job-rejection", build([
    ("From", "Procurement, Gilded Fern Hotels <procurement@gildedfernhotels.example>"),
    ("To", SAM),
    ("Subject", "RFP 2026-14 Brand Refresh Services - Notice of Decision"),
    ("Date", "Thu, 10 Sep 2026 10:10:10 -0500"),
    ("Message-ID", mid("outlook")),
], text="""Dear Sam Taylor,

Thank you for your proposal submitted on behalf of Taylor Brand Studio in response to RFP 2026-14, Brand Refresh Services.

After evaluation by the selection committee, we have decided to award the contract to another firm. Your proposal scored well on strategy but was outside our budget range for the implementation phase.

Vendors may request a debrief within 10 business days of this notice.

Regards,
Procurement Department
Gilded Fern Hotels
""", fmt="plain", cte="quoted-printable"),
    notes="vendor/freelance bid not selected; 'award the contract to another firm'; addressed formally")

add("impact-awards-not-shortlisted", "non-job-rejection", build([
    ("From", "Marketing Impact Awards <entries@marketingimpactawards.example>"),
    ("To", SAM),
    ("Subject", "Marketing Impact Awards 2026 - shortlist results"),
    ("Date", "Tue, 29 Sep 2026 09:00:00 +0100"),
    ("Message-ID", mid("uuid", "marketingimpactawards.example")),
], text="""Dear Sam,

Thank you for entering "Tidepool Relaunch" in the Best Product Launch category of the Marketing Impact Awards 2026.

The judging panel has now completed its review and unfortunately your entry was not shortlisted this year. Competition in the category was exceptionally strong, with 212 entries.

Judges' feedback on your entry will be available in the entrant portal from 15 October.

With best wishes,
The Marketing Impact Awards team
""", cte="quoted-printable"),
    notes="award entry; 'unfortunately your entry was not shortlisted'; en-GB")

add("pet-adoption-other-family", "non-job-rejection", build([
    ("From", "Harbor Paws Rescue <adopt@harborpaws.example>"),
    ("To", SAM),
    ("Subject", "Your application for Biscuit"),
    ("Date", "Sun, 11 Oct 2026 18:20:00 -0700"),
    ("Message-ID", mid("gmail")),
], text="""Hi Sam,

Thank you so much for applying to adopt Biscuit and for coming to meet him last weekend. He clearly liked you!

We had several wonderful applications, and after a lot of thought our team has decided to place Biscuit with another family whose home has a fenced yard, which he really needs.

We'd love to keep your application on file - we have two other terrier mixes coming into foster next month. Would you like us to let you know?

Warmly,
Dee & the Harbor Paws volunteers
""", cte="quoted-printable"),
    notes="pet adoption; 'decided to place ... with another', 'keep your application on file'")

# ---------------------------------------------------------------- owner-sent
add("owner-sent-thankyou-after-rejection", "owner-sent", build([
    ("From", SAM),
    ("To", "Marek Nowak <m.nowak@brightwater-energy.eu>"),
    ("Subject", "Re: Your application: Growth Marketing Manager"),
    ("Date", "Tue, 9 Jun 2026 08:30:12 -0400"),
    ("Message-ID", "<9A7F3B10-55E2-4F0C-B1D8-2E6C7A4B9F13@example.org>"),
    ("In-Reply-To", "<AM9PR07MB4410B2E1D0C9F8A7B6C5D4E3F2A1B0C9@AM9PR07MB4410.eurprd07.prod.outlook.com>"),
    ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
], text="""Hi Marek,

Thank you for letting me know, and for the specific feedback on regulated tariffs - that's genuinely useful. I enjoyed preparing the referral presentation and meeting the panel.

Please keep me in mind for future openings at Brightwater.

Best,
Sam

> On Jun 8, 2026, at 4:11 AM, Marek Nowak <m.nowak@brightwater-energy.eu> wrote:
>
> Dear Sam,
>
> Thank you for taking part in the second interview for the Growth Marketing Manager position. I'm sorry to let you know that we won't be taking your application further.
>
> Best regards,
> Marek Nowak
""", fmt="plain", cte="7bit"),
    notes="From: Sam; the follow-up itself; quotes a held-out rejection")

add("owner-sent-withdraw", "owner-sent", build([
    ("From", SAM),
    ("To", "Bea Lindgren <bea@kiteline.app>"),
    ("Subject", "Withdrawing my application - Product Marketing Manager"),
    ("Date", "Mon, 9 Mar 2026 19:02:44 -0400"),
    ("Message-ID", mid("gmail")),
], text="""Hi Bea,

Thank you again for the second interview. I wanted to let you know as soon as possible that I've accepted another offer, so unfortunately I need to withdraw from the process for the Product Marketing Manager role.

I really enjoyed meeting Oren and the team and hope our paths cross again.

Best,
Sam
""", cte="quoted-printable"),
    notes="From: Sam; owner withdraws; 'unfortunately', 'withdraw'")

# ---------------------------------------------------------------- owner-declines
add("owner-declines-saltwind", "owner-declines", build([
    ("From", SAM),
    ("To", "Noor Haddad <noor.haddad@saltwindlabs.com>"),
    ("Cc", "Evan Park <evan@saltwindlabs.com>"),
    ("Subject", "Re: Offer letter - Senior Product Marketing Manager"),
    ("Date", "Wed, 14 Oct 2026 10:05:51 -0400"),
    ("Message-ID", mid("gmail")),
], text="""Hi Noor,

Thank you so much for the offer and for working with me on the package. After a lot of thought, I've decided not to accept - I've chosen a role that's closer to the brand side, which is where I want to grow next.

This was a hard decision. I really enjoyed getting to know you and Evan, and I hope we stay in touch.

Best,
Sam

On Fri, Oct 9, 2026 at 5:52 PM Noor Haddad <noor.haddad@saltwindlabs.com> wrote:
> Hi Sam,
>
> We're thrilled to offer you the Senior Product Marketing Manager position at Saltwind Labs! Your formal offer letter is attached.
""", cte="quoted-printable"),
    notes="From: Sam; 'decided not to accept'; quoted offer")

# ---------------------------------------------------------------- owner-is-hiring-manager
add("huddle-slack-digest-hiring-channel", "owner-is-hiring-manager", build([
    ("From", "Huddle <notifications@huddle-chat.example>"),
    ("To", SAM),
    ("Subject", "[Huddle] 5 new messages in #hiring-brand-designer"),
    ("Date", "Thu, 19 Nov 2026 18:00:04 +0000"),
    ("Message-ID", mid("uuid", "huddle-chat.example")),
    ("List-Unsubscribe", "<https://huddle-chat.example/account/notifications>"),
], text="""You have 5 new messages in #hiring-brand-designer (Northbeam workspace)

Dev Raman  10:14 AM
  Debrief notes for Jordan Price are in the scorecard. Consensus is no - portfolio was strong but no motion work.

Sam Taylor  10:21 AM
  Agreed. Let's reject Jordan and move forward with Ama and Lucas to the final round.

Dev Raman  10:23 AM
  Sending Jordan the standard decline now: "Unfortunately we've decided not to move forward with your application..."

Harriet Cole  11:02 AM
  Also closing out Ben Ostrowski - he withdrew after accepting another offer.

Sam Taylor  11:05 AM
  Thanks all. Ama's final is Tuesday, Lucas Wednesday.

Open Huddle: https://northbeam.huddle-chat.example/channels/hiring-brand-designer
You're receiving this email because you have notifications on for this channel.
""", cte="quoted-printable"),
    notes="chat notification digest; owner is hiring manager rejecting a third party; quotes a decline")

add("greenhouse-candidate-rejected-notice", "owner-is-hiring-manager", build([
    ("From", "Greenhouse <no-reply@greenhouse.io>"),
    ("To", SAM),
    ("Subject", "Rejection sent: Marcus Bell - Brand Designer"),
    ("Date", "Fri, 20 Nov 2026 15:33:21 +0000"),
    ("Message-ID", mid("uuid", "greenhouse.io")),
    ("Auto-Submitted", "auto-generated"),
], html=ats_html(["Hi Sam,",
    "A rejection email was sent to <b>Marcus Bell</b> for <b>Brand Designer</b> at Northbeam.",
    "Rejected by: Harriet Cole<br>Rejection reason: Lacking skill(s)/qualification(s)<br>Stage: Portfolio Review<br>Email template: \"Unfortunately - after portfolio review\"",
    '<a href="https://app.greenhouse.io/people/48812233">View candidate profile</a>',
    "You are receiving this notification because you are the hiring manager for this job."], "Greenhouse", "#24a47f",
    footer="Greenhouse Software · Notification settings"), fmt="html", cte="quoted-printable"),
    notes="ATS hiring-team notification; owner is hiring manager; third party rejected")

add("colleague-asks-review-decline", "owner-is-hiring-manager", build([
    ("From", "Harriet Cole <harriet.cole@northbeam.example>"),
    ("To", SAM),
    ("Subject", "Draft decline for Priya Nandakumar - ok to send?"),
    ("Date", "Mon, 23 Nov 2026 09:47:30 -0500"),
    ("Message-ID", mid("outlook")),
], text="""Hi Sam,

Could you sanity-check this before I send it to Priya? I want to make sure it's kind but clear.

---
Hi Priya,

Thank you for interviewing with us for the Content Designer role. I'm sorry to let you know that we've decided to go with another candidate whose experience more closely matches the role. We really enjoyed meeting you and would be glad to hear from you for future openings.

Best,
Harriet
---

Thanks!
Harriet

Harriet Cole
Recruiting Manager, Northbeam
""", cte="quoted-printable", html_style="outlook"),
    notes="colleague asks owner to approve a draft rejection for a third party; full rejection text inside")

# ---------------------------------------------------------------- forwarded
add("friend-fw-outlook-rejection", "forwarded", build([
    ("From", "Jordan Kim <jordan.kim@example.net>"),
    ("To", SAM),
    ("Subject", "FW: Update regarding your application - Senior Brand Manager"),
    ("Date", "Tue, 3 Nov 2026 21:10:02 -0500"),
    ("Message-ID", mid("outlook")),
], text="""Sam - did you ever apply here? Seems like they're cutting everyone. Any tips on how to reply to this without sounding bitter lol

J

________________________________
From: Ivy Castellano <ivy.castellano@bramblecrest.com>
Sent: Tuesday, November 3, 2026 3:45 PM
To: Jordan Kim <jordan.kim@example.net>
Subject: Update regarding your application - Senior Brand Manager

Dear Jordan,

Thank you for your interest in the Senior Brand Manager role at Bramblecrest. We have now completed our interviews and regret to inform you that we will not be progressing your application.

We wish you every success in your search.

Kind regards,
Ivy Castellano
Talent Acquisition, Bramblecrest
""", cte="quoted-printable", html_style="outlook"),
    notes="friend's own rejection forwarded (To: Sam, addressed to Jordan inside); outlook FW")

add("excolleague-referral-didnt-work-out", "forwarded", build([
    ("From", "Mei Chen <mei.chen.pm@example.com>"),
    ("To", SAM),
    ("Subject", "Fwd: Your candidacy at Ferncastle"),
    ("Date", "Thu, 22 Oct 2026 12:01:40 -0700"),
    ("Message-ID", mid("gmail")),
], text="""Hey! Thanks again for the referral to Ferncastle. Sadly didn't work out - see below. Really appreciate you putting my name in though, drinks on me next week?

Mei

---------- Forwarded message ---------
From: Ferncastle Careers <no-reply@ferncastle.example>
Date: Thu, Oct 22, 2026 at 10:03 AM
Subject: Your candidacy at Ferncastle
To: <mei.chen.pm@example.com>


Hi Mei,

Thank you for your interest in the Product Manager, Onboarding role. After careful consideration, we will not be moving forward with your candidacy. We appreciate the time you spent with our team.

Ferncastle Recruiting
""", cte="quoted-printable"),
    notes="ex-colleague forwards own rejection from a company the owner referred her to; gmail Fwd")

# ---------------------------------------------------------------- reply-to-followup
add("halloran-reply-to-thankyou", "reply-to-followup", build([
    ("From", "Imogen Clarke <imogen.clarke@hallorancider.com>"),
    ("To", SAM),
    ("Subject", "RE: Brand Manager - Halloran Cider"),
    ("Date", "Thu, 16 Apr 2026 10:02:18 -0400"),
    ("Message-ID", mid("outlook")),
    ("In-Reply-To", "<71C2E4A8-93B0-4E5F-A2D6-0B8F1C3E5A77@example.org>"),
], text="""Hi Sam,

Thank you for such a gracious reply - it's really appreciated, and it doesn't happen as often as you'd think. I've flagged your profile for our brand team and will absolutely reach out if a similar role opens up later this year.

Take care,
Imogen

From: Sam Taylor <sam.taylor@example.org>
Sent: Wednesday, April 15, 2026 8:44 AM
To: Imogen Clarke <imogen.clarke@hallorancider.com>
Subject: Re: Brand Manager - Halloran Cider

Hi Imogen,

Thank you for letting me know, and for the thoughtful note. Please keep me in mind for future openings.

Best,
Sam

From: Imogen Clarke <imogen.clarke@hallorancider.com>
Sent: Tuesday, April 14, 2026 3:42 PM
To: Sam Taylor <sam.taylor@example.org>
Subject: Brand Manager - Halloran Cider

Hello Sam,

After reviewing all of the finalists together, the hiring manager has chosen to pursue candidates whose experience more closely matches the on-premise and distributor side of the Brand Manager role.

Kind regards,
Imogen Clarke
""", cte="quoted-printable", html_style="outlook"),
    notes="very hard negative: recruiter answers owner's thank-you; nested outlook quote contains the rejection")

add("tallgrass-feedback-reply", "reply-to-followup", build([
    ("From", "Priyanka Desai <priyanka.desai@tallgrassrobotics.com>"),
    ("To", SAM),
    ("Subject", "Re: Tallgrass - Product Marketing Lead"),
    ("Date", "Wed, 15 Jul 2026 07:55:01 -0600"),
    ("Message-ID", mid("gmail")),
    ("In-Reply-To", "<0D4E7A92-1B3C-4F5E-9A8B-6C2D1E0F3B44@example.org>"),
], text="""Of course! Happy to share a bit more. Honestly the only gap was dealer-channel experience - your messaging work was the best we saw. I've introduced you to Marta at Fieldwise by separate email; they're hiring a PMM.

Rooting for you,
Priyanka

On Tue, Jul 14, 2026 at 6:10 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Priyanka,
>
> Thanks for letting me know. I'd love any feedback you're able to share, and I'd gladly take you up on the intros.
>
> Sam
>
> On Mon, Jul 13, 2026 at 8:27 AM Priyanka Desai <priyanka.desai@tallgrassrobotics.com> wrote:
>> Hi Sam,
>>
>> That said, we've decided not to proceed with your candidacy for the Product Marketing Lead position.
>>
>> Priyanka
""", cte="quoted-printable"),
    notes="very hard negative: feedback reply; rejection only in nested gmail quote ('>>')")

# ---------------------------------------------------------------- withdrawal-confirmation
add("kiteline-smartrecruiters-withdrawn", "withdrawal-confirmation", build([
    ("From", "Kiteline <noreply@smartrecruiters.com>"),
    ("To", SAM),
    ("Subject", "Your application has been withdrawn"),
    ("Date", "Mon, 9 Mar 2026 23:15:07 +0000"),
    ("Message-ID", mid("uuid", "smartrecruiters.com")),
], text="""Hi Sam,

This confirms that your application for Product Marketing Manager at Kiteline has been withdrawn at your request. You will no longer be considered for this position.

We're sorry to see you go, and we hope you'll consider Kiteline again in the future.

Kiteline Talent Team
""", cte="quoted-printable"),
    notes="withdrawal confirmation; 'no longer be considered'; smartrecruiters no-reply")

# ---------------------------------------------------------------- personal
add("mom-did-you-hear-back", "personal", build([
    ("From", "Linda Taylor <linda.taylor52@example.com>"),
    ("To", SAM),
    ("Subject", "thinking of you"),
    ("Date", "Sat, 20 Jun 2026 08:14:29 -0500"),
    ("Message-ID", mid("apple", "example.com")),
    ("X-Mailer", "iPhone Mail (22F76)"),
], text="""Hi honey,

Did you hear back from the insurance company? Your dad says no news is good news but I know how these things go. If they turned you down it's their loss!!

Call us this weekend. Love you
Mom

Sent from my iPhone
""", fmt="plain", cte="7bit"),
    notes="family; 'turned you down'; iphone")

# ---------------------------------------------------------------- recruiter-outreach
add("recruiter-outreach-role-filled-another", "recruiter-outreach", build([
    ("From", "Tyler Brennan <tyler@apexridge-recruiting.com>"),
    ("To", SAM),
    ("Subject", "Different opportunity - Head of PMM"),
    ("Date", "Wed, 18 Nov 2026 14:22:09 -0500"),
    ("Message-ID", mid("gmail")),
], text="""Hi Sam,

I reached out in September about a Director of Product Marketing search - you mentioned the timing wasn't right. That one's since been filled, but I've just been retained on a Head of Product Marketing role at a Series C fintech that I think is an even better fit.

Would you be open to a 15-minute call this week? No pressure if you're not looking.

Tyler Brennan
Partner, Apex Ridge Recruiting
(212) 555-0137
""", cte="quoted-printable"),
    notes="cold outreach; 'That one's since been filled' (owner never applied)")

add("agency-nudge-unfortunately-missed", "recruiter-outreach", build([
    ("From", "Sofia Lindahl <sofia@brightpath-talent.example>"),
    ("To", SAM),
    ("Subject", "Re: quick question"),
    ("Date", "Tue, 24 Nov 2026 10:10:44 +0000"),
    ("Message-ID", mid("outlook")),
], text="""Hi Sam,

Just bumping this up in case it got buried. Unfortunately I missed you on the phone yesterday. I'm working on a Senior Brand Manager role with a sustainable fashion label in London that isn't advertised yet, and your background looks like a great match.

If it's not for you, no worries at all - I won't keep chasing!

Best,
Sofia Lindahl
Brightpath Talent
""", cte="quoted-printable", html_style="outlook"),
    notes="recruiter nudge; 'Unfortunately I missed you'; 'not for you'")

# ---------------------------------------------------------------- more non-job-rejection
add("journal-manuscript-decision", "non-job-rejection", build([
    ("From", "Journal of Brand Strategy <onbehalfof@manuscriptcentral.example>"),
    ("Reply-To", "Prof. Anneliese Kühn <jbs-editor@brandstrategyjournal.example>"),
    ("To", SAM),
    ("Subject", "Journal of Brand Strategy - Decision on Manuscript ID JBS-2026-0412"),
    ("Date", "Thu, 27 Aug 2026 13:41:52 +0000"),
    ("Message-ID", mid("uuid", "manuscriptcentral.example")),
], text="""27-Aug-2026

Dear Mx. Taylor,

Manuscript ID JBS-2026-0412, entitled "Category Creation in B2B Markets: Evidence from 40 Launches", which you submitted to the Journal of Brand Strategy, has been reviewed. The comments of the reviewers are included at the bottom of this letter.

In view of the reviewers' concerns about sample selection, I regret to inform you that I must reject your manuscript for publication in the Journal of Brand Strategy. We are unable to consider a revised version.

Thank you for considering the Journal of Brand Strategy for the publication of your research. I hope the outcome of this specific submission will not discourage you from submitting future manuscripts.

Sincerely,
Prof. Anneliese Kühn
Editor-in-Chief, Journal of Brand Strategy

Reviewer(s)' Comments to Author:

Reviewer: 1
The candidate explanation for the launch outcomes is plausible, but the selection of cases is not justified...
""", fmt="plain", charset="iso-8859-1", cte="quoted-printable", hdr_charset="iso-8859-1"),
    notes="paper rejection; 'I regret to inform you'; 'candidate explanation'; Reply-To editor; iso-8859-1")

add("creative-fund-grant-unsuccessful", "non-job-rejection", build([
    ("From", "Creative Futures Fund <grants@creativefutures.org.example>"),
    ("To", SAM),
    ("Subject", "Your application to the Creative Futures Fund (Round 3)"),
    ("Date", "Mon, 14 Sep 2026 12:00:00 +0100"),
    ("Message-ID", mid("outlook")),
], text="""Dear Sam,

Thank you for applying to Round 3 of the Creative Futures Fund with your project "Small Brands, Big Stories".

We received 1,140 applications for 36 awards. I am sorry to tell you that your application has been unsuccessful on this occasion. Our assessors were unable to shortlist many strong proposals.

You are welcome to apply to Round 4, which opens in January. We run free feedback clinics - details on our website.

Kind regards,
Grants Team
Creative Futures Fund
Registered charity no. 1199999
""", cte="quoted-printable", html_style="outlook"),
    notes="grant; en-GB 'unsuccessful on this occasion', 'unable to shortlist'")
