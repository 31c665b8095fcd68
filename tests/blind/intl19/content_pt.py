"""Portuguese messages (Portugal, Brazil): 8 rejections, 8 hard negatives."""
from content_common import BULK, rej

M = []

# ---------------------------------------------------------------- rejections, ATS
M.append(dict(
    slug="pt-br-gupy-seguiremos-outros", lang="pt", variant="pt-BR", style="ats", label="rejection", cat="ats-automated",
    vendor="gupy", brand="Cooperativa Cerrado Verde", plain="html2text", headers=BULK,
    frm="Cooperativa Cerrado Verde <naoresponda@gupy.io>", subject="Atualização sobre o processo seletivo – Coordenador(a) de Marketing de Produto",
    text="""Olá, Sam! Tudo bem?

Agradecemos muito o seu interesse em fazer parte do time da Cooperativa Cerrado Verde e o tempo dedicado ao nosso processo seletivo para a vaga de Coordenador(a) de Marketing de Produto.

Após uma análise cuidadosa, informamos que neste momento seguiremos com outros candidatos cujo perfil está mais aderente aos requisitos da vaga.

Sabemos que essa não é a notícia que você esperava, mas seu currículo continuará em nosso banco de talentos e poderá ser considerado em futuras oportunidades. Fique de olho na nossa [[página de carreiras]]!

Desejamos muito sucesso na sua jornada.

Abraços,
Time de Gente & Gestão
Cooperativa Cerrado Verde""",
    exp=rej("", "", "Cooperativa Cerrado Verde", "Coordenador(a) de Marketing de Produto"),
    notes="gupy; the most ordinary Brazilian template; html2text plain"))

M.append(dict(
    slug="pt-br-solides-nao-selecionado-etapa", lang="pt", variant="pt-BR", style="ats", label="rejection", cat="ats-automated",
    vendor="solides", brand="Grupo Mangueira Saúde", html_only=True,
    frm="Sólides Vagas <nao-responda@solides.com.br>", subject="Retorno da sua candidatura – Analista de Branding Sênior",
    text="""Olá Sam,

Obrigado por participar do processo seletivo para a vaga de Analista de Branding Sênior no Grupo Mangueira Saúde.

{table}

Infelizmente, você não foi selecionado(a) para a próxima etapa. Essa decisão levou em consideração o alinhamento entre o perfil comportamental e os requisitos técnicos da vaga.

Continue atualizando seu perfil na Sólides: novas vagas são publicadas todos os dias.""",
    table=[("Vaga", "Analista de Branding Sênior"), ("Etapa", "Entrevista com gestor"), ("Status", "Reprovado")],
    exp=rej("", "", "Grupo Mangueira Saúde", "Analista de Branding Sênior"),
    notes="sólides; HTML-only; status 'Reprovado' in table"))

M.append(dict(
    slug="pt-br-vagas-processo-encerrado", lang="pt", variant="pt-BR", style="ats", label="rejection", cat="role-cancelled",
    vendor="vagas", brand="VAGAS.com", headers=BULK, plain="html2text",
    frm="VAGAS.com <vagas@vagas.com.br>", subject="O processo seletivo para Gerente de Growth foi encerrado",
    text="""Olá, Sam

A empresa Logística Paulista Express encerrou o processo seletivo da vaga Gerente de Growth, para a qual você se candidatou em 02/10/2026.

A vaga foi cancelada pela empresa e não haverá continuidade do processo.

Agradecemos a sua participação. Que tal ver outras vagas parecidas?

[[Ver vagas parecidas]]""",
    exp=rej("", "", "Logística Paulista Express", "Gerente de Growth"),
    notes="job-board relay; vacancy cancelled by company; bulk"))

M.append(dict(
    slug="pt-br-linkedin-nao-prosseguir", lang="pt", variant="pt-BR", style="ats", label="rejection", cat="job-board-relay",
    vendor="linkedin_pt", brand="LinkedIn", headers=BULK,
    frm="LinkedIn <jobs-noreply@linkedin.com>", subject="Sua candidatura para Head de Marketing na Araucária Software",
    text="""Sua atualização da Araucária Software

Olá Sam,

Agradecemos seu interesse na vaga de Head de Marketing na Araucária Software. Infelizmente, decidimos não prosseguir com sua candidatura neste momento.

Analisamos um grande número de candidaturas e escolhemos avançar com candidatos com experiência mais próxima do que buscamos para esta posição. Incentivamos você a se candidatar a futuras vagas.

Atenciosamente,
Recrutamento Araucária Software

[[Ver vagas semelhantes]]""",
    exp=rej("", "", "Araucária Software", "Head de Marketing"),
    notes="LinkedIn Easy Apply relay of company's message"))

# ---------------------------------------------------------------- rejections, personal
M.append(dict(
    slug="pt-pt-recrutadora-optamos-outro", lang="pt", variant="pt-PT", style="personal", label="rejection", cat="personal-after-interview",
    frm="Inês Carvalho <ines.carvalho@tejoconsult.example>", subject="Processo Brand Manager – Cervejaria Atlântica",
    text="""Olá Sam, boa tarde,

Espero que esteja bem.

Venho agradecer a sua disponibilidade ao longo do processo para a função de Brand Manager na Cervejaria Atlântica. Após ponderação, o cliente optou por avançar com outro candidato, cujo percurso no sector das bebidas foi considerado decisivo.

O feedback da entrevista final foi muito positivo, nomeadamente a sua apresentação do plano de 90 dias. Fica connosco o seu CV e contamos voltar a falar em breve.

Com os melhores cumprimentos,
Inês Carvalho
Senior Consultant | Tejo Consult
Tlm. +351 912 447 308""",
    exp=rej("ines.carvalho@tejoconsult.example", "Inês", "Cervejaria Atlântica", "Brand Manager"),
    notes="European Portuguese; agency after final interview"))

M.append(dict(
    slug="pt-br-vaga-congelada-casual", lang="pt", variant="pt-BR", style="personal", label="rejection", cat="role-cancelled",
    frm="Thiago Moreira <thiago.moreira@pitangapay.example>", subject="Re: Vaga PMM – próximos passos", parent=True, parent_domain="example.org",
    text="""Oi Sam, tudo bem?

Passando pra te dar um retorno, desculpa a demora! Infelizmente a vaga de Product Marketing Manager foi congelada aqui na PitangaPay, a diretoria segurou todas as contratações até março por causa do orçamento. Então vamos encerrar o processo por enquanto.

Super chato, porque você era nossa favorita/o pra vaga, de verdade. Se reabrir eu te chamo direto.

Abs,
Thiago

Em seg., 23 de nov. de 2026 às 14:05, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Thiago, tudo bem? Alguma novidade sobre os próximos passos? Obrigado, Sam""",
    exp=rej("thiago.moreira@pitangapay.example", "Thiago", "PitangaPay", "Product Marketing Manager"),
    notes="Brazilian casual; role frozen, process closed; typo-ish 'favorita/o'"))

M.append(dict(
    slug="pt-br-reencaminhado-feedback-cliente", lang="pt", variant="pt-BR", style="personal", label="rejection", cat="forwarded-about-owner",
    frm="Camila Duarte <camila.duarte@hunterbrasil.example>", subject="ENC: Feedback candidatos – Gerente de Marketing Digital",
    text="""Sam, boa tarde!

Infelizmente não tenho boas notícias. Segue abaixo o feedback do cliente sobre a entrevista de ontem. Fico à disposição pra conversarmos, e já estou olhando outras oportunidades pra você.

Beijos,
Camila Duarte
Hunter Brasil Consultoria | (11) 98812-4470

-----Mensagem original-----
De: Roberto Lins <roberto.lins@casafortaleza.example>
Enviada em: quinta-feira, 19 de novembro de 2026 18:30
Para: Camila Duarte <camila.duarte@hunterbrasil.example>
Assunto: Feedback candidatos – Gerente de Marketing Digital

Camila, obrigado pelos perfis. Sobre o Sam: gostamos bastante da visão estratégica, mas não vamos seguir com a candidatura, faltou vivência em varejo físico. Vamos avançar com a Juliana para a etapa final.

Abs,
Roberto Lins
Diretor Comercial – Casa Fortaleza""",
    exp=rej("camila.duarte@hunterbrasil.example", "Camila", "Casa Fortaleza", "Gerente de Marketing Digital"),
    notes="recruiter forwards client's verdict about Sam"))

M.append(dict(
    slug="pt-pt-carta-longa-versao-inglesa", lang="pt", variant="pt-PT", style="personal", label="rejection", cat="personal-after-interview",
    frm="Rui Tavares <rui.tavares@marinhasolar.example>", subject="A sua candidatura – Head of Growth / Your application", client_html=True,
    text="""Caro Sam,

Obrigado pelo interesse na Marinha Solar e pelo tempo investido nas três entrevistas e no exercício prático sobre o mercado espanhol. A equipa ficou impressionada com a sua análise e com a forma como estruturou a proposta de canais.

Foi uma decisão difícil, mas decidimos não avançar com a sua candidatura para a posição de Head of Growth. Escolhemos um candidato com experiência prévia em energia residencial em Portugal, algo que neste arranque consideramos essencial.

Gostaria muito de manter o contacto, e se houver interesse da sua parte, guardamos o seu perfil para a abertura de Madrid prevista para o segundo semestre.

Com os melhores cumprimentos,
Rui Tavares
CMO | Marinha Solar, S.A.
+351 21 380 4415

---
Dear Sam, thank you for your time and effort in our process. After careful consideration we have decided not to move forward with your application for the Head of Growth position. We would love to stay in touch.""",
    exp=rej("rui.tavares@marinhasolar.example", "Rui", "Marinha Solar", "Head of Growth"),
    notes="Portugal; long; verdict in the middle; English version below"))

# ---------------------------------------------------------------- others, ATS
M.append(dict(
    slug="pt-br-gupy-avancou-teste", lang="pt", variant="pt-BR", style="ats", label="other", cat="assessment",
    vendor="gupy", brand="Banco Ipê", button="Fazer o teste",
    frm="Banco Ipê <naoresponda@gupy.io>", subject="Parabéns! Você avançou para a próxima etapa",
    text="""Olá, Sam!

Temos uma ótima notícia: você avançou para a etapa Teste de Perfil Comportamental no processo seletivo para Especialista em Marketing de Produto no Banco Ipê.

Você tem até 5 dias para concluir o teste. Atenção: candidaturas com testes não realizados no prazo serão automaticamente reprovadas e não poderão seguir no processo.

Boa sorte!
Time de Atração – Banco Ipê""",
    notes="gupy next step / test invite; conditional 'reprovadas' warning"))

M.append(dict(
    slug="pt-br-vagas-candidatura-recebida", lang="pt", variant="pt-BR", style="ats", label="other", cat="ack-received",
    vendor="vagas", brand="VAGAS.com", headers=BULK,
    frm="VAGAS.com <vagas@vagas.com.br>", subject="Candidatura realizada: Coordenador de Trade Marketing",
    text="""Olá, Sam

Sua candidatura para a vaga Coordenador de Trade Marketing na empresa Bebidas Caatinga foi realizada com sucesso.

A empresa entrará em contato caso o seu perfil seja selecionado para as próximas etapas. Caso não seja selecionado, você será notificado por e-mail ao final do processo.

Acompanhe o andamento em [[Minhas candidaturas]].""",
    notes="acknowledgement; conditional 'caso não seja selecionado'"))

M.append(dict(
    slug="pt-pt-netempregos-alerta", lang="pt", variant="pt-PT", style="ats", label="other", cat="job-alert",
    vendor="netempregos", brand="Net-Empregos", headers=BULK, plain="html2text",
    frm="Net-Empregos <alertas@net-empregos.com>", subject="Novas ofertas: Marketing – Lisboa (8)",
    text="""Olá Sam,

Encontrámos 8 novas ofertas de emprego que correspondem ao seu alerta "Marketing – Lisboa".

- Product Marketing Manager (M/F) · Lisboa · publicada hoje
- Gestor de Marca · Oeiras · publicada ontem
- Marketing Digital Sénior · Lisboa · publicada ontem
- Responsável de Comunicação · Sintra

Algumas ofertas deste alerta já foram preenchidas e foram removidas.

[[Ver todas as ofertas]]""",
    notes="job alert; 'já foram preenchidas' about ads Sam did not apply to"))

M.append(dict(
    slug="pt-pt-ctt-encomenda-devolvida", lang="pt", variant="pt-PT", style="ats", label="other", cat="non-job-rejection",
    vendor="generic_pt", brand="CTT",
    frm="CTT Expresso <notificacoes@ctt-expresso.example>", subject="A sua encomenda DA123456789PT foi devolvida ao remetente",
    text="""Olá Sam Taylor,

Informamos que a encomenda DA123456789PT não foi entregue e foi devolvida ao remetente.

{table}

Se pretender mais informações, contacte o remetente ou a Linha CTT 210 471 616.""",
    table=[("Remetente", "Livraria Sá da Costa"), ("Motivo", "Recusado pelo destinatário / morada incompleta"), ("Estado", "Devolvido")],
    notes="parcel returned; 'recusado' about a delivery"))

# ---------------------------------------------------------------- others, personal
M.append(dict(
    slug="pt-pt-proposta-oferta", lang="pt", variant="pt-PT", style="personal", label="other", cat="offer",
    frm="Sofia Nogueira <sofia.nogueira@ondaazul.example>", subject="Proposta – Product Marketing Lead",
    attach=[("Proposta_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    text="""Olá Sam,

Tenho o prazer de lhe comunicar que gostaríamos de o/a receber na Onda Azul como Product Marketing Lead!

Segue em anexo a nossa proposta. Infelizmente não conseguimos chegar ao valor de remuneração fixa que tinha indicado, mas compensámos com um bónus anual e mais dois dias de férias. Ficamos a aguardar a sua resposta até sexta-feira.

Cumprimentos,
Sofia Nogueira
Diretora de Pessoas | Onda Azul""",
    notes="offer with 'infelizmente' about salary; PDF attachment"))

M.append(dict(
    slug="pt-br-sam-pergunta-decisao", lang="pt", variant="pt-BR", style="personal", label="other", cat="owner-sent",
    frm="Sam Taylor <sam.taylor@example.org>", to="Larissa Prado <larissa.prado@jabuticaba.example>", subject="Processo Gerente de Produto – alguma novidade?",
    text="""Olá Larissa, tudo bem?

Gostaria de saber se há alguma novidade sobre o processo para Gerente de Marketing de Produto. Caso vocês já tenham decidido seguir com outro candidato, sem problema, só peço que me avise para eu me organizar.

Obrigado desde já,
Sam Taylor""",
    notes="Sam's own sent follow-up mentioning the possibility of rejection"))

M.append(dict(
    slug="pt-pt-ainda-sem-decisao", lang="pt", variant="pt-PT", style="personal", label="other", cat="still-deciding",
    frm="Miguel Antunes <miguel.antunes@portocork.example>", subject="RE: Marketing Manager – ponto de situação", parent=True, parent_domain="example.org",
    text="""Bom dia Sam,

Obrigado pelo contacto. Ainda não temos uma decisão: o processo para Marketing Manager está parado esta semana porque a nossa administradora está de férias, mas o Sam continua no processo e retomamos logo na segunda-feira, dia 7.

Peço desculpa pela demora e volto a contactá-lo até ao final da próxima semana.

Cumprimentos,
Miguel Antunes
Recursos Humanos – Porto Cork, Lda.""",
    notes="process paused for a week but explicitly still deciding"))

M.append(dict(
    slug="pt-br-amiga-reprovada-gupy", lang="pt", variant="pt-BR", style="personal", label="other", cat="forwarded",
    frm="Beatriz Lopes <bia.lopes@mailbox.example>", subject="Fwd: Atualização sobre o processo seletivo",
    text="""Saaam, olha isso 😩 reprovaram minha candidatura na Jaguatirica Tech, aquela que eu te falei. Nem chegaram a me chamar pra entrevista. Bora tomar um chopp sexta pra eu chorar as mágoas?

Bia

---------- Forwarded message ---------
De: Jaguatirica Tech <naoresponda@gupy.io>
Date: qua., 18 de nov. de 2026
Subject: Atualização sobre o processo seletivo
To: <bia.lopes@mailbox.example>

Olá, Beatriz! Agradecemos o interesse na vaga de Analista de CRM. Após análise, informamos que neste momento seguiremos com outros candidatos. Desejamos sucesso!""",
    notes="friend forwards her own rejection"))

MESSAGES = M
