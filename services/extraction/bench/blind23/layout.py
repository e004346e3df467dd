"""Small layout engine: draws text on a 300 dpi A4 greyscale page with PIL and
records the truth (one entry per printed line, tables as cell grids) while drawing."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif_b": "DejaVuSerif-Bold.ttf", "serif_i": "DejaVuSerif-Italic.ttf",
    "serif_c": "DejaVuSerifCondensed.ttf", "serif_cb": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans_b": "DejaVuSans-Bold.ttf",
    "sans_c": "DejaVuSansCondensed.ttf", "sans_cb": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf", "mono_b": "DejaVuSansMono-Bold.ttf",
}
_cache = {}


def F(name, pt):
    key = (name, pt)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FD + FONTS[name], size=int(round(pt * DPI / 72)))
    return _cache[key]


def mm(v):
    return int(round(v * DPI / 25.4))


def wrap(text, f, width):
    """Greedy word wrap; explicit '\n' forces a break. Rejoining lines with ' ' gives the text back."""
    out = []
    for part in text.split("\n"):
        words = part.split(" ")
        cur = ""
        for w_ in words:
            cand = w_ if not cur else cur + " " + w_
            if f.getlength(cand) <= width or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w_
        out.append(cur)
    for ln in out:
        assert f.getlength(ln) <= width + 1, ("word too wide for cell", ln, width)
    return out


class Page:
    def __init__(self, name):
        self.name = name
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.sig = None  # (x, y) centre of the signature / stamp area
        self.maxy = 0

    # ---- text -------------------------------------------------------
    def _draw(self, x, y, text, f, align="l", fill=0):
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.d.text((x, y), text, font=f, fill=fill, anchor=anchor)
        ln = f.getlength(text)
        return x if align == "l" else (x - ln if align == "r" else x - ln / 2)

    def line(self, y, *pieces, record=True):
        """pieces: (x, text, font[, align]). Drawn on one baseline y; truth = pieces joined left->right."""
        items = []
        self.maxy = max(self.maxy, y)
        for p in pieces:
            x, t, f = p[0], p[1], p[2]
            a = p[3] if len(p) > 3 else "l"
            if t == "":
                continue
            items.append((self._draw(x, y, t, f, a), t))
        items.sort()
        if record and items:
            self.lines.append(" ".join(t for _, t in items))

    def kv(self, y, x1, x2, label, value, f, fv=None, sep=":"):
        self.line(y, (x1, label, f), (x2, sep, f), (x2 + mm(3), value, fv or f))

    def para(self, x, y, width, text, f, lead, label=None, label_x=None, justify=False, first_x=None):
        """Wrapped paragraph. label (e.g. '1.') is drawn at label_x on the first line. Returns next baseline."""
        lines = wrap(text, f, width)
        for i, ln in enumerate(lines):
            pieces = []
            if i == 0 and label:
                pieces.append((label_x, label, f))
            if justify and i < len(lines) - 1 and " " in ln:
                words = ln.split(" ")
                tot = sum(f.getlength(w_) for w_ in words)
                gap = (width - tot) / (len(words) - 1)
                xx = x
                for w_ in words:
                    self._draw(xx, y, w_, f)
                    xx += f.getlength(w_) + gap
                self.lines.append(((label + " ") if (i == 0 and label) else "") + ln)
                if i == 0 and label:
                    self._draw(label_x, y, label, f)
            else:
                pieces.append((x, ln, f))
                self.line(y, *pieces)
            y += lead
        return y

    def hline(self, x0, x1, y, w=3, fill=0):
        self.d.rectangle([x0, y, x1, y + w - 1], fill=fill)

    # ---- tables -----------------------------------------------------
    def table(self, x, y, widths, rows, f, style="grid", header_rows=1, hfont=None, aligns=None,
              hmerge=(), vmerge=(), shade=None, pad=None, lead=None, lw=3, min_h=0, valign_center=False):
        """rows: list of lists of cell strings ('\n' = forced line break inside a cell).
        hmerge: (row, c0, c1) cells c0..c1 of row merged (text in c0, others '').
        vmerge: (col, r0, r1) rows r0..r1 of column merged (text in r0).
        Returns the y below the table."""
        hfont = hfont or f
        pad = pad if pad is not None else mm(1.2)
        asc, desc = f.getmetrics()
        lead = lead or int((asc + desc) * 1.08)
        ncol = len(widths)
        aligns = aligns or ["l"] * ncol
        xs = [x]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        hm = {(r, c0): c1 for r, c0, c1 in hmerge}
        covered = set()
        for r, c0, c1 in hmerge:
            for c in range(c0 + 1, c1 + 1):
                covered.add((r, c))
        for c, r0, r1 in vmerge:
            for r in range(r0 + 1, r1 + 1):
                covered.add((r, c))
        # layout
        layout = []
        heights = []
        for r, row in enumerate(rows):
            assert len(row) == ncol, (self.name, row)
            fo = hfont if r < header_rows else f
            cells = []
            nmax = 1
            for c, txt in enumerate(row):
                if (r, c) in covered:
                    assert txt == "", (self.name, r, c, txt)
                    cells.append(None)
                    continue
                c1 = hm.get((r, c), c)
                wd = xs[c1 + 1] - xs[c] - 2 * pad
                ls = wrap(txt, fo, wd) if txt else []
                cells.append((c, c1, ls))
                nmax = max(nmax, len(ls))
            h = max(min_h, nmax * lead + 2 * pad + int(desc * 0.3))
            heights.append(h)
            layout.append(cells)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        # shading
        if shade is not None:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=shade)
        # text
        for r, cells in enumerate(layout):
            fo = hfont if r < header_rows else f
            for cell in cells:
                if cell is None:
                    continue
                c, c1, ls = cell
                x0, x1 = xs[c] + pad, xs[c1 + 1] - pad
                a = "c" if r < header_rows else aligns[c]
                yb = ys[r] + pad + asc
                if r < header_rows or valign_center:
                    # vertically merged header text sits in its own first row, centred in that row
                    yb += ((heights[r] - 2 * pad - int(desc * 0.3)) - len(ls) * lead) // 2
                for i, ln in enumerate(ls):
                    xx = x0 if a == "l" else (x1 if a == "r" else (x0 + x1) / 2)
                    self._draw(xx, yb + i * lead, ln, fo, a)
            # truth line
            parts = [" ".join(cell[2]) for cell in cells if cell is not None and cell[2]]
            self.lines.append(" ".join(parts))
        truth_rows = [[t.replace("\n", " ") for t in row] for row in rows]
        for row, cells in zip(truth_rows, layout):
            for txt, cell in zip(row, cells):
                if cell is not None:
                    assert " ".join(cell[2]) == txt, (txt, cell)
        self.tables.append(truth_rows)
        # rules
        if style == "grid":
            vcov = {(c, r) for c, r0, r1 in vmerge for r in range(r0, r1)}
            for r in range(len(rows)):
                for j in range(1, ncol):
                    inside = any(rr == r and c0 < j <= c1 for rr, c0, c1 in hmerge)
                    if not inside:
                        self.d.rectangle([xs[j] - lw // 2, ys[r], xs[j] - lw // 2 + lw - 1, ys[r + 1]], fill=0)
            for r in range(1, len(rows)):
                for c in range(ncol):
                    if (c, r - 1) in vcov:
                        continue
                    self.d.rectangle([xs[c], ys[r] - lw // 2, xs[c + 1], ys[r] - lw // 2 + lw - 1], fill=0)
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[-1]], outline=0, width=lw)
        elif style == "hrules":
            self.hline(xs[0], xs[-1], ys[0], w=lw + 2)
            self.hline(xs[0], xs[-1], ys[header_rows], w=lw)
            for r in range(header_rows + 1, len(rows)):
                self.hline(xs[0], xs[-1], ys[r], w=max(1, lw - 1), fill=90)
            self.hline(xs[0], xs[-1], ys[-1], w=lw + 2)
        return ys[-1]
