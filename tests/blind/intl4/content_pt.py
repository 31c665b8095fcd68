"""Portuguese messages (Portugal and Brazil): 12 rejections, 12 hard negatives."""
from content_common import OWNER

MESSAGES = [
    # ---------------------------------------------------------------- rejections
    {
        "slug": "pt-jabuti-gupy-perfil-nao-selecionado", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "pt-BR", "vendor": "gupy", "brand": "Jabuti Crédito",
        "frm": "Jabuti Crédito <naoresponda@gupy.io>",
        "subject": "Atualização sobre o processo seletivo - Product Manager Sênior",
        "text": """Olá, Sam!

Agradecemos muito o seu interesse em fazer parte do time da Jabuti Crédito e por ter participado do nosso processo seletivo para a vaga de Product Manager Sênior.

Infelizmente, neste momento, o seu perfil não foi selecionado para seguir para as próximas etapas. Recebemos muitas candidaturas incríveis e a decisão não foi fácil.

Não desanime! Continue acompanhando nossas [[vagas abertas]] e candidate-se sempre que encontrar uma oportunidade com a sua cara.

Um abraço,
Time de Gente & Gestão | Jabuti Crédito""",
        "about": "A Jabuti Crédito é uma fintech que já ajudou mais de 2 milhões de brasileiros a sair do vermelho. Aqui, diversidade é valor: todas as vagas são abertas a pessoas com deficiência.",
        "exp": ("", "", "Jabuti Crédito", "Product Manager Sênior"),
        "notes": "most ordinary Brazilian ATS wording",
    },
    {
        "slug": "pt-atlantico-workday-vaga-preenchida", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "pt-PT", "vendor": "workday", "brand": "Atlântico Seguros", "html_only": True,
        "cte": "base64",
        "frm": "Atlântico Seguros <atlanticoseguros@myworkday.com>",
        "subject": "A sua candidatura - Gestor de Produto Digital (REQ-30917)",
        "text": """Caro(a) Sam Taylor,

Agradecemos o interesse demonstrado pela Atlântico Seguros e a candidatura submetida para a função de Gestor de Produto Digital (REQ-30917).

Informamos que a vaga já foi preenchida, pelo que a sua candidatura não poderá prosseguir no âmbito deste processo.

O seu perfil continuará disponível no nosso [[portal de carreiras]], onde poderá acompanhar novas oportunidades.

Com os melhores cumprimentos,
Direção de Recursos Humanos
Atlântico Seguros""",
        "legal": ["Atlântico Seguros, S.A. · Sede: Avenida da Liberdade 190, 1250-147 Lisboa · Capital social € 85.000.000 · NIPC 500 123 456."],
        "exp": ("", "", "Atlântico Seguros", "Gestor de Produto Digital"),
        "notes": "formal; html-only base64; position filled",
    },
    {
        "slug": "pt-cajuina-greenhouse-banco-talentos", "label": "rejection", "cat": "keep-on-file",
        "style": "ats", "variant": "pt-BR", "vendor": "greenhouse", "brand": "Cajuína Delivery",
        "frm": "Cajuína Delivery <no-reply@us.greenhouse-mail.io>",
        "subject": "Sua candidatura para Gerente de Marketing de Produto na Cajuína",
        "text": """Oi, Sam, tudo bem?

Antes de tudo, muito obrigado por se candidatar para a posição de Gerente de Marketing de Produto. Sabemos o quanto é trabalhoso participar de um processo seletivo e valorizamos cada minuto que você dedicou a ele.

Depois de analisar todos os perfis com cuidado, decidimos seguir com pessoas candidatas cuja experiência está mais alinhada ao momento atual do nosso time. Por isso, não vamos avançar com a sua candidatura desta vez.

Mas a história não precisa terminar aqui: vamos manter seu currículo em nosso banco de talentos pelos próximos 12 meses e podemos te procurar quando surgir uma vaga com mais aderência ao seu perfil. Se preferir que seus dados sejam excluídos, é só [[clicar aqui]].

Um abraço do time de Talent Acquisition da Cajuína""",
        "about": "A Cajuína é o maior app de delivery do Nordeste, presente em 120 cidades. Somos uma empresa comprometida com a diversidade e a inclusão.",
        "exp": ("", "", "Cajuína Delivery", "Gerente de Marketing de Produto"),
        "notes": "talent-bank retention; LGPD footer; verdict in the middle",
    },
    {
        "slug": "pt-lusitania-smartrecruiters-posicao-cancelada", "label": "rejection", "cat": "role-cancelled",
        "style": "ats", "variant": "pt-PT", "vendor": "smartrecruiters", "brand": "Lusitânia Telecom",
        "frm": "Lusitânia Telecom <no-reply@smartrecruiters.com>",
        "reply_to": "Rita Albuquerque <rita.albuquerque@lusitaniatelecom.example>",
        "subject": "Processo de recrutamento – Head of Customer Insights",
        "text": """Olá Sam,

Obrigada pelo tempo que dedicou ao processo de recrutamento para Head of Customer Insights na Lusitânia Telecom.

Por motivos de reorganização interna, a posição foi cancelada e o processo foi encerrado sem contratação. Lamentamos sinceramente não poder dar continuidade à sua candidatura, sobretudo depois das entrevistas já realizadas.

Caso tenha alguma questão, responda a este e-mail e terei todo o gosto em ajudar.

Com os melhores cumprimentos,
Rita Albuquerque
Talent Acquisition · Lusitânia Telecom""",
        "exp": ("rita.albuquerque@lusitaniatelecom.example", "Rita", "Lusitânia Telecom", "Head of Customer Insights"),
        "notes": "role cancelled after a reorganisation; Reply-To a person",
    },
    {
        "slug": "pt-maracuja-lever-status-etapa", "day": "2026-09-29", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "pt-BR", "vendor": "lever", "brand": "Maracujá Games",
        "frm": "Maracujá Games <no-reply@hire.lever.co>",
        "subject": "Houve uma atualização na sua candidatura",
        "text": """Olá Sam,

Há uma atualização na sua candidatura para a Maracujá Games:

{table}

Acesse a [[página da sua candidatura]] para ver mais detalhes.

Este é um e-mail automático; respostas não são monitoradas.""",
        "table": [("Vaga", "Product Analytics Lead"), ("Local", "São Paulo – SP (híbrido)"), ("Etapa", "Triagem curricular"), ("Status", "Não selecionado(a)"), ("Atualizado em", "29/09/2026")],
        "exp": ("", "", "Maracujá Games", "Product Analytics Lead"),
        "notes": "status table only",
    },
    {
        "slug": "pt-ipe-gupy-pontuacao-minima", "label": "rejection", "cat": "after-assessment",
        "style": "ats", "variant": "pt-BR", "vendor": "gupy", "brand": "Ipê Saúde",
        "frm": "Ipê Saúde <naoresponda@gupy.io>",
        "subject": "Resultado dos testes online - Analista de Produto Pleno",
        "text": """Olá, Sam!

Obrigado por realizar os testes online do processo seletivo para Analista de Produto Pleno na Ipê Saúde.

Após a correção, verificamos que sua pontuação não atingiu a nota mínima estabelecida para esta vaga nos testes de raciocínio lógico e inglês. Sendo assim, sua candidatura foi encerrada nesta etapa.

Você pode consultar seu desempenho na sua [[área do candidato]]. Dúvidas podem ser enviadas para recrutamento@ipesaude.example.

Sucesso na sua jornada!
Equipe de Recrutamento e Seleção – Ipê Saúde""",
        "exp": ("recrutamento@ipesaude.example", "", "Ipê Saúde", "Analista de Produto Pleno"),
        "notes": "below test cut-off; team address in the body",
    },
    {
        "slug": "pt-ines-recrutadora-apos-entrevistas", "label": "rejection", "cat": "personal-after-interview",
        "style": "personal", "variant": "pt-PT", "client_html": True,
        "frm": "Inês Carvalho <ines.carvalho@tejodigital.example>",
        "subject": "Processo Lead Product Manager - Tejo Digital",
        "text": """Olá Sam,

Espero que esteja tudo bem consigo. Em primeiro lugar, muito obrigada por todo o tempo que dedicou ao nosso processo: a entrevista comigo, a conversa com o Miguel e o exercício de caso que apresentou à equipa na semana passada.

Reunimos ontem para fechar o processo e, depois de muita discussão, optámos por avançar com outro candidato, que tem mais experiência em produtos de pagamentos e na gestão de equipas de engenharia distribuídas.

Quis partilhar algum feedback, porque as avaliações foram muito positivas:
- a apresentação do caso foi muito clara e bem fundamentada em dados;
- o Miguel gostou bastante da sua abordagem à investigação com utilizadores;
- o ponto menos forte foi a definição do roadmap técnico.

Gostaria muito de manter o contacto. Se abrirmos uma posição mais próxima do seu perfil, será das primeiras pessoas a quem vou ligar.

Um abraço,

Inês Carvalho
Talent Partner · Tejo Digital
Rua do Alecrim 44, 1200-018 Lisboa
+351 912 448 730""",
        "exp": ("ines.carvalho@tejodigital.example", "Inês", "Tejo Digital", "Lead Product Manager"),
        "notes": "long; feedback list; European Portuguese",
    },
    {
        "slug": "pt-terse-nao-rolou", "label": "rejection", "cat": "terse",
        "style": "personal", "variant": "pt-BR",
        "frm": "Thiago Nunes <thiago@pitangalabs.example>",
        "subject": "Re: vaga de Growth",
        "text": """Fala Sam! Infelizmente não rolou dessa vez pra vaga de Growth Lead, fechamos com outra pessoa. Valeu demais pelo papo, sucesso!

Abs,
Thiago
Pitanga Labs

Enviado do meu iPhone""",
        "exp": ("thiago@pitangalabs.example", "Thiago", "Pitanga Labs", "Growth Lead"),
        "notes": "one line; slang",
    },
    {
        "slug": "pt-consultoria-cliente-decidiu", "label": "rejection", "cat": "agency-recruiter",
        "style": "personal", "variant": "pt-BR",
        "frm": "Renata Moura <renata.moura@horizontehunting.example>",
        "subject": "Retorno Grupo Carnaúba - Gerente de Inteligência de Mercado",
        "text": """Oi Sam, boa tarde!

Recebi hoje o retorno do Grupo Carnaúba sobre a vaga de Gerente de Inteligência de Mercado. O cliente decidiu seguir com outro finalista, que já atuou no setor de varejo alimentar e tem uma rede de contatos forte no Nordeste, o que pesou bastante na decisão do diretor comercial.

Eles elogiaram muito a sua entrevista e a clareza com que você apresentou os cases, então fica aqui o meu parabéns pela participação.

Tenho outras duas posições em andamento em São Paulo que podem fazer sentido para você. Posso te ligar amanhã?

Abraço,

Renata Moura
Consultora Sênior | Horizonte Executive Search
+55 11 99821-4470""",
        "exp": ("renata.moura@horizontehunting.example", "Renata", "Grupo Carnaúba", "Gerente de Inteligência de Mercado"),
        "notes": "agency relays client's decision; company = client",
    },
    {
        "slug": "pt-interno-resposta-email", "label": "rejection", "cat": "internal-candidate",
        "style": "personal", "variant": "pt-PT",
        "frm": "João Pedro Martins <jp.martins@douroverde.example>",
        "subject": "RE: Ponto de situação - Product Owner",
        "parent": True, "parent_domain": "example.org", "day": "2026-10-14",
        "text": """Olá Sam,

Peço desculpa pela demora na resposta, estas semanas têm sido muito intensas.

Infelizmente tenho de lhe dizer que a vaga de Product Owner acabou por ser ocupada por uma colega que já estava na empresa, na equipa de operações, e que se candidatou internamente. Por esse motivo, o processo externo foi encerrado.

Devia ter-lhe dito isto mais cedo. Obrigado pela paciência e pelo interesse na Douro Verde.

Cumprimentos,
João Pedro Martins
Diretor de Produto | Douro Verde
+351 22 608 4410

De: Sam Taylor <sam.taylor@example.org>
Enviado: segunda-feira, 12 de outubro de 2026 10:03
Para: João Pedro Martins <jp.martins@douroverde.example>
Assunto: Ponto de situação - Product Owner

Caro João Pedro,

Espero que esteja bem. Gostaria de saber se há novidades sobre o
processo para Product Owner, depois da entrevista de setembro.

Obrigado/a,
Sam""",
        "exp": ("jp.martins@douroverde.example", "João Pedro", "Douro Verde", "Product Owner"),
        "notes": "reply to Sam's chaser; Outlook quote; filled internally; compound first name",
    },
    {
        "slug": "pt-vaga-congelada-encerrar", "label": "rejection", "cat": "role-cancelled",
        "style": "personal", "variant": "pt-BR",
        "frm": "Camila Rezende <camila.rezende@serradomar.example>",
        "subject": "Vaga de Head de Insights",
        "text": """Oi Sam, tudo bem?

Queria te dar uma posição sincera sobre a vaga de Head de Insights. A diretoria decidiu congelar todas as contratações de liderança até o segundo semestre de 2027, e não temos previsão de reabertura dessa posição.

Por isso, vamos encerrar o seu processo por aqui. Sei que é frustrante depois de três entrevistas, e peço desculpas. Se a vaga voltar, você vai ser a primeira pessoa que vou procurar.

Um abraço,
Camila Rezende
Business Partner de RH | Serra do Mar Alimentos
(11) 98123-7740""",
        "exp": ("camila.rezende@serradomar.example", "Camila", "Serra do Mar Alimentos", "Head de Insights"),
        "notes": "hiring freeze; candidacy closed",
    },
    {
        "slug": "pt-gestor-veredito-no-meio", "label": "rejection", "cat": "personal-after-interview",
        "style": "personal", "variant": "pt-BR", "charset": "iso-8859-1",
        "frm": "Rodrigo Batista <rodrigo@acaiweb.example>",
        "subject": "sobre a conversa de quinta",
        "text": """E ai Sam, tudo certo?

Adorei a conversa de quinta, de verdade. Vc trouxe umas ideias de pesquisa com usuario que a gente nunca tinha pensado e ja passei algumas pro time.

Conversei com a Bia e com o Léo e a gente decidiu nao seguir com vc pra vaga de Product Manager. O motivo principal é que a gente precisa de alguem que ja tenha tocado produto mobile do zero, e isso vc mesmo falou que nao fez ainda.

Mas sério, se quiser trocar uma ideia sobre o mercado ou se precisar de indicação, conta comigo. Vou ficar de olho em vagas que combinem com vc.

Abração,
Rodrigo
CPO @ Açaí Web
(21) 99744-0912""",
        "exp": ("rodrigo@acaiweb.example", "Rodrigo", "Açaí Web", "Product Manager"),
        "notes": "casual; missing accents; verdict in the middle; iso-8859-1",
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "slug": "pt-gupy-recebemos-avisaremos", "label": "other", "cat": "ack-received",
        "style": "ats", "variant": "pt-BR", "vendor": "gupy", "brand": "Sabiá Energia",
        "frm": "Sabiá Energia <naoresponda@gupy.io>",
        "subject": "Recebemos sua candidatura! 🎉",
        "text": """Olá, Sam!

Que bom ter você por aqui! Sua candidatura para a vaga de Coordenador(a) de Marketing de Produto na Sabiá Energia foi recebida com sucesso.

E agora? Nosso time vai analisar seu perfil nos próximos dias. Caso você não seja selecionado(a) para a próxima etapa, avisaremos por e-mail: ninguém fica sem resposta aqui.

Acompanhe o andamento do processo na sua [[área do candidato]].

Boa sorte!
Time de Atração de Talentos | Sabiá Energia""",
        "notes": "acknowledgement promising to notify if not selected",
    },
    {
        "slug": "pt-workable-convite-teste", "label": "other", "cat": "assessment-invite",
        "style": "ats", "variant": "pt-PT", "vendor": "workable", "brand": "Mar Salgado Tech",
        "frm": "Mar Salgado Tech <noreply@candidates.workablemail.com>",
        "subject": "Convite para avaliação online - Product Marketing Manager",
        "text": """Olá Sam,

Obrigado pela sua candidatura à função de Product Marketing Manager. Gostaríamos que avançasse para a próxima fase: uma avaliação online com um pequeno caso prático.

Tem 5 dias para concluir a avaliação a partir deste e-mail. Estimamos que demore cerca de 60 minutos.

[[Iniciar avaliação]]

Boa sorte!
Equipa de Recrutamento – Mar Salgado Tech""",
        "notes": "assessment invitation",
    },
    {
        "slug": "pt-hr-sistema-owner-reprovado", "label": "other", "cat": "owner-hiring",
        "style": "ats", "variant": "pt-PT", "vendor": "bamboohr", "brand": "Calder Street Media",
        "frm": "BambooHR <notifications@app.bamboohr.com>",
        "subject": "Candidato movido para \"Não contratado\": Tiago Sousa – Analista de Audiências (Lisboa)",
        "footer": ["Recebe este e-mail porque é gestor(a) de contratação desta vaga em Calder Street Media. Gerir notificações: {unsub}"],
        "no_powered": True,
        "text": """Olá Sam,

O estado do candidato **Tiago Sousa** foi alterado por Sam Taylor.

{table}

O candidato será notificado automaticamente com o modelo "Recusa após entrevista" dentro de 2 horas. [[Ver candidato]]""",
        "table": [("Vaga", "Analista de Audiências (Lisboa)"), ("Estado anterior", "Entrevista com gestor"), ("Novo estado", "Não contratado"), ("Motivo", "Outro candidato mais qualificado")],
        "notes": "Sam is the hiring manager; HR-system notice of Sam's own rejection",
    },
    {
        "slug": "pt-cartao-compra-recusada", "day": "2026-11-02", "clock": "19:32:07", "label": "other", "cat": "non-job-rejection",
        "style": "ats", "variant": "pt-BR", "vendor": "plain", "brand": "Banco Tucano",
        "frm": "Banco Tucano <nao-responda@bancotucano.example>",
        "subject": "Compra recusada no seu cartão final 2208",
        "footer": ["Banco Tucano S.A. · CNPJ 00.000.000/0001-00 · Nunca pedimos senhas por e-mail.", "Ouvidoria: 0800 777 0101 · Política de privacidade: {privacy}"],
        "text": """Olá, Sam.

Uma compra no seu cartão de crédito final 2208 foi recusada.

{table}

Motivo: limite disponível insuficiente. Você pode ajustar seu limite pelo app, em Cartões > Ajustar limite.

Não reconhece esta compra? Bloqueie o cartão imediatamente no app.""",
        "table": [("Estabelecimento", "LIVRARIA CIDADE*SP"), ("Valor", "R$ 1.249,90"), ("Data", "02/11/2026 19:31"), ("Situação", "Recusada")],
        "notes": "declined card purchase",
    },
    {
        "slug": "pt-linkedin-empregos-recomendados", "label": "other", "cat": "job-alert",
        "style": "ats", "variant": "pt-PT", "vendor": "linkedin", "brand": "LinkedIn",
        "frm": "LinkedIn <jobalerts-noreply@linkedin.com>",
        "subject": "Empregos recomendados para si: Product Manager em Lisboa",
        "footer": ["Está a receber alertas de emprego. Cancelar subscrição: {unsub}", "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."],
        "text": """## Novas vagas de Product Manager em Lisboa

**Product Manager – Mobilidade** · Eléctrico Apps · Lisboa · [[Ver vaga]]
**Senior Product Manager** · Pastel Pay · Lisboa (híbrido) · [[Ver vaga]]
**Product Owner Dados** · Banco Fado · Porto · [[Ver vaga]]

O seu perfil corresponde a 8 de 10 competências para a vaga da Pastel Pay. Candidatura simplificada disponível.

[[Ver todas as vagas]]""",
        "notes": "job alert",
    },
    {
        "slug": "pt-gupy-avancou-etapa", "label": "other", "cat": "status-update",
        "style": "ats", "variant": "pt-BR", "vendor": "gupy", "brand": "Jabuti Crédito",
        "frm": "Jabuti Crédito <naoresponda@gupy.io>",
        "subject": "Você avançou no processo seletivo - Product Owner",
        "text": """Olá, Sam!

Temos uma ótima notícia: você avançou para a etapa de Entrevista com o gestor no processo seletivo para Product Owner na Jabuti Crédito.

{table}

Em breve nosso time vai entrar em contato para agendar a conversa. Fique de olho no seu e-mail e no WhatsApp.

Boa sorte!
Time de Gente & Gestão | Jabuti Crédito""",
        "table": [("Etapa anterior", "Testes online – Concluída"), ("Etapa atual", "Entrevista com o gestor"), ("Status", "Em andamento")],
        "notes": "progress notice from the same company/vendor as a rejection in this set",
    },
    {
        "slug": "pt-convite-entrevista-formal", "day": "2026-11-11", "label": "other", "cat": "interview-invite",
        "style": "personal", "variant": "pt-PT",
        "frm": "Margarida Costa <margarida.costa@azulejodigital.example>",
        "subject": "Convite para entrevista - Gestor(a) de Insights",
        "text": """Exmo.(a) Sr.(a) Sam Taylor,

Na sequência da sua candidatura à função de Gestor(a) de Insights, temos o prazer de o(a) convidar para uma entrevista presencial nas nossas instalações, Rua de Santa Catarina 120, Porto.

Propomos o dia 19 de novembro, às 10h30. A entrevista terá a duração aproximada de uma hora e contará com a presença do Diretor de Marketing.

Agradecemos que confirme a sua disponibilidade por resposta a este e-mail.

Com os melhores cumprimentos,
Margarida Costa
Recursos Humanos | Azulejo Digital
+351 22 340 1180""",
        "notes": "formal interview invitation",
    },
    {
        "slug": "pt-resposta-ainda-decidindo", "label": "other", "cat": "answer-to-owner-question",
        "style": "personal", "variant": "pt-BR", "client_html": True,
        "frm": "Lucas Prado <lucas.prado@ventania.example>",
        "subject": "Re: Processo de Product Manager",
        "parent": True, "parent_domain": "example.org", "day": "2026-11-20",
        "text": """Oi Sam!

Ainda não escolhemos ninguém, fica tranquilo(a). A gente ainda está decidindo entre você e mais uma pessoa, e a diretora de produto volta de férias na segunda. Te dou um retorno até sexta que vem, de um jeito ou de outro.

Abs,
Lucas

Em qua., 18 de nov. de 2026 às 09:41, Sam Taylor <sam.taylor@example.org> escreveu:
> Oi Lucas, tudo bem?
>
> Queria saber se vocês já escolheram outra pessoa para a vaga de
> Product Manager. Se sim, sem problemas, só queria me organizar.
>
> Obrigado/a!
> Sam""",
        "notes": "answer to Sam's 'have you chosen someone else?': still deciding",
    },
    {
        "slug": "pt-proposta-emprego", "label": "other", "cat": "offer",
        "style": "personal", "variant": "pt-BR",
        "frm": "Fernanda Lima <fernanda.lima@caramboladigital.example>",
        "subject": "Proposta - Head de Produto",
        "text": """Oi Sam, tudo bem?

Que alegria escrever este e-mail! Queremos muito você no time como Head de Produto da Carambola Digital.

A proposta é: salário de R$ 32.000 (CLT), bônus anual de até 3 salários, plano de saúde e odontológico para você e dependentes, e trabalho híbrido (2x por semana no escritório da Vila Madalena). Início a combinar, de preferência em janeiro.

Infelizmente não conseguimos oferecer stock options nesse momento, mas podemos revisitar isso na avaliação de 6 meses.

Me conta o que achou? Pode me ligar a qualquer hora.

Beijos,
Fernanda Lima
CEO | Carambola Digital
(11) 97712-0056""",
        "notes": "offer containing 'infelizmente'",
    },
    {
        "slug": "pt-owner-retira-candidatura", "label": "other", "cat": "owner-sent",
        "style": "personal", "variant": "pt-BR",
        "frm": OWNER, "to": "Patrícia Souza <patricia.souza@guaranaventures.example>",
        "id_domain": "example.org",
        "subject": "Retirada de candidatura - Gerente de Produto",
        "text": """Olá Patrícia, tudo bem?

Gostaria de agradecer muito pelas conversas das últimas semanas. Depois de muito pensar, decidi retirar minha candidatura para a vaga de Gerente de Produto: recebi uma proposta que faz mais sentido para o meu momento.

Foi um prazer conhecer o time da Guaraná Ventures e espero que a gente se cruze de novo.

Um abraço,
Sam Taylor""",
        "notes": "Sam withdraws an application",
    },
    {
        "slug": "pt-arrendamento-senhorio-outro", "label": "other", "cat": "non-job-rejection",
        "style": "personal", "variant": "pt-PT",
        "frm": "Nuno Ferreira <nuno.ferreira@casaribeira.example>",
        "subject": "Apartamento T2 Campo de Ourique",
        "text": """Boa tarde Sam,

Obrigado pelo interesse no T2 da Rua Ferreira Borges e pela documentação que enviou.

Infelizmente o senhorio optou por outro inquilino, que apresentou fiador português e pode entrar já no dia 1. Lamento não ter melhores notícias.

Se quiser, posso enviar-lhe outros apartamentos que vamos ter disponíveis em janeiro na zona de Campo de Ourique e Estrela.

Cumprimentos,
Nuno Ferreira
Casa Ribeira Imobiliária | AMI 14532
+351 917 552 043""",
        "notes": "rental application declined",
    },
    {
        "slug": "pt-recrutador-abordagem", "label": "other", "cat": "recruiter-outreach",
        "style": "personal", "variant": "pt-BR",
        "frm": "Gustavo Teixeira <gustavo@talentobrasa.example>",
        "subject": "Oportunidade: Head de Produto em fintech (remoto)",
        "text": """Olá Sam, tudo bem?

Vi seu perfil no LinkedIn e achei sua trajetória em insights e produto muito interessante. Sei que o mercado está difícil e muita gente está recebendo recusa atrás de recusa, então vou direto ao ponto: tenho duas posições exclusivas que acho que combinam com você.

- Head de Produto em uma fintech de crédito consignado (100% remoto)
- Gerente de Insights em uma rede de varejo em Curitiba

Topa uma conversa de 20 minutos essa semana? Me passa um horário que eu te ligo.

Abraço,
Gustavo Teixeira
Talento Brasa Recrutamento | (41) 99120-4488""",
        "notes": "recruiter pitch mentioning rejections in general",
    },
]
