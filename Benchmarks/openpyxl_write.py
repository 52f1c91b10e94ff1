"""The yardstick for XLSX writing in `fairplan-bench export`: openpyxl's write-only mode on the
same rows (https://openpyxl.readthedocs.io/en/stable/optimized.html).

    python3 openpyxl_write.py ROWS.csv OUT.xlsx

ROWS.csv is the attendee list `fairplan-bench` wrote as CSV (UTF-8 with a BOM; the header row,
then rows of: STT, name, position, organisation, province, birth date, registration
date (dd/mm/yyyy), members). The rows are parsed into Python values first, untimed; then a
write-only workbook gets the title, the header and every row, and is saved: that is timed.
Prints {"rows": N, "seconds": S} as JSON.
"""
import csv
import datetime
import json
import sys
import time

import openpyxl


def day(text):
    d, m, y = text.split("/")
    return datetime.date(int(y), int(m), int(d))


TITLE = "Danh sách đại biểu (dữ liệu thử nghiệm)"


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8-sig", newline="") as handle:
        records = csv.reader(handle)
        header = next(records)
        rows = [(int(r[0]), r[1], r[2], r[3], r[4], day(r[5]), day(r[6]), int(r[7])) for r in records]
    start = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Đại biểu")
    sheet.append([TITLE])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(target)
    seconds = time.perf_counter() - start
    json.dump({"rows": len(rows), "seconds": seconds}, sys.stdout)


if __name__ == "__main__":
    main()
