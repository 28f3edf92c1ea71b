"""Typed errors: callers branch on the class, never on a message or a number."""


class CitebriefError(Exception):
    """Base class of every error Citebrief raises on purpose."""


class Cancelled(CitebriefError):
    """The user cancelled a long operation; nothing was produced."""


class NoDocumentsError(CitebriefError):
    """Nothing readable was found in what the user opened."""


class UnreadableFileError(CitebriefError):
    """One file could not be read; the message is the reason shown to the user."""


class UnknownAlgorithmError(CitebriefError):
    """The summarisation algorithm asked for does not exist."""


class ExportError(CitebriefError):
    """An export could not be written; the message says why in the user's terms."""


class TooLargeError(CitebriefError):
    """The articles hold more sentences than the chosen algorithm handles; nothing was started."""
