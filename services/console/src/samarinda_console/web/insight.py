"""The ask page (a question over the OPD's data, the answer with clickable citations) and the
kinerja page (performance scorecards and findings), over the ask and performance gRPC APIs."""

from __future__ import annotations

from samarinda.ask.v1 import ask_service_pb2 as ask_pb
from samarinda.performance.v1 import performance_service_pb2 as performance_pb
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from samarinda_console.domain.sessions import Session
from samarinda_console.web.app import console_of, opd_scope, render, signed_in

MAX_QUESTION_CHARS = 1000
NOT_AVAILABLE = "Layanan ini belum tersedia di konsol ini."


def citation_target(opd: str, document_id: str, page: int | str | None) -> str:
    """The console page of a cited document, at its page when the citation names one."""
    anchor = f"#halaman-{page}" if page not in (None, "", 0) else ""
    return f"/o/{opd}/dokumen/{document_id}{anchor}"


@signed_in
async def ask_page(request: Request) -> Response:
    opd = opd_scope(request)
    console = console_of(request)
    question, answer, note = "", None, ""
    conversation = ""
    if not console.platform.answers_questions:
        note = NOT_AVAILABLE
    elif request.method == "POST":
        form = await request.form()
        question = str(form.get("pertanyaan") or "").strip()
        conversation = str(form.get("percakapan") or "")
        if not question:
            note = "Tulis pertanyaan terlebih dahulu."
        elif len(question) > MAX_QUESTION_CHARS:
            note = f"Pertanyaan paling panjang {MAX_QUESTION_CHARS} karakter."
        else:
            session: Session = request.state.session
            filters = ask_pb.AskFilters(opd=[opd] if opd else [])
            answer = await console.platform.ask(
                session.token,
                ask_pb.AskRequest(question=question, filters=filters, conversation_id=conversation),
            )
            conversation = answer.conversation_id
    return render(
        request,
        "tanya.html",
        title="Tanya data OPD",
        opd=opd,
        question=question,
        answer=answer,
        conversation=conversation,
        note=note,
        citation_target=citation_target,
    )


FINDING_LABELS = {
    performance_pb.FINDING_TYPE_ACHIEVEMENT_MISMATCH: "Capaian tidak sesuai target dan realisasi",
    performance_pb.FINDING_TYPE_CROSS_DOCUMENT_CONFLICT: "Angka berbeda antar dokumen",
    performance_pb.FINDING_TYPE_ABSORPTION_OVER_100: "Serapan anggaran di atas 100%",
    performance_pb.FINDING_TYPE_REALISATION_WITHOUT_TARGET: "Realisasi tanpa target",
    performance_pb.FINDING_TYPE_TARGET_CHANGED: "Target berubah",
}


def finding_label(kind: int | str) -> str:
    """A finding type (the enum, or its name as scorecard counts key it) in plain words."""
    if isinstance(kind, str):
        names = performance_pb.FindingType.keys()
        name = kind if kind in names else f"FINDING_TYPE_{kind}"
        kind = performance_pb.FindingType.Value(name) if name in names else 0
    return FINDING_LABELS.get(performance_pb.FindingType.ValueType(kind), "Temuan")


@signed_in
async def performance_page(request: Request) -> Response:
    opd = opd_scope(request)
    console = console_of(request)
    scorecards: list[performance_pb.Scorecard] = []
    findings: list[performance_pb.Finding] = []
    note = ""
    if not console.platform.reads_performance:
        note = NOT_AVAILABLE
    else:
        session: Session = request.state.session
        scorecards = list((await console.platform.scorecards(session.token, opd)).scorecards)
        findings = list((await console.platform.performance_findings(session.token, opd)).findings)
    return render(
        request,
        "kinerja.html",
        title="Kinerja",
        opd=opd,
        scorecards=sorted(scorecards, key=lambda c: (c.opd != "", c.opd, -c.fiscal_year)),
        findings=findings,
        note=note,
        finding_label=finding_label,
        citation_target=citation_target,
    )


def routes() -> list[Route]:
    return [
        Route("/o/{opd}/tanya", ask_page, methods=["GET", "POST"]),
        Route("/o/{opd}/kinerja", performance_page, methods=["GET"]),
    ]
