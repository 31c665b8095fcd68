"""Spanish messages (Spain and Latin America): 12 rejections, 12 hard negatives."""
from content_common import R, O

AUTO = {"Auto-Submitted": "auto-generated"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("es-greenhouse-otros-perfiles", "ats-automated", "es", "ats",
  "Lumbrera Energía <no-reply@us.greenhouse-mail.io>", "Tu candidatura a Product Marketing Manager en Lumbrera Energía",
  """Hola Sam:

Gracias por tu interés en Lumbrera Energía y por el tiempo que has dedicado a tu candidatura para el puesto de Product Marketing Manager.

Hemos revisado tu perfil con atención. Tras valorarlo junto con el resto de candidaturas, hemos decidido avanzar con otros perfiles que se ajustan más a lo que buscamos en este momento.

Te animamos a seguir atento/a a nuestras [[ofertas de empleo]] y a volver a postularte en el futuro.

Un saludo,
Equipo de Talento de Lumbrera Energía""",
  ("", "", "Lumbrera Energía", "Product Marketing Manager"), vendor="greenhouse", brand="Lumbrera Energía", variant="es-ES", headers=AUTO,
  about="Sobre nosotros: Lumbrera Energía es una comercializadora 100 % renovable con sede en Valencia. Somos una empresa que apuesta por la igualdad de oportunidades."),
R("es-workday-estado-no-seleccionado", "status-portal", "es", "ats",
  "Grupo Altamar <altamar@myworkday.com>", "Actualización del estado de tu solicitud (R-20417)",
  """Estimado/a Sam Taylor:

Se ha actualizado el estado de una de tus solicitudes en el portal de candidatos de Grupo Altamar.

{table}

Si tienes preguntas sobre el proceso, puedes escribir a seleccion@altamar.example.

Puedes consultar todas tus solicitudes en [[Mi perfil de candidato]].""",
  ("seleccion@altamar.example", "", "Grupo Altamar", "Responsable de Growth"), vendor="workday", brand="Grupo Altamar", variant="es-ES", headers=AUTO,
  table=[("Puesto", "Responsable de Growth"), ("Referencia", "R-20417"), ("Ubicación", "Madrid"), ("Estado", "No seleccionado/a"), ("Fecha", "14/10/2026")],
  notes="verdict only in a table cell; reply_to named in body"),
R("es-computrabajo-descartado", "job-board-relay", "es", "ats",
  "Computrabajo <notificaciones@computrabajo.example>", "Novedades de tu postulación: Analista de Marketing Digital",
  """Hola Sam,

La empresa Distribuidora Quetzal S.A. de C.V. ha actualizado tu postulación.

{table}

La empresa ha finalizado la revisión de tu hoja de vida y decidió no continuar con tu candidatura para esta vacante. ¡No te desanimes! Hay más de 3.000 ofertas nuevas esta semana.

[[Ver ofertas similares]]""",
  ("", "", "Distribuidora Quetzal", "Analista de Marketing Digital"), vendor="computrabajo", brand="Computrabajo", variant="es-MX", headers=BULK,
  table=[("Vacante", "Analista de Marketing Digital"), ("Empresa", "Distribuidora Quetzal S.A. de C.V."), ("Estado", "Descartado")],
  notes="job-board relay with bulk headers"),
R("es-teamtailor-cubierta", "role-filled", "es", "ats",
  "Nubaria <no-reply@teamtailor.com>", "Re: Brand Lead - Barcelona",
  """Hola Sam,

Te escribimos para contarte cómo ha ido el proceso de Brand Lead en Barcelona.

Queremos agradecerte de verdad las ganas que has puesto: recibimos más de 400 candidaturas y la tuya nos gustó. Aun así, te escribimos para comunicarte que la vacante ya ha sido cubierta y el proceso queda cerrado.

Si te parece bien, guardaremos tus datos durante 12 meses para tenerte en cuenta en futuras posiciones. Si prefieres que los eliminemos, puedes hacerlo [[desde este enlace]].

Un abrazo,
Marta, People Team de Nubaria
marta.ibarra@nubaria.example""",
  ("marta.ibarra@nubaria.example", "Marta", "Nubaria", "Brand Lead"), vendor="teamtailor", brand="Nubaria", variant="es-ES", headers=AUTO, autotext=True,
  notes="plain auto-generated from HTML; data-retention question"),
R("es-infojobs-proceso-cerrado-requisicion", "role-cancelled", "es", "ats",
  "InfoJobs <noreply@infojobs.example>", "La empresa ha cerrado el proceso de selección",
  """Hola Sam,

Te informamos de que Hoteles Albufera ha cerrado la oferta «Jefe/a de Producto Digital» a la que te inscribiste el 2 de septiembre.

Motivo indicado por la empresa: la posición se ha cancelado por reorganización interna.

Tu inscripción queda archivada. Sigue buscando entre miles de [[ofertas]].""",
  ("", "", "Hoteles Albufera", "Jefe/a de Producto Digital"), vendor="infojobs", brand="InfoJobs", variant="es-ES", headers=BULK, html_only=True, cte="base64",
  notes="HTML-only base64; job-board relay"),
R("es-smartrecruiters-largo-medio", "ats-automated", "es", "ats",
  "Banco Cordillera <noreply@smartrecruiters.com>", "Banco Cordillera | Proceso Product Owner Canales Digitales",
  """Estimada Sam:

En Banco Cordillera creemos que cada persona que postula merece una respuesta. Por eso, queremos agradecerte sinceramente el interés que has mostrado en ser parte de nuestro equipo y el tiempo que dedicaste a las etapas del proceso para el cargo Product Owner Canales Digitales.

Este año hemos sido reconocidos como uno de los mejores lugares para trabajar en Chile, y parte de ese reconocimiento se lo debemos a procesos de selección cuidadosos y transparentes. En esta ocasión, y luego de una evaluación exhaustiva, tu postulación no continuará en el proceso. Esta decisión no es un juicio sobre tu trayectoria, que valoramos.

Tus datos personales serán tratados conforme a la Ley N° 19.628 sobre protección de la vida privada. Puedes ejercer tus derechos de acceso, rectificación y cancelación escribiendo a datospersonales@cordillera.example.

Te deseamos mucho éxito,
Gerencia de Personas
Banco Cordillera""",
  ("", "", "Banco Cordillera", "Product Owner Canales Digitales"), vendor="smartrecruiters", brand="Banco Cordillera", variant="es-CL", headers=AUTO,
  notes="verdict in the middle of praise and legal text"),
# ---------------- rejections, personal ----------------
R("es-reclutadora-tras-entrevista", "personal-after-interview", "es", "personal",
  "Lucía Ferrer <lucia.ferrer@talentia-rrhh.example>", "Feedback proceso Head of Growth",
  """Hola Sam,

¿Qué tal? Te escribo para darte noticias del proceso de Head of Growth con nuestro cliente Viajes Brisamar.

Ayer tuve la llamada con Iñaki, el director general. Le gustó mucho la conversación contigo, sobre todo la parte de analítica, pero al final se han decantado por otra persona que tiene más experiencia en el sector turístico. Siento no traerte mejores noticias.

Me quedo con tu perfil muy presente, porque creo que encajas en otras búsquedas que tenemos abiertas. Si te parece, te llamo en un par de semanas.

Un abrazo,

Lucía Ferrer
Consultora Senior | Talentia RRHH
+34 611 20 48 93""",
  ("lucia.ferrer@talentia-rrhh.example", "Lucía", "Viajes Brisamar", "Head of Growth"), variant="es-ES", notes="agency relays the client's no"),
R("es-corto-movil", "terse", "es", "personal",
  "Diego Saravia <diego@pampa-labs.example>", "Re: Entrevista jueves",
  """Sam, gracias por tu tiempo el jueves. Al final seguimos con otro candidato para el puesto de PMM. Éxitos!
Diego - Pampa Labs

Enviado desde mi iPhone

> El 12 oct 2026, a las 9:14, Sam Taylor <sam.taylor@example.org> escribió:
>
> Hola Diego, muchas gracias por la entrevista del jueves. Quedo atento a
> cualquier novedad sobre el puesto de PMM.
> Saludos, Sam""",
  ("diego@pampa-labs.example", "Diego", "Pampa Labs", "PMM"), variant="es-AR", parent=True, notes="terse reply above quoted thank-you; company only in address"),
R("es-hiring-manager-largo", "personal-after-interview", "es", "personal",
  "Carmen Villalobos <c.villalobos@editorialsirena.example>", "Gracias, Sam",
  """Hola Sam:

Quería escribirte yo misma, y no a través de recursos humanos, porque me pareció que la conversación del martes lo merecía.

Te cuento cómo ha ido todo. Hemos visto a cinco personas para la plaza de Responsable de Marketing de Producto y el comité se reunió ayer por la tarde. Tu presentación sobre el lanzamiento del catálogo infantil fue, con diferencia, la más creativa, y varios compañeros lo comentaron.

Dicho esto, el puesto requiere llevar desde el primer día la relación con distribuidores en Latinoamérica, y otra candidata ya lo hace en su empresa actual. Por eso hemos decidido ofrecerle a ella la posición, y no vamos a seguir adelante con tu candidatura. No ha sido fácil.

Me encantaría que siguiéramos en contacto; si en primavera abrimos la plaza de contenidos digitales, te escribiré.

Un saludo muy cordial,
Carmen Villalobos
Directora de Marketing · Editorial Sirena
Tel. 91 555 02 17""",
  ("c.villalobos@editorialsirena.example", "Carmen", "Editorial Sirena", "Responsable de Marketing de Producto"), variant="es-ES", notes="verdict in the middle of a long letter"),
R("es-reenviado-por-colega-interno", "personal-after-interview", "es", "personal",
  "Andrés Molina <andres.molina@fintech-ceiba.example>", "RV: Proceso Growth Manager - decisión",
  """Sam, te reenvío lo que me pasó Paula de RR. HH., perdona que no te lo haya dicho antes yo. Lo siento mucho, de verdad pensé que ibas a entrar.

Andrés

-----Mensaje original-----
De: Paula Restrepo <paula.restrepo@fintech-ceiba.example>
Enviado el: martes, 20 de octubre de 2026 16:02
Para: Andrés Molina <andres.molina@fintech-ceiba.example>
Asunto: Proceso Growth Manager - decisión

Andrés, te confirmo que para Growth Manager cerramos con la candidata interna. A tu referido (Sam Taylor) le puedes comentar que no sigue en el proceso; si quieres se lo comunico yo formalmente.

Paula""",
  ("andres.molina@fintech-ceiba.example", "Andrés", "Ceiba", "Growth Manager"), variant="es-CO",
  notes="forwarded internal mail; referrer gives the news; company only in domain"),
R("es-cliente-congela", "role-cancelled", "es", "personal",
  "Rodrigo Pineda <rpineda@headhunters-andes.example>", "Búsqueda Gerente de Marca - en pausa",
  """Hola Sam, buenas tardes.

Te cuento que Lácteos del Valle nos avisó esta mañana que congelan la búsqueda del Gerente de Marca hasta nuevo aviso: cambió el presupuesto del año y la posición queda suspendida. Por ahora no hay fecha para retomarla, así que lamentablemente tu proceso queda cerrado de nuestro lado.

Si se reactiva, serás de las primeras personas a las que llame.

Saludos,
Rodrigo Pineda
Headhunters Andes | Bogotá
+57 310 555 8812""",
  ("rpineda@headhunters-andes.example", "Rodrigo", "Lácteos del Valle", "Gerente de Marca"), variant="es-CO", notes="agency: client freezes the role"),
R("es-bilingue-respuesta-seguimiento", "personal-after-interview", "es", "personal",
  "Hannah Kessler <hannah.kessler@orbitaldata.example>", "Re: Seguimiento - Product Marketing Lead (Madrid)",
  """Hola Sam,

Perdona el retraso. Thanks for checking in. Lamentablemente no vamos a seguir con tu candidatura: we've decided to move forward with a candidate who has more B2B SaaS experience.

Gracias otra vez por tu tiempo y mucha suerte.

Hannah Kessler
Talent Partner EMEA, Orbital Data
hannah.kessler@orbitaldata.example

On Mon, 9 Nov 2026 at 10:03, Sam Taylor <sam.taylor@example.org> wrote:
> Hola Hannah, quería saber si hay novedades sobre el proceso de Product
> Marketing Lead en Madrid. ¡Gracias!
> Sam""",
  ("hannah.kessler@orbitaldata.example", "Hannah", "Orbital Data", "Product Marketing Lead"), variant="es-ES", parent=True, notes="mixed Spanish/English; reply to Sam's chaser"),
# ---------------- others, ATS ----------------
O("es-greenhouse-acuse-volumen", "ack-received", "es", "ats",
  "Mareas Foods <no-reply@us.greenhouse-mail.io>", "Hemos recibido tu candidatura - Senior Brand Manager",
  """Hola Sam,

¡Gracias por postularte a Senior Brand Manager en Mareas Foods!

Debido al elevado volumen de candidaturas, no podemos responder individualmente a cada persona. Si tu perfil encaja, nuestro equipo se pondrá en contacto contigo en las próximas tres semanas; si no recibes noticias nuestras, entiende que en esta ocasión no hemos podido avanzar con tu candidatura.

Mientras tanto, conoce [[nuestra cultura]].

Equipo de Talento""",
  vendor="greenhouse", brand="Mareas Foods", variant="es-ES", headers=AUTO, notes="hedging acknowledgement"),
O("es-lever-siguiente-fase", "interview-invite", "es", "ats",
  "Sofía de Kuna Pay <no-reply@hire.lever.co>", "Siguiente paso: entrevista con el equipo - Growth Lead",
  """Hola Sam,

¡Buenas noticias! Después de revisar tu candidatura para Growth Lead, nos gustaría invitarte a la siguiente fase: una entrevista de 45 minutos con el equipo.

No todas las candidaturas pasan a esta etapa, así que enhorabuena. Elige el horario que mejor te venga aquí: [[Reservar entrevista]]

Un saludo,
Sofía, Talent Acquisition · Kuna Pay""",
  vendor="lever", brand="Kuna Pay", variant="es-MX", headers=AUTO, button="Elegir horario"),
O("es-linkedin-alerta", "job-alert", "es", "ats",
  "LinkedIn Empleos <jobalerts-noreply@linkedin.example>", "Sam: 12 nuevos empleos de «product marketing» en Madrid",
  """Nuevas ofertas que coinciden con tu alerta

- Product Marketing Manager · Cobalto Seguros · Madrid (híbrido)
- Responsable de Lanzamientos · Arbórea · Madrid
- Head of Brand · Vértice Movilidad · Remoto

Candidatura sencilla disponible. Consejo: ¿no has sido seleccionado/a en tus últimas candidaturas? Actualiza tu perfil para destacar más.

[[Ver todos los empleos]]""",
  vendor="linkedin", brand="LinkedIn", variant="es-ES", headers=BULK, autotext=True, notes="job alert mentioning 'no seleccionado'"),
O("es-workday-traslado-requisicion", "requisition-transfer", "es", "ats",
  "Grupo Altamar <altamar@myworkday.com>", "Tu solicitud ha sido trasladada (R-20533)",
  """Estimado/a Sam Taylor:

Te informamos de que la vacante R-20488 (Marketing Manager, Sevilla) ha sido cerrada. Como tu perfil encaja con otra posición abierta, hemos trasladado tu solicitud a la vacante R-20533 (Marketing Manager, Madrid). Tu candidatura sigue activa y no tienes que hacer nada.

{table}""",
  vendor="workday", brand="Grupo Altamar", variant="es-ES", headers=AUTO,
  table=[("Vacante anterior", "R-20488 · Cerrada"), ("Nueva vacante", "R-20533 · En revisión")]),
O("es-banco-tarjeta-rechazada", "non-job-rejection", "es", "ats",
  "Banco Meridiano <avisos@bancomeridiano.example>", "Operación denegada con tu tarjeta terminada en 4471",
  """Hola Sam,

Hemos denegado una operación de 89,90 EUR en VUELOSYA.EXAMPLE con tu tarjeta terminada en 4471 porque supera el límite diario.

Si no reconoces esta operación, llámanos al 900 555 321. Puedes modificar tus límites en la [[app]].

Este mensaje es automático; por favor, no respondas.""",
  vendor="none", brand="Banco Meridiano", variant="es-ES", headers=AUTO, notes="declined card"),
O("es-gupy-prueba-tecnica", "assessment", "es", "ats",
  "Ferrovías del Plata <no-reply@gupy.example>", "Prueba online - Analista de Producto",
  """Hola Sam,

Tu candidatura para Analista de Producto avanzó a la etapa de evaluación. Tienes 5 días para completar la prueba online (40 minutos).

Importante: si no completas la prueba en el plazo, tu candidatura será descartada automáticamente.

[[Comenzar prueba]]""",
  vendor="gupy", brand="Ferrovías del Plata", variant="es-AR", headers=AUTO, notes="test invitation with conditional discard"),
# ---------------- others, personal ----------------
O("es-sam-rechaza-candidato", "owner-hiring", "es", "personal",
  "Sam Taylor <sam.taylor@example.org>", "Tu candidatura a Analista de Audiencias - Calder Street Media",
  """Hola Javier,

Gracias por el tiempo que dedicaste a las entrevistas para el puesto de Analista de Audiencias en Calder Street Media.

Lamentablemente hemos decidido seguir adelante con otra candidatura. Tu caso práctico fue muy sólido y me encantaría que volvieras a presentarte cuando abramos nuevas plazas.

Un saludo,
Sam Taylor
Head of Insights, Calder Street Media""",
  to="Javier Ortega <javier.ortega@correo.example>", variant="es-ES", notes="Sam's own sent rejection to a candidate"),
O("es-colega-candidatos", "owner-hiring", "es", "personal",
  "Nuria Casals <nuria.casals@example.org>", "Re: Finalistas analista",
  """Sam, de acuerdo contigo: descartamos a Javier y a la segunda candidata, y seguimos con Elena. ¿Le mandas tú el correo de rechazo a Javier o lo hago yo?

Nuria

El vie, 16 oct 2026 a las 18:20, Sam Taylor (<sam.taylor@example.org>) escribió:
> Nuria, después de las entrevistas yo me quedaría con Elena. Javier no
> llega en SQL.""",
  variant="es-ES", parent=True, notes="colleague at example.org about candidates Sam rejected"),
O("es-alquiler-piso", "non-job-rejection", "es", "personal",
  "Inmobiliaria Ribera <alquileres@inmoribera.example>", "Solicitud piso c/ Almirante 14, 3ºB",
  """Buenos días Sam,

Le informamos de que el propietario ha decidido no aceptar su solicitud para el piso de la calle Almirante 14, ya que ha elegido a otro inquilino con contrato indefinido en España. Lamentamos no poder darle mejores noticias.

Tenemos otros pisos disponibles en Chamberí; si le interesa, le paso el listado.

Atentamente,
Beatriz Soler
Inmobiliaria Ribera""",
  variant="es-ES", notes="rental application declined"),
O("es-respuesta-a-seguimiento-entrevista", "answer-to-owner-question", "es", "personal",
  "Valentina Ruiz <valentina.ruiz@cumbre-apps.example>", "Re: ¿Novedades sobre el puesto de PM?",
  """¡Hola Sam! Para nada, no te hemos descartado ni hemos elegido a otra persona, solo vamos con retraso por las vacaciones. De hecho queremos verte en la entrevista final con nuestro CTO. ¿Te va bien el miércoles a las 11:00 (hora de CDMX)?

Valentina

El lun, 2 nov 2026 a las 9:41, Sam Taylor <sam.taylor@example.org> escribió:
> Hola Valentina, ¿habéis elegido ya a otra persona para el puesto de PM?
> Si es así, lo entiendo perfectamente.""",
  variant="es-MX", parent=True, notes="answer to 'have you gone with another candidate?' is an invite"),
O("es-charla-congreso-rechazada", "non-job-rejection", "es", "personal",
  "Comité de Programa MarketingConf <programa@marketingconf.example>", "Tu propuesta de ponencia para MarketingConf 2027",
  """Hola Sam,

Gracias por enviar tu propuesta «Medir audiencias sin cookies». Este año recibimos 310 propuestas para 40 huecos y lamentamos comunicarte que no ha sido seleccionada para el programa.

Te invitamos a asistir con un 30 % de descuento.

Comité de Programa, MarketingConf""",
  variant="es-ES", notes="rejected conference talk"),
O("es-oferta-sin-respuesta-en-pausa", "status-update", "es", "personal",
  "Gabriel Ochoa <gabriel.ochoa@rutaverde.example>", "Proceso Product Manager - seguimos decidiendo",
  """Hola Sam,

Quería darte una actualización honesta: todavía no hemos tomado una decisión sobre el puesto de Product Manager. Tenemos dos finalistas, tú eres uno de ellos, y la dirección necesita una semana más para cerrar el presupuesto. No está en pausa ni cancelado; te escribo a más tardar el viernes 20.

Gracias por la paciencia,
Gabriel Ochoa
Rutaverde Logística · +52 55 5555 0192""",
  variant="es-MX", notes="explicit 'still deciding'"),
]
