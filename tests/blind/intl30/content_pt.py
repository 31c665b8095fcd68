"""Portuguese messages (Portugal, Brazil): 8 rejections, 8 hard negatives."""
MESSAGES = [
# ---------------- rejections, ATS ----------------
{"slug": "pt-br-gupy-banco-talentos", "label": "rejection", "cat": "keep-on-file", "lang": "pt", "country": "BR",
 "style": "ats", "vendor": "gupy", "brand": "Varejo Ipê", "h2t": True,
 "frm": "Varejo Ipê <naoresponda@gupy.io>", "subject": "Retorno sobre o processo seletivo - Coordenador(a) de Marketing de Produto",
 "text": """Olá, Sam! Tudo bem?

Queremos agradecer pelo seu interesse em fazer parte do time Varejo Ipê e por ter participado do processo seletivo para a vaga de Coordenador(a) de Marketing de Produto.

Recebemos muitas candidaturas incríveis e, após uma análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está mais aderente ao que buscamos neste momento.

Sabemos que essa não é a notícia que você esperava, mas não desanime! Seu currículo continuará em nosso banco de talentos e poderá ser considerado para futuras oportunidades.

Um abraço,
Time de Gente & Cultura Varejo Ipê""",
 "exp": ("", "", "Varejo Ipê", "Coordenador(a) de Marketing de Produto"), "notes": "Gupy, você; talent bank; html2text plain"},

{"slug": "pt-br-kenoby-encerrada", "label": "rejection", "cat": "ats-automated", "lang": "pt", "country": "BR",
 "style": "ats", "vendor": "kenoby", "brand": "Agrotech Cerrado",
 "frm": "Agrotech Cerrado via Kenoby <no-reply@kenoby.com>", "subject": "Atualização da sua candidatura",
 "text": """Olá Sam,

A sua candidatura para a vaga Analista de Growth Sênior foi encerrada.

{table}

Agradecemos a sua participação e desejamos sucesso na sua carreira. Acompanhe novas vagas em nossa [[página de carreiras]].

Equipe de Recrutamento
Agrotech Cerrado""",
 "table": [("Vaga", "Analista de Growth Sênior"), ("Etapa", "Entrevista com gestor"), ("Status", "Não aprovado")],
 "exp": ("", "", "Agrotech Cerrado", "Analista de Growth Sênior"), "notes": "Kenoby status 'Não aprovado'; 'candidatura encerrada'"},

{"slug": "pt-pt-successfactors-bilingue", "label": "rejection", "cat": "ats-automated", "lang": "pt", "country": "PT",
 "style": "ats", "vendor": "successfactors", "brand": "Telecom Atlântica",
 "frm": "Telecom Atlântica Recrutamento <recrutamento@successfactors.eu>", "subject": "A sua candidatura | Your application - Product Marketing Manager (Ref. 30571)",
 "text": """Caro(a) Sam Taylor,

Agradecemos o interesse demonstrado na Telecom Atlântica e a candidatura à função de Product Marketing Manager (Ref. 30571).

Após uma análise cuidadosa do seu perfil, lamentamos informar que não foi selecionado(a) para as próximas fases deste processo de recrutamento. Esta decisão não reflete necessariamente o seu valor profissional, mas sim a adequação aos requisitos específicos desta função.

Nos termos do RGPD, os seus dados serão conservados durante 12 meses. Caso pretenda a sua eliminação, contacte-nos através de privacidade@telecomatlantica.example.

Com os melhores cumprimentos,
Equipa de Recrutamento

---

Dear Sam Taylor,

Thank you for your interest in Telecom Atlântica. After careful review, we regret to inform you that you have not been selected for the next stages of this process.

Kind regards,
Recruitment Team""",
 "exp": ("", "", "Telecom Atlântica", "Product Marketing Manager"), "notes": "European Portuguese with English version; privacy address only (not a follow-up address)"},

{"slug": "pt-br-workday-vaga-cancelada", "label": "rejection", "cat": "role-cancelled", "lang": "pt", "country": "BR",
 "style": "ats", "vendor": "workday", "brand": "Mineração Serra Azul", "html_only": True,
 "frm": "Mineração Serra Azul <serraazul@myworkday.com>", "subject": "Atualização: R-118204 Gerente de Comunicação e Marca",
 "text": """Olá Sam,

Agradecemos seu interesse na posição R-118204 Gerente de Comunicação e Marca.

Informamos que esta vaga foi cancelada pela área requisitante e, por isso, o processo seletivo foi encerrado. Sua candidatura não seguirá para as próximas etapas.

Convidamos você a continuar acompanhando nossas oportunidades.

Atenciosamente,
Aquisição de Talentos · Mineração Serra Azul""",
 "footer": ["Este é um e-mail automático, por favor não responda.", "Aviso de Privacidade (LGPD): {privacy}", "Powered by Workday"],
 "exp": ("", "", "Mineração Serra Azul", "Gerente de Comunicação e Marca"), "notes": "HTML-only; requisition cancelled"},

# ---------------- rejections, personal ----------------
{"slug": "pt-br-recrutadora-retorno-casual", "label": "rejection", "cat": "personal-after-interview", "lang": "pt", "country": "BR",
 "style": "personal", "frm": "Bruna Lacerda <bruna.lacerda@pagfacil.example>",
 "subject": "Retorno - PMM",
 "text": """Oi Sam, tudo bem?

Passando pra te dar um retorno sobre o processo de Product Marketing Manager aqui na PagFácil. A gestora curtiu muito a conversa com você, mas decidiu seguir com outra pessoa que já tem vivência com produtos de crédito pra PME, que é o foco do time agora.

Sei que não é o que você queria ouvir, mas preferi te avisar logo. Vou deixar seu perfil marcado aqui pra quando abrir algo no time de marca, beleza?

Qualquer coisa me chama!
Bruna Lacerda
Tech Recruiter | PagFácil
(11) 95555-0188""",
 "exp": ("bruna.lacerda@pagfacil.example", "Bruna", "PagFácil", "Product Marketing Manager"), "notes": "casual Brazilian recruiter; 'decidiu seguir com outra pessoa'"},

{"slug": "pt-pt-carta-formal-veredicto-final", "label": "rejection", "cat": "personal-after-interview", "lang": "pt", "country": "PT",
 "style": "personal", "frm": "Rita Magalhães <rita.magalhaes@vinhosdouroverde.example>",
 "subject": "Processo de recrutamento - Brand Manager Exportação",
 "text": """Caro Sam,

Espero que se encontre bem.

Em primeiro lugar, quero agradecer-lhe a disponibilidade para as duas entrevistas e a visita à quinta em Lamego. Foi um gosto conhecê-lo e a conversa sobre os mercados nórdicos foi das mais interessantes que tivemos ao longo do processo.

Como sabe, a função de Brand Manager Exportação exige uma presença muito regular no Porto e em viagem, e a equipa de direção ponderou muito todos os fatores. Tivemos candidatos de perfis muito diferentes e a decisão não foi fácil.

Infelizmente, decidimos avançar com outro candidato, pelo que não iremos dar seguimento à sua candidatura.

Com os melhores cumprimentos,

Rita Magalhães
Diretora de Recursos Humanos
Vinhos Douro Verde, S.A.
+351 22 555 0163""",
 "exp": ("rita.magalhaes@vinhosdouroverde.example", "Rita", "Vinhos Douro Verde", "Brand Manager Exportação"), "notes": "formal PT letter; verdict at the end"},

{"slug": "pt-pt-agencia-cliente-optou", "label": "rejection", "cat": "agency-recruiter", "lang": "pt", "country": "PT",
 "style": "personal", "frm": "Tiago Fonseca <tiago.fonseca@lusotalent.example>",
 "subject": "RE: Candidatura Marketing Manager - cliente do setor segurador", "parent": True,
 "text": """Olá Sam,

Obrigado pela paciência. O nosso cliente, a Seguros Tejo, já fechou o processo de Marketing Manager e optou por uma candidata que já trabalhava no setor segurador. Portanto, infelizmente não avançamos consigo desta vez.

Continuo com o seu CV ativo na nossa base e falo consigo assim que surgir algo alinhado.

Abraço,
Tiago Fonseca
Senior Consultant | LusoTalent Recrutamento
+351 91 555 0172

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 28 October 2026 11:40
To: Tiago Fonseca <tiago.fonseca@lusotalent.example>
Subject: Candidatura Marketing Manager - cliente do setor segurador

Olá Tiago, há alguma novidade do cliente? Obrigado, Sam""",
 "exp": ("tiago.fonseca@lusotalent.example", "Tiago", "Seguros Tejo", "Marketing Manager"), "notes": "agency; English Outlook quote header"},

{"slug": "pt-br-reenvio-retorno", "label": "rejection", "cat": "personal-after-interview", "lang": "pt", "country": "BR",
 "style": "personal", "frm": "Camila Duarte <camila.duarte@saborcarioca.example>",
 "subject": "Fwd: Retorno processo Gerente de Marketing Digital", "client_html": True,
 "text": """Sam, reenviando porque vi agora que o e-mail anterior voltou (digitei seu endereço errado, desculpa!).

Camila

---------- Forwarded message ---------
De: Camila Duarte <camila.duarte@saborcarioca.example>
Date: seg., 9 de nov. de 2026 às 16:05
Subject: Retorno processo Gerente de Marketing Digital
To: <sam.tayler@example.org>

Olá Sam,

Agradeço muito sua participação no processo para Gerente de Marketing Digital da Sabor Carioca. Após as entrevistas finais, a diretoria optou por outro finalista, e por isso não seguiremos com a sua candidatura.

Foi um prazer te conhecer e espero que nossos caminhos se cruzem de novo.

Abraços,
Camila Duarte
Business Partner de RH | Sabor Carioca""",
 "exp": ("camila.duarte@saborcarioca.example", "Camila", "Sabor Carioca", "Gerente de Marketing Digital"), "notes": "re-sent own rejection after a bounce (typo in first address)"},

# ---------------- others, ATS ----------------
{"slug": "pt-br-gupy-proxima-etapa", "label": "other", "cat": "assessment-invite", "lang": "pt", "country": "BR",
 "style": "ats", "vendor": "gupy", "brand": "Fintech Jabuticaba", "h2t": True,
 "frm": "Fintech Jabuticaba <naoresponda@gupy.io>", "subject": "Você avançou para a próxima etapa! 🎉",
 "text": """Olá, Sam!

Parabéns! Você avançou para a etapa Teste de Lógica e Cultura no processo seletivo para Especialista em CRM.

O teste leva cerca de 30 minutos e deve ser feito até 15/11 às 23h59. Atenção: candidaturas com etapas não concluídas no prazo serão reprovadas automaticamente.

[[Fazer o teste agora]]

Boa sorte!
Time Fintech Jabuticaba""",
 "notes": "next-stage Gupy mail; 'serão reprovadas automaticamente' conditional"},

{"slug": "pt-br-cartao-compra-recusada", "label": "other", "cat": "non-job-rejection", "lang": "pt", "country": "BR",
 "style": "ats", "vendor": "bank", "brand": "Banco Capivara",
 "frm": "Banco Capivara <alertas@bancocapivara.example>", "subject": "Compra recusada no seu cartão final 4471",
 "text": """Olá, Sam.

Uma compra no seu cartão de crédito final 4471 foi recusada:

{table}

Motivo: limite disponível insuficiente. Se não reconhece esta tentativa, bloqueie o cartão pelo app.

[[Abrir o app]]""",
 "table": [("Estabelecimento", "LinkedIn Premium"), ("Valor", "R$ 239,90"), ("Data", "08/11/2026 14:22")],
 "notes": "card payment declined (for LinkedIn Premium)"},

{"slug": "pt-br-kenoby-recebida-retorno", "label": "other", "cat": "ack-received", "lang": "pt", "country": "BR",
 "style": "ats", "vendor": "kenoby", "brand": "Saúde Bem Viver",
 "frm": "Saúde Bem Viver via Kenoby <no-reply@kenoby.com>", "subject": "Recebemos sua candidatura!",
 "text": """Olá Sam,

Recebemos sua candidatura para a vaga de Coordenador de Marketing Institucional. Obrigado pelo interesse!

Nosso time vai analisar todos os currículos nas próximas semanas. Independentemente do resultado, você receberá um retorno por e-mail, seja para avançar para a próxima etapa, seja para informar que o processo não seguirá com você.

Equipe de Recrutamento Saúde Bem Viver""",
 "notes": "acknowledgement promising an answer either way"},

{"slug": "pt-pt-bolsa-nao-financiada", "label": "other", "cat": "non-job-rejection", "lang": "pt", "country": "PT",
 "style": "ats", "vendor": "generic", "brand": "Fundação Atlântico para a Cultura",
 "frm": "Fundação Atlântico para a Cultura <candidaturas@fundacaoatlantico.example>", "subject": "Resultados - Bolsas de Curta Duração 2027",
 "text": """Exmo.(a) Senhor(a) Sam Taylor,

Informamos que foi concluída a avaliação das candidaturas ao concurso Bolsas de Curta Duração 2027.

Lamentamos comunicar que a sua candidatura (n.º BCD-2027-0318) não foi selecionada para financiamento. A lista de classificação final pode ser consultada na [[plataforma de candidaturas]].

Dispõe de 10 dias úteis para se pronunciar em sede de audiência prévia, nos termos do Código do Procedimento Administrativo.

Com os melhores cumprimentos,
Serviço de Bolsas""",
 "notes": "grant / scholarship not funded; legal appeal wording"},

# ---------------- others, personal ----------------
{"slug": "pt-br-resposta-followup-agradecimento", "label": "other", "cat": "reply-to-owner-followup", "lang": "pt", "country": "BR",
 "style": "personal", "frm": "Larissa Moura <larissa.moura@nuvemlog.example>",
 "subject": "Re: Retorno processo Head de Marketing", "parent": True, "parent_depth": 2, "client_html": True,
 "text": """Imagina, Sam! Eu que agradeço pela gentileza da resposta, nem todo mundo faz isso. Vamos manter contato sim, te adicionei no LinkedIn.

Bjs,
Larissa

Em ter., 10 de nov. de 2026 às 09:30, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Larissa, obrigado pelo retorno, mesmo não tendo sido dessa vez. Gostei muito de conhecer o time e adoraria ficar no radar para futuras vagas.
> Abraço, Sam
>
> Em seg., 9 de nov. de 2026, Larissa Moura escreveu:
>> Oi Sam, infelizmente o time decidiu seguir com outro candidato para Head de Marketing. Obrigada pela participação!""",
 "notes": "reply to Sam's thank-you; rejection only in quotes"},

{"slug": "pt-pt-owner-sent-recusa-candidato", "label": "other", "cat": "owner-sent", "lang": "pt", "country": "PT",
 "style": "personal", "frm": "Sam Taylor <sam.taylor@example.org>", "to": "Inês Cardoso <ines.cardoso@correio.example>",
 "subject": "Candidatura Content Designer - Calder Street Media Lisboa",
 "text": """Olá Inês,

Obrigado pelo tempo que dedicou às entrevistas para a função de Content Designer no nosso escritório de Lisboa.

Infelizmente decidimos avançar com outra candidata, cuja experiência em produto digital é mais próxima do que precisamos neste momento. Gostei muito da sua apresentação e espero que nos voltemos a cruzar.

Com os melhores cumprimentos,
Sam Taylor
Calder Street Media""",
 "notes": "Sam's own sent rejection to a candidate"},

{"slug": "pt-br-proposta-oferta", "label": "other", "cat": "offer", "lang": "pt", "country": "BR",
 "style": "personal", "frm": "Renato Alves <renato.alves@ondaverde.example>",
 "subject": "Proposta - Gerente de Produto",
 "text": """Oi Sam,

Que bom falar com você hoje! Conforme conversamos, segue abaixo o resumo da nossa proposta para a posição de Gerente de Produto:

- Salário: R$ 24.000 (CLT)
- Bônus: até 3 salários/ano
- Vale-refeição, plano de saúde e odontológico
- Modelo híbrido (2x por semana no escritório da Vila Madalena)

Infelizmente não conseguimos chegar no valor que você pediu inicialmente, mas revisamos o bônus para compensar. Você consegue me dar um retorno até sexta?

Abraço,
Renato Alves
Head de Pessoas | Onda Verde""",
 "notes": "offer; 'infelizmente' about salary"},

{"slug": "pt-pt-processo-suspenso-ainda-decidir", "label": "other", "cat": "status-update", "lang": "pt", "country": "PT",
 "style": "personal", "frm": "Joana Pires <joana.pires@ribeirasoftware.example>",
 "subject": "Ponto de situação - Growth Marketing Lead",
 "text": """Olá Sam,

Quero dar-lhe um ponto de situação, para não ficar sem notícias. O processo para Growth Marketing Lead está temporariamente parado porque estamos a fechar o orçamento de 2027, que só será aprovado em meados de dezembro.

Quero deixar claro que não tomámos nenhuma decisão e que continua a ser um dos candidatos que queremos ver na fase final. Retomamos o contacto na primeira semana de janeiro.

Obrigada pela compreensão,
Joana Pires
Talent Lead · Ribeira Software""",
 "notes": "process paused but explicitly still deciding; Sam still a candidate"},
]
