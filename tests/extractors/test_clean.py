"""Cleaning removes boilerplate by general shape and never moves text."""

import pytest

from extractors.clean import clean_text

ARTICLE = "Le ministre a déclaré que la réforme serait votée en mars, selon l'agence."
OTHER = "Les syndicats ont annoncé une grève pour le jeudi suivant."


@pytest.mark.parametrize(
    "boilerplate",
    [
        "[ad_3]",
        "Advertisement",
        "PUBLICITÉ",
        "READ  Les marchés reculent après l'annonce",
        "LIRE AUSSI : Le gouvernement présente son budget",
        "À lire aussi - Les élections municipales",
        "LEAVE A REPLY",
        "Please enter your comment!",
        "Laisser un commentaire",
        "Vous pouvez partager cet article sur les réseaux sociaux :",
        "Partager sur Facebook",
        "AP Photo / Jane Doe, File",
        "John Smith / Reuters via Getty Images",
        "Marie Dupont, photo de la piscine via AP, fichier",
        "La source: www.example.org",
        "Source link -12",
        "Avec AFP",
        "abc-fr-12",
        "Publié le: Modifié:",
        "© 2023 Reuters",
    ],
)
def test_clean_removes_boilerplate_line(boilerplate):
    text = f"{ARTICLE}\n{boilerplate}\n{OTHER}\n"
    cleaned = clean_text(text)
    assert boilerplate.strip() in cleaned.removed
    assert ARTICLE in cleaned.text and OTHER in cleaned.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon Reuters, le ministre a démissionné.",
        "Le président a lu la source de ses informations devant la presse.",
        "Vladimir Poutine (à droite) a déclaré au président Xi Jinping (à gauche) qu'il viendrait.",
        "Il a partagé ses doutes avec ses collègues.",
    ],
)
def test_clean_keeps_article_sentences(sentence):
    assert clean_text(sentence + "\n").text == sentence + "\n"


def test_clean_keeps_every_offset():
    text = "[ad_1]\nLe texte commence ici.\nAP Photo / X\nEt il continue là.\n"
    cleaned = clean_text(text)
    assert len(cleaned.text) == len(text)
    assert cleaned.text.index("Et il continue") == text.index("Et il continue")


def test_clean_drops_repeated_caption_with_typographic_variant():
    first = "Le président (à gauche) et le Premier ministre se serrent la main avant l'entretien."
    second = first.replace("'", "’")
    cleaned = clean_text(f"{first}\n{second}\n")
    assert cleaned.text.count("se serrent") == 1


def test_clean_blanks_date_header_prefix_only():
    cleaned = clean_text(" date 2024-02 Le président a parlé.\n")
    assert cleaned.text.strip() == "Le président a parlé."
    assert cleaned.removed == ("date 2024-02",)
