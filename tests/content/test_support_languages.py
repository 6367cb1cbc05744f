"""Support contacts in another interface language: ``<field>_<lang>`` texts, never numbers."""

from __future__ import annotations

from pathlib import Path

from bond.content.support import FALLBACK_REGION, SupportCatalog, load_support
from tests.content.test_support import BUILTIN, GOOD, SECOND_WAVE, TODAY


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "xx.toml"
    path.write_text(text, encoding="utf-8")
    return path


SPANISH = (
    GOOD.replace('name = "Example Land"', 'name = "Example Land"\nname_es = "Tierra de ejemplo"')
    .replace(
        'hours = "Weekdays"',
        'hours = "Weekdays"\nhours_es = "Entre semana"\nlanguages_es = ["inglés", "francés"]',
    )
    .replace(
        'label = "Call 0800 000 000"',
        'label = "Call 0800 000 000"\nlabel_es = "Llama al 0800 000 000"',
    )
)


def test_spanish_texts_replace_the_english_ones_and_numbers_stay(tmp_path: Path) -> None:
    write(tmp_path, SPANISH)
    catalog = load_support(tmp_path, today=TODAY)
    assert not catalog.problems
    english = catalog.region("xx")
    spanish = catalog.localised("es").region("xx")
    assert english.name == "Example Land"
    assert spanish.name == "Tierra de ejemplo"
    assert spanish.emergency == english.emergency == "112"
    first, second = spanish.contacts
    assert first.methods[0].label == "Llama al 0800 000 000"
    assert first.methods[0].value == "0800 000 000"
    assert first.hours == "24 hours, every day"  # not given in Spanish: the file's own text
    assert second.hours == "Entre semana"
    assert second.languages == ("inglés", "francés")
    assert second.organisation == "Second Service"
    assert catalog.localised("fr").region("xx") == english


def test_numbers_and_names_have_no_language_variants(tmp_path: Path) -> None:
    bad = SPANISH.replace(
        'organisation = "Second Service"',
        'organisation = "Second Service"\norganisation_es = "Segundo servicio"',
    ).replace('value = "12345"', 'value = "12345"\nvalue_es = "54321"')
    write(tmp_path, bad)
    catalog = load_support(tmp_path, today=TODAY)
    assert catalog.regions == {}
    messages = [p.message for p in catalog.problems]
    assert any('unknown field "organisation_es"' in m for m in messages)
    assert any('unknown field "value_es"' in m for m in messages)


def test_a_wrong_language_text_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, SPANISH.replace('"Entre semana"', '""').replace('"inglés", ', "1, "))
    catalog = load_support(tmp_path, today=TODAY)
    assert catalog.regions == {}
    lines = path.read_text(encoding="utf-8").splitlines()
    found = {(p.line, p.message.split(": ", 1)[1]) for p in catalog.problems}
    assert (
        lines.index('hours_es = ""') + 1,
        '"hours_es" must not be empty',
    ) in found
    assert any("languages_es" in message for _line, message in found)


def test_every_built_in_region_reads_in_spanish() -> None:
    catalog = load_support(BUILTIN, today=SECOND_WAVE)
    assert not catalog.problems
    spanish = catalog.localised("es")
    for code, region in catalog.regions.items():
        localised = spanish.regions[code]
        if code != "au":  # "Australia" is spelled the same
            assert localised.name != region.name, code
        for before, after in zip(region.contacts, localised.contacts, strict=True):
            assert after.description != before.description, (code, before.organisation)
            assert after.hours != before.hours, (code, before.organisation)
            assert after.organisation == before.organisation
            assert [m.value for m in after.methods] == [m.value for m in before.methods]
            assert all(
                a.label != b.label for a, b in zip(after.methods, before.methods, strict=True)
            )
    assert spanish.region("nowhere").note.startswith("Si estás en peligro")
    fallback = SupportCatalog({}).localised("es").region("us")  # even the built-in fallback
    assert fallback.emergency == "número de emergencias de tu zona"
    assert SupportCatalog({}).region("us") == FALLBACK_REGION
