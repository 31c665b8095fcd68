"""Hard-negative specs for the en2 blind corpus (label `other`), written blind to the product's rules.

Same spec shape as content_rejections.py, without `lab` (other rows carry no expected fields).
"""

SAM = "Sam Taylor <sam.taylor@example.org>"

ICS_INVITE = """BEGIN:VCALENDAR
PRODID:-//Fictional Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTART:{start}
DTEND:{end}
SUMMARY:{summary}
ORGANIZER;CN={org}:mailto:{org_mail}
ATTENDEE;CN=Sam Taylor:mailto:sam.taylor@example.org
LOCATION:{where}
STATUS:{status}
END:VEVENT
END:VCALENDAR
"""

PDF_STUB = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")

BULK = {"Precedence": "bulk", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def O(slug, cat, style, frm, subject, body, **kw):
    return dict(slug=slug, label="other", cat=cat, style=style, frm=frm, subject=subject, body=body, **kw)


def ics(uid, start, end, summary, org, org_mail, where, status="CONFIRMED"):
    return ICS_INVITE.format(uid=uid, start=start, end=end, summary=summary, org=org, org_mail=org_mail,
                             where=where, status=status)


SPECS = [
    # ------------------------------------------------------------------ interview invites
    O("juniper-loop-greenhouse-first-call", "interview-invite", "ats",
      "Juniper Loop Recruiting <no-reply@us.greenhouse-mail.io>",
      "Next steps with Juniper Loop – Product Marketing Manager",
      """
      Hi Sam,

      Thanks for applying to the Product Marketing Manager role at Juniper Loop. We received a lot of applications and couldn't take every one forward, so we're pleased to tell you that yours stood out.

      We'd love to set up a 30-minute introductory call with Alex from our recruiting team. Please pick a slot that suits you using the link below.

      [Choose a time](button)

      If none of the times work, just reply and we'll find another.

      Alex Romero
      Recruiting, Juniper Loop
      """,
      reply_to="Alex Romero <alex.romero@juniperloop.example>", vendor="greenhouse", color="#2a9d8f",
      tz="-0800", locale="en-US", note="'couldn't take every one forward' about others"),

    O("corbel-ashby-hiring-manager", "interview-invite", "ats",
      "Corbel Systems <no-reply@ashbyhq.com>",
      "Interview with the hiring manager – Corbel Systems",
      """
      Hi Sam,

      Great news: after your recruiter screen, the team would like you to meet Danielle Ortiz, our VP of Marketing, for the Senior Product Marketing Manager role.

      | Interview | Hiring manager conversation (45 min) |
      | Format | Video call (Zoom link in the calendar invite) |
      | When | Choose any available slot next week |

      [Schedule your interview](button)

      Corbel Systems Recruiting
      """,
      vendor="ashby", color="#3a86ff", tz="-0500", locale="en-US"),

    O("kelpie-workday-panel-ics", "interview-invite", "ats",
      "Kelpie Insurance <kelpieinsurance@myworkday.com>",
      "Interview invitation – Head of Customer Marketing",
      """
      Dear Sam,

      We are pleased to invite you to a panel interview for the Head of Customer Marketing position.

      | Date | Tuesday 8 December 2026 |
      | Time | 10:00 – 11:15 GMT |
      | Location | Kelpie House, 2 Quay Street, Glasgow G3 8AY |
      | Panel | Head of Marketing; Customer Director; HR Business Partner |

      Please bring photo ID. A calendar invitation is attached. If you are unable to attend, contact us via your candidate home page.

      Kelpie Insurance Talent Acquisition
      """,
      vendor="workday", color="#22577a", tz="+0000", locale="en-GB",
      attach=[("invite.ics", "text/calendar",
               ics("kelpie-panel-20261208@kelpie.example", "20261208T100000Z", "20261208T111500Z",
                   "Panel interview - Head of Customer Marketing", "Kelpie Talent", "talent@kelpie.example",
                   "Kelpie House, Glasgow"))],
      note="multipart/mixed with .ics"),

    O("ravelin-lever-not-every-application", "interview-invite", "ats",
      "Ravelin Audio <no-reply@hire.lever.co>",
      "Ravelin Audio: let's talk about Brand Marketing Manager",
      """
      Hi Sam,

      Not every application gets through our first review, and we don't send many of these emails, so congratulations: we'd like to invite you to a first interview for Brand Marketing Manager.

      The conversation is about 40 minutes with Freya, who leads brand. No preparation needed beyond looking at a couple of our recent campaigns.

      [Book your interview](button)

      Ravelin Audio Talent Team
      """,
      vendor="lever", color="#e63946", tz="+0000", locale="en-GB"),

    O("personal-second-conversation", "interview-invite", "personal",
      "Maria Santos <maria.santos@thornfieldlabs.example>",
      "Second conversation?",
      """
      Hi Sam,

      Thanks for the chat on Friday. Would you be up for a second conversation, this time with our CEO and the head of sales? Not everyone makes it through our first round, but you did, comfortably.

      Could you do Wednesday 9th or Thursday 10th, any time after 2pm UK?

      Best,
      Maria

      Maria Santos
      VP Marketing, Thornfield Labs
      """,
      tz="+0000", locale="en-GB"),

    O("indian-shortlisted-second-round", "interview-invite", "personal",
      "Karthik Subramanian <karthik.s@veloxretail.example>",
      "Shortlisted - 2nd Round Interview - Brand Manager",
      """
      Dear Sam,

      Greetings from Velox Retail!

      We are happy to inform you that you have been shortlisted for the 2nd round of interview for the Brand Manager position. The discussion will be with our Marketing Head, Mr. Arvind Rao.

      Date: 11 December 2026
      Time: 11:30 AM IST
      Mode: Microsoft Teams (link to follow)

      Kindly confirm your availability at the earliest.

      Regards,
      Karthik Subramanian
      HR - Talent Acquisition
      Velox Retail Pvt Ltd
      """,
      tz="+0530", locale="en-IN"),

    # ------------------------------------------------------------------ acknowledgements (incl. hedging)
    O("sablewood-smartrecruiters-hedging-ack", "ack-received", "ats",
      "Sablewood Brewing <no-reply@smartrecruiters.com>",
      "We've received your application – Marketing Manager",
      """
      Hi Sam,

      Thank you for applying for Marketing Manager at Sablewood Brewing. Your application has arrived safely and is now with our hiring team.

      We aim to review every application within two weeks. If your profile matches what we're looking for, a recruiter will be in touch to arrange a first call; if we don't move forward, you'll hear from us too, so you won't be left wondering.

      Cheers,
      Sablewood Brewing People Team
      """,
      vendor="smartrecruiters", color="#7f5539", tz="+0000", locale="en-GB", note="hedging ack"),

    O("orrery-workday-assume-unsuccessful", "ack-received", "ats",
      "Orrery Pharmaceuticals <orrery@myworkday.com>",
      "Thank you for applying: Brand Manager, Oncology (R-55810)",
      """
      Dear Sam,

      Thank you for your application for Brand Manager, Oncology (R-55810). We confirm it has been received.

      Owing to the volume of applications we receive, we regret that we cannot respond individually to every applicant. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.

      [Track your application](button)

      Orrery Pharmaceuticals Global Talent Acquisition
      """,
      vendor="workday", color="#5e548e", tz="+0100", locale="en-GB",
      note="hedging ack: conditional 'assume not successful' only"),

    O("fennel-greenhouse-what-happens-next", "ack-received", "ats",
      "Fennel Health <no-reply@us.greenhouse-mail.io>",
      "Application received: Lifecycle Marketing Lead",
      """
      Hi Sam,

      Thanks for applying to be Fennel Health's Lifecycle Marketing Lead!

      ## What happens next

      Our recruiting team reads every application. If there's a match, we'll reach out within 10 business days to schedule a call. If we decide not to proceed, we'll let you know by email either way.

      In the meantime, you might enjoy reading about how our marketing team works on our blog.

      [Read the blog](button)

      The Fennel Health Recruiting Team
      """,
      vendor="greenhouse", color="#386641", tz="-0500", locale="en-US", note="hedging ack"),

    O("eisvogel-personio-ack", "ack-received", "ats",
      "Eisvogel Software GmbH <no-reply@jobs.personio.de>",
      "Confirmation of your application – Senior Product Marketing Manager (m/f/d)",
      """
      Dear Sam,

      thank you for your application as Senior Product Marketing Manager (m/f/d) and your interest in Eisvogel Software.

      We have received your documents and will review them carefully. Please understand that this may take two to three weeks. You will receive a reply from us in any case, whether positive or negative.

      Best regards
      Your Eisvogel Software Recruiting Team
      """,
      vendor="personio", color="#264653", tz="+0100", locale="en (German writer)",
      legal="Eisvogel Software GmbH · Leopoldstraße 9, 80802 München · Amtsgericht München HRB 000000 (fictional)",
      privacy="Information on data protection (Datenschutz): we process your data according to Art. 6 (1) b GDPR and § 26 BDSG for the purpose of the application procedure and delete it six months after its conclusion.",
      note="hedging ack, German-style English"),

    O("norrsken-teamtailor-no-feedback", "ack-received", "ats",
      "Norrsken Design <no-reply@mail.teamtailor.com>",
      "Thanks for applying to Norrsken Design!",
      """
      Hi Sam,

      We're so happy you want to join us as Brand Designer & Marketing Lead. Your application is in, and we'll look through it as soon as we can.

      Because we're a small team, we unfortunately can't give individual feedback at the application stage. We will, however, tell everyone how things went once the role is filled.

      Take care,
      Norrsken Design
      """,
      vendor="teamtailor", color="#ffb4a2", tz="+0100", locale="en (Swedish writer)", note="ack with 'unfortunately'"),

    O("stonebridge-icims-ack-legal", "ack-received", "ats",
      "Stonebridge Medical <stonebridgemedical@talent.icims.com>",
      "Stonebridge Medical – application confirmation (Req 18804)",
      """
      Dear Sam,

      This message confirms that we have received your application for Marketing Manager, Surgical (Req 18804).

      Candidates whose qualifications most closely match the requirements will be contacted by a member of our talent acquisition team. Candidates who are not selected will be notified once the position has been filled.

      Stonebridge Medical Talent Acquisition
      """,
      vendor="icims", color="#1b263b", tz="-0500", locale="en-US",
      legal="Stonebridge Medical is an Equal Opportunity/Affirmative Action Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability or protected veteran status.",
      note="hedging ack; EEO legal notice"),

    O("referral-cv-received-personal", "ack-received", "personal",
      "Ollie Brandt <ollie@harbourfold.example>",
      "Got your CV",
      """
      Hi Sam,

      Dan passed your CV on - thanks for sending it over. I'll share it with the rest of the team this week for the Head of Content role.

      I'll be straight with you whichever way it goes; if it's not a fit for this one I'll tell you rather than leave you hanging.

      Ollie
      Harbourfold
      """,
      tz="+0000", locale="en-GB", note="personal hedging ack"),

    # ------------------------------------------------------------------ status updates
    O("tollgate-workday-still-under-review", "status-update", "ats",
      "Tollgate Bank <tollgatebank@myworkday.com>",
      "Your application is still under review",
      """
      Dear Sam,

      We wanted to let you know that your application for Senior Marketing Manager, Cards is still under review. The hiring team has not yet made any decisions on candidates for interview.

      | Requisition | JR-33019 |
      | Status | In review |

      We'll contact you as soon as there's an update. Thank you for your patience.

      Tollgate Bank Talent Acquisition
      """,
      vendor="workday", color="#003566", tz="+0000", locale="en-GB"),

    O("wren-greenhouse-timeline-shifted", "status-update", "ats",
      "Wren Analytics <no-reply@us.greenhouse-mail.io>",
      "A quick update on timing – Wren Analytics",
      """
      Hi Sam,

      We wanted to give you a quick update on the Product Marketing Lead search. Our timeline has shifted a little because of end-of-year planning, and we now expect to make decisions about the next round by mid-December.

      Nothing is needed from you right now. Thanks for bearing with us; we'd rather be honest about timing than leave you guessing.

      Theo Grant
      Recruiting, Wren Analytics
      """,
      reply_to="Theo Grant <theo.grant@wrenanalytics.example>", vendor="greenhouse", color="#6d597a",
      tz="-0500", locale="en-US"),

    O("northwall-taleo-under-consideration", "status-update", "ats",
      "Brightshore Energy Careers <careers@taleo.net>",
      "Brightshore Energy: your application status has changed",
      """
      Hello Sam,

      There has been a change to the status of an application you submitted through the Brightshore Energy careers site.

      | Requisition | 26-1182 |
      | Job title | Marketing Manager, Residential |
      | Status | Under consideration – hiring manager review |

      No action is required at this time.

      [View my applications](button)

      Brightshore Energy Talent Acquisition
      """,
      vendor="taleo", color="#0b525b", tz="-0700", locale="en-CA", note="same template shape as a rejection table"),

    O("recruiter-no-decision-yet", "status-update", "personal",
      "Hugh Kendrick <hugh.kendrick@marlowgate.example>",
      "Quick update",
      """
      Hi Sam,

      Just so you're not left wondering - no decision yet on the Brand Director role. Our hiring manager has been off sick for most of the week, so everything's slid by a few days.

      You're very much still in the running. I'll come back to you by Wednesday at the latest.

      Hugh

      Hugh Kendrick
      Talent Acquisition Manager, Marlowgate
      07700 900 614
      """,
      tz="+0000", locale="en-GB"),

    O("narrowed-to-three", "status-update", "personal",
      "Renée Lapointe <renee.lapointe@boreallink.example>",
      "Where things stand",
      """
      Hi Sam,

      A short note on where the Growth Marketing Manager search stands. We've narrowed it down to three people and you are one of them.

      The leadership team meets next Thursday to decide. Whichever way it goes, you'll hear from me on Friday - I won't leave you hanging over the weekend.

      Thanks for your patience,
      Renée

      Renée Lapointe
      People Partner, Boreal Link
      Ottawa
      """,
      tz="-0500", locale="en-CA", note="'whichever way it goes' without a verdict"),

    # ------------------------------------------------------------------ offers
    O("castellan-greenhouse-offer-esign", "offer", "ats",
      "Castellan Software <no-reply@us.greenhouse-mail.io>",
      "Your offer from Castellan Software",
      """
      Hi Sam,

      Congratulations! We're delighted to offer you the position of Senior Product Marketing Manager at Castellan Software.

      Your offer letter is ready to review and sign electronically. It includes your compensation, start date and benefits summary.

      [Review and sign your offer](button)

      This offer expires on 14 December 2026. If you have questions, reply to this email to reach Nora directly.

      Nora Whitfield
      Recruiting Lead, Castellan Software
      """,
      reply_to="Nora Whitfield <nora.whitfield@castellan.example>", vendor="greenhouse", color="#1d3557",
      tz="-0500", locale="en-US"),

    O("pinewood-workday-conditional-offer", "offer", "ats",
      "Pinewood Retail Group <pinewoodretail@myworkday.com>",
      "Congratulations – conditional offer of employment",
      """
      Dear Sam,

      We are pleased to make you a conditional offer for the role of Head of CRM at Pinewood Retail Group.

      This offer is subject to satisfactory references and a basic criminal record check. In the rare event that these checks are not satisfactory, we may need to withdraw the offer; we will always talk to you first.

      Please accept your offer through your candidate home page by 11 December.

      [Accept offer](button)

      Pinewood Retail Group Resourcing
      """,
      vendor="workday", color="#40916c", tz="+0000", locale="en-GB",
      note="mentions withdrawing an offer only as a possibility"),

    O("verbal-offer-follow-up-pdf", "offer", "personal",
      "Naledi Khumalo <naledi.khumalo@brightpathed.example>",
      "Offer letter - Director of Marketing",
      """
      Hi Sam,

      Following our call this afternoon, I'm delighted to confirm in writing that we'd like you to join BrightPath Education as Director of Marketing. The offer letter is attached; it sets out the salary, bonus and the start date we discussed.

      Have a read and let me know if anything needs clarifying. No rush - take the weekend.

      Warm regards,
      Naledi

      Naledi Khumalo
      Chief Operating Officer
      BrightPath Education
      """,
      attach=[("BrightPath_offer_letter.pdf", "application/pdf", PDF_STUB)],
      tz="+0000", locale="en-GB", note="multipart/mixed with PDF"),

    O("aussie-startup-offer", "offer", "personal",
      "Tom Whitely <tom@saltbushapp.example>",
      "We'd love you on board!",
      """
      Sam!

      The team's unanimous - we'd love you to be Saltbush's first Head of Marketing. I know you had a couple of other processes going, so I wanted to get this to you quickly.

      Headline numbers: $165k base plus 0.4% equity, 4 year vesting with a 1 year cliff. Formal contract to follow from our lawyers tomorrow.

      Super excited,
      Tom
      Co-founder & CEO, Saltbush
      """,
      tz="+1000", locale="en-AU"),

    # ------------------------------------------------------------------ reschedules
    O("goodtime-rescheduled", "reschedule", "ats",
      "Quarry Lane Scheduling <scheduling@goodtime.io>",
      "Your interview with Quarry Lane has been rescheduled",
      """
      Hi Sam,

      Your interview for Senior Growth Marketer has been moved to a new time at the interviewer's request.

      | Previous time | Thu 3 Dec, 15:00 GMT |
      | New time | Mon 7 Dec, 11:00 GMT |
      | Interviewer | Paul Ashworth, Head of Growth |

      If the new time doesn't work, use the link below to pick another.

      [Pick a different time](button)

      Quarry Lane Recruiting
      """,
      vendor="goodtime", color="#ff6700", tz="+0000", locale="en-GB"),

    O("calendar-cancel-will-rebook", "reschedule", "ats",
      "Marisol Diaz <marisol.diaz@lanternfish.example>",
      "Cancelled: Interview - Sam Taylor / Product Marketing Manager",
      """
      This event has been cancelled.

      | Title | Interview - Sam Taylor / Product Marketing Manager |
      | When | Wed 2 Dec 2026 16:00 – 16:45 (EST) |
      | Organizer | Marisol Diaz |

      Note from organizer: Our hiring manager had a family emergency today. Sorry for the short notice - I'll send a new time by Friday; the role is very much still open.
      """,
      vendor="calendar", color="#4f772d", tz="-0500", locale="en-US", no_noreply=True,
      privacy="You are receiving this email because you are an attendee on the event.",
      footer_links=["Invitation from Google Calendar (fictional)"],
      attach=[("invite.ics", "text/calendar",
               ics("lanternfish-int-1202@lanternfish.example", "20261202T210000Z", "20261202T214500Z",
                   "Interview - Sam Taylor / Product Marketing Manager", "Marisol Diaz",
                   "marisol.diaz@lanternfish.example", "Google Meet", status="CANCELLED"))],
      note="calendar cancellation of an interview slot, role still open"),

    O("cancel-call-tomorrow", "reschedule", "personal",
      "Grace Whitmore <grace.whitmore@halyardhq.example>",
      "Tomorrow's call - need to move it",
      """
      Hi Sam,

      I'm so sorry, I have to cancel our call tomorrow - something's come up with a board meeting that I can't get out of.

      Could we do Thursday instead, same time? If that doesn't work, send me a couple of options and I'll make one of them work.

      Apologies again,
      Grace

      Grace Whitmore
      CMO, Halyard
      """,
      tz="-0500", locale="en-US"),

    O("panel-moved-sick", "reschedule", "personal",
      "Imogen Clarke <imogen.clarke@sorrelbank.example>",
      "Change to your panel interview",
      """
      Dear Sam,

      I'm afraid we need to change the date of your panel interview for the Marketing Manager role. Priya, who chairs the panel, is unwell this week, and we don't want to go ahead without her.

      Would Tuesday 15th at 10am or Wednesday 16th at 2pm work for you instead? Nothing else about the process changes.

      With apologies,
      Imogen Clarke
      Recruitment Coordinator, Sorrel Bank
      """,
      tz="+0000", locale="en-GB", cte="quoted-printable"),

    O("irish-push-back-a-week", "reschedule", "personal",
      "Seán Ó Briain <sean.obriain@boglandtech.example>",
      "Second interview - small delay",
      """
      Hi Sam,

      Bit of a curveball: we need to push your second interview back by a week, as half the leadership team is in Boston for a customer summit. The role is very much still open and nothing's changed on our side - it's purely diaries.

      Would Tuesday the 15th at 11 work?

      Sorry about this,
      Seán

      Seán Ó Briain
      Marketing Director, Bogland Tech
      +353 21 555 0139
      """,
      tz="+0000", locale="en-IE", charset="iso-8859-15", cte="8bit"),

    # ------------------------------------------------------------------ recruiter outreach
    O("linkedin-style-inmail-notice", "recruiter-outreach", "ats",
      "Jobnet Messages <messages-noreply@jobnet.example>",
      "Hannah Kerr sent you a message",
      """
      Hi Sam,

      Hannah Kerr, Talent Partner at Vireo Mobility, sent you a message:

      "Hi Sam - I'm hiring a Head of Product Marketing for our EU expansion and your background at the intersection of brand and product caught my eye. Open to a chat?"

      [Reply to Hannah](button)

      You're receiving InMail notifications. Change your notification settings at any time.
      """,
      vendor="linkedin", color="#0a66c2", tz="+0000", locale="en-GB", headers=BULK),

    O("agency-crm-new-matches", "recruiter-outreach", "ats",
      "Calder Recruitment <jobs@caldermail.example>",
      "3 new marketing roles that match your profile",
      """
      Hi Sam,

      Based on the profile you registered with us, here are new roles our consultants are working on:

      | Senior Brand Manager | FMCG, Manchester | £70–80k |
      | Product Marketing Lead | SaaS, remote UK | £85k + equity |
      | Head of Marketing | Charity, London | £75k |

      [See all matching roles](button)

      Not looking any more? Update your availability so we only contact you about the right things.
      """,
      vendor="bullhorn", color="#780000", tz="+0000", locale="en-GB", headers=BULK),

    O("filled-but-two-new-ones", "recruiter-outreach", "personal",
      "Pippa Rowe <pippa.rowe@ashfieldsearch.example>",
      "That PMM role + two new ones",
      """
      Hi Sam,

      Hope you're well. You might remember we spoke in the summer about the PMM role at Kittering - that one was filled in the end by someone internal, so it never went anywhere.

      The good news is I've just taken on two new briefs that I think are a better fit for you anyway:

      - Senior Product Marketing Manager at a Series C fintech (hybrid, London), up to £95k
      - Head of Product Marketing at a climate-tech scale-up (remote), £100-110k

      Shall I send you the specs? Free for a call Thursday?

      Pippa

      Pippa Rowe
      Associate Director, Ashfield Search
      07700 900 507
      """,
      tz="+0000", locale="en-GB", note="old role filled + new pitch"),

    O("in-house-cold-outreach", "recruiter-outreach", "personal",
      "Darnell Hayes <darnell.hayes@wildcardsoftware.example>",
      "Your product marketing work",
      """
      Hi Sam,

      I came across your talk on messaging frameworks from last year's PMM meetup and I've been meaning to write since. I lead recruiting at Wildcard Software, and we're building out our product marketing team in the new year.

      No pressure at all - but would you be open to a 20-minute chat to see if there's anything interesting for you here?

      Darnell Hayes
      Head of Talent, Wildcard Software
      (415) 555-0122
      """,
      tz="-0800", locale="en-US"),

    O("agency-nudge", "recruiter-outreach", "personal",
      "Vikram Bose <vikram@pinnacleplacements.example>",
      "Re: Marketing leadership opportunity",
      """
      Hi Sam,

      Just floating this back to the top of your inbox in case it got buried. Still open to a quick chat about the CMO-track role I mentioned? The client is moving fast and I'd love to put you forward before they close the longlist.

      Best,
      Vikram
      """,
      quote=dict(who="Vikram Bose <vikram@pinnacleplacements.example>", when="Tue, 17 Nov 2026 at 11:02",
                 text="""
                 Hi Sam, I'm working on a Marketing Director role (CMO track) with a consumer health brand in Dublin. Your background looks like a strong match. Interested?
                 Vikram Bose | Pinnacle Placements
                 """),
      tz="+0000", locale="en-IE (Indian writer)"),

    O("previously-other-candidate-new-role", "recruiter-outreach", "personal",
      "Leah Morgan <leah.morgan@pebbledash.example>",
      "A new role at Pebbledash",
      """
      Hi Sam,

      You may remember me from the Brand Manager process at Pebbledash back in March. We went with another candidate at the time, but you were a very close second and I kept your details with that in mind.

      We've just opened a Senior Brand Manager role that I think fits you even better than the original one. Would you like to hear more? I can skip the first screening round for you.

      Leah Morgan
      Talent Acquisition, Pebbledash
      """,
      tz="+0000", locale="en-GB", note="mentions an old past rejection; now an outreach"),

    # ------------------------------------------------------------------ requisition transfer
    O("workday-moved-requisition", "requisition-transfer", "ats",
      "Alder Logistics <alderlogistics@myworkday.com>",
      "Your application has been moved to a new requisition",
      """
      Dear Sam,

      Please note that your application has been moved from requisition R-11820 (Marketing Manager, Freight – Leeds) to requisition R-12007 (Marketing Manager, Freight – Manchester). The original posting has been closed as the team will now be based in Manchester.

      Your application remains active and your answers have been carried over; there is nothing you need to do.

      [View candidate home](button)

      Alder Logistics Talent Acquisition
      """,
      vendor="workday", color="#283618", tz="+0000", locale="en-GB", note="'original posting has been closed' but application active"),

    O("greenhouse-transferred-job", "requisition-transfer", "ats",
      "Mosaic Ledger <no-reply@us.greenhouse-mail.io>",
      "Update on your application with Mosaic Ledger",
      """
      Hi Sam,

      A quick heads-up: we've transferred your application from Product Marketing Manager, Enterprise to Product Marketing Manager, SMB. The enterprise opening has been closed, but the hiring manager thinks your background is a strong match for the SMB team.

      Your application stays active, and the recruiter will contact you shortly about next steps.

      Mosaic Ledger Recruiting
      """,
      vendor="greenhouse", color="#9a031e", tz="-0500", locale="en-US"),

    O("smartrecruiters-considered-other-position", "requisition-transfer", "ats",
      "Helvetia Nord Careers <no-reply@smartrecruiters.com>",
      "Helvetia Nord – you are being considered for another position",
      """
      Dear Sam,

      Thank you for your interest in Helvetia Nord. While reviewing your application for Brand Communications Manager, our recruiters identified another open position that may suit your profile even better: Digital Marketing Manager, Retail.

      Your application has been added to that position as well, and you remain under consideration for both. You don't need to do anything further.

      Kind regards,
      Helvetia Nord Talent Acquisition
      """,
      vendor="smartrecruiters", color="#d00000", tz="+0100", locale="en (Swiss writer)"),

    O("recruiter-moved-to-sister-team", "requisition-transfer", "personal",
      "Priyanka Das <priyanka.das@quayside.example>",
      "Your application - moving it to the Lifecycle team",
      """
      Hi Sam,

      Quick update. Having read your CV, Martin (hiring manager for Growth Marketing Lead) thinks you'd be a stronger match for the Lifecycle Marketing Lead role on our sister team, so I've moved your application over. No need to reapply.

      The Lifecycle hiring manager, Joanne, would like to talk to you next week. Shall I send some times?

      Priyanka Das
      Talent Partner, Quayside
      """,
      tz="+0000", locale="en-GB"),

    # ------------------------------------------------------------------ owner hiring (colleagues at example.org)
    O("hr-system-requisition-approved", "owner-hiring", "ats",
      "Talent System <talent-system@example.org>",
      "REQ-3310 Marketing Coordinator: 3 candidates awaiting your decision",
      """
      Hi Sam,

      You are the hiring manager for REQ-3310 Marketing Coordinator. The following candidates are awaiting your decision:

      | Jordan Ellis | Phone screen complete | Advance / Reject |
      | Mei Lin Tan | Phone screen complete | Advance / Reject |
      | Oscar Bright | Application review | Advance / Reject |

      Candidates you reject will receive the standard "not selected" email 48 hours after your decision.

      [Review candidates](button)
      """,
      vendor="hr", color="#5f0f40", tz="+0000", locale="en-GB", no_noreply=True,
      note="owner is hiring manager; internal HR system at owner's domain"),

    O("recruiting-ops-rejections-queued", "owner-hiring", "ats",
      "Recruiting Ops <recruiting-ops@example.org>",
      "Rejection emails scheduled: Content Marketing Manager (REQ-3288)",
      """
      Hi Sam,

      As requested, rejection emails for 14 candidates on REQ-3288 Content Marketing Manager are scheduled to send tomorrow at 09:00.

      | Template | Not selected – after application review |
      | Candidates | 14 |
      | Send time | 09:00 tomorrow |

      If you want to personalise any of them, open the candidate list before then.

      [Open candidate list](button)
      """,
      vendor="hr", color="#5f0f40", tz="+0000", locale="en-GB", no_noreply=True),

    O("hr-system-scorecard-due", "owner-hiring", "ats",
      "Talent System <talent-system@example.org>",
      "Reminder: interview feedback overdue for Priya Venkatesan",
      """
      Hi Sam,

      Your scorecard for Priya Venkatesan (Senior Brand Designer, REQ-3297) is now two days overdue. The hiring team can't make a decision until all feedback is in.

      [Submit scorecard](button)

      Recommendation options: Strong yes · Yes · No · Strong no
      """,
      vendor="hr", color="#5f0f40", tz="+0000", locale="en-GB", no_noreply=True),

    O("colleague-finalist-template-review", "owner-hiring", "personal",
      "Rachel Adeyinka <rachel.adeyinka@example.org>",
      "Finalist decline template - can you review?",
      """
      Hi Sam,

      Before I send these out for the Marketing Coordinator role, can you sanity-check the note to the two finalists we're not taking forward? I've tried to keep it warm without being vague.

      ---
      Dear [Name],

      Thank you for the time you gave us over the last few weeks. It was a genuinely close decision, but we have decided to offer the role to another candidate. We'd be happy to share feedback if you'd find it useful, and we'd love to stay in touch.

      Best wishes,
      Sam
      ---

      If you're happy I'll send from your account tomorrow morning.

      Rachel
      People Partner
      """,
      tz="+0000", locale="en-GB", note="owner's colleague; rejection wording inside a template"),

    O("colleague-decline-two-candidates", "owner-hiring", "personal",
      "Ben Okoro <ben.okoro@example.org>",
      "Content role - let's decline Tom and Aisha",
      """
      Sam,

      Talked to Lisa - we're agreed on Marta for the content role. So we should decline Tom and Aisha. I'll let Tom know on Friday since I've been his main contact; could you call Aisha? She was a referral from your old team so it'll land better from you.

      Thanks,
      Ben
      """,
      tz="+0000", locale="en-GB"),

    O("manager-requisition-frozen", "owner-hiring", "personal",
      "Claire Hudson <claire.hudson@example.org>",
      "Headcount freeze - content designer req",
      """
      Hi Sam,

      Bad news from finance: the content designer requisition is frozen until Q2. We'll need to tell the three candidates we had in process that the role is on hold and we're closing their applications.

      Could you draft the note? Keep it honest - it's a budget decision, nothing to do with them.

      Claire
      Director of Marketing
      """,
      tz="+0000", locale="en-GB"),

    O("colleague-candidate-gracious-reply", "owner-hiring", "personal",
      "Lisa Fenwick <lisa.fenwick@example.org>",
      "Fwd: Re: Marketing Coordinator",
      """
      FYI - Aisha replied to your message. Very gracious, worth keeping her in mind for the spring.

      Lisa

      ---------- Forwarded message ---------
      From: Aisha Rahman <aisha.rahman@mailbox.example>
      Date: Thu, 26 Nov 2026 at 16:20
      Subject: Re: Marketing Coordinator
      To: Sam Taylor <sam.taylor@example.org>

      Hi Sam,

      Thank you for letting me know, and for calling rather than just emailing. Of course I'm disappointed, but I really enjoyed meeting the team. Please do keep me in mind if anything else comes up.

      Best,
      Aisha

      > On Wed, 25 Nov 2026, Sam Taylor wrote:
      > Hi Aisha, following our call: we've decided to offer the role to another candidate. Thank you for all your time.
      """,
      tz="+0000", locale="en-GB"),

    # ------------------------------------------------------------------ non-job rejections
    O("journal-manuscript-reject", "non-job-rejection", "ats",
      "Journal of Marketing Practice <em@editorialmanager.example>",
      "Decision on Manuscript JMP-D-26-00412",
      """
      Dear Dr Taylor,

      Thank you for submitting your manuscript, "Narrative framing in B2B launch messaging: a field study", to the Journal of Marketing Practice.

      I regret to inform you that, following review, the editors have decided to reject your manuscript for publication. The reviewers' comments are included below; we hope you find them useful in revising the work for another outlet.

      Reviewer #1: The sample is small and the causal claims go beyond what the design supports.

      Sincerely,
      Prof. Helena Voss
      Editor-in-Chief
      """,
      vendor="journal", color="#003f88", tz="+0000", locale="en-GB"),

    O("grant-fund-not-successful", "non-job-rejection", "ats",
      "Creative Communities Fund <grants-noreply@ccfund.example>",
      "Creative Communities Fund – outcome of your application",
      """
      Dear Sam,

      Thank you for applying to Round 7 of the Creative Communities Fund for your project "Local Voices Podcast".

      We received 412 applications requesting over six times the available budget. We're sorry to tell you that your application was not successful this round.

      You are welcome to apply again in Round 8, which opens in March.

      The Creative Communities Fund team
      """,
      vendor="grants", color="#9d4edd", privacy="The Creative Communities Fund is administered by a fictional charitable trust. Read how we use applicant data in our privacy notice.", footer_links=["Privacy notice", "Funding FAQ"], tz="+0000", locale="en-GB"),

    O("bank-loan-declined", "non-job-rejection", "ats",
      "Harbourside Bank <alerts@harbourside-bank.example>",
      "About your personal loan application",
      """
      Dear Sam Taylor,

      Thank you for applying for a personal loan of £12,000 with Harbourside Bank.

      After careful consideration, we are unable to approve your application at this time. This decision was based on information from our credit scoring process and a credit reference agency.

      | Application reference | PL-2026-448193 |
      | Decision | Declined |

      You have the right to ask which credit reference agency we used.
      """,
      vendor="bank", color="#14213d", tz="+0000", locale="en-GB"),

    O("rental-portal-other-applicant", "non-job-rejection", "ats",
      "Letwell Lettings <noreply@letwell.example>",
      "Your application for 14 Larch Mews",
      """
      Hi Sam,

      Thank you for applying to rent 14 Larch Mews. The landlord has reviewed all applications and has chosen to proceed with another applicant.

      Your holding deposit has not been taken. Other properties matching your search are below.

      [See similar properties](button)

      Letwell Lettings
      """,
      vendor="lettings", color="#e76f51", privacy="Letwell Lettings is a member of a fictional property redress scheme. Your data is shared with landlords only for your application.", footer_links=["Saved searches", "Unsubscribe from property alerts"], tz="+0000", locale="en-GB"),

    O("tender-portal-bid-unsuccessful", "non-job-rejection", "ats",
      "Northshire Council Procurement <procurement-noreply@northshire.example>",
      "Tender NSC/2026/118 – notification of outcome",
      """
      Dear Sam Taylor,

      Thank you for submitting a bid for Tender NSC/2026/118: Brand Refresh and Campaign Services.

      The evaluation panel has now completed its assessment. Your bid was not successful on this occasion. The contract has been awarded to the bidder with the most economically advantageous tender.

      | Your quality score | 61 / 100 |
      | Winning quality score | 78 / 100 |

      A standstill period of 10 days now applies before the contract is signed.

      Northshire Council Procurement Team
      """,
      vendor="procurement", color="#2b2d42", privacy="This notice is issued under the fictional Public Contracts Regulations. Information may be disclosed under freedom of information law.", footer_links=["Procurement portal"], tz="+0000", locale="en-GB", note="vendor bid by Sam's freelance practice"),

    O("visa-refused-portal", "non-job-rejection", "ats",
      "Veloria e-Visa Service <no-reply@evisa.veloria.example>",
      "Decision on your visitor visa application VEV-7781204",
      """
      Dear Applicant,

      Your application for a short-stay visitor visa (reference VEV-7781204) has been refused.

      The decision letter, including the reasons for refusal and information about how to request an administrative review, is available in your account.

      [Sign in to view the decision](button)

      This is an automatically generated message.
      """,
      vendor="gov", color="#495057", privacy="Personal data in visa applications is processed under the Veloria Immigration Act (fictional).", footer_links=["Privacy", "Accessibility"], tz="+0200", locale="en (government portal)"),

    O("conference-talk-not-selected", "non-job-rejection", "personal",
      "Anya Petrov <anya@brandcamp.example>",
      "BrandCamp 2027 - your talk proposal",
      """
      Hi Sam,

      Thanks so much for submitting "The quiet launch: shipping without a splash" to BrandCamp 2027.

      We had 340 proposals for 28 slots this year, and I'm sorry to say yours wasn't selected. The committee liked the topic, but we already had two talks on launch strategy and had to make some hard trade-offs.

      We'd love to see you there anyway - use code SPEAKER27 for 30% off a ticket.

      Anya
      Programme Chair, BrandCamp
      """,
      tz="+0100", locale="en-GB"),

    O("rowing-club-membership", "non-job-rejection", "personal",
      "Membership Secretary <membership@riversiderowing.example>",
      "Your membership application",
      """
      Dear Sam,

      Thank you for your application to join Riverside Rowing Club as a full rowing member.

      The committee met on Tuesday. I'm sorry to say that we are unable to offer membership this year, as our boat capacity for adult sweep rowing is full. Your name has been added to the waiting list, and you are currently fourth.

      Yours sincerely,
      Geoffrey Hale
      Membership Secretary
      """,
      tz="+0000", locale="en-GB"),

    O("landlord-another-tenant", "non-job-rejection", "personal",
      "Mark Ellison <mark.ellison@mailbox.example>",
      "Re: Flat viewing Saturday",
      """
      Hi Sam,

      Thanks for coming to see the flat on Saturday. I've decided to go with another tenant who can move in on the 1st - sorry it didn't work out this time.

      Good luck with the search.

      Mark
      """,
      irt=True, quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Sun, 15 Nov 2026 at 19:04",
                           text="""
                           Hi Mark, thanks for showing me round yesterday. I'd love to take the flat if it's still available.
                           Sam
                           """),
      tz="+0000", locale="en-GB"),

    O("coauthor-paper-rejected", "non-job-rejection", "personal",
      "Dr. Farah Qureshi <f.qureshi@uni-northmoor.example>",
      "Reviews are in (sigh)",
      """
      Hi Sam,

      Reviews for our submission to the Consumer Behaviour Conference came in this morning. Reviewer 2 didn't like the sampling and the paper's been rejected. The other two were positive, which makes it more annoying.

      I think we can fix most of it with the second wave of data. Want to aim for the journal special issue in February instead?

      Farah

      Dr. Farah Qureshi
      Senior Lecturer in Marketing, University of Northmoor
      """,
      tz="+0000", locale="en-GB"),

    O("literary-agent-pass", "non-job-rejection", "personal",
      "Juliet Ambler <juliet@amblerliterary.example>",
      "Re: Query - THE LAUNCH (non-fiction)",
      """
      Dear Sam,

      Thank you for sending me your proposal for THE LAUNCH. I read it with interest, but I'm afraid I don't feel it's right for my list, and I'll have to pass.

      This is a subjective business and another agent may well feel differently. I wish you the very best in finding the right home for it.

      Kind regards,
      Juliet Ambler
      Ambler Literary Agency
      """,
      irt=True, tz="+0000", locale="en-GB"),

    O("podcast-guest-declined", "non-job-rejection", "personal",
      "Caleb Nwosu <caleb@marketingmumbles.example>",
      "Re: Guest pitch",
      """
      Hey Sam,

      Appreciate you pitching yourself for the show. We're booked through spring with a theme season on retention, so we won't be able to have you on right now. Feel free to ping me again in the summer.

      Caleb
      Host, Marketing Mumbles
      """,
      irt=True, tz="-0500", locale="en-US"),

    # ------------------------------------------------------------------ newsletters
    O("newsletter-handling-rejection-emails", "newsletter", "ats",
      "The Career Compass <hello@careercompass.example>",
      "5 ways to answer a rejection email (templates inside)",
      """
      Hi Sam,

      ## This week: turning a "no" into a door left open

      Nobody enjoys reading "we've decided to move forward with other candidates". But how you reply can shape what happens next. This week we share five short templates for answering a rejection, from the two-line thank-you to asking for feedback.

      [Read the full issue](button)

      ## Also in this issue

      Why hiring managers remember gracious candidates; what to do when a role is cancelled after your final interview; and a reader's story of being rejected, then hired, by the same company.

      You're receiving this because you subscribed to The Career Compass.
      """,
      vendor="substack", color="#2f3e46", tz="-0500", locale="en-US",
      headers=dict(BULK, **{"List-Unsubscribe": "<https://click.example/u/careercompass>",
                            "List-Id": "The Career Compass <weekly.careercompass.example>"})),

    O("newsletter-rejection-diaries", "newsletter", "ats",
      "The Rejection Diaries <rejectiondiaries@newsletters.example>",
      "The Rejection Diaries #41: three no's in one week",
      """
      Hi friend,

      This week I got turned down three times. The first said they'd "decided not to proceed". The second said the role was "no longer available". The third just never wrote back, and then the job reappeared on their site.

      I wanted to write about what each of those felt like, and what I did next (spoiler: I replied to all three, and one of them has already come back with another role).

      [Keep reading](button)

      Thanks for reading. If this was forwarded to you, you can subscribe here.
      """,
      vendor="substack", color="#6b2737", tz="+0000", locale="en-GB",
      headers=dict(BULK, **{"List-Unsubscribe": "<https://click.example/u/rejectiondiaries>"})),

    O("jobboard-digest-not-selected-article", "newsletter", "ats",
      "Marketing Jobs Weekly <digest@mktgjobsweekly.example>",
      "12 new Product Marketing jobs + why applications get rejected",
      """
      Hi Sam, here are this week's new roles matching "product marketing".

      | Senior PMM – Aventra | Remote (UK) |
      | PMM, Payments – Coinvale | London |
      | Head of PMM – Stackfield | Hybrid, Bristol |

      [See all 12 jobs](button)

      ## From the blog

      Your application was not selected. Now what? We asked 30 recruiters why they reject CVs in under a minute, and what candidates who got a second look did differently.

      [Read the article](button)
      """,
      vendor="jobboard", color="#ef476f", privacy="You get this digest because you created a job alert.", footer_links=["Manage alerts", "Unsubscribe"], tz="+0000", locale="en-GB",
      headers=dict(BULK, **{"List-Unsubscribe": "<https://click.example/u/mktgjobs>"})),

    O("industry-newsletter-brands-reject", "newsletter", "ats",
      "Brandscape Daily <daily@brandscape.example>",
      "Consumers reject shrinkflation; agency pitch season; a CMO leaves",
      """
      Good morning Sam,

      ## Today's top stories

      Shoppers reject shrinkflation: a new survey finds 64% would switch brands after spotting a smaller pack at the same price.

      Pitch season: three retailers have put their media accounts up for review. One incumbent agency was told it would not be invited to re-pitch.

      People moves: the CMO of a national grocery chain is leaving after her role was eliminated in a restructure.

      [Read today's edition](button)
      """,
      vendor="substack", color="#1b4965", tz="+0000", locale="en-GB",
      headers=dict(BULK, **{"List-Unsubscribe": "<https://click.example/u/brandscape>"})),

    O("job-search-insights-weekly", "newsletter", "ats",
      "Jobnet Insights <insights-noreply@jobnet.example>",
      "Your weekly job search insights",
      """
      Hi Sam,

      Here's how your job search went this week.

      | Applications viewed by employers | 4 |
      | Profile searches | 17 |
      | Applicants for similar roles | 1,240 |

      Tip of the week: most applicants who are not selected hear nothing at all. Following up politely after two weeks can double your response rate.

      [See your insights](button)
      """,
      vendor="linkedin", color="#0a66c2", tz="+0000", locale="en-GB",
      headers=dict(BULK, **{"List-Unsubscribe": "<https://click.example/u/jobnet>"})),

    # ------------------------------------------------------------------ auto-replies
    O("careers-helpdesk-ticket", "auto-reply", "ats",
      "Oakhaven Careers Support <careers-support@oakhaven.example>",
      "[Ticket #48213] Re: Status of my application",
      """
      Hello,

      Thank you for contacting Oakhaven Careers Support. Your request has been received and a ticket has been created.

      | Ticket | #48213 |
      | Subject | Status of my application |
      | Expected response | within 5 business days |

      Please keep the ticket number in the subject line if you write again.
      """,
      vendor="ticket", color="#6c757d", tz="+0000", locale="en-GB", headers=AUTO, irt=True,
      note="auto-reply to Sam's status question"),

    O("recruiting-mailbox-auto-ack", "auto-reply", "ats",
      "Tern Group Recruitment <recruitment@terngroup.example>",
      "Automatic reply: Product Marketing Manager - follow-up",
      """
      Thank you for your email to the Tern Group recruitment team.

      Due to high volumes we are not always able to respond to every message personally. If your enquiry is about an application, you can check its status at any time in the candidate portal.

      [Candidate portal](button)
      """,
      vendor="generic", color="#0d1b2a", tz="+0000", locale="en-GB", headers=AUTO, irt=True),

    O("recruiter-out-of-office", "auto-reply", "personal",
      "Emily Castellano <emily.castellano@greyfriars.example>",
      "Out of Office: Re: Senior Brand Manager",
      """
      Thank you for your message. I'm out of the office until Wednesday 2 December with limited access to email.

      For anything urgent relating to open roles, please contact talent@greyfriars.example.

      Emily
      """,
      headers=AUTO, irt=True, tz="+0000", locale="en-GB"),

    O("hiring-manager-parental-leave", "auto-reply", "personal",
      "Jon Whitaker <jon.whitaker@meadowlarkhq.example>",
      "Auto: Re: Thank you",
      """
      Hi there,

      I'm on parental leave until early March and won't be checking email. If your message is about the Growth Marketing Manager hiring process, Sunita Rao (sunita.rao@meadowlarkhq.example) is covering for me.

      Thanks,
      Jon
      """,
      headers=AUTO, irt=True, tz="-0800", locale="en-US"),

    # ------------------------------------------------------------------ forwarded
    O("friend-forwards-ats-rejection", "forwarded", "ats",
      "Kofi Mensah <kofi.mensah@mailbox.example>",
      "Fwd: Your application to Ptarmigan Labs",
      """
      Hi Kofi,

      Thanks for applying for the Data Analyst role. After careful review we've decided not to move forward with your application. We wish you the best in your search.

      Ptarmigan Labs Recruiting
      """,
      preamble="""
      Sam - got this one this morning. What do you reckon, is it worth replying? K

      ---------- Forwarded message ---------
      From: Ptarmigan Labs <no-reply@hire.lever.co>
      Date: Mon, 23 Nov 2026 at 09:12
      Subject: Your application to Ptarmigan Labs
      To: Kofi Mensah <kofi.mensah@mailbox.example>
      """,
      brand="Ptarmigan Labs", vendor="lever", color="#5a189a", tz="+0000", locale="en-GB",
      note="friend's own ATS rejection forwarded with its HTML"),

    O("partner-forwards-own-rejection", "forwarded", "personal",
      "Alex Taylor <alex.taylor@mailbox.example>",
      "Fwd: Update on your application",
      """
      ugh. look at this one. they had me do FOUR rounds.

      -------- Original Message --------
      Subject: Update on your application
      Date: 24 Nov 2026 14:02
      From: Jade Morrow <jade.morrow@tallowmere.example>
      To: Alex Taylor <alex.taylor@mailbox.example>

      Hi Alex,

      Thank you for your time through our interview process for Operations Manager. We've decided to offer the role to another candidate.

      Best,
      Jade
      """,
      tz="+0000", locale="en-GB"),

    O("referred-colleague-didnt-get-it", "forwarded", "personal",
      "Hamid Farouk <hamid.farouk@mailbox.example>",
      "Fwd: Gullwing - Data Engineer",
      """
      Hey Sam,

      Thanks again for referring me to Gullwing. Sadly didn't get it - see below. Really appreciated the intro though, and I owe you a beer.

      Hamid

      Begin forwarded message:

      > From: Gullwing Talent <talent@gullwing.example>
      > Subject: Gullwing - Data Engineer
      > Date: 20 November 2026 at 17:45:12 GMT
      > To: Hamid Farouk <hamid.farouk@mailbox.example>
      >
      > Hi Hamid, thanks for interviewing for the Data Engineer role. The team has decided not to proceed with your application at this stage.
      """,
      tz="+0000", locale="en-GB"),

    O("mentee-asks-reply-advice", "forwarded", "personal",
      "Chloe Bishop <chloe.bishop@mailbox.example>",
      "Fwd: Junior Marketing Executive - outcome (advice?)",
      """
      Hi Sam,

      Sorry to bother you - I got the email below and wanted your advice, since you said to always reply to these. Would a short thank-you be OK, or is it a bit much?

      Thanks so much,
      Chloe

      ---------- Forwarded message ---------
      From: Northbay Media HR <hr@northbaymedia.example>
      Date: Wed, 25 Nov 2026 at 11:30
      Subject: Junior Marketing Executive - outcome

      Dear Chloe,

      Thank you for attending an interview for the position of Junior Marketing Executive. We regret to inform you that on this occasion you have not been successful.

      Kind regards,
      Northbay Media HR
      """,
      tz="+0000", locale="en-GB"),

    # ------------------------------------------------------------------ owner's own sent mail
    O("owner-thanks-after-rejection", "owner-sent", "personal",
      SAM, "Re: Head of Growth",
      """
      Hi Aoife,

      Thank you for letting me know, and for the thoughtful explanation. Of course I'm disappointed, but I really enjoyed meeting you and Conor, and I'd love to stay in touch. Please do keep me in mind if anything opens up in the future.

      Best,
      Sam
      """,
      to="Aoife Brennan <aoife.brennan@liffeybank.example>", irt=True, irt_domain="liffeybank.example",
      quote=dict(who="Aoife Brennan <aoife.brennan@liffeybank.example>", when="Fri, 20 Nov 2026 at 16:40",
                 text="""
                 Hi Sam,

                 We've had a long chat since, and we won't be offering you the Head of Growth position. I'm sorry to be sending this.

                 Aoife
                 """),
      tz="+0000", locale="en-GB", note="From Sam; quotes a rejection"),

    O("owner-withdraws-application", "owner-sent", "personal",
      SAM, "Withdrawing my application - Senior PMM",
      """
      Hi Daniel,

      Thank you for the time you and the team have spent with me on the Senior PMM role. I've accepted another offer this week, so I'd like to withdraw my application from your process.

      I've really enjoyed getting to know Fernleaf, and I hope we cross paths again.

      Best wishes,
      Sam
      """,
      to="Daniel Hart <daniel.hart@fernleaf.example>", tz="+0000", locale="en-GB"),

    O("owner-declines-offer", "owner-sent", "personal",
      SAM, "Re: Offer - Marketing Director",
      """
      Hi Naledi,

      Thank you so much for the offer and for your patience while I thought it over. After a lot of reflection, I've decided not to accept. It was a genuinely hard decision; the role is a great one, but the timing and commute don't work for my family right now.

      I'm very grateful for how you ran the process, and I hope we stay in touch.

      Warmly,
      Sam
      """,
      to="Naledi Khumalo <naledi.khumalo@brightpathed.example>", irt=True, irt_domain="brightpathed.example",
      tz="+0000", locale="en-GB"),

    O("owner-asks-other-candidate", "owner-sent", "personal",
      SAM, "Brand Lead - any news?",
      """
      Hi Marcus,

      I hope you're well. It's been three weeks since the final round for the Brand Lead role and I haven't heard anything, so I wanted to check in. Have you gone with another candidate? Either way, I'd appreciate knowing where things stand.

      Thanks,
      Sam
      """,
      to="Marcus Leigh <marcus.leigh@hollowpine.example>", tz="+0000", locale="en-GB"),

    O("owner-rejects-candidate", "owner-sent", "personal",
      SAM, "Marketing Coordinator - our decision",
      """
      Hi Tom,

      Thank you for the time you gave us over the last few weeks, and for the excellent campaign brief you presented.

      It was a close decision, but we've decided to offer the Marketing Coordinator role to another candidate. I'd be glad to share some feedback if that would help - just let me know.

      All the best,
      Sam

      Sam Taylor
      Head of Marketing
      """,
      to="Tom Griggs <tom.griggs@mailbox.example>", tz="+0000", locale="en-GB",
      note="owner, as hiring manager, turns down a candidate"),

    # ------------------------------------------------------------------ replies to the owner's follow-up
    O("recruiter-answers-thankyou", "reply-to-owner-followup", "personal",
      "Harriet Pym <h.pym@ferncombehale.example>",
      "Re: Brand Manager interview - feedback",
      """
      Dear Sam,

      Thank you for such a gracious reply - it's genuinely rare and very much appreciated. I will certainly keep you in mind; we have a Senior Brand Manager role likely to open in February and I'll let you know.

      Kind regards,
      Harriet
      """,
      irt=True, older=["ferncombehale.example"],
      quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Mon, 23 Nov 2026 at 08:55",
                 text="""
                 Dear Harriet,

                 Thank you for letting me know and for the kind words. I'd love to be considered for future roles.

                 Best wishes,
                 Sam

                 On Fri, 20 Nov 2026 at 15:10, Harriet Pym wrote:
                 > I'm afraid it isn't good news this time. The panel felt the other candidate's depth of grocery category experience tipped the balance.
                 """),
      tz="+0000", locale="en-GB", note="rejection only in the nested quote"),

    O("hm-feedback-call-offer", "reply-to-owner-followup", "personal",
      "Kevin Ostrowski <kevin.ostrowski@cobaltridge.example>",
      "Re: Director of Product Marketing - where we landed",
      """
      Hi Sam,

      Really glad you want to do the feedback call. How's Tuesday at 11 CT? I'll send an invite.

      Kevin
      """,
      irt=True, older=["cobaltridge.example"],
      quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Fri, Nov 20, 2026 at 9:14 AM",
                 text="""
                 Hi Kevin, thanks for telling me yourself. I'd definitely take you up on the feedback offer.
                 Sam
                 """),
      tz="-0600", locale="en-US"),

    O("linkedin-connect-after-thanks", "reply-to-owner-followup", "personal",
      "Bec Cartwright <bec@wattleandfinch.example>",
      "Re: Marketing Lead role",
      """
      Too kind Sam, thank you! Just sent you a connection request on LinkedIn. Let's get that coffee in the new year.

      Bec
      """,
      irt=True, older=["wattleandfinch.example"],
      quote=dict(style="apple", who="Sam Taylor <sam.taylor@example.org>", when="24 Nov 2026, at 7:12 pm",
                 text="""
                 Thanks Bec, I really appreciate you letting me know - and the kind words about the mock campaign. Would love to stay in touch.

                 > I'm gutted to say we've landed on someone else for the Marketing Lead role.
                 """),
      tz="+1100", locale="en-AU"),

    O("agency-gracious-two-roles", "reply-to-owner-followup", "personal",
      "Tasha Green <tasha.green@bluesquarerecruit.example>",
      "Re: Northgate Retail feedback",
      """
      Thanks for being so lovely about it, Sam. Honestly, that attitude is why I'm keen to keep working with you.

      Two roles I'd like to talk about:
      1. Head of CRM at a homeware retailer (Leeds/hybrid)
      2. Senior Lifecycle Manager at a subscription food brand (remote)

      Free at 4 today?

      Tasha
      """,
      irt=True, older=["bluesquarerecruit.example"],
      quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Wed, 25 Nov 2026 at 13:30",
                 text="""
                 Hi Tasha, thanks for letting me know so quickly. Shame, but please do send the other CRM roles over.
                 Sam
                 """),
      tz="+0000", locale="en-GB"),

    O("greenhouse-relayed-reply-thanks", "reply-to-owner-followup", "ats",
      "Quillfeather Analytics <no-reply@us.greenhouse-mail.io>",
      "Re: Your application to Quillfeather Analytics – Senior Product Marketing Manager",
      """
      Hi Sam,

      Thanks for your kind reply, and for asking to stay on our radar. I've tagged your profile so I'll see it first when the next product marketing role opens - we expect a couple in the spring.

      Dana Whitlock
      Talent Partner, Quillfeather Analytics
      """,
      reply_to="Dana Whitlock <dana.whitlock@quillfeather.example>", vendor="greenhouse", color="#2d6a4f",
      irt=True, irt_domain="example.org", tz="-0800", locale="en-US",
      note="recruiter reply relayed through the ATS to Sam's follow-up"),

    # ------------------------------------------------------------------ answers to "have you gone with another candidate?"
    O("answer-not-at-all-running-behind", "answer-to-owner-question", "personal",
      "Marcus Leigh <marcus.leigh@hollowpine.example>",
      "Re: Brand Lead - any news?",
      """
      Hi Sam,

      No, not at all - sorry, we're just running behind because of the holidays. We'd actually like you to meet our CEO as a final step. Could you do a call on Thursday at 3pm?

      Marcus
      """,
      irt=True,
      quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Mon, 30 Nov 2026 at 10:02",
                 text="""
                 Hi Marcus, it's been three weeks since the final round for the Brand Lead role. Have you gone with another candidate? Either way, I'd appreciate knowing where things stand.
                 Sam
                 """),
      tz="+0000", locale="en-GB"),

    O("answer-final-round-invite", "answer-to-owner-question", "personal",
      "Sunita Rao <sunita.rao@meadowlarkhq.example>",
      "Re: Growth Marketing Manager - decision?",
      """
      Hi Sam,

      Great question, and sorry for the silence. We haven't made a decision and we haven't picked anyone else. In fact the team would like to bring you back for a final round with our CFO next week. Does Tuesday or Wednesday afternoon work?

      Sunita
      Recruiting Lead, Meadowlark
      """,
      irt=True,
      quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Tue, Dec 1, 2026 at 8:40 AM",
                 text="""
                 Hi Sunita, I wanted to ask whether the team has decided to go with another candidate for the Growth Marketing Manager role, since I haven't heard back. Thanks, Sam
                 """),
      tz="-0800", locale="en-US"),

    O("answer-far-from-it-outlook", "answer-to-owner-question", "personal",
      "Geraldine Fox <geraldine.fox@stonecroftgroup.example>",
      "RE: Head of Digital - where do things stand?",
      """
      Dear Sam,

      Far from it! The panel was very positive and would like to meet you for a second interview. I'll send you some dates shortly. Apologies that we've been slow - the chair was travelling.

      Kind regards,
      Geraldine

      Geraldine Fox
      HR Manager | Stonecroft Group
      """,
      irt=True,
      quote=dict(style="outlook", who="Sam Taylor <sam.taylor@example.org>", when="Monday, November 30, 2026 9:12 AM",
                 to="Geraldine Fox <geraldine.fox@stonecroftgroup.example>",
                 subject="Head of Digital - where do things stand?",
                 text="""
                 Dear Geraldine,

                 I hope you are well. I wondered whether a decision has been made on the Head of Digital role, or whether you have gone with another candidate?

                 Kind regards,
                 Sam
                 """),
      tz="+0000", locale="en-GB", personal_html=True),

    O("ashby-still-in-running-schedule", "answer-to-owner-question", "ats",
      "Orchard Byte <no-reply@ashbyhq.com>",
      "Re: Product Marketing Lead – decision?",
      """
      Hi Sam,

      Thanks for checking in! You're very much still in the running - we haven't offered the role to anyone. The team would like to invite you to the final round with our CEO and Head of Product.

      [Choose a time for your final round](button)

      Lena Fischer
      Recruiting, Orchard Byte
      """,
      reply_to="Lena Fischer <lena.fischer@orchardbyte.example>", vendor="ashby", color="#3c096c",
      irt=True, tz="+0100", locale="en-GB"),

    O("greenhouse-any-update-schedule", "answer-to-owner-question", "ats",
      "Starling Harbour <no-reply@us.greenhouse-mail.io>",
      "Re: Any update on Senior Brand Manager?",
      """
      Hi Sam,

      Good timing. No, we haven't filled the Senior Brand Manager position. The hiring manager would love a follow-up conversation to go deeper on your portfolio. Please pick a time below.

      [Schedule follow-up interview](button)

      Oliver Bennett
      Talent Partner, Starling Harbour
      """,
      reply_to="Oliver Bennett <oliver.bennett@starlingharbour.example>", vendor="greenhouse",
      color="#005f73", irt=True, tz="+0000", locale="en-GB"),
]

# Earliest send date for messages whose text or quote names a date (sent within two days of it).
AFTER = {
    "kelpie-workday-panel-ics": "2026-11-30",
    "indian-shortlisted-second-round": "2026-12-01",
    "personal-second-conversation": "2026-12-01",
    "castellan-greenhouse-offer-esign": "2026-12-01",
    "pinewood-workday-conditional-offer": "2026-12-01",
    "goodtime-rescheduled": "2026-12-01",
    "calendar-cancel-will-rebook": "2026-12-01",
    "panel-moved-sick": "2026-12-01",
    "irish-push-back-a-week": "2026-12-01",
    "wren-greenhouse-timeline-shifted": "2026-11-20",
    "recruiter-out-of-office": "2026-11-25",
    "agency-nudge": "2026-11-20",
    "landlord-another-tenant": "2026-11-16",
    "colleague-candidate-gracious-reply": "2026-11-26",
    "friend-forwards-ats-rejection": "2026-11-23",
    "partner-forwards-own-rejection": "2026-11-24",
    "referred-colleague-didnt-get-it": "2026-11-20",
    "mentee-asks-reply-advice": "2026-11-25",
    "owner-thanks-after-rejection": "2026-11-21",
    "recruiter-answers-thankyou": "2026-11-23",
    "hm-feedback-call-offer": "2026-11-20",
    "linkedin-connect-after-thanks": "2026-11-25",
    "agency-gracious-two-roles": "2026-11-25",
    "answer-not-at-all-running-behind": "2026-11-30",
    "answer-final-round-invite": "2026-12-01",
    "answer-far-from-it-outlook": "2026-11-30",
    "owner-asks-other-candidate": "2026-11-30",
    "owner-declines-offer": "2026-11-28",
}
for _spec in SPECS:
    if _spec["slug"] in AFTER:
        _spec["after"] = AFTER[_spec["slug"]]
