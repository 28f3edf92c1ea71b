"""A folder with every kind of file users have: good ones become a correct brief, each bad one a notice.

The whole load-and-summarise path runs with the network switched off: reading never fetches anything.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from ingest_fixtures import (
    FLOOD_DE,
    FLOOD_EN,
    FLOOD_EN_2,
    FLOOD_EN_3,
    write_docx,
    write_odt,
    write_pdf,
    write_rtf,
    write_zip_bomb_docx,
)

from citebrief.core.model import BriefOptions, Corpus, SentenceRole
from citebrief.core.progress import ProgressCallback
from citebrief.engine import summarise
from citebrief.ingest import load_folder

BOILER = ["All news", "·3-min read", "Share on Facebook Share on Twitter"]
POLICY = (
    "Our goal is to create a safe and engaging place for users to connect over interests and passions. "
    "In order to improve our community experience, we are temporarily suspending article commenting"
)
PAGE = """<!doctype html><html><head><title>{title}</title>
<script src="https://tracker.example.com/t.js"></script>
<link rel="stylesheet" href="https://fonts.example.com/css?family=Serif">
<style>@import url("https://fonts.example.com/more.css"); body {{ font-family: Serif; }}</style>
</head><body><nav><a href="/">Home</a> <a href="/news">All news</a></nav>
<article><h1>{title}</h1>{paras}<img src="https://images.example.com/bridge.jpg" alt="The bridge">
<iframe src="https://video.example.com/embed/1"></iframe></article>
<footer>© Lindmoor Daily. All rights reserved.</footer></body></html>"""

GOOD = {
    "news.txt",
    "defences.md",
    "page.html",
    "report.pdf",
    "story.docx",
    "story.odt",
    "bericht.rtf",
    "deep.txt",
    "Rückkehr – día 2\n(copy).txt",
}
BAD = {
    "zero.txt",
    "binary.txt",
    "truncated.pdf",
    "corrupt.docx",
    "bomb.docx",
    "locked.pdf",
    "scan.pdf",
    ".hidden.txt",
    "photo.jpg",
    "loop",  # a link back to the folder: reported once, not followed
    "vanishing.txt",  # deleted while the folder is read
}


def _build(folder: Path) -> None:
    folder.mkdir()
    (folder / "news.txt").write_text(
        "\n\n".join([BOILER[0], FLOOD_EN[0], BOILER[1], *FLOOD_EN[1:], POLICY, BOILER[2]]) + "\n", "utf-8"
    )
    (folder / "defences.md").write_text(
        f"# {FLOOD_EN_3[0]}\n\n"
        + "\n\n".join(f"**{p.split(' ', 1)[0]}** {p.split(' ', 1)[1]}" for p in FLOOD_EN_3[1:]),
        "utf-8",
    )
    paras = "".join(f"<p>{p}</p>" for p in FLOOD_EN_2[1:])
    (folder / "page.html").write_text(PAGE.format(title=FLOOD_EN_2[0], paras=paras), "utf-8")
    sub = folder / "more" / "deeper"
    sub.mkdir(parents=True)
    write_pdf(sub / "report.pdf", [FLOOD_EN_2, FLOOD_EN_3], header="Lindmoor Gazette", footer=True)
    write_docx(sub / "story.docx", FLOOD_EN, table=[["District", "Homes flooded"], ["Old town", "340"]])
    write_odt(folder / "story.odt", FLOOD_EN_2)
    write_rtf(folder / "bericht.rtf", FLOOD_DE)
    # the bad ones
    (folder / "zero.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    pdf = (sub / "report.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 4])
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)
    write_zip_bomb_docx(folder / "bomb.docx")
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(sub / "report.pdf"))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    with (folder / "locked.pdf").open("wb") as stream:
        writer.write(stream)
    from fpdf import FPDF

    scan = FPDF()
    scan.add_page()
    scan.rect(10, 10, 150, 200, style="F")
    scan.output(str(folder / "scan.pdf"))
    (folder / ".hidden.txt").write_text("\n\n".join(FLOOD_EN), "utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    deep = folder.joinpath(*(f"level{n}" for n in range(40)))
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("\n\n".join(FLOOD_EN_3[:2]) + "\n", "utf-8")
    (deep / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "Rückkehr – día 2\n(copy).txt").write_text("\n\n".join(FLOOD_EN_2[:2]) + "\n", "utf-8")
    (folder / "vanishing.txt").write_text("\n\n".join(FLOOD_EN) + "\n", "utf-8")


def _delete_vanishing(folder: Path) -> ProgressCallback:
    def progress(fraction: float, message: str) -> None:
        if message.endswith("story.odt"):  # read just before it, in name order
            (folder / "vanishing.txt").unlink()

    return progress


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Switch the network off; every attempt is recorded, even one a library catches and hides."""
    # urllib3 (pulled in by the HTML extractor's dependencies) probes IPv6 support at import time by
    # creating a local socket; that sends nothing, so the import happens before the switch.
    import trafilatura  # noqa: F401

    attempts: list[str] = []

    class NoNetwork(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(f"socket{args}")
            raise OSError("network is switched off in this test")

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(f"connect{args}")
        raise OSError("network is switched off in this test")

    monkeypatch.setattr(socket, "socket", NoNetwork)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _check_corpus(corpus: Corpus) -> None:
    names = {Path(s.path).name for s in corpus.sources}
    assert names == GOOD
    noticed = [Path(n.path).name for n in corpus.notices]
    assert sorted(noticed) == sorted(BAD), corpus.notices  # exactly one notice per bad file
    for source in corpus.sources:
        for sent in source.sentences:
            assert source.text[sent.start : sent.end] == sent.text
    news = corpus.source("news.txt")
    roles = {s.text: s.role for s in news.sentences}
    for line in BOILER:
        assert roles[line] is SentenceRole.BOILERPLATE
        assert line in news.text  # kept for the viewer
    assert all(r is SentenceRole.BOILERPLATE for t, r in roles.items() if t in POLICY)
    assert corpus.source("bericht.rtf").language == "german"
    assert {s.language for s in corpus.sources} - {"german"} == {"english"}


def test_folder_of_everything_gives_notices_and_a_cited_brief_offline(
    tmp_path: Path, network_attempts: list[str]
) -> None:
    _build(tmp_path / "folder")
    folder = tmp_path / "folder"
    corpus = load_folder(folder, progress=_delete_vanishing(folder))
    _check_corpus(corpus)
    brief = summarise(corpus, BriefOptions(length=160))
    assert brief.items
    cited = set()
    for item in brief.items:
        for cit in item.citations:
            source = corpus.source(cit.source_id)
            assert source.text[cit.start : cit.end] == cit.quote
            cited.add(cit.source_id)
            for junk in ("Share on", "min read", "safe and engaging", "**", "<", "Lindmoor Gazette"):
                assert junk not in cit.quote
    assert len(cited) >= 2
    words = " ".join(item.text for item in brief.items)
    assert "river" in words.lower() and "Lindmoor" in words
    assert network_attempts == []
