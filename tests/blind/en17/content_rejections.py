"""The 32 rejections of blind set en17 (16 ATS-style, 16 personal). exp = (reply_to, first name, company, role)."""

R = "rejection"
MESSAGES = [
# ---------------------------------------------------------------- ATS (16)
dict(slug="greenhouse-harborline-other-candidates", label=R, cat="ats-automated", style="ats", variant="en-US",
     vendor="greenhouse", brand="Harborline", frm="Harborline Recruiting <no-reply@us.greenhouse-mail.io>",
     subject="Your application to Harborline",
     exp=("", "", "Harborline", "Senior Product Marketing Manager"),
     notes="most ordinary greenhouse wording; team signature",
     text="""Hi Sam,

Thank you for your interest in Harborline and for taking the time to apply for the Senior Product Marketing Manager position.

After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We appreciate your interest in Harborline and encourage you to apply for future openings that match your skills and experience. You can view our open roles at [[harborline.example/careers]].

We wish you the best of luck in your search.

Best,
The Harborline Recruiting Team""",
     about="Harborline builds logistics visibility software for mid-market shippers. Harborline is an equal opportunity employer and values diversity at our company."),

dict(slug="lever-quillfeather-not-moving-forward", label=R, cat="ats-automated", style="ats", variant="en-GB",
     vendor="lever", brand="Quillfeather", frm="Quillfeather <no-reply@hire.lever.co>",
     subject="Quillfeather | Growth Marketing Lead",
     exp=("", "Imogen", "Quillfeather", "Growth Marketing Lead"),
     notes="signed by a named recruiter, no address; verdict in second paragraph",
     text="""Hi Sam,

Thanks so much for applying for the Growth Marketing Lead role at Quillfeather and for your patience while we reviewed applications. We had a really strong response to this one.

Unfortunately, we won't be moving forward with your application at this time. This was a tough decision, and it is in no way a reflection on your talent.

We'll keep your details on file and may be in touch if something comes up that's a better match.

All the best,
Imogen Walsh
Talent Partner, Quillfeather"""),

dict(slug="workday-maplecourt-bilingual-footer", label=R, cat="ats-automated", style="ats", variant="en-CA",
     vendor="workday", brand="Maplecourt Financial", html_only=True,
     frm="Maplecourt Careers <maplecourt@myworkday.com>",
     subject="Update regarding your application - Manager, Brand Strategy (R-20417)",
     exp=("", "", "Maplecourt Financial", "Manager, Brand Strategy"),
     notes="html-only; French footer (Canadian bilingual boilerplate); mixed-language",
     text="""Dear Sam Taylor,

Thank you for your interest in the Manager, Brand Strategy position (R-20417) at Maplecourt Financial.

We have carefully reviewed your qualifications and regret to inform you that we have decided not to proceed with your application for this position.

We encourage you to continue to visit our careers site and apply for future positions for which you feel you are qualified.

Sincerely,
Talent Acquisition, Maplecourt Financial""",
     extra_footer=["Ce message est généré automatiquement. Veuillez ne pas y répondre. Pour obtenir ce message en français, connectez-vous à votre profil de candidat.",
                   "Maplecourt Financial souscrit au principe de l'équité en matière d'emploi. Maplecourt Financial is committed to employment equity and accessibility; accommodations are available on request."]),

dict(slug="smartrecruiters-tidewell-position-filled", label=R, cat="ats-automated", style="ats", variant="en-AU",
     vendor="smartrecruiters", brand="Tidewell Health", frm="Tidewell Health <noreply@smartrecruiters.com>",
     reply_to="careers@tidewell.example",
     subject="Marketing Manager – Consumer Health: application update",
     exp=("careers@tidewell.example", "", "Tidewell Health", "Marketing Manager – Consumer Health"),
     notes="position filled; Reply-To careers team",
     text="""Dear Sam,

Thank you for applying for the Marketing Manager – Consumer Health role with Tidewell Health.

We wanted to let you know that the position has now been filled. We appreciate the time you took to submit your application and your interest in joining our team.

Your profile will remain in our talent database for 12 months. If you would prefer us to remove it, just reply to this email or update your preferences in your candidate profile.

Kind regards,
Tidewell Health People & Culture

Tidewell Health acknowledges the Traditional Custodians of the lands on which we work and pays respect to Elders past and present."""),

dict(slug="icims-brookhaven-status-not-selected", day="2026-10-14", label=R, cat="ats-status", style="ats", variant="en-US",
     vendor="icims", brand="Brookhaven Foods", plain_mode="html2text",
     frm="Brookhaven Foods Careers <careers-noreply@talent.icims.com>",
     subject="Your application status has changed",
     exp=("", "", "Brookhaven Foods", "Associate Director, Consumer Insights"),
     notes="status portal table; plain part auto-generated from HTML ([image], link list, hard breaks)",
     text="""Hello Sam,

The status of your application with Brookhaven Foods has been updated. Details are below.

{table}

You can review all of your applications by logging in to the [[Brookhaven Foods Careers Portal]].

Thank you for considering Brookhaven Foods as a place to build your career.""",
     table=[("Requisition", "2026-4471"), ("Position", "Associate Director, Consumer Insights"),
            ("Location", "Chicago, IL (Hybrid)"), ("Status", "Not Selected"), ("Updated", "10/14/2026")],
     about="Brookhaven Foods is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status."),

dict(slug="successfactors-northgate-unsuccessful-occasion", label=R, cat="ats-automated", style="ats", variant="en-GB",
     vendor="successfactors", brand="Northgate Water", frm="Northgate Water Recruitment <recruitment@successfactors.eu>",
     subject="Application 31177 - Head of Customer Communications",
     exp=("", "", "Northgate Water", "Head of Customer Communications"),
     notes="long legal letter; verdict in the middle between boilerplate paragraphs",
     text="""Dear Sam Taylor

Application reference: 31177
Vacancy: Head of Customer Communications

Thank you for the time and effort you put into your application for the above vacancy. At Northgate Water we serve 2.4 million customers across the region and we are committed to building a workforce that reflects the communities we serve. Every application is assessed against the essential and desirable criteria set out in the role profile by a panel of at least two assessors.

Following shortlisting, we regret that your application has not been successful on this occasion. Due to the number of applications received we are unable to provide individual feedback at this stage.

Your personal data will be retained for six months from the closing date in line with our Recruitment Privacy Notice, after which it will be securely deleted. If you would like us to delete it sooner, please contact the Data Protection Officer at dpo@northgatewater.example.

We are a Disability Confident Leader and a Living Wage employer. We hope this will not discourage you from applying for future vacancies with us.

Yours sincerely

Resourcing Team
Northgate Water Ltd, Registered in England and Wales No. 02366661, Northgate House, Leeds LS1 4AP"""),

dict(slug="teamtailor-ferncastle-keep-profile", label=R, cat="keep-on-file", style="ats", variant="en-IE",
     vendor="teamtailor", brand="Ferncastle", frm="Aoife at Ferncastle <no-reply@teamtailor.com>",
     reply_to="aoife.brennan@ferncastle.example",
     subject="Your application for Content Marketing Manager",
     exp=("aoife.brennan@ferncastle.example", "Aoife", "Ferncastle", "Content Marketing Manager"),
     notes="teamtailor; data-retention question; Reply-To recruiter",
     button="Yes, keep my profile",
     text="""Hi Sam,

Thanks for applying for the Content Marketing Manager position at Ferncastle – we really enjoyed reading about your work at Calder Street Media.

We've now reviewed all applications and have decided to go ahead with other applicants who more closely match what we need right now, so we won't be progressing your application further.

We'd love to keep your profile in our talent community so we can reach out if a role comes up that suits you better. Can we keep your details for another 12 months? Just click the button below. If we don't hear from you, we'll delete your data after 30 days, as required under GDPR.

Go raibh maith agat,
Aoife
People Team, Ferncastle"""),

dict(slug="workable-linnet-wont-take-further", label=R, cat="ats-automated", style="ats", variant="en-GB",
     vendor="workable", brand="Linnet & Co", frm="Linnet & Co <noreply@candidates.workablemail.com>",
     subject="Re: Brand Manager application",
     exp=("", "Tom", "Linnet & Co", "Brand Manager"),
     notes="short, 'won't be taking your application further'",
     text="""Hi Sam,

Thanks for your interest in the Brand Manager role. We've had a look through your application and unfortunately we won't be taking it further on this occasion.

Best of luck with your search.

Tom
Linnet & Co"""),

dict(slug="personio-kestrel-profile-match-german-footer", label=R, cat="ats-automated", style="ats", variant="en-SG",
     vendor="personio", brand="Kestrel Mobility Pte. Ltd.", frm="Kestrel Mobility Recruiting <jobs@kestrel-mobility.jobs.personio.de>",
     subject="Your application as Regional Marketing Lead APAC",
     exp=("", "", "Kestrel Mobility", "Regional Marketing Lead APAC"),
     notes="personio template of a German parent, German footer; Singapore office; 'profile doesn't match closely enough'; mixed-language",
     text="""Dear Sam,

thank you very much for your application as Regional Marketing Lead APAC in our Singapore office and the interest in Kestrel Mobility.

We have reviewed your documents carefully. Unfortunately your profile does not match closely enough with the requirements of this position, so we are not able to consider your application further.

We wish you all the best and much success for your future career.

Kind regards
Your Kestrel Mobility Recruiting Team

Kestrel Mobility Pte. Ltd. | 71 Robinson Road, #14-01, Singapore 068895 | a company of Kestrel Mobility GmbH, München"""),

dict(slug="recruitee-ashgrove-requisition-closed", label=R, cat="role-cancelled", style="ats", variant="en-CA",
     vendor="recruitee", brand="Ashgrove Labs", frm="Ashgrove Labs <ashgrove@mail.recruitee.com>",
     reply_to="talent@ashgrove.example",
     subject="Update on the Product Marketing Manager opening",
     exp=("talent@ashgrove.example", "Marc", "Ashgrove Labs", "Product Marketing Manager"),
     notes="requisition closed after reorg; Reply-To team address; signed by named person",
     text="""Hi Sam,

I'm writing with an update on the Product Marketing Manager opening you applied for in August.

Following a change in our product roadmap, we have closed this requisition and will not be hiring for the role this year. This means we're ending the process for all candidates, including you. I'm sorry we didn't get to see it through with you – your application was one we were keen on.

If we reopen the position or post something similar, we'll let you know directly.

Thanks again,
Marc Lévesque
Talent Acquisition, Ashgrove Labs"""),

dict(slug="bamboohr-pinecrest-pursue-others-body-contact", label=R, cat="ats-automated", style="ats", variant="en-US",
     vendor="bamboohr", brand="Pinecrest Outdoor", frm="Pinecrest Outdoor <notifications@app.bamboohr.com>",
     subject="Thank you for applying to Pinecrest Outdoor",
     exp=("dana.okafor@pinecrest.example", "Dana", "Pinecrest Outdoor", "Director of Lifecycle Marketing"),
     notes="no-reply sender; human address in body",
     text="""Hi Sam,

Thank you for your interest in the Director of Lifecycle Marketing position at Pinecrest Outdoor and for the time you spent with our team over the past few weeks.

We've decided to pursue other candidates for this role. We know that's not the news you were hoping for.

If you have any questions or would like feedback, feel free to reach out to me directly at dana.okafor@pinecrest.example.

Take care, and see you on the trail,
Dana Okafor
Recruiting Manager, Pinecrest Outdoor"""),

dict(slug="linkedin-saffronbay-update-from", label=R, cat="job-board-relay", style="ats", variant="en-IN",
     vendor="linkedin", brand="LinkedIn", frm="LinkedIn <jobs-noreply@linkedin.com>",
     subject="Your update from Saffron Bay Digital",
     exp=("", "", "Saffron Bay Digital", "Senior Manager - Performance Marketing"),
     notes="job-board relay with bulk headers; employer's short template",
     plain_mode="html2text",
     text="""Your update from Saffron Bay Digital

Senior Manager - Performance Marketing
Saffron Bay Digital · Bengaluru, Karnataka, India (Hybrid)
Applied 3 weeks ago

Thank you for your interest in the Senior Manager - Performance Marketing position at Saffron Bay Digital in Bengaluru. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Saffron Bay Digital.

Regards,
Saffron Bay Digital

[[View similar jobs]]   [[See all your applications]]"""),

dict(slug="indeed-copperleaf-not-selected-employer", label=R, cat="job-board-relay", style="ats", variant="en-US",
     vendor="indeed", brand="Indeed", frm="Indeed <donotreply@match.indeed.com>",
     subject="An update on your application to Copperleaf Insurance",
     exp=("", "", "Copperleaf Insurance", "Marketing Communications Manager"),
     notes="indeed relay; verdict as employer status plus job recommendations below",
     text="""## Application update

Marketing Communications Manager
Copperleaf Insurance - Hartford, CT

Copperleaf Insurance has reviewed your application and decided not to move forward at this time.

Don't be discouraged – employers on Indeed are hiring for similar roles every day. Here are a few you might like:

- Brand Marketing Manager – Northwind Mutual – Boston, MA
- Marketing Manager, Communications – Grayfield Health – Remote
- Senior Content Strategist – Lakeshore Credit Union – Providence, RI

[[Find more jobs]]"""),

dict(slug="taleo-govtech-sg-unsuccessful", day="2026-10-08", label=R, cat="ats-automated", style="ats", variant="en-SG",
     vendor="taleo", brand="Civic Digital Agency", html_only=True,
     frm="Careers@Civic Digital <careers-noreply@cda.taleo.net>",
     subject="Outcome of your application (Job ID: 26000812)",
     exp=("", "", "Civic Digital Agency", "Assistant Director (Citizen Engagement)"),
     notes="public-sector template, html-only; verdict after reference paragraph",
     text="""Dear Sam Taylor,

Job ID: 26000812
Position: Assistant Director (Citizen Engagement)

Thank you for your interest in joining Civic Digital Agency and for attending the assessment on 22 September 2026.

We regret to inform you that your application was unsuccessful. We received many applications from strong candidates and the selection was highly competitive.

Your application will be kept in our records for one year, and we may contact you should there be a suitable opening during this period.

Yours sincerely,
Human Resource Division
Civic Digital Agency"""),

dict(slug="workday-orchard-req-cancelled-praise", label=R, cat="role-cancelled", style="ats", variant="en-US",
     vendor="workday", brand="Orchard & Vine", frm="Orchard & Vine Talent <orchardvine@myworkday.com>",
     subject="An update about Head of Brand Partnerships",
     exp=("", "", "Orchard & Vine", "Head of Brand Partnerships"),
     notes="requisition cancelled, wrapped in long praise and company boilerplate",
     text="""Hi Sam,

First, thank you. Over the last month you've met with five members of our team, completed a case exercise and shared a lot of yourself with us. Everyone who spoke with you came away impressed by your thinking on audience partnerships, and we don't say that lightly.

We're writing because the Head of Brand Partnerships requisition has been cancelled. After our Q3 planning, the leadership team decided to fold brand partnerships into the existing commercial team rather than build a new function, and the position will not be filled.

We know this is frustrating after the time you invested, and we're grateful for it. We would be glad to stay in touch as our plans for 2027 take shape.

With appreciation,
Orchard & Vine Talent Acquisition""",
     about="At Orchard & Vine we believe good food should be simple. Named one of Fast Company's Best Workplaces for Innovators 2026. Orchard & Vine is proud to be an equal opportunity workplace and an affirmative action employer."),

dict(slug="greenhouse-wattle-takehome-closer-fit", label=R, cat="after-assessment", style="ats", variant="en-AU",
     vendor="greenhouse", brand="Wattle & Stone", frm="Wattle & Stone Talent <no-reply@greenhouse-mail.io>",
     reply_to="ellie.tran@wattlestone.example",
     subject="Wattle & Stone – your Product Marketing case study",
     exp=("ellie.tran@wattlestone.example", "Ellie", "Wattle & Stone", "Lead Product Marketer"),
     notes="after a take-home; verdict in the middle after a long 'about us' and volume paragraph",
     text="""G'day Sam,

Thanks for completing the case study for the Lead Product Marketer role. We know take-home tasks are a real ask on your evenings, and we read every submission closely – this round the panel reviewed 14 of them.

A bit of context on how we decide: each submission is scored independently by two people from the marketing team against the same rubric (insight, positioning, channel plan, clarity), and we then discuss the scores together before anyone reads names.

Although there was a lot to like in your positioning work, we have decided to move forward with candidates whose submissions were a closer fit for what the role needs in its first six months, particularly around B2B channel planning.

If you'd like more detailed feedback on your case study, reply to this email and I'll set up 15 minutes.

Cheers,
Ellie Tran
Talent Partner""",
     about="Wattle & Stone makes design software for architects and builders, with teams in Melbourne, Brisbane and Auckland. Winner, AFR Best Places to Work 2025. We welcome applications from Aboriginal and Torres Strait Islander people, people with disability and people of all genders."),

# ---------------------------------------------------------------- personal (16)
dict(slug="recruiter-bellweather-another-candidate", label=R, cat="personal-after-interview", style="personal", variant="en-GB",
     frm="Hannah Osei <hannah.osei@bellweather.example>",
     subject="Bellweather – Head of Marketing",
     exp=("hannah.osei@bellweather.example", "Hannah", "Bellweather", "Head of Marketing"),
     notes="in-house recruiter after final interview; signature with phone", client_html=True,
     text="""Hi Sam,

Thank you again for coming in on Tuesday to meet Raj and the leadership team for the Head of Marketing role. I know it was a long afternoon.

I'm sorry to say that the team has decided to go with another candidate. It was genuinely close – they liked your audience-growth work a lot – but in the end they went for someone with more experience running a team of this size.

I'd be happy to jump on a call and share the fuller feedback if that's useful.

Best wishes,
Hannah

Hannah Osei
Senior Talent Partner | Bellweather
M: +44 7700 900412
bellweather.example"""),

dict(slug="manager-ridgeback-different-direction-terse", day="2026-10-05", label=R, cat="terse", style="personal", variant="en-US",
     frm="Kyle Brandt <kyle@ridgeback.example>",
     subject="Re: Thanks for today",
     parent=True, parent_domain="example.org",
     exp=("kyle@ridgeback.example", "Kyle", "Ridgeback", ""),
     notes="hiring manager two-liner over Sam's thank-you; no role title",
     text="""Sam - appreciate you coming in. We've decided to go in a different direction for this one. Best of luck out there.

Kyle

Sent from my iPhone

> On Oct 2, 2026, at 5:41 PM, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Kyle,
>
> Thanks for making the time today - I really enjoyed hearing how Ridgeback
> is thinking about community-led growth. Happy to send over the audience
> segmentation deck I mentioned.
>
> Best,
> Sam"""),

dict(slug="agency-sterling-client-not-progress", label=R, cat="agency-recruiter", style="personal", variant="en-IE",
     frm="Ciarán Doyle <ciaran.doyle@sterlingsearch.example>",
     subject="Lanterfield – feedback",
     exp=("ciaran.doyle@sterlingsearch.example", "Ciarán", "Lanterfield", "Marketing Director"),
     notes="agency relays client's decision; company = client",
     text="""Hi Sam,

Hope you're keeping well. I heard back from Lanterfield this morning regarding the Marketing Director role.

Unfortunately they've decided not to progress your application to the final stage. Their feedback was that you came across really well and they liked your data background, but they want someone who has managed a marketing budget above €5m, and they felt that gap was too big for this particular hire.

I know that's disappointing after two good rounds. I'll be in touch as soon as I have something else that fits – there are a couple of briefs in the pipeline for the new year.

Kind regards,
Ciarán

Ciarán Doyle | Associate Director
Sterling Search | 14 Fitzwilliam Place, Dublin 2
T: +353 1 555 0198 | M: +353 87 555 0144"""),

dict(slug="reply-chaser-lumenway-offered-elsewhere", day="2026-10-15", label=R, cat="reply-to-owner-chaser", style="personal", variant="en-SG",
     frm="Wei Ling Tan <weiling.tan@lumenway.example>",
     subject="RE: Product Marketing Manager - any update?",
     parent=True, parent_domain="example.org",
     exp=("weiling.tan@lumenway.example", "Wei Ling", "Lumenway", "Product Marketing Manager"),
     notes="reply above quoted chaser (Outlook style); verdict in first sentence after apology",
     text="""Hi Sam,

So sorry for the slow reply – it's been a hectic few weeks. Unfortunately we have offered the role to another candidate, who has now accepted. We really appreciated your time and the thoughtful presentation.

I will keep your details in mind for future roles in the team.

Best regards,
Wei Ling

Tan Wei Ling | Talent Acquisition Lead, APAC
Lumenway Pte Ltd | +65 6555 0132

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, 12 October 2026 9:14 AM
To: Wei Ling Tan <weiling.tan@lumenway.example>
Subject: Product Marketing Manager - any update?

Hi Wei Ling,

I hope you're well. I wanted to check in on the Product Marketing Manager role following my final interview on 28 September. Is there any update on timing?

Many thanks,
Sam"""),

dict(slug="manager-glenhaven-long-verdict-middle", label=R, cat="personal-after-interview", style="personal", variant="en-CA",
     frm="Priya Raman <priya.raman@glenhaven.example>",
     subject="Following up on the Senior Growth Marketing Manager role",
     exp=("priya.raman@glenhaven.example", "Priya", "Glenhaven", "Senior Growth Marketing Manager"),
     notes="long letter, verdict in the middle, bulleted feedback", client_html=True,
     text="""Hi Sam,

I wanted to write to you myself rather than have this come through our system.

First, thank you for the time you've put into our process for the Senior Growth Marketing Manager role. You met six of us, you did the case presentation in front of a pretty demanding panel, and you were gracious throughout. Several people on the team mentioned how much they enjoyed the conversation about lifecycle metrics.

It was a very close decision, but we've offered the position to a candidate with more direct B2B SaaS experience, which matters a lot for the next year of our roadmap. I'm sorry it isn't better news.

Because you asked for candid feedback at the end of the final round, here it is:

- Your experimentation framework was the strongest we saw.
- The panel wanted more evidence of working with a sales team on pipeline targets.
- Your presentation ran a little long; the Q&A was where you shone.

I'd genuinely like to stay in touch. If anything changes on our side in the coming months, you'll be one of the first people I call.

Warmly,
Priya

Priya Raman
VP Marketing, Glenhaven
Toronto, ON | 416-555-0177"""),

dict(slug="agency-phone-coastline-internal", label=R, cat="terse", style="personal", variant="en-AU",
     frm="Jess McAllister <jess@bluegumrecruitment.example>",
     subject="Re: Coastline Energy",
     parent=True, parent_domain="bluegumrecruitment.example",
     exp=("jess@bluegumrecruitment.example", "Jess", "Coastline Energy", ""),
     notes="very short mobile reply; internal candidate; agency",
     text="""Sam - bad news I'm afraid, Coastline have gone with an internal candidate. Gutted for you. Will keep an eye out and call you next week.

J

Sent from my iPhone"""),

dict(slug="hr-aravali-role-on-hold", label=R, cat="role-cancelled", style="personal", variant="en-IN",
     frm="Neha Kulkarni <neha.kulkarni@aravalitech.example>",
     subject="Head of Growth - status of your candidature",
     exp=("neha.kulkarni@aravalitech.example", "Neha", "Aravali Tech", "Head of Growth"),
     notes="role on hold until next financial year; no candidates progressed",
     text="""Dear Sam,

Greetings from Aravali Tech.

Thank you for your patience over the past few weeks. I wanted to update you that the leadership team has decided to put the Head of Growth hiring on hold until the next financial year, in view of revised budgets for Q3 and Q4.

As a result we will not be progressing any candidates for this position at present, including yourself. We are sorry for the inconvenience caused, especially since you had cleared the second round.

Should the position open again we will be happy to reconnect with you.

Warm regards,
Neha Kulkarni
Manager - Talent Acquisition
Aravali Tech Pvt. Ltd., Pune
+91 98220 55501"""),

dict(slug="fwd-recruiter-hm-note-pass", day="2026-10-16", label=R, cat="forwarded-about-owner", style="personal", variant="en-GB",
     frm="Rachel Abbott <rachel.abbott@marlowpartners.example>",
     subject="Fwd: Sam Taylor – Saltmarsh Studios",
     exp=("rachel.abbott@marlowpartners.example", "Rachel", "Saltmarsh Studios", "Audience Development Lead"),
     notes="agency forwards the hiring manager's note; verdict only inside the forward",
     text="""Hi Sam,

See below from Tom at Saltmarsh – sorry it's not better news. Give me a ring when you've had a chance to digest and we'll talk about what's next.

Rachel

---------- Forwarded message ---------
From: Tom Whitlock <tom.whitlock@saltmarsh.example>
Date: Thu, 15 Oct 2026 at 16:02
Subject: Re: Sam Taylor – Saltmarsh Studios
To: Rachel Abbott <rachel.abbott@marlowpartners.example>

Hi Rachel,

Thanks for sending Sam our way. We've talked it through as a team and we're going to pass on Sam for the Audience Development Lead role. Strong on analytics, but we need someone who has run editorial social day to day and that didn't come through.

Happy for you to share that feedback.

Tom

--
Rachel Abbott
Principal Consultant, Marlow Partners
020 7946 0812"""),

dict(slug="resent-wrong-address-cliffside", day="2026-10-06", label=R, cat="resent", style="personal", variant="en-IE",
     frm="Orla Keane <orla.keane@cliffside.example>",
     subject="Fw: Your application - Digital Marketing Manager (resending)",
     exp=("orla.keane@cliffside.example", "Orla", "Cliffside Hotels", "Digital Marketing Manager"),
     notes="re-sent after a wrong address; verdict only in the re-sent original",
     text="""Hi Sam,

Apologies – I think my email below went to an old address on your CV, so resending in case it didn't reach you.

Orla

________________________________
From: Orla Keane
Sent: 29 September 2026 11:20
To: sam.taylor@calderstreet.example
Subject: Your application - Digital Marketing Manager

Dear Sam,

Many thanks for interviewing with us for the Digital Marketing Manager position at Cliffside Hotels last week.

After a lot of deliberation we have decided to offer the position to another candidate. We were very impressed with your experience and I hope you will consider applying to Cliffside Hotels again in the future.

Kind regards,
Orla Keane
HR Manager, Cliffside Hotels
+353 91 555 023"""),

dict(slug="reply-question-position-filled-au", day="2026-10-20", label=R, cat="reply-to-owner-chaser", style="personal", variant="en-AU",
     frm="Mia Gallagher <mia.gallagher@southerncross-media.example>",
     subject="Re: Audience Insights Manager – still open?",
     parent=True, parent_domain="example.org",
     exp=("mia.gallagher@southerncross-media.example", "Mia", "Southern Cross Media Group", "Audience Insights Manager"),
     notes="short answer to Sam's 'is it still open?': filled; quoted Gmail thread",
     text="""Hi Sam,

Thanks for reaching out - I'm afraid the Audience Insights Manager position has now been filled. I'll keep your CV on file and let you know if anything similar comes up.

Cheers,
Mia

Mia Gallagher | Talent Acquisition | Southern Cross Media Group
0412 555 019

On Mon, 19 Oct 2026 at 10:02, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Mia,
>
> I applied for the Audience Insights Manager role a few weeks ago and
> wondered whether it's still open - I'd love the chance to talk about it.
>
> Best,
> Sam"""),

dict(slug="agency-india-profile-not-shortlisted", label=R, cat="agency-recruiter", style="personal", variant="en-IN",
     frm="Rohit Verma <rohit.verma@talentbridge-hr.example>",
     subject="Regarding your profile for Marketing Head - Kaveri Consumer",
     exp=("rohit.verma@talentbridge-hr.example", "Rohit", "Kaveri Consumer", "Marketing Head"),
     notes="Indian agency style, typos; 'not shortlisted by the client'",
     text="""Dear Sam,

Greetings of the day !!

This is to inform you that your profile has not been shortlisted by the client for the next round for the position of Marketing Head - Kaveri Consumer Products, Mumbai. Client has given feedback that they are looking for candidate with more FMCG exposure.

We will definately get in touch with you for any other suitable oppurtunity in future. Request you to kindly share any references of your friends or colleagues who maybe interested for this position.

Thanks & Regards
Rohit Verma
Sr. Consultant | TalentBridge HR Solutions
Mob: +91 99300 55712"""),

dict(slug="founder-drumlin-pass-for-now", label=R, cat="after-assessment", style="personal", variant="en-US",
     frm="Alexis Moreno <alexis@drumlin.example>",
     subject="Re: Drumlin take-home",
     parent=True, parent_domain="example.org",
     exp=("alexis@drumlin.example", "Alexis", "Drumlin", "Head of Marketing"),
     notes="unusual: founder, casual; 'pass for now'; verdict at the end",
     text="""Hey Sam,

Thanks for turning the take-home around so fast, and for the Loom walkthrough – super helpful. Jordan and I went through it twice. The audience sizing was smart and I've already stolen your idea about the newsletter waitlist.

Honestly it was close. Where we landed is that we need the first marketing hire to be much more hands-on with paid and lifecycle from week one, and we think that's a different profile. So we're going to pass for now on the Head of Marketing role.

Really appreciate the effort. Would love to grab a coffee if you're ever in Austin.

Alexis"""),

dict(slug="bilingual-quebec-hr-en-fr", label=R, cat="personal-after-interview", style="personal", variant="en-CA",
     frm="Geneviève Roy <genevieve.roy@fleuvebleu.example>",
     subject="Your candidacy / Votre candidature – Marketing Manager, Digital",
     exp=("genevieve.roy@fleuvebleu.example", "Geneviève", "Fleuve Bleu Insurance", "Marketing Manager, Digital"),
     notes="bilingual letter, English first then French version; mixed-language",
     text="""(Le français suit l'anglais)

Dear Sam,

Thank you for meeting with us for the Marketing Manager, Digital position at Fleuve Bleu Insurance. We appreciated the time you gave us.

After careful evaluation, we have selected a candidate whose profile better matches the needs of the position. We will therefore not be pursuing your candidacy.

We wish you every success in your career.

—

Bonjour Sam,

Merci de nous avoir rencontrés pour le poste de Gestionnaire marketing numérique chez Fleuve Bleu Assurances. Nous avons apprécié le temps que vous nous avez accordé.

Après une évaluation attentive, nous avons retenu une candidature dont le profil correspond davantage aux besoins du poste. Nous ne donnerons donc pas suite à votre candidature.

Nous vous souhaitons beaucoup de succès dans votre carrière.

Geneviève Roy
Conseillère principale, Acquisition de talents | Senior Advisor, Talent Acquisition
Fleuve Bleu Insurance / Fleuve Bleu Assurances
514 555-0160"""),

dict(slug="talent-sg-candidacy-not-forward-disclaimer", label=R, cat="personal-after-interview", style="personal", variant="en-SG",
     frm="Darren Lim <darren.lim@marinabaybank.example>",
     subject="RE: Interview - VP, Customer Marketing",
     parent=True, parent_domain="marinabaybank.example",
     exp=("darren.lim@marinabaybank.example", "Darren", "Marina Bay Bank", "VP, Customer Marketing"),
     notes="after phone screen; long confidentiality disclaimer after a short verdict",
     text="""Dear Sam,

Thank you for speaking with me last Thursday about the VP, Customer Marketing role.

Having discussed with the hiring manager, we have decided not to move forward with your candidacy at this stage. We do appreciate your interest in Marina Bay Bank.

Best regards,
Darren Lim
Talent Acquisition Partner, Group Marketing
Marina Bay Bank Limited

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this email. Any unauthorised use, disclosure or copying is prohibited. Marina Bay Bank Limited does not accept liability for any loss arising from viruses or errors in transmission. Please consider the environment before printing this email."""),

dict(slug="startup-withdraw-role-funding", label=R, cat="role-cancelled", style="personal", variant="en-GB",
     frm="Ollie Ferris <ollie@pebbledash.example>",
     subject="Pebbledash – the Brand Lead role",
     exp=("ollie@pebbledash.example", "Ollie", "Pebbledash", "Brand Lead"),
     notes="startup withdraws the role after a funding round slips; apology first, verdict at start",
     client_html=True,
     text="""Hi Sam,

I'm really sorry to be writing this one. We've made the difficult decision to withdraw the Brand Lead role – our Series A has slipped into next year and we've had to freeze all new hires until it closes.

You were one of two people we were about to invite to the final stage, so this is a genuine loss for us. If and when we reopen the role, I'd like to come straight back to you, if you'll still talk to us.

Thanks for your patience and for being so generous with your time.

Ollie
Co-founder, Pebbledash
07700 900 655"""),

dict(slug="recruiter-outlook-not-chosen-ca", label=R, cat="personal-after-interview", style="personal", variant="en-CA",
     frm="Brooke Anderson <banderson@northshorecu.example>",
     subject="Marketing Lead, Member Experience - interview outcome",
     exp=("banderson@northshorecu.example", "Brooke", "Northshore Credit Union", "Marketing Lead, Member Experience"),
     notes="ordinary 'you were not the successful candidate'",
     text="""Hi Sam,

Thank you for taking the time to interview for the Marketing Lead, Member Experience position at Northshore Credit Union.

I wanted to let you know that you were not the successful candidate for this role. The panel enjoyed meeting you and appreciated your preparation.

We encourage you to keep an eye on our careers page for future opportunities.

Regards,
Brooke Anderson
HR Generalist | Northshore Credit Union
604-555-0193 ext. 214"""),
]
