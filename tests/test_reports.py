"""Reading reports: formats, datelines, warnings, rejections."""

import datetime as dt
import json

import pytest

from geo import ReportError, parse_date, read_reports


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Wednesday 18 / 9 / 2019", dt.date(2019, 9, 18)),
        ("2019-09-18", dt.date(2019, 9, 18)),
        ("18 September 2019", dt.date(2019, 9, 18)),
        ("Sept. 18, 2019", dt.date(2019, 9, 18)),
        ("18th of September 2019", dt.date(2019, 9, 18)),
        ("١٨/٩/٢٠١٩", dt.date(2019, 9, 18)),
        ("18.9.19", dt.date(2019, 9, 18)),
    ],
)
def test_datelines(text, expected):
    date, warnings = parse_date(text)
    assert date == expected and warnings == ()


def test_seed_dateline_is_day_first(seed_path):
    batch = read_reports(seed_path)
    (r,) = batch.reports
    assert r.date == dt.date(2019, 9, 18)
    assert r.title == "300 Daesh fighters surrender to the factions in Idlib"
    assert r.warnings == ()
    assert r.text.startswith("Around 300 Daesh fighters")


def test_weekday_that_disagrees_is_a_warning_not_an_error():
    date, warnings = parse_date("Thursday 18/9/2019")
    assert date == dt.date(2019, 9, 18)
    assert warnings and "Thursday" in warnings[0] and "Wednesday" in warnings[0]


def test_ambiguous_numeric_date_follows_dayfirst_and_is_flagged():
    assert parse_date("3/4/2019")[0] == dt.date(2019, 4, 3)
    assert parse_date("3/4/2019", dayfirst=False)[0] == dt.date(2019, 3, 4)
    assert "ambiguous" in parse_date("3/4/2019")[1][0]
    assert parse_date("9/18/2019")[0] == dt.date(2019, 9, 18)  # only one reading possible


@pytest.mark.parametrize("bad", ["31/2/2019", "hello", "2019-13-01", "Funday 18/9/2019"])
def test_impossible_or_missing_dates_raise(bad):
    with pytest.raises(ValueError):
        parse_date(bad)


def test_all_three_formats_and_shipped_data_read_cleanly():
    from tests.conftest import DATA

    batch = read_reports(DATA / "reports")
    assert batch.rejected == ()
    kinds = {r.path.rsplit(".", 1)[-1] for r in batch.reports}
    assert {"txt", "jsonl", "csv"} <= kinds
    assert len({r.id for r in batch.reports}) == len(batch.reports)
    assert [r.date for r in batch.reports] == sorted(r.date for r in batch.reports)
    txt = next(r for r in batch.reports if r.id == "2019-08-14_kafr-ain")
    assert txt.source and txt.url.startswith("https://")


def test_offsets_refer_to_title_plus_body(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("2019-08-01\nTitle here\nSource: Desk\n\nBody text.\n", encoding="utf-8")
    (r,) = read_reports(p).reports
    assert r.full_text == "Title here\n\nBody text."
    assert (r.source, r.url) == ("Desk", "")


def test_bad_rows_are_rejected_and_good_ones_kept(tmp_path):
    rows = [
        {"id": "a", "date": "2019-08-01", "text": "One."},
        "{broken",
        {"id": "b", "date": "31/2/2019", "text": "x"},
        {"id": "c", "date": "2019-08-02", "text": "Two."},
    ]
    (tmp_path / "r.jsonl").write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows), encoding="utf-8"
    )
    batch = read_reports(tmp_path)
    assert [r.id for r in batch.reports] == ["a", "c"]
    assert [(rej.line, "JSON" in rej.reason or "valid date" in rej.reason) for rej in batch.rejected] == [
        (2, True),
        (3, True),
    ]
    with pytest.raises(ReportError, match=r"r\.jsonl:2"):
        read_reports(tmp_path, strict=True)


def test_weekday_settles_an_ambiguous_numeric_date():
    assert parse_date("Sunday 11 / 8 / 2019") == (dt.date(2019, 8, 11), ())
    assert parse_date("Friday 11/8/2019") == (dt.date(2019, 11, 8), ())  # month-first is the only fit
    date, warnings = parse_date("Monday 11/8/2019")  # neither fits: day-first, and both problems said
    assert date == dt.date(2019, 8, 11) and len(warnings) == 2


def test_html_character_references_in_wire_text_are_decoded_with_a_warning(tmp_path, gaz):
    """Scraped headlines carry ``&#8217;`` and ``&#8220;`` (1% of the UCDP GED headlines do): the
    reader decodes them, says so, and the geoparser then reads the name they were hiding."""
    from geo import find_mentions, resolve_mentions

    path = tmp_path / "wire.jsonl"
    row = {
        "id": "w1",
        "date": "2016-03-12",
        "title": "&#8220;Islamic State&#8221; attack",
        "text": "15 missiles target Daraya city and a massive explosion rocks Ma&#8217;arrat al-Nu&#8217;man",
    }
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (r,) = read_reports(path).reports
    assert r.title == "\u201cIslamic State\u201d attack"
    assert r.text.endswith("rocks Ma\u2019arrat al-Nu\u2019man")
    assert r.warnings == (
        "2 HTML character reference(s) in the text decoded",
        "2 HTML character reference(s) in the title decoded",
    )
    resolved = resolve_mentions(find_mentions(r, gaz), gaz)
    assert "Maarat al-Numan" in [x.place.name for x in resolved if x.place is not None]
    # a text report, and a text with no references: unchanged, no warning
    txt = tmp_path / "a.txt"
    txt.write_text("2019-08-21\nTitle\n\nShelling on Saraqib &amp; Sarmin; A&B company.\n", encoding="utf-8")
    (t,) = read_reports(txt).reports
    assert t.text == "Shelling on Saraqib & Sarmin; A&B company." and t.warnings == (
        "1 HTML character reference(s) in the text decoded",
    )
    plain = tmp_path / "b.txt"
    plain.write_text("2019-08-21\nTitle\n\nA&B; &notes Saraqib\n", encoding="utf-8")
    (u,) = read_reports(plain).reports
    assert u.text == "A&B; &notes Saraqib" and u.warnings == ()


def test_a_typeset_hyphen_is_read_as_a_plain_one_with_a_warning(tmp_path, gaz, actors):
    """A web page or a typeset report writes "al‑Hawl" with U+2011: the reader writes the plain hyphen and says so,
    so the whole name is found (not "Hawl" alone) and "forty kilometers east of al‑Hasakah" reads as a distance."""
    from geo import find_mentions

    path = tmp_path / "kurdwatch.jsonl"
    text = "SDF fighters attacked IS near al\u2011Hawl, approximately forty kilometers east of al\u2010Hasakah."
    path.write_text(json.dumps({"id": "k1", "date": "2015-11-02", "text": text}) + "\n", encoding="utf-8")
    (r,) = read_reports(path).reports
    assert r.text == "SDF fighters attacked IS near al-Hawl, approximately forty kilometers east of al-Hasakah."
    assert r.warnings == ("2 typeset hyphen(s) (U+2010, U+2011) in the text written as plain ones",)
    assert "al-Hawl" in [m.surface for m in find_mentions(r, gaz, actors=actors)]


def test_arabic_in_presentation_forms_is_read_in_plain_letters_with_a_warning(tmp_path, gaz, actors):
    """Airwars titles exported from PDF write Arabic in its shaped glyphs ("ﺷﺎﺭﻉ" for "شارع"): the reader writes
    them as plain letters and says so, and the incident's place after them is found as after plain Arabic."""
    from geo import find_mentions

    path = tmp_path / "airwars.jsonl"
    title = "June 20th 2017: (S914) \ufeb7\ufe8e\ufead\ufec9 \ufe8d\ufefb\ufee3\ufe8e\ufeb3\ufef2 Al Amassi Street, Raqqa, Syria"
    row = {"id": "a1", "date": "2017-06-20", "title": title, "text": "A coalition air strike."}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (r,) = read_reports(path).reports
    assert r.title == "June 20th 2017: (S914) شارع الاماسي Al Amassi Street, Raqqa, Syria"
    assert r.warnings == ("10 Arabic presentation form(s) in the title written as plain letters",)
    assert "Al Amassi Street" in [m.surface for m in find_mentions(r, gaz, actors=actors)]
    # a byte-order mark is no presentation form; plain Arabic is left as it is, with no warning
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({**row, "title": "\ufeffشارع Al Amassi"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (p,) = read_reports(plain).reports
    assert "Arabic presentation" not in " ".join(p.warnings)
