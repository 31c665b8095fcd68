"""Spanish messages (Spain, Mexico, Argentina, Colombia): 10 rejections, 10 hard negatives."""
LANG = "es"

MESSAGES = [
    # ---------------------------------------------------------------- rejections, ATS style
    dict(
        slug="smartrecruiters-albero-seleccion", label="rejection", cat="ats-automated", style="ats",
        vendor="smartrecruiters", company="Albero Foods",
        frm="Albero Foods <noreply@smartrecruiters.com>",
        subject="Tu candidatura para Brand Manager en Albero Foods",
        text="""
            Hola, Sam:

            Gracias por tu interés en Albero Foods y por el tiempo que has dedicado a tu candidatura para el puesto de Brand Manager.

            Hemos recibido un volumen muy alto de solicitudes y, tras revisarlas con calma, en esta ocasión tu candidatura no ha sido seleccionada para pasar a la fase de entrevistas. Buscamos un perfil con más trayectoria en gran consumo y en negociación con la distribución.

            Si tienes cualquier duda, puedes escribir a Nuria Campos, del equipo de Talento: nuria.campos@albero-foods.example

            Un saludo,
            Equipo de Talento de Albero Foods
            """,
        legal="Albero Foods, S.L. · Calle de Alcalá 180, 28028 Madrid · Inscrita en el Registro Mercantil de Madrid, tomo 31.207",
        exp=("nuria.campos@albero-foods.example", "Nuria", "Albero Foods", "Brand Manager"),
        notes="smartrecruiters; Spain; tú; CV screen; recruiter's address in body",
    ),
    dict(
        slug="workday-mexico-postulacion", label="rejection", cat="ats-automated", style="ats",
        vendor="workday", company="Grupo Cenzontle",
        frm="Grupo Cenzontle <cenzontle@myworkday.com>",
        subject="Actualización sobre su postulación – Gerente de Marketing de Producto",
        tz=-360,
        content_language="es-MX",
        text="""
            Estimado(a) Sam Taylor:

            Le agradecemos sinceramente su interés en formar parte de Grupo Cenzontle y el tiempo invertido en el proceso para la vacante Gerente de Marketing de Producto (REQ-55120).

            Tras una cuidadosa revisión, le informamos que su postulación no avanzará a la siguiente etapa del proceso de selección. Esta decisión responde a los requerimientos específicos de la posición en este momento.

            Le invitamos a mantenerse atento(a) a nuevas vacantes en nuestro portal de empleo.

            Atentamente,
            Atracción de Talento – Grupo Cenzontle
            """,
        legal="Grupo Cenzontle, S.A.B. de C.V. · Av. Paseo de la Reforma 505, Ciudad de México",
        exp=("", "", "Grupo Cenzontle", "Gerente de Marketing de Producto"),
        notes="workday; Mexican Spanish (usted, postulación, vacante); no human",
    ),
    dict(
        slug="greenhouse-argentina-vos", label="rejection", cat="personal-after-interview", style="ats",
        vendor="greenhouse", company="Yerbal",
        frm="Yerbal <no-reply@us.greenhouse-mail.io>",
        reply_to="Martina Ledesma <martina.ledesma@yerbal.example>",
        subject="Sobre tu proceso en Yerbal",
        tz=-180,
        content_language="es-AR",
        text="""
            ¡Hola Sam!

            Queríamos agradecerte por todo el tiempo que le pusiste al proceso para Growth Marketing Lead: las dos entrevistas, el ejercicio y la charla con los fundadores. Sabemos que no es poca cosa.

            Después de pensarlo mucho, decidimos avanzar con otra persona que ya lideró equipos de adquisición en fintech en la región. Fue una decisión difícil y queremos que sepas que tu perfil nos gustó mucho.

            Si querés, contestá este mail y coordinamos una llamada corta para darte feedback.

            Un abrazo,
            Martina
            People Partner en Yerbal
            """,
        legal="Yerbal S.A. · Av. Córdoba 1351, CABA, Argentina",
        exp=("martina.ledesma@yerbal.example", "Martina", "Yerbal", "Growth Marketing Lead"),
        notes="greenhouse; Argentine Spanish (vos: querés, contestá); Reply-To a person",
    ),
    dict(
        slug="teamtailor-vacante-cancelada", label="rejection", cat="role-cancelled", style="ats",
        vendor="teamtailor", company="Marea Viajes",
        frm="Marea Viajes <mareaviajes@teamtailor-mail.com>",
        subject="Novedades sobre la vacante de Product Marketing Manager",
        text="""
            Hola, Sam:

            Te escribimos para contarte que la vacante de Product Marketing Manager en Marea Viajes ha quedado cancelada. La dirección ha decidido aplazar el lanzamiento del nuevo producto para el que se abrió el puesto, así que no vamos a incorporar a nadie este año.

            Esto significa que tu proceso con nosotros termina aquí, y lo sentimos de verdad, porque estabas entre las personas finalistas.

            Si más adelante reabrimos la posición, Lucía (lucia.ferrer@mareaviajes.example) se pondrá en contacto contigo.

            Un abrazo,
            El equipo de Personas de Marea Viajes
            """,
        legal="Marea Viajes, S.A. · Palma de Mallorca",
        exp=("lucia.ferrer@mareaviajes.example", "Lucía", "Marea Viajes", "Product Marketing Manager"),
        notes="teamtailor; vacancy cancelled; recruiter address in body",
    ),
    dict(
        slug="personio-posicion-cubierta", label="rejection", cat="keep-on-file", style="ats",
        vendor="personio", company="Olivo Energía",
        frm="Olivo Energía <no-reply@jobs.personio.de>",
        reply_to="Recursos Humanos Olivo <rrhh@olivo-energia.example>",
        subject="Proceso de selección: Responsable de Comunicación de Marca",
        text="""
            Hola, Sam:

            Muchas gracias por participar en el proceso de selección para Responsable de Comunicación de Marca.

            Te informamos de que la posición ya ha sido cubierta. Aun así, nos gustaría conservar tu currículum en nuestra base de datos durante los próximos doce meses para tenerte en cuenta en futuras oportunidades, siempre que nos des tu consentimiento respondiendo a este correo.

            Recibe un cordial saludo,
            Recursos Humanos – Olivo Energía
            """,
        legal="Olivo Energía, S.L. · Sevilla · CIF B-41999888",
        exp=("rrhh@olivo-energia.example", "", "Olivo Energía", "Responsable de Comunicación de Marca"),
        notes="personio; position filled; keep CV on file with consent; team Reply-To",
    ),
    # ---------------------------------------------------------------- rejections, personal
    dict(
        slug="hiring-manager-inclinado", label="rejection", cat="personal-after-interview", style="personal",
        frm="Álvaro Quintana <alvaro.quintana@brisa-software.example>",
        subject="Product Marketing Manager – decisión",
        text="""
            Hola, Sam:

            Te escribo yo directamente porque después de tres conversaciones me parece lo justo.

            Lo hemos hablado mucho en el equipo y al final nos hemos inclinado por un perfil con más recorrido en marketing de producto B2B, en concreto en ventas a grandes cuentas, que es donde vamos a poner el foco el año que viene. Tu propuesta para el lanzamiento nos encantó, no es una frase hecha.

            Ojalá coincidamos más adelante.

            Un abrazo,
            Álvaro Quintana
            Director de Marketing · Brisa Software
            +34 655 012 344
            """,
        exp=("alvaro.quintana@brisa-software.example", "Álvaro", "Brisa Software", "Product Marketing Manager"),
        notes="tú; hiring manager after three interviews; 'nos hemos inclinado por un perfil ...'",
    ),
    dict(
        slug="colombia-usted-formal", label="rejection", cat="personal-after-interview", style="personal",
        frm="Diana Marcela Rojas <dmrojas@cafetal-andino.example>",
        subject="Resultado del proceso – Jefe de Marca",
        tz=-300,
        text="""
            Buenas tardes, Sam:

            Reciba un cordial saludo de parte de Cafetal Andino.

            Agradecemos su participación en el proceso de selección para el cargo de Jefe de Marca y la disposición que mostró en cada una de las etapas. Luego de evaluar a los finalistas, lamento informarle que su candidatura no fue la seleccionada en esta oportunidad.

            Quedamos atentos a cualquier inquietud.

            Cordialmente,

            Diana Marcela Rojas
            Analista de Gestión Humana
            Cafetal Andino S.A.S.
            Tel. (604) 555 2190 – Medellín
            """,
        exp=("dmrojas@cafetal-andino.example", "Diana", "Cafetal Andino S.A.S.", "Jefe de Marca"),
        notes="Colombian Spanish (usted, cargo, 'quedamos atentos'); compound first name",
    ),
    dict(
        slug="seco-no-seguimos", label="rejection", cat="terse", style="personal",
        frm="Iker Etxeberria <iker@txalupa.example>",
        subject="Re: Growth Manager",
        parent=True,
        text="""
            Sam, al final no vamos a seguir contigo para lo de Growth Manager. ¡Gracias por todo y mucha suerte!

            Iker
            """,
        exp=("iker@txalupa.example", "Iker", "", "Growth Manager"),
        notes="terse; one line; company only in the domain",
    ),
    dict(
        slug="headhunter-cliente-madrid", label="rejection", cat="agency", style="personal",
        frm="Patricia Llorente <patricia.llorente@llorente-search.example>",
        subject="Feedback de Farmacias Centauro",
        text="""
            Hola, Sam:

            Ya tengo respuesta de mi cliente, Farmacias Centauro, tras tu entrevista con su directora general.

            Les gustó mucho cómo planteaste la estrategia digital, pero han decidido no seguir adelante con tu candidatura para el puesto de Directora/Director de Marketing. Van a apostar por alguien del sector farmacéutico que conozca bien la regulación de publicidad de medicamentos.

            Siento no traerte mejores noticias. Te llamo la semana que viene porque tengo otro proceso que creo que te puede encajar.

            Un saludo,
            Patricia Llorente
            Socia directora · Llorente Executive Search
            +34 91 555 77 20
            """,
        exp=("patricia.llorente@llorente-search.example", "Patricia", "Farmacias Centauro", "Directora/Director de Marketing"),
        notes="headhunter relays the named client (company = client)",
    ),
    dict(
        slug="respuesta-a-seguimiento-sevilla", label="rejection", cat="reply-to-owner-nudge", style="personal",
        frm="Rocío Benítez <rocio.benitez@giralda-digital.example>",
        subject="Re: Seguimiento – Responsable de Marketing de Producto",
        parent=True,
        text="""
            Hola, Sam:

            Perdona la tardanza en contestar, han sido semanas complicadas.

            Te cuento: el comité terminó decantándose por otra persona para el puesto de Responsable de Marketing de Producto, y ya ha aceptado la oferta. Siento que te enteres así, después de tanto esperar.

            Un saludo,
            Rocío Benítez
            Talent Acquisition · Giralda Digital
            """,
        quote=("El lun, 26 oct 2026 a las 9:12, Sam Taylor (<sam.taylor@example.org>) escribió:", """
            Hola, Rocío:

            Quería saber si hay novedades sobre el proceso. Sigo muy interesado/a en el puesto.

            Un saludo,
            Sam
            """),
        exp=("rocio.benitez@giralda-digital.example", "Rocío", "Giralda Digital", "Responsable de Marketing de Producto"),
        notes="reply to the owner's nudge; Gmail Spanish attribution; 'terminó decantándose por otra persona'",
    ),
    # ---------------------------------------------------------------- other, ATS style
    dict(
        slug="ack-si-no-recibes-noticias", label="other", cat="ack-hedging", style="ats",
        vendor="smartrecruiters", company="Telar Moda",
        frm="Telar Moda <noreply@smartrecruiters.com>",
        subject="Hemos recibido tu candidatura",
        text="""
            ¡Hola, Sam!

            Gracias por inscribirte en la oferta de E-commerce Marketing Manager en Telar Moda. Tu candidatura ya está en manos de nuestro equipo.

            Revisamos cada currículum personalmente. Si tu perfil encaja, te llamaremos en las próximas tres semanas; si no recibes noticias nuestras en ese plazo, entiende que hemos optado por otros perfiles para esta posición. En cualquier caso, te agradecemos de corazón tu interés.

            Equipo de Selección de Telar Moda
            """,
        notes="smartrecruiters; hedging acknowledgement (silence means no); nothing decided",
    ),
    dict(
        slug="greenhouse-invitacion-entrevista", label="other", cat="interview-invite", style="ats",
        vendor="greenhouse", company="Nube Clara",
        frm="Nube Clara <no-reply@us.greenhouse-mail.io>",
        reply_to="Sergio Vidal <sergio.vidal@nubeclara.example>",
        subject="Entrevista con Nube Clara – Senior Product Marketing Manager",
        text="""
            Hola, Sam:

            ¡Buenas noticias! Al equipo le ha gustado mucho tu perfil y nos gustaría invitarte a una entrevista de 45 minutos con Elena Soler, nuestra VP de Marketing.

            Elige el hueco que mejor te venga en el siguiente enlace. Si ninguno te encaja, dímelo y buscamos otro.

            [Elegir horario](track)

            Hasta pronto,
            Sergio Vidal
            Recruiter
            """,
        notes="greenhouse; interview invitation",
    ),
    dict(
        slug="sigue-en-revision", label="other", cat="status-update", style="ats",
        vendor="workday", company="Banco Austral",
        frm="Banco Austral <bancoaustral@myworkday.com>",
        subject="Estado de tu candidatura",
        tz=-180,
        text="""
            Hola, Sam:

            Queremos mantenerte informado/a sobre tu proceso.

            {table}

            El equipo sigue evaluando perfiles y aún no se ha tomado ninguna decisión. Te escribiremos en cuanto haya novedades, sea cual sea el resultado.

            Equipo de Reclutamiento, Banco Austral
            """,
        table=[("Vacante", "Líder de Marketing de Producto – Tarjetas"), ("Estado", "En revisión"),
               ("Próximo paso", "Entrevista con el área (por confirmar)")],
        notes="workday; status update ('En revisión'); table",
    ),
    dict(
        slug="banco-tarjeta-denegada", label="other", cat="non-job-rejection", style="ats",
        vendor="bank", company="Banco Mediterráneo Digital",
        frm="Banco Mediterráneo Digital <notificaciones@bmd-banco.example>",
        subject="Respuesta a tu solicitud de préstamo personal",
        text="""
            Hola, Sam:

            Hemos analizado tu solicitud de préstamo personal por importe de 15.000 €.

            En este momento no podemos aprobar la operación, ya que no cumple con nuestros criterios internos de riesgo. Esta decisión no afecta a los productos que ya tienes contratados con nosotros.

            Si quieres conocer los motivos o presentar nueva documentación, puedes hacerlo desde la app o en tu oficina.

            Banco Mediterráneo Digital
            """,
        legal="Banco Mediterráneo Digital, S.A. · Entidad inscrita en el Registro de Entidades del Banco de España con el n.º 0299",
        notes="personal loan refused (non-job)",
    ),
    dict(
        slug="alerta-empleo-rechazo", label="other", cat="job-alert", style="ats",
        vendor="newsletter", company="EmpleoHoy",
        frm="EmpleoHoy <alertas@empleohoy.example>",
        subject="8 ofertas nuevas de Product Marketing en Madrid + ¿Te han rechazado? Así se responde",
        headers={"List-Unsubscribe": "<https://click.example/u/eh-8831>", "Precedence": "bulk"},
        noreply=False,
        text="""
            Hola, Sam:

            Estas son las novedades de tu alerta «Product Marketing – Madrid»:

            {table}

            Artículo destacado: «Me han dicho que no después de la entrevista final. ¿Contesto?». Por qué una respuesta amable a un rechazo puede abrirte la siguiente puerta.

            [Leer el artículo](track)
            """,
        table=[("Product Marketing Manager", "Fintech · Madrid · Híbrido"), ("Brand Manager Sénior", "Gran consumo · Alcobendas"),
               ("Growth Lead", "Startup SaaS · Remoto"), ("…y 5 ofertas más", "Ver todas en la web")],
        legal="EmpleoHoy, S.L. · Recibes este correo porque creaste una alerta de empleo.",
        notes="job-alert digest with an article about rejections",
    ),
    # ---------------------------------------------------------------- other, personal
    dict(
        slug="companera-correo-no-seguimos", label="other", cat="owner-is-hiring-manager", style="personal",
        frm="Marta Aguirre <marta.aguirre@example.org>",
        subject="Candidatas de Marketing Junior",
        text="""
            Sam, una cosa rápida:

            ¿Le mandas tú el correo de «no seguimos adelante» a la candidata de Valencia o lo hago yo? Creo que queda mejor si viene de ti, que fuiste quien la entrevistó. A la de Bilbao sí la pasamos a la siguiente ronda, ¿no?

            Te dejo mi borrador por si te sirve:
            «Gracias por tu tiempo y tu interés. En esta ocasión hemos decidido continuar con otra candidatura, pero nos encantaría seguir en contacto.»

            Marta
            """,
        notes="colleague at the owner's company about rejecting candidates the owner interviewed",
    ),
    dict(
        slug="reclutador-cubierto-propone", label="other", cat="recruiter-filled-pitch", style="personal",
        frm="Javier Montero <javier.montero@talentia-rh.example>",
        subject="Te cuento novedades",
        text="""
            Hola, Sam:

            ¿Qué tal todo? Te escribo porque la posición de la que hablamos en primavera, la de Head of Marketing en la empresa de logística, ya está cubierta; la cerraron con un candidato interno.

            Pero tengo dos procesos nuevos que encajan mucho mejor con lo que me contaste que buscabas:
            • Product Marketing Lead en una scale-up de ciberseguridad (Barcelona, remoto parcial).
            • Brand Director en una cadena hotelera (Madrid).

            ¿Te viene bien una llamada el jueves?

            Saludos,
            Javier Montero
            Talentia RH
            """,
        notes="recruiter: an old role is filled; pitches new ones",
    ),
    dict(
        slug="oferta-formal", label="other", cat="offer", style="personal",
        frm="Carmen Ibarra <carmen.ibarra@lince-robotics.example>",
        subject="¡Oferta para incorporarte a Lince Robotics!",
        text="""
            Hola, Sam:

            ¡Qué alegría escribirte este correo! Nos encantaría que te unieras a Lince Robotics como Product Marketing Manager.

            Te resumo la propuesta: contrato indefinido, 58.000 € brutos anuales más un 10 % de variable, 25 días de vacaciones y teletrabajo flexible. Te enviaré la carta oficial por DocuSign en cuanto me confirmes que te encaja.

            ¿Hablamos mañana?

            Carmen Ibarra
            CEO · Lince Robotics
            """,
        notes="offer",
    ),
    dict(
        slug="piso-otros-inquilinos", label="other", cat="non-job-rejection", style="personal",
        frm="Inmobiliaria Retiro <alquileres@inmo-retiro.example>",
        subject="Piso en calle Ibiza 34",
        charset="windows-1252", cte="quoted-printable",
        text="""
            Buenos días, Sam:

            Gracias por visitar el piso de la calle Ibiza y por enviarnos la documentación tan rápido.

            Le comunicamos que el propietario se ha decidido finalmente por otros inquilinos. Si lo desea, le avisaremos de nuevos pisos en la zona que se ajusten a su presupuesto.

            Un saludo,
            Begoña
            Inmobiliaria Retiro
            """,
        notes="rental application declined (non-job); windows-1252 QP",
    ),
    dict(
        slug="amiga-reenvia-rechazo", label="other", cat="forwarded", style="personal",
        frm="Laura Pineda <laura.pineda@correo.example>",
        subject="Fwd: Tu proceso en Orquídea Labs",
        text="""
            Mira lo que me ha llegado 😩 Encima después de la prueba técnica de 6 horas. ¿Cañas el viernes y me animas?

            ---------- Forwarded message ---------
            De: Orquídea Labs <talento@orquidea-labs.example>
            Date: mar, 27 oct 2026 a las 18:45
            Subject: Tu proceso en Orquídea Labs
            To: <laura.pineda@correo.example>

            Hola, Laura:

            Gracias por tu tiempo. Hemos decidido no continuar con tu candidatura para UX Designer.

            Equipo de Talento
            """,
        notes="a friend's own rejection forwarded to the owner; emoji",
    ),
]
