"""Tiny layout engine: draws text on a 300 dpi greyscale page and records the
truth (one line per printed line) and the tables at the same time."""
import math
from PIL import Image, ImageDraw, ImageFont

DPI = 300
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif_b": "DejaVuSerif-Bold.ttf", "serif_i": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifc_b": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans_b": "DejaVuSans-Bold.ttf", "sans_i": "DejaVuSans-Oblique.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sansc_b": "DejaVuSansCondensed-Bold.ttf",
    "sansc_i": "DejaVuSansCondensed-Oblique.ttf", "mono": "DejaVuSansMono.ttf",
}
_cache = {}


def F(name, pt):
    k = (name, pt)
    if k not in _cache:
        f = ImageFont.truetype(FD + FONTS[name], size=int(round(pt * DPI / 72)))
        f.pt = pt
        _cache[k] = f
    return _cache[k]


def mm(v):
    return int(round(v * DPI / 25.4))


def lh(f, factor=1.38):
    return int(round(f.pt * DPI / 72 * factor))


def wrap(text, f, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        assert f.getlength(w) <= width, (w, width)
        t = w if not cur else cur + " " + w
        if f.getlength(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, name, landscape=False, margin_bottom=12):
        self.name = name
        self.W, self.H = (mm(297), mm(210)) if landscape else (mm(210), mm(297))
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.table_styles = []
        self.y = mm(12)
        self.stamp_xy = None
        self.sig_boxes = []  # (x0, y0, x1, y1) empty areas where a signature goes
        self.mb = mm(margin_bottom)

    # --- primitives -------------------------------------------------------
    def _draw(self, x, y, s, f, fill=0):
        self.d.text((x, y), s, font=f, fill=fill)

    def line(self, pieces, f=None, adv=None, fill=0, underline=False):
        """pieces: list of (x, text, font|None, align) ; x in px; align l/c/r."""
        placed = []
        maxf = None
        for p in pieces:
            x, s, pf, al = p
            pf = pf or f
            w = pf.getlength(s)
            x0 = x if al == "l" else (x - w / 2 if al == "c" else x - w)
            self._draw(x0, self.y, s, pf, fill)
            if underline:
                uy = self.y + pf.getbbox("Ag")[3] + 4
                self.d.line([(x0, uy), (x0 + w, uy)], fill=fill, width=3)
            placed.append((x0, s))
            if maxf is None or pf.pt > maxf.pt:
                maxf = pf
        placed.sort()
        self.lines.append(" ".join(s for _, s in placed if s))
        self.y += adv if adv is not None else lh(maxf)
        self.check()

    def at_bottom(self, from_bottom_mm):
        """Move to the footer position; the body must end above it."""
        t = self.H - mm(from_bottom_mm)
        assert self.y <= t - mm(3), (self.name, "body overlaps footer", self.y, t)
        self.y = t
        self.mb = mm(3)

    def check(self):
        assert self.y < self.H - self.mb + mm(2), (self.name, self.y, self.H)

    def center(self, s, f, x=None, **kw):
        self.line([((self.W / 2) if x is None else x, s, f, "c")], **kw)

    def gap(self, v_mm):
        self.y += mm(v_mm)

    def hrule(self, x0, x1, width=3, adv_mm=1.5):
        self.d.line([(x0, self.y), (x1, self.y)], fill=0, width=width)
        self.y += mm(adv_mm)

    def para(self, text, f, x0, x1, justify=True, indent=0, lead=None, lead_x=None, adv_factor=1.38):
        """Wrapped paragraph. lead: a prefix piece (e.g. "1.") drawn at lead_x on the first line."""
        first_w = x1 - x0 - indent
        lines = wrap(text, f, first_w)
        # re-wrap the rest with full width when indent differs
        if indent and len(lines) > 1:
            rest = " ".join(lines[1:])
            lines = lines[:1] + wrap(rest, f, x1 - x0)
        for i, ln in enumerate(lines):
            xs = x0 + (indent if i == 0 else 0)
            words = ln.split(" ")
            last = i == len(lines) - 1
            if justify and not last and len(words) > 1:
                total = sum(f.getlength(w) for w in words)
                sp = (x1 - xs - total) / (len(words) - 1)
                x = xs
                for w in words:
                    self._draw(x, self.y, w, f)
                    x += f.getlength(w) + sp
            else:
                self._draw(xs, self.y, ln, f)
            s = ln
            if i == 0 and lead:
                self._draw(lead_x, self.y, lead, f)
                s = lead + " " + ln
            self.lines.append(s)
            self.y += lh(f, adv_factor)
            self.check()

    def kv(self, label, value, f, xl, xc, xv, x1, fv=None, adv_factor=1.38):
        fv = fv or f
        lines = wrap(value, fv, x1 - xv)
        for i, ln in enumerate(lines):
            if i == 0:
                self._draw(xl, self.y, label, f)
                self._draw(xc, self.y, ":", f)
                self._draw(xv, self.y, ln, fv)
                self.lines.append(f"{label} : {ln}")
            else:
                self._draw(xv, self.y, ln, fv)
                self.lines.append(ln)
            self.y += lh(f, adv_factor)
            self.check()

    # --- table --------------------------------------------------------------
    def table(self, x0, widths_mm, rows, f, style, hf=None, header_rows=1, spans=None,
              aligns=None, pad_mm=1.3, header_shade=None, shade_rows=(), row_fonts=None,
              lh_factor=1.25, min_row_mm=0, rule_w=3):
        spans = spans or {}
        hf = hf or f
        row_fonts = row_fonts or {}
        ncol = len(widths_mm)
        assert all(len(r) == ncol for r in rows), self.name
        ws = [mm(w) for w in widths_mm]
        xs = [x0]
        for w in ws:
            xs.append(xs[-1] + w)
        pad = mm(pad_mm)
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
                        assert rows[rr][cc] == "", (self.name, rr, cc)
        aligns = aligns or ["l"] * ncol

        def fnt(r):
            return hf if r < header_rows else row_fonts.get(r, f)

        wrapped = {}
        rh = []
        for r, row in enumerate(rows):
            need = mm(min_row_mm)
            for c, s in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                cw = xs[c + cs] - xs[c] - 2 * pad
                ls = wrap(s, fnt(r), cw) if s else []
                wrapped[(r, c)] = ls
                if rs == 1:
                    need = max(need, max(1, len(ls)) * lh(fnt(r), lh_factor) + 2 * pad)
            rh.append(need)
        for (r, c), (rs, cs) in spans.items():
            need = max(1, len(wrapped[(r, c)])) * lh(fnt(r), lh_factor) + 2 * pad
            have = sum(rh[r:r + rs])
            if have < need:
                rh[r + rs - 1] += need - have
        ys = [self.y]
        for h in rh:
            ys.append(ys[-1] + h)
        assert ys[-1] < self.H - self.mb, (self.name, "table too long")
        d = self.d
        # shading
        if header_shade is not None:
            d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=header_shade)
        for r, shade in dict(shade_rows).items():
            d.rectangle([xs[0], ys[r], xs[-1], ys[r + 1]], fill=shade)
        # text
        for (r, c), ls in wrapped.items():
            rs, cs = spans.get((r, c), (1, 1))
            bx0, bx1 = xs[c], xs[c + cs]
            by0, by1 = ys[r], ys[r + rs]
            ff = fnt(r)
            l_h = lh(ff, lh_factor)
            if r < header_rows:
                ty = (by0 + by1) / 2 - len(ls) * l_h / 2 + l_h * 0.08
                al = "c"
            else:
                ty = by0 + pad
                al = aligns[c]
            for ln in ls:
                w = ff.getlength(ln)
                tx = bx0 + pad if al == "l" else ((bx0 + bx1 - w) / 2 if al == "c" else bx1 - pad - w)
                self._draw(tx, ty, ln, ff)
                ty += l_h
        # rules
        if style in ("grid", "merged"):
            for r in range(len(rows)):
                for c in range(ncol):
                    if (r, c) in covered:
                        continue
                    rs, cs = spans.get((r, c), (1, 1))
                    d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=rule_w)
        elif style == "hrules":
            d.line([(xs[0], ys[0]), (xs[-1], ys[0])], fill=0, width=rule_w + 2)
            d.line([(xs[0], ys[header_rows]), (xs[-1], ys[header_rows])], fill=0, width=rule_w)
            for r in range(header_rows + 1, len(rows)):
                d.line([(xs[0], ys[r]), (xs[-1], ys[r])], fill=90, width=max(1, rule_w - 1))
            d.line([(xs[0], ys[-1]), (xs[-1], ys[-1])], fill=0, width=rule_w + 2)
        elif style == "none":
            pass
        else:
            raise ValueError(style)
        # truth
        for r, row in enumerate(rows):
            cells = [" ".join(wrapped.get((r, c), [])) for c in range(ncol)]
            assert all(cells[c] == rows[r][c] for c in range(ncol) if (r, c) not in covered)
            self.lines.append(" ".join(s for s in rows[r] if s))
        self.tables.append([list(r) for r in rows])
        self.table_styles.append(style)
        self.y = ys[-1]
        self.row_y = ys
        self.col_x = xs
        return xs, ys


def logo(page, x, y, size):
    """A simple shield-like emblem (no text)."""
    d = page.d
    s = size
    pts = [(x, y), (x + s, y), (x + s, y + s * 0.75), (x + s / 2, y + s * 1.15), (x, y + s * 0.75)]
    d.polygon(pts, outline=0, fill=235, width=5)
    cx, cy = x + s / 2, y + s * 0.45
    for k in range(8):
        a = k * math.pi / 4
        d.line([(cx, cy), (cx + math.cos(a) * s * 0.3, cy + math.sin(a) * s * 0.3)], fill=60, width=6)
    d.ellipse([cx - s * 0.12, cy - s * 0.12, cx + s * 0.12, cy + s * 0.12], fill=255, outline=0, width=4)
    d.arc([x + s * 0.15, y + s * 0.55, x + s * 0.85, y + s * 1.0], 20, 160, fill=0, width=6)
