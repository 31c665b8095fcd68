"""Portuguese messages (Portugal, Brazil, Angola): 6 rejections, 6 hard negatives."""

GUPY_FOOTER = [
    "Este é um e-mail automático, por favor não responda.",
    "Seus dados pessoais são tratados de acordo com a Lei Geral de Proteção de Dados (Lei nº 13.709/2018). Saiba mais: {privacy}",
    "Não quer mais receber e-mails sobre este processo? {unsub}",
]

BAN_FOOTER = [
    "Esta mensagem foi gerada automaticamente. Por favor, não responda. / This is an automatically generated message. Please do not reply.",
    "Banco Atlântico Norte, S.A. – Sede: Avenida da Boavista 1400, 4100-114 Porto – Capital social EUR 1.250.000.000 – NIPC 505 555 123 – "
    "Registado no Banco de Portugal sob o n.º 0555.",
]

MESSAGES = [
    # ---------------------------------------------------------------- rejections
    {
        "slug": "caravela-gupy-nao-seguiremos", "label": "rejection", "cat": "ats-automated", "lang": "pt",
        "country": "BR", "sector": "retail", "style": "ats", "vendor": "gupy", "brand": "Lojas Caravela",
        "html_mode": "autotext",
        "frm": "Lojas Caravela <noreply@gupy.io>",
        "subject": "Atualização sobre o processo seletivo - Lojas Caravela",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"},
        "text": """Olá, Sam! Tudo bem?

Agradecemos muito o seu interesse em fazer parte do time Lojas Caravela e pelo tempo dedicado ao processo seletivo para a vaga de Coordenador(a) de Marketing de Performance.

Após uma análise cuidadosa, informamos que, neste momento, não seguiremos com a sua candidatura. Sabemos que receber esta notícia não é fácil, mas queremos que saiba que o seu perfil foi avaliado com atenção pelo nosso time.

Seu currículo continuará no nosso banco de talentos e poderá ser considerado em futuras oportunidades. Fique de olho na nossa [[página de carreiras]]!

Que tal nos contar como foi a sua experiência? [[Avaliar o processo seletivo]]

Um abraço,
Time de Gente & Cultura
Lojas Caravela""",
        "about": "Lojas Caravela: mais de 240 lojas em 11 estados, levando moda e casa para o Brasil desde 1978. Aqui, a diversidade faz parte de quem somos.",
        "footer": GUPY_FOOTER,
        "exp": ("", "", "Lojas Caravela", "Coordenador(a) de Marketing de Performance"),
        "notes": "Gupy template ('neste momento, não seguiremos com a sua candidatura'); autotext plain part; talent bank; survey link",
    },
    {
        "slug": "atlanticonorte-sf-fase-seguinte", "label": "rejection", "cat": "ats-automated", "lang": "pt",
        "country": "PT", "sector": "bank", "style": "ats", "vendor": "successfactors", "brand": "Banco Atlântico Norte",
        "frm": "Banco Atlântico Norte – Recrutamento <recrutamento-noreply@successfactors.eu>",
        "subject": "Candidatura Ref. BAN-26-0412 – Gestor(a) de Marca e Comunicação",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Caro(a) Sam Taylor,

Agradecemos o interesse demonstrado no Banco Atlântico Norte e a candidatura que submeteu à oferta Gestor(a) de Marca e Comunicação (Ref. BAN-26-0412).

Recebemos um número muito elevado de candidaturas para esta função, todas analisadas com o máximo cuidado. Após análise do seu percurso e das necessidades atuais da função, informamos que a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento.

Os seus dados serão conservados durante 24 meses para efeitos de futuros processos de recrutamento, podendo, a qualquer momento, exercer os seus direitos de acesso, retificação ou eliminação junto do nosso Encarregado de Proteção de Dados, através de dpo@bancoatlanticonorte.example.

Desejamos-lhe os maiores sucessos profissionais.

Com os melhores cumprimentos,
Direção de Capital Humano
Banco Atlântico Norte""",
        "footer": BAN_FOOTER,
        "exp": ("", "", "Banco Atlântico Norte", "Gestor(a) de Marca e Comunicação"),
        "notes": "European Portuguese; verdict mid-letter; DPO address in body is not a follow-up address; English do-not-reply line",
    },
    {
        "slug": "infojobs-santaclara-processo-finalizado", "label": "rejection", "cat": "job-board-relay", "lang": "pt",
        "country": "BR", "sector": "hospital", "style": "ats", "vendor": "infojobs", "brand": "InfoJobs",
        "html_mode": "html_only",
        "frm": "InfoJobs <avisos@infojobs.com.br>",
        "subject": "Sua candidatura para Analista de Comunicação e Endomarketing foi atualizada",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "text": """## Processo finalizado
Oi Sam,

A empresa Hospital Santa Clara do Vale finalizou o processo seletivo da vaga Analista de Comunicação e Endomarketing (São José dos Campos - SP) e, desta vez, o seu currículo não foi selecionado.

{table}

Não desanime! Separamos algumas vagas parecidas com a que você se candidatou:

- [[Analista de Marketing Pleno – Rede Vida Laboratórios]] · Campinas - SP
- [[Analista de Comunicação Interna – Grupo Paranapanema Saúde]] · Taubaté - SP
- [[Coordenador(a) de Marketing – Clínica Sorriso Pleno]] · São Paulo - SP

[[Ver mais vagas]]""",
        "table": [("Vaga", "Analista de Comunicação e Endomarketing"), ("Empresa", "Hospital Santa Clara do Vale"),
                  ("Status", "Processo finalizado")],
        "footer": ["Você recebe este e-mail porque se candidatou a uma vaga no InfoJobs. Para alterar suas notificações, {unsub}",
                   "InfoJobs Brasil Atividades de Internet Ltda. · Política de Privacidade: {privacy}"],
        "exp": ("", "", "Hospital Santa Clara do Vale", "Analista de Comunicação e Endomarketing"),
        "notes": "job-board relay; HTML-only; bulk headers; similar-jobs list under the verdict",
    },
    {
        "slug": "kianda-luanda-nao-seleccionado", "day": "2026-11-10", "label": "rejection", "cat": "personal-after-interview", "lang": "pt",
        "country": "AO", "sector": "bank", "style": "personal",
        "frm": "Domingas Neto <domingas.neto@bancokianda.example>",
        "subject": "Processo de Recrutamento Externo n.º 07/DRH/2026",
        "text": """Exmo.(a) Senhor(a) Sam Taylor,

Referimo-nos à candidatura de V. Exa. ao cargo de Chefe de Departamento de Marketing e Comunicação, no âmbito do Processo de Recrutamento Externo n.º 07/DRH/2026, e à entrevista realizada no passado dia 29 de Outubro nas nossas instalações da Rua Rainha Ginga, em Luanda.

Em nome da Comissão de Selecção, agradecemos a disponibilidade demonstrada e o interesse de V. Exa. em integrar o Banco Kianda, bem como a qualidade da apresentação efectuada sobre a estratégia digital do Banco.

Concluída a fase de entrevistas, cumpre-nos informar que V. Exa. não foi seleccionado(a) para a fase final do processo, tendo a Comissão optado por candidatos com experiência comprovada no mercado financeiro angolano e conhecimento aprofundado do normativo do Banco Nacional de Angola.

O perfil de V. Exa. ficará registado na nossa base de dados para futuras oportunidades, nomeadamente no âmbito da expansão da Direcção de Banca Digital prevista para 2027.

Sem outro assunto de momento, apresentamos os nossos melhores cumprimentos.

Domingas Neto
Técnica Sénior de Recrutamento e Selecção
Direcção de Recursos Humanos
Banco Kianda, S.A.
Tel.: +244 222 555 410 | Telm.: +244 923 555 187""",
        "exp": ("domingas.neto@bancokianda.example", "Domingas", "Banco Kianda",
                "Chefe de Departamento de Marketing e Comunicação"),
        "notes": "Angolan formal letter (V. Exa., pre-reform spelling seleccionado/Direcção); verdict in the middle",
    },
    {
        "slug": "mondego-mobilidade-interna", "label": "rejection", "cat": "internal-candidate", "lang": "pt",
        "country": "PT", "sector": "university", "style": "personal", "client_html": True,
        "frm": "Rui Antunes <rui.antunes@uc-mondego.example>",
        "subject": "Técnico(a) Superior de Comunicação Digital",
        "day": "2026-11-20",
        "text": """Olá Sam,

Peço desculpa pela demora na resposta. Queria dar-lhe notícias sobre a posição de Técnico(a) Superior de Comunicação Digital no Gabinete de Comunicação.

A Reitoria decidiu preencher o lugar por mobilidade interna, com uma colega que já estava a trabalhar connosco como bolseira, e por isso o procedimento externo foi encerrado sem contratação. Lamento sinceramente, porque a sua entrevista foi das melhores que tivemos.

Se surgir alguma coisa no próximo ano, e é provável que surja com o novo polo de Viseu, terei todo o gosto em avisá-la/avisá-lo.

Cumprimentos,
Rui Antunes

--
Rui Antunes
Diretor do Gabinete de Comunicação
Universidade do Mondego
Paço das Escolas, 3004-531 Coimbra
Tel. +351 239 555 120""",
        "exp": ("rui.antunes@uc-mondego.example", "Rui", "Universidade do Mondego",
                "Técnico(a) Superior de Comunicação Digital"),
        "notes": "filled by internal mobility; external procedure closed without hiring",
    },
    {
        "slug": "ponte-encaminha-nutrivale-ingles", "day": "2026-11-18", "label": "rejection", "cat": "agency-recruiter", "lang": "pt",
        "country": "BR", "sector": "agency", "style": "personal",
        "frm": "Thiago Almeida <thiago@pontetalentos.example>",
        "subject": "Fwd: Re: Candidate shortlist – Head of Growth",
        "text": """Oi Sam, tudo bem?

Segue abaixo o retorno que recebi da Nutrivale sobre a vaga de Head de Growth. Infelizmente não foi dessa vez 😕 eles gostaram bastante de você, mas fecharam com uma pessoa que já tinha experiência em D2C de alimentos.

Vamos conversar essa semana? Tenho duas posições novas que acho que fazem ainda mais sentido pro seu perfil, uma delas em São Paulo com modelo híbrido.

Abs,
Thiago

Thiago Almeida
Ponte Talentos | Executive Search
+55 11 95555-4420

---------- Forwarded message ---------
De: Laura Mendes <laura.mendes@nutrivale.example>
Date: ter., 17 de nov. de 2026 às 18:22
Subject: Re: Candidate shortlist – Head of Growth
To: Thiago Almeida <thiago@pontetalentos.example>

Hi Thiago,

Thanks for sending Sam over, the panel really enjoyed the conversation. We've decided to go with another candidate who has more direct D2C food experience, so we won't be moving forward with Sam. Please pass on our thanks.

Best,
Laura""",
        "exp": ("thiago@pontetalentos.example", "Thiago", "Nutrivale", "Head de Growth"),
        "notes": "agency forwards the client's English feedback about Sam and pitches two new roles; mixed pt/en; emoji",
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "slug": "caravela-gupy-teste-perfil", "day": "2026-11-24", "label": "other", "cat": "assessment", "lang": "pt",
        "country": "BR", "sector": "retail", "style": "ats", "vendor": "gupy", "brand": "Lojas Caravela",
        "frm": "Lojas Caravela <noreply@gupy.io>",
        "subject": "Você avançou para a próxima etapa! 🎉",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Parabéns, Sam!

Você avançou para a etapa de Teste de Perfil na vaga Analista de CRM Sênior da Lojas Caravela.

O teste leva cerca de 20 minutos e não tem respostas certas ou erradas: queremos conhecer melhor o seu jeito de trabalhar.

Atenção ao prazo: o teste fica disponível até 28/11 às 23h59. Se você não realizar o teste até essa data, infelizmente a sua candidatura será encerrada automaticamente.

[[Fazer o teste agora]]

Boa sorte!
Time de Gente & Cultura
Lojas Caravela""",
        "footer": GUPY_FOOTER,
        "notes": "same Gupy tenant as a rejection; next-stage notice with a conditional 'infelizmente ... será encerrada'",
    },
    {
        "slug": "atlanticonorte-cartao-nao-aprovado", "label": "other", "cat": "non-job-rejection", "lang": "pt",
        "country": "PT", "sector": "bank", "style": "ats", "vendor": "bank", "brand": "Banco Atlântico Norte",
        "html_mode": "html_only",
        "frm": "Banco Atlântico Norte <comunicacoes@bancoatlanticonorte.example>",
        "subject": "Pedido de cartão de crédito – decisão",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Caro(a) Sam Taylor,

Agradecemos o pedido de adesão ao Cartão de Crédito Atlântico Gold, submetido através da App Atlântico em 12/11/2026.

Após análise do pedido, informamos que o mesmo não foi aprovado nesta data. Esta decisão resulta da avaliação de solvabilidade realizada nos termos do Decreto-Lei n.º 133/2009 e não implica qualquer alteração às restantes condições da sua conta.

{table}

Poderá apresentar um novo pedido decorridos 6 meses. Para mais informações, contacte a Linha Atlântico (+351 220 555 555, dias úteis das 8h às 22h).

Com os melhores cumprimentos,
Banco Atlântico Norte""",
        "table": [("Produto", "Cartão de Crédito Atlântico Gold"), ("N.º do pedido", "CC-2026-1185523"),
                  ("Estado", "Não aprovado")],
        "footer": BAN_FOOTER,
        "notes": "credit card application refused by the same bank that rejected a job application in this set; status table 'Não aprovado'",
    },
    {
        "slug": "douro-teamtailor-comunidade-talentos", "label": "other", "cat": "talent-pool", "lang": "pt",
        "country": "PT", "sector": "traineeship", "style": "ats", "vendor": "teamtailor", "brand": "Mercearias do Douro",
        "frm": "Mercearias do Douro <no-reply@teamtailor.com>",
        "subject": "Obrigado pela visita ao nosso stand 👋",
        "headers": {"List-Unsubscribe": "<{unsub}>"},
        "text": """Olá Sam,

Obrigado por ter passado pelo stand da Mercearias do Douro na Feira de Emprego da Nova SBE! Foi ótimo conhecê-lo/a.

Neste momento ainda não abrimos as candidaturas para o Programa Trainee 2027 nem para as funções de marketing em Lisboa, mas não queremos perder o contacto. Junte-se à nossa comunidade de talentos e será dos primeiros a saber quando abrirem novas oportunidades.

[[Juntar-me à comunidade]]

Até breve,
Equipa de Pessoas
Mercearias do Douro""",
        "about": "A Mercearias do Douro é a rede de supermercados de proximidade com 180 lojas no Norte e Centro de Portugal.",
        "footer": ["Recebeu este e-mail porque deixou os seus contactos no nosso stand. Cancelar subscrição: {unsub}",
                   "Política de privacidade: {privacy}"],
        "notes": "talent community invitation after a careers fair; no application, no verdict; 'ainda não abrimos as candidaturas'",
    },
    {
        "slug": "serraazul-proposta-salario", "day": "2026-11-30", "label": "other", "cat": "offer", "lang": "pt",
        "country": "BR", "sector": "food", "style": "personal",
        "frm": "Mariana Costa <mariana.costa@cafeserraazul.example>",
        "subject": "Proposta – Gerente de Marketing de Marca | Café Serra Azul",
        "text": """Oi Sam! Tudo bem?

Fico muito feliz em te enviar a nossa proposta para a posição de Gerente de Marketing de Marca! 🎉 O time todo saiu animado das entrevistas.

Sendo transparente: infelizmente não conseguimos chegar ao valor de salário que você mencionou (R$ 28 mil), porque ficaria fora da nossa faixa para o cargo. O que conseguimos aprovar foi:

- Salário: R$ 25.500,00 (CLT)
- PLR: até 2,5 salários por ano
- Bônus de contratação: R$ 15.000,00
- Modelo híbrido: 3 dias no escritório em Campinas

Os detalhes estão no PDF em anexo. Se quiser conversar sobre algum ponto, é só me chamar; a proposta é válida até sexta-feira, 4/12.

Beijos e torcendo pelo sim!
Mariana

Mariana Costa
Gerente de Gente & Gestão | Café Serra Azul
(19) 95555-3380""",
        "attach": [("Proposta_Sam_Taylor.pdf", "application/pdf",
                    "%PDF-1.4\n% Proposta de trabalho - Cafe Serra Azul\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")],
        "notes": "job offer; 'infelizmente não conseguimos' about salary; PDF attached",
    },
    {
        "slug": "sam-agradece-mondego", "label": "other", "cat": "owner-sent", "lang": "pt",
        "country": "PT", "sector": "university", "style": "personal", "parent": True, "parent_domain": "uc-mondego.example",
        "day": "2026-11-21",
        "frm": "Sam Taylor <sam.taylor@example.org>", "to": "Rui Antunes <rui.antunes@uc-mondego.example>",
        "subject": "Re: Técnico(a) Superior de Comunicação Digital",
        "text": """Caro Rui,

Muito obrigado pela sua mensagem e pela transparência. Compreendo perfeitamente a decisão, e fico contente por saber que a entrevista correu bem.

Gostei muito de conhecer a equipa do Gabinete de Comunicação. Se surgir alguma oportunidade com o novo polo de Viseu, terei todo o gosto em candidatar-me de novo.

Com os melhores cumprimentos,
Sam

Sam Taylor
Head of Insights · Calder Street Media

Em sex., 20/11/2026 às 16:05, Rui Antunes <rui.antunes@uc-mondego.example> escreveu:
> Olá Sam,
>
> Peço desculpa pela demora na resposta. Queria dar-lhe notícias sobre a
> posição de Técnico(a) Superior de Comunicação Digital no Gabinete de
> Comunicação.
>
> A Reitoria decidiu preencher o lugar por mobilidade interna, com uma
> colega que já estava a trabalhar connosco como bolseira, e por isso o
> procedimento externo foi encerrado sem contratação. Lamento
> sinceramente, porque a sua entrevista foi das melhores que tivemos.
>
> Rui Antunes""",
        "notes": "the owner's own thank-you reply quoting a rejection (From Sam)",
    },
    {
        "slug": "kwanza-entrevista-cancelada-reagendar", "label": "other", "cat": "reschedule", "lang": "pt",
        "country": "AO", "sector": "logistics", "style": "personal",
        "frm": "Edvaldo Manuel <edvaldo.manuel@kwanzalogistica.example>",
        "cc": "Recursos Humanos <rh@kwanzalogistica.example>",
        "subject": "Cancelamento da entrevista de 03/12 – Gestor de Marketing",
        "text": """Caro Sam Taylor,

Lamentamos informar que a entrevista marcada para amanhã, dia 3 de Dezembro, às 10h00, para o cargo de Gestor de Marketing foi cancelada, devido a uma deslocação inesperada do nosso Director Comercial ao Lobito.

A sua candidatura continua em análise e pretendemos reagendar a entrevista para a próxima semana. Poderia, por favor, indicar-nos a sua disponibilidade entre os dias 9 e 11 de Dezembro?

Pedimos desculpa pelo incómodo.

Atenciosamente,

Edvaldo Manuel
Técnico de Recursos Humanos
Kwanza Logística, Lda.
Luanda – Talatona
+244 923 555 604""",
        "day": "2026-12-02",
        "notes": "interview cancelled and to be rescheduled; candidacy still under review; 'Lamentamos informar'",
    },
]
