"""`citebrief brief PATH...`: a cited brief on the command line (no Qt unless PDF is asked for)."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NoReturn

from citebrief import __version__
from citebrief.core.errors import CitebriefError, ExportError, NoDocumentsError
from citebrief.core.model import Brief, BriefOptions, Corpus, LengthUnit
from citebrief.core.paths import display

if TYPE_CHECKING:
    from citebrief.engine.features import Features
    from citebrief.engine.story_terms import AnalysisMemo
    from citebrief.store import BriefFile

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NO_DOCUMENTS = 3
EXIT_FAILED = 1

_EXAMPLES = """\
examples:
  citebrief brief ~/articles                      Markdown brief of about 150 words on stdout
  citebrief brief ~/articles --words 250 -o brief.pdf
  citebrief brief a.txt b.html --sentences 5 --format json
  citebrief brief ~/articles --focus "ceasefire, Sochi" --algorithm lexrank
  citebrief brief ~/articles --format text        one brief sentence a line, under headings
  citebrief brief ~/articles -o monday.citebrief  a brief file the window opens
  citebrief brief ~/articles --since monday.citebrief --only-new
                                                  what the folder's new articles add to that brief
  citebrief brief ~/saved --stories off           one brief even if the folder holds many stories

exit codes: 0 done, 1 the brief could not be written, 2 usage error, 3 no readable document
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"citebrief: error: {message} (see citebrief brief --help)\n")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _language(value: str) -> str:
    from citebrief.ingest.language import NAMES

    name = value.strip().lower()
    if name != "auto" and name not in NAMES.values():
        known = ", ".join(sorted(NAMES.values()))
        raise argparse.ArgumentTypeError(f"unknown language {value!r}; use auto or one of: {known}")
    return name


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="citebrief",
        description="Citebrief: one merged brief of a folder of articles, every sentence cited.",
        epilog="Run `citebrief` with no arguments to open the window.",
    )
    parser.add_argument("--version", "-V", action="version", version=f"citebrief {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="brief")
    brief = commands.add_parser(
        "brief",
        help="summarise folders or files into one cited brief",
        description="Summarise folders or files into one brief whose every sentence cites its sources.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    brief.error = parser.error  # type: ignore[method-assign]
    brief.add_argument(
        "paths", nargs="*", metavar="PATH", help="folders or files (default: the sample articles)"
    )
    _add_output_arguments(brief)
    _add_brief_arguments(brief)
    brief.add_argument(
        "--follow-links",
        action="store_true",
        help="also read links inside a folder that lead out of it (skipped with a note by default)",
    )
    _add_update_arguments(brief)
    brief.add_argument("-q", "--quiet", action="store_true", help="do not list skipped files on stderr")
    return parser


def _add_output_arguments(brief: argparse.ArgumentParser) -> None:
    from citebrief.export.api import FORMATS

    brief.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    brief.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: from the suffix of -o, else markdown)",
    )


def _add_brief_arguments(brief: argparse.ArgumentParser) -> None:
    """How long the brief is, how it is chosen and how it is laid out."""
    from citebrief.engine.names import ALGORITHMS

    length = brief.add_mutually_exclusive_group()
    length.add_argument("--words", type=_positive, metavar="N", help="at most N words (default 150)")
    length.add_argument("--sentences", type=_positive, metavar="N", help="at most N sentences")
    brief.add_argument("--algorithm", choices=ALGORITHMS, default=ALGORITHMS[0], help="default: %(default)s")
    brief.add_argument("--focus", metavar="TERMS", default="", help="comma-separated terms to prefer")
    brief.add_argument(
        "--language", type=_language, default="auto", metavar="NAME", help="language name or auto (default)"
    )
    brief.add_argument(
        "--sections",
        choices=("auto", "off"),
        default="auto",
        help="headings when the folder has several subjects (inside each story)",
    )
    brief.add_argument(
        "--stories",
        choices=("auto", "off"),
        default="auto",
        help="a section per story when the folder holds several (default: auto)",
    )


def _add_update_arguments(brief: argparse.ArgumentParser) -> None:
    brief.add_argument(
        "--since",
        metavar="BRIEF",
        help="update this saved brief (.citebrief) with the articles added or changed since: its edits "
        "stay, new sentences are marked New (default folder: the brief's own)",
    )
    brief.add_argument(
        "--only-new", action="store_true", help="with --since: only the new sentences, with their citations"
    )


def _focus_terms(raw: str) -> tuple[str, ...]:
    parts = raw.split(",") if "," in raw else raw.split()
    return tuple(p.strip() for p in parts if p.strip())


def _options(args: argparse.Namespace) -> BriefOptions:
    unit, length = (
        (LengthUnit.SENTENCES, args.sentences) if args.sentences else (LengthUnit.WORDS, args.words or 150)
    )
    return BriefOptions(
        algorithm=args.algorithm,
        unit=unit,
        length=length,
        focus=_focus_terms(args.focus),
        language=args.language,
        sections=args.sections,
        stories=args.stories,
    )


def _focus_not_found(corpus: Corpus, options: BriefOptions) -> list[str]:
    """The focus terms (quoted) that no article sentence holds, compared by stem as the brief compares
    them: a term the folder never mentions cannot focus the brief, and the user should know."""
    if not options.focus:
        return []
    from collections import Counter

    from citebrief.core.model import SentenceRole
    from citebrief.engine.language import word_tools

    detected = Counter(src.language for src in corpus.sources).most_common(1)
    tools = word_tools(options.language if options.language != "auto" else detected[0][0])
    found: set[str] = set()
    for src in corpus.sources:
        for sent in src.sentences:
            if sent.role is SentenceRole.BODY:
                found.update(tools.content_stems(sent.text))
    return [f'"{term}"' for term in options.focus if not found.intersection(tools.content_stems(term))]


def _fail(code: int, message: str) -> int:
    print(f"citebrief: error: {message}", file=sys.stderr)
    return code


def _brief(args: argparse.Namespace) -> int:
    from citebrief import export
    from citebrief.ingest import load_folder
    from citebrief.resources_path import samples_dir

    fmt = _output_format(args)
    if export.export_format(fmt).binary and not args.output:
        return _fail(EXIT_USAGE, f"{fmt} is binary: write it to a file with -o FILE")
    if args.only_new and not args.since:
        return _fail(EXIT_USAGE, "--only-new needs --since BRIEF")
    if args.only_new and export.export_format(fmt).brief_file:
        # A brief file is the brief the window opens: the new sentences alone would lose the rest.
        args.only_new = False
        if not args.quiet:
            where = display(args.output) if args.output else "the brief file"
            note = f"--only-new: {where} holds the whole updated brief, its new sentences marked New"
            print(f"citebrief: note: {note}", file=sys.stderr)
    since = _open_since(args.since) if args.since else None
    if since is not None and not args.paths:
        _check_since_folder(args.since, since)
    paths = args.paths or (list(since.paths) if since else []) or [str(samples_dir())]
    if not args.paths and not since and not args.quiet:
        print(f"citebrief: no folder given, summarising the sample articles in {paths[0]}", file=sys.stderr)
    # The command line owns its process, so large folders may use every core.
    workers = os.cpu_count() or 1
    memo = _analysis_ahead(args, since)
    corpus = load_folder(
        paths,
        language=args.language,
        workers=workers,
        follow_links=args.follow_links,
        ahead=replace(memo.ahead(), meanwhile=_import_engine) if memo is not None else None,
    )
    # The folder's sources last as long as this process: the garbage collector's full passes need not
    # walk their hundreds of thousands of objects again (nor touch them in the processes forked to
    # build stories' features, which would copy their memory).
    gc.freeze()
    if not args.quiet:
        for notice in corpus.notices:
            what = "skipped " if notice.skipped else "note: "  # a file read in part is still briefed
            print(f"citebrief: {what}{notice.path}: {notice.reason}", file=sys.stderr)
    if not corpus.sources:
        raise NoDocumentsError("no readable document in " + ", ".join(display(p) for p in paths))
    options = _options(args) if since is None else _since_options(args, since.brief.options)
    missing = _focus_not_found(corpus, options)
    if missing and not args.quiet:
        print(f"citebrief: note: --focus: no article mentions {', '.join(missing)}", file=sys.stderr)
    # Imported only now: it loads the engine (numpy, scipy), which the worker processes reading the
    # folder do not need, and which `_import_engine` loads while they read.
    from citebrief.engine.summariser import check_size

    check_size(corpus, options.algorithm)  # before the folder's features, which take a while
    brief = _make_brief(corpus, options, since, args, workers, memo)
    if args.output and export.export_format(fmt).brief_file:
        from citebrief.store import BriefFile, save_brief

        excluded = since.excluded if since else frozenset()
        save_brief(
            args.output, BriefFile(brief, paths=tuple(os.path.abspath(p) for p in paths), excluded=excluded)
        )
    elif args.output:
        export.write(brief, args.output, fmt)
    else:
        sys.stdout.write(export.render(brief, fmt).decode("utf-8"))
        sys.stdout.flush()
    return EXIT_OK


def _output_format(args: argparse.Namespace) -> str:
    """``--format``, else what ``-o`` asks for (Markdown for a name without a suffix or a device),
    else Markdown; an ``-o`` suffix that names no format is a usage error saying what to pass."""
    from citebrief import export

    if args.format or not args.output:
        return str(args.format or "markdown")
    fmt = export.format_for_output(args.output)
    if fmt is None:
        name, suffix = os.path.basename(args.output), os.path.splitext(args.output)[1]
        suffixes = ", ".join(f.suffix for f in export.REGISTRY)
        raise CitebriefError(
            f"cannot tell the format of {display(name)} from its suffix {display(suffix)!r}: name the file "
            f"with one of {suffixes}, or add --format {{{','.join(export.FORMATS)}}} (e.g. --format markdown)"
        )
    return fmt


def _analysis_ahead(args: argparse.Namespace, since: BriefFile | None) -> AnalysisMemo | None:
    """Somewhere to keep what story grouping needs of each document, analysed as the document arrives
    from the worker processes reading a large folder (this process would only wait for them)."""
    if since is not None or args.stories == "off":
        return None
    from citebrief.engine.story_terms import AnalysisMemo

    return AnalysisMemo()


def _import_engine() -> None:
    """Load the modules that brief a folder, and what they load on first use, while worker processes
    read it (a fifth of a second that would otherwise come after the reading)."""
    import citebrief.engine.story_brief
    import citebrief.engine.summariser  # noqa: F401
    from citebrief.engine.feature_cache import code_digest
    from citebrief.engine.features import warm_up
    from citebrief.ingest.cache import default_cache_dir

    warm_up()
    if default_cache_dir() is not None:
        # The story and feature caches' digest of the code, read from every module's file: 0.03 s that
        # grouping the stories would otherwise spend after the reading.
        code_digest()
    gc.freeze()  # the modules last as long as the process (see the freeze after reading)


def _make_brief(
    corpus: Corpus,
    options: BriefOptions,
    since: BriefFile | None,
    args: argparse.Namespace,
    workers: int,
    memo: AnalysisMemo | None = None,
) -> Brief:
    """The brief of the folder: updated from ``since``, one section per story, or one brief."""
    from citebrief.engine import summarise
    from citebrief.engine.feature_cache import FeatureCache
    from citebrief.engine.features import FeaturesSideBySide, build_features
    from citebrief.engine.story_brief import shown_corpora, story_grouping, summarise_stories
    from citebrief.engine.story_cache import StoryCache

    cache = FeatureCache.default()

    def features_for(sub: Corpus) -> Features:
        return build_features(sub, language=options.language, workers=workers, cache=cache)

    if since is not None:
        # the update builds the features of the sources it reads, not the whole folder's
        return _updated(since, replace(since.brief, options=options), corpus, features_for, args)
    if (grouping := story_grouping(corpus, options, cache=StoryCache.default(), memo=memo)) is not None:
        # each story's features are built for its own documents only, the shown stories' side by side
        shown = shown_corpora(corpus, grouping, options)
        number = {_ids(sub): n for n, sub in enumerate(shown)}
        with FeaturesSideBySide(shown, language=options.language, workers=workers, cache=cache) as side:

            def story_features(sub: Corpus, _progress: object) -> Features:
                n = number.get(_ids(sub))
                return side.features(n) if n is not None else features_for(sub)

            return summarise_stories(corpus, options, grouping, features_for=story_features)
    return summarise(corpus, options, features=features_for(corpus))


def _ids(corpus: Corpus) -> tuple[str, ...]:
    return tuple(src.id for src in corpus.sources)


def _open_since(path: str) -> BriefFile:
    from citebrief.store import open_brief

    doc = open_brief(path)
    if doc.outside:
        # The window asks before reading articles found outside the brief file's folder; here nobody can.
        where = display(doc.outside[0][1])
        raise CitebriefError(f"the brief's articles were found outside its folder ({where}); name the folder")
    return doc


def _check_since_folder(path: str, since: BriefFile) -> None:
    """The saved brief's own folder is read when none is named; when it is gone, say how to name it."""
    if since.paths and not any(os.path.exists(p) for p in since.paths):
        name = display(os.path.basename(path))
        where = ", ".join(display(p) for p in since.paths)
        raise NoDocumentsError(
            f"the articles of {name} are no longer in {where}: "
            f"name their folder (citebrief brief FOLDER --since {display(path)})"
        )


def _since_options(args: argparse.Namespace, saved: BriefOptions) -> BriefOptions:
    """The saved brief's options; a length or focus given on the command line replaces the saved one.
    The brief's shape (stories, sections, method, language) stays the saved brief's: a note says so."""
    given = _options(args)
    if args.sentences or args.words:
        saved = replace(saved, unit=given.unit, length=given.length)
    if given.focus:
        saved = replace(saved, focus=given.focus)
    default = BriefOptions()
    ignored = [
        f"--{name} {getattr(given, name)}"
        for name in ("stories", "sections", "algorithm", "language")
        if getattr(given, name) not in (getattr(default, name), getattr(saved, name))
    ]
    if ignored and not args.quiet:
        note = f"{', '.join(ignored)} ignored: the update keeps the saved brief's"
        print(f"citebrief: note: {note}", file=sys.stderr)
    return saved


def _updated(
    since: BriefFile,
    old: Brief,
    corpus: Corpus,
    features_for: Callable[[Corpus], Features],
    args: argparse.Namespace,
) -> Brief:
    """The saved brief brought up to date with the folder (see `engine.update`)."""
    from citebrief.engine.update import only_new, update_brief
    from citebrief.store import reconcile

    corpus = corpus.without(since.excluded)
    old, stale = reconcile(old, corpus)
    result = update_brief(old, corpus, features_for=features_for)
    if not args.quiet:
        if stale.citations:
            count = len(stale.citations)
            why = "; ".join(sorted(set(stale.sources.values())))
            print(f"citebrief: note: {count} citation(s) no longer hold: {why}", file=sys.stderr)
        what = result.changes.describe() or "no article added or changed"
        print(
            f"citebrief: {what}: {result.new_items} new sentence{'s' if result.new_items != 1 else ''}, "
            f"{result.added_citations} citation{'s' if result.added_citations != 1 else ''} added",
            file=sys.stderr,
        )
    return only_new(result.brief, result.changes) if args.only_new else result.brief


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command != "brief":
        parser.print_help()
        return EXIT_USAGE
    try:
        return _brief(args)
    except NoDocumentsError as exc:
        return _fail(EXIT_NO_DOCUMENTS, str(exc))
    except ExportError as exc:
        return _fail(EXIT_FAILED, str(exc))
    except CitebriefError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except KeyboardInterrupt:
        return _fail(130, "interrupted")
    except BrokenPipeError:  # the reader of our output went away (`citebrief brief ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as exc:  # a fault of ours: one line for the user, not a traceback
        return _fail(EXIT_FAILED, f"unexpected problem ({type(exc).__name__}: {exc}); please report it")


def main() -> int:
    return run(sys.argv[1:])
