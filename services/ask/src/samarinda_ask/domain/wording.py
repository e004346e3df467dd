"""Whether a unit states a question term in other words: affixes, short forms, spellings, paraphrases.

The asker's wording and the document's differ (an assimilated prefix, an everyday spelling, an
ordinal written otherwise); these rules decide when two words are one term, apart from how much the
term weighs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from samarinda_common.roman import roman_numeral

from samarinda_ask.domain.aliases import Aliases
from samarinda_ask.domain.informal import spelled_alike, swallowing_nasal
from samarinda_ask.domain.passages import Unit
from samarinda_ask.domain.question import Question, closes_with_adjunct
from samarinda_ask.domain.question_terms import index_terms, measure_terms
from samarinda_ask.domain.stems import stem

_MEASURE_TERMS = measure_terms()


def _states(term: str, terms: frozenset[str], aliases: Aliases) -> bool:
    """``terms`` hold ``term``, or every term of one of its aliases ("angka harapan
    hidup" for "AHH")."""
    return term in terms or any(alias <= terms for alias in aliases.get(term, ()))


def stating(question: Question, stated: Sequence[frozenset[str]], aliases: Aliases) -> Counter[str]:
    """How many candidate units (with their context, ``stated``) state each question term."""
    df: Counter[str] = Counter()
    for terms in stated:
        for term in question.terms:
            if _states(term, terms, aliases):
                df[term] += 1
    return df


def names(term: str, terms: frozenset[str], aliases: Aliases) -> bool:
    """``terms`` name ``term``: hold it, or one of its aliases whole (:func:`_states`), or a longer
    word the stemmer left an affix on (:func:`_affixed`)."""
    return _states(term, terms, aliases) or _affixed(term, terms)


def _affixed(term: str, terms: frozenset[str]) -> bool:
    """The stemmer leaves some affixes ("penerima" -> "nerima", "menerima" -> "erima"): a term
    of four letters or more inside a longer one at its end is the same word; so is one that
    differs from it by the verb suffix "-i" alone ("dibatasi" -> "batasi" for "batas")."""
    return len(term) >= 4 and any(
        (len(t) > len(term) and t.endswith(term)) or t == f"{term}i" or f"{t}i" == term for t in terms
    )


def assimilated(term: str, text: str) -> bool:
    """``text`` writes ``term``'s root under the meN- prefix that swallowed its first letter
    ("menampung" for "tampung"): the stemmer strips the prefix without giving the letter back,
    so the passive ("ditampung") and the active form of one verb end up as two terms."""
    nasal = swallowing_nasal(term[:1])
    return (
        nasal is not None
        and len(term) >= 5
        and re.search(rf"\bme{nasal}{re.escape(term[1:])}", text, re.IGNORECASE) is not None
    )


def spelled_otherwise(term: str, terms: frozenset[str]) -> bool:
    """``terms`` hold ``term`` as it is spelled the everyday way (:func:`spelled_alike`)."""
    return any(spelled_alike(term, other) for other in terms)


_ORDINAL_TERM = re.compile(r"ke(?P<number>\d{1,2})")


def numbered_otherwise(term: str, unit: Unit) -> bool:
    """An ordinal asked ("minggu ke-2", term "ke2") is the period the unit itself (a row labelled
    "Minggu II") or its passage's own sheet or heading numbers in Roman numerals; its document's
    other sheets are other periods."""
    match = _ORDINAL_TERM.fullmatch(term)
    if match is None or int(match["number"]) < 1:
        return False
    roman = roman_numeral(int(match["number"])).lower()
    own = " ".join(x for x in (unit.passage.sheet, unit.passage.heading) if x)
    return roman in unit.terms or roman in index_terms(own)


def one_of(term: str, terms: frozenset[str]) -> bool:
    """``term`` is "se-" ("one") before a word ``terms`` hold: "sepekan" asks what a rate "per
    pekan" states. The stemmer keeps the prefix, and may cut the word's end with it."""
    return term.startswith("se") and any(len(t) >= 4 and stem(f"se{t}") == term for t in terms)


def shortened(term: str, terms: frozenset[str]) -> bool:
    """A column header shortens its unit ("(bot)", "(emb)" for botol, ember): a term of three
    letters or more that begins a longer question term, two letters short of it at least."""
    return any(3 <= len(t) <= len(term) - 2 and term.startswith(t) and t.isalpha() for t in terms)


def may_be_paraphrased(question: Question, term: str, unit: Unit) -> bool:
    """May ``term``, the one question term ``unit`` lacks and no candidate states, be a word the
    document puts otherwise?

    Indonesian puts the head first and what narrows it after ("angka stunting balita",
    "dana bantuan sosial", "personel Satpol PP"): a missing head word followed by covered words
    is likely a paraphrase, while a missing last word is what narrows the question to something
    the unit is not about ("pajak hiburan", "Jembatan Mahulu") unless it is a verb saying what
    happened ("diserahterimakan", "digelar"). A name is never a paraphrase, nor is a measure (a
    "target" the unit does not state is not there),
    nor is a number ("SMPN 007"), nor is a word the unit states a near variant of ("SMA" where
    the row says "SMP").
    """
    if term in question.names or term.isdigit() or term in _MEASURE_TERMS or len(question.terms) < 3:
        return False
    last = question.asked_terms[-1:] == (term,)
    if last and term not in question.verbs and not closes_with_adjunct(question):
        return False
    return not any(_near_variant(term, other) for other in unit.terms | unit.context_terms)


def asker_wording(question: Question, missing: Sequence[str], unseen: set[str], unit: Unit) -> bool:
    """Two or three words the unit lacks that no candidate states at all, in a question that names
    more than twice as many others: the asker's own wording ("sempat diantar pakai ..." for
    "telah diserahkan dengan ..."), each a word that may be a paraphrase."""
    return (
        question.asks_figure  # and the unit holds a figure of the kind asked (the guards before)
        and 2 <= len(missing) <= 3
        and 2 * len(missing) < len(question.terms)
        and all(m in unseen and may_be_paraphrased(question, m, unit) for m in missing)
    )


def _near_variant(a: str, b: str) -> bool:
    """One letter apart at the same length ("sma"/"smp", "utara"/"utama")."""
    return len(a) == len(b) and a != b and sum(x != y for x, y in zip(a, b, strict=True)) == 1
