"""Builds the XLSX reader fixtures (run once from this folder; the results are committed).

    python3 -m pip install --quiet openpyxl
    python3 make_fixtures.py

- openpyxl.xlsx: written by openpyxl (inline-free: openpyxl writes shared strings), with dates,
  date-times, times, percentages, text with leading zeros, a gap in a row and an empty row.
- libreoffice.xlsx: libreoffice.fods (below) converted by LibreOffice
  (soffice --headless --convert-to xlsx), as a user saving from Calc makes it.
- excel.xlsx: the parts Excel itself writes, built by hand (Excel cannot run here): shared
  strings with a rich-text run and a phonetic run, styles with the built-in date formats 14 and
  22 and a custom one, date1904, a formula with a string result, an error, a boolean, numbers
  stored as text, rows that skip numbers and cells that skip columns. See README.md.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))


def make_openpyxl():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tổ chức"
    sheet.append(["Tên tổ chức", "Mã số HTX", "Số thành viên", "Tỷ lệ", "Ngày thành lập",
                  "Đăng ký lúc", "Giờ", "Xác nhận"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.append(["Hợp tác xã Nông nghiệp Tân Hòa", "0305100001", 12, 0.9,
                  datetime.date(2019, 3, 15), datetime.datetime(2026, 10, 1, 8, 30),
                  datetime.time(13, 45), True])
    sheet.append(["HTX Chè Suối Giàng", "5300100002", 9, 0.125,
                  datetime.date(1999, 12, 31), datetime.datetime(2026, 10, 2, 17, 5, 30),
                  datetime.time(7, 0), False])
    sheet["B2"].number_format = "@"
    sheet["B3"].number_format = "@"
    sheet["E2"].number_format = "dd/mm/yyyy"
    sheet["E3"].number_format = "dd/mm/yyyy"
    sheet["F2"].number_format = "dd/mm/yyyy hh:mm"
    sheet["F3"].number_format = "dd/mm/yyyy hh:mm:ss"
    sheet["G2"].number_format = "hh:mm"
    sheet["G3"].number_format = "hh:mm"
    sheet["D2"].number_format = "0%"
    sheet["D3"].number_format = "0.00%"
    # Row 4 left empty; row 5 has a gap (B, C, D empty).
    sheet["A5"] = "Liên minh HTX tỉnh Lào Cai"
    sheet["E5"] = 3.25
    second = book.create_sheet("Đại biểu")
    second.append(["Họ và tên", "Điện thoại"])
    second.append(["Lò Thị Mai", "0912345678"])
    book.save(os.path.join(HERE, "openpyxl.xlsx"))


FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="N2"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
 <number:time-style style:name="N3"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
 <number:percentage-style style:name="N4"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="ce3" style:family="table-cell" style:data-style-name="N3"/>
 <style:style style:name="ce4" style:family="table-cell" style:data-style-name="N4"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Sản phẩm">
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>Tên sản phẩm</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Mã số HTX</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Hạng sao</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Ngày quyết định</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Khai mạc</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Giờ</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Tỷ lệ</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Tươi sống</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>Gạo Séng Cù Tân Hòa</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>0305100001</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="4"><text:p>4</text:p></table:table-cell>
 <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2025-03-15"><text:p>15/03/2025</text:p></table:table-cell>
 <table:table-cell table:style-name="ce2" office:value-type="date" office:date-value="2026-12-10T08:00:00"><text:p>10/12/2026 08:00</text:p></table:table-cell>
 <table:table-cell table:style-name="ce3" office:value-type="time" office:time-value="PT13H30M00S"><text:p>13:30</text:p></table:table-cell>
 <table:table-cell table:style-name="ce4" office:value-type="percentage" office:value="0.125"><text:p>12.5%</text:p></table:table-cell>
 <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
</table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="8"/></table:table-row>
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>Chè Shan tuyết</text:p><text:p>Suối Giàng</text:p></table:table-cell>
 <table:table-cell table:number-columns-repeated="2"/>
 <table:table-cell office:value-type="float" office:value="-2.5"><text:p>-2.5</text:p></table:table-cell>
</table:table-row>
</table:table>
<table:table table:name="Ghi chú"><table:table-row><table:table-cell office:value-type="string"><text:p>Dữ liệu thử nghiệm</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
"""


def make_libreoffice():
    source = os.path.join(HERE, "libreoffice.fods")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write(FODS)
    work = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + work + "/profile", "--headless",
                        "--convert-to", "xlsx", "--outdir", work, source], check=True,
                       stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "libreoffice.xlsx"), os.path.join(HERE, "libreoffice.xlsx"))
    finally:
        shutil.rmtree(work)


EXCEL_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

EXCEL_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""

EXCEL_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Đại biểu</vt:lpstr><vt:lpstr>Trống</vt:lpstr></vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"""

EXCEL_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Liên minh HTX</dc:creator><cp:lastModifiedBy>Liên minh HTX</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T02:15:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-21T09:40:12Z</dcterms:modified></cp:coreProperties>"""

# Sheets listed in an order different from their part numbers, as after moving a tab in Excel.
EXCEL_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr date1904="1" defaultThemeVersion="202300"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\lienminh\\Documents\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="8_{6B1F2A43-0C1B-4C49-9E1E-3A5F0C3B7D21}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" xr2:uid="{A1B2C3D4-0000-4000-8000-000000000001}"/></bookViews><sheets><sheet name="Đại biểu" sheetId="2" r:id="rId2"/><sheet name="Trống" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>"""

EXCEL_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""

EXCEL_THEME = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1><a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4><a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Aptos Narrow"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"""

# cellXfs: 0 General, 1 built-in 14 (m/d/yyyy), 2 built-in 22 (m/d/yyyy h:mm), 3 custom 164
# dd/mm/yyyy with a locale, 4 text @ (49), 5 built-in 20 (h:mm), 6 built-in 10 (0.00%),
# 7 a number format with quoted letters (not a date), 8 custom 165 [h]:mm:ss.
EXCEL_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><numFmts count="3"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="#,##0\\ &quot;đ&quot;;[Red]\\-#,##0\\ &quot;đ&quot;"/></numFmts><fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>"""

# Shared strings: 0-7 plain, 8 a rich-text string of two runs, 9 a string with a phonetic run
# (skipped), 10 text with a line break and Excel's _x000D_ escape, 11 leading/trailing spaces.
EXCEL_SHARED = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="14" uniqueCount="12"><si><t>Họ và tên</t></si><si><t>Điện thoại</t></si><si><t>Ngày sinh</t></si><si><t>Đăng ký lúc</t></si><si><t>Ghi chú</t></si><si><t>Lò Thị Mai</t></si><si><t>0912345678</t></si><si><t>Nguyễn Văn An</t></si><si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></rPr><t>Hợp tác xã</t></r><r><rPr><sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve"> Tân Hòa</t></r></si><si><t>Trưởng đoàn</t><rPh sb="0" eb="1"><t>phonetic</t></rPh><phoneticPr fontId="1"/></si><si><t>Dòng 1_x000D_
Dòng 2</t></si><si><t xml:space="preserve">  cách  </t></si></sst>"""

# Row 1 headers; row 2 a delegate; row 3 skipped; row 5 with gaps (B, D empty), cells in
# reverse order, a formula string result, a boolean, an error; row 7 numbers stored as text and
# numbers; row 1048576 far down. Dates in the 1904 system: 33969 = 1997-01-01, 44927.75 =
# 2027-01-02 18:00; 0.5625 = 13:30 (built-in 20); 1.5 = 36:00:00 ([h]:mm:ss).
EXCEL_SHEET2 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{0B1E3C52-7A3D-4E0E-9C52-2C4F1B0D9E01}"><dimension ref="A1:G1048576"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="28.7109375" bestFit="1" customWidth="1"/><col min="2" max="2" width="14.42578125" style="4" customWidth="1"/></cols><sheetData><row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1" s="7" t="s"><v>0</v></c><c r="B1" s="7" t="s"><v>1</v></c><c r="C1" s="7" t="s"><v>2</v></c><c r="D1" s="7" t="s"><v>3</v></c><c r="E1" s="7" t="s"><v>4</v></c></row><row r="2" spans="1:5" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>5</v></c><c r="B2" s="4" t="s"><v>6</v></c><c r="C2" s="1"><v>33969</v></c><c r="D2" s="2"><v>44927.75</v></c><c r="E2" t="s"><v>9</v></c></row><row r="3" spans="1:5" x14ac:dyDescent="0.25"><c r="B3" s="4"/></row><row r="5" spans="1:7" x14ac:dyDescent="0.25"><c r="E5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C5" t="s"><v>8</v></c><c r="A5" t="str"><f>UPPER("htx")</f><v>HTX</v></c><c r="F5" t="b"><v>1</v></c><c r="G5" s="3"><v>32874</v></c></row><row r="7" spans="1:7" x14ac:dyDescent="0.25"><c r="A7" t="s"><v>10</v></c><c r="B7" s="4" t="s"><v>6</v></c><c r="C7" s="5"><v>0.5625</v></c><c r="D7" s="6"><v>0.125</v></c><c r="E7" s="8"><v>1.5</v></c><c r="F7" s="7"><v>150000</v></c><c r="G7" t="s"><v>11</v></c></row><row r="1048576" spans="1:1" x14ac:dyDescent="0.25"><c r="A1048576"><v>-0.25</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"""

EXCEL_SHEET1 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{5C0F5A7E-9B7D-4F7B-8E2A-6E8B2A9C1D02}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"""


def make_excel():
    parts = [
        ("[Content_Types].xml", EXCEL_CONTENT_TYPES),
        ("_rels/.rels", EXCEL_ROOT_RELS),
        ("docProps/app.xml", EXCEL_APP),
        ("docProps/core.xml", EXCEL_CORE),
        ("xl/workbook.xml", EXCEL_WORKBOOK),
        ("xl/_rels/workbook.xml.rels", EXCEL_WORKBOOK_RELS),
        ("xl/theme/theme1.xml", EXCEL_THEME),
        ("xl/worksheets/sheet1.xml", EXCEL_SHEET1),
        ("xl/worksheets/sheet2.xml", EXCEL_SHEET2),
        ("xl/styles.xml", EXCEL_STYLES),
        ("xl/sharedStrings.xml", EXCEL_SHARED),
    ]
    with zipfile.ZipFile(os.path.join(HERE, "excel.xlsx"), "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 21, 9, 40, 12))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.replace("\r\n", "\n").encode("utf-8"))


if __name__ == "__main__":
    make_openpyxl()
    make_libreoffice()
    make_excel()
