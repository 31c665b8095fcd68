"""Spanish messages (Spain, Mexico, Argentina, Colombia): 8 rejections, 8 hard negatives."""
LANG = "es"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
    # ---------------- rejections: ATS ----------------
    dict(slug="infojobs-almadraba-descartada", label="rejection", cat="job-board-status", style="ats", country="ES",
         vendor="infojobs", brand="Grupo Almadraba", auto_plain=True, headers=BULK,
         frm="InfoJobs <noreply@infojobs.net.example>",
         subject="Grupo Almadraba ha actualizado el estado de tu candidatura",
         text="""Hola Sam,

La empresa Grupo Almadraba ha revisado tu candidatura a la oferta Responsable de Marketing de Producto (Madrid) y ha actualizado su estado.

{table}

Esto significa que la empresa no continuará contigo en este proceso de selección. No te desanimes: hay más de 4.300 ofertas de marketing publicadas esta semana que encajan con tu perfil.

[[Ver ofertas recomendadas]]

Recuerda mantener tu CV actualizado para destacar frente a otros candidatos.""",
         table=[("Oferta", "Responsable de Marketing de Producto"), ("Empresa", "Grupo Almadraba"),
                ("Estado", "Descartado"), ("Fecha", "hace 2 horas")],
         button="Ir a mis candidaturas",
         exp=("", "", "Grupo Almadraba", "Responsable de Marketing de Producto"),
         notes="infojobs; status table; auto-generated plain part with link list; verdict only as status word"),
    dict(slug="computrabajo-tlaloc-no-seleccionado", label="rejection", cat="ats-automated", style="ats", country="MX",
         vendor="computrabajo", brand="Distribuidora Tláloc", headers=BULK,
         frm="Computrabajo México <notificaciones@computrabajo.com.mx.example>",
         subject="Respuesta a tu postulación: Gerente de Marca",
         text="""Hola Sam Taylor:

Distribuidora Tláloc te envió un mensaje sobre tu postulación a la vacante Gerente de Marca en Ciudad de México:

"Estimado(a) candidato(a): agradecemos el interés mostrado en formar parte de nuestra empresa. Después de analizar tu perfil, lamentamos informarte que en esta ocasión no fuiste seleccionado(a) para continuar en el proceso. Conservaremos tus datos en nuestra base para futuras vacantes. Atentamente, Recursos Humanos."

Sigue postulándote: las empresas revisan nuevos perfiles todos los días.

[[Buscar empleos similares]]""",
         exp=("", "", "Distribuidora Tláloc", "Gerente de Marca"),
         notes="computrabajo relay; company message quoted inside job-board chrome; bulk headers"),
    dict(slug="bumeran-lacteos-posicion-cubierta", day="2026-10-06", label="rejection", cat="role-filled", style="ats", country="AR",
         vendor="bumeran", brand="Lácteos del Plata", html_only=True, headers=BULK,
         frm="Bumeran <avisos@bumeran.com.ar.example>",
         subject="Novedades sobre tu postulación en Lácteos del Plata",
         text="""¡Hola Sam!

Te escribimos para contarte que la empresa Lácteos del Plata finalizó la búsqueda Jefe/a de Producto - Lácteos Premium a la que te postulaste el 12/09.

La posición ya fue cubierta, por lo que tu postulación no va a avanzar. Gracias por tu interés y por el tiempo que dedicaste.

Mientras tanto, mirá estos avisos que pueden interesarte:
- Brand Manager Sr. · Alimentos del Sur · CABA
- Trade Marketing Lead · Bebidas Andinas · Córdoba
- Product Manager Consumo Masivo · Grupo Pampeano · Rosario

[[Ver todos los avisos]]""",
         exp=("", "", "Lácteos del Plata", "Jefe/a de Producto - Lácteos Premium"),
         notes="bumeran; HTML-only; position filled; job list below the verdict"),
    dict(slug="successfactors-mediterranea-otros-candidatos", label="rejection", cat="ats-automated", style="ats", country="ES",
         vendor="successfactors", brand="Seguros Mediterránea", headers=AUTO,
         frm="Seguros Mediterránea - Talento <noreply@successfactors.eu.example>",
         subject="Proceso de selección REQ-20931 Product Marketing Manager Vida y Salud",
         text="""Estimado/a Sam Taylor:

En primer lugar, queremos agradecerte el interés que has mostrado por Seguros Mediterránea y por la posición de Product Marketing Manager Vida y Salud (REQ-20931). En Seguros Mediterránea llevamos más de 80 años protegiendo a las familias y empresas de nuestro país, y el talento de las personas que forman nuestro equipo es la clave de nuestro éxito.

Hemos recibido un elevado número de candidaturas de gran calidad. Tras valorar detenidamente tu perfil, te informamos de que hemos decidido continuar el proceso con otros candidatos cuya experiencia se ajusta más a los requisitos del puesto.

Nos gustaría conservar tu currículum durante 12 meses para tenerte en cuenta en futuras vacantes. Si no deseas que lo hagamos, puedes solicitar la supresión de tus datos en [[el portal de candidatos]]. Para cualquier consulta sobre este proceso puedes escribir a seleccion@segurosmediterranea.example.

Te deseamos mucho éxito en tu carrera profesional.

Dirección de Personas y Cultura""",
         about="Seguros Mediterránea, S.A. · Inscrita en el Registro Mercantil de Valencia · Empresa comprometida con la igualdad de oportunidades. Responsable del tratamiento: Seguros Mediterránea, S.A. Finalidad: gestión de procesos de selección. Derechos: acceso, rectificación, supresión, oposición, limitación y portabilidad.",
         exp=("seleccion@segurosmediterranea.example", "", "Seguros Mediterránea", "Product Marketing Manager Vida y Salud"),
         notes="successfactors; verdict in the middle of boilerplate; data-retention question; address in body"),
    # ---------------- rejections: personal ----------------
    dict(slug="bogota-valentina-comite-otra-persona", day="2026-10-16", label="rejection", cat="personal-after-interview", style="personal", country="CO",
         frm="Valentina Ospina <valentina.ospina@cafeandino.example>", parent=True, client_html=True,
         subject="RE: Gracias por la entrevista - Head of Growth",
         text="""Hola Sam, buenas tardes.

Mil gracias por tu correo y por el tiempo que nos dedicaste estas semanas. Te cuento que ayer se reunió el comité y, aunque tu caso de negocio nos gustó muchísimo (sobre todo la parte de adquisición en Estados Unidos), decidieron avanzar con otra persona que tiene más recorrido en exportación B2B.

Sé que no es la noticia que esperabas. Si te parece, me encantaría mantenerte en el radar para el rol de marketing digital que abrimos el próximo año.

Un abrazo,

Valentina Ospina
Líder de Talento Humano | Café Andino Exportaciones
+57 310 555 0184
Bogotá, Colombia

De: Sam Taylor <sam.taylor@example.org>
Enviado: miércoles, 14 de octubre de 2026 9:12
Para: Valentina Ospina <valentina.ospina@cafeandino.example>
Asunto: Gracias por la entrevista - Head of Growth

> Hola Valentina,
>
> Quería agradecerte a ti y a Felipe la conversación de ayer sobre el puesto de Head of Growth. Quedo atento a los próximos pasos.
>
> Saludos,
> Sam""",
         exp=("valentina.ospina@cafeandino.example", "Valentina", "Café Andino Exportaciones", "Head of Growth"),
         notes="reply above quoted thank-you; Outlook header; verdict mid-paragraph after praise"),
    dict(slug="barcelona-jordi-terse-otro-perfil", label="rejection", cat="terse", style="personal", country="ES",
         frm="Jordi Puig <jordi@tresbolillo.example>", parent=True,
         subject="Re: Entrevista Brand Manager",
         text="""Hola Sam, al final nos hemos decantado por otro perfil. Gracias por tu tiempo y mucha suerte!!

Jordi

Enviado desde mi iPhone

Jordi Puig · Fundador
Tresbolillo Studio""",
         exp=("jordi@tresbolillo.example", "Jordi", "Tresbolillo Studio", "Brand Manager"),
         notes="terse; phone; role only in subject"),
    dict(slug="monterrey-mariana-agencia-vacante-congelada", label="rejection", cat="role-cancelled", style="personal", country="MX",
         frm="Mariana Treviño <mtrevino@talentonorte.example>",
         subject="Actualización vacante Gerente de Producto Digital",
         text="""Hola Sam, ¿qué tal?

Te escribo para darte una actualización sobre el proceso con nuestro cliente, Grupo Cervecero Sierra Madre, para la vacante de Gerente de Producto Digital.

Ayer nos avisaron que, por una reestructura en el área comercial, la dirección decidió congelar la vacante hasta nuevo aviso. Por el momento no van a contratar a nadie para esa posición, así que el proceso queda cerrado para todos los finalistas, incluyéndote.

Lamento mucho la noticia, porque te veían muy bien posicionado. En cuanto tenga algo parecido te busco.

Saludos cordiales,

Mariana Treviño
Consultora Senior | Talento Norte Consultores
Tel. +52 81 5550 2277
Monterrey, N.L.""",
         exp=("mtrevino@talentonorte.example", "Mariana", "Grupo Cervecero Sierra Madre", "Gerente de Producto Digital"),
         notes="agency; client froze the role; company = client"),
    dict(slug="buenosaires-martin-bilingue-no-seguimos", label="rejection", cat="personal-after-interview", style="personal", country="AR",
         frm="Martín Ferraro <martin.ferraro@pampafintech.example>", client_html=True,
         subject="Tu proceso en Pampa Fintech / Your process at Pampa Fintech",
         text="""Hola Sam,

Primero que nada, gracias por la energía que le pusiste a todo el proceso: las tres entrevistas, el ejercicio de posicionamiento y la charla con Lucía. Lo digo en serio, tu presentación fue de las mejores que vimos este año y el equipo quedó con muy buena impresión.

Dicho esto, después de mucho debate decidimos no seguir adelante con tu candidatura para Product Marketing Lead. Buscamos a alguien que ya haya lanzado productos de crédito en Argentina y con el regulador local, y en ese punto otra persona nos llevaba ventaja.

Si en algún momento querés feedback más detallado, agendamos 20 minutos sin problema. Y ojalá nos crucemos de nuevo.

Abrazo,
Martín

--- English version below ---

Hi Sam,

Thanks for all the energy you put into the process. After a lot of discussion we decided not to move forward with your application for Product Marketing Lead; we needed someone who has launched credit products with the Argentine regulator. Happy to share more feedback if useful.

Best,
Martín Ferraro
Head of Marketing · Pampa Fintech
+54 9 11 5555 0931""",
         exp=("martin.ferraro@pampafintech.example", "Martín", "Pampa Fintech", "Product Marketing Lead"),
         notes="long letter, verdict in the middle; Spanish then English version"),
    # ---------------- others: ATS ----------------
    dict(slug="infojobs-almadraba-inscrita", label="other", cat="ack-received", style="ats", country="ES",
         vendor="infojobs", brand="Grupo Almadraba", auto_plain=True, headers=BULK,
         frm="InfoJobs <noreply@infojobs.net.example>",
         subject="Te has inscrito en la oferta Responsable de Trade Marketing",
         text="""Hola Sam,

Tu candidatura a la oferta Responsable de Trade Marketing de Grupo Almadraba se ha enviado correctamente.

{table}

¿Qué pasa ahora? La empresa revisará tu CV. Te avisaremos cuando cambie el estado de tu candidatura: si es leída, si pasas a la siguiente fase o si la empresa decide no continuar contigo. Ten en cuenta que algunas empresas no actualizan el estado de todos los candidatos.

[[Consejos para preparar tu entrevista]]""",
         table=[("Oferta", "Responsable de Trade Marketing"), ("Empresa", "Grupo Almadraba"),
                ("Estado", "Inscrito"), ("Inscritos", "187")],
         button="Ver mis candidaturas",
         exp=("", "", "", ""),
         notes="same sender and template as a rejection; hedging 'si la empresa decide no continuar'"),
    dict(slug="computrabajo-tlaloc-prueba-psicometrica", label="other", cat="assessment-invite", style="ats", country="MX",
         vendor="computrabajo", brand="Distribuidora Tláloc", headers=BULK,
         frm="Computrabajo México <notificaciones@computrabajo.com.mx.example>",
         subject="Distribuidora Tláloc te invita a realizar una prueba",
         text="""Hola Sam Taylor:

¡Buenas noticias! Distribuidora Tláloc revisó tu postulación a Coordinador de Mercadotecnia y quiere que continúes en el proceso.

El siguiente paso es una prueba psicométrica en línea (aprox. 35 minutos). Tienes 72 horas para completarla; si no la realizas en ese plazo, el sistema descartará tu postulación automáticamente.

[[Realizar prueba]]

Consejo: busca un lugar tranquilo y una conexión estable.""",
         exp=("", "", "", ""),
         notes="assessment invitation; conditional 'descartará' only if not taken; same sender as a rejection"),
    dict(slug="computrabajo-co-alerta-consejos", label="other", cat="job-alert", style="ats", country="CO",
         vendor="computrabajo", brand="Computrabajo Colombia", auto_plain=True, headers=BULK,
         frm="Computrabajo Colombia <alertas@computrabajo.com.co.example>",
         subject="Sam, 8 nuevas ofertas de Marketing en Bogotá",
         text="""Hola Sam, estas son las ofertas nuevas que coinciden con tu alerta "marketing digital Bogotá":

- Jefe de Marketing Digital · Textiles Quimbaya · Bogotá · $9.000.000
- Analista de Growth · Rappidos SAS · Bogotá · A convenir
- Gerente de Marca · Alpina del Valle · Chía · $12.500.000
- Coordinador de Contenidos · Medios Caribe · Remoto

[[Ver las 8 ofertas]]

Del blog: ¿Te rechazaron en una entrevista? 5 cosas que puedes aprender de un "no" y cómo responder al reclutador con elegancia. [[Leer artículo]]""",
         exp=("", "", "", ""),
         notes="job alert digest with an advice article about rejections"),
    dict(slug="greenhouse-es-traslado-requisicion", label="other", cat="requisition-transfer", style="ats", country="ES",
         vendor="greenhouse", brand="Viajes Albufera", headers=AUTO,
         frm="Viajes Albufera Talent <no-reply@us.greenhouse-mail.io>", reply_to="talento@viajesalbufera.example",
         subject="Tu candidatura en Viajes Albufera",
         text="""Hola Sam:

Gracias por tu interés en Viajes Albufera. Te escribimos porque el proceso de Product Marketing Manager (Madrid) se ha cerrado para incorporaciones externas, pero el equipo de contratación cree que tu perfil encaja muy bien con la vacante de Growth Marketing Manager en Valencia, que acabamos de abrir.

Por eso hemos trasladado tu candidatura a ese proceso. No necesitas hacer nada: Irene, de nuestro equipo de Talento, te contactará esta semana para coordinar una primera llamada.

Un saludo,
Equipo de Talento de Viajes Albufera""",
         exp=("", "", "", ""),
         notes="greenhouse; application moved to another requisition; old one 'cerrado'"),
    # ---------------- others: personal ----------------
    dict(slug="palermo-inmobiliaria-alquiler", label="other", cat="non-job-rejection", style="personal", country="AR",
         frm="Florencia Aguirre <florencia@inmobiliariarecoleta.example>",
         subject="Departamento Thames 1800 - respuesta del propietario",
         text="""Hola Sam, ¿cómo estás?

Te escribo por el departamento de Thames al 1800. Lamentablemente el propietario decidió avanzar con otro postulante que presentó garantía propietaria en CABA, así que no vamos a poder seguir con tu solicitud.

Tu carpeta estaba muy completa y la dejo guardada; si te interesa, la semana que viene entra un 2 ambientes en Villa Crespo con características parecidas.

Saludos,
Florencia Aguirre
Inmobiliaria Recoleta · Mat. CUCICBA 5555
11 5555-4410""",
         exp=("", "", "", ""),
         notes="rental application declined; 'otro postulante', 'no vamos a poder seguir con tu solicitud'"),
    dict(slug="madrid-colega-borrador-rechazo", label="other", cat="owner-hiring", style="personal", country="ES",
         frm="Lucía Navarro <lucia.navarro@example.org>", client_html=True,
         subject="Borrador correo candidatos descartados - Community Manager",
         text="""Hola Sam,

Te paso el borrador del correo para los candidatos de Community Manager que descartaste en la primera criba (son 14). Si te parece bien, lo envío mañana desde Teamtailor:

"Hola {nombre}, gracias por tu interés en Calder Street Media. Tras revisar tu candidatura, hemos decidido no continuar con ella en esta ocasión. Te deseamos mucha suerte."

A los tres finalistas les escribes tú, ¿no? Dime si quieres cambiar algo.

Gracias!
Lucía
People & Culture · Calder Street Media Madrid""",
         exp=("", "", "", ""),
         notes="owner is hiring; colleague at example.org; rejection template quoted"),
    dict(slug="cdmx-respuesta-seguimiento-segunda-entrevista", day="2026-10-21", label="other", cat="answer-to-owner-question", style="personal", country="MX",
         frm="Héctor Salinas <hsalinas@mercadoaurora.example>", parent=True,
         subject="Re: Seguimiento - Head of Product Marketing",
         text="""Hola Sam,

¡Para nada! No hemos elegido a nadie todavía, perdón por la demora en responder, fueron semanas de cierre de trimestre. De hecho te quería proponer una segunda entrevista con nuestra directora comercial, Adriana. ¿Te acomoda el viernes 23 a las 10:00 (hora CDMX)?

Saludos,
Héctor Salinas
Talent Acquisition · Mercado Aurora

El mar, 20 oct 2026 a las 8:41, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Héctor,
>
> Te escribo para dar seguimiento a mi postulación para Head of Product Marketing. ¿Ya eligieron a otro candidato? Si es así, agradecería que me lo comentaras.
>
> Saludos,
> Sam""",
         exp=("", "", "", ""),
         notes="answer to owner's 'have you chosen someone else?': second-interview invite; Gmail quote"),
    dict(slug="medellin-oferta-salario", day="2026-10-26", label="other", cat="offer", style="personal", country="CO",
         frm="Catalina Restrepo <catalina.restrepo@floresdeantioquia.example>",
         attach=[("Oferta_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% oferta laboral (placeholder)\n%%EOF\n")],
         subject="Oferta laboral - Gerente de Marketing",
         text="""Hola Sam,

Lamentamos la demora en darte una respuesta; la aprobación de la junta tomó más de lo previsto.

¡Nos complace mucho ofrecerte el cargo de Gerente de Marketing en Flores de Antioquia! Adjunto la carta oferta con el detalle. Lamentablemente no logramos igualar el salario que propusiste, pero sí incluimos un bono anual y dos días de trabajo remoto.

Quedo atenta a tus comentarios antes del viernes 30.

Un saludo,
Catalina Restrepo
Directora de Gestión Humana
Flores de Antioquia S.A.S. · +57 604 555 0199""",
         exp=("", "", "", ""),
         notes="offer with PDF; opens with 'lamentamos' and 'lamentablemente' about delay and salary"),
]
