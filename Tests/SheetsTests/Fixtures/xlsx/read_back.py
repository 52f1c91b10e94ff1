"""Reads a spreadsheet with another program and prints its cells as JSON, for the conformance
tests (Tests/SheetsTests/XLSXConformanceTests.swift).

    python3 read_back.py openpyxl FILE.xlsx
    python3 read_back.py pandas FILE.xlsx|FILE.ods

Prints {"names": [sheet names in order], "rows": [[[cell, ...], ...] per sheet]}: the rows that
hold a value, each up to its last value, as FairPlan's readers give them. A cell is a string:
"null", "b:true"/"b:false", "n:<repr>", "s:<text>", "dt:<ISO 8601 date and time>",
"t:<hh:mm:ss>" (a time of day) or "sec:<seconds>" (a duration).
"""
import datetime
import json
import math
import sys


def encode(value):
    if value is None:
        return "null"
    if isinstance(value, float) and math.isnan(value):
        return "null"
    if isinstance(value, bool):
        return "b:true" if value else "b:false"
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item() if not hasattr(value, "to_pydatetime") else value.to_pydatetime()
    if isinstance(value, bool):
        return "b:true" if value else "b:false"
    if isinstance(value, (int, float)):
        return "n:" + repr(value)
    if isinstance(value, str):
        return "null" if value == "" else "s:" + value
    if isinstance(value, datetime.datetime):
        return "dt:" + value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, datetime.date):
        return "dt:" + value.isoformat() + "T00:00:00"
    if isinstance(value, datetime.time):
        return "t:" + value.isoformat(timespec="seconds")
    if isinstance(value, datetime.timedelta):
        return "sec:" + str(int(round(value.total_seconds())))
    return "?:" + repr(value)


def trimmed(rows):
    result = []
    for row in rows:
        cells = [encode(value) for value in row]
        while cells and cells[-1] == "null":
            cells.pop()
        if cells:
            result.append(cells)
    return result


def with_openpyxl(path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    return [(sheet.title, trimmed(sheet.iter_rows(values_only=True))) for sheet in book.worksheets]


def with_pandas(path):
    import pandas
    frames = pandas.read_excel(path, sheet_name=None, header=None)
    return [(name, trimmed(frame.itertuples(index=False, name=None))) for name, frame in frames.items()]


def main():
    reader, path = sys.argv[1], sys.argv[2]
    sheets = with_openpyxl(path) if reader == "openpyxl" else with_pandas(path)
    json.dump({"names": [name for name, _ in sheets], "rows": [rows for _, rows in sheets]},
              sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
