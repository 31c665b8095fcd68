"""Spanish messages (Spain and Latin America): 12 rejections, 12 hard negatives."""
from content_common import OWNER

MESSAGES = [
    # ---------------------------------------------------------------- rejections
    {
        "slug": "es-lumbre-greenhouse-otros-candidatos", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "es-ES", "vendor": "greenhouse", "brand": "Lumbre Energía",
        "frm": "Lumbre Energía <no-reply@us.greenhouse-mail.io>",
        "subject": "Tu candidatura a Product Manager Senior en Lumbre Energía",
        "text": """Hola Sam:

Gracias por tu interés en Lumbre Energía y por el tiempo que has dedicado a presentar tu candidatura para el puesto de Product Manager Senior.

Hemos recibido un número muy alto de solicitudes y, tras revisar detenidamente tu perfil, hemos decidido seguir adelante con otros candidatos cuya experiencia se ajusta más a las necesidades actuales del equipo.

Te animamos a seguir nuestras [[ofertas de empleo]] y a volver a postularte en el futuro si ves una posición que encaje contigo.

Un saludo,
Equipo de Talento de Lumbre Energía""",
        "about": "Lumbre Energía es una comercializadora de energía 100 % renovable con más de 400.000 clientes en España y Portugal. Somos una empresa que apuesta por la igualdad de oportunidades y no discrimina por razón de género, origen, edad, orientación sexual o discapacidad.",
        "exp": ("", "", "Lumbre Energía", "Product Manager Senior"),
        "notes": "most ordinary wording; no-reply; EEO boilerplate",
    },
    {
        "slug": "es-almenara-workday-vacante-cubierta", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "es-MX", "vendor": "workday", "brand": "Grupo Almenara", "html_only": True,
        "cte": "base64",
        "frm": "Grupo Almenara <almenara@myworkday.com>",
        "subject": "Actualización sobre su solicitud - Gerente de Producto Digital (R-24817)",
        "text": """Estimado(a) Sam Taylor:

Le agradecemos sinceramente el interés mostrado en formar parte de Grupo Almenara y el tiempo invertido en su postulación a la vacante Gerente de Producto Digital (R-24817).

Por medio del presente le informamos que la vacante ha sido cubierta, por lo que su solicitud ya no se encuentra activa dentro de este proceso.

Su perfil permanecerá en nuestro portal de candidatos, donde podrá consultar nuevas oportunidades y actualizar su información en cualquier momento a través de [[Mi cuenta de candidato]].

Atentamente,
Atracción de Talento
Grupo Almenara""",
        "about": "Grupo Almenara es uno de los principales grupos de retail y servicios financieros de México, con presencia en 28 estados. Grupo Almenara es un empleador que ofrece igualdad de oportunidades.",
        "exp": ("", "", "Grupo Almenara", "Gerente de Producto Digital"),
        "notes": "usted; html-only base64; position filled; requisition id",
    },
    {
        "slug": "es-tranquera-smartrecruiters-conservar-datos", "label": "rejection", "cat": "keep-on-file",
        "style": "ats", "variant": "es-AR", "vendor": "smartrecruiters", "brand": "Tranquera Pagos",
        "frm": "Tranquera Pagos <no-reply@smartrecruiters.com>",
        "subject": "Tranquera Pagos | Novedades de tu postulación",
        "text": """¡Hola Sam!

Antes que nada, queremos agradecerte de corazón por haberte postulado a Líder de Producto – Pagos. En Tranquera creemos que cada postulación es una conversación, y leímos la tuya con mucha atención: tu recorrido en medios digitales y en investigación de audiencias nos pareció muy interesante.

En las últimas semanas recibimos más de 600 postulaciones para esta búsqueda. Después de analizarlas, y aunque tu perfil tiene muchos puntos fuertes, decidimos no avanzar con tu postulación en esta oportunidad. Sabemos que no es la noticia que esperabas.

¿Podemos conservar tus datos? Nos gustaría guardar tu CV en nuestra base de talentos durante 12 meses para contactarte si se abre una búsqueda que encaje mejor con vos. Si estás de acuerdo, no tenés que hacer nada. Si preferís que eliminemos tus datos, hacé clic en [[Eliminar mis datos]].

¡Gracias de nuevo y éxitos!
El equipo de People de Tranquera""",
        "about": "Tranquera es la plataforma de pagos para comercios de barrio de Argentina, Uruguay y Paraguay. Elegida Great Place to Work® 2025.",
        "exp": ("", "", "Tranquera Pagos", "Líder de Producto – Pagos"),
        "notes": "voseo; verdict in the middle after praise; data-retention question; en dash in role",
    },
    {
        "slug": "es-corvina-personio-proceso-congelado", "label": "rejection", "cat": "role-cancelled",
        "style": "ats", "variant": "es-ES", "vendor": "personio", "brand": "Corvina Viajes",
        "frm": "Corvina Viajes <noreply@jobs.personio.de>",
        "subject": "Proceso de selección Product Owner – actualización",
        "text": """Hola Sam,

Te escribimos para darte una actualización sobre el proceso de selección de Product Owner en Corvina Viajes, en el que participaste.

Debido a una reorganización interna del área digital, hemos decidido cerrar el proceso sin incorporar a nadie. La posición queda congelada y, a día de hoy, no sabemos si volverá a abrirse en 2027.

Sentimos mucho no poder ofrecerte otra respuesta después del tiempo que nos has dedicado. Si tienes cualquier pregunta, puedes escribirnos a talento@corvinaviajes.example.

Gracias por tu interés,
Raquel Soto
People & Culture · Corvina Viajes""",
        "exp": ("talento@corvinaviajes.example", "Raquel", "Corvina Viajes", "Product Owner"),
        "notes": "role frozen after reorg; human address in body of no-reply mail",
    },
    {
        "slug": "es-bancolina-icims-estado-no-seleccionado", "day": "2026-10-14", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "es-CO", "vendor": "icims", "brand": "Bancolina",
        "frm": "Bancolina Carreras <bancolina@talent.icims.com>",
        "subject": "Se ha actualizado el estado de tu solicitud",
        "text": """Hola Sam Taylor,

El estado de una de tus solicitudes en el Portal de Carreras de Bancolina ha cambiado. Estos son los detalles:

{table}

Para ver el historial completo de tus solicitudes, ingresa al [[Portal de Carreras]] con tu usuario.

Este mensaje se generó automáticamente. Por favor no respondas a este correo.""",
        "table": [("Requisición", "2026-5531"), ("Cargo", "Analista Senior de Insights"), ("Ubicación", "Bogotá, Colombia"),
                  ("Fecha de actualización", "14/10/2026"), ("Estado", "No seleccionado")],
        "exp": ("", "", "Bancolina", "Analista Senior de Insights"),
        "notes": "status-portal table; verdict only in the table cell",
    },
    {
        "slug": "es-cordillera-workable-prueba-tecnica", "label": "rejection", "cat": "after-assessment",
        "style": "ats", "variant": "es-CL", "vendor": "workable", "brand": "Cordillera Retail",
        "frm": "Cordillera Retail <noreply@candidates.workablemail.com>",
        "reply_to": "Camila Fuentes <camila.fuentes@cordilleraretail.example>",
        "subject": "Resultado de tu prueba técnica – Product Analyst",
        "text": """Hola Sam,

Muchas gracias por completar la prueba técnica para el cargo de Product Analyst en Cordillera Retail. Sabemos que requiere varias horas de trabajo y valoramos mucho el esfuerzo.

El comité revisó todas las pruebas con la misma pauta de evaluación. En tu caso, el análisis de cohortes estuvo bien planteado, pero la parte de SQL y la propuesta de métricas quedaron por debajo del puntaje que definimos para pasar a la etapa de entrevistas, por lo que no vas a continuar en el proceso.

Si quieres una retroalimentación más detallada, puedes responder a este correo y te la enviaremos.

Saludos cordiales,
Camila Fuentes
Reclutamiento · Cordillera Retail""",
        "exp": ("camila.fuentes@cordilleraretail.example", "Camila", "Cordillera Retail", "Product Analyst"),
        "notes": "after take-home test; Reply-To a person",
    },
    {
        "slug": "es-mareas-recruiter-otra-persona", "label": "rejection", "cat": "personal-after-interview",
        "style": "personal", "variant": "es-ES", "client_html": True,
        "frm": "Lucía Ferrer <lucia.ferrer@mareasstudio.example>",
        "subject": "Head of Product - Mareas Studio",
        "text": """Hola Sam,

¿Qué tal estás? Primero de todo, muchísimas gracias por el tiempo que le has dedicado al proceso de Head of Product estas últimas semanas: la entrevista con Álvaro, el caso práctico y la sesión con el equipo de producto. Sé que ha sido un proceso largo y te lo agradezco de verdad.

Ayer tuvimos la reunión final para tomar una decisión y quería contártelo yo directamente antes de que te llegara nada automático. Al final hemos decidido apostar por otra persona que tiene bastante más recorrido en producto B2B y en equipos de ingeniería grandes, que es justo lo que más nos preocupa para el año que viene.

Dicho esto, el feedback sobre ti ha sido muy bueno:
- La presentación del caso fue de las más claras que vimos.
- A Álvaro le gustó mucho cómo hablas de investigación con usuarios.
- Donde flojeó un poco fue en la parte de roadmap técnico y priorización con ingeniería.

Me encantaría que siguiéramos en contacto; si en unos meses abrimos algo más cercano a tu perfil, serás de las primeras personas a las que llame.

Un abrazo y mucha suerte,

Lucía Ferrer
Talent Acquisition Lead
Mareas Studio · C/ del Doctor Fourquet 27, 28012 Madrid
+34 611 48 20 93""",
        "exp": ("lucia.ferrer@mareasstudio.example", "Lucía", "Mareas Studio", "Head of Product"),
        "notes": "long; feedback list; warm; verdict in the middle",
    },
    {
        "slug": "es-nopal-terse-no-seguimos", "label": "rejection", "cat": "terse",
        "style": "personal", "variant": "es-MX",
        "frm": "Diego Arreola <diego@nopallabs.example>",
        "subject": "Re: Growth Lead",
        "text": """Hola Sam, te cuento que al final no seguimos con tu perfil para Growth Lead. Gracias por tu tiempo y suerte!

Saludos,
Diego
Nopal Labs

Enviado desde mi iPhone""",
        "exp": ("diego@nopallabs.example", "Diego", "Nopal Labs", "Growth Lead"),
        "notes": "one line; sent from a phone",
    },
    {
        "slug": "es-brujula-agencia-cliente-no-continua", "label": "rejection", "cat": "agency-recruiter",
        "style": "personal", "variant": "es-ES",
        "frm": "Jorge Lamas <jorge.lamas@brujulatalent.example>",
        "subject": "Feedback Hidroclara - Responsable de Marketing de Producto",
        "text": """Buenas tardes Sam,

Acabo de hablar con Hidroclara. Me han confirmado que no van a continuar contigo en el proceso de Responsable de Marketing de Producto. Han visto cuatro perfiles en la última ronda y se han decantado por una candidata que viene del sector utilities, que al parecer pesaba mucho para el comité de dirección.

Me han pedido que te transmita que les gustó mucho tu enfoque y la preparación que traías. Yo personalmente creo que estuviste muy bien, así que no te lo tomes como algo sobre ti.

Sigo con varias búsquedas abiertas en marketing digital y te tengo en cuenta. ¿Hablamos la semana que viene?

Un saludo,

Jorge Lamas
Senior Consultant · Brújula Talent Partners
Paseo de Gràcia 54, 08007 Barcelona
T. +34 932 55 71 40 | M. +34 655 12 09 87""",
        "exp": ("jorge.lamas@brujulatalent.example", "Jorge", "Hidroclara", "Responsable de Marketing de Producto"),
        "notes": "agency relays the client's no; company = client",
    },
    {
        "slug": "es-ombu-persona-interna-respuesta", "label": "rejection", "cat": "internal-candidate",
        "style": "personal", "variant": "es-AR", "client_html": True,
        "frm": "Martina Rébora <martina.rebora@ombusoftware.example>",
        "subject": "Re: Consulta sobre el proceso de Product Manager de Plataforma",
        "parent": True, "parent_domain": "example.org", "day": "2026-10-21",
        "text": """Hola Sam, ¿cómo va?

Perdón por la demora en contestarte, tenés toda la razón en preguntar. Finalmente la posición de Product Manager de Plataforma la cubrimos con una persona interna del equipo de Infra, que se postuló casi al final del proceso. Con ese movimiento no vamos a seguir con candidatos externos.

Te pido disculpas por no habértelo avisado antes. Fue un gusto conocerte y ojalá se dé en otra oportunidad.

Saludos,
Martina

--
Martina Rébora | Talent Partner | Ombú Software
+54 9 11 5823-4410

El lun, 19 oct 2026 a las 10:12, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Martina,
>
> Espero que estés muy bien. Te escribo para consultarte si hay novedades
> sobre el proceso. Hace ya tres semanas de la entrevista con Nahuel y
> sigo muy interesado/a en la posición.
>
> ¡Gracias!
> Sam""",
        "exp": ("martina.rebora@ombusoftware.example", "Martina", "Ombú Software", "Product Manager de Plataforma"),
        "notes": "reply to Sam's chaser; Gmail quote; filled internally",
    },
    {
        "slug": "es-cafetal-suspendido-indefinidamente", "label": "rejection", "cat": "role-cancelled",
        "style": "personal", "variant": "es-CO", "charset": "iso-8859-1",
        "frm": "Andrés Felipe Cárdenas <afcardenas@cafetallogistica.example>",
        "subject": "Proceso Gerente de Marketing de Producto",
        "text": """Apreciado Sam, buenas tardes.

Con pena le escribo para informarle que la junta directiva de Cafetal Logística decidió no abrir este año la posición de Gerente de Marketing de Producto. Por el momento el proceso queda suspendido indefinidamente y no vamos a continuar con las entrevistas programadas, incluida la suya con la vicepresidencia comercial.

Le agradezco muchísimo su disposición durante estas semanas. Si la posición se reactiva en 2027 me comunicaré con usted personalmente.

Cordialmente,

Andrés Felipe Cárdenas
Jefe de Gestión Humana
Cafetal Logística S.A.S.
PBX (601) 745 3300 ext. 214 · Cel. 310 228 4419""",
        "exp": ("afcardenas@cafetallogistica.example", "Andrés Felipe", "Cafetal Logística", "Gerente de Marketing de Producto"),
        "notes": "usted; role suspended indefinitely; iso-8859-1",
    },
    {
        "slug": "es-vermut-no-ha-podido-ser", "label": "rejection", "cat": "personal-after-interview",
        "style": "personal", "variant": "es-ES",
        "frm": "Pablo Ibarra <pablo@vermutmedia.example>",
        "cc": "Nerea Gil <nerea.gil@vermutmedia.example>",
        "subject": "lo de Responsable de Growth",
        "text": """Hola Sam!!

Perdona que no te haya escrito antes, han sido unas semanas de locos con el lanzamiento de la app nueva y se me ha ido acumulando todo. Queria escribirte yo y no mandarte un mail generico porque la verdad es que me cayó muy bien la conversación del jueves, y a Nerea (que va en copia) tambien.

Estuvimos dandole muchas vueltas, sobre todo a si necesitabamos a alguien más de datos o más de contenido. Al final lo que necesitamos ahora mismo es alguien que haya llevado paid a lo bestia, con presupuestos grandes, y ahi es donde tu perfil va por otro lado. Asi que por esta vez no ha podido ser.

Si te apetece tomar un café cuando pases por Madrid, avisame. Y mucha suerte con la busqueda, estoy seguro de que vas a encontrar algo chulo.

Abrazo,
Pablo
CEO @ Vermut Media
645 90 33 12""",
        "exp": ("pablo@vermutmedia.example", "Pablo", "Vermut Media", "Responsable de Growth"),
        "notes": "casual; missing accents/typos; verdict at the end; Cc",
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "slug": "es-lever-acuse-tres-semanas", "label": "other", "cat": "ack-received",
        "style": "ats", "variant": "es-ES", "vendor": "lever", "brand": "Salina Seguros",
        "frm": "Salina Seguros <no-reply@hire.lever.co>",
        "subject": "Hemos recibido tu candidatura - Product Marketing Manager",
        "text": """Hola Sam,

¡Gracias por presentar tu candidatura al puesto de Product Marketing Manager en Salina Seguros! La hemos recibido correctamente y nuestro equipo la revisará en los próximos días.

Debido al elevado número de candidaturas que recibimos, no siempre podemos responder de forma individual a cada persona. Si tu perfil encaja con lo que buscamos, alguien del equipo se pondrá en contacto contigo en un plazo de tres semanas. Si en ese plazo no has tenido noticias nuestras, puedes entender que en esta ocasión no hemos podido avanzar con tu candidatura.

Mientras tanto, puedes conocer mejor cómo trabajamos en nuestro [[blog de tecnología]].

Un saludo,
El equipo de Selección de Salina Seguros""",
        "notes": "acknowledgement that hedges with a conditional rejection",
    },
    {
        "slug": "es-greenhouse-invitacion-entrevista", "label": "other", "cat": "interview-invite",
        "style": "ats", "variant": "es-ES", "vendor": "greenhouse", "brand": "Pimentón Analytics",
        "frm": "Irene Molina <no-reply@us.greenhouse-mail.io>",
        "reply_to": "irene.molina@pimenton.example",
        "subject": "Invitación a entrevista: Senior Product Manager en Pimentón Analytics",
        "text": """Hola Sam,

¡Buenas noticias! Después de revisar tu candidatura, nos gustaría invitarte a una primera entrevista de 45 minutos con Héctor Ruiz, Director de Producto.

Por favor, elige el horario que mejor te venga usando este enlace: [[Seleccionar horario]]

La entrevista será por Google Meet. No hace falta que prepares nada especial; queremos conocerte y contarte el proyecto. Ten en cuenta que no todos los candidatos pasan a esta fase, así que enhorabuena.

Si ninguno de los horarios te encaja, responde a este correo y buscamos alternativa.

Un saludo,
Irene Molina
Talent Acquisition""",
        "notes": "interview scheduling link",
    },
    {
        "slug": "es-linkedin-alerta-empleos", "label": "other", "cat": "job-alert",
        "style": "ats", "variant": "es-ES", "vendor": "linkedin", "brand": "LinkedIn",
        "frm": "LinkedIn Empleos <jobalerts-noreply@linkedin.com>",
        "subject": "«product manager» en Madrid: 9 empleos nuevos",
        "footer": ["Has recibido este mensaje porque creaste una alerta de empleo. [[Gestionar alertas]] · Darse de baja: {unsub}",
                   "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2. LinkedIn es un nombre comercial registrado de LinkedIn Corporation y sus filiales."],
        "text": """## Tu alerta de empleo: «product manager» en Madrid

**Senior Product Manager – Pagos** · Fintera · Madrid (híbrido)
Solicitud sencilla · 34 solicitudes · [[Ver empleo]]

**Product Manager, Growth** · Cestalia · Madrid
Tu perfil coincide con 7 de 10 aptitudes · [[Ver empleo]]

**Product Owner Data Platform** · Banco Alcor · Madrid
Se buscan candidatos de forma activa · [[Ver empleo]]

**Head of Product Marketing** · Rumbo Labs · En remoto
Promocionado · [[Ver empleo]]

¿No te interesa esta alerta? Puedes descartar los empleos que no encajen contigo y LinkedIn mejorará tus recomendaciones.

[[Ver los 9 empleos]]""",
        "notes": "job-alert digest listing roles",
    },
    {
        "slug": "es-workday-solicitud-transferida", "label": "other", "cat": "requisition-transfer",
        "style": "ats", "variant": "es-MX", "vendor": "workday", "brand": "Aceros del Bajío",
        "frm": "Aceros del Bajío <acerosbajio@myworkday.com>",
        "subject": "Su solicitud ha sido transferida a otra vacante",
        "text": """Estimado(a) Sam Taylor:

Le informamos que la vacante a la que se postuló, Gerente de Marketing Digital (R-10392), ha sido cerrada. Sin embargo, el equipo de reclutamiento consideró que su perfil es muy adecuado para otra posición abierta y, por ello, su solicitud ha sido transferida a la vacante:

{table}

No necesita realizar ninguna acción. Su solicitud continúa en proceso y un reclutador se comunicará con usted en los próximos días para coordinar una entrevista.

Atentamente,
Reclutamiento Corporativo
Aceros del Bajío""",
        "table": [("Vacante anterior", "Gerente de Marketing Digital (R-10392) · Cerrada"),
                  ("Nueva vacante", "Gerente de Producto, Canal Digital (R-10577)"),
                  ("Estado", "En revisión")],
        "notes": "old requisition closed, application transferred and active",
    },
    {
        "slug": "es-banco-tarjeta-rechazada", "day": "2026-11-03", "clock": "21:48:41", "label": "other", "cat": "non-job-rejection",
        "style": "ats", "variant": "es-ES", "vendor": "plain", "brand": "Banco Alcor",
        "frm": "Banco Alcor <avisos@bancoalcor.example>",
        "subject": "Operación rechazada con tu tarjeta terminada en 4471",
        "footer": ["Banco Alcor, S.A. · C/ Serrano 140, 28006 Madrid · Inscrito en el Registro de Entidades del Banco de España con el n.º 0241.",
                   "Nunca te pediremos claves ni códigos por correo electrónico. Política de privacidad: {privacy}",
                   "Este correo se ha enviado desde una dirección que no acepta respuestas."],
        "text": """Hola Sam:

Te informamos de que hemos rechazado una operación con tu tarjeta de crédito terminada en 4471.

{table}

Motivo: la operación supera el límite diario de compras online configurado en tu tarjeta. Si quieres ampliarlo, puedes hacerlo desde la app en Tarjetas > Límites.

Si no reconoces esta operación, llámanos al 900 812 345 (24 h).""",
        "table": [("Comercio", "VUELOSYA*ONLINE"), ("Importe", "612,40 EUR"), ("Fecha", "03/11/2026 21:48"), ("Estado", "Rechazada")],
        "notes": "declined card payment",
    },
    {
        "slug": "es-personio-owner-candidato-rechazado", "label": "other", "cat": "owner-hiring",
        "style": "ats", "variant": "es-ES", "vendor": "personio", "brand": "Calder Street Media",
        "frm": "Personio <notifications@personio.de>",
        "subject": "[Personio] Has rechazado a Marta Gil – Analista de Datos (Madrid)",
        "footer": ["Recibes esta notificación porque eres responsable de contratación de la vacante Analista de Datos (Madrid) en Calder Street Media.",
                   "Gestionar notificaciones: {unsub}",
                   "Personio SE & Co. KG · Seidlstraße 3, 80335 München"],
        "no_powered": True,
        "text": """Hola Sam,

Has cambiado el estado de la candidatura de **Marta Gil** a **Rechazado** en la vacante Analista de Datos (Madrid).

{table}

El mensaje de rechazo se enviará automáticamente a la candidata dentro de 24 horas. Si quieres revisarlo o cancelarlo, abre la [[candidatura en Personio]].""",
        "table": [("Vacante", "Analista de Datos (Madrid)"), ("Candidata", "Marta Gil"), ("Fase anterior", "Entrevista técnica"),
                  ("Nueva fase", "Rechazado"), ("Motivo", "Experiencia insuficiente en dbt"), ("Responsable", "Sam Taylor")],
        "notes": "Sam is the hiring manager; HR-system notice of Sam's own rejection of a candidate",
    },
    {
        "slug": "es-siguiente-etapa-argentina", "label": "other", "cat": "interview-invite",
        "style": "personal", "variant": "es-AR",
        "frm": "Florencia Aguirre <florencia.aguirre@yerbamate.example>",
        "subject": "Próxima etapa - Product Manager Senior",
        "text": """Hola Sam, ¿qué tal?

Te escribo para contarte que pasaste a la siguiente etapa del proceso para Product Manager Senior. Sé que en la primera charla te dije que éramos muchos candidatos y que probablemente a la mayoría no íbamos a poder seguir considerándolos, así que imagino que esto es una buena noticia 🙂

La próxima instancia es una entrevista de una hora con Tomás (CPO) y Agustina (Head of Design). Van a pedirte que nos cuentes un producto que hayas lanzado de punta a punta.

¿Te queda bien el martes 17 a las 11 h (hora Argentina) o el miércoles 18 a las 15 h?

Abrazo,
Flor

Florencia Aguirre
People Partner | Yerba Mate Studio
+54 9 11 4471-2290""",
        "notes": "next-round invitation that mentions most candidates are not kept",
    },
    {
        "slug": "es-oferta-colombia-formal", "day": "2026-11-20", "label": "other", "cat": "offer",
        "style": "personal", "variant": "es-CO", "client_html": True,
        "frm": "Valentina Ospina <vospina@guaduadigital.example>",
        "subject": "Oferta laboral - Directora/Director de Producto",
        "attach": [("Oferta_Sam_Taylor.pdf", "application/pdf",
                    "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")],
        "text": """Estimado Sam:

Reciba un cordial saludo. En nombre de Guadua Digital tengo el gusto de presentarle la oferta laboral para el cargo de Director de Producto, de acuerdo con lo conversado en la entrevista final del pasado jueves.

Adjunto encontrará la carta de oferta con el detalle de la remuneración, los beneficios y la fecha de inicio propuesta (1 de febrero de 2027). Le agradecemos nos confirme su aceptación o sus comentarios a más tardar el viernes 27 de noviembre; si no recibimos respuesta en esa fecha, entenderemos que la oferta no es de su interés.

Quedo atenta a cualquier inquietud.

Cordialmente,

Valentina Ospina
Gerente de Talento Humano
Guadua Digital S.A.S. · Medellín
Tel. (604) 444 1290""",
        "notes": "formal job offer with PDF and an expiry condition",
    },
    {
        "slug": "es-respuesta-a-agradecimiento-sigamos", "label": "other", "cat": "reply-to-owner-followup",
        "style": "personal", "variant": "es-ES",
        "frm": "Beatriz Llorente <beatriz.llorente@almadraba.example>",
        "subject": "Re: Gracias por la oportunidad",
        "parent": True, "parent_depth": 2, "day": "2026-11-12",
        "text": """Hola Sam,

No tienes que darme las gracias, ¡al contrario! Me ha encantado leerte. Nos encantaría seguir en contacto: te he añadido a nuestra lista de personas a las que avisar cuando abramos la vacante de Insights que tenemos prevista para marzo.

Un abrazo,
Bea

El mar, 10 nov 2026 a las 18:40, Sam Taylor <sam.taylor@example.org> escribió:
> Hola Beatriz,
>
> Muchas gracias por avisarme, y por la transparencia durante todo el
> proceso. Aunque me habría encantado unirme a Almadraba, entiendo la
> decisión. Si en el futuro surge algo en el área de insights, me
> encantaría que me tuvieras en cuenta.
>
> Un saludo,
> Sam
>
> El lun, 9 nov 2026 a las 12:05, Beatriz Llorente escribió:
>> Hola Sam, gracias por tu tiempo. Lamentablemente hemos decidido
>> continuar con otra candidatura para el puesto de Product Manager.
>> Te deseamos mucha suerte.""",
        "notes": "answer to Sam's thank-you; the rejection only in the quoted thread",
    },
    {
        "slug": "es-charla-congreso-no-seleccionada", "label": "other", "cat": "non-job-rejection",
        "style": "personal", "variant": "es-MX",
        "frm": "Comité de Programa ProductConf MX <programa@productconf-mx.example>",
        "subject": "Resultado de tu propuesta para ProductConf MX 2027",
        "text": """Hola Sam,

Gracias por enviar tu propuesta de charla "Investigación de audiencias sin presupuesto" a ProductConf MX 2027.

Este año recibimos 412 propuestas para 36 espacios. Lamentablemente, tu charla no ha sido seleccionada para el programa. La decisión fue difícil y no refleja la calidad de tu trabajo.

Como agradecimiento te ofrecemos un 30 % de descuento en tu boleto con el código PONENTES27.

Saludos,
Ximena Robles
Coordinación de Programa, ProductConf MX""",
        "notes": "rejected conference talk",
    },
    {
        "slug": "es-owner-envia-rechazo-candidata", "label": "other", "cat": "owner-sent",
        "style": "personal", "variant": "es-ES",
        "frm": OWNER, "to": "Paula Herrera <paula.herrera.m@correo.example>",
        "id_domain": "example.org",
        "subject": "Tu candidatura a Analista de Audiencias - Calder Street Media",
        "text": """Hola Paula,

Gracias de nuevo por la conversación del martes y por el ejercicio que nos enviaste, se notaba que le habías dedicado tiempo.

Lamentablemente hemos decidido no seguir adelante con tu candidatura para el puesto de Analista de Audiencias. Buscamos a alguien con más experiencia en modelización estadística, y en eso otros perfiles estaban más avanzados.

Te deseo mucha suerte, y si quieres comentarios más detallados sobre el ejercicio, estaré encantado/a de dártelos.

Un saludo,
Sam Taylor
Head of Insights · Calder Street Media""",
        "notes": "Sam's own sent rejection of a candidate",
    },
    {
        "slug": "es-en-pausa-todavia-decidiendo", "label": "other", "cat": "status-update",
        "style": "personal", "variant": "es-CL",
        "frm": "Ignacio Valdés <ignacio.valdes@maquimar.example>",
        "subject": "Actualización proceso Head of Growth",
        "text": """Hola Sam,

Te escribo para que no pienses que nos olvidamos de ti. El proceso de Head of Growth está en pausa unas tres semanas porque nuestro gerente general está de viaje y él tiene que hacer la última entrevista.

Todavía no hemos tomado ninguna decisión y sigues siendo una de las dos personas finalistas. Apenas tenga fecha para la entrevista te aviso.

Gracias por la paciencia,
Ignacio Valdés
Gerente de Personas, Maquimar""",
        "notes": "process paused but explicitly still deciding; Sam still a finalist",
    },
]
