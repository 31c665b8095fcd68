"""Spanish messages (Spain, Mexico, Argentina, Uruguay): 8 rejections, 8 hard negatives."""
from content_common import BULK

L = {"lang": "es"}

MESSAGES = [
# ---------------------------------------------------------------- rejections
dict(L, slug="es-ribera-greenhouse-otros-candidatos", label="rejection", cat="ats-automated", country="ES", style="ats",
     vendor="greenhouse", brand="Ribera Comunicación", h2t=True,
     frm="Ribera Comunicación <no-reply@us.greenhouse-mail.io>",
     subject="Tu candidatura a Responsable de Comunicación Corporativa",
     text="""Hola Sam:

Gracias por tu interés en Ribera Comunicación y por el tiempo que has dedicado a tu candidatura para el puesto de Responsable de Comunicación Corporativa.

Hemos revisado con atención tu perfil y, tras valorarlo junto con el de otras personas, hemos decidido avanzar con otros candidatos cuya experiencia encaja mejor con lo que buscamos en este momento.

Te animamos a seguir de cerca nuestras [[ofertas de empleo]] y a volver a presentarte si ves un puesto que te interese.

Un saludo,
Equipo de Talento de Ribera Comunicación""",
     about="Ribera Comunicación es una agencia independiente de comunicación y asuntos públicos con oficinas en Madrid, Valencia y Sevilla. Premio Agencia del Año 2025 en los Premios Comunicar.",
     exp=("", "", "Ribera Comunicación", "Responsable de Comunicación Corporativa"),
     notes="ordinary; html2text plain with [image] and link list"),

dict(L, slug="es-infojobs-estado-descartado", day="2026-10-14", label="rejection", cat="job-board-relay", country="ES", style="ats",
     vendor="infojobs", brand="InfoJobs",
     frm="InfoJobs <notificaciones@infojobs.example>",
     subject="Novedades en tu inscripción: Editor/a de contenidos web",
     text="""Hola Sam,

La empresa ha actualizado el estado de tu inscripción.

{table}

¿Qué significa esto? La empresa ha revisado tu CV y ha decidido no continuar contigo en este proceso. No te desanimes: hay 214 ofertas nuevas de Comunicación y Periodismo en Madrid esta semana.

[[Ver ofertas similares]]""",
     table=[("Oferta", "Editor/a de contenidos web"), ("Empresa", "Editorial Marea Alta"),
            ("Estado", "Descartado"), ("Fecha", "14/10/2026")],
     button="Ir a mis candidaturas",
     exp=("", "", "Editorial Marea Alta", "Editor/a de contenidos web"),
     notes="job-board relay; status table; bulk headers"),

dict(L, slug="es-mx-museo-prensa-posicion-cubierta", label="rejection", cat="ats-automated", country="MX", style="ats",
     vendor="inhouse", brand="Museo de Arte Popular del Bajío", html_only=True,
     frm="Reclutamiento MAPB <reclutamiento-noreply@mapb.example>",
     subject="Proceso de selección — Coordinador(a) de Prensa y Difusión",
     text="""Estimado(a) Sam Taylor:

Reciba un cordial saludo de parte del Museo de Arte Popular del Bajío. Queremos agradecerle sinceramente su participación en el proceso de selección para la vacante de Coordinador(a) de Prensa y Difusión, así como el interés mostrado en formar parte de una institución dedicada a la preservación y difusión del arte popular mexicano.

Durante las últimas semanas recibimos más de 300 postulaciones de gran calidad. Le informamos que la posición ha sido cubierta y que el proceso se da por concluido. Valoramos mucho la trayectoria que compartió con nosotros en medios y comunicación cultural.

Con base en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, sus datos serán conservados durante seis meses. ¿Desea que mantengamos su expediente en nuestra cartera para futuras vacantes? Puede indicarlo en el siguiente [[formulario de consentimiento]].

Atentamente,
Coordinación de Recursos Humanos
Museo de Arte Popular del Bajío""",
     legal=["Aviso de privacidad integral disponible en mapb.example/privacidad. Este correo es generado automáticamente; no responda a esta dirección."],
     exp=("", "", "Museo de Arte Popular del Bajío", "Coordinador(a) de Prensa y Difusión"),
     notes="html-only; verdict mid-letter; data-retention question; usted"),

dict(L, slug="es-ar-festival-busqueda-congelada", label="rejection", cat="role-cancelled", country="AR", style="ats",
     vendor="teamtailor", brand="Festival de Cine del Sur",
     frm="Festival de Cine del Sur <notifications@mail.teamtailor.com>",
     subject="Novedades sobre la búsqueda de Productor/a de Eventos",
     text="""¡Hola Sam!

Te escribimos para contarte cómo sigue la búsqueda de Productor/a de Eventos para la edición 2027 del festival.

Por una reorganización del presupuesto (los fondos del INCAA para el próximo año todavía no están confirmados) decidimos congelar la búsqueda y no vamos a cubrir el puesto por ahora. Esto significa que tu postulación queda cerrada; no es algo que tenga que ver con tu perfil, que nos gustó mucho.

Si la búsqueda se reabre la vamos a publicar de nuevo en nuestra [[página de empleos]] y te vamos a avisar.

Cualquier consulta, escribime a lucia.benitez@festivalcinesur.example.

Un abrazo,
Lucía Benítez
Personas y Cultura · Festival de Cine del Sur""",
     exp=("lucia.benitez@festivalcinesur.example", "Lucía", "Festival de Cine del Sur", "Productor/a de Eventos"),
     notes="search frozen; voseo; reply_to named in body; bulk headers"),

dict(L, slug="es-radio-levante-decantado", day="2026-10-08", label="rejection", cat="personal-after-interview", country="ES", style="personal",
     frm="Marta Lloret Soler <marta.lloret@radiolevante.example>",
     subject="Re: Entrevista jefatura de Comunicación y Audiencias",
     parent=True, parent_domain="example.org", client_html=True,
     text="""Hola Sam,

Perdona que haya tardado más de lo que te dije el martes; hemos tenido semana de parrilla nueva y no he levantado la cabeza.

Primero, gracias de verdad por la entrevista y por la propuesta que trajiste para el pódcast matinal. A Joan y a mí nos pareció muy buena, sobre todo la parte de newsletters por comarcas, y te confieso que la hemos comentado varias veces desde entonces.

Dicho esto, al final nos hemos decantado por otra persona para la jefatura de Comunicación y Audiencias. Ha pesado mucho que ya conoce la casa (estuvo dos años en informativos) y que habla valenciano a diario con los oyentes, que para este puesto en concreto era casi imprescindible.

No quiero que esto quede en un correo formal: si te parece, en unos meses tomamos un café. Estoy segura de que volveremos a coincidir.

Un abrazo,
Marta

--
Marta Lloret Soler
Directora de Contenidos · Radio Levante
+34 963 000 412

El mar. 6 oct 2026 a las 18:02, Sam Taylor <sam.taylor@example.org> escribió:
> Hola Marta:
> Muchas gracias por la conversación de esta mañana. Te adjunto el esquema
> del que hablamos. Quedo a tu disposición.
> Sam""",
     exp=("marta.lloret@radiolevante.example", "Marta", "Radio Levante", "jefatura de Comunicación y Audiencias"),
     notes="long letter; verdict in the middle; softened; Gmail quote"),

dict(L, slug="es-mx-agencia-cliente-salud", label="rejection", cat="agency-recruiter", country="MX", style="personal",
     frm="Andrés Villaseñor <andres.villasenor@talentocreativo.example>",
     subject="Retroalimentación – Gerente de Comunicación Externa (Laboratorios Oyamel)",
     text="""Hola Sam, ¿qué tal?

Ya tengo respuesta de Laboratorios Oyamel sobre la posición de Gerente de Comunicación Externa.

Te comparto lo que me dijeron tal cual: les gustó tu manera de explicar la gestión de crisis y la parte editorial, pero el cliente decidió seguir con un perfil con más experiencia en el sector salud regulado (COFEPRIS, farmacovigilancia). Así que por esta ocasión no vas a continuar en el proceso.

Sé que no es la noticia que esperabas. Tengo un par de búsquedas de comunicación en consumo masivo que creo que te quedan mejor; si te late, platicamos el jueves.

Saludos,
Andrés Villaseñor
Consultor Senior | Talento Creativo Consultores
Cel. +52 55 0000 1844""",
     exp=("andres.villasenor@talentocreativo.example", "Andrés", "Laboratorios Oyamel", "Gerente de Comunicación Externa"),
     notes="agency relays client's no; company = client; new roles offered after the verdict"),

dict(L, slug="es-uy-fundacion-interno-corto", day="2026-11-09", label="rejection", cat="terse", country="UY", style="personal",
     frm="Federico Olivera <fede.olivera@fundacionramblasur.example>",
     subject="RE: Consulta sobre la búsqueda de Coordinador/a de Comunicación",
     parent=True, parent_domain="example.org",
     text="""Hola Sam, perdón la demora. Finalmente el puesto se cubrió con alguien de adentro del equipo. Gracias por tu tiempo y por la paciencia.
Abrazo,
Fede

Enviado desde mi iPhone

> El 2 nov 2026, a las 10:14, Sam Taylor <sam.taylor@example.org> escribió:
>
> Hola Federico, ¿cómo estás? Te escribo para saber si hay novedades sobre la
> búsqueda de Coordinador/a de Comunicación en Fundación Rambla Sur. Sigo muy
> interesado. ¡Gracias!
> Sam""",
     exp=("fede.olivera@fundacionramblasur.example", "Federico", "Fundación Rambla Sur", "Coordinador/a de Comunicación"),
     notes="short reply above owner's chaser; filled internally; company/role only in quote; signs 'Fede', From says Federico"),

dict(L, slug="es-cierzo-reenvio-direccion", day="2026-10-19", label="rejection", cat="forwarded-about-owner", country="ES", style="personal",
     frm="Irene Gállego <irene.gallego@grupocierzo.example>",
     subject="RV: Candidatura Sam Taylor - Content Lead",
     text="""Sam, buenos días:

Te reenvío abajo la respuesta de Dirección Editorial. Lamentablemente no seguimos adelante con tu candidatura al puesto de Content Lead; prefería que lo leyeras tal cual, porque el comentario sobre tu prueba es muy positivo.

Si quieres lo hablamos por teléfono esta tarde.

Irene Gállego
Selección · Grupo Editorial Cierzo
976 00 00 31

-----Mensaje original-----
De: Pablo Arnal <pablo.arnal@grupocierzo.example>
Enviado el: lunes, 19 de octubre de 2026 9:47
Para: Irene Gállego <irene.gallego@grupocierzo.example>
Asunto: RE: Candidatura Sam Taylor - Content Lead

Irene, the test was really good, especially the newsletter plan. But we'll go with Nuria: she already runs two of our imprints' channels and we need someone from day one. Please let Sam know, and thank them from me.
Pablo""",
     exp=("irene.gallego@grupocierzo.example", "Irene", "Grupo Editorial Cierzo", "Content Lead"),
     notes="recruiter forwards hiring manager's no; quoted note in English; Outlook original-message header"),

# ---------------------------------------------------------------- hard negatives
dict(L, slug="es-workable-acuse-volumen", day="2026-10-06", label="other", cat="ack-received", country="ES", style="ats",
     vendor="workable", brand="Barcelona Arts Week",
     frm="Barcelona Arts Week <noreply@candidates.workablemail.com>",
     subject="Hemos recibido tu candidatura – Responsable de Prensa Internacional",
     text="""Hola Sam,

¡Gracias por presentar tu candidatura para Responsable de Prensa Internacional en Barcelona Arts Week!

Nuestro equipo revisará todas las solicitudes a partir del 20 de octubre. Debido al gran volumen de candidaturas que recibimos, lamentablemente no podemos responder de forma individual a cada persona. Si no has tenido noticias nuestras en un plazo de cuatro semanas, puedes entender que en esta ocasión no seguimos adelante.

Mientras tanto, puedes consultar el estado de tu candidatura en cualquier momento.

Saludos,
El equipo de Barcelona Arts Week""",
     button="Ver mi candidatura",
     notes="hedging acknowledgement; conditional no-news-means-no"),

dict(L, slug="es-mx-smartrecruiters-traslado", label="other", cat="requisition-transfer", country="MX", style="ats",
     vendor="smartrecruiters", brand="Grupo Multimedios Anáhuac",
     frm="Grupo Multimedios Anáhuac <notification@smartrecruiters.com>",
     subject="Actualización de tu postulación: Community Manager",
     text="""Hola Sam,

Te escribimos sobre tu postulación a Community Manager (Ref. GMA-2291).

Hemos cerrado esa vacante porque el área de Audiencias se fusionó con Redes Sociales. Sin embargo, tu perfil nos pareció muy interesante, así que hemos trasladado tu postulación a la nueva vacante Social Media Lead (Ref. GMA-2340), que sigue abierta y cuyo proceso comienza la próxima semana. No necesitas hacer nada: conservarás tu lugar en el proceso.

{table}

Si prefieres no participar en la nueva vacante, puedes retirar tu postulación desde tu perfil.

Saludos cordiales,
Atracción de Talento — Grupo Multimedios Anáhuac""",
     table=[("Vacante anterior", "Community Manager — Cerrada"), ("Nueva vacante", "Social Media Lead — En revisión")],
     notes="requisition closed, application moved to a new one"),

dict(L, slug="es-ayudas-periodismo-denegada", label="other", cat="non-job-rejection", country="ES", style="ats",
     vendor="inhouse", brand="Fundación Puerta del Ebro", headers=BULK,
     frm="Convocatorias Fundación Puerta del Ebro <convocatorias@fpebro.example>",
     subject="Resolución provisional – Ayudas a la Creación Periodística 2026",
     text="""Estimado/a Sam Taylor:

Le comunicamos que la Comisión de Valoración de las Ayudas a la Creación Periodística 2026 ha emitido su resolución provisional.

Lamentamos informarle de que su proyecto «Las redacciones vacías» no ha sido seleccionado para recibir financiación en esta convocatoria. La comisión ha recibido 412 solicitudes para 12 ayudas.

{table}

Dispone de diez días hábiles para presentar alegaciones a través de la [[sede electrónica]].

Atentamente,
Secretaría Técnica de Convocatorias""",
     table=[("Expediente", "ACP-2026-0387"), ("Puntuación", "71/100 (corte: 82)"), ("Estado", "Denegada")],
     notes="grant refused; same verdict vocabulary"),

dict(L, slug="es-infojobs-alerta-consejos", label="other", cat="job-alert", country="ES", style="ats",
     vendor="infojobs", brand="InfoJobs", h2t=True,
     frm="InfoJobs <alertas@infojobs.example>",
     subject="Sam, 12 nuevas ofertas de Comunicación en Madrid",
     text="""Hola Sam, estas son las ofertas nuevas que coinciden con tu alerta «comunicación cultura Madrid»:

- Técnico/a de Comunicación — Teatro Arniches (Madrid) — 28.000-32.000 €
- Redactor/a de contenidos — Agencia Faro Digital (remoto) — 24.000 €
- Responsable de Eventos — Fundación Medialuna (Madrid) — Salario no disponible
- Press Officer (inglés C1) — Festival Ola Sonora (Madrid) — 30.000 €

¿Te han dicho que no? Lee nuestro artículo [[Cómo responder a un rechazo y no cerrar puertas]]: qué escribir cuando una empresa te descarta, y por qué vale la pena contestar.

[[Ver las 12 ofertas]]""",
     notes="job-alert digest; advice article about rejection"),

dict(L, slug="es-colega-descartes-finalistas", day="2026-11-16", label="other", cat="owner-hiring", country="ES", style="personal",
     frm="Laura Prieto <laura.prieto@example.org>",
     subject="Re: descartes finalistas Editor/a Madrid",
     parent=True, parent_domain="example.org",
     text="""Sam,

Hecho: ya les mandé el correo de descarte a los tres finalistas que no pasaron (Pablo, Inés y Rodrigo), con la plantilla que revisaste, y les he dado las gracias de tu parte. Pablo ha contestado enseguida pidiendo feedback; ¿se lo das tú o le digo que lamentablemente no damos feedback individual?

Con Carla cerramos la oferta el lunes.

Laura
People Partner · Calder Street Media

El vie, 13 nov 2026 a las 17:40, Sam Taylor <sam.taylor@example.org> escribió:
> Laura, adelante con los descartes. Gracias por gestionarlo.""",
     notes="colleague at owner's employer; candidates Sam rejected"),

dict(L, slug="es-ar-invitacion-respuesta-seguimiento", day="2026-11-18", label="other", cat="answer-to-owner-question", country="AR", style="personal",
     frm="Valentina Ruiz <valentina.ruiz@editorialpampa.example>",
     subject="Re: ¿Novedades sobre Editor/a de Comunicación?",
     parent=True, parent_domain="example.org",
     text="""¡Hola Sam! No, para nada, no elegimos a otra persona 🙂 Perdoname el silencio, estuvimos con la Feria del Libro encima.

Queremos invitarte a la última entrevista con Horacio (director editorial). ¿Te queda bien el miércoles 25 a las 11 h (hora de Buenos Aires) por Meet? Si no, pasame dos horarios.

Saludos,
Vale

Valentina Ruiz · Recursos Humanos · Editorial Pampa
+54 11 0000-7731

El lun, 16 nov 2026 a las 9:03, Sam Taylor <sam.taylor@example.org> escribió:
> Hola Valentina, ¿cómo estás? Quería saber si ya tomaron una decisión sobre
> el puesto de Editor/a de Comunicación o si siguieron con otro candidato.
> Muchas gracias,
> Sam""",
     notes="invitation answering owner's 'did you go with someone else?'"),

dict(L, slug="es-decision-retrasada-comite", label="other", cat="status-update", country="ES", style="personal",
     frm="Jordi Ferrer <jordi.ferrer@museumaritim.example>",
     subject="Sobre el puesto de Coordinación de Públicos",
     text="""Hola Sam,

Te escribo porque te dije que tendrías respuesta esta semana y no va a ser así. Lo siento.

El comité de dirección no se reúne hasta el día 27 y la decisión sobre la coordinación de públicos no se puede tomar sin ellos. Sigues en el proceso junto con otra persona; no te hemos descartado, ni mucho menos.

En cuanto sepa algo te llamo.

Jordi Ferrer
Cap de Comunicació · Museu Marítim de Ponent""",
     notes="decision delayed; 'no te hemos descartado'"),

dict(L, slug="es-piso-ruzafa-otro-inquilino", label="other", cat="non-job-rejection", country="ES", style="personal",
     frm="Inmobiliaria Turia <alquileres@inmoturia.example>",
     subject="Piso calle Ruzafa 41, 3º — solicitud",
     text="""Buenas tardes Sam,

Le escribo en relación con su solicitud para el piso de la calle Ruzafa. Lamentablemente, el propietario ha elegido a otro inquilino cuya fecha de entrada le encajaba mejor, así que no podemos seguir adelante con su solicitud.

Le mantenemos en nuestra lista por si sale algo similar en el barrio.

Un saludo,
Rocío
Inmobiliaria Turia""",
     notes="rental refused; wording identical to a job rejection"),
]
