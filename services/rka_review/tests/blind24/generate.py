#!/usr/bin/env python3
"""Generate the blind RKA review set review24 (deterministic)."""
import csv, json, math, os, random, shutil, io, sys
sys.dont_write_bytecode = True
from catalog_data import ACCOUNTS, WRONG_ACCOUNT, SSH, SBU, NOREF, NOREF_TAGS, NO_OT, CONFLICT_GROUPS

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SEED = 20270424
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

OVER_MIN = 1.25  # generation margin; README convention: OVERPRICED if > 10 % above catalogue


def idn(n):
    """Indonesian thousands format for integers."""
    s = f"{int(n):,}".replace(",", ".")
    return s


def idn_dec(x):
    if abs(x - round(x)) < 1e-9:
        return idn(round(x))
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").rstrip("0").rstrip(",")


# ---------------------------------------------------------------- catalogues
def build_catalogues():
    rows = []
    for src, table, prefix in (("ssh", SSH, "1.1.7.01"), ("sbu", SBU, "5.1.02")):
        gi = {}
        n = 0
        for b in table:
            group, acc, dom, tags, unit, alts, names, variants, kind = b
            g = gi.setdefault(group, len(gi) + 1)
            for spec, price in variants:
                n += 1
                code = f"{prefix}.{g:02d}.{n:04d}" if src == "ssh" else f"SBU.{g:02d}.{n:03d}"
                rows.append(dict(src=src, code=code, group=group, acc=acc, domain=dom, tags=tags.split(),
                                 unit=unit, alts=alts, names=names, name=names[0], spec=spec, price=price, kind=kind))
    return rows


def write_ssh_xlsx(rows, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "SSH 2027"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "PEMERINTAH KOTA SAMARINDA"
    ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG TAHUN ANGGARAN 2027"
    ws["A3"] = "Lampiran I Peraturan Wali Kota Samarinda Nomor ... Tahun 2026"
    ws["A4"] = "Catatan: harga satuan sudah termasuk PPN 11% dan merupakan batas tertinggi."
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=r <= 2, size=12 if r <= 2 else 9, italic=r == 4)
        ws.cell(r, 1).alignment = Alignment(horizontal="center" if r <= 3 else "left")
    # 2-row merged header
    ws["A6"] = "No"; ws.merge_cells("A6:A7")
    ws["B6"] = "Kode Barang"; ws.merge_cells("B6:B7")
    ws["C6"] = "Barang"; ws.merge_cells("C6:D6")
    ws["C7"] = "Uraian"; ws["D7"] = "Spesifikasi"
    ws["E6"] = "Satuan"; ws.merge_cells("E6:E7")
    ws["F6"] = "Harga Satuan"; ws["F7"] = "(Rp, termasuk PPN)"
    ws["G6"] = "Ket."; ws.merge_cells("G6:G7")
    for r in (6, 7):
        for c in range(1, 8):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = bd
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 8
    cur = None
    no = 0
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    gidx = 0
    for row in rows:
        if row["src"] != "ssh":
            continue
        if row["group"] != cur:
            cur = row["group"]
            ws.cell(r, 1, letters[gidx]); gidx += 1
            ws.cell(r, 3, cur).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
            r += 1
        no += 1
        alt = "; ".join(f"tersedia kemasan {a}" for a, f in row["alts"] if f > 1)
        vals = [no, row["code"], row["name"], row["spec"], row["unit"], row["price"], alt]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = bd
        ws.cell(r, 6).number_format = "#,##0"
        r += 1
    for col, w in zip("ABCDEFG", (6, 18, 30, 42, 12, 16, 26)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    fix_wb(wb)
    wb.save(path)


def write_sbu_pdf(rows, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("SBU 2027")
    W, H = A4
    cols = [(30, "No"), (55, "Kode"), (115, "Uraian"), (290, "Spesifikasi / Kriteria"), (455, "Satuan"), (510, "Besaran (Rp)")]
    page = [0]

    def header(first):
        page[0] += 1
        y = H - 40
        if first:
            c.setFont("DVB", 11)
            c.drawCentredString(W / 2, y, "STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA")
            y -= 14
            c.drawCentredString(W / 2, y, "TAHUN ANGGARAN 2027")
            y -= 14
            c.setFont("DV", 7.5)
            c.drawCentredString(W / 2, y, "Besaran merupakan batas tertinggi; PPN tidak dikenakan atas honorarium dan perjalanan dinas. Harga sewa/jasa sudah termasuk pajak.")
            y -= 20
        c.setFont("DVB", 8)
        c.line(25, y + 10, W - 25, y + 10)
        for x, t in cols:
            c.drawString(x, y, t)
        c.line(25, y - 4, W - 25, y - 4)
        c.setFont("DV", 7.5)
        c.drawRightString(W - 30, 20, f"Halaman {page[0]}")
        return y - 15

    y = header(True)
    cur = None
    no = 0
    for row in rows:
        if row["src"] != "sbu":
            continue
        if y < 50:
            c.showPage(); y = header(False)
        if row["group"] != cur:
            cur = row["group"]
            c.setFont("DVB", 8); c.drawString(55, y, cur); c.setFont("DV", 7.5)
            y -= 12
        no += 1
        c.setFont("DV", 7.5)
        c.drawString(30, y, str(no)); c.drawString(55, y, row["code"]); c.drawString(115, y, row["name"])
        c.drawString(290, y, row["spec"]); c.drawString(455, y, row["unit"]); c.drawRightString(W - 30, y, idn(row["price"]))
        c.setLineWidth(0.3); c.line(25, y - 3, W - 25, y - 3); c.setLineWidth(1)
        y -= 12
    c.showPage()
    c.save()


# ---------------------------------------------------------------- sub-kegiatan
OPDS = [
 dict(key="disdukcapil", opd="Dinas Kependudukan dan Pencatatan Sipil", layout="xlsx_merged_ppn", file="RKA_Disdukcapil_2027.xlsx",
      urusan="2.12 URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL", ppn=True,
      subs=[dict(code="2.12.02.2.01.0001", name="Pelayanan Pendaftaran Penduduk", program="2.12.02 PROGRAM PENDAFTARAN PENDUDUK",
                 kegiatan="2.12.02.2.01 Pelayanan Pendaftaran Penduduk", output="Jumlah dokumen hasil pelayanan pendaftaran penduduk (KTP-el, KK, KIA)",
                 target="185.000 Dokumen", domains=["adminduk_cetak"], tags=["office", "modal"]),
            dict(code="2.12.03.2.01.0001", name="Pelayanan Pencatatan Sipil", program="2.12.03 PROGRAM PENCATATAN SIPIL",
                 kegiatan="2.12.03.2.01 Pelayanan Pencatatan Sipil", output="Jumlah dokumen hasil pelayanan pencatatan sipil (akta kelahiran, kematian, perkawinan)",
                 target="42.000 Dokumen", domains=["adminduk_akta"], tags=["office", "field"])]),
 dict(key="dkp", opd="Dinas Ketahanan Pangan", layout="xlsx_sheet_per_subkeg_textprice", file="RKA DKP TA 2027 (draft 2).xlsx",
      urusan="2.09 URUSAN PEMERINTAHAN BIDANG PANGAN", ppn=False,
      subs=[dict(code="2.09.04.2.01.0002", name="Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota", program="2.09.04 PROGRAM PENGAWASAN KEAMANAN PANGAN",
                 kegiatan="2.09.04.2.01 Pelaksanaan Pengawasan Keamanan Pangan Segar", output="Jumlah sampel pangan segar yang diuji cepat di pasar tradisional",
                 target="600 Sampel", domains=["pangan_lab"], tags=["field", "office"]),
            dict(code="2.09.02.2.01.0003", name="Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah (Gerakan Pangan Murah)",
                 program="2.09.02 PROGRAM PENGELOLAAN SUMBER DAYA EKONOMI UNTUK KEDAULATAN DAN KEMANDIRIAN PANGAN",
                 kegiatan="2.09.02.2.01 Penyediaan dan Penyaluran Pangan Pokok", output="Jumlah titik pelaksanaan Gerakan Pangan Murah",
                 target="24 Titik", domains=["pangan_gpm"], tags=["field", "event"], ot_exclude=["Parsel hari raya"])]),
 dict(key="disnaker", opd="Dinas Tenaga Kerja", layout="csv_semicolon_export", file="rka_disnaker_2027_export.csv",
      urusan="2.07 URUSAN PEMERINTAHAN BIDANG TENAGA KERJA", ppn=False,
      subs=[dict(code="2.07.03.2.01.0001", name="Pelaksanaan Pelatihan berdasarkan Unit Kompetensi (Kejuruan Menjahit Pakaian)", program="2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
                 kegiatan="2.07.03.2.01 Pelaksanaan Pelatihan berdasarkan Unit Kompetensi", output="Jumlah peserta pelatihan kejuruan menjahit yang lulus",
                 target="32 Orang", domains=["naker_jahit", "naker_all"], tags=["event", "office"]),
            dict(code="2.07.03.2.01.0002", name="Pelaksanaan Pelatihan berdasarkan Unit Kompetensi (Kejuruan Pengelasan SMAW)", program="2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
                 kegiatan="2.07.03.2.01 Pelaksanaan Pelatihan berdasarkan Unit Kompetensi", output="Jumlah peserta pelatihan kejuruan pengelasan yang lulus uji kompetensi",
                 target="20 Orang", domains=["naker_las", "naker_all"], tags=["event", "office"])]),
 dict(key="dp3a", opd="Dinas Pemberdayaan Perempuan dan Perlindungan Anak", layout="pdf_sipd_born_digital", file="RKA-SKPD_2.2_DP3A_2027.pdf",
      urusan="2.08 URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", ppn=True,
      subs=[dict(code="2.08.02.2.01.0003", name="Sosialisasi Pencegahan Kekerasan terhadap Perempuan dan Anak", program="2.08.02 PROGRAM PERLINDUNGAN PEREMPUAN",
                 kegiatan="2.08.02.2.01 Pencegahan Kekerasan terhadap Perempuan", output="Jumlah peserta sosialisasi pencegahan kekerasan di tingkat kelurahan",
                 target="1.200 Orang", domains=["dp3a_sos"], tags=["event", "office"]),
            dict(code="2.08.05.2.02.0001", name="Penyediaan Layanan Pendampingan Korban Kekerasan Perempuan dan Anak", program="2.08.05 PROGRAM PENANGANAN KEKERASAN",
                 kegiatan="2.08.05.2.02 Penyediaan Layanan bagi Korban", output="Jumlah korban kekerasan yang mendapat layanan pendampingan",
                 target="150 Orang", domains=["dp3a_lay"], tags=["office", "field", "modal"])]),
 dict(key="inspektorat", opd="Inspektorat Daerah", layout="scan_image_pdf", file="scan_RKA_Inspektorat_hal1.pdf",
      urusan="6.01 UNSUR PENGAWASAN URUSAN PEMERINTAHAN", ppn=False,
      subs=[dict(code="6.01.02.2.01.0002", name="Pengawasan Kinerja Pemerintah Daerah (Audit Kinerja OPD)", program="6.01.02 PROGRAM PENYELENGGARAAN PENGAWASAN",
                 kegiatan="6.01.02.2.01 Penyelenggaraan Pengawasan Internal", output="Jumlah laporan hasil audit kinerja OPD",
                 target="18 Laporan", domains=["audit"], tags=["office", "modal"])]),
 dict(key="disperkim", opd="Dinas Perumahan dan Kawasan Permukiman", layout="pdf_no_ruling_continued", file="RKA_Disperkim_2027_rincian.pdf",
      urusan="1.04 URUSAN PEMERINTAHAN BIDANG PERUMAHAN DAN KAWASAN PERMUKIMAN", ppn=False,
      subs=[dict(code="1.04.03.2.01.0002", name="Pendataan dan Verifikasi Rumah Tidak Layak Huni (RTLH)", program="1.04.03 PROGRAM KAWASAN PERMUKIMAN",
                 kegiatan="1.04.03.2.01 Penataan dan Peningkatan Kualitas Permukiman", output="Jumlah unit RTLH yang terdata dan terverifikasi",
                 target="1.500 Unit", domains=["perkim_survey"], tags=["field", "office"]),
            dict(code="1.04.03.2.01.0005", name="Sosialisasi dan Pendataan Penerima Bantuan Stimulan Perumahan Swadaya", program="1.04.03 PROGRAM KAWASAN PERMUKIMAN",
                 kegiatan="1.04.03.2.01 Penataan dan Peningkatan Kualitas Permukiman", output="Jumlah calon penerima BSPS yang tersosialisasi",
                 target="400 KK", domains=["perkim_survey"], tags=["event", "office"])]),
 dict(key="distan", opd="Dinas Pertanian", layout="xlsx_volunit_onecell_multisheet", file="Distan_RKA2027_rev.xlsx",
      urusan="3.27 URUSAN PEMERINTAHAN BIDANG PERTANIAN", ppn=False,
      subs=[dict(code="3.27.03.2.01.0001", name="Penyediaan Benih/Bibit Ternak dan Tanaman Pangan/Hortikultura", program="3.27.03 PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
                 kegiatan="3.27.03.2.01 Pengawasan Penggunaan Sarana Pertanian", output="Jumlah kelompok tani penerima benih tanaman pangan/hortikultura",
                 target="45 Kelompok", domains=["tani_benih"], tags=["field", "office"], ot_exclude=["Fungisida", "Insektisida", "Agens hayati Trichoderma"]),
            dict(code="3.27.07.2.01.0001", name="Pengendalian Organisme Pengganggu Tumbuhan (OPT) Tanaman Pangan, Hortikultura dan Perkebunan", program="3.27.07 PROGRAM PENGENDALIAN DAN PENANGGULANGAN BENCANA PERTANIAN",
                 kegiatan="3.27.07.2.01 Pengendalian OPT", output="Luas lahan terkendali serangan OPT",
                 target="350 Ha", domains=["tani_opt"], tags=["field", "event"], ot_exclude=["Pupuk NPK", "Pupuk organik granul", "Pompa air"])]),
]

OPDS += [
 dict(key="bkpsdm", opd="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", layout="docx_tables", file="RKA BKPSDM 2027 - rincian belanja.docx",
      urusan="5.03 UNSUR PENUNJANG URUSAN PEMERINTAHAN BIDANG KEPEGAWAIAN", ppn=False,
      subs=[dict(code="5.03.05.2.01.0001", name="Pengembangan Kompetensi Teknis (Pelatihan Dasar CPNS Golongan III)", program="5.03.05 PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
                 kegiatan="5.03.05.2.01 Pengembangan Kompetensi Teknis", output="Jumlah CPNS yang mengikuti Pelatihan Dasar dan dinyatakan lulus",
                 target="120 Orang", domains=["bkpsdm_latsar"], tags=["event", "office"], ot_exclude=["Bola voli", "Sewa bus pariwisata"]),
            dict(code="5.03.02.2.01.0002", name="Penyelenggaraan Seleksi Penerimaan PPPK", program="5.03.02 PROGRAM PENGADAAN, PEMBERHENTIAN DAN INFORMASI KEPEGAWAIAN ASN",
                 kegiatan="5.03.02.2.01 Pengadaan ASN", output="Jumlah peserta seleksi PPPK yang terlayani",
                 target="2.400 Orang", domains=["bkpsdm_seleksi"], tags=["office", "event"], ot_exclude=["Printer kartu", "Kartu PVC blank", "Mesin antrian"])]),
 dict(key="kesbangpol", opd="Badan Kesatuan Bangsa dan Politik", layout="phone_photo_jpg", file="foto_rka_kesbangpol_hal2.jpg",
      urusan="8.01 URUSAN PEMERINTAHAN UMUM", ppn=False,
      subs=[dict(code="8.01.02.2.01.0002", name="Penguatan Ideologi Pancasila dan Karakter Kebangsaan (Sosialisasi Wawasan Kebangsaan)", program="8.01.02 PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN",
                 kegiatan="8.01.02.2.01 Pelaksanaan Penguatan Ideologi Pancasila", output="Jumlah pelajar dan pemuda peserta sosialisasi wawasan kebangsaan",
                 target="600 Orang", domains=["kesbang"], tags=["event", "office"], ot_exclude=["Sewa bus pariwisata"])]),
]

LINES_PER_SUB = {"bkpsdm": 18, "kesbangpol": 17, "disdukcapil": 18, "dkp": 18, "disnaker": 18, "dp3a": 18, "inspektorat": 18, "disperkim": 23, "distan": 18}

UNIT_SHORT = {"Orang": "Org", "Hari": "Hr", "Kali": "Kl", "Bulan": "Bln", "Jam": "Jam", "Kegiatan": "Keg", "Unit": "Unit"}


def spec_variant(spec, rnd):
    s = spec
    if rnd.random() < 0.5:
        s = s.replace(" gram", rnd.choice([" gr", "gsm", " g"]))
    if rnd.random() < 0.5:
        s = s.replace(" inch", rnd.choice(['"', " in", "\""]))
    if rnd.random() < 0.3:
        s = s.replace(", ", " ")
    return s


def koef_parts(kind, unit, price, rnd, tags):
    """Return list of (qty, label) parts and the volume unit label."""
    ul = unit.split(" isi ")[0] if " isi " in unit else unit
    if kind == "goods":
        if price >= 2_000_000:
            q = rnd.choice([1, 1, 2, 2, 3, 4])
        elif price >= 200_000:
            q = rnd.choice([2, 3, 4, 5, 6, 10])
        elif price >= 20_000:
            q = rnd.choice([5, 6, 10, 12, 15, 20, 24])
        else:
            q = rnd.choice([5, 10, 12, 20, 24, 30, 50])
        if rnd.random() < 0.3 and price < 2_000_000:
            return [(q, ul), (rnd.choice([2, 3, 4]), rnd.choice(["Keg", "Angkatan", "Triwulan"]))]
        return [(q, ul)]
    if kind == "meal":
        return [(rnd.choice([25, 30, 40, 50, 60]), "Org"), (rnd.choice([1, 2, 3, 4]), "Kl")]
    if kind == "honor":
        return [(rnd.choice([1, 2, 3]), "Org"), (rnd.choice([2, 3, 4]), "Jam"), (rnd.choice([1, 2, 3]), "Kl")]
    if kind == "honor_ok":
        return [(rnd.choice([1, 2, 4, 5]), "Org"), (rnd.choice([1, 2]), "Keg")]
    if kind == "honor_op":
        return [(rnd.choice([16, 20, 32]), "Peserta"), (1, "Kl")]
    if kind == "honor_ob":
        return [(rnd.choice([1, 2, 3, 5]), "Org"), (rnd.choice([3, 6, 10, 12]), "Bln")]
    if kind in ("travel",):
        return [(rnd.choice([2, 3, 4, 6]), "Org"), (rnd.choice([2, 3, 4, 5]), "Hr")]
    if kind == "travel_ok":
        return [(rnd.choice([4, 6, 8, 10]), "Org"), (rnd.choice([2, 4, 6, 12]), "Kl")]
    if kind == "ticket":
        return [(rnd.choice([1, 2, 3]), "Org"), (rnd.choice([1, 2]), "Kl")]
    if kind == "rent_day":
        return [(rnd.choice([1, 2, 4, 10, 50, 100] if price < 50_000 else [1, 2, 3]), "Unit"), (rnd.choice([1, 2, 3, 4]), "Hr")]
    if kind == "rent_once":
        return [(rnd.choice([1, 2, 3, 4]), "Hr")]
    if kind == "month":
        return [(rnd.choice([6, 12]), "Bln")]
    if kind == "paket":
        return [(rnd.choice([1, 2, 4, 6, 10]), unit)]
    raise ValueError(kind)


def jml(vol, price, ppn):
    """jumlah = vol x price x (1 + ppn/100), rounded half-up to the rupiah (integer arithmetic)."""
    return (vol * price * (100 + ppn) + 50) // 100


def nice_round(x, step):
    return int(math.ceil(x / step) * step)


def build_lines(cat, rnd):
    noref_by_dom = {}
    for n in NOREF:
        noref_by_dom.setdefault(n[5], []).append(n)
    all_files = []
    for opd in OPDS:
        nsub = LINES_PER_SUB[opd["key"]]
        for si, sub in enumerate(opd["subs"]):
            doms = set(sub["domains"])
            tags = set(sub["tags"])
            dom_items = [r for r in cat if r["domain"] in doms]
            umum_items = [r for r in cat if r["domain"] == "umum" and set(r["tags"]) & tags]
            ot_pool = [r for r in cat if r["domain"] not in doms and r["domain"] not in ("umum", "naker_all") and r["name"] not in NO_OT and r["name"] not in sub.get("ot_exclude", [])]
            nr_pool = [n for n in NOREF if n[5] in doms] * 1 + [n for n in NOREF if n[5] == "umum" and set(NOREF_TAGS[n[0]].split()) & tags]
            nr_ot_pool = [n for n in NOREF if n[5] not in doms and n[5] != "umum" and n[0] not in sub.get("ot_exclude", []) and n[0] not in NO_OT]
            # plan
            n = nsub
            kinds = ["REF"] * n
            idx = list(range(n))
            rnd.shuffle(idx)
            k_dup = 2 + (rnd.random() < 0.25)
            k_ot = 2 + (rnd.random() < 0.3)
            k_nr = 2 + (rnd.random() < 0.3)
            p = 0
            late = [i for i in range(n // 3, n)]
            rnd.shuffle(late)
            dup_slots = late[:k_dup]
            idx = [i for i in idx if i not in dup_slots]
            ot_slots = idx[p:p + k_ot]; p += k_ot
            nr_slots = idx[p:p + k_nr]; p += k_nr
            for s in ot_slots: kinds[s] = "OT"
            for s in nr_slots: kinds[s] = "NR"
            # duplicates need an earlier original; mark
            for s in dup_slots: kinds[s] = "DUP"
            # ensure each DUP has at least one REF before it (in generation order); fix by swapping
            for s in sorted(dup_slots):
                if not any(kinds[j] == "REF" for j in range(s)):
                    # swap with a later REF
                    for j in range(s + 1, n):
                        if kinds[j] == "REF":
                            kinds[j], kinds[s] = "DUP", "REF"
                            break
            # modifiers
            mods = [set() for _ in range(n)]
            k_op = 2 + (rnd.random() < 0.25)
            k_ar = 2 + (rnd.random() < 0.25)
            k_am = 2 + (rnd.random() < 0.2)
            def place(label, k, ok):
                cands = [i for i in range(n) if ok(i) and label not in mods[i]]
                rnd.shuffle(cands)
                # prefer overlap with labelled lines 40%
                lab = [i for i in cands if kinds[i] != "REF" or mods[i]]
                cl = [i for i in cands if not (kinds[i] != "REF" or mods[i])]
                chosen = []
                while len(chosen) < k and (lab or cl):
                    if lab and (rnd.random() < 0.4 or not cl):
                        chosen.append(lab.pop())
                    else:
                        chosen.append(cl.pop())
                for i in chosen:
                    mods[i].add(label)
            place("OVERPRICED", k_op, lambda i: kinds[i] in ("REF", "OT"))
            place("ACCOUNT_MISMATCH", k_am, lambda i: kinds[i] in ("REF", "OT", "NR"))
            place("ARITHMETIC", k_ar, lambda i: True)
            # build lines
            used = set()
            lines = []
            for i in range(n):
                kd = kinds[i]
                L = dict(kind=kd, labels=set(mods[i]))
                if kd == "DUP":
                    origs = [l for l in lines if l["kind"] == "REF" and "OVERPRICED" not in l["labels"]
                             and "ACCOUNT_MISMATCH" not in l["labels"] and not l.get("has_dup")]
                    if not origs:
                        origs = [l for l in lines if l["kind"] == "REF" and not l.get("has_dup")]
                    o = rnd.choice(origs)
                    o["has_dup"] = True
                    L.update(item=o["item"], cat=o["cat"], unit=o["unit"], factor=o["factor"], acc_key=o["acc_key"], correct_acc_key=o["acc_key"],
                             parts=list(o["parts"]), dup_of=o["gid"])
                    L["labels"].discard("OVERPRICED"); L["labels"].discard("ACCOUNT_MISMATCH")
                    # reworded name
                    names = [nm for nm in o["cat"]["names"]] if o["cat"] else [o["item"]]
                    alt = [nm for nm in names if nm != o["name_base"]] or names
                    nb = rnd.choice(alt)
                    L["name_base"] = nb
                    L["spec_text"] = spec_variant(o["cat"]["spec"], rnd) if o["cat"] else o["spec_text"]
                    if L["spec_text"] == o["spec_text"] and nb == o["name_base"]:
                        L["spec_text"] = o["cat"]["spec"].replace(", ", " ")
                    for lab in ("OVERPRICED", "ACCOUNT_MISMATCH"):
                        if lab in o["labels"]:
                            L["labels"].add(lab)
                    L["dup_acc"] = o["acc_key"]
                elif kd in ("REF", "OT"):
                    if kd == "REF":
                        pool = dom_items if (dom_items and rnd.random() < 0.45) else umum_items
                        if "OVERPRICED" in L["labels"]:
                            pool = [r for r in pool if r["kind"] not in ("travel",)] or pool
                    else:
                        # blatant (x_seremonial) ~ 1/3, else another OPD's/sibling domain item
                        if rnd.random() < 0.35:
                            pool = [r for r in ot_pool if r["domain"] == "x_seremonial"]
                        else:
                            sib = [r for r in ot_pool if r["domain"].split("_")[0] == sorted(doms)[-1].split("_")[0] and r["domain"] != "x_seremonial"
                           and r["domain"].split("_")[0] in ("adminduk", "pangan", "naker", "tani")]
                            pool = sib if (sib and rnd.random() < 0.5) else [r for r in ot_pool if r["domain"] != "x_seremonial"]
                    usednames = {x["cat"]["name"] for x in lines if x["cat"]} | {x["item"] for x in lines}
                    for grp in CONFLICT_GROUPS:
                        if grp & usednames:
                            usednames |= grp
                    pool0 = pool
                    pool = [r for r in pool if r["code"] not in used and r["name"] not in usednames]
                    if not pool:
                        pool = [r for r in (umum_items if kd == "REF" else ot_pool) if r["code"] not in used and r["name"] not in usednames]
                    r = rnd.choice(pool)
                    used.add(r["code"])
                    L["cat"] = r
                    L["item"] = r["name"]
                    L["name_base"] = rnd.choice(r["names"])
                    L["spec_text"] = spec_variant(r["spec"], rnd)
                    if r["alts"] and rnd.random() < 0.75:
                        L["unit"], L["factor"] = rnd.choice(r["alts"])
                    else:
                        L["unit"], L["factor"] = r["unit"], 1
                    L["acc_key"] = L["correct_acc_key"] = r["acc"]
                    L["parts"] = koef_parts(r["kind"], L["unit"], r["price"] * L["factor"], rnd, tags)
                else:  # NR
                    pool = nr_pool if (rnd.random() < 0.85 or not nr_ot_pool) else nr_ot_pool
                    taken = {x["item"] for x in lines}
                    for grp in CONFLICT_GROUPS:
                        if grp & taken:
                            taken |= grp
                    pool = [x for x in pool if x[0] not in used and x[0] not in taken] or [x for x in nr_pool if x[0] not in used and x[0] not in taken]
                    x = rnd.choice(pool)
                    used.add(x[0])
                    if x[5] not in doms and x[5] != "umum":
                        L["labels"].add("OFF_TARGET")
                    L["cat"] = None
                    L["noref_domain"] = x[5]
                    L["item"] = x[0]; L["name_base"] = x[0]; L["spec_text"] = x[1]
                    L["unit"], L["factor"] = x[2], 1
                    L["acc_key"] = L["correct_acc_key"] = x[4]
                    L["parts"] = koef_parts(x[6], x[2], x[3], rnd, tags)
                    L["noref_price"] = x[3]
                    L["labels"].discard("OVERPRICED")
                    L["labels"].add("NO_PRICE_REFERENCE")
                if kd == "OT":
                    L["labels"].add("OFF_TARGET")
                if kd == "DUP":
                    L["labels"].add("DUPLICATE_CAND")
                L["gid"] = f"{opd['key']}-{si}-{i}"
                # account
                if kd == "DUP":
                    L["acc_key"] = L["dup_acc"]
                elif "ACCOUNT_MISMATCH" in L["labels"]:
                    L["acc_key"] = rnd.choice(WRONG_ACCOUNT[L["correct_acc_key"]])
                # price
                ppn = 0
                cr = L["cat"]
                if opd["ppn"] and (cr is None or cr["kind"] == "goods" or cr["acc"].startswith("SEWA")):
                    ppn = 11
                L["ppn"] = ppn
                if kd == "DUP":
                    L["price"] = lines_by_gid[L["dup_of"]]["price"]
                    L["ppn"] = lines_by_gid[L["dup_of"]]["ppn"]
                elif cr is None:
                    L["price"] = L["noref_price"] if not ppn else int(round(L["noref_price"] / 1.11, -2))
                else:
                    unit_cat_price = cr["price"] * L["factor"]
                    if "OVERPRICED" in L["labels"]:
                        mult = rnd.choice([1.35, 1.45, 1.6, 1.75, 2.0, 2.4])
                        step = 500 if unit_cat_price < 100000 else 5000 if unit_cat_price < 2_000_000 else 50000
                        pr = nice_round(unit_cat_price * mult, step)  # pre-PPN price itself >= 1.25x catalogue
                    else:
                        target = unit_cat_price / (1 + ppn / 100)
                        if ppn or L["factor"] < 1:
                            step = 100 if target >= 1000 else 1 if target < 100 else 10
                            pr = int(math.floor(target / step) * step)
                        else:
                            pr = int(unit_cat_price) if rnd.random() < 0.8 else int(math.floor(unit_cat_price * rnd.choice([0.9, 0.95]) / 100) * 100)
                    L["price"] = pr
                vol = 1
                for q, _ in L["parts"]:
                    vol *= q
                L["vol_correct"] = vol
                L["vol"] = vol
                L["jumlah_correct"] = jml(vol, L["price"], L["ppn"])
                L["jumlah"] = L["jumlah_correct"]
                lines.append(L)
                lines_by_gid[L["gid"]] = L
            all_files.append((opd, sub, lines))
    return all_files


lines_by_gid = {}


def apply_arith(opd, lines, rnd, show_koef):
    for L in lines:
        if "ARITHMETIC" not in L["labels"]:
            continue
        multi = len(L["parts"]) > 1
        if show_koef and multi and rnd.random() < 0.6:
            # printed volume differs from the product of koefisien; jumlah consistent with printed volume
            v = L["vol_correct"]
            L["vol"] = rnd.choice([v + L["parts"][-1][0], max(1, v - L["parts"][0][0]), L["parts"][0][0] * (L["parts"][1][0] + 1)])
            if L["vol"] == v:
                L["vol"] = v + 1
            L["jumlah"] = jml(L["vol"], L["price"], L["ppn"])
            L["arith_kind"] = "volume"
        else:
            c = L["jumlah_correct"]
            mode = rnd.choice(["x10", "plus1", "swap", "noppn" if L["ppn"] else "plus1", "round"])
            if mode == "x10":
                j = c * 10
            elif mode == "plus1":
                j = c + jml(1, L["price"], L["ppn"]) * rnd.choice([1, 2])
            elif mode == "swap":
                s = str(c)
                k = 0 if len(s) < 3 else 1
                t = list(s); t[k], t[k + 1] = t[k + 1], t[k]
                j = int("".join(t))
                if j == c:
                    j = c + 1_000_000 if c > 2_000_000 else c * 2
            elif mode == "noppn":
                j = L["vol"] * L["price"]
            else:
                j = nice_round(c * 1.08, 10000)
            if abs(j - c) < max(1000, 0.01 * c):
                j = c + max(100000, int(c * 0.1))
            L["jumlah"] = j
            L["arith_kind"] = mode
        L["jumlah_correct_for_printed_vol"] = jml(L["vol"], L["price"], L["ppn"])


# ---------------------------------------------------------------- truth
def finalize(opd, sub, lines, rnd, order_by_account):
    if order_by_account:
        lines.sort(key=lambda l: ACCOUNTS[l["acc_key"]][0])
    seen_dup = {}
    for L in lines:
        L["labels"].discard("DUPLICATE_CAND")
    # DUPLICATE goes to the later line of each pair in printed order
    for pos, L in enumerate(lines):
        key = L.get("dup_of") or L["gid"]
        if key in seen_dup:
            L["labels"].add("DUPLICATE")
        else:
            seen_dup[key] = pos


def koef_text(parts, style):
    if style == "sipd":
        return " x ".join(f"{q} {u}" for q, u in parts)
    if style == "inline":
        return " x ".join(f"{q} {u.lower()}" for q, u in parts)
    return " x ".join(f"{q} {u}" for q, u in parts)


def item_text(L):
    return f"{L['name_base']} {L['spec_text']}".strip()


def vol_unit(L):
    """Unit label printed beside the volume."""
    if len(L["parts"]) == 1 and L["parts"][0][1] == L["unit"]:
        return L["unit"]
    return L["unit"] if (L["cat"] and L["cat"]["kind"] == "goods") or not L["cat"] else L["unit"]


# ---------------------------------------------------------------- layouts
def layout_xlsx_merged(opd, subs, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = "RKA Rincian Belanja"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD)"
    ws["A2"] = "RINCIAN BELANJA — TAHUN ANGGARAN 2027 (RANCANGAN)"
    ws["A3"] = f"Organisasi : {opd['opd']} Kota Samarinda"
    ws["A4"] = opd["urusan"]
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).font = Font(bold=r <= 2)
    hdr_r = 6
    heads = {1: "No", 2: "Kode Rekening", 3: "Uraian", 4: "Rincian Perhitungan", 9: "Jumlah (Rp)"}
    for c, t in heads.items():
        ws.cell(hdr_r, c, t)
    ws.merge_cells(start_row=hdr_r, start_column=4, end_row=hdr_r, end_column=8)
    for c in (1, 2, 3, 9):
        ws.merge_cells(start_row=hdr_r, start_column=c, end_row=hdr_r + 1, end_column=c)
    for c, t in zip(range(4, 9), ["Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)"]):
        ws.cell(hdr_r + 1, c, t)
    ws.cell(hdr_r, 10, "id_rinci"); ws.cell(hdr_r, 11, "kel_belanja")
    for r in (hdr_r, hdr_r + 1):
        for c in range(1, 12):
            ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).border = bd
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="E2EFDA")
    r = hdr_r + 2
    no = 0
    rid = 884100
    for sub, lines in subs:
        ws.cell(r, 2, sub["code"]).font = Font(bold=True)
        ws.cell(r, 3, f"Sub Kegiatan: {sub['name']}").font = Font(bold=True)
        ws.cell(r, 9, sum(l["jumlah"] for l in lines)).number_format = "#,##0"
        r += 1
        ws.cell(r, 3, f"Indikator keluaran: {sub['output']} — target {sub['target']}").font = Font(italic=True, size=9)
        r += 1
        cur = None
        for L in lines:
            if L["acc_key"] != cur:
                cur = L["acc_key"]
                code, name = ACCOUNTS[cur]
                ws.cell(r, 2, code).font = Font(bold=True); ws.cell(r, 3, name).font = Font(bold=True)
                ws.cell(r, 9, sum(x["jumlah"] for x in lines if x["acc_key"] == cur)).number_format = "#,##0"
                for c in range(1, 10): ws.cell(r, c).border = bd
                r += 1
            no += 1
            L["no"] = str(no)
            vals = {1: no, 3: item_text(L), 4: koef_text(L["parts"], "sipd"), 5: L["vol"], 6: L["unit"], 7: L["price"], 8: L["ppn"], 9: L["jumlah"], 10: rid, 11: "Barang" if L["cat"] and L["cat"]["kind"] == "goods" else "Jasa/Lainnya"}
            rid += 7
            for c, v in vals.items():
                ws.cell(r, c, v).border = bd
            for c in (7, 9): ws.cell(r, c).number_format = "#,##0"
            L["where"] = f"sheet '{ws.title}' row {r}"
            r += 1
        ws.cell(r, 3, "Jumlah Sub Kegiatan").font = Font(bold=True)
        ws.cell(r, 9, sum(l["jumlah"] for l in lines)).number_format = "#,##0"
        r += 2
    for col, w in zip("ABCDEFGHIJK", (5, 20, 55, 22, 8, 14, 14, 7, 16, 10, 12)):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["J"].hidden = True
    ws.column_dimensions["K"].hidden = True
    fix_wb(wb)
    wb.save(path)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so the output is byte-identical on every run."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2026-09-15T10:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_wb(wb):
    import datetime
    ts = datetime.datetime(2026, 9, 15, 10, 0, 0)
    wb.properties.created = ts
    wb.properties.modified = ts
    wb.properties.creator = "SIPD-export"
    wb.properties.lastModifiedBy = "operator"


def fmt_rp(n):
    return f"Rp {idn(n)}"


def layout_xlsx_sheets(opd, subs, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    wb = Workbook()
    first = True
    for si, (sub, lines) in enumerate(subs):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = f"SubKeg {si + 1}"
        ws["A1"] = f"{opd['opd'].upper()} KOTA SAMARINDA"
        ws["A2"] = f"Rincian Anggaran Sub Kegiatan {sub['code']}"
        ws["A3"] = sub["name"]
        ws["A4"] = f"Output: {sub['output']} ({sub['target']})"
        ws["A1"].font = Font(bold=True, size=13)
        r = 6
        heads = ["Uraian Belanja", "Koefisien", "Vol", "Sat.", "Harga Satuan", "Total", "No.", "Rekening"]
        for c, h in enumerate(heads, 1):
            ws.cell(r, c, h).font = Font(bold=True)
        r += 1
        prefix = "AB"[si]
        for k, L in enumerate(lines, 1):
            L["no"] = f"{prefix}.{k:02d}"
            code, name = ACCOUNTS[L["acc_key"]]
            vals = [item_text(L), koef_text(L["parts"], "inline"), L["vol"], L["unit"], fmt_rp(L["price"]), fmt_rp(L["jumlah"]), L["no"], code]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v)
            ws.cell(r, 5).alignment = Alignment(horizontal="right"); ws.cell(r, 6).alignment = Alignment(horizontal="right")
            L["where"] = f"sheet '{ws.title}' row {r}"
            r += 1
        ws.cell(r + 1, 1, "TOTAL").font = Font(bold=True)
        ws.cell(r + 1, 6, fmt_rp(sum(l["jumlah"] for l in lines)))
        for col, w in zip("ABCDEFGH", (52, 24, 7, 14, 16, 18, 8, 20)):
            ws.column_dimensions[col].width = w
    ws = wb.create_sheet("Keterangan Rekening")
    ws["A1"] = "Kode Rekening"; ws["B1"] = "Nama Rekening"
    used = sorted({L["acc_key"] for _, lines in subs for L in lines}, key=lambda k: ACCOUNTS[k][0])
    for i, k in enumerate(used, 2):
        ws.cell(i, 1, ACCOUNTS[k][0]); ws.cell(i, 2, ACCOUNTS[k][1])
    fix_wb(wb)
    wb.save(path)


def layout_csv(opd, subs, path):
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["EXPORT RKA SIPD", opd["opd"], "TA 2027", "", "", "", "", "", "", "", ""])
    w.writerow(["no", "kode_sub_kegiatan", "kode_rekening", "nama_rekening", "uraian", "spesifikasi", "koefisien", "volume", "satuan", "harga_satuan", "total"])
    no = 0
    for sub, lines in subs:
        w.writerow(["", sub["code"], "", "", "SUB KEGIATAN: " + sub["name"], "", "", "", "", "", idn(sum(l["jumlah"] for l in lines))])
        for L in lines:
            no += 1
            L["no"] = str(no)
            code, name = ACCOUNTS[L["acc_key"]]
            w.writerow([no, sub["code"], code, name, L["name_base"], L["spec_text"], koef_text(L["parts"], "inline"),
                        idn(L["vol"]), L["unit"], idn(L["price"]), idn(L["jumlah"])])
            L["where"] = f"csv line no {no}"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


def _pdf_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))


def layout_pdf_sipd(opd, subs, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    _pdf_fonts()
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    X = [25, 50, 140, 480, 585, 640, 720, 750, W - 25]  # No, Kode, Uraian, Koef, Satuan, Harga, PPN, Jumlah(right)
    pg = [0]

    def table_header(y):
        c.setFont("DVB", 7.5)
        c.setFillGray(0.88); c.rect(25, y - 4, W - 50, 14, fill=1, stroke=1); c.setFillGray(0)
        for x, t in zip(X, ["No", "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", ""]):
            c.drawString(x + 2, y, t)
        c.drawRightString(W - 28, y, "Jumlah")
        return y - 14

    def new_page(sub, first):
        pg[0] += 1
        y = H - 30
        c.setFont("DV", 7); c.drawRightString(W - 25, 15, f"Dicetak dari SIPD-RI | {pg[0]}")
        if first:
            c.setFont("DVB", 10)
            c.drawCentredString(W / 2, y, "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH")
            y -= 12
            c.drawCentredString(W / 2, y, f"Formulir RKA-BELANJA SKPD  —  Pemerintah Kota Samarinda  —  Tahun Anggaran 2027")
            y -= 16
            c.setFont("DV", 7.5)
            rows = [("Urusan Pemerintahan", opd["urusan"]), ("Organisasi", opd["opd"]), ("Program", sub["program"]),
                    ("Kegiatan", sub["kegiatan"]), ("Sub Kegiatan", f"{sub['code']} {sub['name']}"),
                    ("Indikator Keluaran", f"{sub['output']}  |  Target: {sub['target']}"),
                    ("Lokasi", "Kota Samarinda (10 kecamatan)"), ("Sumber Pendanaan", "PAD / DAU"), ("Waktu Pelaksanaan", "Januari s.d. Desember")]
            for k, v in rows:
                c.drawString(30, y, k); c.drawString(130, y, ": " + v); y -= 10
            y -= 6
        else:
            c.setFont("DV", 7.5); c.drawString(30, y, f"Sub Kegiatan {sub['code']} (lanjutan)"); y -= 14
        return table_header(y)

    no = 0
    for sub, lines in subs:
        y = new_page(sub, True)
        cur = None
        for L in lines:
            if L["acc_key"] != cur:
                if y < 45:
                    c.showPage(); y = new_page(sub, False)
                cur = L["acc_key"]
                code, name = ACCOUNTS[cur]
                c.setFont("DVB", 7)
                c.drawString(X[1] + 2, y, code); c.drawString(X[2] + 2, y, name)
                c.drawRightString(W - 28, y, idn(sum(x["jumlah"] for x in lines if x["acc_key"] == cur)))
                y -= 15
            if y < 45:
                c.showPage(); y = new_page(sub, False)
            no += 1
            L["no"] = str(no)
            c.setFont("DV", 7)
            c.drawString(X[0] + 2, y, str(no)); c.drawString(X[2] + 8, y, item_text(L))
            c.drawString(X[3] + 2, y, koef_text(L["parts"], "sipd")); c.drawString(X[4] + 2, y, L["unit"])
            c.drawRightString(X[6] - 4, y, idn(L["price"])); c.drawRightString(X[7] - 4, y, f"{L['ppn']}%")
            c.drawRightString(W - 28, y, idn(L["jumlah"]))
            c.setLineWidth(0.2); c.line(25, y - 5, W - 25, y - 5); c.setLineWidth(1)
            L["where"] = f"page {pg[0]}"
            y -= 16
        c.setFont("DVB", 7.5)
        c.drawString(X[2] + 2, y - 4, "JUMLAH SUB KEGIATAN"); c.drawRightString(W - 28, y - 4, idn(sum(l["jumlah"] for l in lines)))
        c.showPage()
    c.save()


def layout_pdf_noruling(opd, subs, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _pdf_fonts()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    y = H - 40
    c.setFont("DVB", 10)
    c.drawString(30, y, f"RINCIAN ANGGARAN BELANJA — {opd['opd'].upper()}"); y -= 13
    c.setFont("DV", 8); c.drawString(30, y, "Tahun Anggaran 2027 (bahan pembahasan TAPD)"); y -= 20
    c.setFont("DVB", 7)
    for x, t in [(30, "No"), (48, "Uraian / Rekening"), (318, "Koef."), (400, "Vol"), (425, "Sat"), (515, "Harga")]:
        c.drawString(x, y, t)
    c.drawRightString(W - 25, y, "Jumlah")
    y -= 14
    page = 1
    no = 0
    for sub, lines in subs:
        if y < 90:
            c.showPage(); page += 1; y = H - 40
        c.setFont("DVB", 7.5)
        c.drawString(30, y, f"{sub['code']}  {sub['name']}"); y -= 10
        c.setFont("DV", 6.5)
        c.drawString(48, y, f"Keluaran: {sub['output']} ({sub['target']})"); y -= 12
        cur = None
        for L in lines:
            if y < 40:
                c.showPage(); page += 1; y = H - 40  # continues without repeating the header
            if L["acc_key"] != cur:
                cur = L["acc_key"]
                code, name = ACCOUNTS[cur]
                c.setFont("DVB", 6.5)
                c.drawString(48, y, f"{code} {name}"); y -= 10
                if y < 40:
                    c.showPage(); page += 1; y = H - 40
            no += 1
            L["no"] = str(no)
            c.setFont("DV", 7.2)
            c.drawString(30, y, str(no)); c.drawString(56, y, item_text(L))
            c.drawString(318, y, koef_text(L["parts"], "sipd")); c.drawRightString(415, y, idn(L["vol"]))
            c.drawString(425, y, L["unit"]); c.drawRightString(W - 85, y, idn(L["price"]))
            c.drawRightString(W - 25, y, idn(L["jumlah"]))
            L["where"] = f"page {page}"
            y -= 13
        c.setFont("DVB", 7)
        c.drawString(56, y, "Total sub kegiatan"); c.drawRightString(W - 25, y, idn(sum(l["jumlah"] for l in lines)))
        y -= 18
    c.showPage(); c.save()


def layout_scan(opd, subs, path, truth_txt, rnd):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    dpi = 200
    Wp, Hp = int(11.69 * dpi), int(8.27 * dpi)
    img = Image.new("L", (Wp, Hp), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 19); fb = ImageFont.truetype(FONTB, 21); fs = ImageFont.truetype(FONT, 17)
    txt = []
    y = 70
    sub, lines = subs[0]

    def put(x, yy, s, font=f, right=False):
        if right:
            w = d.textlength(s, font=font); x = x - w
        d.text((x, yy), s, fill=20, font=font)
        txt.append(s)

    put(110, y, "RKA - RINCIAN BELANJA SUB KEGIATAN  TA 2027", fb); y += 34
    put(110, y, f"Organisasi : {opd['opd']} Kota Samarinda", fs); y += 26
    put(110, y, f"Sub Kegiatan : {sub['code']} {sub['name']}", fs); y += 26
    put(110, y, f"Keluaran : {sub['output']} ({sub['target']})", fs); y += 36
    X = [100, 160, 960, 1250, 1450, 1720, Wp - 110]
    ytop = y - 6
    d.line((100, y - 6, Wp - 100, y - 6), fill=30, width=2)
    for x, t in zip(X[:-1], ["No", "Uraian", "Koefisien", "Satuan", "Harga Satuan"]):
        put(x + 8, y, t, fb)
    put(X[-1], y, "Jumlah (Rp)", fb, right=True)
    y += 34
    d.line((100, y - 6, Wp - 100, y - 6), fill=30, width=2)
    cur = None
    for L in lines:
        if L["acc_key"] != cur:
            cur = L["acc_key"]
            code, name = ACCOUNTS[cur]
            put(170, y, f"{code}  {name}", fs)
            y += 30
        L["no"] = str(lines.index(L) + 1)
        put(X[0] + 8, y, L["no"]); put(X[1] + 30, y, item_text(L))
        put(X[2] + 8, y, koef_text(L["parts"], "sipd")); put(X[3] + 8, y, L["unit"])
        put(X[5] - 20, y, idn(L["price"]), right=True); put(X[-1], y, idn(L["jumlah"]), right=True)
        d.line((100, y + 28, Wp - 100, y + 28), fill=120, width=1)
        L["where"] = "page 1 (image)"
        y += 36
    put(X[1] + 30, y + 6, "JUMLAH", fb); put(X[-1], y + 6, idn(sum(l["jumlah"] for l in lines)), fb, right=True)
    for x in X:
        d.line((x, ytop, x, y), fill=90, width=1)
    # degrade: rotate, blur, noise, speckles
    img = img.rotate(0.8, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    arr = np.array(img).astype(np.float32)
    g = np.random.default_rng(SEED)
    arr += g.normal(0, 14, arr.shape)
    sp = g.random(arr.shape)
    arr[sp < 0.002] = 40
    arr[sp > 0.9985] = 255
    yy = np.linspace(0, 1, arr.shape[0])[:, None]
    arr -= 18 * yy  # uneven illumination
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img.save(path, "PDF", resolution=dpi, quality=70, title="scan", creationDate=__import__("time").gmtime(1791019800), modDate=__import__("time").gmtime(1791019800))
    with open(truth_txt, "w", encoding="utf-8") as fh:
        fh.write("\n".join(txt) + "\n")


def layout_docx(opd, subs, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.core_properties.created = __import__("datetime").datetime(2026, 9, 1, 8, 0, 0)
    d.core_properties.modified = __import__("datetime").datetime(2026, 9, 3, 14, 0, 0)
    d.core_properties.last_modified_by = "Subbag Perencanaan"
    d.core_properties.author = "Subbag Perencanaan"
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(8.5)
    d.add_heading(f"RINCIAN BELANJA {opd['opd'].upper()} TAHUN 2027", level=1)
    d.add_paragraph("Bahan Asistensi RKA — disalin dari SIPD untuk pembahasan internal, mohon dikoreksi.")
    no = 0
    for sub, lines in subs:
        d.add_paragraph().add_run(f"Sub Kegiatan {sub['code']} — {sub['name']}").bold = True
        d.add_paragraph(f"Program: {sub['program']}\nIndikator keluaran: {sub['output']}; target {sub['target']}")
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["No", "Uraian", "Koefisien", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]):
            t.rows[0].cells[i].text = h
        cur = None
        for L in lines:
            if L["acc_key"] != cur:
                cur = L["acc_key"]
                code, name = ACCOUNTS[cur]
                row = t.add_row().cells
                m = row[0].merge(row[5])
                m.text = f"{code}  {name}"
                row[6].text = idn(sum(x["jumlah"] for x in lines if x["acc_key"] == cur))
            no += 1
            L["no"] = f"{no:02d}"
            row = t.add_row().cells
            vals = [L["no"], item_text(L), koef_text(L["parts"], "sipd"), idn(L["vol"]), L["unit"], idn(L["price"]), idn(L["jumlah"])]
            for i, v in enumerate(vals):
                row[i].text = v
            L["where"] = f"table {subs.index((sub, lines)) + 1}"
        row = t.add_row().cells
        m = row[0].merge(row[5]); m.text = "JUMLAH"
        row[6].text = idn(sum(l["jumlah"] for l in lines))
        d.add_paragraph("")
    d.save(path)


def layout_photo(opd, subs, path, truth_txt):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    dpi = 170
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("RGB", (Wp, Hp), (248, 247, 242))
    d = ImageDraw.Draw(page)
    f = ImageFont.truetype(FONT, 17); fb = ImageFont.truetype(FONTB, 18); fs = ImageFont.truetype(FONT, 15)
    txt = []
    sub, lines = subs[0]

    def put(x, yy, s, font=f, right=False):
        if right:
            x = x - d.textlength(s, font=font)
        d.text((x, yy), s, fill=(25, 25, 30), font=font)
        txt.append(s)

    y = 60
    put(60, y, "Lanjutan RKA Rincian Belanja - " + opd["opd"], fs); y += 26
    put(60, y, f"Sub Kegiatan {sub['code']}", fs); y += 22
    put(60, y, sub["name"], fs); y += 22
    put(60, y, f"Keluaran: {sub['output']} ({sub['target']})", fs); y += 34
    X = [40, 78, 600, 790, 850, 1010, Wp - 40]
    d.line((50, y - 6, Wp - 50, y - 6), fill=(40, 40, 40), width=2)
    for x, t in zip(X[:-1], ["No", "Uraian", "Koefisien", "Vol", "Satuan", "Harga"]):
        put(x + 5, y, t, fb)
    for x in X[1:-1]:
        d.line((x, y - 6, x, y + 26), fill=(90, 90, 90), width=1)
    put(X[-1], y, "Jumlah", fb, right=True)
    y += 30
    d.line((50, y - 6, Wp - 50, y - 6), fill=(40, 40, 40), width=2)
    cur = None
    for k, L in enumerate(lines, 1):
        if L["acc_key"] != cur:
            cur = L["acc_key"]
            code, name = ACCOUNTS[cur]
            put(100, y, code, fs); put(250, y, name, fs)
            y += 26
        L["no"] = str(k)
        put(X[0] + 5, y, L["no"]); put(X[1] + 10, y, item_text(L))
        put(X[2] + 5, y, koef_text(L["parts"], "sipd"), fs); put(X[3] + 50, y, idn(L["vol"]), fs, right=True)
        put(X[4] + 5, y, L["unit"], fs); put(X[5] + 180, y, idn(L["price"]), right=True); put(X[-1], y, idn(L["jumlah"]), right=True)
        d.line((50, y + 24, Wp - 50, y + 24), fill=(150, 150, 150), width=1)
        L["where"] = "photo"
        y += 30
    # photo: page lying on a desk, seen from an angle
    bg = Image.new("RGB", (1700, 2200), (92, 70, 52))
    arr = np.array(bg).astype(np.float32)
    gg = np.random.default_rng(SEED + 7)
    arr += gg.normal(0, 6, arr.shape)
    bg = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    # perspective: map output quad to page corners
    quad = [(190, 140), (1540, 220), (1620, 2080), (90, 2010)]  # TL, TR, BR, BL in output
    import numpy.linalg as la
    src = [(0, 0), (Wp, 0), (Wp, Hp), (0, Hp)]
    A = []; B = []
    for (xo, yo), (xs, ys) in zip(quad, src):
        A.append([xo, yo, 1, 0, 0, 0, -xs * xo, -xs * yo]); B.append(xs)
        A.append([0, 0, 0, xo, yo, 1, -ys * xo, -ys * yo]); B.append(ys)
    coeffs = la.solve(np.array(A, float), np.array(B, float))
    warped = page.transform(bg.size, Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
    bg.paste(warped, (0, 0), mask)
    arr = np.array(bg).astype(np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 1.0 - 0.28 * (xx / w) * (yy / h) - 0.12 * ((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / (w * w / 4 + h * h / 4)
    arr *= shade[..., None]
    arr[..., 2] *= 0.93  # warm indoor light
    arr += gg.normal(0, 4, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    img.save(path, "JPEG", quality=80)
    with open(truth_txt, "w", encoding="utf-8") as fh:
        fh.write("\n".join(txt) + "\n")


def price_short(n):
    if n >= 1_000_000 and n % 100_000 == 0:
        v = n / 1_000_000
        return (f"{v:.1f}".replace(".", ",").replace(",0", "") + " jt")
    if n >= 1000 and n % 1000 == 0 and n < 1_000_000 and n % 5000 == 0:
        return f"{n // 1000} rb"
    return fmt_rp(n)


def layout_xlsx_volunit(opd, subs, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws0 = wb.active; ws0.title = "Rekap"
    ws0["A1"] = f"REKAPITULASI RKA {opd['opd'].upper()} TA 2027"; ws0["A1"].font = Font(bold=True)
    no = 0
    for si, (sub, lines) in enumerate(subs):
        ws = wb.create_sheet(["Benih", "OPT"][si])
        ws["A1"] = sub["code"]; ws["B1"] = sub["name"]
        ws["B2"] = "indikator: " + sub["output"] + " / " + sub["target"]
        ws.append([])
        ws.append(["No", "Rincian Belanja", "Banyaknya", "Harga", "Jumlah", "Rekening"])
        for c in ws[4]:
            c.font = Font(bold=True)
        for L in lines:
            no += 1
            L["no"] = str(no)
            code, name = ACCOUNTS[L["acc_key"]]
            unit = L["unit"]
            banyak = f"{idn(L['vol'])} {unit.lower() if len(unit) > 3 else unit}"
            ws.append([no, item_text(L), banyak, price_short(L["price"]), L["jumlah"], f"{code} - {name}"])
            ws.cell(ws.max_row, 5).number_format = "#,##0"
            L["where"] = f"sheet '{ws.title}' row {ws.max_row}"
            L["banyak_text"] = banyak
            L["price_text"] = price_short(L["price"])
        ws.append(["", "Jumlah", "", "", sum(l["jumlah"] for l in lines), ""])
        for col, w in zip("ABCDEF", (5, 55, 14, 14, 15, 70)):
            ws.column_dimensions[col].width = w
        ws0.cell(3 + si, 1, sub["code"]); ws0.cell(3 + si, 2, sub["name"]); ws0.cell(3 + si, 3, sum(l["jumlah"] for l in lines))
    fix_wb(wb)
    wb.save(path)


# ---------------------------------------------------------------- main
def main():
    rnd = random.Random(SEED)
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    os.makedirs(DATA)
    cat = build_catalogues()
    write_ssh_xlsx(cat, os.path.join(DATA, "SSH_Kota_Samarinda_2027.xlsx"))
    write_sbu_pdf(cat, os.path.join(DATA, "SBU_Kota_Samarinda_2027.pdf"))
    files = build_lines(cat, rnd)
    per_opd = {}
    for opd, sub, lines in files:
        per_opd.setdefault(opd["key"], (opd, []))[1].append((sub, lines))
    manifest, truth = [], {}
    show_koef = {"distan": False}
    for key, (opd, subs) in per_opd.items():
        grouped = opd["layout"] in ("docx_tables", "phone_photo_jpg", "xlsx_merged_ppn", "pdf_sipd_born_digital", "pdf_no_ruling_continued", "scan_image_pdf")
        for sub, lines in subs:
            apply_arith(opd, lines, rnd, show_koef.get(key, True))
            finalize(opd, sub, lines, rnd, grouped)
        path = os.path.join(DATA, opd["file"])
        lay = opd["layout"]
        if lay == "xlsx_merged_ppn":
            layout_xlsx_merged(opd, subs, path)
        elif lay == "xlsx_sheet_per_subkeg_textprice":
            layout_xlsx_sheets(opd, subs, path)
        elif lay == "csv_semicolon_export":
            layout_csv(opd, subs, path)
        elif lay == "pdf_sipd_born_digital":
            layout_pdf_sipd(opd, subs, path)
        elif lay == "pdf_no_ruling_continued":
            layout_pdf_noruling(opd, subs, path)
        elif lay == "scan_image_pdf":
            layout_scan(opd, subs, path, os.path.join(HERE, "scan_truth.txt"), rnd)
        elif lay == "xlsx_volunit_onecell_multisheet":
            layout_xlsx_volunit(opd, subs, path)
        elif lay == "docx_tables":
            layout_docx(opd, subs, path)
        elif lay == "phone_photo_jpg":
            layout_photo(opd, subs, path, os.path.join(HERE, "photo_truth.txt"))
        stem = os.path.splitext(opd["file"])[0]
        labels = {}
        tl = []
        for sub, lines in subs:
            for L in lines:
                labs = sorted(L["labels"])
                assert L["no"] not in labels
                labels[L["no"]] = labs
                cr = L["cat"]
                code, name = ACCOUNTS[L["acc_key"]]
                ccode, cname = ACCOUNTS[L["correct_acc_key"]]
                tl.append(dict(no=L["no"], where=L["where"], sub_kegiatan_code=sub["code"], sub_kegiatan_name=sub["name"],
                               account_code=code, account_name=name, correct_account_code=ccode, correct_account_name=cname,
                               item_name=L["name_base"], spec=L["spec_text"], printed_text=item_text(L), unit=L["unit"],
                               koefisien=[[q, u] for q, u in L["parts"]], volume=L["vol"], volume_from_koefisien=L["vol_correct"],
                               price=L["price"], ppn_percent=L["ppn"], jumlah=L["jumlah"],
                               jumlah_correct=jml(L["vol_correct"], L["price"], L["ppn"]),
                               catalogue=None if cr is None else dict(file="SSH_Kota_Samarinda_2027.xlsx" if cr["src"] == "ssh" else "SBU_Kota_Samarinda_2027.pdf",
                                                                       code=cr["code"], name=cr["name"], spec=cr["spec"], unit=cr["unit"], price=cr["price"],
                                                                       rka_unit_in_catalogue_units=L["factor"],
                                                                       effective_price_per_catalogue_unit=round(L["price"] * (1 + L["ppn"] / 100) / L["factor"], 2),
                                                                       ratio=round(L["price"] * (1 + L["ppn"] / 100) / L["factor"] / cr["price"], 4)),
                               line_role=L["kind"], duplicate_group=L.get("dup_of") or (L["gid"] if L.get("has_dup") else None),
                               arithmetic_error=L.get("arith_kind"), banyak_text=L.get("banyak_text"), price_text=L.get("price_text"),
                               item_domain=(cr["domain"] if cr else L["noref_domain"]), subkeg_domains=sub["domains"],
                               labels=labs))
        with open(os.path.join(DATA, stem + ".labels.json"), "w", encoding="utf-8") as fh:
            json.dump({"labels": labels}, fh, ensure_ascii=False, indent=1)
        manifest.append(dict(rka=opd["file"], catalogues=["SSH_Kota_Samarinda_2027.xlsx", "SBU_Kota_Samarinda_2027.pdf"],
                             labels=stem + ".labels.json", opd=opd["opd"], layout=lay))
        truth[opd["file"]] = dict(opd=opd["opd"], layout=lay, lines=tl)
    for fn in sorted(os.listdir(DATA)):
        if fn.endswith((".xlsx", ".docx")):
            normalize_zip(os.path.join(DATA, fn))
    with open(os.path.join(DATA, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "truth_lines.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    # catalogue truth
    with open(os.path.join(HERE, "catalogue_rows.json"), "w", encoding="utf-8") as fh:
        json.dump([{k: r[k] for k in ("src", "code", "group", "name", "spec", "unit", "price", "acc", "domain")} for r in cat], fh, ensure_ascii=False, indent=0)
    # summary
    from collections import Counter
    cnt = Counter(); n = 0; clean = 0
    for f, t in truth.items():
        for l in t["lines"]:
            n += 1; clean += not l["labels"]; cnt.update(l["labels"])
    print("lines", n, "clean", clean, dict(cnt))


if __name__ == "__main__":
    main()
