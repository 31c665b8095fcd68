"""Hard negatives (40): 20 ATS-style, 20 personal."""
from content_common import oth

GH = "us.greenhouse-mail.io"
MESSAGES = [
# ---------------- ATS ----------------
oth("quillpath-takehome-invite", f"Quillpath <no-reply@ashbyhq.com>",
    "Next step: Quillpath take-home exercise",
    """Hi Sam,

Thanks for your time with Leah last week! We'd like to invite you to the next stage for the Senior Product Manager, Insights role: a short take-home exercise.

Please complete it within 5 days of opening the link. Unfortunately we can't offer extensions beyond that window, so please only start when you have around three hours free.

[[Start the exercise]]

If you have any accessibility needs, reply and let us know.

Quillpath Recruiting""",
    "assessment", "en-US", "ats", "ashby; take-home invitation; 'unfortunately' about deadlines", vendor="ashby", brand="Quillpath"),
oth("tallyho-schedule", "Tallyho Games Talent <no-reply@hire.lever.co>",
    "Schedule your interview with Tallyho Games",
    """Hi Sam,

Great news - the hiring team would like to speak with you about the Senior Analyst, Monetisation role!

Please use the link below to choose a time for a 45-minute video interview with Mathieu Gagnon, Analytics Director.

[[Choose a time]]

If none of the times work, just let us know and we'll find another slot.

Cheers,
Talent Team, Tallyho Games""",
    "interview-invite", "en-CA", "ats", "lever; scheduling", vendor="lever", brand="Tallyho Games", autoplain=True),
oth("harbourline-ack-hedged", "Harbourline Bank Careers <harbourline@myworkday.com>",
    "Thank you for applying - Director, Data Strategy (REQ-45102)",
    """Dear Sam Taylor,

Thank you for applying for Director, Data Strategy (REQ-45102) at Harbourline Bank. We have received your application.

Our Talent Acquisition team will review your experience against the requirements of the role. If your profile is shortlisted, we will contact you to discuss next steps. Due to the high volume of applications we receive, we are not always able to respond to every applicant individually; if you have not heard from us within four weeks, please assume that your application has not been shortlisted on this occasion.

You can track the status of your application at any time by signing in to your candidate account.

Kind regards,
Talent Acquisition
Harbourline Bank""",
    "acknowledgement", "en-GB", "ats", "workday; hedged acknowledgement with 'not been shortlisted' conditional", vendor="workday", brand="Harbourline Bank"),
oth("lumen-grid-next-round", "Lumen Grid <no-reply@ashbyhq.com>",
    "You're through to the final round - Lumen Grid",
    """Hi Sam,

Congratulations - the team really enjoyed your case presentation and would like to move you forward to the final round for the Senior Product Analyst position.

The final round is a 90-minute panel with our VP Product and Head of Data. Please pick a slot using the link below.

[[Book your final round]]

Best,
Lumen Grid Talent""",
    "next-round", "en-SG", "ats", "ashby; progress notice", vendor="ashby", brand="Lumen Grid"),
oth("meridian-coyle-req-moved", "Meridian & Coyle Consulting <jobs@smartrecruiters.com>",
    "Your application has been moved to a new position",
    """Dear Sam,

Thank you for your interest in Meridian & Coyle Consulting.

We have closed the requisition for Senior Analytics Consultant - Media (Cork) that you originally applied to, as we are consolidating our analytics hiring into our Dublin office. Rather than ask you to re-apply, we have moved your application to Senior Analytics Consultant - Media & Telecoms (Dublin), which has the same scope.

Your application remains under active review and a member of our team will be in touch with next steps.

Warm regards,
Meridian & Coyle Consulting | People Team""",
    "requisition-moved", "en-IE", "ats", "smartrecruiters; 'closed the requisition' but application transferred", vendor="smartrecruiters", brand="Meridian & Coyle Consulting"),
oth("savanna-talent-community", "Savanna Ledger <noreply@candidates.workablemail.com>",
    "Join the Savanna Ledger talent community",
    """Hi Sam,

You recently visited our careers page. We don't have a role that matches your profile open right now, but we're growing fast across Nairobi, Kampala and Kigali.

Join our talent community to be the first to hear about new roles in data, engineering and product.

[[Join the community]]

The Savanna Ledger Team""",
    "talent-pool", "en-KE", "ats", "workable; talent community; 'don't have a role' without any application", vendor="workable", brand="Savanna Ledger", autoplain=True),
oth("northgate-assessment", "Northgate Federal Systems <careers@talent.icims.com>",
    "Action Required: Online Assessment for Data Analyst III",
    """Dear Sam Taylor,

Thank you for your interest in the Data Analyst III position (Requisition 2026-1240) with Northgate Federal Systems.

As the next step in our selection process, you are invited to complete an online SQL and statistics assessment. The assessment takes about 60 minutes and must be completed within 72 hours. Candidates who do not complete the assessment by the deadline cannot be considered further.

[[Begin assessment]]

Sincerely,
Northgate Federal Systems Talent Acquisition""",
    "assessment", "en-US", "ats", "icims; assessment invitation with conditional 'cannot be considered further'", vendor="icims", brand="Northgate Federal Systems", html_only=True),
oth("linkedin-job-alert", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "\"head of analytics\": 7 new jobs in London",
    """Your job alert for head of analytics in London, England, United Kingdom

- Head of Analytics - Orbitfold - London (Hybrid) - Actively recruiting
- Head of Data & Insights - Brambleway Retail - London - 2 connections work here
- Analytics Director - Harbourline Bank - London - No longer accepting applications
- Head of Product Analytics - Kestrel Health - Remote (UK)
- Lead Data Scientist - Thistle Analytics - Edinburgh

[[See all jobs]]""",
    "job-alert", "en-GB", "ats", "linkedin alert; 'no longer accepting applications' badge on a role Sam did not apply to", vendor="linkedin", brand="LinkedIn", autoplain=True),
oth("indeed-viewed", "Indeed <indeedapply@indeed.com>",
    "Your application was viewed by the employer",
    """Sam, good news!

Your application for Data Analyst - Financial Crime at Cobalt Quay Insurance was viewed by the employer.

{table}

Employers typically respond within 2 weeks. We'll let you know if there's an update.

[[View application]]""",
    "acknowledgement", "en-IE", "ats", "indeed status: viewed", vendor="indeed", brand="Indeed",
    table=[("Status", "Viewed by employer"), ("Applied", "2 Oct")]),
oth("calder-greenhouse-candidate-rejected", f"Calder Street Media Hiring <no-reply@{GH}>",
    "Candidate rejected: Jordan Ellis - Junior Data Analyst (Insights)",
    """Hi Sam,

Jordan Ellis was rejected from Junior Data Analyst (Insights) by Priyanka Shah.

Rejection reason: Lacking skills/qualifications
Rejection email: scheduled to send in 24 hours

You are receiving this because you are the hiring manager for this job.

[[View candidate]]""",
    "owner-hiring", "en-GB", "ats", "Sam's own requisition; HR system notice", vendor="greenhouse", brand="Calder Street Media"),
oth("card-declined", "Northbridge Card Services <alerts@northbridgebank.example>",
    "Your card payment was declined",
    """Hi Sam,

We declined a payment on your card ending 4417.

{table}

This was declined because the transaction exceeded your available limit. If you recognise this payment, you can try again after your balance has updated. If you don't recognise it, please freeze your card in the app straight away.

Northbridge Bank""",
    "non-job-refusal", "en-GB", "ats", "declined card payment", vendor="bank", brand="Northbridge Bank",
    table=[("Merchant", "SKYLINE AIR LONDON"), ("Amount", "GBP 642.18"), ("Status", "Declined")]),
oth("dataconf-talk-not-accepted", "DataConf Dublin <speakers@sessionize.example>",
    "DataConf Dublin 2027 - your session submission",
    """Dear Sam Taylor,

Thank you for submitting "Counting what matters: newsroom metrics that editors trust" to DataConf Dublin 2027.

We received over 600 submissions for 48 slots this year. We regret to inform you that your session was not selected for the programme.

As a thank-you, we'd like to offer you a 30% speaker-applicant discount on conference tickets with code CFP30.

The DataConf Programme Committee""",
    "non-job-refusal", "en-IE", "ats", "conference talk rejected; 'regret to inform' and 'not selected'", vendor="plain", brand="DataConf Dublin"),
oth("rental-application-unsuccessful", "RentRight <noreply@rentright.example>",
    "Update on your rental application - 14/22 Harbour Street, Pyrmont",
    """Hi Sam,

Thanks for applying for 14/22 Harbour Street, Pyrmont NSW 2009.

Unfortunately your application was unsuccessful on this occasion. The property manager has approved another applicant.

Keep searching - there are 38 new listings matching your saved search.

[[See listings]]

RentRight""",
    "non-job-refusal", "en-AU", "ats", "rental application unsuccessful", vendor="plain", brand="RentRight"),
oth("polder-labs-offer", "Polder Labs <no-reply@teamtailor.com>",
    "Your offer from Polder Labs",
    """Hi Sam,

We are delighted to offer you the position of Lead Product Analyst at Polder Labs!

Your offer letter and contract are ready for signing. Please review and sign them by 30 November via the link below.

[[Review and sign your offer]]

Welcome (almost) aboard!
Polder Labs Talent Team""",
    "offer", "en-NL", "ats", "teamtailor; offer", vendor="teamtailor", brand="Polder Labs"),
oth("pacific-crest-ack-shortlist", "Pacific Crest Bank <noreply@taleo.net>",
    "Application received - Manager, Data Analytics (Job ID 260511)",
    """Dear Sam,

Thank you for your application for the role of Manager, Data Analytics (Job ID 260511) with Pacific Crest Bank.

We are currently reviewing applications. Due to the high volume of applications, only shortlisted candidates will be contacted. If we don't move forward with your application, we will let you know by email once the role has been filled.

Yours sincerely,
Talent Acquisition Team
Pacific Crest Bank Limited""",
    "acknowledgement", "en-AU", "ats", "taleo; acknowledgement with hedge", vendor="taleo", brand="Pacific Crest Bank"),
oth("referee-request", "Straits Capital Group <recruitment@successfactors.eu>",
    "Reference request for Alex Mensah",
    """Dear Sam Taylor,

Alex Mensah has nominated you as a referee for the position of Data Analyst at Straits Capital Group.

Please complete the short online reference questionnaire by 20 November. It takes about 10 minutes.

[[Complete reference]]

Thank you for your support.

Group Human Resources""",
    "reference", "en-SG", "ats", "Sam as referee", vendor="successfactors", brand="Straits Capital Group"),
oth("sprocket-newsletter", "Sprocket Studios <careers@teamtailor.com>",
    "New at Sprocket: 5 open roles + how we hire",
    """Hi Sam,

Thanks for being part of the Sprocket Studios talent community! Here's what's new this month.

Open roles:
- Senior Data Engineer (Melbourne)
- Player Economy Analyst (Remote AU)
- Product Manager, Live Ops (Sydney)

Our Producer role has now been filled - congrats to Mia, who joins us in January!

How we hire: we never ghost. Every applicant hears back from us, whether it's a yes or a no.

[[See all jobs]]""",
    "job-alert", "en-AU", "ats", "talent newsletter; 'role has been filled' about a role Sam never applied to", vendor="teamtailor", brand="Sprocket Studios"),
oth("recruitee-data-deletion", "Kanaal Mobility <jobs@mail.recruitee.com>",
    "Your data at Kanaal Mobility",
    """Dear Sam,

In 2024 you applied for a position at Kanaal Mobility. Under the GDPR we only keep candidate data for two years.

Your application data will be deleted in 30 days. If you would like us to keep your profile for future vacancies, please give your consent below.

[[Keep my profile]]

Kind regards,
Kanaal Mobility""",
    "talent-pool", "en-NL", "ats", "recruitee; data retention only; no verdict", vendor="recruitee", brand="Kanaal Mobility"),
oth("maple-ridge-interview-confirmed", "Maple Ridge Credit Union <notifications@app.bamboohr.com>",
    "Interview confirmed: Data Governance Analyst",
    """Hello Sam,

Your interview for the Data Governance Analyst position has been confirmed.

{table}

If you need to reschedule, please reply to Dana Whitfield at least 24 hours in advance.

Sincerely,
Maple Ridge Credit Union HR""",
    "interview-invite", "en-CA", "ats", "bamboohr; confirmation", vendor="bamboohr", brand="Maple Ridge Credit Union",
    table=[("Date", "Tuesday, November 17"), ("Time", "10:00 AM MT"), ("Format", "Microsoft Teams")]),
oth("journal-paper-rejected", "Journal of Media Analytics <em@editorialmanager.example>",
    "Decision on manuscript JMA-2026-0219",
    """Dear Sam Taylor,

Thank you for submitting your manuscript, "Attention decay in mobile news audiences", to the Journal of Media Analytics.

I regret to inform you that, following peer review, we are unable to accept your manuscript for publication. The reviewers' comments are included below and I hope you find them helpful.

Reviewer 1: The dataset is interesting but the causal claims in section 4 are not supported.

Yours sincerely,
Prof. Helen Armitage
Editor-in-Chief""",
    "non-job-refusal", "en-GB", "ats", "paper rejected via editorial system", vendor="plain", brand="Journal of Media Analytics"),
# ---------------- personal ----------------
oth("recruiter-pitch-other-team", "Dov Shapiro <dov.shapiro@lionfish.example>",
    "Another team at Lionfish?",
    """Hi Sam,

I'm a recruiter on the Lionfish Security platform team. I saw you're in process with my colleague Noa for the PM role and didn't want to step on toes, but I'm also hiring a Lead Product Analyst for our Threat Intel group and your background looks like a great fit.

No pressure at all - would you be open to a 20 minute chat next week, alongside your current process?

Dov Shapiro
Technical Recruiter, Lionfish Security
+972 54 555 0198""",
    "pitch", "en-IL", "personal", "recruiter pitching different team while another process is live"),
oth("tessellate-final-panel", "Rachel Ortiz <rachel.ortiz@tessellate.example>",
    "Take-home - next steps",
    """Hi Sam,

Thanks for sending the take-home back. The reviewers were impressed - especially with how you handled late-arriving events, which trips up most candidates.

We'd love to bring you in for the final panel for the Staff Analytics Engineer role. Karen from recruiting will reach out to schedule.

Rachel""",
    "next-round", "en-US", "personal", "hiring manager after take-home; positive"),
oth("followup-still-interviewing", "Sophie Turner <sophie.turner@brambleway.example>",
    "Re: Head of Data & Insights - any news?",
    """Hi Sam,

Not at all - we haven't gone with anyone yet! Apologies for the radio silence, our CFO has been travelling. We'd actually love to get you in for a second interview. Could you do Tuesday 10th at 11:00 at our Holborn office?

Best,
Sophie

Sophie Turner | Talent Lead | Brambleway Retail

On Mon, 2 Nov 2026 at 08:55, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Sophie,
>
> I hope you're well. I haven't heard back since my interview for the Head of
> Data & Insights role a few weeks ago - have you gone with another
> candidate? No problem if so, I'd just appreciate knowing.
>
> Thanks,
> Sam""",
    "follow-up-reply", "en-GB", "personal", "Sam asks 'gone with another candidate?'; answer is an invite", parent=True, client_html=True),
oth("sam-withdrew-keep-in-touch", "Ben Adeyemi <ben@fernhillrobotics.example>",
    "Re: Withdrawing from the process",
    """Hi Sam,

No need to apologise at all - thanks for letting me know so quickly, and congrats on the new role! We'd love to keep in touch, and if things ever change, my door is open.

Best,
Ben

On Tue, 17 Nov 2026 at 19:20, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ben,
>
> I'm really sorry to do this late in the process, but I've accepted
> another offer and would like to withdraw from the Analytics Lead process.
> Thank you for everything.
>
> Sam""",
    "follow-up-reply", "en-US", "personal", "Sam withdrew; company reply", parent=True),
oth("offer-negotiation", "Priya Raman <priya.raman@halyardfintech.example>",
    "Re: Offer - Head of Product Analytics",
    """Hi Sam,

Thanks for the call earlier. I've spoken to Tom and the finance team. Unfortunately we can't move on the bonus percentage, as that's set at band level, but we can increase the base to GBP 98,000 and add a GBP 5,000 sign-on bonus.

Let me know your thoughts - we'd really love to have you on board.

Priya

Priya Raman | Senior Talent Partner | Halyard Fintech""",
    "offer", "en-GB", "personal", "offer negotiation; 'unfortunately we can't' about bonus", parent=True),
oth("colleague-about-candidates", "Priyanka Shah <priyanka.shah@example.org>",
    "Junior analyst shortlist",
    """Hi Sam,

I've let the four we're not progressing know - Jordan, Leo, Mira and Chris. Unfortunately Mira wasn't too pleased and asked for feedback, so I'll draft something for you to look over.

The two we're moving forward (Aisha and Kwame) are booked in for Thursday. Can you send me the case study pack by Wednesday?

Thanks,
Priyanka
Calder Street Media | People Team""",
    "owner-hiring", "en-GB", "personal", "colleague at example.org about candidates Sam rejected"),
oth("sam-sent-rejection", "Sam Taylor <sam.taylor@example.org>",
    "Your application - Junior Data Analyst (Insights)",
    """Hi Leo,

Thank you for applying for the Junior Data Analyst role at Calder Street Media and for the time you spent on the screening call.

I'm sorry to say that we won't be taking your application further this time. We had a very strong field, and we've decided to move forward with candidates whose SQL experience more closely matched what the team needs.

I wish you every success with your search.

Best wishes,
Sam

Sam Taylor
Head of Insights, Calder Street Media""",
    "owner-hiring", "en-GB", "personal", "Sam's own sent rejection to a candidate", to="Leo Marsh <leo.marsh@mailbox.example>"),
oth("declined-meeting", "Tom Hughes <tom.hughes@example.org>",
    "Declined: Q4 analytics roadmap review @ Thu 12 Nov 2026 14:00 - 15:00 (GMT)",
    """Tom Hughes has declined this invitation.

Sorry Sam - clashing with the board prep. Can we move it to Friday?""",
    "non-job-refusal", "en-GB", "personal", "declined calendar invite from colleague", wrap=False),
oth("declined-offer-by-candidate", "Kwame Asante <kwame.asante@mailbox.example>",
    "Re: Offer - Junior Data Analyst",
    """Dear Sam,

Thank you so much for the offer and for the time you and Priyanka spent with me. After a lot of thought, I've decided to decline, as I've accepted a role closer to home.

I really hope our paths cross again.

Kind regards,
Kwame""",
    "owner-hiring", "en-GB", "personal", "candidate declines Sam's offer", parent=True),
oth("letting-agent-other-applicant", "Aoife Kelly <aoife@kellylettings.example>",
    "Re: Viewing - Apt 4, 12 Mount Street",
    """Hi Sam,

Thanks for coming to the viewing on Saturday and for sending your references so quickly. I'm sorry to say the landlord has decided to go with another applicant for Apt 4.

I have a two-bed in Ranelagh coming up in December, would you like me to send you the details?

Aoife
Kelly Lettings, Dublin 2
087 555 0144""",
    "non-job-refusal", "en-IE", "personal", "flat rental: 'go with another applicant'", parent=True),
oth("grant-declined", "Dr. Ruth Adler <radler@civicdatafund.example>",
    "Civic Data Fund - Calder Street Media proposal",
    """Dear Sam,

Thank you for Calder Street Media's proposal to the Civic Data Fund's 2027 round, "Open local election data for newsrooms".

I am sorry to let you know that the panel was unable to fund your proposal in this round. Competition was intense: we received 214 applications and funded 11.

Our panel did note the strength of your data partnership plan, and we would encourage you to apply again in the spring round.

Warm regards,
Ruth Adler
Programme Officer, Civic Data Fund""",
    "non-job-refusal", "en-US", "personal", "grant declined for Sam's employer"),
oth("still-deciding", "Hamish Grant <hamish.grant@pacificcrest.example>",
    "Manager, Data Analytics - timing",
    """Hi Sam,

Just a quick note so you're not left wondering. We haven't made a decision on the Manager, Data Analytics role yet - the hiring manager has been on leave and the role is on hold until she's back on the 23rd. You're still very much in the running and we'll come back to you the week after.

Thanks for your patience,
Hamish

Hamish Grant
Talent Acquisition Partner, Pacific Crest Bank
0412 555 087""",
    "still-deciding", "en-AU", "personal", "'on hold' but explicitly still deciding, Sam still in the running"),
oth("cfo-final-round", "Ruth Goldberg <ruth@shekelplan.example>",
    "Next stage - meeting our CFO",
    """Hi Sam,

Good news - following your interview with Eitan, we'd like to move you to the final round for the FP&A Lead role. It's a 45 minute conversation with Dana, our CFO, at our Herzliya office.

Could you do Sunday or Monday next week? We're flexible on time.

Best,
Ruth
ShekelPlan | People & Talent""",
    "next-round", "en-IL", "personal", "Israeli scale-up; progress notice"),
oth("kenya-recruiter-hedged-ack", "Achieng Odhiambo <achieng@talentbridge-ke.example>",
    "Re: CV - Analytics Lead opportunity",
    """Hi Sam,

Thank you for sending your CV. I'll share it with the client (a pan-African insurer) this afternoon for the Analytics Lead role.

They usually take about a week to give feedback. If they don't move forward, I'll let you know either way - I never leave candidates hanging.

Regards,
Achieng
TalentBridge Kenya | +254 722 555 014""",
    "acknowledgement", "en-KE", "personal", "agency acknowledgement with hedge", parent=True),
oth("friend-referral", "Jamie Okafor <jamie.okafor@gmail.example>",
    "passed your CV on",
    """Hey Sam!

Sent your CV to our hiring manager for the data PM role at Orbitfold this morning. She said she'd get the recruiter to reach out. The last person I referred didn't get anywhere, but honestly you're a much better fit so fingers crossed!

Pint soon?
J""",
    "referral", "en-GB", "personal", "friend referral; 'didn't get anywhere' about someone else", wrap=False),
oth("cfp-panel-instead", "Laura Mitchell <laura@newsdatasummit.example>",
    "Your talk proposal for News Data Summit",
    """Hi Sam,

Thanks so much for proposing a talk for the News Data Summit in Toronto. Sadly we couldn't fit it into the main programme this year - we had far more great submissions than slots.

That said, we'd love you to chair our panel on audience metrics. It's 45 minutes on day two, with travel covered. Would you be up for it?

Best,
Laura
Programme Lead, News Data Summit""",
    "non-job-refusal", "en-CA", "personal", "talk not accepted; panel offered instead"),
oth("agency-client-wants-you", "Marcus Lim <marcus.lim@hartwellsearch.example>",
    "Good news from Ridgeback Insurance",
    """Hi Sam,

Quick one - Ridgeback Insurance have rejected the rest of the shortlist for the Head of Pricing Analytics role, but they want to meet you. First interview would be with their Chief Actuary next Wednesday.

Can I confirm 3pm?

Marcus

Marcus Lim
Principal Consultant, Financial Services
Hartwell Search Pte Ltd""",
    "interview-invite", "en-SG", "personal", "agency; 'rejected' about other candidates"),
oth("short-ack", "Seán Daly <sean.daly@copperleaf.example>",
    "Re: Case study submission",
    """Got it, thanks Sam - will pass to the panel and be in touch by Friday.

Seán""",
    "acknowledgement", "en-IE", "personal", "very short acknowledgement", parent=True),
oth("singapore-offer-letter", "Tan Wei Ling <weiling.tan@lumengrid.example>",
    "Offer of Employment - Lead Product Analyst",
    """Dear Sam,

Further to your interviews, we are pleased to offer you the position of Lead Product Analyst at Lumen Grid Pte Ltd, reporting to Arjun Mehta, VP Product.

Please find the formal offer letter attached. We would be grateful if you could confirm your acceptance by 27 November. Unfortunately we are unable to hold the offer open beyond that date because of a client launch in January.

We're so excited to have you!

Wei Ling""",
    "offer", "en-SG", "personal", "offer letter; 'unfortunately unable' about deadline",
    attach=[("Offer_Letter_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4 placeholder")]),
oth("client-chose-another-agency", "Greg Lawson <greg.lawson@harbourtea.example>",
    "Re: Calder Street Media - audience research proposal",
    """Hi Sam,

Thanks again to you and the team for the pitch last week. It was a tough call, but we've decided to go with another agency for the 2027 audience research project, mainly on budget.

We really liked your approach to the panel design and would be happy to keep you on the roster for smaller pieces of work.

Best,
Greg

Greg Lawson
Marketing Director, Harbour Tea Co.""",
    "non-job-refusal", "en-GB", "personal", "Sam's employer's pitch declined by a client", parent=True),
]
