"""Spanish messages (Spain, Mexico, Argentina, Colombia): 8 rejections, 8 hard negatives."""
R, O = "rejection", "other"
MESSAGES = [
# ---------------- rejections ----------------
dict(slug="es-infojobs-descartado-marketing", day="2026-10-14", label=R, lang="es", cc="ES", style="ats", cat="ats-automated", vendor="infojobs",
     frm="InfoJobs <noreply@infojobs.example>", subject="Novedades en tu candidatura: Product Marketing Manager",
     brand="InfoJobs", preheader="La empresa ha actualizado el estado de tu inscripción",
     text="""Hola Sam,

**Grupo Almenara Retail** ha actualizado el estado de tu inscripción en la oferta:

Oferta:: Product Marketing Manager (Madrid - híbrido)
Empresa:: Grupo Almenara Retail
Estado:: Descartado
Fecha:: 14/10/2026

La empresa ha decidido no continuar con tu candidatura en este proceso de selección. No te desanimes: hay más de 2.300 ofertas de marketing esperándote.

{btn:Ver ofertas similares}

Consejo InfoJobs: mantén tu CV actualizado y activa las alertas para ser de los primeros en inscribirte.""",
     foot="""Este email se ha enviado a sam.taylor@example.org porque tienes una cuenta en InfoJobs. Si no quieres recibir más notificaciones sobre el estado de tus candidaturas, [[date de baja aquí]].

Por favor, no respondas a este correo: esta dirección no admite respuestas.

Adevinta Spain, S.L.U. - Av. Diagonal, 000, 08000 Barcelona. Consulta nuestra [[Política de privacidad]].""",
     row=("", "", "Grupo Almenara Retail", "Product Marketing Manager"), tags="infojobs; status-portal; Estado: Descartado; job-board relay"),

dict(slug="es-workday-mx-otros-candidatos", label=R, lang="es", cc="MX", style="ats", cat="ats-automated", vendor="workday",
     frm="Talento Grupo Cordillera <grupocordillera@myworkday.com>", subject="Actualización de tu postulación - Gerente de Marca Sr. (R-104233)",
     brand="Grupo Cordillera", preheader="Gracias por tu interés en Grupo Cordillera",
     text="""Estimado(a) Sam Taylor:

Gracias por tu interés en la posición Gerente de Marca Sr. (R-104233) en Grupo Cordillera y por el tiempo que dedicaste a tu postulación.

Después de revisar cuidadosamente tu perfil, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a los requerimientos actuales de la posición.

Te invitamos a seguir consultando nuestras vacantes en nuestro [[portal de empleo]] y a mantener actualizado tu perfil de candidato.

Te deseamos mucho éxito en tu búsqueda profesional.

Atentamente,
Atracción de Talento
Grupo Cordillera""",
     foot="""Este correo fue generado automáticamente; por favor no respondas a este mensaje.

Grupo Cordillera es un empleador que promueve la igualdad de oportunidades y no discrimina por motivos de origen étnico, género, edad, discapacidad, religión, orientación sexual o cualquier otra condición. Aviso de privacidad integral disponible en [[cordillera.example/privacidad]].""",
     row=("", "", "Grupo Cordillera", "Gerente de Marca Sr."), tags="workday; requisition id; otros candidatos; EEO"),

dict(slug="es-teamtailor-conservar-cv", label=R, lang="es", cc="ES", style="ats", cat="keep-on-file", vendor="teamtailor",
     frm="Lucía Ferrán - Ondina Labs <notifications@teamtailor.example>", reply_to_hdr="Ondina Labs <talento@ondinalabs.example>",
     subject="Tu candidatura para Growth Lead en Ondina Labs", brand="Ondina Labs",
     text="""¡Hola Sam!

Antes de nada, muchas gracias por tu interés en Ondina Labs y por el tiempo que has dedicado a conocernos. Sabemos lo que cuesta preparar una candidatura y lo valoramos muchísimo.

Hemos recibido más de 400 candidaturas para el puesto de Growth Lead y, tras revisarlas con calma, lamentamos comunicarte que en esta ocasión no vamos a seguir adelante con la tuya. Hemos priorizado perfiles con más experiencia en marketplaces B2C.

Nos encantaría poder contar contigo en futuros procesos. ¿Nos das permiso para conservar tus datos en nuestra base de talento durante 24 meses? Si es así, solo tienes que pulsar el botón.

{btn:Sí, quiero formar parte del Talent Pool}

Un abrazo y mucha suerte,
Lucía Ferrán
People & Culture · Ondina Labs""",
     foot="""Ondina Labs S.L. trata tus datos como responsable del tratamiento con la finalidad de gestionar los procesos de selección. Puedes ejercer tus derechos de acceso, rectificación, supresión y portabilidad escribiendo a privacidad@ondinalabs.example. Más información en nuestra [[política de privacidad]].

[[Gestionar mis datos]] · [[Darme de baja]]""",
     row=("talento@ondinalabs.example", "Lucía", "Ondina Labs", "Growth Lead"), tags="teamtailor; reply-to team address; talent pool consent; GDPR"),

dict(slug="es-successfactors-co-vacante-cancelada", day="2026-10-22", label=R, lang="es", cc="CO", style="ats", cat="role-cancelled", vendor="successfactors",
     frm="Seleccion Bancolina <noreply@successfactors.example>", subject="Proceso de selección - Especialista de Comunicaciones Digitales",
     brand="Bancolina", html_only=True,
     text="""Bogotá D.C., 22 de octubre de 2026

Señor(a)
Sam Taylor
Ciudad

Asunto: Proceso de selección Especialista de Comunicaciones Digitales - Req. 58812

Reciba un cordial saludo de parte de Bancolina.

Agradecemos su participación en el proceso de selección para el cargo en referencia. Nos permitimos informarle que, por decisiones organizacionales, la vacante ha sido cancelada y el proceso de selección se da por cerrado, por lo cual no continuaremos con las siguientes etapas.

Su hoja de vida permanecerá en nuestra base de datos para futuras oportunidades que se ajusten a su perfil, de acuerdo con nuestra política de tratamiento de datos personales.

Cordialmente,

Gerencia de Gestión Humana
Bancolina S.A.""",
     foot="""Este mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario. Si lo ha recibido por error, por favor elimínelo. Bancolina S.A. da cumplimiento a la Ley 1581 de 2012 de protección de datos personales. No responda a este correo, ha sido enviado desde una cuenta no monitoreada.""",
     row=("", "", "Bancolina", "Especialista de Comunicaciones Digitales"), tags="successfactors; html-only; formal letter; vacante cancelada; Ley 1581 footer"),

dict(slug="es-ar-consultora-otro-perfil", day="2026-10-14", label=R, lang="es", cc="AR", style="personal", cat="agency-recruiter",
     frm="Micaela Rossi <mrossi@talentosur.example>", subject="Re: Entrevista Head of Marketing - Pampa Fintech", parent=True, parent_domain="example.org",
     text="""Hola Sam, ¿cómo estás?

Te escribo para contarte cómo siguió el proceso de Pampa Fintech. Estuve hablando ayer con Rodrigo (el CMO) y finalmente se decidieron por otro perfil, alguien que ya venía del mundo cripto y conocía al equipo de antes. Me dijo que la entrevista con vos le gustó mucho y que le pareció muy sólido tu caso de Calder Street, así que no lo tomes como algo personal, fue una decisión muy finita.

Te quedo en el radar para lo próximo que me entre de marketing de producto, que seguro en enero se mueve algo.

Cualquier cosa, escribime o llamame.

Abrazo,
Mica

--
Micaela Rossi
Senior Consultant | Talento Sur
+54 9 11 5555-0143
www.talentosur.example

El 12 oct 2026, a las 18:02, Sam Taylor <sam.taylor@example.org> escribió:
> Hola Micaela, ¿hubo novedades de Pampa Fintech? Gracias de nuevo por la
> oportunidad.
> Sam""",
     row=("mrossi@talentosur.example", "Micaela", "Pampa Fintech", "Head of Marketing"), tags="agency; voseo; reply above quoted thread; se decidieron por otro perfil"),

dict(slug="es-manager-cubierto-internamente", day="2026-10-08", label=R, lang="es", cc="ES", style="personal", cat="internal-candidate", client_html=True,
     frm="Iñaki Etxeberria <inaki.etxeberria@bidasoamedia.example>", subject="RE: Seguimiento - Responsable de Producto Digital", parent=True, parent_domain="example.org",
     text="""Hola Sam:

Perdona que haya tardado tanto en contestarte, han sido unas semanas de locos con el cierre del trimestre.

Te soy sincero: al final hemos cubierto la posición internamente. Una compañera del equipo de suscripciones levantó la mano en el último momento y, conociendo ya la casa, la dirección ha preferido apostar por ella. Me sabe mal porque tu candidatura era de las que más me gustaban.

Si te parece, te escribo cuando abramos la posición de Analítica en primavera.

Un saludo,
Iñaki

Iñaki Etxeberria
Director de Producto Digital | Bidasoa Media
T. +34 943 000 218

-----Mensaje original-----
De: Sam Taylor <sam.taylor@example.org>
Enviado el: lunes, 28 de septiembre de 2026 9:14
Para: Iñaki Etxeberria <inaki.etxeberria@bidasoamedia.example>
Asunto: Seguimiento - Responsable de Producto Digital

Hola Iñaki, gracias otra vez por la conversación del jueves. Quería saber si
hay novedades sobre el puesto de Responsable de Producto Digital.

Un saludo,
Sam""",
     row=("inaki.etxeberria@bidasoamedia.example", "Iñaki", "Bidasoa Media", "Responsable de Producto Digital"), tags="hiring manager; Outlook quote; cubierto internamente; verdict in middle"),

dict(slug="es-mx-corto-no-avanzaremos", label=R, lang="es", cc="MX", style="personal", cat="terse",
     frm="Daniela Orozco <dorozco@nopalcloud.example>", subject="Proceso Product Marketing", 
     text="""Sam, buen día.

Gracias por tu tiempo en las entrevistas. Por ahora no avanzaremos con tu proceso para Product Marketing Lead.

Saludos,
Dani
Talent | Nopal Cloud

Enviado desde mi iPhone""",
     row=("dorozco@nopalcloud.example", "Daniela", "Nopal Cloud", "Product Marketing Lead"), tags="terse; mobile; signed with nickname Dani"),

dict(slug="es-reenvio-rebotado-recruiter", day="2026-11-10", label=R, lang="es", cc="CO", style="personal", cat="personal-after-interview",
     frm="Valentina Cárdenas <vcardenas@cafeteramedia.example>", subject="RV: Resultado proceso Brand Manager",
     text="""Hola Sam, te reenvío este correo que te mandé el viernes porque me llegó un aviso de que no se había entregado. Disculpa la demora.

Quedo atenta,
Valentina

________________________________
De: Valentina Cárdenas <vcardenas@cafeteramedia.example>
Enviado: viernes, 6 de noviembre de 2026 16:40
Para: sam.taylor@exmaple.org
Asunto: Resultado proceso Brand Manager

Buenas tardes, Sam:

Muchas gracias por participar en el proceso de Brand Manager de Cafetera Media y por la presentación del caso, que al comité le pareció muy bien estructurada.

Lamentablemente, en esta oportunidad no continuarás en el proceso. El comité eligió a un candidato con mayor experiencia en consumo masivo en el mercado colombiano.

Te agradecemos de verdad el interés y esperamos coincidir en una próxima oportunidad.

Cordialmente,

Valentina Cárdenas
Líder de Selección | Cafetera Media
Cel. +57 310 000 4471""",
     row=("vcardenas@cafeteramedia.example", "Valentina", "Cafetera Media", "Brand Manager"), tags="re-sent by own sender after bounce; RV: forward of own mail; typo in old To"),

# ---------------- hard negatives ----------------
dict(slug="es-infojobs-en-proceso", day="2026-11-03", label=O, lang="es", cc="ES", style="ats", cat="status-update", vendor="infojobs",
     frm="InfoJobs <noreply@infojobs.example>", subject="Novedades en tu candidatura: Responsable de Growth",
     brand="InfoJobs", text="""Hola Sam,

**Marisma Viajes** ha actualizado el estado de tu inscripción en la oferta:

Oferta:: Responsable de Growth (Sevilla)
Empresa:: Marisma Viajes
Estado:: En proceso
Fecha:: 03/11/2026

¡Buenas noticias! Tu CV sigue en el proceso de selección. Si la empresa decide descartarlo o finalizar el proceso, te lo notificaremos por aquí.

{btn:Ver mi candidatura}""",
     foot="""Este email se ha enviado a sam.taylor@example.org porque tienes una cuenta en InfoJobs. Si no quieres recibir más notificaciones sobre el estado de tus candidaturas, [[date de baja aquí]].

Por favor, no respondas a este correo. Adevinta Spain, S.L.U. Consulta nuestra [[Política de privacidad]].""",
     tags="infojobs; same template as descartado; Estado: En proceso; mentions descartar"),

dict(slug="es-teamtailor-acuse-sin-noticias", label=O, lang="es", cc="ES", style="ats", cat="ack-received", vendor="teamtailor",
     frm="Brisa Energía <notifications@teamtailor.example>", subject="Hemos recibido tu candidatura - Content Marketing Manager",
     brand="Brisa Energía", text="""Hola Sam,

¡Gracias por inscribirte en la oferta de Content Marketing Manager en Brisa Energía!

Nuestro equipo revisará tu candidatura en los próximos días. Debido al gran volumen de candidaturas que recibimos, no siempre podemos responder personalmente a cada persona. Si en un plazo de 30 días no has tenido noticias nuestras, puedes considerar que tu perfil no ha sido seleccionado para esta posición.

Mientras tanto, échale un ojo a [[nuestro blog]] para conocernos mejor.

Saludos,
El equipo de Talento de Brisa Energía""",
     foot="""Responsable: Brisa Energía S.A. Finalidad: gestión de procesos de selección. Derechos: acceso, rectificación, supresión en privacidad@brisa.example. [[Política de privacidad]] · [[Darme de baja]]""",
     tags="acknowledgement; hedge: no noticias = no seleccionado; teamtailor"),

dict(slug="es-workday-mx-invitacion-entrevista", label=O, lang="es", cc="MX", style="ats", cat="interview-invite", vendor="workday",
     frm="Talento Grupo Cordillera <grupocordillera@myworkday.com>", subject="Invitación a entrevista - Gerente de Trade Marketing (R-104410)",
     brand="Grupo Cordillera", text="""Estimado(a) Sam Taylor:

Gracias por tu interés en la posición Gerente de Trade Marketing (R-104410). Después de revisar tu perfil, nos da gusto informarte que has sido seleccionado(a) para continuar a la siguiente etapa del proceso.

Te invitamos a agendar una entrevista virtual de 45 minutos con el equipo de Marketing. Por favor selecciona un horario disponible a través del siguiente enlace antes del viernes:

{btn:Agendar entrevista}

Si ninguno de los horarios te funciona, responde a tu reclutadora, Paola Jiménez (paola.jimenez@cordillera.example).

Atentamente,
Atracción de Talento
Grupo Cordillera""",
     foot="""Este correo fue generado automáticamente; por favor no respondas a este mensaje.

Grupo Cordillera es un empleador que promueve la igualdad de oportunidades. Aviso de privacidad integral disponible en [[cordillera.example/privacidad]].""",
     tags="interview invite; same workday chrome as a rejection"),

dict(slug="es-tarjeta-operacion-denegada", day="2026-10-18", label=O, lang="es", cc="ES", style="ats", cat="non-job-rejection", vendor="bank",
     frm="Banco Meridión <avisos@bancomeridion.example>", subject="Operación denegada con tu tarjeta terminada en 4417",
     brand="Banco Meridión", text="""Hola Sam,

Te informamos de que se ha denegado una operación con tu tarjeta de crédito terminada en 4417:

Comercio:: LINKEDIN PREMIUM *CAREER
Importe:: 39,99 EUR
Fecha:: 18/10/2026 08:12
Motivo:: Límite de compras online superado

Si no reconoces esta operación, llámanos al 900 000 123. Si la has hecho tú, puedes ampliar el límite desde la app.

{btn:Gestionar límites}""",
     foot="""Banco Meridión nunca te pedirá tus claves por email ni SMS. Este mensaje se ha enviado automáticamente, no respondas a esta dirección. [[Aviso legal]] · [[Privacidad]]""",
     tags="declined card payment; career-related merchant; non-job refusal"),

dict(slug="es-colega-candidata-descartada", label=O, lang="es", cc="ES", style="personal", cat="owner-hiring",
     frm="Marta Gil <marta.gil@example.org>", subject="Candidatas Community Manager - resumen", cc_hdr="Pablo Soler <pablo.soler@example.org>",
     text="""Hola Sam,

Te paso el resumen de las entrevistas de ayer para la vacante de Community Manager de Calder Street Madrid:

- Andrea P.: muy buena, la pasamos a la prueba práctica.
- Lorena V.: descartada, como comentaste tú; ya le he enviado el correo de "no seguimos adelante".
- Hugo M.: pendiente de tu feedback.

¿Me dices algo de Hugo antes del jueves? Así cierro la agenda con Pablo.

Gracias!
Marta""",
     tags="owner is hiring; colleague at example.org; descartada about a candidate"),

dict(slug="es-ar-respuesta-seguimiento-entrevista", day="2026-11-17", label=O, lang="es", cc="AR", style="personal", cat="answer-to-owner-question", parent=True, parent_domain="example.org",
     frm="Federico Álvarez <falvarez@mateapp.example>", subject="Re: ¿Novedades sobre la búsqueda de Product Marketing?",
     text="""Sam! Para nada, no elegimos a nadie todavía. Perdoná el silencio, estuvimos con el lanzamiento.

Seguís en carrera y de hecho te quería proponer la última entrevista con Cecilia (CEO) el jueves 19 a las 11 hs de Buenos Aires. ¿Te sirve? Si no, pasame dos horarios y lo acomodo.

Abrazo,
Fede

On Mon, 16 Nov 2026 at 10:05, Sam Taylor <sam.taylor@example.org> wrote:
> Hola Federico, ¿cómo va todo? Quería consultarte si ya eligieron a otro
> candidato para la posición de Product Marketing o si sigo en el proceso.
> ¡Gracias!
> Sam""",
     tags="answer to owner's 'have you chosen another candidate?'; final interview invite; English quote header"),

dict(slug="es-piso-otros-inquilinos", label=O, lang="es", cc="ES", style="personal", cat="non-job-rejection",
     frm="Inmobiliaria Retiro - Carmen <carmen@inmoretiro.example>", subject="Piso c/ Ibiza 00 - solicitud",
     text="""Buenos días Sam,

Gracias por enviarnos la documentación para el piso de la calle Ibiza. Lamentablemente el propietario ha decidido seguir adelante con otra candidatura que presentaba un aval bancario, así que no podemos continuar con la tuya.

Te hemos dado de alta en nuestra lista y, si entra algo parecido en la zona de Retiro, te aviso la primera.

Un saludo,
Carmen Ruiz
Inmobiliaria Retiro
91 000 44 10""",
     tags="rental application declined; 'candidatura' and 'seguir adelante' wording"),

dict(slug="es-co-charla-no-seleccionada", label=O, lang="es", cc="CO", style="personal", cat="non-job-rejection",
     frm="Andrés Mejía <andres.mejia@mktsummit.example>", subject="Tu propuesta de charla - Marketing Summit Medellín 2027",
     text="""Hola Sam, ¿qué tal?

Soy Andrés, del comité de contenidos del Marketing Summit Medellín. Quería escribirte personalmente antes de que te llegue el correo automático de la plataforma.

Este año recibimos 612 propuestas para 40 espacios y lamentablemente tu charla "Cómo medir la marca en la era del first-party data" no quedó seleccionada. En el comité hubo buenos comentarios sobre el enfoque; lo que pesó fue que ya teníamos dos charlas de medición en el mismo bloque.

Ojalá la vuelvas a postular el próximo año. Y si vienes a Medellín en marzo, te invito un tinto.

Un abrazo,
Andrés Mejía
Comité de Contenidos | Marketing Summit Medellín
+57 300 000 5566""",
     tags="talk proposal declined; 'postulación' and 'no fue seleccionada' about a conference"),
]
