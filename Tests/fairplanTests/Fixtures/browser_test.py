#!/usr/bin/env python3
"""End-to-end test of FairPlan's web portal in a real browser (issue 16).

Driven by Tests/fairplanTests/BrowserTests.swift, which makes a plan, a staff account and starts
`fairplan serve`; this script then works through the portal as people would, in headless
Chromium (Debian's `chromium` and `chromium-driver`) through Selenium:

1. a cooperative registers through the form (checks it first, then sends it) and keeps its
   private link;
2. a provincial alliance downloads the Excel template from the portal, fills it (openpyxl, as
   Excel would save it) and uploads it, reads the findings and confirms;
3. staff sign in, filter the registrations, confirm both parties, allocate the booths and
   publish the plan;
4. each cooperative opens its private link, sees its booths, follows the link to its exhibitor
   page and sees the same booths marked on the floor plan.

Screenshots of every step go to the folder given (kept under Exports/browser by the test).
Any failed check raises, so the script exits non-zero with the reason on standard error.

Usage: browser_test.py BASE_URL SITE STAFF_NAME PASSWORD_FILE WORK_FOLDER SCREENSHOT_FOLDER
"""

import datetime
import json
import os
import re
import sys
import time
import urllib.request

import openpyxl
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

BASE, SITE, STAFF, PASSWORD_FILE, WORK, SHOTS = sys.argv[1:7]
with open(PASSWORD_FILE, encoding="utf-8") as handle:
    PASSWORD = handle.readline().rstrip("\r\n")

# Fictitious cooperatives (no real names or registration codes).
FORM_PARTY = "HTX Chè Mường Chiên"
FORM_ORGANISATION = "Hợp tác xã Nông nghiệp Mường Chiên"
UPLOAD_PARTY = "HTX Mận Nà Ngần"
UPLOAD_ORGANISATION = "Hợp tác xã Dịch vụ Mận Nà Ngần"

results = {"steps": []}


def step(name):
    """Records a step and keeps a screenshot of the page as it is."""
    index = len(results["steps"]) + 1
    path = os.path.join(SHOTS, f"{index:02d}-{name}.png")
    driver.save_screenshot(path)
    results["steps"].append({"step": name, "url": driver.current_url, "screenshot": path})


def check(condition, message):
    if not condition:
        raise AssertionError(f"{message} (at {driver.current_url})\n--- page text ---\n{body_text()[:3000]}")


def body_text():
    return driver.find_element(By.TAG_NAME, "body").text


def open_page(path):
    driver.get(BASE + path)
    check("Lỗi máy chủ" not in body_text(), f"server error on {path}")


def fill(name, value):
    element = driver.find_element(By.NAME, name)
    if element.tag_name == "select":
        Select(element).select_by_visible_text(value)
    elif element.get_attribute("type") == "date":
        # Date inputs take keys in the browser's locale; set the ISO value as a picker would.
        driver.execute_script("arguments[0].value = arguments[1];", element, value)
    else:
        element.clear()
        element.send_keys(value)


def wait_for_server():
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{BASE}/{SITE}/dang-ky", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"the portal at {BASE} did not answer within 120 s")
        time.sleep(0.2)


def register_through_form():
    open_page(f"/{SITE}/dang-ky")
    check("Đăng ký tham gia" in driver.title or "Đăng ký" in body_text(), "the form page has no title")
    fill("o.organisationName", FORM_ORGANISATION)
    fill("o.organisationKind", "Hợp tác xã")
    fill("o.organisationCode", "5500461234")
    fill("o.organisationProvince", "Sơn La")
    fill("o.organisationAddress", "Bản Mường Chiên, xã Mường Chiên")
    fill("o.organisationMembers", "18")
    fill("o.contactName", "Lò Văn Khiêm")
    fill("o.contactPhone", "0912 400 511")
    fill("p0.productName", "Chè shan tuyết Mường Chiên")
    fill("p0.productSet", "Chè tươi, chế biến")
    fill("p0.stars", "4")
    fill("p0.decisionNumber", "512/QĐ-UBND")
    fill("p0.decisionDate", "2025-06-12")
    fill("p0.issuingBody", "UBND tỉnh Sơn La")
    fill("d0.honorific", "ông")
    fill("d0.fullName", "Lò Văn Khiêm")
    fill("d0.position", "Giám đốc")
    fill("d0.delegatePhone", "0912 400 511")
    fill("b.partyName", FORM_PARTY)
    fill("b.boothsWanted", "2")
    fill("b.needsWater", "Có")
    step("form-filled")
    # Check only: nothing is registered yet, the findings (if any) show beside the fields.
    driver.find_element(By.CSS_SELECTOR, "button[name='hanh-dong'][value='kiem-tra']").click()
    step("form-checked")
    check(driver.find_element(By.NAME, "o.organisationName").get_attribute("value") == FORM_ORGANISATION,
          "the checked form lost what was typed")
    errors = driver.find_elements(By.CSS_SELECTOR, ".finding.error")
    check(not errors, "the form shows errors: " + "; ".join(e.text for e in errors))
    driver.find_element(By.CSS_SELECTOR, "button[name='hanh-dong'][value='gui']").click()
    step("form-registered")
    text = body_text()
    check(FORM_ORGANISATION in text, "the submission page does not name the organisation")
    # The private link is written in full, to copy or send as is.
    link = driver.find_element(By.CSS_SELECTOR, ".private-link").text.strip()
    check(re.fullmatch(re.escape(BASE) + f"/{SITE}/dang-ky/[A-Za-z0-9_-]{{43}}", link), f"no private link: {link!r}")
    check(driver.current_url == link, "the submission page is not at its private link")
    return link


def register_through_upload():
    template = os.path.join(WORK, "mau-dang-ky.xlsx")
    urllib.request.urlretrieve(f"{BASE}/{SITE}/mau-dang-ky.xlsx", template)
    book = openpyxl.load_workbook(template)
    check(len(book["Tổ chức"].data_validations.dataValidation) > 0, "the template has no drop-downs")

    def put(sheet, values):
        rows = book[sheet]
        headers = [cell.value for cell in rows[2]]
        for header, value in values.items():
            column = next(i for i, h in enumerate(headers) if h and h.rstrip(" *") == header) + 1
            rows.cell(row=3, column=column, value=value)

    put("Tổ chức", {
        "STT": 1, "Tên tổ chức": UPLOAD_ORGANISATION, "Loại hình": "Hợp tác xã",
        "Mã số HTX/MST": "5500472345", "Tỉnh/thành phố": "Sơn La", "Số thành viên": 11,
        "Người liên hệ": "Cầm Thị Hoa", "Điện thoại": "0987 120 334",
    })
    put("Sản phẩm", {
        "STT": 1, "Tên sản phẩm": "Mận hậu sấy dẻo Nà Ngần", "Chủ thể": "5500472345",
        "Bộ sản phẩm OCOP": "Chế biến từ rau, củ, quả, hạt", "Số sao": 3,
        "Số quyết định": "233/QĐ-UBND", "Ngày quyết định": datetime.date(2025, 8, 20), "Cơ quan công nhận": "UBND tỉnh Sơn La",
    })
    put("Đại biểu", {
        "STT": 1, "Danh xưng": "bà", "Họ và tên": "Cầm Thị Hoa", "Chức vụ": "Phó Giám đốc",
        "Tổ chức": "5500472345", "Điện thoại": "0987 120 334",
    })
    put("Đăng ký gian hàng", {
        "STT": 1, "Đơn vị trưng bày (tên trên bảng tên)": UPLOAD_PARTY, "Tổ chức": "5500472345",
        "Số gian": 1, "Cần kho lạnh": "Có",
    })
    filled = os.path.join(WORK, "dang-ky-na-ngan.xlsx")
    book.save(filled)

    open_page(f"/{SITE}/dang-ky")
    driver.find_element(By.ID, "tep").send_keys(filled)
    step("upload-chosen")
    driver.find_element(By.ID, "tep").find_element(By.XPATH, "ancestor::form").submit()
    step("upload-checked")
    text = body_text()
    check("dang-ky-na-ngan.xlsx" in text, "the check does not name the uploaded file")
    check(not driver.find_elements(By.CSS_SELECTOR, "td.finding.error"), "the upload shows errors")
    driver.find_element(By.CSS_SELECTOR, "form input[name='ma']").find_element(By.XPATH, "ancestor::form").submit()
    step("upload-registered")
    check(UPLOAD_ORGANISATION in body_text(), "the submission page does not name the uploaded organisation")
    link = driver.find_element(By.CSS_SELECTOR, ".private-link").text.strip()
    check(re.fullmatch(re.escape(BASE) + f"/{SITE}/dang-ky/[A-Za-z0-9_-]{{43}}", link), f"no private link: {link!r}")
    return link


def staff_plan():
    open_page(f"/{SITE}/quan-ly")
    check("/quan-ly/dang-nhap" in driver.current_url, "the console opened without signing in")
    fill("ten", STAFF)
    fill("mat-khau", PASSWORD)
    step("signin")
    driver.find_element(By.ID, "mat-khau").submit()
    check("/quan-ly/dang-nhap" not in driver.current_url, "signing in failed")
    step("console")
    text = body_text()
    check(FORM_PARTY in text and UPLOAD_PARTY in text, "the console does not list both registrations")
    # Filter by text: only the uploaded party is left.
    fill("tim", "Nà Ngần")
    driver.find_element(By.ID, "tim").submit()
    step("console-filtered")
    rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
    check(len(rows) == 1 and UPLOAD_PARTY in rows[0].text, f"the filter left {len(rows)} rows")
    open_page(f"/{SITE}/quan-ly")
    for party in (FORM_PARTY, UPLOAD_PARTY):
        row = next(r for r in driver.find_elements(By.CSS_SELECTOR, "tbody tr") if party in r.text)
        row.find_element(By.XPATH, ".//form[contains(@action, '/xac-nhan')]").submit()
        check(party in body_text(), f"confirming {party} lost the page")
    step("console-confirmed")
    driver.find_element(By.XPATH, "//form[contains(@action, '/xep-gian')]").submit()
    # The allocation runs in the background; its progress page loads itself again (no script)
    # until the run ends.
    for _ in range(600):
        if "/tien-trinh" in driver.current_url and not driver.find_elements(
            By.CSS_SELECTOR, "meta[http-equiv='refresh']"
        ):
            break
        time.sleep(0.1)
    check(driver.find_elements(By.CSS_SELECTOR, ".banner.info"), "the allocation did not finish")
    open_page(f"/{SITE}/quan-ly")
    step("console-allocated")
    # The booth plan's publication (the programme's is `/cong-bo-lich`).
    driver.find_element(By.XPATH, "//form[contains(@action, '/quan-ly/cong-bo') and not(contains(@action, 'cong-bo-lich'))]").submit()
    step("console-published")
    banner = driver.find_elements(By.CSS_SELECTOR, ".banner")
    check(banner, "no banner after publishing")
    results["published"] = banner[0].text


def sees_booths(link, party, name):
    driver.get(link)
    text = body_text()
    match = re.search(r"Gian được xếp: ([^\n]+)", text)
    check(match, f"{party}'s private link shows no booths")
    booths = [b.strip() for b in match.group(1).split(",")]
    step(f"{name}-status")
    driver.find_element(By.XPATH, "//a[contains(@href, '/gian-hang/')]").click()
    step(f"{name}-exhibitor")
    text = body_text()
    check(party in text, f"the exhibitor page does not name {party}")
    shown = [a.text.strip() for a in driver.find_elements(By.CSS_SELECTOR, "dd a.booth")]
    check(sorted(shown) == sorted(booths), f"the exhibitor page shows booths {shown}, the link said {booths}")
    plan = driver.find_element(By.CSS_SELECTOR, "p.plan img")
    check(plan.is_displayed() and driver.execute_script("return arguments[0].naturalWidth;", plan) > 0,
          "the floor plan does not load on the exhibitor page")
    # The floor plan itself, opened in the browser: the party's booths are the highlighted ones.
    driver.get(plan.get_attribute("src"))
    marked = sorted(g.get_attribute("data-code") for g in driver.find_elements(By.CSS_SELECTOR, "g.booth.highlighted"))
    step(f"{name}-floor-plan")
    check(marked == sorted(booths), f"the floor plan marks {marked}, the party holds {booths}")
    results[name] = {"booths": booths, "marked": marked}
    return booths


wait_for_server()
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600",
                 "--lang=vi"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    form_link = register_through_form()
    upload_link = register_through_upload()
    staff_plan()
    form_booths = sees_booths(form_link, FORM_PARTY, "form")
    upload_booths = sees_booths(upload_link, UPLOAD_PARTY, "upload")
    check(len(form_booths) == 2 and len(upload_booths) == 1, f"booths: {form_booths} {upload_booths}")
    check(not set(form_booths) & set(upload_booths), "two parties share a booth")
    print(json.dumps(results, ensure_ascii=False))
finally:
    driver.quit()
