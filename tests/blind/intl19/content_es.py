"""Spanish messages (Spain, Mexico, Chile, Argentina): 8 rejections, 8 hard negatives."""
from content_common import BULK, rej

M = []

# ---------------------------------------------------------------- rejections, ATS
M.append(dict(
    slug="es-workday-grupo-altavista", lang="es", variant="es-MX", style="ats", label="rejection", cat="ats-automated",
    vendor="workday", brand="Grupo Altavista",
    frm="Grupo Altavista <grupoaltavista@myworkday.com>", subject="Actualización sobre tu postulación – Gerente de Marketing de Producto (R-10482)",
    text="""Hola Sam:

Gracias por tu interés en Grupo Altavista y por el tiempo que dedicaste a postularte a la vacante Gerente de Marketing de Producto (R-10482).

Después de revisar cuidadosamente tu perfil, hemos decidido continuar con otros candidatos cuya experiencia se ajusta más a las necesidades actuales del puesto.

Te invitamos a seguir consultando nuestras vacantes en nuestro [[Portal de Carreras]] y a mantener actualizado tu perfil de candidato.

Te deseamos mucho éxito en tu búsqueda profesional.

Atentamente,
Atracción de Talento
Grupo Altavista""",
    about="Grupo Altavista es una empresa incluyente que ofrece igualdad de oportunidades. No discriminamos por motivos de género, edad, religión, discapacidad, orientación sexual o cualquier otra condición.",
    exp=rej("", "", "Grupo Altavista", "Gerente de Marketing de Producto"), notes="workday; most ordinary wording; verdict in second paragraph"))

M.append(dict(
    slug="es-infojobs-descartada-lumbre", lang="es", variant="es-ES", style="ats", label="rejection", cat="job-board-relay",
    vendor="infojobs", brand="InfoJobs", plain="html2text", headers=BULK,
    frm="InfoJobs <noreply@infojobs.net>", subject="Tu candidatura a «Responsable de Growth Marketing» ha cambiado de estado",
    text="""Hola Sam,

Te informamos de que la empresa ha actualizado el estado de tu candidatura.

{table}

La empresa ha revisado tu CV y ha decidido no seguir adelante con tu candidatura en este proceso. ¡No te desanimes! Hay miles de ofertas esperándote.

[[Ver el estado de mis candidaturas]]

Ofertas que te pueden interesar:
- Product Marketing Manager · Barcelona · Teletrabajo parcial
- Brand Manager · Madrid · Jornada completa
- Marketing Lead SaaS · Valencia · 100% remoto""",
    table=[("Oferta", "Responsable de Growth Marketing"), ("Empresa", "Lumbre Energía S.L."), ("Estado", "Descartado/a")],
    exp=rej("", "", "Lumbre Energía S.L.", "Responsable de Growth Marketing"),
    notes="infojobs status relay; bulk headers; html2text plain with [image] and link list; similar-jobs list after verdict"))

M.append(dict(
    slug="es-computrabajo-finalizada-andes", lang="es", variant="es-CL", style="ats", label="rejection", cat="job-board-relay",
    vendor="computrabajo", brand="Computrabajo", headers=BULK, html_only=True, cte="base64",
    frm="Computrabajo <notificaciones@computrabajo.com>", subject="Sam, hay novedades en tu postulación",
    text="""Hola Sam,

Transportes Cordillera Andes SpA revisó tu postulación al aviso Jefe/a de Marketing Digital (Santiago, Las Condes).

Proceso finalizado: la empresa seleccionó a otros postulantes para este cargo.

Recuerda que puedes seguir postulando a cientos de ofertas nuevas cada día.

[[Ver más ofertas como esta]]""",
    exp=rej("", "", "Transportes Cordillera Andes SpA", "Jefe/a de Marketing Digital"),
    notes="computrabajo Chile; HTML-only base64; short status line"))

M.append(dict(
    slug="es-teamtailor-kiosko-conservar-datos", lang="es", variant="es-ES", style="ats", label="rejection", cat="keep-on-file",
    vendor="teamtailor", brand="Kiosko Digital", reply_to="Lucía Ferrer <lucia.ferrer@kioskodigital.example>",
    frm="Lucía Ferrer (Kiosko Digital) <no-reply@teamtailor.com>", subject="Tu candidatura en Kiosko Digital",
    text="""¡Hola, Sam!

Antes que nada, gracias de verdad por presentarte a la posición de Head of Product Marketing y por el tiempo que le dedicaste a la entrevista con el equipo. Sabemos que buscar trabajo lleva mucho esfuerzo y lo valoramos.

Este proceso ha sido muy reñido: hemos recibido más de 300 candidaturas y hemos hablado con perfiles muy potentes. Tras mucho debate, hemos decidido avanzar con otra persona que tiene más recorrido en mercados B2B. No ha sido una decisión fácil.

Nos gustaría conservar tu candidatura en nuestra base de talento durante los próximos 12 meses por si surge una posición que encaje mejor contigo. Si prefieres que eliminemos tus datos, solo tienes que [[hacer clic aquí]] o responder a este correo.

Un abrazo y mucha suerte,
Lucía Ferrer
Talent Acquisition · Kiosko Digital""",
    about="En Kiosko Digital creemos en la diversidad. Somos Great Place to Work® 2026 y una de las 50 mejores startups para trabajar en España.",
    exp=rej("lucia.ferrer@kioskodigital.example", "Lucía", "Kiosko Digital", "Head of Product Marketing"),
    notes="teamtailor; verdict in middle wrapped in praise; data-retention consent; reply-to recruiter"))

# ---------------------------------------------------------------- rejections, personal
M.append(dict(
    slug="es-agencia-vacante-cancelada-mx", lang="es", variant="es-MX", style="personal", label="rejection", cat="role-cancelled",
    frm="Mariana Olvera <mariana.olvera@talentohunters.example>", subject="RE: Seguimiento – Gerente de Marca / cliente consumo masivo",
    parent=True, client_html=True,
    text="""Hola Sam, buenas tardes.

Te escribo para darte seguimiento al proceso de Gerente de Marca con nuestro cliente, Alimentos La Cañada.

Ayer por la tarde me confirmaron que por una reestructura interna del área comercial decidieron cancelar la vacante, así que el proceso queda cerrado para todos los candidatos. Te ofrezco una disculpa porque sé que ya ibas en la última etapa y la retroalimentación de la directora fue muy buena.

Me quedo con tu CV y en cuanto tenga algo similar te busco, ¿va?

Saludos cordiales,

Mariana Olvera
Consultora Sr. | Talento Hunters
Cel. +52 55 4187 2290
www.talentohunters.example

> De: Sam Taylor <sam.taylor@example.org>
> Enviado: lunes, 9 de noviembre de 2026 10:12
> Para: Mariana Olvera
> Asunto: Seguimiento – Gerente de Marca / cliente consumo masivo
>
> Hola Mariana, ¿hay alguna novedad sobre el proceso? Quedo atento. Gracias, Sam""",
    exp=rej("mariana.olvera@talentohunters.example", "Mariana", "Alimentos La Cañada", "Gerente de Marca"),
    notes="agency; role cancelled (reestructura); reply above Outlook-style quote of Sam's chaser"))

M.append(dict(
    slug="es-ar-hm-nos-decidimos-por-otra-persona", lang="es", variant="es-AR", style="personal", label="rejection", cat="personal-after-interview",
    frm="Federico Ibarra <fibarra@pampalabs.example>", subject="Re: Gracias por la charla de ayer", parent=True, parent_domain="example.org",
    text="""Hola Sam! Cómo andás?

Gracias a vos por el tiempo y por la presentación, nos gustó mucho cómo pensaste el lanzamiento.

Te cuento sin vueltas: finalmente nos decidimos por otra persona para el puesto de Product Marketing Manager, alguien que ya viene trabajando con fintech acá en Argentina y que puede arrancar ya. Fue una decisión difícil, de verdad.

Si te sirve, te paso feedback más detallado por teléfono cuando quieras. Y si en algún momento abrimos algo para Europa te aviso primero a vos.

Abrazo,
Fede

--
Federico Ibarra
Head of Marketing | Pampa Labs
+54 9 11 5834-0921

El mar, 17 nov 2026 a las 18:03, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Federico,
> muchas gracias por la charla de ayer, me quedé con muchas ganas de sumarme al equipo.
> Saludos,
> Sam""",
    exp=rej("fibarra@pampalabs.example", "Federico", "Pampa Labs", "Product Marketing Manager"),
    notes="Argentine voseo; casual; Gmail quote of Sam's thank-you; signed with nickname Fede"))

M.append(dict(
    slug="es-cl-corto-no-seguimos", lang="es", variant="es-CL", style="personal", label="rejection", cat="terse",
    frm="Constanza Reyes <creyes@vinasdelmaule.example>", subject="Postulación Brand Manager",
    text="""Hola Sam,
Gracias por participar en el proceso. Te comento que no seguiremos con tu postulación para Brand Manager.
Éxito!

Constanza Reyes
RR.HH. Viñas del Maule
Enviado desde mi iPhone""",
    exp=rej("creyes@vinasdelmaule.example", "Constanza", "Viñas del Maule", "Brand Manager"),
    notes="terse; Chile; sent from phone"))

M.append(dict(
    slug="es-reenvio-referido-cubierta-internamente", lang="es", variant="es-ES", style="personal", label="rejection", cat="forwarded-about-owner",
    frm="Javier Soler <javier.soler@navalia.example>", subject="Fwd: Candidatura de Sam Taylor – Marketing Manager Iberia",
    text="""Sam, te reenvío lo que me ha contestado Recursos Humanos. Una pena, tenía muchas ganas de que entraras en el equipo. Si quieres lo hablamos con un café esta semana.

Javier

---------- Forwarded message ---------
De: Elena Martos <elena.martos@navalia.example>
Date: jue, 12 nov 2026 a las 9:41
Subject: RE: Candidatura de Sam Taylor – Marketing Manager Iberia
To: Javier Soler <javier.soler@navalia.example>

Hola Javier,

Gracias por la referencia de Sam, tiene un perfil muy interesante. Te cuento que la posición de Marketing Manager Iberia finalmente se ha cubierto internamente con una persona del equipo de Lisboa, así que no vamos a continuar con candidatos externos.

Si te parece, se lo trasladas tú. Guardamos el CV para futuras posiciones.

Un saludo,
Elena Martos
People Partner · Navalia""",
    exp=rej("javier.soler@navalia.example", "Javier", "Navalia", "Marketing Manager Iberia"),
    notes="referrer forwards HR's verdict; filled internally; news in the forwarded part"))

# ---------------------------------------------------------------- others, ATS
M.append(dict(
    slug="es-bumeran-postulacion-recibida", lang="es", variant="es-AR", style="ats", label="other", cat="ack-received",
    vendor="bumeran", brand="Bumeran", headers=BULK, plain="html2text",
    frm="Bumeran <no-reply@bumeran.com.ar>", subject="¡Te postulaste! Analista Sr. de Marketing – Lácteos del Sur",
    text="""¡Hola Sam!

Tu postulación a Analista Sr. de Marketing en Lácteos del Sur S.A. fue enviada con éxito.

{table}

¿Qué pasa ahora? La empresa revisará los CVs recibidos. Por el gran volumen de postulaciones, solo se comunicarán con quienes avancen en el proceso. Si no recibís novedades, no significa que tu perfil haya sido descartado: podés seguir el estado desde [[Mis postulaciones]].

Tip: completá tu perfil al 100% para destacar frente a otros postulantes.""",
    table=[("Aviso", "Analista Sr. de Marketing"), ("Empresa", "Lácteos del Sur S.A."), ("Estado", "CV enviado")],
    notes="acknowledgement with hedge about volume and 'descartado'; bulk"))

M.append(dict(
    slug="es-workday-invitacion-entrevista-sin-reembolso", lang="es", variant="es-ES", style="ats", label="other", cat="interview-invite",
    vendor="workday", brand="Hoteles Brisamar", button="Seleccionar horario",
    frm="Hoteles Brisamar <brisamar@myworkday.com>", subject="Invitación a entrevista – Brand Marketing Manager (JR-2291)",
    text="""Hola Sam:

¡Buenas noticias! Nos gustaría invitarte a una entrevista para la posición Brand Marketing Manager (JR-2291).

La entrevista será por Microsoft Teams, con una duración aproximada de 45 minutos, con Raquel Domínguez (Directora de Marca) y una persona del equipo de Talento.

Por favor, selecciona un horario disponible antes del viernes. Lamentablemente no podemos ofrecer horarios fuera de la franja de 9:00 a 14:00 (hora peninsular).

Un saludo,
Equipo de Talento – Hoteles Brisamar""",
    notes="interview invite with a 'lamentablemente no podemos' about scheduling"))

M.append(dict(
    slug="es-personio-tu-requisicion-descartado", lang="es", variant="es-ES", style="ats", label="other", cat="owner-is-hiring-manager",
    vendor="personio_es", brand="Calder Street Media", button="Abrir en Personio",
    frm="Personio <notifications@personio.de>", subject="Calder Street Media: 3 candidatos movidos a «Descartado» – Content Strategist (Madrid)",
    text="""Hola Sam,

Hay novedades en el proceso de selección en el que eres responsable de contratación.

Posición: Content Strategist (Madrid)

Pilar Novoa ha movido a los siguientes candidatos a la fase «Descartado»:
- Adrián Cabello
- Marta Quintana
- Iñigo Salaberri

Se ha enviado a cada candidato la plantilla de correo «Rechazo tras entrevista (ES)». Puedes revisar los comentarios de evaluación en Personio.""",
    notes="HR-system notice about Sam's own requisition; rejection vocabulary about others"))

M.append(dict(
    slug="es-banco-tarjeta-rechazada", lang="es", variant="es-MX", style="ats", label="other", cat="non-job-rejection",
    vendor="generic_es", brand="Banco Meridiano",
    frm="Banco Meridiano Alertas <alertas@bancomeridiano.example>", subject="Alerta: tu compra fue rechazada",
    text="""Estimado(a) cliente SAM TAYLOR:

Te informamos que la siguiente operación con tu Tarjeta de Crédito terminación 4471 fue rechazada.

{table}

Motivo: el comercio no pudo validar la autenticación 3D Secure. Si no reconoces este intento, llama a Línea Meridiano 55 5140 3300.

No respondas a este correo. Banco Meridiano nunca te pedirá tu NIP ni contraseñas por correo electrónico.""",
    table=[("Comercio", "AEROLINEAS DEL BAJIO WEB"), ("Monto", "$8,420.00 MXN"), ("Fecha", "14/11/2026 21:07"), ("Estado", "Rechazada")],
    notes="card payment declined; non-job"))

# ---------------------------------------------------------------- others, personal
M.append(dict(
    slug="es-respuesta-seguimiento-segunda-entrevista", lang="es", variant="es-ES", style="personal", label="other", cat="reply-to-followup",
    frm="Irene Castaño <irene.castano@olivaresco.example>", subject="Re: Proceso Product Marketing Lead", parent=True, parent_domain="example.org",
    text="""¡Hola Sam!

¡Qué va, no te hemos descartado ni mucho menos! Perdona el silencio, hemos tenido la feria de Barcelona y se nos ha ido la semana.

De hecho, te quería proponer la segunda entrevista con nuestro CEO, Álvaro. ¿Te vendría bien el jueves 26 a las 11:00 o el viernes 27 a las 16:00?

Un saludo,
Irene

El 20 nov 2026, a las 10:15, Sam Taylor <sam.taylor@example.org> escribió:

> Hola Irene,
> Quería saber cómo va el proceso de Product Marketing Lead. Si habéis elegido a otra persona, lo entiendo perfectamente, solo quería saberlo para organizarme.
> Gracias,
> Sam""",
    notes="answer to Sam's 'have you chosen someone else?' is an invite; 'descartado' negated"))

M.append(dict(
    slug="es-colega-rechazo-candidatos", lang="es", variant="es-ES", style="personal", label="other", cat="owner-is-hiring-manager",
    frm="Pablo Recio <pablo.recio@example.org>", subject="Candidatos Junior Designer – ya están comunicados",
    text="""Sam,

Ya les he mandado el correo a los dos candidatos que descartaste el martes (Nerea y el chico de Bilbao). A Nerea le he dicho que la tenemos en cuenta para las prácticas de verano, como comentamos.

La que sigue adelante es Carla; ¿le enviamos la oferta esta semana o esperas a hablar con Finanzas?

Pablo
Calder Street Media · People & Culture""",
    notes="colleague at owner's company; Sam is hiring"))

M.append(dict(
    slug="es-piso-solicitud-no-aceptada", lang="es", variant="es-ES", style="personal", label="other", cat="non-job-rejection",
    frm="Inmobiliaria Retiro – Silvia <silvia@inmoretiro.example>", subject="Piso c/ Ibiza 34, 3ºB – su solicitud",
    text="""Buenos días Sam,

Le escribo en relación con su solicitud para el piso de la calle Ibiza 34. Lamentablemente la propiedad ha decidido seguir adelante con otro candidato cuya documentación estaba completa antes, así que su solicitud no ha sido aceptada.

Si le interesa, esta semana entran dos pisos similares en Retiro y Niño Jesús; puedo enseñárselos el sábado por la mañana.

Un saludo,
Silvia Herrero
Inmobiliaria Retiro · 91 432 18 07""",
    notes="rental application rejected, same wording as a job rejection ('otro candidato')"))

M.append(dict(
    slug="es-mx-decision-retrasada-seguimos", lang="es", variant="es-MX", style="personal", label="other", cat="still-deciding",
    frm="Rodrigo Zamudio <rzamudio@nopalcloud.example>", subject="Re: Vacante Growth Lead – siguiente paso", parent=True, parent_domain="example.org",
    text="""Hola Sam, qué tal.

Te debo una respuesta, perdón. La decisión del puesto de Growth Lead se va a retrasar unas dos semanas porque nuestro VP está de viaje en Monterrey, pero sigues en la terna final y no hemos descartado a nadie todavía.

En cuanto regrese te confirmo fecha para la última entrevista.

Saludos,
Rodrigo Zamudio
Talent Partner | NopalCloud
Tel. +52 33 3615 7720""",
    notes="delay, explicitly still deciding; Sam still in final three"))

MESSAGES = M
