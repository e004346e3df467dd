"""Tiny page-layout engine: draws text with PIL at 300 dpi and records the truth
(one truth line per printed line, tables as cell grids) while drawing."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": "DejaVuSans.ttf", "sansB": "DejaVuSans-Bold.ttf",
    "serif": "DejaVuSerif.ttf", "serifB": "DejaVuSerif-Bold.ttf",
    "cond": "DejaVuSansCondensed.ttf", "condB": "DejaVuSansCondensed-Bold.ttf",
    "scond": "DejaVuSerifCondensed.ttf", "scondB": "DejaVuSerifCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf", "monoB": "DejaVuSansMono-Bold.ttf",
}
_cache = {}


def px(mm):
    return int(round(mm * DPI / 25.4))


def font(key, pt):
    k = (key, pt)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTDIR + FONTS[key], int(round(pt * DPI / 72)))
    return _cache[k]


def PT(pt):  # points -> mm
    return pt * 25.4 / 72


class Page:
    def __init__(self, landscape=False, margin=15):
        self.wmm, self.hmm = (297, 210) if landscape else (210, 297)
        self.img = Image.new("L", (px(self.wmm), px(self.hmm)), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []      # truth lines
        self.boxes = []      # pixel bbox of every truth line (for verify)
        self.tables = []
        self.y = margin
        self.margin = margin
        self.sig = None      # (x_mm, y_mm) of a signature block, for the stamp
        self.ink = 25

    # ---------------- text -----------------
    def _draw(self, xmm, base_mm, s, f, align, fill=None, underline=False):
        w = f.getlength(s)
        x = px(xmm)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        self.d.text((x, px(base_mm)), s, font=f, fill=self.ink if fill is None else fill, anchor="ls")
        bb = self.d.textbbox((x, px(base_mm)), s, font=f, anchor="ls")
        if underline:
            self.d.line([(x, px(base_mm) + 6), (x + w, px(base_mm) + 6)], fill=self.ink, width=3)
        return bb

    def line(self, pieces, lead=1.35, underline=False, record=True):
        """pieces: list of (x_mm, text, fontkey, pt[, align])."""
        ptmax = max(p[3] for p in pieces)
        base = self.y + PT(ptmax) * 0.95
        recs = []
        for p in pieces:
            x, s, fk, pt = p[:4]
            al = p[4] if len(p) > 4 else "l"
            if not s:
                continue
            assert "  " not in s and s == s.strip(), repr(s)
            bb = self._draw(x, base, s, font(fk, pt), al, underline=underline)
            recs.append((bb[0], s, bb))
        recs.sort(key=lambda r: r[0])
        out = (" ".join(r[1] for r in recs), _union([r[2] for r in recs])) if recs else None
        if record and recs:
            self.lines.append(out[0])
            self.boxes.append(out[1])
        self.y += PT(ptmax) * lead
        return out

    def columns(self, rows, lead=1.35, underline_rows=()):
        """Side-by-side blocks. rows: list of printed rows; each row is a list (one entry per
        column) of piece lists. Truth: the whole left column first, then the next column."""
        ncol = max(len(r) for r in rows if not isinstance(r, (int, float)))
        per = [[] for _ in range(ncol)]
        for i, row in enumerate(rows):
            if isinstance(row, (int, float)):
                self.y += row
                continue
            y0 = self.y
            ys = []
            for c, pieces in enumerate(row):
                self.y = y0
                pieces = [q for q in pieces if q[1]]
                if not pieces:
                    ys.append(y0)
                    continue
                r = self.line(pieces, lead=lead, record=False, underline=i in underline_rows)
                ys.append(self.y)
                if r:
                    per[c].append(r)
            self.y = max(ys + [y0 + 0.1])
        for col in per:
            for t, b in col:
                self.lines.append(t)
                self.boxes.append(b)

    def gap(self, mm):
        self.y += mm

    def hrule(self, x0, x1, width=3, double=False):
        y = px(self.y)
        self.d.line([(px(x0), y), (px(x1), y)], fill=self.ink, width=width)
        if double:
            self.d.line([(px(x0), y + width + 6), (px(x1), y + width + 6)], fill=self.ink, width=2)

    def para(self, text, x, width, fk, pt, lead=1.4, justify=True, indent=0):
        f = font(fk, pt)
        words = text.split(" ")
        lines, cur = [], []
        first = True
        for w in words:
            avail = px(width - (indent if first else 0))
            trial = " ".join(cur + [w])
            if cur and f.getlength(trial) > avail:
                lines.append((cur, first))
                cur, first = [w], False
            else:
                cur.append(w)
        lines.append((cur, first))
        for i, (ws, isfirst) in enumerate(lines):
            x0 = x + (indent if isfirst else 0)
            avail = px(width - (indent if isfirst else 0))
            base = self.y + PT(pt) * 0.95
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1:
                tw = sum(f.getlength(w) for w in ws)
                sp = (avail - tw) / (len(ws) - 1)
                xx = px(x0)
                bbs = []
                for w in ws:
                    self.d.text((xx, px(base)), w, font=f, fill=self.ink, anchor="ls")
                    bbs.append(self.d.textbbox((xx, px(base)), w, font=f, anchor="ls"))
                    xx += f.getlength(w) + sp
                self.lines.append(" ".join(ws))
                self.boxes.append(_union(bbs))
            else:
                bb = self._draw(x0, base, " ".join(ws), f, "l")
                self.lines.append(" ".join(ws))
                self.boxes.append(bb)
            self.y += PT(pt) * lead

    # ---------------- tables -----------------
    def table(self, x, colw, rows, fk, pt, style="grid", header_rows=1, aligns=None,
              merges=None, shade=None, hfk=None, pad=1.2, lead=1.25, rule_w=3,
              row_aligns=None, bold_rows=()):
        """rows: list of lists of cell strings ('\\n' = forced line break inside a cell).
        merges: {(r, c): (rowspan, colspan)}; covered cells must be ''.
        Text of a merged cell is drawn at the top of its first row."""
        merges = merges or {}
        n = len(colw)
        hfk = hfk or fk
        aligns = aligns or ["l"] * n
        covered = set()
        for (r, c), (rs, cs) in merges.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
                        assert rows[rr][cc] == "", (rr, cc)
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        # wrap every cell
        wrapped = {}
        heights = []
        for r, row in enumerate(rows):
            assert len(row) == n, (r, row)
            isbold = r < header_rows or r in bold_rows
            f = font(hfk if isbold else fk, pt)
            hmax = 1
            for c, s in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = merges.get((r, c), (1, 1))
                avail = px(xs[c + cs] - xs[c] - 2 * pad)
                out = []
                for part in s.split("\n"):
                    cur = []
                    for w in part.split(" "):
                        if not w:
                            continue
                        assert f.getlength(w) <= avail + 1, ("word too wide", w, r, c)
                        if cur and f.getlength(" ".join(cur + [w])) > avail:
                            out.append(" ".join(cur))
                            cur = [w]
                        else:
                            cur.append(w)
                    out.append(" ".join(cur))
                wrapped[(r, c)] = out
                if rs == 1:
                    hmax = max(hmax, len(out))
            heights.append(hmax * PT(pt) * lead + 2 * pad)
        for (r, c), (rs, cs) in merges.items():
            if rs > 1:
                need = len(wrapped[(r, c)]) * PT(pt) * lead + 2 * pad
                have = sum(heights[r:r + rs])
                if need > have:
                    heights[r + rs - 1] += need - have
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] + h)
        # shading
        if shade is not None and header_rows:
            self.d.rectangle([px(xs[0]), px(ys[0]), px(xs[-1]), px(ys[header_rows])], fill=shade)
        # text
        tab = []
        for r, row in enumerate(rows):
            isbold = r < header_rows or r in bold_rows
            f = font(hfk if isbold else fk, pt)
            bbs = []
            cells = []
            for c in range(n):
                if (r, c) in covered:
                    cells.append("")
                    continue
                rs, cs = merges.get((r, c), (1, 1))
                ls = wrapped[(r, c)]
                al = "c" if r < header_rows else (row_aligns or {}).get((r, c), aligns[c])
                for i, s in enumerate(ls):
                    if not s:
                        continue
                    base = ys[r] + pad + PT(pt) * (0.95 + i * lead)
                    if al == "l":
                        xx = xs[c] + pad
                    elif al == "r":
                        xx = xs[c + cs] - pad
                    else:
                        xx = (xs[c] + xs[c + cs]) / 2
                    bbs.append(self._draw(xx, base, s, f, al))
                cells.append(" ".join(p for p in ls if p))
            tab.append(cells)
            joined = " ".join(s for s in cells if s)
            if joined:
                self.lines.append(joined)
                self.boxes.append(_union(bbs))
        # rules
        L = lambda a, b, w=rule_w: self.d.line([a, b], fill=self.ink, width=w)
        if style == "grid":
            for r in range(len(rows)):
                for c in range(n):
                    if (r, c) in covered:
                        continue
                    rs, cs = merges.get((r, c), (1, 1))
                    x0, x1, y0, y1 = px(xs[c]), px(xs[c + cs]), px(ys[r]), px(ys[r + rs])
                    self.d.rectangle([x0, y0, x1, y1], outline=self.ink, width=rule_w)
        elif style == "hrules":
            L((px(xs[0]), px(ys[0])), (px(xs[-1]), px(ys[0])), rule_w + 2)
            if header_rows:
                L((px(xs[0]), px(ys[header_rows])), (px(xs[-1]), px(ys[header_rows])), rule_w + 1)
            for r in range(header_rows + 1, len(rows)):
                L((px(xs[0]), px(ys[r])), (px(xs[-1]), px(ys[r])), 2)
            L((px(xs[0]), px(ys[-1])), (px(xs[-1]), px(ys[-1])), rule_w + 2)
        self.tables.append(tab)
        self.y = ys[-1]
        return ys

    def footer_at(self, y):
        assert self.y < y - 1.5, ("content runs into footer", self.y, y)
        self.y = y

    def check_fits(self):
        assert self.y < self.hmm - 1, ("page overflow", self.y)


def _union(bbs):
    return [min(b[0] for b in bbs), min(b[1] for b in bbs), max(b[2] for b in bbs), max(b[3] for b in bbs)]
