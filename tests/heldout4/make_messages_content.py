# ---------------- REJECTIONS ----------------
add('quillmark-phone-another-direction', 'rejection', 'Dana Whitcombe <dana@quillmark.co>', 'Re: Following up - Senior Product Marketing Manager',
    "Hi Sam - we went another direction on this one. Sorry, and thanks for all the time you gave us.\n\nD\n\nSent from my iPhone"
    + quote('Mon, 12 Oct 2026 at 08:14', SAM, "Hi Dana,\n\nI hope your week is off to a good start. I wanted to follow up on the\nSenior Product Marketing Manager role at Quillmark after my chat with\nthe team last Thursday. Happy to share anything else that would help.\n\nBest,\nSam"),
    lab=('dana@quillmark.co', 'Dana', 'Quillmark', 'Senior Product Marketing Manager'), cat='terse',
    notes='phone reply, "we went another direction"; role only in the quoted follow-up; initial-only sign-off')
add('halvorsen-padded-corporate-legal', 'rejection', 'Priya Raman <p.raman@halvorsenmutual.com>', 'Your application with Halvorsen Mutual',
    """Dear Sam,

On behalf of everyone at Halvorsen Mutual, I would like to begin by thanking you for the considerable time and energy you invested in our recruitment process for the position of Brand Strategy Lead. Our organisation has, over more than ninety years, built its reputation on the strength of its people, and we therefore take every stage of our selection process extremely seriously, from the initial review of applications through to the final panel conversations.

We were genuinely pleased by the volume and the calibre of applications we received for this opportunity, which reflects the growing interest in our brand transformation programme. Each application was reviewed carefully against the criteria agreed with the hiring panel, and the panel met on several occasions to discuss the shortlist in detail.

Having weighed everything in the round, the panel has elected to proceed with another applicant whose background aligns more closely with the immediate priorities of the programme, and so we will not be taking your candidacy forward.

We would like to take this opportunity to remind you that our careers site is updated regularly, and we would encourage you to register for alerts so that you are informed of new vacancies as they arise. We are also committed to providing a positive candidate experience, and you may receive a short survey from our recruitment partner in the coming weeks; we would be very grateful for your feedback.

Once again, thank you for your interest in Halvorsen Mutual, and we wish you every success in your future career.

Yours sincerely,

Priya Raman
Talent Acquisition Partner, Halvorsen Mutual

Halvorsen Mutual Assurance Society Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England and Wales No. 0000417. Registered office: 1 Fictional Square, Leeds LS1 0ZZ. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Halvorsen Mutual accepts no liability for any loss or damage arising from this email.""",
    hw=True, cte='quoted-printable', lab=('p.raman@halvorsenmutual.com', 'Priya', 'Halvorsen Mutual', 'Brand Strategy Lead'), cat='padded',
    notes='long padded letter, verdict in one clause "elected to proceed with another applicant"; QP; hard-wrapped; long legal footer')
add('redfern-agency-client-ostrava', 'rejection', 'Tom Ashcroft <tom.ashcroft@redferntalent.co.uk>', 'Ostrava Foods - feedback',
    """Hi Sam,

Hope you're well. Just had the call with Ostrava Foods about the Head of Content role and I'm afraid it's not good news this time - they've come back and won't be taking your application forward. They liked your portfolio a lot but felt they need someone who has run an in-house video team before.

I've got a couple of other briefs landing next week that I think could suit you better, so let's speak Monday?

Cheers,
Tom

Tom Ashcroft | Senior Consultant, Marketing & Digital
Redfern Talent Ltd | 020 0000 0000
Redfern Talent Ltd is an employment agency. Registered in England No. 0000000.""",
    hw=True, lab=('tom.ashcroft@redferntalent.co.uk', 'Tom', 'Ostrava Foods', 'Head of Content'), cat='agency',
    notes='UK agency; company is the client Ostrava Foods; "won\'t be taking your application forward"')
add('corvane-workday-status-not-selected', 'rejection', 'Corvane Systems <corvane@myworkday.com>', 'Update on your application R-20931',
    None, html="""<html><body style="font-family:Arial">
<table width="600"><tr><td><img src="https://corvane.example/logo.png" alt="Corvane Systems"></td></tr>
<tr><td><p>Dear Sam,</p>
<p>The status of the following application has changed.</p>
<table border="1" cellpadding="4"><tr><th>Job Requisition</th><th>Status</th></tr>
<tr><td>R-20931 Growth Marketing Manager</td><td>Not Selected</td></tr></table>
<p>You can view the status of all your applications by signing in to the Corvane Systems&nbsp;Candidate Home.</p>
<p>Corvane Systems Talent Acquisition</p>
<p style="font-size:10px">This is a system-generated email. Please do not reply.</p></td></tr></table></body></html>""",
    fmt='html', lab=('', '', 'Corvane Systems', 'Growth Marketing Manager'), cat='ats-automated',
    notes='Workday HTML-only status table "Not Selected"; no prose verdict; no human')
add('lumenfold-greenhouse-next-round', 'rejection', 'Lumenfold Recruiting <no-reply@us.greenhouse-mail.io>', 'Your application to Lumenfold',
    """Hi Sam,

Thank you so much for taking the time to speak with Jess last week about the Lifecycle Marketing Manager role.

We've reviewed your background alongside the team's needs for this role, and we won't be moving you to the next round of interviews. This was a hard call - we had a lot of strong people in the mix.

If you have any questions, just reply to this email and it will reach Jess directly.

Warmly,
Jess Okafor
Recruiting @ Lumenfold""",
    reply_to='Jess Okafor <jess.okafor@lumenfold.com>',
    lab=('jess.okafor@lumenfold.com', 'Jess', 'Lumenfold', 'Lifecycle Marketing Manager'), cat='ats-automated',
    notes='Greenhouse no-reply with Reply-To recruiter; "won\'t be moving you to the next round"')
add('brightwater-lever-close-search', 'rejection', 'Brightwater Labs <no-reply@hire.lever.co>', 'Brightwater Labs - Product Marketing Lead',
    """Hi Sam,

I wanted to give you an update on the Product Marketing Lead position. After a lot of discussion with leadership, we've decided to close the search for this role without making a hire - our product roadmap for next year has changed and the position no longer fits the plan.

This has nothing to do with your interviews, which the team enjoyed. If you'd like to stay in touch, you can reach me at talent@brightwaterlabs.com.

All the best,
Marco Bellini
Talent, Brightwater Labs""",
    lab=('talent@brightwaterlabs.com', 'Marco', 'Brightwater Labs', 'Product Marketing Lead'), cat='role-cancelled',
    notes='Lever no-reply; "decided to close the search"; reply address only in body')
add('kestrel-ashby-html-candidacy', 'rejection', 'Kestrel AI <no-reply@ashbyhq.com>', 'Following up on your Kestrel AI application',
    None, html="""<div style="max-width:560px;font-family:Inter,sans-serif">
<p>Hi Sam,</p>
<p>Thanks for your interest in the <b>Developer Marketing Manager</b> position at Kestrel&nbsp;AI and for the time you spent on the take-home exercise.</p>
<p>We&rsquo;ve made the decision not to proceed with your candidacy at this time. We know that&rsquo;s disappointing to hear, and we&rsquo;re grateful you considered us.</p>
<p>&mdash; The Kestrel Recruiting Team</p>
<p style="color:#999;font-size:11px">Powered by Ashby</p></div>""", fmt='html', cte='base64',
    lab=('', '', 'Kestrel AI', 'Developer Marketing Manager'), cat='ats-automated',
    notes='Ashby HTML-only base64; entities (&nbsp; &rsquo;) in company/text; team signature')
add('velora-smartrecruiters-alt-qp', 'rejection', 'Velora Hotels <noreply@smartrecruiters.com>', 'Velora Hotels: your application for Marketing Manager – EMEA',
    """Dear Sam Taylor,

Thank you for applying for the Marketing Manager – EMEA position with Velora Hotels.

The hiring manager has reviewed all applications and has selected another applicant for this position. We appreciate the interest you have shown in Velora Hotels and invite you to follow us for future opportunities.

Kind regards,
Velora Hotels Recruitment

This message was sent via SmartRecruiters. Manage your email preferences.""",
    html="""<html><body><p>Dear Sam Taylor,</p><p>Thank you for applying for the Marketing Manager &ndash; EMEA position with Velora Hotels.</p>
<p>The hiring manager has reviewed all applications and has selected another applicant for this position. We appreciate the interest you have shown in Velora Hotels and invite you to follow us for future opportunities.</p>
<p>Kind regards,<br>Velora Hotels Recruitment</p><p><small>This message was sent via SmartRecruiters.</small></p></body></html>""",
    fmt='alt', cte='quoted-printable', lab=('', '', 'Velora Hotels', 'Marketing Manager – EMEA'), cat='ats-automated',
    notes='SmartRecruiters multipart/alternative QP; en dash in role and Subject (RFC 2047); "selected another applicant"')
add('pinecrest-icims-no-longer-active', 'rejection', 'Pinecrest Health Careers <careers@pinecresthealth.icims.com>', 'Pinecrest Health - Application Status',
    """Sam,

Your candidacy for Marketing Communications Specialist (Req #4471) is no longer active. Positions are filled according to the needs of the department and the qualifications of the applicants.

You may continue to apply for other positions through the Pinecrest Health career portal.

Pinecrest Health Talent Acquisition

*** This is an automated message from iCIMS. Replies to this mailbox are not monitored. ***""",
    lab=('', '', 'Pinecrest Health', 'Marketing Communications Specialist'), cat='ats-automated',
    notes='iCIMS terse; "candidacy ... is no longer active"; no rejection verbs')
add('nordvik-teamtailor-closer-match', 'rejection', 'Nordvik Studio <no-reply@teamtailor-mail.com>', 'About your application – Brand Marketing Manager',
    """Hi Sam!

A big thank you for applying to Nordvik Studio and for a lovely conversation on Friday.

We've now chosen to go ahead with someone whose experience was a closer match for where the studio is right now. It was a genuinely tough choice and we hope our paths cross again.

Ha det bra,
Linnea Berg
People & Culture, Nordvik Studio""",
    reply_to='Linnea Berg <linnea.berg@nordvikstudio.se>', lab=('linnea.berg@nordvikstudio.se', 'Linnea', 'Nordvik Studio', 'Brand Marketing Manager'),
    cat='ats-automated', notes='Teamtailor no-reply with Reply-To; "chosen to go ahead with someone whose experience was a closer match"; role only in Subject')
add('feldmann-personio-de-formal', 'rejection', 'Feldmann & Sohn GmbH <jobs@feldmann-sohn.jobs.personio.de>', 'Ihre Bewerbung als Produktmarketing Manager (m/w/d)',
    """Sehr geehrte Frau Taylor,

vielen Dank für Ihr Interesse an der Position Produktmarketing Manager (m/w/d) bei Feldmann & Sohn und für die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns entschieden, Ihre Bewerbung im weiteren Auswahlverfahren nicht zu berücksichtigen. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katrin Vogel
Personalabteilung
Feldmann & Sohn GmbH · Hafenstraße 12 · 20457 Hamburg
Geschäftsführer: Dr. Ulrich Feldmann · Amtsgericht Hamburg HRB 000000""",
    cte='quoted-printable', reply_to='Katrin Vogel <k.vogel@feldmann-sohn.de>',
    lab=('k.vogel@feldmann-sohn.de', 'Katrin', 'Feldmann & Sohn', 'Produktmarketing Manager (m/w/d)'), cat='non-english-de',
    notes='German formal via Personio; "nicht zu berücksichtigen", no "leider"; QP; Reply-To person')
add('kiezkraft-de-informal-du', 'rejection', 'Jonas Brandt <jonas@kiezkraft.de>', 'Growth Lead',
    """Hey Sam,

danke dir nochmal für das gute Gespräch letzte Woche! Wir haben uns jetzt für jemand anderen entschieden, der schon im Berliner Markt gearbeitet hat. Fand dich echt stark, vielleicht klappt's ja ein andermal.

Viele Grüße
Jonas
--
Kiezkraft · Gründer""",
    cte='8bit', lab=('jonas@kiezkraft.de', 'Jonas', 'Kiezkraft', 'Growth Lead'), cat='non-english-de',
    notes='German informal (du), startup founder, "für jemand anderen entschieden"; role only as Subject')
add('groenhart-recruitee-nl', 'rejection', 'Groenhart Energie <groenhart-energie@mail.recruitee.com>', 'Je sollicitatie bij Groenhart Energie',
    """Beste Sam,

Bedankt voor je sollicitatie op de functie Content Marketeer en voor het prettige gesprek van dinsdag.

We hebben besloten om met een andere kandidaat verder te gaan. De keuze was lastig, want er waren veel goede reacties.

Mocht je nog vragen hebben, dan kun je mij bereiken via sanne.dekker@groenhart.nl.

Met vriendelijke groet,
Sanne Dekker
Recruiter | Groenhart Energie""",
    lab=('sanne.dekker@groenhart.nl', 'Sanne', 'Groenhart Energie', 'Content Marketeer'), cat='non-english-nl',
    notes='Dutch via Recruitee no-reply; "met een andere kandidaat verder te gaan"; reply address in body')
add('maisonardent-fr-profil-non-retenu', 'rejection', 'Claire Dumont <claire.dumont@maison-ardent.fr>', 'Votre candidature – Chef de produit marketing',
    """Bonjour Sam,

Je vous remercie pour l'intérêt que vous portez à Maison Ardent et pour nos échanges de la semaine dernière.

Après étude attentive, votre profil n'a pas été retenu pour le poste de Chef de produit marketing. Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présentait.

Bien cordialement,

Claire Dumont
Chargée de recrutement – Maison Ardent""",
    cte='quoted-printable', lab=('claire.dumont@maison-ardent.fr', 'Claire', 'Maison Ardent', 'Chef de produit marketing'), cat='non-english-fr',
    notes='French formal; "votre profil n\'a pas été retenu"; keeps details; QP')
add('albera-es-otro-perfil', 'rejection', 'Lucía Herrero <lucia.herrero@grupoalbera.es>', 'Proceso de selección Responsable de Marketing Digital',
    """Hola Sam:

Gracias por tu tiempo durante todo el proceso y por la presentación que preparaste para el comité.

Te escribo para contarte que finalmente hemos decidido seguir adelante con otro perfil para el puesto de Responsable de Marketing Digital. Ha sido una decisión muy ajustada.

Guardaremos tu CV para futuras vacantes en Grupo Albera.

Un abrazo,
Lucía Herrero
Talento · Grupo Albera
Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.""",
    cte='quoted-printable', lab=('lucia.herrero@grupoalbera.es', 'Lucía', 'Grupo Albera', 'Responsable de Marketing Digital'), cat='non-english-es',
    notes='Spanish; "seguir adelante con otro perfil"; accented first name; confidentiality footer')
add('ferrovento-it-informale', 'rejection', 'Giulia Marchetti <giulia@ferrovento.it>', 'Re: colloquio Brand Manager',
    """Ciao Sam,

grazie ancora per la chiacchierata. Alla fine abbiamo scelto di proseguire con un altro candidato che ha più esperienza nel settore food. Mi spiace, sei stato davvero bravo!

Un saluto,
Giulia
Ferrovento"""
    + quote('gio 15 ott 2026 alle 10:02', SAM, "Ciao Giulia,\ngrazie per il colloquio per il ruolo di Brand Manager. Resto a disposizione.\nSam"),
    cte='8bit', lab=('giulia@ferrovento.it', 'Giulia', 'Ferrovento', 'Brand Manager'), cat='non-english-it',
    notes='Italian informal; "scelto di proseguire con un altro candidato"; no "purtroppo"; quoted owner mail')
add('atlantico-pt-outra-candidatura', 'rejection', 'Rita Sousa <rita.sousa@atlanticoseguros.pt>', 'Candidatura – Gestor de Marketing',
    """Cara Sam,

Obrigada pela sua disponibilidade ao longo das entrevistas para a função de Gestor de Marketing na Atlântico Seguros.

Depois de uma análise cuidada, optámos por avançar com outra candidatura cujo perfil se ajusta melhor às necessidades atuais da equipa. Agradecemos sinceramente o seu interesse.

Com os melhores cumprimentos,
Rita Sousa
Recursos Humanos | Atlântico Seguros""",
    cte='base64', lab=('rita.sousa@atlanticoseguros.pt', 'Rita', 'Atlântico Seguros', 'Gestor de Marketing'), cat='non-english-pt',
    notes='European Portuguese; "optámos por avançar com outra candidatura"; base64 body')
add('harborline-internal-transfer', 'rejection', 'Nadia Okonkwo <nadia.okonkwo@harborlinemedia.com>', 'Your internal application – Audience Development Lead',
    """Hi Sam,

Thanks for putting yourself forward for the Audience Development Lead role through the internal mobility programme - it's always great to see people wanting to grow within Harborline Media.

After talking it through with Ben and the leadership team, we've decided to fill the role with an external hire who brings the paid-social depth the team is missing. I know that's disappointing, and I'd love to set up time with you and your manager to talk about what the next step could look like for you here.

Best,
Nadia
Nadia Okonkwo | HR Business Partner | Harborline Media""",
    hw=True, lab=('nadia.okonkwo@harborlinemedia.com', 'Nadia', 'Harborline Media', 'Audience Development Lead'), cat='internal-transfer',
    notes='internal transfer turned down; "fill the role with an external hire"; hard-wrapped')
add('tinplate-close-second', 'rejection', 'Owen Pryce <owen@tinplate.app>', 'Head of Marketing',
    """Sam,

I'll be straight with you because you've been straight with us. We offered the job to someone else on Monday and they accepted this morning. You were a very close second - honestly it came down to a coin flip between the two of you on a few dimensions.

If anything changes I'll call you first.

Owen
Founder, Tinplate""",
    lab=('owen@tinplate.app', 'Owen', 'Tinplate', 'Head of Marketing'), cat='second-choice',
    notes='founder; "offered the job to someone else", "very close second"; no rejection vocabulary')
add('marlowe-offer-rescinded', 'rejection', 'Grace Liu <grace.liu@marlowefreight.com>', 'Regarding your offer - Product Marketing Manager',
    """Dear Sam,

I'm writing with news I had very much hoped not to have to share. As you may have seen in the press this week, Marlowe Freight has announced a restructuring of its commercial organisation. As a result, the Product Marketing Manager position you accepted has been eliminated, and we must rescind the offer of employment dated 3 November.

I'm truly sorry for the disruption this causes, particularly as I know you were preparing to give notice. Our legal team will write separately regarding the reimbursement of any costs you have incurred.

Sincerely,
Grace Liu
Director of Talent, Marlowe Freight""",
    lab=('grace.liu@marlowefreight.com', 'Grace', 'Marlowe Freight', 'Product Marketing Manager'), cat='offer-rescinded',
    notes='offer rescinded after restructuring; "offer" vocabulary throughout')
add('sablewood-keep-details-future', 'rejection', 'Sablewood People Team <people@sablewood.co.uk>', 'Your application: Partnerships Marketing Manager',
    """Hi Sam,

Thanks very much for applying for the Partnerships Marketing Manager role at Sablewood.

We won't be progressing your application on this occasion, but we'd like to keep your details for future roles - we're growing quickly and expect to open several marketing positions in the spring. If you'd rather we didn't, just let us know.

Best wishes,
Hannah
Sablewood People Team""",
    lab=('people@sablewood.co.uk', 'Hannah', 'Sablewood', 'Partnerships Marketing Manager'), cat='keep-on-file',
    notes='British; "won\'t be progressing your application on this occasion" + "keep your details for future roles"')
add('orchardfinch-close-search-q2', 'rejection', 'Clara Mendel <clara@orchardandfinch.com>', 'Update on the Brand Director search',
    """Hi Sam,

A quick but important update: we've decided to close the search for the Brand Director role for now. The board wants to revisit the brand strategy in Q2 before we commit to a senior hire, so we won't be making an appointment this year.

I'm sorry to bring the process to a halt after you've invested so much in it. If and when we reopen, I'd love to reach out to you first.

Clara Mendel
COO, Orchard & Finch""",
    lab=('clara@orchardandfinch.com', 'Clara', 'Orchard & Finch', 'Brand Director'), cat='role-cancelled',
    notes='"decided to close the search"; no appointment this year; ampersand company')
add('meridian-finalist-quoted-thanks', 'rejection', 'Rahul Menon <rahul.menon@meridianbank.com>', 'RE: Thank you - Customer Marketing Manager final round',
    """Hi Sam,

Thanks for the lovely note. After a lot of back and forth the team landed on the other finalist, mainly because of their experience with regulated financial products. It was close, and I'd genuinely be happy to give you feedback over a call if useful.

Kind regards,
Rahul

Rahul Menon
Head of Customer Marketing | Meridian Bank
Meridian Bank plc is authorised by the Prudential Regulation Authority. Calls may be recorded."""
    + "\n\n-----Original Message-----\nFrom: Sam Taylor <sam.taylor@example.org>\nSent: 20 October 2026 17:40\nTo: Rahul Menon <rahul.menon@meridianbank.com>\nSubject: Thank you - Customer Marketing Manager final round\n\nHi Rahul,\n\nThank you for the time today. I really enjoyed meeting the team and\nlearning about the plans for the savings app relaunch. I'm very excited\nabout the Customer Marketing Manager role and look forward to hearing\nfrom you.\n\nBest,\nSam",
    hw=False, lab=('rahul.menon@meridianbank.com', 'Rahul', 'Meridian Bank', 'Customer Marketing Manager'), cat='after-final-round',
    notes='Outlook-style reply above owner\'s thank-you; "landed on the other finalist"')
add('peakline-agency-confidential-internal', 'rejection', 'Mia Thornton <mia@peaklinerecruitment.com>', 'quick update',
    """Hi Sam, just heard back from my client on the VP Marketing search - they've decided to go with an internal candidate in the end, so we're done on that one. Annoying! Will ping you as soon as I have something new. Mia

Peakline Recruitment""",
    lab=('mia@peaklinerecruitment.com', 'Mia', 'Peakline Recruitment', 'VP Marketing'), cat='agency',
    notes='agency, confidential client so company = agency; "go with an internal candidate"; lower-case subject')
add('ravensworth-re-tuesday-no-offer', 'rejection', 'Imogen Hale <imogen.hale@ravensworth.io>', 'Re: Tuesday',
    """Sam, thanks again for coming in on Tuesday. I wanted to let you know personally rather than through the system: we're not going to extend an offer. The panel felt the role needs someone with more hands-on experience running pricing experiments.

Happy to chat if you want more detail.
Imogen"""
    + quote('Wed, 21 Oct 2026, 19:03', SAM, "Hi Imogen,\nThanks for a great conversation on Tuesday about the Pricing & Packaging Lead\nrole at Ravensworth. Let me know if you need anything else.\nSam"),
    lab=('imogen.hale@ravensworth.io', 'Imogen', 'Ravensworth', 'Pricing & Packaging Lead'), cat='non-descriptive-subject',
    notes='subject "Re: Tuesday"; "not going to extend an offer"; company/role only in quoted owner mail')
add('birchgate-congrats-however', 'rejection', 'Birchgate Capital Recruiting <recruiting@birchgatecapital.com>', 'Marketing Director process - outcome',
    """Dear Sam,

Congratulations again on reaching the final stage of our process for the Marketing Director role - of more than four hundred applicants, only three were invited to meet the partners, and the feedback on your presentation was excellent.

However, on this occasion the partners have decided to appoint a candidate with deeper institutional asset-management experience.

We hope you will consider Birchgate Capital again in the future.

With best regards,
Eleanor Fitch
Head of Talent""",
    lab=('recruiting@birchgatecapital.com', 'Eleanor', 'Birchgate Capital', 'Marketing Director'), cat='after-final-round',
    notes='opens with "Congratulations", verdict after "However"; team From address')
add('juniperridge-role-on-hold', 'rejection', 'Theo Walsh <theo.walsh@juniperridge.org>', 'Content Strategist position',
    """Dear Sam,

I'm sorry to let you know that the Content Strategist position has been put on hold indefinitely following our latest budget review. We are therefore pausing all hiring for it, including your application.

Thank you for your patience throughout, and we hope to be in touch should funding be restored.

Theo Walsh
Operations Manager
Juniper Ridge Conservancy""",
    lab=('theo.walsh@juniperridge.org', 'Theo', 'Juniper Ridge Conservancy', 'Content Strategist'), cat='role-cancelled',
    notes='nonprofit; role put on hold indefinitely; grant-like vocabulary ("funding")')

# ---------------- OTHERS ----------------
add('fernhill-invite-unfortunately-panel', 'other', 'Ayesha Khan <ayesha.khan@fernhill.com>', 'Next steps - Product Marketing Manager',
    """Hi Sam,

Great news - the team loved your first conversation and we'd like to move you to the next round for the Product Marketing Manager role!

Unfortunately our panel's calendars are packed, so the earliest we can do is Thursday 5 Nov at 14:00 or Friday 6 Nov at 10:00. Would either of those work?

Best,
Ayesha""", cat='interview-invite', notes='next-round invitation; "Unfortunately" about calendars')
add('copperleaf-reschedule-cancel', 'other', 'Rosa Delgado <rosa@copperleaf.io>', "Cancelling tomorrow's interview - let's rebook",
    """Hi Sam,

Unfortunately I have to cancel tomorrow's interview - our VP has been pulled into a board meeting. I'm so sorry for the short notice. Please don't read anything into it: the role is very much still open and you're still in the process.

Could you send me a few slots for next week?

Rosa""", cat='reschedule', notes='"Unfortunately I have to cancel tomorrow\'s interview"; role still open')
add('tessaro-workday-ack-assume', 'other', 'Tessaro <tessaro@myworkday.com>', 'Thank you for applying to Tessaro',
    """Dear Sam,

Thank you for applying for the Senior Brand Manager position at Tessaro. We have received your application and our team is now reviewing it.

Due to the high volume of applications we receive, we may not be able to respond to every applicant individually. If you have not heard from us within 30 days, please assume that your application has not been successful on this occasion.

Tessaro Talent Acquisition""", cat='ack-received', notes='Workday ack; conditional "please assume ... not been successful"')
add('fr-accuse-reception-sans-nouvelles', 'other', 'Recrutement Lumeo <recrutement@lumeo.fr>', 'Accusé de réception de votre candidature',
    """Bonjour,

Nous accusons bonne réception de votre candidature au poste de Responsable Communication et vous en remercions.

Elle sera étudiée avec attention par nos équipes. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

L'équipe Recrutement Lumeo""", cte='quoted-printable', cat='ack-received',
    notes='French acknowledgement with conditional "n\'a pas été retenue"')
add('stellan-offer-unfortunately-salary', 'other', 'Maya Lindqvist <maya.lindqvist@stellan.com>', 'Offer - Head of Product Marketing',
    """Hi Sam,

I'm thrilled to share that we'd like to offer you the Head of Product Marketing role at Stellan!

Unfortunately we weren't able to get all the way to your salary ask, but we've added a sign-on bonus to close the gap - details are in the attached summary. The formal contract will come from our People team via DocuSign.

Let me know when you've had a chance to review. No pressure, but we'd love an answer by Friday.

Maya""", cat='offer', notes='offer with "Unfortunately" about salary')
add('wrenfield-reference-check', 'other', 'Ben Asante <ben.asante@wrenfield.co>', 'Reference check for Sam',
    """Hi Sam,

Good news: you're our preferred candidate for the Growth Marketing Lead role and we'd like to move to references. Could you send contact details for two referees, ideally one former manager?

We won't contact anyone until you confirm. Unfortunately we can't complete the offer without them, so the sooner the better.

Thanks,
Ben""", cat='reference-check', notes='preferred candidate, references requested; "unfortunately", "won\'t"')
add('jobalert-not-selected-tips', 'other', 'JobNest Alerts <alerts@jobnest.example.com>', '12 new Product Marketing jobs for you',
    None, html="""<html><body><h2>Your daily job alert</h2>
<ul><li>Product Marketing Manager - Acme Robotics - Remote</li><li>Senior PMM - Quarry Data - London</li><li>Brand Manager - Olive &amp; Oak - Bristol</li></ul>
<hr><h3>Not selected for a role you wanted?</h3>
<p>Unfortunately rejection is part of every job search. Read our guide: &ldquo;We&rsquo;ve decided not to move forward&rdquo; &mdash; how to reply and stay top of mind.</p>
<p><a href="#">Unsubscribe</a></p></body></html>""", fmt='html', cat='job-alert',
    notes='job alert with "Not selected" tips block quoting rejection phrasing')
add('ooo-recruiter-autoreply', 'other', 'Felix Grant <felix.grant@oakhollow.com>', 'Automatic reply: Application follow-up - Marketing Operations Manager',
    """Thank you for your email. I am out of the office until Monday 16 November with limited access to email. Unfortunately I won't be able to respond before then.

For urgent recruitment matters please contact talent@oakhollow.com.

Felix""", extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'}, cat='auto-reply',
    notes='out-of-office with "Unfortunately"; Auto-Submitted header')
def _dsn():
    outer = MIMEMultipart('report', report_type='delivery-status')
    outer.attach(MIMEText("This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<h.ward@castellan-old.com>: host mail.castellan-old.com said: 550 5.1.1\n    User unknown\n"))
    ds = MIMEBase('message', 'delivery-status')
    from email.message import Message as _M
    b1 = _M(); b1['Reporting-MTA'] = 'dns; mx.example.org'
    b2 = _M(); b2['Final-Recipient'] = 'rfc822; h.ward@castellan-old.com'; b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
    ds.set_payload([b1, b2])
    outer.attach(ds)
    orig = EmailMessage()
    orig['From'] = SAM; orig['To'] = 'Hugo Ward <h.ward@castellan-old.com>'; orig['Subject'] = 'Re: Your application - Brand Marketing Lead'
    orig['Date'] = 'Mon, 02 Nov 2026 10:00:00 +0000'; orig['Message-ID'] = make_msgid(domain='example.org')
    orig.set_content("Hi Hugo,\n\nThank you for letting me know. I'm disappointed, but I enjoyed meeting the\nteam. Please keep me in mind for future roles.\n\nBest,\nSam\n\nOn Fri, 30 Oct 2026, Hugo Ward wrote:\n> Unfortunately we have decided not to move forward with your application\n> for the Brand Marketing Lead role.\n")
    outer.attach(MIMEMessage(orig))
    return outer
add('dsn-bounce-followup', 'other', 'Mail Delivery System <MAILER-DAEMON@mx.example.org>', 'Undelivered Mail Returned to Sender',
    fmt='report', raw=_dsn, cat='bounce', notes='multipart/report DSN; the returned original is the owner\'s reply quoting a rejection')
add('lowell-grant-not-funded', 'other', 'Lowell Arts Fund <grants@lowellartsfund.org>', 'Your 2027 Small Grants application',
    """Dear Sam Taylor,

Thank you for applying to the Lowell Arts Fund Small Grants programme. We received 312 applications for 24 awards this cycle.

We regret to inform you that your project, "Neighbourhood Zine Library", was not selected for funding. Panel comments will be available in the portal in two weeks. We encourage you to apply again in the spring round.

Grants Team, Lowell Arts Fund""", cat='non-job-rejection', notes='grant rejection, "regret to inform", "not selected"')
add('brandcon-talk-declined', 'other', 'BrandCon 2027 Program Committee <speakers@brandcon.example.net>', 'BrandCon 2027: decision on your proposal',
    """Hi Sam,

Thank you for submitting "Rejection-proof launch messaging" to BrandCon 2027. Unfortunately, we are unable to accept your proposal this year; we had over 900 submissions for 60 slots.

We'd love to see you in the audience - use code SPEAKER15 for 15% off a ticket.

The BrandCon Program Committee""", cat='non-job-rejection', notes='conference talk rejection')
add('flat-letting-other-applicant', 'other', 'Chloe at Keyhaven Lettings <chloe@keyhavenlettings.co.uk>', '14 Elm Terrace - update',
    """Hi Sam,

Thanks for viewing 14 Elm Terrace on Saturday. Unfortunately the landlord has decided to go with another applicant for the flat. We have a similar two-bed on Orchard Road coming up next week - shall I book you in?

Chloe
Keyhaven Lettings""", cat='non-job-rejection', notes='apartment: "decided to go with another applicant"')
add('loan-declined', 'other', 'Northway Credit Union <noreply@northwaycu.example.com>', 'Decision on your personal loan application',
    """Dear Sam Taylor,

Thank you for your personal loan application (ref PL-558201). After careful review we are unable to approve your application at this time. This decision was based in part on information from a credit reference agency.

You may request a copy of the information we used by contacting us within 60 days.

Northway Credit Union Lending Team""", cat='non-job-rejection', notes='loan declined, "after careful review", "unable to approve"')
add('journal-manuscript-reject', 'other', 'Journal of Brand Research <onbehalfof@manuscriptcentral.example.com>', 'Decision on Manuscript ID JBR-2026-0412',
    """Dear Ms. Taylor,

Thank you for submitting your manuscript "Loss framing in subscription cancellation flows" to the Journal of Brand Research. I regret that, after careful consideration of the reviewers' reports, I have decided not to accept it for publication. The reviewers' comments are included below.

Sincerely,
Prof. Martin Osei
Editor-in-Chief""", reply_to='Martin Osei <editor.jbr@example.com>', cat='non-job-rejection', notes='journal paper rejection, Reply-To editor')
add('mba-admission-declined', 'other', 'Eastbridge Business School Admissions <admissions@eastbridge.example.edu>', 'Your application to the Executive MBA',
    """Dear Sam,

Thank you for your application to the Eastbridge Executive MBA, Class of 2028. The Admissions Committee has completed its review, and I am sorry to tell you that we are unable to offer you a place in this year's class.

We received a record number of applications. You are welcome to reapply in a future cycle.

Director of Admissions""", cat='non-job-rejection', notes='MBA admission declined; "unable to offer you a place"')
add('vendor-bid-not-selected', 'other', 'Procurement - City of Ashvale <procurement@ashvale.example.gov>', 'RFP 2026-117 Website Content Refresh - Notice of Award',
    """Dear Sam Taylor,

Thank you for your proposal in response to RFP 2026-117 (Website Content Refresh). After evaluation, the City has selected another vendor for this contract. Your submission was scored 71/100. A debrief can be requested within ten business days.

Procurement Office, City of Ashvale""", cat='non-job-rejection', notes='freelance vendor bid not selected')
add('rowing-club-membership', 'other', 'Harbour Rowing Club <membership@harbourrowing.example.org>', 'Membership application',
    """Dear Sam,

Thank you for applying to join Harbour Rowing Club. Unfortunately the committee is not able to accept new adult members this season as our squads are full. We have added you to the waiting list and will be in touch in March.

Harbour Rowing Club Membership Secretary""", cat='non-job-rejection', notes='club membership not accepted, waitlisted')
add('colleague-reject-candidate', 'other', 'Devon Price <devon.price@example.org>', 'PMM candidates - my take',
    """Sam,

Went through the scorecards. I'd reject Casey for the PMM role - the case study was thin and the positioning answer was generic. Can you send the note? Something like "after careful consideration we've decided not to move forward" is fine.

Priya is a strong yes, let's get her in for the final.

D""", cat='owner-is-hiring', notes='Sam is the hiring manager; colleague proposes rejecting a candidate')
add('greenhouse-candidate-rejected-notice', 'other', 'Greenhouse <no-reply@greenhouse.io>', 'Alex Moreno was rejected for Brand Designer',
    """Hi Sam,

Alex Moreno was rejected for Brand Designer (Harborline Media) by Sam Taylor.

Rejection reason: Lacking skill(s)/qualification(s)
Rejection email: Scheduled to send on Nov 12, 2026 at 9:00 AM

View candidate profile in Greenhouse.

You are receiving this because you are on the hiring team for Brand Designer.""",
    cat='owner-is-hiring', notes='Greenhouse hiring-team notice about a candidate Sam rejected')
add('candidate-replies-to-sams-rejection', 'other', 'Casey Nguyen <casey.nguyen@mailbox.example.net>', 'Re: Your application - Product Marketing Manager',
    """Hi Sam,

Thanks for letting me know, and for being so quick about it. Disappointing of course, but I appreciated how well the process was run. If you have any feedback on the case study I'd be grateful.

Best,
Casey"""
    + quote('Thu, 12 Nov 2026 at 09:00', SAM, "Hi Casey,\n\nThank you for your time with the team. After careful consideration we've\ndecided not to move forward with your application for the Product\nMarketing Manager role.\n\nBest wishes,\nSam Taylor\nHarborline Media"),
    cat='owner-is-hiring', notes='candidate replying to Sam\'s rejection, which is quoted')
add('friend-fwd-own-rejection', 'other', 'Jordan Ellis <jordan.ellis@mailbox.example.net>', 'Fwd: Your application to Plover',
    """ugh. look at this. pint later?

---------- Forwarded message ---------
From: Plover Talent <talent@plover.example.com>
Date: Tue, 10 Nov 2026 at 16:20
Subject: Your application to Plover
To: Jordan Ellis <jordan.ellis@mailbox.example.net>

Hi Jordan,

Thank you for interviewing for the Data Analyst role. Unfortunately, we have decided to move forward with other candidates.

Plover Talent""", cat='forwarded', notes='friend forwards their own rejection')
add('recruiter-reply-to-thankyou', 'other', 'Hugo Ward <hugo.ward@castellan.com>', 'Re: Your application - Brand Marketing Lead',
    """Thanks Sam, really appreciate you saying so. We'll definitely keep you in mind for anything that comes up!

Hugo"""
    + quote('Mon, 2 Nov 2026 at 10:00', SAM, "Hi Hugo,\n\nThank you for letting me know. I'm disappointed, but I enjoyed meeting the\nteam. Please keep me in mind for future roles.\n\nBest,\nSam\n\nOn Fri, 30 Oct 2026, Hugo Ward wrote:\n> Unfortunately we have decided not to move forward with your application\n> for the Brand Marketing Lead role."),
    cat='reply-to-owner-thankyou', notes='recruiter answers the owner\'s thank-you; the original rejection is quoted two levels deep')
add('status-no-decision-yet', 'other', 'Leah Corbin <leah.corbin@tidemark.io>', 'Quick update on the Growth PMM role',
    """Hi Sam,

Just a quick update so you're not left wondering: the team hasn't made a decision yet. We have two more candidates to meet this week and expect to wrap up by the 20th. You're still very much in the running.

Thanks for your patience,
Leah""", cat='status-update', notes='"no decision yet"; still in the running')
add('de-termin-leider-verschieben', 'other', 'Anna Richter <anna.richter@lindenwerk.de>', 'Zweites Gespräch – neuer Termin',
    """Hallo Sam,

leider ist Herr Wagner am Dienstag kurzfristig verhindert. Können wir das zweite Gespräch für die Stelle als Marketing Lead auf Donnerstag, 14 Uhr, verschieben? Wir freuen uns weiterhin sehr auf den Austausch mit Ihnen.

Viele Grüße
Anna Richter
Lindenwerk GmbH""", cte='quoted-printable', cat='reschedule', notes='German reschedule with "leider"')
add('recruiter-new-role-after-past-no', 'other', 'Priyanka Shah <priyanka@talentbridge.example.com>', 'New brief - thought of you',
    """Hi Sam,

I know the Fernhill role didn't work out in the end and they went with someone else - their loss! I've just taken on a new brief for a Director of Product Marketing at a Series C fintech and I think you'd be a great fit. Open to a quick call Thursday?

Priyanka
TalentBridge""", cat='recruiter-outreach', notes='recruiter outreach referring to an earlier rejection as background')
add('vesper-verbal-offer-alt', 'other', 'Sofia Russo <sofia.russo@vesperhealth.com>', 'Great news!',
    """Hi Sam,

I'm delighted to let you know that the panel would like to offer you the Brand Marketing Manager position at Vesper Health. We were sorry to keep you waiting - we had to close out a couple of other candidates first.

I'll call you this afternoon to talk through the package.

Sofia""",
    html="""<p>Hi Sam,</p><p>I&rsquo;m delighted to let you know that the panel would like to offer you the Brand Marketing Manager position at Vesper Health. We were sorry to keep you waiting &ndash; we had to close out a couple of other candidates first.</p><p>I&rsquo;ll call you this afternoon to talk through the package.</p><p>Sofia</p>""",
    fmt='alt', cte='quoted-printable', cat='offer', notes='offer, multipart/alternative; "sorry", "close out other candidates"')
