"""Tiny page-layout engine: draws text/tables on a 300 dpi A4 canvas with PIL and
records the truth (one line per printed line, tables as cell matrices) while drawing."""
import random
from PIL import Image, ImageDraw, ImageFont

DPI = 300
A4P = (2480, 3508)
A4L = (3508, 2480)
FD = "/usr/share/fonts/truetype/dejavu/"
FONTFILES = {
    "serif": "DejaVuSerif.ttf", "serif_b": "DejaVuSerif-Bold.ttf", "serif_i": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifc_b": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans_b": "DejaVuSans-Bold.ttf",
    "cond": "DejaVuSansCondensed.ttf", "cond_b": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf", "mono_b": "DejaVuSansMono-Bold.ttf",
    "hand": "DejaVuSerifCondensed-Italic.ttf",
}
_cache = {}
INK = (25, 25, 25)
HAND_INK = (25, 45, 150)


def pt(x):
    return int(round(x * DPI / 72.0))


def mm(x):
    return int(round(x * DPI / 25.4))


def F(name, size_pt):
    k = (name, size_pt)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FD + FONTFILES[name], pt(size_pt))
    return _cache[k]


def wrap(text, font, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if font.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, landscape=False, seed=0):
        self.size = A4L if landscape else A4P
        self.W, self.H = self.size
        self.img = Image.new("RGB", self.size, "white")
        self.d = ImageDraw.Draw(self.img)
        self.lines = []       # truth lines in reading order
        self.tables = []      # list of cell matrices
        self.rng = random.Random(seed)
        self.sig = None       # (x, y) where a stamp/signature belongs

    # ---------- primitives ----------
    def _draw(self, x, y, text, font, align="l", color=INK, hand=False):
        """draw text with baseline at y; x is left / centre / right depending on align.
        returns left x actually used"""
        w = font.getlength(text)
        if align == "c":
            x = x - w / 2
        elif align == "r":
            x = x - w
        if not hand:
            self.d.text((x, y), text, font=font, fill=color, anchor="ls")
        else:
            cx = x
            for ch in text:
                dy = self.rng.uniform(-2.5, 2.5)
                self.d.text((cx, y + dy), ch, font=font, fill=color, anchor="ls")
                cx += font.getlength(ch) * self.rng.uniform(0.98, 1.06)
        return x

    def line(self, y, *frags, record=True):
        """frags: (x, text, font[, align[, opts]]) ; opts dict: color, hand.
        Records one truth line: pieces joined by one space, left to right."""
        placed = []
        for f in frags:
            x, text, font = f[0], f[1], f[2]
            align = f[3] if len(f) > 3 else "l"
            opts = f[4] if len(f) > 4 else {}
            if not text:
                continue
            lx = self._draw(x, y, text, font, align, opts.get("color", INK), opts.get("hand", False))
            placed.append((lx, text))
        if record and placed:
            placed.sort(key=lambda p: p[0])
            self.lines.append(" ".join(t for _, t in placed))

    def para(self, x, y, width, text, font, lead, justify=False, indent=0, record=True):
        """greedy-wrap a paragraph; each printed line is one truth line. returns next baseline y"""
        first_w = width - indent
        words = text.split(" ")
        lines, cur, lim = [], "", first_w
        for w in words:
            t = w if not cur else cur + " " + w
            if font.getlength(t) <= lim or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
                lim = width
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            lx = x + (indent if i == 0 else 0)
            avail = width - (indent if i == 0 else 0)
            ws = ln.split(" ")
            if justify and i < len(lines) - 1 and len(ws) > 1:
                tot = sum(font.getlength(w) for w in ws)
                gap = (avail - tot) / (len(ws) - 1)
                cx = lx
                for w in ws:
                    self.d.text((cx, y), w, font=font, fill=INK, anchor="ls")
                    cx += font.getlength(w) + gap
            else:
                self.d.text((lx, y), ln, font=font, fill=INK, anchor="ls")
            if record:
                self.lines.append(ln)
            y += lead
        return y

    def hline(self, x0, x1, y, w=3, color=INK):
        self.d.line([(x0, y), (x1, y)], fill=color, width=w)

    def rect(self, x0, y0, x1, y1, w=3, color=INK, fill=None):
        self.d.rectangle([x0, y0, x1, y1], outline=color, width=w, fill=fill)

    def checkbox(self, x, y_base, font, checked=False):
        s = int(font.size * 0.72)
        x0, y0 = x, y_base - s
        self.d.rectangle([x0, y0, x0 + s, y0 + s], outline=INK, width=3)
        if checked:  # hand-drawn tick in blue
            self.d.line([(x0 + 4, y0 + s * 0.5), (x0 + s * 0.4, y0 + s - 3), (x0 + s + 12, y0 - 14)],
                        fill=HAND_INK, width=6)
        return x0 + s

    # ---------- tables ----------
    def table(self, x0, y0, widths, rows, font, lead, hp=14, vp=10, rules="grid", bold=None,
              head_fill=None, n_head=1, rule_above=(), rule_w=3, min_h=None, record=True, nowrap=False):
        """rows: list of lists of cells; a cell is str or dict(t, cs, rs, al, b, fill).
        Spanned positions are omitted from the row lists (HTML style).
        Text is top-aligned in every cell. Returns (bottom y, cell matrix)."""
        bold = bold or font
        nc = len(widths)
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        nr = len(rows)
        occ = [[None] * nc for _ in range(nr)]
        cells = []
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                while c < nc and occ[r][c] is not None:
                    c += 1
                if isinstance(cell, str):
                    cell = {"t": cell}
                cs, rs = cell.get("cs", 1), cell.get("rs", 1)
                cellrec = dict(cell, r=r, c=c, cs=cs, rs=rs)
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        occ[rr][cc] = cellrec
                cells.append(cellrec)
                c += cs
            assert all(occ[r][k] is not None for k in range(nc)), ("row not full", r, row)
        # wrap + heights
        hts = [0] * nr
        for cell in cells:
            f = bold if cell.get("b") else font
            w = xs[cell["c"] + cell["cs"]] - xs[cell["c"]] - 2 * hp
            cell["lines"] = [l for seg in cell["t"].split("\n") for l in wrap(seg, f, w)] if cell["t"] else []
            cell["f"] = f
            assert not (nowrap and len(cell["lines"]) > 1), ("wrapped", cell["t"])
            if cell["rs"] == 1:
                n = max(1, len(cell["lines"]))
                hts[cell["r"]] = max(hts[cell["r"]], n * lead + 2 * vp)
        if min_h:
            hts = [max(h, min_h) for h in hts]
        ys = [y0]
        for h in hts:
            ys.append(ys[-1] + h)
        asc = font.getmetrics()[0]
        # fills
        for cell in cells:
            fill = cell.get("fill") or (head_fill if cell["r"] < n_head else None)
            if fill:
                self.d.rectangle([xs[cell["c"]], ys[cell["r"]], xs[cell["c"] + cell["cs"]],
                                  ys[cell["r"] + cell["rs"]]], fill=fill)
        # text
        for cell in cells:
            al = cell.get("al", "l")
            xl, xr = xs[cell["c"]] + hp, xs[cell["c"] + cell["cs"]] - hp
            for i, ln in enumerate(cell["lines"]):
                yb = ys[cell["r"]] + vp + asc + i * lead
                if al == "l":
                    self._draw(xl, yb, ln, cell["f"])
                elif al == "r":
                    self._draw(xr, yb, ln, cell["f"], "r")
                else:
                    self._draw((xl + xr) / 2, yb, ln, cell["f"], "c")
        # rules
        if rules == "grid":
            for cell in cells:
                self.d.rectangle([xs[cell["c"]], ys[cell["r"]], xs[cell["c"] + cell["cs"]],
                                  ys[cell["r"] + cell["rs"]]], outline=INK, width=rule_w)
        elif rules == "h":
            self.hline(xs[0], xs[-1], ys[0], rule_w + 1)
            self.hline(xs[0], xs[-1], ys[n_head], rule_w)
            for r in rule_above:
                self.hline(xs[0], xs[-1], ys[r], rule_w - 1)
            self.hline(xs[0], xs[-1], ys[-1], rule_w + 1)
        # truth
        mat = [[""] * nc for _ in range(nr)]
        for cell in cells:
            mat[cell["r"]][cell["c"]] = " ".join(cell["lines"])
        if record:
            for row in mat:
                s = " ".join(t for t in row if t)
                if s:
                    self.lines.append(s)
            self.tables.append(mat)
        return ys[-1], mat
