"""Rejections written by people: recruiters, hiring managers, agency consultants (30)."""
from content_common import rej

MESSAGES = [
    rej("marlowe-recruiter-after-final", "after-interview", "personal", day="2026-11-20", variant="en-GB",
        exp=("olivia.grant@marloweandfinch.example", "Olivia", "Marlowe & Finch", "Head of Content"),
        frm="Olivia Grant <olivia.grant@marloweandfinch.example>", client_html="gmail",
        subject="Head of Content - update",
        text="""Hi Sam,

Thanks so much for coming in on Thursday and for being so generous with your time over the last few weeks.

I'm afraid the team have decided to go with another candidate for the Head of Content role. It was genuinely close - they loved your editorial instincts, but in the end they went with someone who has run a B2B content team before, which is where the gap is for them right now.

I know that's disappointing to hear. If you'd like a proper debrief I'm very happy to jump on a call next week.

Best wishes,
Olivia

Olivia Grant
Talent Partner | Marlowe & Finch
+44 20 7946 0318""",
        notes="gmail multipart; most ordinary after-final wording"),

    rej("halyard-hm-long-letter-middle", "after-interview", "personal", variant="en-US",
        exp=("marcus.bell@halyardmedia.example", "Marcus", "Halyard Media", "Director of Audience Development"),
        frm="Marcus Bell <marcus.bell@halyardmedia.example>", client_html="gmail",
        subject="Thank you, and some thoughts",
        text="""Sam,

I've been putting off writing this because I wanted to get it right, so apologies that it's a few days later than I promised.

First, thank you. You spent real time on the audience audit you sent over, and several of the ideas in it (the newsletter-to-membership ladder especially) are things we're going to talk about as a team regardless of what happens next. Our editor-in-chief said afterwards that it was the first time a candidate had told her something about our readers she didn't already know.

We've offered the Director of Audience Development role to someone else, and they've accepted. Honestly, it came down to the fact that we need somebody who has already managed a paywall migration, and they did that at their last shop. That's a very specific gap and not a reflection on your overall experience.

A few pieces of feedback, since you asked for it in your last email: the panel would have liked more numbers in the case study (you clearly have them, but they stayed in your head), and the section on SEO was thinner than the rest. Neither was a dealbreaker.

I'd like to stay in touch. If you're ever in Philly, coffee's on me, and I'll send you anything I hear about that looks like a fit.

All the best,
Marcus

--
Marcus Bell
VP Audience, Halyard Media
215-555-0147""",
        notes="long letter, verdict in third paragraph, feedback after"),

    rej("gullhaven-terse-reply-above-quote", "terse", "personal", day="2026-11-05", variant="en-GB",
        exp=("jess.moran@gullhaven.example", "Jess", "Gullhaven", "Content Lead"),
        frm="Jess Moran <jess.moran@gullhaven.example>", parent=True, parent_depth=2,
        subject="Re: Content Lead - any news?",
        text="""Hi Sam - sorry, we've gone with someone else. Best of luck with it all! J

Sent from my iPhone

> On 3 Nov 2026, at 09:12, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Jess,
>
> Hope you had a good weekend. I just wanted to check in on the Content Lead role - is there any news on timings?
>
> Thanks,
> Sam
>
>> On 21 Oct 2026, at 17:40, Jess Moran <jess.moran@gullhaven.example> wrote:
>>
>> Thanks for your time today Sam, really enjoyed it. We'll be in touch in the next week or two.
>>
>> Jess""",
        notes="very short top reply over quoted thread; iphone"),

    rej("brackenridge-agency-client-declined", "agency-recruiter", "personal", variant="en-GB",
        exp=("tom.haskell@pennantsearch.example", "Tom", "Brackenridge Capital", "Head of Marketing"),
        frm="Tom Haskell <tom.haskell@pennantsearch.example>", client_html="outlook",
        subject="Brackenridge - feedback",
        text="""Hi Sam,

Hope you're well.

I've just had feedback from Brackenridge Capital on the Head of Marketing role. Unfortunately they've decided not to take you forward to the next stage. They liked your brand work but felt your experience was more consumer than institutional, and they're seeing a couple of people who've come from asset managers.

Sorry it isn't better news. I've got a couple of other briefs coming in over the next fortnight that I think could suit you better, so I'll be in touch.

Kind regards,

Tom Haskell
Senior Consultant - Marketing & Communications
Pennant Search
T: +44 (0)20 7946 0822 | M: +44 (0)7700 900 417
www.pennantsearch.example

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Pennant Search Ltd is registered in England and Wales No. 08771203.""",
        notes="agency relays client's no; outlook html; legal disclaimer"),

    rej("agency-client-role-on-hold-restructure", "role-cancelled", "personal", variant="en-AU",
        exp=("nikki.raine@bluegumtalent.example", "Nikki", "Wattle & Co", "Marketing Director"),
        frm="Nikki Raine <nikki.raine@bluegumtalent.example>",
        subject="Wattle & Co - Marketing Director",
        text="""Hi Sam,

Bit of an unexpected one, sorry. Wattle & Co have told me this morning that they've put the Marketing Director role on hold indefinitely following a restructure at board level, so they're closing the process for all candidates, including the two of you who were at final stage.

I'm as frustrated as you'll be - you were in a really strong position. They've said they'll come to us first if and when it restarts, and if it does I'll call you straight away.

Talk soon,
Nikki

Nikki Raine | Principal Consultant
Bluegum Talent | Sydney
0412 555 019""",
        notes="agency: client role on hold indefinitely, process closed for all candidates"),

    rej("thornfield-recruiter-forwards-hm-note", "forwarded-about-owner", "personal", day="2026-11-18", variant="en-GB",
        exp=("rachel.byrne@thornfield.example", "Rachel", "Thornfield Retail", "Customer Engagement Manager"),
        frm="Rachel Byrne <rachel.byrne@thornfield.example>", client_html="gmail",
        subject="Fwd: Customer Engagement Manager - Sam Taylor",
        text="""Sam - see below from Tom, sorry it's not better news. Really appreciated your time on this one and happy to talk it through.

Rachel

Rachel Byrne | Talent Acquisition | Thornfield Retail

---------- Forwarded message ---------
From: Tom Walsh <tom.walsh@thornfield.example>
Date: Tue, 17 Nov 2026 at 16:02
Subject: Customer Engagement Manager - Sam Taylor
To: Rachel Byrne <rachel.byrne@thornfield.example>

Hi Rachel,

Thanks for setting up the second interview with Sam. Sam was thoughtful and well prepared, but I don't think Sam is the right fit for this one - we need someone who has run loyalty programmes in retail day to day, and that wasn't there. Can you let Sam know we won't be progressing and pass on my thanks?

Cheers,
Tom""",
        notes="internal recruiter forwards hiring manager's decision about Sam; verdict only in forwarded part"),

    rej("pellworth-outlook-reply-to-thanks", "after-interview", "personal", day="2026-11-17", variant="en-GB",
        exp=("g.achebe@pellworth.example", "Grace", "Pellworth Group", "Group Communications Manager"),
        frm="Grace Achebe <g.achebe@pellworth.example>", client_html="outlook", parent=True,
        subject="RE: Thank you - Group Communications Manager interview",
        text="""Dear Sam,

Thank you for your kind note, and for taking the time to meet with Alan and me last week.

I wanted to let you know that we have now made a decision and will be progressing with another applicant for the Group Communications Manager position. It was a difficult choice and we were impressed by your preparation.

Wishing you every success.

Kind regards,
Grace

Grace Achebe
HR Business Partner | Pellworth Group
Direct: 0161 496 0274

From: Sam Taylor <sam.taylor@example.org>
Sent: 12 November 2026 18:31
To: Grace Achebe <g.achebe@pellworth.example>
Subject: Thank you - Group Communications Manager interview

Dear Grace,

Thank you for the conversation this afternoon. I really enjoyed hearing about the integration plans for next year, and I'm even more excited about the role than before.

Best regards,
Sam""",
        notes="outlook reply above Sam's thank-you (unprefixed quote)"),

    rej("tidepodcasts-founder-casual-typos", "after-interview", "personal", variant="en-US",
        exp=("kai@tidepodcasts.example", "Kai", "Tide Podcasts", ""),
        frm="Kai Ferreira <kai@tidepodcasts.example>",
        subject="hey",
        text="""hey sam,

been meaning to write this since last week, sorry its taken so long. we talked it over as a team and decided to hire someone with more of a perfomance marketing background, paid social mostly, since thats where we're weakest rn.

really liked talking to you tho and i think you'd be great at a bigger shop. lmk if i can ever intro you to anyone

kai
tide podcasts""",
        notes="casual founder, lowercase, typos, no role title"),

    rej("corvid-filled-internally-short", "internal-candidate", "personal", variant="en-GB",
        exp=("harriet.cole@corvidpress.example", "Harriet", "Corvid Press", "Marketing Manager"),
        frm="Harriet Cole <harriet.cole@corvidpress.example>",
        subject="Marketing Manager role",
        text="""Dear Sam,

Just a quick note to say thank you for your application for the Marketing Manager role. In the end we filled the role internally - one of our publicists has moved across - so we won't be interviewing externally.

Thank you for your interest in Corvid Press.

With best wishes,
Harriet Cole
Publishing Director""",
        notes="filled internally"),

    rej("montreal-bilingual-letter", "after-interview", "personal", variant="en-CA",
        exp=("isabelle.gagnon@boreale.example", "Isabelle", "Boréale Média", "Audience Strategy Manager"),
        frm="Isabelle Gagnon <isabelle.gagnon@boreale.example>", client_html="outlook",
        subject="Audience Strategy Manager / Gestionnaire, stratégie d'auditoire",
        text="""(Le français suit)

Hello Sam,

Thank you for meeting with our team for the Audience Strategy Manager position. We appreciated the time you gave us and your thoughtful answers.

After careful consideration, we have chosen a candidate whose profile better meets our needs at this time, notably full professional fluency in French for our Quebec newsrooms.

We wish you the best in your career.

Isabelle Gagnon
Conseillère principale, acquisition de talents | Senior Talent Acquisition Advisor
Boréale Média, Montréal
514 555-0173

---

Bonjour Sam,

Merci d'avoir rencontré notre équipe pour le poste de gestionnaire, stratégie d'auditoire. Après mûre réflexion, nous avons retenu une candidature qui correspond davantage à nos besoins actuels.

Nous vous souhaitons beaucoup de succès.

Isabelle Gagnon""",
        notes="mixed-lang: english then french version; outlook html"),

    rej("ferrous-budget-cut", "role-cancelled", "personal", variant="en-US",
        exp=("dana.whitlock@ferrouslabs.example", "Dana", "Ferrous Labs", "Head of Brand"),
        frm="Dana Whitlock <dana.whitlock@ferrouslabs.example>",
        subject="Head of Brand - where things stand",
        text="""Hi Sam,

I owe you an update and I'm sorry it's this one. The budget for the Head of Brand position was cut in last week's reorg, and we won't be hiring for it this year. I fought for it, but the board wants every dollar in sales for the next two quarters.

You were our top candidate and I'm genuinely sorry to lose the chance to work with you. If the headcount comes back in 2027 you'll be my first call.

Dana

Dana Whitlock
CMO, Ferrous Labs
(617) 555-0132""",
        notes="role cancelled: budget cut; 'you were our top candidate'"),

    rej("saltmarsh-case-study-not-final", "after-assessment", "personal", variant="en-GB",
        exp=("ben.aldridge@saltmarsh.example", "Ben", "Saltmarsh Energy", "Content & Social Lead"),
        frm="Ben Aldridge <ben.aldridge@saltmarsh.example>", client_html="gmail",
        subject="Case study feedback",
        text="""Hi Sam,

Thanks for sending the case study through on Monday - it was clear you'd put a lot of thought into it.

The panel reviewed all of the submissions yesterday. They felt yours had some great ideas on tone of voice but didn't quite show the depth on paid social we're after for the Content & Social Lead role, so we won't be taking you through to the final interview.

I really appreciate the time you spent on it. If you want a bit more detail, give me a shout.

Cheers,
Ben

Ben Aldridge | Head of Marketing | Saltmarsh Energy
07700 900 552""",
        notes="after take-home case study"),

    rej("agency-terse-phone", "terse", "personal", day="2026-11-19", variant="en-GB",
        exp=("leo@cobaltrec.example", "Leo", "Harbour Street Bank", ""),
        frm="Leo Mensah <leo@cobaltrec.example>", parent=True,
        subject="Re: Harbour Street Bank",
        text="""Sorry Sam, they went another way. Will call you later.

Leo

Sent from my Galaxy


-------- Original message --------
From: Sam Taylor <sam.taylor@example.org>
Date: 19/11/2026 08:47 (GMT+00:00)
To: Leo Mensah <leo@cobaltrec.example>
Subject: Harbour Street Bank

Morning Leo, any word from Harbour Street Bank? Cheers, Sam""",
        notes="terse agency reply from phone; 'went another way'"),

    rej("okapi-keep-on-file-personal", "keep-on-file", "personal", variant="en-ZA",
        exp=("zanele.dube@okapifinance.example", "Zanele", "Okapi Finance", "Brand Manager"),
        frm="Zanele Dube <zanele.dube@okapifinance.example>",
        subject="Brand Manager application",
        text="""Good afternoon Sam

Thank you for applying for the Brand Manager position at Okapi Finance and for the telephone interview on Wednesday.

We have not selected you for the role this time; the successful candidate has extensive experience in financial services marketing in the South African market.

With your permission we would like to keep your CV on file, as we expect to open two marketing positions in our Cape Town office early next year. Please let me know if you are happy for us to do so.

Kind regards
Zanele Dube
Talent Acquisition Specialist
Okapi Finance | Johannesburg
+27 11 555 0184""",
        notes="keep CV on file with consent question"),

    rej("resent-bounced-rejection", "after-interview", "personal", day="2026-11-12", variant="en-GB",
        exp=("p.lindgren@copperkettle.example", "Pia", "Copper Kettle Games", "Player Marketing Manager"),
        frm="Pia Lindgren <p.lindgren@copperkettle.example>",
        subject="Resend: Player Marketing Manager",
        text="""Hi Sam,

Resending this as I've just noticed my email from last week bounced back from your old address - apologies!

Pia

----- Original message -----
From: Pia Lindgren <p.lindgren@copperkettle.example>
To: sam.taylor@oldmail.example
Sent: Thursday, 5 November 2026, 14:10
Subject: Player Marketing Manager

Hi Sam,

Thank you for interviewing with us for the Player Marketing Manager role. We've now completed interviews and unfortunately we won't be offering you the position - we've decided to go with a candidate with more live-service games experience.

We really enjoyed meeting you and wish you all the best.

Pia Lindgren
Recruiter, Copper Kettle Games""",
        notes="re-sent mail; verdict only in the re-sent original"),

    rej("stillwater-bulleted-feedback", "after-interview", "personal", variant="en-US",
        exp=("rosa.jimenez@stillwaterhealth.example", "Rosa", "Stillwater Health", "Senior Manager, Patient Engagement"),
        frm="Rosa Jimenez <rosa.jimenez@stillwaterhealth.example>", client_html="gmail",
        subject="Senior Manager, Patient Engagement - decision and feedback",
        text="""Hi Sam,

Thanks again for your time with the team. I'm sorry to share that we will not be moving forward with your candidacy for the Senior Manager, Patient Engagement role.

You asked for feedback, so here's what the panel shared:

- Strong: storytelling, audience segmentation, the way you framed the retention problem
- Less strong: healthcare compliance (HIPAA) experience, and hands-on work with CRM tools like Salesforce Marketing Cloud
- The finalist had run patient programs at a health system, which tipped it

I hope that's useful. Please don't hesitate to apply again in the future.

Best,
Rosa
Rosa Jimenez | Talent Acquisition | Stillwater Health""",
        notes="bulleted feedback after verdict"),

    rej("ashcombe-charity-formal", "after-interview", "personal", day="2026-11-27", variant="en-GB",
        exp=("recruitment@ashcombetrust.example", "Margaret", "Ashcombe Trust", "Head of Supporter Engagement"),
        frm="Ashcombe Trust Recruitment <recruitment@ashcombetrust.example>",
        subject="Head of Supporter Engagement - interview outcome",
        text="""Dear Sam Taylor

Head of Supporter Engagement

Thank you for attending for interview on 24 November.

The panel was impressed by the calibre of the candidates interviewed. I regret that on this occasion you have not been successful.

Thank you for the interest you have shown in the work of the Trust. Should you wish to receive feedback, please contact me at this address.

Yours sincerely

Margaret Holloway
HR Officer
Ashcombe Trust

Registered charity no. 1098832""",
        notes="formal uk charity, shared recruitment mailbox signed by a person"),

    rej("quillon-screen-not-putting-forward", "after-interview", "personal", variant="en-US",
        exp=("taylor.reyes@quillon.example", "Taylor", "Quillon", "Senior Content Marketing Manager"),
        frm="Taylor Reyes <taylor.reyes@quillon.example>",
        subject="Following up on our call",
        text="""Hi Sam,

Thanks for jumping on a call with me this morning - great to learn more about your work.

After thinking about our conversation against what the team needs, I don't think the Senior Content Marketing Manager role is the right match: the team is looking for someone deep in technical content for developers. So I won't be putting you forward to the hiring manager this time.

I'd love to keep in touch for anything more audience-focused that comes up.

Taylor Reyes
Senior Recruiter, Quillon""",
        notes="after phone screen; recruiter shares first name-ish with Sam's surname"),

    rej("ostrava-acquisition-withdrawn", "role-cancelled", "personal", variant="en-nonnative",
        exp=("jakub.novak@ostravasoft.example", "Jakub", "Ostrava Soft", "Marketing Lead UK"),
        frm="Jakub Novák <jakub.novak@ostravasoft.example>",
        subject="Marketing Lead UK - important update",
        text="""Dear Sam,

I hope you are well. I am writing with news I did not expect to have to share.

As you may have read, Ostrava Soft has signed an agreement to be acquired by Telmar Group. As part of this, the decision was taken yesterday that all open positions in the UK entity are withdrawn with immediate effect, including the Marketing Lead UK role. This means we have to stop the process with you, although we were planning to invite you to the final round.

I am very sorry. This has nothing to do with you.

Best regards,
Jakub Novák
Head of Marketing, Ostrava Soft s.r.o.""",
        notes="role withdrawn after acquisition; non-native; RFC2047 display name"),

    rej("oxbow-reply-to-chaser-filled", "role-filled", "personal", day="2026-11-11", variant="en-GB",
        exp=("amira.h@oxbowstudios.example", "Amira", "Oxbow Studios", "Social Media Manager"),
        frm="Amira Hassan <amira.h@oxbowstudios.example>", parent=True, client_html="gmail",
        subject="Re: Social Media Manager application",
        text="""Hi Sam,

Apologies for the silence - it's been a mad few weeks. The position has been filled, I'm afraid. Thanks for your patience and good luck!

Amira

Amira Hassan | Studio Manager | Oxbow Studios

On Mon, 9 Nov 2026 at 10:03, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Amira,
>
> I applied for the Social Media Manager position at the start of October and wondered whether you had any update on the timeline?
>
> Many thanks,
> Sam""",
        notes="short reply to Sam's chaser; position has been filled"),

    rej("verdict-at-end-chatty", "after-interview", "personal", variant="en-IE",
        exp=("niamh.doyle@shannonway.example", "Niamh", "Shannonway Travel", "Digital Lead"),
        frm="Niamh Doyle <niamh.doyle@shannonway.example>",
        subject="Catching up",
        text="""Hi Sam,

Hope all is well with you and that the move went okay! I saw on LinkedIn you spoke at the Publishers' Forum in Galway - sorry I missed it, I heard it was great craic. We've been flat out here with the winter campaign and the new app, which finally went live on Tuesday after two false starts.

I wanted to pass on the article I mentioned about email frequency too - link is here: https://read.example/frequency-fatigue - it's the one with the Dutch retailer case study.

And on the Digital Lead role, I'm sorry to say the panel have decided not to proceed with your application - they went with someone who has more app marketing experience. I did want to tell you myself rather than you getting a form letter.

Take care and let's get that coffee,
Niamh

Niamh Doyle
Marketing Director | Shannonway Travel
+353 61 555 0192""",
        notes="chatty; verdict in the last paragraph"),

    rej("hanseatic-nonnative-decided-for", "after-interview", "personal", variant="en-nonnative",
        exp=("f.meier@hanseaticfreight.example", "Frank", "Hanseatic Freight", "International Marketing Manager"),
        frm="Frank Meier <f.meier@hanseaticfreight.example>", cte="8bit",
        subject="Your application International Marketing Manager",
        text="""Dear Sam,

thank you again for the good interview last Friday in Hamburg and for travelling to us.

Unfortunately we decided for another candidate who has more experience in the logistics branch. It was not an easy decision because your presentation was very convincing.

I wish you for your future all the best and success.

Best regards from Hamburg
Frank Meier
Leiter Marketing | Head of Marketing
Hanseatic Freight GmbH
Tel. +49 40 555 8123""",
        notes="german writer's English; 8bit"),

    rej("india-agency-not-shortlisted", "agency-recruiter", "personal", variant="en-IN",
        exp=("shruti.k@talentbridge.example", "Shruti", "Nimbus Retail", "Head - Brand Marketing"),
        frm="Shruti Kulkarni <shruti.k@talentbridge.example>",
        subject="Update: Head - Brand Marketing | Nimbus Retail",
        text="""Dear Sam,

Greetings from TalentBridge Consulting!

This is with reference to your candidature for the position of Head - Brand Marketing with our client Nimbus Retail, Bengaluru.

We regret to inform you that your profile has not been shortlisted by the client for the next round of discussions. The client is looking for candidates with prior experience in Indian FMCG retail.

We will surely get in touch with you for any suitable opportunity in future.

Thanks & Regards,
Shruti Kulkarni
Senior Associate - Search
TalentBridge Consulting Pvt. Ltd.
+91 98450 55512""",
        notes="indian agency phrasing"),

    rej("aus-casual-no-from-panel", "after-interview", "personal", variant="en-AU",
        exp=("josh.pearce@redgumbrewing.example", "Josh", "Redgum Brewing", "Marketing Manager"),
        frm="Josh Pearce <josh.pearce@redgumbrewing.example>",
        subject="Marketing Manager gig",
        text="""G'day Sam,

Thanks heaps for coming in and having a chat with me and Steph on Friday. Unfortunately it's a no from the panel this time - we've gone with someone who's done a fair bit of on-premise trade marketing, which is the big thing for us next year.

Really appreciate you making the time, and best of luck with the search.

Cheers,
Josh
Redgum Brewing Co.""",
        notes="australian casual"),

    rej("hm-forwards-hr-note-argued", "forwarded-about-owner", "personal", day="2026-11-19", variant="en-US",
        exp=("chris.larkin@pinegrove.example", "Chris", "Pinegrove Credit Union", "Marketing Director"),
        frm="Chris Larkin <chris.larkin@pinegrove.example>",
        subject="Fw: Marketing Director - candidate decision",
        text="""Sam,

Passing on HR's note below. I argued for you, but the committee went with the internal candidate. I'm sorry - I was looking forward to working together. Let's stay in touch.

Chris

Chris Larkin
Chief Member Officer | Pinegrove Credit Union

________________________________
From: HR Team <hr@pinegrove.example>
Sent: Wednesday, November 18, 2026 3:14 PM
To: Chris Larkin <chris.larkin@pinegrove.example>
Subject: Marketing Director - candidate decision

Chris,

The hiring committee has approved the appointment of Jennifer Ruiz to the Marketing Director position. Please notify your external finalists (Sam Taylor, D. Okonkwo) that they have not been selected. Formal letters will follow from HR.

Thanks,
HR Team""",
        notes="hiring manager forwards HR's internal note naming Sam as not selected"),

    rej("generalist-moving-forward-other-applicants", "application-stage", "personal", day="2026-11-02", variant="en-US",
        exp=("careers@blueheronfoods.example", "Angela", "Blue Heron Foods", "Marketing Manager, E-commerce"),
        frm="Angela Price <careers@blueheronfoods.example>", parent=True,
        subject="RE: Application - Marketing Manager, E-commerce - Sam Taylor",
        text="""Hello Sam,

Thank you for your interest in the Marketing Manager, E-commerce role at Blue Heron Foods. We have reviewed your resume and have decided to move forward with other applicants at this time.

We wish you the best in your job search.

Angela Price
HR Generalist
Blue Heron Foods

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, October 26, 2026 8:02 AM
To: careers@blueheronfoods.example
Subject: Application - Marketing Manager, E-commerce - Sam Taylor

Dear Hiring Team,

Please find attached my resume and cover letter for the Marketing Manager, E-commerce position advertised on your website.

Kind regards,
Sam Taylor""",
        notes="reply to Sam's application email; shared careers mailbox"),

    rej("welsh-bilingual-arts-trust", "after-interview", "personal", variant="en-GB",
        exp=("swyddi@tygwydr.example", "Rhian", "Tŷ Gwydr Arts Trust", "Audience Development Manager"),
        frm="Tŷ Gwydr Swyddi / Jobs <swyddi@tygwydr.example>",
        subject="Rheolwr Datblygu Cynulleidfa / Audience Development Manager",
        text="""Annwyl Sam,

Diolch am ddod i gyfweliad ar gyfer swydd Rheolwr Datblygu Cynulleidfa. Mae'n ddrwg gennym eich hysbysu nad ydych wedi bod yn llwyddiannus y tro hwn.

Yn gywir,
Rhian Pritchard
Swyddog Adnoddau Dynol

---

Dear Sam,

Thank you for attending interview for the post of Audience Development Manager. We are sorry to inform you that you have not been successful on this occasion.

The panel would be happy to offer feedback by telephone; please reply to this email to arrange a time.

Yours sincerely,
Rhian Pritchard
HR Officer
Tŷ Gwydr Arts Trust

Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.""",
        notes="mixed-lang: welsh first, english second (welsh public body style)"),

    rej("referrer-passes-on-news", "forwarded-about-owner", "personal", variant="en-GB",
        exp=("will.ashby@lanternlabs.example", "Will", "Lantern Labs", "Audience Director"),
        frm="Will Ashby <will.ashby@lanternlabs.example>",
        subject="Audience Director",
        text="""Hey Sam,

Slightly awkward one. I heard from the hiring team this afternoon that they're not moving forward with you for the Audience Director role - they've asked me to pass that on since I referred you, and they'll also send the official note. From what I gathered it was about wanting someone who'd managed a bigger team.

Gutted, honestly. Pint soon?

Will

--
Will Ashby | Partnerships | Lantern Labs""",
        notes="referrer at the company passes on the verdict"),

    rej("confirming-phone-call-not-progressing", "after-interview", "personal", variant="en-GB",
        exp=("f.osullivan@hydrogenrecruit.example", "Fiona", "Caspian Water", "Head of Customer Communications"),
        frm="Fiona O'Sullivan <f.osullivan@hydrogenrecruit.example>",
        subject="Caspian Water - as discussed",
        text="""Hi Sam,

As discussed on the phone just now, just confirming in writing that Caspian Water won't be progressing your application for the Head of Customer Communications role after the second interview.

Thanks again for all your time and I'll keep you posted on the utilities brief I mentioned.

Best,
Fiona

Fiona O'Sullivan | Hydrogen Recruitment
+44 (0)113 496 0510""",
        notes="written confirmation of a phone rejection; agency"),

    rej("vp-three-rounds-apology-coffee", "after-interview", "personal", variant="en-SG",
        exp=("wen.lim@merlioncommerce.example", "Wen Hui", "Merlion Commerce", "Regional Growth Lead, APAC"),
        frm="Lim Wen Hui <wen.lim@merlioncommerce.example>", cc="Arjun Nair <arjun.nair@merlioncommerce.example>",
        client_html="outlook",
        subject="Regional Growth Lead, APAC",
        text="""Hi Sam,

Apologies for the delay in getting back to you after the third round - we had a leadership offsite that pushed everything back.

We have concluded the process for the Regional Growth Lead, APAC position, and I'm afraid we will not be extending an offer to you. The team felt that the role needs someone already based in the region with existing relationships with the marketplaces.

Thank you for the effort you put into three rounds with us. If you are ever in Singapore, I would be happy to have coffee - copying Arjun, who also enjoyed meeting you.

Best regards,
Wen Hui
VP Growth, Merlion Commerce""",
        notes="given/family name order (Lim Wen Hui); contact first name Wen Hui; cc"),
]
