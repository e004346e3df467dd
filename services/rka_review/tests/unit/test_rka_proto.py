"""An RKA sent over gRPC arrives as it was read: every field the review judges by survives the
message, the sub-group that separates two purposes and the OCR mark that softens arithmetic too."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import Rka, RkaLine, SubKegiatan
from samarinda_rka_review.entrypoints.grpc_api import rka_from_proto, rka_to_proto


def _rka(*lines: RkaLine) -> Rka:
    return Rka(
        opd="DINKES",
        tahun=2027,
        sub_kegiatan=[SubKegiatan(kode="1.02.02.2.01", nama="Rapat", lines=list(lines))],
    )


def test_subgroup_and_ocr_mark_survive_the_message() -> None:
    read = RkaLine(
        line_id="3",
        uraian="Nasi kotak",
        volume=Decimal(40),
        satuan="Kotak",
        harga_satuan=45_000,
        jumlah=1_800_000,
        subgroup="[#] Rapat Persiapan / [-] Peserta",
        read_by_ocr=True,
    )
    typed = RkaLine(line_id="4", uraian="Snack", volume=Decimal(40), harga_satuan=15_000, jumlah=600_000)
    back = rka_from_proto(rka_to_proto(_rka(read, typed))).sub_kegiatan[0].lines
    assert (back[0].subgroup, back[0].read_by_ocr) == ("[#] Rapat Persiapan / [-] Peserta", True)
    assert (back[1].subgroup, back[1].read_by_ocr) == (None, False)
