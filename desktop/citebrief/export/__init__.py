"""Brief -> files a reader can check: Markdown, HTML, DOCX (no Qt) and PDF (QtGui only)."""
