"""Rejection specs for the en2 blind corpus (label `rejection`), written blind to the product's rules.

Each spec: slug, cat, style (ats | personal), frm, subject, body, lab = (reply_to, first name,
company, role) and optional reply_to, cc, quote, irt, vendor, brand, color, legal, cte, charset,
personal_html, tz, locale, note. See make_messages.py for how they are rendered.
"""

SAM = "Sam Taylor <sam.taylor@example.org>"


def R(slug, cat, style, frm, subject, body, lab, **kw):
    return dict(slug=slug, label="rejection", cat=cat, style=style, frm=frm, subject=subject,
                body=body, lab=lab, **kw)


SPECS = [
    # ------------------------------------------------------------------ ats-automated
    R("quillfeather-greenhouse-pmm", "ats-automated", "ats",
      "Quillfeather Analytics <no-reply@us.greenhouse-mail.io>",
      "Your application to Quillfeather Analytics – Senior Product Marketing Manager",
      """
      Hi Sam,

      Thank you for applying for the Senior Product Marketing Manager role at Quillfeather Analytics. We know that putting an application together takes real time and thought, and we're grateful you chose to spend some of it on us.

      We had an unusually large response to this opening. Having looked carefully at every application, the hiring team has chosen to pursue applicants whose experience lines up more closely with what the role needs at this stage of our growth.

      We'd genuinely encourage you to keep an eye on our careers page, as our marketing team is expanding over the next year.

      With thanks,
      Dana Whitlock
      Talent Partner, Quillfeather Analytics
      """,
      ("dana.whitlock@quillfeather.example", "Dana", "Quillfeather Analytics", "Senior Product Marketing Manager"),
      reply_to="Dana Whitlock <dana.whitlock@quillfeather.example>", vendor="greenhouse", color="#2d6a4f",
      legal="Quillfeather Analytics, Inc. · 400 Harbor Blvd, Suite 12, Oakland, CA 94607", tz="-0800",
      locale="en-US", note="verdict in second paragraph after thanks; Reply-To a person"),

    R("brackenridge-lever-growth", "ats-automated", "ats",
      "Brackenridge Labs <no-reply@hire.lever.co>",
      "Following up on your Brackenridge Labs application",
      """
      Hello Sam,

      We appreciate your interest in the Growth Marketing Lead position and the time you took to tell us about your background.

      Our team has now completed its review, and we've decided not to advance your application to interviews. This was a competitive search and the decision was not an easy one.

      If you have any questions about your application you can reach the recruiting team at talent@brackenridge.example.

      All the best in your search,
      The Brackenridge Labs Recruiting Team
      """,
      ("talent@brackenridge.example", "", "Brackenridge Labs", "Growth Marketing Lead"),
      vendor="lever", color="#5a189a", tz="-0500", locale="en-US",
      note="no-reply sender, team address only in the body, team signature"),

    R("harrowgate-workday-brand", "ats-automated", "ats",
      "Harrowgate Insurance Group <harrowgate@myworkday.com>",
      "Application update: Brand Manager, Retail Channels (R-20431)",
      """
      Dear Sam Taylor,

      Re: Brand Manager, Retail Channels (R-20431)

      Your application for the above vacancy has been reviewed by the recruiting team and will not be progressed further.

      Thank you for considering Harrowgate Insurance Group as your next employer. You can view the status of all of your applications at any time by signing in to your candidate home.

      [Go to Candidate Home](button)

      Harrowgate Insurance Group Talent Acquisition
      """,
      ("", "", "Harrowgate Insurance Group", "Brand Manager, Retail Channels"),
      vendor="workday", color="#003057",
      legal="Harrowgate Insurance Group plc is registered in England and Wales, no. 01234567 (fictional). Registered office: 9 Mercer Row, Leeds LS1 4AB.",
      tz="+0000", locale="en-GB", note="passive verdict; no person, no address; HTML base64", cte="base64"),

    R("ondine-smartrecruiters-marcomms", "ats-automated", "ats",
      "Ondine Hospitality <no-reply@smartrecruiters.com>",
      "Marketing Communications Specialist at Ondine Hospitality",
      """
      Dear Sam,

      Many thanks for your application for the position of Marketing Communications Specialist with Ondine Hospitality, and for your patience while we reviewed applications.

      We have now offered the position to another applicant, whose hotel-sector background was a particularly close fit for our portfolio.

      Should you have any questions, feel free to write to careers@ondine.example.

      Kind regards,
      Ondine Hospitality People & Culture
      """,
      ("careers@ondine.example", "", "Ondine Hospitality", "Marketing Communications Specialist"),
      vendor="smartrecruiters", color="#8c2f39", tz="+0100", locale="en-GB",
      note="no-reply sender, careers address in body"),

    R("lumen-orchard-ashby-platform", "ats-automated", "ats",
      "Lumen Orchard Recruiting <no-reply@ashbyhq.com>",
      "Lumen Orchard – an update on your application",
      """
      Hi Sam,

      Thanks again for your interest in joining Lumen Orchard as Product Marketing Manager, Platform. I've been through your application with the hiring manager.

      We won't be moving ahead with your application at this point. We're looking for someone who has launched developer-facing APIs before, and that came through more strongly in other profiles we received.

      I know that's disappointing to hear, and I really do appreciate you taking the time.

      Priya Raman
      Recruiting, Lumen Orchard
      """,
      ("priya@lumenorchard.example", "Priya", "Lumen Orchard", "Product Marketing Manager, Platform"),
      reply_to="Priya Raman <priya@lumenorchard.example>", vendor="ashby", color="#1b4332", tz="-0700",
      locale="en-US"),

    R("castlebar-icims-digital", "ats-automated", "ats",
      "Castlebar Medical Careers <castlebarmedical@talent.icims.com>",
      "Regarding your application – Digital Marketing Manager (Req. 4471)",
      """
      Dear Sam,

      Thank you for your recent application for the Digital Marketing Manager role (Req. 4471) at Castlebar Medical.

      Following a review of all applications received, other candidates have been selected to continue to the next phase of our recruitment process.

      We value the interest you have shown in our organisation and wish you every success in the future.

      Yours sincerely,
      Talent Acquisition
      Castlebar Medical
      """,
      ("", "", "Castlebar Medical", "Digital Marketing Manager"),
      vendor="icims", color="#00558c", legal="Castlebar Medical DAC, Ballina Road, Castlebar, Co. Mayo, Ireland (fictional).",
      tz="+0000", locale="en-IE", note="passive verdict; no person, no address"),

    R("northwall-taleo-status-table", "ats-automated", "ats",
      "Northwall Bank Careers <careers@taleo.net>",
      "Northwall Bank: your application status has changed",
      """
      Hello Sam,

      There has been a change to the status of an application you submitted through the Northwall Bank careers site.

      | Requisition | 26-0917 |
      | Job title | Senior Manager, Customer Marketing |
      | Location | Toronto, ON |
      | Status | No longer under consideration |

      We thank you for the interest you have shown in building your career with Northwall Bank. We encourage you to continue to visit our careers site for future opportunities.

      [View my applications](button)

      Northwall Bank Talent Acquisition
      """,
      ("", "", "Northwall Bank", "Senior Manager, Customer Marketing"),
      vendor="taleo", color="#0b3d91", tz="-0500", locale="en-CA",
      note="verdict only in an HTML table cell / text 'Status:' line"),

    R("vesterhaven-successfactors-brand", "ats-automated", "ats",
      "Vesterhaven Recruiting <noreply@successfactors.eu>",
      "Your application for Global Brand Lead",
      """
      Dear Sam Taylor

      Thank you for your application for the position Global Brand Lead at Vesterhaven Logistics and for the interest you have shown in our company.

      We have now been through the applications, and we are sorry to inform you that your application could not be considered further in the process. We received many qualified applications and had to make a choice.

      In case of questions to the process, you are welcome to contact our recruitment team on recruitment@vesterhaven.example.

      Best regards
      Vesterhaven Logistics A/S
      Group HR
      """,
      ("recruitment@vesterhaven.example", "", "Vesterhaven Logistics", "Global Brand Lead"),
      vendor="successfactors", color="#0a4d68", tz="+0100", locale="en (Danish writer)",
      note="non-native English; address in body"),

    R("kranich-personio-growth", "ats-automated", "ats",
      "Kranich Mobility GmbH <no-reply@jobs.personio.de>",
      "Your application as Growth Marketing Manager (m/f/d) at Kranich Mobility",
      """
      Dear Sam,

      thank you very much for your application and the interest in Kranich Mobility.

      We looked at your documents in detail. After careful consideration we have decided to continue the process with other candidates, whose profiles fit better to the current requirements of the position Growth Marketing Manager (m/f/d).

      This decision is no judgement about your qualification. We wish you all the best and success for your further professional way.

      Best regards
      Lea Hoffmann
      People & Culture
      """,
      ("lea.hoffmann@kranich.example", "Lea", "Kranich Mobility", "Growth Marketing Manager (m/f/d)"),
      reply_to="Lea Hoffmann <lea.hoffmann@kranich.example>", vendor="personio", color="#222222", tz="+0100",
      legal="Kranich Mobility GmbH · Torstraße 140, 10119 Berlin · HRB 000000 B (fictional) · Geschäftsführer: T. Kranich",
      locale="en (German writer)", note="German-style English; Datenschutz-style legal line"),

    R("solvik-teamtailor-content", "ats-automated", "ats",
      "Solvik Studios <no-reply@mail.teamtailor.com>",
      "Content Marketing Manager at Solvik Studios 🎮",
      """
      Hi Sam!

      Thank you so much for wanting to join us at Solvik Studios, and for the thoughtful application for Content Marketing Manager.

      We read every application ourselves, and yours was no exception. This time we've gone with someone else, a person whose background in games community work matched what the team needs today.

      Take care, and we hope our paths cross again.

      Elin Berg
      Head of People, Solvik Studios
      """,
      ("elin.berg@solvik.example", "Elin", "Solvik Studios", "Content Marketing Manager"),
      reply_to="Elin Berg <elin.berg@solvik.example>", vendor="teamtailor", color="#ff5a5f", tz="+0100",
      locale="en (Swedish writer)", note="emoji in RFC 2047 subject"),

    R("haverkamp-recruitee-ecommerce", "ats-automated", "ats",
      "Haverkamp Retail <no-reply@recruitee.com>",
      "Update on your application: E-commerce Marketing Lead",
      """
      Dear Sam,

      Thank you for applying for the position of E-commerce Marketing Lead at Haverkamp Retail.

      We have compared your experience with the profile we described. Your application does not match closely enough with what we are looking for at the moment, so we will end the procedure for you here.

      Questions? Mail us at jobs@haverkamp.example and one of our recruiters will answer you.

      Kind regards,
      Team Recruitment Haverkamp Retail
      """,
      ("jobs@haverkamp.example", "", "Haverkamp Retail", "E-commerce Marketing Lead"),
      vendor="recruitee", color="#e76f51", tz="+0100", locale="en (Dutch writer)"),

    R("tidewater-workable-lifecycle", "ats-automated", "ats",
      "Tidewater Outdoor <noreply@candidates.workablemail.com>",
      "Thanks for applying to Tidewater Outdoor",
      """
      Hi Sam,

      Thanks for your interest in the Lifecycle Marketing Manager role here at Tidewater Outdoor. We got a ton of great applications and it took us a little longer than we'd hoped to get back to everyone.

      After reviewing your background, we've decided to focus on candidates whose experience is more closely aligned with this particular role, so we won't be setting up a call.

      We're rooting for you out there.

      Marcus Bell
      Talent, Tidewater Outdoor
      """,
      ("marcus.bell@tidewater.example", "Marcus", "Tidewater Outdoor", "Lifecycle Marketing Manager"),
      reply_to="Marcus Bell <marcus.bell@tidewater.example>", vendor="workable", color="#264653", tz="-0700",
      locale="en-US"),

    R("pemberton-jobvite-patient", "ats-automated", "ats",
      "Pemberton Health Talent Acquisition <notification@jobvite.com>",
      "Pemberton Health Systems – Marketing Manager, Patient Acquisition",
      """
      Dear Sam,

      We want to thank you for your interest in the Marketing Manager, Patient Acquisition opening at Pemberton Health Systems.

      The requisition is now in its final stage with a small group of candidates whose experience is a closer match to the position's requirements. As a result, your application is no longer under consideration for this opening.

      We are grateful for the time you invested and hope you will consider other opportunities with us in the future.

      Sincerely,
      Pemberton Health Systems Talent Acquisition
      """,
      ("", "", "Pemberton Health Systems", "Marketing Manager, Patient Acquisition"),
      vendor="jobvite", color="#005f73", tz="-0600", locale="en-US"),

    R("redfern-bamboohr-brand-community", "ats-automated", "ats",
      "Redfern Coffee Co. <notifications@app.bamboohr.com>",
      "Brand & Community Manager – Redfern Coffee Co.",
      """
      G'day Sam,

      Thanks heaps for putting your hand up for the Brand & Community Manager role at Redfern Coffee Co. We loved reading about the work you've done.

      We've now shortlisted for interviews and won't be progressing you to the interview stage on this occasion.

      Hope to see you in one of our cafes soon!

      Jess Nguyen
      People Lead, Redfern Coffee Co.
      """,
      ("jess@redferncoffee.example", "Jess", "Redfern Coffee Co.", "Brand & Community Manager"),
      reply_to="Jess Nguyen <jess@redferncoffee.example>", vendor="bamboohr", color="#6f4e37", tz="+1100",
      locale="en-AU"),

    R("maison-lune-wttj-pmm", "ats-automated", "ats",
      "Maison Lune via Welcome to the Jungle <no-reply@welcometothejungle.com>",
      "Your application at Maison Lune – Product Marketing Manager UK",
      """
      Hello Sam,

      Thank you for your application for the Product Marketing Manager UK position at Maison Lune and for the interest you have for our brand.

      After studying your profile with attention, we are not able to move forward with your application. The competition was strong and the choice has been difficult.

      For any question, you can contact talents@maisonlune.example.

      We wish you the best for the continuation of your search.

      The Maison Lune Talent team
      """,
      ("talents@maisonlune.example", "", "Maison Lune", "Product Marketing Manager UK"),
      vendor="wttj", color="#ffcd00", tz="+0100", locale="en (French writer)"),

    R("brightloom-zoho-india", "ats-automated", "ats",
      "Brightloom HR <noreply@zohorecruit.in>",
      "Application Status - Senior Manager - Product Marketing - Brightloom Technologies",
      """
      Dear Sam,

      Greetings from Brightloom Technologies Pvt Ltd!

      We thank you for showing interest in the position of Senior Manager - Product Marketing with our organisation. Our recruitment panel has gone through your profile in detail.

      We regret that we are unable to take your candidature ahead at this juncture. Your resume shall be retained in our database for a period of six months.

      For any clarification kindly write to hr.talent@brightloom.example.

      Warm regards,
      Talent Acquisition Team
      Brightloom Technologies Pvt Ltd, Bengaluru
      """,
      ("hr.talent@brightloom.example", "", "Brightloom Technologies", "Senior Manager - Product Marketing"),
      vendor="zoho", color="#f4a261", tz="+0530", locale="en-IN"),

    # ------------------------------------------------------------------ personal-after-interview
    R("cobalt-ridge-final-round-offer-accepted", "personal-after-interview", "personal",
      "Kevin Ostrowski <kevin.ostrowski@cobaltridge.example>",
      "Director of Product Marketing - where we landed",
      """
      Hi Sam,

      I wanted you to hear this from me rather than through the recruiting inbox. Thank you for the time you put into the final round on Tuesday; your positioning exercise sparked the best debate we've had in the whole process, and Rachel is still quoting your line about "selling the migration, not the product."

      We extended an offer to another finalist on Thursday and they accepted it this morning. It came down to their experience running a category launch at a company our size, which is exactly the gap we're hiring into.

      I'd be glad to grab 20 minutes if some candid feedback would be useful. Either way, I'd like to stay in touch.

      Best,
      Kevin

      Kevin Ostrowski
      VP Marketing | Cobalt Ridge Software
      +1 (512) 555-0143
      """,
      ("kevin.ostrowski@cobaltridge.example", "Kevin", "Cobalt Ridge Software", "Director of Product Marketing"),
      tz="-0600", locale="en-US", note="verdict stated as someone else accepting an offer"),

    R("ferncombe-hale-brand-panel", "personal-after-interview", "personal",
      "Harriet Pym <h.pym@ferncombehale.example>",
      "Brand Manager interview - feedback",
      """
      Dear Sam,

      Thank you for coming in to see us at Ferncombe & Hale last week, and for such a thoughtful presentation on the biscuits range. The panel enjoyed meeting you.

      I'm afraid it isn't good news this time. We were choosing between two very strong people for the Brand Manager role, and in the end the panel felt the other candidate's depth of grocery category experience tipped the balance.

      I know that's frustrating when it is that close. If you would like more detailed feedback, do give me a ring.

      Kind regards,

      Harriet Pym
      Senior Recruitment Partner
      Ferncombe & Hale Ltd
      T: 01632 960 418
      """,
      ("h.pym@ferncombehale.example", "Harriet", "Ferncombe & Hale", "Brand Manager"),
      tz="+0000", locale="en-GB"),

    R("liffeybank-head-of-growth", "personal-after-interview", "personal",
      "Aoife Brennan <aoife.brennan@liffeybank.example>",
      "Head of Growth",
      """
      Hi Sam,

      Thanks a million for coming in on Thursday and for giving up so much of your afternoon. Conor and I both came away with loads of ideas, not least the referral loop you sketched on the whiteboard.

      We've had a long chat since, and we won't be offering you the Head of Growth position. Where we've ended up is needing someone who has managed a larger paid budget than we'd assumed at the start, and that's shifted what we're looking for.

      I'm sorry to be sending this, and I hope it doesn't put you off Liffeybank Software for the future.

      All the best,
      Aoife

      --
      Aoife Brennan | COO | Liffeybank Software
      Grand Canal Quay, Dublin 2
      +353 1 555 0192
      """,
      ("aoife.brennan@liffeybank.example", "Aoife", "Liffeybank Software", "Head of Growth"),
      tz="+0000", locale="en-IE", cte="quoted-printable"),

    R("northern-lark-different-direction", "personal-after-interview", "personal",
      "Marc-André Tremblay <ma.tremblay@northernlark.example>",
      "Re: Senior Marketing Manager - next steps?",
      """
      Hi Sam,

      Thanks for checking in, and apologies for the radio silence - our studio head was travelling for most of last week.

      We've decided to go in a different direction for this hire. After the panel we realised the role needs to sit closer to our live-ops team, and we're going to look for someone with a more analytics-heavy profile. That's on us for not scoping it properly before we started interviewing.

      You were great in the conversations, and I mean that.

      Cheers,
      Marc-André

      Marc-André Tremblay
      Director, Player Marketing
      Northern Lark Games - Montréal
      514-555-0177
      """,
      ("ma.tremblay@northernlark.example", "Marc-André", "Northern Lark Games", "Senior Marketing Manager"),
      irt=True, quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Mon, Nov 9, 2026 at 9:02 AM",
                           text="""
                           Hi Marc-André,

                           I hope you're well. I wanted to check in on the Senior Marketing Manager role after the panel two weeks ago - is there any news on next steps?

                           Thanks,
                           Sam
                           """),
      tz="-0500", locale="en-CA", note="answers Sam's status question; Gmail quote"),

    R("wattle-finch-landed-elsewhere", "personal-after-interview", "personal",
      "Bec Cartwright <bec@wattleandfinch.example>",
      "Marketing Lead role",
      """
      Hey Sam,

      Really appreciate you making the trip across to Fitzroy for the second chat, and for bringing the mock campaign along - the team are still talking about it.

      I'm gutted to say we've landed on someone else for the Marketing Lead role. They'd run a DTC brand through wholesale before, which is where we're headed next year, and it was hard to look past.

      No doubt you'll find the right fit soon. Give me a shout if you ever want a coffee.

      Bec

      Bec Cartwright
      Co-founder | Wattle & Finch
      0412 555 093
      """,
      ("bec@wattleandfinch.example", "Bec", "Wattle & Finch", "Marketing Lead"),
      tz="+1100", locale="en-AU"),

    R("saffronline-panel-not-proceed", "personal-after-interview", "personal",
      "Ananya Krishnan <ananya.k@saffronline.example>",
      "Product Marketing Lead - Interview outcome",
      """
      Dear Sam,

      Hope this mail finds you well. Thank you for taking the time to meet our panel for the Product Marketing Lead position at Saffronline Payments, and for your patience while we completed the remaining rounds.

      After due deliberation, the panel has decided to not proceed with your profile for the final round. The feedback was that your experience is strong on brand, but they were looking for more exposure to merchant acquisition in the Indian market.

      We sincerely thank you for your interest and wish you the very best.

      Regards,
      Ananya Krishnan
      Senior Manager - Talent Acquisition
      Saffronline Payments Pvt. Ltd.
      Mob: +91 98450 55512
      """,
      ("ananya.k@saffronline.example", "Ananya", "Saffronline Payments", "Product Marketing Lead"),
      tz="+0530", locale="en-IN"),

    R("helioform-decided-for-another", "personal-after-interview", "personal",
      "Jonas Weber <jonas.weber@helioform.example>",
      "Head of Marketing Communications - our decision",
      """
      Dear Sam,

      thank you again for the very good conversations in Hamburg and online. It was a pleasure for me and my colleagues to get to know you.

      We have now taken our decision and have decided for another candidate, who brings a lot of experience from the energy sector and German-speaking markets. For us this was the deciding point, not your qualification, which we found very convincing.

      I am sorry that I cannot give you a more positive message. I wish you all the best for your next steps.

      Kind regards
      Jonas Weber
      Head of Corporate Communications
      Helioform Energy GmbH
      Tel. +49 40 555 01234
      """,
      ("jonas.weber@helioform.example", "Jonas", "Helioform Energy", "Head of Marketing Communications"),
      tz="+0100", locale="en (German writer)"),

    R("tessellate-reply-to-thankyou", "personal-after-interview", "personal",
      "Olivia Marsh <olivia.marsh@tessellatehealth.example>",
      "Re: Thank you - Senior Product Marketing Manager, Payer Solutions",
      """
      Hi Sam,

      Thanks so much for the kind note, it was a pleasure talking with you too.

      I wish I had better news to send back. We've decided to offer the position to someone else, a candidate who spent several years selling into health plans directly. It was a really close call and I went back and forth on it.

      I'll be hiring again in the spring, and I'd love to reach out when that opens if you're still looking.

      Olivia

      Olivia Marsh
      Sr. Director, Product Marketing
      Tessellate Health
      """,
      ("olivia.marsh@tessellatehealth.example", "Olivia", "Tessellate Health", "Senior Product Marketing Manager, Payer Solutions"),
      irt=True, quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Wed, Nov 18, 2026 at 5:40 PM",
                           text="""
                           Hi Olivia,

                           Thank you for the conversation this afternoon. I really enjoyed hearing about the payer roadmap, and I'm excited about the Senior Product Marketing Manager, Payer Solutions role.

                           Best,
                           Sam
                           """),
      tz="-0500", locale="en-US", note="reply to Sam's thank-you note"),

    R("glasswing-long-thread-closing", "personal-after-interview", "personal",
      "Tom Achterberg <tom@glasswingrobotics.example>",
      "Re: Glasswing - onsite schedule for Friday",
      """
      Sam,

      Circling back after Friday. Thank you for making the onsite work around your current job - I know a full day is a lot to ask.

      The team has concluded we need someone with deeper hardware go-to-market experience for this seat, so we'll be closing out your candidacy for the Product Marketing Manager position. I'm sorry - you made it a genuinely hard discussion.

      Tom

      Tom Achterberg
      Head of Marketing, Glasswing Robotics
      (617) 555-0110
      """,
      ("tom@glasswingrobotics.example", "Tom", "Glasswing Robotics", "Product Marketing Manager"),
      irt=True, irt_domain="glasswingrobotics.example", older=["glasswingrobotics.example", "example.org"],
      quote=dict(style="outlook", who="Tom Achterberg <tom@glasswingrobotics.example>",
                 when="Tuesday, November 3, 2026 4:12 PM", to="Sam Taylor <sam.taylor@example.org>",
                 subject="Glasswing - onsite schedule for Friday",
                 text="""
                 Hi Sam,

                 Great news - the team would love to have you in for the onsite. Here's Friday:

                 9:30  Coffee with me
                 10:00 Product deep dive with Lin (engineering)
                 11:00 Messaging exercise with the PMM team
                 12:30 Lunch
                 1:30  Sales leadership

                 Looking forward to it!
                 Tom

                 ________________________________
                 From: Sam Taylor <sam.taylor@example.org>
                 Sent: Monday, November 2, 2026 11:05 AM
                 To: Tom Achterberg <tom@glasswingrobotics.example>
                 Subject: RE: Glasswing - next round

                 Hi Tom, Friday works well for me. Could you send the agenda?
                 Thanks, Sam
                 """),
      tz="-0500", locale="en-US", note="long quoted scheduling thread starting 'Great news'; only top decides"),

    R("pocketfern-founder-casual", "personal-after-interview", "personal",
      "Nisha Patel <nisha@pocketfern.example>",
      "Founding Marketer",
      """
      hey Sam,

      honestly this was a tough one and I've been putting off writing it. we went with a candidate who's already built a community-led motion from zero at a seed-stage company, and given how lean we are I think we need that muscle on day one.

      you were the person Amir liked most on the call though, for what it's worth. let's stay friends on the internet!

      nisha
      co-founder, Pocketfern
      """,
      ("nisha@pocketfern.example", "Nisha", "Pocketfern", "Founding Marketer"),
      tz="-0800", locale="en-US", note="lower-case casual founder mail, role only in subject"),

    R("meridian-outfitters-retail", "personal-after-interview", "personal",
      "Greg Halvorsen <ghalvorsen@meridianoutfitters.example>",
      "Senior Manager, Brand Marketing - update",
      """
      Sam,

      Thank you for your time over the last few weeks and for meeting with our CMO on Monday. I know the process was longer than either of us would have liked.

      The team has chosen to extend the offer for the Senior Manager, Brand Marketing role to a candidate with more specialty retail experience. I want to be clear that your interviews were strong across the board; this came down to fit with where our stores business is going.

      Thank you again for your interest in Meridian Outfitters.

      Greg Halvorsen
      Senior Recruiter
      Meridian Outfitters | Minneapolis, MN
      (612) 555-0158
      """,
      ("ghalvorsen@meridianoutfitters.example", "Greg", "Meridian Outfitters", "Senior Manager, Brand Marketing"),
      tz="-0600", locale="en-US", personal_html=True, note="Outlook-style multipart/alternative"),

    R("thistledown-buried-verdict", "personal-after-interview", "personal",
      "Fiona MacLeod <fiona.macleod@thistledowngames.example>",
      "Growth Marketing Manager - after Thursday",
      """
      Hi Sam,

      I hope the rest of your week was a bit calmer than Thursday afternoon! Thanks for bearing with four rounds and a take-home; I know that's a lot, and you handled the curveball about retention modelling really well.

      I've had a good chat with Stuart and the rest of the panel. It's not the answer you were hoping for, I'm sorry to say: the Growth Marketing Manager role is going to someone else, who has spent the last three years on mobile games UA.

      I'd be glad to pass on notes from each interviewer if that would help.

      Cheers,
      Fiona

      Fiona MacLeod
      Talent Lead, Thistledown Games
      Edinburgh
      0131 555 0163
      """,
      ("fiona.macleod@thistledowngames.example", "Fiona", "Thistledown Games", "Growth Marketing Manager"),
      tz="+0000", locale="en-GB (Scottish)", note="verdict buried after a paragraph of thanks"),

    R("lakeshore-credit-union-committee", "personal-after-interview", "personal",
      "Patricia Okafor <pokafor@lakeshorecu.example>",
      "Manager, Member Marketing - Competition #2026-114",
      """
      Dear Sam,

      On behalf of the selection committee, thank you for interviewing for the position of Manager, Member Marketing (Competition #2026-114) at Lakeshore Credit Union.

      Regrettably, the committee has selected another candidate for the position. The decision was a difficult one given the calibre of applicants.

      Your interest in Lakeshore Credit Union is much appreciated, and we hope you will apply for future postings that match your skills.

      Sincerely,

      Patricia Okafor, CHRP
      Human Resources Advisor
      Lakeshore Credit Union
      416-555-0129 ext. 204
      """,
      ("pokafor@lakeshorecu.example", "Patricia", "Lakeshore Credit Union", "Manager, Member Marketing"),
      tz="-0500", locale="en-CA", personal_html=True, cte="quoted-printable"),

    R("alba-mobility-nonnative", "personal-after-interview", "personal",
      "Diego Fernández <diego.fernandez@albamobility.example>",
      "Product Marketing Manager (EMEA) process",
      """
      Hello Sam,

      First of all thanks for your time in the interviews with me and with Carmen, we liked to know more about your experience with launches in UK and Nordics.

      I write you to tell that finally we decided to continue with other candidate, whose profile fits more to what we need in this moment for the Product Marketing Manager (EMEA) position, specially in the Spanish and Italian markets.

      I hope we can coincide in the future. Thanks again and good luck!

      Diego Fernández
      Marketing Director | Alba Mobility
      Madrid
      """,
      ("diego.fernandez@albamobility.example", "Diego", "Alba Mobility", "Product Marketing Manager (EMEA)"),
      tz="+0100", locale="en (Spanish writer)", charset="iso-8859-1", cte="8bit"),

    # ------------------------------------------------------------------ terse
    R("kinsale-marine-breezy-terse", "terse", "ats",
      "Kinsale Marine <notifications@breezyhr.com>",
      "Marketing Manager at Kinsale Marine",
      """
      Hi Sam, thanks for applying for Marketing Manager at Kinsale Marine. We've reviewed your application and decided not to move forward.

      Kinsale Marine
      """,
      ("", "", "Kinsale Marine", "Marketing Manager"),
      vendor="breezy", color="#03396c", tz="+0000", locale="en-IE"),

    R("orbitgrove-jazzhr-terse", "terse", "ats",
      "Orbitgrove <noreply@applytojob.com>",
      "Demand Generation Manager",
      """
      Sam,

      Your application for Demand Generation Manager was not selected. Thank you for your interest in Orbitgrove.
      """,
      ("", "", "Orbitgrove", "Demand Generation Manager"),
      vendor="jazzhr", color="#3a0ca3", tz="-0500", locale="en-US"),

    R("cardinal-ferries-pinpoint-terse", "terse", "ats",
      "Cardinal Ferries Recruitment <no-reply@pinpointhq.com>",
      "Head of Marketing – application outcome",
      """
      Dear Sam,

      Thank you for applying for Head of Marketing. On this occasion your application has been unsuccessful.

      Cardinal Ferries Recruitment
      """,
      ("", "", "Cardinal Ferries", "Head of Marketing"),
      vendor="pinpoint", color="#9d0208", tz="+0000", locale="en-GB"),

    R("goldcrest-pharma-terse", "terse", "ats",
      "Goldcrest Pharma Careers <careers-noreply@goldcrestpharma.example>",
      "Brand Manager – Goldcrest Pharma",
      """
      Dear Sam,

      We're unable to offer you a position as Brand Manager on this occasion. Thank you for your interest in Goldcrest Pharma.
      """,
      ("", "", "Goldcrest Pharma", "Brand Manager"),
      vendor="generic", color="#b08900", tz="+0000", locale="en-GB", html_only=True,
      note="HTML-only, no text alternative"),

    R("spindle-another-way", "terse", "personal",
      "Rob Kessler <rob@spindle.example>",
      "PMM role",
      """
      Hi Sam - we're going another way on the PMM role. Thanks for your time, really.

      Rob
      Spindle
      """,
      ("rob@spindle.example", "Rob", "Spindle", "PMM"),
      tz="-0800", locale="en-US"),

    R("bluebell-dental-not-this-time", "terse", "personal",
      "Karen Doyle <karen.doyle@bluebelldental.example>",
      "Marketing manager",
      """
      Sam, not this time I'm afraid. Appreciated you coming in.
      K

      Karen Doyle | Bluebell Dental Group
      Sent from my iPhone
      """,
      ("karen.doyle@bluebelldental.example", "Karen", "Bluebell Dental Group", "Marketing manager"),
      tz="+0000", locale="en-GB"),

    R("indigo-crest-not-shortlisted", "terse", "personal",
      "Rahul Mehta <rahul.mehta@indigocrest.example>",
      "Brand Lead position",
      """
      Dear Sam,

      Your profile has not been shortlisted for the Brand Lead position.

      Regards,
      Rahul
      Talent Team, Indigo Crest Retail
      """,
      ("rahul.mehta@indigocrest.example", "Rahul", "Indigo Crest Retail", "Brand Lead"),
      tz="+0530", locale="en-IN"),

    R("quokka-labs-team-passed", "terse", "personal",
      "Dev Malhotra <dev@quokkalabs.example>",
      "Growth Lead @ Quokka Labs",
      """
      hey Sam, heads up - the team passed on moving you to the next round. sorry! will ping you if something else pops up.

      Dev
      """,
      ("dev@quokkalabs.example", "Dev", "Quokka Labs", "Growth Lead"),
      tz="+1000", locale="en-AU"),

    # ------------------------------------------------------------------ keep-on-file
    R("arbor-vale-greenhouse-talent-community", "keep-on-file", "ats",
      "Arbor & Vale Careers <no-reply@us.greenhouse-mail.io>",
      "Brand Marketing Manager at Arbor & Vale",
      """
      Hi Sam,

      Thank you for applying to the Brand Marketing Manager position at Arbor & Vale. We've reviewed your application and, although we won't be moving forward with you for this role, we were impressed enough that we'd like to add you to our talent community.

      Members hear about new openings before they are posted publicly. We'll keep your details for 12 months unless you ask us to delete them sooner.

      [Manage my talent profile](button)

      Warmly,
      Recruiting at Arbor & Vale
      """,
      ("", "", "Arbor & Vale", "Brand Marketing Manager"),
      vendor="greenhouse", color="#606c38", tz="-0500", locale="en-US",
      note="verdict in a concessive clause; talent community"),

    R("silverbirch-workday-database", "keep-on-file", "ats",
      "Silverbirch Financial <silverbirch@myworkday.com>",
      "Silverbirch Financial – Marketing Manager, Wealth",
      """
      Dear Sam,

      Thank you for your application for Marketing Manager, Wealth (JR-7781).

      We have carefully considered your skills and experience against the requirements of the role and regret that you have not been selected on this occasion.

      Your profile will remain in our candidate database, and our recruiters regularly search it when new roles open. You can also set up job alerts so that you are notified about openings that match your interests.

      [Create a job alert](button)

      Silverbirch Financial Recruitment
      """,
      ("", "", "Silverbirch Financial", "Marketing Manager, Wealth"),
      vendor="workday", color="#4a4e69", tz="+0000", locale="en-GB"),

    R("pelican-bay-lever-hold-cv", "keep-on-file", "ats",
      "Pelican Bay Foods <no-reply@hire.lever.co>",
      "Senior Brand Manager - thank you",
      """
      Hi Sam,

      Thanks a lot for taking the time to apply for our Senior Brand Manager opening. After looking closely at your experience, we've decided to proceed with other candidates for this particular position.

      With your permission, we'll hold on to your CV and reach out directly if a role opens that looks like a better match. If you'd rather we didn't, just let us know at people@pelicanbay.example.

      Best wishes,
      Pelican Bay Foods People Team
      """,
      ("people@pelicanbay.example", "", "Pelican Bay Foods", "Senior Brand Manager"),
      vendor="lever", color="#0077b6", tz="-0800", locale="en-US"),

    R("corvina-smartrecruiters-future", "keep-on-file", "ats",
      "Corvina Cruises <no-reply@smartrecruiters.com>",
      "Your Corvina Cruises application – Digital Marketing Lead",
      """
      Dear Sam,

      We appreciate your interest in the Digital Marketing Lead role with Corvina Cruises.

      Having reviewed your background, our hiring team has decided that another applicant is better matched to the specific requirements of this position. We were nevertheless impressed by your experience and would welcome the chance to consider you for future vacancies; your profile will stay active in our system.

      Kind regards,
      Corvina Cruises Talent Acquisition
      """,
      ("", "", "Corvina Cruises", "Digital Marketing Lead"),
      vendor="smartrecruiters", color="#023e8a", tz="+0100", locale="en-GB"),

    R("hallam-birch-successfactors-retain", "keep-on-file", "ats",
      "Hallam & Birch Careers <noreply@successfactors.eu>",
      "Product Marketing Manager – Respiratory: application update",
      """
      Dear Sam Taylor,

      Thank you for your interest in the Product Marketing Manager – Respiratory position at Hallam & Birch Pharmaceuticals.

      We have now completed the shortlisting stage. We are sorry to let you know that your application has not been successful at this point.

      With your agreement, we will retain your details for six months in line with our Recruitment Privacy Notice, so that we may contact you about similar roles.

      Yours sincerely,
      Resourcing Team
      Hallam & Birch Pharmaceuticals
      """,
      ("", "", "Hallam & Birch Pharmaceuticals", "Product Marketing Manager – Respiratory"),
      vendor="successfactors", color="#7b2cbf", tz="+0000", locale="en-GB", cte="base64"),

    R("paloma-health-cv-on-file", "keep-on-file", "personal",
      "Yasmin Haddad <yasmin@palomahealth.example>",
      "Senior Growth Marketer",
      """
      Hi Sam,

      Thanks for the great chat on Monday. I've talked it through with the hiring manager, and we aren't going to take your application any further for the Senior Growth Marketer role - she's set on someone with a clinical marketing background for this one.

      That said, I'd really like to keep your CV on file. We have two more marketing roles planned for Q1 that look much closer to your experience, and I'd love to reach out when they're approved.

      Speak soon,
      Yasmin

      Yasmin Haddad
      Talent Partner | Paloma Health
      +44 20 7946 0321
      """,
      ("yasmin@palomahealth.example", "Yasmin", "Paloma Health", "Senior Growth Marketer"),
      tz="+0000", locale="en-GB"),

    R("ironbark-close-second", "keep-on-file", "personal",
      "Sophie Larkin <sophie.larkin@ironbarksoftware.example>",
      "Re: Product Marketing Manager - Ironbark",
      """
      Hi Sam,

      Thanks for your patience, I know you were hoping to hear last week.

      We won't be offering you the role this time. You were a very close second, and if I'm honest the decision came down to the other candidate having already worked with our main channel partner.

      I'd love to keep you in mind - there's a good chance we'll open a second PMM seat mid next year and I'd like to call you first. Would that be OK?

      Cheers,
      Sophie

      Sophie Larkin
      Marketing Director
      Ironbark Software, Brisbane
      """,
      ("sophie.larkin@ironbarksoftware.example", "Sophie", "Ironbark Software", "Product Marketing Manager"),
      irt=True, quote=dict(style="apple", who="Sam Taylor <sam.taylor@example.org>",
                           when="30 Oct 2026, at 8:47 am",
                           text="""
                           Hi Sophie, just following up on the Product Marketing Manager role - any update? Cheers, Sam
                           """),
      tz="+1000", locale="en-AU", note="Apple Mail quote of Sam's chase"),

    R("vistara-resume-database", "keep-on-file", "personal",
      "Meera Iyer <meera.iyer@vistaraconsumer.example>",
      "Regarding your application for Marketing Manager - Personal Care",
      """
      Dear Sam,

      Thank you for your interest in Vistara Consumer Products and for speaking with our hiring manager last Friday.

      We have reviewed all candidates for the Marketing Manager - Personal Care position, and we have decided to move ahead with a candidate whose experience is more aligned to the requirement.

      We will keep your resume in our database and get in touch with you in case of a suitable opening in future.

      With best wishes,
      Meera Iyer
      HR Business Partner
      Vistara Consumer Products Ltd, Mumbai
      """,
      ("meera.iyer@vistaraconsumer.example", "Meera", "Vistara Consumer Products", "Marketing Manager - Personal Care"),
      tz="+0530", locale="en-IN"),

    # ------------------------------------------------------------------ role cancelled / filled / closed
    R("granite-peak-workday-cancelled", "role-cancelled", "ats",
      "Granite Peak Utilities <granitepeak@myworkday.com>",
      "Update regarding Manager, Customer Communications (JR104552)",
      """
      Dear Sam,

      Thank you for applying for Manager, Customer Communications (JR104552) at Granite Peak Utilities.

      We are writing to let you know that the requisition has been cancelled due to a change in business priorities. As a result, all applications for this posting have been closed.

      We appreciate your interest and encourage you to explore other openings on our careers site.

      Granite Peak Utilities Talent Acquisition
      """,
      ("", "", "Granite Peak Utilities", "Manager, Customer Communications"),
      vendor="workday", color="#344e41", tz="-0700", locale="en-US"),

    R("hopscotch-lever-filled", "role-filled", "ats",
      "Hopscotch Travel <no-reply@hire.lever.co>",
      "Partner Marketing Manager at Hopscotch Travel",
      """
      Hi Sam,

      Thanks for applying for the Partner Marketing Manager role. We wanted to let you know that this position has now been filled, and so we're closing the remaining applications.

      We really appreciate the time you put in, and we'd be happy to see your name again on future openings. The recruiting team is reachable at recruiting@hopscotch.example.

      Hopscotch Travel Recruiting
      """,
      ("recruiting@hopscotch.example", "", "Hopscotch Travel", "Partner Marketing Manager"),
      vendor="lever", color="#f77f00", tz="+0000", locale="en-GB"),

    R("vantablue-greenhouse-paused", "role-cancelled", "ats",
      "Vantablue Security <no-reply@us.greenhouse-mail.io>",
      "Vantablue Security – Senior Product Marketing Manager",
      """
      Hi Sam,

      Thank you for interviewing with us for the Senior Product Marketing Manager position.

      Following our latest planning cycle, leadership has paused hiring for this role for the foreseeable future. Because we can't say when it will reopen, we're closing all active applications rather than leaving you waiting.

      This was not a reflection on you, and we're sorry for the disruption. If you have any questions, Jordan Price (jordan.price@vantablue.example) is happy to talk.

      Vantablue Security Talent Team
      """,
      ("jordan.price@vantablue.example", "Jordan", "Vantablue Security", "Senior Product Marketing Manager"),
      vendor="greenhouse", color="#14213d", tz="-0500", locale="en-US", note="hiring paused; person named in body"),

    R("bramblewood-icims-posting-closed", "role-closed", "ats",
      "Bramblewood Hotels Careers <bramblewoodhotels@talent.icims.com>",
      "Your application: Regional Marketing Manager – North",
      """
      Dear Sam,

      The job posting for Regional Marketing Manager – North has been closed and is no longer accepting candidates. Your application will therefore not be considered further.

      Thank you for your interest in Bramblewood Hotels. New vacancies are posted weekly on our careers site.

      Bramblewood Hotels Recruitment
      """,
      ("", "", "Bramblewood Hotels", "Regional Marketing Manager – North"),
      vendor="icims", color="#588157", tz="+0000", locale="en-GB"),

    R("fathom-ashby-withdrawn-reorg", "role-cancelled", "ats",
      "Fathom Robotics <no-reply@ashbyhq.com>",
      "Head of Product Marketing – role update",
      """
      Hi Sam,

      I'm reaching out with an update on the Head of Product Marketing search at Fathom Robotics.

      Following a reorganisation of our commercial team announced this week, the role has been withdrawn, and we won't be continuing the process with any candidates. I'm sorry; I know you'd already given us a lot of your time.

      If you'd like to talk any of this through, reply to this email and it will come straight to me.

      Hannah Osei
      Talent Lead, Fathom Robotics
      """,
      ("hannah.osei@fathomrobotics.example", "Hannah", "Fathom Robotics", "Head of Product Marketing"),
      reply_to="Hannah Osei <hannah.osei@fathomrobotics.example>", vendor="ashby", color="#3d405b",
      tz="-0800", locale="en-US"),

    R("brightwater-headcount-pulled", "role-cancelled", "personal",
      "Ellen Cho <ellen.cho@brightwateranalytics.example>",
      "Marketing Director - bad news on our side",
      """
      Hi Sam,

      I owe you a proper explanation. In last night's planning review our CFO pulled the headcount for the Marketing Director role, along with two others in my org. There's no budget for it in the new year, so I have to stop the search, and that means closing your application too.

      This is entirely about our finances and nothing to do with how you interviewed - you were in the final two. I'm really sorry, and I'll personally reach out if it comes back.

      Ellen

      Ellen Cho
      CMO, Brightwater Analytics
      (206) 555-0187
      """,
      ("ellen.cho@brightwateranalytics.example", "Ellen", "Brightwater Analytics", "Marketing Director"),
      tz="-0800", locale="en-US"),

    R("cloudnine-merger-eliminated", "role-cancelled", "personal",
      "Rajesh Nair <rajesh.nair@cloudninesystems.example>",
      "Product Marketing Lead - position status",
      """
      Dear Sam,

      I am writing regarding the Product Marketing Lead position at Cloudnine Systems for which you interviewed with us in October.

      As you may have seen in the news, our merger with Halcyon Data was completed last week. As part of the integration, the position has been eliminated and the marketing function will be led from the combined team.

      Please accept our apologies for the inconvenience caused. We will be happy to consider you for any new openings after the integration.

      Regards,
      Rajesh Nair
      Head - Talent Acquisition
      Cloudnine Systems
      +91 80 5550 1122
      """,
      ("rajesh.nair@cloudninesystems.example", "Rajesh", "Cloudnine Systems", "Product Marketing Lead"),
      tz="+0530", locale="en-IN"),

    R("fenwick-on-ice", "role-cancelled", "personal",
      "Lucy Ambrose <lucy.ambrose@fenwickpublishing.example>",
      "Audience Development Manager",
      """
      Hi Sam,

      Hope you're well. I'm afraid I've got a bit of an annoying update: we've had to put the Audience Development Manager role on ice until at least the spring while the new publisher settles in, so I'm having to close down the applications we had in progress, including yours.

      Sorry, I know you'd prepped for the second stage. If it's revived I'll be in touch first thing.

      Best wishes,
      Lucy

      Lucy Ambrose
      Head of Audience, Fenwick Publishing
      020 7946 0875
      """,
      ("lucy.ambrose@fenwickpublishing.example", "Lucy", "Fenwick Publishing", "Audience Development Manager"),
      tz="+0000", locale="en-GB"),

    R("bellweather-filled-last-week", "role-filled", "personal",
      "Andrew Pike <andrew.pike@bellweathergoods.example>",
      "Re: Growth Manager application",
      """
      Hi Sam,

      Thanks for your note and sorry for the slow reply. The Growth Manager position was filled last week by a referral who'd been in the process a bit ahead of you, so we won't be setting up the interview we talked about.

      Appreciate your interest in Bellweather Goods, and good luck with the search.

      Andrew Pike
      Operations Director
      Bellweather Goods
      """,
      ("andrew.pike@bellweathergoods.example", "Andrew", "Bellweather Goods", "Growth Manager"),
      irt=True, quote=dict(who="Sam Taylor <sam.taylor@example.org>", when="Thu, 12 Nov 2026 at 14:20",
                           text="""
                           Hi Andrew,

                           Just checking whether you'd still like to set up a call about the Growth Manager application - I'm free most of next week.

                           Best,
                           Sam
                           """),
      tz="-0500", locale="en-US"),

    R("maple-circuit-freeze", "role-cancelled", "personal",
      "Chantal Lévesque <chantal.levesque@maplecircuit.example>",
      "Marketing Manager, Small Business - hiring freeze",
      """
      Hello Sam,

      I wanted to let you know personally that Maple Circuit Telecom has announced a company-wide hiring freeze, effective immediately. All open requisitions that haven't reached the offer stage are cancelled, which unfortunately includes the Marketing Manager, Small Business position.

      Thank you for your time and interest. Should the role reopen, I'll reach out to you directly.

      Regards,

      Chantal Lévesque
      Talent Acquisition Partner
      Maple Circuit Telecom
      Calgary, AB | 403-555-0115
      """,
      ("chantal.levesque@maplecircuit.example", "Chantal", "Maple Circuit Telecom", "Marketing Manager, Small Business"),
      tz="-0700", locale="en-CA", charset="windows-1252", cte="quoted-printable"),

    # ------------------------------------------------------------------ internal candidate
    R("avonmore-workday-internal", "internal-candidate", "ats",
      "Avonmore Water <avonmorewater@myworkday.com>",
      "Marketing Business Partner – outcome of your application",
      """
      Dear Sam,

      Thank you for applying for the Marketing Business Partner vacancy.

      We would like to let you know that the position has been filled by an internal applicant. Your application has therefore been closed.

      We appreciate your interest in Avonmore Water and hope you will look at our current vacancies again.

      Avonmore Water Resourcing
      """,
      ("", "", "Avonmore Water", "Marketing Business Partner"),
      vendor="workday", color="#0096c7", tz="+0000", locale="en-GB"),

    R("drumlin-successfactors-colleague", "internal-candidate", "ats",
      "Drumlin Insurance <noreply@successfactors.eu>",
      "Drumlin Insurance – Customer Insight Manager",
      """
      Dear Sam,

      Thank you for your application for the role of Customer Insight Manager with Drumlin Insurance.

      We have now appointed a colleague from within the organisation to the role, and the recruitment campaign is closed.

      We wish you well with your career and hope you will consider Drumlin Insurance again. For any queries, please contact resourcing@drumlin.example.

      Resourcing Team, Drumlin Insurance
      """,
      ("resourcing@drumlin.example", "", "Drumlin Insurance", "Customer Insight Manager"),
      vendor="successfactors", color="#2a9d8f", tz="+0000", locale="en-IE"),

    R("copperline-greenhouse-promote-within", "internal-candidate", "ats",
      "Copperline Media <no-reply@us.greenhouse-mail.io>",
      "Copperline Media | Content Strategy Lead",
      """
      Hi Sam,

      Thanks for all the time you spent with us on the Content Strategy Lead search.

      After meeting finalists, the team decided to promote from within: one of our senior editors has stepped into the role. We're closing out your candidacy as a result.

      You made a strong impression on Jamal and Tess, and we'd really like to stay in touch.

      Zoe Abrams
      Recruiter, Copperline Media
      """,
      ("zoe.abrams@copperline.example", "Zoe", "Copperline Media", "Content Strategy Lead"),
      reply_to="Zoe Abrams <zoe.abrams@copperline.example>", vendor="greenhouse", color="#b5651d", tz="-0500",
      locale="en-US"),

    R("holloway-sons-team-member", "internal-candidate", "personal",
      "Katie Holloway <katie@hollowayandsons.example>",
      "Marketing Manager vacancy",
      """
      Hi Sam,

      Thank you for coming in to chat to us about the Marketing Manager vacancy, it was lovely to meet you.

      Something happened that I didn't expect: one of our own team members applied late in the day, and we've offered the job to her. She's been with us six years and knows the customers inside out, so it felt like the right call for a family business like ours.

      I'm sorry to disappoint you after you made the effort to come down. Best of luck, and do keep an eye on our website.

      Katie Holloway
      Director, Holloway & Sons
      01632 960 744
      """,
      ("katie@hollowayandsons.example", "Katie", "Holloway & Sons", "Marketing Manager"),
      tz="+0000", locale="en-GB"),

    R("nimbus-internal-finalised", "internal-candidate", "personal",
      "Pooja Sharma <pooja.sharma@nimbusfintech.example>",
      "Status - Associate Director, Brand",
      """
      Hi Sam,

      Greetings. This is with reference to your candidature for the Associate Director, Brand role at Nimbus Fintech.

      I would like to inform you that an internal candidate has been finalised for the position, hence we are closing the position at our end.

      Thank you for your time and cooperation throughout the process.

      Thanks & Regards,
      Pooja Sharma
      Talent Acquisition | Nimbus Fintech
      +91 22 5550 8899
      """,
      ("pooja.sharma@nimbusfintech.example", "Pooja", "Nimbus Fintech", "Associate Director, Brand"),
      tz="+0530", locale="en-IN"),

    R("claddagh-someone-on-team", "internal-candidate", "personal",
      "Ciarán Walsh <ciaran.walsh@claddaghcloud.example>",
      "Re: PMM chat",
      """
      Sam,

      Thanks for following up, and sorry I didn't get back to you sooner. We're going to give the Product Marketing Manager role to someone already on the team - one of our CSMs has been doing half the job informally for a year, and it made sense to make it official.

      Would love to keep in touch, genuinely. Let me know if you're ever in Galway.

      Ciarán

      Ciarán Walsh
      Head of Marketing, Claddagh Cloud
      """,
      ("ciaran.walsh@claddaghcloud.example", "Ciarán", "Claddagh Cloud", "Product Marketing Manager"),
      irt=True, quote=dict(style="thunderbird", who="Sam Taylor", when="16/11/2026 10:31",
                           text="""
                           Hi Ciarán, hope all's well. Any word on the PMM role after our chat? Thanks, Sam
                           """),
      tz="+0000", locale="en-IE", charset="iso-8859-1", cte="8bit"),

    # ------------------------------------------------------------------ after assessment
    R("lattice-peak-greenhouse-case-study", "after-assessment", "ats",
      "Lattice Peak <no-reply@us.greenhouse-mail.io>",
      "Lattice Peak – your case study",
      """
      Hi Sam,

      Thanks for completing the case study for the Product Marketing Manager role - we know take-home work is a big ask, and we appreciate the effort.

      The hiring panel has reviewed your submission alongside the others. We won't be advancing you to the panel interview stage.

      If you'd like written feedback on the case study, reply to this email and Ines will send some notes.

      Lattice Peak Recruiting
      """,
      ("ines.moreau@latticepeak.example", "", "Lattice Peak", "Product Marketing Manager"),
      reply_to="Lattice Peak Recruiting <ines.moreau@latticepeak.example>", vendor="greenhouse", color="#4361ee",
      tz="-0500", locale="en-US", note="Reply-To a person address but team display name; first name left empty (team signature)"),

    R("harbourlight-workday-online-assessment", "after-assessment", "ats",
      "Harbourlight Group <harbourlight@myworkday.com>",
      "Harbourlight Group: your assessment results",
      """
      Dear Sam,

      Thank you for completing the online assessment for the Marketing Manager position.

      Based on the results of the assessment, we are unable to progress your application to the next stage of our selection process. Assessment results are valid for 12 months, so you will not need to retake it if you apply for a similar role during that time.

      Best regards,
      Harbourlight Group Early Careers & Talent
      """,
      ("", "", "Harbourlight Group", "Marketing Manager"),
      vendor="workday", color="#1d3557", tz="+0000", locale="en-GB"),

    R("sundial-lever-take-home-threshold", "after-assessment", "ats",
      "Sundial Finance <no-reply@hire.lever.co>",
      "Growth Marketing Manager - take-home exercise",
      """
      Hi Sam,

      Thank you for submitting the take-home exercise for the Growth Marketing Manager position at Sundial Finance.

      Every exercise is scored independently by two reviewers against the same rubric. Yours came in below the score we need to move candidates on to the onsite, so this is where the process ends for this role.

      We know it takes time to do these properly, and we're grateful. Questions can go to Will at will.tan@sundialfinance.example.

      Sundial Finance Talent
      """,
      ("will.tan@sundialfinance.example", "Will", "Sundial Finance", "Growth Marketing Manager"),
      vendor="lever", color="#e9c46a", tz="-0800", locale="en-US"),

    R("brookhurst-game-based-assessment", "after-assessment", "ats",
      "Brookhurst Consulting <assessments-noreply@brookhurst.example>",
      "Brookhurst Consulting – Marketing Insights Manager: next steps",
      """
      Dear Sam,

      Thank you for completing our game-based assessment as part of your application for Marketing Insights Manager.

      We have reviewed your results against the profile for this position. On this occasion, we will not be taking your application forward.

      | Application | Marketing Insights Manager |
      | Stage | Online assessment |
      | Outcome | Unsuccessful |

      Brookhurst Consulting Recruitment
      """,
      ("", "", "Brookhurst Consulting", "Marketing Insights Manager"),
      vendor="generic", color="#6a040f", tz="+0000", locale="en-GB", cte="base64"),

    R("kettle-crane-ashby-presentation", "after-assessment", "ats",
      "Kettle & Crane <no-reply@ashbyhq.com>",
      "Kettle & Crane – following your presentation",
      """
      Hi Sam,

      Thank you for presenting to the team on Wednesday. Your go-to-market plan prompted a lot of discussion afterwards.

      Having weighed everything, we're closing your application for Senior Product Marketing Manager after the presentation stage. The team felt other finalists showed more depth on pricing and packaging, which is central to the role.

      Thanks again,
      Maya Lindqvist
      Head of Talent, Kettle & Crane
      """,
      ("maya@kettleandcrane.example", "Maya", "Kettle & Crane", "Senior Product Marketing Manager"),
      reply_to="Maya Lindqvist <maya@kettleandcrane.example>", vendor="ashby", color="#283618", tz="+0000",
      locale="en-GB"),

    R("parcelwise-case-study-final", "after-assessment", "personal",
      "Ben Adeyemi <ben.adeyemi@parcelwise.example>",
      "Your case study",
      """
      Hi Sam,

      Thanks for turning the case study around so quickly. I've been through it with Hollie.

      There was a lot to like, especially the segmentation. The pricing section was where we needed more, though, and for the Product Marketing Manager role that's a big part of the job, so we won't be inviting you to the final round.

      I'm happy to go through our notes on a call if that's useful.

      Ben

      Ben Adeyemi
      Head of PMM | Parcelwise
      07700 900 412
      """,
      ("ben.adeyemi@parcelwise.example", "Ben", "Parcelwise", "Product Marketing Manager"),
      tz="+0000", locale="en-GB"),

    R("inkwell-writing-sample", "after-assessment", "personal",
      "Georgia Frost <georgia@inkwellagency.example>",
      "Content Director - writing test",
      """
      Dear Sam,

      Thank you very much for completing the writing exercise. Your sample was genuinely strong, and the piece on onboarding emails was a pleasure to read.

      The panel has chosen to advance two other candidates for the Content Director position, whose samples leaned more towards long-form thought leadership, which is where most of our client work sits.

      I realise this was a lot of unpaid effort. Thank you for it.

      With best wishes,
      Georgia Frost
      Managing Director, Inkwell Agency
      """,
      ("georgia@inkwellagency.example", "Georgia", "Inkwell Agency", "Content Director"),
      tz="+0000", locale="en-GB", personal_html=True),

    R("gumleaf-pitch-presentation", "after-assessment", "personal",
      "Liam O'Shea <liam.oshea@gumleafdigital.example>",
      "Marketing Strategy Lead - after the pitch",
      """
      G'day Sam,

      Thanks for pitching to us yesterday, mate. The team enjoyed it and you clearly did your homework on our clients.

      We've decided not to progress you to the final stage for the Marketing Strategy Lead role. In the end we felt the pitch leaned a bit too heavily on B2C thinking for a book of business that's 80% B2B.

      Happy to chat through the detail.

      Cheers,
      Liam
      Gumleaf Digital | Melbourne
      0400 555 217
      """,
      ("liam.oshea@gumleafdigital.example", "Liam", "Gumleaf Digital", "Marketing Strategy Lead"),
      tz="+1100", locale="en-AU"),

    R("windmolen-personality-assessment", "after-assessment", "personal",
      "Sanne de Vries <sanne.devries@windmolenlabs.example>",
      "Your application Product Marketeer",
      """
      Dear Sam,

      Thank you for doing the assessment last week and for the nice conversation with Pieter before.

      We discussed the results together with the report of the assessment bureau. Based on this we have decided not to continue with your application for the function Product Marketeer. The report showed that the fit with the team, which works very independent and without much structure, is not strong enough.

      We understand this can be disappointing. If you want, I can explain the report in a short call.

      Kind regards,
      Sanne de Vries
      HR advisor
      Windmolen Labs B.V.
      """,
      ("sanne.devries@windmolenlabs.example", "Sanne", "Windmolen Labs", "Product Marketeer"),
      tz="+0100", locale="en (Dutch writer)"),

    R("ashcombe-references", "after-assessment", "personal",
      "Morgan Reilly <morgan.reilly@ashcombecapital.example>",
      "Following up - Head of Brand",
      """
      Hi Sam,

      Thanks for sending through your referees so promptly, and please pass on my thanks to them for making time.

      Having completed references on both finalists, we've made the decision to offer the Head of Brand position to the other candidate. It was finely balanced until the very end.

      I'm sorry this isn't the outcome you were after.

      Best regards,
      Morgan Reilly
      People Director
      Ashcombe Capital
      +44 20 7946 0552
      """,
      ("morgan.reilly@ashcombecapital.example", "Morgan", "Ashcombe Capital", "Head of Brand"),
      tz="+0000", locale="en-GB"),

    # ------------------------------------------------------------------ agency recruiter
    R("harcourt-talent-bullhorn-ravenmoor", "agency-recruiter", "ats",
      "Harcourt Talent <noreply@bullhornmail.com>",
      "Update: Head of Marketing – Ravenmoor Foods",
      """
      Hi Sam,

      Thank you for letting Harcourt Talent represent you for the Head of Marketing role with our client, Ravenmoor Foods.

      We've received feedback from the client, who has decided not to proceed with your application. They have chosen to interview candidates with more direct FMCG experience.

      Your consultant, Owen Price, will be in touch about other roles that may suit you. You can reach him directly on owen.price@harcourttalent.example.

      Harcourt Talent
      """,
      ("owen.price@harcourttalent.example", "Owen", "Ravenmoor Foods", "Head of Marketing"),
      vendor="bullhorn", color="#003049", tz="+0000", locale="en-GB", note="agency CRM, company = client"),

    R("peregrine-search-vincere-lodestar", "agency-recruiter", "ats",
      "Peregrine Search <notifications@vincere.io>",
      "Lodestar Bank – VP, Product Marketing: status update",
      """
      Dear Sam,

      Please find below an update on your application, submitted by Peregrine Search.

      | Client | Lodestar Bank |
      | Position | VP, Product Marketing |
      | Stage | Client CV review |
      | Status | Rejected by client |

      Our consultant will contact you to discuss the client's feedback. Should you wish to speak sooner, please contact Alicia Grant at alicia.grant@peregrinesearch.example.

      Peregrine Search Ltd
      """,
      ("alicia.grant@peregrinesearch.example", "Alicia", "Lodestar Bank", "VP, Product Marketing"),
      vendor="vincere", color="#560bad", tz="+0000", locale="en-GB", note="verdict in a status table cell"),

    R("southerly-jobadder-undisclosed", "agency-recruiter", "ats",
      "Southerly Recruitment <noreply@jobadder.com>",
      "Digital Marketing Manager (Ref 88213)",
      """
      Hi Sam,

      Thanks for applying for the Digital Marketing Manager role (Ref 88213) advertised by Southerly Recruitment.

      Our client has now reviewed the shortlist, and on this occasion your application hasn't been successful. We'll keep your details on our database and may contact you about other opportunities.

      Kind regards,
      Southerly Recruitment
      Level 4, 55 Pitt Street, Sydney NSW 2000 (fictional)
      """,
      ("", "", "Southerly Recruitment", "Digital Marketing Manager"),
      vendor="jobadder", color="#118ab2", tz="+1100", locale="en-AU", note="client undisclosed: company = agency"),

    R("northgate-agency-uk-other-candidate", "agency-recruiter", "personal",
      "Tasha Green <tasha.green@bluesquarerecruit.example>",
      "Northgate Retail feedback",
      """
      Hi Sam,

      Just had feedback from Northgate Retail on Tuesday's interview for the CRM Marketing Manager job. Sorry to say they're going with the other candidate - they felt she had more hands-on experience with Braze, which they're rolling out next quarter.

      They did say you came across brilliantly and the hiring manager particularly liked your answer on loyalty. I've got a couple of other CRM roles I think you'd be great for; can I call you tomorrow?

      Tasha

      Tasha Green
      Senior Consultant, Blue Square Recruitment
      M: 07700 900 833
      """,
      ("tasha.green@bluesquarerecruit.example", "Tasha", "Northgate Retail", "CRM Marketing Manager"),
      tz="+0000", locale="en-GB"),

    R("us-agency-client-passed", "agency-recruiter", "personal",
      "Jeff Moreno <jmoreno@summitlinepartners.example>",
      "Re: Everbright Solar",
      """
      Hey Sam,

      Heard back from Everbright Solar this afternoon. Unfortunately the client decided to pass after the hiring manager screen for the Senior Marketing Manager role; they want someone who's run channel programs for installers and felt that wasn't deep enough in your background.

      Not the news either of us wanted. I'll keep sending things your way.

      Jeff Moreno
      Partner | Summitline Partners
      (303) 555-0161
      """,
      ("jmoreno@summitlinepartners.example", "Jeff", "Everbright Solar", "Senior Marketing Manager"),
      irt=True, irt_domain="summitlinepartners.example",
      quote=dict(who="Jeff Moreno <jmoreno@summitlinepartners.example>", when="Mon, Nov 2, 2026 at 3:15 PM",
                 text="""
                 Sam - you're confirmed with Everbright for Wednesday at 10 MT with their VP Marketing. Call me after!
                 Jeff
                 """),
      tz="-0700", locale="en-US"),

    R("indian-agency-not-shortlisted", "agency-recruiter", "personal",
      "Sneha Kulkarni <sneha@talentbridgeconsulting.example>",
      "Feedback - Marketing Head - Arohan Foods",
      """
      Hi Sam,

      Hope you are doing good. As discussed over call, I have received the feedback from Arohan Foods for the Marketing Head position.

      The client has not shortlisted your profile for the next level of discussion, as they are looking for a candidate with prior experience in the dairy and packaged food segment.

      I will share other relevant openings with you as and when they come.

      Thanks & Regards,
      Sneha Kulkarni
      Senior Consultant
      TalentBridge Consulting, Pune
      +91 99220 55531
      """,
      ("sneha@talentbridgeconsulting.example", "Sneha", "Arohan Foods", "Marketing Head"),
      tz="+0530", locale="en-IN"),

    R("irish-agency-as-discussed", "agency-recruiter", "personal",
      "Niamh Gallagher <niamh@shannonpeople.example>",
      "As discussed - Corrib Analytics",
      """
      Hi Sam,

      Good to talk to you earlier, and just putting it in writing as promised: Corrib Analytics have decided not to move forward with you for the Marketing Operations Manager role. Their reasoning was mostly around HubSpot admin depth, which they want from day one.

      I know it's disappointing, particularly after such a good first round. Let's catch up next week about the two roles I mentioned.

      Niamh

      Niamh Gallagher | Shannon People
      +353 61 555 0148
      """,
      ("niamh@shannonpeople.example", "Niamh", "Corrib Analytics", "Marketing Operations Manager"),
      tz="+0000", locale="en-IE"),

    R("canadian-agency-client-other", "agency-recruiter", "personal",
      "Ryan Fitzpatrick <ryan.fitzpatrick@pinecrestsearch.example>",
      "Tamarack Insurance - Director, Marketing",
      """
      Hi Sam,

      I've heard from Tamarack Insurance on the Director, Marketing search. They've made an offer to another candidate who came through a referral, and it was accepted yesterday.

      I thought your interviews went really well and so did the hiring manager, for what it's worth. I'll be in touch - we have a couple of insurance mandates starting in January.

      Best,
      Ryan

      Ryan Fitzpatrick
      Principal, Pinecrest Search
      Toronto | 647-555-0184
      """,
      ("ryan.fitzpatrick@pinecrestsearch.example", "Ryan", "Tamarack Insurance", "Director, Marketing"),
      tz="-0500", locale="en-CA"),

    R("agency-client-withdrew-role", "agency-recruiter", "personal",
      "Claire Dunmore <claire@dunmoreexec.example>",
      "Quick update re: Seabright Energy",
      """
      Hi Sam,

      Frustrating news I'm afraid. Seabright Energy have told me this morning that they're withdrawing the Head of Product Marketing role altogether - the new CEO wants to restructure the commercial team first. So the process is off for everyone, you included.

      I'm sorry, I know you'd got your hopes up after the first meeting. I'll keep you posted if it reappears in a different shape.

      Claire Dunmore
      Director, Dunmore Executive
      07700 900 286
      """,
      ("claire@dunmoreexec.example", "Claire", "Seabright Energy", "Head of Product Marketing"),
      tz="+0000", locale="en-GB", personal_html=True),

    R("french-agency-nonnative", "agency-recruiter", "personal",
      "Julien Marchand <j.marchand@talentpontconseil.example>",
      "Your candidacy for Orveline - Brand Manager Europe",
      """
      Hello Sam,

      I hope you are fine. I come back to you concerning your candidacy for the Brand Manager Europe position at Orveline.

      I had the client on the phone this morning. They have finally decided to not retain your candidacy for the next step, because they prefer a profile with more experience of the French beauty market. I am sorry for this news.

      I keep your CV and I will not hesitate to contact you for another opportunity.

      Best regards,
      Julien Marchand
      Consultant, TalentPont Conseil
      +33 1 55 50 12 34
      """,
      ("j.marchand@talentpontconseil.example", "Julien", "Orveline", "Brand Manager Europe"),
      tz="+0100", locale="en (French writer)"),
]

# Earliest send date for messages whose text or quote names a date (sent within two days of it).
AFTER = {
    "liffeybank-head-of-growth": "2026-11-20",
    "ferncombe-hale-brand-panel": "2026-11-20",
    "cobalt-ridge-final-round-offer-accepted": "2026-11-19",
    "wattle-finch-landed-elsewhere": "2026-11-24",
    "northgate-agency-uk-other-candidate": "2026-11-24",
    "northern-lark-different-direction": "2026-11-10",
    "tessellate-reply-to-thankyou": "2026-11-19",
    "glasswing-long-thread-closing": "2026-11-09",
    "bellweather-filled-last-week": "2026-11-13",
    "claddagh-someone-on-team": "2026-11-17",
    "ironbark-close-second": "2026-11-02",
    "us-agency-client-passed": "2026-11-04",
    "cloudnine-merger-eliminated": "2026-11-05",
}
for _spec in SPECS:
    if _spec["slug"] in AFTER:
        _spec["after"] = AFTER[_spec["slug"]]
