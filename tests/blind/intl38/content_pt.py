"""Portuguese messages (Portugal, Brazil, Mozambique): 8 rejections, 8 hard negatives."""

AUTO = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"}
BULK = dict(AUTO, Precedence="bulk")

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS / relays
    dict(slug="pt-gupy-farmavida-compras", label="rejection", cat="keep-on-file", style="ats", lang="pt",
         country="BR", vendor="gupy", brand="Rede Farmavida",
         frm="Rede Farmavida <naoresponda@gupy.example>", headers=AUTO,
         subject="Atualização do processo seletivo - Analista de Compras Jr",
         text="""Olá, Sam! Tudo bem?

Queremos agradecer sua participação no processo seletivo para a vaga de Analista de Compras Jr na Rede Farmavida. Sabemos o quanto cada etapa exige dedicação e ficamos muito felizes com o seu interesse em fazer parte do nosso time.

Neste momento, optamos por seguir com outros candidatos cujo perfil está mais aderente aos requisitos da vaga. Mas calma: seu currículo continuará no nosso banco de talentos, e você poderá ser considerado(a) para futuras oportunidades.

Continue acompanhando nossas vagas na nossa [[página de carreiras]].

Um abraço,
Time de Gente & Cultura | Rede Farmavida""",
         about="A Rede Farmavida tem mais de 420 farmácias em 6 estados e foi eleita uma das Melhores Empresas para Trabalhar no Varejo 2026.",
         exp=("", "", "Rede Farmavida", "Analista de Compras Jr"),
         notes="most ordinary Gupy template; talent bank mention"),

    dict(slug="pt-catho-logistica-encerrado", label="rejection", cat="job-board-relay", style="ats", lang="pt",
         country="BR", vendor="catho", brand="Catho", h2t=True,
         frm="Catho <candidaturas@catho-mail.example>", headers=BULK,
         subject="Sua candidatura para Assistente de Logística foi atualizada",
         text="""Olá Sam,

A empresa Transportadora Vale Verde atualizou o status da sua candidatura.

{table}

O processo seletivo foi encerrado e seu currículo não seguiu para as próximas etapas. Que tal conferir outras vagas que combinam com você?

[[Assistente de Expedição – Campinas]]
[[Auxiliar de Logística – Jundiaí]]
[[Analista de Transportes Jr – Sumaré]]

Boa sorte na sua busca!
Equipe Catho""",
         table=[("Vaga", "Assistente de Logística"), ("Empresa", "Transportadora Vale Verde"),
                ("Cidade", "Campinas - SP"), ("Status", "Processo encerrado")],
         exp=("", "", "Transportadora Vale Verde", "Assistente de Logística"),
         notes="job-board relay; h2t with link list; 'processo encerrado' + 'não seguiu'"),

    dict(slug="pt-netempregos-clinica-preenchida", label="rejection", cat="job-board-relay", style="ats", lang="pt",
         country="PT", vendor="netempregos", brand="Net-Empregos",
         frm="Net-Empregos <mensagens@net-empregos.example>",
         reply_to="Clínica Sorriso Atlântico <rh@sorrisoatlantico.example>", headers=AUTO,
         subject="Resposta à sua candidatura: Rececionista / Administrativa(o) - Matosinhos",
         text="""Mensagem da entidade Clínica Dentária Sorriso Atlântico relativa ao anúncio "Rececionista / Administrativa(o) - Matosinhos":

Exmo.(a) Sr.(a) Sam Taylor,

Agradecemos o envio da sua candidatura. Informamos que a vaga já foi preenchida, pelo que não daremos seguimento ao processo. Guardaremos o seu CV para futuras oportunidades, caso concorde.

Com os melhores cumprimentos,
Departamento de Recursos Humanos
Clínica Dentária Sorriso Atlântico""",
         exp=("rh@sorrisoatlantico.example", "", "Clínica Dentária Sorriso Atlântico", "Rececionista / Administrativa(o)"),
         notes="job-board relay of the employer's message; Reply-To the clinic; vacancy filled"),

    dict(slug="pt-smartrecruiters-hospital-faturacao", label="rejection", cat="ats-automated", style="ats",
         lang="pt", country="PT", vendor="smartrecruiters", brand="Hospital Privado da Foz", h2t=True,
         frm="Hospital Privado da Foz <noreply@smartrecruiters.example>", headers=AUTO,
         footer=["This is an automated message. Please do not reply to this email.",
                 "Hospital Privado da Foz, S.A. processes your personal data in accordance with the GDPR. Privacy notice: {privacy}",
                 "Powered by SmartRecruiters – Hiring Success | Preferences: {unsub}"],
         subject="Hospital Privado da Foz: a sua candidatura",
         text="""Caro(a) Sam,

Muito obrigado pelo interesse demonstrado no Hospital Privado da Foz e pela candidatura à função de Técnico(a) Administrativo(a) de Faturação.

Após análise cuidada de todas as candidaturas recebidas, lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento.

Esta decisão não reflete uma avaliação negativa das suas competências, mas sim a adequação dos perfis às necessidades específicas da função neste momento.

Desejamos-lhe as maiores felicidades profissionais.

Direção de Recursos Humanos
Hospital Privado da Foz""",
         exp=("", "", "Hospital Privado da Foz", "Técnico(a) Administrativo(a) de Faturação"),
         notes="Portuguese letter, English vendor footer; h2t; ordinary wording"),

    # ------------------------------------------------------------------ rejections, personal
    dict(slug="pt-mz-ong-vaga-suspensa", day="2026-10-19", label="rejection", cat="role-cancelled", style="personal", lang="pt",
         country="MZ",
         frm="Ilídio Macuácua <recrutamento@horizonte-mz.example>",
         subject="Vaga de Oficial de Logística (Ref. AHM/LOG/09) / Logistics Officer vacancy",
         text="""Caro Sam Taylor,

Em nome da Associação Horizonte Moçambique, agradecemos a sua candidatura e a sua participação na entrevista de 29 de Setembro para a vaga de Oficial de Logística (Ref. AHM/LOG/09), baseada em Maputo com deslocações frequentes a Nampula.

Como é do seu conhecimento, o posto estava associado ao novo projecto de distribuição de medicamentos financiado por um doador europeu. Fomos informados na semana passada que o financiamento foi adiado para o segundo semestre de 2027. Assim, lamentamos informar que a vaga foi suspensa e o processo de recrutamento foi encerrado sem nomeação. Caso o projecto seja retomado, a vaga será novamente publicada e teremos todo o gosto em receber a sua candidatura.

Agradecemos mais uma vez o seu interesse.

Com os melhores cumprimentos,

Ilídio Macuácua
Oficial de Recursos Humanos
Associação Horizonte Moçambique
Av. Julius Nyerere 1120, Maputo
Tel. +258 21 000 455 / +258 84 000 7712

---
English version (for our international partners): Dear Sam, thank you for applying for the Logistics Officer position. Due to a postponement of donor funding, the vacancy has been suspended and the recruitment process closed without appointment.""",
         exp=("recrutamento@horizonte-mz.example", "Ilídio", "Associação Horizonte Moçambique", "Oficial de Logística"),
         notes="Mozambican Portuguese (pre-reform spelling 'projecto'); role suspended for funding; English version below"),

    dict(slug="pt-conectarh-executivo-vendas", day="2026-11-04", label="rejection", cat="agency-recruiter", style="personal",
         lang="pt", country="BR", client_html=True,
         frm="Camila Nogueira <camila.nogueira@conectarh.example>",
         subject="Retorno - Executivo de Vendas | Sistemas Alvorada",
         text="""Oi Sam, tudo bem?

Consegui falar hoje com o gestor da Sistemas Alvorada sobre a sua entrevista. Ele gostou bastante da conversa e elogiou sua organização e a forma como você apresentou seus resultados, mas achou que o Sam ainda não tem a vivência em vendas consultivas de software para indústria que eles precisam para a vaga de Executivo de Vendas neste momento. Por isso eles vão seguir com outro candidato.

Sei que é chato receber esse retorno depois de três etapas, mas quis te dar um feedback completo. Vou manter seu perfil na nossa base e te aviso assim que surgir algo com o seu perfil, ok?

Abraço,
Camila Nogueira
Consultora de Recrutamento | Conecta RH
(11) 9 0000-4471
conectarh.example""",
         exp=("camila.nogueira@conectarh.example", "Camila", "Sistemas Alvorada", "Executivo de Vendas"),
         notes="agency relays client; manager speaks of Sam in the third person; Brazilian informal"),

    dict(slug="pt-startup-rh-interno-curto", label="rejection", cat="terse", style="personal", lang="pt",
         country="BR",
         frm="Larissa Pires <larissa@cestaboa.example>",
         subject="Vaga Assistente de RH",
         text="""Oi Sam, tudo bem? Passando pra avisar que a vaga de Assistente de RH foi preenchida internamente, uma pessoa do time de operações vai assumir. Obrigada pela paciência e boa sorte! Abs, Lari

--
Larissa Pires · Cesta Boa""",
         exp=("larissa@cestaboa.example", "Larissa", "Cesta Boa", "Assistente de RH"),
         notes="one message-style paragraph; filled internally; nickname signature"),

    dict(slug="pt-universidade-lista-ordenacao", day="2026-11-10", label="rejection", cat="personal-after-interview",
         style="personal", lang="pt", country="PT", parent=True, charset="windows-1252", cte="8bit",
         frm="Helena Carvalho <helena.carvalho@reitoria.umondego.example>",
         subject="RE: Procedimento concursal - Técnico Superior (Gabinete de Relações Internacionais)",
         text="""Caro Sam Taylor,

Em resposta ao seu email, informo que a lista de ordenação final do procedimento concursal para Técnico Superior (Gabinete de Relações Internacionais) foi homologada pelo Senhor Reitor no dia 6 e publicada no site da Universidade do Mondego.

O candidato ordenado em 1.º lugar aceitou o posto de trabalho e o procedimento ficou concluído. O Sam ficou ordenado em 4.º lugar, pelo que não haverá lugar a contratação ao abrigo deste procedimento. A lista tem validade de 18 meses, mas não está prevista, para já, a abertura de novos postos.

Com os melhores cumprimentos,

Helena Carvalho
Divisão de Recursos Humanos
Universidade do Mondego
Tel. 239 000 118

-----Original Message-----
From: Sam Taylor <sam.taylor@example.org>
Sent: 9 de novembro de 2026 10:20
To: Helena Carvalho <helena.carvalho@reitoria.umondego.example>
Subject: Procedimento concursal - Técnico Superior (Gabinete de Relações Internacionais)

Boa tarde, gostaria de saber se já existe decisão sobre o procedimento. Obrigado, Sam Taylor""",
         exp=("helena.carvalho@reitoria.umondego.example", "Helena", "Universidade do Mondego", "Técnico Superior (Gabinete de Relações Internacionais)"),
         notes="public-sector ranking list: placed 4th, first candidate accepted; reply above Sam's question; windows-1252"),

    # ------------------------------------------------------------------ hard negatives, ATS
    dict(slug="pt-gupy-teste-perfil", day="2026-11-09", label="other", cat="assessment-invite", style="ats", lang="pt",
         country="BR", vendor="gupy", brand="Rede Farmavida",
         frm="Rede Farmavida <naoresponda@gupy.example>", headers=AUTO,
         subject="Você avançou para a próxima etapa! - Supervisor(a) de Loja",
         text="""Olá, Sam!

Boa notícia: você avançou para a etapa de Teste de Perfil Comportamental no processo seletivo para Supervisor(a) de Loja na Rede Farmavida.

O teste leva cerca de 20 minutos e não tem respostas certas ou erradas. Atenção ao prazo: candidatos que não concluírem a etapa até 12/11 às 23h59 serão automaticamente desclassificados do processo.

Boa sorte!
Time de Gente & Cultura | Rede Farmavida""",
         button="Fazer o teste",
         notes="same Gupy employer as a rejection; next step with conditional disqualification"),

    dict(slug="pt-vagas-alerta-rh", label="other", cat="job-alert", style="ats", lang="pt", country="BR",
         vendor="vagas", brand="Vagas.com", h2t=True, frm="VAGAS.com <alertas@vagas-mail.example>", headers=BULK,
         subject="12 novas vagas de Recursos Humanos em São Paulo",
         text="""Olá Sam, encontramos vagas que combinam com o seu perfil:

[[Analista de Departamento Pessoal Pl]] – Grupo Hospitalar Bandeirantes – São Paulo

[[Assistente de RH]] – Metalúrgica Ipiranga – Diadema

[[Analista de Recrutamento e Seleção]] – Colégio Monte Azul – São Paulo

[[Business Partner de RH]] – Cesta Boa – São Paulo (híbrido)

[[Assistente Administrativo]] – Prefeitura Municipal de Cotia (processo seletivo simplificado)

Vagas com mais de 30 dias podem já ter sido preenchidas.""",
         button="Ver todas as vagas",
         notes="job alert; lists a startup that rejected Sam; 'podem já ter sido preenchidas' boilerplate"),

    dict(slug="pt-linkedin-candidatura-vista", label="other", cat="status-update", style="ats", lang="pt",
         country="PT", vendor="linkedin", brand="LinkedIn",
         frm="LinkedIn <jobs-noreply@linkedin.example>", headers=AUTO,
         subject="A sua candidatura foi vista por Hospital Privado da Foz",
         text="""Sam, a sua candidatura foi vista

Hospital Privado da Foz viu a sua candidatura para Gestor(a) de Compras Hospitalares.

{table}

O que acontece a seguir? A empresa está a analisar as candidaturas. Se não for selecionado(a), poderá receber uma notificação. Entretanto, veja vagas semelhantes.

[[Ver candidatura]]""",
         table=[("Vaga", "Gestor(a) de Compras Hospitalares"), ("Local", "Porto"), ("Candidatura", "Vista há 2 dias")],
         notes="LinkedIn 'application viewed' at the same hospital as a rejection; conditional 'se não for selecionado'"),

    dict(slug="pt-banco-cartao-nao-aprovado", label="other", cat="non-job-rejection", style="ats", lang="pt",
         country="BR", vendor="bank", brand="Banco Ipê", frm="Banco Ipê <comunicados@bancoipe.example>",
         headers=AUTO, subject="Sobre sua solicitação de cartão Ipê Platinum",
         text="""Olá, Sam.

Agradecemos seu interesse no cartão Ipê Platinum.

Após a análise do seu cadastro, informamos que, infelizmente, sua solicitação não foi aprovada neste momento. Essa decisão considera critérios internos de crédito e não impede uma nova solicitação após 90 dias.

Enquanto isso, que tal conhecer o cartão Ipê Essencial, sem anuidade?

[[Conhecer o Ipê Essencial]]

Atenciosamente,
Banco Ipê""",
         notes="credit-card application refused"),

    # ------------------------------------------------------------------ hard negatives, personal
    dict(slug="pt-mz-oferta-sem-relocacao", day="2026-11-16", label="other", cat="offer", style="personal", lang="pt", country="MZ",
         frm="Nélia Cossa <nelia.cossa@portobeira-logistica.example>",
         subject="Proposta de emprego - Coordenador de Aprovisionamento",
         text="""Caro Sam,

Na sequência das entrevistas, temos o prazer de lhe apresentar a nossa proposta para a função de Coordenador de Aprovisionamento na Porto Beira Logística, com início a 4 de Janeiro de 2027.

Infelizmente não nos será possível assumir os custos de relocação para a Beira, conforme solicitado, mas incluímos um subsídio de habitação durante os primeiros seis meses. Os restantes termos constam do documento em anexo.

Agradecemos a sua resposta até ao dia 25 do corrente mês.

Com os melhores cumprimentos,
Nélia Cossa
Directora de Recursos Humanos
Porto Beira Logística, S.A.
+258 23 000 610""",
         attach=[("Proposta_Sam_Taylor.txt", "text/plain",
                  "Proposta - Coordenador de Aprovisionamento - inicio 04/01/2027 - subsidio de habitacao 6 meses\n")],
         notes="offer carrying a refusal about relocation costs"),

    dict(slug="pt-recrutadora-responde-agradecimento", day="2026-11-06", label="other", cat="reply-to-owner-followup",
         style="personal", lang="pt", country="BR", client_html=True, parent=True,
         frm="Camila Nogueira <camila.nogueira@conectarh.example>",
         subject="Re: Retorno - Executivo de Vendas | Sistemas Alvorada",
         text="""Imagina, Sam! Eu que agradeço pela postura, de verdade. Vamos manter contato sim, já deixei uma nota no seu perfil aqui na Conecta pra te chamar primeiro nas vagas de vendas B2B.

Abraço!
Camila

Em qui., 5 de nov. de 2026 às 16:22, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Camila, obrigado pelo retorno tão completo. Claro que fiquei chateado,
> mas entendo. Se surgir algo parecido, conta comigo!
> Abraço, Sam
>
> Em qua., 4 de nov. de 2026 às 18:05, Camila Nogueira escreveu:
>> Oi Sam, tudo bem? Consegui falar hoje com o gestor da Sistemas Alvorada
>> ... Por isso eles vão seguir com outro candidato.""",
         notes="recruiter answers Sam's reply to a rejection; the no is only in the quote"),

    dict(slug="pt-colega-recusa-enviada", label="other", cat="owner-hiring", style="personal", lang="pt",
         country="PT",
         frm="Tiago Ramos <tiago.ramos@example.org>",
         subject="Assistente Comercial Lisboa - recusas enviadas",
         text="""Olá Sam,

Só para fechar o tema: já enviei a recusa à Joana Reis e ao Pedro Lima para Assistente Comercial (Lisboa), com o texto que aprovaste. A Joana respondeu a pedir feedback; queres tu responder ou respondo eu?

A Inês aceitou a proposta e começa a 4 de janeiro.

Abraço,
Tiago

Tiago Ramos
Talent & People · Calder Street Media Lisboa""",
         notes="colleague at example.org about candidates Sam's team rejected"),

    dict(slug="pt-amiga-reencaminha-recusa", day="2026-11-11", label="other", cat="forwarded", style="personal", lang="pt",
         country="PT",
         frm="Marta Sousa <martasousa@correio.example>",
         subject="Fwd: A sua candidatura - Enfermeira Gestora",
         text="""Sam, olha o que recebi hoje :( depois de três entrevistas! Podemos almoçar amanhã? Preciso de desabafar e de ajuda com a carta de resposta.

Beijinhos,
Marta

---------- Forwarded message ---------
De: Recrutamento Hospital Santa Luzia <recrutamento@hsluzia.example>
Date: quarta, 11/11/2026, 17:44
Subject: A sua candidatura - Enfermeira Gestora
To: Marta Sousa <martasousa@correio.example>

Cara Marta Sousa,

Agradecemos a sua participação no processo de recrutamento para Enfermeira Gestora. Lamentamos informar que a sua candidatura não foi selecionada.

Com os melhores cumprimentos,
Recrutamento Hospital Santa Luzia""",
         notes="a friend forwards her own rejection"),
]
