"""The language check: plainly French starts skip the model, with the decisions the model would give."""

import json
from pathlib import Path

import pytest

from extractors import language
from extractors.language import clearly_supported, detect_language, language_problem

ROOT = Path(__file__).resolve().parents[2]

FRENCH = ("Le ministre a déclaré lundi aux journalistes que les négociations avec les syndicats avaient encore échoué, "
          "et que le gouvernement présenterait un nouveau plan avant la fin du mois. Selon les dirigeants de "
          "l'opposition, ce plan est arrivé trop tard : ils ont dit qu'ils voteraient contre cette réforme.")
OTHERS = {
    "es": "El ministro dijo el lunes a los periodistas que las negociaciones con los sindicatos habían fracasado de nuevo "
          "y que el gobierno presentaría un nuevo plan antes del fin de mes. Corea del Sur y Sudáfrica siguen las "
          "conversaciones; la oposición dijo que el plan llega demasiado tarde para las familias.",
    "ca": "El ministre va dir dilluns als periodistes que les negociacions amb els sindicats havien fracassat de nou i que "
          "el govern presentaria un nou pla abans de final de mes. Els líders de l'oposició van dir que el pla arribava "
          "massa tard, però que el votarien des de la responsabilitat; no és pas la primera vegada.",
    "it": "Il ministro ha detto lunedì ai giornalisti che i negoziati con i sindacati sono falliti di nuovo e che il governo "
          "presenterà un nuovo piano prima della fine del mese. Le opposizioni hanno detto che il piano arriva troppo tardi.",
    "pt": "O ministro disse na segunda-feira aos jornalistas que as negociações com os sindicatos tinham fracassado mais "
          "uma vez e que o governo apresentaria um novo plano antes do fim do mês. A oposição disse que chega tarde demais.",
    "de": "Der Minister sagte am Montag vor Journalisten, die Gespräche mit den Gewerkschaften seien erneut gescheitert, "
          "und die Regierung werde vor Ende des Monats einen neuen Plan vorlegen. Hast du das gehört? Die Opposition "
          "sagte, der Plan des Ministers komme zu spät.",
    "la": "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani, tertiam qui ipsorum lingua "
          "Celtae, nostra Galli appellantur. Hi omnes lingua, institutis, legibus inter se differunt.",
    "en": "The minister told reporters on Monday that the talks with the unions had failed again, and that the government "
          "would present a new plan before the end of the month. Opposition leaders said the plan was too late.",
}


def test_a_plainly_french_start_is_french_without_the_model():
    language._identifier.cache_clear()
    assert clearly_supported(FRENCH)
    assert language_problem(FRENCH) is None
    assert language._identifier.cache_info().currsize == 0  # the model was not loaded


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_other_languages_are_left_to_the_model(code):
    text = OTHERS[code]
    assert not clearly_supported(text) and not clearly_supported(text * 5)
    assert language_problem(text * 5) == f"not in French: detected {language.language_name(code)} ({code}); only French is supported"


def test_a_french_headline_over_an_english_text_is_still_found():
    text = "Réforme des retraites : les syndicats ont dit non, et le gouvernement est seul\n\n" + OTHERS["en"] * 2
    assert not clearly_supported(text)
    assert detect_language(text) == "en" and language_problem(text) is not None


def test_the_model_agrees_wherever_it_is_skipped():
    """On the seeds and the benchmark articles, a text the quick test calls French is French (or unsure) to the model too."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [json.loads(line)["text"] for path in sorted((ROOT / "bench/data").glob("*.jsonl"))
              for line in path.open(encoding="utf-8") if line.strip()]
    skipped = [text for text in texts if clearly_supported(text)]
    assert len(skipped) > 0.8 * len(texts)  # most articles skip the model
    assert all(detect_language(text) in ("fr", None) for text in skipped)
