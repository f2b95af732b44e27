"""Pages as HTML: escaping, template injection, no remote assets, navigation."""

import json
from html.parser import HTMLParser

from geo.render import safe_json, safe_url
from tests.conftest import XSS_REPORT


def test_safe_json_cannot_close_a_script():
    s = safe_json({"t": "</script><script>alert(1)</script>", "u": "\u2028&"})
    assert "</" not in s and "<" not in s and "\u2028" not in s
    assert json.loads(s) == {"t": "</script><script>alert(1)</script>", "u": "\u2028&"}


def test_only_http_links_survive():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,x",
        'https://x.org/"onload=1',
        "//evil.example/x",
        "",
    ):
        assert safe_url(bad) is None


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.scripts, self.text, self._in_script = [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def test_hostile_report_is_inert_in_the_page(built_maps):
    out, _ = built_maps
    html = (out / f"{XSS_REPORT['date']}.html").read_text(encoding="utf-8")
    p = _Collect()
    p.feed(html)
    # no element or attribute the report could have injected
    for tag, attrs in p.tags:
        assert tag != "img", attrs
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert not str(attrs.get("href", "")).lower().startswith("javascript"), attrs
    text = "".join(p.text)
    assert "</script><script>window.__pwned=1</script>" in text  # shown, as text
    assert "{{ 7*7 }} {% if 1 %}" in text  # template syntax stays text
    # in the script data, the report's markup only appears JSON-escaped
    scripts = "".join(p.scripts)
    assert "window.__pwned" in scripts and "<script>window.__pwned" not in scripts


def test_template_syntax_in_reports_is_not_evaluated(built_maps):
    out, _ = built_maps
    html = (out / f"{XSS_REPORT['date']}.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }} {% if 1 %}" in html


def test_navigation_links_point_at_existing_pages(built_maps):
    out, _ = built_maps
    pages = sorted(out.glob("2019-*.html"))
    for page in pages:
        p = _Collect()
        p.feed(page.read_text(encoding="utf-8"))
        hrefs = {a.get("href") for t, a in p.tags if t == "a" and a.get("href", "").endswith(".html")}
        assert {"index.html", "timeline.html"} <= hrefs
        for h in hrefs:
            assert (out / h).exists(), (page.name, h)
    first = _Collect()
    first.feed(pages[0].read_text(encoding="utf-8"))
    assert any(a.get("aria-disabled") == "true" for t, a in first.tags if t == "a")  # no previous date


def test_change_panel_quotes_the_causing_sentence(built_maps):
    out, _ = built_maps
    html = (out / "2019-08-14.html").read_text(encoding="utf-8")
    panel = html[html.index('<aside id="cm-panel">') : html.index("</aside>")]
    assert "Kafr Ain" in panel and "<mark>Kafr Ain</mark>" in panel
    assert "captured the villages of" in panel


def test_a_sentence_that_moved_six_villages_is_one_panel_line(built_maps):
    out, _ = built_maps
    html = (out / "2019-08-23.html").read_text(encoding="utf-8")
    panel = html[html.index('<aside id="cm-panel">') : html.index("</aside>")]
    assert panel.count("took control of") == 1
    assert "<b>Kafr Zita, Al-Lataminah, Morek, Lahaya, Latmin, Maarkabah</b>" in panel
    for surface in ("Kafr Zeita", "Latamina", "Mourek"):
        assert f"<mark>{surface}</mark>" in panel


def test_evidence_of_the_state_is_listed_with_what_the_model_did(built_maps):
    out, _ = built_maps
    html = (out / "2019-08-21.html").read_text(encoding="utf-8")
    panel = html[html.index('<aside id="cm-panel">') : html.index("</aside>")]
    section = panel[panel.index("Evidence of who holds what") :]
    assert "Kafr Zita: rebel-held → agrees" in section and section.count("the rebel-held towns of") == 1


def test_a_report_without_a_title_shows_its_opening_words():
    import datetime as dt

    from geo.render import report_title
    from geo.reports import Report

    text = "Regime forces shelled Kafr Zita through the morning, and warplanes struck the outskirts of Morek."
    assert report_title(Report("r-17", dt.date(2019, 8, 1), "", text)) == (
        "Regime forces shelled Kafr Zita through the morning, and warplanes struck the …"
    )
    assert report_title(Report("r-18", dt.date(2019, 8, 1), "", "", source="Desk")) == "Desk of 2019-08-01"
