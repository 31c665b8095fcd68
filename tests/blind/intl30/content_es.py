"""Spanish messages (Spain, Argentina, Colombia, Chile): 8 rejections, 8 hard negatives."""
MESSAGES = [
# ---------------- rejections, ATS ----------------
{"slug": "es-infojobs-descartada", "label": "rejection", "cat": "ats-automated", "lang": "es", "country": "ES",
 "style": "ats", "vendor": "infojobs", "brand": "Grupo Albaterra", "h2t": True,
 "frm": "InfoJobs <noreply@push.infojobs.net>", "subject": "Tu inscripción en la oferta Product Marketing Manager ha cambiado de estado",
 "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
 "text": """Hola Sam,

La empresa Grupo Albaterra ha actualizado el estado de tu inscripción:

{table}

Esto significa que, en esta ocasión, la empresa ha decidido no continuar con tu candidatura en este proceso de selección. No te desanimes: hay miles de ofertas nuevas cada día.

[[Ver ofertas similares]]

Consejo InfoJobs: mantén tu CV actualizado y activa las alertas para ser de los primeros en inscribirte.""",
 "table": [("Oferta", "Product Marketing Manager"), ("Empresa", "Grupo Albaterra"), ("Ubicación", "Madrid (híbrido)"), ("Estado", "Descartado")],
 "exp": ("", "", "Grupo Albaterra", "Product Marketing Manager"), "notes": "infojobs status change; verdict is the status 'Descartado'; html2text plain"},

{"slug": "es-computrabajo-no-continuar", "label": "rejection", "cat": "ats-automated", "lang": "es", "country": "CO",
 "style": "ats", "vendor": "computrabajo", "brand": "Fintrópolis S.A.S.",
 "frm": "Computrabajo Colombia <notificaciones@computrabajo.com.co>", "subject": "Fintrópolis S.A.S. respondió a tu postulación",
 "headers": {"List-Unsubscribe": "<{unsub}>"},
 "text": """¡Hola Sam!

Fintrópolis S.A.S. revisó tu hoja de vida para la vacante Coordinador de Marketing Digital en Bogotá, D.C.

Te informamos que la empresa decidió no continuar con tu proceso para esta vacante. Agradecen el tiempo que dedicaste a postularte.

Recuerda que puedes seguir aplicando a otras ofertas. ¡Mucho éxito!

[[Ver más empleos de Marketing en Bogotá]]""",
 "exp": ("", "", "Fintrópolis S.A.S.", "Coordinador de Marketing Digital"), "notes": "job-board relay; bulk headers"},

{"slug": "es-workday-ar-brand-manager", "label": "rejection", "cat": "ats-automated", "lang": "es", "country": "AR",
 "style": "ats", "vendor": "workday", "brand": "Andina Consumer Goods", "h2t": True,
 "frm": "Andina Consumer Goods <andinacg@myworkday.com>", "subject": "Actualización sobre tu postulación - R-0048213 Brand Manager Sr.",
 "text": """Hola Sam,

Gracias por tu interés en Andina Consumer Goods y por postularte a la posición Brand Manager Sr. (R-0048213) en Buenos Aires. Sabemos que preparar una postulación lleva tiempo y valoramos mucho que hayas pensado en nosotros.

Recibimos una gran cantidad de postulaciones para esta búsqueda, muchas de ellas con perfiles muy sólidos. Luego de analizar cuidadosamente tu perfil, decidimos avanzar con otros candidatos cuya experiencia se ajusta más a los requisitos de la posición en este momento.

Tu perfil permanecerá en nuestra base de datos y te invitamos a seguir de cerca nuestras oportunidades en nuestro [[sitio de carreras]]. Si tenés alguna consulta, podés escribirnos a talento.ar@andinacg.example.

Saludos cordiales,
Equipo de Talent Acquisition
Andina Consumer Goods""",
 "about": "Andina Consumer Goods is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
 "exp": ("talento.ar@andinacg.example", "", "Andina Consumer Goods", "Brand Manager Sr."), "notes": "Spanish (voseo) letter with English EEO and Workday footer; verdict in the middle; body address"},

{"slug": "es-teamtailor-startup-tu", "label": "rejection", "cat": "keep-on-file", "lang": "es", "country": "ES",
 "style": "ats", "vendor": "teamtailor", "brand": "Pidolo",
 "frm": "Lucía de Pidolo <no-reply@teamtailor.com>", "reply_to": "Lucía Ferrer <lucia.ferrer@pidolo.example>",
 "subject": "Tu candidatura en Pidolo 🍋",
 "text": """¡Hola Sam!

Primero de todo, mil gracias por tu tiempo y por las ganas que le pusiste a la prueba de Growth que nos mandaste. Se nota el curro.

Te escribo para contarte que, después de darle muchas vueltas, no vamos a seguir adelante con tu candidatura para Growth Lead. Buscamos a alguien con más recorrido en marketplaces B2C y creemos que otro perfil encaja mejor ahora mismo.

Nos encantaría guardar tu CV para futuras posiciones. ¿Nos das permiso? Solo tienes que pulsar el botón de abajo (si no haces nada, borraremos tus datos en 30 días).

Un abrazo y ¡mucha suerte!
Lucía
People & Culture · Pidolo""",
 "button": "Sí, guardad mi CV",
 "exp": ("lucia.ferrer@pidolo.example", "Lucía", "Pidolo", "Growth Lead"), "notes": "start-up, tú; consent to keep CV; emoji subject; Reply-To recruiter"},

# ---------------- rejections, personal ----------------
{"slug": "es-cl-consultora-cliente-otro", "label": "rejection", "cat": "agency-recruiter", "lang": "es", "country": "CL",
 "style": "personal", "frm": "Francisca Undurraga <fundurraga@talentia-chile.example>",
 "subject": "RE: Proceso Jefe de Marketing - Cervecera del Pacífico", "parent": True, "parent_domain": "example.org",
 "text": """Hola Sam, ¿cómo estás?

Te quería agradecer nuevamente por tu disposición durante todo el proceso, sé que fueron varias entrevistas y además la presentación con el gerente comercial, que por lo que me comentaron estuvo muy bien armada.

Ayer tuvimos la reunión de cierre con Cervecera del Pacífico y, lamentablemente, finalmente se inclinaron por otro candidato para el cargo de Jefe de Marketing, principalmente porque tenía experiencia previa en consumo masivo en Chile y eso para ellos pesó bastante. No tiene que ver con tus capacidades, que destacaron harto.

Quedo atenta a cualquier cosa y obviamente te voy a considerar para otros procesos que tengamos, tenemos varios en el área comercial durante el primer semestre.

Un abrazo,

Francisca Undurraga
Consultora Senior | Talentia Chile
+56 9 5555 0142

-----Mensaje original-----
De: Sam Taylor <sam.taylor@example.org>
Enviado el: lunes
Para: Francisca Undurraga
Asunto: Proceso Jefe de Marketing - Cervecera del Pacífico

Hola Francisca, ¿hay novedades del proceso? Quedo atento. Saludos, Sam""",
 "exp": ("fundurraga@talentia-chile.example", "Francisca", "Cervecera del Pacífico", "Jefe de Marketing"), "notes": "agency relays client's choice; Chilean 'harto'; verdict in middle; Outlook quote"},

{"slug": "es-es-cubierta-internamente-corto", "label": "rejection", "cat": "internal-candidate", "lang": "es", "country": "ES",
 "style": "personal", "frm": "Marta Ibarrola <marta.ibarrola@mareaalta.example>",
 "subject": "Re: Responsable de Growth - seguimiento", "parent": True, "client_html": True,
 "text": """Hola Sam,

perdona que no te haya escrito antes. Al final la posición la hemos cubierto internamente, con una persona del equipo de contenidos. Gracias de verdad por tu interés en Ediciones Marea Alta.

Un saludo,
Marta

El mar, 14 oct 2026 a las 9:12, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Marta:
>
> Te escribo para saber si hay alguna novedad sobre el puesto de Responsable de Growth. Sigo muy interesado.
>
> Un saludo,
> Sam""",
 "exp": ("marta.ibarrola@mareaalta.example", "Marta", "Ediciones Marea Alta", "Responsable de Growth"), "notes": "short reply above Gmail quote; filled internally"},

{"slug": "es-ar-busqueda-congelada", "label": "rejection", "cat": "role-cancelled", "lang": "es", "country": "AR",
 "style": "personal", "frm": "Germán Bustos <gbustos@pampadigital.example>",
 "subject": "Búsqueda Head of Product Marketing",
 "text": """Sam, buenas tardes.

Te escribo para contarte una novedad que no es la que esperábamos. Desde la casa matriz decidieron congelar todas las incorporaciones de la región hasta nuevo aviso, y eso incluye la búsqueda de Head of Product Marketing para la que estabas en la terna final.

Por lo tanto damos de baja el proceso. No sé si se reactivará el año que viene, y no quiero tenerte esperando algo que no depende de nosotros.

Me quedé con muy buena impresión de la charla del jueves. Si la búsqueda se reabre, sos la primera persona a la que voy a llamar.

Abrazo,
Germán Bustos
Director de Marketing | Pampa Digital
Tel. +54 11 5555-0199""",
 "exp": ("gbustos@pampadigital.example", "Germán", "Pampa Digital", "Head of Product Marketing"), "notes": "hiring freeze; finalist; voseo"},

{"slug": "es-co-reenvio-gerente", "label": "rejection", "cat": "forwarded-about-owner", "lang": "es", "country": "CO",
 "style": "personal", "frm": "Valentina Ríos <valentina.rios@cafeteracolina.example>",
 "subject": "RV: Feedback entrevista Sam Taylor - Product Owner", "client_html": True,
 "text": """Hola Sam, buenos días.

Te reenvío el comentario que me dejó Andrés después de la entrevista técnica, para que lo tengas de primera mano. Lamentablemente en esta oportunidad no vamos a continuar con tu proceso. De verdad te agradecemos mucho y te deseamos éxitos.

Cordialmente,

Valentina Ríos
Analista de Selección | Cafetera La Colina
Medellín · +57 604 555 0188

________________________________
De: Andrés Quintero <andres.quintero@cafeteracolina.example>
Enviado: jueves, 22 de octubre de 2026 5:41 p. m.
Para: Valentina Ríos
Asunto: Feedback entrevista Sam Taylor - Product Owner

Vale, gracias por agendar. Sam tiene muy buen criterio de producto y comunica muy bien, pero le falta experiencia con equipos de desarrollo en sitio y con el ecosistema de pagos local. Para este rol de Product Owner prefiero seguir con Daniela, que ya conoce el negocio. No avanzamos con Sam.

Andrés""",
 "exp": ("valentina.rios@cafeteracolina.example", "Valentina", "Cafetera La Colina", "Product Owner"), "notes": "recruiter forwards hiring manager's note about Sam; Outlook forward"},

# ---------------- others, ATS ----------------
{"slug": "es-infojobs-cv-leido", "label": "other", "cat": "ack-received", "lang": "es", "country": "ES",
 "style": "ats", "vendor": "infojobs", "brand": "Logística Ebro", "h2t": True,
 "frm": "InfoJobs <noreply@push.infojobs.net>", "subject": "Logística Ebro ha leído tu CV",
 "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
 "text": """Hola Sam,

¡Buenas noticias! Logística Ebro ha leído tu CV para la oferta Responsable de Marketing y Comunicación.

{table}

La empresa seguirá valorando las candidaturas en los próximos días. Si tu perfil no continúa en el proceso, el estado cambiará a "Descartado" y te lo notificaremos por email. Mientras tanto, no es necesario que hagas nada.

[[Ver el estado de tus candidaturas]]""",
 "table": [("Oferta", "Responsable de Marketing y Comunicación"), ("Estado", "CV leído"), ("Inscritos", "312")],
 "notes": "status 'CV leído'; hedge mentions 'Descartado'"},

{"slug": "es-computrabajo-prueba-psicotecnica", "label": "other", "cat": "assessment-invite", "lang": "es", "country": "CL",
 "style": "ats", "vendor": "computrabajo", "brand": "Retail Austral SpA",
 "frm": "Computrabajo Chile <notificaciones@computrabajo.cl>", "subject": "Retail Austral SpA te invita a completar una evaluación",
 "text": """Hola Sam,

Retail Austral SpA avanzó tu postulación al cargo Analista de Marketing CRM y te invita a completar una evaluación en línea antes de continuar con el proceso.

- Prueba: Test de personalidad y razonamiento
- Duración aproximada: 35 minutos
- Plazo: 5 días

Si no completas la evaluación dentro del plazo, tu postulación no podrá seguir avanzando.

[[Comenzar evaluación]]""",
 "notes": "test invitation with a conditional 'no podrá seguir avanzando'"},

{"slug": "es-workday-traslado-requisicion", "label": "other", "cat": "requisition-transfer", "lang": "es", "country": "ES",
 "style": "ats", "vendor": "workday", "brand": "Iberiana Seguros", "html_only": True,
 "frm": "Iberiana Seguros <iberiana@myworkday.com>", "subject": "Cambio en tu candidatura: JR-22187 cerrada",
 "text": """Hola Sam:

Te escribimos para informarte de que la vacante JR-22187 Digital Marketing Manager ha sido cerrada, ya que hemos unificado dos posiciones similares en una única vacante.

Tu candidatura no se ha descartado: la hemos trasladado automáticamente a la nueva vacante JR-22410 Digital & Brand Marketing Manager, en la que seguirá su curso. No tienes que volver a inscribirte.

Puedes consultar el estado en tu [[portal del candidato]].

Atentamente,
Talent Acquisition · Iberiana Seguros""",
 "footer": ["Por favor, no respondas a este correo.", "Política de privacidad: {privacy}", "Powered by Workday"],
 "notes": "HTML-only; requisition closed but application moved"},

{"slug": "es-banco-prestamo-denegado", "label": "other", "cat": "non-job-rejection", "lang": "es", "country": "ES",
 "style": "ats", "vendor": "generic", "brand": "Banco Meseta",
 "frm": "Banco Meseta <avisos@bancomeseta.example>", "subject": "Resolución de tu solicitud de préstamo personal",
 "text": """Hola Sam Taylor,

Hemos estudiado tu solicitud de Préstamo Personal Online por importe de 12.000 € con referencia PP-7731902.

Lamentamos comunicarte que, tras analizar la información aportada y de acuerdo con nuestros criterios de riesgo, en esta ocasión no podemos aprobar tu solicitud. Esta decisión no impide que puedas volver a solicitarlo más adelante.

Si quieres conocer los motivos o ejercer tus derechos de acceso, rectificación o supresión, puedes hacerlo desde [[tu área de cliente]].

Atentamente,
Banco Meseta""",
 "notes": "loan declined; same verbs as a rejection"},

# ---------------- others, personal ----------------
{"slug": "es-ar-inmobiliaria-alquiler", "label": "other", "cat": "non-job-rejection", "lang": "es", "country": "AR",
 "style": "personal", "frm": "Carolina Méndez <cmendez@propiedadespalermo.example>",
 "subject": "Re: Depto 2 amb. Thames 1800 - solicitud", "parent": True,
 "text": """Hola Sam, ¿qué tal?

Te cuento que los propietarios evaluaron las tres solicitudes que recibimos para el departamento de Thames y finalmente eligieron a otro postulante, que tenía garantía propietaria en CABA. Lamento que no haya salido esta vez.

Tengo un par de unidades parecidas en Villa Crespo que entran la semana que viene, si querés te las paso.

Saludos,
Carolina
Propiedades Palermo · Matrícula CUCICBA 0000
11 5555-0123""",
 "notes": "rental application turned down; 'postulante'"},

{"slug": "es-owner-hiring-descartes", "label": "other", "cat": "owner-hiring", "lang": "es", "country": "ES",
 "style": "personal", "frm": "Irene Soler <irene.soler@example.org>",
 "subject": "Descartes proceso Content Strategist Madrid",
 "text": """Hola Sam,

Ya he enviado desde el ATS el correo de descarte a los 14 candidatos que no pasaron el primer filtro de la vacante de Content Strategist. He usado la plantilla de siempre ("lamentamos comunicarte que no continuarás en el proceso...").

A los dos finalistas que rechazaste ayer les escribo yo mañana por teléfono, que me parece más correcto después de tres entrevistas.

¿Te parece bien si cerramos la vacante el viernes?

Irene
People Partner · Calder Street Media Madrid""",
 "notes": "Sam is the hiring manager; colleague quotes rejection template"},

{"slug": "es-co-respuesta-pregunta-final", "label": "other", "cat": "answer-to-owner-question", "lang": "es", "country": "CO",
 "style": "personal", "frm": "Juliana Pardo <juliana.pardo@rappimercado.example>",
 "subject": "Re: Estado del proceso - Growth Manager", "parent": True, "client_html": True,
 "text": """¡Hola Sam!

No, para nada, no hemos seguido con otra persona 🙂 Perdón por la demora, el gerente estuvo de viaje.

Justamente te iba a escribir: queremos invitarte a la entrevista final con Camilo (VP de Growth) el martes 10 a las 10:00 a.m. hora Colombia por Meet. ¿Te sirve?

Un saludo,
Juliana

El vie, 30 oct 2026 a la(s) 8:03 a.m., Sam Taylor <sam.taylor@example.org> escribió:
> Hola Juliana, quería preguntarte si ya han decidido seguir con otro candidato para la posición de Growth Manager, para organizarme. ¡Gracias!
> Sam""",
 "notes": "Sam asked 'have you gone with another candidate?'; answer is a final interview"},

{"slug": "es-cl-beca-no-seleccionada", "label": "other", "cat": "non-job-rejection", "lang": "es", "country": "CL",
 "style": "personal", "frm": "Programa Becas Andes <becas@fundacionandes.example>",
 "subject": "Resultados Beca de Especialización en Comunicación Digital 2027",
 "text": """Estimado/a Sam Taylor:

Junto con saludar, le informamos que el Comité de Selección de la Beca de Especialización en Comunicación Digital 2027 ha concluido la evaluación de las 214 postulaciones recibidas.

Lamentamos informarle que su postulación no ha sido seleccionada en esta convocatoria. El puntaje obtenido fue de 71/100, siendo 78 el puntaje de corte.

Le agradecemos su interés y le invitamos a postular nuevamente en la convocatoria 2028.

Atentamente,
Coordinación Programa Becas Andes
Fundación Andes""",
 "notes": "scholarship application not selected"},
]
