"""Portuguese messages (Portugal and Brazil): 12 rejections, 12 hard negatives."""
from content_common import R, O

AUTO = {"Auto-Submitted": "auto-generated"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("pt-gupy-nao-seguira", "ats-automated", "pt", "ats",
  "Cacau Brasil <no-reply@gupy.example>", "Retorno sobre o processo seletivo - Analista de Marketing Sênior",
  """Olá, Sam!

Agradecemos muito seu interesse em fazer parte do time Cacau Brasil e o tempo dedicado ao processo para a vaga de Analista de Marketing Sênior.

Recebemos mais de 1.200 candidaturas e a concorrência foi grande. Neste momento, optamos por seguir com outros candidatos cujo perfil está mais aderente aos requisitos da vaga.

Seu currículo continuará em nosso banco de talentos e você poderá ser considerado para oportunidades futuras.

Um abraço,
Time de Gente & Gestão
Cacau Brasil""",
  ("", "", "Cacau Brasil", "Analista de Marketing Sênior"), vendor="gupy", brand="Cacau Brasil", variant="pt-BR", headers=AUTO, autotext=True,
  about="A Cacau Brasil valoriza a diversidade e é uma empresa que promove a igualdade de oportunidades. Prêmio GPTW 2025."),
R("pt-catho-status", "job-board-relay", "pt", "ats",
  "Catho <avisos@catho.example>", "Atualização da sua candidatura: Coordenador(a) de Growth",
  """Oi Sam,

A empresa que anunciou a vaga atualizou o status da sua candidatura.

{table}

Não desanime! Veja [[vagas parecidas]] com o seu perfil.

Você recebe este e-mail porque é assinante da Catho.""",
  ("", "", "Farmácias Ipê", "Coordenador(a) de Growth"), vendor="catho", brand="Catho", variant="pt-BR", headers=BULK,
  table=[("Vaga", "Coordenador(a) de Growth"), ("Empresa", "Farmácias Ipê"), ("Status", "Processo encerrado para você")],
  notes="job-board relay; verdict in a table"),
R("pt-workday-pt-lisboa", "ats-automated", "pt", "ats",
  "Seguros Atlântico <atlantico@myworkday.com>", "Candidatura: Product Marketing Manager (REQ_3391)",
  """Caro(a) Sam Taylor,

Obrigado pela sua candidatura à função de Product Marketing Manager na Seguros Atlântico.

Após análise cuidada, lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte. Esta decisão não reflete necessariamente o mérito do seu percurso.

Os seus dados pessoais serão conservados durante 6 meses, nos termos do RGPD, após o que serão eliminados. Caso pretenda a sua eliminação antecipada, contacte-nos através de rgpd@atlantico.example.

Com os melhores cumprimentos,
Direção de Recursos Humanos""",
  ("", "", "Seguros Atlântico", "Product Marketing Manager"), vendor="workday", brand="Seguros Atlântico", variant="pt-PT", headers=AUTO),
R("pt-teamtailor-vaga-cancelada", "role-cancelled", "pt", "ats",
  "Onda Digital <no-reply@teamtailor.com>", "Vaga Head of Brand - atualização",
  """Olá Sam,

Escrevemos para informar que decidimos cancelar a vaga de Head of Brand. A empresa está a rever a estrutura da equipa de marketing para 2027 e, por isso, encerrámos o recrutamento para esta função.

Agradecemos muito o seu interesse e o tempo que dedicou à entrevista com a Rita.

Se quiser, mantemos o seu perfil para futuras oportunidades: [[Sim, manter]]

Equipa de Pessoas, Onda Digital
pessoas@ondadigital.example""",
  ("pessoas@ondadigital.example", "", "Onda Digital", "Head of Brand"), vendor="teamtailor", brand="Onda Digital", variant="pt-PT", headers=AUTO,
  notes="role cancelled; team address in body"),
R("pt-indeed-rejeicao-curta", "job-board-relay", "pt", "ats",
  "Indeed <noreply@indeed.example>", "Uma atualização sobre sua candidatura na Móveis Serra Azul",
  """Sua candidatura para Especialista em CRM

Móveis Serra Azul não vai avançar com sua candidatura.

Isso não é o fim! Confira [[novas vagas de CRM em Curitiba]].""",
  ("", "", "Móveis Serra Azul", "Especialista em CRM"), vendor="indeed", brand="Indeed", variant="pt-BR", headers=BULK, html_only=True),
R("pt-smartrecruiters-preenchida", "role-filled", "pt", "ats",
  "Grupo Boa Viagem <noreply@smartrecruiters.com>", "Sua candidatura para Gerente de Produto Digital",
  """Olá Sam,

Obrigado por participar do nosso processo seletivo.

Queremos informar que a vaga de Gerente de Produto Digital já foi preenchida.

Sabemos como é importante receber um retorno, por isso fazemos questão de enviá-lo a todos os candidatos. Caso tenha dúvidas, fale com a Juliana Castro, recrutadora responsável, no e-mail juliana.castro@boaviagem.example.

Sucesso!
Grupo Boa Viagem

---
English: Thank you for applying. The position has been filled.""",
  ("juliana.castro@boaviagem.example", "Juliana", "Grupo Boa Viagem", "Gerente de Produto Digital"), vendor="smartrecruiters", brand="Grupo Boa Viagem", variant="pt-BR", headers=AUTO,
  notes="English second version; recruiter named in body"),
# ---------------- rejections, personal ----------------
R("pt-recrutadora-apos-entrevista", "personal-after-interview", "pt", "personal",
  "Mariana Alves <mariana.alves@fintechjabuti.example>", "Processo Product Manager - retorno",
  """Oi Sam, tudo bem?

Queria te agradecer pelas conversas das últimas semanas. Foi um processo longo e você foi muito bem no case.

Infelizmente, dessa vez não vamos seguir com você para a posição de Product Manager. O time decidiu por uma pessoa com mais vivência em meios de pagamento no Brasil.

Vou manter seu contato e adoraria falar com você em outras oportunidades.

Abraço,
Mariana Alves
Tech Recruiter | Jabuti Pay
+55 11 95555-4432""",
  ("mariana.alves@fintechjabuti.example", "Mariana", "Jabuti Pay", "Product Manager"), variant="pt-BR"),
R("pt-curto-nao-deu", "terse", "pt", "personal",
  "Tiago Sousa <tiago@tascadigital.example>", "Re: Marketing Manager",
  """Olá Sam, desta vez não deu. Escolhemos outro candidato para Marketing Manager. Obrigado e boa sorte!
Tiago | Tasca Digital

Enviado do meu Android""",
  ("tiago@tascadigital.example", "Tiago", "Tasca Digital", "Marketing Manager"), variant="pt-PT"),
R("pt-diretor-longo-meio", "personal-after-interview", "pt", "personal",
  "Ricardo Mendes <ricardo.mendes@vinhosdouro.example>", "Obrigado pela visita à Quinta",
  """Caro Sam,

Antes de mais, quero agradecer-lhe a disponibilidade para vir ao Porto e visitar a Quinta. A equipa ficou muito bem impressionada com a sua apresentação sobre o mercado britânico e as ideias para o enoturismo.

Fizemos a última reunião de avaliação na sexta-feira. Depois de muita discussão, decidimos avançar com outra pessoa para a função de Diretor(a) de Marketing Internacional, sobretudo porque precisamos de alguém que fale fluentemente alemão para o mercado DACH, que representa 40 % das nossas exportações. Não foi uma decisão fácil.

Quando estiver de novo pelo Porto, avise-me: gostava de o convidar para um almoço.

Um abraço,
Ricardo Mendes
Administrador, Vinhos do Douro Alto
Tel. +351 22 555 0811""",
  ("ricardo.mendes@vinhosdouro.example", "Ricardo", "Vinhos do Douro Alto", "Diretor(a) de Marketing Internacional"), variant="pt-PT", notes="verdict mid-letter"),
R("pt-consultoria-cliente", "agency-recruiter", "pt", "personal",
  "Fernanda Lima <fernanda.lima@huntersul.example>", "Feedback - Gerente de Marketing (cliente varejo)",
  """Oi Sam!

Passando para dar o retorno do cliente sobre a vaga de Gerente de Marketing. Eles gostaram bastante da entrevista, mas optaram por um candidato interno que já conhecia a operação das lojas. Então o processo foi encerrado por aqui.

Não é nada com você, de verdade! Seu perfil é muito bom e já estou de olho em outra posição que pode combinar.

Beijos,
Fernanda Lima
Hunter Sul Consultoria
(51) 99555-2210""",
  ("fernanda.lima@huntersul.example", "Fernanda", "", "Gerente de Marketing"), variant="pt-BR", notes="agency; client unnamed; internal candidate"),
R("pt-resposta-follow-up", "personal-after-interview", "pt", "personal",
  "Beatriz Rocha <beatriz.rocha@saudemais.example>", "RE: Alguma novidade? - Analista de Insights",
  """Olá Sam,

Peço desculpa pela demora na resposta. Ainda não tinha enviado o e-mail formal, mas já posso confirmar: a vaga de Analista de Insights foi preenchida por uma candidata que terminou o processo na semana passada.

Obrigada pela paciência e pelo interesse na Saúde Mais.

Beatriz Rocha
Talent Acquisition | Saúde Mais

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: quinta-feira, 19 de novembro de 2026 09:30
To: Beatriz Rocha <beatriz.rocha@saudemais.example>
Subject: Alguma novidade? - Analista de Insights

Olá Beatriz, gostaria de saber se há novidades sobre o processo. Obrigado!""",
  ("beatriz.rocha@saudemais.example", "Beatriz", "Saúde Mais", "Analista de Insights"), variant="pt-PT", parent=True),
R("pt-congelamento-contratacoes", "role-cancelled", "pt", "personal",
  "Gustavo Pereira <gustavo.pereira@logtrans.example>", "Sobre a vaga de Coordenador de Marketing",
  """Sam, boa tarde.

Infelizmente trago uma notícia chata. A diretoria anunciou ontem um congelamento de contratações até o segundo semestre de 2027, e a vaga de Coordenador de Marketing foi suspensa. Com isso, não conseguimos dar continuidade ao seu processo.

Sinto muito mesmo, você era nosso favorito.

Att.,
Gustavo Pereira
Gerente de Marketing - LogTrans
(11) 3555-0987""",
  ("gustavo.pereira@logtrans.example", "Gustavo", "LogTrans", "Coordenador de Marketing"), variant="pt-BR", notes="hiring freeze"),
# ---------------- others, ATS ----------------
O("pt-gupy-recebido", "ack-received", "pt", "ats",
  "Cacau Brasil <no-reply@gupy.example>", "Recebemos sua candidatura!",
  """Olá, Sam!

Sua candidatura para Gerente de Trade Marketing foi recebida com sucesso. Nosso time vai analisar seu perfil nas próximas semanas.

Independentemente do resultado, positivo ou negativo, você receberá um retorno por e-mail.

[[Acompanhe seu processo]]""",
  vendor="gupy", brand="Cacau Brasil", variant="pt-BR", headers=AUTO),
O("pt-greenhouse-entrevista", "interview-invite", "pt", "ats",
  "Lusofarma <no-reply@us.greenhouse-mail.io>", "Convite para entrevista - Brand Manager",
  """Olá Sam,

Obrigado pela sua candidatura à função de Brand Manager. Temos o prazer de o convidar para uma entrevista por videochamada com a Inês Carvalho, Diretora de Marketing.

[[Escolher horário]]

Se nenhum horário for conveniente, responda a recrutamento@lusofarma.example.""",
  vendor="greenhouse", brand="Lusofarma", variant="pt-PT", headers=AUTO, button="Agendar"),
O("pt-linkedin-vagas", "job-alert", "pt", "ats",
  "LinkedIn <jobalerts-noreply@linkedin.example>", "Novas vagas para Gerente de Marketing em São Paulo",
  """Vagas recomendadas para você

- Gerente de Marketing · Cervejaria Toca · São Paulo
- Head de Growth · Pluma Bank · Remoto
- Gerente de Produto · Saborê · São Paulo

Você foi rejeitado recentemente? Descubra como melhorar seu perfil com o LinkedIn Premium.

[[Ver vagas]]""",
  vendor="linkedin", brand="LinkedIn", variant="pt-BR", headers=BULK, autotext=True),
O("pt-cartao-recusado", "non-job-rejection", "pt", "ats",
  "Banco Marés <notificacoes@bancomares.example>", "Compra recusada no seu cartão final 2290",
  """Olá Sam,

Uma compra de R$ 459,00 em LOJA AZUL ONLINE foi recusada no seu cartão final 2290 por suspeita de fraude.

Foi você? Confirme no [[app do Banco Marés]].""",
  vendor="none", brand="Banco Marés", variant="pt-BR", headers=AUTO),
O("pt-workday-requisicao-propria", "owner-hiring", "pt", "ats",
  "Calder Street Media HR <calderstreet@myworkday.com>", "Vaga JR-0944 suspensa: Analista de Audiências (Lisboa)",
  """Olá Sam,

A sua vaga JR-0944 (Analista de Audiências, Lisboa) foi colocada em pausa pela Direção Financeira. Os 4 candidatos em processo receberão uma notificação automática. Enquanto gestor(a) da vaga, não precisa de fazer nada.

[[Ver vaga]]""",
  vendor="workday", brand="Calder Street Media", variant="pt-PT", headers=AUTO, notes="Sam's own requisition paused"),
O("pt-softgarden-teste", "assessment", "pt", "ats",
  "Tecelagem Minho <noreply@softgarden.io>", "Próxima etapa: questionário online",
  """Olá Sam,

Gostaríamos de avançar com a sua candidatura para Marketing Digital Manager. O próximo passo é um questionário online de 20 minutos.

Nota: as candidaturas sem questionário concluído até dia 30 não poderão ser consideradas.

[[Iniciar questionário]]""",
  vendor="softgarden", brand="Tecelagem Minho", variant="pt-PT", headers=AUTO, html_only=True),
# ---------------- others, personal ----------------
O("pt-proposta-emprego", "offer", "pt", "personal",
  "Camila Duarte <camila.duarte@verdemar.example>", "Proposta - Head de Marketing",
  """Oi Sam!

Que alegria escrever este e-mail: queremos você como Head de Marketing da Verdemar! Segue em anexo a carta-proposta.

Ah, e sobre aquela outra vaga de CRM que você tinha aplicado antes: ela foi cancelada, mas acho que essa é bem melhor pra você.

Beijo,
Camila""",
  variant="pt-BR", notes="offer that mentions an earlier cancelled role"),
O("pt-palestra-recusada", "non-job-rejection", "pt", "personal",
  "Comissão Científica RD Summit <cfp@rdsummit.example>", "Resultado da sua proposta de palestra",
  """Olá Sam,

Infelizmente sua proposta "Pesquisa de audiência sem cookies" não foi selecionada para o evento deste ano. Recebemos 800 propostas para 60 vagas.

Comissão Científica""",
  variant="pt-BR"),
O("pt-sam-follow-up-obrigado", "owner-sent", "pt", "personal",
  "Sam Taylor <sam.taylor@example.org>", "Re: Candidatura: Product Marketing Manager (REQ_3391)",
  """Olá,

Obrigado pela resposta. Embora a decisão não tenha sido a que esperava, gostaria muito de ser considerado para futuras oportunidades na Seguros Atlântico.

Com os melhores cumprimentos,
Sam Taylor

> Após análise cuidada, lamentamos informar que a sua candidatura não foi
> selecionada para a fase seguinte.""",
  to="Recrutamento Seguros Atlântico <recrutamento@atlantico.example>", variant="pt-PT", parent=True, notes="Sam's thank-you quoting a rejection"),
O("pt-resposta-ao-agradecimento", "reply-to-owner-followup", "pt", "personal",
  "Mariana Alves <mariana.alves@fintechjabuti.example>", "Re: Processo Product Manager - retorno",
  """Sam, imagina! Não precisa agradecer. Vamos manter contato sim, te aviso assim que abrir algo.

Abraço,
Mariana

Em seg., 23 de nov. de 2026 às 10:12, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Mariana, obrigado pelo retorno, mesmo não tendo sido dessa vez.
>
>> Infelizmente, dessa vez não vamos seguir com você para a posição de
>> Product Manager.""",
  variant="pt-BR", parent=True, parent_depth=2, notes="rejection only in quotes"),
O("pt-andamento-aguarde", "status-update", "pt", "personal",
  "Helena Marques <helena.marques@correiosul.example>", "Ponto de situação - Gestor(a) de Produto",
  """Olá Sam,

Só para lhe dar um ponto de situação: o processo para Gestor(a) de Produto está temporariamente parado porque a diretora de produto está de baixa, mas a vaga mantém-se e a sua candidatura continua ativa. Voltaremos a contactá-lo em dezembro com os próximos passos.

Cumprimentos,
Helena Marques
Recursos Humanos, Correio Sul""",
  variant="pt-PT", notes="process paused but role and candidacy kept"),
O("pt-amigo-encaminha", "forwarded", "pt", "personal",
  "Rafael Nunes <rafael.nunes@correio.example>", "Fwd: Retorno processo seletivo",
  """Sam, olha isso 😩 Mais um "não". Você que já passou por isso tantas vezes, como responderia?

---------- Forwarded message ---------
De: Recrutamento Aurora Têxtil <vagas@auroratextil.example>
Date: ter., 17 de nov. de 2026
Subject: Retorno processo seletivo
To: <rafael.nunes@correio.example>

Olá Rafael, agradecemos sua participação, mas optamos por seguir com outros candidatos para a vaga de Analista de E-commerce.""",
  variant="pt-BR", notes="friend's rejection forwarded"),
]
