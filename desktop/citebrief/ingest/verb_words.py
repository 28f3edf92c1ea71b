"""English verb forms that the sentence rules and the fact signals both read, without a tagger: what
can be a finite verb in a line ("Does a line hold a verb?") and where a clause's main verb starts."""

from __future__ import annotations

# Auxiliaries and their negative contractions.
AUXILIARIES = frozenset(
    "is was are were am be been has have had will would can could may might shall should must do does "
    "did ain't isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't can't couldn't don't "
    "doesn't didn't shouldn't mustn't cannot".split()
)
# Forms of "be" that are no finite verb of their own, but open a verb phrase ("being held").
NONFINITE_AUXILIARIES = frozenset("being".split())
# Pasts that do not end in -ed, as news writes them.
IRREGULAR_PASTS = frozenset(
    "found died shot had made took gave told left led ran won lost fell rose hit held met sat saw came "
    "went got built kept sent paid sold brought thought became began broke chose drove fought flew grew "
    "knew laid let put read rode rang set shut slept spoke stood stole struck swore taught threw wrote "
    "bought caught dug felt fled froze hid hurt lit meant sank shook sought spent spread stuck swept "
    "swam tore beat bit blew bore cut drew drank fed forgave hung lay lent overtook quit rang sang slid "
    "split sprang strove wore woke wound said ate heard spun withdrew underwent overcame undertook".split()
)
# Pasts that are also nouns or presents ("the cost", "they bet"): a verb in a line, not a clause's
# main verb for certain.
AMBIGUOUS_PASTS = frozenset("cast cost burst bet rid shed upset".split())
# Present forms with no ending that follow a plural subject ("Taylor and Democrats disagree").
BARE_PRESENTS = frozenset(
    "say tell know think want need like love live work see get make take go come give find feel seem "
    "become include mean believe hope plan remain continue face expect lead show call use try keep hold "
    "run own attend play talk walk write agree disagree approve disapprove oppose support win lose help "
    "stand sit look leave pay meet send build spend stay begin fall rise die favor favour".split()
)
