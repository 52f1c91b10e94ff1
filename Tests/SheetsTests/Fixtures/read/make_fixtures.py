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


# Offsets of the fields both headers state: (central record, local header).
FIELDS = {"flags": (8, 6), "method": (10, 8), "crc": (16, 14), "csize": (20, 18), "usize": (24, 22)}


def patch_entry(data, index, field, fmt, change):
    """Changes a field of entry `index` (0-based, directory order) in its central record and its
    local header alike, so that the two still agree (the reader refuses a disagreement)."""
    cd = data.find(b"PK\x01\x02")
    for _ in range(index):
        cd = data.find(b"PK\x01\x02", cd + 4)
    local = struct.unpack_from("<I", data, cd + 42)[0]
    central_offset, local_offset = FIELDS[field]
    value = change(struct.unpack_from(fmt, data, cd + central_offset)[0])
    struct.pack_into(fmt, data, cd + central_offset, value)
    struct.pack_into(fmt, data, local + local_offset, value)


# The same bomb declaring only 1000 bytes uncompressed (lying headers).
lying = bytearray(data)
patch_entry(lying, 0, "usize", "<I", lambda _: 1000)
open("bomb-lying.zip", "wb").write(lying)

# An entry flagged as encrypted.
enc = bytearray(open("sample.ods", "rb").read())
patch_entry(enc, 1, "flags", "<H", lambda flags: flags | 1)
open("encrypted.ods", "wb").write(enc)

# An unsupported method (12, bzip2) on content.xml.
meth = bytearray(open("sample.ods", "rb").read())
patch_entry(meth, 1, "method", "<H", lambda _: 12)
open("bzip2.ods", "wb").write(meth)

# ZIP64: the end record says 0xFFFF entries.
z64 = bytearray(open("sample.ods", "rb").read())
eocd = z64.rfind(b"PK\x05\x06")
struct.pack_into("<HH", z64, eocd + 8, 0xFFFF, 0xFFFF)
open("zip64.ods", "wb").write(z64)

# A corrupted CRC-32 on content.xml.
crc = bytearray(open("sample.ods", "rb").read())
patch_entry(crc, 1, "crc", "<I", lambda value: value ^ 1)
open("badcrc.ods", "wb").write(crc)

# Truncated: the first half of the file.
whole = open("sample.ods", "rb").read()
open("truncated.ods", "wb").write(whole[: len(whole) // 2])

def raw_zip(path, entries):
    """Writes a ZIP archive by hand. Each entry is a dict: name, method, data (as stored), crc,
    usize; optional local_name and local_method (a local header disagreeing with the directory),
    offset_of (the index of an earlier entry whose local header offset it reuses), at (the offset
    of a local header written inside an earlier entry's data: nothing is written for it)."""
    out = bytearray()
    offsets = []
    for entry in entries:
        if "offset_of" in entry:
            offsets.append(offsets[entry["offset_of"]])
            continue
        if "at" in entry:
            offsets.append(entry["at"])
            continue
        offsets.append(len(out))
        name = entry.get("local_name", entry["name"]).encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, entry.get("local_method", entry["method"]),
                           0, 0x21, entry["crc"], len(entry["data"]), entry["usize"], len(name), 0)
        out += name + entry["data"]
    directory = bytearray()
    for entry, offset in zip(entries, offsets):
        name = entry["name"].encode()
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, entry["method"], 0,
                                 0x21, entry["crc"], len(entry["data"]), entry["usize"], len(name), 0, 0,
                                 0, 0, 0, offset)
        directory += name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(out), 0)
    open(path, "wb").write(out + directory + end)


def deflated(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def stored_entry(name, data):
    return {"name": name, "method": 0, "data": data, "crc": zlib.crc32(data), "usize": len(data)}


def deflated_entry(name, data, padding=b""):
    return {"name": name, "method": 8, "data": deflated(data) + padding, "crc": zlib.crc32(data),
            "usize": len(data)}


MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

# The bomb with an overstated compressed size (random padding after the deflate stream, inside
# the entry), so the declared ratio looks fine and only the ratio check while inflating stops it.
import random
import zlib
random.seed(4)
raw_zip("bomb-padded.zip", [
    deflated_entry("content.xml", b"\0" * (20 * 1024 * 1024),
                   bytes(random.getrandbits(8) for _ in range(120 * 1024)))])

# Two entries named content.xml: FairPlan would read one, LibreOffice shows the other.
raw_zip("duplicate-content.ods", [
    stored_entry("mimetype", MIMETYPE), deflated_entry("content.xml", content.encode()),
    deflated_entry("content.xml", content.replace("Nguyễn Văn Ánh", "Trần Thị Bình").encode())])

# An entry whose local header and data lie inside another entry's data: each header agrees with
# its directory record, but the two entries share bytes.
styles = deflated_entry("styles.xml", b"<office:document-styles/>")
styles_bytes = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, styles["crc"],
                           len(styles["data"]), styles["usize"], len(b"styles.xml"), 0) + b"styles.xml" + styles["data"]
padding = b"<!-- padding -->"
outer = stored_entry("content.xml", padding + styles_bytes)
raw_zip("overlapping.ods", [
    stored_entry("mimetype", MIMETYPE), outer,
    dict(styles, at=(30 + len(b"mimetype") + len(MIMETYPE)) + 30 + len(b"content.xml") + len(padding))])

# The directory names content.xml, its local header another name.
raw_zip("renamed-local.ods", [
    stored_entry("mimetype", MIMETYPE),
    dict(deflated_entry("content.xml", content.encode()), local_name="contents.xml")])

# The directory says deflate, the local header stored.
raw_zip("method-mismatch.ods", [
    stored_entry("mimetype", MIMETYPE), dict(deflated_entry("content.xml", content.encode()), local_method=0)])

# Another ODF type (a presentation) under an .ods name.
with zipfile.ZipFile("slides.ods", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.presentation",
               compress_type=zipfile.ZIP_STORED)
    z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)

# No content.xml.
with zipfile.ZipFile("no-content.ods", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
               compress_type=zipfile.ZIP_STORED)
