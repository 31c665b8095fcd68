"""Spanish messages (Spain, Mexico, Colombia, Argentina): 6 rejections, 6 hard negatives."""
MESSAGES = [
# ---------------- rejections ----------------
dict(slug="es-infojobs-descartada", label="rejection", cat="ats-automated", lang="es", country="ES", style="ats",
     vendor="infojobs", brand="InfoJobs", plain="autogen",
     frm="InfoJobs <noreply@infojobs.net>", subject="Tu candidatura a «Product Marketing Manager» ha sido actualizada",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     text="""## Hola Sam,

Hay novedades en una de tus candidaturas.

{table}

La empresa ha revisado tu CV y ha decidido no continuar contigo en este proceso de selección. No te desanimes: cada semana se publican miles de ofertas nuevas.

[[Ver mis candidaturas]]

Ofertas que te pueden interesar:
- [[Brand Manager - Grupo Alcaraván (Madrid)]]
- [[Growth Marketing Lead - Pinsapo Labs (Barcelona)]]""",
     table=[("Oferta", "Product Marketing Manager"), ("Empresa", "Tramuntana Viajes"),
            ("Estado", "Descartado")],
     exp=("", "", "Tramuntana Viajes", "Product Marketing Manager"),
     notes="infojobs; status Descartado in a table; job suggestions below; autogen plain"),

dict(slug="es-workday-mx-otros-candidatos", label="rejection", cat="ats-automated", lang="es", country="MX", style="ats",
     vendor="workday", brand="Grupo Cenzontle",
     frm="Grupo Cenzontle <cenzontle@myworkday.com>", subject="Actualización sobre tu postulación - R-204117 Gerente de Marca Digital",
     headers={"Auto-Submitted": "auto-generated"},
     text="""Hola Sam Taylor,

Gracias por tu interés en Grupo Cenzontle y por el tiempo que dedicaste a postularte a la vacante R-204117 Gerente de Marca Digital.

Después de revisar cuidadosamente tu perfil, hemos decidido continuar el proceso con otros candidatos cuya experiencia se ajusta más a los requerimientos del puesto en este momento.

Te invitamos a seguir visitando nuestro [[portal de carreras]] y a postularte a futuras vacantes que coincidan con tu perfil. Tu información permanecerá en nuestra base de datos durante 12 meses, conforme a nuestro aviso de privacidad.

Te deseamos mucho éxito.

Atracción de Talento
Grupo Cenzontle

Grupo Cenzontle es una empresa que promueve la igualdad de oportunidades y no discrimina por motivos de origen étnico, género, edad, discapacidad, condición social, religión, preferencias sexuales o estado civil.""",
     exp=("", "", "Grupo Cenzontle", "Gerente de Marca Digital"),
     notes="workday; the most ordinary wording; no-reply; non-discrimination paragraph"),

dict(slug="es-computrabajo-co-hoja-de-vida", label="rejection", cat="ats-automated", lang="es", country="CO", style="ats",
     vendor="computrabajo", brand="Computrabajo", plain="autogen", autogen_width=58,
     frm="Computrabajo <notificaciones@computrabajo.com.co>", subject="Sam, la empresa ya tomó una decisión sobre tu hoja de vida",
     headers={"List-Unsubscribe": "<{unsub}>"},
     text="""## Proceso finalizado

Hola Sam, te informamos sobre tu postulación a la oferta Coordinador(a) de Mercadeo Digital en Cafetera Los Nevados S.A.S.

La empresa revisó tu hoja de vida y en esta ocasión no continuarás en el proceso de selección. Sabemos que no es la noticia que esperabas.

Consejo: mantén tu hoja de vida actualizada y completa tu perfil al 100% para aparecer en más búsquedas.

[[Ver ofertas similares]]""",
     exp=("", "", "Cafetera Los Nevados S.A.S.", "Coordinador(a) de Mercadeo Digital"),
     notes="computrabajo; job-board relay; autogen plain with narrow wrap"),

dict(slug="es-ar-recruiter-se-cerro-con-otro", label="rejection", cat="personal-after-interview", lang="es", country="AR", style="personal",
     frm="Florencia Quiroga <fquiroga@yaguarete-talent.example>", subject="Re: Entrevista Head of Growth - Mate Pagos",
     parent=True, parent_domain="example.org",
     text="""Hola Sam, ¿cómo estás?

Te escribo para contarte cómo siguió la búsqueda de Head of Growth para Mate Pagos. Primero que nada, gracias por la buena predisposición durante todo el proceso; con el equipo de Mate quedaron muy bien impresionados con la entrevista del martes, sobre todo con el caso de retención que presentaste.

Finalmente la búsqueda se cerró con otro candidato que ya venía trabajando en fintech en la región, y eso terminó inclinando la balanza. Sé que no es lo que esperabas, pero quería que lo supieras por mí antes que por un mail automático.

Me quedo con tu CV para próximas búsquedas, tenemos varias posiciones de marketing abriendo en enero. Cualquier cosa escribime o llamame.

Un abrazo,
Flor

Florencia Quiroga
Senior Talent Partner | Yaguareté Talent
+54 9 11 5555-0142
fquiroga@yaguarete-talent.example""",
     exp=("fquiroga@yaguarete-talent.example", "Florencia", "Mate Pagos", "Head of Growth"),
     notes="agency recruiter; voseo; verdict in the middle after praise"),

dict(slug="es-es-manager-reply-chaser", label="rejection", cat="terse", lang="es", country="ES", style="personal",
     frm="Iñaki Etxeberria <inaki.etxeberria@olatu-energia.example>", subject="RE: Seguimiento - Responsable de Marketing de Producto",
     parent=True, parent_domain="example.org", client_html=True,
     text="""Hola Sam,

Perdona la tardanza, han sido semanas de locos. Al final nos hemos decantado por un perfil con más recorrido en B2B industrial, así que no seguimos adelante con tu candidatura. Gracias de verdad por tu tiempo.

Un saludo,
Iñaki

Enviado desde mi iPhone

-----Mensaje original-----
De: Sam Taylor <sam.taylor@example.org>
Enviado el: lunes, 12 de octubre de 2026 9:14
Para: Iñaki Etxeberria <inaki.etxeberria@olatu-energia.example>
Asunto: Seguimiento - Responsable de Marketing de Producto

Hola Iñaki:

Espero que estés bien. Te escribo para saber si hay novedades sobre el puesto de Responsable de Marketing de Producto en Olatu Energía tras la entrevista del día 29. Sigo muy interesado.

Un saludo,
Sam""",
     exp=("inaki.etxeberria@olatu-energia.example", "Iñaki", "Olatu Energía", "Responsable de Marketing de Producto"),
     notes="short reply above Outlook-quoted chaser; Spain"),

dict(slug="es-mx-agency-vacante-congelada", label="rejection", cat="role-cancelled", lang="es", country="MX", style="personal",
     frm="Rodrigo Salinas <rodrigo.salinas@nopalhunters.example>", subject="Vacante Marketing Lead - Huitzil Seguros | actualización",
     text="""Hola Sam, buenas tardes.

Te escribo para darte una actualización sobre la vacante de Marketing Lead en Huitzil Seguros. Ayer me confirmó el director de RH que, por la reestructura del área comercial que anunciaron a nivel corporativo, decidieron congelar la posición hasta nuevo aviso, por lo que el proceso queda cancelado para todos los candidatos finalistas, incluyéndote.

Lamento mucho darte esta noticia después de tres entrevistas; tu retroalimentación fue muy buena. Si la posición se vuelve a abrir en 2027 serás de las primeras personas a las que contacte.

Quedo a tus órdenes.

Saludos cordiales,

Rodrigo Salinas
Consultor Sr. | Nopal Hunters - Executive Search
Cel. +52 55 5555 0187""",
     exp=("rodrigo.salinas@nopalhunters.example", "Rodrigo", "Huitzil Seguros", "Marketing Lead"),
     notes="agency; role frozen / process cancelled"),

# ---------------- hard negatives ----------------
dict(slug="es-teamtailor-acuse-volumen", label="other", cat="ack-received", lang="es", country="ES", style="ats",
     vendor="teamtailor", brand="Pinsapo Labs",
     frm="Pinsapo Labs <no-reply@teamtailor.com>", reply_to="talento@pinsapo-labs.example",
     subject="Hemos recibido tu candidatura – Growth Marketing Lead",
     text="""¡Hola Sam!

Gracias por aplicar a Growth Marketing Lead en Pinsapo Labs. Hemos recibido tu candidatura correctamente y nuestro equipo la revisará en los próximos días.

Debido al alto volumen de candidaturas que recibimos, no siempre podemos responder de forma individual. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo en un plazo de tres semanas. Tanto si avanzas como si no, intentaremos cerrar el proceso contigo por email.

Mientras tanto, puedes conocer mejor al equipo en nuestra [[página de empleo]].

Un saludo,
El equipo de People de Pinsapo Labs""",
     notes="teamtailor; acknowledgement that hedges about not being contacted"),

dict(slug="es-bumeran-cv-leido", label="other", cat="status-update", lang="es", country="AR", style="ats",
     vendor="bumeran", brand="Bumeran", plain="autogen",
     frm="Bumeran <postulaciones@bumeran.com.ar>", subject="¡Sam, la empresa leyó tu CV!",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     text="""## ¡Buenas noticias!

Tu CV fue leído por la empresa en el aviso al que te postulaste.

{table}

Esto no significa que el proceso haya terminado: la empresa puede contactarte en los próximos días. Si no queda en carrera, vas a ver el estado "Finalizada" en Mis postulaciones.

[[Ver mis postulaciones]]

Avisos similares para vos:
- [[Analista de Marketing Sr. - Ñandú Retail]]
- [[Brand Manager - Quebracho Alimentos]]""",
     table=[("Aviso", "Jefe/a de Marketing Digital"), ("Empresa", "Ombú Seguros"), ("Estado", "CV leído")],
     notes="bumeran; same template as a status rejection; explains what 'Finalizada' would mean"),

dict(slug="es-workday-mx-evaluacion", label="other", cat="assessment", lang="es", country="MX", style="ats",
     vendor="workday", brand="Grupo Cenzontle",
     frm="Grupo Cenzontle <cenzontle@myworkday.com>", subject="Siguiente paso: evaluación en línea - R-204310 Gerente de Producto",
     headers={"Auto-Submitted": "auto-generated"},
     text="""Hola Sam Taylor,

Gracias por tu postulación a la vacante R-204310 Gerente de Producto. Nos da gusto informarte que tu perfil avanzó a la siguiente etapa del proceso.

Como parte de la evaluación, te pedimos completar una prueba en línea de razonamiento y un cuestionario de estilo de trabajo (aprox. 40 minutos). Tienes 5 días naturales para completarla; si no la realizas en ese plazo, no podremos continuar con tu postulación.

[[Iniciar evaluación]]

Atracción de Talento
Grupo Cenzontle""",
     notes="workday; assessment invitation with a conditional 'no podremos continuar' from the same sender as a rejection"),

dict(slug="es-co-charla-no-seleccionada", label="other", cat="non-job-rejection", lang="es", country="CO", style="personal",
     frm="Comité de Programa MarketingDays Medellín <programa@marketingdays-mde.example>", subject="Resultado de tu propuesta de charla - MarketingDays 2027",
     text="""Hola Sam,

Muchas gracias por enviar tu propuesta "Medir la marca sin encuestas" a MarketingDays Medellín 2027.

Este año recibimos 412 propuestas para 36 espacios. Lamentamos informarte que tu propuesta no fue seleccionada para el programa. La decisión fue muy difícil y no refleja necesariamente la calidad de tu trabajo.

Como ponente postulado tienes un 30% de descuento en la entrada con el código PONENTES27.

Un saludo,
Valentina Ospina
Comité de Programa""",
     notes="talk proposal declined; not a job"),

dict(slug="es-es-colega-candidatos-descartados", label="other", cat="owner-hiring", lang="es", country="ES", style="personal",
     frm="Lucía Ferrándiz <lucia.ferrandiz@example.org>", subject="Candidatos Analista de Audiencias - descartes",
     text="""Hola Sam,

Te resumo lo de ayer para que lo tengas por escrito:

- Pablo M.: descartado, no tiene experiencia con datos de panel.
- Irene S.: descartada por expectativas salariales (pide 58k).
- Javier R.: pasa a la segunda entrevista contigo el jueves.

Si te parece bien, mañana envío desde el ATS el correo de "no seguimos adelante con tu candidatura" a Pablo e Irene. Dime algo antes de las 12.

Gracias!
Lucía
People & Culture | Calder Street Media""",
     notes="Sam is hiring; colleague at example.org"),

dict(slug="es-ar-respuesta-ya-eligieron", label="other", cat="answer-to-owner-question", lang="es", country="AR", style="personal",
     frm="Martín Echeverry <martin@ceibo-apps.example>", subject="Re: ¿Novedades? Product Marketing Manager",
     parent=True, parent_domain="example.org",
     text="""¡Hola Sam! No, para nada, no elegimos a nadie todavía. Seguís en carrera y de hecho sos uno de los dos finalistas.

El jueves te paso horarios para la última entrevista con Carla (CEO). Perdón por el silencio, estuvimos con el cierre de trimestre.

Abrazo,
Martín

El lun, 9 nov 2026 a las 10:02, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Martín, ¿cómo va todo?
> Quería saber si hay novedades sobre el puesto de Product Marketing Manager.
> Si ya eligieron a otra persona, no hay problema, solo avisame.
> Gracias,
> Sam""",
     notes="reply to Sam's 'have you chosen someone else?'; still in the running"),
]
