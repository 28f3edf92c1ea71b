"""Calendar words as regular expressions, for the rules that tell a date or a time from a sentence's
own words (a weekday after a state or a clock time continues the sentence; a headline that says when is
a story's first line)."""

from __future__ import annotations

WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Time zones and their names as news writes them after a clock time ("3 p.m. ET", "noon Pacific").
TIME_ZONE = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|AEST|Eastern|Central|Mountain|Pacific|Greenwich)"
