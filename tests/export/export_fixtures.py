"""Briefs for export tests, built by hand from source texts with quotes that are real slices of them.

The texts are hostile on purpose: Markdown and HTML syntax, Turkish, Greek and Cyrillic letters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, SourceRef

SOURCE_TEXTS: dict[str, tuple[str, str, str, str]] = {
    # id: (file name, title, date, text)
    "courier": (
        "01-valley-courier.txt",
        "Storm floods Lindmoor as the Ashby River breaks its banks",
        "2026-03-03",
        "Storm floods Lindmoor.\n\nThe Ashby River burst its banks early on Tuesday, flooding more than "
        "300 homes in the old quarter.\n\nMayor Ines Varga declared a *state of emergency* at 6 a.m. "
        "and asked people to stay away from the river.\n\nThe Kessel Bridge was closed after engineers "
        "found cracks in one of its piers.",
    ),
    "post": (
        "reports/02 northern_post.md",
        "Lindmoor [update]: rescue crews work <through> the night",
        "2026-03-04",
        "# Rescue crews work through the night\n\n1. About 1,200 residents were evacuated overnight & the "
        "town hall on Market_Street became a shelter.\n\nCosts are put at `5 million` euros | "
        "according to [the council](http://example.org).\n\n- Forecasters expect the river to peak on "
        "Wednesday evening.",
    ),
    "turkish": (
        "03-haber.txt",
        "Lindmoor'da sel: Ağır yağış ve taşkın",
        "",
        "Lindmoor'da şiddetli yağış sonrası İnönü Caddesi'ndeki dükkânlar su altında kaldı. "
        "Yetkililer ılık havanın çözülmeyi hızlandırdığını söyledi.",
    ),
    "greek_cyrillic": (
        "04-international.txt",
        "Πλημμύρα στο Lindmoor / Наводнение в Линдмуре",
        "4 March 2026",
        "Η γέφυρα Kessel έκλεισε μετά από ρωγμές στους πυλώνες. "
        "Жители старого квартала провели ночь в ратуше на Рыночной улице.",
    ),
}


@dataclass(frozen=True)
class Library:
    """Source refs and texts on disk, and a helper that cites a sentence by its words."""

    root: Path
    refs: dict[str, SourceRef]
    texts: dict[str, str]

    def cite(self, source_id: str, quote: str, index: int = 0) -> Citation:
        text = self.texts[source_id]
        start = text.index(quote)
        return Citation(source_id, index, start, start + len(quote), text[start : start + len(quote)])


def write_library(root: Path, texts: dict[str, tuple[str, str, str, str]] = SOURCE_TEXTS) -> Library:
    refs: dict[str, SourceRef] = {}
    plain: dict[str, str] = {}
    for source_id, (name, title, date, text) in texts.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        refs[source_id] = SourceRef(
            id=source_id, path=str(path), title=title, sha256="0" * 64, relpath=name, date=date
        )
        plain[source_id] = path.read_text(encoding="utf-8")
    return Library(root, refs, plain)


def hostile_brief(lib: Library) -> Brief:
    """Five sentences in two sections, citing four sources; the third sentence was edited."""
    items = (*_what_happened(lib.cite), *_damage_and_cost(lib.cite))
    return Brief(
        title="Lindmoor flood: *what* we know #1",
        items=items,
        options=BriefOptions(),
        sources=tuple(lib.refs.values()),
        created="2026-03-05",
        root=str(lib.root),
    )


def _what_happened(c: Callable[..., Citation]) -> tuple[BriefItem, ...]:
    """The hostile brief's first section: Markdown marks, "&" and "_" in the text, an edited sentence."""
    return (
        BriefItem(
            "The Ashby River burst its banks early on Tuesday, flooding more than 300 homes "
            "in the old quarter.",
            (
                c(
                    "courier",
                    "The Ashby River burst its banks early on Tuesday, flooding more than 300 homes "
                    "in the old quarter.",
                    1,
                ),
            ),
            section="What happened",
        ),
        BriefItem(
            "Mayor Ines Varga declared a *state of emergency* at 6 a.m. and asked people "
            "to stay away from the river.",
            (
                c(
                    "courier",
                    "Mayor Ines Varga declared a *state of emergency* at 6 a.m. and asked people to stay "
                    "away from the river.",
                    2,
                ),
            ),
            section="What happened",
        ),
        BriefItem(
            "About 1,200 residents were evacuated & the town hall on Market_Street became a shelter.",
            (
                c(
                    "post",
                    "1. About 1,200 residents were evacuated overnight & the town hall on Market_Street "
                    "became a shelter.",
                    1,
                ),
                c("greek_cyrillic", "Жители старого квартала провели ночь в ратуше на Рыночной улице.", 1),
            ),
            edited=True,
            section="What happened",
        ),
    )


def _damage_and_cost(c: Callable[..., Citation]) -> tuple[BriefItem, ...]:
    """The hostile brief's second section: code and link syntax, Turkish, Greek and English quotes."""
    return (
        BriefItem(
            "Costs are put at `5 million` euros | according to [the council](http://example.org).",
            (
                c(
                    "post",
                    "Costs are put at `5 million` euros | according to [the council](http://example.org).",
                    2,
                ),
            ),
            section="Damage & cost",
        ),
        BriefItem(
            "Lindmoor'da şiddetli yağış sonrası İnönü Caddesi'ndeki dükkânlar su altında kaldı.",
            (
                c(
                    "turkish",
                    "Lindmoor'da şiddetli yağış sonrası İnönü Caddesi'ndeki dükkânlar su altında kaldı.",
                ),
                c("greek_cyrillic", "Η γέφυρα Kessel έκλεισε μετά από ρωγμές στους πυλώνες."),
                c(
                    "courier",
                    "The Kessel Bridge was closed after engineers found cracks in one of its piers.",
                    3,
                ),
            ),
            section="Damage & cost",
        ),
    )


# A source sentence with U+202E RIGHT-TO-LEFT OVERRIDE left open: printed as is, it would run on over
# whatever follows it on the line.
QUOTE = "Crews renamed the crossing \u202eegdirb lessek and reopened it on Friday."
BIDI_TEXTS: dict[str, tuple[str, str, str, str]] = {
    "herald": (
        "herald.txt",
        "Kessel Bridge reopens",
        "2026-03-06",
        "Kessel Bridge reopens.\n\n" + QUOTE + "\n\nTraffic returned by noon.",
    ),
}


def override_brief(lib: Library) -> Brief:
    """One sentence, the override quote, citing itself."""
    citation = lib.cite("herald", QUOTE, 1)
    assert lib.texts["herald"][citation.start : citation.end] == citation.quote == QUOTE
    return Brief(
        title="Bridge",
        items=(BriefItem(QUOTE, (citation,)),),
        options=BriefOptions(),
        sources=tuple(lib.refs.values()),
        created="2026-03-06",
        root=str(lib.root),
    )
