"""Spanish messages (Spain, Mexico, Argentina, Colombia)."""
from content_common import R, O, AUTO, LIST, SAM

LANG = "es"

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("almenara-infojobs-descartado", "ats", "ats-automated", "es-ES",
  "InfoJobs <noreply@infojobs.example>",
  "Actualización de tu candidatura: Product Marketing Manager",
  """Hola Sam,

La empresa ha actualizado el estado de tu candidatura en la oferta a la que te inscribiste.

{table}

Que no te desanime: hay más de 1.200 ofertas de marketing publicadas esta semana en Madrid.

[[Ver ofertas recomendadas]]

Consejo InfoJobs: completa tu CV al 100 % para aparecer antes en las búsquedas de las empresas.""",
  ("", "", "Grupo Almenara", "Product Marketing Manager"),
  vendor="infojobs", brand="InfoJobs", headers=LIST,
  table=[("Oferta", "Product Marketing Manager"), ("Empresa", "Grupo Almenara"), ("Ubicación", "Madrid"), ("Estado", "Descartado")],
  notes="job-board status 'Descartado' only in a table cell"),

R("tramontana-smartrecruiters-ocasion", "ats", "ats-automated", "es-ES",
  "Tramontana Energía <no-reply@smartrecruiters.com>",
  "Tu candidatura en Tramontana Energía",
  """Hola Sam:

Gracias por tu interés en formar parte de Tramontana Energía y por el tiempo dedicado a tu candidatura para la posición de Responsable de Marketing de Producto – Autoconsumo.

Hemos recibido un gran número de candidaturas con perfiles muy interesantes. Lamentamos comunicarte que, en esta ocasión, no vamos a continuar con tu candidatura en el proceso de selección.

Te animamos a seguir atento/a a nuestra página de empleo y a inscribirte en futuras ofertas que encajen con tu perfil.

Un saludo,
Equipo de Talento de Tramontana Energía""",
  ("", "", "Tramontana Energía", "Responsable de Marketing de Producto – Autoconsumo"),
  vendor="smartrecruiters", brand="Tramontana Energía", headers=AUTO,
  about="Tramontana Energía es una compañía comprometida con la igualdad de oportunidades y la diversidad. Distintivo Igualdad en la Empresa.",
  notes="standard Spanish template 'en esta ocasión no vamos a continuar'"),

R("nopalia-greenhouse-otros-candidatos", "ats", "ats-automated", "es-MX",
  "Nopalia <no-reply@us.greenhouse-mail.io>",
  "Gracias por tu interés en Nopalia",
  """Hola Sam,

¡Muchas gracias por postularte a la vacante de Gerente de Marketing de Producto en Nopalia! Sabemos que buscar trabajo toma tiempo y energía, y valoramos mucho que nos hayas considerado.

Después de revisar cuidadosamente tu perfil, hemos decidido avanzar con otros candidatos cuya experiencia se ajusta más a las necesidades actuales del puesto.

Nos encantaría que sigas pendiente de nuestras vacantes en [[nopalia.example/careers]]. ¡Te deseamos mucho éxito!

Saludos,
El equipo de Talent de Nopalia""",
  ("", "", "Nopalia", "Gerente de Marketing de Producto"),
  vendor="greenhouse", brand="Nopalia", headers=AUTO,
  about="Nopalia es una fintech mexicana con más de 3 millones de usuarios. Somos un empleador que ofrece igualdad de oportunidades.",
  notes="Mexican Spanish, 'avanzar con otros candidatos'"),

R("cierzo-workday-cubierta", "ats", "role-filled", "es-ES",
  "Banco Cierzo - Empleo <bancocierzo@myworkday.com>",
  "Banco Cierzo | Proceso de selección REQ-10442",
  """Estimado/a Sam Taylor:

En Banco Cierzo creemos que el talento es la base de nuestra transformación. Por eso queremos agradecerte sinceramente el interés mostrado en nuestra entidad y el tiempo que has dedicado a tu candidatura.

Información básica sobre protección de datos: el responsable del tratamiento es Banco Cierzo, S.A. La finalidad es gestionar los procesos de selección. Puedes ejercer tus derechos de acceso, rectificación, supresión y oposición escribiendo a protecciondedatos@bancocierzo.example.

Te informamos de que la posición de Responsable de Marketing Digital (REQ-10442) ha sido cubierta, por lo que el proceso queda cerrado.

Recibe un cordial saludo,
Dirección de Personas – Banco Cierzo""",
  ("", "", "Banco Cierzo", "Responsable de Marketing Digital"),
  vendor="workday", brand="Banco Cierzo", headers=AUTO,
  notes="bank, verdict last line after GDPR block, position filled"),

R("pampalabs-teamtailor-busqueda-pausa", "ats", "role-cancelled", "es-AR",
  "Pampa Labs <pampalabs@teamtailor-mail.com>",
  "Novedades sobre la búsqueda de Product Marketing Lead",
  """¡Hola Sam!

Queríamos contarte cómo sigue la búsqueda de Product Marketing Lead en la que participaste.

Por cambios en las prioridades de la compañía para el próximo trimestre, decidimos poner la búsqueda en pausa por tiempo indeterminado y cerrar los procesos abiertos. Sabemos que invertiste tiempo en las entrevistas y te lo agradecemos un montón.

Si en algún momento la reabrimos, vas a ser de las primeras personas a las que contactemos.

¡Gracias y muchos éxitos!
Equipo de People de Pampa Labs""",
  ("", "", "Pampa Labs", "Product Marketing Lead"),
  vendor="teamtailor", brand="Pampa Labs", headers=AUTO,
  notes="Argentine voseo, search paused indefinitely and processes closed"),

R("calima-recruitee-prueba", "ats", "after-assessment", "es-ES",
  "Calima Travel <calimatravel@mail.recruitee.com>",
  "Resultado de la prueba técnica – Growth Marketing Manager",
  """Hola Sam,

Gracias por completar la prueba técnica para el puesto de Growth Marketing Manager. Sabemos que requería bastante dedicación y lo valoramos.

El equipo ha revisado todas las entregas con los mismos criterios. Tu propuesta de funnel tenía buenas ideas, pero el análisis de cohortes y la priorización de experimentos no alcanzaron el nivel que buscamos para esta posición, por lo que no pasarás a la siguiente fase.

Si quieres más detalle sobre la evaluación, puedes escribir a Marta, nuestra responsable de selección: marta.izquierdo@calimatravel.example

Un abrazo,
Equipo de Talento de Calima Travel""",
  ("marta.izquierdo@calimatravel.example", "Marta", "Calima Travel", "Growth Marketing Manager"),
  vendor="recruitee", brand="Calima Travel", headers=AUTO,
  notes="after take-home test, 'no pasarás a la siguiente fase', named contact in body"),

# ---------------- rejections, personal ----------------
R("ribera-rrhh-tras-entrevista", "personal", "personal-after-interview", "es-ES",
  "Lucía Ferrer Navarro <lucia.ferrer@riberagourmet.example>",
  "RE: Entrevista Brand Manager",
  """Hola Sam:

Muchas gracias de nuevo por tu tiempo y por la entrevista del pasado miércoles con Álvaro y conmigo. Nos gustó mucho tu forma de plantear el reposicionamiento de la marca.

Tras valorar todas las candidaturas finalistas, hemos optado por otro perfil con más experiencia en gran consumo y en el canal de distribución moderna, que es clave para el puesto de Brand Manager en este momento.

Sé que no es la respuesta que esperabas. Si te parece bien, nos gustaría conservar tu CV para futuras posiciones en el área de marketing.

Un saludo cordial,

Lucía Ferrer Navarro
Técnica de Selección | Departamento de Personas
Ribera Gourmet, S.L.
Tel. 961 23 45 08 | Móvil 654 32 10 98""",
  ("lucia.ferrer@riberagourmet.example", "Lucía", "Ribera Gourmet", "Brand Manager"),
  notes="after interview, 'hemos optado por otro perfil', verdict mid-letter"),

R("consultora-cliente-bajio", "personal", "agency-recruiter", "es-MX",
  "Rodrigo Villaseñor <rvillasenor@talentia-consultores.example>",
  "Retro del proceso con Cervecería del Bajío",
  """Hola Sam, ¿qué tal?

Te escribo para darte la retro del proceso para Gerente de Marca con Cervecería del Bajío. El cliente me comentó que le gustó mucho tu visión estratégica, pero decidió no continuar con tu proceso porque está priorizando perfiles con experiencia directa en bebidas alcohólicas y trato con el canal tradicional.

Sé que te hacía ilusión. Te propongo que platiquemos el jueves, tengo otra vacante de marketing en una empresa de alimentos en Querétaro que creo que te va a interesar.

Saludos,
Rodrigo Villaseñor
Consultor Sr. | Talentia Consultores
Cel. +52 442 555 0183""",
  ("rvillasenor@talentia-consultores.example", "Rodrigo", "Cervecería del Bajío", "Gerente de Marca"),
  notes="Mexican agency consultant relays the client's no, 'retro'"),

R("mate-elegimos-otra-persona", "personal", "personal-after-interview", "es-AR",
  "Tomás Rinaldi <tomas@matecloud.example>",
  "Re: Seguimiento - Head of Marketing",
  """Hola Sam, ¿cómo andás?

Disculpá la demora, fueron semanas a mil con el lanzamiento.

Te cuento que finalmente elegimos a otra persona para el rol de Head of Marketing. Fue una decisión muy pareja y tu caso práctico nos encantó, pero terminamos yendo por alguien con más recorrido en el mercado brasileño, que es nuestra prioridad del año que viene.

Ojalá podamos cruzarnos en otro momento. ¡Mucha suerte!

Abrazo,
Tomás
--
Tomás Rinaldi | Co-founder & CEO, MateCloud

El lun, 2 nov 2026 a las 11:20, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Tomás,
> ¿Hay alguna novedad sobre el proceso de Head of Marketing?
> ¡Gracias!
> Sam""",
  ("tomas@matecloud.example", "Tomás", "MateCloud", "Head of Marketing"),
  parent=True, client_html=True,
  notes="Argentine founder replies to Sam's chaser, voseo, Gmail quote"),

R("terse-no-seguimos", "personal", "terse", "es-ES",
  "Pablo Ortega <pablo.ortega@estudio-quimera.example>",
  "Re: Candidatura Product Marketing",
  """Hola Sam,

gracias, pero no seguimos adelante con tu candidatura. Suerte!

Pablo
Estudio Quimera""",
  ("pablo.ortega@estudio-quimera.example", "Pablo", "Estudio Quimera", ""),
  parent=True, notes="terse, no role title beyond subject; role left empty"),

R("andina-vacante-interna", "personal", "internal-candidate", "es-CO",
  "Daniela Restrepo <daniela.restrepo@andinaseguros.example>",
  "Proceso Jefe de Mercadeo Digital",
  """Buenas tardes Sam,

Espero que se encuentre muy bien.

Quería informarle que el proceso para el cargo de Jefe de Mercadeo Digital llegó a su fin. La vacante se cubrió con un candidato interno que venía del área comercial, de acuerdo con nuestra política de promoción interna.

Le agradezco mucho su disposición y el tiempo dedicado a las entrevistas. Su hoja de vida queda en nuestra base de datos.

Cordial saludo,

Daniela Restrepo
Analista de Selección | Gestión Humana
Andina Seguros S.A. | Medellín
PBX (604) 444 1200 ext. 3310""",
  ("daniela.restrepo@andinaseguros.example", "Daniela", "Andina Seguros", "Jefe de Mercadeo Digital"),
  notes="Colombian usted, filled by internal candidate"),

R("olivar-guardamos-cv", "personal", "keep-on-file", "es-ES",
  "Irene Sanz <irene.sanz@olivar-cosmetica.example>",
  "Tu candidatura a Marketing Manager E-commerce",
  """Hola Sam,

¡Gracias por tu paciencia durante todo el proceso!

Te escribo para contarte que, aunque tu perfil nos ha gustado mucho, no has sido seleccionado/a para la vacante de Marketing Manager E-commerce. La persona elegida tiene una experiencia muy concreta en marketplaces que pesó en la decisión final.

Dicho esto, nos gustaría mucho guardar tu CV y contar contigo para el puesto de Head of Brand que previsiblemente abriremos en primavera. ¿Te parece bien?

Un abrazo,
Irene Sanz
People & Culture – Olivar Cosmética
+34 911 22 84 60""",
  ("irene.sanz@olivar-cosmetica.example", "Irene", "Olivar Cosmética", "Marketing Manager E-commerce"),
  notes="rejection wrapped in praise and a future-role proposal"),

# ---------------- others, ATS ----------------
O("sierra-workday-recibida", "ats", "ack-received", "es-MX",
  "Grupo Sierra Madre <gruposierramadre@myworkday.com>",
  "Hemos recibido tu postulación",
  """Hola Sam,

¡Gracias por postularte a la vacante de Gerente de Comunicación de Producto en Grupo Sierra Madre!

Nuestro equipo de Atracción de Talento revisará tu perfil en los próximos días. Debido al alto volumen de postulaciones, solo nos pondremos en contacto con las personas cuyo perfil avance a la siguiente etapa. Si en un plazo de 30 días no has recibido noticias nuestras, te invitamos a seguir consultando nuestras vacantes.

Puedes revisar el estatus de tu postulación en cualquier momento en el [[Portal de candidatos]].

Atentamente,
Atracción de Talento – Grupo Sierra Madre""",
  vendor="workday", brand="Grupo Sierra Madre", headers=AUTO,
  notes="acknowledgement, 'only contacted if you advance' hedge"),

O("infojobs-finalista", "ats", "status-update", "es-ES",
  "InfoJobs <noreply@infojobs.example>",
  "¡Buenas noticias! Tu candidatura ha avanzado",
  """Hola Sam,

La empresa ha actualizado el estado de tu candidatura.

{table}

Mientras tanto, prepárate: consulta nuestra guía para la entrevista final. [[Ver guía]]

Recuerda que no todas las empresas descartan candidaturas de forma inmediata; te avisaremos de cualquier cambio.""",
  vendor="infojobs", brand="InfoJobs", headers=LIST,
  table=[("Oferta", "Digital Marketing Lead"), ("Empresa", "Hoteles Brisamar"), ("Estado anterior", "CV leído"), ("Estado", "Finalista")],
  notes="job-board status progress (Finalista), same layout as a 'Descartado' notice"),

O("alborada-entrevista-video", "ats", "assessment-invite", "es-ES",
  "Alborada Retail <alborada@smartrecruiters.com>",
  "Siguiente paso: entrevista en vídeo diferida",
  """Hola Sam:

Tu candidatura para Product Marketing Manager – Private Label ha superado la primera fase de selección. ¡Enhorabuena!

El siguiente paso es una breve entrevista en vídeo diferida (5 preguntas, unos 20 minutos) que puedes grabar cuando quieras antes del 27 de noviembre.

[[Comenzar la entrevista]]

Ten en cuenta que, si no la completas en el plazo indicado, no podremos seguir adelante con tu candidatura.

Mucha suerte,
Equipo de Selección de Alborada Retail""",
  vendor="smartrecruiters", brand="Alborada Retail", headers=AUTO,
  notes="recorded video interview invitation with conditional 'no podremos seguir adelante'"),

O("linkedin-empleos-sugeridos", "ats", "job-alert", "es-ES",
  "LinkedIn Empleos <jobs-noreply@linkedin.example>",
  "Sam, 6 empleos nuevos de Product Marketing Manager en Barcelona",
  """Empleos que coinciden con tus preferencias:

- Senior Product Marketing Manager – Ventisca Software – Barcelona (híbrido) – Solicitud sencilla
- Product Marketing Manager EMEA – Corriol Health – Barcelona
- Marketing de Producto – Garbí Mobility – Sant Cugat del Vallès
- PMM, Payments – Lonja Pay – Barcelona (en remoto)

[[Ver todos los empleos]]

Tu candidatura a Head of Marketing en Calima Travel: visto por la empresa.""",
  vendor="linkedin", brand="LinkedIn", headers=LIST,
  footer=["Recibes alertas de empleo. Cancelar suscripción: {unsub}"],
  notes="LinkedIn job alert with 'viewed by company' line"),

O("brisamar-carta-oferta", "ats", "offer", "es-ES",
  "Hoteles Brisamar <talento@brisamar.bamboohr.com>",
  "Carta oferta – Digital Marketing Lead",
  """Hola Sam,

¡Enhorabuena! Nos alegra muchísimo comunicarte que queremos que te unas a Hoteles Brisamar como Digital Marketing Lead.

En el enlace encontrarás la carta oferta con las condiciones: salario bruto anual, retribución variable, fecha de incorporación prevista el 11 de enero y modalidad híbrida en Palma.

[[Ver y firmar la carta oferta]]

Si tienes cualquier duda, llámame al 971 55 02 31.

Un abrazo,
Nuria Bestard, People Director""",
  vendor="bamboohr", brand="Hoteles Brisamar", headers=AUTO,
  notes="job offer"),

O("fundacion-ayudas-denegada", "ats", "non-job-rejection", "es-ES",
  "Fundación Lumbre – Convocatorias <convocatorias@fundacionlumbre.example>",
  "Resolución de la convocatoria Ayudas a la Investigación en Medios 2026",
  """Estimado/a Sam Taylor:

Le comunicamos que la Comisión de Evaluación ha resuelto la convocatoria de Ayudas a la Investigación en Medios 2026.

Lamentamos informarle de que su solicitud (expediente AIM-26-0312) ha sido denegada al no alcanzar la puntuación mínima establecida en las bases.

Puede consultar la resolución completa y presentar alegaciones en el plazo de diez días hábiles a través de la [[sede electrónica]].

Atentamente,
Secretaría de Convocatorias – Fundación Lumbre""",
  vendor="inhouse", brand="Fundación Lumbre", headers=AUTO,
  notes="research grant application denied"),

# ---------------- others, personal ----------------
O("calder-madrid-descartados", "personal", "owner-hiring", "es-ES",
  "Marina Gil <marina.gil@example.org>",
  "Candidatos analista de audiencias",
  """Hola Sam,

Te confirmo que ya he enviado el correo de descarte a los cuatro candidatos que no pasaron el filtro telefónico (Herrera, Vidal, Campos y Luque). A Beatriz Soler y a Iván Mora los he citado para el martes contigo.

¿Quieres que a Luque le ofrezcamos feedback? Nos lo ha pedido dos veces.

Gracias,
Marina

Marina Gil | Talent Partner
Calder Street Media – Oficina de Madrid""",
  notes="Sam is hiring; colleague reports rejections sent to candidates"),

O("sam-pregunta-otro-candidato", "personal", "owner-sent", "es-ES",
  "Sam Taylor <sam.taylor@example.org>",
  "Seguimiento candidatura Brand Strategy Lead",
  """Hola Carmen,

Espero que estés bien. Hace ya tres semanas de mi entrevista para el puesto de Brand Strategy Lead y quería saber si hay novedades.

Si ya habéis elegido a otra persona, no pasa nada, lo entiendo perfectamente; simplemente te agradecería que me lo dijeras para poder organizarme.

Muchas gracias,
Sam Taylor""",
  to="Carmen Prieto <carmen.prieto@altamar-media.example>",
  notes="Sam's own follow-up asking whether another candidate was chosen"),

O("altamar-respuesta-final", "personal", "answer-to-owner-question", "es-ES",
  "Carmen Prieto <carmen.prieto@altamar-media.example>",
  "Re: Seguimiento candidatura Brand Strategy Lead",
  """Hola Sam,

¡Para nada! No hemos elegido a nadie todavía, perdona el silencio. Estás entre los dos finalistas y nos gustaría que vinieras a una última conversación con nuestra CEO, Elena, el jueves 26 a las 12:00 en nuestras oficinas de Chamberí.

¿Te viene bien?

Un saludo,
Carmen

El mar, 17 nov 2026 a las 9:05, Sam Taylor <sam.taylor@example.org> escribió:
> Si ya habéis elegido a otra persona, no pasa nada, lo entiendo
> perfectamente; simplemente te agradecería que me lo dijeras.""",
  parent=True, client_html=True,
  notes="answer to Sam's question: final interview invite"),

O("headhunter-nuevas-posiciones", "personal", "recruiter-outreach", "es-MX",
  "Valeria Ochoa <valeria.ochoa@cumbre-search.example>",
  "Dos posiciones que creo que te van a interesar",
  """Hola Sam,

¡Cuánto tiempo! Sé que la posición de la que hablamos en primavera con la aseguradora se cerró con otro perfil, pero acabo de abrir dos búsquedas que encajan muchísimo mejor contigo:

- Director de Marketing de Producto – fintech de pagos, CDMX (híbrido)
- Head of Growth LATAM – marketplace de viajes, remoto

¿Tienes 20 minutos esta semana para platicarlo?

Saludos,
Valeria Ochoa
Partner | Cumbre Executive Search
+52 55 5555 0192""",
  notes="recruiter pitches two new roles, mentions an old closed search"),

O("inmobiliaria-piso-otro-inquilino", "personal", "non-job-rejection", "es-ES",
  "Jorge Luna – Inmobiliaria Luna <jorge@inmoluna.example>",
  "Piso calle Ponzano 42",
  """Hola Sam,

Te escribo por el piso de la calle Ponzano que visitaste el sábado.

Siento decirte que el propietario ha preferido a otro inquilino, que podía entrar ya el 1 de diciembre. Tu solicitud y tu documentación estaban perfectas, así que si te parece la guardo para el próximo piso que entre en la zona.

Un saludo,
Jorge Luna
Inmobiliaria Luna · 91 555 01 77""",
  notes="flat rental application declined"),

O("cumbria-proceso-pausa-sigues", "personal", "status-update", "es-AR",
  "Florencia Aguirre <faguirre@cumbria.example>",
  "Estado de la búsqueda de Brand Manager",
  """Hola Sam,

Te quería contar cómo venimos con la búsqueda de Brand Manager. Por el cierre de año, el proceso queda en pausa hasta la segunda semana de enero, cuando vuelva nuestro director de Marketing.

Quiero que sepas que seguís en la terna final y que todavía no tomamos ninguna decisión. Apenas retomemos te escribo para coordinar la última entrevista.

¡Felices fiestas!
Flor
Florencia Aguirre | Talent Acquisition | Cumbria""",
  notes="process paused but Sam explicitly still a finalist: still deciding"),
]
