"""Tiny page-layout engine: draws text with PIL at 300 dpi and records the truth
(one truth line per printed line / per table row) while drawing."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
FD = "/usr/share/fonts/truetype/dejavu/"
FONTFILES = {
    "serif": "DejaVuSerif.ttf", "serif_b": "DejaVuSerif-Bold.ttf", "serif_i": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifc_b": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans_b": "DejaVuSans-Bold.ttf", "sans_i": "DejaVuSans-Oblique.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sansc_b": "DejaVuSansCondensed-Bold.ttf",
    "sansc_i": "DejaVuSansCondensed-Oblique.ttf",
    "mono": "DejaVuSansMono.ttf", "mono_b": "DejaVuSansMono-Bold.ttf",
}
_cache = {}


def F(name, pt):
    key = (name, pt)
    if key not in _cache:
        f = ImageFont.truetype(FD + FONTFILES[name], size=round(pt * DPI / 72))
        f.pt = pt
        _cache[key] = f
    return _cache[key]


def mm(v):
    return round(v * DPI / 25.4)


def wrap(text, font, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if font.getlength(w) > width:
            raise ValueError(f"word too wide for column ({width}px): {w!r}")
        t = w if not cur else cur + " " + w
        if font.getlength(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, landscape=False, margins=(25, 18, 20, 15)):
        self.W, self.H = (3508, 2480) if landscape else (2480, 3508)
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.L, self.T, self.R, self.B = [mm(m) for m in margins]
        self.x1 = self.W - self.R
        self.y = self.T
        self.lines = []      # truth lines
        self.boxes = []      # bbox per truth line (union of its pieces)
        self.tables = []
        self.anchors = {}

    # ---- primitive -----------------------------------------------------
    def put(self, x, base, text, font, align="l", fill=0, underline=False):
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.d.text((x, base), text, font=font, fill=fill, anchor=anchor)
        bb = self.d.textbbox((x, base), text, font=font, anchor=anchor)
        if underline:
            uy = base + max(3, font.size // 9)
            self.d.line([(bb[0], uy), (bb[2], uy)], fill=fill, width=max(2, font.size // 16))
        return bb

    def record(self, pieces_bbs):
        """pieces_bbs: list of (text, bbox). One truth line, pieces sorted left to right."""
        pieces_bbs = [p for p in pieces_bbs if p[0]]
        if not pieces_bbs:
            return
        pieces_bbs.sort(key=lambda p: p[1][0])
        txt = " ".join(p[0] for p in pieces_bbs)
        assert txt == txt.strip() and "  " not in txt, repr(txt)
        bb = [min(p[1][0] for p in pieces_bbs), min(p[1][1] for p in pieces_bbs),
              max(p[1][2] for p in pieces_bbs), max(p[1][3] for p in pieces_bbs)]
        self.lines.append(txt)
        self.boxes.append(bb)

    # ---- flow ----------------------------------------------------------
    def gap(self, px):
        self.y += px

    def line(self, pieces, lead=None, font=None):
        lead = lead or self.LEAD
        """pieces: list of (x, text, font[, align[, underline]])"""
        size = max(p[2].size for p in pieces)
        base = self.y + round(size * 0.95)
        rec = []
        for p in pieces:
            x, t, f = p[0], p[1], p[2]
            al = p[3] if len(p) > 3 else "l"
            ul = p[4] if len(p) > 4 else False
            if t:
                rec.append((t, self.put(x, base, t, f, al, underline=ul)))
        self.record(rec)
        self.y += round(size * lead)
        return base

    def center(self, text, font, lead=None, underline=False, cx=None):
        return self.line([((cx or (self.L + self.x1) // 2), text, font, "c", underline)], lead)

    def para(self, x, width, text, font, lead=None, prefix=None, lead_pieces=None):
        """wrapped paragraph; prefix = list of (x,text,font) drawn on the first line only"""
        ls = wrap(text, font, width)
        for i, l in enumerate(ls):
            pcs = [(x, l, font)]
            if i == 0 and prefix:
                pcs = list(prefix) + pcs
            self.line(pcs, lead)
        return len(ls)

    def kv(self, xl, xc, xv, label, value, font, vwidth=None, lead=None, fontv=None):
        fontv = fontv or font
        if vwidth is None:
            vwidth = self.x1 - xv
        ls = wrap(value, fontv, vwidth)
        for i, l in enumerate(ls):
            if i == 0:
                self.line([(xl, label, font), (xc, ":", font), (xv, l, fontv)], lead)
            else:
                self.line([(xv, l, fontv)], lead)

    def footer_at(self, y):
        assert self.y <= y - 10, f"content ({self.y}) runs into footer ({y})"
        self.y = y

    def hline(self, x0, x1, y, w=3, fill=0):
        self.d.rectangle([x0, y, x1, y + w - 1], fill=fill)

    STRICT = True
    LEAD = 1.32
    def fits(self):
        if not Page.STRICT:
            print("overflow", self.y, self.H - self.B); return
        assert self.y <= self.H - self.B, f"page overflow: y={self.y} > {self.H - self.B}"

    # ---- table ---------------------------------------------------------
    def table(self, x0, widths, header, rows, font, hfont, style="grid", aligns=None,
              pad=None, lead=1.22, shade=None, lw=3, bfont=None):
        """header: list of header rows; each a list of (text, colspan, rowspan) placed
        left to right into the free grid slots.  rows: list of rows, each a list of
        str or dict(t=, span=, align=, bold=)."""
        n = len(widths)
        aligns = aligns or ["l"] * n
        pad = pad if pad is not None else round(font.size * 0.28)
        bfont = bfont or hfont
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        lh = round(font.size * lead)
        hlh = round(hfont.size * lead)
        # ---- header placement
        nh = len(header)
        occ = [[None] * n for _ in range(nh)]
        hcells = []
        for r, hr in enumerate(header):
            c = 0
            for (t, cs, rs) in hr:
                while occ[r][c] is not None:
                    c += 1
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        occ[rr][cc] = len(hcells)
                hcells.append(dict(t=t, r=r, c=c, cs=cs, rs=rs))
                c += cs
        for r in range(nh):
            assert all(o is not None for o in occ[r]), f"header row {r} not full"
        for hc in hcells:
            w = xs[hc["c"] + hc["cs"]] - xs[hc["c"]] - 2 * pad
            hc["lines"] = wrap(hc["t"], hfont, w) if hc["t"] else []
        hh = [0] * nh
        for hc in hcells:
            if hc["rs"] == 1:
                hh[hc["r"]] = max(hh[hc["r"]], len(hc["lines"]) * hlh + 2 * pad)
        for r in range(nh):
            hh[r] = max(hh[r], hlh + 2 * pad)
        for hc in hcells:
            if hc["rs"] > 1:
                need = len(hc["lines"]) * hlh + 2 * pad
                have = sum(hh[hc["r"]:hc["r"] + hc["rs"]])
                if need > have:
                    hh[hc["r"] + hc["rs"] - 1] += need - have
        ys = [self.y]
        for h in hh:
            ys.append(ys[-1] + h)
        # shading
        if shade is not None:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[-1]], fill=shade)
        truth_rows = []
        for r in range(nh):
            rec = []
            trow = [""] * n
            for hc in [h for h in hcells if h["r"] == r]:
                trow[hc["c"]] = hc["t"]
                cx = (xs[hc["c"]] + xs[hc["c"] + hc["cs"]]) // 2
                bbs = []
                for i, l in enumerate(hc["lines"]):
                    base = ys[r] + pad + i * hlh + round(hfont.size * 0.92)
                    bbs.append(self.put(cx, base, l, hfont, "c"))
                if bbs:
                    rec.append((hc["t"], [min(b[0] for b in bbs), min(b[1] for b in bbs),
                                          max(b[2] for b in bbs), max(b[3] for b in bbs)]))
            self.record(rec)
            truth_rows.append(trow)
        # header borders
        if style in ("grid",):
            for hc in hcells:
                self.d.rectangle([xs[hc["c"]], ys[hc["r"]], xs[hc["c"] + hc["cs"]],
                                  ys[hc["r"] + hc["rs"]]], outline=0, width=lw)
        elif style == "hrules":
            self.hline(xs[0], xs[-1], ys[0], lw + 1)
            self.hline(xs[0], xs[-1], ys[-1] - lw, lw)
            self.hline(xs[0], xs[-1], ys[-1] + 4, lw - 1)
        self.y = ys[-1] + (6 if style == "hrules" else 0)
        # ---- body
        for ri, row in enumerate(rows):
            cells = []
            c = 0
            for cell in row:
                if isinstance(cell, str):
                    cell = dict(t=cell)
                cell = dict(cell)
                cell.setdefault("span", 1)
                cell["c"] = c
                c += cell["span"]
                cells.append(cell)
            assert c == n, f"row {ri} has {c} cols, need {n}"
            mx = 1
            for cell in cells:
                f = bfont if cell.get("bold") else font
                w = xs[cell["c"] + cell["span"]] - xs[cell["c"]] - 2 * pad
                cell["lines"] = wrap(cell["t"], f, w) if cell["t"] else []
                cell["f"] = f
                mx = max(mx, len(cell["lines"]))
            top = self.y
            rh = mx * lh + 2 * pad
            rec = []
            trow = [""] * n
            for cell in cells:
                trow[cell["c"]] = cell["t"]
                al = cell.get("align", aligns[cell["c"]])
                xa, xb = xs[cell["c"]] + pad, xs[cell["c"] + cell["span"]] - pad
                x = {"l": xa, "r": xb, "c": (xa + xb) // 2}[al]
                bbs = []
                for i, l in enumerate(cell["lines"]):
                    base = top + pad + i * lh + round(cell["f"].size * 0.92)
                    bbs.append(self.put(x, base, l, cell["f"], al))
                if bbs:
                    rec.append((cell["t"], [min(b[0] for b in bbs), min(b[1] for b in bbs),
                                            max(b[2] for b in bbs), max(b[3] for b in bbs)]))
                if style == "grid":
                    self.d.rectangle([xs[cell["c"]], top, xs[cell["c"] + cell["span"]], top + rh],
                                     outline=0, width=lw)
            self.record(rec)
            truth_rows.append(trow)
            self.y = top + rh
            if style == "hrules":
                last = ri == len(rows) - 1
                self.hline(xs[0], xs[-1], self.y - 1, lw + 1 if last else 2, fill=0 if last else 70)
        self.tables.append(truth_rows)
        self.fits()
        return xs

    def logo(self, x, y, s):
        """a text-free emblem (shield) as found at the left of a kop surat"""
        d = self.d
        pts = [(x, y), (x + s, y), (x + s, y + int(s * 0.8)), (x + s // 2, y + int(s * 1.2)),
               (x, y + int(s * 0.8))]
        d.polygon(pts, outline=0, fill=235, width=5)
        d.ellipse([x + s * 0.25, y + s * 0.18, x + s * 0.75, y + s * 0.68], outline=0, width=5)
        d.polygon([(x + s * 0.5, y + s * 0.22), (x + s * 0.6, y + s * 0.5), (x + s * 0.5, y + s * 0.64),
                   (x + s * 0.4, y + s * 0.5)], fill=60)
        for i in range(5):
            yy = y + s * 0.78 + i * s * 0.06
            d.line([(x + s * 0.2 + i * s * 0.05, yy), (x + s * 0.8 - i * s * 0.05, yy)], fill=0, width=4)
