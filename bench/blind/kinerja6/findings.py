# -*- coding: utf-8 -*-
"""Rule-based derivation of findings from the indicator records (used by generate.py and verify.py).
The rules are exactly the labelling conventions described in README.md."""
from collections import defaultdict

PLAN_TYPES = {"pk", "renja"}
ACH_TOL = 1.0  # percentage points


def expected_ach(r):
    t, v = r["target"], r["realisation"]
    if t is None or v is None or t == 0 or v == 0:
        return None
    return (t / v if r["lower_is_better"] else v / t) * 100


def cite(recs):
    seen, out = set(), []
    for r in recs:
        k = (r["file"], r["page"])
        if k not in seen:
            seen.add(k); out.append({"file": r["file"], "page": r["page"]})
    return out


def detect(indicators, docmeta):
    F = []
    groups = defaultdict(list)
    for r in indicators:
        groups[(r["opd"], r["fiscal_year"], r["indicator"])].append(r)
    for (opd, fy, ind), recs in groups.items():
        plans = [r for r in recs if docmeta[r["file"]]["doc_type"] in PLAN_TYPES]
        reps = [r for r in recs if docmeta[r["file"]]["doc_type"] not in PLAN_TYPES]
        base = dict(opd=opd, fiscal_year=fy, indicator=ind)
        # ACHIEVEMENT_MISMATCH
        bad = [r for r in reps if r["achievement_pct"] is not None and expected_ach(r) is not None
               and abs(r["achievement_pct"] - expected_ach(r)) > ACH_TOL]
        if bad:
            F.append(dict(type="ACHIEVEMENT_MISMATCH", **base, citations=cite(bad)))
        # ABSORPTION_OVER_100
        bad = [r for r in reps if (r["pagu"] is not None and r["budget_realisation"] is not None and r["budget_realisation"] > r["pagu"])
               or (r["absorption_pct"] is not None and r["absorption_pct"] > 100)]
        if bad:
            F.append(dict(type="ABSORPTION_OVER_100", **base, citations=cite(bad)))
        # REALISATION_WITHOUT_TARGET
        if all(r["target"] is None for r in recs):
            bad = [r for r in reps if r["realisation"] is not None]
            if bad:
                F.append(dict(type="REALISATION_WITHOUT_TARGET", **base, citations=cite(bad)))
        # TARGET_CHANGED
        ptargets = {r["target"] for r in plans if r["target"] is not None}
        if ptargets:
            bad = [r for r in reps if r["target"] is not None and r["target"] not in ptargets]
            if bad:
                F.append(dict(type="TARGET_CHANGED", **base, citations=cite(plans + bad)))
        # CROSS_DOCUMENT_CONFLICT (between two reports of the same OPD and year)
        ts = {r["target"] for r in reps if r["target"] is not None}
        vs = {r["realisation"] for r in reps if r["realisation"] is not None}
        if len({r["file"] for r in reps}) > 1 and (len(ts) > 1 or len(vs) > 1):
            F.append(dict(type="CROSS_DOCUMENT_CONFLICT", **base, citations=cite(reps)))
        if len(ptargets) > 1:
            raise ValueError(("plans disagree", opd, fy, ind))
    return F
