"""Spanish messages (Spain, Mexico, Argentina, Colombia, Chile): 12 rejections, 12 hard negatives."""
LANG = "es"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="es-pradera-greenhouse-otros-candidatos", label="rejection", cat="ats-automated", style="ats", variant="es-ES",
     vendor="greenhouse", brand="Pradera Energía", plain="auto", headers=AUTO,
     frm="Pradera Energía <no-reply@us.greenhouse-mail.io>",
     subject="Tu candidatura a Product Marketing Manager en Pradera Energía",
     text="""Hola Sam:

Gracias por tu interés en Pradera Energía y por el tiempo que has dedicado a presentar tu candidatura al puesto de Product Marketing Manager.

Hemos revisado tu perfil con atención. Lamentablemente, en esta ocasión hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.

Te animamos a seguir nuestras [[ofertas de empleo]] y a volver a aplicar si ves otra posición que encaje contigo.

Un saludo,
Equipo de Talento de Pradera Energía""",
     about="Pradera Energía impulsa la transición energética en la península con más de 900 profesionales. Premio Top Employer España 2026.",
     exp=("", "", "Pradera Energía", "Product Marketing Manager"), notes="ordinary; html-autotext; image-placeholder"),

dict(slug="es-tecolote-workday-html-only-middle", label="rejection", cat="ats-automated", style="ats", variant="es-MX",
     vendor="workday", brand="Grupo Tecolote", html_only=True, cte="base64", headers=AUTO,
     frm="Grupo Tecolote Talento <grupotecolote@myworkday.com>",
     subject="Actualización de tu solicitud - Gerente de Marketing de Producto (R-20417)",
     text="""Estimado/a Sam Taylor:

Queremos agradecerte sinceramente el interés que has mostrado en formar parte de Grupo Tecolote. En cada proceso recibimos cientos de solicitudes de profesionales muy talentosos, y la tuya destacó por tu experiencia en investigación de audiencias y en lanzamientos de producto.

Después de una evaluación cuidadosa de todos los perfiles, hemos decidido no avanzar con tu solicitud para la vacante Gerente de Marketing de Producto (R-20417). Esta decisión no fue sencilla y no refleja de ninguna manera tu valía profesional.

Tu perfil permanecerá en nuestra base de datos y podrás consultar nuevas vacantes en nuestro [[portal de carreras]]. Te deseamos mucho éxito en tu búsqueda.

Atentamente,
Atracción de Talento | Grupo Tecolote
Monterrey, N.L., México""",
     exp=("", "", "Grupo Tecolote", "Gerente de Marketing de Producto"), notes="html-only; verdict-middle; praise-wrapped; english-legal-footer"),

dict(slug="es-albatros-infojobs-descartado", label="rejection", cat="job-board-relay", style="ats", variant="es-ES",
     vendor="infojobs", brand="InfoJobs", headers=BULK,
     frm="InfoJobs <notificaciones@infojobs.net.example>",
     subject="Novedades en tu inscripción: Responsable de Growth",
     text="""Hola Sam,

La empresa ha actualizado el estado de tu inscripción en la oferta:

{table}

La empresa Logística Albatros ha revisado tu CV y ha decidido no continuar con tu candidatura en este proceso. Puedes consultar el detalle en [[Mis candidaturas]].

Mientras tanto, hay 37 ofertas nuevas que encajan con tu perfil. [[Ver ofertas]]

El equipo de InfoJobs""",
     table=[("Oferta", "Responsable de Growth"), ("Empresa", "Logística Albatros"), ("Ubicación", "Zaragoza (híbrido)"),
            ("Estado", "Descartado"), ("Fecha", "hoy")],
     exp=("", "", "Logística Albatros", "Responsable de Growth"), notes="job-board-relay; status-descartado; bulk-headers; job-suggestions"),

dict(slug="es-yerbal-smartrecruiters-cubierta", label="rejection", cat="keep-on-file", style="ats", variant="es-AR",
     vendor="smartrecruiters", brand="Yerbal Foods", headers=AUTO,
     frm="Yerbal Foods <noreply@smartrecruiters.com>",
     subject="Brand Manager - Yerbal Foods",
     text="""Hola Sam,

Te escribimos para contarte que la búsqueda de Brand Manager ya fue cubierta. Queremos agradecerte por tu postulación y por el interés en sumarte a Yerbal Foods.

¿Nos permitís conservar tu CV en nuestra base de talento durante 12 meses para futuras búsquedas? Si estás de acuerdo, hacé clic en el botón de abajo. Si no respondés, eliminaremos tus datos a los 30 días, según la Ley 25.326 de Protección de Datos Personales.

¡Muchos éxitos!
Equipo de Personas - Yerbal Foods
Buenos Aires, Argentina""",
     button="Sí, conserven mi CV",
     exp=("", "", "Yerbal Foods", "Brand Manager"), notes="position-filled; retention-question; voseo"),

dict(slug="es-cafetal-lever-proceso-cancelado", label="rejection", cat="role-cancelled", style="ats", variant="es-CO",
     vendor="lever", brand="Cafetal Digital", headers=AUTO,
     frm="Cafetal Digital <no-reply@hire.lever.co>",
     subject="Sobre tu proceso con Cafetal Digital",
     text="""Hola Sam,

Muchas gracias por participar en el proceso para Head of Growth y por las conversaciones con nuestro equipo en las últimas semanas.

Te queremos contar que, por una reorganización interna del área comercial, el proceso de selección para esta vacante ha sido cancelado y no vamos a contratar esta posición en 2026. Por eso no podremos continuar con tu candidatura.

Sabemos que esto no es lo que esperabas. Si tienes preguntas, puedes escribirle directamente a Valentina Ríos a valentina.rios@cafetal.example.

Un abrazo,
Talento Cafetal Digital - Medellín""",
     footer_lang="es",
     exp=("valentina.rios@cafetal.example", "", "Cafetal Digital", "Head of Growth"), notes="role-cancelled; reply-to-in-body; name-without-signature"),

dict(slug="es-andescobre-teamtailor-bilingue", label="rejection", cat="ats-automated", style="ats", variant="es-CL",
     vendor="teamtailor", brand="Andes Cobre Analytics", plain="auto", headers=AUTO,
     frm="Andes Cobre Analytics <no-reply@teamtailor.com>",
     reply_to="Carolina Fuentes <carolina.fuentes@andescobre.example>",
     subject="Tu postulación / Your application - Product Marketing Lead",
     text="""Hola Sam,

Gracias por postular al cargo de Product Marketing Lead en Andes Cobre Analytics. Revisamos cada postulación con detención y, después de analizar tu perfil, no seguiremos adelante con tu postulación en esta etapa.

Te deseamos lo mejor en tu búsqueda.

Carolina Fuentes
Talent Partner

---

Hi Sam,

Thank you for applying for the Product Marketing Lead role at Andes Cobre Analytics. After reviewing your profile we will not move forward with your application at this stage.

Best of luck with your search.

Carolina Fuentes
Talent Partner""",
     exp=("carolina.fuentes@andescobre.example", "Carolina", "Andes Cobre Analytics", "Product Marketing Lead"), notes="bilingual-es-en; html-autotext; reply-to-header"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="es-lucia-recruiter-decantado", label="rejection", cat="personal-after-interview", style="personal", variant="es-ES",
     frm="Lucía Garrido <lucia.garrido@mareal-seguros.example>",
     subject="Proceso Product Marketing Manager - Mareal Seguros",
     text="""Hola Sam,

¿Qué tal? Espero que hayas tenido buen fin de semana.

Antes de nada, quería agradecerte de nuevo el tiempo que nos has dedicado: la primera entrevista conmigo, la sesión con Jaime y el caso práctico que presentaste el jueves. A todo el equipo le gustó mucho cómo planteaste el lanzamiento del seguro de hogar, sobre todo la parte de segmentación.

Te escribo para contarte cómo ha quedado el proceso. Ha sido una decisión muy ajustada, pero finalmente nos hemos decantado por otra persona que tiene más recorrido en el sector asegurador, que para este primer año era algo importante para Jaime.

Me gustaría darte feedback más detallado por teléfono si te apetece; dime qué día te viene bien esta semana. Y de verdad, me encantaría que siguiéramos en contacto, porque en 2027 abriremos más posiciones en el equipo de marketing.

Un abrazo,

Lucía Garrido
Talent Acquisition | Mareal Seguros
+34 611 482 907""",
     exp=("lucia.garrido@mareal-seguros.example", "Lucía", "Mareal Seguros", "Product Marketing Manager"), notes="verdict-middle; after-case-study; feedback-offer"),

dict(slug="es-rodrigo-short-reply-cubierta", day="2026-10-29", label="rejection", cat="terse", style="personal", variant="es-MX",
     frm="Rodrigo Villaseñor <rodrigo@nopal-labs.example>", parent=True, parent_domain="mail.example.org",
     subject="RE: Seguimiento - Growth Marketing Manager",
     text="""Hola Sam, gracias por escribir. Te cuento que la vacante ya se cubrió hace un par de semanas, una disculpa por no avisarte antes.

Saludos,
Rodrigo

Enviado desde mi iPhone

> El 14 oct 2026, a las 10:02, Sam Taylor <sam.taylor@example.org> escribió:
>
> Hola Rodrigo,
>
> Espero que estés muy bien. Te escribo para dar seguimiento a mi postulación
> para Growth Marketing Manager en Nopal Labs. ¿Hay alguna novedad sobre los
> siguientes pasos?
>
> Muchas gracias,
> Sam""",
     wrap=False,
     exp=("rodrigo@nopal-labs.example", "Rodrigo", "Nopal Labs", "Growth Marketing Manager"), notes="short-reply; quoted-thread; filled"),

dict(slug="es-agency-pampa-otro-perfil", label="rejection", cat="agency-recruiter", style="personal", variant="es-AR",
     frm="Martín Acosta <macosta@ceibo-talent.example>",
     subject="Novedades búsqueda Gerente de Marca",
     text="""Sam, ¿cómo andás?

Ayer hablé con la gente de Pampa Seguros por la búsqueda de Gerente de Marca. Les gustó mucho tu entrevista con Florencia, pero el cliente decidió avanzar con otro perfil que ya venía del mercado de seguros masivos.

No te desanimes que estuviste en la terna final. Tengo un par de búsquedas en consumo masivo que te podrían interesar, te llamo la semana que viene y lo vemos.

Abrazo,
Martín Acosta
Senior Consultant | Ceibo Talent
Av. Corrientes 1234, CABA
+54 9 11 5543 2210""",
     exp=("macosta@ceibo-talent.example", "Martín", "Pampa Seguros", "Gerente de Marca"), notes="agency; client-decided; shortlist-mentioned"),

dict(slug="es-mareas-hm-forwards-hr", day="2026-10-20", label="rejection", cat="forwarded-by-hiring-manager", style="personal", variant="es-ES",
     frm="Nerea Olabarria <nerea.olabarria@mareas-editorial.example>", client_html=True,
     subject="RV: Candidatura Director de Marketing Digital - Sam Taylor",
     text="""Hola Sam,

Te reenvío lo que me ha pasado RR. HH. esta mañana. Siento mucho que no haya salido; por mi parte me habría encantado trabajar contigo, pero la decisión final era de dirección general. Si quieres tomamos un café cuando pases por Bilbao.

Nerea

---------- Mensaje reenviado ---------
De: Recursos Humanos <rrhh@mareas-editorial.example>
Fecha: martes, 20 de octubre de 2026, 9:14
Asunto: Candidatura Director de Marketing Digital - Sam Taylor
Para: Nerea Olabarria <nerea.olabarria@mareas-editorial.example>

Nerea, buenos días:

Te confirmamos que dirección ha optado por la candidatura de Iker M. para el puesto de Director de Marketing Digital. Por favor, comunica a Sam Taylor que no continuará en el proceso. Nosotros le enviaremos la carta formal esta semana.

Gracias,
RR. HH. Mareas Editorial""",
     exp=("nerea.olabarria@mareas-editorial.example", "Nerea", "Mareas Editorial", "Director de Marketing Digital"), notes="forwarded-internal-note-about-sam; hiring-manager-forwards"),

dict(slug="es-andres-congelado", label="rejection", cat="role-cancelled", style="personal", variant="es-CO",
     frm="Andrés Quintero <andres.quintero@guadua-bank.example>",
     subject="Vacante Líder de Producto Digital",
     text="""Buenas tardes Sam,

Espero que estés muy bien. Te escribo con una noticia que no es la que queríamos darte: desde la gerencia nos informaron que se congeló la contratación para el cargo de Líder de Producto Digital hasta nuevo aviso, por los ajustes de presupuesto del último trimestre.

Por esta razón no podemos continuar con tu proceso. Lo lamento de verdad, porque estabas entre los finalistas.

Cualquier cosa, quedo atento.

Cordialmente,

Andrés Quintero
Gerente de Producto | Guadua Bank
Cel. +57 310 555 8821
Bogotá D.C.""",
     exp=("andres.quintero@guadua-bank.example", "Andrés", "Guadua Bank", "Líder de Producto Digital"), notes="hiring-freeze; finalist"),

dict(slug="es-interno-typos", day="2026-11-16", label="rejection", cat="internal-candidate", style="personal", variant="es-ES",
     frm="Marta Soler <msoler@olivarnet.example>",
     subject="Re: entrevista dia 3",
     parent=True,
     text="""Hola Sam

perdona el retraso en contestarte, han sido unas semanas de locos. Al final la posicion de Responsable de Contenidos se ha cubierto con una persona del equipo interno que llevaba tiempo queriendo dar el salto, asi que cerramos el proceso externo.

Muchas gracias por todo y por tu paciencia, de verdad. Te guardo en mi lista para lo proximo que salga.

Un saludo
Marta

--
Marta Soler · People & Culture · OlivarNet
Tel. 963 112 458

-----Mensaje original-----
De: Sam Taylor <sam.taylor@example.org>
Enviado el: lunes, 9 de noviembre de 2026 11:20
Para: Marta Soler <msoler@olivarnet.example>
Asunto: entrevista dia 3

Hola Marta, ¿sabéis ya algo sobre el puesto? Gracias, Sam""",
     charset="iso-8859-1", cte="8bit",
     exp=("msoler@olivarnet.example", "Marta", "OlivarNet", "Responsable de Contenidos"), notes="internal-candidate; typos-no-accents; outlook-quote"),

# ---------------------------------------------------------------- others, ATS
dict(slug="es-greenhouse-ack-volumen", label="other", cat="ack-received", style="ats", variant="es-ES",
     vendor="greenhouse", brand="Salinas Fintech", headers=AUTO, plain="auto",
     frm="Salinas Fintech <no-reply@us.greenhouse-mail.io>",
     subject="Hemos recibido tu candidatura - Senior Product Marketing Manager",
     text="""Hola Sam,

¡Gracias por presentar tu candidatura a Senior Product Marketing Manager en Salinas Fintech! La hemos recibido correctamente.

Nuestro equipo revisará tu perfil en las próximas semanas. Debido al elevado volumen de candidaturas que recibimos, no siempre podemos responder a cada persona de forma individual. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para concertar una primera entrevista; si no seguimos adelante, también intentaremos avisarte.

Mientras tanto, puedes conocer mejor a nuestro equipo en nuestro [[blog de ingeniería y producto]].

Un saludo,
El equipo de Talento de Salinas Fintech""",
     notes="ack-hedge; volume"),

dict(slug="es-tecolote-workday-siguiente-fase", label="other", cat="interview-invite", style="ats", variant="es-MX",
     vendor="workday", brand="Grupo Tecolote", headers=AUTO,
     frm="Grupo Tecolote Talento <grupotecolote@myworkday.com>",
     subject="Actualización de tu solicitud - Coordinador de Marketing Digital (R-20533)",
     text="""Estimado/a Sam Taylor:

Queremos agradecerte sinceramente el interés que has mostrado en formar parte de Grupo Tecolote.

Nos complace informarte que tu solicitud para la vacante Coordinador de Marketing Digital (R-20533) ha avanzado a la siguiente fase del proceso: una entrevista por videollamada con el equipo de marketing.

Por favor, selecciona el horario que mejor te acomode en el siguiente enlace antes del viernes: [[Agendar entrevista]]

Atentamente,
Atracción de Talento | Grupo Tecolote
Monterrey, N.L., México""",
     notes="same-template-as-rejection; next-round"),

dict(slug="es-infojobs-alerta-ofertas", label="other", cat="job-alert", style="ats", variant="es-ES",
     vendor="infojobs", brand="InfoJobs", headers=BULK, plain="auto",
     frm="InfoJobs <alertas@infojobs.net.example>",
     subject="12 nuevas ofertas de Product Marketing para ti",
     text="""Hola Sam,

Estas son las nuevas ofertas de tu alerta «Product Marketing - Madrid»:

- Product Marketing Manager · Pradera Energía · Madrid · 50.000 - 60.000 €
- Responsable de Growth · Logística Albatros · Zaragoza · Oferta cerrada
- Brand Manager · Turrones del Sur · Alicante
- Head of Marketing · Salinas Fintech · Madrid · Inscrito

¿Ya no te interesa esta alerta? [[Gestionar alertas]]

[[Ver todas las ofertas]]""",
     notes="job-alert; mentions-closed-offer; lists-roles-applied"),

dict(slug="es-banco-operacion-denegada", label="other", cat="non-job-rejection", style="ats", variant="es-ES",
     vendor="bank", brand="Banco Miramar", headers=AUTO,
     frm="Banco Miramar <avisos@bancomiramar.example>",
     subject="Operación denegada con tu tarjeta terminada en 4417",
     text="""Hola Sam,

Te informamos de que una operación con tu tarjeta ha sido denegada:

{table}

Lamentamos las molestias. Si no reconoces esta operación, bloquea tu tarjeta desde la app o llámanos al 900 000 000.

Banco Miramar""",
     table=[("Comercio", "VUELING AIRLINES"), ("Importe", "243,80 EUR"), ("Motivo", "Saldo insuficiente"), ("Estado", "Denegada")],
     notes="card-declined"),

dict(slug="es-smartrecruiters-traslado-requisicion", label="other", cat="requisition-transfer", style="ats", variant="es-AR",
     vendor="smartrecruiters", brand="Yerbal Foods", headers=AUTO,
     frm="Yerbal Foods <noreply@smartrecruiters.com>",
     subject="Cambios en tu postulación - Analista de Marketing",
     text="""Hola Sam,

Te contamos que la búsqueda de Analista de Marketing (Rosario) fue cerrada. Como tu perfil nos pareció muy interesante, el equipo de Personas trasladó tu postulación a la búsqueda de Analista de Marketing Sr. en Buenos Aires, que está activa.

No tenés que hacer nada: tu CV y tus respuestas ya están asociados a la nueva búsqueda, y te escribiremos con los próximos pasos.

¡Gracias!
Equipo de Personas - Yerbal Foods""",
     notes="requisition-closed-but-transferred"),

dict(slug="es-personio-owner-requisition", label="other", cat="owner-hiring", style="ats", variant="es-ES",
     vendor="personio", brand="Calder Street Media", headers=AUTO,
     frm="Personio <notifications@personio.example>", id_domain="personio.example",
     subject="[Calder Street Media] 3 candidatos rechazados en «Analista de Insights (Madrid)»",
     text="""Hola Sam,

Se han actualizado candidaturas en un proceso en el que eres responsable de contratación:

{table}

Los candidatos han recibido la plantilla «Rechazo tras entrevista». Puedes revisar el proceso en [[Personio]].""",
     table=[("Proceso", "Analista de Insights (Madrid)"), ("Rechazados", "3 (L. Prieto, A. Ferrer, J. Casas)"),
            ("En entrevista", "2"), ("Responsable", "Sam Taylor")],
     notes="owner-is-hiring; hr-system"),

# ---------------------------------------------------------------- others, personal
dict(slug="es-congreso-charla-no-seleccionada", label="other", cat="non-job-rejection", style="personal", variant="es-ES",
     frm="Comité de Programa MKT Summit <programa@mktsummit.example>",
     subject="Resolución de tu propuesta de ponencia - MKT Summit Madrid 2027",
     text="""Hola Sam,

Muchas gracias por enviar tu propuesta «Medir lo que importa: insights de audiencia para equipos pequeños» al MKT Summit Madrid 2027.

Este año hemos recibido 412 propuestas para 38 huecos. Lamentamos comunicarte que tu propuesta no ha sido seleccionada para el programa. El comité ha valorado mucho el enfoque práctico, pero había varias charlas muy parecidas.

Te ofrecemos un 30 % de descuento en la entrada con el código PONENTE27.

Un saludo,
Beatriz Llorente
Coordinadora del programa""",
     notes="conference-talk-declined"),

dict(slug="es-reply-followup-no-disculpa", day="2026-10-30", label="other", cat="reply-to-owner-followup", style="personal", variant="es-ES",
     frm="Irene Campos <irene.campos@vientosur.example>", parent=True, parent_depth=2,
     subject="Re: Re: Tu candidatura - Brand Manager",
     text="""¡Hola Sam!

No hay nada que disculpar, al contrario: gracias por tomártelo tan bien. Nos encantaría seguir en contacto y te tendré en cuenta para lo próximo que abramos en Vientosur.

Un abrazo,
Irene

El jue, 29 oct 2026 a las 17:40, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Irene,
>
> Gracias por avisarme, y perdona si insistí demasiado con mis correos.
> Me habría encantado trabajar con vosotros. Espero que podamos coincidir
> más adelante.
>
> Un saludo,
> Sam
>
> El mar, 27 oct 2026 a las 12:05, Irene Campos escribió:
>> Hola Sam, te escribo para decirte que finalmente no vamos a seguir
>> adelante con tu candidatura para Brand Manager. Hemos elegido a otra
>> persona con más experiencia en retail.""",
     wrap=False, notes="rejection-only-in-quote; gmail-quote"),

dict(slug="es-answer-otro-candidato-final", day="2026-11-16", label="other", cat="answer-to-owner-question", style="personal", variant="es-MX",
     frm="Paola Treviño <paola.trevino@maguey-app.example>", parent=True,
     subject="Re: ¿Ya eligieron a otro candidato?",
     text="""Hola Sam,

¡Para nada! Perdón por el silencio, tuvimos el cierre de trimestre. Seguimos contando contigo para Product Marketing Manager: de hecho, te quería proponer la entrevista final con nuestro CEO el jueves 19 a las 11:00 (hora CDMX). ¿Te funciona?

Saludos,
Paola

> Hola Paola, no he tenido noticias desde la segunda entrevista. ¿Ya
> eligieron a otro candidato? Si es así, lo entiendo perfectamente.
> Gracias, Sam""",
     wrap=False, notes="answer-to-have-you-chosen-someone; final-interview"),

dict(slug="es-alquiler-propietario-otro", label="other", cat="non-job-rejection", style="personal", variant="es-AR",
     frm="Inmobiliaria Los Tilos <alquileres@lostilos-inmo.example>",
     subject="Departamento Av. Santa Fe 2140 - respuesta",
     text="""Hola Sam,

Gracias por completar la solicitud y enviar la documentación para el departamento de Av. Santa Fe 2140, 5°B.

Lamentablemente el propietario eligió a otro inquilino cuya solicitud llegó antes, así que no podremos avanzar con la tuya. Te dejamos abajo otras dos unidades similares en Palermo por si te interesan.

- Gurruchaga 1800, 2 amb., 4° piso
- Thames 950, 2 amb., con balcón

Saludos cordiales,
Soledad
Inmobiliaria Los Tilos""",
     notes="rental-declined"),

dict(slug="es-recruiter-vacante-cubierta-nuevas", label="other", cat="recruiter-outreach", style="personal", variant="es-MX",
     frm="Ximena Ortega <ximena@talentoazul.example>",
     subject="Dos posiciones nuevas de marketing de producto",
     text="""Hola Sam, ¡qué gusto saludarte!

Hace unos meses platicamos sobre la posición de Growth Lead en una fintech, que al final se cubrió antes de que pudiera presentarte. Ahora tengo dos búsquedas nuevas que creo que te quedan muy bien:

- Head of Product Marketing, scale-up de logística (CDMX / remoto)
- Gerente de Insights de Consumidor, empresa de bebidas (Guadalajara)

¿Tienes 20 minutos esta semana para platicar?

Saludos,
Ximena Ortega
Talento Azul | Executive Search
+52 55 4123 9870""",
     notes="outreach; mentions-filled-role-not-sams"),

dict(slug="es-pausa-seguimos-decidiendo", label="other", cat="status-update", style="personal", variant="es-CL",
     frm="Tomás Henríquez <tomas.henriquez@litoral-retail.example>",
     subject="Proceso Subgerente de Marketing - breve pausa",
     text="""Hola Sam,

Te escribo para mantenerte al tanto. El proceso de Subgerente de Marketing queda en pausa un par de semanas mientras el directorio aprueba el presupuesto 2027. Tu postulación sigue activa y seguimos muy interesados en tu perfil: todavía no hemos tomado ninguna decisión y eres uno de los tres finalistas.

Apenas tenga novedades te vuelvo a contactar, a más tardar a mediados de diciembre.

Saludos,
Tomás Henríquez
Gerente Comercial | Litoral Retail""",
     notes="paused-but-still-active; still-deciding"),
]
