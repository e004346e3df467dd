"""Tiny page-layout engine (Pillow) that records the truth text while drawing.

Every call that puts a printed line on the page appends exactly one truth line,
so the truth is in the order of the calls (= natural reading order).
"""
import os
import matplotlib
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
MPL = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf")
SYS = "/usr/share/fonts/truetype/dejavu"

FONTFILES = {
    "times": os.path.join(MPL, "STIXGeneral.ttf"),
    "times-b": os.path.join(MPL, "STIXGeneralBol.ttf"),
    "times-i": os.path.join(MPL, "STIXGeneralItalic.ttf"),
    "sans": os.path.join(MPL, "DejaVuSans.ttf"),
    "sans-b": os.path.join(MPL, "DejaVuSans-Bold.ttf"),
    "sans-i": os.path.join(MPL, "DejaVuSans-Oblique.ttf"),
    "serif": os.path.join(MPL, "DejaVuSerif.ttf"),
    "serif-b": os.path.join(MPL, "DejaVuSerif-Bold.ttf"),
    "serif-i": os.path.join(MPL, "DejaVuSerif-Italic.ttf"),
    "cond": os.path.join(SYS, "DejaVuSansCondensed.ttf"),
    "cond-b": os.path.join(SYS, "DejaVuSansCondensed-Bold.ttf"),
}
_cache = {}


def F(name, pt):
    key = (name, pt)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FONTFILES[name], int(round(pt * DPI / 72)))
    return _cache[key]


def pt(v):
    return int(round(v * DPI / 72))


def mm(v):
    return int(round(v * DPI / 25.4))


class Page:
    def __init__(self):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []

    # -- basic text -------------------------------------------------------
    def tw(self, s, font):
        return self.d.textlength(s, font=font)

    def lh(self, font, lead=1.22):
        return int(font.size * lead)

    def text(self, x, y, s, font, align="left", record=True, fill=0):
        w = self.tw(s, font)
        if align == "center":
            x = x - w / 2
        elif align == "right":
            x = x - w
        self.d.text((x, y), s, font=font, fill=fill)
        if record:
            self.lines.append(" ".join(s.split()))
        return y + self.lh(font)

    def segs(self, y, parts, record=True):
        """parts: list of (x, text, font) drawn on one baseline; truth = texts joined by one space."""
        for x, s, f in parts:
            self.d.text((x, y), s, font=f, fill=0)
        if record:
            self.lines.append(" ".join(" ".join(s for _, s, _ in parts).split()))
        return y + max(self.lh(f) for _, _, f in parts)

    def wrap(self, s, font, width):
        words = s.split()
        out, cur = [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if self.tw(t, font) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w_
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, width, s, font, justify=True, first_indent=0, lead=1.22, prefix=None):
        """Wrapped paragraph. prefix=(x_prefix, text, font) drawn on the first line (label, numbering)."""
        lines = []
        words = s.split()
        cur, avail = "", width - first_indent
        for w_ in words:
            t = (cur + " " + w_).strip()
            if self.tw(t, font) <= avail or not cur:
                cur = t
            else:
                lines.append(cur)
                cur, avail = w_, width
        if cur:
            lines.append(cur)
        lhh = int(font.size * lead)
        for i, ln in enumerate(lines):
            xx = x + (first_indent if i == 0 else 0)
            ww = width - (first_indent if i == 0 else 0)
            pre = ""
            if i == 0 and prefix:
                for px, ptxt, pf in prefix:
                    self.d.text((px, y), ptxt, font=pf, fill=0)
                pre = " ".join(p[1] for p in prefix) + " "
            last = i == len(lines) - 1
            if justify and not last and len(ln.split()) > 1:
                ws = ln.split()
                tot = sum(self.tw(w_, font) for w_ in ws)
                gap = (ww - tot) / (len(ws) - 1)
                cx = xx
                for w_ in ws:
                    self.d.text((cx, y), w_, font=font, fill=0)
                    cx += self.tw(w_, font) + gap
            else:
                self.d.text((xx, y), ln, font=font, fill=0)
            self.lines.append(" ".join((pre + ln).split()))
            y += lhh
        return y

    def hline(self, x0, x1, y, w=3):
        self.d.line([(x0, y), (x1, y)], fill=0, width=w)

    def vline(self, x, y0, y1, w=3):
        self.d.line([(x, y0), (x, y1)], fill=0, width=w)

    # -- tables -------------------------------------------------------------
    def table(self, x, y, cols, rows, font, hfont, aligns, style="grid", pad=14,
              lead=1.18, header_fill=None, lw=3):
        """cols: column widths (px). rows[0] is the header. style: grid | hlines | open.
        Records one truth line per row and the table cells (wrapped cells joined by one space)."""
        cells_out = []
        xs = [x]
        for c in cols:
            xs.append(xs[-1] + c)
        top = y
        row_tops = []
        for ri, row in enumerate(rows):
            f = hfont if ri == 0 else font
            lhh = int(f.size * lead)
            wrapped = [self.wrap(str(c), f, cols[ci] - 2 * pad) for ci, c in enumerate(row)]
            for ci, wl in enumerate(wrapped):
                for ln in wl:
                    assert self.tw(ln, f) <= cols[ci] - 2 * pad + 1, ("cell too wide", ln)
            nl = max(len(wl) for wl in wrapped)
            rh = nl * lhh + 2 * pad
            if ri == 0 and header_fill is not None:
                self.d.rectangle([x, y, xs[-1], y + rh], fill=header_fill)
            row_tops.append(y)
            for ci, wl in enumerate(wrapped):
                al = "center" if ri == 0 else aligns[ci]
                vy = y + pad + ((nl - len(wl)) * lhh // 2 if ri == 0 else 0)
                for ln in wl:
                    tw_ = self.tw(ln, f)
                    if al == "left":
                        tx = xs[ci] + pad
                    elif al == "right":
                        tx = xs[ci + 1] - pad - tw_
                    else:
                        tx = (xs[ci] + xs[ci + 1]) / 2 - tw_ / 2
                    self.d.text((tx, vy), ln, font=f, fill=0)
                    vy += lhh
            cells = [" ".join(wl) for wl in wrapped]
            cells_out.append(cells)
            self.lines.append(" ".join(cells))
            y += rh
            if style == "grid":
                self.hline(x, xs[-1], y, lw)
            elif style == "hlines" and ri == 0:
                self.hline(x, xs[-1], y, lw)
        bottom = y
        if style == "grid":
            self.hline(x, xs[-1], top, lw)
            for xx in xs:
                self.vline(xx, top, bottom, lw)
        elif style == "hlines":
            self.hline(x, xs[-1], top, lw + 1)
            self.hline(x, xs[-1], bottom, lw + 1)
        elif style == "open":
            self.hline(x, xs[-1], row_tops[1] if len(row_tops) > 1 else bottom, lw)
        self.tables.append(cells_out)
        return bottom

    # -- decorations (no text) ------------------------------------------------
    def emblem(self, cx, cy, r):
        d = self.d
        pts = [(cx - r, cy - r * 0.9), (cx + r, cy - r * 0.9), (cx + r, cy + r * 0.1),
               (cx, cy + r * 1.1), (cx - r, cy + r * 0.1)]
        d.polygon(pts, outline=0, width=6)
        d.ellipse([cx - r * 0.45, cy - r * 0.55, cx + r * 0.45, cy + r * 0.35], outline=0, width=5)
        d.polygon([(cx, cy - r * 0.45), (cx + r * 0.25, cy + r * 0.2), (cx - r * 0.25, cy + r * 0.2)], fill=90)
        for k in range(5):
            d.line([(cx - r * 0.8 + k * r * 0.4, cy + r * 0.45), (cx - r * 0.8 + k * r * 0.4, cy + r * 0.6)],
                   fill=0, width=5)

    def kop(self, lines, fonts, y=mm(14), left=mm(22), right=W - mm(20)):
        self.emblem(left + mm(14), y + mm(14), mm(12))
        cx = (left + mm(30) + right) / 2
        for s, f in zip(lines, fonts):
            y = self.text(cx, y, s, f, align="center")
        y += mm(1.5)
        self.hline(left, right, y, 9)
        self.hline(left, right, y + 14, 3)
        return y + mm(6)
