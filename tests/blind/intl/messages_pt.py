"""Portuguese messages (Portugal and Brazil): 10 rejections, 10 hard negatives."""
LANG = "pt"

BR = -180

MESSAGES = [
    # ---------------------------------------------------------------- rejections, ATS style
    dict(
        slug="gupy-outras-pessoas-candidatas", label="rejection", cat="ats-automated", style="ats",
        vendor="gupy", company="Jabuticaba Pagamentos",
        frm="Jabuticaba Pagamentos <naoresponda@gupy.io>",
        subject="Atualização sobre seu processo seletivo na Jabuticaba Pagamentos",
        tz=BR, content_language="pt-BR",
        text="""
            Olá, Sam!

            Agradecemos muito o seu interesse na vaga de Product Marketing Manager e o tempo que você dedicou a cada etapa do nosso processo seletivo.

            Depois de analisar com cuidado todos os perfis, optamos por dar continuidade ao processo com outras pessoas candidatas, cujas experiências estão mais alinhadas ao momento atual do time.

            Sabemos que esse não é o retorno que você esperava. Seu currículo continua no nosso banco de talentos e você pode acompanhar novas vagas na nossa página de carreiras.

            Um abraço,
            Time de Gente & Gestão da Jabuticaba Pagamentos
            """,
        legal="Jabuticaba Pagamentos Ltda. · Av. Paulista, 1842 · São Paulo – SP · CNPJ 12.345.678/0001-90",
        exp=("", "", "Jabuticaba Pagamentos", "Product Marketing Manager"),
        notes="pt-BR; gupy; você; 'optamos por dar continuidade ... com outras pessoas candidatas'; no human",
    ),
    dict(
        slug="workday-lisboa-vaga-preenchida", label="rejection", cat="ats-automated", style="ats",
        vendor="workday", company="Energias do Tejo",
        frm="Energias do Tejo <edt@myworkday.com>",
        subject="A sua candidatura – Gestor(a) de Marca",
        content_language="pt-PT",
        text="""
            Caro(a) Sam Taylor,

            Agradecemos a sua candidatura à função de Gestor(a) de Marca (referência R-6620).

            Informamos que a vaga foi entretanto preenchida. Os seus dados serão mantidos durante o período previsto na nossa política de privacidade, após o qual serão eliminados.

            Em caso de dúvida, contacte a equipa de recrutamento através de recrutamento@energias-tejo.example.

            Com os melhores cumprimentos,
            Equipa de Recrutamento
            """,
        legal="Energias do Tejo, S.A. · Avenida 24 de Julho, 12 · 1200-480 Lisboa · NIPC 500 123 456",
        exp=("recrutamento@energias-tejo.example", "", "Energias do Tejo", "Gestor(a) de Marca"),
        notes="pt-PT; workday; 'a vaga foi entretanto preenchida'; team address in body",
    ),
    dict(
        slug="smartrecruiters-proxima-etapa", label="rejection", cat="cv-screen", style="ats",
        vendor="smartrecruiters", company="Cerrado Agro",
        frm="Cerrado Agro <noreply@smartrecruiters.com>",
        reply_to="Fernanda Lima <fernanda.lima@cerradoagro.example>",
        subject="Sua candidatura para Analista Sênior de Marketing de Produto",
        tz=BR, content_language="pt-BR",
        text="""
            Oi, Sam, tudo bem?

            Obrigada por se candidatar à vaga de Analista Sênior de Marketing de Produto aqui na Cerrado Agro.

            Analisamos seu perfil com atenção e, neste momento, ele não foi selecionado para a próxima etapa. Para esta posição, estamos priorizando pessoas com vivência no agronegócio e no relacionamento com cooperativas.

            Qualquer dúvida, é só responder este e-mail.

            Abraços,
            Fernanda Lima
            Tech Recruiter
            """,
        legal="Cerrado Agro S.A. · Goiânia – GO",
        exp=("fernanda.lima@cerradoagro.example", "Fernanda", "Cerrado Agro", "Analista Sênior de Marketing de Produto"),
        notes="pt-BR; smartrecruiters; CV screen; Reply-To a person",
    ),
    dict(
        slug="teamtailor-vaga-congelada", label="rejection", cat="role-cancelled", style="ats",
        vendor="teamtailor", company="Sardinha Digital",
        frm="Sardinha Digital <sardinhadigital@teamtailor-mail.com>",
        subject="Ponto de situação – Growth Marketing Manager",
        content_language="pt-PT",
        text="""
            Olá Sam,

            Escrevemos-lhe sobre o processo de recrutamento para Growth Marketing Manager, no qual estava na fase final.

            Por decisão da administração, a contratação para esta função ficou congelada até ao segundo semestre de 2027, na sequência da revisão do orçamento. Por esse motivo, encerramos agora todos os processos em curso, incluindo o seu. Lamentamos imenso.

            Se a vaga reabrir, a Joana (joana.pires@sardinha-digital.example) entrará em contacto consigo em primeiro lugar.

            Cumprimentos,
            Equipa de Pessoas da Sardinha Digital
            """,
        legal="Sardinha Digital, Lda. · Rua do Almada, 150 · 4050-031 Porto",
        exp=("joana.pires@sardinha-digital.example", "Joana", "Sardinha Digital", "Growth Marketing Manager"),
        notes="pt-PT; teamtailor; hiring frozen (on hold); recruiter address in body",
    ),
    dict(
        slug="greenhouse-lisboa-nao-avancar", label="rejection", cat="keep-on-file", style="ats",
        vendor="greenhouse", company="Azulejo Tech",
        frm="Azulejo Tech <no-reply@us.greenhouse-mail.io>",
        reply_to="Rita Carvalho <rita.carvalho@azulejo-tech.example>",
        subject="Candidatura a Senior Brand Manager na Azulejo Tech",
        content_language="pt-PT",
        text="""
            Olá Sam,

            Muito obrigada pelas conversas das últimas semanas e pela apresentação que preparou para a equipa.

            Depois de muita ponderação, decidimos não avançar com a sua candidatura para Senior Brand Manager. Procuramos alguém com experiência mais longa em marcas de consumo no mercado ibérico.

            Gostávamos, ainda assim, de manter o seu perfil na nossa bolsa de talentos para futuras oportunidades — diga-nos se concorda.

            Com os melhores cumprimentos,
            Rita Carvalho
            Talent Acquisition Lead
            """,
        legal="Azulejo Tech, S.A. · Lisboa",
        exp=("rita.carvalho@azulejo-tech.example", "Rita", "Azulejo Tech", "Senior Brand Manager"),
        notes="pt-PT; greenhouse; 'decidimos não avançar'; talent pool; Reply-To a person",
    ),
    # ---------------------------------------------------------------- rejections, personal
    dict(
        slug="escolha-recaiu-pt", label="rejection", cat="personal-after-interview", style="personal",
        frm="Dr. Miguel Sousa <miguel.sousa@vinhos-douro-real.example>",
        subject="Entrevista para Diretor(a) de Marketing",
        text="""
            Caro(a) Sam Taylor,

            Venho, em nome da administração, agradecer a sua deslocação ao Peso da Régua e a entrevista da passada quinta-feira.

            Após termos ouvido todos os finalistas, a escolha para a função de Diretor(a) de Marketing recaiu sobre outro candidato, cuja experiência nos mercados de exportação do vinho do Porto foi considerada determinante.

            Desejo-lhe as maiores felicidades profissionais.

            Com os melhores cumprimentos,

            Miguel Sousa
            Administrador
            Vinhos Douro Real, S.A.
            Tel.: +351 254 555 120
            """,
        html=True, cte="quoted-printable",
        exp=("miguel.sousa@vinhos-douro-real.example", "Miguel", "Vinhos Douro Real, S.A.", "Diretor(a) de Marketing"),
        notes="pt-PT; formal; 'a escolha ... recaiu sobre outro candidato'; Outlook HTML alternative",
    ),
    dict(
        slug="fechamos-com-outra-pessoa-br", label="rejection", cat="personal-after-interview", style="personal",
        frm="Thiago Nascimento <thiago@caju-app.example>",
        subject="Sobre a vaga de Head de Marketing",
        tz=BR,
        text="""
            Fala, Sam! Tudo certo?

            Queria te dar o retorno pessoalmente, porque acho que você merece depois de tanta conversa.

            A gente acabou fechando com outra pessoa para Head de Marketing, alguém que já escalou um app de delivery no Nordeste — e como é exatamente o nosso plano pra 2027, pesou muito.

            Curti demais trocar ideia com você. Se vier pra Recife, o café é por minha conta.

            Abraço,
            Thiago
            CEO · Caju
            (81) 95555-0192
            """,
        exp=("thiago@caju-app.example", "Thiago", "Caju", "Head de Marketing"),
        notes="pt-BR; informal; 'A gente acabou fechando com outra pessoa'",
    ),
    dict(
        slug="curto-nao-seguiremos", label="rejection", cat="terse", style="personal",
        frm="Juliana Prado <juliana.prado@ipe-moveis.example>",
        subject="Re: Vaga Coordenador(a) de Marca",
        parent=True,
        tz=BR,
        text="""
            Oi Sam, obrigada pela conversa. Não seguiremos com sua candidatura para a vaga. Boa sorte!

            Ju

            Enviado do meu iPhone
            """,
        exp=("juliana.prado@ipe-moveis.example", "Juliana", "", "Coordenador(a) de Marca"),
        notes="pt-BR; terse; nickname signature; role only in the subject",
    ),
    dict(
        slug="headhunter-cliente-sp", label="rejection", cat="agency", style="personal",
        frm="Renata Azevedo <renata.azevedo@azevedo-hunting.example>",
        subject="Retorno do cliente – Laticínios Serra Azul",
        tz=BR,
        text="""
            Oi, Sam,

            Recebi hoje o retorno do meu cliente, a Laticínios Serra Azul, sobre a sua entrevista com o diretor comercial.

            Eles gostaram muito da sua visão de marca, mas decidiram não seguir com você para a posição de Gerente de Marketing. A preferência ficou com alguém que já trabalhou em lácteos e conhece bem o varejo alimentar do interior de Minas.

            Sinto muito, eu estava torcendo. Te ligo semana que vem, tenho outro processo que combina com seu perfil.

            Abraço,
            Renata Azevedo
            Sócia – Azevedo Hunting
            (11) 95555-3472
            """,
        exp=("renata.azevedo@azevedo-hunting.example", "Renata", "Laticínios Serra Azul", "Gerente de Marketing"),
        notes="pt-BR; headhunter relays the named client (company = client)",
    ),
    dict(
        slug="resposta-ao-pedido-de-ponto", label="rejection", cat="reply-to-owner-nudge", style="personal",
        frm="Sofia Almeida <sofia.almeida@cortica-global.example>",
        subject="RE: Pedido de atualização – Product Marketing Manager",
        parent=True,
        text="""
            Bom dia Sam,

            Peço desculpa pela demora na resposta.

            O processo para Product Marketing Manager ficou concluído na semana passada e a decisão acabou por não lhe ser favorável: avançámos com uma pessoa que já trabalhava connosco noutra equipa.

            Obrigada pela paciência e pelo interesse na Cortiça Global.

            Cumprimentos,
            Sofia Almeida
            Recursos Humanos

            -----Mensagem original-----
            De: Sam Taylor <sam.taylor@example.org>
            Enviada: segunda-feira, 2 de novembro de 2026 09:10
            Para: Sofia Almeida <sofia.almeida@cortica-global.example>
            Assunto: Pedido de atualização – Product Marketing Manager

            Bom dia Sofia,

            Gostaria de saber se já existe alguma novidade sobre o processo. Continuo muito interessado(a).

            Obrigado(a),
            Sam
            """,
        exp=("sofia.almeida@cortica-global.example", "Sofia", "Cortiça Global", "Product Marketing Manager"),
        notes="pt-PT; reply to the owner's nudge (Outlook quote); internal hire; 'não lhe ser favorável'",
    ),
    # ---------------------------------------------------------------- other, ATS style
    dict(
        slug="gupy-recebemos-candidatura", label="other", cat="ack-hedging", style="ats",
        vendor="gupy", company="Maracujá Saúde",
        frm="Maracujá Saúde <naoresponda@gupy.io>",
        subject="Recebemos sua candidatura! 💛",
        html_only=True,
        tz=BR, content_language="pt-BR",
        text="""
            Olá, Sam!

            Sua candidatura para a vaga de Especialista em Growth foi recebida com sucesso.

            Nossa equipe vai analisar cada perfil com carinho. Caso seu perfil não avance para a próxima fase, você também será avisado(a) por aqui — ninguém fica sem resposta na Maracujá.

            Acompanhe o status pela plataforma.

            [Ver minha candidatura](track)
            """,
        notes="pt-BR; gupy; HTML-only QP; emoji subject; hedging acknowledgement; nothing decided",
    ),
    dict(
        slug="convite-entrevista-pt", label="other", cat="interview-invite", style="ats",
        vendor="teamtailor", company="Farol Seguros",
        frm="Farol Seguros <farolseguros@teamtailor-mail.com>",
        subject="Convite para entrevista – Gestor(a) de Produto Digital",
        content_language="pt-PT",
        text="""
            Olá Sam,

            Gostámos muito do seu percurso e gostaríamos de o(a) convidar para uma primeira entrevista para a função de Gestor(a) de Produto Digital.

            A conversa terá a duração de cerca de 45 minutos, por videochamada, com a Inês Rocha (Diretora de Marketing). Escolha o horário que lhe for mais conveniente.

            [Marcar entrevista](track)

            Até breve,
            Equipa de Recrutamento Farol Seguros
            """,
        notes="pt-PT; teamtailor; interview invitation",
    ),
    dict(
        slug="requisicao-transferida-br", label="other", cat="requisition-transfer", style="ats",
        vendor="workday", company="Grupo Ipiranga Varejo",
        frm="Grupo Ipiranga Varejo <giv@myworkday.com>",
        subject="Sua candidatura foi transferida para outra vaga",
        tz=BR, content_language="pt-BR",
        text="""
            Olá, Sam,

            A vaga Coordenador(a) de Trade Marketing (JR-88102) foi encerrada porque as atividades foram incorporadas a uma nova posição.

            Com base na nossa conversa por telefone, transferimos sua candidatura para a vaga Gerente de Marketing de Produto (JR-88140). Você não precisa fazer nada: seu processo continua e a próxima etapa é a entrevista com a gestora.

            Atenciosamente,
            Time de Atração de Talentos
            """,
        notes="pt-BR; workday; requisition closed, application moved to another one",
    ),
    dict(
        slug="banco-credito-nao-aprovado", label="other", cat="non-job-rejection", style="ats",
        vendor="bank", company="Banco Atlântico Sul",
        frm="Banco Atlântico Sul <naoresponda@bas-banco.example>",
        subject="Resposta à sua solicitação de financiamento",
        tz=BR,
        text="""
            Olá, Sam,

            Sua solicitação de financiamento de veículo (proposta nº 7731-22) foi analisada.

            {table}

            Você pode fazer uma nova solicitação em 90 dias ou falar com nossa central para entender os critérios.

            Banco Atlântico Sul
            """,
        table=[("Situação", "Não aprovada"), ("Motivo", "Política de crédito vigente")],
        legal="Banco Atlântico Sul S.A. · Ouvidoria 0800 555 0101",
        notes="pt-BR; vehicle loan not approved (non-job); verdict in a table",
    ),
    dict(
        slug="gupy-gestor-avaliar", label="other", cat="owner-is-hiring-manager", style="ats",
        vendor="gupy", company="Example Org",
        frm="Gupy <naoresponda@gupy.io>",
        subject="Você tem 5 candidaturas aguardando avaliação",
        tz=BR, content_language="pt-BR",
        text="""
            Olá, Sam Taylor!

            Você é gestor(a) da vaga Estágio em Marketing e há candidaturas aguardando sua avaliação.

            {table}

            Lembre-se: pessoas reprovadas recebem automaticamente o e-mail de devolutiva configurado para a vaga.

            [Avaliar candidaturas](track)
            """,
        table=[("Aprovar para entrevista", "2"), ("Reprovar", "1 (aguardando confirmação)"), ("Sem avaliação", "2")],
        notes="pt-BR; gupy; owner is the hiring manager; reprovar vocabulary about others",
    ),
    # ---------------------------------------------------------------- other, personal
    dict(
        slug="colega-devolutiva-candidatos", label="other", cat="owner-is-hiring-manager", style="personal",
        frm="Bruna Cavalcanti <bruna.cavalcanti@example.org>",
        subject="Devolutiva dos finalistas de estágio",
        tz=BR,
        text="""
            Oi Sam,

            Preparei o texto de devolutiva para os dois finalistas que não vamos contratar. Dá uma olhada antes de eu mandar?

            "Oi, [nome]! Muito obrigado pela sua participação no nosso processo. Decidimos seguir com outra pessoa nesta vaga, mas adoramos te conhecer e vamos guardar seu currículo."

            Ah, e a Carol aceitou a proposta! Começa dia 1º.

            Bjs,
            Bruna
            """,
        notes="pt-BR; colleague at the owner's company drafting rejections for the owner's finalists",
    ),
    dict(
        slug="proposta-emprego-pt", label="other", cat="offer", style="personal",
        frm="Pedro Martins <pedro.martins@ondas-energia.example>",
        subject="Proposta – Product Marketing Manager",
        text="""
            Olá Sam,

            É com muito gosto que lhe apresento a nossa proposta para a função de Product Marketing Manager na Ondas Energia.

            Em resumo: contrato sem termo, 3.800 € brutos mensais em 14 meses, subsídio de alimentação, seguro de saúde e regime híbrido. Gostaríamos que começasse a 1 de fevereiro.

            Fico a aguardar a sua resposta.

            Cumprimentos,
            Pedro Martins
            Diretor de Marketing
            """,
        notes="pt-PT; offer",
    ),
    dict(
        slug="arrendamento-outro-inquilino", label="other", cat="non-job-rejection", style="personal",
        frm="Imobiliária Baixa Pombalina <arrendamento@baixapombalina-imo.example>",
        subject="T2 na Rua da Madalena",
        text="""
            Boa tarde,

            Agradecemos o envio da documentação para o T2 da Rua da Madalena.

            Infelizmente, o senhorio optou por outro inquilino. Continuamos atentos a imóveis que correspondam ao que procura e enviaremos novidades.

            Com os melhores cumprimentos,
            Marta Ferreira
            Imobiliária Baixa Pombalina
            """,
        notes="pt-PT; rental application declined (non-job)",
    ),
    dict(
        slug="amigo-encaminha-reprovacao", label="other", cat="forwarded", style="personal",
        frm="Rafael Duarte <rafael.duarte@mail.example>",
        subject="Fwd: Retorno do processo seletivo – Tucano Games",
        tz=BR,
        text="""
            Pois é, não rolou 😔 Valeu pela ajuda com a apresentação mesmo assim. Bora tomar uma cerveja sexta?

            ---------- Forwarded message ---------
            De: Tucano Games <rh@tucanogames.example>
            Date: qua., 28 de out. de 2026 às 17:20
            Subject: Retorno do processo seletivo – Tucano Games
            To: <rafael.duarte@mail.example>

            Olá, Rafael!

            Agradecemos sua participação. Infelizmente, seu perfil não foi aprovado para a vaga de Game Designer Pleno.

            Time de RH Tucano Games
            """,
        notes="pt-BR; a friend's own rejection forwarded to the owner",
    ),
    dict(
        slug="recrutadora-responde-agradecimento", label="other", cat="reply-to-followup", style="personal",
        frm="Fernanda Lima <fernanda.lima@cerradoagro.example>",
        subject="Re: Sua candidatura para Analista Sênior de Marketing de Produto",
        parent=True,
        tz=BR,
        text="""
            Oi Sam!

            Que bom receber sua mensagem, obrigada pela gentileza. Pode deixar que guardo seu contato: devemos abrir uma vaga de Coordenação de Marca no início do ano e lembro de você.

            Abraços,
            Fernanda
            """,
        quote=("Em qui., 29 de out. de 2026 às 10:05, Sam Taylor <sam.taylor@example.org> escreveu:", """
            Oi Fernanda,

            Obrigado pelo retorno, mesmo não tendo sido o resultado que eu esperava. Se surgir outra oportunidade, adoraria conversar.

            Sam

            > Analisamos seu perfil com atenção e, neste momento, ele não foi selecionado para a próxima etapa.
            """),
        notes="pt-BR; recruiter answers the owner's thank-you; the rejection is only in the quote",
    ),
]
