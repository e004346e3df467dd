"""Tiny page-layout engine on PIL that records exactly what it draws (the truth).

Every drawn string is recorded with a key (section, column, baseline-y, x).  Truth lines are
built by grouping pieces with the same (section, column, y) and joining them left to right with
one space; lines are ordered by section, then column, then y.  Table rows are recorded as one
truth line each (cells joined by one space, empty cells left out).
"""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
MM = DPI / 25.4
PT = DPI / 72.0

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FAMILIES = {
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "sanscond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf"),
    "serifcond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "DejaVuSerifCondensed-Italic.ttf"),
}
_fc = {}


def font(fam, size, style=0):
    key = (fam, size, style)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FONTDIR + FAMILIES[fam][style], round(size * PT))
    return _fc[key]


def px(mm):
    return int(round(mm * MM))


class Page:
    def __init__(self, name, fam="serif", size=11):
        self.name = name
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.items = []  # (section, col, ykey, x_px, text)
        self.section = 0
        self.col = 0
        self.fam = fam
        self.size = size
        self.tables = []
        self.sig = []  # (x_mm, y_mm) anchors for stamp/signature
        self.ink_boxes = []  # (line-key, bbox px) for verification

    # ---------------------------------------------------------------- text
    def f(self, size=None, style=0, fam=None):
        return font(fam or self.fam, size or self.size, style)

    def width_mm(self, s, size=None, style=0, fam=None):
        return self.f(size, style, fam).getlength(s) / MM

    def text(self, x, y, s, size=None, style=0, fam=None, align="l", truth=True, underline=False, fill=0):
        """Draw s with its baseline at y mm; x is left/centre/right edge by align."""
        fnt = self.f(size, style, fam)
        w = fnt.getlength(s)
        xp = px(x)
        if align == "c":
            xp = int(round(xp - w / 2))
        elif align == "r":
            xp = int(round(xp - w))
        yp = px(y)
        self.d.text((xp, yp), s, font=fnt, fill=fill, anchor="ls")
        if underline:
            t = max(2, int(fnt.size / 14))
            self.d.rectangle([xp, yp + t * 2, xp + w, yp + t * 3], fill=fill)
        if truth:
            assert "  " not in s and s == s.strip(), repr(s)
            self.items.append((self.section, self.col, round(y * 4), xp, s))
            self.ink_boxes.append(((self.section, self.col, round(y * 4)), self.d.textbbox((xp, yp), s, font=fnt, anchor="ls")))
        return w / MM

    def justified(self, x, y, width, words, size=None, style=0, fam=None):
        fnt = self.f(size, style, fam)
        ws = [fnt.getlength(w) for w in words]
        gap = (px(width) - sum(ws)) / max(1, len(words) - 1)
        xp = px(x)
        yp = px(y)
        for w, wl in zip(words, ws):
            self.d.text((int(round(xp)), yp), w, font=fnt, fill=0, anchor="ls")
            xp += wl + gap
        s = " ".join(words)
        self.items.append((self.section, self.col, round(y * 4), px(x), s))
        self.ink_boxes.append(((self.section, self.col, round(y * 4)), (px(x), yp - fnt.size * 0.75, px(x + width), yp + 2)))

    def wrap(self, s, width, size=None, style=0, fam=None):
        fnt = self.f(size, style, fam)
        lim = px(width)
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if fnt.getlength(t) <= lim or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, width, s, size=None, style=0, fam=None, lead=None, justify=False, first_indent=0.0):
        """Wrapped paragraph; returns baseline y of the next line."""
        size = size or self.size
        lead = lead or size * 0.3528 * 1.45  # mm
        lines = self.wrap(s, width - first_indent, size, style, fam)
        # re-wrap after first line with full width
        if first_indent:
            first = lines[0]
            rest = self.wrap(s[len(first):].strip(), width, size, style, fam) if len(lines) > 1 else []
            lines = [first] + rest
        for i, ln in enumerate(lines):
            xi = x + (first_indent if i == 0 else 0)
            wi = width - (first_indent if i == 0 else 0)
            if justify and i < len(lines) - 1 and len(ln.split()) > 1:
                self.justified(xi, y, wi, ln.split(), size, style, fam)
            else:
                self.text(xi, y, ln, size, style, fam)
            y += lead
        return y

    def hline(self, x1, x2, y, t=0.3):
        self.d.rectangle([px(x1), px(y), px(x2), px(y) + max(1, px(t)) - 1], fill=0)

    def vline(self, x, y1, y2, t=0.3):
        self.d.rectangle([px(x), px(y1), px(x) + max(1, px(t)) - 1, px(y2)], fill=0)

    def rect(self, x1, y1, x2, y2, t=0.3, fill=None):
        if fill is not None:
            self.d.rectangle([px(x1), px(y1), px(x2), px(y2)], fill=fill)
        self.hline(x1, x2, y1, t)
        self.hline(x1, x2, y2, t)
        self.vline(x1, y1, y2, t)
        self.vline(x2, y1, y2 + t, t)

    # --------------------------------------------------------------- table
    def table(self, x, y, cols, rows, style="grid", size=None, fam=None, header_rows=1, aligns=None,
              merges=(), shade=None, pad=1.4, lead=None, bold_rows=(), valign_merged="top", rule=0.3):
        """rows: list of lists of cell strings ('\n' = printed line break) or None (covered by merge).
        merges: (r, c, rowspan, colspan).  Returns y of table bottom (mm).
        Truth: tables.json gets the cell grid; each row is one truth line."""
        size = size or self.size
        fam = fam or self.fam
        lead = lead or size * 0.3528 * 1.3
        ncol = len(cols)
        aligns = aligns or ["l"] * ncol
        span = {}
        covered = set()
        for (r, c, rs, cs) in merges:
            span[(r, c)] = (rs, cs)
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        xs = [x]
        for w in cols:
            xs.append(xs[-1] + w)
        # row heights
        heights = []
        for r, row in enumerate(rows):
            assert len(row) == ncol, (self.name, r, row)
            nl = 1
            for c, cell in enumerate(row):
                if (r, c) in covered:
                    assert not cell, (self.name, r, c, cell)
                    continue
                if cell and span.get((r, c), (1, 1))[0] == 1:
                    nl = max(nl, len(cell.split("\n")))
            heights.append(nl * lead + 2 * pad)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        # shading
        if shade is not None:
            self.d.rectangle([px(xs[0]), px(ys[0]), px(xs[-1]), px(ys[header_rows])], fill=shade)
        grid = []
        need = {}
        for r, row in enumerate(rows):
            st = 1 if r < header_rows or r in bold_rows else 0
            cells_truth = []
            for c, cell in enumerate(row):
                if (r, c) in covered or not cell:
                    cells_truth.append("")
                    continue
                rs, cs = span.get((r, c), (1, 1))
                x1, x2 = xs[c], xs[c + cs]
                lines = cell.split("\n")
                al = "c" if r < header_rows else aligns[c]
                if cs > 1 and r >= header_rows:
                    al = "l"
                for ln in lines:
                    wmm = self.width_mm(ln, size, st, fam)
                    if wmm > (x2 - x1) - 2 * pad + 0.01 and cs == 1:
                        need[c] = max(need.get(c, 0), wmm + 2 * pad)
                if r < header_rows and rs > 1:
                    top = (ys[r] + ys[r + rs]) / 2 - len(lines) * lead / 2  # header merged: centred
                else:
                    top = ys[r] + pad
                for i, ln in enumerate(lines):
                    by = top + (i + 0.78) * lead
                    xx = {"l": x1 + pad, "c": (x1 + x2) / 2, "r": x2 - pad}[al]
                    self.text(xx, by, ln, size, st, fam, align=al, truth=False)
                cells_truth.append(" ".join(lines))
            grid.append(cells_truth)
            line = " ".join(t for t in cells_truth if t)
            if line:
                self.items.append((self.section, self.col, round(ys[r] * 4), px(x), line))
                self.ink_boxes.append(((self.section, self.col, round(ys[r] * 4)), (px(xs[0]), px(ys[r]), px(xs[-1]), px(ys[r + 1]))))
        assert not need, (self.name, "column widths needed", need, cols)
        # rules
        if style == "grid":
            for r in range(len(rows)):
                for c in range(ncol):
                    if (r, c) in covered:
                        continue
                    rs, cs = span.get((r, c), (1, 1))
                    self.rect(xs[c], ys[r], xs[c + cs], ys[r + rs], rule)
        elif style == "hrules":
            self.hline(xs[0], xs[-1], ys[0], rule * 2)
            for r in range(1, len(rows)):
                self.hline(xs[0], xs[-1], ys[r], rule * (2 if r == header_rows else 0.7))
            self.hline(xs[0], xs[-1], ys[-1], rule * 2)
        self.tables.append(grid)
        return ys[-1]

    # --------------------------------------------------------------- truth
    def truth_lines(self):
        groups = {}
        for (s, c, yk, xp, t) in self.items:
            groups.setdefault((s, c, yk), []).append((xp, t))
        out = []
        for k in sorted(groups):
            out.append(" ".join(t for _, t in sorted(groups[k])))
        return out
