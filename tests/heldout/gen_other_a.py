"""Held-out hard negatives (label=other), part A."""
from _lib import SAM, build, mid, ats_html, fake_pdf

MSGS = []


def add(slug, cat, eml, notes=""):
    MSGS.append(dict(slug=slug, label="other", category=cat, eml=eml, reply_to="", contact_first_name="",
                     company="", role="", notes=notes))


# ---------------------------------------------------------------- interview-invite
add("kiteline-earlier-slot-gone", "interview-invite", build([
    ("From", "Bea Lindgren <bea@kiteline.app>"),
    ("To", SAM),
    ("Subject", "Re: Second interview - Product Marketing Manager"),
    ("Date", "Mon, 23 Feb 2026 10:41:17 -0800"),
    ("Message-ID", mid("gmail")),
    ("In-Reply-To", "<A4C0F2D1-77B3-4E0A-9C5E-8D21E6F0B3A2@example.org>"),
    ("References", "<A4C0F2D1-77B3-4E0A-9C5E-8D21E6F0B3A2@example.org>"),
], text="""Hi Sam,

Unfortunately the earlier slot is gone - someone grabbed Tuesday morning before I could hold it, sorry about that! Could you do Thursday at 2pm PT instead? It'll be 45 minutes with Oren (our CMO) and one of the PMs.

No need to prepare anything formal, but come ready to talk through a launch you're proud of.

Thanks,
Bea

On Mon, Feb 23, 2026 at 9:15 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Bea,
>
> Thanks so much - I'd love to do the second interview. Would the Tuesday 9am slot still be available?
>
> Best,
> Sam
""", cte="quoted-printable"),
    notes="hard negative: 'Unfortunately the earlier slot is gone'; gmail quoted-thread")

add("larchmont-ashby-final-round", "interview-invite", build([
    ("From", "Larchmont Bio <no-reply@ashbyhq.com>"),
    ("To", SAM),
    ("Subject", "Next steps with Larchmont Bio"),
    ("Date", "Wed, 11 Mar 2026 15:27:33 +0000"),
    ("Message-ID", mid("uuid", "ashbyhq.com")),
    ("Auto-Submitted", "auto-generated"),
], text="""Hi Sam,

Thank you for your time with the team for the Senior Product Marketing Manager role. We'd like to move forward with you to the final round!

Please choose a time using the link below. Unfortunately we can't accommodate evenings or weekends, but if none of the times work, reply to recruiting@larchmontbio.com and we'll find something.

https://app.ashbyhq.com/interview-scheduling/larchmontbio/7c2e19a0

Best,
Larchmont Bio Recruiting
""", html=ats_html(["Hi Sam,",
    "Thank you for your time with the team for the Senior Product Marketing Manager role. We'd like to move forward with you to the final round!",
    "Please choose a time using the link below. Unfortunately we can't accommodate evenings or weekends, but if none of the times work, reply to recruiting@larchmontbio.com and we'll find something.",
    '<a href="https://app.ashbyhq.com/interview-scheduling/larchmontbio/7c2e19a0" style="background:#5b5bd6;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Schedule your interview</a>',
    "Best,<br>Larchmont Bio Recruiting"], "Larchmont Bio", "#5b5bd6", footer="Powered by Ashby"), cte="quoted-printable"),
    notes="ATS no-reply like rejections; 'move forward with you'; 'Unfortunately'; team address in body")

add("zuiderlicht-uitnodiging-nl", "interview-invite", build([
    ("From", "Joost Bakker <joost.bakker@zuiderlicht.nl>"),
    ("To", SAM),
    ("Subject", "Uitnodiging tweede gesprek - Marketing Manager"),
    ("Date", "Tue, 12 May 2026 09:12:44 +0200"),
    ("Message-ID", mid("outlook")),
], text="""Beste Sam,

Bedankt voor het prettige eerste gesprek. We willen je graag uitnodigen voor een tweede gesprek voor de functie Marketing Manager.

Helaas is onze directeur volgende week afwezig, dus we stellen donderdag 21 mei om 14:00 uur voor, op ons kantoor in Utrecht. Laat je weten of dat schikt?

Met vriendelijke groet,
Joost Bakker
HR Business Partner | Zuiderlicht
""", cte="quoted-printable", html_style="outlook"),
    notes="lang=nl; invite containing 'Helaas' (unfortunately)")

add("greystone-agency-panel-invite", "interview-invite", build([
    ("From", "Callie Drummond <callie@northstar-talent.com>"),
    ("To", SAM),
    ("Subject", "Good news - Greystone panel"),
    ("Date", "Thu, 4 Jun 2026 12:03:29 -0400"),
    ("Message-ID", mid("gmail")),
], text="""Hi Sam!

Good news - Greystone's hiring manager wants to move you forward to the panel interview for the Brand Marketing Director role. They were really impressed with your portfolio.

One wrinkle: unfortunately he's travelling next week, so the earliest they can do is the 15th. I know you mentioned another process is moving fast, so if that changes anything let me know and I'll push them.

Are you free Monday the 15th between 1 and 4pm ET?

Callie Drummond
Principal Recruiter | Northstar Talent
(646) 555-0182
""", cte="quoted-printable"),
    notes="agency; 'move you forward'; 'unfortunately he's travelling'")

# ---------------------------------------------------------------- ack-received
add("vellum-greenhouse-ack-not-hear", "ack-received", build([
    ("From", "Vellum Health <no-reply@us.greenhouse-mail.io>"),
    ("To", "sam.taylor@example.org"),
    ("Subject", "Thank you for applying to Vellum Health"),
    ("Date", "Mon, 19 Jan 2026 03:15:40 +0000"),
    ("Message-ID", mid("uuid", "us.greenhouse-mail.io")),
], html=ats_html(["Hi Sam,",
    "Thank you for your interest in Vellum Health! We've received your application for the Product Marketing Manager, Provider role.",
    "Our team reviews every application carefully. Due to the high volume of applications, we are unable to respond to every applicant individually. If you are not selected for an interview, you will not hear from us, but we encourage you to keep an eye on our careers page.",
    "Regards,<br>Vellum Health Recruiting"], "Vellum Health", "#0e7490",
    footer="Powered by greenhouse"), fmt="html", cte="quoted-printable"),
    notes="html-only; greenhouse; 'if you are not selected ... you will not hear from us'")

add("hartwell-icims-ack", "ack-received", build([
    ("From", "Hartwell Group Careers <hartwellgroup@icims.com>"),
    ("To", SAM),
    ("Subject", "We've received your application - Marketing Manager, Loyalty"),
    ("Date", "Sun, 8 Feb 2026 20:44:12 -0500"),
    ("Message-ID", mid("uuid", "icims.com")),
], text="""Dear Sam,

Thank you for applying for the Marketing Manager, Loyalty position (Job ID 2026-3310) at Hartwell Group. This email confirms that your application has been received.

Our recruiting team will review your qualifications against the requirements of the role. Should your background be a match, a member of the team will contact you to discuss next steps. Unfortunately, due to the volume of applications we receive, we are not able to provide individual feedback to applicants who are not selected.

You can check the status of your application at any time in the candidate portal.

Sincerely,
Hartwell Group Talent Acquisition

Please do not reply to this message.
""", fmt="plain", cte="7bit", charset="us-ascii"),
    notes="icims ack; 'Unfortunately'; 'not selected'; plain us-ascii")

add("ashcombe-ack-assume-unsuccessful", "ack-received", build([
    ("From", "Ashcombe Council Recruitment <recruitment@ashcombe.gov.example>"),
    ("To", SAM),
    ("Subject", "Application received: Digital Marketing Lead (ref ASH-0412)"),
    ("Date", "Thu, 26 Mar 2026 08:00:01 +0000"),
    ("Message-ID", mid("uuid", "ashcombe.gov.example")),
    ("Auto-Submitted", "auto-generated"),
], text="""Dear Sam Taylor,

Thank you for your application for the post of Digital Marketing Lead (ref ASH-0412).

The closing date for this vacancy is 10 April 2026. Shortlisting will take place within two weeks of the closing date.

If you have not heard from us within 4 weeks of the closing date, please assume that your application has been unsuccessful on this occasion. We are grateful for your interest in working for the Council.

Recruitment Team
Ashcombe District Council
""", fmt="plain", cte="7bit", charset="us-ascii"),
    notes="very hard negative: 'please assume ... unsuccessful on this occasion'; en-GB; auto-generated")

# ---------------------------------------------------------------- offer
add("saltwind-offer-letter-pdf", "offer", build([
    ("From", "Noor Haddad <noor.haddad@saltwindlabs.com>"),
    ("To", SAM),
    ("Cc", "Evan Park <evan@saltwindlabs.com>"),
    ("Subject", "Offer letter - Senior Product Marketing Manager"),
    ("Date", "Fri, 9 Oct 2026 14:52:06 -0700"),
    ("Message-ID", mid("gmail")),
], text="""Hi Sam,

We're thrilled to offer you the Senior Product Marketing Manager position at Saltwind Labs! Your formal offer letter is attached.

A couple of notes from our call: unfortunately we can't move on the base salary beyond the top of the band, but we were able to increase the equity grant and add a $10,000 sign-on bonus, which is reflected in the letter.

Please let me know if you have any questions - we'd love to have your answer by Wednesday, October 14.

Cheers,
Noor

Noor Haddad
Talent Partner, Saltwind Labs
""", attachments=[(fake_pdf("Saltwind Labs - Offer Letter - Sam Taylor"), "application", "pdf",
                   "Saltwind_Offer_Sam_Taylor.pdf")], cte="quoted-printable"),
    notes="has-attachment (pdf); multipart-mixed; 'unfortunately we can't move on the base salary'")

add("marlowe-move-forward-verbal", "offer", build([
    ("From", "Daniel Okafor <daniel.okafor@marlowe.studio>"),
    ("To", SAM),
    ("Subject", "Marlowe - we'd like to move forward with you"),
    ("Date", "Tue, 13 Oct 2026 09:25:48 -0400"),
    ("Message-ID", mid("apple", "marlowe.studio")),
], text="""Hi Sam,

I'll keep this short because I'd rather tell you on the phone: we'd like to move forward with you for the Head of Brand role, and we're putting together a formal offer today.

We decided not to continue with the other finalists, so you're our choice, full stop. Do you have 20 minutes this afternoon?

Daniel
Founder, Marlowe Studio
""", fmt="plain", cte="7bit"),
    notes="verbal offer; 'decided not to continue with the other finalists'")

add("oriel-contingent-offer", "offer", build([
    ("From", "Oriel Partners HR <hr@orielpartners.com>"),
    ("Reply-To", "Lakshmi Iyer <lakshmi.iyer@orielpartners.com>"),
    ("To", SAM),
    ("Subject", "Conditional offer of employment"),
    ("Date", "Mon, 2 Nov 2026 13:37:55 -0600"),
    ("Message-ID", mid("outlook")),
], text="""Dear Sam,

Congratulations! On behalf of Oriel Partners, I am pleased to extend to you a conditional offer of employment for the position of Marketing Director, reporting to the Chief Growth Officer, with a start date of December 1, 2026.

This offer is contingent upon satisfactory completion of a background check and verification of your employment history. Please note that if the background check is not completed successfully, the offer may be rescinded.

Please sign and return the enclosed documents via DocuSign by November 6.

We look forward to welcoming you.

Sincerely,
Lakshmi Iyer
Director, Human Resources
Oriel Partners LLC
""", cte="quoted-printable", html_style="outlook"),
    notes="hard negative: 'offer may be rescinded' (contingency); Reply-To differs")

# ---------------------------------------------------------------- reschedule
add("copperline-cancel-tomorrow-still-open", "reschedule", build([
    ("From", "Ines Carvalho <ines@copperline.ai>"),
    ("To", SAM),
    ("Subject", "Need to cancel tomorrow's interview"),
    ("Date", "Wed, 15 Apr 2026 17:48:02 -0700"),
    ("Message-ID", mid("gmail")),
], text="""Hi Sam,

I'm so sorry for the late notice, but we need to cancel tomorrow's interview with Ruth - she's been pulled into a board meeting.

To be clear, the role is still very much open and we're excited to talk with you! I'll send over a couple of new times for next week in the morning.

Apologies again,
Ines
Copperline AI | Recruiting
""", cte="quoted-printable"),
    notes="hard negative: 'need to cancel' the interview, role still open")

add("outlook-meeting-canceled-ics", "reschedule", build([
    ("From", "Harvey Lomax <hlomax@pinfold-insurance.com>"),
    ("To", SAM),
    ("Subject", "Canceled: Interview - Sam Taylor / Brand Marketing Manager"),
    ("Date", "Mon, 27 Apr 2026 08:05:11 -0500"),
    ("Message-ID", mid("outlook")),
    ("Importance", "high"),
], text="""Hi Sam - apologies, I have to cancel this slot as I'll be travelling. My assistant will send a new invite for later this week.

Harvey
""", html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">Hi Sam - apologies, I have to cancel this slot as I'll be travelling. My assistant will send a new invite for later this week.<br><br>Harvey</div></body></html>
""", calendar=("""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Harvey Lomax:mailto:hlomax@pinfold-insurance.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Taylor:mailto:sam.taylor@example.org
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Sam Taylor / Brand Marketing Manager
DTSTART;TZID=Central Standard Time:20260428T100000
DTEND;TZID=Central Standard Time:20260428T110000
UID:040000008200E00074C5B7101A82E008000000006A1F2B3C4D5EDC01000000000000000010000000B1C2D3E4F5
SEQUENCE:1
STATUS:CANCELLED
PRIORITY:1
END:VEVENT
END:VCALENDAR
""", "CANCEL"), cte="quoted-printable"),
    notes="text/calendar METHOD:CANCEL (base64) in multipart-alt; subject 'Canceled:'")

add("wrenhaven-panel-moved-unwell", "reschedule", build([
    ("From", "Tamsin Hughes <tamsin.hughes@wrenhaven.co.uk>"),
    ("To", SAM),
    ("Subject", "RE: Panel interview - Monday instead?"),
    ("Date", "Thu, 7 May 2026 11:30:20 +0100"),
    ("Message-ID", mid("outlook")),
], text="""Hi Sam,

Unfortunately Ana is unwell today, so we won't be able to go ahead with this afternoon's panel. I'm really sorry for the disruption.

Could we move it to Monday at the same time (15:00)? Everything else stays the same - same Teams link, same panel.

Thanks for your understanding,
Tamsin

Tamsin Hughes
Recruitment Coordinator | Wrenhaven Homes
""", cte="quoted-printable", html_style="outlook"),
    notes="'Unfortunately ... won't be able to go ahead' (interview, not role); en-GB")

# ---------------------------------------------------------------- job-alert
add("roleboard-daily-alert", "job-alert", build([
    ("From", "Roleboard Alerts <alerts@mail.roleboard.example>"),
    ("To", SAM),
    ("Subject", "12 new Product Marketing jobs for you"),
    ("Date", "Tue, 17 Nov 2026 13:00:00 +0000"),
    ("Message-ID", mid("uuid", "mail.roleboard.example")),
    ("List-Unsubscribe", "<https://roleboard.example/alerts/unsubscribe?u=88123>"),
    ("List-Id", "Roleboard job alerts <alerts.roleboard.example>"),
    ("Precedence", "bulk"),
], text="""Hi Sam, here are today's matches for "product marketing manager" in Remote / US.

* Senior Product Marketing Manager - Juniper Ledger (Remote) - Applied
* Product Marketing Manager, AI - Quillfeather (San Francisco) - No longer accepting applications
* Growth Marketing Manager - Brightwater Energy (Amsterdam) - Applied
* Product Marketing Lead - Tallgrass Robotics (Denver)
* Lifecycle Marketing Manager - Cobbleroad (Remote)

Didn't hear back? 40% of employers on Roleboard respond within 2 weeks. Don't get discouraged - rejection is part of the process.

Manage alerts: https://roleboard.example/alerts
Unsubscribe: https://roleboard.example/alerts/unsubscribe?u=88123
""", cte="quoted-printable"),
    notes="bulk; List-Id; names companies that rejected; 'No longer accepting applications'; 'rejection is part of the process'")

add("careerpath-similar-roles", "job-alert", build([
    ("From", "CareerPath <jobs@careerpath.example>"),
    ("To", "sam.taylor@example.org"),
    ("Subject", "Roles similar to ones that didn't work out"),
    ("Date", "Sun, 1 Nov 2026 15:30:00 +0000"),
    ("Message-ID", mid("uuid", "careerpath.example")),
    ("List-Unsubscribe", "<mailto:unsubscribe@careerpath.example?subject=unsub-41882>"),
    ("Precedence", "bulk"),
], html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<h2 style="color:#1d4ed8">Keep going, Sam</h2>
<p>Some of your recent applications were marked as <b>Not selected</b> by employers. Here are roles that match the same skills:</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Brand Marketing Manager</b><br>Cobbleroad · Remote</td><td><a href="https://careerpath.example/j/1">View</a></td></tr>
<tr><td><b>Senior Manager, Product Marketing</b><br>Ferncastle · Austin, TX</td><td><a href="https://careerpath.example/j/2">View</a></td></tr>
<tr><td><b>Growth Marketing Lead</b><br>Lumen &amp; Loom · New York, NY</td><td><a href="https://careerpath.example/j/3">View</a></td></tr>
</table>
<p style="font-size:12px;color:#888">You're receiving this because you have job alerts turned on. <a href="https://careerpath.example/settings">Settings</a></p>
</body></html>
""", fmt="html", cte="base64"),
    notes="html-only base64; job board; 'Not selected' status summary")
