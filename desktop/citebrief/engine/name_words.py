"""Words that tell, inside a capitalised run, whether it is a person's name: the word lists the name
finder of ``dependencies`` reads (English; other languages' names are read by capitals alone)."""

from __future__ import annotations

# Capitalised without naming a person: sentence openers, calendar words, honorifics, prepositions.
NOT_NAMES = frozenset(
    "the a an in on at of for and but or if as by to from with after before when while this that these those "
    "many some most all several few both each every no it he she they we i there here however his her their "
    "its our my your one two three four five six seven eight nine ten i'm photo photos video republicans "
    "democrats republican democrat "
    "yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "mr mrs ms dr sir "
    # prepositions, capitalised only where they open a sentence ("Under Florida law", "Amid Syria's war")
    "under over amid among despite during since until without within through across against around about "
    "behind beyond inside outside near unlike via upon into toward towards following according "
    "including".split()
)
# Titles before a name ("Rep. John Conyers"): a title alone names nobody, and two name words besides the
# title make a full name.
HONORIFIC = frozenset(
    "mr mrs ms miss dr sir rep reps sen sens gov gen lt col capt cmdr sgt adm maj rev hon supt prof".split()
)
# Suffixes after a surname ("John Conyers Jr."): the surname is the word before.
SUFFIXES = frozenset("jr sr".split())
# First words of place names, not given names: "Lower Merrow" does not introduce a "Merrow".
PLACE_WORDS = frozenset(
    "lower upper north south east west northern southern eastern western new old great greater little "
    "saint st port fort mount lake river san santa los las el la le de del united royal national".split()
)
# Words right before a place's last word, wherever the run starts: "the Magma Imaging St Helens project"
# names no Helens (read on the val folders, where "St Helens" at a project name's end stood as a surname
# given in full).
PLACE_BEFORE_LAST = frozenset("saint st mount mt fort ft port lake san santa".split())
# Last words of an institution's or a paper's name: "Stanford University", "Discovery News", "White
# House", "a Democratic Congress" give no surname, and "University of Leicester" uses none (read on the
# val folders' name runs; words that are also common surnames, "Park", "Church", "Court", are left out).
INSTITUTIONS = frozenset(
    "university college institute school hospital clinic news times journal magazine network press party "
    "council committee agency department ministry museum zoo foundation association society union company "
    "corporation group airport airlines county center centre commission board project program programme "
    "herald tribune gazette review congress senate house parliament assembly legislature administration "
    "government army navy police academy authority bureau embassy "
    # and of a city's: "Oklahoma City" gives no surname, so "Oklahoma" is no given name
    "city".split()
)


def names_nobody(run: list[str]) -> bool:
    """Whether a capitalised run names a place or an institution, not a person: its first word opens a
    place's name, the word before its last does, or its last word heads an institution's."""
    last = run[-1].lower()
    return (
        run[0].lower() in PLACE_WORDS
        or last in INSTITUTIONS
        or (len(run) >= 2 and run[-2].lower().rstrip(".") in PLACE_BEFORE_LAST)
    )
