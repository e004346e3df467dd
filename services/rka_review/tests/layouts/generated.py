"""A generative layout zoo: RKA layouts composed from independent features, drawn by a seed.

Why: the hand-written zoo (``zoo.py``) lists layouts one by one, and a sheet nobody has seen combines
features in ways that list never did (hidden helper columns beside a header only on the first
sheet, lettered line numbers under merged account rows, ...). Here each feature (column order and
omissions, header depth and merging, the block above the table, numbering, account rows,
subtotals, prices as text, the quantity written as a koefisien, a number and a unit or in a notes
column, PPN, spacer and hidden helper columns, sub-kegiatan per sheet or stacked, xlsx/csv/PDF ...)
is drawn on its own, within what a real sheet can say (lettered group rows need a No column), and
the layout is rendered by ``zoo.render_rka`` with the lines a reader must find. Items are the
zoo's invented ones.

``generate(seed)`` gives the layout and the feature values it drew (``measure.py --generated N``
sums recall and precision per feature value). Seeds from ``HOLDOUT_SEED`` on are the held-out
range: measure them in aggregate, never debug on them.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import layout_zoo as zoo  # loaded by measure.load_zoo

HOLDOUT_SEED = 1_000_000

# Header labels per role, as people write them (each read by the RKA layout's vocabulary or by its
# parts); a draw picks one and a casing.
LABELS: dict[str, tuple[str, ...]] = {
    "no": ("No", "No.", "Nomor", "No Urut"),
    "kode": ("Kode Rekening", "Kode", "Rekening", "Kode Akun", "Kode Rek."),
    "uraian": ("Uraian", "Uraian Belanja", "Komponen", "Nama Barang", "Jenis Belanja", "Rincian"),
    "spek": ("Spesifikasi", "Spek", "Spesifikasi Teknis"),
    "koef": ("Koefisien", "Koef.", "Perhitungan", "Koefisien Volume"),
    "vol": ("Volume", "Vol", "Jml", "Banyaknya", "Qty"),
    "sat": ("Satuan", "Sat", "Sat."),
    "volsat": ("Volume", "Vol", "Volume Satuan"),
    "harga": ("Harga Satuan", "Harga", "Tarif", "Harga Satuan (Rp)", "Biaya Satuan"),
    "ppn": ("PPN", "Pajak", "PPN %"),
    "jumlah": ("Jumlah", "Total", "Jumlah Harga", "Nilai", "Jumlah (Rp)", "Total Harga"),
    "ket": ("Keterangan", "Ket."),
    "ketkoef": ("Keterangan", "Ket.", "Catatan"),
    "sumber": ("Sumber Dana",),
    "lokasi": ("Lokasi",),
}
# The columns a two-row header groups under "Rincian Perhitungan" (SIPD's form).
_CALCULATION = ("koef", "vol", "sat", "volsat", "harga", "ppn")
# How the quantity is written: the columns that carry it.
QUANTITY = {
    "koef_sat": ("koef", "sat"),
    "koef": ("koef",),
    "vol_sat": ("vol", "sat"),
    "volsat": ("volsat",),
    "notes_sat": ("sat", "ketkoef"),
    "notes": ("ketkoef",),
}


def _pick(rng: random.Random, options: dict[str, float]) -> str:
    return rng.choices(list(options), weights=list(options.values()))[0]


def _casing(rng: random.Random, label: str) -> str:
    style = rng.random()
    return label.upper() if style < 0.25 else label


def _columns(rng: random.Random, features: dict[str, str], fmt: str) -> list[str]:
    roles = ["uraian"]
    if rng.random() < 0.7:
        roles.insert(0, "no")
    if rng.random() < 0.55:
        roles.insert(roles.index("uraian"), "kode")
    if rng.random() < 0.3:
        roles.append("spek")
    quantity = _pick(rng, {"koef_sat": 3, "koef": 1, "vol_sat": 3, "volsat": 1, "notes_sat": 1, "notes": 0.5})
    features["quantity"] = quantity
    roles += [role for role in QUANTITY[quantity] if role != "ketkoef"]
    roles.append("harga")
    ppn = _pick(rng, {"none": 3, "rate": 1, "flag": 0.4, "amount": 0.4})
    features["ppn"] = ppn
    if ppn != "none":
        roles.append("ppn")
    roles.append("jumlah")
    if "ketkoef" in QUANTITY[quantity]:
        roles.append("ketkoef")
    elif rng.random() < 0.3:
        roles.append("ket")
    if rng.random() < 0.15:
        roles += ["sumber", "lokasi"]
    order = _pick(rng, {"canonical": 6, "swap": 2, "reversed": 0.5, "kode_first": 1})
    features["order"] = order
    if order == "swap":  # two neighbours other than the uraian change places
        k = rng.randrange(len(roles) - 1)
        if "uraian" not in roles[k : k + 2]:
            roles[k], roles[k + 1] = roles[k + 1], roles[k]
    elif order == "reversed":
        roles.reverse()
    elif order == "kode_first" and "kode" in roles and "no" in roles:
        roles.remove("kode")
        roles.insert(0, "kode")
    # a hidden column is a spreadsheet's: a CSV or a printout shows what it holds
    hidden = {"helper": 1.5, "both": 0.7} if fmt == "xlsx" else {}
    extras = _pick(rng, {"none": 5, "spacer": 1.5, **hidden})
    features["extra_columns"] = extras
    if extras in ("spacer", "both"):
        for _ in range(rng.randint(1, 2)):
            roles.insert(rng.randint(1, len(roles)), "blank")
    if extras in ("helper", "both"):
        for _ in range(rng.randint(1, 2)):
            roles.insert(rng.randint(roles.index("uraian") + 1, len(roles)), "helper")
        # A hidden column hides the block above's cells too: none stands where that block writes
        # its values (columns 0-3, and the second block of two side by side from the middle on).
        clear = max(4, len(roles) // 2) + 2
        roles = [role for k, role in enumerate(roles) if role != "helper" or k >= clear]
    return roles


def _header_columns(rng: random.Random, roles: list[str], depth: int) -> tuple[Any, ...]:
    columns = []
    for role in roles:
        if role in ("blank", "helper"):
            columns.append(zoo.Col(role, (None,)))
            continue
        label: str | None = _casing(rng, rng.choice(LABELS[role]))
        labels: tuple[str | None, ...] = (label,)
        if depth >= 2 and role in _CALCULATION:
            labels = ("Rincian Perhitungan", label)
        if depth == 3 and role not in ("no", "kode"):
            labels = ("RINCIAN BELANJA", *labels)
        columns.append(zoo.Col(role, labels))
    return tuple(columns)


def generate(seed: int) -> tuple[Any, dict[str, str]]:
    """The layout drawn by ``seed`` and the value of each feature it drew."""
    rng = random.Random(seed)
    features: dict[str, str] = {}
    fmt = _pick(rng, {"xlsx": 7, "csv": 1.5, "pdf": 1.5})
    features["fmt"] = fmt
    roles = _columns(rng, features, fmt)
    has = set(roles)
    depth = int(_pick(rng, {"1": 6, "2": 3, "3": 1}))
    features["header_depth"] = str(depth)
    columns = _header_columns(rng, roles, depth)

    # Account rows that write no code (named, numbered or lettered only) leave a line's account
    # unknown; with a Kode column the code would be written nowhere, which no sheet does.
    groups_options = {"none": 1.5, "in_uraian": 2, "dash": 1, "bracket_code": 0.5}
    if fmt != "pdf":  # the printout draws every cell's rules: a merged row would be cut at the first
        groups_options["merged_row"] = 1
    if "kode" in has:
        groups_options.update({"kode_col": 4, "kode_dash": 0.7})
    else:
        groups_options["name_only"] = 0.7
    if "no" in has:
        groups_options.update({"roman": 0.7})
        if fmt != "pdf":  # a printout's narrow No column cuts an account code short
            groups_options["in_no"] = 0.5
        if "kode" not in has:
            groups_options.update({"numbered": 0.7, "lettered": 0.7})
    groups = _pick(rng, groups_options)
    features["groups"] = groups
    line_no = "none"
    if "no" in has and groups not in ("numbered", "lettered", "roman"):
        line_options = {
            "none": 0.5,
            "int": 4,
            "dotted": 1,
            "text": 1,
            "letter": 0.5,
            "paren": 0.5,
            "alnum": 1,
        }
        if groups in ("none", "name_only"):
            line_options["decimal"] = 0.5
        line_no = _pick(rng, line_options)
    features["line_no"] = line_no if "no" in has else "no_column"

    koef = "text"
    koef_numbers = False
    if "koef" in has:
        # a bare volume needs its unit under Satuan
        koef = _pick(rng, {"text": 3, "simple": 1 if "sat" in has else 0, "abbrev": 1})
        koef_numbers = "sat" in has and rng.random() < 0.2
        features["koef"] = "numbers" if koef_numbers else koef
    price = _pick(rng, {"num": 5, "rp": 1, "id": 1, "mixed": 1, "mixed2": 1, "en": 0.5})
    features["price"] = price

    subs_options = {"one": 5, "stacked": 1.5, "per_sheet": 1.5 if fmt == "xlsx" else 0, "stacked_once": 0.5}
    subs = _pick(rng, subs_options)
    features["subs"] = subs
    preamble = _pick(
        rng,
        {
            "none": 1.5,
            "title": 2,
            "sipd": 2,
            "colon_cols": 1,
            "inline": 1.5,
            "two_blocks": 0.7,
            "indicator": 0.7,
            "odd_label": 0.3,
            "split_code": 0.5,
        },
    )
    features["preamble"] = preamble

    def flag(name: str, chance: float, allowed: bool = True) -> bool:
        value = allowed and rng.random() < chance
        features[name] = "yes" if value else "no"
        return value

    ppn = features["ppn"]
    big_volumes = flag("big_volumes", 0.1, not koef_numbers)
    layout = zoo.RkaLayout(
        name=f"gen{seed}",
        columns=columns,
        preamble=preamble,
        numbering_row=flag("numbering_row", 0.25),
        line_no=line_no,
        groups=groups,
        group_subtotal=flag("group_subtotal", 0.6),
        total_row=_pick(rng, {"Jumlah": 3, "TOTAL": 1, "Jumlah Total": 1, "none": 1}),
        price=price,
        koef=koef,
        subs=subs,
        extra_sheets=("Petunjuk", "Ringkasan") if flag("extra_sheets", 0.15, fmt == "xlsx") else (),
        start_col=rng.choice([0, 0, 0, 1, 2]),
        blank_rows=flag("blank_rows", 0.15),
        header_breaks=flag("header_breaks", 0.2, fmt == "xlsx"),
        fmt=fmt,
        seed=seed,
        ppn_share=0.0 if ppn == "none" else rng.choice([0.5, 1.0]),
        hierarchy=flag("hierarchy", 0.3, "kode" in has and groups == "kode_col"),
        subgroups=flag("subgroups", 0.1),
        units_row=flag("units_row", 0.1),
        formulas=flag(
            "formulas",
            0.3,
            fmt == "xlsx" and "vol" in has and price == "num" and ppn in ("none", "rate") and not big_volumes,
        ),
        ppn_amount=ppn == "amount",
        repeat_header=rng.choice([0, 0, 0, 0, 6]) if fmt != "pdf" else 0,
        mid_rows=("subtotal",) if flag("mid_subtotal", 0.15) else (),
        spec_row=flag("spec_row", 0.08, "spek" not in has and fmt == "xlsx"),
        spec_brackets=flag("spec_brackets", 0.08, "spek" not in has),
        signature=flag("signature", 0.25),
        rows_per_page=rng.choice([0, 12]) if fmt == "pdf" else 0,
        wrap_uraian=flag("wrap_uraian", 0.08),
        ppn_flag=ppn == "flag",
        big_volumes=big_volumes,
        footnotes=flag("footnotes", 0.1),
        sat_slash=flag("sat_slash", 0.15, "sat" in has),
        sheet_named_by_code=subs == "per_sheet" and flag("sheet_named_by_code", 0.3),
        ket_codes=flag("ket_codes", 0.3, "ket" in has),
        koef_numbers=koef_numbers,
        title_in_table=flag("title_in_table", 0.08),
        total_first=flag("total_first", 0.08),
        notes_table=flag("notes_table", 0.08),
    )
    features["total_row"] = layout.total_row or "none"
    if layout.total_row == "none":
        layout = replace(layout, total_row=None)
    if fmt == "pdf":
        layout = _printout(layout, features, random.Random(f"printout {seed}"))
    return layout, features


# Totals closing a sub-kegiatan in a printout of several: the grand total's words, or words the
# extraction does not take for a closing total (the table then runs on over the page break).
SUB_TOTALS = {
    "Jumlah": 1,
    "Jumlah Sub Kegiatan": 2,
    "JUMLAH BELANJA SUB KEGIATAN": 1,
    "Jumlah Sub Kegiatan {kode}": 1,
    "Total Sub Kegiatan {nama}": 1,
}


def _printout(layout: Any, features: dict[str, str], rng: random.Random) -> Any:
    """A born-digital printout of several sub-kegiatan, each under its header block: a later one
    opening a new page or starting mid-page, running over page breaks, the column header repeated
    at each break, above each sub-kegiatan's table or on the first page only, accounts closed by
    their own ``Jumlah`` row or not. Drawn with an rng of its own: the other seeds keep their draws."""
    features["printout"] = "no"
    if rng.random() < 0.4:
        return layout
    page_per_sub = rng.random() < 0.6
    features["printout"] = "page_per_sub" if page_per_sub else "mid_page"
    n_subs = rng.choice([2, 3, 4])
    features["n_subs"] = str(n_subs)
    pdf_header = _pick(rng, {"repeat": 2, "per_sub": 1, "once": 1})
    features["pdf_header"] = pdf_header
    total = _pick(rng, SUB_TOTALS)
    features["sub_total"] = total.replace("{kode}", "KODE").replace("{nama}", "NAMA")
    account_jumlah = rng.random() < 0.4
    features["account_jumlah"] = "yes" if account_jumlah else "no"
    preamble = layout.preamble
    if preamble in ("none", "title", "odd_label", "two_blocks"):  # a header block that names it
        preamble = rng.choice(["sipd", "inline", "colon_cols", "split_code", "indicator"])
        features["preamble"] = preamble
    return replace(
        layout,
        subs="stacked",
        n_subs=n_subs,
        page_per_sub=page_per_sub,
        pdf_header=pdf_header,
        total_row=total,
        total_first=False,
        preamble=preamble,
        rows_per_page=rng.choice([8, 12, 16]),
        mid_rows=("jumlah",) if account_jumlah else layout.mid_rows,
    )


def generated_layouts(count: int, *, holdout: bool = False) -> list[tuple[Any, dict[str, str]]]:
    start = HOLDOUT_SEED if holdout else 0
    return [generate(seed) for seed in range(start, start + count)]
