"""The kinds of thing a budget line can buy (named in the rules files by member name)."""

from __future__ import annotations

from enum import StrEnum


class ItemCategory(StrEnum):
    LUXURY = "barang mewah/pribadi"
    RENTAL = "sewa"
    MAINTENANCE = "pemeliharaan"
    HONORARIUM = "honorarium"
    TRAVEL = "perjalanan dinas"
    PRINTING = "cetak/penggandaan"
    FOOD = "makanan dan minuman"
    FUEL = "bahan bakar"
    OFFICE_SUPPLIES = "alat tulis dan bahan kantor"
    UNIFORM = "pakaian/seragam"
    OFFICIAL_UNIFORM = "pakaian dinas dan perlengkapan lapangan"
    DECORATION = "dekorasi/cinderamata/hadiah"
    READING = "buku bacaan/bahan pustaka"
    EVENT_RENTAL = "sewa perlengkapan acara"
    MEDICAL = "obat dan bahan medis habis pakai"
    MEDICAL_EQUIPMENT = "alat kesehatan"
    AGRICULTURE = "sarana pertanian/peternakan"
    CONSTRUCTION = "bahan/pekerjaan konstruksi"
    VEHICLE = "kendaraan"
    IT_EQUIPMENT = "peralatan komputer/elektronik"
    FURNITURE = "mebel"
    APPLIANCE = "peralatan rumah tangga/audio"
    TOOLS = "peralatan/mesin kerja"
    WASTE_EQUIPMENT = "sarana persampahan"
    SOCIAL_AID = "barang bantuan sosial/logistik kebencanaan"
    SPORTS = "peralatan/perlengkapan olahraga"
    FIREFIGHTING = "perlengkapan pemadam kebakaran"
    SERVICE = "jasa"
    OTHER = "lainnya"
