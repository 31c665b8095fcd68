"""Personal hard negatives (45): invitations, progress, offers, Sam's own mail, replies to Sam's follow-ups."""
from content_common import O

OWNER_FROM = "Sam Taylor <sam.taylor@example.org>"

MESSAGES = [
O("hm-ack-personal-straight", "ack-received", "en-GB",
  "Gemma Lowther <gemma.lowther@tidewell.example>",
  "Re: Application - Research Lead",
  """Hi Sam,

Thanks for sending your CV over directly, much appreciated. I'll read it properly this week and get back to you by Friday at the latest. If it's not a fit I'll tell you straight rather than leave you hanging - I hate that as much as anyone.

Best,
Gemma
Head of Product, Tidewell""",
  parent=True, parent_domain="example.org",
  notes="hedged personal ack"),

O("founder-ack-busy", "ack-received", "en-US",
  "Noah Castellanos <noah@quietfield.example>",
  "got your note",
  """Sam - got your note and resume, thanks! Slammed with our launch this week but I'll look next Monday. Don't take silence as a no, I'm just buried.

Noah""",
  notes="'don't take silence as a no'"),

O("recruiter-invite-casual", "interview-invite", "en-GB",
  "Priya Shah <priya.shah@kettleworks.example>",
  "Research Manager - let's talk!",
  """Hi Sam,

Thanks for applying for the Research Manager role at Kettleworks. I've had a look at your CV and would love to have a 30 min chat to tell you more about the team and hear a bit about you.

Are you free Tuesday or Wednesday afternoon next week?

Thanks,
Priya
Talent Partner, Kettleworks
07700 900 128""",
  notes="first call invitation"),

O("hm-second-round-after-doubts", "interview-invite", "en-US",
  "Dana Whitfield <dana.whitfield@ridgeback.example>",
  "Next round",
  """Hi Sam,

I'll be honest, after the first interview one panelist wasn't sure you had enough experience with quantitative work, and we debated whether to move forward. We've decided we'd like to see more, so we're inviting you to a second round focused on a quant case.

Unfortunately the only slots we have are early — 8am PT on the 19th or 20th. Let me know which works.

Dana
Director of Research, Ridgeback""",
  notes="invite after doubts; 'unfortunately' about slots"),

O("agency-client-wants-interview", "interview-invite", "en-IE",
  "Aoife Brennan <aoife@shannonrecruit.example>",
  "Great news - Connacht Credit Union",
  """Hi Sam,

Great news! Connacht Credit Union loved your CV and would like to meet you for a first interview for the Member Insights Lead role. They've suggested Thursday 19th at 11am in their Galway office or over Teams if that's easier.

They're not going with anyone else for now so this is a good one to prep for - I'll send notes tomorrow.

Aoife""",
  day="2026-11-13", notes="agency invite; same consultant as a rejection; negated 'not going with anyone else'"),

O("dutch-hm-invite-second", "interview-invite", "en-nonnative-nl",
  "Sanne Bakker <sanne.bakker@deltadata.example>",
  "Second conversation",
  """Hi Sam,

Thanks for the nice first conversation last week. We want to invite you for a second conversation with our CTO and one of the product owners. Unfortunately our CTO is only available on Monday the 16th, is 15:00 possible for you?

Groetjes,
Sanne
Delta Data""",
  day="2026-11-10", notes="Dutch; 'unfortunately' about availability"),

O("polish-hm-invite", "interview-invite", "en-nonnative-pl",
  "Tomasz Nowak <tomasz.nowak@wisla-games.example>",
  "Invitation to technical interview",
  """Hello Sam,

After the first meeting we want to continue recruitment with you. I invite you to technical interview for the position Player Research Lead. It will take about 90 minutes and there will be a small task to prepare before.

Please tell me which day in next week is good for you.

Best regards,
Tomasz Nowak""",
  notes="Polish; continue recruitment"),

O("still-deciding-personal", "status-update", "en-GB",
  "Rowena Pike <rowena.pike@brackenhouse.example>",
  "Insight Manager - where we are",
  """Hi Sam,

I just wanted to drop you a line so you're not left wondering. We've finished first interviews for the Insight Manager role, but our MD is away until the 23rd and we can't make a final decision until she's back.

We haven't made any decisions yet and you are very much still in the running. Thanks for your patience.

Rowena""",
  notes="still in the running"),

O("on-hold-will-come-back", "status-update", "en-US",
  "Gary Lindqvist <gary@pinecrest-health.example>",
  "Quick update on the Research Director search",
  """Hi Sam,

Our leadership offsite got moved, so the decision on the Research Director role is on hold for about two weeks. Nothing has changed on our end regarding your candidacy — you're one of two finalists and we will come back to you as soon as we've met.

Sorry for the wait,
Gary""",
  notes="'on hold' but still deciding; finalist"),

O("narrowed-two", "status-update", "en-IN",
  "Deepa Krishnan <deepa.k@indigoworks.example>",
  "Status update - Insights Head",
  """Dear Sam,

Hope you are doing well. Just to update you that we have narrowed the process down to two candidates and you are one of them. Our CEO would like to have a final conversation next week, after which we will take a decision. We will surely revert either way.

Regards,
Deepa""",
  notes="narrowed to two"),

O("references-stage", "status-update", "en-AU",
  "Kate Morrison <kate.morrison@bluegum.example>",
  "References",
  """Hi Sam,

Thanks again for your time on Friday. We'd like to take up references before we make a final decision - could you send me contact details for two referees, ideally including your current manager? We won't contact them until you give us the green light.

Cheers,
Kate""",
  notes="reference stage"),

O("case-study-invite", "assessment-invite", "en-nonnative-fr",
  "Julien Moreau <julien.moreau@alizee-mobility.example>",
  "Case study for next step",
  """Hello Sam,

Following our first interview, we propose you to prepare a short case study for the next step: analyse the attached survey results and present your recommendations in 20 minutes to the team.

We know it is some work, do not hesitate to tell me if the deadline of one week is not possible for you.

Best regards,
Julien Moreau
Alizée Mobility""",
  notes="French; case study invite"),

O("verbal-offer", "offer", "en-GB",
  "Rowan Achterberg <rowan.a@threadneedle-press.example>",
  "Something to discuss",
  """Hi Sam,

I know we let you down on the Head of Audience Insight role earlier this autumn - but something new has come up. We're creating a Head of Subscriber Research position and, frankly, you were the first person I thought of. The panel agreed, and I'd like to offer it to you.

Could we talk tomorrow about the details? Formal paperwork to follow.

Rowan
+44 20 7946 0381""",
  day="2026-11-27", notes="offer from a company that rejected Sam earlier"),

O("offer-with-pdf", "offer", "en-US",
  "Maria Esposito <maria.esposito@palisade-insights.example>",
  "Offer - Director of Research",
  """Hi Sam,

Congratulations! On behalf of Palisade Insights I'm delighted to offer you the position of Director of Research. Attached is the formal offer letter with compensation and benefits details. The offer is contingent on a background check.

We'd appreciate your answer by Friday. Call me with any questions at (617) 555-0110.

Maria""",
  attach=[("Offer_Letter_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% en3 placeholder offer letter\n%%EOF\n")],
  notes="offer with PDF"),

O("agency-pitch-filled-new", "recruiter-outreach", "en-GB",
  "Ellie Whitcombe <ellie.whitcombe@northstar-rec.example>",
  "Two new insight roles",
  """Hi Sam,

Hope you've had a good week! I know the Harlow & Vine one didn't come off, but I've just been briefed on two new roles I think you'd be brilliant for:

- Head of Consumer Insight, a challenger bank in Manchester (£95k + bonus)
- Research Director, a global media agency in London

Could we grab 15 minutes on Monday?

Ellie
020 7946 0712""",
  day="2026-11-20", notes="pitch after earlier rejection referenced"),

O("cold-outreach-exec", "recruiter-outreach", "en-US",
  "Tamsin Hale <tamsin@halepartners.example>",
  "Confidential search - VP, Audience Insights",
  """Hi Sam,

I'm leading a confidential search for a VP, Audience Insights at a well-known streaming company. Based on your work at Calder Street Media, I think you'd be a strong candidate. The role reports to the Chief Product Officer and leads a team of 20.

Would you be open to a confidential conversation this week?

Best,
Tamsin Hale
Partner, Hale Partners""",
  notes="exec search cold outreach"),

O("indian-recruiter-jd", "recruiter-outreach", "en-IN",
  "Rahul Verma <rahul.verma@peoplefirst-consult.example>",
  "Opportunity for Research Head - Mumbai",
  """Dear Sam,

Greetings from PeopleFirst Consulting!!

We have an urgent requirement for Research Head with one of our esteemed clients, a leading OTT platform in Mumbai. Please find the JD below and revert with your updated CV, current CTC, expected CTC and notice period if interested.

Experience: 12+ years in consumer/media research
Location: Mumbai (Hybrid)

Regards,
Rahul Verma
+91 99200 55501""",
  notes="Indian recruiter JD"),

O("recruiter-nudge-no-reply", "recruiter-outreach", "en-AU",
  "Greg Pascoe <greg@pascoerecruitment.example>",
  "Catch up?",
  """Hey Sam,

Didn't hear back from my last email - no dramas if the timing's wrong. Got a cracking Head of Insights role at a Melbourne fintech that's not on the boards yet. Worth a chat?

Greg
0412 555 019""",
  notes="nudge; same consultant as a rejection"),

O("reference-request-personal", "reference-request", "en-GB",
  "Harriet Cole <harriet.cole@emberwood.example>",
  "Reference for Jamie Price",
  """Dear Sam,

Jamie Price has applied for the role of Research Manager at Emberwood and has given your name as a referee. We're at the final stage and would be grateful for a short call to hear about Jamie's time in your team.

Would Thursday or Friday this week suit?

Many thanks,
Harriet Cole
HR Manager, Emberwood""",
  notes="Sam as referee"),

O("former-colleague-reference-ask", "reference-request", "en-US",
  "Jamie Price <jamie.price.home@mailbox.example>",
  "Can I put you down as a reference?",
  """Hi Sam!

Long time no speak. I'm in the final round for a research manager job at Emberwood and they've asked for references. Would you be OK being one of mine? I got turned down by two places last month so I really want this one.

Thanks so much,
Jamie""",
  notes="friend's job search; mentions their own rejections"),

O("paper-rejected", "non-job-rejection", "en-US",
  "Dr. Helen Marsh <h.marsh@jaudres.example>",
  "JAR-2026-0412: Decision on your manuscript",
  """Dear Sam Taylor,

Thank you for submitting your manuscript "Measuring attention in long-form digital news" to the Journal of Audience Research.

I regret to inform you that after careful consideration of the reviewers' reports, we are unable to accept your manuscript for publication. The reviewers' comments are included below and I hope they will be helpful should you decide to submit elsewhere.

Sincerely,
Helen Marsh
Editor-in-Chief""",
  notes="manuscript rejected"),

O("grant-unsuccessful", "non-job-rejection", "en-GB",
  "Civic Media Fund <grants@civicmediafund.example>",
  "Your application to the Local News Research Fund",
  """Dear Sam,

Thank you for applying to the Local News Research Fund on behalf of Calder Street Media.

We received 186 applications for 12 awards. I'm sorry to say that your application was unsuccessful on this occasion. Feedback from the panel is available on request.

With best wishes,
Olu Adeyemi
Programme Manager, Civic Media Fund""",
  notes="grant unsuccessful (wording identical to job rejections)"),

O("meeting-declined", "non-job-rejection", "en-GB",
  "Ciaran Doyle <ciaran.doyle@example.org>",
  "Declined: Q4 audience research review",
  """Declined: Q4 audience research review
Thu 19 Nov 2026 14:00-15:00, Boardroom 2

Ciaran Doyle has declined this meeting.

Sorry Sam - clash with the board prep. Can we move it to next week?""",
  day="2026-11-17", notes="declined meeting invitation from a colleague"),

O("loan-declined", "non-job-rejection", "en-IE",
  "Sheehan Credit <decisions@sheehancredit.example>",
  "Your loan application - decision",
  """Dear Sam Taylor,

Thank you for your recent application for a personal loan of €15,000.

Following a review of your application and credit file, we regret that we are unable to approve your application at this time. You are entitled to request the main reasons for this decision.

Yours sincerely,
Credit Decisions Team
Sheehan Credit DAC""",
  notes="loan declined"),

O("club-waitlist", "non-job-rejection", "en-GB",
  "Thames Reach Rowing Club <membership@thamesreach.example>",
  "Membership application",
  """Dear Sam,

Thank you for applying to join Thames Reach Rowing Club. I'm afraid our intermediate squad is full for the winter season and we are unable to offer you a place at this time. You're welcome to reapply in March.

Best wishes,
Anne Whitaker
Membership Secretary""",
  notes="club place refused"),

O("visa-refused", "non-job-rejection", "en-AU",
  "Events Travel Desk <travel@calder-events.example>",
  "Visa for the Jakarta conference - bad news",
  """Hi Sam,

The embassy has come back on your business visa for the Jakarta conference and unfortunately it's been refused - they wanted original bank statements. We can reapply but it won't be in time, so we've cancelled your flights.

Sorry! Mel""",
  notes="visa refused"),

O("pitch-declined-client", "non-job-rejection", "en-US",
  "Lena Ruiz <lena.ruiz@harborview-brands.example>",
  "Re: Calder Street Media proposal",
  """Hi Sam,

Thanks for the thoughtful proposal for the audience segmentation project. We've decided to go with another agency whose timeline fit our launch better. We'd love to keep Calder Street Media in mind for the next one.

Best,
Lena""",
  parent=True, parent_domain="example.org",
  notes="vendor proposal declined (job-like wording)"),

O("colleague-candidate-no", "owner-hiring", "en-GB",
  "Ciaran Doyle <ciaran.doyle@example.org>",
  "Re: Research Analyst shortlist",
  """Sam,

Agree with you on Priya - strong no from me too, the SQL wasn't there. Happy for you to send her the decline today. Marcus is a maybe; let's discuss tomorrow.

Can we move forward with Leila to the final round?

C""",
  parent=True, parent_domain="example.org",
  notes="colleague on Sam's hiring"),

O("owner-sent-rejection-candidate", "owner-hiring", "en-GB",
  OWNER_FROM,
  "Your application for Research Analyst at Calder Street Media",
  """Dear Priya,

Thank you for taking the time to interview for the Research Analyst role at Calder Street Media. Unfortunately we have decided not to progress your application on this occasion. We were impressed by your enthusiasm, but we felt other candidates had more hands-on SQL experience.

Best of luck with your search.

Kind regards,
Sam Taylor
Head of Audience Insights, Calder Street Media""",
  to="Priya Anand <priya.anand@mailbox.example>",
  notes="Sam's own sent rejection to a candidate"),

O("hr-draft-template-review", "owner-hiring", "en-GB",
  "Beth Aldridge <beth.aldridge@example.org>",
  "Decline template for Data Journalist finalists - please check",
  """Hi Sam,

Here's the draft message for the two finalists we're not taking forward for Data Journalist. Could you check it before I send?

---
Dear [name], thank you for your time with us. After careful consideration we have decided to offer the role to another candidate. We'd love to keep in touch.
Sam Taylor
---

Thanks,
Beth (People team)""",
  notes="template rejection to review, signed with Sam's name"),

O("candidate-reply-forwarded", "owner-hiring", "en-GB",
  "Beth Aldridge <beth.aldridge@example.org>",
  "Fwd: Re: Your application for Research Analyst",
  """Hi Sam - Priya replied to your decline, asking for feedback. Do you want to handle or shall I?

Beth

---------- Forwarded message ---------
From: Priya Anand <priya.anand@mailbox.example>
Subject: Re: Your application for Research Analyst at Calder Street Media

Dear Sam, thank you for letting me know. I'm disappointed but grateful for the opportunity. Would you be able to share any feedback on my SQL exercise?
Priya""",
  wrap=False,
  notes="rejected candidate's reply forwarded to Sam"),

O("interviewer-no-hire", "owner-hiring", "en-US",
  "Devon Marsh <devon.marsh@example.org>",
  "Feedback: Leila Haddad",
  """Sam,

My feedback on Leila for the Senior Research Analyst role: no hire. Great communicator but the stats case had some real gaps. Happy to be outvoted if you and Ciaran saw more.

Devon""",
  notes="interviewer no-hire"),

O("owner-thankyou-followup", "owner-sent", "en-GB",
  OWNER_FROM,
  "Re: Head of Audience Insight - final interview",
  """Hi Rowan,

Thank you for letting me know, and for such a kind and thorough message. Of course I'm disappointed, but I really enjoyed meeting the team and I'd love to stay in touch. Please do keep me in mind for future roles at Threadneedle Press.

Best wishes,
Sam

On 3 Nov 2026, at 16:20, Rowan Achterberg <rowan.a@threadneedle-press.example> wrote:
> Hi Sam,
> I'm afraid I'm writing with disappointing news. It was an extremely close call between you and one other candidate, and in the end we've offered the role to them.
> Rowan""",
  to="Rowan Achterberg <rowan.a@threadneedle-press.example>",
  parent=True, parent_domain="threadneedle-press.example", wrap=False,
  day="2026-11-04", notes="Sam's reply to a rejection"),

O("owner-asks-other-candidate", "owner-sent", "en-GB",
  OWNER_FROM,
  "Insights Lead - checking in",
  """Hi Fiona,

I hope you're well. It's been three weeks since my final interview for the Insights Lead role at Haverford. Have you gone with another candidate? If so, no hard feelings - I'd just appreciate knowing either way.

Best,
Sam""",
  to="Fiona Reid <fiona.reid@haverford.example>",
  day="2026-11-09", notes="Sam's 'have you gone with another candidate?'"),

O("owner-withdraws", "owner-sent", "en-GB",
  OWNER_FROM,
  "Withdrawing my application - Research Director",
  """Hi Marcus,

Thank you for the interviews so far. I've accepted another offer, so I'd like to withdraw my application for the Research Director role at Kinsale Group. I'm sorry not to continue - I was very impressed by the team.

Best wishes,
Sam""",
  to="Marcus Bell <marcus.bell@kinsalegroup.example>",
  notes="Sam withdraws"),

O("reply-to-followup-keep-touch", "reply-to-owner-followup", "en-IE",
  "Clare Nolan <clare.nolan@liffeymedia.example>",
  "RE: RE: Research Lead - any update?",
  """Hi Sam,

No need to apologise at all, and thank you for such a gracious reply! We'd love to keep in touch - I'll make sure you hear about anything in research when it comes up.

Clare

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Subject: RE: Research Lead - any update?

Hi Clare, thanks for letting me know, and sorry for chasing. I'd love to be considered for future roles.
Sam

-----Original Message-----
From: Clare Nolan
Unfortunately we've decided to move forward with other applicants for the Research Lead role.""",
  parent=True, parent_depth=2, wrap=False,
  day="2026-10-19", notes="rejection only in the quote"),

O("reply-to-followup-feedback-call", "reply-to-owner-followup", "en-US",
  "Jake Morrison <jake@quillmetrics.example>",
  "Re: Re: Take-home submission",
  """Sam, of course — I'll send the rubric over separately. Happy to do 20 mins Thursday to talk it through. And genuinely, apply again when the senior role opens in Q1.

Jake

> Thanks Jake, I appreciate the honesty. Would you be open to a quick call to go through the rubric?
>
>> So we're going to pass for the Senior Research Analyst position, but honestly the writing was some of the best we saw.""",
  parent=True, parent_depth=2, parent_domain="example.org", wrap=False,
  day="2026-10-26", notes="reply to Sam's follow-up; quoted 'pass'"),

O("reply-to-followup-brazil", "reply-to-owner-followup", "en-nonnative-br",
  "Thiago Ramos <thiago.ramos@ipanema-pay.example>",
  "Re: Feedback about the Insights Lead process",
  """Hi Sam!

Thank you very much for your message, it was really kind. Of course we can keep in contact, I will let you know when we open new positions in the research team. Let's connect on LinkedIn too.

Abraços,
Thiago

Em ter., 27 de out. de 2026 às 09:12, Sam Taylor <sam.taylor@example.org> escreveu:
> Hi Thiago, thank you for letting me know. I understand the decision and would love to stay in touch.""",
  parent=True, parent_domain="example.org", wrap=False,
  day="2026-10-28", notes="Brazilian writer; warm reply to Sam's follow-up"),

O("answer-question-final-round", "answer-to-owner-question", "en-GB",
  "Fiona Reid <fiona.reid@haverford.example>",
  "Re: Insights Lead - checking in",
  """Hi Sam,

Not at all - we haven't gone with anyone else! Apologies for the silence, we've had two people off sick. We'd like to invite you back for a final conversation with our CEO next Wednesday at 10am. Does that work?

Fiona

On 9 Nov 2026, at 09:03, Sam Taylor <sam.taylor@example.org> wrote:
> Have you gone with another candidate? If so, no hard feelings - I'd just appreciate knowing either way.""",
  parent=True, parent_domain="example.org", wrap=False,
  day="2026-11-10", notes="answer to 'have you gone with another candidate': invitation"),

O("answer-question-still-running", "answer-to-owner-question", "en-US",
  "Ben Okoro <bokoro@tallgrass.example>",
  "Re: Senior Research Manager - still open?",
  """Sam - yes, still open and you're still in the mix. We've paused interviews for a week because of the holiday but no decision has been made. Will circle back by the 4th.

Ben

> Hi Ben, is the Senior Research Manager position still open, or have you filled it?""",
  parent=True, parent_domain="example.org", wrap=False,
  day="2026-11-25", notes="'paused interviews' but still open; same sender as a rejection"),

O("ooo-recruiter", "auto-reply", "en-GB",
  "Hannah Greaves <hannah.greaves@fieldfare.example>",
  "Automatic reply: Feedback from your Fieldfare interviews",
  """Thank you for your email. I'm out of the office until Monday 23 November with limited access to email. For urgent matters please contact people@fieldfare.example.

Hannah""",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  parent=True, parent_domain="example.org",
  day="2026-11-17", notes="OOO from a recruiter who rejected Sam; subject repeats the rejection's"),

O("forwarded-partner-rejection", "forwarded", "en-GB",
  "Alex Taylor <alex.taylor.home@mailbox.example>",
  "Fwd: Your application to Brambleworth",
  """Sam, can you believe this? Third one this month. Pub later?

---------- Forwarded message ---------
From: Brambleworth Careers <no-reply@brambleworth.example>
Subject: Your application to Brambleworth

Dear Alex, thank you for applying for the Graphic Designer role. Unfortunately, we have decided to move forward with other candidates.""",
  wrap=False,
  notes="partner's rejection forwarded"),

O("forwarded-mentee-advice", "forwarded", "en-IN",
  "Ananya Iyer <ananya.iyer@mailbox.example>",
  "Fwd: Application status - Junior Analyst",
  """Hi Sam,

Hope you're well! Forwarding the below - I didn't get the analyst role I told you about. Could you advise how I should reply to ask for feedback?

Thanks a lot,
Ananya

---------- Forwarded message ---------
From: HR, Neelgiri Analytics <hr@neelgiri.example>
Subject: Application status - Junior Analyst

Dear Ananya, we regret to inform you that your candidature has not been shortlisted.""",
  wrap=False,
  notes="mentee's rejection forwarded"),

O("reschedule-hm-moved", "reschedule", "en-SG",
  "Victor Lim <victor.lim@straitsconsumer.example>",
  "Change of interview time",
  """Hi Sam,

Apologies, our regional director has had to travel unexpectedly, so we need to cancel tomorrow's 3pm interview for the Insights Manager, Beauty role. Could we reschedule to Monday at the same time? Your candidacy is not affected in any way.

Regards,
Victor""",
  day="2026-11-12", notes="cancelled slot; same sender as a rejection"),

O("reschedule-sorry-cancel", "reschedule", "en-nonnative-de",
  "Katrin Vogel <katrin.vogel@hanseport.example>",
  "Cancellation of our appointment",
  """Dear Sam,

unfortunately I have to cancel our appointment on Thursday because of illness. I am very sorry! The position Research Lead is of course still open and we are interested in talking with you.

Could you send me two or three alternatives for next week?

Best regards
Katrin Vogel
Hanseport Logistik""",
  notes="German; cancellation of appointment; position still open"),
]
