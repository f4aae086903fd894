"""Write the small PDFs that tests/test_read_pdf.py reads where a PDF cannot be read.

Each is written by hand here, object by object, so that no PDF library is needed
(and none becomes a dependency):

- ``image-only.pdf``: one page that draws a small grey image and holds no text, as a
  scan without OCR does;
- ``not-a-report.pdf``: one page of ordinary text, in a standard font, that is no
  annual report;
- ``encrypted.pdf``: the text page encrypted with the standard security handler
  (revision 2, RC4 40-bit) and the user password ``secret``, so that no reader can
  open it without the password.

Run it once from the repository root and commit the outputs::

    python scripts/make_pdf_fixtures.py
"""

from __future__ import annotations

import hashlib
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "pdf"

# The padding string of the standard security handler (PDF 1.7, 7.6.3.3).
PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
FILE_ID = bytes.fromhex("00112233445566778899aabbccddeeff")


def rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def pdf(objects: list[bytes], *, trailer: bytes = b"") -> bytes:
    """A PDF file of *objects* (numbered from 1; object 1 is the catalogue)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>] %s>>\n" % (
        len(objects) + 1,
        FILE_ID.hex().encode(),
        FILE_ID.hex().encode(),
        trailer,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def page_objects(content: bytes, resources: bytes, extra: list[bytes]) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + resources
        + b" /Contents 4 0 R >>",
        stream(content),
        *extra,
    ]


def image_only() -> bytes:
    # An 8 x 8 grey image, drawn 400 points wide: what a scanner gives, in miniature.
    pixels = bytes((x * 32 + y * 8) % 256 for y in range(8) for x in range(8))
    image = stream(
        pixels,
        b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 ",
    )
    content = b"q 400 0 0 566 97 138 cm /Im1 Do Q"
    return pdf(page_objects(content, b"<< /XObject << /Im1 5 0 R >> >>", [image]))


TEXT = (
    b"BT /F1 14 Tf 72 770 Td (Quarterly sales figures) Tj 0 -24 Td "
    b"(Region North: 120 units; Region South: 95 units.) Tj ET"
)
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def not_a_report() -> bytes:
    return pdf(page_objects(TEXT, b"<< /Font << /F1 5 0 R >> >>", [FONT]))


def encrypted() -> bytes:
    user, owner = b"secret", b"owner-secret"
    permissions = -4  # every permission bit set (PDF 1.7, table 22)
    owner_key = hashlib.md5((owner + PAD)[:32]).digest()[:5]
    o_entry = rc4(owner_key, (user + PAD)[:32])
    key = hashlib.md5(
        (user + PAD)[:32] + o_entry + struct.pack("<i", permissions) + FILE_ID
    ).digest()[:5]
    u_entry = rc4(key, PAD)

    def object_key(number: int) -> bytes:
        return hashlib.md5(key + struct.pack("<i", number)[:3] + b"\0\0").digest()[:10]

    objects = page_objects(TEXT, b"<< /Font << /F1 5 0 R >> >>", [FONT])
    # Only the content stream holds a string to hide (the font's names are not encrypted).
    objects[3] = stream(rc4(object_key(4), TEXT))
    objects.append(
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o_entry.hex().encode(), u_entry.hex().encode(), permissions)
    )
    return pdf(objects, trailer=b"/Encrypt %d 0 R " % len(objects))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in (
        ("image-only.pdf", image_only),
        ("not-a-report.pdf", not_a_report),
        ("encrypted.pdf", encrypted),
    ):
        data = make()
        (OUT / name).write_bytes(data)
        print(f"{OUT / name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
