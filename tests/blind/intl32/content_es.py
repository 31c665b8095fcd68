"""Spanish messages (Spain, Mexico, Peru): 6 rejections, 6 hard negatives."""
NR = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------------------------------------------------------- rejections
dict(slug="lumbre-greenhouse-otros-perfiles", label="rejection", cat="ats-automated", lang="es", country="ES",
     style="ats", vendor="greenhouse", brand="Lumbre Energía", plain="html2text", headers=NR,
     frm="Lumbre Energía <no-reply@us.greenhouse-mail.io>", reply_to="Laura Gil <laura.gil@lumbre-energia.example>",
     subject="Tu candidatura a Product Marketing Manager en Lumbre Energía",
     exp=("laura.gil@lumbre-energia.example", "Laura", "Lumbre Energía", "Product Marketing Manager"),
     notes="ordinary wording; verdict in second paragraph; html2text plain part; Reply-To the recruiter who signs",
     text="""Hola Sam:

Muchas gracias por el interés que has mostrado en formar parte de Lumbre Energía y por el tiempo que has dedicado al proceso de selección para la posición de Product Marketing Manager.

Tras revisar detenidamente todas las candidaturas, lamentamos comunicarte que hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a las necesidades actuales del puesto.

Sabemos que no es la respuesta que esperabas. Te animamos a seguir atento/a a nuestras [[ofertas de empleo]], ya que publicamos nuevas posiciones con frecuencia.

Te deseamos mucho éxito en tu búsqueda.

Un saludo,
Laura Gil
Talent Acquisition · Lumbre Energía""",
     about="Lumbre Energía es una compañía española de energías renovables con más de 900 profesionales en 6 países. Somos una empresa comprometida con la igualdad de oportunidades y la diversidad."),

dict(slug="altamar-workday-no-seleccionado", label="rejection", cat="ats-automated", lang="es", country="MX",
     style="ats", vendor="workday", brand="Grupo Altamar", html_only=True, cte="base64", headers=NR,
     frm="Grupo Altamar <altamar@myworkday.com>",
     subject="Actualización sobre su postulación - Gerente de Marca (REQ-48812)",
     exp=("", "", "Grupo Altamar", "Gerente de Marca"),
     notes="usted; html-only base64; verdict between praise and privacy notice; data-retention question",
     text="""Estimado(a) Sam Taylor:

Le agradecemos sinceramente su interés en la vacante Gerente de Marca (REQ-48812) y el tiempo invertido en las entrevistas con nuestro equipo de Mercadotecnia en Ciudad de México.

Valoramos mucho su trayectoria y la claridad con la que presentó su experiencia. Después de una cuidadosa evaluación, le informamos que en esta ocasión su perfil no fue seleccionado para continuar en el proceso.

Nos gustaría conservar sus datos en nuestra base de talento durante 12 meses para considerarle en futuras vacantes. Si no desea que lo hagamos, puede retirar su consentimiento desde el [[Portal del Candidato]].

Aviso de privacidad: Grupo Altamar, S.A.B. de C.V., con domicilio en Av. Paseo de la Reforma 000, Ciudad de México, es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.

Atentamente,
Atracción de Talento
Grupo Altamar""",
     footer=["Grupo Altamar es un empleador que ofrece igualdad de oportunidades. / Grupo Altamar is an equal opportunity employer."]),

dict(slug="inca-retail-bumeran-estado-finalizado", label="rejection", cat="job-board-status", lang="es", country="PE",
     style="ats", vendor="bumeran", brand="Bumeran", plain="html2text", headers=BULK,
     frm="Bumeran <notificaciones@bumeran.com.pe>",
     subject="Novedades sobre tu postulación",
     exp=("", "", "Inca Retail S.A.C.", "Jefe de Marketing Digital"),
     notes="job-board relay; verdict only as a status line in a table; bulk headers",
     text="""## ¡Hola Sam!

Hay novedades en una de tus postulaciones.

{table}

La empresa revisó tu CV y cerró tu participación en este proceso. ¡No te desanimes! Hay más de 3.000 avisos nuevos esta semana que coinciden con tu perfil.

[[Ver avisos recomendados]]

Consejo Bumeran: mantén tu CV actualizado y completa tu perfil al 100% para aparecer primero en las búsquedas de las empresas.""",
     table=[("Aviso", "Jefe de Marketing Digital"), ("Empresa", "Inca Retail S.A.C."),
            ("Lugar", "Lima, Miraflores"), ("Estado", "Finalizado - No seleccionado")],
     button="Ir a mis postulaciones"),

dict(slug="agencia-reenvio-cliente-aceros", day="2026-10-09", label="rejection", cat="agency-forwarded", lang="es", country="ES",
     style="personal", frm="Marta Quintana <marta.quintana@randell-talent.example>",
     subject="RV: Candidatos Responsable de Marketing Digital - feedback",
     exp=("marta.quintana@randell-talent.example", "Marta", "Aceros del Norte", "Responsable de Marketing Digital"),
     notes="agency consultant forwards the client's note about Sam; verdict inside the forwarded block; Outlook forward",
     text="""Hola Sam,

Te reenvío lo que me ha contestado esta mañana el cliente. Siento mucho que no sea la noticia que queríamos, de verdad que te vi muy bien preparado para la entrevista con el director comercial.

Si te parece lo hablamos el lunes por teléfono, tengo un par de procesos nuevos que te pueden encajar.

Un abrazo,

Marta Quintana
Consultora Senior | Marketing & Digital
Randell Talent - Bilbao
T. +34 944 000 123 | M. +34 600 000 441

-----Mensaje original-----
De: Íñigo Berasategui <iberasategui@acerosdelnorte.example>
Enviado el: jueves, 8 de octubre de 2026 18:42
Para: Marta Quintana <marta.quintana@randell-talent.example>
Asunto: RE: Candidatos Responsable de Marketing Digital

Hola Marta,

Gracias por los perfiles. Respecto a Sam Taylor: nos gustó mucho, pero finalmente nos quedamos con la otra candidata, que tiene experiencia en sector industrial B2B y habla euskera, que para nosotros pesa. Por favor, trasládale nuestro agradecimiento.

Saludos,
Íñigo Berasategui
Director Comercial - Aceros del Norte"""),

dict(slug="nopal-pay-cubierta-internamente", day="2026-10-28", label="rejection", cat="reply-to-chaser", lang="es", country="MX",
     style="personal", frm="Valeria Ochoa <valeria@nopalpay.example>", parent=True, client_html=True,
     subject="Re: Seguimiento - Product Lead",
     exp=("valeria@nopalpay.example", "Valeria", "Nopal Pay", "Product Lead"),
     notes="tú; short reply above Sam's chaser; filled internally; Gmail quote",
     text="""Hola Sam!

Perdona la demora, han sido semanas de locos. Al final la vacante de Product Lead la cubrimos internamente, con alguien del equipo de riesgos que ya conocía el producto. Te lo debí haber dicho antes, una disculpa.

Me encantó platicar contigo, ojalá coincidamos más adelante.

Saludos,
Vale

El lun, 19 oct 2026 a las 10:12, Sam Taylor (<sam.taylor@example.org>) escribió:
> Hola Valeria,
>
> Espero que estés muy bien. Te escribo para saber si hay novedades sobre
> el proceso de Product Lead en Nopal Pay; seguimos muy interesados.
>
> Un saludo,
> Sam"""),

dict(slug="chasqui-busqueda-pausada", label="rejection", cat="role-on-hold", lang="es", country="PE",
     style="personal", frm="Diego Alarcón <diego@chasqui.example>",
     subject="Head of Growth - actualización",
     exp=("diego@chasqui.example", "Diego", "Chasqui Logística", "Head of Growth"),
     notes="founder; search paused until next year, role on hold for Sam; spanglish signature; verdict in middle",
     text="""Hola Sam, ¿qué tal?

Primero, gracias otra vez por la conversación del martes y por el caso que nos mandaste, el análisis de cohortes estuvo buenazo y lo comentamos con todo el equipo.

Te escribo con una noticia que no me gusta dar. Ayer cerramos el board y el directorio decidió congelar todas las contrataciones senior hasta que cerremos la ronda Serie A, así que la posición de Head of Growth queda en pausa, sin fecha, y no vamos a poder seguir con tu proceso por ahora.

No tiene nada que ver con tu perfil. Si la búsqueda se reabre el próximo año, serías de las primeras personas a las que llamaría.

Un abrazo desde Lima,
Diego

--
Diego Alarcón | Co-founder & CEO
Chasqui Logística
+51 987 000 214
"Last-mile, first-class" """),

# ---------------------------------------------------------------- hard negatives
dict(slug="brisa-personio-acuse-tres-semanas", label="other", cat="ack-received", lang="es", country="ES",
     style="ats", vendor="personio", brand="Brisa Foods", headers=NR,
     frm="Brisa Foods <jobs@brisa-foods.jobs.personio.de>",
     subject="Hemos recibido tu candidatura - Growth Marketing Manager",
     notes="acknowledgement hedging: no news in 3 weeks means not selected",
     text="""Hola Sam,

¡Gracias por tu candidatura para el puesto de Growth Marketing Manager en Brisa Foods!

Hemos recibido correctamente tu CV y lo revisaremos con atención en los próximos días.

Debido al elevado número de candidaturas que recibimos, lamentablemente no podemos responder de forma individual a todas las personas. Si en un plazo de tres semanas no has tenido noticias nuestras, entiende que en esta ocasión no hemos podido seguir adelante con tu perfil.

Mientras tanto, puedes conocer mejor a nuestro equipo en [[nuestra página de empleo]].

Un saludo,
People Team de Brisa Foods"""),

dict(slug="valdecruz-sede-lista-admitidos", label="other", cat="public-competition-admitted", lang="es", country="ES",
     style="ats", vendor="sede", brand="Universidad de Valdecruz", plain="html2text", headers=NR,
     frm="Sede Electrónica - Universidad de Valdecruz <no-reply@sede.uvaldecruz.example>",
     subject="Notificación: Resolución lista provisional de admitidos y excluidos - Proceso selectivo PTGAS 14/2026",
     notes="public competition; Sam admitted; 'excluidos' and 'no subsanen' vocabulary",
     text="""Estimado/a Sam Taylor:

Le comunicamos que se ha publicado en el Tablón Electrónico Oficial la Resolución del Rectorado por la que se aprueba la lista provisional de personas admitidas y excluidas en el proceso selectivo para la provisión de una plaza de Técnico/a de Comunicación y Marketing (PTGAS 14/2026).

{table}

Las personas excluidas disponen de un plazo de diez días hábiles para subsanar el defecto que haya motivado su exclusión. Quienes no subsanen en plazo serán definitivamente excluidas del proceso.

La fecha del primer ejercicio se publicará junto con la lista definitiva. Puede consultar el expediente en la [[Sede Electrónica]].""",
     table=[("Solicitante", "Sam Taylor"), ("Proceso", "PTGAS 14/2026"), ("Situación", "ADMITIDO/A"),
            ("Turno", "Libre")]),

dict(slug="bumeran-alerta-aviso-guardado", label="other", cat="job-alert", lang="es", country="PE",
     style="ats", vendor="bumeran", brand="Bumeran", headers=BULK,
     frm="Bumeran <alertas@bumeran.com.pe>",
     subject="Sam, 12 nuevos avisos de Marketing en Lima",
     notes="job alert; a saved (not applied) listing shown as closed",
     text="""Hola Sam, estos avisos coinciden con tu búsqueda "marketing producto Lima":

- Product Marketing Manager - Andes Fintech - San Isidro
- Jefe de Producto Digital - Caja Kuntur - Lima
- Brand Manager Sr. - Alimentos Pachamama S.A. - Ate
- Growth Lead (remoto) - Vicuña Labs - Remoto

Uno de los avisos que guardaste ya no está disponible: "Coordinador de Marketing - Textil Huancayo" finalizó y no recibe más postulaciones.

[[Ver los 12 avisos]]""",
     button="Ver todos los avisos"),

dict(slug="piso-chamberi-otro-inquilino", label="other", cat="non-job-rejection", lang="es", country="ES",
     style="personal", frm="Alejandro Ruiz | Inmobiliaria Castellana <aruiz@inmocastellana.example>",
     subject="Piso calle Fernández de los Ríos - solicitud",
     notes="rental application declined; selection/candidate vocabulary",
     text="""Buenas tardes, Sam:

Le escribo en relación con su solicitud para el piso de la calle Fernández de los Ríos (Chamberí).

Lamento comunicarle que la propiedad ha decidido seguir adelante con otro candidato, cuya documentación (contrato indefinido y aval bancario) se ajustaba más a los requisitos que nos habían indicado. Le agradecemos el interés y la rapidez con la que nos envió todo.

Si le parece bien, mantendremos su solicitud en nuestra base de datos por si entra algún piso similar en la zona en las próximas semanas.

Un saludo cordial,

Alejandro Ruiz
Asesor inmobiliario
Inmobiliaria Castellana
Tel. 91 000 22 45"""),

dict(slug="calder-mx-rechazo-enviado-candidata", day="2026-11-02", at="10:31", label="other", cat="owner-hiring", lang="es", country="MX",
     style="personal", frm="Lucía Herrera <lucia.herrera@example.org>", parent=True,
     subject="Re: Candidatas Analista de Audiencias - Guadalajara",
     notes="colleague at Calder Street Media about candidates Sam is hiring; 'le mandé el correo de rechazo'",
     text="""Sam, listo: ya le mandé el correo de rechazo a la candidata de Guadalajara (la de la prueba de SQL), con el texto que acordamos. A Fernanda la citamos el viernes a las 11 para la final contigo y con Pablo.

¿Me confirmas si el rango salarial sigue siendo el mismo o lo ajustamos antes de la oferta?

Gracias!
Lucía

Lucía Herrera
People Partner México | Calder Street Media

> El 2 nov 2026, a las 9:05, Sam Taylor <sam.taylor@example.org> escribió:
>
> Lucía, ¿puedes decirle que no a la de Guadalajara? Buen perfil pero le
> falta experiencia en medición. Fernanda sí pasa a la final."""),

dict(slug="yanapay-ya-eligieron-no-final", day="2026-11-11", label="other", cat="answer-to-owner-question", lang="es", country="PE",
     style="personal", frm="Rosa Quispe <rosa.quispe@yanapay.example>", parent=True,
     subject="RE: ¿Ya eligieron a otra persona? - Product Marketing Lead",
     notes="Sam asks if someone else was chosen; answer is an invitation to the final interview",
     text="""Hola Sam,

¡Para nada! Disculpa el silencio, estuvimos con el cierre de trimestre. Todavía estás en el proceso y, de hecho, quedaste entre los dos finalistas para Product Marketing Lead.

Nos gustaría invitarte a la entrevista final con nuestro CEO el jueves 19 a las 10:00 (hora de Lima) por Google Meet. ¿Te acomoda? Si no, dime dos horarios alternativos.

Saludos cordiales,

Rosa Quispe
Talent Acquisition Partner | Yanapay
Cel. +51 999 000 382

________________________________
De: Sam Taylor <sam.taylor@example.org>
Enviado: lunes, 9 de noviembre de 2026 16:20
Para: Rosa Quispe <rosa.quispe@yanapay.example>
Asunto: ¿Ya eligieron a otra persona? - Product Marketing Lead

Hola Rosa,

Hace tres semanas que no sé nada del proceso y quería preguntarte con
franqueza si ya eligieron a otra persona para el puesto. Si es así, no
pasa nada, solo me gustaría saberlo.

Gracias,
Sam"""),
]
