"""Portuguese messages (Brazil and Portugal): 12 rejections, 12 hard negatives."""
LANG = "pt"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="pt-cajuina-gupy-nao-seguiremos", label="rejection", cat="ats-automated", style="ats", variant="pt-BR",
     vendor="gupy", brand="Cajuína Pagamentos", headers=AUTO, plain="auto",
     frm="Cajuína Pagamentos <noreply@gupy.example>",
     subject="Retorno sobre o processo seletivo - Analista de Marketing de Produto Sr.",
     text="""Olá, Sam! Tudo bem?

Agradecemos muito o seu interesse em fazer parte do time Cajuína e o tempo dedicado ao nosso processo seletivo para a vaga de Analista de Marketing de Produto Sr.

Infelizmente, neste momento, não seguiremos com a sua candidatura. Essa decisão foi tomada após uma análise cuidadosa de todos os perfis, considerando os requisitos específicos da vaga.

Seu currículo continuará em nosso banco de talentos e você pode acompanhar outras oportunidades na nossa [[página de carreiras]].

Desejamos muito sucesso na sua jornada!

Um abraço,
Time de Gente & Gestão | Cajuína Pagamentos""",
     about="A Cajuína Pagamentos é uma fintech de Fortaleza que atende mais de 80 mil pequenos negócios no Nordeste. Somos uma empresa que valoriza a diversidade.",
     exp=("", "", "Cajuína Pagamentos", "Analista de Marketing de Produto Sr."), notes="ordinary; gupy; html-autotext"),

dict(slug="pt-catho-processo-encerrado", label="rejection", cat="job-board-relay", style="ats", variant="pt-BR",
     vendor="catho", brand="Catho", headers=BULK,
     frm="Catho <naoresponda@catho.example>",
     subject="Sam, sua candidatura teve uma atualização",
     text="""Olá, Sam

A empresa atualizou o status da sua candidatura:

{table}

A empresa Laticínios Serra Azul agradece sua participação, mas optou por seguir com outros candidatos nesta vaga.

Continue se candidatando! Separamos 18 vagas com o seu perfil: [[Ver vagas]]""",
     table=[("Vaga", "Coordenador de Trade Marketing"), ("Empresa", "Laticínios Serra Azul"), ("Local", "Belo Horizonte - MG"),
            ("Status", "Processo encerrado para você")],
     exp=("", "", "Laticínios Serra Azul", "Coordenador de Trade Marketing"), notes="job-board-relay; bulk-headers; status-table"),

dict(slug="pt-ribeira-teamtailor-outros-candidatos", label="rejection", cat="ats-automated", style="ats", variant="pt-PT",
     vendor="teamtailor", brand="Ribeira Têxtil", headers=AUTO, plain="auto",
     frm="Ribeira Têxtil <no-reply@teamtailor.com>",
     reply_to="Inês Carvalho <ines.carvalho@ribeira-textil.example>",
     subject="A sua candidatura na Ribeira Têxtil",
     text="""Olá Sam,

Obrigada pela sua candidatura à função de Product Marketing Manager e pelo interesse na Ribeira Têxtil.

Depois de analisarmos com atenção todas as candidaturas, decidimos avançar com outros candidatos cujo perfil corresponde mais de perto àquilo que procuramos neste momento.

Sabemos que não é a notícia que esperava, e agradecemos sinceramente o tempo que nos dedicou.

Com os melhores cumprimentos,
Inês Carvalho
Talent Acquisition | Ribeira Têxtil
Guimarães, Portugal""",
     exp=("ines.carvalho@ribeira-textil.example", "Inês", "Ribeira Têxtil", "Product Marketing Manager"), notes="ordinary; pt-PT; reply-to-header; html-autotext"),

dict(slug="pt-workday-vaga-preenchida-html", label="rejection", cat="ats-automated", style="ats", variant="pt-BR",
     vendor="workday", brand="Grupo Jacarandá", html_only=True, cte="base64", headers=AUTO,
     frm="Grupo Jacarandá Carreiras <grupojacaranda@myworkday.com>",
     subject="Atualização sobre sua candidatura - Gerente de Branding (JR-88231)",
     text="""Prezado(a) Sam Taylor,

Obrigado por se candidatar à vaga de Gerente de Branding (JR-88231) no Grupo Jacarandá.

Informamos que a vaga foi preenchida e, por isso, sua candidatura foi encerrada. Agradecemos o interesse e incentivamos você a se candidatar a outras oportunidades que combinem com seu perfil.

Atenciosamente,
Aquisição de Talentos | Grupo Jacarandá""",
     exp=("", "", "Grupo Jacarandá", "Gerente de Branding"), notes="html-only; filled; english-legal-footer"),

dict(slug="pt-lever-bilingue-nesta-fase", label="rejection", cat="ats-automated", style="ats", variant="pt-PT",
     vendor="lever", brand="Alfama Cloud", headers=AUTO,
     frm="Alfama Cloud <no-reply@hire.lever.co>",
     subject="Alfama Cloud - Growth Marketing Manager",
     text="""Olá Sam,

Muito obrigado pelo interesse na Alfama Cloud. Lamentamos informar que não foi selecionado(a) nesta fase do processo para a função de Growth Marketing Manager.

Guardaremos o seu perfil e poderemos contactá-lo(a) caso surja uma oportunidade adequada.

(English below)

Hi Sam,

Thank you for your interest in Alfama Cloud. We regret to let you know that you have not been selected at this stage for the Growth Marketing Manager role. We will keep your profile on file.

Equipa de Recrutamento / Recruiting Team
Alfama Cloud, Lisboa""",
     footer_lang="pt",
     exp=("", "", "Alfama Cloud", "Growth Marketing Manager"), notes="bilingual-pt-en; keep-on-file"),

dict(slug="pt-successfactors-requisicao-cancelada", label="rejection", cat="role-cancelled", style="ats", variant="pt-BR",
     vendor="successfactors", brand="Siderúrgica Ipiranga", headers=AUTO,
     frm="Siderúrgica Ipiranga Recrutamento <recrutamento@successfactors.eu>",
     subject="Requisição 40217 - Especialista em Comunicação e Marca",
     text="""Prezado(a) Sam Taylor,

Informamos que a requisição 40217 - Especialista em Comunicação e Marca foi cancelada pela área solicitante. Dessa forma, todas as candidaturas vinculadas a esta vaga foram encerradas, incluindo a sua.

Gostaríamos de manter seu currículo em nosso banco de talentos por 24 meses, conforme a LGPD. Caso concorde, clique no botão abaixo.

Atenciosamente,
Recrutamento e Seleção | Siderúrgica Ipiranga""",
     button="Autorizo manter meu currículo",
     exp=("", "", "Siderúrgica Ipiranga", "Especialista em Comunicação e Marca"), notes="requisition-cancelled; lgpd-retention"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="pt-br-recruiter-gestor-optou", day="2026-11-20", label="rejection", cat="personal-after-interview", style="personal", variant="pt-BR",
     frm="Camila Nogueira <camila.nogueira@bossa-edtech.example>",
     subject="Processo Head de Marketing - Bossa Edtech",
     text="""Oi Sam, tudo bem?

Primeiro queria agradecer demais pela sua participação no processo, pelas duas entrevistas e pelo case que você apresentou pro time, que ficou incrível (o pessoal de produto ainda está comentando sobre aquela análise de coorte hahaha).

Então, vou ser bem transparente com você: a decisão ficou entre você e mais uma pessoa, e infelizmente o gestor optou pelo outro candidato, principalmente por ele já ter experiência com educação básica, que é o nosso foco para 2027.

Sei que não é a notícia que você esperava. Se quiser, posso te passar um feedback mais detalhado por telefone essa semana. E vamos manter contato, viu? Tenho certeza que vão surgir outras oportunidades por aqui.

Beijos,
Camila Nogueira
Tech Recruiter | Bossa Edtech
(11) 98765-4321""",
     exp=("camila.nogueira@bossa-edtech.example", "Camila", "Bossa Edtech", "Head de Marketing"), notes="casual; verdict-middle; finalist"),

dict(slug="pt-pt-hm-formal-nao-avancar", day="2026-10-05", label="rejection", cat="personal-after-interview", style="personal", variant="pt-PT",
     frm="Rui Figueiredo <rui.figueiredo@douro-logistica.example>",
     subject="Processo de recrutamento - Responsável de Marketing",
     text="""Caro Sam,

Antes de mais, agradeço a sua disponibilidade para as entrevistas das últimas semanas e a apresentação que fez à administração.

Lamento informar que decidimos não avançar com a sua candidatura para a função de Responsável de Marketing. A decisão prendeu-se sobretudo com a experiência no setor da logística, que considerámos essencial nesta fase.

Desejo-lhe as maiores felicidades profissionais.

Com os melhores cumprimentos,

Rui Figueiredo
Diretor Comercial
Douro Logística, S.A.
Tel.: +351 223 555 410""",
     exp=("rui.figueiredo@douro-logistica.example", "Rui", "Douro Logística", "Responsável de Marketing"), notes="pt-PT; formal"),

dict(slug="pt-br-short-vaga-congelada-reply", day="2026-11-24", label="rejection", cat="role-cancelled", style="personal", variant="pt-BR",
     frm="Thiago Moura <thiago@pitanga-studio.example>", parent=True,
     subject="Re: Próximos passos - Brand Lead",
     text="""Oi Sam! Então, a vaga de Brand Lead foi congelada por enquanto, a diretoria cortou as contratações até março. Foi mal pela demora em responder, de verdade. Se reabrir te aviso na hora!

Abs,
Thiago
Pitanga Studio · Recife

Em qua., 18 de nov. de 2026 às 10:41, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Thiago, tudo certo? Queria saber se já tem alguma novidade sobre os
> próximos passos para a vaga de Brand Lead. Obrigado! Sam""",
     wrap=False,
     exp=("thiago@pitanga-studio.example", "Thiago", "Pitanga Studio", "Brand Lead"), notes="short-reply; role-frozen; quoted-thread"),

dict(slug="pt-pt-agency-candidato-interno", label="rejection", cat="agency-recruiter", style="personal", variant="pt-PT",
     frm="Sofia Mendes <sofia.mendes@tejo-talent.example>",
     subject="Feedback - Head of Digital Marketing (Farmácias Atlântico)",
     text="""Olá Sam,

Espero que esteja tudo bem consigo.

Tenho feedback do nosso cliente, as Farmácias Atlântico, sobre a posição de Head of Digital Marketing. Infelizmente, o cliente optou por um candidato interno, que já conhecia bem a operação, e fechou o processo externo esta semana.

Foi uma pena, porque a sua entrevista com a diretora de marketing correu mesmo bem. Vou continuar atenta a oportunidades para si.

Um abraço,
Sofia Mendes
Consultora Sénior | Tejo Talent
+351 912 555 678""",
     exp=("sofia.mendes@tejo-talent.example", "Sofia", "Farmácias Atlântico", "Head of Digital Marketing"), notes="agency; internal-candidate; pt-PT"),

dict(slug="pt-br-feedback-bullets-nao-foi-dessa-vez", label="rejection", cat="personal-after-interview", style="personal", variant="pt-BR",
     frm="Renata Albuquerque <renata.albuquerque@mandacaru-saude.example>", client_html=True,
     subject="Seu processo na Mandacaru Saúde",
     text="""Olá Sam,

Tudo bem? Como combinamos, seguem os pontos que o painel levantou sobre a sua entrevista final para Gerente de Produto Digital:

- Pontos fortes: visão de dados, clareza na apresentação, ótima leitura do usuário
- Pontos de atenção: pouca vivência com regulação da ANS e com vendas B2B para operadoras
- Estudo de caso: bem estruturado, mas a priorização ficou um pouco genérica

Infelizmente não foi dessa vez. A posição será ocupada por uma pessoa que já atua no setor de saúde suplementar.

Gostei muito de te conhecer e espero que a gente se cruze de novo.

Abraço,
Renata Albuquerque
Líder de Talentos | Mandacaru Saúde
(81) 99123-4567""",
     exp=("renata.albuquerque@mandacaru-saude.example", "Renata", "Mandacaru Saúde", "Gerente de Produto Digital"), notes="feedback-bullets; verdict-after-feedback; idiom"),

dict(slug="pt-pt-reenvio-email", day="2026-11-16", label="rejection", cat="personal-after-interview", style="personal", variant="pt-PT",
     frm="Joana Pires <joana.pires@azulejo-digital.example>", parent=True,
     subject="Fwd: Candidatura Content Marketing Lead",
     text="""Olá Sam,

Reenvio o email abaixo, pois parece que não chegou (vi agora que foi para o endereço antigo). As minhas desculpas pela confusão!

Joana

---------- Forwarded message ---------
De: Joana Pires <joana.pires@azulejo-digital.example>
Data: segunda, 9/11/2026 às 15:20
Assunto: Candidatura Content Marketing Lead
Para: Sam Taylor <sam.taylor@calder-old.example>

Olá Sam,

Obrigada pelo tempo que dedicou ao nosso processo. Depois de muita ponderação, a equipa decidiu seguir com outra candidata para a função de Content Marketing Lead, com um perfil mais próximo do mercado B2B.

Gostávamos muito de manter o contacto para futuras oportunidades.

Com os melhores cumprimentos,
Joana Pires
People Lead | Azulejo Digital""",
     exp=("joana.pires@azulejo-digital.example", "Joana", "Azulejo Digital", "Content Marketing Lead"), notes="re-sent; rejection-inside-forward"),

# ---------------------------------------------------------------- others, ATS
dict(slug="pt-gupy-avancou-etapa", label="other", cat="interview-invite", style="ats", variant="pt-BR",
     vendor="gupy", brand="Cajuína Pagamentos", headers=AUTO,
     frm="Cajuína Pagamentos <noreply@gupy.example>",
     subject="Parabéns! Você avançou para a próxima etapa",
     text="""Olá, Sam! Tudo bem?

Temos uma ótima notícia: você avançou para a etapa de Entrevista com o Gestor no processo seletivo para a vaga de Coordenador de Growth.

Em breve nosso time entrará em contato para agendar. Fique de olho no seu e-mail e no [[painel do candidato]].

Lembramos que as vagas seguem as etapas informadas na página do processo, e que todas as pessoas candidatas recebem retorno, seja ele positivo ou não.

Um abraço,
Time de Gente & Gestão | Cajuína Pagamentos""",
     notes="next-stage; same-vendor-company-as-rejection; hedge-clause"),

dict(slug="pt-gupy-ack-candidatura", label="other", cat="ack-received", style="ats", variant="pt-BR",
     vendor="gupy", brand="Mandacaru Saúde", headers=AUTO, plain="auto",
     frm="Mandacaru Saúde <noreply@gupy.example>",
     subject="Recebemos sua candidatura!",
     text="""Olá, Sam!

Sua candidatura para a vaga de Analista de Inteligência de Mercado foi recebida com sucesso.

Agora nosso time vai analisar todos os perfis. Caso você não seja selecionado(a) para a próxima etapa, você será avisado(a) por e-mail; caso seja, entraremos em contato para agendar uma conversa.

Acompanhe seu processo pelo [[painel do candidato]].

Boa sorte!""",
     notes="ack-hedge; conditional-not-selected"),

dict(slug="pt-banco-compra-recusada", label="other", cat="non-job-rejection", style="ats", variant="pt-BR",
     vendor="bank", brand="Banco Ipê", headers=AUTO,
     frm="Banco Ipê <avisos@bancoipe.example>",
     subject="Compra recusada no seu cartão final 3092",
     text="""Olá, Sam

Uma compra no seu cartão de crédito foi recusada:

{table}

Se foi você, verifique seu limite disponível no app. Se não reconhece essa compra, bloqueie o cartão imediatamente.

Banco Ipê""",
     table=[("Estabelecimento", "LATAM AIRLINES"), ("Valor", "R$ 2.318,40"), ("Motivo", "Limite insuficiente"), ("Status", "Recusada")],
     notes="card-declined"),

dict(slug="pt-bolsa-nao-aprovada", label="other", cat="non-job-rejection", style="ats", variant="pt-PT",
     vendor="generic", brand="Fundação Lusa para a Cultura Digital", headers=AUTO,
     frm="Fundação Lusa - Concursos <concursos@fundacao-lusa.example>",
     subject="Resultado da candidatura n.º FLCD-2026-0418",
     text="""Exmo.(a) Sr.(a) Sam Taylor,

Informamos que o júri concluiu a avaliação das candidaturas ao Programa de Apoio a Projetos de Investigação em Media 2026.

Lamentamos comunicar que a sua candidatura n.º FLCD-2026-0418 não foi aprovada para financiamento, tendo obtido a classificação final de 3,4 (limiar de financiamento: 3,8).

Dispõe de 10 dias úteis para se pronunciar em sede de audiência prévia através do [[Portal de Candidaturas]].

Com os melhores cumprimentos,
Secretariado do Programa""",
     notes="grant-declined; formal"),

dict(slug="pt-linkedin-alerta-vagas", label="other", cat="job-alert", style="ats", variant="pt-BR",
     vendor="linkedin", brand="LinkedIn", headers=BULK, plain="auto",
     frm="Alertas de vagas do LinkedIn <jobalerts-noreply@linkedin.example>",
     subject="Gerente de Marketing de Produto: 14 novas vagas em São Paulo",
     text="""Sua alerta de vagas para Gerente de Marketing de Produto em São Paulo

- Gerente de Marketing de Produto · Cajuína Pagamentos · São Paulo (Híbrido) · Candidatura simplificada
- Head de Marketing · Bossa Edtech · Remoto · Você se candidatou
- Gerente de Branding · Grupo Jacarandá · Campinas · Vaga não está mais aceitando candidaturas

[[Ver todas as vagas]]""",
     notes="job-alert; closed-listing"),

dict(slug="pt-workable-teste-tecnico", label="other", cat="assessment-invite", style="ats", variant="pt-PT",
     vendor="workable", brand="Alfama Cloud", headers=AUTO,
     frm="Alfama Cloud <noreply@candidates.workablemail.com>",
     subject="Próximo passo: exercício prático - Marketing Analytics Lead",
     text="""Olá Sam,

Obrigado pela conversa com a nossa equipa. Gostaríamos de avançar consigo para a próxima fase do processo de Marketing Analytics Lead: um exercício prático (cerca de 3 horas), a entregar até sexta-feira.

Não se preocupe se não conseguir completar todas as perguntas; o que nos interessa é o seu raciocínio.

[[Abrir o exercício]]

Equipa de Recrutamento
Alfama Cloud, Lisboa""",
     notes="assessment-invite; same-company-as-rejection"),

# ---------------------------------------------------------------- others, personal
dict(slug="pt-reply-followup-imagina", day="2026-11-24", label="other", cat="reply-to-owner-followup", style="personal", variant="pt-BR",
     frm="Camila Nogueira <camila.nogueira@bossa-edtech.example>", parent=True, parent_depth=2,
     subject="Re: Processo Head de Marketing - Bossa Edtech",
     text="""Imagina, Sam, não precisa se desculpar por nada! Adorei sua resposta. Vamos manter contato sim, já te adicionei no LinkedIn. Te ligo quinta às 15h pro feedback, combinado?

Bjs,
Camila

Em seg., 23 de nov. de 2026 às 19:02, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Camila, obrigado pelo retorno tão cuidadoso, e desculpa a demora em
> responder. Uma pena, mas entendo totalmente. Adoraria ouvir o feedback.
>
> Em sex., 20 de nov. de 2026, Camila Nogueira escreveu:
>> infelizmente o gestor optou pelo outro candidato, principalmente por ele
>> já ter experiência com educação básica""",
     wrap=False, notes="rejection-only-in-quote"),

dict(slug="pt-colleague-recusei-candidatos", label="other", cat="owner-hiring", style="personal", variant="pt-PT",
     frm="Tiago Sousa <tiago.sousa@example.org>",
     subject="Analista de Audiências - candidatos recusados",
     text="""Olá Sam,

Conforme falámos ontem, já enviei a mensagem de recusa aos dois candidatos que não passaram na entrevista técnica (a Marta e o Hugo). A Beatriz avança para a entrevista contigo na terça.

Queres que reabra o anúncio para ter mais opções ou esperamos pela entrevista dela?

Abraço,
Tiago
Calder Street Media | Lisboa""",
     notes="colleague; owner-is-hiring"),

dict(slug="pt-answer-entrevista-final", day="2026-12-01", label="other", cat="answer-to-owner-question", style="personal", variant="pt-BR",
     frm="Felipe Araújo <felipe.araujo@caatinga-log.example>", parent=True,
     subject="Re: Vaga Gerente de Marketing",
     text="""Oi Sam, tudo bem?

Não, ainda não escolhemos ninguém! Pelo contrário: você está entre os dois finalistas e gostaríamos de marcar a entrevista final com a nossa CEO. Pode ser na terça, dia 8, às 14h?

Abraço,
Felipe

> Oi Felipe, faz três semanas que não tenho retorno. Vocês já escolheram
> outra pessoa para a vaga? Se sim, sem problemas, só gostaria de saber.
> Obrigado, Sam""",
     wrap=False, notes="answer-to-question; finalist"),

dict(slug="pt-artigo-nao-aceite", label="other", cat="non-job-rejection", style="personal", variant="pt-PT",
     frm="Revista Comunicação & Sociedade <editores@rcs-revista.example>",
     subject="Decisão editorial: manuscrito RCS-2026-112",
     text="""Caro Sam Taylor,

Agradecemos a submissão do manuscrito «Métricas de audiência em redações pequenas» à Revista Comunicação & Sociedade.

Após a revisão por pares, lamentamos informar que o artigo não foi aceite para publicação. Seguem em anexo os pareceres dos dois revisores, que esperamos lhe sejam úteis.

Com os melhores cumprimentos,
Prof.ª Helena Correia
Editora""",
     notes="paper-declined"),

dict(slug="pt-encomenda-devolvida", label="other", cat="non-job-rejection", style="personal", variant="pt-PT",
     frm="Loja Cortiça & Co <loja@cortica-co.example>",
     subject="A sua encomenda #2291 foi devolvida",
     text="""Olá Sam,

Infelizmente a sua encomenda #2291 (2 bases de copo em cortiça) foi devolvida ao remetente pelos CTT, com a indicação «destinatário ausente».

Podemos reenviar sem custos para a mesma morada, ou prefere indicar outra? Responda a este email e tratamos do resto.

Obrigada,
Marta
Cortiça & Co""",
     notes="parcel-returned"),

dict(slug="pt-proposta-emprego", day="2026-11-02", label="other", cat="offer", style="personal", variant="pt-PT",
     frm="Rui Figueiredo <rui.figueiredo@douro-logistica.example>",
     subject="Proposta - Head of Growth",
     text="""Caro Sam,

Na sequência das entrevistas para a função de Head of Growth, temos o prazer de lhe apresentar uma proposta para integrar a Douro Logística. Em anexo encontra as condições detalhadas.

Sei que não avançámos consigo para a outra função há umas semanas, mas a administração ficou com uma excelente impressão e este papel encaixa ainda melhor no seu perfil.

Aguardamos a sua resposta até dia 15.

Com os melhores cumprimentos,
Rui Figueiredo
Diretor Comercial""",
     attach=[("Proposta_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% proposal placeholder\n%%EOF\n")],
     notes="offer; mentions-earlier-rejection"),
]
