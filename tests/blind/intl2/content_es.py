"""Spanish messages (Spain, Mexico, Argentina, Colombia; 10 rejections, 10 hard negatives). Wording is data."""

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="olivar-smartrecruiters-tu", label="rejection", cat="ats-automated", style="ats",
     frm="Olivar Hogar <no-reply@smartrecruiters.com>",
     reply_to="Lucía Ferrer <lucia.ferrer@olivarhogar.example>",
     subject="Tu candidatura para Product Marketing Manager en Olivar Hogar",
     banner="Olivar Hogar", enc="quoted-printable", colour="#556b2f",
     body="""Hola, Sam:

Gracias por tu interés en Olivar Hogar y por el tiempo que dedicaste a las entrevistas con el equipo.

Hemos valorado con mucho cuidado todas las candidaturas y, tras varias vueltas, no vamos a seguir adelante con la tuya para el puesto de Product Marketing Manager. El perfil elegido tiene una trayectoria más larga en marketplaces, que es justo lo que necesitamos ahora mismo.

Si quieres comentar el proceso, puedes responder a este correo y te llamo encantada.

Un abrazo,
Lucía Ferrer
Talent Acquisition""",
     footer="""Olivar Hogar S.L. · Calle de Serrano 41 · 28001 Madrid · CIF B-55501234
Responsable del tratamiento: Olivar Hogar S.L. Puedes ejercer tus derechos de acceso, rectificación y supresión en [[privacidad]].
Por favor, no respondas directamente a esta dirección.""",
     lab=("lucia.ferrer@olivarhogar.example", "Lucía", "Olivar Hogar", "Product Marketing Manager"),
     notes="SmartRecruiters; tú; Reply-To person; 'no vamos a seguir adelante con la tuya'"),

dict(slug="iberseguros-workday-usted", label="rejection", cat="ats-automated", style="ats",
     frm="Iberseguros <iberseguros@myworkday.com>",
     subject="Proceso de selección REQ-7781 – Responsable de Marca",
     banner="Iberseguros · Empleo", enc="base64", colour="#c8102e", html_only=True,
     body="""Estimado/a Sam Taylor:

Le agradecemos el interés mostrado en formar parte de Iberseguros y su participación en el proceso de selección para la posición de Responsable de Marca.

Tras analizar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionada para continuar en las siguientes fases del proceso.

Conservaremos sus datos durante el plazo legalmente establecido. Le deseamos mucho éxito en su carrera profesional.

Atentamente,
Departamento de Personas
Iberseguros""",
     footer="""Este mensaje se ha generado automáticamente; por favor, no responda a esta dirección.
Iberseguros, S.A. de Seguros y Reaseguros · Paseo de la Castellana 200 · 28046 Madrid · Inscrita en el Registro Mercantil de Madrid · [[Política de privacidad]]""",
     lab=("", "", "Iberseguros", "Responsable de Marca"),
     notes="Workday; usted; HTML-only base64; 'lamentamos comunicarle que no ha sido seleccionada'; no contact"),

dict(slug="mexico-greenhouse-vacante-cubierta", label="rejection", cat="ats-automated", style="ats",
     frm="Cactus Pagos <no-reply@us.greenhouse-mail.io>",
     subject="Actualización sobre tu postulación – Gerente de Growth",
     banner="cactus", enc="quoted-printable", colour="#2a9d8f",
     body="""¡Hola, Sam!

Muchas gracias por postularte a la vacante de Gerente de Growth en Cactus Pagos.

Te escribimos para avisarte que la vacante ya fue cubierta, así que por ahora tu postulación no avanzará a la siguiente etapa. Sabemos lo mucho que implica un proceso así y de verdad agradecemos tu tiempo.

Si tienes dudas, escríbenos a talento@cactuspagos.example.

¡Mucho éxito!
Equipo de Talento de Cactus Pagos""",
     footer="""Cactus Pagos S.A.P.I. de C.V. · Av. Paseo de la Reforma 296 · Ciudad de México · [[Aviso de privacidad]]
Este correo fue enviado desde una dirección que no acepta respuestas.""",
     lab=("talento@cactuspagos.example", "", "Cactus Pagos", "Gerente de Growth"),
     notes="Mexico ('postulación', 'vacante'); Greenhouse; 'la vacante ya fue cubierta'; team address in body"),

dict(slug="teamtailor-posicion-congelada", label="rejection", cat="role-cancelled", style="ats",
     frm="Marea Travel <no-reply@teamtailor-mail.com>",
     reply_to="people@mareatravel.example",
     subject="Sobre el puesto de Brand Lead",
     banner="MAREA", enc="quoted-printable", colour="#0077b6",
     body="""Hola, Sam:

Queremos contarte de primera mano una novedad sobre el puesto de Brand Lead al que te presentaste.

Tras revisar el presupuesto del próximo año, la dirección ha decidido congelar esta posición. Esto significa que cerramos el proceso de selección y que no habrá incorporación por ahora, por lo que tu candidatura queda cerrada.

Sentimos mucho no traerte mejores noticias. Si la posición se reabre, te escribiremos antes de publicarla.

Saludos,
El equipo de People de Marea""",
     footer="""Marea Travel S.L. · Passeig de Gràcia 85 · 08008 Barcelona · [[Privacidad]]""",
     lab=("people@mareatravel.example", "", "Marea Travel", "Brand Lead"),
     notes="Teamtailor; role frozen; team Reply-To"),

dict(slug="bogota-portal-descartado", label="rejection", cat="status-portal", style="ats",
     frm="Andina Café <notificaciones@andinacafe.icims.com>",
     subject="Tu postulación ha cambiado de estado",
     banner="Andina Café · Portal de candidatos", enc="quoted-printable", colour="#6f4e37",
     table=[("Cargo", "Coordinador/a de Mercadeo Digital"), ("Ciudad", "Bogotá"), ("Estado", "Descartado – proceso finalizado")],
     table_after=2,
     body="""Hola, Sam Taylor:

El estado de tu postulación en Andina Café se ha actualizado:

Puedes ver el detalle en tu [[cuenta de candidato]].

Cordialmente,
Gestión Humana – Andina Café S.A.S.""",
     footer="""Mensaje automático. No respondas a este correo. · [[Tratamiento de datos personales]] (Ley 1581 de 2012)""",
     lab=("", "", "Andina Café", "Coordinador/a de Mercadeo Digital"),
     notes="Colombia ('mercadeo'); iCIMS; verdict only in a table cell ('Descartado'); no contact"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="directora-optado-perfil", label="rejection", cat="personal-after-interview", style="personal",
     frm="Marta Echeverría <marta.echeverria@txokolate.example>",
     subject="Tu proceso en Txokolate",
     enc="8bit",
     body="""Hola Sam:

Te escribo personalmente porque después de tres conversaciones me parecía lo justo.

Hemos tenido unas semanas de mucha reflexión con el equipo directivo. Al final hemos optado por un perfil con más recorrido en distribución en gran consumo para la Dirección de Marketing, que era el punto que más nos preocupaba de cara al próximo año. Sé que no es lo que esperabas y lo siento de verdad.

Me quedo con muchas de tus ideas sobre la marca, y me encantaría que siguiéramos en contacto.

Un saludo muy cordial,
Marta Echeverría
CEO · Txokolate
Donostia – San Sebastián
+34 943 555 210""",
     lab=("marta.echeverria@txokolate.example", "Marta", "Txokolate", "Dirección de Marketing"),
     notes="Spain; CEO writes personally; 'hemos optado por un perfil con más recorrido'"),

dict(slug="argentina-voseo-terse", day="2026-11-25", label="rejection", cat="terse", style="personal",
     frm="Nico Pereyra <nico@yerbamate-labs.example>",
     subject="Re: charla del martes",
     reply=True, enc="quoted-printable",
     body="""Che Sam, ¿cómo andás?

Te cuento rápido: al final no vamos a avanzar con vos para lo de Growth Lead. Buscamos alguien con más cancha en B2B. Gracias por la buena onda, de verdad.

Abrazo,
Nico""",
     quote=("El mar, 24 nov 2026 a las 17:40, Sam Taylor (<sam.taylor@example.org>) escribió:",
            """Nico, ¡gracias por la charla de hoy! Espero noticias.
Sam"""),
     lab=("nico@yerbamate-labs.example", "Nico", "", "Growth Lead"),
     notes="Argentina voseo; terse; In-Reply-To; company only in domain"),

dict(slug="consultora-cliente-no-continua", label="rejection", cat="agency", style="personal",
     frm="Raúl Domínguez <rdominguez@selecta-rrhh.example>",
     subject="Feedback de Bodegas Albariza – Marketing Manager Export",
     enc="quoted-printable",
     body="""Buenos días, Sam:

Te escribo con la respuesta de nuestro cliente, Bodegas Albariza, sobre el puesto de Marketing Manager Export.

Les gustó mucho tu presentación, pero han decidido no continuar con tu candidatura: la familia propietaria quiere a alguien que ya haya trabajado con importadores en Estados Unidos y Asia, y en ese punto había otros perfiles con más experiencia.

Lo siento, porque creo que encajabas muy bien en la cultura de la bodega. Seguiré contando contigo para los próximos procesos.

Un saludo,
Raúl Domínguez
Consultor Senior · Selecta RRHH
Jerez de la Frontera · 656 55 42 10""",
     lab=("rdominguez@selecta-rrhh.example", "Raúl", "Bodegas Albariza", "Marketing Manager Export"),
     notes="agency relays the client; company = client"),

dict(slug="cubierta-internamente", label="rejection", cat="internal-candidate", style="personal",
     frm="Beatriz Solana <beatriz.solana@lumbre-energia.example>",
     subject="Posición de Content Marketing Manager",
     enc="8bit",
     body="""Hola Sam,

Quería contarte que finalmente la posición de Content Marketing Manager se ha cubierto internamente: una compañera del equipo de comunicación ha dado el paso y la dirección ha preferido apostar por ella.

Por eso cerramos el proceso externo, también en tu caso. Gracias de corazón por tu tiempo y por la prueba que preparaste, que nos gustó mucho.

Un saludo,
Beatriz Solana
HR Business Partner · Lumbre Energía
Valencia""",
     lab=("beatriz.solana@lumbre-energia.example", "Beatriz", "Lumbre Energía", "Content Marketing Manager"),
     notes="internal candidate; external process closed"),

dict(slug="no-ha-podido-ser-cv", label="rejection", cat="keep-on-file", style="personal",
     frm="Jorge Alcántara <jorge.alcantara@pixelmedia.example>",
     subject="Sobre tu candidatura a Social Media Lead",
     enc="base64",
     body="""Hola Sam,

Mil gracias por tu paciencia durante todo el proceso para Social Media Lead.

Esta vez no ha podido ser: el equipo se ha decantado por alguien que ya conocía nuestras cuentas de clientes del sector moda. Aun así, tu prueba fue de las mejores que recibimos, así que, si te parece bien, guardo tu CV para el puesto de estrategia que abriremos en primavera.

Un abrazo y mucha suerte,
Jorge Alcántara
Director Creativo · Pixel Media
Málaga · 952 55 18 73""",
     lab=("jorge.alcantara@pixelmedia.example", "Jorge", "Pixel Media", "Social Media Lead"),
     notes="'Esta vez no ha podido ser'; CV kept; base64"),

# ---------------------------------------------------------------- other, ATS
dict(slug="acuse-recibo-hedge", label="other", cat="ack-hedging", style="ats",
     frm="Grupo Almendra <no-reply@smartrecruiters.com>",
     subject="Hemos recibido tu candidatura – Brand Manager",
     banner="Grupo Almendra", enc="quoted-printable", colour="#a0522d",
     body="""Hola, Sam:

¡Gracias por inscribirte en la oferta de Brand Manager de Grupo Almendra! Tu candidatura se ha registrado correctamente.

Nuestro equipo revisará tu perfil en las próximas semanas. Tanto si avanzas a la siguiente fase como si no, te lo haremos saber por correo: no nos gusta dejar a nadie sin respuesta.

Mientras tanto, puedes consultar el estado en tu [[área personal]].

Equipo de Selección de Grupo Almendra""",
     footer="""Grupo Almendra, S.A. · Alicante · [[Política de privacidad]] · No respondas a este correo.""",
     notes="acknowledgement that hedges ('Tanto si avanzas ... como si no, te lo haremos saber')"),

dict(slug="invitacion-entrevista-workday", label="other", cat="interview-invite", style="ats",
     frm="Iberseguros <iberseguros@myworkday.com>",
     subject="Invitación a entrevista – REQ-7802 Jefe/a de Producto Digital",
     banner="Iberseguros · Empleo", enc="quoted-printable", colour="#c8102e",
     body="""Estimado/a Sam Taylor:

Nos complace comunicarle que su candidatura para la posición de Jefe/a de Producto Digital ha superado la fase de preselección.

Le invitamos a una entrevista por videollamada con el equipo de Marketing Digital. Por favor, seleccione el horario que mejor le convenga: [[Reservar entrevista]]

Atentamente,
Departamento de Personas
Iberseguros""",
     footer="""Este mensaje se ha generado automáticamente; por favor, no responda a esta dirección. · [[Política de privacidad]]""",
     notes="interview invitation; same sender as a rejection"),

dict(slug="sigue-en-revision", label="other", cat="status-update", style="ats",
     frm="Cactus Pagos <no-reply@us.greenhouse-mail.io>",
     subject="Tu postulación sigue en revisión",
     banner="cactus", enc="base64", colour="#2a9d8f",
     body="""¡Hola, Sam!

Solo queríamos contarte que seguimos revisando las postulaciones para la vacante de Head of Brand. Recibimos muchas más de las que esperábamos y queremos darle a cada una la atención que merece.

Todavía no hemos tomado ninguna decisión. Esperamos tener novedades antes del 18 de diciembre.

¡Gracias por tu paciencia!
Equipo de Talento de Cactus Pagos""",
     footer="""Cactus Pagos S.A.P.I. de C.V. · Ciudad de México · [[Aviso de privacidad]]""",
     notes="status update: still under review"),

dict(slug="newsletter-rechazo", label="other", cat="newsletter", style="ats",
     frm="Empleo en Marketing <boletin@empleoenmarketing.example>",
     subject="Boletín semanal: cómo responder cuando te dicen que no",
     banner="Empleo en Marketing · Boletín nº 88", enc="quoted-printable", colour="#e63946",
     headers={"List-Unsubscribe": "<https://click.example/u/eem-88>", "Precedence": "bulk"},
     body="""¡Hola!

Esta semana hablamos de algo que a todos nos ha pasado: el correo que empieza con «Lamentamos comunicarte…».

• Cinco respuestas breves para agradecer y dejar la puerta abierta: [[leer artículo]]
• ¿Pedir feedback? Sí, pero con estas tres preguntas.
• Ofertas destacadas: 14 puestos de marketing en Madrid, Barcelona y remoto. [[Ver ofertas]]

¡Hasta el próximo martes!""",
     footer="""Recibes este boletín porque te suscribiste en empleoenmarketing.example. [[Darse de baja]]""",
     notes="newsletter about rejections"),

dict(slug="charla-congreso-no-seleccionada", label="other", cat="non-job-rejection", style="ats",
     frm="Marketing Summit Valencia <speakers@mksummit-vlc.example>",
     subject="Resultado de tu propuesta de ponencia",
     banner="Marketing Summit Valencia 2027", enc="quoted-printable", colour="#ff6f00",
     body="""Hola, Sam:

Gracias por enviar tu propuesta «Del lanzamiento al hábito: métricas de adopción que sí importan» para la edición 2027.

Este año hemos recibido 412 propuestas para 36 huecos, y lamentablemente la tuya no ha sido seleccionada por el comité de programa.

Como ponente candidato/a, tienes un 20 % de descuento en tu entrada con el código CFP27. ¡Esperamos verte allí!

Comité de Programa""",
     footer="""Marketing Summit Valencia · [[Privacidad]] · [[Darse de baja]]""",
     notes="non-job: conference talk proposal not selected"),

# ---------------------------------------------------------------- other, personal
dict(slug="companero-descarte-finalistas", label="other", cat="owner-is-hiring", style="personal",
     frm="Álvaro Ruiz <alvaro.ruiz@example.org>",
     subject="Correos de descarte – finalistas de Growth",
     enc="8bit",
     body="""Sam, ¿qué tal?

Ya tenemos el sí de Irene para el puesto de Growth. ¿Les mandas tú el correo de descarte a los otros dos finalistas? Yo tengo lista la plantilla:

«Gracias por tu tiempo. Hemos decidido continuar con otra persona cuyo perfil se ajusta más a lo que buscamos…»

Cámbiala como veas, que tú los conociste más.

Gracias,
Álvaro
People · Example Org""",
     notes="owner is hiring: colleague asks Sam to send rejections"),

dict(slug="headhunter-puesto-cubierto-nuevos", label="other", cat="recruiter-pitch-filled", style="personal",
     frm="Carmen Villalba <carmen@talentoplus.example>",
     subject="Nuevas oportunidades que te pueden encajar",
     enc="quoted-printable",
     body="""Hola Sam,

En verano hablamos de la posición de Marketing Director en una cadena hotelera; entonces me dijiste que no era el momento. Esa posición ya está cubierta, pero me han entrado dos procesos nuevos que creo que te pueden interesar:

- Head of Product Marketing en una fintech (Madrid, híbrido)
- Brand Director para una marca de moda sostenible (Barcelona)

¿Te viene bien una llamada el jueves?

Saludos,
Carmen Villalba
Talento Plus · 600 55 23 41""",
     notes="recruiter: old role filled (owner had declined), pitching new ones"),

dict(slug="oferta-carta", label="other", cat="offer", style="personal",
     frm="Diego Montoya <diego.montoya@senderoapp.example>",
     subject="¡Queremos que te unas a Sendero!",
     enc="8bit",
     body="""Hola Sam,

¡Qué alegría escribirte este correo! Después de hablarlo con todo el equipo, queremos ofrecerte el puesto de Head of Marketing en Sendero.

Te adjunto a continuación lo que hablamos: salario fijo de 68.000 € más variable, incorporación el 11 de enero y dos días de teletrabajo. Mañana te llegará la carta formal para firmar.

Cualquier duda, llámame cuando quieras.

Un abrazo,
Diego
CEO · Sendero · 611 55 90 12""",
     notes="offer"),

dict(slug="amigo-reenvia-rechazo", day="2026-11-30", label="other", cat="forwarded", style="personal",
     frm="Pablo Ortega <pablo.ortega@correo.example>",
     subject="Fwd: Proceso de selección – Analista de Marketing",
     enc="quoted-printable",
     body="""Sam, mira esto. Después de cuatro entrevistas… ¿Tú contestarías? ¿Qué pondrías?

---------- Forwarded message ---------
De: Selección Norte Retail <seleccion@norteretail.example>
Date: lun, 30 nov 2026 a las 12:15
Subject: Proceso de selección – Analista de Marketing
To: <pablo.ortega@correo.example>

Hola Pablo:
Te agradecemos tu participación. Lamentablemente, hemos decidido continuar con otros candidatos.
Un saludo,
Selección Norte Retail""",
     notes="a friend's rejection forwarded to the owner"),

dict(slug="piso-alquiler-otro-inquilino", label="other", cat="non-job-rejection", style="personal",
     frm="Inmobiliaria Brisa <alquileres@inmobrisa.example>",
     subject="Piso calle Colón 22 – respuesta del propietario",
     enc="8bit",
     body="""Buenas tardes:

Gracias por su interés en el piso de la calle Colón y por enviarnos toda la documentación.

El propietario ha decidido alquilarlo a otro inquilino que podía entrar a vivir el 1 de diciembre, así que no podemos seguir adelante con su solicitud.

Le avisaremos si sale algo parecido por la zona.

Un saludo,
Rocío
Inmobiliaria Brisa · 963 55 47 21""",
     notes="non-job: flat rental refused"),
]
