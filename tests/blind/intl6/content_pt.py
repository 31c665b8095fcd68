"""Portuguese messages (Portugal, Brazil)."""
from content_common import R, O, AUTO, LIST, SAM

LANG = "pt"

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("mandacaru-gupy-nao-seguira", "ats", "keep-on-file", "pt-BR",
  "Mandacaru Varejo <noreply@gupy.io>",
  "Retorno sobre sua candidatura - Mandacaru Varejo",
  """Olá, Sam!

Agradecemos muito o seu interesse em fazer parte do time Mandacaru e o tempo dedicado ao processo seletivo para a vaga de Analista de Marketing de Produto Sr.

Sabemos o quanto é importante receber uma devolutiva. Após análise cuidadosa, informamos que, neste momento, você não seguirá para as próximas etapas do processo. Essa decisão levou em consideração os requisitos específicos da vaga e o perfil das demais pessoas candidatas.

Seu currículo continuará no nosso banco de talentos e poderá ser considerado para futuras oportunidades.

Desejamos muito sucesso na sua jornada!

Time de Atração de Talentos | Mandacaru Varejo""",
  ("", "", "Mandacaru Varejo", "Analista de Marketing de Produto Sr."),
  vendor="gupy", brand="Mandacaru Varejo", headers=AUTO,
  about="Na Mandacaru, diversidade é valor: incentivamos candidaturas de pessoas negras, LGBTQIAPN+, mulheres e pessoas com deficiência.",
  notes="Gupy devolutiva, 'não seguirá para as próximas etapas', talent bank"),

R("ipe-catho-encerrado", "ats", "role-filled", "pt-BR",
  "Catho <avisos@catho.example>",
  "Atualização da sua candidatura: Coordenador(a) de Marketing",
  """Olá Sam,

A empresa Ipê Seguros atualizou o status da vaga para a qual você se candidatou.

{table}

A vaga foi preenchida e o processo seletivo foi encerrado pela empresa. Continue se candidatando: temos 847 vagas de marketing abertas em São Paulo.

[[Ver vagas recomendadas]]

Equipe Catho""",
  ("", "", "Ipê Seguros", "Coordenador(a) de Marketing"),
  vendor="catho", brand="Catho", headers=LIST,
  table=[("Vaga", "Coordenador(a) de Marketing"), ("Empresa", "Ipê Seguros"), ("Local", "São Paulo - SP"), ("Status", "Processo encerrado")],
  notes="job-board notice, vacancy filled and process closed"),

R("tejo-smartrecruiters-nao-selecionada", "ats", "ats-automated", "pt-PT",
  "Tejo Telecom <no-reply@smartrecruiters.com>",
  "A sua candidatura na Tejo Telecom",
  """Caro(a) Sam Taylor,

Agradecemos o interesse demonstrado na Tejo Telecom e a candidatura à função de Product Marketing Manager – Empresas.

Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento. Recebemos um número muito elevado de candidaturas e a seleção foi bastante exigente.

Os seus dados serão conservados durante 12 meses, nos termos da nossa política de privacidade, podendo ser eliminados a qualquer momento a seu pedido.

Com os melhores cumprimentos,
Equipa de Recrutamento Tejo Telecom""",
  ("", "", "Tejo Telecom", "Product Marketing Manager – Empresas"),
  vendor="smartrecruiters", brand="Tejo Telecom", headers=AUTO,
  notes="European Portuguese standard template"),

R("jacaranda-workday-aderente", "ats", "ats-automated", "pt-BR",
  "Banco Jacarandá - Carreiras <bancojacaranda@myworkday.com>",
  "Banco Jacarandá | Processo seletivo JR-58812",
  """Prezado(a) Sam Taylor,

O Banco Jacarandá está entre as 10 melhores empresas para se trabalhar no Brasil pelo quinto ano consecutivo (GPTW 2026). Nosso propósito é transformar a relação das pessoas com o dinheiro, e isso começa pelo nosso time.

Em conformidade com a Lei Geral de Proteção de Dados (LGPD), seus dados pessoais são tratados exclusivamente para fins de recrutamento e seleção e poderão ser excluídos mediante solicitação a privacidade@bancojacaranda.example.

Agradecemos sua participação no processo seletivo para a vaga de Gerente de Marketing de Produtos Digitais. Informamos que optamos por seguir com outros candidatos cujo perfil está mais aderente ao momento da área.

Atenciosamente,
Gente & Gestão – Banco Jacarandá""",
  ("", "", "Banco Jacarandá", "Gerente de Marketing de Produtos Digitais"),
  vendor="workday", brand="Banco Jacarandá", headers=AUTO,
  notes="verdict in the last paragraph after awards and LGPD text"),

R("azulejo-teamtailor-congelada", "ats", "role-cancelled", "pt-PT",
  "Azulejo Tech <azulejotech@teamtailor-mail.com>",
  "Ponto de situação – Head of Marketing",
  """Olá Sam,

Queremos dar-lhe um ponto de situação sobre o processo para Head of Marketing.

Na sequência de uma revisão do orçamento para 2027, a administração decidiu congelar esta contratação. A vaga foi retirada e, por isso, vamos terminar todos os processos em curso, incluindo o seu.

Sabemos que investiu tempo nas entrevistas connosco e pedimos desculpa pelo incómodo. Caso a posição volte a abrir, será das primeiras pessoas que contactaremos.

Um abraço,
Equipa de Pessoas da Azulejo Tech""",
  ("", "", "Azulejo Tech", "Head of Marketing"),
  vendor="teamtailor", brand="Azulejo Tech", headers=AUTO,
  notes="hiring frozen, vacancy withdrawn, processes ended"),

R("cajuina-greenhouse-case", "ats", "after-assessment", "pt-BR",
  "Cajuína Pay <no-reply@us.greenhouse-mail.io>",
  "Sobre o seu case – Cajuína Pay",
  """Oi Sam, tudo bem?

Muito obrigado por ter dedicado seu tempo ao case para a posição de Product Marketing Manager. A gente sabe que um case dá trabalho!

O time avaliou todas as entregas. A sua trouxe uma narrativa de posicionamento muito boa, mas sentimos falta de profundidade na parte de métricas e no plano de lançamento. Por isso, não vamos avançar com a sua candidatura nesta vaga.

Se quiser conversar sobre o feedback, é só escrever pra Renata, nossa recrutadora: renata.lima@cajuinapay.example

Abraços,
Time de Talentos Cajuína Pay""",
  ("renata.lima@cajuinapay.example", "Renata", "Cajuína Pay", "Product Marketing Manager"),
  vendor="greenhouse", brand="Cajuína Pay", headers=AUTO,
  notes="after take-home case, feedback before verdict, contact in body"),

# ---------------- rejections, personal ----------------
R("douro-rh-outro-candidato", "personal", "personal-after-interview", "pt-PT",
  "Inês Carvalho <ines.carvalho@quintasdodouro.example>",
  "RE: Entrevista – Brand Manager Vinhos",
  """Bom dia Sam,

Antes de mais, obrigada pela disponibilidade e pela excelente conversa na semana passada com o Eng. Sousa e comigo.

Depois de ponderarmos muito, decidimos avançar com outro candidato para a posição de Brand Manager Vinhos, que tem uma experiência mais longa nos mercados de exportação que queremos desenvolver.

Gostámos muito de o/a conhecer e ficaria contente em mantermos o contacto.

Com os melhores cumprimentos,

Inês Carvalho
Recursos Humanos
Quintas do Douro, S.A.
Rua do Comércio 88, 4050-210 Porto
Tel. +351 22 555 0147""",
  ("ines.carvalho@quintasdodouro.example", "Inês", "Quintas do Douro", "Brand Manager Vinhos"),
  notes="after interview, European Portuguese, 'decidimos avançar com outro candidato'"),

R("hunter-cliente-outro-finalista", "personal", "agency-recruiter", "pt-BR",
  "Patrícia Moreira <patricia.moreira@rumo-talentos.example>",
  "Devolutiva - processo Cosméticos Aroeira",
  """Oi Sam, tudo bem?

Passando para te dar a devolutiva do processo da Cosméticos Aroeira. Conversei hoje com a diretora de marketing e, infelizmente, o cliente optou por outro finalista para a vaga de Gerente de Marca. Ela elogiou muito sua apresentação, mas o outro candidato já tinha vivência em venda direta, que pesou bastante.

Sei que é chato, ainda mais depois de quatro etapas. Vamos nos falar na semana que vem? Tenho uma posição de Head de Growth numa healthtech que tem tudo a ver com você.

Beijos,
Patrícia Moreira
Consultora Sênior | Rumo Talentos
(11) 95555-0183""",
  ("patricia.moreira@rumo-talentos.example", "Patrícia", "Cosméticos Aroeira", "Gerente de Marca"),
  notes="headhunter relays client's no, Brazilian casual"),

R("jabuti-fechamos-com-outra-pessoa", "personal", "personal-after-interview", "pt-BR",
  "Felipe Andrade <felipe@jabuti.example>",
  "Re: Alguma novidade?",
  """Fala Sam!

Desculpa o vácuo, a semana foi uma loucura aqui.

Então, a gente acabou fechando com outra pessoa pra vaga de Growth Lead. Foi uma decisão bem difícil, seu papo foi um dos melhores que tivemos, mas a outra pessoa já tinha escalado um app de crédito e isso fez diferença pro momento da Jabuti.

Bora manter contato, de verdade!

Abs,
Felipe

Em qua., 18 de nov. de 2026 às 10:02, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Felipe, tudo bem? Queria saber se tem alguma novidade sobre a vaga de
> Growth Lead. Obrigado!
> Sam""",
  ("felipe@jabuti.example", "Felipe", "Jabuti", "Growth Lead"),
  parent=True, client_html=True,
  notes="founder replies to Sam's chaser, 'fechando com outra pessoa', Gmail quote"),

R("terse-vaga-preenchida", "personal", "terse", "pt-BR",
  "Juliana Rocha <juliana.rocha@agenciatucano.example>",
  "Re: Vaga Coordenação de Conteúdo",
  """Oi Sam, a vaga já foi preenchida, tá? Obrigada pelo interesse!

Abs
Ju
Agência Tucano""",
  ("juliana.rocha@agenciatucano.example", "Juliana", "Agência Tucano", "Coordenação de Conteúdo"),
  parent=True, notes="terse one line, nickname signature"),

R("minho-preenchida-internamente", "personal", "internal-candidate", "pt-PT",
  "Rui Fernandes <rui.fernandes@minhotextil.example>",
  "Processo de recrutamento – Marketing Manager",
  """Caro Sam,

Escrevo para o/a informar que o processo de recrutamento para Marketing Manager ficou concluído. A posição foi preenchida internamente por uma colega da nossa área comercial, que entretanto manifestou interesse na mudança.

Agradeço sinceramente o tempo que nos dedicou e o interesse pela Minho Têxtil. Desejo-lhe as maiores felicidades profissionais.

Cumprimentos,
Rui Fernandes
Diretor de Recursos Humanos
Minho Têxtil, Lda. · Guimarães
+351 253 555 021""",
  ("rui.fernandes@minhotextil.example", "Rui", "Minho Têxtil", "Marketing Manager"),
  notes="filled internally, European Portuguese"),

R("floripa-nao-foi-dessa-vez", "personal", "keep-on-file", "pt-BR",
  "Camila Souza <camila.souza@ondamar.example>",
  "Processo Analista de Marketing Pleno",
  """Oi Sam, td bem?

Queria te dar um retorno sobre o processo de Analista de Marketing Pleno aqui da Onda Mar. Infelizmente nao foi dessa vez :( o gestor decidiu seguir com uma candidata que ja morava em Florianopolis e podia ir ao escritorio todos os dias.

Mas gostei mto do seu perfil e vou deixar seu cv salvo aqui pra proxima vaga, combinado? Qualquer coisa me chama no whats (48) 99555-0164.

Bjs
Camila
Recrutamento & Seleção | Onda Mar""",
  ("camila.souza@ondamar.example", "Camila", "Onda Mar", "Analista de Marketing Pleno"),
  notes="casual, missing accents/typos, 'não foi dessa vez', CV kept"),

# ---------------- others, ATS ----------------
O("seringueira-gupy-recebida", "ats", "ack-received", "pt-BR",
  "Seringueira Alimentos <noreply@gupy.io>",
  "Recebemos sua candidatura! 🎉",
  """Olá, Sam!

Sua candidatura para a vaga de Especialista em Marketing de Produto na Seringueira Alimentos foi recebida com sucesso.

Próximos passos: nosso time vai analisar seu perfil nas próximas semanas. Fique tranquila(o): você receberá um retorno independentemente do resultado, seja para avançar, seja caso seu perfil não siga no processo.

Acompanhe tudo pela [[página de candidaturas]].

Boa sorte!
Time Seringueira""",
  vendor="gupy", brand="Seringueira Alimentos", headers=AUTO,
  notes="Gupy acknowledgement promising a reply whatever the result; emoji subject"),

O("pitanga-gupy-testes", "ats", "assessment-invite", "pt-BR",
  "Pitanga Energia <noreply@gupy.io>",
  "Nova etapa: Testes online - Pitanga Energia",
  """Olá, Sam!

Você avançou para a etapa de Testes online no processo para Coordenador(a) de Marketing B2B.

Os testes incluem: raciocínio lógico, inglês e um teste de perfil comportamental. Tempo estimado: 50 minutos.

Prazo: 26/11/2026. Candidaturas com testes não realizados no prazo serão reprovadas automaticamente.

[[Fazer os testes]]

Time de Gente Pitanga Energia""",
  vendor="gupy", brand="Pitanga Energia", headers=AUTO,
  notes="test stage notice with conditional 'serão reprovadas automaticamente'"),

O("catho-vagas-para-voce", "ats", "job-alert", "pt-BR",
  "Catho <vagas@catho.example>",
  "Sam, 15 novas vagas de Gerente de Marketing para você",
  """Olá Sam,

Selecionamos vagas que combinam com o seu perfil:

- Gerente de Marketing de Produto – Jatobá Tech – São Paulo - SP – R$ 18.000
- Product Marketing Manager – Aracá Fintech – Remoto
- Gerente de Marca – Doces Paraíso – Campinas - SP
- Head de Marketing – Clínicas Bem Viver – São Paulo - SP

[[Ver todas as vagas]]

Dica Catho: foi reprovado em um processo? Peça feedback! Veja como. [[Ler dica]]""",
  vendor="catho", brand="Catho", headers=LIST,
  notes="job alert with a tip about being 'reprovado'"),

O("buriti-gupy-entrevista-gestor", "ats", "interview-invite", "pt-BR",
  "Buriti Saúde <noreply@gupy.io>",
  "Você avançou! Entrevista com a gestora - Buriti Saúde",
  """Olá, Sam!

Temos uma ótima notícia: você foi aprovado(a) na etapa de entrevista com o RH e avançou para a Entrevista com a gestora na vaga de Gerente de Produto Digital.

Escolha o melhor horário na agenda abaixo:

[[Agendar entrevista]]

Lembre-se: nem todas as pessoas candidatas chegam até aqui. Parabéns!

Time de Gente & Cultura Buriti Saúde""",
  vendor="gupy", brand="Buriti Saúde", headers=AUTO,
  notes="progress to manager interview with booking link"),

O("araca-docusign-carta-proposta", "ats", "offer", "pt-BR",
  "Aracá Fintech via DocuSign <dse@docusign.example>",
  "Carta Proposta - Sam Taylor - Product Marketing Manager",
  """Olá Sam Taylor,

Mariana Teixeira (Aracá Fintech) enviou um documento para você revisar e assinar.

Documento: Carta Proposta – Product Marketing Manager – Aracá Fintech
Mensagem: "Sam, estamos muito felizes em fazer essa proposta! Qualquer dúvida, me liga. A proposta é válida até 30/11."

[[REVISAR DOCUMENTO]]

Não compartilhe este e-mail. Ele contém um link seguro para o DocuSign.""",
  vendor="inhouse", brand="DocuSign", headers=AUTO,
  footer=["Este e-mail foi enviado pelo DocuSign Electronic Signature Service. Sobre o DocuSign: {privacy}"],
  notes="offer letter via e-signature service"),

O("nubio-cartao-nao-aprovado", "ats", "non-job-rejection", "pt-BR",
  "Núbio Banco <naoresponda@nubio.example>",
  "Sua solicitação de cartão de crédito",
  """Oi Sam,

Analisamos sua solicitação de cartão de crédito e, por enquanto, não conseguimos aprovar seu pedido.

Essa decisão leva em conta diversos fatores, como histórico de crédito e renda informada. Você poderá fazer uma nova solicitação em 90 dias.

Enquanto isso, sua conta digital continua funcionando normalmente.

Abraços,
Núbio""",
  vendor="inhouse", brand="Núbio Banco", headers=AUTO,
  notes="credit card application not approved"),

# ---------------- others, personal ----------------
O("lisboa-headhunter-pitch", "personal", "recruiter-outreach", "pt-PT",
  "Tiago Mendes <tiago.mendes@atlantico-executive.example>",
  "Oportunidade – Diretor(a) de Marketing, scale-up em Lisboa",
  """Olá Sam,

Espero que esteja bem. Estou a trabalhar num processo confidencial para uma scale-up portuguesa de software (Série B) que procura um(a) Diretor(a) de Marketing para liderar uma equipa de 12 pessoas em Lisboa.

O seu percurso na Calder Street Media parece-me muito alinhado. Teria disponibilidade para uma chamada rápida na quinta ou sexta-feira?

Cumprimentos,
Tiago Mendes
Partner | Atlântico Executive Search
+351 912 555 048""",
  notes="cold recruiter outreach"),

O("imagina-nao-precisa-desculpar", "personal", "reply-to-owner-followup", "pt-BR",
  "Beatriz Campos <beatriz.campos@jatobatech.example>",
  "Re: Obrigado pelo retorno",
  """Oi Sam!

Imagina, não precisa se desculpar pela demora! Fiquei muito feliz com a sua mensagem, é raro a gente receber um retorno tão gentil.

Vamos manter contato sim. Te adicionei no LinkedIn e, assim que abrir a vaga de Head de Produto no ano que vem, te aviso pessoalmente.

Beijo,
Bia

Em seg., 23 de nov. de 2026 às 09:30, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Beatriz, desculpa a demora em responder. Obrigado por me avisar que
> o processo não seguiu comigo, gostei muito de conhecer o time. Adoraria
> manter contato.
> Sam""",
  parent=True, client_html=True,
  notes="reply to Sam's thank-you after a rejection; verdict only in the quote"),

O("calder-lisboa-vaga-congelada", "personal", "owner-hiring", "pt-PT",
  "Marta Oliveira <marta.oliveira@example.org>",
  "Vaga Analista de Audiências – congelada",
  """Olá Sam,

Acabei de sair da reunião com a Finance: a vaga de Analista de Audiências para a tua equipa em Lisboa fica congelada até março.

Já avisei os três candidatos que estavam em processo de que vamos suspender as entrevistas. A Joana Pires (a tua favorita) pediu para ser contactada assim que reabrirmos.

Falamos amanhã?
Marta
People Partner | Calder Street Media Lisboa""",
  notes="Sam is hiring; Sam's own requisition frozen"),

O("remarcar-entrevista-vaga-aberta", "personal", "reschedule", "pt-PT",
  "Sofia Ribeiro <sofia.ribeiro@corticeira-lusa.example>",
  "Reagendamento – entrevista Product Marketing Manager",
  """Olá Sam,

Peço imensa desculpa, mas a nossa Diretora de Marketing teve um imprevisto e não poderá estar presente na entrevista de amanhã às 15h. Teremos de cancelar este horário.

O processo para Product Marketing Manager mantém-se, claro, e a sua candidatura continua em fase final. Poderíamos remarcar para terça-feira, dia 1, à mesma hora?

Obrigada pela compreensão,
Sofia Ribeiro
Talent Acquisition | Corticeira Lusa""",
  notes="interview slot cancelled and rescheduled; role still open"),

O("sam-agradece-retorno", "personal", "owner-sent", "pt-BR",
  "Sam Taylor <sam.taylor@example.org>",
  "Re: Retorno sobre sua candidatura - Mandacaru Varejo",
  """Olá, time Mandacaru,

Obrigado pelo retorno e pela transparência. Fiquei chateado(a) por não seguir no processo para Analista de Marketing de Produto Sr., mas aprendi muito com as etapas.

Se surgir outra oportunidade parecida, adoraria ser considerado(a).

Abraço,
Sam Taylor

Em 12/11/2026, Mandacaru Varejo <noreply@gupy.io> escreveu:
> Informamos que, neste momento, você não seguirá para as próximas etapas do
> processo.""",
  to="Mandacaru Varejo <talentos@mandacaru.example>", parent=True, parent_domain="gupy.io",
  notes="Sam's own thank-you quoting a rejection"),

O("aceleradora-startup-nao-selecionada", "personal", "non-job-rejection", "pt-BR",
  "Programa Decola <contato@decola-aceleradora.example>",
  "Resultado da seleção – Turma 9 Decola",
  """Olá Sam,

Obrigado por inscrever o projeto "Podcast Local" na Turma 9 do programa de aceleração Decola.

Recebemos 640 inscrições para 12 vagas. Infelizmente, o seu projeto não foi selecionado desta vez. A banca destacou o potencial da proposta, mas considerou que ela ainda está em estágio muito inicial para o formato do programa.

As inscrições para a Turma 10 abrem em abril. Esperamos ver vocês de novo!

Equipe Decola""",
  notes="startup accelerator application not selected (side project, not a job)"),
]
