"""Regenerate ``geo/resources/english_words.txt`` (maintainer tool).

The toponym finder refuses a one-word place name that is also an everyday English
word ("Tell", "Hatch", "Reading") unless a cue ("the village of …") or an alias
vouches for it.  The list is the intersection of the 20,000 most frequent English
words (``wordfreq``) with the lower-case entries of the SCOWL ``american-english``
dictionary (Debian ``wamerican``), which drops proper nouns such as "Aleppo".

    pip install wordfreq && apt-get install wamerican && python tools/build_wordlist.py
"""

from pathlib import Path

import wordfreq

OUT = Path(__file__).resolve().parents[1] / "geo" / "resources" / "english_words.txt"
DICT = Path("/usr/share/dict/american-english")


def main() -> None:
    lower = {w.strip() for w in DICT.read_text().splitlines() if w.strip().islower()}
    words = [w for w in wordfreq.top_n_list("en", 20000) if w.isalpha() and w in lower]
    OUT.write_text("# common English words; see tools/build_wordlist.py\n" + "\n".join(words) + "\n")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
