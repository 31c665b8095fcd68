"""en25 rejections: 20 ATS-style, 20 personal."""
from content_common import R

MESSAGES = [
# ---------------- ATS ----------------
R("northlight-greenhouse-ordinary", "ats", "US", "ats-automated", "greenhouse; ordinary wording; no human",
  "Northlight Audio <no-reply@us.greenhouse-mail.io>", "Your application to Northlight Audio",
  """Hi Sam,

Thank you for your interest in the Senior Producer, Branded Podcasts position at Northlight Audio and for taking the time to apply.

After careful review, we have decided to move forward with other candidates whose experience more closely matches the needs of the role at this time.

We appreciate your interest in Northlight and encourage you to keep an eye on our [[careers page]] for future openings.

Best,
The Northlight Audio Recruiting Team""",
  f_company="Northlight Audio", f_role="Senior Producer, Branded Podcasts", vendor="greenhouse", brand="Northlight Audio"),

R("harbourline-lever-praise-middle", "ats", "UK", "ats-automated", "lever; verdict in middle of praise; Reply-To recruiter",
  "Priya Raman <no-reply@hire.lever.co>", "Managing Editor at Harbourline Publishing",
  """Hi Sam,

Thank you so much for applying for the Managing Editor role at Harbourline Publishing, and for the thoughtful cover letter - the team particularly enjoyed your piece on regional newsrooms and the way you described rebuilding the commissioning calendar at Calder Street.

We received more than 400 applications for this role, which is a wonderful reflection of the interest in our list, but it also means some very difficult decisions. Having reviewed your application carefully, we're sorry to say that we won't be progressing it to the interview stage on this occasion.

This is no reflection on your talent. We'd genuinely encourage you to apply again as new editorial roles open up across our imprints.

With warm wishes,
Priya Raman
Talent Partner, Harbourline Publishing""",
  f_reply_to="priya.raman@harbourline.example", f_first="Priya", f_company="Harbourline Publishing", f_role="Managing Editor",
  reply_to="Priya Raman <priya.raman@harbourline.example>", vendor="lever", brand="Harbourline Publishing"),

R("tessellate-workday-status-portal", "ats", "US", "ats-automated", "workday; HTML-only; status table 'not selected'; verdict only in table",
  "Tessellate Careers <tessellate@myworkday.com>", "Update on your Tessellate application",
  """Hello Sam Taylor,

There has been an update to a job application you submitted. Details are below.

|Job Requisition: R-118204 Communications Manager, Product PR
|Location: Seattle, WA (Hybrid)
|Status: Not Selected
|Date: 2026-05-11

You can review all of your applications at any time in your [[Candidate Home]].

Thank you for your interest in Tessellate.""",
  f_company="Tessellate", f_role="Communications Manager, Product PR", vendor="workday", brand="Tessellate", html_only=True),

R("brightwater-smartrecruiters-occasion", "ats", "IE", "ats-automated", "smartrecruiters; 'not successful on this occasion'; festival",
  "Brightwater Festival <noreply@smartrecruiters.com>", "Programme Manager - Brightwater Festival",
  """Dear Sam,

Many thanks for applying for the position of Programme Manager with Brightwater Festival.

We were delighted with the response to this campaign and the standard of applications was exceptionally high. Following shortlisting, we regret to let you know that your application has not been successful on this occasion.

We will hold your details in line with our data retention policy for 12 months. If you would like us to delete them sooner, email dataprotection@brightwaterfestival.example.

Go raibh maith agat,
HR Team, Brightwater Festival CLG""",
  f_company="Brightwater Festival", f_role="Programme Manager", vendor="smartrecruiters", brand="Brightwater Festival",
  extra_footer=["Brightwater Festival CLG, registered in Ireland no. 584112, 9 Merchant's Quay, Dublin 8."]),

R("kranich-personio-bilingual", "ats", "DE", "ats-automated", "personio; German letter first, English version below; contact in body",
  "Kranich Verlag GmbH <no-reply@kranich-verlag.jobs.personio.de>", "Ihre Bewerbung / Your application: Senior Content Editor (English) (m/w/d)",
  """Hallo Sam,

vielen Dank für Ihre Bewerbung als Senior Content Editor (English) (m/w/d) und das Interesse an der Kranich Verlag GmbH. Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.

--- English version ---

Hi Sam,

Thank you for applying for the Senior Content Editor (English) (m/w/d) position and for your interest in Kranich Verlag GmbH. After careful consideration, we have decided not to take your application further.

We wish you every success in your search. If you have any questions, please contact Julia Brandt (julia.brandt@kranich-verlag.example).

Beste Grüße / Kind regards
Julia Brandt
People & Culture""",
  f_reply_to="julia.brandt@kranich-verlag.example", f_first="Julia", f_company="Kranich Verlag GmbH",
  f_role="Senior Content Editor (English) (m/w/d)", vendor="personio", brand="Kranich Verlag GmbH", lang="en",
  tags2="mixed de/en"),

R("fableframe-teamtailor-keep-profile", "ats", "UK", "keep-on-file", "teamtailor; 'won't be taking your application further'; data retention question",
  "Fable & Frame <notifications@teamtailor.com>", "Creative Copywriter at Fable & Frame",
  """Hey Sam 👋

Thanks for applying to be our Creative Copywriter - it was a treat reading your work.

We've now reviewed everyone who applied, and we won't be taking your application further this time. We know that's not the news you were hoping for.

Before you go: may we keep your profile in our talent pool for the next 12 months so we can get in touch about future roles? Just click below. If we don't hear from you, we'll delete your data after 6 months.

Team F&F""",
  f_company="Fable & Frame", f_role="Creative Copywriter", vendor="teamtailor", brand="Fable & Frame",
  button="Yes, keep my profile"),

R("wisla-recruitee-profile-match", "ats", "PL", "ats-automated", "recruitee; 'profile doesn't match closely enough'; Reply-To person",
  "Wisła Interactive <jobs@mail.recruitee.com>", "Communications Lead - your application",
  """Dear Sam,

Thank you for your application for the Communications Lead position at Wisła Interactive, and for your patience while we reviewed it.

We've looked at your experience carefully. Although your background in editorial and media is impressive, your profile doesn't match closely enough what we need for this role, which is heavily focused on games community management and Polish-language PR.

We will keep your CV in our database for 12 months, in accordance with GDPR, unless you ask us to remove it.

Pozdrawiamy / Best regards,
Agnieszka Nowak
Talent Acquisition, Wisła Interactive S.A.
ul. Zabłocie 43, 30-701 Kraków""",
  f_reply_to="agnieszka.nowak@wislainteractive.example", f_first="Agnieszka", f_company="Wisła Interactive",
  f_role="Communications Lead", reply_to="Agnieszka Nowak <agnieszka.nowak@wislainteractive.example>",
  vendor="recruitee", brand="Wisła Interactive"),

R("saltbush-workable-filled", "ats", "AU", "ats-automated", "workable; 'position has been filled'",
  "Saltbush Events <noreply@workablemail.com>", "Senior Events Producer - application update",
  """Hi Sam,

Thanks for your interest in the Senior Events Producer role with Saltbush Events.

We wanted to let you know that the position has been filled. We really appreciate the time you put into your application.

We'll be hiring again ahead of the summer festival season, so follow us on [[LinkedIn]] to hear about new roles first.

Cheers,
The Saltbush Events team
Naarm / Melbourne""",
  f_company="Saltbush Events", f_role="Senior Events Producer", vendor="workable", brand="Saltbush Events"),

R("meridian-icims-req-closed", "ats", "US", "role-cancelled", "icims; 'we have closed this requisition'; long EEO footer",
  "Meridian Public Media <donotreply@talent.icims.com>", "Requisition 2026-4471 Digital Editor, Newsroom",
  """Dear Sam,

Thank you for your interest in career opportunities with Meridian Public Media.

We are writing to let you know that we have closed this requisition (2026-4471, Digital Editor, Newsroom) and will not be filling the position at this time. As a result, your application will no longer be considered for this opening.

Meridian Public Media is a member-supported network of 14 public radio and television stations serving the Great Lakes region. We are proud to be recognized as a Top Workplace in 2025.

We encourage you to continue to visit our [[careers site]] and apply for positions that match your interests.

Sincerely,
Talent Acquisition
Meridian Public Media""",
  f_company="Meridian Public Media", f_role="Digital Editor, Newsroom", vendor="icims", brand="Meridian Public Media"),

R("vollmer-successfactors-regret", "ats", "DE", "ats-automated", "successfactors; multinational; 'regret to inform you'; German footer line",
  "Vollmer Group Careers <careers-noreply@successfactors.eu>", "Your application as Head of Internal Communications (Job ID 88213)",
  """Dear Sam Taylor,

Thank you for applying for the position of Head of Internal Communications (Job ID 88213) at Vollmer Group.

We have received a large number of applications. After careful review, we regret to inform you that we are unable to consider your application further.

Please understand that, due to the number of applications, we cannot give individual feedback.

We would be pleased if you continue to follow Vollmer Group as an employer.

Kind regards
Your Vollmer Group Talent Acquisition Team

Vollmer Group SE · Sitz der Gesellschaft: Stuttgart · Registergericht: Amtsgericht Stuttgart HRB 771420 · Vorstand: Dr. Klaus Vollmer (Vorsitz), Petra Heim""",
  f_company="Vollmer Group", f_role="Head of Internal Communications", vendor="successfactors", brand="Vollmer Group"),

R("nordlicht-softgarden-other-candidate", "ats", "DE", "ats-automated", "softgarden; museum; 'chosen another candidate'; bilingual subject",
  "Kunsthalle Nordlicht <noreply@softgarden.io>", "Absage / Update: Curator of Public Programmes",
  """Dear Sam Taylor,

thank you very much for your application and your interest in the Kunsthalle Nordlicht. We enjoyed learning about your programme work at Calder Street Media and the talks series you produced.

The selection was extremely close. In the end we have chosen another candidate whose profile more closely matches the requirements of the position Curator of Public Programmes, in particular the German-language mediation work with schools.

We wish you all the best for your professional and personal future.

Mit freundlichen Grüßen / Kind regards
Dr. Hanna Seidel
Head of Education and Public Programmes""",
  f_first="Hanna", f_company="Kunsthalle Nordlicht", f_role="Curator of Public Programmes",
  vendor="softgarden", brand="Kunsthalle Nordlicht"),

R("maplewood-bamboohr-pursue-others", "ats", "CA", "ats-automated", "bamboohr; 'pursue other candidates'; signed by person with address",
  "Maplewood Creative <notifications@app.bamboohr.com>", "Thanks for applying to Maplewood Creative",
  """Hi Sam,

Thank you for your interest in the Senior Content Strategist position at Maplewood Creative. We've reviewed your application and, while your background is impressive, we've decided to pursue other candidates whose experience more closely aligns with our current needs.

We appreciate you thinking of us, and we wish you the best in your search.

Jordan Tremblay
People Operations, Maplewood Creative
jordan.tremblay@maplewoodcreative.example | Toronto, ON""",
  f_reply_to="jordan.tremblay@maplewoodcreative.example", f_first="Jordan", f_company="Maplewood Creative",
  f_role="Senior Content Strategist", vendor="bamboohr", brand="Maplewood Creative"),

R("klangwerk-join-decline", "ats", "DE", "ats-automated", "join.com; short; startup",
  "Klangwerk Audio via JOIN <no-reply@join.com>", "Your application: Head of Content (Podcasts)",
  """Hi Sam,

thanks again for applying to Klangwerk Audio GmbH as Head of Content (Podcasts).

Unfortunately we have to decline your application - we need someone who can produce in German as well as English.

All the best,
Felix from Klangwerk""",
  f_first="Felix", f_company="Klangwerk Audio GmbH", f_role="Head of Content (Podcasts)", vendor="join", brand="Klangwerk Audio GmbH"),

R("hanse-stepstone-relay", "ats", "DE", "ats-automated", "job-board relay; stepstone; status 'Rejected'; bulk headers",
  "StepStone <noreply@stepstone.de>", "Status update for your application: PR Manager (m/w/d)",
  """Hello Sam Taylor,

There is news about your application.

|Position: PR Manager (m/w/d)
|Company: Hanse Kommunikation GmbH
|Status: Rejected

The employer has reviewed your application and has decided not to consider it further. Don't give up - there are 214 new jobs matching your search.

[[See matching jobs]]

Your StepStone team""",
  f_company="Hanse Kommunikation GmbH", f_role="PR Manager (m/w/d)", vendor="stepstone", brand="StepStone"),

R("redwood-indeed-relay", "ats", "US", "ats-automated", "job-board relay; indeed; 'decided not to move forward'",
  "Indeed <donotreply@match.indeed.com>", "An update on your application to Redwood Lantern Media",
  """Application update

Copy Chief
Redwood Lantern Media - Portland, OR

Thank you for your interest in the Copy Chief position at Redwood Lantern Media. Unfortunately, Redwood Lantern Media has decided not to move forward with your application.

Keep looking. [[Find jobs similar to Copy Chief]]

Message from the employer:
"Thank you, Sam. We received an extraordinary number of applications for this position and have selected candidates whose experience is a closer fit."
""",
  f_company="Redwood Lantern Media", f_role="Copy Chief", vendor="indeed", brand="Indeed"),

R("kestrel-linkedin-not-moving", "ats", "UK", "ats-automated", "job-board relay; linkedin easy apply; recommendations below",
  "LinkedIn <jobs-noreply@linkedin.com>", "Your application to Events Marketing Manager at Kestrel Conferences",
  """Your update from Kestrel Conferences

Events Marketing Manager
Kestrel Conferences · London, England, United Kingdom (Hybrid)
Applied 3 weeks ago

Thank you for your interest in the Events Marketing Manager position at Kestrel Conferences in London. Unfortunately, Kestrel Conferences will not be moving forward with your application, but we appreciate your time and interest in Kestrel Conferences.

Regards,
Kestrel Conferences

Top jobs for you:
- Head of Events, Orchard Stage Ltd - London (Hybrid)
- Senior Communications Manager, Pellucid Bank - London (On-site)
- Content & Events Lead, Quill Analytics - Remote

[[See all jobs]]""",
  f_company="Kestrel Conferences", f_role="Events Marketing Manager", vendor="linkedin", brand="LinkedIn"),

R("hoshizora-greenhouse-japan", "ats", "JP", "ats-automated", "greenhouse; Japanese studio; Japanese greeting line; recruiter signs with address",
  "Hoshizora Games <no-reply@greenhouse-mail.io>", "Global Communications Manager - Hoshizora Games",
  """Sam Taylor 様

Dear Sam,

Thank you for taking the time to interview with us for the Global Communications Manager role at Hoshizora Games. We truly appreciated the conversations with our Tokyo and London teams.

After much consideration, we have decided not to proceed with your candidacy. This was a difficult decision given the strength of the candidates.

If you would like feedback, please feel free to contact me at mika.saito@hoshizora.example.

Best regards,
Mika Saito
Talent Acquisition | Hoshizora Games Co., Ltd.
Shibuya, Tokyo""",
  f_reply_to="mika.saito@hoshizora.example", f_first="Mika", f_company="Hoshizora Games",
  f_role="Global Communications Manager", vendor="greenhouse", brand="Hoshizora Games"),

R("hallam-pinpoint-offered-other", "ats", "UK", "ats-automated", "pinpoint; museum; after interview; 'offered the role to another candidate'",
  "Hallam Museums Trust <no-reply@pinpointhq.com>", "Head of Audience Engagement - outcome of interview",
  """Dear Sam,

Thank you for attending interview for the post of Head of Audience Engagement at Hallam Museums Trust last Tuesday, and for your presentation on reaching under-35 audiences, which the panel found very stimulating.

I am writing to let you know that, after a great deal of discussion, the panel has offered the role to another candidate, who has accepted.

The panel would be happy to provide feedback; please contact me directly on fiona.grant@hallammuseums.example to arrange a call.

Yours sincerely,

Fiona Grant
Director of Public Engagement
Hallam Museums Trust is a registered charity (no. 1130218).""",
  f_reply_to="fiona.grant@hallammuseums.example", f_first="Fiona", f_company="Hallam Museums Trust",
  f_role="Head of Audience Engagement", vendor="pinpoint", brand="Hallam Museums Trust"),

R("solaris-workday-on-hold-br", "ats", "BR", "role-cancelled", "workday; role on hold (budget); English with Portuguese footer",
  "Solaris Brasil Carreiras <solaris@myworkday.com>", "Communications Manager – LATAM: update",
  """Dear Sam,

Thank you for your application for the position Communications Manager – LATAM (JR-30019) at Solaris Brasil.

Due to a revision of our 2026 budget, the position has been put on hold and we are closing all applications for this job requisition. We know this is disappointing, and we appreciate the time you invested in our process.

Should the role be reopened, it will be published again on our careers site.

Kind regards,
Solaris Brasil Talent Acquisition

Esta é uma mensagem automática, por favor não responda. Solaris Brasil Ltda. · Av. Brigadeiro Faria Lima, 3900 · São Paulo/SP. Seus dados pessoais são tratados conforme a LGPD (Lei nº 13.709/2018).""",
  f_company="Solaris Brasil", f_role="Communications Manager – LATAM", vendor="workday", brand="Solaris Brasil",
  cte="base64"),

R("loon-lever-keep-on-file", "ats", "CA", "keep-on-file", "lever; keep on file, verdict wrapped; Reply-To recruiter",
  "Northern Loon Studios <no-reply@hire.lever.co>", "Following up - Senior Video Producer",
  """Hi Sam,

I hope your week is going well! I wanted to follow up on your application for Senior Video Producer here at Northern Loon Studios.

Our team really enjoyed your reel, especially the documentary shorts. We had a very strong pool of applicants, and while you weren't selected for this role, we'd love to keep your details on file and reach out when a role that's a better match opens up on the documentary side.

Thanks again, and all the best,
Chloe Nguyen
Talent Lead, Northern Loon Studios
Vancouver, BC""",
  f_reply_to="chloe.nguyen@northernloon.example", f_first="Chloe", f_company="Northern Loon Studios",
  f_role="Senior Video Producer", reply_to="Chloe Nguyen <chloe.nguyen@northernloon.example>", vendor="lever",
  brand="Northern Loon Studios"),

# ---------------- personal ----------------
R("bluefin-reply-above-thanks", "personal", "US", "personal-after-interview", "reply above Sam's thank-you (Gmail quote); casual",
  "Oren Feld <oren@bluefincreative.example>", "Re: Thank you - Associate Creative Director",
  """Hey Sam,

Thanks so much for the note, and for coming in on Tuesday - the team loved meeting you.

I wanted to let you know that we've decided to go with another candidate for the ACD role. It was really close and honestly came down to their packaging work for CPG brands.

I'd love to stay in touch, and I'll reach out if anything opens up on the editorial side.

Best,
Oren

Oren Feld | Head of Talent | Bluefin Creative
m: (347) 555-0142

On Wed, May 6, 2026 at 9:12 AM Sam Taylor <sam.taylor@example.org> wrote:
> Hi Oren,
>
> Thank you for arranging yesterday's conversation about the Associate Creative Director role at Bluefin Creative. I really enjoyed meeting Dana and the team.
>
> Best,
> Sam""",
  f_reply_to="oren@bluefincreative.example", f_first="Oren", f_company="Bluefin Creative",
  f_role="Associate Creative Director", parent="example.org", client_html=True),

R("quayside-long-letter-middle", "personal", "UK", "personal-after-interview", "long letter, verdict in the middle, feedback; formal",
  "Eleanor Marsh <e.marsh@quaysidetheatre.example>", "Head of Marketing & Communications",
  """Dear Sam,

Thank you for coming to see us on Friday, and for the time and care you put into the presentation. All three of us on the panel came away with pages of notes, and Marcus has already borrowed your idea about the post-show podcast.

We met six candidates in the final round, and the discussion afterwards went on rather longer than planned. I'm sorry to say that we have decided to offer the Head of Marketing & Communications post to another candidate, whose background in box-office and ticketing systems gave them the edge for where the theatre is right now.

I want to be specific about what stood out, in case it's useful:

- your writing is excellent, and your plan for the season brochure was the strongest we saw;
- we were less sure about your experience of managing a marketing budget of this size;
- the panel would have liked more on data and audience segmentation.

I very much hope our paths cross again, and I'd be glad to talk further if you'd like.

With best wishes,

Eleanor Marsh
Executive Director
Quayside Theatre, Bristol
0117 496 0733""",
  f_reply_to="e.marsh@quaysidetheatre.example", f_first="Eleanor", f_company="Quayside Theatre",
  f_role="Head of Marketing & Communications"),

R("hollis-agency-different-direction", "personal", "IE", "agency-recruiter", "agency relays client's no; company=client",
  "Niamh Byrne <niamh.byrne@hollisrecruitment.example>", "Lir Broadcasting - feedback",
  """Hi Sam,

Hope you're keeping well. I've just had feedback from Lir Broadcasting on the Senior Communications Officer role.

Unfortunately they've decided to go in a different direction - they've gone with someone with more public-sector comms experience, particularly around regulatory announcements. They were very complimentary about you, and said your written exercise was one of the best they'd received.

I know it's disappointing, but I've a few other media roles coming through next month and will be in touch.

Kind regards,
Niamh

Niamh Byrne
Senior Consultant, Media & Communications
Hollis Recruitment | Dublin 2
+353 1 555 0188""",
  f_reply_to="niamh.byrne@hollisrecruitment.example", f_first="Niamh", f_company="Lir Broadcasting",
  f_role="Senior Communications Officer"),

R("coastline-terse-mobile-internal", "personal", "AU", "terse", "very short reply from phone over quoted thread; internal hire",
  "Tom Whitaker <tom.whitaker@coastlinefestivals.example>", "Re: Events Manager - any news?",
  """Hi Sam, sorry mate - they've gone with someone internal for the events role. Will keep an eye out for you.

Tom

Sent from my iPhone

> On 14 Aug 2026, at 8:03 am, Sam Taylor <sam.taylor@example.org> wrote:
>
> Hi Tom, just checking in on the Events Manager role at Coastline Festival Group - any news from the panel?
> Thanks, Sam""",
  f_reply_to="tom.whitaker@coastlinefestivals.example", f_first="Tom", f_company="Coastline Festival Group",
  f_role="Events Manager", parent="example.org"),

R("lakeshore-terse-filled", "personal", "CA", "terse", "two lines; role in subject",
  "Priyanka Sethi <priyanka@lakeshorequarterly.example>", "Re: Managing Editor, Lakeshore Quarterly",
  """Hi Sam - just a quick note to say we've filled the role. Thank you for your time and for the lovely sample edits.

- Priyanka""",
  f_reply_to="priyanka@lakeshorequarterly.example", f_first="Priyanka", f_company="Lakeshore Quarterly",
  f_role="Managing Editor", parent="example.org"),

R("ostwind-nonnative-decided-other", "personal", "DE", "personal-after-interview", "non-native English; typos; German signature",
  "Anja Krüger <a.krueger@ostwind-media.example>", "Your interview for Senior Editor, English Desk",
  """Dear Sam,

thank you again for the nice talk last week and for your patience, we needed longer than planed.

Unfortunatly we decided for another candidate for the Senior Editor, English Desk position. It was really not an easy decision, you have very good experience, but the other candidate has already worked with our CMS and can start in January.

I wish you all the best and maybe we will meet at the Frankfurt Book Fair.

Viele Grüße
Anja Krüger
Leitung Redaktion | Ostwind Media GmbH
Tel. +49 40 555 2290
Ostwind Media GmbH · Amtsgericht Hamburg HRB 140022 · Geschäftsführer: Jens Ostwald""",
  f_reply_to="a.krueger@ostwind-media.example", f_first="Anja", f_company="Ostwind Media GmbH",
  f_role="Senior Editor, English Desk"),

R("vistula-polish-not-continue", "personal", "PL", "personal-after-interview", "Polish recruiter; 'will not continue the process'; Polish sign-off and legal footer",
  "Katarzyna Wójcik <katarzyna.wojcik@vistulaevents.example>", "International Events Manager - recruitment",
  """Hello Sam,

Thank you very much for the second interview and the case study on the Warsaw Design Week partnership.

After discussing all candidates with the board, I have to inform you that we will not continue the recruitment process with you. We were looking for someone with stronger experience in trade fairs in the CEE region.

Thank you for your time and good luck!

Pozdrawiam serdecznie,
Katarzyna (Kasia) Wójcik
HR Business Partner
Vistula Events sp. z o.o.
+48 22 555 41 80

Administratorem Pani/Pana danych osobowych jest Vistula Events sp. z o.o. z siedzibą w Warszawie. / The controller of your personal data is Vistula Events sp. z o.o.""",
  f_reply_to="katarzyna.wojcik@vistulaevents.example", f_first="Katarzyna", f_company="Vistula Events",
  f_role="International Events Manager", tags2="mixed pl/en footer"),

R("aozora-japan-polite-end", "personal", "JP", "personal-after-interview", "very polite Japanese-English; verdict at the end",
  "Kenji Watanabe <k.watanabe@aozora-bc.example>", "Regarding English Content Producer position",
  """Dear Mr. Sam Taylor,

I hope this email finds you well. Thank you very much for your precious time for the interviews with our team in Tokyo, and for your patience during our selection process, which took longer than we expected. We deeply appreciate your interest in Aozora Broadcasting Corporation.

Our team carefully reviewed your experience, your portfolio and the results of the interviews. All interviewers were impressed by your editorial skills and your knowledge of international news.

After careful consideration, we regret that we are unable to offer you the position of English Content Producer at this time.

We sincerely wish you success in your future endeavors.

Best regards,

Kenji Watanabe
Human Resources Department
Aozora Broadcasting Corporation
TEL: +81-3-5555-0912""",
  f_reply_to="k.watanabe@aozora-bc.example", f_first="Kenji", f_company="Aozora Broadcasting Corporation",
  f_role="English Content Producer"),

R("tropico-brazil-mixed", "personal", "BR", "personal-after-interview", "Brazilian agency; English with Portuguese sign-off; casual",
  "Mariana Costa <mariana@agenciatropico.example>", "Head of Content | Agência Trópico",
  """Hi Sam, tudo bem?

Thanks for the great chat on Monday and sorry for the delay in getting back to you.

We talked a lot internally and decided to move on with a candidate based in São Paulo - for the Head of Content role it turned out we really need someone in the office at least three days a week with the clients. Your portfolio was amazing though, everyone commented on the Calder Street documentary series.

Let's keep in touch, if we open a remote editorial position you will be the first one I call.

Abraços,
Mariana Costa
Diretora de Pessoas | Agência Trópico
+55 11 95555-0147""",
  f_reply_to="mariana@agenciatropico.example", f_first="Mariana", f_company="Agência Trópico",
  f_role="Head of Content", cte="quoted-printable", tags2="mixed pt/en"),

R("redline-forwarded-client-no", "personal", "UK", "agency-recruiter", "recruiter forwards client's no about Sam; forwarded block",
  "Dan Okafor <dan.okafor@redlinetalent.example>", "Fwd: Sam Taylor - Account Director",
  """Hi Sam,

See below from Jess at Saffron & Stone - sorry, it's a no this time. Gutted, I really thought this was the one. Give me a call when you're free, I've got some thoughts on how we position you for the next one.

Dan

Dan Okafor | Principal Consultant | Redline Talent
07700 900 412

---------- Forwarded message ---------
From: Jess Hartley <jess.hartley@saffronstone.example>
Date: Thu, 18 Jun 2026 at 16:41
Subject: RE: Sam Taylor - Account Director
To: Dan Okafor <dan.okafor@redlinetalent.example>

Dan - thanks for sending Sam over, we enjoyed meeting them. We've decided not to progress; for the Account Director role we need someone with more consumer tech experience who can hit the ground running with the Voltix account. Please pass on our thanks.

Jess""",
  f_reply_to="dan.okafor@redlinetalent.example", f_first="Dan", f_company="Saffron & Stone",
  f_role="Account Director"),

R("kineticfog-role-paused", "personal", "US", "role-cancelled", "hiring manager; role on hold indefinitely; tech comms team",
  "Laura Kim <laura.kim@kineticfog.example>", "Senior Social Media Manager - an update",
  """Hi Sam,

I wanted to reach out personally rather than have you hear this through the portal. Last week leadership froze all new headcount for the second half, and the Senior Social Media Manager role has been put on hold indefinitely. That means we're closing out all candidates in the process, including you, which I'm really sorry about - you were one of our two finalists.

If the role comes back, I'd love to reconnect.

Laura Kim
Director, Brand & Communications | Kinetic Fog, Inc.
(415) 555-0176""",
  f_reply_to="laura.kim@kineticfog.example", f_first="Laura", f_company="Kinetic Fog",
  f_role="Senior Social Media Manager"),

R("brackenfield-internal-appointment", "personal", "UK", "internal-candidate", "appointed internally; short-medium",
  "Sophie Allard <sophie.allard@brackenfieldpress.example>", "Head of Editorial - Brackenfield Press",
  """Dear Sam,

Thank you for your interest in the Head of Editorial role and for meeting with Tim and me last month.

I wanted to let you know that we have now appointed internally. One of our senior commissioning editors applied late in the process and the board felt continuity was important at this stage.

It was a pleasure to meet you, and I hope you'll consider us again in future.

Best wishes,
Sophie

Sophie Allard
Publishing Director, Brackenfield Press
01865 555 830""",
  f_reply_to="sophie.allard@brackenfieldpress.example", f_first="Sophie", f_company="Brackenfield Press",
  f_role="Head of Editorial"),

R("halyard-reply-to-chaser-outlook", "personal", "US", "personal-after-interview", "reply to Sam's chaser, Outlook quote; 'go with a candidate who had more B2B'",
  "Greg Mancini <gmancini@halyardcomms.example>", "RE: VP, Corporate Communications - following up",
  """Sam,

Apologies for the radio silence - it's been a hectic few weeks. The team decided to go with a candidate who had more B2B and crisis experience, and the offer was accepted on Friday.

You were a pleasure to meet and I'm sure you'll land somewhere great.

Greg

Greg Mancini
Chief Communications Officer
Halyard Communications
T +1 212 555 0193

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: Monday, July 20, 2026 10:02 AM
To: Greg Mancini <gmancini@halyardcomms.example>
Subject: VP, Corporate Communications - following up

Hi Greg,

I hope you're well. I wanted to follow up on the VP, Corporate Communications role at Halyard Communications - is there any update on timing?

Best,
Sam""",
  f_reply_to="gmancini@halyardcomms.example", f_first="Greg", f_company="Halyard Communications",
  f_role="VP, Corporate Communications", parent="example.org"),

R("greenlight-portfolio-not-final", "personal", "IE", "after-assessment", "after portfolio review; won't move to final stage; bullet feedback; fada name (RFC 2047)",
  "Ciarán Ó Súilleabháin <ciaran@greenlightstudio.example>", "Content Design Lead - portfolio review",
  """Hi Sam,

Thanks a million for walking us through your portfolio on Wednesday, it was a really enjoyable session.

We've had a chat as a team and we won't be moving you forward to the final stage for the Content Design Lead role. A few thoughts, for what they're worth:

- the editorial thinking was brilliant, especially the newsletter redesign
- we wanted to see more hands-on UX writing inside product flows
- less need for the events work for this particular role

Hope that's useful, and best of luck - I'm sure something will come up soon.

Ciarán
Greenlight Design Studio, Galway""",
  f_reply_to="ciaran@greenlightstudio.example", f_first="Ciarán", f_company="Greenlight Design Studio",
  f_role="Content Design Lead"),

R("brightco-agency-not-shortlisted", "personal", "AU", "agency-recruiter", "agency; terse; 'weren't shortlisted'",
  "Kate Lindqvist <kate@brightco.example>", "Sunburnt Country Tourism - Digital Content Manager",
  """Hi Sam,

Quick one - unfortunately you weren't shortlisted for the Digital Content Manager role with Sunburnt Country Tourism. The client went with candidates who have tourism-board experience.

Chat soon,
Kate
Bright & Co Recruitment | Sydney | 0412 555 090""",
  f_reply_to="kate@brightco.example", f_first="Kate", f_company="Sunburnt Country Tourism",
  f_role="Digital Content Manager"),

R("elbesound-festival-cancelled", "personal", "DE", "role-cancelled", "festival edition cancelled; role will not be filled; German greeting",
  "Lars Hoffmann <lars@elbesound.example>", "Festival Communications Manager",
  """Hi Sam,

I'm afraid I have bad news. Yesterday the Elbe Sound Festival board decided to cancel the 2027 edition because our main sponsor pulled out. As a result the Festival Communications Manager position will not be filled, and we have to stop the recruitment process.

I'm really sorry, especially after three rounds. If we come back in 2028, I would love to talk again.

Liebe Grüße
Lars Hoffmann
Festival Director, Elbe Sound Festival gGmbH, Hamburg""",
  f_reply_to="lars@elbesound.example", f_first="Lars", f_company="Elbe Sound Festival",
  f_role="Festival Communications Manager"),

R("harborview-praise-not-right-fit", "personal", "US", "personal-after-interview", "long letter wrapped in praise; 'not the right fit at this time'; Cc recruiter",
  "Denise Albright <dalbright@harborviewart.example>", "Director of Communications search",
  """Dear Sam,

On behalf of the search committee, thank you for the energy and thoughtfulness you brought to your visit to the Harborview Art Museum. Your walkthrough of the spring exhibition campaign was a highlight of our week, and several trustees have mentioned it since.

The committee deliberated at length. While we were deeply impressed by your editorial vision, we have concluded that you are not the right fit for the Director of Communications role at this time, given our immediate need for someone with major-gifts and capital-campaign communications experience.

Please know how much we appreciated getting to know you. I hope you'll keep Harborview in mind, and I'd be delighted to serve as a sounding board as you continue your search.

Warmly,

Denise Albright
Deputy Director, External Affairs
Harborview Art Museum
206.555.0148""",
  f_reply_to="dalbright@harborviewart.example", f_first="Denise", f_company="Harborview Art Museum",
  f_role="Director of Communications", cc="Ray Ochoa <rochoa@harborviewart.example>"),

R("inkivy-editing-test", "personal", "UK", "after-assessment", "after editing test; won't invite to interview",
  "Rob Pryce <rob.pryce@inkandivy.example>", "Senior Copy Editor - editing test",
  """Hi Sam,

Thanks for completing the editing test for the Senior Copy Editor role. Yours was strong - you caught the libel risk in the second piece that most people missed - but a handful of candidates scored higher overall, so we won't be inviting you to interview on this occasion.

Best of luck with everything.

Rob

Rob Pryce
Production Editor, Ink & Ivy Publishing""",
  f_reply_to="rob.pryce@inkandivy.example", f_first="Rob", f_company="Ink & Ivy Publishing",
  f_role="Senior Copy Editor"),

R("hikari-committee-finalist", "personal", "JP", "personal-after-interview", "tech firm comms team, Tokyo HQ; short; Japanese signature block",
  "Yuki Tanaka <yuki.tanaka@hikari-tech.example>", "PR Manager, Global Comms - result",
  """Hi Sam,

Thank you for joining the final interview with our Global Communications team last week.

I'm afraid the hiring committee has selected another finalist for the PR Manager, Global Comms position. I know this is disappointing after such a long process, and I really appreciate your flexibility with the time zones.

Best regards,
Yuki

--
田中 由紀 / Yuki Tanaka
Global Communications, Hikari Technologies K.K.
〒105-0011 東京都港区芝公園 / Shibakoen, Minato-ku, Tokyo""",
  f_reply_to="yuki.tanaka@hikari-tech.example", f_first="Yuki", f_company="Hikari Technologies",
  f_role="PR Manager, Global Comms"),
R("ravenglass-resent-earlier", "personal", "CA", "personal-after-interview", "re-sent message (earlier one bounced); original below",
  "Aaron Belanger <aaron.belanger@ravenglassmedia.example>", "Resending: Podcast Editor - Ravenglass Media",
  """Hi Sam,

Resending this as I got a bounce-back on the first attempt - apologies if it reaches you twice.

Aaron

-------- Original Message --------
Subject: Podcast Editor - Ravenglass Media
Date: 2026-09-02 15:20
From: Aaron Belanger <aaron.belanger@ravenglassmedia.example>
To: sam.taylor@example.org

Hi Sam,

Thanks for your patience through the interviews for the Podcast Editor position. We've now offered the position to someone else, who has accepted. You were a strong contender and the team enjoyed the edit you did on the sample episode.

All the best,
Aaron Belanger
Executive Producer, Ravenglass Media
Montreal, QC""",
  f_reply_to="aaron.belanger@ravenglassmedia.example", f_first="Aaron", f_company="Ravenglass Media",
  f_role="Podcast Editor"),
]
