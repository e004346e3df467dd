"""Page layout engine for the ocr11 set: draws with PIL at 300 dpi and records the truth
(one truth line per printed line, in reading order) while drawing."""
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


def pt(p):
    return int(round(p * DPI / 72.0))


def font(name, size_pt):
    k = (name, size_pt)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FD + FONTS[name], pt(size_pt))
    return _cache[k]


def tw(text, f):
    return f.getlength(text)


def wrap(text, f, width):
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        assert w, repr(text)
        cand = w if not cur else cur + " " + w
        if tw(cand, f) <= width:
            cur = cand
        else:
            assert cur, "word too wide: %r" % w
            out.append(cur)
            cur = w
            assert tw(cur, f) <= width, "word too wide: %r" % w
    if cur:
        out.append(cur)
    return out


class Page:
    def __init__(self, top=230):
        self.im = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.im)
        self.lines = []      # truth lines
        self.tables = []     # truth tables
        self.boxes = []      # (line_index, bbox) of each truth line (for verify)
        self.y = top
        self.marks = {}      # named positions (signature block etc.)

    def check_overlap(self):
        b = self.boxes
        for i in range(len(b)):
            for j in range(i + 1, len(b)):
                x0, y0, x1, y1 = b[i]
                a0, c0, a1, c1 = b[j]
                if x0 < a1 and a0 < x1 and y0 < c1 and c0 < y1:
                    raise AssertionError(("overlap", self.lines[i], self.lines[j]))
        for (x0, y0, x1, y1) in b:
            assert y1 < H - 60 and y0 > 60, ("off page", y0, y1)

    def lh(self, f, k=1.28):
        return int(round(f.size * k))

    # one printed line made of pieces at different x positions
    def row(self, pieces, y=None, k=1.28, advance=True, fill=0):
        """pieces: list of (x, text, font[, align]) align l/r/c; x is left, right edge or centre."""
        if y is None:
            y = self.y
        drawn = []
        maxf = max(p[2].size for p in pieces)
        base = y + int(maxf * 0.95)
        for p in pieces:
            x, text, f = p[0], p[1], p[2]
            al = p[3] if len(p) > 3 else "l"
            w = tw(text, f)
            lx = x if al == "l" else (x - w if al == "r" else x - w / 2)
            self.d.text((lx, base), text, font=f, fill=fill, anchor="ls")
            drawn.append((lx, text, w))
        drawn.sort(key=lambda t: t[0])
        for i, (lx, t, w) in enumerate(drawn):
            assert lx >= 120 and lx + w <= W - 120, ("off page", t)
            if i:
                assert drawn[i - 1][0] + drawn[i - 1][2] + 20 < lx, ("pieces overlap", t)
        self.lines.append(" ".join(t[1] for t in drawn))
        self.boxes.append((int(drawn[0][0]), y, int(drawn[-1][0] + drawn[-1][2]), y + int(maxf * 1.2)))
        if advance:
            self.y = y + self.lh(pieces[0][2], k) if len(pieces) == 1 else y + int(maxf * k)
        return y

    def text(self, x, text, f, align="l", k=1.28):
        return self.row([(x, text, f, align)], k=k)

    def para(self, x, width, text, f, k=1.28, first_prefix=None, indent=0):
        """Wrapped paragraph. first_prefix=(text, x) draws e.g. a list number at x on the first line."""
        lines = wrap(text, f, width - indent)
        for i, ln in enumerate(lines):
            pcs = [(x + indent, ln, f)]
            if i == 0 and first_prefix:
                pcs.insert(0, (first_prefix[1], first_prefix[0], f))
            self.row(pcs, k=k)
        return lines

    def gap(self, px):
        self.y += px

    def hline(self, x0, x1, y=None, width=3):
        y = self.y if y is None else y
        self.d.line([(x0, y), (x1, y)], fill=0, width=width)

    def kop(self, lines, fonts, logo=True, x0=200, x1=2280):
        """Letterhead: centred lines, shield logo on the left, double rule."""
        top = self.y
        cx = (x0 + x1) // 2 + 90
        for t, f in zip(lines, fonts):
            self.row([(cx, t, f, "c")], k=1.22)
        if logo:
            d = self.d
            lx, ly = x0 + 40, top + 10
            hh = max(self.y - top - 20, 200)
            wd = int(hh * 0.78)
            d.polygon([(lx, ly), (lx + wd, ly), (lx + wd, ly + hh * 0.62), (lx + wd / 2, ly + hh),
                       (lx, ly + hh * 0.62)], outline=0, fill=200, width=5)
            d.ellipse([lx + wd * 0.28, ly + hh * 0.18, lx + wd * 0.72, ly + hh * 0.55], outline=0, width=5, fill=120)
            d.line([(lx + wd * 0.2, ly + hh * 0.7), (lx + wd * 0.8, ly + hh * 0.7)], fill=0, width=6)
        self.y += 12
        self.hline(x0, x1, width=9)
        self.y += 16
        self.hline(x0, x1, width=3)
        self.y += 40

    # ------------------------------------------------------------------ tables
    def table(self, x, colw, cells, nrows, f, style="grid", fh=None, pad=14, aligns=None,
              header_rows=1, shade=None, k=1.2, valign_top=True):
        """cells: list of (r, c, rowspan, colspan, text). style: grid | hrules | none.
        Records the truth table (text in the first spanned cell, "" elsewhere) and one truth
        line per table row (non-empty cells joined by one space, wrapped lines joined by space)."""
        ncols = len(colw)
        fh = fh or f
        aligns = aligns or ["l"] * ncols
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        grid = [["" for _ in range(ncols)] for _ in range(nrows)]
        wrapped = {}
        for (r, c, rs, cs, t) in cells:
            assert grid[r][c] == "", (r, c)
            grid[r][c] = t
            ff = fh if r < header_rows else f
            width = xs[c + cs] - xs[c] - 2 * pad
            wrapped[(r, c)] = wrap(t, ff, width) if t else []
        lhpx = int(f.size * k)
        # row heights from single-row cells
        rh = [0] * nrows
        for (r, c, rs, cs, t) in cells:
            n = max(1, len(wrapped[(r, c)]))
            if rs == 1:
                rh[r] = max(rh[r], n * lhpx + 2 * pad)
        for r in range(nrows):
            if rh[r] == 0:
                rh[r] = lhpx + 2 * pad
        for (r, c, rs, cs, t) in cells:  # grow last spanned row if a multi-row cell needs room
            n = max(1, len(wrapped[(r, c)]))
            need = n * lhpx + 2 * pad
            have = sum(rh[r:r + rs])
            if need > have:
                rh[r + rs - 1] += need - have
        ys = [self.y]
        for h in rh:
            ys.append(ys[-1] + h)
        d = self.d
        if shade is not None:
            d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=shade)
        # text
        for (r, c, rs, cs, t) in sorted(cells):
            ff = fh if r < header_rows else f
            ls = wrapped[(r, c)]
            al = "c" if r < header_rows else aligns[c]
            for i, ln in enumerate(ls):
                base = ys[r] + pad + i * lhpx + int(ff.size * 0.95)
                w = tw(ln, ff)
                if al == "l":
                    lx = xs[c] + pad
                elif al == "r":
                    lx = xs[c + cs] - pad - w
                else:
                    lx = (xs[c] + xs[c + cs]) / 2 - w / 2
                d.text((lx, base), ln, font=ff, fill=0, anchor="ls")
        # rules
        if style == "grid":
            for (r, c, rs, cs, t) in cells:
                d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=3)
            # cells not listed (empty) still get borders
            covered = set()
            for (r, c, rs, cs, t) in cells:
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        covered.add((rr, cc))
            for r in range(nrows):
                for c in range(ncols):
                    if (r, c) not in covered:
                        d.rectangle([xs[c], ys[r], xs[c + 1], ys[r + 1]], outline=0, width=3)
        elif style == "hrules":
            d.line([(xs[0], ys[0]), (xs[-1], ys[0])], fill=0, width=5)
            for r in range(1, nrows + 1):
                d.line([(xs[0], ys[r]), (xs[-1], ys[r])], fill=0, width=5 if r in (header_rows, nrows) else 2)
        # truth
        starts = {}
        for (r, c, rs, cs, t) in cells:
            starts[(r, c)] = t
        for r in range(nrows):
            parts = [grid[r][c] for c in range(ncols) if grid[r][c]]
            if parts:
                self.lines.append(" ".join(parts))
                self.boxes.append((xs[0], ys[r], xs[-1], ys[r + 1]))
        self.tables.append(grid)
        self.y = ys[-1]
        return xs, ys


def simple_cells(rows):
    """rows: list of lists of strings -> cells with no spans (empty strings skipped)."""
    out = []
    for r, row in enumerate(rows):
        for c, t in enumerate(row):
            if t:
                out.append((r, c, 1, 1, t))
    return out
