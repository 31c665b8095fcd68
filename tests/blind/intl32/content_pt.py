"""Portuguese messages (Portugal, Brazil, Angola): 6 rejections, 6 hard negatives."""
NR = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

MESSAGES = [
# ---------------------------------------------------------------- rejections
dict(slug="jabuticaba-gupy-banco-talentos", label="rejection", cat="keep-on-file", lang="pt", country="BR",
     style="ats", vendor="gupy", brand="Jabuticaba Pagamentos", plain="html2text", headers=NR,
     frm="Jabuticaba Pagamentos <naoresponda@gupy.io>",
     subject="Atualização sobre o processo seletivo - Gerente de Marketing de Produto",
     exp=("", "", "Jabuticaba Pagamentos", "Gerente de Marketing de Produto"),
     notes="você; Gupy-style; ordinary wording; talent bank; emoji-free but warm",
     text="""Oi, Sam! Tudo bem?

Queremos agradecer pela sua participação no processo seletivo para a vaga de Gerente de Marketing de Produto aqui na Jabuticaba Pagamentos. Sabemos o quanto cada etapa exige dedicação.

Infelizmente, neste momento, seguiremos com outros candidatos cujo perfil está mais alinhado aos requisitos da vaga.

Mas não é um adeus! Seu currículo continuará no nosso banco de talentos e poderá ser considerado em oportunidades futuras. Fique de olho na nossa [[página de carreiras]].

Um abraço,
Time de Gente & Cultura da Jabuticaba""",
     about="A Jabuticaba Pagamentos está entre as Melhores Empresas para Trabalhar GPTW 2026. Aqui a diversidade é bem-vinda: todas as vagas são abertas a pessoas com deficiência."),

dict(slug="atlantida-smartrecruiters-pt-en", label="rejection", cat="ats-automated", lang="pt", country="PT",
     style="ats", vendor="smartrecruiters", brand="Atlântida Seguros", headers=NR,
     frm="Atlântida Seguros <noreply@smartrecruiters.com>",
     subject="A sua candidatura - Product Marketing Manager",
     exp=("", "", "Atlântida Seguros", "Product Marketing Manager"),
     notes="European Portuguese; formal; English version below; verdict first",
     text="""(English version below)

Caro(a) Sam Taylor,

Agradecemos o interesse demonstrado na Atlântida Seguros e a sua candidatura à posição de Product Marketing Manager.

Lamentamos informar que a sua candidatura não foi selecionada para a próxima fase do processo de recrutamento. Esta decisão não reflete o valor do seu percurso profissional, mas sim a adequação ao perfil definido para esta função.

Os seus dados serão tratados de acordo com o RGPD e conservados por um período máximo de 12 meses.

Com os melhores cumprimentos,
Equipa de Recrutamento Atlântida Seguros

---

Dear Sam Taylor,

Thank you for your interest in Atlântida Seguros. We regret to inform you that your application for Product Marketing Manager has not been selected for the next stage.

Kind regards,
Atlântida Seguros Recruitment Team""",
     footer=["Atlântida Seguros, S.A. - Av. da Liberdade 000, 1250-000 Lisboa - Capital Social 50.000.000 EUR"]),

dict(slug="kwanza-sul-concurso-nao-apto", label="rejection", cat="public-competition", lang="pt", country="AO",
     style="ats", vendor="portal", brand="Banco Kwanza Sul", html_only=True, headers=NR,
     frm="Banco Kwanza Sul - Recrutamento <recrutamento-noreply@bks.example>",
     subject="Concurso de Recrutamento Externo n.º 12/2026 - Resultado da Triagem Curricular",
     exp=("", "", "Banco Kwanza Sul", "Técnico de Marketing Digital"),
     notes="Angola; bank external recruitment competition; verdict as 'Não apto' in a table",
     text="""Exmo.(a) Senhor(a) Sam Taylor,

No âmbito do Concurso de Recrutamento Externo n.º 12/2026, para o preenchimento de vagas na função de Técnico de Marketing Digital (Direcção de Marketing e Comunicação, Luanda), informamos o resultado da fase de triagem curricular:

{table}

Nos termos do regulamento do concurso, os candidatos considerados não aptos não prosseguem para a fase de provas de conhecimento. Eventuais reclamações podem ser apresentadas no prazo de 5 dias úteis através do [[Portal do Candidato]].

Agradecemos o interesse manifestado no Banco Kwanza Sul.

Direcção de Capital Humano""",
     table=[("Candidato", "Sam Taylor"), ("N.º de inscrição", "BKS-12-0871"), ("Função", "Técnico de Marketing Digital"),
            ("Resultado", "Não apto")]),

dict(slug="mandacaru-agencia-vaga-congelada", label="rejection", cat="role-on-hold", lang="pt", country="BR",
     style="personal", frm="Renata Albuquerque <renata.albuquerque@vagalumerh.example>", client_html=True,
     subject="Vaga Coordenador(a) de Marketing - Mandacaru",
     exp=("renata.albuquerque@vagalumerh.example", "Renata", "Mandacaru Alimentos", "Coordenador(a) de Marketing"),
     notes="agency (Manpower-like); você; client froze the role; informal",
     text="""Oi Sam, tudo certo?

Passando pra te dar um retorno sobre a Mandacaru Alimentos. Infelizmente o cliente congelou a vaga de Coordenador(a) de Marketing: teve uma reestruturação na diretoria e eles suspenderam todas as contratações da área até o ano que vem. Então o processo foi encerrado pra todos os candidatos, inclusive pra você.

Fiquei chateada, você tava super bem posicionado(a) na disputa. Assim que eu tiver outra posição com esse perfil te chamo no WhatsApp.

Beijos e boa semana!
Renata

Renata Albuquerque
Consultora de Recrutamento | Vagalume RH
Recife - PE | (81) 9 0000-3344"""),

dict(slug="lusoverde-reply-thanks-optamos", day="2026-10-23", label="rejection", cat="personal-after-interview", lang="pt", country="PT",
     style="personal", frm="Inês Carvalho <ines.carvalho@lusoverde.example>", parent=True, client_html=True,
     subject="RE: Agradecimento - entrevista Head of Growth",
     exp=("ines.carvalho@lusoverde.example", "Inês", "Lusoverde", "Head of Growth"),
     notes="European Portuguese; reply to Sam's thank-you; verdict in second paragraph; Outlook quote",
     text="""Olá Sam,

Muito obrigada pela sua mensagem simpática e, sobretudo, pela disponibilidade ao longo de todo o processo.

Depois de muita ponderação, optámos por avançar com outro candidato para a posição de Head of Growth, alguém com experiência mais direta em marketplaces. Foi uma decisão difícil e quero que saiba que o seu nome esteve em cima da mesa até ao fim.

Se fizer sentido, gostaria de manter o contacto; a Lusoverde vai continuar a crescer em 2027.

Um abraço,
Inês

Inês Carvalho
Talent Lead | Lusoverde
+351 910 000 276

De: Sam Taylor <sam.taylor@example.org>
Enviada: 21 de outubro de 2026 09:40
Para: Inês Carvalho <ines.carvalho@lusoverde.example>
Assunto: Agradecimento - entrevista Head of Growth

Olá Inês,

Obrigado pela conversa de ontem com a equipa de produto. Fiquei ainda mais
entusiasmado com o projeto da Lusoverde.

Cumprimentos,
Sam"""),

dict(slug="kianda-reenvio-vaga-preenchida", label="rejection", cat="terse", lang="pt", country="AO",
     style="personal", frm="Edna Bastos <edna.bastos@kiandatelecom.example>",
     subject="Reenvio: Resposta à sua candidatura - Gestor de Marca",
     exp=("edna.bastos@kiandatelecom.example", "Edna", "Kianda Telecom", "Gestor de Marca"),
     notes="Angola; re-sent message; short; position filled",
     text="""Caro Sam Taylor,

Reenviamos esta mensagem, pois a anterior foi devolvida pelo servidor.

Informamos que a vaga de Gestor de Marca já foi preenchida. Agradecemos a sua candidatura e o interesse pela Kianda Telecom.

Atenciosamente,

Edna Bastos
Recursos Humanos - Kianda Telecom
Luanda, Talatona
Tel: +244 923 000 518"""),

# ---------------------------------------------------------------- hard negatives
dict(slug="cajueiro-gupy-teste-perfil", label="other", cat="assessment-invite", lang="pt", country="BR",
     style="ats", vendor="gupy", brand="Cajueiro Varejo", plain="html2text", headers=NR,
     frm="Cajueiro Varejo <naoresponda@gupy.io>",
     subject="Você avançou! Próxima etapa: Teste de Perfil",
     notes="progress notice with test; 'infelizmente não será possível' about the deadline",
     text="""Olá, Sam!

Temos uma ótima notícia: você avançou para a próxima etapa do processo seletivo de Analista Sênior de Growth na Cajueiro Varejo.

A próxima etapa é um Teste de Perfil comportamental, com duração média de 20 minutos. Você tem até 5 dias para concluir.

Atenção: após o prazo, infelizmente não será possível reabrir o teste e a sua candidatura será encerrada automaticamente.

[[Fazer o teste agora]]

Boa sorte!
Equipe de Atração Cajueiro""",
     button="Fazer o teste"),

dict(slug="tejopapel-workable-ack-30-dias", label="other", cat="ack-received", lang="pt", country="PT",
     style="ats", vendor="workable", brand="Tejo Papel", headers=NR,
     frm="Tejo Papel <noreply@candidates.workablemail.com>",
     subject="Candidatura recebida: Brand Manager",
     notes="acknowledgement hedging: no contact in 30 days means not selected",
     text="""Caro(a) Sam,

Obrigado pela sua candidatura à função de Brand Manager na Tejo Papel. Confirmamos a boa receção da sua candidatura.

A nossa equipa irá analisar todas as candidaturas com atenção. Caso não seja contactado(a) no prazo de 30 dias, deverá considerar que a sua candidatura não foi selecionada para esta função.

Com os melhores cumprimentos,
Equipa de Recursos Humanos
Tejo Papel"""),

dict(slug="sabia-cartao-nao-aprovado", label="other", cat="non-job-rejection", lang="pt", country="BR",
     style="ats", vendor="bank", brand="Banco Sabiá", plain="html2text",
     headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
     frm="Banco Sabiá <nao-responda@sabia.example>",
     subject="Sobre a sua solicitação de cartão de crédito",
     notes="credit card application declined; 'solicitação não foi aprovada', 'análise de perfil'",
     text="""Olá, Sam.

Analisamos a sua solicitação do cartão de crédito Sabiá Platinum e, infelizmente, ela não foi aprovada neste momento.

Essa decisão é baseada em uma análise de perfil que considera várias informações e pode mudar com o tempo. Você pode fazer uma nova solicitação em 90 dias pelo app.

Enquanto isso, a sua conta digital continua ativa, com Pix e cartão de débito sem anuidade.

[[Saiba mais sobre a análise de crédito]]

Equipe Banco Sabiá"""),

dict(slug="calder-lisboa-candidato-recusado-respondeu", day="2026-11-05", label="other", cat="owner-hiring", lang="pt", country="PT",
     style="personal", frm="Tiago Moreira <tiago.moreira@example.org>",
     subject="Fwd: Re: Candidatura Estágio Marketing - Calder Street Media",
     notes="colleague forwards a reply from a candidate Sam's team turned down; Sam is hiring",
     text="""Sam, o candidato que recusámos para o estágio respondeu a pedir feedback. Achas que lhe podemos mandar os teus comentários da entrevista, ou preferes ligar-lhe tu?

Tiago

---------- Forwarded message ---------
De: Rui Lopes <rui.lopes.92@correio.example>
Date: quarta, 4/11/2026 às 22:15
Subject: Re: Candidatura Estágio Marketing - Calder Street Media
To: Tiago Moreira <tiago.moreira@example.org>

Boa noite Tiago,

Obrigado pela resposta, apesar de não ser a que esperava. Seria possível
receber algum feedback sobre a entrevista com o Sam? Quero melhorar para
os próximos processos.

Cumprimentos,
Rui Lopes

> Infelizmente decidimos não avançar com a sua candidatura ao Estágio de
> Marketing. Desejamos-lhe muito sucesso."""),

dict(slug="ipe-ainda-decidindo-sexta", day="2026-11-24", label="other", cat="answer-to-owner-question", lang="pt", country="BR",
     style="personal", frm="Camila Rocha <camila.rocha@ipe.example>", parent=True, client_html=True,
     subject="Re: Processo Product Marketing Manager - alguma novidade?",
     notes="still deciding; answer to Sam's chaser; 'ainda não temos uma decisão'",
     text="""Oi Sam!

Desculpa a demora pra responder. A vaga de Product Marketing Manager ainda está aberta: estamos finalizando as últimas entrevistas essa semana e ainda não temos uma decisão. Você continua no processo, tá?

Te dou um retorno até sexta, seja qual for a resposta.

Abs,
Camila

Camila Rocha | Tech Recruiter
Ipê Software - São Paulo
(11) 9 0000-5521

Em seg., 23 de nov. de 2026 às 11:08, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Camila, tudo bem? Queria saber se já existe alguma novidade sobre o
> processo. Se vocês já tiverem seguido com outra pessoa, sem problemas,
> só me avisa.
> Obrigado!
> Sam"""),

dict(slug="luanda-convite-entrevista-atraso", day="2026-11-20", label="other", cat="interview-invite", lang="pt", country="AO",
     style="personal", frm="Mário Domingos <mario.domingos@palanca-bebidas.example>",
     subject="Convite para entrevista - Chefe de Marketing",
     notes="Angola; interview invitation opening with an apology for the delay ('lamentamos')",
     text="""Exmo. Sr. Sam Taylor,

Antes de mais, lamentamos o atraso na resposta à sua candidatura, devido ao elevado número de processos em curso.

Temos o prazer de o convidar para uma entrevista para a função de Chefe de Marketing da Palanca Bebidas, a realizar no dia 2 de Dezembro de 2026, às 10h00 (hora de Luanda), por videochamada.

Solicitamos que confirme a sua disponibilidade até ao dia 27 de Novembro.

Com os melhores cumprimentos,

Mário Domingos
Director de Recursos Humanos
Palanca Bebidas, S.A.
Luanda - Angola | +244 222 000 190"""),
]
