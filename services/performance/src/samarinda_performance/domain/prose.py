"""Reading indicators from sentences: a target, realisation and achievement (or a budget's pagu,
realisation and absorption) stated in prose, a numbered list item naming its indicator for the
next sentences to give the figures, a budget line in an item being that indicator's, polarity
stated in a sentence, and notes that revise a table row's target ("disesuaikan dari 40 menjadi
35"), which may sit pages after the row.
"""

from __future__ import annotations

import math
import re

from samarinda_performance.domain.document_kind import MONTH_AFTER, YEAR
from samarinda_performance.domain.indicator_names import (
    SPACES,
    hierarchy_level,
    indicator_key,
    level_name,
    normalise,
)
from samarinda_performance.domain.model import Citation, DocumentType, Indicator
from samarinda_performance.domain.numbers import numbers_in
from samarinda_performance.domain.prose_sentences import (
    LEADING,
    QUOTED,
    cue_inside_name,
    indicator_named,
    list_items,
    paragraph_starts,
    sentence_subject,
    sentences,
)
from samarinda_performance.domain.reading_state import VALUE_KINDS, Reading, emit
from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary


def named_revisions(
    records: list[Indicator], text: str, vocabulary: Vocabulary = VOCABULARY
) -> list[Indicator]:
    """A note under a table that names the indicator whose target it changed ("Target indikator
    Jumlah X disesuaikan dari 40 menjadi 35 melalui Perubahan ..."): the record of that name whose
    target is the new one explains its target. Such a note may sit pages after the row."""
    revised = list(records)
    for _, sentence in sentences(text, headings=False):
        flat = SPACES.sub(" ", sentence).strip()
        revision = target_revision(flat, vocabulary)
        if revision is None:
            continue
        said = f" {indicator_key(flat)} "
        open_ = [
            at
            for at, record in enumerate(revised)
            if record.target_revised_from is None and _is_revised_target(record.target, revision[1])
        ]
        keys = {at: indicator_key(revised[at].indicator) for at in open_}
        named = [at for at in open_ if len(keys[at]) > 3 and f" {keys[at]} " in said]
        if not named:
            # a note may shorten the name to its opening words ("Target Indeks Kepuasan Pengguna
            # disesuaikan ..." for the "... layanan perpustakaan" row): so when one row alone fits
            named = [at for at in open_ if _opening_words_named(revised[at].indicator, said)]
            named = named if len(named) == 1 else []
        for at in named:
            revised[at] = revised[at].model_copy(update={"target_revised_from": revision[0]})
    return revised


# A name's opening words a note may shorten it to: so many at least.
_SHORT_NAME_WORDS = 3


def _opening_words_named(name: str, said: str) -> bool:
    """Whether a sentence (its padded key) names the indicator by its first few words."""
    words = indicator_key(name).split()
    return len(words) > _SHORT_NAME_WORDS and f" {' '.join(words[:_SHORT_NAME_WORDS])} " in said


def _is_revised_target(target: float | None, revised_to: float) -> bool:
    """Whether a record's target is the figure a revision note says the target became; both are
    parsed from text, so they are compared as figures, not as binary floats."""
    return target is not None and math.isclose(target, revised_to, rel_tol=1e-9, abs_tol=1e-9)


_BUDGET_SUBJECT = re.compile(
    r"\b(sub kegiatan|subkegiatan|kegiatan|program)\s+([A-Z][^,;()]*?)"
    r"(?=\s+(sebesar|dengan|senilai|yang|terealisasi|memiliki|mendapat|dialokasikan|didukung|pada|tahun)\b"
    r"|[,;:(]|$)",
    re.IGNORECASE,
)


# A year a sentence names as the one it speaks of ("tahun 2025", "TA 2025"), not a period.
_OWN_YEAR = re.compile(r"\b(?:tahun(?:\s+anggaran)?|t\.a\.?|ta)\s*:?\s*(20[0-9]{2})\b(?!\s*[-–]\s*20)", re.I)


# What a formula multiplies by, right before its figure ("... / target x 100%", "dikali 100 persen").
_FORMULA_FACTOR = re.compile(r"(?:(?<![\w])[x×]|\bdikali(?:kan)?)\s*$", re.IGNORECASE)


_FORMULA = re.compile(r"\b(?:target|realisasi)\s*(?:dibagi(?:\s+dengan)?|/|÷)\s*(?:target|realisasi)\b")


# "... atau 90 persen dari target." with no figure of the target after it ("97% dari target 95%"
# gives the realisation and then the target)
_SHARE_OF_TARGET = re.compile(r"\s*(?:%|persen)\s+dari\s+target\b(?!\s*(?:sebesar\s+)?(?:rp\.?\s*)?\d)", re.I)


_PAGE_NUMBER_LINE = re.compile(r"^[ \t]*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*$", re.MULTILINE)


_RANGE_AFTER = re.compile(r"[-–]\d")


_RANGE_BEFORE = re.compile(r"\d[-–]$")


_FIGURE_WINDOW = 160  # characters between a keyword and the figure it introduces


def read_prose(text: str, page: int | str, reading: Reading, *, beside_table: bool = False) -> None:
    """Sentences that state an indicator's target and realisation, or a budget's pagu and
    realisation ("Indikator X dengan target 95% terealisasi 93,5% (capaian 98,42%)").

    A numbered list item speaks of one indicator: its opening sentence may only name it ("3. Jumlah
    Kebun Bibit.") for the next to give the figures ("Target 2025: 40; realisasi ..."), and
    a sub kegiatan's budget stated in it ("Sub kegiatan X: pagu Rp ..., realisasi Rp ...") is that
    indicator's budget line, as is a sentence saying "this indicator is negative" its polarity.

    ``beside_table``: the page's text also holds its tables' cells; only sentences that say
    "indikator" and read as a sentence (no cell separators, few figures) are taken then."""
    # a page's number in its footer ("- 2 -") ends no sentence's figures: blanked, offsets kept
    text = _PAGE_NUMBER_LINE.sub(lambda m: " " * len(m.group(0)), text)
    items = {at for at, _ in list_items(text)}
    paragraphs = paragraph_starts(text)
    # what the current list item (or paragraph) speaks of: the record read from it, or its title
    spoken_of: int | None = None
    title: str | None = None
    title_lower = False  # the sentence naming the title said it is lower-is-better
    in_item = False
    # the record the sentence before read: a sub kegiatan's budget stated right after an
    # indicator's figures funds that indicator, even where the budget opens a paragraph of its own
    just_read: int | None = None
    # Beside a table, short lines are its wrapped cells rather than headings: only punctuation cuts.
    for start, sentence in sentences(text, headings=not beside_table):
        flat = SPACES.sub(" ", sentence).strip()
        if start in items:
            spoken_of, title, in_item = None, None, True
        elif start + len(sentence) - len(sentence.lstrip()) in paragraphs:
            spoken_of, title, in_item = None, None, False  # the item's paragraph has ended
        if beside_table and not _reads_as_sentence(sentence, flat, reading.vocabulary):
            continue
        revision = target_revision(flat, reading.vocabulary)
        if revision is not None:
            # "Target indikator ini diubah dari 40 unit menjadi 45 unit": the report explains its
            # target; the figures are no record of their own (a note naming the indicator beside a
            # table is matched to the table's row by ``named_revisions``)
            at = spoken_of if spoken_of is not None else len(reading.records) - 1
            if reading.records and _is_revised_target(reading.records[at].target, revision[1]):
                record = reading.records[at]
                reading.records[at] = record.model_copy(update={"target_revised_from": revision[0]})
            continue
        fields = _sentence_figures(flat, reading.vocabulary)
        read_before, just_read = just_read, None
        if not fields:
            level = hierarchy_level(LEADING.sub("", flat), reading.vocabulary)
            if level is not None:
                reading.context.enter(
                    level, level_name(_until_figures(LEADING.sub("", flat)), reading.vocabulary)
                )
                spoken_of, title, in_item = None, None, False
            elif start in items:
                if _read_item_count(flat, page, (start, start + len(sentence)), reading):
                    spoken_of = len(reading.records) - 1
                else:
                    title = indicator_named(flat, reading.vocabulary) or _item_title(flat)
            elif spoken_of is not None and _says_negative_of_it(flat, reading.vocabulary):
                record = reading.records[spoken_of]
                reading.records[spoken_of] = record.model_copy(update={"lower_is_better": True})
            elif (named := indicator_named(flat, reading.vocabulary)) is not None:
                # "Indikator X merupakan indikator negatif." then "Target 2025 sebesar ...": the
                # next sentence's figures are X's
                title, title_lower = named, _says_lower_is_better(flat, reading.vocabulary)
            continue
        budget_only = not any(k in fields for k in ("target", "realisation", "achievement"))
        name = _budget_subject(flat) if budget_only else sentence_subject(flat, reading.vocabulary)
        if (
            title is not None
            and not budget_only
            and (name is None or _names_a_figure(name, reading.vocabulary))
        ):
            name = title  # "Target 2025: ...": the figures of the indicator the item's title named
        if name is None and budget_only:
            # "Dananya: pagu Rp ..., realisasi Rp ..." inside an item: the item indicator's budget;
            # "Capaian ini ditopang pagu Rp ..." right after an indicator's sentence: that one's
            points_back = _budget_points_back(flat, reading.vocabulary)
            funded = spoken_of if in_item else read_before if points_back else None
            if funded is not None and not reading.records[funded].has_budget:
                reading.records[funded] = _with_budget(reading.records[funded], fields)
            continue
        if name is None:
            continue
        unit = fields.pop("unit", None)
        if reading.records and _refers_back(name, reading.vocabulary):
            # "... capaian kinerja indikator ini adalah 103 persen", "Kegiatan pendukungnya memiliki
            # pagu ...": the figures belong to the indicator the sentence before named.
            _add_figures(reading, fields, unit if isinstance(unit, str) else None)
            continue
        level = hierarchy_level(name, reading.vocabulary) if budget_only else None
        funded = spoken_of if spoken_of is not None else read_before
        if level in ("kegiatan", "sub_kegiatan") and funded is not None:
            record = reading.records[funded]
            if not record.has_budget:
                reading.records[funded] = _with_budget(
                    record, fields, (level, level_name(name, reading.vocabulary))
                )
                continue
        citation = Citation(
            document_id=reading.source.document_id,
            document=reading.source.filename,
            page=page,
            span=(start, start + len(sentence)),
        )
        values: dict[str, float | None] = {k: v for k, v in fields.items() if isinstance(v, float)}
        own_year = _OWN_YEAR.findall(flat)
        # "Realisasi belanja tahun 2025 ..." in a document of 2026: the sentence's own year wins.
        year = int(own_year[0]) if len(set(own_year)) == 1 else reading.year
        lower = _says_lower_is_better(flat, reading.vocabulary) or (title_lower and name == title)
        level = "programme" if budget_only and name.lower().startswith("program") else None
        if (
            emit(
                reading,
                name,
                unit if isinstance(unit, str) else None,
                values,
                year,
                citation,
                level,
                "negatif" if lower else None,
            )
            and not budget_only
        ):
            spoken_of, title, title_lower = len(reading.records) - 1, None, False
            just_read = spoken_of


def target_revision(sentence: str, vocabulary: Vocabulary = VOCABULARY) -> tuple[float, float] | None:
    """The old and new target a sentence says the indicator's target was changed between
    ("Target indikator ini direvisi dari 40 unit menjadi 45 unit"), if it says so."""
    verbs = "|".join(re.escape(w) for w in vocabulary.prose.revision_words)
    said = re.search(
        rf"\btarget\b[^.;]{{0,80}}?\b(?:{verbs})\b\s+dari\s+(.{{1,30}}?)\s+menjadi\s+(.{{1,30}})",
        sentence,
        re.I,
    )
    if said is None:
        return None
    old, new = numbers_in(said.group(1)), numbers_in(said.group(2))
    return (old[0][0], new[0][0]) if old and new else None


def _says_lower_is_better(sentence: str, vocabulary: Vocabulary) -> bool:
    return any(m in normalise(sentence) for m in vocabulary.polarity.negative_markers if len(m) > 3)


def _item_title(sentence: str) -> str | None:
    """A list item's opening sentence that only names what the item is about ("2. Luas Hutan
    Kota Terawat."): the indicator the item's next sentences give figures of."""
    name = LEADING.sub("", sentence).strip(" .:;")
    words = name.split()
    return name if 2 <= len(words) <= 25 and name[:1].isupper() else None


def _read_item_count(sentence: str, page: int | str, span: tuple[int, int], reading: Reading) -> bool:
    """Adds the record of a report's list item stating one count of its indicator (see
    :func:`_item_count`); False when the item states none."""
    counted = _item_count(sentence, reading.vocabulary) if reading.doc_type is DocumentType.REPORT else None
    if counted is None:
        return False
    name, value, unit = counted
    citation = Citation(
        document_id=reading.source.document_id, document=reading.source.filename, page=page, span=span
    )
    return emit(reading, name, unit, {"realisation": value}, reading.year, citation, None)


def _item_count(sentence: str, vocabulary: Vocabulary) -> tuple[str, float, str] | None:
    """A report's list item that names an indicator and states one count of it, without a word
    for target or realisation ("5. Jumlah Kader Terlatih: 48 orang di tahun 2025"): what was
    realised. The name ends at the colon, and the figure is followed by a known unit."""
    name, colon, rest = LEADING.sub("", sentence).partition(":")
    figures = [(value, end) for value, start, end in numbers_in(rest) if not YEAR.fullmatch(rest[start:end])]
    if not colon or len(name.split()) < 2 or not name[:1].isupper() or len(figures) != 1:
        return None
    value, end = figures[0]
    unit = rest[end:].split()[:1]
    if not unit or unit[0].lower().strip(".,;") not in vocabulary.units.known:
        return None
    return name.strip(), value, unit[0].strip(".,;")


def _names_a_figure(name: str, vocabulary: Vocabulary) -> bool:
    """A sentence's opening words that name one of its figures ("Target 2025"), not an indicator."""
    words = vocabulary.prose
    first = name.split()[0].lower() if name.split() else ""
    return first in {*words.target_words, *words.realisation_words, *words.achievement_words}


def _says_negative_of_it(sentence: str, vocabulary: Vocabulary) -> bool:
    """A sentence that says the indicator just reported is lower-is-better ("Indikator tersebut
    tergolong negatif ..."): it points back at it and names a negative marker."""
    text = normalise(sentence)
    words = set(re.findall(r"[a-z]+", text))
    return bool(words & set(vocabulary.prose.back_references)) and any(
        marker in text for marker in vocabulary.polarity.name_markers
    )


def _with_budget(
    record: Indicator, fields: dict[str, float | str], named: tuple[str, str] | None = None
) -> Indicator:
    """The record with the budget a sentence of its list item states, under the (sub) kegiatan the
    sentence names (``named``: its level and name): a sub kegiatan's budget line is the output
    indicator's it funds."""
    update: dict[str, object] = {
        _RECORD_FIELDS[kind]: value
        for kind, value in fields.items()
        if kind in ("pagu", "budget_realisation", "absorption") and isinstance(value, float)
    }
    if named is not None:
        level, name = named
        update[level] = _before_budget_words(name)
    return record.model_copy(update=update)


def _budget_points_back(sentence: str, vocabulary: Vocabulary) -> bool:
    """The words before a budget sentence's first budget word point back at what was just said
    ("Hasil itu ditopang belanja ...", "Capaian ini memakai pagu ..."), naming nothing."""
    lowered = sentence.lower()
    cuts = [
        m.start() for w in vocabulary.prose.budget_words for m in re.finditer(rf"\b{re.escape(w)}\b", lowered)
    ]
    head = re.findall(r"[^\W\d_]+", lowered[: min(cuts)]) if cuts else []
    return 0 < len(head) <= 5 and bool(set(head) & set(vocabulary.prose.back_references))


def _before_budget_words(name: str, vocabulary: Vocabulary = VOCABULARY) -> str:
    """ "Penyediaan Bibit memperoleh pagu Rp 1.000" → "Penyediaan Bibit": the words before its budget's."""
    lowered = name.lower()
    cuts = [
        m.start()
        for word in vocabulary.prose.pagu_words
        for m in re.finditer(rf"\b{re.escape(word)}\b", lowered)
    ]
    cuts.extend(m.start() for m in re.finditer(r"\brp\b", lowered))
    head = name[: min(cuts)].strip() if cuts else name
    words = head.split()
    # the verb that brought in the budget ("... memperoleh", "... menerima") is no part of the name
    return " ".join(words[:-1]) if len(words) > 2 and cuts and words[-1].islower() else head


def _refers_back(name: str, vocabulary: Vocabulary) -> bool:
    """A subject that points at the indicator named before ("ini", "indikator tersebut",
    "Kegiatan pendukungnya") rather than naming one."""
    words = name.lower().split()
    return bool(words) and (
        # "karena merupakan indikator negatif, capaian ...": the direction of the one named before
        normalise(name) in vocabulary.polarity.name_markers
        or words[-1] in vocabulary.prose.back_references
        or (len(words) <= 3 and words[-1].endswith("nya") and len(words[-1]) > 5)
    )


# The record's field for each kind of figure a sentence states.
_RECORD_FIELDS = {
    "target": "target",
    "realisation": "realisation",
    "achievement": "achievement_pct",
    "pagu": "pagu",
    "budget_realisation": "budget_realisation",
    "absorption": "absorption_pct",
}


def _add_figures(reading: Reading, fields: dict[str, float | str], unit: str | None) -> None:
    """The figures of a sentence that speaks of the last indicator again, where that one has none."""
    last = reading.records[-1]
    update: dict[str, object] = {
        _RECORD_FIELDS[kind]: value
        for kind, value in fields.items()
        if kind in _RECORD_FIELDS and isinstance(value, float) and getattr(last, _RECORD_FIELDS[kind]) is None
    }
    if last.unit is None and unit is not None:
        update["unit"] = unit
    reading.records[-1] = last.model_copy(update=update)


def _reads_as_sentence(sentence: str, flat: str, vocabulary: Vocabulary) -> bool:
    lowered = flat.lower()
    return (
        "|" not in flat
        and len(numbers_in(flat)) <= 4
        and sentence.count("\n") <= 3
        and (
            any(opener + " " in lowered for opener in vocabulary.prose.indicator_openers)
            or ("rp" in lowered and _BUDGET_SUBJECT.search(flat) is not None)
        )
    )


def _until_figures(sentence: str) -> str:
    match = re.search(
        r"\s(dengan|memiliki|sebesar|yang|pada|target|pagu|anggaran)\s", sentence, re.IGNORECASE
    )
    return (sentence[: match.start()] if match else sentence).strip(" .,:")


def _budget_subject(sentence: str) -> str | None:
    match = _BUDGET_SUBJECT.search(sentence)
    if match is None:
        return None
    if match.group(2).split()[0].lower() in VOCABULARY.prose.back_references:
        return None  # "sub kegiatan ini ...": the one spoken of, no name of its own
    name = f"{match.group(1)} {match.group(2)}".strip()
    return name[:1].upper() + name[1:]


def _counted_in_units(after: str, vocabulary: Vocabulary) -> bool:
    """The text right after a figure opens with a known unit word ("24 unit"; a percent sign is no word)."""
    word = re.match(r"\s*([^\W\d_]+)", after)
    return word is not None and word.group(1).lower() in vocabulary.units.known


def _sentence_figures(sentence: str, vocabulary: Vocabulary) -> dict[str, float | str]:
    """Each figure of the sentence given to the nearest keyword before it."""
    lowered = sentence.lower()
    words = vocabulary.prose
    cues = [
        *((w, "budget_realisation") for w in words.budget_realisation_words),
        *((w, "absorption") for w in words.absorption_words),
        *((w, "pagu") for w in words.pagu_words),
        *((w, "achievement") for w in words.achievement_words),
        *((w, "target") for w in words.target_words),
        *((w, "realisation") for w in words.realisation_words),
        *((w, "recorded") for w in words.recorded_words),
    ]
    marks: list[tuple[int, int, str]] = []
    for cue, kind in sorted(cues, key=lambda c: -len(c[0])):
        for match in re.finditer(r"\b" + re.escape(cue) + r"\b", lowered):
            if any(s < match.end() and match.start() < e for s, e, _ in marks):
                continue
            if " " not in cue and cue_inside_name(sentence, match.start(), match.end(), vocabulary):
                continue  # "Tingkat realisasi retribusi ...": the name's word, no figure's
            marks.append((match.start(), match.end(), kind))
    marks.sort()
    # "X tercatat 14 titik": a figure only recorded is the realisation, unless a word before
    # already said which figure the sentence records ("Capaian X tercatat 90%")
    marks = [
        (s, e, "realisation") if kind == "recorded" else (s, e, kind)
        for k, (s, e, kind) in enumerate(marks)
        if kind != "recorded" or k == 0
    ]
    # "capaian dihitung target dibagi realisasi sehingga diperoleh 86%": the words of a formula
    # name no figure, the figure after them is what the word before the formula names
    for formula in _FORMULA.finditer(lowered):
        marks = [m for m in marks if not formula.start() <= m[0] < formula.end()]
    # "capaiannya mencapai 100%", "target diputuskan sebanyak": a word right after another
    # completes it, and the first says what the figure is.
    marks = [m for k, m in enumerate(marks) if not k or lowered[marks[k - 1][1] : m[0]].strip()]
    # "serapan dana kegiatan itu akhirnya mencapai 97%": a verb of reaching after
    # a budget's word with no figure or clause between them says how much of that was reached
    marks = [
        (s, e, marks[k - 1][2])
        if k
        and kind == "realisation"
        and not lowered[s:e].startswith("realisasi")
        and marks[k - 1][2] in ("absorption", "budget_realisation")
        and not re.search(r"\d|[,;]", lowered[marks[k - 1][1] : s])
        else (s, e, kind)
        for k, (s, e, kind) in enumerate(marks)
    ]
    fields: dict[str, float | str] = {}
    money_marks: set[int] = set()  # the keywords whose figure was an amount of money
    # "Indikator Pendapatan retribusi ... ditargetkan sebesar Rp ...": an indicator counted in
    # money, when the sentence names an indicator and says nothing of a budget
    # (or a sentence opening with a word indicator names open with: "Nilai investasi ... tercatat Rp ...")
    opening = LEADING.sub("", sentence).split(" ", 1)[0]
    names_one = any(opener + " " in lowered for opener in words.indicator_openers) or (
        opening[:1].isupper() and opening.lower() in vocabulary.names.indicator_starts
    )
    money_indicator = names_one and not any(word in lowered for word in words.budget_words)
    # the indicator's name in quotes ("Persentase Sampah Dipilah 3R"): its digits are no figures
    quoted = [m.span() for m in QUOTED.finditer(sentence)]
    for value, start, end in numbers_in(sentence):
        if any(s < start and end < e for s, e in quoted):
            continue
        before_text = sentence[max(0, start - 12) : start].lower()
        money = bool(re.search(r"rp\.?\s*$", before_text))
        if (
            YEAR.fullmatch(sentence[start:end])
            and not money
            and not re.match(r"\s*(%|persen)", sentence[end:])
        ):
            continue  # "tahun (anggaran) 2025", "TW IV 2025": a year, not a figure
        if MONTH_AFTER.match(sentence, end):
            continue  # "posisi 31 Desember 2025": a day of a date, not a figure
        if _RANGE_AFTER.match(sentence, end) or _RANGE_BEFORE.search(sentence, 0, start):
            continue  # "balita usia 6-59 bulan": a range in a name, not a figure
        if _FORMULA_FACTOR.search(sentence, 0, start):
            continue  # "realisasi / target x 100%": the formula's factor, not a figure
        before = [m for m in marks if m[1] <= start and start - m[1] <= _FIGURE_WINDOW]
        if not before:
            continue
        kind = before[-1][2]
        after = sentence[end : end + 25]
        if money and kind == "target" and not money_indicator:
            kind = "pagu"
        elif money and kind in ("realisation", "achievement") and not money_indicator:
            kind = "budget_realisation"
        if money:
            money_marks.add(before[-1][0])
        percent = bool(re.match(r"\s*(%|persen)", after))
        parenthesised = sentence[max(0, start - 2) : start].strip().startswith("(")
        of_money = parenthesised or before[-1][0] in money_marks
        if kind == "realisation" and percent and of_money and "budget_realisation" in fields:
            # "realisasi Rp 7.301.250.000 (93,01%)", "terealisasi Rp 7.301.250.000 atau 93,01%"
            kind = "absorption"
        if kind == "realisation" and "realisation" in fields and _SHARE_OF_TARGET.match(sentence, end):
            # "terealisasi 54 unit atau 90 persen dari target.": the share of the target reached
            # is the achievement, not a second realisation
            kind = "achievement"
        if (
            kind == "realisation"
            and "realisation" in fields
            and percent
            and re.search(r"\batau\s*$", lowered[: before[-1][0]])
        ):
            # "terealisasi 6 posko atau tercapai 75%": a reaching verb after "atau" restates
            # the realisation as its share of the target, the achievement
            kind = "achievement"
        if kind == "achievement" and not percent and _counted_in_units(after, vocabulary):
            # "capaian output X sebesar 24 unit": an achievement is a share; a count is what was realised
            kind = "realisation"
        if kind == "budget_realisation" and percent:
            kind = "absorption"
        elif kind == "pagu" and percent:
            continue
        if kind in fields:
            # "(98,4%)" right after a realisation is its achievement / absorption
            if percent and parenthesised:
                kind = "absorption" if kind in ("budget_realisation", "pagu", "absorption") else "achievement"
                if kind in fields:
                    continue
            else:
                continue
        fields[kind] = value
        if kind == "target" and "unit" not in fields:
            unit = re.match(r"\s*(%|[A-Za-z][\w/.]*(?:\s[\d.]+\s?\w+)?)", after)
            if unit and (unit.group(1) == "%" or unit.group(1).lower() in vocabulary.units.known):
                fields["unit"] = unit.group(1)
    if not any(k in fields for k in VALUE_KINDS):
        return {}
    return fields
