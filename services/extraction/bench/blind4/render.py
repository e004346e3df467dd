"""Layout engine: draws text with Pillow at 300 dpi and records the exact truth lines/tables."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
W, H = 2480, 3508  # A4 portrait at 300 dpi
FD = '/usr/share/fonts/truetype/dejavu/'
FONTS = {
    'serif': 'DejaVuSerif.ttf', 'serif-b': 'DejaVuSerif-Bold.ttf', 'serif-i': 'DejaVuSerif-Italic.ttf',
    'serifc': 'DejaVuSerifCondensed.ttf', 'serifc-b': 'DejaVuSerifCondensed-Bold.ttf',
    'sans': 'DejaVuSans.ttf', 'sans-b': 'DejaVuSans-Bold.ttf', 'sans-i': 'DejaVuSans-Oblique.ttf',
    'cond': 'DejaVuSansCondensed.ttf', 'cond-b': 'DejaVuSansCondensed-Bold.ttf',
    'cond-i': 'DejaVuSansCondensed-Oblique.ttf',
}
_cache = {}


def F(name, pt):
    k = (name, pt)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FD + FONTS[name], round(pt * DPI / 72))
    return _cache[k]


def LH(font, f=1.28):
    return round(font.size * f)


def wrap(text, font, width):
    words = text.split(' ')
    lines, cur = [], []
    for w in words:
        if font.getlength(w) > width:
            raise ValueError('word too wide: %r (%d > %d)' % (w, font.getlength(w), width))
        if cur and font.getlength(' '.join(cur + [w])) > width:
            lines.append(' '.join(cur))
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(' '.join(cur))
    return lines


class Page:
    def __init__(self, name, margin_bottom=200):
        self.name = name
        self.img = Image.new('L', (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.sig = None      # (x, y) centre of the signature gap
        self.stamp_text = ('PEMERINTAH KOTA SAMARINDA', 'SAMARINDA')
        self.bottom = H - margin_bottom

    # ---- primitive drawing -------------------------------------------------
    def put(self, x, y, t, font, align='l', fill=0, underline=False):
        if align == 'c':
            x = x - font.getlength(t) / 2
        elif align == 'r':
            x = x - font.getlength(t)
        self.d.text((x, y), t, font=font, fill=fill, anchor='la')
        if underline:
            uy = y + font.size * 1.05
            self.d.line([(x, uy), (x + font.getlength(t), uy)], fill=fill, width=max(2, font.size // 14))
        if y + font.size > self.bottom + 150:
            raise ValueError('%s: text below page bottom: %r' % (self.name, t))

    def line(self, y, parts, lh=None, record=True):
        """parts: list of (x, text, font, align[, underline]). Draw one printed line; truth = texts joined."""
        for p in parts:
            self.put(p[0], y, p[1], p[2], p[3] if len(p) > 3 else 'l', underline=(len(p) > 4 and p[4]))
        if record:
            self.lines.append(' '.join(p[1] for p in parts if p[1]))
        f = parts[0][2]
        return y + (lh if lh else LH(f))

    def just(self, x, y, text, font, width, justify):
        words = text.split(' ')
        if not justify or len(words) == 1:
            self.put(x, y, text, font)
            return
        wl = [font.getlength(w) for w in words]
        sp = (width - sum(wl)) / (len(words) - 1)
        cx = x
        for w, l in zip(words, wl):
            self.put(cx, y, w, font)
            cx += l + sp

    def para(self, x, y, width, text, font, lh=None, justify=True, indent=0, after=0):
        lh = lh or LH(font)
        first = wrap(text, font, width - indent)[0]
        rest_text = text[len(first):].strip()
        lines = [(x + indent, first, width - indent)]
        if rest_text:
            lines += [(x, l, width) for l in wrap(rest_text, font, width)]
        for i, (lx, l, w) in enumerate(lines):
            self.just(lx, y, l, font, w, justify and i < len(lines) - 1)
            self.lines.append(l)
            y += lh
        return y + after

    def hang(self, y, lead, x_text, width, text, font, lh=None, justify=True, after=0):
        """lead: list of (x, str, font) drawn on the first line only; text wraps at x_text."""
        lh = lh or LH(font)
        ls = wrap(text, font, width)
        for (lx, lt, lf) in lead:
            self.put(lx, y, lt, lf)
        for i, l in enumerate(ls):
            self.just(x_text, y, l, font, width, justify and i < len(ls) - 1)
            if i == 0:
                self.lines.append(' '.join([t for (_, t, _) in lead if t] + [l]))
            else:
                self.lines.append(l)
            y += lh
        return y + after

    def hr(self, y, x0, x1, w=3):
        self.d.rectangle([x0, y, x1, y + w - 1], fill=0)

    # ---- tables ------------------------------------------------------------
    def table(self, x, y, widths, rows, font, bfont, aligns, style='grid', padx=12, pady=9,
              header_rows=1, hfill=None, lw=2, lh=None, valign_body='t'):
        lh = lh or LH(font, 1.22)
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        ncol = len(widths)
        jrows = []
        y0 = y
        row_tops = []
        for ri, row in enumerate(rows):
            bold = ri < header_rows
            if isinstance(row, dict):
                cells = row['c']
                bold = row.get('b', bold)
            else:
                cells = row
            spans, ci = [], 0
            for c in cells:
                t, sp = (c if isinstance(c, tuple) else (c, 1))
                spans.append((ci, sp, t))
                ci += sp
            assert ci == ncol, (self.name, cells)
            f = bfont if bold else font
            wr = []
            for (ci, sp, t) in spans:
                wr.append(wrap(t, f, xs[ci + sp] - xs[ci] - 2 * padx) if t else [])
            nl = max(1, max(len(l) for l in wr))
            rh = nl * lh + 2 * pady
            if ri < header_rows and hfill is not None:
                self.d.rectangle([xs[0], y, xs[-1], y + rh], fill=hfill)
            for (ci, sp, t), ls in zip(spans, wr):
                a = 'c' if ri < header_rows else (aligns[ci] if sp == 1 else 'l')
                off = (nl - len(ls)) * lh / 2 if (ri < header_rows or valign_body == 'm') else 0
                for k, l in enumerate(ls):
                    ty = y + pady + off + k * lh
                    if a == 'l':
                        self.put(xs[ci] + padx, ty, l, f)
                    elif a == 'r':
                        self.put(xs[ci + sp] - padx, ty, l, f, 'r')
                    else:
                        self.put((xs[ci] + xs[ci + sp]) / 2, ty, l, f, 'c')
            if style == 'grid':
                for (ci, sp, t) in spans:
                    self.d.rectangle([xs[ci], y, xs[ci + sp], y + rh], outline=0, width=lw)
            elif style == 'hlines':
                self.d.rectangle([xs[0], y + rh - 1, xs[-1], y + rh], fill=0 if ri < header_rows else 90)
            row_tops.append(y)
            exp = []
            for (ci, sp, t) in spans:
                exp += [t] + [''] * (sp - 1)
            jrows.append(exp)
            self.lines.append(' '.join(t for t in exp if t))
            y += rh
        if style == 'booktabs':
            self.hr(y0, xs[0], xs[-1], 5)
            self.hr(row_tops[header_rows] - 2 if len(row_tops) > header_rows else y, xs[0], xs[-1], 3)
            self.hr(y - 2, xs[0], xs[-1], 5)
        elif style == 'hlines':
            self.hr(y0, xs[0], xs[-1], 4)
            self.hr(y - 3, xs[0], xs[-1], 4)
        self.tables.append(jrows)
        if y > self.bottom:
            raise ValueError('%s: table runs off page (%d)' % (self.name, y))
        return y

    # ---- letterhead --------------------------------------------------------
    def emblem(self, cx, cy, s=150):
        d = self.d
        pts = [(cx - s * .55, cy - s * .62), (cx + s * .55, cy - s * .62), (cx + s * .55, cy + s * .1),
               (cx, cy + s * .7), (cx - s * .55, cy + s * .1)]
        d.polygon(pts, outline=0, fill=235, width=6)
        d.ellipse([cx - s * .28, cy - s * .42, cx + s * .28, cy + s * .14], outline=0, width=5)
        d.polygon([(cx, cy - s * .36), (cx + s * .1, cy - s * .1), (cx - s * .1, cy - s * .1)], fill=60)
        for k in range(5):
            d.line([(cx - s * .4 + k * s * .2, cy + s * .25), (cx - s * .3 + k * s * .15, cy + s * .45)], fill=40, width=5)

    def kop(self, y, lines, x0=170, x1=W - 170):
        """lines: list of (text, font). Centered beside an emblem, then a double rule."""
        self.emblem(x0 + 140, y + 170, 230)
        cx = (x0 + 300 + x1) / 2
        for t, f in lines:
            y = self.line(y, [(cx, t, f, 'c')], lh=LH(f, 1.2))
        y += 12
        self.hr(y, x0, x1, 8)
        self.hr(y + 16, x0, x1, 3)
        return y + 60
