#!/usr/bin/env bash
# Renders the README's pictures of the papers: the first page of each kind of paper
# (`fairplan documents KIND --format pdf`, then pdftoppm) from the demo's plans, into Docs/Images.
# Needs LibreOffice Writer (libreoffice-writer-nogui) and poppler-utils.
# Run from anywhere: bash Docs/make-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product fairplan >/dev/null
bin="$(swift build --show-bin-path)/fairplan"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" demo --output "$work/demo" >/dev/null
fair="$work/demo/hoi-cho.fairplan"
briefing="$work/demo/hoi-nghi.fairplan"
# As `fairplan serve --demo` does: publish the booth plan; shorten Sơn La's link test so the
# opening fits, timetable the briefing again and publish it.
"$bin" publish booths --plan "$fair" --note "Phương án gian hàng lần 1" >/dev/null
"$bin" edit point dc-son-la --link-test 30 --plan "$briefing" >/dev/null
"$bin" schedule sessions --plan "$briefing" --seed 7 --time-limit 5 --publish --note "Chương trình lần 1" >/dev/null

page() { # NAME PAGE: the PAGE-th page of $work/NAME.pdf as Docs/Images/giay-to-NAME.png
    pdftoppm -f "$2" -l "$2" -r 72 -png -singlefile "$work/$1.pdf" "Docs/Images/giay-to-$1"
}
paper() { # KIND PLAN [OPTIONS...]
    local kind="$1" plan="$2"
    shift 2
    "$bin" documents "$kind" --plan "$plan" --format pdf --out "$work/$kind.pdf" \
        --number "15/GM-LMHTX" --signer "Nguyễn Văn Mẫu" "$@" >/dev/null
}
paper lists "$fair" --list exhibitors
page lists 1
paper invitations "$briefing"
page invitations 1
paper badges "$briefing"
page badges 1
paper exhibitor-letters "$fair"
page exhibitor-letters 1
paper fascia "$fair"
page fascia 1
# A change notice: two exhibitors swap booths after publication.
read -r first second < <(python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("select party_id, count(*) from booth_assignment group by party_id order by min(booth_code)").fetchall()
by_size = {}
for party, size in rows:
    by_size.setdefault(size, []).append(party)
print(*next(parties[:2] for parties in by_size.values() if len(parties) > 1))' "$fair")
"$bin" confirm "$first" "$second" --plan "$fair" >/dev/null
"$bin" swap "$first" "$second" --plan "$fair" --force >/dev/null
paper notices "$fair" --draft
page notices 1
ls -l Docs/Images/giay-to-*.png
