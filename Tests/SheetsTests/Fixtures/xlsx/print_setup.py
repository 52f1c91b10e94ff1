"""Reads an XLSX file with openpyxl and prints, per sheet, its drop-down lists, page setup, print
titles and header/footer as JSON, for Tests/SheetsTests/PrintAndValidationTests.swift.

    python3 print_setup.py FILE.xlsx
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
result = {}
for sheet in book.worksheets:
    setup = sheet.page_setup
    result[sheet.title] = {
        "validations": [
            {
                "type": v.type,
                "errorStyle": v.errorStyle,
                "formula1": v.formula1,
                "sqref": str(v.sqref),
                "allowBlank": bool(v.allow_blank),
                "prompt": v.prompt,
            }
            for v in sheet.data_validations.dataValidation
        ],
        "orientation": setup.orientation,
        "paperSize": setup.paperSize,
        "fitToWidth": setup.fitToWidth,
        "fitToHeight": setup.fitToHeight,
        "fitToPage": bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
        "printTitleRows": sheet.print_title_rows,
        "oddHeader": [sheet.oddHeader.left.text, sheet.oddHeader.center.text, sheet.oddHeader.right.text],
        "oddFooter": [sheet.oddFooter.left.text, sheet.oddFooter.center.text, sheet.oddFooter.right.text],
        "columnFormats": {
            letter: dim.number_format for letter, dim in sheet.column_dimensions.items()
        },
    }
print(json.dumps(result, ensure_ascii=False))
