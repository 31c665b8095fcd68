"""Portuguese messages (Portugal, Brazil, Mozambique): 6 rejections, 6 hard negatives."""

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    {
        "slug": "br-cerrado-gupy-seguir-outros-candidatos", "label": "rejection", "cat": "keep-on-file",
        "country": "BR", "style": "ats", "vendor": "gupy", "brand": "Cerrado Alimentos",
        "frm": "Cerrado Alimentos <noreply@gupy.example>",
        "subject": "Retorno sobre sua candidatura – Analista de Marketing Sênior",
        "plain": "html2text",
        "text": """Olá, Sam!

Agradecemos muito o seu interesse em fazer parte do time Cerrado Alimentos e pela sua participação no processo seletivo para a vaga de Analista de Marketing Sênior.

Recebemos muitas candidaturas qualificadas e, após uma análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está mais aderente aos requisitos da vaga neste momento.

Sabemos que receber esse retorno nem sempre é fácil, mas queremos que saiba que o seu currículo continuará em nosso banco de talentos e poderá ser considerado em futuras oportunidades.

Acompanhe nossas vagas em [[nossa página de carreiras]] e siga a Cerrado no LinkedIn.

Um abraço,
Time de Gente & Gestão – Cerrado Alimentos""",
        "footer": [
            "Cerrado Alimentos S.A. · Rod. GO-060, km 12, Goiânia/GO · CNPJ 00.000.000/0001-00",
            "Tratamos seus dados pessoais de acordo com a LGPD. Saiba mais: {privacy}",
        ],
        "exp": ("", "", "Cerrado Alimentos", "Analista de Marketing Sênior"),
        "notes": "gupy; the most ordinary Brazilian wording 'optamos por seguir com outros candidatos ... mais aderente'; banco de talentos; html2text",
    },
    {
        "slug": "pt-atlantico-teamtailor-pt-en-nao-selecionada", "label": "rejection", "cat": "ats-automated",
        "country": "PT", "style": "ats", "vendor": "teamtailor", "brand": "Atlântico Seguros",
        "frm": "Atlântico Seguros <noreply@teamtailor-mail.example>",
        "subject": "A sua candidatura | Your application – Product Marketing Manager",
        "text": """Olá Sam,

Obrigado pelo interesse em juntar-se à Atlântico Seguros e pelo tempo dedicado à sua candidatura para a função de Product Marketing Manager.

Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do processo. Esta decisão não reflete necessariamente o seu valor profissional, mas sim a adequação ao perfil específico que procuramos nesta fase.

Desejamos-lhe o maior sucesso.

Com os melhores cumprimentos,
Equipa de Recrutamento Atlântico Seguros

—

Hi Sam,

Thank you for your interest in joining Atlântico Seguros and for applying for the Product Marketing Manager role.

We regret to inform you that your application has not been selected for the next stage of the process.

Kind regards,
Atlântico Seguros Recruitment Team""",
        "about": "A Atlântico Seguros protege mais de 600 mil famílias em Portugal e foi distinguida como Marca de Confiança 2026. Somos um empregador que promove a igualdade de oportunidades.",
        "footer": [
            "Atlântico Seguros, S.A. · Av. da Liberdade 190, 1250-147 Lisboa · NIPC 500000000",
            "Os seus dados serão tratados nos termos do RGPD e conservados durante 12 meses. Política de privacidade: {privacy}",
            "Por favor não responda a este e-mail.",
        ],
        "exp": ("", "", "Atlântico Seguros", "Product Marketing Manager"),
        "notes": "teamtailor; PT-PT letter then the English version; 'não foi selecionada para a fase seguinte'; award boilerplate",
    },
    {
        "slug": "br-vagas-processo-encerrado-nao-selecionado", "label": "rejection", "cat": "job-board-relay",
        "country": "BR", "style": "ats", "vendor": "vagas", "brand": "VAGAS.com.br",
        "frm": "VAGAS.com.br <avisos@vagas.example>",
        "subject": "Atualização: processo seletivo encerrado – Coordenador(a) de Growth", "day": "2026-10-26",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "plain": "html2text",
        "text": """Oi, Sam

A empresa Maré Alta Turismo encerrou a etapa em que você estava no processo seletivo abaixo.

{table}

Infelizmente, desta vez você não foi selecionado(a) para continuar. Que tal conferir outras vagas parecidas?

- Analista de Growth Pleno – São Paulo/SP – [[Ver vaga]]
- Especialista em CRM – Remoto – [[Ver vaga]]
- Coordenador(a) de Marketing – Campinas/SP – [[Ver vaga]]

[[Ver todas as minhas candidaturas]]""",
        "table": [("Vaga", "Coordenador(a) de Growth"), ("Empresa", "Maré Alta Turismo"),
                  ("Sua situação", "Não selecionado(a)"), ("Data", "26/10/2026")],
        "footer": ["Dica: mantenha seu currículo atualizado para aparecer nas buscas das empresas."],
        "exp": ("", "", "Maré Alta Turismo", "Coordenador(a) de Growth"),
        "notes": "Brazilian job-board relay; bulk headers; 'Sua situação: Não selecionado(a)'; job list below",
    },
    # ------------------------------------------------------------------ rejections, personal
    {
        "slug": "pt-ines-apos-entrevistas-outro-candidato", "label": "rejection", "cat": "personal-after-interview",
        "country": "PT", "style": "personal", "client_html": True,
        "frm": "Inês Carvalho <ines.carvalho@douroverde.example>",
        "subject": "Processo de recrutamento – Head of Brand",
        "text": """Olá Sam,

Espero que esteja tudo bem consigo.

Quero agradecer-lhe, em meu nome e em nome do Ricardo, a disponibilidade para as duas entrevistas e para a apresentação do case, que foi muito bem recebida pela administração. Foi um processo longo e reconhecemos o esforço.

Depois de muita ponderação, decidimos avançar com outro candidato cujo percurso está mais alinhado com o momento da Douro Verde, sobretudo na expansão para o mercado espanhol. Não foi uma decisão fácil, porque o seu perfil estava claramente entre os mais fortes.

Se tiver interesse, terei todo o gosto em dar-lhe um feedback mais detalhado por telefone. E, com a sua autorização, gostaríamos de manter o seu CV para futuras oportunidades.

Um abraço e muito sucesso,

Inês Carvalho
People & Talent Lead | Douro Verde Vinhos
+351 912 480 336
Rua de Santa Catarina 501, 4000-446 Porto""",
        "exp": ("ines.carvalho@douroverde.example", "Inês", "Douro Verde", "Head of Brand"),
        "notes": "PT-PT after two interviews; verdict in the middle; feedback call and CV kept",
    },
    {
        "slug": "mz-nelio-vaga-cancelada-orcamento", "label": "rejection", "cat": "role-cancelled",
        "country": "MZ", "style": "personal",
        "frm": "Nélio Macuácua <nelio.macuacua@bancoindico.example>",
        "cc": "Recrutamento BCI <recrutamento@bancoindico.example>",
        "subject": "Concurso – Gestor de Marketing e Comunicação (Ref. BCI/MKT/07/2026)", "day": "2026-10-16",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Caro(a) Sam Taylor,

Na sequência da entrevista realizada no dia 6 de Outubro, nas nossas instalações em Maputo, vimos por este meio informar que o concurso para o preenchimento da vaga de Gestor de Marketing e Comunicação foi anulado, por motivos de reestruturação orçamental aprovada pelo Conselho de Administração.

Deste modo, o processo de selecção foi encerrado para todos os candidatos, não estando prevista a sua reabertura no presente exercício.

Agradecemos a sua participação e o interesse manifestado pelo Banco Comercial do Índico, e desejamos-lhe os maiores êxitos profissionais.

Com os melhores cumprimentos,

Nélio Macuácua
Técnico Sénior de Recursos Humanos
Banco Comercial do Índico, S.A.
Av. 25 de Setembro, n.º 1184, Maputo - Moçambique
Tel.: +258 21 555 400 | Cel.: +258 84 555 7721""",
        "exp": ("nelio.macuacua@bancoindico.example", "Nélio", "Banco Comercial do Índico", "Gestor de Marketing e Comunicação"),
        "notes": "Mozambican formal letter; ISO-8859-1 quoted-printable; recruitment 'concurso anulado' for budget reasons; team Cc",
    },
    {
        "slug": "br-camila-vaga-preenchida-curto-reply", "label": "rejection", "cat": "terse",
        "country": "BR", "style": "personal",
        "frm": "Camila Rocha <camila.rocha@pixelcaju.example>",
        "subject": "Re: Obrigado pela conversa!",
        "parent": True, "day": "2026-11-09",
        "text": """Oi Sam, tudo bem?

Passando rapidinho pra avisar que a vaga de Gerente de Produto Digital foi preenchida, fechamos com outra pessoa hoje cedo. Obrigada demais pela conversa e boa sorte!!

Abs,
Camila

Em sex., 6 de nov. de 2026 às 18:22, Sam Taylor <sam.taylor@example.org> escreveu:

> Oi Camila,
>
> Obrigado pela conversa de hoje, adorei conhecer o time da Pixel Caju!
> Fico no aguardo dos próximos passos.
>
> Abraço,
> Sam""",
        "exp": ("camila.rocha@pixelcaju.example", "Camila", "Pixel Caju", "Gerente de Produto Digital"),
        "notes": "short casual Brazilian reply over Sam's thank-you; 'a vaga foi preenchida, fechamos com outra pessoa'",
    },
    # ------------------------------------------------------------------ hard negatives, ATS
    {
        "slug": "br-gupy-parabens-proxima-etapa-case", "label": "other", "cat": "assessment",
        "country": "BR", "style": "ats", "vendor": "gupy", "brand": "Ipê Energia",
        "frm": "Ipê Energia <noreply@gupy.example>",
        "subject": "Parabéns! Você avançou para a etapa de Case – Product Marketing Manager",
        "plain": "html2text",
        "text": """Olá, Sam!

Temos uma ótima notícia: você avançou no processo seletivo para a vaga de Product Marketing Manager na Ipê Energia!

A próxima etapa é um case prático. Você terá 5 dias corridos para enviar sua proposta pela plataforma. Candidatos que não enviarem o case dentro do prazo serão automaticamente reprovados nesta etapa, então fique de olho!

[[Acessar a etapa]]

Boa sorte!
Time de Atração – Ipê Energia""",
        "footer": ["Ipê Energia S.A. · Av. Paulista 1842, São Paulo/SP", "Dados tratados conforme a LGPD: {privacy}"],
        "notes": "gupy; next stage = case study; warns non-submitters will be 'reprovados'",
    },
    {
        "slug": "pt-workable-comunidade-talentos", "label": "other", "cat": "talent-pool",
        "country": "PT", "style": "ats", "vendor": "workable", "brand": "Luso Mobilidade",
        "frm": "Luso Mobilidade <noreply@candidates.workablemail.com>",
        "subject": "Junte-se à comunidade de talentos da Luso Mobilidade",
        "text": """Olá Sam,

Obrigado por se ter candidatado à função de Marketing Manager na Luso Mobilidade. A sua candidatura está a ser analisada pela nossa equipa e entraremos em contacto consigo assim que houver novidades, seja qual for o resultado.

Enquanto isso, convidamo-lo(a) a juntar-se à nossa Comunidade de Talentos. Assim, mesmo que esta função não seja a certa para si, será o(a) primeiro(a) a saber de novas oportunidades na área de Marketing e Produto.

Até breve,
Equipa de Pessoas – Luso Mobilidade""",
        "button": "Juntar-me à comunidade",
        "footer": [
            "Luso Mobilidade, Lda. · Rua do Ouro 88, 1100-063 Lisboa",
            "Pode retirar o seu consentimento a qualquer momento. Política de privacidade: {privacy}",
        ],
        "notes": "talent-community invitation while the application is still under review; 'mesmo que esta função não seja a certa para si'",
    },
    {
        "slug": "br-banco-cartao-nao-aprovado", "label": "other", "cat": "non-job-rejection",
        "country": "BR", "style": "ats", "vendor": "bank", "brand": "Banco Jacarandá",
        "frm": "Banco Jacarandá <naoresponda@bancojacaranda.example>",
        "subject": "Sobre a sua solicitação de cartão de crédito",
        "text": """Olá, Sam.

Analisamos com atenção a sua solicitação do cartão de crédito Jacarandá Platinum e, infelizmente, neste momento não foi possível aprová-la.

Essa decisão considera diversos critérios da nossa política de crédito, como seu histórico e tempo de relacionamento no Brasil. Isso não impede que você faça uma nova solicitação daqui a 90 dias.

Enquanto isso, sua conta digital continua ativa e sem tarifa.

Equipe Jacarandá""",
        "footer": [
            "Banco Jacarandá S.A. · CNPJ 00.000.000/0001-00 · Ouvidoria: 0800 555 0000",
            "Esta é uma mensagem automática. Não responda a este e-mail.",
        ],
        "notes": "credit-card application not approved; not a job",
    },
    # ------------------------------------------------------------------ hard negatives, personal
    {
        "slug": "pt-proposta-valor-abaixo-pedido", "label": "other", "cat": "offer",
        "country": "PT", "style": "personal", "client_html": True,
        "frm": "Tiago Fonseca <tiago.fonseca@alfamasoftware.example>",
        "subject": "Proposta – Senior Product Marketing Manager", "day": "2026-11-16",
        "attach": [("Proposta_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% proposta placeholder\n%%EOF\n")],
        "text": """Olá Sam,

Tenho o prazer de lhe enviar, em anexo, a nossa proposta para a função de Senior Product Marketing Manager na Alfama Software!

Infelizmente não conseguimos ir totalmente ao encontro do valor que tinha indicado na última conversa: a proposta fica nos 62.000 EUR brutos anuais, mais bónus anual até 15% e seguro de saúde para o agregado. Em contrapartida, conseguimos garantir os dois dias de teletrabalho por semana e a data de entrada em janeiro que pediu.

A proposta é válida até sexta-feira, dia 20. Se quiser falar sobre algum ponto, ligue-me quando quiser.

Estamos muito entusiasmados com a possibilidade de o(a) ter na equipa!

Cumprimentos,
Tiago Fonseca
Talent Acquisition Manager | Alfama Software
+351 936 220 418""",
        "notes": "offer letter with an 'infelizmente' about salary; PDF attached",
    },
    {
        "slug": "mz-pedido-referencias-fase-final", "label": "other", "cat": "reference-request",
        "country": "MZ", "style": "personal",
        "frm": "Ana Sitoe <ana.sitoe@savanaconnect.example>",
        "subject": "Fase final – pedido de referências",
        "text": """Bom dia Sam,

Espero que esteja bem.

Tenho o prazer de informar que está na fase final do processo para a posição de Chefe de Marketing Digital na Savana Connect. Antes de tomarmos a decisão final, gostaríamos de contactar duas referências profissionais, de preferência de chefias directas nos últimos cinco anos.

Poderia enviar-me os nomes, cargos e contactos até quarta-feira? Não iremos contactar ninguém sem a sua confirmação.

Infelizmente a entrevista com o Director-Geral, que estava prevista para esta semana, terá de passar para a próxima, porque ele está em viagem a Nampula.

Obrigada,
Ana Sitoe
Recursos Humanos | Savana Connect
Maputo | +258 82 555 3190""",
        "notes": "final stage reference request; an 'infelizmente' about a postponed meeting",
    },
    {
        "slug": "br-amiga-encaminha-rejeicao-pede-ajuda", "label": "other", "cat": "forwarded",
        "country": "BR", "style": "personal",
        "frm": "Beatriz Lima <bia.lima@mail.example>",
        "subject": "Fwd: Retorno do processo seletivo – Nuvem Azul", "day": "2026-11-10",
        "text": """Sam, olha só o que eu recebi hoje 😩 Era a vaga que eu mais queria. Você que já passou por isso um milhão de vezes: vale a pena responder pedindo feedback? Me ajuda a escrever algo que não pareça desesperado kkkk

Bj, Bia

---------- Forwarded message ---------
De: Recrutamento Nuvem Azul <recrutamento@nuvemazul.example>
Date: ter., 10 de nov. de 2026 às 15:31
Subject: Retorno do processo seletivo – Nuvem Azul
To: <bia.lima@mail.example>

Olá, Beatriz!

Agradecemos sua participação no processo seletivo para a vaga de Analista de Conteúdo. Infelizmente, não seguiremos com a sua candidatura neste momento.

Desejamos sucesso na sua jornada!
Time Nuvem Azul""",
        "notes": "a friend's rejection forwarded to Sam for advice; emoji",
    },
]
