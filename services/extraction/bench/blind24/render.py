"""Page renderer shared by generate.py: draws text on a 300 dpi A4 greyscale page and
records the truth (one line per printed line) and the tables exactly as drawn."""
import re
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif-b": "DejaVuSerif-Bold.ttf", "serif-i": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifc-b": "DejaVuSerifCondensed-Bold.ttf", "serifc-i": "DejaVuSerifCondensed-Italic.ttf",
    "sans": "DejaVuSans.ttf", "sans-b": "DejaVuSans-Bold.ttf", "sans-i": "DejaVuSans-Oblique.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sansc-b": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
}
_cache = {}


def font(name, pt):
    key = (name, pt)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FD + FONTS[name], int(round(pt * DPI / 72)))
    return _cache[key]


def mm(v):
    return int(round(v * DPI / 25.4))


def pt(v):
    return v * DPI / 72


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def fmt(n):
    """Indonesian thousands format; negatives in parentheses (accounting style)."""
    s = f"{abs(int(n)):,}".replace(",", ".")
    return f"({s})" if n < 0 else s


class Page:
    def __init__(self):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []   # truth lines
        self.boxes = []   # bbox per truth line (px)
        self.tables = []
        self.anchor = None  # where stamp/signature go (px x, y)

    # ---- primitives -------------------------------------------------
    def _draw(self, x, y, s, f, align="l"):
        a = {"l": "la", "r": "ra", "c": "ma"}[align]
        self.d.text((x, y), s, font=f, fill=0, anchor=a)
        return self.d.textbbox((x, y), s, font=f, anchor=a)

    def _add(self, text, box):
        text = norm(text)
        if text:
            self.lines.append(text)
            self.boxes.append([int(v) for v in box])

    def line(self, y, pieces, lead=None):
        """pieces: list of (x_px, text, font, align). One printed line -> one truth line."""
        boxes = []
        texts = []
        for x, s, f, al in sorted(pieces, key=lambda p: self._left(p)):
            if not s:
                continue
            boxes.append(self._draw(x, y, s, f, al))
            texts.append(s)
        if boxes:
            self._add(" ".join(texts), _union(boxes))
        f0 = pieces[0][2]
        return y + (lead if lead else f0.size * 1.4)

    def _left(self, p):
        x, s, f, al = p
        w = f.getlength(s)
        return x - (w if al == "r" else w / 2 if al == "c" else 0)

    def center(self, y, s, f, lead=None, x0=0, x1=W):
        return self.line(y, [((x0 + x1) / 2, s, f, "c")], lead)

    def wrap(self, s, f, width):
        words = s.split()
        out, cur = [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if f.getlength(t) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, width, s, f, lead=None, justify=False, first_indent=0, label=None, label_w=0):
        """Wrapped paragraph. label (e.g. '1.') is printed at x and text at x+label_w."""
        lead = lead or f.size * 1.45
        tx = x + label_w
        lines = self.wrap(s, f, width - label_w - first_indent)
        # rewrap remaining lines at full width if there is a first-line indent
        if first_indent:
            first = lines[0]
            rest = self.wrap(s[len(first):].strip(), f, width - label_w)
            lines = [first] + rest
        for i, ln in enumerate(lines):
            lx = tx + (first_indent if i == 0 else 0)
            boxes, texts = [], []
            if i == 0 and label:
                boxes.append(self._draw(x, y, label, f))
                texts.append(label)
            if justify and i < len(lines) - 1 and " " in ln:
                words = ln.split(" ")
                avail = width - label_w - (first_indent if i == 0 else 0)
                gap = (avail - sum(f.getlength(w) for w in words)) / (len(words) - 1)
                cx = lx
                for w in words:
                    boxes.append(self._draw(cx, y, w, f))
                    cx += f.getlength(w) + gap
            else:
                boxes.append(self._draw(lx, y, ln, f))
            texts.append(ln)
            self._add(" ".join(texts), _union(boxes))
            y += lead
        return y

    def kv(self, y, x_key, x_colon, key, val, f, width=None, lead=None):
        """'Key  :  value' line(s); value may wrap under itself."""
        lead = lead or f.size * 1.4
        vx = x_colon + f.getlength(": ")
        vals = self.wrap(val, f, width - (vx - x_key)) if width else [val]
        for i, v in enumerate(vals):
            if i == 0:
                pieces = [(x_key, key, f, "l"), (x_colon, ":", f, "l"), (vx, v, f, "l")]
            else:
                pieces = [(vx, v, f, "l")]
            y = self.line(y, pieces, lead)
        return y

    def hrule(self, y, x0=None, x1=None, w=3):
        x0 = mm(15) if x0 is None else x0
        x1 = W - mm(15) if x1 is None else x1
        self.d.rectangle([x0, y, x1, y + w - 1], fill=0)

    # ---- tables -----------------------------------------------------
    def table(self, x, y, widths_mm, rows, f, style="grid", aligns=None, header_rows=1,
              spans=None, shade=False, hf=None, pad_mm=1.4, lead=None, bold_rows=(), allow_wrap=True,
              valign_header="t"):
        spans = spans or {}
        hf = hf or f
        lead = lead or f.size * 1.28
        ws = [mm(v) for v in widths_mm]
        xs = [x]
        for w in ws:
            xs.append(xs[-1] + w)
        pad = mm(pad_mm)
        ncol = len(ws)
        assert all(len(r) == ncol for r in rows), "ragged table"
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
                        assert rows[rr][cc] == "", "covered cell must be empty in truth"
        aligns = aligns or ["l"] * ncol
        # wrap every cell
        wrapped = {}
        heights = []
        for r, row in enumerate(rows):
            fnt = hf if (r < header_rows or r in bold_rows) else f
            h = 1
            for c, s in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                cw = xs[c + cs] - xs[c] - 2 * pad
                ls = self.wrap(s, fnt, cw) if s else []
                if not allow_wrap:
                    assert len(ls) <= 1, f"cell wraps: {s}"
                for l in ls:
                    assert fnt.getlength(l) <= cw + 1, f"cell overflow: {l}"
                wrapped[(r, c)] = ls
                if rs == 1:
                    h = max(h, len(ls))
            heights.append(int(h * lead + 2 * pad))
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        # shading
        if shade:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=205)
        # draw text
        for r, row in enumerate(rows):
            fnt = hf if (r < header_rows or r in bold_rows) else f
            boxes, texts = [], []
            for c in range(ncol):
                if (r, c) in covered or not wrapped.get((r, c)):
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                al = "c" if r < header_rows else aligns[c]
                x0, x1 = xs[c] + pad, xs[c + cs] - pad
                tx = {"l": x0, "r": x1, "c": (x0 + x1) / 2}[al]
                ty = ys[r] + pad
                for k, l in enumerate(wrapped[(r, c)]):
                    boxes.append(self._draw(tx, ty + k * lead, l, fnt, al))
                texts.append(" ".join(wrapped[(r, c)]))
            if texts:
                self._add(" ".join(texts), _union(boxes))
        # rules
        lw = 3
        if style == "grid":
            for r in range(len(rows)):
                for c in range(ncol):
                    if (r, c) in covered:
                        continue
                    rs, cs = spans.get((r, c), (1, 1))
                    self.d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=lw)
        elif style == "hrules":
            for r in range(len(rows) + 1):
                w = 5 if r in (0, header_rows, len(rows)) else 2
                self.d.rectangle([xs[0], ys[r], xs[-1], ys[r] + w - 1], fill=0)
        self.tables.append([list(r) for r in rows])
        return ys[-1]

    def footer(self, s, f, y=None):
        y = y or H - mm(14)
        return self.center(y, s, f)


def _union(bs):
    return [min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)]
