"""Bytes to text: legacy encodings, mojibake, invisible characters, binaries."""

import codecs
import gzip
import io
import zipfile

import pytest

from extractors.decode import DecodeError, decode_bytes
from extractors.load import LoadProblem, load_inputs

# Real French, with the letters legacy encodings get wrong: œ, é, è, à, ç, ’, « », …
FRENCH_CP1252 = (
    "L’été dernier, le ministre a déclaré « nous ne céderons pas… » à la presse.\n"
    "Le cœur du problème, c’est la façon dont l’État gère ça : Noël à Besançon.\n"
)
# Latin-1 has no œ, ’ or …: the same kind of text without them.
FRENCH_LATIN1 = (
    "L'été dernier, le ministre a déclaré « nous ne céderons pas » à la presse.\n"
    "Où en est la façon dont l'État gère ça ? Noël à Besançon, très tôt.\n"
)


@pytest.mark.parametrize(
    "text, encoding",
    [
        (FRENCH_CP1252, "cp1252"),
        (FRENCH_LATIN1, "latin-1"),
        (FRENCH_LATIN1, "cp1252"),
        ("Ça va, l’été ?", "cp1252"),  # short: too little for a statistical guess alone
        ("Noël à Besançon : œuvres déjà vues, très appréciées.", "cp1252"),
        (FRENCH_CP1252, "utf-8"),
        (FRENCH_CP1252, "utf-16"),  # with its byte order mark
        (FRENCH_CP1252, "utf-8-sig"),
    ],
)
def test_decode_french_in_legacy_and_unicode_encodings(text, encoding):
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "mojibake, repaired",
    [
        ("L’Ã©tÃ© dernier, le ministre a dÃ©clarÃ©", "L’été dernier, le ministre a déclaré"),
        ("Le cÅ“ur du problÃ¨me, câ€™est Ã§a.", "Le cœur du problème, c’est ça."),
        # UTF-8 read as Windows-1252 and saved again as UTF-8, the usual accident
        (FRENCH_CP1252.encode("utf-8").decode("cp1252"), FRENCH_CP1252),
    ],
)
def test_decode_repairs_mojibake(mojibake, repaired):
    assert decode_bytes(mojibake.encode("utf-8")) == repaired


def test_decode_repairs_mojibake_before_cleaning_so_offsets_hold(tmp_path):
    mojibake = "Le ministre a dÃ©clarÃ© que PÃ©kin viendrait.\n[ad_1]\nLa rÃ©union a eu lieu.\n"
    (tmp_path / "a.txt").write_text(mojibake, encoding="utf-8")
    (article,) = load_inputs([tmp_path / "a.txt"])
    # the text parsed (and every offset) is the repaired one; cleaning blanks, never moves
    assert article.text == "Le ministre a déclaré que Pékin viendrait.\n      \nLa réunion a eu lieu.\n"
    start = article.text.index("Pékin")
    assert article.text[start : start + len("Pékin")] == "Pékin"


@pytest.mark.parametrize(
    "text",
    [
        "Il a dit “oui” et ‘non’.",  # curly quotes stay curly
        "Une ﬁn, des ａ pleine chasse.",  # ligatures and full-width letters stay
        "&eacute; &amp; <b>",  # HTML entities are text here, not markup
        "5\u00a0€ et 3\u202f% ; « ouvert\u202f»",  # no-break and narrow no-break spaces are kept
    ],
)
def test_decode_keeps_typography_as_written(text):
    assert decode_bytes(text.encode("utf-8")) == text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("un\r\ndeux\rtrois\nquatre", "un\ndeux\ntrois\nquatre"),  # mixed line endings
        ("\ufeffLe titre", "Le titre"),  # a byte order mark
        ("Pé\u200bkin et Mos\u200ccou\u200d, en\u2060fin\ufeff.", "Pékin et Moscou, enfin."),  # zero-width characters
        ("le gouverne\u00adment", "le gouvernement"),  # soft hyphen (hyphenation hint)
        ("e\u0301te\u0301", "été"),  # decomposed accents are composed (NFC)
    ],
)
def test_decode_normalises_invisible_differences(raw, expected):
    assert decode_bytes(raw.encode("utf-8")) == expected


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "bonjour")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (gzip.compress("Le ministre a parlé.".encode()), "a gzip archive"),
        (_zip(), "a ZIP archive"),
        (b"\x00\x01\x02\x03 some bytes \x00", "binary content"),
    ],
)
def test_decode_refuses_binaries_naming_their_kind(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_decode_utf16_without_nul_confusion():
    data = codecs.BOM_UTF16_LE + "Le président a parlé.".encode("utf-16-le")
    assert decode_bytes(data) == "Le président a parlé."


def test_load_reads_a_cp1252_file_from_a_folder(tmp_path):
    (tmp_path / "a.txt").write_bytes(FRENCH_CP1252.encode("cp1252"))
    (item,) = load_inputs([tmp_path])
    assert not isinstance(item, LoadProblem), item
    assert item.text == FRENCH_CP1252


# The repair is skipped for a text ftfy would leave as it is (one search of the whole text).
_CLEAN_FRENCH = FRENCH_CP1252 + "Le 3 mai, Édouard a dit : « Ça suffit » — 12 € à Noël.\n"


@pytest.mark.parametrize("damage", [
    "", "Ã© ", "Ã ", "â€™", "Ã‰tÃ©", "\x85", "\x00", "\x7f", "\ufeff", "\u206a", "\ud83d", "Â»", "œ1", "×²",
])
@pytest.mark.parametrize("where", ["start", "line start", "middle", "end"])
def test_repair_skipped_only_when_ftfy_changes_nothing(damage, where):
    import ftfy

    from extractors.decode import _REPAIR, _may_need_repair

    lines = _CLEAN_FRENCH.splitlines(keepends=True)
    if where == "start":
        text = damage + _CLEAN_FRENCH
    elif where == "line start":
        text = lines[0] + damage + "".join(lines[1:])
    elif where == "middle":
        text = lines[0][:20] + damage + lines[0][20:] + "".join(lines[1:])
    else:
        text = _CLEAN_FRENCH + damage
    assert _may_need_repair(text) == bool(damage)  # every kind of damage is seen, clean text is not
    if not _may_need_repair(text):
        assert ftfy.fix_text(text, _REPAIR) == text
