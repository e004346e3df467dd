"""Shared helpers for generate.py / verify.py (ask29). Deterministic output only."""
import io, os, re, zipfile, math, random
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
TRUTH = os.path.join(HERE, "truth")
FIXED_ZIP_TIME = (2025, 12, 31, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def fmt(x, dec=None):
    """Indonesian number format: 1.250.000 / 87,5"""
    if isinstance(x, Decimal):
        x = float(x)
    neg = x < 0
    x = abs(x)
    if dec is None:
        if float(x).is_integer():
            dec = 0
        else:
            s = ("%.4f" % x).rstrip("0").rstrip(".")
            dec = len(s.split(".")[1]) if "." in s else 0
    s = ("%." + str(dec) + "f") % x
    ip, _, dp = s.partition(".")
    ip = "{:,}".format(int(ip)).replace(",", ".")
    out = ip + ("," + dp if dec else "")
    return ("-" if neg else "") + out


def parse_id(s):
    """Parse an Indonesian-formatted figure to Decimal."""
    s = s.strip().replace("Rp", "").replace(" ", "")
    s = s.replace(".", "").replace(",", ".")
    return Decimal(s)


def accept_forms(ans):
    forms = set()
    plain = ans.replace(".", "")
    if plain != ans:
        forms.add(plain)
    if "," in ans:
        forms.add(plain.replace(",", "."))
        # trailing zero variants: 71,20 -> 71,2
        ip, dp = ans.split(",")
        if dp.endswith("0"):
            short = dp.rstrip("0")
            forms.add(ip + ("," + short if short else ""))
            forms.add(ip.replace(".", "") + ("." + short if short else ""))
    forms.discard(ans)
    return sorted(forms)


def has_figure(text, fig):
    """True if figure occurs in text as a whole number token."""
    pat = r"(?<![\d])(?<![\d][.,])" + re.escape(fig) + r"(?![\d])(?![.,]\d)"
    return re.search(pat, text) is not None


def normalize_zip(path, core_time="2025-12-31T08:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps so the output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_time + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_time + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- text extraction (verify)
def pdf_pages(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return [(p.extract_text() or "") for p in r.pages]


def xlsx_cell_text(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        out = [fmt(v), repr(v)]
        if isinstance(v, float):
            out.append(fmt(v, 2))
        return " ".join(out)
    return str(v)


def xlsx_sheets(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        lines = []
        for row in ws.iter_rows(values_only=True):
            lines.append(" | ".join(xlsx_cell_text(v) for v in row))
        out.append("\n".join(lines))
    return out


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def file_pages(path):
    """List of page texts (1-based page = index+1). Scans use the truth text."""
    ext = path.rsplit(".", 1)[-1].lower()
    base = os.path.basename(path)
    if ext == "pdf":
        pages = pdf_pages(path)
        tp = os.path.join(TRUTH, "scans", base + ".txt")
        if os.path.exists(tp):  # image-only PDF: truth text
            return [open(tp, encoding="utf-8").read()]
        return pages
    if ext in ("jpg", "jpeg", "png"):
        return [open(os.path.join(TRUTH, "scans", base + ".txt"), encoding="utf-8").read()]
    if ext == "xlsx":
        return xlsx_sheets(path)
    if ext == "csv":
        return [open(path, encoding="utf-8-sig").read()]
    if ext == "docx":
        return [docx_text(path)]
    raise ValueError(path)
