"""The newsgraph vocabulary, one place: terms of ontology.ttl (a test checks they agree)."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Namespaces of the output contract (DESIGN.md).
ID = Namespace("https://w3id.org/newsgraph/id/")
ARTICLE = Namespace("https://w3id.org/newsgraph/article/")
SCHEMA = Namespace("https://schema.org/")


class NG(DefinedNamespace):
    """ng: terms; a typo raises AttributeError instead of minting a new IRI."""

    _fail = True
    _NS = Namespace("https://w3id.org/newsgraph/ontology#")

    AccordingTo: URIRef
    Accuse: URIRef
    Actor: URIRef
    Agree: URIRef
    Article: URIRef
    Assault: URIRef
    Coerce: URIRef
    CommandLine: URIRef
    Conditional: URIRef
    Consult: URIRef
    Cooperate: URIRef
    Country: URIRef
    DateSource: URIRef
    Demand: URIRef
    Diff: URIRef
    DirectQuote: URIRef
    EventType: URIRef
    Fact: URIRef
    Future: URIRef
    IndirectSpeech: URIRef
    Intention: URIRef
    Manifest: URIRef
    Modality: URIRef
    Mode: URIRef
    Obligation: URIRef
    Organization: URIRef
    PageMetadata: URIRef
    PairSummary: URIRef
    Person: URIRef
    Place: URIRef
    Possibility: URIRef
    Protest: URIRef
    RecordMetadata: URIRef
    Reject: URIRef
    Relation: URIRef
    Statement: URIRef
    Support: URIRef
    TextCopyright: URIRef
    TextDateline: URIRef
    TextHeader: URIRef
    TextPublished: URIRef
    Threaten: URIRef
    about: URIRef
    action: URIRef
    added: URIRef
    addressee: URIRef
    articleCount: URIRef
    charEnd: URIRef
    charStart: URIRef
    cue: URIRef
    dateSource: URIRef
    eventType: URIRef
    eventTime: URIRef
    eventTimeEnd: URIRef
    eventTimeStart: URIRef
    evidence: URIRef
    firstDate: URIRef
    fromPeriod: URIRef
    kept: URIRef
    lastDate: URIRef
    modality: URIRef
    mode: URIRef
    negated: URIRef
    object: URIRef
    pairRank: URIRef
    pairSpeaker: URIRef
    pairTarget: URIRef
    plover: URIRef
    quote: URIRef
    quoteEnd: URIRef
    quoteStart: URIRef
    removed: URIRef
    reportedBy: URIRef
    saidAbout: URIRef
    speaker: URIRef
    statementCount: URIRef
    subject: URIRef
    symmetric: URIRef
    toPeriod: URIRef
    unnamedIn: URIRef

