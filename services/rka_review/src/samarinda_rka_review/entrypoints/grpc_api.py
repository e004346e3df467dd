"""The grpc.aio ``RkaReviewService``: protobuf <-> the review use cases, OPD-scoped access."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from samarinda.review.v1 import review_service_pb2 as pb
from samarinda.review.v1 import review_service_pb2_grpc as pb_grpc
from samarinda_common.auth import Principal, authorize_opd, current_principal
from samarinda_common.errors import InvalidInput
from samarinda_common.rka import AccountGroup, Finding, Review, Rka, RkaLine, SubKegiatan

from samarinda_rka_review.report import render_html, render_xlsx
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.handlers import ReviewDeps

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["RkaReviewService"].full_name
MAX_PAGE_SIZE = 100


def _decimal(text: str, field: str) -> Decimal:
    try:
        return Decimal(text or "0")
    except InvalidOperation as exc:
        raise InvalidInput(f"{field} must be a decimal number", field=field) from exc


def rka_from_proto(message: pb.Rka) -> Rka:
    subs = []
    for s_index, sub in enumerate(message.sub_kegiatan):
        lines = [
            RkaLine(
                line_id=line.line_id or str(i + 1),
                kode_rekening=line.kode_rekening or None,
                account_name=line.account_name or None,
                uraian=line.uraian,
                spesifikasi=line.spesifikasi or None,
                koefisien=line.koefisien or None,
                volume=_decimal(line.volume, f"sub_kegiatan[{s_index}].lines[{i}].volume"),
                satuan=line.satuan or None,
                harga_satuan=line.harga_satuan,
                ppn_percent=_decimal(line.ppn_percent, f"sub_kegiatan[{s_index}].lines[{i}].ppn_percent")
                if line.HasField("ppn_percent")
                else None,
                jumlah=line.jumlah,
                subgroup=line.subgroup or None,
                read_by_ocr=line.read_by_ocr,
            )
            for i, line in enumerate(sub.lines)
        ]
        groups = [
            AccountGroup(
                kode_rekening=g.kode_rekening,
                uraian=g.uraian or None,
                declared_subtotal=g.declared_subtotal if g.HasField("declared_subtotal") else None,
                line_ids=list(g.line_ids),
            )
            for g in sub.groups
        ]
        subs.append(
            SubKegiatan(
                kode=sub.kode or None,
                nama=sub.nama or f"Sub kegiatan {s_index + 1}",
                indikator=sub.indikator or None,
                target=sub.target or None,
                lines=lines,
                groups=groups,
                declared_total=sub.declared_total if sub.HasField("declared_total") else None,
            )
        )
    return Rka(
        rka_id=message.rka_id or None,
        opd=message.opd,
        opd_name=message.opd_name or None,
        fiscal_year=message.fiscal_year or None,
        sub_kegiatan=subs,
    )


def rka_to_proto(rka: Rka) -> pb.Rka:
    return pb.Rka(
        rka_id=rka.rka_id or "",
        opd=rka.opd,
        opd_name=rka.opd_name or "",
        fiscal_year=rka.fiscal_year or 0,
        sub_kegiatan=[
            pb.SubKegiatan(
                kode=sub.kode or "",
                nama=sub.nama,
                indikator=sub.indikator or "",
                target=sub.target or "",
                lines=[
                    pb.RkaLine(
                        line_id=line.line_id,
                        kode_rekening=line.kode_rekening or "",
                        account_name=line.account_name or "",
                        uraian=line.uraian,
                        spesifikasi=line.spesifikasi or "",
                        koefisien=line.koefisien or "",
                        volume=str(line.volume),
                        satuan=line.satuan or "",
                        harga_satuan=line.harga_satuan,
                        ppn_percent=None if line.ppn_percent is None else str(line.ppn_percent),
                        jumlah=line.jumlah,
                        subgroup=line.subgroup,
                        read_by_ocr=line.read_by_ocr,
                    )
                    for line in sub.lines
                ],
                groups=[
                    pb.AccountGroup(
                        kode_rekening=g.kode_rekening,
                        uraian=g.uraian or "",
                        declared_subtotal=g.declared_subtotal,
                        line_ids=g.line_ids,
                    )
                    for g in sub.groups
                ],
                declared_total=sub.declared_total,
            )
            for sub in rka.sub_kegiatan
        ],
    )


def _timestamp(review: Review) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(review.created_at)
    return stamp


def _finding(f: Finding) -> pb.Finding:
    reference = None
    if f.reference is not None:
        r = f.reference
        reference = pb.PriceReference(
            id=r.id,
            kode=r.kode or "",
            uraian=r.uraian,
            spesifikasi=r.spesifikasi or "",
            satuan=r.satuan or "",
            harga=r.harga,
            tahun=r.tahun or 0,
            kind=r.kind.value,
            source_document=r.source_document or "",
            page=r.page or 0,
            citation=r.citation(),
        )
    return pb.Finding(
        line_id=f.line_id or "",
        sub_kegiatan=f.sub_kegiatan or "",
        type=f.type.value,
        severity=f.severity.value,
        message=f.message,
        reference=reference,
        potential_saving=f.potential_saving,
        amount_at_stake=f.amount_at_stake,
        confidence=f.confidence,
        source=f.source,
        evidence=[
            pb.Evidence(
                kind=e.kind.value,
                text=e.text,
                document_id=e.document_id or "",
                page=e.page or 0,
                score=e.score or 0.0,
            )
            for e in f.evidence
        ],
    )


def _summary(review: Review) -> pb.Summary:
    s = review.summary
    return pb.Summary(
        lines=s.lines,
        flagged_lines=s.flagged_lines,
        potential_saving=s.potential_saving,
        total=s.total,
        amount_at_stake=s.amount_at_stake,
        findings_by_type=s.findings_by_type,
        sub_kegiatan=[
            pb.SubKegiatanSummary(
                kode=x.kode or "",
                nama=x.nama,
                lines=x.lines,
                flagged_lines=x.flagged_lines,
                total=x.total,
                amount_at_stake=x.amount_at_stake,
                potential_saving=x.potential_saving,
            )
            for x in s.sub_kegiatan
        ],
    )


def review_to_proto(review: Review) -> pb.Review:
    return pb.Review(
        review_id=review.review_id,
        rka_id=review.rka_id,
        catalogue_version=review.catalogue_version or "",
        opd=review.opd,
        fiscal_year=review.fiscal_year or 0,
        created_at=_timestamp(review),
        findings=[_finding(f) for f in review.findings],
        structural_findings=[_finding(f) for f in review.structural_findings],
        summary=_summary(review),
        catalogue_size=review.catalogue_size,
        narrative=review.narrative or "",
        reviewer=review.reviewer,
        warnings=review.warnings,
    )


def _scope(principal: Principal, opd: str) -> str | None:
    if opd:
        authorize_opd(principal, opd)
        return opd
    return None if principal.is_admin else principal.opd


class RkaReviewServicer(pb_grpc.RkaReviewServiceServicer):
    def __init__(self, deps: ReviewDeps) -> None:
        self._deps = deps

    async def ReviewRka(self, request: pb.ReviewRkaRequest, context: Any) -> pb.Review:
        # Every read below goes through the tenant-scoped store: the document, its extraction and
        # a stored review are found only when they belong to the caller's OPD (or the caller is an
        # admin acting for the OPD named); a review is keyed by (OPD, RKA), so no OPD can take over
        # another's. Price ceilings come only from official catalogue versions.
        principal = current_principal()
        extra = await self._deps.catalogue.from_documents(list(request.price_reference_document_ids))
        if request.WhichOneof("source") == "document_id":
            if not request.opd:
                raise InvalidInput("opd is required with document_id", field="opd")
            authorize_opd(principal, request.opd)
            rka = await handlers.rka_from_document(
                request.document_id, request.opd, request.fiscal_year or None, self._deps
            )
        elif request.WhichOneof("source") == "rka":
            if not request.rka.opd:
                raise InvalidInput("rka.opd is required", field="rka.opd")
            authorize_opd(principal, request.rka.opd)
            rka = rka_from_proto(request.rka)
        else:
            raise InvalidInput("one of rka or document_id is required", field="source")
        return review_to_proto(await handlers.review(rka, self._deps, extra_references=extra))

    async def GetReview(self, request: pb.GetReviewRequest, context: Any) -> pb.Review:
        if not request.review_id:
            raise InvalidInput("review_id is required", field="review_id")
        review, rka = await handlers.get_review(request.review_id, self._deps)
        message = review_to_proto(review)
        if request.include_rka:
            message.rka.CopyFrom(rka_to_proto(rka))
        return message

    async def ExportReview(self, request: pb.ExportReviewRequest, context: Any) -> pb.ExportReviewResponse:
        if not request.review_id:
            raise InvalidInput("review_id is required", field="review_id")
        review, rka = await handlers.get_review(request.review_id, self._deps)
        stem = f"telaah-rka-{review.opd}-{review.review_id}"
        if request.format == pb.REPORT_FORMAT_XLSX:
            return pb.ExportReviewResponse(
                content=render_xlsx(rka, review),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                filename=f"{stem}.xlsx",
            )
        return pb.ExportReviewResponse(
            content=render_html(rka, review).encode(),
            content_type="text/html; charset=utf-8",
            filename=f"{stem}.html",
        )

    async def ListReviews(self, request: pb.ListReviewsRequest, context: Any) -> pb.ListReviewsResponse:
        opd = _scope(current_principal(), request.opd)
        size = min(request.page_size or 20, MAX_PAGE_SIZE)
        reviews, total = await handlers.list_reviews(
            self._deps,
            opd=opd,
            fiscal_year=request.fiscal_year or None,
            page=max(request.page, 0),
            page_size=size,
        )
        return pb.ListReviewsResponse(
            total=total,
            reviews=[
                pb.ReviewSummaryItem(
                    review_id=r.review_id,
                    rka_id=r.rka_id,
                    opd=r.opd,
                    fiscal_year=r.fiscal_year or 0,
                    created_at=_timestamp(r),
                    summary=_summary(r),
                )
                for r in reviews
            ],
        )
