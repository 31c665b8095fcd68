"""Spanish messages (Spain, Mexico, Colombia, Argentina): 8 rejections, 8 hard negatives."""

NOREPLY_ES = ("Este es un mensaje automático, por favor no respondas a este correo.\n\n"
              "Protección de datos: tus datos serán tratados conforme al RGPD (UE) 2016/679. "
              "Puedes ejercer tus derechos de acceso, rectificación y supresión en privacidad@{dom}.")

MESSAGES = [
    # ---------------- rejections ----------------
    dict(slug="es-infojobs-descartado", label="rejection", lang="es", style="ats", cat="job-board-relay",
         frm=("InfoJobs", "notificaciones@infojobs.example"), vendor="InfoJobs", company_logo="InfoJobs",
         subject="Novedades en tu candidatura: Product Marketing Manager - Lumbre Seguros",
         body="Hola Sam,\n\nHay novedades en una de tus candidaturas.\n\n"
              "Oferta: Product Marketing Manager\nEmpresa: Lumbre Seguros\nUbicación: Madrid\n\n"
              "Estado: Descartado\n\n"
              "La empresa ha revisado tu candidatura y ha decidido no continuar contigo en este proceso. "
              "No te desanimes: hay más de 2.300 ofertas de marketing esperándote.\n\n"
              "Ver ofertas similares >",
         footer="Has recibido este email porque tienes una cuenta en InfoJobs. Gestiona tus notificaciones en tu perfil.\n\n"
                "InfoJobs no es responsable de las decisiones de las empresas.",
         headers={"List-Unsubscribe": "<https://click.example/unsub/ij>", "Precedence": "bulk"},
         reply_to="", first="", company="Lumbre Seguros", role="Product Marketing Manager",
         tags="job-board status line; Spain; bulk headers"),
    dict(slug="es-workday-mx-otros-candidatos", label="rejection", lang="es", style="ats", cat="ats-automated", tz="mx",
         frm=("Grupo Arrecife Talento", "arrecife@myworkday.com"), vendor="Workday", company_logo="Grupo Arrecife",
         subject="Actualización sobre tu postulación – Gerente de Marca Digital (R-20417)",
         body="Estimado(a) Sam Taylor:\n\nGracias por tu interés en formar parte de Grupo Arrecife y por el tiempo que "
              "dedicaste a tu postulación para la vacante Gerente de Marca Digital (R-20417).\n\n"
              "Recibimos un número muy alto de solicitudes. Después de una revisión cuidadosa, hemos decidido avanzar "
              "con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.\n\n"
              "Te invitamos a seguir consultando nuestro portal de empleo y a crear alertas de vacantes.\n\n"
              "Atentamente,\nAtracción de Talento\nGrupo Arrecife, S.A. de C.V.",
         footer="Grupo Arrecife es un empleador que ofrece igualdad de oportunidades. No respondas a este correo; "
                "la bandeja no es monitoreada.\n\nAviso de privacidad: consulta www.arrecife.example/privacidad",
         reply_to="", first="", company="Grupo Arrecife", role="Gerente de Marca Digital",
         tags="Mexico; Workday; most ordinary wording"),
    dict(slug="es-computrabajo-co-no-continua", label="rejection", lang="es", style="ats", cat="job-board-relay", tz="co",
         frm=("Computrabajo Colombia", "no-responder@computrabajo.example"), vendor="Computrabajo", company_logo="Computrabajo",
         fmt="html",
         subject="La empresa Cafetales del Quindío actualizó tu proceso",
         body="¡Hola Sam!\n\nLa empresa Cafetales del Quindío S.A.S. revisó tu hoja de vida para la oferta "
              "Coordinador de Mercadeo (Bogotá).\n\n"
              "En esta ocasión tu perfil no continúa en el proceso de selección.\n\n"
              "Mensaje de la empresa: \"Agradecemos tu postulación. Buscamos a alguien con experiencia en consumo masivo "
              "en el mercado colombiano. Éxitos en tu búsqueda.\"\n\n"
              "Te recomendamos estas ofertas:\n- Analista de Marketing Digital – Medellín\n- Jefe de Producto – Cali",
         footer="Computrabajo Colombia. Para dejar de recibir estos correos ajusta tus preferencias.",
         headers={"List-Unsubscribe": "<mailto:baja@computrabajo.example>", "Precedence": "bulk"},
         reply_to="", first="", company="Cafetales del Quindío", role="Coordinador de Mercadeo",
         tags="Colombia; HTML-only; job-board relay with employer message; job suggestions after the verdict"),
    dict(slug="es-teamtailor-cubierta", label="rejection", lang="es", style="ats", cat="role-filled",
         frm=("Nébula Viajes", "no-reply@teamtailor.com"), vendor="Teamtailor", company_logo="Nébula Viajes",
         reply_to_hdr="Lucía Ferrán <lucia.ferran@nebulaviajes.example>", oddbreaks=True,
         subject="Tu candidatura en Nébula Viajes",
         body="Hola Sam,\n\nTe escribimos en relación con tu candidatura a Growth Marketing Lead en Nébula Viajes. "
              "Queríamos darte las gracias por tu paciencia durante estas semanas, sabemos que la espera no es fácil.\n\n"
              "Te informamos de que la posición ya ha sido cubierta, por lo que cerramos el proceso.\n\n"
              "¿Podemos conservar tus datos? Si nos das tu consentimiento, guardaremos tu perfil durante 12 meses "
              "para futuras vacantes. Puedes hacerlo desde el enlace de abajo.\n\n"
              "Un saludo,\nLucía Ferrán\nPeople & Culture, Nébula Viajes",
         footer="Nébula Viajes S.L. · Calle del Olmo 14, Valencia. Gestionado con Teamtailor.",
         reply_to="lucia.ferran@nebulaviajes.example", first="Lucía", company="Nébula Viajes",
         role="Growth Marketing Lead", tags="Spain; Teamtailor; Reply-To a person; data-retention question"),
    dict(slug="es-hays-cliente-otro-perfil", label="rejection", lang="es", style="personal", cat="agency-recruiter",
         frm=("Álvaro Reig", "alvaro.reig@hays-rec.example"),
         subject="RE: Entrevista Brand Manager - feedback",
         body="Hola Sam,\n\nte escribo como te prometí el viernes. He hablado esta mañana con el cliente (Bodegas "
              "Almendral) y finalmente se han decantado por otro perfil, alguien que ya venía del sector vinos y "
              "bebidas. Me han dicho que les gustó mucho tu presentación y tu forma de estructurar el caso, pero "
              "lo del sector les pesó.\n\nSiento no traerte mejores noticias. Tengo un par de procesos en "
              "gran consumo que te pueden encajar, ¿hablamos la semana que viene?\n\nUn abrazo,\n\n"
              "Álvaro Reig\nSenior Consultant | Hays Sales & Marketing\nM. +34 611 204 918",
         quote="El 12 oct 2026, a las 18:40, Sam Taylor <sam.taylor@example.org> escribió:\n"
               "Hola Álvaro, gracias por organizar la entrevista de Brand Manager. ¿Sabes algo del cliente?\nSam",
         reply_to="alvaro.reig@hays-rec.example", first="Álvaro", company="Bodegas Almendral",
         role="Brand Manager", tags="Spain; agency relays the client's decision; reply over quoted thread"),
    dict(slug="es-ar-fundador-corto", label="rejection", lang="es", style="personal", cat="terse", tz="ar",
         frm=("Tomás Bianchi", "tomas@yerbamate-labs.example"),
         subject="Re: Head of Growth",
         body="Sam, gracias por la charla del martes, la verdad que muy buena. Al final vamos a seguir con "
              "otra persona para el puesto, más que nada por el tema del horario con Buenos Aires. Cualquier cosa "
              "seguimos en contacto!\n\nTomás\nYerbamate Labs · Buenos Aires\n\nEnviado desde mi celular",
         reply_to="tomas@yerbamate-labs.example", first="Tomás", company="Yerbamate Labs", role="Head of Growth",
         quote="Hola Tomás, gracias de nuevo por la conversación. Quedo atento a los próximos pasos.\nSam",
         headers={"Organization": "Yerbamate Labs"},
         tags="Argentina; founder; short informal; voseo register"),
    dict(slug="es-rrhh-reenvia-nota-manager", label="rejection", lang="es", style="personal", cat="hr-forwards-manager-note",
         frm=("Marta Solís", "marta.solis@ferrovial-dig.example"),
         subject="RV: Candidatura Sam Taylor - Product Marketing",
         body="Hola Sam:\n\nTe reenvío el comentario de Ignacio, el responsable del área, tras vuestra segunda "
              "entrevista. Preferimos ser transparentes contigo.\n\nLamentablemente no podemos seguir adelante con tu "
              "candidatura. Si quieres comentar algo, estoy a tu disposición.\n\nSaludos cordiales,\nMarta Solís\n"
              "Talent Acquisition · Vía Digital Infraestructuras\nTel. +34 917 440 215\n\n"
              "-----Mensaje original-----\nDe: Ignacio Prado\nEnviado: martes, 20 de octubre de 2026 9:14\n"
              "Para: Marta Solís\nAsunto: Candidatura Sam Taylor - Product Marketing\n\n"
              "Marta, Sam tiene muy buen criterio y comunica bien, pero para Product Marketing Manager B2B "
              "necesitamos a alguien que haya llevado lanzamientos de SaaS industrial. No lo veo para este puesto. "
              "Dale las gracias de mi parte, por favor.\nIgnacio",
         reply_to="marta.solis@ferrovial-dig.example", first="Marta", company="Vía Digital Infraestructuras",
         role="Product Marketing Manager B2B", tags="Spain; HR forwards the hiring manager's third-person note"),
    dict(slug="es-mx-congelada-vacante", label="rejection", lang="es", style="personal", cat="role-cancelled", tz="mx",
         frm=("Daniela Ortega", "dortega@pinacate-fintech.example"),
         subject="Vacante Líder de Producto - actualización",
         body="Hola Sam, ¿cómo estás?\n\nQuería escribirte antes de que te enteraras por otro lado. Esta semana "
              "dirección nos pidió congelar varias contrataciones por el cierre de la ronda de inversión, y la "
              "vacante de Líder de Producto quedó cancelada hasta nuevo aviso. No hay fecha para reabrirla, así que "
              "no quiero tenerte esperando.\n\nDe verdad disfruté las conversaciones contigo; si la posición "
              "vuelve a abrirse, serás de las primeras personas a quienes llame.\n\nUn saludo grande,\n"
              "Daniela Ortega\nHead of People | Pinacate\n+52 55 4128 7730",
         reply_to="dortega@pinacate-fintech.example", first="Daniela", company="Pinacate", role="Líder de Producto",
         tags="Mexico; role cancelled by hiring freeze"),
    # ---------------- other ----------------
    dict(slug="es-greenhouse-acuse-cobertura", label="other", lang="es", style="ats", cat="ack-received",
         frm=("Talento Cierzo Energía", "no-reply@us.greenhouse-mail.io"), vendor="Greenhouse", company_logo="Cierzo Energía",
         subject="Hemos recibido tu candidatura – Marketing Manager",
         body="Hola Sam,\n\nGracias por presentar tu candidatura a Marketing Manager en Cierzo Energía.\n\n"
              "Nuestro equipo revisará tu perfil en las próximas dos semanas. Debido al gran volumen de "
              "candidaturas, no siempre podemos responder personalmente a cada persona; si no seguimos adelante "
              "con tu candidatura, te lo comunicaremos igualmente por este medio.\n\n"
              "Mientras tanto, puedes conocer más sobre nosotros en nuestro blog.\n\nEquipo de Talento",
         footer=NOREPLY_ES.format(dom="cierzo.example"),
         tags="Spain; Greenhouse; hedging acknowledgement"),
    dict(slug="es-linkedin-visto-alerta", label="other", lang="es", style="ats", cat="job-alert",
         frm=("LinkedIn Empleos", "jobs-noreply@linkedin.example"), vendor="LinkedIn", company_logo="LinkedIn",
         subject="Sam, tu candidatura fue vista por Brisa Hoteles – y 6 empleos nuevos",
         body="Tu candidatura fue vista\nBrisa Hoteles · Responsable de Marketing · Palma\n\n"
              "Empleos que podrían interesarte\n- Product Marketing Manager · Lumen Pay · Madrid (en remoto)\n"
              "- Brand Lead · Olivar Foods · Sevilla\n- Growth Manager · Tramonta · Barcelona\n\n"
              "Las candidaturas no seleccionadas se archivan automáticamente tras 30 días. Ver todas las ofertas",
         footer="Este correo electrónico se ha enviado a Sam Taylor. Darse de baja · Ayuda\n© 2026 LinkedIn",
         headers={"List-Unsubscribe": "<https://click.example/unsub/li>", "Precedence": "bulk"},
         tags="Spain; job alert; 'no seleccionadas' in generic line"),
    dict(slug="es-factorial-prueba-tecnica", label="other", lang="es", style="ats", cat="assessment-invite",
         frm=("Equipo de Selección Rauxa", "noreply@factorialhr.example"), vendor="Factorial", company_logo="Rauxa",
         subject="Siguiente paso: caso práctico para Growth Marketing Manager",
         body="Hola Sam,\n\nNos alegra decirte que has superado la primera fase del proceso para Growth Marketing "
              "Manager en Rauxa. No todas las candidaturas llegan hasta aquí.\n\n"
              "El siguiente paso es un caso práctico: tendrás 5 días para preparar un plan de lanzamiento para "
              "un nuevo producto. Lamentamos no poder ofrecer más plazo, pero debemos cerrar esta fase antes del 30.\n\n"
              "Accede al caso desde el botón de abajo.",
         footer=NOREPLY_ES.format(dom="rauxa.example"),
         tags="Spain; Factorial; test invitation with 'lamentamos' and 'no todas'"),
    dict(slug="es-ar-alquiler-rechazado", label="other", lang="es", style="ats", cat="non-job-rejection", tz="ar",
         frm=("Inmobiliaria Palermo Soho", "avisos@palermosoho-prop.example"), vendor="Tokko Broker", company_logo="Palermo Soho",
         subject="Resultado de tu solicitud - Depto. Gorriti 4800",
         body="Estimado/a Sam Taylor:\n\nLe informamos que, tras evaluar la documentación presentada, el "
              "propietario ha decidido no continuar con su solicitud de alquiler para el departamento de Gorriti 4800, "
              "3° B. La unidad fue asignada a otro interesado.\n\nLe invitamos a consultar otras propiedades disponibles.",
         footer="Inmobiliaria Palermo Soho - Mat. CUCICBA 7712. No responda este correo.",
         tags="Argentina; rental refusal, same phrasing as rejection"),
    dict(slug="es-michaelpage-nuevas-oportunidades", label="other", lang="es", style="personal", cat="recruiter-outreach",
         frm=("Carmen Vidal", "carmen.vidal@michaelpage-es.example"),
         subject="Dos procesos nuevos - Marketing",
         body="Hola Sam,\n\nsoy Carmen, de Michael Page. Hablamos en primavera por el puesto de Trade Marketing "
              "que al final se cubrió internamente en el cliente, ¿te acuerdas?\n\nTe escribo porque tengo dos "
              "procesos que creo que encajan mucho mejor contigo: Head of Product Marketing en una scale-up de "
              "pagos y Brand Director en un grupo de restauración. ¿Te viene bien una llamada el jueves?\n\n"
              "Saludos,\nCarmen Vidal\nManager | Michael Page Marketing\n+34 932 100 487",
         tags="Spain; agency pitches new roles, mentions an old role filled"),
    dict(slug="es-co-respuesta-seguimiento", label="other", lang="es", style="personal", cat="answer-to-owner-question", tz="co",
         frm=("Valentina Rojas", "vrojas@andina-retail.example"),
         subject="Re: Seguimiento - Jefe de Marca",
         body="Hola Sam, ¡qué pena que hayas pensado eso! Para nada, no hemos elegido a nadie todavía. "
              "Tuvimos retrasos internos. De hecho, nos gustaría invitarte a la entrevista final con nuestra "
              "gerente general el miércoles 4 a las 10:00 (hora Bogotá). ¿Te sirve?\n\nSaludos,\nValentina\n"
              "Andina Retail · Selección\n+57 601 744 2210",
         quote="Hola Valentina, no he tenido noticias en tres semanas y supongo que habéis seguido con otro "
               "candidato para Jefe de Marca. Si es así, os agradecería saberlo.\nSam",
         tags="Colombia; answer to Sam's 'did you choose someone else?'; invitation"),
    dict(slug="es-propia-contratacion-descartes", label="other", lang="es", style="personal", cat="owner-hiring",
         frm=("Irene Castaño", "irene.castano@example.org"),
         subject="Descartes de la vacante de Analista - Madrid",
         body="Sam,\n\nte paso el resumen de la vacante de Analista de Audiencias que tienes abierta en la "
              "oficina de Madrid: de los 14 candidatos, hemos descartado a 9 en el filtro. A los otros tres que "
              "entrevistaste les mandé ayer el correo de \"no seguimos adelante con tu candidatura\". Quedan dos "
              "finalistas. ¿Me confirmas si les ofrecemos la segunda ronda?\n\nIrene\nPeople Ops · Calder Street Media",
         tags="Spain; Sam is the hiring manager; colleague at example.org"),
    dict(slug="es-congreso-ponencia-rechazada", label="other", lang="es", style="personal", cat="non-job-rejection",
         frm=("Comité de Programa MarketingDays", "programa@marketingdays.example"),
         subject="Tu propuesta de ponencia para MarketingDays Sevilla 2027",
         body="Hola Sam,\n\ngracias por enviar la propuesta \"Medir la atención, no el clic\". Este año recibimos "
              "más de 400 propuestas y lamentablemente no hemos podido incluir la tuya en el programa. Nos encantaría "
              "que volvieras a presentarla el año que viene.\n\nComo ponente propuesto tienes un 30 % de descuento "
              "en la entrada.\n\nUn saludo,\nPaula, en nombre del comité de programa",
         tags="Spain; conference talk declined"),
]
