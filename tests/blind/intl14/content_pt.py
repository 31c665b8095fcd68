"""Portuguese messages (Portugal, Brazil): 8 rejections, 8 hard negatives."""

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    {
        "slug": "pt-gupy-cerrado-analista", "lang": "pt", "region": "BR", "style": "ats", "label": "rejection",
        "cat": "keep-on-file", "vendor": "gupy", "brand": "Cerrado Alimentos", "plain": "h2t",
        "exp": ("", "", "Cerrado Alimentos", "Analista de Marketing Sênior"),
        "notes": "gupy; the most ordinary Brazilian wording 'optamos por seguir com outros candidatos'; CV kept in 'banco de talentos'; LGPD footer",
        "frm": "Cerrado Alimentos via Gupy <nao-responda@gupy.io>",
        "subject": "Atualização sobre o processo seletivo – Analista de Marketing Sênior",
        "headers": {"Auto-Submitted": "auto-generated"},
        "preheader": "Obrigado por participar do nosso processo seletivo",
        "text": """Olá, Sam!

Agradecemos o seu interesse em fazer parte do time Cerrado Alimentos e o tempo dedicado ao nosso processo seletivo para a vaga de Analista de Marketing Sênior.

Após uma análise cuidadosa, informamos que, neste momento, optamos por seguir com outros candidatos cujo perfil está mais aderente aos requisitos da vaga.

Sabemos o quanto cada processo é importante e queremos que você saiba que seu currículo continuará em nosso banco de talentos para futuras oportunidades.

Desejamos sucesso na sua jornada!

Um abraço,
Time de Gente & Gestão | Cerrado Alimentos""",
    },
    {
        "slug": "pt-vagas-nao-selecionado-sabia", "lang": "pt", "region": "BR", "style": "ats", "label": "rejection",
        "cat": "job-board-relay", "vendor": "vagas", "brand": "VAGAS.com.br", "plain": "h2t-refs",
        "exp": ("", "", "Rede Sabiá Farmácias", "Coordenador(a) de Marketing Digital"),
        "notes": "job-board relay 'Processo seletivo encerrado', 'Situação: Não selecionado(a)', similar jobs below; bulk headers",
        "frm": "VAGAS.com.br <nao-responda@vagas.com.br>",
        "subject": "Processo seletivo encerrado: Coordenador(a) de Marketing Digital",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "text": """Olá, Sam Taylor

A empresa Rede Sabiá Farmácias encerrou a etapa de seleção para a vaga abaixo e você não foi selecionado(a) para seguir no processo.

{table}

Não desanime! Confira vagas parecidas com o seu perfil:

{jobs}

{button}""",
        "table": [("Vaga", "Coordenador(a) de Marketing Digital"), ("Empresa", "Rede Sabiá Farmácias"),
                  ("Local", "Belo Horizonte - MG"), ("Situação", "Não selecionado(a)")],
        "jobs": [("Coordenador(a) de Marketing", "Laticínios Serra Azul", "Juiz de Fora - MG", "Publicada hoje"),
                 ("Especialista em Marketing Digital", "Grupo Ouro Preto Saúde", "Belo Horizonte - MG", "Híbrido · 2 dias atrás"),
                 ("Gerente de Growth", "Pão de Queijo Co.", "Remoto", "Nova")],
        "button": "Ver mais vagas",
    },
    {
        "slug": "pt-teamtailor-atlantida-produto", "lang": "pt", "region": "PT", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "teamtailor", "brand": "Conservas Atlântida", "plain": "clean",
        "exp": ("", "Rita", "Conservas Atlântida", "Gestor(a) de Produto Digital"),
        "notes": "teamtailor, European Portuguese 'não iremos avançar com a sua candidatura nesta fase'; RGPD consent to keep data",
        "frm": "Rita Almeida (Conservas Atlântida) <no-reply@mail.teamtailor.com>",
        "subject": "A sua candidatura – Gestor(a) de Produto Digital",
        "text": """Olá Sam,

Obrigado pela sua candidatura à função de Gestor(a) de Produto Digital na Conservas Atlântida e pelo interesse que demonstrou no nosso projeto.

Analisámos com atenção o seu perfil. Infelizmente, não iremos avançar com a sua candidatura nesta fase, uma vez que procuramos alguém com experiência mais direta em produtos de e-commerce alimentar.

Gostaríamos de manter os seus dados na nossa base de recrutamento durante 24 meses, para o podermos contactar caso surja uma oportunidade adequada. Se concordar, basta [[dar o seu consentimento aqui]]. Caso contrário, os seus dados serão eliminados no prazo de 30 dias, nos termos do RGPD.

Votos de sucesso,
Rita Almeida
Talent Acquisition | Conservas Atlântida""",
    },
    {
        "slug": "pt-successfactors-lusitania-cancelado", "lang": "pt", "region": "PT", "style": "ats", "label": "rejection",
        "cat": "role-cancelled", "vendor": "successfactors", "brand": "Lusitânia Energia", "plain": "h2t",
        "exp": ("", "", "Lusitânia Energia", "Marketing Lead"),
        "notes": "recruitment process cancelled after a restructuring ('o processo ... foi cancelado'); formal PT-PT",
        "frm": "Lusitânia Energia Recrutamento <noreply@successfactors.eu>",
        "subject": "Processo de recrutamento – Marketing Lead (Ref. 5521)",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Caro(a) Sam Taylor,

Agradecemos o interesse manifestado na Lusitânia Energia e a sua participação no processo de recrutamento para a função de Marketing Lead (Ref. 5521).

Vimos por este meio informar que, na sequência de uma revisão da estrutura organizacional da Direção de Marketing, o processo de recrutamento para esta função foi cancelado, não estando prevista a sua reabertura a curto prazo.

Lamentamos qualquer incómodo que esta decisão possa causar e agradecemos a disponibilidade demonstrada ao longo das entrevistas.

Com os melhores cumprimentos,
Direção de Pessoas e Cultura
Lusitânia Energia, S.A.""",
    },
    # ------------------------------------------------------------------ rejections, personal
    {
        "slug": "pt-personal-br-ipebranco-growth", "lang": "pt", "region": "BR", "style": "personal", "label": "rejection",
        "cat": "personal-after-interview", "client_html": "gmail",
        "exp": ("juliana.andrade@ipebranco.example", "Juliana", "Ipê Branco Cosméticos", "Gerente de Growth"),
        "notes": "warm Brazilian recruiter 'a gestora optou por seguir com outra pessoa'; WhatsApp in signature",
        "frm": "Juliana Andrade <juliana.andrade@ipebranco.example>",
        "subject": "Retorno processo Gerente de Growth",
        "text": """Oi Sam, tudo bem?

Queria te dar um retorno sobre o processo de Gerente de Growth aqui na Ipê Branco. Antes de tudo, obrigada pela conversa com a Renata e com o time de produto, todo mundo comentou como o papo foi bom.

Infelizmente a gestora optou por seguir com outra pessoa, que já tinha experiência com marketplace e com varejo farmacêutico, que é um ponto muito forte pra gente nesse momento.

Sei que não é a notícia que você esperava, mas fiz questão de te avisar pessoalmente. Se quiser um feedback mais detalhado, é só me chamar no WhatsApp que a gente marca uma call rápida.

Abraço e sucesso!

Juliana Andrade
Tech Recruiter | Ipê Branco Cosméticos
WhatsApp: +55 11 95555-0139""",
    },
    {
        "slug": "pt-personal-tejo-head-marketing", "lang": "pt", "region": "PT", "style": "personal", "label": "rejection",
        "cat": "personal-after-interview", "client_html": "outlook", "charset": "iso-8859-1",
        "exp": ("miguel.sarmento@tejodigital.example", "Miguel", "Tejo Digital", "Head of Marketing"),
        "notes": "CEO after three interviews and a case; verdict mid-letter 'decidimos avançar com outro candidato'; bilingual PT/EN disclaimer; ISO-8859-1",
        "frm": "Miguel Sarmento <miguel.sarmento@tejodigital.example>",
        "subject": "Processo Head of Marketing",
        "text": """Caro Sam,

Em primeiro lugar, quero agradecer-lhe a disponibilidade ao longo de todo este processo: foram três entrevistas e um caso prático, e sei bem o tempo e o empenho que isso exige.

Tivemos um conjunto de candidatos muito forte para a função de Head of Marketing e a decisão não foi fácil. Após uma última reunião com a administração, decidimos avançar com outro candidato, cuja experiência no mercado português e no setor B2B se alinha mais com a fase em que a Tejo Digital se encontra.

Gostei muito das ideias que apresentou para a marca, em particular sobre a comunidade de clientes, e não tenho dúvidas de que serão uma mais-valia onde quer que vá. Se fizer sentido, terei todo o gosto em manter o contacto.

Com os melhores cumprimentos,

Miguel Sarmento
CEO | Tejo Digital
Av. da Liberdade 110, 1250-146 Lisboa
+351 21 555 0128

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, por favor notifique o remetente e apague-a.
CONFIDENTIALITY NOTICE: This message and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.""",
    },
    {
        "slug": "pt-personal-br-hunting-fwd-cliente", "lang": "pt", "region": "BR", "style": "personal", "label": "rejection",
        "cat": "agency-recruiter", "client_html": "gmail", "day": "2026-11-20",
        "exp": ("rafael.costa@jacarandahunting.example", "Rafael", "Maracatu Bebidas", "Head de Marca"),
        "notes": "headhunter forwards the client's feedback about Sam (Gmail forward block); verdict in both the note and the forwarded mail",
        "frm": "Rafael Costa <rafael.costa@jacarandahunting.example>",
        "subject": "Fwd: Feedback candidato(a) Sam Taylor – Head de Marca",
        "text": """Oi Sam,

Segue abaixo o retorno que recebi do cliente. Infelizmente eles decidiram não seguir com você para a etapa final. Achei importante te mandar o feedback do jeito que veio, porque tem pontos bem positivos.

Qualquer dúvida, me liga.

Abs,
Rafael

Rafael Costa
Consultor Sênior | Jacarandá Hunting
+55 21 95555-0152

---------- Forwarded message ---------
De: Patrícia Lemos <patricia.lemos@maracatubebidas.example>
Date: qui., 19 de nov. de 2026 às 17:04
Subject: Feedback candidato(a) Sam Taylor – Head de Marca
To: Rafael Costa <rafael.costa@jacarandahunting.example>

Oi Rafa,

Obrigada pelos perfis. Sobre Sam: gostamos muito da visão estratégica e da experiência internacional, mas para Head de Marca vamos seguir com os dois candidatos que já conhecem o mercado de bebidas no Brasil. Não vamos avançar com Sam para a etapa final com a diretoria.

Pode agradecer em nosso nome, por favor?

Patrícia Lemos
Gerente de Pessoas | Maracatu Bebidas""",
    },
    {
        "slug": "pt-personal-terse-azulejaria-preenchida", "lang": "pt", "region": "PT", "style": "personal", "label": "rejection",
        "cat": "terse", "client_html": "outlook", "day": "2026-10-26", "parent": True,
        "exp": ("sofia.neves@azulejariaportuense.example", "Sofia", "Azulejaria Portuense", "Marketing Manager"),
        "notes": "one line 'A vaga já foi preenchida' above Sam's chaser (Outlook PT header block)",
        "frm": "Sofia Neves <sofia.neves@azulejariaportuense.example>",
        "subject": "RE: Candidatura Marketing Manager",
        "text": """Olá Sam,

A vaga já foi preenchida. Obrigada pelo interesse e boa sorte!

Sofia Neves
Recursos Humanos | Azulejaria Portuense

De: Sam Taylor <sam.taylor@example.org>
Enviada: quinta-feira, 22 de outubro de 2026 14:20
Para: Sofia Neves <sofia.neves@azulejariaportuense.example>
Assunto: Candidatura Marketing Manager

Boa tarde Sofia,

Candidatei-me há cerca de um mês à vaga de Marketing Manager na Azulejaria Portuense e gostaria de saber se o processo ainda está a decorrer.

Com os melhores cumprimentos,
Sam Taylor""",
    },
    # ------------------------------------------------------------------ hard negatives, ATS
    {
        "slug": "pt-gupy-proxima-etapa-jabuticaba", "lang": "pt", "region": "BR", "style": "ats", "label": "other",
        "cat": "next-round", "vendor": "gupy", "brand": "Banco Jabuticaba", "plain": "h2t",
        "notes": "gupy progress notice, same chrome as a gupy rejection; 'serão automaticamente reprovados' if the test is not done",
        "frm": "Banco Jabuticaba via Gupy <nao-responda@gupy.io>",
        "subject": "Você avançou para a próxima etapa!",
        "headers": {"Auto-Submitted": "auto-generated"},
        "preheader": "Confira os próximos passos do processo seletivo",
        "text": """Olá, Sam!

Temos uma ótima notícia: você foi aprovado(a) na etapa de Análise de Perfil do processo seletivo para a vaga de Especialista em Marketing de Produto no Banco Jabuticaba. 🎉

A próxima etapa é um teste de lógica e um case online. Você tem até 5 dias para concluir.

{button}

Importante: não deixe para a última hora! Candidatos que não concluírem a etapa dentro do prazo serão automaticamente reprovados no processo.

Boa sorte!
Time de Atração de Talentos | Banco Jabuticaba""",
        "button": "Acessar minha candidatura",
    },
    {
        "slug": "pt-teamtailor-rececao-ribafria", "lang": "pt", "region": "PT", "style": "ats", "label": "other",
        "cat": "ack-received", "vendor": "teamtailor", "brand": "Quinta da Ribafria", "plain": "clean",
        "notes": "acknowledgement: 'Caso não receba notícias ... considere que a sua candidatura não foi selecionada'",
        "frm": "Quinta da Ribafria <no-reply@mail.teamtailor.com>",
        "subject": "Recebemos a sua candidatura – Brand Manager",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """Olá Sam,

Obrigado pela sua candidatura à função de Brand Manager na Quinta da Ribafria! Confirmamos a receção do seu CV.

A nossa equipa irá analisar todas as candidaturas com atenção. Devido ao elevado número de candidaturas, apenas os candidatos pré-selecionados serão contactados. Caso não receba notícias nossas nas próximas quatro semanas, considere que a sua candidatura não foi selecionada para esta função.

Obrigado e boa sorte!
Equipa de Recrutamento | Quinta da Ribafria""",
    },
    {
        "slug": "pt-fundo-criativo-candidatura-nao-aprovada", "lang": "pt", "region": "PT", "style": "ats", "label": "other",
        "cat": "non-job-rejection", "vendor": "plain", "brand": "Fundo Criativo Português", "plain": "h2t",
        "notes": "grant application for Sam's employer not approved ('candidatura ... Não aprovada'); public-funding platform mail",
        "frm": "Balcão do Fundo Criativo <nao-responder@fundocriativo.example>",
        "subject": "Resultado da candidatura n.º CD-2026-0418 – Apoio à Produção de Conteúdos Digitais",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Exmo(a). Senhor(a) Sam Taylor,
Calder Street Media

Informamos que a candidatura n.º CD-2026-0418, submetida no âmbito do Programa de Apoio à Produção de Conteúdos Digitais 2026, foi objeto de decisão final por parte do júri.

{table}

Nos termos do Código do Procedimento Administrativo, dispõe de 10 dias úteis para se pronunciar em sede de audiência prévia, através da plataforma.

{button}

Com os melhores cumprimentos,
O Secretariado Técnico do Programa
Fundo Criativo Português""",
        "table": [("Entidade candidata", "Calder Street Media"), ("Projeto", "«Vozes do Litoral» (série documental)"),
                  ("Pontuação", "61,5 / 100"), ("Decisão", "Não aprovada (pontuação inferior ao limiar de 70 pontos)")],
        "button": "Consultar parecer do júri",
        "footer": ["Mensagem enviada automaticamente pelo Balcão do Fundo Criativo. Não responda a este endereço.",
                   "Fundo Criativo Português · Rua da Misericórdia 14, 1200-273 Lisboa"],
    },
    {
        "slug": "pt-newsletter-carreira-sem-filtro", "lang": "pt", "region": "BR", "style": "ats", "label": "other",
        "cat": "newsletter", "vendor": "substack", "brand": "Carreira sem Filtro", "plain": "h2t",
        "notes": "career newsletter about answering a rejection; quotes 'Infelizmente optamos por seguir com outros candidatos'",
        "frm": "Carreira sem Filtro <carreirasemfiltro@substack.com>",
        "subject": "#48 – O que responder quando a empresa diz \"não\"",
        "headers": {"List-Unsubscribe": "<{unsub}>", "List-Id": "<carreirasemfiltro.substack.com>", "Precedence": "bulk"},
        "preheader": "Um modelo de resposta que abre portas em vez de fechar",
        "text": """# O que responder quando a empresa diz "não"

"Infelizmente optamos por seguir com outros candidatos." Quem nunca recebeu esse e-mail que atire a primeira pedra.

Nesta edição eu conto como respondi a cinco recusas no último ano e por que duas delas viraram entrevistas meses depois. A regra é simples: responda em até 48 horas, agradeça, peça feedback sem cobrar e deixe a porta aberta.

Modelo que eu uso:

"Oi, [nome]! Obrigado pelo retorno e pelo cuidado no processo. Fiquei chateado, claro, mas gostei muito de conhecer o time. Se surgir outra oportunidade, adoraria ser lembrado."

Na próxima semana: como negociar salário quando a proposta vem abaixo do esperado.

Até lá,
Thiago Nogueira""",
    },
    # ------------------------------------------------------------------ hard negatives, personal
    {
        "slug": "pt-owner-sent-pergunta-novidades", "lang": "pt", "region": "PT", "style": "personal", "label": "other",
        "cat": "owner-sent",
        "notes": "Sam's own chaser: 'Caso já tenham escolhido outro candidato, agradecia que me informasse'",
        "frm": "Sam Taylor <sam.taylor@example.org>",
        "to": "Tiago Moreira <tiago.moreira@barcosdocais.example>",
        "subject": "Processo Product Marketing Manager – alguma novidade?",
        "text": """Olá Tiago,

Espero que esteja tudo bem. Já passaram duas semanas desde a entrevista final para a vaga de Product Marketing Manager e gostaria de saber se há novidades. Caso já tenham escolhido outro candidato, agradecia que me informasse; compreendo perfeitamente.

Agradeço desde já a atenção.

Com os melhores cumprimentos,
Sam Taylor
Head of Insights | Calder Street Media""",
    },
    {
        "slug": "pt-personal-br-entrevista-remarcar", "lang": "pt", "region": "BR", "style": "personal", "label": "other",
        "cat": "reschedule", "client_html": "gmail", "day": "2026-11-09",
        "notes": "interview cancelled and rescheduled; 'o processo continua normalmente'",
        "frm": "Camila Ribeiro <camila.ribeiro@nuvemverde.example>",
        "subject": "Entrevista de quinta cancelada – vamos remarcar?",
        "text": """Oi Sam,

Infelizmente vou precisar cancelar nossa entrevista de quinta-feira (12/11) às 15h: o Bruno, diretor da área, vai estar em viagem. Mil desculpas pelo transtorno!

Fique tranquilo(a), o processo continua normalmente e você segue super bem avaliado(a), só precisamos de uma nova data. Você teria disponibilidade na segunda (16/11) às 10h ou na terça (17/11) às 14h?

Abraço,
Camila Ribeiro
Analista de R&S | Nuvem Verde Energia
(11) 95555-0117""",
    },
    {
        "slug": "pt-personal-owner-hiring-feedback-candidata", "hours": (11, 18), "lang": "pt", "region": "PT", "style": "personal", "label": "other",
        "cat": "owner-hiring", "day": "2026-11-16",
        "notes": "colleague at example.org forwards a candidate Sam's team rejected, asking Sam to write the feedback",
        "frm": "Inês Carvalho <ines.carvalho@example.org>",
        "subject": "Candidata recusada pede feedback – Designer Júnior",
        "text": """Olá Sam,

A Beatriz Lopes (a candidata a Designer Júnior que recusámos na semana passada, depois do exercício prático) respondeu ao nosso email de rejeição a pedir feedback mais detalhado.

Como foste tu a fazer a entrevista técnica, achas que lhe podes escrever umas linhas? Ou preferes que seja eu a responder com base nas tuas notas? Reencaminho-te a mensagem dela abaixo.

Obrigada!
Inês

Inês Carvalho
People Partner | Calder Street Media Lisboa

---------- Mensagem reencaminhada ---------
De: Beatriz Lopes <beatriz.lopes@correio.example>
Data: segunda, 16/11/2026, 09:48
Assunto: Re: A sua candidatura – Designer Júnior
Para: Inês Carvalho <ines.carvalho@example.org>

Bom dia Inês,

Obrigada pela resposta, apesar de não ser a que eu esperava. Seria possível receber algum feedback sobre o exercício prático? Gostava de perceber o que posso melhorar.

Cumprimentos,
Beatriz""",
    },
    {
        "slug": "pt-personal-br-decisao-adiada", "lang": "pt", "region": "BR", "style": "personal", "label": "other",
        "cat": "status-update", "client_html": "gmail", "day": "2026-10-06",
        "notes": "final decision delayed, still one of two finalists: 'Não é negativa, só atraso mesmo'",
        "frm": "Larissa Mendes <larissa.mendes@pitangatech.example>",
        "subject": "Processo Head de Conteúdo – atualização",
        "text": """Oi Sam, tudo bom?

Passando pra te dar uma atualização sobre o processo de Head de Conteúdo: a decisão final ficou para depois do dia 14, porque a nossa diretora de marketing está de férias e quer conversar com os finalistas antes de bater o martelo.

Você continua no processo como um dos dois finalistas, tá? Não é negativa, só atraso mesmo. Te dou um retorno até o dia 20 de outubro, no máximo.

Obrigada pela paciência!

Larissa Mendes
People Partner | Pitanga Tech""",
    },
]
