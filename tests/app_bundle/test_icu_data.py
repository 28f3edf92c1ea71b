"""The packaged app's ICU data keeps what Qt reads (collation, normalisation, time zones, every tree's
root) and leaves out locale display text, legacy code pages and word dictionaries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from icu_data import dropped

KEPT = [
    "root.res",
    "res_index.res",
    "pool.res",
    "zoneinfo64.res",
    "timezoneTypes.res",
    "supplementalData.res",
    "nfkc.nrm",
    "uts46.nrm",
    "cnvalias.icu",
    "coll/root.res",
    "coll/ucadata.icu",
    "coll/sv.res",
    "coll/de__PHONEBOOK.res",
    "brkitr/line.brk",
    "brkitr/root.res",
    "curr/root.res",
    "zone/res_index.res",
]
DROPPED = [
    "ibm-5348_P100-1997.cnv",
    "brkitr/thaidict.dict",
    "brkitr/cjdict.dict",
    "brkitr/de.res",
    "de.res",
    "en_GB.res",
    "sr_Latn_BA.res",
    "curr/fr.res",
    "lang/ja.res",
    "region/pt_BR.res",
    "unit/es_419.res",
    "zone/en_001.res",
    "rbnf/ru.res",
    "translit/el_Latn.res",
]


@pytest.mark.parametrize("item", KEPT)
def test_what_qt_reads_is_kept(item: str) -> None:
    assert not dropped(item)


@pytest.mark.parametrize("item", DROPPED)
def test_locale_text_code_pages_and_dictionaries_are_left_out(item: str) -> None:
    assert dropped(item)
