"""Tiny Pillow layout engine: draws a 300-dpi A4 page and records the exact
printed text (truth lines) and table cells while drawing."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
FD = "/usr/share/fonts/truetype/dejavu/"
FACES = {
    "serif": "DejaVuSerif.ttf", "serif-b": "DejaVuSerif-Bold.ttf",
    "serif-i": "DejaVuSerif-Italic.ttf", "serifc": "DejaVuSerifCondensed.ttf",
    "serifc-b": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans-b": "DejaVuSans-Bold.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sansc-b": "DejaVuSansCondensed-Bold.ttf",
    "sans-i": "DejaVuSans-Oblique.ttf",
}
_cache = {}


def px(pt):
    return pt * DPI / 72.0


def F(face, pt):
    k = (face, pt)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FD + FACES[face], round(px(pt)))
        _cache[k].pt = pt
    return _cache[k]


def tw(s, f):
    return f.getlength(s)


def wrap(text, f, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if tw(w, f) > width:
            raise ValueError(f"word too wide: {w!r} ({tw(w, f):.0f} > {width:.0f})")
        t = w if not cur else cur + " " + w
        if tw(t, f) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, left=290, right=220, top=210, bottom=200):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.x0, self.x1 = left, W - right
        self.y = top
        self.bottom = H - bottom
        self.truth = []
        self.tables = []
        self.marks = {}

    # ---- primitives
    def lh(self, f, k=1.32):
        return round(px(f.pt) * k)

    STRICT = True

    def check(self):
        if Page.STRICT:
            assert self.y <= self.bottom, f"page overflow y={self.y}"

    def put(self, x, s, f, align="left", fill=0, y=None):
        y = self.y if y is None else y
        if align == "center":
            x = x - tw(s, f) / 2
        elif align == "right":
            x = x - tw(s, f)
        self.d.text((x, y), s, font=f, fill=fill, anchor="ls")
        return x

    def nl(self, f, k=1.32):
        self.y += self.lh(f, k)

    def space(self, pt):
        self.y += round(px(pt))

    def line(self, s, f, align="left", x=None, k=1.32, underline=False):
        """one printed line; baseline placed one line-height below cursor"""
        self.y += self.lh(f, k)
        if align == "left":
            xx = self.x0 if x is None else x
        elif align == "center":
            xx = (self.x0 + self.x1) / 2 if x is None else x
        else:
            xx = self.x1 if x is None else x
        x_start = self.put(xx, s, f, align)
        if underline:
            self.d.line([(x_start, self.y + 8), (x_start + tw(s, f), self.y + 8)], fill=0, width=3)
        self.truth.append(s)
        self.check()

    def multi(self, parts, f_default, k=1.32):
        """several pieces on one baseline: parts = [(x, text, align, font|None)]"""
        self.y += self.lh(f_default, k)
        for x, s, al, f in parts:
            self.put(x, s, f or f_default, al)
        self.truth.append(" ".join(p[1] for p in parts if p[1]))
        self.check()

    def justified(self, words_line, f, xa, xb, last):
        if last or len(words_line) == 1:
            self.put(xa, " ".join(words_line), f)
            return
        total = sum(tw(w, f) for w in words_line)
        gap = (xb - xa - total) / (len(words_line) - 1)
        x = xa
        for w in words_line:
            self.put(x, w, f)
            x += tw(w, f) + gap

    def para(self, text, f, xa=None, xb=None, indent=0, justify=True, k=1.32,
             prefix=None):
        """wrapped paragraph. prefix = [(x, str, font|None)] drawn on first line
        (e.g. labels, colon, list markers); they become part of the first truth line."""
        xa = self.x0 if xa is None else xa
        xb = self.x1 if xb is None else xb
        first_w = xb - xa - indent
        lines = wrap(text, f, first_w)
        # re-wrap remaining text at full width if indented
        if indent:
            first = lines[0]
            rest = text[len(first):].strip()
            lines = [first] + (wrap(rest, f, xb - xa) if rest else [])
        for i, ln in enumerate(lines):
            self.y += self.lh(f, k)
            xs = xa + (indent if i == 0 else 0)
            if i == 0 and prefix:
                for px_, s, pf in prefix:
                    self.put(px_, s, pf or f)
            last = i == len(lines) - 1
            if justify:
                self.justified(ln.split(" "), f, xs, xb, last)
            else:
                self.put(xs, ln, f)
            if i == 0 and prefix:
                self.truth.append(" ".join([p[1] for p in prefix] + [ln]))
            else:
                self.truth.append(ln)
            self.check()

    def hrule(self, width=3, xa=None, xb=None, dy=0):
        xa = self.x0 if xa is None else xa
        xb = self.x1 if xb is None else xb
        self.d.line([(xa, self.y + dy), (xb, self.y + dy)], fill=0, width=width)

    # ---- table
    def table(self, colw, rows, f, fb, aligns, header_rows=1, ruled="grid",
              x=None, pad=14, padv=10, k=1.25):
        x = self.x0 if x is None else x
        assert abs(sum(colw) - sum(colw)) < 1
        lh = self.lh(f, k)
        ytop = self.y + 10
        y = ytop
        rec = []
        tbl_right = x + sum(colw)
        self.d.line([(x, y), (tbl_right, y)], fill=0, width=4 if ruled != "grid" else 3)
        for ri, row in enumerate(rows):
            hdr = ri < header_rows
            font = fb if hdr else f
            cells, ci = [], 0
            for c in row:
                txt, span, bold = (c, 1, False) if isinstance(c, str) else (tuple(c) + (False,))[:3]
                assert txt == txt.strip() and txt and "  " not in txt, repr(txt)
                cw = sum(colw[ci:ci + span])
                cx = x + sum(colw[:ci])
                cf = fb if (hdr or bold) else f
                lines = wrap(txt, cf, cw - 2 * pad)
                cells.append((txt, cx, cw, lines, ci, cf))
                ci += span
            assert ci == len(colw), (ri, row)
            n = max(len(c[3]) for c in cells)
            rh = n * lh + 2 * padv + 4
            for txt, cx, cw, lines, c0, cf in cells:
                al = "center" if hdr else aligns[c0]
                for li, ln in enumerate(lines):
                    by = y + padv + (li + 1) * lh - round(lh * 0.2)
                    if al == "left":
                        self.put(cx + pad, ln, cf, "left", y=by)
                    elif al == "right":
                        self.put(cx + cw - pad, ln, cf, "right", y=by)
                    else:
                        self.put(cx + cw / 2, ln, cf, "center", y=by)
                if ruled == "grid":
                    self.d.rectangle([cx, y, cx + cw, y + rh], outline=0, width=2)
            y += rh
            if ruled != "grid" and ri == header_rows - 1:
                self.d.line([(x, y), (tbl_right, y)], fill=0, width=3)
            rec.append([c[0] for c in cells])
            self.truth.append(" ".join(c[0] for c in cells))
        if ruled != "grid":
            self.d.line([(x, y), (tbl_right, y)], fill=0, width=4)
        self.y = y + 10
        self.tables.append(rec)
        self.check()
        return rec
