"""Small page-layout engine (PIL, 300 dpi A4) that records the truth while it draws.

Every call that prints a line appends exactly one truth line.  Tables append one
truth line per row and one entry in `page.tables`.
"""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
PX = DPI / 72.0
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif-b": "DejaVuSerif-Bold.ttf", "serif-i": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifc-b": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans-b": "DejaVuSans-Bold.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sansc-b": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf", "mono-b": "DejaVuSansMono-Bold.ttf",
}
_cache = {}


def font(name, pt):
    key = (name, pt)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FD + FONTS[name], int(round(pt * PX)))
    return _cache[key]


def mm(v):
    return int(round(v * DPI / 25.4))


def wrap(text, f, width):
    """Greedy word wrap; breaks only at single spaces so ' '.join(lines) == text."""
    words = text.split(" ")
    assert "" not in words, repr(text)
    lines, cur = [], ""
    for w_ in words:
        cand = w_ if not cur else cur + " " + w_
        if f.getlength(cand) <= width or not cur:
            if not cur and f.getlength(w_) > width:
                raise ValueError("word too long for column: %r (%d > %d)" % (w_, f.getlength(w_), width))
            cur = cand
        else:
            lines.append(cur)
            cur = w_
    if cur:
        lines.append(cur)
    assert " ".join(lines) == text
    return lines


class Page:
    def __init__(self, left=mm(22), right=mm(20), top=mm(15)):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.left, self.right = left, W - right
        self.y = top
        self.lines = []
        self.tables = []
        self.sig_anchor = None  # (x, y) of a signature block: stamp/signature go there

    # -- low level -------------------------------------------------------
    def lh(self, f, k=1.38):
        return int(round(f.size * k))

    def _x(self, spec, text, f):
        if isinstance(spec, tuple):
            kind, x = spec
            if kind == "r":
                return x - f.getlength(text)
            if kind == "c":
                return x - f.getlength(text) / 2
            raise ValueError(kind)
        if spec == "c":
            return (self.left + self.right) / 2 - f.getlength(text) / 2
        if spec == "r":
            return self.right - f.getlength(text)
        return spec

    def draw(self, x, y, text, f, fill=0):
        self.d.text((x, y), text, font=f, fill=fill)

    def line(self, pieces, f=None, k=1.38, fill=0, record=True, underline=False):
        """pieces: list of (xspec, text[, font]); all on one baseline -> one truth line."""
        items = []
        for p in pieces:
            ff = p[2] if len(p) > 2 else f
            if not p[1]:
                continue
            x = self._x(p[0], p[1], ff)
            items.append((x, p[1], ff))
        maxf = max((it[2] for it in items), key=lambda q: q.size)
        asc = maxf.getmetrics()[0]
        for x, t, ff in items:
            self.draw(x, self.y + asc - ff.getmetrics()[0], t, ff, fill)
            if underline:
                uy = self.y + asc + 6
                self.d.line([(x, uy), (x + ff.getlength(t), uy)], fill=fill, width=3)
        if record:
            items.sort(key=lambda q: q[0])
            # pieces at distinct x positions are joined by one space
            self.lines.append(" ".join(t for _, t, _ in items))
        self.y += self.lh(maxf, k)

    def text(self, xspec, text, f, **kw):
        self.line([(xspec, text, f)], **kw)

    def para(self, text, f, x0=None, x1=None, first_prefix=None, k=1.38):
        """Wrapped paragraph. first_prefix=(x, text) prints e.g. a list number before line 1."""
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        for i, ln in enumerate(wrap(text, f, x1 - x0)):
            pieces = [(x0, ln, f)]
            if i == 0 and first_prefix:
                pieces.insert(0, (first_prefix[0], first_prefix[1], f))
            self.line(pieces, k=k)

    def field(self, label, value, f, xl, xc, xv, x1=None, fv=None):
        """'Label : value' with aligned colon; value may wrap."""
        fv = fv or f
        x1 = self.right if x1 is None else x1
        vl = wrap(value, fv, x1 - xv) if value else [""]
        for i, ln in enumerate(vl):
            if i == 0:
                self.line([(xl, label, f), (xc, ":", f), (xv, ln, fv)])
            else:
                self.line([(xv, ln, fv)])

    def gap(self, px):
        self.y += int(px)

    def hrule(self, x0=None, x1=None, width=3, dy=0):
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        self.d.line([(x0, self.y + dy), (x1, self.y + dy)], fill=0, width=width)

    # -- tables ----------------------------------------------------------
    def table(self, x0, colw, rows, f, style="grid", header_rows=1, fh=None, pad=14,
              align=None, spans=None, shade=215, k=1.3, rule_w=2, colfont=None):
        """rows: truth cells (strings, '' for empty or covered by a span).
        spans: {(r, c): (rowspan, colspan)} for merged cells (text in the first cell).
        style: grid | hrules | none | shaded (grid + grey header)."""
        spans = spans or {}
        ncol = len(colw)
        assert all(len(r) == ncol for r in rows)
        align = align or ["l"] * ncol
        fh = fh or f
        colfont = colfont or [None] * ncol

        def cf(r, c):
            return fh if r < header_rows else (colfont[c] or f)
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
                        assert rows[rr][cc] == "", (rr, cc)
        xs = [x0]
        for w_ in colw:
            xs.append(xs[-1] + w_)
        # wrap every anchor cell
        wrapped = {}
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                width = xs[c + cs] - xs[c] - 2 * pad
                wrapped[(r, c)] = wrap(cell, cf(r, c), width) if cell else []
        # row heights (spanned cells only need to fit their total height; top aligned)
        heights = []
        for r, row in enumerate(rows):
            hmax = self.lh(fh if r < header_rows else f, k)
            for c in range(ncol):
                if (r, c) in wrapped and spans.get((r, c), (1, 1))[0] == 1:
                    hmax = max(hmax, len(wrapped[(r, c)]) * self.lh(cf(r, c), k))
            heights.append(hmax + 2 * pad)
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] + h)
        # shading
        if style == "shaded":
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=shade)
        # text
        for (r, c), lines_ in wrapped.items():
            ff = cf(r, c)
            lhh = self.lh(ff, k)
            rs, cs = spans.get((r, c), (1, 1))
            cx0, cx1 = xs[c] + pad, xs[c + cs] - pad
            a = "c" if (r < header_rows and style != "none") else align[c]
            if r < header_rows and style == "none":
                a = align[c]
            for i, ln in enumerate(lines_):
                if a == "l":
                    x = cx0
                elif a == "r":
                    x = cx1 - ff.getlength(ln)
                else:
                    x = (cx0 + cx1) / 2 - ff.getlength(ln) / 2
                self.draw(x, ys[r] + pad + i * lhh, ln, ff)
        # rules
        d = self.d
        if style in ("grid", "shaded"):
            for (r, c) in wrapped:
                rs, cs = spans.get((r, c), (1, 1))
                d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=rule_w)
        elif style == "hrules":
            d.line([(xs[0], ys[0]), (xs[-1], ys[0])], fill=0, width=rule_w + 2)
            d.line([(xs[0], ys[header_rows]), (xs[-1], ys[header_rows])], fill=0, width=rule_w + 1)
            for r in range(header_rows + 1, len(rows)):
                d.line([(xs[0], ys[r]), (xs[-1], ys[r])], fill=120, width=1)
            d.line([(xs[0], ys[-1]), (xs[-1], ys[-1])], fill=0, width=rule_w + 2)
        elif style == "none":
            pass
        else:
            raise ValueError(style)
        for row in rows:
            self.lines.append(" ".join(c for c in row if c))
        self.tables.append([list(r) for r in rows])
        self.y = ys[-1]
        return xs, ys

    # -- furniture -------------------------------------------------------
    def kop(self, lines, fonts, logo=True):
        """Letterhead: centred lines, a drawn (text-free) emblem at left, double rule."""
        y0 = self.y
        cx = (self.left + mm(28) + self.right) / 2
        for t, f in zip(lines, fonts):
            self.line([(("c", cx), t, f)], k=1.3)
        if logo:
            lx, ly, s = self.left + mm(2), y0 + 10, mm(22)
            d = self.d
            d.polygon([(lx, ly), (lx + s, ly), (lx + s, ly + s * 0.7), (lx + s / 2, ly + s * 1.05),
                       (lx, ly + s * 0.7)], outline=0, width=5)
            d.ellipse([lx + s * 0.28, ly + s * 0.2, lx + s * 0.72, ly + s * 0.64], outline=0, width=4)
            d.line([(lx + s * 0.5, ly + s * 0.64), (lx + s * 0.5, ly + s * 0.95)], fill=0, width=6)
            self.y = max(self.y, int(ly + s * 1.08))
        self.gap(14)
        self.hrule(width=8)
        self.gap(12)
        self.hrule(width=2)
        self.gap(40)

    def signature(self, x, title_lines, name, extra_lines, f, fb=None, blank=4):
        """Right-hand signature block; returns nothing, sets sig_anchor."""
        fb = fb or f
        self.sig_anchor = (x, self.y)
        for t in title_lines:
            self.line([(x, t, f)])
        self.gap(self.lh(f) * blank)
        self.line([(x, name, fb)], underline=True)
        for t in extra_lines:
            self.line([(x, t, f)])
