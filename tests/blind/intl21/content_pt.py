"""Portuguese messages (Portugal, Brazil): 6 rejections, 6 hard negatives."""
MESSAGES = [
# ---------------- rejections ----------------
dict(slug="pt-br-gupy-outros-candidatos", label="rejection", cat="ats-automated", lang="pt", country="BR", style="ats",
     vendor="gupy", brand="Jabuticaba Pagamentos", plain="autogen",
     frm="Jabuticaba Pagamentos <naoresponda@gupy.com.br>", subject="Atualização sobre o processo seletivo - Gerente de Growth",
     headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"},
     text="""Olá, Sam! Tudo bem?

Agradecemos muito o seu interesse em fazer parte do time da Jabuticaba Pagamentos e o tempo dedicado à vaga de Gerente de Growth.

Após analisarmos cuidadosamente todas as candidaturas, optamos por seguir com outras pessoas candidatas cujo perfil está mais aderente ao que buscamos neste momento.

Sabemos que essa não é a notícia que você esperava, mas queremos muito que continue acompanhando nossas oportunidades. Seu currículo continuará em nosso banco de talentos.

Um abraço,
Time de Gente & Gestão | Jabuticaba Pagamentos

[[Conheça outras vagas]]""",
     exp=("", "", "Jabuticaba Pagamentos", "Gerente de Growth"),
     notes="gupy; ordinary Brazilian template; talent bank; autogen plain"),

dict(slug="pt-pt-teamtailor-nao-avancar", label="rejection", cat="ats-automated", lang="pt", country="PT", style="ats",
     vendor="teamtailor", brand="Azulejo Software",
     frm="Azulejo Software <no-reply@teamtailor.com>", subject="A sua candidatura para Product Marketing Manager",
     text="""Olá Sam,

Obrigado pela sua candidatura à função de Product Marketing Manager na Azulejo Software e pelo interesse em juntar-se à nossa equipa em Lisboa.

Analisámos o seu perfil com atenção e, infelizmente, decidimos não avançar com a sua candidatura nesta fase. Recebemos candidaturas de muita qualidade e a decisão não foi fácil.

Se tiver alguma questão, pode contactar a nossa equipa de recrutamento em recrutamento@azulejo-software.example.

Com os melhores cumprimentos,
Equipa de Talento – Azulejo Software

Os seus dados pessoais serão conservados durante 12 meses, nos termos do RGPD, salvo se pedir a sua eliminação antes.""",
     exp=("recrutamento@azulejo-software.example", "", "Azulejo Software", "Product Marketing Manager"),
     notes="teamtailor; European Portuguese; team address in body; RGPD retention"),

dict(slug="pt-br-solides-vaga-encerrada", label="rejection", cat="role-cancelled", lang="pt", country="BR", style="ats",
     vendor="solides", brand="Cooperativa Ipê Amarelo", html_only=True, cte="base64",
     frm="Sólides Vagas <nao-responda@solides.com.br>", subject="Vaga encerrada: Coordenador(a) de Marketing - Cooperativa Ipê Amarelo",
     text="""Olá, Sam Taylor

Informamos que a vaga Coordenador(a) de Marketing, da empresa Cooperativa Ipê Amarelo, para a qual você se candidatou, foi encerrada pela empresa sem contratação.

{table}

Com isso, o seu processo seletivo para esta vaga foi finalizado. Agradecemos a sua participação e desejamos sucesso!

[[Ver vagas abertas]]""",
     table=[("Vaga", "Coordenador(a) de Marketing"), ("Status da vaga", "Encerrada"),
            ("Sua etapa", "Processo finalizado")],
     exp=("", "", "Cooperativa Ipê Amarelo", "Coordenador(a) de Marketing"),
     notes="solides; role closed without hire; HTML-only"),

dict(slug="pt-br-recruiter-retorno-gestor", label="rejection", cat="personal-after-interview", lang="pt", country="BR", style="personal",
     frm="Camila Nogueira <camila.nogueira@tucano-rh.example>", subject="Retorno - entrevista Head de Marketing Maracujá Foods",
     text="""Oi Sam, tudo bem?

Passando pra te dar um retorno da entrevista com o gestor da Maracujá Foods. Ele curtiu bastante a conversa, mas optou por seguir com outro candidato que já tem experiência com varejo alimentar, então infelizmente você não segue no processo pra vaga de Head de Marketing.

Queria muito que tivesse dado certo! Fica tranquilo(a) que seu perfil tá salvo aqui comigo e assim que surgir algo parecido eu te chamo.

Bjs e boa semana!
Camila

Camila Nogueira
Tech Recruiter | Tucano RH
(11) 95555-0166""",
     exp=("camila.nogueira@tucano-rh.example", "Camila", "Maracujá Foods", "Head de Marketing"),
     notes="Brazilian agency recruiter; casual; 'optou por seguir com outro candidato'"),

dict(slug="pt-pt-reencaminha-feedback-gestor", label="rejection", cat="forwarded-by-recruiter", lang="pt", country="PT", style="personal",
     frm="Inês Carvalho <ines.carvalho@atlantico-telecom.example>", subject="Fwd: Candidato Sam Taylor - Marketing Analytics Lead",
     client_html=True,
     text="""Olá Sam,

Partilho em baixo o feedback do Rui, que liderou a entrevista técnica. Lamento, mas não vamos avançar com a sua candidatura para a posição de Marketing Analytics Lead. Fico à disposição para falar por telefone se quiser mais detalhe.

Cumprimentos,
Inês Carvalho
Talent Acquisition | Atlântico Telecom

---------- Forwarded message ---------
De: Rui Pacheco <rui.pacheco@atlantico-telecom.example>
Date: quarta, 4/11/2026 às 17:32
Subject: Candidato Sam Taylor - Marketing Analytics Lead
To: Inês Carvalho <ines.carvalho@atlantico-telecom.example>

Inês,
O Sam tem boa visão de negócio e comunica muito bem, mas no exercício de SQL ficou abaixo do que precisamos para esta função (o papel é muito hands-on). Não avançaria. Podes dar-lhe o feedback com cuidado, por favor?
Obrigado,
Rui""",
     exp=("ines.carvalho@atlantico-telecom.example", "Inês", "Atlântico Telecom", "Marketing Analytics Lead"),
     notes="recruiter forwards the hiring manager's verdict with her own note"),

dict(slug="pt-br-agencia-vaga-congelada", label="rejection", cat="role-cancelled", lang="pt", country="BR", style="personal",
     frm="Thiago Moreira <thiago@caju-executive.example>", subject="Re: Vaga Diretor(a) de Marca - Guaraná Bebidas",
     parent=True, parent_domain="example.org",
     text="""Sam, bom dia!

Infelizmente tenho uma notícia chata: a Guaraná Bebidas congelou a vaga de Diretor(a) de Marca por tempo indeterminado (corte de orçamento para 2027), então o processo foi suspenso para todos os finalistas. Não tem nada a ver com o seu desempenho, o feedback do CMO foi ótimo.

Se reabrirem eu te aviso na hora.

Abs,
Thiago Moreira
Caju Executive Search
+55 21 95555-0158

Em seg., 16 de nov. de 2026 às 09:41, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Thiago, tudo bem? Alguma novidade sobre o processo da Guaraná Bebidas?
> Abraço, Sam""",
     exp=("thiago@caju-executive.example", "Thiago", "Guaraná Bebidas", "Diretor(a) de Marca"),
     notes="agency; role frozen; reply above Sam's chaser"),

# ---------------- hard negatives ----------------
dict(slug="pt-br-vagas-etapa-atualizada", label="other", cat="interview-invite", lang="pt", country="BR", style="ats",
     vendor="vagas", brand="VAGAS.com.br", plain="autogen",
     frm="VAGAS.com.br <processos@vagas.com.br>", subject="Sua etapa foi atualizada no processo Analista de Marketing Sênior",
     headers={"List-Unsubscribe": "<{unsub}>"},
     text="""Olá, Sam!

A empresa Siriema Logística atualizou sua etapa no processo seletivo.

{table}

Fique atento(a) ao seu e-mail e telefone: a empresa entrará em contato para agendar a entrevista. Caso não seja aprovado(a) nesta etapa, você receberá uma mensagem por aqui.

[[Acompanhar processo]]""",
     table=[("Vaga", "Analista de Marketing Sênior"), ("Etapa anterior", "Triagem de currículos"),
            ("Etapa atual", "Entrevista com o gestor")],
     notes="vagas.com; status table like a rejection; progress to interview"),

dict(slug="pt-pt-netempregos-alerta", label="other", cat="job-alert", lang="pt", country="PT", style="ats",
     vendor="netempregos", brand="Net-Empregos", plain="autogen",
     frm="Net-Empregos <alertas@net-empregos.com>", subject="5 novas ofertas para: marketing Lisboa",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     text="""Novas ofertas de emprego que correspondem ao seu alerta "marketing Lisboa":

- [[Product Marketing Manager (m/f) - Azulejo Software - Lisboa]]
- [[Gestor de Marca - Sardinha & Filhos - Lisboa]]
- [[Marketing Analyst - Empresa confidencial - Oeiras]]
- [[Growth Manager - Pastel Digital - Lisboa (remoto parcial)]]
- [[Técnico de Marketing Digital - Câmara Municipal (concurso) - Lisboa]]

Nota: algumas ofertas podem já ter sido preenchidas. [[Ver todas as ofertas]]""",
     notes="job alert; lists a company that rejected Sam; 'preenchidas'"),

dict(slug="pt-br-gupy-teste-online", label="other", cat="assessment", lang="pt", country="BR", style="ats",
     vendor="gupy", brand="Jabuticaba Pagamentos",
     frm="Jabuticaba Pagamentos <naoresponda@gupy.com.br>", subject="Próxima etapa: teste online - Product Marketing Manager",
     headers={"Auto-Submitted": "auto-generated"},
     text="""Olá, Sam!

Que bom ter você com a gente no processo seletivo para Product Marketing Manager! Você avançou para a etapa de testes.

Para continuar, responda ao teste de perfil comportamental e ao teste de lógica até 23/11 às 23h59. Se o prazo expirar, sua candidatura será encerrada automaticamente.

[[Fazer os testes]]

Time de Gente & Gestão | Jabuticaba Pagamentos""",
     notes="gupy; assessment; same sender as a Gupy rejection for another role"),

dict(slug="pt-pt-arrendamento-nao-aceite", label="other", cat="non-job-rejection", lang="pt", country="PT", style="personal",
     frm="Joana Faria - Imobiliária Tejo Azul <joana.faria@tejoazul-imob.example>", subject="Candidatura ao arrendamento - T2 Campo de Ourique",
     text="""Boa tarde Sam,

Obrigada pela visita e pelo envio da documentação para o T2 em Campo de Ourique.

Lamento informar que a sua candidatura ao arrendamento não foi aceite pelo senhorio, que optou por outro candidato com fiador em Portugal. Se quiser, posso enviar-lhe outros imóveis na mesma zona e dentro do orçamento.

Com os melhores cumprimentos,
Joana Faria
Consultora Imobiliária | Tejo Azul
912 555 013""",
     notes="rental application declined; 'candidatura', 'outro candidato'"),

dict(slug="pt-pt-recrutador-novas-vagas", label="other", cat="recruiter-outreach", lang="pt", country="PT", style="personal",
     frm="Miguel Sousa <miguel.sousa@lusotalent.example>", subject="Duas vagas de marketing que podem interessar",
     text="""Olá Sam,

Falámos há uns meses sobre o mercado de marketing em Lisboa. Soube pela Inês que o processo na Atlântico Telecom não avançou, lamento, são decisões muito dependentes do perfil técnico que procuram.

Entretanto tenho dois mandatos novos que me parecem encaixar muito bem no seu percurso:
- Head of Brand numa scale-up de mobilidade (Porto ou remoto)
- Marketing Insights Manager num grupo de media

Tem 15 minutos esta semana para falarmos?

Abraço,
Miguel Sousa
Luso Talent | 933 555 021""",
     notes="agency pitch mentioning a past rejection elsewhere"),

dict(slug="pt-br-resposta-agradecimento", label="other", cat="reply-to-owner-followup", lang="pt", country="BR", style="personal",
     frm="Camila Nogueira <camila.nogueira@tucano-rh.example>", subject="Re: Retorno - entrevista Head de Marketing Maracujá Foods",
     parent=True, parent_domain="example.org", parent_depth=2,
     text="""Imagina, Sam! Eu que agradeço 😊 Vamos manter contato sim, te chamo assim que tiver algo!

Camila

Em ter., 10 de nov. de 2026 às 14:05, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Camila, obrigado pelo retorno e pela transparência.
> Claro que fico chateado, mas foi um processo muito bacana. Se surgir
> outra oportunidade, conta comigo.
> Abraço, Sam
>
>> Em seg., 9 de nov. de 2026 às 18:22, Camila Nogueira escreveu:
>> Ele curtiu bastante a conversa, mas optou por seguir com outro candidato
>> [...] então infelizmente você não segue no processo pra vaga de Head de Marketing.""",
     notes="recruiter answers Sam's thank-you; rejection only two levels deep in quotes"),
]
