"""The 40 rejections of blind set en13, as data (written for this set)."""

AUTO = {"Auto-Submitted": "auto-generated"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}


def R(**kw):
    kw["label"] = "rejection"
    return kw


MESSAGES = [
# ---------------------------------------------------------------- ATS (20)
R(slug="brightline-greenhouse-standard", cat="ats-automated", style="ats", variant="en-US", vendor="greenhouse",
  brand="Brightline Health", frm="Brightline Health <no-reply@us.greenhouse-mail.io>",
  subject="Your application to Brightline Health", headers=AUTO,
  exp=("", "", "Brightline Health", "Senior Content Marketing Manager"), notes="greenhouse; most-common-template; verdict second paragraph",
  about="About Brightline Health: we build virtual care tools used by 2,000+ clinics across North America.",
  text="""Hi Sam,

Thank you for your interest in Brightline Health and for taking the time to apply for our Senior Content Marketing Manager position.

We appreciate the opportunity to review your application. After careful consideration, we have decided to move forward with other candidates whose qualifications more closely match the needs of this role.

We encourage you to keep an eye on our [[careers page]] and apply for future roles that match your skills and experience.

We wish you the best of luck in your search.

Best regards,
The Brightline Health Recruiting Team"""),

R(slug="quillpay-lever-recruiter", cat="ats-automated", style="ats", variant="en-CA", vendor="lever",
  brand="Quillpay", frm="Nadia Okafor <no-reply@hire.lever.co>", reply_to="Nadia Okafor <nadia.okafor@quillpay.example>",
  subject="Quillpay | Brand Marketing Lead", headers=AUTO,
  exp=("nadia.okafor@quillpay.example", "Nadia", "Quillpay", "Brand Marketing Lead"), notes="lever; reply-to recruiter; after phone screen",
  text="""Hi Sam,

Thanks so much for chatting with me last week about the Brand Marketing Lead role here at Quillpay, and for your patience while we worked through our process.

We've decided not to move forward with your application at this time. This was a tough call - we had a strong group of candidates and only one opening.

I'd love to stay in touch, and I'll reach out if something comes up that's a closer fit.

All the best,
Nadia Okafor
Talent Partner, Quillpay"""),

R(slug="harcourt-workday-h2t", cat="ats-automated", style="ats", variant="en-GB", vendor="workday", h2t=True,
  brand="Harcourt & Vale Bank", frm="Harcourt & Vale Careers <harcourtvale@myworkday.com>",
  subject="Your application for Communications Manager - R0048213", headers=AUTO,
  exp=("", "", "Harcourt & Vale Bank", "Communications Manager"), notes="workday; html-to-text plain part; not successful on this occasion",
  about="Harcourt & Vale Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA. Registered in England and Wales no. 00421877.",
  text="""Dear Sam Taylor,

Reference: R0048213 Communications Manager

Thank you for applying for the role of Communications Manager with Harcourt & Vale Bank.

We have now carefully reviewed your application against the requirements of the role. Unfortunately, on this occasion your application has not been successful and we will not be taking it any further.

We receive a high volume of applications and are unable to provide individual feedback at this stage of the process.

We would encourage you to continue to search and apply for roles on our [[Careers Site]] and to set up job alerts so that you are notified of future opportunities.

Kind regards,

Talent Acquisition
Harcourt & Vale Bank"""),

R(slug="meridianretail-workday-status", cat="ats-automated", style="ats", variant="en-US", vendor="workday", html_only=True,
  brand="Meridian Outfitters", frm="Meridian Outfitters <meridianoutfitters@myworkday.com>",
  subject="Update to your job application", headers=AUTO,
  table=[("Job Requisition", "JR-20931 Social Media Manager"), ("Location", "Columbus, OH (Hybrid)"), ("Status", "Not Selected")],
  exp=("", "", "Meridian Outfitters", "Social Media Manager"), notes="workday; html-only; status table; verdict only in table",
  text="""Hello Sam,

There has been an update to your application with Meridian Outfitters. Please see the details below.

{table}

You can review all of your applications at any time by signing in to your [[Candidate Home]] account.

Thank you for your interest in Meridian Outfitters.

Meridian Outfitters Talent Acquisition"""),

R(slug="lumina-smartrecruiters-sg", cat="ats-automated", style="ats", variant="en-SG", vendor="smartrecruiters",
  brand="Lumina Asia Pacific", frm="Lumina Asia Pacific <noreply@smartrecruiters.com>",
  subject="Regarding your application for Regional Marketing Manager, APAC", headers=AUTO,
  exp=("", "", "Lumina Asia Pacific", "Regional Marketing Manager, APAC"), notes="smartrecruiters; singapore; regret to inform",
  about="Lumina Asia Pacific Pte. Ltd. (UEN 201812345K), 8 Marina View, Singapore 018960.",
  text="""Dear Sam,

Thank you for your application for the position of Regional Marketing Manager, APAC at Lumina Asia Pacific.

After careful review, we regret to inform you that we will not be proceeding with your application. We truly appreciate the time and effort you have invested in applying with us.

Your personal data will be retained in accordance with the Personal Data Protection Act 2012 and our [[Privacy Statement]].

We wish you every success in your career.

Warm regards,
Talent Acquisition Team
Lumina Asia Pacific"""),

R(slug="trident-successfactors-india", cat="ats-automated", style="ats", variant="en-IN", vendor="successfactors",
  brand="Trident Infotech", frm="Trident Infotech Careers <careers-noreply@successfactors.eu>",
  subject="Application Status - Marketing Communications Lead (Job ID 77120)", headers=AUTO,
  exp=("", "", "Trident Infotech", "Marketing Communications Lead"), notes="successfactors; india; not shortlisted",
  text="""Dear Sam Taylor,

Greetings from Trident Infotech!

Thank you for your interest in the Marketing Communications Lead position (Job ID 77120) at our Bengaluru office.

We have reviewed your profile carefully. We regret to inform you that your profile has not been shortlisted for the next stage of the selection process.

Your profile will remain in our talent database and we may contact you should a suitable opening arise in future.

Thanks & Regards,
Talent Acquisition Group
Trident Infotech Limited"""),

R(slug="hollis-icims-filled", cat="ats-automated", style="ats", variant="en-US", vendor="icims",
  brand="Hollis Home Goods", frm="Hollis Home Goods Careers <careers@talent.icims.com>",
  subject="Hollis Home Goods - Manager, Content Strategy", headers=AUTO,
  exp=("", "", "Hollis Home Goods", "Manager, Content Strategy"), notes="icims; position has been filled; eeo footer",
  text="""Dear Sam,

Thank you for your interest in the Manager, Content Strategy position at Hollis Home Goods.

We wanted to let you know that the position has been filled. We appreciate the time you took to apply and to learn about our company.

We will keep your information on file, and we encourage you to visit our [[job search]] page often and apply for other positions that interest you.

Sincerely,
Hollis Home Goods Talent Acquisition"""),

R(slug="northbank-taleo-bilingual", cat="ats-automated", style="ats", variant="en-CA", vendor="taleo", lang="en",
  brand="Northbank Financial", frm="Northbank Financial <northbank@taleo.net>",
  subject="Northbank Financial - Manager, Brand Content (2600417) / Gestionnaire, contenu de marque", headers=AUTO,
  exp=("", "", "Northbank Financial", "Manager, Brand Content"), notes="taleo; bilingual en/fr (Canada); french version second; selected other candidates",
  text="""Dear Sam Taylor,

Thank you for your interest in the Manager, Brand Content (2600417) position with Northbank Financial.

We have reviewed your application and, while your qualifications are impressive, we have selected other candidates whose background more closely meets the requirements of the position.

We invite you to continue to visit our [[careers site]] for future opportunities.

Sincerely,
Talent Acquisition, Northbank Financial

---

Bonjour Sam Taylor,

Nous vous remercions de l'intérêt que vous portez au poste de Gestionnaire, contenu de marque (2600417) chez Northbank Financial.

Après examen de votre candidature, nous avons retenu d'autres candidats dont le profil correspond davantage aux exigences du poste.

Nous vous invitons à consulter régulièrement notre site carrières.

Cordialement,
Acquisition de talents, Northbank Financial"""),

R(slug="fernhill-teamtailor-retention", cat="keep-on-file", style="ats", variant="en-IE", vendor="teamtailor",
  brand="Fernhill Studios", frm="Fernhill Studios <notifications@teamtailor.com>", reply_to="Aoife at Fernhill <aoife.brennan@fernhill.example>",
  subject="Your application for Content Lead at Fernhill Studios", headers=AUTO, button="Yes, keep my details",
  exp=("aoife.brennan@fernhill.example", "Aoife", "Fernhill Studios", "Content Lead"), notes="teamtailor; gdpr retention question; casual; verdict then data question",
  text="""Hi Sam,

Thanks a million for applying for the Content Lead role with us and for your patience.

We've had a huge response, and after going through everything we've decided to go with other candidates this time. We know that's not the news you were hoping for.

We'd love to keep your details on file for 12 months in case something suitable comes up. If that's OK with you, just click the button below - otherwise we'll delete your data in line with GDPR after 30 days.

Best of luck with the search!

Aoife
People & Culture, Fernhill Studios"""),

R(slug="kettlewerk-personio-dublin", cat="ats-automated", style="ats", variant="en-nonnative", vendor="personio",
  brand="Kettlewerk GmbH", frm="Kettlewerk GmbH <no-reply@jobs.personio.de>",
  subject="Your application as Content Marketing Manager (m/f/d) - Dublin", headers=AUTO,
  exp=("", "", "Kettlewerk", "Content Marketing Manager (m/f/d)"), notes="personio; german footer; non-native english; consider further",
  text="""Dear Sam Taylor,

thank you very much for your application as Content Marketing Manager (m/f/d) for our Dublin office and the interest in Kettlewerk.

We have looked at your documents in detail. Unfortunately we have decided not to consider your application further in the ongoing selection process. Please do not see this as a judgement of your qualifications - we had many applications and the decision was not easy for us.

Your documents will be deleted after six months in line with data protection regulations.

We wish you all the best for your future career.

Kind regards
Your Kettlewerk Recruiting Team"""),

R(slug="saltbush-workable-au", cat="ats-automated", style="ats", variant="en-AU", vendor="workable",
  brand="Saltbush Energy", frm="Saltbush Energy <noreply@candidates.workablemail.com>",
  subject="Thanks for applying to Saltbush Energy", headers=AUTO,
  exp=("", "", "Saltbush Energy", "Marketing & Communications Manager"), notes="workable; australia; won't be taking further; verdict at end",
  text="""Hi Sam,

Thank you for applying for the Marketing & Communications Manager role at Saltbush Energy. We're a small team on a big mission - helping 40,000 Australian households get off the grid - and we've been blown away by the number of people who want to be part of it.

Every application was read by a real person on our team. We looked closely at your experience against what we need right now, which is someone with a strong background in energy or utilities regulation as well as brand.

With that in mind, we won't be taking your application further.

Cheers,
The Saltbush Energy team"""),

R(slug="vanderhoek-recruitee-match", cat="ats-automated", style="ats", variant="en-nonnative", vendor="recruitee",
  brand="Van der Hoek Media", frm="Van der Hoek Media <jobs@mail.recruitee.com>", reply_to="Lotte de Graaf <lotte@vanderhoekmedia.example>",
  subject="Re: Your application - Editorial Marketing Manager (London)", headers=AUTO,
  exp=("lotte@vanderhoekmedia.example", "Lotte", "Van der Hoek Media", "Editorial Marketing Manager"), notes="recruitee; dutch company in london; doesn't match closely enough; dutch sign-off",
  text="""Dear Sam,

Thank you for your application for the position of Editorial Marketing Manager in our London team.

We have read your CV and motivation with interest. However, your profile doesn't match closely enough with what we are looking for in this role, in particular the experience with Dutch- and German-language markets.

We therefore will not invite you for an interview. We thank you for your interest in Van der Hoek Media and wish you success in your search.

Met vriendelijke groet / Kind regards,

Lotte de Graaf
Recruiter | Van der Hoek Media"""),

R(slug="ostrava-bamboohr-closed-req", cat="role-cancelled", style="ats", variant="en-US", vendor="bamboohr",
  brand="Ostrava Coffee Co.", frm="Ostrava Coffee Co. <notifications@app.bamboohr.com>",
  subject="An update on the Marketing Manager position", headers=AUTO,
  exp=("", "", "Ostrava Coffee Co.", "Marketing Manager"), notes="bamboohr; requisition closed; not filling",
  text="""Hi Sam,

Thank you for applying for the Marketing Manager position at Ostrava Coffee Co.

We wanted to let you know that we have closed this requisition and will not be filling the position at this time. This decision was based on changes to our business needs and is not a reflection of your qualifications.

We appreciate your interest in Ostrava Coffee Co. and hope you'll consider applying for future openings.

Best,
Ostrava Coffee Co. Hiring Team"""),

R(slug="seek-employer-not-progressing", cat="job-board-relay", style="ats", variant="en-AU", vendor="seek",
  brand="SEEK", frm="SEEK <noreply@s.seek.com.au>",
  subject="An update on your application for Digital Content Manager", headers=BULK,
  exp=("", "", "Tasman Wines Group", "Digital Content Manager"), notes="seek; job-board relay; bulk headers; employer not progressing",
  text="""Hi Sam,

Tasman Wines Group has reviewed your application for Digital Content Manager and has decided not to progress it any further.

We know this can be disappointing. There are thousands of jobs on SEEK - here are some roles similar to the one you applied for:

- Content Marketing Specialist - Carrington Partners - Sydney NSW
- Digital Producer - Harbour Health - Parramatta NSW
- Communications Advisor - NSW Government - Sydney NSW

[[View similar jobs]]

Good luck with your search,
The SEEK team"""),

R(slug="linkedin-easy-apply-india", cat="job-board-relay", style="ats", variant="en-IN", vendor="linkedin",
  brand="LinkedIn", frm="LinkedIn <jobs-noreply@linkedin.com>",
  subject="Your application to Content Strategy Manager at Zephyr Retail", headers=BULK,
  exp=("", "", "Zephyr Retail", "Content Strategy Manager"), notes="linkedin; easy apply; bulk headers; short",
  text="""Your update from Zephyr Retail

Sam, thank you for your interest in the Content Strategy Manager position at Zephyr Retail in Mumbai, Maharashtra, India. Unfortunately, Zephyr Retail has decided not to proceed with your application.

Here are some tips to help with your job search:
- Keep your profile up to date
- Try [[Jobs you may be interested in]]

Top jobs for you: Content Lead - Bengaluru; Brand Manager - Pune"""),

R(slug="indeed-employer-update-za", cat="job-board-relay", style="ats", variant="en-ZA", vendor="indeed",
  brand="Indeed", frm="Indeed <donotreply@match.indeed.com>",
  subject="An update on your application to Karoo Logistics", headers=BULK,
  exp=("", "", "Karoo Logistics", "Marketing Manager"), notes="indeed; south africa; employer message relayed; bulk headers",
  text="""Sam, an update on your application

Karoo Logistics sent you a message about Marketing Manager - Johannesburg, Gauteng:

"Thank you for applying to Karoo Logistics. We have received a large number of applications and, after careful consideration, we will not be moving forward with your application. We wish you success in your job search."

[[View your applications]]

Jobs you may like: Brand Manager - Sandton; Marketing Coordinator - Midrand"""),

R(slug="pinecrest-ashby-after-interviews", cat="personal-after-interview", style="ats", variant="en-US", vendor="ashby",
  brand="Pinecrest Software", frm="Marcus Hale <no-reply@ashbyhq.com>", reply_to="Marcus Hale <marcus@pinecrest.example>",
  subject="Following up - Pinecrest Software", headers=AUTO,
  exp=("marcus@pinecrest.example", "Marcus", "Pinecrest Software", "Head of Content"), notes="ashby; after onsite; template with recruiter name",
  text="""Hi Sam,

Thank you for taking the time to interview with the Pinecrest Software team for the Head of Content role. We really enjoyed getting to know you and learning more about your work at Calder Street Media.

After a lot of discussion, we've decided to move forward with another candidate whose experience more closely aligns with what we need at this stage.

We know how much effort goes into an interview process like ours, and we're grateful you spent that time with us. If you'd like brief feedback, just reply and I'll set up 15 minutes.

Best,
Marcus Hale
Recruiting, Pinecrest Software"""),

R(slug="coldharbour-greenhouse-exercise", cat="after-assessment", style="ats", variant="en-GB", vendor="greenhouse",
  brand="Coldharbour Games", frm="Coldharbour Games <no-reply@greenhouse-mail.io>",
  subject="Coldharbour Games: Senior Copywriter - written exercise", headers=AUTO,
  exp=("", "", "Coldharbour Games", "Senior Copywriter"), notes="greenhouse; after take-home; progressing",
  text="""Hi Sam,

Thank you for completing the written exercise for the Senior Copywriter role. We know these tasks take time and we really appreciate the effort you put in.

The panel has now reviewed all submissions. We're sorry to say we won't be progressing your application to the next stage on this occasion.

We received a lot of strong work, and the decision came down to fine margins around tone-of-voice experience in games.

Thanks again, and all the best,
Coldharbour Games Talent Team"""),

R(slug="amandla-successfactors-keep-cv", cat="keep-on-file", style="ats", variant="en-ZA", vendor="successfactors",
  brand="Amandla Mutual", frm="Amandla Mutual Recruitment <recruitment-noreply@successfactors.eu>",
  subject="Amandla Mutual: Brand Communications Specialist (Ref 31877)", headers=AUTO,
  exp=("", "", "Amandla Mutual", "Brand Communications Specialist"), notes="successfactors; south africa; popia paragraph; unsuccessful on this occasion; keep cv 6 months",
  about="Amandla Mutual is an authorised financial services provider (FSP 1234). Amandla Mutual is committed to employment equity; preference will be given to candidates from designated groups in line with our EE plan.",
  text="""Dear Sam

Thank you for your interest in the Brand Communications Specialist (Ref 31877) position with Amandla Mutual.

We have received an overwhelming response to this vacancy. Although your application was unsuccessful on this occasion, we would like to keep your CV on our database for a period of six months for consideration for other suitable positions.

In terms of the Protection of Personal Information Act (POPIA), your information will only be used for recruitment purposes. If you would prefer us to remove your information, please [[update your consent]].

Kind regards
Amandla Mutual Talent Acquisition"""),

R(slug="greatlakes-jobvite-on-hold", cat="role-cancelled", style="ats", variant="en-US", vendor="jobvite",
  brand="Great Lakes Medical", frm="Great Lakes Medical <noreply@jobvite.com>",
  subject="Position update: Marketing Content Manager", headers=AUTO,
  exp=("", "", "Great Lakes Medical", "Marketing Content Manager"), notes="jobvite; position put on hold; closing all applications",
  text="""Dear Sam,

Thank you for your interest in the Marketing Content Manager position with Great Lakes Medical.

We are writing to let you know that this position has been put on hold indefinitely. As a result, we are closing all applications for the role, including yours.

Should the position be reopened in the future, it will be reposted on our [[careers site]] and we would welcome your application at that time.

Thank you for considering Great Lakes Medical as a place to build your career.

Human Resources
Great Lakes Medical"""),

# ---------------------------------------------------------------- personal (20)
R(slug="terse-recruiter-another-direction", cat="terse", style="personal", variant="en-US",
  frm="Jess Romano <jess.romano@tallgrass.example>", subject="Re: Content Marketing Manager - next steps",
  parent=True, parent_domain="mail.example.org",
  exp=("jess.romano@tallgrass.example", "Jess", "Tallgrass", "Content Marketing Manager"), notes="two-line recruiter note; reply to Sam's chaser",
  text="""Hi Sam,

Thanks for your time last week. The team decided to go another direction for this role - appreciate you interviewing with Tallgrass and best of luck!

Jess

On Mon, Oct 12, 2026 at 9:14 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Jess, just checking in on the Content Marketing Manager role - any
> news from the team? Thanks, Sam"""),

R(slug="hiring-manager-final-round-uk", cat="personal-after-interview", style="personal", variant="en-GB", client_html=True,
  frm="Rachel Osei <rachel.osei@wrenfield.example>", subject="Head of Brand - thank you",
  exp=("rachel.osei@wrenfield.example", "Rachel", "Wrenfield", "Head of Brand"), notes="hiring manager; after final round; long; verdict in the middle; feedback",
  text="""Dear Sam,

I wanted to write to you personally rather than have this come through the recruitment team, as you gave us so much of your time over the last few weeks - three conversations and a presentation to the leadership team is a big ask.

First, the positives, because there were plenty. Your presentation on the audience strategy for our membership product was the clearest we saw, and several people on the panel commented on how well you handled the questions about measurement.

Having said that, we have decided to offer the Head of Brand role to another candidate. In the end it came down to experience of leading a rebrand end to end, which the other finalist had done twice, and which is the first big project on the desk here.

I know that's disappointing after getting so far, and I'm sorry the news isn't better. If it would help to talk through the feedback in more detail, I'm very happy to have a call - just let me know a time that works.

I genuinely hope our paths cross again.

With best wishes,

Rachel Osei
Chief Marketing Officer
Wrenfield
+44 20 7946 0183"""),

R(slug="agency-call-summary-uk", cat="agency-recruiter", style="personal", variant="en-GB",
  frm="Tom Whitlock <tom.whitlock@bramleysearch.example>", subject="Following our call - Larkspur Insurance",
  exp=("tom.whitlock@bramleysearch.example", "Tom", "Larkspur Insurance", "Content & Campaigns Manager"), notes="agency consultant; call summary email; client = company",
  text="""Hi Sam,

Thanks for picking up earlier, and sorry again to be the bearer of bad news.

Just to put in writing what we discussed: Larkspur Insurance have decided to progress with another candidate for the Content & Campaigns Manager position. Their feedback was that they were really impressed with your content background, but felt another applicant had more direct experience in regulated financial services comms.

As I said on the phone, I think you interviewed really well and this was a close call. I've got a couple of other briefs coming through next week which I think could be a good fit, so I'll be in touch.

Kind regards,

Tom Whitlock
Senior Consultant - Marketing & Communications
Bramley Search
M: +44 7700 900412
www.bramleysearch.example

Bramley Search Ltd is acting as an employment agency in relation to this vacancy. Registered in England No. 09876543."""),

R(slug="agency-phone-confirm-au", cat="agency-recruiter", style="personal", variant="en-AU",
  frm="Kylie Barnes <kylie@harbourtalent.example>", subject="Coastline Property - update",
  exp=("kylie@harbourtalent.example", "Kylie", "Coastline Property", "Marketing Manager"), notes="agency; australia; confirming phone call; second interview",
  text="""Hi Sam,

Just confirming what I mentioned on the phone this arvo - unfortunately Coastline Property won't be moving you forward to the second interview for the Marketing Manager role. They've shortlisted two people with more property development experience.

Thanks heaps for your time on this one. I'll keep you front of mind for anything else that comes across my desk.

Cheers,
Kylie

Kylie Barnes | Principal Consultant
Harbour Talent | 0412 345 678"""),

R(slug="inhouse-reply-above-thread-ie", cat="personal-after-interview", style="personal", variant="en-IE",
  frm="Ciara Nolan <ciara.nolan@liffeyworks.example>", subject="RE: Update on Communications Lead role?",
  parent=True, parent_domain="mail.example.org", parent_depth=2,
  exp=("ciara.nolan@liffeyworks.example", "Ciara", "Liffeyworks", "Communications Lead"), notes="reply above quoted thread; outlook quoting; offered to another candidate who accepted",
  text="""Hi Sam,

Apologies for the delay in getting back to you. Unfortunately we've offered the role to another candidate and they have accepted. I know you put a lot into the process so I'm sorry it's not better news.

Thanks again for your interest in Liffeyworks.

Kind regards,
Ciara

Ciara Nolan | Talent Acquisition Partner | Liffeyworks
T: +353 1 555 0192

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Tuesday, November 3, 2026 10:02 AM
To: Ciara Nolan <ciara.nolan@liffeyworks.example>
Subject: Update on Communications Lead role?

Hi Ciara,

I hope you're well. I just wanted to check in on the Communications Lead role, as it's been two weeks since my final interview. I'm still very interested.

Best,
Sam

-----Original Message-----
From: Ciara Nolan <ciara.nolan@liffeyworks.example>
Sent: Friday, October 16, 2026 4:40 PM
To: Sam Taylor <sam.taylor@example.org>
Subject: Communications Lead - final interview

Hi Sam, great news - the panel would like to meet you for a final interview on Tuesday 20th at 11am. Let me know if that suits."""),

R(slug="terse-sg-not-this-time", cat="terse", style="personal", variant="en-SG",
  frm="Rui Lim <rui.lim@orchidlane.example>", subject="Re: Brand Manager role",
  parent=True, parent_domain="mail.example.org",
  exp=("rui.lim@orchidlane.example", "Rui", "Orchid Lane", "Brand Manager"), notes="very short; sent from phone",
  text="""Hi Sam - unfortunately not this time for the Brand Manager role, the team went with someone with more B2B background. Happy to chat anytime. Thanks for your interest in Orchid Lane.

Rui

Sent from my iPhone"""),

R(slug="india-hr-not-shortlisted-next-round", cat="personal-after-interview", style="personal", variant="en-IN",
  frm="Deepa Iyer <deepa.iyer@sarangtech.example>", subject="Interview Feedback - Content Marketing Manager",
  exp=("deepa.iyer@sarangtech.example", "Deepa", "Sarang Technologies", "Content Marketing Manager"), notes="india; formal HR; after interview; keep resume in database",
  text="""Dear Sam,

Greetings from Sarang Technologies!

Thank you for attending the interview for the position of Content Marketing Manager on 14th October 2026.

We regret to inform you that you have not been shortlisted for the next round of the selection process. The panel appreciated your experience, however they are looking for a candidate with deeper exposure to SaaS demand generation.

We will keep your resume in our database and will get in touch if any suitable opportunity comes up in future.

Wishing you all the best.

Thanks & Regards,
Deepa Iyer
HR - Talent Acquisition
Sarang Technologies Pvt. Ltd.
Mob: +91 98450 12345"""),

R(slug="canada-internal-candidate", cat="internal-candidate", style="personal", variant="en-CA",
  frm="Luc Tremblay <luc.tremblay@maplecrest.example>", subject="Director of Communications - decision",
  exp=("luc.tremblay@maplecrest.example", "Luc", "Maplecrest", "Director of Communications"), notes="hiring manager; internal candidate; canada",
  text="""Hi Sam,

Thanks again for coming in to meet the team on Thursday. I wanted to let you know where we landed.

We've decided to fill the Director of Communications role with an internal candidate who has been acting in the position since the spring. It was a close decision, and it says a lot that you made it to the final two alongside someone who already knows the organisation inside out.

I'd be glad to stay in touch and I'll let you know if anything opens up on the team at Maplecrest.

All the best,
Luc

Luc Tremblay
VP Marketing, Maplecrest
416-555-0148"""),

R(slug="founder-pausing-hire", cat="role-cancelled", style="personal", variant="en-US",
  frm="Dana Whitfield <dana@fablehouse.example>", subject="Re: Head of Marketing chat",
  parent=True, parent_domain="mail.example.org",
  exp=("dana@fablehouse.example", "Dana", "Fablehouse", "Head of Marketing"), notes="founder; hire paused; casual",
  text="""Hey Sam,

Really enjoyed our conversation last week. I owe you an honest update: we've just closed a smaller round than we planned, so we're pausing the Head of Marketing hire for now and I'll be covering marketing myself through Q2.

That means we won't be moving ahead with you (or anyone else) for the role. I'm genuinely sorry - you were top of my list. If things change later in the year I'd love to reconnect.

Dana
CEO, Fablehouse"""),

R(slug="za-position-filled-recruiter", cat="terse", style="personal", variant="en-ZA",
  frm="Thandi Mokoena <thandi.mokoena@capeharvest.example>", subject="Marketing Manager vacancy",
  exp=("thandi.mokoena@capeharvest.example", "Thandi", "Cape Harvest Foods", "Marketing Manager"), notes="south africa; position has been filled; short",
  text="""Good day Sam

Thank you for your interest in the Marketing Manager vacancy at Cape Harvest Foods. Please note that the position has been filled.

We wish you well in your job search.

Regards
Thandi Mokoena
HR Officer | Cape Harvest Foods
Tel: 021 555 0143"""),

R(slug="recruiter-forwards-hm-note", cat="forwarded-about-owner", style="personal", variant="en-GB",
  frm="Priya Shah <priya.shah@greyfriars.example>", subject="Fwd: Feedback - Sam Taylor (Content Director)",
  exp=("priya.shah@greyfriars.example", "Priya", "Greyfriars Publishing", "Content Director"), notes="recruiter forwards hiring manager's decision about Sam; forwarded block",
  text="""Hi Sam,

I'm so sorry - I've just had the note below from Mark after yesterday's final. I wanted you to hear it from me straight away rather than wait until Monday. Happy to talk it through whenever suits.

Priya

Priya Shah | Talent Partner | Greyfriars Publishing | 07700 900 771

---------- Forwarded message ---------
From: Mark Ellery <mark.ellery@greyfriars.example>
Date: Thu, 5 Nov 2026 at 17:52
Subject: Feedback - Sam Taylor (Content Director)
To: Priya Shah <priya.shah@greyfriars.example>

Priya - thanks for organising yesterday. The panel liked Sam a lot, strong on audience and very personable, but we've agreed to go with Hannah for the Content Director role given her books background. Please let Sam know we won't be progressing, and pass on our thanks.

Mark"""),

R(slug="resent-after-bounce-au", cat="personal-after-interview", style="personal", variant="en-AU",
  frm="Greg Donnelly <greg.donnelly@southerncross-uni.example>", subject="Resending: Communications Manager application",
  exp=("greg.donnelly@southerncross-uni.example", "Greg", "Southern Cross University", "Communications Manager"), notes="re-sent after bounce; quoted original below",
  text="""Hi Sam,

Resending this as I got a bounce-back from your old address - apologies if it turns up twice.

Greg

----- Original message -----
Hi Sam,

Thank you for attending the interview for the Communications Manager position at Southern Cross University. The selection panel has now completed its assessment of all applicants.

I'm sorry to advise that you have not been recommended for appointment on this occasion. The panel was impressed with your media experience and you were rated as appointable, however the preferred candidate demonstrated stronger experience in the higher education sector.

Should you wish to receive feedback, please don't hesitate to contact me.

Kind regards,
Greg Donnelly
Manager, Marketing and Communications
Southern Cross University
P: 02 6555 0199"""),

R(slug="hm-typos-from-phone-us", cat="personal-after-interview", style="personal", variant="en-US",
  frm="Brian Kowalski <bkowalski@redpinegroup.example>", subject="re: thanks",
  parent=True, parent_domain="mail.example.org",
  exp=("bkowalski@redpinegroup.example", "Brian", "Red Pine Group", "Content Manager"), notes="hiring manager; typos; phone; reply to thank-you note",
  text="""Sam - thanks for the note and for comming in Tuesday. wanted to give you a heads up before HR sends the formal email, we went with a different candiate for the Content Manager spot. It was close. Youre going to land somewhere great.

Brian

Sent from my Verizon, Samsung Galaxy smartphone
-------- Original message --------
From: Sam Taylor <sam.taylor@example.org>
Subject: thanks
Brian, thank you for your time on Tuesday - I really enjoyed hearing about Red Pine Group's plans for the new editorial hub. Sam"""),

R(slug="case-study-not-final-stage-uk", cat="after-assessment", style="personal", variant="en-GB",
  frm="Hollie Grant <hollie.grant@sableandco.example>", subject="Case study feedback - Senior Content Strategist",
  exp=("hollie.grant@sableandco.example", "Hollie", "Sable & Co", "Senior Content Strategist"), notes="after case study; won't be taking forward; feedback bullets",
  text="""Hi Sam,

Thank you for submitting your case study for the Senior Content Strategist role at Sable & Co, and for presenting it to Ed and Maya on Friday.

The team have now reviewed all of the case studies, and I'm afraid we won't be taking you forward to the final stage. Some feedback from the panel:

- the audience research section was excellent and really well evidenced
- they felt the channel plan needed more detail on paid distribution
- the budget assumptions were a little light

I hope that's useful. Thanks again for all the effort you put in.

Best wishes,
Hollie Grant
Talent Acquisition Manager | Sable & Co"""),

R(slug="agency-client-feedback-sg", cat="agency-recruiter", style="personal", variant="en-SG",
  frm="Marcus Tan <marcus.tan@straitsexec.example>", subject="Client feedback - Verdant Capital",
  exp=("marcus.tan@straitsexec.example", "Marcus", "Verdant Capital", "Head of Content & Brand"), notes="agency; client feedback heading; singapore",
  text="""Hi Sam,

Hope you had a good weekend.

I've received feedback from Verdant Capital on the Head of Content & Brand role. They have decided not to proceed with your candidacy, citing that they need someone with a stronger network in Southeast Asian financial media.

I know you were keen on this one. Let's catch up over coffee next week - there are a few mandates I'd like to run past you.

Best regards,
Marcus Tan
Associate Director | Straits Executive Search
EA Licence No. 16C8123 | Reg No. R1981234
+65 9123 4567"""),

R(slug="long-praise-verdict-middle-ie", cat="personal-after-interview", style="personal", variant="en-IE", client_html=True,
  frm="Niamh Gallagher <niamh.gallagher@atlanticreach.example>", subject="Marketing Communications Manager - Atlantic Reach",
  exp=("niamh.gallagher@atlanticreach.example", "Niamh", "Atlantic Reach", "Marketing Communications Manager"), notes="long letter; praise before and after; difficult decision to offer to another",
  text="""Dear Sam,

Thank you so much for meeting with myself and Conor last Wednesday, and for the thought you put into the campaign review. We both came away from the conversation with a real sense of your energy and your ideas about how we could reach more of our members in the west.

We've now finished the interviews for the Marketing Communications Manager role. It was a genuinely strong field and the conversations were some of the best we've had in a long time.

We've made the difficult decision to offer the position to another candidate, whose experience in the charity sector gave them the edge for this particular role.

I'd like to say that this was not an easy choice, and that we would be delighted to hear from you if you see other roles with Atlantic Reach in future. I'd also be happy to pass on more detailed feedback if you'd find it useful.

Le gach dea-ghuí,

Niamh Gallagher
Head of Marketing
Atlantic Reach
+353 91 555 017"""),

R(slug="hm-restructure-on-hold-au", cat="role-cancelled", style="personal", variant="en-AU",
  frm="Steph Nguyen <steph.nguyen@bluegumhealth.example>", subject="Content Manager role - update",
  exp=("steph.nguyen@bluegumhealth.example", "Steph", "Bluegum Health", "Content Manager"), notes="role on hold due to restructure; not proceeding with any candidates",
  text="""Hi Sam,

I wanted to let you know that the Content Manager role at Bluegum Health has been put on hold following an organisational restructure announced this week. Unfortunately this means we won't be proceeding with any candidates at this stage.

I'm really sorry about the timing, especially as you were through to the final stage. If the role is re-opened next year, I'll reach out to you directly.

Thanks for your understanding,
Steph

Steph Nguyen
Marketing Director | Bluegum Health
0400 555 221"""),

R(slug="terse-india-closed-internally", cat="internal-candidate", style="personal", variant="en-IN",
  frm="Arjun Mehta <arjun.mehta@kestrelpay.example>", subject="Re: Brand Lead application",
  parent=True, parent_domain="mail.example.org",
  exp=("arjun.mehta@kestrelpay.example", "Arjun", "KestrelPay", "Brand Lead"), notes="two lines; closed internally",
  text="""Hi Sam, the Brand Lead position has been closed internally. Thanks for your time and interest in KestrelPay.

Regards,
Arjun"""),

R(slug="reply-to-thankyou-finalist-ca", cat="personal-after-interview", style="personal", variant="en-CA",
  frm="Meghan Fraser <meghan.fraser@northlightmedia.example>", subject="Re: Thank you - Editorial Director interview",
  parent=True, parent_domain="mail.example.org",
  exp=("meghan.fraser@northlightmedia.example", "Meghan", "Northlight Media", "Editorial Director"), notes="reply to Sam's thank-you note; verdict top; quoted thank-you",
  text="""Hi Sam,

Thanks for your lovely note. I wish I had better news to share - the team has chosen another finalist for the Editorial Director role. I know this isn't what you were hoping to hear, and I want you to know it was a very tight decision.

Please do keep in touch with us at Northlight Media.

Warmly,
Meghan

Meghan Fraser | People Lead | Northlight Media | 604-555-0177

On Fri, Nov 6, 2026 at 8:30 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Meghan,
>
> Thank you for organising yesterday's final interview. I really enjoyed
> meeting the team and hearing about the plans for the newsroom. I'm very
> excited about the Editorial Director role and look forward to hearing
> from you.
>
> Best,
> Sam"""),

R(slug="recruiter-keep-on-file-dutch-disclaimer", cat="keep-on-file", style="personal", variant="en-nonnative", lang="en",
  frm="Sanne Visser <sanne.visser@tulpgroep.example>", subject="Your application Content Manager UK",
  exp=("sanne.visser@tulpgroep.example", "Sanne", "Tulp Groep", "Content Manager UK"), notes="dutch disclaimer footer; not successful on this occasion; keep on file",
  text="""Dear Sam,

Thank you for your interest in the position of Content Manager UK at Tulp Groep and for the pleasant video call last week.

After careful consideration I have to tell you that you were not successful on this occasion. We have chosen a candidate whose experience in the retail sector fits a bit better with the current team.

With your permission I would like to keep your details on file for one year, as we expect to grow the UK team in 2027. Please let me know if you do not agree.

Kind regards,

Sanne Visser
Corporate Recruiter | Tulp Groep
+31 20 555 0123

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht per abuis heeft ontvangen, wordt u verzocht de afzender te informeren en het bericht te verwijderen. Tulp Groep B.V., KvK 12345678."""),
]
