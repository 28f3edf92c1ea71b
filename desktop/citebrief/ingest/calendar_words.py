"""Calendar words as regular expressions, for the rules that tell a date or a time from a sentence's
own words (a weekday after a state or a clock time continues the sentence; a headline that says when is
a story's first line)."""

from __future__ import annotations

DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"

# A weekday, or the weekdays ("Thursdays on NBC").
WEEKDAY = rf"(?:{DAY_NAMES})s?"
# The day a story says its news happened ("on Monday", "yesterday", "tonight").
DAY_TOLD = rf"(?:{DAY_NAMES}|yesterday|today|tonight)"
WEEKDAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
# A month written out or abbreviated, never a word that begins like one ("Mayor", "Martin", "Julia").
MONTH = (
    rf"(?:(?:{MONTH_NAMES})\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?)"
)
# Days named for what happens on them, not for the week ("8 p.m. Election Day", "Christmas Eve").
HOLIDAY = r"(?:[A-Z][a-z]+(?:'s)? (?:Day|Eve)|Christmas|Easter|Thanksgiving|Halloween|Hanukkah|Ramadan)"
# Time zones and their names as news writes them after a clock time ("3 p.m. ET", "noon Pacific").
TIME_ZONE = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|AEST|Eastern|Central|Mountain|Pacific|Greenwich)"
