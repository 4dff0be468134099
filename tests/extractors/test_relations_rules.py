"""Unit checks of the relation rules added for recall: each text is written for the test."""

from __future__ import annotations

import pytest

from extractors.model import Article
from extractors.pipeline import extract_article


def _relations(nlp, text: str) -> set[tuple]:
    facts = extract_article(Article(id="t", text=text), nlp(text))
    label = {a.key: a.label for a in facts.actors}
    return {(label[r.subject], label[r.object], r.event_type, r.negated, r.modality) for r in facts.relations}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a finite clause the parser hung on a noun: "les États-Unis et leurs alliés imposaient …"
    # "les deux pays": the pair coordinated in its own sentence (extractors/pairs.py)
    ("La Chine et la Russie se sont rapprochées, alors que les États-Unis et leurs alliés imposaient des sanctions contre les deux pays.",
     {("États-Unis", "Chine", "Coerce", False, None), ("États-Unis", "Russie", "Coerce", False, None)}),
    # "refuser de" is a Reject, not a negated Support
    ("La Pologne a refusé de soutenir la Hongrie.", {("Pologne", "Hongrie", "Reject", False, None)}),
    # negation of a governing modal
    ("Le Japon ne veut pas sanctionner la Corée du Sud.", {("Japon", "Corée du Sud", "Coerce", True, "intention")}),
    # a conditional after a promise is a future in the past
    pytest.param("Paris a promis que la France livrerait des armes à l'Ukraine.", {("France", "Ukraine", "Support", False, "future")},
                 marks=pytest.mark.xfail(reason="'livrer des armes à X': the recipient is parsed under 'armes', so no relation", strict=False)),
    # passive with an agent: the agent is the subject, the grammatical subject the object
    ("L'Ukraine a été attaquée par la Russie.", {("Russie", "Ukraine", "Assault", False, None)}),
    ("Le Mali a été sanctionné par la CEDEAO.", {("CEDEAO", "Mali", "Coerce", False, None)}),
    ("Les rebelles ont été bombardés par l'armée syrienne.", {("Syrie", "rebelles", "Assault", False, None)}),
    # a passive participle modifying a noun
    ("Le gouvernement grec, soutenu par le PASOK, a prêté serment.", {("PASOK", "Grèce", "Support", False, None)}),
    ("Ana Pastor, critiquée par le Parti populaire, a quitté TVE.", {("Parti populaire", "Ana Pastor", "Accuse", False, None)}),
    # light verb + event noun
    ("L'Équateur a accordé l'asile à Julian Assange.", {("Équateur", "Julian Assange", "Support", False, None)}),
    ("La Turquie a porté plainte contre la Syrie.", {("Turquie", "Syrie", "Accuse", False, None)}),
    ("Le Japon pourrait imposer des sanctions à la Corée du Nord.", {("Japon", "Corée du Nord", "Coerce", False, "possibility")}),
    # nominal event with "de" subject and "contre" object; an army stands for its state
    ("L'attaque des talibans contre l'armée afghane a fait dix morts.", {("Talibans", "Afghanistan", "Assault", False, None)}),
    ("L'armée syrienne a bombardé les talibans.", {("Syrie", "Talibans", "Assault", False, None)}),
    ("La Russie a expulsé l'ambassadeur britannique.", {("Russie", "Royaume-Uni", "Coerce", False, None)}),
    # reflexive-only triggers and fixed phrases
    ("Les talibans se sont battus contre l'armée afghane.", {("Talibans", "Afghanistan", "Assault", False, None)}),
    ("Human Rights Watch met en cause la Syrie.", {("Human Rights Watch", "Syrie", "Accuse", False, None)}),
    ("Paris et Berlin se sont mis d'accord sur un char.", {("France", "Allemagne", "Agree", False, None)}),
    # governors: "menacer de" is a Threaten of the embedded object; a purpose clause is an intention
    ("Le Royaume-Uni a menacé d'envahir l'ambassade de l'Équateur pour capturer Julian Assange.",
     {("Royaume-Uni", "Équateur", "Threaten", False, None), ("Royaume-Uni", "Julian Assange", "Coerce", False, "intention")}),
    ("La Pologne a refusé d'apporter son soutien à la Hongrie.", {("Pologne", "Hongrie", "Reject", False, None)}),
    # denial of an infinitive is a negated event
    ("Le Kremlin a nié avoir attaqué l'Ukraine.", {("Kremlin", "Ukraine", "Assault", True, None)}),
    # object control: the object of "accuser", "demander à" is the subject of the infinitive
    ("Le quotidien Libération a accusé Mariano Rajoy de purger TVE.",
     {("Libération", "Mariano Rajoy", "Accuse", False, None), ("Mariano Rajoy", "TVE", "Coerce", False, None)}),
    ("L'Ukraine a demandé à l'Allemagne de livrer des chars.", {("Ukraine", "Allemagne", "Demand", False, None)}),
    # "dire à X de" + infinitive is a Demand
    ("Emmanuel Macron a dit à Vladimir Poutine de retirer ses troupes.", {("Emmanuel Macron", "Vladimir Poutine", "Demand", False, None)}),
    # "bloquer les efforts de X" is a Reject of X
    ("La Russie et la Chine ont bloqué les efforts du Conseil de sécurité de l'ONU.",
     {("Russie", "Conseil de sécurité de l'ONU", "Reject", False, None), ("Chine", "Conseil de sécurité de l'ONU", "Reject", False, None)}),
    # negation scope: "ne … que" is not a negation; a negation inside reported speech is the event's
    ("La Chine n'a soutenu que la Russie.", {("Chine", "Russie", "Support", False, None)}),
    ("Washington a déclaré que Pékin n'avait jamais menacé Taïwan.", {("Chine", "Taïwan", "Threaten", True, None)}),
    # possessives in nominal events
    ("Angela Merkel a réaffirmé son soutien à la Grèce.", {("Angela Merkel", "Grèce", "Support", False, None)}),
])
def test_relations_rules(nlp, text, expected):
    assert expected <= _relations(nlp, text)


@pytest.mark.model
def test_relations_venue_is_not_object(nlp):
    found = _relations(nlp, "Le Premier ministre Fumio Kishida a rencontré Joe Biden à Washington.")
    assert not any(obj == "États-Unis" for _, obj, *_ in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Le Mali a été sanctionné.",  # a passive without an agent has no subject
    "L'Iran a accordé une interview à la BBC.",  # "accorder" alone is not an Agree
    "Joe Biden a battu Donald Trump.",  # "battre" is an Assault only as "se battre"
])
def test_relations_rules_no_relation(nlp, text):
    assert not _relations(nlp, text)


# Round 4 rules: each construction with short texts written for the test.
@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # name-calling: "appeler X « … »", "traiter X de", "qualifier X de", "décrire X comme « … »" is an Accuse
    ("Jean Dupont a appelé Pierre Martin « le roi des menteurs ».", {("Jean Dupont", "Pierre Martin", "Accuse", False, None)}),
    ("Marie Durand a traité Paul Lefèvre de « menteur ».", {("Marie Durand", "Paul Lefèvre", "Accuse", False, None)}),
    ("Jean Dupont décrit Pierre Martin comme « un petit tyran ».", {("Jean Dupont", "Pierre Martin", "Accuse", False, None)}),
    # a reciprocal friendly name is a Cooperate between the two
    ("Paul Lefèvre et Pierre Martin se sont appelés « amis ».", {("Paul Lefèvre", "Pierre Martin", "Cooperate", False, None)}),
    # a direct object that is a thing owned by actors: its owner and the coordinated actor
    ("La Chine a dénoncé l'ingérence des pays occidentaux et notamment des États-Unis.",
     {("Chine", "Occident", "Accuse", False, None), ("Chine", "États-Unis", "Accuse", False, None)}),
    # a subject coordinated to the left when the parser attaches the verb to the first conjunct
    ("M. Macron et M. Scholz ont discuté de la situation en Ukraine.", {("Macron", "Scholz", "Consult", False, None)}),
    # "refuser cet accès": a Reject toward the one who asked
    ("Amnesty International a sollicité Pékin pour visiter le Tibet. Les autorités chinoises ont refusé cet accès.",
     {("Chine", "Amnesty International", "Reject", False, None)}),
    ("La Turquie a demandé à la Syrie un droit de passage. Damas a rejeté cette demande.",
     {("Syrie", "Turquie", "Reject", False, None)}),
    # "appeler à voter pour X" is a Support of X
    ("Le maire de Chicago, Rahm Emanuel, appelle à voter pour Barack Obama.", {("Rahm Emanuel", "Barack Obama", "Support", False, None)}),
    # vocabulary: exclure (Coerce), s'en prendre à (Accuse), faire grief (Accuse)
    ("Le Parti socialiste a exclu Jean Dupont.", {("Parti socialiste", "Jean Dupont", "Coerce", False, None)}),
    ("Jean Dupont s'en est pris à Pierre Martin.", {("Jean Dupont", "Pierre Martin", "Accuse", False, None)}),
])
def test_relations_rules_round4(nlp, text, expected):
    assert expected <= _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a friendly name given to one side is no accusation
    "Le président Jean Dupont a qualifié Pierre Martin de « cher ami ».",
    # "décrire" without a name is a description, not an accusation
    "Le rapport de Jean Dupont décrit la situation en Ukraine.",
    # "appeler X" alone on the phone is a Consult, never an Accuse
    "Jean Dupont a appelé Pierre Martin mardi.",
])
def test_relations_rules_round4_no_accuse(nlp, text):
    assert not any(kind == "Accuse" for _, _, kind, *_ in _relations(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, wrong", [
    # found reading the unannotated corpus: a person named before the comma is the subject, not the party of the role
    ("Jean Dupont, le candidat du Parti socialiste, a appelé Pierre Martin « le roi des menteurs ».", "Parti socialiste"),
    ("Marie Durand, la porte-parole de l'UMP, a critiqué Paul Lefèvre.", "UMP"),
])
def test_relations_rules_apposed_name_is_subject(nlp, text, wrong):
    found = _relations(nlp, text)
    assert found and not any(subject == wrong for subject, *_ in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "confier à X que" is a confidence (speech), not a transfer to X
    "Très ému, Jean Dupont confie au Figaro que « nous aurions dû plaider ».",
    "Jean Dupont a confié au journal Le Monde qu'il partirait.",
    # "recevoir" a portfolio or a ministry is no meeting
    "Pierre Martin reçoit la Défense, Jean Dupont récupère le portefeuille de l'Intérieur.",
    "Le ministère de la Défense revient à Jean Dupont, Pierre Martin reçoit le ministère de l'Intérieur.",
])
def test_relations_rules_no_false_event(nlp, text):
    assert not _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # round 5: "il lui reproche": the lemmatiser gives the noun "reproche", the parser tags "il" as a copula, and the
    # dative clitic "lui" is the person named just before
    ("Le Parti socialiste a exclu Jean Dupont. En réalité, il lui reproche de ne pas être un député fidèle.",
     ("Parti socialiste", "Jean Dupont", "Accuse", False, None)),
    ("Le Parti socialiste a exclu Jean Dupont. Son parti lui faisait grief d'avoir rompu la discipline de vote.",
     ("Parti socialiste", "Jean Dupont", "Accuse", False, None)),
    # round 5: widened Coerce / Assault / Reject vocabulary
    ("Le Parti socialiste a limogé Jean Dupont.", ("Parti socialiste", "Jean Dupont", "Coerce", False, None)),
    ("Renault a licencié Jean Dupont.", ("Renault", "Jean Dupont", "Coerce", False, None)),
    ("Pierre Martin a poignardé Jean Dupont.", ("Pierre Martin", "Jean Dupont", "Assault", False, None)),
    ("Jean Dupont a contredit Pierre Martin.", ("Jean Dupont", "Pierre Martin", "Reject", False, None)),
    # round 5: an accusative clitic ("l'a critiqué") stands for the last person named, not the subject
    ("Jean Dupont a parlé. Pierre Martin l'a critiqué hier.", ("Pierre Martin", "Jean Dupont", "Accuse", False, None)),
    ("Marie Durand a démissionné. Le Parti socialiste l'a exclue.", ("Parti socialiste", "Marie Durand", "Coerce", False, None)),
    # round 5: the dative clitic of an order ("lui a ordonné / conseillé de") is the addressee of a Demand
    ("Jean Dupont a parlé. Le Parti socialiste lui a ordonné de se taire.", ("Parti socialiste", "Jean Dupont", "Demand", False, None)),
    ("Jean Dupont a parlé. Le Parti socialiste lui a conseillé de se taire.", ("Parti socialiste", "Jean Dupont", "Demand", False, None)),
])
def test_relations_rules_round5(nlp, text, expected):
    assert expected in _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # round 5: a clitic with no person named before it gives no relation (not the subject itself, not a country)
    "Le Parti socialiste a présenté un projet de loi. Le Parti socialiste l'a critiqué.",
    "Pierre Martin a rédigé un rapport. Il l'a critiqué.",
])
def test_relations_rules_round5_clitic_needs_person(nlp, text):
    assert not _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # round 5: "Contrairement à X, S n'a pas V O": X did V O (opposite polarity), and X is no object of S
    ("Contrairement à la France, l'Italie a soutenu la Grèce.",
     {("Italie", "Grèce", "Support", False, None), ("France", "Grèce", "Support", True, None)}),
    ("La guerre continue. Contrairement au Japon et au Canada, la Chine n'a imposé aucune sanction à la Russie.",
     {("Chine", "Russie", "Coerce", True, None), ("Japon", "Russie", "Coerce", False, None),
      ("Canada", "Russie", "Coerce", False, None)}),
])
def test_relations_rules_round5_contrast(nlp, text, expected):
    assert _relations(nlp, text) == expected


def test_rejected_challengers_are_the_latest_act_against_the_rejecter():
    """"X a rejeté ces accusations": the subjects of the latest act against X, within the sentences allowed."""
    from extractors.model import Evidence, Relation
    from extractors.relation_context import RelationContext, _challengers

    context = RelationContext()
    for sentence, (subject, kind, obj, start) in enumerate([
            ("a", "Accuse", "x", 0), ("b", "Demand", "y", 10), ("c", "Demand", "y", 20), ("d", "Protest", "y", 20)]):
        context.sentence = sentence
        context.record(Relation(subject, obj, "v", kind, Evidence("s", start, start + 5)))
    context.sentence = 3
    assert _challengers(context, ["y"], {"Demand", "Protest"}, 2) == ["c", "d"]  # one sentence's act, all its subjects
    assert _challengers(context, ["x"], {"Accuse"}, 2) == []  # three sentences back: too far
    assert _challengers(context, ["x"], {"Accuse"}, 3) == ["a"]
    assert _challengers(context, ["y"], {"Accuse"}, 3) == []  # only the kinds asked for


@pytest.mark.model
@pytest.mark.parametrize("text, index, expected", [
    ("Nous resterons aux côtés de nos amis.", 1, True),   # infinitive + "ons": a future, whatever the tag
    ("Nous déclarons la séance ouverte.", 1, False),      # "déclar" + "ons": a present
    ("Il resta aux côtés de son frère.", 1, False),       # passé simple: "rest" + "a", no infinitive
])
def test_future_form_repairs_a_future_tagged_as_present(nlp, text, index, expected):
    from extractors.events import _future_form

    assert _future_form(nlp(text)[index]) is expected


@pytest.mark.parametrize("word, kind, event_type", [
    # families added for recall (issue 4): each word resolves to the PLOVER type the gold notes give its meaning
    ("reconnaître", "verbs", "Support"), ("adouber", "verbs", "Support"),
    ("étriller", "verbs", "Accuse"), ("épingler", "verbs", "Accuse"), ("tancer", "verbs", "Accuse"),
    ("priver", "verbs", "Coerce"), ("asphyxier", "verbs", "Coerce"),
    ("concerter", "verbs", "Consult"), ("associer", "verbs", "Cooperate"),
    ("rapprochement", "nouns", "Cooperate"), ("réconciliation", "nouns", "Cooperate"),
    ("droits de douane", "nouns", "Coerce"), ("surtaxes", "nouns", "Coerce"), ("mesures de rétorsion", "nouns", "Coerce"),
    ("mise en demeure", "nouns", "Demand"), ("concertation", "nouns", "Consult"),
])
def test_trigger_families(word, kind, event_type):
    from extractors.events import triggers
    from extractors.lang import fold
    assert getattr(triggers("fr"), kind)[fold(word)] == event_type


@pytest.mark.parametrize("phrase, event_type", [
    ("rendre visite", "Consult"), ("tenir tete", "Reject"), ("faire front", "Reject"), ("faire barrage", "Reject"),
    ("mettre en demeure", "Demand"), ("faire cause commune", "Cooperate"),
])
def test_trigger_phrases(phrase, event_type):
    from extractors.events import triggers
    found = [p for p in triggers("fr").phrases[phrase.split()[0]] if p.text == phrase]
    assert [p.event_type for p in found] == [event_type]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "frapper X de sanctions" is a Coerce; "frapper X" alone stays an Assault
    ("Washington a frappé Téhéran d'un embargo.", {("États-Unis", "Iran", "Coerce", False, None)}),
    ("Israël a frappé le Hezbollah.", {("Israël", "Hezbollah", "Assault", False, None)}),
    # an infinitive coordinated under a request is asked of others, even when the present "demande" is lemmatised as a noun
    ("La ministre Annalena Baerbock demande aux pays voisins de réagir et de sanctionner la Russie.", set()),
])
def test_instrument_and_request_rules(nlp, text, expected):
    assert _relations(nlp, text) == expected


def test_trigger_families_load():
    """Every PLOVER family of ``event_triggers`` loads with verbs and nouns; phrases, reflexive-only verbs and a
    phrase's own preposition ("déclarer la guerre à X") are read as such."""
    from extractors.events import Triggers

    trig = Triggers("fr")
    for event_type in ("Agree", "Cooperate", "Support", "Accuse", "Reject", "Demand", "Coerce", "Threaten", "Assault", "Protest"):
        assert sum(kind == event_type for kind in trig.verbs.values()) >= 2, event_type
        assert sum(kind == event_type for kind in trig.nouns.values()) >= 3, event_type
    assert trig.verbs["renflouer"] == "Support" and trig.verbs["museler"] == "Coerce"
    assert "rallier" in trig.reflexive_only and "moquer" in trig.reflexive_only  # "s'est rallié à X", not "rallier X"
    assert "tirer" not in trig.verbs  # "tirer les leçons": only the phrase "tirer sur"
    assert any(p.event_type == "Assault" and p.tail == ("sur",) for p in trig.phrases["tirer"])
    assert "a" in trig.noun_preps["declarer"]
