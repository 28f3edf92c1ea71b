"""The catalogue of sentence rules, in one place (see ``sentence_rules`` for what a row is).

Ingest reads the ``UNIT_*`` rows (``unit_rules``); the engine reads the ``NEVER`` and ``LEANS`` rows
(``brief_rules``, ``lean_rules``). ``tests/ingest/test_sentence_rules.py`` checks every row on its examples.
"""

from __future__ import annotations

from citebrief.ingest.brief_rules import NEVER_RULES
from citebrief.ingest.lean_rules import LEANS_RULES
from citebrief.ingest.sentence_rules import Rule
from citebrief.ingest.unit_rules import UNIT_RULES

CATALOGUE: tuple[Rule, ...] = (*UNIT_RULES, *NEVER_RULES, *LEANS_RULES)
