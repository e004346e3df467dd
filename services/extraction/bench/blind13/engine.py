"""Tiny PIL layout engine: draws an A4 page at 300 dpi and records the truth
(one line per printed line) and the tables exactly as drawn."""
from PIL import Image, ImageDraw, ImageFont
import os
RELAX = int(os.environ.get("OCR13_RELAX", "0"))

DPI = 300
W, H = 2480, 3508
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FAMILIES = {
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "serifc": ("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic"),
    "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "sansc": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
}
_cache = {}


def pt(p):
    return int(round(p * DPI / 72.0))


def mm(v):
    return int(round(v * DPI / 25.4))


def F(fam, size_pt, bold=False, italic=False):
    key = (fam, size_pt, bold, italic)
    if key not in _cache:
        names = FAMILIES[fam]
        name = names[1] if bold else (names[2] if italic else names[0])
        _cache[key] = ImageFont.truetype(FONT_DIR + name + ".ttf", pt(size_pt))
    return _cache[key]


def lh(font, leading=1.32):
    return int(round(font.size * leading))


class Page:
    def __init__(self, left=mm(22), right=mm(18), top=mm(15), bottom=mm(15), landscape=False):
        self.W, self.H = (H, W) if landscape else (W, H)
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.left, self.right = left, self.W - right
        self.top, self.bottom = top, self.H - bottom
        self.stamp_at = None  # (cx, cy) where the stamp goes
        self.sign_box = None  # (x0, y0, x1, y1) for the signature scribble

    # ---------------------------------------------------------------- text
    def rec(self, s):
        s = " ".join(s.split())
        assert s, "empty truth line"
        self.lines.append(s)

    def width(self, text, font):
        return font.getlength(text)

    def draw(self, x, base, text, font, fill=0, align="l"):
        w = font.getlength(text)
        if align == "c":
            x = x - w / 2
        elif align == "r":
            x = x - w
        assert x >= 0 and x + w <= self.W, (text, x, w)
        self.d.text((x, base), text, font=font, fill=fill, anchor="ls")
        return x, x + w

    def line(self, y, pieces, leading=1.32, record=True, underline=False):
        """pieces: list of (x, text, font[, align[, fill]]). y = top of line.
        Returns y of next line."""
        font0 = pieces[0][2]
        asc = max(p[2].getmetrics()[0] for p in pieces)
        base = y + asc
        placed = []
        for p in pieces:
            x, text, font = p[0], p[1], p[2]
            align = p[3] if len(p) > 3 else "l"
            fill = p[4] if len(p) > 4 else 0
            x0, x1 = self.draw(x, base, text, font, fill, align)
            placed.append((x0, text))
            if underline:
                self.d.line([(x0, base + 6), (x1, base + 6)], fill=fill, width=3)
        if record:
            self.rec(" ".join(t for _, t in sorted(placed)))
        h = max(lh(p[2], leading) for p in pieces)
        assert RELAX or y + h <= self.bottom + 5, ("page overflow", pieces[0][1], y)
        return y + h

    def footer(self, y_used, pieces):
        fy = self.bottom - lh(pieces[0][2])
        assert RELAX or y_used + 10 <= fy, ("footer overlaps body", y_used, fy)
        return self.line(fy, pieces)

    def center(self, y, text, font, cx=None, **kw):
        cx = self.W / 2 if cx is None else cx
        return self.line(y, [(cx, text, font, "c")], **kw)

    def wrap(self, text, font, width):
        words = text.split(" ")
        out, cur = [], ""
        for w_ in words:
            t = w_ if not cur else cur + " " + w_
            if font.getlength(t) <= width:
                cur = t
            else:
                assert cur, ("word too long", w_, width)
                out.append(cur)
                cur = w_
        if cur:
            out.append(cur)
        for o in out:
            assert font.getlength(o) <= width + 1, o
        return out

    def para(self, x, y, width, text, font, leading=1.32, justify=True, first_pieces=None,
             x_cont=None, after=0, fill=0):
        """Wrapped paragraph. first_pieces: extra pieces printed on the first line
        (labels to the left, e.g. numbering). x_cont: x of continuation lines."""
        x_cont = x if x_cont is None else x_cont
        lines = []
        # first line width may differ
        words = text.split(" ")
        cur, i = "", 0
        wfirst = self.right - x if width is None else width
        wcont = wfirst + (x - x_cont)
        avail = wfirst
        out = []
        for w_ in words:
            t = w_ if not cur else cur + " " + w_
            if font.getlength(t) <= avail:
                cur = t
            else:
                assert cur
                out.append((cur, avail))
                cur = w_
                avail = wcont
        out.append((cur, avail))
        asc = font.getmetrics()[0]
        for k, (ln, av) in enumerate(out):
            xx = x if k == 0 else x_cont
            base = y + asc
            placed = []
            if k == 0 and first_pieces:
                for p in first_pieces:
                    x0, _ = self.draw(p[0], base, p[1], p[2], p[4] if len(p) > 4 else fill,
                                      p[3] if len(p) > 3 else "l")
                    placed.append((x0, p[1]))
            last = k == len(out) - 1
            ws = ln.split(" ")
            if justify and not last and len(ws) > 1:
                tot = sum(font.getlength(w_) for w_ in ws)
                gap = (av - tot) / (len(ws) - 1)
                cx = xx
                for w_ in ws:
                    self.draw(cx, base, w_, font, fill)
                    cx += font.getlength(w_) + gap
            else:
                self.draw(xx, base, ln, font, fill)
            placed.append((xx, ln))
            self.rec(" ".join(t for _, t in sorted(placed)))
            y += lh(font, leading)
            assert RELAX or y <= self.bottom + 5, ("page overflow", ln)
        return y + after

    def hrule(self, y, x0=None, x1=None, w=3, fill=0):
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        self.d.rectangle([x0, y, x1, y + w - 1], fill=fill)

    # ---------------------------------------------------------------- table
    def table(self, x, y, widths, rows, font, style="grid", header_rows=1, aligns=None,
              colspans=None, rowspans=None, shade=None, bold_font=None, bold_rows=(),
              padx=12, pady=8, leading=1.25, header_align="c", rule_w=3):
        """rows: list of list of strings (same length). colspans/rowspans: {(r,c): n}.
        Text of merged cells is in the first cell; others "". Rowspan text is top aligned.
        style: grid | hrules | none.  shade: grey level for header rows (or None)."""
        ncol = len(widths)
        colspans = colspans or {}
        rowspans = rowspans or {}
        aligns = aligns or ["l"] * ncol
        bold_font = bold_font or font
        for r in rows:
            assert len(r) == ncol
        xs = [x]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        assert xs[-1] <= self.W - 40
        lhh = lh(font, leading)
        asc = font.getmetrics()[0]
        wrapped = []
        heights = []
        for ri, r in enumerate(rows):
            fnt = bold_font if (ri < header_rows or ri in bold_rows) else font
            wr = []
            nl = 1
            for ci, cell in enumerate(r):
                if not cell:
                    wr.append([])
                    continue
                span = colspans.get((ri, ci), 1)
                cw = xs[ci + span] - xs[ci] - 2 * padx
                ls = self.wrap(cell, fnt, cw)
                wr.append(ls)
                nl = max(nl, len(ls))
            wrapped.append(wr)
            heights.append(nl * lhh + 2 * pady)
        ys = [y]
        for h_ in heights:
            ys.append(ys[-1] + h_)
        assert RELAX or ys[-1] <= self.bottom + 5, "table overflow"
        # shading
        if shade is not None and header_rows:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=shade)
        # cells covered by spans
        covered_v = set()  # (r, c) boundary between r and r+1 suppressed in column c
        for (r, c), n in rowspans.items():
            for k in range(r, r + n - 1):
                covered_v.add((k, c))
        covered_h = set()  # (r, c) boundary between c and c+1 suppressed in row r
        for (r, c), n in colspans.items():
            for k in range(c, c + n - 1):
                covered_h.add((r, k))
        if style == "grid":
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[0] + rule_w - 1], fill=0)
            self.d.rectangle([xs[0], ys[-1], xs[-1], ys[-1] + rule_w - 1], fill=0)
            for r in range(len(rows) - 1):
                for c in range(ncol):
                    if (r, c) not in covered_v:
                        self.d.rectangle([xs[c], ys[r + 1], xs[c + 1], ys[r + 1] + rule_w - 1], fill=0)
            for r in range(len(rows)):
                for cb in range(ncol + 1):
                    if cb in (0, ncol) or (r, cb - 1) not in covered_h:
                        self.d.rectangle([xs[cb], ys[r], xs[cb] + rule_w - 1, ys[r + 1] + rule_w - 1], fill=0)
        elif style == "hrules":
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[0] + 5], fill=0)
            self.d.rectangle([xs[0], ys[-1], xs[-1], ys[-1] + 5], fill=0)
            for r in range(len(rows) - 1):
                wline = 4 if r + 1 == header_rows else 2
                self.d.rectangle([xs[0], ys[r + 1], xs[-1], ys[r + 1] + wline - 1], fill=0)
        # text
        for ri, r in enumerate(rows):
            fnt = bold_font if (ri < header_rows or ri in bold_rows) else font
            for ci, ls in enumerate(wrapped[ri]):
                span = colspans.get((ri, ci), 1)
                al = header_align if ri < header_rows else aligns[ci]
                for k, ln in enumerate(ls):
                    base = ys[ri] + pady + asc + k * lhh + 2
                    if al == "l":
                        self.draw(xs[ci] + padx, base, ln, fnt)
                    elif al == "r":
                        self.draw(xs[ci + span] - padx, base, ln, fnt, align="r")
                    else:
                        self.draw((xs[ci] + xs[ci + span]) / 2, base, ln, fnt, align="c")
            self.rec(" ".join(" ".join(ls) for ls in wrapped[ri] if ls))
        self.tables.append([list(r) for r in rows])
        return ys[-1] + (6 if style == "hrules" else rule_w)
