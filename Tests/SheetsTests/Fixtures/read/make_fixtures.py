"""Builds the reader test fixtures once (python3 make_fixtures.py); the results are committed."""
import struct
import unicodedata
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')

BODY = """<office:body><office:spreadsheet>
<table:table table:name="Tổ chức">
<table:table-column table:number-columns-repeated="1024"/>
<table:table-row><table:table-cell office:value-type="string"><text:p>Họ và tên</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Số</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>Nguyễn Văn Ánh</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="3.25"><text:p>3,25</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="1E+20"/><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Dòng một</text:p><text:p>Dòng <text:span>hai</text:span></text:p></table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d <text:a>liên kết</text:a></text:p><office:annotation><text:p>ghi chú</text:p></office:annotation></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="string"><text:p>lặp</text:p></table:table-cell><table:table-cell/><table:table-cell office:value-type="boolean" office:boolean-value="true"/></table:table-row>
<table:table-row><table:table-cell office:value-type="date" office:date-value="2026-12-16"/><table:table-cell office:value-type="date" office:date-value="2026-12-16T08:30:15"/><table:table-cell office:value-type="time" office:time-value="PT1H30M0S"/><table:table-cell office:value-type="percentage" office:value="0.9"/><table:table-cell office:value-type="currency" office:currency="VND" office:value="150000"/><table:table-cell office:value-type="boolean" office:boolean-value="false"/></table:table-row>
<table:table-row table:number-rows-repeated="1048560"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table>
<table:table table:name="Trống"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>
</office:spreadsheet></office:body>"""

body = unicodedata.normalize("NFD", BODY)
fods = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document ' + NS +
        ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n' +
        body + '\n</office:document>\n')
open("sample.fods", "w", encoding="utf-8").write(fods)
content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ' + NS +
           ' office:version="1.3">\n' + body + '\n</office:document-content>\n')


def ods(path, content_xml, names=()):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content_xml, compress_type=zipfile.ZIP_DEFLATED)
        for name in names:
            z.writestr(name, "x", compress_type=zipfile.ZIP_DEFLATED)


ods("sample.ods", content)
ods("evil-dotdot.zip", "<a/>", ["../evil.txt"])
ods("evil-absolute.zip", "<a/>", ["/etc/evil.txt"])
ods("evil-backslash.zip", "<a/>", ["dir\\evil.txt"])
ods("four-entries.zip", "<a/>", ["a.txt", "b.txt"])

# A zip bomb: 20 MiB of zeros, about 20 KiB deflated, honestly declared.
with zipfile.ZipFile("bomb.zip", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("content.xml", b"\0" * (20 * 1024 * 1024))
data = bytearray(open("bomb.zip", "rb").read())


def patch_central(data, offset_in_entry, fmt, value):
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into(fmt, data, cd + offset_in_entry, value)


# The same bomb declaring only 1000 bytes uncompressed (lying header).
lying = bytearray(data)
patch_central(lying, 24, "<I", 1000)
open("bomb-lying.zip", "wb").write(lying)

# An entry flagged as encrypted.
enc = bytearray(open("sample.ods", "rb").read())
cd = enc.find(b"PK\x01\x02")
cd2 = enc.find(b"PK\x01\x02", cd + 4)
struct.pack_into("<H", enc, cd2 + 8, struct.unpack_from("<H", enc, cd2 + 8)[0] | 1)
open("encrypted.ods", "wb").write(enc)

# An unsupported method (12, bzip2) on content.xml.
meth = bytearray(open("sample.ods", "rb").read())
struct.pack_into("<H", meth, cd2 + 10, 12)
open("bzip2.ods", "wb").write(meth)

# ZIP64: the end record says 0xFFFF entries.
z64 = bytearray(open("sample.ods", "rb").read())
eocd = z64.rfind(b"PK\x05\x06")
struct.pack_into("<HH", z64, eocd + 8, 0xFFFF, 0xFFFF)
open("zip64.ods", "wb").write(z64)

# A corrupted CRC-32 on content.xml.
crc = bytearray(open("sample.ods", "rb").read())
struct.pack_into("<I", crc, cd2 + 16, struct.unpack_from("<I", crc, cd2 + 16)[0] ^ 1)
open("badcrc.ods", "wb").write(crc)

# Truncated: the first half of the file.
whole = open("sample.ods", "rb").read()
open("truncated.ods", "wb").write(whole[: len(whole) // 2])

# The bomb with an overstated compressed size (random padding follows it), so the declared
# ratio looks fine and only the ratio check while inflating stops it.
import random
random.seed(4)
with zipfile.ZipFile("bomb-padded.zip", "w") as z:
    z.writestr("content.xml", b"\0" * (20 * 1024 * 1024), compress_type=zipfile.ZIP_DEFLATED,
               compresslevel=9)
    z.writestr("pad.bin", bytes(random.getrandbits(8) for _ in range(120 * 1024)),
               compress_type=zipfile.ZIP_STORED)
padded = bytearray(open("bomb-padded.zip", "rb").read())
first = padded.find(b"PK\x01\x02")
struct.pack_into("<I", padded, first + 20, struct.unpack_from("<I", padded, first + 20)[0] + 100_000)
open("bomb-padded.zip", "wb").write(padded)

# Another ODF type (a presentation) under an .ods name.
with zipfile.ZipFile("slides.ods", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.presentation",
               compress_type=zipfile.ZIP_STORED)
    z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)

# No content.xml.
with zipfile.ZipFile("no-content.ods", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
               compress_type=zipfile.ZIP_STORED)
