"""The 40 rejections of set en8 (20 ATS-style, 20 personal) as data for make_messages.py."""


def ats(slug, cat, variant, vendor, brand, frm, subject, text, exp, **kw):
    return dict(slug=slug, label="rejection", cat=cat, style="ats", variant=variant, vendor=vendor, brand=brand,
                frm=frm, subject=subject, text=text, exp=exp, **kw)


def personal(slug, cat, variant, frm, subject, text, exp, **kw):
    return dict(slug=slug, label="rejection", cat=cat, style="personal", variant=variant, frm=frm,
                subject=subject, text=text, exp=exp, **kw)


MESSAGES = [
    # ------------------------------------------------------------------ ATS-style (20)
    ats("brightwater-greenhouse-other-candidates", "ats-automated", "en-US", "greenhouse", "Brightwater Health",
        "Brightwater Health <no-reply@us.greenhouse-mail.io>",
        "Thank you for your interest in Brightwater Health",
        """Hi Sam,

Thank you for your interest in Brightwater Health and for taking the time to apply for the Senior Content Strategist position.

We received a large number of applications for this role, and after careful review we have decided to move forward with other candidates whose experience more closely matches the needs of the team at this time.

We appreciate your interest in joining us and encourage you to keep an eye on our [[careers page]] for future openings that match your skills and experience.

Best regards,
Brightwater Health Talent Acquisition""",
        ("", "", "Brightwater Health", "Senior Content Strategist"),
        notes="most ordinary wording; verdict mid-letter"),

    ats("foxglove-lever-keep-on-file", "keep-on-file", "en-GB", "lever", "Foxglove Studio",
        "Priya Nair <no-reply@hire.lever.co>",
        "Your application to Foxglove Studio",
        """Hi Sam,

Thank you so much for applying for the Audience Growth Lead role at Foxglove Studio, and for your patience while we worked through applications.

I'm sorry to say that we won't be taking your application further on this occasion. We had a really strong response and the decision was a difficult one.

We'd love to stay in touch, and with your permission we'll keep your details on file for the next 12 months in case something suitable comes up. If you'd rather we didn't, just reply to this email and let me know.

Thanks again for your interest in Foxglove, and best of luck with your search.

Priya

Priya Nair
Talent Partner, Foxglove Studio""",
        ("priya.nair@foxglovestudio.example", "Priya", "Foxglove Studio", "Audience Growth Lead"),
        reply_to="Priya Nair <priya.nair@foxglovestudio.example>", plain="inline",
        notes="reply-to recruiter; plain part generated from HTML with inline URLs"),

    ats("halvorsen-workday-pursue-others", "ats-automated", "en-US", "workday", "Halvorsen Industries",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Regarding your application for Manager, Brand Communications",
        """Dear Sam Taylor,

Thank you for your interest in the Manager, Brand Communications (R0041287) position at Halvorsen Industries. We appreciate the time and effort you invested in your application.

After careful review of your qualifications, we have decided to pursue other candidates whose qualifications more closely meet the requirements of the position.

We encourage you to continue to visit our [[Careers site]] and apply for positions that match your interests and experience. You can also [[create job alerts]] so that you are notified when new positions become available.

Again, thank you for your interest in Halvorsen Industries, and we wish you success in your job search.

Sincerely,

Talent Acquisition
Halvorsen Industries""",
        ("", "", "Halvorsen Industries", "Manager, Brand Communications"),
        plain="refs", notes="plain part generated from HTML ([image] placeholders, link list)"),

    ats("lumenpacific-smartrecruiters-not-successful", "keep-on-file", "en-SG", "smartrecruiters", "Lumen Pacific",
        "Lumen Pacific Hiring Team <noreply@smartrecruiters.com>",
        "Your application for Regional Marketing Manager, APAC",
        """Dear Sam,

Thank you for applying for the position of Regional Marketing Manager, APAC with Lumen Pacific, and for your interest in our company.

We have now reviewed all applications. We regret to inform you that your application was not successful on this occasion. Please understand that this decision does not reflect on your qualifications; we received many applications from highly qualified candidates for a limited number of positions.

Your profile will remain in our candidate database, and we may contact you should a suitable opportunity arise in the future. You can update your profile or withdraw your consent at any time via [[My Applications]].

We wish you every success in your career.

Yours sincerely,
Talent Acquisition Team
Lumen Pacific Pte. Ltd.""",
        ("", "", "Lumen Pacific", "Regional Marketing Manager, APAC"),
        footer=["Lumen Pacific Pte. Ltd. collects, uses and discloses your personal data in accordance with the Personal Data Protection Act 2012 (PDPA)."],
        notes="PDPA footer"),

    ats("kestrel-workable-profile-not-close-enough", "ats-automated", "en-ZA", "workable", "Kestrel Digital",
        "Kestrel Digital <noreply@candidates.workablemail.com>",
        "Your application for Content Marketing Lead at Kestrel Digital",
        """Hi Sam,

Thanks for applying to the Content Marketing Lead position at Kestrel Digital. We've carefully reviewed your profile and unfortunately it doesn't match closely enough the requirements of the role, so we won't be progressing your application further.

We really appreciate your interest in Kestrel Digital and wish you all the best in your search.

Kind regards,
Kestrel Digital Hiring Team""",
        ("", "", "Kestrel Digital", "Content Marketing Lead"),
        footer=["In terms of the Protection of Personal Information Act, 2013 (POPIA), Kestrel Digital (Pty) Ltd will retain your application for 12 months. To request earlier deletion, see {privacy}"],
        notes="POPIA footer; verdict in first paragraph"),

    ats("oriel-personio-gdpr-consent", "keep-on-file", "en-IE", "personio", "Oriel Analytics",
        "Oriel Analytics Recruiting <no-reply@mail.personio.de>",
        "Your application as Marketing Communications Manager",
        """Dear Sam,

Thank you for your application for the position of Marketing Communications Manager and for the interest you have shown in Oriel Analytics.

We have now had the opportunity to review your application in detail. Unfortunately, we have decided not to proceed with your application at this time, as we have shortlisted candidates whose experience more closely reflects the requirements of the role.

We would like to keep your application in our talent pool for a further 12 months so that we can contact you if a suitable position becomes available. If you agree, please confirm via the following link:

{button:Yes, keep my data}

If we do not hear from you, your data will be deleted in accordance with the GDPR 30 days after the close of this recruitment process.

If you have any questions, please contact Aoife Brennan in our People team.

Kind regards,

Aoife Brennan
People & Culture
Oriel Analytics Ltd""",
        ("aoife.brennan@orielanalytics.example", "Aoife", "Oriel Analytics", "Marketing Communications Manager"),
        reply_to="Aoife Brennan <aoife.brennan@orielanalytics.example>", plain="refs",
        notes="GDPR data-retention consent button; German line in vendor footer; plain part generated from HTML"),

    ats("saltbush-teamtailor-gone-another-way", "ats-automated", "en-AU", "teamtailor", "Saltbush",
        "Saltbush Careers <notifications@teamtailor-mail.com>",
        "Thanks for applying to Saltbush",
        """Hey Sam,

Thanks heaps for putting your hand up for the Social & Community Lead role at Saltbush – we loved learning a bit more about you.

We've now had a chance to go through everyone who applied, and this time around we've decided to go with candidates whose experience is a closer match for what the team needs right now. We know that's not the news you were hoping for.

If you'd like to hear about future roles, join our Connect community and we'll let you know when something new pops up.

{button:Join Saltbush Connect}

Cheers,
The Saltbush People Team""",
        ("", "", "Saltbush", "Social & Community Lead"),
        preheader="An update on your application for Social & Community Lead", notes="casual Australian template; talent-community button"),

    ats("northcrest-icims-bilingual-html-only", "ats-automated", "en-CA", "icims", "Northcrest Bank",
        "Northcrest Bank Careers / Carrières <careers-noreply@talent.icims.com>",
        "Northcrest Bank - Job ID 2026-14872 / Banque Northcrest - Poste no 2026-14872",
        """(Le français suit)

Dear Sam,

Thank you for your interest in the Senior Manager, Digital Communications position (Job ID 2026-14872) with Northcrest Bank.

We have carefully reviewed your application. While your background is impressive, we have decided to move forward with other candidates whose qualifications more closely match the requirements of this role.

We encourage you to visit our [[Careers site]] regularly and to apply for future opportunities that match your skills and interests.

Thank you again for considering Northcrest as a potential employer.

Regards,
Talent Acquisition
Northcrest Bank

{hr}

Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez au poste de Directeur principal ou directrice principale, Communications numériques (no de poste 2026-14872) à la Banque Northcrest.

Nous avons examiné attentivement votre candidature. Bien que votre parcours soit impressionnant, nous avons décidé de retenir d'autres candidatures qui correspondent davantage aux exigences du poste.

Nous vous invitons à consulter régulièrement notre [[site Carrières]] et à postuler aux possibilités futures qui correspondent à vos compétences et à vos intérêts.

Cordialement,
Acquisition de talents
Banque Northcrest""",
        ("", "", "Northcrest Bank", "Senior Manager, Digital Communications"),
        plain="none", cte="base64",
        footer=["Northcrest Bank is committed to employment equity and will provide accommodation for persons with disabilities on request. / La Banque Northcrest souscrit à l'équité en matière d'emploi."],
        notes="HTML-only, base64; bilingual English then French"),

    ats("vantara-successfactors-not-taking-further", "ats-automated", "en-IN", "successfactors", "Vantara Consumer",
        "Vantara Consumer Ltd <noreply@successfactors.com>",
        "Update on your application - Content Lead - Digital",
        """Dear Sam Taylor,

Greetings from Vantara Consumer Limited!

Thank you for your interest in the position of Content Lead - Digital (Requisition ID: 104562) and for the time you have invested in the selection process.

We have carefully evaluated your profile against the requirements of the role. We regret to inform you that we will not be taking your application further at this stage.

We will retain your profile in our database and may get in touch with you should a suitable opportunity arise in future.

We wish you all the very best in your future endeavours.

Warm regards,
Talent Acquisition Team
Vantara Consumer Limited""",
        ("", "", "Vantara Consumer", "Content Lead - Digital"),
        footer=["Disclaimer: Vantara Consumer Limited does not charge any fee at any stage of its recruitment process and does not authorise any agency to do so. Please beware of fraudulent offers made in our name."],
        notes="Indian formal template; anti-fraud footer"),

    ats("corvid-linkedin-easy-apply", "job-board-relay", "en-US", "linkedin", "Corvid Outdoor",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Social Media Manager at Corvid Outdoor",
        """{img:Corvid Outdoor}

# Your update from Corvid Outdoor

Thank you for your interest in the Social Media Manager position at Corvid Outdoor in Boulder, CO. Unfortunately, Corvid Outdoor will not be moving forward with your application, but we appreciate your time and interest in Corvid Outdoor.

Regards,
Corvid Outdoor

{button:View similar jobs}

{hr}

# Top jobs you may be interested in

{jobs}

{button:See all jobs}""",
        ("", "", "Corvid Outdoor", "Social Media Manager"),
        jobs=[("Senior Social Media Manager", "Pinecrest Gear", "Denver, CO (Hybrid)"),
              ("Content & Community Manager", "Trailmark", "United States (Remote)"),
              ("Social Media Lead", "Ridgeback Coffee Co.", "Boulder, CO (On-site)")],
        id_domain="linkedin.com", notes="job-board relay with bulk headers and job recommendations"),

    ats("northway-indeed-not-selected", "job-board-relay", "en-CA", "indeed", "Northway Logistics",
        "Indeed <donotreply@indeed.com>",
        "An update on your application from Northway Logistics",
        """# An update on your application

{table}

Thank you for your interest. After reviewing your application, Northway Logistics has decided to move forward with other candidates for this position.

Here's a message from the employer:

"Hi Sam, thank you for applying to the Marketing & Communications Specialist role in Mississauga. We received a high number of applications and have decided to proceed with candidates whose experience is more closely aligned to the position. We wish you the best in your job search. - Northway HR"

Don't be discouraged, keep applying! Jobs similar to the one you applied for:

{jobs}""",
        ("", "", "Northway Logistics", "Marketing & Communications Specialist"),
        table=[("Job", "Marketing & Communications Specialist"), ("Company", "Northway Logistics"),
               ("Location", "Mississauga, ON"), ("Status", "Not selected by employer")],
        jobs=[("Communications Coordinator", "Lakeview Transit Authority", "Toronto, ON"),
              ("Marketing Manager", "Birchline Foods", "Oakville, ON")],
        plain="refs", notes="job-board relay; status row; plain part generated from HTML"),

    ats("tasman-seek-unsuccessful", "job-board-relay", "en-AU", "seek", "Tasman Freight Co.",
        "SEEK <noreply@s.seek.com.au>",
        "Your application for Communications Advisor at Tasman Freight Co.",
        """Hi Sam,

Tasman Freight Co. has sent you the following message about your application for Communications Advisor.

{hr}

Dear Sam,

Thank you for your application for the Communications Advisor position. We have now completed our shortlisting and regret to advise that your application has been unsuccessful on this occasion.

We appreciate the time you took to apply and wish you well with your job search.

Kind regards,
Renee Walsh
People & Culture | Tasman Freight Co.

{hr}

This message was sent to you by the employer via SEEK. You can see all your applications in [[Applied jobs]] on SEEK.

{button:View applied jobs}""",
        ("", "Renee", "Tasman Freight Co.", "Communications Advisor"),
        id_domain="s.seek.com.au", notes="job-board relay; employer letter inside SEEK chrome; signed but no address"),

    ats("kelvingate-jobtrain-not-shortlisted", "ats-automated", "en-GB", "jobtrain", "Kelvingate University",
        "Kelvingate University Recruitment <noreply@jobtrain.co.uk>",
        "Application for Digital Communications Manager (Ref: KU04417)",
        """Dear Sam

Post: Digital Communications Manager
Ref: KU04417

Thank you for your recent application for the above post.

The shortlisting panel has now met and carefully considered all applications received against the essential and desirable criteria in the person specification. I am sorry to inform you that on this occasion you have not been shortlisted for interview.

Due to the high volume of applications we are unable to provide individual feedback at the shortlisting stage.

May I take this opportunity to thank you for your interest in working at Kelvingate University and wish you every success in the future.

Yours sincerely

Human Resources
Kelvingate University""",
        ("", "", "Kelvingate University", "Digital Communications Manager"),
        plain="inline", footer=["Kelvingate University is a charity registered in Scotland, No. SC099417."],
        notes="UK university template; 'not shortlisted'; plain part generated from HTML"),

    ats("parallax-greenhouse-after-writing-exercise", "after-assessment", "en-US", "greenhouse", "Parallax Learning",
        "Dana Whitfield <no-reply@us.greenhouse-mail.io>",
        "Parallax Learning - Update on your application",
        """Hi Sam,

Thank you for taking the time to complete the writing exercise for the Senior Editorial Manager role. I know these take real effort, and the team enjoyed reading your piece on onboarding emails.

We've now reviewed all of the exercises submitted at this stage. After a lot of discussion, the team has decided not to move you forward to the final round. The candidates we're progressing showed a little more depth in curriculum-style content, which is a big part of this role.

This was a competitive process and it genuinely was a close call. Please don't hesitate to apply for future roles with us.

All the best,
Dana

Dana Whitfield
Senior Recruiter | Parallax Learning""",
        ("dana.whitfield@parallaxlearning.example", "Dana", "Parallax Learning", "Senior Editorial Manager"),
        reply_to="Dana Whitfield <dana.whitfield@parallaxlearning.example>",
        notes="recruiter-written Greenhouse mail with Reply-To; 'not move you forward to the final round'"),

    ats("juniper-bamboohr-position-filled", "role-filled", "en-US", "bamboohr", "Juniper & Vine",
        "Juniper & Vine <notifications@app.bamboohr.com>",
        "Content Marketing Manager at Juniper & Vine",
        """Hi Sam,

Thank you for your interest in the Content Marketing Manager position at Juniper & Vine. We wanted to let you know that this position has been filled.

We appreciate you taking the time to apply and wish you the best of luck in your search.

Thanks,
Juniper & Vine""",
        ("", "", "Juniper & Vine", "Content Marketing Manager"),
        notes="short; 'this position has been filled'"),

    ats("tulpen-recruitee-not-continue", "ats-automated", "en-IE", "recruitee", "Tulpen Mobility",
        "Tulpen Mobility <no-reply@mail.recruitee.com>",
        "Your application at Tulpen Mobility",
        """Hi Sam,

Thank you for applying for the Senior Brand Marketing Manager position at Tulpen Mobility and for your interest in joining our team in Dublin.

We have reviewed your application carefully and compared it with the profile we are looking for. Unfortunately, we have decided not to continue with your application.

We know this is disappointing. Please do not let it stop you from applying for other positions at Tulpen Mobility in the future.

Met vriendelijke groet / Kind regards,

Tulpen Mobility Talent Team""",
        ("", "", "Tulpen Mobility", "Senior Brand Marketing Manager"),
        plain="refs", notes="Dutch employer's Dublin office; Dutch sign-off and vendor footer line; plain part generated from HTML"),

    ats("wolkenwerk-join-proceed-other", "ats-automated", "en-GB", "join", "Wolkenwerk",
        "Wolkenwerk via JOIN <noreply@join.com>",
        "Your application as Head of Content (m/f/d) at Wolkenwerk",
        """Hello Sam,

Thank you very much for your application as Head of Content (m/f/d) and for your interest in Wolkenwerk.

Unfortunately, we have to inform you that we have decided to proceed with other candidates whose profiles better fit our current requirements.

This decision is not a judgement of your qualifications. We wish you all the best and much success for your future career.

Best regards
Your Wolkenwerk Team""",
        ("", "", "Wolkenwerk", "Head of Content (m/f/d)"),
        footer=["Wolkenwerk GmbH · Sitz der Gesellschaft: Berlin · Amtsgericht Charlottenburg HRB 234567 B · Geschäftsführer: Jonas Keller"],
        notes="German employer writing in English for a London role; German legal footer"),

    ats("graniteridge-workday-requisition-cancelled", "role-cancelled", "en-US", "workday", "Granite Ridge Media",
        "Granite Ridge Media <graniteridge@myworkday.com>",
        "Update: Senior Producer, Podcasts (JR-2291)",
        """Dear Sam,

Thank you for your interest in the Senior Producer, Podcasts position (JR-2291) at Granite Ridge Media.

We are writing to let you know that this requisition has been cancelled and the position will not be filled at this time. As a result, your application will not be moving forward.

We recognize the time and effort you put into the process and regret any inconvenience this may cause. We encourage you to continue to review our [[career site]] for future opportunities.

Best regards,
Granite Ridge Media Talent Acquisition""",
        ("", "", "Granite Ridge Media", "Senior Producer, Podcasts"),
        plain="only", notes="plain-text-only Workday notification; requisition cancelled"),

    ats("brenner-softgarden-talent-pool-clause", "keep-on-file", "en-SG", "softgarden", "Brenner Analytics",
        "Brenner Analytics Recruiting <noreply@softgarden.io>",
        "Your application as Marketing Manager Southeast Asia",
        """Dear Sam Taylor,

Thank you for your application as Marketing Manager Southeast Asia at our Singapore office and for the trust you have placed in Brenner Analytics.

We have looked at your documents carefully. Although we cannot consider you for this particular position, your profile made a very good impression on us. We would therefore be pleased to include you in our talent pool, so that we can contact you directly about future vacancies.

{button:Join the talent pool}

If you do not accept within 14 days, your application documents will be deleted in accordance with data protection regulations.

Kind regards

Lena Hoffmann
Talent Acquisition
Brenner Analytics Asia Pte. Ltd.""",
        ("", "Lena", "Brenner Analytics", "Marketing Manager Southeast Asia"),
        footer=["Brenner Analytics GmbH · Sitz München · Registergericht München HRB 211483 · Vorstand: Dr. Katrin Brenner"],
        plain="inline", notes="verdict in one clause of a talent-pool invitation; German footer"),

    ats("sahyadri-taleo-status-not-selected", "status-portal", "en-IN", "taleo", "Sahyadri Fintech",
        "Sahyadri Fintech Careers <donotreply@taleo.net>",
        "Application Status Update - Req 2600412",
        """Dear Sam Taylor,

This is to inform you that the status of your application has been updated.

{table}

You may log in to the [[Candidate Portal]] to view the details of your application.

Regards,
Talent Acquisition Team
Sahyadri Fintech Pvt. Ltd.""",
        ("", "", "Sahyadri Fintech", "Manager - Brand & Content"),
        table=[("Requisition", "2600412"), ("Job Title", "Manager - Brand & Content"),
               ("Location", "Pune, Maharashtra"), ("Status", "Not Selected"), ("Updated on", "11-Nov-2026")],
        day="2026-11-11", notes="verdict only in a status table cell"),

    # ------------------------------------------------------------------ personal (20)
    personal("harborlight-recruiter-after-final", "personal-after-interview", "en-US",
             "Marisol Vega <marisol.vega@harborlight.example>",
             "Harborlight Media - Director of Audience Development",
             """Hi Sam,

I hope you had a good weekend.

I wanted to reach out personally to thank you for all the time you've spent with us over the past few weeks. The team really enjoyed meeting you, and your presentation on newsletter retention was one of the highlights of the final round.

That said, I'm sorry to tell you that we've decided to move forward with another candidate for the Director of Audience Development role. It was a very close decision; in the end we went with someone who has spent the last few years running audience for a subscription business, which is where we're headed in 2027.

I'd be happy to jump on a quick call if you'd like more detailed feedback - just let me know a time that works.

Thanks again, Sam, and I really hope our paths cross again.

Best,
Marisol

Marisol Vega | Senior Talent Partner
Harborlight Media
m: (646) 555-0148
[cid:image001.png@01DB4C2E.7A3F9B10]""",
             ("marisol.vega@harborlight.example", "Marisol", "Harborlight Media", "Director of Audience Development"), day="2026-11-16",
             client="outlook", id_style="outlook", notes="verdict mid-letter after praise; Outlook cid image placeholder"),

    personal("quill-lantern-hm-short", "personal-after-interview", "en-GB",
             "Tom Ashworth <tom.ashworth@quillandlantern.example>",
             "Thanks for Tuesday",
             """Hi Sam,

Thanks again for coming in on Tuesday, it was really good to meet you.

I'm afraid we've decided not to take you forward for the marketing manager role this time. We saw some very strong people and it came down to fine margins. Happy to give you some feedback over the phone if useful.

All the best with the search,
Tom

--
Tom Ashworth
Publishing Director, Quill & Lantern Books
020 7946 0321""",
             ("tom.ashworth@quillandlantern.example", "Tom", "Quill & Lantern Books", "Marketing Manager"),
             notes="short; hiring manager"),

    personal("liffey-agency-reply-to-chaser", "agency-recruiter", "en-IE",
             "Ciarán Doyle <ciaran.doyle@harcourtrecruitment.example>",
             "Re: Liffey Energy - Communications Manager",
             """Hi Sam,

Apologies for the delay in getting back to you, it's been a mad week.

I finally got feedback from Liffey Energy this morning. Unfortunately they've decided to go with another candidate for the Communications Manager role. They liked you a lot at second interview but felt the other person had more experience on the crisis comms side, which is a big part of the job with everything going on with the regulator.

Sorry it's not better news. I'll keep you in mind for anything else that comes in and I'll give you a shout next week to catch up.

Ciarán

Ciarán Doyle
Senior Consultant | Harcourt Recruitment
+353 1 555 0192 | +353 87 555 0173
www.harcourtrecruitment.example

On Mon, 12 Oct 2026 at 09:41, Sam Taylor <sam.taylor@example.org> wrote:
> Hi Ciarán,
>
> Hope you're well. Just wondering if there's been any word from Liffey
> Energy since Thursday's interview? No pressure, just keen to know where
> things stand.
>
> Thanks,
> Sam""",
             ("ciaran.doyle@harcourtrecruitment.example", "Ciarán", "Liffey Energy", "Communications Manager"),
             parent=True, day="2026-10-14", client="gmail", id_style="gmail",
             notes="agency relays client's no; reply above Sam's quoted chaser; fada in name"),

    personal("coastline-agency-iphone-typos", "agency-recruiter", "en-AU",
             "Brodie Kennedy <brodie@southerlytalent.example>",
             "Coastline Super - Content Manager",
             """Hey Sam

Just tried to give you a call but went to voicemail. Bad news unfortunatley - Coastline have gone with the other candidate for the content manager role. Feedback was really positive, they just felt she had a bit more financial services experiance which was always going to be hard to beat.

Gutted for you mate, you interviewed really well. Lets chat tomorrow, I've got a couple of things coming up that could be a good fit.

Cheers
Brodie

Sent from my iPhone""",
             ("brodie@southerlytalent.example", "Brodie", "Coastline Super", "Content Manager"),
             wrap=False, id_style="apple", id_domain="southerlytalent.example",
             notes="phone-typed, typos, unwrapped lines; agency; company only in subject in full"),

    personal("anvaya-hr-india-formal", "personal-after-interview", "en-IN",
             "Shweta Kulkarni <shweta.k@anvayadigital.example>",
             "Your interview with Anvaya Digital - Content Head",
             """Dear Sam,

Greetings from Anvaya Digital!

This is with reference to your interview for the position of Content Head held on 14th October 2026 with our panel.

We thank you for taking out time to attend the discussion. After careful consideration, we regret to inform you that your profile has not been shortlisted for further rounds at this point of time.

We shall keep your profile in our database and will get in touch with you in case of any suitable opening in future.

Wishing you all the best for your future endeavours.

Thanks & Regards,
Shweta Kulkarni
Senior Executive - Talent Acquisition
Anvaya Digital Solutions Pvt. Ltd.
Mob: +91 98450 55512 | www.anvayadigital.example

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it from your system. Please consider the environment before printing this e-mail.""",
             ("shweta.k@anvayadigital.example", "Shweta", "Anvaya Digital", "Content Head"),
             client="outlook", id_style="outlook", notes="Indian HR phrasing; confidentiality disclaimer"),

    personal("orchidbay-sg-candidature", "personal-after-interview", "en-SG",
             "Tan Hui Min <huimin.tan@orchidbay.example>",
             "Head of Digital Marketing - update",
             """Hi Sam,

Hope you are well.

Just to update you, the hiring manager has reviewed the feedback from all the interviewers and has decided not to proceed with your candidature for the Head of Digital Marketing role. Sorry about this.

Thank you for your time and effort throughout the process. We will keep your CV in our records and reach out if there are other suitable roles.

Best Regards,
Tan Hui Min
Talent Acquisition Lead
Orchid Bay Group
DID: +65 6555 0187""",
             ("huimin.tan@orchidbay.example", "Hui Min", "Orchid Bay Group", "Head of Digital Marketing"),
             notes="surname-first name; 'not to proceed with your candidature'"),

    personal("protea-za-disclaimer", "personal-after-interview", "en-ZA",
             "Thandeka Mokoena <thandeka.mokoena@proteahome.example>",
             "Brand Manager interview - feedback",
             """Good day Sam,

Thank you for your time during the interview on Thursday and for your interest in the Brand Manager position at Protea Home Stores.

We have now concluded the interviews. Unfortunately, we will not be proceeding with your application. We had a number of strong candidates and the panel has selected a candidate whose retail experience is a closer fit for the role.

We wish you the best of luck in your future endeavours.

Kind regards,

Thandeka Mokoena
Talent Acquisition Specialist
Protea Home Stores (Pty) Ltd
Tel: +27 21 555 0164 | Cell: +27 82 555 0139
Block C, Waterfront Park, Century City, Cape Town, 7441
[cid:image002.jpg@01DB51A0.33C7E210]

Disclaimer: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail; any use, disclosure or copying of it is prohibited. Views and opinions expressed in this e-mail are those of the sender unless clearly stated as those of Protea Home Stores (Pty) Ltd (Reg. No. 2001/014522/07). Protea Home Stores processes personal information in accordance with the Protection of Personal Information Act, 2013.""",
             ("thandeka.mokoena@proteahome.example", "Thandeka", "Protea Home Stores", "Brand Manager"),
             client="outlook", id_style="outlook", notes="long legal disclaimer after the verdict"),

    personal("maplewood-long-feedback-case-study", "after-assessment", "en-CA",
             "Geneviève Tremblay <genevieve.tremblay@maplewoodmedia.example>",
             "Audience Strategy Lead - decision",
             """Hi Sam,

Thank you again for the time you put into the case study and for presenting it to Raj, Olivia and me on Wednesday. I know preparing something like that on top of a full-time job is a big ask, and it showed: the deck was clear, well structured, and you handled Raj's questions about paid acquisition calmly.

I promised you a decision by the end of the week, so I want to be straightforward with you: we won't be offering you the Audience Strategy Lead position. We've decided to go with a candidate whose experience is more heavily weighted towards French-language markets, which turned out to matter more to us than we'd anticipated when we wrote the job description.

Because you asked for feedback, here are a few things the panel noted:

- Your retention analysis was the strongest part of the case study; nobody else went as deep on cohorts.
- We would have liked to see a clearer point of view on how to prioritise between the three markets.
- The budget section felt a little light compared with the rest of the deck.

None of this changes the fact that it was a close decision. If you're open to it, I'd like to keep in touch. We will likely open a senior strategist role in the spring, and I'd be happy to give you a heads-up.

Thanks again, and bonne chance with the search.

Geneviève

--
Geneviève Tremblay
Directrice, Stratégie d'audience | Director, Audience Strategy
Maplewood Media Co.
514-555-0176

Ce courriel peut contenir des renseignements confidentiels. / This email may contain confidential information.""",
             ("genevieve.tremblay@maplewoodmedia.example", "Geneviève", "Maplewood Media Co.", "Audience Strategy Lead"),
             client="gmail", id_style="gmail", cte="8bit",
             notes="long; verdict in the middle; feedback bullets; bilingual French/English signature"),

    personal("stanmore-role-on-hold", "role-cancelled", "en-GB",
             "Helen Prescott <helen.prescott@stanmoreheritage.example>",
             "Head of Content - update",
             """Dear Sam,

I hope this finds you well, and thank you for your patience over the last few weeks.

I'm writing with some disappointing news. Following the trustees' budget review last week, we have had to put recruitment for the Head of Content post on hold. At this point I honestly can't say if or when the post will be re-advertised, and I didn't want to keep you waiting on a process that has effectively stopped.

I'm very sorry, particularly as you were one of two candidates we were hoping to invite back for a final conversation. If the post does open again, I will contact you directly before it is advertised.

With best wishes,

Helen

Helen Prescott
Director of Communications
Stanmore Heritage Trust
Registered charity no. 1099417""",
             ("helen.prescott@stanmoreheritage.example", "Helen", "Stanmore Heritage Trust", "Head of Content"),
             client="outlook", id_style="outlook", notes="post put on hold indefinitely; process stopped"),

    personal("fieldnote-terse-filled", "terse", "en-US",
             "Jess Romero <jess@fieldnote.example>",
             "Re: Content Lead",
             """Hi Sam - quick update: we've filled the Content Lead position. Really appreciate the time you spent with us and wish you the best.

-Jess

Jess Romero
Head of Marketing, Fieldnote""",
             ("jess@fieldnote.example", "Jess", "Fieldnote", "Content Lead"),
             parent=True, id_style="gmail", notes="two lines; 'we've filled the position'"),

    personal("greenway-recruiter-forwards-hm-note", "forwarded-by-recruiter", "en-IE",
             "Niamh Kavanagh <niamh.kavanagh@greenwayhealth.example>",
             "Fwd: Sam Taylor - Senior Marketing Manager",
             """Hi Sam,

I wanted to share the note below from Declan, as I think his feedback is more useful coming straight from him. Sorry it isn't better news, I know you were keen on this one.

Please do keep an eye on our careers page, and feel free to reach out to me directly if you see anything else.

Best,
Niamh

Niamh Kavanagh | Talent Acquisition Partner | Greenway Health
+353 1 555 0133

---------- Forwarded message ---------
From: Declan Moran <declan.moran@greenwayhealth.example>
Date: Wed, 21 Oct 2026 at 16:02
Subject: Sam Taylor - Senior Marketing Manager
To: Niamh Kavanagh <niamh.kavanagh@greenwayhealth.example>

Niamh,

Can you pass this on to Sam please?

Sam - thanks for coming in to meet us. We've decided not to progress your application for the Senior Marketing Manager role. You clearly know audience growth inside out, but we need someone with deeper healthcare marketing experience, particularly around regulated communications. I'd genuinely encourage you to apply again if something closer to your background comes up.

Declan""",
             ("niamh.kavanagh@greenwayhealth.example", "Niamh", "Greenway Health", "Senior Marketing Manager"),
             day="2026-10-22", client="gmail", id_style="gmail",
             notes="recruiter forwards the hiring manager's verdict; verdict only in the forwarded part"),

    personal("tidewater-resent-old-address", "re-sent", "en-US",
             "Kyle Brennan <kyle.brennan@tidewaterpartners.example>",
             "FW: Tidewater Partners - Marketing Director",
             """Hi Sam,

Resending this as I realized it may have gone to an old address - apologies if you're seeing it twice.

Kyle

-----Original Message-----
From: Kyle Brennan
Sent: Tuesday, October 6, 2026 3:14 PM
To: sam.t@example.net
Subject: Tidewater Partners - Marketing Director

Hi Sam,

Thank you again for your interest in the Marketing Director opportunity with Tidewater Partners and for the time you spent with Laura and the team.

After much deliberation we have decided to pursue other candidates whose experience aligns more closely with our current needs. This was not an easy decision, as we met with a number of very talented people.

We'll keep your resume on file and would welcome the chance to reconnect should a more suitable opening arise.

Best regards,

Kyle Brennan
Director, Talent Acquisition
Tidewater Partners
(617) 555-0110""",
             ("kyle.brennan@tidewaterpartners.example", "Kyle", "Tidewater Partners", "Marketing Director"),
             day="2026-10-08", client="outlook", id_style="outlook",
             notes="re-sent (FW:) to a new address; verdict only in the forwarded original"),

    personal("wattle-stone-reply-internal-hire", "internal-candidate", "en-AU",
             "Rachel Ng <rachel.ng@wattleandstone.example>",
             "RE: Digital Engagement Manager - application",
             """Hi Sam,

Thanks for following up, and sorry for the radio silence - that's on me.

We actually closed this one a couple of weeks ago. In the end the role went to someone internally who had been covering it on secondment, so we didn't end up progressing any external candidates to the final stage.

I should have let you know sooner. Thanks for your patience, and all the best with your search.

Kind regards,
Rachel

Rachel Ng
Talent Acquisition Advisor | Wattle & Stone
0412 555 091

From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, 2 November 2026 8:57 AM
To: Rachel Ng <rachel.ng@wattleandstone.example>
Subject: Digital Engagement Manager - application

Hi Rachel,

I hope you're well. I applied for the Digital Engagement Manager role in September and had a phone screen with you on the 29th. I just wanted to check in on timings for the next stage.

Many thanks,
Sam""",
             ("rachel.ng@wattleandstone.example", "Rachel", "Wattle & Stone", "Digital Engagement Manager"),
             parent=True, day="2026-11-04", client="outlook", id_style="outlook",
             notes="reply to Sam's chaser, Outlook quote header; filled internally"),

    personal("thamesbridge-not-successful-occasion", "personal-after-interview", "en-GB",
             "Marcus Bell <marcus.bell@thamesbridge.example>",
             "RE: Interview - Communications and Engagement Manager",
             """Dear Sam

Thank you for your email and for attending the interview for the post of Communications and Engagement Manager on 22 October.

The panel has now completed the interviews. I am sorry to let you know that on this occasion you have not been successful.

The panel asked me to pass on that you gave a strong interview and that your presentation was well received; the decision came down to the successful candidate's experience of resident engagement in the social housing sector. If you would like more detailed feedback, please let me know and I will arrange a short call with the chair of the panel.

Thank you again for your interest in Thamesbridge Housing.

Kind regards

Marcus Bell
HR Advisor (Recruitment)
Thamesbridge Housing
T: 020 3555 0172

Thamesbridge Housing is a charitable registered society under the Co-operative and Community Benefit Societies Act 2014 (Reg. no. 9917R) and a Registered Provider of social housing. This email and any attachments are confidential.

From: Sam Taylor <sam.taylor@example.org>
Sent: 22 October 2026 17:48
To: Marcus Bell <marcus.bell@thamesbridge.example>
Subject: Interview - Communications and Engagement Manager

Dear Marcus,

Thank you for arranging today's interview. Please pass on my thanks to the panel; I enjoyed the conversation and I'm very interested in the role.

Best wishes,
Sam""",
             ("marcus.bell@thamesbridge.example", "Marcus", "Thamesbridge Housing", "Communications and Engagement Manager"),
             parent=True, day="2026-10-27", client="outlook", id_style="outlook",
             notes="'on this occasion you have not been successful'; answers Sam's thank-you"),

    personal("fynbos-agency-role-withdrawn", "role-cancelled", "en-ZA",
             "Pieter van der Merwe <pieter@karootalent.example>",
             "Fynbos Financial Services - Marketing Communications Manager",
             """Hi Sam

Hope you're well.

Unfortunately I've just heard from Fynbos Financial Services that they've withdrawn the Marketing Communications Manager role. There's a restructure happening in their marketing department and the position is no longer going ahead, so they've closed the process for all candidates.

Really sorry about this, I know you were looking forward to the second interview. I'll definitely keep you in mind for similar roles - I have a few clients in the fintech space that could be a good fit.

Regards
Pieter

Pieter van der Merwe
Principal Consultant: Marketing & Digital
Karoo Talent Partners
+27 11 555 0158 | +27 83 555 0124""",
             ("pieter@karootalent.example", "Pieter", "Fynbos Financial Services", "Marketing Communications Manager"),
             notes="agency; client withdrew the role before the second interview"),

    personal("kopi-labs-founder-pass", "terse", "en-SG",
             "Arjun Menon <arjun@kopilabs.example>",
             "Re: Growth Marketing Lead chat",
             """Hey Sam, thanks for the chat yesterday, really enjoyed it.

We're going to pass for now on the Growth Marketing Lead role - we need someone who's run B2B SaaS growth in the region before. Good luck with everything!

Arjun
--
Arjun Menon | Co-founder, Kopi Labs""",
             ("arjun@kopilabs.example", "Arjun", "Kopi Labs", "Growth Marketing Lead"),
             parent=True, id_style="gmail", notes="startup founder; 'going to pass for now'"),

    personal("caerwen-welsh-signature", "personal-after-interview", "en-GB",
             "Rhian Evans <rhian.evans@caerwenarts.example>",
             "Head of Marketing and Audiences / Pennaeth Marchnata a Chynulleidfaoedd",
             """Dear Sam,

Thank you for attending interview for the post of Head of Marketing and Audiences last Friday, and for the time you put into your presentation.

I'm sorry to let you know that the panel has decided not to offer you the post on this occasion. The panel were impressed by your digital audience experience, but felt that the successful candidate's knowledge of Welsh-language audiences and the touring theatre sector made them the stronger fit.

If you would like feedback, I'd be happy to arrange a call with Gareth, our Chief Executive, who chaired the panel.

Thank you again for your interest in Caerwen Arts Centre.

Cofion gorau / Best wishes,

Rhian Evans
Swyddog Adnoddau Dynol | HR Officer
Canolfan Gelfyddydau Caerwen | Caerwen Arts Centre
01970 555 143

Rydym yn croesawu gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg heb oedi.
We welcome correspondence in Welsh and will respond in Welsh without delay.""",
             ("rhian.evans@caerwenarts.example", "Rhian", "Caerwen Arts Centre", "Head of Marketing and Audiences"),
             client="outlook", id_style="outlook", notes="bilingual Welsh/English subject and signature"),

    personal("sparrowhawk-long-praise-verdict-end", "personal-after-interview", "en-US",
             "Daniel Okoro <daniel.okoro@sparrowhawkgames.example>",
             "Senior Community Manager - thank you",
             """Hi Sam,

I wanted to write to you myself rather than have this come through our recruiting system.

First, thank you. You met six people across four conversations, and every one of them came away impressed. Mei said your answer about handling a launch-day outage on Discord was the best she has heard in any interview this year, and Chris has already stolen your idea about rotating community ambassadors for our beta program. You clearly care about players, and it comes through.

We also appreciated how candid you were about what you haven't done yet. That honesty made the conversations much more useful on our side.

I know you've been waiting on us for longer than we promised, and I'm sorry for that. We had two very different profiles in the final stage and it took some time to agree on what the team needs most over the next eighteen months.

Ultimately, though, we've decided to move forward with a candidate who has already run community for a live-service game at a much larger scale, and we won't be extending an offer for the Senior Community Manager role. I realize that's a disappointing end after so much of your time, and I'd genuinely like to stay in touch.

All the best,
Daniel

Daniel Okoro
VP, Player Experience
Sparrowhawk Games
(512) 555-0193""",
             ("daniel.okoro@sparrowhawkgames.example", "Daniel", "Sparrowhawk Games", "Senior Community Manager"),
             client="gmail", id_style="gmail", notes="long praise; verdict only in the last paragraph"),

    personal("ardent-agency-not-shortlisted-plus-pitch", "agency-recruiter", "en-GB",
             "Sophie Marsh <sophie.marsh@hawthornsearch.example>",
             "Ardent Energy - Head of Brand",
             """Hi Sam,

Hope your week's going well.

I've had feedback from Ardent Energy on the Head of Brand role. Unfortunately they've decided not to shortlist you for first interviews this time. They've gone for candidates with in-house energy or utilities experience; they were very clear it wasn't about the quality of your CV, which they liked.

On a more positive note, I've got two briefs that I think are a better match for your background:

- Head of Audience at a national news publisher (London, hybrid, c. £85k)
- Content & Community Director at a B2B events business (remote-first)

Would you be up for a quick call on Thursday or Friday to talk them through?

Best,
Sophie

Sophie Marsh
Associate Director | Hawthorn Search
07700 900 418 | hawthornsearch.example""",
             ("sophie.marsh@hawthornsearch.example", "Sophie", "Ardent Energy", "Head of Brand"),
             client="gmail", id_style="gmail", notes="agency; verdict then a pitch of two new roles"),

    personal("prairiesky-terse-made-a-hire", "terse", "en-CA",
             "Mike Chen <mchen@prairiesky.example>",
             "Re: Prairie Sky Credit Union - Communications Specialist",
             """Hi Sam, wanted to let you know we've made a hire for the Communications Specialist role. Thanks so much for your time and interest, really enjoyed chatting with you. All the best!

Mike

Get Outlook for iOS""",
             ("mchen@prairiesky.example", "Mike", "Prairie Sky Credit Union", "Communications Specialist"),
             parent=True, wrap=False, id_style="outlook", notes="mobile, two lines; 'we've made a hire'"),
]

# Days pinned where the text names a date.
DAYS = {"anvaya-hr-india-formal": "2026-10-23", "thamesbridge-not-successful-occasion": "2026-10-27"}
for _m in MESSAGES:
    if _m["slug"] in DAYS:
        _m["day"] = DAYS[_m["slug"]]
