"""Personal rejections (44): recruiters, hiring managers, agency consultants; quotes, typos, signatures."""
from content_common import R

MESSAGES = [
R("rowan-hm-after-final", "personal-after-interview", "en-GB",
  "Rowan Achterberg <rowan.a@threadneedle-press.example>",
  "Re: Head of Audience Insight - final interview",
  """Hi Sam,

Thank you so much for coming in on Tuesday and for the thought you put into the presentation. Everyone on the panel enjoyed meeting you.

I'm afraid I'm writing with disappointing news. It was an extremely close call between you and one other candidate, and in the end we've offered the role to them, mainly because of their experience running a subscriptions research programme at scale.

I'd genuinely like to stay in touch - I think there may be something for you here in the next year as we grow the team.

Best wishes,
Rowan

Rowan Achterberg
Audience Director | Threadneedle Press
+44 20 7946 0381""",
  exp=("rowan.a@threadneedle-press.example", "Rowan", "Threadneedle Press", "Head of Audience Insight"),
  parent=True, parent_domain="threadneedle-press.example", client_html=True,
  day="2026-11-03", notes="after final; offered the role to another; close call"),

R("meg-casual-startup", "personal-after-interview", "en-US",
  "Meg Hollis <meg@brightloaf.example>",
  "quick update",
  """hey Sam,

wanted to close the loop after our chat last week. we really liked you but we're going to go with someone who's done more zero-to-one research at an early stage startup. honestly it was close.

thanks for being so generous with your time, and if you're ever in Austin coffee's on me.

meg
cofounder, Brightloaf""",
  exp=("meg@brightloaf.example", "Meg", "Brightloaf", ""),
  notes="lowercase casual; no role named"),

R("arjun-indian-recruiter", "personal-after-interview", "en-IN",
  "Arjun Mehta <arjun.mehta@saffronlane.example>",
  "Feedback - Insights Manager interview",
  """Dear Sam,

Hope you are doing well.

Thank you for taking the time to attend the interview rounds for the Insights Manager position at Saffron Lane Consumer. The panel appreciated your knowledge of audience measurement.

However, after internal discussion the management has decided to go ahead with another profile who has more FMCG experience. Hence we will not be able to proceed further with your candidature at this point of time.

We will surely keep you posted on any suitable openings in future.

Thanks & Regards,
Arjun Mehta
Senior Manager - Talent Acquisition
Saffron Lane Consumer Pvt Ltd
Mob: +91 98450 12345""",
  exp=("arjun.mehta@saffronlane.example", "Arjun", "Saffron Lane Consumer", "Insights Manager"),
  cte="base64",
  notes="base64 text; Indian English; go ahead with another profile"),

R("clare-thread-reply-to-chaser", "personal-after-interview", "en-IE",
  "Clare Nolan <clare.nolan@liffeymedia.example>",
  "RE: Research Lead - any update?",
  """Hi Sam,

Apologies for the slow reply, it's been a mad few weeks here.

Unfortunately we've decided to move forward with other applicants for the Research Lead role. I know you were keen and I'm sorry it's not better news. The feedback from Declan was really positive about your workshop facilitation, it came down to broadcast experience in the end.

Wishing you the very best,
Clare

Clare Nolan | Talent Manager | Liffey Media
M: +353 87 555 0192

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, 12 October 2026 09:14
To: Clare Nolan <clare.nolan@liffeymedia.example>
Subject: Research Lead - any update?

Hi Clare,

I hope you're well. I just wanted to check in on the Research Lead role, as it's been about three weeks since my second interview. Is there any update on timings?

Thanks,
Sam""",
  exp=("clare.nolan@liffeymedia.example", "Clare", "Liffey Media", "Research Lead"),
  parent=True, wrap=False,
  day="2026-10-15", notes="reply to Sam's chaser; Outlook quote"),

R("karolina-polish-hm", "personal-after-interview", "en-nonnative-pl",
  "Karolina Wiśniewska <k.wisniewska@vistula-soft.example>",
  "Your interview for Senior UX Researcher",
  """Dear Sam,

Thank you once more for your time on our meeting on Friday. It was pleasure to talk with you about your research projects.

I must inform you that we decided to continue the recruitment process with other candidate, who have more experience in B2B software. It was not easy decision for us.

I wish you success in next steps of your career and maybe our ways will cross again.

Best regards,
Karolina Wiśniewska
Head of Design, Vistula Software
tel. +48 22 555 41 20""",
  exp=("k.wisniewska@vistula-soft.example", "Karolina", "Vistula Software", "Senior UX Researcher"),
  notes="Polish writer; non-native grammar"),

R("thiago-brazil-feedback", "personal-after-interview", "en-nonnative-br",
  "Thiago Ramos <thiago.ramos@ipanema-pay.example>",
  "Feedback about the Insights Lead process",
  """Hi Sam, how are you?

First of all I want to thank you for participate in all the steps of our process for Insights Lead here at Ipanema Pay. It was really nice to know you better.

Unfortunately this time we will not follow with your application. The team decided for a candidate with more experience in the Latin American market and who speaks Portuguese, that was important for the stakeholders here.

I hope we can keep in contact, you have a great profile!

Abraços,
Thiago Ramos
Talent Acquisition | Ipanema Pay
+55 11 95555-0134""",
  exp=("thiago.ramos@ipanema-pay.example", "Thiago", "Ipanema Pay", "Insights Lead"),
  day="2026-10-26", notes="Brazilian writer; 'will not follow with your application'"),

R("hannah-long-feedback-bullets", "personal-after-interview", "en-GB",
  "Hannah Greaves <hannah.greaves@fieldfare.example>",
  "Feedback from your Fieldfare interviews",
  """Hi Sam,

Thank you for your patience while we finished the last interviews for the Head of Research role. I promised I'd give you proper feedback whatever the outcome, so here it is.

What the panel particularly liked:
- your framing of the churn study and how you got the finance team to act on it
- the honesty about the survey that didn't work
- clear, calm presentation under some tough questioning from Marcus

Where the other candidate was stronger:
- direct line management of a team of eight or more
- experience setting up a research repository from scratch

On balance we've decided to offer the role to the other candidate, so we won't be taking your application further. I know that's hard to hear after three rounds, and I'm sorry.

If you'd like to talk any of this through, give me a ring on 07700 900461.

Hannah

Hannah Greaves
Chief Product Officer, Fieldfare""",
  exp=("hannah.greaves@fieldfare.example", "Hannah", "Fieldfare", "Head of Research"),
  client_html=True,
  day="2026-11-16", notes="praise bullets before verdict; verdict near end"),

R("greg-terse-phone-followup", "terse", "en-AU",
  "Greg Pascoe <greg@pascoerecruitment.example>",
  "Coastline Bank",
  """Hi Sam,

As discussed on the phone just now, Coastline Bank have gone with another candidate for the Customer Research Manager gig. Sorry mate. Will keep you posted on anything else.

Greg
0412 555 019""",
  exp=("greg@pascoerecruitment.example", "Greg", "Coastline Bank", "Customer Research Manager"),
  notes="Australian agency; confirms phone call; terse"),

R("lucy-terse-not-this-time", "terse", "en-GB",
  "Lucy Barraclough <lucy@penrose-studio.example>",
  "Re: Research Lead role",
  """Hi Sam - thanks so much for your time last week. We're not going to take things further this time, but it was lovely to meet you. Lucy x""",
  exp=("lucy@penrose-studio.example", "Lucy", "", "Research Lead"),
  parent=True, parent_domain="example.org",
  notes="one line; company only in domain, so company empty"),

R("ravi-terse-sg", "terse", "en-SG",
  "Ravi Krishnan <ravi.k@lionbridge-capital.example>",
  "Insights Analyst position",
  """Hi Sam,

Thanks for coming in. We have decided not to proceed. All the best.

Ravi
Lionbridge Capital""",
  exp=("ravi.k@lionbridge-capital.example", "Ravi", "Lionbridge Capital", "Insights Analyst"),
  notes="very short"),

R("ben-terse-mobile", "terse", "en-US",
  "Ben Okoro <bokoro@tallgrass.example>",
  "Re: Follow up - Research Manager",
  """Sam - appreciate the follow up. We filled the position last week. Good luck out there.

Sent from my iPhone

> On Oct 20, 2026, at 8:02 AM, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Ben, just following up on the Research Manager role at Tallgrass - is the position still open? I'd love to hear where things stand.
>
> Best, Sam""",
  exp=("bokoro@tallgrass.example", "Ben", "Tallgrass", "Research Manager"),
  parent=True, wrap=False,
  day="2026-10-21", notes="mobile terse; filled the position; Apple quote"),

R("sophie-terse-passing", "terse", "en-nonnative-fr",
  "Sophie Marchand <sophie.marchand@lumiere-cosmetics.example>",
  "Consumer Insights Manager",
  """Hello Sam,

We had many candidates and your profile was interesting, but we will not retain it for the Consumer Insights Manager position. Good continuation!

Sophie
Lumière Cosmetics""",
  exp=("sophie.marchand@lumiere-cosmetics.example", "Sophie", "Lumière Cosmetics", "Consumer Insights Manager"),
  notes="French writer; 'will not retain' calque"),

R("dieter-agency-german", "agency-recruiter", "en-nonnative-de",
  "Dieter Baumann <d.baumann@spreetalent.example>",
  "Feedback from the client – Head of Market Intelligence",
  """Dear Sam,

I hope you had a good weekend.

Now I got the feedback from Auerbach Chemie regarding your interview for the Head of Market Intelligence position. They were impressed from your analytical background, but at the end they decided for a candidate with deep knowledge of the chemical industry and fluent German.

I am sorry that it did not work out this time. Your profile is very strong and I will definitely contact you when I have a suitable mandate.

Best regards
Dieter Baumann
Senior Consultant | Spree Talent GmbH
Mobile: +49 151 5550 4433""",
  exp=("d.baumann@spreetalent.example", "Dieter", "Auerbach Chemie", "Head of Market Intelligence"),
  notes="German agency consultant; client decided"),

R("ellie-agency-london", "agency-recruiter", "en-GB",
  "Ellie Whitcombe <ellie.whitcombe@northstar-rec.example>",
  "Harlow & Vine - update",
  """Hi Sam,

Hope you're well! Just had feedback from Harlow & Vine on the Insight Manager role.

Unfortunately they've decided not to progress, they felt your experience is more on the media side and they really need someone who's lived and breathed FMCG category insight. Gutted as I thought it was a great match on paper!

Let's have a catch up next week - I've got a couple of other things that might be of interest.

Ellie

Ellie Whitcombe | Principal Consultant - Insight & Analytics
Northstar Recruitment | 020 7946 0712""",
  exp=("ellie.whitcombe@northstar-rec.example", "Ellie", "Harlow & Vine", "Insight Manager"),
  notes="agency, client not progressing at CV stage; mentions other roles"),

R("sunita-agency-india", "agency-recruiter", "en-IN",
  "Sunita Rao <sunita@talentbridge-hr.example>",
  "Profile status - Research Manager - Kaveri Foods",
  """Hi Sam,

Greetings of the day!!

This is to update you that the client Kaveri Foods has reviewed your profile for the Research Manager position and as of now they are not moving ahead with your profile as they are looking for candidates with more of rural market research exposure.

Will keep you updated for other relevant positions.

Regards,
Sunita Rao
TalentBridge HR Solutions, Hyderabad
+91 90000 55512""",
  exp=("sunita@talentbridge-hr.example", "Sunita", "Kaveri Foods", "Research Manager"),
  notes="Indian agency; not moving ahead with profile"),

R("marc-agency-pulled", "agency-recruiter", "en-US",
  "Marc Feldman <marc@feldmanpartners.example>",
  "Re: Crestline - VP Insights",
  """Sam,

Bad news, I'm afraid. Crestline just told me they've put the VP Insights search on ice — the new CEO wants to restructure marketing before hiring anyone at that level. So the process is over for all candidates, including you.

This has nothing to do with you; they rated you highly. If they restart in Q2 I'll call you first.

Marc

Marc Feldman | Managing Partner | Feldman Partners Executive Search
(212) 555-0147""",
  exp=("marc@feldmanpartners.example", "Marc", "Crestline", "VP Insights"),
  parent=True, parent_domain="example.org",
  notes="exec search; search put on ice; role paused"),

R("aoife-agency-dublin-cv", "agency-recruiter", "en-IE",
  "Aoife Brennan <aoife@shannonrecruit.example>",
  "Research Manager role - Glasnevin Telecom",
  """Hi Sam,

Just to let you know I heard back from Glasnevin Telecom about the Research Manager role. They've reviewed your CV and unfortunately they won't be bringing you forward to interview stage - they're going with candidates who have telecoms background.

Sorry about that, I'll be in touch if anything else comes up that suits.

Thanks,
Aoife""",
  exp=("aoife@shannonrecruit.example", "Aoife", "Glasnevin Telecom", "Research Manager"),
  notes="Irish agency; CV stage"),

R("pieter-agency-dutch", "agency-recruiter", "en-nonnative-nl",
  "Pieter Jansen <pieter@grachtenwerving.example>",
  "Update Polderbank",
  """Hi Sam,

Short update: Polderbank has chosen for another candidate for the function of Lead Customer Insights. They found you a strong candidate but the other person had more experience in the banking sector. Sorry for this message!

Let's call soon, I have some new vacancies which are maybe interesting for you.

Groeten,
Pieter Jansen
Grachten Werving | +31 6 5555 1234""",
  exp=("pieter@grachtenwerving.example", "Pieter", "Polderbank", "Lead Customer Insights"),
  notes="Dutch agency; 'has chosen for another candidate'"),

R("nadia-assessment-presentation", "after-assessment", "en-GB",
  "Nadia Farouk <nadia.farouk@cirrus-energy.example>",
  "Thank you for your presentation",
  """Dear Sam,

Thank you for presenting to us on Monday for the Customer Insight Lead vacancy. The panel appreciated the thought you'd given to the brief.

Having discussed all the presentations, we have decided that you will not be progressing to the final stage. The main gap for us was the commercial recommendations: we were looking for a sharper link from the insight to pricing decisions.

I hope that feedback is useful and thank you again for your time.

Kind regards,
Nadia Farouk
Insight Director, Cirrus Energy""",
  exp=("nadia.farouk@cirrus-energy.example", "Nadia", "Cirrus Energy", "Customer Insight Lead"),
  notes="after presentation; will not be progressing"),

R("jake-takehome-scores", "after-assessment", "en-US",
  "Jake Morrison <jake@quillmetrics.example>",
  "Re: Take-home submission",
  """Hey Sam,

Thanks for turning the take-home around so fast. We scored all submissions blind against the same rubric, and yours came in below the bar we set for moving to the onsite, mainly on the statistical testing section.

So we're going to pass for the Senior Research Analyst position, but honestly the writing was some of the best we saw. Happy to send the rubric if you want it.

Jake
Head of Analytics, Quill Metrics""",
  exp=("jake@quillmetrics.example", "Jake", "Quill Metrics", "Senior Research Analyst"),
  parent=True, parent_domain="example.org",
  day="2026-10-22", notes="below the bar on take-home; 'pass'"),

R("ingrid-assessment-centre", "after-assessment", "en-nonnative-de",
  "Ingrid Hoffmann <ingrid.hoffmann@elbe-versicherung.example>",
  "Assessment Center on 3 November",
  """Dear Sam,

thank you for participating in our Assessment Center last Tuesday for the position Manager Customer Insights.

The observers have evaluated all exercises. Sadly I must tell you that we will not offer you the position. In the group exercise and the case study you showed good results, but in the role play the observers missed a stronger stakeholder orientation.

I thank you for your engagement and wish you all the best.

Kind regards
Ingrid Hoffmann
HR Business Partner
Elbe Versicherung AG""",
  exp=("ingrid.hoffmann@elbe-versicherung.example", "Ingrid", "Elbe Versicherung AG", "Manager Customer Insights"),
  day="2026-11-06", notes="German writer; assessment centre"),

R("lauren-sql-test", "after-assessment", "en-AU",
  "Lauren Chau <lauren.chau@kookaburra.example>",
  "Technical test results",
  """Hi Sam,

Thanks for sitting the SQL and stats test for the Insights Analytics Lead role yesterday.

Unfortunately you didn't reach the pass mark this time, so we won't be moving to the panel interview. Lots of people find the window functions section tricky - it's not a reflection on your broader experience.

All the best,
Lauren
Talent, Kookaburra Insurance""",
  exp=("lauren.chau@kookaburra.example", "Lauren", "Kookaburra Insurance", "Insights Analytics Lead"),
  notes="didn't reach the pass mark"),

R("omar-internal-promotion", "internal-candidate", "en-GB",
  "Omar Siddiqui <omar.siddiqui@greenwichmarkets.example>",
  "Head of Insight - outcome",
  """Hi Sam,

I wanted to let you know personally that we've appointed to the Head of Insight role. We had a really strong internal applicant who has been acting up in the role for six months and the panel felt it was right to confirm her in post.

I realise that's frustrating when you've invested time in two interviews, and I'm sorry. You were a very credible external candidate.

Best,
Omar
Omar Siddiqui | Marketing Director | Greenwich Markets Ltd""",
  exp=("omar.siddiqui@greenwichmarkets.example", "Omar", "Greenwich Markets", "Head of Insight"),
  notes="internal acting-up candidate confirmed; indirect 'appointed'"),

R("jess-internal-transfer", "internal-candidate", "en-US",
  "Jessica Park <jpark@redwoodcommerce.example>",
  "Research Manager update",
  """Hi Sam,

Thank you again for interviewing with us. I wanted to give you an update: a member of our existing analytics team has decided to transfer into the Research Manager role, so we are no longer hiring externally for this position.

I'm sorry for the late notice. We really appreciated getting to know you.

Best,
Jessica Park
Senior Recruiter, Redwood Commerce
(415) 555-0166""",
  exp=("jpark@redwoodcommerce.example", "Jessica", "Redwood Commerce", "Research Manager"),
  notes="internal transfer; no longer hiring externally"),

R("fionn-internal-contractor", "internal-candidate", "en-IE",
  "Fionn Gallagher <fionn@cloverleaf.example>",
  "Insights role",
  """Sam,

Thanks for the chat on Thursday, really enjoyed it. Slightly awkward one - since we spoke the contractor who's been covering the Insights Lead work has said they'd like to go permanent, and as they already know the business inside out we've agreed to offer it to them.

So we won't be continuing the process externally. Sorry to mess you around.

Cheers,
Fionn
Cloverleaf Dairy""",
  exp=("fionn@cloverleaf.example", "Fionn", "Cloverleaf Dairy", "Insights Lead"),
  notes="contractor goes permanent"),

R("patricia-role-eliminated", "role-cancelled", "en-US",
  "Patricia Gomez <pgomez@summitline.example>",
  "Summitline - Consumer Insights Director",
  """Hi Sam,

I hate sending emails like this. As of this morning the Consumer Insights Director position has been eliminated as part of a company-wide reorganization. We will not be moving forward with any candidates, including you.

I know you were in the final two and I'm truly sorry. I've enjoyed every conversation we've had and would be glad to serve as a reference or introduce you to folks in my network.

Patricia
VP Marketing, Summitline""",
  exp=("pgomez@summitline.example", "Patricia", "Summitline", "Consumer Insights Director"),
  notes="position eliminated"),

R("will-hiring-freeze", "role-cancelled", "en-GB",
  "Will Danvers <will.danvers@ashcombe-uni.example>",
  "Research and Insight Manager (ref AU-2231)",
  """Dear Sam,

I am writing to let you know that the University has introduced a recruitment freeze on all non-academic posts with immediate effect. Regrettably this means the Research and Insight Manager post has been withdrawn and we will not be holding the interviews scheduled for next week.

I appreciate this is disappointing and apologise for the inconvenience.

Yours sincerely,
Will Danvers
Head of Marketing and Student Recruitment
Ashcombe University""",
  exp=("will.danvers@ashcombe-uni.example", "Will", "Ashcombe University", "Research and Insight Manager"),
  notes="hiring freeze; post withdrawn before interview"),

R("mei-on-hold-paused", "role-cancelled", "en-SG",
  "Tan Mei Ling <meiling.tan@merlionhealth.example>",
  "Update on Senior Research Manager role",
  """Dear Sam,

Thank you for your patience. I regret to share that the hiring for the Senior Research Manager role has been put on hold due to budget realignment for next year, and we are therefore pausing all candidate processes including yours. We don't expect to restart the search before the second half of 2027.

We will reach out should the position be reopened, but please do not hold off other opportunities on our account.

Best regards,
Mei Ling
Talent Acquisition Partner, Merlion Health""",
  exp=("meiling.tan@merlionhealth.example", "Mei Ling", "Merlion Health", "Senior Research Manager"),
  notes="paused for Sam, no restart date; Singapore name order"),

R("stefan-budget-withdrawn", "role-cancelled", "en-nonnative-de",
  "Stefan Krüger <stefan.krueger@isarwerk.example>",
  "Our open position Insights Lead",
  """Hello Sam,

thanks again for the good talks in the last weeks.

Unfortunately I have to give you a bad news. Our budget for next year was cut and the management decided that we cannot open the position Insights Lead. So we have to close the process, also with you.

I am really sorry because I was looking forward to work with you. If the situation changes I will contact you directly.

Best regards,
Stefan
Isarwerk""",
  exp=("stefan.krueger@isarwerk.example", "Stefan", "Isarwerk", "Insights Lead"),
  notes="German writer; budget cut; close the process"),

R("ana-keep-on-file-personal", "keep-on-file", "en-nonnative-br",
  "Ana Beatriz Costa <ana.costa@cajueiro.example>",
  "Your application - Data & Insights Manager",
  """Hello Sam,

Thank you for your application and for the conversation with me last week about the Data & Insights Manager role.

The position was closed with another candidate, whose profile was more adherent to what the area needs in this moment. But I really liked your experience and I will keep your CV in our database for future opportunities, ok?

Wish you success!
Ana Beatriz
People Team | Cajueiro Digital""",
  exp=("ana.costa@cajueiro.example", "Ana", "Cajueiro Digital", "Data & Insights Manager"),
  notes="Brazilian writer; 'closed with another candidate'; keep CV"),

R("james-hm-long-praise-middle", "personal-after-interview", "en-GB",
  "James Thornbury <james.thornbury@kitemark.example>",
  "Thank you",
  """Dear Sam,

I wanted to write myself rather than leave it to our recruitment team. First of all, thank you for the time you have given us over the last month: two interviews, the written exercise and the coffee with our CEO. That is a lot to ask of anyone, especially alongside a demanding day job.

I'm sorry to say that we won't be offering you the position of Head of Audience. I want to be clear that this was not about your ability; the panel scored you highly and you were the candidate who most clearly understood our readers. The deciding factor was commercial experience with advertisers, which the successful candidate brings from her time at a large agency.

I'd be very happy to keep in touch, and I hope our paths cross again.

With best wishes,
James

James Thornbury
Managing Editor, Kitemark Magazines
T: +44 161 496 0773""",
  exp=("james.thornbury@kitemark.example", "James", "Kitemark Magazines", "Head of Audience"),
  client_html=True,
  notes="verdict in the middle, praise both sides"),

R("chris-typos-casual", "personal-after-interview", "en-US",
  "Chris Delgado <chris.delgado@fernway.example>",
  "Re: Thank you!",
  """Hi Sam,

Thanks for the nice note! Unfortunatly I have some not so great news - we ended up going a diffrent direction for the Research Lead postion, someone with more fintech backround. Really sorry, I was rooting for you.

Lets definately stay in touch on linkedin.

Chris
Fernway

On Wed, Oct 7, 2026 at 6:41 PM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Chris,
>
> Thank you for your time this afternoon - I really enjoyed the conversation about how Fernway runs its research sprints. Looking forward to hearing about next steps.
>
> Best,
> Sam""",
  exp=("chris.delgado@fernway.example", "Chris", "Fernway", "Research Lead"),
  parent=True, wrap=False,
  day="2026-10-14", notes="typos; reply to Sam's thank-you; Gmail quote"),

R("priyanka-after-panel-india", "personal-after-interview", "en-IN",
  "Priyanka Nair <priyanka.nair@monsoonmedia.example>",
  "Interview outcome - Audience Research Head",
  """Hi Sam,

Thank you for your time with our panel on Saturday. We really enjoyed the discussion on audience measurement for regional language content.

After a lot of deliberation we have decided to close the position with a candidate who has been part of the Indian broadcast industry for longer. I would like to thank you for your patience throughout the process and wish you all the very best.

Do stay in touch.

Warm regards,
Priyanka Nair
HR Head, Monsoon Media Network
+91 22 5555 7788""",
  exp=("priyanka.nair@monsoonmedia.example", "Priyanka", "Monsoon Media Network", "Audience Research Head"),
  notes="'close the position with a candidate'"),

R("tom-australia-hm", "personal-after-interview", "en-AU",
  "Tom Whitlam <tom.whitlam@southerncross-rail.example>",
  "Customer Insights Manager - thanks",
  """G'day Sam,

Thanks heaps for making time for the interview last week, especially with the time difference.

Look, I'll be straight with you - we've decided to appoint someone who's already based in Sydney and can start in January. The relocation and visa timing was a real factor for us and it didn't feel fair to keep you waiting any longer.

Really appreciated your thinking on the commuter survey. Best of luck with the search.

Cheers,
Tom
Head of Customer, Southern Cross Rail""",
  exp=("tom.whitlam@southerncross-rail.example", "Tom", "Southern Cross Rail", "Customer Insights Manager"),
  notes="appoint someone local; indirect"),

R("eva-dutch-direct", "personal-after-interview", "en-nonnative-nl",
  "Eva Smit <eva.smit@tulpmedia.example>",
  "Outcome second interview",
  """Hi Sam,

I promised to let you know before Friday, so here it is: we will not hire you for the position of Audience Insights Manager. I find it important to be honest: in the second interview we missed concrete examples of how your research changed product decisions. The other finalist was more convincing on this point.

I hope this feedback helps you. Thanks for your time and good luck!

Regards,
Eva Smit
Tulp Media, Amsterdam
+31 20 555 8890""",
  exp=("eva.smit@tulpmedia.example", "Eva", "Tulp Media", "Audience Insights Manager"),
  notes="Dutch directness; 'we will not hire you'"),

R("claire-french-hm", "personal-after-interview", "en-nonnative-fr",
  "Claire Dubois <claire.dubois@cerisier-editions.example>",
  "Following our exchanges",
  """Dear Sam,

Following our different exchanges for the Head of Reader Research position, I come back to you to give you an answer.

Despite the quality of your application, I regret to inform you that we have decided not to give a favourable follow-up to it. We have chosen a profile with a stronger experience in the French book market.

I thank you for the interest you have shown in Cerisier Éditions and wish you full success in your research.

Kind regards,
Claire Dubois
Directrice Marketing, Cerisier Éditions""",
  exp=("claire.dubois@cerisier-editions.example", "Claire", "Cerisier Éditions", "Head of Reader Research"),
  charset="iso-8859-1", cte="8bit",
  notes="ISO-8859-1 8bit; French writer; 'not give a favourable follow-up'"),

R("daniel-reply-above-invite", "personal-after-interview", "en-US",
  "Daniel Ashby <daniel@harborlight.example>",
  "Re: Invitation: Final round - Insights Director",
  """Sam,

Quick update ahead of next week: we've decided to cancel your final round. We've made an offer to another finalist and they've accepted, so it wouldn't be fair to bring you in. I'm sorry for the late change.

Daniel

On Mon, Nov 2, 2026 at 10:15 AM Daniel Ashby <daniel@harborlight.example> wrote:
> Hi Sam,
>
> Great news — the team would love to bring you in for a final round for the Insights Director role at Harborlight! Please pick a slot on the calendar link below. We're really excited.
>
> Daniel""",
  exp=("daniel@harborlight.example", "Daniel", "Harborlight", "Insights Director"),
  parent=True, parent_domain="harborlight.example", wrap=False,
  day="2026-11-06", notes="top reply cancels final round; quote holds 'Great news' invitation"),

R("siobhan-warm-long", "personal-after-interview", "en-IE",
  "Siobhán Keane <siobhan.keane@galwaygreen.example>",
  "Your application for Insights Manager",
  """Hi Sam,

I hope you had a lovely weekend. I'm just back from a week of leave which is why I'm only getting to this now, apologies.

The team met on Thursday to make a decision on the Insights Manager role. I'm sorry to say you weren't successful this time. It was incredibly tight and we'd a tough job choosing between you and the successful candidate.

If you're open to it, I'd love to keep your details for the new Research Lead role we expect to open in the spring.

Go n-éirí leat,
Siobhán

Siobhán Keane
People Partner | Galway Green Energy
+353 91 555 213""",
  exp=("siobhan.keane@galwaygreen.example", "Siobhán", "Galway Green Energy", "Insights Manager"),
  charset="windows-1252", cte="quoted-printable",
  notes="windows-1252 QP; Irish; 'weren't successful'; fada name; future role"),

R("kevin-ceo-takes-it", "personal-after-interview", "en-US",
  "Kevin Brandt <kevin@tallowandwick.example>",
  "Head of Customer Insights",
  """Hi Sam,

After a lot of thought we've decided to hold off on hiring a Head of Customer Insights for now. I'm going to own the research agenda myself for the next two quarters while we figure out the new product line.

Which means we won't be extending an offer. I know we were getting close and I'm sorry. Thanks for everything you put into this.

Kevin Brandt
CEO, Tallow & Wick""",
  exp=("kevin@tallowandwick.example", "Kevin", "Tallow & Wick", "Head of Customer Insights"),
  notes="founder holds off; won't be extending an offer"),

R("rachel-gone-with-someone", "personal-after-interview", "en-GB",
  "Rachel Ingham <rachel.ingham@moorfield-health.example>",
  "Patient Insight Lead",
  """Hi Sam,

Many thanks for interviewing for the Patient Insight Lead post. Just to let you know we have now made an appointment and it isn't you on this occasion, I'm sorry.

If you would like feedback, I'm free most afternoons next week.

Best wishes
Rachel

Rachel Ingham
Head of Patient Experience
Moorfield Health NHS Foundation Trust
Tel: 0113 496 0015""",
  exp=("rachel.ingham@moorfield-health.example", "Rachel", "Moorfield Health NHS Foundation Trust", "Patient Insight Lead"),
  notes="'made an appointment and it isn't you'"),

R("victor-sg-regional", "personal-after-interview", "en-SG",
  "Victor Lim <victor.lim@straitsconsumer.example>",
  "Regional Consumer Insights Lead",
  """Hi Sam,

Thank you for meeting our regional leadership team on Tuesday, both online and in person.

We have completed our evaluation and would like to inform you that we will not be proceeding with your application for the Regional Consumer Insights Lead role. The team felt that candidates with deeper Southeast Asia market experience would be better positioned to hit the ground running.

We appreciate your interest and wish you every success.

Regards,
Victor Lim
Director, Talent, Straits Consumer Group
+65 6555 0182""",
  exp=("victor.lim@straitsconsumer.example", "Victor", "Straits Consumer Group", "Regional Consumer Insights Lead"),
  notes="formal; Singapore"),

R("nora-hm-replyto-assistant", "personal-after-interview", "en-US",
  "Nora Feld <nora.feld@gildedpress.example>",
  "Gilded Press - Director of Audience Research",
  """Dear Sam,

Thank you for meeting with me and the editorial leadership last Thursday.

I wish the news were better. We have chosen to move ahead with another candidate for the Director of Audience Research position. Your thoughtfulness about newsletter research stood out and I'd be glad to recommend you to peers.

Please let my assistant, Joel, know if you'd like to schedule a short feedback call; he's copied here.

Warm regards,
Nora Feld
Chief Audience Officer, Gilded Press""",
  exp=("nora.feld@gildedpress.example", "Nora", "Gilded Press", "Director of Audience Research"),
  cc="Joel Amari <joel.amari@gildedpress.example>",
  notes="assistant in Cc; reply goes to the HM"),

R("marta-polish-recruiter-short", "personal-after-interview", "en-nonnative-pl",
  "Marta Zielińska <marta.zielinska@bursztyn-tech.example>",
  "Recruitment process - Research Lead",
  """Hello Sam,

I would like to thank you for the meetings with our team. After analysis of all candidates, we decided that we will make offer to other person, which experience is more close to our product.

Thank you for the time and I keep fingers crossed for your next steps!

Marta Zielińska
Recruitment Specialist, Bursztyn Technologies""",
  exp=("marta.zielinska@bursztyn-tech.example", "Marta", "Bursztyn Technologies", "Research Lead"),
  notes="Polish writer; offer to other person"),

R("liam-au-teams-thread", "personal-after-interview", "en-AU",
  "Liam O'Rourke <liam.orourke@wattleandco.example>",
  "RE: Wattle & Co - Insights Manager",
  """Hi Sam,

Thanks for following up, and sorry for the radio silence. We've wrapped up the process for the Insights Manager role and I'm afraid we've offered it to one of the other finalists. You interviewed really well so don't read too much into it.

All the best,
Liam

________________________________
From: Sam Taylor <sam.taylor@example.org>
Sent: Thursday, 29 October 2026 8:45 PM
To: Liam O'Rourke <liam.orourke@wattleandco.example>
Subject: Wattle & Co - Insights Manager

Hi Liam, I wanted to see whether there was any news on the Insights Manager role? Thanks, Sam""",
  exp=("liam.orourke@wattleandco.example", "Liam", "Wattle & Co", "Insights Manager"),
  parent=True, wrap=False,
  day="2026-11-02", notes="Outlook mobile quote; offered to another finalist"),

R("alex-founder-kindly", "personal-after-interview", "en-GB",
  "Alex Mwangi <alex@lumenpath.example>",
  "Lumenpath",
  """Sam,

Really enjoyed our conversations. I've thought about it a lot over the weekend and I don't think we're the right fit right now - we need someone who'll be hands-on building dashboards day to day, and I think you'd be bored within three months.

That's a no for the Insight Lead role, but I'd love to keep talking. Fancy a pint when you're next in Bristol?

Alex
Founder, Lumenpath""",
  exp=("alex@lumenpath.example", "Alex", "Lumenpath", "Insight Lead"),
  notes="founder; 'that's a no'; indirect fit framing"),
]
