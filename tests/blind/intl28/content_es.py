"""Spanish messages (Spain, Mexico, Uruguay): 6 rejections, 6 hard negatives."""

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    {
        "slug": "es-brisamar-personio-otros-candidatos", "label": "rejection", "cat": "ats-automated",
        "country": "ES", "style": "ats", "vendor": "personio", "brand": "Brisamar Viajes",
        "frm": "Brisamar Viajes <noreply@jobs.personio.de>",
        "subject": "Tu candidatura en Brisamar Viajes",
        "preheader": "Gracias por tu interés en Brisamar Viajes",
        "text": """Hola Sam:

Muchas gracias por tu interés en Brisamar Viajes y por el tiempo que has dedicado a presentar tu candidatura para el puesto de Product Marketing Manager.

Hemos recibido un gran número de candidaturas de mucha calidad. Tras analizar detenidamente tu perfil, lamentamos comunicarte que en esta ocasión hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a lo que buscamos para esta posición.

Nos gustaría conservar tus datos en nuestra base de candidatos durante 12 meses para poder tenerte en cuenta en futuras vacantes. Si estás de acuerdo, haz clic en el botón de abajo. Si no nos das tu consentimiento, eliminaremos tus datos transcurridos 6 meses desde la finalización del proceso.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
El equipo de Talento de Brisamar Viajes""",
        "button": "Sí, podéis conservar mis datos",
        "footer": [
            "Brisamar Viajes S.L. · Avinguda del Port 41, 46023 València · CIF B00000000",
            "Responsable del tratamiento: Brisamar Viajes S.L. Finalidad: gestión de procesos de selección. Puedes ejercer tus derechos de acceso, rectificación, supresión y portabilidad en privacidad@brisamar.example. Más información: {privacy}",
            "Por favor, no respondas a este correo: se ha enviado desde una dirección que no admite respuestas.",
        ],
        "exp": ("", "", "Brisamar Viajes", "Product Marketing Manager"),
        "notes": "personio; ordinary; consent button for 12 months; no-reply; team signature",
    },
    {
        "slug": "es-altavista-successfactors-no-seleccionado", "label": "rejection", "cat": "ats-automated",
        "country": "MX", "style": "ats", "vendor": "successfactors", "brand": "Grupo Altavista",
        "frm": "Reclutamiento Grupo Altavista <reclutamiento@successfactors.eu>",
        "reply_to": "no-responder@altavista.example",
        "subject": "Estatus de tu postulación - Gerente de Marketing Digital (Req. 40817)",
        "plain": "html2text",
        "text": """## Estatus de tu postulación

Estimado(a) Sam Taylor:

Te agradecemos sinceramente tu interés en formar parte de Grupo Altavista y el tiempo que dedicaste a nuestro proceso de reclutamiento.

Te informamos que el proceso de selección para la vacante que se indica abajo ha concluido y en esta ocasión tu perfil no fue seleccionado para continuar.

{table}

Tu información permanecerá en nuestra bolsa de trabajo y podrás postularte a otras vacantes en nuestro [[Portal de Carreras]].

Atentamente,
Atracción de Talento
Grupo Altavista""",
        "table": [("Vacante", "Gerente de Marketing Digital"), ("Requisición", "40817"),
                  ("Ubicación", "Monterrey, N.L."), ("Estatus", "Proceso concluido – No seleccionado")],
        "footer": [
            "AVISO DE PRIVACIDAD: Grupo Altavista, S.A.B. de C.V., con domicilio en Av. Constitución 2200, Monterrey, N.L., es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares. Consulte el aviso de privacidad integral en {privacy}",
            "Este correo es generado automáticamente, favor de no responder.",
            "Grupo Altavista es una empresa incluyente que ofrece igualdad de oportunidades.",
        ],
        "exp": ("", "", "Grupo Altavista", "Gerente de Marketing Digital"),
        "notes": "successfactors; html2text plain part with [image] and link list; status table; Mexican 'postulación', 'vacante'; Reply-To is a no-reply",
    },
    {
        "slug": "es-rambla-computrabajo-descartado", "label": "rejection", "cat": "job-board-relay",
        "country": "UY", "style": "ats", "vendor": "computrabajo", "brand": "Computrabajo",
        "frm": "Computrabajo <notificaciones@computrabajo.example>",
        "subject": "Novedades sobre tu postulación: Analista de Marketing",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "plain": "html2text",
        "text": """Hola Sam,

Hay novedades en una de tus postulaciones.

{table}

La empresa Tiendas Rambla revisó tu hoja de vida y decidió no continuar con tu candidatura en este proceso. No te desanimes: hay cientos de ofertas nuevas cada día.

[[Ver ofertas similares]]

Ofertas que te pueden interesar:
- Coordinador/a de Marketing – Montevideo – [[Ver oferta]]
- Ejecutivo/a de Cuentas Digitales – Montevideo – [[Postularme]]
- Community Manager Sr. – Canelones – [[Más detalles]]""",
        "table": [("Oferta", "Analista de Marketing"), ("Empresa", "Tiendas Rambla"),
                  ("Estado", "Descartado"), ("Actualizado", "hace 2 horas")],
        "footer": [
            "Recibes este correo porque tienes una cuenta en Computrabajo con la dirección sam.taylor@example.org.",
            "Consejo de seguridad: Computrabajo nunca te pedirá dinero para acceder a una entrevista.",
        ],
        "exp": ("", "", "Tiendas Rambla", "Analista de Marketing"),
        "notes": "job-board relay; bulk headers; 'Estado: Descartado'; job list under the verdict; html2text plain",
    },
    # ------------------------------------------------------------------ rejections, personal
    {
        "slug": "es-lucia-recruiter-decantado-tras-novedades", "label": "rejection", "cat": "personal-after-interview",
        "country": "ES", "style": "personal", "client_html": True,
        "frm": "Lucía Ferrer Gil <lucia.ferrer@olivarenergia.example>",
        "subject": "RE: Novedades proceso Responsable de Marketing de Producto",
        "parent": True, "parent_depth": 2, "day": "2026-10-21",
        "text": """Hola Sam,

Perdona la tardanza en contestarte, han sido unas semanas de locos con el cierre de trimestre.

Antes de nada, gracias de verdad por todo el interés que has mostrado en Olivar Energía. Tanto Javier como yo salimos muy contentos de la entrevista del día 9, y el caso práctico que preparaste sobre el lanzamiento de la tarifa solar nos pareció muy bien trabajado, sobre todo la parte de segmentación.

Dicho esto, y aunque no es la respuesta que te hubiera gustado recibir, finalmente nos hemos decantado por otro perfil con más recorrido en el sector energético, que era algo que para este puesto en concreto pesaba mucho.

Me gustaría mantener el contacto: es muy probable que a principios de año abramos una posición en el equipo de Growth y creo que podrías encajar muy bien. Si te parece, te escribo en cuanto tengamos algo.

Un abrazo y mucha suerte,

Lucía

--
Lucía Ferrer Gil
Talent Acquisition Partner | Olivar Energía
+34 611 204 587
Paseo de la Castellana 95, 28046 Madrid

El 20 oct 2026, a las 9:12, Sam Taylor <sam.taylor@example.org> escribió:
> Hola Lucía,
>
> Espero que estés bien. Te escribo para preguntarte si hay alguna
> novedad sobre el proceso de Responsable de Marketing de Producto.
> Sigo muy interesado en el puesto.
>
> Un saludo,
> Sam
>
> El 9 oct 2026, a las 18:40, Lucía Ferrer Gil escribió:
>> Hola Sam, muchas gracias por venir hoy. Te decimos algo en una o dos
>> semanas como mucho. ¡Buen finde!""",
        "exp": ("lucia.ferrer@olivarenergia.example", "Lucía", "Olivar Energía", "Responsable de Marketing de Producto"),
        "notes": "reply above quoted chaser; verdict in the middle after praise; 'nos hemos decantado por otro perfil'; future-role mention",
    },
    {
        "slug": "es-rodrigo-posicion-cubierta-corto", "label": "rejection", "cat": "terse",
        "country": "MX", "style": "personal",
        "frm": "Rodrigo Salinas <rsalinas@cafetalsierra.example>",
        "subject": "Re: Gracias por la entrevista",
        "parent": True, "day": "2026-11-05",
        "text": """Hola Sam, gracias a ti por el tiempo.

Te comento que la posicion de Brand Manager ya se cubrio. Te deseo mucho exito!

Saludos
Rodrigo

Enviado desde mi iPhone

> El 3 nov 2026, a la(s) 11:02, Sam Taylor <sam.taylor@example.org> escribió:
>
> Hola Rodrigo, muchas gracias por la entrevista del lunes. Me quedo con
> muchas ganas de sumarme a Cafetal Sierra. Quedo atento a los siguientes
> pasos.""",
        "exp": ("rsalinas@cafetalsierra.example", "Rodrigo", "Cafetal Sierra", "Brand Manager"),
        "notes": "two lines from a phone, no accents; 'la posicion ya se cubrio'; reply to Sam's thank-you",
    },
    {
        "slug": "es-valentina-agencia-busqueda-congelada", "day": "2026-11-19", "label": "rejection", "cat": "role-cancelled",
        "country": "UY", "style": "personal", "client_html": True,
        "frm": "Valentina Acosta | Sur Talent <vacosta@surtalent.example>",
        "subject": "Búsqueda Jefe de Marketing – Frigorífico del Plata",
        "text": """Hola Sam, ¿cómo andás?

Te escribo con una noticia que no es la que esperábamos. Ayer tuve reunión con la gerencia de Frigorífico del Plata y me confirmaron que, por la reestructura que están haciendo a nivel regional, decidieron suspender la búsqueda de Jefe de Marketing hasta nuevo aviso. Por ahora no tienen fecha para retomarla y, siendo honesta, no creo que sea antes de mitad del año que viene.

Sé que estabas entre los dos finalistas y que la devolución de la entrevista con el directorio fue muy buena, así que lamento muchísimo que se cierre así.

Igual quedás en mi radar: tengo un par de búsquedas de marketing que se abren en diciembre y te las voy a pasar apenas las tenga.

Un abrazo grande,

Valentina Acosta
Consultora Senior | Sur Talent – Búsqueda y Selección
Cel. +598 99 412 730
Plaza Independencia 831, of. 602, Montevideo

Este mensaje es confidencial. Si lo recibiste por error, por favor avisanos y eliminalo.""",
        "exp": ("vacosta@surtalent.example", "Valentina", "Frigorífico del Plata", "Jefe de Marketing"),
        "notes": "agency; rioplatense voseo; search suspended until further notice (role cancelled for Sam) ; finalist praise; promise of future roles",
    },
    # ------------------------------------------------------------------ hard negatives, ATS
    {
        "slug": "es-infojobs-acuse-30-dias", "label": "other", "cat": "ack-received",
        "country": "ES", "style": "ats", "vendor": "infojobs", "brand": "InfoJobs",
        "frm": "InfoJobs <noreply@infojobs.example>",
        "subject": "Has enviado tu candidatura a Técnico/a de Marketing Digital – Lácteos Cantábricos",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "plain": "html2text",
        "text": """Hola Sam,

Tu candidatura a la oferta Técnico/a de Marketing Digital de Lácteos Cantábricos se ha enviado correctamente.

{table}

Mensaje de la empresa:
«Gracias por tu interés. Debido al elevado volumen de candidaturas que recibimos, no podemos responder individualmente a cada persona. Si en un plazo de 30 días no has tenido noticias nuestras, entiende que tu candidatura no ha sido seleccionada para esta oferta. Conservaremos tu CV para futuros procesos.»

Puedes seguir el estado de tu candidatura en cualquier momento desde [[Mis candidaturas]].

Consejo: las empresas abren el CV en los primeros días. Revisa que tu perfil esté completo.""",
        "table": [("Estado", "CV recibido"), ("Inscritos", "312"), ("Fecha", "Hoy")],
        "footer": ["Has recibido este e-mail porque tienes una cuenta en InfoJobs."],
        "notes": "acknowledgement with the classic 'si en 30 días no has tenido noticias ... no ha sido seleccionada' hedge; bulk headers",
    },
    {
        "slug": "es-meridiano-workday-evaluacion-psicometrica", "label": "other", "cat": "assessment",
        "country": "MX", "style": "ats", "vendor": "workday", "brand": "Banco Meridiano",
        "frm": "Banco Meridiano <bancomeridiano@myworkday.com>",
        "subject": "Siguiente etapa: evaluación en línea – Líder de Producto Digital",
        "text": """Hola Sam:

¡Gracias por tu interés en Banco Meridiano! Nos da gusto informarte que, tras la revisión de tu CV, avanzas a la siguiente etapa del proceso para la vacante Líder de Producto Digital (R-22914).

El siguiente paso es una evaluación en línea (prueba psicométrica y caso breve). Toma alrededor de 45 minutos y debes completarla a más tardar el viernes a las 23:59 (hora del centro de México).

[[Iniciar evaluación]]

Importante: si no completas la evaluación dentro del plazo, el sistema cerrará tu postulación automáticamente y no podremos continuar con tu proceso. Lamentablemente no es posible otorgar prórrogas.

Mucho éxito,
Equipo de Atracción de Talento""",
        "footer": [
            "Banco Meridiano, S.A., Institución de Banca Múltiple. Aviso de privacidad: {privacy}",
            "Por favor no respondas a este correo.",
        ],
        "notes": "assessment invitation; warns the application will be closed if not completed ('lamentablemente')",
    },
    {
        "slug": "es-greenhouse-traslado-otra-vacante", "label": "other", "cat": "requisition-transfer",
        "country": "ES", "style": "ats", "vendor": "greenhouse", "brand": "Ticketmar",
        "frm": "Ticketmar Recruiting <no-reply@us.greenhouse-mail.io>",
        "reply_to": "marta.quintana@ticketmar.example",
        "subject": "Actualización sobre tu candidatura en Ticketmar",
        "text": """Hola Sam,

Queríamos contarte una novedad sobre tu proceso.

La vacante de Brand Manager a la que te postulaste se ha cerrado: el equipo ha decidido reorganizar esa función dentro de Marketing. Sin embargo, al revisar tu perfil, creemos que encajas muy bien en la posición de Growth Marketing Manager que acabamos de abrir, así que hemos trasladado tu candidatura a ese proceso. No tienes que volver a inscribirte.

Marta Quintana, del equipo de Talent, te escribirá esta semana para agendar una primera llamada. Si prefieres no participar en el nuevo proceso, basta con que respondas a este correo.

Gracias,
Ticketmar Talent Team""",
        "footer": [
            "Ticketmar S.L. · Carrer de Pallars 108, 08018 Barcelona",
            "Tratamos tus datos conforme a nuestra política de privacidad de candidatos: {privacy}",
        ],
        "notes": "requisition closed but application moved to another role with a call coming: other",
    },
    # ------------------------------------------------------------------ hard negatives, personal
    {
        "slug": "es-inmobiliaria-piso-otro-inquilino", "day": "2026-11-23", "label": "other", "cat": "non-job-rejection",
        "country": "ES", "style": "personal",
        "frm": "Nuria Pastor - Fincas Retiro <nuria@fincasretiro.example>",
        "subject": "Solicitud piso C/ Ibiza 34, 3ºB",
        "text": """Buenos días Sam,

Gracias por enviar toda la documentación (contrato de trabajo, nóminas y aval).

Lamento comunicarte que la propiedad ha decidido no seguir adelante con tu solicitud: finalmente se han decantado por otro perfil de inquilino, una familia que ya conocían por referencias. No tiene nada que ver con tu documentación, que estaba perfecta.

Si quieres, te aviso de los pisos que vayamos captando por la zona de Retiro y Goya con un presupuesto similar. Esta semana entra uno en la calle Menorca que quizá te encaje.

Un saludo,

Nuria Pastor
Fincas Retiro · Agente inmobiliaria
91 555 20 48 · 644 318 902""",
        "notes": "rental application turned down with the same words as a job rejection ('decantado por otro perfil', 'no seguir adelante con tu solicitud')",
    },
    {
        "slug": "es-respuesta-a-seguimiento-seguir-en-contacto", "label": "other", "cat": "reply-to-owner-followup",
        "country": "UY", "style": "personal", "client_html": True,
        "frm": "Martina Pereyra <mpereyra@celestefintech.example>",
        "subject": "Re: Gracias – proceso Product Marketing Lead",
        "parent": True, "parent_depth": 2, "day": "2026-11-13",
        "text": """Hola Sam!

Qué lindo recibir tu mensaje, no tenés nada de qué disculparte, al contrario. Fue un gusto conocerte y de verdad la decisión estuvo muy peleada hasta el final.

Me encantaría que sigamos en contacto. Te agrego en LinkedIn y apenas abramos algo en el equipo de producto te aviso primero a vos.

Un abrazo,
Martina

El jue, 12 nov 2026 a las 17:20, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Martina,
>
> Muchas gracias por avisarme y por el feedback tan detallado. Perdón
> por insistir tanto con los correos las últimas semanas. Me encantaría
> que me tengan en cuenta para futuras oportunidades en Celeste.
>
> Saludos,
> Sam
>
> El mié, 11 nov 2026 a las 10:05, Martina Pereyra escribió:
>> Hola Sam, lamentablemente decidimos avanzar con otra persona para el
>> rol de Product Marketing Lead. Gracias por todo el tiempo que le
>> dedicaste al proceso.""",
        "notes": "recruiter answers Sam's thank-you; the rejection is only in the quoted thread; 'no tenés nada de qué disculparte'",
    },
    {
        "slug": "es-respuesta-pregunta-otro-candidato-final", "label": "other", "cat": "answer-to-owner-question",
        "country": "MX", "style": "personal",
        "frm": "Daniela Ortiz <daniela.ortiz@nopalcloud.example>",
        "subject": "RE: Seguimiento – Head of Growth",
        "parent": True, "day": "2026-10-28",
        "text": """Hola Sam,

¡Para nada! No hemos elegido a nadie todavía. Disculpa el silencio, el CEO estuvo de viaje dos semanas y se nos atrasó todo.

Seguimos muy interesados en tu perfil. Nos gustaría invitarte a la entrevista final con Andrés (CEO) y con Paola (CFO), de 60 minutos, por Google Meet. ¿Te acomoda el jueves 5 a las 10:00 o a las 16:00 (hora CDMX)?

Saludos,

Daniela Ortiz
People Partner | Nopal Cloud
Tel. +52 55 4170 2291

-----Mensaje original-----
De: Sam Taylor <sam.taylor@example.org>
Enviado el: martes, 27 de octubre de 2026 09:41
Para: Daniela Ortiz <daniela.ortiz@nopalcloud.example>
Asunto: Seguimiento – Head of Growth

Hola Daniela,

No he tenido noticias desde la segunda entrevista y quería preguntarte
si ya eligieron a otro candidato para la posición de Head of Growth. Si
es así, no hay problema; solo me gustaría saberlo.

Gracias,
Sam""",
        "notes": "answer to 'ya eligieron a otro candidato?': 'para nada' + final interview invite; Outlook quote",
    },
]
