"""Documents written by the ingest tests: invented articles and writers for every supported format."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from citebrief.core.model import Corpus

FLOOD_EN = [
    "River Lind floods the old town of Lindmoor",
    "The river Lind rose three metres overnight and flooded the old town of Lindmoor, officials said on "
    "Monday. About 2,000 residents were moved to schools and sports halls on the hill above the town.",
    "Mayor Jens Holm said the water would start to fall by Wednesday. He asked people not to drive "
    "through flooded streets and to keep away from the riverbank.",
    "Volunteers from nearby villages filled sandbags through the night. The regional government promised "
    "money to repair the bridge, which was closed after cracks were found in one of its pillars.",
]
FLOOD_EN_2 = [
    "Lindmoor residents return as the water recedes",
    "Residents of Lindmoor began returning to their homes on Thursday as the river Lind fell back below "
    "its banks. Engineers inspected the damaged bridge and said it would stay closed for at least a month.",
    "Insurance companies sent assessors to the old town, where about 340 homes were flooded. Shop owners "
    "cleared mud from their floors and counted their losses.",
]
FLOOD_EN_3 = [
    "Questions over Lindmoor flood defences",
    "Critics asked why the flood wall planned for Lindmoor ten years ago was never built. The regional "
    "water authority said money for the wall had been moved to other projects in 2019.",
    "Mayor Jens Holm promised an independent review of the flood defences. The review will report before "
    "the end of the year, he said.",
]
FLOOD_DE = [
    "Hochwasser in Lindmoor: Altstadt unter Wasser",
    "Der Fluss Lind ist über Nacht um drei Meter gestiegen und hat die Altstadt von Lindmoor überflutet. "
    "Der Stadtrat tagte am 3. Mai bis spät in die Nacht. Rund 2000 Menschen wurden in Schulen und "
    "Turnhallen untergebracht.",
    "Laut Dr. Anna Berg vom Wasseramt wird der Pegel erst am Mittwoch sinken. Die Feuerwehr war mit "
    "Helfern aus den Nachbarorten im Einsatz. Bürgermeister Prof. Jens Holm sagte, die Lage sei ernst.",
    "Die Landesregierung versprach Geld für die Reparatur der Brücke. Ingenieure fanden Risse in einem "
    "der Pfeiler, deshalb bleibt die Brücke vorerst gesperrt.",
]
FLOOD_TR = [
    "Lindmoor'da sel: Eski şehir sular altında",
    "Lind Nehri bir gecede üç metre yükselerek Lindmoor'un eski şehrini su altında bıraktı. Yaklaşık "
    "2.000 kişi okullara ve spor salonlarına yerleştirildi.",
    "Lindmoor Üniversitesi öğretim üyesi Doç. Mehmet Yılmaz, nehrin iki gün içinde çekileceğini söyledi. "
    "Belediye Su A.Ş. Genel Müdürü Hz. Ali Demir ise içme suyunun güvenli olduğunu açıkladı.",
    "Yardım ekipleri sabaha kadar çalıştı. Bölge hükümeti, hasar gören köprünün onarımı için para "
    "sözü verdi.",
]


def notice_for(corpus: Corpus, name: str) -> str:
    """The reason of the one notice about the file called ``name``."""
    found = [n for n in corpus.notices if Path(n.path).name == name]
    assert len(found) == 1, (name, corpus.notices)
    return found[0].reason


def assert_offsets(corpus: Corpus) -> None:
    for source in corpus.sources:
        for sent in source.sentences:
            assert source.text[sent.start : sent.end] == sent.text


def article(paragraphs: list[str]) -> str:
    """Headline, blank line, paragraphs separated by blank lines (how most saved articles look)."""
    return "\n\n".join(paragraphs) + "\n"


def write_pdf(path: Path, pages: list[list[str]], *, header: str = "", footer: bool = False) -> Path:
    """A PDF with a real text layer: each page's paragraphs, an optional running header and page number."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for number, paragraphs in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        if header:
            pdf.set_xy(20, 10)
            pdf.cell(0, 5, header)
        pdf.set_xy(20, 25)
        pdf.set_font("Helvetica", size=11)
        for para in paragraphs:
            pdf.multi_cell(150, 6, para)
            pdf.ln(4)
            pdf.set_x(20)
        if footer:
            pdf.set_xy(100, 285)
            pdf.set_font("Helvetica", size=9)
            pdf.cell(10, 5, str(number))
    pdf.output(str(path))
    return path


def write_two_column_pdf(path: Path, left: str, right: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(15, 20)
    pdf.multi_cell(85, 6, left)
    pdf.set_xy(110, 20)
    pdf.multi_cell(85, 6, right)
    pdf.output(str(path))
    return path


def write_docx(path: Path, paragraphs: list[str], *, table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(paragraphs[0], level=1)
    for para in paragraphs[1:]:
        document.add_paragraph(para)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


_ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def write_odt(path: Path, paragraphs: list[str]) -> Path:
    body = f'<text:h text:outline-level="1">{escape(paragraphs[0])}</text:h>' + "".join(
        f"<text:p>{escape(p)}</text:p>" for p in paragraphs[1:]
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", _ODT_MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    path.write_bytes(buffer.getvalue())
    return path


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path: Path, paragraphs: list[str]) -> Path:
    body = "".join(f"{_rtf_escape(p)}\\par\n" for p in paragraphs)
    path.write_text(
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n" + body + "}", "ascii"
    )
    return path


def write_zip_bomb_docx(path: Path) -> Path:
    """A .docx whose document part inflates a thousandfold (32 MB of zeros from about 32 KB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(32):
                member.write(block)
    path.write_bytes(buffer.getvalue())
    return path


def write_huge_text(path: Path, megabytes: int) -> Path:
    """A plain-text file of ``megabytes`` MiB: one sentence about a river gauge, over and over."""
    line = "The gauge at the old bridge was read again and showed the river still rising slowly.\n"
    chunk = (line * (1024 * 1024 // len(line) + 1)).encode("ascii")[: 1024 * 1024]
    with path.open("wb") as stream:
        for _ in range(megabytes):
            stream.write(chunk)
    return path


def write_tiny_files(folder: Path, count: int) -> None:
    """``count`` one-line articles, a thousand to a subfolder (day0/00000.txt, day0/00001.txt, ...)."""
    for number in range(count):
        sub = folder / f"day{number // 1000}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{number:05d}.txt").write_text(f"Gauge reading {number}: {number % 97} centimetres.\n", "ascii")


_HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
_HEADER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_docx_with_headers(path: Path, paragraphs: list[str], *, headers: int, header_bytes: int) -> Path:
    """A valid .docx whose body is ``paragraphs`` and which holds ``headers`` header parts of about
    ``header_bytes`` of XML each, all linked from the document (python-docx parses every one)."""
    write_docx(path, paragraphs)
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    empty = b"<w:p/>"
    body = empty * (header_bytes // len(empty))
    rels = members["word/_rels/document.xml.rels"].decode("utf-8")
    types = members["[Content_Types].xml"].decode("utf-8")
    for number in range(headers):
        name = f"header{number + 100}.xml"
        members[f"word/{name}"] = f'<w:hdr xmlns:w="{_W}">'.encode() + body + b"</w:hdr>"
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdH{number}" Type="{_HEADER_REL}" Target="{name}"/></Relationships>',
        )
        types = types.replace(
            "</Types>", f'<Override PartName="/word/{name}" ContentType="{_HEADER_TYPE}"/></Types>'
        )
    members["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    members["[Content_Types].xml"] = types.encode("utf-8")
    return _rezip(path, members)


def write_odt_with_spaces(path: Path, paragraphs: list[str], *, runs: int) -> Path:
    """A valid .odt whose last paragraph asks ``runs`` times for two billion spaces."""
    write_odt(path, paragraphs)
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    spaces = '<text:s text:c="2000000000"/>' * runs
    content = members["content.xml"].decode("utf-8")
    members["content.xml"] = content.replace("</office:text>", f"<text:p>{spaces}</text:p></office:text>").encode()
    return _rezip(path, members)


def _rezip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression, compresslevel=9) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def write_slow_pdf(path: Path, calls: int, operations: int = 20_000) -> Path:
    """A one-page PDF of a few KB whose page draws the same form ``calls`` times, the form holding
    ``operations`` text-showing operators: a text extractor does calls x operations steps inside the
    one page (pypdf: about 2 s per 100,000), and no stream is long enough to hit its own limits."""
    form = zlib.compress(b"BT /F1 12 Tf 72 720 Td " + b"(a) Tj 0 -1 Td " * operations + b"ET", 9)
    page = zlib.compress(b"/X0 Do " * calls, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /X0 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(page) + page + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Length %d /Filter /FlateDecode >>\nstream\n" % len(form) + form + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def write_docx_of_paragraphs(path: Path, paragraphs: list[str], *, empty: int) -> Path:
    """A valid .docx, stored uncompressed, whose body ends in ``empty`` empty paragraphs (6 bytes of
    XML each, about 250 bytes each once parsed)."""
    write_docx(path, paragraphs)
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    body = members["word/document.xml"]
    members["word/document.xml"] = body.replace(b"<w:sectPr", b"<w:p/>" * empty + b"<w:sectPr", 1)
    return _rezip(path, members, zipfile.ZIP_STORED)
