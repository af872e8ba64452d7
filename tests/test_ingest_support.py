"""Helpers shared by the ingest tests (no tests here): invented articles and PDF writers."""

from __future__ import annotations

import io
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ACTORGRAPH = REPO / ".venv" / "bin" / "actorgraph"

BODY = (
    "The Northern Alliance accused the Coastal Council of shelling the port city of Varna on"
    " Monday, a charge the council denied. Officials in the capital said talks would resume"
    " next week under the mediation of the regional bloc.\n\n"
    "Residents described a night of heavy fighting in the eastern districts, where militia"
    " forces loyal to the council have held positions since the spring offensive began."
)


def article(n: int, paragraphs: int = 3) -> str:
    """A distinct invented article (title line, then body paragraphs)."""
    paras = [
        f"Paragraph {p} of report {n}: the Northern Alliance and the Coastal Council traded"
        f" accusations over the shelling of district {n * 7 + p}, while envoy number {n}"
        " urged both sides to return to the negotiating table in the capital."
        for p in range(paragraphs)
    ]
    return f"Report {n}: fighting resumes near Varna\n\n" + "\n\n".join(paras) + "\n"


def _pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A minimal, valid one-page PDF whose text layer holds ``lines`` (Helvetica)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
    for line in lines:
        ops.append(f"({_pdf_escape(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def blank_pdf() -> bytes:
    """A PDF page with no text layer at all (what a scan without OCR looks like to us)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
