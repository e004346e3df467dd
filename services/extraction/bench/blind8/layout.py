"""Tiny page-layout engine on PIL: draws A4 pages at 300 dpi and records the truth text
(one truth line per printed line) and tables while drawing."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif-b": "DejaVuSerif-Bold.ttf", "serif-i": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifc-b": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans-b": "DejaVuSans-Bold.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sansc-b": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
}
_cache = {}


def mm(v):
    return int(round(v * DPI / 25.4))


def font(name, pt):
    k = (name, pt)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FD + FONTS[name], int(round(pt * DPI / 72)))
    return _cache[k]


class Page:
    def __init__(self, margin_l=25, margin_r=20, top=18, bottom=15):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.x0, self.x1 = mm(margin_l), W - mm(margin_r)
        self.y = mm(top)
        self.ybot = H - mm(bottom)
        self.lines = []       # truth lines, in reading order
        self.tables = []
        self.ink = 25

    # --- primitives -------------------------------------------------------
    def tw(self, s, f):
        return self.d.textlength(s, font=f)

    def lh(self, f, lead=1.35):
        return int(f.size * lead)

    def _draw(self, x, s, f, align="l"):
        if align == "c":
            x = x - self.tw(s, f) / 2
        elif align == "r":
            x = x - self.tw(s, f)
        self.d.text((x, self.y), s, font=f, fill=self.ink)

    def line(self, items, lead=1.35, record=True):
        """items: list of (x_px, text, font, align). One printed line -> one truth line."""
        fmax = max(it[2].size for it in items)
        for x, s, f, a in items:
            self._draw(x, s, f, a)
        if record:
            xs = []
            for x, s, f, a in items:
                left = x - (self.tw(s, f) / 2 if a == "c" else self.tw(s, f) if a == "r" else 0)
                xs.append((left, s))
            self.lines.append(" ".join(s for _, s in sorted(xs) if s))
        self.y += int(fmax * lead)
        assert self.y < self.ybot, "page overflow"

    def text(self, s, f, align="l", x=None, lead=1.35):
        if x is None:
            x = {"l": self.x0, "c": (self.x0 + self.x1) / 2, "r": self.x1}[align]
        self.line([(x, s, f, align)], lead)

    def wrap(self, s, f, width):
        words, out, cur = s.split(" "), [], ""
        for w_ in words:
            t = (cur + " " + w_) if cur else w_
            if self.tw(t, f) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w_
        if cur:
            out.append(cur)
        return out

    def para(self, s, f, x=None, width=None, indent=0, hang=None, lead=1.35):
        """Wrapped paragraph; optional hanging label (e.g. '1.') at x."""
        x = self.x0 if x is None else x
        width = (self.x1 - x) if width is None else width
        tx = x + indent
        for i, ln in enumerate(self.wrap(s, f, width - indent)):
            items = [(tx, ln, f, "l")]
            if i == 0 and hang:
                items.insert(0, (x, hang, f, "l"))
            self.line(items, lead)

    def gap(self, v_mm):
        self.y += mm(v_mm)

    def hrule(self, w=3, x0=None, x1=None):
        self.d.rectangle([x0 or self.x0, self.y, x1 or self.x1, self.y + w - 1], fill=self.ink)
        self.y += w

    # --- letterhead -------------------------------------------------------
    def kop(self, dinas, alamat, fam="serif"):
        cx = (self.x0 + self.x1) / 2 + mm(10)
        # simple emblem shape (no text)
        ex, ey = self.x0 + mm(4), self.y
        self.d.polygon([(ex, ey), (ex + mm(22), ey), (ex + mm(22), ey + mm(17)), (ex + mm(11), ey + mm(27)),
                        (ex, ey + mm(17))], outline=self.ink, width=6)
        self.d.ellipse([ex + mm(6), ey + mm(5), ex + mm(16), ey + mm(15)], outline=self.ink, width=5)
        self.line([(cx, "PEMERINTAH KOTA SAMARINDA", font(fam + "-b", 14), "c")], 1.25)
        for ln in dinas:
            self.line([(cx, ln, font(fam + "-b", 15), "c")], 1.25)
        for ln in alamat:
            self.line([(cx, ln, font(fam, 9.5), "c")], 1.3)
        self.gap(1.5)
        self.hrule(8)
        self.y += 6
        self.hrule(3)
        self.gap(5)

    # --- tables -----------------------------------------------------------
    def table(self, rows, widths_mm, f, fh=None, style="grid", aligns=None, spans=None,
              pad=(14, 10), shade=None, x=None, header_rows=1, lead=1.25):
        """rows: list of lists of full cell strings. spans: {(r,c): n} horizontal merges.
        style: grid | hrules | none. Records one truth line per row and the table."""
        fh = fh or f
        x = self.x0 if x is None else x
        ws = [mm(v) for v in widths_mm]
        xs = [x]
        for w_ in ws:
            xs.append(xs[-1] + w_)
        spans = spans or {}
        aligns = aligns or ["l"] * len(ws)
        padx, pady = pad
        top = self.y
        if style == "hrules":
            self.d.rectangle([xs[0], self.y, xs[-1], self.y + 4], fill=self.ink)
        rowtops = []
        for ri, row in enumerate(rows):
            ff = fh if ri < header_rows else f
            cells, skip = [], 0
            ci = 0
            while ci < len(row):
                n = spans.get((ri, ci), 1)
                cw = xs[ci + n] - xs[ci] - 2 * padx
                wl = self.wrap(row[ci], ff, cw) if row[ci] else []
                assert all(self.tw(t, ff) <= cw for t in wl), ("cell overflow", row[ci])
                cells.append((ci, n, wl))
                ci += n
            nl = max(1, max(len(c[2]) for c in cells))
            rh = int(nl * ff.size * lead) + 2 * pady
            assert self.y + rh < self.ybot, "table overflow"
            if shade is not None and ri < header_rows:
                self.d.rectangle([xs[0], self.y, xs[-1], self.y + rh], fill=shade)
            for ci, n, lns in cells:
                a = "c" if ri < header_rows else aligns[ci]
                for k, ln in enumerate(lns):
                    yy = self.y + pady + k * int(ff.size * lead)
                    if ri < header_rows and len(lns) < nl:
                        yy += (nl - len(lns)) * int(ff.size * lead) // 2
                    if a == "l":
                        tx = xs[ci] + padx
                    elif a == "r":
                        tx = xs[ci + n] - padx - self.tw(ln, ff)
                    else:
                        tx = (xs[ci] + xs[ci + n]) / 2 - self.tw(ln, ff) / 2
                    self.d.text((tx, yy), ln, font=ff, fill=self.ink)
            if style == "grid":
                for ci, n, _ in cells:
                    self.d.rectangle([xs[ci], self.y, xs[ci + n], self.y + rh], outline=self.ink, width=3)
            elif style == "hrules":
                wdt = 4 if ri == header_rows - 1 or ri == len(rows) - 1 else 2
                self.d.rectangle([xs[0], self.y + rh - wdt // 2, xs[-1], self.y + rh + wdt // 2], fill=self.ink)
            rowtops.append(self.y)
            self.lines.append(" ".join(c for c in row if c))
            self.y += rh
        self.tables.append([list(r) for r in rows])
        return top
