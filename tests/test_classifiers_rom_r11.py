"""Issue 11, round 11 (ROM): two cross-language families, each with its nearest hard negatives.

1. An application moved or transferred to another requisition, role or team is no verdict, in every language,
   however the move is worded: "from the X vacancy to the Y vacancy" (the old role and its place in brackets
   between the verb and the destination), the verb before the candidacy ("has moved your application to a similar
   opening"), "moved your application across to that one". The old role's closure recalled on the way stays no
   verdict; an application moved to a talent pool beside a closed role is still a rejection.
2. A refusal that is not about a job caps the verdict (`non_job_purpose`), in every language, for the families that
   real mail brings: a childcare or school place, an award entry, a rental flat (its owner and guarantee), a
   membership, an employer's own job ad paused when the card was declined. A real job rejection that mentions such
   words (a job at a nursery, an estate agency, an awards organiser) stays a rejection.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def verdict_of(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(ourwords.message(body, subject, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. an application moved to another requisition ------------------------------------------------------------

MOVED = [
    # en: the verb before the candidacy, the destination "a similar opening"
    "Hi Sam,\n\nQuick update: the Brand Manager posting you applied for has been closed. Because your background fits "
    "well, our recruiter has moved your application to a similar opening in the Leeds office. There is "
    "nothing you need to do.",
    # en: "moved … across to that one", the old role filled
    "Hi Sam,\n\nThanks for applying for the Junior Analyst role. That post has now been filled, but reading your CV "
    "I think you'd suit the senior analyst job we're opening next week, so I've moved your application across to "
    "that one. Could we talk on Friday?",
    # nl: from one vacancy (with its place in brackets) to another
    "Hoi Sam,\n\nWe hebben je sollicitatie verplaatst van de vacature Data Analist (Utrecht) naar onze vacature BI "
    "Specialist (Zwolle), omdat je profiel daar beter aansluit. De vacature in Utrecht is inmiddels gesloten. Je "
    "hoeft niets te doen.",
    "Beste Sam,\n\nJe kandidatuur is overgezet van de functie Marketeer (Gent) naar de functie Brand Lead "
    "(Antwerpen). De oorspronkelijke vacature is ingevuld; we bellen je deze week.",
    # es
    # en: the candidacy as the subject, "transferred from X to Y"
    "Hi Sam, the Marketing Manager (London) requisition has been cancelled, and your application has been transferred "
    "from it to the Marketing Manager (Remote) requisition. No action needed.",
    # es
    "Hola Sam:\n\nHemos trasladado tu candidatura de la vacante de Analista (Madrid) a la vacante de Consultor en "
    "Valencia, que encaja mejor con tu experiencia. La vacante de Madrid se ha cerrado. No tienes que hacer nada.",
    # it
    "Ciao Sam,\n\nabbiamo spostato la tua candidatura dalla posizione di Marketing Specialist (Milano) alla posizione "
    "di Content Lead (Torino). La posizione di Milano è stata chiusa; ti contatteremo entro una settimana.",
    # pt
    "Olá Sam,\n\ntransferimos a sua candidatura da vaga de Analista (Lisboa) para a vaga de Consultor no Porto, que "
    "combina melhor com o seu perfil. A vaga de Lisboa foi encerrada. Não precisa de fazer nada.",
    # fr
    "Bonjour Sam,\n\nnous avons transféré votre candidature du poste de Chargé de communication (Lyon) vers le poste "
    "de Responsable éditorial (Nantes). Le poste de Lyon a été pourvu ; nous revenons vers vous cette semaine.",
    # de
    "Hallo Sam,\n\nwir haben Ihre Bewerbung von der Stelle Marketing Manager (Köln) auf die Stelle Brand Lead (Bonn) "
    "verschoben. Die Stelle in Köln ist inzwischen besetzt. Sie müssen nichts weiter tun.",
]


@pytest.mark.parametrize("body", MOVED)
def test_an_application_moved_to_another_requisition_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)


MOVED_TO_POOL = [
    "Hi Sam,\n\nThe Brand Manager position has been filled. We have moved your application to our talent pool "
    "and will contact you if something similar comes up.",
    "Hoi Sam,\n\nDe vacature Data Analist is vervuld. We hebben je cv verplaatst van de vacature naar onze "
    "talentpool; helaas gaan we niet verder met je sollicitatie.",
    "Hola Sam:\n\nLa vacante de Analista ya se ha cubierto. Hemos trasladado tu candidatura de la vacante a nuestra "
    "bolsa de talento; lamentablemente no seguiremos adelante con tu proceso.",
]


@pytest.mark.parametrize("body", MOVED_TO_POOL)
def test_an_application_moved_to_a_pool_beside_a_closed_role_stays_a_rejection(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)


# -- 2. non-job refusals ----------------------------------------------------------------------------------------

NON_JOB = [
    # es: a rental flat, its owner and guarantee
    ("Departamento en Palermo", "Hola Sam:\n\nTe escribo por el departamento de la calle Gorriti. Lamentablemente el "
     "propietario eligió a otro postulante con garantía propietaria, así que no vamos a poder seguir con tu "
     "solicitud. Si querés, te aviso cuando entre otro dos ambientes."),
    # it: a rental flat, its owner
    ("Appartamento via Po", "Ciao Sam,\n\npurtroppo il proprietario ha scelto un altro candidato con un contratto a "
     "tempo indeterminato e garante, quindi non possiamo procedere con la tua richiesta."),
    # pt: a rental flat, its owner and guarantor
    ("Apartamento na Vila Madalena", "Olá Sam,\n\ninfelizmente o proprietário decidiu seguir com outro candidato que "
     "apresentou fiador, por isso não vamos dar seguimento à sua proposta."),
    # de: a childcare place
    ("Ihre Anmeldung", "Sehr geehrte Familie Taylor,\n\nvielen Dank für Ihre Anmeldung für einen Kitaplatz. Leider "
     "können wir Ihnen zum gewünschten Termin keinen Platz anbieten, da alle Plätze vergeben sind."),
    # fr: a crèche place
    ("Votre demande", "Madame, Monsieur,\n\nnous avons le regret de vous informer qu'une suite favorable n'a pu être "
     "donnée à votre demande de place en crèche pour la rentrée de septembre."),
    # es: a nursery place
    ("Solicitud de plaza", "Estimada familia:\n\nlamentamos comunicarles que su solicitud de plaza en la escuela "
     "infantil no ha sido admitida para el próximo curso por falta de plazas."),
    # it: a nursery place
    ("Domanda nido", "Gentile famiglia,\n\npurtroppo la domanda di iscrizione al nido comunale non è stata accolta "
     "per mancanza di posti disponibili."),
    # nl: a childcare place
    ("Plaatsing kinderopvang", "Beste Sam,\n\nhelaas kunnen we je geen plek aanbieden op ons kinderdagverblijf; alle "
     "plekken zijn bezet. We hebben je op de wachtlijst gezet."),
    # pt: a crèche place
    ("Creche", "Olá Sam,\n\ninfelizmente não foi possível atribuir lugar na creche ao seu filho para o próximo ano "
     "letivo; a candidatura fica em lista de espera."),
    # fr: an award entry
    ("Trophées de l'innovation", "Bonjour,\n\nle jury des Trophées de l'innovation s'est réuni. Nous avons le regret "
     "de vous informer que votre candidature n'a pas été retenue parmi les finalistes cette année."),
    # de: an award entry
    ("Ihr Wettbewerbsbeitrag", "Hallo Sam,\n\ndie Jury hat alle Einreichungen für den Designpreis gesichtet. Leider "
     "wurde Ihr Wettbewerbsbeitrag nicht für die Shortlist ausgewählt."),
    # es: an award entry
    ("Premios Innova", "Hola Sam:\n\nel jurado de los Premios Innova ha revisado las candidaturas y lamentablemente "
     "la tuya no ha sido seleccionada como finalista."),
    # nl: a membership
    ("Je lidmaatschap", "Beste Sam,\n\nhelaas kunnen we je aanvraag voor het lidmaatschap van onze vereniging niet "
     "goedkeuren; het ledenaantal is bereikt."),
    # de: a membership
    ("Ihr Aufnahmeantrag", "Sehr geehrter Herr Taylor,\n\nleider können wir Ihren Aufnahmeantrag für die "
     "Mitgliedschaft im Verein derzeit nicht berücksichtigen."),
    # a place offered to the reader's child, the institution named apart
    ("Update", "Hi Sam, unfortunately we are unable to offer Mia a nursery place for September as all places have "
     "been allocated. You remain on our waiting list."),
    ("Update", "Hola Sam: te escribimos de la Escuela Infantil Los Pinos. Lamentablemente no podemos ofrecerle una "
     "plaza a tu hija para el próximo curso."),
    ("Update", "Ciao Sam, ti scriviamo dal nido comunale: purtroppo non possiamo offrire un posto a tuo figlio per "
     "settembre."),
    ("Update", "Hoi Sam, helaas is er bij de BSO geen plek meer voor je zoon; we zetten jullie op de wachtlijst."),
    ("Update", "Hallo Sam, Ihre Bewerbung um einen Kita-Platz können wir leider nicht berücksichtigen."),
    # an award's jury, a flat's owner
    ("Update", "Bonjour Sam, le jury du Prix de l'Innovation n'a pas retenu votre dossier cette année."),
    ("Update", "Hola Sam: el propietario del piso ha preferido a otro interesado, así que no podemos seguir con tu "
     "solicitud."),
]


@pytest.mark.parametrize("subject,body", NON_JOB)
def test_a_non_job_refusal_is_no_rejection(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert not v.rejection, why(v)


def test_an_employers_job_ad_paused_for_a_declined_card_is_no_rejection(clf):
    body = ("Hi Sam,\n\nWe couldn't take the payment for your sponsored job Data Analyst. Your card ending in 0042 "
            "was declined. Your sponsored job has been paused and won't reach new candidates until you update "
            "your billing details.")
    v = verdict_of(clf, body, "Payment declined - your job is paused")
    assert not v.rejection, why(v)


JOB_REJECTIONS_WITH_SUCH_WORDS = [
    # a job at a nursery
    ("Ihre Bewerbung", "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Erzieherin in unserer Kita. Leider können "
     "wir Ihre Bewerbung nicht berücksichtigen, da wir uns für eine andere Bewerberin entschieden haben."),
    ("Votre candidature", "Bonjour Sam,\n\nmerci pour votre candidature au poste d'auxiliaire de puériculture en "
     "crèche. Nous avons le regret de vous informer que votre candidature n'a pas été retenue."),
    # a job at an estate agency
    ("Tu postulación", "Hola Sam:\n\ngracias por postularte al puesto de Asesor Comercial en Inmobiliaria Sur. "
     "Lamentablemente hemos decidido avanzar con otro candidato para el puesto."),
    ("La tua candidatura", "Ciao Sam,\n\ngrazie per la candidatura come agente presso la nostra agenzia immobiliare. "
     "Purtroppo abbiamo scelto un altro candidato per la posizione."),
    # a job with an awards organiser
    ("Your application", "Hi Sam,\n\nThank you for applying for the Events Coordinator role for our industry awards. "
     "Unfortunately we have decided to move forward with another candidate."),
    # a job in a membership association
    # the institution is the employer: a job at a nursery school, a nursery, an estate agency, an awards programme
    ("Update", "Hola Sam: gracias por tu candidatura al puesto de educadora en nuestra escuela infantil. "
     "Lamentablemente hemos elegido a otra candidata."),
    ("Update", "Ciao Sam, grazie per la candidatura come educatrice presso il nostro nido. Purtroppo abbiamo scelto "
     "un'altra candidata."),
    ("Update", "Hola Sam: gracias por tu interés en el puesto de Agente Inmobiliario. El propietario de la agencia ha "
     "decidido seguir con otro candidato."),
    ("Update", "Bonjour Sam, merci pour votre candidature au poste de chargée de communication pour nos Trophées de "
     "l'innovation. Nous avons retenu une autre candidature."),
    ("Je sollicitatie", "Beste Sam,\n\nbedankt voor je sollicitatie als ledenadviseur bij onze vereniging. Helaas "
     "hebben we gekozen voor een andere kandidaat."),
]


@pytest.mark.parametrize("subject,body", JOB_REJECTIONS_WITH_SUCH_WORDS)
def test_a_job_rejection_that_mentions_such_words_stays_a_rejection(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert v.rejection, why(v)


OWN_JOB_AD_PAUSED = [
    "Ciao Sam, purtroppo il pagamento con la tua carta di credito è stato rifiutato e l'annuncio di lavoro che hai "
    "pubblicato è stato sospeso.",
    "Olá Sam, o pagamento com o seu cartão foi recusado, por isso o anúncio da vaga que publicou foi pausado.",
    "Hola Sam: no hemos podido procesar el pago de tu anuncio patrocinado. La oferta ha sido pausada hasta que "
    "actualices tu método de pago.",
    "Hoi Sam, je betaling is mislukt; je vacature is gepauzeerd en ontvangt geen nieuwe kandidaten tot je je "
    "betaalgegevens bijwerkt.",
]


@pytest.mark.parametrize("body", OWN_JOB_AD_PAUSED)
def test_the_owners_own_job_ad_paused_is_no_rejection(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)


AD_APPLIED_TO_CLOSED = [
    "Hola Sam: la oferta a la que te postulaste ha sido cancelada. Lamentablemente no seguiremos con el proceso.",
    "Ciao Sam, l'annuncio a cui ti sei candidato è stato chiuso: purtroppo non proseguiremo con la tua candidatura.",
    "Olá Sam, a vaga à qual se candidatou foi cancelada e infelizmente não vamos avançar com a sua candidatura.",
]


@pytest.mark.parametrize("body", AD_APPLIED_TO_CLOSED)
def test_the_ad_the_reader_applied_to_closed_stays_a_rejection(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)


# -- 3. the choice fell on someone else ------------------------------------------------------------------------

CHOICE_FELL_ELSEWHERE = [
    "Hoi Sam, de keuze is gevallen op een kandidaat met meer ervaring in de zorg.",
    "Hola Sam: la elección ha recaído en una candidata con más experiencia en retail.",
    "Ciao Sam, la scelta è caduta su un profilo con più esperienza nel settore.",
    "Olá Sam, a escolha recaiu sobre um candidato com mais experiência em B2B.",
]


@pytest.mark.parametrize("body", CHOICE_FELL_ELSEWHERE)
def test_the_choice_fallen_on_another_candidate_is_a_rejection(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)


CHOICE_FELL_ON_READER_OR_PENDING = [
    "Hoi Sam, goed nieuws: de keuze is op jou gevallen! Wanneer kun je beginnen?",
    "Ciao Sam, ottime notizie: la scelta è caduta su di te. Ti mando il contratto.",
    "Hola Sam: te avisaremos cuando la elección haya recaído en un candidato.",
    "Olá Sam, avisaremos quando a escolha tiver recaído sobre um candidato.",
]


@pytest.mark.parametrize("body", CHOICE_FELL_ON_READER_OR_PENDING)
def test_the_choice_fallen_on_the_reader_or_not_yet_made_is_no_rejection(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)


READER_MOVED = [
    "Hoi Sam, de vacature Marketing Lead is gesloten. Je bent verplaatst naar de vacature Content Marketeer, omdat "
    "die beter bij je past.",
    "Hola Sam: la vacante de Marketing Lead se ha cerrado. Te hemos movido a la vacante de Content Marketer, que "
    "encaja mejor contigo.",
    "Ciao Sam, la posizione di Marketing Lead è stata chiusa. Ti abbiamo spostato sulla posizione di Content "
    "Marketer, più in linea con il tuo profilo.",
    "Olá Sam, a vaga de Marketing Lead foi encerrada. Movemos você para a vaga de Content Marketer, que combina mais "
    "com o seu perfil.",
]


@pytest.mark.parametrize("body", READER_MOVED)
def test_the_reader_moved_to_another_vacancy_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)


READER_PASSED_ON_THEN_REFUSED = [
    "Hola Sam: le he pasado tu CV al equipo de selección, pero lamentablemente han decidido seguir con otro perfil.",
    "Hoi Sam, de vacature Marketing Lead is ingevuld. We hebben je profiel in onze talentpool gezet.",
]


@pytest.mark.parametrize("body", READER_PASSED_ON_THEN_REFUSED)
def test_a_cv_passed_on_or_pooled_beside_a_verdict_stays_a_rejection(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)
