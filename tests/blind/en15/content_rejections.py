"""The 40 rejections of set en15 (10 ATS-style, 30 personal), as data for make_messages.py."""
from content_common import ats, pers

MESSAGES = [
# ---------------------------------------------------------------- ATS-style (10)
ats("brightwater-greenhouse-other-candidates", "rejection", "ats-automated", "en-US", "greenhouse", "Brightwater Labs",
    "Brightwater Labs Recruiting <no-reply@us.greenhouse-mail.io>",
    "Your application to Brightwater Labs",
    """Hi Sam,

Thank you for your interest in Brightwater Labs and for taking the time to apply for the Senior Product Marketing Manager role.

We received a large number of applications from highly qualified candidates. After careful review, we've decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We encourage you to keep an eye on our [[careers page]] for future openings, and we wish you the very best in your search.

Best,
Brightwater Labs Talent Acquisition""",
    about="About Brightwater Labs: we build the analytics layer for independent publishers. Brightwater Labs is proud to be an equal opportunity workplace.",
    exp=("", "", "Brightwater Labs", "Senior Product Marketing Manager"),
    notes="greenhouse; ordinary wording; verdict second paragraph"),

ats("harrowgate-workday-not-successful", "rejection", "ats-automated", "en-GB", "workday", "Harrowgate Building Society",
    "Harrowgate Building Society <harrowgate@myworkday.com>",
    "Update on your application - Digital Marketing Lead (R-10482)",
    """Dear Sam,

Thank you for applying for the role of Digital Marketing Lead (R-10482) with Harrowgate Building Society and for the time you have invested in the process.

We have now reviewed all applications against the requirements of the role. On this occasion we are sorry to tell you that your application has not been successful.

We receive a high volume of applications and unfortunately we are unable to provide individual feedback at this stage.

Please do continue to look at our [[current vacancies]]; you can also update your candidate profile at any time.

Kind regards,
Talent Acquisition Team
Harrowgate Building Society""",
    h2t=True,
    about="Harrowgate Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered office: 1 Market Row, Harrogate HG1 1AA.",
    exp=("", "", "Harrowgate Building Society", "Digital Marketing Lead"),
    notes="workday; plain part auto-generated from HTML ([image], numbered links); 'not been successful'"),

ats("harbourline-smartrecruiters-not-selected", "rejection", "status-portal", "en-HK", "smartrecruiters", "Harbourline Securities",
    "Harbourline Securities <noreply@smartrecruiters.com>",
    "Application status update / 申請狀態更新",
    """Dear Sam Taylor,

The status of your application has changed.

{table}

Thank you for your interest in Harbourline Securities. You can view the details in your [[candidate portal]].

親愛的申請人：您的申請狀態已更新，詳情請登入求職者平台查閱。

Harbourline Securities Talent Acquisition
香港中環康樂廣場""",
    table=[("Position", "Regional Content Manager"), ("Reference", "HK-2291"), ("Status", "Not selected"),
           ("Updated", "Today")],
    exp=("", "", "Harbourline Securities", "Regional Content Manager"),
    notes="smartrecruiters; status table only; Chinese footer and subject; no prose verdict"),

ats("maplecrest-lever-bilingual", "rejection", "ats-automated", "en-CA", "lever", "Maplecrest Insurance",
    "Maplecrest Insurance <no-reply@hire.lever.co>",
    "Your application at Maplecrest Insurance / Votre candidature chez Maplecrest Insurance",
    """(Le français suit)

Hi Sam,

Thank you for applying to the Audience Growth Manager position at Maplecrest Insurance. We appreciate the time you took to share your experience with us.

Our team has reviewed your application carefully and we won't be taking your application further for this position. This decision was not easy given the strength of the applicant pool.

We'll keep your details on file and may reach out if a suitable opportunity comes up.

Regards,
Maplecrest Talent Team

---

Bonjour Sam,

Merci d'avoir postulé au poste de Gestionnaire, croissance de l'auditoire chez Maplecrest Insurance. Après un examen attentif, nous ne donnerons pas suite à votre candidature pour ce poste.

Nous conserverons votre dossier et pourrions communiquer avec vous si une occasion se présente.

Cordialement,
L'équipe Talents de Maplecrest""",
    exp=("", "", "Maplecrest Insurance", "Audience Growth Manager"),
    notes="lever; English then French version; 'won't be taking your application further'"),

ats("gleann-teamtailor-keep-profile", "rejection", "keep-on-file", "en-IE", "teamtailor", "Gleann Foods",
    "Gleann Foods <jobs@gleannfoods.teamtailor-mail.com>",
    "Brand Manager at Gleann Foods",
    """Hi Sam,

Many thanks for applying for the Brand Manager role at Gleann Foods, and for the interest you've shown in joining a family business that has been making oat products in Co. Tipperary since 1952.

We've had a great response to this role. Having read through everything, we've decided not to progress your application any further, as we're looking for someone with more hands-on FMCG category experience.

Before you go: may we keep your profile on file for the next 12 months so we can let you know about future roles? If so, just click the button below. If we don't hear from you, we'll delete your data in 30 days in line with our privacy policy.

Go raibh maith agat,
People & Culture, Gleann Foods""",
    button="Yes, keep my profile",
    exp=("", "", "Gleann Foods", "Brand Manager"),
    notes="teamtailor; verdict in middle; data-retention question with button; Irish sign-off"),

ats("tallgrass-icims-filled", "rejection", "ats-automated", "en-US", "icims", "Tallgrass Health",
    "Tallgrass Health Careers <talent@tallgrasshealth.icims.com>",
    "Regarding Requisition 2026-4471 Content Strategy Director",
    """Dear Sam,

Thank you for your interest in career opportunities with Tallgrass Health.

This message is to inform you that the position of Content Strategy Director (Requisition 2026-4471) has been filled. We appreciate the time and effort you invested in applying.

Your candidate profile will remain active in our system, and we encourage you to apply to other positions for which you are qualified.

Sincerely,
Tallgrass Health Talent Acquisition

Tallgrass Health is a not-for-profit integrated health system serving Kansas and western Missouri. We have been named a Top Workplace six years running.""",
    html_only=True,
    exp=("", "", "Tallgrass Health", "Content Strategy Director"),
    notes="icims; HTML-only; 'the position has been filled'"),

ats("karoo-successfactors-match", "rejection", "ats-automated", "en-ZA", "successfactors", "Karoo Mutual",
    "Karoo Mutual Careers <careers@successfactors.eu>",
    "Karoo Mutual: Marketing Communications Manager (Job ID 88213)",
    """Dear Sam Taylor

Thank you for applying for the position of Marketing Communications Manager (Job ID 88213) at Karoo Mutual.

We have carefully considered your application against the requirements for the role. Unfortunately your profile does not match the requirements closely enough for us to take your application to the next stage.

Please note that if you have not been contacted within 30 days of a closing date, you should consider your application unsuccessful for any other roles you may have applied for.

Karoo Mutual is committed to employment equity. Preference will be given to candidates from designated groups in line with our Employment Equity Plan.

Kind regards
Karoo Mutual Talent Acquisition

Dankie vir u belangstelling in Karoo Mutual. Hierdie e-pos is outomaties gegenereer; moet asseblief nie antwoord nie.""",
    h2t=True,
    exp=("", "", "Karoo Mutual", "Marketing Communications Manager"),
    notes="successfactors; 'profile does not match closely enough'; employment-equity paragraph; Afrikaans do-not-reply footer"),

ats("wattle-workable-named-recruiter", "rejection", "ats-automated", "en-AU", "workable", "Wattle & Co",
    "Wattle & Co <noreply@workablemail.com>",
    "Head of Growth - Wattle & Co",
    """Hi Sam,

Thanks so much for applying for Head of Growth at Wattle & Co and for chatting with our team last week.

We've now finished our first-round interviews and unfortunately we won't be moving you through to the next stage. It was a really competitive field and we had to make some tough calls.

If you'd like feedback on your interview, Ruby from our people team is happy to chat - you can reach her at ruby.adams@wattleandco.example.

Cheers,
Ruby Adams
People & Culture, Wattle & Co""",
    exp=("ruby.adams@wattleandco.example", "Ruby", "Wattle & Co", "Head of Growth"),
    notes="workable; no-reply sender, recruiter address in body"),

ats("pennant-linkedin-easy-apply", "rejection", "ats-automated", "en-GB", "linkedin", "Pennant Press",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application to Audience Development Editor at Pennant Press",
    """Your update from Pennant Press

Audience Development Editor
Pennant Press · London, England, United Kingdom (Hybrid)
Applied 3 weeks ago

Thank you for your interest in the Audience Development Editor position at Pennant Press in London, England, United Kingdom. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Pennant Press.

Regards,
Pennant Press

[[Search for more jobs]]

Top jobs for you: [[Head of Audience - Fairmile Media]] · [[Audience Editor - The Northern Ledger]] · [[Engagement Lead - Brickfield]]""",
    h2t=True,
    exp=("", "", "Pennant Press", "Audience Development Editor"),
    notes="linkedin easy-apply verdict; recommended jobs listed under it"),

ats("quarrylane-bamboohr-req-closed", "rejection", "role-cancelled", "en-US", "bamboohr", "Quarry Lane Software",
    "Quarry Lane Software <notifications@app.bamboohr.com>",
    "Lifecycle Marketing Manager - update",
    """Hi Sam,

First, thank you. You spent real time with us over the last month - a recruiter screen, two interviews and a thoughtful written exercise on our onboarding emails, which the team is still quoting.

Since we last spoke, our leadership team has revisited our plans for the first half of next year. As a result, we have closed this requisition without making a hire, and the Lifecycle Marketing Manager role will not be filled in its current form. This has nothing to do with the quality of your candidacy.

We know that's disappointing after the effort you put in. If the role re-opens, we'd welcome the chance to talk again.

The Quarry Lane Software Recruiting Team

Quarry Lane Software is an equal opportunity employer. Applicants in California may review our CCPA notice for job applicants. This email and any attachments are confidential.""",
    exp=("", "", "Quarry Lane Software", "Lifecycle Marketing Manager"),
    notes="bamboohr; after interviews; requisition closed without a hire; praise first"),
# ---------------------------------------------------------------- personal (30)
pers("harlow-agency-phone-then-writing", "rejection", "agency-recruiter", "en-GB",
     "Priya Nair <priya.nair@harlowsearch.example>", "Fenwick & Dale - Head of Content",
     """Hi Sam,

Thanks for taking my call earlier - I know it wasn't the news you were hoping for, and I wanted to follow up in writing as promised.

As discussed, Fenwick & Dale have decided not to take you forward for the Head of Content role. Their feedback was genuinely positive about your audience work and the way you handled the case discussion; where they landed in the end was that the other finalist has run a larger editorial team (fifteen-plus), and that tipped it.

I know that's frustrating when it's so close. For what it's worth, the MD said she'd happily see you again for something else.

On that note, I've got two briefs landing next week that I think fit you well (a Head of Audience at a B2B publisher in Farringdon and an interim content lead at a charity). I'll send details once they're signed off.

Speak soon,
Priya

Priya Nair
Senior Consultant, Digital & Content
Harlow Search
+44 20 7946 0312 | +44 7700 900418
harlowsearch.example""",
     exp=("priya.nair@harlowsearch.example", "Priya", "Fenwick & Dale", "Head of Content"),
     notes="agency; client's decision after a phone call; pitches other roles at the end"),

pers("bluegum-agency-short", "rejection", "agency-recruiter", "en-AU",
     "Mitch Lawson <mitch@bluegumtalent.example>", "RE: Coastline Energy - Marketing Manager",
     """Hey Sam,

Just got feedback from Coastline - they've decided to go with another candidate who had more B2B energy-sector experience. Sorry mate, I thought you were a real chance on this one.

They did say your presentation was the best of the lot, so take that as a positive. I'll keep my ears open for you.

Cheers,
Mitch

Mitch Lawson | Principal Consultant | Bluegum Talent
0412 555 019""",
     exp=("mitch@bluegumtalent.example", "Mitch", "Coastline Energy", "Marketing Manager"),
     notes="agency; casual; client went with another candidate"),

pers("liffey-agency-other-roles", "rejection", "agency-recruiter", "en-IE",
     "Aoife Brennan <aoife.brennan@grafton-talent.example>", "Liffey Analytics update + a couple of other roles",
     """Hi Sam,

Hope you had a good weekend.

I heard back from Liffey Analytics on Friday evening. Unfortunately they've decided not to progress your application for the Audience Insights Lead role - they're going for someone with a heavier data-science background, which honestly wasn't in the original brief. Annoying, I know.

On a brighter note, I've a couple of other roles I think you'd be great for:

- Head of Subscriptions, national news publisher, Dublin 2 (hybrid)
- Insights Manager, a fintech in Cork (remote-friendly)

Would you be free for a quick call on Thursday to run through them?

Thanks a million,
Aoife

Aoife Brennan
Grafton Talent | Dublin
+353 1 555 0147""",
     exp=("aoife.brennan@grafton-talent.example", "Aoife", "Liffey Analytics", "Audience Insights Lead"),
     notes="agency; client's no plus a pitch for two other roles; subject leads with 'update'"),

pers("whitfield-exec-search-long", "rejection", "long-feedback", "en-US",
     "Dana Whitfield <dana@whitfieldpartners.example>", "Orchard Hill Media - VP, Audience search",
     """Sam,

I hope the rest of your week has been calmer than mine. I spoke with Martin (Orchard Hill's CEO) and Priscilla (their CRO) yesterday afternoon for a full debrief on the final slate, and I wanted to give you a proper account rather than a two-line email.

First, the things they were unanimous about. Your audience-first framing of the subscription problem was the clearest any candidate gave; Priscilla said your answer on churn cohorts was "the first one that actually matched our data". Martin liked that you pushed back on the paywall timing and explained why. Both of them would take you to a board meeting tomorrow.

Where it came down to the wire was scale. Orchard Hill is about to fold two acquired titles into the business, and they want the VP, Audience to have already led an integration of that kind. Having weighed it carefully, they have decided to offer the role to another finalist who ran a similar integration at a larger group. I'm sorry - I know how much work you put into the final presentation, and it was a genuinely close decision.

A few things I'd take into future processes: lead with the team you've built, not only the numbers; and when asked about budget, give the figure - you were a little modest there.

I'll be in touch when the right thing crosses my desk, and I'd like to keep you close on two searches starting in the new year.

Warmly,
Dana

Dana Whitfield
Managing Partner
Whitfield Partners | Executive Search
(212) 555-0187""",
     exp=("dana@whitfieldpartners.example", "Dana", "Orchard Hill Media", "VP, Audience"),
     notes="exec search; long kind letter; verdict in the middle after praise; feedback"),

pers("jacaranda-agency-on-hold", "rejection", "role-cancelled", "en-ZA",
     "Thabo Mokoena <thabo@jacarandarecruit.example>", "Sable Bank - Digital Content Lead",
     """Morning Sam

I'm afraid I have some disappointing news. Sable Bank let me know this morning that the Digital Content Lead position has been put on hold indefinitely following their group restructure, so the process has been stopped for all candidates, including you.

I know you were through to the final round and this is really frustrating. They were very complimentary about you and have asked that I keep them in mind for you if the role is revived, but realistically I wouldn't expect anything before the second quarter.

I'll give you a call this afternoon to chat about a couple of other options.

Kind regards
Thabo

Thabo Mokoena | Senior Recruitment Consultant
Jacaranda Recruitment (Pty) Ltd | Sandton
+27 11 555 0143 | +27 82 555 0199""",
     exp=("thabo@jacarandarecruit.example", "Thabo", "Sable Bank", "Digital Content Lead"),
     notes="agency; role put on hold indefinitely, process stopped"),

pers("peaktalent-hk-internal", "rejection", "internal-candidate", "en-HK",
     "Grace Leung <grace.leung@peaktalent-hk.example>", "Re: Victoria Quay Holdings - Marketing Director, APAC",
     """Hi Sam,

Thanks for your patience over the last couple of weeks.

I have now had final feedback from Victoria Quay Holdings. They have decided to appoint an internal candidate to the Marketing Director, APAC position, so unfortunately they will not be proceeding with your application.

They mentioned that you interviewed very well and they appreciated your insights on the mainland China audience. Please don't be discouraged - I will continue to look out for suitable roles for you in Hong Kong and Singapore.

Best regards,
Grace Leung
Associate Director, Marketing & Communications Practice
Peak Talent Partners Limited
Tel: +852 5555 0128

此電子郵件及其附件均屬機密，僅供收件人使用。如閣下並非收件人，請即通知發件人並刪除本郵件。
This email and any attachments are confidential and intended solely for the addressee.""",
     exp=("grace.leung@peaktalent-hk.example", "Grace", "Victoria Quay Holdings", "Marketing Director, APAC"),
     notes="agency; internal appointment; bilingual Chinese/English confidentiality footer"),

pers("northstar-agency-phone-two-lines", "rejection", "terse", "en-CA",
     "Jas Gill <jas.gill@northstarstaffing.example>", "Re: Lakeshore - Marketing Manager",
     """Hi Sam, sorry, bad news from Lakeshore - they've gone another way. Will call you tmrw to explain.

J

Sent from my iPhone""",
     exp=("jas.gill@northstarstaffing.example", "Jas", "Lakeshore", "Marketing Manager"),
     notes="agency; two lines from a phone; 'gone another way'; company as the recruiter shortens it",
     wrap=False),

pers("tideway-inhouse-not-progressing", "rejection", "in-house-recruiter", "en-GB",
     "Hannah Price <hannah.price@tidewaytravel.example>", "Your interview for Senior Content Manager",
     """Dear Sam,

Thank you for coming in to meet Jess and me on Tuesday and for your time preparing for the interview.

I'm sorry to let you know that we won't be progressing your application for the Senior Content Manager role any further. We saw some very strong candidates and the decision was a difficult one.

If it would be useful, I'm happy to share some brief feedback over the phone - just let me know a good time.

Thank you again for your interest in Tideway Travel, and best of luck with your search.

Kind regards,
Hannah

Hannah Price
Talent Partner | Tideway Travel
020 7946 0871""",
     exp=("hannah.price@tidewaytravel.example", "Hannah", "Tideway Travel", "Senior Content Manager"),
     notes="in-house recruiter; after first interview; ordinary wording"),

pers("fernleaf-reply-to-chaser", "rejection", "thread-reply", "en-US",
     "Marcus Bell <marcus.bell@fernleafhealth.example>", "Re: Growth Marketing Lead - checking in",
     """Hi Sam,

Thanks for checking in and apologies for the slow reply - it's been a hectic couple of weeks on our end.

The team has decided to move forward with another candidate for the Growth Marketing Lead role. I know you put a lot into the process and everyone enjoyed meeting you.

I'll be sure to reach out if anything else opens up that's a fit.

Best,
Marcus

Marcus Bell | Senior Recruiter, Fernleaf Health

On Mon, Oct 12, 2026 at 9:04 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Marcus,
>
> I hope you're well. I just wanted to check in on the Growth Marketing Lead
> role - I really enjoyed meeting the team on the 30th and I'm still very
> keen. Is there any update on timing?
>
> Thanks,
> Sam""",
     exp=("marcus.bell@fernleafhealth.example", "Marcus", "Fernleaf Health", "Growth Marketing Lead"),
     day="2026-10-21",
    notes="reply above Sam's own chaser (gmail quote)", parent=True, client_html=True),

pers("southerly-filled-short", "rejection", "in-house-recruiter", "en-AU",
     "Kylie Ross <kylie.ross@southerlyco.example>", "Content Lead role",
     """Hi Sam,

Just letting you know the Content Lead role has now been filled. Thanks heaps for your time and for coming in to meet the team - we really appreciated it.

All the best with the search!

Kylie
Southerly Co.""",
     exp=("kylie.ross@southerlyco.example", "Kylie", "Southerly Co.", "Content Lead"),
     notes="short; 'has now been filled'"),

pers("dunmore-resent-after-bounce", "rejection", "resent", "en-IE",
     "Ciara Byrne <ciara.byrne@dunmoreretail.example>", "FW: CRM Marketing Manager - Dunmore Retail",
     """Hi Sam,

Apologies - I've just noticed my email below bounced back as I'd typed your address wrong. Resending now. Sorry for the delay in this reaching you.

Ciara

From: Ciara Byrne
Sent: Tuesday 6 October 2026 16:22
To: sam.taylor@exmaple.org
Subject: CRM Marketing Manager - Dunmore Retail

Dear Sam,

Thank you for attending the second interview for the CRM Marketing Manager position last week.

After careful consideration, the panel has decided to offer the role to another candidate whose experience was more closely aligned with our loyalty programme relaunch. We were impressed by your preparation and your presentation, and it was a close decision.

We would be happy to keep your CV on file for future vacancies, if you are agreeable.

Kind regards,

Ciara Byrne
HR Business Partner
Dunmore Retail Group
Tel: +353 61 555 0172""",
     exp=("ciara.byrne@dunmoreretail.example", "Ciara", "Dunmore Retail", "CRM Marketing Manager"),
     day="2026-10-08",
    notes="re-sent after a bounce (Outlook forward block with typo'd address); verdict only in the forwarded part"),

pers("boreal-bilingual-letter", "rejection", "in-house-recruiter", "en-CA",
     "Geneviève Tremblay <genevieve.tremblay@borealinsurance.example>", "Senior Marketing Manager / Directeur(trice) principal(e) du marketing",
     """English follows / le français suit

Bonjour Sam,

Merci de l'intérêt que vous portez à Boréal Insurance et du temps consacré à nos entrevues. Après mûre réflexion, nous avons décidé de poursuivre avec d'autres candidatures dont le profil correspond davantage à nos besoins actuels.

Nous vous souhaitons beaucoup de succès.

---

Hello Sam,

Thank you for your interest in Boréal Insurance and for the time you gave us during the interviews for the Senior Marketing Manager position. After careful consideration, we have chosen to pursue other candidates whose experience more closely matches our current needs.

We wish you every success.

Geneviève Tremblay
Conseillère principale, Acquisition de talents | Senior Advisor, Talent Acquisition
Boréal Insurance | Montréal
514 555-0164""",
     exp=("genevieve.tremblay@borealinsurance.example", "Geneviève", "Boréal Insurance", "Senior Marketing Manager"),
     notes="in-house; French first, English second; accented name", client_html=True),

pers("kitestring-hm-long-feedback", "rejection", "long-feedback", "en-US",
     "Elena Vasquez <elena@kitestring.example>", "Following up on Director of Audience Development",
     """Hi Sam,

I wanted to write to you personally after the final round rather than leave it to an automated note.

Thank you for the time you've given us - four conversations, a take-home and a 90-minute panel is a lot to ask of anyone. The panel was impressed with several things: your audience segmentation work at Calder Street, your candour about what hadn't worked in your newsletter relaunch, and the questions you asked about our editorial calendar.

We've made the difficult decision to move forward with another candidate for the Director of Audience Development role. In the end we went with someone who has spent longer in a product organisation, since so much of this job sits with our PMs and engineers.

Some feedback, in case it's useful:
- Your take-home was strong on insight but light on sequencing; we wanted to see what you'd do in the first 30 days vs. the first 90.
- In the panel, you were at your best when you told stories from your own team. Do more of that.

I'd be glad to stay in touch, and I mean that. If you're ever in Austin, coffee's on me.

Elena

Elena Vasquez
VP Product & Audience, Kitestring
(512) 555-0134""",
     exp=("elena@kitestring.example", "Elena", "Kitestring", "Director of Audience Development"),
     notes="hiring manager; final round; verdict in the middle; bulleted feedback", client_html=True),

pers("quayside-hm-tell-you-myself", "rejection", "hiring-manager", "en-GB",
     "Rob Greaves <rob.greaves@quaysidegallery.example>", "Head of Digital",
     """Sam -

I wanted to tell you myself rather than have it come from HR. We've offered the Head of Digital role to someone else, and they've accepted this morning.

It was close, and I enjoyed our conversations more than I can say. Do stay in touch - and come to the Hepworth opening in November if you can, I'll put you on the list.

Rob

Rob Greaves
Director, Quayside Gallery
0191 496 0553""",
     exp=("rob.greaves@quaysidegallery.example", "Rob", "Quayside Gallery", "Head of Digital"),
     notes="hiring manager; short; 'offered the role to someone else'"),

pers("lantau-hm-reply-over-positive-thread", "rejection", "thread-reply", "en-HK",
     "Kenneth Ho <kenneth.ho@lantaucapital.example>", "Re: Content Marketing Manager - next steps",
     """Dear Sam,

Following up on my note below. I'm sorry to say that after meeting the last two candidates we decided to go with a candidate who is fluent in Cantonese and Mandarin, as the role will work closely with our mainland distribution partners. This was not a reflection on your experience, which we thought was excellent.

Thank you again for your time and for coming to the office twice. I wish you all the best.

Regards,
Kenneth

Kenneth Ho
Head of Marketing
Lantau Capital Limited
Tel: +852 5555 0192

From: Kenneth Ho
Sent: Thursday, 1 October 2026 18:40
To: Sam Taylor
Subject: Content Marketing Manager - next steps

Dear Sam,

Great to meet you this afternoon - the team really enjoyed the conversation. We have two more candidates to see next week and will come back to you with next steps shortly after.

Best,
Kenneth""",
     exp=("kenneth.ho@lantaucapital.example", "Kenneth", "Lantau Capital", "Content Marketing Manager"),
     day="2026-10-09",
    notes="hiring manager; top reply over his own positive earlier note (Outlook quote)", parent=True),

pers("umhlanga-hm-budget-cancelled", "rejection", "role-cancelled", "en-ZA",
     "Nadia Pillay <nadia@umhlangadigital.example>", "Audience Strategist role",
     """Hi Sam

I'm sorry it's taken me a while to come back to you after our second conversation.

We had our budget review last week, and the long and the short of it is that we've decided not to fill the Audience Strategist position this financial year. The work is being absorbed by the existing team for now. I wanted you to hear it from me directly.

I was really looking forward to working with you, and if the position comes back in the new year you'll be the first person I call.

Warm regards
Nadia

Nadia Pillay
Managing Director | Umhlanga Digital
+27 31 555 0110""",
     exp=("nadia@umhlangadigital.example", "Nadia", "Umhlanga Digital", "Audience Strategist"),
     notes="hiring manager; role not filled after budget review"),

pers("plinth-founder-casual", "rejection", "founder", "en-US",
     "Zoe Park <zoe@plinth.example>", "Plinth <> Sam",
     """Hey Sam!

Really enjoyed our chat on Thursday, and thanks for the deck you sent afterwards - honestly one of the better ones I've seen.

I'll be straight with you: it was a close call, but we're going with someone who has done the 0-to-1 thing at a seed-stage company before, which is where we are right now. So we won't be moving ahead with you for the Head of Marketing role. Totally a stage thing, not a you thing.

Would love to stay in touch though - we'll need someone with your audience chops in about a year and a half if things go to plan.

Zoe
Co-founder & CEO, Plinth""",
     exp=("zoe@plinth.example", "Zoe", "Plinth", "Head of Marketing"),
     notes="founder; casual; praise around verdict"),

pers("saltbush-founder-series-a-hold", "rejection", "role-cancelled", "en-AU",
     "Liam Oakes <liam@saltbush.example>", "Growth Lead - where we've landed",
     """Hi Sam,

Thanks again for coming in last week and for putting up with our office dog.

I want to be upfront about where we've landed. Our Series A is taking longer to close than we'd planned, and the board has asked us to hold off on any new senior hires until it does. That means we're pausing the Growth Lead search for now, and I can't give you a timeline. I didn't want to leave you hanging.

If and when we restart it, I'd love to pick the conversation back up.

Cheers,
Liam
Founder, Saltbush""",
     exp=("liam@saltbush.example", "Liam", "Saltbush", "Growth Lead"),
     notes="founder; search paused with no timeline (role on hold for Sam)"),

pers("ironbark-referrer-forwards-hm-note", "rejection", "referrer", "en-GB",
     "Tom Ashby <tom.ashby@ironbarkstudios.example>", "Fwd: Senior Producer - Sam Taylor",
     """Hey Sam,

Dev asked me to pass this on as he didn't have your personal email - sorry mate, I really thought this one was yours. Pint on me next week?

Tom

Tom Ashby | Senior Producer, Live Ops | Ironbark Studios

---------- Forwarded message ---------
From: Dev Sharma <dev.sharma@ironbarkstudios.example>
Date: Wed, 14 Oct 2026 at 17:12
Subject: Senior Producer - Sam Taylor
To: Tom Ashby <tom.ashby@ironbarkstudios.example>

Hi Tom,

Thanks again for referring Sam. Could you let them know we've decided not to move forward for the Senior Producer role? We went with someone with more games experience. Sam was great in the interview though and I'd be happy to keep them in mind for our audience team later next year.

Cheers,
Dev

Dev Sharma | Head of Production | Ironbark Studios""",
     exp=("tom.ashby@ironbarkstudios.example", "Tom", "Ironbark Studios", "Senior Producer"),
     day="2026-10-15",
    notes="former colleague who referred Sam forwards the hiring manager's note about Sam; reply_to is the referrer"),

pers("copperkettle-referrer-internal", "rejection", "referrer", "en-IE",
     "Meg O'Brien <meg.obrien@copperkettlegames.example>", "Re: Community Marketing Manager",
     """Sam,

Just heard from the hiring team - they've gone with an internal candidate for the Community Marketing Manager job, one of the lads from player support. Gutted for you, I'd told everyone here how good you were.

I'll keep nagging them on your behalf for the next one. Coffee soon?

Meg

Sent from Outlook for Android

________________________________
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, October 5, 2026 8:51:12 AM
To: Meg O'Brien <meg.obrien@copperkettlegames.example>
Subject: Community Marketing Manager

Hi Meg, thanks so much for putting my name forward at Copper Kettle Games - I had the interview Friday and I think it went OK! Any whispers?
Sam""",
     exp=("meg.obrien@copperkettlegames.example", "Meg", "Copper Kettle Games", "Community Marketing Manager"),
     day="2026-10-07",
    notes="former colleague who referred Sam; reply above Sam's question (Outlook mobile quote)", parent=True),

pers("ledbury-editor-reply-to-application", "rejection", "thread-reply", "en-GB",
     "Jo Harding <jo.harding@ledburyreview.example>", "Re: Application - Features Editor",
     """Thanks Sam, and thanks for your patience. We had a huge response to the ad and I'm afraid you haven't made the shortlist this time. Your clips were lovely - the piece on local radio especially.

All best,
Jo

Jo Harding
Editor, The Ledbury Review

> On 22 Sep 2026, at 10:15, Sam Taylor <sam.taylor@example.org> wrote:
>
> Dear Jo,
>
> Please find attached my CV and three clips in application for the
> Features Editor role advertised in Press Gazette. I'd be delighted to
> discuss further.
>
> Best wishes,
> Sam Taylor""",
     exp=("jo.harding@ledburyreview.example", "Jo", "The Ledbury Review", "Features Editor"),
     day="2026-10-13",
    notes="reply to Sam's own application email (Apple Mail quote); 'haven't made the shortlist'", parent=True),

pers("harborview-terse-outlook-ios", "rejection", "terse", "en-US",
     "Chris Monroe <chris.m@harborviewpartners.example>", "RE: Brand Manager interview",
     """Hi Sam - we're going in a different direction. Appreciate your time and good luck. - Chris

Chris Monroe | Harborview Partners

Get Outlook for iOS""",
     exp=("chris.m@harborviewpartners.example", "Chris", "Harborview Partners", "Brand Manager"),
     notes="terse; one line from a phone; company only in the signature", wrap=False),

pers("tollgate-terse-its-a-no", "rejection", "terse", "en-GB",
     "Ben Carver <ben@tollgate-recruitment.example>", "Re: Ashcombe - Audience Director",
     """Sorry Sam, it's a no from them. They want someone from a retail background. Speak Monday.
Ben""",
     exp=("ben@tollgate-recruitment.example", "Ben", "Ashcombe", "Audience Director"),
     notes="agency; terse; 'it's a no from them'", wrap=False),

pers("thornbury-long-verdict-at-end", "rejection", "long-feedback", "en-GB",
     "Fiona Macleod <fiona.macleod@thornburybooks.example>", "Marketing Manager - thank you",
     """Dear Sam,

Thank you for coming to Thornbury on Thursday and for the presentation on our spring list. I promised I would write with proper feedback whichever way things went, so here it is.

What worked: your analysis of our newsletter audience was sharp, and you were the only candidate who had looked at which of our authors drive repeat purchase. Harriet especially liked your idea of a reader panel. You were warm and clear with the panel and it was a pleasure to talk to you.

What held you back: our Marketing Manager manages the relationship with the trade - booksellers, Waterstones buyers, the festivals - and you had less to say about that side of the job than the other shortlisted candidate, who has worked in a trade sales team. We also felt your budget answer was a little vague.

Weighing all of this, we have decided not to offer you the role. I'm sorry to be writing with that news after so much effort on your part.

If you would like to talk any of this through I'd be very happy to.

With best wishes,

Fiona Macleod
Head of People
Thornbury Books Ltd
01865 555 0182""",
     exp=("fiona.macleod@thornburybooks.example", "Fiona", "Thornbury Books", "Marketing Manager"),
     notes="long feedback letter; verdict near the end"),

pers("cobalt-after-case-study", "rejection", "after-assessment", "en-US",
     "Tyler Brooks <tyler.brooks@cobaltcommerce.example>", "Cobalt Commerce - case study feedback",
     """Hi Sam,

Thanks for submitting the case study for the Product Marketing Manager role - the team reviewed it together on Monday.

There was a lot to like in your positioning section. That said, the panel felt the launch plan didn't go deep enough on pricing and packaging, which is a big part of this role, so we won't be moving you forward to the final round.

I know a case study is a real investment of time, so thank you. I'd be happy to send the panel's written notes if helpful.

Best,
Tyler

Tyler Brooks
Talent Partner | Cobalt Commerce
tyler.brooks@cobaltcommerce.example""",
     exp=("tyler.brooks@cobaltcommerce.example", "Tyler", "Cobalt Commerce", "Product Marketing Manager"),
     notes="after take-home case study; 'won't be moving you forward to the final round'", client_html=True),

pers("boreal-talent-agency-filled-elsewhere", "rejection", "agency-recruiter", "en-CA",
     "Owen Clarke <owen@borealtalent.example>", "Granite Peak Foods - Digital Marketing Manager",
     """Hi Sam,

Quick update on Granite Peak Foods. I heard this morning that they've filled the Digital Marketing Manager position with a candidate who came through another agency, so the role is closed.

Frustrating, especially as they were keen to get you in for a first interview next week. Their loss.

I'll be in touch as soon as something comparable comes across my desk.

Thanks,
Owen

Owen Clarke
Account Manager | Boreal Talent Group
416-555-0175""",
     exp=("owen@borealtalent.example", "Owen", "Granite Peak Foods", "Digital Marketing Manager"),
     notes="agency; role filled through another agency before Sam's interview"),

pers("kowloonbay-inhouse-occasion", "rejection", "in-house-recruiter", "en-HK",
     "Vivian Chan <vivian.chan@kowloonbaylogistics.example>", "Application for Marketing Manager",
     """Dear Sam,

Thank you for your interest in the position of Marketing Manager at Kowloon Bay Logistics and for attending the interview with our team on 8 October.

We regret to inform you that your application was not successful on this occasion. We will keep your resume in our talent database for twelve months for future opportunities.

Thank you once again for your interest in our company.

Yours sincerely,
Vivian Chan
Senior HR Officer
Kowloon Bay Logistics Limited
九龍灣物流有限公司

Personal data collected will be used for recruitment purposes only. Unsuccessful applications will be destroyed after 12 months. 所收集的個人資料只作招聘用途。""",
     exp=("vivian.chan@kowloonbaylogistics.example", "Vivian", "Kowloon Bay Logistics", "Marketing Manager"),
     day="2026-10-14",
    notes="in-house; most ordinary 'regret ... not successful on this occasion'; PDPO notice in English and Chinese"),

pers("redtail-reply-to-thank-you", "rejection", "thread-reply", "en-US",
     "Priyanka Rao <priyanka.rao@redtailanalytics.example>", "Re: Thank you - Senior Analyst, Audience Insights",
     """Thanks for the note, Sam. Unfortunately we've decided to move forward with other applicants for this position. I appreciate your interest in Redtail Analytics and wish you the best.

Priyanka

On Fri, Oct 2, 2026 at 4:47 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Priyanka,
>
> Thank you for your time today - I enjoyed hearing about the Senior Analyst,
> Audience Insights role and how the team works with the newsroom. Looking
> forward to hearing about next steps.
>
> Best,
> Sam""",
     exp=("priyanka.rao@redtailanalytics.example", "Priyanka", "Redtail Analytics", "Senior Analyst, Audience Insights"),
     day="2026-10-07",
    notes="short reply above Sam's thank-you note; role only in Sam's quoted text and subject", parent=True),

pers("atlanticway-phone-confirm", "rejection", "in-house-recruiter", "en-IE",
     "Siobhán Kelly <siobhan.kelly@atlanticwaypublishing.example>", "Digital Editor position",
     """Dear Sam,

Further to our phone call this afternoon, I am writing to confirm that we will not be offering you the position of Digital Editor with Atlantic Way Publishing.

As I mentioned, the interview board was very impressed with your audience-development experience and it was a close decision. I'd encourage you to apply for future vacancies with us.

Le gach dea-ghuí,

Siobhán Kelly
HR Manager
Atlantic Way Publishing, Galway
091 555 0136""",
     exp=("siobhan.kelly@atlanticwaypublishing.example", "Siobhán", "Atlantic Way Publishing", "Digital Editor"),
     notes="in-house; phone first, then written confirmation; Irish sign-off; fada in name"),

pers("meridian-people-vacancy-withdrawn", "rejection", "role-cancelled", "en-GB",
     "Laura Finch <laura.finch@meridianpeople.example>", "Holloway Energy - Head of Brand - update",
     """Hi Sam,

I hope you're well. I'm afraid I've had an update from Holloway Energy this morning that I need to pass on.

Following the announcement of their merger with Strand Power, the client has decided to withdraw the Head of Brand vacancy while they work out the structure of the combined marketing team. They've closed the process with all candidates, so we won't be arranging the second interview with their CMO.

I'm really sorry - you were in a strong position. If the role reappears in the new organisation I'll make sure they know you're still interested (assuming you are!).

Best wishes,
Laura

Laura Finch
Director, Marketing & Communications
Meridian People Ltd
07700 900277""",
     exp=("laura.finch@meridianpeople.example", "Laura", "Holloway Energy", "Head of Brand"),
     notes="agency; vacancy withdrawn after a merger; second interview cancelled"),
]
