"""Rejections in the style of ATS / job-board mail (30)."""
from content_common import EEO_US, GDPR_KEEP, rej

MESSAGES = [
    rej("brightwell-greenhouse-other-candidates", "ats-automated", "ats", variant="en-US",
        exp=("", "", "Brightwell Health", "Senior Growth Marketing Manager"),
        vendor="greenhouse", brand="Brightwell Health",
        frm="Brightwell Health <no-reply@us.greenhouse-mail.io>",
        subject="Your application to Brightwell Health",
        preheader="Thank you for your interest in Brightwell Health",
        text="""Hi Sam,

Thank you for your interest in the Senior Growth Marketing Manager position at Brightwell Health and for the time you put into your application.

After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We appreciate your interest in Brightwell and encourage you to keep an eye on our [[careers page]] for future opportunities.

Best regards,
Brightwell Health Talent Acquisition""",
        about="About Brightwell Health: we build virtual-first primary care for 2.3 million members across 31 states. " + EEO_US.format(brand="Brightwell Health"),
        notes="most ordinary greenhouse template"),

    rej("orchardloop-lever-not-at-this-time", "ats-automated", "ats", variant="en-US",
        exp=("priya.nandakumar@orchardloop.example", "Priya", "Orchard Loop", "Lifecycle Marketing Lead"),
        vendor="lever", brand="Orchard Loop", plain="refs",
        frm="Orchard Loop <no-reply@hire.lever.co>", reply_to="Priya Nandakumar <priya.nandakumar@orchardloop.example>",
        subject="Orchard Loop | Lifecycle Marketing Lead",
        text="""Hi Sam,

Thanks so much for applying to the Lifecycle Marketing Lead role here at Orchard Loop, and for your patience while we reviewed applications.

Unfortunately, we won't be moving forward with your application at this time. This was a competitive search and we received a lot of strong applications.

We'd love to stay in touch - we'll keep your information on file and you're always welcome to check [[jobs.lever.co/orchardloop]] for new openings.

All the best,
Priya
Talent @ Orchard Loop""",
        notes="lever refs-style html2text plain; reply-to recruiter"),

    rej("halden-workday-html-only", "ats-automated", "ats", variant="en-GB",
        exp=("", "", "Halden Mutual", "Audience Development Lead"),
        vendor="workday", brand="Halden Mutual", html_only=True, cte="base64",
        frm="Halden Mutual Careers <haldenmutual@myworkday.com>",
        subject="Regarding your application for Audience Development Lead (R-20431)",
        text="""Dear Sam Taylor,

Thank you for applying for the Audience Development Lead (R-20431) position with Halden Mutual. We appreciate the time and effort you invested in your application.

We have reviewed your application carefully against the requirements of the role. On this occasion we have decided to pursue other candidates whose skills and experience are a closer match to our current needs.

We will retain your details in accordance with our Candidate Privacy Notice. You can view and update your candidate profile, and apply for other vacancies, at any time via [[Candidate Home]].

Kind regards,

Talent Acquisition Team
Halden Mutual""",
        about="Halden Mutual Society Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England No. 00481203.",
        notes="html-only base64; verdict in second paragraph"),

    rej("vantor-smartrecruiters-position-filled", "role-filled", "ats", variant="en-US",
        exp=("", "", "Vantor Logistics", "Content Strategy Manager"),
        vendor="smartrecruiters", brand="Vantor Logistics", plain="inline",
        frm="Vantor Logistics <noreply@jobs.smartrecruiters.com>",
        subject="Content Strategy Manager - application update",
        text="""Dear Sam,

We wanted to let you know that the Content Strategy Manager position you applied for at Vantor Logistics has been filled.

We truly appreciate your interest in joining our team and the time you took to apply. Your profile will remain in our database and we encourage you to apply for other roles that match your skills.

[[View open positions]]

Sincerely,
Vantor Logistics Recruiting""",
        notes="inline html2text plain with [image] and <url>; position has been filled"),

    rej("kranich-personio-english-german", "ats-automated", "ats", variant="en-nonnative",
        exp=("", "Lena", "Kranich Mobility GmbH", "Brand Marketing Manager (m/f/d)"),
        vendor="personio", brand="Kranich Mobility GmbH",
        frm="Kranich Mobility GmbH <noreply@jobs.personio.de>",
        subject="Ihre Bewerbung / Your application: Brand Marketing Manager (m/f/d)",
        text="""(Deutsche Version unten)

Dear Sam Taylor,

thank you very much for your application as Brand Marketing Manager (m/f/d) and the interest you have shown in Kranich Mobility GmbH.

We have now reviewed all applications. Unfortunately, we have to inform you that we have decided in favour of other candidates. This decision is not a judgement of your qualifications; we simply had profiles that fit the requirements even more closely.

We wish you all the best for your further career.

Kind regards
Lena Vogt
People & Culture

---

Sehr geehrte/r Sam Taylor,

vielen Dank für Ihre Bewerbung als Brand Marketing Manager (m/f/d) und Ihr Interesse an der Kranich Mobility GmbH.

Inzwischen haben wir alle Bewerbungen gesichtet. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidat:innen entschieden haben.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Lena Vogt
People & Culture""",
        extra_footer=["Kranich Mobility GmbH | Sitz: Hamburg | Amtsgericht Hamburg HRB 166201 | Geschäftsführung: Jonas Brandt, Mareike Ost"],
        notes="mixed-lang: english letter then german version; signed, no address"),

    rej("fjallbo-teamtailor-connect-clause", "keep-on-file", "ats", variant="en-nonnative",
        exp=("", "Elin", "Fjällbo Studio", "Head of Community"),
        vendor="teamtailor", brand="Fjällbo Studio",
        frm="Fjällbo Studio <noreply@mail.teamtailor.com>",
        subject="Thanks for your interest in Fjällbo Studio 🌲",
        text="""Hi Sam!

Thank you for applying for the Head of Community role and for telling us a bit about yourself. We loved reading about your work with reader communities at Calder Street Media.

We'd like to invite you to join Fjällbo Connect, our talent community - we share studio news, behind-the-scenes stories and new roles there before anywhere else. While we've chosen to continue with another candidate for this particular role, we really hope our paths cross again.

[[Join Fjällbo Connect]]

Warm wishes from Umeå,
Elin & the Fjällbo team

---

Hej Sam! Tack för din ansökan. Vi har valt att gå vidare med en annan kandidat, men vi hoppas att du vill gå med i Fjällbo Connect.""",
        button="Join Fjällbo Connect",
        notes="mixed-lang swedish summary; talent-pool invitation with the verdict in one clause; emoji subject"),

    rej("fennick-recruitee-this-occasion", "ats-automated", "ats", variant="en-GB",
        exp=("hannah.okafor@fennickrowe.example", "Hannah", "Fennick & Rowe", "Marketing Communications Manager"),
        vendor="recruitee", brand="Fennick & Rowe",
        frm="Fennick & Rowe <notifications@mail.recruitee.com>", reply_to="Hannah Okafor <hannah.okafor@fennickrowe.example>",
        subject="Your application for Marketing Communications Manager",
        text="""Dear Sam,

Thank you for applying for the role of Marketing Communications Manager at Fennick & Rowe.

We received a very high number of applications for this role. I'm sorry to let you know that you have not been successful on this occasion.

Thank you again for your interest in Fennick & Rowe and we wish you every success in your search.

Kind regards,

Hannah Okafor
People Team, Fennick & Rowe""",
        extra_footer=["Fennick & Rowe LLP is a limited liability partnership registered in England and Wales (OC318842). Registered office: 9 Cloth Fair, London EC1A 7JQ."],
        notes="uk 'not successful on this occasion'"),

    rej("aegean-workable-profile-match", "ats-automated", "ats", variant="en-nonnative",
        exp=("", "", "Aegean Bytes", "Growth Marketing Lead"),
        vendor="workable", brand="Aegean Bytes", plain="inline", odd_width=64,
        frm="Aegean Bytes <noreply@candidates.workablemail.com>",
        subject="Growth Marketing Lead at Aegean Bytes",
        text="""Dear Sam,

Thank you for the interest you have shown in Aegean Bytes and for applying to the position of Growth Marketing Lead.

Our team has now reviewed your application carefully. Even though your experience is interesting, your profile doesn't match closely enough the requirements of this specific position, therefore we will not proceed further with your candidacy.

We will keep your CV in our database and, if a suitable opening comes up, we may contact you.

Kind regards,
The Aegean Bytes Hiring Team""",
        notes="non-native wording; inline plain with odd breaks"),

    rej("stonebridge-icims-requisition-closed", "role-cancelled", "ats", variant="en-US",
        exp=("", "", "Stonebridge Financial", "Director, Brand Marketing"),
        vendor="icims", brand="Stonebridge Financial", html_only=True,
        frm="Stonebridge Financial Careers <donotreply@talent.icims.com>",
        subject="Stonebridge Financial - Requisition 2026-8813 Director, Brand Marketing",
        text="""Dear Sam,

Thank you for your interest in career opportunities with Stonebridge Financial.

We are writing to inform you that we have closed this requisition (2026-8813, Director, Brand Marketing) and will not be filling the position at this time. As a result, your application for this position will no longer be considered.

We encourage you to continue to visit our [[Career Site]] and apply for any positions for which you feel you are qualified.

Sincerely,
Stonebridge Financial Talent Acquisition""",
        notes="html-only; we have closed this requisition"),

    rej("lindqvist-successfactors-status-table", "portal-status", "ats", variant="en-nonnative",
        exp=("", "", "Lindqvist Pharma", "Digital Engagement Manager"),
        vendor="successfactors", brand="Lindqvist Pharma", plain="refs",
        frm="Lindqvist Pharma Recruiting <noreply@successfactors.eu>",
        subject="Your application status has changed",
        text="""Dear Sam Taylor,

The status of your application has been updated. Please see the details below.

{table}

You can log in to your candidate profile to view all your applications and to update your personal data.

[[Log in to the Career Site]]

Best regards,
Lindqvist Pharma Talent Acquisition""",
        table=[("Requisition ID", "74113"), ("Job title", "Digital Engagement Manager"),
               ("Location", "Malmö, SE / Copenhagen, DK"), ("Status", "Not selected"),
               ("Last updated", "by Talent Acquisition")],
        notes="portal notice; verdict only in the table row 'Status: Not selected'"),

    rej("nordlicht-softgarden-not-further", "ats-automated", "ats", variant="en-nonnative",
        exp=("", "Jana", "Nordlicht Energie", "Senior Content Marketing Manager"),
        vendor="softgarden", brand="Nordlicht Energie",
        frm="Nordlicht Energie <noreply@softgarden.io>",
        subject="Your application at Nordlicht Energie",
        text="""Hello Sam,

many thanks for applying for the position of Senior Content Marketing Manager and for your patience.

We have looked at your documents in detail. We won't be taking your application further this time - for this role we need someone with native-level German for our B2B customers in the DACH region.

This has nothing to do with the quality of your work, and we wish you good luck.

Jana Krüger
Talent Acquisition | Nordlicht Energie GmbH, Berlin""",
        extra_footer=["Ihre Daten werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht. / Your data will be deleted six months after the process closes, in line with GDPR."],
        notes="'won't be taking your application further'; bilingual german/english legal line"),

    rej("pebblepine-bamboohr-different-direction", "terse", "ats", variant="en-US",
        exp=("", "", "Pebble & Pine", "Email Marketing Manager"),
        vendor="bamboohr", brand="Pebble & Pine",
        frm="Pebble & Pine <notifications@app.bamboohr.com>",
        subject="Email Marketing Manager",
        text="""Hi Sam,

Thanks for applying for Email Marketing Manager. We've decided to go in a different direction, but we appreciate your time.

The Pebble & Pine Hiring Team""",
        notes="terse ats, 'different direction'"),

    rej("alpwerk-join-not-proceed", "ats-automated", "ats", variant="en-nonnative",
        exp=("", "Reto", "Alpwerk AG", "Marketing Manager DACH (80-100%)"),
        vendor="join", brand="Alpwerk AG", plain="inline",
        frm="Alpwerk AG via JOIN <noreply@join.com>",
        subject="Update on your application: Marketing Manager DACH (80-100%)",
        text="""Dear Sam Taylor

Thank you for your application for the position Marketing Manager DACH (80-100%) at Alpwerk AG.

After reviewing all applications, we have decided not to proceed with your application. We know this is not the news you were hoping for.

We thank you for your interest and wish you all the best.

Freundliche Grüsse / Kind regards
Reto Ammann
HR Business Partner""",
        notes="swiss job.com relay; german sign-off; signed without address"),

    rej("hollenbeck-stepstone-relay", "job-board-relay", "ats", variant="en-GB",
        exp=("", "", "Hollenbeck Insurance", "CRM Marketing Manager"),
        vendor="stepstone", brand="StepStone",
        frm="StepStone <no-reply@candidate.stepstone.de>",
        subject="Hollenbeck Insurance has replied to your application",
        text="""## You have a message from Hollenbeck Insurance

Job: CRM Marketing Manager
Location: Cologne (hybrid)

Dear applicant,

thank you for applying for the CRM Marketing Manager role through StepStone. Having compared your profile with the requirements, we regret that we are unable to offer you the position. We wish you every success in your search.

Hollenbeck Insurance - Recruiting

[[View application in your StepStone account]]

## Similar jobs for you

- Senior CRM Manager - Rheinwerk Versicherung - Düsseldorf
- Marketing Automation Lead - Ostwind Bank - Hamburg
- Head of Customer Marketing - Lumen Reisen - Munich""",
        notes="job-board relay with bulk headers and similar-jobs list; generic greeting"),

    rej("quayside-indeed-not-selected", "job-board-relay", "ats", variant="en-GB",
        exp=("", "", "Quayside Dental Group", "Digital Marketing Manager"),
        vendor="indeed", brand="Indeed", plain="inline",
        frm="Indeed Apply <indeedapply@indeed.com>",
        subject="An update on your application to Quayside Dental Group",
        text="""Application update

Digital Marketing Manager
Quayside Dental Group - Bristol

The employer has indicated they are not moving forward with your application. Keep going - new jobs matching your search are posted every day.

[[Find jobs]]

Jobs you may be interested in

- Marketing Manager - Avon Vets - Bristol - £45,000 a year
- Head of Digital - Severn Credit Union - Bristol
- Content Lead - Hartcliffe Homes - Remote""",
        notes="indeed status update; verdict in one sentence among job ads"),

    rej("kestrel-linkedin-not-moving-forward", "job-board-relay", "ats", day="2026-11-02", variant="en-GB",
        exp=("", "", "Kestrel Analytics", "Head of Growth"),
        vendor="linkedin", brand="LinkedIn", plain="refs",
        frm="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application to Head of Growth at Kestrel Analytics",
        text="""Your update from Kestrel Analytics

Head of Growth
Kestrel Analytics · London, England, United Kingdom (Hybrid)
Applied on 14 Oct

Unfortunately, Kestrel Analytics has decided not to move forward with your application. We know this isn't the news you were hoping for.

## Top jobs for you

- Growth Marketing Director - Pellucid · London (Hybrid)
- VP Marketing - Bramble Health · Remote
- Head of Acquisition - Shorewise · Manchester

[[See all jobs]]""",
        notes="linkedin easy-apply update; refs plain"),

    rej("loomwise-ashby-praise-middle-verdict", "after-interview", "ats", variant="en-US",
        exp=("daniel.osei@loomwise.example", "Daniel", "Loomwise", "Head of Product Marketing"),
        vendor="ashby", brand="Loomwise",
        frm="Daniel Osei <no-reply@ashbyhq.com>", reply_to="daniel.osei@loomwise.example",
        subject="Loomwise - Head of Product Marketing",
        text="""Hi Sam,

I want to start by saying thank you. You spent close to five hours with our team across the hiring manager screen, the positioning exercise and the final panel, and every single interviewer came away impressed by your clarity of thought and the way you talk about audiences. Mirela in particular said your teardown of our onboarding emails was the best she's seen.

We had an unusually strong final slate, and after a lot of debate we've decided to extend an offer to another candidate whose background is in developer tools, which is where we are heading next year. I know that's disappointing after the effort you put in, and I'm sorry to be sending this by email - I'm travelling this week but would be glad to get on a call if you'd like more detailed feedback.

I also genuinely hope we stay in touch. We will be hiring a Director of Content in the spring and I would love to talk to you when that opens.

Warmly,
Daniel Osei
Recruiting Lead, Loomwise""",
        notes="long praise with verdict in the middle; ashby with reply-to"),

    rej("greyfriars-jobvite-assessment", "after-assessment", "ats", variant="en-GB",
        exp=("", "", "Greyfriars Education", "Digital Marketing Lead"),
        vendor="jobvite", brand="Greyfriars Education",
        frm="Greyfriars Education Recruitment <noreply@jobvite.com>",
        subject="Greyfriars Education: Digital Marketing Lead - assessment outcome",
        text="""Dear Sam,

Thank you for completing the online assessment for the Digital Marketing Lead role.

Following review of your assessment results alongside your application, we will not be progressing your application to the interview stage. Candidates who scored above the benchmark across all three exercises have been invited to interview.

Your results are valid for 12 months, so you will not need to repeat the assessment if you apply for a similar role with us in that time.

With best wishes,
Greyfriars Education Recruitment Team""",
        notes="after online assessment"),

    rej("corbel-taleo-legal-wrapped", "ats-automated", "ats", variant="en-US",
        exp=("", "", "Corbel Energy", "Manager, Customer Communications"),
        vendor="taleo", brand="Corbel Energy", plain="refs",
        frm="Corbel Energy Careers <noreply@taleo.net>",
        subject="Job Application Status - Manager, Customer Communications (Req #26-04417)",
        text="""Dear Sam Taylor,

This email is regarding your application for the position of Manager, Customer Communications, Requisition #26-04417. Corbel Energy is committed to equal employment opportunity and to providing reasonable accommodation for applicants with disabilities. If you require accommodation at any stage of the hiring process, please contact HR Services at 1-800-555-0199.

We have reviewed your qualifications and have selected candidates whose qualifications more closely match the requirements of the position. We appreciate your interest in Corbel Energy.

Corbel Energy participates in E-Verify. Information you provide in your candidate profile may be used for compliance reporting as required under federal and state law. California residents: see our CCPA Notice at Collection for information on the categories of personal information we collect and the purposes for which they are used.

Your candidate profile will remain active and you may apply to other positions at any time.

Sincerely,
Corbel Energy Talent Acquisition""",
        notes="verdict sandwiched between legal paragraphs"),

    rej("harrowgate-pinpoint-unsuccessful", "ats-automated", "ats", variant="en-GB",
        exp=("recruitment@harrowgatehousing.example", "", "Harrowgate Housing Trust", "Communications and Engagement Manager"),
        vendor="pinpoint", brand="Harrowgate Housing Trust",
        frm="Harrowgate Housing Trust <notifications@pinpointhq.com>",
        subject="Communications and Engagement Manager - your application",
        text="""Dear Sam

Communications and Engagement Manager (Ref HHT-0926)

Thank you for your interest in working for Harrowgate Housing Trust. The shortlisting panel has now met to consider all applications for this post.

I'm sorry to tell you that on this occasion your application has been unsuccessful.

If you would like feedback on your application, please email recruitment@harrowgatehousing.example within 14 days quoting the reference above.

Yours sincerely

Recruitment Team
Harrowgate Housing Trust""",
        extra_footer=["Harrowgate Housing Trust is a charitable Registered Society (No. 31177R) and a Registered Provider of social housing (L4412)."],
        notes="uk charity; team address in body for feedback"),

    rej("tidewater-greenhouse-role-on-hold", "role-cancelled", "ats", variant="en-US",
        exp=("", "", "Tidewater Outfitters", "Brand Director"),
        vendor="greenhouse", brand="Tidewater Outfitters", plain="inline",
        frm="Tidewater Outfitters <no-reply@us.greenhouse-mail.io>",
        subject="An update on the Brand Director role",
        text="""Hello Sam,

Thank you for your interest in the Brand Director role at Tidewater Outfitters.

We wanted to reach out personally to let you know that the company has decided to put hiring for this role on hold while we finalize our 2027 plans. As a result, we are closing all active applications for the position.

We know this is frustrating, especially for those of you who have already spoken with our team, and we are grateful for your time. If the role reopens we will repost it on our careers site.

Thank you,
Tidewater Talent Team""",
        notes="role on hold, applications closed"),

    rej("sparrowhawk-lever-internal", "internal-candidate", "ats", variant="en-CA",
        exp=("", "Mei", "Sparrowhawk Games", "Community Marketing Manager"),
        vendor="lever", brand="Sparrowhawk Games",
        frm="Sparrowhawk Games <no-reply@hire.lever.co>",
        subject="Community Marketing Manager at Sparrowhawk Games",
        text="""Hey Sam,

Thank you for taking the time to chat with us about the Community Marketing Manager role.

We wanted to let you know that we've decided to fill the role with an internal candidate who has been running our Discord community for the past year. It was a close call and we really enjoyed getting to know you.

We'll hold on to your application and reach out if something similar opens up.

Cheers,
Mei Tanaka
People Ops, Sparrowhawk Games (Montréal)""",
        notes="internal candidate; signed, no address"),

    rej("meridale-workday-keep-profile", "keep-on-file", "ats", variant="en-GB",
        exp=("", "", "Meridale Foods", "Consumer Insight Manager"),
        vendor="workday", brand="Meridale Foods", plain="refs",
        frm="Meridale Foods <meridale@myworkday.com>",
        subject="Meridale Foods - Consumer Insight Manager",
        text="""Dear Sam,

Thank you for your recent application for the Consumer Insight Manager role at Meridale Foods.

We regret to inform you that you have not been selected for this position.

May we keep your profile? We often have opportunities that are not advertised externally. If you are happy for us to hold your details in our talent pool for a further 12 months, please confirm using the button below. If we do not hear from you, your data will be deleted six months after this message.

[[Yes, keep my profile]]    [[No thanks, delete my data]]

Kind regards,
Meridale Foods Talent Team""",
        extra_footer=[GDPR_KEEP],
        notes="ordinary regret + data-retention consent question"),

    rej("castellan-smartrecruiters-html-b64", "ats-automated", "ats", variant="en-US",
        exp=("", "", "Castellan Hotels", "Loyalty Marketing Manager"),
        vendor="smartrecruiters", brand="Castellan Hotels", html_only=True, cte="base64",
        frm="Castellan Hotels <noreply@jobs.smartrecruiters.com>",
        subject="Your application for Loyalty Marketing Manager",
        text="""Dear Sam,

Thank you for considering a career with Castellan Hotels and for your application for the Loyalty Marketing Manager role in our Chicago support office.

Although your background is impressive, we have decided to proceed with candidates whose experience better fits the current requirements of this position.

We encourage you to follow us on [[LinkedIn]] and to apply again in the future.

With warm regards,
Castellan Hotels Talent Acquisition""",
        about="Castellan Hotels operates 140 hotels in 22 countries and was named one of Fortune's Best Workplaces in Hospitality 2026.",
        notes="html-only base64; 'although your background is impressive'"),

    rej("grachtwerk-recruitee-no-interview-dutch", "ats-automated", "ats", variant="en-nonnative",
        exp=("", "Sanne", "Grachtwerk", "Product Marketing Manager"),
        vendor="recruitee", brand="Grachtwerk", plain="inline",
        frm="Grachtwerk <notifications@mail.recruitee.com>",
        subject="Re: Product Marketing Manager",
        text="""Hi Sam,

Thank you for your application for Product Marketing Manager at Grachtwerk and for your patience.

After careful review we've decided not to invite you for an interview. We had a lot of applications from people with SaaS experience in the Benelux market and we chose to focus on those.

Good luck with your search!

Groetjes,
Sanne de Wit
Talent Acquisition""",
        extra_footer=["Dit is een automatisch gegenereerd bericht. Reageren op deze e-mail is niet mogelijk. / This is an automated message."],
        notes="dutch footer; 'Re:' subject from an ATS; not invited for interview"),

    rej("motleyfinch-workable-terse", "terse", "ats", variant="en-GB",
        exp=("", "", "Motley Finch", ""),
        vendor="workable", brand="Motley Finch",
        frm="Motley Finch <noreply@candidates.workablemail.com>",
        subject="Thanks for applying to Motley Finch",
        text="""Hi Sam,

Thanks for applying to Motley Finch. We've reviewed your application and won't be progressing it.

Motley Finch""",
        notes="terse; no role named"),

    rej("northmoor-portal-not-shortlisted", "ats-automated", "ats", variant="en-GB",
        exp=("", "", "Northmoor University", "Head of Digital Communications"),
        vendor="generic", brand="Northmoor University", plain="refs",
        frm="Northmoor University Recruitment <jobs-noreply@northmoor.example>",
        subject="Application update - reference 44817",
        text="""Dear Sam Taylor

Post: Head of Digital Communications
Reference: 44817
Department: Marketing, Communications and Student Recruitment

Thank you for your application for the above post.

Your application has been considered by the shortlisting panel against the essential and desirable criteria in the person specification. I regret to inform you that your application has not been shortlisted for interview.

Due to the number of applications received we are unable to provide individual feedback at this stage.

Thank you for your interest in working at Northmoor University.

Human Resources""",
        notes="university portal; refs plain with three-space indent"),

    rej("brennan-successfactors-after-panel", "after-interview", "ats", day="2026-11-13", variant="en-IE",
        exp=("aoife.kelleher@brennanrail.example", "Aoife", "Brennan Rail", "Customer Marketing Manager"),
        vendor="successfactors", brand="Brennan Rail",
        frm="Brennan Rail Careers <noreply@successfactors.eu>", reply_to="Aoife Kelleher <aoife.kelleher@brennanrail.example>",
        subject="Brennan Rail - Customer Marketing Manager - interview outcome",
        text="""Dear Sam,

Thank you for attending interview for the position of Customer Marketing Manager on Tuesday last and for the preparation you put into your presentation.

The interview panel has now completed its deliberations and I wish to advise you that the panel has decided to offer the position to another candidate.

A panel of qualified candidates will be formed from the competition and will remain valid for twelve months. Your name has not been placed on this panel.

Should you wish to receive feedback, please reply to this email.

Is mise le meas,
Aoife Kelleher
Talent Acquisition Partner""",
        notes="irish; Irish-language sign-off; not placed on panel"),

    rej("ardent-indeed-employer-message", "terse", "ats", variant="en-GB",
        exp=("gareth-m4k2q9@indeedemail.com", "Gareth", "Ardent Roofing Supplies", "Marketing Manager"),
        vendor="indeed", brand="Indeed",
        frm="Gareth at Ardent Roofing Supplies via Indeed <indeedapply@indeed.com>",
        reply_to="gareth-m4k2q9@indeedemail.com",
        subject="New message from Ardent Roofing Supplies about Marketing Manager",
        text="""Ardent Roofing Supplies sent you a message

Marketing Manager - Swindon

"Hi Sam, thanks for applying. The role has now been filled. Best, Gareth"

Reply to this message by replying to this email or in your Indeed inbox.

[[View message]]""",
        notes="indeed employer message relayed; reply via relay address"),

    rej("ivory-greenhouse-talent-community-verdict-end", "keep-on-file", "ats", variant="en-US",
        exp=("", "", "Ivory Lane Studios", "Senior Manager, Audience Growth"),
        vendor="greenhouse", brand="Ivory Lane Studios", plain="refs",
        frm="Ivory Lane Studios Recruiting <no-reply@us.greenhouse-mail.io>",
        subject="Thank you from Ivory Lane Studios",
        text="""Hi Sam,

At Ivory Lane Studios, we believe stories change how people see the world, and so do the people who tell them. That's why we read every application with care, and why we wanted to thank you personally for applying to be our Senior Manager, Audience Growth.

Our Talent Community is the best way to hear first about new roles, studio events and our annual Open Lot day. Members get early access to internships and freelance calls, and you can tell us which teams you're most interested in.

[[Join the Talent Community]]

We have now filled the Senior Manager, Audience Growth role, so we're closing your application for it, but we'd love to see you in the community.

Best,
The Ivory Lane Recruiting Team""",
        notes="verdict at the end after talent-community pitch"),
]
