"""Rejections written by people: recruiters, hiring managers, founders, agencies (39)."""
from content_common import rej

MOB = "\n\nSent from my iPhone"

MESSAGES = [
rej("hm-phone-weve-gone-another-way", "after-interview", "personal",
    ("ben.achebe@northwind-radio.example", "Ben", "Northwind Radio", "Head of Audience Insight"),
    variant="en-GB", frm="Ben Achebe <ben.achebe@northwind-radio.example>",
    subject="Re: Head of Audience Insight - Northwind Radio",
    parent=True,
    text="""Hi Sam - sorry for the delay, been a mad week. Wanted to let you know personally that we've gone another way on the Head of Audience Insight job. Really enjoyed meeting you and honestly it was close. Happy to chat feedback next week if helpful.

Ben""" + MOB, notes="hiring manager from phone; indirect 'gone another way'"),

rej("founder-small-startup-cant-justify", "role-cancelled", "personal",
    ("ines@mapletrail.example", "Inês", "Mapletrail", ""),
    variant="en-GB", frm="Inês Carvalho <ines@mapletrail.example>",
    subject="Re: coffee + next steps",
    parent=True,
    text="""Hi Sam,

I owe you an honest update. We had our board meeting on Tuesday and the upshot is that we're extending runway rather than growing the team, so I can't justify bringing on a first product hire before Q3 next year. I'm really sorry - I know we'd got as far as talking about start dates.

I'd completely understand if you've moved on by the time we're hiring again, but if not I'd love to pick this up then.

Thanks for being so generous with your time.

Inês
Founder, Mapletrail

On Fri, 9 Oct 2026 at 10:02, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ines,
> Thanks for the coffee yesterday, I really enjoyed hearing about the
> roadmap. Let me know what the next steps look like on your side.
> Best, Sam""", notes="founder; hiring paused; quoted thread from Sam"),

rej("agency-uk-client-gone-with-another", "agency-recruiter", "personal",
    ("tom.hesketh@brightbridge-search.example", "Tom", "Ellery & Finch", "Insights Director"),
    client_html=True,
    variant="en-GB", frm="Tom Hesketh <tom.hesketh@brightbridge-search.example>",
    subject="Ellery & Finch - feedback",
    text="""Hi Sam,

Hope you're well. I've just come off the phone with the client and unfortunately Ellery & Finch have decided to go with another candidate for the Insights Director role.

Their feedback was really positive on you as a person - they liked your energy and your commercial thinking - but they felt the other candidate had more experience of running a quant team in an agency environment.

I know it's disappointing, especially after the second stage went so well. I've got a couple of other briefs coming in over the next fortnight that I think could be a strong fit, so I'll give you a bell on Monday if that's OK?

Kind regards,

Tom Hesketh
Senior Consultant | Brightbridge Search
M: +44 7700 900412
www.brightbridge-search.example

Brightbridge Search Ltd is registered in England & Wales No. 09876543. This email and any attachments are confidential.""",
    notes="UK agency; company = client; pitch after verdict"),

rej("agency-india-profile-not-shortlisted", "agency-recruiter", "personal",
    ("deepa.r@talentsphere-hr.example", "Deepa", "Nexora Technologies", "Senior Manager - Product Analytics"),
    variant="en-IN", frm="Deepa Raghavan <deepa.r@talentsphere-hr.example>",
    subject="RE: Profile for Senior Manager - Product Analytics | Nexora Technologies",
    parent=True,
    text="""Dear Sam,

Greetings from TalentSphere HR Solutions!

This is with reference to your profile shared for the position of Senior Manager - Product Analytics with our client Nexora Technologies, Bengaluru.

Client has reviewed your profile and has not shortlisted the same for further rounds as they are looking for candidate with more exposure in Indian market and BFSI domain.

We will surely keep your profile in our database and revert in case of any suitable opening.

Thanks & Regards,
Deepa Raghavan
Senior Recruiter | TalentSphere HR Solutions
Mob: +91 98450 12345

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, September 21, 2026 3:12 PM
To: Deepa Raghavan <deepa.r@talentsphere-hr.example>
Subject: RE: Profile for Senior Manager - Product Analytics | Nexora Technologies

Hi Deepa, please find my updated CV attached. Happy to discuss. Sam""",
    notes="Indian agency; 'not shortlisted the same'; Outlook quote"),

rej("recruiter-us-long-after-onsite", "after-interview", "personal",
    ("kaitlyn.moss@verdantia.example", "Kaitlyn", "Verdantia", "Director, Consumer Insights"),
    client_html=True,
    variant="en-US", frm="Kaitlyn Moss <kaitlyn.moss@verdantia.example>",
    subject="Verdantia | Director, Consumer Insights",
    text="""Hi Sam,

I hope you had a good weekend. First off, thank you for making the trip out to Denver for the onsite — I know a transatlantic flight for a day of interviews is a big ask, and the team really noticed the preparation you put in.

I wanted to reach out personally with an update. After a lot of discussion, the hiring team has decided to extend an offer to another finalist for the Director, Consumer Insights role. I want to be transparent that this was one of the harder decisions the team has made this year: the feedback on your strategic thinking and the executive readout was very strong. The deciding factor was in-market experience with US retail panels, which the other candidate brought.

I'll make sure your expenses claim is processed this week; you should see it within ten business days.

I'd love to keep in touch, and I'll personally flag you if we open anything on the EMEA side next year.

All the best,
Kaitlyn

Kaitlyn Moss | Senior Recruiter
Verdantia
(303) 555-0147""",
    notes="long, praise-wrapped; verdict in middle"),

rej("hr-terse-not-this-time", "terse", "personal",
    ("careers@hollis-print.example", "", "Hollis Print", ""),
    variant="en-GB", frm="Hollis Print Careers <careers@hollis-print.example>",
    subject="Your application",
    text="""Dear Sam,

Thanks for applying. We won't be offering you an interview on this occasion.

Regards,
Hollis Print""", notes="terse; role not named"),

rej("hm-reply-to-chaser-filled", "role-filled", "personal",
    ("marta.kowalczyk@ambergate.example", "Marta", "Ambergate Foods", "Insights Manager"),
    variant="en-nonnative", frm="Marta Kowalczyk <marta.kowalczyk@ambergate.example>",
    subject="Re: Insights Manager - any update?",
    parent=True,
    text="""Hello Sam,

Sorry, I should have written earlier. The Insights Manager position is already filled, our new colleague starts in November. So we cannot continue with your application.

Thank you for your interest and I wish you good luck.

Marta Kowalczyk
HR Manager | Ambergate Foods

> On 2 Nov 2026, at 09:14, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Marta,
> I hope you are well. I wanted to check in on the Insights Manager role -
> is there any update on timing? I remain very interested.
> Many thanks,
> Sam""", notes="answer to Sam's chaser; Polish writer; Apple Mail quote"),

rej("recruiter-internal-promotion", "internal-candidate", "personal",
    ("g.oduya@pennant-insurance.example", "Grace", "Pennant Insurance", "Head of Customer Insight"),
    client_html=True,
    variant="en-GB", frm="Grace Oduya <g.oduya@pennant-insurance.example>",
    subject="Head of Customer Insight - update",
    text="""Hi Sam,

Thank you for your patience while we worked through the process for the Head of Customer Insight role.

I wanted to let you know before it's announced internally that we've appointed someone from within the team. They have been acting up into the role for the last six months and the panel felt continuity was important given the restructure. I'm sorry it isn't better news for you, and thank you for the thoughtful conversations.

Best wishes,
Grace

Grace Oduya
Talent Acquisition Manager
Pennant Insurance
Tel: 020 7946 0831""", notes="internal appointment; indirect"),

rej("agency-us-client-paused", "role-cancelled", "personal",
    ("jordan@keystone-talent.example", "Jordan", "Ardent Health Partners", "VP, Patient Insights"),
    variant="en-US", frm="Jordan Whitaker <jordan@keystone-talent.example>",
    subject="quick update on Ardent",
    text="""Sam -

Bad news from Ardent Health Partners, I'm afraid. They've frozen the VP, Patient Insights search as of this morning — their CFO is out and all senior hires are on ice pending the new one. They told me they won't restart this req in its current form.

So it's a dead end for now, and nothing to do with you. Sorry, I know you were excited about it.

I'll keep you posted on anything else that comes through.

JW

Jordan Whitaker
Partner, Keystone Talent
c: 617-555-0192""", notes="agency; search frozen for good"),

rej("hm-casual-not-right-fit-typos", "after-interview", "personal",
    ("rick@saltmarsh.example", "Rick", "Saltmarsh Digital", "Research Lead"),
    variant="en-GB", frm="Rick Doyle <rick@saltmarsh.example>",
    subject="thanks for yesterday",
    text="""hi Sam

thanks for coming in yesterday, was good to meet. Ive had a think and spoke to Claire and were not going to take it further for the Research Lead role, i think we need someone a bit more hands on with the survey tooling day to day rather than a strategic lead. sorry! not a reflection on you at all

all the best

Rick

Rick Doyle | Managing Director | Saltmarsh Digital""" + "\n\nSent from Outlook for Android", notes="typos, lowercase; mobile"),

rej("reply-to-thankyou-decided-other", "after-interview", "personal",
    ("h.fairbairn@lochside-bank.example", "Heather", "Lochside Bank", "Senior Insight Manager"),
    variant="en-GB", frm="Heather Fairbairn <h.fairbairn@lochside-bank.example>",
    subject="RE: Thank you - Senior Insight Manager interview",
    parent=True, client_html=True,
    text="""Hi Sam,

Thank you for your kind note, and for the time you gave us on Wednesday.

I'm afraid I have some disappointing news. We've now completed all interviews, and on this occasion we won't be offering you the role. The panel felt another candidate's experience in retail banking gave them the edge.

You clearly have a lot to offer, and I hope you'll apply again in future.

Kind regards,
Heather

Heather Fairbairn
Head of Insight | Lochside Bank

From: Sam Taylor <sam.taylor@example.org>
Sent: 24 September 2026 17:40
To: Heather Fairbairn <h.fairbairn@lochside-bank.example>
Subject: Thank you - Senior Insight Manager interview

Dear Heather,

Thank you for taking the time to meet with me today. I really enjoyed
learning about the team's plans for the customer panel, and I'm even
more excited about the Senior Insight Manager role.

Best wishes,
Sam""", notes="reply over Sam's thank-you (Outlook header quote)"),

rej("founder-after-trial-day", "after-assessment", "personal",
    ("felix@crumbsandco.example", "Felix", "Crumbs & Co", "Head of Growth Insights"),
    variant="en-GB", frm="Felix Ambrose <felix@crumbsandco.example>",
    subject="Trial day",
    text="""Sam,

Thanks for giving up a whole Friday for the trial day. I've slept on it and talked it through with Aisha, and we're going to keep looking for the Head of Growth Insights. You did good work on the cohort analysis, but we need someone who'll be hands-on in SQL and dbt every day and it felt like that's not where you want to spend your time (fair enough!).

Invoice us for the day at the rate we agreed and I'll get it paid same week.

Felix
Crumbs & Co""", notes="founder; 'keep looking'; paid trial"),

rej("university-panel-chair-unsuccessful", "after-interview", "personal",
    ("p.lindsay@ashcombe.ac.example", "Philippa", "Ashcombe University", "Director of Student Insight"),
    variant="en-GB", frm="Professor Philippa Lindsay <p.lindsay@ashcombe.ac.example>",
    subject="Director of Student Insight - outcome of interview",
    text="""Dear Sam,

On behalf of the appointment panel, thank you for attending interview for the post of Director of Student Insight on 3 November.

I regret to inform you that you have been unsuccessful on this occasion. The panel were unanimous that your presentation was of a very high standard, but on balance the post has been offered to a candidate with more extensive experience of the higher education sector.

Should you wish to receive feedback, I would be happy to arrange a short call.

Yours sincerely,

Professor Philippa Lindsay
Pro Vice-Chancellor (Student Experience)
Ashcombe University""", notes="university; formal"),

rej("recruiter-terse-slack-style", "terse", "personal",
    ("nikhil@heronpay.example", "Nikhil", "Heronpay", "Product Analytics Lead"),
    variant="en-US", frm="Nikhil Bose <nikhil@heronpay.example>",
    subject="Heronpay - Product Analytics Lead",
    text="""Hey Sam, quick one: team's decided to pass on moving forward for the Product Analytics Lead role. Thanks a ton for your time — wish you the best!

N""", notes="terse; 'pass'"),

rej("agency-uk-role-filled-before-submission", "agency-recruiter", "personal",
    ("sophie.lam@harrowfield-rec.example", "Sophie", "Greyhaven Publishing", "Audience Research Manager"),
    variant="en-GB", frm="Sophie Lam <sophie.lam@harrowfield-rec.example>",
    subject="Greyhaven - Audience Research Manager",
    text="""Morning Sam,

Just a quick one - I spoke to the hiring manager at Greyhaven Publishing this morning before sending your CV across and they've actually just verbally offered the Audience Research Manager position to someone from their existing shortlist. So I won't be able to put you forward for this one, I'm afraid.

Really sorry, I know the timing is annoying. I'll be in touch as soon as something similar lands.

Thanks,
Sophie

Sophie Lam | Principal Consultant, Media & Publishing
Harrowfield Recruitment
07700 900 288""", notes="agency; filled before submission"),

rej("hm-long-feedback-bullets", "after-interview", "personal",
    ("aoife.byrne@cairnlink.example", "Aoife", "Cairnlink", "Senior Product Manager"),
    client_html=True,
    variant="en-IE", frm="Aoife Byrne <aoife.byrne@cairnlink.example>",
    subject="Feedback from Cairnlink",
    text="""Hi Sam,

Thanks again for the time across the three interviews. As promised, I wanted to get back to you quickly and with proper feedback rather than a template.

We won't be progressing to an offer with you for the Senior Product Manager role. Here's what the panel said, in their words as much as possible:

- Strong: framing of the problem, use of research, stakeholder stories were specific and credible.
- Less strong: roadmap trade-offs felt research-led rather than outcome-led; the pricing exercise needed a clearer recommendation.
- Overall: a great insights leader, less sure about the day-to-day PM role at our stage.

I hope that's useful. I'd be very happy to be a reference point if you ever want to chat about the Dublin product scene.

Go raibh maith agat,
Aoife

Aoife Byrne
VP Product, Cairnlink""", notes="bulleted feedback; Irish"),

rej("public-sector-panel-reserve-list-no", "public-sector", "personal",
    ("recruitment@ons-like.gov.example", "Declan", "Office for Regional Statistics", "Grade 7 Social Researcher"),
    variant="en-GB", frm="ORS Recruitment <recruitment@ons-like.gov.example>",
    subject="Grade 7 Social Researcher - Interview outcome (Ref 26-0417)",
    text="""Dear Sam,

Thank you for attending the interview for the Grade 7 Social Researcher role (Ref 26-0417).

I am sorry to tell you that you did not meet the required standard at interview and we are therefore unable to offer you a post or place you on the reserve list. Your overall score was 22 against a pass mark of 24.

The panel has provided the following feedback: your examples were relevant but did not always set out your own contribution clearly, and the technical exercise would have benefited from more discussion of sampling limitations.

Kind regards,
Declan Moore
Recruitment Team, Office for Regional Statistics""", notes="civil service interview outcome with score"),

rej("hiring-manager-reqs-merged", "role-cancelled", "personal",
    ("lwang@vireo-systems.example", "Li", "Vireo Systems", "Senior UX Research Manager"),
    client_html=True,
    variant="en-USW", frm="Li Wang <lwang@vireo-systems.example>",
    subject="Re: Next steps",
    parent=True,
    text="""Hi Sam,

Apologies for the radio silence — things have shifted on our side. We've just reorganised research and design under a single director, and as part of that the Senior UX Research Manager role has been eliminated. I'm sorry to share this after you've been through two rounds.

I'd be glad to introduce you to a couple of peers at other companies who are hiring. Just let me know.

Li Wang
Director, Research & Design | Vireo Systems

On Tue, Oct 27, 2026 at 11:31 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Li, just checking in on next steps after the round with Andre. Thanks!""",
    notes="role eliminated; Gmail quote"),

rej("recruiter-tried-calling", "after-interview", "personal",
    ("chloe.adeyemi@wrenfield.example", "Chloe", "Wrenfield", "Lead Researcher, Member Experience"),
    client_html=True,
    variant="en-GB", frm="Chloe Adeyemi <chloe.adeyemi@wrenfield.example>",
    subject="Tried to call you",
    text="""Hi Sam,

I tried to give you a ring earlier but couldn't get through, so I'm following up by email as I don't want to keep you waiting.

Unfortunately the panel have decided not to offer you the Lead Researcher, Member Experience role. They really liked your approach to the research plan exercise, but felt another candidate had a stronger background in membership organisations.

Happy to talk through feedback on the phone - just let me know a good time.

Best,
Chloe
07700 900 517""", notes="'tried to call you' subject; no verdict in subject"),

rej("agency-exec-search-shortlist-cut", "agency-recruiter", "personal",
    ("victoria@harlow-partners.example", "Victoria", "Ormond Group", "Chief Insights Officer"),
    client_html=True,
    variant="en-GB", frm="Victoria Sandoval-Hughes <victoria@harlow-partners.example>",
    subject="Ormond Group - Chief Insights Officer search",
    cc="Research Team <research@harlow-partners.example>",
    text="""Dear Sam,

Thank you again for meeting me to discuss the Chief Insights Officer appointment for Ormond Group.

Having presented a longlist of twenty-two candidates, the client has now selected a shortlist of five for first interviews. I am sorry to say that you are not among them. The committee has asked us to prioritise candidates with current board-level experience in a listed company.

I very much enjoyed our conversation and would like, with your permission, to keep you in mind for future searches.

With best wishes,

Victoria Sandoval-Hughes
Partner, Harlow Partners""", notes="exec search; not on shortlist; Cc"),

rej("recruiter-rejection-then-pitch", "agency-recruiter", "personal",
    ("arjun.mehta@sterlingbridge.example", "Arjun", "Palisade Capital", "Head of Client Insight"),
    variant="en-GB", frm="Arjun Mehta <arjun.mehta@sterlingbridge.example>",
    subject="Palisade + a couple of new roles",
    text="""Hi Sam,

Quick update on Palisade Capital: they've come back and said no to the Head of Client Insight role - they want someone from asset management. Sorry, I did push for you.

On a more positive note, I've got two new briefs that are much closer to your background:

1. Head of Audience Research at a national broadcaster (London, £95-105k)
2. Insights Director at a consumer tech scale-up (hybrid, £110k + equity)

Would you be open to a call on Thursday to talk through both?

Cheers,
Arjun
+44 7700 900 633""", notes="rejection first, then pitch with questions"),

rej("company-offer-rescinded", "role-cancelled", "personal",
    ("people@tallyho-media.example", "Megan", "Tally Ho Media", "Head of Audience Insights"),
    variant="en-GB", frm="Megan Price <people@tallyho-media.example>",
    subject="Your offer - Head of Audience Insights",
    text="""Dear Sam,

I am writing with very difficult news. As you may have seen in the trade press this morning, Tally Ho Media has entered a consultation process that affects a number of teams, including the one you were due to lead.

As a result, we have had to take the decision to withdraw our offer of employment for the position of Head of Audience Insights, dated 12 October. I want to apologise sincerely; we know you may have made plans on the basis of this offer. Under the terms of the offer letter we will pay one month's salary in lieu, and I will write separately with the details.

Please call me on 020 7946 0550 if you would like to talk.

Yours sincerely,
Megan Price
Chief People Officer, Tally Ho Media""", notes="offer withdrawn; team address as From"),

rej("hm-apologetic-ghosting", "after-interview", "personal",
    ("d.katz@kitestring.example", "Daniel", "Kitestring", "Product Insights Lead"),
    client_html=True,
    variant="en-US", frm="Daniel Katz <d.katz@kitestring.example>",
    subject="Apologies + an answer",
    text="""Hi Sam,

First, an apology: you interviewed with us over a month ago and you deserved an answer long before now. That's on me.

The answer is that we're not going to move forward with your application for Product Insights Lead. We ended up hiring someone I'd worked with previously who was available immediately.

Thanks for your patience, and sorry again for the wait.

Daniel Katz
Head of Product, Kitestring""", notes="late answer, verdict mid"),

rej("outlook-reply-all-hm-and-recruiter", "after-interview", "personal",
    ("rosa.quintero@amberleaf.example", "Rosa", "Amberleaf", "Senior Manager, Research & Insights"),
    client_html=True,
    variant="en-US", frm="Rosa Quintero <rosa.quintero@amberleaf.example>",
    cc="James Tully <james.tully@amberleaf.example>",
    subject="RE: Amberleaf Interview - Senior Manager, Research & Insights",
    parent=True, depth=2,
    text="""Hi Sam,

Thanks for your patience. James and I wanted to close the loop: we've completed the final interviews for the Senior Manager, Research & Insights position and have selected a candidate whose experience is a closer match to our current priorities.

We genuinely appreciated your energy and thoughtful questions. We'll keep your details in mind for future openings on the Insights team.

Best regards,
Rosa

Rosa Quintero
HR Business Partner | Amberleaf

-----Original Message-----
From: James Tully <james.tully@amberleaf.example>
Sent: Thursday, October 15, 2026 4:02 PM
To: Sam Taylor <sam.taylor@example.org>
Cc: Rosa Quintero <rosa.quintero@amberleaf.example>
Subject: RE: Amberleaf Interview - Senior Manager, Research & Insights

Sam, great to meet you today. Rosa will be in touch about next steps.
James""", notes="selected a closer-match candidate; quoted positive mail"),

rej("contract-role-filled-quick", "role-filled", "personal",
    ("lucy@pivotline-contracts.example", "Lucy", "Harbour Energy Retail", "Interim Insights Lead"),
    variant="en-GB", frm="Lucy Briggs <lucy@pivotline-contracts.example>",
    subject="Interim Insights Lead - filled",
    text="""Hi Sam,

Thanks for getting back to me so quickly on the Interim Insights Lead contract with Harbour Energy Retail. Unfortunately the role was filled this morning by a contractor who'd worked with them before, so it's off the table now.

I'll keep you front of mind for the next interim brief.

Lucy""", notes="contract; filled"),

rej("hm-wrong-level", "after-interview", "personal",
    ("sanjay@fieldnote.example", "Sanjay", "Fieldnote", "Senior Researcher"),
    variant="en-GB", frm="Sanjay Patel <sanjay@fieldnote.example>",
    subject="Senior Researcher role",
    text="""Hi Sam,

Thank you for the conversation on Monday. I'll be honest with you, as I think you'd prefer that: I think you'd be overqualified for the Senior Researcher role as we've scoped it, and I'm worried you'd be frustrated within six months. So we've decided not to take your application further.

If we ever open a head of research role - which might happen next year - I'd like to reach out.

Best,
Sanjay""", notes="overqualified"),

rej("agency-whatsapp-style-email", "agency-recruiter", "personal",
    ("kieran@thirdwave-rec.example", "Kieran", "Lantern Insurance", "Pricing Insights Manager"),
    variant="en-GB", frm="Kieran O'Neill <kieran@thirdwave-rec.example>",
    subject="Lantern",
    text="""Hi Sam, heard back from Lantern Insurance re the Pricing Insights Manager - unfortunately its a no from them, they want someone with more actuarial background. gutted as I thought it was a good shout. speak soon, K""",
    notes="terse agency, no punctuation care"),

rej("reply-to-withdrawal-question-yes-other", "after-interview", "personal",
    ("ella.morgan@bramblecourt.example", "Ella", "Bramblecourt", "Customer Insight Lead"),
    client_html=True,
    variant="en-GB", frm="Ella Morgan <ella.morgan@bramblecourt.example>",
    subject="Re: Customer Insight Lead - decision timeline?",
    parent=True,
    text="""Hi Sam,

Thanks for asking, and sorry for the silence. Yes, I'm afraid we have gone with another candidate for the Customer Insight Lead role - they accepted on Friday. I should have let you know sooner.

Good luck with the other process you mentioned; I hope it comes through.

Ella

On Mon, 16 Nov 2026 at 08:45, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ella,
> I have another process reaching offer stage this week, so I wanted to ask
> whether you've gone with another candidate for the Customer Insight Lead
> role, or whether I'm still in the running?
> Thanks, Sam""", notes="answers 'have you gone with another candidate' with yes"),

rej("hm-from-phone-budget", "role-cancelled", "personal",
    ("mo.haddad@glimmerfield.example", "Mo", "Glimmerfield", "Insights Manager"),
    variant="en-GB", frm="Mo Haddad <mo.haddad@glimmerfield.example>",
    subject="Re: Insights Manager",
    parent=True,
    text="""Sam really sorry to do this by email. Finance have pulled the budget for the Insights Manager hire so we cant proceed. Honestly gutted as you were our top pick. Will call next week to explain properly

Mo

Sent from my iPhone

> On 3 Dec 2026, at 18:20, Sam Taylor <sam.taylor@example.org> wrote:
> Thanks Mo, looking forward to hearing from you.""", notes="phone; budget pulled; top pick"),

rej("recruiter-de-english-unfortunately", "after-application", "personal",
    ("j.becker@lindholm-versand.example", "Julia", "Lindholm Versand", "Team Lead Customer Insights"),
    variant="en-nonnative", frm="Julia Becker <j.becker@lindholm-versand.example>",
    subject="Application Team Lead Customer Insights",
    text="""Dear Mr. Taylor,

Thank you for your application and your interest in Lindholm Versand.

Unfortunately, we must inform you that we cannot take your application into further consideration. We have decided for applicants whose qualifications fit better to our current requirements. Please don't understand this as a judgement of your qualification.

We return your documents and wish you all the best for your future career.

Kind regards
Julia Becker
Human Resources""", notes="German writer; wrongly gendered 'Mr.'; stiff translation"),

rej("consultancy-partner-no-capacity", "role-cancelled", "personal",
    ("h.adebayo@meadowgate-consulting.example", "Hannah", "Meadowgate Consulting", "Associate Director, Customer Strategy"),
    variant="en-GB", frm="Hannah Adebayo <h.adebayo@meadowgate-consulting.example>",
    subject="Associate Director role",
    text="""Dear Sam,

I wanted to update you on the Associate Director, Customer Strategy position. Two of the engagements that role was meant to support have been postponed into next year, and the partnership has decided not to fill the position for now. We've withdrawn the advert.

I'm sorry to bring an end to the process this way. You'd have been a very strong addition, and I hope we get the chance to speak again when things pick up.

Warm regards,
Hannah

Hannah Adebayo
Partner, Meadowgate Consulting""", notes="position not filled, advert withdrawn"),

rej("hm-singapore-unable-to-offer", "after-interview", "personal",
    ("weiling.tan@straitsview.example", "Wei Ling", "Straitsview", "Regional Insights Manager"),
    client_html=True,
    variant="en-SG", frm="Tan Wei Ling <weiling.tan@straitsview.example>",
    subject="Regional Insights Manager – Interview Outcome",
    text="""Dear Sam,

Thank you for attending the interviews for the Regional Insights Manager position.

After careful deliberation, we regret that we are unable to offer you the position. The panel noted that the role requires substantial experience in Southeast Asian markets, which was the deciding factor.

We appreciate your interest in Straitsview and wish you success in your endeavours.

Best regards,
Tan Wei Ling
Human Capital, Straitsview""", notes="Singapore; family-name-first; first name 'Wei Ling'"),

rej("reply-keep-warm-no-for-now", "keep-on-file", "personal",
    ("anna@pollen-analytics.example", "Anna", "Pollen Analytics", "Head of Product Research"),
    variant="en-GB", frm="Anna Forsyth <anna@pollen-analytics.example>",
    subject="Pollen",
    text="""Hi Sam,

Lovely to chat last week. I've thought about it a lot, and it's a no for the Head of Product Research role for now - mainly because we've realised we need a player-coach who'll do most of the research themselves for the first year.

But I'd really like to keep the conversation going. Can I come back to you in the spring when we build out the team properly?

Anna Forsyth
CEO, Pollen Analytics""", notes="'no for now' plus keep-in-touch question"),

rej("recruiter-feedback-request-denied-verdict", "after-assessment", "personal",
    ("zara.hussain@quadrant-media.example", "Zara", "Quadrant Media", "Data & Insights Manager"),
    variant="en-GB", frm="Zara Hussain <zara.hussain@quadrant-media.example>",
    subject="Data & Insights Manager - assessment outcome",
    text="""Hi Sam,

Thank you for completing the written exercise and the SQL test for the Data & Insights Manager role.

Your written exercise scored well, but the SQL test came in below the threshold we set for this stage, so we won't be progressing you to the final interview.

I appreciate it's a lot of work to put in. I'm happy to share the marked test if you'd like to see where the points were lost.

Regards,
Zara Hussain
Talent Acquisition, Quadrant Media""", notes="below threshold in test"),

rej("indeed-direct-employer-plain", "terse", "personal",
    ("owner@bluebell-bakery.example", "Rhiannon", "Bluebell Bakery", "Marketing & Insights Manager"),
    variant="en-GB", frm="Rhiannon Evans <owner@bluebell-bakery.example>",
    subject="Marketing & Insights Manager",
    text="""Hi Sam
Thanks for applying through Indeed. We've now filled the Marketing & Insights Manager role. Best of luck
Rhiannon
Bluebell Bakery, Hay-on-Wye""", notes="small business, terse, filled"),

rej("thread-hm-re-re-sorry", "after-interview", "personal",
    ("tom.aldridge@greysail.example", "Tom", "Greysail", "Principal Researcher"),
    variant="en-GB", frm="Tom Aldridge <tom.aldridge@greysail.example>",
    subject="Re: Re: Principal Researcher - final stage",
    parent=True, depth=3,
    text="""Sam,

Sorry it's taken a while. We've made our decision and it isn't you this time - we've gone with someone who's done a lot of healthcare research, which is where the next year of work is. I know that's frustrating after you did so much prep.

Thanks, and best of luck.

Tom

> Great news Sam - we'd like to invite you to the final stage for the
> Principal Researcher role. It'll be a 90-minute session with me, Priya
> and Leon. Are you free Thursday 22nd?
>
> > Hi Tom, thanks for the update, looking forward to hearing more. Sam""",
    notes="top reply rejects over quoted invitation"),

rej("recruiter-aus-unsuccessful-mate", "after-interview", "personal",
    ("brooke@southerly-recruit.example", "Brooke", "Coastline Super", "Member Insights Manager"),
    variant="en-AU", frm="Brooke Harrington <brooke@southerly-recruit.example>",
    subject="Coastline Super update",
    text="""Hi Sam,

Thanks for your patience. Coastline Super have let me know they won't be progressing with you for the Member Insights Manager role. They were keen on someone local to Sydney who could start before Christmas, and with your relocation timeline it didn't line up.

Sorry it wasn't the outcome we were after. Let's chat next week about a couple of remote-friendly roles I'm working on.

Cheers,
Brooke
Southerly Recruitment | 0412 555 019""", notes="AU agency"),

rej("hm-two-line-decided-not", "terse", "personal",
    ("claire@oakmere.example", "Claire", "Oakmere", "Insights Lead"),
    variant="en-GB", frm="Claire Dunmore <claire@oakmere.example>",
    subject="Insights Lead",
    text="""Hi Sam, we've decided not to go ahead with your application for the Insights Lead post. Thanks for your interest and all the best.
Claire""", notes="two lines"),

rej("recruiter-long-legal-sig-verdict-end", "after-interview", "personal",
    ("fiona.grant@castlebrook-law.example", "Fiona", "Castlebrook LLP", "Head of Client Insight"),
    client_html=True,
    variant="en-GB", frm="Fiona Grant <fiona.grant@castlebrook-law.example>",
    subject="Head of Client Insight",
    text="""Dear Sam,

Thank you for meeting with Jonathan and me on Thursday and for the thoughtful presentation on client listening programmes. We both came away with a number of ideas, and Jonathan has already mentioned your point about relationship partner interviews to the board.

We have now met all four shortlisted candidates. Each brought something different, and it has been a genuinely difficult decision. We have taken time to reflect on what the firm needs most from this appointment over the next two years.

I am sorry to let you know that we will not be offering you the role.

With very best wishes,
Fiona

Fiona Grant
Director of Business Development
Castlebrook LLP
1 Fleet Row, London EC4A 1XX | DD: +44 20 7946 0123

Castlebrook LLP is a limited liability partnership registered in England and Wales (OC123456) and is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.""",
    notes="verdict at end; long legal signature"),
]
