"""Spanish messages (Spain, Mexico, Peru, Chile): 8 rejections, 8 hard negatives."""

AUTO = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
BULK = dict(AUTO, Precedence="bulk")

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS / relays
    dict(slug="es-infojobs-compras-descartado", label="rejection", cat="job-board-relay", style="ats", lang="es",
         country="ES", vendor="infojobs", brand="InfoJobs",
         frm="InfoJobs <notificaciones@infojobs.example>", headers=BULK,
         subject="Novedades en tu candidatura: Técnico/a de Compras",
         text="""Hola Sam,

Hay novedades en una de tus candidaturas.

{table}

La empresa ha revisado tu candidatura y ha decidido no seguir adelante con ella en este proceso. Esto no significa que tu perfil no sea válido para otras ofertas: hay más de 2.300 ofertas de Compras publicadas esta semana.

[[Ver el estado de todas tus candidaturas]]

Consejo InfoJobs: mantener tu CV actualizado multiplica por 3 las posibilidades de que te contacten.

[[Ver ofertas parecidas]]""",
         table=[("Oferta", "Técnico/a de Compras"), ("Empresa", "Grupo Almazara"), ("Ubicación", "Jaén"),
                ("Estado", "Descartado/a")],
         button="Ir a Mis candidaturas",
         exp=("", "", "Grupo Almazara", "Técnico/a de Compras"),
         notes="relay; status table; verdict as status word + one sentence"),

    dict(slug="es-workday-hospital-admision", label="rejection", cat="ats-automated", style="ats", lang="es",
         country="ES", vendor="workday", brand="Hospital San Telmo", h2t=True,
         frm="Hospital San Telmo <hospitalsantelmo@myworkday.example>", headers=AUTO,
         subject="Tu candidatura a Administrativo/a de Admisión (R-10482) – Hospital San Telmo",
         text="""Estimado/a Sam Taylor:

Queremos agradecerte sinceramente el tiempo y el interés que has dedicado a tu candidatura para el puesto de Administrativo/a de Admisión (R-10482) en el Hospital San Telmo. En el Hospital San Telmo sabemos que detrás de cada candidatura hay una persona con una trayectoria y unas expectativas, y por eso revisamos cada perfil con el máximo cuidado.

Durante las últimas semanas hemos recibido un número muy elevado de candidaturas para esta posición, muchas de ellas con una gran preparación. Tras analizar detenidamente tu perfil en relación con los requisitos del puesto, hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta de forma más directa a las necesidades actuales del servicio de Admisión y Documentación Clínica.

Te animamos a seguir consultando nuestro [[Portal de Empleo]], donde publicamos regularmente nuevas oportunidades en áreas asistenciales y de gestión.

Si tienes cualquier duda sobre este proceso, puedes escribir a seleccion@hospitalsantelmo.example indicando la referencia de la oferta.

Atentamente,
Departamento de Selección y Desarrollo
Hospital San Telmo""",
         about="El Hospital San Telmo es un hospital universitario con más de 1.900 profesionales y 640 camas. Certificación EFR de conciliación y Premio Best in Class 2025 en Atención al Paciente. Somos una organización comprometida con la igualdad de oportunidades.",
         exp=("seleccion@hospitalsantelmo.example", "", "Hospital San Telmo", "Administrativo/a de Admisión"),
         notes="h2t plain part ([image], link list); verdict mid-letter; reply_to from body; long praise"),

    dict(slug="es-computrabajo-logistica-mx", label="rejection", cat="job-board-relay", style="ats", lang="es",
         country="MX", vendor="computrabajo", brand="Computrabajo", html_only=True, cte="base64",
         frm="Computrabajo <no-reply@computrabajo.example>", headers=BULK,
         subject="Sam, la empresa actualizó tu postulación",
         text="""¡Hola Sam!

Distribuidora Norteña del Bajío finalizó el proceso de selección para la vacante Coordinador de Logística en León, Gto.

En esta ocasión tu hoja de vida no fue seleccionada para continuar. ¡No te desanimes! Cada postulación te acerca a tu próximo empleo.

Vacantes que te pueden interesar:
- Jefe de Almacén – Celaya, Gto. – $18,000 mensuales
- Analista de Tráfico y Logística – Querétaro, Qro.
- Supervisor de Distribución – León, Gto.

[[Ver todas las vacantes]]""",
         exp=("", "", "Distribuidora Norteña del Bajío", "Coordinador de Logística"),
         notes="relay; HTML-only base64; vacancy list under the verdict"),

    dict(slug="es-teamtailor-kiltro-vacante-cerrada", label="rejection", cat="role-cancelled", style="ats", lang="es",
         country="CL", vendor="teamtailor", brand="Kiltro Delivery",
         frm="Valentina Rojas - Kiltro Delivery <no-reply@teamtailor.example>",
         reply_to="Valentina Rojas <valentina.rojas@kiltro.example>", headers=AUTO,
         footer=["Kiltro Delivery SpA trata tus datos personales conforme a la Ley N° 19.628. Gestiona tus datos: {privacy}",
                 "Powered by Teamtailor · Manage your data: {unsub}"],
         subject="Actualización sobre el cargo Ejecutivo/a de Ventas B2B",
         text="""Hola Sam,

Te escribo para contarte en qué quedó el proceso al que postulaste. Como sabes, estamos creciendo harto y en las últimas semanas tuvimos que replantear la estructura del equipo comercial.

Tras esta revisión, decidimos cerrar el cargo de Ejecutivo/a de Ventas B2B: las cuentas de empresas las va a absorber el equipo de Key Accounts que ya tenemos en Santiago, así que por ahora no vamos a contratar para esta posición. Sé que esto no es lo que esperabas después de la entrevista con Matías y lamento no tener mejores noticias.

Si te parece, podemos mantener tu perfil en nuestra base para futuros cargos comerciales. Puedes gestionar tu consentimiento [[aquí]].

Un abrazo y gracias de nuevo,
Valentina Rojas
People & Culture | Kiltro Delivery""",
         exp=("valentina.rojas@kiltro.example", "Valentina", "Kiltro Delivery", "Ejecutivo/a de Ventas B2B"),
         notes="role closed by restructure; recruiter's name over no-reply with Reply-To; Chilean informal"),

    # ------------------------------------------------------------------ rejections, personal
    dict(slug="es-universidad-lima-reply-thread", day="2026-10-27", label="rejection", cat="personal-after-interview", style="personal",
         lang="es", country="PE", client_html=True, parent=True,
         frm="Rosa Huamán Quispe <rhuaman@uandina-rimac.example>",
         subject="RE: Agradecimiento - entrevista Asistente Administrativo de Posgrado",
         text="""Estimado Sam:

Muchas gracias por su mensaje y por su paciencia. Le escribo para informarle que el comité concluyó la evaluación y la plaza de Asistente Administrativo de Posgrado ya ha sido cubierta por otro postulante, quien se incorpora el lunes 2.

Valoramos mucho su disposición y su experiencia en coordinación de equipos. Le sugiero estar atento a las convocatorias de la Oficina de Recursos Humanos, porque en enero se abren plazas en la Escuela de Posgrado.

Atentamente,

Rosa Huamán Quispe
Jefa de Selección de Personal | Oficina de Recursos Humanos
Universidad Andina del Rímac
Av. Los Próceres 1450, Lima 15
Central: (01) 555-0143 anexo 212

De: Sam Taylor <sam.taylor@example.org>
Enviado: martes, 13 de octubre de 2026 9:41
Para: Rosa Huamán Quispe <rhuaman@uandina-rimac.example>
Asunto: Agradecimiento - entrevista Asistente Administrativo de Posgrado

> Estimada Sra. Huamán:
>
> Quería agradecerle la entrevista del viernes. Me quedé con muchas ganas de
> formar parte del equipo de la Escuela de Posgrado. Quedo atento a cualquier
> novedad.
>
> Saludos cordiales,
> Sam Taylor""",
         exp=("rhuaman@uandina-rimac.example", "Rosa", "Universidad Andina del Rímac", "Asistente Administrativo de Posgrado"),
         notes="Outlook reply above quoted thank-you; 'plaza cubierta'; formal usted"),

    dict(slug="es-agencia-talentia-comercial-farma", label="rejection", cat="agency-recruiter", style="personal",
         lang="es", country="ES",
         frm="Nuria Castells <nuria.castells@talentia-ett.example>",
         subject="Feedback proceso Comercial de Zona - Laboratorios Ebro",
         text="""Hola Sam,

¿Qué tal? Te llamé esta mañana pero no te pillé, así que te lo pongo por escrito.

Ayer hablé con el director comercial de Laboratorios Ebro sobre tu entrevista. Le gustó mucho cómo te presentaste y dice que se nota que sabes vender, pero al final va a seguir con otros dos candidatos que ya traen cartera de clientes en farmacia y parafarmacia en Aragón. Con el perfil que tienes, para él era un riesgo el tiempo de arranque. Así que por esta vez no seguimos adelante con tu candidatura para el puesto de Comercial de Zona.

Me quedo con tu CV en el radar: en Talentia movemos bastantes posiciones comerciales y de compras, y en cuanto tenga algo que encaje te llamo.

Un saludo,

Nuria Castells
Consultora de Selección · Talentia ETT
Paseo de la Independencia 21, 50001 Zaragoza
T. 976 000 418 · M. 600 000 927
www.talentia-ett.example

Este mensaje y sus anexos son confidenciales. Si no es usted el destinatario, le rogamos que lo comunique al remitente y proceda a su borrado.""",
         exp=("nuria.castells@talentia-ett.example", "Nuria", "Laboratorios Ebro", "Comercial de Zona"),
         notes="agency relays client's decision, manager in third person; verdict mid-letter; confidentiality footer"),

    dict(slug="es-startup-mx-terse-phone", label="rejection", cat="terse", style="personal", lang="es",
         country="MX",
         frm="Diego Ávila <diego@tianguislabs.example>",
         subject="Re: Seguimiento",
         parent=True,
         text="""Hola Sam, gracias por tu tiempo la semana pasada. Al final nos vamos con otra persona para Ejecutivo de Cuentas, alguien que ya conocía el sector retail. Mucho éxito en la búsqueda!

Diego
Tianguis Labs

Enviado desde mi iPhone""",
         exp=("diego@tianguislabs.example", "Diego", "Tianguis Labs", "Ejecutivo de Cuentas"),
         notes="three lines from a phone; startup co-founder; no quoted text"),

    dict(slug="es-clinica-rrhh-reenvia-jefatura", day="2026-10-23", label="rejection", cat="hr-relays-manager", style="personal",
         lang="es", country="CL", client_html=True,
         frm="Carolina Fuentes <cfuentes@clinicaaraucarias.example>",
         subject="RV: Postulante Sam Taylor - Coordinador/a Administrativo/a de Pabellón",
         text="""Hola Sam,

Te reenvío la respuesta de la jefatura de Pabellón, que es la que toma la decisión final. Lamentablemente no vamos a seguir con tu postulación en esta oportunidad. Preferí mandarte el comentario tal cual porque creo que te puede servir para próximas entrevistas.

Cualquier cosa me escribes.

Saludos,
Carolina Fuentes
Analista de Reclutamiento y Selección
Clínica Las Araucarias · Temuco
+56 45 255 0198

________________________________
De: Dra. Paula Sepúlveda <psepulveda@clinicaaraucarias.example>
Enviado: jueves, 22 de octubre de 2026 18:05
Para: Carolina Fuentes <cfuentes@clinicaaraucarias.example>
Asunto: RE: Postulante Sam Taylor - Coordinador/a Administrativo/a de Pabellón

Carolina, gracias por coordinar la entrevista. Sam tiene muy buena disposición y buena experiencia en coordinación, pero necesitamos a alguien que ya maneje GRD y la programación de tabla quirúrgica desde el día uno. No avanzaría con esta postulación; me quedo con las otras dos que vimos el martes.

Saludos,
Paula""",
         exp=("cfuentes@clinicaaraucarias.example", "Carolina", "Clínica Las Araucarias", "Coordinador/a Administrativo/a de Pabellón"),
         notes="HR forwards the hiring manager's note about the candidate in the third person; forward in Outlook style"),

    # ------------------------------------------------------------------ hard negatives, ATS
    dict(slug="es-infojobs-cv-leido", label="other", cat="status-update", style="ats", lang="es", country="ES",
         vendor="infojobs", brand="InfoJobs", frm="InfoJobs <notificaciones@infojobs.example>", headers=BULK,
         subject="Novedades en tu candidatura: Responsable de Tienda",
         text="""Hola Sam,

Hay novedades en una de tus candidaturas.

{table}

La empresa ha leído tu CV. Eso significa que tu candidatura está siendo valorada. Si la empresa decide seguir adelante contigo, o si finalmente te descarta, te avisaremos por email.

[[Ver el estado de todas tus candidaturas]]

Recuerda: el 70% de las empresas toma una decisión en los 15 días siguientes a leer el CV.""",
         table=[("Oferta", "Responsable de Tienda"), ("Empresa", "Moda Brisa"), ("Ubicación", "Valencia"),
                ("Estado", "CV leído")],
         button="Ir a Mis candidaturas",
         notes="same template as the InfoJobs rejection; status 'CV leído'; mentions 'te descarta' conditionally"),

    dict(slug="es-bumeran-alerta-compras", label="other", cat="job-alert", style="ats", lang="es", country="PE",
         vendor="bumeran", brand="Bumeran", h2t=True, frm="Bumeran <alertas@bumeran.example>", headers=BULK,
         subject="Sam, 6 nuevos avisos de Compras y Logística en Lima",
         text="""Hola Sam, estos avisos coinciden con tu alerta "Compras Lima":

[[Asistente de Compras]] – Corporación Textil Andina – Ate, Lima – Publicado hoy

[[Analista de Logística Inbound]] – Supermercados Tambo Real – Callao – Publicado hace 1 día

[[Comprador Junior]] – Ferreyros del Sur – Surquillo – Postulación rápida

[[Coordinador de Almacén]] – Grupo Inca Pack – Lurín

[[Ejecutivo de Compras Internacionales]] – Importadora Miraflores – Miraflores

[[Practicante de Logística]] – ONG Ayllu Sano – Cercado de Lima

¿Ya postulaste a alguno? Recuerda que puedes ver el estado de tus postulaciones en Mis postulaciones. Los avisos finalizados dejan de recibir postulaciones.""",
         button="Ver todos los avisos",
         notes="job alert; h2t; 'avisos finalizados' boilerplate"),

    dict(slug="es-smartrecruiters-modabrisa-prueba", label="other", cat="assessment-invite", style="ats", lang="es",
         country="ES", vendor="smartrecruiters", brand="Moda Brisa",
         frm="Moda Brisa <noreply@smartrecruiters.example>", headers=AUTO,
         subject="Siguiente paso: prueba online para Responsable de Tienda",
         text="""Hola Sam:

¡Gracias por tu interés en Moda Brisa! Nos ha gustado tu perfil y queremos conocerte mejor antes de la entrevista.

El siguiente paso es una prueba online de unos 25 minutos (situaciones de gestión de tienda y equipo). Tienes 5 días naturales para completarla desde la recepción de este correo.

Importante: por el volumen de candidaturas no podemos ampliar el plazo. Si la prueba no se completa a tiempo, el sistema cerrará la candidatura automáticamente y no podremos seguir adelante con ella.

Mucha suerte,
Equipo de Talento de Moda Brisa""",
         button="Empezar la prueba",
         about="Moda Brisa está presente en 11 países con más de 380 tiendas. Somos una empresa que promueve la igualdad de oportunidades y la diversidad.",
         notes="assessment invitation; conditional closure wording"),

    dict(slug="es-personio-requisicion-propia", label="other", cat="owner-hiring", style="ats", lang="es", country="ES",
         vendor="calder_hr", brand="Calder Street Media",
         frm="Calder Street Media Talent (Personio) <notifications@calderstreet.jobs.personio.example>",
         to="Sam Taylor <sam.taylor@example.org>", headers=AUTO,
         subject="Candidato/a rechazado/a: Marta Gil Prieto – Asistente de Producción (Madrid)",
         text="""Hola Sam,

Se ha actualizado el estado de un candidato en una vacante de la que eres responsable de contratación.

{table}

Se ha enviado automáticamente la plantilla "Rechazo tras entrevista" a la candidata. No es necesaria ninguna acción por tu parte.

[[Abrir la vacante en Personio]]""",
         table=[("Vacante", "Asistente de Producción (Madrid)"), ("Candidata", "Marta Gil Prieto"),
                ("Estado anterior", "Entrevista con responsable"), ("Estado nuevo", "Rechazado/a"),
                ("Modificado por", "Sam Taylor")],
         notes="owner is the hiring manager; HR-system notice about a candidate Sam rejected"),

    # ------------------------------------------------------------------ hard negatives, personal
    dict(slug="es-inmobiliaria-piso-ercilla", label="other", cat="non-job-rejection", style="personal", lang="es",
         country="ES", charset="iso-8859-1", cte="8bit",
         frm="Inmobiliaria Abando Gestión <alquileres@abandogestion.example>",
         subject="Solicitud de alquiler - C/ Ercilla 34, 3º izda.",
         text="""Buenos días Sr./Sra. Taylor:

Le agradecemos el interés mostrado en la vivienda de la calle Ercilla 34 y la documentación aportada.

Lamentamos comunicarle que la propiedad ha seleccionado otra solicitud que se ajustaba mejor a sus requisitos, por lo que no podremos seguir adelante con la suya. Le devolveremos la señal de reserva en un plazo de 5 días hábiles a la cuenta indicada.

Quedamos a su disposición para otras viviendas de nuestra cartera.

Un cordial saludo,
Departamento de Alquileres
Abando Gestión Inmobiliaria
Tel. 944 000 512""",
         notes="rental application refused with recruiting-style wording; ISO-8859-1"),

    dict(slug="es-reclutadora-mx-responde-followup", day="2026-10-30", label="other", cat="reply-to-owner-followup", style="personal",
         lang="es", country="MX", client_html=True, parent=True,
         frm="Mariana Leal <mariana.leal@grupoparral.example>",
         subject="Re: Gracias por la respuesta - Analista de Compras",
         text="""¡Hola Sam!

No hay nada que agradecer, al contrario. Me dio mucho gusto conocerte y de verdad fue una decisión muy cerrada. Claro que seguimos en contacto: de hecho te cuento que en enero abrimos una vacante de Coordinador de Compras Indirectas y pensé en ti. En cuanto esté publicada te mando el link.

Un abrazo,
Mariana

El jue, 29 oct 2026 a las 11:02, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Mariana, muchas gracias por avisarme. Me quedo con un buen sabor de
> boca del proceso y me encantaría que me tuvieran en cuenta más adelante.
> Saludos, Sam
>
> El mar, 27 oct 2026 a las 17:40, Mariana Leal (<mariana.leal@grupoparral.example>) escribió:
>> Hola Sam, gracias por participar en el proceso de Analista de Compras. Te
>> cuento que decidimos avanzar con otra persona con más experiencia en
>> negociación con proveedores de empaque.""",
         notes="recruiter answers Sam's thank-you; the rejection only in the quote two levels deep; pitch of a future role"),

    dict(slug="es-ong-lima-responde-pregunta", day="2026-11-03", label="other", cat="answer-to-owner-question", style="personal",
         lang="es", country="PE", parent=True,
         frm="Jorge Salazar <jsalazar@ayllusano.example>",
         subject="Re: Consulta sobre proceso - Coordinador Administrativo",
         text="""Hola Sam,

Para nada, no hemos elegido a nadie todavía. Disculpa la demora en responder, estuvimos con el cierre del proyecto con el donante y todo se retrasó.

De hecho quedaste entre los tres finalistas. ¿Podrías el jueves 5 a las 10:00 (hora de Lima) para una segunda entrevista por Zoom con nuestra directora ejecutiva? Te mando el link apenas me confirmes.

Saludos,
Jorge Salazar
Administración y Finanzas | ONG Ayllu Sano

-----Mensaje original-----
De: Sam Taylor [mailto:sam.taylor@example.org]
Enviado el: lunes, 2 de noviembre de 2026 08:15
Para: Jorge Salazar
Asunto: Consulta sobre proceso - Coordinador Administrativo

Hola Jorge, ¿podrías decirme si ya han elegido a otra persona para el puesto de Coordinador Administrativo? Entiendo perfectamente si es así. Gracias, Sam""",
         notes="answer to Sam's 'have you chosen someone else?': second interview; 'Para nada' opens"),

    dict(slug="es-agencia-talentia-pausa-cliente", label="other", cat="status-update", style="personal", lang="es",
         country="ES",
         frm="Nuria Castells <nuria.castells@talentia-ett.example>",
         subject="Proceso Técnico de Aprovisionamiento - Conservas Moncayo: pausa de dos semanas",
         text="""Hola Sam,

Te escribo para que no te quedes con la duda: Conservas Moncayo ha parado las entrevistas finales del puesto de Técnico de Aprovisionamiento hasta después del cierre trimestral (unas dos semanas). No han decidido nada todavía y tu candidatura sigue activa; de hecho eres uno de los dos perfiles que quieren ver en la última fase.

En cuanto me den fechas te escribo para cerrar la entrevista con el director de planta.

Un saludo,

Nuria Castells
Consultora de Selección · Talentia ETT
T. 976 000 418 · M. 600 000 927""",
         notes="interviews paused by the client, candidacy explicitly still active: other; same agency as a rejection"),
]
