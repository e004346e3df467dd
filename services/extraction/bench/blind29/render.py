"""Small deterministic page renderer (PIL, 300 dpi) that records the truth while drawing.

Coordinates are in millimetres from the top-left corner of the page; y is the text baseline.
Every call that draws text also appends the exact printed text to the truth (self.lines),
so the truth is the drawing by construction.
"""
import math
from PIL import Image, ImageDraw, ImageFont

DPI = 300
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif_b": "DejaVuSerif-Bold.ttf", "serif_i": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifc_b": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans_b": "DejaVuSans-Bold.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sansc_b": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf", "mono_b": "DejaVuSansMono-Bold.ttf",
}
_cache = {}


def F(name, pt):
    key = (name, pt)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FD + FONTS[name], size=round(pt * DPI / 72))
    return _cache[key]


def px(mm):
    return int(round(mm * DPI / 25.4))


def mm(p):
    return p * 25.4 / DPI


class Page:
    def __init__(self, landscape=False, ink=0):
        w, h = (297, 210) if landscape else (210, 297)
        self.wmm, self.hmm = w, h
        self.img = Image.new("L", (px(w), px(h)), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []      # truth lines
        self.tables = []     # truth tables
        self.ink = ink
        self.sig = None      # (x_mm, y_mm) centre for stamp/signature degradation

    # ---- primitives -------------------------------------------------
    def width(self, s, font):
        return mm(font.getlength(s))

    def draw(self, x, y, s, font, align="l", underline=False):
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.d.text((px(x), px(y)), s, font=font, fill=self.ink, anchor=anchor)
        w = self.width(s, font)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        if underline:
            self.d.line([(px(x0), px(y + 0.8)), (px(x0 + w), px(y + 0.8))], fill=self.ink, width=3)
        return x0

    def hline(self, x0, x1, y, w=3, fill=None):
        self.d.line([(px(x0), px(y)), (px(x1), px(y))], fill=self.ink if fill is None else fill, width=w)

    def vline(self, x, y0, y1, w=3):
        self.d.line([(px(x), px(y0)), (px(x), px(y1))], fill=self.ink, width=w)

    def emit(self, s):
        assert s == s.strip() and "  " not in s and s, repr(s)
        self.lines.append(s)

    # ---- lines --------------------------------------------------------
    def line(self, y, segs, emit=True):
        """segs: list of (x, text, font[, align[, underline]]). One printed line."""
        placed = []
        for sg in segs:
            x, t, f = sg[:3]
            al = sg[3] if len(sg) > 3 else "l"
            ul = sg[4] if len(sg) > 4 else False
            if not t:
                continue
            x0 = self.draw(x, y, t, f, al, ul)
            placed.append((x0, t, x0 + self.width(t, f)))
        placed.sort()
        for a, b in zip(placed, placed[1:]):  # pieces must not touch or overlap
            assert a[2] + 0.7 < b[0], ("pieces overlap", a, b)
        if emit and placed:
            self.emit(" ".join(t for _, t, _ in placed))
        return y

    def wrap(self, text, font, width):
        words = text.split(" ")
        out, cur = [], ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if self.width(cand, font) <= width:
                cur = cand
            else:
                if not cur:
                    raise ValueError("word too wide: %r (%.1fmm > %.1fmm)" % (w, self.width(w, font), width))
                out.append(cur)
                cur = w
                if self.width(cur, font) > width:
                    raise ValueError("word too wide: %r (%.1fmm > %.1fmm)" % (w, self.width(w, font), width))
        if cur:
            out.append(cur)
        return out

    def draw_justified(self, x, y, words_line, font, width):
        words = words_line.split(" ")
        if len(words) == 1:
            self.draw(x, y, words_line, font)
            return
        tot = sum(self.width(w, font) for w in words)
        gap = (width - tot) / (len(words) - 1)
        cx = x
        for w in words:
            self.draw(cx, y, w, font)
            cx += self.width(w, font) + gap

    def para(self, x, y, width, text, font, lead, justify=False, first=None, emit=True):
        """Wrapped paragraph; `first` = (x, label) hanging label on the first line (e.g. '1.')."""
        ls = self.wrap(text, font, width)
        for i, l in enumerate(ls):
            last = i == len(ls) - 1
            if justify and not last:
                self.draw_justified(x, y, l, font, width)
            else:
                self.draw(x, y, l, font)
            if emit:
                if i == 0 and first:
                    self.draw(first[0], y, first[1], first[2] if len(first) > 2 else font)
                    self.emit(first[1] + " " + l)
                else:
                    self.emit(l)
            y += lead
        return y

    # ---- tables -----------------------------------------------------
    def table(self, x0, y0, colw, rows, font, hfont, lead, style="grid", aligns=None, header_rows=1,
              shade=None, pad=1.2, valign_span="c", bold_rows=(), lw=3, emit=True, min_h=0.0,
              row_fonts=None):
        """rows: list of rows; a cell is a str, None (covered by a span) or (str, colspan, rowspan).
        Returns the y below the table. Records the truth table and one truth line per row."""
        n = len(colw)
        aligns = aligns or ["l"] * n
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        norm = []
        for r in rows:
            assert len(r) == n, (len(r), n, r)
            nr = []
            for c in r:
                if c is None:
                    nr.append(None)
                elif isinstance(c, tuple):
                    nr.append({"t": c[0], "cs": c[1], "rs": c[2]})
                else:
                    nr.append({"t": c, "cs": 1, "rs": 1})
            norm.append(nr)
        asc = lead * 0.72
        # wrap + heights
        heights = []
        wrapped = []
        for ri, r in enumerate(norm):
            f = hfont if (ri < header_rows or ri in bold_rows) else font
            if row_fonts and ri in row_fonts:
                f = row_fonts[ri]
            wr = []
            h = lead + 2 * pad
            for ci, c in enumerate(r):
                if c is None or c["t"] == "":
                    wr.append([])
                    continue
                wdt = xs[ci + c["cs"]] - xs[ci] - 2 * pad
                ls = self.wrap(c["t"], f, wdt)
                wr.append(ls)
                if c["rs"] == 1:
                    h = max(h, len(ls) * lead + 2 * pad)
            heights.append(max(h, min_h if ri >= header_rows else 0))
            wrapped.append((wr, f))
        # grow the last spanned row when a row-spanning cell needs more room
        for ri, r in enumerate(norm):
            for ci, c in enumerate(r):
                if c is not None and c["rs"] > 1:
                    needh = len(wrapped[ri][0][ci]) * lead + 2 * pad
                    have = sum(heights[ri:ri + c["rs"]])
                    if needh > have:
                        heights[ri + c["rs"] - 1] += needh - have
        ys = [y0]
        for h in heights:
            ys.append(ys[-1] + h)
        # shading
        if shade is not None:
            self.d.rectangle([px(x0), px(y0), px(xs[-1]), px(ys[header_rows])], fill=shade)
        # text
        for ri, r in enumerate(norm):
            wr, f = wrapped[ri]
            for ci, c in enumerate(r):
                if c is None or not wr[ci]:
                    continue
                ls = wr[ci]
                cx0, cx1 = xs[ci], xs[ci + c["cs"]]
                top, bot = ys[ri], ys[ri + c["rs"]]
                block = len(ls) * lead
                if ri < header_rows or c["rs"] > 1:
                    ty = top + (bot - top - block) / 2 + asc
                else:
                    ty = top + pad + asc
                al = "c" if ri < header_rows else aligns[ci]
                if c["cs"] > 1 and ri >= header_rows and al == "l":
                    al = "l"
                for l in ls:
                    if al == "l":
                        self.draw(cx0 + pad, ty, l, f)
                    elif al == "r":
                        self.draw(cx1 - pad, ty, l, f, "r")
                    else:
                        self.draw((cx0 + cx1) / 2, ty, l, f, "c")
                    ty += lead
        # rules
        if style == "grid":
            for ri, r in enumerate(norm):
                for ci, c in enumerate(r):
                    if c is None:
                        continue
                    self.d.rectangle([px(xs[ci]), px(ys[ri]), px(xs[ci + c["cs"]]), px(ys[ri + c["rs"]])],
                                     outline=self.ink, width=lw)
        elif style == "hrules":
            self.hline(x0, xs[-1], ys[0], lw + 1)
            self.hline(x0, xs[-1], ys[header_rows], lw)
            self.hline(x0, xs[-1], ys[-1], lw + 1)
        # truth
        tt = []
        for ri, r in enumerate(norm):
            cells = []
            for ci, c in enumerate(r):
                cells.append("" if c is None else " ".join(wrapped[ri][0][ci]))
                if c is not None:
                    assert cells[-1] == c["t"], (cells[-1], c["t"])
            tt.append(cells)
            if emit:
                s = " ".join(x for x in cells if x)
                if s:
                    self.emit(s)
        self.tables.append(tt)
        self.last_table_geom = (xs, ys)
        return ys[-1]


def scribble(draw, cx, cy, w, h, rng, fill, width, scale=1.0):
    """Signature-like scribble centred on (cx, cy) in pixels."""
    pts = []
    n = rng.integers(7, 12)
    for i in range(n):
        t = i / (n - 1)
        x = cx - w / 2 + t * w + rng.normal(0, w * 0.05)
        y = cy + rng.normal(0, h * 0.35) * (1 if i % 2 else -1)
        pts.append((x, y))
    # Catmull-Rom smoothing
    sm = []
    P = [pts[0]] + pts + [pts[-1]]
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        for k in range(12):
            t = k / 12
            t2, t3 = t * t, t * t * t
            x = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2 + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            y = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2 + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            sm.append((x, y))
    draw.line(sm, fill=fill, width=width, joint="curve")
    # a flourish underline
    y = cy + h * 0.45
    draw.line([(cx - w * 0.45, y + rng.normal(0, 3)), (cx + w * 0.5, y - h * 0.2)], fill=fill, width=max(1, width - 1))
