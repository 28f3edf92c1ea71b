"""The HTML export in a real browser: headless Chromium renders it and a citation link, clicked, lands on
its quote.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: it reads commands
on file descriptor 3 and answers on 4, each message JSON ended by a NUL byte), so no network port is
opened and nothing but the standard library is needed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from citebrief.core.model import Brief
from citebrief.export import write

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--window-size=800,600",
)
TIMEOUT = 60.0


class DevTools:
    """A minimal DevTools client over Chromium's debugging pipe."""

    def __init__(self, page: Path, profile: Path) -> None:
        assert CHROMIUM is not None
        to_chromium, self._commands = os.pipe()
        self._answers, from_chromium = os.pipe()
        # Above 4, so placing them at 3 and 4 in the child cannot overwrite one with the other.
        child_in = fcntl.fcntl(to_chromium, fcntl.F_DUPFD, 10)
        child_out = fcntl.fcntl(from_chromium, fcntl.F_DUPFD, 10)
        for fd in (to_chromium, from_chromium):
            os.close(fd)

        def plumb() -> None:
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe", page.as_uri()],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=plumb,
        )
        for fd in (child_in, child_out):
            os.close(fd)
        self._buffer = b""
        self._next_id = 0

    def call(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                answer = json.loads(raw)
                if answer.get("id") == self._next_id:
                    assert "error" not in answer, answer["error"]
                    result: dict[str, Any] = answer["result"]
                    return result
            left = deadline - time.monotonic()
            assert left > 0, f"Chromium did not answer {method}"
            ready, _, _ = select.select([self._answers], [], [], left)
            if ready:
                chunk = os.read(self._answers, 65536)
                assert chunk, "Chromium closed the debugging pipe"
                self._buffer += chunk

    def page_session(self, url: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            targets = self.call("Target.getTargets")["targetInfos"]
            pages = [t for t in targets if t["type"] == "page" and t["url"] == url]
            if pages:
                attached = self.call("Target.attachToTarget", {"targetId": pages[0]["targetId"], "flatten": True})
                session: str = attached["sessionId"]
                return session
            time.sleep(0.2)
        raise AssertionError(f"Chromium never opened {url}")

    def wait_loaded(self, session: str, url: str) -> None:
        """Until the page (not the blank document a new tab starts with) has loaded."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            state = self.evaluate(session, "location.href + ' ' + document.readyState")
            if state == f"{url} complete":
                return
            time.sleep(0.1)
        raise AssertionError(f"{url} did not finish loading")

    def evaluate(self, session: str, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            session,
        )
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def close(self) -> None:
        with contextlib.suppress(AssertionError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands)
        os.close(self._answers)


# Runs in the page: wait until it has loaded, click the last citation of the brief, report where it went.
FOLLOW_LAST_CITATION = """
(async () => {
  const links = [...document.querySelectorAll("p.sentence sup a")];
  const link = links[links.length - 1];
  link.click();
  await new Promise(r => setTimeout(r, 300));
  const target = document.querySelector(":target");
  return {
    links: links.length,
    href: link.getAttribute("href"),
    hash: location.hash,
    target: target ? target.id : null,
    text: target ? target.textContent : "",
    top: target ? target.getBoundingClientRect().top : -1,
    height: innerHeight,
    scrolled: scrollY,
    sentences: [...document.querySelectorAll("p.sentence")].map(p => p.textContent),
  };
})()
"""


@pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium; .ci/run does it as root)"
)
def test_a_browser_renders_the_html_export_and_a_citation_link_lands_on_its_quote(
    brief: Brief, tmp_path: Path
) -> None:
    page = tmp_path / "brief.html"
    write(brief, page)
    browser = DevTools(page, tmp_path / "profile")
    try:
        session = browser.page_session(page.as_uri())
        browser.wait_loaded(session, page.as_uri())
        seen = browser.evaluate(session, FOLLOW_LAST_CITATION)
    finally:
        browser.close()
    assert seen["links"] >= len(brief.items)
    shown = [" ".join(s.split()) for s in seen["sentences"]]
    assert len(shown) == len(brief.items)
    for text, item in zip(shown, brief.items, strict=True):
        assert text.startswith(" ".join(item.text.split()))
    assert seen["hash"] == seen["href"] and seen["target"] == seen["href"][1:]
    last = brief.items[-1]
    number = int(seen["href"].split("-")[1])
    cited = [c.quote for c in last.citations if brief.cited_source_ids().index(c.source_id) + 1 == number]
    assert " ".join(cited[0].split()) in " ".join(seen["text"].split())
    # The browser scrolled the quote into view.
    assert seen["scrolled"] > 0 and 0 <= seen["top"] < seen["height"]


# Runs in the page: where the browser draws a brief sentence's quote and its citation numbers, and a
# quote in Sources and its closing quotation mark (found by their text, whatever elements hold them).
BIDI_LAYOUT = """
((quote) => {
  const span = (root, from, length) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0, node, started = false;
    while ((node = walker.nextNode())) {
      const end = seen + node.data.length;
      if (!started && from < end) { range.setStart(node, from - seen); started = true; }
      if (started && from + length <= end) { range.setEnd(node, from + length - seen); return range; }
      seen = end;
    }
    return null;
  };
  const box = (range) => { const r = range.getBoundingClientRect(); return [r.left, r.right]; };
  const sentence = document.querySelector("p.sentence");
  const item = document.querySelector("ul.quotes li");
  const at = item.textContent.indexOf(quote);
  return {
    sentence: box(span(sentence, sentence.textContent.indexOf(quote), quote.length)),
    numbers: box(span(sentence.querySelector("sup"), 0, 1)),
    quote: box(span(item, at, quote.length)),
    closing: box(span(item, at + quote.length, 1)),
    closing_text: span(item, at + quote.length, 1).toString(),
  };
})(QUOTE)
"""


@pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium; .ci/run does it as root)"
)
def test_a_browser_draws_the_numbers_and_closing_mark_after_a_quote_with_an_open_override(
    tmp_path: Path,
) -> None:
    from export_fixtures import BIDI_TEXTS, QUOTE, override_brief, write_library

    page = tmp_path / "brief.html"
    write(override_brief(write_library(tmp_path / "articles", BIDI_TEXTS)), page)
    browser = DevTools(page, tmp_path / "profile")
    try:
        session = browser.page_session(page.as_uri())
        browser.wait_loaded(session, page.as_uri())
        seen = browser.evaluate(session, BIDI_LAYOUT.replace("QUOTE", json.dumps(QUOTE)))
    finally:
        browser.close()
    assert seen["closing_text"] == "”"
    assert seen["numbers"][0] >= seen["sentence"][1] - 1, seen
    assert seen["closing"][0] >= seen["quote"][1] - 1, seen
