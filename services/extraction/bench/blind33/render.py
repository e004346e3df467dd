"""Tiny page-layout engine (PIL, 300 dpi) that records the exact truth as it draws."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508  # A4 @ 300 dpi
FD = "/usr/share/fonts/truetype/dejavu/"
FAMILIES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "serifcond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
_fcache = {}


def font(family, pt, bold=False):
    key = (family, pt, bold)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(FD + FAMILIES[family][1 if bold else 0], int(round(pt * DPI / 72)))
    return _fcache[key]


def mm(v):
    return int(round(v * DPI / 25.4))


class Page:
    def __init__(self, family, pt, margin_l=25, margin_r=20, top=18):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.family, self.pt = family, pt
        self.x0, self.x1 = mm(margin_l), W - mm(margin_r)
        self.y = mm(top)
        self.lines = []      # truth lines
        self.boxes = []      # (line_index, bbox) of every drawn piece, for verify
        self.tables = []

    # --- helpers -------------------------------------------------------
    def f(self, pt=None, bold=False, family=None):
        return font(family or self.family, pt or self.pt, bold)

    def lh(self, fnt):
        return int(fnt.size * 1.38)

    def tw(self, s, fnt):
        return self.d.textlength(s, font=fnt)

    def _draw(self, x, y, s, fnt, align="l", fill=0):
        w = self.tw(s, fnt)
        if align == "r":
            x = x - w
        elif align == "c":
            x = x - w / 2
        self.d.text((x, y), s, font=fnt, fill=fill)
        return (x, y, x + w, y + fnt.size)

    def footer(self, mm_from_bottom):
        y = H - mm(mm_from_bottom)
        assert self.y + 10 < y, f"content runs into footer: {self.y} >= {y}"
        self.y = y

    def gap(self, pt):
        self.y += int(pt * DPI / 72)

    # --- text lines ----------------------------------------------------
    def line(self, pieces, fnt=None, advance=True):
        """pieces: list of (x, text, align) or (x, text, align, font). One truth line."""
        fnt = fnt or self.f()
        drawn = []
        for p in pieces:
            x, s, al = p[0], p[1], p[2]
            ff = p[3] if len(p) > 3 else fnt
            if not s:
                continue
            bb = self._draw(x, self.y, s, ff, al)
            drawn.append((bb[0], s, bb))
        drawn.sort(key=lambda t: t[0])
        idx = len(self.lines)
        self.lines.append(" ".join(t[1] for t in drawn))
        for t in drawn:
            self.boxes.append((idx, t[2]))
        if advance:
            self.y += self.lh(fnt)

    def center(self, s, fnt=None):
        self.line([((self.x0 + self.x1) / 2, s, "c")], fnt)

    def wrap(self, s, fnt, width):
        words, out, cur = s.split(" "), [], ""
        for w_ in words:
            t = (cur + " " + w_) if cur else w_
            if self.tw(t, fnt) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w_
        if cur:
            out.append(cur)
        return out

    def para(self, s, fnt=None, x=None, width=None, first_prefix=None, indent=0):
        """Wrapped paragraph; every printed line is one truth line. first_prefix drawn at x, text at x+indent."""
        fnt = fnt or self.f()
        x = self.x0 if x is None else x
        width = (self.x1 - x - indent) if width is None else width
        for i, ln in enumerate(self.wrap(s, fnt, width)):
            pcs = [(x + indent, ln, "l")]
            if i == 0 and first_prefix:
                pcs.insert(0, (x, first_prefix, "l"))
            self.line(pcs, fnt)

    def field(self, label, value, xl=None, xc=None, xv=None, fnt=None, vwidth=None):
        """'Label : value' with aligned colon; value may wrap (continuation lines under value)."""
        fnt = fnt or self.f()
        xl = self.x0 if xl is None else xl
        xc = xl + mm(45) if xc is None else xc
        xv = xc + mm(4) if xv is None else xv
        vwidth = vwidth or (self.x1 - xv)
        vl = self.wrap(value, fnt, vwidth) if value else [""]
        for i, v in enumerate(vl):
            if i == 0:
                self.line([(xl, label, "l"), (xc, ":", "l"), (xv, v, "l")], fnt)
            else:
                self.line([(xv, v, "l")], fnt)

    def hr(self, width=3, x0=None, x1=None, dy=0):
        self.d.line([(x0 or self.x0, self.y + dy), (x1 or self.x1, self.y + dy)], fill=0, width=width)

    def columns(self, xs, blocks, fnt=None):
        """Side-by-side blocks (each a list of strings or (string, font)). Truth: whole left block, then next."""
        fnt = fnt or self.f()
        y0, ymax = self.y, self.y
        for x, blk in zip(xs, blocks):
            self.y = y0
            for item in blk:
                s, ff = (item, fnt) if isinstance(item, str) else item
                if s == "":
                    self.y += self.lh(ff)
                    continue
                self.line([(x, s, "l", ff)], ff)
            ymax = max(ymax, self.y)
        self.y = ymax

    # --- tables --------------------------------------------------------
    def table(self, cols, rows, fnt=None, style="grid", header_rows=1, shade=False, merges=None,
              pad=None, hfont=None, line_w=3, valign_header="c", row_rules=False, bold_rows=(), cell_align=None):
        """cols: list of (width_mm, align). rows: list of list of str (header rows first).
        merges: {(r, c): (rowspan, colspan)} -- text sits in the first cell it spans.
        style: grid | hrules | none."""
        fnt = fnt or self.f()
        hfont = hfont or self.f(bold=True)
        merges = merges or {}
        pad = pad if pad is not None else mm(1.6)
        widths = [mm(c[0]) for c in cols]
        xs = [self.x0]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        nr, nc = len(rows), len(cols)
        covered = set()
        for (r, c), (rs, cs) in merges.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        # wrap cells
        wrapped = {}
        for r in range(nr):
            ff = hfont if (r < header_rows or r in bold_rows) else fnt
            for c in range(nc):
                if (r, c) in covered:
                    continue
                rs, cs = merges.get((r, c), (1, 1))
                cw = xs[c + cs] - xs[c] - 2 * pad
                txt = rows[r][c]
                wrapped[(r, c)] = (self.wrap(txt, ff, cw) if txt else [], ff)
                for ln in wrapped[(r, c)][0]:
                    if self.tw(ln, ff) > cw + pad * 0.8:
                        raise ValueError(f"cell overflow r{r} c{c}: {ln!r} {self.tw(ln, ff):.0f}>{cw}")
        # row heights
        rh = []
        for r in range(nr):
            ff = hfont if (r < header_rows or r in bold_rows) else fnt
            n = 1
            for c in range(nc):
                if (r, c) in wrapped and merges.get((r, c), (1, 1))[0] == 1:
                    n = max(n, len(wrapped[(r, c)][0]))
            rh.append(n * self.lh(ff) + 2 * pad)
        ys = [self.y]
        for h in rh:
            ys.append(ys[-1] + h)
        # shading of header
        if shade:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=215)
        # draw text
        for r in range(nr):
            idx = len(self.lines)
            cells = []
            for c in range(nc):
                if (r, c) not in wrapped:
                    continue
                lines_, ff = wrapped[(r, c)]
                rs, cs = merges.get((r, c), (1, 1))
                top, bot = ys[r], ys[r + rs]
                al = cols[c][1] if r >= header_rows else "c"
                if cell_align and (r, c) in cell_align:
                    al = cell_align[(r, c)]
                lhh = self.lh(ff)
                if r < header_rows or rs > 1:
                    ty = top + ((bot - top) - len(lines_) * lhh) / 2 + pad * 0.3
                else:
                    ty = top + pad
                for k, ln in enumerate(lines_):
                    if al == "l":
                        x = xs[c] + pad
                    elif al == "m":
                        x = (xs[c] + xs[c + cs]) / 2 - mm(3)
                        al = "l"
                    elif al == "r":
                        x = xs[c + cs] - pad
                    else:
                        x = (xs[c] + xs[c + cs]) / 2
                    bb = self._draw(x, ty + k * lhh, ln, ff, al)
                    self.boxes.append((idx, bb))
            row_cells = [rows[r][c] for c in range(nc)]
            self.lines.append(" ".join(s for s in row_cells if s))
        # rules
        d, lw = self.d, line_w
        if style == "grid":
            for r in range(nr + 1):
                for c in range(nc):
                    # horizontal segment above row r, col c, unless inside a vertical merge
                    if 0 < r < nr and (r, c) in covered and merges_cover_vert(merges, r, c):
                        continue
                    d.line([(xs[c], ys[r]), (xs[c + 1], ys[r])], fill=0, width=lw)
            for c in range(nc + 1):
                for r in range(nr):
                    if 0 < c < nc and (r, c) in covered and merges_cover_horiz(merges, r, c):
                        continue
                    d.line([(xs[c], ys[r]), (xs[c], ys[r + 1])], fill=0, width=lw)
        elif style == "hrules":
            d.line([(xs[0], ys[0]), (xs[-1], ys[0])], fill=0, width=lw + 1)
            d.line([(xs[0], ys[header_rows]), (xs[-1], ys[header_rows])], fill=0, width=lw)
            if row_rules:
                for r in range(header_rows + 1, nr):
                    d.line([(xs[0], ys[r]), (xs[-1], ys[r])], fill=120, width=1)
            d.line([(xs[0], ys[-1]), (xs[-1], ys[-1])], fill=0, width=lw + 1)
        self.tables.append([list(r) for r in rows])
        self.y = ys[-1] + mm(2)
        return xs, ys

    def truth(self):
        return "\n".join(self.lines) + "\n"


def merges_cover_vert(merges, r, c):
    for (mr, mc), (rs, cs) in merges.items():
        if mr < r < mr + rs and mc <= c < mc + cs:
            return True
    return False


def merges_cover_horiz(merges, r, c):
    for (mr, mc), (rs, cs) in merges.items():
        if mc < c < mc + cs and mr <= r < mr + rs:
            return True
    return False
