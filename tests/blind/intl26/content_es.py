"""Spanish messages (Spain, Chile, Peru): 6 rejections, 6 hard negatives."""

ES_FOOTER_BRISAMAR = [
    "Este mensaje se ha generado automáticamente desde nuestra plataforma de selección. Por favor, no respondas a este correo.",
    "Información básica sobre protección de datos: Responsable: Almacenes Brisamar, S.A. Finalidad: gestión de los procesos de selección de personal. "
    "Legitimación: consentimiento de la persona interesada. Derechos: acceso, rectificación, supresión, oposición, limitación y portabilidad, "
    "escribiendo a privacidad@brisamar.example. Más información en nuestra política de privacidad: {privacy}",
    "Almacenes Brisamar, S.A. · Calle de Serrano Anguita 41, 28004 Madrid · Inscrita en el Registro Mercantil de Madrid, Tomo 1.204, Folio 77, Hoja M-5512.",
]

ES_FOOTER_AUSTRAL = [
    "Por favor no respondas a este correo: esta casilla no es monitoreada.",
    "Banco Austral promueve la inclusión laboral de personas con discapacidad (Ley N° 21.015) y no discrimina por género, edad, origen, religión u orientación sexual.",
    "Para dejar de recibir notificaciones de empleo, actualiza tus preferencias aquí: {unsub}",
]

MESSAGES = [
    # ---------------------------------------------------------------- rejections
    {
        "slug": "brisamar-sf-otras-candidaturas", "label": "rejection", "cat": "ats-automated", "lang": "es",
        "country": "ES", "sector": "retail", "style": "ats", "vendor": "successfactors", "brand": "Almacenes Brisamar",
        "frm": "Almacenes Brisamar - Selección <no-reply@career5.successfactors.eu>",
        "subject": "Tu candidatura a Responsable de Marketing Digital (Ref. 48213)",
        "preheader": "Gracias por tu interés en Almacenes Brisamar",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hola Sam:

Queremos darte las gracias por el interés que has mostrado en formar parte de Almacenes Brisamar y por el tiempo que has dedicado a tu candidatura para el puesto de Responsable de Marketing Digital (Madrid – Oficinas Centrales).

Hemos revisado con atención tu perfil y, aunque tu trayectoria es muy interesante, en esta ocasión hemos decidido seguir adelante con otras candidaturas que se ajustan más a los requisitos del puesto.

Conservaremos tus datos durante 12 meses por si surge una vacante que encaje con tu perfil. Si prefieres que los eliminemos, puedes indicarlo en cualquier momento desde [[tu área de candidato]].

Te deseamos mucha suerte en tu búsqueda profesional.

Un saludo,
Equipo de Selección
Almacenes Brisamar""",
        "footer": ES_FOOTER_BRISAMAR,
        "exp": ("", "", "Almacenes Brisamar", "Responsable de Marketing Digital"),
        "notes": "most ordinary wording; keep data 12 months",
    },
    {
        "slug": "austral-workday-no-seleccionado", "label": "rejection", "cat": "ats-automated", "lang": "es",
        "country": "CL", "sector": "bank", "style": "ats", "vendor": "workday", "brand": "Banco Austral",
        "html_mode": "html_only",
        "frm": "Banco Austral <bancoaustral@myworkday.com>",
        "subject": "Actualización de tu postulación",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """## Actualización de tu postulación
Hola Sam,

Gracias por postular a Banco Austral. Te escribimos para contarte en qué estado quedó tu proceso:

{table}

Luego de revisar los antecedentes de todos los postulantes, el equipo ha decidido avanzar con perfiles que se ajustan de manera más cercana a lo que hoy buscamos para este cargo.

Te invitamos a seguir revisando nuestras oportunidades en [[Trabaja con nosotros]] y a mantener actualizado tu perfil de candidato.

Saludos cordiales,
Gerencia de Personas
Banco Austral""",
        "table": [("Cargo", "Analista de Marketing Senior – Banca Personas"), ("N° de requisición", "R-0033917"),
                  ("Fecha de postulación", "02-09-2026"), ("Estado", "No seleccionado")],
        "footer": ES_FOOTER_AUSTRAL,
        "exp": ("", "", "Banco Austral", "Analista de Marketing Senior – Banca Personas"),
        "notes": "Chilean voice (postulación, antecedentes); HTML-only; status table; verdict 'No seleccionado' in a cell",
    },
    {
        "slug": "computrabajo-upsur-descartado", "label": "rejection", "cat": "job-board-relay", "lang": "es",
        "country": "PE", "sector": "university", "style": "ats", "vendor": "computrabajo",
        "brand": "Computrabajo", "html_mode": "autotext",
        "frm": "Computrabajo Perú <notificaciones@pe.computrabajo.com>",
        "subject": "Novedades en tu postulación: Coordinador(a) de Comunicación Institucional",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "text": """Hola Sam,

Tienes novedades en uno de tus procesos de selección.

{table}

La Universidad Privada del Sur ha revisado tu hoja de vida y ha decidido no continuar con tu postulación para esta oferta. No te desanimes: cada semana se publican cientos de ofertas nuevas en Lima.

## Ofertas similares que te pueden interesar
- [[Analista de Marketing Educativo – Instituto Horizonte]] · Lima · S/ 4,500
- [[Ejecutivo(a) de Admisión – Colegio San Bartolomé del Mar]] · Surco
- [[Community Manager – Grupo Qhapaq]] · Miraflores · Remoto parcial

[[Ver todas mis postulaciones]]""",
        "table": [("Oferta", "Coordinador(a) de Comunicación Institucional"), ("Empresa", "Universidad Privada del Sur"),
                  ("Estado", "Descartado"), ("Actualizado", "hace 2 horas")],
        "footer": ["Recibes este correo porque te postulaste a una oferta en Computrabajo. Darte de baja: {unsub}",
                   "Computrabajo Perú S.A.C. · Av. Javier Prado Este 560, San Isidro, Lima · Política de privacidad: {privacy}"],
        "exp": ("", "", "Universidad Privada del Sur", "Coordinador(a) de Comunicación Institucional"),
        "notes": "job-board relay; bulk headers; plain part auto-generated from HTML with link list; similar-jobs block",
    },
    {
        "slug": "santroc-hospital-catalan-footer", "day": "2026-10-22", "label": "rejection", "cat": "personal-after-interview", "lang": "es",
        "country": "ES", "sector": "hospital", "style": "personal", "client_html": True,
        "frm": "Montserrat Vidal Roca <montserrat.vidal@hsantroc.example>",
        "subject": "Proceso de selección Técnico/a de Comunicación Interna",
        "text": """Buenos días, Sam:

Te escribo en relación con el proceso de selección para la plaza de Técnico/a de Comunicación Interna de la Dirección de Personas, en el que participaste con la entrevista del pasado 14 de octubre con la Dra. Puig y conmigo.

En primer lugar, quiero agradecerte la disponibilidad y la preparación con la que viniste. La propuesta que presentaste para el boletín del personal de enfermería gustó mucho, y así nos lo hizo saber también la supervisora del área.

Una vez finalizadas todas las entrevistas, el comité ha valorado especialmente la experiencia previa en entornos sanitarios y el conocimiento de catalán de nivel C1, que es requisito de la plaza, y finalmente nos hemos decantado por otra persona candidata que reunía ambos aspectos. Sé que no es la noticia que esperabas.

Como sabes, el hospital convoca plazas de comunicación y de atención al paciente varias veces al año. Si te parece bien, conservaremos tu currículum para futuras convocatorias; si prefieres que lo eliminemos, basta con que me lo digas respondiendo a este correo.

Te deseo mucha suerte y te agradezco de nuevo el interés.

Un cordial saludo,

Montserrat Vidal Roca
Tècnica de Selecció | Direcció de Persones
Hospital Universitari Sant Roc
Tel. 93 555 41 27 · Ext. 4127

AVÍS DE CONFIDENCIALITAT: Aquest missatge i els seus annexos s'adrecen exclusivament a la persona destinatària i poden contenir informació confidencial. Si no en sou el destinatari, us preguem que ens ho comuniqueu i que l'elimineu.
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que nos lo comunique y lo elimine.
Abans d'imprimir aquest correu, penseu en el medi ambient.""",
        "exp": ("montserrat.vidal@hsantroc.example", "Montserrat", "Hospital Universitari Sant Roc",
                "Técnico/a de Comunicación Interna"),
        "notes": "verdict in the middle of a long letter; Catalan signature and bilingual confidentiality footer; CV kept",
    },
    {
        "slug": "cumbre-agencia-aromos-jugaron", "label": "rejection", "cat": "agency-recruiter", "lang": "es",
        "country": "CL", "sector": "agency", "style": "personal",
        "frm": "Javiera Soto <javiera.soto@cumbretalento.example>",
        "subject": "Feedback Los Aromos",
        "text": """Hola Sam, ¿cómo estás?

Te cuento que ayer tuve el feedback de Supermercados Los Aromos y lamentablemente no vas a seguir en el proceso para Jefe/a de Marketing y Fidelización. Quedaron muy bien con tu entrevista, pero se la jugaron por alguien que viene del retail y que ya manejó un programa de puntos grande.

Igual te quiero seguir considerando para otras búsquedas, estamos con harto movimiento en consumo masivo para fin de año. ¿Te tinca que hablemos la próxima semana?

Un abrazo,
Javiera

--
Javiera Soto M.
Consultora Senior | Cumbre Talento
+56 9 5555 8812
www.cumbretalento.example""",
        "exp": ("javiera.soto@cumbretalento.example", "Javiera", "Supermercados Los Aromos", "Jefe/a de Marketing y Fidelización"),
        "notes": "Chilean colloquial (se la jugaron, harto, te tinca); agency relays client's no; offers other searches",
    },
    {
        "slug": "consorcio-costatropical-suspendido", "label": "rejection", "cat": "role-cancelled", "lang": "es",
        "country": "ES", "sector": "public-administration", "style": "personal", "parent": True, "day": "2026-11-12",
        "frm": "Rafael Medina Ortega <rmedina@costatropical-consorcio.example>",
        "subject": "RE: Consulta sobre el proceso Técnico/a de Promoción y Marketing Turístico",
        "text": """Estimado/a Sam Taylor:

En respuesta a su correo, le informo de que el procedimiento de selección para la contratación temporal de un/a Técnico/a de Promoción y Marketing Turístico (Expte. RRHH/2026/114) ha quedado suspendido por resolución de la Gerencia de fecha 3 de noviembre, al no haberse aprobado la modificación presupuestaria que daba cobertura al puesto.

No está prevista por el momento su reanudación. En caso de que se convoque de nuevo, se publicará en el tablón de anuncios y en la sede electrónica del Consorcio, y las personas interesadas deberán presentar una nueva solicitud.

Lamento las molestias que esto pueda ocasionarle y le agradezco el interés mostrado.

Atentamente,

Rafael Medina Ortega
Jefe de Servicio de Recursos Humanos
Consorcio Turístico de la Costa Tropical
Tel. 958 55 02 19

-----Mensaje original-----
De: Sam Taylor <sam.taylor@example.org>
Enviado el: martes, 10 de noviembre de 2026 9:12
Para: rrhh@costatropical-consorcio.example
Asunto: Consulta sobre el proceso Técnico/a de Promoción y Marketing Turístico

Buenos días:

Presenté mi solicitud para el puesto de Técnico/a de Promoción y Marketing Turístico a principios de septiembre y no he vuelto a tener noticias. ¿Podrían indicarme en qué fase se encuentra el proceso?

Muchas gracias y un saludo,
Sam Taylor""",
        "exp": ("rmedina@costatropical-consorcio.example", "Rafael", "Consorcio Turístico de la Costa Tropical",
                "Técnico/a de Promoción y Marketing Turístico"),
        "notes": "public administration; procedure suspended indefinitely (no budget), reapply if reopened; Outlook quote of the owner's question; formal usted",
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "slug": "brisamar-sf-acuse-30-dias", "label": "other", "cat": "ack-received", "lang": "es",
        "country": "ES", "sector": "retail", "style": "ats", "vendor": "successfactors", "brand": "Almacenes Brisamar",
        "frm": "Almacenes Brisamar - Selección <no-reply@career5.successfactors.eu>",
        "subject": "Hemos recibido tu candidatura – Especialista en CRM y Fidelización (Ref. 48577)",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hola Sam:

¡Gracias por tu interés en Almacenes Brisamar! Hemos recibido correctamente tu candidatura para el puesto de Especialista en CRM y Fidelización (Ref. 48577).

Nuestro equipo de Selección revisará tu perfil en las próximas semanas. Debido al elevado número de candidaturas que recibimos, no siempre podemos responder de forma individual a cada persona: si transcurridos 30 días no has tenido noticias nuestras, puedes considerar que tu candidatura no ha sido seleccionada en esta ocasión.

Mientras tanto, puedes consultar el estado de tu candidatura en [[tu área de candidato]].

Un saludo,
Equipo de Selección
Almacenes Brisamar""",
        "footer": ES_FOOTER_BRISAMAR,
        "notes": "acknowledgement hedging 'si transcurridos 30 días ... no ha sido seleccionada'; same sender and chrome as a rejection",
    },
    {
        "slug": "austral-workday-evaluacion-online", "label": "other", "cat": "assessment", "lang": "es",
        "country": "CL", "sector": "bank", "style": "ats", "vendor": "workday", "brand": "Banco Austral",
        "frm": "Banco Austral <bancoaustral@myworkday.com>",
        "subject": "Siguiente etapa: evaluación online – Ejecutivo/a de Marketing Digital Pyme",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """## ¡Avanzaste a la siguiente etapa!
Hola Sam,

Gracias por postular a Banco Austral. Tu postulación fue revisada y queremos invitarte a la siguiente etapa del proceso:

{table}

La evaluación toma aproximadamente 35 minutos y debe realizarse desde un computador. Te recomendamos hacerla en un lugar tranquilo.

Importante: el enlace estará disponible durante 72 horas. Si no completas la evaluación dentro del plazo, no podremos continuar con tu postulación y esta quedará cerrada automáticamente.

Saludos cordiales,
Gerencia de Personas
Banco Austral""",
        "table": [("Cargo", "Ejecutivo/a de Marketing Digital Pyme"), ("N° de requisición", "R-0034102"),
                  ("Estado", "En proceso – Evaluación online"), ("Plazo", "72 horas desde la recepción de este correo")],
        "button": "Comenzar evaluación",
        "footer": ES_FOOTER_AUSTRAL,
        "notes": "assessment invitation from the same Workday tenant as a rejection; 'no podremos continuar ... quedará cerrada' as a condition",
    },
    {
        "slug": "congreso-andino-ponencia-no-aceptada", "label": "other", "cat": "non-job-rejection", "lang": "es",
        "country": "PE", "sector": "university", "style": "ats", "vendor": "plain",
        "brand": "Congreso Andino de Comunicación Estratégica", "html_mode": "autotext",
        "frm": "Comité Académico CACE 2027 <comite@congresoandino-cace.example>",
        "subject": "CACE 2027 – Resultado de la evaluación de su propuesta #0412",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Estimado/a Sam Taylor:

Le agradecemos haber enviado su propuesta de ponencia «Medir la atención, no los clics: métricas de audiencia para medios digitales» al Congreso Andino de Comunicación Estratégica 2027, organizado por la Facultad de Comunicaciones de la Universidad Privada del Sur.

Este año recibimos 286 propuestas para 40 espacios. Lamentamos informarle que, tras la evaluación por pares, su propuesta no ha sido aceptada para el programa.

{table}

Los comentarios de los evaluadores están disponibles en [[la plataforma de envíos]]. Le invitamos a participar como asistente con la tarifa preferencial de ponentes hasta el 15 de enero.

Atentamente,
Comité Académico
Congreso Andino de Comunicación Estratégica 2027
Lima, Perú""",
        "table": [("Propuesta", "#0412"), ("Eje temático", "Medios y audiencias"), ("Decisión", "No aceptada"),
                  ("Puntaje promedio", "2,9 / 5")],
        "footer": ["Este correo ha sido enviado automáticamente por el sistema de gestión del congreso. No responda a este mensaje; para consultas escriba a comite@congresoandino-cace.example."],
        "notes": "conference talk proposal declined; organised by the same university that turned down a job application in this set; autotext plain part",
    },
    {
        "slug": "faro-respuesta-otro-candidato-no", "label": "other", "cat": "answer-to-owner-question", "lang": "es",
        "country": "ES", "sector": "publishing", "style": "personal", "parent": True, "day": "2026-10-26",
        "frm": "Nuria Castells <nuria.castells@grupofaro.example>",
        "subject": "Re: Proceso Product Marketing Manager – ¿novedades?",
        "text": """¡Hola Sam!

No, no, para nada, perdona el silencio. Seguimos contigo en el proceso: la semana pasada fue la Feria de Frankfurt y se nos fue todo de las manos.

Queremos que conozcas a Elena Ruiz, nuestra directora de Marketing, en lo que sería la última entrevista. ¿Te vendría bien el jueves 29 a las 10:30 o el viernes 30 a las 12:00? Es presencial, en nuestras oficinas de la calle Orfila, y dura una hora más o menos.

Un abrazo y de nuevo perdona,
Nuria

Nuria Castells
People & Talent · Grupo Editorial Faro
+34 91 555 73 40

El vie, 23 oct 2026 a las 17:48, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Nuria:
>
> Te escribo para saber cómo va el proceso de Product Marketing Manager.
> Hace ya tres semanas de la segunda entrevista y no sé si habéis decidido
> seguir con otra persona; si es así, lo entiendo perfectamente, solo me
> gustaría saberlo.
>
> Gracias de antemano,
> Sam""",
        "notes": "answer to the owner's 'have you gone with someone else?': final interview invitation; 'para nada' opens",
    },
    {
        "slug": "calder-madrid-descartes-enviados", "label": "other", "cat": "owner-hiring", "lang": "es",
        "country": "ES", "sector": "media", "style": "personal",
        "frm": "Lucía Ferrer <lucia.ferrer@example.org>",
        "subject": "Analista de Audiencias – descartes enviados",
        "text": """Hola Sam,

Te confirmo que esta mañana he enviado desde Teamtailor el correo de "no seleccionado" a los 14 candidatos que descartamos en la criba del martes. He usado la plantilla nueva, la que no habla de "perfiles que se ajustan más".

A Pablo Giner, el que hizo la prueba de SQL, le he llamado personalmente porque quedó segundo. Le he dicho que no seguimos con él pero que nos gustaría tenerle en cuenta para la vacante de Barcelona en primavera; se lo ha tomado muy bien.

Quedan Irene y Tomás para la final del jueves. ¿Les mandas tú la convocatoria o lo hago yo?

Besos,
Lucía

Lucía Ferrer
Talent Partner · Calder Street Media (Madrid)""",
        "notes": "colleague at the owner's company reports rejections Sam's team sent to candidates",
    },
    {
        "slug": "amiga-reenvia-huaylas", "day": "2026-11-10", "label": "other", "cat": "forwarded", "lang": "es",
        "country": "PE", "sector": "retail", "style": "personal",
        "frm": "Carla Benavides <carla.benavides@correo.example>",
        "subject": "Fwd: Resultado de tu postulación – Jefa de Trade Marketing",
        "text": """Sam!! mira lo que me llegó hoy. Otra vez "otros candidatos" :(
Tú que siempre respondes a estos correos, ¿qué les pondrías? No quiero sonar resentida jaja

Besos, C.

---------- Forwarded message ---------
De: Tiendas Huaylas - Talento Humano <talento@tiendashuaylas.example>
Date: lun, 9 nov 2026 a las 16:05
Subject: Resultado de tu postulación – Jefa de Trade Marketing
To: <carla.benavides@correo.example>

Estimada Carla:

Gracias por tu interés en formar parte de Tiendas Huaylas y por participar en nuestro proceso de selección para el puesto de Jefa de Trade Marketing.

Luego de evaluar cuidadosamente todas las postulaciones, lamentamos comunicarte que hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a las necesidades actuales del puesto.

Tendremos en cuenta tu CV para futuras convocatorias.

Atentamente,
Área de Talento Humano
Tiendas Huaylas""",
        "notes": "a friend's rejection forwarded to the owner for advice",
    },
]
