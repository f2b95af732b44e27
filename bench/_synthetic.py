"""Deterministic synthetic reports for the scale benchmarks.

Names are drawn from the project's gazetteer (Syrian places of northwest Syria),
written in one of their recorded spellings, sometimes with the article changed
("al-" → "el-"), a vowel doubled or an apostrophe added — the noise translated
reports carry — inside sentences built from templates that use the actors' aliases.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

TEMPLATES = [
    "{actor} took control of {p1} and {p2} after heavy fighting.",
    "Air strikes hit {p1}, {p2} and the outskirts of {p3} overnight.",
    "{p1} fell to {actor} on {weekday}, local sources said.",
    "{actor} shelled {p1} and {p2}, wounding several civilians.",
    "Clashes continued near {p1} in the {direction} {gov} countryside.",
    "{actor} advanced towards {p1} from {p2}.",
    "Residents of {p1} fled towards {p2} as the bombardment intensified.",
    "Russian jets bombed {p1} while regime artillery targeted {p2}.",
    "{actor} withdrew from {p1} to positions east of {p2}.",
    "The road between {p1} and {p2} was cut by sniper fire.",
    "Humanitarian groups said camps near {p3} received families from {p1}.",
    "Fighting was reported in {direction} {gov}, between {p1} and {p2}.",
]
ACTORS = [
    "Regime forces",
    "The Syrian army",
    "Hayat Tahrir al-Sham",
    "The National Liberation Front",
    "Rebels",
    "Daesh fighters",
    "Turkish-backed factions",
    "The SDF",
    "Assad's forces",
    "Government troops",
]
DIRECTIONS = ["southern", "northern", "eastern", "western", "southeast", "northwest"]
GOVS = ["Idlib", "Hama", "Aleppo", "Latakia"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _noisy(name: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15 and "al-" in name:
        return name.replace("al-", "el-", 1)
    if r < 0.25 and "Al-" in name:
        return name.replace("Al-", "", 1)
    if r < 0.32:
        for v in "aeiou":
            i = name.find(v, 1)
            if i > 0:
                return name[:i] + v + name[i:]
    if r < 0.36 and "a" in name[1:]:
        i = name.index("a", 1)
        return name[:i] + "'" + name[i:]
    return name


def place_names(gaz) -> list[str]:
    """Spellings of Syrian places in the northwest (Latin script, 1–3 words)."""
    names = []
    for p in gaz.places:
        if (
            p.country != "SY"
            or p.kind in ("governorate", "country", "road")
            or not (35.0 <= p.lat <= 36.7 and 35.7 <= p.lon <= 38.0)
        ):
            continue
        for n in (p.name, *p.alt_names):
            if n.isascii() and 3 <= len(n) <= 30 and n[0].isupper() and len(n.split()) <= 3:
                names.append(n)
    return sorted(set(names))


def reports(gaz, n_reports: int, n_dates: int, *, seed: int = 11, sentences: int = 8) -> list[dict]:
    """``n_reports`` report dicts (id, date, title, text, source, url) over ``n_dates`` dates."""
    rng = random.Random(seed)
    names = place_names(gaz)
    start = dt.date(2019, 1, 1)
    out = []
    for i in range(n_reports):
        date = start + dt.timedelta(days=i % n_dates)
        body = []
        for _ in range(sentences):
            t = rng.choice(TEMPLATES)
            body.append(
                t.format(
                    actor=rng.choice(ACTORS),
                    p1=_noisy(rng.choice(names), rng),
                    p2=_noisy(rng.choice(names), rng),
                    p3=_noisy(rng.choice(names), rng),
                    direction=rng.choice(DIRECTIONS),
                    gov=rng.choice(GOVS),
                    weekday=rng.choice(WEEKDAYS),
                )
            )
        out.append(
            {
                "id": f"syn{i:05d}",
                "date": date.isoformat(),
                "title": f"Situation report {i}",
                "text": " ".join(body[: sentences // 2]) + "\n\n" + " ".join(body[sentences // 2 :]),
                "source": "synthetic benchmark corpus",
                "url": f"https://example.org/syn/{i}",
            }
        )
    return out


def write_jsonl(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
