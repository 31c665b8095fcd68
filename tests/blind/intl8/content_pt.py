"""Portuguese messages (Portugal, Brazil): 16 rejections, 16 hard negatives."""
from content_common import rej, oth, AUTO, BULK, OWNER

MESSAGES = [
# ---------------- rejections, ATS ----------------
rej("ipe-gupy-nao-foi-dessa-vez", "pt-BR", "ats", "ats-automated",
    "Cosméticos Ipê <naoresponda@gupy.example>",
    "Atualização sobre sua candidatura – Analista de Marketing Sênior",
    """Olá, Sam!

Queremos agradecer muito sua participação no processo seletivo para a vaga de Analista de Marketing Sênior na Cosméticos Ipê. Sabemos o quanto você se dedicou em cada etapa.

Não foi dessa vez. Neste momento, optamos por seguir com outros candidatos cujo perfil está mais aderente às necessidades da vaga.

Seu currículo continua no nosso banco de talentos e você pode acompanhar novas oportunidades na nossa [[página de carreiras]].

Com carinho,
Time de Gente & Cultura Cosméticos Ipê""",
    ("", "", "Cosméticos Ipê", "Analista de Marketing Sênior"), "gupy; 'Não foi dessa vez'",
    vendor="gupy", brand="Cosméticos Ipê", headers=AUTO,
    legal=["Seus dados são tratados conforme a Lei Geral de Proteção de Dados (LGPD – Lei nº 13.709/2018)."]),

rej("redefarma-catho-preenchida", "pt-BR", "ats", "ats-automated",
    "Catho <avisos@catho.example>",
    "A vaga Coordenador de Trade Marketing foi encerrada",
    """Olá Sam,

A empresa Rede Farma Sul encerrou o processo seletivo da vaga Coordenador de Trade Marketing, para a qual você se candidatou em 14/10.

Motivo informado pela empresa: vaga preenchida.

Não desanime! Separamos vagas parecidas para você:

- Coordenador de Trade – Drogarias Litoral – Florianópolis
- Analista de Trade Marketing Sr. – Atacadão Gaúcho – Porto Alegre

[[Ver vagas recomendadas]]""",
    ("", "", "Rede Farma Sul", "Coordenador de Trade Marketing"), "job-board relay; filled; lists similar vagas",
    vendor="catho", brand="Catho", headers=BULK),

rej("rota-norte-vagas-status", "pt-BR", "ats", "ats-automated",
    "VAGAS.com.br <nao-responda@vagas.example>",
    "Transportadora Rota Norte atualizou seu processo seletivo",
    """Olá, Sam Taylor.

Houve uma atualização no seu processo seletivo:

{table}

Agradecemos seu interesse. Você pode continuar se candidatando a outras vagas da empresa pelo seu currículo VAGAS.

[[Acessar meus processos]]""",
    ("", "", "Transportadora Rota Norte", "Gerente de Produto"), "job-board status table 'Não selecionado(a)'",
    vendor="vagas", brand="VAGAS.com.br", headers=BULK,
    table=[("Vaga", "Gerente de Produto (v2941055)"), ("Empresa", "Transportadora Rota Norte"), ("Etapa", "Análise curricular"), ("Status", "Processo finalizado – não selecionado(a)")]),

rej("seguradora-atlantica-workday", "pt-PT", "ats", "keep-on-file",
    "Seguradora Atlântica <segatlantica@myworkday.com>",
    "A sua candidatura – Product Owner Digital (JR-3310)",
    """Caro(a) Sam Taylor,

Agradecemos o interesse demonstrado na Seguradora Atlântica e a candidatura à função de Product Owner Digital (JR-3310).

Após análise cuidada do seu percurso, lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento.

Gostaríamos de manter os seus dados na nossa base de recrutamento por um período de 12 meses, para futuras oportunidades. Caso não concorde, poderá retirar o consentimento a qualquer momento através do [[portal do candidato]].

Com os melhores cumprimentos,
Direção de Recursos Humanos
Seguradora Atlântica, S.A.""",
    ("", "", "Seguradora Atlântica", "Product Owner Digital"), "workday; pt-PT formal; retention question",
    vendor="workday", brand="Seguradora Atlântica, S.A.", headers=AUTO,
    legal=["Esta mensagem foi enviada automaticamente. Por favor, não responda.",
           "Encarregado de Proteção de Dados: dpo@segatlantica.example"]),

rej("ribamar-teamtailor-outros", "pt-PT", "ats", "ats-automated",
    "Conservas Ribamar <notifications@teamtailor.example>",
    "Candidatura Brand Manager – Conservas Ribamar",
    """Olá Sam,

Obrigada pela sua candidatura para Brand Manager na Conservas Ribamar e pelo interesse em fazer parte da nossa história, que começou em Matosinhos em 1921.

Recebemos candidaturas muito fortes e, depois de as analisarmos com atenção, decidimos avançar com outros candidatos cujo perfil está mais alinhado com o que procuramos neste momento.

Desejamos-lhe o maior sucesso.

Inês Carvalho
Talent Acquisition | Conservas Ribamar""",
    ("", "Inês", "Conservas Ribamar", "Brand Manager"), "teamtailor; pt-PT; signed, no address",
    vendor="teamtailor", brand="Conservas Ribamar", headers=AUTO),

rej("garoapay-lever-final", "pt-BR", "ats", "ats-automated",
    "Garoa Pay <no-reply@hire.lever.co>",
    "Sua candidatura na Garoa Pay",
    """Oi, Sam!

Primeiro, obrigado por se interessar pela Garoa Pay. Somos mais de 600 pessoas construindo a maneira mais simples de pequenos negócios receberem pagamentos no Brasil, e cada candidatura que recebemos é lida por alguém do time.

Nos últimos meses, crescemos 3x e fomos eleitos um dos melhores lugares para trabalhar pelo GPTW. Acreditamos em diversidade e inclusão: aqui todo mundo é bem-vindo, independentemente de raça, gênero, orientação sexual, idade ou deficiência.

Analisamos seu perfil com cuidado para a vaga de Product Marketing Manager e, por enquanto, não vamos dar sequência à sua candidatura.

Se tiver qualquer dúvida, é só responder este e-mail.

Abraços,
Time de Talent da Garoa Pay""",
    ("talentos@garoapay.example", "", "Garoa Pay", "Product Marketing Manager"), "lever; verdict at the end after boilerplate; reply-to team",
    vendor="lever", brand="Garoa Pay", headers=AUTO, reply_to="Talentos Garoa Pay <talentos@garoapay.example>"),

rej("metro-tejo-sf-anulado", "pt-PT", "ats", "role-cancelled",
    "Metro Ligeiro do Tejo <recrutamento@successfactors.example>",
    "Processo de recrutamento n.º 27/2026 – Técnico Superior de Marketing",
    """Exmo.(a) Senhor(a) Sam Taylor,

Informamos V. Exa. de que, por deliberação do Conselho de Administração de 12 de novembro de 2026, o processo de recrutamento n.º 27/2026 para Técnico Superior de Marketing foi anulado, por motivos de reestruturação orgânica.

Nestes termos, o processo é encerrado sem a contratação de qualquer candidato.

Agradecemos a sua participação.

Com os melhores cumprimentos,
Direção de Capital Humano
Metro Ligeiro do Tejo, S.A.""",
    ("", "", "Metro Ligeiro do Tejo", "Técnico Superior de Marketing"), "successfactors; public company; process annulled; V. Exa.",
    vendor="successfactors", brand="Metro Ligeiro do Tejo, S.A.", headers=AUTO,
    legal=["Não responda a este e-mail. Para esclarecimentos utilize o formulário de contacto no portal de recrutamento."]),

rej("azulejo-recruitee-testes", "pt-PT", "ats", "after-assessment",
    "Azulejo Tech <noreply@mail.recruitee.example>",
    "Resultados dos testes – Growth Analyst",
    """Olá Sam,

Obrigado por ter realizado os testes online para a posição de Growth Analyst na Azulejo Tech.

Infelizmente, não atingiu a pontuação mínima definida para esta fase, pelo que não poderemos continuar com a sua candidatura neste processo.

Poderá voltar a candidatar-se a outras posições dentro de seis meses.

Cumprimentos,
Equipa de Recrutamento Azulejo Tech""",
    ("", "", "Azulejo Tech", "Growth Analyst"), "recruitee; HTML-only; below test threshold",
    vendor="recruitee", brand="Azulejo Tech", headers=AUTO, html_only=True),

# ---------------- rejections, personal ----------------
rej("jabuticaba-outra-pessoa", "pt-BR", "personal", "personal-after-interview",
    "Fernanda Lima <fernanda.lima@editorajabuticaba.example>",
    "Retorno – Head de Audiência",
    """Oi Sam, tudo bem?

Queria muito agradecer pela conversa da semana passada com a gente e com o Caio. Sua apresentação sobre newsletters foi um dos pontos altos do processo.

Passando para dar o retorno: optamos por seguir com outra pessoa para a posição de Head de Audiência, alguém que já vinha trabalhando com o nosso catálogo infantil.

Foi uma decisão difícil e eu adoraria manter contato.

Um abraço,
Fernanda Lima
Gerente de Pessoas | Editora Jabuticaba
(11) 95555-0134""",
    ("fernanda.lima@editorajabuticaba.example", "Fernanda", "Editora Jabuticaba", "Head de Audiência"), "você; after interview"),

rej("lusotalento-douro-interno", "pt-PT", "personal", "agency-recruiter",
    "Tiago Fonseca <tiago.fonseca@lusotalento.example>",
    "Grupo Hoteleiro Douro Vivo – Diretor de Marketing",
    """Olá Sam,

Espero que esteja tudo bem consigo.

Falei hoje com a administração do Grupo Hoteleiro Douro Vivo sobre a posição de Diretor de Marketing. Gostaram bastante da entrevista, mas o cliente decidiu avançar com um candidato interno, o atual diretor comercial do hotel do Pinhão.

Lamento muito. Conto consigo para próximos projetos, tenho algumas funções em turismo a abrir no primeiro trimestre.

Cumprimentos,
Tiago Fonseca
Senior Consultant | Lusotalento – Executive Search
+351 915 550 147""",
    ("tiago.fonseca@lusotalento.example", "Tiago", "Grupo Hoteleiro Douro Vivo", "Diretor de Marketing"), "agency; internal candidate; company = client"),

rej("caqui-vaga-congelada-typos", "pt-BR", "personal", "role-cancelled",
    "Rafael Tavares <rafa@caquidelivery.example>",
    "Re: vaga PM",
    """fala Sam!

desculpa a demora pra responder, a semana foi caotica aqui

entao, vou ser sincero: a vaga de PM Sênior foi congelada. o board pediu pra segurar todas as contratacoes ate a gente bater a meta de receita, e nao sei qdo ela abre dnv. entao por enquanto nao vamos seguir o processo com vc

curti mto nossa conversa, se reabrir te chamo primeiro

abs
Rafa
Caqui Delivery""",
    ("rafa@caquidelivery.example", "Rafael", "Caqui Delivery", "PM Sênior"), "casual, no accents, abbreviations; role frozen; signs 'Rafa'",
    parent=True),

rej("adega-borba-formal-vexa", "pt-PT", "personal", "personal-after-interview",
    "Helena Sousa <helena.sousa@adegaborbanova.example>",
    "Processo de recrutamento – Responsável de Exportação e Marketing",
    """Exmo.(a) Senhor(a) Sam Taylor,

Vimos por este meio agradecer a disponibilidade demonstrada ao longo do processo de recrutamento para a função de Responsável de Exportação e Marketing da Adega Cooperativa de Borba Nova, nomeadamente a deslocação às nossas instalações para a entrevista com a Direção.

Cumpre-nos informar V. Exa. de que, concluída a avaliação dos candidatos, não foi selecionado(a) para a função em causa.

Os seus dados serão conservados pelo prazo legal e eliminados em seguida.

Com os melhores cumprimentos,

Dr.ª Helena Sousa
Diretora Administrativa e Financeira
Adega Cooperativa de Borba Nova, CRL
Tel. 268 555 014""",
    ("helena.sousa@adegaborbanova.example", "Helena", "Adega Cooperativa de Borba Nova", "Responsável de Exportação e Marketing"), "very formal pt-PT; 'Cumpre-nos informar V. Exa.'", charset="iso-8859-1", cte="8bit"),

rej("mandacaru-terse-nao-rolou", "pt-BR", "personal", "terse",
    "Bruno Costa <bruno@mandacarustudio.example>",
    "Estrategista de Conteúdo",
    """Oi Sam, infelizmente não rolou dessa vez. Valeu demais pela conversa!

Bruno – Mandacaru Studio""",
    ("bruno@mandacarustudio.example", "Bruno", "Mandacaru Studio", "Estrategista de Conteúdo"), "one line; colloquial"),

rej("banco-cerrado-preenchida-outlook", "pt-BR", "personal", "personal-after-interview",
    "Juliana Martins <juliana.martins@bancocerrado.example>",
    "RES: Especialista em CRM – andamento",
    """Bom dia, Sam!

Peço desculpas pela demora no retorno. A posição de Especialista em CRM já foi preenchida: a pessoa aprovada começou na segunda-feira. Agradeço muito seu interesse e sua paciência.

Atenciosamente,
Juliana Martins
Analista de Recrutamento e Seleção
Banco Cerrado S.A. | Brasília – DF
(61) 3555-0129

De: Sam Taylor <sam.taylor@example.org>
Enviada em: segunda-feira, 17 de novembro de 2026 10:05
Para: Juliana Martins <juliana.martins@bancocerrado.example>
Assunto: Especialista em CRM – andamento

Olá Juliana, tudo bem?
Gostaria de saber se há novidades sobre o processo para Especialista em CRM.
Obrigado(a),
Sam""",
    ("juliana.martins@bancocerrado.example", "Juliana", "Banco Cerrado", "Especialista em CRM"), "reply to Sam's chaser; Outlook 'RES:' quote; filled",
    parent=True, wrap=False),

rej("lisboa-digital-manter-cv", "pt-PT", "personal", "keep-on-file",
    "Rui Almeida <rui.almeida@lisboadigital.example>",
    "Head of Growth – feedback",
    """Olá Sam,

Antes de mais, obrigado pela entrevista de terça e pelo tempo que dedicou ao exercício.

Quero ser transparente consigo: decidimos não avançar consigo para a função de Head of Growth. Procuramos alguém com mais experiência em aquisição paga em escala, e essa foi a diferença.

Gostaríamos, no entanto, de manter o seu CV para futuras oportunidades na Lisboa Digital Studios. Diga-me se não concordar.

Um abraço,
Rui Almeida
COO | Lisboa Digital Studios
+351 925 550 166""",
    ("rui.almeida@lisboadigital.example", "Rui", "Lisboa Digital Studios", "Head of Growth"), "pt-PT; keep CV; verdict early"),

rej("serra-azul-feedback-meio", "pt-BR", "personal", "personal-after-interview",
    "Patrícia Nogueira <patricia.nogueira@serraazul.example>",
    "Processo Gerente de Marca – Laticínios Serra Azul",
    """Olá Sam,

Obrigada por ter participado de todas as etapas do processo para Gerente de Marca aqui na Laticínios Serra Azul: a dinâmica, o case e a entrevista final com a diretoria.

Decidimos não seguir com sua candidatura. Como prometido, seguem os pontos que a banca destacou:

- Muito boa leitura de dados de consumidor e de sell-out.
- Pouca vivência com o canal de pequeno varejo, que é 60% do nosso volume.
- Apresentação clara e objetiva.

Espero que esse retorno ajude nos próximos passos. Torço muito por você.

Abraço,
Patrícia Nogueira
Business Partner de RH
Laticínios Serra Azul | Juiz de Fora – MG""",
    ("patricia.nogueira@serraazul.example", "Patrícia", "Laticínios Serra Azul", "Gerente de Marca"), "after final round; verdict mid, feedback bullets"),

# ---------------- other, ATS ----------------
oth("gupy-recebemos-candidatura", "pt-BR", "ats", "ack-received",
    "Grupo Aroeira Cosméticos <naoresponda@gupy.example>",
    "Recebemos sua candidatura!",
    """Olá, Sam!

Sua candidatura para a vaga Coordenador(a) de Insights de Consumo foi recebida com sucesso.

Você pode acompanhar cada etapa pelo seu painel de candidaturas. Fique tranquilo(a): você receberá um e-mail ao final de cada etapa, mesmo que não seja aprovado(a).

[[Acompanhar minhas candidaturas]]

Boa sorte!
Time de Atração Grupo Aroeira Cosméticos""",
    "acknowledgement that says you'll hear even if not approved",
    vendor="gupy", brand="Grupo Aroeira Cosméticos", headers=AUTO),

oth("gupy-avancou-etapa", "pt-BR", "ats", "status-update",
    "Cosméticos Ipê <naoresponda@gupy.example>",
    "Parabéns! Você avançou para a próxima etapa",
    """Olá, Sam!

Temos uma ótima notícia: você foi aprovado(a) na etapa de Teste de Perfil e avançou para a etapa de Entrevista com o RH na vaga Especialista de CRM.

Em breve nosso time entrará em contato para agendar. Fique de olho no seu e-mail e no WhatsApp.

Lembre-se: nem todas as pessoas avançam nesta etapa, então capriche!

Time de Gente & Cultura Cosméticos Ipê""",
    "gupy progress notice, same company as a rejection", vendor="gupy", brand="Cosméticos Ipê", headers=AUTO),

oth("catho-vagas-do-dia", "pt-BR", "ats", "job-alert",
    "Catho <alertas@catho.example>",
    "12 novas vagas de Marketing para você",
    """Olá Sam,

Confira as vagas que combinam com seu perfil:

- Gerente de Marketing de Produto – Fintech Ipanema – Rio de Janeiro
- Coordenador de Growth – EdTech Sabiá – Remoto
- Analista de Inteligência de Mercado Sr. – Agro Cerrado – Goiânia
- Head de Marketing – Rede de Academias Pulso – São Paulo

Atenção: 3 vagas que você salvou foram encerradas pelas empresas.

[[Ver todas as vagas]]""",
    "job alert; saved vagas closed", vendor="catho", brand="Catho", headers=BULK),

oth("netempregos-novas-ofertas", "pt-PT", "ats", "job-alert",
    "Net-Empregos <alertas@net-empregos.example>",
    "Novas ofertas: Marketing – Lisboa",
    """Olá,

Foram publicadas 6 novas ofertas que correspondem ao seu alerta "Marketing – Lisboa":

- Product Marketing Manager (m/f) – Lisboa
- Gestor de Marca – Grande Lisboa – Oeiras
- Técnico de Marketing Digital – Lisboa
- Responsável de Comunicação – Sintra

[[Ver ofertas]]""",
    "job alert pt-PT", vendor="netempregos", brand="Net-Empregos", headers=BULK),

oth("workable-pedido-referencia", "pt-PT", "ats", "reference-request",
    "Vinhas do Sado <noreply@workablemail.example>",
    "Pedido de referência para Ana Costa",
    """Olá Sam Taylor,

A Ana Costa indicou-o(a) como referência no âmbito da sua candidatura à função de Marketing Manager na Vinhas do Sado.

Agradecíamos que preenchesse um breve questionário (cerca de 5 minutos) sobre a experiência de trabalho com a Ana. [[Preencher referência]]

As suas respostas são confidenciais.

Obrigado,
Recursos Humanos – Vinhas do Sado""",
    "Sam is the referee for someone else's candidacy", vendor="workable", brand="Vinhas do Sado", headers=AUTO),

oth("hospedagem-reserva-recusada", "pt-BR", "ats", "non-job-rejection",
    "Casa Temporada <automatico@casatemporada.example>",
    "Sua solicitação de reserva foi recusada",
    """Olá Sam,

Infelizmente, o anfitrião Márcio recusou sua solicitação de reserva para "Loft na Vila Madalena", de 19 a 23 de dezembro.

Nenhuma cobrança foi feita no seu cartão. Encontramos acomodações parecidas na mesma região:

- Studio perto do metrô Fradique Coutinho
- Apartamento com varanda em Pinheiros

[[Ver acomodações]]""",
    "booking request declined", vendor="plain_html", brand="Casa Temporada", headers=AUTO),

oth("banco-limite-negado", "pt-BR", "ats", "non-job-rejection",
    "Banco Ipiranga Digital <comunicados@bancoipiranga.example>",
    "Seu pedido de aumento de limite",
    """Olá, Sam.

Analisamos seu pedido de aumento de limite do cartão de crédito final 9021.

Neste momento, não foi possível aprovar o aumento. Essa análise é refeita todo mês e leva em conta seu histórico de uso e de pagamentos.

Seu limite atual continua disponível normalmente.

Banco Ipiranga Digital""",
    "credit-limit increase denied", vendor="plain_html", brand="Banco Ipiranga Digital S.A.", headers=AUTO),

oth("calder-greenhouse-scorecard", "pt-BR", "ats", "owner-hiring",
    "Greenhouse <no-reply@us.greenhouse-mail.io>",
    "Scorecard enviado: Lucas Pereira – Audience Analyst (São Paulo)",
    """Olá Sam,

Renata Alves enviou o scorecard da entrevista com Lucas Pereira para a vaga Audience Analyst (São Paulo).

{table}

Como gestor(a) da vaga, você pode mover o candidato para "Rejeitado" ou para a próxima etapa. [[Ver scorecard]]""",
    "Sam is the hiring manager; 'Não contratar' scorecard",
    vendor="greenhouse", brand="Calder Street Media", headers=AUTO,
    table=[("Candidato", "Lucas Pereira"), ("Etapa", "Entrevista técnica"), ("Recomendação", "Não contratar"), ("Entrevistadora", "Renata Alves")]),

# ---------------- other, personal ----------------
oth("ipanema-proposta", "pt-BR", "personal", "offer",
    "Carolina Ribeiro <carolina.ribeiro@fintechipanema.example>",
    "Proposta – Gerente de Marketing de Produto",
    """Oi Sam!

Que alegria escrever este e-mail: temos o prazer de te oferecer a posição de Gerente de Marketing de Produto na Fintech Ipanema!

Os detalhes estão na carta anexa: CLT, salário de R$ 24.000, PLR de até 3 salários, plano de saúde e modelo híbrido. A proposta é válida até sexta-feira.

Qualquer dúvida, me liga.

Beijos,
Carol
Head de Pessoas | Fintech Ipanema
(21) 95555-0188""",
    "offer"),

oth("talentportus-preenchida-duas-novas", "pt-PT", "personal", "recruiter-outreach",
    "Sofia Marques <sofia.marques@talentportus.example>",
    "Novas oportunidades em Marketing",
    """Olá Sam,

Espero que esteja bem. Falámos em junho sobre a função de Marketing Manager numa retalhista do Porto; essa vaga foi entretanto preenchida, mas tenho agora dois novos projetos que podem fazer sentido para si:

- Head of Customer Insights – grupo de telecomunicações – Lisboa
- Product Marketing Lead – scale-up SaaS – Porto / remoto

Teria disponibilidade para uma chamada esta semana?

Cumprimentos,
Sofia Marques
Consultora Sénior | Talent Portus
+351 935 550 172""",
    "outreach; old role filled; two new roles pitched"),

oth("owner-sent-ja-escolheram", "pt-BR", "personal", "owner-sent",
    OWNER, "Processo Coordenador(a) de Insights – novidades?",
    """Olá Gabriela, tudo bem?

Fiz a entrevista final para Coordenador(a) de Insights de Consumo há duas semanas e queria saber se vocês já escolheram outra pessoa ou se o processo ainda está em andamento.

Continuo muito interessado(a) na vaga.

Obrigado(a)!
Sam Taylor""",
    "Sam's own question to a recruiter", to="Gabriela Rocha <gabriela.rocha@aroeiracosmeticos.example>"),

oth("alentejo-segunda-entrevista", "pt-PT", "personal", "interview-invite",
    "Marta Pires <marta.pires@vinhasdosado.example>",
    "Segunda entrevista – Marketing Manager",
    """Olá Sam,

Gostaríamos de o/a convidar para uma segunda entrevista para a função de Marketing Manager, desta vez com o nosso Diretor-Geral, na quinta-feira, dia 27, às 15h00, em Setúbal.

Pedimos que prepare uma breve apresentação (10 minutos) sobre como abordaria o mercado britânico.

Consegue confirmar a disponibilidade?

Cumprimentos,
Marta Pires
Recursos Humanos | Vinhas do Sado""",
    "second-round invite"),

oth("parceiro-encaminha-recusa", "pt-BR", "personal", "forwarded",
    "Daniel Souza <daniel.souza@freemail.example>",
    "Fwd: Retorno processo seletivo",
    """Amor, olha isso. Mais um "não". Você me ajuda a responder de um jeito bonito hoje à noite?

---------- Mensagem encaminhada ---------
De: Recrutamento Agro Cerrado <recrutamento@agrocerrado.example>
Data: qua., 19 de nov. de 2026 às 17:02
Assunto: Retorno processo seletivo
Para: Daniel Souza <daniel.souza@freemail.example>

Olá Daniel, agradecemos sua participação. Infelizmente seu perfil não foi
selecionado para a vaga de Analista Financeiro.
Atenciosamente, Recrutamento Agro Cerrado""",
    "partner's rejection forwarded", wrap=False),

oth("senhorio-outro-inquilino", "pt-PT", "personal", "non-job-rejection",
    "Paulo Antunes <paulo.antunes@imobiliariaestrela.example>",
    "T2 Campo de Ourique",
    """Boa tarde Sam,

Obrigado pela visita ao T2 em Campo de Ourique e pela documentação enviada.

Infelizmente o senhorio optou por outro inquilino, que podia entrar já no dia 1. Fico com o seu contacto para outros imóveis na zona.

Cumprimentos,
Paulo Antunes
Imobiliária Estrela · 21 555 0193""",
    "rental application declined"),

oth("mandacaru-resposta-agradecimento", "pt-BR", "personal", "reply-to-owner-followup",
    "Bruno Costa <bruno@mandacarustudio.example>",
    "Re: Estrategista de Conteúdo",
    """Imagina, Sam! Foi um prazer. Vamos manter contato sim, te sigo no LinkedIn. Quando abrir vaga de novo no time eu te aviso.

Bruno

Em sex., 21 de nov. de 2026 às 09:40, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Bruno, obrigado(a) pelo retorno, mesmo não sendo dessa vez. Adoraria
> ficar no radar para próximas oportunidades. Abraço, Sam
>
> Em qui., 20 de nov. de 2026, Bruno Costa escreveu:
>> Oi Sam, infelizmente não rolou dessa vez. Valeu demais pela conversa!""",
    "answer to Sam's thank-you; rejection only two levels deep in quote", parent=True, parent_depth=2, wrap=False),

oth("aroeira-ainda-decidindo", "pt-BR", "personal", "answer-to-owner-question",
    "Gabriela Rocha <gabriela.rocha@aroeiracosmeticos.example>",
    "Re: Processo Coordenador(a) de Insights – novidades?",
    """Oi Sam, tudo ótimo!

Ainda não escolhemos ninguém, fica tranquilo(a). O processo está parado por uns dias porque a diretora está de férias, mas você segue na disputa entre os dois finalistas. A decisão sai até o dia 12 e eu te ligo de qualquer jeito.

Beijo,
Gabriela
Atração de Talentos | Grupo Aroeira Cosméticos

Em seg., 24 de nov. de 2026 às 11:20, Sam Taylor <sam.taylor@example.org> escreveu:
> Olá Gabriela, tudo bem? Queria saber se vocês já escolheram outra
> pessoa ou se o processo ainda está em andamento.""",
    "answer to Sam's question: paused but still deciding, Sam still a finalist", parent=True, wrap=False),
]
