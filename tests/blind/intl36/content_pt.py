"""Portuguese messages (Portugal, Brazil): 8 rejections, 8 hard negatives."""

LGPD = ("Seus dados são tratados de acordo com a LGPD (Lei 13.709/2018). Este é um e-mail automático, "
        "por favor não responda.")

MESSAGES = [
    # ---------------- rejections ----------------
    dict(slug="pt-gupy-nao-seguiremos", label="rejection", lang="pt", style="ats", cat="ats-automated", tz="br",
         frm=("Gupy", "naoresponda@gupy-mail.example"), vendor="Gupy", company_logo="Cajuína Alimentos",
         subject="Retorno sobre o processo seletivo | Cajuína Alimentos",
         body="Olá, Sam!\n\nAgradecemos muito por ter participado do processo seletivo para a vaga de "
              "Coordenador(a) de Marketing de Produto na Cajuína Alimentos. 💛\n\n"
              "Sabemos o quanto você se dedicou e queremos ser transparentes: neste momento, optamos por seguir com "
              "outros candidatos que têm mais aderência ao perfil da vaga.\n\n"
              "Seu currículo continuará em nosso banco de talentos e você pode se candidatar a outras vagas.\n\n"
              "Com carinho,\nTime de Gente & Gestão | Cajuína Alimentos",
         footer=LGPD,
         reply_to="", first="", company="Cajuína Alimentos", role="Coordenador(a) de Marketing de Produto",
         tags="Brazil; Gupy; warm ATS template; talent bank"),
    dict(slug="pt-catho-status", label="rejection", lang="pt", style="ats", cat="job-board-relay", tz="br",
         frm=("Catho", "avisos@catho-mail.example"), vendor="Catho", company_logo="Catho",
         subject="Atualização da sua candidatura - Analista de Growth Sênior",
         body="Oi, Sam\n\nA empresa Rota Sul Logística atualizou a sua candidatura.\n\n"
              "Vaga: Analista de Growth Sênior\nLocal: Porto Alegre - RS\nStatus: Processo encerrado para você\n\n"
              "Isso quer dizer que a empresa seguiu com outros perfis nesta vaga. Veja vagas parecidas:\n"
              "- Analista de Marketing Digital Pleno - Curitiba\n- Especialista em CRM - São Paulo",
         footer="Você recebeu este e-mail porque é cadastrado na Catho. Descadastrar.",
         headers={"List-Unsubscribe": "<https://click.example/unsub/catho>", "Precedence": "bulk"},
         reply_to="", first="", company="Rota Sul Logística", role="Analista de Growth Sênior",
         tags="Brazil; job-board status; bulk headers"),
    dict(slug="pt-netempregos-recusada", label="rejection", lang="pt", style="ats", cat="job-board-relay", fmt="html",
         frm=("Net-Empregos", "alertas@net-empregos-mail.example"), vendor="Net-Empregos", company_logo="Net-Empregos",
         subject="Resposta à sua candidatura: Gestor de Marca (Lisboa)",
         body="Caro(a) Sam Taylor,\n\nA entidade empregadora Azulejo Cerâmicas, Lda. respondeu à sua candidatura "
              "para o anúncio Gestor de Marca (Lisboa):\n\n\"Agradecemos o interesse demonstrado. Informamos que "
              "a sua candidatura não foi selecionada para a fase seguinte. Desejamos-lhe as maiores felicidades.\"\n\n"
              "Pode continuar a consultar as ofertas no Net-Empregos.",
         footer="Net-Empregos – o maior site de emprego em Portugal. Para deixar de receber, altere as preferências.",
         headers={"Precedence": "bulk"},
         reply_to="", first="", company="Azulejo Cerâmicas", role="Gestor de Marca",
         tags="Portugal; HTML-only job-board relay quoting the employer"),
    dict(slug="pt-successfactors-vaga-cancelada", label="rejection", lang="pt", style="ats", cat="role-cancelled",
         frm=("Recrutamento Atlântida Telecom", "recrutamento@successfactors.eu"), vendor="SAP SuccessFactors",
         company_logo="Atlântida Telecom", oddbreaks=True,
         subject="Candidatura Req 40218 – Product Marketing Manager",
         body="Caro(a) Sam,\n\nObrigado pela sua candidatura à função de Product Marketing Manager na Atlântida Telecom.\n\n"
              "Vimos por este meio informar que, por motivos de reorganização interna, o processo de recrutamento "
              "para esta vaga foi cancelado. A sua candidatura foi por isso encerrada.\n\n"
              "Estado atual: Requisição fechada\n\nCom os melhores cumprimentos,\nDireção de Pessoas\n\n"
              "Dear candidate, this recruitment process has been cancelled. Please do not reply to this e-mail.",
         footer="Atlântida Telecom, S.A. – NIPC 503 114 220 – Lisboa. Política de privacidade (RGPD).",
         reply_to="", first="", company="Atlântida Telecom", role="Product Marketing Manager",
         tags="Portugal; SuccessFactors; process cancelled; English line after Portuguese"),
    dict(slug="pt-michaelpage-cliente", label="rejection", lang="pt", style="personal", cat="agency-recruiter", tz="br",
         frm=("Renata Albuquerque", "renata.albuquerque@michaelpage-br.example"),
         subject="Feedback - Gerente de Produto Digital",
         body="Oi Sam, tudo bem?\n\nConforme combinamos, trago o retorno do cliente (Banco Ipê) sobre a entrevista "
              "final para Gerente de Produto Digital. Infelizmente eles decidiram não avançar com a sua candidatura. "
              "O ponto principal foi a falta de vivência com o mercado de crédito no Brasil; elogiaram bastante "
              "sua visão de produto e a apresentação.\n\nSei que é frustrante depois de quatro etapas. "
              "Vamos conversar na segunda? Tenho outra posição que pode fazer sentido.\n\nAbraço,\n"
              "Renata Albuquerque\nExecutive Manager | Michael Page Digital\n+55 11 98127-4410",
         reply_to="renata.albuquerque@michaelpage-br.example", first="Renata", company="Banco Ipê",
         role="Gerente de Produto Digital", tags="Brazil; agency relays client's decision after final interview"),
    dict(slug="pt-rh-encaminha-gestor", label="rejection", lang="pt", style="personal", cat="hr-forwards-manager-note",
         frm=("Inês Carvalho", "ines.carvalho@tejodigital.example"),
         subject="Fwd: Entrevista Sam Taylor",
         body="Olá Sam,\n\nPartilho consigo o comentário do Rui, que será o seu responsável direto se... bem, que "
              "seria. Infelizmente a decisão foi de não avançar. Fico à disposição para um telefonema se quiser mais detalhe.\n\n"
              "Cumprimentos,\nInês Carvalho\nRecursos Humanos · Tejo Digital\n+351 213 440 981\n\n"
              "---------- Forwarded message ---------\nDe: Rui Fontes <rui.fontes@tejodigital.example>\n"
              "Assunto: Entrevista Sam Taylor\n\nInês, o Sam tem boa experiência mas procuro alguém mais sénior "
              "em SEO e performance para Head of Digital Marketing. Não avançamos com esta candidatura. "
              "Por favor agradece-lhe em meu nome.\nRui",
         reply_to="ines.carvalho@tejodigital.example", first="Inês", company="Tejo Digital",
         role="Head of Digital Marketing", tags="Portugal; HR forwards manager's note in third person"),
    dict(slug="pt-br-whatsapp-estilo-curto", label="rejection", lang="pt", style="personal", cat="terse", tz="br",
         frm=("Felipe Moura", "felipe@jabuticaba.example"),
         subject="Re: vaga de Brand Lead",
         body="Fala Sam! Cara, obrigado pelo papo. A gente acabou fechando com outra pessoa pra Brand Lead, "
              "desculpa a demora pra responder. Sucesso aí!\n\nFelipe\nJabuticaba",
         quote="Oi Felipe, tudo certo? Queria saber se já tem novidades sobre a vaga de Brand Lead.\nSam",
         reply_to="felipe@jabuticaba.example", first="Felipe", company="Jabuticaba", role="Brand Lead",
         tags="Brazil; very informal short reply to a chaser"),
    dict(slug="pt-longa-preenchida-meio", label="rejection", lang="pt", style="personal", cat="role-filled",
         frm=("Teresa Magalhães", "teresa.magalhaes@douroviva.example"),
         subject="Processo de recrutamento – Responsável de Comunicação",
         body="Caro Sam,\n\nEm primeiro lugar, quero agradecer a disponibilidade que demonstrou ao longo de todo o "
              "processo, incluindo a viagem ao Porto para a segunda entrevista. A equipa gostou muito da sua "
              "energia e das ideias para a vindima aberta.\n\nEscrevo-lhe para informar que a vaga de Responsável "
              "de Comunicação já foi preenchida. Optámos por uma pessoa que conhece a região do Douro há vários "
              "anos, o que neste momento pesou muito.\n\nGostaríamos de manter o contacto: organizamos eventos "
              "com frequência e seria um prazer recebê-lo como convidado. Envio em anexo o programa do próximo "
              "trimestre.\n\nCom os melhores cumprimentos,\nTeresa Magalhães\nDiretora de Marketing\n"
              "Douro Viva – Quinta das Azenhas\n+351 254 320 118",
         reply_to="teresa.magalhaes@douroviva.example", first="Teresa", company="Douro Viva",
         role="Responsável de Comunicação", tags="Portugal; long letter, verdict in the middle; role filled"),
    # ---------------- other ----------------
    dict(slug="pt-kenoby-teste", label="other", lang="pt", style="ats", cat="assessment-invite", tz="br",
         frm=("Kenoby", "nao-responda@kenoby-mail.example"), vendor="Kenoby", company_logo="Mandacaru Pagamentos",
         subject="Próxima etapa: teste online | Mandacaru Pagamentos",
         body="Olá Sam,\n\nParabéns! Você avançou para a etapa de testes da vaga Product Marketing Manager.\n\n"
              "Atenção: o teste deve ser concluído em até 72 horas. Candidaturas sem teste concluído serão "
              "automaticamente reprovadas nesta etapa.",
         footer=LGPD,
         tags="Brazil; Kenoby; test invitation with conditional 'reprovadas'"),
    dict(slug="pt-vagas-alerta", label="other", lang="pt", style="ats", cat="job-alert", tz="br",
         frm=("Vagas.com", "alerta@vagas-mail.example"), vendor="Vagas.com", company_logo="Vagas.com",
         subject="12 novas vagas para Marketing de Produto",
         body="Olá Sam, separamos vagas para você:\n\n- Gerente de Produto · Ipiranga Tech · São Paulo\n"
              "- Product Marketing Lead · Bemtevi · Remoto\n- Coordenador de Marca · Sabiá Cosméticos · Rio de Janeiro\n\n"
              "Não foi selecionado em outros processos? Confira nossas dicas para o próximo currículo.",
         footer="Vagas.com – Descadastre-se deste alerta.",
         headers={"List-Unsubscribe": "<https://click.example/unsub/vagas>", "Precedence": "bulk"},
         tags="Brazil; job alert with rejection vocabulary in a tip"),
    dict(slug="pt-inhire-transferida", label="other", lang="pt", style="ats", cat="requisition-transfer", tz="br",
         frm=("InHire", "notificacoes@inhire-mail.example"), vendor="InHire", company_logo="Pitanga Saúde",
         subject="Sua candidatura foi movida para outra vaga | Pitanga Saúde",
         body="Olá Sam,\n\nA vaga de Analista de Marketing Sênior foi encerrada, mas o time de recrutamento da "
              "Pitanga Saúde achou seu perfil alinhado com outra oportunidade: Especialista em Growth.\n\n"
              "Sua candidatura foi transferida e segue em análise. Você não precisa fazer nada.",
         footer=LGPD,
         tags="Brazil; InHire; application moved to another requisition"),
    dict(slug="pt-personio-proposta", label="other", lang="pt", style="ats", cat="offer",
         frm=("Personio", "noreply@jobs.personio.de"), vendor="Personio", company_logo="Maré Alta Software",
         reply_to_hdr="Joana Pires <joana.pires@marealta.example>",
         subject="Proposta – Head of Product Marketing | Maré Alta Software",
         body="Olá Sam,\n\nTemos o prazer de lhe apresentar uma proposta para a função de Head of Product Marketing. "
              "Infelizmente não conseguimos acompanhar o valor de remuneração que indicou, mas incluímos um bónus "
              "anual e seguro de saúde familiar.\n\nA proposta em anexo é válida até 27 de novembro.\n\n"
              "Cumprimentos,\nJoana Pires\nPeople Lead",
         footer="Maré Alta Software, Lda. – Braga. Powered by Personio.",
         tags="Portugal; Personio; offer with 'infelizmente'"),
    dict(slug="pt-agradecimento-resposta", label="other", lang="pt", style="personal", cat="reply-to-owner-followup",
         frm=("Mariana Souza", "mariana.souza@ypeconsultoria.example"),
         subject="Re: Obrigado pelo retorno",
         body="Sam, imagina, não precisa agradecer! Foi um prazer te conhecer. Vou guardar seu contato e te aviso "
              "se abrir algo na área de insights.\n\nBeijo,\nMariana",
         quote="Oi Mariana, obrigado por avisar que o processo de Consultor de Marketing não seguiu comigo. "
               "Fico à disposição para futuras oportunidades.\nSam",
         tags="Brazil; answer to Sam's thank-you; rejection only in quote"),
    dict(slug="pt-artigo-recusado", label="other", lang="pt", style="personal", cat="non-job-rejection",
         frm=("Revista Comunicação & Sociedade", "editor@revista-cs.example"),
         subject="Decisão editorial – manuscrito RCS-2026-118",
         body="Caro(a) Sam Taylor,\n\nApós avaliação por pares, lamentamos informar que o manuscrito \"Atenção e "
              "métricas de audiência em media digital\" não foi aceite para publicação. Anexamos os pareceres "
              "dos revisores.\n\nCom os melhores cumprimentos,\nProf. Helena Reis\nEditora",
         tags="Portugal; journal paper declined"),
    dict(slug="pt-proprio-contratando", label="other", lang="pt", style="personal", cat="owner-hiring",
         frm=("Gonçalo Antunes", "goncalo.antunes@example.org"),
         subject="Candidatos Lisboa – estágio de Insights",
         body="Olá Sam,\n\nFalei com os três finalistas do estágio de Insights. A Beatriz foi a melhor; os outros "
              "dois não passam, vou enviar-lhes hoje a carta de recusa, a não ser que discordes.\n\n"
              "Abraço,\nGonçalo\nCalder Street Media Lisboa",
         tags="Portugal; colleague about Sam's own hiring"),
    dict(slug="pt-convite-entrevista-br", label="other", lang="pt", style="personal", cat="interview-invite", tz="br",
         frm=("Camila Teixeira", "camila.teixeira@araucaria-tech.example"),
         subject="Entrevista - Gerente de Growth",
         body="Oi Sam, tudo bem?\n\nInfelizmente não conseguimos falar por telefone ontem, mas queria te convidar "
              "para a entrevista com o nosso diretor na quinta, às 11h (horário de Brasília), por Google Meet. "
              "Posso confirmar?\n\nAbs,\nCamila Teixeira\nTalent Acquisition | Araucária Tech\n+55 41 99811-2030",
         tags="Brazil; interview invitation opening with 'infelizmente'"),
]
