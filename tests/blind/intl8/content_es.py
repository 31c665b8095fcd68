"""Spanish messages (Spain, Mexico, Colombia, Chile, Argentina): 16 rejections, 16 hard negatives."""
from content_common import rej, oth, AUTO, BULK, OWNER

MESSAGES = [
# ---------------- rejections, ATS ----------------
rej("almazara-greenhouse-otras", "es-ES", "ats", "ats-automated",
    "Almazara Digital <no-reply@us.greenhouse-mail.io>",
    "Tu candidatura a Product Marketing Manager en Almazara Digital",
    """Hola Sam:

Gracias por tu interés en Almazara Digital y por el tiempo que has dedicado a presentar tu candidatura para el puesto de Product Marketing Manager.

Hemos recibido muchísimas candidaturas con perfiles muy interesantes. Después de revisarlas con detalle, hemos decidido seguir adelante con otras candidaturas cuyo perfil se ajusta más a las necesidades actuales del equipo.

Te animamos a consultar nuestra [[página de empleo]] de vez en cuando: publicamos nuevas posiciones casi cada semana.

Un saludo cordial,
El equipo de Talento de Almazara Digital""",
    ("", "", "Almazara Digital", "Product Marketing Manager"), "greenhouse; verdict-middle; no-reply",
    vendor="greenhouse", brand="Almazara Digital", headers=AUTO,
    about="Almazara Digital es la plataforma de comercio electrónico para productores de aceite y alimentación gourmet de Jaén. Somos una empresa comprometida con la igualdad de oportunidades.",
    legal=["Este mensaje se ha enviado desde una dirección que no admite respuestas.",
           "Responsable del tratamiento: Almazara Digital S.L. Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a privacidad@almazara.example."]),

rej("textil-levante-infojobs-descartado", "es-ES", "ats", "ats-automated",
    "InfoJobs <notificaciones@infojobs.example>",
    "Actualización de tu candidatura: Responsable de Marketing Digital",
    """Hola Sam,

La empresa Grupo Textil Levante ha actualizado el estado de tu candidatura.

{table}

El proceso de selección ha finalizado para ti. Esto no significa que tu perfil no sea bueno: cada empresa busca algo concreto en cada momento.

Hay 312 ofertas nuevas que encajan con tu perfil. [[Ver ofertas recomendadas]]

Ánimo con la búsqueda,
El equipo de InfoJobs""",
    ("", "", "Grupo Textil Levante", "Responsable de Marketing Digital"), "job-board relay; status table; 'proceso finalizado para ti'",
    vendor="infojobs", brand="InfoJobs", headers=BULK,
    table=[("Oferta", "Responsable de Marketing Digital"), ("Empresa", "Grupo Textil Levante"), ("Ubicación", "Elche (Alicante)"), ("Estado", "Descartado")],
    button="Ir a mis candidaturas"),

rej("cerveceria-bajio-workday-usted", "es-MX", "ats", "keep-on-file",
    "Cervecería del Bajío <cerveceriadelbajio@myworkday.com>",
    "Cervecería del Bajío | Seguimiento a su postulación – Gerente de Insights de Consumidor (REQ-20931)",
    """Estimado(a) Sam Taylor:

Le agradecemos sinceramente su interés en formar parte de Cervecería del Bajío y el tiempo invertido en nuestro proceso de reclutamiento para la vacante Gerente de Insights de Consumidor (REQ-20931).

Queremos informarle que, después de una cuidadosa evaluación, hemos decidido no continuar con su candidatura en esta ocasión.

Con su autorización, nos gustaría conservar su currículum en nuestra base de talento durante 24 meses para considerarlo en futuras vacantes. Si no está de acuerdo, puede indicarlo en el [[portal de candidatos]] o escribirnos a reclutamiento@cerveceriabajio.example.

Le deseamos mucho éxito en su desarrollo profesional.

Atentamente,
Atracción de Talento
Cervecería del Bajío, S.A. de C.V.""",
    ("reclutamiento@cerveceriabajio.example", "", "Cervecería del Bajío", "Gerente de Insights de Consumidor"), "workday; usted; retention question; reply_to from body",
    vendor="workday", brand="Cervecería del Bajío", headers=AUTO,
    legal=["Aviso de privacidad: sus datos personales son tratados conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.",
           "Este correo fue enviado desde una cuenta no monitoreada; por favor no responda a este mensaje."]),

rej("seguros-andinos-computrabajo", "es-CO", "ats", "ats-automated",
    "Computrabajo <alertas@computrabajo.example>",
    "Seguros Andinos revisó tu hoja de vida",
    """¡Hola Sam!

Seguros Andinos revisó tu hoja de vida para la oferta Analista de Inteligencia de Mercados en Bogotá, D.C.

Tu hoja de vida no fue seleccionada para continuar en este proceso.

No te desanimes: hoy hay 1.204 ofertas publicadas en Marketing y Comunicación. [[Buscar ofertas]]

Consejo: completa tu perfil al 100 % y aumenta hasta 3 veces tus posibilidades de ser visto por las empresas.""",
    ("", "", "Seguros Andinos", "Analista de Inteligencia de Mercados"), "job-board relay; short status",
    vendor="computrabajo", brand="Computrabajo", headers=BULK, button="Ver mis postulaciones"),

rej("lactea-pampeana-bumeran-cubierta", "es-AR", "ats", "role-cancelled",
    "Bumeran <postulaciones@bumeran.example>",
    "Novedades de tu postulación en Lácteos La Pampeana",
    """Hola Sam,

Te escribimos para contarte que la búsqueda Jefe/a de Marca – Quesos Premium de Lácteos La Pampeana fue finalizada. La empresa nos informó que la posición ya fue cubierta.

Gracias por haberte postulado. Te dejamos algunos avisos similares que pueden interesarte:

- Brand Manager Sr. – Consumo masivo – CABA
- Jefe de Producto – Alimentos – Rosario
- Trade Marketing Manager – Córdoba

[[Ver todos los avisos]]""",
    ("", "", "Lácteos La Pampeana", "Jefe/a de Marca – Quesos Premium"), "job-board relay; filled; lists similar roles",
    vendor="bumeran", brand="Bumeran", headers=BULK),

rej("vina-quebrada-teamtailor-praise", "es-CL", "ats", "ats-automated",
    "Viña Quebrada Alta <notifications@teamtailor.example>",
    "Sobre tu postulación a Brand Manager",
    """Hola Sam:

¡Muchas gracias por postular a Viña Quebrada Alta! Sabemos que preparar una postulación toma tiempo y valoramos mucho que hayas querido conocernos.

Este año recibimos más de 400 postulaciones para nuestras vacantes en Santiago y en el valle de Colchagua, y cada una fue revisada por una persona de nuestro equipo, no por un robot. Tu experiencia en análisis de audiencias nos pareció muy interesante y la comentamos en el comité.

Nos encantaría que sigas nuestras novedades en Instagram y que vuelvas a postular cuando veas algo que te haga sentido.

En esta oportunidad no seguiremos adelante con tu postulación al cargo de Brand Manager.

Un abrazo,
Constanza Ríos
Talent Acquisition | Viña Quebrada Alta""",
    ("", "Constanza", "Viña Quebrada Alta", "Brand Manager"), "teamtailor; verdict at the very end after praise; signed, no address",
    vendor="teamtailor", brand="Viña Quebrada Alta", headers=AUTO),

rej("canal-mediterraneo-sf-cancelado", "es-ES", "ats", "role-cancelled",
    "Canal Mediterráneo de Aguas <seleccion@successfactors.example>",
    "Proceso de selección 2026-0417 – Técnico/a de Comunicación Corporativa",
    """Estimado/a candidato/a:

Nos ponemos en contacto con usted en relación con el proceso de selección de referencia 2026-0417, Técnico/a de Comunicación Corporativa, al que se inscribió el pasado mes de septiembre.

Le comunicamos que, por motivos organizativos ajenos a la valoración de las candidaturas, la Dirección ha resuelto dejar sin efecto la convocatoria. En consecuencia, el proceso queda cancelado y no se realizarán las pruebas previstas.

Agradecemos su participación. Las futuras convocatorias se publicarán en el apartado Trabaja con nosotros de nuestra web.

Atentamente,
Departamento de Personas y Organización
Canal Mediterráneo de Aguas, S.A.""",
    ("", "", "Canal Mediterráneo de Aguas", "Técnico/a de Comunicación Corporativa"), "successfactors; semi-public utility; convocatoria sin efecto; usted",
    vendor="successfactors", brand="Canal Mediterráneo de Aguas, S.A.", headers=AUTO,
    legal=["De conformidad con el Reglamento (UE) 2016/679, le informamos de que sus datos serán suprimidos una vez finalizado el proceso.",
           "Por favor, no responda a este correo electrónico."]),

rej("pasarela-lever-html-encaje", "es-ES", "ats", "ats-automated",
    "Pasarela Pagos <no-reply@hire.lever.co>",
    "Growth Lead – Pasarela Pagos",
    """Hola Sam,

Gracias por escribirnos para el puesto de Growth Lead. Hemos leído tu CV con atención.

Tras revisar tu perfil, vemos que no encaja lo suficiente con lo que necesitamos ahora mismo para este puesto (buscamos a alguien con experiencia muy directa en adquisición de comercios B2B), así que no vamos a avanzar con tu candidatura.

Si tienes cualquier pregunta, puedes responder a este correo y le llegará a nuestro equipo de talento.

Saludos,
Equipo de People · Pasarela Pagos""",
    ("talento@pasarela.example", "", "Pasarela Pagos", "Growth Lead"), "lever; HTML-only; reply-to team address",
    vendor="lever", brand="Pasarela Pagos", headers=AUTO, html_only=True, reply_to="Talento Pasarela <talento@pasarela.example>"),

# ---------------- rejections, personal ----------------
rej("editorial-faro-decantado", "es-ES", "personal", "personal-after-interview",
    "Lucía Gómez Arranz <lucia.gomez@editorialfaro.example>",
    "Re: Entrevista Responsable de Audiencias",
    """Hola Sam,

Muchas gracias por la conversación del martes y por la presentación que preparaste, de verdad que nos gustó mucho a los tres.

Te escribo para contarte cómo ha quedado el proceso de Responsable de Audiencias. Ha sido una decisión muy reñida, pero al final nos hemos decantado por otra persona que ya conoce el sector del libro desde dentro.

Si te parece bien, me gustaría tenerte en cuenta para lo que venga en 2027 (estamos montando el área de newsletters).

Un abrazo y mucha suerte,

Lucía Gómez Arranz
Directora de Personas
Editorial Faro
+34 915 550 182""",
    ("lucia.gomez@editorialfaro.example", "Lucía", "Editorial Faro", "Responsable de Audiencias"), "tú; after panel interview"),

rej("talentia-farmacias-interno", "es-MX", "personal", "agency-recruiter",
    "Jorge Villaseñor <jorge.villasenor@talentia-staffing.example>",
    "Farmacias del Pacífico - Coordinador de Trade Marketing",
    """Hola Sam, buenas tardes.

Te comparto la retro que me dio Farmacias del Pacífico sobre la vacante de Coordinador de Trade Marketing. Les gustó mucho tu entrevista con la Lic. Paredes, sobre todo la parte de analítica de punto de venta.

Sin embargo, me comentan que decidieron cubrir la posición con una persona interna que viene del área comercial en Mazatlán, así que el proceso se cierra para los candidatos externos.

Lamento no traerte mejores noticias. Sigo con tu CV en mi radar; tengo un par de clientes en consumo que podrían abrir algo en enero.

Saludos,
Jorge Villaseñor
Consultor Sr. | Talentia Staffing México
Cel. +52 33 1555 0147""",
    ("jorge.villasenor@talentia-staffing.example", "Jorge", "Farmacias del Pacífico", "Coordinador de Trade Marketing"), "agency relays client; internal candidate; company = client"),

rej("tero-pagos-pausa-voseo", "es-AR", "personal", "role-cancelled",
    "Martín Echeverry <martin@teropagos.example>",
    "Re: Charla PM",
    """Sam, ¿cómo andás?

Te debía esta respuesta, perdón la demora. Te cuento que la búsqueda de Product Manager quedó en pausa por tiempo indefinido: el directorio congeló las incorporaciones hasta que cerremos la ronda de inversión, y no sabemos cuándo va a ser.

Así que por ahora no vamos a poder seguir con vos en el proceso. Me quedé con muy buena impresión de la charla, en serio.

Si se reactiva te escribo yo directamente.

Abrazo,
Martín
--
Martín Echeverry | Head of Product | Tero Pagos
WhatsApp +54 9 11 5555 0193""",
    ("martin@teropagos.example", "Martín", "Tero Pagos", "Product Manager"), "voseo; hiring freeze; role paused for Sam", parent=True),

rej("cafetera-quindio-usted-final", "es-CO", "personal", "personal-after-interview",
    "Carolina Mejía Restrepo <cmejia@cafeteraquindio.example>",
    "Proceso de selección Jefe de Mercadeo",
    """Apreciado Sam, reciba un cordial saludo.

En nombre de la Cooperativa Cafetera del Quindío quiero agradecerle su participación en el proceso de selección para el cargo de Jefe de Mercadeo, así como la disposición para viajar a Armenia para la entrevista con la Gerencia.

El comité evaluó a los finalistas con base en la experiencia en mercados internacionales de café especial, el conocimiento del modelo cooperativo y la disponibilidad para radicarse en la región. Tras este análisis, lamentamos informarle que usted no ha sido seleccionado para continuar.

Agradecemos nuevamente su interés y le deseamos éxitos en sus proyectos.

Cordialmente,

Carolina Mejía Restrepo
Coordinadora de Gestión Humana
Cooperativa Cafetera del Quindío
PBX (606) 555 0120 ext. 214""",
    ("cmejia@cafeteraquindio.example", "Carolina", "Cooperativa Cafetera del Quindío", "Jefe de Mercadeo"), "usted; very formal; verdict near the end"),

rej("estudio-nomada-chaser-cubierta", "es-ES", "personal", "terse",
    "Álvaro Sanz <alvaro@estudionomada.example>",
    "Re: Director/a de Estrategia – ¿novedades?",
    """Hola Sam, perdona el retraso. La plaza ya está cubierta, lo siento mucho.
Gracias por tu paciencia.

Álvaro Sanz · Estudio Nómada

Enviado desde mi iPhone

> El 3 nov 2026, a las 9:12, Sam Taylor <sam.taylor@example.org> escribió:
>
> Hola Álvaro:
>
> Te escribo para saber si hay novedades sobre el puesto de Director/a de
> Estrategia. Sigo muy interesado/a en el proyecto.
>
> Un saludo,
> Sam""",
    ("alvaro@estudionomada.example", "Álvaro", "Estudio Nómada", "Director/a de Estrategia"), "reply to Sam's chaser; Apple Mail quote; terse",
    parent=True, wrap=False),

rej("rutas-sur-caso-practico", "es-CL", "personal", "after-assessment",
    "Felipe Contreras <fcontreras@rutasdelsur.example>",
    "Resultado caso práctico – Product Owner",
    """Hola Sam,

Gracias por enviar el caso práctico a tiempo, sabemos que era largo.

Lo revisamos con el equipo de Operaciones. La propuesta de priorización estaba bien argumentada, pero nos faltó profundidad en la parte de métricas de última milla, que para nosotros es clave en este rol. Con eso, el puntaje quedó bajo el corte que definimos para pasar a la entrevista final y no vamos a continuar contigo en el proceso de Product Owner.

Te adjunto igual los comentarios del panel por si te sirven:
- Muy buena estructura del documento.
- Poco detalle en costos por entrega.
- Supuestos de demanda sin validar.

Éxito en lo que viene,
Felipe Contreras
Gerente de Producto, Rutas del Sur Logística
+56 9 5555 0162""",
    ("fcontreras@rutasdelsur.example", "Felipe", "Rutas del Sur Logística", "Product Owner"), "after case study; feedback bullets"),

rej("brisamar-typos-guardar-cv", "es-ES", "personal", "keep-on-file",
    "Marta Ferrer <marta.ferrer@brisamarhotels.example>",
    "Head of CRM",
    """Hola Sam!!

Perdona q no te haya escrito antes, han sido unas semanas de locos con la temporada de congresos.

Bueno te cuento: no vamos a poder ofrecerte el puesto de Head of CRM, al final el comité de dirección prefirió un perfil con más experiencia en hotelería vacacional. Me da mucha rabia porque a mi me encantaste.

Me gustaría guardar tu cv para futuras posiciones en Hotel Group Brisamar si te parece bien, dime si no.

Un besazo
Marta

Marta Ferrer
Directora de Marketing | Hotel Group Brisamar
Palma de Mallorca · +34 971 555 038""",
    ("marta.ferrer@brisamarhotels.example", "Marta", "Hotel Group Brisamar", "Head of CRM"), "casual; typos; keep CV"),

rej("alcazar-retail-terse-perfil", "es-MX", "personal", "terse",
    "Diana Olvera <diana.olvera@grupoalcazar.example>",
    "Vacante Analista Sr. de Marketing – Grupo Alcázar Retail",
    """Gracias por tu tiempo, Sam. En esta ocasión no seguiremos con tu perfil.
Saludos.

Diana Olvera
Reclutamiento | Grupo Alcázar Retail""",
    ("diana.olvera@grupoalcazar.example", "Diana", "Grupo Alcázar Retail", "Analista Sr. de Marketing"), "two lines; role only in subject"),

# ---------------- other, ATS ----------------
oth("ribera-infojobs-en-proceso", "es-ES", "ats", "status-update",
    "InfoJobs <notificaciones@infojobs.example>",
    "Ribera Energía ha actualizado tu candidatura",
    """Hola Sam,

La empresa Ribera Energía ha actualizado el estado de tu candidatura.

{table}

Tu CV ha pasado el primer filtro y la empresa sigue evaluando candidaturas. Si avanzas, la empresa se pondrá en contacto contigo directamente. Si no es así, te lo notificaremos por este canal.

Consejo: las empresas valoran que tengas el perfil actualizado.""",
    "job-board; same template as a rejection; status 'En proceso'; hedge",
    vendor="infojobs", brand="InfoJobs", headers=BULK,
    table=[("Oferta", "Product Analyst"), ("Empresa", "Ribera Energía"), ("Estado", "En proceso"), ("Última actualización", "Hoy")],
    button="Ir a mis candidaturas"),

oth("mercadia-greenhouse-acuse", "es-ES", "ats", "ack-received",
    "Mercadia <no-reply@us.greenhouse-mail.io>",
    "Hemos recibido tu candidatura – Senior Product Manager",
    """Hola Sam:

¡Gracias por presentar tu candidatura al puesto de Senior Product Manager en Mercadia!

Nuestro equipo revisará tu perfil en las próximas dos semanas. Debido al gran volumen de candidaturas no siempre podemos responder a cada persona de forma individual, pero si decidimos no seguir adelante con tu candidatura también te lo comunicaremos por correo.

Mientras tanto, puedes conocer mejor cómo trabajamos en nuestro [[blog de ingeniería y producto]].

Un saludo,
Talent Team · Mercadia""",
    "acknowledgement with hedge about not moving forward",
    vendor="greenhouse", brand="Mercadia", headers=AUTO,
    about="Mercadia es el marketplace de mercados municipales de España. Fomentamos un entorno diverso e inclusivo.",
    legal=["No respondas a este correo: esta dirección no está monitorizada."]),

oth("aeropuertos-workday-entrevista", "es-MX", "ats", "interview-invite",
    "Grupo Aeroportuario Sierra <grupoaeroportuariosierra@myworkday.com>",
    "Invitación a entrevista – Gerente de Experiencia del Pasajero",
    """Estimado(a) Sam Taylor:

Nos complace informarle que su perfil ha sido preseleccionado para la vacante Gerente de Experiencia del Pasajero.

Le invitamos a una entrevista virtual con el equipo de Comercial. Por favor, seleccione el horario de su preferencia en el siguiente enlace antes del viernes: [[Agendar entrevista]]

Si ninguno de los horarios le resulta conveniente, responda a reclutamiento@gasierra.example y con gusto buscaremos una alternativa.

Atentamente,
Atracción de Talento""",
    "workday; interview invitation; usted",
    vendor="workday", brand="Grupo Aeroportuario Sierra", headers=AUTO),

oth("computrabajo-alerta-cerradas", "es-CO", "ats", "job-alert",
    "Computrabajo <alertas@computrabajo.example>",
    "5 nuevas ofertas de Marketing en Medellín",
    """¡Hola Sam!

Estas son las ofertas más recientes que coinciden con tu alerta "Marketing / Medellín":

- Coordinador(a) de Marca – Textiles Aburrá – Medellín
- Analista de CRM – Banco del Valle – Envigado
- Jefe de Producto Digital – Mandado App – Medellín
- Líder de Growth – Fintech Cuota – Remoto
- Ejecutivo(a) de Cuenta – Agencia Nodo – Medellín

Ofertas a las que te postulaste y que ya no reciben hojas de vida: 2. Las ofertas cerradas desaparecen de tu lista después de 30 días.

[[Ver todas las ofertas]]""",
    "job alert; mentions closed offers generically",
    vendor="computrabajo", brand="Computrabajo", headers=BULK),

oth("olea-smartrecruiters-prueba", "es-ES", "ats", "assessment",
    "Olea Seguros <jobs@smartrecruiters.example>",
    "Siguiente paso: prueba online – Analista de Marketing Cuantitativo",
    """Hola Sam,

¡Enhorabuena! Nos gustaría que continuaras en el proceso para Analista de Marketing Cuantitativo en Olea Seguros.

El siguiente paso es una prueba online de razonamiento numérico y un breve caso (unos 45 minutos en total). Tienes 5 días para completarla desde este enlace: [[Comenzar la prueba]]

Ten en cuenta que, si no completas la prueba en plazo, no podremos seguir valorando tu candidatura.

Un saludo,
Equipo de Selección de Olea Seguros""",
    "assessment invitation; conditional 'no podremos seguir' clause",
    vendor="smartrecruiters", brand="Olea Seguros", headers=AUTO),

oth("cordillera-smartrecruiters-traslado", "es-CL", "ats", "requisition-transfer",
    "Retail Cordillera <jobs@smartrecruiters.example>",
    "Tu postulación ha sido trasladada",
    """Hola Sam:

Te escribimos respecto a tu postulación al cargo Jefe de Marketing Digital (Santiago). Hemos cerrado esta vacante por una reorganización del área.

Como tu perfil nos interesa, hemos trasladado tu postulación a la vacante Subgerente de CRM y Fidelización, que tiene un alcance muy similar. No necesitas hacer nada: el equipo revisará tu perfil para este nuevo cargo y te contactará la próxima semana.

{table}

Saludos,
Talento Retail Cordillera""",
    "old requisition closed; application moved to another role",
    vendor="smartrecruiters", brand="Retail Cordillera", headers=AUTO,
    table=[("Vacante anterior", "Jefe de Marketing Digital – Cerrada"), ("Nueva vacante", "Subgerente de CRM y Fidelización – En revisión")]),

oth("banco-iberico-tarjeta-denegada", "es-ES", "ats", "non-job-rejection",
    "Banco Ibérico Digital <avisos@bancoiberico.example>",
    "Operación denegada con tu tarjeta terminada en 4417",
    """Hola Sam,

Hemos denegado una operación con tu tarjeta de débito terminada en 4417.

{table}

Motivo: el importe supera el límite diario de compras online que tienes configurado. Si has sido tú, puedes ampliar el límite desde la app y volver a intentarlo. Si no reconoces esta operación, llámanos al 900 555 012.

Banco Ibérico Digital nunca te pedirá tus claves por correo electrónico.""",
    "card declined; bank notice",
    vendor="plain_html", brand="Banco Ibérico Digital, S.A.", headers=AUTO,
    table=[("Comercio", "VUELOSYA*MADRID"), ("Importe", "1.240,00 EUR"), ("Fecha", "Hoy, 21:14"), ("Estado", "Denegada")]),

oth("calder-teamtailor-descartado-madrid", "es-ES", "ats", "owner-hiring",
    "Calder Street Media <notifications@teamtailor.example>",
    "Candidato/a descartado/a: Nuria Blasco – Analista de Audiencias (Madrid)",
    """Hola Sam,

Has movido a Nuria Blasco a la fase "Descartado/a" en el puesto Analista de Audiencias (Madrid).

Se ha programado el envío del correo de rechazo con la plantilla "Rechazo tras entrevista – ES" para mañana a las 10:00. Puedes editarlo o cancelarlo antes de esa hora.

[[Ver candidatura]]

Te quedan 3 candidaturas en la fase "Entrevista final".""",
    "Sam is the hiring manager; HR system notice about a candidate Sam rejected",
    vendor="teamtailor", brand="Calder Street Media", headers=AUTO),

# ---------------- other, personal ----------------
oth("doce-uvas-oferta", "es-ES", "personal", "offer",
    "Irene Castaño <irene@doceuvas.example>",
    "¡Propuesta para Head of Growth!",
    """Hola Sam,

¡Qué alegría escribirte este correo! Después de hablar con Pablo y con el resto del equipo, queremos ofrecerte el puesto de Head of Growth en Doce Uvas.

Te adjunto la propuesta: salario fijo de 68.000 € brutos anuales, variable del 15 % y dos días de teletrabajo. Hemos cerrado el proceso con el resto de candidatos, así que solo estamos esperando tu respuesta.

¿Te viene bien una llamada el jueves para resolver dudas?

Un abrazo,
Irene Castaño
CEO · Doce Uvas""",
    "offer; mentions other candidates closed"),

oth("haverly-cubierta-nuevas", "es-MX", "personal", "recruiter-outreach",
    "Regina Salcedo <regina.salcedo@haverly-search.example>",
    "Dos vacantes nuevas de producto",
    """Hola Sam, ¿qué tal?

Soy Regina de Haverly Search. Platicamos en marzo sobre la vacante de Product Lead en una aseguradora; esa posición ya se cubrió desde el verano, pero hoy me asignaron dos búsquedas nuevas que me hicieron pensar en ti:

- Head of Product Analytics – fintech regional – CDMX / híbrido
- Gerente de Producto Digital – grupo hotelero – Cancún

¿Tendrías 20 minutos esta semana para una llamada?

Saludos,
Regina Salcedo
Senior Consultant | Haverly Search
+52 55 5555 0118""",
    "outreach; old role filled months ago; two new roles pitched"),

oth("lince-reply-to-thanks", "es-ES", "personal", "reply-to-owner-followup",
    "Beatriz Llorente <beatriz.llorente@lincemovilidad.example>",
    "Re: Gracias – proceso Product Marketing Lead",
    """Hola Sam,

¡No tienes que disculparte por nada! Al contrario, gracias a ti por tomártelo tan bien. Nos encantaría seguir en contacto; en primavera abriremos dos posiciones en marketing de producto y me acordaré de ti.

Un abrazo,
Beatriz

El vie, 14 nov 2026 a las 11:02, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Beatriz:
>
> Gracias por avisarme, aunque no sea la noticia que esperaba. Perdona si
> en la última entrevista me extendí demasiado. Me encantaría que me
> tuvierais en cuenta para futuras oportunidades.
>
> Un saludo,
> Sam
>
> El jue, 13 nov 2026 a las 17:40, Beatriz Llorente escribió:
>> Hola Sam, lamentablemente no vamos a seguir adelante con tu candidatura
>> para Product Marketing Lead. Hemos elegido a otra persona.""",
    "answer to Sam's follow-up; rejection only in quote", parent=True, parent_depth=2, wrap=False),

oth("guadua-respuesta-final", "es-CO", "personal", "answer-to-owner-question",
    "Andrés Felipe Roa <andres.roa@guadua-tech.example>",
    "RE: ¿Novedades sobre el cargo de Product Manager?",
    """Hola Sam, buen día.

¡No, para nada! Disculpa el silencio, estuvimos con el cierre trimestral. No hemos elegido a nadie todavía: de hecho queremos invitarte a la última entrevista con nuestra CEO, el miércoles 19 a las 10:00 a. m. (hora Colombia) por Meet.

¿Te sirve ese horario?

Saludos,
Andrés Felipe Roa
Líder de Talento | Guadua Tech
Cel. 310 555 0177

-----Mensaje original-----
De: Sam Taylor <sam.taylor@example.org>
Enviado el: lunes, 10 de noviembre de 2026 8:30
Para: Andrés Felipe Roa
Asunto: ¿Novedades sobre el cargo de Product Manager?

Hola Andrés, ¿ya eligieron a otra persona para el cargo? Quedo atento/a.
Sam""",
    "answer to 'have you chosen someone else?': final interview", parent=True, wrap=False),

oth("piso-chamberi-otro-inquilino", "es-ES", "personal", "non-job-rejection",
    "Inmobiliaria Chamberí Centro <alquileres@chambericentro.example>",
    "Piso c/ Eloy Gonzalo 14 – solicitud",
    """Buenas tardes, Sam:

Le escribo en relación con su solicitud para el piso de la calle Eloy Gonzalo 14, 3.º B.

Lamentablemente, el propietario ha elegido a otro inquilino cuya documentación estaba completa antes. Le agradecemos el interés y le avisaremos si se libera algún piso similar en la zona.

Atentamente,
Rocío Madrigal
Inmobiliaria Chamberí Centro · 91 555 0134""",
    "rental application declined"),

oth("congreso-datos-charla-rechazada", "es-AR", "personal", "non-job-rejection",
    "Comité de Programa DatosConf <programa@datosconf.example>",
    "Tu propuesta de charla para DatosConf 2027",
    """Hola Sam,

Gracias por enviar la propuesta "Medir audiencias sin cookies: lo que aprendimos" a DatosConf 2027 en Buenos Aires.

Este año recibimos 286 propuestas para 32 espacios. Lamentablemente tu charla no fue seleccionada para el programa principal. El comité destacó la claridad del resumen; te invitamos a presentarla como lightning talk el segundo día, si te interesa avisanos antes del 30.

Saludos,
Valeria Acosta
Coordinación de Programa · DatosConf""",
    "conference talk rejected; voseo"),

oth("calder-colega-descartamos", "es-ES", "personal", "owner-hiring",
    "Pilar Ortega <pilar.ortega@example.org>",
    "Analista de Audiencias – finalistas",
    """Sam,

Ayer terminé con las tres finales. Mi voto: seguimos con Héctor. A Nuria la descartamos, la parte de SQL flojeó bastante, y Jaime no tiene disponibilidad hasta marzo.

¿Le escribes tú a Nuria o prefieres que lo haga yo desde Teamtailor? Creo que merece una llamada, se lo curró mucho.

Pilar
--
Pilar Ortega · Audience Lead Madrid · Calder Street Media""",
    "colleague at example.org about candidates Sam's team rejected"),

oth("owner-sent-gracias-ribagorza", "es-ES", "personal", "owner-sent",
    OWNER, "Re: Tu candidatura a Product Marketing Manager en Ribagorza Foods",
    """Hola Elena:

Muchas gracias por avisarme y por la transparencia durante todo el proceso. Aunque me habría encantado unirme al equipo, entiendo la decisión.

Si en el futuro se abre alguna posición en marketing de producto, me encantaría que me tuvierais en cuenta.

Un saludo cordial,
Sam Taylor

El mié, 12 nov 2026 a las 16:05, Elena Ribas (<elena.ribas@ribagorzafoods.example>) escribió:
> Hola Sam, te escribo para comunicarte que hemos decidido seguir adelante con
> otra candidata para el puesto de Product Marketing Manager.""",
    "Sam's own sent thank-you quoting a rejection", to="Elena Ribas <elena.ribas@ribagorzafoods.example>",
    parent=True, parent_domain="ribagorzafoods.example", wrap=False, id_domain="example.org"),
]
