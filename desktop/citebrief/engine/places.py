"""Names of countries, which a sentence may use alone: "Japan" needs no introduction the way a surname
does, though a run like "US Naval Forces Japan" ends with it.

The names come from ISO 3166 as the ``pycountry`` package ships it (one word each: "Japan", "Syria";
"South Korea" is read as a place already, by its first word).
"""

from __future__ import annotations

from functools import cache


@cache
def country_words() -> frozenset[str]:
    """Every one-word name or common name of a country."""
    import pycountry  # its data loads on first use: only folders whose names are weighed need it

    found: set[str] = set()
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", "")):
            if name and name.isalpha():
                found.add(name)
    return frozenset(found)
