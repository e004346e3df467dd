"""Page rendering helpers (PIL, 300 dpi A4). Every drawn line is recorded as truth."""
from functools import lru_cache
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": "DejaVuSans.ttf", "sansB": "DejaVuSans-Bold.ttf",
    "cond": "DejaVuSansCondensed.ttf", "condB": "DejaVuSansCondensed-Bold.ttf",
    "serif": "DejaVuSerif.ttf", "serifB": "DejaVuSerif-Bold.ttf",
    "serifC": "DejaVuSerifCondensed.ttf", "serifCB": "DejaVuSerifCondensed-Bold.ttf",
    "serifI": "DejaVuSerif-Italic.ttf",
    "mono": "DejaVuSansMono.ttf", "monoB": "DejaVuSansMono-Bold.ttf",
}


def mm(v):
    return int(round(v * DPI / 25.4))


@lru_cache(maxsize=None)
def F(name, pt):
    return ImageFont.truetype(FONTDIR + FONTS[name], int(round(pt * DPI / 72)))


def cell_text(t):
    return " ".join(str(t).split())


class SKIP:  # position covered by a merged cell
    pass


class Page:
    def __init__(self):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.sig = None  # (x_mm, y_mm) where a signature/stamp belongs
        self.limit = None  # (x1_px, x2_px) while drawing table cells

    # ---- text primitives -------------------------------------------------
    def put(self, x, y, s, f, align="l"):
        w = f.getlength(s)
        X = mm(x) - (w if align == "r" else w / 2 if align == "c" else 0)
        assert X >= mm(9) and X + w <= W - mm(9), ("outside margins", s)
        if self.limit is not None:
            assert self.limit[0] - 2 <= X and X + w <= self.limit[1] + 2, ("cell overflow", s)
        self.d.text((X, mm(y)), s, font=f, fill=0, anchor="ls")
        return X

    def line(self, y, pieces, record=True):
        """pieces: (x_mm, text, font, align). Joined left to right with one space."""
        got = []
        for p in pieces:
            x, s, f = p[0], p[1], p[2]
            al = p[3] if len(p) > 3 else "l"
            if s == "":
                continue
            X = self.put(x, y, s, f, al)
            got.append((X, s))
        if record and got:
            self.lines.append(" ".join(s for _, s in sorted(got)))

    def center(self, y, s, f, cx=105):
        self.line(y, [(cx, s, f, "c")])

    def wrap(self, s, f, width_mm):
        out = []
        for hard in str(s).split("\n"):
            cur = ""
            toks = []
            for w in hard.split():
                if toks and toks[-1] == "Rp":
                    toks[-1] = "Rp " + w
                else:
                    toks.append(w)
            for w in toks:
                t = (cur + " " + w) if cur else w
                if f.getlength(t) <= mm(width_mm) or not cur:
                    cur = t
                else:
                    out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def para(self, x, y, width, text, f, lead, first=None, hang=0.0):
        """Wrapped paragraph. first=(x_label, label) printed on first line; hang = indent of text."""
        lines = self.wrap(text, f, width - hang)
        for i, ln in enumerate(lines):
            pcs = [(x + hang, ln, f)]
            if i == 0 and first:
                pcs = [(first[0], first[1], f)] + pcs
            self.line(y, pcs)
            y += lead
        return y

    def field(self, y, xl, label, xc, xv, value, f, width, lead):
        """'Label : value' with value wrapped under itself."""
        lines = self.wrap(value, f, width)
        for i, ln in enumerate(lines):
            if i == 0:
                self.line(y, [(xl, label, f), (xc, ":", f), (xv, ln, f)])
            else:
                self.line(y, [(xv, ln, f)])
            y += lead
        return y

    def hrule(self, x1, x2, y, w=3):
        self.d.line([(mm(x1), mm(y)), (mm(x2), mm(y))], fill=0, width=w)

    def rect(self, x1, y1, x2, y2, w=3, fill=None):
        self.d.rectangle([mm(x1), mm(y1), mm(x2), mm(y2)], outline=0 if w else None, width=w, fill=fill)

    # ---- kop surat ---------------------------------------------------------
    def kop(self, y, unit, addr, fb="serifB", f="serif"):
        # simple shield emblem on the left (no text)
        cx, cy = mm(27), mm(y + 9)
        s = mm(11)
        pts = [(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s * 0.2), (cx, cy + s * 1.25), (cx - s, cy + s * 0.2)]
        self.d.polygon(pts, outline=0, width=5)
        self.d.ellipse([cx - s * 0.45, cy - s * 0.6, cx + s * 0.45, cy + s * 0.3], outline=0, width=4)
        self.d.line([(cx, cy - s * 0.6), (cx, cy + s * 0.9)], fill=0, width=4)
        self.center(y + 4, "PEMERINTAH KOTA SAMARINDA", F(fb, 13), cx=112)
        pt = 14
        while F(fb, pt).getlength(unit) > mm(150):
            pt -= 0.5
        self.center(y + 11, unit, F(fb, pt), cx=112)
        yy = y + 16.5
        for a in addr:
            self.center(yy, a, F(f, 9), cx=112)
            yy += 4.3
        yy += 0.3
        self.hrule(15, 195, yy, 8)
        self.hrule(15, 195, yy + 1.3, 2)
        return yy + 7

    # ---- tables --------------------------------------------------------------
    def table(self, x, y, widths, rows, font, fontB, style="grid", header_rows=1, pad=1.3,
              lead=None, aligns=None, shade=None, rule_above=(), bold_rows=(), valign_hdr="c"):
        """rows: list of lists of len(widths); entries str, dict(t, cs, rs, al, b) or SKIP.
        style: grid | hrules | none | vlines. Returns y after table."""
        n = len(widths)
        lead = lead or (font.size * 25.4 / DPI) * 1.25
        aligns = aligns or ["l"] * n
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        norm = []
        for r in rows:
            assert len(r) == n, r
            nr = []
            for c in r:
                if c is SKIP:
                    nr.append(None)
                elif isinstance(c, dict):
                    nr.append(dict(cs=1, rs=1, al=None, b=False) | c)
                else:
                    nr.append(dict(t=c, cs=1, rs=1, al=None, b=False))
            norm.append(nr)
        # wrap
        for ri, r in enumerate(norm):
            for ci, c in enumerate(r):
                if c is None:
                    continue
                f = fontB if (ri < header_rows or c["b"] or ri in bold_rows) else font
                c["f"] = f
                wdt = xs[ci + c["cs"]] - xs[ci] - 2 * pad
                c["lines"] = self.wrap(c["t"], f, wdt) if str(c["t"]).strip() else []
        heights = []
        for ri, r in enumerate(norm):
            h = max([len(c["lines"]) for c in r if c is not None and c["rs"] == 1] + [1])
            heights.append(h * lead + 2 * pad)
        for ri, r in enumerate(norm):
            for c in r:
                if c is not None and c["rs"] > 1:
                    need = max(1, len(c["lines"])) * lead + 2 * pad
                    have = sum(heights[ri:ri + c["rs"]])
                    if need > have:
                        heights[ri + c["rs"] - 1] += need - have
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        # shading
        if shade is not None:
            for ri in range(header_rows):
                self.d.rectangle([mm(xs[0]), mm(ys[ri]), mm(xs[-1]), mm(ys[ri + 1])], fill=shade)
        # text
        asc = lead * 0.78
        truth_rows = []
        for ri, r in enumerate(norm):
            jrow = [""] * n
            for ci, c in enumerate(r):
                if c is None:
                    continue
                al = c["al"] or ("c" if ri < header_rows else aligns[ci])
                x1, x2 = xs[ci], xs[ci + c["cs"]]
                top = ys[ri]
                hh = ys[ri + c["rs"]] - ys[ri]
                nl = len(c["lines"])
                if ri < header_rows and valign_hdr == "c":
                    top = top + (hh - (nl * lead + 2 * pad)) / 2
                self.limit = (mm(x1), mm(x2))
                for li, ln in enumerate(c["lines"]):
                    by = top + pad + asc + li * lead
                    if al == "l":
                        self.put(x1 + pad, by, ln, c["f"])
                    elif al == "r":
                        self.put(x2 - pad, by, ln, c["f"], "r")
                    else:
                        self.put((x1 + x2) / 2, by, ln, c["f"], "c")
                self.limit = None
                jrow[ci] = cell_text(" ".join(c["lines"]))
                assert jrow[ci] == cell_text(c["t"]), (jrow[ci], c["t"])
            truth_rows.append(jrow)
            self.lines.append(" ".join(t for t in jrow if t))
        # rules
        lw = 3
        if style == "grid":
            for ri, r in enumerate(norm):
                for ci, c in enumerate(r):
                    if c is None:
                        continue
                    self.d.rectangle([mm(xs[ci]), mm(ys[ri]), mm(xs[ci + c["cs"]]), mm(ys[ri + c["rs"]])],
                                     outline=0, width=lw)
        elif style == "hrules":
            self.hrule(xs[0], xs[-1], ys[0], 5)
            self.hrule(xs[0], xs[-1], ys[header_rows], 3)
            for ri in rule_above:
                self.hrule(xs[0], xs[-1], ys[ri], 3)
            self.hrule(xs[0], xs[-1], ys[-1], 5)
        elif style == "vlines":
            self.d.rectangle([mm(xs[0]), mm(ys[0]), mm(xs[-1]), mm(ys[-1])], outline=0, width=lw)
            self.hrule(xs[0], xs[-1], ys[header_rows], lw)
            for ri in rule_above:
                self.hrule(xs[0], xs[-1], ys[ri], lw)
            for xx in xs[1:-1]:
                self.d.line([(mm(xx), mm(ys[0])), (mm(xx), mm(ys[-1]))], fill=0, width=lw)
        self.tables.append(truth_rows)
        return ys[-1]
