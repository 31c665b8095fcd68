"""Portuguese messages (Brazil, Portugal): 8 rejections, 8 hard negatives."""
R, O = "rejection", "other"
_GUPY = """Este e-mail foi enviado por meio da Gupy, plataforma de recrutamento utilizada pela empresa. Seus dados são tratados conforme a LGPD (Lei nº 13.709/2018). [[Política de privacidade]] · [[Meus dados]]

Não responda este e-mail, ele é gerado automaticamente."""
MESSAGES = [
# ---------------- rejections ----------------
dict(slug="pt-gupy-outros-candidatos-banco", label=R, lang="pt", cc="BR", style="ats", cat="keep-on-file", vendor="gupy",
     frm="Ipê Varejo <naoresponda@gupy.example>", subject="Atualização sobre o processo seletivo - Coordenador(a) de Marketing de Produto",
     brand="Ipê Varejo", text="""Olá, Sam!

Agradecemos muito sua participação no processo seletivo para a vaga de Coordenador(a) de Marketing de Produto na Ipê Varejo e todo o tempo que você dedicou às etapas até aqui.

Neste momento, decidimos seguir com outros candidatos cujo perfil está mais aderente aos requisitos da vaga. Sabemos que não é a notícia que você esperava, e queremos que saiba que seu currículo continuará em nosso banco de talentos para futuras oportunidades.

Continue acompanhando nossas vagas na nossa [[página de carreiras]]. 💜

Um abraço,
Time de Gente & Gestão | Ipê Varejo""",
     foot=_GUPY, row=("", "", "Ipê Varejo", "Coordenador(a) de Marketing de Produto"), tags="gupy; ordinary Brazilian wording; banco de talentos; emoji"),

dict(slug="pt-kenoby-nao-selecionado-etapa", label=R, lang="pt", cc="BR", style="ats", cat="ats-automated", vendor="kenoby",
     frm="Recrutamento Caju Pagamentos <vagas@kenoby.example>", subject="Processo seletivo Caju Pagamentos - Analista Sênior de Growth",
     brand="Caju Pagamentos", text="""Oi Sam, tudo bem?

Queremos te agradecer pela participação no processo seletivo para Analista Sênior de Growth. Foi muito bom conhecer um pouco mais da sua trajetória.

Infelizmente você não foi selecionado(a) para a próxima etapa. Recebemos muitos perfis incríveis e a decisão foi bem difícil.

Desejamos sucesso na sua jornada e esperamos cruzar com você em uma próxima oportunidade!

Equipe de Atração | Caju Pagamentos""",
     foot="""Enviado via Kenoby. Caso não queira mais receber e-mails deste processo, [[clique aqui]].""",
     row=("", "", "Caju Pagamentos", "Analista Sênior de Growth"), tags="kenoby; não selecionado(a) para a próxima etapa"),

dict(slug="pt-teamtailor-pt-nao-avancar", label=R, lang="pt", cc="PT", style="ats", cat="ats-automated", vendor="teamtailor",
     frm="Inês Carvalho - Tejo Digital <notifications@teamtailor.example>", reply_to_hdr="Inês Carvalho <ines.carvalho@tejodigital.example>",
     subject="A sua candidatura na Tejo Digital", brand="Tejo Digital",
     text="""Olá Sam,

Obrigada pelo interesse na Tejo Digital e pela candidatura à função de Product Marketing Manager.

Analisámos cuidadosamente o seu perfil e lamentamos informar que não vamos avançar com a sua candidatura nesta fase. Procuramos alguém com experiência mais direta em produtos SaaS para o mercado ibérico.

Gostaríamos de manter os seus dados na nossa base de candidatos durante 12 meses. Se não concordar, basta responder a este e-mail e eliminá-los-emos.

Com os melhores cumprimentos,
Inês Carvalho
Talent Acquisition · Tejo Digital""",
     foot="""Tejo Digital, S.A. · Lisboa · NIPC 500000000 · [[Política de Privacidade]] · [[Cancelar subscrição]]""",
     row=("ines.carvalho@tejodigital.example", "Inês", "Tejo Digital", "Product Marketing Manager"), tags="teamtailor; European Portuguese; reply-to recruiter; data retention opt-out"),

dict(slug="pt-linkedin-status-nao-avancar", day="2026-10-20", label=R, lang="pt", cc="BR", style="ats", cat="ats-automated", vendor="linkedin",
     frm="LinkedIn <jobs-noreply@linkedin.example>", subject="Sua candidatura para Gerente de Marketing na Jabuticaba Tech",
     brand="LinkedIn", text="""Sua atualização de candidatura

Gerente de Marketing
Jabuticaba Tech · São Paulo, SP (Híbrido)
Candidatura enviada em 02/10/2026

Infelizmente, a Jabuticaba Tech decidiu não avançar com sua candidatura.

Encontre seu próximo trabalho:
- [[Gerente de Marketing de Produto - Sabiá Bank]] · São Paulo
- [[Head de Marketing - Paçoca Labs]] · Remoto
- [[Coordenadora de Growth - Vila Seguros]] · Campinas

{btn:Ver vagas}""",
     foot="""Este e-mail foi enviado para Sam Taylor (Head of Insights na Calder Street Media). [[Cancelar inscrição]] · [[Ajuda]]

© 2026 LinkedIn Corporation. LinkedIn e o logotipo do LinkedIn são marcas registradas da LinkedIn.""",
     row=("", "", "Jabuticaba Tech", "Gerente de Marketing"), tags="linkedin status mail; job list under verdict; bulk headers"),

dict(slug="pt-recrutadora-preenchida-internamente", label=R, lang="pt", cc="PT", style="personal", cat="internal-candidate",
     frm="Rita Sousa <rita.sousa@douroseguros.example>", subject="Função de Brand Manager - ponto de situação",
     text="""Bom dia Sam,

Espero que esteja tudo bem consigo.

Queria dar-lhe um ponto de situação sobre a função de Brand Manager. Infelizmente, a posição acabou por ser preenchida internamente: uma colega da equipa de Comunicação candidatou-se na reta final e a Administração optou por essa solução. Lamento muito, porque a sua entrevista com o Dr. Nuno correu mesmo bem.

Fico com o seu contacto e, surgindo algo adequado, volto a falar consigo.

Cumprimentos,
Rita Sousa
Recursos Humanos | Douro Seguros
Tel.: +351 22 000 1234""",
     row=("rita.sousa@douroseguros.example", "Rita", "Douro Seguros", "Brand Manager"), tags="European Portuguese; preenchida internamente"),

dict(slug="pt-br-gestor-outro-candidato-thread", day="2026-11-18", label=R, lang="pt", cc="BR", style="personal", cat="after-assessment", parent=True, parent_domain="example.org", client_html=True,
     frm="Thiago Nogueira <thiago.nogueira@cerradoagro.example>", subject="Re: Case de Marketing - Cerrado Agro",
     text="""Oi Sam, obrigado pelo envio do case e pela apresentação de terça.

Vou ser direto: optamos por outro candidato, que já tem vivência com agronegócio e com a nossa rede de revendas. Seu case estava muito bem estruturado, principalmente a parte de segmentação, mas pesou a experiência no setor.

Se quiser, marco 20 minutos para te passar o feedback completo.

Abs,
Thiago

Thiago Nogueira
Diretor de Marketing | Cerrado Agro
+55 61 90000-4433

Em sex., 13 de nov. de 2026 às 19:22, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Thiago, segue em anexo o case. Fico à disposição para qualquer dúvida.
> Abraço,
> Sam""",
     row=("thiago.nogueira@cerradoagro.example", "Thiago", "Cerrado Agro", ""), tags="after case study; reply above Sam's mail; role not named"),

dict(slug="pt-curto-nao-foi-desta-vez", label=R, lang="pt", cc="PT", style="personal", cat="terse",
     frm="Miguel Pereira <miguel@azulejostudio.example>", subject="Re: Candidatura Marketing Lead", parent=True, parent_domain="example.org",
     text="""Olá Sam, infelizmente não foi desta vez. Obrigado pela disponibilidade e boa sorte!

Miguel
Azulejo Studio""",
     row=("miguel@azulejostudio.example", "Miguel", "Azulejo Studio", "Marketing Lead"), tags="terse; role only in subject"),

dict(slug="pt-br-vaga-cancelada-reestruturacao", label=R, lang="pt", cc="BR", style="personal", cat="role-cancelled",
     frm="Camila Ribeiro <camila.ribeiro@maracatu.example>", subject="Processo Head de Marca - Maracatu Alimentos",
     text="""Olá Sam, boa tarde!

Tudo bem? Passando para te dar um retorno sobre o processo de Head de Marca.

Infelizmente a vaga foi cancelada por conta de uma reestruturação na diretoria de marketing, que vai passar a responder à área comercial. Com isso, encerramos o processo seletivo com todos os finalistas, incluindo você.

Quero muito agradecer pela sua dedicação durante as entrevistas, você foi super bem avaliado pelo time. Assim que tivermos novas posições na área, entro em contato.

Um abraço,
Camila Ribeiro
Business Partner de RH | Maracatu Alimentos
(81) 90000-2211""",
     row=("camila.ribeiro@maracatu.example", "Camila", "Maracatu Alimentos", "Head de Marca"), tags="vaga cancelada; restructuring; finalist"),

# ---------------- hard negatives ----------------
dict(slug="pt-gupy-avancou-entrevista", day="2026-11-20", label=O, lang="pt", cc="BR", style="ats", cat="interview-invite", vendor="gupy",
     frm="Ipê Varejo <naoresponda@gupy.example>", subject="Parabéns! Você avançou para a etapa de Entrevista com a Gestão",
     brand="Ipê Varejo", text="""Olá, Sam!

Temos uma ótima notícia: você avançou no processo seletivo para a vaga de Gerente de Trade Marketing na Ipê Varejo! 🎉

Próxima etapa:: Entrevista com a Gestão
Formato:: Online (Google Meet)
Prazo para agendar:: 26/11/2026

{btn:Agendar minha entrevista}

Caso não consiga agendar até o prazo, infelizmente não poderemos seguir com sua candidatura nesta vaga.

Um abraço,
Time de Gente & Gestão | Ipê Varejo""",
     foot=_GUPY, tags="gupy; next stage; conditional 'não poderemos seguir' if not scheduled; same sender as a rejection"),

dict(slug="pt-gupy-inscricao-recebida", label=O, lang="pt", cc="BR", style="ats", cat="ack-received", vendor="gupy",
     frm="Sabiá Bank <naoresponda@gupy.example>", subject="Recebemos sua candidatura - Gerente de Marketing de Produto",
     brand="Sabiá Bank", text="""Olá, Sam!

Sua candidatura para a vaga de Gerente de Marketing de Produto no Sabiá Bank foi recebida com sucesso. 🚀

E agora? Nosso time vai analisar todos os perfis. Você pode acompanhar o status pelo painel da Gupy. Caso seu perfil não avance para as próximas etapas, você também será informado(a) por e-mail, combinado?

{btn:Acompanhar candidatura}

Boa sorte!
Time de Talentos Sabiá Bank""",
     foot=_GUPY, tags="acknowledgement; hedge 'caso seu perfil não avance'"),

dict(slug="pt-indeed-alerta-vagas", label=O, lang="pt", cc="BR", style="ats", cat="job-alert", vendor="indeed",
     frm="Indeed <alert@indeed.example>", subject="15 novas vagas de Gerente de Marketing em São Paulo, SP",
     brand="Indeed", text="""Novas vagas para: **Gerente de Marketing** em **São Paulo, SP**

- [[Gerente de Marketing Digital - Pitanga Cosméticos]] · São Paulo, SP · R$ 18.000 - R$ 22.000 por mês · Candidatura simplificada
- [[Gerente de Produto e Marketing - Guaraná Mobilidade]] · Barueri, SP · Novo
- [[Marketing Manager (inglês fluente) - Cajá Software]] · Remoto
- [[Gerente de Marca - Laticínios Serra Azul]] · Osasco, SP

Dica: candidatos que respondem rápido têm mais chances de não ser descartados na triagem.

{btn:Ver todas as vagas}""",
     foot="""Você recebe este alerta porque se cadastrou no Indeed. [[Cancelar este alerta]] · [[Privacidade]]

© 2026 Indeed""",
     tags="job alert digest; 'descartados' in a tip"),

dict(slug="pt-hris-candidata-rejeitada-vaga-sam", label=O, lang="pt", cc="PT", style="ats", cat="owner-hiring", vendor="hris",
     frm="Calder Street Media Recrutamento <no-reply@jobs.personio.example>", subject="Candidatura rejeitada: Ana Ferreira - Designer de Conteúdos (Lisboa)",
     brand="Calder Street Media", text="""Olá Sam,

Uma candidatura da sua vaga foi atualizada.

Vaga:: Designer de Conteúdos (Lisboa)
Responsável pela vaga:: Sam Taylor
Candidata:: Ana Ferreira
Novo estado:: Rejeitada
Alterado por:: Joana Lopes

O e-mail de rejeição foi enviado automaticamente à candidata.

{btn:Abrir no Personio}""",
     foot="""Recebe esta notificação porque é responsável por esta vaga. [[Gerir notificações]]""",
     tags="owner is hiring manager; HR-system notice about Sam's own requisition"),

dict(slug="pt-arrendamento-outro-candidato", label=O, lang="pt", cc="PT", style="personal", cat="non-job-rejection",
     frm="Sofia Martins - Casa Alfama Imobiliária <sofia.martins@casaalfama.example>", subject="T2 Rua da Graça - candidatura ao arrendamento",
     text="""Olá Sam,

Obrigada pelo interesse no T2 da Rua da Graça e por ter enviado toda a documentação tão depressa.

Infelizmente, o senhorio optou por outro candidato, que pode assinar contrato já a 1 de dezembro. Lamento!

Tenho outro apartamento na Penha de França que pode interessar-lhe. Quer que marque uma visita?

Cumprimentos,
Sofia Martins
Casa Alfama Imobiliária | 91 000 22 33""",
     tags="rental application declined; 'optou por outro candidato'"),

dict(slug="pt-recrutador-vaga-preenchida-novas", label=O, lang="pt", cc="BR", style="personal", cat="recruiter-outreach",
     frm="Rafael Lima <rafael.lima@huntbrasil.example>", subject="Novas oportunidades em Product Marketing",
     text="""Oi Sam, tudo certo?

Lembra que conversamos em março sobre a vaga de PMM da Tucano Pay? Ela acabou sendo preenchida pelo próprio cliente antes de eu te apresentar, mas agora tenho duas posições que acho que têm muito a ver com você:

1) Head de Product Marketing - fintech Série B, São Paulo (híbrido)
2) Gerente de Marketing de Produto LATAM - SaaS americano, 100% remoto

Topa uma call de 20 min essa semana?

Abraço,
Rafael Lima
Hunt Brasil Executive Search
+55 11 90000-7788""",
     tags="recruiter outreach; old role Sam never applied to 'preenchida'"),

dict(slug="pt-br-artigo-nao-aceito", label=O, lang="pt", cc="BR", style="personal", cat="non-job-rejection",
     frm="Profa. Helena Duarte <helena.duarte@revistacomunicacao.example>", subject="Decisão editorial - manuscrito RCM-2026-118",
     text="""Prezado(a) Sam Taylor,

Agradecemos a submissão do manuscrito "Métricas de atenção em mídia digital: um estudo exploratório" à Revista de Comunicação e Mercado.

Após avaliação por dois pareceristas, lamentamos informar que o artigo não foi aceito para publicação. Os pareceres seguem abaixo e podem ser úteis para uma nova submissão a outro periódico.

Atenciosamente,
Profa. Dra. Helena Duarte
Editora-chefe
Revista de Comunicação e Mercado""",
     tags="journal paper rejected; non-job"),

dict(slug="pt-resposta-seguimento-etapa-final", day="2026-11-24", label=O, lang="pt", cc="BR", style="personal", cat="answer-to-owner-question", parent=True, parent_domain="example.org",
     frm="Larissa Campos <larissa.campos@sabiabank.example>", subject="Re: Retorno sobre a vaga de Gerente de Marketing de Produto",
     text="""Oi Sam!! Não, ainda não escolhemos ninguém, fica tranquilo 😊 Desculpa a demora, tivemos um feriado no meio.

Aliás, queria justamente te convidar para a etapa final, uma conversa com a nossa VP de Marketing, a Renata. Você teria disponibilidade quinta (26) às 15h ou sexta às 10h (horário de Brasília)?

Beijos,
Larissa
Talent Acquisition | Sabiá Bank

Em seg., 23 de nov. de 2026 às 11:02, Sam Taylor <sam.taylor@example.org> escreveu:
> Olá Larissa, tudo bem? Gostaria de saber se vocês já seguiram com outro
> candidato para a vaga de Gerente de Marketing de Produto. Obrigado!
> Sam""",
     tags="answer to owner's 'did you go with another candidate?'; final-round invite"),
]
