"""Writes good.xlsx and bad.xlsx as Excel does: shared strings, date-formatted numbers,
plain numbers, booleans and a formula error. Run from this folder: python3 make_xlsx.py
(the files are committed; this script says how they were made)."""
import datetime
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def serial(text):
    day = datetime.date.fromisoformat(text)
    return (day - datetime.date(1899, 12, 30)).days


def col(i):
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def book(path, rows):
    strings = []
    sheet = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{col(c)}{r}"
            if value is None:
                continue
            kind, v = value if isinstance(value, tuple) else ("s", value)
            if kind == "s":
                if v not in strings:
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{strings.index(v)}</v></c>')
            elif kind == "n":
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif kind == "date":
                cells.append(f'<c r="{ref}" s="1"><v>{serial(v)}</v></c>')
            elif kind == "datetime":
                day, hours = v
                cells.append(f'<c r="{ref}" s="2"><v>{serial(day) + hours / 24}</v></c>')
            elif kind == "b":
                cells.append(f'<c r="{ref}" t="b"><v>{1 if v else 0}</v></c>')
            elif kind == "e":
                cells.append(f'<c r="{ref}" t="e"><f>1/0</f><v>{v}</v></c>')
        sheet.append(f'<row r="{r}">{"".join(cells)}</row>')
    sst = "".join(f"<si><t>{esc(s)}</t></si>" for s in strings)
    parts = {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        f'<sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        f"</Relationships>",
        "xl/styles.xml": f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts>'
        f'<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        f'<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        f'<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
        f'<xf numFmtId="22" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(sheet)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 12, 1, 0, 0, 0)), text)


HEADER = [
    "meta.title",
    "subject.kind",
    "Subject: Name",
    "主体负责人：手机号码",
    "websites[0].domain",
    "websites[0].registration.expires",
    "websites[0].registration.real_name_verified",
    "access.service_codes_used",
    "progress.sms_requested",
]

book(
    "good.xlsx",
    [
        HEADER,
        ["张三的博客", "individual", "张三", ("n", 13800138000), "zhangsan.cn",
         ("date", "2027-05-01"), ("b", True), ("n", 0), ("datetime", ("2026-11-24", 16))],
        [],
        ["Example Ltd", "enterprise", "北京星河科技有限公司", "13900139000", "xinghe-tech.cn",
         "2027-06-30", "否", ("n", 2), "2026-11-24 17:30"],
    ],
)

book(
    "bad.xlsx",
    [
        HEADER,
        ["王五", "individual", "王五", ("n", 110105194912310020), "wangwu.cn",
         "2027-13-01", ("b", False), ("n", 1.5), ("date", "2026-11-24")],
        ["赵六", "individual", "赵六", "13800138000", "zhaoliu.cn",
         ("date", "2027-05-01"), ("b", True), ("e", "#DIV/0!"), None],
    ],
)
