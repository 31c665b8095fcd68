"""Portuguese messages (Brazil, Portugal): 8 rejections, 8 hard negatives."""
LANG = "pt"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
    # ---------------- rejections: ATS ----------------
    dict(slug="gupy-cerrado-outros-candidatos", label="rejection", cat="ats-automated", style="ats", country="BR",
         vendor="gupy", brand="Cooperativa Cerrado", headers=BULK,
         frm="Cooperativa Cerrado <naoresponda@gupy.io.example>",
         subject="Retorno sobre o processo seletivo - Analista de Marketing de Produto Sênior",
         text="""Olá, Sam! Tudo bem?

Agradecemos muito o seu interesse em fazer parte do time da Cooperativa Cerrado e por ter participado do nosso processo seletivo para a vaga de Analista de Marketing de Produto Sênior.

Após uma análise cuidadosa, informamos que, neste momento, optamos por seguir com outros candidatos cujo perfil está mais aderente aos requisitos da vaga. Sabemos que a espera por um retorno gera expectativa e, por isso, fazemos questão de te dar esta resposta.

Seu currículo continuará em nosso banco de talentos e poderá ser considerado para novas oportunidades. Fique de olho na nossa [[página de carreiras]]!

Um abraço,
Time de Gente & Gestão | Cooperativa Cerrado""",
         about="Na Cooperativa Cerrado valorizamos a diversidade e a inclusão. Todas as candidaturas são consideradas sem distinção de raça, gênero, orientação sexual, idade, religião ou deficiência.",
         exp=("", "", "Cooperativa Cerrado", "Analista de Marketing de Produto Sênior"),
         notes="gupy; most ordinary Brazilian wording; banco de talentos"),
    dict(slug="kenoby-jacaranda-processo-encerrado", label="rejection", cat="role-filled", style="ats", country="BR",
         vendor="kenoby", brand="Rede Farmácias Jacarandá", html_only=True, headers=AUTO,
         frm="Rede Farmácias Jacarandá <vagas@kenoby.com.example>",
         subject="Atualização da sua candidatura: Coordenador(a) de Trade Marketing",
         text="""Olá Sam,

Obrigado por se candidatar à vaga de Coordenador(a) de Trade Marketing na Rede Farmácias Jacarandá.

{table}

A vaga foi preenchida e o processo seletivo foi encerrado. Por isso, sua candidatura não seguirá para as próximas etapas. Agradecemos o tempo dedicado e desejamos sucesso!

Equipe de Atração de Talentos""",
         table=[("Vaga", "Coordenador(a) de Trade Marketing"), ("Local", "Belo Horizonte - MG"),
                ("Status da candidatura", "Processo encerrado")],
         exp=("", "", "Rede Farmácias Jacarandá", "Coordenador(a) de Trade Marketing"),
         notes="kenoby HTML-only; position filled; status table"),
    dict(slug="linkedin-lusomar-nao-avancar", label="rejection", cat="job-board-status", style="ats", country="PT",
         vendor="linkedin", brand="Lusomar", headers=BULK, auto_plain=True,
         frm="LinkedIn <jobs-noreply@linkedin.com.example>",
         subject="A sua candidatura para Product Marketing Manager na Lusomar",
         text="""Sam, obrigado pelo seu interesse.

Product Marketing Manager
Lusomar · Lisboa, Portugal (Híbrido)
Candidatura enviada a 2 set.

Infelizmente, a Lusomar decidiu não avançar com a sua candidatura neste momento.

Mensagem da Lusomar: "Obrigado por se candidatar. Recebemos muitas candidaturas e o seu perfil não corresponde suficientemente ao que procuramos para esta função. Desejamos-lhe boa sorte."

Vagas principais para si
- Brand Marketing Manager · Vinhos Atlânticos · Porto
- Growth Manager · Feira Digital · Lisboa

[[Ver vagas]]""",
         exp=("", "", "Lusomar", "Product Marketing Manager"),
         notes="LinkedIn relay, European Portuguese; auto-generated plain; 'não corresponde suficientemente'"),
    dict(slug="personio-cortica-nova-bilingue", label="rejection", cat="ats-automated", style="ats", country="PT",
         vendor="personio", brand="Cortiça Nova", headers=AUTO,
         frm="Cortiça Nova <no-reply@jobs.personio.de.example>", reply_to="Joana Pires <recrutamento@corticanova.example>",
         subject="Candidatura: Marketing & Communications Manager / Application update",
         text="""Olá Sam,

Obrigada pela sua candidatura à função de Marketing & Communications Manager na Cortiça Nova e pela conversa telefónica com a nossa equipa. Ficámos muito bem impressionados com a sua experiência internacional e com as ideias que partilhou sobre a marca nos mercados nórdicos. Somos uma empresa familiar de Santa Maria da Feira, com 60 anos de história e clientes em 40 países, e é sempre um gosto conhecer pessoas com o seu percurso.

Depois de compararmos todos os perfis, lamentamos informar que não foi selecionado(a) para a fase seguinte do processo.

Com os melhores cumprimentos,
Joana Pires
Recursos Humanos, Cortiça Nova

---

Hi Sam, thank you for applying for Marketing & Communications Manager at Cortiça Nova. After comparing all profiles, we regret to inform you that you have not been selected for the next stage. Kind regards, Joana""",
         exp=("recrutamento@corticanova.example", "Joana", "Cortiça Nova", "Marketing & Communications Manager"),
         notes="personio; verdict at the end after praise; Portuguese then English; Reply-To team address, signed"),
    # ---------------- rejections: personal ----------------
    dict(slug="sp-camila-gestor-optou", label="rejection", cat="personal-after-interview", style="personal", country="BR",
         frm="Camila Duarte <camila.duarte@bancoipe.example>", client_html=True,
         subject="Retorno - Coordenador(a) de Growth",
         text="""Oi Sam, tudo bem?

Passando pra te dar um retorno sobre a vaga de Coordenador(a) de Growth aqui no Banco Ipê Digital. Conversei com o gestor ontem e ele acabou optando por outro candidato, que já tinha experiência com aquisição de clientes PJ. Fiquei chateada porque torcia por você, seu case foi muito elogiado!!

Vou manter seu contato aqui e assim que abrir algo no time de marketing te chamo, combinado?

Beijos e boa sorte,
Camila Duarte
Tech Recruiter | Banco Ipê Digital
(11) 95555-4421""",
         exp=("camila.duarte@bancoipe.example", "Camila", "Banco Ipê Digital", "Coordenador(a) de Growth"),
         notes="casual Brazilian recruiter after interviews"),
    dict(slug="porto-rui-nao-dar-seguimento", label="rejection", cat="personal-after-interview", style="personal", country="PT",
         frm="Rui Carvalho <rui.carvalho@douroalto.example>",
         subject="Processo de recrutamento - Responsável de Marca",
         text="""Caro Sam,

Espero que esteja bem.

Agradeço desde já a sua disponibilidade para as duas entrevistas no Porto e a visita à quinta. Foi um gosto conhecê-lo e discutir a estratégia da marca para o mercado britânico.

Após ponderação cuidada, decidimos não dar seguimento à sua candidatura para a posição de Responsável de Marca. A escolha recaiu sobre um candidato com experiência mais longa no setor dos vinhos do Porto.

Desejo-lhe as maiores felicidades profissionais e fico ao dispor para qualquer esclarecimento.

Com os melhores cumprimentos,
Rui Carvalho
Diretor Comercial e de Marketing
Vinhos do Douro Alto, S.A.
Tel.: +351 22 555 7712""",
         exp=("rui.carvalho@douroalto.example", "Rui", "Vinhos do Douro Alto", "Responsável de Marca"),
         notes="formal European Portuguese hiring manager"),
    dict(slug="rio-renata-vaga-congelada-curto", day="2026-11-20", label="rejection", cat="role-cancelled", style="personal", country="BR",
         frm="Renata Moura <renata@editoramaracuja.example>", parent=True,
         subject="Re: Vaga Gerente de Marketing - novidades?",
         text="""Oi Sam! Infelizmente a vaga foi congelada pela diretoria, sem previsão de reabrir. Te aviso se mudar. Abs, Renata

Enviado do meu celular

Em qui., 19 de nov. de 2026 às 14:33, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Renata, tudo bem? Queria saber se há novidades sobre a vaga de Gerente de Marketing na Editora Maracujá. Obrigado! Sam""",
         exp=("renata@editoramaracuja.example", "Renata", "Editora Maracujá", "Gerente de Marketing"),
         notes="terse phone reply above chaser; role frozen; company only in the quote"),
    dict(slug="lisboa-ines-reencaminho-interno", day="2026-10-30", label="rejection", cat="internal-candidate", style="personal", country="PT",
         frm="Inês Matos <ines.matos@tejoseguros.example>", client_html=True,
         subject="Fw: Candidatura Head of Digital Marketing - Tejo Seguros",
         text="""Bom dia Sam,

Reencaminho o e-mail abaixo, que aparentemente não lhe chegou (recebemos uma notificação de erro de entrega). Peço desculpa pelo sucedido e fico disponível para falarmos, se desejar.

Cumprimentos,
Inês Matos
Talent Acquisition Specialist | Tejo Seguros
+351 21 555 9034

________________________________
De: Recrutamento Tejo Seguros
Enviado: 28 de outubro de 2026 10:15
Para: sam.taylor@example.org
Assunto: Candidatura Head of Digital Marketing - Tejo Seguros

Caro(a) Sam Taylor,

Agradecemos o interesse demonstrado na Tejo Seguros e a sua participação no processo de recrutamento para a função de Head of Digital Marketing.

Informamos que a posição foi preenchida internamente, pelo que o processo foi encerrado.

Com os melhores cumprimentos,
Direção de Recursos Humanos""",
         exp=("ines.matos@tejoseguros.example", "Inês", "Tejo Seguros", "Head of Digital Marketing"),
         notes="re-sent after a bounce; filled internally; Outlook forward block"),
    # ---------------- others: ATS ----------------
    dict(slug="gupy-cerrado-recebemos", label="other", cat="ack-received", style="ats", country="BR",
         vendor="gupy", brand="Cooperativa Cerrado", headers=BULK,
         frm="Cooperativa Cerrado <naoresponda@gupy.io.example>",
         subject="Recebemos sua candidatura - Especialista em Branding",
         text="""Olá, Sam!

Que bom ter você por aqui! Sua candidatura para a vaga de Especialista em Branding na Cooperativa Cerrado foi recebida com sucesso.

Próximos passos: nosso time vai analisar seu perfil nas próximas semanas. Você pode acompanhar cada etapa pela [[sua área de candidato]]. Caso seu perfil não seja selecionado para seguir no processo, você também receberá um aviso por aqui, combinado?

Boa sorte!
Time de Gente & Gestão | Cooperativa Cerrado""",
         exp=("", "", "", ""),
         notes="acknowledgement from the same Gupy sender as a rejection; hedging line"),
    dict(slug="catho-newsletter-reprovacao", label="other", cat="newsletter", style="ats", country="BR",
         vendor="catho", brand="Catho", headers=BULK, auto_plain=True,
         frm="Catho <novidades@catho.com.br.example>",
         subject="Sam, não passou no processo seletivo? Veja o que fazer agora",
         text="""Olá, Sam!

Receber um "não" faz parte da busca por emprego. Nesta edição da newsletter Carreira em Foco, reunimos dicas para transformar a reprovação em aprendizado:

- Peça feedback ao recrutador de forma educada
- Revise seu currículo para a próxima vaga
- Responda ao e-mail de recusa agradecendo a oportunidade

[[Ler o artigo completo]]

Vagas em destaque para você: Analista de CRM · São Paulo · Gerente de Produto · Campinas · Coordenador de Marketing · Remoto""",
         exp=("", "", "", ""),
         notes="job-board newsletter about rejections"),
    dict(slug="kenoby-aprovado-triagem-teste", day="2026-11-17", label="other", cat="assessment-invite", style="ats", country="BR",
         vendor="kenoby", brand="Rede Farmácias Jacarandá", headers=AUTO,
         frm="Rede Farmácias Jacarandá <vagas@kenoby.com.example>",
         subject="Você avançou! Próxima etapa: teste online",
         text="""Olá Sam,

Parabéns! Você foi aprovado(a) na etapa de triagem curricular para a vaga de Gerente de CRM.

{table}

A próxima etapa é um teste online de lógica e conhecimentos de marketing. Candidatos que não concluírem o teste até o prazo serão automaticamente reprovados nesta etapa.

[[Fazer o teste]]

Equipe de Atração de Talentos""",
         table=[("Vaga", "Gerente de CRM"), ("Etapa atual", "Teste online"), ("Prazo", "24/11/2026 23:59")],
         exp=("", "", "", ""),
         notes="kenoby progress + assessment; 'reprovados' only conditional; same sender as a rejection"),
    dict(slug="linkedin-pt-candidatura-vista", label="other", cat="status-update", style="ats", country="PT",
         vendor="linkedin", brand="Feira Digital", headers=BULK, auto_plain=True,
         frm="LinkedIn <jobs-noreply@linkedin.com.example>",
         subject="A sua candidatura foi vista por Feira Digital",
         text="""Sam, a sua candidatura foi vista

Growth Manager
Feira Digital · Lisboa, Portugal
Candidatura enviada há 4 dias

A equipa de recrutamento da Feira Digital viu a sua candidatura. Se a empresa não avançar, será notificado(a) aqui.

Dica: os candidatos que enviam uma mensagem ao recrutador têm mais probabilidade de receber resposta. [[Enviar mensagem]]""",
         exp=("", "", "", ""),
         notes="LinkedIn 'application viewed' from the same sender as a rejection; hedging"),
    # ---------------- others: personal ----------------
    dict(slug="edital-cultura-nao-contemplada", label="other", cat="non-job-rejection", style="personal", country="BR",
         frm="Coordenação Edital Conecta <edital@institutoconecta.example>",
         subject="Resultado Edital Conecta Cultura 2026 - proposta nº 0417",
         text="""Prezado(a) Sam Taylor,

Agradecemos a inscrição da proposta "Podcast Vozes do Mercado" no Edital Conecta Cultura 2026.

Informamos que, após avaliação da comissão, sua proposta não foi contemplada nesta edição. A nota final e os pareceres dos avaliadores estão disponíveis na plataforma. O prazo para recurso é de 5 dias úteis.

Atenciosamente,
Coordenação do Edital Conecta Cultura""",
         exp=("", "", "", ""),
         notes="grant/cultural funding proposal not selected"),
    dict(slug="sam-sent-recusa-candidato-lisboa", label="other", cat="owner-sent", style="personal", country="PT",
         frm="Sam Taylor <sam.taylor@example.org>", to="Tiago Almeida <tiago.almeida@mail.example>",
         subject="Candidatura Social Media Manager - Calder Street Media",
         text="""Olá Tiago,

Obrigado pelo tempo que dedicou às entrevistas para a função de Social Media Manager na Calder Street Media. Gostámos muito de o conhecer.

Depois de muita ponderação, decidimos avançar com outro candidato cuja experiência em vídeo curto se ajusta melhor ao que precisamos agora. Espero que possamos cruzar-nos noutra oportunidade.

Com os melhores cumprimentos,
Sam Taylor
Calder Street Media""",
         exp=("", "", "", ""),
         notes="owner's own sent rejection to a candidate"),
    dict(slug="bh-resposta-ainda-nao-fechamos", day="2026-11-18", label="other", cat="answer-to-owner-question", style="personal", country="BR",
         frm="Thiago Nunes <thiago.nunes@sabordeminas.example>", parent=True, client_html=True,
         subject="Re: Processo Head de Marketing - vocês já fecharam com alguém?",
         text="""Fala Sam!

Ainda não fechamos não, fica tranquilo! A demora foi porque a diretoria estava viajando. Você topa vir aqui em BH pra uma conversa final com o nosso CEO na semana que vem? Pode ser terça ou quarta à tarde.

Abraço,
Thiago Nunes
Gerente de RH · Sabor de Minas Alimentos
(31) 95555-2290

Em ter., 17 de nov. de 2026 às 09:12, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Thiago, tudo bem? Queria saber se vocês já fecharam com alguém para a vaga de Head de Marketing. Se optaram por outro candidato, tudo bem, só queria saber. Obrigado, Sam""",
         exp=("", "", "", ""),
         notes="answer to owner's 'did you close with someone?': final-round invite"),
    dict(slug="loja-encomenda-devolvida-recusada", label="other", cat="non-job-rejection", style="personal", country="PT",
         frm="Marta da Oficina Azulejo <encomendas@oficinaazulejo.example>",
         subject="A sua encomenda #4471 foi devolvida",
         text="""Olá Sam,

Recebemos hoje de volta a sua encomenda #4471 (2 painéis de azulejo). Segundo os CTT, a entrega foi recusada no destino e o pacote foi devolvido ao remetente.

Foi engano? Se quiser, reenviamos sem custos para outra morada, ou fazemos o reembolso. Diga-nos o que prefere.

Obrigada,
Marta
Oficina Azulejo · Lisboa""",
         exp=("", "", "", ""),
         notes="returned parcel, delivery refused; no job context"),
]
