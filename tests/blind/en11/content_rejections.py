"""Rejections for blind set en11 (50: 30 ATS-style, 20 personal)."""


def A(slug, cat, vendor, variant, frm, subject, brand, text, exp, notes="", **kw):
    return dict(slug=slug, label="rejection", cat=cat, style="ats", vendor=vendor, variant=variant, frm=frm,
                subject=subject, brand=brand, text=text, exp=exp, notes=notes, **kw)


def P(slug, cat, variant, frm, subject, text, exp, notes="", **kw):
    return dict(slug=slug, label="rejection", cat=cat, style="personal", variant=variant, frm=frm,
                subject=subject, text=text, exp=exp, notes=notes, **kw)


MESSAGES = [
A("brightwell-greenhouse-standard", "ats-automated", "greenhouse", "en-US",
  "Brightwell Health Recruiting <no-reply@us.greenhouse-mail.io>",
  "Your application to Brightwell Health", "Brightwell Health", """
Hi Sam,

Thank you for your interest in Brightwell Health and for taking the time to apply for the Senior Content Marketing Manager position.

After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We truly appreciate your interest in joining our team and encourage you to keep an eye on our [[careers page]] for future opportunities that match your skills and experience.

Best regards,
Brightwell Health Talent Acquisition
""", ("", "", "Brightwell Health", "Senior Content Marketing Manager"), "most ordinary greenhouse template",
  about="Brightwell Health is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees."),

A("harlow-lever-not-moving-forward", "ats-automated", "lever", "en-GB",
  "Harlow & Finch <no-reply@hire.lever.co>", "Harlow & Finch - Audience Development Lead", "Harlow & Finch", """
Hi Sam,

Thanks so much for applying for the Audience Development Lead role here at Harlow & Finch, and for your patience while we reviewed applications.

We've had a huge response to this role and, having looked through everything carefully, we've decided not to move forward with your application at this time.

This isn't always an easy decision and we know it's not the news you were hoping for. We'd love for you to keep an eye on our open roles, as we're growing quickly and things change.

All the best with your search,
The Harlow & Finch People Team
""", ("", "", "Harlow & Finch", "Audience Development Lead"), "lever; plain-text + html",
  reply_to="no-reply@hire.lever.co"),

A("meridian-workday-another-candidate", "ats-automated", "workday", "en-US",
  "Meridian Mutual <meridianmutual@myworkday.com>", "Regarding your application for Digital Marketing Manager (R-0048213)",
  "Meridian Mutual", """
Dear Sam Taylor,

Thank you for applying for the position of Digital Marketing Manager (R-0048213) at Meridian Mutual. We appreciate the time and effort you invested in your application.

We have reviewed your qualifications carefully and regret to inform you that we have selected another candidate whose background is a closer match for the requirements of this position.

We encourage you to continue to visit our careers site and to apply for any future positions for which you feel you are qualified. Your candidate profile will remain active, and you can update it at any time.

We wish you every success in your job search.

Sincerely,
Talent Acquisition
Meridian Mutual
""", ("", "", "Meridian Mutual", "Digital Marketing Manager"), "workday large-employer template; requisition number",
  about="Meridian Mutual is an Equal Opportunity Employer, including disability and veterans."),

A("kestrel-workday-status-not-selected", "ats-automated", "workday", "en-CA",
  "Kestrel Bank Careers <kestrelbank@myworkday.com>", "Application status update", "Kestrel Bank", """
Hello Sam,

There has been an update to the status of your application.

{table}

To view all of your applications, please sign in to your [[Candidate Home]].

Thank you for considering Kestrel Bank as your employer of choice.
""", ("", "", "Kestrel Bank", "Manager, Brand Content"), "portal status table only; html-only",
  table=[("Job requisition", "JR-221904 Manager, Brand Content (Toronto, ON)"), ("Status", "Not selected"),
         ("Updated", "October 14, 2026")], html_only=True),

A("lumen-smartrecruiters-not-proceeding", "ats-automated", "smartrecruiters", "en-SG",
  "Lumen Pay Talent Team <noreply@smartrecruiters.com>", "Your application for Regional Marketing Lead, APAC",
  "Lumen Pay", """
Dear Sam,

Thank you for your application for the Regional Marketing Lead, APAC role at Lumen Pay.

We have now reviewed all applications received. We regret to inform you that we will not be proceeding with your application on this occasion.

We appreciate your interest in Lumen Pay and wish you all the best in your future endeavours.

Warm regards,
Talent Acquisition Team
Lumen Pay Pte. Ltd.
""", ("", "", "Lumen Pay", "Regional Marketing Lead, APAC"), "smartrecruiters; Singapore",
  about="Lumen Pay is licensed by the Monetary Authority of Singapore as a Major Payment Institution."),

A("northgate-icims-filled", "ats-automated", "icims", "en-US",
  "Northgate Medical Careers <careers@talent.icims.com>", "Northgate Medical - Marketing Communications Manager",
  "Northgate Medical", """
Dear Sam,

Thank you for your interest in the Marketing Communications Manager position (Req #14582) with Northgate Medical.

We wanted to let you know that this position has been filled. We will keep your information on file, and you are welcome to apply for other positions that interest you.

Again, thank you for your interest in Northgate Medical.

Northgate Medical Human Resources
""", ("", "", "Northgate Medical", "Marketing Communications Manager"), "icims; position filled"),

A("abbeycourt-successfactors-unsuccessful", "ats-automated", "successfactors", "en-IE",
  "Abbeycourt Insurance Recruitment <recruitment-noreply@successfactors.eu>",
  "Abbeycourt Insurance - Head of Customer Communications", "Abbeycourt Insurance", """
Dear Sam,

Thank you for your recent application for the role of Head of Customer Communications with Abbeycourt Insurance DAC.

We received a high volume of applications for this role and the standard was very high. Having reviewed your application against the requirements of the role, we regret to advise that you have not been successful on this occasion.

We would like to thank you for your interest in Abbeycourt Insurance and we wish you every success in the future.

Kind regards,
Abbeycourt Insurance Talent Acquisition
""", ("", "", "Abbeycourt Insurance", "Head of Customer Communications"), "successfactors; Irish",
  about="Abbeycourt Insurance DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 401772."),

A("oakmoor-teamtailor-other-candidates", "ats-automated", "teamtailor", "en-GB",
  "Oakmoor Studios <noreply@teamtailor.com>", "Update on your application", "Oakmoor Studios", """
Hey Sam,

Thanks for applying to be our Social Media Manager and for your patience while we made our way through the applications, we had a lot more than we expected!

We've decided to go ahead with other candidates for this role, so we won't be inviting you to interview this time. We know that's disappointing to hear.

We really do appreciate you taking the time to tell us about yourself, and we hope you'll keep Oakmoor Studios in mind for the future.

Cheers,
Ellie and the Oakmoor team
""", ("", "Ellie", "Oakmoor Studios", "Social Media Manager"), "teamtailor; casual; signed first name only",
  auto_plain=True),

A("tui-recruitee-not-taking-further", "ats-automated", "recruitee", "en-NZ",
  "Kōwhai Digital <jobs@mail.recruitee.com>", "Kōwhai Digital: Marketing Manager application",
  "Kōwhai Digital", """
Kia ora Sam,

Thanks for your interest in the Marketing Manager role at Kōwhai Digital.

We've now finished shortlisting and unfortunately we won't be taking your application further. The calibre of applicants was really high and we had to make some tough calls.

Ngā mihi,
Aroha Tipene
People & Culture, Kōwhai Digital
""", ("", "Aroha", "Kōwhai Digital", "Marketing Manager"), "recruitee; NZ; te reo greeting; RFC 2047 From"),

A("redgum-workable-profile-match", "ats-automated", "workable", "en-AU",
  "Redgum Outdoor <noreply@candidates.workablemail.com>", "Thanks for applying to Redgum Outdoor",
  "Redgum Outdoor", """
Hi Sam,

Thanks for taking the time to apply for the Ecommerce Marketing Specialist position.

We've reviewed your application and, while your background is impressive, your profile doesn't match the requirements of this role closely enough for us to progress it.

We'll keep your details in our database and may reach out if a more suitable role comes up.

Thanks again,
Redgum Outdoor Hiring Team
""", ("", "", "Redgum Outdoor", "Ecommerce Marketing Specialist"), "workable; 'doesn't match closely enough'"),

A("fraserline-bamboohr-pursue-others", "ats-automated", "bamboohr", "en-CA",
  "Fraserline Logistics <notifications@app.bamboohr.com>", "Content Strategist position at Fraserline Logistics",
  "Fraserline Logistics", """
Hi Sam,

Thank you for your interest in the Content Strategist position at Fraserline Logistics. After reviewing your application, we have decided to pursue other candidates who more closely match our current needs.

We appreciate the time you spent applying and wish you the best of luck in your search.

Regards,
Megan Dupuis
HR Generalist
""", ("", "Megan", "Fraserline Logistics", "Content Strategist"), "bamboohr; short",
  reply_to="notifications@app.bamboohr.com"),

A("parallax-ashby-after-interview", "ats-automated", "ashby", "en-US",
  "Jordan Whitaker <no-reply@ashbyhq.com>", "Parallax - Growth Marketing Lead", "Parallax", """
Hi Sam,

Thank you for taking the time to interview with us for the Growth Marketing Lead role. The team really enjoyed speaking with you and learning about the audience work you've led at Calder Street.

After a lot of discussion, we've decided not to move forward with your candidacy. This was a hard decision, as we had a very strong group of finalists.

If you'd like feedback, feel free to reach me directly at jordan.whitaker@parallax.example and I'll do my best to share what I can.

Best,
Jordan Whitaker
Recruiting, Parallax
""", ("jordan.whitaker@parallax.example", "Jordan", "Parallax", "Growth Marketing Lead"),
  "ashby; after interview; recruiter address in body"),

A("sunrise-taleo-not-shortlisted", "ats-automated", "taleo", "en-IN",
  "Sunrise Consumer Products <do-not-reply@sunrise.taleo.net>", "Application Status - Brand Manager - Haircare (Req ID 26004512)",
  "Sunrise Consumer Products", """
Dear Sam Taylor,

Thank you for your interest in career opportunities at Sunrise Consumer Products.

We have carefully reviewed your application for the position of Brand Manager - Haircare (Req ID 26004512). We regret to inform you that your profile has not been shortlisted for the next stage of the selection process.

We will retain your profile in our database and will contact you should a suitable opportunity arise in future.

Thanking you,
Talent Acquisition Team
Sunrise Consumer Products Ltd., Mumbai
""", ("", "", "Sunrise Consumer Products", "Brand Manager - Haircare"), "taleo; India"),

A("corvid-jobvite-req-closed", "role-cancelled", "jobvite", "en-US",
  "Corvid Games Talent <notification@jobvite.com>", "Update: Director, Player Marketing", "Corvid Games", """
Hello Sam,

Thank you for applying for the Director, Player Marketing opening at Corvid Games.

We're writing to let you know that we have closed this requisition and will not be filling the position at this time. As a result, your application for this role is no longer under consideration.

We appreciate your interest and encourage you to view our current openings on the [[Corvid Games careers site]].

Thank you,
Corvid Games Talent Acquisition
""", ("", "", "Corvid Games", "Director, Player Marketing"), "jobvite; requisition closed"),

A("vicgov-pageup-not-progressing", "ats-automated", "pageup", "en-AU",
  "Department of Transport Recruitment <noreply@dpt.pageuppeople.com>",
  "Application outcome - Senior Communications Adviser (VG5) - Job ID 1388021", "Department of Transport and Planning", """
Dear Sam,

Thank you for your application for the position of Senior Communications Adviser (VG5), Job ID 1388021.

The selection panel has now assessed all applications against the key selection criteria. I regret to advise that you have not been successful in progressing to the next stage of the recruitment process on this occasion.

If you would like feedback on your application, please contact the panel chair, Deborah Liang, on (03) 9655 0192.

We appreciate the interest you have shown in working with the Department and encourage you to apply for future roles.

Yours sincerely,
Recruitment Services
Department of Transport and Planning
""", ("", "", "Department of Transport and Planning", "Senior Communications Adviser (VG5)"),
  "pageup; public sector AU; feedback by phone only"),

A("seek-relay-not-progressing", "ats-automated", "seek", "en-AU",
  "SEEK Applications <noreply@s.seek.com.au>", "Update on your application for Marketing Manager at Wattle & Co",
  "Wattle & Co", """
Hi Sam,

Wattle & Co have reviewed your application for Marketing Manager.

**Unfortunately, they've decided not to progress your application.**

Here's a message from the employer:

"Thanks for applying. We received a large number of applications and have decided to proceed with candidates whose experience better fits the role. We wish you all the best."

Don't be discouraged. There are [[2,481 new Marketing Manager jobs]] on SEEK this week.

- [[Marketing Manager - Brightside Health, Sydney NSW]]
- [[Brand Manager - Coastline Foods, Melbourne VIC]]
- [[Digital Marketing Lead - Nimbus Software, Remote]]
""", ("", "", "Wattle & Co", "Marketing Manager"), "job-board relay; job list under the verdict; bulk headers",
  auto_plain=True),

A("indeed-relay-employer-update", "ats-automated", "indeed", "en-GB",
  "Indeed <donotreply@match.indeed.com>", "An update on your application to Pennant Retail",
  "Pennant Retail", """
Sam, an update on your application

**Marketing Manager (CRM & Loyalty)**
Pennant Retail - Leeds

Thank you for your interest in Pennant Retail. After reviewing your application, the employer has decided not to move forward with your application at this time.

Keep going. Find more jobs like this on Indeed:
- [[CRM Manager - Hollins Group - Manchester]]
- [[Loyalty Marketing Manager - Ferncastle - Leeds]]

[[View my applications]]
""", ("", "", "Pennant Retail", "Marketing Manager (CRM & Loyalty)"), "job-board relay; indeed", html_only=True),

A("linkedin-relay-update", "ats-automated", "linkedin", "en-IN",
  "LinkedIn <jobs-noreply@linkedin.com>", "Your application to Senior Manager, Content at Vyom Fintech",
  "Vyom Fintech", """
Your update from Vyom Fintech

Senior Manager, Content
Vyom Fintech · Bengaluru, Karnataka, India

Thank you for your interest in the Senior Manager, Content position at Vyom Fintech in Bengaluru. Unfortunately, Vyom Fintech has decided not to proceed with your application.

Applied on Oct 3

[[See other jobs that match your skills]]

Top job picks for you
- [[Content Lead - Kavach Insurance - Mumbai]]
- [[Head of Editorial - Paper Boat Media - Bengaluru]]
""", ("", "", "Vyom Fintech", "Senior Manager, Content"), "linkedin easy apply relay", auto_plain=True),

A("naukri-not-shortlisted", "ats-automated", "naukri", "en-IN",
  "Naukri Applies <info@naukri.com>", "Update on your application: Marketing Manager - D2C at Tarang Home",
  "Tarang Home", """
Dear Sam Taylor,

Application status for: Marketing Manager - D2C
Tarang Home Pvt. Ltd. | Gurugram | 8-12 Yrs

Recruiter action: Not shortlisted

The recruiter has reviewed your application and has decided not to shortlist your profile for this job. Do not lose heart, 214 new jobs matching your profile were posted today.

[[View similar jobs]]
""", ("", "", "Tarang Home", "Marketing Manager - D2C"), "job board India; status line", auto_plain=True),

A("mcf-sg-unsuccessful", "ats-automated", "mycareersfuture", "en-SG",
  "Harbourline Port Authority HR <hr-noreply@harbourline.example.sg>", "Application Unsuccessful - Assistant Manager (Corporate Communications)",
  "Harbourline Port Authority", """
Dear Sam Taylor,

APPLICATION FOR THE POSITION OF ASSISTANT MANAGER (CORPORATE COMMUNICATIONS)

We refer to your application for the above position.

We regret to inform you that your application has been unsuccessful. We would like to thank you for your interest in joining Harbourline Port Authority and wish you success in your career.

This is a computer-generated letter. No signature is required.

Human Resource Division
Harbourline Port Authority
""", ("", "", "Harbourline Port Authority", "Assistant Manager (Corporate Communications)"), "Singapore statutory board; upper-case heading"),

A("pnet-za-regret", "ats-automated", "pnet", "en-ZA",
  "Protea Mutual via PNet <applications@pnet.example.co.za>", "Regret: Marketing Manager - Digital (Cape Town)",
  "Protea Mutual", """
Dear Sam

Thank you for your application for the position of Marketing Manager - Digital (Cape Town) at Protea Mutual.

We regret to advise that your application was unsuccessful. We received many applications and only candidates who most closely met the requirements were shortlisted.

Protea Mutual is committed to Employment Equity and preference will be given to candidates from designated groups in line with our EE plan.

Kind regards
Protea Mutual Talent Acquisition
""", ("", "", "Protea Mutual", "Marketing Manager - Digital (Cape Town)"), "South Africa; 'Regret:' subject; EE notice"),

A("orion-oracle-retain-data", "keep-on-file", "oracle", "en-US",
  "Orion Telecom Careers <careers-noreply@orion.fa.oraclecloud.example>", "Thank you for your interest in Orion Telecom",
  "Orion Telecom", """
Dear Sam,

Thank you for applying for the Senior Manager, Lifecycle Marketing position at Orion Telecom.

After reviewing your qualifications, we have decided to pursue other candidates whose qualifications better meet our needs for this position.

We would like to keep your profile in our talent community so our recruiters can contact you about future roles. If you agree, no action is required. If you would prefer that we delete your information, please use the link below within 30 days.

[[Delete my candidate profile]]

Thank you again for your interest in Orion Telecom.

Orion Telecom Talent Acquisition
""", ("", "", "Orion Telecom", "Senior Manager, Lifecycle Marketing"), "oracle recruiting cloud; data-retention question"),

A("tidewater-greenhouse-contact-recruiter", "ats-automated", "greenhouse", "en-US",
  "Tidewater Analytics <no-reply@us.greenhouse-mail.io>", "Following up on your Tidewater interview", "Tidewater Analytics", """
Hi Sam,

Thank you so much for taking the time to meet with the team for the Product Marketing Manager, Platform role. We know how much work goes into preparing for interviews and we're grateful for the time you gave us.

We've thought carefully about each of the candidates we met, and we've made the difficult decision not to proceed with your candidacy. We were impressed by your storytelling and your launch work, but we've chosen someone whose experience with developer audiences is more extensive.

If you have any questions, please reach out to Carla Nguyen at carla.nguyen@tidewater.example.

Thanks again, and we wish you the very best.

Tidewater Recruiting
""", ("carla.nguyen@tidewater.example", "Carla", "Tidewater Analytics", "Product Marketing Manager, Platform"),
  "greenhouse after interview; named contact in body"),

A("stcolman-uni-not-shortlisted", "ats-automated", "inhouse", "en-GB",
  "University of St Colman Recruitment <recruitment@stcolman.example.ac.uk>",
  "Vacancy ref. 07214: Digital Communications Manager", "University of St Colman", """
Dear Sam Taylor

Vacancy reference 07214: Digital Communications Manager, Marketing and Communications

Thank you for your recent application for the above post.

The shortlisting panel has now met. Unfortunately, on this occasion, your application has not been shortlisted for interview.

Owing to the large number of applications we receive, we regret that we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working at the University and we wish you success in your future career.

Yours sincerely

HR Recruitment Team
University of St Colman
""", ("", "", "University of St Colman", "Digital Communications Manager"), "UK university; no feedback at shortlisting",
  about="The University of St Colman is a registered charity (No. 1141205). We are committed to equality, diversity and inclusion and welcome applications from all sections of the community."),

A("harbourbridge-workday-cancelled", "role-cancelled", "workday", "en-GB",
  "Harbourbridge Group <harbourbridge@myworkday.com>", "Your application: Brand Marketing Manager", "Harbourbridge Group", """
Dear Sam,

Thank you for your application for Brand Marketing Manager (JR104477).

We're writing to let you know that, following a review of business requirements, this vacancy has been cancelled and we will not be progressing any applications for it.

We're sorry for any inconvenience this may cause and appreciate the time you took to apply. Please visit our careers site regularly, as new roles are added every week.

Kind regards,
Harbourbridge Group Resourcing
""", ("", "", "Harbourbridge Group", "Brand Marketing Manager"), "workday; vacancy cancelled"),

A("pollen-lever-on-hold", "role-cancelled", "lever", "en-US",
  "Dana Ruiz <no-reply@hire.lever.co>", "Pollen - Senior Brand Manager update", "Pollen", """
Hi Sam,

I wanted to reach out personally with an update on the Senior Brand Manager role.

Following some changes to our 2027 plans, we've made the decision to put this role on hold indefinitely. That means we're pausing the search and closing out all active candidates, including you. I'm really sorry, as I know you'd already spent time with the team.

If the role opens again, I'd love to reconnect. You can always reach me at dana@pollen.example.

Thanks,
Dana Ruiz
Talent Partner, Pollen
""", ("dana@pollen.example", "Dana", "Pollen", "Senior Brand Manager"), "lever; role on hold indefinitely, candidates closed out"),

A("fernlight-teamtailor-talentpool", "keep-on-file", "teamtailor", "en-IE",
  "Fernlight Energy <noreply@teamtailor.com>", "Your application for Marketing Operations Manager", "Fernlight Energy", """
Hi Sam,

Thank you for your interest in Fernlight Energy and for applying for the Marketing Operations Manager position.

We've been really impressed by the number and quality of applications and it has been a difficult process. Having reviewed your CV against the brief, we won't be progressing your application for this role.

We'd love to keep you in our talent pool, though, so that we can get in touch if a role comes up that suits you better. Your data will be kept for 12 months. If you'd rather we didn't, click the link below and we'll remove your details.

[[Remove me from the talent pool]]

Best wishes,
Fernlight Energy Talent Team
""", ("", "", "Fernlight Energy", "Marketing Operations Manager"), "teamtailor; talent-pool consent; verdict mid-letter"),

A("halcyon-smartrecruiters-assessment", "after-assessment", "smartrecruiters", "en-GB",
  "Halcyon Airways Careers <noreply@smartrecruiters.com>", "Halcyon Airways - your application", "Halcyon Airways", """
Dear Sam,

Thank you for completing the online assessment as part of your application for Customer Marketing Manager at Halcyon Airways.

We have now reviewed your results alongside your application. Unfortunately, you did not meet the required standard in the assessment and so we're unable to progress your application any further at this time.

Please note that you will be able to reapply for roles at Halcyon Airways after six months.

Kind regards,
Halcyon Airways Recruitment
""", ("", "", "Halcyon Airways", "Customer Marketing Manager"), "after online assessment"),

A("kraus-personio-german-footer", "ats-automated", "inhouse", "en-IE",
  "Kraus Mobility Jobs <jobs@kraus-mobility.jobs.personio.de>", "Your application as Marketing Lead UK & Ireland",
  "Kraus Mobility GmbH", """
Dear Sam Taylor,

Thank you very much for your application as Marketing Lead UK & Ireland and your interest in Kraus Mobility.

We have read your documents with great interest. Unfortunately we must inform you that we have decided in favour of another candidate whose profile fits the requirements of the position even better.

We return your application documents herewith electronically and will delete your data in accordance with data protection regulations after six months.

We wish you all the best for your future career.

Kind regards
Lena Hartmann
HR Business Partner

---
Kraus Mobility GmbH | Sitz der Gesellschaft: München | Registergericht: Amtsgericht München HRB 234518 | Geschäftsführer: Dr. Tobias Kraus
Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese E-Mail.
""", ("", "Lena", "Kraus Mobility", "Marketing Lead UK & Ireland"), "personio; English letter with German legal footer; mixed languages",
  reply_to="noreply@jobs.personio.de"),

A("sterling-icims-praise-verdict-middle", "ats-automated", "icims", "en-US",
  "Sterling & Vance Talent <talent@talent.icims.com>", "Your candidacy: Vice President, Audience Strategy",
  "Sterling & Vance", """
Dear Sam,

On behalf of everyone at Sterling & Vance, thank you for the time and energy you have invested in our interview process for the Vice President, Audience Strategy role over the past several weeks. Our leadership team valued the conversations, and your presentation on subscription growth was one of the most thoughtful we heard.

The search attracted an exceptional pool of more than four hundred applicants, and we were fortunate to meet many accomplished leaders. After extensive deliberation, we have extended an offer to another finalist, who has accepted.

We know this outcome is disappointing, particularly at such a late stage, and we want to acknowledge the care you brought to every conversation. Members of the panel specifically noted your clarity of thinking and your warmth with the team.

Sterling & Vance is always growing, and we would genuinely welcome your application for future leadership roles. We hope our paths cross again.

With sincere thanks,

Talent Acquisition
Sterling & Vance
""", ("", "", "Sterling & Vance", "Vice President, Audience Strategy"), "icims; long praise; verdict in middle; html-only base64",
  html_only=True, cte="base64",
  about="About Sterling & Vance: For over 90 years, Sterling & Vance has helped families plan their financial futures. Named one of Fortune's Best Workplaces in Financial Services 2026.\n\nSterling & Vance is an Equal Opportunity Employer."),

# ---------------- personal (20) ----------------
P("twoline-recruiter-gone-another", "terse", "en-US",
  "Kim Alvarez <kim.alvarez@bluepine.example>", "Re: Bluepine - Content Lead", """
Hi Sam, thanks again for your time last week. Unfortunately we've decided to go with another candidate for the Content Lead role. Wishing you the best of luck!

Kim
""", ("kim.alvarez@bluepine.example", "Kim", "Bluepine", "Content Lead"), "two-line recruiter note",
  parent=True, parent_domain="example.org"),

P("hm-final-round-long", "personal-after-interview", "en-GB",
  "Rachel Osei <rachel.osei@thornbury.example>", "Head of Audience - final round", """
Dear Sam,

I hope you're well, and thank you again for coming in on Tuesday to meet Tom, Priya and me. I know the final round was a long afternoon and we really appreciated the effort you put into the presentation, particularly the thinking on newsletter retention, which sparked a good discussion after you left.

I wanted to call you but couldn't get through, so I'm writing instead. We met three excellent people at final stage and it was a genuinely close decision. In the end we have decided to offer the Head of Audience role to another candidate, whose experience running a paid subscriptions business was the deciding factor for us given where Thornbury is right now.

I don't want that to take away from how well you did. The panel's feedback on you was consistently positive: strong on strategy, very clear communicator, great with data. If it would be useful I'm very happy to have a 20-minute call to go through the feedback in more detail.

I'd also like to stay in touch, as we expect to be hiring into the wider audience team next year.

With best wishes,
Rachel

Rachel Osei
Editorial Director, Thornbury Press
+44 20 7946 0831
""", ("rachel.osei@thornbury.example", "Rachel", "Thornbury Press", "Head of Audience"),
  "hiring manager after final round; verdict in middle", client_html=True),

P("agency-call-summary", "agency-recruiter", "en-GB",
  "Ben Hollis <ben.hollis@marlowsearch.example>", "Following our call - Calloway Foods", """
Hi Sam,

Thanks for picking up earlier, and sorry again that it wasn't better news.

Just to put in writing what we discussed: Calloway Foods have come back to me on the Head of Marketing (Brands) role and have decided not to take your application forward to second stage. Their feedback was that you interviewed really well and the culture fit was strong, but they want someone with more FMCG trade marketing experience, specifically working with the big four grocers.

As I said on the phone, I don't think that should put you off this sector. I'll keep you in mind for the brand roles I've got coming through in the new year, and I'll ping you later this week about the Harrowgate opportunity.

Speak soon,
Ben

Ben Hollis
Senior Consultant - Marketing & Digital
Marlow Search | 07700 900412
""", ("ben.hollis@marlowsearch.example", "Ben", "Calloway Foods", "Head of Marketing (Brands)"),
  "agency consultant call-summary; company is client"),

P("agency-india-profile-not-matching", "agency-recruiter", "en-IN",
  "Pooja Menon <pooja.m@talentbridge.example.in>", "RE: Profile for Marketing Head - Saffron Foods", """
Dear Sam,

Greetings from TalentBridge!

This is with reference to your profile submitted for Marketing Head position with our client Saffron Foods. Client has reviewed the profile and shared the feedback that they have shortlisted other profiles which are closer to their requirement, hence we will not be able to take your candidature forward for this position.

Will surely get back to you in case any other suitable opening comes up.

Thanks & Regards,
Pooja Menon
Senior Recruiter | TalentBridge Consulting
M: +91 98200 41177
""", ("pooja.m@talentbridge.example.in", "Pooja", "Saffron Foods", "Marketing Head"), "Indian agency; 'candidature'",
  parent=True, parent_domain="example.org"),

P("reply-above-chaser", "personal-after-interview", "en-CA",
  "Marc Tremblay <marc.tremblay@northlight.example.ca>", "Re: Following up - Marketing Manager interview", """
Hi Sam,

Apologies for the slow reply, it's been a hectic couple of weeks here. I should have gotten back to you sooner.

The team decided to go in a different direction for the Marketing Manager position, so we won't be moving ahead with your application. It was nothing you did wrong; we ended up prioritizing someone bilingual for the Montreal market.

Thanks for your patience and all the best,
Marc

Marc Tremblay
Director, Marketing | Northlight Outfitters

On Mon, Nov 2, 2026 at 9:14 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Marc,
>
> I hope you're well. I just wanted to follow up on my interview for the
> Marketing Manager position on October 20th. I really enjoyed meeting the
> team and I'm still very keen on the role. Is there any update on timing?
>
> Best wishes,
> Sam
""", ("marc.tremblay@northlight.example.ca", "Marc", "Northlight Outfitters", "Marketing Manager"),
  "reply above quoted chaser", parent=True, parent_domain="example.org"),

P("iphone-short-recruiter", "terse", "en-AU",
  "Jess Carmody <jess@saltbush.example.com.au>", "Re: Saltbush - Digital Marketing Manager", """
Hey Sam, just a quick one - unfortunately you weren't successful for the Digital Marketing Manager role at Saltbush. Thanks heaps for your time, really appreciated. Jess

Sent from my iPhone
""", ("jess@saltbush.example.com.au", "Jess", "Saltbush", "Digital Marketing Manager"), "very short; mobile signature",
  parent=True, parent_domain="example.org", wrap=False),

P("founder-hold-off", "role-cancelled", "en-US",
  "Priya Raman <priya@loopwise.example>", "Loopwise + you", """
Hey Sam,

I owe you an update. We've been going back and forth on our hiring plan for Q1 and we've decided to hold off on hiring a Head of Growth for now, and focus our runway on engineering until after the next raise. So the role is paused and we're not going to be able to move forward with you right now, which I'm honestly bummed about.

I'm really sorry for the time you put in, especially the growth plan you put together, which was great.

If things change in the spring I'd love to pick this back up.

Priya
CEO, Loopwise
""", ("priya@loopwise.example", "Priya", "Loopwise", "Head of Growth"), "founder; role paused, candidate let go"),

P("internal-candidate-hm", "internal-candidate", "en-GB",
  "Owen Pritchard <owen.pritchard@cardiffbay.example.co.uk>", "Partnerships Manager role", """
Hi Sam,

Thanks for your patience while we finished interviews for the Partnerships Manager role.

I'm writing to let you know we've appointed an internal candidate, someone who has been covering the role on secondment since the summer. It was a close call and you interviewed really strongly, so please don't read too much into it.

Diolch, and best of luck with the search.

Owen
Owen Pritchard | Head of Commercial | Cardiff Bay Media
029 2018 0044
""", ("owen.pritchard@cardiffbay.example.co.uk", "Owen", "Cardiff Bay Media", "Partnerships Manager"),
  "internal appointment; Welsh sign-off"),

P("recruiter-forwards-hm-decision", "personal-after-interview", "en-US",
  "Alyssa Grant <alyssa.grant@copperline.example>", "Fwd: Sam Taylor - debrief", """
Hi Sam,

I wanted to share this directly so you have the hiring manager's words rather than my paraphrase. I'm sorry it isn't the outcome we'd hoped for. Happy to jump on a call tomorrow if you want to talk it through.

Alyssa

---------- Forwarded message ---------
From: Nate Sorensen <nate.sorensen@copperline.example>
Date: Thu, Oct 29, 2026 at 4:52 PM
Subject: Sam Taylor - debrief
To: Alyssa Grant <alyssa.grant@copperline.example>

Alyssa - thanks for setting up the loop. We've landed on not moving forward with Sam for the Lifecycle Marketing Manager role. Sam was sharp and personable, but the panel felt the hands-on email and automation experience wasn't deep enough for what we need day one. Please pass on our thanks - would be open to Sam for a more strategic role later on.

Nate
""", ("alyssa.grant@copperline.example", "Alyssa", "Copperline", "Lifecycle Marketing Manager"),
  "recruiter forwards hiring manager's decision about Sam"),

P("resent-bounced", "personal-after-interview", "en-ZA",
  "Thandi Nkosi <thandi.nkosi@karoo-tel.example.co.za>", "Resending: Your application - Brand Manager", """
Hi Sam

Resending this as I got a delivery failure on my first attempt yesterday - apologies if you receive it twice.

-----Original Message-----
From: Thandi Nkosi
Sent: Tuesday, 10 November 2026 15:02
To: Sam Taylor
Subject: Your application - Brand Manager

Dear Sam

Thank you for attending the second interview for the Brand Manager position at Karoo Telecoms.

After careful consideration the panel has decided to appoint another candidate. Please be assured that this was a difficult decision, as both finalists were very strong.

We will keep your CV on our database for future vacancies and I wish you well.

Kind regards
Thandi Nkosi
Talent Acquisition Specialist | Karoo Telecoms
Tel: +27 21 555 0187
""", ("thandi.nkosi@karoo-tel.example.co.za", "Thandi", "Karoo Telecoms", "Brand Manager"),
  "re-sent after bounce; Outlook original block", wrap=False),

P("offer-accepted-elsewhere", "personal-after-interview", "en-ZA",
  "Pieter van Wyk <pieter@vanwykdigital.example.co.za>", "Head of Digital - outcome", """
Morning Sam

Thanks for your patience. We've offered the Head of Digital role to another candidate and they've accepted, so I'm afraid we won't be taking things further with you.

Appreciate your time and the thought you put into the case study. Lekker chatting to you.

Regards
Pieter
--
Pieter van Wyk | MD | Van Wyk Digital | 082 555 0163
""", ("pieter@vanwykdigital.example.co.za", "Pieter", "Van Wyk Digital", "Head of Digital"),
  "short; Afrikaans word"),

P("phone-screen-b2b", "personal-after-interview", "en-CA",
  "Hannah Leclair <hleclair@quillstack.example>", "Quillstack - Product Marketing Manager", """
Hi Sam,

Great chatting on Thursday, thanks for making the time.

After syncing with our VP Marketing, we're looking for someone with deeper B2B SaaS and sales enablement experience for this particular role, so we won't be progressing you to the next stage for the Product Marketing Manager position.

I know that's a bit of a bummer. Your background in audience growth is really interesting, though, and I'd happily reach out if something on our demand gen or brand side opens up.

Cheers,
Hannah Leclair
Senior Talent Partner | Quillstack
604-555-0139
""", ("hleclair@quillstack.example", "Hannah", "Quillstack", "Product Marketing Manager"), "after phone screen"),

P("nz-not-successful-this-time", "personal-after-interview", "en-NZ",
  "Tama Walker <tama.walker@harakeke.example.nz>", "Communications Lead - outcome", """
Kia ora Sam,

Thanks for coming in to chat with us last week about the Communications Lead role, we really enjoyed meeting you.

Unfortunately you haven't been successful this time. We had a really strong shortlist and went with someone who's worked in the public sector here for a while, which ended up tipping it.

Happy to have a korero about feedback if that's useful, just flick me a message.

Ngā mihi nui,
Tama Walker
Harakeke Trust | 021 555 0914
""", ("tama.walker@harakeke.example.nz", "Tama", "Harakeke Trust", "Communications Lead"), "NZ; te reo words"),

P("sg-formal-unable-to-offer", "personal-after-interview", "en-SG",
  "Jasmine Lim <jasmine.lim@oriongroup.example.sg>", "Interview Outcome - Senior Manager, Brand & Communications", """
Dear Sam,

Thank you for taking time to attend the interviews with our management for the position of Senior Manager, Brand & Communications.

We regret to inform that we are unable to offer you the position at this juncture. We will keep your resume in our records and will contact you should there be a suitable opening in future.

We wish you all the best in your career.

Best regards,
Jasmine Lim
Assistant Manager, Human Resources
Orion Lifestyle Group Pte Ltd
DID: +65 6550 0213
""", ("jasmine.lim@oriongroup.example.sg", "Jasmine", "Orion Lifestyle Group", "Senior Manager, Brand & Communications"),
  "Singapore formal; 'at this juncture'"),

P("ie-not-successful-occasion", "personal-after-interview", "en-IE",
  "Aoife Brennan <aoife.brennan@liffeyvalley-bank.example.ie>", "Marketing Manager interview - Liffey Valley Credit Union", """
Hi Sam,

Thanks a million for coming in to meet myself and Declan on Thursday.

I'm sorry to say that you weren't successful on this occasion. There was very little between the top candidates, but we felt the successful candidate's experience in financial services marketing gave them the edge.

If you'd like a quick call for feedback I'm around Monday or Tuesday next week.

Kind regards,
Aoife

Aoife Brennan
HR Manager, Liffey Valley Credit Union
01 555 0146
""", ("aoife.brennan@liffeyvalley-bank.example.ie", "Aoife", "Liffey Valley Credit Union", "Marketing Manager"),
  "Irish; 'on this occasion'", client_html=True),

P("us-onsite-outlook-quoted-invite", "personal-after-interview", "en-US",
  "Derek Chang <derek.chang@hollowayhealth.example>", "RE: Onsite interview - Senior Manager, Audience Marketing", """
Hi Sam,

Thank you again for spending the day with us last Wednesday. I wanted to let you know that the team has decided to move forward with another candidate for the Senior Manager, Audience Marketing position.

I know this isn't the news you were hoping for. You made a strong impression, and we'd welcome an application from you for future roles.

Best,
Derek

Derek Chang | Talent Acquisition Partner | Holloway Health
(312) 555-0178

From: Derek Chang <derek.chang@hollowayhealth.example>
Sent: Friday, October 16, 2026 11:02 AM
To: Sam Taylor <sam.taylor@example.org>
Subject: Onsite interview - Senior Manager, Audience Marketing

Hi Sam,

Great news - the team would love to bring you onsite for a final round! I've sent a calendar invite for Wednesday, Oct 21, 9:30am-2:30pm. You'll meet the VP Marketing, two peers and our CMO. Lunch is on us.

Looking forward to it!
Derek
""", ("derek.chang@hollowayhealth.example", "Derek", "Holloway Health", "Senior Manager, Audience Marketing"),
  "top reply over quoted 'Great news' invite (Outlook)", parent=True, parent_domain="hollowayhealth.example", wrap=False),

P("au-agency-client-paused", "role-cancelled", "en-AU",
  "Liam Fitzgerald <liam@harbourtalent.example.com.au>", "Update - Marketing Lead at Coral Bay Resorts", """
Hi Sam,

Hope your week's going OK.

I've just had word from Coral Bay Resorts that they've put the Marketing Lead role on hold while they go through a restructure of the commercial team. They're not sure when (or if) it'll reopen, so they've asked me to stand down all candidates for now, you included.

Really frustrating timing as you were one of two they wanted to see for the final. I'll let you know straight away if it comes back, and in the meantime I'll keep you front of mind for anything similar.

Cheers,
Liam Fitzgerald
Principal Consultant | Harbour Talent
0412 555 087
""", ("liam@harbourtalent.example.com.au", "Liam", "Coral Bay Resorts", "Marketing Lead"), "agency; client put role on hold, candidates stood down"),

P("not-this-time-reply", "terse", "en-GB",
  "Ola Nowak <ola.nowak@pinwheel.example>", "Re: Thank you - Pinwheel interview", """
Hi Sam - really sorry, it's not going to be this time. We went with someone with more agency background. Thanks so much for your time and your lovely note.

Ola

> On 12 Nov 2026, at 17:40, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Ola, thanks so much for the chat about the Brand Manager role today,
> I really enjoyed hearing about Pinwheel's plans for next year. Looking
> forward to hearing from you.
> Sam
""", ("ola.nowak@pinwheel.example", "Ola", "Pinwheel", "Brand Manager"), "very short reply over Sam's thank-you; role only in quote",
  parent=True, parent_domain="example.org"),

P("close-second-keep-in-touch", "keep-on-file", "en-US",
  "Gabriela Ortiz <gabriela@sundial-coffee.example>", "Thank you, Sam", """
Hi Sam,

I wanted to write to you myself rather than have this come from our system.

You were a very close second for the Director of Marketing role. Ultimately we chose a candidate who has led a retail launch like the one we're planning in Texas, and that experience tipped it. That's the whole of it - it was not about anything you did or didn't do.

I'd genuinely like to stay in touch. Would you be open to me keeping your details and reaching out when we start hiring for the brand team next year?

Warmly,
Gabriela
Gabriela Ortiz, CMO
Sundial Coffee Co.
""", ("gabriela@sundial-coffee.example", "Gabriela", "Sundial Coffee Co.", "Director of Marketing"),
  "'close second'; no explicit 'unfortunately'"),

P("india-jd-not-matching", "terse", "en-IN",
  "HR Team - Nirvana Apparel <hr@nirvana-apparel.example.in>", "Re: Application for Digital Marketing Manager", """
Dear Candidate,

Thank you for applying. Your profile is not matching with the JD requirement for the Digital Marketing Manager position at this moment. We will revert if any suitable requirement comes up.

Regards,
HR Team
Nirvana Apparel
""", ("hr@nirvana-apparel.example.in", "", "Nirvana Apparel", "Digital Marketing Manager"), "terse Indian HR; generic greeting",
  parent=True, parent_domain="example.org"),
]
