"""Portuguese messages (Portugal and Brazil; 10 rejections, 10 hard negatives). Wording is data."""

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="gupy-br-proximas-etapas", label="rejection", cat="ats-automated", style="ats",
     frm="Cajuína Digital <nao-responda@gupy.io>",
     subject="Retorno sobre sua candidatura – Analista de Marketing de Produto Sênior",
     banner="Cajuína Digital · Carreiras", enc="quoted-printable", colour="#ff7b00",
     body="""Olá, Sam!

Agradecemos muito o seu interesse em fazer parte do time da Cajuína Digital e o tempo dedicado ao nosso processo seletivo para a vaga de Analista de Marketing de Produto Sênior.

Neste momento, seu perfil não seguirá para as próximas etapas. Essa decisão considerou os requisitos específicos da vaga, principalmente a vivência com produtos financeiros, e não diminui em nada a sua trajetória.

Seu currículo continua no nosso banco de talentos, e você pode acompanhar outras oportunidades na nossa [[página de vagas]].

Abraços,
Time de Gente & Cultura da Cajuína Digital""",
     footer="""Este é um e-mail automático, por favor não responda.
Cajuína Digital Ltda. · Av. Paulista, 1578 · São Paulo – SP · CNPJ 12.345.678/0001-90
Tratamos seus dados conforme a LGPD. [[Política de privacidade]]""",
     lab=("", "", "Cajuína Digital", "Analista de Marketing de Produto Sênior"),
     notes="Brazil; Gupy; 'seu perfil não seguirá para as próximas etapas'; no contact"),

dict(slug="workday-pt-nao-selecionada", label="rejection", cat="ats-automated", style="ats",
     frm="Atlântico Seguros <atlantico@myworkday.com>",
     subject="A sua candidatura: Gestor(a) de Marca (JR-2291)",
     banner="Atlântico Seguros", enc="base64", colour="#003f88",
     body="""Caro(a) Sam Taylor,

Obrigado pelo interesse demonstrado na Atlântico Seguros e pela candidatura à função de Gestor(a) de Marca.

Após uma análise cuidada do seu perfil, informamos que a sua candidatura não foi selecionada para as fases seguintes do processo de recrutamento. Esta decisão reflete exclusivamente a adequação aos requisitos da função neste momento.

Para qualquer esclarecimento, contacte a equipa de Recrutamento através de recrutamento@atlantico-seguros.example.

Com os melhores cumprimentos,
Equipa de Recrutamento""",
     footer="""Por favor, não responda a este e-mail.
Atlântico Seguros, S.A. · Avenida da Liberdade 190 · 1250-147 Lisboa · NIPC 500 000 555 · [[Política de Privacidade]]""",
     lab=("recrutamento@atlantico-seguros.example", "", "Atlântico Seguros", "Gestor(a) de Marca"),
     notes="Portugal; Workday; base64; 'não foi selecionada'; team address in body"),

dict(slug="smartrecruiters-br-vaga-congelada", label="rejection", cat="role-cancelled", style="ats",
     frm="Ipê Logística <no-reply@smartrecruiters.com>",
     reply_to="Fernanda Lima <fernanda.lima@ipelogistica.example>",
     subject="Atualização sobre a vaga de Coordenador(a) de Marketing",
     banner="Ipê Logística", enc="quoted-printable", colour="#7b2cbf",
     body="""Oi, Sam, tudo bem?

Queria te dar uma posição sobre a vaga de Coordenador(a) de Marketing para a qual você conversou com a gente.

Por uma decisão da diretoria, a vaga foi congelada até o segundo semestre de 2027 e o processo seletivo foi encerrado para todos os candidatos. Sei que é frustrante, ainda mais depois de duas entrevistas, e peço desculpas pela demora em avisar.

Se a vaga reabrir, você será a primeira pessoa que vou procurar.

Um abraço,
Fernanda Lima
Tech Recruiter""",
     footer="""Ipê Logística S.A. · Campinas – SP · [[Privacidade]] · Não responda a este endereço.""",
     lab=("fernanda.lima@ipelogistica.example", "Fernanda", "Ipê Logística", "Coordenador(a) de Marketing"),
     notes="Brazil; role frozen; Reply-To person"),

dict(slug="teamtailor-pt-outro-perfil", label="rejection", cat="ats-automated", style="ats",
     frm="Azulejo Labs <no-reply@teamtailor-mail.com>",
     reply_to="Rita Carvalho <rita@azulejolabs.example>",
     subject="A tua candidatura na Azulejo Labs",
     banner="azulejo labs", enc="quoted-printable", colour="#1d4e89",
     body="""Olá Sam,

Obrigada pela conversa da semana passada e pelo caso prático que nos enviaste – gostámos mesmo muito da tua proposta para o lançamento em Espanha.

Depois de muita discussão, decidimos avançar com outro perfil para a função de Product Marketing Lead, com mais anos de experiência em SaaS para PME.

Se quiseres, posso partilhar contigo o feedback da equipa numa chamada rápida. Basta responderes a este e-mail.

Um abraço,
Rita Carvalho
Talent Partner""",
     footer="""Azulejo Labs, Lda. · Rua de Santa Catarina 200 · 4000-442 Porto · [[Privacidade]]""",
     lab=("rita@azulejolabs.example", "Rita", "Azulejo Labs", "Product Marketing Lead"),
     notes="Portugal; tu; 'decidimos avançar com outro perfil'"),

dict(slug="portal-br-reprovado", label="rejection", cat="status-portal", style="ats",
     frm="Mandacaru Varejo <notificacoes@mandacaru.kenoby.example>",
     subject="Status da sua candidatura foi atualizado",
     banner="Mandacaru · Portal do Candidato", enc="quoted-printable", colour="#2d6a4f", html_only=True,
     table=[("Vaga", "Especialista em CRM"), ("Local", "Recife – PE"), ("Situação", "Reprovado na triagem")],
     table_after=2,
     body="""Olá, Sam Taylor!

Houve uma atualização na sua candidatura:

Acesse o [[portal do candidato]] para mais detalhes.

Equipe de Recrutamento – Mandacaru Varejo""",
     footer="""E-mail automático, não responda. · [[LGPD]]""",
     lab=("", "", "Mandacaru Varejo", "Especialista em CRM"),
     notes="Brazil; HTML-only; verdict only in a table cell ('Reprovado na triagem'); no contact"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="br-recrutadora-nao-segue", day="2026-11-26", label="rejection", cat="personal-after-interview", style="personal",
     frm="Juliana Rocha <juliana.rocha@sabia-saude.example>",
     subject="Processo Gerente de Marketing – Sabiá Saúde",
     enc="8bit",
     body="""Oi Sam, tudo bem?

Obrigada pelo papo com o Rafael e comigo na terça, foi muito legal conhecer sua trajetória.

Te escrevo para dar um retorno: a gente decidiu que você não vai seguir no processo para Gerente de Marketing. O time sentiu falta de uma experiência mais forte com marketing médico e relacionamento com operadoras, que vai ser o grande desafio do ano que vem.

Fico à disposição se quiser conversar sobre o feedback.

Beijos e boa sorte!
Juliana Rocha
Talent Acquisition | Sabiá Saúde
(11) 95555-2841""",
     lab=("juliana.rocha@sabia-saude.example", "Juliana", "Sabiá Saúde", "Gerente de Marketing"),
     notes="Brazil; informal você; 'você não vai seguir no processo'"),

dict(slug="pt-curto", day="2026-11-17", label="rejection", cat="terse", style="personal",
     frm="Tiago Mendes <tiago@pastelnata.example>",
     subject="Re: Função de Growth",
     reply=True, enc="quoted-printable",
     body="""Olá Sam,

Só para te dizer que não vamos seguir contigo para a função de Growth Manager. Ficámos com alguém com mais experiência em retalho.

Obrigado e boa sorte,
Tiago""",
     quote=("Em seg., 16/11/2026 às 19:03, Sam Taylor <sam.taylor@example.org> escreveu:",
            """Olá Tiago, agradeço a conversa de hoje! Fico a aguardar notícias.
Sam"""),
     lab=("tiago@pastelnata.example", "Tiago", "", "Growth Manager"),
     notes="Portugal; terse; In-Reply-To; company only in domain"),

dict(slug="br-consultoria-cliente", label="rejection", cat="agency", style="personal",
     frm="Renato Alves <renato.alves@rumo-executivos.example>",
     subject="Retorno do cliente – Head de Branding",
     enc="quoted-printable",
     body="""Bom dia, Sam!

Como combinado, trago o retorno do nosso cliente, a Cervejaria Serra Azul, sobre a posição de Head de Branding.

Eles gostaram bastante da entrevista, mas optaram por não dar sequência à sua candidatura: vão priorizar alguém que já tenha gerido marcas de bebidas no Nordeste.

Lamento, você estava muito bem avaliado(a) na primeira conversa. Conto com você para os próximos projetos.

Abraço,
Renato Alves
Consultor Sênior – Rumo Executivos
(81) 98555-1123""",
     lab=("renato.alves@rumo-executivos.example", "Renato", "Cervejaria Serra Azul", "Head de Branding"),
     notes="Brazil; agency relays the client; company = client; 'optaram por não dar sequência'"),

dict(slug="pt-candidato-interno", label="rejection", cat="internal-candidate", style="personal",
     frm="Ana Sofia Pereira <anasofia.pereira@tejo-energia.example>",
     subject="Função de Responsável de Comunicação",
     enc="base64",
     body="""Caro(a) Sam Taylor,

Escrevo-lhe para dar um ponto de situação sobre a função de Responsável de Comunicação.

A administração decidiu preencher a vaga com uma colaboradora interna da nossa área de sustentabilidade, pelo que o processo de recrutamento externo foi encerrado. Lamento não lhe trazer melhores notícias, sobretudo depois da entrevista tão positiva que tivemos.

Agradeço-lhe sinceramente o tempo e a disponibilidade.

Com os melhores cumprimentos,
Ana Sofia Pereira
Diretora de Recursos Humanos
Tejo Energia, S.A.
+351 21 555 4020""",
     lab=("anasofia.pereira@tejo-energia.example", "Ana Sofia", "Tejo Energia", "Responsável de Comunicação"),
     notes="Portugal; formal (lhe); base64; internal candidate; two-word first name"),

dict(slug="br-time-optou", label="rejection", cat="personal-after-interview", style="personal",
     frm="Gustavo Nogueira <gustavo@jabuticaba.example>",
     subject="Sobre a vaga de Growth Marketing Manager",
     enc="8bit",
     body="""Fala, Sam!

Passando pra te dar um retorno depois do case. Curti muito sua apresentação, de verdade.

O time acabou optando por alguém com mais vivência em aquisição paga para apps, que é onde a gente mais vai investir em 2027. Então, infelizmente, dessa vez não rolou para a vaga de Growth Marketing Manager na Jabuticaba.

Vamos manter contato! Quando abrir algo mais de marca, te chamo.

Abs,
Gustavo
Head de Marketing – Jabuticaba""",
     lab=("gustavo@jabuticaba.example", "Gustavo", "Jabuticaba", "Growth Marketing Manager"),
     notes="Brazil; very informal; 'dessa vez não rolou'"),

# ---------------------------------------------------------------- other, ATS
dict(slug="gupy-recebemos-hedge", label="other", cat="ack-hedging", style="ats",
     frm="Cajuína Digital <nao-responda@gupy.io>",
     subject="Recebemos sua candidatura – Coordenador(a) de Branding",
     banner="Cajuína Digital · Carreiras", enc="quoted-printable", colour="#ff7b00",
     body="""Olá, Sam!

Sua candidatura para a vaga de Coordenador(a) de Branding foi recebida com sucesso.

Vamos analisar o seu perfil com carinho nas próximas semanas. Se você não for selecionado(a) para a próxima etapa, também vamos te avisar por aqui – nenhuma candidatura fica sem retorno.

Time de Gente & Cultura da Cajuína Digital""",
     footer="""Este é um e-mail automático, por favor não responda. · [[Política de privacidade]]""",
     notes="acknowledgement that hedges ('Se você não for selecionado(a) ..., também vamos te avisar'); same sender as a rejection"),

dict(slug="workday-convite-entrevista", label="other", cat="interview-invite", style="ats",
     frm="Atlântico Seguros <atlantico@myworkday.com>",
     subject="Convite para entrevista: Gestor(a) de Produto Digital (JR-2304)",
     banner="Atlântico Seguros", enc="quoted-printable", colour="#003f88",
     body="""Caro(a) Sam Taylor,

Temos o prazer de o(a) convidar para uma entrevista no âmbito do processo de recrutamento para a função de Gestor(a) de Produto Digital.

Por favor, selecione a data e hora que lhe forem mais convenientes: [[Agendar entrevista]]

Com os melhores cumprimentos,
Equipa de Recrutamento""",
     footer="""Por favor, não responda a este e-mail. · [[Política de Privacidade]]""",
     notes="interview invitation; same sender as a rejection"),

dict(slug="em-analise", label="other", cat="status-update", style="ats",
     frm="Azulejo Labs <no-reply@teamtailor-mail.com>",
     subject="Ponto de situação da tua candidatura",
     banner="azulejo labs", enc="base64", colour="#1d4e89",
     body="""Olá Sam,

Queremos só dizer-te que a tua candidatura para Brand Designer & Marketer continua em análise. Recebemos muitas candidaturas e ainda não tomámos nenhuma decisão.

Contamos dar-te notícias até ao final da próxima semana.

Equipa Azulejo Labs""",
     footer="""Azulejo Labs, Lda. · Porto · [[Privacidade]]""",
     notes="status update: still under review"),

dict(slug="transferida-outra-vaga", label="other", cat="requisition-transfer", style="ats",
     frm="Ipê Logística <no-reply@smartrecruiters.com>",
     subject="Sua candidatura foi transferida para outra vaga",
     banner="Ipê Logística", enc="quoted-printable", colour="#7b2cbf",
     body="""Oi, Sam!

A nossa equipe de recrutamento transferiu sua candidatura da vaga Analista de Marketing Pleno para a vaga Analista de Marketing Sênior, que combina mais com a sua experiência.

Você não precisa fazer nada: o processo continua normalmente e a próxima etapa será uma entrevista com a gestora da área. A vaga anterior vai aparecer como "encerrada" no seu painel.

Time de Recrutamento – Ipê Logística""",
     footer="""Ipê Logística S.A. · Campinas – SP · [[Privacidade]]""",
     notes="application moved to another requisition; old one shows 'encerrada'; process continues"),

dict(slug="emprestimo-recusado", label="other", cat="non-job-rejection", style="ats",
     frm="Banco Lusitano <alertas@bancolusitano.example>",
     subject="Resposta ao seu pedido de crédito pessoal",
     banner="Banco Lusitano", enc="quoted-printable", colour="#9d0208",
     body="""Caro(a) Cliente,

Analisámos o seu pedido de crédito pessoal no valor de 12 000 €.

Lamentamos informar que, nesta fase, não nos é possível aprovar o seu pedido, por não estarem reunidas as condições de rendimento exigidas.

Poderá submeter um novo pedido após 90 dias ou contactar o seu gestor de conta.

Banco Lusitano""",
     footer="""Banco Lusitano, S.A. · Lisboa · [[Segurança]] · Não responda a esta mensagem.""",
     notes="non-job: personal loan refused"),

# ---------------------------------------------------------------- other, personal
dict(slug="colega-devolutiva-finalistas", label="other", cat="owner-is-hiring", style="personal",
     frm="Camila Ribeiro <camila.ribeiro@example.org>",
     subject="Devolutiva para os finalistas de Social Media",
     enc="8bit",
     body="""Oi Sam!

Fechamos com a Letícia para a vaga de Social Media. Você consegue mandar a devolutiva para os outros dois finalistas? Você que entrevistou eles na última etapa.

Rascunho que eu usaria:
"Agradecemos sua participação. Neste momento, optamos por seguir com outro(a) candidato(a)…"

Pode ajustar como achar melhor.

Valeu!
Camila
RH – Example Org""",
     notes="owner is hiring: colleague asks Sam to send rejections"),

dict(slug="headhunter-vaga-fechada-novas", label="other", cat="recruiter-pitch-filled", style="personal",
     frm="Marcelo Duarte <marcelo@talentos-sul.example>",
     subject="Novas oportunidades",
     enc="quoted-printable",
     body="""Oi Sam, tudo certo?

Lembra da vaga de Diretor(a) de Marketing numa rede de academias que comentei em agosto? Você preferiu não seguir na época, e ela já foi preenchida. Mas agora estou com duas posições novas que têm muito a ver com você:

• Head de Product Marketing em uma healthtech (São Paulo, híbrido)
• Gerente de Marca em uma empresa de cosméticos (Curitiba)

Podemos falar essa semana?

Abraço,
Marcelo Duarte
Talentos Sul · (41) 99555-3012""",
     notes="recruiter: old role (owner declined) filled, pitching new ones"),

dict(slug="proposta-pt", label="other", cat="offer", style="personal",
     frm="Inês Figueiredo <ines.figueiredo@marnota.example>",
     subject="Proposta – Head of Marketing",
     enc="8bit",
     body="""Olá Sam,

Tenho o prazer de lhe comunicar que gostaríamos de o/a receber na Marnota como Head of Marketing!

Segue o resumo da proposta: vencimento bruto anual de 54 000 €, seguro de saúde e início a 1 de fevereiro. A proposta formal seguirá amanhã por e-mail para assinatura.

Fico a aguardar a sua resposta e disponível para qualquer dúvida.

Com os melhores cumprimentos,
Inês Figueiredo
CEO, Marnota""",
     notes="offer"),

dict(slug="resposta-automatica", label="other", cat="auto-reply", style="personal",
     frm="Patrícia Moura <patricia.moura@oceanica.example>",
     subject="Resposta automática: Candidatura – Brand Manager",
     headers={"Auto-Submitted": "auto-replied"},
     enc="quoted-printable",
     body="""Olá,

Estou de férias até dia 14 de dezembro, sem acesso ao e-mail.

Para assuntos de recrutamento, por favor contacte recrutamento@oceanica.example.

Obrigada,
Patrícia Moura""",
     notes="out-of-office auto-reply"),

dict(slug="sam-agradece-sabia", day="2026-11-27", label="other", cat="owner-sent", style="personal",
     frm="Sam Taylor <sam.taylor@example.org>",
     to="Juliana Rocha <juliana.rocha@sabia-saude.example>",
     subject="Re: Processo Gerente de Marketing – Sabiá Saúde",
     reply=True, enc="8bit",
     body="""Oi Juliana,

Agradeço muito o retorno tão cuidadoso! Claro que bateu uma decepção, mas entendo perfeitamente a questão das operadoras.

Adoraria conversar sobre o feedback quando você tiver um tempinho. E, se surgir outra vaga na Sabiá Saúde, vou ficar feliz em saber.

Um abraço,
Sam""",
     quote=("Em qui., 26 de nov. de 2026 às 16:40, Juliana Rocha <juliana.rocha@sabia-saude.example> escreveu:",
            """Te escrevo para dar um retorno: a gente decidiu que você não vai seguir no processo para Gerente de Marketing. [...]"""),
     notes="the owner's own sent thank-you (From Sam), quoting a rejection"),
]
