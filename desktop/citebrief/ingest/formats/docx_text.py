"""Word documents (.docx) through python-docx: paragraphs, headings and tables in document order."""

from __future__ import annotations

import io

from citebrief.core.errors import UnreadableFileError
from citebrief.ingest.formats import Extracted
from citebrief.ingest.formats.zip_guard import open_checked
from citebrief.ingest.limits import MAX_TEXT_CHARS, Budget

_KIND = "Word document"


def read(data: bytes, budget: Budget) -> Extracted:
    open_checked(data, _KIND).close()  # sizes are checked before python-docx unpacks anything
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError) as exc:
        raise UnreadableFileError(f"damaged {_KIND} or not a Word file") from exc
    blocks: list[str] = []
    total = 0
    partial = ""
    for item in document.iter_inner_content():
        if blocks and (budget.spent or total > MAX_TEXT_CHARS):
            partial = "read only the start of the document (" + (
                "time limit)" if budget.spent else "text limit)"
            )
            break
        if isinstance(item, Table):
            lines = []
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                        cells.append(text)
                if cells:
                    lines.append(" | ".join(cells))
            block = "\n\n".join(lines)
        else:
            block = item.text.strip()
        if block:
            blocks.append(block)
            total += len(block)
    title = " ".join((document.core_properties.title or "").split())
    return Extracted("\n\n".join(blocks), title=title, partial=partial)
