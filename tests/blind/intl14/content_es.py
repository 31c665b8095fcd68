"""Spanish messages (Spain, Mexico, Argentina, Colombia, Chile): 8 rejections, 8 hard negatives."""

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    {
        "slug": "es-workday-almadraba-pmm", "lang": "es", "region": "ES", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "workday", "brand": "Almadraba Seguros", "plain": "h2t",
        "exp": ("", "", "Almadraba Seguros", "Product Marketing Manager"),
        "notes": "workday; ordinary wording; plain part generated from HTML; no reply address",
        "frm": "Almadraba Seguros <almadraba@myworkday.com>",
        "subject": "Actualización sobre tu candidatura - Product Marketing Manager (R-04417)",
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        "preheader": "Información sobre tu proceso de selección en Almadraba Seguros",
        "text": """Hola Sam:

Gracias por tu interés en Almadraba Seguros y por el tiempo que has dedicado a presentar tu candidatura al puesto de Product Marketing Manager (R-04417).

Tras revisar detenidamente tu perfil, lamentamos comunicarte que en esta ocasión hemos decidido continuar el proceso con otras personas candidatas cuya experiencia se ajusta más a los requisitos de la posición.

Sabemos que no es la noticia que esperabas. Te animamos a seguir consultando nuestro [[portal de empleo]], donde publicamos nuevas oportunidades cada semana, y a crear una alerta para recibirlas directamente en tu correo.

Te deseamos mucho éxito en tu búsqueda profesional.

Un saludo,
Equipo de Talent Acquisition
Almadraba Seguros""",
        "about": "En Almadraba Seguros promovemos la igualdad de oportunidades y la diversidad. Todas las candidaturas se valoran sin distinción de género, edad, origen, discapacidad u orientación sexual.",
    },
    {
        "slug": "es-infojobs-descartada-viveros", "day": "2026-10-01", "lang": "es", "region": "ES", "style": "ats", "label": "rejection",
        "cat": "job-board-relay", "vendor": "infojobs", "brand": "InfoJobs", "plain": "clean",
        "exp": ("", "", "Viveros Calanda", "Responsable de Marketing Digital"),
        "notes": "infojobs status change 'Descartado' with recommended jobs below; bulk headers",
        "frm": "InfoJobs <noreply@push.infojobs.net>",
        "subject": "Sam, hay novedades en tu candidatura a «Responsable de Marketing Digital»",
        "headers": {"List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                    "Precedence": "bulk", "X-Campaign": "candidate-status-{slug}"},
        "preheader": "Viveros Calanda ha actualizado el estado de tu candidatura",
        "text": """# Tu candidatura ha sido descartada

Hola Sam,

Viveros Calanda ha revisado tu candidatura a la oferta «Responsable de Marketing Digital» (Zaragoza) y ha decidido no continuar contigo en este proceso de selección.

{table}

No te desanimes: cada proceso es diferente y tu próxima oportunidad puede estar a un clic. Estas ofertas encajan con tu perfil:

{jobs}

{button}""",
        "table": [("Oferta", "Responsable de Marketing Digital"), ("Empresa", "Viveros Calanda"),
                  ("Estado", "Descartado"), ("Fecha de inscripción", "14/09/2026")],
        "jobs": [("Product Marketing Specialist", "Grupo Ebro Digital", "Zaragoza (Híbrido)", "Publicada hace 2 días · 29 inscritos"),
                 ("Marketing Manager e-commerce", "Calzados Moncayo", "Zaragoza", "Publicada hace 5 días · Salario 38.000-42.000 €"),
                 ("Digital Marketing Lead", "Alhambra Logística", "Remoto (España)", "Nueva · Jornada completa")],
        "button": "Ver todas mis candidaturas",
    },
    {
        "slug": "es-greenhouse-nopalito-bilingue", "lang": "es", "region": "MX", "style": "ats", "label": "rejection",
        "cat": "keep-on-file", "vendor": "greenhouse", "brand": "Nopalito Pagos", "plain": "clean",
        "exp": ("", "", "Nopalito Pagos", "Growth Marketing Lead"),
        "notes": "greenhouse; Mexican Spanish ('aplicación', 'vacante'); English version after the Spanish one; keeps data unless candidate objects",
        "frm": "Nopalito Pagos <no-reply@us.greenhouse-mail.io>",
        "subject": "Tu aplicación en Nopalito Pagos / Your application at Nopalito Pagos",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hola Sam,

¡Gracias por aplicar a la vacante de Growth Marketing Lead en Nopalito Pagos! Sabemos que buscar trabajo toma tiempo y energía, y valoramos mucho que nos hayas considerado.

Revisamos tu perfil con mucha atención. Después de una cuidadosa consideración, decidimos avanzar con otros candidatos que se alinean más con lo que el equipo necesita en este momento.

Nos gustaría conservar tu información para futuras vacantes. Si prefieres que eliminemos tus datos, llena [[este formulario]] y lo haremos en un plazo de 20 días hábiles.

¡Te deseamos mucho éxito!
Equipo de Talento | Nopalito Pagos

{hr}

Hi Sam,

Thanks for applying to the Growth Marketing Lead role at Nopalito Pagos! We know job hunting takes time and energy, and we really appreciate you considering us.

We reviewed your profile carefully. After careful consideration, we have decided to move forward with other candidates whose experience is more closely aligned with what the team needs right now.

We would like to keep your information on file for future openings. If you would rather we delete your data, fill in [[this form]].

Best of luck!
Talent Team | Nopalito Pagos""",
        "about": "Aviso de Privacidad: Nopalito Pagos, S.A.P.I. de C.V., con domicilio en la Ciudad de México, es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares. Consulte el aviso integral en nuestro sitio web.",
    },
    {
        "slug": "es-smartrecruiters-cl-postulacion", "lang": "es", "region": "CL", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "smartrecruiters", "brand": "Viña Tres Quebradas", "plain": "h2t",
        "exp": ("catalina.rojas@tresquebradas.example", "Catalina", "Viña Tres Quebradas", "Jefe/a de Producto Digital"),
        "notes": "smartrecruiters; Chilean formal ('postulación', 'cargo', 'antecedentes'); no-reply sender, analyst's address in body",
        "frm": "Viña Tres Quebradas <noreply@smartrecruiters.com>",
        "subject": "Resultado de tu postulación – Jefe/a de Producto Digital",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Estimado/a Sam Taylor:

Junto con saludar, agradecemos tu interés en formar parte de Viña Tres Quebradas y el tiempo dedicado a participar en nuestro proceso de selección para el cargo de Jefe/a de Producto Digital.

Te informamos que el proceso ha concluido y, si bien tu perfil presenta aspectos muy valiosos, en esta oportunidad no has sido seleccionado/a para continuar.

Tus antecedentes quedarán registrados en nuestra base de datos, por lo que podrías ser contactado/a para futuros procesos acordes a tu perfil.

Ante cualquier consulta, puedes escribir a Catalina Rojas, Analista de Reclutamiento y Selección, al correo catalina.rojas@tresquebradas.example.

Saludos cordiales,
Gerencia de Personas
Viña Tres Quebradas""",
        "about": "Viña Tres Quebradas es una empresa comprometida con la inclusión laboral (Ley N° 21.015). Si requieres algún ajuste para participar en nuestros procesos, indícalo en tu postulación.",
    },
    # ------------------------------------------------------------------ rejections, personal
    {
        "slug": "es-personal-quimeral-brand-manager", "lang": "es", "region": "ES", "style": "personal", "label": "rejection",
        "cat": "personal-after-interview", "client_html": "outlook", "day": "2026-10-16",
        "exp": ("marta.ibarra@laboratoriosquimeral.example", "Marta", "Laboratorios Quimeral", "Brand Manager"),
        "notes": "recruiter after final interview; reply above Sam's thank-you (Outlook header block, no '>'); legal disclaimer footer",
        "frm": "Marta Ibarra Soler <marta.ibarra@laboratoriosquimeral.example>",
        "subject": "RE: Gracias por la entrevista - Brand Manager", "parent": True,
        "text": """Hola Sam,

Gracias a ti por tu tiempo y por el interés que has mostrado durante todo el proceso; fue un placer conocerte, tanto para mí como para Javier.

Te escribo para contarte que finalmente nos hemos decantado por otro perfil, con más recorrido en el sector farmacéutico, que era algo que el equipo valoraba especialmente para esta posición. No ha sido una decisión fácil, porque tu candidatura ha llegado hasta el final.

Si te parece bien, me gustaría guardar tu CV para futuras posiciones en el área de marketing; en ese caso te avisaría yo directamente.

Un abrazo y mucha suerte,

Marta Ibarra Soler
Talent Acquisition Specialist
Laboratorios Quimeral
Tel. +34 91 555 01 47 | Móvil +34 600 55 01 47

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente y proceda a su destrucción.

De: Sam Taylor <sam.taylor@example.org>
Enviado: martes, 13 de octubre de 2026 18:02
Para: Marta Ibarra Soler <marta.ibarra@laboratoriosquimeral.example>
Asunto: Gracias por la entrevista - Brand Manager

Hola Marta:

Solo quería agradeceros a Javier y a ti la conversación de esta mañana. Me quedo con muchas ganas de saber más sobre el lanzamiento de la nueva línea OTC y sobre cómo trabajáis con las delegaciones regionales.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Sam""",
    },
    {
        "slug": "es-personal-ar-busqueda-congelada", "lang": "es", "region": "AR", "style": "personal", "label": "rejection",
        "cat": "role-cancelled", "client_html": "gmail", "day": "2026-09-29",
        "exp": ("flanus@yerbal.example", "Federico", "Yerbal Software", "Head of Content"),
        "notes": "Argentine voseo; hiring freeze stops the search, 'si en marzo se reabre' ; reply above Sam's chaser",
        "frm": "Federico Lanús <flanus@yerbal.example>",
        "subject": "Re: Búsqueda Head of Content", "parent": True,
        "text": """Hola Sam, ¿cómo estás?

Te debía este mail desde hace unos días, perdón la demora. Te cuento: a fin de mes cerramos el presupuesto del año que viene y la dirección decidió congelar todas las incorporaciones nuevas hasta marzo, incluida la búsqueda de Head of Content. O sea que, por ahora, no vamos a avanzar con ningún candidato para ese puesto.

Me da mucha bronca porque la verdad es que tu perfil era el que más nos había gustado, te lo digo sin vueltas. Si en marzo se reabre la posición, sos la primera persona a la que llamo, eso seguro.

Cualquier cosa estoy por acá. Un abrazo grande,

Fede

--
Federico Lanús
CMO | Yerbal Software
+54 9 11 5555-0192
Buenos Aires, Argentina

El jue, 24 sept 2026 a las 11:40, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Federico,
>
> ¿Cómo va todo? Quería saber si hay alguna novedad sobre la búsqueda de Head of Content; me quedé con muchas ganas de avanzar después de la charla con el equipo.
>
> Saludos,
> Sam""",
    },
    {
        "slug": "es-personal-co-agencia-cordillera", "lang": "es", "region": "CO", "style": "personal", "label": "rejection",
        "cat": "agency-recruiter",
        "exp": ("laura.perez@talentoandino.example", "Laura", "Cafés La Cordillera", "Gerente de Marca"),
        "notes": "Colombian agency consultant relays the client's no; missing accents (typos); offers other vacancies",
        "frm": "Laura Marcela Pérez <laura.perez@talentoandino.example>",
        "subject": "Proceso Gerente de Marca - Cafés La Cordillera",
        "text": """Buenas tardes Sam,

Espero que te encuentres muy bien. Te escribo para darte retroalimentacion del proceso para el cargo de Gerente de Marca con nuestro cliente Cafés La Cordillera.

Lastimosamente el cliente nos informo que decidió no continuar con tu proceso. Valoraron mucho tu experiencia internacional, pero estan buscando a alguien con una trayectoria mas larga en consumo masivo en Colombia y con manejo de equipos de trade marketing.

Quedo muy pendiente, porque tenemos otras vacantes que pueden ser de tu interes y con gusto te las comparto la otra semana.

Un saludo,

Laura Marcela Pérez
Consultora Senior de Selección
Talento Andino S.A.S.
Cel: +57 310 555 0163
www.talentoandino.example""",
    },
    {
        "slug": "es-personal-terse-caseta", "lang": "es", "region": "ES", "style": "personal", "label": "rejection",
        "cat": "terse", "day": "2026-11-03", "wrap": False,
        "exp": ("alvaro@lacasetadigital.example", "Álvaro", "La Caseta Digital", "Content Lead"),
        "notes": "two lines from a phone above Sam's chaser (Apple Mail quote); company and role only in the quote",
        "frm": "Álvaro Quintana <alvaro@lacasetadigital.example>",
        "subject": "Re: Puesto de Content Lead", "parent": True,
        "text": """Hola Sam, siento decírtelo así de rápido pero al final no seguimos adelante contigo, hemos cerrado con otra persona. Gracias de verdad por todo y suerte!

Enviado desde mi iPhone

> El 2 nov 2026, a las 9:15, Sam Taylor <sam.taylor@example.org> escribió:
>
> Hola Álvaro,
>
> Te escribo para saber si ya hay novedades sobre el puesto de Content Lead en La Caseta Digital. Me sigue interesando mucho el proyecto.
>
> Un saludo,
> Sam""",
    },
    # ------------------------------------------------------------------ hard negatives, ATS
    {
        "slug": "es-factorial-acuse-riberalta", "lang": "es", "region": "ES", "style": "ats", "label": "other",
        "cat": "ack-received", "vendor": "factorial", "brand": "Bodegas Riberalta", "plain": "h2t",
        "notes": "factorial acknowledgement; hedge 'si en 30 días no has recibido noticias, entiende que no ha sido posible continuar'",
        "frm": "Bodegas Riberalta <noreply@factorialhr.com>",
        "subject": "Hemos recibido tu candidatura – Marketing Manager",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """Hola Sam,

¡Gracias por tu interés en formar parte de Bodegas Riberalta! Hemos recibido correctamente tu candidatura para la posición de Marketing Manager.

Nuestro equipo revisará todas las candidaturas durante las próximas semanas. Debido al elevado número de solicitudes que recibimos, solo podremos ponernos en contacto con las personas cuyo perfil encaje con lo que buscamos. Si en un plazo de 30 días no has recibido noticias nuestras, entiende que en esta ocasión no ha sido posible continuar con tu candidatura.

Mientras tanto, puedes conocernos un poco mejor en nuestro [[blog]] o seguirnos en [[LinkedIn]].

Un saludo,
El equipo de Personas de Bodegas Riberalta""",
    },
    {
        "slug": "es-greenhouse-mx-invitacion-entrevista", "lang": "es", "region": "MX", "style": "ats", "label": "other",
        "cat": "interview-invite", "vendor": "greenhouse", "brand": "Arrecife Viajes", "plain": "clean",
        "notes": "greenhouse scheduling invite, same chrome as a rejection; 'no todos los candidatos avanzan a esta etapa'",
        "frm": "Arrecife Viajes <no-reply@us.greenhouse-mail.io>",
        "reply_to": "Daniela Ortega <daniela.ortega@arrecifeviajes.example>",
        "subject": "Invitación a entrevista – Product Marketing Manager | Arrecife Viajes",
        "text": """Hola Sam,

¡Gracias por tu interés en Arrecife Viajes! Revisamos tu aplicación para la vacante de Product Marketing Manager y nos gustaría conocerte.

Te invitamos a una primera entrevista de 30 minutos por Google Meet con Daniela Ortega, Talent Partner. Por favor, elige el horario que mejor te acomode:

{button}

Si ninguno de los horarios te funciona, responde a este correo y buscamos una alternativa.

No todos los candidatos avanzan a esta etapa, así que ¡felicidades! Y si en algún momento decides no continuar en el proceso, te agradeceremos que nos avises.

Saludos,
Daniela Ortega
Talent Partner | Arrecife Viajes""",
        "button": "Agendar entrevista",
        "about": "Aviso de Privacidad: Arrecife Viajes, S.A. de C.V. trata sus datos personales únicamente para fines de reclutamiento y selección. Puede ejercer sus derechos ARCO escribiendo a privacidad@arrecifeviajes.example.",
    },
    {
        "slug": "es-infojobs-alerta-madrid", "lang": "es", "region": "ES", "style": "ats", "label": "other",
        "cat": "job-alert", "vendor": "infojobs", "brand": "InfoJobs", "plain": "h2t-refs",
        "notes": "infojobs job alert; tip of the week 'te han descartado en una oferta?'; lynx-style link list",
        "frm": "InfoJobs <alertas@push.infojobs.net>",
        "subject": "12 nuevas ofertas de «product marketing» en Madrid",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "preheader": "Marketing Manager, PMM, Brand Lead... y 9 ofertas más",
        "text": """Hola Sam,

Estas son las nuevas ofertas que coinciden con tu alerta «product marketing» en Madrid:

{jobs}

{button}

Consejo de la semana: ¿te han descartado en una oferta? No te lo tomes como algo personal. Revisa tu CV, actualiza tus competencias y sigue inscribiéndote: las empresas publican ofertas nuevas cada día. [[Lee el artículo completo]]""",
        "jobs": [("Product Marketing Manager", "Fintech Puerta del Sol", "Madrid (Híbrido)", "Nueva · 45.000-55.000 €"),
                 ("Senior Product Marketing Manager – SaaS", "Orbitales Software", "Madrid", "Publicada hace 1 día"),
                 ("Brand & Product Marketing Lead", "Helados Chamberí", "Madrid", "Publicada hace 3 días · 61 inscritos")],
        "button": "Ver las 12 ofertas",
    },
    {
        "slug": "es-idealista-piso-embajadores", "lang": "es", "region": "ES", "style": "ats", "label": "other",
        "cat": "non-job-rejection", "vendor": "idealista", "brand": "idealista", "plain": "clean",
        "notes": "rental: landlord chose 'otro candidato', status 'No seleccionada'",
        "frm": "idealista <noreply@mail.idealista.com>",
        "subject": "El anunciante ha respondido a tu solicitud – Piso en calle de Embajadores",
        "headers": {"List-Unsubscribe": "<{unsub}>"},
        "text": """Hola Sam,

El anunciante del piso en calle de Embajadores, 112 (Madrid) ha respondido a tu solicitud de visita:

«Hola, gracias por tu interés. Lamentablemente ya hemos elegido a otro candidato para el piso y vamos a retirar el anuncio. Te deseo suerte con la búsqueda. Un saludo, Pilar»

{table}

Sigue buscando: hay 34 pisos nuevos en Embajadores que encajan con tu búsqueda guardada.

{button}""",
        "table": [("Inmueble", "Piso de 2 habitaciones · 1.150 €/mes"), ("Estado de tu solicitud", "No seleccionada")],
        "button": "Ver pisos similares",
    },
    # ------------------------------------------------------------------ hard negatives, personal
    {
        "slug": "es-personal-respuesta-a-agradecimiento", "lang": "es", "region": "ES", "style": "personal", "label": "other",
        "cat": "reply-to-owner-followup", "client_html": "gmail", "day": "2026-11-10", "parent": True, "parent_depth": 2,
        "notes": "recruiter answers Sam's thank-you after a rejection; rejection only two levels down in the quote",
        "frm": "Irene Castells <irene.castells@ondaverde.example>",
        "subject": "Re: Actualización sobre tu candidatura – Social Media Lead",
        "text": """¡Hola Sam!

Qué mensaje tan bonito, muchas gracias. No tienes que disculparte por nada, al contrario: fue una decisión muy ajustada y el equipo se quedó con muy buen sabor de boca.

Me encantaría que siguiéramos en contacto. En enero abriremos dos posiciones en el área de marca que creo que podrían encajarte; en cuanto estén publicadas te escribo.

Un abrazo,
Irene

El lun, 9 nov 2026 a las 17:22, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Irene,
>
> Gracias por avisarme y por la transparencia durante todo el proceso. Siento si en la segunda entrevista me extendí demasiado con el caso práctico. Me encantaría que me tuvierais en cuenta para futuras oportunidades.
>
> Un saludo,
> Sam
>
> El lun, 9 nov 2026 a las 10:05, Irene Castells (<irene.castells@ondaverde.example>) escribió:
>> Hola Sam,
>>
>> Muchas gracias por participar en el proceso para Social Media Lead en Onda Verde Energía. Después de valorar todas las candidaturas, hemos decidido seguir adelante con otra persona cuyo perfil se ajusta más a lo que necesitamos en este momento.
>>
>> Gracias de nuevo por tu tiempo.
>> Irene""",
    },
    {
        "slug": "es-personal-owner-hiring-descartes", "lang": "es", "region": "ES", "style": "personal", "label": "other",
        "cat": "owner-hiring",
        "notes": "colleague at example.org: candidates rejected for Sam's own vacancy, 'correo de rechazo', next interview with Sam",
        "frm": "Lucía Ferrer <lucia.ferrer@example.org>",
        "subject": "Candidatos Editor/a de vídeo – descartes y siguiente paso",
        "text": """Hola Sam,

Te resumo cómo ha quedado lo del puesto de Editor/a de vídeo para la oficina de Madrid:

- Hemos descartado a Marta G. y a Jorge P. después de la prueba técnica; ya les he mandado el correo de rechazo desde Personio con la plantilla de siempre.
- Nerea sigue adelante: la tercera entrevista sería contigo el jueves a las 12:00, si te viene bien.
- A Iván le hemos dicho que no de momento, pero me gustaría guardarlo para la vacante de motion graphics de enero.

¿Me confirmas lo del jueves? Así le mando hoy mismo la convocatoria a Nerea.

Gracias!
Lucía

--
Lucía Ferrer
People & Culture | Calder Street Media
Madrid""",
    },
    {
        "slug": "es-personal-ponencia-no-seleccionada", "lang": "es", "region": "ES", "style": "personal", "label": "other",
        "cat": "non-job-rejection",
        "notes": "conference talk proposal 'no ha sido seleccionada' from the programme director",
        "frm": "Rocío Aranda <programa@congresomktsur.example>",
        "subject": "Tu propuesta de ponencia para Congreso MKT Sur 2027",
        "text": """Hola Sam,

Muchas gracias por enviarnos tu propuesta «Audiencias que no se ven: medir lo que la analítica no cuenta» para la edición 2027 del Congreso MKT Sur.

Este año hemos recibido más de 300 propuestas para solo 24 huecos en el programa, y lamento comunicarte que la tuya no ha sido seleccionada. El comité la valoró muy bien, pero el enfoque se solapaba bastante con otra charla ya confirmada en el bloque de datos.

Nos encantaría contar contigo igualmente como asistente: por haber presentado propuesta tienes un 30 % de descuento en la entrada con el código MKTSUR-PROP30.

Un saludo cordial,

Rocío Aranda
Directora de Programa
Congreso MKT Sur · Sevilla""",
    },
    {
        "slug": "es-personal-respuesta-novedades-finalista", "lang": "es", "region": "ES", "style": "personal", "label": "other",
        "cat": "answer-to-owner-question", "client_html": "gmail", "day": "2026-11-16", "parent": True,
        "notes": "answer to Sam's 'si ya habéis elegido a otro candidato, lo entiendo': still a finalist, CEO interview",
        "frm": "Gonzalo Rivas <gonzalo.rivas@lumbrerastudio.example>",
        "subject": "Re: ¿Novedades sobre el proceso de Growth Manager?",
        "text": """Hola Sam,

¡Para nada! Perdona el silencio, han sido dos semanas de locos con el cierre de trimestre. No hemos elegido a nadie todavía y sigues en el proceso; de hecho, eres una de las dos personas finalistas.

El siguiente paso sería una última conversación con nuestra CEO, Ana Belén, de unos 45 minutos. ¿Te vendría bien el martes 24 a las 10:00 o el miércoles 25 a las 16:30?

Un saludo,
Gonzalo

Gonzalo Rivas
Head of Growth · Lumbrera Studio
+34 655 55 03 21

El vie, 13 nov 2026 a las 9:02, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Gonzalo,
>
> Espero que estés bien. Han pasado ya tres semanas desde la entrevista con el equipo y quería saber si hay novedades sobre el proceso de Growth Manager. Si ya habéis elegido a otro candidato lo entiendo perfectamente; simplemente agradecería saberlo.
>
> Un saludo,
> Sam""",
    },
]
