"""Portuguese messages (Portugal, Brazil): 8 rejections, 8 hard negatives."""
from content_common import BULK

L = {"lang": "pt"}

MESSAGES = [
# ---------------------------------------------------------------- rejections
dict(L, slug="pt-br-gupy-outros-candidatos", label="rejection", cat="ats-automated", country="BR", style="ats",
     vendor="gupy", brand="Rede Aurora de Televisão", h2t=True,
     frm="Rede Aurora de Televisão <naoresponda@gupy.example>",
     subject="Retorno sobre o processo seletivo – Analista de Comunicação Interna",
     text="""Olá, Sam!

Agradecemos muito seu interesse em fazer parte da Rede Aurora de Televisão e o tempo dedicado ao nosso processo seletivo para a vaga de Analista de Comunicação Interna.

Infelizmente, neste momento, seguiremos com outros candidatos cujo perfil está mais aderente aos requisitos da vaga.

Sabemos que receber esse tipo de retorno nunca é fácil, mas queremos que você saiba que seu currículo continuará em nosso banco de talentos. Fique de olho na nossa [[página de carreiras]]!

Um abraço,
Time de Gente & Cultura
Rede Aurora de Televisão""",
     about="A Rede Aurora está entre as melhores empresas para trabalhar em Comunicação segundo o ranking GPTW 2025. Somos uma empresa que valoriza a diversidade: todas as candidaturas são consideradas sem distinção de raça, gênero, orientação sexual, idade ou deficiência.",
     exp=("", "", "Rede Aurora de Televisão", "Analista de Comunicação Interna"),
     notes="ordinary Gupy template; html2text plain; diversity boilerplate"),

dict(L, slug="pt-br-linkedin-nao-avancar", label="rejection", cat="job-board-relay", country="BR", style="ats",
     vendor="linkedin", brand="LinkedIn",
     frm="LinkedIn <jobs-noreply@linkedin.com>",
     subject="Sua candidatura para Produtor(a) de Conteúdo na Editora Capibaribe",
     text="""Sam, obrigado pelo seu interesse na Editora Capibaribe.

{table}

Infelizmente a Editora Capibaribe decidiu não avançar com a sua candidatura para Produtor(a) de Conteúdo. Não desanime: há novas vagas que combinam com o seu perfil.

- Analista de Conteúdo Sênior — Grupo Manguezal (Recife, híbrido)
- Redator(a) Publicitário(a) — Agência Frevo (remoto)

[[Ver vagas]]""",
     table=[("Vaga", "Produtor(a) de Conteúdo"), ("Empresa", "Editora Capibaribe"), ("Localidade", "Recife, PE"), ("Candidatura enviada", "há 3 semanas")],
     exp=("", "", "Editora Capibaribe", "Produtor(a) de Conteúdo"),
     notes="job-board relay; verdict plus job suggestions; bulk headers"),

dict(L, slug="pt-workday-vaga-cancelada", label="rejection", cat="role-cancelled", country="PT", style="ats",
     vendor="workday", brand="Fundação Tejo Cultura", html_only=True,
     frm="Fundação Tejo Cultura <tejocultura@myworkday.com>",
     subject="Atualização da sua candidatura: Gestor(a) de Eventos (JR-2207)",
     text="""Caro(a) Sam Taylor,

Obrigado pela sua candidatura à posição de Gestor(a) de Eventos (JR-2207).

Informamos que, devido a uma revisão da programação para 2027, esta vaga foi cancelada e o processo de recrutamento foi encerrado. Por este motivo, a sua candidatura não poderá prosseguir.

Agradecemos o seu interesse na Fundação Tejo Cultura e convidamo-lo(a) a acompanhar as nossas futuras oportunidades.

Com os melhores cumprimentos,
Recursos Humanos""",
     legal=["Este é um e-mail automático gerado pelo Workday. Por favor não responda."],
     exp=("", "", "Fundação Tejo Cultura", "Gestor(a) de Eventos"),
     notes="html-only; role cancelled"),

dict(L, slug="pt-smartrecruiters-proxima-fase", label="rejection", cat="ats-automated", country="PT", style="ats",
     vendor="smartrecruiters", brand="Ribeira Comunicação",
     frm="Ribeira Comunicação <notification@smartrecruiters.com>",
     subject="Candidatura: Assessor(a) de Imprensa – Porto",
     text="""Olá Sam,

Em primeiro lugar, muito obrigado por se ter candidatado à função de Assessor(a) de Imprensa na Ribeira Comunicação, no nosso escritório do Porto. Somos uma agência de comunicação e relações públicas com 20 anos de história, clientes em cultura, turismo e tecnologia, e em 2025 recebemos o prémio de Agência do Ano dos Prémios Lusófonos de Comunicação.

Recebemos um número muito elevado de candidaturas de grande qualidade. Depois de analisarmos cuidadosamente o seu percurso, lamentamos informar que não foi selecionado(a) para a próxima fase do processo. Esta decisão não põe em causa o valor da sua experiência.

Podemos manter o seu CV na nossa base de dados durante 12 meses, para futuras oportunidades? Se concordar, basta responder a recrutamento@ribeiracomunicacao.example com «Sim».

Obrigado mais uma vez e boa sorte,
Equipa de Recrutamento
Ribeira Comunicação""",
     legal=["Nos termos do RGPD, os seus dados pessoais são tratados pela Ribeira Comunicação, Lda. apenas para fins de recrutamento."],
     exp=("recrutamento@ribeiracomunicacao.example", "", "Ribeira Comunicação", "Assessor(a) de Imprensa"),
     notes="verdict after long company boilerplate; retention question; reply_to from body"),

dict(L, slug="pt-br-museu-fechando-outra-pessoa", day="2026-11-09", label="rejection", cat="personal-after-interview", country="BR", style="personal",
     frm="Bruna Tavares <bruna.tavares@museudosom.example>",
     subject="Re: Entrevista - Coordenação de Comunicação",
     parent=True, parent_domain="example.org", client_html=True,
     text="""Oi Sam, tudo bem?

Desculpa a demora pra te dar um retorno, a semana foi uma loucura com a abertura da exposição do Cartola.

Então, vou ser direta: a gente acabou fechando com outra pessoa pra Coordenação de Comunicação. A decisão foi super apertada, você e ela chegaram empatados na reta final, e o que pesou foi que ela já trabalhou com a Secretaria de Cultura e conhece bem os editais da Lei Rouanet.

Adorei nossa conversa de verdade e queria muito manter contato. Posso te indicar pra uma amiga que está montando a equipe do Museu do Som Carioca em Niterói?

Beijo e boa sorte!
Bruna

Bruna Tavares
Gerente de Pessoas | Museu do Som Carioca
(21) 90000-4412

Em qua., 4 de nov. de 2026 às 17:30, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Bruna! Obrigado pela conversa de hoje, foi ótimo conhecer o time.
> Abraço, Sam""",
     exp=("bruna.tavares@museudosom.example", "Bruna", "Museu do Som Carioca", "Coordenação de Comunicação"),
     notes="casual; softened; Gmail quote"),

dict(L, slug="pt-alfama-carta-longa", label="rejection", cat="personal-after-interview", country="PT", style="personal",
     frm="Rui Sequeira <rui.sequeira@edicoesalfama.example>",
     subject="Editor(a) de Comunicação – Edições Alfama Nova",
     text="""Caro Sam,

Espero que esteja bem.

Quero, antes de mais, agradecer-lhe a disponibilidade para as duas conversas das últimas semanas e o trabalho que teve com o exercício do plano de lançamento para o romance da Inês Amaral. Partilhei-o com a direção editorial e com a equipa de livreiros, e várias das suas sugestões (a parceria com as livrarias independentes do Norte, a série de conversas em podcast) vão ser discutidas na próxima reunião de planeamento.

Foi, por isso, uma decisão difícil. Acabámos por optar por outro candidato para a posição de Editor(a) de Comunicação, sobretudo pela experiência que tem com a imprensa literária portuguesa e os prémios do setor, que neste momento é uma prioridade para nós.

Sei que esta não é a notícia que esperava. Se estiver de acordo, gostaria de guardar o seu contacto: temos projetos internacionais para 2027 em que o seu perfil faria todo o sentido, e terei todo o gosto em falar consigo quando avançarem.

Com os melhores cumprimentos,

Rui Sequeira
Diretor Editorial
Edições Alfama Nova
Rua dos Remédios, 00 – 1100-000 Lisboa
+351 21 000 0387""",
     exp=("rui.sequeira@edicoesalfama.example", "Rui", "Edições Alfama Nova", "Editor(a) de Comunicação"),
     notes="long formal letter; verdict in the middle"),

dict(L, slug="pt-br-agencia-vaga-preenchida-curto", day="2026-11-11", label="rejection", cat="terse", country="BR", style="personal",
     frm="Thiago Nunes <thiago@pontetalentos.example>",
     subject="Re: Vaga Analista de Eventos - Festival Olhar Animado",
     parent=True, parent_domain="example.org",
     text="""Sam, boa tarde! A vaga foi preenchida semana passada, o cliente fechou com outro candidato. Te aviso se abrir algo parecido. Abs

Thiago Nunes | Ponte Talentos | (81) 90000-2217

________________________________
De: Sam Taylor <sam.taylor@example.org>
Enviado: segunda-feira, 9 de novembro de 2026 10:40
Para: Thiago Nunes <thiago@pontetalentos.example>
Assunto: Vaga Analista de Eventos - Festival Olhar Animado

Oi Thiago, tudo bem? Alguma novidade sobre o processo do Festival Olhar Animado? Obrigado!""",
     exp=("thiago@pontetalentos.example", "Thiago", "Festival Olhar Animado", "Analista de Eventos"),
     notes="agency; terse reply above owner's chaser; Outlook mobile quote"),

dict(L, slug="pt-fundacao-atlantica-bilingue", label="rejection", cat="personal-after-interview", country="PT", style="personal",
     frm="Joana Meireles <joana.meireles@fundacaoatlantica.example>",
     reply_to="Joana Meireles <joana.meireles@fundacaoatlantica.example>",
     subject="Communications Officer – decisão / decision",
     text="""Caro Sam,

Obrigada pelo tempo que dedicou ao nosso processo para Communications Officer na Fundação Atlântica para as Artes. Depois de muita reflexão, decidimos não prosseguir com a sua candidatura; escolhemos uma candidata com experiência direta em programas europeus de mobilidade artística.

(As our board is international, I include an English version below.)

Dear Sam,

Thank you for the time you gave to our process for the Communications Officer role. After much reflection we have decided not to move forward with your application; we chose a candidate with direct experience in European artist-mobility programmes.

Com os melhores cumprimentos / Kind regards,
Joana Meireles
Recursos Humanos | Fundação Atlântica para as Artes
+351 22 000 6610""",
     exp=("joana.meireles@fundacaoatlantica.example", "Joana", "Fundação Atlântica para as Artes", "Communications Officer"),
     notes="bilingual pt+en letter"),

# ---------------------------------------------------------------- hard negatives
dict(L, slug="pt-br-gupy-teste-redacao", label="other", cat="assessment", country="BR", style="ats",
     vendor="gupy", brand="Grupo Jornal do Planalto",
     frm="Grupo Jornal do Planalto <naoresponda@gupy.example>",
     subject="Você avançou! Próxima etapa: teste de redação",
     text="""Olá, Sam!

Parabéns! Sua candidatura para Editor(a) de Newsletter avançou para a etapa de teste de redação. Infelizmente nem todas as pessoas seguiram no processo, mas você está entre as selecionadas.

O teste tem duração de 60 minutos e fica disponível até sexta-feira, 23h59.

[[Fazer o teste]]

Time de Recrutamento
Grupo Jornal do Planalto""",
     notes="progress notice with 'infelizmente nem todas'"),

dict(L, slug="pt-teamtailor-rececao-informaremos", label="other", cat="ack-received", country="PT", style="ats",
     vendor="teamtailor", brand="Teatro Municipal do Bonfim",
     frm="Teatro Municipal do Bonfim <notifications@mail.teamtailor.com>",
     subject="Recebemos a sua candidatura!",
     text="""Olá Sam,

Obrigado pela sua candidatura para Técnico(a) de Comunicação e Públicos. Vamos analisá-la com atenção nas próximas semanas.

Quer seja selecionado(a) ou não, iremos informá-lo(a) por e-mail. Caso a sua candidatura não avance, os seus dados serão eliminados ao fim de seis meses, salvo indicação em contrário.

Até breve,
Equipa do Teatro Municipal do Bonfim""",
     notes="acknowledgement hedging both outcomes"),

dict(L, slug="pt-bolsa-criacao-nao-aprovada", label="other", cat="non-job-rejection", country="PT", style="ats",
     vendor="inhouse", brand="Fundo Cultural Atlântico", headers=BULK,
     frm="Balcão Artes <balcao@artes-ficcional.example>",
     subject="Resultados – Bolsas de Criação Literária 2026",
     text="""Exmo.(a) Sr.(a) Sam Taylor,

Informamos que o júri concluiu a avaliação das candidaturas às Bolsas de Criação Literária 2026.

Lamentamos comunicar que a sua candidatura não foi aprovada, por não ter atingido a pontuação mínima exigida no critério de relevância do projeto.

{table}

Pode pronunciar-se em sede de audiência de interessados no prazo de 10 dias úteis.""",
     table=[("Candidatura", "BCL-26-0912"), ("Pontuação", "58/100"), ("Resultado", "Não aprovada")],
     notes="grant refused"),

dict(L, slug="pt-br-linkedin-vaga-salva-encerrada", label="other", cat="job-alert", country="BR", style="ats",
     vendor="linkedin", brand="LinkedIn", h2t=True,
     frm="LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
     subject="Sam, 9 novas vagas para Comunicação em São Paulo",
     text="""Novas vagas que combinam com seu alerta «Coordenador de Comunicação»:

- Coordenador(a) de Comunicação — Pinacoteca Ficcional (São Paulo)
- Gerente de Eventos — Fundação Cultural Ipê (São Paulo, híbrido)
- Analista de Imprensa — Editora Guarani (remoto)

Atualização sobre uma vaga que você salvou: Produtor(a) Cultural na Casa das Rosas Ficcional não está mais aceitando candidaturas.

[[Ver todas as vagas]]""",
     notes="job alert; a SAVED (not applied) job closed"),

dict(L, slug="pt-br-recrutadora-vaga-antiga-novas", label="other", cat="recruiter-outreach", country="BR", style="personal",
     frm="Camila Rocha <camila.rocha@huntcultura.example>",
     subject="Oi Sam! Novas posições em comunicação",
     text="""Oi Sam, tudo bem?

Lembra que conversamos em julho sobre a Coordenação de Conteúdo na produtora de documentários? Aquela vaga foi preenchida em agosto (o cliente acabou promovendo alguém de dentro), mas surgiram duas posições novas que têm muito a ver com você:

- Head de Comunicação numa fundação de arte contemporânea (SP)
- Gerente de Marca e Eventos num festival de música (BH)

Topa um papo rápido essa semana?

Bjs,
Camila Rocha
Hunt Cultura | Headhunting
(11) 90000-8865""",
     notes="old role filled + new roles pitched"),

dict(L, slug="pt-resposta-seguimento-atraso", day="2026-11-19", label="other", cat="answer-to-owner-question", country="PT", style="personal",
     frm="Filipa Correia <filipa.correia@rtpnorte-ficcional.example>",
     subject="RE: Gestor(a) de Redes Sociais – ponto de situação",
     parent=True, parent_domain="example.org",
     text="""Olá Sam,

Não, ainda não escolhemos ninguém. O processo atrasou porque a nova diretora só entrou esta semana e quer conhecer os dois finalistas, o Sam incluído. Conto dar-lhe notícias até dia 4 de dezembro.

Obrigada pela paciência,
Filipa Correia
Recursos Humanos

De: Sam Taylor <sam.taylor@example.org>
Enviada: 18 de novembro de 2026 09:12
Assunto: Gestor(a) de Redes Sociais – ponto de situação

Bom dia Filipa, gostaria de saber se já há uma decisão ou se avançaram com outro candidato. Obrigado, Sam""",
     notes="answer to owner's chaser: decision delayed, still a finalist"),

dict(L, slug="pt-br-sam-recusa-candidato", label="other", cat="owner-sent", country="BR", style="personal",
     frm="Sam Taylor <sam.taylor@example.org>",
     to="Rafael Lima <rafael.lima@mail.example>",
     subject="Sua candidatura – Redator(a) Sênior | Calder Street Media",
     text="""Olá Rafael,

Obrigado pelo tempo que você dedicou às entrevistas para Redator(a) Sênior na Calder Street Media.

Infelizmente decidimos não seguir com a sua candidatura: escolhemos uma pessoa com mais experiência em conteúdo de áudio. Gostei muito do seu portfólio e adoraria manter contato para futuras vagas.

Um abraço,
Sam Taylor
Calder Street Media""",
     notes="owner's own sent rejection to a candidate"),

dict(L, slug="pt-proposta-condicional", label="other", cat="offer", country="PT", style="personal",
     frm="Miguel Antunes <miguel.antunes@festivalmares.example>",
     subject="Proposta – Coordenador(a) de Comunicação do Festival Marés",
     attach=[("Proposta_Festival_Mares.pdf", "application/pdf", "%PDF-1.4\n% condicoes\n%%EOF\n")],
     text="""Olá Sam,

Temos o prazer de lhe apresentar uma proposta para a função de Coordenador(a) de Comunicação do Festival Marés, com início a 1 de março.

A proposta está condicionada à confirmação do apoio da Câmara Municipal, prevista para 15 de janeiro. Caso esse apoio não seja confirmado, poderemos ter de rever ou retirar a proposta, mas não contamos com isso.

Envio em anexo as condições. Diga-nos algo até ao fim da próxima semana.

Um abraço,
Miguel Antunes
Diretor Executivo – Festival Marés""",
     notes="conditional offer mentioning possible withdrawal"),
]
