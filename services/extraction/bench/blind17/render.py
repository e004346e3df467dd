"""Page layout helpers for ocr17 (written blind). Draws text with PIL at 300 dpi and records the
exact truth (lines, tables, boxes) while drawing."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
FD = '/usr/share/fonts/truetype/dejavu/'
FONTS = {
    'sans': 'DejaVuSans.ttf', 'sansb': 'DejaVuSans-Bold.ttf',
    'cond': 'DejaVuSansCondensed.ttf', 'condb': 'DejaVuSansCondensed-Bold.ttf',
    'serif': 'DejaVuSerif.ttf', 'serifb': 'DejaVuSerif-Bold.ttf',
    'serifc': 'DejaVuSerifCondensed.ttf', 'serifcb': 'DejaVuSerifCondensed-Bold.ttf',
    'mono': 'DejaVuSansMono.ttf', 'monob': 'DejaVuSansMono-Bold.ttf',
}
_fc = {}


def F(name, size_pt):
    key = (name, size_pt)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + FONTS[name], int(round(size_pt * DPI / 72)))
    return _fc[key]


def mm(v):
    return int(round(v * DPI / 25.4))


def pt(v):
    return int(round(v * DPI / 72))


def rp(n, dec=False):
    s = f'{int(n):,}'.replace(',', '.')
    return s + ',00' if dec else s


_S = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan',
      'sepuluh', 'sebelas']


def terbilang(n):
    n = int(n)
    if n < 12:
        return _S[n]
    if n < 20:
        return terbilang(n - 10) + ' belas'
    if n < 100:
        return (terbilang(n // 10) + ' puluh ' + terbilang(n % 10)).strip()
    if n < 200:
        return ('seratus ' + terbilang(n - 100)).strip()
    if n < 1000:
        return (terbilang(n // 100) + ' ratus ' + terbilang(n % 100)).strip()
    if n < 2000:
        return ('seribu ' + terbilang(n - 1000)).strip()
    if n < 10**6:
        return (terbilang(n // 1000) + ' ribu ' + terbilang(n % 1000)).strip()
    if n < 10**9:
        return (terbilang(n // 10**6) + ' juta ' + terbilang(n % 10**6)).strip()
    return (terbilang(n // 10**9) + ' miliar ' + terbilang(n % 10**9)).strip()


class Page:
    def __init__(self, landscape=False):
        self.W, self.H = (mm(297), mm(210)) if landscape else (mm(210), mm(297))
        self.img = Image.new('L', (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []      # truth lines in reading order
        self.boxes = []      # (text, bbox) of every drawn text piece
        self.tables = []     # list of tables (list of rows of cell strings)
        self.sig = None      # (x, y) centre of the signature space, for the stamp degradation

    def tw(self, text, font):
        return self.d.textlength(text, font=font)

    def put(self, x, y, text, font, align='l', fill=0):
        anchor = {'l': 'ls', 'r': 'rs', 'c': 'ms'}[align]
        self.d.text((x, y), text, font=font, anchor=anchor, fill=fill)
        bb = self.d.textbbox((x, y), text, font=font, anchor=anchor)
        self.boxes.append((text, [int(v) for v in bb]))
        return bb

    def line(self, y, pieces, font=None, record=True):
        """pieces: (x, text[, align[, font]]); one truth line = texts joined by one space, left to right."""
        items = []
        for p in pieces:
            x, t = p[0], p[1]
            al = p[2] if len(p) > 2 else 'l'
            f = p[3] if len(p) > 3 and p[3] is not None else font
            if t == '':
                continue
            bb = self.put(x, y, t, f, al)
            items.append((bb[0], t))
        if record and items:
            self.lines.append(' '.join(t for _, t in sorted(items)))

    def wrap(self, text, font, width):
        words = text.split()
        out, cur = [], ''
        for w in words:
            cand = (cur + ' ' + w).strip()
            if self.tw(cand, font) <= width or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out or ['']

    def para(self, x, y, width, text, font, lh, lead=(), justify=True, first_indent=0):
        """Paragraph from x over width; lead pieces are printed on the first line (labels)."""
        lines = self.wrap(text, font, width - first_indent)
        if len(lines) > 1:
            rest = self.wrap(' '.join(lines[1:]), font, width)
            lines = [lines[0]] + rest
        for i, ln in enumerate(lines):
            xs = x + (first_indent if i == 0 else 0)
            wdt = width - (first_indent if i == 0 else 0)
            pieces = list(lead) if i == 0 else []
            words = ln.split()
            if justify and i < len(lines) - 1 and len(words) > 1:
                total = sum(self.tw(w, font) for w in words)
                gap = (wdt - total) / (len(words) - 1)
                cx = xs
                for w in words:
                    pieces.append((int(round(cx)), w))
                    cx += self.tw(w, font) + gap
            else:
                pieces.append((xs, ln))
            self.line(y, pieces, font)
            y += lh
        return y

    def table(self, x0, y0, cols, rows, font, style, hfont=None, header_rows=1, merges=None,
              lh=None, pad=None, shade=False, bold_rows=(), valign_header='c', lw=3):
        """cols: list of (width_px, align). rows: cell strings. merges: {(r, c): (rowspan, colspan)}.
        style: grid | hrules | none. Records one truth line per row and the table json."""
        merges = merges or {}
        hfont = hfont or font
        lh = lh or int(font.size * 1.25)
        pad = pad if pad is not None else mm(1.2)
        nR, nC = len(rows), len(cols)
        covered = set()
        for (r, c), (rs, cs) in merges.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        xs = [x0]
        for w, _ in cols:
            xs.append(xs[-1] + w)
        wrapped = {}
        for r in range(nR):
            f = hfont if (r < header_rows or r in bold_rows) else font
            for c in range(nC):
                if (r, c) in covered:
                    continue
                rs, cs = merges.get((r, c), (1, 1))
                width = xs[c + cs] - xs[c] - 2 * pad
                txt = rows[r][c]
                ls = []
                for seg in txt.split('\n') if txt else []:
                    ls += self.wrap(seg, f, width)
                for ln in ls:
                    if self.tw(ln, f) > width + 1:
                        print('OVERFLOW cell overflow %r (%d > %d)' % (ln, self.tw(ln, f), width))
                wrapped[(r, c)] = ls
        heights = [lh + 2 * pad] * nR
        for (r, c), ls in wrapped.items():
            rs, cs = merges.get((r, c), (1, 1))
            need = max(1, len(ls)) * lh + 2 * pad
            if rs == 1:
                heights[r] = max(heights[r], need)
        for (r, c), ls in wrapped.items():
            rs, cs = merges.get((r, c), (1, 1))
            if rs > 1:
                need = max(1, len(ls)) * lh + 2 * pad
                have = sum(heights[r:r + rs])
                if need > have:
                    heights[r + rs - 1] += need - have
        ys = [y0]
        for h in heights:
            ys.append(ys[-1] + h)
        if shade:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=212)
        # rules
        if style == 'grid':
            for (r, c) in wrapped:
                rs, cs = merges.get((r, c), (1, 1))
                self.d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=lw)
        elif style == 'hrules':
            self.d.line([xs[0], ys[0], xs[-1], ys[0]], fill=0, width=lw + 1)
            self.d.line([xs[0], ys[header_rows], xs[-1], ys[header_rows]], fill=0, width=lw)
            for r in range(header_rows + 1, nR):
                self.d.line([xs[0], ys[r], xs[-1], ys[r]], fill=110, width=2)
            self.d.line([xs[0], ys[-1], xs[-1], ys[-1]], fill=0, width=lw + 1)
            self.d.line([xs[0], ys[-1] + 7, xs[-1], ys[-1] + 7], fill=0, width=lw)
        asc = font.getmetrics()[0]
        # text
        truth_rows = []
        for r in range(nR):
            f = hfont if (r < header_rows or r in bold_rows) else font
            row = []
            for c in range(nC):
                if (r, c) in covered:
                    row.append('')
                    continue
                ls = wrapped[(r, c)]
                rs, cs = merges.get((r, c), (1, 1))
                row.append(' '.join(ls))
                if not ls:
                    continue
                left, right = xs[c] + pad, xs[c + cs] - pad
                top, bot = ys[r], ys[r + rs]
                if r < header_rows and valign_header == 'c':
                    ty = top + ((bot - top) - len(ls) * lh) // 2 + asc
                else:
                    ty = top + pad + asc
                al = 'c' if r < header_rows else cols[c][1]
                for i, ln in enumerate(ls):
                    xx = left if al == 'l' else right if al == 'r' else (left + right) // 2
                    self.put(xx, ty + i * lh, ln, f, al)
            truth_rows.append(row)
            self.lines.append(' '.join(t for t in row if t))
        self.tables.append(truth_rows)
        return ys[-1]

    def logo(self, cx, cy, s):
        """A wordless shield emblem."""
        d = self.d
        pts = [(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s * 0.3), (cx, cy + s * 1.25),
               (cx - s, cy + s * 0.3)]
        d.polygon(pts, outline=0, width=5, fill=235)
        d.ellipse([cx - s * 0.5, cy - s * 0.65, cx + s * 0.5, cy + s * 0.35], outline=0, width=4)
        for k in range(5):
            yy = cy - s * 0.5 + k * s * 0.16
            d.line([cx - s * 0.3, yy, cx + s * 0.3, yy], fill=60, width=3)
        d.line([cx - s * 0.7, cy + s * 0.55, cx + s * 0.7, cy + s * 0.55], fill=0, width=4)
